#!/usr/bin/env python3
"""Build heldout33 (announcements, kims, posts, labels, keymap) from anns.py and extra.py.

Deterministic: a fixed seed, no set iteration, sorted output. Two runs give byte-identical files.
"""
import json
import math
import os
import random
import re
from datetime import datetime, timedelta

import anns as A
import extra as X

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120733
R = random.Random(SEED)
P = "h33"
WITA = "+08:00"
START = datetime(2026, 10, 25, 6, 0)
END = datetime(2026, 12, 5, 21, 30)

# ------------------------------------------------------------------ sources and their sites
SITES = {
    "kesbangpol-kalsel": ("kesbangpol.kalselprov.go.id", "berita", "Kesbangpol Kalsel"),
    "pemprov-kalsel": ("kalselprov.go.id", "berita", "Pemprov Kalsel"),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp", "Diskominfo Kalsel"),
    "dp3a-kalsel": ("dp3a.kalselprov.go.id", "wp", "DP3A Kalsel"),
    "dispora-kalsel": ("dispora.kalselprov.go.id", "wp", "Dispora Kalsel"),
    "esdm-kalsel": ("desdm.kalselprov.go.id", "berita", "Dinas ESDM Kalsel"),
    "disperkim-kalsel": ("disperkim.kalselprov.go.id", "berita", "Disperkim Kalsel"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html", "Pemko Banjarmasin"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "Pemko Banjarbaru"),
    "pemkab-banjar": ("banjarkab.go.id", "detail", "Pemkab Banjar"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "Pemkab Tanah Laut"),
    "pemkab-tapin": ("tapinkab.go.id", "num", "Pemkab Tapin"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "berita", "Pemkab HSS"),
    "pemkab-hst": ("hstkab.go.id", "wp", "Pemkab HST"),
    "pemkab-hsu": ("hsu.go.id", "read", "Pemkab HSU"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "Pemkab Balangan"),
    "pemkab-tabalong": ("tabalongkab.go.id", "berita", "Pemkab Tabalong"),
    "pemkab-batola": ("baritokualakab.go.id", "num", "Pemkab Barito Kuala"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num", "Pemkab Kotabaru"),
    "pemkab-tanah-bumbu": ("tanahbumbukab.go.id", "berita", "Pemkab Tanah Bumbu"),
}


def ann_url(a, num):
    host, kind, _ = SITES[a["src"]]
    d = a["dt"][:10]
    y, m, dd = d.split("-")
    if kind == "wp":
        return f"https://{host}/{y}/{m}/{dd}/{a['slug']}/"
    if kind == "html":
        return f"https://{host}/{y}/{m}/{a['slug']}.html"
    if kind == "detail":
        return f"https://{host}/berita/detail/{a['slug']}"
    if kind == "num":
        return f"https://{host}/berita/{num}/{a['slug']}"
    if kind == "read":
        return f"https://{host}/berita/read/{a['slug']}"
    return f"https://{host}/berita/{a['slug']}"


# ------------------------------------------------------------------ KIM registry
KIMS = [
    ("alalak-selatan", "Kota Banjarmasin", "Banjarmasin Utara", "Alalak Selatan"),
    ("basirih", "Kota Banjarmasin", "Banjarmasin Barat", "Basirih"),
    ("pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya"),
    ("teluk-dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam"),
    ("guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("loktabat-utara", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara"),
    ("palam", "Kota Banjarbaru", "Cempaka", "Palam"),
    ("pengaron", "Kabupaten Banjar", "Pengaron", "Pengaron"),
    ("astambul-kota", "Kabupaten Banjar", "Astambul", "Astambul Kota"),
    ("sungai-lulut", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Lulut"),
    ("panyipatan", "Kabupaten Tanah Laut", "Panyipatan", "Panyipatan"),
    ("tambang-ulang", "Kabupaten Tanah Laut", "Tambang Ulang", "Tambang Ulang"),
    ("asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam"),
    ("rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung"),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("bakarangan", "Kabupaten Tapin", "Bakarangan", "Bakarangan"),
    ("jambu-hilir", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Jambu Hilir"),
    ("padang-batung", "Kabupaten Hulu Sungai Selatan", "Padang Batung", "Padang Batung"),
    ("telaga-langsat", "Kabupaten Hulu Sungai Selatan", "Telaga Langsat", "Telaga Langsat"),
    ("pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan"),
    ("birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang"),
    ("haruyan", "Kabupaten Hulu Sungai Tengah", "Haruyan", "Haruyan"),
    ("sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang"),
    ("alabio", "Kabupaten Hulu Sungai Utara", "Sungai Pandan", "Alabio"),
    ("paminggir", "Kabupaten Hulu Sungai Utara", "Paminggir", "Paminggir"),
    ("paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("awayan", "Kabupaten Balangan", "Awayan", "Awayan"),
    ("halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan"),
    ("telaga-itar", "Kabupaten Tabalong", "Kelua", "Telaga Itar"),
    ("jaro", "Kabupaten Tabalong", "Jaro", "Jaro"),
    ("marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota"),
    ("berangas", "Kabupaten Barito Kuala", "Alalak", "Berangas"),
    ("belawang", "Kabupaten Barito Kuala", "Belawang", "Belawang"),
    ("sebelimbingan", "Kabupaten Kotabaru", "Pulau Laut Utara", "Sebelimbingan"),
    ("sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali"),
    ("serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga"),
    ("pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pagatan"),
    ("sebamban-baru", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sebamban Baru"),
    ("sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau"),
]
INACTIVE = ["kim-teluk-dalam", "kim-palam", "kim-asam-asam", "kim-telaga-langsat", "kim-jaro", "kim-serongga"]
SPECIAL = ["kim-paminggir", "kim-halong", "kim-belawang", "kim-bakarangan"]
KIM = {f"kim-{k}": dict(id=f"kim-{k}", name="KIM " + v, region=r, district=d, village=v) for k, r, d, v in KIMS}
KIDS = [f"kim-{k[0]}" for k in KIMS]
NORMAL = [k for k in KIDS if k not in INACTIVE and k not in SPECIAL]
ACTIVE = [k for k in KIDS if k not in INACTIVE]
SHORTREG = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
            "Kabupaten Tanah Laut": "Tala", "Kabupaten Tapin": "Tapin", "Kabupaten Hulu Sungai Selatan": "HSS",
            "Kabupaten Hulu Sungai Tengah": "HST", "Kabupaten Hulu Sungai Utara": "HSU",
            "Kabupaten Balangan": "Balangan", "Kabupaten Tabalong": "Tabalong",
            "Kabupaten Barito Kuala": "Batola", "Kabupaten Kotabaru": "Kotabaru",
            "Kabupaten Tanah Bumbu": "Tanbu"}

# ------------------------------------------------------------------ announcements
ANNS = A.ANNS
ANN = {a["id"]: a for a in ANNS}
for i, a in enumerate(ANNS):
    a["url"] = ann_url(a, 4100 + 37 * i + R.randint(0, 30))
    a["text"] = "\n\n".join(a["p"])
    a["when"] = datetime.fromisoformat(a["dt"])


def region_kims(a, pool):
    if a["region"] == "prov":
        return list(pool)
    c = [k for k in pool if KIM[k]["region"] == a["region"]]
    return c or list(pool)


# ------------------------------------------------------------------ helpers
USE = {k: 0 for k in KIDS}


def pick(cands):
    """The least-used candidate, ties broken by the seeded generator."""
    low = min(USE[k] for k in cands)
    k = R.choice([c for c in cands if USE[c] == low])
    USE[k] += 1
    return k


def delay():
    r = R.random()
    if r < 0.3:
        m = R.uniform(15, 360)
    elif r < 0.78:
        m = R.uniform(360, 2880)
    else:
        m = R.uniform(2880, 12 * 1440)
    return timedelta(minutes=m)


def after(a, lo_min=12):
    t = a["when"] + delay()
    if t > END:
        t = END - timedelta(minutes=R.randint(10, 600))
    if t - a["when"] < timedelta(minutes=lo_min):
        t = a["when"] + timedelta(minutes=lo_min + R.randint(1, 40))
    return t.replace(second=R.randint(0, 59))


def around(a, lo=-5, hi=9):
    t = a["when"] + timedelta(hours=R.uniform(lo * 24, hi * 24))
    t = min(max(t, START), END)
    return t.replace(second=R.randint(0, 59))


POSTS = []
NUM = [0]


def handle(k):
    return k[4:].replace("-", "")


def post_url(kim, platform, when):
    NUM[0] += 1
    n = 100000 + NUM[0] * 7919 % 900000
    h = handle(kim)
    if platform == "facebook":
        return f"https://www.facebook.com/kim.{h}/posts/{n}{R.randint(100, 999)}"
    if platform == "instagram":
        code = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "telegram":
        return f"https://t.me/kim{h}/{n % 4000 + 12}"
    if platform == "youtube":
        vid = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.youtube.com/watch?v={vid}"
    return f"https://kim{h}.desa.id/{when:%Y/%m}/post-{n}/"


URLRE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def add(kim, platform, text, when, style, gold, key, title="", extra_links=(), **km):
    links = [u.rstrip(".,;:!?") for u in URLRE.findall(title + "\n" + text)]
    for u in extra_links:
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, url=post_url(kim, platform, when), title=title, text=text,
                      published_at=when.strftime("%Y-%m-%dT%H:%M:%S") + WITA, links=links,
                      _style=style, _gold=list(gold), _km=dict(key=key, **km)))


# ------------------------------------------------------------------ copy habits
def typo(t):
    words = [m for m in re.finditer(r"[a-z]{7,}", t)]
    if not words:
        return t
    m = R.choice(words)
    w = m.group(0)
    i = R.randint(1, len(w) - 3)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return t[:m.start()] + w2 + t[m.end():]


def habits(a, t, n):
    ops = R.sample(["dash", "quotes", "typo", "collapse", "dropclose", "abbrev", "dateline", "typo2"], n)
    for op in ops:
        if op == "dash":
            t = t.replace("–", "-")
        elif op == "quotes":
            t = t.replace("“", '"').replace("”", '"')
        elif op in ("typo", "typo2"):
            t = typo(t)
        elif op == "collapse":
            t = t.replace("\n\n", " ")
        elif op == "dropclose":
            t = re.sub(r"\s*\([^()]*/[^()]*\)\s*$", "", t)
        elif op == "abbrev":
            t = re.sub(r"\byang\b", "yg", t)
            t = re.sub(r"\bdengan\b", "dgn", t)
            t = re.sub(r"\buntuk\b", "utk", t)
        elif op == "dateline":
            t = re.sub(r"^([A-Z]+) –", lambda m: m.group(1).title() + " (KIM) -", t)
    return t, ops


def tags(a, n):
    base = ["#KIM", "#InfoKalsel", "#Kalsel", "#Banua", "#InfoPublik", "#KabarDesa", "#BeritaDaerah",
            "#KalimantanSelatan", "#BanuaKita", "#InfoWarga", "#SaberHoaks", "#KIMKalsel", "#Diskominfo"]
    reg = SHORTREG.get(a["region"], "Kalsel")
    out = [f"#{reg}Info", f"#Info{reg}"] + R.sample(base, min(n, len(base)))
    return " ".join(out[:n])


def cap_first_para(a):
    return a["p"][0]


def cut(text, lo, hi):
    n = R.randint(lo, hi)
    s = text[:n]
    s = s[:s.rfind(" ")] if " " in s else s
    return s.rstrip(",.;:") + "…"


# ------------------------------------------------------------------ styles from releases
COPY_SHAPES = ["wa", "website", "fbgreet", "tgfwd", "ig"]
EXC_SHAPES = ["tgtrunc", "fbmore", "iglead", "ytchap", "webquote", "fbintro", "shortlead"]
LINK_FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "wwwbare"]
LINK_SHAPES = ["fbshare", "fbcomment", "tglink", "ytdesc", "webbaca"]
GREET = ["Assalamualaikum warga, ada info dari pemerintah:", "Selamat pagi dangsanak, kami teruskan beritanya 🙏",
         "Info resmi, silakan dibaca sampai habis.", "Assalamualaikum wr. wb. dangsanak sabarataan, ada kabar:",
         "Untuk warga yang belum tahu, ini beritanya."]
OUTRO = ["Semoga bermanfaat.", "Mohon dibantu sebarkan.", "Terima kasih sudah membaca.", "Salam KIM.",
         "Silakan share ke grup RT masing-masing."]
COMMENTS = ["Monggo dibaca 👇", "Info buat warga", "Silakan disimak dangsanak", "Penting nih", "Share ke grup keluarga",
            "👇👇", "Baca lengkapnya di sini", "Bagi yg belum tahu", "Kabar dari pemerintah", "Simak ya",
            "Nah ini beritanya", "Untuk diketahui bersama", "Yang ditunggu-tunggu", "Cek link ini"]
FWD_GROUPS = ["Info Kecamatan", "Warga Peduli", "RT 05 Bersatu", "Admin Desa", "Forum KIM", "Majelis Taklim"]


def site_name(a):
    return SITES[a["src"]][2]


def web_theme(kim, body, src_line):
    menu = "Beranda | Berita | Profil KIM | Galeri | Kontak"
    by = f"Oleh Admin {KIM[kim]['name']} · {R.randint(0, 6)} Komentar"
    share = "Bagikan: Facebook · WhatsApp · Telegram"
    return f"{menu}\n\n{by}\n\n{body}\n\n{src_line}\n\n{share}"


def make_copy(a, i):
    shape = COPY_SHAPES[i % len(COPY_SHAPES)]
    kim = pick(region_kims(a, NORMAL))
    t, ops = habits(a, a["text"], R.randint(0, 3))
    when = after(a)
    if shape == "wa":
        head = R.choice(["*BERITA PENTING*", "📢 *INFO RESMI* 📢", f"↪️ Diteruskan dari grup {R.choice(FWD_GROUPS)}"])
        text = f"{head}\n\n*{a['title'].upper()}*\n\n{t}\n\n_Sumber: {site_name(a)}_"
        plat = R.choice(["facebook", "telegram"])
        add(kim, plat, text, when, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shape, ops=ops)
    elif shape == "website":
        text = web_theme(kim, t, f"Sumber: {a['url']}")
        add(kim, "website", text, when, "copy", [a["id"]], f"auto:copy:{a['id']}", title=a["title"], shape=shape, ops=ops)
    elif shape == "fbgreet":
        text = f"{R.choice(GREET)}\n\n{t}\n\n{R.choice(OUTRO)}"
        add(kim, "facebook", text, when, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shape, ops=ops)
    elif shape == "tgfwd":
        reg = SHORTREG.get(a["region"], "Kalsel")
        text = f"Forwarded from Info {reg}\n{a['title'].upper()}\n\n{t}"
        add(kim, "telegram", text, when, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shape, ops=ops)
    else:
        text = f"{t}\n\n{tags(a, R.randint(4, 6))}"
        add(kim, "instagram", text, when, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shape, ops=ops)


def make_excerpt(a, i):
    shape = EXC_SHAPES[i % len(EXC_SHAPES)]
    pool = NORMAL + (SPECIAL if shape == "tgtrunc" else [])
    cands = region_kims(a, pool)
    if shape == "tgtrunc":
        sp = [k for k in cands if k in SPECIAL]
        cands = sp or cands
    kim = pick(cands)
    when = after(a)
    lead = a["p"][0]
    if shape == "tgtrunc":
        text = f"{a['title']}\n\n{cut(lead, 150, 220)}"
        add(kim, "telegram", text, when, "excerpt", [a["id"]], f"auto:excerpt:{a['id']}", shape=shape)
    elif shape == "fbmore":
        text = f"{lead[:R.randint(200, 260)].rsplit(' ', 1)[0]}... Lihat selengkapnya"
        add(kim, "facebook", text, when, "excerpt", [a["id"]], f"auto:excerpt:{a['id']}", shape=shape)
    elif shape == "iglead":
        text = f"{lead}\n\n{tags(a, R.randint(5, 8))}"
        add(kim, "instagram", text, when, "excerpt", [a["id"]], f"auto:excerpt:{a['id']}", shape=shape)
    elif shape == "ytchap":
        m = R.randint(1, 3)
        text = (f"{lead}\n\n00:00 Pembuka\n0{m}:1{R.randint(0, 9)} Keterangan narasumber\n0{m + 2}:4{R.randint(0, 9)} "
                f"Suasana di lokasi\n0{m + 4}:0{R.randint(0, 9)} Penutup\n\nJangan lupa subscribe channel KIM kami.")
        add(kim, "youtube", text, when, "excerpt", [a["id"]], f"auto:excerpt:{a['id']}",
            title=f"VIDEO | {a['title']}", shape=shape)
    elif shape == "webquote":
        body = f"Dikutip dari rilis {site_name(a)}:\n\n{a['p'][1]}"
        text = web_theme(kim, body, f"Sumber: {SITES[a['src']][0]}")
        add(kim, "website", text, when, "excerpt", [a["id"]], f"auto:excerpt:{a['id']}", title=a["title"], shape=shape)
    elif shape == "fbintro":
        text = f"{R.choice(['Info dari', 'Kabar dari', 'Dari'])} {site_name(a)} 👇\n\n{lead}\n\n{R.choice(OUTRO)}"
        add(kim, "facebook", text, when, "excerpt", [a["id"]], f"auto:excerpt:{a['id']}", shape=shape)
    else:
        w = lead.split()
        text = " ".join(w[:R.randint(12, 17)]).rstrip(",.") + "…"
        add(kim, "facebook", text, when, "excerpt", [a["id"]], f"auto:excerpt:{a['id']}", shape=shape)


def url_form(a, form):
    u = a["url"]
    wp = SITES[a["src"]][1] == "wp"
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
        return u + "amp/" if wp else u + "?utm_source=wa"
    if form == "utm":
        return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR0" + "".join(R.choice("abcdefghijkXYZ0123456789") for _ in range(20))
    if form == "utmfb":
        return u + "?utm_source=fb&fbclid=IwZX" + "".join(R.choice("abcdefXYZ0123456789") for _ in range(16))
    if form == "httpm":
        return u.replace("https://", "http://m.")
    return u.replace("https://", "www.")


def make_link(a, i):
    shape = LINK_SHAPES[i % len(LINK_SHAPES)]
    form = LINK_FORMS[(i * 3) % len(LINK_FORMS)]
    if form == "wwwbare" and shape == "fbshare":
        form = "www"
    u = url_form(a, form)
    kim = pick(region_kims(a, NORMAL))
    when = after(a)
    c = R.choice(COMMENTS)
    if shape == "fbshare":
        text = f"{c}\n\n{SITES[a['src']][0].upper()}\n{a['title']}"
        add(kim, "facebook", text, when, "link", [a["id"]], f"auto:link:{a['id']}", extra_links=[u], shape=shape, form=form)
    elif shape == "fbcomment":
        add(kim, "facebook", f"{c} {u}", when, "link", [a["id"]], f"auto:link:{a['id']}", shape=shape, form=form)
    elif shape == "tglink":
        add(kim, "telegram", f"{a['title']}\n{u}", when, "link", [a["id"]], f"auto:link:{a['id']}", shape=shape, form=form)
    elif shape == "ytdesc":
        text = f"Rangkuman video dari KIM {KIM[kim]['village']}. Berita lengkap: {u}\n\n#KIM #InfoPublik"
        add(kim, "youtube", text, when, "link", [a["id"]], f"auto:link:{a['id']}",
            title=a["title"][:60].rsplit(" ", 1)[0] + " (video)", shape=shape, form=form)
    else:
        text = web_theme(kim, f"{a['S']}", f"Baca selengkapnya: {u}")
        add(kim, "website", text, when, "link", [a["id"]], f"auto:link:{a['id']}", title=a["title"], shape=shape, form=form)


def make_summary_short(a, i):
    kim = pick(region_kims(a, NORMAL))
    when = after(a)
    s = a["S"]
    k = i % 4
    if k == 0:
        add(kim, "facebook", s, when, "summary", [a["id"]], f"anns.py:{a['id']}:S", shape="fb")
    elif k == 1:
        add(kim, "telegram", f"ℹ️ {s}", when, "summary", [a["id"]], f"anns.py:{a['id']}:S", shape="tg")
    elif k == 2:
        add(kim, "instagram", f"{s}\n\n{tags(a, 3)}", when, "summary", [a["id"]], f"anns.py:{a['id']}:S", shape="ig")
    else:
        add(kim, "facebook", f"*INFO*\n{s}\n_Mohon disebarkan_", when, "summary", [a["id"]], f"anns.py:{a['id']}:S",
            shape="wa")


def make_summary_long(a, i):
    kim = pick(region_kims(a, NORMAL))
    when = after(a)
    L = a["L"]
    k = i % 4
    if k == 0:
        add(kim, "facebook", L, when, "summary", [a["id"]], f"anns.py:{a['id']}:L", shape="fb")
    elif k == 1:
        add(kim, "instagram", f"{L}\n\n{tags(a, 11)}", when, "summary", [a["id"]], f"anns.py:{a['id']}:L", shape="ig11")
    elif k == 2:
        add(kim, "website", web_theme(kim, L, "Diolah dari rilis " + site_name(a)), when, "summary", [a["id"]],
            f"anns.py:{a['id']}:L", title=a["title"].split(",")[0], shape="web")
    else:
        text = f"Liputan: {L}\n\n00:00 Intro\n00:30 Rangkuman\n02:10 Penutup"
        add(kim, "youtube", text, when, "summary", [a["id"]], f"anns.py:{a['id']}:L",
            title="Liputan KIM: " + a["title"][:50].rsplit(" ", 1)[0], shape="yt")


def make_paraphrase(a, text, key, i):
    pool = ACTIVE
    cands = region_kims(a, pool)
    sp = [k for k in cands if k in SPECIAL]
    if sp and i % 2 == 0:
        cands = sp
    elif a["region"] == "prov" and i % 3 == 0:
        cands = SPECIAL
    kim = pick(cands)
    when = after(a, 40)
    plat = ["facebook", "facebook", "instagram", "telegram"][i % 4]
    if plat == "instagram":
        text = text + "\n\n" + tags(a, 4)
    add(kim, plat, text, when, "paraphrase", [a["id"]], key, shape=plat)


# ------------------------------------------------------------------ negatives
LA_SHAPES = ["fb", "wa", "tg", "ig", "web", "yt", "fb"]


def make_negative(imitates, text, differs, key, when, kim, style, i):
    shape = LA_SHAPES[i % len(LA_SHAPES)]
    if style == "before":
        shape = ["fb", "wa", "tg", "fb", "ig"][i % 5]
    a = ANN[imitates[0]]
    title = ""
    if shape == "wa":
        text = f"*INFO*\n{text}\n_Diteruskan_"
        plat = "facebook"
    elif shape == "tg":
        plat = "telegram"
    elif shape == "ig":
        plat = "instagram"
        text = text + "\n\n" + tags(a, 4)
    elif shape == "web":
        plat = "website"
        title = " ".join(text.split()[:8]).rstrip(",.:")
        text = web_theme(kim, text, "Sumber: KIM " + KIM[kim]["village"])
    elif shape == "yt":
        plat = "youtube"
        title = "Kabar Kampung: " + " ".join(text.split()[:6]).rstrip(",.:")
    else:
        plat = "facebook"
    add(kim, plat, text, when, style, [], key, title=title, imitates=imitates, differs=differs, shape=shape)


def la_kim(a, n):
    """Look-alikes go first to the truly inactive KIMs (own kabupaten, then anywhere), then to others."""
    inact_reg = [k for k in INACTIVE if KIM[k]["region"] == a["region"]]
    if inact_reg and n % 2 == 0:
        return pick(inact_reg)
    if n % 4 == 1:
        return pick(INACTIVE)
    same = [k for k in NORMAL if KIM[k]["region"] == a["region"]]
    if same and n % 4 == 3:
        return pick(same)
    return pick([k for k in KIDS if k not in SPECIAL and k not in INACTIVE])


# ------------------------------------------------------------------ build
S2_ANNS = [aid for aid, _, _ in X.S2]


def build():
    for i, a in enumerate(ANNS):
        make_copy(a, i)
        make_excerpt(a, i)
        make_link(a, i)
        if i % 9 == 4:
            make_link(a, i + 2)
        if not (a["L"] and a["id"] in S2_ANNS):
            make_summary_short(a, i)
        if a["L"]:
            make_summary_long(a, i)
        make_paraphrase(a, a["P"], f"anns.py:{a['id']}:P", i)
    for j, (aid, plat, text) in enumerate(X.S2):
        a = ANN[aid]
        kim = pick(region_kims(a, NORMAL))
        title = ""
        if plat in ("website", "youtube"):
            title = text.split("\n")[0][:70]
        add(kim, plat, text, after(a, 30), "summary", [aid], f"extra.py:S2[{j}]", title=title, shape="hand")
    for j, (aid, text) in enumerate(X.P2):
        make_paraphrase(ANN[aid], text, f"extra.py:P2[{j}]", j + 1)
    n = 0
    for a in ANNS:
        for j, (text, differs) in enumerate(a["N"]):
            make_negative([a["id"]], text, differs, f"anns.py:{a['id']}:N[{j}]", around(a), la_kim(a, n),
                          "negative-topic", n)
            n += 1
        if a["B"]:
            text, differs, h = a["B"]
            when = a["when"] - timedelta(hours=h, minutes=R.randint(0, 50))
            make_negative([a["id"]], text, differs, f"anns.py:{a['id']}:B", when, la_kim(a, n), "before", n)
            n += 1
    for j, (imit, text, differs) in enumerate(X.N2):
        a = ANN[imit[0]]
        make_negative(imit, text, differs, f"extra.py:N2[{j}]", around(a), la_kim(a, n), "negative-topic", n)
        n += 1
    for j, (imit, text, differs, h) in enumerate(X.B2):
        a = ANN[imit[0]]
        when = a["when"] - timedelta(hours=h, minutes=R.randint(0, 50))
        make_negative(imit, text, differs, f"extra.py:B2[{j}]", when, la_kim(a, n), "before", n)
        n += 1
    for j, text in enumerate(X.U):
        kim = KIDS[(j * 7) % len(KIDS)]
        USE[kim] += 1
        when = START + timedelta(minutes=R.randint(0, int((END - START).total_seconds() // 60)))
        plat = ["facebook", "facebook", "telegram", "instagram", "facebook", "website", "youtube"][j % 7]
        title = ""
        if plat == "website":
            title = " ".join(text.split()[:7]).rstrip(",.:!")
        elif plat == "youtube":
            title = "Kabar Desa " + KIM[kim]["village"] + ": " + " ".join(text.split()[:5]).rstrip(",.:!")
        add(kim, plat, text, when.replace(second=R.randint(0, 59)), "negative-unrelated", [], f"extra.py:U[{j}]",
            title=title, shape=plat)
    build_roundups()


RU_LAYOUTS = ["oneline", "bullets", "numbered", "prose", "ytchap", "emoji"]


def item(a, k):
    if k == 0:
        return a["title"]
    if k == 1:
        return a["title"].lower()
    return a["S"]


def build_roundups():
    rkims = SPECIAL * 3 + [k for k in NORMAL][::2]
    made = 0
    tries = 0
    while made < 27:
        tries += 1
        kim = rkims[made % len(rkims)]
        reg = KIM[kim]["region"]
        cands = sorted([a for a in ANNS if a["region"] in ("prov", reg)], key=lambda a: a["when"])
        anchor = datetime(2026, 11, 5) + timedelta(hours=R.uniform(0, 24 * 29))
        win = [a for a in cands if timedelta(hours=2) < anchor - a["when"] < timedelta(days=9)]
        size = 3 if made % 3 == 0 else 2
        if len(win) < size:
            if tries > 400:
                raise SystemExit("round-ups: not enough releases")
            continue
        chosen = sorted(R.sample(win, size), key=lambda a: a["when"])
        when = anchor
        if when > END:
            continue
        USE[kim] += 1
        layout = RU_LAYOUTS[made % len(RU_LAYOUTS)]
        locals_ = R.sample(X.LOCAL, R.randint(0, 2))
        ks = [R.randint(0, 2) for _ in chosen]
        its = [item(a, k) for a, k in zip(chosen, ks)] + locals_
        R.shuffle(its)
        title = ""
        plat = "facebook"
        if layout == "oneline":
            text = "KILAS INFO | " + " | ".join(its) + " |"
            plat = "telegram"
        elif layout == "bullets":
            text = R.choice(["Rangkuman minggu ini:", "Yang terjadi sepekan:", "Info pekan ini 👇"]) + "\n" + "\n".join("• " + x for x in its)
            plat = R.choice(["facebook", "instagram"])
        elif layout == "numbered":
            text = "BERITA PEKAN INI\n" + "\n".join(f"{n + 1}. {x}" for n, x in enumerate(its))
            plat = R.choice(["facebook", "instagram"])
        elif layout == "prose":
            text = ("Sepekan terakhir ada beberapa kabar. " + " ".join(x.rstrip(".") + "." for x in its)
                    + " Demikian rangkuman dari admin.")
            plat = "website"
            title = f"Rangkuman Berita Sepekan ({when:%d/%m})"
            text = web_theme(kim, text, "Redaksi KIM " + KIM[kim]["village"])
        elif layout == "ytchap":
            text = "Kabar sepekan:\n" + "\n".join(f"0{n}:{R.randint(10, 59)} {x}" for n, x in enumerate(its))
            plat = "youtube"
            title = f"KABAR SEPEKAN KIM {KIM[kim]['village'].upper()} #{made + 1}"
        else:
            text = "🗞️ KABAR SINGKAT ✅\n\n" + "\n".join("📌 " + x for x in its)
            plat = R.choice(["facebook", "telegram"])
        add(kim, plat, text, when.replace(second=R.randint(0, 59)), "roundup", [a["id"] for a in chosen],
            f"auto:roundup:{made + 1}", title=title, shape=layout, locals=len(locals_))
        made += 1


def main():
    build()
    # every gold pair must fall inside 10 min .. 20 days; keep the order by time
    POSTS.sort(key=lambda p: (p["published_at"], p["kim"], p["text"]))
    ids = list(range(1, len(POSTS) + 1))
    R.shuffle(ids)
    for p, n in zip(POSTS, ids):
        p["id"] = f"{P}-p{n:03d}"
    anns_out = [dict(id=f"{P}-{a['id']}", source=a["src"], url=a["url"], title=a["title"], text=a["text"],
                     published_at=a["dt"] + ":00" + WITA) for a in ANNS]
    with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
        for a in anns_out:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
        f.write("kims:\n")
        for k in KIDS:
            d = KIM[k]
            f.write(f"- id: {d['id']}\n  name: {d['name']}\n  region: {d['region']}\n"
                    f"  district: {d['district']}\n  village: {d['village']}\n")
    km = {}
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as g:
        for p in POSTS:
            gold = [f"{P}-{x}" for x in p["_gold"]]
            out = {k: p[k] for k in ("id", "kim", "platform", "url", "title", "text", "published_at", "links")}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            g.write(json.dumps(dict(post=p["id"], announcements=gold, style=p["_style"]), ensure_ascii=False) + "\n")
            e = dict(p["_km"])
            e["style"] = p["_style"]
            e["gold"] = gold
            if "imitates" in e:
                e["imitates"] = [f"{P}-{x}" for x in e["imitates"]]
            km[p["id"]] = e
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(km.items())), f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
