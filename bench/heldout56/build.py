#!/usr/bin/env python3
"""Generator of heldout56 (culture, arts, youth and sport). Deterministic: fixed seed, no clock, no network.

Reads the hand-written texts in anns_a.py … anns_d.py and extra.py; writes announcements.jsonl, kims.yaml,
posts.jsonl, labels.jsonl and keymap.json. Copy, excerpt and link posts are derived from the releases by seeded
transformations and platform shaping; summaries, paraphrases, look-alikes, `before` and unrelated posts are the
hand-written texts, placed on a KIM and a platform; round-ups are assembled from release titles or short summaries.
"""
import json
import os
import random
import re
import string
from datetime import datetime, timedelta

import anns_a
import anns_b
import anns_c
import anns_d
import extra

SEED = 2026120856
HERE = os.path.dirname(os.path.abspath(__file__))
WITA = "+08:00"
END = datetime(2026, 12, 5, 22, 30)
START = datetime(2026, 10, 20, 6, 0)
R = random.Random(SEED)

RELEASES = anns_a.A + anns_b.A + anns_c.A + anns_d.A

# ----------------------------------------------------------------------------------------------------------- places
REGION = {"bjm": "Kota Banjarmasin", "bjb": "Kota Banjarbaru", "banjar": "Kabupaten Banjar",
          "tala": "Kabupaten Tanah Laut", "tapin": "Kabupaten Tapin", "hss": "Kabupaten Hulu Sungai Selatan",
          "hst": "Kabupaten Hulu Sungai Tengah", "hsu": "Kabupaten Hulu Sungai Utara", "blg": "Kabupaten Balangan",
          "tbl": "Kabupaten Tabalong", "tanbu": "Kabupaten Tanah Bumbu", "kotabaru": "Kabupaten Kotabaru",
          "batola": "Kabupaten Barito Kuala"}
# (id suffix, region code, kecamatan, desa/kelurahan)
KIMS = [
    ("sungai-jingah", "bjm", "Banjarmasin Utara", "Sungai Jingah"),
    ("pekapuran-raya", "bjm", "Banjarmasin Timur", "Pekapuran Raya"),
    ("basirih", "bjm", "Banjarmasin Barat", "Basirih"),
    ("teluk-dalam", "bjm", "Banjarmasin Tengah", "Teluk Dalam"),
    ("guntung-manggis", "bjb", "Landasan Ulin", "Guntung Manggis"),
    ("sungai-ulin", "bjb", "Banjarbaru Utara", "Sungai Ulin"),
    ("bangkal", "bjb", "Cempaka", "Bangkal"),
    ("sungai-tabuk-keramat", "banjar", "Sungai Tabuk", "Sungai Tabuk Keramat"),
    ("karang-intan", "banjar", "Karang Intan", "Karang Intan"),
    ("aranio", "banjar", "Aranio", "Aranio"),
    ("angsau", "tala", "Pelaihari", "Angsau"),
    ("takisung", "tala", "Takisung", "Takisung"),
    ("jorong", "tala", "Jorong", "Jorong"),
    ("rantau-kiwa", "tapin", "Tapin Utara", "Rantau Kiwa"),
    ("hatungun", "tapin", "Hatungun", "Hatungun"),
    ("binuang", "tapin", "Binuang", "Binuang"),
    ("kandangan-barat", "hss", "Kandangan", "Kandangan Barat"),
    ("loksado", "hss", "Loksado", "Loksado"),
    ("nagara", "hss", "Daha Selatan", "Nagara"),
    ("barabai-darat", "hst", "Barabai", "Barabai Darat"),
    ("hantakan", "hst", "Hantakan", "Hantakan"),
    ("pandawan", "hst", "Pandawan", "Pandawan"),
    ("sungai-malang", "hsu", "Amuntai Tengah", "Sungai Malang"),
    ("babirik", "hsu", "Babirik", "Babirik"),
    ("paminggir", "hsu", "Paminggir", "Paminggir"),
    ("paringin-timur", "blg", "Paringin", "Paringin Timur"),
    ("halong", "blg", "Halong", "Halong"),
    ("juai", "blg", "Juai", "Juai"),
    ("pembataan", "tbl", "Murung Pudak", "Pembataan"),
    ("tanjung", "tbl", "Tanjung", "Tanjung"),
    ("muara-uya", "tbl", "Muara Uya", "Muara Uya"),
    ("pagatan", "tanbu", "Kusan Hilir", "Pagatan"),
    ("batulicin", "tanbu", "Batulicin", "Batulicin"),
    ("mantewe", "tanbu", "Mantewe", "Mantewe"),
    ("stagen", "kotabaru", "Pulau Laut Utara", "Stagen"),
    ("sungai-bali", "kotabaru", "Pulau Sebuku", "Sungai Bali"),
    ("serongga", "kotabaru", "Kelumpang Hilir", "Serongga"),
    ("marabahan-kota", "batola", "Marabahan", "Marabahan Kota"),
    ("tabunganen-muara", "batola", "Tabunganen", "Tabunganen Muara"),
    ("jejangkit-muara", "batola", "Jejangkit", "Jejangkit Muara"),
]
INACTIVE = ["kim-teluk-dalam", "kim-karang-intan", "kim-jorong", "kim-nagara", "kim-juai", "kim-serongga"]
SPECIAL = ["kim-paminggir", "kim-muara-uya", "kim-hantakan", "kim-jejangkit-muara"]
KIMREG = {"kim-" + k[0]: k[1] for k in KIMS}
KIMNAME = {"kim-" + k[0]: "KIM " + k[3] for k in KIMS}
assert len(KIMS) == 40


def region_kims(code, ok=lambda k: True):
    return [k for k, r in KIMREG.items() if r == code and ok(k)]


def normal(k):
    return k not in INACTIVE and k not in SPECIAL


def pick_normal(code):
    """A KIM that may carry plain gold posts: one of the region's normal KIMs (any, for province-wide releases)."""
    if code == "prov":
        return R.choice([k for k in KIMREG if normal(k)])
    return R.choice(region_kims(code, normal))


def pick_negative(where):
    """A KIM for a look-alike: an explicit kim id, or a KIM of the region (inactive ones first, half the time)."""
    if where and where.startswith("kim-"):
        return where
    code = where or "prov"
    if code == "prov":
        code = R.choice(list(REGION))
    inact = region_kims(code, lambda k: k in INACTIVE)
    if inact and R.random() < 0.55:
        return inact[0]
    return R.choice(region_kims(code))


# --------------------------------------------------------------------------------------------------------- sources
def slugify(title, words=9):
    s = title.lower().replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return "-".join(s.split("-")[:words])


SOURCES = {  # source: (host, path builder(slug, date, num), WordPress?)
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", lambda s, d, n: f"/{d:%Y/%m/%d}/{s}/", True),
    "dispora-kalsel": ("dispora.kalselprov.go.id", lambda s, d, n: f"/v/{d:%Y}/{d:%m%d}/{s}", False),
    "disbudpar-kalsel": ("disbudpar.kalselprov.go.id", lambda s, d, n: f"/{d:%Y/%m/%d}/{s}/", True),
    "dispersip-kalsel": ("dispersip.kalselprov.go.id", lambda s, d, n: f"/kabar-pustaka/{s}", False),
    "disdikbud-kalsel": ("disdikbud.kalselprov.go.id", lambda s, d, n: f"/pengumuman-dan-berita/{n}/{s}", False),
    "koni-kalsel": ("konikalsel.or.id", lambda s, d, n: f"/{d:%Y/%m}/{s}/", True),
    "pemprov-kalsel": ("kalselprov.go.id", lambda s, d, n: f"/berita/{s}", False),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", lambda s, d, n: f"/{d:%Y/%m}/{s}.html", False),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", lambda s, d, n: f"/{d:%Y/%m/%d}/{s}/", True),
    "pemkab-banjar": ("banjarkab.go.id", lambda s, d, n: f"/{d:%Y/%m}/{s}/", True),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", lambda s, d, n: f"/berita/{s}", False),
    "pemkab-tapin": ("tapinkab.go.id", lambda s, d, n: f"/read/{n}/{s}", False),
    "pemkab-hss": ("hulusungaiselatankab.go.id", lambda s, d, n: f"/berita/{s}", False),
    "pemkab-hst": ("hstkab.go.id", lambda s, d, n: f"/post/{s}", False),
    "pemkab-hsu": ("hulusungaiutarakab.go.id", lambda s, d, n: f"/artikel/{s}", False),
    "pemkab-balangan": ("balangankab.go.id", lambda s, d, n: f"/berita/detail/{s}", False),
    "pemkab-tabalong": ("tabalongkab.go.id", lambda s, d, n: f"/berita/{d:%Y/%m}/{s}", False),
    "pemkab-tanah-bumbu": ("tanahbumbukab.go.id", lambda s, d, n: f"/warta/{n}/{s}", False),
    "pemkab-kotabaru": ("kotabarukab.go.id", lambda s, d, n: f"/berita/{n}/{s}", False),
    "pemkab-batola": ("baritokualakab.go.id", lambda s, d, n: f"/berita/{n}-{s}", False),
}
SOURCE_NAME = {"diskominfo-kalsel": "Diskominfo Kalsel", "dispora-kalsel": "Dispora Kalsel",
               "disbudpar-kalsel": "Disbudpar Kalsel", "dispersip-kalsel": "Dispersip Kalsel",
               "disdikbud-kalsel": "Disdikbud Kalsel", "koni-kalsel": "KONI Kalsel",
               "pemprov-kalsel": "Pemprov Kalsel", "pemkot-banjarmasin": "Pemko Banjarmasin",
               "pemkot-banjarbaru": "Pemko Banjarbaru", "pemkab-banjar": "Pemkab Banjar",
               "pemkab-tanah-laut": "Pemkab Tanah Laut", "pemkab-tapin": "Pemkab Tapin", "pemkab-hss": "Pemkab HSS",
               "pemkab-hst": "Pemkab HST", "pemkab-hsu": "Pemkab HSU", "pemkab-balangan": "Pemkab Balangan",
               "pemkab-tabalong": "Pemkab Tabalong", "pemkab-tanah-bumbu": "Pemkab Tanah Bumbu",
               "pemkab-kotabaru": "Pemkab Kotabaru", "pemkab-batola": "Pemkab Barito Kuala"}


def at(s):
    return datetime.fromisoformat(s)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + WITA


ANN = {}
ann_rows = []
for a in RELEASES:
    d = at(a["at"]) + timedelta(seconds=R.randint(0, 59))
    host, path, wp = SOURCES[a["src"]]
    url = "https://" + host + path(slugify(a["title"]), d, R.randint(1800, 9800))
    a = dict(a, aid="h56-" + a["id"], url=url, wp=wp, t=d, host=host)
    ANN[a["id"]] = a
    ann_rows.append({"id": a["aid"], "source": a["src"], "url": url, "title": a["title"], "text": a["text"],
                     "published_at": iso(d)})
RELEASES = [ANN[a["id"]] for a in RELEASES]

# ------------------------------------------------------------------------------------------------------ post shells
POSTS = []  # dicts: kim, platform, title, text, t, links, meta (keymap entry), gold


def rand_digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def rand_code(n):
    return "".join(R.choice(string.ascii_letters + string.digits + "_-") for _ in range(n))


def post_url(kim, platform, title, t):
    h = kim.replace("kim-", "kim")
    if platform == "facebook":
        return f"https://www.facebook.com/{h}.official/posts/{rand_digits(16)}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{rand_code(11)}/"
    if platform == "telegram":
        return f"https://t.me/info_{h}/{R.randint(200, 4000)}"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={rand_code(11)}"
    slug = slugify(title, 7) or "kabar-desa"
    if KIMREG[kim] in ("bjm", "bjb", "banjar", "tala", "tapin", "hss", "hst"):
        return f"https://{h}.blogspot.com/{t:%Y/%m}/{slug}.html"
    return f"https://{h}.desa.id/kabar/{t:%Y/%m/%d}/{slug}"


URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def add(kim, platform, text, t, style, gold, meta, title="", extra_links=()):
    links = [u.rstrip(".,;:!?") for u in URL_RE.findall(title + "\n" + text)]
    for u in extra_links:
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, t=t, links=links,
                      style=style, gold=gold, meta=dict(meta, style=style, gold=gold, kim=kim)))


def after(a, lo_min, hi_min):
    """A time lo..hi minutes after release ``a`` (skewed short), never later than END or 20 days."""
    limit = min(END, a["t"] + timedelta(days=19, hours=20))
    span = max(lo_min + 1, min(hi_min, int((limit - a["t"]).total_seconds() // 60)))
    m = int(lo_min + (span - lo_min) * (R.random() ** 2.2))
    return a["t"] + timedelta(minutes=m, seconds=R.randint(0, 59))


def paras(a):
    return a["text"].split("\n\n")


def body_of(a):
    """Release text without the closing tag."""
    return re.sub(r"\s*\([a-z]+/[a-z]+\)\s*$", "", a["text"])


def first_sentence(s):
    m = re.match(r"(.+?[.!?])(\s|$)", s.strip())
    return m.group(1) if m else s.strip()


HASH_POOL = ["#KalselBabungas", "#InfoPublik", "#KIMKalsel", "#BanuaKita", "#Kalsel", "#BeritaBaik", "#SeniBanjar",
             "#OlahragaKalsel", "#PemudaKalsel", "#Literasi", "#BudayaBanjar", "#KabarDesa", "#Wita", "#SalamKIM"]
REGTAG = {"bjm": "#Banjarmasin", "bjb": "#Banjarbaru", "banjar": "#Martapura", "tala": "#TanahLaut", "tapin": "#Tapin",
          "hss": "#Kandangan", "hst": "#Barabai", "hsu": "#Amuntai", "blg": "#Balangan", "tbl": "#Tabalong",
          "tanbu": "#TanahBumbu", "kotabaru": "#Kotabaru", "batola": "#Batola", "prov": "#Kalsel"}


def tags(a, n):
    pool = [REGTAG[a["reg"]]] + [t for t in HASH_POOL if t != REGTAG[a["reg"]]]
    out = [pool[0]] + R.sample(pool[1:], n - 1)
    return " ".join(out)


# ---------------------------------------------------------------------------------------------- copy transformations
def op_dash(s):
    return s.replace("–", "-")


def op_quotes(s):
    return s.replace("“", '"').replace("”", '"')


def op_typo(s):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    for i in R.sample(idx, min(len(idx), R.randint(1, 3))):
        w = words[i]
        j = R.randint(1, len(w) - 3)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def op_collapse(s):
    return re.sub(r"\n\n+", "\n", s)


def op_abbr(s):
    return re.sub(r"\byang\b", "yg", re.sub(r"\bdengan\b", "dgn", re.sub(r"\buntuk\b", "utk", s)))


OPS = {"dash": op_dash, "quotes": op_quotes, "typo": op_typo, "collapse": op_collapse, "abbr": op_abbr}


def apply_ops(a, n):
    names = R.sample(["dash", "quotes", "typo", "collapse", "abbr", "droptag"], n)
    s = a["text"]
    if "droptag" in names:
        s = body_of(a)
    for name in names:
        if name != "droptag":
            s = OPS[name](s)
    return s, names


def make_copy(a, shape, kim):
    s, ops = apply_ops(a, R.randint(0, 3))
    kn = KIMNAME[kim]
    title = ""
    if shape == "wa":
        head = R.choice(["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*MOHON DISEBARKAN*", "*KABAR BUDAYA & OLAHRAGA*"])
        tail = R.choice(["_Diteruskan dari grup Info Warga {}_".format(kn.replace("KIM ", "")), "Forward dari grup sebelah 👇",
                         "_Semoga bermanfaat_", "_Sumber: {}_".format(SOURCE_NAME[a["src"]])])
        text = f"{head}\n*{a['title']}*\n\n{s}\n\n{tail}"
        platform = R.choice(["facebook", "telegram"])
    elif shape == "web":
        platform = "website"
        title = a["title"]
        src = R.choice([a["url"], a["host"], SOURCE_NAME[a["src"]]])
        text = f"Oleh Admin {kn} · {R.randint(0, 9)} Komentar\n\n{s}\n\nSumber: {src}"
    elif shape == "greet":
        platform = "facebook"
        hello = R.choice(["Assalamualaikum warga {}, berikut informasi dari {}.", "Selamat pagi dangsanak {}. Info dari {}:",
                          "Salam sehat warga {}! Kabar terbaru dari {} 👇"]).format(kn.replace("KIM ", ""), SOURCE_NAME[a["src"]])
        text = f"{hello}\n\n{s}\n\nSalam KIM, {kn} 🙏"
    elif shape == "tgfwd":
        platform = "telegram"
        text = f"Forwarded from Info {REGION.get(a['reg'], 'Kalsel').split(' ', 1)[-1]}\n{a['title'].upper()}\n\n{s}"
    else:  # ig
        platform = "instagram"
        text = f"📌 {a['title']}\n\n{s}\n\n{tags(a, R.randint(4, 6))}"
    return platform, title, text, ops


def cut(s, lo, hi):
    n = R.randint(lo, hi)
    if len(s) <= n:
        return s
    c = s[:n].rsplit(" ", 1)[0].rstrip(",;:–-")
    return c


def make_excerpt(a, shape, kim):
    p = paras(a)
    title = ""
    if shape == "tgtrunc":
        platform = "telegram"
        text = f"{a['title']}\n\n{cut(p[0], 150, 220)}…"
    elif shape == "fbmore":
        platform = "facebook"
        text = f"{p[0]}\n\n{cut(p[1], 60, 120)}... Lihat selengkapnya"
    elif shape == "iglead":
        platform = "instagram"
        text = f"{p[0]}\n\n{tags(a, R.randint(3, 6))}"
    elif shape == "yt":
        platform = "youtube"
        title = f"VIDEO | {a['title']}"
        chapters = "\n".join(["00:00 Pembuka", f"00:{R.randint(20, 59)} Suasana kegiatan",
                              f"0{R.randint(1, 2)}:{R.randint(10, 59)} Wawancara", f"0{R.randint(3, 4)}:{R.randint(10, 59)} Penutup"])
        text = f"{p[0]}\n\nBab:\n{chapters}\n\nJangan lupa subscribe kanal {KIMNAME[kim]} 🙏"
    elif shape == "quote":
        platform = "website"
        title = "Kutipan Pekan Ini: " + SOURCE_NAME[a["src"]]
        text = f"Kutipan pekan ini kami ambil dari berita {SOURCE_NAME[a['src']]} tentang {a['title'][:1].lower() + a['title'][1:]}.\n\n{p[1]}\n\nSalam literasi, {KIMNAME[kim]}."
    else:  # frame
        platform = "facebook"
        intro = R.choice(["Info penting untuk warga, mohon dibaca sampai habis:", "Kami teruskan kabar ini untuk dangsanak semua:",
                          "Berita baik dari pemerintah daerah 👇", "Untuk diketahui bersama:"])
        outro = R.choice(["Silakan dibagikan ke grup keluarga.", "Semoga bermanfaat 🙏", "Info lebih lanjut tanya di kolom komentar.",
                          "Tetap pantau halaman KIM kita."])
        text = f"{intro}\n\n{p[0]}\n\n{p[1]}\n\n{outro}"
    return platform, title, text


# ------------------------------------------------------------------------------------------------------ link forms
def url_form(a, form):
    u = a["url"]
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
        return u.rstrip("/") + "/amp/"
    if form == "utm":
        return u + "?utm_source=" + R.choice(["facebook", "whatsapp", "telegram"]) + "&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + rand_code(24).replace("-", "x")
    if form == "utmfb":
        return u + "?utm_source=whatsapp&fbclid=IwAR" + rand_code(20).replace("-", "x")
    if form == "httpm":
        return u.replace("https://", "http://m.")
    if form == "barewww":
        return "www." + u.split("://", 1)[1]
    raise ValueError(form)


def make_link(a, shape, kim, form):
    u = url_form(a, form)
    title = ""
    extra_links = ()
    if shape == "fbshare":
        platform = "facebook"
        comment = R.choice(["Dibaca ya dangsanak 👇", "Info lengkapnya di sini.", "Kabar dari pemda, silakan dibaca.",
                            "Semoga bermanfaat.", "Penting untuk yang punya anak sekolah.", "Ayo dukung!"])
        text = f"{comment}\n\n{a['host'].upper()}\n{a['title']}"
        extra_links = (u,)
    elif shape == "fbcomment":
        platform = "facebook"
        comment = R.choice(["Baca beritanya di sini ya:", "Kabar terbaru, cek link:", "Lengkapnya:", "Mohon disebarkan:"])
        text = f"{comment} {u}"
    elif shape == "tg":
        platform = "telegram"
        text = f"📰 {a['title']}\n{u}"
    elif shape == "yt":
        platform = "youtube"
        title = a["title"]
        text = f"Liputan singkat {KIMNAME[kim]}.\n\nBerita lengkap: {u}"
    else:  # web
        platform = "website"
        title = a["title"]
        text = f"{first_sentence(paras(a)[0])}\n\nBaca selengkapnya: {u}"
    return platform, title, text, extra_links


# ------------------------------------------------------------------------------------------------ assign positives
ids = [a["id"] for a in RELEASES]
order = ids[:]
R.shuffle(order)


def cycle(n):
    out = []
    while len(out) < n:
        o = order[:]
        R.shuffle(o)
        out.extend(o)
    return out[:n]


COPY_SHAPES = ["wa"] * 6 + ["web"] * 6 + ["greet"] * 6 + ["tgfwd"] * 6 + ["ig"] * 6
EXC_SHAPES = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["yt"] * 5 + ["quote"] * 5 + ["frame"] * 6
LINK_SHAPES = ["fbshare"] * 8 + ["fbcomment"] * 7 + ["tg"] * 7 + ["yt"] * 7 + ["web"] * 7
FORMS = ["exact"] * 4 + ["http"] * 4 + ["www"] * 3 + ["m"] * 4 + ["slash"] * 3 + ["amp"] * 4 + ["utm"] * 4 + \
    ["fbclid"] * 4 + ["utmfb"] * 1 + ["httpm"] * 3 + ["barewww"] * 2
for lst in (COPY_SHAPES, EXC_SHAPES, LINK_SHAPES, FORMS):
    R.shuffle(lst)

for shape, aid in zip(COPY_SHAPES, cycle(len(COPY_SHAPES))):
    a = ANN[aid]
    kim = pick_normal(a["reg"])
    platform, title, text, ops = make_copy(a, shape, kim)
    add(kim, platform, text, after(a, 12, 4 * 1440), "copy", [aid], dict(key=f"auto:copy:{aid}", shape=shape, ops=ops), title)

for shape, aid in zip(EXC_SHAPES, cycle(len(EXC_SHAPES))):
    a = ANN[aid]
    kim = pick_normal(a["reg"])
    platform, title, text = make_excerpt(a, shape, kim)
    add(kim, platform, text, after(a, 15, 6 * 1440), "excerpt", [aid], dict(key=f"auto:excerpt:{aid}", shape=shape), title)

link_ids = cycle(len(LINK_SHAPES))
forms = FORMS[:]
for shape, aid in zip(LINK_SHAPES, link_ids):
    a = ANN[aid]
    if a["wp"] and "amp" in forms and R.random() < 0.5:
        form = forms.pop(forms.index("amp"))
    else:
        rest = [i for i, f in enumerate(forms) if f != "amp" or a["wp"]]
        form = forms.pop(rest[-1]) if rest else "utm"
    kim = pick_normal(a["reg"])
    platform, title, text, xl = make_link(a, shape, kim, form)
    add(kim, platform, text, after(a, 10, 5 * 1440), "link", [aid], dict(key=f"auto:link:{aid}", shape=shape, form=form),
        title, xl)

# summaries: every release a short one, 18 a long one
LONG = set(R.sample(sorted(a["id"] for a in RELEASES if a.get("long")), 18))
for a in RELEASES:
    kim = pick_normal(a["reg"])
    shape = R.choice(["fb", "fb", "tg", "ig3", "wa"])
    s = a["short"]
    if shape == "fb":
        platform, text = "facebook", s
    elif shape == "tg":
        platform, text = "telegram", "ℹ️ " + s
    elif shape == "ig3":
        platform, text = "instagram", s + "\n\n" + tags(a, 3)
    else:
        platform, text = R.choice(["facebook", "telegram"]), "*INFO*\n" + s + "\n\n_Mohon disebarkan_"
    add(kim, platform, text, after(a, 20, 7 * 1440), "summary", [a["id"]], dict(key=f"anns:{a['id']}:S", shape=shape))
    if a["id"] in LONG:
        kim = pick_normal(a["reg"])
        shape = R.choice(["fb", "web", "yt", "ig12"])
        title = ""
        text = a["long"]
        platform = "facebook"
        if shape == "web":
            platform, title = "website", R.choice(["", "Kabar Pekan Ini: "]) + a["title"]
        elif shape == "yt":
            platform, title = "youtube", "Liputan: " + a["title"]
            text = a["long"] + "\n\n00:00 Pembuka\n00:35 Fakta utama\n01:50 Kata pejabat\n03:05 Penutup"
        elif shape == "ig12":
            platform = "instagram"
            text = a["long"] + "\n\n" + tags(a, 12)
        add(kim, platform, text, after(a, 60, 9 * 1440), "summary", [a["id"]], dict(key=f"anns:{a['id']}:L", shape=shape), title)

# paraphrases: every release one, plus the extra ones; a special KIM of the region takes it when there is one
para_list = [(a["id"], a["para"], a["pk"], f"anns:{a['id']}:P") for a in RELEASES] + \
    [(aid, t, k, f"extra:P2[{i}]") for i, (aid, t, k) in enumerate(extra.PARAS)]
for aid, t, kind, key in para_list:
    a = ANN[aid]
    spec = region_kims(a["reg"], lambda k: k in SPECIAL) if a["reg"] != "prov" else []
    if spec and R.random() < 0.9:
        kim = spec[0]
    elif a["reg"] == "prov" and R.random() < 0.3:
        kim = R.choice(SPECIAL)
    else:
        kim = pick_normal(a["reg"])
    platform = R.choice(["facebook", "facebook", "instagram", "telegram"])
    add(kim, platform, t, after(a, 40, 8 * 1440), "paraphrase", [aid], dict(key=key, shape=kind))

# ------------------------------------------------------------------------------------------------------ round-ups
def item_text(a):
    k = R.random()
    if k < 0.35:
        return a["title"]
    if k < 0.6:
        return a["title"][0] + a["title"][1:].lower()
    return first_sentence(a["short"])


def roundup_text(layout, items, kim):
    if layout == "line":
        return "KILAS SENI & OLAHRAGA | " + " | ".join(items) + " |"
    if layout == "bullets":
        return f"Rangkuman info sepekan dari {KIMNAME[kim]}:\n" + "\n".join("• " + i for i in items)
    if layout == "numbered":
        return "Kabar pekan ini:\n" + "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1)) + "\n\nSemoga bermanfaat."
    if layout == "prose":
        return "Sepekan ini ada beberapa kabar yang perlu diketahui warga. " + " Selain itu, ".join(
            i.rstrip(".") + "." for i in items) + " Demikian rangkuman dari kami."
    if layout == "chapters":
        lines = ["00:00 Pembuka"]
        m = 0
        for i in items:
            m += R.randint(40, 150)
            lines.append(f"{m // 60:02d}:{m % 60:02d} {i}")
        return "Rangkuman video pekan ini.\n\n" + "\n".join(lines)
    return "🎯 RANGKUMAN PEKAN INI ✅\n\n" + "\n".join("✅ " + i for i in items) + "\n\n#SalamKIM"


LAYOUTS = ["line"] * 5 + ["bullets"] * 5 + ["numbered"] * 4 + ["prose"] * 4 + ["chapters"] * 4 + ["emoji"] * 4
R.shuffle(LAYOUTS)
SIZES = [3] * 8 + [2] * 18
R.shuffle(SIZES)
LOCAL_FLAGS = [True] * 12 + [False] * 14
R.shuffle(LOCAL_FLAGS)
ru_kims = SPECIAL * 2 + [k for k in KIMREG if normal(k)]
R.shuffle(ru_kims)
ru_kims = SPECIAL * 2 + [k for k in ru_kims if k not in SPECIAL]
local_items = extra.LOCAL[:]
for n, (layout, size, loc) in enumerate(zip(LAYOUTS, SIZES, LOCAL_FLAGS)):
    kim = ru_kims[n]
    for _ in range(200):
        t = START + timedelta(days=14) + timedelta(minutes=R.randint(0, int((END - START - timedelta(days=14)).total_seconds() // 60)))
        pool = [a for a in RELEASES if timedelta(hours=2) <= t - a["t"] <= timedelta(days=10)]
        if len(pool) >= size:
            break
    chosen = sorted(R.sample(pool, size), key=lambda a: a["t"])
    items = [item_text(a) for a in chosen]
    local = None
    if loc:
        local = local_items.pop()
        items.insert(R.randint(0, len(items)), local)
    text = roundup_text(layout, items, kim)
    platform, title = {"prose": ("website", "Rangkuman Sepekan " + KIMNAME[kim]),
                       "chapters": ("youtube", "RANGKUMAN INFO PEKAN INI | " + KIMNAME[kim])}.get(layout, (None, ""))
    if platform is None:
        platform = R.choice(["facebook", "facebook", "telegram", "instagram"])
    add(kim, platform, text, t + timedelta(seconds=R.randint(0, 59)), "roundup", [a["id"] for a in chosen],
        dict(key=f"auto:roundup:{n}", shape=layout, local=local), title)

# ------------------------------------------------------------------------------------------------------- negatives
def shape_negative(text, kim, a):
    """Most look-alikes stay Facebook posts; some are re-shaped like the positives."""
    k = R.random()
    if k < 0.62:
        return "facebook", "", text, "fb"
    if k < 0.72:
        head = R.choice(["*BERITA PENTING*", "*INFO WARGA*", "📢 *MOHON DISEBARKAN*"])
        return R.choice(["facebook", "telegram"]), "", f"{head}\n\n{text}\n\n_Diteruskan dari grup Warga {KIMNAME[kim][4:]}_", "wa"
    if k < 0.82:
        return "instagram", "", text + "\n\n" + tags(a, R.randint(4, 8)), "ig"
    if k < 0.9:
        return "telegram", "", text, "tg"
    if k < 0.95:
        return "youtube", first_sentence(text)[:90], text + "\n\n00:00 Pembuka\n00:48 Suasana\n02:10 Penutup", "yt"
    return "website", first_sentence(text)[:90], text, "web"


def clamp(t, lo):
    if t > END:
        t = lo + (END - lo) * R.random()
    return t


for a in RELEASES:
    for i, lk in enumerate(a["look"]):
        kim = pick_negative(lk.get("r"))
        h = lk["h"]
        t = a["t"] + timedelta(hours=h, minutes=R.randint(-40, 40), seconds=R.randint(0, 59))
        t = clamp(t, a["t"] + timedelta(hours=6))
        platform, title, text, shape = shape_negative(lk["t"], kim, a)
        add(kim, platform, text, t, "negative-topic", [],
            dict(key=f"anns:{a['id']}:N[{i}]", shape=shape, imitates=[a["aid"]], differs=lk["d"]), title)
    b = a.get("before")
    if b:
        kim = pick_negative(b.get("r") or a["reg"])
        t = a["t"] - timedelta(hours=b.get("h", R.uniform(5, 40)), minutes=R.randint(0, 50), seconds=R.randint(0, 59))
        add(kim, R.choice(["facebook", "facebook", "telegram"]), b["t"], t, "before", [],
            dict(key=f"anns:{a['id']}:B", shape="fb", imitates=[a["aid"]], differs=b["d"]))

for i, (text, aid, differs, h, where) in enumerate(extra.LOOK2):
    a = ANN[aid]
    kim = pick_negative(where)
    t = clamp(a["t"] + timedelta(hours=h, minutes=R.randint(0, 50), seconds=R.randint(0, 59)), a["t"] + timedelta(hours=6))
    add(kim, "facebook", text, t, "negative-topic", [],
        dict(key=f"extra:N2[{i}]", shape="fb", imitates=[a["aid"]], differs=differs))

for i, (text, aid, differs, h, where) in enumerate(extra.BEFORE2):
    a = ANN[aid]
    kim = pick_negative(where)
    t = a["t"] - timedelta(hours=h, minutes=R.randint(0, 50), seconds=R.randint(0, 59))
    add(kim, "facebook", text, t, "before", [], dict(key=f"extra:B2[{i}]", shape="fb", imitates=[a["aid"]], differs=differs))

for i, (text, where) in enumerate(extra.UNRELATED):
    kim = pick_negative(where)
    t = START + timedelta(minutes=R.randint(0, int((END - START).total_seconds() // 60)), seconds=R.randint(0, 59))
    platform = R.choice(["facebook"] * 5 + ["telegram", "instagram"])
    add(kim, platform, text, t, "negative-unrelated", [], dict(key=f"extra:U[{i}]", shape=platform))

# ------------------------------------------------------------------------------------------------------------ write
assert all(START <= p["t"] <= END for p in POSTS), [p["meta"]["key"] for p in POSTS if not START <= p["t"] <= END]
POSTS.sort(key=lambda p: (p["t"], p["meta"]["key"]))
nums = list(range(1, len(POSTS) + 1))
random.Random(SEED + 1).shuffle(nums)
for p, n in zip(POSTS, nums):
    p["id"] = f"h56-p{n:03d}"
    p["url"] = post_url(p["kim"], p["platform"], p["title"] or p["text"][:60], p["t"])


def gold_ids(p):
    return [ANN[a]["aid"] for a in p["gold"]]


with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for row in ann_rows:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
    for p in POSTS:
        f.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"], "title": p["title"],
                            "text": p["text"], "published_at": iso(p["t"]), "links": p["links"]}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for p in POSTS:
        f.write(json.dumps({"post": p["id"], "announcements": gold_ids(p), "style": p["style"]}, ensure_ascii=False) + "\n")
keymap = {}
for p in POSTS:
    m = dict(p["meta"])
    m["gold"] = gold_ids(p)
    keymap[p["id"]] = {k: v for k, v in m.items() if v not in (None, [], "")} | {"gold": m["gold"]}
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS:
        f.write(f"- id: kim-{k[0]}\n  name: KIM {k[3]}\n  region: {REGION[k[1]]}\n  district: {k[2]}\n  village: {k[3]}\n")
print(f"{len(ann_rows)} announcements, {len(POSTS)} posts")
