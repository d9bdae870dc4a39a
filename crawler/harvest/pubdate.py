"""When a page was published: metadata, then bylines and datelines, then the URL.

A byline ("Diposting 29 Oktober 2024", "2 jam yang lalu", a dateline opening the text,
"BATULICIN, 21 November 2026 –", label-prefixed dates such as "掲載日：", "发布时间：",
"작성일") counts when it stands near the title or inside the article; a ``/2024/10/29/`` URL
is the last resort, and a ``/2026/11/`` URL has no day and is no date, only a check on a
date of the text. A time without a zone is read in the zone the page writes (WIB, WITA, WIT)
or else WITA. Also :func:`is_byline`, which the main-text extraction uses to drop bylines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta, timezone, tzinfo
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from crawler.dates import (
    _NAMED_ZONES,
    EARLIEST_PLAUSIBLE,
    WITA,
    parse_datetime,
    parse_written,
    to_iso,
)
from crawler.harvest.page import (
    JSON_LD_DATES,
    _classes,
    _inside_chrome,
    _json_ld_article,
    _meta,
    _short_text,
    _text_of,
    _title_heading,
    body_of,
    elements_of,
    json_ld_dates,
)

# "29/10/2024 10:15 WIB", and the government byline "Banjarbaru, Rabu (2/12/2026) - 10:00 WITA",
# "(30/11/2026) pukul 10.00 WITA": the time beside a date in parentheses is the post's
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>20\d\d|19\d\d)"
    r"(?:\)?[,\s|\u2013\u2014-]+(?:pukul\s+|jam\s+|pkl\.?\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d\d)(?:[:.]\d\d)?"
    r"(?:\s*(?P<zone>WIB|WITA|WIT)\b)?)?(?!\d)"
)
_ISO_IN_TEXT = re.compile(
    r"(?<!\d)(?P<year>20\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T\s]+(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::\d\d)?(?:\s*(?P<zone>WIB|WITA|WIT)\b)?)?(?!\d)"
)
_URL_DATE = re.compile(r"/(?P<year>20\d\d)/(?P<month>[01]\d)(?:/(?P<day>[0-3]\d))?/")
_DATE_WORDS = re.compile(r"diposting|dipublikasikan|diterbitkan|dipublish|ditulis|posted|published|tanggal|terbit"
                         r"|dikirim|submitted|diunggah|publié|mis à jour le", re.I)
_DATE_HINT = re.compile(r"date|tanggal|tgl|time|waktu|posted|meta|byline|publish|terbit|info|submitted|created"
                        r"|dikirim", re.I)
# an icon in front of a byline: <i class="fa fa-clock"></i> Senin, 4 November 2024 | 10:15 WITA
_DATE_ICON = re.compile(r"calendar|clock|fa-time|bi-time|schedule|event", re.I)


_ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "November 14, 2026 09:00 PM", "Nov. 3, 2024 at 8:15 am": month first, as English sites write
_MONTH_FIRST = re.compile(
    r"(?<![^\W\d])(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>20\d\d|19\d\d)(?!\d)(?:\W{1,3}(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d\d)(?:[:.]\d\d)?"
    r"(?:\s*(?P<ampm>[ap])\.?m\b\.?)?(?:\s*(?P<zone>WIB|WITA|WIT|UTC|GMT|(?-i:[ECMP][SD]?T|AK[SD]T|HST))\b)?)?",
    re.IGNORECASE,
)


def _date_from_text(text: str) -> datetime | None:
    written = parse_written(text)
    if written is not None:
        return written
    match = _MONTH_FIRST.search(text)
    if match:
        hour = int(match["hour"] or 0)
        if match["ampm"] and match["ampm"].lower() == "p" and hour < 12:
            hour += 12
        elif match["ampm"] and match["ampm"].lower() == "a" and hour == 12:
            hour = 0
        zone = match["zone"]
        # "November 18, 2019 04:05 pm PT": an English site's zone, as RFC 822 dates name it
        tz = timezone(timedelta(hours=_NAMED_ZONES[zone.upper()])) if zone else WITA
        try:
            return datetime(int(match["year"]), _ENGLISH_MONTHS.index(match["month"][:3].lower()) + 1,
                            int(match["day"]), hour, int(match["minute"] or 0), tzinfo=tz)
        except ValueError:
            return None
    for pattern in (_NUMERIC_DATE, _ISO_IN_TEXT):  # 29/10/2024 10:15 WIB, then 2024-10-29 10:15
        match = pattern.search(text)
        if match:
            zone = match["zone"]
            tz = timezone(timedelta(hours=_ZONE_HOURS[zone.upper()])) if zone else WITA
            try:
                return datetime(int(match["year"]), int(match["month"]), int(match["day"]),
                                int(match["hour"] or 0), int(match["minute"] or 0), tzinfo=tz)
            except ValueError:
                return None
    return None


_RELATIVE_UNITS = {
    "detik": 1, "second": 1, "seconds": 1, "sec": 1, "secs": 1, "menit": 60, "minute": 60, "minutes": 60,
    "min": 60, "mins": 60, "jam": 3600, "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "hari": 86400,
    "day": 86400, "days": 86400, "minggu": 7 * 86400, "pekan": 7 * 86400, "week": 7 * 86400,
    "weeks": 7 * 86400, "bulan": 30 * 86400, "month": 30 * 86400, "months": 30 * 86400,
    "tahun": 365 * 86400, "year": 365 * 86400, "years": 365 * 86400,
}
_RELATIVE_AGO = re.compile(
    r"(?<!\w)(?P<count>\d{1,3}|se|satu|an?|one)\s*(?P<unit>" + "|".join(sorted(_RELATIVE_UNITS, key=len, reverse=True))
    + r")\s+(?:(?:yang|yg)\s+)?(?:lalu|silam|ago|yll)(?!\w)",
    re.IGNORECASE,
)
_RELATIVE_DAY = re.compile(
    r"(?<!\w)(?P<day>kemarin|kemaren|yesterday|hari\s+ini|today|baru\s+saja|just\s+now)(?!\w)"
    r"(?:\W{0,3}(?:pukul\s+|jam\s+|at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d\d)(?!\d))?",
    re.IGNORECASE,
)


def _relative_date(text: str, now: datetime | None) -> datetime | None:
    """A relative time in a byline ("2 jam yang lalu", "Kemarin 14:05", "3 days ago"), resolved
    against ``now`` (the fetch time); the clock time of "kemarin 14:05" is the site's (WITA)."""
    if now is None:
        return None
    match = _RELATIVE_AGO.search(text)
    if match:
        count = match["count"].lower()
        number = int(count) if count.isdigit() else 1
        return (now - timedelta(seconds=number * _RELATIVE_UNITS[match["unit"].lower()])).replace(second=0, microsecond=0)
    match = _RELATIVE_DAY.search(text)
    if match:
        word = " ".join(match["day"].lower().split())
        if word in ("baru saja", "just now"):
            return now
        local = now.astimezone(WITA)
        if word in ("kemarin", "kemaren", "yesterday"):
            local -= timedelta(days=1)
        if match["hour"] is None:
            return local if word in ("hari ini", "today") else local.replace(hour=0, minute=0, second=0, microsecond=0)
        try:
            moment = local.replace(hour=int(match["hour"]), minute=int(match["minute"]), second=0, microsecond=0)
        except ValueError:
            return None
        return moment if moment <= now else None
    return None


def _byline_date(text: str, now: datetime | None) -> datetime | None:
    """The date of a byline, card or dateline: written, numeric, ISO, else relative — the
    latter only when the whole text is a byline ("Hari Ini Posyandu Dibuka" is a headline)."""
    moment = _date_from_text(text) or _foreign_date(text) or (_relative_date(text, now) if is_byline(text) else None)
    return moment if moment is None or moment >= EARLIEST_PLAUSIBLE else None  # before 2000: not believed


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|[\u0660-\u0669\u06f0-\u06f9]{4}")


def _foreign_date(text: str) -> datetime | None:
    """A date written in another script ("14 نوفمبر 2024", "2024年11月14日"): each short piece
    of the line holding a year goes to dateparser (slow, hence only for such lines)."""
    if len(text) > 200 or not _YEAR.search(text) or not any(ord(ch) > 0x24F for ch in text):
        return None
    for piece in _BYLINE_SPLIT.split(_DATE_LABEL.sub(" ", text)):
        piece = piece.strip()
        # ("Milan Design Week 2018" is no date: Latin words go to dateparser only with a month)
        if len(piece) <= 40 and _YEAR.search(piece) and (
                any(ord(ch) > 0x24F for ch in piece) or not re.search(r"[A-Za-z]{3}", piece)
                or any(_MONTH_WORDS.match(w) for w in re.findall(r"[A-Za-z]+", piece))):
            moment = parse_datetime(piece)
            if moment is not None:
                return moment
    return None


# Pieces of a byline line besides the date: who, how often it was read, where it is filed.
_BYLINE_SPLIT = re.compile(r"\s*(?:[|·•/]|\s[-–—]\s|\s{2,}|\u3000)\s*")
# Labels of byline pieces in Japanese, Chinese and Korean ("掲載日：", "发布时间：", "작성일"): a
# date after one is the page's byline date; a source or author after one is byline too
_DATE_LABEL = re.compile(
    r"(?:掲載日|公開日|投稿日|更新日|登録日|発行日|日付|作成日|发布时间|發佈時間|发布日期|發布日期|发表时间|發表時間|发布于|發佈於"
    r"|日期|时间|時間|来源|來源|作者|编辑|編輯|责任编辑|浏览次数|点击数|阅读|작성일|등록일|게시일|수정일|날짜|작성자|조회수?)"
    r"\s*[：:]?\s*")
_BYLINE_VIEWS = re.compile(
    r"(?<!\w)(?:\d[\d.,]*\s*(?:x|kali)?\s*(?:dilihat|dibaca|kali\s+dibaca|views?|hits|pembaca|reads?|komentar|comments?)"
    r"|(?:dilihat|dibaca|views?|hits|pembaca)\s*:?\s*\d[\d.,]*\s*(?:x|kali)?|no\s+comments?|tidak\s+ada\s+komentar)(?!\w)",
    re.IGNORECASE,
)
_BYLINE_AUTHOR = re.compile(
    r"(?<!\w)(?:(?:ditulis|diposting|dikirim|diunggah|dipublikasikan|posted|written|submitted|published)\s+)?"
    r"(?:oleh|by|penulis|author|editor|reporter|pewarta|redaktur)\s*:?\s*(?P<name>[\w.@'-]+(?:\s+[A-Z][\w.'-]*){0,3})",
    re.IGNORECASE,
)
_BYLINE_WORDS = frozenset("""
    senin selasa rabu kamis jumat jum'at sabtu minggu ahad sen sel rab kam jum sab min
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    pukul jam wib wita wit utc gmt am pm pada on at in di diposting dipublikasikan diterbitkan dipublish ditulis
    dikirim diunggah diperbarui posted published updated submitted tanggal tgl date waktu terbit kategori category
    yang yg lalu silam ago kemarin kemaren yesterday hari ini today baru saja just now detik menit hari pekan bulan
    tahun second seconds minute minutes hour hours day days week weeks month months year years
    sec secs min mins hr hrs sekitar about
""".split()) | frozenset(_RELATIVE_UNITS)
_MONTH_WORDS = re.compile(
    r"^(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|peb(?:ruari)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?"
    r"|agu(?:stus)?|agt|ags|aug(?:ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|nop(?:ember)?"
    r"|des(?:ember)?|dec(?:ember)?)$",
    re.IGNORECASE,
)


def is_byline(text: str) -> bool:
    """Whether a line of a page is a byline or meta line, not prose: a date, an author, a view
    or comment count, a category, and nothing else ("Minggu, 8 November 2026 15:30 WITA | Admin
    KIM | 88x dilihat", "By Staff | November 14, 2026 09:00 PM", "Dikirim oleh admin pada Rab,
    25/11/2026 - 10:30", "2 jam yang lalu"). A sentence with a date in it is not one: every word
    left besides dates, times and byline vocabulary must be a name (capitalised) or follow
    "oleh"/"By", and there are at most four of them."""
    line = " ".join(text.split())
    if not line or len(line) > 160:
        return False
    strong = False
    if _BYLINE_VIEWS.search(line):
        strong = True
        line = _BYLINE_VIEWS.sub(" ", line)
    day = _RELATIVE_DAY.search(line)
    weak = bool(day and day["hour"] is None)  # "Hari Ini Posyandu Dibuka" is a headline; "Kemarin 14:05" is not
    if _date_from_text(line) is not None or _RELATIVE_AGO.search(line) or (day and not weak) \
            or _foreign_date(line) is not None:
        strong, weak = True, False
    elif weak:
        strong = True
    authored = _BYLINE_AUTHOR.search(line)
    if authored:
        line = _BYLINE_AUTHOR.sub(" ", line)
    line = _DATE_LABEL.sub(" ", line)
    if not strong and not (authored and len(text) <= 60):
        return False
    others = []
    for word in re.findall(r"[^\W\d_](?:[\w'’.-]*[^\W_])?", line):
        lowered = word.lower().rstrip(".")
        if lowered in _BYLINE_WORDS or _MONTH_WORDS.match(lowered) or re.fullmatch(r"\d+[a-z]{0,2}", lowered):
            continue
        others.append(word)
    if len(others) > 4 or (weak and others):
        return False
    # names are capitalised; in scripts without case (Arabic, Chinese) the count must do
    return all(w[0].isupper() or w.isupper() or not w[0].islower() or w.lower() == "admin" for w in others)


def publication_time(tree: lxml.html.HtmlElement, url: str = "", main_text: str = "", *,
                     now: datetime | None = None) -> str | None:
    """When the page says it was published, in the stored form, or None (see :func:`_publication`)."""
    return _publication(tree, url, main_text, now=now)[0]


def _publication(tree: lxml.html.HtmlElement, url: str = "", main_text: str = "", *,
                 now: datetime | None = None, bylines: Iterable[str] = (),
                 zone: tzinfo | None = None) -> tuple[str | None, str | None]:
    """When the page says it was published (stored form) and where it says so.

    Sources, most trusted first: JSON-LD ``datePublished``, ``article:published_time`` and
    similar meta tags, ``<time datetime>`` (the publication one, not "updated") — "meta";
    bylines: elements with date-like class names ("post-meta", "node__submitted", "byline")
    and the short lines next to the title, written ("Selasa, 29 Oktober 2024 10:15 WITA"),
    numeric ("25/11/2026 - 10:30") or relative to ``now`` ("2 jam yang lalu", "Kemarin
    14:05"), lines saying "diposting"/"posted", and the byline lines taken out of the text
    (``bylines``) — "byline"; a ``/2024/10/29/`` URL —
    "url"; last, the first date in the article text — "text", and never a date after ``now``
    (that is an event being announced). A ``<footer>``/``<header>`` inside ``<article>`` is
    the article's byline, not page chrome. Times without offset are in the zone the page says
    (a zone word beside its times, else the offset its metadata times carry), else ``zone``
    (the channel's ``timezone:``), else WITA. A time before 2000
    ("0001-01-01T00:00:00Z", a CMS's null date) is no date: the next candidate is read.

    When the time found is a date alone ("2014-09-15", a byline "September 15, 2014"), a
    machine-readable time of the same day elsewhere on the page (another JSON-LD object, a meta
    tag, a ``<time>``) is the time; one with a zone first. When it has a time but no zone (read
    as WITA), one with a zone at the same wall-clock time says the zone.
    """
    found: list[tzinfo | None] = []

    def page_zone() -> tzinfo | None:
        if not found:
            found.append(_written_zone(tree) or _offset_zone(tree) or zone)
        return found[0]

    def read(value: str) -> datetime | None:
        """A machine-readable time; a naive one is in the page's zone (:func:`_page_zone`), else WITA."""
        moment = parse_datetime(value)
        if moment is not None and moment < EARLIEST_PLAUSIBLE:
            return None  # "0001-01-01T00:00:00Z", a CMS's null date: no date; the next candidate is read
        if moment is None or _HAS_ZONE.search(value.strip()):
            return moment
        said = page_zone()
        return moment.replace(tzinfo=said) if said is not None else moment

    moment, source = _first_publication(tree, read, url, main_text, now=now, bylines=bylines)
    if moment is None:
        return None, None
    moment = _with_time(moment, _machine_times(tree, read))
    if moment.tzinfo is WITA and (said := page_zone()) is not None:
        # a byline's (or the URL's, or the text's) time without zone is the page's clock: a zone
        # the page writes or an offset its machine times carry (else the channel's) wins over WITA
        moment = moment.replace(tzinfo=said)
    return to_iso(moment), source


def _machine_times(tree: lxml.html.HtmlElement, read: Callable[[str], datetime | None]) -> Iterator[datetime]:
    """The page's machine-readable publication times, most trusted first: its JSON-LD
    article's, its meta tags', the published attributes', every other JSON-LD object's, its
    publication ``<time>`` elements'."""
    article = _json_ld_article(tree) or {}
    values: Iterable[object] = itertools.chain(
        (article.get(key) for key in JSON_LD_DATES), (_meta(tree, name) for name in _PUBLISHED_META),
        (str(v) for v in tree.xpath(_PUBLISHED_ATTRIBUTES)), json_ld_dates(tree),
        (t.get("datetime") for t in _time_elements(tree) if _PUBLISHED_TIME.search(_time_names(t))
         and not _inside_chrome(t)))
    for value in values:
        if isinstance(value, str) and value and (moment := read(value)) is not None:
            yield moment


def _timed(moment: datetime) -> bool:
    return bool(moment.hour or moment.minute or moment.second)


def _with_time(moment: datetime, candidates: Iterable[datetime]) -> datetime:
    """``moment``, or a candidate of the same day (each as written, in its own zone) that says
    more: the time of day a date alone lacks, the zone a time read as WITA lacks."""
    timed, zoned = _timed(moment), moment.tzinfo is not WITA
    if timed and zoned:
        return moment
    unzoned = None
    for candidate in candidates:
        if candidate.date() != moment.date() or not _timed(candidate):
            continue
        if timed:
            if candidate.tzinfo is not WITA and candidate.time() == moment.time():
                return candidate
        elif candidate.tzinfo is not WITA:
            return candidate
        else:
            unzoned = unzoned or candidate
    return unzoned or moment


_PUBLISHED_TIME = re.compile(r"publish|entry-date|posted|datepublished", re.I)


def _time_names(element: lxml.html.HtmlElement) -> str:
    return _classes(element) + (element.get("itemprop") or "")


def _time_elements(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The ``<time datetime>`` elements: the publication ones first, "updated" ones last."""
    times = [t for t in elements_of(tree, "time") if t.get("datetime") is not None]
    return sorted(times, key=lambda t: 0 if _PUBLISHED_TIME.search(_time_names(t))
                  else 2 if re.search(r"updat|modif", _classes(t), re.I) else 1)


def _first_publication(tree: lxml.html.HtmlElement, read: Callable[[str], datetime | None], url: str = "",
                       main_text: str = "", *, now: datetime | None = None,
                       bylines: Iterable[str] = ()) -> tuple[datetime | None, str | None]:
    """The first publication time the page gives, most trusted first (see :func:`_publication`)."""
    article = _json_ld_article(tree) or {}
    for key in JSON_LD_DATES:
        value = article.get(key)
        if isinstance(value, str) and (moment := read(value)) is not None:
            return moment, "meta"
    for name in _PUBLISHED_META:  # each name in turn: a null date in one gives way to the next
        meta = _meta(tree, name)
        if meta and (moment := read(meta)) is not None:
            return moment, "meta"
    for value in tree.xpath(_PUBLISHED_ATTRIBUTES):
        if (moment := read(str(value))) is not None:
            return moment, "meta"
    # an event's start is its page's date only when no publication time is given
    if isinstance(start := article.get("startDate"), str) and (moment := read(start)) is not None:
        return moment, "meta"
    for element in _time_elements(tree):
        if _inside_chrome(element):
            continue
        moment = read(element.get("datetime") or "")
        if moment is None:
            moment = _date_from_text(_text_of(element))
        if moment is not None:
            return moment, "meta"
    for element in _near_title(tree):
        moment = _byline_date(_text_of(element), now)
        if moment is not None:
            return moment, "byline"
    for element in _body_elements(tree, "span", "div", "p", "small", "li", "time", "em", "i", "ul", "td", "h2",
                                  "h3", "h4", "h5", "h6", "abbr", "footer", "dd"):
        if not (_DATE_HINT.search(_classes(element))
                or any(_DATE_ICON.search(_classes(child)) for child in element.iterchildren("i", "span", "svg", "img"))) \
                or _inside_chrome(element):
            continue
        text = _short_text(element, 200)
        if not text:
            continue
        moment = _byline_date(text, now)
        if moment is not None:
            return moment, "byline"
    for element in _body_elements(tree, "p", "span", "small", "div", "li", "em"):
        text = _short_text(element, 120)
        if not text or not _DATE_WORDS.search(text) or _inside_chrome(element) \
                or not is_byline(text):
            continue
        moment = _byline_date(text, now)
        if moment is not None:
            return moment, "byline"
    for text in bylines:
        moment = _byline_date(text, now)
        if moment is not None:
            return moment, "byline"
    dateline = _dateline_date(main_text)
    if dateline is not None and (now is None or dateline <= now):
        return dateline, "byline"
    match = _URL_DATE.search(urlsplit(url).path) if url else None
    month: tuple[int, int] | None = None
    if match and match["day"]:
        try:
            return datetime(int(match["year"]), int(match["month"]), int(match["day"]), tzinfo=WITA), "url"
        except ValueError:
            pass
    elif match:
        # /2026/11/slug.html (Blogger) says the month only: no date, but a date of the text in
        # that month is the publication date rather than an event's
        month = (int(match["year"]), int(match["month"]))
    if main_text:
        moment = _date_from_text(main_text[:300])
        if moment is not None and (now is None or moment <= now) \
                and (month is None or (moment.year, moment.month) == month):
            return moment, "text"
    return None, None


# "BATULICIN, 21 November 2026 – …", "Minggu, 22 November 2026 – …", "Banjarbaru (ANTARA) - 3/11/2026 -":
# a dateline opening the article text is its publication date, as a byline is
_DATELINE = re.compile(
    r"^\W{0,3}(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\([^)]{1,40}\))?\s*[,–—-]\s*)?"
    r"(?P<date>[^–—\n]{6,60}?)\s*(?:[–—]|\s-\s|:)\s*\S")


def _dateline_date(text: str) -> datetime | None:
    """The date of a dateline opening ``text`` ("KOTA, 21 November 2026 – …"), or None: the
    place and date must be all that comes before the dash."""
    match = _DATELINE.match(text[:120]) if text else None
    if not match:
        return None
    moment = _date_from_text(match["date"])
    if moment is None:
        return None
    words = [w for w in re.findall(r"[^\W\d_]+", match["date"]) if not (
        w.lower() in _BYLINE_WORDS or _MONTH_WORDS.match(w.lower()))]
    return None if words else moment


def _body_elements(tree: lxml.html.HtmlElement, *tags: str) -> Iterator[lxml.html.HtmlElement]:
    """The elements named ``tags`` inside the page's ``<body>``, in document order, one at a time
    (the search usually stops early; an XPath listing them all first cost twice as much)."""
    body = body_of(tree)
    for element in body.iter(*tags) if body is not None else ():
        if element is not body:
            yield element


def _near_title(tree: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """Short elements right after (or just before) the headline: where bylines sit."""
    heading = _title_heading(tree)
    if heading is None:
        return
    anchors = [heading]
    parent = heading.getparent()
    if parent is not None and parent.tag in ("header", "div", "hgroup") and _short_text(parent, 399) is not None:
        anchors.append(parent)  # <header><h1/></header><div class="meta"/>
    for anchor in anchors:
        siblings = [*itertools.islice(anchor.itersiblings(), 3), *itertools.islice(anchor.itersiblings(preceding=True), 1)]
        for sibling in siblings:
            if not isinstance(sibling.tag, str) or sibling.tag in ("script", "style", "h1", "h2"):
                continue
            text = _short_text(sibling, 200)
            # a byline line, or a dated element classed like one; not the first paragraph
            # of a short post ("Festival digelar 25 sampai 28 November")
            if text and (is_byline(text) or _DATE_HINT.search(_classes(sibling))):
                yield sibling


_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
                   "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
                   "content_publish_date")
# ``//abbr[contains(@class, 'published')]/@title | //*[@itemprop='datePublished']/@datetime |
# //*[@itemprop='datePublished']/@content`` in one walk of the tree instead of three
_PUBLISHED_ATTRIBUTES = (
    "/descendant::*[self::abbr[contains(@class, 'published')] or @itemprop='datePublished']"
    "/@*[(name()='title' and ../self::abbr[contains(@class, 'published')])"
    " or ((name()='datetime' or name()='content') and ../@itemprop='datePublished')]")
_HAS_ZONE = re.compile(r"(?:Z|[+-]\d\d:?\d\d|GMT|UTC|WIB|WITA|WIT)$", re.IGNORECASE)
_WRITTEN_ZONE = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(WIB|WITA|WIT)\b")
_ZONE_HOURS = {"WIB": 7, "WITA": 8, "WIT": 9}


_OFFSET_IN_VALUE = re.compile(r"^\s*\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?P<sign>[+-])(?P<hours>\d\d):?(?P<minutes>\d\d)\s*$")


def _offset_zone(tree: lxml.html.HtmlElement) -> tzinfo | None:
    """The zone the page's own metadata times carry (``<meta>`` tags and JSON-LD, published or
    modified alike), for its times written without one: a foreign site's
    ``article:modified_time`` ``2026-11-25T09:00:00+09:00`` beside a byline "24 November 2026
    10:15" says that byline is at +09:00, not WITA. Only an offset other than +00:00 says so (a
    CMS writes UTC whatever its clock), and only when the page's offsets agree (None otherwise).
    A ``<time>`` in the body may be an event's, elsewhere (a webinar "19:00 WIB"): not read here."""
    # (the JSON-LD as read with the article: its scripts may be dropped by now)
    article = _json_ld_article(tree) or {}
    values = [str(v) for v in tree.xpath("//meta/@content")] + json_ld_dates(tree)
    values += [v for v in article.values() if isinstance(v, str)]
    offsets = set()
    for value in values:
        match = _OFFSET_IN_VALUE.match(value)
        if match is None:
            continue
        minutes = int(match["hours"]) * 60 + int(match["minutes"])
        if minutes and minutes <= 14 * 60:
            offsets.add(minutes if match["sign"] == "+" else -minutes)
    if len(offsets) != 1:
        return None
    return timezone(timedelta(minutes=offsets.pop()))


def _written_zone(tree: lxml.html.HtmlElement) -> tzinfo | None:
    """The time zone a page writes next to its times ("14:35 WIB"), for its naive meta times:
    a national portal in Jakarta means WIB where a Banjarmasin site means WITA."""
    for element in _body_elements(tree, "span", "div", "p", "small", "time", "li", "em"):
        if not (_DATE_HINT.search(_classes(element)) or element.tag == "time"):
            continue
        text = _short_text(element, 200)
        if text is None:
            continue
        match = _WRITTEN_ZONE.search(text)
        if match:
            return timezone(timedelta(hours=_ZONE_HOURS[match.group(1).upper()]))
    return None


_INVISIBLE = ("script", "style", "noscript", "template", "title", "head")


def date_after_headline(tree: lxml.html.HtmlElement, title: str | None) -> datetime | None:
    """The date written right after the page's headline in its text, however unmarked (a bare
    "기사입력 :[ 2018-08-25 15:24 ]" after a ``<dt>`` headline), or None. Read only when the
    page gives no other date: it is the page's own, where a sitemap's ``lastmod`` is its last
    change."""
    title = " ".join((title or "").split())
    body = body_of(tree)
    if len(title) < 8 or body is None:
        return None
    parts: list[str] = []
    size = hidden = 0
    for event, element in lxml.etree.iterwalk(body, events=("start", "end")):
        invisible = not isinstance(element.tag, str) or element.tag in _INVISIBLE
        if event == "start":
            hidden += invisible
            if element.text and not hidden:
                parts.append(element.text)
                size += len(element.text)
            continue
        hidden -= invisible
        if element.tail and element is not body and not hidden:  # (a script's tail is shown)
            parts.append(element.tail)
            size += len(element.tail)
        if size > 200_000:
            break
    text = " ".join(" ".join(parts).split())
    start = text.find(title)
    while start >= 0:
        moment = _date_from_text(text[start + len(title): start + len(title) + 80])
        if moment is not None:
            return moment
        start = text.find(title, start + len(title))
    return None
