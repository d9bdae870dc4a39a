"""Harvest: the crawl runner, site discovery and article extraction.

Owns turning channels into items: :mod:`~crawler.harvest.runner` selects channels and runs the
Scrapy spiders of :mod:`spiders` (one process, one reactor) and records each run;
:mod:`~crawler.harvest.context` is the small piece the runner and the spiders share (run id,
database, channel health), so neither imports the other; :mod:`~crawler.harvest.discover`
finds a website's feeds, WordPress API and sitemaps; the extraction modules read article pages
(page parsing and classification, main text, publication dates and bylines, listings).
It may use the shared ground (``crawler.store``, ``crawler.dates``, ``crawler.urls``, ...) and is
used by ``spiders/``, ``pipelines/``, the CLI, the daemon and the demo; never the CLI.
"""
