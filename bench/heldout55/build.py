#!/usr/bin/env python3
"""Generator of heldout55 (social welfare). Deterministic: the same seed gives byte-identical files.

Reads the hand-written modules anns_a..anns_d (releases with their summaries, paraphrases, look-alikes and
`before` posts) and extra.py (unrelated posts, more look-alikes/`before`, casual paraphrases, local round-up
items); derives copy/excerpt/link/round-up posts from the releases; shapes posts per platform; writes
announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json.
"""
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

SEED = 2026120755
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)
WITA = "+08:00"
END = datetime(2026, 12, 5, 22, 30)
START = datetime(2026, 10, 20, 6, 0)

# ---------------------------------------------------------------- KIM registry and roles
KIMS = [  # id suffix, region, district, village
    ("teluk-dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam"),
    ("pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya"),
    ("alalak-utara", "Kota Banjarmasin", "Banjarmasin Utara", "Alalak Utara"),
    ("basirih", "Kota Banjarmasin", "Banjarmasin Barat", "Basirih"),
    ("sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar"),
    ("guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal"),
    ("sungai-tabuk-keramat", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Tabuk Keramat"),
    ("kiram", "Kabupaten Banjar", "Karang Intan", "Kiram"),
    ("pengaron", "Kabupaten Banjar", "Pengaron", "Pengaron"),
    ("angsau", "Kabupaten Tanah Laut", "Pelaihari", "Angsau"),
    ("takisung", "Kabupaten Tanah Laut", "Takisung", "Takisung"),
    ("kintap", "Kabupaten Tanah Laut", "Kintap", "Kintap"),
    ("stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen"),
    ("serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga"),
    ("sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali"),
    ("batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin"),
    ("pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pagatan"),
    ("sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau"),
    ("jejangkit-muara", "Kabupaten Barito Kuala", "Jejangkit", "Jejangkit Muara"),
    ("marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota"),
    ("tabunganen-muara", "Kabupaten Barito Kuala", "Tabunganen", "Tabunganen Muara"),
    ("rantau-kiwa", "Kabupaten Tapin", "Tapin Utara", "Rantau Kiwa"),
    ("hatungun", "Kabupaten Tapin", "Hatungun", "Hatungun"),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang"),
    ("jambu-hilir", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Jambu Hilir"),
    ("loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado"),
    ("barabai-darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat"),
    ("hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan"),
    ("pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan"),
    ("sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang"),
    ("babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik"),
    ("paminggir", "Kabupaten Hulu Sungai Utara", "Paminggir", "Paminggir"),
    ("juai", "Kabupaten Balangan", "Juai", "Juai"),
    ("halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("batu-piring", "Kabupaten Balangan", "Paringin Selatan", "Batu Piring"),
    ("tanjung", "Kabupaten Tabalong", "Tanjung", "Tanjung"),
    ("mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
    ("haruai", "Kabupaten Tabalong", "Haruai", "Haruai"),
]
INACTIVE = ["kim-teluk-dalam", "kim-bangkal", "kim-kintap", "kim-hatungun", "kim-juai", "kim-haruai"]
SPECIAL = ["kim-loksado", "kim-sungai-bali", "kim-paminggir", "kim-pandawan"]
# hand-written posts name a few KIMs that did not make the registry of 40: their posts go to a neighbour
ALIAS = {"kim-negara": "kim-angkinang", "kim-margasari": "kim-binuang", "kim-anjir-pasar-kota": "kim-jejangkit-muara",
         "kim-mantewe": "kim-pagatan", "kim-loktabat-utara": "kim-sungai-besar", "kim-hampang": "kim-serongga",
         "kim-danau-panggang": "kim-babirik"}
REGION = {"kim-" + k: r for k, r, _, _ in KIMS}
VILLAGE = {"kim-" + k: v for k, _, _, v in KIMS}
NORMAL = ["kim-" + k for k, *_ in KIMS if "kim-" + k not in INACTIVE + SPECIAL]
# posting weights: uneven activity
WEIGHT = {k: R.choice([1, 1, 2, 2, 3, 4]) for k in NORMAL}

# ---------------------------------------------------------------- sources and their URL habits
SRC = {
    "dinsos-kalsel": ("dinsos.kalselprov.go.id", "wp-dated", "Dinas Sosial Provinsi Kalimantan Selatan", "Kalimantan Selatan"),
    "pemprov-kalsel": ("kalselprov.go.id", "berita", "Pemerintah Provinsi Kalimantan Selatan", "Kalimantan Selatan"),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp-dated", "Diskominfo Kalsel", "Kalimantan Selatan"),
    "bpbd-kalsel": ("bpbd.kalselprov.go.id", "wp-dated", "BPBD Provinsi Kalsel", "Kalimantan Selatan"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "ym-html", "Pemkot Banjarmasin", "Kota Banjarmasin"),
    "dinsos-banjarmasin": ("dinsos.banjarmasinkota.go.id", "news-num", "Dinsos Kota Banjarmasin", "Kota Banjarmasin"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp-dated", "Pemkot Banjarbaru", "Kota Banjarbaru"),
    "pemkab-banjar": ("banjarkab.go.id", "wp-month", "Pemkab Banjar", "Kabupaten Banjar"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "Pemkab Tanah Laut", "Kabupaten Tanah Laut"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "berita-num", "Pemkab Kotabaru", "Kabupaten Kotabaru"),
    "pemkab-tanbu": ("tanahbumbukab.go.id", "index-num", "Pemkab Tanah Bumbu", "Kabupaten Tanah Bumbu"),
    "pemkab-batola": ("baritokualakab.go.id", "read", "Pemkab Barito Kuala", "Kabupaten Barito Kuala"),
    "pemkab-tapin": ("tapinkab.go.id", "berita-dated", "Pemkab Tapin", "Kabupaten Tapin"),
    "pemkab-hss": ("hsskab.go.id", "news", "Pemkab Hulu Sungai Selatan", "Kabupaten Hulu Sungai Selatan"),
    "pemkab-hst": ("hstkab.go.id", "wp-dated", "Pemkab Hulu Sungai Tengah", "Kabupaten Hulu Sungai Tengah"),
    "pemkab-hsu": ("hsu.go.id", "artikel-num", "Pemkab Hulu Sungai Utara", "Kabupaten Hulu Sungai Utara"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "Pemkab Balangan", "Kabupaten Balangan"),
    "pemkab-tabalong": ("tabalongkab.go.id", "wp-dated", "Pemkab Tabalong", "Kabupaten Tabalong"),
}
WORDPRESS = ("wp-dated", "wp-month")


def slugify(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
    return "-".join(s.split("-")[:11])


def release_url(src, title, dt, n):
    host, habit, *_ = SRC[src]
    s = slugify(title)
    if habit == "wp-dated":
        return f"https://{host}/{dt:%Y/%m/%d}/{s}/"
    if habit == "wp-month":
        return f"https://{host}/{dt:%Y/%m}/{s}/"
    if habit == "berita":
        return f"https://{host}/berita/{s}"
    if habit == "ym-html":
        return f"https://{host}/{dt:%Y/%m}/{s}.html"
    if habit == "news-num":
        return f"https://{host}/news/{n}/{s}"
    if habit == "berita-num":
        return f"https://{host}/berita/{n}/{s}"
    if habit == "index-num":
        return f"https://{host}/index.php/berita/{n}-{s}"
    if habit == "read":
        return f"https://{host}/read/{s}"
    if habit == "berita-dated":
        return f"https://{host}/berita/{dt:%Y/%m/%d}/{s}"
    if habit == "news":
        return f"https://{host}/news/{s}"
    if habit == "artikel-num":
        return f"https://{host}/artikel/{n}/{s}"
    if habit == "detail":
        return f"https://{host}/berita/detail/{s}"
    raise ValueError(habit)


def at(s, seconds=True):
    """'mm-dd HH:MM' (2026) -> datetime, with second noise."""
    m, rest = s.split("-", 1)
    d, hm = rest.split(" ")
    h, mi = hm.split(":")
    return datetime(2026, int(m), int(d), int(h), int(mi), R.randint(0, 59) if seconds else 0)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + WITA


# ---------------------------------------------------------------- releases
RAW = anns_a.ANNS + anns_b.ANNS + anns_c.ANNS + anns_d.ANNS
ANN = {}
for i, a in enumerate(RAW):
    dt = at(a["at"])
    a["dt"] = dt
    a["aid"] = "h55-" + a["id"]
    a["url"] = release_url(a["src"], a["title"], dt, 4100 + i * 37 + R.randint(0, 30))
    a["region"] = SRC[a["src"]][3]
    a["paras"] = a["text"].split("\n\n")
    ANN[a["id"]] = a


def kims_of(region, pool=None):
    pool = pool or NORMAL
    if region == "Kalimantan Selatan":
        return list(pool)
    return [k for k in pool if REGION[k] == region] or list(pool)


def pick_kim(a, pool=None):
    cand = kims_of(a["region"], pool)
    return R.choices(cand, weights=[WEIGHT.get(k, 1) for k in cand])[0]


def gold_time(a, lo_min=12, hi_days=12):
    r = R.random()
    if r < 0.25:
        d = timedelta(minutes=R.randint(lo_min, 180))
    elif r < 0.55:
        d = timedelta(hours=R.uniform(3, 24))
    elif r < 0.8:
        d = timedelta(hours=R.uniform(24, 72))
    else:
        d = timedelta(hours=R.uniform(72, 24 * hi_days))
    t = a["dt"] + d
    if t > END:
        t = a["dt"] + timedelta(hours=R.uniform(0.5, max(0.6, (END - a["dt"]).total_seconds() / 3600 - 1)))
    return t.replace(microsecond=0)


# ---------------------------------------------------------------- post URLs per platform
def handle(kim):
    return kim.replace("kim-", "kim")


def post_url(platform, kim, dt, title=""):
    v = kim.replace("kim-", "")
    if platform == "facebook":
        return f"https://www.facebook.com/{v.replace('-', '')}.kim/posts/{R.randint(10**15, 10**16 - 1)}"
    if platform == "telegram":
        return f"https://t.me/kim_{v.replace('-', '_')}/{R.randint(200, 4800)}"
    if platform == "instagram":
        code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "youtube":
        code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.youtube.com/watch?v={code}"
    return f"https://{v}.desa.id/kabar/{dt:%Y/%m}/{slugify(title)[:60]}"


URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def links_of(title, text, preview=None):
    out = []
    for u in URL_RE.findall(title + "\n" + text):
        u = u.rstrip(".,;:!?")
        if u not in out:
            out.append(u)
    if preview and preview not in out:
        out.append(preview)
    return out


POSTS = []  # dicts: kim, platform, title, text, dt, links, style, gold, key, extra keymap fields


def add(kim, platform, title, text, dt, style, gold, key, preview=None, **km):
    kim = ALIAS.get(kim, kim)
    assert kim in REGION, kim
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, dt=dt, style=style, gold=gold, key=key,
                      links=links_of(title, text, preview), km=km))


# ---------------------------------------------------------------- copy habits
TYPO_SWAPS = [("sosial", "sosail"), ("kabupaten", "kabupten"), ("warga", "wagra"), ("dengan", "dnegan"),
              ("pelatihan", "pelatiahn"), ("petugas", "petgas"), ("keluarga", "kelaurga"), ("lansia", "lanisa")]


def habits(text, rng):
    ops = []
    t = text
    for op in rng.sample(["dash", "quotes", "typo", "collapse", "droptag", "abbr"], rng.randint(0, 3)):
        if op == "dash" and "–" in t:
            t = t.replace("–", "-")
        elif op == "quotes" and "“" in t:
            t = t.replace("“", '"').replace("”", '"')
        elif op == "typo":
            cands = [(a, b) for a, b in TYPO_SWAPS if a in t]
            if not cands:
                continue
            a, b = rng.choice(cands)
            t = t.replace(a, b, 1)
        elif op == "collapse":
            t = t.replace("\n\n", " ")
        elif op == "droptag":
            t2 = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", t)
            if t2 == t:
                continue
            t = t2
        elif op == "abbr":
            t = t.replace(" yang ", " yg ").replace(" dengan ", " dgn ").replace(" untuk ", " utk ")
        else:
            continue
        ops.append(op)
    return t, ops


def hashtags(a, n):
    base = ["#KIMKalsel", "#InfoSosial", "#DinsosPeduli", "#KalselPeduli", "#BanuaPeduli", "#KesejahteraanSosial",
            "#Inklusi", "#Disabilitas", "#Lansia", "#InfoDesa", "#BeritaDaerah", "#KalimantanSelatan", "#Gawi",
            "#PelayananSosial", "#Kesetiakawanan", "#JanganLupaShare"]
    reg = "#" + a["region"].replace("Kabupaten ", "").replace("Kota ", "").replace(" ", "")
    tags = [reg] + R.sample(base, n - 1)
    return " ".join(tags)


# ---------------------------------------------------------------- copies (30)
ids = [a["id"] for a in RAW]
copy_anns = R.sample(ids, 30)
copy_shapes = ["wa"] * 6 + ["web"] * 6 + ["fbgreet"] * 6 + ["tgfwd"] * 6 + ["ig"] * 6
R.shuffle(copy_shapes)
for aid, shape in zip(copy_anns, copy_shapes):
    a = ANN[aid]
    kim = pick_kim(a)
    body, ops = habits(a["text"], R)
    dt = gold_time(a)
    title = ""
    if shape == "wa":
        head = R.choice(["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*MOHON DISEBARKAN*", "*INFO SOSIAL*"])
        tail = R.choice(["_Diteruskan dari grup Info Desa " + VILLAGE[kim] + "_", "Forward dari grup sebelah 👇",
                         "_Semoga bermanfaat_", "_Sebarkan ke keluarga yang membutuhkan_"])
        text = f"{head}\n\n*{a['title']}*\n\n{body}\n\n{tail}"
        platform = R.choice(["facebook", "telegram"])
    elif shape == "web":
        platform = "website"
        title = a["title"]
        src_line = R.choice([f"Sumber: {a['url']}", "Sumber: " + SRC[a["src"]][0], "Sumber: " + SRC[a["src"]][2]])
        text = f"Oleh Admin KIM {VILLAGE[kim]} · {R.randint(0, 9)} Komentar\n\n{body}\n\n{src_line}"
    elif shape == "fbgreet":
        platform = "facebook"
        text = R.choice(["Assalamualaikum warga " + VILLAGE[kim] + ", berikut informasi dari pemerintah:",
                         "Selamat pagi dangsanak, info penting hari ini:", "Info untuk warga, mohon dibaca sampai habis:"]) + \
            f"\n\n{body}\n\nSalam KIM {VILLAGE[kim]} 🙏"
    elif shape == "tgfwd":
        platform = "telegram"
        place = a["region"].replace("Kabupaten ", "").replace("Kota ", "")
        text = f"Forwarded from Info {place}\n{a['title'].upper()}\n\n{body}"
    else:
        platform = "instagram"
        text = f"📌 {a['title']}\n\n{body}\n\n{hashtags(a, R.randint(4, 6))}"
    add(kim, platform, title, text, dt, "copy", [aid], f"auto:copy:{aid}", shape=shape, ops=ops)

# ---------------------------------------------------------------- excerpts (34)
exc_anns = R.sample(ids, 34)
exc_shapes = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["ytlead"] * 5 + ["webquote"] * 5 + ["fbintro"] * 6
R.shuffle(exc_shapes)
for aid, shape in zip(exc_anns, exc_shapes):
    a = ANN[aid]
    p1, p2, p3 = a["paras"]
    kim = pick_kim(a)
    dt = gold_time(a)
    title = ""
    if shape == "tgtrunc":
        platform = "telegram"
        cut = R.randint(150, 220)
        lead = p1[:cut].rsplit(" ", 1)[0]
        text = f"{a['title']}\n\n{lead}\u2026"
    elif shape == "fbmore":
        platform = "facebook"
        part = " ".join(p2.split()[:R.randint(10, 18)])
        text = f"{p1}\n\n{part} ... Lihat selengkapnya"
    elif shape == "iglead":
        platform = "instagram"
        text = f"{p1}\n\n{hashtags(a, R.randint(3, 6))}"
    elif shape == "ytlead":
        platform = "youtube"
        title = "VIDEO | " + a["title"]
        text = f"{p1}\n\n00:00 Pembuka\n00:{R.randint(20, 59)} Suasana kegiatan\n0{R.randint(1, 3)}:{R.randint(10, 59)} Keterangan pejabat\n\nJangan lupa subscribe kanal KIM {VILLAGE[kim]}."
    elif shape == "webquote":
        platform = "website"
        title = "Kutipan Pekan Ini: " + a["title"]
        text = f"{p2}\n\nDikutip dari {SRC[a['src']][2]}."
    else:
        platform = "facebook"
        intro = R.choice(["Info dari pemerintah untuk warga:", "Kabar baik, dangsanak:", "Mohon disimak ya:"])
        outro = R.choice(["Semoga bermanfaat.", "Silakan dibagikan.", "Terima kasih."])
        text = f"{intro}\n\n{p1}\n\n{p2}\n\n{outro}"
    add(kim, platform, title, text, dt, "excerpt", [aid], f"auto:excerpt:{aid}", shape=shape)

# ---------------------------------------------------------------- links (36)


def link_form(url, form, wp):
    u = url
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
        return u + "amp/" if u.endswith("/") else u + "/amp/"
    if form == "utm":
        return u + "?utm_source=whatsapp&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + "".join(R.choice("abcdefghijkABCDEFGHIJK0123456789") for _ in range(24))
    if form == "utmfb":
        return u + "?utm_source=facebook&fbclid=IwZX" + "".join(R.choice("abcdefXYZ0123456789") for _ in range(20))
    if form == "httpm":
        return u.replace("https://", "http://m.")
    if form == "bare-www":
        return u.replace("https://", "www.")
    raise ValueError(form)


link_anns = R.sample(ids, 36)
link_shapes = ["fbshare"] * 8 + ["fbcomment"] * 7 + ["tglink"] * 7 + ["ytlink"] * 7 + ["webread"] * 7
R.shuffle(link_shapes)
FORMS = ["exact", "http", "www", "m", "slash", "utm", "fbclid", "utmfb", "httpm", "bare-www"]
for n, (aid, shape) in enumerate(zip(link_anns, link_shapes)):
    a = ANN[aid]
    wp = SRC[a["src"]][1] in WORDPRESS
    form = "amp" if (wp and n % 4 == 0) else FORMS[n % len(FORMS)]
    if shape == "fbshare" and form == "bare-www":
        form = "www"
    u = link_form(a["url"], form, wp)
    kim = pick_kim(a)
    dt = gold_time(a)
    title = ""
    preview = None
    comment = R.choice(["Penting untuk warga, silakan dibaca.", "Info dari pemerintah, mohon dibagikan.",
                        "Ini yang kemarin ditanyakan warga.", "Baca beritanya di sini.", "Untuk yang membutuhkan 🙏",
                        "Alhamdulillah, semoga bermanfaat.", "Simak selengkapnya."])
    if shape == "fbshare":
        platform = "facebook"
        preview = u
        text = f"{comment}\n\n{SRC[a['src']][0].upper()}\n{a['title']}"
    elif shape == "fbcomment":
        platform = "facebook"
        text = f"{comment} {u}"
    elif shape == "tglink":
        platform = "telegram"
        text = f"📰 {a['title']}\n{u}"
    elif shape == "ytlink":
        platform = "youtube"
        title = a["title"] + " | KIM " + VILLAGE[kim]
        text = f"Liputan singkat warga.\n\nBerita lengkap: {u}"
    else:
        platform = "website"
        title = a["title"]
        first = re.split(r"(?<=[a-z0-9)]{2})\. (?=[A-Z])", a["paras"][0])[0].rstrip(".") + "."
        text = f"{first}\n\nBaca selengkapnya: {u}"
    add(kim, platform, title, text, dt, "link", [aid], f"auto:link:{aid}", preview=preview, form=form, shape=shape)

# ---------------------------------------------------------------- summaries (40 short + 19 long)
for a in RAW:
    kim = pick_kim(a)
    dt = gold_time(a)
    shape = R.choice(["fb", "tg", "ig3", "wa"])
    s = a["S"]
    if shape == "fb":
        platform, text = "facebook", s
    elif shape == "tg":
        platform, text = "telegram", "ℹ️ " + s
    elif shape == "ig3":
        platform, text = "instagram", s + "\n\n" + hashtags(a, 3)
    else:
        platform, text = R.choice(["facebook", "telegram"]), "*INFO*\n" + s + "\n_Mohon disebarkan_"
    add(kim, platform, "", text, dt, "summary", [a["id"]], f"anns:{a['id']}:S", shape=shape)
    if a["L"]:
        kim = pick_kim(a)
        dt = gold_time(a)
        shape = R.choice(["fb", "web", "yt", "ig12"])
        text = a["L"]
        title = ""
        if shape == "fb":
            platform = "facebook"
        elif shape == "web":
            platform = "website"
            head = a["title"].split(",")[0] if len(a["title"].split(",")[0].split()) >= 5 else a["title"]
            title = R.choice(["Warga Perlu Tahu: ", "Kabar Sosial: ", ""]) + head
        elif shape == "yt":
            platform = "youtube"
            head = a["title"].split(",")[0] if len(a["title"].split(",")[0].split()) >= 5 else a["title"]
            title = "Liputan: " + head
            text = text + "\n\n00:00 Pengantar\n00:45 Rangkuman\n02:10 Penutup"
        else:
            platform = "instagram"
            text = text + "\n\n" + hashtags(a, 12)
        add(kim, platform, title, text, dt, "summary", [a["id"]], f"anns:{a['id']}:L", shape=shape)

# ---------------------------------------------------------------- paraphrases (40 Banjar + 4 casual)
SPECIAL_PARA = {"a03": "kim-loksado", "a40": None, "a15": "kim-sungai-bali", "a36": "kim-sungai-bali",
                "a09": "kim-paminggir", "a14": "kim-paminggir", "a24": "kim-pandawan", "a27": "kim-pandawan",
                "a01": "kim-loksado"}
for a in RAW:
    kim = SPECIAL_PARA.get(a["id"]) or pick_kim(a)
    dt = gold_time(a)
    platform = R.choice(["facebook", "facebook", "instagram", "telegram"])
    add(kim, platform, "", a["P"], dt, "paraphrase", [a["id"]], f"anns:{a['id']}:P")
for aid, kim, text in extra.CASUAL:
    a = ANN[aid]
    add(kim, R.choice(["facebook", "instagram"]), "", text, gold_time(a), "paraphrase", [aid], f"extra:P2:{aid}")

# ---------------------------------------------------------------- round-ups (26)
FIRST_SENT = {a["id"]: a["S"].split(". ")[0].split(" (")[0] for a in RAW}


def item_text(a, how):
    if how == "title":
        return a["title"]
    if how == "lower":
        return a["title"].lower()
    return FIRST_SENT[a["id"]]


ru_kims = [k for k in SPECIAL for _ in range(2)] + R.choices(NORMAL, k=18)
layouts = ["oneline"] * 5 + ["bullets"] * 5 + ["numbered"] * 4 + ["prose"] * 4 + ["ytchap"] * 4 + ["emoji"] * 4
R.shuffle(layouts)
locals_left = list(extra.LOCAL)
R.shuffle(locals_left)
used = {}
n_ru = 0
tries = 0
while n_ru < 26:
    tries += 1
    T = datetime(2026, 11, 6) + timedelta(hours=R.uniform(0, 29 * 24))
    if T > END:
        continue
    window = [a for a in RAW if timedelta(hours=2) <= T - a["dt"] <= timedelta(days=10)]
    k = 3 if (n_ru % 3 == 0) else 2
    if len(window) < k:
        continue
    window.sort(key=lambda a: used.get(a["id"], 0) + R.random())
    chosen = sorted(window[:k], key=lambda a: a["dt"])
    for a in chosen:
        used[a["id"]] = used.get(a["id"], 0) + 1
    kim = ru_kims[n_ru]
    layout = layouts[n_ru]
    hows = [R.choice(["title", "lower", "sent"]) for _ in chosen]
    items = [item_text(a, h) for a, h in zip(chosen, hows)]
    local = None
    if n_ru % 2 == 1 and len([x for x in POSTS if x["km"].get("local")]) < 12:
        local = locals_left.pop()
        items.insert(R.randint(0, len(items)), local)
    title = ""
    platform = "facebook"
    if layout == "oneline":
        text = "SEPEKAN SOSIAL | " + " | ".join(items) + " |"
        platform = R.choice(["facebook", "telegram"])
    elif layout == "bullets":
        text = "Rangkuman info pekan ini:\n" + "\n".join("• " + i for i in items)
        platform = R.choice(["facebook", "telegram"])
    elif layout == "numbered":
        text = "Info sosial yang perlu warga tahu:\n" + "\n".join(f"{j}. {i}" for j, i in enumerate(items, 1))
    elif layout == "prose":
        platform = "website"
        title = f"Rangkuman Kabar Sepekan KIM {VILLAGE[kim]}"
        low = items
        text = "Pekan ini ada beberapa kabar. " + items[0].rstrip(".") + ". " + \
            " ".join("Selain itu, " + i.rstrip(".") + "." for i in low[1:])
    elif layout == "ytchap":
        platform = "youtube"
        title = f"Kabar Sepekan KIM {VILLAGE[kim]} ({T:%d/%m})"
        text = "Daftar isi:\n" + "\n".join(f"0{j}:{R.randint(10, 59)} {i}" for j, i in enumerate(items))
    else:
        text = "🤝 RANGKUMAN PEKAN INI ✅\n" + "\n".join("✅ " + i for i in items)
        platform = R.choice(["facebook", "instagram"])
    add(kim, platform, title, text, T.replace(microsecond=0, second=R.randint(0, 59)), "roundup",
        [a["id"] for a in chosen], f"auto:roundup:{n_ru + 1}", layout=layout, local=local)
    n_ru += 1

# ---------------------------------------------------------------- negatives and `before`


def short_title(text, n=9):
    """A headline from a post's first words: up to the first real sentence end, at most n words."""
    out = []
    for w in text.split():
        out.append(w)
        if w.endswith((".", "!", "?")) and not re.fullmatch(r"(?:[A-Z][a-z]{0,2}|[A-Z]\.[A-Z]?)\.?", w):
            break
        if len(out) >= n:
            break
    while len(out) > 4 and out[-1].lower().rstrip(",") in ("untuk", "per", "ada", "di", "kepada", "yang", "dan", "meski",
                                                          "ke", "dari", "sore", "pagi", "siang", "ini", "sudah", "dengan"):
        out.pop()
    return " ".join(out).rstrip(".,!?:;")


def reshape_negative(kim, text, rng):
    """About a fifth of the Facebook look-alikes are shaped like other platforms."""
    r = rng.random()
    newsy = "?" not in text and not re.search(r"(?i)katanya|dengar|semoga|mohon|kapan|belum ada", text)
    if not newsy and r >= 0.14:
        r = 0.3 if r < 0.45 else 0.9
    if r < 0.08:
        return "facebook", "", "*BERITA PENTING*\n\n" + text + "\n\n_Diteruskan dari grup Warga " + VILLAGE[kim] + "_", "wa"
    if r < 0.14:
        return "instagram", "", text + "\n\n#InfoWarga #" + VILLAGE[kim].replace(" ", "") + " #KIMKalsel", "ig"
    if r < 0.18:
        return "youtube", short_title(text), text + "\n\n00:00 Pembuka\n01:15 Suasana", "yt"
    if r < 0.23:
        return "website", short_title(text, 11), text, "web"
    if r < 0.45:
        return "telegram", "", text, "tg"
    return "facebook", "", text, "fb"


for a in RAW:
    for i, (kim, when, text, differs) in enumerate(a["N"]):
        kim = ALIAS.get(kim, kim) if kim else pick_kim(a, NORMAL + INACTIVE)
        platform, title, text2, shape = reshape_negative(kim, text, R)
        add(kim, platform, title, text2, at(when), "negative-topic", [], f"anns:{a['id']}:N{i + 1}",
            imitates=[a["id"]], differs=differs, shape=shape)
    for i, (kim, when, text, differs) in enumerate(a["B"]):
        add(kim, R.choice(["facebook", "facebook", "telegram"]), "", text, at(when), "before", [],
            f"anns:{a['id']}:B{i + 1}", imitates=[a["id"]], differs=differs)
for i, (aid, kim, when, text, differs) in enumerate(extra.EXTRA_N):
    add(kim, R.choice(["facebook", "telegram"]), "", text, at(when), "negative-topic", [], f"extra:N2[{i}]",
        imitates=[aid], differs=differs)
for i, (aid, kim, when, text, differs) in enumerate(extra.EXTRA_B):
    add(kim, R.choice(["facebook", "telegram"]), "", text, at(when), "before", [], f"extra:B2[{i}]",
        imitates=[aid], differs=differs)
for i, (kim, when, text) in enumerate(extra.UNRELATED):
    if when:
        dt = at(when)
    else:
        dt = START + timedelta(seconds=R.randint(0, int((END - START).total_seconds())))
        dt = dt.replace(hour=R.randint(6, 21))
    r = R.random()
    title = ""
    if r < 0.55:
        platform = "facebook"
    elif r < 0.8:
        platform = "telegram"
    elif r < 0.92:
        platform = "instagram"
    else:
        platform = "website"
        title = short_title(text, 10)
    add(kim, platform, title, text, dt, "negative-unrelated", [], f"extra:U[{i}]")

# ---------------------------------------------------------------- ids, order, files
order = list(range(len(POSTS)))
R.shuffle(order)
for n, j in enumerate(order, 1):
    POSTS[j]["id"] = f"h55-p{n:03d}"
POSTS.sort(key=lambda p: (p["dt"], p["id"]))

with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for a in RAW:
        f.write(json.dumps({"id": a["aid"], "source": a["src"], "url": a["url"], "title": a["title"],
                            "text": a["text"], "published_at": iso(a["dt"])}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, region, district, village in KIMS:
        f.write(f"- id: kim-{k}\n  name: KIM {village}\n  region: {region}\n  district: {district}\n  village: {village}\n")
keymap = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, \
        open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for p in POSTS:
        url = post_url(p["platform"], p["kim"], p["dt"], p["title"] or p["text"][:50])
        fp.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": url,
                             "title": p["title"], "text": p["text"], "published_at": iso(p["dt"]),
                             "links": p["links"]}, ensure_ascii=False) + "\n")
        gold = ["h55-" + g for g in p["gold"]]
        fl.write(json.dumps({"post": p["id"], "announcements": gold, "style": p["style"]}, ensure_ascii=False) + "\n")
        entry = {"key": p["key"], "style": p["style"], "gold": gold}
        for k, v in p["km"].items():
            if v is None:
                continue
            entry[k] = ["h55-" + x for x in v] if k == "imitates" else v
        keymap[p["id"]] = entry
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(RAW)} announcements, {len(POSTS)} posts")
