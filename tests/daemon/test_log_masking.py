"""The daemon's log lines mask phone numbers, NIKs and e-mail addresses (outside-m F8), in the
message and in an exception's text, at every level."""

from __future__ import annotations

import io
import logging

from crawler.daemon.logs import configure_logging


def test_daemon_log_lines_mask_personal_data() -> None:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    stream = io.StringIO()
    try:
        configure_logging("debug", stream=stream)
        log = logging.getLogger("crawler.selfreport.verify")
        log.debug("note of report %s: %s", 7, "Ketua Budi 0812-3456-7840, NIK 6371012345670001")
        try:
            raise ValueError("cannot reach budi.kim@gmail.com")
        except ValueError:
            log.exception("report %s failed", 7)
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
    text = stream.getvalue()
    assert "note of report 7: Ketua Budi [telepon], NIK [NIK]" in text
    assert "ValueError: cannot reach [email]" in text
    assert not any(value in text for value in ("0812-3456-7840", "6371012345670001", "budi.kim@gmail.com"))
