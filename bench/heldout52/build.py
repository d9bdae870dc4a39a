#!/usr/bin/env python3
"""heldout52 generator: writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl, keymap.json.

Deterministic (fixed seed). Hand-written texts come from anns_a..anns_d.py and extra.py; copy, excerpt
and link posts are derived from the releases here, with each KIM's platform habits."""
import json
import os
import random
import re
from datetime import datetime, timedelta

import anns_a
import anns_b
import anns_c
import anns_d
import extra

SEED = 2026120752
HERE = os.path.dirname(os.path.abspath(__file__))
WITA = "+08:00"
END = datetime.fromisoformat("2026-12-05T22:30:00+08:00")

# ---------------------------------------------------------------- KIM registry
# id, region, district, village
KIMS = [
    ("kim-pelambuan", "Kota Banjarmasin", "Banjarmasin Barat", "Pelambuan"),
    ("kim-sungai-andai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Andai"),
    ("kim-kelayan-barat", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Barat"),
    ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("kim-bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal"),
    ("kim-loktabat-utara", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara"),
    ("kim-mandiangin-timur", "Kabupaten Banjar", "Karang Intan", "Mandiangin Timur"),
    ("kim-kiram", "Kabupaten Banjar", "Karang Intan", "Kiram"),
    ("kim-aranio", "Kabupaten Banjar", "Aranio", "Aranio"),
    ("kim-sungai-tabuk-kota", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Tabuk Kota"),
    ("kim-tebing-siring", "Kabupaten Tanah Laut", "Bajuin", "Tebing Siring"),
    ("kim-swarangan", "Kabupaten Tanah Laut", "Jorong", "Swarangan"),
    ("kim-tabanio", "Kabupaten Tanah Laut", "Takisung", "Tabanio"),
    ("kim-stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen"),
    ("kim-sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali"),
    ("kim-serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga"),
    ("kim-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Kota Pagatan"),
    ("kim-sungai-dua", "Kabupaten Tanah Bumbu", "Simpang Empat", "Sungai Dua"),
    ("kim-mantewe", "Kabupaten Tanah Bumbu", "Mantewe", "Mantewe"),
    ("kim-bakarangan", "Kabupaten Tapin", "Bakarangan", "Bakarangan"),
    ("kim-rantau-kiwa", "Kabupaten Tapin", "Tapin Utara", "Rantau Kiwa"),
    ("kim-hatungun", "Kabupaten Tapin", "Hatungun", "Hatungun"),
    ("kim-loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado"),
    ("kim-angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang"),
    ("kim-hamalau", "Kabupaten Hulu Sungai Selatan", "Sungai Raya", "Hamalau"),
    ("kim-hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan"),
    ("kim-pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan"),
    ("kim-pagat", "Kabupaten Hulu Sungai Tengah", "Batu Benawa", "Pagat"),
    ("kim-babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik"),
    ("kim-paminggir", "Kabupaten Hulu Sungai Utara", "Paminggir", "Paminggir"),
    ("kim-sungai-tabukan", "Kabupaten Hulu Sungai Utara", "Sungai Tabukan", "Sungai Tabukan"),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("kim-juai", "Kabupaten Balangan", "Juai", "Juai"),
    ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("kim-jaro", "Kabupaten Tabalong", "Jaro", "Jaro"),
    ("kim-muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
    ("kim-mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
    ("kim-tabunganen-muara", "Kabupaten Barito Kuala", "Tabunganen", "Tabunganen Muara"),
    ("kim-kuripan", "Kabupaten Barito Kuala", "Kuripan", "Kuripan"),
    ("kim-jejangkit-muara", "Kabupaten Barito Kuala", "Jejangkit", "Jejangkit Muara"),
]
KIM = {k[0]: k for k in KIMS}
# truly inactive (only look-alikes, before, unrelated) and active only via round-ups/paraphrases
INACTIVE = ["kim-aranio", "kim-swarangan", "kim-juai", "kim-hatungun", "kim-sungai-andai", "kim-serongga"]
SPECIAL = ["kim-paminggir", "kim-pagat", "kim-muara-uya", "kim-sungai-dua"]

# where each release happens (None: province-wide)
PLACE = {
    "a01": "Kabupaten Tanah Bumbu", "a02": "Kabupaten Barito Kuala", "a03": "Kabupaten Kotabaru",
    "a04": "Kabupaten Tabalong", "a05": "Kabupaten Balangan", "a06": "Kota Banjarmasin", "a07": "Kota Banjarmasin",
    "a08": "Kabupaten Hulu Sungai Utara", "a09": "Kota Banjarbaru", "a10": "Kabupaten Banjar",
    "a11": "Kota Banjarmasin", "a12": "Kabupaten Tanah Laut", "a13": "Kabupaten Hulu Sungai Tengah",
    "a14": "Kabupaten Hulu Sungai Selatan", "a15": None, "a16": None, "a17": "Kabupaten Kotabaru",
    "a18": "Kabupaten Banjar", "a19": None, "a20": "Kabupaten Hulu Sungai Selatan", "a21": "Kabupaten Tanah Bumbu",
    "a22": None, "a23": "Kabupaten Tapin", "a24": "Kabupaten Barito Kuala", "a25": "Kota Banjarbaru",
    "a26": "Kabupaten Tabalong", "a27": "Kabupaten Hulu Sungai Tengah", "a28": "Kabupaten Barito Kuala",
    "a29": "Kabupaten Tanah Laut", "a30": "Kabupaten Tanah Bumbu", "a31": "Kota Banjarbaru",
    "a32": "Kota Banjarmasin", "a33": "Kabupaten Hulu Sungai Utara", "a34": "Kota Banjarbaru",
    "a35": "Kabupaten Balangan", "a36": "Kabupaten Tapin", "a37": None, "a38": None, "a39": None, "a40": None,
}

# ---------------------------------------------------------------- sources and their URL habits
SOURCES = {
    "bksda-kalsel": ("BKSDA Kalimantan Selatan", "bksdakalsel.id", "kabar"),
    "dishut-kalsel": ("Dinas Kehutanan Kalsel", "dishut.kalselprov.go.id", "wp"),
    "diskominfo-kalsel": ("Diskominfo Kalsel", "diskominfo.kalselprov.go.id", "wp"),
    "pemprov-kalsel": ("Pemprov Kalsel", "kalselprov.go.id", "berita"),
    "bpdas-barito": ("BPDAS Barito", "bpdasbarito.id", "info"),
    "pemkab-batola": ("Pemkab Barito Kuala", "baritokualakab.go.id", "numdash"),
    "pemkab-kotabaru": ("Pemkab Kotabaru", "kotabarukab.go.id", "numslash"),
    "pemkab-balangan": ("Pemkab Balangan", "balangankab.go.id", "detail"),
    "pemkot-banjarmasin": ("Pemkot Banjarmasin", "banjarmasinkota.go.id", "html"),
    "pemkab-hsu": ("Pemkab Hulu Sungai Utara", "hulusungaiutarakab.go.id", "artikel"),
    "pemkot-banjarbaru": ("Pemkot Banjarbaru", "banjarbarukota.go.id", "wp"),
    "pemkab-tanah-laut": ("Pemkab Tanah Laut", "tanahlautkab.go.id", "berita"),
    "pemkab-hst": ("Pemkab Hulu Sungai Tengah", "hulusungaitengahkab.go.id", "post"),
    "pemkab-hss": ("Pemkab Hulu Sungai Selatan", "hulusungaiselatankab.go.id", "berita"),
    "pemkab-banjar": ("Pemkab Banjar", "banjarkab.go.id", "wpmonth"),
    "pemkab-tanbu": ("Pemkab Tanah Bumbu", "tanahbumbukab.go.id", "warta"),
    "pemkab-tapin": ("Pemkab Tapin", "tapinkab.go.id", "read"),
    "pemkab-tabalong": ("Pemkab Tabalong", "tabalongkab.go.id", "ym"),
}
WORDPRESS = {"wp", "wpmonth"}


def ann_url(a, num):
    name, host, shape = SOURCES[a["src"]]
    d = a["dt"]
    slug = a["slug"]
    if shape == "wp":
        return f"https://{host}/{d:%Y/%m/%d}/{slug}/"
    if shape == "wpmonth":
        return f"https://{host}/{d:%Y/%m}/{slug}/"
    if shape == "kabar":
        return f"https://{host}/kabar/{num}/{slug}"
    if shape == "berita":
        return f"https://{host}/berita/{slug}"
    if shape == "info":
        return f"https://{host}/info/{d:%Y}/{slug}.html"
    if shape == "numdash":
        return f"https://{host}/berita/{num}-{slug}"
    if shape == "numslash":
        return f"https://{host}/berita/{num}/{slug}"
    if shape == "detail":
        return f"https://{host}/berita/detail/{slug}"
    if shape == "html":
        return f"https://{host}/{d:%Y/%m}/{slug}.html"
    if shape == "artikel":
        return f"https://{host}/artikel/{slug}"
    if shape == "post":
        return f"https://{host}/post/{slug}"
    if shape == "warta":
        return f"https://{host}/warta/{num}/{slug}"
    if shape == "read":
        return f"https://{host}/read/{num}/{slug}"
    if shape == "ym":
        return f"https://{host}/berita/{d:%Y/%m}/{slug}"
    raise ValueError(shape)


LINK_FORMS = ["exact", "http", "www", "m", "slash", "utm", "fbclid", "utm+fbclid", "http+m", "www-noscheme", "amp"]


def link_form(rng, url, src, form):
    """One of the ways a release's URL is written in a post; returns (url, form). `/amp/` only on WordPress sites."""
    wp = SOURCES[src][2] in WORDPRESS
    if form == "amp" and not wp:
        form = rng.choice(["exact", "utm", "slash"])
    u = url
    if form == "http":
        u = u.replace("https://", "http://")
    elif form == "www":
        u = u.replace("https://", "https://www.")
    elif form == "m":
        u = u.replace("https://", "https://m.")
    elif form == "slash":
        u = u[:-1] if u.endswith("/") else u + "/"
    elif form == "amp":
        u = u + "amp/"
    elif form == "utm":
        u = u + "?utm_source=" + rng.choice(["whatsapp", "facebook", "telegram"]) + "&utm_medium=social"
    elif form == "fbclid":
        u = u + "?fbclid=IwAR" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(26))
    elif form == "utm+fbclid":
        u = u + "?utm_source=fb&fbclid=IwZX" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(22))
    elif form == "http+m":
        u = u.replace("https://", "http://m.")
    elif form == "www-noscheme":
        u = u.replace("https://", "www.")
    return u, form


# ---------------------------------------------------------------- helpers
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def urls_in(*texts):
    out = []
    for t in texts:
        for u in URL_RE.findall(t):
            u = u.rstrip(".,;:!?")
            if u not in out:
                out.append(u)
    return out


def when(s):
    return datetime.fromisoformat(f"2026-{s[:5]}T{s[6:]}:00{WITA}")


def paras(text):
    return text.split("\n\n")


def first_sentence(s):
    """Up to the first full stop that ends a sentence (not "Jl." or "A.")."""
    for m in re.finditer(r"[.!?](?=\s|$)", s):
        word = s[:m.start()].split()[-1] if s[:m.start()].split() else ""
        if len(word) > 2 and word not in ("Jl", "Kec", "Hj"):
            return s[:m.end()]
    return s


HASHTAGS = ["#KalselHijau", "#HutanKalsel", "#Konservasi", "#SatwaDilindungi", "#InfoKIM", "#BanuaKita",
            "#KIMKalsel", "#JagaHutan", "#Lingkungan", "#InfoDesa", "#KalimantanSelatan", "#CintaAlam",
            "#Mangrove", "#TanamPohon", "#BeritaBaik", "#WargaPeduli"]
REGION_TAG = {"Kota Banjarmasin": "#Banjarmasin", "Kota Banjarbaru": "#Banjarbaru", "Kabupaten Banjar": "#KabupatenBanjar",
              "Kabupaten Tanah Laut": "#TanahLaut", "Kabupaten Kotabaru": "#Kotabaru", "Kabupaten Tanah Bumbu": "#TanahBumbu",
              "Kabupaten Tapin": "#Tapin", "Kabupaten Hulu Sungai Selatan": "#HSS", "Kabupaten Hulu Sungai Tengah": "#HST",
              "Kabupaten Hulu Sungai Utara": "#HSU", "Kabupaten Balangan": "#Balangan", "Kabupaten Tabalong": "#Tabalong",
              "Kabupaten Barito Kuala": "#Batola"}


def tags(rng, n, region=None):
    t = rng.sample(HASHTAGS, n)
    if region:
        t[0] = REGION_TAG[region]
    return " ".join(t)


# ---------------------------------------------------------------- post URLs (each platform its own shape)
class Urls:
    def __init__(self, rng):
        self.rng = rng
        self.tg = {}
        self.seen = set()

    def _rand(self, alphabet, n):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def make(self, kim, platform, title, dt):
        slug_v = kim[4:]
        while True:
            if platform == "facebook":
                u = f"https://www.facebook.com/{slug_v.replace('-', '')}.kim/posts/{self.rng.randint(10**15, 10**16 - 1)}"
            elif platform == "instagram":
                u = "https://www.instagram.com/p/" + self._rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 11) + "/"
            elif platform == "telegram":
                n = self.tg.get(kim, self.rng.randint(140, 900)) + self.rng.randint(1, 9)
                self.tg[kim] = n
                u = f"https://t.me/kim_{slug_v.replace('-', '_')}/{n}"
            elif platform == "youtube":
                u = "https://www.youtube.com/watch?v=" + self._rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 11)
            else:
                s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70].rstrip("-")
                u = f"https://{slug_v}.kim.web.id/{dt:%Y/%m}/{s}/"
                if u in self.seen:
                    u = u[:-1] + f"-{self.rng.randint(2, 9)}/"
            if u not in self.seen:
                self.seen.add(u)
                return u


# ---------------------------------------------------------------- copy habits
def typo(rng, text):
    words = [i for i, w in enumerate(text.split(" ")) if len(w) > 5 and w.isalpha()]
    if not words:
        return text
    ws = text.split(" ")
    i = rng.choice(words)
    w = ws[i]
    j = rng.randrange(1, len(w) - 2)
    ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(ws)


def habits(rng, text):
    ops = []
    for op in rng.sample(["dash", "quotes", "typo", "collapse", "notag", "abbr", "typo2"], rng.randint(0, 3)):
        if op == "dash":
            text = text.replace("\u2013", "-")
        elif op == "quotes":
            text = text.replace("\u201c", '"').replace("\u201d", '"')
        elif op in ("typo", "typo2"):
            text = typo(rng, text)
        elif op == "collapse":
            text = text.replace("\n\n", "\n")
        elif op == "notag":
            text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text)
        elif op == "abbr":
            text = re.sub(r"\byang\b", "yg", text)
            text = re.sub(r"\bdengan\b", "dgn", text)
            text = re.sub(r"\buntuk\b", "utk", text)
        ops.append(op)
    return text, ops


# ---------------------------------------------------------------- build
def main():
    rng = random.Random(SEED)
    anns = []
    for mod in (anns_a, anns_b, anns_c, anns_d):
        anns.extend(mod.ANNS)
    for i, a in enumerate(anns):
        a["dt"] = when(a["at"])
        a["url"] = ann_url(a, 4100 + i * 7 + rng.randint(0, 5))
    A = {a["id"]: a for a in anns}

    posts = []  # dicts: kim, platform, dt, title, text, links(extra), gold, style, key, extra keymap fields

    def add(kim, platform, dt, text, title="", gold=(), style="", key="", extra_links=(), **meta):
        assert kim in KIM, kim
        dt = dt.replace(microsecond=0)
        if platform not in ("website", "youtube"):
            title = ""
        assert dt <= END + timedelta(hours=1), (key, dt)
        posts.append(dict(kim=kim, platform=platform, dt=dt, title=title, text=text, gold=list(gold), style=style,
                          key=key, extra_links=list(extra_links), meta=meta))

    def pool(aid, exclude_special=True):
        region = PLACE[aid]
        ks = [k[0] for k in KIMS if k[0] not in INACTIVE and (not exclude_special or k[0] not in SPECIAL)]
        if region:
            local = [k for k in ks if KIM[k][1] == region]
            return local if local else ks
        return ks

    def delay(lo_h, mid_h, hi_h):
        # skewed: most near mid, a tail to hi
        r = rng.random()
        if r < 0.75:
            h = rng.uniform(lo_h, mid_h)
        else:
            h = rng.uniform(mid_h, hi_h)
        return timedelta(hours=h, minutes=rng.randint(0, 59))

    def post_time(a, dl):
        t = a["dt"] + dl
        if t.hour < 6:  # KIM admins sleep too
            t += timedelta(hours=6 - t.hour, minutes=rng.randint(0, 50))
        if t > END:
            room = (END - a["dt"]).total_seconds() / 3600
            t = a["dt"] + timedelta(hours=rng.uniform(0.3, max(0.4, room)))
        if t - a["dt"] < timedelta(minutes=12):
            t = a["dt"] + timedelta(minutes=12 + rng.randint(0, 30))
        return t.replace(second=rng.randint(0, 59))

    # ---------------- copy (30)
    order = [a["id"] for a in anns]
    rng.shuffle(order)
    copy_ids = order[:30]
    copy_shapes = ["wa", "website", "fbgreet", "tgfwd", "igpin"] * 6
    rng.shuffle(copy_shapes)
    for aid, shape in zip(copy_ids, copy_shapes):
        a = A[aid]
        kim = rng.choice(pool(aid))
        kname = "KIM " + KIM[kim][3]
        text, ops = habits(rng, a["text"])
        title = ""
        platform = {"wa": rng.choice(["facebook", "telegram"]), "website": "website", "fbgreet": "facebook",
                    "tgfwd": "telegram", "igpin": "instagram"}[shape]
        if shape == "wa":
            head = rng.choice(["*BERITA PENTING*", "\U0001F4E2 *INFO RESMI* \U0001F4E2", "*MOHON DISEBARKAN*", "*INFO HUTAN & SATWA*"])
            foot = rng.choice([f"_Diteruskan dari grup Info Desa {KIM[kim][3]}_", "_Diteruskan dari grup Relawan Hijau Banua_",
                               "Forward dari grup sebelah \U0001F447", "_Semoga bermanfaat_"])
            text = f"{head}\n\n*{a['title']}*\n\n{text}\n\n{foot}"
        elif shape == "website":
            title = a["title"]
            by = f"Oleh Admin {kname} \u00b7 {rng.randint(0, 9)} Komentar"
            src = rng.choice([f"Sumber: {a['url']}", f"Sumber: {SOURCES[a['src']][1]}", f"Sumber: {SOURCES[a['src']][0]}"])
            text = f"{by}\n\n{text}\n\n{src}"
        elif shape == "fbgreet":
            greet = rng.choice(["Assalamualaikum warga, berikut info dari {s}:", "Selamat siang dangsanak, kami bagikan rilis {s} berikut.",
                                "Info resmi dari {s}, silakan dibaca \U0001F447"]).format(s=SOURCES[a["src"]][0])
            text = f"{greet}\n\n{text}\n\nSalam {kname}"
        elif shape == "tgfwd":
            reg = (PLACE[aid] or "Kalsel").replace("Kabupaten ", "").replace("Kota ", "")
            text = f"Forwarded from Info {reg}\n{a['title'].upper()}\n\n{text}"
        else:
            text = f"\U0001F4CC {a['title']}\n\n{text}\n\n{tags(rng, rng.randint(4, 6), PLACE[aid])}"
        dt = post_time(a, delay(0.2, 14, 90))
        add(kim, platform, dt, text, title, [aid], "copy", f"auto:copy:{aid}", shape=shape, ops=ops)

    # ---------------- excerpt (34)
    rng.shuffle(order)
    ex_ids = (order * 2)[:34]
    ex_shapes = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["ytlead"] * 5 + ["webquote"] * 5 + ["fbintro"] * 6
    rng.shuffle(ex_shapes)
    for aid, shape in zip(ex_ids, ex_shapes):
        a = A[aid]
        kim = rng.choice(pool(aid))
        p = paras(a["text"])
        title = ""
        if shape == "tgtrunc":
            platform = "telegram"
            n = rng.randint(150, 220)
            cut = p[0][:n].rsplit(" ", 1)[0]
            text = f"{a['title']}\n\n{cut}\u2026"
        elif shape == "fbmore":
            platform = "facebook"
            s2 = p[1][:rng.randint(60, 110)].rsplit(" ", 1)[0]
            text = f"{p[0]}\n\n{s2}... Lihat selengkapnya"
        elif shape == "iglead":
            platform = "instagram"
            text = f"{p[0]}\n\n{tags(rng, rng.randint(3, 6), PLACE[aid])}"
        elif shape == "ytlead":
            platform = "youtube"
            title = "VIDEO | " + a["title"]
            text = f"{p[0]}\n\n00:00 Pembuka\n00:{rng.randint(20, 50)} Keterangan petugas\n0{rng.randint(1, 3)}:{rng.randint(10, 59)} Penutup\n\nTonton sampai habis dan bagikan."
        elif shape == "webquote":
            platform = "website"
            title = "Kutipan Pekan Ini: " + a["title"]
            text = rng.choice(["Kami kutip pernyataan berikut dari rilis resmi pemerintah:", "Pesan penting minggu ini:"]) + f"\n\n{p[1]}"
        else:
            platform = "facebook"
            intro = rng.choice(["Info penting untuk warga \U0001F447", "Kabar dari pemerintah, mohon dibaca:", "Berita hari ini, semoga bermanfaat."])
            outro = rng.choice(["Bagikan ke keluarga dan tetangga.", "Salam lestari!", "Mari jaga hutan dan satwa kita."])
            text = f"{intro}\n\n{p[0]}\n\n{p[1]}\n\n{outro}"
        dt = post_time(a, delay(0.3, 20, 80))
        add(kim, platform, dt, text, title, [aid], "excerpt", f"auto:excerpt:{aid}", shape=shape)

    # ---------------- link (36)
    rng.shuffle(order)
    ln_ids = (order * 2)[:36]
    ln_shapes = ["fbshare"] * 8 + ["fbcomment"] * 7 + ["tglink"] * 7 + ["ytlink"] * 7 + ["weblink"] * 7
    rng.shuffle(ln_shapes)
    comments = ["Info penting, silakan dibaca.", "Mohon dibaca sampai habis ya dangsanak.", "Kabar baik untuk lingkungan kita \U0001F33F",
                "Baca lengkapnya di sini.", "Simak beritanya.", "Bagikan kepada warga yang belum tahu.", "Ini beritanya, semoga bermanfaat.",
                "Mohon perhatian warga.", "Tolong disebarkan.", "Berita resminya sudah terbit."]
    # WordPress releases first in line for the /amp/ form
    wp_first = sorted(range(len(ln_ids)), key=lambda i: SOURCES[A[ln_ids[i]]["src"]][2] not in WORDPRESS)
    forms = [None] * len(ln_ids)
    for j, i in enumerate(wp_first[:4]):
        forms[i] = "amp"
    rest = [f for f in LINK_FORMS if f != "amp"] * 4
    rng.shuffle(rest)
    for i in range(len(forms)):
        if forms[i] is None:
            forms[i] = rest.pop()
    for aid, shape, want in zip(ln_ids, ln_shapes, forms):
        a = A[aid]
        kim = rng.choice(pool(aid))
        u, form = link_form(rng, a["url"], a["src"], want)
        title = ""
        extra_links = []
        if shape == "fbshare":
            platform = "facebook"
            text = f"{rng.choice(comments)}\n\n{SOURCES[a['src']][1].upper()}\n{a['title']}"
            extra_links = [u]
        elif shape == "fbcomment":
            platform = "facebook"
            text = f"{rng.choice(comments)} {u}"
        elif shape == "tglink":
            platform = "telegram"
            text = f"\U0001F4F0 {a['title']}\n{u}"
        elif shape == "ytlink":
            platform = "youtube"
            title = a["title"]
            text = f"Ringkasan video tentang {a['title'].lower()}.\n\nBerita lengkap: {u}"
        else:
            platform = "website"
            title = a["title"]
            text = f"{first_sentence(a['short'])}\n\nBaca selengkapnya: {u}"
        dt = post_time(a, delay(0.2, 24, 200))
        add(kim, platform, dt, text, title, [aid], "link", f"auto:link:{aid}", extra_links=extra_links, shape=shape, form=form)

    # ---------------- summaries (short for each release, long where written)
    for a in anns:
        aid = a["id"]
        kim = rng.choice(pool(aid))
        shape = rng.choice(["fb", "tg", "ig", "wa"])
        s = a["short"]
        platform = {"fb": "facebook", "tg": "telegram", "ig": "instagram", "wa": rng.choice(["facebook", "telegram"])}[shape]
        if shape == "ig":
            s = f"{s}\n\n{tags(rng, 3, PLACE[aid])}"
        elif shape == "wa":
            s = f"*INFO*\n{s}\n_Mohon disebarkan_"
        add(kim, platform, post_time(a, delay(1, 30, 120)), s, "", [aid], "summary", f"anns:{aid}:S", shape=shape)
    for a in anns:
        if not a["long"]:
            continue
        aid = a["id"]
        kim = rng.choice(pool(aid))
        shape = rng.choice(["fb", "web", "yt", "ig12"])
        text, title, platform = a["long"], "", "facebook"
        if shape == "web":
            platform, title = "website", a["title"].split(",")[0]
        elif shape == "yt":
            platform, title = "youtube", "Liputan: " + a["title"]
            text = f"{text}\n\n00:00 Pembuka\n01:{rng.randint(10, 59)} Lokasi\n03:{rng.randint(10, 59)} Wawancara"
        elif shape == "ig12":
            platform = "instagram"
            text = f"{text}\n\n{tags(rng, 12, PLACE[aid])}"
        add(kim, platform, post_time(a, delay(2, 40, 200)), text, title, [aid], "summary", f"anns:{aid}:L", shape=shape)

    # ---------------- paraphrases (Banjar for each release; casual Indonesian extras)
    special_for = {"Kabupaten Hulu Sungai Utara": "kim-paminggir", "Kabupaten Hulu Sungai Tengah": "kim-pagat",
                   "Kabupaten Tabalong": "kim-muara-uya", "Kabupaten Tanah Bumbu": "kim-sungai-dua"}
    for a in anns:
        aid = a["id"]
        region = PLACE[aid]
        if region in special_for:
            kim = special_for[region]
        else:
            kim = rng.choice(pool(aid))
        platform = rng.choice(["facebook", "facebook", "instagram", "telegram"])
        add(kim, platform, post_time(a, delay(2, 48, 300)), a["para"], "", [aid], "paraphrase", f"anns:{aid}:P")
    for i, (aid, kim, platform, text) in enumerate(extra.P2):
        add(kim, platform, post_time(A[aid], delay(1, 30, 100)), text, "", [aid], "paraphrase", f"extra:P2[{i}]")

    # ---------------- round-ups (26: 8 with three releases, 18 with two)
    sizes = [3] * 8 + [2] * 18
    rng.shuffle(sizes)
    layouts = ["oneline", "bullets", "numbered", "webprose", "ytchapters", "weekly"]
    rkims = [k[0] for k in KIMS if k[0] not in INACTIVE]
    rkims_cycle = SPECIAL * 2 + rng.sample(rkims, len(rkims))
    local_i = 0
    used_times = []
    for r, size in enumerate(sizes):
        for _ in range(200):
            t = datetime.fromisoformat("2026-11-04T18:00:00+08:00") + timedelta(hours=rng.uniform(0, 31 * 24))
            if t > END:
                continue
            cands = [a for a in anns if timedelta(hours=2) <= t - a["dt"] <= timedelta(days=10)]
            if len(cands) >= size:
                break
        chosen = sorted(rng.sample(cands, size), key=lambda a: a["dt"])
        kim = rkims_cycle[r % len(rkims_cycle)]
        layout = layouts[r % len(layouts)]
        items = []
        for a in chosen:
            how = rng.choice(["title", "lower", "short"])
            items.append(a["title"] if how == "title" else a["title"].lower() if how == "lower" else first_sentence(a["short"]))
        local = None
        if r % 2 == 0 and local_i < len(extra.LOCAL):
            local = extra.LOCAL[local_i]
            local_i += 1
            items.insert(rng.randint(0, len(items)), local)
        title, platform = "", "facebook"
        if layout == "oneline":
            text = "KILAS HIJAU | " + " | ".join(items) + " |"
            platform = rng.choice(["facebook", "telegram"])
        elif layout == "bullets":
            text = "Rangkuman kabar minggu ini:\n" + "\n".join("\u2022 " + x for x in items)
            platform = rng.choice(["facebook", "telegram"])
        elif layout == "numbered":
            text = "Berita pilihan KIM hari ini:\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items))
        elif layout == "webprose":
            platform, title = "website", f"Sepekan di Banua: Catatan KIM {KIM[kim][3]}"
            text = "Sepekan terakhir ada beberapa kabar yang perlu warga ketahui. " + " ".join(
                (x if x.endswith(".") else x + ".") for x in items) + " Ikuti terus kabar dari kami."
        elif layout == "ytchapters":
            platform, title = "youtube", f"Warta KIM {KIM[kim][3]} Pekan Ini"
            text = "Warta singkat pekan ini.\n\n" + "\n".join(f"0{i}:{rng.randint(10, 59)} {x}" for i, x in enumerate(items))
        else:
            text = "\U0001F33F RANGKUMAN PEKAN INI \u2705\n\n" + "\n\n".join("\u25aa\ufe0f " + x for x in items)
            platform = rng.choice(["facebook", "instagram"])
        add(kim, platform, t.replace(second=rng.randint(0, 59)), text, title, [a["id"] for a in chosen], "roundup",
            f"auto:roundup:{r}", shape=layout, local=local)

    # ---------------- look-alikes and `before` posts
    def jitter(dt):
        """Hand-written times are round; give them the generated posts' minute and second noise."""
        return dt + timedelta(minutes=rng.randint(-4, 4), seconds=rng.randint(0, 59))

    def shape_negative(kim, platform, text, title):
        """Give some hand-written Facebook look-alikes the platform shapes the positives have."""
        if platform != "facebook" or title:
            return platform, text, title, None
        r = rng.random()
        village = KIM[kim][3]
        head = first_sentence(text).rstrip(".!?")
        if r < 0.16:
            top = rng.choice(["*BERITA PENTING*", "*INFO WARGA*", "📢 *KABAR HARI INI* 📢"])
            foot = rng.choice([f"_Diteruskan dari grup Warga {village}_", "_Diteruskan dari grup Info Kampung_", "Forward dari grup sebelah 👇"])
            return rng.choice(["facebook", "telegram"]), f"{top}\n\n{text}\n\n{foot}", "", "wa"
        if r < 0.25:
            return "instagram", f"{text}\n\n{tags(rng, rng.randint(3, 6), KIM[kim][1])}", "", "ig"
        if r < 0.31 and len(head) < 110:
            chap = f"00:00 Pembuka\n00:{rng.randint(15, 55)} Suasana di lokasi\n0{rng.randint(1, 4)}:{rng.randint(10, 59)} Keterangan warga"
            return "youtube", f"{text}\n\n{chap}", head, "yt"
        if r < 0.37 and len(head) < 110:
            return "website", f"Oleh Admin KIM {village}\n\n{text}", head, "web"
        return platform, text, title, None

    for a in anns:
        for i, L in enumerate(a["looks"]):
            dt = jitter(when(L["at"]))
            assert dt > a["dt"] + timedelta(minutes=20), (a["id"], i)
            pl, text, title, shp = shape_negative(L["kim"], L["pl"], L["t"], L.get("title", ""))
            add(L["kim"], pl, dt, text, title, [], "negative-topic", f"anns:{a['id']}:N[{i}]",
                imitates=[a["id"]], differs=L["d"], shape=shp)
        for i, B in enumerate(a["before"]):
            dt = jitter(when(B["at"]))
            assert dt < a["dt"] - timedelta(hours=2), (a["id"], i)
            add(B["kim"], B["pl"], dt, B["t"], "", [], "before", f"anns:{a['id']}:B[{i}]", imitates=[a["id"]], differs=B["d"])
    for i, row in enumerate(extra.N2):
        kim, pl, at, text, imit, d = row[:6]
        title = row[6] if len(row) > 6 else ""
        dt = jitter(when(at))
        assert dt > A[imit]["dt"] + timedelta(minutes=20), ("N2", i)
        pl, text, title, shp = shape_negative(kim, pl, text, title)
        add(kim, pl, dt, text, title, [], "negative-topic", f"extra:N2[{i}]", imitates=[imit], differs=d, shape=shp)
    for i, (kim, pl, at, text, imit, d) in enumerate(extra.B2):
        dt = jitter(when(at))
        assert dt < A[imit]["dt"] - timedelta(hours=2), ("B2", i)
        add(kim, pl, dt, text, "", [], "before", f"extra:B2[{i}]", imitates=[imit], differs=d)
    for i, row in enumerate(extra.U):
        kim, pl, at, text = row[:4]
        title = row[4] if len(row) > 4 else ""
        add(kim, pl, jitter(when(at)), text, title, [], "negative-unrelated", f"extra:U[{i}]")

    # ---------------- finalise: unique texts, time order, shuffled ids, URLs
    seen = set()
    for p in posts:
        assert p["text"] not in seen, p["key"]
        seen.add(p["text"])
    posts.sort(key=lambda p: (p["dt"], p["key"]))
    ids = [f"h52-p{i + 1:03d}" for i in range(len(posts))]
    rng.shuffle(ids)
    urls = Urls(rng)
    out_posts, out_labels, keymap = [], [], {}
    for pid, p in zip(ids, posts):
        links = urls_in(p["title"], p["text"])
        for u in p["extra_links"]:
            if u not in links:
                links.append(u)
        url = urls.make(p["kim"], p["platform"], p["title"] or p["text"][:50], p["dt"])
        out_posts.append({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": url, "title": p["title"],
                          "text": p["text"], "published_at": p["dt"].isoformat(), "links": links})
        gold = [f"h52-{a}" for a in p["gold"]]
        out_labels.append({"post": pid, "announcements": gold, "style": p["style"]})
        km = {"key": p["key"], "style": p["style"], "gold": gold}
        for k, v in p["meta"].items():
            if v is None or v == []:
                continue
            km[k] = [f"h52-{x}" for x in v] if k == "imitates" else v
        keymap[pid] = km

    with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
        for a in anns:
            f.write(json.dumps({"id": f"h52-{a['id']}", "source": a["src"], "url": a["url"], "title": a["title"],
                                "text": a["text"], "published_at": a["dt"].isoformat()}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for p in out_posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in out_labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
        f.write("kims:\n")
        for kid, region, district, village in KIMS:
            f.write(f"- id: {kid}\n  name: KIM {village}\n  region: {region}\n  district: {district}\n  village: {village}\n")
    print(f"{len(anns)} announcements, {len(out_posts)} posts")


if __name__ == "__main__":
    main()
