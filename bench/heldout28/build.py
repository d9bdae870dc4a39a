#!/usr/bin/env python3
"""Generator of heldout28 (deterministic, fixed seed). Reads anns.py and extra.py (hand-written)."""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

import anns as A_MOD
import extra as X

SEED = 2026120728
HERE = os.path.dirname(os.path.abspath(__file__))
W = timezone(timedelta(hours=8))
LIMIT = datetime(2026, 12, 5, 21, 30, tzinfo=W)
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
rng = random.Random(SEED)

KIMS = [  # id, region, district, village, role
    ("kim-kuin-utara", "Kota Banjarmasin", "Banjarmasin Utara", "Kuin Utara", ""),
    ("kim-mantuil", "Kota Banjarmasin", "Banjarmasin Selatan", "Mantuil", "inactive"),
    ("kim-sungai-lulut", "Kota Banjarmasin", "Banjarmasin Timur", "Sungai Lulut", ""),
    ("kim-cempaka", "Kota Banjarbaru", "Cempaka", "Cempaka", ""),
    ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis", ""),
    ("kim-sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar", ""),
    ("kim-sungai-tabuk-keramat", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Tabuk Keramat", ""),
    ("kim-pengaron", "Kabupaten Banjar", "Pengaron", "Pengaron", ""),
    ("kim-tambak-anyar", "Kabupaten Banjar", "Martapura Timur", "Tambak Anyar", ""),
    ("kim-aranio", "Kabupaten Banjar", "Aranio", "Aranio", "inactive"),
    ("kim-tabanio", "Kabupaten Tanah Laut", "Takisung", "Tabanio", ""),
    ("kim-batu-ampar", "Kabupaten Tanah Laut", "Batu Ampar", "Batu Ampar", ""),
    ("kim-kait-kait", "Kabupaten Tanah Laut", "Bati-Bati", "Kait-Kait", ""),
    ("kim-bakarangan", "Kabupaten Tapin", "Bakarangan", "Bakarangan", ""),
    ("kim-hatungun", "Kabupaten Tapin", "Hatungun", "Hatungun", "inactive"),
    ("kim-tambarangan", "Kabupaten Tapin", "Tapin Selatan", "Tambarangan", ""),
    ("kim-wasah-hilir", "Kabupaten Hulu Sungai Selatan", "Simpur", "Wasah Hilir", ""),
    ("kim-hamak", "Kabupaten Hulu Sungai Selatan", "Telaga Langsat", "Hamak", ""),
    ("kim-loklahung", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loklahung", "special"),
    ("kim-birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang", ""),
    ("kim-haruyan", "Kabupaten Hulu Sungai Tengah", "Haruyan", "Haruyan", ""),
    ("kim-pagat", "Kabupaten Hulu Sungai Tengah", "Batu Benawa", "Pagat", ""),
    ("kim-paminggir", "Kabupaten Hulu Sungai Utara", "Paminggir", "Paminggir", "special"),
    ("kim-sungai-turak", "Kabupaten Hulu Sungai Utara", "Amuntai Utara", "Sungai Turak", ""),
    ("kim-haur-gading", "Kabupaten Hulu Sungai Utara", "Haur Gading", "Haur Gading", "inactive"),
    ("kim-juai", "Kabupaten Balangan", "Juai", "Juai", ""),
    ("kim-halong", "Kabupaten Balangan", "Halong", "Halong", ""),
    ("kim-tebing-tinggi", "Kabupaten Balangan", "Tebing Tinggi", "Tebing Tinggi", ""),
    ("kim-muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya", ""),
    ("kim-jaro", "Kabupaten Tabalong", "Jaro", "Jaro", ""),
    ("kim-pugaan", "Kabupaten Tabalong", "Pugaan", "Pugaan", "special"),
    ("kim-kuripan", "Kabupaten Barito Kuala", "Kuripan", "Kuripan", ""),
    ("kim-belawang", "Kabupaten Barito Kuala", "Belawang", "Belawang", ""),
    ("kim-jejangkit", "Kabupaten Barito Kuala", "Jejangkit", "Jejangkit Pasar", "inactive"),
    ("kim-serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga", ""),
    ("kim-hampang", "Kabupaten Kotabaru", "Hampang", "Hampang", "special"),
    ("kim-sigam", "Kabupaten Kotabaru", "Pulau Laut Utara", "Sigam", ""),
    ("kim-mantewe", "Kabupaten Tanah Bumbu", "Mantewe", "Mantewe", "inactive"),
    ("kim-sebamban-baru", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sebamban Baru", ""),
    ("kim-kota-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Kota Pagatan", ""),
]
KIM = {k[0]: k for k in KIMS}
INACTIVE = [k[0] for k in KIMS if k[4] == "inactive"]
SPECIAL = [k[0] for k in KIMS if k[4] == "special"]
REGULAR = [k[0] for k in KIMS if not k[4]]

SITES = {  # source: (host, shape, region or None, site name, short name)
    "dpmd-kalsel": ("dpmd.kalselprov.go.id", "wp", None, "DPMD KALSEL"),
    "dinkes-kalsel": ("dinkes.kalselprov.go.id", "wp", None, "DINKES KALSEL"),
    "disperin-kalsel": ("disperin.kalselprov.go.id", "wp", None, "DISPERIN KALSEL"),
    "dispora-kalsel": ("dispora.kalselprov.go.id", "wp", None, "DISPORA KALSEL"),
    "disdik-kalsel": ("disdik.kalselprov.go.id", "wp", None, "DISDIK KALSEL"),
    "distanbun-kalsel": ("distanbun.kalselprov.go.id", "wp", None, "DISTANBUN KALSEL"),
    "disbunnak-kalsel": ("disbunnak.kalselprov.go.id", "wp", None, "DISBUNNAK KALSEL"),
    "dkp-kalsel": ("dkp.kalselprov.go.id", "wp", None, "DKP KALSEL"),
    "disbudpar-kalsel": ("disbudpar.kalselprov.go.id", "wp", None, "DISBUDPAR KALSEL"),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp", None, "DISKOMINFO KALSEL"),
    "satpolpp-kalsel": ("satpolpp.kalselprov.go.id", "wp", None, "SATPOL PP KALSEL"),
    "percasi-kalsel": ("percasikalsel.or.id", "berita", None, "PERCASI KALSEL"),
    "pemkab-tapin": ("tapinkab.go.id", "berita", "Kabupaten Tapin", "TAPINKAB.GO.ID"),
    "pemkab-hsu": ("hsu.go.id", "berita", "Kabupaten Hulu Sungai Utara", "HSU.GO.ID"),
    "pemkab-tala": ("tanahlautkab.go.id", "berita", "Kabupaten Tanah Laut", "TANAHLAUTKAB.GO.ID"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "html", "Kabupaten Hulu Sungai Selatan", "HULUSUNGAISELATANKAB.GO.ID"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html", "Kota Banjarmasin", "BANJARMASINKOTA.GO.ID"),
    "pemkab-batola": ("baritokualakab.go.id", "detail", "Kabupaten Barito Kuala", "BARITOKUALAKAB.GO.ID"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "Kabupaten Balangan", "BALANGANKAB.GO.ID"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num", "Kabupaten Kotabaru", "KOTABARUKAB.GO.ID"),
    "pemkab-tanbu": ("tanahbumbukab.go.id", "num", "Kabupaten Tanah Bumbu", "TANAHBUMBUKAB.GO.ID"),
    "pemkab-hst": ("hstkab.go.id", "wp", "Kabupaten Hulu Sungai Tengah", "HSTKAB.GO.ID"),
    "pemkab-banjar": ("banjarkab.go.id", "wp", "Kabupaten Banjar", "BANJARKAB.GO.ID"),
    "pemkab-tabalong": ("tabalongkab.go.id", "wp", "Kabupaten Tabalong", "TABALONGKAB.GO.ID"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "Kota Banjarbaru", "BANJARBARUKOTA.GO.ID"),
}
INFO = {"Kota Banjarmasin": "Info Banjarmasin", "Kota Banjarbaru": "Info Banjarbaru", "Kabupaten Banjar": "Info Martapura",
        "Kabupaten Tanah Laut": "Info Tala", "Kabupaten Tapin": "Info Tapin", "Kabupaten Hulu Sungai Selatan": "Info HSS",
        "Kabupaten Hulu Sungai Tengah": "Info Barabai", "Kabupaten Hulu Sungai Utara": "Info Amuntai",
        "Kabupaten Balangan": "Info Balangan", "Kabupaten Tabalong": "Info Tabalong", "Kabupaten Barito Kuala": "Info Batola",
        "Kabupaten Kotabaru": "Info Kotabaru", "Kabupaten Tanah Bumbu": "Info Tanbu", None: "Info Kalsel"}


def wita(s):
    return datetime.fromisoformat(s)


def iso(t):
    return t.astimezone(W).isoformat(timespec="seconds")


def render_dates(text):
    def rep(m):
        d = datetime(2026, int(m.group(1)), int(m.group(2)))
        return f"{HARI[d.weekday()]} ({d.day}/{d.month}/2026)"
    return re.sub(r"\{D:(\d\d)-(\d\d)\}", rep, text)


# ---------------------------------------------------------------- announcements
ANNS = []
for i, a in enumerate(A_MOD.A):
    host, shape, region, site = SITES[a["src"]]
    t = datetime.fromisoformat(f"2026-{a['date']}:00").replace(tzinfo=W)
    slug = a["slug"]
    if shape == "wp":
        url = f"https://{host}/2026/{t.month:02d}/{t.day:02d}/{slug}/"
    elif shape == "berita":
        url = f"https://{host}/berita/{slug}"
    elif shape == "detail":
        url = f"https://{host}/berita/detail/{slug}"
    elif shape == "num":
        url = f"https://{host}/berita/{4100 + a['num'] * 37}/{slug}"
    else:
        url = f"https://{host}/2026/{t.month:02d}/{slug}.html"
    ANNS.append({"id": f"h28-a{a['num']:02d}", "source": a["src"], "url": url, "title": a["title"],
                 "text": render_dates(a["text"]), "published_at": iso(t), "_t": t, "_a": a, "_region": region,
                 "_shape": shape, "_host": host, "_site": site})
BYNUM = {a["_a"]["num"]: a for a in ANNS}

POSTS = []  # dicts with _t, kim, platform, title, text, links, _label, _style, _key


def add(kim, t, platform, title, text, links, style, gold, key, **meta):
    assert kim in KIM, kim
    if t > LIMIT:
        raise ValueError(key)
    POSTS.append({"kim": kim, "_t": t, "platform": platform, "title": title, "text": text, "links": links,
                  "_style": style, "_gold": gold, "_key": key, "_meta": meta})


def gold_time(a, lo_min=12, pref=None):
    """A post time 10 min..20 days after ``a`` (and before LIMIT): median about a day."""
    latest = min(a["_t"] + timedelta(days=19, hours=20), LIMIT - timedelta(minutes=2))
    span = (latest - a["_t"]).total_seconds() / 3600
    r = rng.random()
    if pref is not None:
        h = pref
    elif r < 0.25:
        h = rng.uniform(lo_min / 60, 4)
    elif r < 0.6:
        h = rng.uniform(4, 30)
    elif r < 0.9:
        h = rng.uniform(30, 120)
    else:
        h = rng.uniform(120, 360)
    h = max(lo_min / 60, min(h, span))
    return a["_t"] + timedelta(hours=h, seconds=rng.randint(0, 59))


def gold_kim(a, pool=None):
    pool = pool or REGULAR
    local = [k for k in pool if KIM[k][1] == a["_region"]]
    if local and rng.random() < 0.85:
        return rng.choice(local)
    return rng.choice(pool)


def purl(kim, platform, t):
    h = kim.replace("kim-", "kim")
    n = rng.randint(10 ** 9, 10 ** 10)
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/{n}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/C{n:x}{rng.choice('abcXYZ')}/"
    if platform == "telegram":
        return f"https://t.me/{h.replace('-', '_')}/{rng.randint(100, 4000)}"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={n:x}{rng.choice('QWEk')}"
    return f"https://{h}.desa.id/{t.year}/{t.month:02d}/{t.day:02d}/post-{n % 100000}/"


# ---------------------------------------------------------------- platform shapes
GREET = ["Assalamualaikum wr wb 🙏", "Good morning all 🌞", "Hello guys 👋", "Bismillah.", "Salam sehat dangsanak 🙏",
         "Selamat pagi warga", "Assalamu'alaikum bubuhan 😊", "Halo sobat KIM!", "Met siang semua", ""]
OUTRO = ["Semoga bermanfaat 🙏", "Jazakumullah khairan 🙏", "Thank you 🙏", "Silakan dibagikan.", "Wassalam.",
         "#KIMPeduli", "Salam KIM 🙏", "", "Terima kasih sudah membaca", "Mohon dishare ya"]
WAHEAD = ["↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇", "Dari grup WA RT 👇",
          "Fwd dari grup kecamatan", "Kiriman grup WA PKK 👇"]
MENUS = ["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda › Kabar Desa",
         "MENU: Beranda - Profil Desa - Berita - Potensi - Kontak", "Home » Kabar Kampung"]


def igtags(a, heavy=False):
    base = a["_a"]["tags"].split()
    more = ["#KIM", "#InfoDesa", "#Kalsel", "#KalimantanSelatan", "#BeritaDesa", "#Banua", "#KabarBanua", "#InfoPublik",
            "#Diskominfo", "#KIMKalsel", "#DesaKita", "#WargaBanua", "#Banjar", "#UrangBanua", "#InfoTerkini"]
    rng.shuffle(more)
    n = rng.randint(8, 12) if heavy else rng.randint(0, 3)
    return " ".join(base + more[:n])


def shape_post(kind, kim, a, body, title=""):
    """Return platform, title, text for a post body in the given platform shape."""
    region = KIM[kim][1]
    if kind == "wa":
        head = rng.choice(WAHEAD)
        tt = f"*{(title or a['title']).upper()}*\n\n" if rng.random() < 0.6 else ""
        tail = rng.choice(["\n\n_Mohon disebarkan_", "\n\n_Sebarkan ke grup lain_", "", "\n\nSilakan diteruskan 🙏"])
        return rng.choice(["facebook", "telegram"]), "", f"{head}\n{tt}{body}{tail}"
    if kind == "fb":
        g, o = rng.choice(GREET), rng.choice(OUTRO)
        hdr = rng.choice(["📢 *INFO* 📢\n", "", "INFO DESA\n", "🔔 Kabar hari ini\n"])
        return "facebook", "", "\n\n".join(x for x in (g, hdr + body, o) if x)
    if kind == "tgfwd":
        src = INFO[a["_region"]] if rng.random() < 0.7 else INFO[None]
        return "telegram", "", f"Forwarded from {src}\n{title or a['title']}\n\n{body}"
    if kind == "tg":
        return "telegram", "", body
    if kind == "ig":
        t0 = (title or a["title"]).upper()
        ok = rng.choice(["✅ ", "📌 ", "🗓️ "])
        return "instagram", "", f"{t0}\n\n{ok}{body}\n\n{rng.choice(['Info lengkap link di bio', 'Link di bio 👆', ''])}\n{igtags(a)}".replace("\n\n\n", "\n\n")
    if kind == "ighv":
        return "instagram", "", f"{body}\n.\n.\n{igtags(a, heavy=True)}"
    if kind == "web":
        k = KIM[kim]
        by = rng.choice([f"Oleh Admin {'KIM ' + k[3]} · {rng.randint(0, 7)} Komentar",
                         f"Ditulis oleh admin | {rng.randint(1, 28)} Nov 2026", "Posted by Admin KIM"])
        other = rng.choice(ANNS)["title"] if rng.random() < 0.3 else rng.choice(
            ["Jadwal Posyandu Desa Bulan Desember", "Gotong Royong Bersihkan Langgar", "Profil Pambakal Kami",
             "Laporan Realisasi Dana Desa Tahap II", "Lomba Azan Anak Desa"])
        tags = ", ".join(rng.sample(["Berita", "Desa", "Pemerintahan", "Kesehatan", "Pertanian", "Pendidikan", "Budaya"], 2))
        text = (f"{rng.choice(MENUS)}\n\n{by}\n\n{body}\n\nBaca juga: {other}\n\n"
                f"Bagikan: Facebook Twitter WhatsApp Telegram\nTags: {tags}")
        return "website", title or a["title"], text
    if kind == "yt":
        t0 = rng.choice(["VIDEO | ", "LIPUTAN: ", "", "KABAR DESA | "]) + (title or a["title"])
        ch = rng.choice(["00:00 Pembuka\n00:25 Liputan\n02:10 Wawancara\n03:40 Penutup",
                         "0:00 Intro\n0:18 Suasana kegiatan\n1:52 Keterangan petugas", "00:00 Pembukaan\n01:05 Isi berita\n02:30 Penutup"])
        return "youtube", t0, f"{body}\n\nChapter:\n{ch}\n\nKamera: Tim {'KIM ' + KIM[kim][3]}\nJangan lupa subscribe 🙏"
    raise ValueError(kind)


# ---------------------------------------------------------------- habit ops (copies)
NUMW = {"12": "dua belas", "20": "dua puluh", "40": "empat puluh", "45": "empat puluh lima", "60": "enam puluh",
        "30": "tiga puluh", "18": "delapan belas", "22": "dua puluh dua", "24": "dua puluh empat", "70": "tujuh puluh",
        "85": "delapan puluh lima", "50": "lima puluh", "25": "dua puluh lima", "36": "tiga puluh enam", "14": "empat belas"}
ABBR = [(" yang ", " yg "), (" dengan ", " dgn "), (" untuk ", " utk "), (" sudah ", " sdh "), (" tidak ", " tdk "),
        (" kepada ", " kpd "), (" Kabupaten ", " Kab. "), (" Kecamatan ", " Kec. "), (" dan ", " & ")]


def typo(text):
    words = [m for m in re.finditer(r"[a-z]{6,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    j = rng.randint(1, len(w) - 3)
    w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return text[:m.start()] + w2 + text[m.end():]


def relative_dates(text, t):
    def rep(m):
        d = datetime(2026, int(m.group(3)), int(m.group(2)), tzinfo=W)
        diff = (t.date() - d.date()).days
        if diff == 0:
            return f"hari ini ({d.day}/{d.month})"
        if diff == 1:
            return f"kemarin ({m.group(1)})"
        if 1 < diff < 7:
            return f"{m.group(1)} lalu ({d.day}/{d.month})"
        if diff < 0:
            return "besok" if diff == -1 else f"{m.group(1)} depan"
        return f"tgl {d.day}/{d.month}"
    return re.sub(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)/(\d+)/2026\)", rep, text)


def habits(text, t, kim, n):
    ops = rng.sample(["quotes", "numwords", "reldates", "droptag", "dateline", "abbr", "collapse", "typo"], n)
    for op in ops:
        if op == "quotes":
            text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-")
        elif op == "numwords":
            for k in rng.sample(list(NUMW), len(NUMW)):
                if re.search(rf"(?<![\d.,]){k}(?![\d.,])", text):
                    text = re.sub(rf"(?<![\d.,]){k}(?![\d.,])", NUMW[k], text, count=1)
                    break
        elif op == "reldates":
            text = relative_dates(text, t)
        elif op == "droptag":
            text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text)
        elif op == "dateline":
            kn = kim.replace("kim-", "").replace("-", " ").title()
            text = re.sub(r"^[A-Z ]+ \u2013 ", rng.choice([f"{kn.upper()}, KIM \u2013 ", f"(KIM {kn}) \u2013 ", f"{kn} (KIM) - "]), text)
        elif op == "abbr":
            for a0, b0 in rng.sample(ABBR, 4):
                text = text.replace(a0, b0)
        elif op == "collapse":
            text = text.replace("\n\n", " ")
        elif op == "typo":
            for _ in range(rng.randint(1, 2)):
                text = typo(text)
    return text, ops


# ---------------------------------------------------------------- gold posts
order = list(range(len(ANNS)))
rng.shuffle(order)
copy_set = [ANNS[i] for i in order[:35]]
rng.shuffle(order)
exc_set = [ANNS[i] for i in order[:35]]
link_set = [ANNS[i] for i in order] + [ANNS[i] for i in order[:40 - len(ANNS)]] if len(ANNS) < 40 else [ANNS[i] for i in order[:40]]

COPY_SHAPES = ["wa"] * 9 + ["web"] * 7 + ["fb"] * 7 + ["tgfwd"] * 6 + ["ig"] * 6
rng.shuffle(COPY_SHAPES)
for a, shp in zip(copy_set, COPY_SHAPES):
    kim = gold_kim(a)
    t = gold_time(a)
    body, ops = habits(a["text"], t, kim, rng.randint(1, 3))
    if shp == "web":
        src = rng.choice([f"Sumber: {a['url']}", f"Sumber: {a['_host']}", "Sumber: rilis resmi " + a["source"], "Sumber: Humas"])
        body += "\n\n" + src
    platform, title, text = shape_post(shp, kim, a, body)
    links = [a["url"]] if a["url"] in text else []
    add(kim, t, platform, title, text, links, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shp, ops=ops)

EXC_SHAPES = ["tgtrunc"] * 9 + ["short"] * 6 + ["iglead"] * 5 + ["fblihat"] * 5 + ["yt"] * 4 + ["quote"] * 3 + ["weblead"] * 3
rng.shuffle(EXC_SHAPES)
INTRO = ["Info dari pemkab:", "Kabar baik nih 👇", "Dikutip dari rilis resmi:", "Simak ya dangsanak", "Berita terbaru:",
         "Untuk diketahui warga,", "📌 Penting", "Sekilas info:"]
special_tg = list(SPECIAL)
for a, shp in zip(exc_set, EXC_SHAPES):
    paras = a["text"].split("\n\n")
    kim = gold_kim(a)
    if shp == "tgtrunc" and special_tg:
        kim = special_tg.pop()
    t = gold_time(a)
    if shp == "tgtrunc":
        cut = rng.randint(185, 215)
        s = a["text"].replace("\n\n", " ")[:cut].rstrip()
        s = s[:s.rfind(" ")] + "…"
        platform, title, text = "telegram", "", f"{a['title']}\n\n{s}" if rng.random() < 0.5 else s
        if rng.random() < 0.4:
            text = f"Forwarded from {INFO[a['_region']]}\n" + text
    elif shp == "short":
        w = paras[0].split()
        lead = " ".join(w[:rng.randint(12, 18)]).rstrip(",.;")
        platform, title, text = shape_post(rng.choice(["fb", "tg", "wa"]), kim, a, lead + "…")
    elif shp == "iglead":
        platform, title, text = shape_post("ig", kim, a, paras[0])
    elif shp == "fblihat":
        s = a["text"][:rng.randint(230, 330)]
        s = s[:s.rfind(" ")]
        platform, title, text = "facebook", "", f"{rng.choice(INTRO)}\n\n{s}... Lihat selengkapnya"
    elif shp == "yt":
        platform, title, text = shape_post("yt", kim, a, paras[0])
    elif shp == "quote":
        platform, title, text = shape_post(rng.choice(["fb", "tg"]), kim, a, rng.choice(INTRO) + "\n\n" + paras[1])
    else:
        platform, title, text = shape_post("web", kim, a, paras[0] + "\n\n" + paras[1])
    add(kim, t, platform, title, text, [], "excerpt", [a["id"]], f"auto:excerpt:{a['id']}", shape=shp)

LINK_COMMENTS = ["Info penting, baca selengkapnya di sini 👇", "Cek link berikut ya", "Kabar dari pemkab:", "Silakan dibaca 🙏",
                 "Yang kemarin ditanyakan warga, ini beritanya", "Mantap! 👏", "Alhamdulillah", "Baca juga ya dangsanak",
                 "Berita lengkapnya:", "Share dari web resmi", "Nah ini dia", "Buat yg belum baca", "📰", "",
                 "Selengkapnya:", "Baca berita lengkapnya:", "Dari situs resmi pemerintah", "Kabar gembira buat warga kita",
                 "FYI gaes", "Penting utk petani, baca dulu", "Ada di web resmi 👇👇", "ini link nya", "Cek di sini yaa"]
FORMS = (["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 4 + ["utm"] * 4 +
         ["fbclid"] * 4 + ["utm+fbclid"] * 3 + ["http-m"] * 2 + ["www-noscheme"] * 2 + ["onlylinks"] * 2)
rng.shuffle(FORMS)


def link_form(a, form):
    u = a["url"]
    host = a["_host"]
    if form == "http":
        return u.replace("https://", "http://")
    if form == "www":
        return u.replace(f"https://{host}", f"https://www.{host}")
    if form == "m":
        return u.replace(f"https://{host}", f"https://m.{host}")
    if form == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if form == "amp":
        return u + "amp/" if a["_shape"] == "wp" else u + "?utm_source=wa"
    if form == "utm":
        return u + rng.choice(["?utm_source=facebook&utm_medium=social", "?utm_source=whatsapp", "?utm_campaign=kim"])
    if form == "fbclid":
        return u + "?fbclid=IwAR" + "".join(rng.choice("abcdefXYZ0123456789") for _ in range(20))
    if form == "utm+fbclid":
        return u + "?utm_source=fb&fbclid=IwZX" + "".join(rng.choice("abcdefXYZ0123456789") for _ in range(16))
    if form == "http-m":
        return u.replace(f"https://{host}", f"http://m.{host}")
    if form == "www-noscheme":
        return u.replace(f"https://{host}", f"www.{host}")
    return u


for a, form in zip(link_set, FORMS):
    kim = gold_kim(a)
    t = gold_time(a)
    u = link_form(a, form)
    c = rng.choice(LINK_COMMENTS)
    kind = rng.choice(["fbshare", "fbshare", "tg", "yt", "web"])
    if form == "onlylinks":
        kind = "fbshare"
    prev = f"{a['_site']}\n{a['title']}\n{a['text'].split(chr(10))[0][:120]}"
    if kind == "fbshare":
        if form == "onlylinks":
            text = (c or "Bagikan") + "\n\n" + prev
        else:
            text = f"{c}\n{u}" + (f"\n\n{prev}" if rng.random() < 0.6 else "")
        platform, title = "facebook", ""
    elif kind == "tg":
        platform, title, text = "telegram", "", f"{a['title']}\n{u}" if rng.random() < 0.6 else f"{c} {u}"
    elif kind == "yt":
        platform, title = "youtube", rng.choice(["", "INFO | ", "Kabar Pekan Ini: "]) + a["title"]
        text = f"{c}\nBaca berita lengkapnya: {u}\n\nJangan lupa like & subscribe 🙏"
    else:
        platform, title = "website", a["title"]
        text = f"{rng.choice(MENUS)}\n\n{a['text'].split(chr(10))[0]}\n\nSelengkapnya: {u}\n\nBagikan: Facebook Twitter WhatsApp"
    add(kim, t, platform, title, text, [u], "link", [a["id"]], f"auto:link:{a['id']}", form=form, shape=kind)

# summaries: s1 for every release, s2 where written, extra.SUM
SUM_SHAPES = ["wa"] * 15 + ["tg"] * 13 + ["fb"] * 11 + ["yt"] * 6 + ["ig"] * 6 + ["web"] * 2 + ["ighv"] * 3
rng.shuffle(SUM_SHAPES)
sums = [(a, a["_a"]["s1"], f"anns.py:{a['_a']['num']}:s1", None) for a in ANNS]
sums += [(a, a["_a"]["s2"], f"anns.py:{a['_a']['num']}:s2", rng.uniform(60, 200)) for a in ANNS if a["_a"].get("s2")]
sums += [(BYNUM[n], txt, f"extra.py:SUM[{i}]", h) for i, (n, h, txt) in enumerate(X.SUM)]
spec_ig = list(SPECIAL[:2])
for (a, txt, key, h), shp in zip(sums, SUM_SHAPES + ["fb"] * 10):
    kim = gold_kim(a)
    if shp == "ighv":
        kim = spec_ig.pop() if spec_ig else kim
    t = gold_time(a, pref=h)
    title = ""
    if shp in ("yt", "web"):
        title = rng.choice([a["title"], "Kabar Desa: " + a["title"].split(",")[0], a["_a"]["it"]])
    platform, title, text = shape_post(shp, kim, a, txt, title) if shp != "tg" else ("telegram", "", txt)
    add(kim, t, platform, title, text, [], "summary", [a["id"]], key, shape=shp)

# paraphrases (40): special KIMs get the ones of their kabupaten
para = list(ANNS)
rng.shuffle(para)
para = para[:40]
for need in SPECIAL:
    if not any(KIM[need][1] == a["_region"] for a in para):
        pass
spec_count = {k: 0 for k in SPECIAL}
for a in para:
    cands = [k for k in SPECIAL if KIM[k][1] == a["_region"] and spec_count[k] < 3]
    if cands:
        kim = cands[0]
        spec_count[kim] += 1
    elif a["_region"] is None and rng.random() < 0.3:
        kim = min(SPECIAL, key=lambda k: spec_count[k])
        spec_count[kim] += 1
    else:
        kim = gold_kim(a)
    t = gold_time(a)
    shp = rng.choice(["fb", "fb", "tg", "tg", "ig", "plain", "plain"])
    txt = a["_a"]["p"]
    if shp == "plain":
        platform, title, text = "facebook", "", txt
    elif shp == "tg":
        platform, title, text = "telegram", "", txt
    elif shp == "ig":
        platform, title, text = "instagram", "", txt + "\n" + igtags(a)
    else:
        platform, title, text = shape_post("fb", kim, a, txt)
    add(kim, t, platform, title, text, [], "paraphrase", [a["id"]], f"anns.py:{a['_a']['num']}:p", shape=shp)

# round-ups
LOCAL = ["Gotong royong bersihkan langgar Minggu pagi", "Jadwal posyandu bulan ini tgl 15", "Harga gabah Rp6.900/kg",
         "Lomba azan anak di masjid desa", "PLN padam Selasa jam 9-12", "Kerja bakti saluran RT 3",
         "Pengajian ibu-ibu Kamis sore", "Turnamen voli antar-RT berlanjut", "Pembagian zakat mal di masjid",
         "Jalan desa diperbaiki swadaya", "Latihan hadrah remaja tiap Kamis", "Air pasang tinggi subuh, hati-hati"]
LAYOUTS = (["bullets"] * 4 + ["numbered"] * 3 + ["pipe"] * 3 + ["paren"] * 3 + ["chapters"] * 3 + ["prose"] * 3 +
           ["igcap"] * 3 + ["wa"] * 3)
rng.shuffle(LAYOUTS)
ru_kims = [k for k in SPECIAL for _ in range(2)] + rng.sample(REGULAR, 17)
rng.shuffle(ru_kims)
sizes = [3] * 7 + [2] * 18
rng.shuffle(sizes)
for j, (kim, lay, size) in enumerate(zip(ru_kims, LAYOUTS, sizes)):
    for _try in range(200):
        t = datetime(2026, 11, 9, 8, tzinfo=W) + timedelta(hours=rng.uniform(0, 26 * 24 + 12))
        ok = [a for a in ANNS if a["_t"] + timedelta(minutes=30) <= t <= a["_t"] + timedelta(days=12)]
        loc = [a for a in ok if a["_region"] in (KIM[kim][1], None)]
        pool = loc if len(loc) >= size else ok
        if len(pool) >= size:
            break
    chosen = sorted(rng.sample(pool, size), key=lambda a: a["_t"])
    items = [a["_a"]["it"] for a in chosen]
    locals_ = rng.sample(LOCAL, rng.choice([0, 0, 1, 2])) if j % 2 == 0 else []
    allit = items + locals_
    rng.shuffle(allit)
    head = rng.choice(["KILAS INFO PEKAN INI", "Rangkuman berita sepekan", "KABAR BANUA MINGGU INI", "Info singkat",
                       "Rekap info 2 minggu terakhir", "Berita pilihan pekan ini"])
    title = ""
    if lay == "bullets":
        b = rng.choice(["🔹", "•", "-", "✅", "👉"])
        platform, text = rng.choice(["facebook", "telegram"]), head + "\n\n" + "\n".join(f"{b} {x}" for x in allit)
    elif lay == "numbered":
        platform, text = "facebook", head + ":\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(allit, 1))
    elif lay == "pipe":
        platform, text = rng.choice(["facebook", "telegram"]), head.upper() + " | " + " | ".join(allit) + " |"
    elif lay == "paren":
        platform, text = "telegram", head + ": " + " ".join(f"({i}) {x}" for i, x in enumerate(allit, 1))
    elif lay == "chapters":
        platform = "youtube"
        title = f"KABAR BANUA PEKAN INI | {'KIM ' + KIM[kim][3]}"
        text = "Rangkuman berita pekan ini:\n\n" + "\n".join(f"0{i}:{rng.randint(10, 59)} {x}" for i, x in enumerate(allit)) + "\n\nSubscribe ya 🙏"
    elif lay == "prose":
        platform = "website"
        title = rng.choice(["Rangkuman Berita Sepekan", "Kabar Pekan Ini dari Banua", "Kilas Berita Akhir Pekan"])
        s = [x[0].lower() + x[1:] for x in allit]
        prose = f"Pekan ini ada beberapa kabar. Pertama, {s[0]}. " + " ".join(
            f"{rng.choice(['Selain itu', 'Kemudian', 'Lalu', 'Di samping itu'])}, {x}." for x in s[1:-1]) + f" Terakhir, {s[-1]}."
        text = f"{rng.choice(MENUS)}\n\n{prose}\n\nBagikan: Facebook Twitter WhatsApp"
    elif lay == "igcap":
        platform = "instagram"
        text = "🗞️ KABAR SINGKAT\n\n" + "\n".join(f"▪️ {x}" for x in allit) + "\n\n" + igtags(chosen[0], heavy=rng.random() < 0.5)
    else:
        platform = rng.choice(["facebook", "telegram"])
        text = rng.choice(WAHEAD) + "\n*" + head.upper() + "*\n" + "\n".join(f"{i}) {x}" for i, x in enumerate(allit, 1))
    add(kim, t, platform, title, text, [], "roundup", [a["id"] for a in chosen], f"auto:roundup:{j}", layout=lay,
        local_items=len(locals_))

# ---------------------------------------------------------------- negatives
VILL = {}
for k in KIMS:
    VILL[k[3].lower()] = k[0]
    VILL.setdefault(k[2].lower(), k[0])
OLDURL = 0


def neg_kim(text, a):
    low = text.lower()
    hits = [VILL[v] for v in sorted(VILL, key=len, reverse=True) if v in low]
    if hits:
        return hits[0]
    local = [k for k in KIMS if k[1] == a["_region"]]
    return rng.choice(local)[0] if local else rng.choice(KIMS)[0]


DIFF = {"next stage": "the follow-up the release announces, happening later with its own figures",
        "village's own run": "a village's own activity of the same kind, with its own figures",
        "last year": "an earlier year's edition",
        "same venue/date": "an unrelated event at the same venue or on the same date",
        "same official/week": "the same official at an unrelated event the same week",
        "another kabupaten": "another kabupaten's edition of the same kind of programme",
        "another kecamatan": "another kecamatan, not the one the release names",
        "other organiser": "a similar activity by another organiser",
        "another day": "another day of a multi-day event (another event)"}
negs = []
for a in ANNS:
    for i, (kind, h, txt) in enumerate(a["_a"]["n"]):
        negs.append((a, kind, h, txt, f"anns.py:{a['_a']['num']}:n[{i}]"))
for i, (n, kind, h, txt) in enumerate(X.NEG):
    negs.append((BYNUM[n], kind, h, txt, f"extra.py:NEG[{i}]"))
NEG_SHAPES = ["fb", "fb", "tg", "wa", "ig", "plain", "plain", "web", "yt", "tgtrunc"]
assigned = []
for a, kind, h, txt, key in negs:
    kim = neg_kim(txt, a)
    assigned.append([a, kind, h, txt, key, kim])
# top up: each inactive KIM gets >= 5 look-alikes
for k in INACTIVE:
    have = sum(1 for x in assigned if x[5] == k)
    region = KIM[k][1]
    movable = [x for x in assigned if x[5] not in INACTIVE and not any(v in x[3].lower() for v in VILL)]
    movable.sort(key=lambda x: (x[0]["_region"] != region, rng.random()))
    for x in movable[:max(0, 5 - have)]:
        x[5] = k
for a, kind, h, txt, key, kim in assigned:
    t = a["_t"] + timedelta(hours=h, minutes=rng.randint(0, 50))
    if t > LIMIT:
        t = LIMIT - timedelta(hours=rng.uniform(2, 120))
    shp = rng.choice(NEG_SHAPES)
    links = []
    if kind == "last year" and OLDURL < 3 and a["_shape"] == "wp":
        OLDURL += 1
        u = f"https://{a['_host']}/2025/11/{rng.randint(10, 28)}/{a['_a']['slug'][:40]}-2025/"
        txt = txt + f"\n{u}"
        links = [u]
    if shp == "plain":
        platform, title, text = "facebook", "", txt
    elif shp == "tgtrunc" and len(txt) > 150:
        platform, title, text = "telegram", "", txt[:txt.rfind(" ", 0, 140)] + "…"
        shp = "tgtrunc-neg"
    elif shp in ("tg", "tgtrunc"):
        platform, title, text = "telegram", "", txt
        shp = "tg"
    elif shp in ("web", "yt"):
        ttl = txt.split(".")[0].split(",")[0][:70]
        platform, title, text = shape_post(shp, kim, a, txt, ttl)
    else:
        platform, title, text = shape_post(shp, kim, a, txt, txt.split(".")[0][:60]) if shp != "ig" else ("instagram", "", txt + "\n" + igtags(a))
    add(kim, t, platform, title, text, links, "negative-topic", [], key, shape=shp, imitates=[a["id"]],
        differs=f"{kind}: {DIFF.get(kind, kind)}")

befs = [(a, a["_a"]["b"][0], a["_a"]["b"][1], f"anns.py:{a['_a']['num']}:b") for a in ANNS if a["_a"]["b"]]
befs += [(BYNUM[n], h, txt, f"extra.py:BEF[{i}]") for i, (n, h, txt) in enumerate(X.BEF)]
for a, h, txt, key in befs:
    kim = neg_kim(txt, a)
    if kim not in INACTIVE and rng.random() < 0.35:
        kim = rng.choice(INACTIVE)
    t = a["_t"] - timedelta(hours=h, minutes=rng.randint(5, 55))
    shp = rng.choice(["fb", "plain", "tg", "wa"])
    platform, title, text = ("facebook", "", txt) if shp == "plain" else ("telegram", "", txt) if shp == "tg" else shape_post(shp, kim, a, txt, txt.split(".")[0][:50])
    add(kim, t, platform, title, text, [], "before", [], key, shape=shp, imitates=[a["id"]],
        differs="posted before the release, about the same event")

# unrelated: hand-written + 30 from templates
start = datetime(2026, 10, 28, 6, tzinfo=W)
span_h = (LIMIT - start).total_seconds() / 3600


def unrel_kim():
    return rng.choice(KIMS)[0]


for i, txt in enumerate(X.UNREL):
    kim = unrel_kim()
    t = start + timedelta(hours=rng.uniform(0, span_h))
    shp = rng.choice(["plain", "plain", "fb", "tg", "wa"])
    platform, title, text = ("facebook", "", txt) if shp == "plain" else ("telegram", "", txt) if shp == "tg" else shape_post(shp, kim, ANNS[0], txt, txt.split(".")[0][:50])
    add(kim, t, platform, title, text, [], "negative-unrelated", [], f"extra.py:UNREL[{i}]", shape=shp)
TPL = [
    "Harga {c} di {m} hari ini Rp{p}/kg. {x}",
    "Update harga {c} ({m}): Rp{p} per kg. {x}",
    "{m} pagi ini: {c} Rp{p}/kg. {x}",
]
COMM = ["karet", "gabah", "cabai rawit", "bawang merah", "ikan haruan", "ikan patin", "telur itik", "beras lokal", "TBS sawit", "gula pasir"]
MKT = ["Pasar Kandangan", "Pasar Amuntai", "Pasar Barabai", "pasar desa", "Pasar Martapura", "Pasar Pelaihari", "Pasar Tanjung", "Pasar Rantau"]
XTRA = ["Naik dari kemarin.", "Turun sedikit.", "Stabil.", "Pedagang bilang pasokan kurang.", "", "Pembeli sepi karena hujan."]
for i in range(30):
    txt = rng.choice(TPL).format(c=COMM[i % len(COMM)], m=rng.choice(MKT), p=f"{rng.randint(8, 95)}.{rng.choice(['000', '500', '200'])}",
                                 x=rng.choice(XTRA)).strip()
    kim = unrel_kim()
    t = start + timedelta(hours=rng.uniform(0, span_h))
    add(kim, t, rng.choice(["facebook", "telegram"]), "", txt, [], "negative-unrelated", [], f"build.py:TPL[{i}]", shape="plain")

# ---------------------------------------------------------------- write
POSTS.sort(key=lambda p: (p["_t"], p["_key"]))
ids = list(range(1, len(POSTS) + 1))
rng.shuffle(ids)
keymap = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, \
        open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for p, n in zip(POSTS, ids):
        pid = f"h28-p{n:03d}"
        row = {"id": pid, "kim": p["kim"], "platform": p["platform"], "url": purl(p["kim"], p["platform"], p["_t"]),
               "title": p["title"], "text": p["text"], "published_at": iso(p["_t"]), "links": p["links"]}
        fp.write(json.dumps(row, ensure_ascii=False) + "\n")
        fl.write(json.dumps({"post": pid, "announcements": p["_gold"], "style": p["_style"]}, ensure_ascii=False) + "\n")
        keymap[pid] = {"line": p["_key"], "style": p["_style"], "gold": p["_gold"], **p["_meta"]}
with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for a in ANNS:
        f.write(json.dumps({k: v for k, v in a.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS:
        name = "KIM " + k[3]
        f.write(f"- id: {k[0]}\n  name: {name}\n  region: {k[1]}\n  district: {k[2]}\n  village: {k[3]}\n")
print("posts", len(POSTS))
