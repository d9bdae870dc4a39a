"""CSV as spreadsheets read and write it: Excel's delimiter, cells that are never formulas.

Offices open kimwatch's CSV in Excel or LibreOffice and hand it theirs: a CSV saved by Excel in
an Indonesian locale is separated by ``;`` (the comma is the decimal sign), and a cell that
starts like a formula (``=HYPERLINK(…)``) would run when opened. Used by the registry and import
readers and by every CSV kimwatch writes (reports, ``registry show``).
"""

from __future__ import annotations

import re
from typing import Any


def csv_delimiter(text: str) -> str:
    """``;`` for a CSV whose header is separated by semicolons (what Excel saves as "CSV" in an
    Indonesian locale, where the comma is the decimal sign), else ``,``."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


_AFTER_SEMICOLON = re.compile(";(?=[ ]*[" + re.escape("".join(_FORMULA_STARTS)) + "])")


def csv_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not run as a formula (``=HYPERLINK(…)``, ``+1+1``,
    ``@SUM``, a leading tab or CR): text starting so is prefixed with ``'`` (OWASP).
    Numbers stay numbers, so a negative number is still ``-1``. A lone carriage return becomes
    a newline, which the writer quotes (it would otherwise split the row in a reader)."""
    if not isinstance(value, str):
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if value.lstrip(" ").startswith(_FORMULA_STARTS):
        value = "'" + value
    # Excel in an Indonesian locale splits a comma CSV at ";" too: "KIM A;=2+5" would give a cell
    # "=2+5"; each such piece is made text the same way
    return _AFTER_SEMICOLON.sub(";'", value) if ";" in value else value
