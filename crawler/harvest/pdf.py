"""Press releases published only as PDF: bytes → title, text, date, or a clear reason why not.

Indonesian government offices often link a release as a PDF file ("Siaran Pers No. 123/…pdf",
"Unduh rilis (PDF)") and publish no HTML page of it. :func:`read_release` reads the PDF's
text layer with ``pypdf`` (pure Python, BSD-3) and gives what an HTML article gives:

- ``title``: the release's first heading line (after the letterhead, "SIARAN PERS" and
  "Nomor: …" lines), else the PDF's metadata title unless it is a producer's placeholder
  ("Microsoft Word - rilis.docx", "Untitled", a file name);
- ``published``: the release's own dateline ("Banjarmasin, 3 Desember 2026 – …", or a
  signature line "Banjarmasin, 3 Desember 2026"), else ``None`` with the PDF's creation date
  apart (``created``): the caller prefers the listing's date to it;
- ``text``: the pages' text without the lines repeated at the top or bottom of every page
  (running headers, footers) and without page numbers ("2", "- 2 -", "Halaman 2 dari 3"),
  lines broken by the layout joined back into paragraphs.

It is bounded: at most ``max_pages`` pages (a longer PDF is a report, not a release), at most
``max_seconds`` of reading (checked between pages). An encrypted PDF (no empty user
password), one without a text layer (a scan) or a broken file raises :class:`PdfUnreadable`
with a ``status`` and a message that says which, costing that file only.
"""

from __future__ import annotations

import io
import logging
import re
import time
from dataclasses import dataclass
from typing import Any

from crawler.dates import parse_datetime, parse_written, to_iso

log = logging.getLogger(__name__)

#: Largest PDF fetched (bytes); the spider asks Scrapy to cancel bigger downloads.
MAX_BYTES = 10 * 1024 * 1024
#: A PDF with more pages than this is a report or a regulation, not a press release.
MAX_PAGES = 30
#: Seconds of text extraction allowed per PDF (checked between pages).
MAX_SECONDS = 20.0
#: Hours before a release PDF that could not be read is asked again (conditionally when it can be).
RECHECK_HOURS = 24.0
#: Characters of text below which a PDF counts as having no text layer (a scanned image).
MIN_TEXT_CHARS = 40

#: Words of a link, a file name or a card that say "this PDF is a press release".
RELEASE_WORDS = re.compile(
    r"siaran[\s_-]*pers|press[\s_-]*release|pers[\s_-]*rilis|rilis|release|keterangan[\s_-]*pers"
    r"|(?:^|[^a-z])sp[\s_-]*(?:no\.?\s*)?\d", re.IGNORECASE)


class PdfUnreadable(Exception):
    """Raised by :func:`read_release` when a PDF gives no release text; ``status`` says why
    (``pdf-encrypted``, ``pdf-no-text``, ``pdf-broken``, ``pdf-too-long``, ``pdf-too-slow``)
    and the message says it in words ("PDF encrypted", "PDF has no text layer")."""

    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class PdfRelease:
    """What a release PDF says."""

    title: str | None
    text: str
    published: str | None  # ISO 8601 UTC, from the release's own dateline
    created: str | None  # ISO 8601 UTC, the PDF's creation date (metadata)
    pages: int


def is_pdf(body: bytes, content_type: str | None = None) -> bool:
    """Whether a response is a PDF file: its content type, else its first bytes."""
    if content_type and "pdf" in content_type.lower():
        return True
    return body[:1024].lstrip().startswith(b"%PDF-")


def is_pdf_url(url: str | None) -> bool:
    """Whether a URL names a PDF file (``….pdf``, before any query)."""
    if not url:
        return False
    path = url.split("#", 1)[0].split("?", 1)[0]
    return path.lower().endswith(".pdf")


def looks_like_release(*texts: str | None) -> bool:
    """Whether a PDF link's anchor text, title, file name or card names a press release."""
    return any(text and RELEASE_WORDS.search(text) for text in texts)


def read_release(data: bytes, *, max_pages: int = MAX_PAGES, max_seconds: float = MAX_SECONDS) -> PdfRelease:
    """The release in the PDF ``data``; :class:`PdfUnreadable` when there is none to read."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    started = time.monotonic()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _decrypted(reader):
            raise PdfUnreadable("pdf-encrypted", "PDF encrypted (a password is needed to read it)")
        count = len(reader.pages)
    except PdfUnreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
            OSError, AssertionError, NotImplementedError) as error:
        raise PdfUnreadable("pdf-broken", f"PDF broken: {_short(error)}") from error
    if count == 0:
        raise PdfUnreadable("pdf-broken", "PDF broken: it has no pages")
    if count > max_pages:
        raise PdfUnreadable("pdf-too-long", f"PDF too long for a release ({count} pages; at most {max_pages} read)")
    pages: list[list[str]] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            raw = page.extract_text() or ""
        except Exception as error:  # pypdf raises many kinds on damaged content streams
            raise PdfUnreadable("pdf-broken", f"PDF broken: page {number}: {_short(error)}") from error
        pages.append(_lines(raw))
        if time.monotonic() - started > max_seconds:
            raise PdfUnreadable("pdf-too-slow", f"PDF too slow to read (over {max_seconds:g} s at page {number} "
                                                f"of {count})")
    pages = strip_running_lines(pages)
    if sum(len(line) for page in pages for line in page) < MIN_TEXT_CHARS:
        raise PdfUnreadable("pdf-no-text", "PDF has no text layer (a scanned image?)")
    metadata = _metadata(reader)
    lines = [line for page in pages for line in page]
    heading, start = _heading(lines)
    title = heading or _good_metadata_title(metadata.get("title"))
    body = lines[start:] if heading else [line for line in lines if not _letterhead(line)]
    return PdfRelease(title=title, text=reflow(body), published=dateline(lines),
                      created=_pdf_date(metadata.get("created")), pages=count)


def _decrypted(reader: Any) -> bool:
    """Whether an encrypted PDF opens with an empty user password (many are only "protected"
    against printing or copying by an owner password)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # an unknown scheme, a missing cipher: as good as a password
        return False


def _metadata(reader: Any) -> dict[str, Any]:
    try:
        info = reader.metadata
    except Exception:
        return {}
    if not info:
        return {}
    found: dict[str, Any] = {}
    for key, name in (("/Title", "title"), ("/CreationDate", "created")):
        try:
            value = info.get(key)
        except Exception:
            value = None
        if value is not None:
            found[name] = str(value)
    return found


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 120 else text[:119] + "…"


def _lines(raw: str) -> list[str]:
    return [line for line in (" ".join(part.split()) for part in raw.splitlines()) if line]


# ------------------------------------------------------------------ running headers, page numbers

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:halaman|hal\.?|page)\s*\d{1,3}(?:\s*(?:dari|of|/)\s*\d{1,3})?$"
    r"|^\d{1,3}\s*(?:/|dari|of)\s*\d{1,3}$", re.IGNORECASE)
#: Lines at the top or bottom of a page that are looked at for running headers and footers.
EDGE_LINES = 3


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """``pages`` without page numbers at their top or bottom and without the lines repeated at
    the top or bottom of most pages (digits aside: "Siaran Pers 123/2026 – hal. 2")."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line.lower())

    def edges(page: list[str]) -> list[str]:
        return page[:EDGE_LINES] + page[-EDGE_LINES:]

    repeated: set[str] = set()
    if len(pages) >= 2:
        counts: dict[str, int] = {}
        for page in pages:
            for k in {key(line) for line in edges(page)}:
                counts[k] = counts.get(k, 0) + 1
        needed = max(2, (len(pages) + 1) // 2)
        repeated = {k for k, n in counts.items() if n >= needed}
    kept = []
    for page in pages:
        last = len(page) - 1
        kept.append([line for i, line in enumerate(page)
                     if not ((i < EDGE_LINES or i > last - EDGE_LINES)
                             and (_PAGE_NUMBER.match(line) or key(line) in repeated))])
    return kept


# ------------------------------------------------------------------ title, text, date

_LETTERHEAD = re.compile(
    r"^(?:siaran\s+pers|press\s+release|rilis(?:\s+pers)?|pers\s+rilis|keterangan\s+pers|berita\s+pers"
    r"|untuk\s+(?:segera\s+)?(?:disiarkan|dipublikasikan|diterbitkan)(?:\s+segera)?|for\s+immediate\s+release"
    r"|nomor\b|no\s*\.|lampiran\b|sifat\b|perihal\b)"
    r"|\b(?:telp|telepon|tel|fax|faks|faksimile|e-?mail|surel|website|laman|kode\s+pos)\b\s*[.:]?"
    r"|https?://|www\.|@[a-z0-9-]+\.[a-z]|^(?:jl|jln|jalan)\b\.?",
    re.IGNORECASE)
_INSTITUTION = re.compile(
    r"^(?:PEMERINTAH|DINAS|BADAN|KEMENTERIAN|SEKRETARIAT|BIRO|BAGIAN|KANTOR|DPRD|DEWAN|INSPEKTORAT|PROVINSI"
    r"|KABUPATEN|KOTA|KECAMATAN|DESA|KELURAHAN|REPUBLIK|HUMAS|DISKOMINFO|BPBD|BAPPEDA)\b")


def _letterhead(line: str) -> bool:
    """A line of the letterhead or of the release's label: the office (in capitals), its
    address, telephone and web site, "SIARAN PERS", "Nomor: …"."""
    if _LETTERHEAD.search(line):
        return True
    return line.upper() == line and bool(_INSTITUTION.match(line))


def _heading(lines: list[str]) -> tuple[str | None, int]:
    """The release's title and the index of the line after it: the first line of the first
    page region that is neither letterhead nor a dateline and reads like a headline (3 to 30
    words, not a sentence cut by the layout)."""
    for index, line in enumerate(lines[:25]):
        if _letterhead(line) or dateline([line]):
            continue
        words = line.split()
        if 3 <= len(words) <= 30 and len(line) <= 250 and not line.endswith((",", ";")):
            return line.rstrip(" .:"), index + 1
        if len(words) > 30:
            return None, 0  # the body starts: the release has no heading line
    return None, 0


_JUNK_TITLE = re.compile(
    r"^(?:microsoft\s+(?:word|powerpoint|excel)\b|untitled\b|tanpa\s+judul|document\s*\d*$|dokumen\s*\d*$"
    r"|slide\s*\d+$|judul$|title$|presentation\d*$|new\s+document|copy\s+of\b)"
    r"|\.(?:docx?|odt|rtf|pdf|pptx?|xlsx?|txt)\s*$", re.IGNORECASE)


def _good_metadata_title(title: str | None) -> str | None:
    """The PDF's metadata title unless it is a producer's placeholder or a file name."""
    title = " ".join((title or "").split())
    if not title or _JUNK_TITLE.search(title) or len(title.split()) < 3:
        return None
    return title


_SENTENCE_END = ('.', '!', '?', ':', ';', '"', '”', '’', ')')
_LIST_START = re.compile(r"^(?:[-•–·*]|\d{1,2}[.)]|[a-z][.)])\s")


def reflow(lines: list[str]) -> str:
    """Lines broken by the PDF layout joined back into paragraphs: a line goes on the
    previous one unless that one ends a sentence or this one starts a list item; a word
    hyphenated across lines ("pemba-" "ngunan") is joined whole."""
    paragraphs: list[str] = []
    for line in lines:
        if paragraphs and not paragraphs[-1].endswith(_SENTENCE_END) and not _LIST_START.match(line):
            previous = paragraphs[-1]
            if re.search(r"[a-z]-$", previous) and line[:1].islower():
                paragraphs[-1] = previous[:-1] + line
            else:
                paragraphs[-1] = previous + " " + line
        else:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


_DATE_WORDS = frozenset("""senin selasa rabu kamis jumat jum at sabtu minggu ahad monday tuesday wednesday thursday
    friday saturday sunday pukul wib wita wit""".split())
_PLACE_DATE = re.compile(
    r"^\W{0,3}(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s*\([^)]{1,40}\))?\s*,\s*"
    r"(?P<date>[^–—\n]{6,60}?)\s*(?:$|[–—]|\s-\s)")


def dateline(lines: list[str]) -> str | None:
    """The date of the release's dateline: the first of its lines opening with "Place, date"
    ("Banjarmasin, 3 Desember 2026 – …", "Martapura, Jumat (4/12/2026) -", a signature line
    "Banjarbaru, 3 Desember 2026"), in ISO 8601 UTC; or None."""
    from crawler.harvest.pubdate import _MONTH_WORDS, _date_from_text

    for line in lines[:60]:
        match = _PLACE_DATE.match(line[:120])
        if not match:
            continue
        moment = parse_written(match["date"]) or _date_from_text(match["date"])
        if moment is None:
            continue
        words = [w for w in re.findall(r"[^\W\d_]+", match["date"].lower())
                 if w not in _DATE_WORDS and not _MONTH_WORDS.match(w)]
        if words:
            continue  # "Kota, yang dihadiri 3 Desember 2026 …": a sentence, not a dateline
        return to_iso(moment)
    return None


def _pdf_date(value: str | None) -> str | None:
    """A PDF date ("D:20261203093000+08'00'") in ISO 8601 UTC."""
    if not value:
        return None
    match = re.match(r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?", value.strip())
    if not match:
        moment = parse_datetime(value)
        return to_iso(moment) if moment else None
    year, month, day, hour, minute, second, zone = match.groups()
    text = f"{year}-{month or '01'}-{day or '01'}T{hour or '00'}:{minute or '00'}:{second or '00'}"
    if zone == "Z":
        text += "+00:00"
    elif zone:
        digits = zone.replace("'", "")
        text += f"{digits[:3]}:{digits[3:5] or '00'}"
    else:
        text += "+08:00"  # no zone: WITA, as everywhere in the store
    moment = parse_datetime(text)
    return to_iso(moment) if moment else None
