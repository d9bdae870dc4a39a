"""``python -m tests.hostile.resolving --db DB crawl …``: kimwatch with extra host names.

``$HOSTILE_NAMES`` (``name=address,name=address``) maps made-up host names to loopback
addresses for this process only, in ``getaddrinfo`` and ``gethostbyname`` — what a crawl on a
server whose DNS answers ``127.0.0.1`` for a public-looking name would see — without editing
/etc/hosts or reaching any DNS server. ``$HOSTILE_HANGING_NAMES`` lists names whose lookup
hangs (an office resolver that never answers for outside names).
"""

from __future__ import annotations

import os
import socket
from typing import Any

NAMES = dict(pair.split("=", 1) for pair in os.environ.get("HOSTILE_NAMES", "").split(",") if "=" in pair)
#: names the resolver never answers for (``$HOSTILE_HANGING_NAMES``): a lookup hangs 30 s, then fails
HANGING = set(filter(None, os.environ.get("HOSTILE_HANGING_NAMES", "").split(",")))
_getaddrinfo = socket.getaddrinfo
_gethostbyname = socket.gethostbyname


def _name(host: Any) -> Any:
    text = host.decode() if isinstance(host, bytes) else host
    return NAMES.get(text, host) if isinstance(text, str) else host


def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if (host.decode() if isinstance(host, bytes) else host) in HANGING:
        import time

        time.sleep(30)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
    return _getaddrinfo(_name(host), *args, **kwargs)


def gethostbyname(host: str) -> str:
    return _gethostbyname(_name(host))


socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
socket.gethostbyname = gethostbyname

if __name__ == "__main__":
    from crawler.cli import main

    main()
