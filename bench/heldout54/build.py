#!/usr/bin/env python3
"""Build heldout54 (transport and traffic, Kalsel, Nov 2026) from the hand-written modules.

    python3 build.py    # writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl, keymap.json

Deterministic: one seeded random.Random, no set iteration, sorted outputs.
"""
import json
import os
import re
import random
from datetime import datetime, timedelta

from releases54 import REL
from looks54 import LOOK, BEFORE
from others54 import U, OUTSIDE, P2, LOCAL

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120754
rng = random.Random(SEED)
WITA = "+08:00"
START = datetime(2026, 10, 20, 6, 0)
END = datetime(2026, 12, 5, 21, 30)

# ------------------------------------------------------------------ KIM registry
REGION = {
    "bjm": "Kota Banjarmasin", "bjb": "Kota Banjarbaru", "banjar": "Kabupaten Banjar", "batola": "Kabupaten Barito Kuala",
    "tala": "Kabupaten Tanah Laut", "tapin": "Kabupaten Tapin", "hss": "Kabupaten Hulu Sungai Selatan",
    "hst": "Kabupaten Hulu Sungai Tengah", "hsu": "Kabupaten Hulu Sungai Utara", "blg": "Kabupaten Balangan",
    "tbl": "Kabupaten Tabalong", "tanbu": "Kabupaten Tanah Bumbu", "kb": "Kabupaten Kotabaru",
}
PLACE = {  # region key -> name used in forward headers
    "bjm": "Banjarmasin", "bjb": "Banjarbaru", "banjar": "Martapura", "batola": "Batola", "tala": "Tanah Laut",
    "tapin": "Tapin", "hss": "HSS", "hst": "Barabai", "hsu": "Amuntai", "blg": "Balangan", "tbl": "Tabalong",
    "tanbu": "Tanbu", "kb": "Kotabaru",
}
KIMS = [  # (region key, kecamatan, desa/kelurahan)
    ("bjm", "Banjarmasin Utara", "Kuin Cerucuk"), ("bjm", "Banjarmasin Utara", "Alalak Selatan"),
    ("bjm", "Banjarmasin Barat", "Basirih"), ("bjm", "Banjarmasin Timur", "Pekapuran Raya"),
    ("bjb", "Landasan Ulin", "Guntung Payung"), ("bjb", "Banjarbaru Selatan", "Loktabat Selatan"),
    ("bjb", "Cempaka", "Cempaka"),
    ("banjar", "Sungai Tabuk", "Lok Baintan"), ("banjar", "Martapura", "Pasayangan"),
    ("banjar", "Aluh-Aluh", "Aluh-Aluh Besar"),
    ("batola", "Marabahan", "Ulu Benteng"), ("batola", "Tabunganen", "Tabunganen Muara"),
    ("batola", "Jejangkit", "Jejangkit Pasar"),
    ("tala", "Takisung", "Takisung"), ("tala", "Pelaihari", "Pelaihari"), ("tala", "Kintap", "Kintap"),
    ("tapin", "Tapin Utara", "Rantau Kiwa"), ("tapin", "Binuang", "Binuang"),
    ("tapin", "Candi Laras Selatan", "Margasari Ilir"),
    ("hss", "Kandangan", "Kandangan Utara"), ("hss", "Daha Selatan", "Habirau"), ("hss", "Angkinang", "Angkinang"),
    ("hst", "Barabai", "Barabai Darat"), ("hst", "Pandawan", "Pandawan"), ("hst", "Batang Alai Selatan", "Birayang"),
    ("hsu", "Amuntai Tengah", "Paliwara"), ("hsu", "Danau Panggang", "Danau Panggang"),
    ("hsu", "Paminggir", "Paminggir"),
    ("blg", "Paringin Selatan", "Batu Piring"), ("blg", "Halong", "Halong"), ("blg", "Juai", "Juai"),
    ("tbl", "Murung Pudak", "Mabuun"), ("tbl", "Murung Pudak", "Pembataan"), ("tbl", "Muara Uya", "Muara Uya"),
    ("tanbu", "Kusan Hilir", "Pagatan"), ("tanbu", "Batulicin", "Batulicin"), ("tanbu", "Sungai Loban", "Sungai Loban"),
    ("kb", "Pulau Laut Utara", "Stagen"), ("kb", "Pulau Laut Utara", "Sebelimbingan"), ("kb", "Pulau Sebuku", "Sungai Bali"),
]


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


KIM = []
for reg, kec, desa in KIMS:
    kid = "kim-" + slugify(desa)
    KIM.append(dict(id=kid, name="KIM " + desa, region=REGION[reg], district=kec, village=desa, reg=reg,
                    fb=slugify(desa).replace("-", "") + ".kim", tg="kim_" + slugify(desa).replace("-", "_"),
                    ig="kim." + slugify(desa).replace("-", ""), web=slugify(desa).replace("-", "") + ".desa.id",
                    yt="KIM" + desa.replace(" ", "").replace("-", "")))
KBYID = {k["id"]: k for k in KIM}
INACTIVE = ["kim-pekapuran-raya", "kim-cempaka", "kim-kintap", "kim-margasari-ilir", "kim-juai", "kim-muara-uya"]
SPECIAL = ["kim-lok-baintan", "kim-paminggir", "kim-sungai-bali", "kim-birayang"]
REGULAR = {r: [k["id"] for k in KIM if k["reg"] == r and k["id"] not in INACTIVE + SPECIAL] for r in REGION}
ALLREG = [k for r in REGION for k in REGULAR[r]]

# ------------------------------------------------------------------ releases
SITE = {
    "dishub-kalsel": ("dishub.kalselprov.go.id", "wp", "DISHUB KALSEL"),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp", "DISKOMINFO KALSEL"),
    "pemprov-kalsel": ("kalselprov.go.id", "berita", "PEMPROV KALSEL"),
    "polda-kalsel": ("tribratanews.kalsel.polri.go.id", "wp", "TRIBRATA NEWS KALSEL"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html", "PEMKO BANJARMASIN"),
    "dishub-banjarmasin": ("dishub.banjarmasinkota.go.id", "index", "DISHUB BANJARMASIN"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "PEMKO BANJARBARU"),
    "pemkab-banjar": ("banjarkab.go.id", "wpm", "PEMKAB BANJAR"),
    "pemkab-batola": ("baritokualakab.go.id", "news", "PEMKAB BARITO KUALA"),
    "pemkab-hsu": ("hulusungaiutarakab.go.id", "read", "PEMKAB HSU"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "artikel", "PEMKAB KOTABARU"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "ym", "PEMKAB HSS"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "PEMKAB TANAH LAUT"),
    "pemkab-tabalong": ("tabalongkab.go.id", "info", "PEMKAB TABALONG"),
    "pemkab-hst": ("hulusungaitengahkab.go.id", "query", "PEMKAB HST"),
    "pemkab-tapin": ("tapinkab.go.id", "detail", "PEMKAB TAPIN"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "PEMKAB BALANGAN"),
    "pemkab-tanbu": ("tanahbumbukab.go.id", "numslug", "PEMKAB TANAH BUMBU"),
}
WP_KINDS = ("wp", "wpm")


def ann_url(source, when, title, num):
    host, kind, _ = SITE[source]
    slug = slugify(title)[:80].rstrip("-")
    y, m, d = when[:4], when[5:7], when[8:10]
    return {
        "wp": f"https://{host}/{y}/{m}/{d}/{slug}/",
        "wpm": f"https://{host}/{y}/{m}/{slug}/",
        "berita": f"https://{host}/berita/{slug}",
        "html": f"https://{host}/p/{slug}.html",
        "index": f"https://{host}/index.php/berita/{slug}",
        "news": f"https://{host}/news/{num}/{slug}",
        "read": f"https://{host}/berita/read/{num}/{slug}",
        "artikel": f"https://{host}/artikel/{slug}",
        "ym": f"https://{host}/berita/{y}/{m}/{slug}",
        "info": f"https://{host}/info/{slug}-{num}",
        "query": f"https://{host}/?p={num}",
        "detail": f"https://{host}/berita/detail/{slug}",
        "numslug": f"https://{host}/berita/{num}/{slug}",
    }[kind]


ANN = {}
for i, r in enumerate(REL):
    num = 3100 + 37 * i + rng.randint(0, 30)
    r["url"] = ann_url(r["source"], r["when"], r["title"], num)
    r["dt"] = datetime.fromisoformat(r["when"])
    ANN[r["id"]] = r

AREG = {  # where a release's own KIMs are (provincial releases: the kabupaten it concerns)
    "a01": ["bjm", "batola", "banjar", "hsu"], "a02": ["batola"], "a03": ["bjm"], "a04": ["bjm", "batola", "hsu", "banjar"],
    "a05": ["hsu"], "a06": ["hsu"], "a07": ["kb"], "a08": ["hss"], "a09": ["kb", "tanbu"], "a10": ["kb"], "a11": ["batola"],
    "a12": ["bjb"], "a13": ["tala"], "a14": ["tbl"], "a15": ["bjm"], "a16": ["bjm"], "a17": ["bjb"], "a18": ["hst"],
    "a19": ["hss"], "a20": ["tanbu"], "a21": ["tapin", "hst", "tbl"], "a22": ["bjb"], "a23": ["bjb"], "a24": ["banjar"],
    "a25": ["tapin"], "a26": ["bjm"], "a27": ["bjm"], "a28": ["tala"], "a29": ["tbl"], "a30": ["bjm"], "a31": ["hst"],
    "a32": ["tbl"], "a33": ["tapin", "hss", "hst", "blg", "tbl"], "a34": ["blg"], "a35": ["tanbu"],
    "a36": ["bjm", "hst", "tbl", "tapin", "blg"], "a37": ["bjb"], "a38": ["hsu"], "a39": ["bjb"], "a40": ["bjm"],
    "a41": ["banjar"], "a42": ["hss"],
}
_turn = {}


def pick_kim(regs, pool=None):
    """Next regular KIM of the release's regions, in rotation (spreads posts over the KIMs)."""
    cands = [k for r in regs for k in (pool or REGULAR)[r]]
    key = tuple(regs)
    i = _turn.get(key, rng.randrange(len(cands)))
    _turn[key] = i + 1
    return cands[i % len(cands)]


# ------------------------------------------------------------------ small text helpers
def paras(text):
    return text.split("\n\n")


def tag_of(text):
    m = re.search(r"\s*\(([^()]*)\)\s*$", text)
    return m


def drop_tag(text):
    m = tag_of(text)
    return text[:m.start()] if m else text


def typo(text, r):
    words = [m for m in re.finditer(r"[a-z]{6,}", text)]
    if not words:
        return text
    w = r.choice(words)
    i = w.start() + r.randint(1, len(w.group()) - 3)
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]


def short_title(text, n=9):
    first = re.split(r"(?<=[.!?])\s", text.strip())[0]
    words = first.split()
    t = " ".join(words[:n]).rstrip(",.:;")
    return t + ("…" if len(words) > n else "")


HASHTAGS = ["#Dishub", "#KalselBaiman", "#InfoWarga", "#Perhubungan", "#KeselamatanSungai", "#LaluLintas", "#KIM",
            "#Banua", "#InfoKIM", "#Kalsel", "#TertibBerlalulintas", "#AngkutanUmum", "#BeritaDesa", "#SahabatKIM"]


def tags(r, n):
    return " ".join(r.sample(HASHTAGS, n))


def local_tag(k):
    return "#" + k["village"].replace(" ", "").replace("-", "")


# ------------------------------------------------------------------ post URLs (KIM channels)
_seq = {"fb": 7000, "tg": 120, "yt": 0, "ig": 0}
ALNUM = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789_-"


def post_url(k, platform, when, title):
    if platform == "facebook":
        _seq["fb"] += rng.randint(3, 40)
        if rng.random() < 0.5:
            return f"https://www.facebook.com/{k['fb']}/posts/{10226000000 + _seq['fb'] * 131}"
        return f"https://www.facebook.com/permalink.php?story_fbid={88100000 + _seq['fb']}&id={61550000000 + KIM.index(k)}"
    if platform == "telegram":
        _seq["tg"] += rng.randint(1, 9)
        return f"https://t.me/{k['tg']}/{_seq['tg']}"
    if platform == "instagram":
        return "https://www.instagram.com/p/" + "".join(rng.choice(ALNUM) for _ in range(11)) + "/"
    if platform == "youtube":
        return "https://www.youtube.com/watch?v=" + "".join(rng.choice(ALNUM) for _ in range(11))
    slug = slugify(title)[:60].rstrip("-") or "kabar-warga"
    return f"https://{k['web']}/artikel/{when:%Y/%m/%d}/{slug}"


URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def links_in(title, text):
    return [u.rstrip(".,;:!?") for u in URL_RE.findall(title + "\n" + text)]


# ------------------------------------------------------------------ link forms
def link_form(url, wp, r, form):
    u = url
    scheme, rest = u.split("://", 1)
    host, _, path = rest.partition("/")
    path = "/" + path
    q = ""
    if "?" in path:
        path, q = path.split("?", 1)
    parts = form.split("+")
    for f in parts:
        if f == "http":
            scheme = "http"
        elif f == "www":
            host = "www." + host
        elif f == "m":
            host = "m." + host
        elif f == "slash":
            if not path.endswith(".html") and path != "/":
                path = path[:-1] if path.endswith("/") else path + "/"
        elif f == "amp":
            path = path.rstrip("/") + "/amp/"
        elif f == "utm":
            src = r.choice(["whatsapp", "facebook", "telegram", "wa_group"])
            q = (q + "&" if q else "") + f"utm_source={src}&utm_medium=social"
        elif f == "fbclid":
            q = (q + "&" if q else "") + "fbclid=IwAR" + "".join(r.choice(ALNUM[:-2]) for _ in range(22))
    out = f"{scheme}://{host}{path}" + ("?" + q if q else "")
    if "bare" in parts:
        out = out.split("://", 1)[1]
        if not out.startswith("www."):
            out = "www." + out
    return out


FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utm+fbclid", "http+m", "bare", "www+slash",
         "http+www+utm"]


def pick_form(r, wp, i):
    if wp and r.random() < 0.4:
        return r.choice(["amp", "amp+utm", "http+amp", "www+amp"])
    f = FORMS[i % len(FORMS)]
    if "amp" in f and not wp:
        f = "utm"
    return f


# ------------------------------------------------------------------ post assembly
POSTS = []


def add_post(kim, platform, when, title, text, gold, style, key, extra_links=(), **meta):
    if when > END:
        when = END - timedelta(minutes=rng.randint(5, 300))
    if when < START:
        when = START + timedelta(minutes=rng.randint(5, 600))
    when = when.replace(second=rng.randint(0, 59))
    k = KBYID[kim]
    if platform not in ("website", "youtube"):
        title = ""
    links = links_in(title, text)
    for u in extra_links:
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, url=post_url(k, platform, when, title or text[:40]), title=title,
                      text=text, when=when, links=links, gold=list(gold), style=style, key=key, meta=meta))


def delay(r, ann_dt, cap_days=19.0):
    b = r.random()
    if b < 0.22:
        d = timedelta(minutes=r.randint(15, 180))
    elif b < 0.5:
        d = timedelta(minutes=r.randint(180, 1440))
    elif b < 0.78:
        d = timedelta(minutes=r.randint(1440, 4320))
    else:
        d = timedelta(minutes=r.randint(4320, 12 * 1440))
    d = min(d, timedelta(days=cap_days))
    when = ann_dt + d
    if when > END:
        room = END - ann_dt
        when = ann_dt + timedelta(minutes=r.randint(15, max(16, int(room.total_seconds() // 60) - 10)))
    return when


# ---- copy
COPY_SHAPES = ["wa", "web", "fbgreet", "tgfwd", "ig"]
COPY_OPS = ["dash", "quotes", "typo", "collapse", "notag", "dateline", "abbr"]


def apply_ops(text, ops, r, kim):
    for op in ops:
        if op == "dash":
            text = text.replace("–", "-")
        elif op == "quotes":
            text = text.replace("“", '"').replace("”", '"')
        elif op == "typo":
            text = typo(text, r)
        elif op == "collapse":
            text = " ".join(paras(text))
        elif op == "notag":
            text = drop_tag(text).rstrip()
        elif op == "dateline":
            text = re.sub(r"^([A-Z ]+) – ", lambda m: f"{m.group(1).title()} (KIM {KBYID[kim]['village']}) – ", text)
        elif op == "abbr":
            text = re.sub(r"\byang\b", "yg", text)
            text = re.sub(r"\bdengan\b", "dgn", text)
            text = re.sub(r"\buntuk\b", "utk", text)
    return text


def make_copy(a, kim, i):
    r = rng
    shape = COPY_SHAPES[i % len(COPY_SHAPES)]
    ops = r.sample(COPY_OPS, r.randint(0, 3))
    body = apply_ops(a["text"], ops, r, kim)
    k = KBYID[kim]
    site = SITE[a["source"]][2]
    if shape == "wa":
        head = r.choice(["*BERITA PENTING*", "📢 *INFO RESMI* 📢", f"↪️ Diteruskan dari grup Info {PLACE[k['reg']]}",
                         "Forward dari grup sebelah 👇", f"*{a['title'].upper()}*"])
        tail = r.choice(["", f"\n\n_Sumber: {site.title()}_", "\n\n_Mohon disebarkan_ 🙏"])
        return ("telegram" if i % 2 else "facebook"), "", f"{head}\n\n{body}{tail}", shape, ops
    if shape == "web":
        title = a["title"]
        txt = (f"Oleh Admin {k['name']} · {r.randint(0, 9)} Komentar\n\n{body}\n\nSumber: {site.title()}\n\n"
               f"Bagikan: Facebook · WhatsApp · Telegram")
        return "website", title, txt, shape, ops
    if shape == "fbgreet":
        g = r.choice(["Assalamualaikum dulur semua, info dari pemerintah:", "Selamat pagi warga, ada info penting:",
                      "Info buat warga kita 👇", "Salam sehat, dulur. Kami teruskan berita berikut:"])
        o = r.choice(["Semoga bermanfaat 🙏", "Silakan dibagikan.", "Terima kasih, salam KIM.", ""])
        return "facebook", "", f"{g}\n\n{body}" + (f"\n\n{o}" if o else ""), shape, ops
    if shape == "tgfwd":
        return "telegram", "", f"Forwarded from Info {PLACE[k['reg']]}\n{a['title'].upper()}\n\n{body}", shape, ops
    return "instagram", "", f"{body}\n\n{tags(r, r.randint(4, 6))} {local_tag(k)}", shape, ops


# ---- excerpt
EXC_SHAPES = ["tgcut", "fbmore", "iglead", "ytlead", "webquote", "fbintro", "frag"]


def make_excerpt(a, kim, i):
    r = rng
    shape = EXC_SHAPES[i % len(EXC_SHAPES)]
    p = paras(a["text"])
    k = KBYID[kim]
    if shape == "tgcut":
        n = r.randint(150, 220)
        cut = a["text"][:n].rsplit(" ", 1)[0].rstrip(",;:–-") + "…"
        return "telegram", "", f"{a['title']}\n\n{cut}" if r.random() < 0.5 else cut, shape
    if shape == "fbmore":
        words = p[0].split()
        return "facebook", "", " ".join(words[:r.randint(28, 45)]) + "... Lihat selengkapnya", shape
    if shape == "iglead":
        return "instagram", "", f"{p[0]}\n\n{tags(r, 5)} {local_tag(k)}", shape
    if shape == "ytlead":
        ch = "\n".join(["00:00 Pembuka", f"00:{r.randint(15, 40)} Info utama", f"0{r.randint(1, 3)}:{r.randint(10, 59)} Penutup"])
        return "youtube", f"VIDEO | {a['title']}", f"{p[0]}\n\n{ch}\n\nJangan lupa subscribe {k['name']}.", shape
    if shape == "webquote":
        intro = r.choice(["Berikut pernyataan pejabat terkait dalam rilis resmi:", "Kutipan dari rilis pemerintah:",
                          "Dalam keterangannya disebutkan:"])
        return "website", a["title"], f"{intro}\n\n{p[1]}\n\n{p[0]}", shape
    if shape == "fbintro":
        intro = r.choice(["Info untuk warga 👇", "Kabar terbaru dari pemerintah:", "Mohon dibaca, dulur:"])
        outro = r.choice(["Info lengkap di situs resmi pemda.", "Semoga bermanfaat.", ""])
        return "facebook", "", f"{intro}\n\n{p[0]}\n\n{p[2]}" + (f"\n\n{outro}" if outro else ""), shape
    words = p[0].split()
    return "facebook", "", " ".join(words[:r.randint(12, 17)]) + " …", shape


# ---- link
LINK_SHAPES = ["fbshare", "fbcomment", "tgtitle", "ytdesc", "webmore"]
COMMENTS = ["Info penting buat warga, silakan dibaca.", "Mohon disimak, dulur 👇", "Baca beritanya di sini:",
            "Sudah tahu belum? Cek beritanya.", "Info dari pemerintah daerah:", "Bagikan ke keluarga yang perlu.",
            "Ini beritanya:", "Penting untuk pengguna jalan dan sungai."]


def make_link(a, kim, i, form):
    r = rng
    shape = LINK_SHAPES[i % len(LINK_SHAPES)]
    u = link_form(a["url"], SITE[a["source"]][1] in WP_KINDS, r, form)
    site = SITE[a["source"]][2]
    k = KBYID[kim]
    if shape == "fbshare":
        # the URL travels only as the link-preview attachment
        if "bare" in form:
            u = link_form(a["url"], False, r, "exact")
        return "facebook", "", f"{r.choice(COMMENTS)}\n\n{site}\n{a['title']}", shape, [u]
    if shape == "fbcomment":
        return "facebook", "", f"{r.choice(COMMENTS)} {u}", shape, []
    if shape == "tgtitle":
        return "telegram", "", f"📰 {a['title']}\n{u}", shape, []
    if shape == "ytdesc":
        return "youtube", a["title"], f"Liputan singkat {k['name']}.\n\nSumber berita: {u}\n\n#KIM #{PLACE[k['reg']].replace(' ', '')}", shape, []
    return "website", a["title"], f"{a['S']}\n\nBaca selengkapnya: {u}", shape, []


# ---- summaries and paraphrases
def make_summary(a, kim, long, i):
    r = rng
    k = KBYID[kim]
    if long:
        shape = ["fb", "iglong", "web", "yt"][i % 4]
        if shape == "fb":
            return "facebook", "", a["L"], shape
        if shape == "iglong":
            return "instagram", "", f"{a['L']}\n\n{tags(r, 6)} {local_tag(k)}", shape
        if shape == "web":
            return "website", short_title(a["S"], 10), f"{a['L']}\n\nDiposting oleh {k['name']}.", shape
        return "youtube", short_title(a["S"], 10), f"Liputan: {a['L']}\n\n00:00 Pembuka\n00:20 Ringkasan\n01:05 Penutup", shape
    shape = ["fb", "tg", "ig", "wa"][i % 4]
    if shape == "fb":
        return "facebook", "", a["S"], shape
    if shape == "tg":
        return "telegram", "", "📌 " + a["S"], shape
    if shape == "ig":
        return "instagram", "", f"{a['S']}\n\n{tags(r, 3)}", shape
    return "facebook", "", f"*INFO*\n{a['S']}\n_Mohon disebarkan_", shape


def make_para(text, i):
    shape = ["fb", "ig", "tg", "fb"][i % 4]
    return {"fb": "facebook", "ig": "instagram", "tg": "telegram"}[shape], "", text, shape


# ------------------------------------------------------------------ positives
order = [a["id"] for a in REL]
copy_ids = rng.sample(order, 30)
exc_ids = rng.sample(order, 34)
link_ids = rng.sample(order, 36)
long_ids = [a["id"] for a in REL if a["L"]][:18]

for i, aid in enumerate(copy_ids):
    a = ANN[aid]
    kim = pick_kim(AREG[aid])
    pl, title, text, shape, ops = make_copy(a, kim, i)
    add_post(kim, pl, delay(rng, a["dt"]), title, text, [aid], "copy", f"auto:copy:{aid}", shape=shape, ops=ops)
for i, aid in enumerate(exc_ids):
    a = ANN[aid]
    kim = pick_kim(AREG[aid])
    pl, title, text, shape = make_excerpt(a, kim, i)
    add_post(kim, pl, delay(rng, a["dt"]), title, text, [aid], "excerpt", f"auto:excerpt:{aid}", shape=shape)
for i, aid in enumerate(link_ids):
    a = ANN[aid]
    kim = pick_kim(AREG[aid])
    form = pick_form(rng, SITE[a["source"]][1] in WP_KINDS, i)
    pl, title, text, shape, extra = make_link(a, kim, i, form)
    add_post(kim, pl, delay(rng, a["dt"]), title, text, [aid], "link", f"auto:link:{aid}", extra_links=extra,
             shape=shape, form=form)
for i, a in enumerate(REL):
    kim = pick_kim(AREG[a["id"]])
    pl, title, text, shape = make_summary(a, kim, False, i)
    add_post(kim, pl, delay(rng, a["dt"]), title, text, [a["id"]], "summary", f"releases54.py:{a['id']}:S", shape=shape)
for i, aid in enumerate(long_ids):
    a = ANN[aid]
    kim = pick_kim(AREG[aid])
    pl, title, text, shape = make_summary(a, kim, True, i)
    add_post(kim, pl, delay(rng, a["dt"]), title, text, [aid], "summary", f"releases54.py:{aid}:L", shape=shape)

SPECIAL_OF = {"banjar": "kim-lok-baintan", "hsu": "kim-paminggir", "kb": "kim-sungai-bali", "hst": "kim-birayang"}
SPECIAL_PARA = {"a24", "a41", "a05", "a06", "a07", "a10", "a18", "a31"}
for i, a in enumerate(REL):
    reg = AREG[a["id"]][0]
    kim = SPECIAL_OF[reg] if a["id"] in SPECIAL_PARA else pick_kim(AREG[a["id"]])
    pl, title, text, shape = make_para(a["P"], i)
    add_post(kim, pl, delay(rng, a["dt"]), title, text, [a["id"]], "paraphrase", f"releases54.py:{a['id']}:P", shape=shape)
for i, (aid, text) in enumerate(P2):
    a = ANN[aid]
    kim = pick_kim(AREG[aid])
    pl, title, _, shape = make_para(text, i + 1)
    add_post(kim, pl, delay(rng, a["dt"]), title, text, [aid], "paraphrase", f"others54.py:P2[{i}]:{aid}", shape=shape)

# ---- round-ups
RU_LAYOUTS = ["oneline", "bullets", "numbered", "prose", "ytchapters", "kabar"]


def ru_item(a, r):
    c = r.random()
    if c < 0.4:
        return a["title"]
    if c < 0.6:
        return a["title"][0] + a["title"][1:].lower()
    return a["S"]


def make_roundup(anns, kim, i, r):
    layout = RU_LAYOUTS[i % len(RU_LAYOUTS)]
    items = [ru_item(a, r) for a in anns]
    nloc = r.choice([0, 1, 1, 2])
    locs = r.sample(LOCAL, nloc)
    mixed = items + locs
    r.shuffle(mixed)
    k = KBYID[kim]
    if layout == "oneline":
        return "telegram", "", "KILAS SEPEKAN | " + " | ".join(x.rstrip(".") for x in mixed) + " |", layout
    if layout == "bullets":
        return "instagram", "", "Rangkuman info pekan ini:\n" + "\n".join("• " + x for x in mixed) + \
            f"\n\n{tags(r, 4)} {local_tag(k)}", layout
    if layout == "numbered":
        return "facebook", "", "RANGKUMAN INFO MINGGU INI\n\n" + "\n".join(f"{n}. {x}" for n, x in enumerate(mixed, 1)) + \
            "\n\nSalam, admin " + k["name"], layout
    if layout == "prose":
        s = "Beberapa kabar sepekan terakhir yang perlu warga ketahui. " + " Selain itu, ".join(
            x.rstrip(".") + "." for x in mixed)
        return "website", f"Rangkuman Kabar Sepekan {k['name']}", s, layout
    if layout == "ytchapters":
        lines = ["00:00 Pembuka"] + [f"0{n}:{r.randint(10, 59)} {x.rstrip('.')}" for n, x in enumerate(mixed, 1)]
        return "youtube", f"Kabar Sepekan {k['village']} #{i + 1}", "\n".join(lines) + "\n\nTerima kasih sudah menonton.", layout
    return "facebook", "", "🚦 KABAR SINGKAT PERHUBUNGAN 🚦\n\n" + "\n".join("✅ " + x for x in mixed), layout


by_time = sorted(REL, key=lambda a: a["dt"])
sizes = [3] * 8 + [2] * 18
rng.shuffle(sizes)
ru_kims = ([s for s in SPECIAL for _ in range(2)] + rng.sample(ALLREG, 18))
rng.shuffle(ru_kims)
anchors = rng.sample(range(len(by_time)), len(by_time))
for i, size in enumerate(sizes):
    pivot = by_time[anchors[i % len(anchors)]]
    near = [a for a in by_time if a is not pivot and abs((a["dt"] - pivot["dt"]).total_seconds()) <= 6 * 86400]
    group = [pivot] + rng.sample(near, min(size - 1, len(near)))
    group.sort(key=lambda a: a["dt"])
    latest, earliest = group[-1]["dt"], group[0]["dt"]
    when = latest + timedelta(minutes=rng.randint(90, 3 * 1440))
    when = min(when, earliest + timedelta(days=19), END)
    kim = ru_kims[i]
    pl, title, text, layout = make_roundup(group, kim, i, rng)
    add_post(kim, pl, when, title, text, [a["id"] for a in group], "roundup", f"auto:roundup:{i}", shape=layout)

# ------------------------------------------------------------------ negatives
NEG_SHAPES = ["fb", "fb", "wa", "tg", "ig", "web", "yt", "fb"]
TRAP = {  # look-alikes that carry a URL of another article on the same government sites
    "Jadwal kapal perintis bulan November": "https://diskominfo.kalselprov.go.id/2026/10/12/jadwal-kapal-perintis-november-km-intan-bahari/",
    "Dishub Banjarbaru menutup bukaan median di Jalan Trikora": "https://banjarbarukota.go.id/2026/11/21/bukaan-median-jalan-trikora-ditutup-uji-coba/",
    "Pemkab Kotabaru membuka speedboat subsidi rute Stagen–Pulau Laut Tanjung Selayar": "https://kotabarukab.go.id/artikel/speedboat-subsidi-tanjung-selayar-mulai-desember",
}
_negturn = {}


def neg_kim(region, fixed):
    if fixed:
        return fixed
    regs = [region] if region != "any" else list(REGION)
    cands = [k["id"] for k in KIM if k["reg"] in regs]
    i = _negturn.get(region, rng.randrange(len(cands)))
    _negturn[region] = i + 1
    return cands[i % len(cands)]


def shape_neg(text, kim, i, r):
    k = KBYID[kim]
    sh = NEG_SHAPES[i % len(NEG_SHAPES)]
    if sh == "fb":
        return "facebook", "", text, sh
    if sh == "wa":
        return "facebook", "", f"*INFO WARGA*\n\n{text}\n\n_Diteruskan dari grup RT_", sh
    if sh == "tg":
        return "telegram", "", "📣 " + text, sh
    if sh == "ig":
        return "instagram", "", f"{text}\n\n{tags(r, 3)} {local_tag(k)}", sh
    if sh == "web":
        return "website", short_title(text, 8), f"{text}\n\nAdmin {k['name']}", sh
    return "youtube", short_title(text, 8), f"{text}\n\n00:00 Suasana\n00:45 Keterangan warga", sh


for i, n in enumerate(LOOK):
    a = ANN[n["ann"]]
    kim = neg_kim(n["region"], n["kim"])
    when = a["dt"] + timedelta(days=n["days"]) + timedelta(minutes=rng.randint(-90, 90))
    pl, title, text, sh = shape_neg(n["text"], kim, i, rng)
    extra = [u for pre, u in TRAP.items() if n["text"].startswith(pre)]
    if extra:
        text = f"{text}\n{extra[0]}"
    add_post(kim, pl, when, title, text, [], "negative-topic", f"looks54.py:N[{i}]:{n['ann']}", shape=sh,
             imitates=[n["ann"]], differs=n["differs"])
for i, b in enumerate(BEFORE):
    a = ANN[b["ann"]]
    kim = neg_kim(b["region"], b["kim"])
    when = a["dt"] - timedelta(hours=b["hours"]) - timedelta(minutes=rng.randint(5, 50))
    pl, title, text, sh = shape_neg(b["text"], kim, i + 3, rng)
    add_post(kim, pl, when, title, text, [], "before", f"looks54.py:B[{i}]:{b['ann']}", shape=sh,
             imitates=[b["ann"]], differs=b["differs"])
for i, (reg, text) in enumerate(U):
    kim = neg_kim(reg, None)
    when = START + timedelta(minutes=rng.randint(0, int((END - START).total_seconds() // 60)))
    pl, title, t2, sh = shape_neg(text, kim, i + 5, rng)
    add_post(kim, pl, when, title, t2, [], "negative-unrelated", f"others54.py:U[{i}]", shape=sh)
for i, (reg, text, url) in enumerate(OUTSIDE):
    kim = neg_kim(reg, None)
    when = START + timedelta(days=rng.randint(8, 40), minutes=rng.randint(0, 900))
    add_post(kim, "facebook", when, "", f"{text} {url}", [], "negative-unrelated", f"others54.py:OUTSIDE[{i}]",
             shape="fbcomment")

# ------------------------------------------------------------------ write
POSTS.sort(key=lambda p: (p["when"], p["key"]))
ids = list(range(1, len(POSTS) + 1))
rng.shuffle(ids)
for p, n in zip(POSTS, ids):
    p["id"] = f"h54-p{n:03d}"


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + WITA


with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for a in REL:
        f.write(json.dumps({"id": "h54-" + a["id"], "source": a["source"], "url": a["url"], "title": a["title"],
                            "text": a["text"], "published_at": iso(a["dt"])}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIM:
        f.write(f"- id: {k['id']}\n  name: {k['name']}\n  region: {k['region']}\n  district: {k['district']}\n"
                f"  village: {k['village']}\n")
keymap = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, \
        open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for p in POSTS:
        fp.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"],
                             "title": p["title"], "text": p["text"],
                             "published_at": iso(p["when"]), "links": p["links"]},
                            ensure_ascii=False) + "\n")
        gold = ["h54-" + g for g in p["gold"]]
        fl.write(json.dumps({"post": p["id"], "announcements": gold, "style": p["style"]}) + "\n")
        entry = {"key": p["key"], "style": p["style"], "gold": gold}
        for m, v in p["meta"].items():
            entry[m] = ["h54-" + x for x in v] if m == "imitates" else v
        keymap[p["id"]] = entry
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
print(f"wrote {len(REL)} announcements, {len(KIM)} kims, {len(POSTS)} posts")
