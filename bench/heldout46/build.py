#!/usr/bin/env python3
"""Generator of heldout46 (deterministic). Reads anns.py, posts_text.py, extra.py; writes
announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl, keymap.json."""
import json
import random
import re
from datetime import datetime, timedelta

from anns import ANNS, EXTRA
from extra import B2, L2, LOCAL, N2, P2, TRAPS, U
from posts_text import T

SEED = 2026120746
R = random.Random(SEED)
WITA = "+08:00"
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
START, END = datetime(2026, 10, 20, 6, 0), datetime(2026, 12, 5, 21, 30)

# ---------------------------------------------------------------- KIM registry
KIMS = [  # id suffix, region, district, village, role
    ("pelambuan", "Kota Banjarmasin", "Banjarmasin Barat", "Pelambuan", ""),
    ("basirih-selatan", "Kota Banjarmasin", "Banjarmasin Selatan", "Basirih Selatan", ""),
    ("sungai-andai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Andai", ""),
    ("pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya", "inactive"),
    ("guntung-payung", "Kota Banjarbaru", "Landasan Ulin", "Guntung Payung", ""),
    ("sungai-ulin", "Kota Banjarbaru", "Banjarbaru Utara", "Sungai Ulin", ""),
    ("bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal", "inactive"),
    ("sungai-tabuk-keramat", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Tabuk Keramat", ""),
    ("pengaron", "Kabupaten Banjar", "Pengaron", "Pengaron", ""),
    ("astambul-kota", "Kabupaten Banjar", "Astambul", "Astambul Kota", ""),
    ("pelaihari", "Kabupaten Tanah Laut", "Pelaihari", "Pelaihari", ""),
    ("bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati", ""),
    ("asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam", "inactive"),
    ("stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen", ""),
    ("serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga", ""),
    ("sengayam", "Kabupaten Kotabaru", "Pamukan Barat", "Sengayam", "inactive"),
    ("batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin", ""),
    ("sungai-loban", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sungai Loban", ""),
    ("satui-barat", "Kabupaten Tanah Bumbu", "Satui", "Satui Barat", ""),
    ("pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan", ""),
    ("tanta", "Kabupaten Tabalong", "Tanta", "Tanta", ""),
    ("jaro", "Kabupaten Tabalong", "Jaro", "Jaro", "inactive"),
    ("paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota", ""),
    ("halong", "Kabupaten Balangan", "Halong", "Halong", ""),
    ("lampihong-kanan", "Kabupaten Balangan", "Lampihong", "Lampihong Kanan", "special"),
    ("sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang", ""),
    ("alabio", "Kabupaten Hulu Sungai Utara", "Sungai Pandan", "Alabio", ""),
    ("danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang", "special"),
    ("barabai-barat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Barat", ""),
    ("pagat", "Kabupaten Hulu Sungai Tengah", "Batu Benawa", "Pagat", ""),
    ("birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang", ""),
    ("kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota", ""),
    ("angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang", ""),
    ("loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado", "special"),
    ("rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung", ""),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang", ""),
    ("tatakan", "Kabupaten Tapin", "Tapin Selatan", "Tatakan", "inactive"),
    ("marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", ""),
    ("anjir-pasar-kota", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota", "special"),
    ("handil-bakti", "Kabupaten Barito Kuala", "Alalak", "Handil Bakti", ""),
]
KIM = {"kim-" + k[0]: dict(id="kim-" + k[0], name="KIM " + k[3], region=k[1], district=k[2], village=k[3], role=k[4])
       for k in KIMS}
NORMAL = [k for k, v in KIM.items() if not v["role"]]
INACTIVE = [k for k, v in KIM.items() if v["role"] == "inactive"]
SPECIAL = [k for k, v in KIM.items() if v["role"] == "special"]

SOURCES = {  # source -> (region or None for provincial, site name, url builder kind, host)
    "disnakertrans-kalsel": (None, "Disnakertrans Kalsel", "ym", "disnakertrans.kalselprov.go.id"),
    "pemprov-kalsel": (None, "Pemprov Kalsel", "slug", "kalselprov.go.id"),
    "diskominfo-kalsel": (None, "Diskominfo Kalsel", "wp", "diskominfo.kalselprov.go.id"),
    "bp3mi-kalsel": (None, "BP3MI Kalsel", "bp", "bp2mi.go.id"),
    "dprd-kalsel": (None, "DPRD Kalsel", "slug", "dprd-kalselprov.go.id"),
    "pemkot-banjarmasin": ("Kota Banjarmasin", "Pemkot Banjarmasin", "html", "banjarmasinkota.go.id"),
    "pemkot-banjarbaru": ("Kota Banjarbaru", "Pemkot Banjarbaru", "wp", "banjarbarukota.go.id"),
    "pemkab-banjar": ("Kabupaten Banjar", "Pemkab Banjar", "wpi", "banjarkab.go.id"),
    "pemkab-tanah-laut": ("Kabupaten Tanah Laut", "Pemkab Tanah Laut", "slug", "tanahlautkab.go.id"),
    "pemkab-kotabaru": ("Kabupaten Kotabaru", "Pemkab Kotabaru", "num", "kotabarukab.go.id"),
    "pemkab-tanah-bumbu": ("Kabupaten Tanah Bumbu", "Pemkab Tanah Bumbu", "detnum", "tanahbumbukab.go.id"),
    "pemkab-tabalong": ("Kabupaten Tabalong", "Pemkab Tabalong", "slug", "tabalongkab.go.id"),
    "pemkab-balangan": ("Kabupaten Balangan", "Pemkab Balangan", "detail", "balangankab.go.id"),
    "pemkab-hsu": ("Kabupaten Hulu Sungai Utara", "Pemkab HSU", "slug", "hulusungaiutarakab.go.id"),
    "pemkab-hst": ("Kabupaten Hulu Sungai Tengah", "Pemkab HST", "wp", "hstkab.go.id"),
    "pemkab-hss": ("Kabupaten Hulu Sungai Selatan", "Pemkab HSS", "num", "hulusungaiselatankab.go.id"),
    "pemkab-tapin": ("Kabupaten Tapin", "Pemkab Tapin", "slug", "tapinkab.go.id"),
    "pemkab-batola": ("Kabupaten Barito Kuala", "Pemkab Barito Kuala", "slug", "baritokualakab.go.id"),
}


def fill(text):
    """{D:d/m} -> 'Weekday (d/m/2026)', {H:d/m} -> weekday."""
    def rep(m):
        d, mo = map(int, m.group(2).split("/"))
        day = HARI[datetime(2026, mo, d).weekday()]
        return f"{day} ({d}/{mo}/2026)" if m.group(1) == "D" else day
    return re.sub(r"\{([DH]):(\d+/\d+)\}", rep, text)


def ann_url(source, slug, when, n):
    kind, host = SOURCES[source][2], SOURCES[source][3]
    if kind == "ym":
        return f"https://{host}/berita/{when:%Y}/{when:%m}/{slug}"
    if kind == "slug":
        return f"https://{host}/berita/{slug}"
    if kind == "wp":
        return f"https://{host}/{when:%Y/%m/%d}/{slug}/"
    if kind == "wpi":
        return f"https://{host}/index.php/{when:%Y/%m/%d}/{slug}/"
    if kind == "bp":
        return f"https://{host}/berita-detail/{slug}"
    if kind == "html":
        return f"https://{host}/{when:%Y}/{when:%m}/{slug}.html"
    if kind == "num":
        return f"https://{host}/berita/{n}/{slug}"
    if kind == "detnum":
        return f"https://{host}/berita/detail/{n}-{slug}"
    if kind == "detail":
        return f"https://{host}/berita/detail/{slug}"
    raise ValueError(kind)


# ---------------------------------------------------------------- releases
A = {}
for i, (aid, source, when, slug, title, p1, p2, p3) in enumerate(ANNS):
    paras = [p1, p2, p3]
    if aid in EXTRA:
        where, sentence = EXTRA[aid]
        if where == "1":
            paras[0] += " " + sentence
        else:
            body, tag = paras[2].rsplit(" (", 1)
            paras[2] = body + " " + sentence + " (" + tag
    paras = [fill(p) for p in paras]
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    A[aid] = dict(id="h46-" + aid, source=source, url=ann_url(source, slug, dt, 4100 + 37 * i), title=fill(title),
                  paras=paras, text="\n\n".join(paras), dt=dt, region=SOURCES[source][0],
                  site=SOURCES[source][1], wp=SOURCES[source][2] in ("wp", "wpi"))
AIDS = list(A)

# ---------------------------------------------------------------- helpers
POSTS = []


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + WITA


def jitter(dt):
    return dt.replace(second=R.randrange(60)) + timedelta(minutes=R.randrange(0, 7))


def clamp(dt):
    return min(max(dt, START), END - timedelta(minutes=R.randrange(5, 300)))


def gold_time(a, lo=None):
    """A time 10 min .. 20 days after release a, mostly within a day."""
    r = R.random()
    if r < 0.55:
        d = timedelta(minutes=R.randrange(15, 24 * 60))
    elif r < 0.87:
        d = timedelta(minutes=R.randrange(24 * 60, 4 * 24 * 60))
    else:
        d = timedelta(minutes=R.randrange(4 * 24 * 60, 12 * 24 * 60))
    t = a["dt"] + d
    if t > END:
        t = a["dt"] + timedelta(minutes=R.randrange(15, max(16, int((END - a["dt"]).total_seconds() // 60) - 5)))
    return t.replace(second=R.randrange(60))


COUNT = {k: 0 for k in KIM}


def pick_kim(a, pool=None):
    pool = pool or NORMAL
    cands = [k for k in pool if a["region"] is None or KIM[k]["region"] == a["region"]] or pool
    low = min(COUNT[k] for k in cands)
    best = [k for k in cands if COUNT[k] <= low + 2]
    return R.choice(best)


def post_url(kim, platform, dt, n):
    h = kim.replace("kim-", "kim")
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/{10230000000 + n * 7919}"
    if platform == "telegram":
        return f"https://t.me/{h.replace('-', '_')}/{300 + n}"
    if platform == "instagram":
        code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_") for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "youtube":
        vid = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(11))
        return f"https://www.youtube.com/watch?v={vid}"
    return f"https://{kim}.desa.id/{dt:%Y/%m}/kabar-{n:04d}"


def add(kim, platform, text, dt, style, gold, key, title="", links=None, **info):
    COUNT[kim] += 1
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, dt=dt, links=links or [],
                      style=style, gold=["h46-" + g for g in gold], key=key, info=info))


URLRE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def urls_in(*texts):
    out = []
    for t in texts:
        for u in URLRE.findall(t):
            u = u.rstrip(".,;:!?")
            if u not in out:
                out.append(u)
    return out


TAGS = ["#KIM", "#Kalsel", "#InfoWarga", "#Ketenagakerjaan", "#HakPekerja", "#BanuaBungas", "#InfoKIM", "#K3",
        "#Disnaker", "#Pekerja", "#KabarBanua", "#InfoResmi", "#Gawi", "#Upah", "#KalselBabungas"]


def tags(n):
    return " ".join(R.sample(TAGS, n))


# ---------------------------------------------------------------- copy habits
def typo(text, n):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    for i in R.sample(idx, min(n, len(idx))):
        w = words[i]
        j = R.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def habits(text):
    ops = R.sample(["dash", "quotes", "typo", "collapse", "notag", "abbr"], R.randrange(0, 4))
    if "dash" in ops:
        text = text.replace("–", "-")
    if "quotes" in ops:
        text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    if "typo" in ops:
        text = typo(text, R.randrange(1, 4))
    if "collapse" in ops:
        text = text.replace("\n\n", " ")
    if "notag" in ops:
        text = re.sub(r"\s*\([a-z0-9-]+/[a-z]+\)\s*$", "", text)
    if "abbr" in ops:
        for a, b in ((" yang ", " yg "), (" dengan ", " dgn "), (" untuk ", " utk ")):
            text = text.replace(a, b)
    return text, ops


# ---------------------------------------------------------------- positives
def order(n):
    """n release ids, each release about equally often, shuffled."""
    out = []
    while len(out) < n:
        out += R.sample(AIDS, len(AIDS))
    return out[:n]


# copy: 30
WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "↪️ Diteruskan dari grup Info Kecamatan", "Forward dari grup sebelah 👇",
           "*KABAR DARI PEMERINTAH*", "Diteruskan dari grup Pengurus RT"]
for n, aid in enumerate(order(30)):
    a, shape = A[aid], ["wa", "web", "greet", "tgfwd", "ig"][n % 5]
    k = pick_kim(a)
    body, ops = habits(a["text"])
    t = gold_time(a)
    if shape == "wa":
        text = f"{R.choice(WA_HEAD)}\n\n*{a['title']}*\n\n{body}\n\n_{R.choice(['Mohon dibagikan', 'Silakan diteruskan', 'Semoga bermanfaat'])}_"
        add(k, R.choice(["facebook", "telegram"]), text, t, "copy", [aid], f"auto:copy:{aid}", shape=shape, ops=ops)
    elif shape == "web":
        src = R.choice([a["site"], SOURCES[a["source"]][3], a["url"]])
        text = f"Oleh Admin {KIM[k]['name']} · {R.randrange(0, 9)} Komentar\n\n{body}\n\nSumber: {src}"
        add(k, "website", text, t, "copy", [aid], f"auto:copy:{aid}", title=a["title"], links=urls_in(text), shape=shape, ops=ops)
    elif shape == "greet":
        text = (f"{R.choice(['Assalamualaikum', 'Selamat pagi', 'Salam sejahtera'])} warga {KIM[k]['village']}, "
                f"berikut info dari {a['site']}:\n\n{body}\n\nSalam {KIM[k]['name']}")
        add(k, "facebook", text, t, "copy", [aid], f"auto:copy:{aid}", shape=shape, ops=ops)
    elif shape == "tgfwd":
        text = f"Forwarded from Info {KIM[k]['region'].replace('Kabupaten ', '').replace('Kota ', '')}\n{a['title'].upper()}\n\n{body}"
        add(k, "telegram", text, t, "copy", [aid], f"auto:copy:{aid}", shape=shape, ops=ops)
    else:
        text = f"{body}\n\n{tags(R.randrange(4, 7))}"
        add(k, "instagram", text, t, "copy", [aid], f"auto:copy:{aid}", shape=shape, ops=ops)


# excerpt: 34
def cut(text, lo, hi):
    s = text[:R.randrange(lo, hi)]
    return s[: s.rfind(" ")].rstrip(",;:") + "…"


CHAPTERS = ["00:00 Pembuka", "00:35 Suasana kegiatan", "01:50 Keterangan pejabat", "03:10 Langkah berikutnya", "04:05 Penutup"]
for n, aid in enumerate(order(34)):
    a, shape = A[aid], ["tgtrunc", "fbmore", "iglead", "yt", "webquote", "fbintro"][n % 6]
    k = pick_kim(a)
    p1, p2, p3 = a["paras"]
    t = gold_time(a)
    if shape == "tgtrunc":
        add(k, "telegram", f"{a['title']}\n\n{cut(p1, 150, 220)}", t, "excerpt", [aid], f"auto:excerpt:{aid}", shape=shape)
    elif shape == "fbmore":
        w = p2.split()
        add(k, "facebook", f"{p1}\n\n{' '.join(w[:R.randrange(10, 18)])}... Lihat selengkapnya", t, "excerpt", [aid],
            f"auto:excerpt:{aid}", shape=shape)
    elif shape == "iglead":
        add(k, "instagram", f"{p1}\n.\n{tags(R.randrange(5, 9))}", t, "excerpt", [aid], f"auto:excerpt:{aid}", shape=shape)
    elif shape == "yt":
        text = f"{p1}\n\n" + "\n".join(R.sample(CHAPTERS[1:4], 2) and [CHAPTERS[0]] + CHAPTERS[1:4] + [CHAPTERS[4]]) + \
            f"\n\nSimak video lengkap di kanal {KIM[k]['name']}."
        add(k, "youtube", text, t, "excerpt", [aid], f"auto:excerpt:{aid}", title="VIDEO | " + a["title"], shape=shape)
    elif shape == "webquote":
        m = re.search(r"“[^”]+,” (?:kata|ujar|ucap|tegas|jelas|pesan) ([^,]+)", a["text"])
        who = m.group(1) if m else a["site"]
        add(k, "website", f"{p2}\n\nDisarikan dari rilis {a['site']}.", t, "excerpt", [aid], f"auto:excerpt:{aid}",
            title=f"Kata {who}: {a['title']}", shape=shape)
    else:
        intro = R.choice(["Info penting untuk pekerja dan pengusaha di banua 👇", "Kabar terbaru, silakan dibaca:",
                          "Dari rilis resmi hari ini:"])
        outro = R.choice(["Semoga bermanfaat.", "Silakan bagikan.", "Mari kita kawal bersama."])
        add(k, "facebook", f"{intro}\n\n{p1}\n\n{p2}\n\n{outro}", t, "excerpt", [aid], f"auto:excerpt:{aid}", shape=shape)


# link: 36
def form(a, f):
    u = a["url"]
    if f == "exact":
        return u
    if f == "http":
        return u.replace("https://", "http://")
    if f == "www":
        return u.replace("https://", "https://www.")
    if f == "m":
        return u.replace("https://", "https://m.")
    if f == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if f == "amp":
        return u + "amp/" if a["wp"] else u + "?utm_source=wa"
    if f == "utm":
        return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if f == "fbclid":
        return u + "?fbclid=IwAR" + "".join(R.choice("abcdefghijkLMNOPQ0123456789") for _ in range(22))
    if f == "utmfb":
        return u + "?utm_source=fb&fbclid=IwZX" + "".join(R.choice("abcdef0123456789") for _ in range(16))
    if f == "httpm":
        return u.replace("https://", "http://m.")
    if f == "bare":
        return u.replace("https://", "www.")
    raise ValueError(f)


FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "bare"]
COMMENTS = ["Info buat dangsanak semua", "Penting, baca sampai habis", "Silakan disimak", "Kabar resmi dari pemerintah",
            "Buat yang kerja di perusahaan, ini perlu dibaca", "Mohon dibaca dan dibagikan", "Bagikan ke grup RT ya"]
for n, aid in enumerate(order(36)):
    a, shape = A[aid], ["fbshare", "fbshare", "fburl", "tgurl", "ytdesc", "webmore"][n % 6]
    k = pick_kim(a)
    f = FORMS[n % len(FORMS)]
    u = form(a, f if not (shape == "fbshare" and f == "bare") else "exact")
    t = gold_time(a)
    if shape == "fbshare":
        host = SOURCES[a["source"]][3].upper()
        add(k, "facebook", f"{R.choice(COMMENTS)}\n\n{host}\n{a['title']}", t, "link", [aid], f"auto:link:{aid}",
            links=[u], shape=shape, form=f)
    elif shape == "fburl":
        text = f"{R.choice(COMMENTS)} 👉 {u}"
        add(k, "facebook", text, t, "link", [aid], f"auto:link:{aid}", links=urls_in(text), shape=shape, form=f)
    elif shape == "tgurl":
        text = f"{a['title']}\n{u}"
        add(k, "telegram", text, t, "link", [aid], f"auto:link:{aid}", links=urls_in(text), shape=shape, form=f)
    elif shape == "ytdesc":
        text = f"Rangkuman singkat dari admin {KIM[k]['name']}.\nBerita lengkap: {u}"
        add(k, "youtube", text, t, "link", [aid], f"auto:link:{aid}", title=a["title"] + " | " + KIM[k]["name"],
            links=urls_in(text), shape=shape, form=f)
    else:
        text = f"{R.choice(COMMENTS)}. Baca selengkapnya: {u}"
        add(k, "website", text, t, "link", [aid], f"auto:link:{aid}", title=a["title"], links=urls_in(text), shape=shape, form=f)

# summary: 40 short + 20 long
for n, aid in enumerate(AIDS):
    a, s = A[aid], fill(T[aid]["S"])
    k = pick_kim(a)
    shape = ["fb", "tg", "ig", "wa"][n % 4]
    t = gold_time(a)
    if shape == "fb":
        add(k, "facebook", s, t, "summary", [aid], f"posts_text.py:{aid}:S", shape=shape)
    elif shape == "tg":
        add(k, "telegram", "📌 " + s, t, "summary", [aid], f"posts_text.py:{aid}:S", shape=shape)
    elif shape == "ig":
        add(k, "instagram", s + "\n\n" + tags(3), t, "summary", [aid], f"posts_text.py:{aid}:S", shape=shape)
    else:
        add(k, R.choice(["facebook", "telegram"]), f"*INFO*\n{s}\n_Mohon disebarkan_", t, "summary", [aid],
            f"posts_text.py:{aid}:S", shape=shape)
LONG = [(aid, fill(T[aid]["L"]), "posts_text.py") for aid in AIDS if "L" in T[aid]] + \
       [(aid, fill(txt), "extra.py:L2") for aid, txt in L2.items()]
for n, (aid, s, src) in enumerate(LONG):
    a = A[aid]
    k = pick_kim(a)
    shape = ["fb", "web", "yt", "ig12"][n % 4]
    t = gold_time(a)
    key = f"{src}:{aid}:L"
    if shape == "fb":
        add(k, "facebook", s, t, "summary", [aid], key, shape=shape)
    elif shape == "web":
        add(k, "website", s + f"\n\n(Admin {KIM[k]['name']})", t, "summary", [aid], key, title=a["title"], shape=shape)
    elif shape == "yt":
        add(k, "youtube", f"Liputan: {s}\n\n00:00 Pengantar\n00:40 Poin utama\n02:15 Penutup", t, "summary", [aid], key,
            title="Liputan | " + a["title"], shape=shape)
    else:
        add(k, "instagram", s + "\n\n" + tags(12), t, "summary", [aid], key, shape=shape)

# paraphrase: 40 Banjar + 4 casual
for n, aid in enumerate(AIDS):
    a = A[aid]
    pool = SPECIAL if (a["region"] in {KIM[s]["region"] for s in SPECIAL} or R.random() < 0.2) else NORMAL
    k = pick_kim(a, pool if any(a["region"] is None or KIM[s]["region"] == a["region"] for s in pool) else NORMAL)
    pf = ["facebook", "instagram", "facebook", "telegram"][n % 4]
    add(k, pf, fill(T[aid]["P"]), gold_time(a), "paraphrase", [aid], f"posts_text.py:{aid}:P", shape="banjar")
for aid, txt in P2:
    a = A[aid]
    add(pick_kim(a), R.choice(["facebook", "instagram"]), txt, gold_time(a), "paraphrase", [aid], f"extra.py:P2:{aid}",
        shape="casual")


# ---------------------------------------------------------------- round-ups: 26 (10 with three, 16 with two)
def short_item(aid):
    s = fill(T[aid]["S"])
    return s.split(". ")[0].rstrip(".")


def item(aid, mode):
    a = A[aid]
    words = a["title"].split()
    lower = " ".join([words[0]] + [w if (w.isupper() or any(c.isdigit() for c in w)) else w.lower() for w in words[1:]])
    return {"title": a["title"], "lower": lower, "short": short_item(aid)}[mode]


RU_KIMS = SPECIAL * 3 + R.sample(NORMAL, 14)
LAYOUTS = ["oneline", "bullets", "numbered", "prose", "ytchap", "emoji"]
made, tries = 0, 0
while made < 26:
    tries += 1
    size = 3 if made < 10 else 2
    k = RU_KIMS[made]
    t = datetime(2026, 11, 6) + timedelta(minutes=R.randrange(0, 29 * 24 * 60))
    t = min(t, END - timedelta(minutes=30)).replace(second=R.randrange(60))
    cands = [aid for aid in AIDS if timedelta(hours=2) <= t - A[aid]["dt"] <= timedelta(days=10)
             and (A[aid]["region"] is None or A[aid]["region"] == KIM[k]["region"])]
    if len(cands) < size:
        continue
    picks = sorted(R.sample(cands, size), key=lambda x: A[x]["dt"])
    mode = R.choice(["title", "lower", "short"])
    items = [item(p, mode) for p in picks]
    local = R.sample(LOCAL, R.choice([0, 1, 1, 2]))
    allitems = items + local
    R.shuffle(allitems)
    lay = LAYOUTS[made % 6]
    place = KIM[k]["village"]
    title = ""
    pf = "facebook"
    if lay == "oneline":
        text = "KILAS INFO | " + " | ".join(allitems) + " |"
    elif lay == "bullets":
        text = f"Rangkuman kabar pekan ini dari {KIM[k]['name']}:\n" + "\n".join("• " + x for x in allitems)
        pf = R.choice(["facebook", "instagram"])
    elif lay == "numbered":
        text = "📋 BERITA MINGGU INI\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(allitems, 1))
        pf = "telegram"
    elif lay == "prose":
        text = (f"Sepekan terakhir ada beberapa kabar yang perlu warga {place} ketahui. " +
                " Selain itu, ".join(x[0].upper() + x[1:] + "." for x in allitems))
        pf, title = "website", f"Kabar Sepekan di {place}"
    elif lay == "ytchap":
        text = "Rangkuman berita pekan ini:\n" + "\n".join(f"0{i}:{R.randrange(10, 59)} {x}" for i, x in enumerate(allitems))
        pf, title = "youtube", f"Kabar Banua Sepekan | {KIM[k]['name']}"
    else:
        text = "🗞️ KABAR SINGKAT ✅\n" + "\n".join("🔹 " + x for x in allitems)
    add(k, pf, text, t, "roundup", picks, f"auto:roundup:{made + 1}", title=title, shape=lay, local=local)
    made += 1


# ---------------------------------------------------------------- negatives
def neg_kim(a, inactive_bias=0.55):
    reg = [k for k in INACTIVE if a["region"] and KIM[k]["region"] == a["region"]]
    if reg and R.random() < 0.75:
        return reg[0]
    if R.random() < inactive_bias * 0.5:
        return min(INACTIVE, key=lambda k: COUNT[k] + R.random())
    pool = [k for k in KIM if a["region"] is None or KIM[k]["region"] == a["region"]]
    return R.choice(pool)


def shape_neg(k, text, n):
    pf = ["facebook", "facebook", "telegram", "instagram", "website", "facebook", "youtube", "telegram"][n % 8]
    title = ""
    if pf == "instagram":
        text = text + "\n\n" + tags(R.randrange(3, 6))
    elif pf in ("website", "youtube"):
        words = re.split(r"[.:!?]", text)[0].split()
        title = " ".join(words[:10]).rstrip(",")
        if pf == "youtube":
            title = title + " | " + KIM[k]["name"]
    elif n % 11 == 3:
        text = "*INFO WARGA*\n" + text + "\n_Diteruskan dari grup RT_"
    return pf, title, text


def neg_time(a, hours, before=False):
    d = timedelta(hours=hours * R.uniform(0.9, 1.1))
    t = a["dt"] - d if before else a["dt"] + d
    if before:
        t = min(t, a["dt"] - timedelta(hours=1))
    return clamp(t).replace(second=R.randrange(60)) if not before else max(t, START).replace(second=R.randrange(60))


n = 0
for aid in AIDS:
    a = A[aid]
    for i, (txt, differs, hours) in enumerate(T[aid]["N"]):
        k = neg_kim(a)
        pf, title, text = shape_neg(k, fill(txt), n)
        add(k, pf, text, neg_time(a, hours), "negative-topic", [], f"posts_text.py:{aid}:N{i}", title=title,
            links=urls_in(title, text), imitates=["h46-" + aid], differs=differs)
        n += 1
for i, (aid, txt, differs, hours) in enumerate(N2):
    a = A[aid]
    k = neg_kim(a)
    pf, title, text = shape_neg(k, fill(txt), n)
    add(k, pf, text, neg_time(a, hours), "negative-topic", [], f"extra.py:N2[{i}]", title=title,
        links=urls_in(title, text), imitates=["h46-" + aid], differs=differs)
    n += 1

BEFORE = [(aid, *T[aid]["B"], "posts_text.py:" + aid + ":B") for aid in AIDS if "B" in T[aid]] + \
         [(aid, txt, differs, hours, f"extra.py:B2[{i}]") for i, (aid, txt, differs, hours) in enumerate(B2)]
for aid, txt, differs, hours, key in BEFORE:
    a = A[aid]
    k = neg_kim(a, 0.8)
    pf, title, text = shape_neg(k, fill(txt), n)
    t = neg_time(a, hours, before=True)
    add(k, pf, text, t, "before", [], key, title=title, links=urls_in(title, text), imitates=["h46-" + aid],
        differs=differs)
    n += 1

span = int((END - START).total_seconds() // 60)
for i, txt in enumerate(U):
    k = next((kk for kk, v in KIM.items() if v["village"] in txt), None) or R.choice(list(KIM))
    pf, title, text = shape_neg(k, txt, i + 3)
    add(k, pf, text, START + timedelta(minutes=R.randrange(span)), "negative-unrelated", [], f"extra.py:U[{i}]",
        title=title, links=urls_in(title, text))
for i, (txt, links) in enumerate(TRAPS):
    k = R.choice(list(KIM))
    add(k, "facebook", txt, datetime(2026, 11, 20) + timedelta(minutes=R.randrange(0, 20000)), "negative-unrelated", [],
        f"extra.py:TRAPS[{i}]", links=links)

# ---------------------------------------------------------------- ids, urls, output
for p in POSTS:
    p["dt"] = p["dt"].replace(microsecond=0)
POSTS.sort(key=lambda p: (p["dt"], p["key"]))
ids = list(range(1, len(POSTS) + 1))
random.Random(SEED + 1).shuffle(ids)
for p, i in zip(POSTS, ids):
    p["id"] = f"h46-p{i:03d}"
    p["url"] = post_url(p["kim"], p["platform"], p["dt"], i)

with open("announcements.jsonl", "w", encoding="utf-8") as f:
    for aid in sorted(AIDS, key=lambda x: A[x]["dt"]):
        a = A[aid]
        f.write(json.dumps(dict(id=a["id"], source=a["source"], url=a["url"], title=a["title"], text=a["text"],
                                published_at=iso(a["dt"])), ensure_ascii=False) + "\n")
with open("kims.yaml", "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for v in KIM.values():
        f.write(f"- id: {v['id']}\n  name: {v['name']}\n  region: {v['region']}\n  district: {v['district']}\n"
                f"  village: {v['village']}\n")
keymap = {}
with open("posts.jsonl", "w", encoding="utf-8") as fp, open("labels.jsonl", "w", encoding="utf-8") as fl:
    for p in POSTS:
        fp.write(json.dumps(dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=p["url"], title=p["title"],
                                 text=p["text"], published_at=iso(p["dt"]), links=p["links"]), ensure_ascii=False) + "\n")
        fl.write(json.dumps(dict(post=p["id"], announcements=p["gold"], style=p["style"]), ensure_ascii=False) + "\n")
        keymap[p["id"]] = dict(key=p["key"], style=p["style"], gold=p["gold"], **p["info"])
with open("keymap.json", "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
print(len(POSTS), "posts")
