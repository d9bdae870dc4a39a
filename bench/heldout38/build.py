#!/usr/bin/env python3
"""heldout38 generator (deterministic, seed 3802612). Writes announcements.jsonl, kims.yaml, posts.jsonl,
labels.jsonl and keymap.json from the hand-written texts in anns.py and extra.py."""
import json
import os
import random
import re
from datetime import datetime, timedelta

from anns import ANNS
from extra import BEFORE2, ITEMS, LOCAL, LONGS, LOOKS2, PARAS2, PARAS3, SUMS2, UNRELATED

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(3802612)
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
T0, T1 = datetime(2026, 10, 25, 6, 0), datetime(2026, 12, 5, 21, 30)

# ------------------------------------------------------------------ KIM registry
KIMS = [  # id suffix, region, kecamatan, desa/kelurahan
    ("pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya"),
    ("kelayan-barat", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Barat"),
    ("alalak-utara", "Kota Banjarmasin", "Banjarmasin Utara", "Alalak Utara"),
    ("teluk-dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam"),
    ("guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("kemuning", "Kota Banjarbaru", "Banjarbaru Selatan", "Kemuning"),
    ("cempaka", "Kota Banjarbaru", "Cempaka", "Cempaka"),
    ("pasar-jati", "Kabupaten Banjar", "Astambul", "Pasar Jati"),
    ("keraton", "Kabupaten Banjar", "Martapura", "Keraton"),
    ("lok-baintan", "Kabupaten Banjar", "Sungai Tabuk", "Lok Baintan"),
    ("ambungan", "Kabupaten Tanah Laut", "Pelaihari", "Ambungan"),
    ("ranggang", "Kabupaten Tanah Laut", "Takisung", "Ranggang"),
    ("asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam"),
    ("margasari-ilir", "Kabupaten Tapin", "Candi Laras Selatan", "Margasari Ilir"),
    ("rantau-kiwa", "Kabupaten Tapin", "Tapin Utara", "Rantau Kiwa"),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("nagara", "Kabupaten Hulu Sungai Selatan", "Daha Selatan", "Tumbukan Banyu"),
    ("angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang"),
    ("simpur", "Kabupaten Hulu Sungai Selatan", "Simpur", "Simpur"),
    ("barabai-darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat"),
    ("pagat", "Kabupaten Hulu Sungai Tengah", "Batu Benawa", "Pagat"),
    ("haruyan", "Kabupaten Hulu Sungai Tengah", "Haruyan", "Haruyan"),
    ("danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
    ("paminggir", "Kabupaten Hulu Sungai Utara", "Paminggir", "Paminggir"),
    ("babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik"),
    ("paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("juai", "Kabupaten Balangan", "Juai", "Juai"),
    ("halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
    ("jaro", "Kabupaten Tabalong", "Jaro", "Jaro"),
    ("pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan"),
    ("ulu-benteng", "Kabupaten Barito Kuala", "Marabahan", "Ulu Benteng"),
    ("sungai-gampa", "Kabupaten Barito Kuala", "Rantau Badauh", "Sungai Gampa"),
    ("pulau-sugara", "Kabupaten Barito Kuala", "Alalak", "Pulau Sugara"),
    ("sigam", "Kabupaten Kotabaru", "Pulau Laut Sigam", "Sigam"),
    ("semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap"),
    ("tanjung-serdang", "Kabupaten Kotabaru", "Pulau Laut Tanjung Selayar", "Tanjung Serdang"),
    ("batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin"),
    ("sungai-loban", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sungai Loban"),
    ("kota-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Kota Pagatan"),
]
INACTIVE = ["kim-teluk-dalam", "kim-cempaka", "kim-binuang", "kim-haruyan", "kim-halong", "kim-semayap"]
SPECIAL = ["kim-pasar-jati", "kim-paminggir", "kim-jaro", "kim-sungai-loban"]
KIM = {"kim-" + k[0]: dict(region=k[1], district=k[2], village=k[3]) for k in KIMS}
NORMAL = [k for k in KIM if k not in INACTIVE and k not in SPECIAL]
SHORTREG = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
            "Kabupaten Tanah Laut": "Tanah Laut", "Kabupaten Tapin": "Tapin", "Kabupaten Hulu Sungai Selatan": "HSS",
            "Kabupaten Hulu Sungai Tengah": "HST", "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Balangan": "Balangan",
            "Kabupaten Tabalong": "Tabalong", "Kabupaten Barito Kuala": "Batola", "Kabupaten Kotabaru": "Kotabaru",
            "Kabupaten Tanah Bumbu": "Tanbu"}


def kim_name(k):
    return "KIM " + KIM[k]["village"]


# ------------------------------------------------------------------ sources and release URLs
SITES = {  # source: (host, path kind, site name)
    "dishub-kalsel": ("dishub.kalselprov.go.id", "wp", "Dishub Kalsel"),
    "bapenda-kalsel": ("bapenda.kalselprov.go.id", "slug", "Bapenda Kalsel"),
    "pupr-kalsel": ("dpupr.kalselprov.go.id", "wp", "PUPR Kalsel"),
    "polda-kalsel": ("tribratanews.kalsel.polri.go.id", "wp", "Tribratanews Polda Kalsel"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "num", "Pemko Banjarmasin"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "Pemko Banjarbaru"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "slug", "Pemkab Tanah Laut"),
    "pemkab-hulu-sungai-selatan": ("hulusungaiselatankab.go.id", "detail", "Pemkab HSS"),
    "pemkab-tabalong": ("tabalongkab.go.id", "slug", "Pemkab Tabalong"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num", "Pemkab Kotabaru"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "Pemkab Balangan"),
    "pemkab-hulu-sungai-tengah": ("hstkab.go.id", "wp", "Pemkab HST"),
    "pemkab-tanah-bumbu": ("tanahbumbukab.go.id", "slug", "Pemkab Tanah Bumbu"),
    "pemkab-banjar": ("banjarkab.go.id", "num", "Pemkab Banjar"),
    "pemkab-tapin": ("tapinkab.go.id", "detail", "Pemkab Tapin"),
    "pemkab-hulu-sungai-utara": ("hsu.go.id", "slug", "Pemkab HSU"),
    "pemkab-barito-kuala": ("baritokualakab.go.id", "wp", "Pemkab Batola"),
}


def release_url(src, when, slug, num):
    host, kind, _ = SITES[src]
    d = datetime.fromisoformat(when)
    if kind == "wp":
        return f"https://{host}/{d:%Y/%m/%d}/{slug}/"
    if kind == "num":
        return f"https://{host}/berita/{4100 + num * 37}/{slug}"
    if kind == "detail":
        return f"https://{host}/berita/detail/{slug}"
    return f"https://{host}/berita/{slug}"


def fill_days(t):
    def rep(m):
        dd, mm = int(m.group(1)), int(m.group(2))
        return f"{HARI[datetime(2026, mm, dd).weekday()]} ({dd}/{mm}/2026)"
    return re.sub(r"\{d:(\d\d)/(\d\d)\}", rep, t)


A = {}
for a in ANNS:
    a["id"] = f"h38-a{a['num']:02d}"
    a["t"] = datetime.fromisoformat(a["when"])
    a["paras"] = [fill_days(p) for p in a["paras"]]
    a["text"] = "\n\n".join(a["paras"])
    a["url"] = release_url(a["src"], a["when"], a["slug"], a["num"])
    A[a["num"]] = a


# ------------------------------------------------------------------ link forms
def link_form(a, form):
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
        return (u + "amp/") if wp else (u + "?utm_source=whatsapp")
    if form == "utm":
        return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR3" + "".join(R.choice("abcdefghijkLMNOPQ0123456789_-") for _ in range(20))
    if form == "utm+fbclid":
        return u + "?utm_source=wa&fbclid=IwZXh0bg" + "".join(R.choice("abcdefXYZ0123456789") for _ in range(14))
    if form == "http+m":
        return u.replace("https://", "http://m.")
    if form == "bare-www":
        return u.replace("https://", "www.")
    raise ValueError(form)


FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utm+fbclid", "http+m", "bare-www"]


# ------------------------------------------------------------------ post helpers
POSTS = []
SEQ = [0]


def handle(k):
    return k[4:].replace("-", "")


def post_url(k, platform, t):
    SEQ[0] += 1
    n = SEQ[0]
    if platform == "facebook":
        return f"https://www.facebook.com/kim.{handle(k)}/posts/{10230000000 + n * 7919}"
    if platform == "instagram":
        code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "telegram":
        return f"https://t.me/info{handle(k)}/{200 + n}"
    if platform == "youtube":
        code = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.youtube.com/watch?v={code}"
    return f"https://kim{handle(k)}.desa.id/{t:%Y/%m}/kabar-{n}"


URLRE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def add(kim, platform, t, text, style, gold, key, title="", extra_links=(), **meta):
    links = []
    for u in URLRE.findall(title + "\n" + text):
        u = u.rstrip(".,;:!?")
        if u not in links:
            links.append(u)
    for u in extra_links:
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, t=t, title=title, text=text, links=links,
                      style=style, gold=list(gold), key=key, meta=meta))


def delay_after(a_list, lo_min=12, hi_days=12.0):
    """A time after the latest release in a_list, within 20 days of the earliest and not after T1."""
    latest = max(a["t"] for a in a_list)
    earliest = min(a["t"] for a in a_list)
    cap = min(earliest + timedelta(days=19, hours=20), T1)
    for _ in range(50):
        r = R.random()
        if r < 0.3:
            d = timedelta(minutes=R.randint(lo_min, 240))
        elif r < 0.75:
            d = timedelta(minutes=R.randint(240, 60 * 36))
        else:
            d = timedelta(minutes=R.randint(60 * 36, int(60 * 24 * hi_days)))
        t = latest + d
        if t <= cap:
            return t.replace(second=R.randint(0, 59))
    return (latest + timedelta(minutes=R.randint(lo_min, 90))).replace(second=7)


def pick_kim(a, pool=None):
    pool = pool or NORMAL
    if a["region"] != "provinsi":
        local = [k for k in pool if KIM[k]["region"] == a["region"]]
        if local and R.random() < 0.85:
            return R.choice(local)
    return R.choice(pool)


def swap_typo(t):
    words = [m for m in re.finditer(r"[a-z]{6,}", t)]
    if not words:
        return t
    m = R.choice(words)
    w = m.group(0)
    i = R.randint(1, len(w) - 3)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return t[:m.start()] + w2 + t[m.end():]


def habits(text, a):
    ops = []
    for op in R.sample(["dash", "quotes", "typo", "collapse", "notag", "short", "dateline"], R.randint(0, 3)):
        if op == "dash":
            text = text.replace("\u2013", "-")
        elif op == "quotes":
            text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
        elif op == "typo":
            text = swap_typo(text)
        elif op == "collapse":
            text = text.replace("\n\n", " ")
        elif op == "notag":
            text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text)
        elif op == "short":
            text = re.sub(r"\byang\b", "yg", text)
            text = re.sub(r"\bdengan\b", "dgn", text)
            text = re.sub(r"\buntuk\b", "utk", text)
        elif op == "dateline":
            text = re.sub(r"^([A-Z]+) \u2013", lambda m: m.group(1).title() + " (KIM) -", text)
        ops.append(op)
    return text, ops


def tags(a, n):
    base = ["#KalselBabungas", "#InfoKalsel", "#KIM", "#Dishub", "#LaluLintas", "#BanuaKita", "#InfoWarga",
            "#KalimantanSelatan", "#BeritaDaerah", "#Transportasi", "#Samsat", "#JalanKita", "#Penyeberangan"]
    reg = SHORTREG.get(a["region"], "Kalsel").replace(" ", "")
    first = "#Info" + reg
    return " ".join([first] + R.sample([b for b in base if b != first], n - 1))


# ------------------------------------------------------------------ copy
COPY_SHAPES = ["wa", "web", "fbgreet", "tgfwd", "ig"]
for i, a in enumerate(ANNS):
    shape = COPY_SHAPES[i % 5]
    k = pick_kim(a)
    body, ops = habits(a["text"], a)
    kn = kim_name(k)
    t = delay_after([a])
    if shape == "wa":
        head = R.choice(["*BERITA PENTING*", "\U0001F4E2 *INFO RESMI* \U0001F4E2", "*MOHON DIBACA*"])
        fwd = R.choice(["\u21aa\ufe0f Diteruskan dari grup Info Kecamatan " + KIM[k]["district"],
                        "Diteruskan dari grup WA RT", "Forward dari grup sebelah \U0001F447", ""])
        text = "\n".join(x for x in [fwd, head, "*" + a["title"] + "*", "", body] if x is not None)
        text = text.lstrip("\n") + "\n\n_Sumber: " + SITES[a["src"]][2] + "_"
        add(k, R.choice(["facebook", "telegram"]), t, text, "copy", [a["id"]], f"auto:copy:a{a['num']:02d}", shape=shape, ops=ops)
    elif shape == "web":
        menu = "Beranda | Profil | Berita | Galeri | Kontak"
        text = (f"{menu}\n\n{a['title']}\nOleh Admin {kn} \u00b7 {R.randint(0, 6)} Komentar\n\n{body}\n\n"
                f"Sumber: {SITES[a['src']][2]}\n\nBaca juga: Jadwal Posyandu Bulan Ini\nBagikan: Facebook WhatsApp Twitter")
        add(k, "website", t, text, "copy", [a["id"]], f"auto:copy:a{a['num']:02d}", title=a["title"], shape=shape, ops=ops)
    elif shape == "fbgreet":
        g = R.choice(["Assalamualaikum warga {v}, ada info dari pemerintah nih \U0001F447",
                      "Selamat pagi dangsanak {v}. Info penting:", "Info gasan bubuhan {v} \U0001F64F"]).format(v=KIM[k]["village"])
        o = R.choice(["Silakan dibagikan.", "Semoga bermanfaat, tolong sebarkan ke keluarga.", "Salam KIM " + KIM[k]["village"] + "."])
        add(k, "facebook", t, f"{g}\n\n{body}\n\n{o}", "copy", [a["id"]], f"auto:copy:a{a['num']:02d}", shape=shape, ops=ops)
    elif shape == "tgfwd":
        src = "Info " + (SHORTREG.get(a["region"], "Kalsel"))
        add(k, "telegram", t, f"Forwarded from {src}\n{a['title'].upper()}\n\n{body}", "copy", [a["id"]],
            f"auto:copy:a{a['num']:02d}", shape=shape, ops=ops)
    else:
        add(k, "instagram", t, f"{body}\n\n{tags(a, R.randint(4, 6))}", "copy", [a["id"]],
            f"auto:copy:a{a['num']:02d}", shape=shape, ops=ops)


# ------------------------------------------------------------------ excerpt
def cut(text, n):
    s = text[:n]
    s = s[:s.rfind(" ")]
    return s.rstrip(",;:") + "\u2026"


EXC = ["tgtrunc", "fbmore", "iglead", "ytlead", "webquote", "fbintro", "frag"]
special_tg = {"kim-jaro": 0, "kim-sungai-loban": 0, "kim-pasar-jati": 0, "kim-paminggir": 0}
for i, a in enumerate(ANNS):
    shape = EXC[i % 7]
    k = pick_kim(a)
    t = delay_after([a])
    p1, p2, p3 = a["paras"]
    key = f"auto:excerpt:a{a['num']:02d}"
    if shape == "tgtrunc":
        if True:  # provincial and local previews may go to special KIMs (cut previews)
            cands = [s for s in SPECIAL if a["region"] in ("provinsi", KIM[s]["region"]) and special_tg[s] < 2]
            if cands:
                k = cands[0]
                special_tg[k] += 1
        add(k, "telegram", t, cut(a["text"], R.randint(150, 220)), "excerpt", [a["id"]], key, shape=shape)
    elif shape == "fbmore":
        add(k, "facebook", t, p1 + " ... Lihat selengkapnya", "excerpt", [a["id"]], key, shape=shape)
    elif shape == "iglead":
        add(k, "instagram", t, p1 + "\n\n" + tags(a, 5), "excerpt", [a["id"]], key, shape=shape)
    elif shape == "ytlead":
        ch = "00:00 Pembukaan\n00:21 " + a["title"][:40] + "\n02:05 Wawancara\n04:10 Penutup"
        add(k, "youtube", t, p1 + "\n\n" + ch, "excerpt", [a["id"]], key, title="VIDEO | " + a["title"], shape=shape)
    elif shape == "webquote":
        add(k, "website", t, f"Beranda | Berita | Galeri\n\n{p2}\n\nDemikian disampaikan dalam rilis {SITES[a['src']][2]}.",
            "excerpt", [a["id"]], key, title=a["title"], shape=shape)
    elif shape == "fbintro":
        intro = R.choice(["Sekilas info:", "Penting gasan warga, baca sampai habis \U0001F447", "Kutipan berita hari ini:"])
        add(k, "facebook", t, f"{intro}\n\n{p1}\n\n{p2}", "excerpt", [a["id"]], key, shape=shape)
    else:
        w = p1.split()
        add(k, R.choice(["facebook", "telegram"]), t, " ".join(w[:R.randint(12, 17)]) + "\u2026", "excerpt", [a["id"]], key,
            shape=shape)


# ------------------------------------------------------------------ link
LINKSHAPES = ["fbshare", "fbcomment", "tgtitle", "ytdesc", "webbaca"]
link_anns = ANNS + [x for x in ANNS if x["region"] == "provinsi"][:10]
for i, a in enumerate(link_anns):
    shape = LINKSHAPES[i % 5]
    form = FORMS[i % len(FORMS)]
    if shape == "fbshare" and form == "bare-www":
        form = "www"
    u = link_form(a, form)
    k = pick_kim(a)
    t = delay_after([a])
    key = f"auto:link:a{a['num']:02d}" + (":2" if i >= len(ANNS) else "")
    site = SITES[a["src"]][0].upper()
    if shape == "fbshare":
        c = R.choice(["Simak.", "Info penting \U0001F447", "Baca dulu sebelum berangkat.", "Mohon dibagikan.", "👍"])
        add(k, "facebook", t, f"{c}\n\n{site}\n{a['title']}", "link", [a["id"]], key, extra_links=[u], shape=shape, form=form)
    elif shape == "fbcomment":
        c = R.choice(["Ini beritanya:", "Lengkapnya di sini", "Cek link", "Dari web resmi:"])
        add(k, "facebook", t, f"{c} {u}", "link", [a["id"]], key, shape=shape, form=form)
    elif shape == "tgtitle":
        add(k, "telegram", t, f"{a['title']}\n{u}", "link", [a["id"]], key, shape=shape, form=form)
    elif shape == "ytdesc":
        add(k, "youtube", t, f"Liputan singkat KIM {KIM[k]['village']}.\nBerita resmi: {u}\n#kalsel #kim",
            "link", [a["id"]], key, title="Kabar Hari Ini | " + a["title"][:60], shape=shape, form=form)
    else:
        add(k, "website", t, f"Beranda | Berita\n\n{a['title']}.\n\nBaca selengkapnya: {u}", "link", [a["id"]], key,
            title="Berbagi Info: " + a["title"], shape=shape, form=form)


# ------------------------------------------------------------------ summary (hand-written short + long)
SUMWRAP = [("", ""), ("INFO: ", ""), ("*INFO* ", "\n_Mohon disebarkan_"), ("\U0001F4CC ", ""), ("", " #InfoWarga")]
for i, a in enumerate(ANNS):
    pre, post = SUMWRAP[i % 5]
    k = pick_kim(a)
    pl = ["facebook", "telegram", "instagram", "facebook", "telegram"][i % 5]
    add(k, pl, delay_after([a]), pre + a["short"] + post, "summary", [a["id"]], f"anns.py:a{a['num']:02d}:S", shape="short")
# long summaries, hand-written (anns.py `long`, extra.py LONGS), and more short ones (extra.py SUMS2)
LONGPL = ["facebook", "website", "instagram", "youtube"]
longs = [(a, a["long"], f"anns.py:a{a['num']:02d}:L") for a in ANNS if a.get("long")]
longs += [(A[n], txt, f"extra.py:LONGS[{n}]") for n, txt in sorted(LONGS.items())]
for i, (a, body, key) in enumerate(longs):
    k = pick_kim(a)
    pl = LONGPL[i % 4]
    title = ("Rangkuman: " + a["title"]) if pl in ("website", "youtube") else ""
    if pl == "instagram":
        body += "\n\n" + tags(a, 11)
    if pl == "youtube":
        body = "Liputan: " + body + "\n\n00:00 Intro\n00:40 Ringkasan\n03:12 Penutup"
    if pl == "website":
        body = "Beranda | Kabar Desa | Galeri\n\n" + body + f"\n\nDitulis oleh Admin {kim_name(k)}"
    add(k, pl, delay_after([a]), body, "summary", [a["id"]], key, title=title, shape="long")
for j, (n, txt) in enumerate(SUMS2):
    a = A[n]
    add(pick_kim(a), ["facebook", "telegram"][j % 2], delay_after([a]), txt, "summary", [a["id"]], f"extra.py:SUMS2[{j}]",
        shape="short")


# ------------------------------------------------------------------ paraphrase
spool = {s: 0 for s in SPECIAL}
for i, a in enumerate(ANNS):
    k = pick_kim(a)
    cands = [s for s in SPECIAL if KIM[s]["region"] == a["region"] or (a["region"] == "provinsi" and spool[s] < 2)]
    if cands and R.random() < 0.6:
        k = min(cands, key=lambda s: spool[s])
        spool[k] += 1
    pl = R.choice(["facebook", "facebook", "instagram", "telegram"])
    text = a["para"] + ("\n\n#InfoBanua #KIM" + KIM[k]["village"].replace(" ", "") if pl == "instagram" else "")
    add(k, pl, delay_after([a]), text, "paraphrase", [a["id"]], f"anns.py:a{a['num']:02d}:P")
for j, (n, txt) in enumerate(PARAS2):
    a = A[n]
    k = SPECIAL[j % 4] if j < 2 else pick_kim(a)
    add(k, "facebook", delay_after([a]), txt, "paraphrase", [a["id"]], f"extra.py:P2[{j}]")
for j, (n, txt) in enumerate(PARAS3):
    a = A[n]
    add(pick_kim(a), ["instagram", "facebook", "telegram"][j % 3], delay_after([a]), txt, "paraphrase", [a["id"]],
        f"extra.py:P3[{j}]")


# ------------------------------------------------------------------ round-ups
def lower_title(a):
    return a["title"][0].lower() + a["title"][1:]


def item(a):
    return R.choice([a["title"], a["title"].lower(), lower_title(a), a["short"], ITEMS[a["num"]], ITEMS[a["num"]]])


LAYOUTS = ["oneline", "bullets", "numbered", "prose", "ytchap", "emoji"]
byt = sorted(ANNS, key=lambda a: a["t"])
rk = SPECIAL * 3 + R.sample(NORMAL, 14)
used_combo = set()
n_round = 0
while n_round < 26:
    size = 3 if n_round % 3 == 0 else 2
    start = R.randrange(len(byt) - size)
    window = [a for a in byt[start:] if a["t"] - byt[start]["t"] <= timedelta(days=9)]
    if len(window) < size:
        continue
    grp = sorted(R.sample(window, size), key=lambda a: a["num"])
    combo = tuple(a["num"] for a in grp)
    if combo in used_combo:
        continue
    used_combo.add(combo)
    k = rk[n_round]
    lay = LAYOUTS[n_round % 6]
    t = delay_after(grp, lo_min=60, hi_days=8)
    items = [item(a) for a in grp]
    loc = R.sample(LOCAL, R.randint(0, 2))
    mix = items + loc
    R.shuffle(mix)
    title = ""
    v = KIM[k]["village"]
    if lay == "oneline":
        text = "KILAS INFO | " + " | ".join(mix) + " |"
        pl = "facebook"
    elif lay == "bullets":
        text = f"Rangkuman sepekan KIM {v}:\n" + "\n".join("\u2022 " + x for x in mix)
        pl = R.choice(["instagram", "facebook"])
    elif lay == "numbered":
        text = "Kabar minggu ini:\n" + "\n".join(f"{j + 1}. {x}" for j, x in enumerate(mix))
        pl = "telegram"
    elif lay == "prose":
        text = f"Pekan ini ada beberapa kabar. " + " Selain itu, ".join(x.rstrip(".") + "." for x in mix) + " Demikian rangkuman kami."
        pl = "website"
        title = f"Rangkuman Berita Pekan Ini ({t:%d/%m})"
    elif lay == "ytchap":
        text = "Berita pekan ini dari KIM " + v + "\n\n" + "\n".join(
            f"0{j}:{R.randint(10, 59)} {x}" for j, x in enumerate(mix))
        pl = "youtube"
        title = f"KABAR BANUA PEKAN INI | KIM {v}"
    else:
        text = "\U0001F5DE\ufe0f KABAR SINGKAT \u2705\n\n" + "\n".join("\U0001F539 " + x for x in mix)
        pl = R.choice(["facebook", "telegram"])
    add(k, pl, t, text, "roundup", [a["id"] for a in grp], f"auto:roundup:{n_round}", title=title, layout=lay)
    n_round += 1


# ------------------------------------------------------------------ look-alikes, before, unrelated
def neg_time(lo=T0, hi=T1):
    s = int((hi - lo).total_seconds())
    return (lo + timedelta(seconds=R.randint(0, s))).replace(second=R.randint(0, 59))


NEGSHAPE = ["facebook", "facebook", "telegram", "instagram", "website", "youtube"]
looks = [(a, txt, why, f"anns.py:a{a['num']:02d}:N[{j}]") for a in ANNS for j, (txt, why) in enumerate(a["looks"])]
looks += [(A[n], txt, why, f"extra.py:N2[{j}]") for j, (n, txt, why) in enumerate(LOOKS2)]
# inactive KIMs take look-alikes of their own kabupaten first, then provincial ones
inact_need = {k: 5 for k in INACTIVE}
assign = {}
for idx, (a, txt, why, key) in enumerate(looks):
    for k in INACTIVE:
        if inact_need[k] and a["region"] == KIM[k]["region"]:
            assign[idx] = k
            inact_need[k] -= 1
            break
for idx, (a, txt, why, key) in enumerate(looks):
    if idx in assign:
        continue
    for k in INACTIVE:
        if inact_need[k] and a["region"] == "provinsi":
            assign[idx] = k
            inact_need[k] -= 1
            break
TRAP = 0
for idx, (a, txt, why, key) in enumerate(looks):
    k = assign.get(idx) or pick_kim(a, NORMAL + SPECIAL)
    pl = NEGSHAPE[idx % 6]
    title = ""
    text = txt
    v = KIM[k]["village"]
    if pl == "website":
        title = txt.split(",")[0][:70]
        text = f"Beranda | Profil Desa | Berita\n\n{txt}\n\nOleh Admin KIM {v}"
    if pl == "youtube":
        title = "Kabar Desa | " + txt.split(".")[0][:60]
        text = f"Liputan KIM {v}.\n\n{txt}\n\nJangan lupa subscribe dan nyalakan lonceng 🔔"
    if pl == "telegram" and idx % 2:
        text = f"Forwarded from Info {SHORTREG[KIM[k]['region']]}\n{txt}"
    if pl == "facebook" and idx % 3 == 0:
        text = R.choice(["Info warga:", "Kabar dari kampung sebelah 👇", "Sekadar berbagi,"]) + " " + txt
    if idx % 9 == 4:  # an out-of-set article on the same government site
        host = SITES[a["src"]][0]
        text += f"\nSumber: https://{host}/berita/arsip-{idx}-{a['slug'][:30]}"
    elif idx % 9 == 7:
        text += f"\nSumber: {SITES[a['src']][0]}"
    if pl == "instagram":
        text += "\n\n#InfoWarga #" + KIM[k]["village"].replace(" ", "")
    add(k, pl, neg_time(), text, "negative-topic", [], key, title=title, imitates=[a["id"]], differs=why)

befores = [(a, 3 + (a["num"] * 7) % 50, txt, why, f"anns.py:a{a['num']:02d}:B") for a in ANNS if a["before"]
           for txt, why in [a["before"]]]
befores += [(A[n], h, txt, why, f"extra.py:B2[{j}]") for j, (n, h, txt, why) in enumerate(BEFORE2)]
for idx, (a, h, txt, why, key) in enumerate(befores):
    pool = NORMAL + SPECIAL + INACTIVE
    local = [k for k in pool if KIM[k]["region"] == a["region"]]
    k = R.choice(local) if local else R.choice(pool)
    t = (a["t"] - timedelta(hours=h, minutes=R.randint(0, 50))).replace(second=R.randint(0, 59))
    pl = ["facebook", "telegram", "facebook", "instagram"][idx % 4]
    add(k, pl, t, txt, "before", [], key, imitates=[a["id"]], differs=why)

upool = NORMAL + SPECIAL
for j, txt in enumerate(UNRELATED):
    k = INACTIVE[j % 6] if j < 12 else R.choice(upool)
    pl = ["facebook", "facebook", "telegram", "instagram", "website", "facebook"][j % 6]
    title = txt.split(".")[0][:60] if pl == "website" else ""
    add(k, pl, neg_time(), txt, "negative-unrelated", [], f"extra.py:U[{j}]", title=title)


# ------------------------------------------------------------------ finish: order, ids, files
for p in POSTS:
    p["url"] = post_url(p["kim"], p["platform"], p["t"])
POSTS.sort(key=lambda p: (p["t"], p["key"]))
ids = list(range(1, len(POSTS) + 1))
R.shuffle(ids)
for p, n in zip(POSTS, ids):
    p["id"] = f"h38-p{n:03d}"


def w(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


w("announcements.jsonl", [dict(id=a["id"], source=a["src"], url=a["url"], title=a["title"], text=a["text"],
                               published_at=a["t"].isoformat() + "+08:00") for a in ANNS])
w("posts.jsonl", [dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=p["url"], title=p["title"], text=p["text"],
                       published_at=p["t"].isoformat() + "+08:00", links=p["links"]) for p in POSTS])
w("labels.jsonl", [dict(post=p["id"], announcements=p["gold"], style=p["style"]) for p in POSTS])
keymap = {}
for p in POSTS:
    e = dict(key=p["key"], style=p["style"], gold=p["gold"])
    e.update(p["meta"])
    keymap[p["id"]] = e
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
    f.write("\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, v in KIM.items():
        f.write(f"- id: {k}\n  name: KIM {v['village']}\n  region: {v['region']}\n"
                f"  district: {v['district']}\n  village: {v['village']}\n")
print(len(ANNS), "announcements,", len(POSTS), "posts")
