#!/usr/bin/env python3
"""Generator of heldout26 (deterministic, fixed seed). Reads anns.py and extra.py (hand-written),
writes announcements.jsonl, posts.jsonl, labels.jsonl, kims.yaml, keymap.json."""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

from anns import A
from extra import BEF, BODY, CLOSE, COMM, EXS, MARK, NEG, OPEN, PLACE, UNREL

SEED = 2026120726
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
WITA = timezone(timedelta(hours=8))
CAP = datetime(2026, 12, 5, 21, 0, tzinfo=WITA)
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

SRC = {
    "pemprov-kalsel": ("kalselprov.go.id", "berita", "KALSELPROV.GO.ID"),
    "polda-kalsel": ("kalsel.polri.go.id", "wp", "POLDA KALSEL"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "PEMKOT BANJARBARU"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num", "KOTABARUKAB.GO.ID"),
    "bpbd-kalsel": ("bpbd.kalselprov.go.id", "wp", "BPBD KALSEL"),
    "pemkab-hst": ("hstkab.go.id", "wp", "HSTKAB.GO.ID"),
    "pemkab-tanbu": ("tanahbumbukab.go.id", "num", "TANAHBUMBUKAB.GO.ID"),
    "disdikbud-kalsel": ("disdikbud.kalselprov.go.id", "wp", "DISDIKBUD KALSEL"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html", "BANJARMASINKOTA.GO.ID"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "html", "PEMKAB HSS"),
    "dispar-kalsel": ("dispar.kalselprov.go.id", "wp", "DISPAR KALSEL"),
    "pemkab-banjar": ("banjarkab.go.id", "wp", "BANJARKAB.GO.ID"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "TANAHLAUTKAB.GO.ID"),
    "disperindag-kalsel": ("disperindag.kalselprov.go.id", "wp", "DISPERINDAG KALSEL"),
    "pemkab-tapin": ("tapinkab.go.id", "berita", "TAPINKAB.GO.ID"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "BALANGANKAB.GO.ID"),
    "bkd-kalsel": ("bkd.kalselprov.go.id", "wp", "BKD KALSEL"),
    "pemkab-hsu": ("hsu.go.id", "berita", "HSU.GO.ID"),
    "pemkab-batola": ("baritokualakab.go.id", "detail", "BARITOKUALAKAB.GO.ID"),
    "distanbun-kalsel": ("distanbun.kalselprov.go.id", "wp", "DISTANBUN KALSEL"),
    "dkp-kalsel": ("dkp.kalselprov.go.id", "wp", "DKP KALSEL"),
    "dishub-kalsel": ("dishub.kalselprov.go.id", "wp", "DISHUB KALSEL"),
    "pemkab-tabalong": ("tabalongkab.go.id", "wp", "TABALONGKAB.GO.ID"),
    "dinkes-kalsel": ("dinkes.kalselprov.go.id", "wp", "DINKES KALSEL"),
    "pupr-kalsel": ("pupr.kalselprov.go.id", "wp", "PUPR KALSEL"),
    "dinsos-kalsel": ("dinsos.kalselprov.go.id", "wp", "DINSOS KALSEL"),
}
NO_COPY = {1, 8, 13, 20, 24, 27, 33, 38, 42, 44}      # releases without a copy post (35 copies)
NO_EXC = {2, 5, 11, 16, 22, 26, 31, 36, 40, 45}       # releases without an excerpt (35 excerpts)
NO_LINK = {3, 12, 21, 30, 43}                        # releases without a link post (40 links)
NO_PAR = {4, 10, 23, 35, 37}                         # releases without a paraphrase (40)
S2_MAX = 6                                           # second summaries used (45 + 6 + 4 extra = 55)
N_MAX = 3                                            # look-alikes used per release
N_FOURTH = {1, 6, 7, 21}                             # releases whose fourth look-alike is used too
KABNAME = {"bjm": "Kota Banjarmasin", "bjb": "Kota Banjarbaru", "banjar": "Kabupaten Banjar", "tala": "Kabupaten Tanah Laut",
           "tapin": "Kabupaten Tapin", "hss": "Kabupaten Hulu Sungai Selatan", "hst": "Kabupaten Hulu Sungai Tengah",
           "hsu": "Kabupaten Hulu Sungai Utara", "balangan": "Kabupaten Balangan", "tabalong": "Kabupaten Tabalong",
           "batola": "Kabupaten Barito Kuala", "kotabaru": "Kabupaten Kotabaru", "tanbu": "Kabupaten Tanah Bumbu"}
KIMS = [  # (village, district, kab)
    ("Kuin Utara", "Banjarmasin Utara", "bjm"), ("Pekapuran Raya", "Banjarmasin Timur", "bjm"), ("Pelambuan", "Banjarmasin Barat", "bjm"),
    ("Guntung Manggis", "Landasan Ulin", "bjb"), ("Cempaka", "Cempaka", "bjb"), ("Loktabat Utara", "Banjarbaru Utara", "bjb"),
    ("Lok Baintan", "Sungai Tabuk", "banjar"), ("Kiram", "Karang Intan", "banjar"), ("Kayu Bawang", "Gambut", "banjar"),
    ("Angsau", "Pelaihari", "tala"), ("Takisung", "Takisung", "tala"), ("Batakan", "Panyipatan", "tala"),
    ("Hatungun", "Hatungun", "tapin"), ("Binuang", "Binuang", "tapin"), ("Bakarangan", "Bakarangan", "tapin"),
    ("Angkinang", "Angkinang", "hss"), ("Loksado", "Loksado", "hss"), ("Kandangan Kota", "Kandangan", "hss"),
    ("Pandawan", "Pandawan", "hst"), ("Hantakan", "Hantakan", "hst"), ("Birayang", "Batang Alai Selatan", "hst"),
    ("Sungai Malang", "Amuntai Tengah", "hsu"), ("Danau Panggang", "Danau Panggang", "hsu"), ("Babirik", "Babirik", "hsu"),
    ("Paringin Kota", "Paringin", "balangan"), ("Juai", "Juai", "balangan"), ("Halong", "Halong", "balangan"),
    ("Pudak Setegal", "Murung Pudak", "tabalong"), ("Jaro", "Jaro", "tabalong"), ("Tanta", "Tanta", "tabalong"),
    ("Ulu Benteng", "Marabahan", "batola"), ("Berangas Timur", "Alalak", "batola"), ("Karang Bunga", "Mandastana", "batola"),
    ("Handil Bakti", "Alalak", "batola"),
    ("Sebelimbingan", "Pulau Laut Utara", "kotabaru"), ("Sungai Bali", "Pulau Sebuku", "kotabaru"), ("Sigam", "Pulau Laut Sigam", "kotabaru"),
    ("Kota Pagatan", "Kusan Hilir", "tanbu"), ("Sungai Danau", "Satui", "tanbu"), ("Angsana", "Angsana", "tanbu"),
]


def kid(v):
    return "kim-" + re.sub(r"[^a-z]+", "-", v.lower()).strip("-")


KIM = {kid(v): dict(id=kid(v), name="KIM " + v, region=KABNAME[k], district=d, village=v, kab=k) for v, d, k in KIMS}
INACTIVE = ["kim-sigam", "kim-babirik", "kim-batakan", "kim-hatungun", "kim-cempaka", "kim-tanta"]
SPECIAL = ["kim-lok-baintan", "kim-juai", "kim-ulu-benteng", "kim-loksado"]
PLAIN = [k for k in KIM if k not in INACTIVE and k not in SPECIAL]


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:80].strip("-")


def dated(d, m):
    return f"{HARI[datetime(2026, m, d).weekday()]} ({d}/{m}/2026)"


# ---------------------------------------------------------------- announcements
ANNS = []
for i, a in enumerate(A, 1):
    a["id"] = f"h26-a{i:02d}"
    a["i"] = i
    t = datetime.strptime(a["t"], "%Y-%m-%d %H:%M").replace(tzinfo=WITA)
    a["dt"] = t
    a["body"] = re.sub(r"\{D:(\d+)/(\d+)\}", lambda m: dated(int(m.group(1)), int(m.group(2))), a["text"])
    host, kind, site = SRC[a["src"]]
    slug = slugify(a["title"])
    if kind == "wp":
        url = f"https://{host}/{t:%Y/%m/%d}/{slug}/"
    elif kind == "berita":
        url = f"https://{host}/berita/{slug}"
    elif kind == "detail":
        url = f"https://{host}/berita/detail/{slug}"
    elif kind == "num":
        url = f"https://{host}/berita/{4100 + i * 37}/{slug}"
    else:
        url = f"https://{host}/{t:%Y/%m}/{slug}.html"
    a["url"], a["wp"], a["site"] = url, kind == "wp", site
    ANNS.append({"id": a["id"], "source": a["src"], "url": url, "title": a["title"], "text": a["body"],
                 "published_at": t.isoformat()})

# ---------------------------------------------------------------- helpers
NUMW = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan", 9: "sembilan",
        10: "sepuluh", 11: "sebelas"}


def words(n):
    if n < 12:
        return NUMW[n]
    if n < 20:
        return NUMW[n - 10] + " belas"
    if n < 100:
        return NUMW[n // 10] + " puluh" + (" " + NUMW[n % 10] if n % 10 else "")
    if n < 1000:
        h = "seratus" if n // 100 == 1 else NUMW[n // 100] + " ratus"
        return h + (" " + words(n % 100) if n % 100 else "")
    return str(n)


def op_numwords(t):
    cands = [m for m in re.finditer(r"(?<![\d/.,:])(\d{1,3})(?![\d/.,:%])(?= [a-zA-Z])", t) if 1 < int(m.group(1)) < 1000]
    if not cands:
        return t, False
    for m in reversed(rng.sample(cands, min(2, len(cands)))):
        t = t[:m.start()] + words(int(m.group(1))) + t[m.end():]
    return t, True


ABBR = [("yang", "yg"), ("dengan", "dgn"), ("untuk", "utk"), ("tidak", "tdk"), ("sudah", "sdh"), ("Kabupaten", "Kab."),
        ("Kecamatan", "Kec."), ("dan", "&"), ("bulan", "bln"), ("kepada", "kpd")]


def op_abbr(t):
    for w, s in rng.sample(ABBR, 4):
        t = re.sub(rf"\b{w}\b", s, t)
    return t


def op_typo(t):
    ws = [m for m in re.finditer(r"\b[a-z]{6,}\b", t)]
    for m in sorted(rng.sample(ws, min(rng.randint(1, 3), len(ws))), key=lambda m: -m.start()):
        w = m.group(0)
        j = rng.randrange(1, len(w) - 2)
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        t = t[:m.start()] + w + t[m.end():]
    return t


def op_reldate(t, pt):
    m = re.search(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)/(\d+)/2026\)", t)
    if not m:
        return t, False
    d = datetime(2026, int(m.group(3)), int(m.group(2))).date()
    delta = (pt.date() - d).days
    short = f"{m.group(2)}/{m.group(3)}"
    if delta == 0:
        r = rng.choice([f"hari ini ({short})", "hari ini", f"tadi pagi ({short})"])
    elif delta == 1:
        r = rng.choice(["kemarin", f"kemarin ({short})", f"{m.group(1)} kemarin"])
    elif delta < 7:
        r = rng.choice([f"{m.group(1)} lalu ({short})", f"{m.group(1)} lalu", f"tgl {short}"])
    else:
        r = rng.choice([f"tgl {short}", f"tanggal {m.group(2)} kemarin", f"{m.group(1)} ({short})"])
    return t[:m.start()] + r + t[m.end():], True


DATELINES = {}


def op_dateline(t, kim):
    m = re.match(r"([A-Z ]+) – ", t)
    if not m:
        return t
    city = m.group(1).title()
    v = KIM[kim]["village"]
    return rng.choice([f"{city} (KIM) - ", f"(KIM {v}) – ", f"{city.upper()}, KIM – ", f"{city}, kimnews – "]) + t[m.end():]


def copy_ops(a, kim, pt):
    t, ops = a["body"], []
    for op in rng.sample(["quotes", "numwords", "reldate", "droptag", "dateline", "abbr", "collapse", "typo"], rng.randint(1, 3)):
        if op == "quotes":
            t = t.replace("“", '"').replace("”", '"').replace("–", "-")
        elif op == "numwords":
            t, ok = op_numwords(t)
            if not ok:
                continue
        elif op == "reldate":
            t, ok = op_reldate(t, pt)
            if not ok:
                continue
        elif op == "droptag":
            t = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", t)
        elif op == "dateline":
            t = op_dateline(t, kim)
        elif op == "abbr":
            t = op_abbr(t)
        elif op == "collapse":
            t = t.replace("\n\n", " ")
        elif op == "typo":
            t = op_typo(t)
        ops.append(op)
    return t, ops


URLRE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def found_links(title, text):
    return [u.rstrip(".,;:!?") for u in URLRE.findall(title + "\n" + text)]


GREET = ["Assalamualaikum warga 🙏", "Good morning all 🌞", "Bismillah.", "📢 *INFO* 📢", "Selamat pagi dangsanak,",
         "Hello guys 👋", "Info penting 👇", "Salam KIM!", "Assalamu'alaikum wr. wb.", ""]
OUTRO = ["Semoga bermanfaat.", "Jazakumullah khairan 🙏", "Thank you 🙏", "Mohon dibagikan.", "Salam dari admin KIM.", "", "",
         "#KIMBerbagiInfo"]
WAHEAD = ["↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇", "Dari grup WA RT 👇", "Fwd:"]
TGFROM = ["Info Kalsel", "Info Banua", "Kabar Banjarbaru", "Seputar HSU", "Info Tabalong", "Warta Batola", "Kotabaru Update"]


def first_title(text):
    s = re.split(r"[.!?\n]", text)[0]
    w = s.split()
    return " ".join(w[:9]).rstrip(",:") or "Info warga"


def shape(kind, text, title, kim, tags="", ann=None):
    """Return (platform, title, text, extra_links)."""
    v = KIM[kim]["village"]
    if kind == "plain":
        return rng.choice(["facebook", "facebook", "telegram"]), "", text, []
    if kind == "fb":
        g, o = rng.choice(GREET), rng.choice(OUTRO)
        return "facebook", "", "\n\n".join(x for x in (g, text, o) if x), []
    if kind == "wa":
        h = rng.choice(WAHEAD)
        body = f"{h}\n\n*{title.upper()}*\n\n{text}" if title and rng.random() < 0.7 else f"{h}\n\n{text}"
        if rng.random() < 0.6:
            body += "\n\n_Mohon disebarkan_"
        return rng.choice(["facebook", "telegram"]), "", body, []
    if kind == "tg":
        body = f"Forwarded from {rng.choice(TGFROM)}\n{title}\n\n{text}" if title else f"Forwarded from {rng.choice(TGFROM)}\n{text}"
        return "telegram", "", body, []
    if kind == "ig":
        cap = (title.upper() + "\n\n" if title else "") + text
        if rng.random() < 0.5:
            cap += "\n\n✅ Info lengkap, link di bio"
        ht = tags.split() + [f"#KIM{v.replace(' ', '')}", "#InfoKalsel", "#Kalsel", "#Banua"]
        return "instagram", "", cap + "\n\n" + " ".join(ht[:rng.randint(3, 6)]), []
    if kind == "yt":
        t = rng.choice(["VIDEO | ", "Liputan: ", "LIVE | ", ""]) + (title or first_title(text))
        ch = "\n".join(f"{m}:{s:02d} {c}" for (m, s), c in zip([(0, 0), (0, 41), (2, 15), (4, 3)],
                                                                ["Pembuka", "Liputan", "Wawancara", "Penutup"]))
        desc = f"{text}\n\nChapters:\n{ch}\n\nKamera: Tim KIM {v}\nJangan lupa subscribe dan nyalakan lonceng 🔔"
        return "youtube", t, desc, []
    if kind == "web":
        t = title or first_title(text)
        menu = rng.choice(["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda » Kabar Desa"])
        by = rng.choice([f"Oleh Admin KIM {v} · {rng.randint(0, 7)} Komentar", f"Ditulis oleh Redaksi KIM {v}", f"Penulis: Tim KIM {v}"])
        tail = "Bagikan: Facebook Twitter WhatsApp Telegram"
        return "website", t, f"{menu}\n\n{t}\n{by}\n\n{text}\n\n{tail}\nTags: {v}, berita", []
    raise ValueError(kind)


POST_NUM = [100000]


def post_url(platform, kim, title):
    POST_NUM[0] += rng.randint(3, 900)
    n = POST_NUM[0]
    h = kim.replace("kim-", "kim")
    h2 = h.replace("-", "")
    code = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(11))
    if platform == "facebook":
        return f"https://www.facebook.com/{h2}/posts/{n}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{code[:10]}/"
    if platform == "telegram":
        return f"https://t.me/{h2}/{n % 9000}"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={code}"
    return f"https://{h}.id/2026/{rng.choice(['11', '12'])}/{slugify(title)[:50]}/"


POSTS = []


def add(kim, pt, platform, title, text, gold, style, key, extra_links=(), **meta):
    links = found_links(title, text) + [u for u in extra_links if u not in found_links(title, text)]
    POSTS.append(dict(kim=kim, dt=pt, platform=platform, title=title, text=text, links=links, gold=gold, style=style,
                      key=dict(gen=key, style=style, gold=gold, **meta)))


def delay(a, lo=0.25, hi=200.0):
    for _ in range(100):
        h = lo * (hi / lo) ** rng.random()
        pt = a["dt"] + timedelta(hours=h, minutes=rng.randint(0, 59))
        if pt <= CAP and pt - a["dt"] >= timedelta(minutes=15):
            return pt.replace(second=rng.randint(0, 59), microsecond=0)
    raise RuntimeError(a["id"])


def kims_for(a, pool=None):
    pool = pool or PLAIN
    own = [k for k in pool if KIM[k]["kab"] == a["kab"]]
    if a["kab"] is None or not own or rng.random() < 0.15:
        return rng.choice(pool)
    return rng.choice(own)


# ---------------------------------------------------------------- positives
COPY_SHAPES = ["wa", "web", "fb", "tg", "ig"]
EXC_SHAPES = ["tgtrunc", "short", "iglead", "fbmore", "yt", "quote", "weblead"]
LINK_FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "wwwnoscheme", "onlylinks"]

for j, a in enumerate(A):
    # copy (all but one)
    if a["i"] not in NO_COPY:
        k = kims_for(a)
        pt = delay(a, 0.3, 150)
        t, ops = copy_ops(a, k, pt)
        sh = COPY_SHAPES[j % len(COPY_SHAPES)]
        if sh == "web":
            src = rng.choice([f"Sumber: {a['url']}", f"Sumber: {SRC[a['src']][0]}", f"Sumber: rilis resmi {a['site'].title()}"])
            t = t + "\n\n" + src
        pl, ti, tx, el = shape(sh, t, a["title"], k, a["tags"], a)
        add(k, pt, pl, ti, tx, [a["id"]], "copy", f"auto:copy:{a['id']}", shape=sh, ops=ops)
    # excerpt (all but one)
    if a["i"] not in NO_EXC:
        sh = EXC_SHAPES[j % len(EXC_SHAPES)]
        paras = a["body"].split("\n\n")
        k = kims_for(a)
        if sh == "tgtrunc" and j % 3 == 0:
            k = rng.choice([s for s in SPECIAL if KIM[s]["kab"] == a["kab"]] or SPECIAL)
        pt = delay(a, 0.3, 120)
        if sh == "tgtrunc":
            cut = rng.randint(185, 215)
            lead = paras[0][:cut].rsplit(" ", 1)[0].rstrip(",.;") + "…"
            body = (f"Forwarded from {rng.choice(TGFROM)}\n" if rng.random() < 0.5 else "") + a["title"] + "\n\n" + lead
            add(k, pt, "telegram", "", body, [a["id"]], "excerpt", f"auto:excerpt:{a['id']}", shape=sh)
            continue
        if sh == "short":
            ws = paras[0].split()
            n = rng.randint(12, 18)
            txt = rng.choice(["Info:", "📌", "Kabar terbaru:", ""]) + " " + " ".join(ws[:n]) + " …"
            pl, ti, tx, _ = shape("plain", txt.strip(), "", k)
        elif sh == "iglead":
            pl, ti, tx, _ = shape("ig", paras[0], a["title"], k, a["tags"])
        elif sh == "fbmore":
            txt = paras[0] + "\n\n" + paras[1][:rng.randint(60, 120)].rsplit(" ", 1)[0] + "... Lihat selengkapnya"
            pl, ti, tx, _ = shape("fb", txt, "", k)
        elif sh == "yt":
            pl, ti, tx, _ = shape("yt", paras[0], a["title"], k)
            ti = a["title"]
        elif sh == "quote":
            intro = rng.choice(["Pesan penting hari ini 👇", "Kata beliau:", "Simak pernyataan berikut.", "Kutipan dari rilis:"])
            pl, ti, tx, _ = shape("fb", intro + "\n\n" + paras[1], "", k)
        else:
            pl, ti, tx, _ = shape("web", paras[0] + "\n\nBaca juga: Jadwal Posyandu Bulan Ini", a["title"], k)
        add(k, pt, pl, ti, tx, [a["id"]], "excerpt", f"auto:excerpt:{a['id']}", shape=sh)


def link_variant(a, form):
    u = a["url"]
    if form == "http":
        return u.replace("https://", "http://")
    if form == "www":
        return u.replace("https://", "https://www.")
    if form == "m":
        return u.replace("https://", "https://m.")
    if form == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if form == "amp":
        return u + "amp/" if a["wp"] else u + "?utm_source=wa"
    if form == "utm":
        return u + "?utm_source=facebook&utm_medium=social"
    if form == "fbclid":
        return u + "?fbclid=IwAR0" + "".join(rng.choice("abcdefXYZ0123456789") for _ in range(20))
    if form == "utmfb":
        return u + "?utm_source=fb&fbclid=IwAR1" + "".join(rng.choice("klmnoPQR456789") for _ in range(18))
    if form == "httpm":
        return u.replace("https://", "http://m.")
    if form == "wwwnoscheme":
        return u.replace("https://", "www.")
    return u


LCOMM = ["Silakan dibaca 👇", "Info lengkap di sini:", "Baca selengkapnya:", "Penting untuk warga!", "Cek link ya dangsanak",
         "Selengkapnya:", "Berita dari kabupaten 👇", "Mohon dibaca sampai habis.", "Buat yang belum tahu:", "Sumber resmi:",
         "Share ya.", "Nah ini beritanya.", "Lengkapnya di web resmi:", "📎"]
link_anns = [a for a in A if a["i"] not in NO_LINK]
for j, a in enumerate(link_anns):
    form = LINK_FORMS[j % len(LINK_FORMS)]
    k = kims_for(a)
    pt = delay(a, 0.3, 180)
    u = link_variant(a, form)
    c = rng.choice(LCOMM)
    which = j % 4
    if form == "onlylinks":
        pl, ti, tx = "facebook", "", c + " " + rng.choice(["📢", "🔗", "👇👇", ""])
        tx = tx.strip() + "\n\n" + a["site"] + "\n" + a["title"]
        add(k, pt, pl, ti, tx, [a["id"]], "link", f"auto:link:{a['id']}", extra_links=[a["url"]], form=form, shape="fbshare")
        continue
    if which == 0:
        tx = f"{c}\n{u}\n\n{a['site']}\n{a['title']}\n{a['body'].split('. ')[0].split(' – ', 1)[-1]}."
        add(k, pt, "facebook", "", tx, [a["id"]], "link", f"auto:link:{a['id']}", form=form, shape="fbshare")
    elif which == 1:
        add(k, pt, "telegram", "", f"{a['title']}\n\n{u}", [a["id"]], "link", f"auto:link:{a['id']}", form=form, shape="tg")
    elif which == 2:
        pl, ti, tx, _ = shape("yt", f"Ringkasan singkat di video ini.\n\nBaca berita lengkapnya: {u}", a["title"], k)
        add(k, pt, pl, ti, tx, [a["id"]], "link", f"auto:link:{a['id']}", form=form, shape="yt")
    else:
        add(k, pt, "facebook", "", f"{c} {u}", [a["id"]], "link", f"auto:link:{a['id']}", form=form, shape="plain")

SUM_SHAPES = ["plain", "wa", "tg", "fb", "yt", "ig", "plain", "wa", "web", "plain"]
S2 = [a["i"] for a in A if "s2" in a][:S2_MAX]
for j, a in enumerate(A):
    for key in ("s1", "s2"):
        if key not in a or (key == "s2" and a["i"] not in S2):
            continue
        sh = SUM_SHAPES[(j + (key == "s2") * 3) % len(SUM_SHAPES)]
        k = kims_for(a)
        heavy = False
        if key == "s1" and j % 5 == 2:  # hashtag-heavy caption for a special KIM
            k = rng.choice([s for s in SPECIAL if KIM[s]["kab"] == a["kab"]] or SPECIAL)
            sh, heavy = "ig", True
        pt = delay(a, 0.5, 200) if key == "s1" else delay(a, 20, 300)
        if heavy:
            v = KIM[k]["village"].replace(" ", "")
            ht = a["tags"].split() + [f"#KIM{v}", "#InfoKalsel", "#Kalsel", "#Banua", "#KalselBabungas", "#Kalimantan",
                                      "#BeritaDaerah", "#InfoTerkini", "#WargaBanua", "#KIMKalsel", "#Indonesia"]
            tx = a["s1"] + "\n\n" + " ".join(ht[:rng.randint(11, 15)])
            add(k, pt, "instagram", "", tx, [a["id"]], "summary", f"anns.py:{a['i']}:{key}", shape="ig-heavy")
            continue
        pl, ti, tx, _ = shape(sh, a[key], "", k, a["tags"])
        add(k, pt, pl, ti, tx, [a["id"]], "summary", f"anns.py:{a['i']}:{key}", shape=sh)
for i, h, txt in EXS:
    a = A[i - 1]
    k = kims_for(a)
    pl, ti, tx, _ = shape(rng.choice(["plain", "fb", "wa", "tg"]), txt, "", k)
    add(k, a["dt"] + timedelta(hours=h, minutes=rng.randint(0, 50)), pl, ti, tx, [a["id"]], "summary", f"extra.py:EXS[{EXS.index((i, h, txt))}]", shape="mixed")

PAR_SHAPES = ["plain", "fb", "plain", "tg", "plain", "ig", "wa", "fb"]
for j, a in enumerate(A):
    if a["i"] in NO_PAR:
        continue
    sp = [s for s in SPECIAL if KIM[s]["kab"] == a["kab"]]
    k = sp[0] if sp else kims_for(a)
    sh = PAR_SHAPES[j % len(PAR_SHAPES)]
    pl, ti, tx, _ = shape(sh, a["p"] + (" " + a["tags"] if rng.random() < 0.5 and sh != "ig" else ""), "", k, a["tags"])
    add(k, delay(a, 0.4, 160), pl, ti, tx, [a["id"]], "paraphrase", f"anns.py:{a['i']}:p", shape=sh)

# ---------------------------------------------------------------- round-ups
LOCAL = ["Kerja bakti parit RT 3 Minggu pagi", "Posyandu Mawar pindah ke balai desa", "Harga karet Rp9.800/kg di pengepul",
         "Lomba azan anak TPA Sabtu sore", "Jalan ke kebun diperbaiki swadaya warga", "Pengajian Maulid di langgar Al-Hidayah",
         "Sumur bor musala sudah mengalir", "Jadwal ronda baru mulai pekan ini", "Pasar kaget Minggu pagi di lapangan",
         "Arisan PKK pindah ke rumah Bu RT"]
LAYOUTS = ["bullets", "numbered", "pipes", "parens", "chapters", "prose", "igkabar", "wa"]
HEAD = ["RANGKUMAN INFO PEKAN INI", "KILAS INFO", "Kabar Sepekan", "Rekap berita minggu ini", "INFO BANUA PEKAN INI"]
ru_kims = [s for s in SPECIAL for _ in range(2)] + rng.sample([k for k in PLAIN], 17)
for r, k in enumerate(ru_kims):
    n = 3 if r % 4 == 1 else 2
    for _ in range(200):
        pt = datetime(2026, 11, 8, tzinfo=WITA) + timedelta(hours=rng.randint(0, 27 * 24 - 1), minutes=rng.randint(0, 59))
        if pt > CAP:
            continue
        cand = [a for a in A if timedelta(hours=3) <= pt - a["dt"] <= timedelta(days=9)]
        own = [a for a in cand if a["kab"] in (KIM[k]["kab"], None)]
        if len(cand) >= n:
            break
    pick = rng.sample(own, min(len(own), n - 1 if len(own) >= n else len(own)))
    pick += rng.sample([a for a in cand if a not in pick], n - len(pick))
    pick.sort(key=lambda a: a["dt"])
    items = [a["it"] for a in pick]
    mixed = r % 2 == 0
    if mixed:
        for l in rng.sample(LOCAL, rng.randint(1, 2)):
            items.insert(rng.randint(0, len(items)), l)
    lay = LAYOUTS[r % len(LAYOUTS)]
    v = KIM[k]["village"]
    head = rng.choice(HEAD)
    title = ""
    if lay == "bullets":
        b = rng.choice(["🔹", "•", "-", "✅", "👉"])
        txt = f"{head}\n\n" + "\n".join(f"{b} {x}" for x in items) + "\n\nSalam KIM " + v
        pl = "facebook"
    elif lay == "numbered":
        txt = f"{head}:\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
        pl = rng.choice(["facebook", "telegram"])
    elif lay == "pipes":
        txt = "KILAS INFO | " + " | ".join(items) + " |"
        pl = "facebook"
    elif lay == "parens":
        txt = "Info singkat: " + " ".join(f"({i}) {x}." for i, x in enumerate(items, 1))
        pl = "telegram"
    elif lay == "chapters":
        title = f"KABAR BANUA PEKAN INI | KIM {v}"
        ch = "\n".join(f"{m:02d}:{s:02d} {x}" for (m, s), x in zip([(0, 0), (1, 12), (2, 40), (4, 5), (5, 30)], ["Pembuka"] + items))
        txt = f"Rangkuman berita sepekan.\n\n{ch}\n\nKamera: Tim KIM {v}\nSubscribe ya 🔔"
        pl = "youtube"
    elif lay == "prose":
        title = f"Rangkuman Sepekan KIM {v}"
        txt = f"Beranda | Berita | Galeri\n\n{title}\nOleh Admin KIM {v}\n\nSepekan ini ada beberapa kabar: " + "; ".join(items) + ". Semoga bermanfaat.\n\nBagikan: Facebook WhatsApp"
        pl = "website"
    elif lay == "igkabar":
        txt = "🗞️ KABAR SINGKAT\n\n" + "\n".join(f"▪️ {x}" for x in items) + "\n\n#KabarSingkat #InfoKalsel #KIM" + v.replace(" ", "")
        pl = "instagram"
    else:
        txt = rng.choice(WAHEAD) + "\n\n*INFO PEKAN INI*\n" + "\n".join(f"{i}) {x}" for i, x in enumerate(items, 1)) + "\n\n_Mohon disebarkan_"
        pl = rng.choice(["facebook", "telegram"])
    add(k, pt.replace(second=rng.randint(0, 59)), pl, title, txt, [a["id"] for a in pick], "roundup", f"auto:roundup:{r}", layout=lay, mixed=mixed)

# ---------------------------------------------------------------- negatives
KIND_DESC = {"lastyear": "last year's edition", "venue": "same venue, unrelated event", "next": "the next stage the release announces, with its own figures",
             "other": "another kabupaten/organiser's edition or a related but different event", "village": "a village's own run with its own figures",
             "kabrelease": "another kabupaten's release of the same kind", "multiday": "another day of the event"}
NEG_SHAPES = ["plain", "fb", "wa", "tg", "ig", "web", "yt", "plain", "fb"]
negs = []
for a in A:
    for q, (kind, h, txt) in enumerate(a["n"][:N_MAX + (a["i"] in N_FOURTH)]):
        negs.append((a, q, kind, h, txt))
assigned = {}
for ik in INACTIVE:
    kab = KIM[ik]["kab"]
    cand = [x for x, n in enumerate(negs) if n[0]["kab"] == kab and x not in assigned]
    cand += [x for x, n in enumerate(negs) if n[0]["kab"] is None and x not in assigned][:2]
    for x in cand[:6]:
        assigned[x] = ik
for x, (a, q, kind, h, txt) in enumerate(negs):
    k = assigned.get(x)
    if k is None:
        pool = [x for x in KIM if KIM[x]["kab"] == a["kab"]] if a["kab"] else list(KIM)
        k = rng.choice(pool)
    pt = a["dt"] + timedelta(hours=h, minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    pt = min(pt, CAP - timedelta(minutes=rng.randint(5, 600)))
    sh = NEG_SHAPES[(a["i"] + q) % len(NEG_SHAPES)]
    extra = ""
    if kind == "lastyear" and a["i"] in (1, 10):
        host = SRC[a["src"]][0]
        extra = f"\n\nArsip: https://{host}/2025/12/0{a['i'] % 9 + 1}/" + slugify(a["title"])[:40] + "-2025/"
        if SRC[a["src"]][1] == "berita":
            extra = f"\n\nArsip: https://{host}/berita/" + slugify(a["title"])[:40] + "-2025"
    if kind == "lastyear" and a["i"] == 19:
        extra = "\n\n(sumber: bkd.kalselprov.go.id)"
    pl, ti, tx, _ = shape(sh, txt + extra, first_title(txt) if sh in ("wa", "tg", "ig") and rng.random() < 0.5 else "", k, a["tags"])
    add(k, pt, pl, ti, tx, [], "negative-topic", f"anns.py:{a['i']}:n[{q}]", shape=sh, imitates=[a["id"]], differs=KIND_DESC[kind])
for q, (i, h, kind, txt) in enumerate(NEG):
    a = A[i - 1]
    k = kims_for(a)
    sh = rng.choice(["plain", "fb", "tg", "wa"])
    pl, ti, tx, _ = shape(sh, txt, "", k, a["tags"])
    add(k, a["dt"] + timedelta(hours=h, minutes=rng.randint(0, 50)), pl, ti, tx, [], "negative-topic", f"extra.py:NEG[{q}]", shape=sh,
        imitates=[a["id"]], differs=KIND_DESC[kind])
for a in A:
    if "b" in a:
        h, txt = a["b"]
        k = kims_for(a, list(KIM))
        sh = rng.choice(["plain", "fb", "wa", "ig", "tg"])
        pl, ti, tx, _ = shape(sh, txt, "", k, a["tags"])
        add(k, a["dt"] + timedelta(hours=h, minutes=-rng.randint(0, 40)), pl, ti, tx, [], "before", f"anns.py:{a['i']}:b", shape=sh,
            imitates=[a["id"]], differs="posted before the release, about the same event, without its text")
for q, (i, h, txt) in enumerate(BEF):
    a = A[i - 1]
    k = kims_for(a, list(KIM))
    sh = rng.choice(["plain", "fb", "wa", "tg", "ig", "plain"])
    pl, ti, tx, _ = shape(sh, txt, "", k, a["tags"])
    add(k, a["dt"] + timedelta(hours=h, minutes=-rng.randint(0, 40)), pl, ti, tx, [], "before", f"extra.py:BEF[{q}]", shape=sh,
        imitates=[a["id"]], differs="posted before the release, about the same event, without its text")

# unrelated
for q, txt in enumerate(UNREL):
    k = rng.choice(list(KIM))
    sh = rng.choice(["plain", "plain", "fb", "wa", "ig", "tg", "web"])
    pl, ti, tx, _ = shape(sh, txt, "", k, "#InfoWarga")
    pt = datetime(2026, 11, 1, 6, tzinfo=WITA) + timedelta(minutes=rng.randint(0, 34 * 24 * 60))
    add(k, min(pt, CAP), pl, ti, tx, [], "negative-unrelated", f"extra.py:UNREL[{q}]", shape=sh)
for q in range(30):
    k = rng.choice(list(KIM))
    body = rng.choice(BODY).format(p=rng.choice(PLACE), c=rng.choice(COMM), m=rng.choice(MARK), n=rng.randint(5, 60))
    txt = " ".join(x for x in (rng.choice(OPEN), body[0].upper() + body[1:] + ".", rng.choice(CLOSE)) if x)
    sh = rng.choice(["plain", "fb", "wa", "tg"])
    pl, ti, tx, _ = shape(sh, txt, "", k)
    pt = datetime(2026, 11, 1, 6, tzinfo=WITA) + timedelta(minutes=rng.randint(0, 34 * 24 * 60))
    add(k, min(pt, CAP), pl, ti, tx, [], "negative-unrelated", f"build.py:TPL[{q}]", shape=sh)

# ---------------------------------------------------------------- write
seen = set()
for p in POSTS:  # de-duplicate identical texts (template collisions)
    while p["text"] in seen:
        p["text"] += rng.choice([" 🙏", " .", " 👍", "!"])
    seen.add(p["text"])
POSTS.sort(key=lambda p: (p["dt"], p["kim"]))
ids = list(range(1, len(POSTS) + 1))
rng.shuffle(ids)
out_p, out_l, keymap = [], [], {}
for p, n in zip(POSTS, ids):
    pid = f"h26-p{n:03d}"
    url = post_url(p["platform"], p["kim"], p["title"] or first_title(p["text"]))
    out_p.append({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": url, "title": p["title"], "text": p["text"],
                  "published_at": p["dt"].isoformat(), "links": p["links"]})
    out_l.append({"post": pid, "announcements": p["gold"], "style": p["style"]})
    keymap[pid] = dict(p["key"], kim=p["kim"])


def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("announcements.jsonl", ANNS)
dump("posts.jsonl", out_p)
dump("labels.jsonl", out_l)
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIM.values():
        f.write(f"- id: {k['id']}\n  name: {k['name']}\n  region: {k['region']}\n  district: {k['district']}\n  village: {k['village']}\n")
print(len(ANNS), "announcements,", len(out_p), "posts")
