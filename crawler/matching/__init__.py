"""Matching: which post amplifies which announcement, with the evidence, and its review.

Owns text normalization (:mod:`~crawler.matching.textnorm`: Indonesian-aware terms, blocks,
round-up items, place data), the decision of a post against its candidate announcements, the
passes over the store that match what is new or rebuild everything, and the human review of
decisions (:mod:`~crawler.matching.review`). It may use the shared ground (store, dates, urls,
regions, errors); the harvest runner calls it after a crawl, the CLI and daemon call it directly.
"""
