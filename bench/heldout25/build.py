#!/usr/bin/env python3
"""Generator of heldout25 (deterministic, fixed seed). Reads anns.py and extra.py (hand-written),
writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json."""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

from anns import A
from extra import BEF, LOCAL, UNREL

SEED = 2026120725
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
WITA = timezone(timedelta(hours=8))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
LAST = datetime(2026, 12, 5, 21, 0, tzinfo=WITA)

# ---------------------------------------------------------------- KIMs
KIMS = [  # id, region, district, village, handle
    ("kim-kelayan-timur", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Timur"),
    ("kim-sungai-miai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Miai"),
    ("kim-kuin-utara", "Kota Banjarmasin", "Banjarmasin Utara", "Kuin Utara"),
    ("kim-pengambangan", "Kota Banjarmasin", "Banjarmasin Timur", "Pengambangan"),
    ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("kim-syamsudin-noor", "Kota Banjarbaru", "Landasan Ulin", "Syamsudin Noor"),
    ("kim-sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar"),
    ("kim-tanjung-rema", "Kabupaten Banjar", "Martapura", "Tanjung Rema"),
    ("kim-sungai-lulut", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Lulut"),
    ("kim-lok-baintan", "Kabupaten Banjar", "Sungai Tabuk", "Lok Baintan"),
    ("kim-kayu-bawang", "Kabupaten Banjar", "Gambut", "Kayu Bawang"),
    ("kim-karang-taruna", "Kabupaten Tanah Laut", "Pelaihari", "Karang Taruna"),
    ("kim-asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam"),
    ("kim-takisung", "Kabupaten Tanah Laut", "Takisung", "Takisung"),
    ("kim-bakarangan", "Kabupaten Tapin", "Bakarangan", "Bakarangan"),
    ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("kim-rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung"),
    ("kim-padang-batung", "Kabupaten Hulu Sungai Selatan", "Padang Batung", "Padang Batung"),
    ("kim-kandangan-barat", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Barat"),
    ("kim-loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado"),
    ("kim-haruyan", "Kabupaten Hulu Sungai Tengah", "Haruyan", "Haruyan"),
    ("kim-birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang"),
    ("kim-barabai-timur", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Timur"),
    ("kim-palampitan-hilir", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Palampitan Hilir"),
    ("kim-babirik-hilir", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik Hilir"),
    ("kim-sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang"),
    ("kim-awayan", "Kabupaten Balangan", "Awayan", "Awayan"),
    ("kim-batumandi", "Kabupaten Balangan", "Batumandi", "Batumandi"),
    ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("kim-pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan"),
    ("kim-tanjung", "Kabupaten Tabalong", "Tanjung", "Tanjung"),
    ("kim-muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
    ("kim-batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin"),
    ("kim-pasar-baru", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pasar Baru"),
    ("kim-sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau"),
    ("kim-baharu-selatan", "Kabupaten Kotabaru", "Pulau Laut Utara", "Baharu Selatan"),
    ("kim-stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen"),
    ("kim-serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga"),
    ("kim-marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota"),
    ("kim-anjir-pasar-kota", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota"),
    ("kim-berangas", "Kabupaten Barito Kuala", "Alalak", "Berangas"),
]
KIM = {k[0]: k for k in KIMS}
INACTIVE = ["kim-sungai-miai", "kim-syamsudin-noor", "kim-asam-asam", "kim-birayang", "kim-batumandi", "kim-stagen"]
SPECIAL = ["kim-sungai-lulut", "kim-padang-batung", "kim-pembataan", "kim-anjir-pasar-kota"]
REGULAR = [k[0] for k in KIMS if k[0] not in INACTIVE and k[0] not in SPECIAL]


def kname(k):
    return "KIM " + KIM[k][3]


def handle(k):
    return "kim" + KIM[k][3].lower().replace(" ", "")


# ---------------------------------------------------------------- sources
SRC = {  # source: (region or None, host, shape)
    "dtph-kalsel": (None, "dtph.kalselprov.go.id", "wp"),
    "dkp-kalsel": (None, "dkp.kalselprov.go.id", "wp"),
    "dinsos-kalsel": (None, "dinsos.kalselprov.go.id", "wp"),
    "dinkes-kalsel": (None, "dinkes.kalselprov.go.id", "wp"),
    "disdikbud-kalsel": (None, "disdikbud.kalselprov.go.id", "wp"),
    "dlh-kalsel": (None, "dlh.kalselprov.go.id", "wp"),
    "diskominfo-kalsel": (None, "diskominfo.kalselprov.go.id", "wp"),
    "pemprov-kalsel": (None, "kalselprov.go.id", "berita"),
    "dprd-kalsel": (None, "dprd.kalselprov.go.id", "wp"),
    "pemkot-banjarmasin": ("Kota Banjarmasin", "banjarmasinkota.go.id", "html"),
    "pemkot-banjarbaru": ("Kota Banjarbaru", "banjarbarukota.go.id", "wp"),
    "pemkab-banjar": ("Kabupaten Banjar", "banjarkab.go.id", "wp"),
    "pemkab-tanah-laut": ("Kabupaten Tanah Laut", "tanahlautkab.go.id", "berita"),
    "pemkab-tapin": ("Kabupaten Tapin", "tapinkab.go.id", "berita"),
    "pemkab-hss": ("Kabupaten Hulu Sungai Selatan", "hulusungaiselatankab.go.id", "html"),
    "pemkab-hst": ("Kabupaten Hulu Sungai Tengah", "hstkab.go.id", "wp"),
    "pemkab-hsu": ("Kabupaten Hulu Sungai Utara", "hsu.go.id", "berita"),
    "pemkab-balangan": ("Kabupaten Balangan", "balangankab.go.id", "detail"),
    "pemkab-tabalong": ("Kabupaten Tabalong", "tabalongkab.go.id", "wp"),
    "pemkab-tanbu": ("Kabupaten Tanah Bumbu", "tanahbumbukab.go.id", "num"),
    "pemkab-kotabaru": ("Kabupaten Kotabaru", "kotabarukab.go.id", "num"),
    "pemkab-batola": ("Kabupaten Barito Kuala", "baritokualakab.go.id", "detail"),
}
SITE = {"dtph-kalsel": "DTPH KALSEL", "dkp-kalsel": "DKP PROVINSI KALSEL", "dinsos-kalsel": "DINSOS KALSEL",
        "dinkes-kalsel": "DINKES KALSEL", "disdikbud-kalsel": "DISDIKBUD KALSEL", "dlh-kalsel": "DLH KALSEL",
        "diskominfo-kalsel": "DISKOMINFO KALSEL", "dprd-kalsel": "DPRD PROVINSI KALSEL", "pemprov-kalsel": "KALSELPROV.GO.ID",
        "pemkot-banjarmasin": "PEMKOT BANJARMASIN", "pemkot-banjarbaru": "BANJARBARUKOTA.GO.ID",
        "pemkab-banjar": "BANJARKAB.GO.ID", "pemkab-tanah-laut": "TANAHLAUTKAB.GO.ID", "pemkab-tapin": "TAPINKAB.GO.ID",
        "pemkab-hss": "PEMKAB HSS", "pemkab-hst": "HSTKAB.GO.ID", "pemkab-hsu": "HSU.GO.ID",
        "pemkab-balangan": "BALANGANKAB.GO.ID", "pemkab-tabalong": "TABALONGKAB.GO.ID",
        "pemkab-tanbu": "TANAHBUMBUKAB.GO.ID", "pemkab-kotabaru": "KOTABARUKAB.GO.ID",
        "pemkab-batola": "BARITOKUALAKAB.GO.ID"}


def ann_url(a, year=2026, slug=None):
    _, host, shape = SRC[a["src"]]
    slug = slug or a["slug"]
    m, d = a["date"][:2], a["date"][3:5]
    if shape == "wp":
        return f"https://{host}/{year}/{m}/{d}/{slug}/"
    if shape == "berita":
        return f"https://{host}/berita/{slug}"
    if shape == "detail":
        return f"https://{host}/berita/detail/{slug}"
    if shape == "num":
        return f"https://{host}/berita/{(7400 if year == 2026 else 6100) + a['i'] * 13}/{slug}"
    return f"https://{host}/{year}/{m}/{slug}.html"


def expand(text):
    def rep(m):
        mm, dd = int(m.group(1)), int(m.group(2))
        d = datetime(2026, mm, dd)
        return f"{HARI[d.weekday()]} ({dd}/{mm}/2026)"
    return re.sub(r"\{D:(\d\d)-(\d\d)\}", rep, text)


def ann_time(a):
    return datetime(2026, int(a["date"][:2]), int(a["date"][3:5]), int(a["date"][6:8]), int(a["date"][9:11]),
                    tzinfo=WITA)


for a in A:
    a["id"] = "h25-a%02d" % a["i"]
    a["text"] = expand(a["text"])
    a["url"] = ann_url(a)
    a["t"] = ann_time(a)
    a["region"] = SRC[a["src"]][0]

# ---------------------------------------------------------------- helpers
POSTS = []
NUM = [1000]


def post_url(k, platform, title):
    NUM[0] += R.randint(3, 40)
    n = NUM[0]
    h = handle(k)
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/{8800000 + n * 7}"
    if platform == "instagram":
        return "https://www.instagram.com/p/" + "".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_") for _ in range(11)) + "/"
    if platform == "telegram":
        return f"https://t.me/{h}/{n}"
    if platform == "youtube":
        return "https://www.youtube.com/watch?v=" + "".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(11))
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]
    return f"https://{h}.desa.id/berita/{slug}"


URLRE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def add(k, platform, text, t, style, gold, key, title="", preview=None, extra=None):
    if t > LAST:
        t = LAST - timedelta(minutes=R.randint(5, 600))
    links = [u.rstrip(".,;:!?") for u in URLRE.findall(title + "\n" + text)]
    if preview:
        links.append(preview)
    seen = []
    for u in links:
        if u not in seen:
            seen.append(u)
    if t.hour < 6:  # KIM admins rarely post before dawn: move to the morning (before posts: the evening before)
        if style == "before":
            t = (t - timedelta(days=1)).replace(hour=R.randint(20, 22), minute=R.randint(0, 59))
        else:
            t = t.replace(hour=R.randint(6, 8), minute=R.randint(0, 59))
    t = t.replace(second=R.randint(0, 59), microsecond=0)
    POSTS.append(dict(kim=k, platform=platform, title=title if platform in ("website", "youtube") else "",
                      text=text.strip(), t=t, links=seen, style=style, gold=gold, key=dict(key, **(extra or {}))))


def delay(a, lo_h=0.25):
    r = R.random()
    if r < 0.3:
        h = R.uniform(lo_h, 6)
    elif r < 0.75:
        h = R.uniform(6, 48)
    else:
        h = R.uniform(48, 14 * 24)
    t = a["t"] + timedelta(hours=h)
    if t > LAST:
        t = a["t"] + timedelta(hours=R.uniform(lo_h, (LAST - a["t"]).total_seconds() / 3600 - 1))
    return t


def pick_kim(a, pool=None):
    pool = pool or REGULAR
    own = [k for k in pool if KIM[k][1] == a["region"]]
    if own and R.random() < 0.72:
        return R.choice(own)
    load = {k: 0 for k in pool}
    for p in POSTS:
        if p["kim"] in load:
            load[p["kim"]] += 1
    return R.choice(sorted(pool, key=lambda k: (load[k], k))[:10])


# ---------------------------------------------------------------- platform fragments (hand-written)
GREET = ["Assalamualaikum warga 🙏", "Selamat pagi dangsanak sabarataan 🌞", "Info buat warga", "📢 *INFO* 📢",
         "Bismillah, berbagi info", "Good morning all 🌞", "Halo sobat KIM 👋", "Salamat sore bubuhan 🙏", "",
         "Untuk diketahui bersama", "Kabar hari ini", ""]
OUTRO = ["Semoga bermanfaat 🙏", "Silakan dibagikan", "_Mohon disebarkan_", "Terima kasih 🙏", "Jazakumullah khairan 🙏",
         "", "Sampaikan ke keluarga yang memerlukan", "Salam KIM!", "", "#KIMKalsel"]
FWD = ["↪️ Diteruskan", "*Diteruskan berkali-kali*", "Diteruskan dari grup RT 👇", "Forward dari grup sebelah 👇",
       "Dari grup WA kelurahan 👇", "Diteruskan dari grup Info Kecamatan", "_copas dari grup_"]
MENU = ["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda › Kabar Desa",
        "Home | Tentang KIM | Berita Desa | Video", "Beranda » Info Publik"]
BACA = ["Baca juga: Kerja Bakti Saluran Gang 7 Berjalan Lancar", "Baca juga: Jadwal Posyandu Bulan Depan",
        "Baca juga: Harga Karet Naik Lagi", "Baca juga: Lomba Mewarnai Anak TK", "Baca juga: Pengajian Rutin Malam Jumat",
        "Baca juga: Turnamen Voli HUT Desa"]
SHARE = ["Bagikan: Facebook Twitter WhatsApp Telegram", "Share: FB | WA | Telegram", "Bagikan ke: WhatsApp · Facebook"]
GENTAGS = ["#KIMKalsel", "#InfoPublik", "#KalimantanSelatan", "#Banua", "#KabarDesa", "#Kalsel", "#InfoWarga",
           "#BeritaDesa", "#KIM", "#BanuaBungas", "#InfoKalsel", "#SobatKIM", "#WargaKalsel", "#Diskominfo"]
CHAPTERS = [["00:00 Pembuka", "00:20 {x}", "02:45 Wawancara", "04:10 Penutup"],
            ["0:00 Intro", "0:15 {x}", "3:02 Suasana di lokasi", "5:30 Outro"],
            ["00:00 Salam", "00:12 {x}", "01:58 Keterangan pejabat"]]


def tagstr(a, heavy=False):
    t = a["tags"].split()
    if heavy:
        t = t + R.sample(GENTAGS, R.randint(8, 11))
    else:
        t = t + R.sample(GENTAGS, R.randint(0, 2))
    return " ".join(dict.fromkeys(t))


def shape(kind, k, a, body, title=""):
    """Wrap a body in a platform shape; returns (platform, title, text)."""
    g, o = R.choice(GREET), R.choice(OUTRO)
    if kind == "fb":
        return "facebook", "", "\n\n".join(x for x in (g, body, o) if x)
    if kind == "wa":
        head = R.choice(FWD)
        if title and R.random() < 0.6:
            body = f"*{title.upper() if R.random() < 0.5 else title}*\n\n" + body
        if R.random() < 0.5:
            body = "*BERITA PENTING*\n" + body
        tail = R.choice(["", "_Sumber: " + SITE[a["src"]].lower() + "_", "_Mohon disebarkan_", "🙏🙏"])
        return R.choice(["facebook", "telegram"]), "", "\n".join(x for x in (head, "", body, "", tail) if x is not None).strip()
    if kind == "tg":
        head = R.choice([f"Forwarded from Info {(a['region'] or 'Kalsel').replace('Kabupaten ', '').replace('Kota ', '')}", "📌", "🔔 Info", ""])
        return "telegram", "", "\n".join(x for x in (head, body) if x)
    if kind == "ig":
        return "instagram", "", body + "\n\n" + tagstr(a, heavy=R.random() < 0.4)
    if kind == "igheavy":
        return "instagram", "", body + "\n\n" + tagstr(a, heavy=True)
    if kind == "yt":
        ch = [c.replace("{x}", title or a["title"]) for c in R.choice(CHAPTERS)]
        text = body + "\n\n" + "\n".join(ch) + f"\n\nKamera: Tim {kname(k)}\n" + R.choice(
            ["Jangan lupa subscribe 🔔", "Like, komen, subscribe ya", "Subscribe channel KIM untuk info desa"])
        ttl = R.choice(["VIDEO | ", "Liputan: ", "", "KABAR | "]) + (title or a["title"])
        return "youtube", ttl, text
    if kind == "web":
        by = R.choice([f"Oleh Admin {kname(k)} · {R.randint(0, 6)} Komentar", f"Ditulis oleh redaksi {kname(k)}",
                       f"Admin · {R.randint(12, 480)} kali dibaca"])
        text = "\n".join([R.choice(MENU), by, "", body, "", R.choice(BACA), R.choice(SHARE)])
        return "website", title or a["title"], text
    raise ValueError(kind)


# ---------------------------------------------------------------- habits for copies
ABBR = [(r"\byang\b", "yg"), (r"\bdengan\b", "dgn"), (r"\buntuk\b", "utk"), (r"\bsudah\b", "sdh"), (r"\btidak\b", "tdk"),
        (r"\bkepada\b", "kpd"), (r"\bKabupaten\b", "Kab."), (r"\bKecamatan\b", "Kec."), (r"\bdan\b", "&")]


def habits(a, k, text):
    ops = R.sample(["quotes", "abbr", "typo", "dateline", "droptag", "collapse", "dash"], R.randint(1, 3))
    for op in ops:
        if op == "quotes":
            text = text.replace("“", '"').replace("”", '"')
        elif op == "abbr":
            for pat, rep in R.sample(ABBR, 4):
                text = re.sub(pat, rep, text)
        elif op == "typo":
            words = text.split(" ")
            for _ in range(R.randint(1, 3)):
                j = R.randrange(len(words))
                w = words[j]
                if len(w) > 4 and w.isalpha():
                    p = R.randrange(1, len(w) - 2)
                    words[j] = w[:p] + w[p + 1] + w[p] + w[p + 2:]
            text = " ".join(words)
        elif op == "dateline":
            city = text.split(" – ", 1)[0]
            text = re.sub(r"^[A-Z ]+ – ", R.choice([f"{city.title()} ({kname(k)}) - ", f"({kname(k)}) – ",
                                                     f"{city}, KIM – "]), text)
        elif op == "droptag":
            text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)$", "", text)
        elif op == "collapse":
            text = text.replace("\n\n", " ")
        elif op == "dash":
            text = text.replace("–", "-")
    return text, ops


def paras(a):
    return a["text"].split("\n\n")


# ---------------------------------------------------------------- copies
order = A[:]
R.shuffle(order)
copy_shapes = ["wa"] * 8 + ["web"] * 7 + ["fb"] * 7 + ["tg"] * 7 + ["ig"] * 6
R.shuffle(copy_shapes)
for a, sh in zip(order[:35], copy_shapes):
    k = pick_kim(a)
    text, ops = habits(a, k, a["text"])
    if sh == "web" and R.random() < 0.7:
        text += "\n\nSumber: " + R.choice([a["url"], SRC[a["src"]][1], "rilis resmi " + SITE[a["src"]].title()])
    if sh == "ig":
        text = a["title"].upper() + "\n\n✅ " + text
    if sh == "tg":
        text = a["title"] + "\n\n" + text
    pl, ttl, txt = shape(sh, k, a, text, a["title"])
    add(k, pl, txt, delay(a), "copy", [a["id"]], {"gen": f"auto:copy:{a['id']}"}, title=ttl,
        extra={"shape": sh, "ops": ops})

# ---------------------------------------------------------------- excerpts
ex_shapes = ["tgtrunc"] * 9 + ["short"] * 6 + ["iglead"] * 5 + ["fbmore"] * 5 + ["yt"] * 4 + ["quote"] * 3 + ["web"] * 3
R.shuffle(ex_shapes)
order = A[:]
R.shuffle(order)
INTRO = ["Kutipan dari rilis:", "Kata beliau:", "Simak pesan pejabatnya 👇", "Penting disimak:"]
for j, sh in enumerate(ex_shapes):
    a = order[j % len(order)]
    k = pick_kim(a)
    p = paras(a)
    if sh == "tgtrunc":
        full = a["title"] + "\n" + p[0]
        cut = R.randint(185, 215)
        body = full[:cut].rsplit(" ", 1)[0] + "…"
        pl, ttl, txt = "telegram", "", body
    elif sh == "short":
        first = re.split(r",| yang | untuk ", p[0].split(" – ", 1)[-1])[0]
        words = first.split()[:R.randint(12, 18)]
        body = " ".join(words)
        pl, ttl, txt = shape(R.choice(["fb", "tg"]), k, a, body)
        txt = body if R.random() < 0.6 else txt
    elif sh == "iglead":
        pl, ttl, txt = shape("ig", k, a, a["title"].upper() + "\n\n" + p[0])
    elif sh == "fbmore":
        body = p[0][:R.randint(140, 220)].rsplit(" ", 1)[0] + "... Lihat selengkapnya"
        pl, ttl, txt = "facebook", "", body
    elif sh == "yt":
        pl, ttl, txt = shape("yt", k, a, p[0], a["title"])
    elif sh == "quote":
        pl, ttl, txt = shape("fb", k, a, R.choice(INTRO) + "\n" + p[1])
    else:
        pl, ttl, txt = shape("web", k, a, p[0] + "\n\n" + p[1], a["title"])
    add(k, pl, txt, delay(a), "excerpt", [a["id"]], {"gen": f"auto:excerpt:{a['id']}"}, title=ttl,
        extra={"shape": sh})

# ---------------------------------------------------------------- links
FORMS = ["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 + \
        ["fbclid"] * 4 + ["utm+fbclid"] * 2 + ["http-m"] * 2 + ["www-noscheme"] * 2 + ["short"] * 2 + ["only-links"] * 2
R.shuffle(FORMS)
COMMENT = ["Info lengkapnya di sini 👇", "Silakan dibaca", "Baca ya warga", "Penting!", "Cek link ini", "📌 Simak",
           "Monggo dibaca beritanya", "Buat yang tanya kemarin, ini beritanya", "Baca selengkapnya di link",
           "Barangkali ada yang perlu", "Sudah resmi ya", "Nah ini rilisnya", ""]


def url_form(a, form):
    u = a["url"]
    wp = SRC[a["src"]][2] == "wp"
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
        return u + R.choice(["?utm_source=facebook&utm_medium=social", "?utm_source=whatsapp", "?utm_campaign=kim&utm_source=tg"])
    if form == "fbclid":
        return u + "?fbclid=IwAR" + "".join(R.choice("abcdefghijkXYZ0123456789") for _ in range(22))
    if form == "utm+fbclid":
        return u + "?utm_source=fb&fbclid=IwZXh0" + "".join(R.choice("abcdefXYZ0123456789") for _ in range(18))
    if form == "http-m":
        return u.replace("https://", "http://m.")
    if form == "www-noscheme":
        return u.replace("https://", "www.")
    return u


order = A[:]
R.shuffle(order)
for j, form in enumerate(FORMS):
    a = order[j % len(order)]
    k = pick_kim(a)
    c = R.choice(COMMENT)
    preview = None
    if form == "short":
        short = "https://s.id/" + "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
        body = f"{c}\n{short}".strip()
        preview = a["url"]
        pl, ttl, txt = "facebook", "", body + f"\n\n{SITE[a['src']]}\n{a['title']}"
    elif form == "only-links":
        preview = a["url"]
        pl, ttl, txt = "facebook", "", (c or "Baca") + f"\n\n{SITE[a['src']]}\n{a['title']}\n{paras(a)[0].split('. ')[0]}."
    else:
        u = url_form(a, form)
        kind = R.choice(["fbshare", "fbshare", "tg", "yt", "web"])
        if kind == "fbshare":
            pl, ttl = "facebook", ""
            txt = f"{c}\n{u}" if c else u
            if R.random() < 0.6:
                txt += f"\n\n{SITE[a['src']]}\n{a['title']}\n{paras(a)[0].split('. ')[0]}."
                preview = a["url"]
        elif kind == "tg":
            pl, ttl, txt = "telegram", "", f"{a['title']}\n{u}"
        elif kind == "yt":
            pl, ttl, txt = shape("yt", k, a, f"{R.choice(['Ringkasan', 'Liputan singkat', 'Video'])} {a['title'].lower()}.\nBaca berita lengkapnya: {u}", a["title"])
        else:
            pl, ttl, txt = shape("web", k, a, f"{a['title']}.\n\nSelengkapnya: {u}", a["title"])
    add(k, pl, txt, delay(a), "link", [a["id"]], {"gen": f"auto:link:{a['id']}"}, title=ttl, preview=preview,
        extra={"form": form})

# ---------------------------------------------------------------- summaries (hand-written s1/s2)
sum_shapes = ["wa"] * 14 + ["tg"] * 13 + ["fb"] * 12 + ["yt"] * 6 + ["ig"] * 6 + ["web"] * 2 + ["plain"] * 2
R.shuffle(sum_shapes)
items = [(a, 0) for a in A] + [(a, 1) for a in R.sample(A, 19)]
for (a, si), sh in zip(items, sum_shapes):
    k = pick_kim(a)
    body = a["s"][si]
    if sh == "plain":
        pl, ttl, txt = R.choice(["facebook", "telegram"]), "", body
    elif sh == "web":
        pl, ttl, txt = shape("web", k, a, body, R.choice([a["title"], body.split(".")[0][:80]]))
    elif sh == "yt":
        pl, ttl, txt = shape("yt", k, a, body, a["title"])
    else:
        pl, ttl, txt = shape(sh, k, a, body, a["title"] if sh == "wa" else "")
    add(k, pl, txt, delay(a), "summary", [a["id"]], {"gen": f"anns.py:{a['i']}:s{si + 1}"}, title=ttl,
        extra={"shape": sh})

# ---------------------------------------------------------------- paraphrases
par = []
for a in A:
    for pi, p in enumerate(a["p"]):
        par.append([a, pi, p, None])
R.shuffle(par)
par = par[:42]
# special KIMs: each gets 2 paraphrases, preferring its own kabupaten, then provincial releases
for k in SPECIAL:
    free = [x for x in par if x[3] is None]
    mine = [x for x in free if x[0]["region"] == KIM[k][1]] + [x for x in free if x[0]["region"] is None]
    for x in (mine + free)[:2]:
        x[3] = k
for x in par:
    a, pi, p = x[:3]
    k = x[3] or pick_kim(a)
    sh = R.choice(["fb", "fb", "fb", "tg", "tg", "ig", "wa", "bare"])
    if sh == "bare":
        pl, ttl, txt = R.choice(["facebook", "telegram"]), "", p
    else:
        pl, ttl, txt = shape(sh, k, a, p)
    if sh in ("fb", "tg") and R.random() < 0.5:
        txt += " " + a["tags"].split()[0]
    add(k, pl, txt, delay(a), "paraphrase", [a["id"]], {"gen": f"anns.py:{a['i']}:p{pi + 1}"}, title=ttl,
        extra={"shape": sh})

# ---------------------------------------------------------------- round-ups
LAYOUTS = ["pipe", "bullet", "numbered", "prose", "ytchap", "igcap", "wafwd", "paren"]
RU_KIMS = [k for k in SPECIAL for _ in range(2)] + R.sample(REGULAR, 19)
R.shuffle(RU_KIMS)
PROSE_OPEN = ["Pekan ini ada beberapa kabar dari pemerintah daerah.", "Rangkuman berita sepekan untuk warga.",
              "Beberapa hal yang terjadi minggu ini di banua kita.", "Kilas berita minggu ini."]
PROSE_JOIN = ["Selain itu, ", "Kemudian ", "Masih dari pemerintah, ", "Tak kalah penting, ", "Sementara itu, "]
for j, k in enumerate(RU_KIMS):
    for _ in range(200):
        t = datetime(2026, 11, 6, 8, tzinfo=WITA) + timedelta(hours=R.uniform(0, 29 * 24 + 10))
        cand = [a for a in A if timedelta(hours=2) <= t - a["t"] <= timedelta(days=12)]
        own = [a for a in cand if a["region"] in (KIM[k][1], None)]
        n = 3 if j < 10 else 2
        if len(cand) >= n:
            break
    pool = own if len(own) >= n else cand
    chosen = R.sample(pool, n)
    if len(own) < n:
        chosen = R.sample(cand, n)
    chosen.sort(key=lambda a: a["t"])
    lay = LAYOUTS[j % len(LAYOUTS)]
    lines = [a["it"] for a in chosen]
    loc = R.sample(LOCAL, R.choice([0, 1, 1, 2])) if j % 2 == 0 else R.sample(LOCAL, R.choice([0, 0, 0, 1]))
    if lay in ("pipe", "paren", "bullet") and n == 2 and not loc:  # short one-liners: items cut to their head
        lines = [a["short"] for a in chosen]
    allitems = lines + loc
    R.shuffle(allitems)
    head = R.choice(["KILAS INFO", "RANGKUMAN SEPEKAN", "INFO PEKAN INI", "KABAR BANUA", "🗞️ KABAR SINGKAT"])
    title = ""
    if lay == "pipe":
        pl, txt = R.choice(["facebook", "telegram"]), f"{head} | " + " | ".join(allitems)
    elif lay == "bullet":
        b = R.choice(["•", "🔹", "-", "✅", "👉"])
        pl, txt = "facebook", head + "\n" + "\n".join(f"{b} {x}" for x in allitems)
    elif lay == "paren":
        pl, txt = "telegram", head + ": " + " ".join(f"({i + 1}) {x}." for i, x in enumerate(allitems))
    elif lay == "numbered":
        pl, txt = "facebook", R.choice(GREET[:4]) + "\n" + head + "\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(allitems))
    elif lay == "prose":
        s = R.choice(PROSE_OPEN) + " " + allitems[0] + ". " + " ".join(R.choice(PROSE_JOIN) + (x[0].lower() + x[1:] if x[1:2].islower() else x) + "." for x in allitems[1:])
        pl, title, txt = "website", R.choice(["Kabar Sepekan dari Banua", "Rangkuman Info Minggu Ini", "Sekilas Berita Pekan Ini"]), \
            "\n".join([R.choice(MENU), f"Oleh Admin {kname(k)}", "", s, "", R.choice(SHARE)])
    elif lay == "ytchap":
        ch = ["00:00 Pembuka"] + [f"0{i + 1}:{R.randint(10, 59)} {x}" for i, x in enumerate(allitems)]
        pl, title = "youtube", f"KABAR BANUA PEKAN INI | {kname(k)}"
        txt = "Rangkuman kabar pekan ini.\n\n" + "\n".join(ch) + "\n\nSubscribe untuk kabar desa 🔔"
    elif lay == "igcap":
        pl, txt = "instagram", "🗞️ KABAR SINGKAT\n\n" + "\n".join(f"✅ {x}" for x in allitems) + "\n\n#KabarSingkat #KIMKalsel #Banua"
    else:
        pl, txt = R.choice(["facebook", "telegram"]), R.choice(FWD) + "\n\n*" + head + "*\n" + "\n".join(f"{i + 1}) {x}" for i, x in enumerate(allitems))
    add(k, pl, txt, t, "roundup", [a["id"] for a in chosen], {"gen": f"auto:roundup:{j}"}, title=title,
        extra={"layout": lay, "local": len(loc)})

# ---------------------------------------------------------------- look-alikes (hand-written n)
NEG_SHAPES = ["fb", "fb", "tg", "wa", "ig", "bare", "bare", "web", "yt"]
nload = {k: 0 for k in INACTIVE}
for a in A:
    for ni, (kind, hrs, text) in enumerate(a["n"]):
        inact = [k for k in INACTIVE if KIM[k][1] == a["region"]]
        if inact and R.random() < 0.65:
            k = inact[0]
        elif a["region"] is None and R.random() < 0.5:
            k = min(INACTIVE, key=lambda x: (nload[x], R.random()))
        else:
            same = [x for x in KIM if KIM[x][1] == a["region"] and x not in INACTIVE]
            k = R.choice(same) if same and R.random() < 0.7 else R.choice([x for x in KIM if x not in INACTIVE])
        named = [x for x in KIM if re.search(r"\b" + KIM[x][3] + r"\b", text) and KIM[x][1] != "Kota Banjarmasin" or
                 x in ("kim-sungai-miai", "kim-kelayan-timur", "kim-kuin-utara") and KIM[x][3] in text]
        if named:  # the village the look-alike names posts it itself
            k = named[0]
        if k in nload:
            nload[k] += 1
        sh = R.choice(NEG_SHAPES)
        ttl = ""
        if sh == "bare":
            pl, txt = R.choice(["facebook", "telegram", "facebook"]), text
        elif sh in ("web", "yt"):
            ttl = text.split(". ")[0]
            if len(ttl) > 80:
                ttl = ttl[:80].rsplit(" ", 1)[0]
            ttl = ttl.rstrip(",:")
            pl, ttl, txt = shape(sh, k, a, text, ttl)
        else:
            pl, ttl, txt = shape(sh, k, a, text)
            if sh == "ig":
                txt = txt.replace(a["tags"], " ".join(a["tags"].split()[1:]))
        if kind == "last-year" and R.random() < 0.35:
            old = ann_url(a, 2025, slug=a["slug"][:40].rstrip("-") + "-2025")
            txt += "\n" + R.choice(["Arsip: ", "Link lama: ", ""]) + old
        t = a["t"] + timedelta(hours=hrs + R.uniform(-1.5, 1.5))
        add(k, pl, txt, t, "negative-topic", [], {"gen": f"anns.py:{a['i']}:n[{ni}]"}, title=ttl,
            extra={"shape": sh, "imitates": [a["id"]], "differs": kind})

# ---------------------------------------------------------------- before
bef = [(a["i"], a["b"][0], a["b"][1], f"anns.py:{a['i']}:b") for a in A if a["b"]] + \
      [(i, h, t, f"extra.py:BEF[{j}]") for j, (i, h, t) in enumerate(BEF) if j < 7]
AI = {a["i"]: a for a in A}
for i, hrs, text, gen in bef:
    a = AI[i]
    pool = [x for x in KIM if KIM[x][1] == a["region"]] or list(KIM)
    k = R.choice(pool)
    sh = R.choice(["fb", "bare", "bare", "tg", "wa", "ig"])
    if sh == "bare":
        pl, ttl, txt = "facebook", "", text
    else:
        pl, ttl, txt = shape(sh, k, a, text)
        if sh == "ig":
            txt = txt.replace(a["tags"], "#InfoWarga")
    t = a["t"] - timedelta(hours=hrs + R.uniform(0, 2))
    add(k, pl, txt, t, "before", [], {"gen": gen}, title=ttl,
        extra={"shape": sh, "imitates": [a["id"]], "differs": "posted before the release, about the same event"})

# ---------------------------------------------------------------- unrelated
TPL_OPEN = ["Info singkat warga:", "Pengumuman:", "Kabar kampung hari ini:", "Untuk warga RT:", "Catatan admin:",
            "Sekadar mengingatkan:"]
unrel = [(t, f"extra.py:UNREL[{j}]") for j, t in enumerate(UNREL)]
for j, item in enumerate(LOCAL * 3):
    if len(unrel) >= 70:
        break
    unrel.append((f"{TPL_OPEN[(j + j // len(LOCAL)) % len(TPL_OPEN)]} {item}{R.choice(['.', '. Terima kasih.', ' 🙏', '. Mohon hadir tepat waktu.', '.'])}",
                  f"build.py:TPL[{j}]"))
for text, gen in unrel:
    k = R.choice(list(KIM))
    sh = R.choice(["bare", "bare", "fb", "tg", "ig", "web"])
    dummy = A[0]
    if sh == "bare":
        pl, ttl, txt = R.choice(["facebook", "telegram"]), "", text
    elif sh == "ig":
        pl, ttl, txt = "instagram", "", text + "\n\n#InfoWarga #KabarDesa"
    elif sh == "web":
        ttl = text.split(". ")[0]
        ttl = (ttl[:70].rsplit(" ", 1)[0] if len(ttl) > 70 else ttl).rstrip(",:")
        pl, ttl, txt = shape("web", k, dummy, text, ttl)
    else:
        pl, ttl, txt = shape(sh, k, dummy, text)
        txt = txt.replace("Forwarded from Info Kalsel", "Forwarded from Info Warga")
    t = datetime(2026, 10, 30, 7, tzinfo=WITA) + timedelta(hours=R.uniform(0, 36 * 24))
    add(k, pl, txt, t, "negative-unrelated", [], {"gen": gen}, title=ttl, extra={"shape": sh})

# ---------------------------------------------------------------- write
POSTS.sort(key=lambda p: p["t"])
ids = list(range(1, len(POSTS) + 1))
R.shuffle(ids)
for p, n in zip(POSTS, ids):
    p["id"] = "h25-p%03d" % n
    p["url"] = post_url(p["kim"], p["platform"], p["title"] or p["text"][:40])


def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("announcements.jsonl", [{"id": a["id"], "source": a["src"], "url": a["url"], "title": a["title"], "text": a["text"],
                              "published_at": a["t"].isoformat()} for a in A])
dump("posts.jsonl", [{"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"], "title": p["title"],
                      "text": p["text"], "published_at": p["t"].isoformat(), "links": p["links"]} for p in POSTS])
dump("labels.jsonl", [{"post": p["id"], "announcements": p["gold"], "style": p["style"]} for p in POSTS])
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump({p["id"]: dict(p["key"], style=p["style"], gold=p["gold"]) for p in POSTS}, f, ensure_ascii=False, indent=1,
              sort_keys=True)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, region, district, village in KIMS:
        f.write(f"- id: {k}\n  name: KIM {village}\n  region: {region}\n  district: {district}\n  village: {village}\n")
print(len(A), "announcements,", len(POSTS), "posts")
