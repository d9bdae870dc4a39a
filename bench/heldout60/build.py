#!/usr/bin/env python3
"""Generator of heldout60 (water resources and irrigation). Deterministic: fixed seed, no clock.

Reads the hand-written modules anns_a.py, anns_b.py, anns_c.py (releases, summaries, paraphrases,
look-alikes, `before` posts) and extra.py (unrelated posts, more look-alikes and `before` posts,
casual paraphrases, local round-up items). Derives copy, excerpt and link posts from the releases,
shapes posts for their platform, builds round-ups, assigns KIMs and times, and writes
announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json.
"""
import json
import math
import os
import random
import re
from datetime import datetime, timedelta

import anns_a
import anns_b
import anns_c
import extra

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120860
R = random.Random(SEED)
WITA = "+08:00"
LAST = datetime(2026, 12, 5, 21, 30)

# ---------------------------------------------------------------- sources and their URL habits
# key: (source id, site name as shown in link previews, host, path maker, wordpress?)
def _dated(base, trail=True):
    return lambda t, slug, n: f"{base}/{t:%Y}/{t:%m}/{t:%d}/{slug}" + ("/" if trail else "")


SOURCES = {
    "bws": ("bws-kalimantan-iii", "BWS KALIMANTAN III", lambda t, s, n: f"https://bwskalimantan3.pu.go.id/berita/{t:%Y}/{t:%m}/{s}", False),
    "pupr": ("dpupr-kalsel", "DINAS PUPR KALSEL", _dated("https://dpupr.kalselprov.go.id"), True),
    "bpbd": ("bpbd-kalsel", "BPBD KALSEL", lambda t, s, n: f"https://bpbd.kalselprov.go.id/berita/{s}", False),
    "kominfo": ("diskominfo-kalsel", "DISKOMINFO KALSEL", _dated("https://diskominfo.kalselprov.go.id"), True),
    "distan": ("dtph-kalsel", "DINAS TPH KALSEL", lambda t, s, n: f"https://dtph.kalselprov.go.id/artikel/{n}/{s}", False),
    "pemprov": ("pemprov-kalsel", "PEMPROV KALSEL", lambda t, s, n: f"https://kalselprov.go.id/berita/{s}", False),
    "batola": ("pemkab-batola", "PEMKAB BARITO KUALA", lambda t, s, n: f"https://baritokualakab.go.id/berita/{n}-{s}", False),
    "banjar": ("pemkab-banjar", "PEMKAB BANJAR", lambda t, s, n: f"https://banjarkab.go.id/{t:%Y}/{t:%m}/{s}/", True),
    "bjm": ("pemkot-banjarmasin", "PEMKOT BANJARMASIN", lambda t, s, n: f"https://banjarmasinkota.go.id/{t:%Y}/{t:%m}/{s}.html", False),
    "hsu": ("pemkab-hsu", "PEMKAB HSU", lambda t, s, n: f"https://hulusungaiutarakab.go.id/kabar/{s}", False),
    "hss": ("pemkab-hss", "PEMKAB HSS", lambda t, s, n: f"https://hulusungaiselatankab.go.id/berita/{s}", False),
    "hst": ("pemkab-hst", "PEMKAB HST", lambda t, s, n: f"https://hstkab.go.id/post/{n}/{s}", False),
    "tapin": ("pemkab-tapin", "PEMKAB TAPIN", lambda t, s, n: f"https://tapinkab.go.id/read/{n}/{s}", False),
    "tabalong": ("pemkab-tabalong", "PEMKAB TABALONG", lambda t, s, n: f"https://tabalongkab.go.id/berita/{t:%Y}/{t:%m}/{s}", False),
    "balangan": ("pemkab-balangan", "PEMKAB BALANGAN", lambda t, s, n: f"https://balangankab.go.id/berita/detail/{s}", False),
    "tala": ("pemkab-tanah-laut", "PEMKAB TANAH LAUT", lambda t, s, n: f"https://tanahlautkab.go.id/berita/{s}", False),
    "tanbu": ("pemkab-tanbu", "PEMKAB TANAH BUMBU", lambda t, s, n: f"https://tanahbumbukab.go.id/warta/{n}/{s}", False),
    "kotabaru": ("pemkab-kotabaru", "PEMKAB KOTABARU", lambda t, s, n: f"https://kotabarukab.go.id/berita/{n}/{s}", False),
    "bjb": ("pemkot-banjarbaru", "PEMKOT BANJARBARU", _dated("https://banjarbarukota.go.id"), True),
}
SOURCE_REGION = {"batola": "Kabupaten Barito Kuala", "banjar": "Kabupaten Banjar", "bjm": "Kota Banjarmasin",
                 "hsu": "Kabupaten Hulu Sungai Utara", "hss": "Kabupaten Hulu Sungai Selatan",
                 "hst": "Kabupaten Hulu Sungai Tengah", "tapin": "Kabupaten Tapin", "tabalong": "Kabupaten Tabalong",
                 "balangan": "Kabupaten Balangan", "tala": "Kabupaten Tanah Laut", "tanbu": "Kabupaten Tanah Bumbu",
                 "kotabaru": "Kabupaten Kotabaru", "bjb": "Kota Banjarbaru"}
KAB_SHORT = {"Kabupaten Barito Kuala": "Batola", "Kabupaten Banjar": "Banjar", "Kota Banjarmasin": "Banjarmasin",
             "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Hulu Sungai Selatan": "HSS",
             "Kabupaten Hulu Sungai Tengah": "HST", "Kabupaten Tapin": "Tapin", "Kabupaten Tabalong": "Tabalong",
             "Kabupaten Balangan": "Balangan", "Kabupaten Tanah Laut": "Tanah Laut",
             "Kabupaten Tanah Bumbu": "Tanah Bumbu", "Kabupaten Kotabaru": "Kotabaru", "Kota Banjarbaru": "Banjarbaru"}

# ---------------------------------------------------------------- KIM registry and roles
KIMS = [
    ("kim-sungai-jingah", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Jingah"),
    ("kim-alalak-utara", "Kota Banjarmasin", "Banjarmasin Utara", "Alalak Utara"),
    ("kim-basirih", "Kota Banjarmasin", "Banjarmasin Barat", "Basirih"),
    ("kim-landasan-ulin-utara", "Kota Banjarbaru", "Liang Anggang", "Landasan Ulin Utara"),
    ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("kim-sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar"),
    ("kim-aluh-aluh-besar", "Kabupaten Banjar", "Aluh-Aluh", "Aluh-Aluh Besar"),
    ("kim-aranio", "Kabupaten Banjar", "Aranio", "Aranio"),
    ("kim-astambul-kota", "Kabupaten Banjar", "Astambul", "Astambul Kota"),
    ("kim-lok-baintan", "Kabupaten Banjar", "Sungai Tabuk", "Lok Baintan"),
    ("kim-tabunganen-muara", "Kabupaten Barito Kuala", "Tabunganen", "Tabunganen Muara"),
    ("kim-belawang", "Kabupaten Barito Kuala", "Belawang", "Belawang"),
    ("kim-anjir-muara-kota", "Kabupaten Barito Kuala", "Anjir Muara", "Anjir Muara Kota"),
    ("kim-jejangkit-muara", "Kabupaten Barito Kuala", "Jejangkit", "Jejangkit Muara"),
    ("kim-kurau", "Kabupaten Tanah Laut", "Kurau", "Kurau"),
    ("kim-batu-ampar", "Kabupaten Tanah Laut", "Batu Ampar", "Batu Ampar"),
    ("kim-padang-batung", "Kabupaten Hulu Sungai Selatan", "Padang Batung", "Padang Batung"),
    ("kim-pakan-dalam", "Kabupaten Hulu Sungai Selatan", "Daha Utara", "Pakan Dalam"),
    ("kim-loklahung", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loklahung"),
    ("kim-birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang"),
    ("kim-hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan"),
    ("kim-pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan"),
    ("kim-sungai-tabukan", "Kabupaten Hulu Sungai Utara", "Sungai Tabukan", "Sungai Tabukan"),
    ("kim-danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
    ("kim-sungai-turak", "Kabupaten Hulu Sungai Utara", "Amuntai Utara", "Sungai Turak"),
    ("kim-candi-laras", "Kabupaten Tapin", "Candi Laras Selatan", "Margasari Ilir"),
    ("kim-hatungun", "Kabupaten Tapin", "Hatungun", "Hatungun"),
    ("kim-rantau-kiwa", "Kabupaten Tapin", "Tapin Utara", "Rantau Kiwa"),
    ("kim-kelua", "Kabupaten Tabalong", "Kelua", "Pasar Panas"),
    ("kim-muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
    ("kim-jaro", "Kabupaten Tabalong", "Jaro", "Jaro"),
    ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
    ("kim-tebing-tinggi", "Kabupaten Balangan", "Tebing Tinggi", "Tebing Tinggi"),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong"),
    ("kim-pagatan-besar", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pagatan Besar"),
    ("kim-binawara", "Kabupaten Tanah Bumbu", "Kusan Hulu", "Binawara"),
    ("kim-sebamban-baru", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sebamban Baru"),
    ("kim-sampanahan", "Kabupaten Kotabaru", "Sampanahan", "Sampanahan Hilir"),
    ("kim-sengayam", "Kabupaten Kotabaru", "Pamukan Barat", "Sengayam"),
    ("kim-stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen"),
]
INACTIVE = ["kim-basirih", "kim-aranio", "kim-jejangkit-muara", "kim-loklahung", "kim-rantau-kiwa", "kim-stagen"]
SPECIAL = ["kim-danau-panggang", "kim-halong", "kim-pandawan", "kim-sungai-besar"]
KIM_REGION = {k: r for k, r, _, _ in KIMS}
REGULAR = [k for k, *_ in KIMS if k not in INACTIVE and k not in SPECIAL]


def village(k):
    return next(v for kk, _, _, v in KIMS if kk == k)


def regular_in(region):
    c = [k for k in REGULAR if KIM_REGION[k] == region]
    return c or REGULAR


# ---------------------------------------------------------------- helpers
def T(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + WITA


def jitter(t):
    return t + timedelta(seconds=R.randint(0, 59))


def awake(t):
    """KIM admins post between 06:00 and 23:00: a night time moves on to the morning."""
    if t.hour < 6:
        t = t.replace(hour=6) + timedelta(minutes=R.randint(0, 150))
    elif t.hour >= 23:
        t = (t + timedelta(days=1)).replace(hour=6) + timedelta(minutes=R.randint(0, 150))
    return t


def delay(ann_t, lo_h, hi_h):
    """A post time lo_h..hi_h hours after ann_t (log-uniform), in waking hours, not after LAST."""
    h = math.exp(R.uniform(math.log(lo_h), math.log(hi_h)))
    t = awake(ann_t + timedelta(hours=h, seconds=R.randint(0, 59)))
    if t > LAST:
        t = ann_t + timedelta(hours=R.uniform(lo_h, max(lo_h + 0.2, (LAST - ann_t).total_seconds() / 3600 - 0.1)))
    return t


def paras(text):
    return [p.strip() for p in text.split("\n\n")]


def first_sentence(s):
    m = re.match(r"(.+?[.!?])(\s|$)", s)
    return m.group(1) if m else s


HASH_BASE = ["#KIMKalsel", "#InfoDesa", "#Irigasi", "#SumberDayaAir", "#Kalsel", "#BanuaKita", "#PetaniKalsel",
             "#SiagaBanjir", "#InfoPublik", "#KabarBanua", "#SaluranAir", "#PintuAir", "#Embung", "#Tanggul"]


def tags(n, extra_tags=()):
    pool = list(dict.fromkeys(list(extra_tags) + R.sample(HASH_BASE, len(HASH_BASE))))
    return " ".join(pool[:n])


# ---------------------------------------------------------------- post URLs (KIM channels)
def post_url(kim, platform, t):
    slug = kim[4:]
    n = R.randint(10 ** 5, 10 ** 6 - 1)
    if platform == "facebook":
        return f"https://www.facebook.com/kim.{slug.replace('-', '')}/posts/pfbid0{R.getrandbits(60):015x}"
    if platform == "telegram":
        return f"https://t.me/kim_{slug.replace('-', '_')}/{n % 4000 + 12}"
    if platform == "instagram":
        code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_") for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "youtube":
        code = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(11))
        return f"https://www.youtube.com/watch?v={code}"
    return f"https://kim{slug.replace('-', '')}.desa.id/{t:%Y/%m}/{n}"


URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def urls_in(*parts):
    return [u.rstrip(".,;:!?") for u in URL_RE.findall("\n".join(parts))]


# ---------------------------------------------------------------- announcements
ALL = anns_a.ANNS + anns_b.ANNS + anns_c.ANNS
ANN = {}
for i, a in enumerate(ALL):
    src, site, mk, wp = SOURCES[a["src"]]
    t = T(a["at"])
    a["t"] = t
    a["hid"] = "h60-" + a["id"]
    a["source"] = src
    a["site"] = site
    a["wp"] = wp
    a["url"] = mk(t, a["slug"], 4000 + 37 * i + R.randint(0, 30))
    a["region"] = a["region"] or SOURCE_REGION.get(a["src"])
    ANN[a["id"]] = a

POSTS = []  # dicts: kim, platform, title, text, t, links, style, gold, key, + keymap extras


def add(kim, platform, text, t, style, gold, key, title="", links=None, **km):
    links = list(links or [])
    for u in urls_in(title, text):
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text.strip(), t=t, style=style,
                      gold=[ANN[g]["hid"] for g in gold], key=key, links=links, km=km))


# ---------------------------------------------------------------- copy habits
TYPO_WORDS = ["saluran", "pintu", "warga", "petani", "sungai", "desa", "dinas", "pekerjaan", "sawah", "sepanjang"]


def habits(text, ops):
    if "dash" in ops:
        text = text.replace("–", "-")
    if "quotes" in ops:
        text = text.replace("“", '"').replace("”", '"')
    if "typo" in ops:
        for w in R.sample(TYPO_WORDS, 3):
            i = text.find(" " + w + " ")
            if i >= 0:
                j = R.randint(1, len(w) - 2)
                ww = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                text = text[:i + 1] + ww + text[i + 1 + len(w):]
                break
    if "notag" in ops:
        text = re.sub(r"\s*\([a-z0-9\-]+/[a-z]+\)\s*$", "", text)
    if "abbr" in ops:
        text = re.sub(r"\byang\b", "yg", text, count=3)
        text = re.sub(r"\bdengan\b", "dgn", text, count=2)
        text = re.sub(r"\buntuk\b", "utk", text, count=2)
    if "collapse" in ops:
        text = " ".join(paras(text))
    return text


def pick_ops():
    n = R.choice([0, 1, 1, 2, 2, 3])
    return sorted(R.sample(["dash", "quotes", "typo", "notag", "abbr", "collapse"], n))


WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*MOHON DISEBARKAN*", "*INFO SALURAN & BANJIR*", "*KABAR DARI PEMERINTAH*"]
WA_TAIL = ["_Diteruskan dari grup Info Desa {v}_", "Forward dari grup sebelah 👇", "_Semoga bermanfaat_",
           "_Diteruskan dari grup Petani {v}_", "_Meneruskan dari grup Pengurus KIM_"]
GREET = ["Assalamualaikum warga {v}, berikut informasi dari {s}:", "Selamat pagi dangsanak, ada kabar dari {s} 👇",
         "Info untuk warga {v} dan sekitarnya.", "Bismillah, kami bagikan rilis {s} berikut ini."]


def copy_post(a, kim, shape, t, key):
    ops = pick_ops()
    body = habits(a["text"], ops)
    v = village(kim)
    if shape == "wa":
        text = f"{R.choice(WA_HEAD)}\n\n*{a['title']}*\n\n{body}\n\n{R.choice(WA_TAIL).format(v=v)}"
        add(kim, R.choice(["facebook", "telegram"]), text, t, "copy", [a["id"]], key, shape=shape, ops=ops)
    elif shape == "web":
        src = R.choice([f"Sumber: {a['url']}", f"Sumber: {a['site'].title()}",
                        "Sumber: " + re.sub(r"https?://", "", a["url"]).split("/")[0]])
        text = f"Oleh Admin KIM {v} · {R.randint(0, 6)} Komentar\n\n{body}\n\n{src}"
        add(kim, "website", text, t, "copy", [a["id"]], key, title=a["title"], shape=shape, ops=ops)
    elif shape == "greet":
        text = f"{R.choice(GREET).format(v=v, s=a['site'].title())}\n\n{body}\n\nSalam KIM {v} 🙏"
        add(kim, "facebook", text, t, "copy", [a["id"]], key, shape=shape, ops=ops)
    elif shape == "tgfwd":
        reg = KAB_SHORT.get(a["region"], "Kalsel")
        text = f"Forwarded from Info {reg}\n{a['title'].upper()}\n\n{body}"
        add(kim, "telegram", text, t, "copy", [a["id"]], key, shape=shape, ops=ops)
    else:  # ig
        text = f"📌 {a['title']}\n\n{body}\n\n{tags(R.randint(4, 6))}"
        add(kim, "instagram", text, t, "copy", [a["id"]], key, shape=shape, ops=ops)


def cut(s, lo, hi):
    n = R.randint(lo, hi)
    s2 = s[:n]
    return s2[:s2.rfind(" ")].rstrip(",.;:") if " " in s2 else s2


INTRO = ["Kabar dari {s} hari ini:", "Penting untuk diketahui warga 👇", "Sekadar berbagi informasi,",
         "Info terbaru, dangsanak:"]
OUTRO = ["Semoga bermanfaat.", "Silakan dibagikan ke grup RT masing-masing.", "Mari kita dukung bersama.",
         "Info lengkap di laman resmi {s}."]


def excerpt_post(a, kim, shape, t, key):
    p = paras(a["text"])
    if shape == "tgtrunc":
        text = f"{a['title']}\n\n{cut(p[0], 150, 220)}…"
        add(kim, "telegram", text, t, "excerpt", [a["id"]], key, shape=shape)
    elif shape == "fbmore":
        text = f"{p[0]}\n\n{cut(p[1], 60, 110)}... Lihat selengkapnya"
        add(kim, "facebook", text, t, "excerpt", [a["id"]], key, shape=shape)
    elif shape == "iglead":
        text = f"{p[0]}\n\n{tags(R.choice([3, 4, 5]))}"
        add(kim, "instagram", text, t, "excerpt", [a["id"]], key, shape=shape)
    elif shape == "yt":
        title = f"VIDEO | {a['title']}"
        text = (f"{p[0]}\n\n0:00 Pembuka\n0:{R.randint(12, 40):02d} Suasana di lokasi\n"
                f"1:{R.randint(5, 50):02d} Keterangan pejabat\n2:{R.randint(10, 55):02d} Penutup\n\n"
                f"Jangan lupa subscribe KIM {village(kim)}.")
        add(kim, "youtube", text, t, "excerpt", [a["id"]], key, title=title, shape=shape)
    elif shape == "quote":
        title = f"Kutipan Pekan Ini: {a['title']}"
        text = f"Kami kutip dari rilis {a['site'].title()}:\n\n{p[1]}"
        add(kim, "website", text, t, "excerpt", [a["id"]], key, title=title, shape=shape)
    else:  # intro + p1 + p2 + outro
        s = a["site"].title()
        text = f"{R.choice(INTRO).format(s=s)}\n\n{p[0]}\n\n{p[1]}\n\n{R.choice(OUTRO).format(s=s)}"
        add(kim, "facebook", text, t, "excerpt", [a["id"]], key, shape=shape)


def url_form(a, form):
    u = a["url"]
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
        return u + "amp/"
    if form == "utm":
        return u + "?utm_source=whatsapp&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + "".join(R.choice("abcdefghijkLMNOPQ0123456789") for _ in range(24))
    if form == "utmfb":
        return u + "?utm_source=facebook&fbclid=IwZXh0" + "".join(R.choice("abcXYZ0123456789") for _ in range(18))
    if form == "httpm":
        return u.replace("https://", "http://m.")
    if form == "bare_www":
        return u.replace("https://", "www.")
    raise ValueError(form)


COMMENTS = ["Info penting untuk petani, silakan dibaca.", "Mohon dibagikan ke warga yang belum tahu.",
            "Alhamdulillah, semoga lancar.", "Baca beritanya di sini ya.", "Terima kasih pemerintah 🙏",
            "Buat yang kemarin bertanya, ini jawabannya.", "Semoga cepat rampung."]


def link_post(a, kim, shape, form, t, key):
    u = url_form(a, form)
    c = R.choice(COMMENTS)
    if shape == "fbshare":
        text = f"{c}\n\n{a['site']}\n{a['title']}"
        add(kim, "facebook", text, t, "link", [a["id"]], key, links=[u], shape=shape, form=form)
    elif shape == "fburl":
        add(kim, "facebook", f"{c} {u}", t, "link", [a["id"]], key, shape=shape, form=form)
    elif shape == "tg":
        add(kim, "telegram", f"📰 {a['title']}\n{u}", t, "link", [a["id"]], key, shape=shape, form=form)
    elif shape == "yt":
        title = f"{a['title']} | KIM {village(kim)}"
        text = f"Liputan singkat warga. Berita lengkap: {u}"
        add(kim, "youtube", text, t, "link", [a["id"]], key, title=title, shape=shape, form=form)
    else:
        text = f"{first_sentence(paras(a['text'])[0])}\n\nBaca selengkapnya: {u}"
        add(kim, "website", text, t, "link", [a["id"]], key, title=a["title"], shape=shape, form=form)


# ---------------------------------------------------------------- gold posts derived from releases
ids = [a["id"] for a in ALL]
order = ids[:]
R.shuffle(order)

COPY_SHAPES = ["wa"] * 6 + ["web"] * 6 + ["greet"] * 6 + ["tgfwd"] * 6 + ["ig"] * 6
EXC_SHAPES = ["tgtrunc"] * 6 + ["fbmore"] * 6 + ["iglead"] * 6 + ["yt"] * 5 + ["quote"] * 5 + ["wrap"] * 6
LINK_SHAPES = ["fbshare"] * 8 + ["fburl"] * 7 + ["tg"] * 7 + ["yt"] * 7 + ["web"] * 7
FORMS_WP = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "bare_www"]
FORMS = ["exact", "http", "www", "m", "slash", "utm", "fbclid", "utmfb", "httpm", "bare_www"]
R.shuffle(COPY_SHAPES)
R.shuffle(EXC_SHAPES)
R.shuffle(LINK_SHAPES)


def gold_kim(a):
    if a["region"] and R.random() < 0.8:
        return R.choice(regular_in(a["region"]))
    return R.choice(REGULAR)


for i, shape in enumerate(COPY_SHAPES):
    a = ANN[order[i % 40]]
    copy_post(a, gold_kim(a), shape, delay(a["t"], 0.3, 48), f"auto:copy:{a['id']}")
order2 = order[10:] + order[:10]
for i, shape in enumerate(EXC_SHAPES):
    a = ANN[order2[i % 40]]
    excerpt_post(a, gold_kim(a), shape, delay(a["t"], 0.5, 72), f"auto:excerpt:{a['id']}")
order3 = order[20:] + order[:20]
for i, shape in enumerate(LINK_SHAPES):
    a = ANN[order3[i % 40]]
    forms = FORMS_WP if a["wp"] else FORMS
    form = "amp" if a["wp"] and i % 2 == 0 else forms[i % len(forms)]
    link_post(a, gold_kim(a), shape, form, delay(a["t"], 0.25, 96), f"auto:link:{a['id']}")

# ---------------------------------------------------------------- summaries and paraphrases (hand-written)
SUM_SHAPES = ["fb", "tg", "ig3", "wa"]
for i, a in enumerate(ALL):
    kim = gold_kim(a)
    shape = SUM_SHAPES[i % 4]
    t = delay(a["t"], 1, 120)
    s = a["sum"]
    if shape == "fb":
        add(kim, "facebook", s, t, "summary", [a["id"]], f"anns:{a['id']}:S", shape="short-fb")
    elif shape == "tg":
        add(kim, "telegram", f"ℹ️ {s}", t, "summary", [a["id"]], f"anns:{a['id']}:S", shape="short-tg")
    elif shape == "ig3":
        add(kim, "instagram", f"{s}\n\n{tags(3)}", t, "summary", [a["id"]], f"anns:{a['id']}:S", shape="short-ig")
    else:
        add(kim, R.choice(["facebook", "telegram"]), f"*INFO*\n{s}\n_Mohon disebarkan_", t, "summary", [a["id"]],
            f"anns:{a['id']}:S", shape="short-wa")
LONG_SHAPES = ["fb", "web", "yt", "ig12"]
j = 0
for a in ALL:
    if not a["lsum"]:
        continue
    kim = gold_kim(a)
    t = delay(a["t"], 3, 144)
    shape = LONG_SHAPES[j % 4]
    j += 1
    key = f"anns:{a['id']}:L"
    if shape == "fb":
        add(kim, "facebook", a["lsum"], t, "summary", [a["id"]], key, shape="long-fb")
    elif shape == "web":
        add(kim, "website", a["lsum"] + f"\n\nDitulis ulang oleh Admin KIM {village(kim)}.", t, "summary", [a["id"]],
            key, title=a["title"], shape="long-web")
    elif shape == "yt":
        add(kim, "youtube", a["lsum"] + "\n\n0:00 Pembuka\n0:35 Di lokasi\n1:40 Wawancara\n3:05 Penutup", t,
            "summary", [a["id"]], key, title=f"Liputan: {a['title']}", shape="long-yt")
    else:
        add(kim, "instagram", a["lsum"] + "\n\n" + tags(12), t, "summary", [a["id"]], key, shape="long-ig")

for a in ALL:
    spec = [k for k in SPECIAL if KIM_REGION[k] == a["region"]]
    kim = spec[0] if spec else gold_kim(a)
    t = delay(a["t"], 2, 190)
    add(kim, R.choice(["facebook", "facebook", "instagram", "telegram"]), a["par"], t, "paraphrase", [a["id"]],
        f"anns:{a['id']}:P")
for i, (aid, kim, h, text) in enumerate(extra.SUM2):
    a = ANN[aid]
    add(kim, "facebook", text, a["t"] + timedelta(hours=h, minutes=R.randint(0, 59), seconds=R.randint(0, 59)),
        "summary", [aid], f"extra:S2[{i}]", shape="casual")
for i, (aid, kim, h, text) in enumerate(extra.PAR2):
    a = ANN[aid]
    add(kim, "facebook", text, a["t"] + timedelta(hours=h, minutes=R.randint(0, 59), seconds=R.randint(0, 59)),
        "paraphrase", [aid], f"extra:P2[{i}]")

# ---------------------------------------------------------------- round-ups
def item(a, how):
    if how == 0:
        return a["title"]
    if how == 1:
        return a["title"][0] + a["title"][1:].lower()
    return first_sentence(a["sum"])


RU_LAYOUTS = ["oneline"] * 5 + ["bullets"] * 5 + ["numbered"] * 4 + ["prose"] * 4 + ["ytch"] * 4 + ["sepekan"] * 4
R.shuffle(RU_LAYOUTS)
ru_kims = SPECIAL * 2 + R.sample(REGULAR, 18)
R.shuffle(ru_kims)
sizes = [3] * 8 + [2] * 18
R.shuffle(sizes)
local_left = list(extra.LOCAL)
R.shuffle(local_left)
used_sets = set()
for n in range(26):
    size = sizes[n]
    kim = ru_kims[n]
    while True:
        t = awake(datetime(2026, 11, 5) + timedelta(hours=R.uniform(0, 29 * 24)))
        cand = [a for a in ALL if timedelta(hours=2) <= t - a["t"] <= timedelta(days=10)]
        if len(cand) >= size:
            pick = tuple(sorted(R.sample([a["id"] for a in cand], size)))
            if pick not in used_sets:
                break
    used_sets.add(pick)
    t = t.replace(second=R.randint(0, 59), microsecond=0)
    its = [item(ANN[p], R.randint(0, 2)) for p in pick]
    local = local_left.pop() if n % 13 < 6 and local_left else None
    if local:
        its.insert(R.randint(0, len(its)), local)
    lay = RU_LAYOUTS[n]
    v = village(kim)
    title = ""
    if lay == "oneline":
        text = "KILAS AIR & SALURAN | " + " | ".join(its) + " |"
        plat = "telegram"
    elif lay == "bullets":
        text = f"Rangkuman kabar pekan ini untuk warga {v}:\n" + "\n".join("• " + x for x in its)
        plat = "facebook"
    elif lay == "numbered":
        text = "Berita pilihan KIM minggu ini:\n" + "\n".join(f"{k + 1}. {x}" for k, x in enumerate(its))
        plat = R.choice(["facebook", "telegram"])
    elif lay == "prose":
        text = (f"Sepekan terakhir ada beberapa kabar yang perlu diketahui warga {v}. "
                + " Selain itu, ".join(x.rstrip(".") + "." for x in its) + " Demikian rangkuman dari kami.")
        plat = "website"
        title = f"Rangkuman Sepekan KIM {v}"
    elif lay == "ytch":
        text = "Kabar sepekan dalam satu video.\n\n0:00 Pembuka\n" + "\n".join(
            f"{k + 1}:{R.randint(0, 59):02d} {x}" for k, x in enumerate(its))
        plat = "youtube"
        title = f"KABAR SEPEKAN KIM {v.upper()} #{R.randint(20, 48)}"
    else:
        text = "💧 RANGKUMAN SEPEKAN ✅\n\n" + "\n".join("✅ " + x for x in its) + f"\n\n{tags(3)}"
        plat = "instagram"
    add(kim, plat, text, t, "roundup", list(pick), f"auto:roundup:{n}", title=title, shape=lay, local=local)

# ---------------------------------------------------------------- look-alikes, `before` and unrelated posts
def neg_kim(region, k):
    if k:
        return k
    pool = [kk for kk, *_ in KIMS if (region is None or KIM_REGION[kk] == region)]
    return R.choice(pool)


NEG_PLATS = ["facebook"] * 6 + ["telegram"] * 2 + ["instagram"] + ["website"]


def shape_neg(text, plat, kim):
    """Platform shaping of some look-alikes, like the positives get."""
    if plat == "instagram":
        return text + "\n\n" + tags(R.choice([3, 5, 11])), ""
    if plat == "website":
        return text + f"\n\nOleh Admin KIM {village(kim)}", first_sentence(text)[:90].rstrip(".")
    return text, ""


for a in ALL:
    for i, n in enumerate(a["neg"]):
        kim = neg_kim(a["region"], n["k"])
        t = jitter(T(n["d"]))
        style = "before" if t < a["t"] else "negative-topic"
        plat = R.choice(NEG_PLATS)
        if R.random() < 0.15 and style == "negative-topic":
            text = f"*BERITA WARGA*\n\n{n['t']}\n\n_Diteruskan dari grup Warga {village(kim)}_"
            plat, title = "facebook", ""
        else:
            text, title = shape_neg(n["t"], plat, kim)
        add(kim, plat, text, t, style, [], f"anns:{a['id']}:N[{i}]", title=title, imitates=[a["hid"]],
            differs=n["why"])
    for i, b in enumerate(a.get("bef", [])):
        kim = neg_kim(a["region"], b["k"])
        add(kim, R.choice(["facebook", "facebook", "telegram"]), b["t"], jitter(T(b["d"])), "before", [],
            f"anns:{a['id']}:B[{i}]", imitates=[a["hid"]], differs=b["why"])
for i, (aid, k, d, text, why) in enumerate(extra.BEF2):
    a = ANN[aid]
    kim = neg_kim(a["region"], k)
    add(kim, R.choice(["facebook", "telegram"]), text, jitter(T(d)), "before", [], f"extra:B2[{i}]",
        imitates=[a["hid"]], differs=why)
for i, (aid, k, d, text, why, lk) in enumerate(extra.NEG2):
    a = ANN[aid]
    kim = neg_kim(a["region"], k)
    add(kim, "facebook", text, jitter(T(d)), "negative-topic", [], f"extra:N2[{i}]", imitates=[a["hid"]],
        differs=why)
for i, row in enumerate(extra.UNREL):
    k, d, text = row[:3]
    kim = k or R.choice([kk for kk, *_ in KIMS])
    plat = R.choice(["facebook"] * 5 + ["telegram", "instagram"])
    add(kim, plat, text, jitter(T(d)), "negative-unrelated", [], f"extra:U[{i}]")

# ---------------------------------------------------------------- write
POSTS.sort(key=lambda p: (p["t"], p["key"]))
nums = list(range(1, len(POSTS) + 1))
random.Random(SEED + 1).shuffle(nums)
with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for a in ALL:
        f.write(json.dumps({"id": a["hid"], "source": a["source"], "url": a["url"], "title": a["title"],
                            "text": a["text"], "published_at": iso(a["t"])}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, r, d, v in KIMS:
        name = "KIM " + v
        f.write(f"- id: {k}\n  name: {name}\n  region: {r}\n  district: {d}\n  village: {v}\n")
keymap = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, \
        open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for p, n in zip(POSTS, nums):
        pid = f"h60-p{n:03d}"
        fp.write(json.dumps({"id": pid, "kim": p["kim"], "platform": p["platform"],
                             "url": post_url(p["kim"], p["platform"], p["t"]), "title": p["title"],
                             "text": p["text"], "published_at": iso(p["t"]), "links": p["links"]},
                            ensure_ascii=False) + "\n")
        fl.write(json.dumps({"post": pid, "announcements": p["gold"], "style": p["style"]}) + "\n")
        entry = {"key": p["key"], "style": p["style"], "gold": p["gold"]}
        entry.update({k: v for k, v in p["km"].items() if v is not None})
        keymap[pid] = entry
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
print(f"{len(ALL)} announcements, {len(KIMS)} kims, {len(POSTS)} posts")
