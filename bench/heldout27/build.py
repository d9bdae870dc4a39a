#!/usr/bin/env python3
"""Generator of heldout27 (deterministic, fixed seed). Reads anns.py and extra.py (hand-written),
writes announcements.jsonl, posts.jsonl, labels.jsonl, kims.yaml and keymap.json."""
import json
import os
import random
import re
from datetime import datetime, timedelta

from anns import ANNS
from extra import BEF, LOCAL, NEG, SUM2, SUMSHORT, UNREL

SEED = 2026120727
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)
WITA = "+08:00"
END = datetime(2026, 12, 5, 22, 0)

KIMS = [  # id, region, district, village, role
    ("kim-pemurus-dalam", "Kota Banjarmasin", "Banjarmasin Selatan", "Pemurus Dalam", "reg"),
    ("kim-teluk-tiram", "Kota Banjarmasin", "Banjarmasin Barat", "Teluk Tiram", "inactive"),
    ("kim-sungai-jingah", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Jingah", "reg"),
    ("kim-pengambangan", "Kota Banjarmasin", "Banjarmasin Timur", "Pengambangan", "reg"),
    ("kim-sungai-tiung", "Kota Banjarbaru", "Cempaka", "Sungai Tiung", "inactive"),
    ("kim-landasan-ulin-barat", "Kota Banjarbaru", "Liang Anggang", "Landasan Ulin Barat", "reg"),
    ("kim-loktabat-utara", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara", "reg"),
    ("kim-jawa-martapura", "Kabupaten Banjar", "Martapura", "Jawa", "reg"),
    ("kim-lok-baintan", "Kabupaten Banjar", "Sungai Tabuk", "Lok Baintan", "special"),
    ("kim-kayu-bawang", "Kabupaten Banjar", "Gambut", "Kayu Bawang", "reg"),
    ("kim-angsau", "Kabupaten Tanah Laut", "Pelaihari", "Angsau", "reg"),
    ("kim-takisung", "Kabupaten Tanah Laut", "Takisung", "Takisung", "reg"),
    ("kim-bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati", "inactive"),
    ("kim-semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap", "reg"),
    ("kim-sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali", "reg"),
    ("kim-serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga", "inactive"),
    ("kim-batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin", "reg"),
    ("kim-pasar-baru", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pasar Baru", "reg"),
    ("kim-sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau", "reg"),
    ("kim-rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung", "reg"),
    ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang", "reg"),
    ("kim-margasari-ilir", "Kabupaten Tapin", "Candi Laras Selatan", "Margasari Ilir", "inactive"),
    ("kim-kandangan-barat", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Barat", "reg"),
    ("kim-angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang", "reg"),
    ("kim-loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado", "special"),
    ("kim-barabai-timur", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Timur", "reg"),
    ("kim-hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan", "special"),
    ("kim-pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan", "reg"),
    ("kim-sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang", "reg"),
    ("kim-danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang", "reg"),
    ("kim-babirik-hilir", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik Hilir", "reg"),
    ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota", "reg"),
    ("kim-juai", "Kabupaten Balangan", "Juai", "Juai", "inactive"),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong", "special"),
    ("kim-tanjung", "Kabupaten Tabalong", "Tanjung", "Tanjung", "reg"),
    ("kim-pudak-setegal", "Kabupaten Tabalong", "Kelua", "Pudak Setegal", "reg"),
    ("kim-mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun", "reg"),
    ("kim-muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya", "reg"),
    ("kim-berangas", "Kabupaten Barito Kuala", "Alalak", "Berangas", "reg"),
    ("kim-ulu-benteng", "Kabupaten Barito Kuala", "Marabahan", "Ulu Benteng", "reg"),
    ("kim-tabunganen", "Kabupaten Barito Kuala", "Tabunganen", "Tabunganen Muara", "special"),
]
KIM = {k[0]: k for k in KIMS}
INACTIVE = [k[0] for k in KIMS if k[4] == "inactive"]
SPECIAL = [k[0] for k in KIMS if k[4] == "special"]

# source -> (region or None for provincial, host, url shape)
SRC = {
    "dinkes-kalsel": (None, "dinkes.kalselprov.go.id", "wp"),
    "distanbun-kalsel": (None, "distanbun.kalselprov.go.id", "wp"),
    "dkp-kalsel": (None, "dkp.kalselprov.go.id", "wp"),
    "pemprov-kalsel": (None, "kalselprov.go.id", "berita"),
    "disbudpar-kalsel": (None, "disbudpar.kalselprov.go.id", "wp"),
    "dispora-kalsel": (None, "dispora.kalselprov.go.id", "wp"),
    "polda-kalsel": (None, "tribratanews.kalsel.polri.go.id", "wp"),
    "disdikbud-kalsel": (None, "disdikbud.kalselprov.go.id", "wp"),
    "dinsos-kalsel": (None, "dinsos.kalselprov.go.id", "wp"),
    "disbunnak-kalsel": (None, "disbunnak.kalselprov.go.id", "wp"),
    "diskominfo-kalsel": (None, "diskominfo.kalselprov.go.id", "wp"),
    "pemkab-hst": ("Kabupaten Hulu Sungai Tengah", "hstkab.go.id", "wp"),
    "pemkab-kotabaru": ("Kabupaten Kotabaru", "kotabarukab.go.id", "num"),
    "pemkab-tapin": ("Kabupaten Tapin", "tapinkab.go.id", "berita"),
    "pemkab-hsu": ("Kabupaten Hulu Sungai Utara", "hsu.go.id", "berita"),
    "pemkab-tanbu": ("Kabupaten Tanah Bumbu", "tanahbumbukab.go.id", "num"),
    "pemkot-banjarbaru": ("Kota Banjarbaru", "banjarbarukota.go.id", "wp"),
    "pemkot-banjarmasin": ("Kota Banjarmasin", "banjarmasinkota.go.id", "html"),
    "pemkab-tabalong": ("Kabupaten Tabalong", "tabalongkab.go.id", "wp"),
    "pemkab-banjar": ("Kabupaten Banjar", "banjarkab.go.id", "wp"),
    "pemkab-balangan": ("Kabupaten Balangan", "balangankab.go.id", "detail"),
    "pemkab-hss": ("Kabupaten Hulu Sungai Selatan", "hulusungaiselatankab.go.id", "html"),
    "pemkab-tanah-laut": ("Kabupaten Tanah Laut", "tanahlautkab.go.id", "berita"),
    "pemkab-batola": ("Kabupaten Barito Kuala", "baritokualakab.go.id", "detail"),
}
SHORT = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
         "Kabupaten Tanah Laut": "Tala", "Kabupaten Kotabaru": "Kotabaru", "Kabupaten Tanah Bumbu": "Tanbu",
         "Kabupaten Tapin": "Tapin", "Kabupaten Hulu Sungai Selatan": "HSS", "Kabupaten Hulu Sungai Tengah": "HST",
         "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Balangan": "Balangan", "Kabupaten Tabalong": "Tabalong",
         "Kabupaten Barito Kuala": "Batola"}


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + WITA


# ------------------------------------------------------------------ announcements
ANN = {}
for a in ANNS:
    region, host, shape = SRC[a["src"]]
    d = dt(a["when"])
    if shape == "wp":
        url = f"https://{host}/{d:%Y/%m/%d}/{a['slug']}/"
    elif shape == "berita":
        url = f"https://{host}/berita/{a['slug']}"
    elif shape == "num":
        url = f"https://{host}/berita/{2300 + a['n'] * 7}/{a['slug']}"
    elif shape == "detail":
        url = f"https://{host}/berita/detail/{a['slug']}"
    else:
        url = f"https://{host}/{d:%Y/%m}/{a['slug']}.html"
    a["id"] = f"h27-a{a['n']:02d}"
    a["url"], a["t"], a["region"], a["host"], a["shape"] = url, d, region, host, shape
    a["text"] = a["dateline"] + " " + "\n\n".join(a["paras"])
    ANN[a["n"]] = a


def old_url(a):
    """A 2025 page on the same government domain (a trap that is no announcement)."""
    slug = a["slug"].split("-")[:5]
    slug = "-".join(slug) + "-2025"
    if a["shape"] == "wp":
        return f"https://{a['host']}/2025/11/{a['t'].day:02d}/{slug}/"
    if a["shape"] == "html":
        return f"https://{a['host']}/2025/11/{slug}.html"
    if a["shape"] == "num":
        return f"https://{a['host']}/berita/{1800 + a['n']}/{slug}"
    if a["shape"] == "detail":
        return f"https://{a['host']}/berita/detail/{slug}"
    return f"https://{a['host']}/berita/{slug}"


# ------------------------------------------------------------------ KIM pools
def pool(region, allow_special=False):
    out = [k[0] for k in KIMS if k[4] == "reg" and (region is None or k[1] == region)]
    if allow_special:
        out += [k[0] for k in KIMS if k[4] == "special" and (region is None or k[1] == region)]
    return out


use = {}


def pick(cands):
    """The least-used candidate KIM (ties broken by the seeded RNG)."""
    rng.shuffle(cands)
    cands.sort(key=lambda k: use.get(k, 0))
    k = cands[0]
    use[k] = use.get(k, 0) + 1
    return k


def kim_for(a):
    cands = pool(a["region"]) if a["region"] else pool(None)
    return pick(list(cands))


def vname(k):
    return KIM[k][3]


def kshort(k):
    return SHORT[KIM[k][1]]


# ------------------------------------------------------------------ timing
def gold_time(a, kind="mixed"):
    r = rng.random()
    if kind == "fast" or r < 0.3:
        h = rng.uniform(0.25, 6)
    elif r < 0.72:
        h = rng.uniform(6, 48)
    else:
        h = rng.uniform(48, 15 * 24)
    t = a["t"] + timedelta(hours=h, seconds=rng.randint(0, 59))
    if t > END:
        span = (END - a["t"]).total_seconds() / 3600
        t = a["t"] + timedelta(hours=rng.uniform(0.25, max(0.3, span)))
    return t


def clamp(t):
    if t < datetime(2026, 1, 3):
        t = datetime(2026, 1, 3, 8) + timedelta(days=rng.randint(0, 50), minutes=rng.randint(0, 600))
    if t > END:
        t = END - timedelta(hours=rng.uniform(1, 40))
    return t


# ------------------------------------------------------------------ platform shapes
GREET = ["Assalamualaikum warga {v} 🙏", "Selamat pagi dangsanak semua 🌞", "Bismillah.", "📢 *INFO* 📢",
         "Hello guys 👋", "Salamat sore bubuhan {v}", "INFO WARGA", "Good morning all ☀️", ""]
OUTRO = ["Semoga bermanfaat 🙏", "Silakan dibagikan.", "Terima kasih 🙏", "#KIM{V}", "Jazakumullah khairan 🙏", "",
         "Mohon disebarkan ke keluarga.", "Admin KIM {v}"]
GROUPS = ["Info Warga RT 05", "Pengajian Ibu-Ibu", "Paguyuban Pedagang", "Alumni SMP", "Warga Desa {v}",
          "Relawan Banua", "Info Kecamatan", "Keluarga Besar"]
MENUS = ["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda » Kabar Desa",
         "MENU: Beranda · Profil Desa · Berita · Agenda · Kontak", "Home » Info Publik"]
BACA = ["Jadwal Posyandu Bulan Ini", "Kerja Bakti Bersihkan Parit Desa", "Hasil Musdes 2026", "Harga Karet Pekan Ini",
        "Lomba Kebersihan Antar RT", "Profil UMKM Desa", "Pengajian Akbar Akhir Bulan"]


def hashtags(k, extra="", many=False):
    v = vname(k).replace(" ", "").replace("-", "")
    base = extra.split() + [f"#KIM{v}", f"#{kshort(k).replace(' ', '')}", "#Kalsel"]
    if many:
        base += ["#InfoBanua", "#KalselBabungas", "#Banua", "#InfoKalsel", "#KabarDesa", "#KIMKalsel",
                 "#Diskominfo", "#BeritaKalsel", "#InfoPublik", "#Viral"]
    seen = []
    for t in base:
        if t not in seen:
            seen.append(t)
    return " ".join(seen)


def sh_fb(body, k):
    g = rng.choice(GREET).format(v=vname(k))
    o = rng.choice(OUTRO).format(v=vname(k), V=vname(k).replace(" ", ""))
    return "\n\n".join(x for x in (g, body, o) if x)


def sh_wa(body, k, title=None, src=None):
    v = rng.randrange(4)
    if v == 0:
        head = "*BERITA PENTING*"
    elif v == 1:
        head = "↪️ Diteruskan dari grup " + rng.choice(GROUPS).format(v=vname(k))
    elif v == 2:
        head = "Forward dari grup sebelah 👇"
    else:
        head = "*Diteruskan berkali-kali*"
    parts = [head]
    if title:
        parts.append(f"*{title.upper() if rng.random() < 0.5 else title}*")
    parts.append(body)
    if src and rng.random() < 0.7:
        parts.append(f"_Sumber: {src}_")
    elif rng.random() < 0.5:
        parts.append("_Mohon disebarkan_")
    return "\n\n".join(parts)


def sh_tg(body, k, title=None):
    head = rng.choice([f"Forwarded from Info {kshort(k)}", f"📰 KIM {vname(k)}", "", f"Forwarded from Kabar {kshort(k)}"])
    parts = [x for x in (head, f"**{title}**" if title else "", body) if x]
    return "\n\n".join(parts)


def sh_ig(body, k, tags="", many=False, title=None):
    parts = []
    if title:
        parts.append(title.upper())
    parts.append(body)
    if rng.random() < 0.4:
        parts.append("✅ Info lengkap link di bio")
    parts.append(hashtags(k, tags, many))
    return "\n\n".join(parts)


def sh_web(body, k, title):
    parts = [rng.choice(MENUS), title, f"Oleh Admin KIM {vname(k)} · {rng.randint(0, 6)} Komentar", body,
             "Baca juga: " + rng.choice(BACA), "Bagikan: Facebook Twitter WhatsApp Telegram"]
    if rng.random() < 0.5:
        parts.append("Tags: " + ", ".join(rng.sample(["berita", "desa", "pemerintahan", "kabar warga", kshort(k)], 3)))
    return "\n\n".join(parts)


def sh_yt(body, k, title, chapters=None):
    parts = [body]
    if chapters:
        parts.append("\n".join(chapters))
    parts.append(f"Kamera: Tim KIM {vname(k)}")
    parts.append(rng.choice(["Jangan lupa like, comment, subscribe 🔔", "Subscribe untuk kabar desa terbaru!",
                             "Dukung KIM dengan subscribe ya"]))
    return "\n\n".join(parts)


def yt_title(base):
    return rng.choice(["VIDEO | ", "LIVE | ", "Liputan: ", "KABAR DESA | ", ""]) + base


def tg_cut(text, lo=150, hi=220):
    n = rng.randint(lo, hi)
    if len(text) <= n:
        n = max(60, len(text) - 20)
    cut = text[:n].rsplit(" ", 1)[0].rstrip(",.;: ")
    return cut + "…"


# ------------------------------------------------------------------ writing habits (copies)
ABBR = [("yang", "yg"), ("dengan", "dgn"), ("untuk", "utk"), ("tanggal", "tgl"), ("sudah", "sdh"), ("tidak", "tdk"),
        ("kepada", "kpd"), ("Kabupaten", "Kab."), ("Kecamatan", "Kec."), ("dan", "&")]


def typo(text, n):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    for i in rng.sample(idx, min(n, len(idx))):
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def habits(a, k, text):
    ops = rng.sample(["quotes", "tag", "dateline", "abbr", "collapse", "typo", "dash"], rng.randint(1, 3))
    for op in ops:
        if op == "quotes":
            text = text.replace("“", '"').replace("”", '"')
        elif op == "tag":
            text = re.sub(r"\s*\([^()]*\)\s*$", "", text)
        elif op == "dateline":
            town = a["dateline"].split()[0].title()
            text = text.replace(a["dateline"], rng.choice([f"{town} (KIM) -", f"(KIM {vname(k)}) –",
                                                           f"{town.upper()}, KIM –"]), 1)
        elif op == "abbr":
            for w, s in rng.sample(ABBR, 4):
                text = re.sub(rf"\b{w}\b", s, text)
        elif op == "collapse":
            text = text.replace("\n\n", " ")
        elif op == "typo":
            text = typo(text, rng.randint(1, 3))
        elif op == "dash":
            text = text.replace("–", "-")
    return text, ops


# ------------------------------------------------------------------ link forms
def link_form(a, form):
    u = a["url"]
    wp = a["shape"] == "wp"
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
        return u + "?fbclid=IwAR" + "".join(rng.choice("abcdefghijkLMNOPQ0123456789") for _ in range(22))
    if form == "utm+fbclid":
        return u + "?utm_source=fb&fbclid=IwZX" + "".join(rng.choice("abcdefXYZ0123456789") for _ in range(18))
    if form == "http-m":
        return u.replace("https://", "http://m.")
    if form == "bare-www":
        return u.replace("https://", "www.")
    return u


LINK_COMMENTS = ["Info lengkap 👇", "Baca di sini ya dangsanak", "Selengkapnya:", "Penting untuk warga, silakan dibaca",
                 "Buat yang tanya kemarin, ini beritanya", "Sumber resmi:", "Monggo dibaca 🙏", "Ini dia infonya",
                 "Share dari web resmi", "Cek di link ini", "Baca baik-baik ya", "Kabar baik nih",
                 "Update terbaru", "Simak beritanya", "Nah ini yang ditunggu-tunggu", "Yang belum tahu, baca ini",
                 "Informasi dari pemerintah", "Mantap 👍", "Dibaca, dibagikan", "Catat tanggalnya"]


# ------------------------------------------------------------------ post assembly
POSTS = []
seq = [0]


def post(k, platform, t, text, title="", links=None, style="", gold=(), key=None):
    seq[0] += 1
    links = list(links or [])
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text):
        u = u.rstrip(".,;:!?")
        if u not in links:
            links.append(u)
    t = t.replace(microsecond=0)
    POSTS.append(dict(kim=k, platform=platform, t=t, title=title if platform in ("website", "youtube") else "",
                      text=text, links=links, style=style, gold=list(gold), key=key or {}, seq=seq[0]))


def lead(a):
    return a["dateline"] + " " + a["paras"][0]


def src_name(a):
    return rng.choice([a["host"], a["url"] if rng.random() < 0.3 else a["host"], f"Humas {a['src']}",
                       "rilis resmi " + a["src"].replace("-", " ").title()])


# copy --------------------------------------------------------------
copy_anns = rng.sample(ANNS, 35)
copy_shapes = (["wa"] * 9 + ["web"] * 7 + ["fb"] * 7 + ["tg"] * 6 + ["ig"] * 6)
rng.shuffle(copy_shapes)
for a, shp in zip(copy_anns, copy_shapes):
    k = kim_for(a)
    body, ops = habits(a, k, a["text"])
    t = gold_time(a)
    links = []
    if shp == "wa":
        src = src_name(a)
        text = sh_wa(body, k, a["title"], src)
        plat = rng.choice(["facebook", "telegram"])
    elif shp == "web":
        src = rng.choice([a["url"], a["host"], "rilis resmi Pemerintah"])
        text = sh_web(body + f"\n\nSumber: {src}", k, a["title"])
        plat = "website"
    elif shp == "fb":
        text = sh_fb(a["title"] + "\n\n" + body, k)
        plat = "facebook"
    elif shp == "tg":
        text = sh_tg(body, k, a["title"])
        plat = "telegram"
    else:
        text = sh_ig(body, k, a["tags"], title=a["title"])
        plat = "instagram"
    post(k, plat, t, text, a["title"] if plat == "website" else "", links, "copy", [a["id"]],
         dict(gen=f"auto:copy:{a['id']}", shape=shp, ops=ops))

# excerpt -----------------------------------------------------------
SPECIAL_TG = {"kim-lok-baintan": 14, "kim-hantakan": 2, "kim-tabunganen": 39}
exc_anns = [ANN[n] for n in SPECIAL_TG.values()]
rest = [a for a in ANNS if a not in exc_anns]
exc_anns += rng.sample(rest, 32)
exc_shapes = ["tgtrunc"] * 6 + ["short"] * 6 + ["iglead"] * 5 + ["fbmore"] * 5 + ["yt"] * 4 + ["quote"] * 4 + ["web"] * 2
rng.shuffle(exc_shapes)
exc_shapes = ["tgtrunc"] * 3 + exc_shapes
inv_special = {v: k for k, v in SPECIAL_TG.items()}
for i, (a, shp) in enumerate(zip(exc_anns, exc_shapes)):
    k = inv_special[a["n"]] if i < 3 else kim_for(a)
    t = gold_time(a)
    title = ""
    if shp == "tgtrunc":
        text = tg_cut(lead(a) + " " + a["paras"][1])
        if rng.random() < 0.5:
            text = f"📰 {a['title']}\n\n" + text
        plat = "telegram"
    elif shp == "short":
        words = a["paras"][0].split()
        text = " ".join(words[:rng.randint(12, 18)]).rstrip(",.") + "..."
        plat = rng.choice(["facebook", "telegram"])
    elif shp == "iglead":
        text = sh_ig(a["paras"][0], k, a["tags"], title=a["title"])
        plat = "instagram"
    elif shp == "fbmore":
        text = sh_fb(lead(a) + "\n\n" + a["paras"][1][:rng.randint(40, 90)].rsplit(" ", 1)[0] + "... Lihat selengkapnya", k)
        plat = "facebook"
    elif shp == "yt":
        title = yt_title(a["title"])
        text = sh_yt(a["paras"][0], k, title, ["00:00 Pembuka", f"00:{rng.randint(20, 50)} Suasana kegiatan",
                                               f"0{rng.randint(1, 3)}:{rng.randint(10, 59)} Wawancara", "04:12 Penutup"])
        plat = "youtube"
    elif shp == "quote":
        intro = rng.choice(["Pesan penting dari pejabat kita:", "Kata beliau:", "Simak pesannya 👇",
                            "Ini kata pejabat yang bersangkutan:"])
        text = intro + "\n\n" + a["paras"][2]
        plat = rng.choice(["facebook", "telegram", "instagram"])
    else:
        title = a["title"]
        text = sh_web(lead(a) + "\n\n" + a["paras"][1], k, title)
        plat = "website"
    post(k, plat, t, text, title, None, "excerpt", [a["id"]], dict(gen=f"auto:excerpt:{a['id']}", shape=shp))

# link --------------------------------------------------------------
link_anns = rng.sample(ANNS, 40)
forms = (["exact"] * 5 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 4 + ["utm"] * 4 +
         ["fbclid"] * 4 + ["utm+fbclid"] * 2 + ["http-m"] * 2 + ["bare-www"] * 2 + ["only-links"] * 2)
rng.shuffle(forms)
for a, form in zip(link_anns, forms):
    k = kim_for(a)
    t = gold_time(a, "fast" if rng.random() < 0.4 else "mixed")
    u = link_form(a, "exact" if form == "only-links" else form)
    c = rng.choice(LINK_COMMENTS)
    if rng.random() < 0.4:
        c = c + " " + a["it"]
    r = rng.random()
    title = ""
    if form == "only-links":
        text, plat = c + "\n\n" + a["title"], "facebook"
    elif r < 0.45:
        text, plat = c + "\n" + u, "facebook"
        if rng.random() < 0.6:
            text += "\n\n" + a["host"].upper() + "\n" + a["title"] + "\n" + a["paras"][0].split(". ")[0] + "."
    elif r < 0.7:
        text, plat = f"{a['title']}\n{u}", "telegram"
    elif r < 0.85:
        title = yt_title(a["it"])
        text, plat = sh_yt(f"Baca berita lengkapnya: {u}", k, title), "youtube"
    else:
        title = a["title"]
        text, plat = sh_web(c + "\n\nSelengkapnya: " + u, k, title), "website"
    if form == "bare-www" and plat == "website":
        pass
    post(k, plat, t, text, title, [u], "link", [a["id"]], dict(gen=f"auto:link:{a['id']}", form=form))

# summary -----------------------------------------------------------
SPECIAL_IG = {33: "kim-loksado", 45: "kim-halong"}
sum_items = []
for a in ANNS:
    for i, s in enumerate(a["s"]):
        sum_items.append((a, s, f"anns.py:{a['n']}:s{i + 1}", i))
for n, s in SUM2:
    sum_items.append((ANN[n], s, f"extra.py:SUM2:{n}", 1))
sum_shapes = ["wa"] * 14 + ["tg"] * 13 + ["fb"] * 12 + ["yt"] * 6 + ["ig"] * 7 + ["web"] * 4
rng.shuffle(sum_shapes)
for (a, s, gen, i), shp in zip(sum_items, sum_shapes):
    special = a["n"] in SPECIAL_IG and i == 0
    k = SPECIAL_IG[a["n"]] if special else kim_for(a)
    if special:
        shp = "ig"
    elif i == 0 and a["n"] in SUMSHORT:
        s, shp, gen = SUMSHORT[a["n"]], "plain", f"extra.py:SUMSHORT[{a['n']}]"
    t = gold_time(a) if i == 0 else a["t"] + timedelta(hours=rng.uniform(30, min(200, (END - a["t"]).total_seconds() / 3600)))
    title = ""
    if shp == "plain":
        text, plat = s, rng.choice(["facebook", "telegram", "facebook"])
    elif shp == "wa":
        text, plat = sh_wa(s, k), rng.choice(["facebook", "telegram"])
    elif shp == "tg":
        text, plat = sh_tg(s, k), "telegram"
    elif shp == "fb":
        text, plat = sh_fb(s, k), "facebook"
    elif shp == "yt":
        title = yt_title(a["it"])
        text, plat = sh_yt(s, k, title), "youtube"
    elif shp == "ig":
        text, plat = sh_ig(s, k, a["tags"], many=special or rng.random() < 0.3), "instagram"
    else:
        title = a["it"]
        text, plat = sh_web(s, k, title), "website"
    post(k, plat, t, text, title, None, "summary", [a["id"]], dict(gen=gen, shape=shp))

# paraphrase --------------------------------------------------------
SPECIAL_P = {14: "kim-lok-baintan", 42: "kim-lok-baintan", 2: "kim-hantakan", 38: "kim-hantakan",
             39: "kim-tabunganen", 41: "kim-tabunganen", 15: "kim-halong", 45: "kim-halong",
             18: "kim-loksado", 33: "kim-loksado"}
SKIP_P = {7, 17, 40}
for a in ANNS:
    if a["n"] in SKIP_P:
        continue
    k = SPECIAL_P.get(a["n"]) or kim_for(a)
    t = gold_time(a)
    r = rng.random()
    if r < 0.55:
        text, plat = sh_fb(a["p"], k) if rng.random() < 0.4 else a["p"], "facebook"
    elif r < 0.8:
        text, plat = a["p"], "telegram"
    elif r < 0.9:
        text, plat = sh_ig(a["p"], k, a["tags"]), "instagram"
    else:
        text, plat = sh_wa(a["p"], k), "facebook"
    post(k, plat, t, text, "", None, "paraphrase", [a["id"]], dict(gen=f"anns.py:{a['n']}:p", shape=plat))

# roundups ----------------------------------------------------------
RU_KIMS = [k for k in SPECIAL for _ in range(2)] + [k for k in pool(None) for _ in range(1)]
rng.shuffle(RU_KIMS)
ru_kims = [k for k in SPECIAL for _ in range(2)] + [k for k in RU_KIMS if k not in SPECIAL][:15]
layouts = (["oneline"] * 4 + ["bullets"] * 4 + ["numbered"] * 4 + ["prose"] * 4 + ["yt"] * 3 + ["ig"] * 3 + ["wa"] * 3)
rng.shuffle(layouts)
HEADS = {"oneline": ["KILAS INFO", "INFO SEPEKAN", "KABAR BANUA"], "bullets": ["Rangkuman info pekan ini:",
                                                                                "🗞️ KABAR SINGKAT", "Info penting minggu ini 👇"],
         "numbered": ["Rekap berita minggu ini:", "INFO WARGA PEKAN INI", "Ringkasan kabar terbaru:"]}
for j, (k, lay) in enumerate(zip(ru_kims, layouts)):
    region = KIM[k][1]
    for _ in range(200):
        D = datetime(2026, 11, 8) + timedelta(hours=rng.uniform(0, 27 * 24))
        if D > END:
            continue
        cands = [a for a in ANNS if a["t"] + timedelta(hours=1) <= D <= a["t"] + timedelta(days=12)]
        own = [a for a in cands if a["region"] in (region, None)]
        n = 3 if j % 5 in (0, 2) else 2
        if len(own) >= n:
            chosen = rng.sample(own, n)
            break
    else:
        raise SystemExit("roundup failed")
    items = [a["it"] for a in chosen]
    locs = rng.sample(LOCAL, rng.choice([0, 0, 1, 2]))
    allitems = items + locs
    rng.shuffle(allitems)
    title = ""
    if lay == "oneline":
        text = rng.choice(HEADS["oneline"]) + " | " + " | ".join(allitems)
        plat = rng.choice(["facebook", "telegram"])
    elif lay == "bullets":
        b = rng.choice(["•", "🔹", "-", "✅", "👉"])
        text = rng.choice(HEADS["bullets"]) + "\n" + "\n".join(f"{b} {x}" for x in allitems)
        plat = rng.choice(["facebook", "telegram"])
    elif lay == "numbered":
        text = rng.choice(HEADS["numbered"]) + "\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(allitems))
        plat = rng.choice(["facebook", "telegram"])
    elif lay == "prose":
        gov = []
        for x in items:
            if ": " in x:
                src, rest = x.split(": ", 1)
                gov.append(f"{rest} ({src})")
            else:
                gov.append(x)
        opener = rng.choice(["Pekan ini ada beberapa kabar dari pemerintah, antara lain", "Rangkuman kabar sepekan:",
                             "Beberapa informasi penting minggu ini:"])
        joined = gov[0] + " dan " + gov[1] if len(gov) == 2 else ", ".join(gov[:-1]) + ", dan " + gov[-1]
        text = opener + " " + joined + "."
        if locs:
            text += " Di kampung kita sendiri: " + "; ".join(x[0].lower() + x[1:] for x in locs) + "."
        title = f"Kabar Sepekan KIM {vname(k)}"
        plat = "website"
        text = sh_web(text, k, title)
    elif lay == "yt":
        title = f"KABAR BANUA PEKAN INI | KIM {vname(k)}"
        ch = [f"0{i}:{rng.randint(0, 59):02d} {x}" for i, x in enumerate(allitems)]
        text = sh_yt("Rangkuman kabar pekan ini.", k, title, ch)
        plat = "youtube"
    elif lay == "ig":
        text = sh_ig("🗞️ KABAR SINGKAT\n" + "\n".join(f"▪️ {x}" for x in allitems), k)
        plat = "instagram"
    else:
        text = sh_wa("\n".join(f"{i + 1}) {x}" for i, x in enumerate(allitems)), k, "Info pekan ini")
        plat = "facebook"
    lo = max(a["t"] for a in chosen) + timedelta(minutes=30)
    hi = min(min(a["t"] for a in chosen) + timedelta(days=19), END)
    t = lo + (hi - lo) * rng.random() if hi > lo else lo
    post(k, plat, t, text, title, None, "roundup", [a["id"] for a in chosen],
         dict(gen=f"auto:roundup:{j}", layout=lay, local=len(locs)))


# negatives and before ----------------------------------------------
def neg_shape(k, text, a, with_old=False):
    r = rng.random()
    title = ""
    if with_old:
        text = text + "\n\nSumber: " + old_url(a)
    if r < 0.35:
        return "facebook", (sh_fb(text, k) if rng.random() < 0.5 else text), title, "fb"
    if r < 0.55:
        return "telegram", sh_tg(text, k) if rng.random() < 0.5 else text, title, "tg"
    if r < 0.68:
        return "instagram", sh_ig(text, k, many=rng.random() < 0.3), title, "ig"
    if r < 0.8:
        return "facebook", sh_wa(text, k), title, "wa"
    if r < 0.88:
        return "telegram", tg_cut(text, 60, 90) if len(text) > 110 else text, title, "tgtrunc" if len(text) > 110 else "tg"
    if r < 0.94:
        title = yt_title(text.split(".")[0][:70])
        return "youtube", sh_yt(text, k, title), title, "yt"
    title = text.split(".")[0][:80]
    return "website", sh_web(text, k, title), title, "web"


def add_neg(a, k, h, kind, differs, text, gen):
    t = clamp(a["t"] + timedelta(hours=h, minutes=rng.randint(-40, 40)))
    plat, body, title, shp = neg_shape(k, text, a, with_old=(kind == "last-year" and rng.random() < 0.4))
    post(k, plat, t, body, title, None, "negative-topic", [],
         dict(gen=gen, imitates=[a["id"]], kind=kind, differs=differs, shape=shp))


for a in ANNS:
    for i, (k, h, kind, differs, text) in enumerate(a["neg"]):
        add_neg(a, k, h, kind, differs, text, f"anns.py:{a['n']}:n[{i}]")
for i, (n, k, h, kind, differs, text) in enumerate(NEG):
    add_neg(ANN[n], k, h, kind, differs, text, f"extra.py:NEG[{i}]")

befores = [(a, a["b"], f"anns.py:{a['n']}:b") for a in ANNS if a["b"]]
befores += [(ANN[n], (k, h, text), f"extra.py:BEF[{i}]") for i, (n, k, h, text) in enumerate(BEF)]
for a, (k, h, text), gen in befores:
    t = a["t"] - timedelta(hours=h, minutes=rng.randint(0, 50))
    plat, body, title, shp = neg_shape(k, text, a)
    post(k, plat, t, body, title, None, "before", [],
         dict(gen=gen, imitates=[a["id"]], differs="posted before the release, about the same event, without its facts",
              shape=shp))

for i, (k, text) in enumerate(UNREL):
    t = datetime(2026, 10, 28, 7) + timedelta(hours=rng.uniform(0, 38 * 24))
    t = clamp(t)
    r = rng.random()
    if r < 0.55:
        plat, body = "facebook", sh_fb(text, k) if rng.random() < 0.4 else text
    elif r < 0.8:
        plat, body = "telegram", text
    elif r < 0.92:
        plat, body = "instagram", sh_ig(text, k)
    else:
        plat, body = "facebook", sh_wa(text, k)
    post(k, plat, t, body, "", None, "negative-unrelated", [], dict(gen=f"extra.py:UNREL[{i}]"))

# ------------------------------------------------------------------ output
POSTS.sort(key=lambda p: (p["t"], p["seq"]))
for i in range(1, len(POSTS)):
    if POSTS[i]["t"] <= POSTS[i - 1]["t"]:
        POSTS[i]["t"] = POSTS[i - 1]["t"] + timedelta(seconds=rng.randint(5, 90))
ids = list(range(1, len(POSTS) + 1))
rng.shuffle(ids)
HANDLE = {}
for p, n in zip(POSTS, ids):
    p["id"] = f"h27-p{n:03d}"
    k = p["kim"]
    h = "kim." + k[4:].replace("-", "")
    tok = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(11))
    p["url"] = {"facebook": f"https://www.facebook.com/{h}/posts/pfbid0{tok}",
                "instagram": f"https://www.instagram.com/p/{tok}/",
                "telegram": f"https://t.me/{h.replace('.', '_')}/{rng.randint(100, 2999)}",
                "youtube": f"https://www.youtube.com/watch?v={tok}",
                "website": f"https://{k[4:]}.desa.id/berita/{re.sub(r'[^a-z0-9]+', '-', p['title'].lower()).strip('-')[:60]}"}[p["platform"]]


def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("announcements.jsonl", [dict(id=a["id"], source=a["src"], url=a["url"], title=a["title"], text=a["text"],
                                  published_at=iso(a["t"])) for a in ANNS])
dump("posts.jsonl", [dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=p["url"], title=p["title"],
                          text=p["text"], published_at=iso(p["t"]), links=p["links"]) for p in POSTS])
dump("labels.jsonl", [dict(post=p["id"], announcements=p["gold"], style=p["style"]) for p in POSTS])
keymap = {}
for p in POSTS:
    e = dict(p["key"])
    e["style"], e["gold"] = p["style"], p["gold"]
    keymap[p["id"]] = e
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS:
        f.write(f"- id: {k[0]}\n  name: KIM {k[3]}\n  region: {k[1]}\n  district: {k[2]}\n  village: {k[3]}\n")
print(f"{len(ANNS)} announcements, {len(POSTS)} posts")
