"""Dates and times as kimwatch stores them: ISO 8601 strings in UTC.

Feeds, pages and import files give times in many shapes. A time without an offset is read as
WITA (Asia/Makassar, UTC+8), the local time of Kalimantan Selatan. Indonesian dates written out
("Selasa, 29 Oktober 2024", "29 Okt 2024 10.15 WITA") are understood; anything else falls back
to :mod:`dateparser`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
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
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WRITTEN = re.compile(
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\.?\s+(?P<year>\d{{4}})"
    r"(?:\W{1,3}(?:pukul\s+|jam\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?"
    r"(?:\s*(?P<zone>WIB|WITA|WIT|UTC|GMT))?",
    re.IGNORECASE,
)

ISO_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def to_iso(moment: datetime) -> str:
    """``moment`` as the stored form, ``2024-10-17T08:05:00Z``; naive means WITA."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=WITA)
    return moment.astimezone(UTC).strftime(ISO_FORMAT)


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

    Accepts datetimes, ``time.struct_time`` (as feedparser gives, always UTC), ISO 8601,
    RFC 822 (RSS), Unix timestamps, and written-out Indonesian/English dates. Naive = WITA.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=WITA)
    if hasattr(value, "tm_year"):  # time.struct_time from feedparser, in UTC
        st: Any = value
        return datetime(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, tzinfo=UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    iso = _parse_iso(text)
    if iso is not None:
        return iso
    if re.match(r"^[A-Za-z]{3},?\s+\d", text) or re.search(r"[+-]\d{4}$|GMT$", text):
        try:
            moment = parsedate_to_datetime(text)
            return moment if moment.tzinfo else moment.replace(tzinfo=WITA)
        except (TypeError, ValueError, IndexError):
            pass
    written = parse_written(text)
    if written is not None:
        return written
    return _parse_fallback(text)


def _parse_iso(text: str) -> datetime | None:
    candidate = text.replace("Z", "+00:00").replace("z", "+00:00")
    if " " in candidate and "T" not in candidate and re.match(r"^\d{4}-\d\d-\d\d \d", candidate):
        candidate = candidate.replace(" ", "T", 1)
    try:
        moment = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=WITA)


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
        moment = dateparser.parse(text, settings=settings)
    return moment


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|[\u0660-\u0669\u06f0-\u06f9]{4}")


def parse_to_iso(value: object) -> str | None:
    """:func:`parse_datetime`, in the stored form."""
    moment = parse_datetime(value)
    return to_iso(moment) if moment is not None else None


# --------------------------------------------------------------------------- plausibility

#: No KIM or government post is older than this; a date before it is a broken value.
EARLIEST_PLAUSIBLE = datetime(2000, 1, 1, tzinfo=UTC)
#: How far ahead of now a publication time may be (clocks and time zones differ a little).
FUTURE_TOLERANCE = timedelta(days=1)
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
