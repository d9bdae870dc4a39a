"""Website spider: any site, with no per-site code — feeds, WordPress REST, sitemaps, listings.

Domain: ``website`` channels of KIMs (``<slug>.kim.id``, village sites, Blogger/WordPress
blogs whose feed URL nobody registered) and of government sources (WordPress media
centres, Laravel and custom CMSs).
Caveats: the first crawl of a channel *discovers* how to read it, trying in order
(1) the WordPress REST API when the home page advertises it (full text, paging, ``after=``),
(2) feeds the page advertises with ``<link rel="alternate">``, then well-known feed paths,
(3) sitemaps (robots.txt ``Sitemap:``, ``/sitemap_index.xml``, ``/sitemap.xml``; indexes
followed; ``lastmod`` picks what changed), (4) listing pages: the article links of the home
page's main content (never its "Berita Terpopuler"/"Populer"/"Trending" blocks, a
"Terkini" card in the side column, ``<aside>``, sidebars, widgets or footer) *and* the
news sections the home page links — by path (``/berita``, ``/artikel``, ``/first/artikel``,
``/news``, ``/kabar``, ``/informasi``, ``/pengumuman``, ``/agenda``, ...) or by menu text
("Berita Desa", "Siaran Pers") — plus, on KIM.id hosts, ``/berita``, ``/pengumuman``,
``/agenda`` and ``/gallery`` linked or not, and when the home page shows fewer than 4 article
links ``/berita``, ``/pengumuman``, ``/artikel`` and ``/agenda``; each listing is read with
its pagination (``max_pages``, ``max_articles``), its own widgets left out. The sections
that listed posts are remembered, the home page too only when it shows posts none of them
lists. What worked is kept in the channel's ``state`` (``method`` and its URLs: for listings
``listing_urls``), so later crawls go straight there and stop paging a listing at its first
known post; when that door closes (4xx, not a feed any more) the next crawl discovers
again. A home page that only runs ``window.location.href = "/portal/"`` is followed once (same
host), like a meta refresh. A site behind a login (the home page lands on a form with a
password field, or 3 probes are redirected to one) fails the channel with status
``login-wall`` (or, when only the probes are walled, a ``login-wall:`` note) and probing stops. Articles fetched from listings and sitemaps go through
:func:`crawler.harvest.article.extract_article`; pages that are not articles are remembered and not
fetched again; the channel's note counts them, naming "page not found" pages (soft 404s) and
pages too deeply nested to read, and so it counts listed pages that cannot be fetched (404, a
timeout); when every one fails (on a first crawl, or 3 or more later) the channel fails with
status ``articles-failed``. Later crawls fetch only articles not yet stored.
A government source's press releases published only as PDF (a listing's "Siaran Pers …pdf"
links, a sitemap's release PDFs, a feed entry linking or enclosing one) are read by
:mod:`crawler.harvest.pdf` and held until the channel's pages are all read: a PDF of a release
also published as HTML is left out (the HTML wins) and its address recorded as leading there
(also when the HTML comes a crawl later: the stored PDF announcement is then merged into it);
PDFs that cannot be read (encrypted, scanned, broken, over ``PDF_MAXSIZE``) are named in the note
and remembered in ``state["pdf_unread"]``: asked again, by themselves, once ``PDF_RECHECK_HOURS``
have passed, with a conditional GET when the server gave validators (an office replacing the
file at the same address is read then; an unchanged file costs a 304).

Per-channel hints in the registry (stored in ``channels.options``), all optional:
``section: /berita`` (read this listing, skip discovery), ``method: feed|wp_rest|sitemap|
listing`` with ``feed_url``/``api_root``/``sitemap_url`` (skip discovery), ``max_pages: 5``
(listing/feed/API pages per crawl), ``max_articles: 40`` (article pages fetched per crawl).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import store
from crawler.dates import parse_datetime, parse_to_iso, parse_zone, to_iso
from crawler.harvest import discover, pdf
from crawler.harvest.article import MIN_ARTICLE_CHARS, extract_article, extract_fragment
from crawler.harvest.listing import (
    later_page,
    listing_links,
    load_more_control,
    next_page_url,
    not_article_path,
    release_pdf_links,
)
from crawler.harvest.page import parse_html, parse_page
from crawler.harvest.pubdate import date_after_headline
from crawler.items import ContentItem, stored_id
from crawler.urls import canonical_url
from pipelines.clean import clean_title, tidy_text
from spiders.base import (
    ChannelError,
    ChannelRun,
    ChannelSpider,
    article_budget,
    cap_name,
    failure_kind,
    json_dict,
    paging_cut_note,
)
from spiders.feed import (
    drop_cut_entries,
    entities_refused,
    entry_body,
    entry_published,
    entry_title,
    excerpt_only,
    implausible_dates,
    parse_feed,
    same_site,
    undated_note,
)
from spiders.feed import next_page_url as feed_next_page_url
from spiders.middlewares import REFRESH_REFUSED

log = logging.getLogger(__name__)

#: Posts asked per WordPress REST page.
WP_PER_PAGE = 20
#: Child sitemaps of an index asked for at a time (the newest, post sitemaps first); another
#: batch follows while the pages read do not fill the crawl's article budget.
MAX_CHILD_SITEMAPS = 5
#: Sitemap files (the index and its children, nested ones included) read per channel and crawl.
MAX_SITEMAP_FILES = 30
#: How deep sitemap indexes may nest: an index naming indexes that name page lists is read; an
#: index at the next level (a chain of indexes, endless or not) is not followed.
MAX_SITEMAP_DEPTH = 2
#: A home page with fewer article links than this sends us to its sections.
MIN_HOME_ARTICLE_LINKS = 4
#: Discovery probes redirected to a login form before the site is taken for a login wall.
LOGIN_WALL_PROBES = 3
#: Pages found not to be articles, remembered so they are not fetched again.
MAX_REMEMBERED_NON_ARTICLES = 500
#: Release PDFs that could not be read, remembered to be asked again (the oldest forgotten first).
MAX_REMEMBERED_UNREAD_PDFS = 100
#: Version of the rules deciding what is an article. Pages remembered as not articles under
#: older rules are fetched once more (version 2 keeps short posts; before, they were dropped).
NOT_ARTICLE_RULES = 2
METHODS = ("feed", "wp_rest", "sitemap", "listing")


@dataclass
class SiteRun:
    """What the spider learns about one website channel during this run."""

    options: dict[str, Any]
    state: dict[str, Any]  # working copy of channels.state, written when the spider closes
    zone: tzinfo | None = None  # the channel's `timezone:` (times without zone on pages that say none)
    candidates: list[tuple[str, str]] = field(default_factory=list)  # discovery queue: (kind, url)
    tried: list[str] = field(default_factory=list)
    requested: set[str] = field(default_factory=set)
    home_links: list[str] = field(default_factory=list)  # article links of the home page's main content
    home_side_links: list[str] = field(default_factory=list)  # ... of its widgets ("Terpopuler", sidebar)
    home_url: str = ""
    home_sections: list[str] = field(default_factory=list)
    listed: dict[str, set[str]] = field(default_factory=dict)  # listing URL -> article links (all its pages)
    discovered_listing: bool = False  # listing pages were chosen in this run
    articles_left: int = 0
    listing_pages: int = 0
    published: list[str] = field(default_factory=list)
    sitemap_marks: list[str] = field(default_factory=list)
    sitemap_waiting: int = 0  # child sitemaps of an index asked for and not answered yet
    sitemap_pages: list[list[discover.SitemapEntry]] = field(default_factory=list)  # their pages, per file
    sitemap_index: str = ""  # the index those children belong to
    sitemap_probe: bool = False  # that index was found by discovery (not the remembered door)
    sitemap_queue: list[tuple[discover.SitemapEntry, int]] = field(default_factory=list)  # children to ask, depth
    sitemap_files: int = 0  # sitemap files asked for in this run (MAX_SITEMAP_FILES)
    sitemap_children: int = 0  # child sitemaps the index (and nested indexes) named, worth reading
    sitemap_listed: int = 0  # pages the sitemap files read listed
    sitemap_deep: list[str] = field(default_factory=list)  # nested indexes not followed (MAX_SITEMAP_DEPTH)
    sitemap_left: int = 0  # child sitemaps not read (the file cap, or the budget filled)
    sitemap_capped: bool = False  # ... because of MAX_SITEMAP_FILES
    sitemap_dead: str | None = None  # a sitemap door that listed no page: not remembered
    seen: set[str] = field(default_factory=set)  # feed guids read in this run
    home_next: str | None = None
    changed: bool = False
    card_dates: dict[str, str] = field(default_factory=dict)  # article URL -> date on its listing card
    lastmods: dict[str, str] = field(default_factory=dict)  # article URL -> its sitemap lastmod
    sitemap_published: dict[str, str] = field(default_factory=dict)  # article URL -> its news:publication_date
    undated: list[str] = field(default_factory=list)  # article pages stored without any date in this run
    lastmod_dated: list[str] = field(default_factory=list)  # article pages dated by their sitemap lastmod alone
    skipped: list[str] = field(default_factory=list)  # article pages found not to be articles in this run
    problems: dict[str, int] = field(default_factory=dict)  # skipped pages by Article.problem ("not-found")
    reasons: dict[str, int] = field(default_factory=dict)  # skipped pages by reason ("not an article: listing")
    reason_examples: dict[str, str] = field(default_factory=dict)  # reason -> "URL: detailed verdict"
    out_of_section: set[str] = field(default_factory=set)  # listing links outside the section listed
    over_budget: set[str] = field(default_factory=set)  # article links left for the next crawl
    scope: discover.ListingScope | None = None  # the channel is one listing of a shared site (a portal)
    url_filtered: set[str] = field(default_factory=set)  # site links left out by their URL (tag, file, …)
    short_text: set[str] = field(default_factory=set)  # post-list links left out for a one- or two-word anchor
    listings_read: list[str] = field(default_factory=list)  # "URL (verdict)": pages not at a listing's address read as listings
    listing_articles: list[str] = field(default_factory=list)  # pages read as listings that are articles
    listing_capped: bool = False  # a listing page had more article links than LISTING_LINKS (not all counted)
    paging_cut: dict[str, str] = field(default_factory=dict)  # listing -> its next page, not read (max_pages)
    feed_paging_cut: tuple[str, str] | None = None  # (feed, its next page not read at max_pages)
    unreadable: list[str] = field(default_factory=list)  # home/listing pages nested too deeply to read
    refresh_refused: list[str] = field(default_factory=list)  # pages whose meta refresh the guard refused
    login_hits: int = 0  # probes redirected to a login form
    login_wall: str | None = None  # the login page every door leads to
    load_more: str | None = None  # a listing's "Muat lebih banyak" button (posts behind it are not read)
    cut_feed: str | None = None  # the feed that broke off inside an entry (that entry not read)
    texts: dict[str, tuple[str, str]] | None = None  # content hash -> (URL, post id) of this channel's posts
    articles_answered: int = 0  # article pages that answered (read, whatever they held)
    articles_failed: list[str] = field(default_factory=list)  # guids of article pages not fetched (404, timeout, …)
    pdf_held: list[ContentItem] = field(default_factory=list)  # release PDFs read, yielded once the HTML is all in
    # (HTML release URL, date of its PDF) of PDFs left out for their HTML twin: the earlier day wins
    pdf_dates: list[tuple[str, str]] = field(default_factory=list)
    html_items: list[tuple[str, str, set[str], str]] = field(default_factory=list)  # (URL, title, links, text)
    pdf_problems: list[str] = field(default_factory=list)  # "URL: PDF encrypted …": release PDFs not read
    feed_dates: list[dict[str, Any]] = field(default_factory=list)  # {"published": …} of the feed entries read
    stored_pdfs: list[tuple[str, str, str, str]] | None = None  # the source's stored release PDFs (URL, title, text, date)


class WebsiteSpider(ChannelSpider):
    """Websites without a registered feed.

    Domain: website channels.
    Caveats: see the module docstring.
    """

    name = "website"
    channel_types = ("website",)
    platform = "website"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sites: dict[str, SiteRun] = {}

    # ------------------------------------------------------------------ start

    def first_request(self, run: ChannelRun) -> scrapy.Request:
        channel = run.channel
        stored = json_dict(channel.get("state"))
        run.state = dict(stored)  # page-1 health writes the stored state back unchanged
        options = json_dict(channel.get("options"))
        site = SiteRun(options=options, state=dict(stored))
        if isinstance(options.get("timezone"), str):
            site.zone = parse_zone(options["timezone"])
        if site.state.get("not_articles") and site.state.get("not_articles_rules") != NOT_ARTICLE_RULES:
            # remembered under older rules (short posts were dropped then): look at them again
            site.state.pop("not_articles")
            site.state["not_articles_rules"] = NOT_ARTICLE_RULES
            site.changed = True
        listings = site.state.get("listing_urls")
        if isinstance(listings, list) and any(later_page(str(u)) for u in listings):
            # a listing's later page (page 2) remembered as a listing of its own by an older
            # kimwatch: one request more every crawl for pages the listing's paging reads
            site.state["listing_urls"] = [u for u in listings if not later_page(str(u))]
            site.changed = True
        # release PDFs an older kimwatch never asked again: the door is read in full once to find them
        migrated = self._reads_pdfs(run) and not site.state.get("pdf_recheck") and self._unread_pdfs_from_old_state(site)
        site.articles_left = article_budget(options, run.first_crawl)
        self.sites[channel["id"]] = site
        method, url = self._remembered(channel, site)
        if method is None:
            # after a discovery that found nothing, an unchanged home page (304) is not probed again
            return self._request(run, str(channel["url"]), "home", page=1, validators=bool(stored.get("tried")))
        # A 304 ends the channel's crawl; with several listing sections, the others must still
        # be read, so the first one is fetched unconditionally.
        # So is a door whose new pages outran the last crawl's article budget (``backlog``): its
        # page may not have changed since, but the rest of what was new is still to be read.
        validators = not (method == "listing" and len(site.state.get("listing_urls") or []) > 1
                          or site.state.get("retry") or site.state.get("backlog") or migrated)
        return self._request(run, url, method, page=1, validators=validators, remembered=True)

    def _remembered(self, channel: Mapping[str, Any], site: SiteRun) -> tuple[str | None, str]:
        """The method and first URL of a channel whose door is known (hint or earlier crawl)."""
        options, state = site.options, site.state
        if options.get("section"):
            url = urljoin(str(channel["url"]), str(options["section"]))
            site.state.update(method="listing", listing_urls=[url])
            return "listing", url
        method = options.get("method") or state.get("method")
        if not options.get("method") and _site_wide_door(str(channel["url"]), state):
            # remembered before a portal's listing was told from its site: read its own posts
            self._forget(site)
            return None, ""
        if method == "feed" and (options.get("feed_url") or state.get("feed_url")):
            url = str(options.get("feed_url") or state["feed_url"])
            site.state.update(method="feed", feed_url=url)
            return "feed", url
        if method == "wp_rest" and (options.get("api_root") or state.get("api_root")):
            root = str(options.get("api_root") or state["api_root"])
            site.state.update(method="wp_rest", api_root=root)
            return "wp_rest", discover.wp_posts_url(root, per_page=WP_PER_PAGE,
                                                    after=state.get("last_published"),
                                                    filters=state.get("api_filter"))
        if method == "sitemap" and (options.get("sitemap_url") or state.get("sitemap_url")):
            url = str(options.get("sitemap_url") or state["sitemap_url"])
            site.state.update(method="sitemap", sitemap_url=url)
            return "sitemap", url
        if method == "listing" and state.get("listing_urls"):
            return "listing", str(state["listing_urls"][0])
        return None, ""

    def _request(self, run: ChannelRun, url: str, step: str, *, page: int = 2, validators: bool = False,
                 remembered: bool = False, headers: dict[str, str] | None = None, **meta: Any) -> scrapy.Request:
        """A request of this channel; page 1 goes through the base (channel health)."""
        channel = run.channel
        headers = dict(headers or {})
        if validators and channel.get("etag"):
            headers["If-None-Match"] = channel["etag"]
        if validators and channel.get("last_modified"):
            headers["If-Modified-Since"] = channel["last_modified"]
        meta = {"channel_id": channel["id"], "page": page, "step": step, "remembered": remembered,
                "handle_httpstatus_list": [304], **meta}
        self.sites[channel["id"]].requested.add(url)
        if page == 1:
            return scrapy.Request(url, callback=self._on_response, errback=self._on_first_error,
                                  headers=headers, dont_filter=True, meta=meta)
        return scrapy.Request(url, callback=self._on_step, errback=self._on_step_error, headers=headers,
                              dont_filter=True, meta=meta)

    def _follow(self, run: ChannelRun, url: str, step: str, **meta: Any) -> scrapy.Request | None:
        """A further request of the channel, at most once per URL and run."""
        site = self.sites[run.channel["id"]]
        if url in site.requested:
            return None
        return self._request(run, url, step, **meta)

    # ------------------------------------------------------------------ callbacks

    def parse_page(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        """Page 1 of the channel: the home page (discovery) or the remembered door.

        A remembered door that no longer gives what it gave (a feed turned into an HTML page,
        a sitemap gone empty) is forgotten and the home page is read again.
        """
        site = self.sites[run.channel["id"]]
        try:
            outputs = list(self._dispatch(response, run))
        except ChannelError as error:
            if not response.meta.get("remembered") or site.options.get("section"):
                raise
            log.info("channel %s: remembered %s no longer works (%s); discovering again",
                     run.channel["id"], response.meta.get("step"), error)
            self._forget(site)
            # page 1 answered (recorded ok): should the home page fail too, the channel failed
            outputs = [self._request(run, str(run.channel["url"]), "home", rediscovery=str(error))]
        yield from outputs
        yield from self._pdf_rechecks(run)

    def unchanged(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        """An unchanged first page still leaves the unread release PDFs due to be asked again."""
        return self._pdf_rechecks(run)

    def _dispatch(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        step = response.meta["step"]
        handler = getattr(self, f"_parse_{step}")
        yield from handler(response, run)

    def _on_step(self, response: Response) -> Iterator[Any]:
        run = self.runs[response.meta["channel_id"]]
        outcome = self.context.outcome(run.channel)
        if response.meta.get(REFRESH_REFUSED):
            self.sites[run.channel["id"]].refresh_refused.append(response.url)
        try:
            outputs = [] if self._at_login_wall(response, run) else list(self._dispatch(response, run))
        except ChannelError as error:
            log.info("channel %s: %s: %s", run.channel["id"], response.url, error)
            outputs = list(self._next_candidate(run)) if response.meta.get("probe") else []
            if response.meta.get("rediscovery"):
                # the remembered door and the home page both fail: the same status as the crawl
                # after this one gives (reading the home page first), not "ok 200, found 0"
                self.context.fail_after_all(run.channel, error.status, f"{error} (and {response.meta['rediscovery']})")
        except Exception:  # a parser bug costs this page only
            log.exception("channel %s: cannot parse %s", run.channel["id"], response.url)
            outputs = list(self._next_candidate(run)) if response.meta.get("probe") else []
        try:
            for output in outputs:
                if isinstance(output, scrapy.Request):
                    run.pending += 1
                elif isinstance(output, ContentItem):
                    outcome.items_found += 1
                    run.items += 1
                yield output
            yield from self._release_pdfs(run)
        finally:
            self._done(run)

    def _at_login_wall(self, response: Response, run: ChannelRun) -> bool:
        """Whether a discovery probe was sent to a login form, for the LOGIN_WALL_PROBES-th time
        with no door found: the site is behind a login, and probing stops."""
        if not (response.meta.get("probe") or response.meta.get("section_probe")) \
                or not response.meta.get("redirect_urls") or b"password" not in response.body[:200_000].lower():
            return False
        if not discover.login_page(parse_html(response.body, _content_type(response)), response.url, redirected=True):
            return False
        site = self.sites[run.channel["id"]]
        site.login_hits += 1
        if site.login_hits < LOGIN_WALL_PROBES or site.state.get("method"):
            return False
        log.info("channel %s: %s probes sent to the login form %s; probing stops", run.channel["id"],
                 site.login_hits, response.url)
        site.login_wall = response.url
        site.candidates.clear()
        return True

    def _on_step_error(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        run = self.runs[request.meta["channel_id"]]
        try:
            status, message = failure_kind(failure)
            log.info("channel %s: %s %s: %s", run.channel["id"], request.meta.get("step"), request.url, message)
            if request.meta.get("rediscovery"):  # the remembered door failed, and now the home page
                self.context.fail_after_all(run.channel, status, f"{message} (and {request.meta['rediscovery']})")
            fallback = request.meta.get("fallback") if request.meta.get("step") == "article" else None
            if fallback and request.meta.get("guid"):
                # the feed gave the post (an excerpt) but its article page cannot be read (404,
                # a firewall's 403, a timeout): the feed's own text is the post, never nothing
                item = self.entry_item(run, request.meta["guid"], url=request.url, title=fallback.get("title"),
                                       text=fallback.get("text"), links=fallback.get("links") or [],
                                       published=_plain(fallback.get("published"),
                                                         self.sites[run.channel["id"]].zone),
                                       extra={"article_page": f"{status}: {message}"[:300]})
                self.context.outcome(run.channel).items_found += 1
                self.sites[run.channel["id"]].articles_answered += 1  # (the feed gave its text)
                yield item
            elif request.meta.get("step") == "sitemap" and request.meta.get("child"):
                # one child of an index that cannot be read: the others' pages still go out
                site = self.sites[run.channel["id"]]
                site.sitemap_waiting -= 1
                for output in self._sitemap_next(run):
                    run.pending += isinstance(output, scrapy.Request)
                    yield output
            elif request.meta.get("pdf") and status == "too-large":
                # a release PDF over PDF_MAXSIZE: named in the channel's note, not fetched again
                site = self.sites[run.channel["id"]]
                limit = int(request.meta.get("download_maxsize") or 0)
                size = f"{limit / 1024 / 1024:.0f} MB" if limit >= 1024 * 1024 else f"{limit / 1024:.0f} kB"
                site.pdf_problems.append(f"{request.url}: PDF too large (over {size}, PDF_MAXSIZE)")
                site.articles_answered += 1
                self._unread_pdf(site, request.meta.get("guid"), request.url, f"PDF too large (over {size})")
            elif request.meta.get("pdf_recheck"):
                # an unread release PDF asked again: gone (404, 410) is forgotten; anything else
                # waits for the next PDF_RECHECK_HOURS, never a sign that the site's pages fail
                if status in ("404", "410"):
                    self._not_article(self.sites[run.channel["id"]], request.meta.get("guid"))
            elif request.meta.get("step") == "article":
                site = self.sites[run.channel["id"]]
                # never silent: a linked page that cannot be fetched is counted in the channel's note
                site.articles_failed.append(request.meta.get("guid") or request.url)
                reason = f"not fetched: HTTP {status}" if status.isdigit() else \
                    f"not fetched: {status} ({_short(message)})"
                if status in ("404", "410"):
                    self._not_article(site, request.meta.get("guid"), skipped=request.url, reason=reason)
                else:
                    self._not_article(site, None, skipped=request.url, reason=reason)
                if status not in ("404", "410") and request.meta.get("guid"):
                    # may heal: the listing is read again next time even if it did not change
                    retry = [g for g in site.state.get("retry") or [] if g != request.meta["guid"]]
                    site.state["retry"] = (retry + [request.meta["guid"]])[-50:]
                    site.changed = True
            if request.meta.get("probe"):
                for output in self._next_candidate(run):
                    if isinstance(output, scrapy.Request):
                        run.pending += 1
                    yield output
            yield from self._release_pdfs(run)
        finally:
            self._done(run)

    def _on_first_error(self, failure: Failure) -> Iterator[Any]:
        """A remembered door that now answers 4xx: forget it and discover again."""
        request = failure.request  # type: ignore[attr-defined]
        run = self.runs[request.meta["channel_id"]]
        site = self.sites[run.channel["id"]]
        status = failure.value.response.status if failure.check(HttpError) else 0
        if request.meta.get("remembered") and 400 <= status < 500 and not site.options.get("section"):
            log.info("channel %s: remembered %s %s answers %s; discovering again",
                     run.channel["id"], request.meta.get("step"), request.url, status)
            self._forget(site)
            run.pending += 1
            self._done(run)
            yield self._request(run, str(run.channel["url"]), "home", page=1)
            return
        self._on_error(failure)

    def _forget(self, site: SiteRun) -> None:
        for key in ("method", "feed_url", "api_root", "api_filter", "sitemap_url", "listing_urls", "last_published",
                    "sitemap_lastmod"):
            site.state.pop(key, None)
        site.changed = True

    # ------------------------------------------------------------------ discovery

    def _parse_home(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        site = self.sites[run.channel["id"]]
        if response.status == 304:
            return
        if discover.looks_like_feed(response.body):
            # a feed registered as a website: read it as the feed it is
            response.meta["probe"] = True
            yield from self._parse_feed(response, run)
            return
        tree, problem = parse_page(response.body, _content_type(response))
        if tree is None:
            raise unread_page(response.url, problem)
        if problem == "too-deep":
            site.unreadable.append(response.url)
        if discover.login_page(tree, response.url, redirected=bool(response.meta.get("redirect_urls")),
                               home=int(response.meta.get("page", 1)) == 1):
            message = _login_wall_message(response.url)
            if int(response.meta.get("page", 1)) == 1:
                raise ChannelError("login-wall", message)
            site.login_wall = response.url
            return
        target = None if response.meta.get("js_redirected") else discover.js_redirect(tree, response.url)
        if target is not None:
            # a page that only runs `window.location.href = "/portal/"`: followed once, like a meta refresh
            log.info("channel %s: %s sends browsers to %s by script; following", run.channel["id"],
                     response.url, target)
            if int(response.meta.get("page", 1)) == 1 and target not in self.sites[run.channel["id"]].requested:
                # the page it leads to is the channel's first page: its answer (a login wall, an
                # error) is the channel's health, not this script's 200
                run.defer_record = True
                request = self._request(run, target, "home", page=1, js_redirected=True)
            else:
                request = self._follow(run, target, "home", js_redirected=True)
            if request is not None:
                yield request
                return
        site.home_url = response.url
        link_header = ", ".join(v.decode("latin-1") for v in response.headers.getlist(b"Link"))
        api = discover.wp_api_root(tree, response.url, link_header)
        feeds = discover.feed_links(tree, response.url)
        root = discover.site_root(response.url)
        candidates: list[tuple[str, str]] = []
        site.scope = discover.listing_scope(tree, response.url)
        if site.scope is not None:
            # one KIM's author/category/tag page on a shared portal: that listing's posts only —
            # its own REST filter, its own feed, else the page itself; never the site-wide doors
            if api and site.scope.rest_filter:
                candidates.append(("wp_rest", api))
            candidates += [("feed", url) for url in site.scope.feeds]
        elif api:
            candidates.append(("wp_rest", api))
        kim_id = (urlsplit(response.url).hostname or "").endswith(".kim.id")
        if site.scope is None:
            candidates += [("feed", url) for url in feeds[:2]]
            if not api and discover.looks_like_wordpress(tree):
                candidates.append(("wp_rest", urljoin(root, "/wp-json/")))
            if not kim_id:
                # (KIM.id sites have no feeds or sitemaps at the usual places: no need to knock)
                candidates += [("feed", url) for url in discover.common_feed_urls(response.url) if url not in feeds]
            # a sitemap named in robots.txt is read wherever the site is hosted, *.kim.id included
            candidates.append(("robots", urljoin(root, "/robots.txt")))
            if not kim_id:
                candidates += [("sitemap", urljoin(root, path)) for path in discover.COMMON_SITEMAP_PATHS]
        site.candidates = candidates
        found = listing_links(tree, response.url, dates=True, now=_fetched_at(response), rejected=site.url_filtered,
                              short=site.short_text, limit=LISTING_LINKS)
        site.listing_capped |= len(found) >= LISTING_LINKS
        if self._reads_pdfs(run):
            pdfs = release_pdf_links(tree, response.url, dates=True, now=_fetched_at(response))
            site.url_filtered.difference_update(link.url for link in pdfs)  # (followed after all)
            found += pdfs
        # a "Berita Terpopuler" sidebar is not the site's listing: only main-content links count
        site.home_links = discover.main_content_links(tree, response.url, [link.url for link in found])
        site.home_side_links = [link.url for link in found if link.url not in site.home_links]
        site.card_dates.update({link.url: link.published for link in found if link.published})
        # a post in the home page's list headlined "Berita" is a post, not the news section
        listed = {link.url for link in found}
        site.home_next = next_page_url(tree, response.url)
        # a later page of a listing ("Berikutnya" to /berita/?page=2, often the home page's own
        # next page) is that listing's pagination, not a section to probe and remember
        site.home_sections = [] if site.scope else [u for u in discover.news_sections(tree, response.url)
                                                      if u not in listed and u != site.home_next
                                                      and not later_page(u)]
        if site.home_next is None:
            site.load_more = load_more_control(tree)
        yield from self._next_candidate(run)

    def _next_candidate(self, run: ChannelRun) -> Iterator[Any]:
        """Probe the next door of the discovery queue; listing pages when none is left."""
        site = self.sites[run.channel["id"]]
        while site.candidates:
            kind, url = site.candidates.pop(0)
            if url in site.requested:
                continue
            site.tried.append(f"{kind} {url}")
            if kind == "wp_rest":
                api_filter = site.scope.rest_filter if site.scope else None
                url_to_get = discover.wp_posts_url(url, per_page=WP_PER_PAGE, filters=api_filter)
                request = self._follow(run, url_to_get, "wp_rest", probe=True, api_root=url, api_filter=api_filter)
            else:
                request = self._follow(run, url, kind, probe=True)
            if request is not None:
                yield request
                return
        yield from self._start_listing(run)

    def _start_listing(self, run: ChannelRun) -> Iterator[Any]:
        """No feed, API or sitemap: read the home page's main-content article links and the
        news sections it links (``/berita``, "Kabar Desa"; on KIM.id sites the KIM.id sections
        too, linked or not; on a home page with few links the usual sections), each with its
        pagination. Which of them list posts is remembered when the crawl closes."""
        site = self.sites[run.channel["id"]]
        home = site.home_url or str(run.channel["url"])
        root = discover.site_root(home)
        sections = list(site.home_sections)
        if discover.is_kimid_host(home) and site.scope is None:
            sections += [urljoin(root, path) for path in discover.KIMID_SECTIONS]
        if len(site.home_links) < MIN_HOME_ARTICLE_LINKS and site.scope is None:
            sections += [urljoin(root, path) for path in discover.DEFAULT_SECTIONS]
        seen: list[str] = []
        for url in sections:
            key = url.rstrip("/")
            if key != home.rstrip("/") and key not in [s.rstrip("/") for s in seen]:
                seen.append(url)
        seen = seen[:discover.MAX_SECTIONS]
        site.discovered_listing = True
        site.state["listing_urls"] = []
        if site.home_links:
            # the home page's own list is a listing candidate; dropped at the end when its
            # sections list everything it shows
            self._choose(site, "listing", listing_urls=[home])
            site.listed.setdefault(home, set()).update(site.home_links)
        probes = [self._follow(run, url, "listing", section_probe=True) for url in seen]
        if site.home_links:
            yield from self._articles(run, site.home_links, listing_url=home, listed=True)
            max_pages = int(site.options.get("max_pages") or run.max_pages)
            if len(site.home_links) >= MIN_HOME_ARTICLE_LINKS and site.home_next and max_pages > 1:
                request = self._follow(run, site.home_next, "listing", lpage=2, root=home)
                if request is not None:
                    yield request
            elif len(site.home_links) >= MIN_HOME_ARTICLE_LINKS and site.home_next:
                site.paging_cut.setdefault(home, site.home_next)
        elif site.home_side_links and not site.home_sections:
            # nothing but a widget and no news section linked: its posts may be the only ones
            yield from self._articles(run, site.home_side_links, listing_url=home, listed=True)
        yield from (p for p in probes if p is not None)

    def _choose(self, site: SiteRun, method: str, **values: Any) -> None:
        if site.state.get("method") != method or any(site.state.get(k) != v for k, v in values.items()):
            site.changed = True
        site.state["method"] = method
        site.state.update(values)
        for key in [k for k, v in values.items() if v is None]:
            site.state.pop(key)
        site.state.pop("section_probes", None)

    # ------------------------------------------------------------------ feeds

    def _parse_feed(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        site = self.sites[run.channel["id"]]
        if response.status == 304:
            return
        if not discover.looks_like_feed(response.body):
            raise ChannelError("not-a-feed", f"{response.url} is not a feed")
        if refused := entities_refused(response.body):
            raise ChannelError("entities", f"{response.url} {refused}")
        headers = {k.decode("latin-1").lower(): v[0].decode("latin-1") for k, v in response.headers.items() if v}
        parsed = parse_feed(response.body, headers)
        # a feed broken off inside an entry: that entry (and the junk after it) is no post
        cut_entries = drop_cut_entries(parsed, response.body)[1]
        if not parsed.entries:
            raise ChannelError("empty-feed", f"{response.url} has no entries")
        if cut_entries:
            site.cut_feed = response.url
        if response.meta.get("probe") or site.state.get("method") != "feed":
            self._choose(site, "feed", feed_url=response.url)
        ids = []
        known = fresh = 0
        channel = run.channel
        reads_pdfs = self._reads_pdfs(run)
        for entry in parsed.entries:
            link = entry.get("link") or (_pdf_enclosure(entry) if reads_pdfs else None)
            guid = _guid(link) or entry.get("id")
            if not guid:
                continue
            html, plain = entry_body(entry)
            text, links = extract_fragment(html, link or response.url) if html else (plain or "", [])
            published = _plain(entry_published(entry), site.zone)
            ids.append(stored_id(channel["owner_kind"], channel["id"], guid))
            if ids[-1] in self.known and not run.first_crawl:
                known += 1
            if published:
                site.published.append(published)
            if guid in site.seen:
                continue
            site.seen.add(guid)
            site.feed_dates.append({"published": published})  # noted as a feed channel notes them
            fresh += 1
            release_pdf = reads_pdfs and pdf.is_pdf_url(link)
            if (excerpt_only(text, full_content=bool(entry.get("content"))) or release_pdf) and link and same_site(link, response.url):
                # an excerpt-only feed: the article page has the text the matcher needs; a
                # stored article keeps its full text (the excerpt must not overwrite it)
                # (an entry linking a release PDF: the release is in the PDF, not in the entry)
                if ids[-1] in self.known or link in site.requested:
                    continue
                if site.articles_left > 0:
                    site.articles_left -= 1
                    request = self._follow(run, link, "article", guid=guid, fallback={
                        "title": entry_title(entry), "text": text, "links": links, "published": published},
                        **self._pdf_meta(run, link))
                    if request is not None:
                        yield request
                        continue
            yield self.entry_item(run, guid, url=link, title=entry_title(entry), text=text, links=links,
                                  published=published)
        fpage = int(response.meta.get("fpage", 1))
        max_pages = int(site.options.get("max_pages") or run.max_pages)
        following = feed_next_page_url(response.url, parsed, fpage)
        if not following or known or not fresh:
            return
        if fpage >= max_pages:
            if following not in site.requested:
                # never silent: a feed paging on at max_pages, as a listing does (its older posts unread)
                site.feed_paging_cut = site.feed_paging_cut or (response.meta.get("froot") or response.url,
                                                                following)
        else:
            request = self._follow(run, following, "feed", fpage=fpage + 1,
                                   froot=response.meta.get("froot") or response.url)
            if request is not None:
                yield request

    # ------------------------------------------------------------------ WordPress REST

    def _parse_wp_rest(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        site = self.sites[run.channel["id"]]
        if response.status == 304:
            return
        try:
            posts = discover.parse_wp_posts(response.body, response.url)
        except ValueError as error:
            raise ChannelError("not-wp-rest", f"{response.url} is not a WordPress posts list: {error}",
                               f"{response.url} is not a WordPress posts list") from error
        if response.meta.get("probe"):
            self._choose(site, "wp_rest", api_root=response.meta["api_root"], api_filter=response.meta.get("api_filter"))
        channel = run.channel
        ids = []
        for post in posts:
            guid = _guid(post.url) or f"wp:{post.id}"
            text, links = extract_fragment(post.html, post.url)
            ids.append(stored_id(channel["owner_kind"], channel["id"], guid))
            if post.published:
                site.published.append(post.published)
            yield self.item(channel, guid, url=post.url, title=post.title, text=text, links=links,
                            published=post.published, extra={"wp_id": post.id} if post.id else None)
        # the API's own page number, from the URL: the request's meta "page" counts the channel's
        # requests (a probe of the API is the channel's 2nd request but the API's page 1)
        page = _int(dict(parse_qsl(urlsplit(response.url).query)).get("page")) or 1
        total = _int(response.headers.get(b"X-WP-TotalPages"))
        more = len(posts) >= WP_PER_PAGE if total is None else page < total
        if more:
            after = None if run.first_crawl else site.state.get("last_published")
            url = discover.wp_posts_url(site.state["api_root"], page=page + 1, per_page=WP_PER_PAGE, after=after,
                                        filters=site.state.get("api_filter"))
            follow = self.next_page(response, url, ids, step="wp_rest")
            if follow is not None:
                follow.callback, follow.errback = self._on_step, self._on_step_error
                follow.dont_filter = True
                yield follow

    # ------------------------------------------------------------------ sitemaps

    def _parse_robots(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        site = self.sites[run.channel["id"]]
        found = discover.robots_sitemaps(response.body, response.url)
        site.candidates = [("sitemap", url) for url in found] + [
            c for c in site.candidates if c[1] not in found]
        yield from self._next_candidate(run)

    def _parse_sitemap(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        site = self.sites[run.channel["id"]]
        child = bool(response.meta.get("child"))
        if child:
            site.sitemap_waiting -= 1
        else:
            site.sitemap_files += 1
        if response.status == 304:
            if child:
                yield from self._sitemap_next(run)
            return
        try:
            sitemap = discover.parse_sitemap(response.body, response.url)
        except ValueError as error:
            if not child:
                raise ChannelError("not-a-sitemap", f"{response.url}: {error}", f"{response.url} is no sitemap") from error
            log.info("channel %s: %s: %s", run.channel["id"], response.url, error)
            yield from self._sitemap_next(run)
            return
        since = self._sitemap_since(site, run)
        if sitemap.is_index:
            children = discover.child_sitemaps(sitemap, since=since)
            depth = int(response.meta.get("depth", 0))
            if not child:
                if not children and response.meta.get("probe"):
                    raise ChannelError("empty-sitemap", f"{response.url} lists no post sitemaps")
                # remembered as the site's door only once its files list pages (_sitemap_next):
                # an index of indexes of indexes that never names a page is no door
                site.sitemap_index = response.url
                site.sitemap_probe = bool(response.meta.get("probe"))
            if depth >= MAX_SITEMAP_DEPTH:
                # an index nested deeper than any site needs (a chain of indexes, endless or not):
                # not followed, said in the channel's note
                log.info("channel %s: %s is a sitemap index nested %s deep; not followed", run.channel["id"],
                         response.url, depth + 1)
                site.sitemap_deep.append(response.url)
            else:
                site.sitemap_children += len(children)
                site.sitemap_queue += [(entry, depth + 1) for entry in children]
            yield from self._sitemap_next(run, asked=not child)
            return
        pages = [e for e in sitemap.entries if _article_candidate(e.url, response.url)
                 or self._reads_pdfs(run) and _release_pdf_candidate(e.url, response.url)]
        if not pages and response.meta.get("probe"):
            raise ChannelError("empty-sitemap", f"{response.url} lists no pages")
        if not child:
            self._choose(site, "sitemap", sitemap_url=response.url)
        site.sitemap_listed += len(pages)
        site.sitemap_pages.append(pages)
        if child:
            # the pages of all the index's children are ranked together once the last one has
            # answered: the article budget goes to the site's newest pages, whichever child
            # (an old archive, a slow file) happened to answer first
            yield from self._sitemap_next(run)
        else:
            yield from self._sitemap_articles(run, listing_url=response.url)

    def _sitemap_next(self, run: ChannelRun, asked: bool = False) -> Iterator[Any]:
        """Once every child sitemap asked for has answered: the next batch of children while the
        pages read do not fill the article budget (at most MAX_SITEMAP_FILES files in all), else
        the article requests of all their pages. An index whose files list no page at all (a
        chain of indexes, empty files) is no door: not remembered, and discovery goes on (the
        home page read again when it was the remembered door)."""
        site = self.sites[run.channel["id"]]
        if site.sitemap_waiting > 0:
            return
        if site.sitemap_queue:
            since = self._sitemap_since(site, run)
            unread = sum(1 for e in discover.newest_pages_of(site.sitemap_pages, since=since)
                         if not self._is_known(run, e.url))
            room = MAX_SITEMAP_FILES - site.sitemap_files
            if (unread < site.articles_left or asked) and room > 0:
                batch, site.sitemap_queue = site.sitemap_queue[:min(MAX_CHILD_SITEMAPS, room)], \
                    site.sitemap_queue[min(MAX_CHILD_SITEMAPS, room):]
                for entry, depth in batch:
                    request = self._follow(run, entry.url, "sitemap", child=True, depth=depth)
                    if request is not None:
                        site.sitemap_files += 1
                        site.sitemap_waiting += 1
                        yield request
                if site.sitemap_waiting > 0:
                    return
                yield from self._sitemap_next(run)
                return
            site.sitemap_left += len(site.sitemap_queue)
            site.sitemap_capped |= room <= 0
            site.sitemap_queue = []
        if site.sitemap_listed == 0 and site.sitemap_index and (site.sitemap_probe or site.sitemap_deep):
            site.sitemap_dead = site.sitemap_index
            if not site.sitemap_probe:
                # the remembered door lists nothing any more: forgotten, the home page read again
                log.info("channel %s: remembered sitemap %s lists no page; discovering again", run.channel["id"],
                         site.sitemap_index)
                self._forget(site)
                request = self._follow(run, str(run.channel["url"]), "home",
                                       rediscovery=f"remembered sitemap {site.sitemap_index} lists no page")
                if request is not None:
                    yield request
                return
            yield from self._next_candidate(run)
            return
        if site.sitemap_index and site.sitemap_listed:
            self._choose(site, "sitemap", sitemap_url=site.sitemap_index)
        yield from self._sitemap_articles(run)

    def _sitemap_since(self, site: SiteRun, run: ChannelRun) -> str | None:
        return None if run.first_crawl else site.state.get("sitemap_lastmod")

    def _sitemap_articles(self, run: ChannelRun, listing_url: str | None = None) -> Iterator[Any]:
        """The article requests of the sitemap pages read (once every child asked for answered),
        newest ``lastmod`` first, and the sitemap mark to remember.

        The mark moves to the newest ``lastmod`` read, unless a later crawl's budget ran out
        before the new pages did: then it stays, so that the next crawl reads the rest (the
        pages already stored are skipped); a first crawl's cut leaves the older back catalogue
        unread on purpose."""
        site = self.sites[run.channel["id"]]
        if site.sitemap_waiting > 0 or not site.sitemap_pages:
            return
        groups, site.sitemap_pages = site.sitemap_pages, []
        pages = [entry for group in groups for entry in group]
        since = self._sitemap_since(site, run)
        fresh = discover.newest_pages_of(groups, since=since)
        site.lastmods.update({e.url: e.lastmod for e in fresh if e.lastmod})
        site.sitemap_published.update({e.url: e.published for e in fresh if e.published})
        left_before = len(site.over_budget)
        # a sitemap is the site's own list of its pages: its entries count as listed items
        yield from self._articles(run, [e.url for e in fresh], listing_url=listing_url or site.sitemap_index,
                                  listed=True)
        if since is None or len(site.over_budget) == left_before:
            site.sitemap_marks += [e.changed for e in pages if e.changed]

    # ------------------------------------------------------------------ listing pages

    def _parse_listing(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        site = self.sites[run.channel["id"]]
        if response.status == 304:
            return
        tree, problem = parse_page(response.body, _content_type(response))
        if tree is None:
            raise unread_page(response.url, problem)
        if problem == "too-deep":
            site.unreadable.append(response.url)
        read_listed = self._article_shape(site, run, response)
        if read_listed is not None:
            # an article page taken for a listing (probed as a section, remembered by an earlier
            # crawl): read as the article it is, and no longer a listing
            if response.meta.get("page") == 1 and not response.meta.get("section_probe"):
                for other in (site.state.get("listing_urls") or [])[1:]:
                    request = self._follow(run, other, "listing", lpage=1)
                    if request is not None:
                        yield request
            yield from self._listing_article(site, run, response, read_listed)
            return
        found = listing_links(tree, response.url, dates=True, now=_fetched_at(response), rejected=site.url_filtered,
                              short=site.short_text, limit=LISTING_LINKS)
        site.listing_capped |= len(found) >= LISTING_LINKS
        pdfs = release_pdf_links(tree, response.url, dates=True, now=_fetched_at(response)) \
            if self._reads_pdfs(run) else []
        site.url_filtered.difference_update(link.url for link in pdfs)  # (followed after all)
        links = [link.url for link in found]
        site.card_dates.update({link.url: link.published for link in found + pdfs if link.published})
        # the listing's own items, not its "Terpopuler" widget (whose old posts would also stop
        # a re-crawl's pagination as "known" before the new posts are all read)
        links = discover.main_content_links(tree, response.url, links) or links
        root = str(response.meta.get("root") or response.url)
        section = urlsplit(root).path.rstrip("/")
        if section:
            # a section lists its own articles; its sidebar's "other news" belong to other sections
            under = [u for u in links if urlsplit(u).path.startswith(section + "/")]
            if under:
                site.out_of_section.update(set(links) - set(under))
            links = under or links
        if pdfs:
            # a government listing's release PDFs (filed under /uploads/, outside any section)
            pdf_urls = [link.url for link in pdfs]
            links += [u for u in discover.main_content_links(tree, response.url, pdf_urls) or pdf_urls if u not in links]
        site.listed.setdefault(root, set()).update(links)
        if response.meta.get("section_probe"):
            if len(links) < 1:
                return
            urls = list(site.state.get("listing_urls") or [])
            if response.url not in urls and not later_page(response.url):
                urls.append(response.url)
            self._choose(site, "listing", listing_urls=urls)
        elif response.meta.get("page") == 1:
            # the remembered first listing; the other remembered sections come along
            for other in (site.state.get("listing_urls") or [])[1:]:
                request = self._follow(run, other, "listing", lpage=1)
                if request is not None:
                    yield request
        known = [u for u in links if self._is_known(run, u)]
        yield from self._articles(run, links, listing_url=response.url, listed=True)
        lpage = int(response.meta.get("lpage", 1))
        max_pages = int(site.options.get("max_pages") or run.max_pages)
        following = next_page_url(tree, response.url)
        if following is None and site.load_more is None:
            # said on every crawl, not only the first: the posts behind the button stay unread
            site.load_more = load_more_control(tree)
        if known and not run.first_crawl or not links:
            return
        if lpage >= max_pages:
            if following and following not in site.requested:
                # never silent: a listing that pages on (an endless "Selanjutnya" as much as a long
                # archive) is read to max_pages, and the note says where it was cut
                site.paging_cut.setdefault(root, following)
            return
        if following:
            request = self._follow(run, following, "listing", lpage=lpage + 1, root=root)
            if request is not None:
                yield request

    def _article_shape(self, site: SiteRun, run: ChannelRun, response: Response) -> bool | None:
        """Judge a listing page again each time it is read: when it has an article's shape (as a
        page a listing links, or as one reached by itself), the ``listed`` flag it is an article
        with; None when it is a listing. The home page, a section or archive address, a listing's
        later pages and the registry's ``section:`` are listings by their address and not judged;
        the other pages read as listings are named in the note (``site.listings_read``)."""
        if int(response.meta.get("lpage", 1)) > 1 or response.meta.get("root") or site.options.get("section"):
            return None
        url = response.url
        path = urlsplit(url).path
        homes = {site.home_url.rstrip("/"), str(run.channel["url"]).rstrip("/"), discover.site_root(url).rstrip("/")}
        segments = [s.lower() for s in path.split("/") if s]
        if url.rstrip("/") in homes or path in ("", "/") or not_article_path(path) or discover.is_listing_url(url) \
                or (segments and re.sub(r"\.\w+$", "", segments[-1]) in discover.SECTION_NAMES):
            return None
        # one reading, judged as a page a listing links and as one reached by itself
        article = extract_article(response.body, url, _content_type(response), now=_fetched_at(response),
                                  listed=True, judge_unlisted=True, zone=site.zone)
        if article is None or article.problem or not article.text:
            site.listings_read.append(f"{url} ({'unreadable' if article is None else article.verdict or '?'})")
            return None
        for listed, (is_article, verdict) in ((True, (article.is_article, article.verdict or "?")),
                                              (False, article.unlisted_verdict or (False, "?"))):
            if is_article:
                log.info("channel %s: %s, read as a listing, is an article (%s)", run.channel["id"], url, verdict)
                return listed
        site.listings_read.append(f"{url} ({article.verdict or '?'})")
        return None

    def _listing_article(self, site: SiteRun, run: ChannelRun, response: Response, listed: bool) -> Iterator[Any]:
        """A page taken for a listing that is an article: out of the remembered listings, and
        stored (when not stored yet) as any article page is."""
        urls = list(site.state.get("listing_urls") or [])
        if response.url in urls:
            site.state["listing_urls"] = [u for u in urls if u != response.url]
            site.changed = True
        site.listing_articles.append(response.url)
        if self._is_known(run, response.url):
            return
        site.articles_left -= 1
        response.meta.update(guid=_guid(response.url), listed=listed)
        yield from self._parse_article(response, run)

    # ------------------------------------------------------------------ articles

    def _is_known(self, run: ChannelRun, url: str) -> bool:
        guid = _guid(url)
        if guid is None:
            return True
        site = self.sites[run.channel["id"]]
        if guid in (site.state.get("not_articles") or []):
            return True
        unread = (site.state.get("pdf_unread") or {}).get(guid)
        if unread is not None:
            # an unread release PDF is asked again by itself (_pdf_rechecks); one remembered by an
            # older kimwatch, without its address, when a page links it
            return bool(unread.get("url"))
        return stored_id(run.channel["owner_kind"], run.channel["id"], guid) in self.known

    def _articles(self, run: ChannelRun, urls: list[str], listing_url: str, listed: bool = False) -> Iterator[Any]:
        """Requests for the article pages among ``urls`` that are not stored yet (``listed``:
        linked as items of a listing page)."""
        site = self.sites[run.channel["id"]]
        for position, url in enumerate(urls):
            if self._is_known(run, url):
                continue
            if site.articles_left <= 0:
                log.info("channel %s: article budget spent; the rest waits for the next crawl", run.channel["id"])
                site.over_budget.update(u for u in urls[position:]
                                        if u not in site.requested and not self._is_known(run, u))
                return
            request = self._follow(run, url, "article", guid=_guid(url), listing=listing_url, listed=listed,
                                   **self._pdf_meta(run, url))
            if request is not None:
                site.articles_left -= 1
                yield request

    def _parse_article(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        site = self.sites[run.channel["id"]]
        guid = response.meta.get("guid") or _guid(response.url)
        if not guid:
            return
        fallback = response.meta.get("fallback") or {}
        site.articles_answered += 1
        if response.status == 304:  # an unread release PDF asked again, unchanged: still unread
            log.info("channel %s: %s unchanged (304); still not readable", run.channel["id"], response.url)
            return
        content_type = _content_type(response)
        if self._reads_pdfs(run) and pdf.is_pdf(response.body, content_type):
            yield from self._parse_pdf(response, run, guid, fallback)
            return
        if content_type and "html" not in content_type.lower() and "xml" not in content_type.lower():
            self._not_article(site, guid, skipped=response.url, reason=f"not HTML ({content_type.split(';')[0]})")
            return
        addresses = [response.url, *response.meta.get("redirect_urls", [])]
        card = next((site.card_dates[u] for u in addresses if u in site.card_dates), None)
        article = extract_article(response.body, response.url, content_type, now=_fetched_at(response),
                                  listed=bool(response.meta.get("listed")), listed_date=card is not None,
                                  zone=site.zone)
        if article is not None and article.problem:
            # a "page not found" page answering 200, a page too deeply nested to read: never a post
            log.info("channel %s: %s is a %s page, not an article", run.channel["id"], response.url, article.problem)
            site.problems[article.problem] = site.problems.get(article.problem, 0) + 1
            self._not_article(site, guid, skipped=response.url, reason=_PROBLEM_REASONS.get(article.problem,
                                                                                             article.problem))
            return
        if article is None or not article.text or (not article.is_article and not fallback):
            why = ("unreadable" if article is None else "no text" if not article.text
                   else f"not an article: {article.verdict or '?'}")
            log.info("channel %s: %s is not an article (%s)", run.channel["id"], response.url, why)
            self._not_article(site, guid, skipped=response.url, reason=why)
            return
        text = article.text
        if fallback and len(fallback.get("text") or "") > len(text):
            text = fallback["text"]
        if len(text) < MIN_ARTICLE_CHARS // 4 and not fallback:
            self._not_article(site, guid, skipped=response.url, reason=f"too short ({len(text)} chars)")
            return
        url = article.canonical_url if article.canonical_url and same_site(article.canonical_url, response.url) \
            else response.url
        title = article.title or fallback.get("title")
        twin = self._same_text(run, site, guid, title, text, url)
        if twin is not None:
            # the text of a post already stored (or read in this run) under another address: a
            # print or AMP version, a post filed twice — counted apart from "not an article"
            log.info("channel %s: %s has the same text as %s; skipped as a duplicate", run.channel["id"],
                     response.url, twin)
            self._not_article(site, guid, skipped=response.url, reason=f"duplicate (same text as {twin})")
            return
        # a feed's time (with hour and offset) beats a page's date-only byline
        self._settled(site, guid)
        # the listing card's date when the page shows none (KIM.id-style cards carry the date),
        # or only a date read from its text (often the date of the event it announces)
        page_date = article.published if article.published_source != "text" or card is None else None
        published = _plain(fallback.get("published"), site.zone) or page_date or card
        extra = None
        sitemap_published = next((site.sitemap_published[u] for u in addresses if u in site.sitemap_published), None)
        if not published and sitemap_published:
            # a news sitemap's news:publication_date is the site's own word on the publication,
            # as marked as a meta date: it dates a page that marks none (before any unmarked date)
            published, extra = sitemap_published, {"published_from": "sitemap news:publication_date"}
        if not published:
            # the sitemap's lastmod is the page's last change, not its publication: a date the
            # page writes after its headline, however unmarked, wins; lastmod only as a last
            # resort, said in the note and on the post (an old release edited last week is old)
            lastmod = next((site.lastmods[u] for u in addresses if u in site.lastmods), None)
            tree = parse_page(response.body, content_type)[0] if lastmod else None
            shown = date_after_headline(tree, title) if tree is not None else None
            if shown is not None:
                published = to_iso(shown)
            elif lastmod:
                published, extra = lastmod, {"published_from": "sitemap lastmod"}
                site.lastmod_dated.append(url)
        if published:
            site.published.append(str(published))
        elif not fallback or run.first_crawl:  # (a feed entry's, new on a later crawl, is dated when first seen)
            site.undated.append(url)
        fields = {"url": url, "title": title, "text": text, "links": article.links or fallback.get("links") or [],
                  "published": published, "extra": extra}
        yield self._page_item(run, guid, fallback, **fields)

    def _page_item(self, run: ChannelRun, guid: str, fallback: Mapping[str, Any], **fields: Any) -> ContentItem:
        """The item of an article page or release PDF: a feed entry's page (``fallback``, the
        entry) is that entry's item, dated as a feed channel's would be; any other the channel's."""
        return self.entry_item(run, guid, **fields) if fallback else self.item(run.channel, guid, **fields)

    def _same_text(self, run: ChannelRun, site: SiteRun, guid: str, title: str | None, text: str,
                   url: str) -> str | None:
        """The address of another post of this channel with the same title and text (the
        store's content hash, computed as the clean pipeline will), or None. Read from the
        store once per channel and run; what this run yields (at ``url``, as the site writes
        it: ``http://`` stays, where the guid is the canonical ``https://`` form) is added as it goes."""
        if site.texts is None:
            rows = self.context.db.execute("SELECT content_hash, url, id FROM posts WHERE channel_id = ?",
                                           [run.channel["id"]]).fetchall()
            site.texts = {digest: (url or "", post_id) for digest, url, post_id in rows if digest}
        digest = store.content_hash(clean_title(title), tidy_text(text))
        own_id = stored_id(run.channel["owner_kind"], run.channel["id"], guid)
        twin = site.texts.get(digest)
        if twin is not None and twin[1] != own_id:
            return twin[0]
        site.texts[digest] = (url, own_id)
        return None

    def _settled(self, site: SiteRun, guid: str) -> None:
        """An article page answered: it leaves the retry list."""
        if guid in (site.state.get("retry") or []):
            site.state["retry"] = [g for g in site.state["retry"] if g != guid]
            if not site.state["retry"]:
                del site.state["retry"]
            site.changed = True

    def _not_article(self, site: SiteRun, guid: str | None, skipped: str | None = None,
                     reason: str | None = None) -> None:
        if skipped:
            site.skipped.append(skipped)
            kind = _reason_kind(reason or "not an article")
            site.reasons[kind] = site.reasons.get(kind, 0) + 1
            detail = (reason or "")[len(kind):].strip()  # "(24 teaser links, 1751 chars of text)"
            site.reason_examples.setdefault(kind, f"{skipped} {detail}" if detail else skipped)
        if not guid:
            return
        self._settled(site, guid)
        self._pdf_done(site, guid)
        remembered = list(site.state.get("not_articles") or [])
        if guid not in remembered:
            remembered.append(guid)
            site.state["not_articles"] = remembered[-MAX_REMEMBERED_NON_ARTICLES:]
            site.state["not_articles_rules"] = NOT_ARTICLE_RULES
            site.changed = True

    # ------------------------------------------------------------------ release PDFs

    def _reads_pdfs(self, run: ChannelRun) -> bool:
        """Whether the channel's release PDFs are read: a government source's (a KIM linking a
        PDF is a post linking it, matched by its link)."""
        return run.channel.get("owner_kind") == "source"

    def _pdf_meta(self, run: ChannelRun, url: str | None) -> dict[str, Any]:
        """The request meta of a release PDF: its own size limit (``PDF_MAXSIZE``)."""
        if not self._reads_pdfs(run) or not pdf.is_pdf_url(url):
            return {}
        limit = self.settings.getint("PDF_MAXSIZE", pdf.MAX_BYTES)
        return {"pdf": True, "download_maxsize": limit, "download_warnsize": limit}

    def item(self, channel: Mapping[str, Any], guid: str, **fields: Any) -> ContentItem:
        """An item; a source's HTML releases of this run are remembered for its release PDFs."""
        item = super().item(channel, guid, **fields)
        site = self.sites.get(channel["id"])
        if site is not None and channel.get("owner_kind") == "source" and \
                (fields.get("extra") or {}).get("format") != "pdf":
            links = {canonical_url(link) or link for link in fields.get("links") or [] if isinstance(link, str)}
            site.html_items.append((str(fields.get("url") or guid), str(fields.get("title") or ""), links,
                                    str(fields.get("text") or "")))
            self._stored_pdf_twins(channel, site, str(fields.get("url") or guid), links, fields)
        return item

    def _stored_pdf_twins(self, channel: Mapping[str, Any], site: SiteRun, url: str, links: set[str],
                          fields: Mapping[str, Any]) -> None:
        """An HTML release read after its PDF was stored as an announcement (an earlier crawl): the
        PDF's address is recorded as leading to this release (``resolved_urls``, ``pdf-of-release``)
        and no longer fetched; after the crawl the store merges the two
        (:func:`crawler.store.merge_release_pdfs`). The same tests as for a PDF read in the same run:
        the HTML links the PDF, or (published within a week of it) has its title or most of its text."""
        if site.stored_pdfs is None:
            try:
                rows = self.context.db.execute(
                    "SELECT url, title, text, published_at FROM announcements WHERE source_id = ? "
                    "AND lower(url) LIKE '%.pdf' ORDER BY published_at DESC LIMIT 1000", [channel["owner_id"]])
                site.stored_pdfs = [(str(u), str(t or ""), str(x or ""), str(p or "")) for u, t, x, p in rows]
            except Exception:  # no merge this time; the next crawl of a new release tries again
                log.exception("channel %s: cannot read the source's stored release PDFs", channel["id"])
                site.stored_pdfs = []
        if not site.stored_pdfs:
            return
        moment = parse_datetime(fields.get("published"))
        for pdf_url, pdf_title, pdf_text, pdf_published in site.stored_pdfs:
            if (canonical_url(pdf_url) or pdf_url) not in links:
                when = parse_datetime(pdf_published) if pdf_published else None
                if moment is not None and when is not None and abs(moment - when) > timedelta(days=7):
                    continue
                if not _one_release(pdf_title, pdf_text, fields.get("title"), fields.get("text")):
                    continue
            log.info("channel %s: %s is the HTML release of the stored PDF %s; the two become one announcement",
                     channel["id"], url, pdf_url)
            self._alias(pdf_url, url)
            guid = _guid(pdf_url)
            if guid:
                self._not_article(site, guid)

    def _parse_pdf(self, response: Response, run: ChannelRun, guid: str,
                   fallback: Mapping[str, Any]) -> Iterator[Any]:
        """A release PDF: read, and held until the channel's HTML pages are all in (the HTML
        version of the same release wins). One that cannot be read is named in the note (and
        a feed entry that linked it keeps the entry's own text)."""
        site = self.sites[run.channel["id"]]
        try:
            release = pdf.read_release(response.body, max_pages=self.settings.getint("PDF_MAX_PAGES", pdf.MAX_PAGES),
                                       max_seconds=self.settings.getfloat("PDF_MAX_SECONDS", pdf.MAX_SECONDS))
        except pdf.PdfUnreadable as error:
            log.info("channel %s: %s: %s", run.channel["id"], response.url, error.message)
            site.pdf_problems.append(f"{response.url}: {error.message}")
            # asked again after PDF_RECHECK_HOURS: the office may replace the file at the same address
            self._unread_pdf(site, guid, response.url, error.message, response)
            if fallback.get("text"):
                yield self.entry_item(run, guid, url=response.url, title=fallback.get("title"),
                                      text=fallback["text"], links=fallback.get("links") or [],
                                      published=_plain(fallback.get("published"), site.zone),
                                      extra={"article_page": error.message})
            return
        self._settled(site, guid)
        self._pdf_done(site, guid)
        addresses = [response.url, *response.meta.get("redirect_urls", [])]
        # the release's own dateline, else the listing's (or feed's) date, else a news sitemap's
        # publication date, else the file's; the sitemap's lastmod (the file's last change)
        # only when nothing else dates it
        lastmod = next((site.lastmods[u] for u in addresses if u in site.lastmods), None)
        card = next((site.card_dates[u] for u in addresses if u in site.card_dates), None)
        sitemap_published = next((site.sitemap_published[u] for u in addresses if u in site.sitemap_published), None)
        published = (release.published or _plain(fallback.get("published"), site.zone) or card or sitemap_published
                     or release.created or lastmod)
        title = release.title or fallback.get("title") or _title_from_file(response.url)
        fields = {"url": response.url, "title": title, "text": release.text, "published": published,
                  "extra": {"format": "pdf", "pdf_pages": release.pages}}
        site.pdf_held.append(self._page_item(run, guid, fallback, **fields))

    def _unread_pdf(self, site: SiteRun, guid: str | None, url: str, problem: str,
                    response: Response | None = None) -> None:
        """Remember a release PDF that could not be read, with its validators, to ask it again
        after ``PDF_RECHECK_HOURS`` (not at every crawl: it stays broken until the office fixes it)."""
        if not guid:
            return
        self._settled(site, guid)
        entry: dict[str, Any] = {"url": url, "checked_at": store.utc_now(), "problem": problem}
        if response is not None:
            for key, header in (("etag", b"ETag"), ("last_modified", b"Last-Modified")):
                value = response.headers.get(header)
                if value:
                    entry[key] = value.decode("latin-1")
        unread = dict(site.state.get("pdf_unread") or {})
        unread.pop(guid, None)
        unread[guid] = entry
        while len(unread) > MAX_REMEMBERED_UNREAD_PDFS:
            unread.pop(min(unread, key=lambda g: str(unread[g].get("checked_at") or "")))
        site.state["pdf_unread"] = unread
        site.changed = True

    def _pdf_done(self, site: SiteRun, guid: str) -> None:
        """A release PDF read at last (or gone, or left to its HTML release): no more re-asking."""
        unread = site.state.get("pdf_unread")
        if unread and guid in unread:
            site.state["pdf_unread"] = {g: e for g, e in unread.items() if g != guid}
            if not site.state["pdf_unread"]:
                del site.state["pdf_unread"]
            site.changed = True

    def _pdf_rechecks(self, run: ChannelRun) -> Iterator[scrapy.Request]:
        """Requests for the unread release PDFs whose ``PDF_RECHECK_HOURS`` have passed, each
        conditional on the validators its last answer gave."""
        site = self.sites.get(run.channel["id"])
        if site is None or not self._reads_pdfs(run) or not site.state.get("pdf_unread"):
            return
        hours = self.settings.getfloat("PDF_RECHECK_HOURS", pdf.RECHECK_HOURS)
        due = datetime.now(UTC) - timedelta(hours=hours)
        unread = dict(site.state["pdf_unread"])
        for guid, entry in unread.items():
            checked = parse_datetime(entry.get("checked_at"))
            if not entry.get("url") or checked is not None and checked > due:
                continue
            headers = {}
            if entry.get("etag"):
                headers["If-None-Match"] = str(entry["etag"])
            if entry.get("last_modified"):
                headers["If-Modified-Since"] = str(entry["last_modified"])
            request = self._follow(run, str(entry["url"]), "article", guid=guid, headers=headers,
                                   pdf_recheck=True, **self._pdf_meta(run, str(entry["url"])))
            if request is None:
                continue
            # asked now, whatever the answer (a timeout too): the next ask waits PDF_RECHECK_HOURS
            unread[guid] = {**entry, "checked_at": store.utc_now()}
            site.state["pdf_unread"] = unread
            site.changed = True  # (the state is written only when a PDF was asked again)
            log.info("channel %s: asking again for the unread release PDF %s", run.channel["id"], request.url)
            yield request

    def _unread_pdfs_from_old_state(self, site: SiteRun) -> bool:
        """Release PDFs remembered as "not articles" before unread PDFs were asked again (a
        broken one was then never fetched again): each is fetched once more when a page links it
        (its guid is not its address), then kept apart. Whether there were any."""
        remembered = list(site.state.get("not_articles") or [])
        old = [g for g in remembered if pdf.is_pdf_url(g)]
        if old:
            site.state["not_articles"] = [g for g in remembered if g not in old]
            unread = dict(site.state.get("pdf_unread") or {})
            for guid in old:
                unread.setdefault(guid, {"checked_at": "", "problem": "not read before"})
            site.state["pdf_unread"] = dict(list(unread.items())[-MAX_REMEMBERED_UNREAD_PDFS:])
        site.state["pdf_recheck"] = 1
        site.changed = True
        return bool(old)

    def _release_pdfs(self, run: ChannelRun) -> Iterator[ContentItem]:
        """The held release PDFs, once the channel's last request has answered: each one
        that is not the PDF of an HTML release (read in this run or stored) is an announcement;
        for one that is, a link to the PDF is recorded as a link to the HTML release."""
        site = self.sites.get(run.channel["id"])
        if site is None or not site.pdf_held or run.pending > 1:
            return
        held, site.pdf_held = site.pdf_held, []
        outcome = self.context.outcome(run.channel)
        for item in held:
            twin = self._html_twin(run, site, item)
            if twin is not None:
                log.info("channel %s: %s is the PDF of the release %s; the HTML page is the announcement",
                         run.channel["id"], item["url"], twin)
                self._alias(str(item["url"]), twin)
                self._not_article(site, item["guid"])
                if item.get("published"):  # (set on the stored HTML once the crawl's items are in)
                    site.pdf_dates.append((twin, str(item["published"])))
                continue
            if item.get("published"):
                site.published.append(str(item["published"]))
            else:
                site.undated.append(str(item["url"]))
            outcome.items_found += 1
            run.items += 1
            yield item

    def _html_twin(self, run: ChannelRun, site: SiteRun, item: ContentItem) -> str | None:
        """The URL of the source's HTML release that ``item`` (a release PDF) is a copy of: one
        linking the PDF, with the same title, or holding most of its text; read in this run or
        stored (published within a week of it)."""
        own = canonical_url(str(item["url"])) or str(item["url"])
        for url, other_title, links, text in site.html_items:
            if own in links or _one_release(item.get("title"), item.get("text"), other_title, text):
                return url
        query = ("SELECT url, title, text FROM announcements WHERE source_id = ? AND url IS NOT NULL "
                 "AND lower(url) NOT LIKE '%.pdf'")
        args: list[Any] = [run.channel["owner_id"]]
        moment = parse_datetime(item.get("published"))
        if moment is not None:
            query += " AND published_at BETWEEN ? AND ?"
            args += [to_iso(moment - timedelta(days=7)), to_iso(moment + timedelta(days=7))]
        for url, other_title, text in self.context.db.execute(query + " LIMIT 500", args):
            if _one_release(item.get("title"), item.get("text"), other_title, text):
                return str(url)
        return None

    def _keep_pdf_dates(self, run: ChannelRun, site: SiteRun) -> None:
        """An HTML release whose PDF, read in this crawl and left out, is dated on an earlier day
        takes the PDF's date (:func:`crawler.store.keep_release_pdf_date`), whichever of the two
        answered first: the HTML item went out before its PDF twin was known, so the stored row is
        set now, after the crawl's items are in (the pipelines are closed before ``closed``)."""
        for html_url, published in site.pdf_dates:
            try:
                if store.keep_release_pdf_date(self.context.db, str(run.channel["owner_id"]), html_url, published):
                    log.info("channel %s: %s takes the earlier date %s of its release PDF", run.channel["id"],
                             html_url, published)
            except Exception:  # the HTML's own date stays, said in the log
                log.exception("channel %s: cannot give %s its release PDF's date", run.channel["id"], html_url)
        site.pdf_dates = []

    def _alias(self, pdf_url: str, html_url: str) -> None:
        """Record that a link to the PDF is a link to the HTML release (the matcher reads
        ``resolved_urls`` as where a link leads)."""
        source, target = canonical_url(pdf_url), canonical_url(html_url)
        if not source or not target:
            return
        try:
            with store.transaction(self.context.db):
                self.context.db.execute(
                    "INSERT OR REPLACE INTO resolved_urls (url, resolved_url, resolved_at, status) VALUES (?, ?, ?, ?)",
                    [source, target, store.utc_now(), "pdf-of-release"])
        except Exception:  # the PDF is still left out; only its links are not counted
            log.exception("cannot record %s as the PDF of %s", pdf_url, html_url)

    # ------------------------------------------------------------------ state

    def _note(self, run: ChannelRun, message: str) -> None:
        """A warning on the channel's health (the site answered, but gave us nothing to read)."""
        self.note(run, message)

    def closed(self, reason: str) -> None:
        """Write what every channel taught us into ``channels.state`` (after its items)."""
        for channel_id, site in self.sites.items():
            state = site.state
            run = self.runs.get(channel_id)
            if run is not None and site.pdf_dates:
                self._keep_pdf_dates(run, site)
            if run is not None and run.items and (site.home_links or site.listing_articles) \
                    and not state.get("method"):
                # a small site whose home page links its few posts, with no section: the home page
                # is its listing (else every crawl would discover again, then warn on finding nothing new)
                # (so too when its links were probed as sections and are the site's articles)
                self._choose(site, "listing", listing_urls=[site.home_url or str(run.channel["url"])])
                state.pop("tried", None)
            if site.discovered_listing:
                self._settle_listings(site)
            notes = []
            if run is not None and site.scope is not None and state.get("method"):
                notes.append(site.scope.describe(str(state["method"])))
            if run is not None and site.login_wall and run.items == 0:
                notes.append(_login_wall_message(site.login_wall))
            elif run is not None and run.items == 0 and (site.tried or state.get("tried")) and not state.get("method") \
                    and reason == "finished":  # a stopped crawl has not tried every door yet
                notes.append("no feed, WordPress API, sitemap or article links found; "
                             "give the listing path as `section: /berita` in the registry")
            elif run is not None and run.items == 0 and run.first_crawl and reason == "finished" \
                    and state.get("method") == "listing" and not site.skipped and not site.short_text:
                # never silent: a listing read on a first crawl that gave nothing to follow looks
                # like a KIM that posts nothing
                listing = (state.get("listing_urls") or [site.home_url or run.channel["url"]])[0]
                hint = ("the `section:` given" if site.options.get("section")
                        else "give the listing path as `section: /berita` in the registry, or")
                notes.append(f"listing page(s) read (e.g. {listing}) but no article links recognised on them: "
                             f"{hint} give the site's feed or sitemap (`feed_url:`, `sitemap_url:`) if it has one")
            if run is not None and site.unreadable:
                notes.append(f"page too deeply nested to read: {site.unreadable[0]} (its markup nests more than 256 "
                             f"levels, so its links and text are lost)")
            if run is not None and site.refresh_refused:
                # never silent: the guard refused where the page's refresh led; the page itself was read
                notes.append(f"{len(site.refresh_refused)} page(s) refresh to an internal address, not followed "
                             f"(e.g. {site.refresh_refused[0]}); the page itself was read")
            if run is not None and site.skipped:
                # never silent: pages linked as articles but not kept are counted on the channel,
                # by reason ("not an article: listing", "soft 404", "too short"), with an example each
                notes.append(_not_stored_note(len(site.skipped), site.reasons, site.reason_examples))
            if run is not None and site.pdf_problems:
                # never silent: a release that cannot be read looks like a release nobody copied
                notes.append(f"{len(site.pdf_problems)} release PDF(s) not read ("
                             + "; ".join(site.pdf_problems[:5]) + ("; …" if len(site.pdf_problems) > 5 else "") + ")")
            if run is not None and site.feed_dates:
                # a feed read through the website channel says of its dates what a feed channel says
                # (spiders/feed.py): implausible ones are replaced by the first-seen time, missing ones counted
                if implausible := implausible_dates(site.feed_dates):
                    notes.append(implausible)
                if missing := sum(1 for e in site.feed_dates if e.get("published") is None):
                    notes.append(undated_note(missing, run.first_crawl))
            if run is not None and site.undated:
                # never silent: an undated post is in no report period and never matched
                notes.append(f"{len(site.undated)} post(s) stored without a date: neither the page, its listing "
                             f"card nor the sitemap gives one (e.g. {site.undated[0]})")
            if run is not None and site.listing_articles:
                # never silent: an article page read as a listing would never be stored
                notes.append(f"{len(site.listing_articles)} page(s) read as listings were articles: read as "
                             f"articles, no longer as listings (e.g. {site.listing_articles[0]})")
            if run is not None and site.listings_read:
                # never silent: a page at no section address taken for a listing is not stored
                notes.append(f"{len(site.listings_read)} fetched page(s) read as listings, not articles, though "
                             f"their address names no section (e.g. {site.listings_read[0]})")
            if run is not None and site.lastmod_dated:
                # never silent: a lastmod is the last change, an edited old post would look new
                notes.append(f"{len(site.lastmod_dated)} post(s) dated by their sitemap lastmod alone (the page "
                             f"shows no date; lastmod is its last change, not its publication; e.g. "
                             f"{site.lastmod_dated[0]})")
            site.short_text -= site.requested  # (followed from another listing page)
            if run is not None and (site.out_of_section or site.over_budget or site.url_filtered or site.short_text):
                notes.append(_not_followed_note(site))
            if run is not None and site.sitemap_deep:
                # never silent: a chain of sitemap indexes (endless or not) is cut, and one that
                # lists no page is not the site's door
                notes.append(f"sitemap {site.sitemap_dead or site.sitemap_index} nests sitemap indexes more than "
                             f"{MAX_SITEMAP_DEPTH} deep ({site.sitemap_deep[0]} names yet more indexes): not followed"
                             + ("; it lists no page, so it is not kept as the site's door"
                                if site.sitemap_dead else ""))
            if run is not None and site.sitemap_left and site.sitemap_capped:
                # never silent: the child sitemaps not read for the file cap may hold pages the
                # budget had room for (those left because the pages read filled it are older)
                notes.append(f"sitemap index {site.sitemap_index} names {site.sitemap_children} child sitemap(s): "
                             f"{site.sitemap_left} not read (MAX_SITEMAP_FILES, {MAX_SITEMAP_FILES} sitemap files a "
                             "crawl); those read were the newest by lastmod, else the last listed")
            if run is not None and site.paging_cut:
                # never silent: the older pages of a listing cut at max_pages are not read
                root, following = next(iter(site.paging_cut.items()))
                notes.append(paging_cut_note("listing", root, int(site.options.get("max_pages") or run.max_pages),
                                             cap_name(site.options, run.first_crawl), following,
                                             len(site.paging_cut) - 1))
            if run is not None and site.feed_paging_cut:
                # never silent: so too the older pages of a feed read over several pages
                root, following = site.feed_paging_cut
                notes.append(paging_cut_note("feed", root, int(site.options.get("max_pages") or run.max_pages),
                                             cap_name(site.options, run.first_crawl), following))
            if run is not None and site.cut_feed:
                # never silent: the entry the cut goes through is not read (the stored post stays)
                notes.append(f"feed {site.cut_feed} cut short; its last entry, cut there, not stored "
                             "(the next crawl reads it whole)")
            if run is not None and site.load_more and state.get("method") in (None, "listing"):
                # never silent: the posts behind the button are not read
                notes.append(f"the listing loads older posts only by script (a {site.load_more!r} button): kimwatch "
                             "reads the posts the page shows; give the site's feed or sitemap (`feed_url:` or "
                             "`sitemap_url:` in the registry) if it has one")
            if run is not None and notes:
                self._note(run, "; ".join(notes))
            if run is not None and site.articles_failed and not site.articles_answered and run.items == 0 \
                    and reason == "finished" and (run.first_crawl or len(set(site.articles_failed)) >= 3):
                # every article page the site linked failed: a broken site, not a silent KIM (on a
                # later crawl, one or two new links that fail are only counted in the note)
                # (and when it heals, the next crawl reads those pages again)
                failed = set(site.articles_failed)
                state["not_articles"] = [g for g in state.get("not_articles") or [] if g not in failed]
                site.changed = True
                self.context.fail_after_all(run.channel, "articles-failed", (
                    f"none of the {len(failed)} article page(s) linked could be fetched: " + "; ".join(notes)))
            elif run is not None and site.sitemap_deep and run.items == 0 and not state.get("method") \
                    and reason == "finished":
                # a chain of sitemap indexes and nothing else to read: a failure (backed off, named
                # in the daemon's health line), not "ok, found 0" — a site that cannot be read
                self.context.fail_after_all(run.channel, "sitemap-loop", "; ".join(notes))
            mark = discover.latest([state.get("last_published"), *site.published])
            if mark and mark != state.get("last_published"):
                state["last_published"] = mark
                site.changed = True
            if run is not None and bool(site.over_budget and not run.first_crawl) != bool(state.get("backlog")):
                # a later crawl's budget ran out before the new pages did (a first crawl leaves
                # the back catalogue unread on purpose): the next crawl reads its door again
                if site.over_budget and not run.first_crawl:
                    state["backlog"] = True
                else:
                    state.pop("backlog", None)
                site.changed = True
            sitemap_mark = discover.latest([state.get("sitemap_lastmod"), *site.sitemap_marks])
            if sitemap_mark and sitemap_mark != state.get("sitemap_lastmod"):
                state["sitemap_lastmod"] = sitemap_mark
                site.changed = True
            if state.get("method") and not state.get("discovered_at"):
                state["discovered_at"] = store.utc_now()
                site.changed = True
            if site.tried and not state.get("method"):
                state["tried"] = site.tried[-12:]
                site.changed = True
            if not site.changed:
                continue
            state.pop("section_probes", None)
            try:
                with store.transaction(self.context.db):
                    self.context.db.execute(
                        "UPDATE channels SET state = ? WHERE id = ?",
                        [json.dumps(state, ensure_ascii=False, sort_keys=True), channel_id])
            except Exception:  # the items are stored; losing the state only costs a rediscovery
                log.exception("channel %s: cannot save its state", channel_id)


    def _settle_listings(self, site: SiteRun) -> None:
        """The listing pages to remember after a discovery: the sections that listed posts, and
        the home page only when it shows posts none of them lists."""
        urls = list(site.state.get("listing_urls") or [])
        home = site.home_url
        if home not in urls or len(urls) < 2:
            return
        elsewhere = set().union(*(site.listed.get(u, set()) for u in urls if u != home))
        sections = [u for u in urls if u != home]
        kept = sections if site.listed.get(home, set()) <= elsewhere else sections + [home]
        if kept != urls:
            site.state["listing_urls"] = kept
            site.changed = True


def unread_page(url: str, problem: str | None) -> ChannelError:
    """Why a page that answered was not read, as the channel's error: too many elements
    (:data:`~crawler.harvest.page.MAX_ELEMENTS`), no HTML at all (a PDF, an image), or empty."""
    from crawler.harvest.page import MAX_ELEMENTS

    what, _, detail = (problem or "").partition(":")
    if what == "too-large":
        return ChannelError("too-large", f"{url} is too large: {detail} elements (limit {MAX_ELEMENTS}); not read")
    if what == "not-html":
        return ChannelError("not-html", f"{url} is {detail}, not HTML; not read")
    return ChannelError("empty", f"{url} gave an empty page")


#: article links read from one listing page, best first (:func:`crawler.harvest.listing.listing_links`)
LISTING_LINKS = 200


_PROBLEM_REASONS = {"not-found": "soft 404", "too-deep": "too deeply nested to read"}


def _site_wide_door(url: str, state: Mapping[str, Any]) -> bool:
    """Whether a channel on a portal's author/category/tag page remembers a door of the whole site
    (the unfiltered REST API, a feed outside its own path): it would read every KIM's posts."""
    if not discover.is_listing_url(url):
        return False
    if state.get("method") == "wp_rest":
        return not state.get("api_filter")
    if state.get("method") == "feed" and state.get("feed_url"):
        own = urlsplit(url).path.rstrip("/") + "/"
        return not urlsplit(str(state["feed_url"])).path.startswith(own) and "/-/" not in str(state["feed_url"])
    return False


def _reason_kind(reason: str) -> str:
    """The kind of a reason, to count by: "not an article: listing (24 teaser links, …)" →
    "not an article: listing"; "too short (12 chars)" → "too short"."""
    return re.sub(r"\s*\(.*$", "", reason).strip() or reason


def _not_stored_note(total: int, reasons: dict[str, int], examples: dict[str, str]) -> str:
    """"3 linked page(s) not stored: 2 not an article: listing, 1 soft 404 (e.g. URL (24 teaser
    links, …); URL)": each reason counted, with its first page and what was measured there."""
    ordered = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    counts = ", ".join(f"{n} {kind}" for kind, n in ordered)
    shown = "; ".join(examples[kind] for kind, _ in ordered[:3] if kind in examples)
    return f"{total} linked page(s) not stored: {counts} (e.g. {shown})"


def _not_followed_note(site: SiteRun) -> str:
    """"N listing link(s) not followed: 4 out of section, 2 over the article budget, 9 URL filter"."""
    parts = [(len(site.out_of_section), "out of section"), (len(site.over_budget), "over the article budget"),
             (len(site.url_filtered), "URL filter (section, tag, file or account URLs)"),
             (len(site.short_text), "one- or two-word link text, URL unlike the listed posts'")]
    parts = [(n, what) for n, what in parts if n]
    # a listing of 50,000 links is read for its first LISTING_LINKS article links only: the rest
    # are not counted, so the count is a floor
    floor = f"at least {sum(n for n, _ in parts)}" if site.listing_capped else f"{sum(n for n, _ in parts)}"
    capped = (f" (a listing page shows more than {LISTING_LINKS} article links: only its first "
              f"{LISTING_LINKS} are read)" if site.listing_capped else "")
    return f"{floor} listing link(s) not followed: " + ", ".join(f"{n} {what}" for n, what in parts) + capped


def _short(message: str, limit: int = 120) -> str:
    """A failure's message, cut for a note (its URL is the example's)."""
    message = re.sub(r"\s+at https?://\S+$", "", message.strip())
    return message if len(message) <= limit else message[:limit - 1] + "…"


def _login_wall_message(url: str) -> str:
    return (f"login-wall: the site sends every page to its login form ({url}); kimwatch reads public pages "
            f"only — register the KIM's public feed or social channels instead")


def _guid(url: str | None) -> str | None:
    return canonical_url(url) if url else None


def _pdf_enclosure(entry: Any) -> str | None:
    """A feed entry's PDF enclosure (``<enclosure type="application/pdf">``), for an entry
    without a link of its own."""
    for enclosure in entry.get("enclosures") or []:
        href = enclosure.get("href") or enclosure.get("url")
        if href and ("pdf" in str(enclosure.get("type") or "").lower() or pdf.is_pdf_url(href)):
            return str(href)
    return None


def _release_pdf_candidate(url: str, base: str) -> bool:
    """A sitemap entry that is one of the site's release PDFs, by its file name."""
    return pdf.is_pdf_url(url) and same_site(url, base) and pdf.looks_like_release(urlsplit(url).path.rsplit("/", 1)[-1])


def _title_from_file(url: str) -> str | None:
    """"Siaran Pers BLT DD Tahap IV" from ``…/siaran-pers-blt-dd-tahap-iv.pdf``: the title of a
    release PDF that names none."""
    name = re.sub(r"\.pdf$", "", urlsplit(url).path.rsplit("/", 1)[-1], flags=re.IGNORECASE)
    words = re.sub(r"[-_+.%20]+", " ", name).split()
    return " ".join(w if w.isupper() else w.capitalize() for w in words) or None


def _one_release(pdf_title: Any, pdf_text: Any, html_title: Any, html_text: str | None) -> bool:
    """Whether a release PDF and an HTML release are one release by what they say (a link from
    the HTML to the PDF aside): the same title, or the HTML holding most of the PDF's text."""
    title = _title_key(pdf_title)
    return bool(title and title == _title_key(html_title)) or _contains(html_text, pdf_text)


def _title_key(title: Any) -> str:
    return " ".join(re.findall(r"\w+", str(title or "").lower()))


def _contains(html_text: str | None, pdf_text: Any, share: float = 0.5) -> bool:
    """Whether ``html_text`` holds most (``share``) of the word 5-grams of a PDF's text."""
    def grams(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}

    own = grams(str(pdf_text or ""))
    if not own or not html_text:
        return False
    return len(own & grams(html_text)) >= share * len(own)


def _plain(value: Any, zone: tzinfo | None = None) -> Any:
    """A raw date (RFC 822 string, struct_time) in the stored form, or None; one written without
    a zone is in ``zone`` (the channel's ``timezone:``), else WITA."""
    if value is None:
        return None
    return parse_to_iso(value, zone=zone)


def _article_candidate(url: str, base: str) -> bool:
    """Sitemap pages worth fetching as articles: the site's own, not its home or files."""
    from crawler.harvest.listing import not_article_path

    parts = urlsplit(url)
    if not same_site(url, base) or parts.path in ("", "/"):
        return False
    return not not_article_path(parts.path)


def _fetched_at(response: Response) -> datetime:
    """When ``response`` was fetched: now (it is parsed as soon as it arrives)."""
    return datetime.now(UTC)


def _content_type(response: Response) -> str | None:
    value = response.headers.get(b"Content-Type")
    return value.decode("latin-1") if value else None


def _int(value: bytes | str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None
