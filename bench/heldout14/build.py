#!/usr/bin/env python3
"""Generator for heldout14 (deterministic, fixed seed). Reads ann1.py, ann2.py, ann3.py, posts_extra.py."""
import json, os, random, re, collections
from datetime import datetime, timedelta
import ann1, ann2, ann3, posts_extra as PX

SEED = 2026120614
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)
TZ = "+08:00"
ANNS = ann1.ANNS + ann2.ANNS + ann3.ANNS
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]

# ---------------------------------------------------------------- KIM registry
KIMS = [  # id, name suffix, region, district, village
 ("kim-basirih", "Basirih", "Kota Banjarmasin", "Banjarmasin Barat", "Basirih"),
 ("kim-kelayan-selatan", "Kelayan Selatan", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Selatan"),
 ("kim-kuin-utara", "Kuin Utara", "Kota Banjarmasin", "Banjarmasin Utara", "Kuin Utara"),
 ("kim-guntung-manggis", "Guntung Manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
 ("kim-cempaka", "Cempaka", "Kota Banjarbaru", "Cempaka", "Cempaka"),
 ("kim-pengaron", "Pengaron", "Kabupaten Banjar", "Pengaron", "Pengaron"),
 ("kim-astambul", "Astambul", "Kabupaten Banjar", "Astambul", "Astambul Kota"),
 ("kim-gambut", "Gambut", "Kabupaten Banjar", "Gambut", "Gambut"),
 ("kim-kiram", "Kiram", "Kabupaten Banjar", "Karang Intan", "Kiram"),
 ("kim-angsau", "Angsau", "Kabupaten Tanah Laut", "Pelaihari", "Angsau"),
 ("kim-panggung", "Panggung", "Kabupaten Tanah Laut", "Pelaihari", "Panggung"),
 ("kim-asam-asam", "Asam Asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam"),
 ("kim-tabanio", "Tabanio", "Kabupaten Tanah Laut", "Takisung", "Tabanio"),
 ("kim-stagen", "Stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen"),
 ("kim-sungai-bali", "Sungai Bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali"),
 ("kim-sungai-danau", "Sungai Danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau"),
 ("kim-sungai-loban", "Sungai Loban", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sungai Loban"),
 ("kim-pagatan", "Pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pagatan"),
 ("kim-hatungun", "Hatungun", "Kabupaten Tapin", "Hatungun", "Hatungun"),
 ("kim-rantau-kiwa", "Rantau Kiwa", "Kabupaten Tapin", "Tapin Utara", "Rantau Kiwa"),
 ("kim-binuang", "Binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
 ("kim-malinau", "Malinau", "Kabupaten Hulu Sungai Selatan", "Loksado", "Malinau"),
 ("kim-telaga-langsat", "Telaga Langsat", "Kabupaten Hulu Sungai Selatan", "Telaga Langsat", "Telaga Langsat"),
 ("kim-kandangan", "Kandangan", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota"),
 ("kim-barabai-darat", "Barabai Darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat"),
 ("kim-haruyan", "Haruyan", "Kabupaten Hulu Sungai Tengah", "Haruyan", "Haruyan"),
 ("kim-pandawan", "Pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan"),
 ("kim-hantakan", "Hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan"),
 ("kim-danau-panggang", "Danau Panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
 ("kim-babirik", "Babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik Hilir"),
 ("kim-sungai-malang", "Sungai Malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang"),
 ("kim-tebing-tinggi", "Tebing Tinggi", "Kabupaten Balangan", "Tebing Tinggi", "Tebing Tinggi"),
 ("kim-halong", "Halong", "Kabupaten Balangan", "Halong", "Halong"),
 ("kim-juai", "Juai", "Kabupaten Balangan", "Juai", "Juai"),
 ("kim-paringin", "Paringin Kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
 ("kim-muara-uya", "Muara Uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
 ("kim-jaro", "Jaro", "Kabupaten Tabalong", "Jaro", "Jaro"),
 ("kim-mabuun", "Mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
 ("kim-marabahan", "Marabahan", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota"),
 ("kim-wanaraya", "Wanaraya", "Kabupaten Barito Kuala", "Wanaraya", "Wanaraya"),
 ("kim-anjir-pasar", "Anjir Pasar", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota"),
 ("kim-handil-bakti", "Handil Bakti", "Kabupaten Barito Kuala", "Alalak", "Handil Bakti"),
]
KIM = {k[0]: k for k in KIMS}
MERGE = {"kim-berangas-timur": "kim-handil-bakti", "kim-pelambuan": "kim-basirih", "kim-sungai-tabuk": "kim-gambut",
         "kim-semayap": "kim-stagen", "kim-loktabat-utara": "kim-cempaka", "kim-syamsudin-noor": "kim-guntung-manggis"}
def mk(k): return MERGE.get(k, k)
INACTIVE = ["kim-basirih", "kim-asam-asam", "kim-hatungun", "kim-malinau", "kim-tebing-tinggi", "kim-danau-panggang"]
SPECIAL = ["kim-tabanio", "kim-haruyan", "kim-wanaraya", "kim-sungai-bali", "kim-jaro"]
NORMAL = [k[0] for k in KIMS if k[0] not in INACTIVE and k[0] not in SPECIAL]

# ---------------------------------------------------------------- sources
SRC = {  # source: (domain, shape, region or None for provincial, channel label)
 "pemkot-banjarmasin": ("banjarmasinkota.go.id", "berita", "Kota Banjarmasin"),
 "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "Kota Banjarbaru"),
 "pemkab-banjar": ("banjarkab.go.id", "wp", "Kabupaten Banjar"),
 "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "Kabupaten Tanah Laut"),
 "pemkab-kotabaru": ("kotabarukab.go.id", "num", "Kabupaten Kotabaru"),
 "pemkab-tanbu": ("tanahbumbukab.go.id", "detail", "Kabupaten Tanah Bumbu"),
 "pemkab-tapin": ("tapinkab.go.id", "html", "Kabupaten Tapin"),
 "pemkab-hss": ("hulusungaiselatankab.go.id", "berita", "Kabupaten Hulu Sungai Selatan"),
 "pemkab-hst": ("hstkab.go.id", "wp", "Kabupaten Hulu Sungai Tengah"),
 "pemkab-hsu": ("hulusungaiutarakab.go.id", "detail", "Kabupaten Hulu Sungai Utara"),
 "pemkab-balangan": ("balangankab.go.id", "detail", "Kabupaten Balangan"),
 "pemkab-tabalong": ("tabalongkab.go.id", "wp", "Kabupaten Tabalong"),
 "pemkab-batola": ("baritokualakab.go.id", "num", "Kabupaten Barito Kuala"),
 "disbunnak-kalsel": ("disbunnak.kalselprov.go.id", "wp", None),
 "disdag-kalsel": ("disdag.kalselprov.go.id", "wp", None),
 "bkkbn-kalsel": ("kalsel.bkkbn.go.id", "wp", None),
 "imigrasi-banjarmasin": ("banjarmasin.imigrasi.go.id", "html", None),
 "kemenag-kalsel": ("kalsel.kemenag.go.id", "num", None),
 "desdm-kalsel": ("desdm.kalselprov.go.id", "wp", None),
}
SITENAME = {"pemkot-banjarmasin": "BANJARMASINKOTA.GO.ID", "pemkot-banjarbaru": "BANJARBARUKOTA.GO.ID", "pemkab-banjar": "BANJARKAB.GO.ID",
            "pemkab-tanah-laut": "TANAHLAUTKAB.GO.ID", "pemkab-kotabaru": "KOTABARUKAB.GO.ID", "pemkab-tanbu": "TANAHBUMBUKAB.GO.ID",
            "pemkab-tapin": "TAPINKAB.GO.ID", "pemkab-hss": "HULUSUNGAISELATANKAB.GO.ID", "pemkab-hst": "HSTKAB.GO.ID",
            "pemkab-hsu": "HULUSUNGAIUTARAKAB.GO.ID", "pemkab-balangan": "BALANGANKAB.GO.ID", "pemkab-tabalong": "TABALONGKAB.GO.ID",
            "pemkab-batola": "BARITOKUALAKAB.GO.ID", "disbunnak-kalsel": "DISBUNNAK.KALSELPROV.GO.ID", "disdag-kalsel": "DISDAG.KALSELPROV.GO.ID",
            "bkkbn-kalsel": "KALSEL.BKKBN.GO.ID", "imigrasi-banjarmasin": "BANJARMASIN.IMIGRASI.GO.ID", "kemenag-kalsel": "KALSEL.KEMENAG.GO.ID",
            "desdm-kalsel": "DESDM.KALSELPROV.GO.ID"}

def dtp(s, y=2026):
    m, rest = s.split("-", 1)
    d, hm = rest.split(" ")
    h, mi = hm.split(":")
    return datetime(y, int(m), int(d), int(h), int(mi))
def iso(dt): return dt.strftime("%Y-%m-%dT%H:%M:%S") + TZ

# ---------------------------------------------------------------- date markers
def render(text, post_dt=None, mode="abs"):
    def rep(m):
        kind, md = m.group(1), m.group(2)
        mo, d = map(int, md.split("-"))
        day = datetime(2026, mo, d)
        if kind == "d":
            return "%d %s" % (d, BULAN[mo])
        wd = HARI[day.weekday()]
        if mode == "abs" or post_dt is None:
            return "%s (%d/%d/2026)" % (wd, d, mo)
        if mode == "short":
            return "%s (%d/%d)" % (wd, d, mo)
        diff = (day.date() - post_dt.date()).days
        if diff == 0: return "hari ini"
        if diff == 1: return "besok"
        if diff == -1: return "kemarin"
        if 2 <= diff <= 6: return "%s ini (%d/%d)" % (wd, d, mo)
        if 7 <= diff <= 13: return "%s depan (%d/%d)" % (wd, d, mo)
        if -6 <= diff <= -2: return "%s lalu (%d/%d)" % (wd, d, mo)
        return "tgl %d/%d" % (d, mo)
    return re.sub(r"\{([Dd]):(\d+-\d+)\}", rep, text)

# ---------------------------------------------------------------- announcements
ann_out, A = [], {}
for a in ANNS:
    dom, shape, region = SRC[a["src"]]
    pub = dtp(a["dt"], 2026)
    if shape == "wp": url = "https://%s/%d/%02d/%02d/%s/" % (dom, pub.year, pub.month, pub.day, a["slug"])
    elif shape == "berita": url = "https://%s/berita/%s" % (dom, a["slug"])
    elif shape == "detail": url = "https://%s/berita/detail/%s" % (dom, a["slug"])
    elif shape == "num": url = "https://%s/berita/%d/%s" % (dom, 4100 + a["n"] * 37, a["slug"])
    else: url = "https://%s/%d/%02d/%s.html" % (dom, pub.year, pub.month, a["slug"])
    aid = "h14-a%02d" % a["n"]
    text = "\n\n".join(render(p) for p in a["paras"])
    rec = {"id": aid, "source": a["src"], "url": url, "title": a["title"], "text": text, "published_at": iso(pub)}
    ann_out.append(rec)
    A[a["n"]] = dict(a, id=aid, url=url, pub=pub, region=region, shape=shape, rec=rec)

# ---------------------------------------------------------------- text habits
ABBR = [("yang", "yg"), ("dengan", "dgn"), ("untuk", "utk"), ("tanggal", "tgl"), ("sudah", "sdh"), ("tidak", "tdk"),
        ("kepada", "kpd"), ("Kabupaten", "Kab."), ("Kecamatan", "Kec."), ("Pemerintah Kabupaten", "Pemkab"),
        ("Pemerintah Kota", "Pemkot"), ("bulan", "bln"), ("dan", "&"), ("sebanyak", "sbnyk")]
ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]
def words(n):
    if n < 12: return ONES[n]
    if n < 20: return ONES[n - 10] + " belas"
    if n < 100: return ONES[n // 10] + " puluh" + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 200: return "seratus" + ("" if n == 100 else " " + words(n - 100))
    if n < 1000: return ONES[n // 100] + " ratus" + ("" if n % 100 == 0 else " " + words(n % 100))
    if n < 2000: return "seribu" + ("" if n == 1000 else " " + words(n - 1000))
    if n < 1000000: return words(n // 1000) + " ribu" + ("" if n % 1000 == 0 else " " + words(n % 1000))
    return str(n)
def op_numwords(t, r):
    nums = [m for m in re.finditer(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})?)(?![\d,/]|\.\d)", t)]
    nums = [m for m in nums if 2 <= int(m.group(1).replace(".", "")) < 100000]
    if not nums: return t
    for m in sorted(r.sample(nums, min(2, len(nums))), key=lambda m: -m.start()):
        t = t[:m.start()] + words(int(m.group(1).replace(".", ""))) + t[m.end():]
    return t
def op_abbr(t, r):
    for full, ab in r.sample(ABBR, 5):
        t = re.sub(r"\b%s\b" % full, ab, t)
    return t
def op_typo(t, r):
    ws = [m for m in re.finditer(r"\b[a-z]{6,}\b", t)]
    for m in sorted(r.sample(ws, min(r.choice([1, 2]), len(ws))), key=lambda m: -m.start()):
        w = m.group(0); i = r.randrange(1, len(w) - 2)
        t = t[:m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2:] + t[m.end():]
    return t
def op_quotes(t, r): return t.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-")
def op_collapse(t, r): return t.replace("\n\n", " ")
def op_droptag(t, r): return re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", t)
def op_dateline(t, r, kim=None):
    name = KIM[kim][1] if kim else "Kalsel"
    return re.sub(r"^([A-Z]+) \u2013 ", lambda m: r.choice(["%s, KIM \u2013 " % m.group(1).title(), "(KIM %s) \u2013 " % name, "%s (KIM) - " % m.group(1).title()]), t)
OPS = {"numwords": op_numwords, "abbr": op_abbr, "typo": op_typo, "quotes": op_quotes, "collapse": op_collapse, "droptag": op_droptag}

def release_text(a, post_dt, rel):
    return "\n\n".join(render(p, post_dt, "rel" if rel else "abs") for p in a["paras"])

# ---------------------------------------------------------------- platform shapes
GREET = ["Assalamualaikum wr. wb.", "Selamat pagi dangsanak 🌞", "Good morning all 🌞", "Bismillah.", "Hello guys 👋",
         "Assalamu'alaikum warga", "Selamat siang sobat KIM", "Halo warga 👋"]
OUTRO = ["Jazakumullah khairan 🙏", "Thank you 🙏", "Semoga bermanfaat.", "Mohon dibagikan.", "Terima kasih.", "Salam informasi 📢", "Barakallah."]
GEN_TAGS = ["#infowarga", "#kimkalsel", "#kalimantanselatan", "#banua", "#infodesa", "#beritadaerah", "#kalsel", "#kimaktif",
            "#infopublik", "#wargapeduli", "#kabarbanua", "#sahabatkim", "#updateinfo", "#viralkalsel", "#beritaterkini", "#kalselbabungas"]
MENUS = ["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "HOME  PROFIL DESA  BERITA  AGENDA  KONTAK",
         "Beranda / Berita / Kegiatan", "☰ Menu   🔍 Cari"]
BACA = ["Musyawarah Desa Penetapan RKPDes 2027", "Jadwal Posyandu Bulan Ini", "Gotong Royong Bersihkan Saluran", "Profil Kelompok Tani Desa",
        "Lomba Kebersihan Antar-RT", "Laporan Realisasi Dana Desa Semester I", "Kegiatan Majelis Taklim Ibu-Ibu"]
TGCH = {r: "Info " + r.replace("Kabupaten ", "").replace("Kota ", "") for r in set(k[2] for k in KIMS)}
TGCH[None] = "Info Kalsel Terkini"

def ig_caption(lines, tags, r, many=True, title=None):
    em = r.choice(["📌", "✅", "👉", "🔹", "▪️"])
    out = ([title.upper(), ""] if title else [])
    for ln in lines: out.append("%s %s" % (em, ln))
    out.append("")
    out.append(r.choice(["Info lengkap cek link di bio 👆", "Selengkapnya cek link di bio ya 👆", "Link di bio!", "Swipe & share ya 🙌"]))
    extra = r.sample(GEN_TAGS, r.randint(7, 12)) if many else r.sample(GEN_TAGS, r.randint(1, 3))
    out.append("")
    out.append(" ".join(tags.split() + extra))
    return "\n".join(out)

def cut_words(s, n):
    if len(s) <= n: return s.rstrip(".")
    return s[:n].rsplit(" ", 1)[0].rstrip(",.")

def sentences(t):
    return [s for s in re.split(r"(?<=[.!?])\s+", t.replace("\n\n", " ")) if s]

def shape(kind, text, r, kim, title="", tags="", region=None, dt=None):
    """Return (platform, title, text)."""
    if kind == "fb":
        pre = r.choice(["", "", r.choice(GREET) + "\n\n", "📢 *INFO* 📢\n\n"])
        post = r.choice(["", "", "\n\n" + r.choice(OUTRO), "\n\n" + tags if tags else ""])
        return "facebook", "", pre + text + post
    if kind == "wa":
        hdr = r.choice(["↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇", "Diteruskan dari grup Info Kecamatan 👇", "_Diteruskan_"])
        body = ("*%s*\n\n" % title.upper() if title and r.random() < 0.6 else "") + text
        outro = "\n\n_" + r.choice(["Semoga bermanfaat", "Mohon disebarkan", "Sekadar info"]) + "_"
        plat = r.choice(["facebook", "telegram", "facebook"])
        return plat, "", hdr + "\n" + r.choice(["", r.choice(GREET) + "\n"]) + body + outro
    if kind == "tg":
        hdr = "Forwarded from %s\n" % TGCH.get(region, "Info Kalsel Terkini")
        return "telegram", "", hdr + ((title + "\n\n") if title and r.random() < 0.5 else "") + text
    if kind == "ig":
        lines = sentences(text)
        return "instagram", "", ig_caption(lines, tags, r, many=r.random() < 0.75, title=title if r.random() < 0.5 else None)
    if kind == "yt":
        ytitle = r.choice(["VIDEO | ", "LIVE | ", "Liputan: ", "KABAR DESA | "]) + (title or cut_words(sentences(text)[0], 70))
        t0 = r.randint(40, 95)
        chap = "00:00 Pembukaan\n%02d:%02d %s\n%02d:%02d Wawancara\n%02d:%02d Penutup" % (t0 // 60, t0 % 60, r.choice(["Laporan", "Kegiatan", "Suasana"]),
               (t0 + 150) // 60, (t0 + 150) % 60, (t0 + 330) // 60, (t0 + 330) % 60)
        desc = text + "\n\n" + chap + "\n\nKamera: Tim KIM %s\n%s" % (KIM[kim][1], r.choice(["Jangan lupa subscribe, like dan share 🔔", "Subscribe untuk info desa lainnya!", "Dukung channel ini dengan subscribe."]))
        return "youtube", ytitle, desc
    if kind == "web":
        wtitle = title or sentences(text)[0][:80].rstrip(".")
        d = dt or datetime(2026, 9, 1)
        top = r.choice(MENUS) + "\n" + "Oleh Admin KIM %s · %d %s %d · %d Komentar" % (KIM[kim][1], d.day, BULAN[d.month], d.year, r.randint(0, 6))
        bottom = "\n\nBaca juga: " + r.choice(BACA) + "\n\nBagikan: Facebook Twitter WhatsApp Telegram" + ("\nTags: " + ", ".join(t.lstrip("#") for t in tags.split()[:3]) if tags else "")
        return "website", wtitle, top + "\n\n" + text + bottom
    raise ValueError(kind)

# ---------------------------------------------------------------- posts
posts = []  # dicts with fields + meta
def add(kim, dt, style, gold, platform, title, text, links, gen, **meta):
    posts.append(dict(kim=mk(kim), dt=dt, style=style, gold=gold, platform=platform, title=title, text=text, links=links, gen=gen, meta=meta))

def pick_kim(a, r, prefer=None):
    if prefer: return prefer
    pool = [k for k in NORMAL if a["region"] is None or KIM[k][2] == a["region"]]
    return r.choice(pool or NORMAL)

def delay(r, lo_h, hi_h):
    # skewed toward short delays
    x = r.random() ** 2.2
    return timedelta(minutes=int((lo_h + (hi_h - lo_h) * x) * 60) + r.randint(0, 9))

anns_sorted = [A[n] for n in sorted(A)]
# --- copies
copy_set = sorted(R.sample(sorted(A), 35))
COPY_SHAPES = ["wa"] * 9 + ["web"] * 7 + ["fb"] * 7 + ["tg"] * 6 + ["ig"] * 6
R.shuffle(COPY_SHAPES)
for n, shp in zip(copy_set, COPY_SHAPES):
    a = A[n]; kim = pick_kim(a, R)
    dt = a["pub"] + delay(R, 0.3, 80)
    rel = R.random() < 0.5
    t = release_text(a, dt, rel)
    ops = R.sample(["numwords", "abbr", "typo", "quotes", "collapse", "droptag", "dateline"], R.randint(1, 3))
    for o in ops:
        t = op_dateline(t, R, kim) if o == "dateline" else OPS[o](t, R)
    if rel: ops = ["reldates"] + ops
    if shp == "web":
        t = t + "\n\nSumber: " + R.choice([a["url"], SRC[a["src"]][0], "rilis resmi " + a["src"]])
    links = [a["url"]] if a["url"] in t else []
    plat, title, text = shape(shp, t, R, kim, title=a["title"], tags=a["tags"], region=a["region"], dt=dt)
    add(kim, dt, "copy", [a["id"]], plat, title, text, links, "auto:copy:%s" % a["id"], shape=shp, ops=ops)

# --- excerpts
FORCE_EX = {2: ("kim-tabanio", "tgtrunc"), 24: ("kim-sungai-bali", "tgtrunc"), 37: ("kim-jaro", "tgtrunc")}
ex_set = sorted(set(R.sample([n for n in sorted(A) if n not in FORCE_EX], 32)) | set(FORCE_EX))
EX_KINDS = ["tgtrunc"] * 6 + ["short"] * 6 + ["iglead"] * 5 + ["fbcut"] * 5 + ["yt"] * 4 + ["quote"] * 3 + ["weblead"] * 3
R.shuffle(EX_KINDS)
INTRO = ["Info penting untuk warga:", "Simak kabar berikut 👇", "Dari rilis pemerintah daerah:", "Kabar hari ini:", "Bagi yang belum tahu,"]
kinds_it = iter(EX_KINDS + ["quote", "short", "fbcut"])
for n in ex_set:
    a = A[n]
    prefer, k2 = FORCE_EX.get(n, (None, None))
    kind = k2 or next(kinds_it)
    kim = pick_kim(a, R, prefer)
    dt = a["pub"] + delay(R, 0.2, 60)
    paras = [render(p, dt, "abs") for p in a["paras"]]
    lead = paras[0]
    if kind == "tgtrunc":
        cut = R.randint(185, 215)
        body = lead[:cut].rstrip() + "\u2026"
        plat, title, text = "telegram", "", "Forwarded from %s\n%s\n\n%s" % (TGCH.get(a["region"], "Info Kalsel Terkini"), a["title"], body)
        text = text  # ends with the ellipsis
    elif kind == "short":
        w = lead.split()
        k = R.randint(12, 18)
        body = " ".join(w[:k]).rstrip(",.") + "."
        plat, title, text = shape(R.choice(["fb", "fb", "tg"]), body, R, kim, region=a["region"])
        if plat == "telegram": text = text.split("\n", 1)[1] if R.random() < 0.5 else text
    elif kind == "iglead":
        plat, title, text = "instagram", "", ig_caption(sentences(lead), a["tags"], R, many=True, title=a["title"])
    elif kind == "fbcut":
        body = "\n\n".join(paras)[:R.randint(230, 300)].rsplit(" ", 1)[0] + "... Lihat selengkapnya"
        plat, title, text = "facebook", "", R.choice(["", R.choice(GREET) + "\n"]) + body
    elif kind == "yt":
        plat, title, text = shape("yt", lead, R, kim, title=a["title"], region=a["region"])
        title = a["title"]
    elif kind == "quote":
        body = R.choice(INTRO) + "\n\n" + paras[1]
        plat, title, text = shape(R.choice(["fb", "wa"]), body, R, kim, region=a["region"])
    else:
        plat, title, text = shape("web", lead + ("\n\n" + paras[1] if R.random() < 0.5 else ""), R, kim, title=a["title"], tags=a["tags"], dt=dt)
    add(kim, dt, "excerpt", [a["id"]], plat, title, text, [], "auto:excerpt:%s" % a["id"], shape=kind)

# --- links
FORMS = ["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 + ["fbclid"] * 4 + \
        ["utm+fbclid"] * 2 + ["http+m"] * 2 + ["www-noscheme"] * 2 + ["sid"] * 2 + ["onlylinks"] * 2
R.shuffle(FORMS)
link_set = sorted(R.sample(sorted(A), 40))
COMMENTS = ["Simak!", "Info untuk warga, silakan dibaca.", "Mohon dibaca sampai habis ya.", "Penting nih 👇", "Baca beritanya di sini:",
            "Buat yang nanya kemarin, ini beritanya.", "Share ke keluarga ya.", "Berita lengkapnya:", "Cek info resminya.", "Kabar baik 👍",
            "Silakan disimak dangsanak.", "FYI 👇", "Catat tanggalnya!", "Info resmi, bukan hoaks.", "Selamat membaca."]
def form_url(u, f, shape_):
    base = u
    if f == "exact": return u
    if f == "http": return u.replace("https://", "http://")
    if f == "www": return u.replace("https://", "https://www.")
    if f == "m": return u.replace("https://", "https://m.")
    if f == "slash": return u[:-1] if u.endswith("/") else u + "/"
    if f == "amp": return (u + "amp/") if shape_ == "wp" else u + "?utm_source=wa"
    if f == "utm": return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if f == "fbclid": return u + "?fbclid=IwAR" + "".join(R.choice("abcdefghijkLMNOP0123456789") for _ in range(20))
    if f == "utm+fbclid": return u + "?utm_source=fb&utm_medium=share&fbclid=IwZX" + "".join(R.choice("abcdefXYZ0123456789") for _ in range(18))
    if f == "http+m": return u.replace("https://", "http://m.")
    if f == "www-noscheme": return u.replace("https://", "www.")
    return u
for n, f in zip(link_set, FORMS):
    a = A[n]; kim = pick_kim(a, R)
    dt = a["pub"] + delay(R, 0.2, 72)
    c = R.choice(COMMENTS)
    first = sentences(render(a["paras"][0]))[0]
    if f == "sid":
        short = "https://s.id/kim-" + "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
        text = "%s %s\n\n%s\n%s\n%s" % (c, short, SITENAME[a["src"]], a["title"], first)
        add(kim, dt, "link", [a["id"]], "facebook", "", text, [short, a["url"]], "auto:link:%s" % a["id"], form=f)
        continue
    if f == "onlylinks":
        text = "%s\n\n%s\n%s\n%s" % (c, SITENAME[a["src"]], a["title"], first)
        add(kim, dt, "link", [a["id"]], "facebook", "", text, [a["url"]], "auto:link:%s" % a["id"], form=f)
        continue
    u = form_url(a["url"], f, a["shape"])
    how = R.choice(["fbshare", "fbshare", "tg", "yt", "web", "fbplain"])
    if how == "fbshare":
        plat, title, text = "facebook", "", "%s\n%s\n\n%s\n%s\n%s" % (c, u, SITENAME[a["src"]], a["title"], first)
    elif how == "fbplain":
        plat, title, text = "facebook", "", "%s %s" % (c, u)
    elif how == "tg":
        plat, title, text = "telegram", "", "%s\n\n%s" % (a["title"], u)
    elif how == "yt":
        plat, title, text = "youtube", "INFO | " + a["title"], "Ringkasan singkat dari KIM %s.\n\nBaca berita lengkapnya: %s\n\n00:00 Intro\n00:20 Info\n01:45 Penutup" % (KIM[kim][1], u)
    else:
        plat, title, text = "website", a["title"], "%s\n\n%s\n\nSelengkapnya: %s\n\nBagikan: Facebook Twitter WhatsApp" % (R.choice(MENUS), first, u)
    add(kim, dt, "link", [a["id"]], plat, title, text, [u], "auto:link:%s" % a["id"], form=f, how=how)

# --- summaries (hand-written)
SUMDELAY = {(13, 1): (93, 96), (12, 1): (35, 38), (40, 1): (140, 150), (6, 1): (115, 125), (25, 1): (95, 110), (1, 1): (300, 420),
            (20, 1): (10, 20), (4, 1): (70, 76), (17, 1): (200, 260), (10, 1): (25, 40)}
FORCE_SUM = {23: ("kim-wanaraya", "ig"), 33: ("kim-haruyan", "ig")}
SUM_SHAPES = ["fb", "fb", "tg", "wa", "ig", "yt", "web", "fb", "tg", "wa"]
for n in sorted(A):
    a = A[n]
    for i, s in enumerate(a["sums"]):
        lo, hi = SUMDELAY.get((n, i), (0.3, 40) if i == 0 else (30, 200))
        dt = a["pub"] + delay(R, lo, hi)
        prefer, shp = FORCE_SUM.get(n, (None, None)) if i == 0 else (None, None)
        kim = pick_kim(a, R, prefer)
        shp = shp or R.choice(SUM_SHAPES)
        t = render(s, dt, "rel")
        if shp == "ig":
            plat, title, text = "instagram", "", ig_caption([t], a["tags"], R, many=True)
            if prefer and text.count("#") < 10: text += " " + " ".join(GEN_TAGS[:6])
        else:
            plat, title, text = shape(shp, t, R, kim, title=(a["title"] if shp in ("web",) else ""), tags=a["tags"] if R.random() < 0.4 else "", region=a["region"], dt=dt)
            if shp == "yt": title = title.replace(a["title"], sentences(t)[0][:70])
        add(kim, dt, "summary", [a["id"]], plat, title, text, [], "ann%d.py:%s:sums[%d]" % ((n - 1) // 15 + 1, a["id"], i), shape=shp)

# --- paraphrases (hand-written, Banjar / casual)
FORCE_PAR = {34: "kim-tabanio", 21: "kim-tabanio", 18: "kim-haruyan", 22: "kim-haruyan", 30: "kim-wanaraya", 42: "kim-wanaraya",
             35: "kim-sungai-bali", 29: "kim-sungai-bali", 37: "kim-jaro", 8: "kim-jaro"}
for n in sorted(A):
    a = A[n]
    if not a["par"]: continue
    dt = a["pub"] + delay(R, 0.3, 30)
    kim = pick_kim(a, R, FORCE_PAR.get(n))
    shp = R.choice(["fb", "fb", "wa", "tg", "ig"])
    t = render(a["par"], dt, "rel")
    if shp == "ig":
        plat, title, text = "instagram", "", t + "\n\n" + " ".join(a["tags"].split() + R.sample(GEN_TAGS, R.randint(2, 8)))
    elif shp == "tg":
        plat, title, text = "telegram", "", t
    else:
        plat, title, text = shape(shp, t, R, kim, region=a["region"])
    add(kim, dt, "paraphrase", [a["id"]], plat, title, text, [], "ann%d.py:%s:par" % ((n - 1) // 15 + 1, a["id"]), shape=shp)

# --- round-ups
LOCAL = ["Kerja bakti bersihkan masjid desa Minggu pagi", "Posyandu balita Rabu di balai desa", "Harga gabah kering Rp6.900/kg",
         "Lomba azan anak-anak TPA", "Jalan gang RT 3 dicor swadaya", "Pengajian rutin malam Jumat", "Jadwal ronda malam diperbarui",
         "Penyaluran BLT Dana Desa tahap III", "Rapat karang taruna Sabtu malam", "PDAM: air mati Selasa siang",
         "Pemadaman listrik terjadwal Kamis", "Panen jagung kelompok tani", "Senam lansia Jumat pagi", "Bazar UMKM di halaman kantor desa"]
LAYOUTS = ["bullets", "numbered", "oneline-pipe", "oneline-paren", "chapters", "prose", "igcaption", "waforward"]
RU_KIMS = [k for k in SPECIAL for _ in range(2)] + R.sample([k for k in NORMAL], 15)
R.shuffle(RU_KIMS)
ru_sizes = [3] * 7 + [2] * 18
R.shuffle(ru_sizes)
used_sets = set()
for j, (kim, size) in enumerate(zip(RU_KIMS, ru_sizes)):
    for _try in range(500):
        T = datetime(2026, 9, 4) + timedelta(hours=R.randint(0, 24 * 38), minutes=R.randint(0, 59))
        cand = [a for a in anns_sorted if timedelta(hours=6) <= T - a["pub"] <= timedelta(days=12)]
        if len(cand) < size: continue
        pref = [a for a in cand if a["region"] in (None, KIM[kim][2])]
        k_ = min(len(pref), R.randint(1, size))
        ch = R.sample(pref, k_)
        rest = [a for a in cand if a not in ch]
        ch += R.sample(rest, size - k_)
        key = tuple(sorted(a["n"] for a in ch))
        if key in used_sets: continue
        used_sets.add(key); break
    ch.sort(key=lambda a: a["pub"])
    items = [a["rp"] for a in ch]
    nloc = R.choice([0, 1, 1, 2]) if j % 6 else 0
    locs = R.sample(LOCAL, nloc)
    allitems = items + locs
    R.shuffle(allitems)
    lay = LAYOUTS[j % len(LAYOUTS)]
    head = R.choice(["RANGKUMAN INFO PEKAN INI", "KILAS INFO", "Kabar sepekan dari KIM %s" % KIM[kim][1], "INFO BANUA MINGGU INI", "Rekap berita penting"])
    title = ""
    if lay == "bullets":
        b = R.choice(["🔹", "•", "-", "✅", "👉"])
        plat, text = "facebook", head + "\n\n" + "\n".join("%s %s" % (b, x) for x in allitems) + "\n\n" + R.choice(OUTRO)
    elif lay == "numbered":
        plat, text = R.choice(["facebook", "telegram"]), head + ":\n" + "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(allitems))
    elif lay == "oneline-pipe":
        plat, text = "facebook", "KILAS INFO | " + " | ".join(allitems) + " |"
    elif lay == "oneline-paren":
        plat, text = "telegram", head + ": " + " ".join("(%d) %s." % (i + 1, x) for i, x in enumerate(allitems))
    elif lay == "chapters":
        t0 = 0; ch_lines = []
        for x in allitems:
            ch_lines.append("%02d:%02d %s" % (t0 // 60, t0 % 60, x)); t0 += R.randint(70, 200)
        plat, title = "youtube", "KABAR BANUA PEKAN INI | KIM %s" % KIM[kim][1]
        text = "Rangkuman berita sepekan.\n\n" + "\n".join(ch_lines) + "\n\nSubscribe untuk info desa lainnya 🔔"
    elif lay == "prose":
        plat, title = "website", "Rangkuman Berita Pekan Ini"
        text = R.choice(MENUS) + "\n\nPekan ini ada beberapa kabar penting. " + " ".join(x + "." for x in allitems) + "\n\nBagikan: Facebook Twitter WhatsApp Telegram"
    elif lay == "igcaption":
        plat = "instagram"
        text = "🗞️ KABAR SINGKAT\n\n" + "\n".join("▪️ " + x for x in allitems) + "\n\n" + " ".join(R.sample(GEN_TAGS, 10))
    else:
        plat = R.choice(["facebook", "telegram"])
        text = "↪️ Diteruskan\n*INFO PENTING MINGGU INI*\n" + "\n".join("%d) %s" % (i + 1, x) for i, x in enumerate(allitems)) + "\n_Mohon disebarkan_"
    add(kim, T, "roundup", [a["id"] for a in ch], plat, title, text, [], "auto:roundup:%d" % j, layout=lay, local_items=nloc)

# --- negative-topic and before (hand-written)
NEG_SHAPES = ["fb", "fb", "fb", "wa", "tg", "ig", "web", "yt"]
def neg_post(kim, dt, text, style, gen, imitates, differs, tags="", links=None):
    kim = mk(kim)
    shp = R.choice(NEG_SHAPES)
    t = render(text, dt, "rel")
    if shp == "ig":
        plat, title, body = "instagram", "", ig_caption(sentences(t), tags or "#infodesa", R, many=R.random() < 0.6)
    else:
        plat, title, body = shape(shp, t, R, kim, tags=tags if R.random() < 0.3 else "", region=KIM[mk(kim)][2], dt=dt)
    add(kim, dt, style, [], plat, title, body, list(links or []), gen, shape=shp, imitates=imitates, differs=differs)

for n in sorted(A):
    a = A[n]
    for i, (kim, off, differs, text) in enumerate(a["negs"]):
        dt = a["pub"] + timedelta(hours=off, minutes=R.randint(0, 50))
        neg_post(kim, dt, text, "negative-topic", "ann%d.py:%s:negs[%d]" % ((n - 1) // 15 + 1, a["id"], i), [a["id"]], differs, a["tags"])
    if a["bef"]:
        kim, off, text = a["bef"]
        dt = a["pub"] + timedelta(hours=off, minutes=-R.randint(5, 50))
        neg_post(kim, dt, text, "before", "ann%d.py:%s:bef" % ((n - 1) // 15 + 1, a["id"]), [a["id"]], "posted before the release")
for i, (kim, when, ims, differs, text) in enumerate(PX.BEFORE):
    neg_post(kim, dtp(when), text, "before", "posts_extra.py:BEFORE[%d]" % i, ["h14-a%02d" % x for x in ims], differs)
for i, (kim, when, ims, differs, text, *lk) in enumerate(PX.NEGS):
    dt = dtp(when)
    add(kim, dt, "negative-topic", [], R.choice(["facebook", "facebook", "telegram"]), "", text, lk[0] if lk else [],
        "posts_extra.py:NEGS[%d]" % i, shape="plain", imitates=["h14-a%02d" % x for x in ims], differs=differs)

# --- unrelated
for i, (kim, when, text) in enumerate(PX.UNREL):
    dt = dtp(when)
    links = re.findall(r"https?://\S+", text)
    shp = R.choice(["fb", "fb", "tg", "wa", "web"]) if not links else "fb"
    kim = mk(kim)
    plat, title, body = shape(shp, text, R, kim, dt=dt)
    add(kim, dt, "negative-unrelated", [], plat, title, body, links, "posts_extra.py:UNREL[%d]" % i, shape=shp)
TPL = [("Pemadaman listrik PLN ULP {t}: {h} pukul {a}.00–{b}.00 Wita, pemeliharaan jaringan.", "pln"),
       ("Harga hari ini di pasar {t}: gabah Rp{g}/kg, karet Rp{k}/kg, telur itik Rp{e}/butir.", "harga"),
       ("Gotong royong membersihkan {x} di {t} hari {h}, warga diharap membawa parang dan cangkul.", "kerjabakti"),
       ("Dicari: kucing hilang warna belang oren di sekitar {t}. Yang melihat mohon kabari admin.", "hilang"),
       ("Jadwal speedboat/kelotok dari {t} berubah mulai {h}, berangkat jam {a}.00 pagi.", "angkutan"),
       ("Lomba {l} tingkat RT di {t}, pendaftaran sampai hari {h} di rumah ketua RT.", "lomba"),
       ("PDAM: tekanan air di wilayah {t} kecil hari {h} karena pencucian reservoir.", "pdam")]
XS = ["saluran drainase", "makam desa", "halaman sekolah", "pinggir sungai", "langgar"]
LS = ["balap karung", "mancing", "panjat pinang mini", "karaoke lagu Banjar", "voli antar-gang", "tarik tambang"]
for i in range(27):
    kim = R.choice([k[0] for k in KIMS])
    t, key = TPL[i % len(TPL)]
    text = t.format(t=KIM[kim][4], h=R.choice(HARI), a=R.randint(7, 10), b=R.randint(12, 16), g=R.randint(64, 72) * 100,
                    k=R.randint(105, 125) * 100, e=R.randint(24, 30) * 100, x=R.choice(XS), l=R.choice(LS))
    dt = datetime(2026, 8, 20) + timedelta(hours=R.randint(0, 24 * 62), minutes=R.randint(0, 59))
    plat, title, body = shape(R.choice(["fb", "fb", "tg", "wa"]), text, R, kim, dt=dt)
    add(kim, dt, "negative-unrelated", [], plat, title, body, [], "build.py:TPL[%s]#%d" % (key, i), shape="template")

# ---------------------------------------------------------------- finalize
# add second precision to timestamps, sort, dedupe texts, shuffle ids
for p in posts:
    p["dt"] = p["dt"].replace(second=R.randint(0, 59))
    if p["dt"].hour < 5 and R.random() < 0.85:   # few KIM admins post between midnight and 5 a.m.
        p["dt"] += timedelta(hours=-7) if p["style"] == "before" else timedelta(hours=6, minutes=R.randint(0, 40))
seen = collections.Counter()
for p in posts:
    seen[p["text"]] += 1
    if seen[p["text"]] > 1:
        p["text"] += "\n" + R.choice(["🙏", "#infowarga", "(repost)", "📢"])
posts.sort(key=lambda p: (p["dt"], p["gen"]))
ids = ["h14-p%03d" % (i + 1) for i in range(len(posts))]
R.shuffle(ids)
kim_chan = {k[0]: k[0].replace("kim-", "kim") for k in KIMS}
post_out, label_out, keymap = [], [], {}
for pid, p in zip(ids, posts):
    h = kim_chan[p["kim"]]
    slugnum = int(pid[5:]) * 7919 % 100000
    url = {"facebook": "https://www.facebook.com/%s/posts/pfbid0%d%05d" % (h, 20260, slugnum),
           "instagram": "https://www.instagram.com/p/C%05dKm%s/" % (slugnum, h[-3:]),
           "telegram": "https://t.me/%s/%d" % (h.replace("-", "_"), 100 + slugnum % 900),
           "youtube": "https://www.youtube.com/watch?v=h14%05dv%s" % (slugnum, h[-2:]),
           "website": "https://%s.desa.id/berita/%d-%s" % (h, slugnum, re.sub(r"[^a-z0-9]+", "-", p["title"].lower()).strip("-")[:50])}[p["platform"]]
    links = list(p["links"])
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", p["title"] + "\n" + p["text"]):
        u = u.rstrip(".,;:!?")
        if u not in links: links.append(u)
    post_out.append({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": url, "title": p["title"], "text": p["text"],
                     "published_at": iso(p["dt"]), "links": links})
    label_out.append({"post": pid, "announcements": p["gold"], "style": p["style"]})
    km = {"gen": p["gen"], "style": p["style"], "gold": p["gold"]}
    km.update(p["meta"])
    keymap[pid] = km

def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r_ in rows: f.write(json.dumps(r_, ensure_ascii=False) + "\n")
dump("announcements.jsonl", ann_out)
dump("posts.jsonl", post_out)
dump("labels.jsonl", label_out)
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS:
        f.write("- id: %s\n  name: KIM %s\n  region: %s\n  district: %s\n  village: %s\n" % (k[0], k[1], k[2], k[3], k[4]))
print("announcements", len(ann_out), "posts", len(post_out), "gold pairs", sum(len(l["announcements"]) for l in label_out))
