#!/usr/bin/env python3
"""Generator of heldout50 (ESDM area). Deterministic: fixed seed, no clock, no network.

Reads the hand-written modules anns_a.py, anns_b.py, anns_c.py (releases with their own-words posts
and look-alikes) and extra.py (unrelated posts, more `before` posts, casual paraphrases, local
round-up items); writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

import anns_a
import anns_b
import anns_c
import extra

SEED = 2026120750
HERE = os.path.dirname(os.path.abspath(__file__))
P = "h50"
WITA = "+08:00"
LAST = datetime(2026, 12, 5, 21, 30)
FIRST = datetime(2026, 10, 20, 6, 0)

R = random.Random(SEED)

# ---------------------------------------------------------------- KIM registry
# (id, village, kecamatan, region code); role: "" active, "inactive", "special"
REGION_NAME = {
    "bjm": "Kota Banjarmasin", "bjb": "Kota Banjarbaru", "bjr": "Kabupaten Banjar", "tala": "Kabupaten Tanah Laut",
    "ktb": "Kabupaten Kotabaru", "tanbu": "Kabupaten Tanah Bumbu", "blg": "Kabupaten Balangan",
    "tbl": "Kabupaten Tabalong", "hss": "Kabupaten Hulu Sungai Selatan", "hst": "Kabupaten Hulu Sungai Tengah",
    "hsu": "Kabupaten Hulu Sungai Utara", "tpn": "Kabupaten Tapin", "btl": "Kabupaten Barito Kuala",
}
SHORT_REGION = {
    "bjm": "Banjarmasin", "bjb": "Banjarbaru", "bjr": "Banjar", "tala": "Tanah Laut", "ktb": "Kotabaru",
    "tanbu": "Tanah Bumbu", "blg": "Balangan", "tbl": "Tabalong", "hss": "HSS", "hst": "HST", "hsu": "HSU",
    "tpn": "Tapin", "btl": "Batola",
}
KIMS = [
    ("kim-pelambuan", "Pelambuan", "Banjarmasin Barat", "bjm", ""),
    ("kim-kelayan-timur", "Kelayan Timur", "Banjarmasin Selatan", "bjm", ""),
    ("kim-alalak-selatan", "Alalak Selatan", "Banjarmasin Utara", "bjm", ""),
    ("kim-sungai-lulut", "Sungai Lulut", "Banjarmasin Timur", "bjm", "inactive"),
    ("kim-guntung-payung", "Guntung Payung", "Landasan Ulin", "bjb", ""),
    ("kim-bangkal", "Bangkal", "Cempaka", "bjb", "inactive"),
    ("kim-kemuning", "Kemuning", "Banjarbaru Selatan", "bjb", ""),
    ("kim-pengaron", "Pengaron", "Pengaron", "bjr", ""),
    ("kim-sungai-batang", "Sungai Batang", "Martapura Barat", "bjr", ""),
    ("kim-mandikapau-barat", "Mandikapau Barat", "Karang Intan", "bjr", ""),
    ("kim-asam-asam", "Asam Asam", "Jorong", "tala", "inactive"),
    ("kim-tabanio", "Tabanio", "Takisung", "tala", ""),
    ("kim-sungai-riam", "Sungai Riam", "Pelaihari", "tala", ""),
    ("kim-stagen", "Stagen", "Pulau Laut Utara", "ktb", ""),
    ("kim-hampang", "Hampang", "Hampang", "ktb", ""),
    ("kim-sungai-bali", "Sungai Bali", "Pulau Sebuku", "ktb", ""),
    ("kim-sebamban-baru", "Sebamban Baru", "Sungai Loban", "tanbu", ""),
    ("kim-sungai-danau", "Sungai Danau", "Satui", "tanbu", "inactive"),
    ("kim-pagatan-besar", "Pagatan Besar", "Kusan Hilir", "tanbu", ""),
    ("kim-juai", "Juai", "Juai", "blg", ""),
    ("kim-paringin-timur", "Paringin Timur", "Paringin", "blg", ""),
    ("kim-halong", "Halong", "Halong", "blg", ""),
    ("kim-mabuun", "Mabuun", "Murung Pudak", "tbl", ""),
    ("kim-bintang-ara", "Bintang Ara", "Bintang Ara", "tbl", ""),
    ("kim-jaro", "Jaro", "Jaro", "tbl", "inactive"),
    ("kim-kandangan-barat", "Kandangan Barat", "Kandangan", "hss", ""),
    ("kim-loksado", "Loksado", "Loksado", "hss", ""),
    ("kim-angkinang", "Angkinang", "Angkinang", "hss", "inactive"),
    ("kim-barabai-timur", "Barabai Timur", "Barabai", "hst", ""),
    ("kim-pandawan", "Pandawan", "Pandawan", "hst", ""),
    ("kim-hantakan", "Hantakan", "Hantakan", "hst", "special"),
    ("kim-sungai-malang", "Sungai Malang", "Amuntai Tengah", "hsu", ""),
    ("kim-paminggir", "Paminggir", "Paminggir", "hsu", ""),
    ("kim-danau-panggang", "Danau Panggang", "Danau Panggang", "hsu", "special"),
    ("kim-binuang", "Binuang", "Binuang", "tpn", ""),
    ("kim-hatungun", "Hatungun", "Hatungun", "tpn", "special"),
    ("kim-rantau-kanan", "Rantau Kanan", "Tapin Utara", "tpn", ""),
    ("kim-marabahan-kota", "Marabahan Kota", "Marabahan", "btl", ""),
    ("kim-anjir-pasar-kota", "Anjir Pasar Kota", "Anjir Pasar", "btl", ""),
    ("kim-tabunganen-muara", "Tabunganen Muara", "Tabunganen", "btl", "special"),
]
KIM = {k[0]: dict(id=k[0], village=k[1], district=k[2], region=k[3], role=k[4]) for k in KIMS}
INACTIVE = [k for k, v in KIM.items() if v["role"] == "inactive"]
SPECIAL = [k for k, v in KIM.items() if v["role"] == "special"]
ACTIVE_PLAIN = [k for k, v in KIM.items() if v["role"] == ""]


def handle(kim_id):
    return kim_id.replace("kim-", "kim").replace("-", "")


# ---------------------------------------------------------------- sources and their URL habits
SOURCES = {
    # source: (region, site name, host, habit)
    "esdm-kalsel": (None, "Dinas ESDM Kalsel", "esdm.kalselprov.go.id", "kabar-html"),
    "diskominfo-kalsel": (None, "Diskominfo Kalsel", "diskominfo.kalselprov.go.id", "wp"),
    "pemprov-kalsel": (None, "Pemprov Kalsel", "kalselprov.go.id", "berita-slug"),
    "dkp-kalsel": (None, "DKP Kalsel", "dkp.kalselprov.go.id", "indexphp"),
    "distanbun-kalsel": (None, "Distanbun Kalsel", "distanbun.kalselprov.go.id", "post-slug"),
    "pemkot-banjarmasin": ("bjm", "Pemkot Banjarmasin", "banjarmasinkota.go.id", "berita-ym"),
    "pemkot-banjarbaru": ("bjb", "Pemkot Banjarbaru", "banjarbarukota.go.id", "wp"),
    "pemkab-banjar": ("bjr", "Pemkab Banjar", "banjarkab.go.id", "wp-ym"),
    "pemkab-tanah-laut": ("tala", "Pemkab Tanah Laut", "tanahlautkab.go.id", "berita-slug"),
    "pemkab-kotabaru": ("ktb", "Pemkab Kotabaru", "kotabarukab.go.id", "berita-num"),
    "pemkab-tanbu": ("tanbu", "Pemkab Tanah Bumbu", "tanahbumbukab.go.id", "news"),
    "pemkab-balangan": ("blg", "Pemkab Balangan", "balangankab.go.id", "detail"),
    "pemkab-tabalong": ("tbl", "Pemkab Tabalong", "tabalongkab.go.id", "post-num"),
    "pemkab-hss": ("hss", "Pemkab HSS", "hulusungaiselatankab.go.id", "html"),
    "pemkab-hst": ("hst", "Pemkab HST", "hstkab.go.id", "web-num"),
    "pemkab-hsu": ("hsu", "Pemkab HSU", "hsu.go.id", "artikel"),
    "pemkab-tapin": ("tpn", "Pemkab Tapin", "tapinkab.go.id", "read"),
    "pemkab-batola": ("btl", "Pemkab Barito Kuala", "baritokualakab.go.id", "berita-slug"),
}
WORDPRESS = {"wp", "wp-ym"}


def slugify(title, words=9):
    t = re.sub(r"[^a-z0-9 ]", " ", title.lower().replace(",", " "))
    return "-".join(t.split()[:words])


def source_url(source, title, when, num):
    _, _, host, habit = SOURCES[source]
    slug = slugify(title)
    y, m, d = when.strftime("%Y"), when.strftime("%m"), when.strftime("%d")
    paths = {
        "kabar-html": f"/kabar/{num}/{slug}.html",
        "wp": f"/{y}/{m}/{d}/{slug}/",
        "wp-ym": f"/{y}/{m}/{slug}/",
        "berita-slug": f"/berita/{slug}",
        "indexphp": f"/index.php/artikel/{num}/{slug}",
        "post-slug": f"/post/{slug}",
        "berita-ym": f"/berita/{y}/{m}/{slug}",
        "berita-num": f"/berita/{num}/{slug}",
        "news": f"/news/{slug}",
        "detail": f"/berita/detail/{slug}",
        "post-num": f"/post/{num}/{slug}",
        "html": f"/berita/{slug}.html",
        "web-num": f"/web/berita/{num}/{slug}",
        "artikel": f"/artikel/{slug}",
        "read": f"/berita/read/{num}",
    }
    return "https://" + host + paths[habit]


def parse(s):
    return datetime.fromisoformat(s)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + WITA


# ---------------------------------------------------------------- announcements
ANNS = sorted(anns_a.ANNS + anns_b.ANNS + anns_c.ANNS, key=lambda a: a["id"])
A = {}
for i, a in enumerate(ANNS):
    a = dict(a)
    a["when"] = parse(a["published"])
    a["region"] = SOURCES[a["source"]][0]
    a["site"] = SOURCES[a["source"]][1]
    a["url"] = source_url(a["source"], a["title"], a["when"], 4100 + 37 * i + R.randint(0, 30))
    A[a["id"]] = a
ANNS = [A[a["id"]] for a in ANNS]


def aid(x):
    return f"{P}-{x}"


# ---------------------------------------------------------------- helpers
POSTS = []


def add(style, gold, kim, platform, text, when, title="", links=None, **meta):
    POSTS.append(dict(style=style, gold=list(gold), kim=kim, platform=platform, text=text.strip(),
                      title=title, when=when, links=list(links or []), meta=meta))


def clamp(dt):
    return min(max(dt, FIRST), LAST)


def delay_after(ann_when, rng):
    """A gold post's time: 12 minutes to ~18 days after the release, median about a day; never after LAST."""
    u = rng.random()
    if u < 0.22:
        mins = rng.uniform(12, 180)
    elif u < 0.55:
        mins = rng.uniform(180, 24 * 60)
    elif u < 0.82:
        mins = rng.uniform(24 * 60, 4 * 24 * 60)
    else:
        mins = rng.uniform(4 * 24 * 60, 18 * 24 * 60)
    t = ann_when + timedelta(minutes=mins)
    if t > LAST:
        room = (LAST - ann_when).total_seconds() / 60
        t = ann_when + timedelta(minutes=rng.uniform(12, max(13, room)))
    return t.replace(second=rng.randint(0, 59))


def first_sentence(text):
    return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]


def paras(text):
    return [p for p in text.split("\n\n") if p.strip()]


def drop_tag(text):
    return re.sub(r"\s*\([^()]*\)\s*$", "", text)


HASHTAGS = ["#KIMKalsel", "#InfoDesa", "#ESDMKalsel", "#EnergiUntukBanua", "#KalselMaju", "#Banua", "#KabarDesa",
            "#InfoPublik", "#Kalsel", "#BijakEnergi", "#KIMBerbagi", "#WargaCerdas", "#EnergiDesa", "#InfoTerkini"]


def tags(n, rng, extra_tags=()):
    pool = list(extra_tags) + rng.sample(HASHTAGS, len(HASHTAGS))
    seen = []
    for t in pool:
        if t not in seen:
            seen.append(t)
    return " ".join(seen[:n])


def region_tag(region):
    return "#" + SHORT_REGION.get(region, "Kalsel").replace(" ", "") if region else "#Kalsel"


# copy habits
def op_dash(t, rng):
    return t.replace(" \u2013 ", " - ").replace("\u2013", "-")


def op_quotes(t, rng):
    return t.replace("\u201c", '"').replace("\u201d", '"')


def op_typo(t, rng):
    words = t.split(" ")
    idx = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 6]
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def op_collapse(t, rng):
    return re.sub(r"\n\n+", " ", t)


def op_droptag(t, rng):
    return drop_tag(t)


def op_abbrev(t, rng):
    for a, b in ((" yang ", " yg "), (" dengan ", " dgn "), (" untuk ", " utk "), (" tidak ", " tdk ")):
        t = t.replace(a, b)
    return t


OPS = {"dash": op_dash, "quotes": op_quotes, "typo": op_typo, "collapse": op_collapse, "droptag": op_droptag,
       "abbrev": op_abbrev}


def dateline_kim(t, kim):
    return re.sub(r"^([A-Z]+) \u2013", lambda m: f"{m.group(1)} (KIM {KIM[kim]['village']}) \u2013", t, count=1)


# URL forms for link posts
def url_form(url, form, source):
    host_path = url.split("://", 1)[1]
    if form == "exact":
        return url
    if form == "http":
        return "http://" + host_path
    if form == "www":
        return "https://www." + host_path
    if form == "m":
        return "https://m." + host_path
    if form == "slash":
        return url[:-1] if url.endswith("/") else url + "/"
    if form == "amp":
        if SOURCES[source][3] in WORDPRESS:
            return url + "amp/"
        return url + "?utm_source=wa"
    if form == "utm":
        return url + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return url + "?fbclid=IwAR0" + "".join(R.choice("abcdefghijkLMNOPQ0123456789") for _ in range(22))
    if form == "utm+fbclid":
        return url + "?utm_source=fb&fbclid=IwZXh0" + "".join(R.choice("abcdefXYZ0123456789") for _ in range(18))
    if form == "http-m":
        return "http://m." + host_path
    if form == "www-noscheme":
        return "www." + host_path
    raise ValueError(form)


LINK_FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utm+fbclid", "http-m", "www-noscheme"]
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def found_links(text):
    return [u.rstrip(".,;:!?") for u in URL_RE.findall(text)]


# ---------------------------------------------------------------- positives: copy
def region_kims(region, roles=("",)):
    return [k for k, v in KIM.items() if v["region"] == region and v["role"] in roles]


def pick_plain_kim(a, rng):
    if a["region"]:
        return rng.choice(region_kims(a["region"]))
    return rng.choice(ACTIVE_PLAIN)


def spread(n, rng):
    """n announcement ids, every release at most ceil(n/40)+… times, seeded."""
    ids = [a["id"] for a in ANNS]
    out = []
    while len(out) < n:
        chunk = ids[:]
        rng.shuffle(chunk)
        out.extend(chunk)
    return out[:n]


COPY_SHAPES = ["wa"] * 6 + ["web"] * 6 + ["fbgreet"] * 6 + ["tgfwd"] * 6 + ["igcap"] * 6
R.shuffle(COPY_SHAPES)
WA_HEAD = ["*BERITA PENTING*", "\U0001f4e2 *INFO RESMI* \U0001f4e2", "*MOHON DISEBARKAN*", "*INFO DARI PEMERINTAH*"]
WA_FROM = ["\u21aa\ufe0f Diteruskan dari grup Info Kecamatan {district}", "Forward dari grup sebelah \U0001f447",
           "Diteruskan dari grup Warga {village}", ""]
GREET = ["Assalamualaikum warga {village}, berikut informasi dari {site}:",
         "Selamat pagi dangsanak {village}. Ada kabar dari {site}, silakan dibaca:",
         "Salam sejahtera warga {district}. Kami bagikan rilis {site} berikut ini.",
         "Bismillah. Informasi resmi dari {site} untuk warga {village} \U0001f447"]
OUTRO = ["Salam KIM {village} \U0001f64f", "Semoga bermanfaat. Admin KIM {village}.", "Silakan dibagikan. #KIM{tagv}",
         "Terima kasih, salam informatif dari KIM {village}."]

for n, (x, shape) in enumerate(zip(spread(30, R), COPY_SHAPES)):
    a = A[x]
    kim = pick_plain_kim(a, R)
    kv = KIM[kim]
    body = a["text"]
    ops = R.sample(sorted(OPS), R.choice([0, 1, 1, 2, 2, 3]))
    for o in ops:
        body = OPS[o](body, R)
    if R.random() < 0.2:
        body = dateline_kim(body, kim)
        ops.append("dateline")
    fmt = dict(village=kv["village"], district=kv["district"], site=a["site"], tagv=kv["village"].replace(" ", ""))
    title, platform = "", "facebook"
    if shape == "wa":
        platform = R.choice(["facebook", "telegram"])
        src = R.choice(WA_FROM).format(**fmt)
        text = "\n".join(filter(None, [R.choice(WA_HEAD), src])) + f"\n\n*{a['title']}*\n\n{body}\n\n_Semoga bermanfaat_"
    elif shape == "web":
        platform, title = "website", a["title"]
        sumber = R.choice([f"Sumber: {a['url']}", f"Sumber: {SOURCES[a['source']][2]}", f"Sumber: {a['site']}"])
        text = (f"Oleh Admin KIM {kv['village']} \u00b7 {R.randint(0, 14)} Komentar\n\n{body}\n\n{sumber}\n\n"
                "Bagikan: Facebook | WhatsApp | Telegram")
    elif shape == "fbgreet":
        text = R.choice(GREET).format(**fmt) + "\n\n" + body + "\n\n" + R.choice(OUTRO).format(**fmt)
    elif shape == "tgfwd":
        platform = "telegram"
        text = f"Forwarded from Info {SHORT_REGION.get(kv['region'])}\n{a['title'].upper()}\n\n{body}"
    else:
        platform = "instagram"
        text = f"\U0001f4cc {a['title']}\n\n{body}\n\n" + tags(R.randint(4, 6), R, [region_tag(a['region'])])
    add("copy", [x], kim, platform, text, delay_after(a["when"], R), title=title, links=found_links(text),
        key=f"auto:copy:{x}", shape=shape, ops=ops)

# ---------------------------------------------------------------- positives: excerpt
EX_SHAPES = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["ytvideo"] * 5 + ["webquote"] * 5 + ["fbintro"] * 6
R.shuffle(EX_SHAPES)
INTRO = ["Kabar terbaru untuk warga, simak ya:", "Info penting minggu ini \U0001f447", "Dikutip dari rilis resmi:",
         "Untuk diketahui bersama:", "Ini dia beritanya, dangsanak:"]
EX_OUT = ["Info lengkap di laman resmi.", "Semoga bermanfaat.", "Mohon dibagikan ke keluarga.", "Tetap pantau kabar KIM."]
CHAPTERS = [["00:00 Pembuka", "00:{:02d} Fakta utama", "01:{:02d} Keterangan pejabat", "02:{:02d} Langkah berikutnya"],
            ["00:00 Intro", "00:{:02d} Lokasi dan waktu", "01:{:02d} Wawancara", "02:{:02d} Penutup"],
            ["0:00 Salam", "0:{:02d} Isi berita", "1:{:02d} Kata narasumber", "2:{:02d} Info lanjutan"]]


def chapters(rng):
    c = rng.choice(CHAPTERS)
    return "\n".join(s.format(rng.randint(10, 59)) if "{" in s else s for s in c)


for x, shape in zip(spread(34, R), EX_SHAPES):
    a = A[x]
    kim = pick_plain_kim(a, R)
    pp = paras(a["text"])
    title, platform = "", "facebook"
    if shape == "tgtrunc":
        platform = "telegram"
        cut = R.randint(150, 220)
        lead = pp[0][:cut].rsplit(" ", 1)[0]
        text = f"{a['title']}\n\n{lead}\u2026"
    elif shape == "fbmore":
        p2 = " ".join(pp[1].split()[:R.randint(6, 12)])
        text = f"{pp[0]}\n\n{p2}... Lihat selengkapnya"
    elif shape == "iglead":
        platform = "instagram"
        text = f"{pp[0]}\n\n" + tags(R.randint(3, 5), R, [region_tag(a['region'])])
    elif shape == "ytvideo":
        platform, title = "youtube", f"VIDEO | {a['title']}"
        text = f"{pp[0]}\n\n{chapters(R)}\n\n#KIM{KIM[kim]['village'].replace(' ', '')}"
    elif shape == "webquote":
        platform, title = "website", "Kutipan Pekan Ini: " + a["title"]
        text = f"Kutipan dari rilis {a['site']}:\n\n{pp[1]}\n\nAdmin KIM {KIM[kim]['village']}"
    else:
        text = R.choice(INTRO) + "\n\n" + pp[0] + "\n\n" + pp[1] + "\n\n" + R.choice(EX_OUT)
    add("excerpt", [x], kim, platform, text, delay_after(a["when"], R), title=title, links=found_links(text),
        key=f"auto:excerpt:{x}", shape=shape)

# ---------------------------------------------------------------- positives: link
LK_SHAPES = ["fbshare"] * 8 + ["fbcomment"] * 7 + ["tglink"] * 7 + ["ytdesc"] * 7 + ["weblink"] * 7
R.shuffle(LK_SHAPES)
forms = (LINK_FORMS * 4)[:36]
R.shuffle(forms)
COMMENTS = ["Silakan dibaca, dangsanak.", "Info penting buat warga kita \U0001f447", "Baca dulu sebelum bertanya ya.",
            "Ini rilis resminya.", "Mohon disimak.", "Kabar baik untuk Banua.", "Yang kemarin bertanya, ini jawabannya.",
            "Share ke grup keluarga.", "Penting untuk diketahui.", "Update dari pemerintah daerah."]
for x, shape, form in zip(spread(36, R), LK_SHAPES, forms):
    a = A[x]
    kim = pick_plain_kim(a, R)
    u = url_form(a["url"], form, a["source"])
    title, platform, links = "", "facebook", []
    if shape == "fbshare":
        text = f"{R.choice(COMMENTS)}\n\n{a['site'].upper()}\n{a['title']}"
        links = [u]
    elif shape == "fbcomment":
        text = f"{R.choice(COMMENTS)} {u}"
    elif shape == "tglink":
        platform = "telegram"
        text = f"\U0001f4f0 {a['title']}\n{u}"
    elif shape == "ytdesc":
        platform, title = "youtube", f"{a['title']} | Kabar KIM {KIM[kim]['village']}"
        text = f"Video singkat dari warga {KIM[kim]['village']}.\n\nBerita lengkap: {u}"
    else:
        platform, title = "website", a["title"]
        text = f"{first_sentence(paras(a['text'])[0])[:140].rsplit(' ', 1)[0]} ...\n\nBaca selengkapnya: {u}"
    links = links + [l for l in found_links(text) if l not in links]
    add("link", [x], kim, platform, text, delay_after(a["when"], R), title=title, links=links,
        key=f"auto:link:{x}", shape=shape, form=form)

# ---------------------------------------------------------------- positives: summary (hand-written)
SUM_SHORT = ["fb", "tgwa", "igshort", "fbgreet"]
for a in ANNS:
    kim = pick_plain_kim(a, R)
    shape = SUM_SHORT[int(a["id"][1:]) % 4]
    kv = KIM[kim]
    title, platform = "", "facebook"
    if shape == "fb":
        text = a["short"]
    elif shape == "tgwa":
        platform = "telegram"
        text = f"*INFO*\n{a['short']}\n_Mohon disebarkan_"
    elif shape == "igshort":
        platform = "instagram"
        text = a["short"] + "\n\n" + tags(3, R, [region_tag(a['region'])])
    else:
        text = f"Info untuk warga {kv['village']}: {a['short']}"
    add("summary", [a["id"]], kim, platform, text, delay_after(a["when"], R), title=title,
        links=found_links(text), key=f"anns:{a['id']}:S", shape="short-" + shape)
    if a["long"]:
        kim = pick_plain_kim(a, R)
        kv = KIM[kim]
        shape = ["fblong", "weblong", "ytlong", "iglong"][int(a["id"][1:]) % 4]
        title, platform = "", "facebook"
        text = a["long"]
        if shape == "weblong":
            platform, title = "website", "Rangkuman: " + a["title"]
            text = f"{a['long']}\n\nDitulis ulang oleh Admin KIM {kv['village']}."
        elif shape == "ytlong":
            platform, title = "youtube", "Liputan: " + a["title"]
            text = f"{a['long']}\n\n{chapters(R)}"
        elif shape == "iglong":
            platform = "instagram"
            text = a["long"] + "\n\n" + tags(12, R, [region_tag(a['region'])])
        add("summary", [a["id"]], kim, platform, text, delay_after(a["when"], R), title=title,
            links=found_links(text), key=f"anns:{a['id']}:L", shape=shape)

# ---------------------------------------------------------------- positives: paraphrase
special_by_region = {KIM[k]["region"]: k for k in SPECIAL}
for a in ANNS:
    reg = a["region"]
    if reg in special_by_region and R.random() < 0.75:
        kim = special_by_region[reg]
    elif reg:
        kim = R.choice(region_kims(reg))
    else:
        kim = R.choice(ACTIVE_PLAIN + SPECIAL)
    platform = R.choice(["facebook", "facebook", "instagram", "telegram"])
    add("paraphrase", [a["id"]], kim, platform, a["para"], delay_after(a["when"], R),
        key=f"anns:{a['id']}:P", shape="banjar-" + platform)
for x, text in extra.CASUAL:
    a = A[x]
    kim = pick_plain_kim(a, R)
    add("paraphrase", [x], kim, R.choice(["facebook", "instagram"]), text, delay_after(a["when"], R),
        key=f"extra:P2:{x}", shape="casual")

# ---------------------------------------------------------------- positives: round-ups
RU_LAYOUTS = ["oneline"] * 5 + ["bullets"] * 5 + ["numbered"] * 4 + ["webprose"] * 4 + ["ytchap"] * 4 + ["kabar"] * 4
R.shuffle(RU_LAYOUTS)
sizes = [3] * 8 + [2] * 18
R.shuffle(sizes)
ru_kims = SPECIAL * 3 + ACTIVE_PLAIN
R.shuffle(ru_kims)
anchor_order = [a["id"] for a in ANNS]
R.shuffle(anchor_order)
local_i = 0
for n, (layout, size) in enumerate(zip(RU_LAYOUTS, sizes)):
    for attempt in range(200):
        anchor = A[anchor_order[(n + attempt) % len(anchor_order)]]
        t = anchor["when"] + timedelta(hours=R.uniform(2.5, 80))
        if t > LAST:
            continue
        cands = [a for a in ANNS if timedelta(hours=2) <= t - a["when"] <= timedelta(days=10)]
        if len(cands) >= size:
            break
    chosen = [anchor] + R.sample([c for c in cands if c["id"] != anchor["id"]], size - 1)
    chosen.sort(key=lambda c: c["when"])
    items = []
    for c in chosen:
        v = R.random()
        items.append(c["title"] if v < 0.4 else (c["title"].lower() if v < 0.6 else c["short"]))
    local = []
    if R.random() < 0.5:
        local = [extra.LOCAL[local_i % len(extra.LOCAL)]]
        local_i += 1
        items.insert(R.randint(0, len(items)), local[0])
    kim = ru_kims[n % len(ru_kims)]
    kv = KIM[kim]
    title, platform = "", "facebook"
    if layout == "oneline":
        text = "KILAS INFO | " + " | ".join(items) + " |"
        platform = R.choice(["facebook", "telegram"])
    elif layout == "bullets":
        text = f"Rangkuman kabar pekan ini dari KIM {kv['village']}:\n" + "\n".join("\u2022 " + i for i in items)
        platform = R.choice(["facebook", "instagram"])
    elif layout == "numbered":
        text = "Berita pilihan minggu ini:\n" + "\n".join(f"{k + 1}. {i}" for k, i in enumerate(items))
        platform = "telegram"
    elif layout == "webprose":
        platform, title = "website", f"Sepekan di Banua: catatan KIM {kv['village']}"
        text = ("Beberapa kabar sepekan terakhir yang perlu diketahui warga. " +
                " Selain itu, ".join(i.rstrip(".") + "." for i in items) + " Nantikan rangkuman berikutnya.")
    elif layout == "ytchap":
        platform, title = "youtube", f"Kabar Sepekan KIM {kv['village']} #{n + 1}"
        text = "Rangkuman berita pekan ini.\n\n" + "\n".join(
            f"{k}:{(k * 47) % 60:02d} {i}" for k, i in enumerate(items))
    else:
        text = "\U0001f5de\ufe0f KABAR SINGKAT PEKAN INI \u2705\n\n" + "\n\n".join(items)
        platform = R.choice(["facebook", "instagram", "telegram"])
    add("roundup", [c["id"] for c in chosen], kim, platform, text, t.replace(second=R.randint(0, 59)), title=title,
        links=found_links(text), key=f"auto:roundup:{n + 1}", shape=layout, local=local)

# ---------------------------------------------------------------- negatives: look-alikes and `before`
NEG = []  # (style, key, region, text, imitates, differs, when)
for a in ANNS:
    for i, (reg, text, differs, hours) in enumerate(a["looks"]):
        when = a["when"] + timedelta(hours=hours, minutes=R.randint(-25, 25))
        if hours > 0:
            when = max(when, a["when"] + timedelta(minutes=40))
        NEG.append(("negative-topic", f"anns:{a['id']}:N{i + 1}", reg, text, [a["id"]], differs, when))
    if a["before"]:
        text, differs, hours = a["before"]
        when = a["when"] - timedelta(hours=hours, minutes=R.randint(0, 40))
        NEG.append(("before", f"anns:{a['id']}:B", a["region"] or "prov", text, [a["id"]], differs, when))
for i, (x, reg, text, differs, hours) in enumerate(extra.BEFORE):
    when = A[x]["when"] - timedelta(hours=hours, minutes=R.randint(0, 40))
    NEG.append(("before", f"extra:B2[{i}]:{x}", reg, text, [x], differs, when))

# the inactive KIMs first take look-alikes of their own region (those naming their village first)
assigned = {}
for k in INACTIVE:
    kv = KIM[k]
    mine = [n for n in NEG if n[2] == kv["region"] and n[1] not in assigned]
    mine.sort(key=lambda n: (kv["village"] not in n[3], n[1]))
    take = mine[:5] if len(mine) >= 5 else mine
    for n in take:
        assigned[n[1]] = k
for n in NEG:
    if n[1] in assigned:
        continue
    reg = n[2]
    pool = [k for k, v in KIM.items() if v["region"] == reg] if reg in REGION_NAME else list(KIM)
    # a look-alike naming a KIM's village goes to that KIM when it is in the region
    named = [k for k in pool if KIM[k]["village"] in n[3]]
    assigned[n[1]] = named[0] if named and R.random() < 0.6 else R.choice(pool)

# URL traps: other articles on the same government domains (not releases), bare domains
TRAPS = {
    "anns:a01:N2": source_url("pemkab-tabalong", "PLTS Dambung Raya untuk balai desa dan masjid", datetime(2023, 8, 14), 1187),
    "anns:a04:N3": source_url("esdm-kalsel", "LTSHE dibagikan untuk rumah tangga di pedalaman", datetime(2024, 3, 2), 2215),
    "anns:a13:N2": source_url("pemprov-kalsel", "Rakor kuota BBM bersubsidi Kalsel 2026", datetime(2025, 11, 12), 0),
    "anns:a19:N2": source_url("pemkab-hsu", "Harga BBM eceran di wilayah rawa dipantau", datetime(2026, 6, 3), 0),
    "anns:a22:N2": source_url("dkp-kalsel", "Kuota solar nelayan November 2026", datetime(2026, 10, 6), 3342),
    "anns:a25:N2": source_url("pemkab-banjar", "Polres Banjar tutup lubang tambang emas ilegal", datetime(2026, 9, 18), 0),
    "anns:a34:N3": source_url("esdm-kalsel", "Sumur bor dalam 2025 di tujuh kabupaten", datetime(2025, 10, 21), 3790),
    "anns:a12:N1": source_url("pemkab-hsu", "Tanam padi rawa serentak di Haur Gading", datetime(2026, 11, 19), 0),
}
BARE = {"anns:a37:N3": "Sumber: dkp.kalselprov.go.id", "anns:a15:N3": "Sumber: balangankab.go.id",
        "anns:a31:N2": "Sumber: bpbd.kalselprov.go.id"}

NEG_WA_HEAD = ["*BERITA PENTING*", "*INFO WARGA*", "\U0001f4e2 *KABAR DESA*"]
NEG_SHAPES = ["fb", "wa", "tg", "ig", "web", "yt"]
for style, key, reg, text, imitates, differs, when in NEG:
    kim = assigned[key]
    kv = KIM[kim]
    shape = R.choice(NEG_SHAPES + ["fb", "fb", "tg"])
    title, platform = "", "facebook"
    body = text
    if key in TRAPS:
        body += f"\n\nBaca juga: {TRAPS[key]}"
    if key in BARE:
        body += "\n\n" + BARE[key]
    if shape == "wa":
        platform = R.choice(["facebook", "telegram"])
        head = R.choice(NEG_WA_HEAD)
        body = f"{head}\n\n{body}\n\n_Diteruskan dari grup Warga {kv['village']}_"
    elif shape == "tg":
        platform = "telegram"
    elif shape == "ig":
        platform = "instagram"
        body += "\n\n" + tags(R.randint(3, 6), R, ["#" + kv["village"].replace(" ", "")])
    elif shape == "web":
        platform = "website"
        title = " ".join(first_sentence(text).split()[:9]).rstrip(".,:")
    elif shape == "yt":
        platform = "youtube"
        title = " ".join(first_sentence(text).split()[:8]).rstrip(".,:") + f" | KIM {kv['village']}"
        body += "\n\n" + chapters(R)
    add(style, [], kim, platform, body, clamp(when.replace(second=R.randint(0, 59))), title=title,
        links=found_links(body), key=key, shape=shape, imitates=imitates, differs=differs)

# ---------------------------------------------------------------- negatives: unrelated
span = (LAST - FIRST).total_seconds()
DISKOMINFO_OTHER = source_url("diskominfo-kalsel", "Pelatihan fotografi ponsel untuk pengelola KIM", datetime(2026, 11, 13), 0)
for i, (reg, text) in enumerate(extra.UNRELATED):
    pool = [k for k, v in KIM.items() if v["region"] == reg] if reg in REGION_NAME else list(KIM)
    kim = R.choice(pool)
    body = text
    if reg == "prov":
        body = text + f"\n\n{DISKOMINFO_OTHER}"
    platform = R.choice(["facebook", "facebook", "facebook", "telegram", "instagram", "website", "youtube"])
    title = ""
    if platform in ("website", "youtube"):
        title = " ".join(first_sentence(text).split()[:7]).rstrip(".,:!")
    when = FIRST + timedelta(seconds=R.uniform(0, span))
    add("negative-unrelated", [], kim, platform, body, when, title=title, links=found_links(body),
        key=f"extra:U[{i}]", shape="plain-" + platform)

# ---------------------------------------------------------------- post URLs, ids, order
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def post_url(p, rng):
    h = handle(p["kim"])
    if p["platform"] == "facebook":
        return f"https://www.facebook.com/{h}/posts/pfbid0" + "".join(rng.choice(ALNUM) for _ in range(24))
    if p["platform"] == "telegram":
        return f"https://t.me/{h}/{rng.randint(120, 2400)}"
    if p["platform"] == "instagram":
        return "https://www.instagram.com/p/" + "".join(rng.choice(ALNUM) for _ in range(11)) + "/"
    if p["platform"] == "youtube":
        return "https://www.youtube.com/watch?v=" + "".join(rng.choice(ALNUM + "-_") for _ in range(11))
    return f"https://{h}.web.id/kabar/{p['when'].strftime('%Y%m')}/" + slugify(p["title"] or p["text"][:60], 7)


# no two posts share a text
seen = {}
for p in POSTS:
    while p["text"] in seen:
        p["text"] += " " + R.choice(["\U0001f64f", "\U0001f44d", "\u2705", "\U0001f4e2"])
    seen[p["text"]] = 1

POSTS.sort(key=lambda p: (p["when"], p["meta"]["key"]))
ids = list(range(1, len(POSTS) + 1))
random.Random(SEED + 1).shuffle(ids)
rng_url = random.Random(SEED + 2)
out_posts, out_labels, keymap = [], [], {}
for p, n in zip(POSTS, ids):
    pid = f"{P}-p{n:03d}"
    out_posts.append({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": post_url(p, rng_url),
                      "title": p["title"], "text": p["text"], "published_at": iso(p["when"]), "links": p["links"]})
    gold = [aid(g) for g in p["gold"]]
    out_labels.append({"post": pid, "announcements": gold, "style": p["style"]})
    entry = {"key": p["meta"]["key"], "style": p["style"], "gold": gold}
    for f in ("shape", "ops", "form", "local", "differs"):
        if p["meta"].get(f) not in (None, [], ""):
            entry[f] = p["meta"][f]
    if p["meta"].get("imitates"):
        entry["imitates"] = [aid(x) for x in p["meta"]["imitates"]]
    keymap[pid] = entry


def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("announcements.jsonl", [{"id": aid(a["id"]), "source": a["source"], "url": a["url"], "title": a["title"],
                              "text": a["text"], "published_at": iso(a["when"])} for a in ANNS])
dump("posts.jsonl", out_posts)
dump("labels.jsonl", out_labels)
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, v in KIM.items():
        f.write(f"- id: {k}\n  name: KIM {v['village']}\n  region: {REGION_NAME[v['region']]}\n"
                f"  district: {v['district']}\n  village: {v['village']}\n")
print(f"announcements {len(ANNS)}, posts {len(out_posts)}")
