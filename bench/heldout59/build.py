#!/usr/bin/env python3
"""Generator of heldout59 (DP3A area: child forums and child-friendly villages, PUSPAGA, parenting classes, women's
business training, child-marriage prevention, victim-support services, trafficking prevention, children's rights days).

Reads the hand-written modules rel_a.py, rel_b.py, rel_c.py (releases with summaries, paraphrases, look-alikes, `before`
posts) and extra.py (unrelated posts, more look-alikes, more `before` posts, casual paraphrases, one-line summaries,
local round-up items), derives copy / excerpt / link / round-up posts by seeded transformations, shapes the posts per
platform, dates everything and writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json.
Deterministic: same seed, same bytes.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

import extra
import rel_a
import rel_b
import rel_c

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120759
rng = random.Random(SEED)
WITA = "+08:00"
LAST = datetime(2026, 12, 5, 22, 30)
FIRST = datetime(2026, 10, 20, 6, 0)

# ---------------------------------------------------------------- sources and their URL habits
SOURCES = {
    "dp3a-kalsel": ("DP3A Kalsel", "dp3a.kalselprov.go.id", "kabar-year"),
    "pemprov-kalsel": ("Pemprov Kalsel", "kalselprov.go.id", "warta-date"),
    "diskominfo-kalsel": ("Diskominfo Kalsel", "diskominfo.kalselprov.go.id", "wp"),
    "kemenag-kalsel": ("Kanwil Kemenag Kalsel", "kalsel.kemenag.go.id", "berita-year"),
    "polda-kalsel": ("Humas Polda Kalsel", "kalsel.polri.go.id", "rilis-num"),
    "pemkot-banjarmasin": ("Pemkot Banjarmasin", "banjarmasinkota.go.id", "ym-html"),
    "pemkot-banjarbaru": ("Pemkot Banjarbaru", "banjarbarukota.go.id", "wp"),
    "pemkab-banjar": ("Pemkab Banjar", "banjarkab.go.id", "indexphp"),
    "pemkab-tanah-laut": ("Pemkab Tanah Laut", "tanahlautkab.go.id", "berita"),
    "pemkab-kotabaru": ("Pemkab Kotabaru", "kotabarukab.go.id", "berita-num"),
    "pemkab-tanah-bumbu": ("Pemkab Tanah Bumbu", "tanahbumbukab.go.id", "news-date"),
    "pemkab-tapin": ("Pemkab Tapin", "tapinkab.go.id", "kabar-num"),
    "pemkab-hss": ("Pemkab HSS", "hulusungaiselatankab.go.id", "artikel"),
    "pemkab-hst": ("Pemkab HST", "hstkab.go.id", "post-num"),
    "pemkab-hsu": ("Pemkab HSU", "hulusungaiutarakab.go.id", "berita"),
    "pemkab-balangan": ("Pemkab Balangan", "balangankab.go.id", "detail"),
    "pemkab-tabalong": ("Pemkab Tabalong", "tabalongkab.go.id", "berita-ym"),
    "pemkab-batola": ("Pemkab Barito Kuala", "baritokualakab.go.id", "berita-numslug"),
}
WORDPRESS = {"wp"}


def slugify(title):
    s = title.lower().replace("%", " persen")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    words = s.split("-")
    return "-".join(words[:11])


def release_url(src, dt, slug):
    _, host, habit = SOURCES[src]
    num = rng.randint(2100, 9800)
    y, m, d = dt.year, dt.month, dt.day
    path = {
        "kabar-year": f"/kabar/{y}/{slug}",
        "warta-date": f"/warta/{y}/{m:02d}/{d:02d}/{slug}",
        "wp": f"/{y}/{m:02d}/{d:02d}/{slug}/",
        "berita-year": f"/berita/{y}/{slug}",
        "rilis-num": f"/rilis/{num}-{slug}",
        "ym-html": f"/{y}/{m:02d}/{slug}.html",
        "indexphp": f"/index.php/berita/{slug}",
        "berita": f"/berita/{slug}",
        "berita-num": f"/berita/{num}/{slug}",
        "news-date": f"/news/{y}-{m:02d}-{d:02d}-{slug}",
        "kabar-num": f"/kabar/{num}/{slug}",
        "artikel": f"/artikel/{slug}",
        "post-num": f"/post/{num}/{slug}",
        "detail": f"/berita/detail/{slug}",
        "berita-ym": f"/berita/{y}/{m:02d}/{slug}",
        "berita-numslug": f"/berita/{num}-{slug}",
    }[habit]
    return f"https://{host}{path}"


# ---------------------------------------------------------------- KIM registry
KIMS = [
    # id, region, district, village
    ("kim-teluk-dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam"),
    ("kim-pelambuan", "Kota Banjarmasin", "Banjarmasin Barat", "Pelambuan"),
    ("kim-basirih-selatan", "Kota Banjarmasin", "Banjarmasin Selatan", "Basirih Selatan"),
    ("kim-sungai-miai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Miai"),
    ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("kim-loktabat-selatan", "Kota Banjarbaru", "Banjarbaru Selatan", "Loktabat Selatan"),
    ("kim-sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar"),
    ("kim-sungai-paring", "Kabupaten Banjar", "Martapura", "Sungai Paring"),
    ("kim-mandiangin-timur", "Kabupaten Banjar", "Karang Intan", "Mandiangin Timur"),
    ("kim-pengaron", "Kabupaten Banjar", "Pengaron", "Pengaron"),
    ("kim-panggung", "Kabupaten Tanah Laut", "Pelaihari", "Panggung"),
    ("kim-bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati"),
    ("kim-kintap", "Kabupaten Tanah Laut", "Kintap", "Kintap"),
    ("kim-baharu-utara", "Kabupaten Kotabaru", "Pulau Laut Utara", "Baharu Utara"),
    ("kim-semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap"),
    ("kim-serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga"),
    ("kim-gunung-tinggi", "Kabupaten Tanah Bumbu", "Batulicin", "Gunung Tinggi"),
    ("kim-kota-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Kota Pagatan"),
    ("kim-satui-barat", "Kabupaten Tanah Bumbu", "Satui", "Satui Barat"),
    ("kim-rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung"),
    ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("kim-bakarangan", "Kabupaten Tapin", "Bakarangan", "Bakarangan"),
    ("kim-kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota"),
    ("kim-jambu-hilir", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Jambu Hilir"),
    ("kim-hamalau", "Kabupaten Hulu Sungai Selatan", "Sungai Raya", "Hamalau"),
    ("kim-barabai-timur", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Timur"),
    ("kim-hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan"),
    ("kim-pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan"),
    ("kim-sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang"),
    ("kim-paliwara", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Paliwara"),
    ("kim-danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
    ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("kim-batumandi", "Kabupaten Balangan", "Batumandi", "Batumandi"),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("kim-pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan"),
    ("kim-mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
    ("kim-tanjung-kota", "Kabupaten Tabalong", "Tanjung", "Tanjung"),
    ("kim-ulu-benteng", "Kabupaten Barito Kuala", "Marabahan", "Ulu Benteng"),
    ("kim-tabunganen-muara", "Kabupaten Barito Kuala", "Tabunganen", "Tabunganen Muara"),
    ("kim-handil-bakti", "Kabupaten Barito Kuala", "Alalak", "Handil Bakti"),
]
KIM = {k[0]: dict(id=k[0], region=k[1], district=k[2], village=k[3], name="KIM " + k[3]) for k in KIMS}
INACTIVE = ["kim-sungai-miai", "kim-sungai-besar", "kim-bakarangan", "kim-halong", "kim-serongga", "kim-satui-barat"]
SPECIAL = ["kim-hantakan", "kim-jambu-hilir", "kim-danau-panggang", "kim-tabunganen-muara"]
NORMAL = [k for k in KIM if k not in INACTIVE and k not in SPECIAL]
SHORT_REGION = {
    "Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
    "Kabupaten Tanah Laut": "TanahLaut", "Kabupaten Kotabaru": "Kotabaru", "Kabupaten Tanah Bumbu": "TanahBumbu",
    "Kabupaten Tapin": "Tapin", "Kabupaten Hulu Sungai Selatan": "HSS", "Kabupaten Hulu Sungai Tengah": "HST",
    "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Balangan": "Balangan", "Kabupaten Tabalong": "Tabalong",
    "Kabupaten Barito Kuala": "Batola",
}
for k in KIM.values():
    base = k["id"][4:]
    k["fb"] = rng.choice(["kim.", "kim", "infokim", "kim_"]) + base.replace("-", rng.choice(["", ".", "_"]))
    k["tg"] = "kim_" + base.replace("-", "_")
    k["ig"] = "kim." + base.replace("-", "")
    k["site"] = rng.choice(["kim-{}.desa.id", "kim{}.blogspot.com", "{}.kim.id", "kim{}.web.id"]).format(
        base.replace("-", "" if rng.random() < 0.5 else "-"))
    k["yt"] = "@KIM" + "".join(w.capitalize() for w in base.split("-"))

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
IGC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
tg_counter = {}


def post_url(kim, platform, dt, title):
    k = KIM[kim]
    if platform == "facebook":
        return f"https://www.facebook.com/{k['fb']}/posts/pfbid0" + "".join(rng.choice(B58) for _ in range(33))
    if platform == "telegram":
        tg_counter[kim] = tg_counter.get(kim, rng.randint(180, 900)) + rng.randint(1, 9)
        return f"https://t.me/{k['tg']}/{tg_counter[kim]}"
    if platform == "instagram":
        return "https://www.instagram.com/p/" + "".join(rng.choice(IGC) for _ in range(11)) + "/"
    if platform == "youtube":
        return "https://www.youtube.com/watch?v=" + "".join(rng.choice(IGC) for _ in range(11))
    return f"https://{k['site']}/{dt.year}/{dt.month:02d}/{slugify(title)[:60]}.html"


# ---------------------------------------------------------------- announcements
RELS = rel_a.R + rel_b.R + rel_c.R
ANN = {}
for r in RELS:
    dt = datetime.strptime(r["at"], "%Y-%m-%d %H:%M") + timedelta(seconds=rng.randint(0, 59))
    text = r["text"]
    text = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)  # releases use curly quotation marks
    r["dt"], r["text2"] = dt, text
    r["url"] = release_url(r["src"], dt, slugify(r["title"]))
    r["id"] = "h59-" + r["key"]
    ANN[r["key"]] = r

# ---------------------------------------------------------------- helpers
HASHTAGS = ["#KIM", "#Kalsel", "#InfoPublik", "#PerlindunganAnak", "#RamahAnak", "#PerempuanBerdaya", "#BanuaKita",
            "#StopKekerasan", "#HakAnak", "#KeluargaHebat", "#InfoDesa", "#KalselBabungah", "#SahabatAnak",
            "#CegahKawinAnak", "#PUSPAGA", "#ForumAnak", "#KIMKalsel", "#SebarkanKebaikan"]


def tags(n, region=None):
    out = rng.sample(HASHTAGS, n)
    if region and region in SHORT_REGION and rng.random() < 0.7:
        out[-1] = "#" + SHORT_REGION[region]
    return " ".join(out)


def kim_for(region, pool):
    """A KIM of ``region`` from ``pool`` (province-wide or no candidates: any KIM of the pool)."""
    cand = [k for k in pool if KIM[k]["region"] == region]
    return rng.choice(cand or pool)


def jitter(dt):
    return dt + timedelta(seconds=rng.randint(-900, 900))


def after(r, lo_h, hi_h):
    """A time lo_h..hi_h hours after release r, never later than LAST (and at least 12 minutes after)."""
    for _ in range(200):
        h = rng.uniform(lo_h, hi_h) if rng.random() < 0.5 else lo_h + (hi_h - lo_h) * rng.random() ** 2.2
        t = r["dt"] + timedelta(hours=h, seconds=rng.randint(0, 59))
        if t <= LAST and t >= r["dt"] + timedelta(minutes=12):
            return t
    return min(LAST, r["dt"] + timedelta(hours=3))


def paras(text):
    return text.split("\n\n")


def cut_words(s, n):
    """The words of ``s`` that fit in ``n`` characters."""
    if len(s) <= n:
        return s
    return s[:n].rsplit(" ", 1)[0].rstrip(",;:")


def sentence_case(title):
    """A title in lower case, keeping acronyms, numbers and proper names of places as they are."""
    out = []
    for i, w in enumerate(title.split()):
        keep = i == 0 or w.isupper() or any(c.isdigit() for c in w) or w in PROPER
        out.append(w if keep else w.lower())
    return " ".join(out)


PROPER = {"Kalsel", "Banjarmasin", "Banjarbaru", "Tapin", "Tabalong", "Kotabaru", "Barabai", "Batola", "Kandangan",
          "Amuntai", "Martapura", "Balangan", "Tanah", "Laut", "Bumbu", "Siring", "Pelabuhan", "Trisakti", "Batulicin",
          "Pasar", "Bauntung", "Batuah", "Induk", "Lapangan", "Pahlawan", "Pendopo", "Bupati", "Kemenag", "Polda",
          "Pemprov", "Forum", "Anak", "Daerah", "Kecamatan", "Musrenbang", "Banua", "Hari", "Sedunia", "Anugerah",
          "Parahita", "Ekapraya", "Pratama", "Desember", "November", "Januari", "Jumat", "Kelas", "Ayah", "Hebat",
          "Sekolah", "Pengasuhan", "Perempuan", "Berdaya", "Digital", "Inkubator", "Usaha", "Duta", "Cegah", "Kawin",
          "Taman", "Asuh", "Profil", "Gender", "Dialog", "Pulau", "Festival", "Hak", "Bazar", "Produk", "Orang", "Tua",
          "Remaja", "Layak", "Ruang", "Bermain", "Ramah", "Ambil", "Alih"}


def first_sentence(s):
    m = re.match(r"(.+?[.!?])(\s|$)", s)
    return m.group(1) if m else s


# copy habits
def swap_typo(text):
    words = [m for m in re.finditer(r"[A-Za-z]{6,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 3)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return text[:m.start()] + w2 + text[m.end():]


OPS = {
    "dash": lambda t: t.replace("\u2013", "-"),
    "straightq": lambda t: t.replace("\u201c", '"').replace("\u201d", '"'),
    "typo": swap_typo,
    "collapse": lambda t: t.replace("\n\n", " "),
    "droptag": lambda t: re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", t),
    "abbr": lambda t: re.sub(r"\byang\b", "yg", re.sub(r"\bdengan\b", "dgn", re.sub(r"\buntuk\b", "utk", t))),
}


def habits(text):
    ops = rng.sample(list(OPS), rng.choice([0, 1, 1, 2, 2, 3]))
    for op in ops:
        text = OPS[op](text)
    return text, ops


# link forms
def link_form(url, form, src):
    u = url
    if form == "http":
        u = u.replace("https://", "http://", 1)
    elif form == "www":
        u = u.replace("https://", "https://www.", 1)
    elif form == "m":
        u = u.replace("https://", "https://m.", 1)
    elif form == "slash":
        u = u[:-1] if u.endswith("/") else u + "/"
    elif form == "amp":
        u = u + "amp/" if u.endswith("/") else u + "/amp/"
    elif form == "utm":
        u = u + "?utm_source=" + rng.choice(["whatsapp", "facebook", "telegram"]) + "&utm_medium=social&utm_campaign=" + rng.choice(["kim", "rilis", "berbagi"])
    elif form == "fbclid":
        u = u + "?fbclid=IwAR" + "".join(rng.choice(IGC[:62]) for _ in range(24))
    elif form == "utmfb":
        u = u + "?utm_source=facebook&fbclid=IwZXh0" + "".join(rng.choice(IGC[:62]) for _ in range(20))
    elif form == "httpm":
        u = u.replace("https://", "http://m.", 1)
    elif form == "wwwbare":
        u = u.replace("https://", "www.", 1)
    return u


# ---------------------------------------------------------------- posts
POSTS = []  # dicts: kim, platform, title, text, dt, links, gold, style, meta


def add(kim, platform, text, dt, style, gold, title="", links=None, **meta):
    if platform in ("website", "youtube") and not title:
        title = cut_words(first_sentence(text), 90).rstrip(".") if text else "Info"
    if dt < FIRST:
        dt = FIRST + timedelta(minutes=rng.randint(0, 600))
    if dt.hour < 6:  # people post in the day: night times move to the morning (before posts: to the evening before)
        if style == "before":
            dt = (dt - timedelta(days=1)).replace(hour=rng.randint(20, 22))
        else:
            dt = dt.replace(hour=rng.randint(6, 8))
    links = list(links or [])
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text):
        u = u.rstrip(".,;:!?")
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, title=title if platform in ("website", "youtube") else "",
                      text=text, dt=dt, links=links, gold=gold, style=style, meta=meta))


keys = sorted(ANN)

# ---- copy (30)
copy_keys = rng.sample(keys, 30)
copy_shapes = ["wa"] * 6 + ["web"] * 6 + ["fbgreet"] * 6 + ["tgfwd"] * 6 + ["ig"] * 6
rng.shuffle(copy_shapes)
WA_HEAD = ["*BERITA PENTING*", "\U0001F4E2 *INFO RESMI* \U0001F4E2", "*MOHON DISEBARKAN*", "*INFO KELUARGA & ANAK*"]
WA_TAIL = ["_Diteruskan dari grup Info Warga {v}_", "Forward dari grup sebelah \U0001F447", "_Semoga bermanfaat_",
           "_Dari grup Ibu-Ibu PKK {v}_"]
GREET = ["Assalamualaikum dangsanak, berikut info dari {s}:", "Selamat pagi warga {v}, kami bagikan rilis {s} hari ini.",
         "Info penting dari {s}, silakan dibaca sampai habis \U0001F447", "Salam sehat, bubuhan {v}. Ada kabar dari {s}:"]
for key, shape in zip(copy_keys, copy_shapes):
    r = ANN[key]
    kim = kim_for(r["region"], NORMAL)
    k = KIM[kim]
    body, ops = habits(r["text2"])
    src_name = SOURCES[r["src"]][0]
    title = ""
    if shape == "wa":
        platform = rng.choice(["facebook", "telegram"])
        text = f"{rng.choice(WA_HEAD)}\n\n*{r['title']}*\n\n{body}\n\n" + rng.choice(WA_TAIL).format(v=k["village"])
    elif shape == "web":
        platform = "website"
        title = r["title"]
        tail = rng.choice(["url", "bare", "name"])
        srcline = {"url": r["url"], "bare": SOURCES[r["src"]][1], "name": src_name}[tail]
        text = f"Oleh Admin {k['name']} \u00b7 {rng.randint(0, 14)} Komentar\n\n{body}\n\nSumber: {srcline}"
    elif shape == "fbgreet":
        platform = "facebook"
        text = rng.choice(GREET).format(s=src_name, v=k["village"]) + "\n\n" + body + f"\n\nSalam KIM {k['village']} \U0001F64F"
    elif shape == "tgfwd":
        platform = "telegram"
        text = f"Forwarded from Info {SHORT_REGION.get(r['region'], 'Kalsel')}\n{r['title'].upper()}\n\n{body}"
    else:
        platform = "instagram"
        text = f"\U0001F4CC {r['title']}\n\n{body}\n\n{tags(rng.randint(4, 6), r['region'])}"
    add(kim, platform, text, after(r, 0.25, 40), "copy", [key], title=title, shape="copy-" + shape, ops=ops)

# ---- excerpt (34)
exc_keys = rng.sample(keys, 34)
exc_shapes = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["ytlead"] * 5 + ["webquote"] * 5 + ["fbintro"] * 6
rng.shuffle(exc_shapes)
INTRO = ["Kabar terbaru untuk warga, dikutip dari rilis resmi:", "Bagi yang belum baca, ini beritanya \U0001F447",
         "Info dari pemerintah daerah, mohon dibaca:", "Potongan berita hari ini:"]
OUTRO = ["Semoga bermanfaat.", "Silakan dibagikan ke keluarga.", "Baca lengkapnya di laman resmi.",
         "Ada pertanyaan? Tulis di kolom komentar."]
for key, shape in zip(exc_keys, exc_shapes):
    r = ANN[key]
    p = paras(r["text2"])
    pool = NORMAL
    kim = kim_for(r["region"], pool)
    title = ""
    if shape == "tgtrunc":
        platform = "telegram"
        lim = rng.randint(150, 220)
        cut = p[0][:lim]
        cut = cut[:cut.rfind(" ")].rstrip(",;:")
        text = f"{r['title']}\n\n{cut}\u2026"
    elif shape == "fbmore":
        platform = "facebook"
        w = p[1].split()
        text = p[0] + "\n\n" + " ".join(w[:rng.randint(8, 14)]) + "... Lihat selengkapnya"
    elif shape == "iglead":
        platform = "instagram"
        text = p[0] + "\n\n" + tags(rng.randint(4, 7), r["region"])
    elif shape == "ytlead":
        platform = "youtube"
        title = "VIDEO | " + r["title"]
        text = p[0] + "\n\n00:00 Pembukaan\n00:" + f"{rng.randint(20, 50)}" + " Suasana kegiatan\n0" + \
            f"{rng.randint(1, 3)}:{rng.randint(10, 59)} Wawancara\n0{rng.randint(4, 6)}:{rng.randint(10, 59)} Penutup"
    elif shape == "webquote":
        platform = "website"
        title = "Kutipan Pekan Ini: " + r["title"]
        text = "Kutipan Pekan Ini\n\n" + p[1] + f"\n\n\u2014 dari rilis {SOURCES[r['src']][0]}"
    else:
        platform = "facebook"
        text = rng.choice(INTRO) + "\n\n" + p[0] + "\n\n" + p[1] + "\n\n" + rng.choice(OUTRO)
    add(kim, platform, text, after(r, 0.2, 60), "excerpt", [key], title=title, shape=shape)

# ---- link (36)
link_keys = keys[:] + rng.sample(keys, 36 - len(keys)) if len(keys) < 36 else rng.sample(keys, 36)
link_shapes = ["fbshare"] * 8 + ["fbcomment"] * 7 + ["tgtitle"] * 7 + ["ytfull"] * 7 + ["webmore"] * 7
rng.shuffle(link_shapes)
forms = ["exact"] * 4 + ["http"] * 5 + ["www"] * 4 + ["m"] * 4 + ["slash"] * 3 + ["utm"] * 4 + ["fbclid"] * 4 + \
    ["utmfb"] * 2 + ["httpm"] * 3 + ["wwwbare"] * 3
rng.shuffle(forms)
COMMENT = ["Mohon dibaca, penting untuk keluarga kita.", "Info bagus, silakan disimak.", "Bagikan ke grup RT ya.",
           "Kabar baik dari pemerintah daerah \U0001F44D", "Untuk ayah bunda, baca ini.", "Semoga bermanfaat dangsanak."]
amp_budget = 4
for i, (key, shape) in enumerate(zip(link_keys, link_shapes)):
    r = ANN[key]
    form = forms[i]
    if SOURCES[r["src"]][2] in WORDPRESS and amp_budget and rng.random() < 0.8:
        form, amp_budget = "amp", amp_budget - 1
    if shape == "fbshare" and form == "wwwbare":
        form = "www"
    u = link_form(r["url"], form, r["src"])
    kim = kim_for(r["region"], NORMAL)
    title = ""
    links = []
    if shape == "fbshare":
        platform = "facebook"
        text = rng.choice(COMMENT) + "\n\n" + SOURCES[r["src"]][1].upper() + "\n" + r["title"]
        links = [u]
    elif shape == "fbcomment":
        platform = "facebook"
        text = rng.choice(COMMENT) + " " + u
    elif shape == "tgtitle":
        platform = "telegram"
        text = "\U0001F4F0 " + r["title"] + "\n" + u
    elif shape == "ytfull":
        platform = "youtube"
        title = r["title"] + " | " + KIM[kim]["name"]
        text = first_sentence(paras(r["text2"])[0]) + "\n\nBerita lengkap: " + u
    else:
        platform = "website"
        title = r["title"]
        text = first_sentence(paras(r["text2"])[0]) + "\n\nBaca selengkapnya: " + u
    add(kim, platform, text, after(r, 0.2, 80), "link", [key], title=title, links=links, shape=shape, form=form)

# remaining WordPress amp forms if unused: nothing to do (they stay other forms)

# ---- summaries: short S (40), long L, one-liners S2
for r in RELS:
    key = r["key"]
    kim = kim_for(r["region"], NORMAL)
    how = rng.choice(["fb", "fb", "tg", "ig", "wa"])
    s = r["S"]
    if how == "fb":
        add(kim, "facebook", s, after(r, 1, 110), "summary", [key], shape="short-fb")
    elif how == "tg":
        add(kim, "telegram", s, after(r, 0.5, 90), "summary", [key], shape="short-tg")
    elif how == "ig":
        add(kim, "instagram", s + "\n\n" + tags(3, r["region"]), after(r, 1, 110), "summary", [key], shape="short-ig")
    else:
        add(kim, rng.choice(["facebook", "telegram"]), "*INFO*\n" + s + "\n_Mohon disebarkan_", after(r, 1, 90),
            "summary", [key], shape="short-wa")
long_shapes = ["fb", "web", "yt", "ig"] * 3
for r, how in zip([x for x in RELS if x.get("L")], long_shapes):
    key = r["key"]
    kim = kim_for(r["region"], NORMAL)
    L = r["L"]
    if how == "fb":
        add(kim, "facebook", L, after(r, 2, 140), "summary", [key], shape="long-fb")
    elif how == "web":
        add(kim, "website", L, after(r, 3, 160), "summary", [key], title=r["title"].split(",")[0], shape="long-web")
    elif how == "yt":
        text = "Liputan: " + L + "\n\n00:00 Pembuka\n00:40 Liputan\n02:15 Wawancara warga"
        add(kim, "youtube", text, after(r, 4, 160), "summary", [key], title="Liputan KIM: " + r["title"], shape="long-yt")
    else:
        add(kim, "instagram", L + "\n\n" + tags(12, r["region"]), after(r, 2, 140), "summary", [key], shape="long-ig")
for key, text, platform in extra.S2:
    r = ANN[key]
    add(kim_for(r["region"], NORMAL), platform, text, after(r, 0.3, 8), "summary", [key], shape="oneline-" + platform)

# ---- paraphrases: Banjar P (40) and casual P2 (4)
special_of = {}
for k in SPECIAL:
    special_of.setdefault(KIM[k]["region"], []).append(k)
given = set()
for r in RELS:
    key = r["key"]
    sp = special_of.get(r["region"])
    if sp and (r["region"] not in given or rng.random() < 0.5):  # each special KIM paraphrases its kabupaten's first release
        kim = rng.choice(sp)
        given.add(r["region"])
    else:
        kim = kim_for(r["region"], NORMAL + SPECIAL)
    platform = rng.choice(["facebook", "facebook", "facebook", "instagram", "telegram"])
    add(kim, platform, r["P"], after(r, 0.5, 30), "paraphrase", [key], shape="banjar-" + platform)
for key, text, platform in extra.P2:
    r = ANN[key]
    add(kim_for(r["region"], NORMAL), platform, text, after(r, 1, 40), "paraphrase", [key], shape="casual")

# ---- round-ups (26, 60 pairs)
LAYOUTS = ["oneline"] * 5 + ["bullets"] * 5 + ["numbered"] * 4 + ["prose"] * 4 + ["ytchap"] * 4 + ["pekan"] * 4
rng.shuffle(LAYOUTS)
sizes = [3] * 8 + [2] * 18
rng.shuffle(sizes)
local_flags = [True] * 10 + [False] * 16
rng.shuffle(local_flags)
rp_kims = SPECIAL * 2 + rng.sample(NORMAL, 18)
rng.shuffle(rp_kims)
by_time = sorted(RELS, key=lambda x: x["dt"])
used_sets = set()


def item_text(r):
    c = rng.random()
    if c < 0.35:
        return r["title"]
    if c < 0.6:
        return sentence_case(r["title"])
    return first_sentence(r["S"])


for n, layout, local, kim in zip(sizes, LAYOUTS, local_flags, rp_kims):
    for _ in range(500):
        when = datetime(2026, 11, 4) + timedelta(hours=rng.uniform(0, 31 * 24))
        if when > LAST:
            continue
        cand = [r for r in by_time if timedelta(hours=2) <= when - r["dt"] <= timedelta(days=10)]
        if len(cand) >= n:
            pick = sorted(rng.sample(cand, n), key=lambda x: x["dt"])
            ks = tuple(r["key"] for r in pick)
            if ks not in used_sets:
                used_sets.add(ks)
                break
    items = [item_text(r) for r in pick]
    loc = rng.choice(extra.LOCAL) if local else None
    allitems = items + ([loc] if loc else [])
    k = KIM[kim]
    title = ""
    if layout == "oneline":
        platform = "facebook"
        text = "KILAS PEKAN | " + " | ".join(i.rstrip(".") for i in allitems) + " |"
    elif layout == "bullets":
        platform = rng.choice(["facebook", "telegram"])
        text = f"Rangkuman info sepekan dari {k['name']}:\n" + "\n".join("\u2022 " + i for i in allitems)
    elif layout == "numbered":
        platform = rng.choice(["facebook", "telegram"])
        text = "Berita pilihan minggu ini:\n" + "\n".join(f"{j + 1}. {i}" for j, i in enumerate(allitems))
    elif layout == "prose":
        platform = "website"
        title = f"Rangkuman Kabar Sepekan {k['name']}"
        text = "Sepekan terakhir ada beberapa kabar yang perlu diketahui warga. " + " Selain itu, ".join(
            i.rstrip(".") + "." for i in allitems)
    elif layout == "ytchap":
        platform = "youtube"
        title = f"Kabar Banua Sepekan | {k['name']}"
        text = "Rangkuman berita pekan ini.\n\n" + "\n".join(
            f"0{j}:{rng.randint(10, 59)} {i.rstrip('.')}" for j, i in enumerate(allitems))
    else:
        platform = rng.choice(["facebook", "instagram"])
        text = "\U0001F4CB RANGKUMAN PEKAN INI \u2705\n\n" + "\n".join("\u25AA\uFE0F " + i for i in allitems) + \
            ("\n\n" + tags(4, k["region"]) if platform == "instagram" else "")
    dt = when + timedelta(seconds=rng.randint(0, 3599))
    add(kim, platform, text, dt, "roundup", list(ks), title=title, shape="roundup-" + layout, local=loc)

# ---- look-alikes (negative-topic)
RESHAPE = ["wa", "ig", "yt", "web"]


def reshape_neg(text, kim, platform):
    """About a fifth of Facebook look-alikes are re-shaped as another platform's habit."""
    if platform != "facebook" or rng.random() > 0.22:
        return text, platform, "", "plain"
    how = rng.choice(RESHAPE)
    k = KIM[kim]
    if how == "wa":
        return (f"*BERITA PENTING*\n\n{text}\n\n_Diteruskan dari grup Warga {k['village']}_", "facebook", "", "wa")
    if how == "ig":
        return (text + "\n\n" + tags(rng.randint(3, 6), k["region"]), "instagram", "", "ig")
    if how == "yt":
        return (text + "\n\n00:00 Pembuka\n00:35 Liputan\n01:50 Penutup", "youtube",
                "KABAR KAMPUNG | " + cut_words(first_sentence(text), 70).rstrip("."), "yt")
    return (text, "website", cut_words(first_sentence(text), 80).rstrip("."), "web")


def neg_time(r, days):
    t = r["dt"] + timedelta(days=days) + timedelta(seconds=rng.randint(-1200, 1200))
    return min(t, LAST - timedelta(minutes=rng.randint(5, 300)))


for r in RELS:
    for i, (text, differs, days, kim, platform) in enumerate(r["N"]):
        kim = kim or kim_for(r["region"], list(KIM))
        platform = platform or rng.choice(["facebook"] * 5 + ["telegram", "instagram"])
        text2, platform, title, shaped = reshape_neg(text, kim, platform)
        add(kim, platform, text2, neg_time(r, days), "negative-topic", [], title=title,
            key=f"rel:{r['key']}:N{i + 1}", imitates=[r["id"]], differs=differs, shape=shaped)
for i, (key, text, differs, days, kim, platform, links) in enumerate(extra.N2):
    r = ANN[key]
    kim = kim or kim_for(r["region"], list(KIM))
    add(kim, platform or "facebook", text, neg_time(r, days), "negative-topic", [], links=links,
        key=f"extra:N2[{i}]", imitates=[r["id"]], differs=differs, shape="plain")

# ---- before
for r in RELS:
    for i, (text, differs, hours, kim) in enumerate(r.get("B", [])):
        kim = kim or kim_for(r["region"], list(KIM))
        dt = r["dt"] - timedelta(hours=hours, seconds=rng.randint(60, 1500))
        add(kim, rng.choice(["facebook"] * 4 + ["telegram"]), text, dt, "before", [],
            key=f"rel:{r['key']}:B{i + 1}", imitates=[r["id"]], differs=differs)
for i, (key, text, differs, hours, kim) in enumerate(extra.B2):
    r = ANN[key]
    dt = r["dt"] - timedelta(hours=hours, seconds=rng.randint(60, 1500))
    add(kim, "facebook", text, dt, "before", [], key=f"extra:B2[{i}]", imitates=[r["id"]], differs=differs)

# ---- unrelated
for i, (text, region, platform, links) in enumerate(extra.U):
    kim = kim_for(region, list(KIM)) if region else rng.choice(list(KIM))
    dt = FIRST + timedelta(hours=rng.uniform(8, (LAST - FIRST).total_seconds() / 3600 - 2))
    if links:  # the out-of-set Diskominfo article of 21 Nov is shared after it appeared
        dt = datetime(2026, 11, 21, 13, 0) + timedelta(hours=rng.uniform(1, 60))
    add(kim, platform or rng.choice(["facebook"] * 5 + ["instagram"]), text, dt, "negative-unrelated", [],
        links=links, key=f"extra:U[{i}]")

# ---------------------------------------------------------------- ids, order, files
POSTS.sort(key=lambda p: p["dt"])
ids = [f"h59-p{i:03d}" for i in range(1, len(POSTS) + 1)]
random.Random(SEED + 1).shuffle(ids)
for p, pid in zip(POSTS, ids):
    p["id"] = pid
    p["url"] = post_url(p["kim"], p["platform"], p["dt"], p["title"] or p["text"][:50])

counter = {}
keymap = {}
for p in POSTS:
    st = p["style"]
    m = p["meta"]
    if "key" not in m:
        counter[st] = counter.get(st, 0) + 1
        if st == "roundup":
            m["key"] = f"auto:roundup:{counter[st]}"
        else:
            m["key"] = f"auto:{st}:{p['gold'][0] if p['gold'] else ''}:{counter[st]}"
    entry = {"key": m["key"], "style": st, "gold": ["h59-" + g for g in p["gold"]]}
    for f in ("shape", "ops", "form", "local", "imitates", "differs"):
        if m.get(f) not in (None, [], ""):
            entry[f] = m[f]
    keymap[p["id"]] = entry


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + WITA


with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for r in sorted(RELS, key=lambda x: x["key"]):
        f.write(json.dumps({"id": r["id"], "source": r["src"], "url": r["url"], "title": r["title"],
                            "text": r["text2"], "published_at": iso(r["dt"])}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f, \
        open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as g:
    for p in POSTS:
        f.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"],
                            "title": p["title"], "text": p["text"], "published_at": iso(p["dt"]),
                            "links": p["links"]}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"post": p["id"], "announcements": ["h59-" + x for x in p["gold"]],
                            "style": p["style"]}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS:
        d = KIM[k[0]]
        f.write(f"- id: {d['id']}\n  name: {d['name']}\n  region: {d['region']}\n  district: {d['district']}\n"
                f"  village: {d['village']}\n")
print(f"{len(RELS)} announcements, {len(POSTS)} posts")
