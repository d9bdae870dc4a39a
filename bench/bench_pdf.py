"""What reading release PDFs costs the harvest: per listing page and per release.

1. A government source's listing page is now also searched for release PDF links
   (``release_pdf_links``) beside ``listing_links``: the CPU of both against ``listing_links``
   alone, on listing pages of 20 and 60 cards (KIM channels and article pages are untouched).
2. A release read from a PDF (``read_release``) against the same release read from an HTML page
   (``extract_article``), per release of 2 and 10 pages.

Each pair is measured side by side in one run (best of ``--repeat`` rounds) and reported as a
ratio; written to ``bench/results/pdf.md``. Usage: ``python bench/bench_pdf.py [--repeat 5]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.harvest.article import extract_article  # noqa: E402
from crawler.harvest.listing import listing_links, release_pdf_links  # noqa: E402
from crawler.harvest.page import parse_html  # noqa: E402
from crawler.harvest.pdf import read_release  # noqa: E402
from tests.farm.sites.website_pdf import BLT_PAGES, make_pdf  # noqa: E402

URL = "https://diskominfo.example/berita"
SENTENCE = ("Pemerintah Provinsi Kalimantan Selatan menyalurkan bantuan kepada {n} keluarga penerima manfaat di "
            "Desa Sungai Rangas, Kecamatan Martapura Barat, pada pekan ini.")


def _listing(cards: int) -> bytes:
    items = []
    for n in range(cards):
        if n % 5 == 4:
            items.append(f'<div class="post"><h2><a href="/uploads/2026/12/siaran-pers-no-{n}.pdf">Siaran Pers '
                         f"No. {n}/SP/XII/2026 (PDF)</a></h2><span>3 Desember 2026</span></div>")
        else:
            items.append(f'<div class="post"><h2><a href="/berita/2026/12/warga-desa-nomor-{n}-gotong-royong">'
                         f"Warga desa nomor {n} gotong royong bersihkan sungai</a></h2>"
                         "<span>3 Desember 2026</span><p>Ringkasan berita desa.</p></div>")
    menu = "".join(f'<a href="/{w}">{w.title()}</a> ' for w in ("profil", "berita", "agenda", "kontak", "galeri"))
    return (f"<html><head><title>Berita</title></head><body><nav>{menu}</nav><main>{''.join(items)}</main>"
            "<aside><h3>Terpopuler</h3><a href='/berita/2026/11/lomba-perahu-hias-meriah'>Lomba perahu hias meriah"
            "</a></aside><footer>Diskominfo</footer></body></html>").encode()


def _pages(count: int) -> list[list[str] | None]:
    body = [SENTENCE.format(n=n) for n in range(12)]
    return [BLT_PAGES[0]] + [[f"Siaran Pers Diskominfo Kalsel - Halaman {p}", *body, str(p)]
                             for p in range(2, count + 1)]


def _html(pages: list[list[str] | None]) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for page in pages for line in page or [])
    return (f"<html><head><title>Siaran Pers</title></head><body><main><article><h1>Pemprov Kalsel Salurkan BLT"
            f"</h1><time datetime='2026-12-03T09:00:00+08:00'>3 Desember 2026</time>{paragraphs}</article></main>"
            "</body></html>").encode()


def _best(function: Callable[[], object], repeat: int, loops: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(loops):
            function()
        best = min(best, (time.perf_counter() - started) / loops)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds per measure; the best is kept (default 5)")
    args = parser.parse_args()
    lines = ["## Release PDFs (bench/bench_pdf.py)", "",
             f"Best of {args.repeat} rounds, measured side by side in one run.", "",
             "| listing page | `listing_links` | + `release_pdf_links` (sources) | ratio |", "|---|---|---|---|"]
    for cards in (20, 60):
        page = _listing(cards)
        tree = parse_html(page)
        assert tree is not None
        alone = _best(lambda: listing_links(tree, URL, dates=True), args.repeat, 50)  # noqa: B023
        both = _best(lambda: (listing_links(tree, URL, dates=True),  # noqa: B023
                              release_pdf_links(tree, URL, dates=True)), args.repeat, 50)  # noqa: B023
        lines.append(f"| {cards} cards | {alone * 1000:.2f} ms | {both * 1000:.2f} ms | {both / alone:.2f}x |")
    lines += ["", "| release | HTML page (`extract_article`) | PDF (`read_release`) | ratio |", "|---|---|---|---|"]
    for count in (2, 10):
        pages = _pages(count)
        data, html = make_pdf(pages), _html(pages)
        assert read_release(data).text
        from_html = _best(lambda: extract_article(html, URL + "/rilis"), args.repeat, 10)  # noqa: B023
        from_pdf = _best(lambda: read_release(data), args.repeat, 10)  # noqa: B023
        lines.append(f"| {count} pages ({len(data) // 1024} kB PDF) | {from_html * 1000:.1f} ms | "
                     f"{from_pdf * 1000:.1f} ms | {from_pdf / from_html:.2f}x |")
    lines += ["", "Only government sources run the new code: their listing pages one more pass over the links "
              "(the second column), their article answers a check of the first bytes (`is_pdf`). KIM channels "
              "and the HTML article pages of every channel run none. A release PDF is read once (never fetched "
              "again), at the cost in the last column against its HTML page's extraction."]
    out = ROOT / "bench" / "results" / "pdf.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
