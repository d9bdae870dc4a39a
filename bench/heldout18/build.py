#!/usr/bin/env python3
"""Generator for heldout18 (deterministic, seed 2026120618). Reads anns.py and extra.py."""
import json, random, re, os
from datetime import datetime, timedelta
import anns, extra

SEED = 2026120618
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
W = "+08:00"

# ---------------- KIM registry
KIMS = [  # id, name, region, district, village, key
 ("kim-teluk-dalam", "KIM Teluk Dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam", "banjarmasin"),
 ("kim-sungai-lulut", "KIM Sungai Lulut", "Kota Banjarmasin", "Banjarmasin Timur", "Sungai Lulut", "banjarmasin"),
 ("kim-mantuil", "KIM Mantuil", "Kota Banjarmasin", "Banjarmasin Selatan", "Mantuil", "banjarmasin"),
 ("kim-guntung-paikat", "KIM Guntung Paikat", "Kota Banjarbaru", "Banjarbaru Selatan", "Guntung Paikat", "banjarbaru"),
 ("kim-syamsudin-noor", "KIM Syamsudin Noor", "Kota Banjarbaru", "Landasan Ulin", "Syamsudin Noor", "banjarbaru"),
 ("kim-bangkal", "KIM Bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal", "banjarbaru"),
 ("kim-mataraman", "KIM Mataraman", "Kabupaten Banjar", "Mataraman", "Mataraman", "banjar"),
 ("kim-pengaron", "KIM Pengaron", "Kabupaten Banjar", "Pengaron", "Pengaron", "banjar"),
 ("kim-sungai-pinang", "KIM Sungai Pinang", "Kabupaten Banjar", "Sungai Pinang", "Sungai Pinang", "banjar"),
 ("kim-kertak-hanyar", "KIM Kertak Hanyar", "Kabupaten Banjar", "Kertak Hanyar", "Kertak Hanyar I", "banjar"),
 ("kim-batakan", "KIM Batakan", "Kabupaten Tanah Laut", "Panyipatan", "Batakan", "tala"),
 ("kim-tambang-ulang", "KIM Tambang Ulang", "Kabupaten Tanah Laut", "Tambang Ulang", "Tambang Ulang", "tala"),
 ("kim-kintap", "KIM Kintap", "Kabupaten Tanah Laut", "Kintap", "Kintap", "tala"),
 ("kim-semayap", "KIM Semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap", "kotabaru"),
 ("kim-hampang", "KIM Hampang", "Kabupaten Kotabaru", "Hampang", "Hampang", "kotabaru"),
 ("kim-sampanahan", "KIM Sampanahan", "Kabupaten Kotabaru", "Sampanahan", "Sampanahan", "kotabaru"),
 ("kim-sungai-dua-laut", "KIM Sungai Dua Laut", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sungai Dua Laut", "tanbu"),
 ("kim-kuranji", "KIM Kuranji", "Kabupaten Tanah Bumbu", "Kuranji", "Kuranji", "tanbu"),
 ("kim-mantewe", "KIM Mantewe", "Kabupaten Tanah Bumbu", "Mantewe", "Mantewe", "tanbu"),
 ("kim-belawang", "KIM Belawang", "Kabupaten Barito Kuala", "Belawang", "Belawang", "batola"),
 ("kim-kuripan", "KIM Kuripan", "Kabupaten Barito Kuala", "Kuripan", "Kuripan", "batola"),
 ("kim-marabahan-kota", "KIM Marabahan Kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", "batola"),
 ("kim-banua-halat", "KIM Banua Halat", "Kabupaten Tapin", "Tapin Utara", "Banua Halat Kiri", "tapin"),
 ("kim-lokpaikat", "KIM Lokpaikat", "Kabupaten Tapin", "Lokpaikat", "Lokpaikat", "tapin"),
 ("kim-tambarangan", "KIM Tambarangan", "Kabupaten Tapin", "Tapin Selatan", "Tambarangan", "tapin"),
 ("kim-simpur", "KIM Simpur", "Kabupaten Hulu Sungai Selatan", "Simpur", "Simpur", "hss"),
 ("kim-padang-batung", "KIM Padang Batung", "Kabupaten Hulu Sungai Selatan", "Padang Batung", "Padang Batung", "hss"),
 ("kim-telaga-langsat", "KIM Telaga Langsat", "Kabupaten Hulu Sungai Selatan", "Telaga Langsat", "Telaga Langsat", "hss"),
 ("kim-pagat", "KIM Pagat", "Kabupaten Hulu Sungai Tengah", "Batu Benawa", "Pagat", "hst"),
 ("kim-haruyan", "KIM Haruyan", "Kabupaten Hulu Sungai Tengah", "Haruyan", "Haruyan", "hst"),
 ("kim-birayang", "KIM Birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang", "hst"),
 ("kim-sungai-tabukan", "KIM Sungai Tabukan", "Kabupaten Hulu Sungai Utara", "Sungai Tabukan", "Sungai Tabukan", "hsu"),
 ("kim-alabio", "KIM Alabio", "Kabupaten Hulu Sungai Utara", "Sungai Pandan", "Alabio", "hsu"),
 ("kim-haur-gading", "KIM Haur Gading", "Kabupaten Hulu Sungai Utara", "Haur Gading", "Haur Gading", "hsu"),
 ("kim-awayan", "KIM Awayan", "Kabupaten Balangan", "Awayan", "Awayan", "balangan"),
 ("kim-lampihong", "KIM Lampihong", "Kabupaten Balangan", "Lampihong", "Lampihong", "balangan"),
 ("kim-batumandi", "KIM Batumandi", "Kabupaten Balangan", "Batumandi", "Batumandi", "balangan"),
 ("kim-jaro", "KIM Jaro", "Kabupaten Tabalong", "Jaro", "Jaro", "tabalong"),
 ("kim-tanta", "KIM Tanta", "Kabupaten Tabalong", "Tanta", "Tanta", "tabalong"),
 ("kim-banua-lawas", "KIM Banua Lawas", "Kabupaten Tabalong", "Banua Lawas", "Banua Lawas", "tabalong"),
]
INACT = ["kim-mantuil", "kim-bangkal", "kim-kintap", "kim-marabahan-kota", "kim-haur-gading", "kim-tanta"]
SPEC = ["kim-lampihong", "kim-sungai-dua-laut", "kim-birayang", "kim-telaga-langsat"]
KEY = {k[0]: k[5] for k in KIMS}
BYREG = {}
for k in KIMS: BYREG.setdefault(k[5], []).append(k[0])
NORMAL = [k[0] for k in KIMS if k[0] not in INACT and k[0] not in SPEC]
KABNAME = {"banjarmasin": "Banjarmasin", "banjarbaru": "Banjarbaru", "banjar": "Banjar", "tala": "Tanah Laut", "kotabaru": "Kotabaru",
           "tanbu": "Tanah Bumbu", "batola": "Batola", "tapin": "Tapin", "hss": "HSS", "hst": "HST", "hsu": "HSU", "balangan": "Balangan", "tabalong": "Tabalong"}

# ---------------- sources and URLs
WP = {"dinkopukm-kalsel": "dinkopukm.kalselprov.go.id", "dtphp-kalsel": "dtph.kalselprov.go.id", "dkp-kalsel": "dkp.kalselprov.go.id",
      "dinkes-kalsel": "dinkes.kalselprov.go.id", "dinsos-kalsel": "dinsos.kalselprov.go.id", "dishub-kalsel": "dishub.kalselprov.go.id",
      "disdikbud-kalsel": "disdikbud.kalselprov.go.id", "dispora-kalsel": "dispora.kalselprov.go.id", "dp3a-kalsel": "dp3a.kalselprov.go.id",
      "polda-kalsel": "tribratanews.kalsel.polri.go.id", "pemkot-banjarbaru": "banjarbarukota.go.id", "pemkab-banjar": "banjarkab.go.id",
      "pemkab-hst": "hstkab.go.id", "pemkab-tabalong": "tabalongkab.go.id"}
OTHER = {"pemkot-banjarmasin": ("banjarmasinkota.go.id", "html"), "pemkab-hss": ("hulusungaiselatankab.go.id", "html"),
         "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita"), "pemkab-tapin": ("tapinkab.go.id", "berita"), "pemkab-hsu": ("hsu.go.id", "berita"),
         "pemkab-kotabaru": ("kotabarukab.go.id", "num"), "pemkab-tanbu": ("tanahbumbukab.go.id", "num"),
         "pemkab-batola": ("baritokualakab.go.id", "detail"), "pemkab-balangan": ("balangankab.go.id", "detail")}
SRCKEY = {"pemkot-banjarmasin": "banjarmasin", "pemkot-banjarbaru": "banjarbaru", "pemkab-banjar": "banjar", "pemkab-tanah-laut": "tala",
          "pemkab-kotabaru": "kotabaru", "pemkab-tanbu": "tanbu", "pemkab-batola": "batola", "pemkab-tapin": "tapin", "pemkab-hss": "hss",
          "pemkab-hst": "hst", "pemkab-hsu": "hsu", "pemkab-balangan": "balangan", "pemkab-tabalong": "tabalong"}

def dt(s): return datetime.strptime(s, "%Y-%m-%d %H:%M")
def iso(d): return d.strftime("%Y-%m-%dT%H:%M:%S") + W

ANN = []
for i, a in enumerate(anns.A):
    d = dt(a["dt"])
    if a["src"] in WP:
        url = "https://%s/%04d/%02d/%02d/%s/" % (WP[a["src"]], d.year, d.month, d.day, a["slug"])
    else:
        host, kind = OTHER[a["src"]]
        if kind == "html": url = "https://%s/%04d/%02d/%s.html" % (host, d.year, d.month, a["slug"])
        elif kind == "berita": url = "https://%s/berita/%s" % (host, a["slug"])
        elif kind == "detail": url = "https://%s/berita/detail/%s" % (host, a["slug"])
        else: url = "https://%s/berita/%d/%s" % (host, 4100 + 37 * i, a["slug"])
    a["url"], a["d"] = url, d
    a["text"] = "\n\n".join(a["paras"])
    a["key"] = SRCKEY.get(a["src"])
    ANN.append({"id": "h18-" + a["id"], "source": a["src"], "url": url, "title": a["title"], "text": a["text"], "published_at": iso(d)})
AID = {a["id"]: a for a in anns.A}

# ---------------- helpers
posts = []  # dicts with internal fields
def add(kim, platform, title, text, when, links, style, gold, meta):
    if when.second == 0: when = when + timedelta(seconds=rnd.randint(1, 59))
    posts.append(dict(kim=kim, platform=platform, title=title, text=text, when=when, links=links, style=style, gold=gold, meta=meta))

def pick_kim(key=None, allow_spec=False, positive=True):
    pool = NORMAL + (SPEC if allow_spec else [])
    if key and rnd.random() < 0.6:
        cand = [k for k in BYREG[key] if k in pool]
        if cand: return rnd.choice(cand)
    return rnd.choice(pool)

def delay(lo_min=12, hi_days=15):
    r = rnd.random()
    if r < 0.3: m = rnd.randint(lo_min, 240)
    elif r < 0.75: m = rnd.randint(240, 2 * 1440)
    else: m = rnd.randint(2 * 1440, int(hi_days * 1440))
    return timedelta(minutes=m, seconds=rnd.randint(0, 59))

GREET = ["Assalamu'alaikum wr. wb. 🙏", "Good morning all 🌞", "Hello guys 👋", "Bismillah.", "Selamat pagi dangsanak 🙏", "Salam sehat warga 🙏", "Pagi gaes ☀️"]
OUTRO = ["Jazakumullah khairan 🙏", "Thank you 🙏", "Semoga bermanfaat.", "Mohon dibagikan ya.", "Salam KIM 🙏", ""]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
WORDS = {"150": "seratus lima puluh", "40": "empat puluh", "30": "tiga puluh", "120": "seratus dua puluh", "45": "empat puluh lima",
         "14": "empat belas", "90": "sembilan puluh", "24": "dua puluh empat", "48": "empat puluh delapan", "64": "enam puluh empat",
         "310": "tiga ratus sepuluh", "180": "seratus delapan puluh", "300": "tiga ratus", "200": "dua ratus", "400": "empat ratus",
         "600": "enam ratus", "62": "enam puluh dua", "86": "delapan puluh enam", "620": "enam ratus dua puluh", "480": "empat ratus delapan puluh",
         "850": "delapan ratus lima puluh", "430": "empat ratus tiga puluh", "12": "dua belas", "15": "lima belas", "20": "dua puluh", "11": "sebelas"}
ABBR = [("yang", "yg"), ("dengan", "dgn"), ("untuk", "utk"), ("sudah", "sdh"), ("tidak", "tdk"), ("kepada", "kpd"), ("Kecamatan", "Kec."),
        ("Kabupaten", "Kab."), (" dan ", " & "), ("bulan", "bln"), ("tanggal", "tgl")]

def op_relative(t, when):
    def rep(m):
        d = datetime(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        diff = (when.date() - d.date()).days
        dm = "%s/%s" % (m.group(2), m.group(3))
        if diff == 0: return "hari ini (%s)" % dm
        if diff == 1: return "kemarin (%s)" % dm
        if diff == -1: return "besok (%s)" % dm
        if 2 <= diff <= 6: return "%s lalu (%s)" % (m.group(1), dm)
        if -6 <= diff <= -2: return "%s ini (%s)" % (m.group(1), dm)
        return "tgl %s" % dm
    return re.sub(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)/(\d+)/(\d{4})\)", rep, t)
def op_words(t):
    nums = [n for n in re.findall(r"(?<![\d/.,])(\d+)(?![\d/.,])", t) if n in WORDS]
    if not nums: return t
    n = nums[0]
    return re.sub(r"(?<![\d/.,])%s(?![\d/.,])" % n, WORDS[n], t, count=1)
def op_abbr(t):
    for a, b in rnd.sample(ABBR, 5): t = t.replace(a, b)
    return t
def op_typo(t):
    ws = t.split(" ")
    idx = [i for i, w in enumerate(ws) if len(w) > 6 and w.isalpha()]
    for i in rnd.sample(idx, min(len(idx), rnd.randint(1, 3))):
        w = ws[i]; j = rnd.randint(1, len(w) - 3); ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(ws)
def op_quotes(t): return re.sub(r'"([^"]*)"', "“\\1”", t)
def op_dash(t): return t.replace("–", "-")
def op_dateline(t, kim):
    m = re.match(r"([A-Z]+) – ", t)
    if not m: return t
    city = m.group(1).title()
    v = rnd.choice(["%s (KIM) - " % city, "(%s) – " % NAME[kim], "%s, KIM – " % m.group(1)])
    return v + t[m.end():]
def op_droptag(t): return re.sub(r"\s*\([a-z\-/]+\)\s*$", "", t)
def op_collapse(t): return t.replace("\n\n", " ")
NAME = {k[0]: k[1] for k in KIMS}
OPS = ["relative", "words", "abbr", "typo", "quotes", "dash", "dateline", "droptag", "collapse"]
def apply_ops(t, ops, when, kim):
    for o in ops:
        if o == "relative": t = op_relative(t, when)
        elif o == "words": t = op_words(t)
        elif o == "abbr": t = op_abbr(t)
        elif o == "typo": t = op_typo(t)
        elif o == "quotes": t = op_quotes(t)
        elif o == "dash": t = op_dash(t)
        elif o == "dateline": t = op_dateline(t, kim)
        elif o == "droptag": t = op_droptag(t)
        elif o == "collapse": t = op_collapse(t)
    return t

MENU = ["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda | Tentang KIM | Berita Desa | Agenda | Hubungi Kami"]
LOCAL_HEAD = ["Kerja Bakti Bersihkan Saluran RT 3", "Harga Karet Naik Tipis Pekan Ini", "Jadwal Posyandu Bulan Depan", "Pengajian Akbar di Masjid Desa",
              "Turnamen Voli Antar-RT Dimulai", "Jalan Desa Diperbaiki Swadaya", "Lomba Azan Anak-Anak", "Pembagian Bibit Sayur untuk KWT"]
def web_wrap(kim, body, src_line=None, tags=None):
    parts = [rnd.choice(MENU), "Oleh Admin %s · %d Komentar" % (NAME[kim], rnd.randint(0, 9)), "", body]
    if src_line: parts += ["", src_line]
    parts += ["", "Baca juga: " + rnd.choice(LOCAL_HEAD), "Bagikan: Facebook Twitter WhatsApp Telegram"]
    if tags: parts.append("Tags: " + ", ".join(x.lstrip("#") for x in tags))
    return "\n".join(parts)
def wa_wrap(title, body):
    head = rnd.choice(["↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇", "Dari grup WA RT 👇"])
    tail = rnd.choice(["_Mohon disebarkan_", "_Semoga bermanfaat_", ""])
    return (head + "\n\n" + ("*%s*\n\n" % title if title else "") + body + ("\n\n" + tail if tail else "")).strip()
def fb_wrap(body):
    g = rnd.choice(GREET); o = rnd.choice(OUTRO); h = rnd.choice(["📢 *INFO* 📢\n\n", "", "📢 INFO KIM 📢\n\n"])
    return (g + "\n\n" + h + body + ("\n\n" + o if o else "")).strip()
def tg_fwd(kim, title, body):
    return "Forwarded from Info %s\n%s%s" % (KABNAME[KEY[kim]], (title + "\n\n") if title else "", body)
def ig_wrap(title, body, tags, place, heavy=False):
    t = list(tags)
    if heavy: t += ["#InfoKIM", "#KIMKalsel", "#KalselBabungas", "#Banua", "#BeritaDesa", "#InfoWarga", "#KalimantanSelatan", "#Diskominfo", "#Viral", "#Indonesia"]
    else: t += ["#InfoKIM"]
    return ((title.upper() + "\n\n") if title else "") + body + "\n\n✅ Info lengkap: link di bio\n📍 " + place + "\n\n" + " ".join(t)
def yt_wrap(kim, body, items=None):
    ch = items or ["Pembukaan", "Liputan", "Wawancara", "Penutup"]
    chap = "\n".join("%s %s" % (ts_, c) for ts_, c in zip(["0:00", "0:25", "1:40", "3:05", "4:10"], ch))
    return body + "\n\n" + chap + "\n\nKamera: Tim %s\nJangan lupa subscribe, like dan share 🔔" % NAME[kim]

def first_sentence(t):
    body = re.sub(r"^[A-Z]+ – ", "", t.split("\n\n")[0])
    return re.split(r"(?<=\.) ", body)[0]
def host_of(u): return re.match(r"https?://([^/]+)", u).group(1)

# ---------------- COPY (35)
order = list(range(45)); rnd.shuffle(order)
copy_shapes = ["wa"] * 9 + ["web"] * 7 + ["fb"] * 7 + ["tg"] * 6 + ["ig"] * 6
rnd.shuffle(copy_shapes)
for j, sh in enumerate(copy_shapes):
    a = anns.A[order[j]]
    kim = pick_kim(a["key"]); when = a["d"] + delay(12, 10)
    ops = rnd.sample(OPS, rnd.randint(1, 3))
    body = apply_ops(a["text"], ops, when, kim)
    title = ""; links = []; platform = "facebook"
    if sh == "wa":
        platform = rnd.choice(["facebook", "telegram"]); text = wa_wrap(a["title"], body)
    elif sh == "web":
        platform = "website"; title = a["title"]
        s = rnd.choice(["url", "bare", "rilis"])
        if s == "url": sl = "Sumber: " + a["url"]; links = [a["url"]]
        elif s == "bare": sl = "Sumber: " + host_of(a["url"])
        else: sl = "Sumber: rilis resmi " + a["src"].replace("-", " ").title()
        text = web_wrap(kim, body, sl, a["tags"])
    elif sh == "fb":
        text = fb_wrap(body)
    elif sh == "tg":
        platform = "telegram"; text = tg_fwd(kim, a["title"], body)
    else:
        platform = "instagram"; text = ig_wrap(a["title"], body, a["tags"], KABNAME[KEY[kim]])
    add(kim, platform, title, text, when, links, "copy", [a["id"]], {"line": "auto:copy:" + a["id"], "shape": sh, "ops": ops})

# ---------------- EXCERPT (35)
ex_shapes = ["tgtrunc"] * 9 + ["short"] * 6 + ["iglead"] * 5 + ["fblihat"] * 5 + ["yt"] * 4 + ["quote"] * 3 + ["web"] * 3
rnd.shuffle(ex_shapes)
for j, sh in enumerate(ex_shapes):
    a = anns.A[order[(j + 35) % 45]]
    allow = sh == "tgtrunc"
    kim = pick_kim(a["key"], allow_spec=allow)
    if sh == "tgtrunc" and j % 3 == 0:
        cand = [k for k in SPEC if KEY[k] == a["key"]]
        if cand: kim = cand[0]
    when = a["d"] + delay(12, 12)
    p1 = a["paras"][0]; title = ""; platform = "facebook"; links = []
    if sh == "tgtrunc":
        platform = "telegram"; full = a["title"] + "\n\n" + p1
        n = rnd.randint(185, 215); cut = full[:n].rsplit(" ", 1)[0]
        text = cut + "…"
    elif sh == "short":
        body = re.sub(r"^[A-Z]+ – ", "", p1); ws = body.split()
        text = " ".join(ws[:rnd.randint(12, 18)]).rstrip(",.") + " ..."
        platform = rnd.choice(["facebook", "telegram"])
    elif sh == "iglead":
        platform = "instagram"; text = ig_wrap(a["title"], p1, a["tags"], KABNAME[KEY[kim]])
    elif sh == "fblihat":
        text = rnd.choice(GREET) + "\n\n" + p1[:rnd.randint(150, 230)].rsplit(" ", 1)[0] + "... Lihat selengkapnya"
    elif sh == "yt":
        platform = "youtube"; title = rnd.choice(["VIDEO | ", "Liputan: ", ""]) + a["title"]; text = yt_wrap(kim, p1)
    elif sh == "quote":
        text = rnd.choice(["Pesan penting dari dinas 👇", "Simak kutipan berikut:", "Kata pak kadis:"]) + "\n\n" + a["paras"][1]
    else:
        platform = "website"; title = a["title"]; text = web_wrap(kim, p1 + "\n\n" + a["paras"][1], "Sumber: rilis " + a["src"], a["tags"])
    add(kim, platform, title, text, when, links, "excerpt", [a["id"]], {"line": "auto:excerpt:" + a["id"], "shape": sh})

# ---------------- LINK (40)
FORMS = ["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 + ["fbclid"] * 4 + \
        ["utm+fbclid"] * 2 + ["http-m"] * 2 + ["www-noscheme"] * 2 + ["sid"] * 2 + ["linkonly"] * 2
rnd.shuffle(FORMS)
def form_url(u, f, wp):
    if f == "exact": return u
    if f == "http": return u.replace("https://", "http://")
    if f == "www": return u.replace("https://", "https://www.")
    if f == "m": return u.replace("https://", "https://m.")
    if f == "slash": return u[:-1] if u.endswith("/") else u + "/"
    if f == "amp": return u + "amp/" if wp else u + "?utm_source=wa"
    if f == "utm": return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if f == "fbclid": return u + "?fbclid=IwAR0" + "".join(rnd.choice("abcdefghijkLMNOPQ0123456789") for _ in range(20))
    if f == "utm+fbclid": return u + "?utm_source=fb&fbclid=IwAR1" + "".join(rnd.choice("abcdefXYZ0123456789") for _ in range(18))
    if f == "http-m": return u.replace("https://", "http://m.")
    if f == "www-noscheme": return u.replace("https://", "www.")
    return u
COMMENTS = ["Info penting, silakan dibaca 👇", "Simak!", "Baca selengkapnya di sini:", "Berita dari kabupaten:", "Cek link berikut ya dangsanak",
            "FYI gaes 👇", "Bagikan ke keluarga 🙏", "Ini beritanya:", "Alhamdulillah 👏", "Mantap! Baca di sini:"]
for j, f in enumerate(FORMS):
    a = anns.A[order[(j + 25) % 45]]
    kim = pick_kim(a["key"]); when = a["d"] + delay(10, 12)
    wp = a["src"] in WP
    u = form_url(a["url"], f, wp); title = ""; platform = "facebook"
    preview = "\n\n%s\n%s\n%s" % (host_of(a["url"]).upper(), a["title"], first_sentence(a["text"]))
    if f == "sid":
        short = "https://s.id/" + "".join(rnd.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
        text = rnd.choice(COMMENTS) + " " + short + preview; links = [short, a["url"]]
    elif f == "linkonly":
        text = rnd.choice(COMMENTS) + preview; links = [a["url"]]
    else:
        sh = rnd.choice(["fbshare", "fbshare", "tg", "web", "yt"])
        links = [u]
        if sh == "fbshare": text = rnd.choice(COMMENTS) + " " + u + (preview if rnd.random() < 0.6 else "")
        elif sh == "tg": platform = "telegram"; text = a["title"] + "\n" + u
        elif sh == "web": platform = "website"; title = a["title"]; text = web_wrap(kim, first_sentence(a["text"]) + "\n\nSelengkapnya: " + u)
        else: platform = "youtube"; title = "Liputan: " + a["title"]; text = yt_wrap(kim, "Baca berita lengkapnya: " + u)
    add(kim, platform, title, text, when, links, "link", [a["id"]], {"line": "auto:link:" + a["id"], "form": f})

# ---------------- SUMMARY (all hand lines)
SUMSH = ["wa", "tg", "fb", "plain", "plain", "plain", "ig", "yt", "web", "tg", "wa", "plain"]
for a in anns.A:
    for si, s in enumerate(a["s"]):
        kim = pick_kim(a["key"]); platform = "facebook"; title = ""
        when = a["d"] + (delay(12, 6) if si == 0 else timedelta(hours=rnd.randint(20, 100), minutes=rnd.randint(0, 59)))
        sh = rnd.choice(SUMSH)
        if sh == "wa": platform = rnd.choice(["facebook", "telegram"]); text = wa_wrap("", s)
        elif sh == "tg": platform = "telegram"; text = tg_fwd(kim, "", s) if rnd.random() < 0.5 else s
        elif sh == "fb": text = fb_wrap(s)
        elif sh == "ig": platform = "instagram"; text = ig_wrap("", s, a["tags"], KABNAME[KEY[kim]], heavy=rnd.random() < 0.5)
        elif sh == "yt": platform = "youtube"; title = "LIVE | " + a["title"]; text = yt_wrap(kim, s)
        elif sh == "web": platform = "website"; title = a["title"]; text = web_wrap(kim, s)
        else: text = s; platform = rnd.choice(["facebook", "telegram", "facebook"])
        add(kim, platform, title, text, when, [], "summary", [a["id"]], {"line": "anns.py:%s:s%d" % (a["id"], si + 1), "shape": sh})

# ---------------- PARAPHRASE (42)
skip = set(rnd.sample(range(45), 3))
for i, a in enumerate(anns.A):
    if i in skip: continue
    spec = [k for k in SPEC if KEY[k] == a["key"]]
    kim = spec[0] if spec and rnd.random() < 0.7 else pick_kim(a["key"])
    when = a["d"] + delay(12, 8)
    r = rnd.random()
    if r < 0.6: platform, text = "facebook", a["p"]
    elif r < 0.85: platform, text = "telegram", a["p"]
    elif r < 0.95: platform, text = "instagram", a["p"] + " " + " ".join(a["tags"])
    else: platform, text = "facebook", wa_wrap("", a["p"])
    add(kim, platform, "", text, when, [], "paraphrase", [a["id"]], {"line": "anns.py:%s:p" % a["id"]})

# ---------------- ROUNDUP (25)
LOCAL = ["Kerja bakti RT 5 Minggu pagi", "Jadwal posyandu desa Selasa depan", "Harga karet Rp11.300/kg", "Pengajian akbar malam Jumat di masjid desa",
         "Voli antar-RT masuk semifinal", "Listrik padam Kamis 09.00–13.00", "Lomba azan anak-anak di langgar", "Iuran sampah naik Rp15 ribu"]
LAYOUTS = ["bullets", "numbered", "kilas", "paren", "ytchap", "prose", "igkabar", "wa"] * 4
rnd.shuffle(LAYOUTS)
rkims = SPEC + [k for k in rnd.sample(NORMAL, 21)]
rnd.shuffle(rkims)
rkims = SPEC + [k for k in rkims if k not in SPEC][:21]
for j in range(25):
    kim = rkims[j]; key = KEY[kim]
    for _ in range(200):
        D = datetime(2026, 9, 5, 18) + timedelta(hours=rnd.randint(0, 30 * 24))
        cand = [a for a in anns.A if timedelta(hours=3) <= D - a["d"] <= timedelta(days=12)]
        own = [a for a in cand if a["key"] == key or a["key"] is None]
        n = 3 if j % 7 in (0, 3) else 2
        if len(cand) >= n: break
    pool = own if len(own) >= n else cand
    chosen = rnd.sample(pool, n)
    if len(chosen) < n: chosen = chosen + rnd.sample([c for c in cand if c not in chosen], n - len(chosen))
    chosen.sort(key=lambda a: a["d"])
    items = [c["it"] for c in chosen]
    loc = rnd.sample(LOCAL, rnd.randint(1, 2)) if j % 2 == 0 else []
    allitems = items + loc
    lay = LAYOUTS[j]; title = ""; platform = "facebook"
    head = rnd.choice(["RANGKUMAN INFO PEKAN INI", "KABAR BANUA PEKAN INI", "INFO SEPEKAN", "Rangkuman berita minggu ini"])
    if lay == "bullets": b = rnd.choice(["🔹", "•", "-", "✅", "👉"]); text = head + " 📰\n\n" + "\n".join("%s %s" % (b, x) for x in allitems)
    elif lay == "numbered": text = head + "\n" + "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(allitems))
    elif lay == "kilas": text = "KILAS INFO | " + " | ".join(allitems) + " |"
    elif lay == "paren": text = "Info singkat hari ini: " + " ".join("(%d) %s." % (i + 1, x) for i, x in enumerate(allitems))
    elif lay == "ytchap":
        platform = "youtube"; title = "KABAR BANUA PEKAN INI | " + NAME[kim]
        text = "Rangkuman berita sepekan.\n\n" + "\n".join("%d:%02d %s" % (i * 2, (i * 37) % 60, x) for i, x in enumerate(["Pembuka"] + allitems)) + \
               "\n\nKamera: Tim %s\nJangan lupa subscribe 🔔" % NAME[kim]
    elif lay == "prose":
        platform = "website"; title = "Rangkuman Berita Sepekan " + NAME[kim]
        text = web_wrap(kim, "Sepekan terakhir ada beberapa kabar penting. " + " Selain itu, ".join(x[0].upper() + x[1:] + "." for x in allitems))
    elif lay == "igkabar":
        platform = "instagram"; text = "🗞️ KABAR SINGKAT\n\n" + "\n".join("▪️ " + x for x in allitems) + "\n\n#InfoKIM #KabarBanua #" + KABNAME[key].replace(" ", "")
    else:
        platform = rnd.choice(["facebook", "telegram"]); text = wa_wrap("INFO SEPEKAN", "\n".join("%d) %s" % (i + 1, x) for i, x in enumerate(allitems)))
    when = D + timedelta(minutes=rnd.randint(0, 59))
    add(kim, platform, title, text, when, [], "roundup", [c["id"] for c in chosen], {"line": "auto:roundup:%d" % j, "layout": lay, "local": loc})

# ---------------- NEGATIVES
negq = {}
def neg_kim(key):
    c = BYREG[key]
    inact = [k for k in c if k in INACT and negq.get(k, 0) < 5]
    k = inact[0] if inact else rnd.choice(c)
    negq[k] = negq.get(k, 0) + 1
    return k
NEGSH = ["plain", "plain", "fb", "tg", "wa", "ig", "web", "plain"]
def shape_neg(kim, text, tags=None):
    sh = rnd.choice(NEGSH); title = ""; platform = "facebook"
    if sh == "plain": platform = rnd.choice(["facebook", "telegram"])
    elif sh == "fb": text = fb_wrap(text)
    elif sh == "tg": platform = "telegram"; text = tg_fwd(kim, "", text)
    elif sh == "wa": platform = rnd.choice(["facebook", "telegram"]); text = wa_wrap("", text)
    elif sh == "ig": platform = "instagram"; text = ig_wrap("", text, ["#InfoDesa"], NAME[kim].replace("KIM ", ""))
    else: platform = "website"; title = " ".join(text.split()[:8]).rstrip(".,:;!"); text = web_wrap(kim, text)
    return platform, title, text, sh
for a in anns.A:
    for ni, (kind, hrs, reg, text) in enumerate(a["n"]):
        kim = neg_kim(reg); when = a["d"] + timedelta(hours=hrs, minutes=rnd.randint(1, 50))
        pl, ti, tx, sh = shape_neg(kim, text)
        add(kim, pl, ti, tx, when, [], "negative-topic", [], {"line": "anns.py:%s:n%d" % (a["id"], ni + 1), "imitates": [a["id"]], "differs": kind, "shape": sh})
    if a["b"]:
        hrs, reg, text = a["b"]; kim = neg_kim(reg); when = a["d"] - timedelta(hours=hrs, minutes=rnd.randint(1, 40))
        pl, ti, tx, sh = shape_neg(kim, text)
        add(kim, pl, ti, tx, when, [], "before", [], {"line": "anns.py:%s:b" % a["id"], "imitates": [a["id"]], "differs": "posted before the release", "shape": sh})
URLRE = r"(?:https?://|www\.)[^\s<>\"')\]]+"
for ni, t in enumerate(extra.NEG):
    imit, kind, hrs, reg, text = t[:5]
    a = AID[imit]; kim = neg_kim(reg); when = a["d"] + timedelta(hours=hrs, minutes=rnd.randint(1, 50))
    pl, ti, tx, sh = ("facebook", "", text, "plain") if "http" in text else shape_neg(kim, text)
    add(kim, pl, ti, tx, when, re.findall(URLRE, tx), "negative-topic", [], {"line": "extra.py:NEG[%d]" % ni, "imitates": [imit], "differs": kind, "shape": sh})
for bi, (imit, hrs, reg, text) in enumerate(extra.BEF):
    a = AID[imit]; kim = neg_kim(reg); when = a["d"] - timedelta(hours=hrs, minutes=rnd.randint(1, 40))
    pl, ti, tx, sh = shape_neg(kim, text)
    add(kim, pl, ti, tx, when, [], "before", [], {"line": "extra.py:BEF[%d]" % bi, "imitates": [imit], "differs": "posted before the release", "shape": sh})
allk = [k[0] for k in KIMS]
def uwhen(): return datetime(2026, 8, 30, 7) + timedelta(minutes=rnd.randint(0, 50 * 1440))
for ui, text in enumerate(extra.UNREL):
    kim = allk[(ui * 7) % 40]
    pl, ti, tx, sh = shape_neg(kim, text)
    add(kim, pl, ti, tx, uwhen(), [], "negative-unrelated", [], {"line": "extra.py:UNREL[%d]" % ui, "shape": sh})
TPL = [("Harga %s di pasar hari ini Rp%s/kg.", [("karet", "11.400"), ("gabah", "6.900"), ("cabai merah", "48.000"), ("bawang merah", "36.000"), ("ikan patin", "27.000"), ("ayam potong", "34.000")]),
       ("Jadwal arisan ibu-ibu %s pindah ke hari %s.", [("RT 2", "Kamis"), ("RT 7", "Sabtu"), ("PKK", "Rabu"), ("majelis taklim", "Senin")]),
       ("Kerja bakti %s hari %s pagi, mohon warga hadir.", [("saluran RT 4", "Minggu"), ("lapangan desa", "Sabtu"), ("halaman masjid", "Jumat"), ("jalan kampung", "Minggu"), ("makam desa", "Sabtu")]),
       ("Yasinan malam %s di rumah warga %s.", [("Jumat", "RT 1"), ("Jumat", "RT 6"), ("Kamis", "RT 3"), ("Jumat", "RT 9")]),
       ("Listrik padam di %s hari %s, pemeliharaan jaringan.", [("dusun timur", "Selasa"), ("RT 8–12", "Rabu"), ("pasar desa", "Kamis")]),
       ("Selamat ulang tahun untuk %s, semoga %s!", [("pak kades", "sehat selalu"), ("ketua KIM", "makin semangat"), ("bidan desa", "panjang umur")]),
       ("Lomba %s tingkat desa %s.", [("balogo", "dimulai Sabtu"), ("gasing", "besok sore"), ("tarik tambang", "meriahkan HUT desa"), ("masak nasi kuning", "Minggu pagi"), ("mewarnai", "untuk anak TK")])]
flat = [(t, v) for t, vs in TPL for v in vs]
rnd.shuffle(flat)
for ti_, (t, v) in enumerate(flat[:30]):
    kim = allk[(ti_ * 11 + 3) % 40]
    add(kim, rnd.choice(["facebook", "telegram", "facebook"]), "", t % v, uwhen(), [], "negative-unrelated", [], {"line": "build.py:TPL[%d]" % ti_, "shape": "plain"})

# ---------------- finish: links for URLs in text, sort, ids
for p in posts:
    for u in re.findall(URLRE, p["title"] + "\n" + p["text"]):
        u = u.rstrip(".,;:!?")
        if u not in p["links"]: p["links"].append(u)
posts.sort(key=lambda p: p["when"])
ids = ["h18-p%03d" % (i + 1) for i in range(len(posts))]
rnd.shuffle(ids)
handles = {k[0]: k[0].replace("kim-", "kim.") for k in KIMS}
P, L, KM = [], [], {}
for p, pid in zip(posts, ids):
    n = int(pid[-3:])
    if p["platform"] == "facebook": url = "https://www.facebook.com/%s/posts/%d" % (handles[p["kim"]], 10000000 + n * 7919)
    elif p["platform"] == "instagram": url = "https://www.instagram.com/p/C%06dKx/" % (n * 37)
    elif p["platform"] == "telegram": url = "https://t.me/%s/%d" % (handles[p["kim"]].replace(".", "_"), 100 + n)
    elif p["platform"] == "youtube": url = "https://www.youtube.com/watch?v=h18v%07d" % (n * 131)
    else: url = "https://%s.desa.id/berita/%d" % (p["kim"].replace("kim-", "kim"), n)
    P.append({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": url, "title": p["title"], "text": p["text"],
              "published_at": iso(p["when"]), "links": p["links"]})
    L.append({"post": pid, "announcements": ["h18-" + g for g in p["gold"]], "style": p["style"]})
    m = dict(p["meta"]); m["style"] = p["style"]; m["gold"] = ["h18-" + g for g in p["gold"]]
    if "imitates" in m: m["imitates"] = ["h18-" + x for x in m["imitates"]]
    KM[pid] = m
def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
dump("announcements.jsonl", ANN); dump("posts.jsonl", P); dump("labels.jsonl", L)
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f: json.dump(KM, f, ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS: f.write("- id: %s\n  name: %s\n  region: %s\n  district: %s\n  village: %s\n" % k[:5])
with open(os.path.join(HERE, "roles.json"), "w") as f: json.dump({"inactive": INACT, "special": SPEC}, f, indent=1)
print("posts", len(P))
