"""A cache for readings of short texts (titles, sentences, words) that never keeps a whole post.

A ``functools.lru_cache(maxsize=4096)`` keyed by text keeps up to 4,096 whole texts alive, each
as long as a post can be (a 1 MB post, 4,096 times, in each such cache). Readings of a post's
whole text are kept with the post instead (:meth:`crawler.matching.documents.PostDoc.read`); the
functions also read for titles and sentences cache those, and read anything longer afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import _CacheInfo, lru_cache, wraps
from typing import Generic, TypeVar

#: the longest text a :func:`short_text_cache` keeps (a title, a lead sentence, a list item)
SHORT_TEXT = 1000

T = TypeVar("T")


class ShortTextCache(Generic[T]):
    """``reading`` cached for texts up to ``longest`` characters; longer ones are read each time."""

    def __init__(self, reading: Callable[[str], T], maxsize: int, longest: int) -> None:
        self.__wrapped__ = reading
        self._cached = lru_cache(maxsize=maxsize)(reading)
        self.longest = longest
        wraps(reading)(self)

    def __call__(self, text: str) -> T:
        if len(text) > self.longest:
            return self.__wrapped__(text)
        return self._cached(text)

    def cache_info(self) -> _CacheInfo:
        return self._cached.cache_info()

    def cache_clear(self) -> None:
        self._cached.cache_clear()


def short_text_cache(maxsize: int = 4096, longest: int = SHORT_TEXT) -> Callable[[Callable[[str], T]], ShortTextCache[T]]:
    """Cache a reading of a text like ``lru_cache(maxsize)``, but only for texts of at most
    ``longest`` characters: memory stays within ``maxsize × longest`` characters."""
    def decorate(reading: Callable[[str], T]) -> ShortTextCache[T]:
        return ShortTextCache(reading, maxsize, longest)
    return decorate
