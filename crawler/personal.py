"""Phone numbers and NIK/KK numbers in free text: where they are, in every spelling people write.

One rule for three jobs: the publication filter (:mod:`crawler.reporting.publish`) masks what these
find (:func:`mask_personal_data`), and so do the log lines (:class:`MaskingFilter`) and the
matcher's explanations and review lists; the matcher (:mod:`crawler.matching.textnorm`) leaves them
out of a post's facts — a KIM's contact line ("Info: 0812-3456-7890") is no figure of the event it
relays. Only the standard library: the shared ground and every package may import it.
"""

from __future__ import annotations

import logging
import re

PHONE_MASK = "[telepon]"
NIK_MASK = "[NIK]"
EMAIL_MASK = "[email]"

_EMAIL = re.compile(r"(?i)(?<![\w.%+-])[a-z0-9][a-z0-9._%+-]*(?:@|%40)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
                    r"[a-z]{2,24}\b")
# an address with its "@" or its dots written out so that harvesters miss it: "siti(at)gmail.com",
# "siti [at] gmail [dot] com", "siti at gmail (dot) com" (a bare " at " only with a bracketed dot)
_WRITTEN_AT = r"(?:\s*[(\[{]\s*(?:at|et)\s*[)\]}]\s*|\s+at\s+)"
_WRITTEN_DOT = r"(?:\s*[(\[{]\s*(?:dot|titik)\s*[)\]}]\s*|\.)"
_WRITTEN_EMAIL = re.compile(rf"(?i)(?<![\w.%+-])[a-z0-9][a-z0-9._%+-]*{_WRITTEN_AT}"
                            rf"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?{_WRITTEN_DOT})+[a-z]{{2,24}}\b")
_BRACKETED_WORD = re.compile(r"(?i)[(\[{]\s*(?:at|et|dot|titik)\s*[)\]}]")


def may_hold_written_email(text: str) -> bool:
    """Whether ``text`` has a bracketed "at" or "dot", without which it holds no address written out."""
    return _BRACKETED_WORD.search(text) is not None


def written_email_spans(text: str) -> list[tuple[int, int]]:
    """The spans of e-mail addresses written with ``(at)``/``[at]`` for "@" or ``(dot)`` for "."
    (the publication filter masks them as it masks plain addresses)."""
    if not may_hold_written_email(text):
        return []  # most texts: no written-out address can be in them
    spans = []
    for match in _WRITTEN_EMAIL.finditer(text):
        written = match.group(0)
        if re.search(r"(?i)\s+at\s+", written) and not re.search(r"(?i)[(\[{]\s*(?:at|et|dot|titik)\s*[)\]}]",
                                                                written):
            continue  # "rapat at gedung.utama": no bracketed word, no address
        spans.append(match.span())
    return spans


# separators between the groups of a phone number: space, dot, dash, slash ("0812/3456/7890")
# ("08-12-34-56-78-90" too: the groups may start right after "08"); dashes of any kind and a
# separator with spaces around it ("0812 – 3456") are read as "-" (:func:`_number_view`)
# the country code written "+62", "62", "(+62)" or "0062" (the international prefix), the trunk zero
# kept after it in parentheses ("+62 (0)812 …")
_MOBILE = re.compile(
    r"(?<![\d+])(?:(?:\(\+?62\)|\+\s?62|00[\s.-]?62|62)(?:[\s.-]?\(0\))?|0)[\s./-]?\(?8\d{0,3}\)?"
    r"(?:[\s./-]?\d{2,5}){1,5}(?!\w|[.,/]\d)")
_LANDLINE = re.compile(
    r"(?<![\w+])(?:\(0\d{2,3}\)|\(\+?62[\s.-]?\d{2,3}\)|\+\s?62[\s.-]?\(?\d{2,3}\)?|0\d{2,3}(?=[\s/-]))"
    r"[\s./-]?\d{3,4}(?:[\s./-]?\d{2,4}){0,2}(?!\w|[.,/]\d)")
# letters may stand right before the number ("NIK6371…", "HP0812…"): a label glued to it
_NIK = re.compile(r"(?<![\d.,-])\d(?:[ .-]?\d){15}(?!\d|[.,-]\d)")
# a run of digits and separators: where a phone number or NIK may be (when it has nine digits)
#: The dashes written between the groups of a number besides "-" (hyphen, figure dash, en and em
#: dash, horizontal bar, minus sign; NFKC has made the small and full-width ones "-" already).
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DIGIT_RUN = re.compile(rf"[0-9][0-9\s.()+/{DASHES}-]{{8,}}")
# a separator between two digits written with a dash of any kind or with spaces around it
# ("0812–3456", "0812 - 3456", "0812 — 3456", "63  71"): read as one plain separator
# (only the spellings that differ from the plain one: most texts need no view)
# ("0812-3456-⏎7862": a number broken at the end of a line after its separator); "_" and "*"
# between groups ("0812_3456_7807") are read as "-", and so is a comma between groups that are no
# thousands ("0812,3456,7809"; not "62,812,500,000")
_LOOSE_SEPARATOR = re.compile(rf"(?<=\d)(?:[ \t]*([{DASHES}_*])[ \t]*|[ \t]+([-./])[ \t]*"
                              rf"|([-./])(?:[ \t]+|[ \t]*\r?\n[ \t]*)|[ \t]{{2,}}|(,)(?!\d{{3}}(?!\d)))(?=\d)")
# a run of digits and the separators any spelling may put between them (the quick test of a text)
_ANY_DIGIT_RUN = re.compile(rf"[0-9][0-9\s.()+/_*,{DASHES}-]{{8,}}")
_AMOUNT_BEFORE = re.compile(r"(?i)(?:rp|idr|usd|\$|€)\.?\s*$")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _thousands_grouped(text: str) -> bool:
    """``62.812.500.000``, ``1,234,567``: an amount, not a phone number or NIK."""
    return bool(re.fullmatch(r"[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*", text))


def _after_amount_sign(match: re.Match[str]) -> bool:
    return bool(_AMOUNT_BEFORE.search(match.string[max(0, match.start() - 6):match.start()]))


def _single_separator(text: str) -> bool:
    return len(set(re.findall(r"[ .-]", text))) <= 1 and not re.search(r"[\s.-]{2}", text)


_YEAR = re.compile(r"(?:19|20)\d\d")
# a date with its year ("12-10-2026", "2026.10.12") or a clock time ("08.00") inside a digit run
_DATE_IN_RUN = re.compile(r"(?<!\d)(?:\d{1,2}([-./ ])\d{1,2}\1(?:19|20)\d\d|(?:19|20)\d\d([-./ ])\d{1,2}\2\d{1,2})(?!\d)")
_TIME_IN_RUN = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d]|[.:]\d)")


def _dates_or_years(groups: list[str]) -> bool:
    """``12 10 2024 13 10 2024``, ``2020 2021 2022 2023``: every four-digit group a year and every
    other a day or month."""
    return all(_YEAR.fullmatch(g) if len(g) == 4 else (len(g) <= 2 and int(g) <= 31) for g in groups)


def _mask_nik(match: re.Match[str]) -> str:
    number = match.group(0)
    if _after_amount_sign(match) or _thousands_grouped(number) or not _single_separator(number):
        return number
    groups = re.split(r"[ .-]", number)
    # grouped any way (4-4-4-4, 6-6-4, 2-2-2-6-4, "63 71 01 23 4567 0003"), it ends in its four-digit
    # serial; "10 20 30 40 50 60 70 80" is a list of numbers
    if len(groups) > 1 and len(groups[-1]) != 4 and not (len(groups) == 3 and min(map(len, groups)) >= 4):
        return number  # "6371 012345 670013" (4-6-6) is a NIK all the same
    if len(groups) > 1 and _dates_or_years(groups):
        return number  # "12 10 2024 13 10 2024": dates; "2020 2021 2022 2023": years
    if len(groups) > 2 and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:-1]):
        return number  # "1 500 000 000 …": an amount grouped in thousands
    return NIK_MASK


def _national(digits: str) -> str:
    """The national form (``08…``, ``0511…``) of a number's digits written with the country code
    (``62…``, ``0062…``, ``620812…`` for "+62 (0)812")."""
    if digits.startswith("0062"):
        digits = digits[2:]
    if digits.startswith("620"):
        return digits[2:]
    return "0" + digits[2:] if digits.startswith("62") else digits


def _mask_mobile(match: re.Match[str]) -> str:
    number = match.group(0)
    if _after_amount_sign(match) or _thousands_grouped(number):
        return number
    national = _national(_digits(number))
    if not (national.startswith("08") and 10 <= len(national) <= 13):
        return number
    if _DATE_IN_RUN.search(number) or len(_TIME_IN_RUN.findall(number)) >= 2:
        return number  # "08-10-2026 10.00", "08.00-12.00-13.00": a date and a time, times
    return PHONE_MASK


def _mask_landline(match: re.Match[str]) -> str:
    number = match.group(0)
    if _after_amount_sign(match) or _thousands_grouped(number):
        return number
    national = _national(_digits(number))
    if re.match(r"0[2-9]", national) and 9 <= len(national) <= 12:
        return PHONE_MASK
    return number


def _number_view(text: str) -> tuple[str, list[int] | None]:
    """``text`` with each separator between two digits written with a dash of any kind or with
    spaces around it (``0812 – 3456``) made one plain ``-``, ``.`` or ``/`` (``0812-3456``), and
    where each character of it comes from in ``text`` (None: the same text)."""
    if not _LOOSE_SEPARATOR.search(text):
        return text, None
    view: list[str] = []
    origin: list[int] = []
    last = 0
    for match in _LOOSE_SEPARATOR.finditer(text):
        view.append(text[last:match.start()])
        origin.extend(range(last, match.start()))
        separator = match.group(1) or match.group(2) or match.group(3) or match.group(4) or " "
        view.append("-" if separator in DASHES + "_*," else separator)
        origin.append(match.start())
        last = match.end()
    view.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return "".join(view), origin


def personal_digit_spans(text: str) -> list[tuple[int, int, str]]:
    """The phone numbers and NIK/KK numbers of ``text`` as (start, end, mask), non-overlapping,
    every separator spelling read as its plain one (:func:`_number_view`).

    >>> [("0812 – 3456 – 7890"[s:e], m) for s, e, m in personal_digit_spans("0812 – 3456 – 7890")]
    [('0812 – 3456 – 7890', '[telepon]')]
    """
    if not any(sum(map(str.isdigit, m.group(0))) >= 9 for m in _ANY_DIGIT_RUN.finditer(text)):
        return []  # most texts: no phone number or NIK can be in them
    view, origin = _number_view(text)
    spans = _digit_spans(view)
    if origin is None:
        return spans
    return [(origin[start], origin[end], mask) for start, end, mask in spans]


def _digit_spans(text: str) -> list[tuple[int, int, str]]:
    runs = [m.span() for m in _DIGIT_RUN.finditer(text) if sum(map(str.isdigit, m.group(0))) >= 9]
    if not runs:  # most texts: no phone number or NIK can be in them
        return []
    # Each pattern looks only at the runs of nine digits or more (with a few characters before
    # them for "+62", "(0511)" and "Rp"); the first to claim a span wins: NIK, mobile, landline.
    taken: list[tuple[int, int, str]] = []
    for pattern, mask in ((_NIK, _mask_nik), (_MOBILE, _mask_mobile), (_LANDLINE, _mask_landline)):
        for start, end in runs:
            for match in pattern.finditer(text, max(0, start - 6), min(len(text), end + 3)):
                replacement = mask(match)
                if replacement == match.group(0):
                    continue
                if any(match.start() < t_end and t_start < match.end() for t_start, t_end, _ in taken):
                    continue
                taken.append((match.start(), match.end(), replacement))
    return taken


# A NIK is ``PP KK CC DDMMYY SSSS``: a province code (11 Aceh … 94 Papua), a district and a
# sub-district, the birth date (the day plus 40 for a woman), a serial
_NIK_SHAPE = re.compile(r"(?:1[1-9]|[2-9]\d)\d{4}(?:0[1-9]|[12]\d|3[01]|4[1-9]|[56]\d|7[01])(?:0[1-9]|1[0-2])\d{6}")


def mask_query_value(value: str) -> str:
    """A URL query value (decoded) with its phone numbers and NIKs masked, whatever the parameter's
    name (``permalink.php?story_fbid=081234567890``): a link shows what its post shows.

    A number that is only a long id is left alone: Facebook's ``id=100012345678`` is no phone
    number, and a 16-digit ``fbid`` is taken for a NIK only when it holds a NIK's codes (a
    province, a birth date).

    >>> mask_query_value("081234567890"), mask_query_value("100012345678")
    ('[telepon]', '100012345678')
    """
    spans = [(start, end, mask) for start, end, mask in personal_digit_spans(value)
             if mask != NIK_MASK or _NIK_SHAPE.fullmatch(re.sub(r"\D", "", value[start:end]))]
    for start, end, mask in sorted(spans, reverse=True):
        value = value[:start] + mask + value[end:]
    return value


def mask_figure(term: str) -> str:
    """A figure as the matcher keeps it (digits only: "6371012345670", "081234567890") masked when
    it may be a phone number or a NIK, however the matcher parsed it: ``[telepon]`` for 9 to 16
    digits starting with 0 or with 62 and 8 (a national or international number), ``[NIK]`` for
    any other run of 10 to 16 digits (a NIK, KK or a part of one), but for an amount in
    thousands ("1500000000", unless a NIK's whole shape). Anything else is given back as it is:
    matching keeps such figures (a shared hotline is evidence); explanations, review lists and
    the dump show them masked.

    >>> mask_figure("6371012345670"), mask_figure("081234567890"), mask_figure("1500000000"), mask_figure("2026")
    ('[NIK]', '[telepon]', '1500000000', '2026')
    """
    if not (9 <= len(term) <= 16 and term.isascii() and term.isdigit()):
        return term
    if term.startswith("0") or (term.startswith("628") and len(term) <= 15):
        return PHONE_MASK
    if len(term) < 10 or (term.endswith("000") and not _NIK_SHAPE.fullmatch(term)):
        return term
    return NIK_MASK


def mask_figures(run: str) -> str:
    """A run of the matcher's terms separated by spaces (an evidence's passage) with each figure
    masked by :func:`mask_figure`."""
    if not re.search(r"\d{9}", run):
        return run
    return " ".join(mask_figure(term) for term in run.split(" "))


def _mask_emails(text: str) -> str:
    """``_EMAIL.sub(EMAIL_MASK, text)``, looking only around each ``@`` (the regex scanning a
    whole long text costs several times more)."""
    if len(text) < 400:
        return _EMAIL.sub(EMAIL_MASK, text)
    spans: list[tuple[int, int]] = []
    for at in [m.start() for m in re.finditer(r"@|%40", text)]:
        if spans and at < spans[-1][1]:
            continue
        for match in _EMAIL.finditer(text, max(0, at - 128), min(len(text), at + 260)):
            if match.start() <= at < match.end() and (not spans or match.start() >= spans[-1][1]):
                spans.append(match.span())
                break
    for start, end in reversed(spans):
        text = text[:start] + EMAIL_MASK + text[end:]
    return text


def mask_personal_data(text: str) -> str:
    """``text`` with its e-mail addresses (plain or written out), phone numbers and NIK/KK numbers
    masked: the publication filter's rule for free text, also applied to log lines and to the
    matcher's explanations.

    >>> mask_personal_data("Hubungi Budi 0812-3456-7890 / budi@contoh.id, NIK 6371012345670001")
    'Hubungi Budi [telepon] / [email], NIK [NIK]'
    """
    if not text:
        return text
    if "@" in text or "%40" in text:
        text = _mask_emails(text)
    for start, end in reversed(written_email_spans(text)):
        text = text[:start] + EMAIL_MASK + text[end:]
    for start, end, replacement in sorted(personal_digit_spans(text), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


class MaskingFilter(logging.Filter):
    """A handler's filter masking personal data (:func:`mask_personal_data`) in every record it
    passes, at every level: its message with its arguments, and the text of its exception. The CLI
    (``-v``, ``-vv``) and the daemon put it on their log handler, so a post's text, a self-report's
    note or a contact line quoted in a log line shows ``[telepon]``, ``[NIK]``, ``[email]``."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string is the handler's to report
            return True
        masked = mask_personal_data(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal_data(record.exc_text)
        return True
