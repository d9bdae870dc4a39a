"""Dates and times as kimwatch stores them: ISO 8601 strings in UTC.

Feeds, pages and import files give times in many shapes. A time without an offset is read as
WITA (Asia/Makassar, UTC+8), the local time of Kalimantan Selatan. Indonesian dates written out
("Selasa, 29 Oktober 2024", "29 Okt 2024 10.15 WITA") are understood; anything else falls back
to :mod:`dateparser`.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

WITA = timezone(timedelta(hours=8), "WITA")
_ZONES = {"WIB": 7, "WITA": 8, "WIT": 9, "UTC": 0, "GMT": 0, "Z": 0}

_MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
    "mrt": 3, "mai": 5, "okt.": 10, "sept.": 9,
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WRITTEN = re.compile(
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\.?\s+(?P<year>\d{{4}})"
    r"(?:\W{1,3}(?:pukul\s+|jam\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?"
    r"(?:\s*(?P<zone>WIB|WITA|WIT|UTC|GMT))?",
    re.IGNORECASE,
)

ISO_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


_ZONE_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d\d))?$", re.IGNORECASE)


def parse_zone(value: str) -> tzinfo | None:
    """A channel's ``timezone:`` as the registry gives it: ``WIB``, ``WITA`` or ``WIT``, an offset
    (``+09:00``, ``UTC+7``, ``-0500``) or a zone name (``Asia/Tokyo``); None when it is none of
    these. WITA is :data:`WITA` itself (the default, so a channel saying it changes nothing)."""
    text = value.strip()
    upper = text.upper()
    if upper in ("WIB", "WITA", "WIT"):
        return WITA if upper == "WITA" else timezone(timedelta(hours=_ZONES[upper]), upper)
    match = _ZONE_OFFSET.match(text)
    if match:
        hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
        if hours > 14 or minutes >= 60:
            return None
        offset = timedelta(hours=hours, minutes=minutes)
        return timezone(-offset if match["sign"] == "-" else offset)
    if "/" not in text or not re.fullmatch(r"[A-Za-z0-9_+\-/]{3,60}", text):
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def to_iso(moment: datetime) -> str:
    """``moment`` as the stored form, ``2024-10-17T08:05:00Z``; naive means WITA."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=WITA)
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00:00+08:00 is in year 0 in UTC: the earliest stored form
        moment = datetime.min.replace(tzinfo=UTC)
    # the year with 4 digits: strftime writes year 1 as "1-01-01", which reads back as 2001
    return f"{moment.year:04d}-{moment:%m-%dT%H:%M:%S}Z"


def utc_now() -> str:
    """Now, in the stored form."""
    return datetime.now(UTC).strftime(ISO_FORMAT)


def from_iso(value: str) -> datetime:
    """A stored timestamp back to an aware datetime (UTC)."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def parse_written(text: str) -> datetime | None:
    """The first Indonesian or English written-out date in ``text`` ("Selasa, 29 Oktober 2024")."""
    match = _WRITTEN.search(text)
    if not match:
        return None
    try:
        moment = datetime(
            int(match["year"]),
            _MONTHS[match["month"].lower()],
            int(match["day"]),
            int(match["hour"] or 0),
            int(match["minute"] or 0),
            int(match["second"] or 0),
        )
    except ValueError:
        return None
    zone = match["zone"]
    tz = timezone(timedelta(hours=_ZONES[zone.upper()])) if zone else WITA
    return moment.replace(tzinfo=tz)


def parse_datetime(value: object) -> datetime | None:
    """An aware datetime from many shapes of input, or None when it cannot be read.

    Accepts datetimes, ``time.struct_time`` (as feedparser gives, always UTC), ISO 8601 /
    RFC 3339 (also with a space, 2-digit years, ordinal dates), RFC 822 as feeds really write
    it (numeric zones with or without a colon, ``-0000``/``UT``/``GMT``/``Z``, named zones:
    WIB/WITA/WIT and the common US and European abbreviations, ``GMT+01:00``, 2-digit years,
    full month names, a missing weekday, swapped month and day), asctime, Unix timestamps,
    and written-out Indonesian/English dates. Naive = WITA. A string shaped like a machine
    date that does not hold one (31 February, 25:14, an offset of -99:99, ``16 Dec zz``) is
    refused, never guessed into another date. A clock time alone ("3.00", "3.30") is no time
    (a price, a score, a version as often): only with pukul/jam/pkl, a zone, am/pm or a date.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=WITA)
    if hasattr(value, "tm_year"):  # time.struct_time from feedparser, in UTC
        st: Any = value
        try:
            return datetime(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, tzinfo=UTC)
        except ValueError:
            return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text:
        return None
    if _BARE_CLOCK.fullmatch(text):
        return None  # "3.00", "3.30", "10:15" alone: a price, a score, a version as often as a time
    local = _LOCAL_ZONE_SUFFIX.search(text)
    if local and not _NUMERIC_ZONE.search(text[: local.start()]):
        # "2024-10-29 10:15 WIB", "Selasa, 29 Oktober 2024 10.15 WITA": the wall clock in that zone
        wall = text[: local.start()]
        moment = _parse_fallback(wall) if _BARE_CLOCK.fullmatch(wall) else parse_datetime(wall)
        if moment is None:
            return None
        zone = timezone(timedelta(hours=_ZONES[local.group(1).upper()]))
        naive = moment.tzinfo == WITA or moment.utcoffset() == timedelta(hours=8)  # no zone written before it
        return moment.astimezone(WITA).replace(tzinfo=zone) if naive else moment
    iso = _parse_iso(text)
    if iso is not None:
        return iso
    rfc = _RFC822.match(text)
    if rfc:
        moment = _from_rfc822(rfc)
        if moment is not None or text.isascii():
            return moment
    machine = _MACHINE_SHAPE.match(text)
    if machine or _HANGUL.search(text) or _ASCTIME.match(text):
        moment = _parse_with_feedparser(text)
        if moment is not None or text.isascii():
            return moment
    written = parse_written(text)
    if written is not None:
        return written
    return _parse_fallback(text)


# Zone names feeds write, in hours east of UTC (RFC 822's own, the US and European ones,
# Indonesia's, and a few of the region's); an unknown name is read as UTC, as feedparser does
_NAMED_ZONES = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "ETC/GMT": 0, "ETC/UTC": 0, "WET": 0, "WEST": 1, "BST": 1,
    "CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5,
    "AT": -4, "ET": -5, "CT": -6, "MT": -7, "PT": -8,
    "WIB": 7, "WITA": 8, "WIT": 9, "SGT": 8, "MYT": 8, "HKT": 8, "PHT": 8, "ICT": 7, "JST": 9, "KST": 9,
    "AWST": 8, "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "IST": 5.5,
}
_RFC822 = re.compile(
    r"^(?:(?P<wday>[^\W\d_]{2,12})\.?(?:\s*,\s*|\s+))?"  # a weekday ends with a comma or a space
    r"(?:(?P<day>\d{1,2})\s*[ -]\s*(?P<month>[^\W\d_]{3,12})\.?,?[ -](?P<year>\d{2,4})"
    r"|(?P<month2>[^\W\d_]{3,12})\.?\s+(?P<day2>\d{1,2}),?\s+(?P<year2>\d{4}))"
    r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d\d)(?:[:.](?P<second>\d\d)(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>[AaPp])\.?[Mm]\.?)?)?"
    r"(?:\s*(?P<zone>[+-]\d\d:?\d\d|(?:[A-Za-z]{1,5}|Etc/[A-Za-z]{2,3})(?:\s*(?P<gmtoff>[+-]\d{1,2}(?::?\d\d)?))?))?$",
    re.IGNORECASE,
)
_MACHINE_SHAPE = re.compile(  # ISO-like digits, or an English weekday and a comma (RFC 822)
    r"^(?:-?\d{2,8}(?:[-T: ,+]|$)|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,\s*\S+\s+\S+\s+\S+)",
    re.IGNORECASE)
_ASCTIME = re.compile(r"^[A-Za-z]{3}\s+[A-Za-z]{3}\s+\d{1,2}\s+\d\d:\d\d")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: a clock time with nothing around it that says it is one (no pukul/jam/pkl, zone, am/pm or date)
_BARE_CLOCK = re.compile(r"\W*(?:[01]?\d|2[0-4])[.:][0-5]\d(?:[.:][0-5]\d)?\W*")
_NUMERIC_ZONE = re.compile(r"(?:[+-]\d\d:?\d\d|\bZ)\s*$")
_LOCAL_ZONE_SUFFIX = re.compile(r"\s*\b(WIB|WITA|WIT)\.?$", re.IGNORECASE)
_ZONED = re.compile(r"(?:(?<![\d-])[+-]\d\d:?\d\d(?:\s+\d{4})?|Z|\b[A-Za-z]{2,5})\s*$|[+-]\d{4}\s+\d{4}$")


def _from_rfc822(match: re.Match[str]) -> datetime | None:
    """An RFC 822 date as feeds write it (see :func:`parse_datetime`), or None when a field is
    impossible (day 99, month "zzz", minute 61, offset -99:99)."""
    month_name = (match["month"] or match["month2"]).lower()
    month = _MONTHS.get(month_name) or _MONTHS.get(month_name[:3])
    if month is None:
        return None
    day = int(match["day"] or match["day2"])
    year_text = match["year"] or match["year2"]
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 50 else 1900  # RFC 2822 4.3
    elif len(year_text) == 3:
        year += 1900
    hour, minute, second = int(match["hour"] or 0), int(match["minute"] or 0), int(match["second"] or 0)
    if match["ampm"]:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    zone = match["zone"]
    try:
        if not zone:
            return datetime(year, month, day, hour, minute, second, tzinfo=WITA)
        offset = _zone_offset(zone, match["gmtoff"])
        if offset is None:
            return None
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC) - offset
    except (ValueError, OverflowError):
        return None


def _zone_offset(zone: str, gmt_offset: str | None) -> timedelta | None:
    if zone[0] in "+-" and zone[1:3].isdigit():
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:])
        if minutes >= 60:
            return None
        sign = -1 if zone[0] == "-" else 1
        return sign * timedelta(hours=hours, minutes=minutes)
    if gmt_offset:
        sign = -1 if gmt_offset[0] == "-" else 1
        digits = gmt_offset[1:].replace(":", "")
        hours, minutes = int(digits[:-2] if len(digits) > 2 else digits), int(digits[-2:]) if len(digits) > 2 else 0
        if minutes >= 60 or hours > 14:
            return None
        base = _NAMED_ZONES.get(zone.split()[0].upper(), 0)
        return timedelta(hours=base) + sign * timedelta(hours=hours, minutes=minutes)
    return timedelta(hours=_NAMED_ZONES.get(zone.upper(), 0))


def _parse_with_feedparser(text: str) -> datetime | None:
    """The date forms feedparser has a reader for and ISO 8601 leaves out: Greek, Hungarian
    and Korean dates (zoned), asctime, Perforce, 2-digit-year ISO 8601 ("03-12-31",
    "031231", "-0312"), ordinal dates ("2003-335"), "2003-12" and "2003", Google's
    "2003-012-31". Anything else shaped
    like a machine date (``2003-12-31T25:14:55Z``, ``2013-xx-27``) is refused."""
    from feedparser import datetimes as fp

    iso_year = re.match(r"^(\d{4})(?:-(\d\d))?$", text)
    if iso_year:
        try:
            return datetime(int(iso_year[1]), int(iso_year[2] or 1), 1, tzinfo=WITA)
        except ValueError:
            return None
    ordinal = re.match(r"^(\d{4})-(\d{3})$", text)
    if ordinal:  # an ISO 8601 ordinal date, "2003-335"; unhyphenated ("2003335", "03335") it is a
        # number to anyone but feedparser's ISO reader (its W3C-DTF reader refuses "22013" too)
        year, day = int(ordinal[1]), int(ordinal[2])
        if not 1 <= day <= (366 if calendar.isleap(year) else 365) or year < 1:
            return None  # day 0 or 400, day 366 of a common year: refused, never rolled over
        return datetime(year, 1, 1, tzinfo=WITA) + timedelta(days=day - 1)
    google = re.match(r"^(\d{4})-0(\d\d-\d\d(?:[T ].*)?)$", text)
    if google:
        return _parse_iso(f"{google[1]}-{google[2]}")
    handlers: tuple[Any, ...]
    if not text.isascii():
        handlers = (fp._parse_date_greek, fp._parse_date_hungarian, fp._parse_date_nate, fp._parse_date_onblog)
    elif re.match(r"^-?\d\d(?:-?\d\d){1,2}$", text):
        handlers = (fp._parse_date_iso8601,)
    else:
        handlers = (fp._parse_date_asctime, fp._parse_date_perforce)
    for handler in handlers:
        try:
            parsed = handler(text)
        except (ValueError, OverflowError, IndexError, TypeError, KeyError):
            parsed = None
        if parsed is None:
            continue
        try:
            year, month, day, hour, minute, second = parsed[:6]
            moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        except ValueError:
            return None
        if not text.isascii() or _ZONED.search(text) or re.search(r"[+-]\d{4}\s+\d{4}$", text):
            return moment
        return moment.replace(tzinfo=WITA)  # feedparser's UTC was the wall clock
    return None


def _parse_iso(text: str) -> datetime | None:
    candidate = text.replace("Z", "+00:00").replace("z", "+00:00")
    if " " in candidate and "T" not in candidate and re.match(r"^\d{4}-\d\d-\d\d \d", candidate):
        candidate = candidate.replace(" ", "T", 1)
    if not re.match(r"^\d{4}-?\d\d", candidate):
        return None  # fromisoformat reads "2003" or "031231" otherwise than feeds mean them
    if candidate[4] == "-" and len(candidate) > 10 and candidate[10] not in "T":
        return None  # fromisoformat takes any character between date and time: "2013-01-27-01"
    try:
        moment = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=WITA)


#: Languages a date written on a page is tried in, by the script it is written in, when it is
#: not Indonesian or English. Letting dateparser detect among all of its ~200 languages costs
#: seconds of CPU per process (each detection compiles every locale's patterns).
_SCRIPT_LANGUAGES = (
    (re.compile(r"[\u0400-\u04ff]"), ["ru", "uk", "bg", "sr"]),
    (re.compile(r"[\u3040-\u30ff]"), ["ja"]),
    (re.compile(r"[\u4e00-\u9fff]"), ["zh", "ja"]),
    (re.compile(r"[\uac00-\ud7a3]"), ["ko"]),
    (re.compile(r"[\u0600-\u06ff]"), ["ar", "fa", "ur"]),
    (re.compile(r"[\u0370-\u03ff]"), ["el"]),
    (re.compile(r"[\u0e00-\u0e7f]"), ["th"]),
    (re.compile(r"[\u0590-\u05ff]"), ["he"]),
    (re.compile(r"[\u0900-\u097f]"), ["hi"]),
)
_LATIN_LANGUAGES = ["fr", "de", "es", "pt", "it", "nl", "tr", "pl", "cs", "hu", "vi", "ro", "sv", "da", "nb", "fi",
                    "ms", "tl"]


def _languages_of(text: str) -> list[str]:
    for script, languages in _SCRIPT_LANGUAGES:
        if script.search(text):
            return languages
    return _LATIN_LANGUAGES


def _parse_fallback(text: str) -> datetime | None:
    if not re.search(r"\d", text) or len(text) > 80:
        return None
    import dateparser  # slow to import; only needed for unusual shapes

    settings = {"TIMEZONE": "Asia/Makassar", "RETURN_AS_TIMEZONE_AWARE": True,
                "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"}
    moment = dateparser.parse(text, languages=["id", "en"], settings=settings)
    if moment is None and _YEAR.search(text):
        # a page in another language ("3 ноября 2026", "2026年11月3日"): let dateparser detect
        # it; only for text with a year, since detection tries every language
        moment = dateparser.parse(text, languages=_languages_of(text), settings=settings)
    if moment is not None:
        from dateparser.timezone_parser import pop_tz_offset_from_string

        if pop_tz_offset_from_string(text)[1] is None:
            # no zone written ("2026年12月1日 8:00"): WITA, marked as the naive times of the other
            # shapes are (WITA itself), so a zone the page or channel says can take its place
            moment = moment.astimezone(WITA)
    return moment


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|[\u0660-\u0669\u06f0-\u06f9]{4}")


def parse_to_iso(value: object, *, zone: tzinfo | None = None) -> str | None:
    """:func:`parse_datetime`, in the stored form; a time written without a zone is read in
    ``zone`` (a channel's ``timezone:``) when one is given, else WITA."""
    moment = parse_datetime(value)
    if moment is None:
        return None
    return to_iso(in_zone(moment, zone))


def in_zone(moment: datetime, zone: tzinfo | None) -> datetime:
    """``moment`` as :func:`parse_datetime` read it, with a time that was written without a zone
    (read as WITA: its ``tzinfo`` is :data:`WITA` itself) put in ``zone`` instead; a time whose zone
    was written, and any time when ``zone`` is None, unchanged."""
    return moment.replace(tzinfo=zone) if zone is not None and moment.tzinfo is WITA else moment


# --------------------------------------------------------------------------- plausibility

#: No KIM or government post is older than this; a date before it is a broken value.
EARLIEST_PLAUSIBLE = datetime(2000, 1, 1, tzinfo=UTC)
#: The longest span of days an option or setting may give (a window, a retention period): a hundred
#: years. Beyond it, dates leave what Python and the stored ISO form can hold.
MAX_DAYS = 36600
#: The last day a report may end on (``--until``); the first is the day of :data:`EARLIEST_PLAUSIBLE`.
LATEST_REPORT_DAY = datetime(2100, 12, 31, tzinfo=UTC)
#: How far ahead of now a publication time may be (clocks and time zones differ a little).
FUTURE_TOLERANCE = timedelta(days=1)
#: :data:`EARLIEST_PLAUSIBLE` in the stored form (``to_iso``), for comparing stored times as text.
EARLIEST_PLAUSIBLE_ISO = "2000-01-01T00:00:00Z"


def latest_plausible_iso(now: datetime | None = None) -> str:
    """The latest plausible publication time in the stored form: :data:`FUTURE_TOLERANCE` after ``now``."""
    return to_iso((now or datetime.now(UTC)) + FUTURE_TOLERANCE)


def implausible_published(published: str | None, latest: str | None = None) -> bool:
    """Whether ``published`` (stored form) is a time no post can have: before 2000 (a broken
    feed's ``Thu, 01 Jan 1970``) or after ``latest`` (default :func:`latest_plausible_iso`)."""
    if not published:
        return False
    return published < EARLIEST_PLAUSIBLE_ISO or published > (latest or latest_plausible_iso())


_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?|[+-]?(?:inf|infinity|nan)", re.IGNORECASE)


def implausible_date(value: object, now: datetime | None = None) -> str | None:
    """Why ``value`` (as given in an import file) is no believable publication time, or None.

    A number is no date (``123``, ``-1``, ``1e308`` would be read as seconds since 1970), nor
    is text with a sign (``-2024-01-01``) or a year alone; a time before 2000 or more than a
    day after ``now`` (default: now) is not believed. ``None`` does not say the value can be
    parsed, only that it is not implausible in these ways.
    """
    if isinstance(value, bool):
        return "true/false is not a date; write it as 2024-10-17T16:05:00+08:00"
    if isinstance(value, int | float):
        shown = repr(value) if not isinstance(value, int) or abs(value) < 10**40 else "a number of 40+ digits"
        return f"a number ({shown}) is not a date; write it as 2024-10-17T16:05:00+08:00"
    if isinstance(value, datetime):
        moment: datetime | None = value if value.tzinfo else value.replace(tzinfo=WITA)
    elif isinstance(value, str):
        text = value.strip()
        if _NUMBER.fullmatch(text):
            return f"a number ({text[:40]!r}) is not a date; write it as 2024-10-17T16:05:00+08:00"
        if text[:1] in "+-":
            return f"{text[:40]!r} has a sign; a date is written without one, as 2024-10-17"
        try:
            moment = parse_datetime(text) if len(text) <= 100 else None
        except (ValueError, OverflowError, OSError):
            moment = None
    else:
        return f"{type(value).__name__} is not a date"
    if moment is None:
        return None
    now = now or datetime.now(UTC)
    shown = moment.isoformat()
    if moment < EARLIEST_PLAUSIBLE:
        return f"{shown} is before 2000; no KIM post is that old (a wrong year?)"
    if moment > now + FUTURE_TOLERANCE:
        return (f"{shown} is more than a day in the future (now {now.astimezone(UTC).strftime(ISO_FORMAT)}); "
                "a wrong year or time zone?")
    return None
