#!/usr/bin/env python3
"""heldout41 generator (written from scratch for this set). Deterministic: python3 build.py rewrites
announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json from anns41.py and extra41.py."""
import json
import os
import random
import re
import string
from datetime import datetime, timedelta, timezone

import anns41
import extra41

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4120261207
R = random.Random(SEED)
WITA = timezone(timedelta(hours=8))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
START = datetime(2026, 10, 20, 6, 0, tzinfo=WITA)
END = datetime(2026, 12, 5, 22, 30, tzinfo=WITA)

# ---------------------------------------------------------------- KIM registry
KIMS = [  # id, region, district, village, handle
    ("kim-sungai-miai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Miai", "kimsungaimiai"),
    ("kim-teluk-dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam", "kimtelukdalam.bjm"),
    ("kim-pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya", "kimpekapuranraya"),
    ("kim-basirih", "Kota Banjarmasin", "Banjarmasin Barat", "Basirih", "infobasirih"),
    ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis", "kimguntungmanggis"),
    ("kim-sungai-ulin", "Kota Banjarbaru", "Banjarbaru Utara", "Sungai Ulin", "kimsungaiulin"),
    ("kim-bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal", "kimbangkal.cempaka"),
    ("kim-dalam-pagar", "Kabupaten Banjar", "Martapura Timur", "Dalam Pagar", "kimdalampagar"),
    ("kim-keraton", "Kabupaten Banjar", "Martapura", "Keraton", "kimkeratonmtp"),
    ("kim-aluh-aluh-besar", "Kabupaten Banjar", "Aluh-Aluh", "Aluh-Aluh Besar", "kimaluhaluh"),
    ("kim-pelaihari", "Kabupaten Tanah Laut", "Pelaihari", "Pelaihari", "kimpelaihari"),
    ("kim-asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam", "kimasamasam"),
    ("kim-kurau", "Kabupaten Tanah Laut", "Kurau", "Kurau", "kimkurau.tala"),
    ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang", "kimbinuang"),
    ("kim-margasari-ilir", "Kabupaten Tapin", "Candi Laras Selatan", "Margasari Ilir", "kimmargasari"),
    ("kim-bitahan", "Kabupaten Tapin", "Lokpaikat", "Bitahan", "kimbitahan"),
    ("kim-jambu-hilir", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Jambu Hilir", "kimjambuhilir"),
    ("kim-pakan-dalam", "Kabupaten Hulu Sungai Selatan", "Daha Utara", "Pakan Dalam", "kimpakandalam"),
    ("kim-wasah-hulu", "Kabupaten Hulu Sungai Selatan", "Simpur", "Wasah Hulu", "kimwasahhulu"),
    ("kim-barabai-barat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Barat", "kimbarabaibarat"),
    ("kim-birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang", "kimbirayang"),
    ("kim-pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan", "kimpandawan"),
    ("kim-sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang", "kimsungaimalang"),
    ("kim-alabio", "Kabupaten Hulu Sungai Utara", "Sungai Pandan", "Alabio", "kimalabio"),
    ("kim-palimbangan", "Kabupaten Hulu Sungai Utara", "Haur Gading", "Palimbangan", "kimpalimbangan"),
    ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota", "kimparinginkota"),
    ("kim-awayan", "Kabupaten Balangan", "Awayan", "Awayan", "kimawayan"),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong", "kimhalong"),
    ("kim-pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan", "kimpembataan"),
    ("kim-kelua", "Kabupaten Tabalong", "Kelua", "Pulau", "kimkelua"),
    ("kim-tanta", "Kabupaten Tabalong", "Tanta", "Tanta", "kimtanta"),
    ("kim-marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", "kimmarabahan"),
    ("kim-anjir-muara", "Kabupaten Barito Kuala", "Anjir Muara", "Anjir Muara Kota", "kimanjirmuara"),
    ("kim-belawang", "Kabupaten Barito Kuala", "Belawang", "Belawang", "kimbelawang"),
    ("kim-baharu-selatan", "Kabupaten Kotabaru", "Pulau Laut Utara", "Baharu Selatan", "kimbaharuselatan"),
    ("kim-berangas", "Kabupaten Kotabaru", "Pulau Laut Timur", "Berangas", "kimberangas"),
    ("kim-serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga", "kimserongga"),
    ("kim-batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin", "kimbatulicin"),
    ("kim-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pagatan", "kimpagatan"),
    ("kim-sebamban-baru", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sebamban Baru", "kimsebambanbaru"),
]
INACTIVE = ["kim-basirih", "kim-bangkal", "kim-kurau", "kim-halong", "kim-tanta", "kim-serongga"]
SPECIAL = ["kim-palimbangan", "kim-wasah-hulu", "kim-belawang", "kim-berangas"]
KIM = {k[0]: k for k in KIMS}
BY_REGION = {}
for k in KIMS:
    BY_REGION.setdefault(k[1], []).append(k[0])
PLAIN = [k[0] for k in KIMS if k[0] not in INACTIVE + SPECIAL]

# ---------------------------------------------------------------- sources and their URL shapes
SRC = {  # source: (region or None for provincial, host, shape, site name, tag)
    "kemenag-kalsel": (None, "kalsel.kemenag.go.id", "num", "KEMENAG KALSEL"),
    "baznas-kalsel": (None, "kalsel.baznas.go.id", "newsshow", "BAZNAS KALSEL"),
    "pemprov-kalsel": (None, "kalselprov.go.id", "berita", "KALSELPROV.GO.ID"),
    "dinkes-kalsel": (None, "dinkes.kalselprov.go.id", "wp", "DINKES KALSEL"),
    "diskominfo-kalsel": (None, "diskominfo.kalselprov.go.id", "wp", "DISKOMINFO KALSEL"),
    "pemkot-banjarmasin": ("Kota Banjarmasin", "banjarmasinkota.go.id", "berita", "BANJARMASINKOTA.GO.ID"),
    "pemkot-banjarbaru": ("Kota Banjarbaru", "banjarbarukota.go.id", "wp", "BANJARBARUKOTA.GO.ID"),
    "pemkab-banjar": ("Kabupaten Banjar", "banjarkab.go.id", "wp", "BANJARKAB.GO.ID"),
    "pemkab-hss": ("Kabupaten Hulu Sungai Selatan", "hulusungaiselatankab.go.id", "detail", "PEMKAB HSS"),
    "pemkab-hst": ("Kabupaten Hulu Sungai Tengah", "hstkab.go.id", "num", "HSTKAB.GO.ID"),
    "pemkab-hsu": ("Kabupaten Hulu Sungai Utara", "hsu.go.id", "berita", "HSU.GO.ID"),
    "pemkab-tapin": ("Kabupaten Tapin", "tapinkab.go.id", "berita", "TAPINKAB.GO.ID"),
    "pemkab-tabalong": ("Kabupaten Tabalong", "tabalongkab.go.id", "detail", "TABALONGKAB.GO.ID"),
    "pemkab-balangan": ("Kabupaten Balangan", "balangankab.go.id", "detail", "BALANGANKAB.GO.ID"),
    "pemkab-tanah-bumbu": ("Kabupaten Tanah Bumbu", "tanahbumbukab.go.id", "wp", "TANAHBUMBUKAB.GO.ID"),
    "pemkab-tanah-laut": ("Kabupaten Tanah Laut", "tanahlautkab.go.id", "berita", "TANAHLAUTKAB.GO.ID"),
    "pemkab-kotabaru": ("Kabupaten Kotabaru", "kotabarukab.go.id", "num", "KOTABARUKAB.GO.ID"),
    "pemkab-batola": ("Kabupaten Barito Kuala", "baritokualakab.go.id", "berita", "BARITOKUALAKAB.GO.ID"),
}


def slugify(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower().replace("'", "")).strip("-")
    return "-".join(s.split("-")[:9])


def ann_url(src, when, title, num):
    _, host, shape, _ = SRC[src]
    slug = slugify(title)
    if shape == "wp":
        return f"https://{host}/{when:%Y/%m/%d}/{slug}/"
    if shape == "num":
        return f"https://{host}/berita/{num}/{slug}"
    if shape == "newsshow":
        return f"https://{host}/news-show/{slug}"
    if shape == "detail":
        return f"https://{host}/berita/detail/{slug}"
    return f"https://{host}/berita/{slug}"


def expand_dates(text):
    def rep(m):
        d, mo = int(m.group(1)), int(m.group(2))
        return f"{HARI[datetime(2026, mo, d).weekday()]} ({d}/{mo}/2026)"
    return re.sub(r"@(\d+)/(\d+)", rep, text)


ANN = {}
ANNS = []
for i, a in enumerate(anns41.A):
    when = datetime.strptime(a["when"], "%Y-%m-%d %H:%M").replace(tzinfo=WITA)
    paras = a["text"].split("\n\n")
    facts = paras[1] + " " + anns41.ADD[a["id"]]
    body = "\n\n".join([paras[0] + " " + facts, paras[2], paras[3]])
    text = expand_dates(body)
    rec = {"id": "h41-" + a["id"], "source": a["src"], "url": ann_url(a["src"], when, a["title"], 3150 + 37 * i),
           "title": a["title"], "text": text, "published_at": when.isoformat()}
    ANNS.append(rec)
    ANN[a["id"]] = dict(a, rec=rec, when=when, text=text, region=SRC[a["src"]][0])

# ---------------------------------------------------------------- helpers
POSTS = []  # dicts: kim, platform, title, text, links, time, label, key, meta


def add(kim, platform, when, title, text, links, style, gold, key, **meta):
    assert START <= when <= END, (key, when)
    POSTS.append(dict(kim=kim, platform=platform, time=when, title=title, text=text, links=links,
                      style=style, gold=["h41-" + g for g in gold], key=key, meta=meta))


def gold_time(anns, lo_min=15, hi_days=None):
    """A post time after every release in ``anns`` and within 20 days of the earliest (and before END)."""
    latest = max(ANN[a]["when"] for a in anns)
    earliest = min(ANN[a]["when"] for a in anns)
    limit = min(earliest + timedelta(days=19, hours=12), END)
    r = R.random()
    if hi_days is None:
        if r < 0.25:
            d = timedelta(minutes=R.randint(lo_min, 240))
        elif r < 0.7:
            d = timedelta(hours=R.uniform(4, 40))
        elif r < 0.92:
            d = timedelta(days=R.uniform(1.5, 6))
        else:
            d = timedelta(days=R.uniform(6, 13))
    else:
        d = timedelta(hours=R.uniform(2, hi_days * 24))
    t = latest + d
    if t > limit:
        t = latest + timedelta(minutes=R.randint(lo_min, max(lo_min + 1, int((limit - latest).total_seconds() // 60))))
    return t.replace(second=R.randint(0, 59))


def region_kim(region, pool):
    cands = [k for k in (BY_REGION.get(region, []) if region else PLAIN) if k in pool]
    return R.choice(cands or pool)


def tag_strip(text):
    return re.sub(r"\s*\([^()]*/[^()]*\)\s*$", "", text)


def hashtags(n, extra=()):
    pool = ["#KIM", "#InfoKalsel", "#KalselBabungas", "#BeritaBaik", "#InfoWarga", "#Kemenag", "#Baznas", "#Religi",
            "#Banua", "#KalimantanSelatan", "#Masjid", "#Santri", "#Halal", "#InfoTerkini", "#SalingJaga", "#Kerukunan",
            "#WargaBijak", "#UmatRukun", "#KabarBanua", "#Dakwah"]
    return " ".join(list(extra) + R.sample(pool, n))


def typo(text):
    words = [m for m in re.finditer(r"\b[a-z]{6,}\b", text)]
    if not words:
        return text
    m = R.choice(words)
    w = m.group(0)
    j = R.randint(1, len(w) - 3)
    w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return text[:m.start()] + w2 + text[m.end():]


def habits(text):
    ops = []
    for op in R.sample(["dash", "quotes", "typo", "collapse", "notag", "abbr", "dateline"], R.randint(0, 3)):
        if op == "dash":
            text = text.replace("\u2013", "-")
        elif op == "quotes":
            text = text.replace("\u201c", '"').replace("\u201d", '"')
        elif op == "typo":
            text = typo(text)
        elif op == "collapse":
            text = text.replace("\n\n", " ")
        elif op == "notag":
            text = tag_strip(text)
        elif op == "abbr":
            text = re.sub(r"\byang\b", "yg", text)
            text = re.sub(r"\bdengan\b", "dgn", text)
            text = re.sub(r"\buntuk\b", "utk", text)
        elif op == "dateline":
            text = re.sub(r"^([A-Z]+) \u2013", lambda m: f"{m.group(1).title()} (KIM) -", text)
        ops.append(op)
    return text, ops


# link forms
def url_form(url, shape, form):
    u = url
    if form == "exact":
        return u
    if form == "http":
        return u.replace("https://", "http://", 1)
    if form == "www":
        return u.replace("https://", "https://www.", 1)
    if form == "m":
        return u.replace("https://", "https://m.", 1)
    if form == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if form == "amp":
        return u + "amp/" if shape == "wp" else u + "?utm_source=wa"
    if form == "utm":
        return u + "?utm_source=whatsapp&utm_medium=share&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(28))
    if form == "utmfb":
        return u + "?utm_source=facebook&fbclid=IwZX" + "".join(R.choice(string.ascii_letters) for _ in range(22))
    if form == "httpm":
        return u.replace("https://", "http://m.", 1)
    if form == "bare-www":
        return u.replace("https://", "www.", 1)
    raise ValueError(form)


FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "bare-www"]

# ---------------------------------------------------------------- copy
COPY_HEAD = [
    lambda a: ("*BERITA PENTING*\n\n", "\n\n_Mohon dibagikan ke keluarga_"),
    lambda a: ("\u21aa\ufe0f Diteruskan dari grup Info Kecamatan\n\n", ""),
    lambda a: ("Forward dari grup pengajian \U0001f447\n\n", "\n\nSemoga bermanfaat."),
    lambda a: (f"\U0001f4e2 *{a['title'].upper()}*\n\n", "\n\n_Sumber: humas_"),
]


def make_copy(aid, n):
    a = ANN[aid]
    text, ops = habits(a["text"])
    kind = ["wa", "web", "fbgreet", "tgfwd", "ig"][n % 5]
    links, title = [], ""
    if kind == "wa":
        platform = R.choice(["facebook", "telegram"])
        h, t = R.choice(COPY_HEAD)(a)
        body = h + text + t
    elif kind == "web":
        platform, title = "website", a["title"]
        src = a["rec"]["url"]
        body = (f"Oleh Admin KIM \u00b7 {R.randint(0, 9)} Komentar\n\n" + text + f"\n\nSumber: {src}\n\nBaca juga: Jadwal posyandu bulan ini")
        links = [src]
    elif kind == "fbgreet":
        platform = "facebook"
        body = R.choice(["Assalamualaikum warga, ada info dari pemerintah:", "Selamat pagi dangsanak, berikut kabar resmi:",
                         "Info untuk warga kita semua \U0001f447"]) + "\n\n" + text + "\n\n" + R.choice(
            ["Silakan dibagikan.", "Semoga bermanfaat, salam KIM.", "Mari sukseskan bersama!"])
    elif kind == "tgfwd":
        platform = "telegram"
        region = a["region"] or "Kalsel"
        body = f"Forwarded from Info {region.replace('Kabupaten ', '').replace('Kota ', '')}\n{a['title'].upper()}\n\n" + text
    else:
        platform = "instagram"
        body = text + "\n\n" + hashtags(R.randint(4, 6))
    return platform, title, body, links, kind, ops


# ---------------------------------------------------------------- excerpt
def first_sentences(p, k):
    s = re.split(r"(?<=\.)\s+", p)
    return " ".join(s[:k])


def make_excerpt(aid, n):
    a = ANN[aid]
    paras = a["text"].split("\n\n")
    lead, quote = paras[0], paras[1]
    kind = ["tgtrunc", "fbmore", "iglead", "ytlead", "webquote", "fbintro", "fragment"][n % 7]
    title, links = "", []
    if kind == "tgtrunc":
        platform = "telegram"
        cut = R.randint(150, 220)
        body = lead[:cut].rsplit(" ", 1)[0] + "\u2026"
    elif kind == "fbmore":
        platform = "facebook"
        body = first_sentences(lead, 2) + " ... Lihat selengkapnya"
    elif kind == "iglead":
        platform = "instagram"
        body = first_sentences(lead, R.randint(1, 2)) + "\n\n" + hashtags(R.randint(3, 6))
    elif kind == "ytlead":
        platform = "youtube"
        title = "VIDEO | " + a["title"]
        body = lead + "\n\n00:00 Pembuka\n00:40 Suasana kegiatan\n02:15 Wawancara\n04:30 Penutup"
    elif kind == "webquote":
        platform = "website"
        title = a["title"]
        body = "Admin KIM \u00b7 Berita\n\n" + quote + "\n\nBagikan: Facebook | WhatsApp | Telegram"
    elif kind == "fbintro":
        platform = "facebook"
        body = R.choice(["Kabar dari pemerintah, dangsanak:", "Info resmi hari ini \U0001f447", "Untuk diketahui warga:"]) + \
            "\n\n" + lead + "\n\n" + R.choice(["Simak selengkapnya di laman resmi.", "Semoga bermanfaat.", "Salam KIM."])
    else:
        platform = R.choice(["facebook", "telegram"])
        words = lead.split()
        body = " ".join(words[:R.randint(12, 17)]) + "\u2026"
    return platform, title, body, links, kind


# ---------------------------------------------------------------- link
def make_link(aid, n):
    a = ANN[aid]
    shape = SRC[a["src"]][2]
    kind = ["fbshare", "fbcomment", "tgtitle", "ytdesc", "webmore"][n % 5]
    form = FORMS[n % len(FORMS)]
    if shape != "wp" and form == "amp":
        form = "amp"  # gives ?utm_source=wa on non-WordPress sites
    u = url_form(a["rec"]["url"], shape, form)
    title = ""
    comments = ["Info penting, silakan dibaca.", "Baca ya dangsanak \U0001f447", "Mohon disimak warga.",
                "Kabar terbaru dari pemerintah.", "Bagikan ke yang perlu.", "Ini beritanya."]
    if kind == "fbshare":
        platform = "facebook"
        body = R.choice(comments) + "\n\n" + SRC[a["src"]][3] + "\n" + a["title"]
        links = [u if not u.startswith("www.") else "https://" + u]
    elif kind == "fbcomment":
        platform = "facebook"
        body = R.choice(comments) + " " + u
        links = [u]
    elif kind == "tgtitle":
        platform = "telegram"
        body = a["title"] + "\n" + u
        links = [u]
    elif kind == "ytdesc":
        platform = "youtube"
        title = "Kabar Pekan Ini: " + a["title"][:60]
        body = "Berita lengkap: " + u + "\n\nIkuti kanal KIM untuk info desa."
        links = [u]
    else:
        platform = "website"
        title = a["title"]
        body = R.choice(["Pemerintah menyampaikan kabar terbaru untuk warga.", "Berikut ringkasan kabar resmi."]) + \
            "\n\nBaca selengkapnya: " + u
        links = [u]
    return platform, title, body, links, kind, form


# ---------------------------------------------------------------- summaries, paraphrases, negatives
def shape_short(text, n):
    kind = ["fb", "tg", "ig", "wa"][n % 4]
    if kind == "fb":
        return "facebook", "", text, kind
    if kind == "tg":
        return "telegram", "", text, kind
    if kind == "ig":
        return "instagram", "", text + "\n\n" + hashtags(3), kind
    return R.choice(["facebook", "telegram"]), "", "*INFO*\n" + text + "\n_Mohon disebarkan_", kind


def shape_long(a, text, n):
    kind = ["fb", "igtags", "web", "yt"][n % 4]
    if kind == "fb":
        return "facebook", "", text, kind
    if kind == "igtags":
        return "instagram", "", text + "\n\n" + hashtags(11), kind
    if kind == "web":
        return "website", a["title"].split(",")[0], "Ditulis oleh tim KIM\n\n" + text, kind
    return "youtube", "Liputan: " + a["title"][:70], text + "\n\n00:00 Pembuka\n01:10 Keterangan pejabat\n03:00 Suara warga", kind


def title_of(text):
    s = re.split(r"(?<=[.!?])\s", text)[0]
    return (s[:70].rsplit(" ", 1)[0] if len(s) > 70 else s).rstrip(".:")


def shape_neg(text, n):
    kind = ["fb", "wa", "tg", "ig", "web", "yt", "fb"][n % 7]
    if kind == "fb":
        return "facebook", "", text, kind
    if kind == "wa":
        return R.choice(["facebook", "telegram"]), "", R.choice(["*INFO WARGA*\n\n", "Diteruskan dari grup RT \U0001f447\n\n",
                                                                   "\U0001f4e2 *KABAR KAMPUNG*\n\n"]) + text, kind
    if kind == "tg":
        return "telegram", "", text, kind
    if kind == "ig":
        return "instagram", "", text + "\n\n" + hashtags(R.randint(3, 5)), kind
    if kind == "web":
        return "website", title_of(text), "Admin KIM\n\n" + text, kind
    return "youtube", "VIDEO | " + title_of(text), text + "\n\nJangan lupa subscribe kanal KIM.", kind


def place_neg(aid):
    """A look-alike's time: around its release (half a day before to two weeks after), inside the period."""
    t = ANN[aid]["when"] + timedelta(hours=R.uniform(-12, 330))
    return min(max(t, START + timedelta(hours=1)), END - timedelta(hours=1)).replace(second=R.randint(0, 59))


def main():
    aids = [a["id"] for a in anns41.A]
    order = aids[:]
    R.shuffle(order)
    active_pool = PLAIN

    # copy 30, excerpt 34, link 36
    for n in range(30):
        aid = order[n % len(order)]
        pl, title, body, links, kind, ops = make_copy(aid, n)
        kim = region_kim(ANN[aid]["region"], active_pool)
        add(kim, pl, gold_time([aid]), title, body, links, "copy", [aid], f"auto:copy:{aid}", shape=kind, ops=ops)
    for n in range(34):
        aid = order[(n + 11) % len(order)]
        pl, title, body, links, kind = make_excerpt(aid, n)
        pool = active_pool + (SPECIAL if kind == "tgtrunc" else [])
        kim = region_kim(ANN[aid]["region"], pool)
        add(kim, pl, gold_time([aid]), title, body, links, "excerpt", [aid], f"auto:excerpt:{aid}", shape=kind)
    for n in range(36):
        aid = order[(n + 23) % len(order)]
        pl, title, body, links, kind, form = make_link(aid, n)
        kim = region_kim(ANN[aid]["region"], active_pool)
        add(kim, pl, gold_time([aid]), title, body, links, "link", [aid], f"auto:link:{aid}", shape=kind, form=form)

    # summaries and paraphrases
    ns = nl = npar = 0
    for aid in aids:
        a = ANN[aid]
        pl, title, body, kind = shape_short(a["S"], ns)
        ns += 1
        add(region_kim(a["region"], active_pool), pl, gold_time([aid]), title, body, [], "summary", [aid],
            f"anns41.py:{aid}:S", shape=kind)
        if a["L"]:
            pl, title, body, kind = shape_long(a, a["L"], nl)
            nl += 1
            add(region_kim(a["region"], active_pool), pl, gold_time([aid]), title, body, [], "summary", [aid],
                f"anns41.py:{aid}:L", shape=kind)
        pl = ["facebook", "instagram", "telegram", "facebook"][npar % 4]
        npar += 1
        pool = active_pool + SPECIAL
        kim = region_kim(a["region"], [k for k in pool if k in SPECIAL] or pool) if a["region"] in \
            {KIM[s][1] for s in SPECIAL} else region_kim(a["region"], pool)
        add(kim, pl, gold_time([aid]), "", a["P"], [], "paraphrase", [aid], f"anns41.py:{aid}:P", shape=pl)
    for i, (aid, text) in enumerate(extra41.P2):
        add(region_kim(ANN[aid]["region"], PLAIN), ["instagram", "facebook", "telegram"][i], gold_time([aid]), "", text,
            [], "paraphrase", [aid], f"extra41.py:P2[{i}]", shape="casual")

    # round-ups: 8 with three releases, 18 with two
    by_time = sorted(aids, key=lambda x: ANN[x]["when"])
    groups = []
    for g in range(26):
        size = 3 if g < 8 else 2
        while True:
            start = R.randrange(0, len(by_time) - size)
            span = by_time[start:start + size + R.randint(0, 3)]
            pick = sorted(R.sample(span, size), key=lambda x: ANN[x]["when"]) if len(span) >= size else None
            if pick and (ANN[pick[-1]]["when"] - ANN[pick[0]]["when"]) < timedelta(days=11) and \
                    ANN[pick[0]]["when"] + timedelta(days=19) > ANN[pick[-1]]["when"] + timedelta(hours=3) and \
                    tuple(pick) not in groups:
                groups.append(tuple(pick))
                break
    layouts = ["oneline", "bullets", "numbered", "prose", "ytchapters", "kabar"]
    special_cycle = SPECIAL * 3
    for g, pick in enumerate(groups):
        layout = layouts[g % len(layouts)]
        items = []
        for aid in pick:
            a = ANN[aid]
            items.append(R.choice([a["title"], a["title"].lower(), a["S"].rstrip(".")]))
        loc = R.sample(extra41.LOCAL, R.randint(0, 2))
        allitems = items + loc
        R.shuffle(allitems)
        title = ""
        if layout == "oneline":
            platform, body = R.choice(["facebook", "telegram"]), "KILAS INFO | " + " | ".join(allitems) + " |"
        elif layout == "bullets":
            platform, body = "instagram", "Rangkuman kabar pekan ini:\n" + "\n".join("\u2022 " + x for x in allitems) + \
                "\n\n" + hashtags(4)
        elif layout == "numbered":
            platform, body = "facebook", "Info sepekan untuk warga:\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(allitems))
        elif layout == "prose":
            platform, title = "website", "Rangkuman Kabar Keagamaan Pekan Ini"
            body = "Beberapa kabar pekan ini. " + " Selain itu, ".join(x[0].upper() + x[1:].rstrip(".") + "." for x in allitems)
        elif layout == "ytchapters":
            platform, title = "youtube", f"Kabar Banua Sepekan #{g + 1}"
            body = "Di video ini:\n" + "\n".join(f"{i:02d}:{(i * 37) % 60:02d} {x}" for i, x in enumerate(allitems))
        else:
            platform, body = "telegram", "\U0001f5de\ufe0f KABAR SINGKAT \u2705\n" + "\n".join("- " + x for x in allitems)
        kim = special_cycle[g] if g < 12 else R.choice(PLAIN)
        add(kim, platform, gold_time(list(pick)), title, body, [], "roundup", list(pick), f"auto:roundup:{g}",
            shape=layout, local_items=len(loc))

    # look-alikes: inactive KIMs take the first five of their region
    taken = {k: 0 for k in INACTIVE}
    n = 0
    for aid in aids:
        for j, (region, text, differs) in enumerate(ANN[aid]["N"]):
            region_inactive = [k for k in INACTIVE if KIM[k][1] == region]
            if region_inactive and taken[region_inactive[0]] < 5:
                kim = region_inactive[0]
                taken[kim] += 1
            else:
                kim = R.choice(BY_REGION[region])
            pl, title, body, kind = shape_neg(text, n)
            links = []
            if n % 9 == 4:  # a trap: an older article on the same government site
                old = ANN[aid]["rec"]["url"].rstrip("/").rsplit("/", 1)[0] + "/arsip-2025-" + slugify(title_of(text))[:40]
                body += "\n\nBerita terkait: " + old
                links = [old]
            n += 1
            add(kim, pl, place_neg(aid), title, body, links, "negative-topic", [], f"anns41.py:{aid}:N[{j}]",
                shape=kind, imitates=["h41-" + aid], differs=differs)

    for j, (aid, region, text, differs, fixed) in enumerate(extra41.N2):
        pl, title, body, kind = shape_neg(text, j * 3 + 1)
        t = (datetime.strptime(fixed, "%Y-%m-%d %H:%M").replace(tzinfo=WITA) if fixed else place_neg(aid))
        add(R.choice(BY_REGION[region]), pl, t, title, body, [], "negative-topic", [], f"extra41.py:N2[{j}]",
            shape=kind, imitates=["h41-" + aid], differs=differs)

    # before posts
    befores = [(aid, ANN[aid]["B"][1], ANN[aid]["B"][0], "posted before the release, no release facts; preparation or rumour")
               for aid in aids if ANN[aid]["B"]] + list(extra41.B2)
    for i, (aid, hours, text, differs) in enumerate(befores):
        t = (ANN[aid]["when"] - timedelta(hours=hours, minutes=R.randint(5, 50))).replace(second=R.randint(0, 59))
        region = ANN[aid]["region"]
        pool = [k for k in BY_REGION.get(region, PLAIN)]
        kim = R.choice(pool)
        pl = ["facebook", "telegram", "facebook", "instagram"][i % 4]
        add(kim, pl, t, "", text, [], "before", [], f"before:{aid}:{i}", shape=pl, imitates=["h41-" + aid],
            differs=differs)

    # unrelated
    for i, (region, text) in enumerate(extra41.U):
        pl, title, body, kind = shape_neg(text, i + 3)
        t = START + timedelta(seconds=R.randint(3600, int((END - START).total_seconds()) - 3600))
        add(R.choice(BY_REGION[region]), pl, t, title, body, [], "negative-unrelated", [], f"extra41.py:U[{i}]", shape=kind)

    write()


def post_url(p, n):
    k = KIM[p["kim"]]
    h = k[4]
    rnd = "".join(R.choice(string.ascii_letters + string.digits) for _ in range(11))
    if p["platform"] == "facebook":
        return f"https://www.facebook.com/{h}/posts/pfbid0{rnd}{n}"
    if p["platform"] == "telegram":
        return f"https://t.me/{h.replace('.', '_')}/{200 + n}"
    if p["platform"] == "instagram":
        return f"https://www.instagram.com/p/C{rnd[:10]}/"
    if p["platform"] == "youtube":
        return f"https://www.youtube.com/watch?v={rnd}"
    return f"https://{k[3].lower().replace(' ', '').replace('-', '')}.desa.id/artikel/{p['time']:%Y/%m/%d}/" + \
        slugify(p["title"])


def write():
    POSTS.sort(key=lambda p: (p["time"], p["key"]))
    ids = list(range(1, len(POSTS) + 1))
    random.Random(SEED + 1).shuffle(ids)
    posts, labels, keymap = [], [], {}
    for n, (p, num) in enumerate(zip(POSTS, ids)):
        pid = f"h41-p{num:03d}"
        posts.append({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": post_url(p, n), "title": p["title"],
                      "text": p["text"], "published_at": p["time"].isoformat(), "links": p["links"]})
        labels.append({"post": pid, "announcements": p["gold"], "style": p["style"]})
        keymap[pid] = dict({"key": p["key"], "style": p["style"], "gold": p["gold"]}, **p["meta"])
    with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
        for a in ANNS:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
        f.write("kims:\n")
        for k in KIMS:
            f.write(f"- id: {k[0]}\n  name: KIM {k[3]}\n  region: {k[1]}\n  district: {k[2]}\n  village: {k[3]}\n")


if __name__ == "__main__":
    main()
