#!/usr/bin/env python3
"""Generator of heldout34: writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl, keymap.json.
Deterministic (seed 2026120734): two runs give byte-identical files."""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

from anns import ANNS
from extra import B2, LOCAL, N2, P2, S2, TAILS, U

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120734
rng = random.Random(SEED)
WITA = timezone(timedelta(hours=8))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
FIRST = datetime(2026, 10, 25, 6, 0, tzinfo=WITA)
LAST = datetime(2026, 12, 5, 21, 30, tzinfo=WITA)

# ---------------- KIM registry ----------------
REGION_NAME = {"bjm": "Kota Banjarmasin", "bjb": "Kota Banjarbaru", "banjar": "Kabupaten Banjar",
               "tala": "Kabupaten Tanah Laut", "tapin": "Kabupaten Tapin", "hss": "Kabupaten Hulu Sungai Selatan",
               "hst": "Kabupaten Hulu Sungai Tengah", "hsu": "Kabupaten Hulu Sungai Utara",
               "bal": "Kabupaten Balangan", "tab": "Kabupaten Tabalong", "batola": "Kabupaten Barito Kuala",
               "kotabaru": "Kabupaten Kotabaru", "tanbu": "Kabupaten Tanah Bumbu"}
KIMS = [  # id, region, kecamatan, desa/kelurahan, handle
    ("kim-pekapuran-raya", "bjm", "Banjarmasin Timur", "Pekapuran Raya"),
    ("kim-alalak-selatan", "bjm", "Banjarmasin Utara", "Alalak Selatan"),
    ("kim-teluk-tiram", "bjm", "Banjarmasin Barat", "Teluk Tiram"),
    ("kim-guntung-payung", "bjb", "Landasan Ulin", "Guntung Payung"),
    ("kim-loktabat-selatan", "bjb", "Banjarbaru Selatan", "Loktabat Selatan"),
    ("kim-palam", "bjb", "Cempaka", "Palam"),
    ("kim-sungai-paring", "banjar", "Martapura", "Sungai Paring"),
    ("kim-pengaron", "banjar", "Pengaron", "Pengaron"),
    ("kim-aluh-aluh-besar", "banjar", "Aluh-Aluh", "Aluh-Aluh Besar"),
    ("kim-tabanio", "tala", "Takisung", "Tabanio"),
    ("kim-bati-bati", "tala", "Bati-Bati", "Bati-Bati"),
    ("kim-kintap", "tala", "Kintap", "Kintap"),
    ("kim-rangda-malingkung", "tapin", "Tapin Utara", "Rangda Malingkung"),
    ("kim-binuang", "tapin", "Binuang", "Binuang"),
    ("kim-lokpaikat", "tapin", "Lokpaikat", "Lokpaikat"),
    ("kim-kandangan-kota", "hss", "Kandangan", "Kandangan Kota"),
    ("kim-bajayau", "hss", "Daha Barat", "Bajayau"),
    ("kim-padang-batung", "hss", "Padang Batung", "Padang Batung"),
    ("kim-barabai-timur", "hst", "Barabai", "Barabai Timur"),
    ("kim-pagat", "hst", "Batu Benawa", "Pagat"),
    ("kim-birayang", "hst", "Batang Alai Selatan", "Birayang"),
    ("kim-palampitan-hulu", "hsu", "Amuntai Tengah", "Palampitan Hulu"),
    ("kim-danau-panggang", "hsu", "Danau Panggang", "Danau Panggang"),
    ("kim-paminggir", "hsu", "Paminggir", "Paminggir"),
    ("kim-paringin-kota", "bal", "Paringin", "Paringin Kota"),
    ("kim-halong", "bal", "Halong", "Halong"),
    ("kim-batu-mandi", "bal", "Batumandi", "Batu Mandi"),
    ("kim-tanjung", "tab", "Tanjung", "Tanjung"),
    ("kim-tanta", "tab", "Tanta", "Tanta"),
    ("kim-kelua", "tab", "Kelua", "Pulau"),
    ("kim-muara-uya", "tab", "Muara Uya", "Muara Uya"),
    ("kim-marabahan-kota", "batola", "Marabahan", "Marabahan Kota"),
    ("kim-anjir-pasar", "batola", "Anjir Pasar", "Anjir Pasar Kota"),
    ("kim-belawang", "batola", "Belawang", "Belawang"),
    ("kim-stagen", "kotabaru", "Pulau Laut Utara", "Stagen"),
    ("kim-tanjung-seloka", "kotabaru", "Pulau Laut Selatan", "Tanjung Seloka"),
    ("kim-berangas", "kotabaru", "Pulau Laut Timur", "Berangas"),
    ("kim-kota-pagatan", "tanbu", "Kusan Hilir", "Kota Pagatan"),
    ("kim-sungai-danau", "tanbu", "Satui", "Sungai Danau"),
    ("kim-batulicin", "tanbu", "Batulicin", "Batulicin"),
]
INACTIVE = ["kim-teluk-tiram", "kim-palam", "kim-kintap", "kim-padang-batung", "kim-paminggir", "kim-muara-uya"]
SPECIAL = ["kim-lokpaikat", "kim-birayang", "kim-batu-mandi", "kim-berangas"]
KREG = {k[0]: k[1] for k in KIMS}
KVILL = {k[0]: k[3] for k in KIMS}
REGULAR = [k[0] for k in KIMS if k[0] not in INACTIVE + SPECIAL]
REGIONS = list(REGION_NAME)

# ---------------- announcements ----------------
SITES = {  # source -> (host, kind, site name)
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp", "Diskominfo Kalsel"),
    "pemprov-kalsel": ("kalselprov.go.id", "berita", "Pemprov Kalsel"),
    "kemenag-kalsel": ("kalsel.kemenag.go.id", "num", "Kemenag Kalsel"),
    "disnakertrans-kalsel": ("disnakertrans.kalselprov.go.id", "wp", "Disnakertrans Kalsel"),
    "diskopukm-kalsel": ("diskopukm.kalselprov.go.id", "berita", "Diskop UKM Kalsel"),
    "dkp-kalsel": ("dkp.kalselprov.go.id", "wp", "Dinas Ketahanan Pangan Kalsel"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html", "Pemko Banjarmasin"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "Pemko Banjarbaru"),
    "pemkab-banjar": ("banjarkab.go.id", "berita", "Pemkab Banjar"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "Pemkab Tanah Laut"),
    "pemkab-tapin": ("tapinkab.go.id", "detail", "Pemkab Tapin"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "berita", "Pemkab HSS"),
    "pemkab-hst": ("hstkab.go.id", "num", "Pemkab HST"),
    "pemkab-hsu": ("hsu.go.id", "wp", "Pemkab HSU"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "Pemkab Balangan"),
    "pemkab-tabalong": ("tabalongkab.go.id", "berita", "Pemkab Tabalong"),
    "pemkab-batola": ("baritokualakab.go.id", "berita", "Pemkab Barito Kuala"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num", "Pemkab Kotabaru"),
    "pemkab-tanah-bumbu": ("tanahbumbukab.go.id", "berita", "Pemkab Tanah Bumbu"),
}


def weekday_fill(text):
    def rep(m):
        d, mo = int(m.group(1)), int(m.group(2))
        return "{} ({}/{}/2026)".format(HARI[datetime(2026, mo, d).weekday()], d, mo)
    return re.sub(r"%D(\d+)/(\d+)%", rep, text)


def ann_url(a, t):
    host, kind, _ = SITES[a["src"]]
    s = a["slug"]
    if kind == "wp":
        return f"https://{host}/{t:%Y/%m/%d}/{s}/"
    if kind == "berita":
        return f"https://{host}/berita/{s}"
    if kind == "detail":
        return f"https://{host}/berita/detail/{s}"
    if kind == "html":
        return f"https://{host}/{t:%Y/%m}/{s}.html"
    return f"https://{host}/berita/{4100 + int(a['i'][1:]) * 7}/{s}"


A = {}
for a in ANNS:
    mo, rest = a["when"].split("-")
    d, hm = rest.split(" ")
    t = datetime(2026, int(mo), int(d), int(hm[:2]), int(hm[3:]), tzinfo=WITA)
    a["t"] = t
    a["id"] = "h34-" + a["i"]
    a["url"] = ann_url(a, t)
    a["full"] = weekday_fill(a["text"])
    a["paras"] = a["full"].split("\n\n")
    A[a["i"]] = a

# ---------------- helpers ----------------
POSTS = []


def daytime(t, backwards=False):
    """Admins rarely post between midnight and six: move such posts into the day."""
    if t.hour < 6:
        t = t - timedelta(hours=7) if backwards else t + timedelta(hours=6)
    return t.replace(microsecond=0)


def add(kim, platform, text, when, gold, style, key, title="", links=None, **meta):
    when = daytime(when, backwards=(style == "before"))
    if when > LAST:
        when = LAST - timedelta(minutes=rng.randint(5, 120))
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, when=when, links=links or [],
                      gold=[A[g]["id"] for g in gold], style=style, key=key, meta=meta))


def gold_time(a, lo_h=0.25, hi_d=None):
    r = rng.random()
    if hi_d is not None:
        dt = timedelta(hours=rng.uniform(lo_h, hi_d * 24))
    elif r < 0.3:
        dt = timedelta(minutes=rng.randint(15, 360))
    elif r < 0.72:
        dt = timedelta(hours=rng.uniform(6, 48))
    else:
        dt = timedelta(hours=rng.uniform(48, 12 * 24))
    t = a["t"] + dt
    if t > LAST:
        t = LAST - timedelta(minutes=rng.randint(5, 600))
    if t < a["t"] + timedelta(minutes=12):
        t = a["t"] + timedelta(minutes=rng.randint(15, 90))
    return t.replace(second=rng.randint(0, 59))


def clamp(t):
    if t < FIRST:
        t = FIRST + timedelta(hours=rng.uniform(0, 48))
    if t > LAST:
        t = LAST - timedelta(hours=rng.uniform(0, 30))
    return t.replace(second=rng.randint(0, 59))


CYCLE = {}


def pick(pool, tag):
    i = CYCLE.get(tag, rng.randrange(len(pool)))
    CYCLE[tag] = i + 1
    return pool[i % len(pool)]


def regular_for(a):
    local = [k for k in REGULAR if KREG[k] == a["region"]]
    if a["region"] == "prov" or not local or rng.random() < 0.25:
        return pick(REGULAR, "all")
    return pick(local, "reg-" + a["region"])


def site(a):
    return SITES[a["src"]][2]


TAGS = {"prov": "#Kalsel #BanuaKalsel", "bjm": "#Banjarmasin", "bjb": "#Banjarbaru", "banjar": "#KabupatenBanjar",
        "tala": "#TanahLaut", "tapin": "#Tapin", "hss": "#HuluSungaiSelatan", "hst": "#HST", "hsu": "#HSU",
        "bal": "#Balangan", "tab": "#Tabalong", "batola": "#Batola", "kotabaru": "#Kotabaru", "tanbu": "#TanahBumbu"}
EXTRA_TAGS = ["#InfoKIM", "#KIMKalsel", "#InfoDesa", "#KabarBanua", "#BeritaDaerah", "#Kominfo", "#WargaCerdas",
              "#SebarkanKebaikan", "#InfoTerkini", "#KalselBekerja", "#UrangBanua", "#BanuaMaju"]


def hashtags(a, n):
    base = TAGS[a["region"]].split() if a else []
    rest = [t for t in EXTRA_TAGS if t not in base]
    rng.shuffle(rest)
    return " ".join((base + rest)[:n])


# copy habits
def h_dash(t):
    return t.replace("–", "-")


def h_quotes(t):
    return t.replace("\u201c", '"').replace("\u201d", '"')


def h_typo(t):
    words = [m for m in re.finditer(r"\b[a-z]{6,}\b", t)]
    if not words:
        return t
    m = words[rng.randrange(len(words))]
    w = m.group(0)
    j = rng.randrange(1, len(w) - 2)
    w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return t[:m.start()] + w2 + t[m.end():]


def h_collapse(t):
    return t.replace("\n\n", " ")


def h_droptag(t):
    return re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", t)


def h_yg(t):
    for a_, b_ in ((" yang ", " yg "), (" dengan ", " dgn "), (" untuk ", " utk "), (" tanggal ", " tgl ")):
        t = t.replace(a_, b_)
    return t


def h_dateline(t):
    return re.sub(r"^([A-Z]+) – ", lambda m: m.group(1).title() + " (KIM) - ", t)


HABITS = {"dash": h_dash, "quotes": h_quotes, "typo": h_typo, "collapse": h_collapse, "droptag": h_droptag,
          "yg": h_yg, "dateline": h_dateline}


def habits(t):
    ops = rng.sample(sorted(HABITS), rng.randint(0, 3))
    for o in ops:
        t = HABITS[o](t)
    return t, ops


# ---------------- copy ----------------
copy_anns = [a for a in ANNS]
rng.shuffle(copy_anns)
COPY_SHAPES = ["wa", "web", "fbgreet", "tgfwd", "ig"]
for n, a in enumerate(copy_anns[:35]):
    shape = COPY_SHAPES[n % 5]
    kim = regular_for(a)
    body, ops = habits(a["full"])
    title, links, plat = "", [], "facebook"
    if shape == "wa":
        plat = rng.choice(["facebook", "telegram"])
        head = rng.choice(["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "↪️ Diteruskan dari grup Info Kecamatan " + KVILL[kim],
                           "Forward dari grup sebelah 👇", "*INFO DARI " + site(a).upper() + "*"])
        text = f"{head}\n\n*{a['title']}*\n\n{body}\n\n_Sumber: {site(a)}_"
    elif shape == "web":
        plat, title = "website", a["title"]
        text = ("Beranda  Profil  Berita  Agenda  Galeri  Kontak\n\nOleh Admin KIM {} · {} Komentar\n\n{}\n\nSumber: {}\n\n"
                "Baca juga: Jadwal Posyandu Bulan Ini\nBagikan: Facebook · WhatsApp · Twitter").format(
                    KVILL[kim], rng.randint(0, 6), body, a["url"])
        links = [a["url"]]
    elif shape == "fbgreet":
        text = "{}\n\n{}\n\n{}".format(
            rng.choice([f"Assalamualaikum warga {KVILL[kim]}, berikut informasi dari {site(a)}.",
                        "Selamat pagi dangsanak, ada kabar dari pemerintah daerah 👇", "Info penting buat kita samua:"]),
            body, rng.choice(["Semoga bermanfaat 🙏", "Silakan dibagikan.", "Terima kasih, salam KIM.", "Mohon disebarkan ke keluarga."]))
    elif shape == "tgfwd":
        plat = "telegram"
        text = "Forwarded from Info {}\n{}\n\n{}".format(
            REGION_NAME.get(a["region"], "Kalsel").replace("Kabupaten ", "").replace("Kota ", ""), a["title"].upper(), body)
    else:
        plat = "instagram"
        text = "{}\n.\n.\n{}".format(body, hashtags(a, rng.randint(4, 6)))
    add(kim, plat, text, gold_time(a), [a["i"]], "copy", f"auto:copy:{a['i']}", title, links, shape=shape, ops=ops)


# ---------------- excerpt ----------------
def cut_chars(t, n):
    t = t[:n]
    return t[:t.rfind(" ")].rstrip(",;:") + "…"


EX_SHAPES = ["tgtrunc", "fblihat", "iglead", "ytchap", "webquote", "fbintro", "shortfrag"]
ex_anns = ANNS[:]
rng.shuffle(ex_anns)
for n, a in enumerate(ex_anns[:35]):
    shape = EX_SHAPES[n % 7]
    kim = regular_for(a)
    p1, p2, p3 = a["paras"]
    title, plat = "", "facebook"
    if shape == "tgtrunc":
        plat = "telegram"
        if n % 14 == 0 or n == 7:  # two previews for special KIMs
            kim = SPECIAL[(n // 7) % 4]
        text = cut_chars(a["title"] + "\n\n" + p1, rng.randint(150, 220))
    elif shape == "fblihat":
        text = p1 + "\n\n" + p2[:rng.randint(40, 90)].rsplit(" ", 1)[0] + "... Lihat selengkapnya"
    elif shape == "iglead":
        plat = "instagram"
        text = p1 + "\n\n" + hashtags(a, 5)
    elif shape == "ytchap":
        plat, title = "youtube", "VIDEO | " + a["title"]
        text = p1 + "\n\n00:00 Pembuka\n00:{:02d} Keterangan narasumber\n01:{:02d} Rencana berikutnya\n02:{:02d} Penutup".format(
            rng.randint(20, 50), rng.randint(0, 50), rng.randint(0, 50))
    elif shape == "webquote":
        plat, title = "website", a["title"]
        text = "Berikut kutipan dari rilis {}:\n\n{}\n\nAdmin KIM {}".format(site(a), p2, KVILL[kim])
    elif shape == "fbintro":
        text = "{}\n\n{}\n\n{}\n\n{}".format(rng.choice(["Info dari kabupaten 👇", "Kabar hari ini:", "Sekilas info:"]), p1, p2,
                                             rng.choice(["Demikian info kali ini.", "Yuk sebarkan.", "Salam informasi."]))
    else:
        w = p1.split()
        text = " ".join(w[:rng.randint(12, 17)]).rstrip(",") + "…"
    add(kim, plat, text, gold_time(a), [a["i"]], "excerpt", f"auto:excerpt:{a['i']}", title, shape=shape)


# ---------------- link ----------------
def url_form(a, form):
    u = a["url"]
    wp = SITES[a["src"]][1] == "wp"
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
        return u.rstrip("/") + "/amp/" if wp else u + "?utm_source=wa"
    if form == "utm":
        return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR0" + "".join(rng.choice("abcdefghijkLMNOPQ0123456789_") for _ in range(22))
    if form == "utmfb":
        return u + "?utm_source=wa&fbclid=IwZXh0" + "".join(rng.choice("abcdefXYZ0123456789") for _ in range(16))
    if form == "httpm":
        return u.replace("https://", "http://m.")
    return u.replace("https://", "www.")  # "wwwbare"


FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "wwwbare"]
LINK_SHAPES = ["fbshare", "fbcomment", "tglink", "ytdesc", "webmore"]
COMMENTS = ["Info penting, silakan dibaca 👇", "Baca beritanya di sini", "Ini dia kabarnya", "Cek link ini dangsanak",
            "Mohon dibaca dan dibagikan", "Nah ini beritanya", "Alhamdulillah", "Untuk warga yang berminat",
            "Simak selengkapnya", "👇👇", "Kabar baik buat kita", "Penting!"]
ln_anns = ANNS[:] + rng.sample(ANNS, 4)
rng.shuffle(ln_anns)
for n, a in enumerate(ln_anns[:40]):
    shape = LINK_SHAPES[n % 5]
    form = FORMS[n % len(FORMS)]
    if shape == "fbshare" and form == "wwwbare":
        form = "www"
    u = url_form(a, form)
    kim = regular_for(a)
    title, plat = "", "facebook"
    if shape == "fbshare":
        text = "{}\n\n{}\n{}".format(rng.choice(COMMENTS), SITES[a["src"]][0].upper(), a["title"])
    elif shape == "fbcomment":
        text = "{} {}".format(rng.choice(COMMENTS), u)
    elif shape == "tglink":
        plat = "telegram"
        text = "{}\n{}".format(a["title"], u)
    elif shape == "ytdesc":
        plat, title = "youtube", rng.choice(["Info KIM: ", "Kabar Banua: ", ""]) + a["title"]
        text = "Simak beritanya di: {}\n\n#KIM{}".format(u, KVILL[kim].replace(" ", ""))
    else:
        plat, title = "website", a["title"]
        text = "{}\n\nBaca selengkapnya: {}".format(rng.choice(["Kabar dari " + site(a) + ".", "Admin meneruskan berita resmi.",
                                                                "Berita ini kami bagikan untuk warga."]), u)
    add(kim, plat, text, gold_time(a), [a["i"]], "link", f"auto:link:{a['i']}", title, [u], shape=shape, form=form)

# ---------------- summaries ----------------
SUM_SHORT = ["fb", "tg", "ig", "wa"]
for n, a in enumerate(ANNS):
    shape = SUM_SHORT[n % 4]
    kim = regular_for(a)
    s, plat = a["S"], "facebook"
    if shape == "tg":
        plat = "telegram"
    elif shape == "ig":
        plat, s = "instagram", s + "\n" + hashtags(a, 3)
    elif shape == "wa":
        s = "*INFO*\n" + s + "\n_Mohon disebarkan_"
    add(kim, plat, s, gold_time(a), [a["i"]], "summary", f"anns.py:{a['i']}:S", shape="short-" + shape)
for n, (i, s) in enumerate(S2):
    a = A[i]
    add(regular_for(a), ["facebook", "telegram"][n % 2], s, gold_time(a), [i], "summary", f"extra.py:S2[{n}]", shape="short")
LONG = ["fb", "igtags", "web", "yt"]
for n, a in enumerate([a for a in ANNS if a["L"]]):
    shape = LONG[n % 4]
    kim = regular_for(a)
    title, plat, text = "", "facebook", a["L"]
    if shape == "igtags":
        plat, text = "instagram", a["L"] + "\n\n" + hashtags(a, 11)
    elif shape == "web":
        plat, title = "website", "Ringkasan: " + a["title"].split(",")[0]
    elif shape == "yt":
        plat, title = "youtube", "Liputan KIM " + KVILL[kim]
        text = "Liputan: " + a["L"] + "\n\n00:00 Pembuka\n00:40 Ringkasan\n02:10 Tanggapan warga"
    add(kim, plat, text, gold_time(a), [a["i"]], "summary", f"anns.py:{a['i']}:L", title, shape="long-" + shape)

# ---------------- paraphrases ----------------
SPECIAL_BY_REGION = {KREG[k]: k for k in SPECIAL}
for n, a in enumerate(ANNS):
    if a["region"] in SPECIAL_BY_REGION:
        kim = SPECIAL_BY_REGION[a["region"]]
    elif a["region"] == "prov" and n % 3 == 0:
        kim = SPECIAL[n % 4]
    else:
        kim = regular_for(a)
    plat = ["facebook", "facebook", "instagram", "telegram"][n % 4]
    add(kim, plat, a["P"], gold_time(a), [a["i"]], "paraphrase", f"anns.py:{a['i']}:P", shape="banjar")
for n, (i, t) in enumerate(P2):
    a = A[i]
    add(regular_for(a), ["facebook", "instagram"][n % 2], t, gold_time(a), [i], "paraphrase", f"extra.py:P2[{n}]",
        shape="casual")

# ---------------- round-ups ----------------
LAYOUTS = ["oneline", "bullets", "numbered", "prose", "ytchap", "emoji"]
by_time = sorted(ANNS, key=lambda a: a["t"])
rk = SPECIAL * 2 + REGULAR
rng.shuffle(rk)
rk = SPECIAL * 2 + [k for k in rk if k not in SPECIAL]
for n in range(27):
    kim = rk[n % len(rk)]
    size = 3 if n % 5 in (0, 3) else 2
    while True:
        start = rng.randrange(len(by_time) - size)
        group = by_time[start:start + size + rng.randint(0, 2)]
        group = rng.sample(group, size)
        lo, hi = min(a["t"] for a in group), max(a["t"] for a in group)
        if hi - lo < timedelta(days=9):
            break
    t = hi + timedelta(hours=rng.uniform(3, 24 * 6))
    t = min(t, lo + timedelta(days=19), LAST - timedelta(minutes=rng.randint(1, 300)))
    t = t.replace(second=rng.randint(0, 59))
    items = []
    for a in group:
        r = rng.random()
        items.append(a["title"] if r < 0.4 else a["title"][0].lower() + a["title"][1:] if r < 0.6 else a["S"])
    loc = LOCAL.get(KREG[kim], [])
    nloc = rng.randint(0, min(2, len(loc)))
    allitems = items + rng.sample(loc, nloc)
    rng.shuffle(allitems)
    layout = LAYOUTS[n % 6]
    title, plat = "", "facebook"
    if layout == "oneline":
        text = "KILAS INFO | " + " | ".join(allitems) + " |"
    elif layout == "bullets":
        plat = rng.choice(["facebook", "instagram"])
        text = "Rangkuman kabar pekan ini:\n" + "\n".join("• " + x for x in allitems)
    elif layout == "numbered":
        plat = rng.choice(["facebook", "telegram"])
        text = "INFO SEPEKAN KIM {}\n".format(KVILL[kim].upper()) + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(allitems))
    elif layout == "prose":
        plat, title = "website", "Rangkuman Berita Pekan Ini"
        parts = [x.rstrip(".") for x in allitems]
        text = "Pekan ini ada beberapa kabar untuk warga {}. Pertama, {}. ".format(KVILL[kim], parts[0]) + \
            "".join("Selain itu, {}. ".format(p) for p in parts[1:-1]) + "Terakhir, {}.".format(parts[-1])
    elif layout == "ytchap":
        plat, title = "youtube", "Kabar Sepekan KIM " + KVILL[kim]
        text = "Rangkuman berita sepekan.\n\n00:00 Pembuka\n" + "\n".join(
            "{:02d}:{:02d} {}".format(i + 1, rng.randint(0, 59), x) for i, x in enumerate(allitems))
    else:
        text = "🗞️ KABAR SINGKAT ✅\n" + "\n".join("✅ " + x for x in allitems)
    add(kim, plat, text, t, [a["i"] for a in group], "roundup", f"auto:roundup:{n}", title, shape=layout)

# ---------------- look-alikes, before, unrelated ----------------
need = {k: 5 for k in INACTIVE}


def kim_for_negative(region):
    inact = [k for k in INACTIVE if KREG[k] == region and need[k] > 0]
    if inact and rng.random() < 0.6:
        need[inact[0]] -= 1
        return inact[0]
    if region == "prov":
        hungry = [k for k in INACTIVE if need[k] > 0]
        if hungry and rng.random() < 0.5:
            need[hungry[0]] -= 1
            return hungry[0]
        return pick([k for k, *_ in KIMS], "neg-all")
    return pick([k for k, r, *_ in KIMS if r == region], "neg-" + region)


NEG_SHAPES = ["fb", "fb", "wa", "tg", "ig", "web", "yt"]
TRAP_PATHS = ["arsip-kegiatan-2025", "agenda-pekan-ini", "pengumuman-umum", "galeri-kegiatan"]


def short_title(text, n=70):
    t = re.split(r"[.!?](?:\s|$)|,\s", text)[0]
    return t if len(t) <= n else t[:n].rsplit(" ", 1)[0]


def shape_negative(text, kim, region, n):
    shape = NEG_SHAPES[n % 7]
    title, plat, links = "", "facebook", []
    if shape == "wa":
        text = "*INFO*\n" + text + "\n_Diteruskan_"
    elif shape == "tg":
        plat = "telegram"
    elif shape == "ig":
        plat = "instagram"
        text = text + "\n\n" + " ".join(TAGS.get(region, "#Kalsel").split()[:1] + ["#InfoKIM", "#" + KVILL[kim].replace(" ", "")])
    elif shape == "web":
        plat, title = "website", short_title(text)
        text = text + "\n\nAdmin KIM " + KVILL[kim]
    elif shape == "yt":
        plat, title = "youtube", "Kabar " + KVILL[kim] + ": " + short_title(text, 50)
        text = text + "\n\n#KIM" + KVILL[kim].replace(" ", "")
    return title, plat, text, links, shape


def neg_time(a):
    return clamp(a["t"] + timedelta(hours=rng.uniform(-96, 14 * 24)))


negs = []
for a in ANNS:
    for j, (region, text, differs) in enumerate(a["N"]):
        negs.append((region, a, text, differs, f"anns.py:{a['i']}:N[{j}]"))
for j, (region, i, text, differs) in enumerate(N2):
    negs.append((region, A[i], text, differs, f"extra.py:N2[{j}]"))
rng.shuffle(negs)
for n, (region, a, text, differs, key) in enumerate(negs):
    kim = kim_for_negative(region)
    if n % 5 in (1, 3):
        text = text + (" " if n % 2 else "\n\n") + TAILS[n % len(TAILS)]
    title, plat, text2, links, shape = shape_negative(text, kim, region, n)
    if n % 9 == 4 and plat in ("facebook", "website"):
        host = SITES[a["src"]][0]
        u = f"https://{host}/berita/{TRAP_PATHS[n % 4]}-{n}"
        text2 += "\n\nInfo lain: " + u
        links = [u]
    add(kim, plat, text2, neg_time(a), [], "negative-topic", key, title, links, shape=shape,
        imitates=[a["id"]], differs=differs)

befores = [(a["B"][0], a, a["B"][1], a["B"][2], f"anns.py:{a['i']}:B") for a in ANNS if a["B"]]
befores += [(r, A[i], t, d, f"extra.py:B2[{j}]") for j, (r, i, t, d) in enumerate(B2)]
for n, (region, a, text, differs, key) in enumerate(befores):
    kim = kim_for_negative(region)
    t = a["t"] - timedelta(hours=rng.uniform(3, 60))
    plat = ["facebook", "telegram", "facebook", "instagram"][n % 4]
    if n % 3 == 1:
        text = text + "\n\n" + TAILS[(n * 5) % len(TAILS)]
    add(kim, plat, text, t.replace(second=rng.randint(0, 59)), [], "before", key, shape=plat,
        imitates=[a["id"]], differs=differs)

for n, (region, text) in enumerate(U):
    kim = pick([k for k, r, *_ in KIMS if r == region] if region != "prov" else [k for k, *_ in KIMS], "u-" + region)
    if n % 5 == 0 and region != "prov":
        kim = next((k for k in INACTIVE if KREG[k] == region), kim)
    t = clamp(FIRST + timedelta(hours=rng.uniform(0, (LAST - FIRST).total_seconds() / 3600)))
    plat = ["facebook", "facebook", "telegram", "instagram", "facebook"][n % 5]
    add(kim, plat, text, t, [], "negative-unrelated", f"extra.py:U[{n}]", shape=plat)

# ---------------- finish ----------------
seen = set()
for p in POSTS:
    while p["text"] in seen:
        p["text"] += "\n\n(dibagikan ulang oleh KIM {})".format(KVILL[p["kim"]])
    seen.add(p["text"])
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", p["title"] + "\n" + p["text"]):
        u = u.rstrip(".,;:!?")
        if u not in p["links"]:
            p["links"].append(u)

POSTS.sort(key=lambda p: (p["when"], p["key"]))
ids = list(range(1, len(POSTS) + 1))
rng.shuffle(ids)
HANDLE = {k: "kim." + k[4:].replace("-", "") for k, *_ in KIMS}


def post_url(p, pid):
    h = HANDLE[p["kim"]]
    n = int(pid.split("p")[1])
    if p["platform"] == "facebook":
        return f"https://www.facebook.com/{h}/posts/{7100000000 + n * 7919}"
    if p["platform"] == "instagram":
        return f"https://www.instagram.com/p/C{n * 104729:010x}/"
    if p["platform"] == "telegram":
        return f"https://t.me/{h.replace('.', '_')}/{300 + n}"
    if p["platform"] == "youtube":
        return f"https://www.youtube.com/watch?v=h34{n * 7777:08x}"
    return f"https://{h[4:]}.desa.id/{p['when']:%Y/%m}/post-{n}"


with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for a in sorted(ANNS, key=lambda a: a["i"]):
        f.write(json.dumps({"id": a["id"], "source": a["src"], "url": a["url"], "title": a["title"], "text": a["full"],
                            "published_at": a["t"].isoformat()}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, r, d, v in KIMS:
        f.write(f"- id: {k}\n  name: KIM {v}\n  region: {REGION_NAME[r]}\n  district: {d}\n  village: {v}\n")
keymap = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, \
        open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for p, i in zip(POSTS, ids):
        pid = f"h34-p{i:03d}"
        fp.write(json.dumps({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": post_url(p, pid),
                             "title": p["title"], "text": p["text"], "published_at": p["when"].isoformat(),
                             "links": p["links"]}, ensure_ascii=False) + "\n")
        fl.write(json.dumps({"post": pid, "announcements": p["gold"], "style": p["style"]}, ensure_ascii=False) + "\n")
        keymap[pid] = dict(key=p["key"], style=p["style"], gold=p["gold"], **p["meta"])
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(ANNS), "announcements,", len(POSTS), "posts,", sum(len(p["gold"]) for p in POSTS), "gold pairs")
