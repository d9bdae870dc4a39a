#!/usr/bin/env python3
"""Generator of heldout64 (fire and rescue / community safety). Deterministic: fixed seed, no clock.

Reads the hand-written modules (anns_a.py, anns_b.py, extra.py) and writes announcements.jsonl, kims.yaml,
posts.jsonl, labels.jsonl and keymap.json. Copy, excerpt and link posts are derived from the releases by
seeded transformations; every other text is hand-written and only shaped for its platform here.
"""
import hashlib
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import anns_b  # noqa: E402,F401  (registers a22–a42)
import extra  # noqa: E402
from anns_a import ANNS  # noqa: E402

SEED = 2026120864
R = random.Random(SEED)
P = "h64"
END = datetime(2026, 12, 5, 21, 30)
START = datetime(2026, 10, 20, 6, 0)

# ------------------------------------------------------------------ KIM registry
KIMS = [  # id suffix, region code, kecamatan, desa/kelurahan
    ("pekapuran-raya", "bjm", "Banjarmasin Timur", "Pekapuran Raya"),
    ("sungai-miai", "bjm", "Banjarmasin Utara", "Sungai Miai"),
    ("teluk-dalam", "bjm", "Banjarmasin Tengah", "Teluk Dalam"),
    ("basirih-selatan", "bjm", "Banjarmasin Selatan", "Basirih Selatan"),
    ("guntung-manggis", "bjb", "Landasan Ulin", "Guntung Manggis"),
    ("loktabat-selatan", "bjb", "Banjarbaru Selatan", "Loktabat Selatan"),
    ("bangkal", "bjb", "Cempaka", "Bangkal"),
    ("sungai-paring", "bjr", "Martapura", "Sungai Paring"),
    ("sungai-tabuk-keramat", "bjr", "Sungai Tabuk", "Sungai Tabuk Keramat"),
    ("aranio", "bjr", "Aranio", "Aranio"),
    ("angsau", "tla", "Pelaihari", "Angsau"),
    ("tabanio", "tla", "Takisung", "Tabanio"),
    ("asam-asam", "tla", "Jorong", "Asam Asam"),
    ("rangda-malingkung", "tpn", "Tapin Utara", "Rangda Malingkung"),
    ("binuang", "tpn", "Binuang", "Binuang"),
    ("margasari-ilir", "tpn", "Candi Laras Selatan", "Margasari Ilir"),
    ("kandangan-kota", "hss", "Kandangan", "Kandangan Kota"),
    ("angkinang", "hss", "Angkinang", "Angkinang"),
    ("loksado", "hss", "Loksado", "Loksado"),
    ("barabai-barat", "hst", "Barabai", "Barabai Barat"),
    ("pagat", "hst", "Batu Benawa", "Pagat"),
    ("pandawan", "hst", "Pandawan", "Pandawan"),
    ("sungai-malang", "hsu", "Amuntai Tengah", "Sungai Malang"),
    ("danau-panggang", "hsu", "Danau Panggang", "Danau Panggang"),
    ("paminggir", "hsu", "Paminggir", "Paminggir"),
    ("paringin-kota", "blg", "Paringin", "Paringin Kota"),
    ("halong", "blg", "Halong", "Halong"),
    ("juai", "blg", "Juai", "Juai"),
    ("mabuun", "tbl", "Murung Pudak", "Mabuun"),
    ("pembataan", "tbl", "Murung Pudak", "Pembataan"),
    ("tanjung", "tbl", "Tanjung", "Tanjung"),
    ("marabahan-kota", "btl", "Marabahan", "Marabahan Kota"),
    ("handil-bakti", "btl", "Alalak", "Handil Bakti"),
    ("tabunganen-muara", "btl", "Tabunganen", "Tabunganen Muara"),
    ("baharu-utara", "ktb", "Pulau Laut Utara", "Baharu Utara"),
    ("stagen", "ktb", "Pulau Laut Utara", "Stagen"),
    ("sungai-bali", "ktb", "Pulau Sebuku", "Sungai Bali"),
    ("batulicin", "tbu", "Batulicin", "Batulicin"),
    ("pagatan", "tbu", "Kusan Hilir", "Pagatan"),
    ("sebamban-baru", "tbu", "Sungai Loban", "Sebamban Baru"),
]
REGION = {"bjm": "Kota Banjarmasin", "bjb": "Kota Banjarbaru", "bjr": "Kabupaten Banjar",
          "tla": "Kabupaten Tanah Laut", "tpn": "Kabupaten Tapin", "hss": "Kabupaten Hulu Sungai Selatan",
          "hst": "Kabupaten Hulu Sungai Tengah", "hsu": "Kabupaten Hulu Sungai Utara",
          "blg": "Kabupaten Balangan", "tbl": "Kabupaten Tabalong", "btl": "Kabupaten Barito Kuala",
          "ktb": "Kabupaten Kotabaru", "tbu": "Kabupaten Tanah Bumbu"}
SHORTREG = {"bjm": "Banjarmasin", "bjb": "Banjarbaru", "bjr": "Banjar", "tla": "Tanah Laut", "tpn": "Tapin",
            "hss": "HSS", "hst": "HST", "hsu": "HSU", "blg": "Balangan", "tbl": "Tabalong", "btl": "Batola",
            "ktb": "Kotabaru", "tbu": "Tanah Bumbu"}
INACTIVE = ["kim-basirih-selatan", "kim-bangkal", "kim-asam-asam", "kim-pagat", "kim-juai", "kim-tabunganen-muara"]
SPECIAL = ["kim-loksado", "kim-paminggir", "kim-sungai-bali", "kim-margasari-ilir"]
KIM = {"kim-" + k[0]: {"id": "kim-" + k[0], "reg": k[1], "district": k[2], "village": k[3]} for k in KIMS}
BYREG = {}
for k in KIM.values():
    BYREG.setdefault(k["reg"], []).append(k["id"])
REGULAR = {r: [k for k in ks if k not in INACTIVE and k not in SPECIAL] for r, ks in BYREG.items()}
ALL_REGULAR = [k for ks in REGULAR.values() for k in ks]

# ------------------------------------------------------------------ release sites
SITES = {  # source: (host, path builder, site name, region, wordpress)
    "damkar-banjarmasin": ("dpkp.banjarmasinkota.go.id", lambda a, n: f"/kabar/{n}-{a['slug']}", "DPKP Kota Banjarmasin", "bjm", False),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", lambda a, n: f"/{a['dt']:%Y/%m}/{a['slug']}.html", "Pemerintah Kota Banjarmasin", "bjm", False),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", lambda a, n: f"/{a['dt']:%Y/%m/%d}/{a['slug']}/", "Pemkot Banjarbaru", "bjb", True),
    "damkar-banjarbaru": ("damkar.banjarbarukota.go.id", lambda a, n: f"/post/{a['slug']}", "Damkar Banjarbaru", "bjb", False),
    "pemkab-banjar": ("banjarkab.go.id", lambda a, n: f"/{a['dt']:%Y/%m}/{a['slug']}/", "Pemkab Banjar", "bjr", True),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", lambda a, n: f"/berita/{a['slug']}", "Pemkab Tanah Laut", "tla", False),
    "pemkab-tapin": ("tapinkab.go.id", lambda a, n: f"/read/{n}/{a['slug']}", "Pemkab Tapin", "tpn", False),
    "pemkab-hss": ("hulusungaiselatankab.go.id", lambda a, n: f"/berita/{a['slug']}", "Pemkab HSS", "hss", False),
    "pemkab-hst": ("hstkab.go.id", lambda a, n: f"/post/{n}/{a['slug']}", "Pemkab HST", "hst", False),
    "pemkab-hsu": ("hsu.go.id", lambda a, n: f"/kabar/{a['slug']}", "Pemkab HSU", "hsu", False),
    "pemkab-balangan": ("balangankab.go.id", lambda a, n: f"/berita/detail/{a['slug']}", "Pemkab Balangan", "blg", False),
    "pemkab-tabalong": ("tabalongkab.go.id", lambda a, n: f"/berita/{a['dt']:%Y/%m}/{a['slug']}", "Pemkab Tabalong", "tbl", False),
    "pemkab-batola": ("baritokualakab.go.id", lambda a, n: f"/berita/{n}-{a['slug']}", "Pemkab Barito Kuala", "btl", False),
    "pemkab-kotabaru": ("kotabarukab.go.id", lambda a, n: f"/berita/{n}/{a['slug']}", "Pemkab Kotabaru", "ktb", False),
    "pemkab-tanbu": ("tanahbumbukab.go.id", lambda a, n: f"/warta/{n}/{a['slug']}", "Pemkab Tanah Bumbu", "tbu", False),
    "bpsdm-kalsel": ("bpsdm.kalselprov.go.id", lambda a, n: f"/index.php/{a['dt']:%Y/%m/%d}/{a['slug']}/", "BPSDM Kalsel", "prov", True),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", lambda a, n: f"/{a['dt']:%Y/%m/%d}/{a['slug']}/", "Diskominfo Kalsel", "prov", True),
    "pemprov-kalsel": ("kalselprov.go.id", lambda a, n: f"/berita/{a['slug']}", "Pemprov Kalsel", "prov", False),
}


def h(s, n=10):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def build_anns():
    out = []
    for a in ANNS:
        a["dt"] = datetime.strptime(a["at"], "%Y-%m-%d %H:%M")
        host, path, name, reg, wp = SITES[a["source"]]
        num = 4100 + int(a["id"][1:]) * 37 + int(h(a["id"], 3), 16) % 30
        a["url"] = "https://" + host + path(a, num)
        a["host"], a["site"], a["reg"], a["wp"] = host, name, reg, wp
        a["pid"] = f"{P}-{a['id']}"
        a["paras"] = a["text"].split("\n\n")
        out.append({"id": a["pid"], "source": a["source"], "url": a["url"], "title": a["title"], "text": a["text"],
                    "published_at": a["dt"].strftime("%Y-%m-%dT%H:%M:%S+08:00")})
    return out


# ------------------------------------------------------------------ post helpers
POSTS = []  # dicts: key, kim, platform, title, text, dt, links, style, gold, extra keymap fields


def waking(dt):
    if dt.hour < 6:
        dt = dt.replace(hour=6 + R.randint(0, 2), minute=R.randint(0, 59))
    return dt


def after(a, lo_min=12, kind=None):
    """A time after release ``a``: mostly the same or next day, some later; waking hours, before END."""
    r = R.random() if kind is None else kind
    if r < 0.3:
        d = timedelta(minutes=R.randint(lo_min, 180))
    elif r < 0.75:
        d = timedelta(minutes=R.randint(180, 2 * 1440))
    else:
        d = timedelta(minutes=R.randint(2 * 1440, 10 * 1440))
    t = waking(a["dt"] + d)
    if t > END:
        t = END - timedelta(minutes=R.randint(0, 600))
        if t < a["dt"] + timedelta(minutes=lo_min):
            t = a["dt"] + timedelta(minutes=lo_min + R.randint(0, 30))
    return t.replace(second=R.randint(0, 59))


ALL_TEXTS = set()
VARY = ["Info warga:\n\n", "Kabar hari ini 👇\n\n", "Dibagikan ulang:\n\n", "📌 ", "Baca ya dangsanak:\n\n"]


def add(key, kim, platform, text, dt, style, gold, title="", links=None, **km):
    while text.strip() in ALL_TEXTS:  # a derived post that came out like an earlier one gets its own opener
        assert style in ("copy", "excerpt", "link"), key
        text = R.choice(VARY) + text
    ALL_TEXTS.add(text.strip())
    POSTS.append({"key": key, "kim": kim, "platform": platform, "title": title, "text": text.strip(), "dt": dt,
                  "links": list(links or []), "style": style, "gold": [g for g in gold], **km})


def gold_kim(a, spread=0.15):
    if a["reg"] == "prov" or R.random() < spread:
        return R.choice(ALL_REGULAR)
    return R.choice(REGULAR[a["reg"]])


def hashtags(a, n):
    base = ["#Damkar", "#CegahKebakaran", "#InfoKIM", "#KalselBabungas", "#WaspadaApi", "#KIMKalsel",
            "#InfoWarga", "#SiagaApi", "#Banua", "#Pemadam", "#KeselamatanWarga", "#BeritaDesa", "#Kalsel",
            "#InfoPublik", "#Kebakaran"]
    reg = "#" + SHORTREG.get(a["reg"], "Kalsel").replace(" ", "")
    tags = [reg] + R.sample(base, n - 1)
    return " ".join(tags)


# ------------------------------------------------------------------ copy habits
SWAPS = [("kebakaran", "kebakraan"), ("pemadam", "pemdaam"), ("Kabupaten", "Kabupatne"), ("petugas", "petguas"),
         ("warga", "wagra"), ("diminta", "dimitna"), ("sekolah", "seoklah"), ("relawan", "relwaan")]


def habits(a, text, kim, n):
    ops = R.sample(["dash", "quotes", "typo", "collapse", "notag", "dateline", "abbrev"], n)
    for op in ops:
        if op == "dash":
            text = text.replace("–", "-")
        elif op == "quotes":
            text = text.replace("“", '"').replace("”", '"')
        elif op == "typo":
            cands = [s for s in SWAPS if s[0] in text]
            if cands:
                w, t = R.choice(cands)
                text = text.replace(w, t, 1)
        elif op == "collapse":
            text = text.replace("\n\n", " ")
        elif op == "notag":
            text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text)
        elif op == "dateline":
            text = re.sub(r"^([A-Z]+) –", lambda m: f"{m.group(1)} ({KIM[kim]['village'].upper()}) -", text, count=1)
        elif op == "abbrev":
            for w, s in ((" yang ", " yg "), (" dengan ", " dgn "), (" untuk ", " utk ")):
                text = text.replace(w, s)
    return text, ops


def sumber_line(a):
    return R.choice([f"_Sumber: {a['host']}_", f"_Sumber: {a['site']}_", f"Sumber: {a['url']}"])


# ------------------------------------------------------------------ derived posts: copy / excerpt / link
SEEN_TEXTS = set()


def make_copy(a, shape, kim, dt, i):
    text, ops = habits(a, a["text"], kim, R.randint(0, 3))
    while text in SEEN_TEXTS:  # two copies of one release never come out byte-identical
        text, ops = habits(a, a["text"], kim, R.randint(1, 3))
    SEEN_TEXTS.add(text)
    links = []
    if shape == "wa":
        platform = R.choice(["facebook", "telegram"])
        head = R.choice(["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*MOHON DISEBARKAN*",
                         f"↪️ Diteruskan dari grup Info Kecamatan {KIM[kim]['district']}", "Forward dari grup sebelah 👇"])
        src = sumber_line(a)
        if a["url"] in src:
            links.append(a["url"])
        body = f"{head}\n\n*{a['title'].upper()}*\n\n{text}\n\n{src}"
        title = ""
    elif shape == "web":
        platform, title = "website", a["title"]
        menu = R.choice(["Beranda | Profil | Berita Desa | Galeri | Kontak", "HOME · KABAR KAMPUNG · PENGUMUMAN · TENTANG KIM",
                         "Beranda / Info Publik / Agenda / Hubungi Kami"])
        by = f"Oleh Admin KIM {KIM[kim]['village']} · {R.randint(0, 14)} Komentar"
        if R.random() < 0.6:
            src = f"Sumber: {a['url']}"
            links.append(a["url"])
        else:
            src = f"Sumber: {a['site']}"
        body = f"{menu}\n\n{by}\n\n{text}\n\n{src}\n\nBagikan: Facebook · WhatsApp · Telegram"
    elif shape == "fbgreet":
        platform, title = "facebook", ""
        hi = R.choice(["Assalamualaikum dangsanak, ada info dari pemerintah:", "Selamat siang warga, berikut kabar terbaru:",
                       "Info penting buat kita semua 👇", "Dangsanak sabarataan, mohon dibaca:"])
        bye = R.choice([f"Salam KIM {KIM[kim]['village']}.", "Semoga bermanfaat, silakan dibagikan.", "Mohon bantu sebarkan 🙏"])
        body = f"{hi}\n\n{text}\n\n{bye}"
    elif shape == "tgfwd":
        platform, title = "telegram", ""
        body = f"Forwarded from Info {SHORTREG.get(a['reg'], 'Kalsel') if a['reg'] != 'prov' else 'Kalsel'}\n\n{a['title'].upper()}\n\n{text}"
    else:  # ig
        platform, title = "instagram", ""
        body = f"📌 {a['title']}\n\n{text}\n\n{hashtags(a, R.randint(4, 6))}"
    add(f"auto:copy:{a['id']}:{i}", kim, platform, body, dt, "copy", [a["pid"]], title, links, shape=shape, ops=ops)


def lead_cut(a, lo, hi):
    lead = a["paras"][0]
    n = R.randint(lo, hi)
    if len(lead) <= n:
        n = len(lead) - 5
    cut = lead[:n]
    cut = cut[:cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(",.;:") + "…"


def make_excerpt(a, shape, kim, dt, i):
    p1, p2, p3 = a["paras"]
    title, links = "", []
    if shape == "tgtrunc":
        platform = "telegram"
        body = f"{a['title']}\n\n{p1}"
        n = R.randint(150, 220)
        body = body[:n]
        body = body[:body.rfind(" ")].rstrip(",.;:") + "…"
    elif shape == "fbmore":
        platform = "facebook"
        s2 = p2.split(". ")[0]
        pre = R.choice(["", "", "Info terbaru:\n\n", "📢 "])
        body = f"{pre}{p1}\n\n{s2[:R.randint(40, 90)].rsplit(' ', 1)[0]}... Lihat selengkapnya"
        while body in SEEN_TEXTS:
            body = f"{R.choice(['Kabar hari ini:', 'Dari laman resmi:', 'Baca ya 👇'])}\n\n{p1}\n\n{s2[:R.randint(40, 90)].rsplit(' ', 1)[0]}... Lihat selengkapnya"
        SEEN_TEXTS.add(body)
    elif shape == "iglead":
        platform = "instagram"
        body = f"{p1}\n.\n.\n{hashtags(a, R.randint(5, 8))}"
    elif shape == "yt":
        platform = "youtube"
        title = f"VIDEO | {a['title']}"
        ch = R.choice([["Pembuka", "Lokasi kegiatan", "Wawancara", "Penutup"], ["Intro", "Suasana", "Keterangan petugas", "Pesan untuk warga"]])
        stamps = ["00:00", f"00:{R.randint(20, 45)}", f"0{R.randint(1, 2)}:{R.randint(10, 59)}", f"0{R.randint(3, 4)}:{R.randint(10, 59)}"]
        body = f"{p1}\n\nChapter:\n" + "\n".join(f"{s} {c}" for s, c in zip(stamps, ch)) + f"\n\n{hashtags(a, 3)}"
    elif shape == "webquote":
        platform = "website"
        title = "Kutipan Pekan Ini: " + a["title"]
        body = f"Beranda | Kabar | Kutipan\n\nDiposting oleh Admin KIM {KIM[kim]['village']}\n\n{p2}\n\nSumber: {a['site']}"
    else:  # fbintro
        platform = "facebook"
        intro = R.choice(["Berita hari ini, dangsanak:", "Info dari pemerintah daerah kita 👇", "Sekadar berbagi kabar:"])
        outro = R.choice(["Mohon dibagikan ke keluarga.", "Semoga bermanfaat.", "Salam KIM!"])
        body = f"{intro}\n\n{p1}\n\n{p3}\n\n{outro}"
    add(f"auto:excerpt:{a['id']}:{i}", kim, platform, body, dt, "excerpt", [a["pid"]], title, links, shape=shape)


def url_form(a, form):
    u = a["url"]
    if form == "http":
        return u.replace("https://", "http://", 1)
    if form == "www":
        return u.replace("https://", "https://www.", 1)
    if form == "m":
        return u.replace("https://", "https://m.", 1)
    if form == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if form == "amp":
        return u.rstrip("/") + "/amp/"
    if form == "utm":
        return u + R.choice(["?utm_source=facebook&utm_medium=social", "?utm_source=whatsapp", "?utm_campaign=kim&utm_source=tg"])
    if form == "fbclid":
        return u + "?fbclid=IwAR" + h(a["id"] + form + str(R.random()), 14)
    if form == "utmfb":
        return u + "?utm_source=fb&fbclid=IwAR" + h(a["id"] + str(R.random()), 12)
    if form == "httpm":
        return u.replace("https://", "http://m.", 1)
    if form == "wwwbare":
        return u.replace("https://", "www.", 1)
    return u


COMMENTS = ["Info penting dari pemerintah, silakan dibaca 👇", "Baca lengkapnya di sini dangsanak.", "Bagikan ke grup keluarga ya.",
            "Ini beritanya, semoga bermanfaat.", "Kabar terbaru, klik tautannya.", "Mohon disimak warga semua.",
            "Buat yang belum tahu, ini info resminya.", "Sebarkan!"]


def make_link(a, shape, form, kim, dt, i):
    u = url_form(a, form)
    title = ""
    c = R.choice(COMMENTS)
    if shape == "fbshare":
        platform = "facebook"
        body = f"{c}\n\n{a['host'].upper()}\n{a['title']}"
    elif shape == "fbcomment":
        platform = "facebook"
        body = f"{c}\n{u}"
    elif shape == "tglink":
        platform = "telegram"
        body = f"📰 {a['title']}\n{u}"
    elif shape == "ytdesc":
        platform = "youtube"
        title = R.choice(["Liputan Warga: ", "KABAR KIM | ", "Info Damkar: "]) + a["title"]
        body = f"Rekaman warga tentang berita ini. Berita lengkap: {u}\n\n{hashtags(a, 3)}"
    else:  # webmore
        platform = "website"
        title = a["title"]
        first = a["paras"][0].split(". ")[0].rstrip(".") + "."
        body = f"{first}\n\nBaca selengkapnya: {u}"
    add(f"auto:link:{a['id']}:{i}", kim, platform, body, dt, "link", [a["pid"]], title, [u], shape=shape, form=form)


# ------------------------------------------------------------------ hand-written posts shaped
def shape_summary(a, text, long, kim, dt, key):
    title = ""
    if not long:
        shape = R.choice(["fb", "fb", "tg", "ig", "wa"])
        if shape == "fb":
            platform, body = "facebook", text
        elif shape == "tg":
            platform, body = "telegram", "ℹ️ " + text
        elif shape == "ig":
            platform, body = "instagram", text + "\n\n" + hashtags(a, 3)
        else:
            platform, body = R.choice(["facebook", "telegram"]), f"*INFO*\n{text}\n_Mohon disebarkan_"
    else:
        shape = R.choice(["fb", "web", "yt", "ig11"])
        if shape == "fb":
            platform, body = "facebook", R.choice(["Rangkuman: ", "Singkatnya, ", ""]) + text
        elif shape == "web":
            platform, title = "website", "Ringkasan: " + a["title"]
            body = f"Ditulis ulang oleh Admin KIM {KIM[kim]['village']}\n\n{text}"
        elif shape == "yt":
            platform, title = "youtube", "Liputan: " + a["title"]
            body = f"{text}\n\n00:00 Pembuka\n00:{R.randint(25, 50)} Keterangan\n0{R.randint(2, 3)}:{R.randint(10, 59)} Penutup"
        else:
            platform, body = "instagram", text + "\n\n" + hashtags(a, 11)
    add(key, kim, platform, body, dt, "summary", [a["pid"]], title, shape="summary-" + ("long-" if long else "") + shape)


def shape_neg(text, kim, dt, style, key, **km):
    r = R.random()
    title = ""
    if r < 0.5:
        platform, body = "facebook", text
    elif r < 0.63:
        platform = R.choice(["facebook", "telegram"])
        body = f"*BERITA WARGA*\n{text}\n_Diteruskan dari grup Warga {KIM[kim]['village']}_"
        km["shape"] = "wa"
    elif r < 0.78:
        platform, body = "telegram", text
    elif r < 0.9:
        platform, body = "instagram", text + "\n\n#InfoWarga #" + KIM[kim]["village"].replace(" ", "") + " #KIM"
    elif r < 0.96:
        platform = "website"
        title = " ".join(text.split()[:7]).rstrip(",.:") + " …"
        body = f"Oleh Admin KIM {KIM[kim]['village']}\n\n{text}"
    else:
        platform = "youtube"
        title = "Kabar Kampung | " + " ".join(text.split()[:6]).rstrip(",.:")
        body = text + "\n\n00:00 Pembuka\n00:40 Suasana"
    add(key, kim, platform, body, dt, style, [], title, **km)


# ------------------------------------------------------------------ build
def pick_kim_for_neg(reg, counts):
    """Inactive KIMs of the region get look-alikes first (so each has several), then anyone in the region."""
    inact = [k for k in BYREG[reg] if k in INACTIVE]
    if inact and counts.get(inact[0], 0) < 6:
        counts[inact[0]] = counts.get(inact[0], 0) + 1
        return inact[0]
    pool = [k for k in BYREG[reg] if k not in SPECIAL]
    return R.choice(pool)


def main():
    anns = build_anns()
    A = {a["id"]: a for a in ANNS}
    ids = [a["id"] for a in ANNS]

    # copy / excerpt / link allocation: round-robin over a shuffled release order
    order = ids[:]
    R.shuffle(order)
    copy_shapes = ["wa", "web", "fbgreet", "tgfwd", "ig"] * 6
    exc_shapes = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["yt"] * 5 + ["webquote"] * 5 + ["fbintro"] * 6
    link_shapes = ["fbshare"] * 8 + ["fbcomment"] * 7 + ["tglink"] * 7 + ["ytdesc"] * 7 + ["webmore"] * 7
    R.shuffle(copy_shapes)
    R.shuffle(exc_shapes)
    R.shuffle(link_shapes)
    seq = (["copy"] * 30) + (["excerpt"] * 34) + (["link"] * 36)
    R.shuffle(seq)
    forms_plain = ["exact", "exact", "http", "www", "m", "slash", "utm", "fbclid", "utmfb", "httpm", "wwwbare"]
    ci = ei = li = 0
    special_tg = {"kim-paminggir": "hsu", "kim-loksado": "hss"}  # two cut Telegram previews by special KIMs
    for n, style in enumerate(seq):
        a = A[order[n % len(order)]]
        dt = after(a)
        if style == "copy":
            make_copy(a, copy_shapes[ci], gold_kim(a), dt, ci)
            ci += 1
        elif style == "excerpt":
            shape = exc_shapes[ei]
            kim = gold_kim(a)
            if shape == "tgtrunc" and special_tg:
                for sk, sr in list(special_tg.items()):
                    if a["reg"] == sr:
                        kim = sk
                        del special_tg[sk]
                        break
            make_excerpt(a, shape, kim, dt, ei)
            ei += 1
        else:
            shape = link_shapes[li]
            forms = forms_plain + (["amp", "amp"] if a["wp"] else ["utm"])
            make_link(a, shape, R.choice(forms), gold_kim(a), dt, li)
            li += 1

    # summaries: one short per release, 16 long ones
    longs = [a["id"] for a in ANNS if a.get("long")]
    R.shuffle(longs)
    longs = set(longs[:16])
    for a in ANNS:
        add_dt = after(a)
        shape_summary(a, a["short"], False, gold_kim(a), add_dt, f"anns:{a['id']}:short")
        if a["id"] in longs:
            shape_summary(a, a["long"], True, gold_kim(a), after(a), f"anns:{a['id']}:long")

    # paraphrases: one Banjar per release (special KIMs take their region's), 4 casual Indonesian
    special_by_reg = {KIM[k]["reg"]: k for k in SPECIAL}
    used_special = set()
    for a in ANNS:
        sk = special_by_reg.get(a["reg"])
        if sk and (sk not in used_special or R.random() < 0.5):
            kim = sk
            used_special.add(sk)
        else:
            kim = gold_kim(a, 0.2)
        platform = R.choice(["facebook", "facebook", "instagram", "telegram"])
        add(f"anns:{a['id']}:para", kim, platform, a["para"], after(a), "paraphrase", [a["pid"]], shape="banjar")
    for rid, text in extra.CASUAL:
        a = A[rid]
        add(f"extra:casual:{rid}", gold_kim(a), R.choice(["facebook", "instagram"]), text, after(a), "paraphrase",
            [a["pid"]], shape="casual")

    # round-ups: 8 with three releases, 18 with two
    rkims = [k for k in SPECIAL for _ in range(2)] + ["kim-loksado", "kim-sungai-bali"]
    rkims += R.sample(ALL_REGULAR, 26 - len(rkims))
    R.shuffle(rkims)
    sizes = [3] * 8 + [2] * 18
    R.shuffle(sizes)
    layouts = ["oneline"] * 5 + ["bullets"] * 5 + ["numbered"] * 4 + ["prose"] * 4 + ["ytchap"] * 4 + ["igrecap"] * 4
    R.shuffle(layouts)
    by_time = sorted(ANNS, key=lambda a: a["dt"])
    anchors = [a for a in by_time if a["dt"] >= datetime(2026, 11, 3)]
    for i in range(26):
        anchor = anchors[(i * 7) % len(anchors)]
        window = [a for a in by_time if timedelta(0) < anchor["dt"] - a["dt"] <= timedelta(days=9)]
        picks = [anchor] + R.sample(window, min(sizes[i] - 1, len(window)))
        dt = waking(max(a["dt"] for a in picks) + timedelta(minutes=R.randint(150, 3 * 1440)))
        dt = min(dt, END).replace(second=R.randint(0, 59))
        items = []
        for a in picks:
            form = R.choice(["title", "lower", "short"])
            items.append(a["title"] if form == "title" else a["title"].lower() if form == "lower" else a["short"])
        local = None
        if R.random() < 0.5:
            local = R.choice(extra.LOCAL)
            items.insert(R.randint(0, len(items)), local)
        kim = rkims[i]
        lay = layouts[i]
        title = ""
        if lay == "oneline":
            platform, body = "facebook", "KILAS DAMKAR & WARGA | " + " | ".join(items) + " |"
        elif lay == "bullets":
            platform, body = R.choice(["facebook", "telegram"]), "Rangkuman kabar pekan ini:\n" + "\n".join("• " + t for t in items)
        elif lay == "numbered":
            platform, body = "telegram", "INFO PEKAN INI\n" + "\n".join(f"{n + 1}. {t}" for n, t in enumerate(items))
        elif lay == "prose":
            platform, title = "website", f"Kabar Sepekan KIM {KIM[kim]['village']}"
            body = "Beberapa kabar penting pekan ini. " + " Selain itu, ".join(t[0].upper() + t[1:].rstrip(".") + "." for t in items)
        elif lay == "ytchap":
            platform, title = "youtube", f"Rangkuman Berita Pekan Ini | KIM {KIM[kim]['village']}"
            body = "Daftar isi:\n" + "\n".join(f"0{n}:{R.randint(10, 59)} {t}" for n, t in enumerate(items))
        else:
            platform = "instagram"
            body = "🧯 RANGKUMAN PEKAN INI ✅\n" + "\n".join("✅ " + t for t in items) + "\n\n#KIM #InfoWarga #Kalsel"
        add(f"auto:roundup:{i}", kim, platform, body, dt, "roundup", [a["pid"] for a in picks], title,
            shape="roundup-" + lay, local=local)

    # look-alikes, before posts, traps, unrelated
    counts = {}
    negs = []
    for a in ANNS:
        for j, (reg, at, text, differs) in enumerate(a["looks"]):
            negs.append((reg, at, text, "negative-topic", f"anns:{a['id']}:look{j + 1}", [a["pid"]], differs))
        if a.get("before"):
            reg, at, text, differs = a["before"]
            negs.append((reg, at, text, "before", f"anns:{a['id']}:before", [a["pid"]], differs))
    for j, (rid, reg, at, text, differs) in enumerate(extra.BEFORE):
        negs.append((reg, at, text, "before", f"extra:B{j + 1}", [A[rid]["pid"]], differs))
    negs.sort(key=lambda x: x[4])
    for reg, at, text, style, key, imit, differs in negs:
        kim = pick_kim_for_neg(reg, counts)
        dt = datetime.strptime(at, "%Y-%m-%d %H:%M").replace(second=R.randint(0, 59))
        shape_neg(text, kim, dt, style, key, imitates=imit, differs=differs)
    for j, (rid, reg, at, text, links, differs) in enumerate(extra.TRAPS):
        kim = pick_kim_for_neg(reg, counts)
        dt = datetime.strptime(at, "%Y-%m-%d %H:%M").replace(second=R.randint(0, 59))
        add(f"extra:T{j + 1}", kim, "facebook", text, dt, "negative-topic", [], "", links, shape="trap",
            imitates=[A[rid]["pid"]], differs=differs)
    for j, (reg, at, text) in enumerate(extra.UNRELATED):
        kim = R.choice(BYREG[reg])
        dt = datetime.strptime(at, "%Y-%m-%d %H:%M").replace(second=R.randint(0, 59))
        shape_neg(text, kim, dt, "negative-unrelated", f"extra:U{j + 1}")
    for j, (reg, at, text, links) in enumerate(extra.UNRELATED_LINKED):
        dt = datetime.strptime(at, "%Y-%m-%d %H:%M").replace(second=R.randint(0, 59))
        add(f"extra:UL{j + 1}", R.choice(REGULAR[reg]), "facebook", text, dt, "negative-unrelated", [], "", links,
            shape="linked-out-of-set")

    # ids, URLs, order
    idx = list(range(len(POSTS)))
    R.shuffle(idx)
    for n, i in enumerate(idx):
        POSTS[i]["id"] = f"{P}-p{n + 1:03d}"
    seen_urls = set()
    for p in POSTS:
        k = p["kim"][4:]
        code = h(p["key"] + p["kim"], 12)
        if p["platform"] == "facebook":
            u = f"https://www.facebook.com/kim.{k.replace('-', '')}/posts/pfbid0{code}"
        elif p["platform"] == "instagram":
            u = f"https://www.instagram.com/p/C{code[:10]}/"
        elif p["platform"] == "telegram":
            u = f"https://t.me/kim_{k.replace('-', '_')}/{int(code[:6], 16) % 90000 + 1000}"
        elif p["platform"] == "youtube":
            u = f"https://www.youtube.com/watch?v={code[:11]}"
        else:
            slug = re.sub(r"[^a-z0-9]+", "-", p["title"].lower()).strip("-")[:60]
            u = f"https://kim-{k}.desa.id/artikel/{p['dt']:%Y/%m}/{slug}-{code[:4]}"
        assert u not in seen_urls, u
        seen_urls.add(u)
        p["url"] = u
    POSTS.sort(key=lambda p: (p["dt"], p["id"]))

    with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
        for a in anns:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as g:
        for p in POSTS:
            f.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"],
                                "title": p["title"], "text": p["text"],
                                "published_at": p["dt"].strftime("%Y-%m-%dT%H:%M:%S+08:00"), "links": p["links"]},
                               ensure_ascii=False) + "\n")
            g.write(json.dumps({"post": p["id"], "announcements": p["gold"], "style": p["style"]}) + "\n")
    keymap = {}
    for p in POSTS:
        e = {"key": p["key"], "style": p["style"], "gold": p["gold"]}
        for f_ in ("shape", "ops", "form", "local", "imitates", "differs"):
            if p.get(f_) is not None:
                e[f_] = p[f_]
        keymap[p["id"]] = e
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
        f.write("kims:\n")
        for k in KIMS:
            f.write(f"- id: kim-{k[0]}\n  name: KIM {k[3]}\n  region: {REGION[k[1]]}\n  district: {k[2]}\n  village: {k[3]}\n")
    print(f"{len(anns)} announcements, {len(POSTS)} posts")


if __name__ == "__main__":
    main()
