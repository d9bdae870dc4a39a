"""A village site "under construction": a home page, no posts, no feed, no sitemap."""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, html
from tests.farm.sites.website_common import HOSTS, Site

site = Site(HOSTS["empty"])


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    return html("""<html><head><title>Desa Hambuku Raya</title></head><body><h1>Desa Hambuku Raya</h1>
<p>Situs ini sedang dalam perbaikan. Silakan kunjungi kami kembali.</p><a href="/kontak">Kontak</a></body></html>""")
