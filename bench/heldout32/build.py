#!/usr/bin/env python3
"""Generator of heldout32 (deterministic: fixed seed; two runs give byte-identical files).

Reads the hand-written texts of anns.py and extra.py, writes announcements.jsonl, kims.yaml,
posts.jsonl, labels.jsonl and keymap.json beside itself."""
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import anns as A  # noqa: E402
import extra as X  # noqa: E402

SEED = 2026120732
rng = random.Random(SEED)
WITA = timezone(timedelta(hours=8))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
START = datetime(2026, 10, 25, 7, 0, tzinfo=WITA)
END = datetime(2026, 12, 5, 21, 30, tzinfo=WITA)

# source id -> (host, url style, display name, region or None)
SOURCES = {
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp", "Diskominfo Kalsel", None),
    "pemprov-kalsel": ("kalselprov.go.id", "berita", "Pemprov Kalsel", None),
    "dispersip-kalsel": ("dispersip.kalselprov.go.id", "wp", "Dispersip Kalsel", None),
    "kemenag-kalsel": ("kalsel.kemenag.go.id", "num", "Kanwil Kemenag Kalsel", None),
    "dispora-kalsel": ("dispora.kalselprov.go.id", "berita", "Dispora Kalsel", None),
    "disbudpar-kalsel": ("disbudpar.kalselprov.go.id", "wp", "Disbudpar Kalsel", None),
    "dlh-kalsel": ("dlh.kalselprov.go.id", "berita", "DLH Kalsel", None),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "berita", "Pemko Banjarmasin", "Kota Banjarmasin"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "Pemko Banjarbaru", "Kota Banjarbaru"),
    "pemkab-banjar": ("banjarkab.go.id", "wp", "Pemkab Banjar", "Kabupaten Banjar"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "Pemkab Tanah Laut", "Kabupaten Tanah Laut"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num", "Pemkab Kotabaru", "Kabupaten Kotabaru"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "Pemkab Balangan", "Kabupaten Balangan"),
    "pemkab-tabalong": ("tabalongkab.go.id", "wp", "Pemkab Tabalong", "Kabupaten Tabalong"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "berita", "Pemkab HSS", "Kabupaten Hulu Sungai Selatan"),
    "pemkab-hst": ("hstkab.go.id", "detail", "Pemkab HST", "Kabupaten Hulu Sungai Tengah"),
    "pemkab-hsu": ("hsu.go.id", "wp", "Pemkab HSU", "Kabupaten Hulu Sungai Utara"),
    "pemkab-tapin": ("tapinkab.go.id", "berita", "Pemkab Tapin", "Kabupaten Tapin"),
    "pemkab-batola": ("baritokualakab.go.id", "num", "Pemkab Barito Kuala", "Kabupaten Barito Kuala"),
    "pemkab-tanbu": ("tanahbumbukab.go.id", "berita", "Pemkab Tanah Bumbu", "Kabupaten Tanah Bumbu"),
}

# id, region, kecamatan, desa/kelurahan
KIMS = [
    ("kim-tanjung-rema", "Kabupaten Banjar", "Martapura", "Tanjung Rema"),
    ("kim-astambul-kota", "Kabupaten Banjar", "Astambul", "Astambul Kota"),
    ("kim-mandiangin-barat", "Kabupaten Banjar", "Karang Intan", "Mandiangin Barat"),
    ("kim-lok-baintan", "Kabupaten Banjar", "Sungai Tabuk", "Lok Baintan"),
    ("kim-alalak-selatan", "Kota Banjarmasin", "Banjarmasin Utara", "Alalak Selatan"),
    ("kim-kelayan-timur", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Timur"),
    ("kim-pelambuan", "Kota Banjarmasin", "Banjarmasin Barat", "Pelambuan"),
    ("kim-guntung-payung", "Kota Banjarbaru", "Landasan Ulin", "Guntung Payung"),
    ("kim-palam", "Kota Banjarbaru", "Cempaka", "Palam"),
    ("kim-loktabat-utara", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara"),
    ("kim-panggung", "Kabupaten Tanah Laut", "Pelaihari", "Panggung"),
    ("kim-batakan", "Kabupaten Tanah Laut", "Panyipatan", "Batakan"),
    ("kim-asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam"),
    ("kim-semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap"),
    ("kim-serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga"),
    ("kim-hampang", "Kabupaten Kotabaru", "Hampang", "Hampang"),
    ("kim-paringin-timur", "Kabupaten Balangan", "Paringin", "Paringin Timur"),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("kim-lampihong-kiri", "Kabupaten Balangan", "Lampihong", "Lampihong Kiri"),
    ("kim-tanjung", "Kabupaten Tabalong", "Tanjung", "Tanjung"),
    ("kim-belimbing", "Kabupaten Tabalong", "Murung Pudak", "Belimbing"),
    ("kim-kaong", "Kabupaten Tabalong", "Upau", "Kaong"),
    ("kim-kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota"),
    ("kim-loklahung", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loklahung"),
    ("kim-angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang"),
    ("kim-barabai-darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat"),
    ("kim-alat", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Alat"),
    ("kim-birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang"),
    ("kim-sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang"),
    ("kim-danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
    ("kim-sungai-tabukan", "Kabupaten Hulu Sungai Utara", "Sungai Tabukan", "Sungai Tabukan"),
    ("kim-rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung"),
    ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("kim-margasari-ilir", "Kabupaten Tapin", "Candi Laras Selatan", "Margasari Ilir"),
    ("kim-marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota"),
    ("kim-handil-bakti", "Kabupaten Barito Kuala", "Alalak", "Handil Bakti"),
    ("kim-anjir-pasar-kota", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota"),
    ("kim-batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin"),
    ("kim-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pagatan"),
    ("kim-sungai-dua", "Kabupaten Tanah Bumbu", "Simpang Empat", "Sungai Dua"),
]
KIM = {k[0]: k for k in KIMS}
INACTIVE = ["kim-palam", "kim-asam-asam", "kim-lampihong-kiri", "kim-angkinang", "kim-binuang", "kim-sungai-dua"]
SPECIAL = ["kim-alat", "kim-loklahung", "kim-danau-panggang", "kim-hampang"]
NORMAL = [k[0] for k in KIMS if k[0] not in INACTIVE and k[0] not in SPECIAL]
REGION_SHORT = {r: r.replace("Kabupaten ", "").replace("Kota ", "") for r in {k[1] for k in KIMS}}

used = {k[0]: 0 for k in KIMS}


def pick(pool):
    """The least used KIM of the pool (random among ties)."""
    pool = list(pool)
    rng.shuffle(pool)
    k = min(pool, key=lambda x: used[x])
    used[k] += 1
    return k


def slugify(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:80].rstrip("-")


def weekday_fill(text):
    def rep(m):
        d, mth = int(m.group(1)), int(m.group(2))
        return "{} ({}/{}/2026)".format(HARI[datetime(2026, mth, d).weekday()], d, mth)
    return re.sub(r"\[(\d+)/(\d+)\]", rep, text)


def iso(dt):
    return dt.isoformat()


# ---------------------------------------------------------------- announcements
ANN = {}
ann_rows = []
for i, a in enumerate(A.ANNS):
    host, style, name, region = SOURCES[a["src"]]
    dt = datetime.strptime(a["dt"], "%Y-%m-%d %H:%M").replace(tzinfo=WITA)
    slug = slugify(a["title"])
    if style == "wp":
        url = "https://{}/{}/{:02d}/{:02d}/{}/".format(host, dt.year, dt.month, dt.day, slug)
    elif style == "berita":
        url = "https://{}/berita/{}".format(host, slug)
    elif style == "num":
        url = "https://{}/berita/{}/{}".format(host, 31200 + 137 * i, slug)
    else:
        url = "https://{}/berita/detail/{}".format(host, slug)
    aid = "h32-" + a["id"]
    text = weekday_fill(a["text"])
    rec = dict(a, aid=aid, url=url, dtobj=dt, host=host, wp=(style == "wp"), site=name, region=region,
               body=text, paras=text.split("\n\n"))
    ANN[a["id"]] = rec
    ann_rows.append({"id": aid, "source": a["src"], "url": url, "title": a["title"], "text": text,
                     "published_at": iso(dt)})

POSTS = []


def add(kim, platform, text, when, style, gold, key, title="", links=(), **km):
    if platform in ("website", "youtube") and not title:
        title = " ".join(re.sub(r"[*_#]", "", text).split()[:8]).rstrip(",.:;")
    if platform not in ("website", "youtube"):
        title = ""
    links = list(links)
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text):
        u = u.rstrip(".,;:!?")
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, when=when, style=style,
                      gold=["h32-" + g for g in gold], key=key, km=km, links=links))


def gold_time(a, minimum=timedelta(minutes=15)):
    r = rng.random()
    if r < 0.3:
        d = timedelta(minutes=rng.randint(15, 180))
    elif r < 0.6:
        d = timedelta(hours=rng.uniform(3, 24))
    elif r < 0.85:
        d = timedelta(hours=rng.uniform(24, 72))
    else:
        d = timedelta(hours=rng.uniform(72, 288))
    d = max(d, minimum)
    t = a["dtobj"] + d
    if t.hour < 6:
        t += timedelta(hours=6)
    if t > END:
        t = END - timedelta(minutes=rng.randint(0, 300))
    return t.replace(microsecond=0, second=rng.randint(0, 59))


def gold_kim(a):
    reg = a["region"]
    pool = [k for k in NORMAL if KIM[k][1] == reg] if reg else []
    if pool and rng.random() < 0.75:
        return pick(pool)
    return pick(NORMAL)


# ---------------------------------------------------------------- copy habits
def typo(t):
    words = [m for m in re.finditer(r"\b[a-z]{6,}\b", t)]
    if not words:
        return t
    m = words[rng.randrange(len(words))]
    w = m.group(0)
    j = rng.randrange(1, len(w) - 2)
    w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return t[:m.start()] + w2 + t[m.end():]


def habits(a, kim, n):
    body = a["body"]
    ops = rng.sample(["dash", "quotes", "typo", "collapse", "droptag", "dateline", "abbrev"], n)
    for op in ops:
        if op == "dash":
            body = body.replace("–", "-")
        elif op == "quotes":
            body = body.replace("“", '"').replace("”", '"')
        elif op == "typo":
            body = typo(body)
        elif op == "collapse":
            body = body.replace("\n\n", " ")
        elif op == "droptag":
            body = re.sub(r"\s*\([a-z]+/[a-z]+\)\s*$", "", body)
        elif op == "dateline":
            body = re.sub(r"^([A-Z]+) – ", lambda m: "{} (KIM {}) - ".format(m.group(1).title(), KIM[kim][3]), body)
        elif op == "abbrev":
            for x, y in (("yang", "yg"), ("dengan", "dgn"), ("untuk", "utk"), ("tanggal", "tgl")):
                body = re.sub(r"\b{}\b".format(x), y, body)
    return body, ops


def hashtags(a, kim, n):
    base = ["#kalsel", "#infokalsel", "#kim" + KIM[kim][3].lower().replace(" ", ""), "#banua",
            "#" + REGION_SHORT[KIM[kim][1]].lower().replace(" ", ""), "#infodesa", "#kalimantanselatan",
            "#beritadaerah", "#wargakalsel", "#infopublik", "#kimkalsel", "#humas"]
    return " ".join(base[:n])


ids = list(ANN)

# ---------------------------------------------------------------- copy
COPY_SHAPES = ["wa", "web", "fbgreet", "tgfwd", "ig"]
for i, k in enumerate(ids):
    a = ANN[k]
    kim = gold_kim(a)
    shape = COPY_SHAPES[i % 5]
    body, ops = habits(a, kim, rng.randint(0, 3))
    when = gold_time(a)
    village = KIM[kim][3]
    if shape == "wa":
        if rng.random() < 0.5:
            text = "*BERITA PENTING*\n\n*{}*\n\n{}\n\n_Sumber: {}_".format(a["title"].upper(), body, a["site"])
        else:
            text = "↪️ Diteruskan dari grup Info Kecamatan {}\n\n{}".format(KIM[kim][2], body)
        add(kim, rng.choice(["facebook", "telegram"]), text, when, "copy", [k], "auto:copy:" + k, shape=shape, ops=ops)
    elif shape == "web":
        text = ("Beranda | Berita Desa | Pengumuman | Galeri | Kontak\n\nOleh Admin KIM {} · {} Komentar\n\n{}\n\n"
                "Sumber: {}\n\nBaca juga: {}\n\nBagikan: Facebook · WhatsApp · Telegram").format(
            village, rng.randint(0, 6), body, a["url"], rng.choice(X.LOCAL))
        add(kim, "website", text, when, "copy", [k], "auto:copy:" + k, title=a["title"], shape=shape, ops=ops)
    elif shape == "fbgreet":
        text = "Assalamualaikum warga {}, berikut informasi dari {}:\n\n{}\n\nSemoga bermanfaat, silakan dibagikan 🙏".format(
            village, a["site"], body)
        add(kim, "facebook", text, when, "copy", [k], "auto:copy:" + k, shape=shape, ops=ops)
    elif shape == "tgfwd":
        src = REGION_SHORT.get(a["region"], "Kalsel") if a["region"] else "Kalsel"
        text = "Forwarded from Info {}\n{}\n\n{}".format(src, a["title"].upper(), body)
        add(kim, "telegram", text, when, "copy", [k], "auto:copy:" + k, shape=shape, ops=ops)
    else:
        text = "{}\n\n{}".format(body, hashtags(a, kim, rng.randint(4, 6)))
        add(kim, "instagram", text, when, "copy", [k], "auto:copy:" + k, shape=shape, ops=ops)


# ---------------------------------------------------------------- excerpt
def cut(s, lo, hi):
    n = rng.randint(lo, hi)
    s = s[:n]
    return s[:s.rfind(" ")].rstrip(",;:–- ")


def excerpt(k, shape, kim=None, bare=False):
    a = ANN[k]
    kim = kim or gold_kim(a)
    p1, p2 = a["paras"][0], a["paras"][1]
    when = gold_time(a)
    key = "auto:excerpt:" + k
    if shape == "tgtrunc":
        head = "" if bare else a["title"] + "\n\n"
        add(kim, "telegram", "{}{}…".format(head, cut(p1, 150, 220)), when, "excerpt", [k], key, shape=shape)
    elif shape == "fbmore":
        add(kim, "facebook", "{}\n\n{}... Lihat selengkapnya".format(p1, cut(p2, 60, 110)), when, "excerpt", [k], key,
            shape=shape)
    elif shape == "iglead":
        add(kim, "instagram", "{}\n\n{}".format(p1, hashtags(a, kim, rng.randint(4, 6))), when, "excerpt", [k], key,
            shape=shape)
    elif shape == "ytchap":
        words = a["title"].split()
        chap = "00:00 Pembuka\n00:{:02d} {}\n01:{:02d} Wawancara\n02:{:02d} Penutup".format(
            rng.randint(20, 50), " ".join(words[:5]), rng.randint(0, 50), rng.randint(0, 50))
        add(kim, "youtube", "{}\n\n{}\n\nKIM {} · liputan warga".format(p1, chap, KIM[kim][3]), when, "excerpt", [k],
            key, title="VIDEO | " + a["title"], shape=shape)
    elif shape == "webquote":
        add(kim, "website", "Beranda | Berita | Agenda | Kontak\n\n{}\n\nSumber: {}".format(p2, a["site"]), when,
            "excerpt", [k], key, title="Kutipan: " + a["title"], shape=shape)
    elif shape == "fbintro":
        add(kim, "facebook", "Info penting buat warga 👇\n\n{}\n\nInfo lengkap cek web resmi {}.".format(p1, a["site"]),
            when, "excerpt", [k], key, shape=shape)
    else:
        n = rng.randint(12, 17)
        add(kim, rng.choice(["facebook", "telegram"]), " ".join(p1.split()[:n]).rstrip(",.") + "…", when, "excerpt",
            [k], key, shape="fragment")


EX_SHAPES = ["tgtrunc", "fbmore", "iglead", "ytchap", "webquote", "fbintro", "fragment"]
for i, k in enumerate(ids):
    excerpt(k, EX_SHAPES[i % 7])
excerpt("a08", "tgtrunc", "kim-alat", bare=True)
excerpt("a26", "tgtrunc", "kim-alat", bare=True)
excerpt("a19", "tgtrunc")
excerpt("a31", "fbmore")

# ---------------------------------------------------------------- link
FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "wwwbare"]


def url_form(a, form):
    u = a["url"]
    if form == "http":
        return u.replace("https://", "http://")
    if form == "www":
        return u.replace("https://", "https://www.")
    if form == "m":
        return u.replace("https://", "https://m.")
    if form == "slash":
        return u.rstrip("/") if u.endswith("/") else u + "/"
    if form == "amp":
        return u + "amp/" if a["wp"] else u + "?utm_source=wa"
    if form == "utm":
        return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR0" + "".join(rng.choice("abcdefghijkXYZ0123456789") for _ in range(20))
    if form == "utmfb":
        return u + "?utm_source=fb&fbclid=IwZXh0bgNhZW0CMTEAAR" + "".join(rng.choice("abcdXYZ019") for _ in range(12))
    if form == "httpm":
        return u.replace("https://", "http://m.")
    if form == "wwwbare":
        return u.replace("https://", "www.")
    return u


COMMENTS = ["Silakan dibaca, info dari pemerintah 👇", "Informasi resmi, mohon disimak warga.", "Baca beritanya di sini:",
            "Bagi yang ingin tahu lengkapnya 👇", "Info terbaru dari {site}.", "Penting untuk diketahui, selengkapnya:",
            "Ini beritanya, dangsanak.", "Update dari {site}, silakan klik.", "Mohon dibagikan ke grup RT masing-masing.",
            "Berita lengkapnya ada di tautan berikut.", "Kabar baik, baca selengkapnya:", "Dari laman resmi {site}:"]
ci = 0
used_comments = set()


def link(k, shape, form):
    global ci
    a = ANN[k]
    kim = gold_kim(a)
    u = url_form(a, form)
    while (k, ci % len(COMMENTS)) in used_comments:
        ci += 1
    used_comments.add((k, ci % len(COMMENTS)))
    c = COMMENTS[ci % len(COMMENTS)].format(site=a["site"])
    ci += 1
    when = gold_time(a)
    key = "auto:link:" + k
    if form == "wwwbare" and shape == "fbshare":
        shape = "fbcomment"
    if shape == "fbshare":
        add(kim, "facebook", "{}\n\n{}\n{}".format(c, a["host"].upper(), a["title"]), when, "link", [k], key,
            links=[u], shape=shape, form=form)
    elif shape == "fbcomment":
        add(kim, "facebook", "{} {}".format(c, u), when, "link", [k], key, shape=shape, form=form)
    elif shape == "tgtitle":
        add(kim, "telegram", "{}\n{}".format(a["title"], u), when, "link", [k], key, shape=shape, form=form)
    elif shape == "ytdesc":
        add(kim, "youtube", "Rangkuman video KIM {}. Berita resminya bisa dibaca di:\n{}\n\n#kalsel".format(
            KIM[kim][3], u), when, "link", [k], key, title="Info Banua: " + a["title"], shape=shape, form=form)
    else:
        add(kim, "website", "{}\n\nBaca selengkapnya: {}".format(a["short"], u), when, "link", [k], key,
            title="Info: " + a["title"], shape=shape, form=form)


L_SHAPES = ["fbshare", "fbcomment", "tgtitle", "ytdesc", "webmore"]
for i, k in enumerate(ids):
    link(k, L_SHAPES[i % 5], FORMS[i % len(FORMS)])
for j, k in enumerate(["a05", "a16", "a35"]):
    link(k, L_SHAPES[(j + 2) % 5], FORMS[(j + 5) % len(FORMS)])

# ---------------------------------------------------------------- summary
for i, k in enumerate(ids):
    a = ANN[k]
    kim = gold_kim(a)
    s = a["short"]
    v = i % 4
    if v == 0:
        add(kim, "facebook", s, gold_time(a), "summary", [k], "anns.py:{}:S".format(k), shape="short")
    elif v == 1:
        add(kim, "telegram", "📌 " + s, gold_time(a), "summary", [k], "anns.py:{}:S".format(k), shape="short")
    elif v == 2:
        add(kim, "instagram", s + "\n\n" + hashtags(a, kim, 3), gold_time(a), "summary", [k], "anns.py:{}:S".format(k),
            shape="short")
    else:
        add(kim, rng.choice(["facebook", "telegram"]), "*INFO*\n{}\n_Mohon disebarkan_".format(s), gold_time(a),
            "summary", [k], "anns.py:{}:S".format(k), shape="wa-short")
for i, k in enumerate([k for k in ids if ANN[k]["long"]][:18]):
    a = ANN[k]
    kim = gold_kim(a)
    s = a["long"]
    v = i % 4
    key = "anns.py:{}:L".format(k)
    if v == 0:
        add(kim, "facebook", "Rangkuman berita hari ini:\n\n" + s, gold_time(a), "summary", [k], key, shape="long")
    elif v == 1:
        add(kim, "instagram", s + "\n\n" + hashtags(a, kim, 11), gold_time(a), "summary", [k], key, shape="ig11")
    elif v == 2:
        add(kim, "website", "Beranda | Berita | Kontak\n\n" + s + "\n\n(Admin KIM {})".format(KIM[kim][3]),
            gold_time(a), "summary", [k], key, title="Ringkasan: " + a["title"], shape="web")
    else:
        add(kim, "youtube", "Liputan: " + s + "\n\n00:00 Pembuka\n00:40 Inti berita\n02:10 Penutup", gold_time(a),
            "summary", [k], key, title="Liputan KIM | " + a["title"], shape="ytlong")

# ---------------------------------------------------------------- paraphrase
SPECIAL_PARA = {"a11": "kim-loklahung", "a27": "kim-loklahung", "a03": "kim-danau-panggang",
                "a32": "kim-danau-panggang"}
for i, k in enumerate(ids):
    a = ANN[k]
    kim = SPECIAL_PARA.get(k) or gold_kim(a)
    if k in SPECIAL_PARA:
        used[kim] += 1
    add(kim, ["facebook", "instagram", "telegram"][i % 3], a["para"], gold_time(a), "paraphrase", [k],
        "anns.py:{}:P".format(k), shape="banjar")
for i, (k, t) in enumerate(X.P2):
    a = ANN[k]
    kim = {"a28": "kim-danau-panggang", "a11": "kim-loklahung"}.get(k) or gold_kim(a)
    add(kim, ["facebook", "telegram", "instagram"][i % 3], t, gold_time(a), "paraphrase", [k], "extra.py:P2[{}]".format(i),
        shape="banjar-short" if i < 6 else "casual")

# ---------------------------------------------------------------- roundups
by_date = sorted(ids, key=lambda k: ANN[k]["dtobj"])
RU_KIMS = SPECIAL * 3 + []
layouts = ["oneline", "bullets", "numbered", "prose", "ytchap", "emoji"]
anchors = by_date[:]
rng.shuffle(anchors)
ru_count = 0
seen_groups = set()
ai = 0
while ru_count < 28:
    k0 = anchors[ai % len(anchors)]
    ai += 1
    t0 = ANN[k0]["dtobj"]
    near = [k for k in by_date if k != k0 and abs((ANN[k]["dtobj"] - t0).days) <= 6]
    if not near:
        continue
    n = 2 if rng.random() < 0.55 else 3
    grp = [k0] + rng.sample(near, min(n - 1, len(near)))
    grp.sort(key=lambda k: ANN[k]["dtobj"])
    if tuple(grp) in seen_groups:
        continue
    first, last = ANN[grp[0]]["dtobj"], ANN[grp[-1]]["dtobj"]
    when = last + timedelta(hours=rng.uniform(5, 60))
    if when.hour < 6:
        when += timedelta(hours=7)
    if when > END:
        when = END - timedelta(minutes=rng.randint(0, 200))
    if when - first > timedelta(days=19) or when - last < timedelta(minutes=30):
        continue
    seen_groups.add(tuple(grp))
    kim = RU_KIMS[ru_count] if ru_count < len(RU_KIMS) else pick(NORMAL)
    layout = layouts[ru_count % 6]
    items = []
    for k in grp:
        a = ANN[k]
        v = rng.randrange(3)
        items.append(a["title"] if v == 0 else a["title"].lower() if v == 1 else a["short"].rstrip("."))
    locs = rng.sample(X.LOCAL, rng.choice([0, 1, 1, 2]))
    allitems = items + locs
    rng.shuffle(allitems)
    plat, title = "facebook", ""
    if layout == "oneline":
        text = "KILAS INFO | " + " | ".join(allitems) + " |"
        plat = "telegram"
    elif layout == "bullets":
        text = "Rangkuman info pekan ini:\n" + "\n".join("• " + x for x in allitems)
        plat = rng.choice(["facebook", "instagram"])
    elif layout == "numbered":
        text = "INFO SEPEKAN KIM {}\n".format(KIM[kim][3].upper()) + "\n".join(
            "{}. {}".format(j + 1, x) for j, x in enumerate(allitems))
    elif layout == "prose":
        text = "Beberapa kabar pekan ini dari banua: " + "; ".join(allitems) + \
            ". Simak terus kabar dari KIM {}.".format(KIM[kim][3])
        plat, title = "website", "Kabar Sepekan KIM {} ({})".format(KIM[kim][3], when.strftime("%d/%m"))
    elif layout == "ytchap":
        text = "Rangkuman berita pekan ini.\n\n" + "\n".join(
            "{:02d}:{:02d} {}".format(j, 0 if j == 0 else rng.randint(5, 59), x) for j, x in enumerate(allitems))
        plat, title = "youtube", "KABAR BANUA PEKAN INI | KIM {}".format(KIM[kim][3])
    else:
        text = "🗞️ KABAR SINGKAT ✅\n" + "\n".join("✅ " + x for x in allitems)
        plat = rng.choice(["instagram", "telegram"])
    add(kim, plat, text, when.replace(microsecond=0), "roundup", grp, "auto:roundup:{}".format(ru_count),
        title=title, shape=layout)
    ru_count += 1

# ---------------------------------------------------------------- look-alikes
TRAPS = {("a01", 1): "https://dispersip.kalselprov.go.id/2025/11/21/final-duta-baca-kalsel-2025/",
         ("a05", 1): "https://kalselprov.go.id/berita/sman-2-banjarbaru-juara-lomba-debat-pelajar-2025",
         ("a10", 1): "https://kalsel.kemenag.go.id/berita/29811/wisuda-serentak-2-750-santri-tpa-se-kalsel",
         ("a28", 1): "https://dlh.kalselprov.go.id/berita/gerakan-biopori-2024-capai-6-200-lubang",
         ("a34", 1): "https://diskominfo.kalselprov.go.id/2025/11/28/hasil-monev-keterbukaan-informasi-2025/",
         ("a19", 1): "https://dispora.kalselprov.go.id/berita/juara-esport-pelajar-2025",
         ("a22", 1): "https://disbudpar.kalselprov.go.id/2025/10/14/pelatihan-homestay-loksado/",
         ("a33", 1): "https://kotabarukab.go.id/berita/30877/uji-publik-raperbup-kantong-plastik"}


def dated(text, default):
    m = re.search(r"\((\d{1,2})/(\d{1,2})\)", text)
    if m:
        d, mth = int(m.group(1)), int(m.group(2))
        t = datetime(2026, mth, d, rng.randint(12, 20), rng.randint(0, 59), tzinfo=WITA)
        return t
    return default


def neg_time(a, when):
    if when == "before":
        t = a["dtobj"] - timedelta(hours=rng.uniform(26, 96))
    else:
        t = a["dtobj"] + timedelta(hours=rng.uniform(20, 290))
    if t.hour < 6:
        t += timedelta(hours=7)
    t = min(max(t, START), END - timedelta(minutes=rng.randint(0, 300)))
    return t.replace(microsecond=0)


def neg_kim(regions):
    inact = [k for k in INACTIVE if KIM[k][1] in regions and used[k] < 9]
    if inact and rng.random() < 0.8:
        return pick(inact)
    pool = [k[0] for k in KIMS if k[1] in regions]
    return pick(pool or [k[0] for k in KIMS])


def shape_neg(kim, text, i):
    v = i % 6
    if v == 0:
        return "facebook", text, ""
    if v == 1:
        return "facebook", "*INFO WARGA*\n" + text + "\n_Mohon disebarkan_", ""
    if v == 2:
        return "telegram", text, ""
    if v == 3:
        return "instagram", text + "\n\n#kim{} #infodesa #kalsel".format(KIM[kim][3].lower().replace(" ", "")), ""
    if v == 4:
        return "website", "Beranda | Berita Desa | Kontak\n\n" + text, ""
    return "youtube", text + "\n\nVideo dokumentasi KIM {}.".format(KIM[kim][3]), ""


ni = 0
for k in ids:
    a = ANN[k]
    for j, (text, differs, when) in enumerate(a["looks"]):
        regs = [a["region"]] if a["region"] else [r for r in REGION_SHORT]
        kim = neg_kim(regs)
        trap = TRAPS.get((k, j))
        if trap:
            text = text + "\n" + trap
        plat, t, title = shape_neg(kim, text, ni)
        ni += 1
        add(kim, plat, t, dated(text, neg_time(a, when)), "negative-topic", [], "anns.py:{}:N[{}]".format(k, j),
            title=title, imitates=["h32-" + k], differs=differs)
for j, (text, imit, differs) in enumerate(X.N2):
    a = ANN[imit[0]]
    regs = [ANN[x]["region"] for x in imit if ANN[x]["region"]] or [r for r in REGION_SHORT]
    kim = neg_kim(regs)
    plat, t, title = shape_neg(kim, text, ni)
    ni += 1
    add(kim, plat, t, dated(text, neg_time(a, "after")), "negative-topic", [], "extra.py:N2[{}]".format(j),
        imitates=["h32-" + x for x in imit], differs=differs)

# ---------------------------------------------------------------- before
bi = 0


def before(k, text, differs, hours, key, imit):
    global bi
    a = ANN[k]
    regs = [a["region"]] if a["region"] else [r for r in REGION_SHORT]
    kim = neg_kim(regs)
    t = a["dtobj"] - timedelta(hours=hours + rng.uniform(-1.5, 1.5))
    t = max(t, START).replace(microsecond=0)
    plat = ["facebook", "telegram", "instagram", "facebook", "website"][bi % 5]
    bi += 1
    add(kim, plat, text, t, "before", [], key, imitates=["h32-" + x for x in imit], differs=differs)


for k in ids:
    b = ANN[k]["before"]
    if b:
        before(k, b[0], b[1], b[2], "anns.py:{}:B".format(k), [k])
for j, (text, imit, differs, hours) in enumerate(X.B2):
    before(imit[0], text, differs, hours, "extra.py:B2[{}]".format(j), imit)

# ---------------------------------------------------------------- unrelated
for j, text in enumerate(X.U):
    small = [k for k in used if used[k] < 6]
    kim = pick(small or list(used))
    plat = ["facebook", "facebook", "telegram", "instagram", "website", "youtube", "facebook"][j % 7]
    t = START + timedelta(minutes=rng.randint(0, int((END - START).total_seconds() // 60)))
    if t.hour < 6:
        t += timedelta(hours=8)
    t = min(t, END)
    add(kim, plat, text, t, "negative-unrelated", [], "extra.py:U[{}]".format(j))

# ---------------------------------------------------------------- write
POSTS.sort(key=lambda p: (p["when"], p["key"]))
nums = list(range(1, len(POSTS) + 1))
rng.shuffle(nums)
keymap = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, \
        open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for n, p in zip(nums, POSTS):
        pid = "h32-p{:03d}".format(n)
        handle = p["kim"].replace("kim-", "kim")
        if p["platform"] == "facebook":
            url = "https://www.facebook.com/{}/posts/{}".format(handle, 10 ** 15 + n * 7919)
        elif p["platform"] == "instagram":
            url = "https://www.instagram.com/p/H32{}x{:04d}/".format(handle[3:9], n)
        elif p["platform"] == "telegram":
            url = "https://t.me/{}/{}".format(handle.replace("-", "_"), 100 + n)
        elif p["platform"] == "youtube":
            url = "https://www.youtube.com/watch?v=h32{:08d}".format(n * 37)
        else:
            url = "https://{}.desa.id/{}/{}".format(handle, p["when"].strftime("%Y/%m"), slugify(p["title"])[:50])
        fp.write(json.dumps({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": url, "title": p["title"],
                             "text": p["text"], "published_at": iso(p["when"]), "links": p["links"]},
                            ensure_ascii=False) + "\n")
        fl.write(json.dumps({"post": pid, "announcements": p["gold"], "style": p["style"]}, ensure_ascii=False) + "\n")
        entry = {"key": p["key"], "style": p["style"], "gold": p["gold"]}
        entry.update(p["km"])
        keymap[pid] = entry
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for r in ann_rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for kid, region, district, village in KIMS:
        f.write("  - id: {}\n    name: KIM {}\n    region: {}\n    district: {}\n    village: {}\n".format(
            kid, village, region, district, village))
print("posts", len(POSTS))
