"""What a bare ``pip install .`` and a new user see: declared dependencies,
metadata without deprecation warnings, help and examples naming only files
the user has."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from upheaval.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def _project() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return dict(tomllib.load(handle)["project"])


def test_license_is_an_spdx_string() -> None:
    assert _project()["license"] == "MIT"


def test_html_cleaning_dependency_is_declared() -> None:
    # trafilatura imports lxml.html.clean, a separate package since lxml 5.2
    names = [re.split(r"[<>=\[ ;]", d, maxsplit=1)[0].lower().replace("-", "_")
             for d in _project()["dependencies"]]  # type: ignore[attr-defined]
    assert "lxml_html_clean" in names
    import lxml_html_clean  # noqa: F401  # installed, so HTML reads without a traceback


def test_html_page_reads_with_the_declared_dependencies(tmp_path: Path) -> None:
    from upheaval.ingest import read_documents
    from upheaval.model import Document

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta property='og:site_name' content='Coast Courier'></head><body>"
        "<nav>Home | World</nav><article><p>Hundreds of fishermen protested in Mombasa "
        "on Monday against new port fees, blocking the road to the ferry for hours.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (document,) = list(read_documents([str(page)]))
    assert isinstance(document, Document)
    assert "fishermen protested in Mombasa" in document.text
    assert document.outlet == "Coast Courier"


def _named_files(text: str) -> list[str]:
    return re.findall(r"(?:\.\./|shared/|DESIGN\.md)[\w./-]*", text)


@pytest.mark.parametrize("command", [["evaluate", "--help"], ["extract", "--help"]])
def test_help_names_no_file_outside_the_package(command: list[str]) -> None:
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 0
    assert _named_files(result.output) == []


def test_examples_readme_names_only_files_of_the_repository() -> None:
    text = (ROOT / "examples" / "README.md").read_text(encoding="utf-8")
    assert _named_files(text) == []
    for name in re.findall(r"`((?:examples|tests)/[\w./-]+)`|(examples/[\w.-]+\.\w+)", text):
        path = next(n for n in name if n)
        assert (ROOT / path).exists(), path
