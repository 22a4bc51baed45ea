"""Exception hierarchy and message catalogue.

Split by what the caller can do: fix the input (InputError), fix the settings
(ConfigError), or look at the database (StoreError). Each message has a short
stable code so users can search for it. The CLI catches UpheavalError in one
place and prints ``error: <where>: <message> [<code>]``.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "E001": "no such file or directory",
    "E002": "cannot read file: {detail}",
    "E003": "binary file, not a text report",
    "E004": "not valid UTF-8 text (byte {detail}); convert it to UTF-8 first",
    "E005": "empty document",
    "E006": "malformed JSON: {detail}",
    "E007": "JSON line has neither 'text' nor 'html'",
    "E008": "not a date: {detail!r} (expected YYYY-MM-DD)",
    "E009": "unsupported file type {detail!r}",
    "E010": "no documents could be read",
    "E011": "PDF could not be read: {detail}",
    "E012": "HTML page has no main text",
    "E013": "JSON line is not an object",
    "E014": "missing extra: {detail}",
    "E015": "not an HTML page ({detail})",
    "E016": "not an English page ({detail})",
    "E017": "file too large: {detail}",
    "E020": "bad setting {detail}",
    "E030": "database error: {detail}",
    "E031": "cannot open database {detail}",
    "E040": "malformed event record: {detail}",
}


class UpheavalError(Exception):
    """Base of every error upheaval raises on purpose."""

    code = "E000"

    def __init__(self, code: str, detail: object = "", *, message: str | None = None) -> None:
        self.code = code
        self.detail = detail
        template = MESSAGES.get(code, "{detail}")
        self.message = message or template.format(detail=detail)
        super().__init__(self.describe())

    def describe(self) -> str:
        return f"{self.message} [{self.code}]"


class InputError(UpheavalError):
    """A file, line or value given by the user cannot be used."""

    def __init__(
        self,
        code: str,
        path: str | None = None,
        line: int | None = None,
        detail: object = "",
        *,
        message: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        super().__init__(code, detail, message=message)

    def describe(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message} [{self.code}]"


class ConfigError(UpheavalError):
    """A setting has a value upheaval cannot use."""


class StoreError(UpheavalError):
    """The database cannot be opened or written."""


class MissingExtraError(UpheavalError):
    """An optional dependency is needed: the message names the extra."""

    def __init__(self, extra: str, package: str) -> None:
        super().__init__(
            "E014",
            message=f"this needs the '{extra}' extra: pip install 'upheaval[{extra}]' "
            f"(missing package {package})",
        )
