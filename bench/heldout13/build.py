#!/usr/bin/env python3
"""Generator for heldout13 (deterministic, seed 2026120613).
Hand-written parts: ann_data.py (releases + their summaries, paraphrases, round-up items, look-alikes, before posts),
posts_extra.py (extra look-alikes, before posts, unrelated posts). Copy, excerpt and link posts are derived from
the releases; every post is then shaped by its platform (Instagram caption, YouTube title/description, Telegram
preview/forward, Facebook share, WhatsApp forward relayed on Facebook/Telegram, small-website boilerplate)."""
import json, os, random, re, collections
from datetime import datetime, timedelta, date
import ann_data, posts_extra

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2026120613)
TZ = "+08:00"
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]

# ---------------- KIM registry ----------------
KIMS = [  # id, region, district, village, kab key, role
    ("kuin-utara", "Kota Banjarmasin", "Banjarmasin Utara", "Kuin Utara", "bjm", ""),
    ("pelambuan", "Kota Banjarmasin", "Banjarmasin Barat", "Pelambuan", "bjm", "inactive"),
    ("kelayan-selatan", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Selatan", "bjm", ""),
    ("guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis", "bjb", ""),
    ("cempaka", "Kota Banjarbaru", "Cempaka", "Cempaka", "bjb", ""),
    ("loktabat-selatan", "Kota Banjarbaru", "Banjarbaru Selatan", "Loktabat Selatan", "bjb", ""),
    ("kiram", "Kabupaten Banjar", "Karang Intan", "Kiram", "bjr", ""),
    ("sungai-tabuk-keramat", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Tabuk Keramat", "bjr", ""),
    ("astambul", "Kabupaten Banjar", "Astambul", "Astambul Kota", "bjr", ""),
    ("takisung", "Kabupaten Tanah Laut", "Takisung", "Takisung", "tla", "special"),
    ("angsau", "Kabupaten Tanah Laut", "Pelaihari", "Angsau", "tla", ""),
    ("bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati", "tla", ""),
    ("kurau", "Kabupaten Tanah Laut", "Kurau", "Kurau", "tla", "inactive"),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang", "tpn", ""),
    ("rantau-kiwa", "Kabupaten Tapin", "Tapin Utara", "Rantau Kiwa", "tpn", ""),
    ("tambarangan", "Kabupaten Tapin", "Tapin Selatan", "Tambarangan", "tpn", "inactive"),
    ("kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota", "hss", ""),
    ("loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado", "hss", "inactive"),
    ("telaga-langsat", "Kabupaten Hulu Sungai Selatan", "Telaga Langsat", "Telaga Langsat", "hss", ""),
    ("barabai-darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat", "hst", ""),
    ("hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan", "hst", ""),
    ("pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan", "hst", ""),
    ("sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang", "hsu", ""),
    ("babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik", "hsu", "special"),
    ("alabio", "Kabupaten Hulu Sungai Utara", "Sungai Tabukan", "Alabio", "hsu", ""),
    ("batu-piring", "Kabupaten Balangan", "Paringin Selatan", "Batu Piring", "blg", ""),
    ("juai", "Kabupaten Balangan", "Juai", "Juai", "blg", "inactive"),
    ("halong", "Kabupaten Balangan", "Halong", "Halong", "blg", "special"),
    ("tanjung", "Kabupaten Tabalong", "Tanjung", "Tanjung", "tbl", ""),
    ("mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun", "tbl", ""),
    ("muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya", "tbl", ""),
    ("marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", "btl", ""),
    ("anjir-pasar", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota", "btl", "special"),
    ("berangas-timur", "Kabupaten Barito Kuala", "Alalak", "Berangas Timur", "btl", ""),
    ("batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin", "tbu", ""),
    ("sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau", "tbu", "inactive"),
    ("sungai-loban", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sungai Loban", "tbu", ""),
    ("baharu-utara", "Kabupaten Kotabaru", "Pulau Laut Utara", "Baharu Utara", "ktb", ""),
    ("sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali", "ktb", ""),
    ("stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen", "ktb", "special"),
]
KIM = {k[0]: k for k in KIMS}
NAME = {k[0]: "KIM " + k[3] for k in KIMS}
HANDLE = {k[0]: "kim" + k[0].replace("-", "") for k in KIMS}
NORMAL = [k[0] for k in KIMS if not k[5]]
SPECIAL = [k[0] for k in KIMS if k[5] == "special"]
INACTIVE = [k[0] for k in KIMS if k[5] == "inactive"]
BYKAB = collections.defaultdict(list)
for k in KIMS:
    if not k[5]: BYKAB[k[4]].append(k[0])

# ---------------- sources and URLs ----------------
SRC = {
    "pemkab-kotabaru": ("kotabarukab.go.id", "num"), "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita"),
    "pemkab-tanbu": ("tanahbumbukab.go.id", "detail"), "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html"),
    "pemkab-tabalong": ("tabalongkab.go.id", "wp"), "pemkab-hst": ("hstkab.go.id", "wp"), "pemkab-banjar": ("banjarkab.go.id", "wp"),
    "pemkab-hsu": ("hulusungaiutarakab.go.id", "berita"), "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp"),
    "pemkab-balangan": ("balangankab.go.id", "detail"), "pemkab-hss": ("hulusungaiselatankab.go.id", "num"),
    "pemkab-tapin": ("tapinkab.go.id", "berita"), "pemkab-batola": ("baritokualakab.go.id", "detail"),
    "bps-kalsel": ("kalsel.bps.go.id", "bps"), "dkp-kalsel": ("dkp.kalselprov.go.id", "wp"),
    "disbunnak-kalsel": ("disbunnak.kalselprov.go.id", "wp"), "bpbd-kalsel": ("bpbd.kalselprov.go.id", "wp"),
    "disbudpar-kalsel": ("dispar.kalselprov.go.id", "wp"), "pemprov-kalsel": ("kalselprov.go.id", "berita"),
    "bkkbn-kalsel": ("kalsel.bkkbn.go.id", "wp"), "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp"),
}
def slug(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower().replace("’", "").replace("'", "")).strip("-")
    return "-".join(s.split("-")[:9])
def make_url(src, title, dt, n):
    dom, shape = SRC[src]
    s = slug(title)
    if shape == "wp": return "https://%s/%04d/%02d/%02d/%s/" % (dom, dt.year, dt.month, dt.day, s)
    if shape == "berita": return "https://%s/berita/%s" % (dom, s)
    if shape == "detail": return "https://%s/berita/detail/%s" % (dom, s)
    if shape == "num": return "https://%s/berita/%d/%s" % (dom, 2400 + n * 7, s)
    if shape == "html": return "https://%s/%04d/%02d/%s.html" % (dom, dt.year, dt.month, s)
    if shape == "bps": return "https://%s/id/news/%04d/%02d/%02d/%d/%s.html" % (dom, dt.year, dt.month, dt.day, 300 + n, s)

def dt(s): return datetime.fromisoformat(s)
def iso(d): return d.strftime("%Y-%m-%dT%H:%M:%S") + TZ

def wd_token(m):
    d = date.fromisoformat(m.group(1))
    return "%s (%d/%d/%d)" % (HARI[d.weekday()], d.day, d.month, d.year)
def render_ann(t): return re.sub(r"\{WD:(\d{4}-\d\d-\d\d)\}", wd_token, t)
def rel_token(m, post_dt, form):
    d = date.fromisoformat(m.group(1)); pd = post_dt.date(); diff = (d - pd).days
    short = "%d/%d" % (d.day, d.month)
    if form == "abs": return "%s (%s)" % (HARI[d.weekday()], short)
    if form == "num": return "tgl " + short
    if form == "words": return "%d %s" % (d.day, BULAN[d.month])
    if diff == 0: return R.choice(["hari ini", "hari ini (%s)" % short, "pagi tadi"])
    if diff == -1: return R.choice(["kemarin", "kemarin (%s)" % short])
    if diff == 1: return R.choice(["besok", "besok pagi"])
    if -7 < diff < 0: return "%s lalu (%s)" % (HARI[d.weekday()], short)
    if 1 < diff < 7: return "%s ini (%s)" % (HARI[d.weekday()], short)
    return short

# ---------------- writing habits ----------------
ABBR = [(r"\byang\b", "yg"), (r"\bdengan\b", "dgn"), (r"\btanggal\b", "tgl"), (r"\bKabupaten\b", "Kab."), (r"\bKecamatan\b", "Kec."),
        (r"\bPemerintah Provinsi\b", "Pemprov"), (r"\buntuk\b", "utk"), (r"\bsudah\b", "sdh"), (r"\btidak\b", "tdk"),
        (r"\bkepada\b", "kpd"), (r"\bbulan\b", "bln"), (r"\bDinas Perikanan\b", "Diskan")]
def abbreviate(t):
    for a, b in ABBR:
        if R.random() < 0.75: t = re.sub(a, b, t)
    return t
def typo(t, n=1):
    words = t.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    for i in R.sample(idx, min(n, len(idx))):
        w = words[i]; j = R.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)
SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]
def terbilang(n):
    if n < 12: return SATUAN[n]
    if n < 20: return SATUAN[n - 10] + " belas"
    if n < 100: return SATUAN[n // 10] + " puluh" + ("" if n % 10 == 0 else " " + SATUAN[n % 10])
    if n < 1000:
        h = "seratus" if n // 100 == 1 else SATUAN[n // 100] + " ratus"
        return h + ("" if n % 100 == 0 else " " + terbilang(n % 100))
    return str(n)
def numwords(t):
    cands = [m for m in re.finditer(r"(?<![\d.,/\-pe])(\d{2,3})(?![\d.,/%\-])(?! (?:m\b|meter|km|PK|GT|mil|ha\b|tahun|persen))", t) if 10 <= int(m.group(1)) < 1000]
    if not cands: return t
    m = R.choice(cands); n = int(m.group(1))
    rep = terbilang(n)
    if n % 100 == 0 and n >= 100 and R.random() < 0.5: rep = "0,%d ribu" % (n // 100)
    return t[:m.start()] + rep + t[m.end():]
def straight(t): return t.replace("\u201c", '"').replace("\u201d", '"').replace("–", "-")

GREET = ["Assalamualaikum wr. wb. 🙏", "Assalamu'alaikum warga semua", "Selamat pagi bapak ibu 🌞", "Good morning dangsanak!",
         "Bismillah.", "Salam sehat semuanya", "Halo warga!", "Assalamualaikum, selamat siang", "Hello guys 👋", "Salam KIM!"]
OUTRO = ["Semoga bermanfaat 🙏", "Terima kasih.", "Jazakumullah khairan.", "Bagikan ke keluarga ya!", "Mohon disebarkan.", "Salam informasi!",
         "Wassalam.", "Thank you 🙏"]
GEN_TAGS = ["kalsel", "kalimantanselatan", "infokalsel", "beritakalsel", "KIM", "kimkalsel", "infowarga", "banua", "urangbanua",
            "infodesa", "diskominfo", "beritadaerah", "wargabijak", "kabarbanua", "infoterkini", "kalselbabungas", "viral",
            "fyp", "explore", "pemerintahdaerah", "informasipublik", "kimaktif"]
EMO = ["📌", "✅", "🔹", "👉", "📍", "🗓️", "💬", "⭐", "▶️", "🔸"]
CHANNELS = ["Info Kalsel Terkini", "Kabar Banua", "Humas Daerah", "Warta Kalsel", "Info Kabupaten", "Berita Banua Hari Ini"]

def sentences(t):
    t = re.sub(r"\b(Hj|H|Ir|Dr|Drs|Kab|Kec|No|St)\. ", lambda m: m.group(1) + "\u00a7 ", t.replace("\n", " "))
    out = [s.replace("\u00a7", ".") for s in re.split(r"(?<=[.!?\u201d])\s+", t) if s.strip()]
    return out

def ig_caption(body, tags, kim, heavy=True, bio=True):
    lines = []
    for s in sentences(body):
        cuts = [m.end() for m in re.finditer(r",\s+", s) if 35 < m.start() < len(s) - 30]
        if len(s) > 110 and cuts:
            c = cuts[len(cuts) // 2]
            lines.extend([s[:c].strip(), s[c:].strip()])
        else:
            lines.append(s)
    em = R.sample(EMO, 3)
    out = [("%s " % em[0]) + lines[0]] + [""] + [("%s " % R.choice(em)) + l for l in lines[1:]]
    if bio: out += ["", R.choice(["📲 Info lengkap: link di bio", "Selengkapnya cek link di bio ya 👆", "🔗 link di bio"])]
    n = R.randint(10, 25) if heavy else R.randint(3, 6)
    pool = list(dict.fromkeys(tags + [HANDLE[kim]] + R.sample(GEN_TAGS, min(len(GEN_TAGS), n))))
    out += ["", " ".join("#" + t for t in pool[:n])]
    return "\n".join(out)

def yt_desc(body, kim, live=True):
    m = R.randint(2, 6); s = R.randint(10, 59)
    stamps = ["00:00 Pembukaan", "%02d:%02d %s" % (m, s, R.choice(["Sambutan", "Laporan panitia", "Wawancara", "Suasana lokasi"])),
              "%02d:%02d %s" % (m + R.randint(3, 9), R.randint(0, 59), R.choice(["Penutup", "Tanya jawab", "Dokumentasi", "Liputan warga"]))]
    cred = R.choice(["Kamera: Tim %s" % NAME[kim], "Liputan & editing: %s" % NAME[kim], "Video: relawan %s" % NAME[kim]])
    sub = R.choice(["Jangan lupa LIKE, SHARE dan SUBSCRIBE 🔔", "Subscribe channel kami untuk info desa terbaru!",
                    "Klik tombol subscribe & aktifkan lonceng 🔔"])
    return "\n".join([body, "", "\n".join(stamps), "", cred, sub, "#%s #%s" % (HANDLE[kim], R.choice(GEN_TAGS))])

def yt_title(text, live=None):
    first = re.sub(r"[*_#📢📌✅🔹👉📍]", "", sentences(text)[0]).strip()
    words = first.split()[:R.randint(6, 10)]
    while len(words) > 4 and words[-1].lower() in ("di", "ke", "dari", "dan", "yg", "yang", "untuk", "dengan", "sampai", "s/d", "pada", "&", "-", "–"):
        words = words[:-1]
    t = " ".join(words).rstrip(",.:;")
    pre = R.choice(["LIVE | ", "", "VIDEO | ", "", "Liputan: "]) if live is None else ("LIVE | " if live else "")
    return pre + t[:1].upper() + t[1:]

def tg_preview(body, limit=None):
    limit = limit or R.randint(185, 215)
    if len(body) <= limit: return body
    cut = body[:limit].rsplit(" ", 1)[0].rstrip(",.;:")
    return cut + "…"

def wa_forward(body, title=None):
    head = R.choice(["Diteruskan", "↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇", "Diteruskan dari grup RT"])
    g = R.sample(GREET, R.randint(1, 2))
    parts = [head, " ".join(g)]
    if title: parts.append("*%s*" % title.upper())
    parts.append(body)
    parts.append("_%s_" % R.choice(OUTRO))
    return "\n\n".join(parts)

def web_wrap(body, kim, other_title):
    menu = R.choice(["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda / Info Desa / Berita"])
    meta = "Oleh Admin %s · %d Komentar" % (NAME[kim], R.randint(0, 9))
    tail = ["", "Baca juga: %s" % other_title, "", "Bagikan: Facebook Twitter WhatsApp Telegram",
            "Tags: " + ", ".join(R.sample(["berita", "desa", "pemerintahan", "info warga", "kegiatan", "KIM"], 3)),
            "%d Komentar · Tinggalkan balasan" % R.randint(0, 12)]
    return "\n".join([menu, meta, "", body] + tail)

OTHER_TITLES = ["Kerja Bakti Warga Menjelang Ramadan", "Posyandu Balita Bulan Ini", "Jadwal Pengajian Rutin", "Lomba Mewarnai Anak TK",
                "Harga Gabah Minggu Ini", "Rapat Pengurus RT", "Senam Sehat Bersama Warga", "Jadwal Pemadaman Listrik"]

def fb_plain(body):
    r = R.random()
    if r < 0.3: return R.choice(GREET) + "\n" + body
    if r < 0.5: return body + "\n\n" + R.choice(OUTRO)
    return body

PLAT_W = [("facebook", 42), ("whatsapp", 10), ("instagram", 18), ("telegram", 14), ("website", 8), ("youtube", 8)]
def pick_plat(exclude=()):
    ch = [(p, w) for p, w in PLAT_W if p not in exclude]
    tot = sum(w for _, w in ch); x = R.uniform(0, tot)
    for p, w in ch:
        x -= w
        if x <= 0: return p
    return ch[-1][0]

def shape(body, kim, plat, tags, title_hint=None):
    """Wrap a hand-written body in its platform's form. Returns (platform, title, text)."""
    if plat == "instagram": return "instagram", "", ig_caption(body, tags, kim, heavy=R.random() < 0.75, bio=R.random() < 0.7)
    if plat == "youtube": return "youtube", title_hint or yt_title(body), yt_desc(body, kim)
    if plat == "telegram":
        if R.random() < 0.5: return "telegram", "", "Forwarded from %s\n%s" % (R.choice(CHANNELS), body)
        return "telegram", "", body
    if plat == "whatsapp": return R.choice(["facebook", "telegram"]), "", wa_forward(body)
    if plat == "website":
        t = title_hint or yt_title(body, live=False)
        return "website", t, web_wrap(body, kim, R.choice(OTHER_TITLES))
    return "facebook", "", fb_plain(body)

# ---------------- announcements ----------------
ANNS = []
for n, a in enumerate(ann_data.A, 1):
    d = dt(a["at"])
    paras = [render_ann(p) for p in a["p"]]
    a["paras"] = paras
    a["text"] = "\n\n".join(paras)
    a["url"] = make_url(a["src"], a["title"], d, n)
    a["dt"] = d
    ANNS.append({"id": "h13-" + a["id"], "source": a["src"], "url": a["url"], "title": a["title"], "text": a["text"], "published_at": iso(d)})
AD = {a["id"]: a for a in ann_data.A}

POSTS = []   # dicts with internal fields
def add(style, kim, when, plat, title, text, links=(), gold=(), key="", extra=None):
    POSTS.append(dict(style=style, kim=kim, dt=when, platform=plat, title=title, text=text, links=list(links), gold=list(gold),
                      key=key, extra=extra or {}))

def delay(lo=0.25, hi=19 * 24):
    h = R.lognormvariate(3.0, 1.2)  # median ~20 h
    h = min(max(h, lo), hi)
    return timedelta(hours=h, minutes=R.randint(0, 59))

def kims_for(a):
    ks = BYKAB.get(a["kab"]) if a["kab"] != "prov" else NORMAL
    return ks or NORMAL
USE = collections.Counter()
def pick_kim(a):
    ks = kims_for(a)
    m = min(USE[k] for k in ks)
    k = R.choice([k for k in ks if USE[k] <= m + 1])
    USE[k] += 1
    return k

CAP_EXTRA_TAGS = lambda a: a["tags"] + ([a["kab"]] if a["kab"] != "prov" else [])

# ---------------- copy (35) ----------------
copy_anns = R.sample(ann_data.A, 35)
COPY_SHAPES = ["wa"] * 9 + ["web"] * 7 + ["ig"] * 6 + ["tg"] * 6 + ["fb"] * 7
R.shuffle(COPY_SHAPES)
def body_from(a, paras, post_dt, ops):
    t = "\n\n".join(paras)
    if "reldate" in ops:
        form = R.choice(["rel", "rel", "abs", "num", "words"])
        t = re.sub(r"\{WD:(\d{4}-\d\d-\d\d)\}", lambda m: rel_token(m, post_dt, form), t)
    else:
        t = render_ann(t)
    if "straight" in ops: t = straight(t)
    if "abbr" in ops: t = abbreviate(t)
    if "numwords" in ops: t = numwords(t)
    if "typo" in ops: t = typo(t, R.randint(1, 2))
    if "collapse" in ops: t = t.replace("\n\n", " ")
    if "dateline" in ops: t = re.sub(r"^([A-Z]+) –", lambda m: m.group(1).title() + ", KIM –", t)
    if "notag" in ops: t = re.sub(r"\s*\([a-z\-/]+\)\s*$", "", t)
    return t
def rand_ops(k=3):
    return R.sample(["reldate", "straight", "abbr", "numwords", "typo", "collapse", "dateline", "notag"], k)

for a, sh in zip(copy_anns, COPY_SHAPES):
    k = pick_kim(a); when = a["dt"] + delay()
    ops = rand_ops(R.randint(1, 4))
    body = body_from(a, a["p"], when, ops)
    links = []
    if sh == "wa":
        plat, title, text = R.choice(["facebook", "telegram"]), "", wa_forward(body, a["title"])
    elif sh == "web":
        src_line = R.choice(["Sumber: %s" % a["url"], "Sumber: rilis resmi %s" % a["src"], "Sumber: " + SRC[a["src"]][0]])
        if src_line.startswith("Sumber: https"): links.append(a["url"])
        plat, title, text = "website", a["title"], web_wrap(body + "\n\n" + src_line, k, R.choice(OTHER_TITLES))
    elif sh == "ig":
        plat, title, text = "instagram", "", ig_caption(a["title"].upper() + ". " + body.replace("\n\n", " "), CAP_EXTRA_TAGS(a), k)
    elif sh == "tg":
        plat, title, text = "telegram", "", "Forwarded from %s\n%s\n\n%s" % (R.choice(CHANNELS), a["title"], body)
    else:
        plat, title, text = "facebook", "", fb_plain(R.choice(["", "📢 *INFO RESMI* 📢\n", a["title"] + "\n\n"]) + body)
    add("copy", k, when, plat, title, text, links, [a["id"]], "auto:copy:" + a["id"], {"shape": sh, "ops": ops})

# ---------------- excerpt (35) ----------------
SPECIAL_EXC = {"a22": "takisung", "a01": "stagen"}  # truncated Telegram previews
exc_anns = [AD[i] for i in list(dict.fromkeys(["a22", "a01"] + [a["id"] for a in R.sample(ann_data.A, 40)]))[:35]]
EXC_SHAPES = ["tg"] * 7 + ["fbcut"] * 5 + ["ig"] * 5 + ["yt"] * 5 + ["quote"] * 4 + ["web"] * 3 + ["short"] * 6
R.shuffle(EXC_SHAPES)
for i, a in enumerate(exc_anns):
    sh = "tg" if a["id"] in SPECIAL_EXC else EXC_SHAPES.pop()
    k = SPECIAL_EXC.get(a["id"]) or pick_kim(a); when = a["dt"] + delay()
    ops = R.sample(["reldate", "straight", "abbr", "typo", "none"], 1)
    links = []
    if sh == "tg":
        lead = body_from(a, a["p"][:2], when, ops).replace("\n\n", " ")
        plat, title, text = "telegram", "", ("Forwarded from %s\n" % R.choice(CHANNELS) if R.random() < 0.6 else "") + tg_preview(a["title"] + "\n" + lead)
    elif sh == "short":
        first = sentences(body_from(a, a["p"][:1], when, ops))[0]
        w = re.sub(r"^[A-Z]+ [–-] ", "", first).split()
        cut = " ".join(w[:R.randint(12, 18)]).rstrip(",.;:")
        plat = R.choice(["facebook", "telegram", "facebook"])
        text = R.choice(["", "📢 ", "Info: ", "🔊 "]) + cut + R.choice(["...", " …", ". Sumber: " + SRC[a["src"]][0]])
        title = ""
    elif sh == "fbcut":
        lead = body_from(a, a["p"][:2], when, ops).replace("\n\n", " ")
        cut = lead[:R.randint(170, 260)].rsplit(" ", 1)[0]
        plat, title, text = "facebook", "", cut + "... Lihat selengkapnya"
    elif sh == "ig":
        lead = body_from(a, a["p"][:1], when, ops)
        plat, title, text = "instagram", "", ig_caption(lead, CAP_EXTRA_TAGS(a), k)
    elif sh == "yt":
        lead = body_from(a, a["p"][:R.choice([1, 2])], when, ops)
        plat, title, text = "youtube", R.choice(["LIVE | ", "", "VIDEO: "]) + a["title"], yt_desc(lead, k)
    elif sh == "quote":
        q = body_from(a, [a["p"][1]], when, ops)
        intro = R.choice(["Soal %s:" % a["item"].split(",")[0], "Penjelasan dari dinas terkait %s 👇" % a["item"].split(":")[0].lower(), a["item"] + "."])
        plat, title, text = "facebook", "", intro + "\n\n" + q
    else:
        lead = body_from(a, a["p"][:2], when, ops)
        plat, title, text = "website", a["title"], web_wrap(lead, k, R.choice(OTHER_TITLES))
    add("excerpt", k, when, plat, title, text, links, [a["id"]], "auto:excerpt:" + a["id"], {"shape": sh, "ops": ops})

# ---------------- link (40) ----------------
def url_form(a, form):
    u = a["url"]; wp = SRC[a["src"]][1] == "wp"
    if form == "exact": return u, [u]
    if form == "http": v = u.replace("https://", "http://"); return v, [v]
    if form == "www": v = u.replace("https://", "https://www."); return v, [v]
    if form == "m": v = u.replace("https://", "https://m."); return v, [v]
    if form == "slash": v = u[:-1] if u.endswith("/") else u + "/"; return v, [v]
    if form == "amp": v = (u + "amp/") if wp else (u + "?utm_source=wa"); return v, [v]
    if form == "utm": v = u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"; return v, [v]
    if form == "fbclid": v = u + "?fbclid=IwAR0" + "".join(R.choice("abcdefXYZ0123456789") for _ in range(20)); return v, [v]
    if form == "utmfb": v = u + "?utm_source=fb&fbclid=IwZXh0bgNhZW0C" + str(R.randint(1000, 9999)); return v, [v]
    if form == "httpm": v = u.replace("https://", "http://m."); return v, [v]
    if form == "wwwbare": v = u.replace("https://", "www."); return v, [v]
    if form == "short": v = "https://s.id/" + "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6)); return v, [v, u]
    if form == "preview": return None, [u]
FORMS = (["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 + ["fbclid"] * 4 +
         ["utmfb"] * 2 + ["httpm"] * 2 + ["wwwbare"] * 2 + ["short"] * 2 + ["preview"] * 2)
R.shuffle(FORMS)
link_anns = R.sample(ann_data.A, 40)
COMMENTS = ["Simak!", "Simak info berikut 👇", "Info penting untuk warga.", "Baca selengkapnya di tautan.", "Monggo dibaca 🙏",
            "Share ya!", "Info dari pemda, silakan klik.", "Cek link ini.", "Berita terbaru:", "FYI warga 👇", "Penting!", "📌 Sumber resmi:"]
for a, form in zip(link_anns, FORMS):
    k = pick_kim(a); when = a["dt"] + delay()
    shown, links = url_form(a, form)
    first = sentences(render_ann(a["p"][0]))[0]
    r = R.random()
    if form == "preview" or (r < 0.55 and form not in ("wwwbare",)):
        # Facebook share: admin comment + link preview (title + first sentence)
        c = R.choice(COMMENTS + [a["item"] + ".", "Alhamdulillah, " + a["item"].lower() + "."])
        prev = "%s\n%s\n%s" % (SRC[a["src"]][0].upper(), a["title"], first[:160] + ("…" if len(first) > 160 else ""))
        text = c + ("\n" + shown if shown else "") + "\n\n" + prev
        plat, title = "facebook", ""
    elif r < 0.75:
        plat, title = "telegram", ""
        text = "%s\n%s" % (a["title"], shown)
    elif r < 0.88:
        plat, title = "youtube", yt_title(a["item"])
        text = yt_desc(a["item"] + ".\n\nBaca berita lengkapnya: " + shown, k)
    else:
        plat, title = "website", a["title"]
        text = web_wrap(a["item"] + ".\n\nSelengkapnya: " + shown, k, R.choice(OTHER_TITLES))
    add("link", k, when, plat, title, text, links, [a["id"]], "auto:link:" + a["id"], {"form": form})

# ---------------- summary (55, hand) ----------------
SPECIAL_SUM = {("a11", 0): "babirik", ("a38", 0): "anjir-pasar"}   # hashtag-heavy Instagram captions
for a in ann_data.A:
    for j, s in enumerate(a["sums"]):
        sk = SPECIAL_SUM.get((a["id"], j))
        k = sk or pick_kim(a)
        when = a["dt"] + delay(lo=0.5)
        body = s
        if R.random() < 0.25: body = abbreviate(body)
        if R.random() < 0.15: body = typo(body)
        if R.random() < 0.2: body = R.choice(GREET) + " " + body
        plat = "instagram" if sk else pick_plat()
        p, title, text = shape(body, k, plat, CAP_EXTRA_TAGS(a), yt_title(s))
        if sk: text = ig_caption(body, CAP_EXTRA_TAGS(a) + ["banjar", "hulusungaiutara", "kampungku"], k, heavy=True, bio=True)
        add("summary", k, when, p, title, text, [], [a["id"]], "ann_data.py:%s:sums[%d]" % (a["id"], j), {"shape": plat})

# ---------------- paraphrase (40, hand) ----------------
SPECIAL_PAR = {"a28": "takisung", "a45": "babirik", "a18": "halong", "a42": "halong", "a36": "anjir-pasar", "a29": "stagen",
               "a02": "takisung", "a38": "anjir-pasar"}
skip = set(R.sample([a["id"] for a in ann_data.A if a["id"] not in SPECIAL_PAR], 5))
for a in ann_data.A:
    if a["id"] in skip: continue
    k = SPECIAL_PAR.get(a["id"]) or pick_kim(a)
    when = a["dt"] + delay(lo=0.5)
    body = a["par"]
    if R.random() < 0.3: body = body + " " + " ".join("#" + t for t in a["tags"][:3])
    plat = pick_plat(exclude=("website", "youtube"))
    p, title, text = shape(body, k, plat, CAP_EXTRA_TAGS(a))
    add("paraphrase", k, when, p, title, text, [], [a["id"]], "ann_data.py:%s:par" % a["id"], {"shape": plat})

# ---------------- round-ups (25) ----------------
LOCAL = ["Kerja bakti membersihkan drainase RT 3 Minggu pagi", "Posyandu balita tanggal 10 di balai desa", "Jadwal pengajian ibu-ibu pindah ke Kamis",
         "Lomba azan anak-anak di masjid desa", "Harga gabah naik jadi Rp6.900/kg", "PDAM: air mati sementara di blok C", "Pemadaman listrik Selasa 09.00-13.00",
         "Pendaftaran TPA santri baru dibuka", "Senam lansia tiap Jumat pagi", "Turnamen voli antar-RT masuk semifinal", "Pembagian kupon daging kurban sudah selesai",
         "Jalan desa berlubang sudah ditimbun warga"]
RU_KIMS = ["takisung", "takisung", "babirik", "babirik", "halong", "halong", "anjir-pasar", "anjir-pasar", "stagen", "stagen"] + \
          R.sample(NORMAL, 15)
LAYOUTS = ["bullets", "numbered", "oneline", "kilas", "prose", "ig", "yt", "wa"]
ann_sorted = sorted(ann_data.A, key=lambda a: a["dt"])
ru_used = collections.Counter()
def roundup_for(kim, n3):
    kab = KIM[kim][4]
    for _ in range(500):
        a0 = R.choice(ann_sorted)
        t = a0["dt"] + timedelta(hours=R.uniform(2, 24 * 12))
        cands = [a for a in ann_sorted if timedelta(minutes=30) < t - a["dt"] < timedelta(days=18)]
        pref = [a for a in cands if a["kab"] in (kab, "prov")]
        others = [a for a in cands if a not in pref]
        need = 3 if n3 else 2
        pool = pref + R.sample(others, len(others))
        if len(pref) >= 1 and len(pool) >= need:
            chosen = pref[:1] + [x for x in pool if x is not pref[0]][:need - 1]
            if len(chosen) == need and t < datetime(2026, 12, 5): return t, chosen
    raise SystemExit("no round-up for %s" % kim)
for i, kim in enumerate(RU_KIMS):
    n3 = i % 3 == 0
    t, chosen = roundup_for(kim, n3)
    items = [a["item"] for a in chosen]
    loc = R.sample(LOCAL, R.choice([0, 1, 1, 2]))
    allitems = items + loc
    R.shuffle(allitems)
    lay = LAYOUTS[i % len(LAYOUTS)]
    head = R.choice(["Rangkuman info sepekan", "INFO PEKAN INI", "Kabar singkat minggu ini", "Rekap berita daerah", "Info warga hari ini"])
    title = ""
    if lay == "bullets":
        e = R.choice(["🔹", "•", "-", "✅", "👉"]); plat = "facebook"
        text = head + ":\n" + "\n".join("%s %s" % (e, x) for x in allitems)
    elif lay == "numbered":
        plat = "facebook"; text = head + "\n" + "\n".join("%d. %s" % (j + 1, x) for j, x in enumerate(allitems))
    elif lay == "oneline":
        plat = "telegram"; text = head + ": " + " ".join("(%d) %s." % (j + 1, x) for j, x in enumerate(allitems))
    elif lay == "kilas":
        plat = "telegram"; text = "KILAS INFO | " + " | ".join(allitems) + " |"
    elif lay == "prose":
        plat = "website"; title = "Rangkuman Berita Pekan Ini"
        text = web_wrap("Berikut rangkuman informasi pekan ini. " + ". ".join(allitems) + ".", kim, R.choice(OTHER_TITLES))
    elif lay == "ig":
        plat = "instagram"
        tags = [t for a in chosen for t in a["tags"]]
        text = "🗞️ %s\n\n" % head.upper() + "\n".join("%s %s" % (R.choice(EMO), x) for x in allitems) + \
               "\n\nGeser untuk info lengkap ➡️ link di bio\n\n" + " ".join("#" + x for x in list(dict.fromkeys(tags + R.sample(GEN_TAGS, 8))))
    elif lay == "yt":
        plat = "youtube"; title = "KABAR BANUA PEKAN INI | %s" % NAME[kim]
        m = 0; stamps = ["00:00 Pembuka"]
        for x in allitems:
            m += R.randint(1, 3); stamps.append("%02d:%02d %s" % (m, R.randint(0, 59), x))
        text = "Rangkuman berita pekan ini:\n" + "\n".join(stamps) + "\n\nJangan lupa subscribe 🔔 #%s" % HANDLE[kim]
    else:
        plat = R.choice(["facebook", "telegram"])
        text = wa_forward("\n".join("%d) %s" % (j + 1, x) for j, x in enumerate(allitems)), head)
    add("roundup", kim, t, plat, title, text, [], [a["id"] for a in chosen], "auto:roundup", {"layout": lay, "local": len(loc)})

# ---------------- negatives and before ----------------
def neg_post(style, imit, kim, off, differs, text, key):
    a = AD[imit]
    k = kim or R.choice(kims_for(a) + INACTIVE if a["kab"] == "prov" else BYKAB.get(a["kab"], NORMAL) + [x for x in INACTIVE if KIM[x][4] == a["kab"]])
    when = a["dt"] + timedelta(hours=off, minutes=R.randint(0, 50))
    if when < datetime(2026, 1, 2, 7): when = datetime(2026, 1, 2, 7) + timedelta(hours=R.randint(0, 300))
    if style == "before" and when >= a["dt"]: raise SystemExit("before after release " + key)
    body = text
    if R.random() < 0.2: body = abbreviate(body)
    if R.random() < 0.15: body = R.choice(GREET) + " " + body
    plat = pick_plat()
    p, title, t = shape(body, k, plat, a["tags"], yt_title(text))
    if p == "telegram" and R.random() < 0.3 and len(t) > 200: t = tg_preview(t)
    add(style, k, when, p, title, t, [], [], key, {"imitates": ["h13-" + imit], "differs": differs})
for a in ann_data.A:
    for j, (kim, off, differs, text) in enumerate(a["negs"]):
        neg_post("negative-topic", a["id"], kim, off, differs, text, "ann_data.py:%s:negs[%d]" % (a["id"], j))
    if a.get("bef"):
        kim, off, text = a["bef"]
        neg_post("before", a["id"], kim, off, "posted before the release", text, "ann_data.py:%s:bef" % a["id"])
for j, (imit, kim, off, differs, text) in enumerate(posts_extra.NEG):
    neg_post("negative-topic", imit, kim, off, differs, text, "posts_extra.py:NEG[%d]" % j)
for j, (imit, kim, off, text) in enumerate(posts_extra.BEF):
    neg_post("before", imit, kim, off, "posted before the release", text, "posts_extra.py:BEF[%d]" % j)
# out-of-set pages on government domains (not announcements)
OLD = [("a13", "pelambuan", "https://banjarmasinkota.go.id/2025/03/lomba-kampung-bersih-2025-diluncurkan.html", "last year's launch page (2025)",
        "Kilas balik lomba kampung bersih tahun lalu, penilaian Maret 2025:"),
       ("a22", "kurau", "https://tanahlautkab.go.id/berita/festival-layang-layang-pantai-batakan-2025-meriah", "last year's festival page",
        "Ingat festival tahun lalu? Seru banget 🪁"),
       ("a04", "juai", "https://kalsel.bps.go.id/id/news/2025/11/20/288/bps-kalsel-rekrut-mitra-statistik-2026.html", "the earlier recruitment page",
        "Rekrutmen mitra BPS untuk SE2026 (info lama, November 2025):"),
       ("a16", "sungai-danau", "https://disbunnak.kalselprov.go.id/2025/05/12/realisasi-psr-2025-kalsel/", "2025 PSR realisation page",
        "Realisasi PSR tahun 2025, buat perbandingan:"),
       ("a37", "tanjung", "https://tabalongkab.go.id/2025/11/28/juara-lomba-siskamling-tabalong-2025/", "last year's winners page",
        "Juara siskamling tahun 2025, semoga tahun ini desa kita:")]
for j, (imit, kim, url, differs, c) in enumerate(OLD):
    a = AD[imit]; when = a["dt"] + timedelta(hours=R.randint(20, 200))
    add("negative-topic", kim, when, "facebook", "", c + "\n" + url, [url], [], "build.py:OLD[%d]" % j,
        {"imitates": ["h13-" + imit], "differs": differs})
# unrelated
for j, (kim, t, text) in enumerate(posts_extra.UNREL):
    plat = pick_plat(exclude=("youtube",))
    p, title, tx = shape(text, kim, plat, ["infowarga"])
    add("negative-unrelated", kim, dt(t) + timedelta(minutes=R.randint(0, 40)), p, title, tx, [], [], "posts_extra.py:UNREL[%d]" % j)
OUTSET = "https://diskominfo.kalselprov.go.id/2026/07/14/waspada-penipuan-undangan-digital-apk-via-whatsapp/"
add("negative-unrelated", "rantau-kiwa", datetime(2026, 7, 15, 9, 12), "facebook", "",
    "Simak! Jangan asal klik undangan APK di WA.\n%s\n\nDISKOMINFO.KALSELPROV.GO.ID\nWaspada Penipuan Undangan Digital APK via WhatsApp" % OUTSET,
    [OUTSET], [], "build.py:OUTSET")
TEMPL = ["Jadwal posyandu balita %s bulan ini tanggal %d, bawa buku KIA.", "Harga gabah di %s minggu ini Rp%d.%03d/kg.",
         "Kerja bakti rutin warga %s Minggu pagi, kumpul jam %d.", "Pengajian rutin di langgar %s malam Jumat, jam %d malam.",
         "Lomba tarik tambang antar RT di %s, hadiah %d ekor ayam.", "Info kehilangan kambing di %s, ciri-ciri warna coklat, sudah %d hari."]
for j in range(23):
    kim = R.choice([k[0] for k in KIMS]); v = KIM[kim][3]
    tpl = TEMPL[j % len(TEMPL)]
    text = tpl % ((v, R.randint(5, 25)) if tpl.count("%") == 2 else (v, R.randint(6, 7), R.randint(0, 19) * 50))
    p, title, tx = shape(text, kim, pick_plat(exclude=("youtube",)), ["infowarga"])
    add("negative-unrelated", kim, datetime(2026, 1, 5) + timedelta(hours=R.randint(0, 7800)), p, title, tx, [], [], "build.py:TEMPL[%d]" % j)

# ---------------- finalise ----------------
for p in POSTS:
    if p["style"] in ("copy", "excerpt", "link", "summary", "paraphrase", "roundup") and p["dt"].hour < 6:
        p["dt"] = p["dt"].replace(hour=R.randint(6, 8))
    if p["dt"] > datetime(2026, 12, 5, 20): p["dt"] = datetime(2026, 12, 5, 8) + timedelta(minutes=R.randint(0, 600))
    p["dt"] = p["dt"].replace(second=R.randint(0, 59))
    # every URL in the title/text goes to links
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", p["title"] + "\n" + p["text"]):
        u = u.rstrip(".,;:!?…")
        if u not in p["links"]: p["links"].append(u)
POSTS.sort(key=lambda p: p["dt"])
ids = list(range(1, len(POSTS) + 1)); R.shuffle(ids)
for p, i in zip(POSTS, ids): p["id"] = "h13-p%03d" % i
def purl(p):
    h = HANDLE[p["kim"]]; n = R.randint(10 ** 9, 10 ** 10)
    return {"facebook": "https://www.facebook.com/%s/posts/%d" % (h, n), "instagram": "https://www.instagram.com/p/%s/" % "".join(R.choice("ABCDEFGHJKLMNabcdefghijk0123456789_") for _ in range(11)),
            "telegram": "https://t.me/%s/%d" % (h, R.randint(100, 4000)), "youtube": "https://www.youtube.com/watch?v=%s" % "".join(R.choice("ABCDEFGHJKLMNabcdefghijk0123456789-_") for _ in range(11)),
            "website": "https://%s.desa.id/berita/%s" % (p["kim"].replace("-", ""), slug(p["title"]) or "post-%d" % n)}[p["platform"]]
with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for a in ANNS: f.write(json.dumps(a, ensure_ascii=False) + "\n")
keymap = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f, open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as g:
    for p in POSTS:
        f.write(json.dumps({"id": p["id"], "kim": "kim-" + p["kim"], "platform": p["platform"], "url": purl(p), "title": p["title"],
                            "text": p["text"], "published_at": iso(p["dt"]), "links": p["links"]}, ensure_ascii=False) + "\n")
        gold = ["h13-" + x for x in p["gold"]]
        g.write(json.dumps({"post": p["id"], "announcements": gold, "style": p["style"]}, ensure_ascii=False) + "\n")
        km = {"line": p["key"], "style": p["style"], "gold": gold}
        km.update(p["extra"])
        keymap[p["id"]] = km
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS:
        f.write("- id: kim-%s\n  name: %s\n  region: %s\n  district: %s\n  village: %s\n" % (k[0], NAME[k[0]], k[1], k[2], k[3]))
print("wrote %d announcements, %d posts" % (len(ANNS), len(POSTS)))
