"""Write a CC-NEWS-like WARC file of generated reports, for scale checks.

Most records are HTML news pages (some with a page date in a meta tag, some
with none, so the WARC-Date must stand in); the rest are what a crawl also
holds: request records, images, PDFs, redirects and 404s, and pages in other
languages. Needs warcio (the ``warc`` extra).

    python bench/make_warc.py 3000 news.warc.gz
"""

from __future__ import annotations

import argparse
import html
import random
import sys
from collections import Counter
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import generate_reports  # noqa: E402

# Short pages in other languages, written for this file.
FOREIGN = (
    "Miles de estudiantes marcharon este martes por el centro de la ciudad para exigir "
    "más presupuesto para la universidad pública. La policía cortó el tránsito durante horas.",
    "Des milliers de manifestants ont défilé samedi dans les rues de la ville contre la "
    "réforme des retraites. Plusieurs syndicats appellent à une nouvelle journée de grève.",
    "Tausende Menschen haben am Wochenende in der Innenstadt gegen die steigenden Mieten "
    "demonstriert. Die Polizei sprach von einem friedlichen Verlauf.",
)

# Share of each kind of extra record per HTML page, roughly as in a news crawl
# where most responses are articles.
EXTRAS = (
    ("image", 0.08),
    ("pdf", 0.02),
    ("not_found", 0.04),
    ("redirect", 0.03),
    ("foreign", 0.06),
)


def _page(title: str, text: str, published: date | None) -> bytes:
    meta = (
        f'<meta property="article:published_time" content="{published.isoformat()}">'
        if published
        else ""
    )
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n")[1:])
    nav = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(12))
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">{meta}'
        f"<title>{html.escape(title)}</title></head><body><nav><ul>{nav}</ul></nav>"
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
        f"<footer>Copyright. All rights reserved. Subscribe to our newsletter.</footer>"
        f"</body></html>"
    ).encode()


def _write(writer: object, url: str, status: str, ctype: str, body: bytes, when: date) -> None:
    from warcio.statusandheaders import StatusAndHeaders

    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(  # type: ignore[attr-defined]
        url,
        "response",
        payload=BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": f"{when.isoformat()}T06:00:00Z"},
    )
    writer.write_record(record)  # type: ignore[attr-defined]
    asked = StatusAndHeaders(
        f"GET {url.split('/', 3)[-1]} HTTP/1.1", [("Host", "news.example")], is_http_request=True
    )
    request = writer.create_warc_record(  # type: ignore[attr-defined]
        url, "request", payload=BytesIO(b""), http_headers=asked
    )
    writer.write_record(request)  # type: ignore[attr-defined]


def write_warc(path: str | Path, n: int, seed: int = 5) -> Counter[str]:
    """Write ``n`` HTML reports plus crawl noise; return the count of each record kind."""
    from warcio.warcwriter import WARCWriter

    rng, kinds = random.Random(seed), Counter[str]()
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=str(path).endswith(".gz"))
        for i, report in enumerate(generate_reports(n, seed)):
            published = date.fromisoformat(report["published"])
            dated = rng.random() < 0.6  # the rest rely on the WARC-Date
            kinds["html_dated" if dated else "html_undated"] += 1
            _write(
                writer,
                f"https://news.example/{i}",
                "200 OK",
                "text/html; charset=utf-8",
                _page(report["title"], report["text"], published if dated else None),
                published + timedelta(days=1),
            )
            for kind, share in EXTRAS:
                if rng.random() < share:
                    kinds[kind] += 1
                    _write_extra(writer, kind, i, rng, published)
    return kinds


def _write_extra(writer: object, kind: str, i: int, rng: random.Random, when: date) -> None:
    url = f"https://news.example/{kind}/{i}"
    if kind == "image":
        _write(
            writer,
            url,
            "200 OK",
            "image/jpeg",
            bytes(rng.randrange(256) for _ in range(2048)),
            when,
        )
    elif kind == "pdf":
        _write(writer, url, "200 OK", "application/pdf", b"%PDF-1.4\n%binary\n", when)
    elif kind == "not_found":
        _write(
            writer, url, "404 Not Found", "text/html", b"<html><body>Not found</body></html>", when
        )
    elif kind == "redirect":
        _write(writer, url, "301 Moved Permanently", "text/html", b"", when)
    else:
        text = rng.choice(FOREIGN)
        _write(
            writer,
            url,
            "200 OK",
            "text/html",
            f"<html><body><article><p>{text}</p><p>{text}</p></article></body></html>".encode(),
            when,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description="write a generated CC-NEWS-like WARC")
    parser.add_argument("n", type=int, help="number of HTML reports")
    parser.add_argument("out", help=".warc or .warc.gz file")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    print(dict(write_warc(args.out, args.n, args.seed)))


if __name__ == "__main__":
    main()
