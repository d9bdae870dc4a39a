"""Text as it reads: no terminal escape sequences, control characters or bidi overrides.

Titles and texts come from anyone's web page or feed. An ``ESC[31m``, a BEL, a backspace or a
right-to-left override stored as is would act on the terminal that shows ``report --kim`` and
travel into the published dump. The clean pipeline drops them from what is stored
(:func:`visible_text`), and the reports' terminal tables pass what they print through it too
(for what an older version stored).
"""

from __future__ import annotations

import re

#: Characters no title or text needs and a terminal or a browser acts on: C0 controls but tab and
#: newline (BEL, BS, ESC, NUL …), DEL, C1 controls, and the bidirectional embeddings, overrides,
#: isolates and marks (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) that make text show in
#: another order than it is stored ("ekspor" shown as "ropske").
_CONTROLS: dict[int, str | None] = {c: None for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0),
                               *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}
_CONTROLS[0x0D] = "\n"  # a lone carriage return ends a line (CRLF: see visible_text)
#: a terminal's escape sequences (CSI ``ESC[31m``, OSC ``ESC]0;title BEL``, two-character ones):
#: dropped whole, not only their ESC
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]")


#: any character :func:`visible_text` removes or changes (a lone carriage return aside: HTML's
#: parser reads it as a line end): one scan of an HTML page finds whether it needs cleaning
_ANY_CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CONTROLS) if c != 0x0D) + "]")


def without_controls(markup: str) -> str:
    """``markup`` (an HTML page or fragment) as :func:`visible_text` leaves it, scanned once:
    lxml refuses a text holding a NUL, ESC or BEL ("All strings must be XML compatible"), so
    what a post's HTML holds is cleaned before it is parsed, not after."""
    if not _ANY_CONTROL.search(markup):
        return markup
    return visible_text(markup) or ""


def visible_text(text: str | None) -> str | None:
    """``text`` without terminal escape sequences, control characters (tab and newline kept) and
    bidirectional overrides: what is stored, shown in a terminal and published is what it reads."""
    if not text:
        return text
    if text.isprintable():  # the common case: nothing to do (tab and newline are not printable)
        return text
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_SEQUENCE.sub("", text)
    return text.replace("\r\n", "\n").translate(_CONTROLS)
