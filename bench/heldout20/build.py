#!/usr/bin/env python3
"""Generator of heldout20 (deterministic, seed 2026120620): KIM registry, releases, posts, labels, keymap.
Hand-written parts live in anns.py and extra.py; copy/excerpt/link posts and platform shapes are derived here."""
import json
import os
import random
import re
from datetime import datetime, timedelta

from anns import A
from extra import BEF, NEG, UNREL

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(2026120620)
TZ = "+08:00"

KIMS = [  # id-suffix, region, district, village, role
    ("kelayan-barat", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Barat", ""),
    ("sungai-miai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Miai", ""),
    ("kuin-utara", "Kota Banjarmasin", "Banjarmasin Utara", "Kuin Utara", "inactive"),
    ("guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis", ""),
    ("loktabat-utara", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara", ""),
    ("sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar", ""),
    ("tanjung-rema", "Kabupaten Banjar", "Martapura", "Tanjung Rema", ""),
    ("aluh-aluh-besar", "Kabupaten Banjar", "Aluh-Aluh", "Aluh-Aluh Besar", ""),
    ("pengaron", "Kabupaten Banjar", "Pengaron", "Pengaron", ""),
    ("angsau", "Kabupaten Tanah Laut", "Pelaihari", "Angsau", ""),
    ("takisung", "Kabupaten Tanah Laut", "Takisung", "Takisung", ""),
    ("jorong", "Kabupaten Tanah Laut", "Jorong", "Jorong", "special"),
    ("rantau-kiwa", "Kabupaten Tapin", "Tapin Utara", "Rantau Kiwa", ""),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang", ""),
    ("bungur", "Kabupaten Tapin", "Bungur", "Bungur", "inactive"),
    ("kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota", ""),
    ("angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang", ""),
    ("loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado", "inactive"),
    ("barabai-darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat", ""),
    ("birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang", "special"),
    ("hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan", ""),
    ("sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang", ""),
    ("babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik", ""),
    ("danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang", ""),
    ("batu-piring", "Kabupaten Balangan", "Paringin Selatan", "Batu Piring", ""),
    ("juai", "Kabupaten Balangan", "Juai", "Juai", "inactive"),
    ("halong", "Kabupaten Balangan", "Halong", "Halong", "special"),
    ("pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan", ""),
    ("mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun", "inactive"),
    ("tanjung", "Kabupaten Tabalong", "Tanjung", "Tanjung", ""),
    ("marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", ""),
    ("berangas", "Kabupaten Barito Kuala", "Alalak", "Berangas", ""),
    ("tabunganen", "Kabupaten Barito Kuala", "Tabunganen", "Tabunganen Muara", "special"),
    ("kota-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Kota Pagatan", ""),
    ("sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau", ""),
    ("angsana", "Kabupaten Tanah Bumbu", "Angsana", "Angsana", ""),
    ("semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap", ""),
    ("hilir-muara", "Kabupaten Kotabaru", "Pulau Laut Utara", "Hilir Muara", ""),
    ("sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali", ""),
    ("sarangtiung", "Kabupaten Kotabaru", "Pulau Laut Sigam", "Sarangtiung", "inactive"),
]
KIM = {"kim-" + k[0]: dict(id="kim-" + k[0], name="KIM " + k[3], region=k[1], district=k[2], village=k[3], role=k[4])
       for k in KIMS}
INACTIVE = [k for k in KIM if KIM[k]["role"] == "inactive"]
SPECIAL = [k for k in KIM if KIM[k]["role"] == "special"]
NORMAL = [k for k in KIM if not KIM[k]["role"]]
SHORTKAB = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
            "Kabupaten Tanah Laut": "Tanah Laut", "Kabupaten Tapin": "Tapin", "Kabupaten Hulu Sungai Selatan": "HSS",
            "Kabupaten Hulu Sungai Tengah": "HST", "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Balangan": "Balangan",
            "Kabupaten Tabalong": "Tabalong", "Kabupaten Barito Kuala": "Batola", "Kabupaten Tanah Bumbu": "Tanbu",
            "Kabupaten Kotabaru": "Kotabaru"}

SRC = {  # source -> (host, url kind, wordpress?)
    "dinkes-kalsel": ("dinkes.kalselprov.go.id", "wp"), "disdikbud-kalsel": ("disdikbud.kalselprov.go.id", "wp"),
    "dinsos-kalsel": ("dinsos.kalselprov.go.id", "wp"), "disdukcapil-kalsel": ("disdukcapil.kalselprov.go.id", "wp"),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp"), "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp"),
    "pemkab-banjar": ("banjarkab.go.id", "wp"), "pemkab-hst": ("hstkab.go.id", "wp"),
    "pemkab-tabalong": ("tabalongkab.go.id", "wp"), "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita"),
    "pemkab-tapin": ("tapinkab.go.id", "berita"), "pemkab-hsu": ("hsu.go.id", "berita"),
    "pemkab-balangan": ("balangankab.go.id", "detail"), "pemkab-batola": ("baritokualakab.go.id", "detail"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num"), "pemkab-tanbu": ("tanahbumbukab.go.id", "num"),
    "kemenag-kalsel": ("kalsel.kemenag.go.id", "num"), "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "html"),
}
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + TZ


def ann_url(a, n):
    host, kind = SRC[a["src"]]
    t = a["t"]
    if kind == "wp":
        return f"https://{host}/{t:%Y/%m/%d}/{a['slug']}/"
    if kind == "berita":
        return f"https://{host}/berita/{a['slug']}"
    if kind == "detail":
        return f"https://{host}/berita/detail/{a['slug']}"
    if kind == "num":
        return f"https://{host}/berita/{4100 + n * 37}/{a['slug']}"
    return f"https://{host}/{t:%Y/%m}/{a['slug']}.html"


for i, a in enumerate(A):
    a["t"] = datetime.strptime(a["at"], "%Y-%m-%d %H:%M")
    a["url"] = ann_url(a, i)
    a["text"] = "\n\n".join(a["paras"])
ANN = {a["id"]: a for a in A}

# ---------------------------------------------------------------- shapes
GREET = ["Assalamu'alaikum wr. wb.", "Good morning all 🌞", "Hello guys 👋", "Bismillah,", "📢 *INFO* 📢",
         "Salam sehat dangsanak 🙏", "Selamat pagi warga 🌤️", "Info penting 👇"]
OUTRO = ["Jazakumullah khairan 🙏", "Thank you 🙏", "Semoga bermanfaat.", "Mohon dibagikan ya 🙏", "Salam KIM 🤝", ""]
WAHEAD = ["↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇", "Dari grup WA RT 👇"]
MENU = ["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda | Berita Desa | Agenda | Potensi"]
LOCAL = ["Gotong royong bersih saluran RT 03 Minggu pagi", "Jadwal posyandu bulan depan tanggal 9",
         "Lomba azan anak-anak di langgar Al Hidayah", "Harga karet turun Rp300 per kg", "Perbaikan jalan lingkungan RT 7 selesai",
         "Pengajian ibu-ibu pindah ke rumah Bu RT", "Kerja bakti pasang lampu jalan desa", "Arisan PKK tanggal 15",
         "Latihan hadrah remaja masjid tiap malam Sabtu", "Pasar wadai Minggu sore di lapangan desa"]


def handle(k):
    return k.replace("kim-", "kim")


def post_url(k, platform, t, slug=""):
    n = rng.randint(100000, 999999)
    if platform == "facebook":
        return f"https://www.facebook.com/{handle(k)}/posts/{n}{rng.randint(1000, 9999)}"
    if platform == "instagram":
        return "https://www.instagram.com/p/" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_") for _ in range(11)) + "/"
    if platform == "telegram":
        return f"https://t.me/{handle(k)}/{rng.randint(200, 3000)}"
    if platform == "youtube":
        return "https://www.youtube.com/watch?v=" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(11))
    vil = KIM[k]["village"].lower().replace(" ", "").replace("-", "")
    return f"https://{vil}.desa.id/{t:%Y/%m}/{slug or 'kabar-desa-' + str(n)}/"


def cut_title(s, n=60):
    """Cut a title at a word boundary (at most n characters), without a trailing comma or dot."""
    s = s.strip()
    if len(s) <= n:
        return s.rstrip(".,")
    return s[:n].rsplit(" ", 1)[0].rstrip(".,:;")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def hashtags(base, k, many=False):
    extra = ["#Kalsel", "#KalimantanSelatan", "#InfoKalsel", "#" + SHORTKAB[KIM[k]["region"]].replace(" ", ""),
             "#KIM" + KIM[k]["village"].replace(" ", "").replace("-", ""), "#BeritaDesa", "#kabarbanua", "#banua",
             "#infowarga", "#KIMKalsel", "#sahabatKIM", "#wargabijak", "#infopublik", "#DiskominfoKalsel", "#Banjar"]
    tags = base.split()
    if many:
        tags += rng.sample(extra, rng.randint(11, 14) - len(tags) + 3)
    else:
        tags += rng.sample(extra, rng.randint(1, 3))
    seen, out = set(), []
    for t in tags:
        if t.lower() not in seen:
            seen.add(t.lower())
            out.append(t)
    return " ".join(out)


def shape(kind, k, body, title="", tags="", kab=None, first=""):
    """Return (platform, title, text) for a body written by a KIM."""
    kabname = SHORTKAB.get(kab or KIM[k]["region"])
    if kind == "fb":
        g, o = rng.choice(GREET), rng.choice(OUTRO)
        return "facebook", "", "\n\n".join(x for x in (g, body, o) if x)
    if kind == "fbplain":
        return "facebook", "", body
    if kind == "wa":
        head = rng.choice(WAHEAD)
        t = f"*{title.upper()}*\n\n" if title else ""
        plat = rng.choice(["facebook", "telegram"])
        return plat, "", f"{head}\n{t}{body}\n\n_Mohon disebarkan_"
    if kind == "tg":
        return "telegram", "", f"Forwarded from Info {kabname}\n" + (f"{title}\n\n" if title else "") + body
    if kind == "tgplain":
        return "telegram", "", body
    if kind == "ig":
        head = (title.upper() + "\n\n") if title else ""
        return "instagram", "", f"{head}{body}\n\n✅ Info lengkap: link di bio\n📍 {KIM[k]['village']}\n\n{hashtags(tags, k, many=False)}"
    if kind == "igmany":
        return "instagram", "", f"{body}\n\n{hashtags(tags, k, many=True)}"
    if kind == "yt":
        ytt = rng.choice(["VIDEO | ", "Liputan: ", "LIVE | ", ""]) + (title or cut_title(body.split(". ")[0], 70))
        topic = cut_title(title or body, 45)
        chap = f"00:00 Pembuka\n00:{rng.randint(12, 40)} {topic}\n0{rng.randint(1, 3)}:{rng.randint(10, 59)} Wawancara warga\n0{rng.randint(4, 6)}:{rng.randint(10, 59)} Penutup"
        return "youtube", ytt, f"{body}\n\n{chap}\n\nKamera: Tim {KIM[k]['name']}\nJangan lupa subscribe dan nyalakan lonceng 🔔"
    if kind == "web":
        menu = rng.choice(MENU)
        tt = title or cut_title(body.split(". ")[0], 80)
        other = rng.choice(LOCAL)
        return "website", tt, (f"{menu}\n\n{tt}\n\nOleh Admin {KIM[k]['name']} · {rng.randint(0, 9)} Komentar\n\n{body}\n\n"
                               f"Baca juga: {other}\n\nBagikan: Facebook Twitter WhatsApp Telegram\n\nTags: {kabname}, berita desa")
    raise ValueError(kind)


# ---------------------------------------------------------------- copy ops
ABBR = [(r"\byang\b", "yg"), (r"\bdengan\b", "dgn"), (r"\buntuk\b", "utk"), (r"\bsudah\b", "sdh"),
        (r"\btidak\b", "tdk"), (r"\bkepada\b", "kpd"), (r"\bKabupaten\b", "Kab."), (r"\bKecamatan\b", "Kec."),
        (r"\bbulan\b", "bln"), (r"\bdan\b", "&")]
NUMW = {"2": "dua", "3": "tiga", "4": "empat", "5": "lima", "6": "enam", "8": "delapan", "9": "sembilan",
        "11": "sebelas", "12": "dua belas", "14": "empat belas", "15": "lima belas", "17": "tujuh belas",
        "18": "delapan belas", "19": "sembilan belas", "20": "dua puluh", "22": "dua puluh dua", "23": "dua puluh tiga",
        "26": "dua puluh enam", "30": "tiga puluh", "34": "tiga puluh empat", "36": "tiga puluh enam",
        "38": "tiga puluh delapan", "40": "empat puluh", "42": "empat puluh dua", "48": "empat puluh delapan",
        "54": "lima puluh empat", "60": "enam puluh", "74": "tujuh puluh empat", "86": "delapan puluh enam",
        "96": "sembilan puluh enam"}


def op_quotes(s):
    return s.replace("“", '"').replace("”", '"').replace("’", "'").replace("–", "-")


def op_numwords(s):
    n = [0]

    def f(m):
        if n[0] >= 2 or m.group(1) not in NUMW:
            return m.group(0)
        n[0] += 1
        return NUMW[m.group(1)]
    return re.sub(r"(?<![\d/.,:])(\d{1,2})(?![\d/.,:])", f, s)


def op_reldate(s, pt):
    def f(m):
        d = datetime(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        diff = (pt.date() - d.date()).days
        if diff == 0:
            return f"hari ini ({m.group(2)}/{m.group(3)})"
        if diff == 1:
            return "kemarin"
        if diff < 0:
            return f"{m.group(1)} ini ({m.group(2)}/{m.group(3)})" if diff > -7 else f"tgl {m.group(2)}/{m.group(3)}"
        if diff < 7:
            return f"{m.group(1)} lalu ({m.group(2)}/{m.group(3)})"
        return f"tgl {m.group(2)}/{m.group(3)}"
    return re.sub(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)/(\d+)/(\d{4})\)", f, s, count=1)


def op_droptag(s):
    return re.sub(r"\s*\([a-z-]+/[a-z]+\)\s*$", "", s)


def op_dateline(s, k):
    vil = KIM[k]["village"]
    return re.sub(r"^([A-Z]+) –", lambda m: rng.choice([f"{m.group(1).title()} (KIM) -", f"(KIM {vil}) –",
                                                          f"{m.group(1)}, KIM –"]), s, count=1)


def op_abbr(s):
    for pat, rep in rng.sample(ABBR, 4):
        s = re.sub(pat, rep, s)
    return s


def op_collapse(s):
    return s.replace("\n\n", rng.choice([" ", "\n"]))


def op_typos(s):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha()]
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
        w = words[i]
        j = rng.randint(1, len(w) - 3)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def copy_ops(text, k, pt):
    ops = rng.sample(["quotes", "numwords", "reldate", "droptag", "dateline", "abbr", "collapse", "typos"], rng.randint(1, 3))
    for o in ops:
        text = {"quotes": op_quotes, "numwords": op_numwords, "droptag": op_droptag, "abbr": op_abbr,
                "collapse": op_collapse, "typos": op_typos}.get(o, None)(text) if o not in ("reldate", "dateline") else (
            op_reldate(text, pt) if o == "reldate" else op_dateline(text, k))
    return text, ops


# ---------------------------------------------------------------- link forms
FORMS = (["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 +
         ["fbclid"] * 4 + ["utm+fbclid"] * 2 + ["http-m"] * 2 + ["www-noscheme"] * 2 + ["sid"] * 2 + ["onlylinks"] * 2)


def link_form(a, form):
    u = a["url"]
    wp = SRC[a["src"]][1] == "wp"
    if form in ("exact", "onlylinks", "sid"):
        return u
    if form == "http":
        return u.replace("https://", "http://")
    if form == "www":
        return u.replace("https://", "https://www.")
    if form == "m":
        return u.replace("https://", "https://m.")
    if form == "http-m":
        return u.replace("https://", "http://m.")
    if form == "www-noscheme":
        return u.replace("https://", "www.")
    if form == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if form == "amp":
        return u + "amp/" if wp else u + "?utm_source=wa"
    if form == "utm":
        return u + "?utm_source=" + rng.choice(["facebook", "whatsapp", "telegram"]) + "&utm_medium=social"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + "".join(rng.choice("abcdefghijkXYZ0123456789") for _ in range(20))
    if form == "utm+fbclid":
        return u + "?utm_source=fb&utm_medium=share&fbclid=IwY2" + "".join(rng.choice("abcdefXYZ0123456789") for _ in range(16))
    raise ValueError(form)


def first_sentence(a):
    return a["paras"][0].split(". ")[0] + "."


LINKCOMMENT = ["Info penting, silakan dibaca 👇", "Baca selengkapnya di sini:", "Mohon disimak dangsanak 🙏", "Sumber resmi:",
               "Bagikan ke keluarga ya.", "Rilis lengkap:", "Cek beritanya:", "Nah ini beritanya", "FYI 👇", "Simak ya gaes"]

# ---------------------------------------------------------------- timing


def gold_delay():
    r = rng.random()
    if r < 0.18:
        return timedelta(minutes=rng.randint(15, 180))
    if r < 0.6:
        return timedelta(minutes=rng.randint(181, 1800))
    if r < 0.9:
        return timedelta(minutes=rng.randint(1801, 7200))
    return timedelta(minutes=rng.randint(7201, 18000))


S2_OFF = {"a02": 200, "a04": 150, "a07": 100, "a09": 28, "a10": 22, "a13": 70, "a20": 150, "a22": 100, "a28": 143, "a41": 104}
NO_P = {"a32", "a06", "a24", "a41"}
SPECIAL_P = {"a05": "kim-jorong", "a26": "kim-jorong", "a08": "kim-birayang", "a27": "kim-birayang",
             "a12": "kim-tabunganen", "a36": "kim-tabunganen", "a20": "kim-halong", "a39": "kim-halong"}

posts = []  # dicts: kim, platform, title, text, t, links, style, gold, key


def pick_kim(a, allow_special=False):
    pool = NORMAL + (SPECIAL if allow_special else [])
    if a["kab"] and rng.random() < 0.6:
        local = [k for k in pool if KIM[k]["region"] == a["kab"]]
        if local:
            return rng.choice(local)
    return rng.choice(pool)


def add(k, plat, title, text, t, links, style, gold, key, **meta):
    posts.append(dict(kim=k, platform=plat, title=title, text=text, t=t, links=links, style=style, gold=gold, key=key, meta=meta))


ids = [a["id"] for a in A]

# --- copy (35)
copy_anns = rng.sample(ids, 35)
copy_shapes = ["wa"] * 9 + ["web"] * 7 + ["fb"] * 7 + ["tg"] * 6 + ["ig"] * 6
rng.shuffle(copy_shapes)
for aid, sh in zip(copy_anns, copy_shapes):
    a = ANN[aid]
    k = pick_kim(a)
    t = a["t"] + gold_delay()
    text, ops = copy_ops(a["text"], k, t)
    links = []
    if sh == "web":
        src = rng.choice(["url", "bare", "rilis"])
        host = SRC[a["src"]][0]
        text += "\n\nSumber: " + {"url": a["url"], "bare": host, "rilis": "rilis resmi " + a["src"].replace("-", " ").title()}[src]
        if src == "url":
            links = [a["url"]]
        ops.append("sumber-" + src)
    plat, title, body = shape(sh, k, text, title=a["title"], tags=a["tags"], kab=a["kab"])
    add(k, plat, title, body, t, links, "copy", [aid], f"auto:copy:{aid}", shape=sh, ops=ops)

# --- excerpt (35)
ex_anns = rng.sample(ids, 35)
ex_shapes = ["tgtrunc"] * 9 + ["short"] * 6 + ["iglead"] * 5 + ["fbmore"] * 5 + ["yt"] * 4 + ["quote"] * 3 + ["weblead"] * 3
rng.shuffle(ex_shapes)
sp_trunc = ["kim-birayang", "kim-halong"]
for aid, sh in zip(ex_anns, ex_shapes):
    a = ANN[aid]
    k = pick_kim(a)
    if sh == "tgtrunc" and sp_trunc:
        k = sp_trunc.pop()
    t = a["t"] + gold_delay()
    lead = a["paras"][0]
    if sh == "tgtrunc":
        full = a["title"] + "\n\n" + lead + " " + a["paras"][1]
        cutn = rng.randint(185, 215)
        body = full[:cutn].rstrip(" ,.") + "…"
        plat, title, text = "telegram", "", body
    elif sh == "short":
        w = lead.split()
        n = rng.randint(12, 18)
        plat, title, text = shape(rng.choice(["fb", "tgplain", "wa"]), k, " ".join(w[:n]).rstrip(",") + "...", kab=a["kab"])
    elif sh == "iglead":
        plat, title, text = shape("ig", k, lead, title=a["title"], tags=a["tags"])
    elif sh == "fbmore":
        plat, title, text = "facebook", "", lead[:rng.randint(150, 230)].rstrip() + "... Lihat selengkapnya"
    elif sh == "yt":
        plat, title, text = shape("yt", k, lead, title=a["title"])
    elif sh == "quote":
        intro = rng.choice(["Pesan penting dari pejabat kita:", "Kata beliau:", "Simak pernyataannya 👇", "Kutipan hari ini:"])
        plat, title, text = shape(rng.choice(["fb", "tgplain"]), k, intro + "\n\n" + a["paras"][1], kab=a["kab"])
    else:
        plat, title, text = shape("web", k, lead + "\n\n" + a["paras"][1], title=a["title"])
    add(k, plat, title, text, t, [], "excerpt", [aid], f"auto:excerpt:{aid}", shape=sh)

# --- link (40)
link_anns = rng.sample(ids, 40)
forms = FORMS[:]
rng.shuffle(forms)
for aid, form in zip(link_anns, forms):
    a = ANN[aid]
    k = pick_kim(a)
    t = a["t"] + (timedelta(minutes=rng.randint(15, 55)) if rng.random() < 0.15 else gold_delay())
    u = link_form(a, form)
    comment = rng.choice(LINKCOMMENT)
    preview = f"{SRC[a['src']][0].upper()}\n{a['title']}\n{first_sentence(a)}"
    vessel = rng.choice(["fbshare"] * 5 + ["tg"] * 2 + ["web", "yt"])
    links = [u]
    if form == "sid":
        short = "https://s.id/" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
        text = f"{comment}\n{short}\n\n{preview}"
        links = [short, a["url"]]
        plat, title = "facebook", ""
    elif form == "onlylinks":
        text = f"{comment}\n\n{preview}"
        plat, title = "facebook", ""
    elif vessel == "fbshare":
        text = f"{comment}\n{u}" + (f"\n\n{preview}" if rng.random() < 0.6 else "")
        if u.startswith("www.") or rng.random() < 0.5:
            links = [u] if u.startswith(("http", "www.")) else [u]
        plat, title = "facebook", ""
    elif vessel == "tg":
        text = f"{a['title']}\n\n{u}"
        plat, title = "telegram", ""
    elif vessel == "web":
        plat, title = "website", a["title"]
        text = f"{rng.choice(MENU)}\n\n{first_sentence(a)}\n\nSelengkapnya: {u}\n\nBagikan: Facebook Twitter WhatsApp Telegram"
    else:
        plat, title = "youtube", "VIDEO | " + a["title"]
        text = f"{first_sentence(a)}\n\nBaca berita lengkapnya: {u}\n\nKamera: Tim {KIM[k]['name']}"
    add(k, plat, title, text, t, links, "link", [aid], f"auto:link:{aid}", form=form)

# --- summaries (s1 + s2)
sum_shapes = ["wa"] * 15 + ["tg"] * 13 + ["fb"] * 11 + ["yt"] * 7 + ["ig"] * 3 + ["igmany"] * 4 + ["web"] * 2
rng.shuffle(sum_shapes)
summ = [(a["id"], "s1") for a in A] + [(aid, "s2") for aid in S2_OFF]
for (aid, which), sh in zip(summ, sum_shapes):
    a = ANN[aid]
    k = pick_kim(a)
    t = a["t"] + (timedelta(hours=S2_OFF[aid], minutes=rng.randint(0, 50)) if which == "s2" else gold_delay())
    body = a[which]
    ttl = cut_title(body, 60) if sh in ("yt", "web") else ""
    plat, title, text = shape(sh, k, body, title=ttl, tags=a["tags"], kab=a["kab"])
    add(k, plat, title, text, t, [], "summary", [aid], f"anns.py:{aid}:{which}", shape=sh)

# --- paraphrases (41)
par_shapes = ["fb"] * 12 + ["fbplain"] * 12 + ["tgplain"] * 12 + ["igmany"] * 3 + ["wa"] * 2
rng.shuffle(par_shapes)
par = [a for a in A if a["id"] not in NO_P]
for a, sh in zip(par, par_shapes):
    k = SPECIAL_P.get(a["id"]) or pick_kim(a)
    t = a["t"] + gold_delay()
    body = a["p"] + ("\n" + a["tags"] if sh not in ("igmany",) and rng.random() < 0.5 else "")
    plat, title, text = shape(sh, k, body, tags=a["tags"], kab=a["kab"])
    add(k, plat, title, text, t, [], "paraphrase", [a["id"]], f"anns.py:{a['id']}:p", shape=sh)

# --- round-ups (25: 7 with three, 18 with two)
LAYOUTS = ["bullets"] * 4 + ["numbered"] * 3 + ["pipes"] * 3 + ["parens"] * 3 + ["chapters"] * 3 + ["prose"] * 3 + ["igkabar"] * 3 + ["wanum"] * 3
rng.shuffle(LAYOUTS)
sizes = [3] * 7 + [2] * 18
rng.shuffle(sizes)
rk = SPECIAL * 2 + NORMAL
rkims = SPECIAL + SPECIAL[:2] + rng.sample(NORMAL, 19)
rng.shuffle(rkims)
start = datetime(2026, 5, 9, 19, 0)
for j, (lay, size, k) in enumerate(zip(LAYOUTS, sizes, rkims)):
    t = start + timedelta(hours=j * 30 + rng.randint(0, 10), minutes=rng.randint(0, 59))
    cand = [a for a in A if timedelta(hours=3) <= t - a["t"] <= timedelta(days=12)]
    loc = [a for a in cand if a["kab"] == KIM[k]["region"] or a["kab"] is None]
    pick = rng.sample(loc, min(size, len(loc)))
    rest = [a for a in cand if a not in pick]
    pick += rng.sample(rest, size - len(pick))
    pick.sort(key=lambda a: a["t"])
    items = [a["it"] for a in pick]
    nloc = rng.choice([0, 0, 1, 2]) if j % 2 == 0 else 0
    lits = rng.sample(LOCAL, nloc)
    allit = items + lits
    wk = f"{(t - timedelta(days=6)):%d/%m}–{t:%d/%m}"
    if lay == "bullets":
        b = rng.choice(["🔹", "•", "-", "✅", "👉"])
        text = f"Rangkuman info pekan ini ({wk}):\n" + "\n".join(f"{b} {x}" for x in allit)
        plat, title = "facebook", ""
    elif lay == "numbered":
        text = "KABAR SEPEKAN\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(allit)) + "\n\nSalam KIM 🤝"
        plat, title = rng.choice(["facebook", "telegram"]), ""
    elif lay == "pipes":
        text = "KILAS INFO | " + " | ".join(allit) + " |"
        plat, title = rng.choice(["facebook", "telegram"]), ""
    elif lay == "parens":
        text = "Info singkat: " + " ".join(f"({i + 1}) {x}." for i, x in enumerate(allit))
        plat, title = "facebook", ""
    elif lay == "chapters":
        ch = "\n".join(f"0{i}:{rng.randint(10, 59)} {x}" for i, x in enumerate(allit, 1))
        text = f"Rangkuman kabar banua pekan ini.\n\n00:00 Pembuka\n{ch}\n0{len(allit) + 1}:30 Penutup\n\nKamera: Tim {KIM[k]['name']}\nJangan lupa subscribe 🔔"
        plat, title = "youtube", f"KABAR BANUA PEKAN INI | {KIM[k]['name']}"
    elif lay == "prose":
        text = (f"{rng.choice(MENU)}\n\nSepekan terakhir ada beberapa kabar penting. " + ". Selain itu, ".join(allit)
                + ". Demikian rangkuman kami.\n\nBagikan: Facebook Twitter WhatsApp Telegram")
        plat, title = "website", f"Rangkuman Berita Pekan {wk}"
    elif lay == "igkabar":
        text = "🗞️ KABAR SINGKAT\n\n" + "\n".join(f"▪️ {x}" for x in allit) + "\n\n" + hashtags("#kabarsingkat", k, many=rng.random() < 0.5)
        plat, title = "instagram", ""
    else:
        text = rng.choice(WAHEAD) + "\n*INFO PEKAN INI*\n" + "\n".join(f"{i + 1}) {x}" for i, x in enumerate(allit)) + "\n\n_Mohon disebarkan_"
        plat, title = rng.choice(["facebook", "telegram"]), ""
    add(k, plat, title, text, t, [], "roundup", [a["id"] for a in pick], f"auto:roundup:{j}", layout=lay, local=nloc)

# --- negatives and before
NEG_SHAPES = ["fbplain"] * 6 + ["fb"] * 3 + ["tgplain"] * 3 + ["wa"] * 2 + ["ig", "web", "yt", "igmany"]
DIFFERS = {"next-stage": "the next stage the release names, happening later with its own figures",
           "other-kab": "another kabupaten/kecamatan or organiser, not this release",
           "last-year": "last year's edition", "village-run": "a village's own run with its own figures",
           "same-venue": "same venue, another event", "same-office": "same office, another programme",
           "same-place": "same place, another event", "other-service": "another service of the same kind",
           "hoax": "a hoax denial about the programme", "other-level": "another school level / date",
           "other-programme": "another programme of the same office", "other-place": "another place not covered",
           "other-date": "another date", "next-day": "another day of a multi-day event"}
OLDURL = {"a10": "https://disdikbud.kalselprov.go.id/2025/05/06/kelulusan-sma-smk-2025-diumumkan-daring/",
          "a28": "https://kalsel.kemenag.go.id/berita/3120/rashdul-qiblah-mei-2025",
          "a16": "https://dinsos.kalselprov.go.id/2025/04/10/razia-gepeng-banjarmasin-2025/"}


def neg_time(a, hours):
    if hours < -1000:
        hours = rng.uniform(-150, 300)
    return a["t"] + timedelta(hours=hours, minutes=rng.randint(0, 59))


def neg_post(aid, kind, hours, k, text, key, style="negative-topic"):
    a = ANN[aid]
    k = k or rng.choice(NORMAL + SPECIAL)
    t = neg_time(a, hours) if style != "before" else a["t"] + timedelta(hours=hours, minutes=-rng.randint(5, 50))
    links = []
    if kind == "last-year" and aid in OLDURL:
        text += "\n" + OLDURL[aid]
        links = [OLDURL[aid]]
    if key == "extra.py:NEG19":
        text += " Info: diskominfo.kalselprov.go.id"
    sh = rng.choice(NEG_SHAPES)
    plat, title, body = shape(sh, k, text, title=cut_title(text.split(", ")[0], 60) if sh in ("web", "yt") else "",
                              tags=a["tags"] if sh.startswith("ig") else "", kab=a["kab"])
    add(k, plat, title, body, t, links, style, [], key, shape=sh, imitates=[aid],
        differs=DIFFERS.get(kind, kind) if style != "before" else "posted before the release, about the same event")


for a in A:
    for i, (kind, hours, k, text) in enumerate(a["n"]):
        neg_post(a["id"], kind, hours, k, text, f"anns.py:{a['id']}:n{i}")
    if a["b"]:
        hours, k, text = a["b"]
        neg_post(a["id"], "before", hours, k, text, f"anns.py:{a['id']}:b", style="before")
for i, (aid, kind, hours, k, text) in enumerate(NEG):
    neg_post(aid, kind, hours, k, text, f"extra.py:NEG{i}")
# one bare domain on a look-alike
for i, (aid, hours, k, text) in enumerate(BEF):
    neg_post(aid, "before", hours, k, text, f"extra.py:BEF{i}", style="before")

# --- unrelated: 40 hand-written + 30 template
u0 = datetime(2026, 4, 28, 8, 0)
for i, (k, text) in enumerate(UNREL):
    t = u0 + timedelta(minutes=rng.randint(0, 60 * 24 * 45))
    sh = rng.choice(["fbplain"] * 5 + ["fb", "tgplain", "wa", "ig", "web"])
    plat, title, body = shape(sh, k, text, title=cut_title(text.split(", ")[0], 60) if sh == "web" else "", tags="#infowarga")
    add(k, plat, title, body, t, [], "negative-unrelated", [], f"extra.py:UNREL{i}", shape=sh)
TPL = ["Harga {c} di pasar {v} hari ini Rp{p} per kg.", "Arisan RT {n} {v} ditunda ke minggu depan.",
       "Kerja bakti RT {n} {v} Minggu pagi, kumpul di pos ronda.", "Yasinan malam Jumat di rumah warga RT {n} {v}.",
       "Lomba {l} antar RT di {v} dibuka pendaftarannya sampai tanggal {d}."]
COM = ["cabai", "bawang merah", "telur ayam", "ikan patin", "beras lokal", "gula pasir"]
LOM = ["tarik tambang", "balap karung", "voli", "catur", "mancing"]
seen = set()
i = 0
while i < 30:
    k = rng.choice(list(KIM))
    s = rng.choice(TPL).format(c=rng.choice(COM), v=KIM[k]["village"], p=f"{rng.randint(12, 80)}.{rng.choice(['000', '500'])}",
                               n=rng.randint(1, 20), l=rng.choice(LOM), d=rng.randint(1, 28))
    if s in seen:
        continue
    seen.add(s)
    t = u0 + timedelta(minutes=rng.randint(0, 60 * 24 * 45))
    plat, title, body = shape(rng.choice(["fbplain", "fbplain", "tgplain"]), k, s)
    add(k, plat, title, body, t, [], "negative-unrelated", [], f"build.py:TPL{i}", shape="template")
    i += 1

# ---------------------------------------------------------------- output
posts.sort(key=lambda p: (p["t"], p["key"]))
nums = list(range(1, len(posts) + 1))
rng.shuffle(nums)
for p, n in zip(posts, nums):
    p["id"] = f"h20-p{n:03d}"
    p["url"] = post_url(p["kim"], p["platform"], p["t"], slugify(p["title"]) if p["platform"] == "website" else "")
    found = re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", p["title"] + "\n" + p["text"])
    for u in found:
        u = u.rstrip(".,;:!?")
        if u not in p["links"]:
            p["links"].append(u)


def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("announcements.jsonl", [dict(id=f"h20-{a['id']}", source=a["src"], url=a["url"], title=a["title"], text=a["text"],
                                  published_at=iso(a["t"])) for a in A])
dump("posts.jsonl", [dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=p["url"], title=p["title"], text=p["text"],
                          published_at=iso(p["t"]), links=p["links"]) for p in posts])
dump("labels.jsonl", [dict(post=p["id"], announcements=[f"h20-{g}" for g in p["gold"]], style=p["style"]) for p in posts])
km = {}
for p in posts:
    e = dict(line=p["key"], gold=[f"h20-{g}" for g in p["gold"]], style=p["style"])
    for m, v in p["meta"].items():
        e[m] = [f"h20-{x}" for x in v] if m == "imitates" else v
    km[p["id"]] = e
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(km, f, ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIM.values():
        f.write(f"- id: {k['id']}\n  name: {k['name']}\n  region: {k['region']}\n  district: {k['district']}\n  village: {k['village']}\n")
with open(os.path.join(HERE, "roles.json"), "w", encoding="utf-8") as f:
    json.dump(dict(inactive=INACTIVE, special=SPECIAL), f, indent=1)
print("posts", len(posts))
