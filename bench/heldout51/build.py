#!/usr/bin/env python3
"""heldout51 generator. Reads the hand-written modules (anns_trans, anns_land, anns_bound, anns_more, extra) and writes
announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json. Deterministic: one seeded RNG, no clock."""
import json
import os
import random
import re
from datetime import datetime, timedelta

import anns_bound
import anns_land
import anns_more
import anns_trans
import extra

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120751
R = random.Random(SEED)
W = "+08:00"
START, END = datetime(2026, 10, 20, 7, 0), datetime(2026, 12, 5, 21, 30)

# ---------------------------------------------------------------- KIM registry (real places; roles)
KIMS = [
    # id, region, district, village
    ("kim-pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya"),
    ("kim-sungai-andai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Andai"),
    ("kim-basirih-selatan", "Kota Banjarmasin", "Banjarmasin Selatan", "Basirih Selatan"),
    ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("kim-loktabat-selatan", "Kota Banjarbaru", "Banjarbaru Selatan", "Loktabat Selatan"),
    ("kim-cempaka", "Kota Banjarbaru", "Cempaka", "Cempaka"),
    ("kim-mataraman", "Kabupaten Banjar", "Mataraman", "Mataraman"),
    ("kim-aranio", "Kabupaten Banjar", "Aranio", "Aranio"),
    ("kim-astambul", "Kabupaten Banjar", "Astambul", "Astambul Kota"),
    ("kim-bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati"),
    ("kim-jorong", "Kabupaten Tanah Laut", "Jorong", "Jorong"),
    ("kim-panyipatan", "Kabupaten Tanah Laut", "Panyipatan", "Panyipatan"),
    ("kim-sebelimbingan", "Kabupaten Kotabaru", "Pulau Laut Utara", "Sebelimbingan"),
    ("kim-serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga"),
    ("kim-hampang", "Kabupaten Kotabaru", "Hampang", "Hampang"),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("kim-juai", "Kabupaten Balangan", "Juai", "Juai"),
    ("kim-mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
    ("kim-jaro", "Kabupaten Tabalong", "Jaro", "Jaro"),
    ("kim-muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
    ("kim-kandangan-utara", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Utara"),
    ("kim-loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado"),
    ("kim-angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang"),
    ("kim-barabai-timur", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Timur"),
    ("kim-hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan"),
    ("kim-pagat", "Kabupaten Hulu Sungai Tengah", "Batu Benawa", "Pagat"),
    ("kim-sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang"),
    ("kim-paliwara", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Paliwara"),
    ("kim-danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
    ("kim-rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung"),
    ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("kim-hatungun", "Kabupaten Tapin", "Hatungun", "Hatungun"),
    ("kim-marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota"),
    ("kim-sumber-rahayu", "Kabupaten Barito Kuala", "Wanaraya", "Sumber Rahayu"),
    ("kim-anjir-pasar", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota"),
    ("kim-batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin"),
    ("kim-mantewe", "Kabupaten Tanah Bumbu", "Mantewe", "Mantewe"),
    ("kim-sebamban-baru", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sebamban Baru"),
    ("kim-sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau"),
]
INACTIVE = ["kim-sungai-andai", "kim-cempaka", "kim-jorong", "kim-muara-uya", "kim-angkinang", "kim-anjir-pasar"]
SPECIAL = ["kim-aranio", "kim-hantakan", "kim-halong", "kim-hatungun"]
KIM = {k[0]: k for k in KIMS}
REGION_KIMS = {}
for k in KIMS:
    REGION_KIMS.setdefault(k[1], []).append(k[0])
# uneven activity: a weight per KIM for picking the author of a gold post
WEIGHT = {k[0]: R.choice([1, 1, 2, 2, 3, 4]) for k in KIMS}

# ---------------------------------------------------------------- sources and their URL shapes
SOURCES = {
    # id: (host, shape, site name, region or None for province-wide)
    "disnakertrans-kalsel": ("disnakertrans.kalselprov.go.id", "wp", "Disnakertrans Kalsel", None),
    "kanwil-bpn-kalsel": ("kanwilbpn-kalsel.atrbpn.go.id", "bpn", "Kanwil BPN Kalsel", None),
    "bappeda-kalsel": ("bappeda.kalselprov.go.id", "berita", "Bappeda Kalsel", None),
    "pemprov-kalsel": ("kalselprov.go.id", "berita", "Pemprov Kalsel", None),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp", "Diskominfo Kalsel", None),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "berita", "Pemkot Banjarmasin", "Kota Banjarmasin"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "Pemkot Banjarbaru", "Kota Banjarbaru"),
    "pemkab-banjar": ("banjarkab.go.id", "wpm", "Pemkab Banjar", "Kabupaten Banjar"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "Pemkab Tanah Laut", "Kabupaten Tanah Laut"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num", "Pemkab Kotabaru", "Kabupaten Kotabaru"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "Pemkab Balangan", "Kabupaten Balangan"),
    "pemkab-tabalong": ("tabalongkab.go.id", "num", "Pemkab Tabalong", "Kabupaten Tabalong"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "detail", "Pemkab HSS", "Kabupaten Hulu Sungai Selatan"),
    "pemkab-hst": ("hstkab.go.id", "num", "Pemkab HST", "Kabupaten Hulu Sungai Tengah"),
    "pemkab-hsu": ("hsu.go.id", "artikel", "Pemkab HSU", "Kabupaten Hulu Sungai Utara"),
    "pemkab-tapin": ("tapinkab.go.id", "berita", "Pemkab Tapin", "Kabupaten Tapin"),
    "pemkab-batola": ("baritokualakab.go.id", "berita", "Pemkab Barito Kuala", "Kabupaten Barito Kuala"),
    "pemkab-tanbu": ("tanahbumbukab.go.id", "news", "Pemkab Tanah Bumbu", "Kabupaten Tanah Bumbu"),
}
WORDPRESS = ("wp", "wpm")
SHORT_REGION = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
                "Kabupaten Tanah Laut": "TanahLaut", "Kabupaten Kotabaru": "Kotabaru", "Kabupaten Balangan": "Balangan",
                "Kabupaten Tabalong": "Tabalong", "Kabupaten Hulu Sungai Selatan": "HSS",
                "Kabupaten Hulu Sungai Tengah": "HST", "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Tapin": "Tapin",
                "Kabupaten Barito Kuala": "Batola", "Kabupaten Tanah Bumbu": "TanahBumbu"}
# where a release happens (for provincial sources: the place it mentions most)
PLACE = {"a01": None, "a07": None, "a13": None, "a21": None, "a24": None, "a32": None, "a36": "Kota Banjarmasin",
         "a39": None}

FAMILY = {}
for ids, tags in (
        (("a01", "a02", "a03", "a37"), ["#transmigrasi", "#wargabaru", "#kawasantransmigrasi"]),
        (("a04", "a05", "a06", "a40"), ["#transmigrasi", "#calontransmigran", "#infokerja"]),
        (("a07", "a08", "a09"), ["#sertipikat", "#lahantransmigrasi", "#pertanahan"]),
        (("a10", "a11", "a12"), ["#sengketatanah", "#mediasi", "#pertanahan"]),
        (("a13", "a14", "a15"), ["#RTRW", "#tataruang", "#konsultasipublik"]),
        (("a16", "a17", "a38"), ["#KKPR", "#tataruang", "#perizinan"]),
        (("a18", "a19", "a20"), ["#SLF", "#bangunangedung", "#PUPR"]),
        (("a21", "a22", "a23"), ["#Gemapatas", "#patokbatas", "#pertanahan"]),
        (("a24", "a25", "a26"), ["#bataswilayah", "#batasdaerah", "#pemerintahan"]),
        (("a27", "a28", "a29"), ["#asetdaerah", "#sertipikat", "#pertanahan"]),
        (("a30", "a31"), ["#wilayahadat", "#masyarakatadat", "#Meratus"]),
        (("a32", "a33", "a39"), ["#mafiatanah", "#sertipikat", "#waspada"]),
        (("a34", "a35"), ["#konsolidasitanah", "#penataanlahan", "#pertanahan"]),
        (("a36",), ["#produktransmigran", "#UMKM", "#Siring0Km"])):
    for i in ids:
        FAMILY[i] = tags
GENERIC_TAGS = ["#KIM", "#InfoPublik", "#Kalsel", "#KalselMaju", "#InfoWarga", "#KabarDesa", "#Banua", "#BeritaBaik",
                "#KIMKalsel", "#SebarkanKebaikan", "#InfoTerkini", "#WargaCerdas"]


def slugify(title):
    s = title.lower().replace("–", "-")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def ann_url(n, src, at, title):
    host, shape, _, _ = SOURCES[src]
    slug, d = slugify(title), datetime.fromisoformat(at)
    if shape == "wp":
        return f"https://{host}/{d:%Y/%m/%d}/{slug}/"
    if shape == "wpm":
        return f"https://{host}/{d:%Y/%m}/{slug}/"
    if shape == "bpn":
        return f"https://{host}/publikasi/berita/{slug}"
    if shape == "num":
        return f"https://{host}/berita/{5100 + n * 13}/{slug}"
    if shape == "detail":
        return f"https://{host}/berita/detail/{slug}"
    return f"https://{host}/{shape}/{slug}"


# ---------------------------------------------------------------- announcements
A = {**anns_trans.A, **anns_land.A, **anns_bound.A}
for k, (i, s) in anns_more.MORE.items():
    A[k]["text"][i] += " " + s
AIDS = sorted(A)
ANNS = []
for aid in AIDS:
    a = A[aid]
    a["id"] = "h51-" + aid
    a["time"] = datetime.fromisoformat(a["at"])
    a["body"] = "\n\n".join(a["text"])
    a["url"] = ann_url(int(aid[1:]), a["src"], a["at"], a["title"])
    src_region = SOURCES[a["src"]][3]
    a["region"] = PLACE.get(aid, src_region)
    ANNS.append({"id": a["id"], "source": a["src"], "url": a["url"], "title": a["title"], "text": a["body"],
                 "published_at": a["at"] + ":00" + W})
ANNS.sort(key=lambda x: x["published_at"])

# ---------------------------------------------------------------- post URLs of the KIMs (own scheme)
B62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
TG_COUNTER = {}


def rand_token(n, alphabet=B62):
    return "".join(R.choice(alphabet) for _ in range(n))


def post_url(kim, platform, when, title):
    handle = kim.replace("kim-", "")
    if platform == "facebook":
        return f"https://www.facebook.com/kim.{handle.replace('-', '')}/posts/pfbid0{rand_token(34)}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{rand_token(11, B62 + '_-')}/"
    if platform == "telegram":
        TG_COUNTER[kim] = TG_COUNTER.get(kim, R.randint(140, 900)) + R.randint(1, 9)
        return f"https://t.me/info_{handle.replace('-', '_')}/{TG_COUNTER[kim]}"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={rand_token(11, B62 + '_-')}"
    return f"https://{handle}.desa.id/warta/{when:%Y/%m}/{slugify(title)[:60]}"


URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def links_of(title, text):
    return [u.rstrip(".,;:!?") for u in URL_RE.findall(title + "\n" + text)]


# ---------------------------------------------------------------- copy habits
def op_dash(t):
    return t.replace("–", "-")


def op_quotes(t):
    return t.replace("“", '"').replace("”", '"')


def op_typo(t):
    words = [m for m in re.finditer(r"\b[a-z]{7,}\b", t)]
    if not words:
        return t
    m = R.choice(words)
    w = m.group(0)
    i = R.randint(1, len(w) - 3)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return t[:m.start()] + w2 + t[m.end():]


def op_collapse(t):
    return re.sub(r"\n\n", " ", t)


def op_notag(t):
    return re.sub(r"\s*\([a-z0-9\-/]+\)\s*$", "", t)


def op_abbrev(t):
    for a, b in ((" yang ", " yg "), (" dengan ", " dgn "), (" untuk ", " utk "), (" tanggal ", " tgl ")):
        t = t.replace(a, b)
    return t


def op_dateline(t, kim):
    name = "KIM " + KIM[kim][3]
    return re.sub(r"^([A-Z]+) – ", lambda m: f"{m.group(1).title()} ({name}) - ", t, count=1)


OPS = {"dash": op_dash, "quotes": op_quotes, "typo": op_typo, "collapse": op_collapse, "notag": op_notag,
       "abbrev": op_abbrev}


def apply_ops(text, kim):
    names = R.sample(["dash", "quotes", "typo", "collapse", "notag", "abbrev", "dateline"], R.choice([0, 1, 1, 2, 2, 3]))
    for n in names:
        text = op_dateline(text, kim) if n == "dateline" else OPS[n](text)
    return text, names


def hashtags(aid, n, kim):
    tags = list(FAMILY.get(aid, []))
    reg = SHORT_REGION.get(KIM[kim][1])
    tags.append("#" + reg)
    tags.append("#" + KIM[kim][3].replace(" ", "").replace("-", ""))
    pool = [g for g in GENERIC_TAGS if g not in tags]
    R.shuffle(pool)
    tags += pool
    return " ".join(tags[:n])


# ---------------------------------------------------------------- link URL forms
def url_form(a, form):
    u = a["url"]
    wp = SOURCES[a["src"]][1] in WORDPRESS
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
        return u + "amp/" if wp else u + "?utm_source=whatsapp"
    if form == "utm":
        return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + rand_token(40)
    if form == "utmfb":
        return u + "?utm_source=fb&fbclid=IwZXh0bgNhZW0C" + rand_token(30)
    if form == "httpm":
        return u.replace("https://", "http://m.")
    if form == "bare-www":
        return u.replace("https://", "www.")
    raise ValueError(form)


FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "bare-www"]

LINK_COMMENTS = [
    "Info penting untuk warga, silakan dibaca sampai habis 👇",
    "Baca lengkapnya di laman resmi ya.",
    "Dangsanak, ini kabar resminya.",
    "Sebarkan ke keluarga yang perlu tahu.",
    "Rilis resmi pemerintah daerah, mohon dibaca.",
    "Kabar hari ini dari pemda 👇",
    "Nah, ini beritanya, jangan cuma baca judul.",
    "Yang kemarin bertanya, jawabannya ada di sini.",
    "Penting gasan kita barataan. Baca di tautan.",
    "Update terbaru 📌",
    "Informasi resmi, bukan hoaks. Silakan cek tautannya.",
    "Mohon dibaca dan dibagikan ke grup RT.",
    "Ini berita lengkapnya, dangsanak.",
    "Kabar dari pemerintah, mudahan bermanfaat.",
    "Simak selengkapnya di bawah.",
    "Bagi yang belum baca, ini tautannya.",
]
INTROS = ["Assalamualaikum warga {v}, berikut informasi dari {s}:", "Selamat pagi dangsanak {v}. Info dari {s} 👇",
          "Berbagi informasi dari {s} untuk warga {v}.", "Salam KIM {v}! Ada kabar dari {s}:"]
OUTROS = ["Semoga bermanfaat. Silakan dibagikan.", "Mohon disebarkan ke keluarga dan tetangga 🙏",
          "Demikian info hari ini. Terima kasih.", "Tetap pantau halaman KIM {v} untuk info lainnya."]
WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "↪️ Diteruskan dari grup Info Kecamatan {d}",
           "Forward dari grup sebelah 👇", "*INFO DARI PEMDA*", "🔔 *PENGUMUMAN* 🔔"]

# ---------------------------------------------------------------- post assembly
POSTS = []  # dicts: kim, platform, title, text, time, links, style, gold, key, extra keymap fields


def add(kim, platform, title, text, when, style, gold, key, extra_links=(), **km):
    # KIM admins rarely post between midnight and six: move such posts into the morning when the rules allow it
    limit = END
    if gold:
        limit = min(END, min(A[g]["time"] for g in gold) + timedelta(days=20))
    elif style == "before":
        limit = A[km["imitates"][0][4:]]["time"] - timedelta(minutes=30)
    if when.hour < 6 and when + timedelta(hours=6) <= limit:
        when += timedelta(hours=6)
    links = links_of(title, text)
    for u in extra_links:
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, time=when, links=links, style=style,
                      gold=[A[g]["id"] for g in gold], key=key, km=km))


def delay():
    x = R.random()
    if x < 0.22:
        return timedelta(minutes=R.randint(15, 180))
    if x < 0.58:
        return timedelta(minutes=R.randint(180, 1440))
    if x < 0.85:
        return timedelta(minutes=R.randint(1440, 4320))
    return timedelta(minutes=R.randint(4320, 17280))


def gold_time(aid):
    t = A[aid]["time"] + delay()
    if t > END:
        span = (END - A[aid]["time"]).total_seconds() / 60
        t = A[aid]["time"] + timedelta(minutes=R.randint(15, int(span)))
    return t.replace(second=R.randint(0, 59))


USED_AUTHORS = {}


def author(aid, allow_special=False):
    region = A[aid]["region"]
    pool = [k for k in (REGION_KIMS[region] if region else [k[0] for k in KIMS])
            if k not in INACTIVE and (allow_special or k not in SPECIAL)]
    if not pool:
        pool = [k[0] for k in KIMS if k not in INACTIVE and k not in SPECIAL]
    # spread: weight, discounted by what the KIM already got for this release
    w = [WEIGHT[k] / (1 + USED_AUTHORS.get((aid, k), 0) * 2) for k in pool]
    k = R.choices(pool, w)[0]
    USED_AUTHORS[(aid, k)] = USED_AUTHORS.get((aid, k), 0) + 1
    return k


def lead(aid):
    return A[aid]["text"][0]


def site(aid):
    return SOURCES[A[aid]["src"]][2]


def cycler(items):
    items = list(items)
    R.shuffle(items)
    i = 0
    while True:
        yield items[i % len(items)]
        i += 1
        if i % len(items) == 0:
            R.shuffle(items)


# --- copy
COPY_SHAPES = cycler(["wa", "web", "fbgreet", "tgfwd", "ig"])
EXC_SHAPES = cycler(["tgtrunc", "fbmore", "iglead", "yt", "webquote", "fbintro", "frag"])
LINK_SHAPES = cycler(["fbshare", "fbcomment", "tg", "yt", "web"])
FORM_CYCLE = cycler(FORMS)

copy_anns = R.sample(AIDS, 30)
exc_anns = R.sample(AIDS, 34)
link_anns = R.sample(AIDS, 36)

for aid in sorted(copy_anns):
    a, shape = A[aid], next(COPY_SHAPES)
    kim = author(aid)
    when = gold_time(aid)
    body, ops = apply_ops(a["body"], kim)
    v = KIM[kim][3]
    title, pl = "", "facebook"
    if shape == "wa":
        pl = R.choice(["facebook", "telegram"])
        head = R.choice(WA_HEAD).format(d=KIM[kim][2])
        tail = R.choice(["", "\n\n_Sumber: " + site(aid) + "_", "\n\n_Mohon disebarkan_"])
        text = f"{head}\n\n*{a['title']}*\n\n{body}{tail}"
    elif shape == "web":
        pl, title = "website", a["title"]
        text = (f"Oleh Admin KIM {v} · {when:%d}/{when:%m}/{when:%Y}\n\n{body}\n\nSumber: {site(aid)} — {a['url']}"
                if R.random() < 0.5 else f"{body}\n\n(Disalin dari laman {site(aid)})")
    elif shape == "fbgreet":
        text = R.choice(INTROS).format(v=v, s=site(aid)) + "\n\n" + body + "\n\n" + R.choice(OUTROS).format(v=v)
    elif shape == "tgfwd":
        pl = "telegram"
        region = A[aid]["region"] or "Kalimantan Selatan"
        text = f"Forwarded from Info {region.replace('Kabupaten ', '').replace('Kota ', '')}\n\n{a['title'].upper()}\n\n{body}"
    else:
        pl = "instagram"
        text = body + "\n\n" + hashtags(aid, R.randint(4, 6), kim)
    add(kim, pl, title, text, when, "copy", [aid], f"auto:copy:{aid}", shape=shape, ops=ops)

for aid in sorted(exc_anns):
    a, shape = A[aid], next(EXC_SHAPES)
    kim = author(aid)
    when = gold_time(aid)
    v = KIM[kim][3]
    title, pl = "", "facebook"
    if shape == "tgtrunc":
        pl = "telegram"
        cut = R.randint(150, 220)
        s = lead(aid)[:cut]
        s = s[:s.rfind(" ")].rstrip(",;:–- ")
        text = f"{a['title']}\n\n{s}…"
    elif shape == "fbmore":
        text = lead(aid).rstrip(".") + "... Lihat selengkapnya"
    elif shape == "iglead":
        pl = "instagram"
        text = lead(aid) + "\n\n" + hashtags(aid, R.randint(5, 8), kim)
    elif shape == "yt":
        pl, title = "youtube", "VIDEO | " + a["title"]
        text = (lead(aid) + "\n\n00:00 Pembuka\n00:35 Suasana di lokasi\n01:50 Keterangan pejabat\n03:10 Langkah berikutnya"
                "\n\n#KIM" + v.replace(" ", ""))
    elif shape == "webquote":
        pl, title = "website", a["title"]
        text = f"Admin KIM {v} merangkum keterangan pejabat terkait kabar ini.\n\n{a['text'][1]}\n\nSumber: {site(aid)}"
    elif shape == "fbintro":
        text = (R.choice(INTROS).format(v=v, s=site(aid)) + "\n\n" + a["text"][0] + "\n\n" + a["text"][1] + "\n\n"
                + R.choice(OUTROS).format(v=v))
    else:
        words = lead(aid).split()
        n = R.randint(12, 17)
        pl = R.choice(["facebook", "telegram"])
        text = R.choice(["Kabar hari ini: ", "📌 ", "Info: ", ""]) + " ".join(words[:n]).rstrip(",;:") + "…"
    add(kim, pl, title, text, when, "excerpt", [aid], f"auto:excerpt:{aid}", shape=shape)

for aid in sorted(link_anns):
    a, shape = A[aid], next(LINK_SHAPES)
    kim = author(aid)
    when = gold_time(aid)
    form = next(FORM_CYCLE)
    if shape == "fbshare" and form == "bare-www":
        form = "www"
    u = url_form(a, form)
    title, pl, extra_links = "", "facebook", []
    comment = R.choice(LINK_COMMENTS)
    if shape == "fbshare":
        host = SOURCES[a["src"]][0]
        text = f"{comment}\n\n{host.upper()}\n{a['title']}"
        extra_links = [u]
    elif shape == "fbcomment":
        text = f"{comment}\n{u}"
    elif shape == "tg":
        pl = "telegram"
        text = f"{a['title']}\n\n{u}"
    elif shape == "yt":
        pl, title = "youtube", a["title"]
        text = f"Liputan singkat KIM {KIM[kim][3]}. Berita tertulisnya bisa dibaca di laman resmi: {u}"
    else:
        pl, title = "website", a["title"]
        text = f"{comment}\n\nBaca selengkapnya: {u}"
    add(kim, pl, title, text, when, "link", [aid], f"auto:link:{aid}", extra_links, shape=shape, form=form)

# --- summaries
for aid in AIDS:
    a = A[aid]
    kim = author(aid)
    when = gold_time(aid)
    r = R.random()
    if r < 0.38:
        pl, text, shape = "facebook", a["S"], "fb"
    elif r < 0.6:
        pl, text, shape = "telegram", a["S"], "tg"
    elif r < 0.82:
        pl, shape = "instagram", "ig"
        text = a["S"] + "\n\n" + hashtags(aid, R.choice([3, 4, 5, 11]), kim)
    else:
        pl, shape = R.choice(["facebook", "telegram"]), "wa"
        text = "*INFO*\n" + a["S"] + "\n_Mohon disebarkan_"
    add(kim, pl, "", text, when, "summary", [aid], f"anns:{aid}:S", shape=shape)
    if a["L"]:
        kim = author(aid)
        when = gold_time(aid)
        shape = R.choice(["fb", "ig11", "web", "yt"])
        title, pl, text = "", "facebook", a["L"]
        if shape == "ig11":
            pl, text = "instagram", a["L"] + "\n\n" + hashtags(aid, 11, kim)
        elif shape == "web":
            pl, title = "website", a["title"]
            text = a["L"] + f"\n\n(Dirangkum admin KIM {KIM[kim][3]} dari rilis {site(aid)})"
        elif shape == "yt":
            pl, title = "youtube", "LIPUTAN | " + a["title"]
            text = "Liputan: " + a["L"] + "\n\n00:00 Pembuka\n00:50 Di lokasi\n02:05 Wawancara\n03:40 Penutup"
        add(kim, pl, title, text, when, "summary", [aid], f"anns:{aid}:L", shape=shape)

# --- paraphrases (the special KIMs get the ones of their own kabupaten)
SPECIAL_PARA = {"a31": "kim-aranio", "a11": "kim-aranio", "a30": "kim-hantakan", "a19": "kim-hantakan",
                "a25": "kim-halong", "a06": "kim-halong", "a10": "kim-hatungun", "a28": "kim-hatungun"}
for aid in AIDS:
    kim = SPECIAL_PARA.get(aid) or author(aid)
    pl = R.choices(["facebook", "instagram", "telegram"], [55, 25, 20])[0]
    add(kim, pl, "", A[aid]["P"], gold_time(aid), "paraphrase", [aid], f"anns:{aid}:P", shape=pl)
for i, p in enumerate(extra.P2):
    kim = author(p["a"])
    pl = R.choice(["facebook", "instagram"])
    add(kim, pl, "", p["t"], gold_time(p["a"]), "paraphrase", [p["a"]], f"extra:P2[{i}]", shape=pl)

# --- round-ups
RU_LAYOUTS = cycler(["pekan", "numbered", "oneline", "webprose", "ytchap", "tgpin", "igslide"])
ru_count = {a: 0 for a in AIDS}
ru_kims = SPECIAL * 2 + [k for k in (x[0] for x in KIMS) if k not in INACTIVE and k not in SPECIAL]
R.shuffle(ru_kims)


def ru_item(aid):
    a = A[aid]
    c = R.random()
    if c < 0.35:
        return a["title"]
    if c < 0.55:
        return a["title"][0] + a["title"][1:].lower()
    return a["S"]


for r in range(26):
    k = 3 if r < 8 else 2
    while True:
        T = START + timedelta(days=16) + timedelta(minutes=R.randint(0, int((END - START - timedelta(days=16)).total_seconds() // 60)))
        elig = [aid for aid in AIDS if timedelta(hours=2) <= T - A[aid]["time"] <= timedelta(days=19)]
        if len(elig) >= k + 2:
            break
    elig.sort(key=lambda x: (ru_count[x], R.random()))
    chosen = sorted(elig[:k], key=lambda x: A[x]["time"])
    for c in chosen:
        ru_count[c] += 1
    kim = ru_kims[r % len(ru_kims)]
    items = [ru_item(c) for c in chosen]
    local = R.sample(extra.LOCAL, R.choice([0, 1, 1, 2]))
    allitems = items + local
    R.shuffle(allitems)
    lay = next(RU_LAYOUTS)
    v = KIM[kim][3]
    title, pl = "", "facebook"
    if lay == "pekan":
        text = f"RANGKUMAN PEKAN INI — KIM {v}\n\n" + "\n".join("▪️ " + x for x in allitems) + "\n\nSalam informatif!"
    elif lay == "numbered":
        pl = R.choice(["facebook", "telegram"])
        text = "Kabar sepekan untuk warga:\n" + "\n".join(f"{i + 1}) {x}" for i, x in enumerate(allitems))
    elif lay == "oneline":
        pl = "telegram"
        text = "Sepekan di banua: " + " ◆ ".join(x.rstrip(".") for x in allitems) + "."
    elif lay == "webprose":
        pl, title = "website", f"Kilas Berita Pekan Ini ({T:%d}/{T:%m})"
        joins = ["Selain itu,", "Kabar lain:", "Dari daerah lain,", "Tak kalah penting,", "Berikutnya,"]
        R.shuffle(joins)
        parts = [allitems[0].rstrip(".") + "."] + [f"{joins[i]} {x.rstrip('.')}." for i, x in enumerate(allitems[1:])]
        text = ("Beberapa kabar yang kami catat pekan ini. " + " ".join(parts)
                + " Terima kasih telah membaca warta KIM " + v + ".")
    elif lay == "ytchap":
        pl, title = "youtube", f"KILAS KIM {v.upper()} | Edisi {T:%d} {['Oktober', 'November', 'Desember'][T.month - 10]}"
        stamps = ["00:00 Pembuka"] + [f"0{i + 1}:{R.randint(10, 59)} {x}" for i, x in enumerate(allitems)]
        text = "Rangkuman kabar pekan ini.\n\n" + "\n".join(stamps)
    elif lay == "tgpin":
        pl = "telegram"
        text = "📌 Catatan admin hari ini\n\n" + "\n\n".join("📍 " + x for x in allitems)
    else:
        pl = "instagram"
        text = ("Geser untuk kabar pekan ini ➡️\n" + "\n".join(f"Slide {i + 1}: {x}" for i, x in enumerate(allitems))
                + "\n\n" + " ".join(GENERIC_TAGS[:4]))
    add(kim, pl, title, text, T.replace(second=R.randint(0, 59)), "roundup", chosen, f"auto:roundup:{r}", shape=lay,
        local_items=len(local))


# --- negatives and befores
def neg_platform():
    return R.choices(["facebook", "telegram", "instagram", "website", "youtube"], [45, 20, 15, 11, 9])[0]


def short_title(t):
    first = re.split(r"(?<=[.!?])\s", t.replace("*", "").strip())[0]
    words = first.split()
    s = " ".join(words[:10]).rstrip(".,!?:;") + ("…" if len(words) > 10 else "")
    return s[0].upper() + s[1:]


def shape_negative(text, aid, kim, pl):
    title = ""
    if pl == "website":
        title = short_title(text)
        text = text + f"\n\n(Warta warga, KIM {KIM[kim][3]})"
    elif pl == "youtube":
        title = short_title(text) + " | KIM " + KIM[kim][3]
        text = text + "\n\nJangan lupa subscribe kanal KIM kami."
    elif pl == "instagram":
        text = text + "\n\n" + hashtags(aid, R.randint(2, 5), kim) if aid else text
    elif pl in ("facebook", "telegram") and R.random() < 0.15:
        text = R.choice(["*INFO WARGA*", "Diteruskan dari grup RT 👇", "📢 Kabar kampung"]) + "\n\n" + text
    return title, text


NEG_AT = {("a01", 0): "2026-11-25T19:30", ("a01", 2): "2026-11-02T17:40", ("a02", 2): "2026-11-11T12:05",
          ("a03", 1): "2026-11-19T14:50", ("a05", 1): "2026-11-11T19:00", ("a09", 0): "2026-11-25T13:00",
          ("a09", 2): "2026-11-25T18:20", ("a10", 2): "2026-12-02T16:00", ("a12", 1): "2026-11-20T12:10",
          ("a13", 0): "2026-11-10T11:00", ("a14", 2): "2026-11-17T13:15", ("a15", 2): "2026-12-03T10:00",
          ("a17", 1): "2026-11-24T12:00", ("a17", 2): "2026-11-28T09:30", ("a19", 0): "2026-11-18T11:00",
          ("a21", 0): "2026-11-07T11:00", ("a22", 1): "2026-11-12T15:00", ("a22", 2): "2026-11-07T19:00",
          ("a24", 0): "2026-11-12T13:00", ("a27", 1): "2026-11-05T16:30", ("a28", 1): "2026-11-16T12:00",
          ("a29", 1): "2026-11-27T11:00", ("a33", 0): "2026-11-20T11:00", ("a34", 1): "2026-11-17T15:00",
          ("a35", 1): "2026-11-25T12:00", ("a35", 2): "2026-12-03T10:00", ("a36", 0): "2026-11-26T20:00",
          ("a37", 2): "2026-11-21T10:00", ("a38", 0): "2026-11-13T08:00", ("a06", 0): "2026-11-20T10:00",
          ("a10", 0): "2026-11-12T10:00"}
PAST = ("last year", "2025", "earlier", "look-back")


def neg_time(aid, d):
    t = A[aid]["time"]
    if any(p in d for p in PAST) and R.random() < 0.5:
        w = t - timedelta(minutes=R.randint(1440, 11520))
    else:
        w = t + timedelta(minutes=R.randint(60, 20160))
    return min(max(w, START), END).replace(second=R.randint(0, 59))


def neg_kim(aid, given):
    if given:
        return given
    region = A[aid]["region"]
    pool = REGION_KIMS[region] if region else [k[0] for k in KIMS]
    return R.choice(pool)


for aid in AIDS:
    for i, n in enumerate(A[aid]["N"]):
        kim = neg_kim(aid, n.get("kim"))
        when = (datetime.fromisoformat(NEG_AT[(aid, i)]).replace(second=R.randint(0, 59)) if (aid, i) in NEG_AT
                else neg_time(aid, n["d"]))
        pl = neg_platform()
        title, text = shape_negative(n["t"], aid, kim, pl)
        add(kim, pl, title, text, when, "negative-topic", [], f"anns:{aid}:N[{i}]",
            imitates=[A[aid]["id"]], differs=n["d"], shape=pl)
    b = A[aid]["B"]
    if b:
        kim = neg_kim(aid, b.get("kim"))
        when = A[aid]["time"] - timedelta(hours=b["h"], minutes=R.randint(0, 40))
        pl = R.choice(["facebook", "facebook", "telegram", "instagram"])
        add(kim, pl, "", b["t"], when.replace(second=R.randint(0, 59)), "before", [], f"anns:{aid}:B",
            imitates=[A[aid]["id"]], differs=b["d"], shape=pl)
for i, n in enumerate(extra.N2):
    aid = n["imitates"][0]
    kim = neg_kim(aid, n.get("kim"))
    pl = "facebook" if "http" in n["t"] else neg_platform()
    title, text = shape_negative(n["t"], aid, kim, pl)
    add(kim, pl, title, text, datetime.fromisoformat(n["at"]).replace(second=R.randint(0, 59)), "negative-topic", [],
        f"extra:N2[{i}]", imitates=[A[x]["id"] for x in n["imitates"]], differs=n["d"], shape=pl)
for i, b in enumerate(extra.B2):
    aid = b["a"]
    kim = neg_kim(aid, b.get("kim"))
    when = A[aid]["time"] - timedelta(hours=b["h"], minutes=R.randint(0, 40))
    pl = R.choice(["facebook", "telegram", "instagram"])
    add(kim, pl, "", b["t"], when.replace(second=R.randint(0, 59)), "before", [], f"extra:B2[{i}]",
        imitates=[A[aid]["id"]], differs=b["d"], shape=pl)
for i, u in enumerate(extra.U):
    region, text = u[0], u[1]
    pl = u[2] if len(u) > 2 else R.choice(["facebook", "facebook", "telegram", "instagram"])
    title = u[3] if len(u) > 3 else ""
    pool = REGION_KIMS[region] if region else [k[0] for k in KIMS]
    kim = R.choice(pool)
    when = START + timedelta(minutes=R.randint(0, int((END - START).total_seconds() // 60)))
    add(kim, pl, title, text, when.replace(second=R.randint(0, 59)), "negative-unrelated", [], f"extra:U[{i}]",
        shape=pl)

# ---------------------------------------------------------------- ids, order, files
POSTS.sort(key=lambda p: (p["time"], p["key"]))
ids = [f"h51-p{i:03d}" for i in range(1, len(POSTS) + 1)]
R.shuffle(ids)
for p, pid in zip(POSTS, ids):
    p["id"] = pid
    p["url"] = post_url(p["kim"], p["platform"], p["time"], p["title"] or p["text"][:50])


def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("announcements.jsonl", ANNS)
dump("posts.jsonl", [{"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"], "title": p["title"],
                      "text": p["text"], "published_at": p["time"].strftime("%Y-%m-%dT%H:%M:%S") + W,
                      "links": p["links"]} for p in POSTS])
dump("labels.jsonl", [{"post": p["id"], "announcements": p["gold"], "style": p["style"]} for p in POSTS])
keymap = {}
for p in POSTS:
    e = {"key": p["key"], "style": p["style"], "gold": p["gold"]}
    e.update(p["km"])
    keymap[p["id"]] = e
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS:
        f.write(f"- id: {k[0]}\n  name: KIM {k[3]}\n  region: {k[1]}\n  district: {k[2]}\n  village: {k[3]}\n")
print(f"announcements {len(ANNS)}, posts {len(POSTS)}")
