"""Indonesian text normalization for matching posts to announcements.

A KIM post that restates a press release shares its *content* (names, places, numbers,
dates, topic words), not its wrapping. So before comparing we strip what is wrapping:
URLs and bare domains, datelines (``BANJARBARU –``), editor tags (``(mc/rd)``), "Baca juga"
and "Sumber:" lines, emojis; and we reduce words to comparable terms: lower case, stop
words dropped (Indonesian, plus the Banjar and social-media chatter KIM admins write),
affixes stripped by the Snowball Indonesian stemmer (PyStemmer, BSD: rules, no root
dictionary; cached), a root and its nasalised forms given one key (``tulis``/``menulis``),
dates written in any common way turned into one ``date:D-M`` term, numbers into their
digits (``1.856`` → ``1856``, ``17,9%`` → ``17,9``).

Everything here is pure and deterministic, so the same text always gives the same terms.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

from crawler.matching.events import event_kinds, occasion_kinds
from crawler.matching.lexicon import (
    COUNTING_WORDS,
    WordListError,
    banjar_words,
    official_everyday_concepts,
    stem_roots,
)
from crawler.personal import personal_digit_spans

VERSION = 47  # bump when a change here changes the terms of a text (invalidates cached terms)

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12,
    # as casual posts and Banjar speech write them: p for f/v ("Pebruari", "Nop"), i for e
    # ("Disimbir"), the Malay forms ("Disember"), and short forms with a consonant cluster ("Agst")
    "peb": 2, "pebr": 2, "febr": 2, "pebuari": 2, "pibruari": 2, "pebruwari": 2, "januwari": 1, "mrt": 3,
    "agst": 8, "agustos": 8, "siptimber": 9, "septimber": 9, "siptimbir": 9, "oktuber": 10, "uktuber": 10,
    "nop": 11, "nopimber": 11, "nupimbir": 11, "nopimbir": 11, "disember": 12, "disimber": 12, "disimbir": 12,
    "desembir": 12, "disimbar": 12,
    # English, for posts written in English or mixed ("31 July", "July 31"); "may" only ever
    # after or before a day number, never alone
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

# Function words of Banjar and of informal Indonesian as KIM admins write them, and the
# words of social-media framing ("info", "yuk", "guys"). Not topic words: these say how a
# post speaks, not what it is about.
CHATTER_WORDS = frozenset("""
    ulun pian kada handak bubuhan kawa haja nang wan lawan tadi kaina mun sudah sdh lah
    barataan barataan dangsanak sanak pang jua kah kalo kalau gin ja am ai ih lo loh nih
    sih dong deh yuk ayo ayuk mari guys gaes sob kak bun bunda pak bu ibu bapak warga
    kami kita kalian teman kawan info informasi kabar berita update rangkuman kilas sepekan
    minggu ini hari tadi pagi siang sore malam besok kemarin semoga terima kasih mohon
    salam selamat jangan lupa silakan cek simak baca lihat selengkapnya link tautan klik
    bagikan share admin kim postingan post foto video dokumentasi tu itu nah wah wow
    amun inya ikam sidin kita kiyah kaya kayak gitu gini banar banyu bujur pinanya
    tulak datang bulik ading kakak abah mama uma acil paman julak nini kai
    gasan lagi hanyar pas bisa harus jangan udah udh yg dg dgn utk tdk gak nggak ga enggak
    kenapa gimana bagaimana apa siapa mana sampai sampe aja saja juga pun
    kadada hakun unda buhan nangkaya ampih jar samunyaan saikung magin labih tagal imbah matan
    balum ayuha kalu nyaman gin ih ja kulaan datu bahari sanja senja petang
    mantap mantul keren semangat amin aamiin alhamdulillah insyaallah masyaallah wkwk wkwkwk
    hehe haha btw gais ges min kuy gaskeun cus makasih trims thanks follow like komen dm inbox
    otw cmiiw yaa yah dll dsb ikung buting lur bolo
    iya ka kaitu kaini ngini ngitu dimapa mapa napa bah tuh kok lih leh nyatanya ujar jer
""".split())

# Words that say a text relays a release ("rilis resmi", "sumber: …", "siaran pers"), not what
# it is about: every post relaying any release has them, so they are no evidence of which one.
# Dropped as written only ("diresmikan", an inauguration, keeps its stem).
RELAY_WORDS = frozenset("rilis sumber resmi siaran pers press release dikutip kutipan".split())

# Function words of English, for posts written in English or mixing it with Indonesian: they
# say nothing about the event, and no press release has them, so kept as terms they would
# weigh as the rarest words of all. Weekdays and months are read as dates elsewhere.
ENGLISH_STOP_WORDS = frozenset("""
    a an the and or but nor so yet if then than as of in on at to into onto from by with
    without within for about above below over under between among through during before
    after until till since via per up down out off again further once here there when where
    why how what which who whom whose this that these those i me my mine we us our ours you
    your yours he him his she her hers it its they them their theirs is are was were be been
    being am do does did doing done have has had having will would shall should can could may
    might must not no yes all any both each every few more most other some such only own same
    too very just also now new get gets got let lets please dont don't can't won't isn't
    aren't it's there's here's let's what's one ones lot lots much many including include
    includes like well even still already around across along near next last s t
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    week weeks day days month months year years time times tonight morning afternoon evening
    news info update updates check read see here link post later ago soon
""".split())

# Banjar (and casual Indonesian) words → the Indonesian word a press release would use, so a
# chatty restatement shares terms with its source: kimwatch's own word list
# (crawler/data/banjar-indonesian.txt, see :func:`crawler.matching.lexicon.banjar_words`). A word
# whose Indonesian is two words ("kuitan" = "orang tua") gives both (:data:`BANJAR_PHRASES`); one
# whose Indonesian is a stop word ("udah" = "sudah") is a stop word itself. Function words
# with no content are in CHATTER_WORDS.
_WORD_LIST = banjar_words()
BANJAR_WORDS = {word: meaning for word, meaning in _WORD_LIST.items() if " " not in meaning}
BANJAR_PHRASES = {word: meaning for word, meaning in _WORD_LIST.items() if " " in meaning}

# Government abbreviations KIM posts use where press releases often write the words out
# (and vice versa): both become the same terms.
ABBREVIATIONS = {
    "kadis": "kepala dinas", "kades": "kepala desa", "kaban": "kepala badan", "kabid": "kepala bidang",
    "kabag": "kepala bagian", "tv": "televisi",
    "kadinkes": "kepala dinas kesehatan", "wabup": "wakil bupati", "wagub": "wakil gubernur",
    "wawali": "wakil wali kota", "walkot": "wali kota", "sekda": "sekretaris daerah",
    "sekdaprov": "sekretaris daerah provinsi", "sekdakab": "sekretaris daerah kabupaten",
    "pemkab": "pemerintah kabupaten", "pemkot": "pemerintah kota", "pemko": "pemerintah kota",
    "pemprov": "pemerintah provinsi", "pemda": "pemerintah daerah", "pemdes": "pemerintah desa",
    "nakes": "tenaga kesehatan", "ortu": "orang tua", "kab": "kabupaten", "kec": "kecamatan",
    "kel": "kelurahan", "prov": "provinsi", "dinkes": "dinas kesehatan", "dishub": "dinas perhubungan",
    "diskominfo": "dinas komunikasi informatika", "kominfo": "komunikasi informatika",
    "gub": "gubernur",
    # programmes' and bodies' short names a release writes out
    "poktan": "kelompok tani", "gapoktan": "gabungan kelompok tani", "bpp": "balai penyuluhan pertanian",
    "pdam": "perusahaan daerah air minum", "judol": "judi online",
    "bansos": "bantuan sosial",
    # (sixteenth round) short names a casual post uses for offices and things a release writes out
    # (not a body a release itself names short, "BPBD Tapin": written out, its one name would
    # become common words shared with every look-alike)
    "kantah": "kantor pertanahan", "bpn": "badan pertanahan nasional", "damkar": "pemadam kebakaran",
    "pju": "penerangan jalan umum", "kk": "kartu keluarga",
    # habits of chat writing: "tgl 24/2", "kpd warga", "bln depan"
    # (nineteenth round) an electoral district, as a round-up item writes it ("reses di dapil")
    "dapil": "daerah pemilihan",
    # (s14, m43) short names of people a casual post uses and a release writes out
    "kepsek": "kepala sekolah", "catin": "calon pengantin",
    "tgl": "tanggal", "kpd": "kepada", "bln": "bulan", "dlm": "dalam", "krn": "karena", "sbg": "sebagai",
}

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_BARE_DOMAIN = re.compile(
    r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go\.id|co\.id|or\.id|ac\.id|sch\.id|desa\.id|kim\.id|"
    r"web\.id|my\.id|com|id|net|org|info)(?:/\S*)?", re.IGNORECASE)
_TLDS = (".id", ".com", ".net", ".org", ".info")
_EDITOR_TAG = re.compile(
    r"\(\s*[a-z][a-z0-9.\- ]{0,19}(?:\s*/\s*[a-z][a-z0-9.\- ]{0,19})+\s*\)", re.IGNORECASE)
_BOILERPLATE_LINE = re.compile(
    r"^\s*(?:baca\s+juga|sumber|source|editor|penulis|reporter|pewarta|foto|fotografer|"
    r"redaktur|penyunting|teks|caption|via|dikutip\s+dari|selengkapnya)\b.*$",
    re.IGNORECASE | re.MULTILINE)
# A website theme's lines around an article: its menu ("Beranda | Profil | Berita", "Home »
# Berita » Pemerintahan"), byline and comment count ("Oleh Admin KIM … · 2 Komentar", "9 Komentar ·
# Tinggalkan balasan"), share buttons and tags. They say nothing about the article's event.
_THEME_LINE = re.compile(
    r"^\W*(?:(?:beranda|home)\s*(?:[|/»>›]\s*[^|/»>›\n]{1,25}?\s*){1,8}"
    r"|oleh\s+admin\b[^\n]*|[^\n]{0,60}·\s*\d+\s+komentar|\d+\s+komentar\b[^\n]{0,40}"
    r"|(?:bagikan|share|tags?)\s*:[^\n]*)\s*$", re.IGNORECASE | re.MULTILINE)
_THEME_WORDS = ("beranda", "home", "oleh admin", "komentar", "bagikan:", "share:", "tag:", "tags:")
# Lines the platforms and the habits of relaying add to a message: a forward's header ("Forwarded
# from Humas Daerah", "↪️ Diteruskan", "Forward dari grup sebelah 👇"; like a source line it names
# where the text came from, not what it is about), "link di bio", subscribe and credit lines of a
# video, and greetings and outros standing alone on their line ("Good morning dangsanak!", "Salam
# KIM!", "Terima kasih.", "_Semoga bermanfaat 🙏_"). No release has them; they are no evidence.
_PLATFORM_LINE = re.compile(
    r"^(?:_|[^\w\n])*(?:forwarded\s+from\b|forward(?:ed)?\s+dari\b|diteruskan(?:\s+berkali-kali|\s+dari\b[^\n]{0,50})?(?:_|[^\w\n])*$"
    r"|(?:info\s+|kiriman\s+|copas\s+)?dari\s+(?:grup|group)\s+(?:wa|whatsapp|telegram|sebelah|tetangga|keluarga)\b"
    r"[^\n.!?]{0,25}$"
    r"|[^\n]*\blink\s+(?:di|in)\s+bio\b|[^\n]*\bsubscribe\b"
    r"|(?:kamera|video|videografer|editing|editor\s+video|narasi|narator|host|presenter|musik)\s*:"
    r"|(?:assalamu\W?alaikum|wa?ssalam\w*|bismillah\w*|jazakumullah|alhamdulillah|selamat\s+(?:pagi|siang|sore|malam)"
    r"|good\s+(?:morning|afternoon|evening|night)|hello|halo|hai|salam|terima\s+kasih|thank\s+you|thanks|makasih"
    r"|semoga\s+bermanfaat|mohon\s+(?:di)?sebar\w*|silakan\s+(?:di)?(?:bagi|sebar)\w*"
    r"|tonton\s+(?:dan\s+(?:bagi|sebar)\w*|sampai\s+habis))"
    r"(?:(?:_|[^\w\n])+\w+){0,3}(?:_|[^\w\n])*$)[^\n]*$", re.IGNORECASE | re.MULTILINE)
_PLATFORM_WORDS = ("forward", "diteruskan", "grup", "group", "bio", "subscribe", "kamera", "video", "editing", "narasi", "narator",
                   "host", "presenter", "musik", "editor", "alaikum", "salam", "bismillah", "jazakumullah",
                   "alhamdulillah", "selamat", "good", "hello", "halo", "hai", "kasih", "thank", "makasih",
                   "semoga", "sebar", "silakan", "tonton")
# A video's chapters named by one or two words ("00:00 Pembuka", "03:15 Wawancara"): the
# video's parts, not its event (a chapter called "Wawancara" is no selection interview, "03:15"
# no clock time). A chapter with news in it ("02:37 Kemenkum bentuk 1.860 Posbankum") is a
# round-up's item and stays. Read only in a text with a chapter at 0:00, where every list starts.
_CHAPTER_LINE = re.compile(r"^[^\w\n]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-–|]?[ \t]*[^\W\d]+(?:[ \t]+[^\W\d]+)?[ \t]*$",
                           re.MULTILINE)
_CHAPTER_START = re.compile(r"(?m)^[^\w\n]*0{1,2}:00\b")
_SEE_MORE = re.compile(r"(?:\.\.\.|…)\s*lihat\s+selengkapnya\s*$", re.IGNORECASE | re.MULTILINE)
# "BANJARBARU –", "PELAIHARI, KOMPAS -", "Banjarbaru (ANTARA) -" at the start of a paragraph.
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'’]*(?:\s+[A-Z][A-Za-z.'’]*){0,3})\s*(?:,\s*[^–—\-\n]{0,40})?"
    r"(?:\([^)\n]{0,40}\))?\s*[–—-]{1,2}\s+", re.MULTILINE)
_HASHTAG = re.compile(r"#(\w+)")
# A run of hashtags: a few are the writer's labels ("#Batola #Karhutla": read as words); a cloud of
# many (an Instagram caption's 10–25 tags, "#fyp #explore #kalsel #infokalsel …") is there to be
# found, names every place and programme the account covers, and is no evidence of the event.
_HASHTAG_RUN = re.compile(r"#\w+(?:\s+#\w+)*")
HASHTAG_CLOUD = 6
_CAMEL = re.compile(
    r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")
# Dates: "10/9/2024", "10/9", "10-11 September 2024", "27 November", "Selasa (10/9/2024)".
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b")
# A range of days of one month written short: "23–28/11", "23-28/11/2026", "5 s/d 7/12" — both
# days are dates ("23" alone would read as a count the release does not have). Not the month
# of a date before it ("14/12 hingga 18/12").
_DATE_NUMERIC_RANGE = re.compile(
    r"(?<![\d/.,:])\b(\d{1,2})\s*(?:[–—-]|s/d|sampai|hingga)\s*(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b")
_DATE_WORDS = re.compile(
    rf"(?<!/)\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:[–—-]|s/d|sampai|hingga|dan|to|and)\s*(\d{{1,2}}))?"
    rf"\s+({_MONTH_NAMES})\b\.?", re.IGNORECASE)
# English order, month first: "July 31", "March 3rd" (a capitalised full month name only).
_DATE_MONTH_FIRST = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![.:,]\d)")
# A date right after a place noun is part of the place's name, not a date: "Jalan 17 Agustus",
# "Jl. 1 Mei", "Lapangan 5 Desember", "Gedung 10 November", "Taman 30 Juni" (Indonesia names
# streets, fields and buildings after dates). With a year after it ("di lapangan 17 Agustus
# 2026") it is a date all the same. The noun, as written short or long, gives the name's term.
_PLACE_NOUNS = {
    "jalan": "jalan", "jl": "jalan", "jln": "jalan", "lapangan": "lapangan", "lapang": "lapangan",
    "gedung": "gedung", "taman": "taman", "stadion": "stadion", "simpang": "simpang", "gang": "gang",
    "gg": "gang", "komplek": "komplek", "kompleks": "komplek", "komp": "komplek", "perumahan": "perumahan",
    "perum": "perumahan", "bundaran": "bundaran", "monumen": "monumen", "tugu": "tugu", "pasar": "pasar",
    "masjid": "masjid", "mesjid": "masjid", "wisma": "wisma", "jembatan": "jembatan", "terminal": "terminal",
    "gelanggang": "gelanggang", "asrama": "asrama", "street": "jalan",
}
_MONTH_OF = {number: name for name, number in MONTHS.items()
             if name in ("januari februari maret april mei juni juli agustus september oktober "
                         "november desember").split()}
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(_PLACE_NOUNS, key=len, reverse=True)) + r")\.?\s*$", re.IGNORECASE)
# A day written in words before its month: "tanggal satu Disember", "sampai dua puluh lima Juli"
# (Banjar and spoken posts spell the day out). Not a stage's ordinal before it ("tahap dua
# Desember nanti": the second stage, in December).
_SPELLED_UNITS = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
_DAY_SPELLED = "|".join(sorted(
    _SPELLED_UNITS + ["sepuluh", "sebelas"] + [u + r"\s+belas" for u in _SPELLED_UNITS[1:]] + [r"dua\s+puluh"]
    + [r"dua\s+puluh\s+" + u for u in _SPELLED_UNITS] + [r"tiga\s+puluh", r"tiga\s+puluh\s+satu"], key=len, reverse=True))
_DATE_SPELLED = re.compile(rf"\b({_DAY_SPELLED})\s+({_MONTH_NAMES})\b\.?", re.IGNORECASE)
_STAGE_BEFORE = re.compile(r"\b(?:tahap|gelombang|fase|periode|angkatan|babak|putaran|jilid|seri|sesi|kloter|"
                           r"rt|rw|kelas|lantai|nomor|no|ke)\.?\s*$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:tahun\s+)?(?:19|20)\d\d\b")
# "akhir Oktober", "awal bulan Maret": a date known to the week, read as the first or last
# days of the month (the matcher meets it with "31 Oktober", see decisions._aligned)
_DATE_PART = re.compile(rf"\b(akhir|penghujung|ujung|awal)\s+(?:bulan\s+)?({_MONTH_NAMES})\b(?!\s*\d{{1,2}}\b)",
                        re.IGNORECASE)
# what an ASCII text must contain for _DATE_PART to match (a non-ASCII one is always read:
# case-insensitive matching knows letters that lower() does not give, "İ", "K")
_DATE_PART_WORDS = ("akhir", "awal", "ujung")
# … and for _DATE_MONTH_FIRST (case-sensitive): one of its month names
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# English thousands: "412,000" = "412.000"; a comma followed by exactly three digits (groups
# of three) is read so, as an Indonesian decimal is not written with three places ("2,5").
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
# A code mixing letters and digits ("UP3", "P3K", "OPV2") is one name, not a word and a number.
# ("PBB-P2" is the word "PBB" and the code "P2", not "PBB-P" and a number.)
_WORD = re.compile(r"[^\W\d_]+\d[^\W_]*|[^\W\d_]+(?:[-'’][^\W\d_]+(?![\d\w]))*|\d+(?:[.,]\d+)*", re.UNICODE)
_SE_PREFIX = re.compile(r"\b[Ss][ea]-(?=[A-Z])")  # Banjar "sa-Batola" = "se-Batola"

# Numbers written in words or with a scale word, so "Rp1,5 miliar", "Rp1.500.000.000" and
# "satu koma lima miliar"-free writing meet: "dua hari" = "2 hari", "4,2 ribu" = "4.200".
# "satu" alone and "pertama"/"kedua" stay words ("salah satu", "kedua belah pihak").
NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 1_000_000,
    "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7, "kedelapan": 8,
    "kesembilan": 9, "kesepuluh": 10,
    # Banjar ("ampat juta" = "empat juta", "talu hari" = "tiga hari", "dua walas" = "dua belas";
    # "katiga" = "ketiga"; "kadua" stays a word like "kedua")
    "talu": 3, "ampat": 4, "anam": 6, "sapuluh": 10, "sabalas": 11, "saratus": 100, "saribu": 1000,
    "katiga": 3, "kaampat": 4, "kalima": 5, "kaanam": 6, "katujuh": 7, "kadalapan": 8,
    # (twenty-first round) the rest of the Banjar units, "dalapan" 8 and "sambilan" 9
    "dalapan": 8, "sambilan": 9, "kasambilan": 9, "kasapuluh": 10, "sajuta": 1_000_000,
    # the Hulu Banjar eight ("walu puluh" = "delapan puluh")
    "walu": 8, "kawalu": 8,
    # English ("two weeks" = "dua minggu"); "one" stays a word ("one of the …")
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# A unit and its scale written as one word, as casual posts and Banjar write them ("limapuluh" = 50,
# "duabelas" and Banjar "duabalas" = 12, "tigaratus" = 300): the value of the two words apart.
_UNITS = {"dua": 2, "tiga": 3, "talu": 3, "empat": 4, "ampat": 4, "lima": 5, "enam": 6, "anam": 6,
          "tujuh": 7, "delapan": 8, "dalapan": 8, "walu": 8, "sembilan": 9, "sambilan": 9}
for _unit, _value in _UNITS.items():
    NUMBER_WORDS.update({_unit + "belas": _value + 10, _unit + "balas": _value + 10, _unit + "walas": _value + 10,
                         _unit + "puluh": _value * 10, _unit + "ratus": _value * 100})
SCALE_WORDS = {"ribuan": 1000, "jutaan": 1_000_000,  # "14 ribuan peserta": a rounded figure
               "belas": 10, "walas": 10, "balas": 10, "puluh": 10, "ratus": 100, "ribu": 1000, "rb": 1000, "juta": 1_000_000,
               "jt": 1_000_000, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12,
               # English: "Rp 6 million" = "Rp6 juta", "487 billion" = "487 miliar"
               "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 10**9,
               "trillion": 10**12}
# A number in digits, maybe with a scale word ("1,5 miliar"); a clock time "08.00", "15:30"
# (Indonesian decimals take a comma, so a dot with two digits after an hour is a time), also
# "pukul 8", "jam 3 sore" (= 15:00). Times get their own terms ("8:00"), so "pukul 14.00"
# never meets "14 tiang". The regex starts with a digit, so it costs little on text without.
_DIGITS = re.compile(r"\d+(?:[.,:]\d+)*(?:\s*((?i:ribuan|jutaan|ribu|rb|juta|jt|miliar|milyar|triliun|thousand|million|"
                     r"billion|trillion)|M|T)\b)?")
# A capital "M"/"T" after an amount is the casual short form of miliar/triliun ("Rp2,6 T",
# "Rp410 M", "2,47 M" = "Rp2,47 miliar"): read so after "Rp" or after a decimal and a space,
# never after a bare whole number ("2026 M" is the Masehi year, "3M Plus" a health slogan).
_ABBREVIATED_SCALES = {"M": 10**9, "T": 10**12}
_CLOCK_FORM = re.compile(r"(2[0-4]|[01]?\d)[.:]([0-5]\d)")
_CLOCK_BEFORE = re.compile(r"(?i:\b(?:pukul|jam|pkl\.?))\s*$")
# The end of a clock range: "jam 8-12", "pukul 08.00–12.00" (the second time is a time too).
_CLOCK_RANGE_BEFORE = re.compile(r"(?i:\b(?:pukul|jam|pkl\.?))\s*\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*$")
# Parts of the day after a clock time, Indonesian and Banjar: "sanja"/"petang" (dusk) are
# evening like "sore", "subuh" and "dini hari" before dawn like "pagi".
_CLOCK_AFTER = re.compile(r"\s*(?i:(pagi|siang|sore|malam|sanja|senja|petang|subuh|dini\s+hari))\b")
_CLOCK_WORD = frozenset(("jam", "pukul", "pkl"))
# A grade or score is written like a clock time ("IPK minimal 3.00", "minimum GPA 3.00",
# "nilai rata-rata 8.50"): after such a word it is a number (= "3,00"), never "3:00".
_SCORE_BEFORE = re.compile(
    r"(?i:\b(?:ipk|gpa|ip|nilai|rata-rata|rerata|skor|score|indeks|index|grade|minimal|minimum|min\.))"
    r"(?:\s+(?:kumulatif|minimal|minimum|min\.|rata-rata|akhir|sekurang-kurangnya|of|at\s+least))*\s*[:=]?\s*$")
_CURRENCY_BEFORE = re.compile(r"(?i:\brp\.?)\s?$")
# "RT 03", "RW 2", "RT.05/RW.01": an address unit's number, a part of a name ("rt3"), never a
# figure that could count or contradict anything
_ADDRESS_BEFORE = re.compile(r"(?i:\b(rt|rw))[.:]?\s?$")
# "SDN 3", "SMPN 1 Tapin Utara", "SDN Kandangan Kota 3", "SMA Negeri 2": a state school's number,
# a part of its name ("3sdn"), never a count ("tiga sekolah"); the words between in capitals, as
# names are ("MIN", "MAN" in capitals too: "man" is a word)
_SCHOOL_BEFORE = re.compile(r"\b(?:((?i:sdn|smpn|sman|smkn|slbn|mtsn)|MIN|MAN)|(SD|SMP|SMA|SMK|SLB)\s+(?i:negeri))"
                            r"\s+(?:[A-Z][\w'’-]*\s+){0,3}$")


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    """The Snowball Indonesian stemmer (PyStemmer, BSD): rules only, no root dictionary."""
    import Stemmer
    return Stemmer.Stemmer("indonesian")


def _snowball(word: str) -> str:
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Indonesian stop words (:mod:`crawler.matching.lexicon`) plus :data:`CHATTER_WORDS`."""
    from crawler.matching.lexicon import INDONESIAN_STOP_WORDS
    stops = INDONESIAN_STOP_WORDS | CHATTER_WORDS | ENGLISH_STOP_WORDS
    return stops | {word for word, meaning in BANJAR_WORDS.items() if meaning in stops}


_STEMS: dict[str, str] = {}


def _informal_form(word: str) -> str:
    """The formal Indonesian form of an informal or Banjar verb, for the stemmer to read.

    Informal Indonesian and Banjar nasalise verbs without the formal ``me-`` (``ngirim``,
    ``nyapu``) or drop it (``ngecek``), and Banjar writes *ba-*/*ma-* for
    *be(r)-*/*me-* (``balajar`` = ``belajar``, ``manulis`` = ``menulis``). Only words
    in which the stemmer finds no Indonesian prefix are rewritten, and a rewrite is kept only
    when the stemmer then strips the prefix to a root of at least 4 letters.
    """
    if len(word) < 5 or not _snowball(word).startswith(word[:2]):
        return word  # an Indonesian prefix the stemmer knows: a formal word
    if word.startswith("nge") and word[3] not in "aiueo":
        return word[3:]                               # ngecek = cek
    if word.startswith("ny") and word[2] in "aiueo":
        return "meny" + word[2:]                      # nyapu = menyapu
    if word.startswith("ng") and word[2] in "aiueo":
        return "meng" + word[2:]                      # ngirim = mengirim
    if word in seat_keys() or word in local_places() or word in region_aliases():
        return word                                   # "barabai", "martapura": names
    # the suffix the stemmer cut from the word as written ("matikan" → mati: "kan"); a rewrite
    # whose stem keeps that suffix read a root's own first letters as a prefix ("metikan" → "tikan")
    plain = _snowball(word)
    cut = word[len(plain):] if word.startswith(plain) and len(word) - len(plain) >= 1 else ""
    for prefix, forms in _BANJAR_AS_INDONESIAN:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            for form in forms:
                written = form + word[len(prefix):]
                found = _snowball(written)
                found = BANJAR_WORDS.get(found, found)  # mambari = memberi, not "bari"
                if len(found) >= 4 and found != written and found not in stop_words() \
                        and not (cut and found.endswith(cut)):
                    return written
    return word


# Banjar verb prefixes written the Indonesian way: ba- = be(r)- (balajar = belajar), ma- = me-
# with its nasal forms (mambaca = membaca, manulis = menulis). (Not ta- = ter-: without a
# dictionary it cannot be told from the many roots starting with "ta", tanaman, tahun.)
_BANJAR_AS_INDONESIAN = (("ba", ("be", "ber")), ("ma", ("me",)), ("pa", ("pe",)))


def _conflate(stemmed: str) -> str:
    """One key for a root and its nasalised forms: the Snowball stemmer strips *men-*/*meng-*
    without giving back the *t*/*k* the nasal swallowed (``menulis`` → ``ulis`` while
    ``tulis`` stays), and only a dictionary could tell ``mengirim`` (kirim) from ``mengajar``
    (ajar). So a stem starting with *t*/*k* and a vowel drops that letter: ``tulis`` and
    ``menulis`` both give ``ulis``, ``kirim`` and ``mengirim`` both ``irim``."""
    if len(stemmed) >= 5 and stemmed[0] in "tk" and stemmed[1] in "aiueo" and not _unrelated_stop(stemmed):
        return stemmed[1:]
    return stemmed


def _unrelated_stop(stemmed: str) -> bool:
    """Whether a t/k-root without its t/k is a stop word it is not (``tanda`` → "anda",
    ``tunda`` → "unda"): then the root keeps its letter, else it would be dropped as that word."""
    return stemmed[1:] in stop_words() and stemmed not in stop_words()


# Banjar builds words from a listed root as Indonesian does, so a root in the word list is known in
# its built forms too: with a clitic ("sakulahnya", "iwaklah" = "sekolahnya", "ikanlah") and with
# the verb prefixes ba-/ma-/ta- put straight before it ("basakulah" = "bersekolah", "bacalap" =
# "kebanjiran"). Only a root of 4 letters or more whose Indonesian is no stop word; not di-, which
# Indonesian writes too ("dilarang" is forbidden, not Banjar "larang" = expensive), and not a root
# that is an Indonesian root of another meaning (larang, garing "crisp", tulak, tatap "gaze").
_BANJAR_CLITICS = ("nya", "lah", "kah", "ku", "mu")
_BANJAR_PREFIXES = ("ba", "ma", "ta")
_INDONESIAN_ROOTS_TOO = frozenset(("larang", "garing", "tulak", "tatap"))


def _banjar_composed(word: str) -> str | None:
    """The Indonesian of a Banjar root in ``word`` with a clitic or a verb prefix (``None``: none)."""
    if len(word) < 6:
        return None
    for rest in [word[:-len(c)] for c in _BANJAR_CLITICS if word.endswith(c)] + \
            [word[2:] for p in _BANJAR_PREFIXES if word.startswith(p)]:
        meaning = BANJAR_WORDS.get(rest)
        if meaning and len(rest) >= 4 and meaning not in stop_words() and rest not in _INDONESIAN_ROOTS_TOO:
            return meaning
    return None


_STEM_ROOTS = stem_roots()


def _own_root(word: str, stemmed: str) -> str:
    """A listed m- or r-root (:func:`crawler.matching.lexicon.stem_roots`) the stemmer cut from
    ``word``: mem-/pem- + an m-root read as the nasal of a p-root (``mematikan`` → "pati",
    ``pemuda`` → "puda"), ber-/ter- + an r-root read as a prefix before a vowel (``berenang`` →
    "enang", ``terendam`` → "endam"). Only when ``word`` writes the root in full; else ``stemmed``."""
    if stemmed[:1] == "p" and word.startswith(("mem", "pem")):
        roots: tuple[str, ...] = ("m" + stemmed[1:], "mem" + stemmed[1:])  # memori → "pori"
    elif word.startswith(("ber", "ter")):
        roots = ("r" + stemmed,)
    elif word.startswith("me"):
        roots = ("me" + stemmed,)  # a loanword's me- read as the prefix: media → "dia", metode → "tode"
    else:
        return stemmed
    return next((root for root in roots if root in _STEM_ROOTS and root in word), stemmed)


def _nasal_root(word: str, stemmed: str) -> str:
    """The t-root of a nasal form whose stem, the nasal stripped, is a stop word of another
    meaning (``menunda`` → "unda", Banjar "I"; ``menandai`` → "anda", "you"): the root with its
    t (tunda, tanda), so the word is not dropped as a stop word. Else ``stemmed``."""
    # only men-/pen- straight before the vowel: a vowel root takes meng- (mengikuti = ikut), so
    # men- + vowel is always a t-root's nasal; meng- + vowel may be either, and is left alone
    if stemmed not in stop_words() or word in stop_words() or stemmed[:1] not in "aiueo" \
            or not word.startswith(("men", "pen")) or word[3:3 + len(stemmed)] != stemmed:
        return stemmed
    root = "t" + stemmed
    return root if root not in stop_words() else stemmed


def stem(word: str) -> str:
    """The stem of a lower-case word (Banjar and informal spellings first mapped to
    Indonesian; Snowball, a listed root the stemmer cuts given back (:func:`_own_root`), then
    :func:`_conflate`), cached for the life of the process. A listed root written alone is its
    own stem (``manfaat``, ``materi``: no Banjar ma- prefix)."""
    cached = _STEMS.get(word)
    if cached is None:
        if word in _STEM_ROOTS:
            cached = word
        else:
            mapped = BANJAR_WORDS.get(word) or _banjar_composed(word) or _informal_form(word)
            stemmed = _snowball(mapped) or mapped
            cached = _conflate(_nasal_root(mapped, _own_root(mapped, stemmed)))
        if len(_STEMS) < 500_000:
            _STEMS[word] = cached
    return cached


def stem_cache_size() -> int:
    """How many stems are cached (for :func:`new_stems`)."""
    return len(_STEMS)


def new_stems(since: int) -> dict[str, str]:
    """The stems cached after the cache had ``since`` entries (to send back from a worker)."""
    return dict(list(_STEMS.items())[since:])


def remember_stems(stems: dict[str, str]) -> None:
    """Add stems computed elsewhere (a worker process) to this process's cache."""
    for word, stemmed in stems.items():
        if len(_STEMS) >= 500_000:
            break
        _STEMS.setdefault(word, stemmed)


def _hashtags(match: re.Match[str]) -> str:
    tags = _HASHTAG.findall(match.group(0))
    if len(tags) >= HASHTAG_CLOUD:
        return " "
    return " " + "  ".join(_place_tag(tag) or _CAMEL.sub(" ", tag) for tag in tags) + " "


def _place_tag(tag: str) -> str | None:
    """A hashtag naming a kabupaten/kota or kecamatan ("#batola", "#marabahan", "#tanahlaut"),
    written as the name is in a sentence ("Batola"), so it gives the place term the name gives
    there — not a lower-case word the release never has."""
    key = _loose(tag)
    if key in region_aliases() or key in local_places() or key in seat_keys():
        return tag[:1].upper() + tag[1:]
    return None


def clean_text(text: str | None) -> str:
    """Drop the wrapping of a text (URLs, datelines, editor tags, boilerplate lines)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    text = _SEE_MORE.sub("", text)
    text = _BOILERPLATE_LINE.sub("", text)
    lower = text.lower()
    if any(word in lower for word in _THEME_WORDS):
        text = _THEME_LINE.sub("", text)
    if any(word in lower for word in _PLATFORM_WORDS):
        text = _PLATFORM_LINE.sub("", text)
    if "0:00" in text and _CHAPTER_START.search(text):
        text = _CHAPTER_LINE.sub("", text)
    if "http" in lower or "www." in lower:
        text = _URL.sub(" ", text)
    if any(tld in lower for tld in _TLDS):
        text = _BARE_DOMAIN.sub(" ", text)
    text = _EDITOR_TAG.sub(" ", text)
    text = _DATELINE.sub("", text)
    for start, end, _mask in reversed(personal_digit_spans(text)):
        # a contact line's phone number or a NIK ("Info: 0812-3456-7890") is no figure of the
        # event: left in, its digit groups counted as the post's own facts against a copy
        text = text[:start] + " " + text[end:]
    if "#" in text:
        text = _HASHTAG_RUN.sub(_hashtags, text)
    if "North " in text or "South " in text or "East " in text or "West " in text or "Central " in text:
        text = _COMPASS.sub(_compass, text)
    return text


# English place names with the direction first ("South Kalimantan", "South Hulu Sungai") are
# written the Indonesian way round ("Kalimantan Selatan", "Hulu Sungai Selatan").
_COMPASS = re.compile(r"\b(North|South|East|West|Central) ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})")
_DIRECTIONS = {"North": "Utara", "South": "Selatan", "East": "Timur", "West": "Barat", "Central": "Tengah"}


def _compass(match: re.Match[str]) -> str:
    direction = _DIRECTIONS[match.group(1)]
    words = match.group(2).split(" ")
    known = region_aliases().keys() | local_places().keys()
    for n in range(len(words), 1, -1):  # a longer name only when it is a known place
        if (("".join(words[:n]) + direction).lower()) in known:
            return " ".join([*words[:n], direction, *words[n:]])
    return " ".join([words[0], direction, *words[1:]])


def _number_term(raw: str) -> str:
    """``1.856`` → ``1856``; ``17,9`` → ``17,9``; ``62.500`` → ``62500``; ``412,000`` → ``412000``."""
    if _THOUSANDS.fullmatch(raw):
        return raw.replace(".", "")
    if _COMMA_THOUSANDS.fullmatch(raw):
        return raw.replace(",", "")
    return raw.replace(".", ",")


# An ordinal after a word that counts rounds or ranks: "juara I" = "juara pertama" = "juara 1",
# "tahap II" = "tahap kedua" = "tahap 2". Only there: "I" and "kedua" mean other things elsewhere.
_HALF = "setengah"
# the Banjar half ("satangah juta") and the casual one ("stengah") are the same half
_HALVES = frozenset((_HALF, "satangah", "stengah"))
# a half counts only before a scale word: "setengah juta", not "setengah hari"
_HALF_SCALES = frozenset(("ribu", "juta", "miliar", "milyar", "triliun"))
# Banjar "sa" (= "se", one) written apart from its scale ("sa ratus" = "seratus"): one only
# before a scale word; alone it is the prefix or the particle ("sa-kamar", "sa haja")
_ONE_APART = frozenset(("sa", "se"))
_ONE_APART_SCALES = frozenset(("puluh", "ratus", "ribu", "juta", "miliar", "milyar"))
# a decimal comma written as a word ("dalapan walas koma anam miliar" = "18,6 miliar")
_COMMA_WORD = "koma"
_NUMBERISH = frozenset(NUMBER_WORDS) | {"pertama", "kedua", "kesatu"} | _HALVES | _ONE_APART
_ORDINAL_CONTEXT = frozenset("juara tahap putaran triwulan kuartal gelombang angkatan termin sesi "
                             "babak peringkat semester jilid ke".split())
_ORDINALS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
             "pertama": 1, "kesatu": 1, "kedua": 2}


def clock_term(hour: int, minute: str, part: str) -> str:
    """``8, "00", "pagi"`` → ``8:00``; ``3, "00", "sore"`` → ``15:00``."""
    part = part.lower()
    if (part in ("sore", "malam", "sanja", "senja", "petang") and hour < 12) or (part == "siang" and hour < 6):
        hour += 12
    return f"{hour}:{minute}"


def _format_number(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".").replace(".", ",")


def _words_value(words: list[str]) -> float:
    """The value of a run of Indonesian number words (``dua ratus lima puluh`` → 250,
    ``satu setengah juta`` → 1.500.000)."""
    total = Fraction(0)                               # exact: "18,6 miliar" is 18.600.000.000
    current = Fraction(0)
    last = 0
    decimals = 0                                      # digits read after "koma"
    for word in words:
        if word in _HALVES:                           # satu setengah juta = 1,5 × 1.000.000
            current += Fraction(1, 2)
            last = 0
            continue
        if word == _COMMA_WORD:
            decimals = 1
            continue
        value = NUMBER_WORDS.get(word)
        if decimals and value is not None:            # koma anam = ,6
            current += Fraction(value, 10 ** decimals)
            decimals += 1
            continue
        if value is not None and value >= 1000:      # seribu, sejuta
            total += value
            current, last = Fraction(0), 0
        elif value is not None:
            current += value
            last = value if value < 10 else 0
        elif word in ("belas", "walas", "balas"):     # dua belas = 2 + 10
            current += 10
            last = 0
        elif word in ("puluh", "ratus", "hundred"):   # dua puluh = 2 × 10
            current += last * (SCALE_WORDS[word] - 1)
            last = 0
        else:                                         # ribu, juta, miliar …
            total += (current or 1) * SCALE_WORDS[word]
            current, last = Fraction(0), 0
    return float(total + current)


def _digit_term(text: str, match: re.Match[str]) -> str | None:
    """The term of a number in digits found by ``_DIGITS`` (``None``: not a number here)."""
    start, end = match.span()
    raw = match.group(0)
    scale = match.group(1)
    if scale:
        raw = raw[:len(raw) - len(scale)].rstrip()
    before = text[max(0, start - 8):start]
    if scale in ("M", "T") and (scale not in _ABBREVIATED_SCALES or not (
            _CURRENCY_BEFORE.search(before) or ("," in raw and match.group(0)[len(raw)].isspace()))):
        scale = None
    address = _ADDRESS_BEFORE.search(before)
    if address and raw.isdigit():
        return f"{address.group(1).lower()}{int(raw)}"
    if raw.isdigit() and not scale and (school := _SCHOOL_BEFORE.search(text, max(0, start - 48), start)):
        # a fact that names a school ("1sman": its number first, as a fact is), no count
        return f"{int(raw)}{(school.group(1) or school.group(2) + 'n').lower()}"
    if before and (before[-1].isalpha() or before[-1] in ".,") and not _CURRENCY_BEFORE.search(before):
        return None  # inside a code ("UP3") or a longer number
    clock = _CLOCK_FORM.fullmatch(raw)
    if clock and ":" not in raw and _SCORE_BEFORE.search(text, max(0, start - 40), start):
        clock = None  # "IPK 3.00": a grade
        if not scale:
            return _number_term(raw.replace(".", ","))
    if clock or (not scale and raw.isdigit() and len(raw) <= 2 and int(raw) <= 24 and (
            _CLOCK_BEFORE.search(before) or _CLOCK_RANGE_BEFORE.search(text, max(0, start - 20), start))):
        after = _CLOCK_AFTER.match(text, end)
        part = after.group(1) if after else ""
        return clock_term(int(clock.group(1)), clock.group(2), part) if clock else clock_term(int(raw), "00", part)
    if ":" in raw:
        return None
    if not scale:
        return _number_term(raw)
    if _THOUSANDS.fullmatch(raw):
        base = float(raw.replace(".", ""))
    elif _COMMA_THOUSANDS.fullmatch(raw) and scale.lower() in ("thousand", "million", "billion", "trillion"):
        base = float(raw.replace(",", ""))
    else:
        base = float(raw.replace(",", "."))
    return _format_number(base * (_ABBREVIATED_SCALES.get(scale) or SCALE_WORDS[scale.lower()]))


def _number_terms(text: str) -> tuple[str, list[tuple[int, int, list[str]]]]:
    """Find numbers in digits (with scale words) and clock times, return the text with them
    blanked and (start, end, terms) spans. Numbers in words are read in :func:`terms`."""
    spans: list[tuple[int, int, list[str]]] = []

    def replace(match: re.Match[str]) -> str:
        term = _digit_term(text, match)
        if term is None or term in ("0", "00"):
            return match.group(0)
        spans.append((match.start(), match.end(), [term]))
        return " " * (match.end() - match.start())

    return _DIGITS.sub(replace, text), spans


@dataclass
class Terms:
    """The comparable terms of one text, in order, with which of them are specific facts."""

    terms: list[str] = field(default_factory=list)
    specific: set[str] = field(default_factory=set)
    # what the text says, counted before abbreviations are expanded ("Diskominfo" is one word
    # here, three terms above): the size of a text for the minimum-length rules
    words: set[str] = field(default_factory=set)
    # places below the kabupaten (kecamatan, villages): facts, kept unstemmed
    places: set[str] = field(default_factory=set)
    # kabupaten terms that only come from the name of its seat ("Barabai"): a looser fact
    seats: set[str] = field(default_factory=set)


def _date_terms(text: str) -> tuple[str, list[tuple[int, int, list[str]]]]:
    """Find dates, return the text with them blanked and (start, end, terms) spans."""
    spans: list[tuple[int, int, list[str]]] = []

    def add(match: re.Match[str], terms: list[str]) -> str:
        spans.append((match.start(), match.end(), terms))
        return " " * (match.end() - match.start())

    def numeric(match: re.Match[str]) -> str:
        day, month = int(match.group(1)), int(match.group(2))
        year = match.group(3)
        if not (1 <= day <= 31 and 1 <= month <= 12) or (year is None and "." in match.group(0)):
            return match.group(0)
        return add(match, [f"date:{day}-{month}"])

    def day_range(match: re.Match[str]) -> str:
        first, last, month = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if (not (1 <= first < last <= 31 and 1 <= month <= 12)
                or (match.group(4) is None and "/" not in match.group(0))):
            return match.group(0)
        return add(match, [f"date:{first}-{month}", f"date:{last}-{month}"])

    def words(match: re.Match[str]) -> str:
        month = MONTHS[match.group(3).lower()]
        days = [int(match.group(1))] + ([int(match.group(2))] if match.group(2) else [])
        if not all(1 <= d <= 31 for d in days):
            return match.group(0)
        noun = _PLACE_NOUN_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if noun and not match.group(2) and not _YEAR_AFTER.match(text, match.end()):
            # "Lapangan 5 Desember": a place's name, one term ("lapangan5desember")
            name = _PLACE_NOUNS[noun.group(1).lower()]
            return add(match, [f"{name}{days[0]}{_MONTH_OF[month]}"])
        return add(match, [f"date:{d}-{month}" for d in days])

    def spelled(match: re.Match[str]) -> str:
        if _STAGE_BEFORE.search(text, max(0, match.start() - 12), match.start()) \
                or _PLACE_NOUN_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return match.group(0)
        day = int(_words_value(match.group(1).lower().split()))
        if not 1 <= day <= 31:
            return match.group(0)
        return add(match, [f"date:{day}-{MONTHS[match.group(2).lower()]}"])

    def month_first(match: re.Match[str]) -> str:
        day = int(match.group(2))
        if not 1 <= day <= 31:
            return match.group(0)
        return add(match, [f"date:{day}-{MONTHS[match.group(1).lower()]}"])

    def part(match: re.Match[str]) -> str:
        which = "end" if match.group(1).lower() in ("akhir", "penghujung", "ujung") else "start"
        return add(match, [f"date:{which}-{MONTHS[match.group(2).lower()]}"])

    if not text.isascii() or any(word in text.lower() for word in _DATE_PART_WORDS):
        text = _DATE_PART.sub(part, text)
    text = _DATE_WORDS.sub(words, text)
    if any(word in text.lower() for word in ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                                             "sembilan", "sepuluh", "sebelas")):
        text = _DATE_SPELLED.sub(spelled, text)
    if any(month in text for month in _ENGLISH_MONTHS):
        text = _DATE_MONTH_FIRST.sub(month_first, text)
    if "/" in text or "." in text:
        text = _DATE_NUMERIC_RANGE.sub(day_range, text)
    text = _DATE_NUMERIC.sub(numeric, text)
    return text, spans


_TOKENS: dict[str, tuple[str, ...]] = {}
_SENTENCE_START = re.compile(r"[.!?:\n\"]\s*$")


def word_terms(lower: str) -> tuple[str, ...]:
    """The terms of one lower-case word (``bati-bati`` gives two), cached."""
    stops = stop_words()
    parts: tuple[str, ...] = ()
    if len(lower) >= 2 and lower not in stops and lower not in RELAY_WORDS:
        kept = []
        words = (ABBREVIATIONS.get(lower) or BANJAR_PHRASES.get(lower) or lower).replace("’", "").replace("'", "").replace("-", " ").split()
        for part in words:
            if len(part) < 2 or part in stops or part in RELAY_WORDS:
                continue
            stemmed = stem(part)
            if stemmed not in stops and len(stemmed) >= 2:
                kept.append(stemmed)
        parts = tuple(kept)
    if len(_TOKENS) < 500_000:
        _TOKENS[lower] = parts
    return parts


def _title_case_ranges(text: str) -> list[tuple[int, int]]:
    """Lines written In Title Case (headlines): their capitals say nothing about names."""
    ranges = []
    position = 0
    for line in text.split("\n"):
        if len(line) > 160:  # a paragraph, not a headline
            position += len(line) + 1
            continue
        words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            ranges.append((position, position + len(line)))
        position += len(line) + 1
    return ranges


@lru_cache(maxsize=1)
def region_aliases() -> dict[str, str]:
    """Loose key of every kabupaten/kota name and alias ("tanahlaut", "tala", "pelaihari") →
    one place term for the region ("tanahlaut"), from the bundled region files.

    A post writes "Tala" or "Pelaihari" where the release writes "Kabupaten Tanah Laut"; as
    one term per region they meet, and a multi-word name is one fact, not two topic words.
    Keys with a "Kabupaten"/"Kota"/"Pemprov" prefix are left out: those words stay terms.
    """
    from crawler.regions import _PREFIX, _key, region_table

    table = {}
    regions = region_table()
    for key, name in regions.items():
        # "kabupatenbanjar", "kotabanjarbaru": a prefixed form of another key (not "kotabaru")
        if (_PREFIX.match(key) and _PREFIX.sub("", key) in regions) or key.startswith("pem"):
            continue
        table[key] = _PREFIX.sub("", _key(name))
    return table


@lru_cache(maxsize=1)
def _alias_prefixes() -> frozenset[str]:
    """Every beginning of a region key: a word that may start a region's name."""
    return frozenset(key[:n] for key in region_aliases() for n in range(1, len(key) + 1))


# Region names that are also ordinary words ("urang Banjar", "merantau", "kandang", "tanjung"),
# or too short to be sure of: read as a place only when capitalised.
_ORDINARY_REGION_WORDS = frozenset(("banjar", "kandangan", "rantau", "tala", "tanjung"))


@lru_cache(maxsize=1)
def _small_letter_regions() -> frozenset[str]:
    """One-word region names a casual post writes in small letters ("air pdam amuntai keruh",
    "di bjm"): read as the region like the capitalised name, but for names that are also
    ordinary words (:data:`_ORDINARY_REGION_WORDS`)."""
    return frozenset(key for key in region_aliases() if key.isalpha() and key not in _ORDINARY_REGION_WORDS)


@lru_cache(maxsize=1)
def region_terms() -> frozenset[str]:
    """The place terms :func:`terms` gives kabupaten/kota names (built once: called per term)."""
    return frozenset(region_aliases().values())


@lru_cache(maxsize=1)
def _place_files() -> list[dict[str, object]]:
    from importlib import resources

    import yaml

    folder = resources.files("crawler") / "data" / "places"
    if not folder.is_dir():
        return []
    return [yaml.safe_load(entry.read_text(encoding="utf-8")) or {}
            for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith((".yaml", ".yml"))]


_NOT_LOOSE = re.compile(r"[^a-z0-9]")
_LOOSE: dict[str, str] = {}
# the longest name kept in _LOOSE: a place's or an alias's name, a word, a run of words; a longer
# string (a whole cleaned text) is read without the cache, which would keep it for the process
LOOSE_CACHED_LENGTH = 80


def loose_text(text: str) -> str:
    """``text`` lower-cased without anything but letters and digits, not cached: for whole
    texts, which :func:`_loose` would keep in a module dict."""
    return _NOT_LOOSE.sub("", text.lower())


def _loose(name: str) -> str:
    """``name`` lower-cased without anything but letters and digits (cached: every capitalised
    word of every text is looked up; a string longer than :data:`LOOSE_CACHED_LENGTH` is not)."""
    found = _LOOSE.get(name)
    if found is None:
        found = _NOT_LOOSE.sub("", name.lower())
        if len(name) <= LOOSE_CACHED_LENGTH and len(_LOOSE) < 500_000:
            _LOOSE[name] = found
    return found


@lru_cache(maxsize=1)
def local_places() -> dict[str, str]:
    """Loose key of every kecamatan name of the bundled place files ("murungpudak",
    "batibati") → its place term (the same key): one unstemmed fact per name."""
    table: dict[str, str] = {}
    for doc in _place_files():
        kecamatan = doc.get("kecamatan") or {}
        assert isinstance(kecamatan, dict)
        for names in kecamatan.values():
            for name in names:
                table[_loose(name)] = _loose(name)
    return table


@lru_cache(maxsize=1)
def place_parents() -> dict[str, frozenset[str]]:
    """Place term → the place terms that contain it: a kecamatan → its kabupaten/kota (more
    than one when two share the name, "Simpang Empat") and its province; a kabupaten/kota →
    its province. From the bundled region and place files: kecamatan ⊂ kabupaten ⊂ province."""
    from crawler.regions import canonical_region

    aliases = region_aliases()
    province_of: dict[str, str] = {}
    parents: dict[str, set[str]] = {}
    for doc in _place_files():
        province = aliases.get(_loose(str(doc.get("province") or "")))
        kecamatan = doc.get("kecamatan") or {}
        assert isinstance(kecamatan, dict)
        for region, names in kecamatan.items():
            canonical = canonical_region(region)
            term = aliases.get(_loose(canonical or "")) or _loose(re.sub(r"^(Kabupaten|Kota)\s+", "", region))
            if province:
                province_of[term] = province
            for name in names:
                parents.setdefault(_loose(name), set()).update(t for t in (term, province) if t)
    for term, province in province_of.items():
        parents.setdefault(term, set()).add(province)
    return {term: frozenset(found) for term, found in parents.items()}


@lru_cache(maxsize=1)
def province_terms() -> frozenset[str]:
    """The place terms of provinces ("kalimantanselatan"): a province contains every place of it."""
    regions = region_terms()
    return frozenset(p for term, found in place_parents().items() if term in regions for p in found)


@lru_cache(maxsize=1)
def _local_prefixes() -> frozenset[str]:
    return frozenset(key[:n] for key in local_places() for n in range(1, len(key) + 1))


@lru_cache(maxsize=1)
def seat_keys() -> frozenset[str]:
    """Loose keys of the towns that are the seat of a kabupaten ("barabai", "pelaihari")."""
    seats: set[str] = set()
    for doc in _place_files():
        names = doc.get("seats") or []
        assert isinstance(names, list)
        seats.update(_loose(name) for name in names)
    return frozenset(seats)


# Words that follow "Desa" as a kind or a stage, not as a name ("Desa Wisata", "Dana Desa Tahap II").
VILLAGE_KINDS = frozenset("""
    tahap wisata sehat mandiri maju siaga binaan tangguh digital cantik prima adat inovasi inovatif
    percontohan antikorupsi terpencil tertinggal berkembang swadaya swasembada tematik layak anak
    ramah bersih hijau iklim kreatif produktif sejahtera terbaik model contoh penyangga perbatasan
    pesisir definitif induk baru lama setempat sasaran lokus penerima peserta pemenang juara
""".split())

# "Desa Pembataan", "Kelurahan Kuin Utara", "Kec. Sungai Tabuk": the capitalised words after a
# village or district word are a place's name, whatever the stemmer would make of them.
_PLACE_MARKER = re.compile(
    r"\b(?:[Dd]esa|[Kk]elurahan|[Kk]el\.|[Dd]usun|[Kk]ampung|[Kk]ecamatan|[Kk]ec\.)[^\S\n]+"
    r"((?:[A-Z][^\W\d_]+)(?:[ -][A-Z][^\W\d_]+){0,2})")


def _marked_places(text: str) -> set[str]:
    """Lower-case words of the place names a text introduces with a village/district word,
    leaving out stop words and the words that say what kind of village it is ("Desa Tahap II",
    "Desa Wisata" name no place)."""
    if "esa " not in text and "ela" not in text and "usun " not in text and "ampung " not in text \
            and "ec" not in text:
        return set()
    stops = stop_words()
    found = set()
    for match in _PLACE_MARKER.finditer(text):
        for word in re.split(r"[ -]", match.group(1)):
            lower = word.lower()
            if len(lower) >= 3 and lower not in stops and lower not in VILLAGE_KINDS:
                found.add(lower)
    return found



# Streets, crossings, venues and administrative areas a text names: "Simpang Jl. Pangeran
# Antasari", "Lapangan Merah Putih", "Desa Tirta Jaya". The noun and the capitalised words after
# it (up to three) are a place's name; a post that shares nothing else with a release (a traffic
# light at the crossing where street children were reached) tells of something else there.
_VENUE_NOUNS = ("jl jln jalan simpang gang gg komplek kompleks perumahan lapangan lapang gedung taman stadion "
                "bundaran jembatan terminal pasar masjid mesjid langgar desa kelurahan dusun kampung pendopo aula "
                "kecamatan kec kabupaten kab kota pantai pulau danau bukit gunung rt rw").split()
_VENUE_NAME = re.compile(
    r"\b(?i:(" + "|".join(sorted(_VENUE_NOUNS, key=len, reverse=True)) + r"))\b\.?\s+"
    r"((?:[A-Z][^\W\d_]*\.?)(?:\s+[A-Z][^\W\d_]*\.?){0,2})")


def venue_terms(text: str) -> frozenset[str]:
    """The terms of the street, venue and area names ``text`` writes after a place noun
    (:data:`_VENUE_NAME`: capitalised words), with the nouns that introduce them."""
    found: set[str] = set()
    for match in _VENUE_NAME.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        if _title_case(text[start:end if end >= 0 else len(text)]):
            continue  # a headline capitalises every word: "Gelar Pasar Murah Ramadan" names no market
        found.update(word_terms(match.group(1).lower()))
        for word in match.group(2).replace(".", " ").split():
            if word.lower() not in VILLAGE_KINDS:  # "Desa Ramah Anak", "Kampung Wisata" name no place
                found.update(word_terms(word.lower()))
    return frozenset(found)


def _title_case(line: str) -> bool:
    """Whether a line is written in title case (four words or more, nearly all capitalised)."""
    words = [w for w in line.split() if w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_RELATIVE_PERIOD = re.compile(r"\b(bulan|minggu|pekan)\s+(depan|berikutnya|lalu|kemarin|silam)\b", re.IGNORECASE)


def relative_periods(text: str) -> frozenset[tuple[str, int]]:
    """The months and weeks ``text`` names relatively to its own time: ("month", 1) for "bulan
    depan", ("week", -1) for "pekan lalu"."""
    if "ulan" not in text and "inggu" not in text and "ekan" not in text:
        return frozenset()
    return frozenset(("month" if m.group(1).lower() == "bulan" else "week",
                      1 if m.group(2).lower() in ("depan", "berikutnya") else -1)
                     for m in _RELATIVE_PERIOD.finditer(text))


# A deadline's words right before its date: "paling lambat 30 November", "selambat-lambatnya
# tanggal 12/3", "batas akhir pendaftaran 5 Mei", "tenggat (waktu)"
# the words that make a date a deadline, and the cheap test for them before the patterns run
_DEADLINE_WORDS = r"(?:paling\s+lambat|selambat-lambatnya|batas(?:\s+(?:akhir|waktu))?|tenggat(?:\s+waktu)?)"
_DEADLINE_HINTS = ("lambat", "batas", "tenggat")
_DEADLINE_BEFORE = re.compile(r"\b" + _DEADLINE_WORDS + r"(?:\s+[a-z]+)?\s+(?:(?:tanggal|tgl\.?|hari\s+[a-z]+,?)\s+)?$")


def deadline_days(text: str) -> frozenset[tuple[int, int]]:
    """The (month, day) of each date ``text`` gives as a deadline ("paling lambat 30 November",
    "batas akhir pendaftaran 5 Mei"): the last day to do what it asks, not a day its event
    happens on."""
    lower = text.lower()
    if not any(hint in lower for hint in _DEADLINE_HINTS):
        return frozenset()
    found = set()
    for start, _end, dated in _date_terms(lower)[1]:
        if _DEADLINE_BEFORE.search(lower, max(0, start - 48), start):
            for term in dated[-1:]:
                day, _, month = term[5:].partition("-")
                if day.isdigit() and month.isdigit():
                    found.add((int(month), int(day)))
    return frozenset(found)


def _local_place_at(text: str, words: list[re.Match[str]], i: int) -> tuple[str | None, int]:
    """The kecamatan named by the capitalised words starting at ``words[i]`` (up to four)."""
    table = local_places()
    prefixes = _local_prefixes()
    key = ""
    best: tuple[str | None, int] = (None, 0)
    for n in range(4):
        if i + n >= len(words):
            break
        word = words[i + n]
        raw = word.group(0)
        if not raw[0].isupper() or any(c.isdigit() for c in raw):
            break
        if n and text[words[i + n - 1].end():word.start()].strip():
            break
        key += _loose(raw)
        if key in table:
            best = (table[key], n + 1)
        elif key not in prefixes:
            break
    return best


def _region_at(text: str, words: list[re.Match[str]], i: int, aliases: dict[str, str]) -> tuple[str | None, int]:
    """The region named by the capitalised words starting at ``words[i]`` (up to three,
    separated by spaces only), and how many words it takes."""
    key = ""
    best: tuple[str | None, int] = (None, 0)
    for n in range(3):
        if i + n >= len(words):
            break
        word = words[i + n]
        raw = word.group(0)
        if not raw[0].isupper() or not raw.isalpha():
            break
        if n and text[words[i + n - 1].end():word.start()].strip():
            break
        key += raw.lower()
        if key in aliases:
            best = (aliases[key], n + 1)
    return best


def _number_words_at(text: str, words: list[re.Match[str]], i: int) -> tuple[str | None, int]:
    """A number written in words starting at ``words[i]`` ("dua ratus lima puluh" → 250), or
    an ordinal after a counting word ("juara I", "tahap kedua"), and how many words it takes."""
    raw = words[i].group(0)
    lower = raw.lower()
    if i and (raw in _ORDINALS if raw.isupper() else lower in ("pertama", "kedua", "kesatu")):
        previous = words[i - 1]
        gap = text[previous.end():words[i].start()]
        if previous.group(0).lower() in _ORDINAL_CONTEXT and gap and not gap.strip(" -"):
            return str(_ORDINALS.get(raw) or _ORDINALS[lower]), 1
        return None, 0
    if lower in _ONE_APART:
        if i + 1 >= len(words) or words[i + 1].group(0).lower() not in _ONE_APART_SCALES \
                or not text[words[i].end():words[i + 1].start()].isspace():
            return None, 0  # "sa-kamar", "sa haja": not a figure
        lower = "satu"
    elif lower not in NUMBER_WORDS and (lower not in _HALVES or i + 1 >= len(words)
                                        or words[i + 1].group(0).lower() not in _HALF_SCALES):
        return None, 0  # "setengah delapan" is half past seven, not a figure
    start = words[i].start()
    if raw[0].isupper() and start > 0 and not _sentence_start(text, start):
        return None, 0  # "Simpang Empat", "Sungai Tiga": part of a name
    run = [lower]
    j = i + 1
    while j < len(words) and text[words[j - 1].end():words[j].start()].isspace():
        following = words[j].group(0).lower()
        if _COMMA_WORD in run:
            # after "koma" only its digits and then a large scale ("koma anam miliar")
            if not (NUMBER_WORDS.get(following, 10) < 10 or following in _HALF_SCALES):
                break
        elif following == _COMMA_WORD:
            if j + 1 >= len(words) or NUMBER_WORDS.get(words[j + 1].group(0).lower(), 10) >= 10 \
                    or not text[words[j].end():words[j + 1].start()].isspace():
                break
        elif following in _ONE_APART:
            if j + 1 >= len(words) or words[j + 1].group(0).lower() not in _ONE_APART_SCALES:
                break
            following = "satu"
        elif following in _HALVES:
            if j + 1 >= len(words) or words[j + 1].group(0).lower() not in _HALF_SCALES:
                break
        elif following not in NUMBER_WORDS and following not in SCALE_WORDS:
            break
        run.append(following)
        j += 1
    if run == ["satu"] or run[-1] in _HALVES:
        return None, 0
    value = _words_value(run)
    return (_format_number(value), j - i) if value else (None, 0)


# An emoji closing a sentence in place of its full stop, as chat posts write ("… gratis lah 🦷 Saribu
# dalapan ratus …"): the capitalised word after it opens the next sentence, not a name.
_EMOJI_BEFORE = re.compile("[\u2600-\u27bf\U0001F300-\U0001FAFF]\ufe0f?\\s*$")


def _sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence: after a full stop, colon, quote, line break or an
    emoji, or after nothing but emoji and bullets on its line ("⭐ Lima puluh …")."""
    if _SENTENCE_START.search(text, max(0, start - 3), start) or _EMOJI_BEFORE.search(text, max(0, start - 4), start):
        return True
    line = text.rfind("\n", 0, start) + 1
    return not any(c.isalnum() for c in text[line:start])


def terms(text: str | None, *, cleaned: bool = False) -> Terms:
    """The terms of ``text`` in reading order (stop words dropped, words stemmed).

    Specific terms are numbers, dates and capitalised words inside a sentence (names,
    places, institutions): the facts that tell one event from another on the same topic.
    """
    if not cleaned:
        text = clean_text(text)
    if not text:
        return Terms()
    blanked, date_spans = _date_terms(text)
    blanked, number_spans = _number_terms(blanked)
    found: list[tuple[int, str, bool]] = [(start, t, True) for start, _e, ts in date_spans + number_spans
                                          for t in ts]
    if "e-" in blanked or "a-" in blanked:
        blanked = _SE_PREFIX.sub("   ", blanked)  # "se-Kalsel" names Kalsel
    aliases = region_aliases()
    prefixes = _alias_prefixes()
    local_prefixes = _local_prefixes()
    marked = _marked_places(blanked)
    seats = seat_keys()
    small_regions = _small_letter_regions()
    words = list(_WORD.finditer(blanked))
    result = Terms()
    result.words.update(t for _s, t, _x in found)
    seat_places: set[str] = set()
    named_places: set[str] = set()
    skip_to = 0
    add_found = found.append
    add_word = result.words.add
    tokens = _TOKENS.get
    for i, match in enumerate(words):
        if i < skip_to:
            continue
        raw = match.group(0)
        lower = raw.lower()
        upper = raw[0].isupper()
        if "-" in raw and raw == lower and all(piece in aliases for piece in lower.split("-")):
            # "bjm-bjb" in small letters: each a region (a capitalised pair is rather a route's
            # or a body's name, "rute Banjarmasin-Kotabaru", read as written)
            for piece in lower.split("-"):
                add_found((match.start(), aliases[piece], True))
                add_word(aliases[piece])
                (seat_places if piece in seats else named_places).add(aliases[piece])
            continue
        if upper:
            place, taken = (_region_at(blanked, words, i, aliases) if lower in prefixes else (None, 0))
            local, local_taken = (_local_place_at(blanked, words, i) if _loose(raw) in local_prefixes
                                  else (None, 0))
            if local and local_taken > taken:
                place, taken = None, 0
            if place:
                add_found((match.start(), place, True))
                add_word(place)
                key = "".join(_loose(w.group(0)) for w in words[i:i + taken])
                (seat_places if key in seats else named_places).add(place)
                skip_to = i + taken
                continue
            if local or lower in marked:
                term = local or _loose(raw)
                add_found((match.start(), term, True))
                add_word(term)
                result.places.add(term)
                skip_to = i + (local_taken if local else 1)
                continue
        elif lower in small_regions:
            place = aliases[lower]
            add_found((match.start(), place, True))
            add_word(place)
            (seat_places if lower in seats else named_places).add(place)
            continue
        if lower in _NUMBERISH or raw in _ORDINALS:
            number, taken = _number_words_at(blanked, words, i)
            if number:
                end = words[i + taken - 1].end()
                previous = words[i - 1].group(0).lower() if i else ""
                if previous in _CLOCK_WORD and number.isdigit() and int(number) <= 24 \
                        and blanked[words[i - 1].end():match.start()].isspace():
                    # "jam enam sore" = "jam 6 sore" = "pukul 18.00"
                    after = _CLOCK_AFTER.match(blanked, end)
                    number = clock_term(int(number), "00", after.group(1) if after else "")
                add_found((match.start(), number, True))
                add_word(number)
                skip_to = i + taken
                continue
        if not raw.isalpha():
            if raw[0].isdigit():
                term = _number_term(raw)
                if term not in ("0", "00"):
                    add_found((match.start(), term, True))
                    add_word(term)
                continue
            if any(c.isdigit() for c in raw):  # a code: a name
                add_found((match.start(), lower, True))
                add_word(lower)
                continue
        parts = tokens(lower)
        if parts is None:
            parts = word_terms(lower)
        if not parts:
            continue
        start = match.start()
        capital = upper and start > 0 and not _SENTENCE_START.search(blanked, max(0, start - 3), start)
        if lower in ABBREVIATIONS:  # "Diskominfo": an agency's name written short, not the event's
            capital = False
            add_word("~" + lower)
        else:
            result.words.update(parts)
        for part in parts:
            add_found((start, part, capital))
    title_lines = _title_case_ranges(blanked)
    if title_lines:
        found = [(pos, term, spec and (term[0].isdigit() or term.startswith("date:")
                                       or not any(a <= pos < b for a, b in title_lines)))
                 for pos, term, spec in found]
    found.sort(key=lambda item: item[0])
    found = _with_concepts(found)
    result.seats = seat_places - named_places
    for _pos, term, is_specific in found:
        result.terms.append(term)
        if is_specific:
            result.specific.add(term)
    return result


@lru_cache(maxsize=1)
def concept_forms() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The official ↔ everyday word list (:func:`crawler.matching.lexicon.official_everyday_concepts`)
    as runs of terms: first term of a form → (the form's terms, the concept's term), longest
    first. A form is read like any text (stemmed, Banjar words as Indonesian, stop words
    dropped); the concept's term is its first form's one term (an acronym, "ib") or its first
    form's words run together ("rumahkaca"). A form that gives no term, or the same terms as a
    form of another concept, is an error of the list."""
    owner: dict[tuple[str, ...], str] = {}
    for forms in official_everyday_concepts():
        runs = [tuple(t for word in form.split() for t in word_terms(word)) for form in forms]
        if not all(runs):
            raise WordListError(f"official-everyday list: a form of {forms[0]!r} has no terms")
        concept = runs[0][0] if len(runs[0]) == 1 else "".join(forms[0].replace("-", " ").split())
        for run in runs:
            if owner.setdefault(run, concept) != concept:
                raise WordListError(f"official-everyday list: {' '.join(run)!r} is a form of both "
                                    f"{owner[run]!r} and {concept!r}")
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for run, concept in owner.items():
        table.setdefault(run[0], []).append((run, concept))
    return {first: tuple(sorted(entries, key=lambda e: -len(e[0]))) for first, entries in table.items()}


@lru_cache(maxsize=1)
def concept_words() -> dict[str, frozenset[str]]:
    """Each concept's term of the official ↔ everyday word list → the other terms its forms'
    runs keep beside it ("apill" → "lampu", "merah", …): one thing named, however many words."""
    words: dict[str, set[str]] = {}
    for entries in concept_forms().values():
        for run, concept in entries:
            words.setdefault(concept, set()).update(t for t in run[:-1] if t != concept)
    return {concept: frozenset(found) for concept, found in words.items()}


def _with_concepts(found: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """``found`` (a text's terms in reading order) with the last term of each run of terms that
    is a form of a concept of the official ↔ everyday word list read as the concept's term
    ("kawin suntik" → "kawin ib", "lampu merah" → "lampu apill", "inseminasi" → "ib"), as the
    Banjar list reads a Banjar word as the Indonesian one: a release's official term and a post's
    everyday words for the same thing then share a term. A run keeps its length, so two texts
    that write the same form share as many terms as before (the concept does not come on top of
    its words: more shared weight between same-topic releases of other events). The concept's
    own term (the acronym itself) reads as before. Longest form first; runs do not overlap."""
    forms = concept_forms()
    runs: list[tuple[int, str]] = []
    i, count = 0, len(found)
    while i < count:
        entries = forms.get(found[i][1])
        if entries:
            for run, concept in entries:
                end = i + len(run)
                if end <= count and all(found[i + j][1] == run[j] for j in range(1, len(run))):
                    if run != (concept,):
                        runs.append((end, concept))
                    i = end - 1
                    break
        i += 1
    if not runs:
        return found
    result: list[tuple[int, str, bool]] = []
    previous = 0
    for end, concept in runs:
        result.extend(found[previous:end - 1])
        result.append((found[end - 1][0], concept, found[end - 1][2]))
        previous = end
    result.extend(found[previous:])
    return result


# A blank line, or a line starting a list item: "1.", "2)", "(3)", a keycap emoji "1️⃣", a dash
# or bullet, or any short run of symbols/emoji.
_SEGMENT_BREAK = re.compile(
    r"\n\s*\n|\n\s*(?=(?:\d+[.)]|\d{1,2}:\d\d(?::\d\d)?\s|\(\d+\)|[A-Za-z][.)]\s|\d\ufe0f?\u20e3|[-•*▪►✅📌]|[^\w\s#\"'(]{1,3}|(?i:slide|halaman|bagian)\s*\d{1,2}\s*[:.)])\s*\S)")


# The marker of a list item ("1.", "2)", "(3)", "A.", "1️⃣", a bullet): numbering, not a fact.
# A video description's chapter ("03:37 Pemecah ombak …") starts an item like a number does.
_LIST_MARKER = re.compile(r"^\s*(?:(?i:slide|halaman|bagian)\s*\d{1,2}\s*[:.)]|\d{1,2}[.)]|\d{1,2}:\d\d(?::\d\d)?|\(\d{1,2}\)|[A-Za-z][.)]|\d\ufe0f?\u20e3|[-•*▪►✅📌])(?=\s)\s*")


_CHAPTER = re.compile(r"\s*\d{1,2}:\d\d(?::\d\d)?\s")
_CHAPTER_ITEM_WORDS = 4


def segments(text: str | None) -> list[str]:
    """Split a cleaned text into its blocks (paragraphs, list items, emoji bullets).

    A round-up restates several announcements, one per block; scoring each block on its own
    keeps one announcement's words from diluting another's. A paragraph that lists several
    items as running text is split further by :func:`items`.
    """
    if not text:
        return []
    blocks = (_LIST_MARKER.sub("", part, count=1).strip() for part in _SEGMENT_BREAK.split(text) if part)
    return [block for block in blocks if block]


# A line made only of hashtags ("#GambutBasah #KalimantanSelatan #InfoWarga", "#Tapin, #Karhutla"):
# the account's labels for the whole post, not a paragraph or an item of it.
_TAG_LINE = re.compile(r"(?m)^[ \t]*#\w+(?:-\w+)*(?:[ \t]*,?[ \t]*#\w+(?:-\w+)*)*[ \t]*$\n?")


def tag_lines(text: str) -> tuple[str, str]:
    """``text`` without its lines made only of hashtags, and those lines (one per line). A
    round-up closing with "#InfoWarga #Kalsel" lists no item there: cut before the post is
    read for its blocks (:func:`list_blocks`), while :func:`clean_text` still reads the tags as
    words for the whole post."""
    if "#" not in text:
        return text, ""
    found = [m.group(0).strip() for m in _TAG_LINE.finditer(text)]
    if not found:
        return text, ""
    return _TAG_LINE.sub("", text), "\n".join(found)


def list_blocks(text: str | None) -> list[tuple[str, bool]]:
    """:func:`segments` with, for each block, whether it is a round-up item: it opens with a
    number, a letter, a keycap, a bullet or an emoji, or with an enumeration word
    ("Kedua, …"), or it follows a heading that names a round-up ("Rangkuman info sepekan",
    "Rekap dua pekan"). A round-up's items are separate events; the paragraphs of one story
    are not."""
    if not text:
        return []
    found: list[tuple[str, bool]] = []
    headed = False
    for part in _SEGMENT_BREAK.split(text):
        if not part:
            continue
        stripped = part.strip()
        marked = (headed or _LIST_MARKER.match(part) is not None or _ITEM_OPENING.match(stripped) is not None
                  or (bool(stripped) and not stripped[0].isalnum() and stripped[0] not in "\"'(#"))
        block = _LIST_MARKER.sub("", part, count=1).strip()
        if marked and _CHAPTER.match(part) and len(block.split()) < _CHAPTER_ITEM_WORDS:
            marked = headed  # a video's "02:41 Sambutan" names a part of one event, not an item
        if block:
            if not found and _ROUNDUP_WORDS.search(block) and len(block) <= 200:
                headed = True  # a heading: the blocks after it are the items
                found.append((block, False))
                continue
            found.append((block, marked))
    return found


# … or the news of a period ("KABAR SINGKAT PEKAN INI", "Info minggu ini"), in a heading of its own
_ROUNDUP_WORDS = re.compile(r"(?i)\b(?:rangkuman|ringkasan|rekap|kilas|sepekan|dua\s+pekan)\b"
                            r"|(?i:\b(?:kabar|info|berita|warta)\b[^.!?:\n]{0,20}\b(?:pekan|minggu)\s+ini\W*$)")


# Inside one paragraph, where a round-up written as running text starts its next item: an
# enumeration word or a connective opening a sentence ("Kedua, …", "Selain itu, …", "Juga
# ada …"; "… perundungan Selain itu, …": a capitalised connective is one whose full stop the
# writer left out), "pertama"/"kedua" after a colon or comma, a number "2." / "2)" or a bullet emoji
# in mid-line, a semicolon; a bar between spaces ("… di balai desa | Operasi pasar …") in
# :func:`_bar_pieces`, when the line's pieces are titles.
_ITEM_ORDINALS = r"(?:pertama|kedua|ketiga|keempat|kelima|terakhir)"
_CONNECTIVES = (r"(?:selain\s+itu|sementara\s+itu|di\s+samping\s+itu|kemudian|berikutnya|juga(?:\s+ada)?"
                r"|ada\s+juga|tak\s+ketinggalan|satu\s+lagi|" + _ITEM_ORDINALS + r")\b")
_ITEM_OPENING = re.compile(r"(?i:" + _ITEM_ORDINALS + r")\b\s*[,:]")
_ITEM_BREAK = re.compile(
    r"(?<=[.!?])\s+(?=(?i:" + _CONNECTIVES + r"))"          # a sentence opening with a connective
    r"|(?<=[:,])\s+(?=(?i:" + _ITEM_ORDINALS + r")\b)"           # "…: pertama, …", "…, kedua …"
    r"|(?<=[.!?:;,])\s+(?=\(?\d{1,2}[.)]\s+\w)"               # "… selesai. 2. Dinkes …", "…: 1) …"
    r"|\s*(?=(?:[✅📌🔹🔸▶•▪►➡]\ufe0f?)\s*\w)"               # an emoji bullet in mid-line
    r"|(?<=,)\s+(?=(?i:sementara|sedangkan|adapun)\b)"          # "…, sementara Balangan …"
    r"|(?<=;)\s+")
# What an ASCII text must contain for _ITEM_BREAK to split it: a connective or ordinal word (the
# part of it that is one word), a semicolon, or a numbered item after a punctuation mark.
# A non-ASCII text is always split (an emoji bullet; case-insensitive matching knows "K", "ſ").
_ITEM_BREAK_WORDS = ("selain", "sementara", "samping", "kemudian", "berikutnya", "juga", "ketinggalan",
                     "lagi", "pertama", "kedua", "ketiga", "keempat", "kelima", "terakhir", "sedangkan",
                     "adapun", ";")
_ITEM_NUMBER = re.compile(r"[.!?:;,]\s+\(?\d{1,2}[.)]\s+\w")


# … and a capitalised connective whose full stop the writer left out ("… perundungan Selain itu, …"),
# looked for only in a text holding " itu,"
_UNSTOPPED = re.compile(r"(?<=[^\W\d_])\s+(?=(?:Selain|Sementara|Di\s+samping)\s+itu\s*,)")


# a bar between spaces, where a line of titles divides its items ("… di balai desa | Operasi pasar …")
_BAR = re.compile(r"[ \t]+\|[ \t]+")
# the words a piece of a heading line that names only the setting begins with ("Desa Sungai Rangas",
# "Kamis 12 November", "Kec. Martapura"), the days, months and levels of _RANGE_STARTS and below
_SETTING_OPENERS = frozenset(("desa", "kelurahan", "kel", "kecamatan", "kec", "kabupaten", "kab", "kota", "provinsi",
                              "balai", "aula", "gedung", "lapangan", "tanggal", "tgl", "hari"))


def _title_like(piece: str) -> bool:
    """Whether a piece of a bar- or symbol-divided line can be an item of news: three words or more,
    not only a setting (a place, a day or date: "Desa Sungai Rangas", "Kamis 12 November") — where
    "LIVE | …", "… | KIM TV", a site's menu "Beranda | Profil | Berita" or a heading "Jadwal
    posyandu | Desa X | Kamis 12 November" is one post's label, not a list."""
    words = piece.split()
    if len(words) < 3:
        return False
    first = words[0].lower().strip(".,:")
    return not ((first in _SETTING_OPENERS or first in _RANGE_STARTS or first[:1].isdigit())
                and len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in words[1:]))


def _bar_pieces(text: str) -> list[str]:
    """``text`` cut at the bars of its lines that divide two titles or more (:func:`_title_like`);
    a line whose bars divide labels, a menu or a setting stays whole."""
    if " | " not in text:
        return [text]
    found: list[str] = []
    held: list[str] = []
    for line in text.split("\n"):
        pieces = _BAR.split(line)
        if len(pieces) > 1 and sum(map(_title_like, pieces)) >= 2:
            found.append("\n".join([*held, pieces[0]]))
            found.extend(pieces[1:-1])
            held = [pieces[-1]]
        else:
            held.append(line)
    found.append("\n".join(held))
    return [piece for piece in found if piece.strip()]


def _item_pieces(text: str) -> list[str]:
    """``_ITEM_BREAK.split(text)``, without running the pattern over a text it cannot split."""
    if " | " in text and len(pieces := _bar_pieces(text)) > 1:
        return [piece for part in pieces for piece in _item_pieces(part)]
    if " itu," in text and _UNSTOPPED.search(text):
        return [piece for part in _UNSTOPPED.split(text) for piece in _item_pieces(part)]
    if text.isascii():
        lower = text.lower()
        if not any(word in lower for word in _ITEM_BREAK_WORDS) and not _ITEM_NUMBER.search(text):
            return [text]
    return _ITEM_BREAK.split(text)


# "Kabar sepekan: … . … ." — a short heading naming a round-up and a colon, then several
# sentences: a round-up written as one paragraph, one item per sentence. ("Pengingat dari
# Bapenda Tapin: …" heads one story, not a round-up.)
_ROUNDUP_HEADING = re.compile(r"^[^.:!?\n]{0,40}\b(?i:kabar|info|informasi|rangkuman|ringkasan|rekap|catatan|"
                              r"sepekan|pekan|kilas|update|warta)\b[^.:!?\n]{0,40}:\s+(?=\S)")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z]|\d)")  # "… 30 Juni. 12 homestay …": a figure opens one too


# A list written on one line: "1) … 2) … 3) …" or "1. … 2. … 3. …". A number with a closing
# parenthesis or a dot, preceded by a space and followed by a word, counts as a marker only
# inside a run numbered 1, 2, 3 … in order: "Rp1. 2) …" or a lone "12." is no list.
_INLINE_NUMBER_AT = re.compile(r"\d[.)]\s")  # what any _INLINE_NUMBER holds, found faster
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))\(?(\d{1,2})([.)])\s+(?=[^\W\d_])")
# A paragraph opening with a word that names a round-up ("Rangkuman info 📋 PBB … . Beasiswa …"):
# one item per sentence, with or without a heading and a colon.
_ROUNDUP_OPENING = re.compile(
    r"^\W{0,3}(?i:rangkuman|ringkasan|rekap|kilas\s+info|catatan\s+(?:mingguan|sepekan|bulanan))\b"
    # a short first sentence announcing the news of a period: "Beberapa kabar pekan ini. …"
    r"|^\W{0,3}(?i:berikut\s+(?:ini\s+)?)?(?i:(?:beberapa|sejumlah|ada|rangkuman|ringkasan)\s+)?"
    r"(?i:kabar|info|informasi|berita|warta)\b[^.!?:\n]{0,30}"
    r"\b(?i:pekan|minggu|sepekan|bulan|hari)\s+(?i:ini|lalu|terakhir)\s*[.!]\s+(?=[A-Z])"
    # … or the period first: "Pekan ini ada beberapa kabar penting. …", "Sepekan terakhir ada
    # beberapa kabar yang perlu warga ketahui. …" (the periods the sentence above allows after its news word; up
    # to 40 characters of what the news is, matcher53)
    r"|^\W{0,3}(?i:(?:(?:pekan|minggu|bulan)\s+(?:ini|lalu|terakhir)|(?:sepekan|seminggu|sebulan)"
    r"(?:\s+(?:ini|terakhir|belakangan))?|beberapa\s+hari\s+(?:ini|terakhir))"
    r"\s+ada\s+(?:beberapa|sejumlah)\s+(?:kabar|info|informasi|berita))"
    r"\b[^.!?:\n]{0,40}[.!]\s+(?=\w)")


def _numbered_run(block: str) -> list[int]:
    """Where the items of a one-line numbered list start: the markers numbered 1, 2, 3 … (or
    2, 3 … after a leading "1)") in order and of one style (all "n)" or all "n."); empty
    when there is no such run of two."""
    markers = list(_INLINE_NUMBER.finditer(block)) if _INLINE_NUMBER_AT.search(block) else []
    for style in (")", "."):
        found = [m for m in markers if m.group(2) == style]
        starts: list[int] = []
        expected = 1
        for match in found:
            number = int(match.group(1))
            if number == expected or (not starts and number == 2):
                # a run may start at 2: its "1)" opened the line and was taken as the line's
                # list marker (two markers in order are needed either way)
                starts.append(match.start())
                expected = number + 1
        if len(starts) >= 2:
            return starts
    return []


# A line of titles split by one separator symbol repeated between spaces ("Sepekan di banua: A ◆ B ◆ C",
# "KILAS | A | B", "A • B • C", "A – B – C"): each segment is an item, whatever the symbol. A dash or a
# slash also sets off a clause inside one sentence ("… – yang digelar Senin – …"), so with those
# every segment after the first must open like a title (a capital or a figure); one separator of
# any kind splits nothing.
_SEPARATOR = re.compile(r"(?<=\S)\s+([^\w\s.,:;!?()\"'#@%&+=<>\[\]{}*~`^\\$])\ufe0f?\s+(?=\S)")
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015/"
_SEGMENT_WORDS = 2
#: words that open a range's second end after a dash ("Senin – Jumat", "Rp 40.000 – Rp 45.000")
_RANGE_STARTS = frozenset(("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "rp",
                           "pukul", "jam", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                           "september", "oktober", "november", "desember", "sampai", "hingga", "s.d"))


def _separated(block: str) -> list[str]:
    """The items of a line whose titles one repeated separator symbol divides (:data:`_SEPARATOR`),
    its heading ("Sepekan di banua:") apart; empty when the block is no such line."""
    if block.isascii() and not any(f" {c} " in block for c in "|-/"):
        return []
    found = _SEPARATOR.findall(block)
    if len(found) < 2:
        return []
    symbol = max(set(found), key=found.count)
    if found.count(symbol) < 2:
        return []
    parts = [part.strip() for part in re.split(r"\s+" + re.escape(symbol) + r"\ufe0f?\s+", block)]
    if any(len(part.split()) < _SEGMENT_WORDS for part in parts[1:]) or not parts[0]:
        return []
    if sum(_title_like(part.partition("\n")[0]) for part in parts) < 2:
        return []  # a heading of one title and its setting or label ("Jadwal posyandu | Desa X | Kamis …")
    if symbol in _DASHES and not all(
            (part[0].isupper() or part[0].isdigit()) and len(part.split()) >= 3
            and not before[-1:].isdigit() and part.split()[0].lower().strip(",.") not in _RANGE_STARTS
            for before, part in itertools.pairwise(parts)):
        # a dash or slash also writes ranges ("Senin – Jumat pukul 08.00 – 12.00", "Rp 40.000 –
        # Rp 45.000", "2025/2026"): it divides titles of three words or more, none a range's end
        return []
    if (heading := _ROUNDUP_HEADING.match(parts[0])) and len(parts[0][heading.end():].split()) >= _SEGMENT_WORDS:
        parts[:1] = [parts[0][:heading.end()].strip(), parts[0][heading.end():].strip()]
    elif len(parts[0].split()) < _SEGMENT_WORDS:
        return []
    return parts


def items(block: str) -> list[str]:
    """Split one block into the items of a round-up written as running text.

    A paragraph such as "Rangkuman pekan ini: pertama, … Kedua, … Selain itu, …" restates
    one announcement per item, like a list would; each item keeps the sentences that follow
    it up to the next marker. A paragraph opening with a short heading and a colon
    ("Kabar sepekan: …") is split into its sentences. A paragraph without such markers is
    one item.
    """
    if (separated := _separated(block)):
        return separated
    starts = _numbered_run(block)
    bounds = [0, *starts, len(block)] if starts else [0, len(block)]
    found = [part for a, b in zip(bounds, bounds[1:], strict=False)
             for part in (_LIST_MARKER.sub("", piece, count=1).strip()
                          for piece in _item_pieces(block[a:b].strip()) if piece) if part]
    if _ROUNDUP_OPENING.match(block):
        # its sentences are its items, those a connective opened ("… Kemudian Dinsos …") too
        sentences = [s.strip() for part in found for s in _SENTENCE_BREAK.split(part) if s.strip()]
        if len(sentences) >= 2:
            return sentences
    if len(found) == 1 and (heading := _ROUNDUP_HEADING.match(block)):
        sentences = _SENTENCE_BREAK.split(block[heading.end():])
        if len(sentences) >= 2:
            return [block[:heading.end()].strip(), *(s.strip() for s in sentences if s.strip())]
    return found


# Inside an item of a post already known to be a round-up, where a list of news written in one
# sentence starts its next item (twenty-second round): after the heading that names the round-up
# ("Beberapa informasi penting minggu ini: …"), after the short sentence opening it ("Pekan ini ada
# beberapa kabar. banjarmasin: …"), after a source in brackets followed by a comma or "dan" ("… 40
# sanggar (Disbudpar) dan 30 juleha …", "… dilarang (Disdikbud), 48 pompa …"), and at a sentence
# opening with "Lalu," or with the village's own news ("Dari desa kita sendiri: …"), or with "Kabar
# lain:", "Info berikutnya," (session 14). A source is a
# name of one to three capitalised words: "(24/11)", "(12 SD bantaran sungai)" are facts of the item.
_SOURCE_BREAK = re.compile(r"(?<=\s)\([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\)(\s*,\s*(?:dan\s+)?|\s+dan\s+)(?=\w)")
_ROUNDUP_CONNECTIVE = re.compile(
    r"(?<=[.!?])\s+(?=(?i:lalu|selanjutnya|(?:dari|di)\s+(?:desa|kampung|kelurahan)\s+kita|"
    r"(?:kabar|info|informasi|berita|warta)\s+(?:lain|lainnya|berikutnya|selanjutnya))\b)")
_CONNECTIVE_HINTS = ("lalu", " kita", " lain", "berikutnya", "selanjutnya")  # words the connectives need
_SOURCE_ITEM_WORDS = 3  # what follows a source must read as an item: this many words or more
# The heading of a round-up that names a set of news and nothing else ("Beberapa informasi penting
# minggu ini:", "Rangkuman kabar sepekan:", "Pekan ini ada beberapa kabar:"); "Rekap vaksinasi LSD
# Kintap: …", "Info orang hilang: …" name their one story and stay with it.
_LIST_HEADING = re.compile(
    r"^\W{0,3}(?i:(?:berikut\s+(?:ini\s+)?)?(?:beberapa|sejumlah|rangkuman|ringkasan)\s+|(?:pekan|minggu|bulan)\s+ini"
    r"\s+ada\s+(?:beberapa|sejumlah)\s+)(?i:kabar|info|informasi|berita|warta)\b[^.:!?\n]{0,30}:\s+(?=\S)")
_WEEKDAY = re.compile(r"(?i:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b")


def roundup_items(item: str) -> list[str]:
    """Cut one item of a round-up further into the items a writer listed inside one sentence
    (see :data:`_SOURCE_BREAK`). Only for a post whose other items already make it a round-up:
    a single event's post keeps its commas and brackets."""
    pieces: list[str] = []
    rest = item
    if (heading := _LIST_HEADING.match(rest)) or (heading := _ROUNDUP_OPENING.match(rest)):
        if rest[:heading.end()].rstrip()[-1:] in (":", ".", "!") and len(rest[heading.end():].split()) >= _SOURCE_ITEM_WORDS:
            pieces.append(rest[:heading.end()].strip())
            rest = rest[heading.end():]
    lower = rest.lower()
    for sentence in _ROUNDUP_CONNECTIVE.split(rest) if any(hint in lower for hint in _CONNECTIVE_HINTS) else [rest]:
        start = 0
        for match in _SOURCE_BREAK.finditer(sentence) if ")" in sentence else ():
            before = sentence[start:match.start()].split()
            # a bracket after a name says whose or where that name is ("Desa Haratai (HSS), …"): a
            # source closes an item that ends in a common word or a figure
            # nor is an abbreviation spelled out ("… berpenghasilan rendah (MBR), Kamis …") a source
            name = match.group(0)[1:match.start(1) - match.start() - 1]
            if (len(before) >= _SOURCE_ITEM_WORDS and not before[-1][0].isupper()
                    and "".join(word[0] for word in before[-len(name):]).lower() != name.lower()
                    and len(sentence[match.end():].split()) >= _SOURCE_ITEM_WORDS
                    and not _WEEKDAY.match(sentence, match.end())):
                pieces.append(sentence[start:match.start(1)].strip())
                start = match.end()
        pieces.append(sentence[start:].strip())
    return [piece for piece in pieces if piece]


# --------------------------------------------------------------------------- event stage and edition

@dataclass(frozen=True)
class EventMarks:
    """What a text says about *which* occurrence of a programme it is about: the stages it names
    (registration, results, distribution …, :data:`crawler.matching.lexicon.EVENT_STAGES`), the
    rounds and editions it counts ("tahap II", "kloter terakhir", "HUT ke-81"), the years it
    names ("2025", "tahun lalu") and the days it names relatively ("hari ini", "besok")."""

    stages: frozenset[str] = frozenset()
    ordinals: frozenset[tuple[str, str]] = frozenset()  # (counting word, value): ("tahap", "2")
    years: frozenset[int] = frozenset()
    relative_years: frozenset[int] = frozenset()        # -1: "tahun lalu"
    relative_days: frozenset[int] = frozenset()         # 0: "hari ini", 1: "besok"
    months: frozenset[int] = frozenset()                # months named in words ("selama Mei")
    # dates an announcement gives to the *next* occurrence ("GPM berikutnya pada 24 Maret")
    next_dates: frozenset[str] = frozenset()
    # an announcement of something that goes on ("setiap Sabtu", "mulai 1 Juli", "selama 90 hari")
    ongoing: bool = False
    # events named that are not stages (upacara, gladi, final …, lexicon.EVENT_NOUNS)
    nouns: frozenset[str] = frozenset()
    # (a post's) stages and events named only in sentences about what comes next ("nang handak
    # mendaftar gelombang berikutnya"): relayed from a release's schedule, not what it is about
    ahead: frozenset[str] = frozenset()
    # the kinds of action it reports as its own (events.EVENT_KINDS: handover, training …); a
    # release's from its title, lead and other sentences not about what comes later
    kinds: frozenset[str] = frozenset()
    # … and those it names only in sentences about what comes later (a post: or that others say)
    later_kinds: frozenset[str] = frozenset()
    # (a release's) occasion kinds (events.OCCASION_KINDS) it writes anywhere, its body too
    occasions: frozenset[str] = frozenset()
    # the years it names outside a day's date ("rapat sinkronisasi event pantai tahun 2027"; not
    # "Rabu (25/11/2026)", "15 Desember 2026"): a post's, always; a release's when its title or lead
    # sentence names one — the edition it is about, and those it compares it with ("naik dari kuota 2026")
    edition_years: frozenset[int] = frozenset()

    @property
    def events(self) -> frozenset[str]:
        """The stages and the other events the text names."""
        return self.stages | self.nouns if self.nouns else self.stages

    def __or__(self, other: EventMarks) -> EventMarks:
        return EventMarks(self.stages | other.stages, self.ordinals | other.ordinals, self.years | other.years,
                          self.relative_years | other.relative_years, self.relative_days | other.relative_days,
                          self.months | other.months, self.next_dates | other.next_dates,
                          self.ongoing or other.ongoing, self.nouns | other.nouns, self.ahead | other.ahead,
                          self.kinds | other.kinds, self.later_kinds | other.later_kinds,
                          self.occasions | other.occasions, self.edition_years | other.edition_years)

    def __bool__(self) -> bool:
        return bool(self.stages or self.ordinals or self.years or self.relative_years or self.relative_days
                    or self.nouns)


NO_MARKS = EventMarks()

_ORDINAL_WORDS = {"pertama": "1", "kesatu": "1", "kedua": "2", "ketiga": "3", "keempat": "4", "kelima": "5",
                  "keenam": "6", "ketujuh": "7", "kedelapan": "8", "kesembilan": "9", "kesepuluh": "10",
                  "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5",
                  "terakhir": "last", "akhir": "last", "lanjutan": "next", "susulan": "next", "berikutnya": "next"}
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
          "x": "10"}
_NOT_COUNTED = frozenset("yang dan atau untuk di ke dari itu ini nya".split())
_LAW_YEAR = re.compile(r"\b(?:nomor|no\.?)\s*\S+\s+tahun\s+\d{4}")
_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])(19[5-9]\d|20\d\d)(?!\d)(?![.,]\d)")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular-expression fragment ("a|b(?:c|d)" → a, b(?:c|d))."""
    found, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        if char == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif char == ")" and pattern[i - 1] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
    return [*found, pattern[start:]]


def _leading_words(alternative: str) -> set[str]:
    """The words a phrase alternative can start with ("(?:mulai|sedang)\\s+dibangun" → mulai,
    sedang), after any lookbehind guard: a phrase is looked for only in texts that have one."""
    rest = re.sub(r"^(?:\(\?<!.*?\))+", "", alternative)
    group = re.match(r"\(\?:([a-z|]+)\)", rest)
    if group:
        return set(group.group(1).split("|"))
    word = re.match(r"[a-z]+", rest)
    return {word.group(0)} if word else set()


@lru_cache(maxsize=2)
def _stage_patterns(broad: bool) -> tuple[tuple[tuple[str, re.Pattern[str]], ...],
                                         tuple[tuple[frozenset[str], str, re.Pattern[str]], ...]]:
    """The stage vocabulary split for speed: the alternatives that are one word, matched word by
    word (and cached), and the phrases and guarded words, each looked for only in a text that
    has a word it starts with."""
    from crawler.matching.lexicon import EVENT_STAGES

    words = []
    phrases = []
    for name, (narrow, wide) in EVENT_STAGES.items():
        alternatives = _alternatives(narrow) + (_alternatives(wide) if broad else [])
        single = [a for a in alternatives if "\\s" not in a and "(?<" not in a]
        if single:
            words.append((name, re.compile("|".join(single))))
        for alternative in alternatives:
            if alternative not in single:
                phrases.append((frozenset(_leading_words(alternative)), name,
                                re.compile(rf"\b(?:{alternative})\b")))
    return tuple(words), tuple(phrases)


# Words read before, by broad: those naming a stage (with the stages), and those naming none.
_STAGED: dict[bool, dict[str, frozenset[str]]] = {False: {}, True: {}}
_UNSTAGED: dict[bool, set[str]] = {False: set(), True: set()}
_LETTERS = re.compile(r"[^\W\d_]+")


def _stages(lower: str, present: set[str] | frozenset[str], broad: bool) -> frozenset[str]:
    """The stages a lower-case text with the words ``present`` names (see :func:`event_marks`)."""
    words, phrases = _stage_patterns(broad)
    staged, unstaged = _STAGED[broad], _UNSTAGED[broad]
    for word in present.difference(unstaged, staged):
        stages = frozenset(name for name, pattern in words if pattern.fullmatch(word))
        if stages:
            staged[word] = stages
        elif len(unstaged) < 500_000:
            unstaged.add(word)
    found: set[str] = set().union(*(staged[word] for word in present.intersection(staged)))
    for starts, name, pattern in phrases:
        if name not in found and not starts.isdisjoint(present) and pattern.search(lower):
            found.add(name)
    return frozenset(found)


@lru_cache(maxsize=2)
def _marks_patterns(broad: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from crawler.matching.lexicon import COUNTING_WORDS, RELATIVE_DAYS, RELATIVE_YEARS

    values = "|".join([r"\d{1,4}", *_ROMAN, *_ORDINAL_WORDS])
    ordinals = rf"\b({'|'.join(sorted(COUNTING_WORDS))})\s+(?:ke[- ]?\s*)?({values})\b"
    years = "|".join(f"(?P<y{'m' if n < 0 else 'p'}{abs(n)}>{p})" for n, p in RELATIVE_YEARS.items())
    days = "|".join(f"(?P<d{'m' if n < 0 else 'p'}{abs(n)}>{p})" for n, p in RELATIVE_DAYS.items())
    return re.compile(ordinals), re.compile(rf"\b(?:{years})\b"), re.compile(rf"\b(?:{days})\b")


# Words that must be in a text for it to say a day relatively, to name a month, or to give the
# date of a next occurrence: the patterns are looked for only then.
_DAY_WORDS = frozenset("hari pagi siang sore malam tadi barusan besok esok isuk".split())
_MONTH_WORDS = frozenset(m for m in MONTHS if len(m) > 3 and m not in ("march", "may"))
_NEXT_WORDS = frozenset("berikutnya selanjutnya lanjutan susulan kembali".split())
# … and of something that goes on: any day after it starts is one of its days
_ONGOING_WORDS = frozenset("setiap tiap mulai sejak selama".split())
_EDITION = re.compile(r"(?<=\s)ke-\s?(\d{1,4})\b")
_WORD_BEFORE = re.compile(r"([^\W\d_]{2,})\s+$")


def _offset(group: str) -> int:
    return (-1 if group[1] == "m" else 1) * int(group[2:])


def event_marks(text: str | None, *, broad: bool = False) -> EventMarks:
    """The :class:`EventMarks` of a cleaned text. ``broad`` reads an announcement: a stage it
    mentions in passing ("pengumuman 20 Mei", "pemenang mendapat hadiah") is one it names, so a
    post about that stage does not contradict it; a post's stages are read from the words that
    say the post is about them."""
    if not text:
        return NO_MARKS
    lower = text.lower()
    ordinal_re, year_re, day_re = _marks_patterns(broad)
    present = _letter_words(text)
    stages = _stages(lower, present, broad)
    counted = ([(m.group(1), m.group(2)) for m in ordinal_re.finditer(lower)]
               if not COUNTING_WORDS.isdisjoint(present) else [])
    if "ke-" in lower:  # "HUT ke-81", "Hari Jadi ke-500": the word before "ke-N" is what is counted
        for m in _EDITION.finditer(lower):
            before = _WORD_BEFORE.search(lower, max(0, m.start() - 30), m.start())
            if before and before.group(1) not in _NOT_COUNTED:
                counted.append((before.group(1), m.group(1)))
    ordinals = {(word, _ORDINAL_WORDS.get(value) or _ROMAN.get(value) or value.lstrip("0") or "0")
                for word, value in counted}
    years = _years(lower)
    relative_years = frozenset(_offset(m.lastgroup) for m in year_re.finditer(lower)
                               if m.lastgroup) if "tahun" in lower or "edisi" in lower else frozenset()
    relative_days = frozenset(_offset(m.lastgroup) for m in day_re.finditer(lower)
                              if m.lastgroup) if not _DAY_WORDS.isdisjoint(present) else frozenset()
    months = frozenset(MONTHS[w] for w in present & _MONTH_WORDS) if broad else frozenset()
    next_dates: frozenset[str] = frozenset()
    if broad and not _NEXT_WORDS.isdisjoint(present) and _NEXT_OCCURRENCE.search(lower):
        found = set()
        for start, _end, dated in _date_terms(text)[1]:
            sentence = re.split(r"[.!?\n]\s", lower[max(0, start - 80):start])[-1]  # up to the date
            if _NEXT_OCCURRENCE.search(sentence):
                found.update(dated)
        next_dates = frozenset(found)
    ongoing = broad and not _ONGOING_WORDS.isdisjoint(present)
    nouns = _nouns(present)
    ahead: frozenset[str] = frozenset()
    if not broad and (stages or nouns) and not _next_words().isdisjoint(present):
        stated = [sentence for sentence in _SENTENCE_END.split(lower)
                  if _next_words().isdisjoint(_LETTERS.findall(sentence))]
        ahead = (stages | nouns) - frozenset().union(
            *(_stages(sentence, set(_LETTERS.findall(sentence)), False) | _nouns(set(_LETTERS.findall(sentence)))
              for sentence in stated))
    return EventMarks(stages, frozenset(ordinals), years, relative_years, relative_days, months, next_dates,
                      ongoing, nouns, ahead, *event_kinds(lower, present, broad=broad),
                      occasion_kinds(lower, present) if broad else frozenset(),
                      _edition_years(lower) if years and (not broad or _edition_years(
                          " ".join(_SENTENCE_END.split(lower, 2)[:2]))) else frozenset())



def untagged_kinds(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds of action (own, later: :func:`events.event_kinds`) a post's raw ``text`` reports
    in its words, its hashtags left out: a hashtag is the account's label or slogan
    ("#BanjarbaruJuara", "#JumatBerkah"), not a step of a programme the post reports."""
    cleaned = clean_text(_HASHTAG_RUN.sub(" ", text))
    lower = cleaned.lower()
    return event_kinds(lower, _letter_words(cleaned))

@lru_cache(maxsize=1)
def _next_words() -> frozenset[str]:
    from crawler.matching.lexicon import NEXT_EVENT_WORDS

    return NEXT_EVENT_WORDS


@lru_cache(maxsize=1)
def _next_word_pattern() -> re.Pattern[str]:
    """Any next-event word or scheduling phrase, case-insensitive: looked for before a text's
    sentences are read."""
    words = "|".join(sorted(_next_words(), key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{words})\b|{_SCHEDULED.pattern}")


def _may_say_next(text: str) -> bool:
    """Whether :func:`_next_word_pattern` may find anything in ``text``: an ASCII text without
    any of its words (or those opening its scheduling phrases) as a substring cannot match; a
    non-ASCII one is always searched (case-insensitive matching knows "K", "ſ")."""
    if not text.isascii():
        return True
    lower = text.lower()
    return any(word in lower for word in _next_substrings())


@lru_cache(maxsize=1)
def _next_substrings() -> tuple[str, ...]:
    return (*sorted(_next_words()), "mewakili", "menuju")


@lru_cache(maxsize=1)
def _noun_words() -> dict[str, str]:
    from crawler.matching.lexicon import EVENT_NOUNS

    return {word: name for name, pattern in EVENT_NOUNS.items() for word in pattern.split("|")}


def _nouns(present: set[str] | frozenset[str]) -> frozenset[str]:
    words = _noun_words()
    return frozenset(words[w] for w in present.intersection(words)) if not present.isdisjoint(words) else frozenset()


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


@dataclass(frozen=True)
class NextEvent:
    """A release's own event and the next one it announces (:func:`next_event`)."""

    own: frozenset[str] = frozenset()        # stages and events of its title and lead sentence
    next: frozenset[str] = frozenset()       # … of its later sentences about what comes next, not its own
    own_text: str = ""                       # its text without those sentences and the subject's clauses
    next_text: str = ""                      # those sentences, without who said them and their subject
    subject_text: str = ""                   # clauses outside the lead about the next event's subject
    subject: frozenset[str] = frozenset()    # the head word of that subject ("para juara" → juara)
    again: frozenset[str] = frozenset()      # its own stages and events the subject's name says too
    next_whole: str = ""                     # the next-event sentences whole, their subjects' clauses kept


# Who said it, after a quoted sentence: '…," kata Kadis X.' — the speaker is the release's, not
# the next event's
_ATTRIBUTION = re.compile(r"(?:[,.]?\s*[\"”“'’]\s*,?|,)\s*(?:kata|ujar|ucap|ungkap|jelas|tutur|terang|tegas|sebut|"
                          r"imbuh|tambah|papar|pungkas|lanjut|katanya|ujarnya|jelasnya|ungkapnya|tuturnya)\b.*$",
                          re.IGNORECASE | re.DOTALL)
# Phrases that schedule what comes next besides the single words of NEXT_EVENT_WORDS
_SCHEDULED = re.compile(r"\buntuk\s+mewakili\b|\bmewakili\s+(?:\S+\s+){1,3}?(?:ke|di|pada)\s+(?:tingkat|ajang|babak|final|seleksi|penilaian)\b|\bmenuju\s+(?:tingkat|ajang|babak|final|seleksi|kejuaraan|kompetisi|"
                        r"pentas|panggung|laga|event|lomba|kontes|festival)\b", re.IGNORECASE)
# Where a clause ends inside a sentence (the subject of a next event is looked for in clauses)
_CLAUSE_END = re.compile(r"[,;:()]\s*|\s+[-–—]\s+")
# Words before a subject's head noun that are not the subject ("para juara", "sebanyak 14 pesilat")
_DETERMINERS = frozenset("para seluruh semua setiap tiap sebanyak masing kedua ketiga juga pun nya mereka kami "
                         "kita itu ini tersebut".split())


_SHORT_WORD = re.compile(r"(?:^|[\s(])(?:[A-Z][a-z]{0,2}|dr|drs|ir|hj|st|no|h)\.$")


def _sentences(text: str) -> list[str]:
    """The sentences of a text, an abbreviated title or initial ("H. Aulia", "dr. Nurul") kept
    inside its sentence."""
    found: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if not piece.strip():
            continue
        if found and _SHORT_WORD.search(found[-1]) and not found[-1].endswith("\n"):
            found[-1] += " " + piece
        else:
            found.append(piece)
    return found


# A ranking: "57 poin, disusul Bati-Bati (41) dan Takisung (33)", "menyusul di peringkat kedua" --
# "disusul"/"menyusul" there orders the results, it schedules nothing
_RANKED = re.compile(r"\b(?:disusul|menyusul)\b[^.;!?]*?(?:\(\s*\d|\b(?:posisi|peringkat|urutan|tempat)\b)")
_RANKING_WORDS = frozenset(("disusul", "menyusul"))


def _is_next(sentence: str) -> bool:
    """Whether a sentence says what comes next by its words ("akan", "dijadwalkan", "untuk mewakili");
    not a ranking ("disusul Bati-Bati (41)")."""
    found = _next_words().intersection(_LETTERS.findall(sentence.lower()))
    if found and found <= _RANKING_WORDS and _RANKED.search(sentence.lower()):
        found = frozenset()
    return bool(found) or bool(_SCHEDULED.search(sentence))


def _subject(sentence: str) -> tuple[frozenset[str], str]:
    """Who or what a next-event sentence is about: the head word of its last clause before its
    first next-event word ("Para juara akan tampil …", "Juara kelas sapi dan kerbau akan
    mewakili …" → juara; "Duta pelajar akan dikukuhkan" → duta), and the sentence without that
    clause (what is said of the next event)."""
    lower = sentence.lower()
    cut = [m.start() for m in _LETTERS.finditer(lower) if m.group(0) in _next_words()]
    scheduled = _SCHEDULED.search(lower)
    if scheduled:
        cut.append(scheduled.start())
    if not cut:
        return frozenset(), sentence
    before = re.split(r"[,;:\"“”(]|\bbahwa\b|\byang\b", lower[:min(cut)])[-1]
    rest = sentence[:min(cut) - len(before)] + " " + sentence[min(cut):]  # the sentence without its subject
    for word in _LETTERS.findall(before):
        if word not in _DETERMINERS and word not in _NUMBERISH and word_terms(word):
            return frozenset((word,)), rest
    return frozenset(), rest


def next_event(text: str | None) -> NextEvent:
    """Read a cleaned release (title line, body) for the event it is about and the *next* event
    it announces: a later sentence saying what comes after ("akan", "nanti", "selanjutnya",
    "dijadwalkan", "untuk mewakili", "menuju" …, :data:`crawler.matching.lexicon.NEXT_EVENT_WORDS`)
    or giving a date after the lead's. The title and lead sentence are its own event; so is any
    other sentence, except the clauses that speak of the next event's *subject* ("Juara pertama
    diraih pelajar SMPN 1" when "para juara akan tampil pada malam puncak"): whoever goes on to
    the next event is neither event's evidence. The stages and events its own part and its next
    sentences name are read with the lexicon; the next event's other facts (its phrase, place,
    level, date) are read from ``next_text`` by the caller."""
    if not text:
        return NextEvent()
    original = text.strip()
    title, _, body = original.partition("\n")
    if not body or title.rstrip().endswith((".", "!", "?")):  # no title line
        title, body = "", original
    sentences = _sentences(body)
    lead = " ".join([title, *sentences[:1]]).strip() if title else " ".join(sentences[:1])
    own_days = _days(lead.lower())
    own_years = _years(lead.lower())
    may_say = _may_say_next(original)  # else no sentence of it says what comes next by its words
    others, next_parts, said = list[str](), list[str](), list[str]()
    for sentence in sentences[1:]:
        spoken = _ATTRIBUTION.search(sentence)
        core = sentence[:spoken.start()] if spoken else sentence
        # a date more than three days after the lead's (a two- or three-day event is one event)
        later = own_days and any(3 < (day - max(own_days)) % 366 <= 183 for day in _days(core.lower()))
        later = later or _later_month(core.lower(), own_days)
        if later or (may_say and _is_next(core)) or _later_year(core.lower(), own_years):
            next_parts.append(core)
            if spoken:
                said.append(sentence[spoken.start():])
        else:
            others.append(sentence)
    own = _text_events(lead.lower())
    if not next_parts:
        return NextEvent(own, own_text=text)
    read = [_subject(s) for s in next_parts]
    # a subject the lead already names ("Safari berikutnya …", "jemaah … akan diberangkatkan") is
    # the release's own: the next event is the programme's next stop, not someone's next event
    named = set(_LETTERS.findall(sentences[0].lower())) if sentences else set()
    subject = frozenset().union(*(head for head, _rest in read)) - named
    own_parts, subject_parts = sentences[:1], list[str]()
    for sentence in ([title] if title else []) + others:
        for clause in _CLAUSE_END.split(sentence):
            if not clause.strip():
                continue
            about = subject and not subject.isdisjoint(_LETTERS.findall(clause.lower()))
            (subject_parts if about else own_parts).append(clause)
    own_text = "\n".join(own_parts + said)
    after = frozenset().union(*(_text_events(s.lower()) for s in next_parts))
    # the own event's stages its subject's name says again ("para juara" names results)
    again = own & _text_events(" ".join(head for heads, _rest in read for head in heads))
    # a sentence whose subject the lead names keeps its subject's clause: "Sosialisasi serupa di
    # Labuan Amas direncanakan 2027" -- the place there is the next step's, not a subject's
    told = "\n".join(whole if head and head <= named else rest
                     for whole, (head, rest) in zip(next_parts, read, strict=True))
    return NextEvent(own, after - own if own else frozenset(), own_text, told,
                     "\n".join(subject_parts), subject, again, "\n".join(next_parts))


@lru_cache(maxsize=8)
def _letter_words(text: str) -> frozenset[str]:
    """The words (runs of letters) of ``text``, lower-cased: read once for a post's marks and
    its next-event words (:func:`event_marks` and :func:`ahead_terms` get the same text)."""
    return frozenset(_LETTERS.findall(text.lower()))


@lru_cache(maxsize=1)
def _next_gate_words() -> frozenset[str] | None:
    """Words one of which :func:`_next_word_pattern` needs whole in a text to match: each
    next-event word, and "mewakili"/"menuju", which every scheduling phrase has. None (no such
    gate) if one of them is not a single lower-case word."""
    words = frozenset(_next_substrings())
    return words if all(w.isascii() and w.isalpha() and w.islower() for w in words) else None


def ahead_terms(text: str | None) -> frozenset[str]:
    """The terms a cleaned post writes only in its sentences about what comes next ("Nanti para
    juara tampil di malam puncak"): relayed from a release's schedule, not what the post is about."""
    gate = _next_gate_words()
    if not text or (gate is not None and text.isascii() and gate.isdisjoint(_letter_words(text))):
        # an ASCII text: a word the pattern matches between word boundaries is one of its
        # runs of letters (a non-ASCII one is searched: case-insensitive matching knows "K")
        return frozenset()
    if not _may_say_next(text) or not _next_word_pattern().search(text):
        return frozenset()
    ahead: set[str] = set()
    stated: set[str] = set()
    for sentence in _SENTENCE_END.split(text):
        (ahead if _is_next(sentence) else stated).update(terms(sentence, cleaned=True).terms)
    return frozenset(ahead - stated)


_DIGIT = re.compile(r"\d")
_NEXT_YEAR = re.compile(r"\b(?:tahun|edisi)\s+depan\b")


_DAY_BEFORE_YEAR = re.compile(rf"(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]|\d{{1,2}}\s+(?:{_MONTH_NAMES}))\s*$")


def _edition_years(lower: str) -> frozenset[int]:
    """The years a text names outside a day's full date ("tahun 2027", "Juli 2027", not
    "(25/11/2026)" or "15 Desember 2026"), a law's year aside: what edition it is about."""
    laws = [m.span() for m in _LAW_YEAR.finditer(lower)] if "tahun" in lower else []
    return frozenset(int(m.group(1)) for m in _YEAR.finditer(lower)
                     if not any(a <= m.start() < b for a, b in laws)
                     and not _DAY_BEFORE_YEAR.search(lower, max(0, m.start() - 20), m.start()))


def _years(lower: str) -> frozenset[int]:
    """The years a text names, a law's year aside ("Perda Nomor 3 Tahun 2019")."""
    if "19" not in lower and "20" not in lower:
        return frozenset()
    laws = [m.span() for m in _LAW_YEAR.finditer(lower)] if "tahun" in lower else []
    return frozenset(int(m.group(1)) for m in _YEAR.finditer(lower)
                     if not any(a <= m.start() < b for a, b in laws))


def _later_year(lower: str, own_years: frozenset[int]) -> bool:
    """Whether a release's later sentence is about a year after its own event's: "tahun depan",
    "edisi depan", or a year later than every year its lead names ("Tahun 2027 ditargetkan
    tambahan 300 titik untuk Kecamatan Jaro" in a release dated 2026): the programme's next
    step, not its own event."""
    if "depan" in lower and _NEXT_YEAR.search(lower):
        return True
    if not own_years:
        return False
    if any(hint in lower for hint in _DEADLINE_HINTS):
        # the deadline of the release's own call ("memasang papan nama paling lambat Februari
        # 2027") is a date of its own event, however far off: what the call asks is done by then
        lower = _DEADLINE_YEAR.sub(" ", lower)
    return any(year > max(own_years) for year in _years(lower))


# A deadline and its date: "paling lambat (tanggal) (28) Februari 2027", "selambat-lambatnya akhir
# Maret 2027", "batas akhir 2027", "tenggat 31 Januari 2027"
_DEADLINE_YEAR = re.compile(r"\b" + _DEADLINE_WORDS +
                            r"\s+(?:(?:tanggal|akhir|awal|pertengahan)\s+)?(?:\d{1,2}\s+)?(?:[a-z]+\s+)?(?:tahun\s+)?"
                            r"(?:19|20)\d\d\b")


# A month a release dates something by: "pada Desember", "awal/akhir/pertengahan Desember" --
# not a period's end ("sampai akhir Desember", "hingga Desember": the own call runs until then)
_DATED_MONTH = re.compile(
    r"\b(?:(sampai|hingga|s\.?d\.?|sejak|selama|lambat|lambatnya|batas)\s+)?"
    r"(?:pada\s+|di\s+)?(?:(?:awal|akhir|pertengahan|penghujung|medio)\s+)?(?:bulan\s+)?"
    rf"\b({'|'.join(sorted(_MONTH_WORDS, key=len, reverse=True))})\b")


_DAY_BEFORE = re.compile(r"\d\s*$")


def _later_month(lower: str, own_days: list[int]) -> bool:
    """Whether a release's later sentence dates something by its month alone ("Pengumuman
    kelulusan disampaikan pada awal Desember" after a lead dated 13/11), a month after its own
    event's (one to five months on): a step the release schedules -- it cannot report it as done.
    The month must be dated (*pada*, *awal*, *akhir*, *pertengahan* before it); a period's end
    ("dibuka sampai akhir Desember") or a deadline of the own event's call ("paling lambat
    Desember") is the own event's."""
    if not own_days or not any(m in lower for m in _MONTH_WORDS):
        return False
    if any(hint in lower for hint in _DEADLINE_HINTS):
        return False
    own_month = (max(own_days) - 1) // 31
    for match in _DATED_MONTH.finditer(lower):
        if match.group(1) or match.end(2) - match.start(0) == len(match.group(2)):
            continue  # a period's end, or a month with no dating word before it
        if _DAY_BEFORE.search(lower, 0, match.start(2)):
            continue  # "9 Desember": a day's date, read by _days
        if 1 <= (MONTHS[match.group(2)] - own_month) % 12 <= 5:
            return True
    return False


def _days(lower: str) -> list[int]:
    """The days of the year (approximately: 31 a month) of the dates a text names."""
    if not _DIGIT.search(lower):  # a date with its day is written with a digit ("12 Mei", "12/5")
        return []
    found = []
    for _start, _end, dated in _date_terms(lower)[1]:
        for term in dated:
            day, _, month = term[5:].partition("-")
            if day.isdigit():
                found.append(int(month) * 31 + int(day))
    return found


def _text_events(lower: str) -> frozenset[str]:
    present = set(_LETTERS.findall(lower))
    return _stages(lower, present, True) | _nouns(present)


# Words by which a release gives the date of the programme's next occurrence, not its own:
# "GPM berikutnya direncanakan pada 24 Maret", "tahap selanjutnya …", "akan kembali digelar …"
_NEXT_OCCURRENCE = re.compile(r"\b(?:berikutnya|selanjutnya|lanjutan|susulan|kembali\s+(?:digelar|dilaksanakan|diadakan))\b")
