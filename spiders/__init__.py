"""Scrapy spiders of kimwatch, one module per channel type."""
