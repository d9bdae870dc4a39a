#!/usr/bin/env python3
"""Generator of heldout42 (written from scratch by an outside writer).

Reads the hand-written releases (anns1-4.py) and extras (extra.py); writes announcements.jsonl, kims.yaml,
posts.jsonl, labels.jsonl and keymap.json. Deterministic (fixed seed): two runs give identical files.
"""
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import anns1  # noqa: E402
import anns2  # noqa: E402,F401
import anns3  # noqa: E402,F401
import anns4  # noqa: E402,F401
import extra  # noqa: E402

SEED = 4220261207
rng = random.Random(SEED)
WITA = "+08:00"
START, END = datetime(2026, 10, 20, 6, 0), datetime(2026, 12, 5, 22, 30)
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# ---------------------------------------------------------------- KIM registry
# (id suffix, region code, kabupaten/kota, kecamatan, desa/kelurahan, role)
KIMS = [
    ("pemurus-dalam", "bjm", "Kota Banjarmasin", "Banjarmasin Selatan", "Pemurus Dalam", ""),
    ("kuin-cerucuk", "bjm", "Kota Banjarmasin", "Banjarmasin Barat", "Kuin Cerucuk", ""),
    ("sungai-miai", "bjm", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Miai", "inactive"),
    ("guntung-manggis", "bjb", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis", ""),
    ("sungai-besar", "bjb", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar", ""),
    ("bangkal", "bjb", "Kota Banjarbaru", "Cempaka", "Bangkal", ""),
    ("loktabat-utara", "bjb", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara", "inactive"),
    ("sungai-paring", "bjr", "Kabupaten Banjar", "Martapura", "Sungai Paring", ""),
    ("gambut", "bjr", "Kabupaten Banjar", "Gambut", "Gambut", ""),
    ("aluh-aluh-besar", "bjr", "Kabupaten Banjar", "Aluh-Aluh", "Aluh-Aluh Besar", "inactive"),
    ("angsau", "tla", "Kabupaten Tanah Laut", "Pelaihari", "Angsau", ""),
    ("tajau-pecah", "tla", "Kabupaten Tanah Laut", "Batu Ampar", "Tajau Pecah", ""),
    ("jorong", "tla", "Kabupaten Tanah Laut", "Jorong", "Jorong", "inactive"),
    ("rangda-malingkung", "tpn", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung", ""),
    ("binuang", "tpn", "Kabupaten Tapin", "Binuang", "Binuang", ""),
    ("margasari", "tpn", "Kabupaten Tapin", "Candi Laras Selatan", "Margasari", "special"),
    ("kandangan-kota", "hss", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota", ""),
    ("angkinang", "hss", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang", ""),
    ("loksado", "hss", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado", "special"),
    ("barabai-darat", "hst", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat", ""),
    ("pandawan", "hst", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan", ""),
    ("birayang", "hst", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang", "inactive"),
    ("palampitan-hilir", "hsu", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Palampitan Hilir", ""),
    ("babirik", "hsu", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik", ""),
    ("sungai-tabukan", "hsu", "Kabupaten Hulu Sungai Utara", "Sungai Tabukan", "Sungai Tabukan", ""),
    ("paringin-kota", "blg", "Kabupaten Balangan", "Paringin", "Paringin Kota", ""),
    ("juai", "blg", "Kabupaten Balangan", "Juai", "Juai", ""),
    ("halong", "blg", "Kabupaten Balangan", "Halong", "Halong", "special"),
    ("pembataan", "tbl", "Kabupaten Tabalong", "Murung Pudak", "Pembataan", ""),
    ("kelua", "tbl", "Kabupaten Tabalong", "Kelua", "Pulau", ""),
    ("jaro", "tbl", "Kabupaten Tabalong", "Jaro", "Jaro", "inactive"),
    ("batulicin", "tbu", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin", ""),
    ("kota-pagatan", "tbu", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Kota Pagatan", ""),
    ("sungai-danau", "tbu", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau", ""),
    ("dirgahayu", "ktb", "Kabupaten Kotabaru", "Pulau Laut Utara", "Dirgahayu", ""),
    ("sigam", "ktb", "Kabupaten Kotabaru", "Pulau Laut Sigam", "Sigam", ""),
    ("serongga", "ktb", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga", "special"),
    ("anjir-pasar-kota", "btl", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota", ""),
    ("marabahan-kota", "btl", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", ""),
    ("handil-bakti", "btl", "Kabupaten Barito Kuala", "Alalak", "Handil Bakti", ""),
]
KIM = {"kim-" + k[0]: dict(zip(("slug", "reg", "region", "district", "village", "role"), k)) for k in KIMS}
REGS = sorted({k[1] for k in KIMS})
INACTIVE = [k for k, v in KIM.items() if v["role"] == "inactive"]
SPECIAL = [k for k, v in KIM.items() if v["role"] == "special"]
NORMAL = [k for k, v in KIM.items() if not v["role"]]
# a KIM's habits: which platforms it uses most
HABITS = {}
for i, k in enumerate(sorted(KIM)):
    r = random.Random(SEED + i)
    plats = ["facebook"] * 5 + ["telegram"] * 2 + ["instagram"] * 2 + ["website"] * 1 + ["youtube"] * 1
    r.shuffle(plats)
    HABITS[k] = plats

# ---------------------------------------------------------------- releases
SITE = {  # source -> (host, shape)
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp"),
    "disdag-kalsel": ("disdag.kalselprov.go.id", "wp"),
    "diskopukm-kalsel": ("diskopukm.kalselprov.go.id", "wp"),
    "esdm-kalsel": ("esdm.kalselprov.go.id", "berita"),
    "pemprov-kalsel": ("kalselprov.go.id", "berita"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html"),
    "pemkab-banjar": ("banjarkab.go.id", "wp"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita"),
    "pemkab-tapin": ("tapinkab.go.id", "berita"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "html"),
    "pemkab-hst": ("hstkab.go.id", "wp"),
    "pemkab-hsu": ("hsu.go.id", "berita"),
    "pemkab-balangan": ("balangankab.go.id", "detail"),
    "pemkab-tabalong": ("tabalongkab.go.id", "wp"),
    "pemkab-tanbu": ("tanahbumbukab.go.id", "num"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num"),
    "pemkab-batola": ("baritokualakab.go.id", "detail"),
}


def ann_url(src, when, slug, num):
    host, shape = SITE[src]
    if shape == "wp":
        return f"https://{host}/{when:%Y/%m/%d}/{slug}/"
    if shape == "html":
        return f"https://{host}/{when:%Y/%m}/{slug}.html"
    if shape == "detail":
        return f"https://{host}/berita/detail/{slug}"
    if shape == "num":
        return f"https://{host}/berita/{num}/{slug}"
    return f"https://{host}/berita/{slug}"


def dated(text):
    def rep(m):
        d, mo = int(m.group(1)), int(m.group(2))
        y = 2027 if mo == 1 else 2026
        return f"{HARI[datetime(y, mo, d).weekday()]} ({d}/{mo}/{y})"
    return re.sub(r"\{(\d+)/(\d+)\}", rep, text)


ANN = {}
ANNS = []
for i, a in enumerate(anns1.A):
    when = datetime.strptime(a["when"], "%Y-%m-%d %H:%M")
    p1, p2, p3 = dated(a["p1"]), dated(a["p2"] + " " + extra.MORE[a["id"]]), dated(a["p3"])
    rec = dict(a, t=when, paras=[p1, p2, p3], text=f"{p1}\n\n{p2}\n\n{p3}",
               url=ann_url(a["src"], when, a["slug"], 4810 + 37 * i), host=SITE[a["src"]][0], wp=SITE[a["src"]][1] == "wp")
    ANN[a["id"]] = rec
    ANNS.append(rec)

# ---------------------------------------------------------------- helpers
POSTS = []  # dicts: kim, platform, title, text, links, t, style, gold, key, extra keymap fields
USED_TEXT = set()


def clamp_gold(a, t):
    lo, hi = a["t"] + timedelta(minutes=12), min(a["t"] + timedelta(days=19, hours=20), END)
    return min(max(t, lo), hi)


def delay(a):
    r = rng.random()
    if r < 0.22:
        d = timedelta(minutes=rng.randint(14, 150))
    elif r < 0.57:
        d = timedelta(hours=rng.uniform(2.5, 24))
    elif r < 0.87:
        d = timedelta(hours=rng.uniform(24, 96))
    else:
        d = timedelta(hours=rng.uniform(96, 280))
    return clamp_gold(a, a["t"] + d)


def at_hours(a, h):
    return a["t"] + timedelta(hours=h, minutes=rng.randint(-25, 25))


def pick_kim(reg, gold_style=None, prefer_inactive=False):
    if reg == "prov":
        reg = rng.choice(REGS)
    pool = [k for k in KIM if KIM[k]["reg"] == reg]
    if gold_style is not None:
        ok = [k for k in pool if k in NORMAL or (k in SPECIAL and gold_style in ("paraphrase", "roundup"))]
        return rng.choice(ok)
    weights = [3 if (k in INACTIVE and prefer_inactive) else 1 for k in pool]
    return rng.choices(pool, weights)[0]


def platform_for(kim, allowed=None):
    for _ in range(20):
        p = rng.choice(HABITS[kim])
        if allowed is None or p in allowed:
            return p
    return allowed[0]


def tags(kim, a=None, n=3, topical=True):
    v = KIM[kim]
    base = ["#KIM" + v["village"].replace(" ", "").replace("-", ""), "#" + v["region"].split(" ", 1)[1].replace(" ", ""),
            "#InfoKalsel", "#KabarBanua", "#InfoWarga", "#KalselBabungas"]
    topic = {"F": ["#PerlindunganKonsumen", "#TertibUkur", "#HargaPangan", "#Koperasi", "#LPG3Kg", "#PKL", "#PasarRakyat"]}
    pool = base[:2] + rng.sample(base[2:], 2) + (rng.sample(topic["F"], 2) if topical else rng.sample(["#Kampungku", "#WargaBersatu", "#KabarDesa"], 2))
    return " ".join(pool[: n + 2])


def slugify(s, n=7):
    w = re.sub(r"[^a-z0-9 ]", "", s.lower()).split()
    return "-".join(w[:n]) or "kabar"


def head_title(text, n=9):
    first = re.split(r"(?<=[.!?])\s", text.strip().split("\n")[0])[0]
    words = re.sub(r"[#*_]", "", first).split()
    t = " ".join(words[:n]).rstrip(",.:;")
    return t[0].upper() + t[1:] if t else "Kabar Warga"


def post_url(kim, platform, t, title):
    h = KIM[kim]["slug"].replace("-", "")
    n = rng.randint(10 ** 14, 10 ** 15 - 1)
    if platform == "facebook":
        return f"https://www.facebook.com/kim.{h}/posts/{n}"
    if platform == "telegram":
        return f"https://t.me/kim_{h}/{rng.randint(120, 2400)}"
    if platform == "instagram":
        code = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "youtube":
        code = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.youtube.com/watch?v={code}"
    if sum(map(ord, h)) % 2:
        return f"https://kim{h}.blogspot.com/{t:%Y/%m}/{slugify(title)}.html"
    return f"https://{h}.desa.id/artikel/{t:%Y/%m/%d}/{slugify(title)}"


URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def add(kim, platform, text, t, style, gold, key, title="", links=None, **km):
    if platform in ("website", "youtube") and not title:
        title = head_title(text)
    if platform not in ("website", "youtube"):
        title = ""
    text = text.strip()
    while text in USED_TEXT:
        text += " 🙏" if not text.endswith("🙏") else "."
    USED_TEXT.add(text)
    found = [u.rstrip(".,;:!?") for u in URL_RE.findall(title + "\n" + text)]
    links = list(dict.fromkeys(found + (links or [])))
    assert START <= t <= END, (key, t)
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, links=links, t=t, style=style, gold=gold,
                      key=key, km=km))


# ---------------------------------------------------------------- platform shaping of own-words posts
GREET = ["Assalamualaikum warga,", "Selamat pagi dangsanak semua 🌤️", "Info untuk warga desa 👇", "Sampaikan ke keluarga ya 🙏",
         "Halo sobat KIM!", "Kabar siang ini:"]
WA_HEAD = ["*INFO PENTING*", "📢 *KABAR WARGA* 📢", "*INFO UNTUK WARGA*", "‼️ *MOHON DIBACA* ‼️", "*BERITA PENTING*"]
WA_TAIL = ["_Mohon disebarkan_", "_Semoga bermanfaat_", "_Silakan diteruskan ke grup RT_", ""]


def shape_own(kim, text, style, a=None):
    """Wrap a hand-written post in its platform's habits; returns (platform, title, text, shape)."""
    plat = platform_for(kim)
    topical = style != "negative-unrelated"
    r = rng.random()
    if plat == "facebook":
        if r < 0.25:
            return plat, "", f"{rng.choice(GREET)}\n{text}", "fb-greet"
        if r < 0.45:
            return plat, "", f"{text}\n\n{tags(kim, a, 1, topical)}", "fb-tags"
        return plat, "", text, "fb"
    if plat == "telegram":
        if r < 0.35:
            return plat, "", f"{rng.choice(WA_HEAD)}\n\n{text}\n\n{rng.choice(WA_TAIL)}", "wa-forward"
        if r < 0.55:
            src = rng.choice(["Info Kecamatan", "Warga Peduli Harga", "Forum RT/RW", "KIM Kabupaten"])
            return plat, "", f"Diteruskan dari grup {src}:\n{text}", "tg-forwarded"
        return plat, "", text, "tg"
    if plat == "instagram":
        many = rng.random() < 0.3
        return plat, "", f"{text}\n.\n.\n{tags(kim, a, 9 if many else 3, topical)}", "ig-caption"
    if plat == "youtube":
        title = head_title(text, 8)
        if len(text) > 140 and rng.random() < 0.5:
            return plat, "LIVE | " + title, f"{text}\n\n00:00 Pembuka\n00:45 Liputan\n03:10 Penutup\n\n{tags(kim, a, 1)}", "yt-chapters"
        return plat, title, f"{text}\n\nJangan lupa subscribe channel KIM {KIM[kim]['village']}.", "yt"
    title = head_title(text)
    return plat, title, f"{text}\n\nDitulis oleh Admin KIM {KIM[kim]['village']}", "web"


# ---------------------------------------------------------------- copies
TYPO = [("pedagang", "pedaagng"), ("warga", "wrga"), ("pangkalan", "pangkaln"), ("koperasi", "kopersi"), ("timbangan", "timbngan"),
        ("diminta", "dimnta"), ("dengan", "dgn"), ("yang", "yg"), ("kilogram", "kg")]
COPY_HEADS = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "↪️ Diteruskan dari grup Info Kecamatan", "Forward dari grup sebelah 👇",
              "*INFO UNTUK WARGA*"]


def copy_ops(a, ops):
    paras = list(a["paras"])
    if "droptag" in ops:
        paras[2] = re.sub(r"\s*\([^()]*\)\s*$", "", paras[2])
    if "dateline" in ops:
        paras[0] = re.sub(r"^[A-Z ]+ –", KIM_DATELINE[0], paras[0])
    text = ("\n" if "single-newline" in ops else "\n\n").join(paras)
    if "collapse" in ops:
        text = " ".join(paras)
    if "dash" in ops:
        text = text.replace("–", "-")
    if "straight" in ops:
        text = text.replace("“", '"').replace("”", '"')
    if "typos" in ops:
        n = 0
        for w, t in rng.sample(TYPO, len(TYPO)):
            if re.search(r"\b" + w + r"\b", text) and n < 2:
                text = re.sub(r"\b" + w + r"\b", t, text, count=1)
                n += 1
    return text


KIM_DATELINE = [""]


def make_copy(a, kim):
    plat = platform_for(kim, ["facebook", "telegram", "website", "instagram"])
    ops = rng.sample(["droptag", "collapse", "dash", "straight", "typos", "dateline", "single-newline"], rng.randint(1, 3))
    KIM_DATELINE[0] = f"{KIM[kim]['district'].upper()}, KIM –"
    body = copy_ops(a, ops)
    links, title = [], ""
    if plat == "website":
        title = a["title"] if rng.random() < 0.6 else a["title"].upper()
        src = rng.choice(["url", "domain", "rilis"])
        if src == "url":
            tail = f"Sumber: {a['url']}"
        elif src == "domain":
            tail = f"Sumber: {a['host']}"
        else:
            tail = f"Sumber: rilis resmi {a['src'].replace('-', ' ').title()}"
        text = f"{body}\n\n{tail}\n\nBagikan: Facebook · WhatsApp · Telegram"
        shape = "web-copy-" + src
    elif plat == "telegram":
        text = f"{rng.choice(COPY_HEADS)}\n\n*{a['title']}*\n\n{body}"
        shape = "wa-copy"
    elif plat == "instagram":
        text = f"{a['title'].upper()}\n\n{body}\n.\n{tags(kim, a, 6)}"
        shape = "ig-copy"
    else:
        if rng.random() < 0.5:
            text = f"{rng.choice(GREET)}\n\n{body}\n\n{tags(kim, a, 1)}"
            shape = "fb-copy-greet"
        else:
            text = f"{body}\n\n(disalin dari {a['host']})"
            shape = "fb-copy-domain"
    return plat, title, text, shape, ops


# ---------------------------------------------------------------- excerpts
def words(s, n):
    return " ".join(s.split()[:n])


def make_excerpt(a, kim, kind):
    p1, p2, p3 = a["paras"]
    if kind == "tgtrunc":
        full = f"{a['title']}\n\n{p1} {p2}"
        cut = rng.randint(150, 215)
        body = full[:cut].rsplit(" ", 1)[0].rstrip(",.;:") + "…"
        return "telegram", "", body
    if kind == "fbcut":
        return "facebook", "", f"{p1}\n\n{words(p2, rng.randint(12, 22))}... Lihat selengkapnya"
    if kind == "lead":
        plat = platform_for(kim, ["facebook", "telegram", "instagram"])
        intro = rng.choice(["", "Info dari pemerintah daerah:\n", "📌 ", "Kabar terbaru 👇\n"])
        extra_t = f"\n.\n{tags(kim, a, 4)}" if plat == "instagram" else ""
        return plat, "", f"{intro}{p1}{extra_t}"
    if kind == "lead2":
        return platform_for(kim, ["facebook", "telegram"]), "", f"{p1}\n\n{p2}\n\n(bersambung di situs resmi)"
    if kind == "quote":
        intro = {"a": "Kata pejabat soal “{t}”:", "b": "Pesan penting dari berita “{t}” 👇", "c": "Kutipan hari ini — {t}:"}[rng.choice("abc")]
        return "website", a["title"], f"{intro.format(t=a['title'])}\n\n{p2}\n\nDitulis ulang oleh Admin KIM {KIM[kim]['village']}"
    if kind == "next":
        return platform_for(kim, ["facebook", "telegram"]), "", f"Lanjutan berita “{a['title']}”:\n{p3}"
    if kind == "yt":
        return "youtube", "VIDEO | " + a["title"], f"{p1}\n\n00:00 Suasana\n01:12 Wawancara\n04:30 Penutup\n\n#KIM{KIM[kim]['village'].replace(' ', '')}"
    # short first clause
    first = re.split(r"(?<=[.])\s", p1)[0]
    return platform_for(kim, ["facebook", "telegram"]), "", words(first, rng.randint(13, 18)).rstrip(",") + " ..."


# ---------------------------------------------------------------- link forms
def link_form(a, form):
    u = a["url"]
    host = a["host"]
    if form == "exact":
        return u, []
    if form == "http":
        return u.replace("https://", "http://"), []
    if form == "www":
        return u.replace("https://", "https://www."), []
    if form == "m":
        return u.replace("https://", "https://m."), []
    if form == "slash":
        return (u[:-1] if u.endswith("/") else u + "/"), []
    if form == "amp":
        return (u + "amp/" if a["wp"] else u + "?utm_source=wa"), []
    if form == "utm":
        return u + "?utm_source=whatsapp&utm_medium=share&utm_campaign=kim", []
    if form == "fbclid":
        return u + "?fbclid=IwAR" + "".join(rng.choice("abcdefghijkLMNOP0123456789") for _ in range(20)), []
    if form == "utm-fbclid":
        return u + "?utm_source=facebook&fbclid=IwZXh0" + "".join(rng.choice("abcdXYZ0123456789") for _ in range(16)), []
    if form == "http-m":
        return u.replace("https://", "http://m."), []
    if form == "www-noscheme":
        return u.replace("https://", "www."), []
    if form == "short":
        return "https://s.id/" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6)), [u]
    if form == "preview":
        return None, [u]
    raise ValueError(form)


LINK_COMMENTS = ["Silakan dibaca, penting untuk warga 👇", "Baca sampai habis ya.", "Info resmi, bukan hoaks:", "Buat yang tanya kemarin, ini beritanya.",
                 "Mohon dibagikan.", "Penting bagi pedagang dan pembeli.", "Sumber resmi pemerintah daerah:", "Cek di sini:"]


def make_link(a, kim, form, plat):
    u, extra_links = link_form(a, form)
    c = rng.choice(LINK_COMMENTS)
    if form == "preview":
        plat = "facebook"
        return plat, "", f"{c}\n\n{a['host'].upper()}\n{a['title']}", extra_links, "fb-preview"
    if plat == "facebook":
        return plat, "", f"{c}\n{u}", extra_links, "fb-link"
    if plat == "telegram":
        return plat, "", f"🔗 {a['title']}\n{u}", extra_links, "tg-link"
    if plat == "youtube":
        return plat, a["title"], f"Liputan singkat KIM {KIM[kim]['village']}.\n\nBaca berita lengkapnya: {u}", extra_links, "yt-link"
    return "website", a["title"], f"{c}\n\nSelengkapnya: {u}", extra_links, "web-link"


# ================================================================ build the posts
ids = [a["id"] for a in ANNS]

# copies (30), excerpts (34), links (36)
copy_set = sorted(rng.sample(ids, 30))
exc_set = sorted(rng.sample(ids, 34))
link_set = sorted(rng.sample(ids, 36))
for aid in copy_set:
    a = ANN[aid]
    kim = pick_kim(a["region"], "copy")
    plat, title, text, shape, ops = make_copy(a, kim)
    add(kim, plat, text, delay(a), "copy", [aid], f"auto:copy:{aid}", title, shape=shape, ops=ops)

EXC_KINDS = ["tgtrunc"] * 6 + ["fbcut"] * 5 + ["lead"] * 7 + ["lead2"] * 4 + ["quote"] * 4 + ["next"] * 3 + ["yt"] * 3 + ["short"] * 2
rng.shuffle(EXC_KINDS)
special_tg = 0
for aid, kind in zip(exc_set, EXC_KINDS):
    a = ANN[aid]
    if kind == "tgtrunc" and special_tg < 3 and a["region"] in ("tpn", "hss", "blg", "ktb"):
        kim = [k for k in SPECIAL if KIM[k]["reg"] == a["region"]][0]
        special_tg += 1
    else:
        kim = pick_kim(a["region"], "excerpt")
    plat, title, text = make_excerpt(a, kim, kind)
    add(kim, plat, text, delay(a), "excerpt", [aid], f"auto:excerpt:{aid}", title, shape=kind)

FORMS = (["exact"] * 4 + ["http"] * 3 + ["www"] * 3 + ["m"] * 3 + ["slash"] * 3 + ["amp"] * 3 + ["utm"] * 3 + ["fbclid"] * 3
         + ["utm-fbclid"] * 2 + ["http-m"] * 2 + ["www-noscheme"] * 2 + ["short"] * 2 + ["preview"] * 3)
rng.shuffle(FORMS)
LPLATS = ["facebook"] * 14 + ["telegram"] * 9 + ["website"] * 7 + ["youtube"] * 6
rng.shuffle(LPLATS)
for aid, form, plat in zip(link_set, FORMS, LPLATS):
    a = ANN[aid]
    kim = pick_kim(a["region"], "link")
    plat, title, text, extra_links, shape = make_link(a, kim, form, plat)
    add(kim, plat, text, delay(a), "link", [aid], f"auto:link:{aid}", title, extra_links, shape=shape, form=form)

# summaries and paraphrases (hand-written)
for a in ANNS:
    for j, s in enumerate(a["s"]):
        kim = pick_kim(a["region"], "summary")
        plat, title, text, shape = shape_own(kim, s, "summary", a)
        t = delay(a) if j == 0 else clamp_gold(a, a["t"] + timedelta(hours=rng.uniform(30, 150)))
        add(kim, plat, text, t, "summary", [a["id"]], f"anns:{a['id']}:s{j + 1}", title, shape=shape)
    for j, p in enumerate(a["p"]):
        kim = pick_kim(a["region"], "paraphrase")
        if rng.random() < 0.3:
            same = [k for k in SPECIAL if KIM[k]["reg"] == a["region"]]
            kim = same[0] if same else kim
        plat = platform_for(kim, ["facebook", "telegram", "instagram"])
        text = p if plat != "instagram" else f"{p}\n{tags(kim, a, 2)}"
        add(kim, plat, text, delay(a), "paraphrase", [a["id"]], f"anns:{a['id']}:p{j + 1}", shape=plat)
for aid, h, s in extra.SUM2:
    a = ANN[aid]
    kim = pick_kim(a["region"], "summary")
    plat, title, text, shape = shape_own(kim, s, "summary", a)
    add(kim, plat, text, clamp_gold(a, at_hours(a, h)), "summary", [aid], f"extra:SUM2:{aid}", title, shape=shape)
for aid, h, p in extra.PAR2:
    a = ANN[aid]
    kim = pick_kim(a["region"], "paraphrase")
    plat = platform_for(kim, ["facebook", "telegram", "instagram"])
    add(kim, plat, p, clamp_gold(a, at_hours(a, h)), "paraphrase", [aid], f"extra:PAR2:{aid}", shape=plat)
# every special KIM gets Banjar one-liners relaying a release of its kabupaten
for k in SPECIAL:
    reg = KIM[k]["reg"]
    if not any(p["kim"] == k and p["gold"] for p in POSTS):
        a = [x for x in ANNS if x["region"] == reg][0]
        add(k, "facebook", a["p"][0] + " (jar info kabupaten)", delay(a), "paraphrase", [a["id"]], f"anns:{a['id']}:p1b", shape="fb")

# round-ups (26): 8 with three items, 18 with two
LAYOUTS = ["bullets", "numbered", "kilas", "paren", "yt-chapters", "web-prose", "ig-kabar", "wa-list"]
use = {a["id"]: 0 for a in ANNS}
sizes = [3] * 8 + [2] * 18
rng.shuffle(sizes)
rdays = sorted(START + timedelta(days=16 + 29 * i / 25, hours=rng.uniform(8, 12)) for i in range(26))
rkims = SPECIAL * 2 + rng.sample(NORMAL, 18)
rng.shuffle(rkims)
for j, (n, t, kim) in enumerate(zip(sizes, rdays, rkims)):
    t = min(t, END)
    reg = KIM[kim]["reg"]
    cand = [a for a in ANNS if a["t"] + timedelta(hours=3) <= t <= a["t"] + timedelta(days=19)]
    cand.sort(key=lambda a: (use[a["id"]], 0 if a["region"] in (reg, "prov") else 1, rng.random()))
    chosen = sorted(cand[:n], key=lambda a: a["t"])
    if len(chosen) < 2:
        raise SystemExit(f"round-up {j}: too few candidates")
    for a in chosen:
        use[a["id"]] += 1
    items = [a["it"] for a in chosen]
    local = rng.sample(extra.LOCAL[reg], rng.randint(0, 2)) if rng.random() < 0.55 else []
    allitems = items + local
    rng.shuffle(allitems)
    layout = LAYOUTS[j % len(LAYOUTS)]
    d1 = t - timedelta(days=6)
    week = f"{d1.day}–{t.day}/{t.month}" if d1.month == t.month else f"{d1.day}/{d1.month}–{t.day}/{t.month}"
    title = ""
    if layout == "bullets":
        b = rng.choice(["🔹", "•", "-", "✅", "👉"])
        text = f"RANGKUMAN INFO PEKAN INI ({week})\n" + "\n".join(f"{b} {x}" for x in allitems)
        plat = "facebook"
    elif layout == "numbered":
        text = "Kabar sepekan untuk warga:\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(allitems))
        plat = "telegram"
    elif layout == "kilas":
        text = "KILAS INFO | " + " | ".join(allitems) + " |"
        plat = "facebook"
    elif layout == "paren":
        text = "Info singkat: " + " ".join(f"({i + 1}) {x}." for i, x in enumerate(allitems))
        plat = "telegram"
    elif layout == "yt-chapters":
        ch = "\n".join(f"{i * 2:02d}:{(i * 37) % 60:02d} {x}" for i, x in enumerate(allitems))
        text = f"Rangkuman berita pekan ini dari KIM {KIM[kim]['village']}.\n\n{ch}"
        title = f"KABAR BANUA SEPEKAN {week}"
        plat = "youtube"
    elif layout == "web-prose":
        text = ("Beberapa kabar penting pekan ini. " + allitems[0] + ". Selain itu, "
                + ". Selain itu, ".join(x[0].lower() + x[1:] for x in allitems[1:]) + "."
                + "\n\nDitulis oleh Admin KIM " + KIM[kim]["village"])
        title = f"Rangkuman Kabar Pekan Ini ({week})"
        plat = "website"
    elif layout == "ig-kabar":
        text = "🗞️ KABAR SINGKAT\n" + "\n".join(f"▪️ {x}" for x in allitems) + f"\n.\n{tags(kim, None, 5)}"
        plat = "instagram"
    else:
        text = "*RINGKASAN INFO*\n" + "\n".join(f"{i + 1}) {x}" for i, x in enumerate(allitems)) + "\n_Mohon diteruskan_"
        plat = "telegram"
    add(kim, plat, text, t, "roundup", [a["id"] for a in chosen], f"auto:roundup:{j + 1}", title, layout=layout, local=len(local))

# look-alikes
TRAPS = {  # other pages on the same government domains (not releases of this set)
    ("a01", 1): "https://banjarbarukota.go.id/2025/10/14/pemeriksaan-timbangan-pedagang-pasar-ulin-raya/",
    ("a18", 1): "https://diskopukm.kalselprov.go.id/2025/11/06/hasil-penilaian-kesehatan-koperasi-2025/",
    ("a31", 2): "https://banjarkab.go.id/2025/12/20/stok-lpg-di-gambut-menipis-jelang-tahun-baru/",
}
for a in ANNS:
    for i, (reg, h, differs, text) in enumerate(a["n"]):
        kim = pick_kim(reg, prefer_inactive=True)
        plat, title, body, shape = shape_own(kim, text, "negative-topic")
        if (a["id"], i) in TRAPS:
            body += f"\n\nBaca: {TRAPS[(a['id'], i)]}"
        add(kim, plat, body, at_hours(a, h), "negative-topic", [], f"anns:{a['id']}:n{i + 1}", title, shape=shape,
            imitates=[a["id"]], differs=differs)
    if a.get("b"):
        h, differs, text = a["b"]
        kim = pick_kim(a["region"], prefer_inactive=True)
        plat, title, body, shape = shape_own(kim, text, "before")
        t = min(at_hours(a, h), a["t"] - timedelta(minutes=20))
        add(kim, plat, body, t, "before", [], f"anns:{a['id']}:b", title, shape=shape, imitates=[a["id"]], differs=differs)
for i, (aid, reg, h, differs, text) in enumerate(extra.NEG):
    a = ANN[aid]
    kim = pick_kim(reg, prefer_inactive=True)
    plat, title, body, shape = shape_own(kim, text, "negative-topic")
    add(kim, plat, body, at_hours(a, h), "negative-topic", [], f"extra:NEG{i + 1}", title, shape=shape,
        imitates=[aid], differs=differs)
for i, (aid, reg, h, differs, text) in enumerate(extra.BEF):
    a = ANN[aid]
    kim = pick_kim(reg, prefer_inactive=True)
    plat, title, body, shape = shape_own(kim, text, "before")
    t = min(at_hours(a, h), a["t"] - timedelta(minutes=20))
    add(kim, plat, body, t, "before", [], f"extra:BEF{i + 1}", title, shape=shape, imitates=[aid], differs=differs)

# unrelated
for i, (reg, when, text) in enumerate(extra.UNREL):
    kim = pick_kim(reg, prefer_inactive=True)
    plat, title, body, shape = shape_own(kim, text, "negative-unrelated")
    t = datetime.strptime(when, "%Y-%m-%d %H:%M") + timedelta(seconds=rng.randint(0, 3000))
    add(kim, plat, body, min(t, END), "negative-unrelated", [], f"extra:UNREL{i + 1}", title, shape=shape)
P = extra.UNREL_PIECES
for i in range(24):
    kim = rng.choice(sorted(KIM))
    t = START + timedelta(hours=rng.uniform(0, (END - START).total_seconds() / 3600 - 1))
    if i % 2 == 0:
        lines = []
        for name, fmt, (lo, hi) in rng.sample(P["item"], rng.randint(2, 3)):
            lines.append(f"- {name}: " + fmt.format(rng.randint(lo, hi), rng.randint(1, 9)))
        text = f"{rng.choice(P['open'])} ({t.day}/{t.month}) di {KIM[kim]['village']}:\n" + "\n".join(lines) + "\n" + rng.choice(P["close"])
    else:
        text = rng.choice(P["notice"]).format(n=rng.choice(P["names"]), k=rng.randint(1, 14)) + f" ({KIM[kim]['village']}, {t.day}/{t.month})"
    plat, title, body, shape = shape_own(kim, text, "negative-unrelated")
    add(kim, plat, body, t, "negative-unrelated", [], f"build:UNREL-T{i + 1}", title, shape=shape)

# ================================================================ write
POSTS.sort(key=lambda p: (p["t"], p["key"]))
for p in POSTS:
    p["t"] = p["t"].replace(second=rng.randint(0, 59), microsecond=0)
POSTS.sort(key=lambda p: (p["t"], p["key"]))
order = list(range(1, len(POSTS) + 1))
random.Random(SEED + 1).shuffle(order)
for p, n in zip(POSTS, order):
    p["id"] = f"h42-p{n:03d}"
    p["url"] = post_url(p["kim"], p["platform"], p["t"], p["title"] or p["text"][:40])


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + WITA


def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("announcements.jsonl", [{"id": f"h42-{a['id']}", "source": a["src"], "url": a["url"], "title": a["title"],
                              "text": a["text"], "published_at": iso(a["t"])} for a in ANNS])
dump("posts.jsonl", [{"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"], "title": p["title"],
                      "text": p["text"], "published_at": iso(p["t"]), "links": p["links"]} for p in POSTS])
dump("labels.jsonl", [{"post": p["id"], "announcements": [f"h42-{x}" for x in p["gold"]], "style": p["style"]} for p in POSTS])
keymap = {}
for p in POSTS:
    e = {"key": p["key"], "style": p["style"], "gold": [f"h42-{x}" for x in p["gold"]]}
    for k, v in p["km"].items():
        e[k] = [f"h42-{x}" for x in v] if k == "imitates" else v
    keymap[p["id"]] = e
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, v in KIM.items():
        f.write(f"- id: {k}\n  name: KIM {v['village']}\n  region: {v['region']}\n  district: {v['district']}\n  village: {v['village']}\n")
with open(os.path.join(HERE, "roles.json"), "w", encoding="utf-8") as f:
    json.dump({"inactive": INACTIVE, "special": SPECIAL}, f, indent=1)
    f.write("\n")
print(f"{len(ANNS)} announcements, {len(POSTS)} posts; release words",
      min(len(a["text"].split()) for a in ANNS), "-", max(len(a["text"].split()) for a in ANNS))
