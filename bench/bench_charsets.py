"""Late and wrong charset declarations, and loose text in feed entries, measured on the corpora.

Charsets (fixes27, F1/F2): every page of the article-extraction benchmark whose ground truth is
Cyrillic, Chinese, Japanese or Korean (and the readability test pages in those languages) is
re-encoded in the legacy encodings of its script and served, in-process, under four
declarations: the meta early and no HTTP charset (control); the meta late — after 5 KB of
scripts in the head, past w3lib's 4,096 bytes — and no HTTP charset; the meta early under an
HTTP ``charset=utf-8``; the meta early under an HTTP ``charset=iso-8859-1``. The article is
extracted with the decoder before this change (copied below) and with today's, and its text
scored against the ground truth (token F1: words, one token per CJK character).

Loose text (fixes27): every entry of every feed under ``feedparser-tests/`` is read by
``extract_fragment`` as it was (blocks only) and as it is now; the entries that gained text.

Usage: ``python bench/bench_charsets.py /work/shared/corpora``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from w3lib.encoding import html_to_unicode  # noqa: E402

import crawler.harvest.page as page_module  # noqa: E402
from crawler.harvest import article as article_module  # noqa: E402
from crawler.harvest.article import extract_article, extract_fragment  # noqa: E402
from crawler.harvest.page import parse_html  # noqa: E402

#: legacy encodings per script
ENCODINGS = {"cyrillic": ("cp1251", "koi8_r"), "chinese": ("gbk", "big5"), "japanese": ("shift_jis", "euc_jp"),
             "korean": ("euc_kr",)}
META_NAMES = {"cp1251": "windows-1251", "koi8_r": "koi8-r", "gbk": "gbk", "big5": "big5", "shift_jis": "Shift_JIS",
              "euc_jp": "EUC-JP", "euc_kr": "euc-kr"}
SCRIPTS = "".join(f'<script type="text/javascript">var slot{i} = "{"a" * 400}";</script>\n' for i in range(13))
_DECLARATION = re.compile(r"<meta[^>]*charset[^>]*>|<\?xml[^>]*\?>", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+", re.UNICODE)


_LATIN_SINGLE_BYTE = page_module._LATIN_SINGLE_BYTE  # noqa: SLF001


def old_decode_html(body: bytes | str, content_type: str | None = None) -> str:
    """``decode_html`` as it was before fixes27 (w3lib's reading, two corrections)."""
    if isinstance(body, str):
        return body
    try:
        encoding, text = html_to_unicode(content_type, body)
    except (LookupError, ValueError):
        encoding, text = "utf-8", body.decode("utf-8", errors="replace")
    if encoding.replace("-", "").replace("_", "").lower() in _LATIN_SINGLE_BYTE and not body.isascii():
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if "\ufffd" in text and encoding.replace("-", "").lower() == "utf8":
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("cp1252", errors="replace")
    return text


def script_of(text: str) -> str | None:
    sample = text[:3000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None
    def share(pattern: str) -> float:
        return sum(1 for c in letters if re.match(pattern, c)) / len(letters)
    if share("[\u0400-\u04ff]") > 0.5:
        return "cyrillic"
    if share("[\uac00-\ud7af]") > 0.3:
        return "korean"
    if share("[\u3040-\u30ff]") > 0.1:
        return "japanese"
    if share("[\u3400-\u9fff]") > 0.3:
        return "chinese"
    return None


def tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def f1(found: str, truth: str) -> float:
    a, b = tokens(found), tokens(truth)
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def pages(corpora: Path) -> list[tuple[str, str, str]]:
    """(name, UTF-8 source, ground truth) of the pages in a script with legacy encodings."""
    found = []
    bench = corpora / "article-extraction-benchmark"
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    for key, item in sorted(truth.items()):
        path = bench / "html" / f"{key}.html.gz"
        if path.exists() and script_of(item["articleBody"]):
            found.append((key, gzip.open(path).read().decode("utf-8", errors="replace"), item["articleBody"]))
    for folder in sorted((corpora / "readability-test-pages" / "pages").iterdir()):
        expected = folder / "expected.html"
        if not expected.exists():
            continue
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", expected.read_text(encoding="utf-8")))
        if script_of(text):
            found.append((folder.name, (folder / "source.html").read_text(encoding="utf-8", errors="replace"), text))
    return found


def variants(source: str, meta: str) -> dict[str, tuple[str, str | None]]:
    """Each declaration case: (the page's HTML, the HTTP Content-Type)."""
    bare = _DECLARATION.sub("", source)
    early = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">'
    head = re.search(r"<head[^>]*>", bare, re.IGNORECASE)
    def at_head(inserted: str) -> str:
        if head is None:
            return inserted + bare
        return bare[:head.end()] + inserted + bare[head.end():]
    return {"meta early (control)": (at_head(early), "text/html"),
            "meta late, no HTTP charset": (at_head(SCRIPTS + early), "text/html"),
            "HTTP utf-8, meta early": (at_head(early), "text/html; charset=utf-8"),
            "HTTP iso-8859-1, meta early": (at_head(early), "text/html; charset=iso-8859-1")}


def extract(body: bytes, content_type: str, decoder: object) -> str:
    page_module.decode_html = decoder  # type: ignore[assignment]
    try:
        found = extract_article(body, "https://kim.example/berita/halaman.html", content_type)
    finally:
        page_module.decode_html = NEW_DECODE
    return found.text if found is not None else ""


NEW_DECODE = page_module.decode_html


def charsets(corpora: Path) -> None:
    scores: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    worse: list[str] = []
    chosen = pages(corpora)
    print(f"## Charsets: {len(chosen)} pages in Cyrillic, Chinese, Japanese or Korean")
    for name, source, truth in chosen:
        script = script_of(truth)
        for encoding in ENCODINGS[script or ""]:
            for case, (html, content_type) in variants(source, META_NAMES[encoding]).items():
                body = html.encode(encoding, errors="xmlcharrefreplace")
                before = f1(extract(body, content_type, old_decode_html), truth)
                after = f1(extract(body, content_type, NEW_DECODE), truth)
                scores[(case, encoding)].append((before, after))
                if after < before - 0.05:
                    worse.append(f"{name} {encoding} {case}: {before:.2f} → {after:.2f}")
    print("| declaration | encoding | pages | mean F1 before | mean F1 after | pages under 0.5 before / after |")
    print("|---|---|---:|---:|---:|---:|")
    for (case, encoding), pairs in sorted(scores.items()):
        low_before = sum(1 for b, _ in pairs if b < 0.5)
        low_after = sum(1 for _, a in pairs if a < 0.5)
        print(f"| {case} | {encoding} | {len(pairs)} | {mean(b for b, _ in pairs):.3f} | "
              f"{mean(a for _, a in pairs):.3f} | {low_before} / {low_after} |")
    print(f"pages scored worse after (by more than 0.05): {len(worse)}")
    for line in worse[:20]:
        print("  " + line)


def unchanged(corpora: Path) -> None:
    """Every page of both corpora as served (UTF-8 bytes, its own declarations, no HTTP charset)
    and, for the pages whose text Windows-1252 can hold, as Windows-1252 bytes under an HTTP
    ``charset=windows-1252``: where the two decoders read different text."""
    counts: Counter[str] = Counter()
    differ: list[str] = []
    bench = corpora / "article-extraction-benchmark"
    sources = [(path.name, gzip.open(path).read()) for path in sorted((bench / "html").glob("*.html.gz"))]
    sources += [(folder.name, (folder / "source.html").read_bytes())
                for folder in sorted((corpora / "readability-test-pages" / "pages").iterdir())
                if (folder / "source.html").exists()]
    for name, body in sources:
        cases = [("as served", body, "text/html")]
        try:
            cases.append(("windows-1252", body.decode("utf-8").encode("cp1252"), "text/html; charset=windows-1252"))
        except (UnicodeDecodeError, UnicodeEncodeError):
            pass
        for case, data, content_type in cases:
            counts[f"{case}: pages"] += 1
            if old_decode_html(data, content_type) != NEW_DECODE(data, content_type):
                counts[f"{case}: read differently"] += 1
                differ.append(f"{name} ({case})")
    print("## Pages already read right: unchanged?")
    for key in sorted(counts):
        print(f"- {key}: {counts[key]}")
    for line in differ[:20]:
        print("  " + line)


def old_extract_fragment(html: str, url: str) -> str:
    """``extract_fragment``'s text as it was before fixes27: block elements only."""
    tree = parse_html(f"<html><body><div class='entry-content'>{html or ''}</div></body></html>")
    if tree is None:
        return ""
    cleaned = article_module.clean_tree(tree)
    blocks, _ = article_module._fallback_main(cleaned, url)  # noqa: SLF001
    return "\n\n".join(b for b in blocks if article_module._keep_block(b)).strip()  # noqa: SLF001


def loose_text(corpora: Path) -> None:
    from spiders.feed import entry_body, parse_feed

    counts: Counter[str] = Counter()
    examples: list[str] = []
    for path in sorted((corpora / "feedparser-tests").rglob("*")):
        if not path.is_file() or path.suffix.lower() not in (".xml", ".rss", ".atom", ".rdf"):
            continue
        try:
            parsed = parse_feed(path.read_bytes())
        except Exception:  # noqa: BLE001
            continue
        for entry in parsed.entries:
            html, _ = entry_body(entry)
            if not html:
                continue
            counts["entries with HTML"] += 1
            try:
                before = old_extract_fragment(html, "https://kim.example/")
                after = extract_fragment(html, "https://kim.example/")[0]
            except ValueError:
                counts["entries lxml refuses"] += 1
                continue
            if after == before:
                continue
            gained = len(after) - len(before)
            counts["entries that gained text" if gained > 0 else "entries that lost text"] += 1
            counts["characters gained"] += max(gained, 0)
            if len(examples) < 12:
                examples.append(f"{path.name}: {' '.join(before.split())[:60]!r} → {' '.join(after.split())[:110]!r}")
    print("## Loose text in feed entries (feedparser-tests)")
    for key in sorted(counts):
        print(f"- {key}: {counts[key]}")
    for line in examples:
        print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, help="the corpora folder")
    args = parser.parse_args()
    charsets(args.corpora)
    unchanged(args.corpora)
    loose_text(args.corpora)


if __name__ == "__main__":
    main()
