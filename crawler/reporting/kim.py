"""One KIM under the magnifier (``kimwatch report --kim ID``): its channels and their health, its
posts of the window, what it amplified, and why it counts as it does.

Built on :func:`crawler.reporting.kpis.report_parts` narrowed to the KIM (the same definitions,
the same window, the same entry), so the one-KIM page never disagrees with the full report and
costs what one KIM costs, not a national report.
"""

from __future__ import annotations

import difflib
import json
from datetime import date, datetime
from typing import Any

import sqlite_utils

from crawler.controls import visible_text
from crawler.errors import SelectionError
from crawler.matching import review as match_review
from crawler.reporting import kpis, publish
from crawler.reporting import render as report_render

FORMATS = ("table", "json", "html")


def build_kim_report(db: sqlite_utils.Database, kim_id: str, *, days: int = 30,
                     until: str | date | datetime | None = None, min_amplifications: int = 1,
                     target_share: float | str | None = None) -> dict[str, Any]:
    """The report of one registered KIM: its entry of the full report plus its posts and amplifications."""
    row = db.execute("SELECT id, status FROM kims WHERE id = ?", [kim_id]).fetchone()
    if row is None:
        known = [r[0] for r in db.execute("SELECT id FROM kims ORDER BY id")]
        close = difflib.get_close_matches(kim_id, known, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise SelectionError(f"--kim {kim_id!r}: no such KIM in the registry{hint}; "
                             "`kimwatch registry show` lists them")
    if row[1] == "retired":
        window = kpis.report_window(until, days)
        condition, params = kpis.registered_condition(db, "kims", window.end)
        if db.execute(f"SELECT 1 FROM kims WHERE id = ? AND {condition}", [kim_id, *params]).fetchone() is None:
            retired = (db.execute("SELECT retired_at FROM kims WHERE id = ?", [kim_id]).fetchone()[0]
                       if kpis.has_retired_at(db, "kims") else None)
            when = f" on {report_render.format_local(retired)}" if retired else ""
            raise SelectionError(f"--kim {kim_id!r} is retired (removed from the registry{when}): it is not counted "
                                 "in reports for periods ending after that; give an earlier --until, or load it "
                                 "again with `kimwatch registry load FILE` to count it")
    # the report narrowed to this KIM: its entry is the one the full report has, at the cost of one KIM
    parts = kpis.report_parts(db, days=days, until=until, min_amplifications=min_amplifications,
                              target_share=target_share, weeks=0, kim=kim_id)
    full, kim = parts.head, parts.kims[0]
    window = full["window"]
    posts = list(db.query(
        """SELECT p.id, p.channel_id, p.platform, p.url, p.title, p.published_at,
                  (SELECT count(*) FROM amplifications a WHERE a.post_id = p.id AND a.status NOT IN ('rejected', 'uncertain'))
                    AS amplifications
           FROM posts p WHERE p.kim_id = ? AND p.published_at >= ? AND p.published_at < ?
           ORDER BY p.published_at, p.id""", [kim_id, window["start"], window["end"]]))
    withdrawn = ("an.withdrawn_at" if "withdrawn_at" in {row[1] for row in db.execute("PRAGMA table_info(announcements)")}
                 else "NULL AS withdrawn_at")  # a store older than the column, read as it is
    amplified = list(db.query(
        f"""SELECT a.announcement_id, an.title AS announcement_title, an.source_id, an.published_at AS announcement_at,
                  {withdrawn},
                  a.post_id, p.url AS post_url, p.platform, p.published_at AS post_at, a.method, a.score,
                  a.lag_hours, a.status, a.decided_at, a.evidence, p.text AS post_text
           FROM amplifications a JOIN posts p ON p.id = a.post_id
           JOIN announcements an ON an.id = a.announcement_id
           WHERE a.kim_id = ? AND p.published_at >= ? AND p.published_at < ?
           ORDER BY p.published_at, a.announcement_id""", [kim_id, window["start"], window["end"]]))
    for row in amplified:
        row["explanation"] = explanation(row.pop("evidence"), row.pop("post_text"), row["method"])
    for channel in kim["channels"]:
        channel["posts_in_window"] = sum(1 for p in posts if p["channel_id"] == channel["id"])
    return {
        "window": window,
        "min_amplifications": full["min_amplifications"],
        "channel_health_as_of": full["channel_health_as_of"],
        "channels_health_now": sum(1 for channel in kim["channels"]
                                   if full["channel_health_as_of"] and channel.get("health_as_of", "") is None),
        "generated_at": full["generated_at"],
        "kimwatch_version": full["kimwatch_version"],
        "kim": kim,
        "posts": posts,
        "amplified": amplified,
        "why": explain(kim, full["min_amplifications"], "en"),
    }


def explanation(evidence: str | None, post_text: str | None, method: str) -> dict[str, Any]:
    """Why the matcher decided a match, from the evidence the store keeps, as a clerk reads it:
    its kind (``copy``, ``excerpt``, ``summary``, ``link`` …), the link it was decided by, and the
    facts the post shares with the release and those only the post has — as the post wrote them
    (``match --explain`` and ``review`` show the same)."""
    try:
        found = json.loads(evidence) if evidence else {}
    except ValueError:
        found = {}
    if not isinstance(found, dict):
        found = {}
    links = found.get("links") if isinstance(found.get("links"), list) else []
    link = found.get("resolved_to") or found.get("link") or (links[0] if links and method == "link" else None)
    readable = match_review.readable_evidence(found, post_text) if "shared_facts" in found else {}
    return {"kind": str(found.get("kind") or method), "link": link if isinstance(link, str) else None,
            "shared_facts": readable.get("shared_facts_as_written", []),
            "post_only_facts": readable.get("post_only_facts_as_written", [])}


_WHY = {
    "en": {
        "active": "active: it amplified {n} distinct announcement(s) in the period (at least {k} needed)",
        "inactive": "inactive: {reason}",
        "unmeasured": "unmeasured: {reason}; kimwatch cannot tell whether it spread anything",
    },
    "id": {
        "active": "aktif: menyebarkan {n} pengumuman berbeda dalam periode ini (minimal {k})",
        "inactive": "tidak aktif: {reason}",
        "unmeasured": "tidak terukur: {reason}; kimwatch tidak dapat menilai apakah KIM ini menyebarkan informasi",
    },
}


def explain(kim: dict[str, Any], k: int, lang: str) -> str:
    """Why the KIM counts as it does, in one sentence."""
    reason = report_render.LABELS[lang]["reason." + kim["status_reason"]].format(k=k)
    return _WHY[lang][kim["status"]].format(n=kim["announcements_amplified"], k=k, reason=reason)


def render_kim(result: dict[str, Any], fmt: str = "table", lang: str | None = None, *,
               keep_personal_data: bool = False) -> str:
    """The one-KIM report as table, JSON or HTML text.

    Like every report format it goes through the publication filter
    (:func:`crawler.reporting.publish.clean_report`): no credentials, secrets or internal
    addresses, and phone numbers, e-mail addresses and NIKs masked unless ``keep_personal_data``.
    """
    if fmt not in FORMATS:
        raise SelectionError(f"report --kim supports --format {', '.join(FORMATS)}, not {fmt!r}")
    result = publish.clean_report(result, keep_personal_data=keep_personal_data)
    if fmt == "json":
        return json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    if fmt == "html":
        return _html(result, lang or "id")
    return _table(result, lang or "en")


_TEXT = {
    "en": {"title": "KIM report", "channels": "Channels", "posts": "Posts in the period", "amplified":
           "Announcements amplified", "why": "Why", "none": "none", "announcement": "Announcement",
           "post": "Post", "method": "How", "lag": "Lag (h)", "published": "Published (WITA)",
           "review": "Review", "health": "Health", "in_period": "posts in period", "period": "Period"},
    "id": {"title": "Laporan KIM", "channels": "Kanal", "posts": "Unggahan dalam periode", "amplified":
           "Pengumuman yang disebarkan", "why": "Keterangan", "none": "tidak ada", "announcement": "Pengumuman",
           "post": "Unggahan", "method": "Cara", "lag": "Jeda (jam)", "published": "Terbit (WITA)",
           "review": "Tinjauan", "health": "Kondisi", "in_period": "unggahan dalam periode", "period": "Periode"},
}


#: the stored codes of a match (``amplifications.method``, ``evidence.kind``, ``status``) as the
#: page's reader says them; a code not listed is shown as stored
_CODES = {
    "en": {"method.link": "link", "method.copy": "copy", "method.excerpt": "excerpt", "method.text": "own words",
           "method.summary": "summary", "method.manual": "added by hand",
           "status.auto": "automatic", "status.confirmed": "confirmed", "status.rejected": "rejected",
           "status.uncertain": "uncertain (counted nowhere until confirmed)",
           "score": "score", "same_facts": "same facts", "post_only": "only in the post", "by_link": "by its link",
           "reviewed_on": "on {when}", "why_match": "Why"},
    "id": {"method.link": "tautan", "method.copy": "salinan", "method.excerpt": "kutipan",
           "method.text": "kata-kata sendiri", "method.summary": "ringkasan", "method.manual": "ditambahkan petugas",
           "status.auto": "otomatis", "status.confirmed": "dikonfirmasi", "status.rejected": "ditolak",
           "status.uncertain": "belum pasti (belum dihitung sampai dikonfirmasi)",
           "score": "skor", "same_facts": "fakta yang sama", "post_only": "hanya di unggahan", "by_link": "lewat tautannya",
           "reviewed_on": "pada {when}", "why_match": "Alasan"},
}


def code_text(kind: str, code: str | None, lang: str) -> str:
    """A stored code (``method``/``status`` ``kind``) in the page's language, else as stored."""
    return _CODES[lang].get(f"{kind}.{code}", code or "")


def _why_html(a: dict[str, Any], lang: str) -> str:
    """The "why" of one match: its score, its kind, the link it was decided by, the facts it
    shares with the release and those only the post has (as the post wrote them)."""
    C, why = _CODES[lang], a.get("explanation") or {}  # noqa: N806
    parts = [f"{C['score']} {report_render.format_decimal(a.get('score'), lang, 2)}"]
    kind = why.get("kind")
    if kind and kind != a.get("method"):
        parts.append(code_text("method", kind, lang))
    if why.get("link"):
        parts.append(f"{C['by_link']}: {why['link']}")
    if why.get("shared_facts"):
        parts.append(f"{C['same_facts']}: {', '.join(why['shared_facts'][:8])}")
    if why.get("post_only_facts"):
        parts.append(f"{C['post_only']}: {', '.join(why['post_only_facts'][:5])}")
    return " · ".join(_e(part) for part in parts)


def _review_html(a: dict[str, Any], lang: str) -> str:
    """The review status of a match, and when a person decided it. Not who: reports, like the
    dump, name no reviewer (``crawler.reporting.publish.REVIEWER_KEYS``); ``kimwatch review``
    shows the name to those who work the store."""
    text = _e(code_text("status", a.get("status"), lang))
    if a.get("decided_at") and a.get("status") in ("confirmed", "rejected"):
        when = report_render.format_local(a["decided_at"])
        text += f"<br><span class=\"muted\">{_e(_CODES[lang]['reviewed_on'].format(when=when))}</span>"
    return text


def _channel_note(channel: dict[str, Any], lang: str) -> str:
    health = report_render.LABELS[lang]["health." + channel["health"]]
    detail = report_render._channel_detail(channel, lang)  # noqa: SLF001 - the report's own wording
    return f"{health}" + (f" — {detail}" if detail else "")


def _table(result: dict[str, Any], lang: str) -> str:
    T, kim, w = _TEXT[lang], result["kim"], result["window"]  # noqa: N806
    lines = [f"{T['title']}: {kim['name']} ({kim['id']}), {kim['region']}",
             f"{T['period']}: {w['first_day']} .. {w['last_day']} ({w['days']} days, WITA)",
             f"{T['why']}: {explain(kim, result['min_amplifications'], lang)}", "", f"{T['channels']}:"]
    if health := report_render.health_note(result, lang):
        lines.append(f"  {health}")
    if not kim["channels"]:
        lines.append(f"  {report_render.LABELS[lang]['no_channel']}")
    for c in kim["channels"]:
        lines.append(f"  {c['type']:<9} {c['url']}  {_channel_note(c, lang)}; "
                     f"{c['posts_in_window']} {T['in_period']}; last ok {report_render.format_local(c['last_success_at'])}")
    lines += ["", f"{T['posts']}: {len(result['posts'])}"]
    for p in result["posts"]:
        lines.append(f"  {report_render.format_local(p['published_at'])}  {p['platform'] or '-':<9} "
                     f"{p['url'] or p['id']}  {report_render._shorten(p['title'] or '', 60)}")  # noqa: SLF001
    lines += ["", f"{T['amplified']}: {kim['announcements_amplified']} ({len(result['amplified'])} post(s))"]
    for a in result["amplified"]:
        lines.append(f"  {a['announcement_id']}  {a['method']:<6} {T['lag']} {report_render.format_hours(a['lag_hours'], lang):>5}"
                     f"  {a['status']:<9} {a['post_url'] or a['post_id']}  "
                     f"{report_render._titled({'title': a['announcement_title'], **a}, lang, 50)}")  # noqa: SLF001
    # for a terminal: a title, name or note from the store carries no escape sequence nor bidi override
    return "\n".join(visible_text(line) or "" for line in lines) + "\n"


def _e(value: Any) -> str:
    return report_render._text(value)  # noqa: SLF001 - the same escaping (no URL scheme) as the report


def _html_table(heads: list[str], body: str, empty: str) -> str:
    """A scrolling table of ``body``'s rows under ``heads``, or ``empty`` as a muted line when it has none."""
    if not body:
        return f"<p class=\"muted\">{_e(empty)}</p>"
    head = "".join(f"<th>{_e(h)}</th>" for h in heads)
    return f"<div class=\"scroll\"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"


def _html(result: dict[str, Any], lang: str) -> str:
    T, L, kim, w = _TEXT[lang], report_render.LABELS[lang], result["kim"], result["window"]  # noqa: N806
    period = (f"{report_render.format_day(w['first_day'], lang)} – {report_render.format_day(w['last_day'], lang)}"
              f" ({w['days']} {L['days']})")
    channels = "".join(
        f"<tr><td>{_e(c['type'])}</td><td>{_e(c['url'])}</td><td><span class=\"pill {_e(c['health'])}\">"
        f"{_e(L['health.' + c['health']])}</span> {_e(report_render._channel_detail(c, lang))}</td>"  # noqa: SLF001
        f"<td class=\"n\">{c['posts_in_window']}</td></tr>" for c in kim["channels"])
    health = report_render.health_note(result, lang)
    health_html = f'<p class="muted">{_e(health)}</p>\n' if health else ""
    channels_html = _html_table([L["channels"], "URL", T["health"], L["posts"]], channels, L["no_channel"])
    posts = "".join(
        f"<tr><td>{_e(report_render.format_local(p['published_at']))}</td><td>{_e(p['platform'])}</td>"
        f"<td>{_e(p['title'] or p['url'] or p['id'])}<br><span class=\"muted\">{_e(p['url'] or '')}</span></td>"
        f"<td class=\"n\">{p['amplifications']}</td></tr>" for p in result["posts"])
    posts_html = _html_table([T["published"], "Platform", T["post"], L["amplifications"]], posts, T["none"])
    amps = "".join(
        f"<tr><td>{report_render._withdrawn_badge(a, lang)}"  # noqa: SLF001
        f"{_e(a['announcement_title'] or a['announcement_id'])}<br><span class=\"muted\">"
        f"{_e(a['source_id'])}</span></td><td>{_e(a['post_url'] or a['post_id'])}</td>"
        f"<td>{_e(code_text('method', a['method'], lang))}</td><td class=\"why\">{_why_html(a, lang)}</td>"
        f"<td class=\"n\">{_e(report_render.format_hours(a['lag_hours'], lang))}</td><td>{_review_html(a, lang)}</td></tr>"
        for a in result["amplified"])
    amps_html = _html_table([T["announcement"], T["post"], T["method"], _CODES[lang]["why_match"], T["lag"],
                             T["review"]], amps, T["none"])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(T['title'])}: {_e(kim['name'])} — {_e(period)}</title>
<style>{report_render.page_css()}</style>
</head>
<body><main>
<h1>{_e(kim['name'])}</h1>
<p class="muted">{_e(kim['id'])} · {_e(kim['region'])} · {_e(T['period'])}: {_e(period)}, WITA</p>
<div class="card"><span class="pill {_e(kim['status'])}">{_e(L[kim['status']])}</span>
{_e(explain(kim, result['min_amplifications'], lang).split(": ", 1)[-1])}</div>
<h2>{_e(L['channels'])}</h2>
{health_html}{channels_html}
<h2>{_e(T['amplified'])} ({kim['announcements_amplified']})</h2>
{amps_html}
<h2>{_e(T['posts'])} ({len(result['posts'])})</h2>
{posts_html}
<footer class="muted"><p>{_e(L['generated'])}: {_e(report_render.format_local(result['generated_at']))} WITA ·
kimwatch {_e(result.get('kimwatch_version', ''))}</p></footer>
</main></body>
</html>
"""

