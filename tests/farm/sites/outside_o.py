"""Hostile and broken channels of outside tester "o" (session 10), on hosts of their own.

- 127.0.0.81: a robots.txt of :data:`LONG_ROBOTS_BYTES` that starts with ``Disallow: /`` (over
  the test's ``DOWNLOAD_MAXSIZE``), and a feed it disallows.
"""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, route, xml
from tests.farm.sites.bad_cases import item, rss

LONG_ROBOTS_HOST = "127.0.0.81"
OUTSIDE_O_HOSTS = (LONG_ROBOTS_HOST,)
LONG_ROBOTS_BYTES = 600 * 1024


@route("/robots.txt", host=LONG_ROBOTS_HOST)
def long_robots(request: FarmRequest) -> FarmResponse:
    head = "User-agent: *\nDisallow: /\n"
    filler = "# " + "x" * 77 + "\n"
    return FarmResponse(body=head + filler * ((LONG_ROBOTS_BYTES - len(head)) // len(filler)),
                        content_type="text/plain")


@route("/feed/", host=LONG_ROBOTS_HOST)
def disallowed_feed(request: FarmRequest) -> FarmResponse:
    return xml(rss("KIM Robots", item("robots-1", "Tidak boleh dibaca", "<p>robots.txt melarang.</p>")))
