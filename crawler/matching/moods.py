"""The moods of a text that tell the absence of an event rather than the event — an appeal at an
occasion, a lack and a wish, a closure or people turned back — read in posts
(:func:`decisions._mood_of_sentences`) and in releases (:func:`release_moods`, stored with a
release's facts by :mod:`documents`). Its own module so that both read the same patterns without
an import cycle."""

from __future__ import annotations

import re

from crawler.matching.events import SENTENCE as POST_SENTENCE  # the sentences of a post's text

APPEAL = re.compile(
    r"\b(?:mengimbau|menghimbau|mengimbaukan|imbauan|himbauan|imbau|himbau|diimbau|dihimbau|mahimbau|baimbau|"
    r"mengajak|ajakan|diajak|mangajak|(?:meminta|minta|mamintai|maminta|diminta)\s+(?:kepada\s+)?(?:warga|"
    r"masyarakat|seluruh|semua|para|pemilik|petani|pekebun|orang|urang|sabarataan|barataan))\b", re.IGNORECASE)

APPEAL_TITLE = re.compile(r"\b(?:imbau|himbau|ajak|minta|imbauan)\b", re.IGNORECASE)

APPEAL_OCCASION = re.compile(
    r"\b(?:pada|saat|ketika|dalam|di\s+sela(?:-sela)?|waktu|wayah|imbah|sesudah|usai)\s+(?:acara\s+|kegiatan\s+)?"
    r"(apel|upacara|rapat|pengajian|khutbah|ceramah|sambutan(?:nya)?|pertemuan|musyawarah|safari|halalbihalal|"
    r"halal\s+bihalal|jumat\s+berkah|coffee\s+morning|silaturahmi|reses|tausiah|yasinan|baaruh|batamu)\b",
    re.IGNORECASE)

LACK_ANCHOR = re.compile(
    r"\b(?:(?:berharap|harapnya|mudahan|mudah-mudahan|semoga)\s+(?:\w+\s+){0,3}?(?:suatu\s+saat|kelak|kaina|"
    r"nanti|jua|juga|kebagian|dapat|mendapat|menerima|dibantu|diberi)|(?:seperti|kaya|kayak|sama\s+dengan)\s+"
    r"(?:yang\s+|nang\s+)?(?:di|dapat\s+di)\s+(?-i:[A-Z])|(?:belum|balum|blm)\s+(?:dapat|mendapat|menerima|kebagian|"
    r"tersentuh|dibantu|pernah\s+dapat))", re.IGNORECASE)

NOT_YET = re.compile(r"\b(?:belum|balum|blm)\s+(?:bisa|boleh|dibuka|buka|kawa|dapat\s+masuk|menerima|"
                      r"melayani)|\bmasih\s+(?:ditutup|tutup|tertutup|bakunci)", re.IGNORECASE)

TURNED_BACK = re.compile(
    r"\b(?:(?:diminta|meminta|disuruh|menyuruh|dipersilakan|minta)\s+(?:\w+\s+){0,2}?(?:kembali|datang\s+lagi|"
    r"pulang|bulik|balik)|ditolak|dipulangkan|terpaksa\s+(?:pulang|bulik|balik)|putar\s+balik|balik\s+kanan|"
    r"pulang\s+kecewa|bulik\s+haja)\b", re.IGNORECASE)

# a lack now (not a wish only): "masih memasak dengan kayu bakar", "belum dapat", "kada baisi"
LACK_NOW = re.compile(r"\b(?:masih(?!\s+(?:ada|bisa|dibuka|buka|berlaku|sempat|kawa|dapat\s+mendaftar|"
                       r"dilayani))|belum|balum|blm|tidak\s+punya|kada\s+baisi|kadada)\b", re.IGNORECASE)

CLOSED = re.compile(r"\b(?:ditutup|menutup|penutupan|tutup)\s+(?:\w+\s+){0,4}?sementara\b", re.IGNORECASE)


def release_moods(text: str) -> frozenset[str]:
    """The moods of absence a release's own text (title and body) carries, as
    :func:`_mood_of_sentences` reads them in posts: "appeal" (a title or lead that asks: "Bupati
    Imbau Warga …", or an appeal told with its occasion: "mengajak warga … dalam rapat"), "lack" (a lack now with a wish or what others got: "masih
    mengandalkan air sungai … berharap … seperti di Desa X"), "before" (a closure, people not let
    in yet or turned back: "ditutup sementara", "belum bisa masuk", "diminta kembali"). A post
    in a mood the release carries relays it. Read once per release and stored with its facts."""
    title, _, body = text.strip().partition("\n")
    lead = next(iter(POST_SENTENCE.findall(body.strip())), "")
    moods = set()
    # the appeal is its event: in its title or lead, or told with the occasion it was made at
    # (a quoted "kami minta warga …" after a rescue is a remark of the rescue's release)
    if APPEAL_TITLE.search(title) or APPEAL.search(title) or APPEAL.search(lead) \
            or (APPEAL.search(body) and APPEAL_OCCASION.search(body)):
        moods.add("appeal")
    if LACK_ANCHOR.search(text) and LACK_NOW.search(text):
        moods.add("lack")
    if CLOSED.search(text) or NOT_YET.search(text) or TURNED_BACK.search(text):
        moods.add("before")
    return frozenset(moods)
