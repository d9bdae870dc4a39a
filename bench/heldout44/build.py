#!/usr/bin/env python3
"""Generator of heldout44 (digital government and telecom). Deterministic: fixed seed, no clock.

Reads the hand-written texts in anns.py and extra.py, writes announcements.jsonl, kims.yaml,
posts.jsonl, labels.jsonl and keymap.json.
"""
import json
import random
import re
import string
from datetime import datetime, timedelta, timezone

import anns as A
import extra as X

SEED = 2026120744
R = random.Random(SEED)
WITA = timezone(timedelta(hours=8))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
START = datetime(2026, 10, 20, 6, 0, tzinfo=WITA)
END = datetime(2026, 12, 5, 22, 30, tzinfo=WITA)

# ---------------------------------------------------------------- KIM registry
# (slug, region, kecamatan, desa/kelurahan); role: "inactive" (look-alikes only), "special" (round-ups/paraphrases only)
KIMS = [
    ("kelayan-barat", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Barat"),
    ("sungai-miai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Miai"),
    ("pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya"),
    ("kuin-cerucuk", "Kota Banjarmasin", "Banjarmasin Barat", "Kuin Cerucuk"),
    ("guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis"),
    ("syamsudin-noor", "Kota Banjarbaru", "Landasan Ulin", "Syamsudin Noor"),
    ("sungai-ulin", "Kota Banjarbaru", "Banjarbaru Utara", "Sungai Ulin"),
    ("sungai-tabuk-keramat", "Kabupaten Banjar", "Sungai Tabuk", "Sungai Tabuk Keramat"),
    ("astambul-kota", "Kabupaten Banjar", "Astambul", "Astambul Kota"),
    ("mandiangin-timur", "Kabupaten Banjar", "Karang Intan", "Mandiangin Timur"),
    ("ambungan", "Kabupaten Tanah Laut", "Pelaihari", "Ambungan"),
    ("tajau-pecah", "Kabupaten Tanah Laut", "Batu Ampar", "Tajau Pecah"),
    ("kurau", "Kabupaten Tanah Laut", "Kurau", "Kurau"),
    ("rampa", "Kabupaten Kotabaru", "Pulau Laut Utara", "Rampa"),
    ("semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap"),
    ("tarjun", "Kabupaten Kotabaru", "Kelumpang Hilir", "Tarjun"),
    ("kapul", "Kabupaten Balangan", "Halong", "Kapul"),
    ("paringin-timur", "Kabupaten Balangan", "Paringin", "Paringin Timur"),
    ("juai", "Kabupaten Balangan", "Juai", "Juai"),
    ("pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan"),
    ("mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
    ("muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
    ("jambu-hilir", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Jambu Hilir"),
    ("negara", "Kabupaten Hulu Sungai Selatan", "Daha Utara", "Negara"),
    ("bamban", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Bamban"),
    ("hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan"),
    ("birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang"),
    ("barabai-darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat"),
    ("paliwara", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Paliwara"),
    ("danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
    ("babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik"),
    ("hiyung", "Kabupaten Tapin", "Tapin Tengah", "Hiyung"),
    ("bakarangan", "Kabupaten Tapin", "Bakarangan", "Bakarangan"),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
    ("tabunganen-muara", "Kabupaten Barito Kuala", "Tabunganen", "Tabunganen Muara"),
    ("kuripan", "Kabupaten Barito Kuala", "Kuripan", "Kuripan"),
    ("anjir-pasar-kota", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota"),
    ("sungai-loban", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sungai Loban"),
    ("satui-barat", "Kabupaten Tanah Bumbu", "Satui", "Satui Barat"),
    ("sungai-dua", "Kabupaten Tanah Bumbu", "Simpang Empat", "Sungai Dua"),
]
INACTIVE = ["kim-kelayan-barat", "kim-tajau-pecah", "kim-juai", "kim-jambu-hilir", "kim-birayang", "kim-kuripan"]
SPECIAL = ["kim-hantakan", "kim-babirik", "kim-semayap", "kim-muara-uya"]
KIM_REGION = {"kim-" + s: r for s, r, _, _ in KIMS}
KIM_NAME = {"kim-" + s: "KIM " + v for s, _, _, v in KIMS}

SRC_REGION = {
    "pemkot-banjarmasin": "Kota Banjarmasin", "pemkot-banjarbaru": "Kota Banjarbaru", "pemkab-banjar": "Kabupaten Banjar",
    "pemkab-tanah-laut": "Kabupaten Tanah Laut", "pemkab-kotabaru": "Kabupaten Kotabaru",
    "pemkab-balangan": "Kabupaten Balangan", "pemkab-tabalong": "Kabupaten Tabalong",
    "pemkab-hss": "Kabupaten Hulu Sungai Selatan", "pemkab-hst": "Kabupaten Hulu Sungai Tengah",
    "pemkab-hsu": "Kabupaten Hulu Sungai Utara", "pemkab-tapin": "Kabupaten Tapin",
    "pemkab-batola": "Kabupaten Barito Kuala", "pemkab-tanah-bumbu": "Kabupaten Tanah Bumbu",
}
SITE_NAME = {
    "diskominfo-kalsel": "DISKOMINFO KALSEL", "pemprov-kalsel": "PEMPROV KALSEL", "polda-kalsel": "HUMAS POLDA KALSEL",
    "dpmptsp-kalsel": "DPMPTSP KALSEL", "kpid-kalsel": "KPID KALSEL", "pemkot-banjarmasin": "BANJARMASINKOTA.GO.ID",
    "pemkot-banjarbaru": "BANJARBARUKOTA.GO.ID", "pemkab-banjar": "BANJARKAB.GO.ID",
    "pemkab-tanah-laut": "TANAHLAUTKAB.GO.ID", "pemkab-kotabaru": "KOTABARUKAB.GO.ID",
    "pemkab-balangan": "BALANGANKAB.GO.ID", "pemkab-tabalong": "TABALONGKAB.GO.ID",
    "pemkab-hss": "HULUSUNGAISELATANKAB.GO.ID", "pemkab-hst": "HSTKAB.GO.ID", "pemkab-hsu": "HSUKAB.GO.ID",
    "pemkab-tapin": "TAPINKAB.GO.ID", "pemkab-batola": "BARITOKUALAKAB.GO.ID", "pemkab-tanah-bumbu": "TANAHBUMBUKAB.GO.ID",
}
WORDPRESS = {"diskominfo-kalsel", "polda-kalsel", "pemkot-banjarbaru", "pemkab-tabalong"}


def slugify(t, words=9):
    t = re.sub(r"[^a-z0-9 ]", "", t.lower().replace(",", ""))
    return "-".join(t.split()[:words])


def release_url(src, when, title, n):
    s, d = slugify(title), when
    num = 4100 + n * 37
    return {
        "diskominfo-kalsel": f"https://diskominfo.kalselprov.go.id/{d:%Y/%m/%d}/{s}/",
        "pemprov-kalsel": f"https://kalselprov.go.id/berita/{s}",
        "polda-kalsel": f"https://humas.kalsel.polri.go.id/{d:%Y/%m/%d}/{s}/",
        "dpmptsp-kalsel": f"https://dpmptsp.kalselprov.go.id/berita/{num}-{s}",
        "kpid-kalsel": f"https://kpid.kalselprov.go.id/index.php/{d:%Y}/{d:%m}/{s}",
        "pemkot-banjarmasin": f"https://banjarmasinkota.go.id/{d:%Y/%m}/{s}.html",
        "pemkot-banjarbaru": f"https://banjarbarukota.go.id/{d:%Y/%m/%d}/{s}/",
        "pemkab-banjar": f"https://banjarkab.go.id/berita/{s}",
        "pemkab-tanah-laut": f"https://tanahlautkab.go.id/berita/{s}",
        "pemkab-kotabaru": f"https://kotabarukab.go.id/berita/{num}/{s}",
        "pemkab-balangan": f"https://balangankab.go.id/berita/detail/{s}",
        "pemkab-tabalong": f"https://tabalongkab.go.id/{d:%Y/%m/%d}/{s}/",
        "pemkab-hss": f"https://hulusungaiselatankab.go.id/berita/{s}-{num}",
        "pemkab-hst": f"https://hstkab.go.id/read/{num}/{s}",
        "pemkab-hsu": f"https://hsukab.go.id/berita/{d:%Y/%m}/{s}",
        "pemkab-tapin": f"https://tapinkab.go.id/post/{s}",
        "pemkab-batola": f"https://baritokualakab.go.id/artikel/{s}",
        "pemkab-tanah-bumbu": f"https://tanahbumbukab.go.id/news/{num}/{s}",
    }[src]


def day(m):
    d, mo = int(m.group(1)), int(m.group(2))
    return "{} ({}/{}/2026)".format(HARI[datetime(2026, mo, d).weekday()], d, mo)


def release_text(a):
    x, y = A.EXTRA[a["n"]]
    p3 = a["p3"]
    i = p3.rfind(" (")
    paras = [a["p1"] + " " + x, a["p2"], p3[:i] + " " + y + p3[i:]]
    return "\n\n".join(re.sub(r"@(\d+)/(\d+)", day, p) for p in paras)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S+08:00")


RELEASES = []
for a in A.ANNS:
    when = datetime.strptime(a["at"], "%Y-%m-%d %H:%M").replace(tzinfo=WITA)
    r = dict(a)
    r.update(id="h44-a%02d" % a["n"], when=when, text=release_text(a), url=release_url(a["src"], when, a["title"], a["n"]))
    RELEASES.append(r)
BY_N = {r["n"]: r for r in RELEASES}

# ---------------------------------------------------------------- KIM choice


def region_kims(src, roles):
    """KIMs that may post about a release of ``src``; roles: set of allowed roles among plain/special/inactive."""
    def role(k):
        return "inactive" if k in INACTIVE else "special" if k in SPECIAL else "plain"
    every = ["kim-" + s for s, *_ in KIMS]
    pool = [k for k in every if role(k) in roles]
    region = SRC_REGION.get(src)
    if region:
        local = [k for k in pool if KIM_REGION[k] == region]
        if local:
            return local
    return pool


# ---------------------------------------------------------------- post shaping helpers
POSTS = []  # dicts: kim, platform, title, text, when, links, label(list), style, key, extra keymap fields
_counter = {"tg": 300, "yt": 0}


def rand_code(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def post_url(kim, platform, when, title):
    h = kim[4:].replace("-", "")
    if platform == "facebook":
        return f"https://www.facebook.com/kim.{h}/posts/pfbid0{rand_code(30)}"
    if platform == "telegram":
        _counter["tg"] += R.randint(1, 9)
        return f"https://t.me/info_{h}/{_counter['tg']}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{rand_code(11)}/"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={rand_code(11, string.ascii_letters + string.digits + '-_')}"
    return f"https://kim{h}.desa.id/{when:%Y/%m}/{slugify(title, 7)}"


URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def add(kim, platform, text, when, gold, style, key, title="", links_extra=(), **km):
    when = min(when, END)
    if when.hour < 6:  # people post by day: night times move to the morning (a before post: to the evening before)
        if style == "before":
            when = (when - timedelta(days=1)).replace(hour=R.randint(20, 22))
        else:
            when = when.replace(hour=R.randint(6, 8))
    links = [u.rstrip(".,;:!?") for u in URL_RE.findall(title + "\n" + text)]
    for u in links_extra:
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text.strip(), when=when, links=links,
                      gold=list(gold), style=style, key=key, km=km))


def delay(lo_min=15, hi_days=12.0):
    """A delay after a release: log-uniform from lo_min minutes to hi_days days."""
    import math
    lo, hi = math.log(lo_min), math.log(hi_days * 1440)
    return timedelta(minutes=math.exp(R.uniform(lo, hi)))


def after(r, lo_min=15, hi_days=12.0):
    t = r["when"] + delay(lo_min, hi_days)
    if t > END:
        t = END - timedelta(minutes=R.randint(5, 600))
    if t - r["when"] < timedelta(minutes=12):
        t = r["when"] + timedelta(minutes=12 + R.randint(0, 30))
    return t


def tagless(text):
    return re.sub(r"\s*\([^()]*/[^()]*\)\s*$", "", text)


def lead(r):
    return r["text"].split("\n\n")[0]


def hashtags(r, n):
    base = ["#KIMKalsel", "#InfoDesa", "#KalselDigital", "#LiterasiDigital", "#Kominfo", "#BeritaBaik",
            "#InfoPublik", "#Banua", "#KalimantanSelatan", "#DesaDigital", "#SadarInformasi", "#WargaCerdas"]
    R.shuffle(base)
    return " ".join(base[:n])


# ---------------------------------------------------------------- copy habits
def habits(text, k):
    ops = []
    choices = ["dash", "quotes", "typo", "collapse", "droptag", "abbr", "dateline"]
    for op in R.sample(choices, k):
        if op == "dash" and "\u2013" in text:
            text = text.replace("\u2013", "-")
        elif op == "quotes":
            text = text.replace("\u201c", '"').replace("\u201d", '"')
        elif op == "typo":
            words = text.split(" ")
            for _ in range(R.randint(1, 2)):
                i = R.randrange(len(words))
                w = words[i]
                if len(w) > 5 and w.isalpha():
                    j = R.randrange(1, len(w) - 2)
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            text = " ".join(words)
        elif op == "collapse":
            text = text.replace("\n\n", "\n")
        elif op == "droptag":
            text = tagless(text)
        elif op == "abbr":
            text = text.replace(" yang ", " yg ").replace(" dengan ", " dgn ").replace(" untuk ", " utk ")
        elif op == "dateline":
            text = re.sub(r"^([A-Z]+) \u2013", lambda m: m.group(1).title() + " (KIM) \u2013", text)
        else:
            continue
        ops.append(op)
    return text, ops


def copy_post(r, kim, shape, when, key):
    body, ops = habits(r["text"], R.randint(0, 3))
    t, plat, title = r["title"], "facebook", ""
    if shape == "wa":
        head = R.choice(["*BERITA PENTING*", "\U0001F4E2 *INFO RESMI* \U0001F4E2", "*TERUSKAN KE WARGA*"])
        fwd = R.choice(["\u21aa\ufe0f Diteruskan dari grup Info Kecamatan", "Forward dari grup sebelah \U0001F447",
                        "Diteruskan dari grup Operator Desa"])
        text = f"{fwd}\n\n{head}\n*{t}*\n\n{body}\n\n_Mohon dibagikan_"
        plat = R.choice(["facebook", "telegram"])
    elif shape == "site":
        plat, title = "website", t
        text = f"Oleh Admin {KIM_NAME[kim]} \u00b7 {R.randint(0, 6)} Komentar\n\n{body}\n\nSumber: {SITE_NAME[r['src']].lower()}"
    elif shape == "fbgreet":
        hi = R.choice(["Assalamualaikum warga, berikut info dari pemerintah.", "Selamat siang dangsanak, info penting:",
                       "Info untuk warga semua \U0001F447"])
        text = f"{hi}\n\n{body}\n\nSemoga bermanfaat. Salam {KIM_NAME[kim]}."
    elif shape == "tgfwd":
        plat = "telegram"
        text = f"Forwarded from Info {KIM_REGION[kim].replace('Kabupaten ', '').replace('Kota ', '')}\n{t.upper()}\n\n{body}"
    else:  # instagram
        plat = "instagram"
        text = f"{body}\n\n{hashtags(r, R.randint(4, 6))}"
    add(kim, plat, text, when, [r["id"]], "copy", key, title=title, shape=shape, ops=ops)


def excerpt_post(r, kim, shape, when, key):
    paras = r["text"].split("\n\n")
    t = r["title"]
    title, plat = "", "facebook"
    if shape == "tgtrunc":
        plat = "telegram"
        cut = R.randint(150, 220)
        s = r["text"][:cut].rsplit(" ", 1)[0]
        text = f"{t}\n\n{s}\u2026"
    elif shape == "fbmore":
        text = paras[0] + " " + paras[1][:R.randint(40, 90)].rsplit(" ", 1)[0] + " ... Lihat selengkapnya"
    elif shape == "iglead":
        plat = "instagram"
        text = f"{paras[0]}\n\n{R.choice(['Info lengkap di link bio.', 'Simak selengkapnya di kanal resmi.', ''])}\n{hashtags(r, 5)}"
    elif shape == "ytlead":
        plat, title = "youtube", "VIDEO | " + t
        text = f"{paras[0]}\n\n00:00 Pembuka\n00:{R.randint(20, 45)} Keterangan narasumber\n01:{R.randint(10, 50)} Penutup"
    elif shape == "sitequote":
        plat, title = "website", "Kata " + re.search(r"kata[^,]*?, ([^.,]+)|ujar[^,]*?, ([^.,]+)|tegas[^,]*?, ([^.,]+)", paras[1]).group(0)[:60].split(", ")[-1] + ": " + t
        text = f"{paras[1]}\n\nDikutip dari rilis {SITE_NAME[r['src']].lower()}."
    else:  # fbintro
        intro = R.choice(["Kabar baik untuk kita semua:", "Sekadar berbagi info dari pemerintah daerah:", "Simak ya warga:"])
        out = R.choice(["Mari dukung bersama.", "Silakan dibagikan.", "Semoga bermanfaat."])
        text = f"{intro}\n\n{paras[0]}\n\n{paras[1]}\n\n{out}"
    add(kim, plat, text, when, [r["id"]], "excerpt", key, title=title, shape=shape)


def link_form(r, form):
    u = r["url"]
    wp = r["src"] in WORDPRESS
    if form == "exact":
        return u
    if form == "http":
        return u.replace("https://", "http://")
    if form == "www":
        return u.replace("https://", "https://www.")
    if form == "m":
        return u.replace("https://", "https://m.")
    if form == "slash":
        return u.rstrip("/") if u.endswith("/") else u + "/"
    if form == "amp":
        return u + "amp/" if wp else u + "?utm_source=wa"
    if form == "utm":
        return u + "?utm_source=whatsapp&utm_medium=share&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + rand_code(24)
    if form == "utmfb":
        return u + "?utm_source=facebook&fbclid=IwAR" + rand_code(20)
    if form == "httpm":
        return u.replace("https://", "http://m.")
    if form == "bare":
        return u.replace("https://", "www.")
    raise ValueError(form)


LINK_FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "bare"]


def link_post(r, kim, shape, when, key, form):
    u = link_form(r, form)
    t = r["title"]
    title, plat, extra_links = "", "facebook", []
    if shape == "fbshare":
        comment = R.choice(["Penting nih.", "Bagikan ke keluarga ya.", "Info dari pemerintah, silakan dibaca.", "\U0001F447\U0001F447",
                            "Mantap, semoga bermanfaat."])
        text = f"{comment}\n\n{SITE_NAME[r['src']]}\n{t}"
        if form == "bare":  # a preview attachment always carries a scheme
            form = "exact"
            u = link_form(r, form)
        extra_links = [u]
    elif shape == "fburl":
        comment = R.choice(["Baca di sini:", "Info lengkapnya:", "Silakan disimak warga", "Cek tautan berikut"])
        text = f"{comment} {u}"
    elif shape == "tgurl":
        plat = "telegram"
        text = f"{t}\n{u}"
    elif shape == "ytdesc":
        plat, title = "youtube", R.choice(["Kabar Pemerintah: ", "INFO TERKINI | ", "Liputan KIM: "]) + t
        text = f"Rekaman singkat dari kanal {KIM_NAME[kim]}.\n\nBerita lengkap: {u}\n\n#{KIM_NAME[kim].replace(' ', '')}"
    else:  # site
        plat, title = "website", t
        text = f"{R.choice(['Pemerintah kembali berbagi kabar untuk warga.', 'Berikut kabar terbaru dari pemerintah daerah.'])}\n\nBaca selengkapnya: {u}"
    add(kim, plat, text, when, [r["id"]], "link", key, title=title, links_extra=extra_links, shape=shape, form=form)


# ---------------------------------------------------------------- positives per release
kims_plain_used = {}
order = list(RELEASES)
copy_slots = ["copy"] * 30 + ["excerpt"] * 34 + ["link"] * 36
R.shuffle(copy_slots)
per_rel = {r["n"]: [] for r in RELEASES}
i = 0
for s in copy_slots:  # round-robin: every release gets 2-3 of copy/excerpt/link
    per_rel[order[i % len(order)]["n"]].append(s)
    i += 1

copy_shapes = ["wa", "site", "fbgreet", "tgfwd", "ig"] * 6
exc_shapes = ["tgtrunc", "fbmore", "iglead", "ytlead", "sitequote", "fbintro"] * 6
link_shapes = ["fbshare", "fburl", "tgurl", "ytdesc", "site"] * 8
R.shuffle(copy_shapes)
R.shuffle(exc_shapes)
R.shuffle(link_shapes)
forms = (LINK_FORMS * 4)[:36]
R.shuffle(forms)
ci = ei = li = 0
for r in RELEASES:
    pool = region_kims(r["src"], {"plain"})
    for s in per_rel[r["n"]]:
        kim = R.choice(pool)
        when = after(r)
        if s == "copy":
            copy_post(r, kim, copy_shapes[ci], when, f"auto:copy:a{r['n']:02d}")
            ci += 1
        elif s == "excerpt":
            excerpt_post(r, kim, exc_shapes[ei], when, f"auto:excerpt:a{r['n']:02d}")
            ei += 1
        else:
            link_post(r, kim, link_shapes[li], when, f"auto:link:a{r['n']:02d}", forms[li])
            li += 1

# summaries
for r in RELEASES:
    pool = region_kims(r["src"], {"plain"})
    kim = R.choice(pool)
    shape = R.choice(["fb", "tg", "ig", "wa"])
    s = r["S"]
    if shape == "wa":
        text, plat = f"*INFO*\n{s}\n_Mohon disebarkan_", R.choice(["facebook", "telegram"])
    elif shape == "ig":
        text, plat = f"{s}\n\n{hashtags(r, 3)}", "instagram"
    else:
        text, plat = s, "facebook" if shape == "fb" else "telegram"
    add(kim, plat, text, after(r, 20, 6), [r["id"]], "summary", f"anns.py:a{r['n']:02d}:S", shape="short-" + shape)
    if r["L"]:
        kim = R.choice(pool)
        shape = R.choice(["fb", "site", "yt", "ig"])
        title = ""
        if shape == "site":
            plat, title, text = "website", R.choice(["Sekilas: ", "Kabar Pekan Ini: ", ""]) + r["title"], r["L"]
        elif shape == "yt":
            plat, title = "youtube", "Liputan: " + r["title"]
            text = f"{r['L']}\n\n00:00 Pengantar\n00:35 Ringkasan\n02:10 Penutup"
        elif shape == "ig":
            plat, text = "instagram", f"{r['L']}\n\n{hashtags(r, 11)} #Kalsel"
        else:
            plat, text = "facebook", r["L"]
        add(kim, plat, text, after(r, 60, 10), [r["id"]], "summary", f"anns.py:a{r['n']:02d}:L", title=title,
            shape="long-" + shape)

# paraphrases: specials get them when in region, otherwise plain KIMs
for r in RELEASES:
    pool = region_kims(r["src"], {"plain", "special"})
    sp = [k for k in pool if k in SPECIAL]
    kim = sp[0] if sp and R.random() < 0.8 else R.choice(pool)
    plat = R.choice(["facebook", "facebook", "instagram", "telegram"])
    add(kim, plat, r["P"], after(r, 30, 8), [r["id"]], "paraphrase", f"anns.py:a{r['n']:02d}:P", shape="banjar")
for i, (n, text) in enumerate(X.P2):
    r = BY_N[n]
    pool = region_kims(r["src"], {"plain", "special"})
    sp = [k for k in pool if k in SPECIAL]
    kim = sp[0] if sp else R.choice(pool)
    add(kim, R.choice(["facebook", "instagram", "telegram"]), text, after(r, 30, 8), [r["id"]], "paraphrase",
        f"extra.py:P2[{i}]", shape="casual" if text[:1].islower() else "banjar-short")

# ---------------------------------------------------------------- negatives
NEG_SHAPES = ["fb", "fb", "wa", "tg", "ig", "site", "yt"]
neg_items = []
for r in RELEASES:
    for j, (text, differs) in enumerate(r["N"]):
        neg_items.append((r, text, differs, f"anns.py:a{r['n']:02d}:N[{j}]"))
for j, (n, text, differs) in enumerate(X.N2):
    neg_items.append((BY_N[n], text, differs, f"extra.py:N2[{j}]"))

# inactive KIMs take the look-alikes of their own kabupaten first
inactive_load = {k: 0 for k in INACTIVE}


def neg_kim(r):
    region = SRC_REGION.get(r["src"])
    cands = [k for k in INACTIVE if region and KIM_REGION[k] == region and inactive_load[k] < 6]
    if cands and R.random() < 0.85:
        k = cands[0]
        inactive_load[k] += 1
        return k
    return R.choice(["kim-" + s for s, *_ in KIMS if region is None or KIM_REGION["kim-" + s] == region])


def shape_neg(kim, text, shape):
    title = ""
    if shape == "wa":
        text = R.choice(["Diteruskan dari grup warga:\n\n", "Forward dari grup RT \U0001F447\n\n", "*INFO*\n"]) + text
        plat = R.choice(["facebook", "telegram"])
    elif shape == "tg":
        plat = "telegram"
    elif shape == "ig":
        plat = "instagram"
        text = text + "\n\n#InfoWarga #" + KIM_NAME[kim].replace(" ", "")
    elif shape == "site":
        plat = "website"
        title = " ".join(text.split()[:8]).rstrip(".,:") + R.choice(["", " (Kabar Warga)"])
    elif shape == "yt":
        plat = "youtube"
        title = "Kabar Kampung | " + " ".join(text.split()[:7]).rstrip(".,:")
    else:
        plat = "facebook"
    return plat, title, text


TRAP_LINKS = {
    "diskominfo-kalsel": "https://diskominfo.kalselprov.go.id/2026/10/15/pengumuman-hasil-seleksi-admin-kim-2026/",
    "pemkot-banjarbaru": "https://banjarbarukota.go.id/2026/10/28/lomba-kampung-bersih-tingkat-kota-dimulai/",
    "pemkab-tapin": "https://tapinkab.go.id/post/penyaluran-blt-dana-desa-tahap-akhir",
    "pemkab-hst": "https://hstkab.go.id/read/3950/perbaikan-jalan-longsor-hantakan",
}

LATE = re.compile(r"sudah diterima|Sepekan setelah|sempat mati|sudah dua hari mati|sudah tiba|diuji di Puskesmas")
SAME_DAY = re.compile(r"hari yang sama|hari ini|pagi tadi|pagi ini|siang ini|sore ini|malam ini|tadi malam|kemarin", re.I)

for r, text, differs, key in neg_items:
    kim = neg_kim(r)
    shape = R.choice(NEG_SHAPES)
    plat, title, body = shape_neg(kim, text, shape)
    extra_links = []
    if r["src"] in TRAP_LINKS and R.random() < 0.5:
        body += "\n" + TRAP_LINKS[r["src"]]
    elif R.random() < 0.1:
        body += "\nSumber: " + release_url(r["src"], r["when"], r["title"], r["n"]).split("/")[2]
    # look-alikes come after the release they imitate: the same day when they tell of "today" or "the same day"
    if LATE.search(text):
        when = r["when"] + timedelta(minutes=R.randint(60 * 24 * 5, 60 * 24 * 14))
    elif SAME_DAY.search(text):
        when = r["when"] + timedelta(minutes=R.randint(40, 60 * 8))
    else:
        when = r["when"] + timedelta(minutes=R.randint(30, 60 * 24 * 14))
    when = min(when, END - timedelta(minutes=R.randint(1, 300)))
    when = max(when, START)
    add(kim, plat, body, when, [], "negative-topic", key, title=title, links_extra=extra_links, shape=shape,
        imitates=[r["id"]], differs=differs)

# before posts
befores = [(BY_N[r["n"]], r["B"][2], r["B"][0], r["B"][1], f"anns.py:a{r['n']:02d}:B") for r in RELEASES if r["B"]]
befores += [(BY_N[n], h, t, d, f"extra.py:B2[{j}]") for j, (n, h, t, d) in enumerate(X.B2)]
for r, hours, text, differs, key in befores:
    region = SRC_REGION.get(r["src"])
    cands = [k for k in INACTIVE if region and KIM_REGION[k] == region]
    kim = cands[0] if cands else R.choice([k for k in region_kims(r["src"], {"plain", "special"})])
    when = r["when"] - timedelta(hours=hours, minutes=R.randint(0, 40))
    add(kim, R.choice(["facebook", "facebook", "telegram", "instagram"]), text, when, [], "before", key,
        shape="before", imitates=[r["id"]], differs=differs)

# unrelated
for j, text in enumerate(X.U):
    kim = "kim-" + R.choice(KIMS)[0]
    plat = R.choice(["facebook", "facebook", "facebook", "telegram", "instagram", "website", "youtube"])
    title = ""
    if plat == "website":
        title = " ".join(text.split()[:7]).rstrip(".,:")
    elif plat == "youtube":
        title = "Kabar Desa: " + " ".join(text.split()[:6]).rstrip(".,:")
    when = START + timedelta(minutes=R.randint(0, int((END - START).total_seconds() // 60)))
    add(kim, plat, text, when, [], "negative-unrelated", f"extra.py:U[{j}]", title=title, shape=plat)

# ---------------------------------------------------------------- round-ups
ROUND_LAYOUTS = ["oneline", "bullets", "numbered", "prose", "ytchapters", "kabar"]


def item_text(r, how):
    if how == "title":
        return r["title"]
    if how == "lower":
        return r["title"][0] + r["title"][1:].lower()
    return r["S"].rstrip(".")


def roundup(kim, rels, layout, when, key):
    hows = [R.choice(["title", "lower", "short"]) for _ in rels]
    items = [item_text(r, h) for r, h in zip(rels, hows)]
    local = R.sample(X.LOCAL, R.randint(0, 2))
    allitems = items + [l[0].upper() + l[1:] for l in local]
    R.shuffle(allitems)
    title = ""
    plat = "facebook"
    if layout == "oneline":
        text = "KILAS INFO | " + " | ".join(allitems) + " |"
        plat = R.choice(["facebook", "telegram"])
    elif layout == "bullets":
        text = "Rangkuman kabar minggu ini:\n" + "\n".join("\u2022 " + x for x in allitems)
        plat = R.choice(["facebook", "instagram"])
    elif layout == "numbered":
        text = "Info sepekan untuk warga:\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(allitems, 1))
        plat = "telegram"
    elif layout == "prose":
        plat, title = "website", f"Rangkuman Kabar Pekan Ini ({when:%d/%m})"
        text = "Beberapa kabar dari pemerintah yang kami rangkum untuk warga. " + ". ".join(
            (["Pertama, ", "Selain itu, ", "Kabar lain: ", "Terakhir, "][min(i, 3)] + x[0].lower() + x[1:]) for i, x in enumerate(allitems)) + "."
    elif layout == "ytchapters":
        plat, title = "youtube", f"Kabar Sepekan {KIM_NAME[kim]} \u2013 {when:%d %b}"
        text = "Daftar isi:\n" + "\n".join(f"0{i}:{R.randint(10, 59)} {x}" for i, x in enumerate(allitems))
    else:
        text = "\U0001F5DE\ufe0f KABAR SINGKAT \u2705\n" + "\n".join("\u25b6 " + x for x in allitems)
        plat = R.choice(["facebook", "telegram"])
    add(kim, plat, text, when, [r["id"] for r in rels], "roundup", key, title=title, shape=layout, local=len(local))


ru_kims = [k for k in ("kim-" + s for s, *_ in KIMS) if k not in INACTIVE]
ru_made = 0
sizes = [3] * 9 + [2] * 17
R.shuffle(sizes)
rel_sorted = sorted(RELEASES, key=lambda r: r["when"])
count_in_ru = {r["n"]: 0 for r in RELEASES}
attempt = 0
while ru_made < len(sizes):
    attempt += 1
    size = sizes[ru_made]
    when = datetime(2026, 11, 3, tzinfo=WITA) + timedelta(minutes=R.randint(0, 60 * 24 * 32))
    when = when.replace(hour=R.randint(7, 21))
    window = [r for r in rel_sorted if timedelta(hours=2) <= when - r["when"] <= timedelta(days=10)]
    window.sort(key=lambda r: count_in_ru[r["n"]] + R.random())
    if len(window) < size or when > END:
        continue
    rels = sorted(window[:size], key=lambda r: r["when"])
    for r in rels:
        count_in_ru[r["n"]] += 1
    kim = SPECIAL[ru_made % 4] if ru_made < 12 else R.choice(ru_kims)
    roundup(kim, rels, ROUND_LAYOUTS[ru_made % len(ROUND_LAYOUTS)], when, f"auto:roundup:{ru_made + 1}")
    ru_made += 1

# ---------------------------------------------------------------- write out
POSTS.sort(key=lambda p: (p["when"], p["key"]))
ids = list(range(1, len(POSTS) + 1))
random.Random(SEED + 1).shuffle(ids)
for p, i in zip(POSTS, ids):
    p["id"] = "h44-p%03d" % i

for p in POSTS:
    p["url"] = post_url(p["kim"], p["platform"], p["when"], p["title"] or p["text"][:40])


def dump(name, rows):
    with open(name, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


dump("announcements.jsonl", [dict(id=r["id"], source=r["src"], url=r["url"], title=r["title"], text=r["text"],
                                  published_at=iso(r["when"])) for r in sorted(RELEASES, key=lambda r: r["n"])])
dump("posts.jsonl", [dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=p["url"], title=p["title"],
                          text=p["text"], published_at=iso(p["when"]), links=p["links"]) for p in POSTS])
dump("labels.jsonl", [dict(post=p["id"], announcements=p["gold"], style=p["style"]) for p in POSTS])
keymap = {}
for p in POSTS:
    e = dict(key=p["key"], style=p["style"], gold=p["gold"])
    e.update(p["km"])
    keymap[p["id"]] = e
with open("keymap.json", "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
    f.write("\n")
with open("kims.yaml", "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for s, reg, kec, desa in KIMS:
        f.write(f"- id: kim-{s}\n  name: KIM {desa}\n  region: {reg}\n  district: {kec}\n  village: {desa}\n")
print(f"{len(RELEASES)} releases, {len(POSTS)} posts")
