#!/usr/bin/env python3
"""Generator of heldout47 (law and justice services). Deterministic: python3 build.py.

Reads the hand-written texts in anns.py and extra.py; writes announcements.jsonl, kims.yaml,
posts.jsonl, labels.jsonl and keymap.json. Written from scratch for this set.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

import anns as AN
import extra as EX

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120747
R = random.Random(SEED)
WITA = "+08:00"
END = datetime(2026, 12, 5, 21, 30)
START = datetime(2026, 10, 20, 6, 0)

# ------------------------------------------------------------------ sources and their URL shapes
SOURCES = {
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wpdate", "Diskominfo Kalsel"),
    "pemprov-kalsel": ("kalselprov.go.id", "berita", "Pemprov Kalsel"),
    "kejati-kalsel": ("kejati-kalsel.kejaksaan.go.id", "kejaksaan", "Kejati Kalsel"),
    "kejari-banjarbaru": ("kejari-banjarbaru.kejaksaan.go.id", "kejaksaan", "Kejari Banjarbaru"),
    "kejari-hss": ("kejari-hss.kejaksaan.go.id", "kejaksaan", "Kejari HSS"),
    "kejari-tapin": ("kejari-tapin.kejaksaan.go.id", "kejaksaan", "Kejari Tapin"),
    "pn-banjarmasin": ("pn-banjarmasin.go.id", "pn", "PN Banjarmasin"),
    "pn-martapura": ("pn-martapura.go.id", "pn", "PN Martapura"),
    "pn-tanjung": ("pn-tanjung.go.id", "pn", "PN Tanjung"),
    "pa-kotabaru": ("pa-kotabaru.go.id", "pa", "PA Kotabaru"),
    "ditjenpas-kalsel": ("kalsel.ditjenpas.go.id", "wpdate", "Kanwil Ditjenpas Kalsel"),
    "bnnp-kalsel": ("kalsel.bnn.go.id", "wpplain", "BNNP Kalsel"),
    "bnnk-tabalong": ("tabalongkab.bnn.go.id", "wpplain", "BNNK Tabalong"),
    "imigrasi-banjarmasin": ("banjarmasin.imigrasi.go.id", "imigrasi", "Imigrasi Banjarmasin"),
    "imigrasi-batulicin": ("batulicin.imigrasi.go.id", "imigrasi", "Imigrasi Batulicin"),
    "kemenkum-kalsel": ("kalsel.kemenkum.go.id", "kemenkum", "Kanwil Kemenkum Kalsel"),
    "pemkab-tabalong": ("tabalongkab.go.id", "wpmonth", "Pemkab Tabalong"),
    "pemkab-hst": ("hstkab.go.id", "detail", "Pemkab HST"),
    "pemkab-batola": ("baritokualakab.go.id", "numbered", "Pemkab Batola"),
    "pemkab-banjar": ("banjarkab.go.id", "wpindex", "Pemkab Banjar"),
}
WORDPRESS = {"wpdate", "wpplain", "wpmonth", "wpindex"}

REGION_OF = {
    "a01": None, "a02": "Kota Banjarmasin", "a03": "Kabupaten Tabalong", "a04": "Kabupaten Hulu Sungai Tengah",
    "a05": None, "a06": None, "a07": "Kota Banjarbaru", "a08": "Kabupaten Hulu Sungai Selatan", "a09": None,
    "a10": "Kabupaten Banjar", "a11": "Kabupaten Kotabaru", "a12": "Kabupaten Tabalong", "a13": "Kabupaten Banjar",
    "a14": "Kabupaten Barito Kuala", "a15": None, "a16": "Kota Banjarmasin", "a17": "Kabupaten Banjar",
    "a18": "Kabupaten Hulu Sungai Selatan", "a19": "Kabupaten Banjar", "a20": None, "a21": "Kabupaten Tabalong",
    "a22": None, "a23": "Kota Banjarbaru", "a24": "Kabupaten Hulu Sungai Tengah", "a25": "Kabupaten Tabalong",
    "a26": "Kabupaten Banjar", "a27": "Kabupaten Tanah Bumbu", "a28": "Kabupaten Hulu Sungai Selatan",
    "a29": "Kota Banjarmasin", "a30": "Kabupaten Tanah Bumbu", "a31": None, "a32": "Kabupaten Tapin",
    "a33": "Kabupaten Hulu Sungai Selatan", "a34": None, "a35": "Kabupaten Banjar", "a36": "Kabupaten Tabalong",
    "a37": None, "a38": "Kota Banjarmasin", "a39": "Kota Banjarbaru", "a40": "Kabupaten Tapin",
}

# ------------------------------------------------------------------ KIM registry (real places)
KIMS = [
    ("kim-pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya"),
    ("kim-sungai-andai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Andai"),
    ("kim-teluk-dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam"),
    ("kim-mantuil", "Kota Banjarmasin", "Banjarmasin Selatan", "Mantuil"),
    ("kim-guntung-payung", "Kota Banjarbaru", "Landasan Ulin", "Guntung Payung"),
    ("kim-sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar"),
    ("kim-bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal"),
    ("kim-sungai-tabuk-keramat", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Tabuk Keramat"),
    ("kim-aluh-aluh-besar", "Kabupaten Banjar", "Aluh-Aluh", "Aluh-Aluh Besar"),
    ("kim-karang-intan", "Kabupaten Banjar", "Karang Intan", "Karang Intan"),
    ("kim-pengaron", "Kabupaten Banjar", "Pengaron", "Pengaron"),
    ("kim-tabanio", "Kabupaten Tanah Laut", "Takisung", "Tabanio"),
    ("kim-asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam"),
    ("kim-kurau", "Kabupaten Tanah Laut", "Kurau", "Kurau"),
    ("kim-sarang-tiung", "Kabupaten Kotabaru", "Pulau Laut Utara", "Sarang Tiung"),
    ("kim-sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali"),
    ("kim-hampang", "Kabupaten Kotabaru", "Hampang", "Hampang"),
    ("kim-sebamban-baru", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sebamban Baru"),
    ("kim-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pagatan"),
    ("kim-kersik-putih", "Kabupaten Tanah Bumbu", "Batulicin", "Kersik Putih"),
    ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("kim-tambarangan", "Kabupaten Tapin", "Tambarangan", "Tambarangan"),
    ("kim-rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung"),
    ("kim-kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota"),
    ("kim-loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado"),
    ("kim-sungai-raya", "Kabupaten Hulu Sungai Selatan", "Sungai Raya", "Sungai Raya"),
    ("kim-barabai-timur", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Timur"),
    ("kim-pantai-hambawang", "Kabupaten Hulu Sungai Tengah", "Labuan Amas Selatan", "Pantai Hambawang"),
    ("kim-birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang"),
    ("kim-sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang"),
    ("kim-babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik"),
    ("kim-paminggir", "Kabupaten Hulu Sungai Utara", "Paminggir", "Paminggir"),
    ("kim-paringin-timur", "Kabupaten Balangan", "Paringin", "Paringin Timur"),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("kim-juai", "Kabupaten Balangan", "Juai", "Juai"),
    ("kim-mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
    ("kim-muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
    ("kim-kelua", "Kabupaten Tabalong", "Kelua", "Kelua"),
    ("kim-marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota"),
    ("kim-jejangkit", "Kabupaten Barito Kuala", "Jejangkit", "Jejangkit Pasar"),
]
INACTIVE = ["kim-mantuil", "kim-bangkal", "kim-tambarangan", "kim-loksado", "kim-juai", "kim-kelua"]
SPECIAL = ["kim-paminggir", "kim-hampang", "kim-jejangkit", "kim-pengaron"]
KIM = {k[0]: dict(id=k[0], region=k[1], district=k[2], village=k[3], name="KIM " + k[3]) for k in KIMS}
NORMAL = [k for k in KIM if k not in INACTIVE and k not in SPECIAL]
SHORT_REGION = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
                "Kabupaten Tanah Laut": "Tanah Laut", "Kabupaten Kotabaru": "Kotabaru",
                "Kabupaten Tanah Bumbu": "Tanah Bumbu", "Kabupaten Tapin": "Tapin",
                "Kabupaten Hulu Sungai Selatan": "HSS", "Kabupaten Hulu Sungai Tengah": "HST",
                "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Balangan": "Balangan",
                "Kabupaten Tabalong": "Tabalong", "Kabupaten Barito Kuala": "Batola"}


def slugify(s, words=9):
    s = re.sub(r"[^a-z0-9 ]+", " ", s.lower())
    return "-".join(s.split()[:words])


def dt(s):
    return datetime.fromisoformat(s)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + WITA


# ------------------------------------------------------------------ announcements
def ann_url(a, when):
    host, shape, _ = SOURCES[a["src"]]
    slug = slugify(a["title"])
    num = 4100 + int(a["id"][1:]) * 37 + R.randint(0, 20)
    if shape == "wpdate":
        return f"https://{host}/{when:%Y/%m/%d}/{slug}/"
    if shape == "wpplain":
        return f"https://{host}/{slug}/"
    if shape == "wpmonth":
        return f"https://{host}/{when:%Y/%m}/{slug}/"
    if shape == "wpindex":
        return f"https://{host}/index.php/{when:%Y/%m/%d}/{slug}/"
    if shape == "berita":
        return f"https://{host}/berita/{slug}"
    if shape == "kejaksaan":
        return f"https://{host}/berita/read/{num}/{slug}"
    if shape == "pn":
        return f"https://{host}/berita-terkini/{slug}"
    if shape == "pa":
        return f"https://{host}/artikel/{num}-{slug}"
    if shape == "imigrasi":
        return f"https://{host}/berita/{when:%Y/%m}/{slug}"
    if shape == "kemenkum":
        return f"https://{host}/berita-kanwil/{slug}"
    if shape == "detail":
        return f"https://{host}/berita/detail/{slug}"
    if shape == "numbered":
        return f"https://{host}/berita/{num}/{slug}"
    raise ValueError(shape)


ANNS = []
for a in AN.A:
    when = dt(a["pub"])
    rec = dict(id="h47-" + a["id"], source=a["src"], url=ann_url(a, when), title=a["title"],
               text=AN.release_text(a), published_at=iso(when))
    ANNS.append(rec)
ANN = {r["id"]: r for r in ANNS}
SRCDATA = {"h47-" + a["id"]: a for a in AN.A}


def aid(x):
    return x if x.startswith("h47-") else "h47-" + x


# ------------------------------------------------------------------ post helpers
POSTS = []  # dicts with internal fields: kim, platform, title, text, links, when, label, meta
_fbid = R.randint(10 ** 18, 2 * 10 ** 18)
_tg = {}


def post_url(kim, platform, title, when):
    global _fbid
    h = kim.replace("kim-", "")
    if platform == "facebook":
        _fbid += R.randint(10 ** 9, 9 * 10 ** 10)
        return f"https://www.facebook.com/kim.{h.replace('-', '')}/posts/{_fbid}"
    if platform == "telegram":
        _tg[kim] = _tg.get(kim, R.randint(300, 2400)) + R.randint(1, 9)
        return f"https://t.me/info_{h.replace('-', '_')}/{_tg[kim]}"
    if platform == "instagram":
        code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "youtube":
        code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.youtube.com/watch?v={code}"
    # website: KIM sites on two kinds of hosting
    if sum(map(ord, kim)) % 2:
        return f"https://{h}.desa.id/artikel/{when:%Y/%m/%d}/{slugify(title, 7)}"
    return f"https://kim{h.replace('-', '')}.blogspot.com/{when:%Y/%m}/{slugify(title, 6)}.html"


def add(kim, platform, text, when, style, gold, key, title="", links=None, **meta):
    assert START <= when <= END, (key, when)
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, links=list(links or []), when=when,
                      style=style, gold=[aid(g) for g in gold], key=key, meta=meta))


def later(a, lo_min, hi_min):
    if hi_min > 600 and R.random() < 0.3:  # many KIMs relay within the first hours
        hi_min = max(lo_min + 30, 180)
    t = dt(ANN[aid(a)]["published_at"][:19]) + timedelta(minutes=R.randint(lo_min, hi_min), seconds=R.randint(0, 59))
    return min(t, END - timedelta(minutes=R.randint(5, 300)))


def extract_urls(s):
    return [u.rstrip(".,;:!?") for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", s)]


# ------------------------------------------------------------------ choosing KIMs
USE = {k: 0 for k in KIM}
WEIGHT = {k: R.choice([0.6, 1.0, 1.0, 1.5, 2.2]) for k in KIM}  # uneven activity


def pick(cands):
    cands = list(cands)
    best = sorted(cands, key=lambda k: (USE[k] / WEIGHT[k]) + R.random() * 0.8)
    k = best[0]
    USE[k] += 1
    return k


def region_kims(a, pool):
    reg = REGION_OF[a]
    local = [k for k in pool if KIM[k]["region"] == reg]
    if local and R.random() < 0.8:
        return local
    return pool


# ------------------------------------------------------------------ copy habits
def typo(text, n):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    for i in R.sample(idx, min(n, len(idx))):
        w = words[i]
        j = R.randint(1, len(w) - 3)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def habits(text, kim):
    ops = R.sample(["dash", "quotes", "typo", "collapse", "droptag", "abbrev", "dateline"], R.randint(0, 3))
    for op in ops:
        if op == "dash":
            text = text.replace("–", "-")
        elif op == "quotes":
            text = text.replace("“", '"').replace("”", '"')
        elif op == "typo":
            text = typo(text, R.randint(1, 3))
        elif op == "collapse":
            text = text.replace("\n\n", "\n" if R.random() < 0.5 else " ")
        elif op == "droptag":
            text = re.sub(r"\s*\([a-z0-9\-]+/[a-z]+\)\s*$", "", text)
        elif op == "abbrev":
            text = text.replace(" yang ", " yg ").replace(" dengan ", " dgn ").replace(" untuk ", " utk ")
        elif op == "dateline":
            text = re.sub(r"^([A-Z]+) –", lambda m: "{} ({}) –".format(m.group(1).title(), KIM[kim]["name"]), text)
    return text, ops


HASHTAGS = ["#KIMKalsel", "#InfoHukum", "#SadarHukum", "#KalselBekerja", "#LayananPublik", "#BanuaBahari",
            "#HukumUntukSemua", "#InfoWarga", "#KabarDesa", "#Kalsel", "#BantuanHukum", "#StopNarkoba",
            "#Imigrasi", "#Kejaksaan", "#Pengadilan", "#WargaCerdas", "#KIMBerbagi", "#InfoBanua"]


def tags(kim, n):
    own = "#" + KIM[kim]["village"].replace(" ", "").replace("-", "")
    reg = "#" + SHORT_REGION[KIM[kim]["region"]].replace(" ", "")
    return " ".join([own, reg] + R.sample(HASHTAGS, max(0, n - 2)))


WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*MOHON DIBACA SAMPAI HABIS*", "‼️ *INFORMASI UNTUK WARGA* ‼️"]
WA_FROM = ["↪️ Diteruskan dari grup Info Kecamatan", "Diteruskan dari grup Pambakal se-Kecamatan",
           "Forward dari grup RT sebelah 👇", "Diteruskan dari grup Kader Posyandu", "Dari grup Operator Desa:"]
WA_TAIL = ["_Silakan dibagikan_", "_Mohon diteruskan ke keluarga_", "_Semoga bermanfaat_", "_Sebarkan ya_"]


# ------------------------------------------------------------------ copy (30)
def make_copies():
    ids = [a["id"] for a in AN.A]
    chosen = R.sample(ids, 30)
    shapes = ["wa"] * 6 + ["site"] * 6 + ["greet"] * 6 + ["tgfwd"] * 6 + ["ig"] * 6
    R.shuffle(shapes)
    for a, shape in zip(chosen, shapes):
        rec = ANN[aid(a)]
        kim = pick(region_kims(a, NORMAL))
        body, ops = habits(rec["text"], kim)
        when = later(a, 15, 60 * 30)
        title, links, platform = "", [], "facebook"
        if shape == "wa":
            platform = R.choice(["facebook", "telegram"])
            text = "\n".join([R.choice(WA_FROM), R.choice(WA_HEAD), "", "*" + rec["title"] + "*", "", body, "",
                              R.choice(WA_TAIL)])
        elif shape == "site":
            platform, title = "website", rec["title"]
            if R.random() < 0.5:
                src = rec["url"]
                links = [src]
                tail = "Sumber: " + src
            else:
                tail = "Sumber: " + SOURCES[rec["source"]][2]
            text = "Oleh Admin {} · {} Komentar\n\n{}\n\n{}".format(KIM[kim]["name"], R.randint(0, 6), body, tail)
        elif shape == "greet":
            text = "Assalamualaikum warga {}, berikut kabar dari {}.\n\n{}\n\nSalam {} 🙏".format(
                KIM[kim]["village"], SOURCES[rec["source"]][2], body, KIM[kim]["name"])
        elif shape == "tgfwd":
            platform = "telegram"
            text = "Forwarded from Kabar {}\n\n{}\n\n{}".format(
                SHORT_REGION[KIM[kim]["region"]], rec["title"].upper(), body)
        else:
            platform = "instagram"
            text = body + "\n\n" + tags(kim, R.randint(4, 6))
        add(kim, platform, text, when, "copy", [a], f"auto:copy:{a}", title, links, shape=shape, ops=ops)


# ------------------------------------------------------------------ excerpt (34)
def cut(s, lo, hi):
    n = R.randint(lo, hi)
    s = s[:n]
    return s[: s.rfind(" ")].rstrip(",;:") + "…"


def make_excerpts():
    ids = [a["id"] for a in AN.A]
    chosen = R.sample(ids, 34)
    shapes = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["ytlead"] * 5 + ["quote"] * 5 + ["fbframe"] * 6
    R.shuffle(shapes)
    for a, shape in zip(chosen, shapes):
        rec = ANN[aid(a)]
        paras = rec["text"].split("\n\n")
        pool = NORMAL
        if shape == "tgtrunc" and R.random() < 0.35:
            pool = ["kim-hampang", "kim-jejangkit"]  # special KIMs may post cut previews
        kim = pick(region_kims(a, pool) if pool is NORMAL else pool)
        when = later(a, 20, 60 * 48)
        title, platform = "", "facebook"
        if shape == "tgtrunc":
            platform = "telegram"
            text = rec["title"] + "\n\n" + cut(paras[0], 150, 220)
        elif shape == "fbmore":
            text = paras[0] + "\n\n" + paras[1][: R.randint(40, 90)].rsplit(" ", 1)[0] + "... Lihat selengkapnya"
        elif shape == "iglead":
            platform = "instagram"
            text = paras[0] + "\n\n" + tags(kim, R.randint(5, 8))
        elif shape == "ytlead":
            platform = "youtube"
            title = "VIDEO | " + rec["title"]
            text = paras[0] + "\n\n00:00 Pembuka\n00:{:02d} Keterangan pejabat\n0{}:{:02d} Penutup".format(
                R.randint(20, 55), R.randint(1, 3), R.randint(0, 59))
        elif shape == "quote":
            platform = "website"
            name = re.search(r"kata ([^,]+),|ujar ([^,]+),", paras[1])
            who = (name.group(1) or name.group(2)) if name else SOURCES[rec["source"]][2]
            title = "Kata {}: {}".format(who, rec["title"])
            text = paras[1] + "\n\n(Dikutip dari rilis {})".format(SOURCES[rec["source"]][2])
        else:
            intro = R.choice(["Info penting buat warga 👇", "Kabar dari kantor pemerintah, mohon dibaca:",
                              "Bagikan ke keluarga yang perlu ya.", "Admin bagikan info berikut:"])
            outro = R.choice(["Semoga bermanfaat.", "Kalau ada pertanyaan tulis di komentar.", "Salam KIM.", ""])
            text = "\n\n".join([intro, paras[0], paras[1]] + ([outro] if outro else []))
        add(kim, platform, text, when, "excerpt", [a], f"auto:excerpt:{a}", title, [], shape=shape)


# ------------------------------------------------------------------ link (36)
def link_form(url, src):
    wp = SOURCES[src][1] in WORDPRESS
    forms = ["exact", "http", "www", "m", "slash", "utm", "fbclid", "utm+fbclid", "http+m", "bare-www"]
    if wp:
        forms.append("amp")
    form = R.choice(forms)
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
        u = u + "amp/"
    elif form == "utm":
        u = u + "?utm_source=whatsapp&utm_medium=social"
    elif form == "fbclid":
        u = u + "?fbclid=IwAR" + "".join(R.choice("abcdefghijkXYZ0123456789") for _ in range(20))
    elif form == "utm+fbclid":
        u = u + "?utm_source=facebook&fbclid=IwZX" + "".join(R.choice("abcdefXYZ0123456789") for _ in range(16))
    elif form == "http+m":
        u = u.replace("https://", "http://m.")
    elif form == "bare-www":
        u = u.replace("https://", "www.")
    return u, form


LINK_COMMENTS = ["Info penting, silakan dibaca 👇", "Yang perlu, baca di sini:", "Mohon disimak warga.",
                 "Bagus ini, bagikan ke keluarga.", "Semoga bermanfaat untuk warga kita.", "Baca lengkapnya:",
                 "Kabar baik nih 👍", "Catat jadwalnya ya.", "Penting untuk diketahui."]


def make_links():
    ids = [a["id"] for a in AN.A]
    chosen = R.sample(ids, 36)
    shapes = ["fbshare"] * 8 + ["fburl"] * 7 + ["tgurl"] * 8 + ["ytdesc"] * 6 + ["siteread"] * 7
    R.shuffle(shapes)
    for a, shape in zip(chosen, shapes):
        rec = ANN[aid(a)]
        kim = pick(region_kims(a, NORMAL))
        when = later(a, 12, 60 * 24 * 4)
        u, form = link_form(rec["url"], rec["source"])
        title, platform = "", "facebook"
        comment = R.choice(LINK_COMMENTS)
        if shape == "fbshare":
            text = "{}\n\n{}\n{}".format(comment, SOURCES[rec["source"]][0].upper(), rec["title"])
            if form == "bare-www":
                u = rec["url"]
        elif shape == "fburl":
            text = "{}\n{}".format(comment, u)
        elif shape == "tgurl":
            platform = "telegram"
            text = "{}\n\n{}".format(rec["title"], u)
        elif shape == "ytdesc":
            platform = "youtube"
            title = "Kabar Layanan Hukum | " + " ".join(rec["title"].split()[:7])
            text = "Liputan singkat KIM {}.\n\nBerita lengkap: {}".format(KIM[kim]["village"], u)
        else:
            platform = "website"
            title = rec["title"]
            text = "{}\n\nBaca selengkapnya: {}".format(comment, u)
        links = extract_urls(text) if shape != "fbshare" else [u]
        add(kim, platform, text, when, "link", [a], f"auto:link:{a}", title, links, shape=shape, form=form)


# ------------------------------------------------------------------ summaries (60)
def make_summaries():
    items = []
    for a in AN.A:
        for i, s in enumerate(a["sums"]):
            items.append((a["id"], s, f"anns.py:{a['id']}:S{i}"))
    for i, (a, s) in enumerate(EX.S2):
        items.append((a, s, f"extra.py:S2[{i}]"))
    shapes = (["fb"] * 18 + ["tg"] * 10 + ["ig"] * 12 + ["wa"] * 8 + ["site"] * 6 + ["yt"] * 6)
    R.shuffle(shapes)
    for (a, s, key), shape in zip(items, shapes):
        rec = ANN[aid(a)]
        kim = pick(region_kims(a, NORMAL))
        when = later(a, 60, 60 * 24 * 5)
        title, platform = "", "facebook"
        if shape == "fb":
            text = s
        elif shape == "tg":
            platform, text = "telegram", "📌 " + s
        elif shape == "ig":
            platform = "instagram"
            text = s + "\n\n" + tags(kim, R.choice([3, 4, 12]))
        elif shape == "wa":
            platform = R.choice(["facebook", "telegram"])
            text = "*INFO WARGA*\n" + s + "\n_Mohon disebarkan_"
        elif shape == "site":
            platform = "website"
            title = rec["title"] if R.random() < 0.5 else "Kabar Layanan Hukum untuk Warga " + KIM[kim]["village"]
            text = s + "\n\nInformasi ini dirangkum admin {} dari {}.".format(KIM[kim]["name"], SOURCES[rec["source"]][2])
        else:
            platform = "youtube"
            title = "Info Singkat | " + " ".join(re.sub(r"[^\w\s,/.-]", "", s).split()[:8])
            text = "Liputan: " + s + "\n\n00:00 Pembuka\n00:30 Isi berita\n01:40 Penutup"
        add(kim, platform, text, when, "summary", [a], key, title, [], shape=shape)


# ------------------------------------------------------------------ paraphrases (44)
def make_paraphrases():
    items = [(a["id"], a["para"], f"anns.py:{a['id']}:P") for a in AN.A]
    items += [(a, t, f"extra.py:P2[{i}]") for i, (a, t) in enumerate(EX.P2)]
    R.shuffle(items)
    special_cycle = SPECIAL * 3
    for i, (a, t, key) in enumerate(items):
        if i < len(special_cycle):
            kim = special_cycle[i]
            USE[kim] += 1
        else:
            kim = pick(region_kims(a, NORMAL))
        platform = R.choice(["facebook"] * 5 + ["instagram", "telegram"])
        when = later(a, 120, 60 * 24 * 8)
        add(kim, platform, t, when, "paraphrase", [a], key, shape="banjar" if key.startswith("anns") else "casual")


# ------------------------------------------------------------------ round-ups (26)
def decap(x):
    """Lower-case the first letter unless the first word is an acronym (BNNP, SMAN, PN …)."""
    first = x.split()[0]
    if first.rstrip(",") in ("Konsultasi", "Pengelola", "Enam", "Sepekan", "Hasil", "Sidang", "Pameran",
                             "Sosialisasi", "Pemusnahan", "Usulan", "Kabar", "Harga", "Pembagian", "Jalan"):
        return x[0].lower() + x[1:]
    return x


def roundup_item(a, how):
    rec = ANN[aid(a)]
    if how == "title":
        return rec["title"]
    if how == "lower":
        return decap(rec["title"])
    s = SRCDATA[aid(a)]["sums"][0]
    return s.split(". ")[0].rstrip(".")


def make_roundups():
    times = sorted(datetime(2026, 11, 5) + timedelta(hours=R.randint(0, 30 * 24)) for _ in range(26))
    layouts = ["line"] * 5 + ["bullet"] * 5 + ["num"] * 4 + ["prose"] * 4 + ["chapters"] * 4 + ["kabar"] * 4
    R.shuffle(layouts)
    sizes = [3] * 8 + [2] * 18
    R.shuffle(sizes)
    pool = NORMAL + SPECIAL
    special_cycle = SPECIAL * 2
    for i, (t, layout, n) in enumerate(zip(times, layouts, sizes)):
        t = min(t, END - timedelta(hours=1))
        cand = [r["id"] for r in ANNS
                if timedelta(hours=2) <= t - dt(r["published_at"][:19]) <= timedelta(days=10)]
        if len(cand) < n:
            cand = [r["id"] for r in ANNS if timedelta(hours=2) <= t - dt(r["published_at"][:19]) <= timedelta(days=18)]
        gold = R.sample(cand, n)
        gold.sort(key=lambda g: ANN[g]["published_at"])
        items = [roundup_item(g, R.choice(["title", "lower", "sum"])) for g in gold]
        local = []
        if R.random() < 0.5:
            local = R.sample(EX.LOCAL, R.randint(1, 2))
            for x in local:
                items.insert(R.randint(0, len(items)), x[0].upper() + x[1:])
        if i < len(special_cycle):
            kim = special_cycle[i]
            USE[kim] += 1
        else:
            kim = pick(pool)
        title, platform = "", R.choice(["facebook", "facebook", "telegram"])
        if layout == "line":
            text = "KILAS INFO {} | ".format(KIM[kim]["village"].upper()) + " | ".join(items) + " |"
        elif layout == "bullet":
            text = "Rangkuman kabar minggu ini:\n" + "\n".join("• " + x for x in items)
        elif layout == "num":
            text = "Berita pilihan admin pekan ini\n" + "\n".join(f"{j + 1}. {x}" for j, x in enumerate(items))
        elif layout == "prose":
            platform = "website"
            title = "Rangkuman Sepekan {} ({:%d/%m})".format(KIM[kim]["name"], t)
            words = ["Pertama", "Kedua", "Ketiga", "Keempat", "Kelima"]
            text = "Beberapa kabar pekan ini untuk warga. " + " ".join(
                "{}, {}.".format(words[j], decap(x)) for j, x in enumerate(items))
        elif layout == "chapters":
            platform = "youtube"
            title = "Rangkuman Berita Pekan Ini | {}".format(KIM[kim]["name"])
            lines = ["00:00 Pembuka"] + ["{:02d}:{:02d} {}".format(1 + 2 * j, R.randint(0, 59), x)
                                          for j, x in enumerate(items)]
            text = "Rangkuman kabar sepekan dari admin.\n\n" + "\n".join(lines)
        else:
            text = "🗞️ KABAR SEPEKAN ✅\n" + "\n".join("✅ " + x for x in items)
        add(kim, platform, text, t + timedelta(minutes=R.randint(0, 59), seconds=R.randint(0, 59)), "roundup", gold,
            f"auto:roundup:{i}", title, [], shape=layout, local=local)


# ------------------------------------------------------------------ negatives
TRAP_COUNTER = [0]
TRAP_URL = {}
# which words in a look-alike name the office whose site it may point to
SRC_TERMS = {
    "diskominfo-kalsel": r"Diskominfo|KIM|Wagub|Gawi Sabarataan", "pemprov-kalsel": r"Biro Hukum|Pemprov|provinsi",
    "kejati-kalsel": r"Kejati|Jaksa|JMS|jaksa", "kejari-banjarbaru": r"Kejari Banjarbaru|Kasi Intel|JMS",
    "kejari-hss": r"Kejari HSS|JMS|Kepala Kejari", "kejari-tapin": r"Kejari Tapin|Rumah RJ|jaksa",
    "pn-banjarmasin": r"PN Banjarmasin|Posbakum|Pengadilan", "pn-martapura": r"PN Martapura|[Ss]idang keliling|Pengadilan",
    "pn-tanjung": r"PN Tanjung|[Ss]idang keliling", "pa-kotabaru": r"Pengadilan Agama",
    "ditjenpas-kalsel": r"Lapas|Rutan|LPP|[Rr]emisi|narapidana|warga binaan",
    "bnnp-kalsel": r"BNNP|BNN|narkoba|sabu", "bnnk-tabalong": r"BNNK|narkoba",
    "imigrasi-banjarmasin": r"Imigrasi|imigrasi|paspor", "imigrasi-batulicin": r"Imigrasi|imigrasi",
    "kemenkum-kalsel": r"Kanwil Kemenkum|KUHP|OBH|LBH", "pemkab-tabalong": r"Tabalong|Pendopo Bersinar",
    "pemkab-hst": r"HST|MPP Barabai|Kesbangpol|Barabai", "pemkab-batola": r"Batola|Kuripan|Tabukan",
    "pemkab-banjar": r"Kabupaten Banjar|Kejari Banjar|Mahligai|Pemkab Banjar",
}
# older articles on the same government sites (URL traps: same domain, not a release of this set)
OLDER = {
    "diskominfo-kalsel": ["Diskominfo Kalsel Gelar Temu KIM se-Kalimantan Selatan"],
    "pemprov-kalsel": ["Biro Hukum Setda Kalsel Evaluasi Pelaksanaan Bantuan Hukum Tahun 2025",
                       "Pemprov Kalsel Raih Penghargaan JDIH Terbaik"],
    "kejati-kalsel": ["Kejati Kalsel Gelar Penyuluhan Hukum di Kampus ULM", "Kejati Kalsel Tetapkan Tersangka Pengadaan Kapal"],
    "kejari-banjarbaru": ["Kejari Banjarbaru Gelar Jaksa Menyapa di Radio Swara Banjarbaru"],
    "kejari-hss": ["Kejari HSS Musnahkan Barang Bukti Perkara yang Berkekuatan Hukum Tetap"],
    "kejari-tapin": ["Rumah Restorative Justice Binuang Diresmikan"],
    "pn-banjarmasin": ["PN Banjarmasin Raih Predikat WBK", "Jadwal Pelayanan PTSP PN Banjarmasin Selama Libur Lebaran"],
    "pn-martapura": ["PN Martapura Gelar Sidang Keliling di Kecamatan Gambut"],
    "pn-tanjung": ["PN Tanjung Sidang Keliling di Kecamatan Jaro"],
    "pa-kotabaru": ["PA Kotabaru Gelar Sidang Keliling di Pulau Laut Kepulauan"],
    "ditjenpas-kalsel": ["Ribuan Narapidana Kalsel Terima Remisi Hari Kemerdekaan", "Lapas Banjarmasin Gelar Lomba Kebersihan Blok Hunian"],
    "bnnp-kalsel": ["BNNP Kalsel Ungkap Peredaran Sabu Jaringan Antarprovinsi", "Hari Anti Narkotika Internasional 2026 di Banjarbaru"],
    "bnnk-tabalong": ["BNNK Tabalong Gelar Tes Urine di Instansi Pemerintah"],
    "imigrasi-banjarmasin": ["Imigrasi Banjarmasin Deportasi WNA yang Melebihi Izin Tinggal", "Syarat Paspor Baru untuk Jemaah Umrah"],
    "imigrasi-batulicin": ["Imigrasi Batulicin Perketat Pengawasan di Pelabuhan Samudera"],
    "kemenkum-kalsel": ["Kanwil Kemenkum Kalsel Gelar Layanan Merek Keliling", "Penyuluh Hukum Kanwil Kalsel Sambangi Desa Sadar Hukum"],
    "pemkab-tabalong": ["Bupati Tabalong Lantik Pejabat Administrator"],
    "pemkab-hst": ["MPP Barabai Tambah Layanan Perizinan Usaha"],
    "pemkab-batola": ["Perahu Layanan Adminduk Sambangi Kecamatan Kuripan"],
    "pemkab-banjar": ["Pemkab Banjar Gelar Rapat Koordinasi Hukum"],
}


def shape_negative(kim, text, src_id):
    """Dress a hand-written negative in a platform shape; sometimes add a URL trap."""
    raw = text
    r = R.random()
    title, platform, links = "", "facebook", []
    shape = "fb"
    if r < 0.14:
        shape, platform = "wa", R.choice(["facebook", "telegram"])
        text = "\n".join([R.choice(WA_FROM), R.choice(WA_HEAD), "", text, "", R.choice(WA_TAIL)])
    elif r < 0.32:
        shape, platform = "tg", "telegram"
    elif r < 0.48:
        shape, platform = "ig", "instagram"
        text = text + "\n\n" + tags(kim, R.randint(3, 7))
    elif r < 0.60:
        shape, platform = "site", "website"
        title = " ".join(text.split()[:7]).rstrip(",.:") + "…"
        text = text + "\n\nDitulis oleh admin " + KIM[kim]["name"] + "."
    elif r < 0.68:
        shape, platform = "yt", "youtube"
        title = "Kabar Warga | " + " ".join(text.split()[:6]).rstrip(",.:")
        text = text + "\n\n00:00 Pembuka\n00:40 Liputan"
    src = SRCDATA[src_id]["src"] if src_id else None
    if src and re.search(SRC_TERMS[src], raw) and R.random() < 0.45:
        host = SOURCES[src][0]
        TRAP_COUNTER[0] += 1
        if R.random() < 0.6:
            old_title = OLDER[src][TRAP_COUNTER[0] % len(OLDER[src])]
            if old_title not in TRAP_URL:  # one URL per older article
                when = datetime(2025, 9, 1) + timedelta(days=sum(map(ord, old_title)) % 400)
                TRAP_URL[old_title] = ann_url(dict(id="a%d" % (60 + len(TRAP_URL)), src=src, title=old_title), when)
            trap = TRAP_URL[old_title]
            text = text + "\nInfo terkait: " + trap
            links = [trap]
            shape += "+trap"
        else:
            text = text + "\nSumber: " + host
            shape += "+bare"
    return platform, title, text, links, shape


# look-alikes that tell of a dated later step are posted on that day
LOOK_AT = {
    "anns.py:a13:N0": datetime(2026, 11, 25, 15, 10),
    "anns.py:a04:N3": datetime(2026, 11, 26, 9, 30),
    "anns.py:a12:N0": datetime(2026, 11, 20, 8, 15),
    "anns.py:a03:N0": datetime(2026, 11, 20, 19, 5),
    "anns.py:a23:N0": datetime(2026, 11, 30, 20, 0),
}


def make_negatives():
    looks = []
    for a in AN.A:
        for i, (t, diff) in enumerate(a["look"]):
            looks.append((a["id"], t, diff, f"anns.py:{a['id']}:N{i}"))
    for i, (a, t, diff) in enumerate(EX.N2):
        looks.append((a, t, diff, f"extra.py:N2[{i}]"))
    befores = []
    for a in AN.A:
        for i, (t, h, how) in enumerate(a["before"]):
            befores.append((a["id"], t, h, how, f"anns.py:{a['id']}:B{i}"))
    for i, (a, h, t, how) in enumerate(EX.B2):
        befores.append((a, t, h, how, f"extra.py:B2[{i}]"))
    # inactive KIMs take the look-alikes of their own kabupaten first, then provincial ones
    quota = {k: 0 for k in INACTIVE}
    owner = {}
    allneg = [("N", x) for x in looks] + [("B", x) for x in befores]
    R.shuffle(allneg)
    for k in INACTIVE:
        reg = KIM[k]["region"]
        mine = [x for x in allneg if id(x) not in owner and REGION_OF[x[1][0]] == reg]
        prov = [x for x in allneg if id(x) not in owner and REGION_OF[x[1][0]] is None]
        for x in (mine + prov)[:R.randint(5, 7)]:
            owner[id(x)] = k
            quota[k] += 1
    for item in allneg:
        kind, x = item
        a = x[0]
        kim = owner.get(id(item))
        if kim is None:
            kim = pick(region_kims(a, NORMAL + SPECIAL))
        else:
            USE[kim] += 1
        if kind == "N":
            _, t, diff, key = x
            if key in LOOK_AT:
                when = LOOK_AT[key] + timedelta(minutes=R.randint(0, 90))
            elif re.search(r"hari ini|tadi|siang ini|sore ini|pagi ini", t):
                when = later(a, 150, 480)
            else:
                when = later(a, 150, 60 * 24 * 9)
            platform, title, text, links, shape = shape_negative(kim, t, aid(a))
            add(kim, platform, text, when, "negative-topic", [], key, title, links, shape=shape,
                imitates=[aid(a)], differs=diff)
        else:
            _, t, h, how, key = x
            when = dt(ANN[aid(a)]["published_at"][:19]) - timedelta(hours=h, minutes=R.randint(0, 50))
            platform, title, text, links, shape = shape_negative(kim, t, None)
            add(kim, platform, text, when, "before", [], key, title, links, shape=shape,
                imitates=[aid(a)], differs="posted before the release: " + how)


OUT1 = "https://diskominfo.kalselprov.go.id/2026/11/16/dialog-interaktif-banua-bahari-bahas-wisata-sungai/"


def make_unrelated():
    order = list(range(len(EX.U)))
    R.shuffle(order)
    everyone = list(KIM)
    for n, i in enumerate(order):
        t = EX.U[i]
        links = []
        if "{OUT1}" in t:
            t = t.replace("{OUT1}", OUT1)
            links = [OUT1]
        if n < len(everyone):
            kim = everyone[n]
            USE[kim] += 1
        else:
            kim = pick(everyone)
        when = START + timedelta(minutes=R.randint(0, int((END - START).total_seconds() // 60) - 10))
        if links:
            when = datetime(2026, 11, 16, 19, 12)
            platform, title, shape = "facebook", "", "fb+out-of-set"
        else:
            platform, title, t2, l2, shape = shape_negative(kim, t, None)
            t = t2
        add(kim, platform, t, when, "negative-unrelated", [], f"extra.py:U[{i}]", title, links, shape=shape)


def main():
    make_copies()
    make_excerpts()
    make_links()
    make_summaries()
    make_paraphrases()
    make_roundups()
    make_negatives()
    make_unrelated()
    POSTS.sort(key=lambda p: (p["when"], p["key"]))
    ids = list(range(1, len(POSTS) + 1))
    random.Random(SEED + 1).shuffle(ids)
    out_posts, out_labels, keymap = [], [], {}
    for p, n in zip(POSTS, ids):
        pid = "h47-p{:03d}".format(n)
        url = post_url(p["kim"], p["platform"], p["title"] or p["text"], p["when"])
        links = list(p["links"])
        for u in extract_urls(p["title"] + "\n" + p["text"]):
            if u not in links:
                links.append(u)
        out_posts.append(dict(id=pid, kim=p["kim"], platform=p["platform"], url=url, title=p["title"],
                              text=p["text"], published_at=iso(p["when"]), links=links))
        out_labels.append({"post": pid, "announcements": p["gold"], "style": p["style"]})
        entry = dict(key=p["key"], style=p["style"], gold=p["gold"])
        entry.update(p["meta"])
        keymap[pid] = entry
    with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
        for r in ANNS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in out_posts:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in out_labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
        f.write("kims:\n")
        for k in KIMS:
            f.write("- id: {}\n  name: KIM {}\n  region: {}\n  district: {}\n  village: {}\n".format(
                k[0], KIM[k[0]]["village"], k[1], k[2], k[3]))
    print(f"announcements {len(ANNS)}, posts {len(out_posts)}")


if __name__ == "__main__":
    main()
