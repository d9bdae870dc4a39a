"""Small helpers shared by the hand-written text modules of heldout64."""
from datetime import date

_HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def H(dm, year=2026):
    """'3/11' -> 'Selasa (3/11/2026)': the weekday written beside a date, as the releases do."""
    d, m = (int(x) for x in dm.split("/"))
    return "{} ({}/{}/{})".format(_HARI[date(year, m, d).weekday()], d, m, year)


def hari(dm, year=2026):
    """'3/11' -> 'Selasa': the bare weekday."""
    d, m = (int(x) for x in dm.split("/"))
    return _HARI[date(year, m, d).weekday()]
