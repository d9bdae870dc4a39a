#!/usr/bin/env python3
"""Generator of heldout63 (religious affairs and social harmony). Deterministic: fixed seed.

Reads the hand-written modules anns63_a/b/c.py (releases with their own-words posts and
look-alikes) and extra63.py, and writes announcements.jsonl, kims.yaml, posts.jsonl,
labels.jsonl and keymap.json. Copy, excerpt and link posts are derived from the releases by
seeded transformations; every post is shaped for its platform here.
"""
import json
import os
import random
import re
import string
from datetime import datetime, timedelta

import anns63_a
import anns63_b
import anns63_c
import extra63

SEED = 2026120763
HERE = os.path.dirname(os.path.abspath(__file__))
P = "h63"
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
END = datetime.fromisoformat("2026-12-05T22:30:00+08:00")
START = datetime.fromisoformat("2026-10-20T06:00:00+08:00")

rng = random.Random(SEED)

# ---------------------------------------------------------------- KIM registry and roles
KIMS = [  # id, region, district, village
    ("kim-teluk-dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam"),
    ("kim-alalak-selatan", "Kota Banjarmasin", "Banjarmasin Utara", "Alalak Selatan"),
    ("kim-pelambuan", "Kota Banjarmasin", "Banjarmasin Barat", "Pelambuan"),
    ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("kim-sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar"),
    ("kim-bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal"),
    ("kim-dalam-pagar", "Kabupaten Banjar", "Martapura Timur", "Dalam Pagar"),
    ("kim-aluh-aluh-besar", "Kabupaten Banjar", "Aluh-Aluh", "Aluh-Aluh Besar"),
    ("kim-sungai-tabuk-kota", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Tabuk Kota"),
    ("kim-angsau", "Kabupaten Tanah Laut", "Pelaihari", "Angsau"),
    ("kim-tambang-ulang", "Kabupaten Tanah Laut", "Tambang Ulang", "Tambang Ulang"),
    ("kim-kintap", "Kabupaten Tanah Laut", "Kintap", "Kintapura"),
    ("kim-marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota"),
    ("kim-anjir-pasar-kota", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota"),
    ("kim-kuripan", "Kabupaten Barito Kuala", "Kuripan", "Kuripan"),
    ("kim-rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung"),
    ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("kim-margasari-hilir", "Kabupaten Tapin", "Candi Laras Selatan", "Margasari Hilir"),
    ("kim-kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota"),
    ("kim-hamalau", "Kabupaten Hulu Sungai Selatan", "Sungai Raya", "Hamalau"),
    ("kim-padang-batung", "Kabupaten Hulu Sungai Selatan", "Padang Batung", "Padang Batung"),
    ("kim-malinau", "Kabupaten Hulu Sungai Selatan", "Loksado", "Malinau"),
    ("kim-barabai-timur", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Timur"),
    ("kim-birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang"),
    ("kim-pagat", "Kabupaten Hulu Sungai Tengah", "Batu Benawa", "Pagat"),
    ("kim-paliwara", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Paliwara"),
    ("kim-babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik Hilir"),
    ("kim-danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
    ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("kim-juai", "Kabupaten Balangan", "Juai", "Juai"),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("kim-mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
    ("kim-muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
    ("kim-kelua", "Kabupaten Tabalong", "Kelua", "Pasar Panas"),
    ("kim-batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin"),
    ("kim-sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau"),
    ("kim-kusan-hulu", "Kabupaten Tanah Bumbu", "Kusan Hulu", "Binawara"),
    ("kim-semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap"),
    ("kim-stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen"),
    ("kim-serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga"),
]
KIM = {k[0]: k for k in KIMS}
INACTIVE = ["kim-pelambuan", "kim-kuripan", "kim-malinau", "kim-halong", "kim-kintap", "kim-serongga"]
SPECIAL = ["kim-dalam-pagar", "kim-babirik", "kim-pagat", "kim-sungai-danau"]
NORMAL = [k[0] for k in KIMS if k[0] not in INACTIVE + SPECIAL]

SHORT_REGION = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
                "Kabupaten Tanah Laut": "Tanah Laut", "Kabupaten Barito Kuala": "Batola", "Kabupaten Tapin": "Tapin",
                "Kabupaten Hulu Sungai Selatan": "HSS", "Kabupaten Hulu Sungai Tengah": "HST",
                "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Balangan": "Balangan",
                "Kabupaten Tabalong": "Tabalong", "Kabupaten Tanah Bumbu": "Tanbu", "Kabupaten Kotabaru": "Kotabaru"}

# ---------------------------------------------------------------- sources and their URL habits
SOURCES = {  # source: (region or None, site name, habit)
    "kemenag-kalsel": (None, "Kemenag Kalsel", "kemenag"),
    "baznas-kalsel": (None, "Baznas Kalsel", "baznas"),
    "pemprov-kalsel": (None, "Pemprov Kalsel", "prov"),
    "kesbangpol-kalsel": (None, "Kesbangpol Kalsel", "wp:kesbangpol.kalselprov.go.id"),
    "diskominfo-kalsel": (None, "Diskominfo Kalsel", "wp:diskominfo.kalselprov.go.id"),
    "pemkab-tabalong": ("Kabupaten Tabalong", "Pemkab Tabalong", "tabalong"),
    "pemkab-kotabaru": ("Kabupaten Kotabaru", "Pemkab Kotabaru", "kotabaru"),
    "pemkab-banjar": ("Kabupaten Banjar", "Pemkab Banjar", "wpm:banjarkab.go.id"),
    "pemkot-banjarbaru": ("Kota Banjarbaru", "Pemko Banjarbaru", "wp:banjarbarukota.go.id"),
    "pemkab-batola": ("Kabupaten Barito Kuala", "Pemkab Batola", "batola"),
    "pemkab-hss": ("Kabupaten Hulu Sungai Selatan", "Pemkab HSS", "html:hulusungaiselatankab.go.id"),
    "pemkab-tanah-laut": ("Kabupaten Tanah Laut", "Pemkab Tanah Laut", "tala"),
    "pemkab-balangan": ("Kabupaten Balangan", "Pemkab Balangan", "balangan"),
    "pemkot-banjarmasin": ("Kota Banjarmasin", "Pemko Banjarmasin", "html:banjarmasinkota.go.id"),
    "pemkab-hst": ("Kabupaten Hulu Sungai Tengah", "Pemkab HST", "hst"),
    "pemkab-hsu": ("Kabupaten Hulu Sungai Utara", "Pemkab HSU", "hsu"),
    "pemkab-tapin": ("Kabupaten Tapin", "Pemkab Tapin", "tapin"),
    "pemkab-tanbu": ("Kabupaten Tanah Bumbu", "Pemkab Tanah Bumbu", "tanbu"),
}


def slugify(title, words=9):
    t = re.sub(r"[^a-z0-9 ]", " ", title.lower().replace(",", " "))
    return "-".join(t.split()[:words])


def source_url(src, title, when):
    habit = SOURCES[src][2]
    slug = slugify(title)
    y, m, d = when.strftime("%Y"), when.strftime("%m"), when.strftime("%d")
    num = rng.randint(1400, 9800)
    if habit.startswith("wp:"):
        return f"https://{habit[3:]}/{y}/{m}/{d}/{slug}/"
    if habit.startswith("wpm:"):
        return f"https://{habit[4:]}/{y}/{m}/{slug}/"
    if habit.startswith("html:"):
        return f"https://{habit[5:]}/{y}/{m}/{slug}.html"
    return {
        "kemenag": f"https://kalsel.kemenag.go.id/warta/{num}/{slug}",
        "baznas": f"https://kalsel.baznas.go.id/kabar/{slug}",
        "prov": f"https://kalselprov.go.id/berita/{slug}",
        "tabalong": f"https://tabalongkab.go.id/berita/{y}/{m}/{slug}",
        "kotabaru": f"https://kotabarukab.go.id/berita/{num}/{slug}",
        "batola": f"https://baritokualakab.go.id/berita/{num}-{slug}",
        "tala": f"https://tanahlautkab.go.id/berita/{slug}",
        "balangan": f"https://balangankab.go.id/berita/detail/{slug}",
        "hst": f"https://hstkab.go.id/post/{num}/{slug}",
        "hsu": f"https://hsu.go.id/kabar/{slug}",
        "tapin": f"https://tapinkab.go.id/read/{num}/{slug}",
        "tanbu": f"https://tanahbumbukab.go.id/warta/{num}/{slug}",
    }[habit]


def expand_dates(text):
    def day(m):
        d, mo = int(m.group(1)), int(m.group(2))
        return "{} ({}/{}/2026)".format(HARI[datetime(2026, mo, d).weekday()], d, mo)
    return re.sub(r"\[\[(\d+)/(\d+)\]\]", day, text)


def wita(s):
    return datetime.fromisoformat(s.replace(" ", "T") + ":00+08:00")


ANNS = anns63_a.ANNS + anns63_b.ANNS + anns63_c.ANNS
for a in ANNS:
    a["when"] = wita(a["t"])
    a["text"] = expand_dates(a["text"])
    a["url"] = source_url(a["src"], a["title"], a["when"])
    a["gid"] = f"{P}-{a['id']}"
    a["region"] = SOURCES[a["src"]][0]
ANN = {a["id"]: a for a in ANNS}


# ---------------------------------------------------------------- post URLs (per KIM channel)
def handle(kim):
    return kim.replace("kim-", "kim").replace("-", "")


def rand_token(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def post_url(kim, platform, when, title=""):
    h = handle(kim)
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/pfbid0{rand_token(28)}"
    if platform == "telegram":
        return f"https://t.me/info_{h}/{rng.randint(120, 4800)}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{rand_token(11, string.ascii_letters + string.digits + '_-')}/"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={rand_token(11, string.ascii_letters + string.digits + '_-')}"
    slug = slugify(title, 7) or "kabar"
    village = kim.replace("kim-", "")
    if sum(map(ord, kim)) % 2:
        return f"https://kim-{village}.web.id/{when:%Y/%m}/{slug}/"
    return f"https://{village.replace('-', '')}kim.blogspot.com/{when:%Y/%m}/{slug}.html"


# ---------------------------------------------------------------- times
def waking(t):
    """Move a time into waking hours (06-22 Wita)."""
    if t.hour < 6:
        t = t.replace(hour=6 + rng.randint(0, 2), minute=rng.randint(0, 59))
    elif t.hour >= 23:
        t = (t + timedelta(days=1)).replace(hour=6 + rng.randint(0, 2), minute=rng.randint(0, 59))
    return t


def gold_time(after, latest=None):
    """A time 12 minutes to ~12 days after ``after``, in waking hours, within 20 days and before END."""
    latest = min(END, after + timedelta(days=19, hours=20), latest or END)
    for _ in range(200):
        r = rng.random()
        if r < 0.33:
            h = rng.uniform(0.22, 6)
        elif r < 0.7:
            h = rng.uniform(6, 48)
        elif r < 0.95:
            h = rng.uniform(48, 168)
        else:
            h = rng.uniform(168, 300)
        t = after + timedelta(hours=h, seconds=rng.randint(0, 59))
        t2 = waking(t)
        if t2 - after >= timedelta(minutes=11) and t2 <= latest:
            return t2
    return after + timedelta(minutes=rng.randint(15, 50))


def fixed_time(base, hours):
    t = base + timedelta(hours=hours, minutes=rng.randint(-25, 25), seconds=rng.randint(0, 59))
    if t.hour < 6 or t.hour >= 23:
        t = t.replace(hour=rng.choice([6, 7, 21, 22]), minute=rng.randint(0, 59))
    return t


# ---------------------------------------------------------------- text habits
def habits(text, ann_tag_re=re.compile(r"\s*\([a-z0-9-]+/[a-z]+\)\s*$")):
    ops = []
    pool = ["dash", "quotes", "typo", "collapse", "droptag", "abbrev"]
    for op in rng.sample(pool, rng.choice([0, 1, 1, 2, 2, 3])):
        if op == "dash":
            text = text.replace("–", "-")
        elif op == "quotes":
            text = text.replace("“", '"').replace("”", '"').replace("’", "'")
        elif op == "typo":
            words = [w for w in re.findall(r"\b[a-z]{7,}\b", text)]
            if not words:
                continue
            w = rng.choice(words)
            i = rng.randint(1, len(w) - 3)
            text = text.replace(w, w[:i] + w[i + 1] + w[i] + w[i + 2:], 1)
        elif op == "collapse":
            text = text.replace("\n\n", "\n")
        elif op == "droptag":
            text = ann_tag_re.sub("", text)
        elif op == "abbrev":
            text = re.sub(r"\byang\b", "yg", text)
            text = re.sub(r"\bdengan\b", "dgn", text)
            text = re.sub(r"\buntuk\b", "utk", text)
        ops.append(op)
    return text, ops


def paragraphs(text):
    return text.split("\n\n")


def first_sentence(par):
    m = re.match(r"(.+?[.!?])(\s|$)", par)
    return m.group(1) if m else par


STOP_END = {"untuk", "di", "ke", "dan", "yang", "dari", "pada", "dengan", "bila", "atau", "akad", "ini", "itu", "juga",
            "sudah", "belum", "ada", "the", "se", "para", "kami", "kita"}


def short_title(text, n=8):
    """A post title from the first words of a text: no trailing initials, stop words or punctuation."""
    words = first_sentence(text.replace("\n", " ")).split()[:n]
    while words and (len(words[-1].rstrip(".,:;!?")) <= 2 or words[-1].lower().rstrip(".,:;!?") in STOP_END):
        words.pop()
    return " ".join(words).rstrip(".,:;!?") or "Kabar Warga"


def hashtags(a, n):
    base = a["tags"].split()
    more = ["#KIM", "#InfoKIM", "#KalimantanSelatan", "#Kalsel", "#BanuaKita", "#InfoDesa", "#Religi", "#Kemenag",
            "#Kerukunan", "#KabarBaik", "#BeritaBaik", "#WargaBerbagi", "#Umat", "#Indonesia"]
    out = list(base)
    rng.shuffle(more)
    for t in more:
        if len(out) >= n:
            break
        if t not in out:
            out.append(t)
    return " ".join(out[:n])


def kim_name(kim):
    return "KIM " + KIM[kim][3]


def region_of(kim):
    return SHORT_REGION[KIM[kim][1]]


# ---------------------------------------------------------------- KIM choice
def pick_kim(a, pool=None):
    pool = pool or NORMAL
    if a["region"] and rng.random() < 0.8:
        local = [k for k in pool if KIM[k][1] == a["region"]]
        if local:
            return rng.choice(local)
    return rng.choice(pool)


POSTS = []


def add(kim, platform, when, text, style, gold, key, title="", links=None, **meta):
    assert platform in ("facebook", "telegram", "instagram", "website", "youtube")
    if platform in ("website", "youtube") and not title:
        title = first_sentence(text)[:90].rstrip(" ,.")
    found = re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text)
    links = list(links or [])
    for u in found:
        u = u.rstrip(".,;:!?")
        if u not in links:
            links.append(u)
    when = when.replace(microsecond=0)
    POSTS.append(dict(kim=kim, platform=platform, when=when, title=title, text=text.strip(), links=links,
                      style=style, gold=[ANN[g]["gid"] for g in gold], key=key, meta=meta))


# ---------------------------------------------------------------- copy
COPY_SHAPES = ["wa", "kimweb", "fbgreet", "tgfwd", "igtitle"] * 6
WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*MOHON DISEBARKAN*", "*INFO UMAT & KEMASYARAKATAN*", "*KABAR DARI PEMKAB*"]
WA_FOOT = ["_Diteruskan dari grup Info Desa {v}_", "Forward dari grup sebelah 👇", "_Diteruskan dari grup Majelis Taklim {v}_",
           "_Sumber: grup WA pengurus masjid_", "_Diteruskan dari grup RT {v}_"]
GREET = ["Assalamualaikum warga {v}, berikut kabar terbaru dari {s}.", "Selamat pagi dangsanak, ada info dari {s} 👇",
         "Info untuk warga, kami teruskan dari laman resmi {s}.", "Salam KIM {v}! Berita hari ini dari {s}:"]
FB_OUT = ["Salam KIM {v} 🙏", "Semoga bermanfaat. #KIM{h}", "Mari sebarkan kabar baik.", "Silakan dibagikan ke keluarga."]


def make_copies():
    chosen = rng.sample(ANNS, 30)
    shapes = COPY_SHAPES[:]
    rng.shuffle(shapes)
    for a, shape in zip(chosen, shapes):
        kim = pick_kim(a)
        v = KIM[kim][3]
        when = gold_time(a["when"])
        text, ops = habits(a["text"])
        title, links, platform = "", [], "facebook"
        if shape == "wa":
            platform = rng.choice(["facebook", "telegram"])
            text = "{}\n\n*{}*\n\n{}\n\n{}".format(rng.choice(WA_HEAD), a["title"], text, rng.choice(WA_FOOT).format(v=v))
        elif shape == "kimweb":
            platform = "website"
            title = a["title"]
            r = rng.random()
            if r < 0.4:
                src = "Sumber: " + a["url"]
                links = [a["url"]]
            elif r < 0.7:
                src = "Sumber: " + a["url"].split("/")[2]
            else:
                src = "Sumber: " + SOURCES[a["src"]][1]
            text = "Oleh Admin {} · {} Komentar\n\n{}\n\n{}".format(kim_name(kim), rng.randint(0, 6), text, src)
        elif shape == "fbgreet":
            text = "{}\n\n{}\n\n{}".format(rng.choice(GREET).format(v=v, s=SOURCES[a["src"]][1]), text,
                                          rng.choice(FB_OUT).format(v=v, h=v.replace(" ", "").replace("-", "")))
        elif shape == "tgfwd":
            platform = "telegram"
            reg = SHORT_REGION.get(a["region"], "Kalsel")
            text = "Forwarded from Info {}\n{}\n\n{}".format(reg, a["title"].upper(), text)
        elif shape == "igtitle":
            platform = "instagram"
            text = "📌 {}\n\n{}\n\n{}".format(a["title"], text, hashtags(a, rng.randint(4, 6)))
        add(kim, platform, when, text, "copy", [a["id"]], f"auto:copy:{a['id']}", title, links, shape=shape, ops=ops)


# ---------------------------------------------------------------- excerpt
EX_SHAPES = ["tgtrunc"] * 6 + ["fblihat"] * 6 + ["iglead"] * 6 + ["yt"] * 5 + ["webquote"] * 5 + ["fbintro"] * 6
INTROS = ["Kabar baik hari ini:", "Info untuk warga, kami kutip dari rilis resmi:", "Penting dibaca 👇",
          "Dari laman resmi pemerintah:", "Bagi yang belum tahu,"]
OUTROS = ["Selengkapnya di situs resmi.", "Mudahan bermanfaat.", "Semoga lancar dan berkah.", "Mari kita dukung bersama 🙏",
          "Tunggu info berikutnya dari admin."]


def make_excerpts():
    chosen = rng.sample(ANNS, 34)
    shapes = EX_SHAPES[:]
    rng.shuffle(shapes)
    for a, shape in zip(chosen, shapes):
        kim = pick_kim(a)
        when = gold_time(a["when"])
        pars = paragraphs(a["text"])
        title, platform = "", "facebook"
        if shape == "tgtrunc":
            platform = "telegram"
            cut = rng.randint(150, 220)
            lead = pars[0][:cut].rsplit(" ", 1)[0].rstrip(",.;")
            text = "{}\n\n{}…".format(a["title"], lead)
        elif shape == "fblihat":
            p2 = " ".join(pars[1].split()[:rng.randint(8, 16)])
            text = "{}\n\n{}... Lihat selengkapnya".format(pars[0], p2)
        elif shape == "iglead":
            platform = "instagram"
            text = "{}\n\n{}".format(pars[0], hashtags(a, rng.randint(3, 6)))
        elif shape == "yt":
            platform = "youtube"
            title = "VIDEO | " + a["title"]
            text = "{}\n\n00:00 Pembuka\n00:{:02d} Suasana kegiatan\n01:{:02d} Keterangan narasumber\n02:{:02d} Penutup".format(
                pars[0], rng.randint(15, 40), rng.randint(0, 50), rng.randint(0, 50))
        elif shape == "webquote":
            platform = "website"
            q = re.search(r"“[^”]+”.*$", pars[1])
            title = "Kutipan Pekan Ini: " + a["title"][:60].rsplit(" ", 1)[0]
            text = "Kutipan pekan ini kami ambil dari rilis {}:\n\n{}".format(SOURCES[a["src"]][1], q.group(0) if q else pars[1])
        elif shape == "fbintro":
            text = "{}\n\n{}\n\n{}\n\n{}".format(rng.choice(INTROS), pars[0], pars[1], rng.choice(OUTROS))
        add(kim, platform, when, text, "excerpt", [a["id"]], f"auto:excerpt:{a['id']}", title, shape=shape)


# ---------------------------------------------------------------- link
LINK_SHAPES = ["fbshare"] * 8 + ["fburl"] * 7 + ["tgurl"] * 7 + ["yturl"] * 7 + ["webmore"] * 7
FORMS = ["exact"] * 3 + ["http"] * 5 + ["www"] * 3 + ["m"] * 2 + ["slash"] * 3 + ["amp"] * 6 + ["utm"] * 4 + \
        ["fbclid"] * 4 + ["utmfb"] * 2 + ["httpm"] * 2 + ["bare"] * 2
COMMENTS = {
    "isbat": ["Yang belum punya buku nikah, ini kesempatannya.", "Alhamdulillah, urusan nikah lama beres sekaligus."],
    "nikah": ["Barakallah untuk para pengantin 💐", "Info nikah massal, silakan dibaca."],
    "manasik": ["Untuk calon jemaah haji, silakan disimak.", "Persiapan haji dari sekarang 🕋"],
    "berangkat": ["Calon jemaah 2027 wajib baca.", "Info penting buat yang antre haji."],
    "zakat": ["Zakat kembali ke warga 🤲", "Alhamdulillah, zakat tersalurkan."],
    "infak": ["Infak kecil, manfaatnya besar.", "Masya Allah, kepedulian warga luar biasa."],
    "fkub": ["Rukun itu indah 🤝", "Kerukunan banua harus dijaga."],
    "masjid": ["Untuk pengurus masjid, bagus untuk dicontoh.", "Masjid makmur, jemaah senang."],
    "penyuluh": ["Penyuluh agama turun langsung ke warga 👍", "Program bagus, semoga berlanjut."],
}
GENERIC = ["Silakan dibaca beritanya 👇", "Info resmi, bukan hoaks.", "Bagikan ke grup keluarga ya.", "Kabar hari ini:"]


def link_form(url, form, wp):
    if form == "amp" and not wp:
        form = "utm"
    s = url
    if form == "http":
        s = s.replace("https://", "http://")
    elif form == "www":
        s = s.replace("https://", "https://www.")
    elif form == "m":
        s = s.replace("https://", "https://m.")
    elif form == "slash":
        s = s[:-1] if s.endswith("/") else s + "/"
    elif form == "amp":
        s = s + "amp/"
    elif form == "utm":
        s = s + "?utm_source=whatsapp&utm_medium=share"
    elif form == "fbclid":
        s = s + "?fbclid=IwAR" + rand_token(24)
    elif form == "utmfb":
        s = s + "?utm_source=facebook&utm_medium=social&fbclid=IwAR" + rand_token(20)
    elif form == "httpm":
        s = s.replace("https://", "http://m.")
    elif form == "bare":
        s = s.replace("https://", "www.")
    return s, form


def make_links():
    chosen = rng.sample(ANNS, 36)
    shapes, forms = LINK_SHAPES[:], FORMS[:]
    rng.shuffle(shapes)
    rng.shuffle(forms)
    for a, shape, form in zip(chosen, shapes, forms):
        kim = pick_kim(a)
        when = gold_time(a["when"], a["when"] + timedelta(days=6))
        wp = SOURCES[a["src"]][2].startswith(("wp", "wpm"))
        url, form = link_form(a["url"], form, wp)
        comment = rng.choice(COMMENTS[a["fam"]] + GENERIC)
        title, links, platform = "", [], "facebook"
        if shape == "fbshare":
            text = "{}\n\n{}\n{}".format(comment, SOURCES[a["src"]][1].upper(), a["title"])
            links = [url]
        elif shape == "fburl":
            text = "{} {}".format(comment, url)
        elif shape == "tgurl":
            platform = "telegram"
            text = "📰 {}\n{}".format(a["title"], url)
        elif shape == "yturl":
            platform = "youtube"
            title = "{} | {}".format(a["title"][:70].rsplit(" ", 1)[0], kim_name(kim))
            text = "Liputan singkat KIM. {}\n\nBerita lengkap: {}".format(comment, url)
        else:
            platform = "website"
            title = a["title"]
            text = "{}\n\nBaca selengkapnya: {}".format(first_sentence(paragraphs(a["text"])[0]), url)
        add(kim, platform, when, text, "link", [a["id"]], f"auto:link:{a['id']}", title, links, shape=shape, form=form)


# ---------------------------------------------------------------- summaries and paraphrases
SUM_SHAPES = ["fb", "tg", "ig", "wa"]


def shape_summary(a, s, kim, long=False):
    v = KIM[kim][3]
    if long:
        shape = rng.choice(["fb", "web", "yt", "ig12"])
    else:
        shape = rng.choice(SUM_SHAPES)
    title, platform = "", "facebook"
    if shape == "fb":
        text = s
    elif shape == "tg":
        platform, text = "telegram", "ℹ️ " + s
    elif shape == "ig":
        platform, text = "instagram", s + "\n\n" + hashtags(a, 3)
    elif shape == "wa":
        text = "*INFO*\n{}\n_Mohon disebarkan_".format(s)
    elif shape == "web":
        platform = "website"
        title = "Warga {} Perlu Tahu: {}".format(v, short_title(s, 8))
        text = s + "\n\n(Admin {})".format(kim_name(kim))
    elif shape == "yt":
        platform = "youtube"
        title = "Liputan: " + short_title(s, 9)
        text = "{}\n\n00:00 Pembuka\n00:35 Suasana\n01:40 Wawancara\n03:05 Penutup".format(s)
    else:
        platform, text = "instagram", s + "\n\n" + hashtags(a, 12)
    return platform, title, text, shape


def make_summaries():
    for a in ANNS:
        kim = pick_kim(a)
        platform, title, text, shape = shape_summary(a, a["s"], kim)
        add(kim, platform, gold_time(a["when"]), text, "summary", [a["id"]], f"anns:{a['id']}:S", title, shape=shape)
        if a.get("l"):
            kim = pick_kim(a)
            platform, title, text, shape = shape_summary(a, a["l"], kim, long=True)
            add(kim, platform, gold_time(a["when"]), text, "summary", [a["id"]], f"anns:{a['id']}:L", title, shape=shape)
    for i, (aid, kim, s) in enumerate(extra63.SUM2):
        a = ANN[aid]
        kim = kim or pick_kim(a)
        add(kim, rng.choice(["facebook", "telegram"]), gold_time(a["when"]), s, "summary", [aid], f"extra:S2[{i}]",
            shape="casual")


def make_paraphrases(special_slots):
    order = ANNS[:]
    rng.shuffle(order)
    for a in order:
        kim = special_slots.pop() if special_slots else pick_kim(a)
        platform = rng.choice(["facebook", "facebook", "instagram", "telegram"])
        text = a["p"]
        if platform == "instagram" and text.count("#") < 3:
            text += " " + hashtags(a, 3)
        add(kim, platform, gold_time(a["when"]), text, "paraphrase", [a["id"]], f"anns:{a['id']}:P", shape=platform)
    for i, (aid, kim, s) in enumerate(extra63.PARA2):
        a = ANN[aid]
        kim = kim or pick_kim(a)
        add(kim, rng.choice(["facebook", "telegram"]), gold_time(a["when"]), s, "paraphrase", [aid], f"extra:P2[{i}]",
            shape="casual")


# ---------------------------------------------------------------- round-ups
RU_LAYOUTS = ["oneline"] * 5 + ["bullets"] * 5 + ["numbered"] * 4 + ["prose"] * 4 + ["ytchap"] * 4 + ["igweek"] * 4


def item_text(a):
    r = rng.random()
    if r < 0.35:
        return a["title"]
    if r < 0.6:
        return a["title"][0].lower() + a["title"][1:]
    return first_sentence(a["s"])


def make_roundups(special_slots):
    layouts = RU_LAYOUTS[:]
    rng.shuffle(layouts)
    sizes = [3] * 8 + [2] * 18
    rng.shuffle(sizes)
    locals_left = list(extra63.LOCAL)
    rng.shuffle(locals_left)
    used = set()
    byt = sorted(ANNS, key=lambda a: a["when"])
    for j, (layout, size) in enumerate(zip(layouts, sizes)):
        for _ in range(500):
            pivot = rng.choice(byt[size:])
            window = [a for a in byt if timedelta(0) < pivot["when"] - a["when"] <= timedelta(days=8)]
            if len(window) < size - 1:
                continue
            group = sorted(rng.sample(window, size - 1) + [pivot], key=lambda a: a["when"])
            sig = tuple(a["id"] for a in group)
            if sig in used:
                continue
            used.add(sig)
            break
        when = gold_time(group[-1]["when"], group[0]["when"] + timedelta(days=10))
        kim = special_slots.pop() if special_slots else rng.choice(NORMAL)
        items = [item_text(a) for a in group]
        local = None
        if len(locals_left) and j % 2 == 0 and len(locals_left) > 0 and j < 24:
            local = locals_left.pop()
            items.insert(rng.randint(0, len(items)), local[0].upper() + local[1:])
        title, platform = "", "facebook"
        if layout == "oneline":
            text = "KILAS RELIGI & WARGA | " + " | ".join(items) + " |"
        elif layout == "bullets":
            platform = rng.choice(["facebook", "instagram"])
            text = "Rangkuman kabar sepekan:\n" + "\n".join("• " + i for i in items)
        elif layout == "numbered":
            platform = rng.choice(["facebook", "telegram"])
            text = "Info penting minggu ini:\n" + "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))
        elif layout == "prose":
            platform = "website"
            title = "Sepekan di Banua: Kabar Umat dan Warga"
            links_ = ["", "Selain itu, ", "Kemudian ", "Ada pula kabar: ", "Terakhir, "]
            parts = []
            for n, i in enumerate(items):
                i = i.rstrip(".")
                lead = links_[min(n, 3)] if n < len(items) - 1 or n == 0 else links_[4]
                parts.append(lead + i[0].upper() + i[1:] + ".")
            text = "Beberapa kabar yang kami catat pekan ini. " + " ".join(parts)
        elif layout == "ytchap":
            platform = "youtube"
            title = "KABAR SEPEKAN {} | Rangkuman".format(kim_name(kim).upper())
            text = "Rangkuman berita pekan ini:\n" + "\n".join(
                "{:02d}:{:02d} {}".format(n, rng.randint(0, 59), i) for n, i in enumerate(items))
        else:
            platform = "instagram"
            text = "🕌 RANGKUMAN PEKAN INI ✅\n\n" + "\n".join("✅ " + i for i in items) + "\n\n#KIM #Kalsel #Rangkuman"
        add(kim, platform, when, text, "roundup", [a["id"] for a in group], f"auto:roundup:{j}", title,
            shape=layout, local=local)


# ---------------------------------------------------------------- negatives and before posts
WA_NEG_HEAD = ["*INFO WARGA*", "*KABAR KAMPUNG*", "📢 *PENGUMUMAN* 📢", "*MOHON DIBACA*"]


def shape_other(kim, text, style_hint=""):
    """Platform shaping of a hand-written look-alike, `before` or unrelated post."""
    v = KIM[kim][3]
    r = rng.random()
    title = ""
    if r < 0.15:
        return rng.choice(["facebook", "telegram"]), "", "{}\n\n{}\n\n_Diteruskan dari grup Warga {}_".format(
            rng.choice(WA_NEG_HEAD), text, v), "wa"
    if r < 0.30:
        return "telegram", "", text, "tg"
    if r < 0.42:
        return "instagram", "", text + ("" if "#" in text else " #" + v.replace(" ", "").replace("-", "") + " #InfoWarga"), "ig"
    if r < 0.49:
        title = short_title(text, 9)
        return "website", title, text + "\n\n(Admin {})".format(kim_name(kim)), "web"
    if r < 0.52:
        title = "KABAR KAMPUNG | " + short_title(text, 7)
        return "youtube", title, text + "\n\n00:00 Pembuka\n00:40 Kabar utama\n02:10 Penutup", "yt"
    return "facebook", "", text, "fb"


def make_negatives():
    for a in ANNS:
        for i, (kim, hours, text, differs) in enumerate(a["n"]):
            when = fixed_time(a["when"], hours)
            assert when > a["when"] and when <= END, (a["id"], i, when)
            platform, title, text2, shape = shape_other(kim, text)
            add(kim, platform, when, text2, "negative-topic", [], f"anns:{a['id']}:N[{i}]", title, shape=shape,
                imitates=[a["gid"]], differs=differs)
        if a.get("b"):
            kim, hours, text, differs = a["b"]
            when = fixed_time(a["when"], hours)
            if when >= a["when"]:
                when = a["when"] - timedelta(hours=2)
            platform, title, text2, shape = shape_other(kim, text)
            add(kim, platform, when, text2, "before", [], f"anns:{a['id']}:B", title, shape=shape,
                imitates=[a["gid"]], differs=differs)
    for i, (kim, aid, hours, text, differs) in enumerate(extra63.BEFORE):
        a = ANN[aid]
        when = fixed_time(a["when"], hours)
        if when >= a["when"]:
            when = a["when"] - timedelta(hours=2)
        platform, title, text2, shape = shape_other(kim, text)
        add(kim, platform, when, text2, "before", [], f"extra:B2[{i}]", title, shape=shape,
            imitates=[a["gid"]], differs=differs)
    for i, (kim, aid, hours, text, links, differs) in enumerate(extra63.NEG2):
        a = ANN[aid]
        when = fixed_time(a["when"], hours)
        assert a["when"] < when <= END
        add(kim, "facebook", when, text, "negative-topic", [], f"extra:N2[{i}]", links=links, shape="fb",
            imitates=[a["gid"]], differs=differs)


def make_unrelated():
    weights = {k[0]: (2 if k[0] in INACTIVE else 1) for k in KIMS}
    kims = [k for k, w in weights.items() for _ in range(w)]
    span = (END - START).total_seconds()
    for i, (kim, text, links) in enumerate(extra63.UNRELATED):
        kim = kim or rng.choice(kims)
        when = waking(START + timedelta(seconds=rng.uniform(0, span)))
        if when > END:
            when = END - timedelta(hours=rng.randint(1, 12))
        platform, title, text2, shape = shape_other(kim, text)
        if links:
            platform, title, text2, shape = "facebook", "", text, "fb"
        add(kim, platform, when, text2, "negative-unrelated", [], f"extra:U[{i}]", title, links, shape=shape)


# ---------------------------------------------------------------- write
def main():
    special_para = [k for k in SPECIAL for _ in range(2)]
    special_ru = [k for k in SPECIAL for _ in range(2)]
    rng.shuffle(special_para)
    make_copies()
    make_excerpts()
    make_links()
    make_summaries()
    make_paraphrases(special_para)
    make_roundups(special_ru)
    make_negatives()
    make_unrelated()

    POSTS.sort(key=lambda p: (p["when"], p["key"]))
    ids = list(range(1, len(POSTS) + 1))
    random.Random(SEED + 1).shuffle(ids)
    for p, n in zip(POSTS, ids):
        p["id"] = f"{P}-p{n:03d}"
        p["url"] = post_url(p["kim"], p["platform"], p["when"], p["title"])

    with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
        for a in sorted(ANNS, key=lambda a: a["id"]):
            f.write(json.dumps({"id": a["gid"], "source": a["src"], "url": a["url"], "title": a["title"],
                                "text": a["text"], "published_at": a["when"].isoformat()}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
        f.write("kims:\n")
        for kid, region, district, village in KIMS:
            f.write(f"- id: {kid}\n  name: KIM {village}\n  region: {region}\n  district: {district}\n  village: {village}\n")
    keymap = {}
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, \
            open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for p in POSTS:
            fp.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"],
                                 "title": p["title"], "text": p["text"], "published_at": p["when"].isoformat(),
                                 "links": p["links"]}, ensure_ascii=False) + "\n")
            fl.write(json.dumps({"post": p["id"], "announcements": p["gold"], "style": p["style"]},
                                ensure_ascii=False) + "\n")
            entry = {"key": p["key"], "style": p["style"], "gold": p["gold"]}
            entry.update({k: v for k, v in p["meta"].items() if v not in (None, [], "")})
            keymap[p["id"]] = entry
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(ANNS)} announcements, {len(POSTS)} posts")


if __name__ == "__main__":
    main()
