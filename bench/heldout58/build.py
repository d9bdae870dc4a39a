#!/usr/bin/env python3
"""Generator of heldout58 (metrology, halal certification, consumer protection).

Reads the hand-written modules (anns_a … anns_d, extra) and writes announcements.jsonl, kims.yaml, posts.jsonl,
labels.jsonl and keymap.json. Deterministic: one seeded random generator, fixed iteration order.
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

SEED = 2026120758
HERE = os.path.dirname(os.path.abspath(__file__))
WITA = "+08:00"
FIRST = datetime(2026, 10, 20, 6, 0)
LAST = datetime(2026, 12, 5, 22, 30)
rng = random.Random(SEED)

# ---------------------------------------------------------------- regions and KIMs
REGION = {"bjm": "Kota Banjarmasin", "bjb": "Kota Banjarbaru", "bjr": "Kabupaten Banjar", "tala": "Kabupaten Tanah Laut",
          "tapin": "Kabupaten Tapin", "hss": "Kabupaten Hulu Sungai Selatan", "hst": "Kabupaten Hulu Sungai Tengah",
          "hsu": "Kabupaten Hulu Sungai Utara", "blg": "Kabupaten Balangan", "tbl": "Kabupaten Tabalong",
          "tanbu": "Kabupaten Tanah Bumbu", "ktb": "Kabupaten Kotabaru", "btl": "Kabupaten Barito Kuala"}
KAB_SHORT = {"bjm": "Banjarmasin", "bjb": "Banjarbaru", "bjr": "Banjar", "tala": "Tanah Laut", "tapin": "Tapin",
             "hss": "HSS", "hst": "HST", "hsu": "HSU", "blg": "Balangan", "tbl": "Tabalong", "tanbu": "Tanah Bumbu",
             "ktb": "Kotabaru", "btl": "Batola"}
# (village, kecamatan, region, role) ; role: "" regular, "inactive", "special"
KIMS = [
    ("Pekauman", "Banjarmasin Selatan", "bjm", ""), ("Sungai Miai", "Banjarmasin Utara", "bjm", ""),
    ("Teluk Dalam", "Banjarmasin Tengah", "bjm", ""), ("Basirih", "Banjarmasin Barat", "bjm", "inactive"),
    ("Guntung Manggis", "Landasan Ulin", "bjb", ""), ("Cempaka", "Cempaka", "bjb", ""),
    ("Loktabat Utara", "Banjarbaru Utara", "bjb", ""),
    ("Sungai Paring", "Martapura", "bjr", ""), ("Kaliukan", "Astambul", "bjr", "special"), ("Gambut", "Gambut", "bjr", ""),
    ("Angsau", "Pelaihari", "tala", ""), ("Tabanio", "Takisung", "tala", ""), ("Asam Asam", "Jorong", "tala", ""),
    ("Rangda Malingkung", "Tapin Utara", "tapin", ""), ("Binuang", "Binuang", "tapin", "inactive"),
    ("Margasari Ilir", "Candi Laras Selatan", "tapin", ""),
    ("Kandangan Kota", "Kandangan", "hss", ""), ("Angkinang", "Angkinang", "hss", "inactive"), ("Loksado", "Loksado", "hss", ""),
    ("Barabai Darat", "Barabai", "hst", ""), ("Pantai Hambawang Barat", "Labuan Amas Selatan", "hst", ""),
    ("Birayang", "Batang Alai Selatan", "hst", ""),
    ("Sungai Malang", "Amuntai Tengah", "hsu", ""), ("Babirik", "Babirik", "hsu", "special"),
    ("Danau Panggang", "Danau Panggang", "hsu", ""),
    ("Paringin Kota", "Paringin", "blg", ""), ("Halong", "Halong", "blg", "inactive"), ("Juai", "Juai", "blg", ""),
    ("Tanjung", "Tanjung", "tbl", ""), ("Pembataan", "Murung Pudak", "tbl", ""), ("Mabuun", "Murung Pudak", "tbl", "special"),
    ("Pagatan", "Kusan Hilir", "tanbu", ""), ("Sungai Danau", "Satui", "tanbu", "inactive"),
    ("Gunung Tinggi", "Batulicin", "tanbu", ""),
    ("Stagen", "Pulau Laut Utara", "ktb", ""), ("Semayap", "Pulau Laut Utara", "ktb", "special"), ("Sigam", "Pulau Laut Sigam", "ktb", ""),
    ("Handil Bakti", "Alalak", "btl", ""), ("Anjir Pasar Kota", "Anjir Pasar", "btl", "inactive"),
    ("Marabahan Kota", "Marabahan", "btl", ""),
]


def kim_id(village):
    return "kim-" + village.lower().replace(" ", "-")


KIM = {kim_id(v): dict(id=kim_id(v), name="KIM " + v, village=v, district=d, reg=r, role=role) for v, d, r, role in KIMS}
BY_REG = {r: [k for k in KIM.values() if k["reg"] == r] for r in REGION}
REGULAR = [k for k in KIM.values() if not k["role"]]
SPECIAL = [k for k in KIM.values() if k["role"] == "special"]
INACTIVE = [k for k in KIM.values() if k["role"] == "inactive"]

# ---------------------------------------------------------------- sources and their URL habits
SOURCES = {
    "disdag-kalsel": ("disperindag.kalselprov.go.id", "wp-day", "Disperindag Kalsel"),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp-day", "Diskominfo Kalsel"),
    "kemenag-kalsel": ("kalsel.kemenag.go.id", "num-berita", "Kanwil Kemenag Kalsel"),
    "pemprov-kalsel": ("kalselprov.go.id", "berita-slug", "Pemprov Kalsel"),
    "bbpom-banjarmasin": ("banjarmasin.pom.go.id", "siaran", "BBPOM di Banjarmasin"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "ym-html", "Pemkot Banjarmasin"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp-day", "Pemkot Banjarbaru"),
    "pemkab-banjar": ("banjarkab.go.id", "wp-month", "Pemkab Banjar"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita-slug", "Pemkab Tanah Laut"),
    "pemkab-tapin": ("tapinkab.go.id", "kabar-num", "Pemkab Tapin"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "news-num", "Pemkab HSS"),
    "pemkab-hst": ("hstkab.go.id", "artikel-date", "Pemkab HST"),
    "pemkab-hsu": ("hulusungaiutarakab.go.id", "indexphp", "Pemkab HSU"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "Pemkab Balangan"),
    "pemkab-tabalong": ("tabalongkab.go.id", "p-num", "Pemkab Tabalong"),
    "pemkab-tanah-bumbu": ("tanahbumbukab.go.id", "wp-day", "Pemkab Tanah Bumbu"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "berita-num", "Pemkab Kotabaru"),
    "pemkab-batola": ("baritokualakab.go.id", "warta", "Pemkab Barito Kuala"),
}
WP = {"wp-day", "wp-month"}
STOP = {"di", "dan", "ke", "dari", "yang", "untuk", "lewat", "kini", "jadi", "pakai", "bisa", "ini", "cuma", "mulai"}


def slugify(title, words=9):
    w = re.sub(r"[^a-z0-9 ]", " ", title.lower().replace(",", "")).split()
    w = [x for x in w if x not in STOP][:words]
    return "-".join(w)


def ann_url(a, dt):
    host, habit, _ = SOURCES[a["src"]]
    slug = slugify(a["title"])
    num = 20000 + int(a["id"][1:]) * 37 + dt.day * 3
    base = "https://" + host
    return {
        "wp-day": f"{base}/{dt:%Y/%m/%d}/{slug}/",
        "wp-month": f"{base}/{dt:%Y/%m}/{slug}/",
        "num-berita": f"{base}/berita/{num}/{slug}",
        "berita-slug": f"{base}/berita/{slug}",
        "siaran": f"{base}/siaran-pers/{slug}",
        "ym-html": f"{base}/{dt:%Y/%m}/{slug}.html",
        "kabar-num": f"{base}/kabar-daerah/{slug}-{num % 9000}",
        "news-num": f"{base}/news/{num}/{slug}",
        "artikel-date": f"{base}/artikel/{dt:%Y-%m-%d}-{slug}",
        "indexphp": f"{base}/index.php/berita/{slug}",
        "detail": f"{base}/berita/detail/{slug}",
        "p-num": f"{base}/p/{num}/{slug}",
        "berita-num": f"{base}/berita/{num}/{slug}",
        "warta": f"{base}/warta/{slug}",
    }[habit]


# ---------------------------------------------------------------- announcements
ANNS = anns_a.ANNS + anns_b.ANNS + anns_c.ANNS + anns_d.ANNS
for a in ANNS:
    a["dt"] = datetime.strptime(a["pub"], "%Y-%m-%d %H:%M")
    a["url"] = ann_url(a, a["dt"])
A = {a["id"]: a for a in ANNS}


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + WITA


def paras(a):
    return a["text"].split("\n\n")


def tagless(text):
    return re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text)


# ---------------------------------------------------------------- post URLs (per KIM channel)
def rid(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def handle(k):
    return "kim." + k["village"].lower().replace(" ", "")


def post_url(k, platform, dt, title):
    if platform == "facebook":
        return f"https://www.facebook.com/{handle(k)}/posts/pfbid0{rid(28)}"
    if platform == "telegram":
        return f"https://t.me/{handle(k).replace('.', '_')}/{rng.randint(120, 2400)}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{rid(11)}/"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={rid(11)}"
    host = "kim" + k["village"].lower().replace(" ", "") + ".web.id"
    return f"https://{host}/{dt:%Y/%m/%d}/{slugify(title, 7)}/"


URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def links_of(title, text):
    return [u.rstrip(".,;:!?") for u in URL_RE.findall(title + "\n" + text)]


# ---------------------------------------------------------------- timing
def clamp(dt):
    if dt > LAST:
        dt = LAST - timedelta(minutes=rng.randint(0, 600))
    if dt < FIRST:
        dt = FIRST + timedelta(minutes=rng.randint(0, 600))
    return dt


def gold_time(pubs, kind="any"):
    """A time 10 min – 20 days after the latest of ``pubs`` (and not after LAST)."""
    base = max(pubs)
    r = rng.random()
    if r < 0.38:
        d = timedelta(minutes=rng.randint(14, 12 * 60))
    elif r < 0.75:
        d = timedelta(minutes=rng.randint(12 * 60, 3 * 24 * 60))
    else:
        d = timedelta(minutes=rng.randint(3 * 24 * 60, 12 * 24 * 60))
    dt = base + d + timedelta(seconds=rng.randint(0, 59))
    if dt > LAST:
        room = int((LAST - base).total_seconds() // 60)
        dt = base + timedelta(minutes=rng.randint(12, max(13, room)), seconds=rng.randint(0, 59))
    return dt


def offset_time(base, days, before=False):
    dt = base + timedelta(days=days) + timedelta(minutes=rng.randint(-50, 50), seconds=rng.randint(0, 59))
    if before:
        dt = min(dt, base - timedelta(hours=2, minutes=rng.randint(0, 90)))
    else:
        dt = max(dt, base + timedelta(hours=1, minutes=rng.randint(0, 50)))
    return clamp(dt)


# ---------------------------------------------------------------- KIM choice
USE = {k: 0 for k in KIM}


def pick(cands):
    m = min(USE[k["id"]] for k in cands)
    low = [k for k in cands if USE[k["id"]] <= m + 1]
    k = rng.choice(low)
    USE[k["id"]] += 1
    return k


def gold_kim(a):
    cands = [k for k in REGULAR if k["reg"] == a["reg"]] if a["reg"] else REGULAR
    return pick(cands)


def neg_kim(reg, inactive_bias=0.55):
    if reg is None:
        return pick(list(KIM.values()))
    inact = [k for k in BY_REG[reg] if k["role"] == "inactive"]
    if inact and rng.random() < inactive_bias:
        return pick(inact)
    return pick(BY_REG[reg])


# ---------------------------------------------------------------- text habits
def swap_typo(text, n):
    words = [m for m in re.finditer(r"\b[a-z]{6,}\b", text)]
    for m in rng.sample(words, min(n, len(words))):
        w = m.group(0)
        i = rng.randint(1, len(w) - 3)
        t = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        text = text[:m.start()] + t + text[m.end():]
    return text


HABITS = ["dash", "quotes", "typo", "collapse", "notag", "abbr"]


def apply_habits(text, ops):
    for op in ops:
        if op == "dash":
            text = text.replace("\u2013", "-")
        elif op == "quotes":
            text = text.replace("\u201c", '"').replace("\u201d", '"')
        elif op == "typo":
            text = swap_typo(text, rng.randint(1, 3))
        elif op == "collapse":
            text = text.replace("\n\n", " ")
        elif op == "notag":
            text = tagless(text)
        elif op == "abbr":
            text = re.sub(r"\byang\b", "yg", text)
            text = re.sub(r"\bdengan\b", "dgn", text)
            text = re.sub(r"\buntuk\b", "utk", text)
    return text


def hashtags(a, k, n):
    low = (a["title"] + " " + a["text"]).lower()
    if "halal" in low:
        topic = ["#Halal", "#SertifikatHalal", "#UMKMHalal"]
    elif re.search(r"tera|timbang|meter|nozel|takar|literan", low):
        topic = ["#Metrologi", "#TeraUlang", "#TertibUkur"]
    else:
        topic = ["#PerlindunganKonsumen", "#KonsumenCerdas", "#CekKLIK"]
    base = ["#KIM" + k["village"].replace(" ", ""), "#" + KAB_SHORT[k["reg"]].replace(" ", ""), *topic, "#InfoPublik",
            "#Kalsel", "#KalimantanSelatan", "#InfoWarga", "#Banua", "#BeritaDaerah", "#SobatKIM", "#KIMKalsel",
            "#WargaTahu"]
    rest = base[3:]
    rng.shuffle(rest)
    return " ".join(base[:3] + rest[:max(0, n - 3)])


FWD_HEAD = ["*BERITA PENTING*", "\U0001F4E2 *INFO RESMI* \U0001F4E2", "*MOHON DISEBARKAN*", "*INFO KONSUMEN*"]
FWD_FOOT = ["_Diteruskan dari grup Info Warga {v}_", "Forward dari grup sebelah \U0001F447", "_Semoga bermanfaat_",
            "_Diteruskan dari grup Pedagang Pasar {v}_"]
GREET = ["Assalamualaikum warga {v} \U0001F64F Berikut kami bagikan informasi resmi hari ini.",
         "Selamat pagi sobat KIM {v}! Ada kabar dari pemerintah daerah, silakan dibaca.",
         "Salam sehat dangsanak. Kami teruskan rilis berikut untuk diketahui bersama.",
         "Bismillah, informasi untuk warga {v} dan sekitarnya:"]
SALAM = ["Salam KIM {v}.", "Salam informasi, KIM {v}.", "Admin KIM {v}", "— KIM {v}, menyampaikan informasi."]


# ---------------------------------------------------------------- generated posts: copy, excerpt, link
POSTS = []


def add(kim, platform, dt, title, text, style, gold, key, extra_links=(), **meta):
    links = links_of(title, text)
    for u in extra_links:
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim["id"], platform=platform, dt=dt, title=title, text=text, links=links,
                      style=style, gold=list(gold), key=key, meta=meta))


def copy_post(a, shape, k):
    ops = sorted(rng.sample(HABITS, rng.randint(0, 3)), key=HABITS.index)
    body = apply_habits(a["text"], ops)
    v = k["village"]
    title, platform = "", "facebook"
    if shape == "wa":
        platform = rng.choice(["facebook", "telegram"])
        text = f"{rng.choice(FWD_HEAD)}\n\n*{a['title']}*\n\n{body}\n\n{rng.choice(FWD_FOOT).format(v=v)}"
    elif shape == "web":
        platform = "website"
        title = a["title"]
        src = rng.choice(["url", "bare", "name"])
        host, _, name = SOURCES[a["src"]]
        tail = {"url": "Sumber: " + a["url"], "bare": "Sumber: " + host, "name": "Sumber: " + name}[src]
        text = f"Oleh Admin KIM {v} \u00b7 {rng.randint(0, 6)} Komentar\n\n{body}\n\n{tail}"
    elif shape == "fbgreet":
        text = f"{rng.choice(GREET).format(v=v)}\n\n{body}\n\n{rng.choice(SALAM).format(v=v)}"
    elif shape == "tgfwd":
        platform = "telegram"
        text = f"Forwarded from Info {KAB_SHORT[k['reg']] if a['reg'] else 'Kalsel'}\n{a['title'].upper()}\n\n{body}"
    else:  # ig
        platform = "instagram"
        text = f"\U0001F4CC {a['title']}\n\n{body}\n\n{hashtags(a, k, rng.randint(4, 6))}"
    return platform, title, text, ops


def cut_words(s, lo, hi):
    n = rng.randint(lo, hi)
    cut = s[:n]
    cut = cut[:cut.rfind(" ")]
    return cut.rstrip(",;:– ")


INTRO = ["Info penting buat warga, dibaca sampai habis ya:", "Kabar terbaru dari pemerintah daerah \U0001F447",
         "Untuk diketahui bersama, dangsanak:", "Berita hari ini yang perlu warga tahu:"]
OUTRO = ["Semoga bermanfaat.", "Silakan dibagikan ke keluarga.", "Mari jadi konsumen cerdas.", "Tetap waspada dan teliti."]


def excerpt_post(a, shape, k):
    p = paras(a)
    title, platform = "", "facebook"
    if shape == "tgtrunc":
        platform = "telegram"
        text = f"{a['title']}\n\n{cut_words(p[0], 150, 220)}\u2026"
    elif shape == "fbmore":
        text = f"{p[0]}\n\n{cut_words(p[1], 60, 110)}... Lihat selengkapnya"
    elif shape == "igl":
        platform = "instagram"
        text = f"{p[0]}\n\n{hashtags(a, k, rng.randint(5, 8))}"
    elif shape == "yt":
        platform = "youtube"
        title = "VIDEO | " + a["title"]
        text = f"{p[0]}\n\n00:00 Pembuka\n00:{rng.randint(20, 50)} Keterangan petugas\n01:{rng.randint(10, 55)} Wawancara\n0{rng.randint(2, 4)}:{rng.randint(10, 59)} Penutup"
    elif shape == "quote":
        platform = "website"
        title = "Kutipan Pekan Ini: " + a["title"]
        text = f"Kutipan pekan ini:\n\n{p[1]}\n\n(dari rilis {SOURCES[a['src']][2]})"
    else:  # fbintro
        text = f"{rng.choice(INTRO)}\n\n{p[0]}\n\n{p[1]}\n\n{rng.choice(OUTRO)}"
    return platform, title, text


COMMENTS = ["Info penting, silakan dibaca.", "Mohon dibaca sampai tuntas ya dangsanak.", "Bagikan ke grup keluarga.",
            "Ini beritanya, lengkap.", "Buat yang kemarin bertanya, ini jawabannya.", "Simak berita berikut.",
            "Penting untuk pedagang dan pembeli.", "Baca dulu sebelum komentar ya \U0001F64F"]
FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utm+fbclid", "http+m", "bare-www"]


def url_form(a, form):
    u = a["url"]
    host = SOURCES[a["src"]][0]
    if form == "http":
        return u.replace("https://", "http://")
    if form == "www":
        return u.replace("https://", "https://www.")
    if form == "m":
        return u.replace("https://", "https://m.")
    if form == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if form == "amp":
        return u + "amp/"
    if form == "utm":
        return u + "?utm_source=" + rng.choice(["whatsapp", "facebook", "telegram"]) + "&utm_medium=social"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + rid(24)
    if form == "utm+fbclid":
        return u + "?utm_source=facebook&fbclid=IwAR" + rid(20)
    if form == "http+m":
        return u.replace("https://", "http://m.")
    if form == "bare-www":
        return u.replace("https://", "www.")
    assert host in u
    return u


def link_post(a, shape, k, form):
    u = url_form(a, form)
    title, platform, extra_links = "", "facebook", []
    if shape == "fbshare":
        text = f"{rng.choice(COMMENTS)}\n\n{SOURCES[a['src']][0].upper()}\n{a['title']}"
        extra_links = [u]
    elif shape == "fbcomment":
        text = f"{rng.choice(COMMENTS)} {u}"
    elif shape == "tgnews":
        platform = "telegram"
        text = f"\U0001F4F0 {a['title']}\n{u}"
    elif shape == "ytlink":
        platform = "youtube"
        title = a["title"] + " | Kabar KIM " + k["village"]
        text = f"Rangkuman singkat berita pemerintah daerah.\n\nBerita lengkap: {u}"
    else:  # webread
        platform = "website"
        title = a["title"]
        first = paras(a)[0].split(". ")[0] + "."
        text = f"{first}\n\nBaca selengkapnya: {u}"
    return platform, title, text, extra_links


def generated():
    order = [a["id"] for a in ANNS]
    rng.shuffle(order)
    cyc = iter(order * 4)
    plan = ([("copy", s) for s in ["wa", "web", "fbgreet", "tgfwd", "ig"] for _ in range(6)]
            + [("excerpt", s) for s, n in [("tgtrunc", 6), ("fbmore", 6), ("igl", 6), ("yt", 5), ("quote", 5), ("fbintro", 6)] for _ in range(n)]
            + [("link", s) for s, n in [("fbshare", 8), ("fbcomment", 7), ("tgnews", 7), ("ytlink", 7), ("webread", 7)] for _ in range(n)])
    forms = (FORMS * 4)[:36]
    rng.shuffle(forms)
    fi = 0
    wp_order = [a["id"] for a in ANNS if SOURCES[a["src"]][1] in WP]
    rng.shuffle(wp_order)
    for style, shape in plan:
        a = A[next(cyc)]
        if style == "link" and forms[fi] == "amp" and SOURCES[a["src"]][1] not in WP:
            a = A[wp_order.pop()]
        k = gold_kim(a)
        dt = gold_time([a["dt"]])
        if style == "copy":
            platform, title, text, ops = copy_post(a, shape, k)
            add(k, platform, dt, title, text, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shape, ops=ops)
        elif style == "excerpt":
            platform, title, text = excerpt_post(a, shape, k)
            add(k, platform, dt, title, text, "excerpt", [a["id"]], f"auto:excerpt:{a['id']}", shape=shape)
        else:
            form = forms[fi]
            fi += 1
            platform, title, text, xl = link_post(a, shape, k, form)
            add(k, platform, dt, title, text, "link", [a["id"]], f"auto:link:{a['id']}", extra_links=xl, shape=shape, form=form)


# ---------------------------------------------------------------- hand-written positives
def first_title(text, n=9):
    s = re.split(r"(?<=[.!?])\s", text.strip())[0]
    w = s.split()[:n]
    t = " ".join(w).rstrip(".,:;!?")
    return t[0].upper() + t[1:]


def summaries():
    for a in ANNS:
        k = gold_kim(a)
        r = rng.random()
        s = a["s"]
        if r < 0.4:
            platform, text = "facebook", rng.choice(["", "INFO | ", "\u2139\ufe0f "]) + s
        elif r < 0.6:
            platform, text = "telegram", s
        elif r < 0.8:
            platform, text = "instagram", s + "\n\n" + hashtags(a, k, 3)
        else:
            platform, text = "facebook", f"*INFO*\n{s}\n_Mohon disebarkan_"
        add(k, platform, gold_time([a["dt"]]), "", text, "summary", [a["id"]], f"anns:{a['id']}:S", shape="short-" + platform)
        if a.get("l"):
            k = gold_kim(a)
            lt, lx = a["l"]
            shape = rng.choice(["facebook", "website", "youtube", "instagram"])
            title = ""
            if shape == "facebook":
                text = f"{lt.upper()}\n\n{lx}"
            elif shape == "website":
                title, text = lt, lx
            elif shape == "youtube":
                title = "Liputan: " + lt
                text = f"{lx}\n\n00:00 Pengantar\n00:{rng.randint(30, 59)} Fakta utama\n02:{rng.randint(10, 59)} Pesan untuk warga"
            else:
                text = f"{lt}\n\n{lx}\n\n{hashtags(a, k, 12)}"
            add(k, shape, gold_time([a["dt"]]), title, text, "summary", [a["id"]], f"anns:{a['id']}:L", shape="long-" + shape)


def paraphrases():
    for a in ANNS:
        spec = [k for k in SPECIAL if k["reg"] == a["reg"]] if a["reg"] else SPECIAL
        if spec and rng.random() < (0.75 if a["reg"] else 0.35):
            k = pick(spec)
        else:
            k = gold_kim(a)
        platform = rng.choice(["facebook"] * 5 + ["instagram"] * 3 + ["telegram"] * 2)
        add(k, platform, gold_time([a["dt"]]), "", a["p"], "paraphrase", [a["id"]], f"anns:{a['id']}:P", shape="banjar")
    for aid, text in extra.P2:
        a = A[aid]
        k = gold_kim(a)
        add(k, rng.choice(["facebook", "instagram"]), gold_time([a["dt"]]), "", text, "paraphrase", [aid],
            f"extra:P2:{aid}", shape="casual")


# ---------------------------------------------------------------- round-ups
LAYOUTS = ["oneline", "bullets", "numbered", "prose", "ytchap", "pekan"]


def item_text(a, how):
    if how == "title":
        return a["title"]
    if how == "lower":
        return a["title"][0] + a["title"][1:].lower()
    return re.split(r"(?<=[.!?])\s", a["s"])[0].rstrip(".")


def roundups():
    sizes = [3] * 8 + [2] * 18
    rng.shuffle(sizes)
    layouts = (LAYOUTS * 5)[:26]
    rng.shuffle(layouts)
    locals_ = list(extra.LOCAL)
    rng.shuffle(locals_)
    with_local = set(rng.sample(range(26), 12))
    owners = [k for k in SPECIAL for _ in range(2)]
    used = set()
    for i, (n, lay) in enumerate(zip(sizes, layouts)):
        while True:
            day = datetime(2026, 11, 5) + timedelta(hours=rng.randint(0, 30 * 24))
            cands = [a for a in ANNS if timedelta(hours=2) <= day - a["dt"] <= timedelta(days=10)]
            if len(cands) >= n:
                chosen = sorted(rng.sample(cands, n), key=lambda a: a["dt"])
                sig = tuple(a["id"] for a in chosen)
                if sig not in used:
                    used.add(sig)
                    break
        k = owners[i] if i < len(owners) else pick(REGULAR)
        if i < len(owners):
            USE[k["id"]] += 1
        how = rng.choice(["title", "lower", "first"])
        items = [item_text(a, how) for a in chosen]
        local = locals_.pop() if i in with_local else None
        if local:
            items.insert(rng.randint(0, len(items)), local.rstrip("."))
        title, platform = "", "facebook"
        if lay == "oneline":
            text = "KILAS KONSUMEN | " + " | ".join(items) + " |"
        elif lay == "bullets":
            text = "Rangkuman berita pekan ini:\n" + "\n".join("\u2022 " + x for x in items)
        elif lay == "numbered":
            platform = "telegram"
            text = "Berita pilihan KIM " + k["village"] + ":\n" + "\n".join(f"{j + 1}. {x}" for j, x in enumerate(items))
        elif lay == "prose":
            platform = "website"
            title = "Sepekan di Banua: Catatan KIM " + k["village"]
            text = "Beberapa kabar sepekan terakhir. " + " Selain itu, ".join(x[0].upper() + x[1:] + "." for x in items)
        elif lay == "ytchap":
            platform = "youtube"
            title = "Kabar Sepekan KIM " + k["village"] + f" | {day:%d/%m}"
            text = "Daftar isi:\n" + "\n".join(f"0{j}:{rng.randint(10, 59)} {x}" for j, x in enumerate(items))
        else:
            text = "\U0001F6D2 RANGKUMAN PEKAN INI \u2705\n\n" + "\n".join("\u25b6 " + x for x in items)
        dt = day + timedelta(minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        add(k, platform, dt, title, text, "roundup", [a["id"] for a in chosen], f"auto:roundup:{i + 1}",
            shape=lay, local=local)


# ---------------------------------------------------------------- negatives
NEG_SHAPES = ["fb"] * 62 + ["fwd"] * 10 + ["tg"] * 10 + ["ig"] * 8 + ["web"] * 6 + ["yt"] * 4


def shape_negative(text, k, platform):
    shape = platform or rng.choice(NEG_SHAPES)
    title = ""
    if shape in ("fb", "facebook"):
        return "facebook", "", text, "fb"
    if shape == "fwd":
        return "facebook", "", f"*INFO WARGA*\n\n{text}\n\n_Diteruskan dari grup Warga {k['village']}_", "fwd"
    if shape in ("tg", "telegram"):
        return "telegram", "", text, "tg"
    if shape in ("ig", "instagram"):
        return "instagram", "", text + "\n\n#KIM" + k["village"].replace(" ", "") + " #InfoWarga #" + KAB_SHORT[k["reg"]].replace(" ", ""), "ig"
    if shape in ("web", "website"):
        return "website", first_title(text), text, "web"
    return "youtube", first_title(text) + " | KIM " + k["village"], text + "\n\n00:00 Suasana\n01:20 Keterangan warga", "yt"


def negatives():
    for a in ANNS:
        for i, (text, differs, off, reg, platform) in enumerate(a["n"]):
            reg = reg if reg is not None or a["reg"] is None else a["reg"]
            k = neg_kim(reg)
            pl, title, body, shape = shape_negative(text, k, platform)
            add(k, pl, offset_time(a["dt"], off), title, body, "negative-topic", [], f"anns:{a['id']}:N{i + 1}",
                shape=shape, imitates=[a["id"]], differs=differs)
        for i, (text, differs, off) in enumerate(a["b"]):
            k = neg_kim(a["reg"], 0.6)
            pl, title, body, shape = shape_negative(text, k, None if rng.random() < 0.8 else "fb")
            add(k, pl, offset_time(a["dt"], off, before=True), title, body, "before", [], f"anns:{a['id']}:B{i + 1}",
                shape=shape, imitates=[a["id"]], differs=differs)
    for i, (text, aid, differs, off, reg, platform) in enumerate(extra.N2):
        k = neg_kim(reg)
        pl, title, body, shape = shape_negative(text, k, platform or "fb")
        add(k, pl, offset_time(A[aid]["dt"], off), title, body, "negative-topic", [], f"extra:N2[{i}]",
            shape=shape, imitates=[aid], differs=differs)
    for i, (text, aid, differs, off, reg) in enumerate(extra.B2):
        k = neg_kim(reg, 0.6)
        pl, title, body, shape = shape_negative(text, k, "fb")
        add(k, pl, offset_time(A[aid]["dt"], off, before=True), title, body, "before", [], f"extra:B2[{i}]",
            shape=shape, imitates=[aid], differs=differs)
    for i, (text, reg, day, platform, title) in enumerate(extra.U):
        k = neg_kim(reg, 0.3)
        dt = datetime.strptime("2026-" + day, "%Y-%m-%d") + timedelta(minutes=rng.randint(6 * 60, 21 * 60), seconds=rng.randint(0, 59))
        pl = platform or rng.choice(["facebook"] * 6 + ["telegram"] * 2 + ["instagram"])
        add(k, pl, clamp(dt), title or "", text, "negative-unrelated", [], f"extra:U[{i}]", shape=pl)


# ---------------------------------------------------------------- write
def main():
    generated()
    summaries()
    paraphrases()
    roundups()
    negatives()
    POSTS.sort(key=lambda p: (p["dt"], p["key"]))
    ids = [f"h58-p{i:03d}" for i in range(1, len(POSTS) + 1)]
    rng.shuffle(ids)
    for p, i in zip(POSTS, ids):
        p["id"] = i
        p["url"] = post_url(KIM[p["kim"]], p["platform"], p["dt"], p["title"] or p["text"][:60])
    with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
        for a in ANNS:
            f.write(json.dumps({"id": "h58-" + a["id"], "source": a["src"], "url": a["url"], "title": a["title"],
                                "text": a["text"], "published_at": iso(a["dt"])}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
        f.write("kims:\n")
        for k in KIM.values():
            f.write(f"- id: {k['id']}\n  name: {k['name']}\n  region: {REGION[k['reg']]}\n  district: {k['district']}\n  village: {k['village']}\n")
    keymap = {}
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, \
            open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for p in POSTS:
            fp.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"],
                                 "title": p["title"], "text": p["text"], "published_at": iso(p["dt"]),
                                 "links": p["links"]}, ensure_ascii=False) + "\n")
            gold = ["h58-" + g for g in p["gold"]]
            fl.write(json.dumps({"post": p["id"], "announcements": gold, "style": p["style"]}, ensure_ascii=False) + "\n")
            entry = {"key": p["key"], "style": p["style"], "gold": gold}
            for m, v in p["meta"].items():
                if v is None or v == []:
                    continue
                entry[m] = ["h58-" + x for x in v] if m == "imitates" else v
            keymap[p["id"]] = entry
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(ANNS)} announcements, {len(KIM)} KIMs, {len(POSTS)} posts")


if __name__ == "__main__":
    main()
