#!/usr/bin/env python3
"""heldout36 generator: writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl, keymap.json.

Deterministic (seed 3620261207): two runs give byte-identical files. Hand-written texts are in
anns.py and extra.py; this script only places them on KIMs and platforms, derives the copy,
excerpt and link posts from the releases and assembles the round-ups.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

from anns import ANNS
from extra import B2, LOCAL, N2, P2, U

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 3620261207
W = timezone(timedelta(hours=8))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
START = datetime(2026, 10, 25, 6, 30, tzinfo=W)
END = datetime(2026, 12, 5, 21, 30, tzinfo=W)

# ------------------------------------------------------------------ KIMs
KIMS = [  # id, region, district, village, role
    ("kim-sungai-miai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Miai", "n"),
    ("kim-pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya", "n"),
    ("kim-basirih", "Kota Banjarmasin", "Banjarmasin Barat", "Basirih", "n"),
    ("kim-mantuil", "Kota Banjarmasin", "Banjarmasin Selatan", "Mantuil", "i"),
    ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis", "n"),
    ("kim-loktabat-utara", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara", "n"),
    ("kim-sungai-ulin", "Kota Banjarbaru", "Banjarbaru Utara", "Sungai Ulin", "s"),
    ("kim-sungai-tabuk-kota", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Tabuk Kota", "n"),
    ("kim-astambul-kota", "Kabupaten Banjar", "Astambul", "Astambul Kota", "n"),
    ("kim-mataraman", "Kabupaten Banjar", "Mataraman", "Mataraman", "n"),
    ("kim-bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati", "n"),
    ("kim-kurau", "Kabupaten Tanah Laut", "Kurau", "Kurau", "i"),
    ("kim-batakan", "Kabupaten Tanah Laut", "Panyipatan", "Batakan", "n"),
    ("kim-stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen", "n"),
    ("kim-serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga", "n"),
    ("kim-tarjun", "Kabupaten Kotabaru", "Kelumpang Hilir", "Tarjun", "i"),
    ("kim-batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin", "n"),
    ("kim-pagatan-besar", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pagatan Besar", "n"),
    ("kim-sebamban-baru", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sebamban Baru", "n"),
    ("kim-rantau-kiwa", "Kabupaten Tapin", "Tapin Utara", "Rantau Kiwa", "n"),
    ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang", "n"),
    ("kim-bakarangan", "Kabupaten Tapin", "Bakarangan", "Bakarangan", "i"),
    ("kim-kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota", "n"),
    ("kim-angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang", "s"),
    ("kim-telaga-langsat", "Kabupaten Hulu Sungai Selatan", "Telaga Langsat", "Telaga Langsat", "n"),
    ("kim-barabai-timur", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Timur", "n"),
    ("kim-pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan", "n"),
    ("kim-haruyan", "Kabupaten Hulu Sungai Tengah", "Haruyan", "Haruyan", "i"),
    ("kim-alabio", "Kabupaten Hulu Sungai Utara", "Sungai Pandan", "Alabio", "n"),
    ("kim-babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik", "n"),
    ("kim-palampitan-hulu", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Palampitan Hulu", "n"),
    ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota", "n"),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong", "s"),
    ("kim-awayan", "Kabupaten Balangan", "Awayan", "Awayan", "n"),
    ("kim-tanjung", "Kabupaten Tabalong", "Tanjung", "Tanjung", "n"),
    ("kim-pulau-kelua", "Kabupaten Tabalong", "Kelua", "Pulau", "n"),
    ("kim-tanta", "Kabupaten Tabalong", "Tanta", "Tanta", "i"),
    ("kim-marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", "n"),
    ("kim-anjir-pasar-kota", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota", "n"),
    ("kim-berangas", "Kabupaten Barito Kuala", "Alalak", "Berangas", "s"),
]
KIM = {k[0]: dict(id=k[0], region=k[1], district=k[2], village=k[3], role=k[4]) for k in KIMS}
NORMAL = [k for k in KIM if KIM[k]["role"] == "n"]
SPECIAL = [k for k in KIM if KIM[k]["role"] == "s"]
INACTIVE = [k for k in KIM if KIM[k]["role"] == "i"]

# ------------------------------------------------------------------ sources
SRC = {  # id: (region or None, host, url kind, site name)
    "bapenda-kalsel": (None, "bapenda.kalselprov.go.id", "wp", "Bapenda Kalsel"),
    "dpmd-kalsel": (None, "dpmd.kalselprov.go.id", "berita", "DPMD Provinsi Kalsel"),
    "pemprov-kalsel": (None, "kalselprov.go.id", "berita", "Pemprov Kalsel"),
    "dispersip-kalsel": (None, "dispersip.kalselprov.go.id", "wp", "Dispersip Kalsel"),
    "disbun-kalsel": (None, "disbunnak.kalselprov.go.id", "read", "Disbunnak Kalsel"),
    "disperindag-kalsel": (None, "disperindag.kalselprov.go.id", "wp", "Disperindag Kalsel"),
    "pemkot-banjarmasin": ("Kota Banjarmasin", "banjarmasinkota.go.id", "berita", "Pemko Banjarmasin"),
    "pemkot-banjarbaru": ("Kota Banjarbaru", "banjarbarukota.go.id", "wp", "Pemko Banjarbaru"),
    "pemkab-banjar": ("Kabupaten Banjar", "banjarkab.go.id", "detailnum", "Pemkab Banjar"),
    "pemkab-tanah-laut": ("Kabupaten Tanah Laut", "tanahlautkab.go.id", "berita", "Pemkab Tanah Laut"),
    "pemkab-kotabaru": ("Kabupaten Kotabaru", "kotabarukab.go.id", "num", "Pemkab Kotabaru"),
    "pemkab-tanah-bumbu": ("Kabupaten Tanah Bumbu", "tanahbumbukab.go.id", "berita", "Pemkab Tanah Bumbu"),
    "pemkab-tapin": ("Kabupaten Tapin", "tapinkab.go.id", "detail", "Pemkab Tapin"),
    "pemkab-hss": ("Kabupaten Hulu Sungai Selatan", "hulusungaiselatankab.go.id", "berita", "Pemkab HSS"),
    "pemkab-hst": ("Kabupaten Hulu Sungai Tengah", "hstkab.go.id", "wp", "Pemkab HST"),
    "pemkab-hsu": ("Kabupaten Hulu Sungai Utara", "hulusungaiutarakab.go.id", "berita", "Pemkab HSU"),
    "pemkab-balangan": ("Kabupaten Balangan", "balangankab.go.id", "detail", "Pemkab Balangan"),
    "pemkab-tabalong": ("Kabupaten Tabalong", "tabalongkab.go.id", "berita", "Pemkab Tabalong"),
    "pemkab-batola": ("Kabupaten Barito Kuala", "baritokualakab.go.id", "berita", "Pemkab Batola"),
}

rng = random.Random(SEED)


def slug(s, n=9):
    w = re.sub(r"[^a-z0-9 ]", "", s.lower().replace("-", " ")).split()
    return "-".join(w[:n])


def make_url(src, title, at, num):
    _, host, kind, _ = SRC[src]
    sl = slug(title)
    if kind == "wp":
        return f"https://{host}/{at:%Y/%m/%d}/{sl}/"
    if kind == "berita":
        return f"https://{host}/berita/{sl}"
    if kind == "read":
        return f"https://{host}/berita/read/{sl}"
    if kind == "detail":
        return f"https://{host}/berita/detail/{sl}"
    if kind == "detailnum":
        return f"https://{host}/berita/detail/{num}/{sl}"
    return f"https://{host}/berita/{num}/{sl}"


def dayname(m):
    d = m.group(1)
    day, mon = (d.split(".") + ["11"])[:2]
    dt = datetime(2026, int(mon), int(day))
    return f"{HARI[dt.weekday()]} ({int(day)}/{int(mon)}/2026)"


# ------------------------------------------------------------------ announcements
A = {}
for i, a in enumerate(ANNS):
    at = datetime.strptime("2026-" + a["at"], "%Y-%m-%d %H:%M").replace(tzinfo=W)
    text = re.sub(r"\[\[([0-9.]+)\]\]", dayname, a["text"])
    aid = "h36-" + a["id"]
    A[aid] = dict(a, aid=aid, at=at, text=text, url=make_url(a["src"], a["title"], at, 8800 + 37 * i),
                  region=SRC[a["src"]][0], site=SRC[a["src"]][3])
AIDS = list(A)

# ------------------------------------------------------------------ helpers for posts
POSTS = []  # dicts: kim, platform, title, text, at, links, style, gold, key, extra keymap fields


def add(kim, platform, text, at, style, gold, key, title="", links=None, **km):
    if at.hour < 6 and style != "before" and at + timedelta(hours=6) <= END:
        at += timedelta(hours=6)  # admins rarely post between midnight and six
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, at=at, links=links or [],
                      style=style, gold=gold, key=key, km=km))


def clamp(t):
    return max(START, min(END, t))


def gold_time(ann_at, lo=None):
    r = rng.random()
    if r < 0.18:
        d = timedelta(minutes=rng.randint(15, 120))
    elif r < 0.55:
        d = timedelta(minutes=rng.randint(121, 24 * 60))
    elif r < 0.85:
        d = timedelta(minutes=rng.randint(24 * 60, 4 * 24 * 60))
    else:
        d = timedelta(minutes=rng.randint(4 * 24 * 60, 11 * 24 * 60))
    t = ann_at + d + timedelta(seconds=rng.randint(0, 59))
    if t > END:
        t = ann_at + timedelta(minutes=rng.randint(20, max(21, int((END - ann_at).total_seconds() // 60) - 5)))
    return t


def pick_kim(ann, pool=None, home=0.7):
    pool = pool or NORMAL
    reg = ann["region"]
    homes = [k for k in pool if KIM[k]["region"] == reg]
    if homes and rng.random() < home:
        return rng.choice(homes)
    return rng.choice(pool)


TAGS = ["#KIM", "#InfoKalsel", "#KalselBekerja", "#BeritaDesa", "#KalimantanSelatan", "#InfoPublik",
        "#BanuaKita", "#Diskominfo", "#WargaCerdas", "#KIMKalsel", "#BaritoKuala", "#Banjar"]


def hashtags(n, extra=()):
    tags = list(extra) + rng.sample(TAGS, n)
    return " ".join(dict.fromkeys(tags))


def fb_url(kim):
    return f"https://www.facebook.com/{kim.replace('-', '')}/posts/{rng.randint(10**14, 10**15 - 1)}"


# copy habits -------------------------------------------------------------
def typo(t):
    words = [m for m in re.finditer(r"\b[a-z]{6,}\b", t)]
    if not words:
        return t
    m = rng.choice(words)
    w = m.group(0)
    j = rng.randint(1, len(w) - 3)
    w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return t[:m.start()] + w2 + t[m.end():]


def habits(t, kim, k):
    ops = []
    choices = ["dash", "quotes", "typo", "collapse", "droptag", "dateline", "yg"]
    for op in rng.sample(choices, k):
        if op == "dash":
            t = t.replace(" – ", " - ")
        elif op == "quotes":
            t = t.replace("“", '"').replace("”", '"')
        elif op == "typo":
            t = typo(t)
        elif op == "collapse":
            t = t.replace("\n\n", " ")
        elif op == "droptag":
            t = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", t)
        elif op == "dateline":
            t = re.sub(r"^([A-Z]+) – ", lambda m: f"{m.group(1).title()} ({kname(kim)}) - ", t, count=1)
        elif op == "yg":
            t = re.sub(r"\byang\b", "yg", t)
            t = re.sub(r"\bdengan\b", "dgn", t)
            t = re.sub(r"\buntuk\b", "utk", t)
        ops.append(op)
    return t, ops


def kname(kim):
    return "KIM " + KIM[kim]["village"]


# ------------------------------------------------------------------ copy
copy_anns = [a for a in AIDS if a != "h36-a24"]
COPY_SHAPES = ["wa", "web", "fb", "tg", "ig"]
WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "↪️ Diteruskan dari grup Info Kecamatan {d}",
           "Forward dari grup sebelah 👇", "*INFO DARI PEMERINTAH*"]
for i, aid in enumerate(copy_anns):
    a = A[aid]
    kim = pick_kim(a)
    shape = COPY_SHAPES[i % 5]
    text, ops = habits(a["text"], kim, rng.choice([0, 1, 1, 2, 2, 3]))
    t = gold_time(a["at"])
    links, title = [], ""
    if shape == "wa":
        head = rng.choice(WA_HEAD).format(d=KIM[kim]["district"])
        body = f"{head}\n\n*{a['title'].upper() if rng.random() < .5 else a['title']}*\n\n{text}\n\n_Sumber: {a['site']}_"
        plat = rng.choice(["facebook", "telegram"])
    elif shape == "web":
        plat = "website"
        title = a["title"] if rng.random() < .6 else a["title"].replace(",", "") + " | " + kname(kim)
        body = (f"Beranda  Berita  Pengumuman  Galeri  Kontak\n\nOleh Admin {kname(kim)} · {rng.randint(0, 6)} Komentar\n\n"
                f"{text}\n\nSumber: {a['url']}\n\nBaca juga: {rng.choice(LOCAL)}\n\nBagikan: Facebook · WhatsApp · X")
        links = [a["url"]]
    elif shape == "fb":
        plat = "facebook"
        g = rng.choice([f"Assalamualaikum warga {KIM[kim]['village']}, berikut info dari {a['site']}:",
                        f"Info buat dangsanak sabarataan 👇", f"Selamat {rng.choice(['pagi', 'siang', 'sore'])} warga. Kami teruskan:"])
        o = rng.choice(["Semoga bermanfaat, silakan dibagikan 🙏", "Mohon dibagikan ke keluarga.", "#InfoPublik #KIM", "Salam informasi!"])
        body = f"{g}\n\n{text}\n\n{o}"
    elif shape == "tg":
        plat = "telegram"
        body = f"Forwarded from Info {a['region'].replace('Kabupaten ', '').replace('Kota ', '') if a['region'] else 'Kalsel'}\n{a['title'].upper()}\n\n{text}"
    else:
        plat = "instagram"
        body = f"{text}\n\n{hashtags(rng.randint(4, 6))}"
    add(kim, plat, body, t, "copy", [aid], f"auto:copy:{aid[4:]}", title=title, links=links, shape=shape, ops=ops)

# ------------------------------------------------------------------ excerpt
exc_anns = [a for a in AIDS if a != "h36-a03"]
EXC_SHAPES = ["tgtrunc", "fbmore", "iglead", "ytchap", "webquote", "fbintro", "shortlead"]
special_tg = iter(SPECIAL * 2)
for i, aid in enumerate(exc_anns):
    a = A[aid]
    shape = EXC_SHAPES[i % 7]
    paras = a["text"].split("\n\n")
    lead = paras[0]
    title, links = "", []
    kim = pick_kim(a)
    if shape == "tgtrunc":
        plat = "telegram"
        n = rng.randint(150, 220)
        cut = lead[:n].rsplit(" ", 1)[0].rstrip(",;:")
        body = (a["title"] + "\n\n" if rng.random() < .5 else "") + cut + "…"
        if i in (0, 7, 14, 21):  # four cut previews go to the special KIMs
            kim = next(special_tg)
    elif shape == "fbmore":
        plat = "facebook"
        body = lead[: rng.randint(230, 320)].rsplit(" ", 1)[0] + "... Lihat selengkapnya"
    elif shape == "iglead":
        plat = "instagram"
        body = f"{lead}\n\nInfo lengkap cek link di bio.\n\n{hashtags(rng.randint(3, 5))}"
    elif shape == "ytchap":
        plat = "youtube"
        title = "VIDEO | " + a["title"]
        body = (f"{lead}\n\n00:00 Pembuka\n00:{rng.randint(20, 50)} {a['title'][:44].rsplit(' ', 1)[0]}\n0{rng.randint(1, 2)}:{rng.randint(10, 59)} Wawancara\n"
                f"0{rng.randint(3, 4)}:{rng.randint(10, 59)} Penutup\n\nJangan lupa subscribe channel {kname(kim)}")
    elif shape == "webquote":
        plat = "website"
        title = rng.choice(["Kata Pejabat: ", "Pernyataan: ", ""]) + a["title"]
        body = (f"Beranda  Berita  Profil Desa\n\nOleh Admin {kname(kim)}\n\nBerikut petikan keterangan pejabat terkait kabar ini.\n\n"
                f"{paras[1]}\n\nBagikan: Facebook · WhatsApp")
    elif shape == "fbintro":
        plat = "facebook"
        body = f"{rng.choice(['Kabar terbaru 👇', 'Penting dibaca:', 'Dari ' + a['site'] + ':'])}\n\n{lead}\n\n{rng.choice(['Semoga bermanfaat.', 'Silakan share.', 'Ikuti terus KIM kita.'])}"
    else:
        plat = rng.choice(["facebook", "instagram"])
        words = lead.split()
        body = " ".join(words[: rng.randint(12, 17)]).rstrip(",") + "…"
    add(kim, plat, body, gold_time(a["at"]), "excerpt", [aid], f"auto:excerpt:{aid[4:]}", title=title,
        links=links, shape=shape)

# ------------------------------------------------------------------ link
FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utm+fbclid", "http-m", "www-noscheme"]


def url_form(u, form, wp):
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
        return u + "?utm_source=fb&fbclid=IwZX" + "".join(rng.choice("abcdeXYZ0123456789") for _ in range(18))
    if form == "http-m":
        return u.replace("https://", "http://m.")
    return u.replace("https://", "www.")


LINK_SHAPES = ["fbshare", "fbcomment", "tgtitle", "ytdesc", "webread"]
COMMENTS = ["Info penting, baca ya.", "Silakan disimak warga.", "Ini beritanya sanak.", "Nah ini yg ditanyakan kemarin.",
            "Baca lengkapnya di sini 👇", "Buat yang kemarin nanya.", "Penting!", "Share ke grup RT ya.", "Cek link ini.",
            "Bagus programnya.", "Sumber resmi:", "Mudahan bermanfaat."]
link_anns = AIDS + ["h36-a01", "h36-a10", "h36-a22", "h36-a34"]
for i, aid in enumerate(link_anns):
    a = A[aid]
    shape = LINK_SHAPES[i % 5]
    form = FORMS[i % len(FORMS)]
    u = url_form(a["url"], form, SRC[a["src"]][2] == "wp")
    kim = pick_kim(a)
    title = ""
    c = rng.choice(COMMENTS)
    if shape == "fbshare":
        plat = "facebook"
        body = f"{c}\n\n{a['site'].upper()}\n{a['title']}"
    elif shape == "fbcomment":
        plat = "facebook"
        body = f"{c}\n{u}"
    elif shape == "tgtitle":
        plat = "telegram"
        body = f"{a['title']}\n{u}"
    elif shape == "ytdesc":
        plat = "youtube"
        title = rng.choice(["Info Kalsel: ", "Kabar Banua: ", ""]) + a["title"][:70]
        body = f"Simak beritanya di: {u}\n\nVideo ini dibuat oleh {kname(kim)} untuk berbagi informasi publik."
    else:
        plat = "website"
        title = a["title"]
        body = f"{rng.choice(['Pemerintah menyampaikan kabar ini untuk warga.', 'Kabar singkat dari ' + a['site'] + '.', 'Berikut informasinya.'])}\n\nBaca selengkapnya: {u}"
    add(kim, plat, body, gold_time(a["at"]), "link", [aid], f"auto:link:{aid[4:]}", title=title, links=[u],
        shape=shape, form=form)

# ------------------------------------------------------------------ summaries (hand-written)
for aid in AIDS:
    a = A[aid]
    kim = pick_kim(a)
    plat = rng.choice(["facebook", "facebook", "telegram", "instagram", "wa"])
    body = a["s"]
    if plat == "wa":
        plat = "facebook"
        body = f"*INFO*\n{a['s']}\n_Mohon disebarkan_"
    elif plat == "instagram":
        body = a["s"] + "\n\n" + hashtags(2)
    add(kim, plat, body, gold_time(a["at"]), "summary", [aid], f"anns.py:{aid[4:]}:S", shape="short-" + plat)
    if a["L"]:
        kim = pick_kim(a)
        plat = rng.choice(["facebook", "facebook", "website", "youtube", "instagram"])
        title, body = "", a["L"]
        if plat == "website":
            title = "Kabar " + " ".join(a["s"].split()[:7]).rstrip(",:;")
        elif plat == "youtube":
            title = "Liputan: " + " ".join(a["s"].split()[:8]).rstrip(",:;")
            body = a["L"] + f"\n\n00:00 Pembuka\n00:{rng.randint(15, 59)} Liputan\n02:{rng.randint(10, 59)} Penutup"
        elif plat == "instagram":
            body = a["L"] + "\n\n" + hashtags(11)
        add(kim, plat, body, gold_time(a["at"]), "summary", [aid], f"anns.py:{aid[4:]}:L", title=title,
            shape="long-" + plat)

# ------------------------------------------------------------------ paraphrases
sp_cycle = {k: 0 for k in SPECIAL}
for j, aid in enumerate(AIDS):
    a = A[aid]
    reg_special = [k for k in SPECIAL if KIM[k]["region"] == a["region"]]
    if reg_special:
        kim = reg_special[0]
    elif a["region"] is None and j % 2 == 0:
        kim = SPECIAL[(j // 2) % 4]
    else:
        kim = pick_kim(a)
    plat = rng.choice(["facebook", "facebook", "facebook", "instagram", "telegram"])
    body = a["P"] + ("\n\n#infobanua #kalsel" if plat == "instagram" and "#" not in a["P"] else "")
    add(kim, plat, body, gold_time(a["at"]), "paraphrase", [aid], f"anns.py:{aid[4:]}:P", shape=plat)
for j, (aid, text) in enumerate(P2):
    aid = "h36-" + aid
    kim = pick_kim(A[aid], home=0.5)
    add(kim, rng.choice(["facebook", "telegram"]), text, gold_time(A[aid]["at"]), "paraphrase", [aid], f"extra.py:P2[{j}]",
        shape="short")

# ------------------------------------------------------------------ round-ups
by_time = sorted(AIDS, key=lambda x: A[x]["at"])
RU_LAYOUTS = ["oneline", "bullets", "numbered", "prose", "ytchap", "emoji"]


def item(aid):
    a = A[aid]
    r = rng.random()
    if r < .35:
        return a["title"]
    if r < .55:
        return a["title"][0] + a["title"][1:].lower()
    return a["s"]


ru_kims = SPECIAL * 3 + rng.sample(NORMAL, 14)
used_sets = set()
for r in range(26):
    n = 3 if r % 3 == 0 else 2
    while True:
        anchor = rng.randrange(len(by_time))
        win = [x for x in by_time if timedelta(0) <= A[x]["at"] - A[by_time[anchor]]["at"] <= timedelta(days=7)]
        if len(win) >= n:
            chosen = tuple(sorted(rng.sample(win, n)))
            if chosen not in used_sets:
                used_sets.add(chosen)
                break
    first = min(A[x]["at"] for x in chosen)
    last = max(A[x]["at"] for x in chosen)
    t = last + timedelta(minutes=rng.randint(60, 4 * 24 * 60))
    t = min(t, first + timedelta(days=19), END)
    if t < last + timedelta(minutes=30):
        t = last + timedelta(minutes=30)
    kim = ru_kims[r]
    items = [item(x) for x in chosen]
    locs = rng.sample(LOCAL, rng.choice([0, 1, 1, 2]))
    allit = items + locs
    rng.shuffle(allit)
    lay = RU_LAYOUTS[r % 6]
    title, plat = "", "facebook"
    if lay == "oneline":
        body = "KILAS INFO | " + " | ".join(allit) + " |"
        plat = rng.choice(["facebook", "telegram"])
    elif lay == "bullets":
        body = rng.choice(["Rangkuman info minggu ini:", "Info pekan ini buat warga:", "Ringkasan berita:"]) + "\n" + "\n".join("• " + x for x in allit)
        plat = rng.choice(["facebook", "instagram"])
        if plat == "instagram":
            body += "\n\n" + hashtags(3)
    elif lay == "numbered":
        body = f"Info sepekan dari {kname(kim)}:\n" + "\n".join(f"{k + 1}. {x}" for k, x in enumerate(allit))
        plat = rng.choice(["telegram", "facebook"])
    elif lay == "prose":
        plat = "website"
        title = f"Kabar Pekan Ini di {KIM[kim]['village']}"
        sent = [x.rstrip(".") + "." for x in allit]
        conn = ["Kabar lain: ", "Berikutnya: ", "Juga: "]
        body = "Pekan ini ada beberapa kabar. " + sent[0] + "".join(" " + conn[k % 3] + x for k, x in enumerate(sent[1:])) + " Demikian rangkuman kami."
    elif lay == "ytchap":
        plat = "youtube"
        title = rng.choice(["Rangkuman Berita Kalsel Pekan Ini", "Kabar Banua Sepekan", f"Warta {KIM[kim]['village']} Mingguan"]) + f" #{r + 1}"
        body = "Daftar isi:\n00:00 Pembuka\n" + "\n".join(f"0{k + 1}:{rng.randint(10, 59)} {x}" for k, x in enumerate(allit))
    else:
        body = "🗞️ KABAR SINGKAT ✅\n\n" + "\n\n".join("📌 " + x for x in allit)
        plat = rng.choice(["facebook", "instagram", "telegram"])
    add(kim, plat, body, t, "roundup", list(chosen), f"auto:roundup:{r}", title=title, shape=lay)

# ------------------------------------------------------------------ negatives
NEG_SHAPES = ["fb", "wa", "tg", "ig", "web", "yt"]
negcount = {k: 0 for k in KIM}


def neg_kim(ann, prefer_inactive=True):
    reg = ann["region"]
    cands = [k for k in KIM if KIM[k]["region"] == reg] if reg else list(KIM)
    low = [k for k in cands if k in INACTIVE and negcount[k] < (5 if reg else 4)]
    if prefer_inactive and low:
        return low[0]
    return rng.choice(cands)


def headline(text, n=10):
    first = re.split(r"(?<=[.!?])\s|, ", text)[0].rstrip(".!?")
    w = first.split()
    return " ".join(w[:n]) if len(w) > n else first


def shape_neg(kim, text, i, title_hint=None):
    shape = NEG_SHAPES[i % 6]
    title = ""
    if shape == "fb":
        plat, body = "facebook", text
    elif shape == "wa":
        plat, body = rng.choice(["facebook", "telegram"]), f"*INFO*\n{text}\n_Diteruskan, semoga bermanfaat_"
    elif shape == "tg":
        plat, body = "telegram", text
    elif shape == "ig":
        plat, body = "instagram", text + "\n\n" + hashtags(3)
    elif shape == "web":
        plat = "website"
        title = headline(text)
        body = f"Oleh Admin {kname(kim)}\n\n{text}\n\nBagikan: Facebook · WhatsApp"
    else:
        plat = "youtube"
        title = "Kabar Kampung: " + headline(text, 8)
        body = text + f"\n\nDirekam oleh tim {kname(kim)}."
    return plat, title, body, shape


def neg_time(ann_at, off):
    if off is None or off < -20:
        return START + timedelta(minutes=rng.randint(0, int((END - START).total_seconds() // 60)))
    t = ann_at + timedelta(days=off) + timedelta(minutes=rng.randint(-240, 240))
    if off >= 0 and t < ann_at + timedelta(minutes=30):
        t = ann_at + timedelta(minutes=rng.randint(30, 300))
    return clamp(t)


neg_items = []
for aid in AIDS:
    for k, (text, differs, off) in enumerate(A[aid]["N"]):
        neg_items.append((aid, text, differs, off, f"anns.py:{aid[4:]}:N[{k}]"))
for k, (aid, text, differs, off) in enumerate(N2):
    neg_items.append(("h36-" + aid, text, differs, off, f"extra.py:N2[{k}]"))
neg_items.sort(key=lambda x: A[x[0]]["region"] is None)  # regional first, then provincial
for i, (aid, text, differs, off, key) in enumerate(neg_items):
    a = A[aid]
    kim = neg_kim(a)
    negcount[kim] += 1
    plat, title, body, shape = shape_neg(kim, text, i)
    links = []
    if off is not None and off < -20 and i % 2 == 0:
        trap = f"https://{SRC[a['src']][1]}/berita/{slug(text, 7)}-2025"
        body += f"\n\nSumber: {trap}"
        links = [trap]
    add(kim, plat, body, neg_time(a["at"], off), "negative-topic", [], key, title=title, links=links, shape=shape,
        imitates=[aid], differs=differs)

# before posts
bef = [(aid, A[aid]["B"][0], A[aid]["B"][1], f"anns.py:{aid[4:]}:B") for aid in AIDS if A[aid]["B"]]
bef += [("h36-" + aid, t, h, f"extra.py:B2[{k}]") for k, (aid, t, h) in enumerate(B2)]
for i, (aid, text, hours, key) in enumerate(bef):
    a = A[aid]
    kim = neg_kim(a, prefer_inactive=(i % 2 == 0))
    negcount[kim] += 1
    plat = rng.choice(["facebook", "facebook", "telegram"])
    t = a["at"] - timedelta(hours=hours) - timedelta(minutes=rng.randint(0, 50))
    add(kim, plat, text, t, "before", [], key, shape=plat, imitates=[aid],
        differs="posted before the release: invitation, rumour or preparation, not the release's content")

# unrelated
for i, (hint, text) in enumerate(U):
    kim = rng.choice(list(KIM))
    plat = rng.choice(["facebook"] * 5 + ["telegram", "instagram", "website"])
    title = ""
    body = text
    if plat == "website":
        title = headline(text, 8)
    if plat == "instagram":
        body += "\n\n" + hashtags(2)
    add(kim, plat, body, START + timedelta(minutes=rng.randint(0, int((END - START).total_seconds() // 60))),
        "negative-unrelated", [], f"extra.py:U[{i}]", title=title, shape=plat)

# ------------------------------------------------------------------ write
POSTS.sort(key=lambda p: (p["at"], p["key"]))
ids = list(range(1, len(POSTS) + 1))
rng.shuffle(ids)
PLAT_URL = {
    "facebook": lambda k: fb_url(k),
    "instagram": lambda k: "https://www.instagram.com/p/" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_") for _ in range(11)) + "/",
    "telegram": lambda k: f"https://t.me/{k.replace('-', '_')}/{rng.randint(200, 4000)}",
    "youtube": lambda k: "https://www.youtube.com/watch?v=" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(11)),
}
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
posts_out, labels_out, keymap = [], [], {}
for p, n in zip(POSTS, ids):
    pid = f"h36-p{n:03d}"
    if p["platform"] == "website":
        url = f"https://{p['kim'].replace('kim-', 'kim')}.blogspot.com/{p['at']:%Y/%m}/{slug(p['title'] or p['text'], 6)}-{n}.html"
    else:
        url = PLAT_URL[p["platform"]](p["kim"])
    links = list(p["links"])
    for u in URL_RE.findall(p["title"] + "\n" + p["text"]):
        u = u.rstrip(".,;:!?")
        if u not in links:
            links.append(u)
    posts_out.append(dict(id=pid, kim=p["kim"], platform=p["platform"], url=url, title=p["title"], text=p["text"],
                          published_at=p["at"].replace(microsecond=0).isoformat(), links=links))
    labels_out.append({"post": pid, "announcements": p["gold"], "style": p["style"]})
    keymap[pid] = dict(key=p["key"], style=p["style"], gold=p["gold"], **p["km"])


def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


anns_out = []
for aid in AIDS:
    a = A[aid]
    anns_out.append(dict(id=aid, source=a["src"], url=a["url"], title=a["title"], text=a["text"],
                         published_at=a["at"].isoformat()))
dump("announcements.jsonl", anns_out)
dump("posts.jsonl", posts_out)
dump("labels.jsonl", labels_out)
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
    f.write("\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS:
        f.write(f"- id: {k[0]}\n  name: KIM {k[3]}\n  region: {k[1]}\n  district: {k[2]}\n  village: {k[3]}\n")
print(f"announcements {len(anns_out)}, posts {len(posts_out)}, gold pairs {sum(len(l['announcements']) for l in labels_out)}")
