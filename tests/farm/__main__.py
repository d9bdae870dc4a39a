"""``python -m tests.farm``: serve the farm until killed; prints the base URLs as one JSON line."""

from __future__ import annotations

import json
import signal
import sys
import threading

from tests.farm import Farm

farm = Farm().start()
print(json.dumps({host: farm.base(host) for host in farm.hosts}), flush=True)
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
try:
    stop.wait()
except KeyboardInterrupt:
    pass
farm.stop()
sys.exit(0)
