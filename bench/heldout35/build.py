#!/usr/bin/env python3
"""Generator of heldout35 (prefix h35-). Deterministic: fixed seed, no clock, sorted outputs.

Reads the hand-written texts of anns.py and extra.py, writes announcements.jsonl, kims.yaml,
posts.jsonl, labels.jsonl and keymap.json beside this file.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

import anns as A
import extra as X

SEED = 2026120735
HERE = os.path.dirname(os.path.abspath(__file__))
P = "h35"
TZ = "+08:00"
FIRST, LAST = datetime(2026, 10, 25, 6, 0), datetime(2026, 12, 5, 21, 30)

# ------------------------------------------------------------------ KIM registry
KIMS = [  # id, region, kecamatan, desa/kelurahan
    ("kim-sungai-andai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Andai"),
    ("kim-pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya"),
    ("kim-teluk-tiram", "Kota Banjarmasin", "Banjarmasin Barat", "Teluk Tiram"),
    ("kim-basirih", "Kota Banjarmasin", "Banjarmasin Barat", "Basirih"),
    ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("kim-sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar"),
    ("kim-bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal"),
    ("kim-tambak-anyar", "Kabupaten Banjar", "Martapura Timur", "Tambak Anyar"),
    ("kim-mali-mali", "Kabupaten Banjar", "Karang Intan", "Mali-Mali"),
    ("kim-aluh-aluh-besar", "Kabupaten Banjar", "Aluh-Aluh", "Aluh-Aluh Besar"),
    ("kim-asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam"),
    ("kim-batakan", "Kabupaten Tanah Laut", "Panyipatan", "Batakan"),
    ("kim-kurau", "Kabupaten Tanah Laut", "Bumi Makmur", "Kurau"),
    ("kim-sebelimbingan", "Kabupaten Kotabaru", "Pulau Laut Utara", "Sebelimbingan"),
    ("kim-kotabaru-hilir", "Kabupaten Kotabaru", "Pulau Laut Utara", "Kotabaru Hilir"),
    ("kim-sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali"),
    ("kim-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Kota Pagatan"),
    ("kim-sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau"),
    ("kim-karang-bintang", "Kabupaten Tanah Bumbu", "Karang Bintang", "Karang Bintang"),
    ("kim-ribang", "Kabupaten Tabalong", "Muara Uya", "Ribang"),
    ("kim-kembang-kuning", "Kabupaten Tabalong", "Haruai", "Kembang Kuning"),
    ("kim-mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
    ("kim-binjai-punggal", "Kabupaten Balangan", "Halong", "Binjai Punggal"),
    ("kim-tebing-tinggi", "Kabupaten Balangan", "Tebing Tinggi", "Tebing Tinggi"),
    ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("kim-pagat", "Kabupaten Hulu Sungai Tengah", "Batu Benawa", "Pagat"),
    ("kim-barabai-darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat"),
    ("kim-hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan"),
    ("kim-bajayau", "Kabupaten Hulu Sungai Selatan", "Daha Barat", "Bajayau"),
    ("kim-loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado"),
    ("kim-kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota"),
    ("kim-paminggir", "Kabupaten Hulu Sungai Utara", "Paminggir", "Paminggir"),
    ("kim-sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang"),
    ("kim-danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
    ("kim-rantau-kiwa", "Kabupaten Tapin", "Tapin Utara", "Rantau Kiwa"),
    ("kim-margasari-ilir", "Kabupaten Tapin", "Candi Laras Utara", "Margasari Ilir"),
    ("kim-hatungun", "Kabupaten Tapin", "Hatungun", "Hatungun"),
    ("kim-marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota"),
    ("kim-tabunganen-muara", "Kabupaten Barito Kuala", "Tabunganen", "Tabunganen Muara"),
    ("kim-jejangkit-muara", "Kabupaten Barito Kuala", "Jejangkit", "Jejangkit Muara"),
]
KIM = {k[0]: k for k in KIMS}
INACTIVE = ["kim-basirih", "kim-bangkal", "kim-kurau", "kim-karang-bintang", "kim-tebing-tinggi", "kim-hatungun"]
SPECIAL = ["kim-hantakan", "kim-loksado", "kim-sungai-bali", "kim-paminggir"]
REGULAR = [k[0] for k in KIMS if k[0] not in INACTIVE and k[0] not in SPECIAL]

# ------------------------------------------------------------------ sources
SRC = {  # source: host, URL scheme kind, region (None = provincial), display name
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp", None, "Diskominfo Kalsel"),
    "pemprov-kalsel": ("kalselprov.go.id", "berita", None, "Pemprov Kalsel"),
    "disbunnak-kalsel": ("disbunnak.kalselprov.go.id", "berita", None, "Disbunnak Kalsel"),
    "dishub-kalsel": ("dishub.kalselprov.go.id", "wp", None, "Dishub Kalsel"),
    "dishut-kalsel": ("dishut.kalselprov.go.id", "berita", None, "Dinas Kehutanan Kalsel"),
    "dinas-pupr-kalsel": ("dpupr.kalselprov.go.id", "wp", None, "Dinas PUPR Kalsel"),
    "disnakertrans-kalsel": ("disnakertrans.kalselprov.go.id", "berita", None, "Disnakertrans Kalsel"),
    "kanwil-bpn-kalsel": ("kalsel.atrbpn.go.id", "id", None, "Kanwil BPN Kalsel"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "ym", "Kota Banjarmasin", "Pemkot Banjarmasin"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "Kota Banjarbaru", "Pemkot Banjarbaru"),
    "pemkab-banjar": ("banjarkab.go.id", "berita", "Kabupaten Banjar", "Pemkab Banjar"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "Kabupaten Tanah Laut", "Pemkab Tanah Laut"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "id", "Kabupaten Kotabaru", "Pemkab Kotabaru"),
    "pemkab-tanah-bumbu": ("tanahbumbukab.go.id", "detail", "Kabupaten Tanah Bumbu", "Pemkab Tanah Bumbu"),
    "pemkab-tabalong": ("tabalongkab.go.id", "wp", "Kabupaten Tabalong", "Pemkab Tabalong"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "Kabupaten Balangan", "Pemkab Balangan"),
    "pemkab-hst": ("hstkab.go.id", "berita", "Kabupaten Hulu Sungai Tengah", "Pemkab HST"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "id", "Kabupaten Hulu Sungai Selatan", "Pemkab HSS"),
    "pemkab-hsu": ("hsu.go.id", "wp", "Kabupaten Hulu Sungai Utara", "Pemkab HSU"),
    "pemkab-tapin": ("tapinkab.go.id", "berita", "Kabupaten Tapin", "Pemkab Tapin"),
    "pemkab-barito-kuala": ("baritokualakab.go.id", "id", "Kabupaten Barito Kuala", "Pemkab Barito Kuala"),
}

R = random.Random(SEED)


def dt(s):
    return datetime.fromisoformat(s)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + TZ


def curly(text):
    out, open_ = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if open_ else "\u201d")
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------ announcements
ANN = {}
for i, a in enumerate(A.ANNS):
    host, kind, region, name = SRC[a["src"]]
    d = dt(a["at"])
    if kind == "wp":
        url = f"https://{host}/{d:%Y/%m/%d}/{a['slug']}/"
    elif kind == "berita":
        url = f"https://{host}/berita/{a['slug']}"
    elif kind == "id":
        url = f"https://{host}/berita/{4180 + 37 * i}/{a['slug']}"
    elif kind == "detail":
        url = f"https://{host}/berita/detail/{a['slug']}"
    else:
        url = f"https://{host}/berita/{d:%Y/%m}/{a['slug']}"
    ANN[a["id"]] = dict(a, url=url, host=host, kind=kind, region=region, srcname=name, time=d,
                        full=curly(a["text"]), pid=f"{P}-{a['id']}")

# ------------------------------------------------------------------ helpers for posts
POSTS = []  # dicts: kim, platform, title, text, time, style, gold, key, extra keymap fields, links_extra


def add(kim, platform, text, time, style, gold, key, title="", extra_links=(), **km):
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, time=time, style=style,
                      gold=list(gold), key=key, extra_links=list(extra_links), km=km))


def gold_delay(ann_time, lo_min=15, hi_days=12.0):
    r = R.random()
    if r < 0.3:
        d = timedelta(minutes=R.randint(lo_min, 360))
    elif r < 0.72:
        d = timedelta(minutes=R.randint(360, 2880))
    else:
        d = timedelta(minutes=R.randint(2880, int(hi_days * 1440)))
    t = ann_time + d + timedelta(seconds=R.randint(0, 59))
    if t > LAST:
        t = LAST - timedelta(minutes=R.randint(0, 600))
    if t < ann_time + timedelta(minutes=lo_min):
        t = ann_time + timedelta(minutes=lo_min + R.randint(0, 30))
    return t


GOLDCOUNT = {k: 0 for k in REGULAR}


def pick_regular(ann):
    """A regular KIM for a generated post: often one of the release's kabupaten, else the least used."""
    region = ann["region"]
    local = [k for k in REGULAR if KIM[k][1] == region]
    if local and R.random() < 0.6:
        pool = local
    else:
        pool = REGULAR
    least = min(GOLDCOUNT[k] for k in pool)
    cands = [k for k in pool if GOLDCOUNT[k] <= least + 1]
    k = R.choice(sorted(cands))
    GOLDCOUNT[k] += 1
    return k


def typo(text):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    if not idx:
        return text
    i = R.choice(idx)
    w = words[i]
    j = R.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def habits(text, kim):
    ops = []
    n = R.choice([0, 1, 1, 2, 2, 3])
    pool = ["dash", "straight", "typo", "collapse", "droptag", "abbr", "dateline"]
    for op in R.sample(pool, n):
        if op == "dash":
            text = text.replace("\u2013", "-")
        elif op == "straight":
            text = text.replace("\u201c", '"').replace("\u201d", '"')
        elif op == "typo":
            text = typo(text)
        elif op == "collapse":
            text = re.sub(r"\n\n+", " ", text)
        elif op == "droptag":
            text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text)
        elif op == "abbr":
            for a, b in (("yang", "yg"), ("dengan", "dgn"), ("untuk", "utk"), ("tanggal", "tgl"), ("sampai", "sampe")):
                text = re.sub(rf"\b{a}\b", b, text)
        elif op == "dateline":
            village = KIM[kim][3]
            text = re.sub(r"^([A-Z]+) \u2013", lambda m: f"{m.group(1).title()} (KIM {village}) -", text)
        ops.append(op)
    return text, ops


HASHTAGS = ["#kalsel", "#infokalsel", "#kimkalsel", "#banua", "#beritadesa", "#kalimantanselatan", "#infowarga",
            "#KIM", "#wargabanua", "#infopenting", "#kabarbanua", "#sahabatKIM"]
FAMTAGS = [["#karet", "#bokar", "#UPPB"], ["#sawit", "#hargaTBS"], ["#paskecil", "#kelotok"],
           ["#tarifkelotok", "#angkutansungai"], ["#siagabanjir", "#sungai"], ["#hutan", "#pembalakanliar"],
           ["#reformaagraria", "#sertipikat"], ["#mebel", "#SVLK"], ["#JKP", "#BPJSKetenagakerjaan"],
           ["#sempadansungai", "#sungaibersih"], ["#manifesdigital", "#speedboat"], ["#tongkang", "#Barito"]]


def tags(n, aid=None):
    """n hashtags: the family's own (for a release) and generic ones."""
    own = FAMTAGS[(int(aid[1:]) - 1) // 3][:] if aid else []
    k = min(len(own), R.randint(1, 2)) if own else 0
    chosen = R.sample(own, k) + R.sample(HASHTAGS, max(0, n - k))
    R.shuffle(chosen)
    return " ".join(chosen)


def paras(ann):
    return ann["full"].split("\n\n")


def cut(text, lo, hi):
    n = R.randint(lo, hi)
    s = text[:n]
    s = s[: s.rfind(" ")] if " " in s else s
    return s.rstrip(",.;:– ") + "\u2026"


def kimname(k):
    return "KIM " + KIM[k][3]


# ------------------------------------------------------------------ link URL forms
def url_form(ann, form):
    u = ann["url"]
    host = ann["host"]
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
        return (u + "amp/") if ann["kind"] == "wp" else (u + "?utm_source=wa")
    if form == "utm":
        return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR0" + "".join(R.choice("abcdefghijkLMNOPQ0123456789_-") for _ in range(20))
    if form == "utmfb":
        return u + "?utm_source=fb&fbclid=IwZXh0" + "".join(R.choice("abcdefXYZ0123456789") for _ in range(16))
    if form == "httpm":
        return u.replace("https://", "http://m.")
    if form == "wwwnoscheme":
        return u.replace("https://", "www.")
    raise ValueError(form)


FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "wwwnoscheme"]

COMMENTS = ["Info penting, silakan dibaca.", "Buat yg kemarin bertanya, ini beritanya.", "Mohon dibagikan ke keluarga.",
            "Dari situs resmi, jangan percaya kabar lain.", "Simak beritanya di tautan berikut.", "Ini dia infonya dangsanak.",
            "Baca dulu sebelum komentar ya.", "Berita resmi hari ini:", "Penting utk warga kita.", "Sekadar berbagi info.",
            "Yang punya keluarga di sana, tolong diteruskan.", "Lengkapnya di link.", "Update dari pemerintah:",
            "Cek tautan ini ya.", "Semoga bermanfaat 🙏"]

# ------------------------------------------------------------------ copy
copy_shapes = ["wa", "fwd", "web", "tgfwd", "ig", "fb"]
ids = sorted(ANN)
copy_list = ids + ["a07", "a34"]
for n, aid in enumerate(copy_list):
    ann = ANN[aid]
    kim = pick_regular(ann)
    shape = copy_shapes[n % len(copy_shapes)]
    body, ops = habits(ann["full"], kim)
    title = ""
    if shape == "wa":
        platform = R.choice(["facebook", "telegram"])
        src_line = R.choice([f"_Sumber: {ann['srcname']}_", f"Sumber: {ann['url']}", "_(copas dari web resmi)_"])
        text = f"{R.choice(['*BERITA PENTING*', '📢 *INFO RESMI* 📢', '*INFO PEMERINTAH*'])}\n\n*{ann['title'].upper()}*\n\n{body}\n\n{src_line}"
    elif shape == "fwd":
        platform = R.choice(["facebook", "telegram"])
        text = f"↪️ Diteruskan dari grup {R.choice(['Info Kecamatan ' + KIM[kim][2], 'Warga ' + KIM[kim][3], 'Humas Desa'])}\n\n{body}"
    elif shape == "web":
        platform = "website"
        title = R.choice([ann["title"], ann["title"].replace(" di ", " Di ")])
        text = (f"Beranda  |  Profil Desa  |  Berita  |  Galeri  |  Kontak\n\nOleh Admin {kimname(kim)} · {R.randint(0, 9)} Komentar\n\n"
                f"{body}\n\nSumber: {url_form(ann, R.choice(['exact', 'www', 'slash']))}\n\nBaca juga: {R.choice(X.LOCAL)}\n\nBagikan: Facebook · WhatsApp · Telegram")
    elif shape == "tgfwd":
        platform = "telegram"
        text = f"Forwarded from Info {R.choice(['Kalsel Terkini', 'Banua Hari Ini', KIM[kim][1].replace('Kabupaten ', '')])}\n{ann['title'].upper()}\n\n{body}"
    elif shape == "ig":
        platform = "instagram"
        text = f"{body}\n\n{tags(R.randint(4, 6), aid)}"
    else:
        platform = "facebook"
        text = (f"{R.choice(['Assalamualaikum warga', 'Selamat pagi dangsanak', 'Salam sehat warga'])} {KIM[kim][3]}, berikut info dari {ann['srcname']}:\n\n"
                f"{body}\n\n{R.choice(['Semoga bermanfaat.', 'Silakan dibagikan.', 'Terima kasih.'])}")
    add(kim, platform, text, gold_delay(ann["time"]), "copy", [aid], f"auto:copy:{aid}", title, shape=shape, ops=ops)

# ------------------------------------------------------------------ excerpt
ex_shapes = ["tgtrunc", "fbmore", "iglead", "yt", "webquote", "fblead", "shortlead", "middle"]
ex_list = ids + ["a17", "a25"]
hantakan_trunc = "a14"
for n, aid in enumerate(ex_list):
    ann = ANN[aid]
    shape = ex_shapes[n % len(ex_shapes)]
    kim = pick_regular(ann)
    if aid == hantakan_trunc:
        shape, kim = "tgtrunc", "kim-hantakan"
    ps = paras(ann)
    title = ""
    if shape == "tgtrunc":
        platform = "telegram"
        text = R.choice([ann["title"] + "\n\n", "", "📰 "]) + cut(ps[0], 150, 220)
    elif shape == "fbmore":
        platform = "facebook"
        text = ps[0] + (" " + ps[1][:R.randint(40, 90)].rsplit(" ", 1)[0] if R.random() < 0.5 else "") + "... Lihat selengkapnya"
    elif shape == "iglead":
        platform = "instagram"
        text = f"{ps[0]}\n\n{tags(R.randint(5, 8), aid)}"
    elif shape == "yt":
        platform = "youtube"
        title = "VIDEO | " + ann["title"]
        text = (f"{ps[0]}\n\n00:00 Pembuka\n00:{R.randint(20, 55):02d} {ann['title'].split(',')[0]}\n"
                f"0{R.randint(1, 3)}:{R.randint(10, 59):02d} Keterangan {ann['srcname']}\n0{R.randint(4, 6)}:{R.randint(10, 59):02d} Penutup\n\n#kimkalsel")
    elif shape == "webquote":
        platform = "website"
        title = R.choice(["Kutipan: ", "Kata Pejabat: ", ""]) + ann["title"]
        text = f"Beranda | Berita | Kontak\n\n{R.choice(['Dikutip dari rilis resmi:', 'Berikut petikan keterangan pejabat terkait:'])}\n\n{ps[1]}\n\nSelengkapnya di situs resmi {ann['host']}"
    elif shape == "fblead":
        platform = "facebook"
        text = f"{R.choice(['Info utk warga 👇', 'Dapat kabar dari kabupaten:', 'Sekadar meneruskan:'])}\n\n{ps[0]}\n\n{R.choice(['Mohon disebarkan.', 'Semoga bermanfaat.', 'Tunggu kabar berikutnya.'])}"
    elif shape == "shortlead":
        platform = "facebook"
        words = ps[0].split()
        text = " ".join(words[: R.randint(12, 17)]).rstrip(",.") + "\u2026"
    else:
        platform = R.choice(["facebook", "telegram"])
        text = ps[1] + "\n\n" + ps[2]
    add(kim, platform, text, gold_delay(ann["time"]), "excerpt", [aid], f"auto:excerpt:{aid}", title, shape=shape)

# ------------------------------------------------------------------ link
lk_shapes = ["fbshare", "fbcomment", "tg", "yt", "web"]
lk_list = ids + ["a03", "a10", "a20", "a31"]
for n, aid in enumerate(lk_list):
    ann = ANN[aid]
    kim = pick_regular(ann)
    shape = lk_shapes[n % len(lk_shapes)]
    form = FORMS[n % len(FORMS)]
    if shape == "fbshare" and form == "wwwnoscheme":
        form = "exact"
    u = url_form(ann, form)
    title, extra_links = "", []
    c = R.choice(COMMENTS)
    if shape == "fbshare":
        platform = "facebook"
        text = f"{c}\n\n{ann['host'].upper()}\n{ann['title']}"
        extra_links = [u]
    elif shape == "fbcomment":
        platform = "facebook"
        text = f"{c}\n{u}"
    elif shape == "tg":
        platform = "telegram"
        text = f"{ann['title']}\n\n{u}"
    elif shape == "yt":
        platform = "youtube"
        title = R.choice(["Info Banua: ", "Kabar Kalsel | ", ""]) + ann["title"]
        text = f"Rangkuman video dari {kimname(kim)}. Berita lengkap: {u}\n\nJangan lupa subscribe."
    else:
        platform = "website"
        title = ann["title"]
        text = f"{R.choice(['Pemerintah menyampaikan kabar terbaru.', 'Warga dapat membaca rilis resminya.', 'Berikut tautan berita resmi.'])}\n\nBaca selengkapnya: {u}"
    add(kim, platform, text, gold_delay(ann["time"]), "link", [aid], f"auto:link:{aid}", title, extra_links, shape=shape, form=form)

# ------------------------------------------------------------------ summary (short + long), hand-written in anns.py
SP_KIM = {"Kabupaten Hulu Sungai Tengah": "kim-hantakan", "Kabupaten Hulu Sungai Selatan": "kim-loksado",
          "Kabupaten Kotabaru": "kim-sungai-bali", "Kabupaten Hulu Sungai Utara": "kim-paminggir"}
for n, aid in enumerate(ids):
    ann = ANN[aid]
    kim = pick_regular(ann)
    shape = ["fb", "tg", "ig", "wa"][n % 4]
    s = ann["short"]
    if shape == "fb":
        platform, text = "facebook", s
    elif shape == "tg":
        platform, text = "telegram", R.choice(["", "Info: ", "📌 "]) + s
    elif shape == "ig":
        platform, text = "instagram", f"{s}\n\n{tags(R.randint(3, 5), aid)}"
    else:
        platform, text = R.choice(["facebook", "telegram"]), f"*INFO*\n{s}\n_Mohon disebarkan_"
    add(kim, platform, text, gold_delay(ann["time"]), "summary", [aid], f"anns.py:{aid}:S", shape="short-" + shape)
    if ann["long"]:
        kim = pick_regular(ann)
        shape = ["fb", "ig", "web", "yt"][n % 4]
        L = ann["long"]
        title = ""
        if shape == "fb":
            platform, text = "facebook", L
        elif shape == "ig":
            platform, text = "instagram", f"{L}\n\n{tags(11, aid)}"
        elif shape == "web":
            platform = "website"
            title = "Kabar untuk Warga: " + ann["title"].split(",")[0]
            text = f"{L}\n\nDitulis oleh Admin {kimname(kim)}."
        else:
            platform = "youtube"
            title = "Liputan KIM: " + ann["title"]
            text = f"Liputan: {L}\n\n00:00 Pembuka\n00:40 Isi berita\n02:15 Tanggapan warga"
        add(kim, platform, text, gold_delay(ann["time"]), "summary", [aid], f"anns.py:{aid}:L", title, shape="long-" + shape)

# ------------------------------------------------------------------ paraphrase
for n, aid in enumerate(ids):
    ann = ANN[aid]
    kim = SP_KIM.get(ann["region"]) if R.random() < 0.75 else None
    if not kim:
        kim = pick_regular(ann)
    platform = R.choice(["facebook", "facebook", "instagram", "telegram"])
    text = ann["para"]
    if platform == "instagram" and "#" not in text:
        text += "\n\n" + tags(3, aid)
    add(kim, platform, text, gold_delay(ann["time"]), "paraphrase", [aid], f"anns.py:{aid}:P", shape=platform)
for i, (kim, aid, hours, text) in enumerate(X.P2):
    ann = ANN[aid]
    t = ann["time"] + timedelta(hours=hours, minutes=R.randint(0, 50))
    add(kim, R.choice(["facebook", "telegram"]), text, min(t, LAST), "paraphrase", [aid], f"extra.py:P2[{i}]", shape="hand")


# ------------------------------------------------------------------ negatives: look-alikes and before posts
def neg_shape(kim, text, aid=None):
    r = R.random()
    if r < 0.42:
        return "facebook", "", text
    if r < 0.58:
        return "telegram", "", text
    if r < 0.72:
        return "instagram", "", text + "\n\n" + tags(R.randint(2, 4), aid)
    if r < 0.82:
        return "facebook", "", "*INFO WARGA*\n" + text
    if r < 0.93:
        words = re.sub(r"[^\w\s\-]", "", text).split()[:7]
        return "website", " ".join(w[0].upper() + w[1:] for w in words), f"Beranda | Berita | Galeri\n\n{text}\n\nAdmin {kimname(kim)}"
    words = re.sub(r"[^\w\s\-]", "", text).split()[:6]
    return "youtube", "Video Warga: " + " ".join(words), text + "\n\nTonton sampai habis."


def clamp(t):
    return max(FIRST + timedelta(minutes=R.randint(0, 600)), min(t, LAST - timedelta(minutes=R.randint(0, 300))))


for aid in ids:
    ann = ANN[aid]
    for j, (kim, off, text, differs) in enumerate(ann["looks"]):
        t = clamp(ann["time"] + timedelta(days=off, minutes=R.randint(-300, 300)))
        platform, title, text2 = neg_shape(kim, text, aid)
        add(kim, platform, text2, t, "negative-topic", [], f"anns.py:{aid}:N{j}", title, imitates=[f"{P}-{aid}"], differs=differs)
    if ann["before"]:
        kim, hours, text = ann["before"]
        t = ann["time"] - timedelta(hours=hours, minutes=R.randint(5, 55))
        platform, title, text2 = neg_shape(kim, text, aid)
        add(kim, platform, text2, max(t, FIRST), "before", [], f"anns.py:{aid}:B", title, imitates=[f"{P}-{aid}"],
            differs="posted before the release, about the coming event")
for i, (kim, aid, off, text, differs) in enumerate(X.N2):
    ann = ANN[aid]
    t = clamp(ann["time"] + timedelta(days=off, minutes=R.randint(-300, 300)))
    platform, title, text2 = neg_shape(kim, text, aid)
    add(kim, platform, text2, t, "negative-topic", [], f"extra.py:N2[{i}]", title, imitates=[f"{P}-{aid}"], differs=differs)
for i, (kim, aid, hours, text) in enumerate(X.B2):
    ann = ANN[aid]
    t = ann["time"] - timedelta(hours=hours, minutes=R.randint(5, 55))
    platform, title, text2 = neg_shape(kim, text, aid)
    add(kim, platform, text2, t, "before", [], f"extra.py:B2[{i}]", title, imitates=[f"{P}-{aid}"],
        differs="posted before the release, rumour or preparation")

# ------------------------------------------------------------------ unrelated
ALL = [k[0] for k in KIMS]


def kim_in(region):
    if region is None:
        return R.choice(ALL)
    return R.choice([k[0] for k in KIMS if k[1] == region])


def rand_time():
    span = (LAST - FIRST).total_seconds()
    return FIRST + timedelta(seconds=int(R.random() * span))


for i, (region, text) in enumerate(X.U):
    kim = kim_in(region)
    platform, title, text2 = neg_shape(kim, text)
    add(kim, platform, text2, rand_time(), "negative-unrelated", [], f"extra.py:U[{i}]", title)
seen = set()
i = 0
while i < 22:
    tpl = X.UT[i % len(X.UT)]
    vals = {k: R.choice(v) for k, v in X.UT_FILL.items()}
    vals["price"] = f"{R.randint(8, 140) * 500:,}".replace(",", ".")
    h1 = R.randint(8, 14)
    vals["h1"], vals["h2"] = f"{h1:02d}", f"{h1 + R.randint(2, 4):02d}"
    text = tpl.format(**vals).strip()
    if text in seen:
        continue
    seen.add(text)
    kim = R.choice(ALL)
    platform, title, text2 = neg_shape(kim, text)
    add(kim, platform, text2, rand_time(), "negative-unrelated", [], f"extra.py:UT[{i}]", title)
    i += 1

# ------------------------------------------------------------------ round-ups
LAYOUTS = ["oneline", "bullets", "numbered", "prose", "ytchap", "emoji"]
rkims = SPECIAL * 3 + R.sample(REGULAR, 14)
R.shuffle(rkims)
for n, kim in enumerate(rkims):
    for _ in range(200):
        t = datetime(2026, 11, 6, 8) + timedelta(minutes=R.randint(0, int((LAST - datetime(2026, 11, 6, 8)).total_seconds() // 60)))
        pool = [a for a in ids if timedelta(minutes=40) <= t - ANN[a]["time"] <= timedelta(days=12)]
        k = 3 if n % 3 == 0 else 2
        if len(pool) >= k:
            break
    region = KIM[kim][1]
    loc = [a for a in pool if ANN[a]["region"] == region]
    chosen = R.sample(loc, min(len(loc), 1)) if loc else []
    chosen += R.sample([a for a in pool if a not in chosen], k - len(chosen))
    chosen.sort(key=lambda a: ANN[a]["time"])
    items = []
    for a in chosen:
        ann = ANN[a]
        r = R.random()
        items.append(ann["title"] if r < 0.35 else ann["title"].lower() if r < 0.55 else ann["short"])
    local = R.sample(X.LOCAL, R.choice([0, 1, 1, 2]))
    allitems = items + local
    R.shuffle(allitems)
    lay = LAYOUTS[n % len(LAYOUTS)]
    title = ""
    if lay == "oneline":
        platform = R.choice(["facebook", "telegram"])
        text = "KILAS INFO | " + " | ".join(allitems) + " |"
    elif lay == "bullets":
        platform = R.choice(["instagram", "facebook"])
        text = R.choice(["Rangkuman pekan ini:", "Info sepekan dari " + kimname(kim) + ":"]) + "\n" + "\n".join("• " + x for x in allitems)
    elif lay == "numbered":
        platform = "telegram"
        text = f"Info minggu ini ({kimname(kim)}):\n" + "\n".join(f"{j + 1}. {x}" for j, x in enumerate(allitems))
    elif lay == "prose":
        platform = "website"
        title = f"Kabar Sepekan {KIM[kim][3]}, {t.day} {['Oktober', 'November', 'Desember'][t.month - 10]} 2026"
        parts = [f"Pertama, {allitems[0].rstrip('.')}."] + [f"{R.choice(['Selain itu', 'Kemudian', 'Berikutnya', 'Lalu'])}, {x[0].lower() + x[1:]}".rstrip(".") + "." for x in allitems[1:]]
        text = "Pekan ini ada beberapa kabar yang perlu warga ketahui. " + " ".join(parts) + " Terima kasih sudah membaca."
    elif lay == "ytchap":
        platform = "youtube"
        title = f"Rangkuman Berita {kimname(kim)} Pekan Ini"
        text = "Rangkuman berita pekan ini.\n\n00:00 Pembuka\n" + "\n".join(f"0{j + 1}:{R.randint(0, 59):02d} {x}" for j, x in enumerate(allitems))
    else:
        platform = R.choice(["facebook", "instagram"])
        text = "🗞️ KABAR SINGKAT ✅\n\n" + "\n".join("📌 " + x for x in allitems)
    add(kim, platform, text, t, "roundup", chosen, f"auto:roundup:{n}", title, layout=lay)

# ------------------------------------------------------------------ finish: ids, urls, links, files
POSTS.sort(key=lambda p: (p["time"], p["key"]))
nums = list(range(1, len(POSTS) + 1))
R.shuffle(nums)
URLRE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def rid(n):
    return "".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(n))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


posts, labels, keymap = [], [], {}
tgcount = {}
for p, num in zip(POSTS, nums):
    pid = f"{P}-p{num:03d}"
    h = p["kim"].replace("kim-", "").replace("-", "")
    pl = p["platform"]
    if pl == "facebook":
        url = f"https://www.facebook.com/kim.{h}/posts/{R.randint(10**14, 10**15 - 1)}"
    elif pl == "instagram":
        url = f"https://www.instagram.com/p/{rid(11)}/"
    elif pl == "telegram":
        tgcount[h] = tgcount.get(h, 100 + R.randint(0, 200)) + R.randint(1, 9)
        url = f"https://t.me/kim{h}/{tgcount[h]}"
    elif pl == "website":
        url = f"https://{p['kim'].replace('kim-', '')}.desa.id/{p['time']:%Y/%m}/{slugify(p['title'])}/"
    else:
        url = f"https://www.youtube.com/watch?v={rid(11)}"
    links = []
    for u in URLRE.findall(p["title"] + "\n" + p["text"]):
        u = u.rstrip(".,;:!?")
        if u not in links:
            links.append(u)
    for u in p["extra_links"]:
        if u not in links:
            links.append(u)
    gold = [f"{P}-{a}" for a in p["gold"]]
    posts.append({"id": pid, "kim": p["kim"], "platform": pl, "url": url, "title": p["title"], "text": p["text"],
                  "published_at": iso(p["time"]), "links": links})
    labels.append({"post": pid, "announcements": gold, "style": p["style"]})
    keymap[pid] = {"key": p["key"], "style": p["style"], "gold": gold, **p["km"]}


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


write_jsonl("announcements.jsonl", [{"id": a["pid"], "source": a["src"], "url": a["url"], "title": a["title"],
                                     "text": a["full"], "published_at": iso(a["time"])}
                                    for a in sorted(ANN.values(), key=lambda a: a["id"])])
write_jsonl("posts.jsonl", posts)
write_jsonl("labels.jsonl", labels)
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, region, kec, desa in KIMS:
        f.write(f"- id: {k}\n  name: KIM {desa}\n  region: {region}\n  district: {kec}\n  village: {desa}\n")
print(f"announcements {len(ANN)}, posts {len(posts)}, gold pairs {sum(len(l['announcements']) for l in labels)}")
