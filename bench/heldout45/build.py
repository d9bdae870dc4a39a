#!/usr/bin/env python3
"""Generator of heldout45 (statistics and public data). Deterministic: fixed seed, no clock, no network.

Reads the hand-written modules anns_a.py / anns_b.py / anns_c.py (releases and their own-words posts,
look-alikes, `before` posts) and extra.py (more before posts and look-alikes, casual paraphrases, unrelated
posts, local round-up items). Writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl, keymap.json.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

import anns_a
import anns_b  # noqa: F401  (registers releases)
import anns_c  # noqa: F401
import extra

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120745
rng = random.Random(SEED)
WITA = timezone(timedelta(hours=8))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
END = datetime(2026, 12, 5, 22, 30, tzinfo=WITA)
START = datetime(2026, 10, 20, 6, 0, tzinfo=WITA)

# ---------------------------------------------------------------- registry
KIMS = [  # id, region, district, village
    ("kim-sungai-miai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Miai"),
    ("kim-teluk-dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam"),
    ("kim-pekauman", "Kota Banjarmasin", "Banjarmasin Selatan", "Pekauman"),
    ("kim-basirih-selatan", "Kota Banjarmasin", "Banjarmasin Selatan", "Basirih Selatan"),
    ("kim-guntung-paikat", "Kota Banjarbaru", "Banjarbaru Selatan", "Guntung Paikat"),
    ("kim-sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar"),
    ("kim-syamsudin-noor", "Kota Banjarbaru", "Landasan Ulin", "Syamsudin Noor"),
    ("kim-keraton", "Kabupaten Banjar", "Martapura", "Keraton"),
    ("kim-sungai-alang", "Kabupaten Banjar", "Karang Intan", "Sungai Alang"),
    ("kim-lok-baintan", "Kabupaten Banjar", "Sungai Tabuk", "Lok Baintan"),
    ("kim-karang-taruna", "Kabupaten Tanah Laut", "Pelaihari", "Karang Taruna"),
    ("kim-tabanio", "Kabupaten Tanah Laut", "Takisung", "Tabanio"),
    ("kim-kintap", "Kabupaten Tanah Laut", "Kintap", "Kintap"),
    ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("kim-margasari", "Kabupaten Tapin", "Candi Laras Selatan", "Margasari Ilir"),
    ("kim-tatakan", "Kabupaten Tapin", "Tapin Selatan", "Tatakan"),
    ("kim-kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota"),
    ("kim-hamalau", "Kabupaten Hulu Sungai Selatan", "Sungai Raya", "Hamalau"),
    ("kim-padang-batung", "Kabupaten Hulu Sungai Selatan", "Padang Batung", "Padang Batung"),
    ("kim-haruyan", "Kabupaten Hulu Sungai Tengah", "Haruyan", "Haruyan"),
    ("kim-barabai-timur", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Timur"),
    ("kim-pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan"),
    ("kim-sungai-karias", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Karias"),
    ("kim-danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
    ("kim-palampitan", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Palampitan Hilir"),
    ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("kim-batu-piring", "Kabupaten Balangan", "Paringin Selatan", "Batu Piring"),
    ("kim-tebing-tinggi", "Kabupaten Balangan", "Tebing Tinggi", "Tebing Tinggi"),
    ("kim-pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan"),
    ("kim-mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
    ("kim-pasar-panas", "Kabupaten Tabalong", "Kelua", "Pasar Panas"),
    ("kim-semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap"),
    ("kim-sebelimbingan", "Kabupaten Kotabaru", "Pulau Laut Utara", "Sebelimbingan"),
    ("kim-tanjung-lalak", "Kabupaten Kotabaru", "Pulau Laut Kepulauan", "Tanjung Lalak Selatan"),
    ("kim-kampung-baru", "Kabupaten Tanah Bumbu", "Simpang Empat", "Kampung Baru"),
    ("kim-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pagatan"),
    ("kim-sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau"),
    ("kim-berangas", "Kabupaten Barito Kuala", "Alalak", "Berangas"),
    ("kim-anjir-pasar", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota"),
    ("kim-marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota"),
]
KIM = {k[0]: k for k in KIMS}
INACTIVE = ["kim-pekauman", "kim-sungai-alang", "kim-tatakan", "kim-pandawan", "kim-tebing-tinggi", "kim-sungai-danau"]
SPECIAL = ["kim-hamalau", "kim-danau-panggang", "kim-tanjung-lalak", "kim-kintap"]
REGULAR = [k[0] for k in KIMS if k[0] not in INACTIVE and k[0] not in SPECIAL]

SOURCES = {  # source: (region or None for provincial, site name, url maker)
    "bps-kalsel": (None, "BPS Provinsi Kalimantan Selatan"),
    "diskominfo-kalsel": (None, "Diskominfo Kalsel"),
    "pemprov-kalsel": (None, "Pemprov Kalsel"),
    "dispersip-kalsel": (None, "Dispersip Kalsel"),
    "disdag-kalsel": (None, "Disdag Kalsel"),
    "pemkot-banjarmasin": ("Kota Banjarmasin", "Pemko Banjarmasin"),
    "pemkot-banjarbaru": ("Kota Banjarbaru", "Pemko Banjarbaru"),
    "pemkab-banjar": ("Kabupaten Banjar", "Pemkab Banjar"),
    "pemkab-tanah-laut": ("Kabupaten Tanah Laut", "Pemkab Tanah Laut"),
    "pemkab-tapin": ("Kabupaten Tapin", "Pemkab Tapin"),
    "pemkab-hss": ("Kabupaten Hulu Sungai Selatan", "Pemkab HSS"),
    "pemkab-hst": ("Kabupaten Hulu Sungai Tengah", "Pemkab HST"),
    "pemkab-hsu": ("Kabupaten Hulu Sungai Utara", "Pemkab HSU"),
    "pemkab-balangan": ("Kabupaten Balangan", "Pemkab Balangan"),
    "pemkab-tabalong": ("Kabupaten Tabalong", "Pemkab Tabalong"),
    "pemkab-kotabaru": ("Kabupaten Kotabaru", "Pemkab Kotabaru"),
    "pemkab-tanbu": ("Kabupaten Tanah Bumbu", "Pemkab Tanah Bumbu"),
    "pemkab-batola": ("Kabupaten Barito Kuala", "Pemkab Barito Kuala"),
}
WORDPRESS = {"diskominfo-kalsel", "disdag-kalsel", "pemkot-banjarbaru", "pemkab-hsu"}


def slugify(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower().replace(",", "")).strip("-")
    return "-".join(s.split("-")[:9])


def release_url(src, when, title, n):
    s, d = slugify(title), when
    ymd = f"{d.year}/{d.month:02d}/{d.day:02d}"
    return {
        "bps-kalsel": f"https://kalsel.bps.go.id/id/pressrelease/{ymd}/{1400 + n}/{s}.html",
        "diskominfo-kalsel": f"https://diskominfo.kalselprov.go.id/{ymd}/{s}/",
        "pemprov-kalsel": f"https://kalselprov.go.id/berita/{s}",
        "dispersip-kalsel": f"https://dispersip.kalselprov.go.id/berita/{730 + n}-{s}",
        "disdag-kalsel": f"https://disdag.kalselprov.go.id/{ymd}/{s}/",
        "pemkot-banjarmasin": f"https://banjarmasinkota.go.id/berita/{s}",
        "pemkot-banjarbaru": f"https://banjarbarukota.go.id/{ymd}/{s}/",
        "pemkab-banjar": f"https://banjarkab.go.id/berita/read/{5200 + n}/{s}",
        "pemkab-tanah-laut": f"https://tanahlautkab.go.id/berita/{s}",
        "pemkab-tapin": f"https://tapinkab.go.id/berita/{2100 + n}-{s}",
        "pemkab-hss": f"https://hulusungaiselatankab.go.id/berita/{s}",
        "pemkab-hst": f"https://hstkab.go.id/berita/{s}",
        "pemkab-hsu": f"https://hsu.go.id/{ymd}/{s}/",
        "pemkab-balangan": f"https://balangankab.go.id/berita/detail/{s}",
        "pemkab-tabalong": f"https://tabalongkab.go.id/berita/{s}.html",
        "pemkab-kotabaru": f"https://kotabarukab.go.id/berita/{880 + n}/{s}",
        "pemkab-tanbu": f"https://tanahbumbukab.go.id/berita/{s}",
        "pemkab-batola": f"https://baritokualakab.go.id/news/{s}",
    }[src]


def fill_dates(text):
    def d(m, month):
        day = int(m.group(1))
        return f"{HARI[datetime(2026, month, day).weekday()]} ({day}/{month}/2026)"
    text = re.sub(r"\{D(\d+)\}", lambda m: d(m, 11), text)
    return re.sub(r"\{E(\d+)\}", lambda m: d(m, 12), text)


def curly(text):
    out, opened = [], False
    for ch in text:
        if ch == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        else:
            out.append(ch)
    return "".join(out)


ANNS = []
for n, a in enumerate(anns_a.A, 1):
    when = datetime.fromisoformat(a["t"]).replace(tzinfo=WITA)
    text = curly(fill_dates(a["text"]))
    ANNS.append(dict(a, when=when, body=text, url=release_url(a["src"], when, a["title"], n),
                     S=fill_dates(a["S"]), L=a["L"] and fill_dates(a["L"])))
ANN = {a["id"]: a for a in ANNS}

# ---------------------------------------------------------------- posts
POSTS = []  # dicts: kim, platform, title, text, links, when, style, gold, key, extra keymap fields
seq = {"n": 0}


def handle(kim):
    return kim.replace("kim-", "kim").replace("-", "")


def post_url(kim, platform, when):
    seq["n"] += 1
    h, n = handle(kim), seq["n"]
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/{1000004000 + n * 37}"
    if platform == "instagram":
        code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_") for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "telegram":
        return f"https://t.me/{h}/{200 + n}"
    if platform == "youtube":
        vid = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(11))
        return f"https://www.youtube.com/watch?v={vid}"
    return f"https://{h}.blogspot.com/{when.year}/{when.month:02d}/kabar-{n}.html"


URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def add(kim, platform, text, when, style, gold, key, title="", links=None, **km):
    if when.hour < 6:  # KIM admins sleep: night posts move to the morning (before posts to the evening before)
        if style == "before":
            when = when - timedelta(hours=when.hour + 2)
        else:
            when = when.replace(hour=6) + timedelta(minutes=rng.randint(0, 150))
    if when > END:
        when = END - timedelta(minutes=rng.randint(5, 300))
    found = [u.rstrip(".,;:!?") for u in URL_RE.findall(title + "\n" + text)]
    allinks = list(dict.fromkeys(found + (links or [])))
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, links=allinks,
                      when=when.replace(second=rng.randint(0, 59), microsecond=0), style=style, gold=gold, key=key, km=km))


def region_kims(a, pool):
    region = SOURCES[a["src"]][0]
    ks = [k for k in pool if region is None or KIM[k][1] == region]
    return ks or pool


def delay(a, lo_min=15, typical=True):
    """A delay after the release: 15 min – 12 days, median about one day; never after END."""
    r = rng.random()
    if r < 0.25:
        d = timedelta(minutes=rng.randint(lo_min, 240))
    elif r < 0.75:
        d = timedelta(hours=rng.uniform(4, 40))
    else:
        d = timedelta(hours=rng.uniform(40, 290))
    w = a["when"] + d
    if w > END:
        w = a["when"] + timedelta(minutes=rng.randint(lo_min, max(lo_min + 1, int((END - a["when"]).total_seconds() // 60) - 30)))
    return w


used = set()


def pick_kim(a, pool):
    ks = region_kims(a, pool)
    fresh = [k for k in ks if (k, a["id"]) not in used]
    k = rng.choice(fresh or ks)
    used.add((k, a["id"]))
    return k


def paragraphs(a):
    return a["body"].split("\n\n")


def site(a):
    return SOURCES[a["src"]][1]


def lead_title(a):
    return a["title"]


# ----- copy habits
TYPO_WORDS = ["petugas", "kabupaten", "dilaksanakan", "sebanyak", "menggunakan", "berdasarkan", "kecamatan", "diminta"]


def copy_ops(text, ops):
    if "dash" in ops:
        text = text.replace(" \u2013 ", " - ")
    if "straight" in ops:
        text = text.replace("\u201c", '"').replace("\u201d", '"')
    if "typo" in ops:
        for w in rng.sample(TYPO_WORDS, 3):
            if w in text:
                i = rng.randrange(1, len(w) - 2)
                text = text.replace(w, w[:i] + w[i + 1] + w[i] + w[i + 2:], 1)
                break
    if "abbr" in ops:
        text = re.sub(r"\byang\b", "yg", text)
        text = re.sub(r"\bdengan\b", "dgn", text)
        text = re.sub(r"\buntuk\b", "utk", text)
    if "collapse" in ops:
        text = text.replace("\n\n", " ")
    if "notag" in ops:
        text = re.sub(r"\s*\([^()]*/[^()]*\)\s*$", "", text)
    return text


def choose_ops():
    return rng.sample(["dash", "straight", "typo", "abbr", "collapse", "notag"], rng.randint(0, 3))


def tags(a, n):
    base = ["#KIMKalsel", "#InfoPublik", "#DataUntukSemua", "#Statistik", "#BanuaKita", "#KalselBabungas",
            "#SatuData", "#Kearsipan", "#BPS", "#InfoDesa", "#WargaCerdasData", "#KabarBanua", "#Kalsel"]
    return " ".join(rng.sample(base, n))


def wa_header():
    return rng.choice(["\u21aa\ufe0f Diteruskan dari grup Info Kecamatan", "Forward dari grup sebelah \U0001F447",
                       "Diteruskan dari grup Operator Desa", "Diteruskan dari grup Pengurus RT"])


def wa_banner():
    return rng.choice(["*BERITA PENTING*", "\U0001F4E2 *INFO RESMI* \U0001F4E2", "*TERUSKAN KE WARGA*", "*MOHON DIBACA*"])


# ---------------------------------------------------------------- copy (30)
copy_shapes = ["wa", "web", "fbgreet", "tgfwd", "ig"] * 6
rng.shuffle(copy_shapes)
for a, shape in zip(rng.sample(ANNS, 30), copy_shapes):
    k = pick_kim(a, REGULAR)
    ops = choose_ops()
    body = copy_ops(a["body"], ops)
    when = delay(a)
    v = KIM[k][3]
    if shape == "wa":
        add(k, rng.choice(["facebook", "telegram"]), f"{wa_header()}\n\n{wa_banner()}\n*{a['title']}*\n\n{body}\n\n_Mohon dibagikan_", when, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shape, ops=ops)
    elif shape == "web":
        add(k, "website", f"Oleh Admin KIM {v} \u00b7 {rng.randint(0, 9)} Komentar\n\n{body}\n\nSumber: {site(a)}", when, "copy", [a["id"]], f"auto:copy:{a['id']}", title=a["title"], shape=shape, ops=ops)
    elif shape == "fbgreet":
        add(k, "facebook", f"{rng.choice(['Assalamualaikum warga', 'Selamat pagi dangsanak', 'Salam sehat warga'])} {v}, berikut info dari {site(a)}.\n\n{body}\n\nSalam KIM {v}", when, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shape, ops=ops)
    elif shape == "tgfwd":
        add(k, "telegram", f"Forwarded from Info {SOURCES[a['src']][0] or 'Kalsel'}\n{a['title'].upper()}\n\n{body}", when, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shape, ops=ops)
    else:
        add(k, "instagram", f"{body}\n\n{tags(a, rng.randint(4, 6))}", when, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shape, ops=ops)

# ---------------------------------------------------------------- excerpt (34)
ex_shapes = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 5 + ["ytlead"] * 6 + ["webquote"] * 5 + ["fbintro"] * 6
rng.shuffle(ex_shapes)
for a, shape in zip(rng.sample(ANNS, 34), ex_shapes):
    k = pick_kim(a, REGULAR)
    p = paragraphs(a)
    when = delay(a)
    key = f"auto:excerpt:{a['id']}"
    if shape == "tgtrunc":
        cut = rng.randint(150, 220)
        lead = p[0][:cut].rsplit(" ", 1)[0]
        add(k, "telegram", f"{a['title']}\n\n{lead}\u2026", when, "excerpt", [a["id"]], key, shape=shape)
    elif shape == "fbmore":
        first2 = p[1].split(". ")[0]
        add(k, "facebook", f"{p[0]}\n\n{first2}... Lihat selengkapnya", when, "excerpt", [a["id"]], key, shape=shape)
    elif shape == "iglead":
        add(k, "instagram", f"{p[0]}\n\n{tags(a, rng.randint(3, 5))}", when, "excerpt", [a["id"]], key, shape=shape)
    elif shape == "ytlead":
        add(k, "youtube", f"{p[0]}\n\n00:00 Pembuka\n00:{rng.randint(20, 59)} Penjelasan\n0{rng.randint(1, 3)}:{rng.randint(10, 59)} Wawancara\n\nSubscribe kanal KIM {KIM[k][3]}.", when, "excerpt", [a["id"]], key, title=f"VIDEO | {a['title']}", shape=shape)
    elif shape == "webquote":
        add(k, "website", f"{p[1]}\n\nDikutip dari rilis {site(a)}.", when, "excerpt", [a["id"]], key, title=a["title"], shape=shape)
    else:
        intro = rng.choice(["Info penting untuk warga, mohon dibaca sampai habis:", "Dari rilis resmi hari ini:", "Kabar terbaru, dibagikan ulang untuk warga:"])
        outro = rng.choice(["Semoga bermanfaat.", "Silakan dibagikan ke keluarga.", "Tanya-tanya silakan di kolom komentar."])
        add(k, "facebook", f"{intro}\n\n{p[0]}\n\n{p[1]}\n\n{outro}", when, "excerpt", [a["id"]], key, shape=shape)


# ---------------------------------------------------------------- link (36)
def link_form(a, form):
    u = a["url"]
    wp = a["src"] in WORDPRESS
    scheme, rest = u.split("://", 1)
    host, path = rest.split("/", 1)
    path = "/" + path
    if form == "exact":
        return u
    if form == "http":
        return "http://" + rest
    if form == "www":
        return f"https://www.{host}{path}"
    if form == "m":
        return f"https://m.{host}{path}"
    if form == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if form == "amp":
        return (u.rstrip("/") + "/amp/") if wp else u + "?utm_source=wa"
    if form == "utm":
        return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + "".join(rng.choice("abcdefghijkLMNOPQ0123456789") for _ in range(22))
    if form == "utmfb":
        return u + "?utm_source=whatsapp&fbclid=IwZX" + "".join(rng.choice("abcdef0123456789") for _ in range(18))
    if form == "httpm":
        return f"http://m.{host}{path}"
    if form == "bare-www":
        return f"www.{host}{path}"
    raise ValueError(form)


FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "bare-www"]
link_shapes = ["fbshare"] * 8 + ["fbcomment"] * 7 + ["tgurl"] * 8 + ["ytdesc"] * 6 + ["webmore"] * 7
rng.shuffle(link_shapes)
link_anns = rng.sample(ANNS, 36)
for i, (a, shape) in enumerate(zip(link_anns, link_shapes)):
    k = pick_kim(a, REGULAR)
    form = FORMS[i % len(FORMS)]
    u = link_form(a, form)
    when = delay(a)
    key = f"auto:link:{a['id']}"
    comment = rng.choice(["Info resmi, silakan dibaca.", "Penting untuk warga kita \U0001F447", "Baca beritanya di sini ya.",
                          "Untuk yang bertanya kemarin, ini beritanya.", "Simak ya dangsanak.", "Kabar dari pemerintah:"])
    if shape == "fbshare":
        add(k, "facebook", f"{comment}\n\n{site(a).upper()}\n{a['title']}", when, "link", [a["id"]], key, links=[u], shape=shape, form=form)
    elif shape == "fbcomment":
        add(k, "facebook", f"{comment} {u}", when, "link", [a["id"]], key, shape=shape, form=form)
    elif shape == "tgurl":
        add(k, "telegram", f"{a['title']}\n{u}", when, "link", [a["id"]], key, shape=shape, form=form)
    elif shape == "ytdesc":
        add(k, "youtube", f"{comment}\nBerita lengkap: {u}", when, "link", [a["id"]], key, title=f"{a['title']} | KIM {KIM[k][3]}", shape=shape, form=form)
    else:
        add(k, "website", f"{comment}\n\nBaca selengkapnya: {u}", when, "link", [a["id"]], key, title=a["title"], shape=shape, form=form)

# ---------------------------------------------------------------- summary (S for all, L for some)
s_shapes = ["fb", "tg", "ig", "wa"]
for a in ANNS:
    k = pick_kim(a, REGULAR)
    shape = rng.choice(s_shapes + ["web", "yt"])
    when = delay(a)
    if shape == "fb":
        add(k, "facebook", a["S"], when, "summary", [a["id"]], f"anns:{a['id']}:S", shape=shape)
    elif shape == "tg":
        add(k, "telegram", "\U0001F4CC " + a["S"], when, "summary", [a["id"]], f"anns:{a['id']}:S", shape=shape)
    elif shape == "ig":
        add(k, "instagram", a["S"] + "\n\n" + tags(a, 3), when, "summary", [a["id"]], f"anns:{a['id']}:S", shape=shape)
    elif shape == "web":
        add(k, "website", a["S"] + f"\n\nDitulis ulang oleh admin KIM {KIM[k][3]}.", when, "summary", [a["id"]], f"anns:{a['id']}:S", title="Sekilas: " + a["R"], shape=shape)
    elif shape == "yt":
        add(k, "youtube", a["S"] + "\n\nJangan lupa like dan bagikan.", when, "summary", [a["id"]], f"anns:{a['id']}:S", title=a["R"][:1].upper() + a["R"][1:] + f" | KIM {KIM[k][3]}", shape=shape)
    else:
        add(k, rng.choice(["facebook", "telegram"]), f"*INFO*\n{a['S']}\n_Mohon disebarkan_", when, "summary", [a["id"]], f"anns:{a['id']}:S", shape=shape)
    if a["L"]:
        k = pick_kim(a, REGULAR)
        shape = rng.choice(["fb", "web", "yt", "ig12"])
        when = delay(a)
        if shape == "fb":
            add(k, "facebook", a["L"], when, "summary", [a["id"]], f"anns:{a['id']}:L", shape=shape)
        elif shape == "web":
            add(k, "website", a["L"] + f"\n\n(Admin KIM {KIM[k][3]})", when, "summary", [a["id"]], f"anns:{a['id']}:L", title=" ".join(a["L"].split()[:9]).rstrip(",.:"), shape=shape)
        elif shape == "yt":
            add(k, "youtube", "Liputan: " + a["L"] + "\n\n00:00 Ringkasan\n01:05 Tanggapan warga", when, "summary", [a["id"]], f"anns:{a['id']}:L", title="Liputan KIM " + KIM[k][3] + ": " + " ".join(a["R"].split()[:8]), shape=shape)
        else:
            add(k, "instagram", a["L"] + "\n\n" + tags(a, 12), when, "summary", [a["id"]], f"anns:{a['id']}:L", shape=shape)

# ---------------------------------------------------------------- paraphrase
SPECIAL_OF = {"Kabupaten Hulu Sungai Selatan": "kim-hamalau", "Kabupaten Hulu Sungai Utara": "kim-danau-panggang",
              "Kabupaten Kotabaru": "kim-tanjung-lalak", "Kabupaten Tanah Laut": "kim-kintap"}
prov_for_special = iter(["kim-hamalau", "kim-danau-panggang", "kim-tanjung-lalak", "kim-kintap"] * 3)
for a in ANNS:
    region = SOURCES[a["src"]][0]
    if region in SPECIAL_OF:
        k = SPECIAL_OF[region]
        used.add((k, a["id"]))
    elif region is None and rng.random() < 0.45:
        k = next(prov_for_special)
        used.add((k, a["id"]))
    else:
        k = pick_kim(a, REGULAR)
    add(k, rng.choice(["facebook", "facebook", "instagram", "telegram"]), a["P"], delay(a), "paraphrase", [a["id"]], f"anns:{a['id']}:P", shape="banjar")
for i, (aid, k, hrs, text) in enumerate(extra.P2):
    a = ANN[aid]
    add(k, rng.choice(["facebook", "instagram"]), text, a["when"] + timedelta(hours=hrs), "paraphrase", [aid], f"extra:P2[{i}]", shape="casual")

# ---------------------------------------------------------------- round-ups (26; 8 of three, 18 of two)
RU_LAYOUTS = ["oneline", "bullets", "numbered", "prose", "ytchap", "kabar"]
ru_kims = SPECIAL * 3 + rng.sample(REGULAR, 14)
rng.shuffle(ru_kims)
sizes = [3] * 8 + [2] * 18
rng.shuffle(sizes)
made = 0
attempt = 0
seen_sets = set()
while made < 26:
    attempt += 1
    size = sizes[made]
    k = ru_kims[made]
    t = datetime(2026, 11, 3, tzinfo=WITA) + timedelta(hours=rng.uniform(0, 32 * 24))
    t = min(t, END - timedelta(hours=2))
    cands = [a for a in ANNS if timedelta(hours=2) <= t - a["when"] <= timedelta(days=10) and (k, a["id"]) not in used]
    if len(cands) < size:
        continue
    chosen = sorted(rng.sample(cands, size), key=lambda a: a["when"])
    ids = tuple(a["id"] for a in chosen)
    if ids in seen_sets:
        continue
    seen_sets.add(ids)
    for a in chosen:
        used.add((k, a["id"]))
    items = [a["R"] if rng.random() < 0.7 else a["S"].split(". ")[0].rstrip(".") for a in chosen]
    local = []
    if rng.random() < 0.5:
        local = rng.sample(extra.LOCAL, rng.randint(1, 2))
    allitems = items + local
    rng.shuffle(allitems)
    layout = RU_LAYOUTS[made % len(RU_LAYOUTS)]
    v = KIM[k][3]
    title = ""
    if layout == "oneline":
        plat, text = "facebook", "KILAS INFO | " + " | ".join(allitems) + " |"
    elif layout == "bullets":
        plat, text = rng.choice(["facebook", "telegram"]), f"Rangkuman kabar pekan ini dari KIM {v}:\n" + "\n".join("\u2022 " + x for x in allitems)
    elif layout == "numbered":
        plat, text = rng.choice(["telegram", "instagram"]), "Kabar sepekan:\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(allitems, 1)) + ("\n\n" + tags(None, 3) if rng.random() < 0.5 else "")
    elif layout == "prose":
        plat, title = "website", f"Rangkuman Kabar Sepekan KIM {v}"
        text = "Beberapa kabar sepekan terakhir: " + "; ".join(allitems) + ". Simak terus kanal KIM untuk info berikutnya."
    elif layout == "ytchap":
        plat, title = "youtube", f"Kabar Sepekan KIM {v} ({t.day}/{t.month})"
        text = "Daftar isi:\n" + "\n".join(f"0{i}:{rng.randint(10, 59)} {x}" for i, x in enumerate(allitems))
    else:
        plat, text = rng.choice(["facebook", "instagram"]), "\U0001F5DE\ufe0f KABAR SINGKAT \u2705\n" + "\n".join("\u25aa " + x for x in allitems)
    add(k, plat, text, t, "roundup", list(ids), f"auto:roundup:{made + 1}", title=title, shape=layout, local=local)
    made += 1

# ---------------------------------------------------------------- negatives and before
TRAPS = {  # other pages on the same government domains (not releases of this set)
    "bps-kalsel": "https://kalsel.bps.go.id/id/pressrelease/2025/11/05/1288/tingkat-pengangguran-terbuka-agustus-2025.html",
    "pemkab-tapin": "https://tapinkab.go.id/berita/1874-survei-ubinan-padi-2025-di-tapin",
    "pemkot-banjarmasin": "https://banjarmasinkota.go.id/berita/jadwal-posyandu-kelurahan-2025",
    "dispersip-kalsel": "https://dispersip.kalselprov.go.id/berita/611-lomba-bercerita-anak-2025",
    "pemkab-tabalong": "https://tabalongkab.go.id/berita/edaran-pakaian-adat-asn-2025.html",
    "diskominfo-kalsel": "https://diskominfo.kalselprov.go.id/2026/10/14/waspada-apk-undangan-palsu/",
}
trap_left = dict(TRAPS)


def neg_shape(text, k, a=None):
    r = rng.random()
    v = KIM[k][3]
    title = ""
    if r < 0.27:
        return "facebook", text, title, "fb"
    if r < 0.39:
        return rng.choice(["facebook", "telegram"]), f"{wa_header()}\n\n{text}", title, "wa"
    if r < 0.52:
        return "telegram", text, title, "tg"
    if r < 0.66:
        return "instagram", text + "\n\n" + tags(None, rng.randint(2, 4)), title, "ig"
    if r < 0.83:
        first = re.split(r"(?<=[.!?])\s", text)[0]
        return "website", text + f"\n\n(KIM {v})", " ".join(first.split()[:10]).rstrip(".,!?:"), "web"
    first = re.split(r"(?<=[.!?])\s", text)[0]
    return "youtube", text, " ".join(first.split()[:9]).rstrip(".,!?:") + f" | KIM {v}", "yt"


def add_neg(aid, k, hrs, differs, text, key, style):
    a = ANN[aid]
    when = a["when"] + timedelta(hours=hrs) if style == "negative-topic" else a["when"] - timedelta(hours=hrs)
    plat, text, title, shape = neg_shape(text, k, a)
    if style == "negative-topic" and a["src"] in trap_left and rng.random() < 0.5:
        text += "\n\nArsip berita terkait: " + trap_left.pop(a["src"])
    elif style == "negative-topic" and rng.random() < 0.06:
        text += "\n\nSumber: " + a["url"].split("/")[2]
    add(k, plat, text, when, style, [], key, title=title, imitates=[aid], differs=differs, shape=shape)


for a in ANNS:
    for i, (k, hrs, differs, text) in enumerate(a["N"]):
        add_neg(a["id"], k, hrs, differs, text, f"anns:{a['id']}:N[{i}]", "negative-topic")
    if a["B"]:
        k, hrs, differs, text = a["B"]
        add_neg(a["id"], k, hrs, differs, text, f"anns:{a['id']}:B", "before")
for i, (aid, k, hrs, differs, text) in enumerate(extra.N2):
    add_neg(aid, k, hrs, differs, text, f"extra:N2[{i}]", "negative-topic")
for i, (aid, k, hrs, differs, text) in enumerate(extra.B2):
    add_neg(aid, k, hrs, differs, text, f"extra:B2[{i}]", "before")

# ---------------------------------------------------------------- unrelated
for i, (k, (m, d), h, text) in enumerate(extra.U):
    when = datetime(2026, m, d, h, rng.randint(0, 59), tzinfo=WITA)
    plat = rng.choice(["facebook", "facebook", "telegram", "instagram", "website", "youtube"])
    title = " ".join(re.split(r"(?<=[.!?:])\s", text)[0].split()[:8]).rstrip(".,!?:") if plat in ("website", "youtube") else ""
    add(k, plat, text, when, "negative-unrelated", [], f"extra:U[{i}]", title=title)
out_of_set = "https://diskominfo.kalselprov.go.id/2026/11/19/diskominfo-kalsel-imbau-warga-waspadai-pesan-hadiah-palsu/"
add("kim-basirih-selatan", "facebook", "Hati-hati pesan hadiah palsu yang mengatasnamakan pemerintah, jangan klik tautannya. " + out_of_set,
    datetime(2026, 11, 20, 9, 15, tzinfo=WITA), "negative-unrelated", [], "build:out-of-set")
for i in range(29):
    k = KIMS[(i * 7) % 40][0]
    body = rng.choice(extra.U_BODY).format(n=rng.choice(["Ahmad", "Udin", "Salman", "Rahmat"]), m=rng.choice([5, 10, 15, 20]),
                                           e=rng.choice(["1.800", "1.900", "2.000"]), w=rng.choice(extra.U_NAMES))
    text = f"{rng.choice(extra.U_OPEN)} {body} ({KIM[k][3]})"
    when = START + timedelta(hours=rng.uniform(0, (END - START).total_seconds() / 3600))
    add(k, rng.choice(["facebook", "telegram", "instagram"]), text, when, "negative-unrelated", [], f"build:U-composed[{i}]")

# ---------------------------------------------------------------- write
POSTS.sort(key=lambda p: (p["when"], p["kim"], p["text"]))
ids = list(range(1, len(POSTS) + 1))
random.Random(SEED + 1).shuffle(ids)
for p, n in zip(POSTS, ids):
    p["id"] = f"h45-p{n:03d}"
    p["url"] = post_url(p["kim"], p["platform"], p["when"])


def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("announcements.jsonl", [{"id": "h45-" + a["id"], "source": a["src"], "url": a["url"], "title": a["title"], "text": a["body"],
                              "published_at": a["when"].isoformat()} for a in ANNS])
dump("posts.jsonl", [{"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"], "title": p["title"],
                      "text": p["text"], "published_at": p["when"].isoformat(), "links": p["links"]} for p in POSTS])
dump("labels.jsonl", [{"post": p["id"], "announcements": ["h45-" + g for g in p["gold"]], "style": p["style"]} for p in POSTS])
keymap = {}
for p in POSTS:
    e = {"key": p["key"], "style": p["style"], "gold": ["h45-" + g for g in p["gold"]]}
    for f, v in p["km"].items():
        e[f] = ["h45-" + x for x in v] if f == "imitates" else v
    keymap[p["id"]] = e
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, region, district, village in KIMS:
        f.write(f"- id: {k}\n  name: KIM {village}\n  region: {region}\n  district: {district}\n  village: {village}\n")
print(len(ANNS), "announcements,", len(POSTS), "posts")
