#!/usr/bin/env python3
"""Generator of heldout48 (hospitals and medical services). Deterministic: fixed seed, no clock, no network.

Reads the hand-written texts (anns_a..d.py, extra.py) and writes announcements.jsonl, kims.yaml, posts.jsonl,
labels.jsonl and keymap.json. Copy, excerpt and link posts are derived from the releases by seeded transformations
and platform shaping; summaries, paraphrases, look-alikes, `before` and unrelated posts are hand-written; round-ups
are assembled here from release titles / short summaries and local items.
"""
import json
import os
import random
import re
import string
import unicodedata
from datetime import datetime, timedelta, timezone

import anns_a
import anns_b
import anns_c
import anns_d
import extra

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120748
rng = random.Random(SEED)
WITA = timezone(timedelta(hours=8))
END = datetime(2026, 12, 5, 22, 30, tzinfo=WITA)
START = datetime(2026, 10, 20, 7, 0, tzinfo=WITA)

ANNS = anns_a.A + anns_b.A + anns_c.A + anns_d.A
BY_ID = {a["id"]: a for a in ANNS}

# ---------------------------------------------------------------- sources: region, site name, URL builder
# each source gets its own path habit; "wp" marks WordPress sites (which also serve /amp/)
SOURCES = {
    "diskominfo-kalsel": (None, "Diskominfo Kalsel", "diskominfo.kalselprov.go.id", "wp"),
    "pemprov-kalsel": (None, "Pemprov Kalsel", "kalselprov.go.id", "berita"),
    "dinkes-kalsel": (None, "Dinas Kesehatan Kalsel", "dinkes.kalselprov.go.id", "html"),
    "rsud-ulin": (None, "RSUD Ulin Banjarmasin", "rsudulin.kalselprov.go.id", "joomla"),
    "pmi-kalsel": (None, "PMI Kalimantan Selatan", "pmikalsel.or.id", "wp"),
    "dprd-kalsel": (None, "DPRD Kalsel", "dprd.kalselprov.go.id", "detailnum"),
    "pemkot-banjarbaru": ("Kota Banjarbaru", "Pemko Banjarbaru", "banjarbarukota.go.id", "wp"),
    "pemkot-banjarmasin": ("Kota Banjarmasin", "Pemko Banjarmasin", "banjarmasinkota.go.id", "berita"),
    "pemkab-tabalong": ("Kabupaten Tabalong", "Pemkab Tabalong", "tabalongkab.go.id", "num"),
    "pemkab-tanah-laut": ("Kabupaten Tanah Laut", "Pemkab Tanah Laut", "tanahlautkab.go.id", "berita"),
    "pemkab-hsu": ("Kabupaten Hulu Sungai Utara", "Pemkab HSU", "hsu.go.id", "artikel"),
    "pemkab-tanah-bumbu": ("Kabupaten Tanah Bumbu", "Pemkab Tanah Bumbu", "tanahbumbukab.go.id", "news"),
    "pemkab-tapin": ("Kabupaten Tapin", "Pemkab Tapin", "tapinkab.go.id", "read"),
    "pemkab-banjar": ("Kabupaten Banjar", "Pemkab Banjar", "banjarkab.go.id", "wp"),
    "pemkab-balangan": ("Kabupaten Balangan", "Pemkab Balangan", "balangankab.go.id", "detail"),
    "pemkab-hss": ("Kabupaten Hulu Sungai Selatan", "Pemkab HSS", "hulusungaiselatankab.go.id", "berita"),
    "pemkab-hst": ("Kabupaten Hulu Sungai Tengah", "Pemkab HST", "hstkab.go.id", "webnum"),
    "pemkab-batola": ("Kabupaten Barito Kuala", "Pemkab Barito Kuala", "baritokualakab.go.id", "berita"),
    "pemkab-kotabaru": ("Kabupaten Kotabaru", "Pemkab Kotabaru", "kotabarukab.go.id", "num"),
}


def slugify(title, words=9):
    t = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"[^a-z0-9 ]+", " ", t)
    return "-".join(t.split()[:words])


def release_url(a, num):
    _, _, host, habit = SOURCES[a["src"]]
    slug = slugify(a["title"])
    d = a["t"][:10].replace("-", "/")
    return {
        "wp": f"https://{host}/{d}/{slug}/",
        "berita": f"https://{host}/berita/{slug}",
        "html": f"https://{host}/berita/{slug}.html",
        "joomla": f"https://{host}/index.php/berita/{num}-{slug}",
        "detailnum": f"https://{host}/berita/detail/{num}/{slug}",
        "num": f"https://{host}/berita/{num}/{slug}",
        "artikel": f"https://{host}/artikel/{slug}",
        "news": f"https://{host}/news/{slug}",
        "read": f"https://{host}/berita/read/{num}",
        "detail": f"https://{host}/berita/detail/{slug}",
        "webnum": f"https://{host}/web/berita/{num}/{slug}",
    }[habit]


# ---------------------------------------------------------------- KIM registry
KIMS = [  # id suffix, region, district, village, channel handle
    ("kelayan-timur", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Timur"),
    ("alalak-selatan", "Kota Banjarmasin", "Banjarmasin Utara", "Alalak Selatan"),
    ("pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya"),
    ("teluk-dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam"),
    ("guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal"),
    ("sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar"),
    ("keramat", "Kabupaten Banjar", "Martapura", "Keramat"),
    ("sungai-rangas", "Kabupaten Banjar", "Martapura Barat", "Sungai Rangas"),
    ("pasar-jati", "Kabupaten Banjar", "Astambul", "Pasar Jati"),
    ("tabanio", "Kabupaten Tanah Laut", "Takisung", "Tabanio"),
    ("bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati"),
    ("jorong", "Kabupaten Tanah Laut", "Jorong", "Jorong"),
    ("tatakan", "Kabupaten Tapin", "Tapin Selatan", "Tatakan"),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("bitahan", "Kabupaten Tapin", "Lokpaikat", "Bitahan"),
    ("hamalau", "Kabupaten Hulu Sungai Selatan", "Sungai Raya", "Hamalau"),
    ("angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang"),
    ("kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota"),
    ("haruyan", "Kabupaten Hulu Sungai Tengah", "Haruyan", "Haruyan"),
    ("pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan"),
    ("barabai-timur", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Timur"),
    ("sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang"),
    ("teluk-daun", "Kabupaten Hulu Sungai Utara", "Amuntai Utara", "Teluk Daun"),
    ("hambuku-hulu", "Kabupaten Hulu Sungai Utara", "Sungai Tabukan", "Hambuku Hulu"),
    ("paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("batu-piring", "Kabupaten Balangan", "Paringin Selatan", "Batu Piring"),
    ("mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
    ("pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan"),
    ("tanta", "Kabupaten Tabalong", "Tanta", "Tanta"),
    ("jejangkit-pasar", "Kabupaten Barito Kuala", "Jejangkit", "Jejangkit Pasar"),
    ("tabunganen-muara", "Kabupaten Barito Kuala", "Tabunganen", "Tabunganen Muara"),
    ("anjir-muara", "Kabupaten Barito Kuala", "Anjir Muara", "Anjir Muara Kota"),
    ("sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau"),
    ("batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin"),
    ("sungai-loban", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sungai Loban"),
    ("sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali"),
    ("stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen"),
    ("semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap"),
]
KIM = {"kim-" + k[0]: dict(id="kim-" + k[0], name="KIM " + k[3], region=k[1], district=k[2], village=k[3])
       for k in KIMS}
INACTIVE = ["kim-teluk-dalam", "kim-bangkal", "kim-bitahan", "kim-haruyan", "kim-tanta", "kim-stagen"]
SPECIAL = ["kim-hambuku-hulu", "kim-halong", "kim-sungai-loban", "kim-anjir-muara"]
PLAIN = [k for k in KIM if k not in INACTIVE and k not in SPECIAL]


def region_of(a):
    return SOURCES[a["src"]][0]


def kims_in(region, pool):
    return [k for k in pool if region is None or KIM[k]["region"] == region]


# ---------------------------------------------------------------- post URLs (per platform, per KIM)
def handle(kim):
    return "kim" + kim[4:].replace("-", "")


def rand_token(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def post_url(kim, platform, when, title):
    h = handle(kim)
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/pfbid0{rand_token(34)}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{rand_token(11, string.ascii_letters + string.digits + '_-')}/"
    if platform == "telegram":
        return f"https://t.me/info_{h}/{rng.randint(120, 2400)}"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={rand_token(11, string.ascii_letters + string.digits + '_-')}"
    return f"https://{h}.desa.id/{when.year}/{when.month:02d}/{slugify(title, 7)}/"


# ---------------------------------------------------------------- helpers
def at(s):
    return datetime.fromisoformat(s).replace(tzinfo=WITA)


def paras(a):
    return a["text"].split("\n\n")


def tagless(text):
    return re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text)


HASH_POOL = ["#KalselSehat", "#RSUD", "#InfoKesehatan", "#KIMKalsel", "#LayananPublik", "#BanuaSehat", "#InfoDesa",
             "#Kalsel", "#RumahSakit", "#JKN", "#Diskominfo", "#SobatKIM", "#KabarBanua", "#WargaSehat",
             "#InfoWarga", "#KesehatanUntukSemua"]


def tags(n):
    return " ".join(rng.sample(HASH_POOL, n))


def delay_gold(ann_t):
    """A gold delay: 12 minutes .. 19 days, median about a day; never after END."""
    for _ in range(50):
        minutes = int(round(2.718281828 ** rng.uniform(2.5, 10.2)))  # ~12 min .. ~19 days
        t = ann_t + timedelta(minutes=max(12, minutes))
        if t <= END and t - ann_t <= timedelta(days=19, hours=20):
            return t + timedelta(seconds=rng.randint(0, 59))
    return ann_t + timedelta(hours=rng.randint(1, 20), seconds=rng.randint(0, 59))


# ---------------------------------------------------------------- copy habits
def typo(text, n):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    for i in rng.sample(idx, min(n, len(idx))):
        w = words[i]
        j = rng.randint(1, len(w) - 3)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def habits(text, village):
    ops = []
    for op in rng.sample(["dash", "quotes", "typo", "collapse", "notag", "abbr", "dateline"], rng.randint(0, 3)):
        if op == "dash":
            text = text.replace("\u2013", "-")
        elif op == "quotes":
            text = text.replace("\u201c", '"').replace("\u201d", '"')
        elif op == "typo":
            text = typo(text, rng.randint(1, 3))
        elif op == "collapse":
            text = text.replace("\n\n", " ")
        elif op == "notag":
            text = tagless(text)
        elif op == "abbr":
            text = re.sub(r"\byang\b", "yg", text)
            text = re.sub(r"\bdengan\b", "dgn", text)
            text = re.sub(r"\buntuk\b", "utk", text)
        elif op == "dateline":
            text = re.sub(r"^([A-Z]+) \u2013", lambda m: f"{m.group(1)} (KIM {village}) \u2013", text)
        ops.append(op)
    return text, ops


# ---------------------------------------------------------------- link forms
def link_form(url, wp, form):
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
        u = u + "amp/" if wp else u + "?utm_source=wa"
    elif form == "utm":
        u = u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    elif form == "fbclid":
        u = u + "?fbclid=IwAR" + rand_token(40)
    elif form == "utm+fbclid":
        u = u + "?utm_source=whatsapp&fbclid=IwZX" + rand_token(30)
    elif form == "http+m":
        u = u.replace("https://", "http://m.")
    elif form == "bare-www":
        u = "www." + u[len("https://"):]
    return u


FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utm+fbclid", "http+m", "bare-www", "exact"]

# ---------------------------------------------------------------- post assembly
POSTS = []  # dicts with extra keys: _label, _key, _meta


def add(kim, platform, when, text, title="", links=(), *, style, gold, key, **meta):
    if platform not in ("website", "youtube"):
        title = ""
    elif not title:
        title = " ".join(re.sub(r"#\S+", "", text).split()[:9]).rstrip(".,:;") + " …"
    links = list(links)
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text):
        u = u.rstrip(".,;:!?")
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, url=post_url(kim, platform, when, title or text[:40]),
                      title=title, text=text, published_at=when.isoformat(), links=links,
                      _label=dict(announcements=list(gold), style=style), _key=key, _meta=meta))


def pick_kim(a, pool, counter):
    cands = kims_in(region_of(a), pool) or pool
    cands = sorted(cands, key=lambda k: (counter.get(k, 0), rng.random()))
    k = cands[0]
    counter[k] = counter.get(k, 0) + 1
    return k


def main():
    # ------------------------------------------------------------ announcements
    ann_rows = []
    for i, a in enumerate(ANNS):
        a["url"] = release_url(a, 4100 + i * 7 + rng.randint(0, 5))
        a["dt"] = at(a["t"])
        ann_rows.append(dict(id="h48-" + a["id"], source=a["src"], url=a["url"], title=a["title"], text=a["text"],
                             published_at=a["dt"].isoformat()))
    ann_rows.sort(key=lambda r: r["published_at"])
    use = {}

    def gid(a):
        return ["h48-" + a["id"]]

    # ------------------------------------------------------------ copy (30)
    copy_anns = rng.sample(ANNS, 30)
    shapes = ["wa", "web", "greet", "tgfwd", "ig"] * 6
    rng.shuffle(shapes)
    for a, shape in zip(copy_anns, shapes):
        k = pick_kim(a, PLAIN, use)
        v = KIM[k]["village"]
        body, ops = habits(a["text"], v)
        when = delay_gold(a["dt"])
        site = SOURCES[a["src"]][1]
        title, links, platform = "", [], "facebook"
        if shape == "wa":
            platform = rng.choice(["facebook", "telegram"])
            head = rng.choice(["\u21aa\ufe0f Diteruskan dari grup Info Kesehatan Kecamatan",
                               "Forward dari grup sebelah \U0001f447", "Diteruskan dari grup Kader Posyandu Desa",
                               "Dari grup Keluarga Pasien RSUD \U0001f447"])
            flag = rng.choice(["*BERITA PENTING*", "\U0001f4e2 *INFO RESMI* \U0001f4e2", "*MOHON DISEBARKAN*",
                               "\u203c\ufe0f *INFO RUMAH SAKIT* \u203c\ufe0f"])
            text = f"{head}\n\n{flag}\n*{a['title']}*\n\n{body}\n\n_Semoga bermanfaat, silakan diteruskan_"
        elif shape == "web":
            platform = "website"
            title = a["title"]
            src = a["url"] if rng.random() < 0.5 else SOURCES[a["src"]][2]
            text = f"Oleh Admin KIM {v} \u00b7 {rng.randint(0, 6)} Komentar\n\n{body}\n\nSumber: {src}"
        elif shape == "greet":
            g = rng.choice([f"Assalamualaikum warga {v}, ada kabar dari {site}:",
                            f"Selamat pagi sobat KIM {v}! Info layanan rumah sakit hari ini \U0001f447",
                            f"Bismillah, kami bagikan rilis {site} untuk warga {v} dan sekitarnya."])
            text = f"{g}\n\n{body}\n\nSalam KIM {v} \U0001f64f"
        elif shape == "tgfwd":
            platform = "telegram"
            reg = (region_of(a) or "Kalsel").replace("Kabupaten ", "").replace("Kota ", "")
            text = f"Forwarded from Info {reg}\n{a['title'].upper()}\n\n{body}"
        else:
            platform = "instagram"
            text = f"\U0001f4cc {a['title'].upper()}\n\n{body}\n\n{tags(rng.randint(4, 6))}"
        add(k, platform, when, text, title, links, style="copy", gold=gid(a), key=f"auto:copy:{a['id']}",
            shape=shape, ops=ops)

    # ------------------------------------------------------------ excerpt (34)
    ex_anns = rng.sample(ANNS, 34)
    shapes = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["yt"] * 5 + ["webquote"] * 5 + ["fbintro"] * 6
    rng.shuffle(shapes)
    for a, shape in zip(ex_anns, shapes):
        k = pick_kim(a, PLAIN, use)
        v = KIM[k]["village"]
        p = paras(a)
        when = delay_gold(a["dt"])
        title, platform = "", "facebook"
        if shape == "tgtrunc":
            platform = "telegram"
            limit = rng.randint(150, 220)
            cut = p[0][:limit].rsplit(" ", 1)[0].rstrip(",.;:")
            text = f"{a['title']}\n\n{cut}\u2026"
        elif shape == "fbmore":
            nxt = " ".join(p[1].split()[:rng.randint(9, 15)])
            text = f"{p[0]}\n\n{nxt}... Lihat selengkapnya"
        elif shape == "iglead":
            platform = "instagram"
            text = f"{p[0]}\n\n{tags(rng.randint(3, 5))}"
        elif shape == "yt":
            platform = "youtube"
            title = "VIDEO | " + a["title"]
            text = (f"{p[0]}\n\n00:00 Pembuka\n00:35 {rng.choice(['Suasana di lokasi', 'Keterangan petugas', 'Fasilitas baru'])}"
                    f"\n02:10 Wawancara\n04:05 Penutup\n\nJangan lupa subscribe kanal KIM {v}.")
        elif shape == "webquote":
            platform = "website"
            quote = next(s for s in p if "\u201c" in s)
            title = "Kutipan Pekan Ini: " + a["title"]
            text = f"Kami kutip bagian penting rilis {SOURCES[a['src']][1]} berikut.\n\n{quote}"
        else:
            intro = rng.choice(["Info penting untuk warga, mohon dibaca sampai habis.",
                                f"Warga {v}, simak kabar layanan kesehatan berikut.", "Kabar baik dari rumah sakit daerah kita:"])
            outro = rng.choice(["Semoga bermanfaat.", "Bagikan ke keluarga yang membutuhkan.", "Sehat selalu untuk kita semua."])
            text = f"{intro}\n\n{p[0]}\n\n{p[1]}\n\n{outro}"
        add(k, platform, when, text, title, style="excerpt", gold=gid(a), key=f"auto:excerpt:{a['id']}", shape=shape)

    # ------------------------------------------------------------ link (36)
    link_anns = ANNS[:] + rng.sample(ANNS, 36 - len(ANNS)) if len(ANNS) < 36 else rng.sample(ANNS, 36)
    shapes = ["fbshare"] * 8 + ["fburl"] * 7 + ["tg"] * 7 + ["yt"] * 7 + ["web"] * 7
    rng.shuffle(shapes)
    comments = ["Info penting untuk warga yang berobat ke rumah sakit.", "Silakan dibaca, semoga bermanfaat.",
                "Kabar baik soal layanan kesehatan di daerah kita \U0001f447", "Baca beritanya di sini ya.",
                "Mohon dibagikan ke keluarga yang sedang berobat.", "Alhamdulillah, layanan makin dekat.",
                "Warga wajib tahu.", "Catat baik-baik ya dangsanak."]
    for i, (a, shape) in enumerate(zip(link_anns, shapes)):
        k = pick_kim(a, PLAIN, use)
        v = KIM[k]["village"]
        wp = SOURCES[a["src"]][3] == "wp"
        form = FORMS[i % len(FORMS)]
        u = link_form(a["url"], wp, form)
        when = delay_gold(a["dt"])
        title, links, platform = "", [], "facebook"
        c = rng.choice(comments)
        if shape == "fbshare":
            text = f"{c}\n\n{SOURCES[a['src']][1].upper()}\n{a['title']}"
            links = [u if form != "bare-www" else a["url"]]
        elif shape == "fburl":
            text = f"{c}\n{u}"
        elif shape == "tg":
            platform = "telegram"
            text = f"\U0001f4f0 {a['title']}\n\n{u}"
        elif shape == "yt":
            platform = "youtube"
            title = rng.choice(["Kabar Rumah Sakit: ", "Info Layanan Kesehatan | ", "Berita Banua: "]) + a["title"]
            text = f"Rangkuman singkat dari KIM {v}.\n\nBerita lengkap: {u}\n\n#KIMKalsel #InfoKesehatan"
        else:
            platform = "website"
            title = a["title"]
            text = f"{c} {SOURCES[a['src']][1]} menerbitkan kabar berikut untuk warga.\n\nBaca selengkapnya: {u}"
        add(k, platform, when, text, title, links, style="link", gold=gid(a), key=f"auto:link:{a['id']}",
            shape=shape, form=form)

    # ------------------------------------------------------------ summaries (40 short + 20 long)
    for a in ANNS:
        k = pick_kim(a, PLAIN, use)
        when = delay_gold(a["dt"])
        shape = rng.choice(["fb", "tg", "ig", "wa"])
        s = a["s"]
        platform = {"fb": "facebook", "tg": "telegram", "ig": "instagram", "wa": rng.choice(["facebook", "telegram"])}[shape]
        if shape == "ig":
            s = f"{s}\n\n{tags(3)}"
        elif shape == "wa":
            s = f"*INFO*\n{s}\n_Mohon disebarkan_"
        add(k, platform, when, s, style="summary", gold=gid(a), key=f"anns:{a['id']}:S", shape=shape)
    longs = [(a, a["L"]) for a in ANNS if a.get("L")] + [(BY_ID[i], t) for i, t in extra.L2.items() if t]
    lshapes = ["fb", "web", "yt", "ig"] * 5
    rng.shuffle(lshapes)
    for (a, text), shape in zip(longs, lshapes):
        k = pick_kim(a, PLAIN, use)
        v = KIM[k]["village"]
        when = delay_gold(a["dt"])
        title, platform = "", "facebook"
        if shape == "web":
            platform, title = "website", rng.choice(["Ringkasan: ", "Kabar Kesehatan: ", ""]) + a["title"]
        elif shape == "yt":
            platform, title = "youtube", "Liputan KIM " + v + ": " + a["title"]
            text = f"Liputan: {text}\n\n00:00 Pembuka\n01:12 Di lokasi\n03:30 Tanggapan warga"
        elif shape == "ig":
            platform = "instagram"
            text = f"{text}\n\n{tags(12)}"
        add(k, platform, when, text, title, style="summary", gold=gid(a), key=f"anns:{a['id']}:L", shape="long-" + shape)

    # ------------------------------------------------------------ paraphrases (40 Banjar + 4 casual Indonesian)
    for a in ANNS:
        specials = kims_in(region_of(a), SPECIAL)
        k = specials[0] if specials and rng.random() < 0.75 else pick_kim(a, PLAIN, use)
        when = delay_gold(a["dt"])
        add(k, rng.choice(["facebook", "facebook", "instagram", "telegram"]), when, a["p"], style="paraphrase",
            gold=gid(a), key=f"anns:{a['id']}:P", shape="banjar")
    for i, (aid, text) in enumerate(extra.P2):
        a = BY_ID[aid]
        k = pick_kim(a, PLAIN, use)
        add(k, rng.choice(["instagram", "facebook"]), delay_gold(a["dt"]), text, style="paraphrase", gold=gid(a),
            key=f"extra:P2[{i}]", shape="casual")

    # ------------------------------------------------------------ round-ups (26: 8 with three, 18 with two)
    sizes = [3] * 8 + [2] * 18
    rng.shuffle(sizes)
    layouts = ["oneline", "bullets", "numbered", "prose", "ytchap", "pekan"]
    roundup_kims = SPECIAL * 3 + PLAIN
    local_pool = list(extra.LOCAL)
    used_sets = set()
    for n, size in enumerate(sizes):
        k = roundup_kims[n] if n < len(SPECIAL) * 3 else rng.choice(PLAIN)
        region = KIM[k]["region"]
        for _ in range(500):
            when = datetime(2026, 11, 6, tzinfo=WITA) + timedelta(minutes=rng.randint(0, 29 * 24 * 60 - 60))
            when = min(when, END)
            pool = [a for a in ANNS if timedelta(hours=2) <= when - a["dt"] <= timedelta(days=10)
                    and region_of(a) in (None, region)]
            if len(pool) < size:
                pool = [a for a in ANNS if timedelta(hours=2) <= when - a["dt"] <= timedelta(days=10)]
            if len(pool) >= size:
                chosen = sorted(rng.sample(pool, size), key=lambda a: a["dt"])
                sig = tuple(a["id"] for a in chosen)
                if sig not in used_sets:
                    used_sets.add(sig)
                    break
        when = when + timedelta(seconds=rng.randint(0, 59))
        items = []
        for a in chosen:
            mode = rng.choice(["title", "lower", "short"])
            items.append(a["title"] if mode == "title" else a["title"][0] + a["title"][1:].lower()
                         if mode == "lower" else a["s"])
        local = []
        if rng.random() < 0.55 and local_pool:
            local = [local_pool.pop(rng.randrange(len(local_pool)))]
            items.insert(rng.randint(0, len(items)), local[0])
        layout = layouts[n % len(layouts)]
        v = KIM[k]["village"]
        title, platform = "", "facebook"
        if layout == "oneline":
            text = "KILAS KESEHATAN | " + " | ".join(items) + " |"
            platform = rng.choice(["facebook", "telegram"])
        elif layout == "bullets":
            text = f"Rangkuman info pekan ini dari KIM {v}:\n" + "\n".join("\u2022 " + x for x in items)
        elif layout == "numbered":
            text = "Info layanan kesehatan yang perlu warga tahu:\n" + "\n".join(f"{j + 1}. {x}" for j, x in enumerate(items))
            platform = rng.choice(["telegram", "instagram"])
        elif layout == "prose":
            platform, title = "website", f"Sepekan di Banua: Kabar Rumah Sakit dan Layanan Warga ({when.day}/{when.month})"
            text = ("Beberapa kabar sepekan terakhir yang kami rangkum untuk warga. " +
                    " Selain itu, ".join(x.rstrip(".") + "." for x in items) + " Semoga bermanfaat.")
        elif layout == "ytchap":
            platform, title = "youtube", f"Rangkuman Berita KIM {v} Pekan Ini"
            text = "Daftar isi:\n" + "\n".join(f"{j // 60:02d}:{j % 60:02d} {x}" for j, x in
                                               zip(range(0, 60 * len(items) * 2, 95), items))
        else:
            text = "\U0001f5de\ufe0f KABAR SINGKAT PEKAN INI \u2705\n\n" + "\n\n".join("\u25b6\ufe0f " + x for x in items)
        add(k, platform, when, text, title, style="roundup", gold=["h48-" + a["id"] for a in chosen],
            key=f"auto:roundup:{n + 1}", shape=layout, local=local)

    # ------------------------------------------------------------ look-alikes (negative-topic)
    fixed = {("a26", 1): "2026-12-01T14:20:00", ("a06", 0): "2026-12-04T15:10:00", ("a22", 0): "2026-12-03T17:05:00",
             ("a15", 2): "2026-12-03T10:30:00", ("a01", 1): "2026-12-02T09:15:00", ("a34", 0): "2026-12-04T11:40:00",
             ("a05", 0): "2026-11-18T14:05:00", ("a10", 0): "2026-12-04T13:25:00", ("a33", 0): "2026-12-01T10:00:00",
             ("a24", 1): "2026-11-30T19:45:00", ("a12", 2): "2026-11-05T06:40:00", ("a12", 1): "2026-11-19T08:10:00",
             ("a32", 2): "2026-12-05T09:00:00", ("a17", 0): "2026-11-14T10:20:00", ("a13", 1): "2026-11-23T09:30:00",
             ("a26", 1.5): None}
    looks = [(a, i, t, d) for a in ANNS for i, (t, d) in enumerate(a["n"])]
    looks += [(BY_ID[aid], 100 + i, t, d) for i, (aid, t, d) in enumerate(extra.N2)]
    traps = {"rsud-ulin": "https://rsudulin.kalselprov.go.id/index.php/berita/3977-jadwal-poliklinik-oktober-2026",
             "dinkes-kalsel": "https://dinkes.kalselprov.go.id/berita/rekap-ketersediaan-obat-triwulan-iii-2026.html",
             "pemkab-tapin": "https://tapinkab.go.id/berita/read/3811", "pemkab-hsu": "https://hsu.go.id/artikel/rsud-pambalah-batung-gelar-donor-darah-hut",
             "pemkot-banjarbaru": "https://banjarbarukota.go.id/2026/08/14/progres-pembangunan-gedung-rawat-inap-rsud-idaman/"}
    neg_use = {}
    nshapes = ["fb", "fb", "wa", "tg", "ig", "web", "yt", "fb", "tg"]
    for j, (a, i, text, differs) in enumerate(looks):
        region = region_of(a)
        inact = [k for k in INACTIVE if region and KIM[k]["region"] == region]
        if inact and rng.random() < 0.8:
            k = inact[0]
        elif j % 9 == 0:
            k = INACTIVE[j % len(INACTIVE)]
        else:
            k = pick_kim(a, PLAIN + SPECIAL, neg_use)
        if (a["id"], i) in fixed:
            when = at(fixed[(a["id"], i)]) + timedelta(seconds=rng.randint(0, 59))
        elif "same day" in differs or "same official" in differs:
            when = a["dt"] + timedelta(minutes=rng.randint(60, 8 * 60), seconds=rng.randint(0, 59))
        else:
            when = a["dt"] + timedelta(minutes=rng.randint(180, 10 * 24 * 60), seconds=rng.randint(0, 59))
        when = min(when, END - timedelta(minutes=rng.randint(0, 600)))
        shape = nshapes[j % len(nshapes)]
        platform = {"fb": "facebook", "wa": "facebook", "tg": "telegram", "ig": "instagram", "web": "website",
                    "yt": "youtube"}[shape]
        body, title = text, ""
        if shape == "wa":
            body = f"*BERITA PENTING*\n\n{text}\n\n_Diteruskan dari grup Warga {KIM[k]['village']}_"
        elif shape == "ig":
            body = f"{text}\n\n{tags(rng.randint(3, 6))}"
        elif shape == "yt":
            title = " ".join(text.split()[:8]).rstrip(".,") + " | KIM " + KIM[k]["village"]
            body = f"{text}\n\n00:00 Pembuka\n01:20 Di lokasi"
        if a["src"] in traps and j % 4 == 1:
            body += f"\n\nBaca juga: {traps[a['src']]}"
        elif j % 11 == 3:
            body += f"\n\nSumber: {SOURCES[a['src']][2]}"
        add(k, platform, when, body, title, style="negative-topic", gold=[], key=f"anns:{a['id']}:N[{i}]"
            if i < 100 else f"extra:N2[{i - 100}]", shape=shape, imitates=["h48-" + a["id"]], differs=differs)

    # ------------------------------------------------------------ before
    befores = [(a, a["b"][0], a["b"][1], f"anns:{a['id']}:B") for a in ANNS if a.get("b")]
    befores += [(BY_ID[aid], t, h, f"extra:B2[{i}]") for i, (aid, t, h) in enumerate(extra.B2)]
    for j, (a, text, hours, key) in enumerate(befores):
        region = region_of(a)
        inact = [k for k in INACTIVE if region and KIM[k]["region"] == region]
        k = inact[0] if inact else pick_kim(a, PLAIN + SPECIAL, neg_use)
        when = a["dt"] - timedelta(hours=hours, minutes=rng.randint(0, 50), seconds=rng.randint(0, 59))
        platform = ["facebook", "telegram", "facebook", "instagram"][j % 4]
        add(k, platform, when, text, style="before", gold=[], key=key, shape=platform,
            imitates=["h48-" + a["id"]], differs="posted before the release: invitation, rumour or preparations seen, "
                                                  "without the release's text")

    # ------------------------------------------------------------ unrelated
    for i, text in enumerate(extra.U):
        k = rng.choice(list(KIM))
        when = START + timedelta(minutes=rng.randint(0, int((END - START).total_seconds() // 60)))
        platform = rng.choice(["facebook", "facebook", "telegram", "instagram", "website"])
        if "diskominfo.kalselprov.go.id" in text:
            when = datetime(2026, 11, 13, 10, 5, tzinfo=WITA)
        add(k, platform, when + timedelta(seconds=rng.randint(0, 59)), text, style="negative-unrelated", gold=[],
            key=f"extra:U[{i}]", shape=platform)

    # ------------------------------------------------------------ ids, order, files
    POSTS.sort(key=lambda p: (p["published_at"], p["_key"]))
    ids = [f"h48-p{i:03d}" for i in range(1, len(POSTS) + 1)]
    random.Random(SEED + 1).shuffle(ids)
    keymap = {}
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, \
            open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for pid, p in zip(ids, POSTS):
            row = dict(id=pid, kim=p["kim"], platform=p["platform"], url=p["url"], title=p["title"], text=p["text"],
                       published_at=p["published_at"], links=p["links"])
            fp.write(json.dumps(row, ensure_ascii=False) + "\n")
            lab = dict(post=pid, **p["_label"])
            fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
            keymap[pid] = dict(key=p["_key"], style=lab["style"], gold=lab["announcements"], **p["_meta"])
    with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
        for r in ann_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
        f.write("kims:\n")
        for k in KIM.values():
            f.write(f"- id: {k['id']}\n  name: {k['name']}\n  region: {k['region']}\n  district: {k['district']}\n"
                    f"  village: {k['village']}\n")
    print(f"wrote {len(ann_rows)} announcements, {len(KIM)} kims, {len(POSTS)} posts")


if __name__ == "__main__":
    main()
