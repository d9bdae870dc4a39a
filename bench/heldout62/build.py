#!/usr/bin/env python3
"""Generator of heldout62 (statistics and village data). Deterministic: fixed seed, no clock, no network.

Reads the hand-written modules anns_a/anns_b/anns_c (releases, summaries, paraphrases, look-alikes, `before`
posts) and extra (unrelated posts, more `before` posts, URL-trap look-alikes, casual posts, local round-up items);
writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

from anns_a import A
from anns_b import B
from anns_c import C
import extra

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026112962
R = random.Random(SEED)
WITA = "+08:00"
ANNS = A + B + C
BYID = {a["id"]: a for a in ANNS}
LAST = datetime(2026, 12, 5, 21, 40)
FIRST = datetime(2026, 10, 20, 7, 0)

# --------------------------------------------------------------------------- KIM registry
# (id, region, district, village); channel handles are derived from the village name.
KIMS = [
    ("kim-pelambuan", "Kota Banjarmasin", "Banjarmasin Barat", "Pelambuan"),
    ("kim-sungai-miai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Miai"),
    ("kim-pengambangan", "Kota Banjarmasin", "Banjarmasin Timur", "Pengambangan"),
    ("kim-loktabat-utara", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara"),
    ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("kim-bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal"),
    ("kim-astambul-kota", "Kabupaten Banjar", "Astambul", "Astambul Kota"),
    ("kim-pengaron", "Kabupaten Banjar", "Pengaron", "Pengaron"),
    ("kim-antasan-senor", "Kabupaten Banjar", "Martapura Timur", "Antasan Senor"),
    ("kim-sungai-tabuk-keramat", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Tabuk Keramat"),
    ("kim-asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam"),
    ("kim-bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati"),
    ("kim-kurau", "Kabupaten Tanah Laut", "Kurau", "Kurau"),
    ("kim-ulu-benteng", "Kabupaten Barito Kuala", "Marabahan", "Ulu Benteng"),
    ("kim-berangas", "Kabupaten Barito Kuala", "Alalak", "Berangas"),
    ("kim-tamban-catur", "Kabupaten Barito Kuala", "Tamban", "Tamban Catur"),
    ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("kim-lokpaikat", "Kabupaten Tapin", "Lokpaikat", "Lokpaikat"),
    ("kim-bakarangan", "Kabupaten Tapin", "Bakarangan", "Bakarangan"),
    ("kim-angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang"),
    ("kim-simpur", "Kabupaten Hulu Sungai Selatan", "Simpur", "Simpur"),
    ("kim-padang-batung", "Kabupaten Hulu Sungai Selatan", "Padang Batung", "Padang Batung"),
    ("kim-birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang"),
    ("kim-limpasu", "Kabupaten Hulu Sungai Tengah", "Limpasu", "Limpasu"),
    ("kim-haruyan", "Kabupaten Hulu Sungai Tengah", "Haruyan", "Haruyan"),
    ("kim-alabio", "Kabupaten Hulu Sungai Utara", "Sungai Pandan", "Alabio"),
    ("kim-babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik"),
    ("kim-paminggir", "Kabupaten Hulu Sungai Utara", "Paminggir", "Paminggir"),
    ("kim-awayan", "Kabupaten Balangan", "Awayan", "Awayan"),
    ("kim-lampihong", "Kabupaten Balangan", "Lampihong", "Lampihong"),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("kim-pasar-panas", "Kabupaten Tabalong", "Kelua", "Pasar Panas"),
    ("kim-muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
    ("kim-upau", "Kabupaten Tabalong", "Upau", "Upau"),
    ("kim-sarigadung", "Kabupaten Tanah Bumbu", "Simpang Empat", "Sarigadung"),
    ("kim-angsana", "Kabupaten Tanah Bumbu", "Angsana", "Angsana"),
    ("kim-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pagatan"),
    ("kim-semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap"),
    ("kim-sampanahan", "Kabupaten Kotabaru", "Sampanahan", "Sampanahan"),
    ("kim-sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali"),
]
KIM = {k[0]: k for k in KIMS}
INACTIVE = ["kim-pengambangan", "kim-bangkal", "kim-kurau", "kim-lokpaikat", "kim-upau", "kim-angsana"]
SPECIAL = ["kim-paminggir", "kim-halong", "kim-simpur", "kim-sungai-bali"]
NORMAL = [k[0] for k in KIMS if k[0] not in INACTIVE + SPECIAL]

SHORT_REGION = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
                "Kabupaten Tanah Laut": "Tanah Laut", "Kabupaten Barito Kuala": "Batola", "Kabupaten Tapin": "Tapin",
                "Kabupaten Hulu Sungai Selatan": "HSS", "Kabupaten Hulu Sungai Tengah": "HST",
                "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Balangan": "Balangan",
                "Kabupaten Tabalong": "Tabalong", "Kabupaten Tanah Bumbu": "Tanah Bumbu",
                "Kabupaten Kotabaru": "Kotabaru"}

# --------------------------------------------------------------------------- sources and their URL habits
# source -> (region or None for province-wide, host, display name, url kind, WordPress?)
SOURCES = {
    "bps-kalsel": (None, "kalsel.bps.go.id", "BPS Provinsi Kalimantan Selatan", "bps", False),
    "bps-hsu": ("Kabupaten Hulu Sungai Utara", "hulusungaiutarakab.bps.go.id", "BPS Kabupaten Hulu Sungai Utara", "bps", False),
    "bps-tala": ("Kabupaten Tanah Laut", "tanahlautkab.bps.go.id", "BPS Kabupaten Tanah Laut", "bps", False),
    "bps-balangan": ("Kabupaten Balangan", "balangankab.bps.go.id", "BPS Kabupaten Balangan", "bps", False),
    "bps-banjarbaru": ("Kota Banjarbaru", "banjarbarukota.bps.go.id", "BPS Kota Banjarbaru", "bps", False),
    "diskominfo-kalsel": (None, "diskominfo.kalselprov.go.id", "Diskominfo Kalsel", "wpday", True),
    "dpmd-kalsel": (None, "dpmd.kalselprov.go.id", "DPMD Provinsi Kalsel", "berita", False),
    "diskop-kalsel": (None, "diskopukm.kalselprov.go.id", "Diskop UKM Kalsel", "kabarnum", False),
    "pemkot-banjarmasin": ("Kota Banjarmasin", "banjarmasinkota.go.id", "Pemkot Banjarmasin", "ymhtml", False),
    "pemkot-banjarbaru": ("Kota Banjarbaru", "banjarbarukota.go.id", "Pemkot Banjarbaru", "wpday", True),
    "pemkab-banjar": ("Kabupaten Banjar", "banjarkab.go.id", "Pemkab Banjar", "wpmonth", True),
    "pemkab-tapin": ("Kabupaten Tapin", "tapinkab.go.id", "Pemkab Tapin", "indexnum", False),
    "pemkab-tanbu": ("Kabupaten Tanah Bumbu", "tanahbumbukab.go.id", "Pemkab Tanah Bumbu", "kabardaerah", False),
    "pemkab-batola": ("Kabupaten Barito Kuala", "baritokualakab.go.id", "Pemkab Barito Kuala", "newsdate", False),
    "pemkab-hss": ("Kabupaten Hulu Sungai Selatan", "hulusungaiselatankab.go.id", "Pemkab HSS", "p", False),
    "pemkab-kotabaru": ("Kabupaten Kotabaru", "kotabarukab.go.id", "Pemkab Kotabaru", "artikel", False),
    "pemkab-hst": ("Kabupaten Hulu Sungai Tengah", "hstkab.go.id", "Pemkab HST", "slugnum", False),
    "pemkab-tabalong": ("Kabupaten Tabalong", "tabalongkab.go.id", "Pemkab Tabalong", "warta", False),
    "pemkab-tala": ("Kabupaten Tanah Laut", "tanahlautkab.go.id", "Pemkab Tanah Laut", "kabar", False),
    "pemkab-balangan": ("Kabupaten Balangan", "balangankab.go.id", "Pemkab Balangan", "info", False),
    "pemkab-hsu": ("Kabupaten Hulu Sungai Utara", "hsu.go.id", "Pemkab HSU", "ym", False),
}


def slugify(title):
    s = title.lower().replace("%", " persen ")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")[:90].rstrip("-")


def release_url(a):
    region, host, _, kind, _ = SOURCES[a["src"]]
    d = datetime.fromisoformat(a["at"])
    slug = slugify(a["title"])
    num = 1000 + (int(a["id"][1:]) * 37 + len(slug) * 11) % 8000
    y, m, dd = f"{d.year}", f"{d.month:02d}", f"{d.day:02d}"
    path = {
        "bps": f"/id/news/{y}/{m}/{dd}/{num % 900 + 100}/{slug}.html",
        "wpday": f"/{y}/{m}/{dd}/{slug}/",
        "wpmonth": f"/{y}/{m}/{slug}/",
        "berita": f"/berita/{slug}",
        "kabarnum": f"/kabar/{slug}-{num % 97}",
        "ymhtml": f"/{y}/{m}/{slug}.html",
        "indexnum": f"/index.php/berita/{num}/{slug}",
        "kabardaerah": f"/kabar-daerah/{y}/{slug}",
        "newsdate": f"/news/{y}-{m}-{dd}/{slug}",
        "p": f"/p/{slug}",
        "artikel": f"/artikel/{num}/{slug}",
        "slugnum": f"/berita-daerah/{slug}-{num}",
        "warta": f"/warta/{y}/{m}/{slug}",
        "kabar": f"/kabar/{slug}",
        "info": f"/info/{num}/{slug}",
        "ym": f"/berita/{y}/{m}/{slug}",
    }[kind]
    return "https://" + host + path


for a in ANNS:
    a["url"] = release_url(a)
    a["dt"] = datetime.fromisoformat(a["at"])
    a["region"] = SOURCES[a["src"]][0]

# --------------------------------------------------------------------------- time helpers


def waking(t, direction=1):
    """Move a time that falls at night to waking hours (forward: next morning; backward: the evening before)."""
    if 6 <= t.hour < 23:
        return t
    if direction > 0:
        base = t if t.hour >= 23 else t - timedelta(days=1)
        return (base + timedelta(days=1)).replace(hour=6, minute=R.randint(5, 55))
    base = t if t.hour < 6 else t
    if t.hour < 6:
        base = t - timedelta(days=1)
    return base.replace(hour=22, minute=R.randint(0, 40))


def after(a, hours):
    t = a["dt"] + timedelta(hours=hours, minutes=R.randint(-20, 20))
    t = waking(t, 1)
    if t > LAST:
        t = LAST - timedelta(minutes=R.randint(0, 200))
    if t < a["dt"] + timedelta(minutes=12):
        t = a["dt"] + timedelta(minutes=12 + R.randint(0, 30))
    return t


def before(a, hours):
    t = a["dt"] - timedelta(hours=hours, minutes=R.randint(0, 25))
    t = waking(t, -1)
    assert t < a["dt"] and t >= FIRST, (a["id"], t)
    return t


def gold_time(a, lo_h, hi_h):
    h = lo_h + (hi_h - lo_h) * R.random() ** 2
    t = a["dt"] + timedelta(hours=h)
    t = waking(t, 1)
    if t > LAST:
        t = LAST - timedelta(minutes=R.randint(0, 300))
    if t < a["dt"] + timedelta(minutes=15):
        t = a["dt"] + timedelta(minutes=15 + R.randint(0, 40))
    assert timedelta(minutes=10) <= t - a["dt"] <= timedelta(days=20), (a["id"], t)
    return t


# --------------------------------------------------------------------------- KIM choice
def kims_in(region, pool):
    return [k for k in pool if KIM[k][1] == region]


def pick_kim(a, pool=None, local=0.8):
    pool = pool or NORMAL
    if a["region"]:
        own = kims_in(a["region"], pool)
        if own and R.random() < local:
            return R.choice(own)
    return R.choice(pool)


def handle(kim):
    return kim.replace("kim-", "kim").replace("-", "")


def post_url(kim, platform, t, title=""):
    h = handle(kim)
    n = R.randint(10 ** 14, 10 ** 15 - 1)
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/{n}"
    if platform == "telegram":
        return f"https://t.me/{h}/{R.randint(120, 4800)}"
    if platform == "instagram":
        code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "youtube":
        code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.youtube.com/watch?v={code}"
    return f"https://{h}.web.id/baca/{t:%Y%m%d}-{slugify(title)[:50]}"


def kname(kim):
    return "KIM " + KIM[kim][3]


def kreg(kim):
    return SHORT_REGION[KIM[kim][1]]


# --------------------------------------------------------------------------- text helpers
def paras(text):
    return text.split("\n\n")


def sentences(p):
    return re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", p)


def closing(text):
    m = re.search(r"\s*\([^()]*\)$", text)
    return m.group(0) if m else ""


def hashtags(a, n):
    base = ["#KIMKalsel", "#InfoDesa", "#DataDesa", "#Statistik", "#Kalsel", "#BanuaKita", "#InfoResmi",
            "#SatuData", "#KabarBanua", "#MelekData", "#WargaCerdas", "#InfoPublik"]
    reg = "#" + (SHORT_REGION.get(a["region"], "Kalsel") if a["region"] else "KalimantanSelatan").replace(" ", "")
    tags = [reg] + R.sample(base, n - 1)
    return " ".join(tags)


def typo(text):
    words = [m for m in re.finditer(r"\b[a-z]{6,}\b", text)]
    if not words:
        return text
    w = R.choice(words)
    s = w.group(0)
    i = R.randint(1, len(s) - 3)
    s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return text[:w.start()] + s2 + text[w.end():]


HABITS = ["dash", "quotes", "typo", "collapse", "droptag", "abbrev"]


def apply_habits(text, ops):
    for op in ops:
        if op == "dash":
            text = text.replace(" – ", " - ")
        elif op == "quotes":
            text = text.replace("“", '"').replace("”", '"')
        elif op == "typo":
            text = typo(text)
        elif op == "collapse":
            text = text.replace("\n\n", " ")
        elif op == "droptag":
            text = text[: len(text) - len(closing(text))]
        elif op == "abbrev":
            text = re.sub(r"\byang\b", "yg", text)
            text = re.sub(r"\bdengan\b", "dgn", text)
            text = re.sub(r"\buntuk\b", "utk", text)
    return text


# --------------------------------------------------------------------------- link forms
def link_form(a, form):
    u = a["url"]
    host = u.split("/")[2]
    wp = SOURCES[a["src"]][4]
    if form == "exact":
        return u
    if form == "http":
        return u.replace("https://", "http://")
    if form == "www":
        return u.replace("https://", "https://www.")
    if form == "m":
        return u.replace("https://", "https://m.")
    if form == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if form == "amp":
        assert wp
        return u + "amp/"
    if form == "utm":
        src = R.choice(["facebook", "whatsapp", "telegram"])
        return u + f"?utm_source={src}&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + "".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789") for _ in range(24))
    if form == "utm+fbclid":
        return u + "?utm_source=fb&utm_medium=share&fbclid=IwZX" + "".join(R.choice("abcdefghijk0123456789") for _ in range(20))
    if form == "http-m":
        return u.replace("https://", "http://m.")
    if form == "bare-www":
        return "www." + host + u[len("https://") + len(host):]
    raise ValueError(form)


def forms_for(a):
    """The URL forms a release's site plausibly has (no www./m. on BPS subdomains, /amp/ only on WordPress)."""
    host = a["url"].split("/")[2]
    sub = host.endswith(".bps.go.id") or host.count(".") >= 3
    forms = ["exact", "http", "utm", "fbclid", "utm+fbclid"]
    if not a["url"].endswith(".html"):
        forms.append("slash")
    if SOURCES[a["src"]][4]:
        forms += ["amp", "amp"]
    if not sub:
        forms += ["www", "m", "http-m", "bare-www"]
    return forms


# --------------------------------------------------------------------------- posts
POSTS = []  # dicts with kim, platform, title, text, t, links, style, gold, meta


def add(kim, platform, t, text, style, gold, title="", links=None, **meta):
    if platform not in ("website", "youtube"):
        title = ""
    urls = re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text)
    links = list(links or [])
    for u in urls:
        u = u.rstrip(".,;:!?")
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, t=t, title=title, text=text.strip(), links=links,
                      style=style, gold=list(gold), meta=meta))


WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*MOHON DISEBARKAN*", "*INFO DATA & STATISTIK*",
           "‼️ *PENGUMUMAN* ‼️", "*TERUSKAN KE WARGA*"]
WA_FOOT = ["_Diteruskan dari grup Info Kecamatan_", "Forward dari grup sebelah 👇", "_Diteruskan dari grup Operator Desa_",
           "_Sumber: grup Pengurus RT_", "_Mohon dibagikan, terima kasih_", "_Diteruskan dari grup Kader_"]
GREET = ["Assalamualaikum warga {v}, berikut kami bagikan informasi resmi:",
         "Selamat pagi dangsanak {v}. Ada kabar dari {s}:",
         "Salam sehat warga {v}. Mohon dibaca sampai habis ya 🙏",
         "Bismillah, info untuk warga {v} dan sekitarnya:",
         "Halo warga {v}, info terbaru dari {s}:",
         "Assalamualaikum, izin berbagi info dari {s}."]


def make_copy(a, shape, kim, t):
    ops = R.sample(HABITS, R.randint(0, 3))
    body = apply_habits(a["text"], ops)
    sname = SOURCES[a["src"]][2]
    v = KIM[kim][3]
    if shape == "wa":
        platform = R.choice(["facebook", "telegram"])
        text = f"{R.choice(WA_HEAD)}\n\n*{a['title']}*\n\n{body}\n\n{R.choice(WA_FOOT)}"
        return platform, "", text, [], ops
    if shape == "web":
        choice = R.randint(0, 2)
        src_line = ["Sumber: " + a["url"], "Sumber: " + a["url"].split("/")[2], "Sumber: " + sname][choice]
        n = R.randint(0, 9)
        text = f"Oleh Admin {kname(kim)} · {n} Komentar\n\n{body}\n\n{src_line}"
        return "website", a["title"], text, [], ops
    if shape == "greet":
        g = R.choice(GREET).format(v=v, s=sname)
        text = f"{g}\n\n{body}\n\nSalam {kname(kim)} 🤝"
        return "facebook", "", text, [], ops
    if shape == "tgfwd":
        text = f"Forwarded from Info {kreg(kim)}\n{a['title'].upper()}\n\n{body}"
        return "telegram", "", text, [], ops
    if shape == "ig":
        text = f"📌 {a['title']}\n\n{body}\n\n{hashtags(a, R.randint(4, 6))}"
        return "instagram", "", text, [], ops
    raise ValueError(shape)


def cut_at(text, lo, hi):
    n = R.randint(lo, hi)
    cut = text[:n]
    sp = cut.rfind(" ")
    return cut[:sp].rstrip(",;:–- ")


def make_excerpt(a, shape, kim):
    p = paras(a["text"])
    if shape == "tgtrunc":
        return "telegram", "", f"{a['title']}\n\n{cut_at(p[0], 150, 220)}…"
    if shape == "more":
        s2 = sentences(p[1])[0]
        return "facebook", "", f"{p[0]}\n\n{s2} ... Lihat selengkapnya"
    if shape == "iglead":
        return "instagram", "", f"{p[0]}\n\n{hashtags(a, R.randint(3, 5))}"
    if shape == "ytlead":
        title = f"{a['title']} | {kname(kim)}"
        chapters = R.choice([["00:00 Pembuka", "00:35 Keterangan pejabat", "02:10 Suasana lokasi", "03:05 Penutup"],
                             ["00:00 Intro", "00:20 Berita utama", "01:45 Wawancara", "03:30 Info lanjutan"],
                             ["0:00 Pembukaan", "0:40 Isi berita", "2:15 Tanggapan warga", "3:50 Salam"]])
        text = f"{p[0]}\n\nBab video:\n" + "\n".join(chapters) + f"\n\nJangan lupa subscribe kanal {kname(kim)}."
        return "youtube", title, text
    if shape == "quote":
        sname = SOURCES[a["src"]][2]
        title = R.choice(["Petikan Rilis: ", "Kata Pejabat: ", "Kutipan Hari Ini: "]) + a["title"]
        return "website", title, f"Petikan dari rilis {sname}:\n\n{p[1]}"
    if shape == "intro":
        intro = R.choice(["Info penting untuk warga, dikutip dari rilis resmi:", "Kami bagikan sebagian isi rilis berikut:",
                          "Untuk diketahui bersama 👇", "Kabar dari pemerintah daerah hari ini:"])
        outro = R.choice(["Semoga bermanfaat.", "Silakan dibagikan ke keluarga.", "Ada pertanyaan? Tulis di kolom komentar.",
                          "Terima kasih sudah membaca."])
        return "facebook", "", f"{intro}\n\n{p[0]}\n\n{p[1]}\n\n{outro}"
    raise ValueError(shape)


LINK_COMMENTS = ["Info resmi, silakan dibaca 👇", "Mohon dibaca warga sekalian.", "Penting untuk diketahui.",
                 "Bagikan ke grup keluarga ya.", "Baca beritanya di sini:", "Ini sumber resminya.",
                 "Supaya tidak simpang siur, baca dari sumbernya.", "Untuk yang bertanya kemarin, ini jawabannya."]


def make_link(a, shape, form, kim):
    u = link_form(a, form)
    sname = SOURCES[a["src"]][2]
    if shape == "fbshare":
        text = f"{R.choice(LINK_COMMENTS)}\n\n{a['url'].split('/')[2].upper()}\n{a['title']}"
        return "facebook", "", text, [u]
    if shape == "fburl":
        return "facebook", "", f"{R.choice(LINK_COMMENTS)} {a['title']}\n{u}", []
    if shape == "tg":
        return "telegram", "", f"🔗 {a['title']}\n{u}", []
    if shape == "yt":
        title = R.choice(["Kabar Data Desa: ", "Info Warga: ", "Seputar Banua: "]) + a["title"]
        return "youtube", title, f"Ringkasan singkat untuk warga.\n\nSumber berita: {u}\n\n#KIM{kreg(kim).replace(' ', '')}", []
    if shape == "web":
        first = sentences(paras(a["text"])[0])[0]
        return "website", a["title"], f"{first}\n\nSelengkapnya di: {u} ({sname})", []
    raise ValueError(shape)


def spread(counts):
    """A shuffled list of shapes with the given counts."""
    out = [s for s, n in counts for _ in range(n)]
    R.shuffle(out)
    return out


def main():
    # ---------------- copy / excerpt / link, spread so that every release gets at least one
    copy_shapes = spread([("wa", 6), ("web", 6), ("greet", 6), ("tgfwd", 6), ("ig", 6)])
    exc_shapes = spread([("tgtrunc", 6), ("more", 6), ("iglead", 6), ("ytlead", 5), ("quote", 5), ("intro", 6)])
    link_shapes = spread([("fbshare", 8), ("fburl", 7), ("tg", 7), ("yt", 7), ("web", 7)])
    tokens = [("copy", s) for s in copy_shapes] + [("excerpt", s) for s in exc_shapes] + [("link", s) for s in link_shapes]
    R.shuffle(tokens)
    order = []
    while len(order) < len(tokens):
        o = list(ANNS)
        R.shuffle(o)
        order += o
    used = set()
    pairs = []
    for tok in tokens:
        j = 0
        while (tok, order[j]["id"]) in used:
            j += 1
        a = order.pop(j)
        used.add((tok, a["id"]))
        pairs.append((tok, a))
    for (style, shape), a in pairs:
        kim = pick_kim(a)
        if style == "copy":
            t = gold_time(a, 0.3, 40)
            platform, title, text, links, ops = make_copy(a, shape, kim, t)
            add(kim, platform, t, text, "copy", [a["id"]], title, links, key=f"auto:copy:{a['id']}", shape=shape, ops=ops)
        elif style == "excerpt":
            t = gold_time(a, 0.3, 60)
            platform, title, text = make_excerpt(a, shape, kim)
            add(kim, platform, t, text, "excerpt", [a["id"]], title, key=f"auto:excerpt:{a['id']}", shape=shape)
        else:
            t = gold_time(a, 0.25, 72)
            forms = forms_for(a)
            form = R.choice(forms)
            platform, title, text, links = make_link(a, shape, form, kim)
            add(kim, platform, t, text, "link", [a["id"]], title, links, key=f"auto:link:{a['id']}", shape=shape, form=form)

    # ---------------- summaries
    for a in ANNS:
        kim = pick_kim(a)
        t = gold_time(a, 1, 96)
        shape = R.choice(["fb", "fb", "tg", "ig", "wa", "web"])
        s = a["short"]
        if shape == "fb":
            add(kim, "facebook", t, s, "summary", [a["id"]], key=f"anns:{a['id']}:S", shape=shape)
        elif shape == "tg":
            add(kim, "telegram", t, "📌 " + s, "summary", [a["id"]], key=f"anns:{a['id']}:S", shape=shape)
        elif shape == "ig":
            add(kim, "instagram", t, s + "\n\n" + hashtags(a, 3), "summary", [a["id"]], key=f"anns:{a['id']}:S", shape=shape)
        elif shape == "wa":
            add(kim, R.choice(["facebook", "telegram"]), t, f"*INFO SINGKAT*\n{s}\n_Silakan diteruskan_", "summary",
                [a["id"]], key=f"anns:{a['id']}:S", shape=shape)
        else:
            add(kim, "website", t, s, "summary", [a["id"]], "Sekilas: " + a["title"], key=f"anns:{a['id']}:S", shape=shape)
        if a["long"]:
            kim = pick_kim(a)
            t = gold_time(a, 3, 150)
            shape = R.choice(["fb", "web", "yt", "ig12"])
            L = a["long"]
            if shape == "fb":
                add(kim, "facebook", t, L, "summary", [a["id"]], key=f"anns:{a['id']}:L", shape=shape)
            elif shape == "web":
                add(kim, "website", t, L + f"\n\n(Ditulis ulang oleh admin {kname(kim)})", "summary", [a["id"]],
                    "Rangkuman: " + a["title"], key=f"anns:{a['id']}:L", shape=shape)
            elif shape == "yt":
                add(kim, "youtube", t, "Liputan:\n" + L + "\n\n00:00 Pembuka\n00:45 Fakta utama\n02:20 Penjelasan\n03:40 Penutup",
                    "summary", [a["id"]], f"{a['title']} (Liputan {kname(kim)})", key=f"anns:{a['id']}:L", shape=shape)
            else:
                add(kim, "instagram", t, L + "\n\n" + hashtags(a, 12), "summary", [a["id"]], key=f"anns:{a['id']}:L", shape=shape)
    for i, (aid, kim, text) in enumerate(extra.S2):
        a = BYID[aid]
        add(kim, R.choice(["facebook", "instagram"]), gold_time(a, 2, 80), text, "summary", [aid],
            key=f"extra:S2[{i}]", shape="casual")

    # ---------------- paraphrases (Banjar); the special KIMs take those of their own kabupaten
    for a in ANNS:
        specials = kims_in(a["region"], SPECIAL) if a["region"] else []
        kim = specials[0] if specials else pick_kim(a)
        t = gold_time(a, 3, 140)
        platform = R.choice(["facebook", "facebook", "instagram", "telegram"])
        add(kim, platform, t, a["para"], "paraphrase", [a["id"]], key=f"anns:{a['id']}:P", shape=platform)
    for i, (aid, kim, text) in enumerate(extra.P2):
        a = BYID[aid]
        add(kim, R.choice(["facebook", "instagram", "telegram"]), gold_time(a, 2, 100), text, "paraphrase", [aid],
            key=f"extra:P2[{i}]", shape="casual")

    # ---------------- round-ups: 8 with three releases, 18 with two
    sizes = [3] * 8 + [2] * 18
    R.shuffle(sizes)
    layouts = spread([("oneline", 5), ("bullets", 5), ("numbered", 4), ("prose", 4), ("ytchapters", 4), ("igweek", 4)])
    rkims = SPECIAL * 2 + R.sample(NORMAL, 18)
    R.shuffle(rkims)
    locals_ = list(extra.LOCAL)
    R.shuffle(locals_)
    with_local = set(R.sample(range(26), 12))
    start = datetime(2026, 11, 6, 18, 0)
    for i in range(26):
        n = sizes[i]
        while True:
            t = start + timedelta(hours=R.uniform(0, (LAST - start).total_seconds() / 3600 - 2))
            t = waking(t, 1)
            if t > LAST:
                continue
            cands = [a for a in ANNS if timedelta(hours=2) <= t - a["dt"] <= timedelta(days=10)]
            if len(cands) >= n:
                break
        picked = sorted(R.sample(cands, n), key=lambda a: a["dt"])
        kim = rkims[i]
        items = [(a["item"] if R.random() < 0.6 else sentences(a["short"])[0].rstrip(".")) for a in picked]
        local = None
        if i in with_local:
            local = locals_.pop()
            items.insert(R.randint(0, len(items)), local)
        lay = layouts[i]
        if lay == "oneline" and local is None and i % 2:
            items = [sentences(a["short"])[0].rstrip(".") for a in picked]
        title = ""
        if lay == "oneline":
            platform = R.choice(["facebook", "telegram"])
            text = "RINGKAS DATA PEKAN INI → " + " · ".join(items)
        elif lay == "bullets":
            platform = "facebook"
            text = f"Rangkuman info sepekan {kname(kim)}:\n" + "\n".join("▪️ " + x for x in items) + "\nSemoga bermanfaat."
        elif lay == "numbered":
            platform = R.choice(["telegram", "facebook"])
            text = "Kabar pilihan beberapa hari terakhir:\n" + "\n".join(f"{j + 1}) {x}" for j, x in enumerate(items))
        elif lay == "prose":
            platform = "website"
            title = f"Catatan Pekan Ini dari {kname(kim)}"
            body = "; ".join(x[0].lower() + x[1:] for x in items)
            text = f"Beberapa kabar yang kami catat pekan ini: {body}. Informasi lengkap dapat dibaca di laman resmi masing-masing instansi."
        elif lay == "ytchapters":
            platform = "youtube"
            title = f"Warta Data Desa Sepekan | {kname(kim)}"
            stamps = ["00:00 Pembuka"] + [f"0{j + 1}:{R.randint(0, 5)}{R.randint(0, 9)} {x}" for j, x in enumerate(items)]
            text = "Rangkuman berita pekan ini.\n\n" + "\n".join(stamps)
        else:
            platform = "instagram"
            text = "🗂️ KABAR DATA SEPEKAN\n\n" + "\n".join("✅ " + x for x in items) + "\n\n#KIMKalsel #KabarSepekan #DataDesa"
        add(kim, platform, t, text, "roundup", [a["id"] for a in picked], title, key=f"auto:roundup:{i}", shape=lay,
            local=local)

    # ---------------- look-alikes and `before` posts
    for a in ANNS:
        for j, (kim, hours, differs, text) in enumerate(a["neg"]):
            t = after(a, hours)
            r = R.random()
            if r < 0.15:
                text = f"*INFO WARGA*\n\n{text}\n\n_Diteruskan dari grup Warga {KIM[kim][3]}_"
                platform, title, shape = R.choice(["facebook", "telegram"]), "", "wa"
            elif r < 0.27:
                platform, title, shape = "instagram", "", "ig"
                text = text + "\n\n" + hashtags(a, 4)
            elif r < 0.35:
                platform, shape = "website", "web"
                title = sentences(text)[0].rstrip(".!")[:80]
            else:
                platform, title, shape = R.choice(["facebook", "facebook", "telegram"]), "", "plain"
            add(kim, platform, t, text, "negative-topic", [], title, key=f"anns:{a['id']}:N[{j}]", shape=shape,
                imitates=[a["id"]], differs=differs)
        for j, (kim, hours, differs, text) in enumerate(a["bef"]):
            add(kim, R.choice(["facebook", "telegram"]), before(a, hours), text, "before", [],
                key=f"anns:{a['id']}:B[{j}]", shape="plain", imitates=[a["id"]], differs=differs)
    for j, (aid, kim, hours, differs, text) in enumerate(extra.B2):
        a = BYID[aid]
        add(kim, R.choice(["facebook", "telegram", "facebook"]), before(a, hours), text, "before", [],
            key=f"extra:B2[{j}]", shape="plain", imitates=[aid], differs=differs)
    for j, (aid, kim, hours, differs, text, links) in enumerate(extra.N2):
        a = BYID[aid]
        add(kim, "facebook", after(a, hours), text, "negative-topic", [], "", links, key=f"extra:N2[{j}]",
            shape="urltrap", imitates=[aid], differs=differs)

    # ---------------- unrelated
    span = (LAST - FIRST).total_seconds()
    for j, (kim, text) in enumerate(extra.U):
        t = waking(FIRST + timedelta(seconds=R.uniform(0, span)), 1)
        if t > LAST:
            t = LAST - timedelta(hours=3)
        links = []
        if text == "__OUT_OF_SET__":
            u = "https://diskominfo.kalselprov.go.id/2026/11/19/pemenang-lomba-foto-wisata-sungai-kalsel-2026-diumumkan/"
            text = f"Selamat untuk para pemenang lomba foto wisata sungai! Daftar lengkapnya ada di sini: {u}"
            t = datetime(2026, 11, 20, 9, 12)
        platform = R.choice(["facebook"] * 5 + ["telegram"] * 2 + ["instagram"])
        add(kim, platform, t, text, "negative-unrelated", [], "", links, key=f"extra:U[{j}]", shape="plain")

    write()


def write():
    POSTS.sort(key=lambda p: (p["t"], p["kim"], p["text"]))
    ids = list(range(1, len(POSTS) + 1))
    R.shuffle(ids)
    keymap = {}
    posts, labels = [], []
    for p, n in zip(POSTS, ids):
        pid = f"h62-p{n:03d}"
        p["id"] = pid
        p["url"] = post_url(p["kim"], p["platform"], p["t"], p["title"] or p["text"][:40])
        posts.append({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": p["url"], "title": p["title"],
                      "text": p["text"], "published_at": p["t"].strftime("%Y-%m-%dT%H:%M:%S") + WITA,
                      "links": p["links"]})
        labels.append({"post": pid, "announcements": ["h62-" + g for g in p["gold"]], "style": p["style"]})
        m = dict(p["meta"])
        entry = {"key": m.pop("key"), "style": p["style"], "gold": ["h62-" + g for g in p["gold"]]}
        for k in ("shape", "ops", "form", "local"):
            if m.get(k) is not None:
                entry[k] = m[k]
        if "imitates" in m:
            entry["imitates"] = ["h62-" + x for x in m["imitates"]]
            entry["differs"] = m["differs"]
        keymap[pid] = entry
    with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
        for a in sorted(ANNS, key=lambda a: a["id"]):
            f.write(json.dumps({"id": "h62-" + a["id"], "source": a["src"], "url": a["url"], "title": a["title"],
                                "text": a["text"], "published_at": a["at"].replace(" ", "T") + ":00" + WITA},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
        f.write("kims:\n")
        for k, region, district, village in KIMS:
            f.write(f"- id: {k}\n  name: KIM {village}\n  region: {region}\n  district: {district}\n  village: {village}\n")


if __name__ == "__main__":
    main()
