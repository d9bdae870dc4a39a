"""Small helpers for the hand-written text modules of heldout49 (no logic beyond building dicts)."""

PL = {"fb": "facebook", "tg": "telegram", "ig": "instagram", "web": "website", "yt": "youtube"}


def L(kim, at, pl, text, differs, title=""):
    """A look-alike (negative-topic) post: who posts it, when (Wita, 'YYYY-MM-DD HH:MM'), where, what, how it differs."""
    return {"kim": kim, "at": at, "pl": PL[pl], "text": text.strip(), "differs": differs, "title": title}


def B(kim, at, pl, text, differs, title=""):
    """A `before` post: published before the release it resembles."""
    return {"kim": kim, "at": at, "pl": PL[pl], "text": text.strip(), "differs": differs, "title": title}


def P(text, kim=None, pl="fb"):
    """A Banjar (or casual Indonesian) paraphrase; kim optional (the generator picks one of the release's area)."""
    return {"text": text.strip(), "kim": kim, "pl": PL[pl]}
