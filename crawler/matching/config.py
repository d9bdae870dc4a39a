"""The matcher's knobs: the time window, the threshold and the weights of evidence, with their defaults.

:class:`MatchConfig` holds what an operator may change (``KIMWATCH_MATCH_*`` environment
variables, ``kimwatch match --threshold/--horizon-days``); the module constants are the
weights the rules of :mod:`crawler.matching.decisions` use, measured on the labelled sets
(``bench/eval_match.py``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_HORIZON_DAYS = 30.0
DEFAULT_TOLERANCE_MINUTES = 10.0
DEFAULT_THRESHOLD = 0.5

SPECIFIC_FACTOR = 1.5      # names, places, institutions written with a capital inside a sentence
FACT_FACTOR = 2.0          # numbers and kabupaten/kota names
DATE_FACTOR = 3.0          # dates: they name the event
OTHER_DATE_FACTOR = 1.0    # extra weight, × the date's own, of a date the post names and the announcement does not
OTHER_PLACE_FACTOR = 1.0   # … of a kabupaten/kota the post names and the announcement does not
OTHER_COUNT_FACTOR = 2.0   # … of a figure counting what the announcement counts with another figure
OTHER_FACT_FACTOR = 0.5    # … of a number (not a clock time) or a kecamatan/village the post names alone
ELSEWHERE_FACTOR = 0.9     # the score of a post whose places all lie outside the announcement's
OTHER_REGION_FACTOR = 0.5  # … of one that names another kabupaten/kota (region sense: B's edition of A's programme)
EVENT_CONFLICT_FACTOR = 3.0  # prior masses (≈ a date the announcement lacks) against a match per contradicting stage, round, year or day
PRIOR_TERMS = 2.0          # prior mass, in rare-term weights, added to every unit's total
MIN_UNIT_TERMS = 8         # fewer distinct words than this (a headline, a greeting) never match alone
MIN_SHORT_TERMS = 4        # a shorter single-event post may still relay a release on its facts (:func:`decisions._short_relay`)
SHORT_FACTS = 2            # … when it shares this many of the release's dates, figures and places and contradicts none
RELAY_NOTE_OWN = 2         # a note matching nothing relays a release whose words hold all of its own but this many (:func:`decisions._relay_note`)
RELAY_NOTE_DAYS = 3.0      # … posted within this many days after it
MIN_ITEM_TERMS = 5         # a round-up item with fewer distinct words is not scored on its own
TITLE_ITEM_TERMS = 4       # a round-up item restating a release's title (this many of its terms or more) …
TITLE_ITEM_COVER = 0.8     # … all but a fifth of them, none of its facts left out, no fact of its own:
TITLE_ITEM_SCORE = 0.6     # … scores at least this for that release (the threshold is 0.5 by default)
MIN_FACT_ITEM_TERMS = 3    # … unless it names its event by a date, a figure or a kabupaten/kota and has this many
MIN_POST_CONTAINMENT = 0.2  # a text match in a post that is not a round-up shares at least this share of the whole post
MIN_SHARED_TERMS = 3       # a text match shares at least this many terms the accepted ones leave unexplained
SHINGLE = 4                # word n-gram size for copy/excerpt evidence
COPY_CONTAINMENT = 0.8     # share of the post's 4-grams found in the announcement: a copy
EXCERPT_CONTAINMENT = 0.5  # … an excerpt
WHOLE_COPY = 0.8           # a post this much (4-grams) a copy of one release is that release's text: no second one
MIN_SHARED_SHINGLES = 8    # an excerpt must share at least this many 4-grams
PREVIEW_SHINGLES = 5       # … or this many, when the post is a cut-off opening ("… menyambut program ...") and every 4-gram of it is in that one release
CANDIDATES = 8             # announcements scored in full per post
TOPICAL_BLOCK = 0.25       # a block this contained in an announcement is about its topic
COMMON_TERM_SHARE = 0.1    # terms in more than this share of announcements skip candidate search
QUERY_TERMS = 32           # the rarest terms of a post that look up candidates
UNCERTAIN_MARGIN = 0.04    # a text match (not a copy) scoring less than this above the threshold is 'uncertain'
FIRM_FIGURES = 2           # … unless it repeats this many of the release's figures and gives none of its own
FIRM_FIGURE_MIN = 10       # a figure naming an event, not a chance one ("3 desa"); a year is none


@dataclass
class MatchConfig:
    """The knobs of the matcher, with their defaults. Environment overrides for operators:
    ``KIMWATCH_MATCH_HORIZON_DAYS``, ``KIMWATCH_MATCH_TOLERANCE_MINUTES``,
    ``KIMWATCH_MATCH_THRESHOLD``, ``KIMWATCH_MATCH_WORKERS``."""

    horizon_days: float = DEFAULT_HORIZON_DAYS
    tolerance_minutes: float = DEFAULT_TOLERANCE_MINUTES
    threshold: float = DEFAULT_THRESHOLD
    workers: int = 1  # processes scoring posts; >1 only pays for thousands of posts

    @classmethod
    def from_env(cls) -> MatchConfig:
        config = cls()
        for name, attr in (("HORIZON_DAYS", "horizon_days"), ("TOLERANCE_MINUTES", "tolerance_minutes"),
                           ("THRESHOLD", "threshold"), ("WORKERS", "workers")):
            value = os.environ.get(f"KIMWATCH_MATCH_{name}")
            if value:
                try:
                    setattr(config, attr, int(value) if attr == "workers" else float(value))
                except ValueError:
                    from crawler.errors import ConfigError
                    raise ConfigError(
                        f"environment variable KIMWATCH_MATCH_{name}: {value!r} is not a number; "
                        f"unset it or give e.g. {getattr(config, attr)!r}") from None
        if not (0.0 <= config.threshold <= 1.0 and config.horizon_days > 0
                and config.tolerance_minutes >= 0 and config.workers >= 1):
            from crawler.errors import ConfigError
            raise ConfigError(
                f"matching settings out of range: threshold {config.threshold} (0..1), horizon "
                f"{config.horizon_days} days (> 0), tolerance {config.tolerance_minutes} min (>= 0), "
                f"workers {config.workers} (>= 1); fix the KIMWATCH_MATCH_* environment variables")
        return config
