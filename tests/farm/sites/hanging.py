"""A feed that answers only after ``farm.state["hang-seconds"]`` (default 20): a crawl child
that is busy with it for a while (the daemon killed meanwhile, outside tester R's finding 2)."""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, route, xml
from tests.farm.sites.bad_cases import item, rss


@route("/hang/feed")
def hanging_feed(request: FarmRequest) -> FarmResponse:
    return xml(rss("Lambat sekali", item("hang-1", "Lambat", "<p>Akhirnya.</p>")),
               delay=float(request.farm.state.get("hang-seconds", 20)), etag=False)
