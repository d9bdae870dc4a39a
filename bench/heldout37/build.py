#!/usr/bin/env python3
"""heldout37 generator (outside writer, 7 Dec 2026). Deterministic: fixed seed, sorted output.

Reads the hand-written texts of anns.py and extra.py and writes announcements.jsonl, kims.yaml,
posts.jsonl, labels.jsonl and keymap.json. Copy, excerpt and link posts are derived from the
releases by seeded edits and platform shaping; everything else is hand-written.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

import anns
import extra

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 3707122026
R = random.Random(SEED)
P = "h37"
WITA = "+08:00"

# ---------------------------------------------------------------- registry
KIMS = [  # id suffix, region, kecamatan, desa/kelurahan, role
    ("kelayan-selatan", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Selatan", "act"),
    ("pemurus-dalam", "Kota Banjarmasin", "Banjarmasin Selatan", "Pemurus Dalam", "act"),
    ("alalak-utara", "Kota Banjarmasin", "Banjarmasin Utara", "Alalak Utara", "act"),
    ("guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis", "act"),
    ("palam", "Kota Banjarbaru", "Cempaka", "Palam", "inactive"),
    ("loktabat-utara", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara", "act"),
    ("guntung-ujung", "Kabupaten Banjar", "Gambut", "Guntung Ujung", "act"),
    ("tanjung-rema-darat", "Kabupaten Banjar", "Martapura", "Tanjung Rema Darat", "inactive"),
    ("kertak-hanyar-ii", "Kabupaten Banjar", "Kertak Hanyar", "Kertak Hanyar II", "act"),
    ("angsau", "Kabupaten Tanah Laut", "Pelaihari", "Angsau", "act"),
    ("ambungan", "Kabupaten Tanah Laut", "Pelaihari", "Ambungan", "inactive"),
    ("bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati", "act"),
    ("takisung", "Kabupaten Tanah Laut", "Takisung", "Takisung", "act"),
    ("pualam-sari", "Kabupaten Tapin", "Binuang", "Pualam Sari", "special"),
    ("rantau-kiwa", "Kabupaten Tapin", "Tapin Utara", "Rantau Kiwa", "act"),
    ("margasari-ilir", "Kabupaten Tapin", "Candi Laras Selatan", "Margasari Ilir", "act"),
    ("kandangan-barat", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Barat", "act"),
    ("loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado", "special"),
    ("angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang", "act"),
    ("barabai-darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat", "act"),
    ("pagat", "Kabupaten Hulu Sungai Tengah", "Batu Benawa", "Pagat", "special"),
    ("pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan", "act"),
    ("paliwara", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Paliwara", "special"),
    ("sungai-tabukan", "Kabupaten Hulu Sungai Utara", "Sungai Tabukan", "Sungai Tabukan", "act"),
    ("babirik", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik", "act"),
    ("juai", "Kabupaten Balangan", "Juai", "Juai", "act"),
    ("paringin-timur", "Kabupaten Balangan", "Paringin", "Paringin Timur", "act"),
    ("halong", "Kabupaten Balangan", "Halong", "Halong", "act"),
    ("kasiau", "Kabupaten Tabalong", "Murung Pudak", "Kasiau", "inactive"),
    ("pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan", "act"),
    ("tanjung", "Kabupaten Tabalong", "Tanjung", "Tanjung", "act"),
    ("sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau", "act"),
    ("bayan-sari", "Kabupaten Tanah Bumbu", "Angsana", "Bayan Sari", "inactive"),
    ("batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin", "act"),
    ("baharu-utara", "Kabupaten Kotabaru", "Pulau Laut Utara", "Baharu Utara", "act"),
    ("semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap", "act"),
    ("sampanahan", "Kabupaten Kotabaru", "Sampanahan", "Sampanahan", "act"),
    ("jejangkit-muara", "Kabupaten Barito Kuala", "Jejangkit", "Jejangkit Muara", "inactive"),
    ("marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", "act"),
    ("anjir-pasar-kota", "Kabupaten Barito Kuala", "Anjir Pasar", "Anjir Pasar Kota", "act"),
]
KID = {k[0]: "kim-" + k[0] for k in KIMS}
ROLE = {"kim-" + k[0]: k[4] for k in KIMS}
REGION = {"kim-" + k[0]: k[1] for k in KIMS}
VILLAGE = {"kim-" + k[0]: k[3] for k in KIMS}
DISTRICT = {"kim-" + k[0]: k[2] for k in KIMS}
INACTIVE = [k for k, r in ROLE.items() if r == "inactive"]
SPECIAL = [k for k, r in ROLE.items() if r == "special"]
ACTIVE = [k for k, r in ROLE.items() if r == "act"]

SRC = {  # source -> (region or None for provincial, url maker kind, host)
    "dlh-kalsel": (None, "berita", "dlh.kalselprov.go.id"),
    "dishut-kalsel": (None, "wp", "dishut.kalselprov.go.id"),
    "esdm-kalsel": (None, "detail", "esdm.kalselprov.go.id"),
    "pemprov-kalsel": (None, "berita", "kalselprov.go.id"),
    "diskominfo-kalsel": (None, "wp", "diskominfomc.kalselprov.go.id"),
    "pemkot-banjarmasin": ("Kota Banjarmasin", "html", "banjarmasinkota.go.id"),
    "pemkot-banjarbaru": ("Kota Banjarbaru", "wp", "banjarbarukota.go.id"),
    "pemkab-banjar": ("Kabupaten Banjar", "num", "banjarkab.go.id"),
    "pemkab-tanah-laut": ("Kabupaten Tanah Laut", "berita", "tanahlautkab.go.id"),
    "pemkab-tapin": ("Kabupaten Tapin", "detail", "tapinkab.go.id"),
    "pemkab-hss": ("Kabupaten Hulu Sungai Selatan", "wp", "hulusungaiselatankab.go.id"),
    "pemkab-hst": ("Kabupaten Hulu Sungai Tengah", "berita", "hstkab.go.id"),
    "pemkab-hsu": ("Kabupaten Hulu Sungai Utara", "dash", "hsu.go.id"),
    "pemkab-balangan": ("Kabupaten Balangan", "detail", "balangankab.go.id"),
    "pemkab-tabalong": ("Kabupaten Tabalong", "wp", "tabalongkab.go.id"),
    "pemkab-tanah-bumbu": ("Kabupaten Tanah Bumbu", "num", "tanahbumbukab.go.id"),
    "pemkab-kotabaru": ("Kabupaten Kotabaru", "num", "kotabarukab.go.id"),
    "pemkab-batola": ("Kabupaten Barito Kuala", "berita", "baritokualakab.go.id"),
}
SITE_NAME = {"dlh-kalsel": "DLH Provinsi Kalsel", "dishut-kalsel": "Dinas Kehutanan Kalsel",
             "esdm-kalsel": "Dinas ESDM Kalsel", "pemprov-kalsel": "Pemprov Kalsel",
             "diskominfo-kalsel": "MC Diskominfo Kalsel", "pemkot-banjarmasin": "Pemko Banjarmasin",
             "pemkot-banjarbaru": "Pemko Banjarbaru", "pemkab-banjar": "Pemkab Banjar",
             "pemkab-tanah-laut": "Pemkab Tanah Laut", "pemkab-tapin": "Pemkab Tapin", "pemkab-hss": "Pemkab HSS",
             "pemkab-hst": "Pemkab HST", "pemkab-hsu": "Pemkab HSU", "pemkab-balangan": "Pemkab Balangan",
             "pemkab-tabalong": "Pemkab Tabalong", "pemkab-tanah-bumbu": "Pemkab Tanah Bumbu",
             "pemkab-kotabaru": "Pemkab Kotabaru", "pemkab-batola": "Pemkab Barito Kuala"}
SHORT_REGION = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
                "Kabupaten Tanah Laut": "Tanah Laut", "Kabupaten Tapin": "Tapin",
                "Kabupaten Hulu Sungai Selatan": "HSS", "Kabupaten Hulu Sungai Tengah": "HST",
                "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Balangan": "Balangan",
                "Kabupaten Tabalong": "Tabalong", "Kabupaten Tanah Bumbu": "Tanah Bumbu",
                "Kabupaten Kotabaru": "Kotabaru", "Kabupaten Barito Kuala": "Batola"}


def dt(s):
    return datetime.fromisoformat(s)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + WITA


def canon(a, n):
    region, kind, host = SRC[a["src"]]
    d = dt(a["at"])
    slug = a["slug"]
    if kind == "wp":
        return f"https://{host}/{d:%Y/%m/%d}/{slug}/"
    if kind == "berita":
        return f"https://{host}/berita/{slug}"
    if kind == "detail":
        return f"https://{host}/berita/detail/{slug}"
    if kind == "html":
        return f"https://{host}/{d:%Y/%m}/{slug}.html"
    if kind == "num":
        return f"https://{host}/berita/{4100 + n * 7}/{slug}"
    return f"https://{host}/berita/{1880 + n * 3}-{slug}"


ANN = []
for n, a in enumerate(anns.A, 1):
    a["url"] = canon(a, n)
    a["pid"] = f"{P}-{a['id']}"
    a["region"] = SRC[a["src"]][0]
    a["text"] = "\n\n".join(a["body"])
    a["t"] = dt(a["at"] + ":00" + WITA)
    ANN.append(a)
BYID = {a["id"]: a for a in ANN}
LAST = dt("2026-12-05T21:30:00" + WITA)


def old_url(a, tag):
    """An older article on the same host (a trap: same domain, not in the set)."""
    region, kind, host = SRC[a["src"]]
    return f"https://{host}/berita/{tag}-{a['slug'][:40].rstrip('-')}-2025"


# ---------------------------------------------------------------- helpers
def kims_for(a, pool):
    """KIMs of the release's region (kabupaten releases) or any (provincial ones) from ``pool``."""
    if a["region"]:
        own = [k for k in pool if REGION[k] == a["region"]]
        if own:
            return own
    return list(pool)


def delay(kind="normal"):
    """A posting delay after the release."""
    r = R.random()
    if kind == "fast" or r < 0.25:
        return timedelta(minutes=R.randint(15, 240))
    if r < 0.7:
        return timedelta(hours=R.randint(5, 40), minutes=R.randint(0, 59))
    return timedelta(days=R.randint(2, 12), hours=R.randint(0, 20), minutes=R.randint(0, 59))


def when_after(a, kind="normal"):
    t = a["t"] + delay(kind)
    if t > LAST:
        t = a["t"] + timedelta(hours=R.randint(2, 100), minutes=R.randint(0, 59))
    return min(t, LAST - timedelta(minutes=R.randint(5, 300)))


def habits(text, k):
    """Copy habits of KIM admins; returns (text, ops)."""
    ops = []
    choices = ["abbr", "dash", "quotes", "typo", "collapse", "notag", "dateline"]
    for op in R.sample(choices, k):
        if op == "abbr":
            new = re.sub(r"\byang\b", "yg", text)
            new = re.sub(r"\bdengan\b", "dgn", new)
            new = re.sub(r"\buntuk\b", "utk", new)
            if new == text:
                continue
            text = new
        elif op == "dash":
            text = text.replace("\u2013", "-")
        elif op == "quotes":
            text = text.replace("\u201c", '"').replace("\u201d", '"')
        elif op == "typo":
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha()]
            for i in R.sample(idx, min(len(idx), R.randint(1, 3))):
                w = words[i]
                j = R.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            text = " ".join(words)
        elif op == "collapse":
            text = text.replace("\n\n", " ")
        elif op == "notag":
            text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text)
        elif op == "dateline":
            text = re.sub(r"^([A-Z]+) \u2013 ", lambda m: m.group(1).title() + " (KIM) - ", text)
        ops.append(op)
    return text, ops


def url_form(a, i):
    """The i-th written form of the release URL (own list)."""
    u = a["url"]
    wp = u.endswith("/")
    forms = ["exact", "http", "www", "m", "slash", "amp" if wp else "wa", "utm", "fbclid", "utm+fbclid",
             "http-m", "bare-www"]
    f = forms[i % len(forms)]
    host_path = u[len("https://"):]
    if f == "exact":
        out = u
    elif f == "http":
        out = "http://" + host_path
    elif f == "www":
        out = "https://www." + host_path
    elif f == "m":
        out = "https://m." + host_path
    elif f == "slash":
        out = u[:-1] if wp else u + "/"
    elif f == "amp":
        out = u + "amp/"
    elif f == "wa":
        out = u + "?utm_source=wa"
    elif f == "utm":
        out = u + ("?" if "?" not in u else "&") + "utm_source=facebook&utm_medium=social&utm_campaign=kim"
    elif f == "fbclid":
        out = u + "?fbclid=IwAR0" + "".join(R.choice("abcdefghijkLMNOPQ0123456789_") for _ in range(22))
    elif f == "utm+fbclid":
        out = u + "?utm_source=fb&utm_medium=kim&fbclid=IwZXh0" + "".join(R.choice("xyzQRS4567") for _ in range(16))
    elif f == "http-m":
        out = "http://m." + host_path
    else:
        out = "www." + host_path
    return out, f


HASHTAGS = ["#KalselBersih", "#LingkunganHidup", "#KIMKalsel", "#InfoWarga", "#Banua", "#UdaraSehat", "#PilahSampah",
            "#GambutBasah", "#BijakBerlingkungan", "#KalimantanSelatan", "#BeritaDaerah", "#SadarLingkungan",
            "#KampungKita", "#JagaBumi", "#InfoTerkini", "#Kalsel"]


def tags(n):
    return " ".join(R.sample(HASHTAGS, n))


def web_theme(kim, title, body, extra_line=""):
    name = "KIM " + VILLAGE[kim]
    menu = R.choice(["Beranda | Berita | Kegiatan | Profil | Kontak", "HOME  BERITA  GALERI  TENTANG KAMI",
                     "Beranda · Info Desa · Agenda · Arsip"])
    by = R.choice([f"Oleh Admin {name}", f"Diposting oleh redaksi {name}", f"Penulis: Tim {name}"])
    com = R.choice(["0 Komentar", "2 Komentar", "Bagikan: Facebook | WhatsApp | Telegram", "Dibaca 57 kali"])
    parts = [menu, title.upper() if R.random() < 0.3 else title, by, body]
    if extra_line:
        parts.append(extra_line)
    parts.append(com)
    return "\n\n".join(parts)


# ---------------------------------------------------------------- posts
POSTS = []  # dicts: kim, platform, title, text, t, links, style, gold, key, extra keymap fields


def post(kim, platform, text, t, style, gold, key, title="", links=None, **km):
    if t.hour < 6:  # admins rarely post before dawn
        t = t - timedelta(hours=7) if style == "before" else t + timedelta(hours=6, minutes=R.randint(0, 40))
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, t=t, links=links or [], style=style,
                      gold=gold, key=key, km=km))


def load_counts():
    c = {}
    for p in POSTS:
        c[p["kim"]] = c.get(p["kim"], 0) + 1
    return c


def pick(pool):
    """The least-used KIM of ``pool`` (ties broken by the seeded generator)."""
    c = load_counts()
    low = min(c.get(k, 0) for k in pool)
    return R.choice(sorted(k for k in pool if c.get(k, 0) <= low + 1))


# copy: one per release, five shapes in turn
COPY_SHAPES = ["wa", "web", "tgfwd", "ig", "fbgreet"]
for i, a in enumerate(ANN):
    shape = COPY_SHAPES[i % 5]
    kim = pick(kims_for(a, ACTIVE))
    body, ops = habits(a["text"], R.randint(0, 3))
    t = when_after(a)
    reg = SHORT_REGION.get(a["region"] or "", "Kalsel")
    if shape == "wa":
        head = R.choice(["*BERITA PENTING*", "\U0001f4e2 *INFO DARI PEMERINTAH* \U0001f4e2", "*INFO LINGKUNGAN*",
                         f"\u21aa\ufe0f Diteruskan dari grup Info Kecamatan {DISTRICT[kim]}"])
        text = f"{head}\n\n*{a['title']}*\n\n{body}"
        if R.random() < 0.5:
            text += f"\n\n_Sumber: {SITE_NAME[a['src']]}_"
        post(kim, R.choice(["facebook", "telegram"]), text, t, "copy", [a["id"]], f"auto:copy:{a['id']}",
             shape=shape, ops=ops)
    elif shape == "web":
        src_line = "Sumber: " + SITE_NAME[a["src"]]
        links = []
        if R.random() < 0.5:
            src_line = "Sumber: " + a["url"]
            links = [a["url"]]
        text = web_theme(kim, a["title"], body, src_line)
        post(kim, "website", text, t, "copy", [a["id"]], f"auto:copy:{a['id']}", title=a["title"], links=links,
             shape=shape, ops=ops)
    elif shape == "tgfwd":
        text = f"Forwarded from Info {reg}\n{a['title'].upper()}\n\n{body}"
        post(kim, "telegram", text, t, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shape, ops=ops)
    elif shape == "ig":
        text = f"{body}\n\n{tags(R.randint(4, 7))}"
        post(kim, "instagram", text, t, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=shape, ops=ops)
    else:
        hi = R.choice(["Assalamualaikum warga, ada info dari pemerintah:", "Selamat sore dangsanak, berikut kabar:",
                       "Info untuk warga, mohon dibaca sampai habis.", "Sekadar berbagi informasi \U0001f447"])
        lo = R.choice(["Semoga bermanfaat.", "Mohon dibagikan.", "Terima kasih.", "Silakan sebarkan ke keluarga."])
        post(kim, "facebook", f"{hi}\n\n{body}\n\n{lo}", t, "copy", [a["id"]], f"auto:copy:{a['id']}",
             shape=shape, ops=ops)

# excerpt: one per release, seven shapes in turn; cut Telegram previews may go to special KIMs
EX_SHAPES = ["tgtrunc", "fbmore", "yt", "webquote", "iglead", "fragment", "fbintro"]
for i, a in enumerate(ANN):
    shape = EX_SHAPES[(i * 3) % 7]
    pool = ACTIVE + (SPECIAL if shape == "tgtrunc" else [])
    kim = pick(kims_for(a, pool))
    t = when_after(a)
    p1, p2, p3 = a["body"]
    key = f"auto:excerpt:{a['id']}"
    if shape == "tgtrunc":
        n = R.randint(150, 220)
        cut = (a["title"] + "\n\n" + p1)[:n].rstrip(" ,.;")
        post(kim, "telegram", cut + "\u2026", t, "excerpt", [a["id"]], key, shape=shape)
    elif shape == "fbmore":
        post(kim, "facebook", p1 + " " + p2[: R.randint(60, 140)].rstrip() + "... Lihat selengkapnya", t, "excerpt",
             [a["id"]], key, shape=shape)
    elif shape == "yt":
        title = "VIDEO | " + a["title"]
        ch = ["00:00 Pembuka", "00:41 " + R.choice(["Suasana di lokasi", "Keterangan petugas", "Liputan lapangan"]),
              "02:10 Wawancara", "03:55 Penutup"]
        post(kim, "youtube", p1 + "\n\nChapter:\n" + "\n".join(ch) + "\n\nJangan lupa subscribe channel KIM "
             + VILLAGE[kim] + ".", t, "excerpt", [a["id"]], key, title=title, shape=shape)
    elif shape == "webquote":
        quote = p2[p2.index("\u201c"):]
        post(kim, "website", web_theme(kim, a["title"], "Kutipan rilis:\n\n" + quote), t, "excerpt", [a["id"]], key,
             title=a["title"], shape=shape)
    elif shape == "iglead":
        post(kim, "instagram", p1 + "\n\n" + tags(R.randint(3, 6)), t, "excerpt", [a["id"]], key, shape=shape)
    elif shape == "fragment":
        w = p1.split()
        post(kim, R.choice(["facebook", "telegram"]), " ".join(w[: R.randint(12, 17)]) + " \u2026", t, "excerpt",
             [a["id"]], key, shape=shape)
    else:
        intro = R.choice(["Kabar terbaru, dangsanak:", "Dikutip dari rilis resmi:", "Penting untuk kita semua \U0001f447",
                          "Info dari kabupaten:"])
        outro = R.choice(["", "\n\nSelengkapnya di laman resmi.", "\n\n(dikutip seperlunya)"])
        post(kim, "facebook", f"{intro}\n\n{p1}\n\n{p3}{outro}", t, "excerpt", [a["id"]], key, shape=shape)

# link: 40 posts, five shapes, eleven URL forms
LINK_SHAPES = ["fbshare", "fbcomment", "tg", "yt", "web"]
link_anns = ANN + [BYID[x] for x in ("a01", "a14", "a25", "a32")]
COMMENTS = ["Silakan dibaca, dangsanak.", "Info penting buat warga.", "Baca dulu sebelum komentar ya.",
            "Ini dia kabarnya.", "Mantap, semoga berjalan lancar.", "Yang kemarin bertanya, ini jawabannya.",
            "Bagikan ke grup RT masing-masing.", "Cek link berikut.", "Untuk diketahui bersama."]
for i, a in enumerate(link_anns):
    shape = LINK_SHAPES[i % 5]
    kim = pick(kims_for(a, ACTIVE))
    t = when_after(a, "fast" if i % 4 == 0 else "normal")
    u, form = url_form(a, i)
    key = f"auto:link:{a['id']}:{i}"
    com = R.choice(COMMENTS)
    if shape == "fbshare":
        text = f"{com}\n\n{SITE_NAME[a['src']].upper()}\n{a['title']}"
        if u.startswith("www."):
            u, form = "https://" + u, "www"
        post(kim, "facebook", text, t, "link", [a["id"]], key, links=[u], shape=shape, form=form)
    elif shape == "fbcomment":
        post(kim, "facebook", f"{com} {u}", t, "link", [a["id"]], key, links=[u], shape=shape, form=form)
    elif shape == "tg":
        post(kim, "telegram", f"{a['title']}\n{u}", t, "link", [a["id"]], key, links=[u], shape=shape, form=form)
    elif shape == "yt":
        post(kim, "youtube", f"Rangkuman berita lingkungan pekan ini.\nBaca rilisnya: {u}\n\n#KIM{VILLAGE[kim].replace(' ', '')}",
             t, "link", [a["id"]], key, title=R.choice(["Kabar Lingkungan Pekan Ini", "Info Banua Singkat",
                                                        "Berita Lingkungan KIM"]) + f" ({t:%d/%m})",
             links=[u], shape=shape, form=form)
    else:
        post(kim, "website", web_theme(kim, "Tautan: " + a["title"], com + "\n\nBaca selengkapnya: " + u), t, "link",
             [a["id"]], key, title="Tautan: " + a["title"], links=[u], shape=shape, form=form)

# summaries: short (all) and long (some), hand-written in anns.py
for i, a in enumerate(ANN):
    kim = pick(kims_for(a, ACTIVE))
    t = when_after(a)
    sh = i % 4
    if sh == 0:
        post(kim, "facebook", a["S"], t, "summary", [a["id"]], f"anns.py:{a['id']}:S", shape="fb-short")
    elif sh == 1:
        post(kim, "telegram", "\u2139\ufe0f " + a["S"], t, "summary", [a["id"]], f"anns.py:{a['id']}:S", shape="tg-short")
    elif sh == 2:
        post(kim, "instagram", a["S"] + "\n\n" + tags(2), t, "summary", [a["id"]], f"anns.py:{a['id']}:S",
             shape="ig-short")
    else:
        post(kim, R.choice(["facebook", "telegram"]), "*INFO*\n" + a["S"] + "\n_Mohon disebarkan_", t, "summary",
             [a["id"]], f"anns.py:{a['id']}:S", shape="wa-short")
    if a.get("L"):
        kim = pick(kims_for(a, ACTIVE))
        t = when_after(a)
        sh = R.choice(["fb", "web", "yt", "ig"])
        if sh == "fb":
            post(kim, "facebook", a["L"], t, "summary", [a["id"]], f"anns.py:{a['id']}:L", shape="fb-long")
        elif sh == "web":
            title = R.choice(["Ringkasan: ", "Sekilas: ", ""]) + a["title"]
            post(kim, "website", web_theme(kim, title, a["L"]), t, "summary", [a["id"]], f"anns.py:{a['id']}:L",
                 title=title, shape="web-long")
        elif sh == "yt":
            post(kim, "youtube", "Liputan singkat KIM " + VILLAGE[kim] + ":\n" + a["L"] + "\n\n00:00 Intro\n00:30 Ringkasan",
                 t, "summary", [a["id"]], f"anns.py:{a['id']}:L", title="Liputan: " + a["title"][:70], shape="yt-long")
        else:
            post(kim, "instagram", a["L"] + "\n\n" + tags(5), t, "summary", [a["id"]], f"anns.py:{a['id']}:L",
                 shape="ig-long")

# paraphrases: Banjar/casual, hand-written; special KIMs take some
for i, a in enumerate(ANN):
    pool = kims_for(a, ACTIVE + SPECIAL)
    spec = [k for k in pool if k in SPECIAL]
    kim = R.choice(spec) if spec and R.random() < 0.6 else pick(pool)
    post(kim, R.choice(["facebook", "facebook", "instagram", "telegram"]), a["P"], when_after(a), "paraphrase",
         [a["id"]], f"anns.py:{a['id']}:P")
for j, (aid, text) in enumerate(extra.P2):
    a = BYID[aid]
    pool = kims_for(a, ACTIVE + SPECIAL)
    post(pick(pool), R.choice(["facebook", "telegram"]), text, when_after(a), "paraphrase", [aid], f"extra.py:P2[{j}]")

# round-ups: 28 posts, six layouts, 2-3 releases each + local items
LAYOUTS = ["line", "bullets", "numbered", "prose", "ytchap", "emoji"]
RU_KIMS = SPECIAL * 3 + ACTIVE
R.shuffle(RU_KIMS)
for j in range(28):
    layout = LAYOUTS[j % 6]
    kim = RU_KIMS[j % len(RU_KIMS)]
    for _ in range(200):
        t = dt("2026-11-05T18:00:00" + WITA) + timedelta(days=R.randint(0, 29), hours=R.randint(0, 4))
        if t > LAST:
            continue
        cand = [a for a in ANN if timedelta(hours=3) <= t - a["t"] <= timedelta(days=12)]
        own = [a for a in cand if a["region"] in (None, REGION[kim])]
        if len(own) >= 3:
            break
    k = 3 if j % 3 == 0 else 2
    chosen = sorted(R.sample(own, k), key=lambda a: a["t"])
    items = []
    for a in chosen:
        form = R.choice(["title", "lower", "short"])
        items.append(a["title"] if form == "title" else a["title"].lower() if form == "lower" else a["S"])
    local = R.sample(extra.LOCAL, R.choice([0, 1, 2]))
    allitems = items + local
    R.shuffle(allitems)
    gold = [a["id"] for a in chosen]
    key = f"auto:roundup:{j}"
    if layout == "line":
        post(kim, "facebook", "KILAS INFO PEKAN INI | " + " | ".join(allitems) + " |", t, "roundup", gold, key, shape=layout)
    elif layout == "bullets":
        post(kim, R.choice(["instagram", "facebook"]), "Rangkuman kabar sepekan:\n" + "\n".join("\u2022 " + x for x in allitems)
             + "\n\n" + tags(3), t, "roundup", gold, key, shape=layout)
    elif layout == "numbered":
        post(kim, "telegram", "\U0001f4cb BERITA MINGGU INI\n" + "\n".join(f"{n}. {x}" for n, x in enumerate(allitems, 1)),
             t, "roundup", gold, key, shape=layout)
    elif layout == "prose":
        joins = [" Selain itu, ", " Lalu, ", " Kabar lain: ", " Tidak kalah penting, "]
        text = "Dalam sepekan terakhir ada beberapa kabar yang perlu warga ketahui. "
        for n, x in enumerate(allitems):
            x = x.rstrip(".")
            text += (x[0].upper() + x[1:] if n == 0 else joins[n % 4] + x) + "."
        text += " Demikian rangkuman dari admin."
        title = f"Rangkuman Kabar Pekan Ini ({t:%d/%m/%Y})"
        post(kim, "website", web_theme(kim, title, text), t, "roundup", gold, key, title=title, shape=layout)
    elif layout == "ytchap":
        ch = "\n".join(f"{m // 60:02d}:{m % 60:02d} {x}" for m, x in zip(range(0, 600, 95), allitems))
        post(kim, "youtube", "Kabar Banua sepekan dari KIM " + VILLAGE[kim] + "\n\n" + ch, t, "roundup", gold, key,
             title=f"Kabar Sepekan KIM {VILLAGE[kim]} #{j + 1}", shape=layout)
    else:
        em = ["\U0001f33f", "\U0001f4e2", "\u2705", "\U0001f5de\ufe0f", "\u267b\ufe0f"]
        post(kim, R.choice(["facebook", "instagram"]), "\U0001f5de\ufe0f KABAR SINGKAT \u2705\n\n"
             + "\n".join(R.choice(em) + " " + x for x in allitems), t, "roundup", gold, key, shape=layout)


# look-alikes (negative-topic)
def neg_shape(kim, text, t, style, key, **km):
    pl = R.choice(["facebook", "facebook", "telegram", "instagram", "website", "youtube"])
    title = ""
    links = km.pop("links", [])
    if links:
        text = text + "\nArsip: " + links[0]
    if pl == "website":
        title = text.split(".")[0][:70]
        text = web_theme(kim, title, text)
    elif pl == "youtube":
        title = "Info KIM " + VILLAGE[kim] + ": " + text.split(".")[0][:50]
        text = text + "\n\n00:00 Pembuka\n01:12 Liputan"
    elif pl == "instagram":
        text = text + "\n\n" + tags(3)
    elif pl == "telegram" and R.random() < 0.4:
        text = "*INFO WARGA*\n" + text
    post(kim, pl, text, t, style, [], key, title=title, links=links, **km)


INACT_LEFT = {k: 0 for k in INACTIVE}


def neg_kim(a):
    pool_in = [k for k in INACTIVE if a["region"] and REGION[k] == a["region"]]
    if pool_in and R.random() < 0.75:
        return R.choice(pool_in)
    return pick(kims_for(a, ACTIVE + INACTIVE + SPECIAL))


negs = [(a, text, diff, f"anns.py:{a['id']}:N[{i}]") for a in ANN for i, (text, diff) in enumerate(a["N"])]
negs += [(BYID[aid], text, diff, f"extra.py:N2[{i}]") for i, (aid, text, diff) in enumerate(extra.N2)]
for a, text, diff, key in negs:
    kim = neg_kim(a)
    r = R.random()
    if "same day" in diff:
        t = a["t"] + timedelta(minutes=R.randint(-150, 400))
        t = min(t, a["t"].replace(hour=23, minute=R.randint(0, 50)))
    elif ("later" in diff or "next stage" in diff or "not yet" in diff or "later step" in diff
          or "rumour" in diff or "not the" in diff or "another TPS3R" in diff):
        t = a["t"] + timedelta(days=R.randint(1, 9), hours=R.randint(0, 12))
    elif r < 0.3:
        t = a["t"] - timedelta(days=R.randint(1, 8), hours=R.randint(0, 20))
    else:
        t = a["t"] + timedelta(hours=R.randint(2, 200))
    t = min(t, LAST - timedelta(minutes=R.randint(10, 600)))
    km = dict(imitates=[a["id"]], differs=diff)
    if ("last year" in diff or "older" in diff or "old " in diff) and R.random() < 0.6:
        km["links"] = [old_url(a, "arsip")]
    neg_shape(kim, text, t, "negative-topic", key, **km)

# top up inactive KIMs: every inactive KIM needs at least 5 look-alike/before posts
# (provincial look-alikes are moved to them when their own region has too few)
for k in INACTIVE:
    have = [p for p in POSTS if p["kim"] == k and p["style"] == "negative-topic"]
    if len(have) < 5:
        movable = [p for p in POSTS if p["style"] == "negative-topic" and p["kim"] not in INACTIVE
                   and BYID[p["km"]["imitates"][0]]["region"] is None]
        for p in R.sample(movable, 5 - len(have)):
            p["kim"] = k

# before posts
befores = [(a, a["B"][0], a["B"][1], f"anns.py:{a['id']}:B") for a in ANN if a["B"]]
befores += [(BYID[aid], text, h, f"extra.py:B2[{i}]") for i, (aid, text, h) in enumerate(extra.B2)]
for a, text, hours, key in befores:
    kim = neg_kim(a)
    t = a["t"] - timedelta(hours=hours, minutes=R.randint(5, 50))
    pl = R.choice(["facebook", "telegram", "facebook", "instagram"])
    post(kim, pl, text, t, "before", [], key, imitates=[a["id"]],
         differs="posted before the release: " + R.choice(["an invitation or preparation", "a rumour or question",
                                                           "the day's preparations, without the release's facts"]))

# unrelated
for i, text in enumerate(extra.U):
    kim = pick(list(ROLE))
    t = dt("2026-10-25T07:00:00" + WITA) + timedelta(minutes=R.randint(0, 41 * 24 * 60))
    t = min(t, LAST)
    pl = R.choice(["facebook", "facebook", "telegram", "instagram", "website", "youtube"])
    title = ""
    if pl in ("website", "youtube"):
        title = text.split(".")[0][:60]
        if pl == "website":
            text = web_theme(kim, title, text)
    post(kim, pl, text, t, "negative-unrelated", [], f"extra.py:U[{i}]", title=title)


# ---------------------------------------------------------------- write
def main():
    POSTS.sort(key=lambda p: (p["t"], p["key"]))
    ids = list(range(1, len(POSTS) + 1))
    R2 = random.Random(SEED + 1)
    R2.shuffle(ids)
    for p, n in zip(POSTS, ids):
        p["id"] = f"{P}-p{n:03d}"
        handle = p["kim"].replace("kim-", "kim")
        if p["platform"] == "facebook":
            p["url"] = f"https://www.facebook.com/{handle}/posts/{9100000000 + n * 7919}"
        elif p["platform"] == "instagram":
            p["url"] = f"https://www.instagram.com/p/H37{n:04d}{handle[:5]}/"
        elif p["platform"] == "telegram":
            p["url"] = f"https://t.me/{handle.replace('-', '_')}/{300 + n}"
        elif p["platform"] == "youtube":
            p["url"] = f"https://www.youtube.com/watch?v=h37{n:05d}{handle[:3]}"
        else:
            p["url"] = f"https://{handle}.desa.id/{p['t']:%Y/%m}/{n}"
        # every URL written in title/text is in links
        for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", p["title"] + "\n" + p["text"]):
            u = u.rstrip(".,;:!?")
            if u not in p["links"]:
                p["links"].append(u)
    with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
        for a in ANN:
            f.write(json.dumps({"id": a["pid"], "source": a["src"], "url": a["url"], "title": a["title"],
                                "text": a["text"], "published_at": iso(a["t"])}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
        f.write("kims:\n")
        for s, region, dist, vil, _ in KIMS:
            f.write(f"- id: kim-{s}\n  name: KIM {vil}\n  region: {region}\n  district: {dist}\n  village: {vil}\n")
    keymap = {}
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as g:
        for p in POSTS:
            f.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"],
                                "title": p["title"], "text": p["text"], "published_at": iso(p["t"]),
                                "links": p["links"]}, ensure_ascii=False) + "\n")
            gold = [f"{P}-{x}" for x in p["gold"]]
            g.write(json.dumps({"post": p["id"], "announcements": gold, "style": p["style"]}, ensure_ascii=False) + "\n")
            entry = {"key": p["key"], "style": p["style"], "gold": gold}
            for k, v in p["km"].items():
                entry[k] = [f"{P}-{x}" for x in v] if k == "imitates" else v
            keymap[p["id"]] = entry
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
        f.write("\n")


main()
