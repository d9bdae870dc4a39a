"""Scrapy commands of the project (``COMMANDS_MODULE`` in :mod:`crawler.settings`): ``scrapy crawl``
made to work with kimwatch's spiders, which need channels from a store."""
