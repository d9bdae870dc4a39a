#!/usr/bin/env python3
"""Generator of heldout49 (elections and civic life). Deterministic: a fixed seed, no clock, no set-order effects.

Reads the hand-written modules (anns_a … anns_d: releases with their summaries, paraphrases, look-alikes and
`before` posts; extra: unrelated posts, more look-alikes, casual paraphrases, long summaries, local round-up items),
derives copy / excerpt / link posts from the releases, builds the round-ups, gives every post a KIM, platform, URL and
time, and writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json.
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

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4949_2026
rng = random.Random(SEED)
WITA = "+08:00"
DASH = " \u2013 "
START = datetime(2026, 10, 20, 6, 0)
END = datetime(2026, 12, 5, 22, 30)

# ---------------------------------------------------------------- KIM registry (real places, made-up groups)
KIMS = [
    # id suffix, region, district, village
    ("alalak-tengah", "Kota Banjarmasin", "Banjarmasin Utara", "Alalak Tengah"),
    ("teluk-tiram", "Kota Banjarmasin", "Banjarmasin Barat", "Teluk Tiram"),
    ("sungai-lulut", "Kota Banjarmasin", "Banjarmasin Timur", "Sungai Lulut"),
    ("guntung-payung", "Kota Banjarbaru", "Landasan Ulin", "Guntung Payung"),
    ("kemuning", "Kota Banjarbaru", "Banjarbaru Selatan", "Kemuning"),
    ("palam", "Kota Banjarbaru", "Cempaka", "Palam"),
    ("tanjung-rema", "Kabupaten Banjar", "Martapura", "Tanjung Rema"),
    ("astambul-kota", "Kabupaten Banjar", "Astambul", "Astambul Kota"),
    ("aluh-aluh-besar", "Kabupaten Banjar", "Aluh-Aluh", "Aluh-Aluh Besar"),
    ("mataraman", "Kabupaten Banjar", "Mataraman", "Mataraman"),
    ("sarang-halang", "Kabupaten Tanah Laut", "Pelaihari", "Sarang Halang"),
    ("tabanio", "Kabupaten Tanah Laut", "Takisung", "Tabanio"),
    ("asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam"),
    ("semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap"),
    ("sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali"),
    ("serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga"),
    ("kampung-baru", "Kabupaten Tanah Bumbu", "Simpang Empat", "Kampung Baru"),
    ("sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau"),
    ("juku-eja", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Juku Eja"),
    ("rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung"),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("hatungun", "Kabupaten Tapin", "Hatungun", "Hatungun"),
    ("kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota"),
    ("angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang"),
    ("padang-batung", "Kabupaten Hulu Sungai Selatan", "Padang Batung", "Padang Batung"),
    ("haruyan", "Kabupaten Hulu Sungai Tengah", "Haruyan", "Haruyan"),
    ("pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan"),
    ("birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang"),
    ("palampitan-hulu", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Palampitan Hulu"),
    ("babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik"),
    ("danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
    ("paringin-timur", "Kabupaten Balangan", "Paringin", "Paringin Timur"),
    ("juai", "Kabupaten Balangan", "Juai", "Juai"),
    ("halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
    ("muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
    ("jaro", "Kabupaten Tabalong", "Jaro", "Jaro"),
    ("marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota"),
    ("handil-bakti", "Kabupaten Barito Kuala", "Alalak", "Handil Bakti"),
    ("anjir-pasar-kota", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota"),
]
KIM = {"kim-" + k: {"id": "kim-" + k, "name": "KIM " + v, "region": r, "district": d, "village": v}
       for k, r, d, v in KIMS}
KIM_IDS = ["kim-" + k[0] for k in KIMS]
# truly inactive: only look-alikes, `before` and unrelated posts
INACTIVE = ["kim-teluk-tiram", "kim-palam", "kim-asam-asam", "kim-hatungun", "kim-birayang", "kim-jaro"]
# active only through round-ups and paraphrases
SPECIAL = ["kim-serongga", "kim-danau-panggang", "kim-angkinang", "kim-anjir-pasar-kota"]
NORMAL = [k for k in KIM_IDS if k not in INACTIVE and k not in SPECIAL]

# ---------------------------------------------------------------- sources and their URL habits
# kind: kpu  -> https://<host>/berita/baca/<num>/<slug>
#       wp   -> https://<host>/<yyyy>/<mm>/<dd>/<slug>/         (WordPress: /amp/ works)
#       slug -> https://<host>/berita/<slug>
#       read -> https://<host>/berita/read/<num>
#       web  -> https://<host>/web/berita/<num>/<slug>
#       num  -> https://<host>/berita/<num>/<slug>
#       det  -> https://<host>/berita/detail/<slug>
#       art  -> https://<host>/artikel/<slug>
SOURCES = {
    "kpu-kalsel": ("kalsel.kpu.go.id", "kpu", None, 5312),
    "kpu-banjar": ("kab-banjar.kpu.go.id", "kpu", "Kabupaten Banjar", 1187),
    "kpu-tabalong": ("kab-tabalong.kpu.go.id", "kpu", "Kabupaten Tabalong", 962),
    "kpu-banjarmasin": ("kota-banjarmasin.kpu.go.id", "kpu", "Kota Banjarmasin", 1440),
    "kpu-hsu": ("kab-hulusungaiutara.kpu.go.id", "kpu", "Kabupaten Hulu Sungai Utara", 731),
    "kpu-tanbu": ("kab-tanahbumbu.kpu.go.id", "kpu", "Kabupaten Tanah Bumbu", 884),
    "bawaslu-kalsel": ("kalsel.bawaslu.go.id", "slug", None, 0),
    "bawaslu-hss": ("hulusungaiselatan.bawaslu.go.id", "slug", "Kabupaten Hulu Sungai Selatan", 0),
    "bawaslu-balangan": ("balangan.bawaslu.go.id", "slug", "Kabupaten Balangan", 0),
    "kesbangpol-kalsel": ("kesbangpol.kalselprov.go.id", "wp", None, 0),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp", None, 0),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "Kota Banjarbaru", 0),
    "pemkab-banjar": ("banjarkab.go.id", "wp", "Kabupaten Banjar", 0),
    "pemkab-tapin": ("tapinkab.go.id", "read", "Kabupaten Tapin", 2403),
    "pemkab-batola": ("baritokualakab.go.id", "slug", "Kabupaten Barito Kuala", 0),
    "pemkab-hst": ("hstkab.go.id", "web", "Kabupaten Hulu Sungai Tengah", 1856),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num", "Kabupaten Kotabaru", 4127),
    "pemkab-tala": ("tanahlautkab.go.id", "slug", "Kabupaten Tanah Laut", 0),
    "pemkab-balangan": ("balangankab.go.id", "det", "Kabupaten Balangan", 0),
    "pemkab-hsu": ("hsu.go.id", "art", "Kabupaten Hulu Sungai Utara", 0),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "slug", "Kota Banjarmasin", 0),
    "pemkab-tabalong": ("tabalongkab.go.id", "num", "Kabupaten Tabalong", 3390),
}
REGION_OVERRIDE = {"a40": "Kabupaten Hulu Sungai Selatan"}

FAMILY_TAGS = {
    "coklit": ["#Coklit", "#DataPemilih", "#KPU"], "bersih": ["#DataPemilih", "#PemiluBersih", "#KPU"],
    "cek": ["#CekDataPemilih", "#KPU"], "difabel": ["#PemiluInklusif", "#Disabilitas"],
    "kader": ["#Bawaslu", "#PengawasanPartisipatif"], "ujipetik": ["#Bawaslu", "#UjiPetik", "#DataPemilih"],
    "bangsa": ["#WawasanKebangsaan", "#Kesbangpol", "#Pancasila"], "politik": ["#PendidikanPolitik", "#Kesbangpol"],
    "fpk": ["#PembauranKebangsaan", "#FPK"], "ormas": ["#Ormas", "#Kesbangpol"],
    "pilkades": ["#Pilkades", "#Desa"], "bpd": ["#BPD", "#Desa", "#Aspirasi"], "banpol": ["#Parpol", "#Transparansi"],
    "kim": ["#KIM", "#DataPemilih"],
}
FAMILY = {"a01": "coklit", "a02": "coklit", "a03": "coklit", "a41": "coklit", "a04": "bersih", "a05": "bersih",
          "a06": "bersih", "a07": "cek", "a08": "cek", "a09": "difabel", "a10": "difabel", "a11": "kader",
          "a12": "kader", "a13": "kader", "a16": "kader", "a14": "ujipetik", "a15": "ujipetik", "a42": "ujipetik",
          "a17": "bangsa", "a18": "bangsa", "a19": "bangsa", "a40": "bangsa", "a20": "politik", "a21": "politik",
          "a22": "fpk", "a23": "fpk", "a24": "ormas", "a25": "ormas", "a26": "pilkades", "a27": "pilkades",
          "a28": "pilkades", "a29": "pilkades", "a30": "pilkades", "a31": "pilkades", "a32": "bpd", "a33": "bpd",
          "a34": "bpd", "a35": "bpd", "a36": "banpol", "a37": "banpol", "a38": "banpol", "a39": "kim"}


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + WITA


def region_tag(region):
    name = region.replace("Kabupaten ", "").replace("Kota ", "")
    return "#" + name.replace(" ", "").replace("-", "")


def kim_tag(kim):
    return "#KIM" + KIM[kim]["village"].replace(" ", "").replace("-", "")


# ---------------------------------------------------------------- releases
RAW = anns_a.ANNS + anns_b.ANNS + anns_c.ANNS + anns_d.ANNS
ANN = {}
for r in RAW:
    host, kind, region, base = SOURCES[r["src"]]
    pub = dt(r["at"])
    n = int(r["id"][1:])
    if kind == "kpu":
        url = f"https://{host}/berita/baca/{base + n * 3}/{r['slug']}"
    elif kind == "wp":
        url = f"https://{host}/{pub:%Y/%m/%d}/{r['slug']}/"
    elif kind == "slug":
        url = f"https://{host}/berita/{r['slug']}"
    elif kind == "read":
        url = f"https://{host}/berita/read/{base + n}"
    elif kind == "web":
        url = f"https://{host}/web/berita/{base + n}/{r['slug']}"
    elif kind == "num":
        url = f"https://{host}/berita/{base + n * 2}/{r['slug']}"
    elif kind == "det":
        url = f"https://{host}/berita/detail/{r['slug']}"
    else:
        url = f"https://{host}/artikel/{r['slug']}"
    words = len(r["text"].split())
    assert 100 <= words <= 140, (r["id"], words)
    assert "\u201c" in r["text"] and r["text"].count("\n\n") == 2, r["id"]
    ANN["h49-" + r["id"]] = dict(r, aid="h49-" + r["id"], url=url, pub=pub, host=host, kind=kind,
                                 region=REGION_OVERRIDE.get(r["id"], region))
AIDS = sorted(ANN)

# ---------------------------------------------------------------- post bookkeeping
POSTS = []  # dicts: key, kim, platform, title, text, time, links, style, gold, extra keymap fields
used = {k: 0 for k in KIM_IDS}


def add(key, kim, platform, text, when, style, gold, title="", links=None, **info):
    assert kim in KIM, kim
    assert START <= when <= END, (key, when)
    for a in gold:
        d = when - ANN[a]["pub"]
        assert timedelta(minutes=10) <= d <= timedelta(days=20), (key, a, d)
    found = re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text)
    ls = list(links or [])
    for u in found:
        u = u.rstrip(".,;:!?")
        if u not in ls:
            ls.append(u)
    POSTS.append(dict(key=key, kim=kim, platform=platform, title=title, text=text, time=when, links=ls,
                      style=style, gold=list(gold), info=info))
    used[kim] += 1


def pick_kim(a, pool=None, allow_far=0.12):
    """A KIM for a generated positive post: the release's own area first, the least used first."""
    pool = pool or NORMAL
    region = ANN[a]["region"]
    cands = [k for k in pool if region is None or KIM[k]["region"] == region]
    if not cands or rng.random() < allow_far:
        cands = list(pool)
    low = min(used[k] for k in cands)
    best = [k for k in cands if used[k] <= low + 1]
    return rng.choice(sorted(best))


def delay_time(a, lo_min=12, kind=None):
    """A post time after release a: minutes to days, never past END or 19 days."""
    pub = ANN[a]["pub"]
    room = min(END - pub, timedelta(days=19))
    r = rng.random()
    if kind == "fast" or r < 0.33:
        d = timedelta(minutes=rng.randint(lo_min, 360))
    elif r < 0.68:
        d = timedelta(minutes=rng.randint(361, 60 * 48))
    else:
        d = timedelta(minutes=rng.randint(60 * 48, max(60 * 48 + 1, int(room.total_seconds() // 60))))
    d = min(d, room)
    t = pub + d
    if t.hour < 6 and t + timedelta(hours=6) <= pub + room:
        t += timedelta(hours=6)
    return t.replace(second=rng.randint(0, 59))


# ---------------------------------------------------------------- text habits (copies)
def op_dash(t):
    return t.replace(" \u2013 ", " - ")


def op_quotes(t):
    return t.replace("\u201c", '"').replace("\u201d", '"')


def op_typo(t):
    words = t.split(" ")
    idx = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 7]
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
        w = words[i]
        j = rng.randint(1, len(w) - 3)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def op_collapse(t):
    return t.replace("\n\n", " " if rng.random() < 0.5 else "\n")


def op_droptag(t):
    return re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", t)


def op_abbrev(t):
    return t.replace(" yang ", " yg ").replace(" dengan ", " dgn ").replace(" untuk ", " utk ")


def op_dateline(t, kim):
    return re.sub(r"^([A-Z][A-Z ]+) \u2013 ", lambda m: f"{m.group(1)} ({KIM[kim]['name']}) \u2013 ", t, count=1)


OPS = {"dash": op_dash, "quotes": op_quotes, "typo": op_typo, "collapse": op_collapse, "droptag": op_droptag,
       "abbrev": op_abbrev}


def habits(t, kim, n):
    names = sorted(rng.sample(sorted(OPS) + ["dateline"], n))
    if "dateline" in names:
        t = op_dateline(t, kim)
    for name in ("droptag", "dash", "quotes", "abbrev", "typo", "collapse"):
        if name in names:
            t = OPS[name](t)
    return t, names


# ---------------------------------------------------------------- link forms
def link_form(url, form, kind):
    u = url
    if form == "exact":
        return u
    if form == "http":
        return u.replace("https://", "http://", 1)
    if form == "www":
        return u.replace("https://", "https://www.", 1)
    if form == "m":
        return u.replace("https://", "https://m.", 1)
    if form == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if form == "amp":
        return (u if u.endswith("/") else u + "/") + "amp/" if kind == "wp" else u + "?utm_source=whatsapp"
    if form == "utm":
        src = rng.choice(["facebook", "whatsapp", "telegram"])
        return u + f"?utm_source={src}&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-")
                                            for _ in range(28))
    if form == "utm+fbclid":
        return link_form(u, "utm", kind) + "&fbclid=IwZX" + "".join(rng.choice("abcdef0123456789") for _ in range(20))
    if form == "http+www":
        return u.replace("https://", "http://www.", 1)
    if form == "noscheme":
        return u.replace("https://", "www.", 1)
    raise ValueError(form)


LINK_FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utm+fbclid", "http+www", "noscheme"]

# ---------------------------------------------------------------- generated positives
order = list(AIDS)
rng.shuffle(order)


def cycle(n):
    out = []
    while len(out) < n:
        chunk = list(order)
        rng.shuffle(chunk)
        out.extend(chunk)
    return out[:n]


def paras(a):
    return ANN[a]["text"].split("\n\n")


def lead_sentence(t):
    m = re.match(r"(.+?[.!?])(\s|$)", t.strip())
    return m.group(1) if m else t


# --- copies (30): five habits of sharing, six each
WA_HEAD = ["*INFO RESMI*", "📢 *KABAR PENTING* 📢", "*MOHON DIBACA SAMPAI HABIS*", "*BERITA PENTING*", "🔔 *INFO DARI KABUPATEN*"]
WA_FOOT = ["_Diteruskan dari grup Info Desa_", "_Dari grup RT sebelah, semoga bermanfaat_", "_Silakan disebarkan_",
           "_Meneruskan dari grup Pengurus KIM_", "_Semoga bermanfaat 🙏_"]
GREET = ["Assalamualaikum warga", "Selamat pagi dangsanak", "Salam sejahtera untuk kita semua,", "Bismillah, info untuk warga",
         "Halo sahabat KIM,"]
copy_shapes = ["wa"] * 6 + ["kimweb"] * 6 + ["greet"] * 6 + ["tgfwd"] * 6 + ["igpin"] * 6
rng.shuffle(copy_shapes)
for i, (a, shape) in enumerate(zip(cycle(30), copy_shapes, strict=True)):
    kim = pick_kim(a)
    t, ops = habits(ANN[a]["text"], kim, rng.choice([0, 1, 1, 2, 2, 3]))
    title, links = "", []
    if shape == "wa":
        pl = rng.choice(["facebook", "telegram"])
        text = f"{rng.choice(WA_HEAD)}\n\n*{ANN[a]['title']}*\n\n{t}\n\n{rng.choice(WA_FOOT)}"
    elif shape == "kimweb":
        pl = "website"
        title = ANN[a]["title"]
        src = ANN[a]["url"] if rng.random() < 0.5 else ANN[a]["host"]
        text = f"Ditulis oleh Admin {KIM[kim]['name']}\n\n{t}\n\nSumber: {src}"
    elif shape == "greet":
        pl = "facebook"
        text = f"{rng.choice(GREET)} 🙏\n\n{t}\n\nSalam {KIM[kim]['name']} – informatif, inspiratif."
    elif shape == "tgfwd":
        pl = "telegram"
        where = ANN[a]["region"].replace("Kabupaten ", "").replace("Kota ", "") if ANN[a]["region"] else "Kalsel"
        text = f"Diteruskan dari kanal Info {where}\n\n{ANN[a]['title'].upper()}\n\n{t}"
    else:
        pl = "instagram"
        tags = FAMILY_TAGS[FAMILY[a[4:]]] + [kim_tag(kim), "#Kalsel"]
        text = f"📌 {ANN[a]['title']}\n\n{t}\n\n" + " ".join(tags[:rng.randint(4, 6)])
    add(f"auto:copy:{a[4:]}:{i}", kim, pl, text, delay_time(a), "copy", [a], title=title, links=links,
        shape=shape, ops=ops)

# --- excerpts (34)
ex_shapes = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["ytlead"] * 5 + ["webquote"] * 5 + ["fbwrap"] * 6
rng.shuffle(ex_shapes)
INTRO = ["Info terbaru untuk warga:", "Kabar dari kabupaten hari ini 👇", "Mohon disimak, dangsanak.",
         "Berikut petikan beritanya:", "Penting untuk diketahui warga desa:"]
OUTRO = ["Semoga bermanfaat.", "Silakan dibagikan ke keluarga.", "Yang ada pertanyaan silakan tulis di komentar.",
         "Terima kasih sudah membaca 🙏"]
for i, (a, shape) in enumerate(zip(cycle(34), ex_shapes, strict=True)):
    kim = pick_kim(a)
    p = paras(a)
    title = ""
    if shape == "tgtrunc":
        pl = "telegram"
        cut = rng.randint(150, 220)
        body = p[0][:cut].rsplit(" ", 1)[0].rstrip(",;:")
        text = f"{ANN[a]['title']}\n\n{body}\u2026"
    elif shape == "fbmore":
        pl = "facebook"
        half = p[1][:rng.randint(60, 120)].rsplit(" ", 1)[0]
        text = f"{p[0]}\n\n{half}... Lihat selengkapnya"
    elif shape == "iglead":
        pl = "instagram"
        tags = FAMILY_TAGS[FAMILY[a[4:]]] + [kim_tag(kim)]
        text = f"{p[0]}\n\n" + " ".join(tags)
    elif shape == "ytlead":
        pl = "youtube"
        title = f"{ANN[a]['title']} | {KIM[kim]['name']}"
        text = f"{p[0]}\n\nBab:\n00:00 Pembuka\n00:35 Keterangan resmi\n02:10 Suasana di lokasi\n03:40 Penutup"
    elif shape == "webquote":
        pl = "website"
        title = "Kata Mereka: " + ANN[a]["title"]
        text = f"Petikan pernyataan yang dimuat dalam rilis resmi pekan ini:\n\n{p[1]}"
    else:
        pl = "facebook"
        text = f"{rng.choice(INTRO)}\n\n{p[0]}\n\n{p[1]}\n\n{rng.choice(OUTRO)}"
    add(f"auto:excerpt:{a[4:]}:{i}", kim, pl, text, delay_time(a), "excerpt", [a], title=title, shape=shape)

# --- links (36)
lk_shapes = ["fbshare"] * 8 + ["fbcomment"] * 7 + ["tgnews"] * 7 + ["ytsrc"] * 7 + ["webread"] * 7
rng.shuffle(lk_shapes)
forms = (LINK_FORMS * 4)[:36]
rng.shuffle(forms)
COMMENTS = ["Silakan dibaca dangsanak.", "Info penting buat warga, baca sampai habis ya.", "Mantap, semoga lancar 👍",
            "Ini beritanya, yang kemarin ditanyakan di grup.", "Bagikan ke keluarga yang membutuhkan.",
            "Simak, jangan sampai ketinggalan.", "Kabar bagus untuk kita semua.", "Untuk yang bertanya, ini sumber resminya."]
for i, (a, shape, form) in enumerate(zip(cycle(36), lk_shapes, forms, strict=True)):
    kim = pick_kim(a)
    if form == "noscheme" and shape == "fbshare":
        form = "fbclid"
    u = link_form(ANN[a]["url"], form, ANN[a]["kind"])
    title, links = "", []
    if shape == "fbshare":
        pl = "facebook"
        text = f"{rng.choice(COMMENTS)}\n\n{ANN[a]['host'].upper()}\n{ANN[a]['title']}"
        links = [u]
    elif shape == "fbcomment":
        pl = "facebook"
        text = f"{rng.choice(COMMENTS)} {u}"
    elif shape == "tgnews":
        pl = "telegram"
        text = f"📰 {ANN[a]['title']}\n{u}"
    elif shape == "ytsrc":
        pl = "youtube"
        title = f"{ANN[a]['title']} (Info {KIM[kim]['name']})"
        text = f"Video singkat dari warga tentang kabar ini.\n\nSumber berita: {u}"
    else:
        pl = "website"
        title = ANN[a]["title"]
        lead = lead_sentence(paras(a)[0]).split(DASH, 1)[-1]
        text = f"{lead}\n\nBaca berita lengkapnya: {u}"
    add(f"auto:link:{a[4:]}:{i}", kim, pl, text, delay_time(a), "link", [a], title=title, links=links,
        shape=shape, form=form)

# --- summaries: one short per release, long where written
SUM_SHORT = ["facebook"] * 11 + ["telegram"] * 17 + ["instagram"] * 8 + ["wa"] * 6
rng.shuffle(SUM_SHORT)
for a, pl in zip(AIDS, SUM_SHORT, strict=True):
    kim = pick_kim(a)
    s = ANN[a]["short"]
    if pl == "instagram":
        text = s + "\n\n" + " ".join(FAMILY_TAGS[FAMILY[a[4:]]][:2] + [kim_tag(kim)])
    elif pl == "wa":
        pl = "facebook"
        text = f"*INFO* 📣\n{s}\n_Mohon disebarkan_"
    else:
        text = s
    add(f"anns:{a[4:]}:S", kim, pl, text, delay_time(a), "summary", [a], shape="short-" + pl)
longs = [(a, ANN[a]["long"]) for a in AIDS if ANN[a].get("long")] + [("h49-" + k, v) for k, v in sorted(extra.LONG2.items())]
LONG_PL = (["facebook"] * 6 + ["website"] * 6 + ["youtube"] * 4 + ["instagram"] * 3 + ["facebook"] * 5)[:len(longs)]
rng.shuffle(LONG_PL)
for (a, text), pl in zip(longs, LONG_PL, strict=True):
    kim = pick_kim(a)
    title = ""
    if pl == "website":
        title = rng.choice(["Sepekan Ini: ", "Ringkasan: ", ""]) + ANN[a]["title"]
    elif pl == "youtube":
        title = "Liputan Warga: " + ANN[a]["title"]
        text = text + "\n\n00:00 Pembuka\n00:50 Ringkasan\n02:30 Tanggapan warga"
    elif pl == "instagram":
        tags = FAMILY_TAGS[FAMILY[a[4:]]] + [kim_tag(kim), "#Kalsel", "#KalimantanSelatan", "#InfoDesa", "#BeritaBanua",
                                             "#KIMKalsel", "#Banua", "#Demokrasi", "#WargaBijak", "#Indonesia"]
        text = text + "\n\n" + " ".join(tags[:12])
    key = f"anns:{a[4:]}:L" if ANN[a].get("long") == text.split("\n\n00:00")[0] else f"extra:S2:{a[4:]}"
    add(key, kim, pl, text, delay_time(a), "summary", [a], title=title, shape="long-" + pl)

# --- paraphrases
for a in AIDS:
    p = ANN[a]["para"]
    kim = p["kim"] or pick_kim(a)
    pl = rng.choice(["facebook", "instagram", "telegram"])
    add(f"anns:{a[4:]}:P", kim, pl, p["text"], delay_time(a), "paraphrase", [a], shape="banjar")
for a, p in extra.PARA2:
    a = "h49-" + a
    add(f"extra:P2:{a[4:]}", pick_kim(a), p["pl"], p["text"], delay_time(a), "paraphrase", [a], shape="casual")

# --- round-ups (26: 8 with three releases, 18 with two)
RU_LAYOUTS = ["oneline"] * 5 + ["bullets"] * 5 + ["numbered"] * 4 + ["prose"] * 4 + ["chapters"] * 4 + ["ceklis"] * 4
rng.shuffle(RU_LAYOUTS)
sizes = [3] * 8 + [2] * 18
rng.shuffle(sizes)
anchors = sorted(datetime(2026, 11, 7) + timedelta(days=rng.randint(0, 28), hours=rng.randint(7, 21)) for _ in range(26))
ru_kims = (SPECIAL * 2 + [k for k in NORMAL])
locals_left = list(extra.LOCAL)
rng.shuffle(locals_left)
ru_count = {a: 0 for a in AIDS}


def item_text(a, how):
    if how == "title":
        return ANN[a]["title"]
    if how == "lower":
        words = ANN[a]["title"].split()
        return " ".join([words[0]] + [w if (w.isupper() or any(c.isdigit() for c in w)) else w.lower()
                                      for w in words[1:]])
    return ANN[a]["short"].split(";")[0].rstrip(".")


for i, (T, n, layout) in enumerate(zip(anchors, sizes, RU_LAYOUTS, strict=True)):
    T = T.replace(minute=rng.randint(0, 59))
    cands = [a for a in AIDS if timedelta(hours=2) <= T - ANN[a]["pub"] <= timedelta(days=10)]
    cands.sort(key=lambda a: (ru_count[a], rng.random()))
    chosen = sorted(cands[:n], key=lambda a: ANN[a]["pub"])
    assert len(chosen) == n, (T, n, cands)
    for a in chosen:
        ru_count[a] += 1
    kim = ru_kims[i] if i < len(ru_kims) else rng.choice(NORMAL)
    hows = [rng.choice(["title", "lower", "short"]) for _ in chosen]
    items = [item_text(a, h) for a, h in zip(chosen, hows, strict=True)]
    local = None
    if i % 2 == 0 and locals_left:
        local = locals_left.pop()
        items.insert(rng.randint(0, len(items)), local)
    title = ""
    village = KIM[kim]["village"]
    if layout == "oneline":
        pl = rng.choice(["facebook", "telegram"])
        text = "🗓️ SEPEKAN DI BANUA | " + " | ".join(items)
    elif layout == "bullets":
        pl = rng.choice(["facebook", "instagram"])
        text = f"Rangkuman kabar pekan ini dari {KIM[kim]['name']}:\n" + "\n".join("• " + x for x in items)
    elif layout == "numbered":
        pl = "telegram"
        text = "KABAR PILIHAN MINGGU INI\n" + "\n".join(f"{j + 1}) {x}" for j, x in enumerate(items))
    elif layout == "prose":
        pl = "website"
        title = f"Catatan Sepekan {village}"
        parts = [items[0]] + items[1:]
        text = ("Beberapa kabar yang patut dicatat warga minggu ini. Pertama, " + parts[0].rstrip(".") + ". "
                + " ".join(("Selain itu, " if j < len(parts) - 1 else "Terakhir, ") + x.rstrip(".") + "."
                           for j, x in enumerate(parts[1:], 1)))
    elif layout == "chapters":
        pl = "youtube"
        title = f"Kabar Sepekan {KIM[kim]['name']} — {T:%d/%m}"
        stamps = ["00:00 Pembuka"] + [f"0{j + 1}:{rng.randint(10, 55)} {x}" for j, x in enumerate(items)]
        text = "Rangkuman kabar penting pekan ini.\n\n" + "\n".join(stamps)
    else:
        pl = rng.choice(["facebook", "instagram"])
        text = "🗞️ INFO SINGKAT PEKAN INI\n" + "\n".join("✅ " + x for x in items)
    add(f"auto:roundup:{i}", kim, pl, text, T, "roundup", chosen, title=title, shape=layout, local=local)

# ---------------------------------------------------------------- negatives and `before`
WA_NEG_HEAD = ["*KABAR KAMPUNG*", "📢 *INFO WARGA*", "*MOHON DIBACA*", "*BERITA PENTING*"]
WA_NEG_FOOT = ["_Diteruskan dari grup Warga RT 03_", "_Dari grup sebelah_", "_Diteruskan dari grup Ibu-Ibu Majelis Taklim_",
               "_Diteruskan dari grup Karang Taruna_"]


def derived_title(text):
    s = re.sub(r"[^\w\s,.\-/()%]", "", lead_sentence(text)).strip()
    w = s.split()
    return " ".join(w[:9]).rstrip(",.") + ("…" if len(w) > 9 else "")


def shape_other(item, key, region_hint=None):
    """Platform shaping of a hand-written negative: as written, WhatsApp forward, website, Instagram, YouTube."""
    pl, text, title = item["pl"], item["text"], item.get("title", "")
    r = rng.random()
    shape = "plain"
    if pl in ("facebook", "telegram") and r < 0.13:
        text = f"{rng.choice(WA_NEG_HEAD)}\n\n{text}\n\n{rng.choice(WA_NEG_FOOT)}"
        shape = "wa"
    elif pl == "facebook" and r < 0.30:
        pl, shape = "telegram", "tg"
    elif pl == "facebook" and r < 0.38:
        pl, title, shape = "website", derived_title(text), "web"
    elif pl == "facebook" and r < 0.46:
        pl, shape = "instagram", "ig"
        text = text + "\n\n" + " ".join([kim_tag(item["kim"]), "#InfoWarga", "#Kalsel"][:rng.randint(2, 3)])
    elif pl == "facebook" and r < 0.52:
        pl, title, shape = "youtube", derived_title(text), "yt"
        text = text + "\n\n00:00 Pembuka\n00:45 Suasana\n02:05 Keterangan warga"
    if pl in ("website", "youtube") and not title:
        title = derived_title(text)
    return pl, text, title, shape


for r in RAW:
    a = "h49-" + r["id"]
    for j, lk in enumerate(r["looks"]):
        when = dt(lk["at"]).replace(second=rng.randint(0, 59))
        assert when > ANN[a]["pub"], (a, j)
        pl, text, title, shape = shape_other(lk, a)
        add(f"anns:{r['id']}:N{j + 1}", lk["kim"], pl, text, when, "negative-topic", [], title=title,
            imitates=[a], differs=lk["differs"], shape=shape)
    for j, b in enumerate(r["before"]):
        when = dt(b["at"]).replace(second=rng.randint(0, 59))
        assert when < ANN[a]["pub"], (a, j)
        pl, text, title, shape = shape_other(b, a)
        add(f"anns:{r['id']}:B{j + 1}", b["kim"], pl, text, when, "before", [], title=title,
            imitates=[a], differs=b["differs"], shape=shape)
for j, (aid, lk) in enumerate(extra.LOOKS2):
    a = "h49-" + aid
    when = dt(lk["at"]).replace(second=rng.randint(0, 59))
    assert when > ANN[a]["pub"]
    add(f"extra:N2:{j + 1}", lk["kim"], lk["pl"], lk["text"], when, "negative-topic", [], imitates=[a],
        differs=lk["differs"], shape="trap" if "http" in lk["text"] or "Sumber:" in lk["text"] else "plain")
for j, (aid, b) in enumerate(extra.BEFORE2):
    a = "h49-" + aid
    when = dt(b["at"]).replace(second=rng.randint(0, 59))
    assert when < ANN[a]["pub"]
    add(f"extra:B2:{j + 1}", b["kim"], b["pl"], b["text"], when, "before", [], imitates=[a], differs=b["differs"])

PL = {"fb": "facebook", "tg": "telegram", "ig": "instagram", "web": "website", "yt": "youtube"}
for j, u in enumerate(extra.UNRELATED):
    kim, pl, text = u[0], PL[u[1]], u[2]
    title = u[3] if len(u) > 3 else ""
    if kim is None:
        low = min(used.values())
        kim = rng.choice(sorted(k for k in KIM_IDS if used[k] <= low + 2))
    when = START + timedelta(minutes=rng.randint(0, int((END - START).total_seconds() // 60)))
    if when.hour < 6:
        when += timedelta(hours=7)
    when = min(when, END).replace(second=rng.randint(0, 59))
    item = {"pl": pl, "text": text, "title": title, "kim": kim}
    if not title and pl == "facebook":
        pl, text, title, shape = shape_other(item, None)
    else:
        shape = "plain"
    add(f"extra:U{j + 1}", kim, pl, text, when, "negative-unrelated", [], title=title, shape=shape)

# ---------------------------------------------------------------- post URLs, ids, order
SLUGCH = "abcdefghijklmnopqrstuvwxyz0123456789"


def post_url(p):
    v = KIM[p["kim"]]["village"].lower().replace(" ", "").replace("-", "")
    if p["platform"] == "facebook":
        return f"https://www.facebook.com/kim.{v}/posts/{rng.randint(10**15, 10**16 - 1)}"
    if p["platform"] == "telegram":
        return f"https://t.me/kim_{v}/{rng.randint(120, 2400)}"
    if p["platform"] == "instagram":
        return "https://www.instagram.com/p/" + "".join(rng.choice(SLUGCH + "ABCDEFGHJKLMNPQRSTUVWXYZ_") for _ in range(11)) + "/"
    if p["platform"] == "youtube":
        return "https://www.youtube.com/watch?v=" + "".join(rng.choice(SLUGCH + "ABCDEFGHJKLMNPQRSTUVWXYZ_-") for _ in range(11))
    slug = re.sub(r"[^a-z0-9]+", "-", p["title"].lower()).strip("-")[:70]
    return f"https://kim-{v}.desa.id/{p['time']:%Y/%m}/{slug}/"


POSTS.sort(key=lambda p: (p["time"], p["key"]))
numbers = list(range(1, len(POSTS) + 1))
rng.shuffle(numbers)
for p, n in zip(POSTS, numbers, strict=True):
    p["id"] = f"h49-p{n:03d}"
    p["url"] = post_url(p)

texts = [p["text"] for p in POSTS]
assert len(texts) == len(set(texts)), "duplicate texts"

# ---------------------------------------------------------------- write
with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for a in sorted(AIDS, key=lambda x: ANN[x]["pub"]):
        r = ANN[a]
        f.write(json.dumps({"id": a, "source": r["src"], "url": r["url"], "title": r["title"], "text": r["text"],
                            "published_at": iso(r["pub"])}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIM_IDS:
        m = KIM[k]
        f.write(f"- id: {m['id']}\n  name: {m['name']}\n  region: {m['region']}\n  district: {m['district']}\n"
                f"  village: {m['village']}\n")
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f, \
        open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as g:
    for p in POSTS:
        f.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"],
                            "title": p["title"], "text": p["text"], "published_at": iso(p["time"]),
                            "links": p["links"]}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"post": p["id"], "announcements": sorted(p["gold"]), "style": p["style"]},
                           ensure_ascii=False) + "\n")
keymap = {}
for p in sorted(POSTS, key=lambda p: p["id"]):
    e = {"key": p["key"], "style": p["style"], "gold": sorted(p["gold"])}
    for k, v in p["info"].items():
        if v not in (None, [], ""):
            e[k] = v
    keymap[p["id"]] = e
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"wrote {len(ANN)} announcements, {len(KIM)} kims, {len(POSTS)} posts")
