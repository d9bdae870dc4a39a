"""Scrapy item pipelines of kimwatch: clean, dedupe, store."""
