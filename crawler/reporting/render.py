"""Renderers of the report dict of :func:`crawler.reporting.kpis.build_report`: table, JSON, CSV, HTML.

They read only the dict, never the store, so every format shows the same numbers. Shares are
rounded for display only (one decimal of a percent); CSV keeps the unrounded values of the
JSON so spreadsheets can recompute. The HTML page is one self-contained file: inline CSS and
inline SVG charts, no script, no URL to anything outside it (channel addresses are shown as
text without their scheme), so it opens offline and can be mailed as an attachment.
"""

from __future__ import annotations

import csv
import heapq
import html
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any, TextIO

import click

from crawler.controls import visible_text
from crawler.dates import WITA, from_iso
from crawler.errors import ReportError
from crawler.reporting import publish
from crawler.reporting.kpis import ReportParts, not_reached_count, today_wita
from crawler.spreadsheets import csv_cell

FORMATS = ("table", "json", "csv", "html")
LANGS = ("id", "en")
CSV_TABLES = ("kims", "regions", "announcements", "summary", "trend")

_MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "KIM activity report",
        "period": "Period",
        "days": "days",
        "active_share": "Active share",
        "target": "Target",
        "target_met": "target met",
        "target_not_met": "target not met",
        "needed": "{n} more active KIM(s) needed",
        "window.future": ("This period has not begun yet (today is {today}, WITA): nothing can be known of it, "
                          "so the figures below are no result."),
        "window.open": "This period is not over: it runs until {last}; the figures are those so far.",
        "no_result_yet": "no result yet",
        "of_registered": "{active} of {registered} registered KIMs active",
        "registered": "Registered",
        "active": "active",
        "inactive": "inactive",
        "unmeasured": "unmeasured",
        "min_amplifications": "A KIM is active when it amplified at least {k} announcement(s) in the period.",
        "region": "Region",
        "regions": "Active share by kabupaten/kota",
        "kims": "All KIMs",
        "kim": "KIM",
        "name": "Name",
        "status": "Status",
        "uncertain_only": "active only through {n} uncertain match(es)",
        "uncertain_total": "Uncertain matches waiting for review (counted nowhere until confirmed: `kimwatch review`): {n}",
        "posts": "Posts",
        "amplifications": "Amplif.",
        "announcements_amplified": "Announc.",
        "median_lag": "Median lag (h)",
        "first_lag": "First lag (h)",
        "last_amplified": "Last amplified (WITA)",
        "channels": "Channels",
        "announcements": "Announcements",
        "top_announcements": "Top announcements by reach",
        "announcement": "Announcement",
        "title_column": "Title",
        "withdrawn": "withdrawn",
        "withdrawn_note": ("Withdrawn: the source took the announcement down (its page answered 404/410 twice in a "
                           "row); the amplifications made of it still count. Withdrawn in this period: {n}"),
        "not_reached_short": "Not reached",
        "empty": "No KIM registered{region}: load a registry with `kimwatch registry load FILE`.",
        "published": "Published (WITA)",
        "source": "Source",
        "kims_reached": "KIMs reached",
        "regions_reached": "Regions",
        "not_reached": "Expected KIMs not reached",
        "trend": "Weekly trend of the active share",
        "week": "Week ending",
        "inactive_kims": "Inactive KIMs (follow up)",
        "health_as_of": "Channel health as it was at the end of the period ({day}, WITA), not today's.",
        "health_now": "{count} channel(s) first read after it: as they are now.",
        "channel_problems": "Active KIMs with a channel in trouble",
        "unmeasured_kims": "Unmeasured KIMs (no readable channel)",
        "why": "Why",
        "none": "none",
        "total": "Total",
        "all_kims": "All KIMs",
        "region_filter": "Region",
        "generated": "Generated",
        "no_channel": "no channel registered",
        "footer": ("Active: amplified at least {k} distinct announcement(s) whose amplifying post was "
                   "published in the period (rejected and uncertain matches not counted). Unmeasured: not active, no "
                   "channel fetched successfully and no post in the period. Retired KIMs are excluded."),
        "reason.amplified": "amplified announcements",
        "reason.below_min_amplifications": "amplified fewer than {k} announcements",
        "reason.no_amplification": "posted, but amplified no announcement",
        "reason.no_posts": "channels readable, nothing posted",
        "reason.no_channels": "no channel registered",
        "reason.no_crawlable_channel": "no channel that can be read automatically",
        "reason.no_successful_fetch": "its channels were fetched in the period, always without success",
        "reason.never_fetched": "its channels have never been fetched yet",
        "reason.not_fetched_in_period": "its channels were not fetched in the period",
        "reason.waiting_retry_after": "its server asked to come back later (Retry-After); not read yet",
        "reason.host_paused": ("its channels were not reached: their host was paused after another "
                               "channel's 429 (no failure of this KIM; asked first on the next crawl)"),
        "health.ok": "ok",
        "health.empty": "read, nothing found",
        "health.failing": "failing",
        "health.broken": "broken",
        "health.parked": "parked domain (expired or for sale)",
        "health.never_fetched": "never fetched",
        "health.waiting": "waiting (Retry-After)",
        "health.host_paused": "not reached (host paused)",
        "health.not_crawlable": "not readable",
        "health.retired": "retired",
        "hours": "h",
        "no_data_yet": "no data yet",
    },
    "id": {
        "title": "Laporan Keaktifan KIM",
        "period": "Periode",
        "days": "hari",
        "active_share": "Persentase KIM aktif",
        "target": "Target",
        "target_met": "target tercapai",
        "target_not_met": "target belum tercapai",
        "needed": "perlu {n} KIM aktif lagi",
        "window.future": ("Periode ini belum dimulai (hari ini {today}, WITA): belum ada yang dapat diketahui, "
                          "jadi angka di bawah ini bukan hasil."),
        "window.open": "Periode ini belum selesai: berlangsung sampai {last}; angkanya adalah angka sementara.",
        "no_result_yet": "belum ada hasil",
        "of_registered": "{active} dari {registered} KIM terdaftar aktif",
        "registered": "Terdaftar",
        "active": "aktif",
        "inactive": "tidak aktif",
        "unmeasured": "tidak terukur",
        "min_amplifications": "KIM disebut aktif bila menyebarkan sedikitnya {k} pengumuman dalam periode ini.",
        "region": "Kabupaten/Kota",
        "regions": "Persentase KIM aktif per kabupaten/kota",
        "kims": "Rincian per KIM",
        "kim": "KIM",
        "name": "Nama",
        "status": "Status",
        "uncertain_only": "aktif hanya lewat {n} kecocokan belum pasti",
        "uncertain_total": "Kecocokan belum pasti menunggu pemeriksaan (belum dihitung sampai dikonfirmasi: `kimwatch review`): {n}",
        "posts": "Unggahan",
        "amplifications": "Penyebaran",
        "announcements_amplified": "Pengumuman",
        "median_lag": "Median jeda (jam)",
        "first_lag": "Jeda pertama (jam)",
        "last_amplified": "Terakhir menyebarkan (WITA)",
        "channels": "Kanal",
        "announcements": "Pengumuman",
        "top_announcements": "Pengumuman dengan jangkauan terluas",
        "announcement": "Pengumuman",
        "title_column": "Judul",
        "withdrawn": "ditarik",
        "withdrawn_note": ("Ditarik: sumbernya menurunkan pengumuman ini (halamannya menjawab 404/410 dua kali "
                           "berturut-turut); penyebaran yang sudah terjadi tetap dihitung. Ditarik dalam periode ini: {n}"),
        "not_reached_short": "Belum",
        "empty": "Belum ada KIM terdaftar{region}: muat registri dengan `kimwatch registry load FILE`.",
        "published": "Terbit (WITA)",
        "source": "Sumber",
        "kims_reached": "KIM yang menyebarkan",
        "regions_reached": "Kab/Kota",
        "not_reached": "KIM sasaran yang belum menyebarkan",
        "trend": "Tren mingguan persentase KIM aktif",
        "week": "Minggu berakhir",
        "inactive_kims": "KIM tidak aktif (perlu ditindaklanjuti)",
        "health_as_of": "Kondisi kanal seperti pada akhir periode ({day}, WITA), bukan kondisi hari ini.",
        "health_now": "{count} kanal baru dibaca sesudahnya: kondisi sekarang.",
        "channel_problems": "KIM aktif dengan kanal bermasalah",
        "unmeasured_kims": "KIM tidak terukur (tidak ada kanal yang terbaca)",
        "why": "Keterangan",
        "none": "tidak ada",
        "total": "Jumlah",
        "all_kims": "Semua KIM",
        "region_filter": "Wilayah",
        "generated": "Dibuat",
        "no_channel": "belum ada kanal terdaftar",
        "footer": ("Aktif: menyebarkan sedikitnya {k} pengumuman berbeda lewat unggahan yang terbit dalam "
                   "periode (kecocokan yang ditolak petugas tidak dihitung). Tidak terukur: tidak aktif, "
                   "tidak ada kanal yang berhasil diambil dan tidak ada unggahan dalam periode. KIM yang "
                   "sudah tidak terdaftar lagi tidak dihitung."),
        "reason.amplified": "menyebarkan pengumuman",
        "reason.below_min_amplifications": "menyebarkan kurang dari {k} pengumuman",
        "reason.no_amplification": "ada unggahan, tetapi tidak menyebarkan pengumuman",
        "reason.no_posts": "kanal terbaca, tidak ada unggahan",
        "reason.no_channels": "belum ada kanal terdaftar",
        "reason.no_crawlable_channel": "tidak ada kanal yang dapat dipantau otomatis",
        "reason.no_successful_fetch": "kanal selalu gagal diambil selama periode",
        "reason.never_fetched": "kanal belum pernah diambil",
        "reason.not_fetched_in_period": "kanal tidak diambil selama periode",
        "reason.waiting_retry_after": "server meminta kembali nanti (Retry-After); belum terbaca",
        "reason.host_paused": ("kanal belum dijangkau: server kanal dijeda karena kanal lain ditolak (429); "
                               "bukan kegagalan KIM ini, didahulukan pada perayapan berikutnya"),
        "health.ok": "baik",
        "health.empty": "terbaca, tidak ada unggahan ditemukan",
        "health.failing": "gagal",
        "health.broken": "rusak",
        "health.parked": "domain diparkir (kedaluwarsa atau dijual)",
        "health.never_fetched": "belum pernah diambil",
        "health.waiting": "menunggu (Retry-After)",
        "health.host_paused": "belum dijangkau (server dijeda)",
        "health.not_crawlable": "tidak dapat dipantau",
        "health.retired": "tidak dipakai",
        "hours": "jam",
        "no_data_yet": "belum ada data",
    },
}


def render(report: dict[str, Any], fmt: str = "table", lang: str | None = None, *,
           color: bool = False, csv_table: str = "kims", keep_personal_data: bool = False) -> str:
    """The report dict of :func:`~crawler.reporting.kpis.build_report` in ``fmt`` (table, json,
    csv, html) as text: what :func:`write_report` writes, kept in a string.

    ``lang`` is ``id`` or ``en``; None means Bahasa Indonesia for HTML (the page officials
    read) and English for the terminal table. ``color`` adds ANSI colours to the table.
    Every format goes through the publication filter (:mod:`crawler.reporting.publish`):
    no credentials, secrets or internal addresses, and personal data masked unless
    ``keep_personal_data``.
    """
    out = io.StringIO()
    write_report(ReportParts.from_dict(report), out, fmt, lang, color=color, csv_table=csv_table,
                 keep_personal_data=keep_personal_data)
    return out.getvalue()


def write_report(parts: ReportParts, out: TextIO, fmt: str = "table", lang: str | None = None, *,
                 color: bool = False, csv_table: str = "kims", keep_personal_data: bool = False) -> None:
    """Write the report in ``fmt`` to ``out`` piece by piece (options as :func:`render`).

    JSON and CSV write one KIM or announcement entry at a time, each through the publication
    filter on its own; HTML writes its page up to the table of every KIM, then that table row by
    row; the table's columns are aligned over all rows, so it keeps its cells (not the entries)
    until the end. Every format writes the same bytes as rendering the report's dict would.
    """
    if fmt not in FORMATS:
        raise ReportError(f"report format {fmt!r} is unknown; use one of: {', '.join(FORMATS)}")
    if lang is not None and lang not in LANGS:
        raise ReportError(f"language {lang!r} is unknown; use one of: {', '.join(LANGS)}")
    if fmt == "csv" and csv_table not in CSV_TABLES:
        raise ReportError(f"CSV table {csv_table!r} is unknown; use one of: {', '.join(CSV_TABLES)}")
    view = _View(parts, lambda value: publish.clean_report(value, keep_personal_data=keep_personal_data))
    if fmt == "json":
        _write_json(view, out)
    elif fmt == "csv":
        _write_csv(view, out, csv_table)
    elif fmt == "html":
        _write_html(view, out, lang or "id")
    else:
        out.write(_table(view, lang or "en", color=color))


class _View:
    """The parts of a report as a renderer reads them: each piece cleaned for publication as it is read."""

    def __init__(self, parts: ReportParts, clean: Callable[[Any], Any]) -> None:
        self.parts = parts
        self.clean = clean
        self.head: dict[str, Any] = clean(parts.head)

    def kims(self) -> Iterator[dict[str, Any]]:
        return (self.clean(kim) for kim in self.parts.kims)

    def announcements(self) -> Iterator[dict[str, Any]]:
        return (self.clean(entry) for entry in self.parts.announcements())

    def top_announcements(self, n: int) -> list[dict[str, Any]]:
        """The ``n`` announcements of widest reach, each with its ``kims_not_reached`` when known."""
        top = heapq.nsmallest(n, self.parts.announcements(lists=False), key=lambda a: (
            -a["kims_reached"], -a["regions_reached"], a["published_at"] or ""))
        entries = []
        for entry in top:
            names = self.parts.not_reached(entry)
            entries.append(self.clean(entry if names is None else {**entry, "kims_not_reached": names}))
        return entries


def _json(value: Any, indent: str) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + indent)


def _write_json(view: _View, out: TextIO) -> None:
    """The report as ``json.dumps(report, indent=2, ensure_ascii=False)`` writes it, entry by entry."""
    streams: dict[str, Callable[[], Iterator[dict[str, Any]]]] = {
        "kims": view.kims, "announcements": view.announcements}
    out.write("{")
    for index, (key, value) in enumerate(view.head.items()):
        out.write(("\n  " if index == 0 else ",\n  ") + json.dumps(key, ensure_ascii=False) + ": ")
        if value is None and key in streams:
            written = 0
            for entry in streams[key]():
                out.write(("[\n    " if not written else ",\n    ") + _json(entry, "    "))
                written += 1
            out.write("\n  ]" if written else "[]")
        else:
            out.write(_json(value, "  "))
    out.write("\n}\n" if view.head else "{}\n")


# --------------------------------------------------------------------------- number formats

def format_share(value: float | None, lang: str = "en") -> str:
    """A fraction as a percentage with one decimal: 0.375 → ``37.5%`` (``37,5%`` in Indonesian)."""
    if value is None:
        return "-"
    text = f"{value * 100:.1f}%"
    return text.replace(".", ",") if lang == "id" else text


def format_decimal(value: float | None, lang: str = "en", places: int = 1) -> str:
    """A number with ``places`` decimals (a decimal comma in Indonesian), ``-`` when unknown."""
    if value is None:
        return "-"
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang == "id" else text


def format_hours(value: float | None, lang: str = "en") -> str:
    """Hours with one decimal, ``-`` when unknown."""
    return format_decimal(value, lang)


def format_local(value: str | None) -> str:
    """A stored UTC timestamp as WITA wall time, ``2024-10-31 23:59``."""
    if not value:
        return "-"
    try:
        return from_iso(value).astimezone(WITA).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return value


def format_day(value: str, lang: str) -> str:
    """``2024-10-02`` as ``2 Oktober 2024`` / ``2 October 2024``."""
    day = date.fromisoformat(value)
    return f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def _label(lang: str, key: str, **values: Any) -> str:
    return LABELS[lang][key].format(**values)


def window_note(report: dict[str, Any], lang: str) -> str:
    """What to say of a window that is not over: one that has not begun (``future``), or one that
    runs on after today (``open`` with a last day after today); empty otherwise (a past window, or
    one ending today, the daily report's)."""
    status = report.get("window_status")
    w = report["window"]
    if status == "future":
        return _label(lang, "window.future", today=today_wita().isoformat())
    if status == "open" and w["last_day"] > today_wita().isoformat():
        return _label(lang, "window.open", last=w["last_day"])
    return ""


def health_note(report: dict[str, Any], lang: str) -> str:
    """For a past window, that its channel health is as of its end (``channel_health_as_of``); else empty."""
    if not report.get("channel_health_as_of"):
        return ""
    note = _label(lang, "health_as_of", day=format_day(report["window"]["last_day"], lang))
    later = report.get("channels_health_now") or 0
    return f"{note} {_label(lang, 'health_now', count=later)}" if later else note


#: Channel health codes a person should look at (the report's follow-up).
TROUBLE = ("failing", "broken", "parked", "waiting", "host_paused")


def _target_text(report: dict[str, Any], lang: str, sep: str) -> str:
    """The headline's "target met" / "target not met, N more needed" / "no result yet" (a future period)."""
    if report.get("window_status") == "future":
        return _label(lang, "no_result_yet")
    if report["target_met"]:
        return _label(lang, "target_met")
    return f"{_label(lang, 'target_not_met')}{sep}{_label(lang, 'needed', n=report['kims_needed_for_target'])}"


def _uncertain_note(kim: dict[str, Any], lang: str) -> str:
    """For a KIM that is not active but has uncertain matches (close to the matcher's threshold,
    not counted until a person confirms them), that it would be; else empty."""
    if kim["status"] != "active" and kim.get("uncertain"):
        return _label(lang, "uncertain_only", n=kim["uncertain"])
    return ""


def _status_text(kim: dict[str, Any], lang: str) -> str:
    """The KIM's status, with :func:`_uncertain_note` in brackets."""
    note = _uncertain_note(kim, lang)
    return _label(lang, kim["status"]) + (f" ({note})" if note else "")


def _channels_text(kim: dict[str, Any], lang: str) -> str:
    if not kim["channels"]:
        return _label(lang, "no_channel")
    # a KIM with 30 feeds in one state gets "feed ×30: read, nothing found", not 30 repeats
    counts: dict[tuple[str, str], int] = {}
    for c in kim["channels"]:
        counts[c["type"], c["health"]] = counts.get((c["type"], c["health"]), 0) + 1
    return ", ".join(f"{kind} ×{n}: {_label(lang, 'health.' + health)}" if n > 1
                     else f"{kind}:{_label(lang, 'health.' + health)}" for (kind, health), n in counts.items())


# --------------------------------------------------------------------------- table

_STATUS_COLOURS = {"active": "green", "inactive": "yellow", "unmeasured": "red"}


def _grid(header: Sequence[str], rows: Iterable[Sequence[Any]], *, right: Iterable[int] = (),
          styles: Callable[[int, int, str], str] | None = None) -> list[str]:
    """Aligned columns; ``styles(row, column, padded_text)`` may colour a padded cell."""
    body = [[visible_text(str(v)) or "" for v in row] for row in rows]  # no escape sequence from the store
    widths = [max(len(r[i]) for r in [list(header), *body]) for i in range(len(header))]
    right_set = set(right)
    lines = []
    for index, row in enumerate([list(header), *body]):
        cells = []
        for col, value in enumerate(row):
            padded = value.rjust(widths[col]) if col in right_set else value.ljust(widths[col])
            if styles and index > 0:
                padded = styles(index - 1, col, padded)
            cells.append(padded)
        lines.append("  ".join(cells).rstrip())
    return lines


def render_table(report: dict[str, Any], lang: str = "en", *, color: bool = False) -> str:
    """The report for a terminal: headline, regions, KIMs, announcements, weekly trend."""
    return _table(_View(ReportParts.from_dict(report), _as_is), lang, color=color)


def _as_is(value: Any) -> Any:
    return value


def _table(view: _View, lang: str, *, color: bool) -> str:
    report = view.head

    def style(text: str, **kwargs: Any) -> str:
        return click.style(text, **kwargs) if color else text

    w = report["window"]
    k = report["min_amplifications"]
    met = report["target_met"]
    lines = [
        style(f"{_label(lang, 'title')}: {w['first_day']} .. {w['last_day']} "
              f"({w['days']} {_label(lang, 'days')}, WITA)"
              + (f" — {report['region_filter']}" if report["region_filter"] else ""), bold=True),
        *([style(note, fg="yellow", bold=True)] if (note := window_note(report, lang)) else []),
        *([health] if (health := health_note(report, lang)) else []),
        f"{_label(lang, 'active_share')}: "
        + style(format_share(report["active_share"], lang), fg="green" if met else "red", bold=True)
        + f" ({_label(lang, 'of_registered', active=report['kims_active'], registered=report['kims_registered'])})"
        + f" — {_label(lang, 'target')} {format_share(report['target_share'], lang)}: "
        + _target_text(report, lang, ", "),
        f"{_label(lang, 'registered')}: {report['kims_registered']}  "
        f"{_label(lang, 'active').capitalize()}: {report['kims_active']}  "
        f"{_label(lang, 'inactive').capitalize()}: {report['kims_inactive']}  "
        f"{_label(lang, 'unmeasured').capitalize()}: {report['kims_unmeasured']}",
        _label(lang, "min_amplifications", k=k),
        *([_label(lang, "uncertain_total", n=report["amplifications_uncertain"])]
          if report.get("amplifications_uncertain") else []),
        "",
    ]
    if not report["kims_registered"]:
        region = f" ({report['region_filter']})" if report["region_filter"] else ""
        lines += [_label(lang, "empty", region=region), ""]

    regions = report["regions"]
    region_rows = [[r["region"], r["registered"], r["active"], r["inactive"], r["unmeasured"],
                    format_share(r["active_share"], lang)] for r in regions]
    region_rows.append([_label(lang, "total"), report["kims_registered"], report["kims_active"],
                        report["kims_inactive"], report["kims_unmeasured"],
                        format_share(report["active_share"], lang)])

    def region_style(row: int, col: int, text: str) -> str:
        if col != 5:
            return text
        share = regions[row]["active_share"] if row < len(regions) else report["active_share"]
        return style(text, fg="green" if share >= report["target_share"] else "red")

    lines += _grid([_label(lang, "region"), _label(lang, "registered"), _label(lang, "active").capitalize(),
                    _label(lang, "inactive").capitalize(), _label(lang, "unmeasured").capitalize(),
                    _label(lang, "active_share")],
                   region_rows, right=(1, 2, 3, 4, 5), styles=region_style)
    lines.append("")

    statuses = []
    kim_rows = []
    for kim in view.kims():
        statuses.append(kim["status"])
        kim_rows.append([kim["id"], kim["region"], _status_text(kim, lang), kim["posts"], kim["amplifications"],
                         kim["announcements_amplified"], format_hours(kim["median_lag_hours"], lang),
                         format_local(kim["last_amplified_at"]), _channels_text(kim, lang)])

    def kim_style(row: int, col: int, text: str) -> str:
        if col == 2:
            return style(text, fg=_STATUS_COLOURS[statuses[row]])
        return text

    lines += _grid([_label(lang, "kim"), _label(lang, "region"), _label(lang, "status"), _label(lang, "posts"),
                    _label(lang, "amplifications"), _label(lang, "announcements_amplified"),
                    _label(lang, "median_lag"), _label(lang, "last_amplified"), _label(lang, "channels")],
                   kim_rows, right=(3, 4, 5, 6), styles=kim_style)
    lines.append("")

    anns = [[a["id"], format_local(a["published_at"]), a["source_id"], a["kims_reached"],
             a["regions_reached"], format_hours(a["first_lag_hours"], lang),
             format_hours(a["median_lag_hours"], lang),
             f"{not_reached_count(a)}/{a['kims_expected']}", _titled(a, lang, 60)]
            for a in view.announcements()]
    if anns:
        lines += _grid([_label(lang, "announcement"), _label(lang, "published"), _label(lang, "source"),
                        _label(lang, "kims_reached"), _label(lang, "regions_reached"), _label(lang, "first_lag"),
                        _label(lang, "median_lag"), _label(lang, "not_reached_short"), _label(lang, "title_column")],
                       anns, right=(3, 4, 5, 6, 7))
    else:
        lines.append(f"{_label(lang, 'announcements')}: {_label(lang, 'none')}")
    if report.get("announcements_withdrawn"):
        lines.append(_label(lang, "withdrawn_note", n=report["announcements_withdrawn"]))
    if report["trend"]:
        lines.append("")
        lines += _grid([_label(lang, "week"), _label(lang, "active").capitalize(), _label(lang, "active_share"), ""],
                       [[t["last_day"], "-" if t["active"] is None else t["active"],
                         format_share(t["active_share"], lang) if t["active_share"] is not None
                         else _label(lang, "no_data_yet"),
                         "#" * round((t["active_share"] or 0) * 40)] for t in report["trend"]], right=(1, 2))
    return "\n".join(lines) + "\n"


def withdrawn_mark(announcement: dict[str, Any], lang: str) -> str:
    """``[ditarik] `` (``[withdrawn] ``) before the title of a withdrawn announcement, else nothing."""
    return f"[{_label(lang, 'withdrawn')}] " if announcement.get("withdrawn_at") else ""


def _titled(announcement: dict[str, Any], lang: str, width: int) -> str:
    return _shorten(withdrawn_mark(announcement, lang) + (announcement["title"] or ""), width)


def _shorten(text: str, width: int) -> str:
    text = " ".join((visible_text(text) or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------- CSV

KIM_CSV_COLUMNS = ("id", "name", "region", "district", "village", "status", "status_reason", "posts",
                   "amplifications", "announcements_amplified", "median_lag_hours", "last_amplified_at",
                   "channels", "channels_ok", "channel_health", "uncertain", "channel_health_as_of")
"""``uncertain``: the KIM's matches waiting for review (counted nowhere until confirmed), and
``channel_health_as_of`` (a past period's channel health is as of its end: that time, UTC; empty for
a period running until today: health now), last so that the columns before them keep their places."""
REGION_CSV_COLUMNS = ("region", "registered", "active", "inactive", "unmeasured", "active_share",
                      "target_met", "kims_needed_for_target")
ANNOUNCEMENT_CSV_COLUMNS = ("id", "title", "url", "source_id", "source_name", "source_region", "published_at",
                            "kims_reached", "regions_reached", "amplifications", "first_amplified_at",
                            "first_lag_hours", "median_lag_hours", "kims_expected", "kims_not_reached",
                            "withdrawn_at")
"""``withdrawn_at``: when the source's page of it was found gone (empty: live), last so that the
columns before it keep their places."""
ANNOUNCEMENT_COUNT_CSV_COLUMNS = (*ANNOUNCEMENT_CSV_COLUMNS[:-2], "kims_not_reached_count", "withdrawn_at")
"""The announcements table of a report without lists: the count of expected KIMs not reached, not their ids."""
TREND_CSV_COLUMNS = ("first_day", "last_day", "start", "end", "active", "registered", "active_share")
SUMMARY_CSV_KEYS = ("window_start", "window_end", "window_first_day", "window_last_day", "days",
                    "region_filter", "min_amplifications", "target_share", "kims_registered", "kims_active",
                    "kims_inactive", "kims_unmeasured", "active_share", "target_met", "kims_needed_for_target",
                    "generated_at", "amplifications_uncertain", "kims_active_by_evidence_crawl",
                    "kims_active_by_evidence_import", "kims_active_by_evidence_self-report",
                    "announcements_withdrawn", "window_status", "channel_health_as_of")


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return csv_cell(" ".join(str(v) for v in value))
    return csv_cell(value)


def render_csv(report: dict[str, Any], table: str = "kims") -> str:
    """One table of the report as CSV (unrounded numbers, UTC timestamps, as in the JSON).

    ``kims`` (default, one row per KIM), ``regions``, ``announcements`` (``kims_not_reached``
    space-separated, or ``kims_not_reached_count`` for a report without lists), ``trend``, or
    ``summary`` (``metric,value`` rows of the headline figures).
    """
    if table not in CSV_TABLES:
        raise ReportError(f"CSV table {table!r} is unknown; use one of: {', '.join(CSV_TABLES)}")
    out = io.StringIO()
    _write_csv(_View(ReportParts.from_dict(report), _as_is), out, table)
    return out.getvalue()


def _write_csv(view: _View, out: TextIO, table: str) -> None:
    writer = csv.writer(out, lineterminator="\n")  # every cell through _csv_value → csv_cell
    report = view.head
    rows: Iterable[dict[str, Any]]
    if table == "summary":
        w = report["window"]
        values = {"window_start": w["start"], "window_end": w["end"], "window_first_day": w["first_day"],
                  "window_last_day": w["last_day"], "days": w["days"], **report,
                  **{f"kims_active_by_evidence_{kind}": n
                     for kind, n in (report.get("kims_active_by_evidence") or {}).items()}}
        writer.writerow(["metric", "value"])
        for key in SUMMARY_CSV_KEYS:
            writer.writerow([key, _csv_value(values.get(key))])
        return
    if table == "kims":
        columns: Sequence[str] = KIM_CSV_COLUMNS
        rows = ({**kim, "channels": len(kim["channels"]),
                 "channels_ok": sum(1 for c in kim["channels"] if c["health"] == "ok"),
                 "channel_health": "; ".join(f"{c['type']}:{c['health']}" for c in kim["channels"]),
                 "channel_health_as_of": report.get("channel_health_as_of")}
                for kim in view.kims())
    elif table == "regions":
        columns, rows = REGION_CSV_COLUMNS, report["regions"]
    elif table == "announcements":
        columns = ANNOUNCEMENT_CSV_COLUMNS if view.parts.lists else ANNOUNCEMENT_COUNT_CSV_COLUMNS
        rows = view.announcements()
    else:
        columns, rows = TREND_CSV_COLUMNS, report["trend"]
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_value(row.get(c)) for c in columns])


# --------------------------------------------------------------------------- HTML

_SCHEME = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://")


def _text(value: Any) -> str:
    """Escaped text for the page; URL schemes are dropped so the page names no external URL."""
    return html.escape(_SCHEME.sub("", str(value if value is not None else "")).replace("//", "/"))


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1d2733;background:#f4f6f8}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.2em;margin:32px 0 8px;border-bottom:2px solid #d5dde5;padding-bottom:4px}
.muted{color:#5b6b7b}.card{background:#fff;border-radius:8px;padding:16px 20px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.headline{display:flex;gap:32px;align-items:center;flex-wrap:wrap}
.big{font-size:3.4em;font-weight:700;line-height:1}.ok{color:#1e7b34}.bad{color:#b3261e}.warn{color:#9a6700}
.counts span{display:inline-block;margin-right:18px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.92em}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e8ee;vertical-align:top}
th{background:#eef2f6}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.pill{display:inline-block;border-radius:10px;padding:1px 8px;font-size:.85em;background:#eef2f6}
.pill.active{background:#d7f0dd}.pill.inactive{background:#fdf0c8}.pill.unmeasured{background:#f9d6d3}
.pill.ok{background:#d7f0dd}.pill.failing,.pill.never_fetched,.pill.empty{background:#fdf0c8}.pill.broken{background:#f9d6d3}
.pill.waiting,.pill.host_paused{background:#dbe8f6}.pill.parked{background:#f3c3bd}
ul.ch{margin:0;padding-left:16px;overflow-wrap:anywhere}td{overflow-wrap:break-word}svg{max-width:100%;height:auto}
footer{margin-top:32px;font-size:.85em}
.withdrawn{background:#b71c1c;color:#fff;border-radius:3px;padding:0 4px;font-size:.8em;text-transform:uppercase}
.scroll,.chart{overflow-x:auto;-webkit-overflow-scrolling:touch}.chart svg{max-width:none}
.bars{margin:0}.bar{display:grid;grid-template-columns:minmax(8em,15em) minmax(6em,1fr) 8.5em;gap:4px 10px;
align-items:center;margin:7px 0}.bar-label{text-align:right}.bar-value{white-space:nowrap;font-variant-numeric:tabular-nums}
.bar-track{position:relative;height:20px;background:#e9eef3}.bar-fill{height:100%}
.bar-target{position:absolute;top:-4px;bottom:-4px;border-left:2px dashed #1d2733}
.bar-legend{font-size:.85em;margin:0 0 4px}.bar-legend i{display:inline-block;width:0;height:12px;
border-left:2px dashed #1d2733;margin:0 6px -2px 0}
.bar-fill,.pill,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@media (max-width:640px){
main{padding:12px}h1{font-size:1.35em}.big{font-size:2.6em}.card{padding:12px}
.headline{gap:12px}.counts span{margin-right:10px}
table{display:block;overflow-x:auto;-webkit-overflow-scrolling:touch;font-size:.88em}
th,td{padding:5px 6px}
.bar{grid-template-columns:minmax(0,1fr) 7.5em}.bar-label{grid-column:1/-1;text-align:left;font-weight:600}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:auto}table.cards thead{display:none}
table.cards tr{border-bottom:1px solid #d5dde5;padding:4px 0}table.cards td{border:0;padding:2px 8px;text-align:left}
table.cards td[data-label]::before{content:attr(data-label) ": ";color:#5b6b7b}
}
@media print{
@page{size:A4;margin:14mm}
body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}
.card{box-shadow:none;border:1px solid #c9d3dd}h2{break-after:avoid}
tr,.bar,.card{break-inside:avoid}table{display:table;font-size:9.5pt}
.scroll,.chart{overflow:visible}.chart svg{max-width:100%}
table.cards{display:table}table.cards thead{display:table-header-group}table.cards tr{display:table-row}
table.cards td{display:table-cell}table.cards td::before{content:none}
details::details-content{content-visibility:visible;display:block}
}
"""


def page_css() -> str:
    """The report page's style sheet (screen, phone and print), shared by the one-KIM page."""
    return _CSS


def _bar_colour(share: float, target: float) -> str:
    if share >= target:
        return "#2e8b47"
    if share >= target / 2:
        return "#d49a00"
    return "#c0392b"


def region_chart_svg(report: dict[str, Any], lang: str) -> str:
    """Horizontal bars of the active share per region, with the target as a dashed line."""
    regions = report["regions"]
    target = report["target_share"]
    label_w, bar_w, row_h, top = 230, 380, 28, 26
    width = label_w + bar_w + 80
    height = top + row_h * max(1, len(regions)) + 10
    parts = [f'<svg role="img" aria-label="{_text(_label(lang, "regions"))}" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}">']
    for i, region in enumerate(regions):
        y = top + i * row_h
        w = region["active_share"] * bar_w
        parts.append(f'<text x="{label_w - 8}" y="{y + 18}" text-anchor="end" font-size="13">'
                     f'{_text(region["region"])}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{bar_w}" height="{row_h - 8}" fill="#e9eef3"/>')
        parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" '
                     f'fill="{_bar_colour(region["active_share"], target)}"/>')
        parts.append(f'<text x="{label_w + bar_w + 8}" y="{y + 18}" font-size="13">'
                     f'{_text(format_share(region["active_share"], lang))} '
                     f'({region["active"]}/{region["registered"]})</text>')
    tx = label_w + target * bar_w
    parts.append(f'<line x1="{tx:.1f}" y1="{top - 6}" x2="{tx:.1f}" y2="{height - 6}" stroke="#1d2733" '
                 'stroke-width="2" stroke-dasharray="5,4"/>')
    parts.append(f'<text x="{tx:.1f}" y="{top - 10}" text-anchor="middle" font-size="12">'
                 f'{_text(_label(lang, "target"))} {_text(format_share(target, lang))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def region_bars_html(report: dict[str, Any], lang: str) -> str:
    """The active share per region as HTML bars (they reflow on a phone, and their text is the
    page's own, not scaled down like an SVG's), with the target as a dashed line."""
    target = report["target_share"]
    target_text = f"{_label(lang, 'target')} {format_share(target, lang)}"
    rows = []
    for region in report["regions"]:
        share = region["active_share"]
        rows.append(
            f'<div class="bar"><div class="bar-label">{_text(region["region"])}</div>'
            f'<div class="bar-track"><div class="bar-fill" style="width:{share * 100:.1f}%;'
            f'background:{_bar_colour(share, target)}"></div>'
            f'<div class="bar-target" style="left:{target * 100:.1f}%" title="{_text(target_text)}"></div></div>'
            f'<div class="bar-value">{_text(format_share(share, lang))} '
            f'({region["active"]}/{region["registered"]})</div></div>')
    return (f'<div class="bars" role="img" aria-label="{_text(_label(lang, "regions"))}">'
            f'<p class="bar-legend muted"><i></i>{_text(target_text)}</p>{"".join(rows)}</div>')


def trend_chart_svg(report: dict[str, Any], lang: str) -> str:
    """The weekly active share as a line, with the target as a dashed line."""
    trend = report["trend"]
    target = report["target_share"]
    width, height, left, right, top, bottom = 720, 240, 48, 20, 20, 36
    plot_w, plot_h = width - left - right, height - top - bottom

    def y_of(share: float) -> float:
        return top + plot_h * (1 - share)

    def x_of(i: int) -> float:
        return left + (plot_w * i / (len(trend) - 1) if len(trend) > 1 else plot_w / 2)

    parts = [f'<svg role="img" aria-label="{_text(_label(lang, "trend"))}" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}">']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = y_of(tick)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#e3e8ee"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{tick * 100:.0f}%</text>')
    ty = y_of(target)
    parts.append(f'<line x1="{left}" y1="{ty:.1f}" x2="{width - right}" y2="{ty:.1f}" stroke="#1d2733" '
                 'stroke-width="2" stroke-dasharray="5,4"/>')
    parts.append(f'<text x="{width - right}" y="{ty - 6:.1f}" text-anchor="end" font-size="12">'
                 f'{_text(_label(lang, "target"))} {_text(format_share(target, lang))}</text>')
    points = " ".join(f"{x_of(i):.1f},{y_of(t['active_share']):.1f}" for i, t in enumerate(trend)
                      if t["active_share"] is not None)  # weeks before any data have no point
    if points:
        parts.append(f'<polyline points="{points}" fill="none" stroke="#1f5fa8" stroke-width="3"/>')
    for i, t in enumerate(trend):
        day = date.fromisoformat(t["last_day"])
        if t["active_share"] is None:
            parts.append(f'<text x="{x_of(i):.1f}" y="{y_of(0) - 8:.1f}" text-anchor="middle" font-size="11" '
                         f'fill="#5b6b7b">{_text(_label(lang, "no_data_yet"))}</text>')
            parts.append(f'<text x="{x_of(i):.1f}" y="{height - 12}" text-anchor="middle" font-size="11">'
                         f'{day.day:02d}/{day.month:02d}</text>')
            continue
        x, y = x_of(i), y_of(t["active_share"])
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="#1f5fa8"/>')
        parts.append(f'<text x="{x:.1f}" y="{y - 8:.1f}" text-anchor="middle" font-size="11">'
                     f'{_text(format_share(t["active_share"], lang))}</text>')
        parts.append(f'<text x="{x:.1f}" y="{height - 12}" text-anchor="middle" font-size="11">'
                     f'{day.day:02d}/{day.month:02d}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _channel_list(kim: dict[str, Any], lang: str) -> str:
    if not kim["channels"]:
        return f'<span class="muted">{_text(_label(lang, "no_channel"))}</span>'
    items = []
    for c in kim["channels"]:
        detail = _channel_detail(c, lang)
        detail = f" — {_text(detail)}" if detail else ""
        items.append(f'<li>{_text(c["type"])}: {_text(c["url"])} '
                     f'<span class="pill {_text(c["health"])}">{_text(_label(lang, "health." + c["health"]))}'
                     f'</span>{detail}</li>')
    return '<ul class="ch">' + "".join(items) + "</ul>"


_FAILURE_ID = {
    "dns": "nama domain tidak ditemukan (DNS)",
    "timeout": "server tidak menjawab (waktu habis)",
    "connection": "tidak dapat terhubung ke server",
    "blocked": "ditolak oleh pemeriksaan anti-bot situs",
    "parked": ("domainnya tidak lagi memuat situs KIM (kedaluwarsa atau dijual, halaman parkir domain); "
               "minta alamat barunya kepada KIM dan perbarui registri"),
    "too-large": "halaman terlalu besar untuk diambil",
    "parse-error": "isi halaman tidak dapat dibaca",
    "bad-url": "alamat kanal tidak valid",
    "empty": "server mengirim halaman kosong",
    "not-html": "server mengirim berkas (PDF, gambar), bukan halaman HTML",
    "robots": "dilarang oleh robots.txt situs",
    "refused": "ditolak kimwatch: alamatnya mengarah ke jaringan internal",
    "rate-limited": "server meminta kembali nanti (Retry-After); dicoba lagi pada perayapan berikutnya",
    "host-paused": ("belum diminta: server dijeda setelah kanal lain di server yang sama ditolak (429); "
                    "didahulukan pada perayapan berikutnya"),
    "redirect-loop": "pengalihan (redirect) berputar atau terlalu panjang",
    "redirect-chain": "rantai pengalihan (redirect) terlalu panjang; daftarkan alamat tujuan akhirnya",
    "login-wall": "situs meminta login; halaman publik tidak ada",
    "articles-failed": "halaman berita yang ditautkan situs tidak dapat diambil (semuanya gagal)",
    "not-a-feed": "alamat ini bukan umpan RSS/Atom",
    "consent-page": "YouTube menampilkan halaman persetujuan cookie, bukan kanal",
    "empty-feed": "umpan kosong, tidak ada unggahan",
    "empty-sitemap": "peta situs (sitemap) kosong",
    "not-a-sitemap": "alamat ini bukan peta situs (sitemap)",
    "sitemap-loop": ("peta situs (sitemap) hanya berisi indeks peta situs lain tanpa ujung, tidak ada halaman; "
                     "berikan alamat daftar berita (section: /berita) di registri"),
    "not-wp-rest": "alamat ini bukan API WordPress",
    "not-telegram-preview": "bukan halaman pratinjau kanal Telegram publik",
    "malformed": "isi umpan rusak, tidak dapat dibaca",
    "bridge-error": "jembatan umpan (RSS bridge) gagal mengambil kanal",
    "truncated": "jawaban server terpotong (isi terkompresi atau umpan tidak lengkap)",
    "entities": "umpan ditolak: mendeklarasikan entitas XML sendiri (berisiko 'billion laughs' atau entitas eksternal)",
    "proxy": "proxy menolak meneruskan koneksi HTTPS",
    "tls": ("sertifikat TLS situs ditolak (bukan untuk nama ini, atau tidak ditandatangani CA tepercaya); "
            "bila sertifikatnya memang rusak, pasang tls_verify: false pada kanal di registri"),
    "incomplete": "koneksi terputus sebelum halaman lengkap diterima",
    "ignored": "permintaan dibatalkan",
    "error": "kesalahan tak terduga saat mengambil",
    "killed": "perayapan dihentikan paksa",
    "interrupted": "perayapan dihentikan sebelum selesai",
}


def failure_text(status: str | None, error: str | None, lang: str) -> str:
    """Why a channel could not be read, in the page's language. The crawler's messages are
    English; the Indonesian page says the same from the status code instead."""
    if lang != "id":
        return error or (status or "")
    code = str(status or "")
    if code.isdigit():
        number = int(code)
        meaning = {404: "halaman tidak ditemukan", 410: "halaman sudah dihapus", 403: "akses ditolak",
                   401: "perlu login", 429: "terlalu banyak permintaan, server menolak sementara"}.get(number)
        if meaning is None:
            meaning = "kesalahan di server situs" if number >= 500 else "permintaan ditolak server"
        return f"{meaning} (kode HTTP {number})"
    if code in _FAILURE_ID:
        return _FAILURE_ID[code]
    return f"gagal diambil (kode {code})" if code else "gagal diambil"


def _channel_detail(channel: dict[str, Any], lang: str) -> str:
    """The note after a channel's health: why it failed, or what the crawl said of an empty one."""
    health = channel["health"]
    if health in ("failing", "broken", "parked", "waiting", "host_paused"):
        return failure_text(channel.get("last_status"), channel.get("last_error"), lang)
    if health == "empty":
        if lang == "id":
            return ("kanal berhasil dibaca tetapi kimwatch tidak menemukan unggahan; periksa alamatnya atau "
                    "beri petunjuk section: di registri")
        return channel.get("last_error") or "read without error, but no post was found there"
    return ""


def _reason_text(kim: dict[str, Any], lang: str, k: int) -> str:
    """Why a KIM is not active, and :func:`_uncertain_note`."""
    note = _uncertain_note(kim, lang)
    return _label(lang, "reason." + kim["status_reason"], k=k) + (f"; {note}" if note else "")


def _kim_follow_up_table(kims: list[dict[str, Any]], lang: str, k: int) -> str:
    if not kims:
        return f'<p class="muted">{_text(_label(lang, "none"))}</p>'
    rows = "".join(
        f"<tr><td>{_text(kim['name'])}<br><span class=\"muted\">{_text(kim['id'])}</span></td>"
        f"<td data-label=\"{_text(_label(lang, 'region'))}\">{_text(kim['region'])}</td>"
        f"<td class=\"n\" data-label=\"{_text(_label(lang, 'posts'))}\">{kim['posts']}</td>"
        f"<td data-label=\"{_text(_label(lang, 'why'))}\">{_text(_reason_text(kim, lang, k))}</td>"
        f"<td data-label=\"{_text(_label(lang, 'channels'))}\">{_channel_list(kim, lang)}</td></tr>"
        for kim in kims)
    return (f"<table class=\"cards\"><thead><tr><th>{_text(_label(lang, 'kim'))}</th><th>{_text(_label(lang, 'region'))}</th>"
            f"<th>{_text(_label(lang, 'posts'))}</th><th>{_text(_label(lang, 'why'))}</th>"
            f"<th>{_text(_label(lang, 'channels'))}</th></tr></thead><tbody>{rows}</tbody></table>")


COVERAGE_LABELS = {
    "en": {"title": "How KIMs were measured", "region": "Kabupaten/kota", "registered": "Registered",
           "crawl": "By crawl", "import": "By imported posts", "self-report": "By self-report (verified, or confirmed by staff)",
           "none": "Not at all",
           "note": "A KIM measured in several ways counts in each column. Self-reports waiting: {pending} to "
                   "verify, {unverified} for staff to confirm (kimwatch review --reports)."},
    "id": {"title": "Cara KIM diukur", "region": "Kabupaten/kota", "registered": "Terdaftar",
           "crawl": "Lewat crawl", "import": "Lewat impor", "self-report": "Lewat laporan mandiri (terverifikasi atau dikonfirmasi petugas)",
           "none": "Tidak terukur",
           "note": "KIM yang terukur dengan beberapa cara dihitung di tiap kolom. Laporan mandiri tertunda: "
                   "{pending} menunggu verifikasi, {unverified} menunggu konfirmasi petugas "
                   "(kimwatch review --reports)."},
}


def coverage_html(report: dict[str, Any], lang: str) -> str:
    """Per region: KIMs measured by crawl, by imported posts, by self-report (verified by kimwatch or
    confirmed by a person), not at all."""
    L = COVERAGE_LABELS.get(lang, COVERAGE_LABELS["en"])  # noqa: N806
    kinds = ("crawl", "import", "self-report")
    rows: dict[str, dict[str, int]] = {}
    for kim in report["kims"]:
        row = rows.setdefault(kim["region"], {"registered": 0, "none": 0, **{k: 0 for k in kinds}})
        row["registered"] += 1
        evidence = kim.get("evidence") or []
        for kind in kinds:
            row[kind] += kind in evidence
        row["none"] += kim["status"] == "unmeasured"
    cells = "".join(
        f"<tr><td>{_text(region)}</td>" + "".join(f"<td class=\"n\">{row[c]}</td>"
                                                   for c in ("registered", *kinds, "none")) + "</tr>"
        for region, row in sorted(rows.items()))
    head = "".join(f"<th>{_text(L[c])}</th>" for c in ("region", "registered", *kinds, "none"))
    note = L["note"].format(pending=report.get("reports_pending", 0), unverified=report.get("reports_unverified", 0))
    return (f"<h2>{_text(L['title'])}</h2><table class=\"coverage\"><thead><tr>{head}</tr></thead>"
            f"<tbody>{cells}</tbody></table><p class=\"muted\">{_text(note)}</p>")


def render_html(report: dict[str, Any], lang: str = "id") -> str:
    """One self-contained HTML page (inline CSS and SVG, no external URL) for officials."""
    out = io.StringIO()
    _write_html(_View(ReportParts.from_dict(report), _as_is), out, lang)
    return out.getvalue()


_ROWS_HERE = "\x00kim rows\x00"
"""Where the page's table of every KIM gets its rows, written one at a time."""


def _withdrawn_badge(a: dict[str, Any], lang: str) -> str:
    if not a.get("withdrawn_at"):
        return ""
    return (f'<span class="withdrawn" title="{_text(format_local(a["withdrawn_at"]))} WITA">'
            f'{_text(_label(lang, "withdrawn"))}</span> ')


def _not_reached_cell(a: dict[str, Any], names: dict[str, str], lang: str) -> str:
    """The expected KIMs not reached: their count, opening to their names when the report has them."""
    ids = a.get("kims_not_reached")
    if ids is None:
        return f"<td>{not_reached_count(a)} / {a['kims_expected']}</td>"
    return (f"<td><details><summary>{len(ids)} / {a['kims_expected']}</summary>"
            f"<span class=\"names\">{_text(', '.join(names.get(i, i) for i in ids) or LABELS[lang]['none'])}"
            f"</span></details></td>")


def _kim_row(kim: dict[str, Any], lang: str) -> str:
    return (f"<tr><td>{_text(kim['name'])}<br><span class=\"muted\">{_text(kim['id'])}</span></td>"
            f"<td>{_text(kim['region'])}</td><td><span class=\"pill {_text(kim['status'])}\">"
            f"{_text(_status_text(kim, lang))}</span></td><td class=\"n\">{kim['posts']}</td>"
            f"<td class=\"n\">{kim['amplifications']}</td><td class=\"n\">{kim['announcements_amplified']}</td>"
            f"<td class=\"n\">{_text(format_hours(kim['median_lag_hours'], lang))}</td>"
            f"<td>{_text(format_local(kim['last_amplified_at']))}</td></tr>")


def _write_html(view: _View, out: TextIO, lang: str) -> None:
    kims = list(view.kims())
    report = {**view.head, "kims": kims}
    L = LABELS[lang]  # noqa: N806 - a short name keeps the template readable
    w = report["window"]
    k = report["min_amplifications"]
    met = report["target_met"]
    share_class = "ok" if met else "bad"
    status_line = _target_text(report, lang, " — ")
    note = window_note(report, lang)
    note_html = f'<p class="card warn">{_text(note)}</p>\n' if note else ""
    period = f"{format_day(w['first_day'], lang)} – {format_day(w['last_day'], lang)} ({w['days']} {L['days']})"
    scope = report["region_filter"] or L["all_kims"]

    regions_rows = "".join(
        f"<tr><td>{_text(r['region'])}</td><td class=\"n\">{r['registered']}</td><td class=\"n\">{r['active']}</td>"
        f"<td class=\"n\">{r['inactive']}</td><td class=\"n\">{r['unmeasured']}</td>"
        f"<td class=\"n\">{_text(format_share(r['active_share'], lang))}</td></tr>"
        for r in report["regions"])
    regions_rows += (f"<tr><th>{_text(L['total'])}</th><th class=\"n\">{report['kims_registered']}</th>"
                     f"<th class=\"n\">{report['kims_active']}</th><th class=\"n\">{report['kims_inactive']}</th>"
                     f"<th class=\"n\">{report['kims_unmeasured']}</th>"
                     f"<th class=\"n\">{_text(format_share(report['active_share'], lang))}</th></tr>")

    top = view.top_announcements(10)
    names = {kim["id"]: kim["name"] for kim in kims}
    ann_rows = "".join(
        f"<tr><td>{_withdrawn_badge(a, lang)}{_text(a['title'] or a['id'])}<br>"
        f"<span class=\"muted\">{_text(a['source_name'] or a['source_id'])}"
        f"</span></td><td>{_text(format_local(a['published_at']))}</td><td class=\"n\">{a['kims_reached']}</td>"
        f"<td class=\"n\">{a['regions_reached']}</td><td class=\"n\">{_text(format_hours(a['first_lag_hours'], lang))}</td>"
        f"<td class=\"n\">{_text(format_hours(a['median_lag_hours'], lang))}</td>"
        f"{_not_reached_cell(a, names, lang)}</tr>"
        for a in top)

    uncertain_note = (f'<div class="muted">{_text(_label(lang, "uncertain_total", n=report["amplifications_uncertain"]))}'
                      '</div>' if report.get("amplifications_uncertain") else "")
    ann_table = (
        f"<table><thead><tr><th>{_text(L['announcement'])}</th><th>{_text(L['published'])}</th>"
        f"<th>{_text(L['kims_reached'])}</th><th>{_text(L['regions_reached'])}</th><th>{_text(L['first_lag'])}</th>"
        f"<th>{_text(L['median_lag'])}</th><th>{_text(L['not_reached'])}</th></tr></thead>"
        f"<tbody>{ann_rows}</tbody></table>"
        if top else f'<p class="muted">{_text(L["none"])}</p>')
    if report.get("announcements_withdrawn"):
        ann_table += f'<p class="muted">{_text(_label(lang, "withdrawn_note", n=report["announcements_withdrawn"]))}</p>'

    inactive = [kim for kim in report["kims"] if kim["status"] == "inactive"]
    unmeasured = [kim for kim in report["kims"] if kim["status"] == "unmeasured"]
    # an active KIM is in no follow-up table: its channels in trouble are listed on their own
    troubled = [kim for kim in report["kims"] if kim["status"] == "active"
                and any(c["health"] in TROUBLE for c in kim["channels"])]
    troubled_html = (f"<h2>{_text(L['channel_problems'])}</h2>\n{_kim_follow_up_table(troubled, lang, k)}\n"
                     if troubled else "")
    health = health_note(report, lang)
    health_html = f'<p class="muted">{_text(health)}</p>\n' if health else ""
    trend_html = (f"<h2>{_text(L['trend'])}</h2><div class=\"card chart\">{trend_chart_svg(report, lang)}</div>"
                  if report["trend"] else "")
    kim_rows = _ROWS_HERE
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_text(L['title'])} — {_text(period)}</title>
<style>{_CSS}</style>
</head>
<body><main>
<h1>{_text(L['title'])}</h1>
<p class="muted">{_text(L['period'])}: {_text(period)}, WITA · {_text(L['region_filter'])}: {_text(scope)}</p>
{note_html}{health_html}<div class="card headline">
<div><div class="big {share_class}">{_text(format_share(report['active_share'], lang))}</div>
<div>{_text(L['active_share'])}</div></div>
<div><div><strong>{_text(L['target'])} {_text(format_share(report['target_share'], lang))}</strong>: {_text(status_line)}</div>
<div class="counts"><span>{_text(L['registered'])}: <strong>{report['kims_registered']}</strong></span>
<span class="ok">{_text(L['active'])}: <strong>{report['kims_active']}</strong></span>
<span class="warn">{_text(L['inactive'])}: <strong>{report['kims_inactive']}</strong></span>
<span class="bad">{_text(L['unmeasured'])}: <strong>{report['kims_unmeasured']}</strong></span></div>
<div class="muted">{_text(_label(lang, 'min_amplifications', k=k))}</div>{uncertain_note}</div>
</div>
<h2>{_text(L['regions'])}</h2>
<div class="card">{region_bars_html(report, lang)}</div>
<table><thead><tr><th>{_text(L['region'])}</th><th>{_text(L['registered'])}</th>
<th>{_text(L['active'].capitalize())}</th><th>{_text(L['inactive'].capitalize())}</th>
<th>{_text(L['unmeasured'].capitalize())}</th><th>{_text(L['active_share'])}</th></tr></thead>
<tbody>{regions_rows}</tbody></table>
{coverage_html(report, lang)}
{trend_html}
<h2>{_text(L['inactive_kims'])}</h2>
{_kim_follow_up_table(inactive, lang, k)}
<h2>{_text(L['unmeasured_kims'])}</h2>
{_kim_follow_up_table(unmeasured, lang, k)}
{troubled_html}<h2>{_text(L['top_announcements'])}</h2>
{ann_table}
<h2>{_text(L['kims'])}</h2>
<table><thead><tr><th>{_text(L['kim'])}</th><th>{_text(L['region'])}</th><th>{_text(L['status'])}</th>
<th>{_text(L['posts'])}</th><th>{_text(L['amplifications'])}</th><th>{_text(L['announcements_amplified'])}</th>
<th>{_text(L['median_lag'])}</th><th>{_text(L['last_amplified'])}</th></tr></thead><tbody>{kim_rows}</tbody></table>
<footer class="muted"><p>{_text(_label(lang, 'footer', k=k))}</p>
<p>{_text(L['generated'])}: {_text(format_local(report['generated_at']))} WITA · kimwatch {_text(report.get('kimwatch_version', ''))}</p></footer>
</main></body>
</html>
"""
    before, _, after = page.rpartition(_ROWS_HERE)
    out.write(before)
    for kim in kims:
        out.write(_kim_row(kim, lang))
    out.write(after)

