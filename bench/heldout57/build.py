#!/usr/bin/env python3
"""Generator of heldout57 (written from scratch for this set). Deterministic: one seed, no clock, no set order.

Reads the hand-written modules anns_a.py, anns_b.py, anns_c.py (releases, summaries, paraphrases, look-alikes,
`before` posts) and extra.py (unrelated posts, more `before` posts and look-alikes, casual paraphrases, local
round-up items). Writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

import anns_a
import anns_b
import anns_c
import extra

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120757
R = random.Random(SEED)
WITA = "+08:00"
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
START, END = datetime(2026, 10, 20, 6, 0), datetime(2026, 12, 5, 21, 30)

# ----------------------------------------------------------------------------------------------------------------
# KIM registry: (id suffix, region, kecamatan, desa/kelurahan). Roles below.
KIMS = [
    ("sungai-jingah", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Jingah"),
    ("pengambangan", "Kota Banjarmasin", "Banjarmasin Timur", "Pengambangan"),
    ("basirih", "Kota Banjarmasin", "Banjarmasin Barat", "Basirih"),
    ("mantuil", "Kota Banjarmasin", "Banjarmasin Selatan", "Mantuil"),
    ("guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("sungai-tiung", "Kota Banjarbaru", "Cempaka", "Sungai Tiung"),
    ("loktabat-utara", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara"),
    ("tiwingan-lama", "Kabupaten Banjar", "Aranio", "Tiwingan Lama"),
    ("sungai-batang", "Kabupaten Banjar", "Martapura Barat", "Sungai Batang"),
    ("pasayangan", "Kabupaten Banjar", "Martapura", "Pasayangan"),
    ("batakan", "Kabupaten Tanah Laut", "Panyipatan", "Batakan"),
    ("tabanio", "Kabupaten Tanah Laut", "Takisung", "Tabanio"),
    ("kurau", "Kabupaten Tanah Laut", "Kurau", "Kurau"),
    ("teluk-tamiang", "Kabupaten Kotabaru", "Pulau Laut Tanjung Selayar", "Teluk Tamiang"),
    ("sebelimbingan", "Kabupaten Kotabaru", "Pulau Laut Utara", "Sebelimbingan"),
    ("sarang-tiung", "Kabupaten Kotabaru", "Pulau Laut Sigam", "Sarang Tiung"),
    ("kota-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Kota Pagatan"),
    ("angsana", "Kabupaten Tanah Bumbu", "Angsana", "Angsana"),
    ("sebamban-baru", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sebamban Baru"),
    ("pipitak-jaya", "Kabupaten Tapin", "Piani", "Pipitak Jaya"),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("tatakan", "Kabupaten Tapin", "Tapin Selatan", "Tatakan"),
    ("loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado"),
    ("hamalau", "Kabupaten Hulu Sungai Selatan", "Sungai Raya", "Hamalau"),
    ("kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota"),
    ("hinas-kiri", "Kabupaten Hulu Sungai Tengah", "Batang Alai Timur", "Hinas Kiri"),
    ("hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan"),
    ("barabai-darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat"),
    ("danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
    ("palampitan-hulu", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Palampitan Hulu"),
    ("sungai-namang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Sungai Namang"),
    ("paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("juai", "Kabupaten Balangan", "Juai", "Juai"),
    ("halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan"),
    ("jaro", "Kabupaten Tabalong", "Jaro", "Jaro"),
    ("tanjung", "Kabupaten Tabalong", "Tanjung", "Tanjung"),
    ("jejangkit-muara", "Kabupaten Barito Kuala", "Jejangkit", "Jejangkit Muara"),
    ("berangas", "Kabupaten Barito Kuala", "Alalak", "Berangas"),
    ("tamban-catur", "Kabupaten Barito Kuala", "Tamban", "Tamban Catur"),
]
KIM = {"kim-" + k[0]: dict(id="kim-" + k[0], region=k[1], district=k[2], village=k[3]) for k in KIMS}
INACTIVE = ["kim-pasayangan", "kim-kurau", "kim-sarang-tiung", "kim-tatakan", "kim-juai", "kim-berangas"]
SPECIAL = ["kim-hinas-kiri", "kim-sungai-namang", "kim-jaro", "kim-mantuil"]
REGULAR = [k for k in KIM if k not in INACTIVE and k not in SPECIAL]

# ----------------------------------------------------------------------------------------------------------------
# Sources: each its own URL habit. wp = WordPress (takes /amp/).
SOURCES = {
    "dispar-kalsel": dict(region=None, site="Dispar Kalsel", host="dispar.kalselprov.go.id", wp=True,
                          url="https://{h}/{y}/{m}/{d}/{slug}/"),
    "diskominfo-kalsel": dict(region=None, site="Diskominfo Kalsel", host="diskominfo.kalselprov.go.id", wp=True,
                              url="https://{h}/{y}/{m}/{d}/{slug}/"),
    "pemprov-kalsel": dict(region=None, site="Pemprov Kalsel", host="kalselprov.go.id", wp=False,
                           url="https://{h}/berita/read/{n}/{slug}"),
    "disperindag-kalsel": dict(region=None, site="Disperindag Kalsel", host="disperindag.kalselprov.go.id", wp=False,
                               url="https://{h}/berita/{n}/{slug}"),
    "dekranasda-kalsel": dict(region=None, site="Dekranasda Kalsel", host="dekranasda.kalselprov.go.id", wp=False,
                              url="https://{h}/kabar/{y}{m}{d}-{slug}"),
    "pemkot-banjarmasin": dict(region="Kota Banjarmasin", site="Pemkot Banjarmasin", host="banjarmasinkota.go.id",
                               wp=False, url="https://{h}/{y}/{m}/{slug}.html"),
    "pemkot-banjarbaru": dict(region="Kota Banjarbaru", site="Pemkot Banjarbaru", host="banjarbarukota.go.id",
                              wp=False, url="https://{h}/kabar/{slug}"),
    "pemkab-banjar": dict(region="Kabupaten Banjar", site="Pemkab Banjar", host="banjarkab.go.id", wp=True,
                          url="https://{h}/index.php/{y}/{m}/{d}/{slug}/"),
    "pemkab-tanah-laut": dict(region="Kabupaten Tanah Laut", site="Pemkab Tanah Laut", host="tanahlautkab.go.id",
                              wp=False, url="https://{h}/baca/{slug}"),
    "pemkab-kotabaru": dict(region="Kabupaten Kotabaru", site="Pemkab Kotabaru", host="kotabarukab.go.id", wp=False,
                            url="https://{h}/news/{y}/{m}/{d}/{slug}"),
    "pemkab-tanah-bumbu": dict(region="Kabupaten Tanah Bumbu", site="Pemkab Tanah Bumbu", host="tanahbumbukab.go.id",
                               wp=False, url="https://{h}/berita/detail/{n}/{slug}"),
    "pemkab-tapin": dict(region="Kabupaten Tapin", site="Pemkab Tapin", host="tapinkab.go.id", wp=False,
                         url="https://{h}/berita-{n}-{slug}.html"),
    "pemkab-hss": dict(region="Kabupaten Hulu Sungai Selatan", site="Pemkab HSS", host="hulusungaiselatankab.go.id",
                       wp=False, url="https://{h}/berita/{slug}"),
    "pemkab-hst": dict(region="Kabupaten Hulu Sungai Tengah", site="Pemkab HST", host="hstkab.go.id", wp=False,
                       url="https://{h}/p/{n}/{slug}"),
    "pemkab-hsu": dict(region="Kabupaten Hulu Sungai Utara", site="Pemkab HSU", host="hsu.go.id", wp=False,
                       url="https://{h}/artikel/{n}-{slug}"),
    "pemkab-balangan": dict(region="Kabupaten Balangan", site="Pemkab Balangan", host="balangankab.go.id", wp=False,
                            url="https://{h}/warta/{slug}"),
    "pemkab-tabalong": dict(region="Kabupaten Tabalong", site="Pemkab Tabalong", host="tabalongkab.go.id", wp=False,
                            url="https://{h}/post/{y}/{slug}"),
    "pemkab-batola": dict(region="Kabupaten Barito Kuala", site="Pemkab Barito Kuala", host="baritokualakab.go.id",
                          wp=False, url="https://{h}/publikasi/berita/{slug}"),
}
REGION_SHORT = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
                "Kabupaten Tanah Laut": "Tanah Laut", "Kabupaten Kotabaru": "Kotabaru",
                "Kabupaten Tanah Bumbu": "Tanah Bumbu", "Kabupaten Tapin": "Tapin",
                "Kabupaten Hulu Sungai Selatan": "HSS", "Kabupaten Hulu Sungai Tengah": "HST",
                "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Balangan": "Balangan",
                "Kabupaten Tabalong": "Tabalong", "Kabupaten Barito Kuala": "Batola"}


def when(s, year=2026):
    """'MM-DD HH:MM' or 'MM-DD HH' -> datetime (Wita, naive)."""
    md, hm = s.split()
    mo, dd = map(int, md.split("-"))
    hh, mi = (map(int, hm.split(":")) if ":" in hm else (int(hm), 0))
    return datetime(year, mo, dd, hh, mi)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + WITA


def render_days(text):
    def day(m):
        d = datetime(2026, int(m.group(1)), int(m.group(2)))
        return f"{HARI[d.weekday()]} ({d.day}/{d.month}/{d.year})"
    return re.sub(r"\{D:(\d\d)-(\d\d)\}", day, text)


ALL = anns_a.ANNS + anns_b.ANNS + anns_c.ANNS
ANN = {}
for a in ALL:
    src = SOURCES[a["src"]]
    pub = when(a["at"]) + timedelta(seconds=R.randint(0, 59))
    n = R.randint(1800, 9800)
    url = src["url"].format(h=src["host"], y=pub.strftime("%Y"), m=pub.strftime("%m"), d=pub.strftime("%d"),
                            n=n, slug=a["slug"])
    ANN[a["id"]] = dict(a, pub=pub, url=url, text=render_days(a["text"]), region=src["region"], site=src["site"],
                        wp=src["wp"])
AIDS = sorted(ANN)


def fid(a):
    return "h57-" + a


# ----------------------------------------------------------------------------------------------------------------
# Post URLs and KIM channel handles
def handle(kim):
    return kim.replace("kim-", "kim.").replace("-", "")


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
TG_COUNTER = {}


def post_url(kim, platform, dt, title):
    h = handle(kim)
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/pfbid0" + "".join(R.choice(ALNUM) for _ in range(24))
    if platform == "telegram":
        TG_COUNTER[kim] = TG_COUNTER.get(kim, 100 + R.randint(0, 300)) + R.randint(1, 9)
        return f"https://t.me/{h.replace('.', '_')}/{TG_COUNTER[kim]}"
    if platform == "instagram":
        return "https://www.instagram.com/p/" + "".join(R.choice(ALNUM + "_-") for _ in range(11)) + "/"
    if platform == "youtube":
        return "https://www.youtube.com/watch?v=" + "".join(R.choice(ALNUM + "_-") for _ in range(11))
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]
    village = KIM[kim]["village"].lower().replace(" ", "")
    if sum(map(ord, kim)) % 2:
        return f"https://kim{village}.blogspot.com/{dt:%Y}/{dt:%m}/{slug}.html"
    return f"https://{village}.desa.id/artikel/{dt:%Y}/{dt:%m}/{dt:%d}/{slug}"


# ----------------------------------------------------------------------------------------------------------------
# Link forms
def link_form(a, form):
    u = a["url"]
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
        return u + "amp/"
    if form == "utm":
        src = R.choice(["facebook", "whatsapp", "telegram", "ig"])
        return u + f"?utm_source={src}&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + "".join(R.choice(ALNUM) for _ in range(30))
    if form == "utm+fbclid":
        return u + "?utm_source=facebook&utm_medium=share&fbclid=IwZX" + "".join(R.choice(ALNUM) for _ in range(26))
    if form == "http+m":
        return u.replace("https://", "http://m.", 1)
    if form == "www-noscheme":
        return u.replace("https://", "www.", 1)
    raise ValueError(form)


# ----------------------------------------------------------------------------------------------------------------
# Copy habits
def typo(text, n):
    words = [i for i, w in enumerate(text.split(" ")) if len(w) > 6 and w.isalpha()]
    parts = text.split(" ")
    for i in R.sample(words, min(n, len(words))):
        w = parts[i]
        j = R.randint(1, len(w) - 3)
        parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(parts)


def habits(text, k):
    ops = R.sample(["dash", "quotes", "typo", "collapse", "droptag", "abbrev"], k)
    for op in ops:
        if op == "dash":
            text = text.replace("–", "-")
        elif op == "quotes":
            text = text.replace("“", '"').replace("”", '"')
        elif op == "typo":
            text = typo(text, R.randint(1, 3))
        elif op == "collapse":
            text = re.sub(r"\n\n", " ", text)
        elif op == "droptag":
            text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text)
        elif op == "abbrev":
            text = re.sub(r"\byang\b", "yg", text)
            text = re.sub(r"\bdengan\b", "dgn", text)
            text = re.sub(r"\buntuk\b", "utk", text)
    return text, ops


def hashtags(a, n):
    base = ["#KIM" + KIM_TAG, "#WisataKalsel", "#DesaWisata", "#EkonomiKreatif", "#Banua", "#InfoKalsel",
            "#PesonaKalsel", "#UMKMNaikKelas", "#KalselBabungas", "#JelajahBanua", "#Kriya", "#Pariwisata",
            "#OlehOlehKalsel", "#SusurSungai", "#KIMKalsel", "#BanuaKreatif"]
    if a.get("region"):
        base.insert(0, "#" + REGION_SHORT[a["region"]].replace(" ", ""))
    return " ".join(R.sample(base, n) if n < len(base) else base)


KIM_TAG = "Kalsel"


def paras(a):
    return a["text"].split("\n\n")


def first_sentence(t):
    m = re.match(r"(.+?[.!?])(\s|$)", t, re.S)
    return m.group(1) if m else t


# ----------------------------------------------------------------------------------------------------------------
# Post builders. Each returns dict(platform, title, text, links, shape, ...)
GREET = ["Assalamualaikum warga {v}, berikut informasi dari pemerintah:", "Selamat pagi dangsanak {v} 🙏 Kami bagikan kabar ini:",
         "Salam KIM {v}! Info penting untuk kita semua:", "Untuk diketahui warga {v}:", "Bismillah, kabar hari ini untuk warga {v}:"]
WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*MOHON DISEBARKAN*", "*INFO WISATA BANUA*", "*KABAR PEMERINTAH*"]
WA_TAIL = ["_Diteruskan dari grup Info Desa {v}_", "Forward dari grup sebelah 👇", "_Semoga bermanfaat_",
           "_Diteruskan dari grup Warga {v}_", "_Dari grup Pokdarwis, silakan sebarkan_"]


def build_copy(a, kim, shape):
    v = KIM[kim]["village"]
    text, ops = habits(a["text"], R.randint(0, 3))
    links = []
    if shape == "wa":
        plat = R.choice(["facebook", "telegram"])
        body = f"{R.choice(WA_HEAD)}\n*{a['title']}*\n\n{text}\n\n{R.choice(WA_TAIL).format(v=v)}"
        return dict(platform=plat, title="", text=body, links=links, shape=shape, ops=ops)
    if shape == "web":
        src = R.choice(["url", "domain", "name"])
        if src == "url":
            tail = f"Sumber: {a['url']}"
            links.append(a["url"])
        elif src == "domain":
            tail = "Sumber: " + a["url"].split("/")[2]
        else:
            tail = f"Sumber: {a['site']}"
        body = f"Oleh Admin KIM {v} · {R.randint(0, 7)} Komentar\n\n{text}\n\n{tail}"
        return dict(platform="website", title=a["title"], text=body, links=links, shape=shape, ops=ops + ["src:" + src])
    if shape == "fbgreet":
        body = f"{R.choice(GREET).format(v=v)}\n\n{text}\n\nSalam KIM {v}."
        return dict(platform="facebook", title="", text=body, links=links, shape=shape, ops=ops)
    if shape == "tgfwd":
        reg = REGION_SHORT.get(a["region"] or "", "Kalsel")
        body = f"Forwarded from Info {reg}\n{a['title'].upper()}\n\n{text}"
        return dict(platform="telegram", title="", text=body, links=links, shape=shape, ops=ops)
    if shape == "ig":
        body = f"📌 {a['title']}\n\n{text}\n\n{hashtags(a, R.randint(4, 6))}"
        return dict(platform="instagram", title="", text=body, links=links, shape=shape, ops=ops)
    raise ValueError(shape)


INTRO = ["Info untuk warga, terutama pelaku wisata:", "Kabar baik dari pemerintah daerah 👇", "Simak, dangsanak:",
         "Untuk diketahui bersama:", "Berikut petikan beritanya:"]
OUTRO = ["Semoga bermanfaat.", "Silakan dibagikan.", "Berita lengkap di situs resmi pemda.", "Mari dukung pariwisata Banua!",
         "Info lebih lanjut tanya admin KIM."]
QUOTE_HEAD = ["Kata Mereka:", "Kutipan Pekan Ini:", "Suara Pemerintah:"]


def build_excerpt(a, kim, shape):
    p = paras(a)
    if shape == "tgtrunc":
        cut = R.randint(150, 220)
        lead = p[0][:cut].rsplit(" ", 1)[0].rstrip(",;:–- ")
        return dict(platform="telegram", title="", text=f"{a['title']}\n\n{lead}\u2026", links=[], shape=shape)
    if shape == "fbmore":
        start = " ".join(p[1].split()[:R.randint(8, 16)])
        return dict(platform="facebook", title="", text=f"{p[0]}\n\n{start}... Lihat selengkapnya", links=[], shape=shape)
    if shape == "iglead":
        return dict(platform="instagram", title="", text=f"{p[0]}\n\n{hashtags(a, R.randint(3, 6))}", links=[], shape=shape)
    if shape == "yt":
        ch = ["00:00 Pembuka", f"00:{R.randint(10, 40)} " + (a['title'] if len(a['title']) <= 44 else a['title'][:44].rsplit(" ", 1)[0] + " …"), f"01:{R.randint(10, 59)} Keterangan pejabat",
              f"02:{R.randint(10, 59)} Penutup"]
        body = f"{p[0]}\n\n" + "\n".join(ch) + f"\n\nJangan lupa subscribe KIM {KIM[kim]['village']}."
        return dict(platform="youtube", title=f"VIDEO | {a['title']}", text=body, links=[], shape=shape)
    if shape == "webquote":
        q = next(x for x in p if "“" in x)
        return dict(platform="website", title=f"{R.choice(QUOTE_HEAD)} {a['title']}", text=q, links=[], shape=shape)
    if shape == "fbintro":
        return dict(platform="facebook", title="", text=f"{R.choice(INTRO)}\n\n{p[0]}\n\n{p[1]}\n\n{R.choice(OUTRO)}",
                    links=[], shape=shape)
    raise ValueError(shape)


COMMENTS = ["Info penting untuk pelaku wisata 👇", "Silakan dibaca, dangsanak.", "Kabar baik dari pemda!",
            "Mohon dibagikan ke grup RT.", "Baca beritanya di sini:", "Yang menunggu-nunggu, ini dia infonya.",
            "Untuk UMKM dan Pokdarwis, simak ya.", "Mantap, semoga lancar."]


def build_link(a, kim, shape, form):
    u = link_form(a, form)
    if shape == "fbshare":
        body = f"{R.choice(COMMENTS)}\n\n{a['url'].split('/')[2].upper()}\n{a['title']}"
        return dict(platform="facebook", title="", text=body, links=[u], shape=shape, form=form)
    if shape == "fbcomment":
        return dict(platform="facebook", title="", text=f"{R.choice(COMMENTS)} {u}", links=[u], shape=shape, form=form)
    if shape == "tglink":
        return dict(platform="telegram", title="", text=f"📰 {a['title']}\n{u}", links=[u], shape=shape, form=form)
    if shape == "ytlink":
        body = f"Liputan singkat KIM {KIM[kim]['village']}.\n\nBerita lengkap: {u}"
        return dict(platform="youtube", title=a["title"], text=body, links=[u], shape=shape, form=form)
    if shape == "weblink":
        body = f"{first_sentence(paras(a)[0])}\n\nBaca selengkapnya: {u}"
        return dict(platform="website", title=a["title"], text=body, links=[u], shape=shape, form=form)
    raise ValueError(shape)


def build_summary(a, kim, long):
    if not long:
        shape = R.choice(["fb", "tg", "ig", "wa"])
        s = a["S"]
        if shape == "fb":
            return dict(platform="facebook", title="", text=s, links=[], shape="sum-fb")
        if shape == "tg":
            return dict(platform="telegram", title="", text=f"ℹ️ {s}", links=[], shape="sum-tg")
        if shape == "ig":
            return dict(platform="instagram", title="", text=f"{s}\n\n{hashtags(a, 3)}", links=[], shape="sum-ig")
        return dict(platform="facebook", title="", text=f"*INFO*\n{s}\n_Mohon disebarkan_", links=[], shape="sum-wa")
    shape = R.choice(["fb", "web", "yt", "ig"])
    s = a["L"]
    if shape == "fb":
        return dict(platform="facebook", title="", text=f"{s}\n\n(Diringkas admin KIM {KIM[kim]['village']})",
                    links=[], shape="long-fb")
    if shape == "web":
        return dict(platform="website", title=f"Ringkasan: {a['title']}", text=s, links=[], shape="long-web")
    if shape == "yt":
        body = f"Liputan: {s}\n\n00:00 Pengantar\n00:35 Fakta utama\n01:50 Penutup"
        return dict(platform="youtube", title=f"Liputan KIM | {a['title']}", text=body, links=[], shape="long-yt")
    return dict(platform="instagram", title="", text=f"{s}\n\n{hashtags(a, 12)}", links=[], shape="long-ig")


def build_para(text):
    plat = R.choice(["facebook", "facebook", "instagram", "telegram"])
    return dict(platform=plat, title="", text=text, links=[], shape="para-" + plat[:2])


# ----------------------------------------------------------------------------------------------------------------
def delay():
    x = R.random()
    if x < 0.3:
        return timedelta(minutes=R.randint(12, 360))
    if x < 0.7:
        return timedelta(minutes=R.randint(361, 2880))
    if x < 0.95:
        return timedelta(minutes=R.randint(2881, 10080))
    return timedelta(minutes=R.randint(10081, 21000))


def gold_time(a):
    for _ in range(50):
        t = a["pub"] + delay()
        if t <= END:
            return t + timedelta(seconds=R.randint(0, 59))
    return a["pub"] + timedelta(minutes=R.randint(15, 600), seconds=R.randint(0, 59))


def pick_kim(a, pool=None):
    pool = pool or REGULAR
    if a["region"]:
        local = [k for k in pool if KIM[k]["region"] == a["region"]]
        if local:
            return R.choice(local)
    return R.choice(pool)


POSTS = []


def add(key, style, gold, kim, dt, body, **kw):
    POSTS.append(dict(key=key, style=style, gold=gold, kim=kim, dt=dt, **body, **kw))


# ---- copy / excerpt / link
copy_shapes = [s for s in ["wa", "web", "fbgreet", "tgfwd", "ig"] for _ in range(6)]
exc_shapes = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["yt"] * 5 + ["webquote"] * 5 + ["fbintro"] * 6
link_shapes = ["fbshare"] * 8 + ["fbcomment"] * 7 + ["tglink"] * 7 + ["ytlink"] * 7 + ["weblink"] * 7
forms_wp = ["exact"] * 3 + ["http"] * 4 + ["www"] * 3 + ["m"] * 4 + ["slash"] * 2 + ["amp"] * 4 + ["utm"] * 4 + \
    ["fbclid"] * 4 + ["utm+fbclid"] * 1 + ["http+m"] * 4 + ["www-noscheme"] * 3
for shapes in (copy_shapes, exc_shapes, link_shapes):
    R.shuffle(shapes)
R.shuffle(forms_wp)
wp_anns = [x for x in AIDS if ANN[x]["wp"]]

copy_anns = R.sample(AIDS, 30)
exc_anns = R.sample(AIDS, 34)
link_anns = R.sample(AIDS, 36)
for i, (aid, shape) in enumerate(zip(copy_anns, copy_shapes)):
    a = ANN[aid]
    kim = pick_kim(a)
    add(f"auto:copy:{aid}", "copy", [aid], kim, gold_time(a), build_copy(a, kim, shape))
for aid, shape in zip(exc_anns, exc_shapes):
    a = ANN[aid]
    kim = pick_kim(a)
    add(f"auto:excerpt:{aid}", "excerpt", [aid], kim, gold_time(a), build_excerpt(a, kim, shape))
# /amp/ only on WordPress sources: give amp forms to WP announcements
amp_left = forms_wp.count("amp")
forms_other = [f for f in forms_wp if f != "amp"]
for aid, shape in zip(link_anns, link_shapes):
    a = ANN[aid]
    if a["wp"] and amp_left:
        form = "amp"
        amp_left -= 1
    else:
        form = forms_other.pop() if forms_other else "exact"
    kim = pick_kim(a)
    add(f"auto:link:{aid}", "link", [aid], kim, gold_time(a), build_link(a, kim, shape, form))

# ---- summaries (all short, some long)
long_ids = sorted(R.sample([x for x in AIDS if ANN[x].get("L")], 21))
for aid in AIDS:
    a = ANN[aid]
    kim = pick_kim(a)
    add(f"anns:{aid}:S", "summary", [aid], kim, gold_time(a), build_summary(a, kim, False))
for aid in long_ids:
    a = ANN[aid]
    kim = pick_kim(a)
    add(f"anns:{aid}:L", "summary", [aid], kim, gold_time(a), build_summary(a, kim, True))

# ---- paraphrases (special KIMs take their own kabupaten's)
special_of = {KIM[k]["region"]: k for k in SPECIAL}
for aid in AIDS:
    a = ANN[aid]
    if a["region"] in special_of and R.random() < 0.8:
        kim = special_of[a["region"]]
    else:
        kim = pick_kim(a)
    add(f"anns:{aid}:P", "paraphrase", [aid], kim, gold_time(a), build_para(a["P"]), lang="banjar")
for i, p in enumerate(extra.P2):
    a = ANN[p["ann"]]
    add(f"extra:P2[{i}]", "paraphrase", [p["ann"]], p["kim"], gold_time(a), build_para(p["text"]), lang="casual")

# ---- round-ups
def roundup_layout(layout, items, kim, dt):
    v = KIM[kim]["village"]
    if layout == "oneline":
        return dict(platform=R.choice(["facebook", "telegram"]), title="",
                    text="KABAR WISATA & KREATIF | " + " | ".join(items) + " |", links=[])
    if layout == "bullets":
        return dict(platform="facebook", title="", text=f"Rangkuman info pekan ini dari KIM {v}:\n" +
                    "\n".join("• " + x for x in items), links=[])
    if layout == "numbered":
        return dict(platform=R.choice(["telegram", "facebook"]), title="", text=f"Info {dt.day}/{dt.month} 📋\n" +
                    "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1)), links=[])
    if layout == "prose":
        return dict(platform="website", title=f"Sepekan di Banua: Catatan KIM {v}",
                    text=prose(items),
                    links=[])
    if layout == "chapters":
        body = f"Rangkuman berita pekan ini.\n\n00:00 Pembuka\n" + "\n".join(
            f"0{i}:{R.randint(10, 59)} {x}" for i, x in enumerate(items, 1))
        return dict(platform="youtube", title=f"Rangkuman Pekan Ini – KIM {v}", text=body, links=[])
    return dict(platform=R.choice(["instagram", "facebook"]), title="",
                text="🌴 RANGKUMAN SEPEKAN ✅\n\n" + "\n".join("✅ " + x for x in items), links=[])


def prose(items):
    joins = ["Selain itu, ", "Kabar lain: ", "Berikutnya, ", "Tak kalah penting, "]
    R.shuffle(joins)
    out = ["Beberapa kabar sepekan terakhir yang kami catat untuk warga."]
    for i, x in enumerate(items):
        x = x.rstrip(".") + "."
        out.append(x if i == 0 else joins[(i - 1) % len(joins)] + x)
    return " ".join(out)


def item_of(a):
    k = R.random()
    if k < 0.35:
        return a["title"]
    if k < 0.55:
        return a["title"].lower().capitalize()
    return first_sentence(a["S"]).rstrip(".")


layouts = ["oneline"] * 5 + ["bullets"] * 5 + ["numbered"] * 4 + ["prose"] * 4 + ["chapters"] * 4 + ["checks"] * 4
R.shuffle(layouts)
sizes = [3] * 8 + [2] * 18
R.shuffle(sizes)
local_at = sorted(R.sample(range(26), 12))
ru_kims = SPECIAL * 2 + R.sample(REGULAR, 18)
R.shuffle(ru_kims)
used_sets = set()
lo = 0
for i in range(26):
    for _ in range(500):
        t = datetime(2026, 11, 4, 8) + timedelta(minutes=R.randint(0, 31 * 24 * 60 - 12 * 60))
        if t > END:
            continue
        cand = [x for x in AIDS if timedelta(hours=2) <= t - ANN[x]["pub"] <= timedelta(days=10)]
        if len(cand) < sizes[i]:
            continue
        pick = tuple(sorted(R.sample(cand, sizes[i])))
        if pick not in used_sets:
            break
    used_sets.add(pick)
    items = [item_of(ANN[x]) for x in pick]
    local = None
    if i in local_at:
        local = extra.LOCAL[lo]
        lo += 1
        items.insert(R.randint(0, len(items)), local)
    kim = ru_kims[i]
    body = roundup_layout(layouts[i], items, kim, t)
    add(f"auto:roundup:{i}", "roundup", list(pick), kim, t + timedelta(seconds=R.randint(0, 59)), body,
        shape="ru-" + layouts[i], local=local)

# ---- look-alikes, before posts, unrelated
NEG_SHAPES = ["wa", "ig", "yt", "web"]


def neg_shape(kim, text, key):
    """About a fifth of the look-alikes are re-shaped like the positives' platforms."""
    x = R.random()
    v = KIM[kim]["village"]
    if x < 0.06:
        return dict(platform="facebook", title="", text=f"*INFO WARGA*\n\n{text}\n\n_Diteruskan dari grup Warga {v}_",
                    links=[], shape="neg-wa")
    if x < 0.11:
        return dict(platform="instagram", title="", text=f"{text}\n\n#KIM{v.replace(' ', '')} #InfoDesa #Banua #KabarKampung",
                    links=[], shape="neg-ig")
    if x < 0.15:
        title = first_sentence(text)[:80].rstrip(".")
        return dict(platform="youtube", title=title, text=f"{text}\n\n00:00 Pembuka\n00:40 Suasana\n02:05 Penutup",
                    links=[], shape="neg-yt")
    if x < 0.21:
        title = first_sentence(text)[:90].rstrip(".")
        return dict(platform="website", title=title, text=f"Oleh Admin KIM {v}\n\n{text}", links=[], shape="neg-web")
    plat = "telegram" if x < 0.33 else "facebook"
    return dict(platform=plat, title="", text=text, links=[], shape="plain")


def urls_in(text):
    return [u.rstrip(".,;:!?") for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", text)]


for aid in AIDS:
    a = ANN[aid]
    for i, n in enumerate(a["N"]):
        body = neg_shape(n["kim"], n["text"], aid)
        body["links"] = urls_in(body["title"] + "\n" + body["text"])
        add(f"anns:{aid}:N[{i}]", "negative-topic", [], n["kim"], when(n["at"]) + timedelta(minutes=R.randint(0, 59),
            seconds=R.randint(0, 59)), body, imitates=[aid], differs=n["differs"])
    for i, b in enumerate(a["B"]):
        body = dict(platform=R.choice(["facebook", "facebook", "telegram"]), title="", text=b["text"], links=[],
                    shape="plain")
        add(f"anns:{aid}:B[{i}]", "before", [], b["kim"], when(b["at"]) + timedelta(minutes=R.randint(0, 59),
            seconds=R.randint(0, 59)), body, imitates=[aid], differs=b["differs"])
for i, n in enumerate(extra.N2):
    body = dict(platform="facebook", title="", text=n["text"], links=urls_in(n["text"]), shape="trap")
    add(f"extra:N2[{i}]", "negative-topic", [], n["kim"], when(n["at"]) + timedelta(minutes=R.randint(0, 59),
        seconds=R.randint(0, 59)), body, imitates=n["imitates"], differs=n["differs"])
for i, b in enumerate(extra.B2):
    body = dict(platform=R.choice(["facebook", "telegram"]), title="", text=b["text"], links=[], shape="plain")
    add(f"extra:B2[{i}]", "before", [], b["kim"], when(b["at"]) + timedelta(minutes=R.randint(0, 59),
        seconds=R.randint(0, 59)), body, imitates=b["imitates"], differs=b["differs"])
span = int((END - START).total_seconds())
for i, (kim, text) in enumerate(extra.U + extra.U_LINKED):
    x = R.random()
    if x < 0.7:
        body = dict(platform="facebook", title="", text=text, links=[], shape="plain")
    elif x < 0.85:
        body = dict(platform="telegram", title="", text=text, links=[], shape="plain")
    elif x < 0.95:
        body = dict(platform="instagram", title="", text=text + "\n\n#InfoDesa #KIM", links=[], shape="plain")
    else:
        body = dict(platform="website", title=first_sentence(text)[:80].rstrip("."), text=text, links=[], shape="plain")
    body["links"] = urls_in(body["text"])
    add(f"extra:U[{i}]", "negative-unrelated", [], kim, START + timedelta(seconds=R.randint(0, span)), body)

# ----------------------------------------------------------------------------------------------------------------
# write
POSTS.sort(key=lambda p: (p["dt"], p["key"]))
ids = list(range(1, len(POSTS) + 1))
R.shuffle(ids)
for p, n in zip(POSTS, ids):
    p["id"] = f"h57-p{n:03d}"
    p["url"] = post_url(p["kim"], p["platform"], p["dt"], p["title"] or p["text"][:60])

with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for aid in AIDS:
        a = ANN[aid]
        f.write(json.dumps(dict(id=fid(aid), source=a["src"], url=a["url"], title=a["title"], text=a["text"],
                                published_at=iso(a["pub"])), ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIM.values():
        f.write(f"- id: {k['id']}\n  name: KIM {k['village']}\n  region: {k['region']}\n"
                f"  district: {k['district']}\n  village: {k['village']}\n")
keymap = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, \
        open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for p in POSTS:
        fp.write(json.dumps(dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=p["url"], title=p["title"],
                                 text=p["text"], published_at=iso(p["dt"]), links=p["links"]),
                            ensure_ascii=False) + "\n")
        fl.write(json.dumps(dict(post=p["id"], announcements=[fid(a) for a in p["gold"]], style=p["style"]),
                            ensure_ascii=False) + "\n")
        e = dict(key=p["key"], style=p["style"], gold=[fid(a) for a in p["gold"]], shape=p.get("shape"))
        for f_ in ("ops", "form", "local", "lang", "differs"):
            if p.get(f_):
                e[f_] = p[f_]
        if p.get("imitates"):
            e["imitates"] = [fid(a) for a in p["imitates"]]
        keymap[p["id"]] = e
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
print(f"{len(AIDS)} announcements, {len(KIM)} kims, {len(POSTS)} posts")
