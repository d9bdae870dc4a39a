#!/usr/bin/env python3
"""Generator of heldout61 (libraries, archives and reading literacy). Deterministic: a fixed seed, no clock.

Reads the hand-written modules anns_a.py, anns_b.py and extra.py; writes announcements.jsonl, kims.yaml,
posts.jsonl, labels.jsonl and keymap.json next to this file."""
import json
import os
import random
import re
from datetime import datetime, timedelta

import anns_a
import anns_b
import extra

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120761
R = random.Random(SEED)
TZ = "+08:00"
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
END = datetime(2026, 12, 5, 21, 30)
START = datetime(2026, 10, 20, 6, 0)

# --------------------------------------------------------------------------- sources and their URL habits
SOURCES = {
    "dispersip-kalsel": ("dispersip.kalselprov.go.id", "num-warta", False, "Dispersip Kalsel"),
    "pemprov-kalsel": ("kalselprov.go.id", "berita-slug", False, "Pemprov Kalsel"),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp-day", True, "Diskominfo Kalsel"),
    "dpmd-kalsel": ("dpmd.kalselprov.go.id", "kabar-desa", False, "DPMD Kalsel"),
    "kemenag-kalsel": ("kalsel.kemenag.go.id", "num-dash", False, "Kanwil Kemenag Kalsel"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "ym-html", False, "Pemko Banjarmasin"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp-day", True, "Pemkot Banjarbaru"),
    "pemkab-banjar": ("banjarkab.go.id", "wp-month", True, "Pemkab Banjar"),
    "pemkab-batola": ("baritokualakab.go.id", "num-dash-berita", False, "Pemkab Barito Kuala"),
    "pemkab-tapin": ("tapinkab.go.id", "read-num", False, "Pemkab Tapin"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "berita-slug", False, "Pemkab HSS"),
    "pemkab-hst": ("hstkab.go.id", "post-num", False, "Pemkab HST"),
    "pemkab-hsu": ("hulusungaiutarakab.go.id", "kabar", False, "Pemkab HSU"),
    "pemkab-balangan": ("balangankab.go.id", "detail", False, "Pemkab Balangan"),
    "pemkab-tabalong": ("tabalongkab.go.id", "berita-ym", False, "Pemkab Tabalong"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita-slug", False, "Pemkab Tanah Laut"),
    "pemkab-tanbu": ("tanahbumbukab.go.id", "num-warta", False, "Pemkab Tanah Bumbu"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "berita-num", False, "Pemkab Kotabaru"),
}


def slugify(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    words = s.split("-")
    return "-".join(words[:10])


def ann_url(src, title, when, rng):
    host, habit, _, _ = SOURCES[src]
    slug = slugify(title)
    num = rng.randint(2400, 9800)
    if habit == "num-warta":
        path = f"/warta/{num}/{slug}"
    elif habit == "berita-slug":
        path = f"/berita/{slug}"
    elif habit == "wp-day":
        path = f"/{when:%Y/%m/%d}/{slug}/"
    elif habit == "wp-month":
        path = f"/{when:%Y/%m}/{slug}/"
    elif habit == "kabar-desa":
        path = f"/kabar-desa/{slug}"
    elif habit == "num-dash":
        path = f"/berita/{num}-{slug}"
    elif habit == "ym-html":
        path = f"/{when:%Y/%m}/{slug}.html"
    elif habit == "num-dash-berita":
        path = f"/berita/{num}-{slug}"
    elif habit == "read-num":
        path = f"/read/{num}/{slug}"
    elif habit == "post-num":
        path = f"/post/{num}/{slug}"
    elif habit == "kabar":
        path = f"/kabar/{slug}"
    elif habit == "detail":
        path = f"/berita/detail/{slug}"
    elif habit == "berita-ym":
        path = f"/berita/{when:%Y/%m}/{slug}"
    elif habit == "berita-num":
        path = f"/berita/{num}/{slug}"
    else:
        raise ValueError(habit)
    return f"https://{host}{path}"


def fill_dates(text):
    def rep(m):
        d, mo = int(m.group(1)), int(m.group(2))
        y = 2026 if mo >= 10 else 2027
        return f"{HARI[datetime(y, mo, d).weekday()]} ({d}/{mo}/{y})"
    return re.sub(r"\[\[(\d+)/(\d+)\]\]", rep, text)


def parse_at(s):
    return datetime.strptime("2026-" + s, "%Y-%m-%d %H:%M")


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + TZ


# --------------------------------------------------------------------------- KIM registry
KIMS = [  # id suffix, region, district, village, code
    ("pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya", "bjm"),
    ("alalak-selatan", "Kota Banjarmasin", "Banjarmasin Utara", "Alalak Selatan", "bjm"),
    ("teluk-dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam", "bjm"),
    ("guntung-payung", "Kota Banjarbaru", "Landasan Ulin", "Guntung Payung", "bjb"),
    ("loktabat-selatan", "Kota Banjarbaru", "Banjarbaru Selatan", "Loktabat Selatan", "bjb"),
    ("palam", "Kota Banjarbaru", "Cempaka", "Palam", "bjb"),
    ("sungai-alang", "Kabupaten Banjar", "Karang Intan", "Sungai Alang", "bjr"),
    ("astambul-kota", "Kabupaten Banjar", "Astambul", "Astambul Kota", "bjr"),
    ("pasayangan", "Kabupaten Banjar", "Martapura", "Pasayangan", "bjr"),
    ("tabanio", "Kabupaten Tanah Laut", "Takisung", "Tabanio", "tla"),
    ("ambungan", "Kabupaten Tanah Laut", "Pelaihari", "Ambungan", "tla"),
    ("asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam", "tla"),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang", "tpn"),
    ("bungur", "Kabupaten Tapin", "Bungur", "Bungur", "tpn"),
    ("lokpaikat", "Kabupaten Tapin", "Lokpaikat", "Lokpaikat", "tpn"),
    ("jambu-hilir", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Jambu Hilir", "hss"),
    ("angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang", "hss"),
    ("telaga-langsat", "Kabupaten Hulu Sungai Selatan", "Telaga Langsat", "Telaga Langsat", "hss"),
    ("barabai-darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat", "hst"),
    ("birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang", "hst"),
    ("hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan", "hst"),
    ("paliwara", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Paliwara", "hsu"),
    ("danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang", "hsu"),
    ("sungai-karias", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Karias", "hsu"),
    ("paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota", "blg"),
    ("halong", "Kabupaten Balangan", "Halong", "Halong", "blg"),
    ("juai", "Kabupaten Balangan", "Juai", "Juai", "blg"),
    ("pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan", "tbl"),
    ("mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun", "tbl"),
    ("tanta", "Kabupaten Tabalong", "Tanta", "Tanta", "tbl"),
    ("anjir-muara-kota", "Kabupaten Barito Kuala", "Anjir Muara", "Anjir Muara Kota", "btl"),
    ("marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", "btl"),
    ("jejangkit-muara", "Kabupaten Barito Kuala", "Jejangkit", "Jejangkit Muara", "btl"),
    ("batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin", "tbu"),
    ("sebamban-baru", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sebamban Baru", "tbu"),
    ("sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau", "tbu"),
    ("baharu-selatan", "Kabupaten Kotabaru", "Pulau Laut Utara", "Baharu Selatan", "ktb"),
    ("sebelimbingan", "Kabupaten Kotabaru", "Pulau Laut Utara", "Sebelimbingan", "ktb"),
    ("sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali", "ktb"),
    ("stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen", "ktb"),
]
INACTIVE = ["kim-teluk-dalam", "kim-palam", "kim-sungai-alang", "kim-jambu-hilir", "kim-mabuun", "kim-sebelimbingan"]
SPECIAL = ["kim-halong", "kim-danau-panggang", "kim-tabanio", "kim-tanta"]
KIM = {"kim-" + k[0]: dict(id="kim-" + k[0], name="KIM " + k[3], region=k[1], district=k[2], village=k[3], code=k[4])
       for k in KIMS}
BY_CODE = {}
for k in KIM.values():
    BY_CODE.setdefault(k["code"], []).append(k["id"])
REGULAR = [k for k in KIM if k not in INACTIVE and k not in SPECIAL]
SHORT_REGION = {"bjm": "Banjarmasin", "bjb": "Banjarbaru", "bjr": "Banjar", "tla": "Tanah Laut", "tpn": "Tapin",
                "hss": "HSS", "hst": "HST", "hsu": "HSU", "blg": "Balangan", "tbl": "Tabalong", "btl": "Batola",
                "tbu": "Tanah Bumbu", "ktb": "Kotabaru", "prov": "Kalsel"}


def handle(kid):
    return kid.replace("kim-", "kim").replace("-", "")


def post_url(kid, platform, rng):
    h = handle(kid)
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/pfbid0{rng.randrange(10**14, 10**15)}"
    if platform == "telegram":
        return f"https://t.me/{h}/{rng.randint(120, 2400)}"
    if platform == "instagram":
        code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_") for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "youtube":
        vid = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(11))
        return f"https://www.youtube.com/watch?v={vid}"
    site = KIM[kid]["village"].lower().replace(" ", "")
    return f"https://kim{site}.desa.id/kabar/{rng.randint(100, 999)}"


# --------------------------------------------------------------------------- announcements
RAW = anns_a.ANNS + anns_b.ANNS
ANN = {}
for a in RAW:
    when = parse_at(a["at"])
    text = fill_dates(a["text"])
    words = len(text.split())
    assert 100 <= words <= 140, (a["id"], words)
    ANN[a["id"]] = dict(a, when=when, full=text, url=ann_url(a["src"], a["title"], when, R))
IDS = sorted(ANN)

# --------------------------------------------------------------------------- helpers for posts
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
POSTS = []  # dicts with key, style, gold, kim, platform, title, text, when, extra links, meta


def add(key, style, gold, kid, platform, title, text, when, meta=None, hidden_links=()):
    assert kid in KIM, kid
    when = min(when, END)
    links = []
    for u in URL_RE.findall(title + "\n" + text):
        u = u.rstrip(".,;:!?")
        if u not in links:
            links.append(u)
    for u in hidden_links:
        if u not in links:
            links.append(u)
    POSTS.append(dict(key=key, style=style, gold=list(gold), kim=kid, platform=platform, title=title, text=text,
                      when=when, links=links, meta=meta or {}))


def waking(dt, rng):
    """Move a moment that falls in the night into waking hours of the same or next morning."""
    if dt.hour < 6:
        dt = dt.replace(hour=6, minute=rng.randint(5, 55))
    elif dt.hour >= 23:
        dt = (dt + timedelta(days=1)).replace(hour=6, minute=rng.randint(5, 55))
    return dt


def delay_after(a, rng, lo_h=0.3, hi_d=8.0):
    """A gold post's moment: mostly within two days, a tail up to ``hi_d`` days; inside the period."""
    if rng.random() < 0.65:
        h = rng.uniform(lo_h, 36)
    else:
        h = rng.uniform(36, hi_d * 24)
    dt = waking(a["when"] + timedelta(hours=h, seconds=rng.randint(0, 59)), rng)
    if dt > END:
        dt = END - timedelta(minutes=rng.randint(5, 300))
    assert dt - a["when"] >= timedelta(minutes=10)
    return dt


def pick_kim(a, rng, pool=None):
    pool = pool or REGULAR
    code = a["region"]
    if code != "prov" and rng.random() < 0.8:
        local = [k for k in BY_CODE[code] if k in pool]
        if local:
            return rng.choice(local)
    return rng.choice(pool)


def region_name(code):
    return SHORT_REGION[code]


TAGS = {"bjm": "#Banjarmasin", "bjb": "#Banjarbaru", "bjr": "#KabupatenBanjar", "tla": "#TanahLaut", "tpn": "#Tapin",
        "hss": "#HSS", "hst": "#HST", "hsu": "#HSU", "blg": "#Balangan", "tbl": "#Tabalong", "btl": "#Batola",
        "tbu": "#TanahBumbu", "ktb": "#Kotabaru", "prov": "#Kalsel"}
TOPIC_TAGS = ["#Literasi", "#GemarMembaca", "#Perpustakaan", "#InfoKIM", "#KIMKalsel", "#Kearsipan", "#BacaBuku",
              "#LiterasiBanua", "#AyoMembaca", "#PustakaDesa", "#InfoPublik", "#Diskominfo", "#KabarDesa",
              "#Banua", "#KalselBabungas", "#SahabatLiterasi"]


NEUTRAL_TAGS = ["#InfoKIM", "#KabarDesa", "#InfoWarga", "#KIMKalsel", "#Banua", "#KabarKampung", "#InfoTerkini"]


def hashtags(code, n, rng):
    tags = [TAGS.get(code, "#Kalsel")] + rng.sample(TOPIC_TAGS, n - 1)
    return " ".join(tags)


def paragraphs(text):
    return [p for p in text.split("\n\n") if p.strip()]


def first_sentence(text):
    m = re.match(r"(.+?[.!?])(\s|$)", text.replace("\n", " "))
    return m.group(1) if m else text


# --------------------------------------------------------------------------- copy
def copy_ops(text, rng, a):
    ops = []
    n = rng.choice([0, 1, 1, 2, 2, 3])
    choices = rng.sample(["dash", "quotes", "typo", "collapse", "droptag", "abbr"], n)
    for op in choices:
        if op == "dash" and "–" in text:
            text = text.replace("–", "-")
        elif op == "quotes":
            text = text.replace("“", '"').replace("”", '"')
        elif op == "typo":
            words = [m for m in re.finditer(r"\b[a-z]{6,}\b", text)]
            if words:
                w = rng.choice(words)
                i = rng.randint(1, len(w.group()) - 3)
                s = w.group()
                s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                text = text[:w.start()] + s2 + text[w.end():]
        elif op == "collapse":
            text = text.replace("\n\n", "\n")
        elif op == "droptag":
            text = re.sub(r"\s*\([a-z0-9\-]+/[a-z]+\)\s*$", "", text)
        elif op == "abbr":
            text = re.sub(r"\byang\b", "yg", text, count=3)
            text = re.sub(r"\bdengan\b", "dgn", text, count=2)
            text = re.sub(r"\buntuk\b", "utk", text, count=2)
        ops.append(op)
    return text, ops


WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*MOHON DISEBARKAN*", "*KABAR LITERASI BANUA*", "*INFO PERPUSTAKAAN*",
           "‼️ *PENGUMUMAN* ‼️"]
WA_FOOT = ["_Diteruskan dari grup Info Desa {v}_", "_Diteruskan dari grup Pustakawan Desa {r}_", "Forward dari grup sebelah 👇",
           "_Sumber: grup WA Relawan Literasi {r}_", "_Diteruskan dari grup RT {v}_", "_dari grup Kader {r}, silakan sebar_"]
GREET = ["Assalamualaikum warga {v}, berikut informasi dari {s}:", "Selamat pagi dangsanak {v} 🙏 Kami bagikan rilis {s}:",
         "Warga {v} yang kami hormati, ada kabar dari {s}:", "Bismillah, info resmi dari {s} untuk warga {v}:",
         "Halo sobat KIM {v}! Rilis terbaru dari {s}:", "Salam literasi, warga {v}. Berikut berita {s}:"]
GREET_END = ["Salam KIM {v} 🙏", "— Admin KIM {v}", "Semoga bermanfaat. Salam KIM {v}.", "#KIM{vv} #InfoPublik",
             "Silakan dibagikan. KIM {v}", "Terima kasih. KIM {v} 📚"]


def make_copy(a, shape, kid, rng, i):
    k = KIM[kid]
    v, vv = k["village"], k["village"].replace(" ", "")
    host, _, _, sname = SOURCES[a["src"]]
    body, ops = copy_ops(a["full"], rng, a)
    title = ""
    hidden = ()
    if shape == "wa":
        platform = rng.choice(["facebook", "telegram"])
        head, foot = WA_HEAD[i % 6], WA_FOOT[(i + 2) % 6].format(v=v, r=region_name(k["code"]))
        if foot.startswith("Forward"):
            text = f"{foot}\n\n{head}\n*{a['title']}*\n\n{body}"
        else:
            text = f"{head}\n*{a['title']}*\n\n{body}\n\n{foot}"
    elif shape == "kimweb":
        platform = "website"
        title = a["title"]
        src = [a["url"], host, sname, a["url"], host, "Humas " + sname][i % 6]
        text = f"Oleh Admin {k['name']} · {rng.randint(0, 14)} Komentar\n\n{body}\n\nSumber: {src}"
    elif shape == "fbgreet":
        platform = "facebook"
        text = GREET[i % 6].format(v=v, s=sname) + "\n\n" + body + "\n\n" + GREET_END[(i + 1) % 6].format(v=v, vv=vv)
    elif shape == "tgfwd":
        platform = "telegram"
        reg = region_name(a["region"]) if a["region"] != "prov" else "Kalsel"
        text = f"Forwarded from Info {reg}\n{a['title'].upper()}\n\n{body}"
    else:  # ig
        platform = "instagram"
        text = f"📌 {a['title']}\n\n{body}\n\n{hashtags(a['region'], rng.randint(4, 6), rng)}"
    return platform, title, text, ops, hidden


# --------------------------------------------------------------------------- excerpt
INTRO = ["Info penting untuk warga, dikutip dari rilis {s}:", "Kabar dari {s}, kami kutip sebagian:",
         "Warga {v}, simak kabar berikut (sumber {s}):", "Dari rilis {s} hari ini:", "Petikan berita {s} 👇",
         "Sekadar berbagi kabar dari {s}:"]
OUTRO = ["Berita lengkap di laman resmi {s}.", "Selengkapnya bisa dibaca di situs {s}.", "Mohon dibagikan ke keluarga.",
         "Semoga bermanfaat untuk kita semua.", "Tanyakan ke admin KIM bila ada yang kurang jelas.", "Salam literasi! 📚"]
CHAPTERS = ["00:00 Pembuka", "00:20 {p}", "01:10 Keterangan {o}", "02:05 Langkah berikutnya", "02:40 Penutup"]


def cut(text, lo, hi, rng):
    limit = rng.randint(lo, hi)
    s = text[:limit]
    s = s[: s.rfind(" ")] if " " in s else s
    return s.rstrip(",;:–- ") + "…"


def make_excerpt(a, shape, kid, rng, i):
    k = KIM[kid]
    v = k["village"]
    host, _, _, sname = SOURCES[a["src"]]
    ps = paragraphs(a["full"])
    title = ""
    if shape == "tgtrunc":
        platform = "telegram"
        text = f"{a['title']}\n\n" + cut(ps[0], 150, 220, rng)
    elif shape == "fbmore":
        platform = "facebook"
        w = ps[1].split()
        text = ps[0] + "\n\n" + " ".join(w[: rng.randint(10, 18)]) + "... Lihat selengkapnya"
    elif shape == "iglead":
        platform = "instagram"
        text = ps[0] + "\n\n" + hashtags(a["region"], rng.randint(5, 8), rng)
    elif shape == "yt":
        platform = "youtube"
        title = f"VIDEO | {a['title']}"
        place = ps[0].split("–")[0].strip().title()
        ch = "\n".join(c.format(p=place, o="narasumber") for c in CHAPTERS)
        text = ps[0] + "\n\n" + ch
    elif shape == "webquote":
        platform = "website"
        title = "Kutipan Pekan Ini: " + a["title"]
        text = f"Pekan ini kami memilih satu kutipan dari rilis {sname}.\n\n{ps[1]}\n\n— dikutip oleh Admin {k['name']}"
    else:  # fbintro
        platform = "facebook"
        text = INTRO[i % 6].format(s=sname, v=v) + "\n\n" + ps[0] + "\n\n" + ps[1] + "\n\n" + OUTRO[(i + 3) % 6].format(s=sname)
    return platform, title, text


# --------------------------------------------------------------------------- link
FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "wwwbare"]


def link_form(url, form, wp, rng):
    if form == "amp" and not wp:
        form = "utm"
    u = url
    if form == "http":
        u = u.replace("https://", "http://")
    elif form == "www":
        u = u.replace("https://", "https://www.")
    elif form == "m":
        u = u.replace("https://", "https://m.")
    elif form == "slash":
        u = u[:-1] if u.endswith("/") else u + "/"
    elif form == "amp":
        u = (u if u.endswith("/") else u + "/") + "amp/"
    elif form == "utm":
        u += "?utm_source=" + rng.choice(["whatsapp", "facebook", "telegram"]) + "&utm_medium=social"
    elif form == "fbclid":
        u += "?fbclid=IwAR" + "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(24))
    elif form == "utmfb":
        u += "?utm_source=fb&utm_campaign=literasi&fbclid=IwAR" + "".join(rng.choice("abcdefghijkmnop0123456789") for _ in range(20))
    elif form == "httpm":
        u = u.replace("https://", "http://m.")
    elif form == "wwwbare":
        u = u.replace("https://", "www.")
    return u, form


COMMENTS = ["Mohon dibaca dan dibagikan, dangsanak.", "Kabar baik untuk pegiat literasi kita 👇", "Silakan disimak infonya.",
            "Penting untuk pengelola perpustakaan desa.", "Ini rilis resminya ya, bukan kabar burung.",
            "Yang kemarin bertanya, ini beritanya:", "Bagikan ke grup RT masing-masing 🙏", "Info dari pemerintah, cek tautan."]


def make_link(a, shape, kid, rng, i, form):
    host, _, wp, sname = SOURCES[a["src"]]
    u, form = link_form(a["url"], form, wp, rng)
    title, hidden = "", ()
    if shape == "fbshare":
        platform = "facebook"
        text = f"{COMMENTS[i % 8]}\n\n{host.upper()}\n{a['title']}"
        hidden = (u,)
    elif shape == "fbcomment":
        platform = "facebook"
        text = f"{COMMENTS[(i + 3) % 8]} {u}"
    elif shape == "tg":
        platform = "telegram"
        text = f"📰 {a['title']}\n{u}"
    elif shape == "yt":
        platform = "youtube"
        title = f"{a['title']} | Kabar {KIM[kid]['village']}"
        text = f"Liputan singkat KIM {KIM[kid]['village']}. Berita lengkap: {u}"
    else:  # web
        platform = "website"
        title = a["title"]
        text = first_sentence(paragraphs(a["full"])[0]) + f"\n\nBaca selengkapnya: {u}"
    return platform, title, text, hidden, form


# =========================================================================== generate
rng = random.Random(SEED + 1)

# copy: 30 distinct releases, five shapes x 6
copy_anns = rng.sample(IDS, 30)
copy_shapes = ["wa", "kimweb", "fbgreet", "tgfwd", "ig"] * 6
rng.shuffle(copy_shapes)
for i, (aid, shape) in enumerate(zip(copy_anns, copy_shapes)):
    a = ANN[aid]
    kid = pick_kim(a, rng)
    platform, title, text, ops, hidden = make_copy(a, shape, kid, rng, i)
    add(f"auto:copy:{aid}", "copy", [aid], kid, platform, title, text, delay_after(a, rng), dict(shape=shape, ops=ops))

# excerpt: 34
ex_shapes = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["yt"] * 5 + ["webquote"] * 5 + ["fbintro"] * 6
rng.shuffle(ex_shapes)
ex_anns = rng.sample(IDS, 34)
for i, (aid, shape) in enumerate(zip(ex_anns, ex_shapes)):
    a = ANN[aid]
    kid = pick_kim(a, rng)
    platform, title, text = make_excerpt(a, shape, kid, rng, i)
    add(f"auto:excerpt:{aid}", "excerpt", [aid], kid, platform, title, text, delay_after(a, rng), dict(shape=shape))

# link: 36
ln_shapes = ["fbshare"] * 8 + ["fbcomment"] * 7 + ["tg"] * 7 + ["yt"] * 7 + ["web"] * 7
rng.shuffle(ln_shapes)
forms = (["exact"] * 3 + ["http"] * 5 + ["www"] * 3 + ["m"] * 2 + ["slash"] * 3 + ["amp"] * 5 + ["utm"] * 4 +
         ["fbclid"] * 4 + ["utmfb"] * 3 + ["httpm"] * 2 + ["wwwbare"] * 2)
rng.shuffle(forms)
ln_anns = rng.sample(IDS, 36)
wp_anns = [x for x in IDS if SOURCES[ANN[x]["src"]][2]]
for i, (aid, shape, form) in enumerate(zip(ln_anns, ln_shapes, forms)):
    if form == "amp" and aid not in wp_anns:
        form = "utm"
    elif aid in wp_anns and form != "amp" and shape != "fbshare":
        form = "amp"  # the WordPress sources' AMP pages are what gets shared from phones
    a = ANN[aid]
    kid = pick_kim(a, rng)
    platform, title, text, hidden, form = make_link(a, shape, kid, rng, i, form)
    add(f"auto:link:{aid}", "link", [aid], kid, platform, title, text, delay_after(a, rng), dict(shape=shape, form=form),
        hidden)

# summaries
SUM_PLAT = ["facebook", "facebook", "telegram", "instagram", "wa"]
for i, aid in enumerate(IDS):
    a = ANN[aid]
    kid = pick_kim(a, rng)
    shape = SUM_PLAT[i % 5]
    text = a["S"]
    if shape == "telegram":
        text = "ℹ️ " + text
    elif shape == "instagram":
        text = text + "\n\n" + hashtags(a["region"], 3, rng)
    elif shape == "wa":
        text = "*INFO*\n" + text + "\n_Mohon disebarkan_"
    platform = "facebook" if shape == "wa" else shape
    add(f"anns:{aid}:S", "summary", [aid], kid, platform, "", text, delay_after(a, rng), dict(shape=shape))
LONG = [(x["id"], x["L"]) for x in RAW if x.get("L")] + list(extra.L2)
LONG_SHAPES = ["facebook", "website", "youtube", "instagram", "facebook", "website", "youtube"]
for i, (aid, text) in enumerate(LONG):
    a = ANN[aid]
    kid = pick_kim(a, rng)
    shape = LONG_SHAPES[i % 7]
    title = ""
    if shape == "website":
        title = "Rangkuman: " + a["title"]
    elif shape == "youtube":
        title = "Liputan: " + a["title"]
        text = text + "\n\n00:00 Pembuka\n00:30 Pokok berita\n01:40 Tanggapan warga\n02:30 Penutup"
    elif shape == "instagram":
        text = text + "\n\n" + hashtags(a["region"], 12, rng)
    add(f"anns:{aid}:L", "summary", [aid], kid, shape, title, text, delay_after(a, rng), dict(shape="long-" + shape))
for i, (aid, text) in enumerate(extra.S2):
    a = ANN[aid]
    add(f"extra:S2[{i}]", "summary", [aid], pick_kim(a, rng), "facebook", "", text, delay_after(a, rng),
        dict(shape="casual"))

# paraphrases (special KIMs get some)
special_cycle = SPECIAL * 2
for i, aid in enumerate(IDS):
    a = ANN[aid]
    if i % 6 == 0 and special_cycle:
        kid = special_cycle.pop(0)
    else:
        kid = pick_kim(a, rng)
    platform = ["facebook", "instagram", "telegram", "facebook"][i % 4]
    add(f"anns:{aid}:P", "paraphrase", [aid], kid, platform, "", a["P"], delay_after(a, rng), dict(lang="banjar"))
for i, (aid, text) in enumerate(extra.P2):
    a = ANN[aid]
    add(f"extra:P2[{i}]", "paraphrase", [aid], pick_kim(a, rng), ["instagram", "facebook"][i % 2], "", text,
        delay_after(a, rng), dict(lang="casual"))

# round-ups: 26 (8 with three, 18 with two)
RU_LAYOUTS = ["line", "bullets", "numbered", "prose", "ytchap", "igweek"]
sizes = [3] * 8 + [2] * 18
rng.shuffle(sizes)
local_flags = [True] * 12 + [False] * 14
rng.shuffle(local_flags)
ru_kims = SPECIAL * 3 + [None] * 14
rng.shuffle(ru_kims)
for i, n in enumerate(sizes):
    for _ in range(200):
        t = datetime(2026, 11, 4, 8, 0) + timedelta(hours=rng.uniform(0, 31 * 24))
        t = waking(t, rng)
        if t > END:
            continue
        cand = [x for x in IDS if timedelta(hours=2) <= t - ANN[x]["when"] <= timedelta(days=10)]
        if len(cand) >= n:
            break
    chosen = sorted(rng.sample(cand, n), key=lambda x: ANN[x]["when"])
    items = []
    for j, aid in enumerate(chosen):
        a = ANN[aid]
        form = (i + j) % 3
        if form == 0:
            items.append(a["title"])
        elif form == 1:
            items.append(a["title"][0].upper() + a["title"][1:].lower())
        else:
            items.append(first_sentence(a["S"]).rstrip("."))
    local = None
    if local_flags[i]:
        local = extra.LOCAL[i % len(extra.LOCAL)]
        items.insert(rng.randint(0, len(items)), local)
    layout = RU_LAYOUTS[i % 6]
    kid = ru_kims[i] or rng.choice(REGULAR)
    title = ""
    if layout == "line":
        platform = "facebook"
        text = "KILAS LITERASI PEKAN INI | " + " | ".join(items) + " |"
    elif layout == "bullets":
        platform = "telegram"
        text = "Rangkuman kabar sepekan:\n" + "\n".join("• " + x for x in items)
    elif layout == "numbered":
        platform = "facebook"
        text = f"Berita pilihan KIM {KIM[kid]['village']} minggu ini:\n" + "\n".join(f"{j + 1}. {x}" for j, x in enumerate(items))
    elif layout == "prose":
        platform = "website"
        title = f"Sepekan di Banua: {len(items)} kabar yang perlu Anda tahu"
        text = "Dalam sepekan terakhir ada beberapa kabar. " + " Selain itu, ".join(x.rstrip(".") + "." for x in items)
    elif layout == "ytchap":
        platform = "youtube"
        title = f"Warta KIM {KIM[kid]['village']} Pekan Ini"
        text = "Rangkuman video pekan ini:\n" + "\n".join(f"0{j}:{rng.randint(10, 59)} {x}" for j, x in enumerate(items))
    else:
        platform = "instagram"
        text = "📚 RANGKUMAN SEPEKAN ✅\n\n" + "\n".join("✔️ " + x for x in items) + "\n\n" + hashtags("prov", 4, rng)
    add(f"auto:roundup:{i}", "roundup", chosen, kid, platform, title, text, t, dict(layout=layout, local=local))


# --------------------------------------------------------------------------- negatives and before posts
def neg_when(a, w, rng):
    if isinstance(w, str):
        dt = parse_at(w)
    else:
        dt = a["when"] + timedelta(days=w, minutes=rng.randint(-40, 40))
    dt = waking(dt, rng)
    if dt > END:
        dt = END - timedelta(minutes=rng.randint(10, 600))
    if dt <= a["when"] + timedelta(hours=1):
        dt = a["when"] + timedelta(hours=rng.uniform(2, 5))
    return dt


inactive_load = {k: 0 for k in INACTIVE}


def neg_kim(code, rng):
    if code == "prov":
        return rng.choice(list(KIM))
    pool = BY_CODE[code]
    ina = [k for k in pool if k in INACTIVE]
    if ina and (inactive_load[ina[0]] < 4 or rng.random() < 0.45):
        inactive_load[ina[0]] += 1
        return ina[0]
    others = [k for k in pool if k not in INACTIVE]
    return rng.choice(others)


def neg_shape(text, kid, rng, i):
    r = i % 20
    v = KIM[kid]["village"]
    if r in (0, 7, 14):
        return "facebook", "", f"*BERITA WARGA*\n\n{text}\n\n_Diteruskan dari grup Warga {v}_", "wa"
    if r in (3, 10, 17):
        return "telegram", "", text, "plain"
    if r in (5, 12):
        tags = [TAGS.get(KIM[kid]["code"], "#Kalsel")] + rng.sample(NEUTRAL_TAGS, rng.randint(2, 4))
        return "instagram", "", text + "\n\n" + " ".join(tags), "ig"
    if r == 19:
        words = text.split()
        return "website", " ".join(words[:8]).rstrip(",.:") , f"Oleh Admin {KIM[kid]['name']}\n\n{text}", "web"
    return "facebook", "", text, "plain"


ni = 0
for x in RAW:
    a = ANN[x["id"]]
    for j, (w, code, text, differs) in enumerate(x["N"]):
        kid = neg_kim(code, rng)
        platform, title, t2, shape = neg_shape(text, kid, rng, ni)
        ni += 1
        add(f"anns:{x['id']}:N[{j}]", "negative-topic", [], kid, platform, title, t2, neg_when(a, w, rng),
            dict(imitates=[x["id"]], differs=differs, shape=shape))
for j, (aid, w, code, text, differs) in enumerate(extra.N2):
    a = ANN[aid]
    kid = neg_kim(code, rng)
    add(f"extra:N2[{j}]", "negative-topic", [], kid, "facebook", "", text, neg_when(a, w, rng),
        dict(imitates=[aid], differs=differs, shape="plain"))

befores = [(x["id"], w, code, text, differs) for x in RAW for (w, code, text, differs) in x.get("B", [])]
befores += list(extra.B2)
for j, (aid, w, code, text, differs) in enumerate(befores):
    a = ANN[aid]
    dt = a["when"] + timedelta(days=w, minutes=rng.randint(-20, 20))
    if dt.hour < 6 or dt.hour >= 23:
        dt = dt.replace(hour=rng.randint(7, 20))
    if dt >= a["when"] - timedelta(hours=1):
        dt = a["when"] - timedelta(hours=rng.uniform(2, 6))
    dt = max(dt, START)
    kid = neg_kim(code, rng)
    platform = ["facebook", "telegram", "instagram", "facebook"][j % 4]
    add(f"before:{aid}:{j}", "before", [], kid, platform, "", text, dt, dict(imitates=[aid], differs=differs))

for j, (w, code, text) in enumerate(extra.U):
    kid = rng.choice(BY_CODE[code])
    platform = ["facebook", "facebook", "telegram", "instagram", "facebook", "website"][j % 6]
    title = " ".join(text.split()[:7]).rstrip(",.:") if platform == "website" else ""
    dt = parse_at(w) + timedelta(seconds=rng.randint(0, 59))
    add(f"extra:U[{j}]", "negative-unrelated", [], kid, platform, title, text, dt, {})
w, code, text = extra.DISKOMINFO_TRAP
add("extra:U[trap]", "negative-unrelated", [], rng.choice(REGULAR), "facebook", "", text, parse_at(w), dict(trap=True))

# --------------------------------------------------------------------------- write
POSTS.sort(key=lambda p: (p["when"], p["key"]))
ids = list(range(1, len(POSTS) + 1))
random.Random(SEED + 7).shuffle(ids)
for p, n in zip(POSTS, ids):
    p["id"] = f"h61-p{n:03d}"
url_rng = random.Random(SEED + 9)
seen = set()
for p in POSTS:
    u = post_url(p["kim"], p["platform"], url_rng)
    while u in seen:
        u = post_url(p["kim"], p["platform"], url_rng)
    seen.add(u)
    p["url"] = u


def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("announcements.jsonl", [dict(id="h61-" + a["id"], source=a["src"], url=a["url"], title=a["title"], text=a["full"],
                                  published_at=iso(a["when"])) for a in (ANN[x] for x in sorted(ANN, key=lambda k: ANN[k]["when"]))])
dump("posts.jsonl", [dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=p["url"], title=p["title"], text=p["text"],
                          published_at=iso(p["when"]), links=p["links"]) for p in POSTS])
dump("labels.jsonl", [dict(post=p["id"], announcements=["h61-" + g for g in p["gold"]], style=p["style"]) for p in POSTS])
keymap = {}
for p in POSTS:
    e = dict(key=p["key"], style=p["style"], gold=["h61-" + g for g in p["gold"]])
    for k2, v2 in p["meta"].items():
        if k2 == "imitates":
            v2 = ["h61-" + x for x in v2]
        if v2 not in (None, [], ""):
            e[k2] = v2
    keymap[p["id"]] = e
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIM.values():
        f.write(f"- id: {k['id']}\n  name: {k['name']}\n  region: {k['region']}\n  district: {k['district']}\n"
                f"  village: {k['village']}\n")
print(f"announcements {len(ANN)}, posts {len(POSTS)}; inactive load {inactive_load}")
