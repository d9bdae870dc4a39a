from __future__ import annotations

import time
from datetime import timedelta

import pytest

from crawler.dates import parse_datetime, parse_to_iso, parse_zone


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-17T16:05:00+08:00", "2024-10-17T08:05:00Z"),
        ("2024-10-17T16:05:00", "2024-10-17T08:05:00Z"),  # naive = WITA
        ("2024-10-17 16:05", "2024-10-17T08:05:00Z"),
        ("2024-10-17", "2024-10-16T16:00:00Z"),  # midnight WITA
        ("2024-10-17T08:05:00Z", "2024-10-17T08:05:00Z"),
        ("Thu, 17 Oct 2024 08:05:00 +0000", "2024-10-17T08:05:00Z"),
        ("Thu, 17 Oct 2024 08:05:00 GMT", "2024-10-17T08:05:00Z"),
        ("Selasa, 29 Oktober 2024", "2024-10-28T16:00:00Z"),
        ("29 Okt 2024 10.15 WIB", "2024-10-29T03:15:00Z"),
        ("Rabu, 6 Nopember 2024 pukul 14:30 WITA", "2024-11-06T06:30:00Z"),
        ("17/10/2024 14:00", "2024-10-17T06:00:00Z"),
        (time.gmtime(86400), "1970-01-02T00:00:00Z"),
        ("3 ноября 2026", "2026-11-02T16:00:00Z"),  # pages in other languages: detected
        ("2026年11月3日", "2026-11-02T16:00:00Z"),
        ("3 de noviembre de 2026 10:15", "2026-11-03T02:15:00Z"),
        ("No. 12 Tahun 2026", None),  # a year alone is not a date
        ("bukan tanggal", None),
        ("", None),
        ("31 Februari 2024", None),
        # RFC 822 as real feeds write it (issue 11; shapes of feedparser's date tests)
        ("Fri,24 Nov 2023 18:28:36 -0000", "2023-11-24T18:28:36Z"),  # -0000 is UTC, not WITA
        ("Thu, 17 Oct 2024 16:05:00 +07:00", "2024-10-17T09:05:00Z"),  # +07:00 inside RFC 822
        ("Thu, 17 Oct 2024 16:05:00 WIB", "2024-10-17T09:05:00Z"),
        ("Thu, 17 Oct 2024 16:05:00 WIT", "2024-10-17T07:05:00Z"),
        ("Thu, 17 Oct 2024 16:05:00 UT", "2024-10-17T16:05:00Z"),
        ("Thu, 17 Oct 2024 16:05:00 Z", "2024-10-17T16:05:00Z"),
        ("Thu, 17 Oct 2024 16:05:00", "2024-10-17T08:05:00Z"),  # no zone: WITA
        ("Thu, 30 Apr 2015 08:57:00 MEST", "2015-04-30T06:57:00Z"),
        ("Mon, 26 January 2004 16:31:00 PT", "2004-01-27T00:31:00Z"),
        ("Mon, 26 January 2004 16:31:00 EDT", "2004-01-26T20:31:00Z"),
        ("Wed, 19 Feb 2012 22:40:00 GMT-01:01", "2012-02-19T23:41:00Z"),
        ("Wed, 19 Aug 2009 18:28:00 Etc/GMT", "2009-08-19T18:28:00Z"),
        ("Mon, 13 Feb, 2012 06:28:00 UTC", "2012-02-13T06:28:00Z"),
        ("Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Thu Aug 30 2012 17:26:16 +0200", "2012-08-30T15:26:16Z"),
        ("Sen, 28 Okt 2024 10:00:00 +0800", "2024-10-28T02:00:00Z"),  # Indonesian names in RFC 822
        ("Sun Jul 15 01:16:00 +0000 2012", "2012-07-15T01:16:00Z"),  # asctime with a zone
        ("2024-10-17 16:05 WIB", "2024-10-17T09:05:00Z"),
        ("2003-12-31T10:14:55.1234Z", "2003-12-31T10:14:55Z"),
        ("2004-07-08 23:56:58 -00:20", "2004-07-09T00:16:58Z"),
        ("2003-012-31T10:14:55+00:00", "2003-12-31T10:14:55Z"),  # Google's extra zero
        ("03-12-31", "2003-12-30T16:00:00Z"),  # 2-digit year: 2003, not 2031
        ("2003-335", "2003-11-30T16:00:00Z"),  # an ordinal date (ISO 8601): day 335 of 2003
        ("03335", None),  # five digits are a number (feedparser's two readers disagree on them)
        ("2004-366", "2004-12-30T16:00:00Z"),  # a leap year's last day
        ("2004-05-25 \uc624\ud6c4 11:23:17", "2004-05-25T14:23:17Z"),  # Korean (KST)
        # impossible dates are refused, not guessed
        ("Sun, 99 Jun 2009 12:00:00 GMT", None),
        ("Sun, 16 Dec 2012 1:2:3:4 GMT", None),
        ("Sun, 16 Dec 2012 11:47:32 +00:zz", None),
        ("Sun, 31 Dec 9999 23:59:59 -9999", None),
        ("2003-12-31T25:14:55Z", None),
        ("2013-01-27-01", None),
        ("2013-xx-27", None),
        ("2003-366", None),  # no day 366 in 2003: refused, not rolled over into 2004
        ("2003-000", None),
    ],
)
def test_parse_to_iso(value: object, expected: str | None) -> None:
    assert parse_to_iso(value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("October 17, 2024", "2024-10-16T16:00:00Z"),
    ("Thursday, October 17, 2024", "2024-10-16T16:00:00Z"),
    ("Oct 17, 2024 10:15 AM", "2024-10-17T02:15:00Z"),
    ("Thu,17 Oct 2024 10:00:00 GMT", "2024-10-17T10:00:00Z"),
])
def test_month_first_english_dates_are_read(text: str, expected: str) -> None:
    """"October 17, 2024" (Instagram previews, US sites) was cut into a weekday "Octo" and "ber"."""
    assert parse_to_iso(text) == expected


@pytest.mark.parametrize("text", ["3.00", "3.30", "10:15", " (3.00) ", "21.45"])
def test_a_bare_clock_time_is_no_publication_time(text: str) -> None:
    """"IPK 3.00", "harga 3.30": a number written like a time, with nothing saying it is one."""
    assert parse_datetime(text) is None


@pytest.mark.parametrize(("text", "hour", "offset"), [
    ("pukul 3.00", 3, 8), ("jam 3.30", 3, 8), ("3.00 pm", 15, 8), ("3.00 WIB", 3, 7), ("3.30 WIT", 3, 9),
])
def test_a_clock_time_with_its_context_is_a_time(text: str, hour: int, offset: int) -> None:
    moment = parse_datetime(text)
    assert moment is not None and moment.hour == hour
    assert moment.utcoffset() == timedelta(hours=offset)


def test_a_clock_time_beside_a_date_is_that_date_and_time() -> None:
    assert parse_to_iso("3 Oktober 2024 3.00") == "2024-10-02T19:00:00Z"


@pytest.mark.parametrize(("text", "in_tokyo"), [
    ("2026-11-24 10:15", "2026-11-24T01:15:00Z"),
    ("Tue, 24 Nov 2026 10:15:00", "2026-11-24T01:15:00Z"),
    ("Selasa, 24 November 2026 10.15", "2026-11-24T01:15:00Z"),
    ("2026年11月24日 10:15", "2026-11-24T01:15:00Z"),  # read by dateparser, no zone written
    ("24 ноября 2026 10:15", "2026-11-24T01:15:00Z"),
    ("24 ноября 2026 10:15 MSK", "2026-11-24T07:15:00Z"),  # its own zone
    ("2026-11-24T10:15:00+07:00", "2026-11-24T03:15:00Z"),
    ("24 November 2026 10.15 WITA", "2026-11-24T02:15:00Z"),
])
def test_a_zone_given_dates_only_the_times_written_without_one(text: str, in_tokyo: str) -> None:
    """A channel's `timezone:` is the zone of a time written without one, whichever parser read it;
    a zone the text writes (an offset, WITA, MSK) stays its own."""
    assert parse_to_iso(text, zone=parse_zone("Asia/Tokyo")) == in_tokyo
