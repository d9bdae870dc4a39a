#!/usr/bin/env python3
"""Deterministic generator of heldout24 (seed fixed). Reads anns.py and extra.py (hand-written)."""
import json, random, re
from datetime import datetime, timedelta
from anns import A
from extra import U, N2, B2, P2, LOCAL

R = random.Random(20261207)
HERE = __import__("os").path.dirname(__import__("os").path.abspath(__file__))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
WITA = "+08:00"
END = datetime(2026, 12, 5, 21, 30)

# source -> (domain, url shape, region)
SRC = {
 "dinkes-kalsel": ("dinkes.kalselprov.go.id", "wp", None), "pemkot-banjarmasin": ("banjarmasinkota.go.id", "berita", "Kota Banjarmasin"),
 "pemkab-tanbu": ("tanahbumbukab.go.id", "berita", "Kabupaten Tanah Bumbu"), "pemkab-kotabaru": ("kotabarukab.go.id", "num", "Kabupaten Kotabaru"),
 "pemkab-hss": ("hulusungaiselatankab.go.id", "berita", "Kabupaten Hulu Sungai Selatan"), "disdik-kalsel": ("disdik.kalselprov.go.id", "wp", None),
 "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "Kota Banjarbaru"), "pemkab-tabalong": ("tabalongkab.go.id", "wp", "Kabupaten Tabalong"),
 "pemkab-hst": ("hstkab.go.id", "berita", "Kabupaten Hulu Sungai Tengah"), "pemkab-tapin": ("tapinkab.go.id", "berita", "Kabupaten Tapin"),
 "pemkab-batola": ("baritokualakab.go.id", "berita", "Kabupaten Barito Kuala"), "dtph-kalsel": ("dtph.kalselprov.go.id", "wp", None),
 "pemkab-banjar": ("banjarkab.go.id", "wp", "Kabupaten Banjar"), "pemkab-hsu": ("hsu.go.id", "html", "Kabupaten Hulu Sungai Utara"),
 "dkp-kalsel": ("dkp.kalselprov.go.id", "wp", None), "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "Kabupaten Tanah Laut"),
 "disbudpar-kalsel": ("disbudpar.kalselprov.go.id", "wp", None), "dispora-kalsel": ("dispora.kalselprov.go.id", "wp", None),
 "pemkab-balangan": ("balangankab.go.id", "detail", "Kabupaten Balangan"), "pemprov-kalsel": ("kalselprov.go.id", "berita", None),
}

KIMS = """kim-pemurus-dalam|Kota Banjarmasin|Banjarmasin Selatan|Pemurus Dalam
kim-teluk-tiram|Kota Banjarmasin|Banjarmasin Barat|Teluk Tiram
kim-sungai-jingah|Kota Banjarmasin|Banjarmasin Utara|Sungai Jingah
kim-pengambangan|Kota Banjarmasin|Banjarmasin Timur|Pengambangan
kim-sungai-tiung|Kota Banjarbaru|Cempaka|Sungai Tiung
kim-landasan-ulin-barat|Kota Banjarbaru|Liang Anggang|Landasan Ulin Barat
kim-loktabat-utara|Kota Banjarbaru|Banjarbaru Utara|Loktabat Utara
kim-jawa|Kabupaten Banjar|Martapura|Jawa
kim-lok-baintan|Kabupaten Banjar|Sungai Tabuk|Lok Baintan
kim-kayu-bawang|Kabupaten Banjar|Gambut|Kayu Bawang
kim-angsau|Kabupaten Tanah Laut|Pelaihari|Angsau
kim-takisung|Kabupaten Tanah Laut|Takisung|Takisung
kim-bati-bati|Kabupaten Tanah Laut|Bati-Bati|Bati-Bati
kim-semayap|Kabupaten Kotabaru|Pulau Laut Utara|Semayap
kim-sungai-bali|Kabupaten Kotabaru|Pulau Sebuku|Sungai Bali
kim-serongga|Kabupaten Kotabaru|Kelumpang Hilir|Serongga
kim-batulicin|Kabupaten Tanah Bumbu|Batulicin|Batulicin
kim-pasar-baru|Kabupaten Tanah Bumbu|Kusan Hilir|Pasar Baru
kim-sungai-danau|Kabupaten Tanah Bumbu|Satui|Sungai Danau
kim-binuang|Kabupaten Tapin|Binuang|Binuang
kim-margasari-ilir|Kabupaten Tapin|Candi Laras Selatan|Margasari Ilir
kim-angkinang|Kabupaten Hulu Sungai Selatan|Angkinang|Angkinang
kim-loksado|Kabupaten Hulu Sungai Selatan|Loksado|Loksado
kim-barabai-timur|Kabupaten Hulu Sungai Tengah|Barabai|Barabai Timur
kim-hantakan|Kabupaten Hulu Sungai Tengah|Hantakan|Hantakan
kim-pandawan|Kabupaten Hulu Sungai Tengah|Pandawan|Pandawan
kim-sungai-malang|Kabupaten Hulu Sungai Utara|Amuntai Tengah|Sungai Malang
kim-danau-panggang|Kabupaten Hulu Sungai Utara|Danau Panggang|Danau Panggang
kim-babirik-hilir|Kabupaten Hulu Sungai Utara|Babirik|Babirik Hilir
kim-paringin-kota|Kabupaten Balangan|Paringin|Paringin Kota
kim-juai|Kabupaten Balangan|Juai|Juai
kim-halong|Kabupaten Balangan|Halong|Halong
kim-tanjung|Kabupaten Tabalong|Tanjung|Tanjung
kim-pudak-setegal|Kabupaten Tabalong|Kelua|Pudak Setegal
kim-mabuun|Kabupaten Tabalong|Murung Pudak|Mabuun
kim-muara-uya|Kabupaten Tabalong|Muara Uya|Muara Uya
kim-berangas|Kabupaten Barito Kuala|Alalak|Berangas
kim-ulu-benteng|Kabupaten Barito Kuala|Marabahan|Ulu Benteng
kim-tabunganen-muara|Kabupaten Barito Kuala|Tabunganen|Tabunganen Muara
kim-puntik-luar|Kabupaten Barito Kuala|Mandastana|Puntik Luar"""
KIMS = [dict(zip(["id", "region", "district", "village"], l.split("|"))) for l in KIMS.split("\n")]
INACTIVE = ["kim-sungai-jingah", "kim-angkinang", "kim-halong", "kim-muara-uya", "kim-ulu-benteng", "kim-takisung"]
SPECIAL = ["kim-lok-baintan", "kim-sungai-bali", "kim-hantakan", "kim-danau-panggang"]
NORMAL = [k["id"] for k in KIMS if k["id"] not in INACTIVE + SPECIAL]
REG = {k["id"]: k["region"] for k in KIMS}
VIL = {k["id"]: k["village"] for k in KIMS}


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + WITA


def dsub(text):
    def f(m):
        d, mo = int(m.group(1)), int(m.group(2))
        x = datetime(2026, mo, d)
        return f"{HARI[x.weekday()]} ({d}/{mo}/2026)"
    return re.sub(r"\{d:(\d+)/(\d+)\}", f, text)


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:80].rstrip("-")


# ---------- announcements
ANN = {}
for i, a in enumerate(A):
    dom, shape, reg = SRC[a["src"]]
    t = dt(a["t"]) + timedelta(seconds=R.randint(0, 59))
    s = slug(a["title"])
    if shape == "wp":
        url = f"https://{dom}/{t:%Y/%m/%d}/{s}/"
    elif shape == "berita":
        url = f"https://{dom}/berita/{s}"
    elif shape == "num":
        url = f"https://{dom}/berita/{3100 + i * 7}/{s}"
    elif shape == "detail":
        url = f"https://{dom}/berita/detail/{s}"
    else:
        url = f"https://{dom}/{t:%Y/%m}/{s}.html"
    p1 = dsub(a["p1"])
    pd = f"{HARI[t.weekday()]} ({t.day}/{t.month}/2026)"
    p2 = f"\u201c{a['q']},\u201d kata {a['who']}, {a['role']}, {pd}."
    p3 = dsub(a["p3"])
    text = f"{a['city']} \u2013 {p1}\n\n{p2}\n\n{p3}"
    ANN[a["id"]] = dict(id="h24-" + a["id"], source=a["src"], url=url, title=a["title"], text=text, published_at=iso(t),
                        _t=t, _p=[p1, p2, p3], _reg=reg, _h=a, _wp=shape == "wp")

POSTS = []  # dicts with _t, kim, platform, title, text, links, style, gold, meta


def add(t, kim, platform, text, title="", links=(), style="", gold=(), **meta):
    POSTS.append(dict(_t=t, kim=kim, platform=platform, title=title, text=text.strip(), links=list(links), style=style,
                      gold=["h24-" + g for g in gold], meta=meta))


def gold_time(a, lo_min=12):
    t0 = ANN[a]["_t"]
    r = R.random()
    if r < 0.3:
        d = timedelta(minutes=R.randint(lo_min, 180))
    elif r < 0.72:
        d = timedelta(minutes=R.randint(180, 2 * 1440))
    elif r < 0.95:
        d = timedelta(minutes=R.randint(2 * 1440, 8 * 1440))
    else:
        d = timedelta(minutes=R.randint(8 * 1440, 19 * 1440))
    t = t0 + d + timedelta(seconds=R.randint(0, 59))
    if t > END:
        t = t0 + timedelta(minutes=R.randint(lo_min, max(lo_min + 1, int((END - t0).total_seconds() // 60))))
    return t


def pick_kim(a, pool=None):
    pool = pool or NORMAL
    reg = ANN[a]["_reg"]
    local = [k for k in pool if REG[k] == reg]
    if local and R.random() < 0.6:
        return R.choice(local)
    return R.choice(pool)


def hashtags(a, n):
    base = ["#KIM", "#InfoKalsel", "#Kalsel", "#Banua", "#InfoPublik", "#KabarDesa", "#Diskominfo", "#BeritaBaik", "#KalselBabungas",
            "#InfoTerkini", "#Wargakalsel", "#BanjarLife", "#KIMBerbagi"]
    fam = [["#HariAIDSSedunia", "#CegahHIV", "#TesHIV"], ["#Malaria", "#StopMalaria", "#Kelambu"], ["#ANBK", "#AsesmenNasional", "#Pendidikan"],
           ["#HariGuru", "#HGN2026", "#GuruHebat"], ["#SekolahLapangIklim", "#Petani", "#Pertanian"], ["#Vaname", "#Udang", "#Perikanan"],
           ["#Kebakaran", "#Peduli", "#Bantuan"], ["#Madihin", "#BudayaBanjar", "#SeniTradisi"], ["#SepakTakraw", "#Olahraga", "#Takraw"],
           ["#HUTKORPRI", "#KORPRI55", "#ASN"]][(int(a[1:]) - 1) // 3]
    tags = R.sample(fam, 2) + R.sample(base, max(0, n - 2))
    return " ".join(tags[:n])


TYPO_WORDS = 3


def typo(s):
    words = s.split(" ")
    for _ in range(R.randint(1, TYPO_WORDS)):
        i = R.randrange(len(words))
        w = words[i]
        if len(w) > 5 and w.isalpha():
            j = R.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def habits(text, a):
    ops = []
    if R.random() < 0.35:
        text = typo(text); ops.append("typo")
    if R.random() < 0.3:
        text = text.replace("\u201c", '"').replace("\u201d", '"'); ops.append("straightquotes")
    if R.random() < 0.3:
        text = text.replace("\u2013", "-"); ops.append("dash")
    if R.random() < 0.3:
        text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text); ops.append("droptag")
    if R.random() < 0.25:
        text = re.sub(r"\n\n", " ", text); ops.append("collapse")
    return text, ops


GREET = ["Assalamualaikum wr wb, info penting buat warga 🙏", "Selamat pagi dangsanak, ini info dari pemerintah:", "Halo warga! Ada kabar baru nih 👇",
         "Bismillah, kami bagikan rilis resminya.", "Good morning, sobat KIM!", "Salam sejahtera, info untuk kita semua:"]
FWD = ["Forwarded from Info Pemprov Kalsel", "Forwarded from Kabar Banua", "Forwarded from Humas Kabupaten", "Forwarded from Info Kecamatan"]
WAH = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "Diteruskan dari grup Info Kecamatan 👇", "Forward dari grup sebelah 👇", "*INFO*"]
MENU = "Beranda | Profil | Berita | Galeri | Kontak"
BACA = ["Baca juga: Gotong royong warga bersihkan parit desa", "Baca juga: Jadwal posyandu bulan ini", "Baca juga: Rapat karang taruna bahas kegiatan akhir tahun",
        "Baca juga: Harga karet di pengepul naik tipis"]
SHARE = "Bagikan: Facebook | WhatsApp | Twitter | Telegram"


def web_wrap(kim, body, title):
    by = R.choice([f"Oleh: Admin KIM {VIL[kim]}", f"Penulis: Tim KIM {VIL[kim]}", "Diposting oleh admin"])
    return f"{MENU}\n\n{title}\n{by}\n\n{body}\n\n{R.choice(BACA)}\n\n{SHARE}"


def variant(a, form):
    """URL form of announcement a's canonical URL."""
    u = ANN[a]["url"]
    wp = ANN[a]["_wp"]
    host_re = r"https://"
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
        return (u + "amp/") if wp else u + "?utm_source=wa"
    if form == "utm":
        return u + "?utm_source=facebook&utm_medium=social"
    if form == "fbclid":
        return u + "?fbclid=IwAR0" + "".join(R.choice("abcdefghijkXYZ0123456789") for _ in range(20))
    if form == "utmfb":
        return u + "?utm_source=fb&fbclid=IwAR1" + "".join(R.choice("abcdXYZ0123456789") for _ in range(16))
    if form == "httpm":
        return u.replace("https://", "http://m.")
    if form == "noscheme":
        return u.replace("https://", "www.")
    raise ValueError(form)


FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "noscheme"]
AIDS = [a["id"] for a in A]
ONLY = ["Ini beritanya, silakan dibaca.", "Share dari web resmi pemda 👇", "Kabar baik, baca di tautan.", "Mohon dibagikan ke grup RT 🙏",
        "Penting, dibaca sampai habis ya.", "Info resmi dari pemerintah.", "Baca lengkapnya di link preview.", "👇👇👇",
        "Dibagikan ulang untuk warga.", "Simak beritanya.", "Update terbaru dari humas.", "Monggo dibaca, dangsanak."]

# ---------- copy (35)
copy_list = AIDS + R.sample(AIDS, 5)
for n, a in enumerate(copy_list):
    ann = ANN[a]
    shape = ["wa", "web", "fbgreet", "tgfwd", "igcap"][n % 5]
    body, ops = habits(ann["text"], a)
    kim = pick_kim(a)
    t = gold_time(a)
    links = []
    if shape == "wa":
        text = f"{R.choice(WAH)}\n\n*{ann['title']}*\n\n{body}"
        if R.random() < 0.5:
            text += "\n\nSumber: rilis resmi " + ann["source"].replace("-", " ")
        plat = "facebook"
    elif shape == "web":
        src = R.choice(["url", "domain"])
        tail = ("\n\nSumber: " + ann["url"]) if src == "url" else "\n\nSumber: " + ann["url"].split("/")[2]
        if src == "url":
            links = [ann["url"]]
        text = web_wrap(kim, body + tail, ann["title"])
        plat = "website"
    elif shape == "fbgreet":
        text = f"{R.choice(GREET)}\n\n{body}"
        plat = "facebook"
    elif shape == "tgfwd":
        text = f"{R.choice(FWD)}\n{ann['title']}\n\n{body}"
        plat = "telegram"
    else:
        text = f"{ann['title'].upper()}\n\n{body}\n\n{hashtags(a, R.randint(6, 12))}"
        plat = "instagram"
    add(t, kim, plat, text, title=ann["title"] if plat == "website" else "", links=links, style="copy", gold=[a],
        key=f"auto:copy:{a}", shape=shape, ops=ops)

# ---------- excerpt (35)
SQ = set()
ex_list = AIDS + R.sample(AIDS, 5)
R.shuffle(ex_list)
CHAP = ["00:00 Pembuka\n00:40 Isi berita\n02:10 Penutup", "0:00 Intro\n0:25 Informasi lengkap\n1:50 Pesan untuk warga",
        "00:00 Salam\n00:30 Berita utama\n01:45 Info lainnya"]
INTRO = ["Info penting 👇", "Dari rilis pemerintah:", "Mohon dibaca ya.", "", "", "Kutipan berita hari ini:"]
OUTRO = ["Semoga bermanfaat.", "Silakan dibagikan.", "", "", "Info lengkap di situs resmi."]
for n, a in enumerate(ex_list):
    ann = ANN[a]
    p1, p2, p3 = ann["_p"]
    lead = f"{ann['_h']['city']} \u2013 {p1}"
    shape = ["tgtrunc", "lead", "iglead", "fbcut", "yt", "quote", "weblead"][n % 7]
    kim = pick_kim(a)
    if shape == "tgtrunc" and n % 2 == 0:
        kim = R.choice(SPECIAL)
    t = gold_time(a)
    title = ""
    if shape == "tgtrunc":
        full = f"{ann['title']}\n\n{lead}"
        cut = R.randint(150, 230)
        cutp = full.rfind(" ", 0, cut)
        text = (R.choice(FWD) + "\n" if R.random() < 0.5 else "") + full[:cutp].rstrip(",.;") + "\u2026"
        plat = "telegram"
    elif shape == "lead":
        text = f"{R.choice(INTRO)}\n\n{lead}\n\n{R.choice(OUTRO)}"
        plat = "facebook"
    elif shape == "iglead":
        text = f"{p1}\n\n{hashtags(a, R.randint(4, 9))}"
        plat = "instagram"
    elif shape == "fbcut":
        cut = lead.rfind(" ", 0, R.randint(180, 260))
        text = f"{lead[:cut]}... Lihat selengkapnya"
        plat = "facebook"
    elif shape == "yt":
        title = ann["title"].upper() if R.random() < 0.5 else ann["title"]
        text = f"{p1}\n\n{R.choice(CHAP)}\n\n#KIM #InfoKalsel"
        plat = "youtube"
    elif shape == "quote" and n % 2 and a not in SQ:
        SQ.add(a)
        text = f"\u201c{ann['_h']['q']}\u201d \u2013 {ann['_h']['who']}"
        shape = "shortquote"
        plat = R.choice(["facebook", "telegram"])
    elif shape == "quote":
        text = f"{R.choice(INTRO)}\n\n{p2}\n\n{R.choice(OUTRO)}"
        plat = "facebook"
    else:
        title = ann["title"]
        text = web_wrap(kim, lead + "\n\n" + p2, title)
        plat = "website"
    add(t, kim, plat, text, title=title, style="excerpt", gold=[a], key=f"auto:excerpt:{a}", shape=shape)

# ---------- link (40)
ln_list = AIDS + R.sample(AIDS, 10)
R.shuffle(ln_list)
CMT = {
 "facebook": ["Info lengkap di sini 👇", "Baca ya dangsanak", "Penting untuk warga, silakan dibaca.", "Share dari web resmi.", "Mohon dibagikan 🙏",
              "Ini beritanya.", "Cek link berikut", "Kabar baik buat kita semua"],
 "telegram": ["📌 Berita resmi:", "Link berita:", "Silakan baca", "Update hari ini"],
 "youtube": ["Video rangkuman berita. Sumber tulisan:", "Simak videonya, artikel lengkap:", "Sumber:"],
 "website": ["Baca selengkapnya:", "Sumber berita:", "Tautan asli:"],
}
for n, a in enumerate(ln_list):
    ann = ANN[a]
    form = FORMS[n % len(FORMS)]
    if form == "amp" and not ann["_wp"]:
        form = "utm"
    u = variant(a, form)
    plat = ["facebook", "facebook", "telegram", "youtube", "facebook", "website", "telegram"][n % 7]
    kim = pick_kim(a)
    t = gold_time(a)
    title = ""
    only_links = plat == "facebook" and n % 4 == 0 and form != "noscheme"
    c = R.choice(CMT[plat])
    if only_links:
        text = ONLY.pop(0)
        links = [ann["url"]]
        form = "only-links"
    elif plat == "telegram":
        text = f"{c}\n{u}\n\n{ann['title']}"
        links = [u]
    elif plat == "youtube":
        title = ann["title"][:90]
        text = f"{c} {u}\n\n{R.choice(CHAP)}"
        links = [u]
    elif plat == "website":
        title = "Tautan: " + ann["title"][:70]
        text = web_wrap(kim, f"{c} {u}", title)
        links = [u]
    else:
        text = f"{c}\n{u}"
        links = [u]
    add(t, kim, plat, text, title=title, links=links, style="link", gold=[a], key=f"auto:link:{a}", shape=plat, form=form)

# ---------- summary (60): L long, S short
for n, a in enumerate(AIDS):
    h = ANN[a]["_h"]
    kim = pick_kim(a)
    t = gold_time(a)
    shape = ["fb", "ig", "web", "yt"][n % 4]
    title = ""
    if shape == "fb":
        text, plat = h["L"], "facebook"
    elif shape == "ig":
        text, plat = h["L"] + "\n\n" + hashtags(a, 11), "instagram"
        if n % 8 == 1:
            kim = R.choice(SPECIAL)
    elif shape == "web":
        title = h["S"].rstrip(".")
        text, plat = web_wrap(kim, h["L"], title), "website"
    else:
        title = "INFO | " + h["S"].rstrip(".")[:80]
        text, plat = h["L"] + "\n\n" + R.choice(CHAP), "youtube"
    add(t, kim, plat, text, title=title, style="summary", gold=[a], key=f"anns.py:{a}:L", shape=shape)
for n, a in enumerate(AIDS):
    h = ANN[a]["_h"]
    kim = pick_kim(a)
    t = gold_time(a)
    shape = ["wa", "tg", "igshort"][n % 3]
    if shape == "wa":
        text, plat = R.choice(["*Info:* ", "📢 ", "", "Info warga: "]) + h["S"], "facebook"
    elif shape == "tg":
        text, plat = h["S"], "telegram"
    else:
        text, plat = h["S"] + " " + hashtags(a, 3), "instagram"
    add(t, kim, plat, text, style="summary", gold=[a], key=f"anns.py:{a}:S", shape=shape)

# ---------- paraphrase (40)
sp_cycle = 0
for n, a in enumerate(AIDS):
    kim = SPECIAL[sp_cycle % 4] if n % 3 == 0 else pick_kim(a)
    if n % 3 == 0:
        sp_cycle += 1
    plat = ["facebook", "facebook", "telegram", "instagram"][n % 4]
    add(gold_time(a), kim, plat, ANN[a]["_h"]["P"], style="paraphrase", gold=[a], key=f"anns.py:{a}:P", shape=plat)
for n, (a, text) in enumerate(P2):
    add(gold_time(a), pick_kim(a), ["facebook", "instagram", "telegram"][n % 3], text, style="paraphrase", gold=[a],
        key=f"extra.py:P2[{n}]", shape="casual")

# ---------- round-ups (26)
order = sorted(AIDS, key=lambda x: ANN[x]["_t"])
LAYOUTS = ["bullets", "numbered", "oneline", "ytchap", "prose", "mixed"]
PROSE_CON = ["Selain itu, ", "Sementara itu, ", "Kabar lainnya, ", "Masih dari pemerintah daerah, "]
rcount = 0
used = set()
tries = 0
while rcount < 26 and tries < 5000:
    tries += 1
    k = 2 if rcount % 2 == 0 else 3
    piv = R.randrange(len(order))
    grp = [order[piv]]
    cand = [x for x in order if x != order[piv] and abs((ANN[x]["_t"] - ANN[order[piv]]["_t"]).days) <= 9]
    if len(cand) < k - 1:
        continue
    grp += R.sample(cand, k - 1)
    key = tuple(sorted(grp))
    if key in used:
        continue
    used.add(key)
    tmax = max(ANN[x]["_t"] for x in grp)
    tmin = min(ANN[x]["_t"] for x in grp)
    lo = tmax + timedelta(minutes=30)
    hi = min(tmin + timedelta(days=19, hours=20), END, tmax + timedelta(days=5))
    if hi <= lo:
        continue
    t = lo + timedelta(seconds=R.randint(0, int((hi - lo).total_seconds())))
    grp.sort(key=lambda x: ANN[x]["_t"])
    items = []
    for x in grp:
        h = ANN[x]["_h"]
        items.append(R.choice([h["S"].rstrip("."), h["title"], h["title"].lower(), h["S"].rstrip(".")]))
    layout = LAYOUTS[rcount % 6]
    locs = R.sample(LOCAL, R.randint(1, 2)) if (layout == "mixed" or R.random() < 0.4) else []
    all_items = items + locs
    if layout != "prose":
        R.shuffle(all_items)
    head = R.choice(["📰 Rangkuman info pekan ini", "KILAS INFO", "Info sepekan untuk warga", "🗞️ KABAR SINGKAT", "Rekap berita minggu ini:"])
    plat, title = "facebook", ""
    if layout == "bullets":
        b = R.choice(["🔹", "•", "-", "✅", "👉"])
        text = head + "\n\n" + "\n".join(f"{b} {x}" for x in all_items)
    elif layout == "numbered":
        text = head + "\n\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(all_items))
        plat = R.choice(["facebook", "telegram"])
    elif layout == "oneline":
        text = "KILAS INFO | " + " | ".join(all_items) + " |"
        plat = R.choice(["telegram", "instagram"])
    elif layout == "ytchap":
        plat, title = "youtube", "Kilas Info KIM Pekan Ini"
        text = "Rangkuman berita:\n\n" + "\n".join(f"{i // 60:02d}:{i % 60:02d} {x}" for i, x in
                                                    zip([0] + [35 + 70 * j for j in range(len(all_items))], ["Pembuka"] + all_items))
    elif layout == "prose":
        plat, title = "website", "Rangkuman Berita Sepekan"
        parts = [items[0][0].upper() + items[0][1:] + "."] + [PROSE_CON[i % 4] + items[i][0].lower() + items[i][1:] + "." for i in range(1, len(items))]
        if locs:
            parts.append("Dari desa kita sendiri: " + locs[0].lower() + ".")
        text = web_wrap("kim-jawa", " ".join(parts), title)
    else:
        text = head + "\n" + "\n".join(f"- {x}" for x in all_items)
        plat = R.choice(["facebook", "telegram", "instagram"])
    kim = SPECIAL[rcount % 4] if rcount % 3 == 0 else R.choice(NORMAL)
    if layout == "prose":
        text = text.replace("Admin KIM Jawa", f"Admin KIM {VIL[kim]}").replace("Tim KIM Jawa", f"Tim KIM {VIL[kim]}")
    add(t, kim, plat, text, title=title, style="roundup", gold=grp, key=f"auto:roundup:{rcount}", shape=layout)
    rcount += 1

# ---------- negative-topic (115)
negs = []
for a in AIDS:
    for j, (text, differs) in enumerate(ANN[a]["_h"]["N"]):
        negs.append((a, text, differs, f"anns.py:{a}:N[{j}]"))
for j, (a, text, differs) in enumerate(N2):
    negs.append((a, text, differs, f"extra.py:N2[{j}]"))
R.shuffle(negs)
inact_slots = [k for k in INACTIVE for _ in range(5)]
NEGPLAT = ["facebook", "facebook", "telegram", "instagram", "website", "youtube", "facebook", "telegram"]
for n, (a, text, differs, key) in enumerate(negs):
    kim = inact_slots[n] if n < len(inact_slots) else R.choice(NORMAL + SPECIAL)
    t0 = ANN[a]["_t"]
    t = t0 + timedelta(minutes=R.randint(-2 * 1440, 10 * 1440))
    if any(w in differs for w in ("next", "later", "result", "aftermath", "afterwards", "another day")):
        t = t0 + timedelta(minutes=R.randint(1440, 12 * 1440))
    elif "last year" in differs or "earlier" in differs:
        t = t0 + timedelta(minutes=R.randint(-5 * 1440, 5 * 1440))
    t = min(t, END - timedelta(minutes=R.randint(0, 600)))
    plat = NEGPLAT[n % len(NEGPLAT)]
    title = ""
    if plat == "website":
        title = text.split(",")[0].split(":")[0][:70]
        text = web_wrap(kim, text, title)
    elif plat == "youtube":
        title = text.split(",")[0][:70]
        text = text + "\n\n" + R.choice(CHAP)
    elif plat == "instagram":
        text = text + "\n\n" + hashtags(a, R.randint(3, 11))
    elif plat == "telegram" and n % 3 == 0:
        text = R.choice(FWD) + "\n" + text
    elif plat == "facebook" and n % 4 == 0:
        text = R.choice(GREET) + "\n" + text
    add(t, kim, plat, text, title=title, style="negative-topic", key=key, imitates=["h24-" + a], differs=differs, shape=plat)

# ---------- before
befs = [(a, ANN[a]["_h"]["B"][0], ANN[a]["_h"]["B"][1], f"anns.py:{a}:B") for a in AIDS if ANN[a]["_h"]["B"]]
befs += [(a, x, h, f"extra.py:B2[{j}]") for j, (a, x, h) in enumerate(B2)]
for n, (a, text, hrs, key) in enumerate(befs):
    t = ANN[a]["_t"] - timedelta(hours=hrs, minutes=R.randint(5, 50))
    kim = INACTIVE[n % 6] if n < 6 else R.choice(NORMAL + SPECIAL)
    plat = ["facebook", "telegram", "facebook", "instagram"][n % 4]
    add(t, kim, plat, text, style="before", key=key, imitates=["h24-" + a], differs="posted before the release", shape=plat)

# ---------- negative-unrelated (70)
for n, text in enumerate(U):
    t = datetime(2026, 11, 1, 6) + timedelta(minutes=R.randint(0, 34 * 1440))
    t = min(t, END)
    kim = INACTIVE[n % 6] if n < 12 else R.choice([k["id"] for k in KIMS])
    plat = ["facebook", "facebook", "telegram", "instagram", "facebook", "website"][n % 6]
    title = text.split(",")[0].split(":")[0][:70] if plat == "website" else ""
    if plat == "website":
        text = web_wrap(kim, text, title)
    add(t, kim, plat, text, title=title, style="negative-unrelated", key=f"extra.py:U[{n}]", shape=plat)

# ---------- write
POSTS.sort(key=lambda p: p["_t"])
ids = list(range(1, len(POSTS) + 1))
R.shuffle(ids)
for p, i in zip(POSTS, ids):
    p["id"] = f"h24-p{i:03d}"
HANDLE = {}
os = __import__("os")
with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for a in sorted(ANN.values(), key=lambda x: x["id"]):
        f.write(json.dumps({k: a[k] for k in ["id", "source", "url", "title", "text", "published_at"]}, ensure_ascii=False) + "\n")
keymap = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f, open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as g:
    for p in POSTS:
        h = p["kim"].replace("kim-", "kim")
        n = R.randint(10 ** 9, 10 ** 10)
        url = {"facebook": f"https://www.facebook.com/{h}/posts/{n}", "instagram": f"https://www.instagram.com/p/C{n:x}/",
               "telegram": f"https://t.me/{h}/{n % 5000}", "youtube": f"https://www.youtube.com/watch?v={n:011x}"[:43],
               "website": f"https://{h}.desa.id/2026/{p['_t']:%m}/{slug(p['title'])[:50]}/"}[p["platform"]]
        f.write(json.dumps(dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=url, title=p["title"], text=p["text"],
                                published_at=iso(p["_t"]), links=p["links"]), ensure_ascii=False) + "\n")
        g.write(json.dumps(dict(post=p["id"], announcements=p["gold"], style=p["style"]), ensure_ascii=False) + "\n")
        keymap[p["id"]] = dict(style=p["style"], gold=p["gold"], **p["meta"])
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS:
        f.write(f"- id: {k['id']}\n  name: KIM {k['village']}\n  region: {k['region']}\n  district: {k['district']}\n  village: {k['village']}\n")
print("posts", len(POSTS), "round-ups", rcount)
