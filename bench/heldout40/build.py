#!/usr/bin/env python3
"""heldout40 generator: writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl, keymap.json.

Deterministic (fixed seed). Texts are hand-written in anns.py, anns2.py and extra.py; this script
only assigns KIMs, platforms and times, and derives copy/excerpt/link posts from the releases.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

import anns
import anns2  # noqa: F401  (registers a19-a36)
import extra

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4040202611
R = random.Random(SEED)
P = "h40"
FIRST = datetime(2026, 10, 25, 6, 30)
LAST = datetime(2026, 12, 5, 21, 30)

REGION = {"BJM": "Kota Banjarmasin", "BJB": "Kota Banjarbaru", "BJR": "Kabupaten Banjar", "TLA": "Kabupaten Tanah Laut",
          "TPN": "Kabupaten Tapin", "HSS": "Kabupaten Hulu Sungai Selatan", "HST": "Kabupaten Hulu Sungai Tengah",
          "HSU": "Kabupaten Hulu Sungai Utara", "BLG": "Kabupaten Balangan", "TBL": "Kabupaten Tabalong",
          "BTL": "Kabupaten Barito Kuala", "KTB": "Kabupaten Kotabaru", "TBU": "Kabupaten Tanah Bumbu"}
KAB_SHORT = {"BJM": "Banjarmasin", "BJB": "Banjarbaru", "BJR": "Kabupaten Banjar", "TLA": "Tanah Laut", "TPN": "Tapin",
             "HSS": "HSS", "HST": "HST", "HSU": "HSU", "BLG": "Balangan", "TBL": "Tabalong", "BTL": "Batola",
             "KTB": "Kotabaru", "TBU": "Tanah Bumbu"}

# id, region, kecamatan, desa/kelurahan
KIMS = [
    ("kim-pekapuran-raya", "BJM", "Banjarmasin Timur", "Pekapuran Raya"),
    ("kim-teluk-dalam", "BJM", "Banjarmasin Tengah", "Teluk Dalam"),
    ("kim-basirih-selatan", "BJM", "Banjarmasin Selatan", "Basirih Selatan"),
    ("kim-guntung-manggis", "BJB", "Landasan Ulin", "Guntung Manggis"),
    ("kim-sungai-ulin", "BJB", "Banjarbaru Utara", "Sungai Ulin"),
    ("kim-palam", "BJB", "Cempaka", "Palam"),
    ("kim-sungai-alang", "BJR", "Karang Intan", "Sungai Alang"),
    ("kim-pasar-jati", "BJR", "Astambul", "Pasar Jati"),
    ("kim-tambak-anyar", "BJR", "Martapura Timur", "Tambak Anyar"),
    ("kim-sungai-pinang", "BJR", "Sungai Pinang", "Sungai Pinang"),
    ("kim-tambang-ulang", "TLA", "Tambang Ulang", "Tambang Ulang"),
    ("kim-asam-asam", "TLA", "Jorong", "Asam Asam"),
    ("kim-kurau", "TLA", "Kurau", "Kurau"),
    ("kim-bakarangan", "TPN", "Bakarangan", "Bakarangan"),
    ("kim-hatungun", "TPN", "Hatungun", "Hatungun"),
    ("kim-pualam-sari", "TPN", "Binuang", "Pualam Sari"),
    ("kim-wasah-hilir", "HSS", "Simpur", "Wasah Hilir"),
    ("kim-hamalau", "HSS", "Sungai Raya", "Hamalau"),
    ("kim-bamban", "HSS", "Angkinang", "Bamban"),
    ("kim-pagat", "HST", "Batu Benawa", "Pagat"),
    ("kim-haruyan", "HST", "Haruyan", "Haruyan"),
    ("kim-ilung", "HST", "Batang Alai Utara", "Ilung"),
    ("kim-alabio", "HSU", "Sungai Pandan", "Alabio"),
    ("kim-sungai-karias", "HSU", "Amuntai Tengah", "Sungai Karias"),
    ("kim-paminggir", "HSU", "Paminggir", "Paminggir"),
    ("kim-batu-piring", "BLG", "Paringin Selatan", "Batu Piring"),
    ("kim-tebing-tinggi", "BLG", "Tebing Tinggi", "Tebing Tinggi"),
    ("kim-lampihong", "BLG", "Lampihong", "Lampihong Kiri"),
    ("kim-maburai", "TBL", "Murung Pudak", "Maburai"),
    ("kim-pugaan", "TBL", "Pugaan", "Pugaan"),
    ("kim-jaro", "TBL", "Jaro", "Jaro"),
    ("kim-anjir-pasar", "BTL", "Anjir Pasar", "Anjir Pasar Kota"),
    ("kim-tabunganen", "BTL", "Tabunganen", "Tabunganen Muara"),
    ("kim-jejangkit", "BTL", "Jejangkit", "Jejangkit Pasar"),
    ("kim-semayap", "KTB", "Pulau Laut Utara", "Semayap"),
    ("kim-serongga", "KTB", "Kelumpang Hilir", "Serongga"),
    ("kim-hampang", "KTB", "Hampang", "Hampang"),
    ("kim-pagatan", "TBU", "Kusan Hilir", "Pagatan"),
    ("kim-sungai-danau", "TBU", "Satui", "Sungai Danau"),
    ("kim-mantewe", "TBU", "Mantewe", "Mantewe"),
]
INACTIVE = ["kim-palam", "kim-pasar-jati", "kim-hatungun", "kim-jaro", "kim-jejangkit", "kim-mantewe"]
SPECIAL = ["kim-ilung", "kim-paminggir", "kim-hampang", "kim-kurau"]
KREG = {k[0]: k[1] for k in KIMS}
KVIL = {k[0]: k[3] for k in KIMS}
KDIS = {k[0]: k[2] for k in KIMS}
REGULAR = [k[0] for k in KIMS if k[0] not in INACTIVE and k[0] not in SPECIAL]

# source -> (host, path kind, region code or None, site name)
SOURCES = {
    "pemprov-kalsel": ("kalselprov.go.id", "berita", None, "Pemprov Kalsel"),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp", None, "Diskominfo Kalsel"),
    "inspektorat-kalsel": ("inspektorat.kalselprov.go.id", "num", None, "Inspektorat Provinsi Kalsel"),
    "bkd-kalsel": ("bkd.kalselprov.go.id", "wp", None, "BKD Kalsel"),
    "brida-kalsel": ("brida.kalselprov.go.id", "post", None, "Brida Kalsel"),
    "disdikbud-kalsel": ("disdikbud.kalselprov.go.id", "detail", None, "Disdikbud Kalsel"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "wp", "BJM", "Pemkot Banjarmasin"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "BJB", "Pemkot Banjarbaru"),
    "pemkab-banjar": ("banjarkab.go.id", "berita", "BJR", "Pemkab Banjar"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "TLA", "Pemkab Tanah Laut"),
    "pemkab-tapin": ("tapinkab.go.id", "detail", "TPN", "Pemkab Tapin"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "num", "HSS", "Pemkab HSS"),
    "pemkab-hst": ("hstkab.go.id", "wp", "HST", "Pemkab HST"),
    "pemkab-hsu": ("hsu.go.id", "num", "HSU", "Pemkab HSU"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "BLG", "Pemkab Balangan"),
    "pemkab-tabalong": ("tabalongkab.go.id", "wp", "TBL", "Pemkab Tabalong"),
    "pemkab-batola": ("baritokualakab.go.id", "berita", "BTL", "Pemkab Barito Kuala"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num", "KTB", "Pemkab Kotabaru"),
    "pemkab-tanah-bumbu": ("tanahbumbukab.go.id", "berita", "TBU", "Pemkab Tanah Bumbu"),
}


def t(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00"


ANN = {}
for a in anns.ANNS:
    host, kind, reg, site = SOURCES[a["src"]]
    when = t(a["at"])
    num = 3000 + int(a["id"][1:]) * 41 + when.day
    path = {"wp": f"/{when:%Y/%m/%d}/{a['slug']}/", "berita": f"/berita/{a['slug']}",
            "num": f"/berita/{num}/{a['slug']}", "detail": f"/berita/detail/{a['slug']}",
            "post": f"/post/{a['slug']}"}[kind]
    a.update(url=f"https://{host}{path}", when=when, region=reg, site=site, wp=kind == "wp", host=host, path=path,
             text="\n\n".join(a["paras"]), full=P + "-" + a["id"])
    ANN[a["id"]] = a
AIDS = sorted(ANN)


# ------------------------------------------------------------------ link forms (own list)
def link_form(a, form):
    host, path, url = a["host"], a["path"], a["url"]
    if form == "exact":
        return url
    if form == "http":
        return "http://" + host + path
    if form == "www":
        return "https://www." + host + path
    if form == "m":
        return "https://m." + host + path
    if form == "slash":
        return url[:-1] if url.endswith("/") else url + "/"
    if form == "amp":
        return url + "amp/" if a["wp"] else url + "?utm_source=whatsapp"
    if form == "utm":
        return url + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return url + "?fbclid=IwAR" + "".join(R.choice("abcdefghijkLMNOPQR0123456789_") for _ in range(22))
    if form == "utm_fbclid":
        return url + "?utm_source=fb&utm_medium=share&fbclid=IwZX" + "".join(R.choice("0123456789abcdef") for _ in range(16))
    if form == "http_www":
        return "http://www." + host + path
    if form == "m_utm":
        return "https://m." + host + path + "?utm_medium=wa"
    if form == "bare_www":
        return "www." + host + path
    raise ValueError(form)


FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utm_fbclid", "http_www", "m_utm", "bare_www"]

# ------------------------------------------------------------------ posts
POSTS = []


def add(kim, platform, when, text, style, gold, key, title="", links=None, **km):
    if platform not in ("website", "youtube"):
        title = ""
    if when.hour < 6:  # admins rarely post between midnight and six
        if style == "before":
            when = when - timedelta(hours=when.hour + 1, minutes=R.randint(0, 120))
        else:
            when = when + timedelta(hours=6 - when.hour, minutes=R.randint(0, 150))
    found = re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text)
    links = list(links or [])
    for u in found:
        u = u.rstrip(".,;:!?")
        if u not in links:
            links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, when=when, text=text, title=title, links=links, style=style,
                      gold=sorted(P + "-" + g for g in gold), key=key, km=km))


def clamp(d):
    return max(FIRST + timedelta(minutes=R.randint(0, 600)), min(d, LAST - timedelta(minutes=R.randint(0, 400))))


def after(a, lo_min, hi_min):
    """A time lo..hi minutes after the release, never after LAST (and at least 12 minutes after)."""
    hi = min(hi_min, int((LAST - a["when"]).total_seconds() // 60) - 5)
    lo = min(lo_min, hi)
    d = a["when"] + timedelta(minutes=R.randint(max(lo, 12), max(hi, 13)), seconds=R.randint(0, 59))
    return d


USED = {}  # (kim, ann) -> count, to spread


def pick_kim(a, pool=None):
    pool = pool or REGULAR
    reg = a["region"]
    local = [k for k in pool if KREG[k] == reg]
    if reg and local and R.random() < 0.78:
        cands = local
    else:
        cands = pool
    cands = sorted(cands, key=lambda k: (USED.get((k, a["id"]), 0), R.random()))
    k = cands[0]
    USED[(k, a["id"])] = USED.get((k, a["id"]), 0) + 1
    return k


def hashtags(a, kim, n):
    base = ["#KIM" + KVIL[kim].replace(" ", ""), "#InfoPublik", "#Kalsel", "#BanuaKita", "#KIMKalsel",
            "#" + (KAB_SHORT[a["region"]].replace(" ", "") if a["region"] else "KalimantanSelatan"),
            "#PelayananPublik", "#ASN", "#Birokrasi", "#InfoWarga", "#SebarkanKebaikan", "#Banua",
            "#" + KAB_SHORT[KREG[kim]].replace(" ", ""), "#Diskominfo", "#KabarDesa"]
    out = []
    for h in base:
        if h not in out:
            out.append(h)
    R.shuffle(out)
    return " ".join(out[:n])


# ---- copy habits
def habit_typo(s):
    words = [m for m in re.finditer(r"[A-Za-z]{7,}", s)]
    if not words:
        return s
    m = R.choice(words)
    w = m.group(0)
    i = R.randint(1, len(w) - 3)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return s[:m.start()] + w2 + s[m.end():]


def habit_abbr(s):
    for a_, b_ in (("yang", "yg"), ("dengan", "dgn"), ("untuk", "utk"), ("tanggal", "tgl"), ("karena", "krn")):
        s = re.sub(r"\b" + a_ + r"\b", b_, s)
    return s


def apply_habits(a, kim, text):
    ops = R.sample(["dash", "quotes", "typo", "collapse", "dropclose", "dateline", "abbr", "typo2"], R.choice([0, 1, 2, 2, 3]))
    for op in ops:
        if op == "dash":
            text = text.replace("–", "-")
        elif op == "quotes":
            text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
        elif op in ("typo", "typo2"):
            text = habit_typo(text)
        elif op == "collapse":
            text = text.replace("\n\n", " ")
        elif op == "dropclose":
            text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text)
        elif op == "dateline":
            text = re.sub(r"^([A-Z ]+) –", lambda m: f"{m.group(1)} (KIM {KVIL[kim]}) -", text, count=1)
        elif op == "abbr":
            text = habit_abbr(text)
    return text, ops


WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*SEBARKAN!!*", "*INFO DARI PEMDA*", "‼️ *PENGUMUMAN* ‼️"]
GROUPS = ["Info Kecamatan {d}", "Forum RT {v}", "Pambakal & Perangkat {d}", "Info ASN {k}", "Warga {v} Bersatu"]
MENU = ["Beranda | Profil Desa | Berita | Galeri | Kontak", "HOME  PROFIL  BERITA  AGENDA  HUBUNGI KAMI",
        "Beranda · Tentang KIM · Kabar Desa · Video · Arsip"]


def copy_post(a, kim, shape, key):
    body, ops = apply_habits(a, kim, a["text"])
    site = a["site"]
    if shape == "wa":
        text = f"{R.choice(WA_HEAD)}\n\n*{a['title']}*\n\n{body}\n\n_Sumber: {site}_"
        plat = R.choice(["facebook", "telegram"])
        title = ""
    elif shape == "fwd":
        g = R.choice(GROUPS).format(d=KDIS[kim], v=KVIL[kim], k=KAB_SHORT[KREG[kim]])
        text = f"{R.choice(['↪️ Diteruskan dari grup', 'Diteruskan dari grup', 'Forward dari grup'])} {g} 👇\n\n{body}"
        plat, title = R.choice(["facebook", "telegram"]), ""
    elif shape == "site":
        when = after(a, 40, 60 * 30)
        src = R.choice(["url", "name", "none"])
        tail = {"url": f"\n\nSumber: {a['url']}", "name": f"\n\nSumber: {site}", "none": ""}[src]
        text = (f"{R.choice(MENU)}\n\nOleh Admin KIM {KVIL[kim]} · {R.randint(0, 6)} Komentar\n\n{body}{tail}"
                f"\n\n{R.choice(['Bagikan: Facebook · WhatsApp · Telegram', 'Share ini: FB | WA | X', 'Baca juga: Jadwal posyandu bulan ini'])}")
        add(kim, "website", when, text, "copy", [a["id"]], key, title=a["title"], shape=shape, ops=ops)
        return
    elif shape == "tgfwd":
        text = f"Forwarded from Info {KAB_SHORT[a['region']] if a['region'] else 'Kalsel'}\n{a['title'].upper()}\n\n{body}"
        plat, title = "telegram", ""
    elif shape == "ig":
        text = f"{a['title']}\n\n{body}\n\n{hashtags(a, kim, R.randint(4, 6))}"
        plat, title = "instagram", ""
    else:  # fbgreet
        text = (f"{R.choice(['Assalamualaikum', 'Salam sejahtera', 'Selamat pagi'])} warga {KVIL[kim]}, "
                f"{R.choice(['berikut info dari pemerintah:', 'ini kabar resmi yang perlu diketahui:', 'kami teruskan berita berikut.'])}\n\n"
                f"{body}\n\n{R.choice(['Semoga bermanfaat 🙏', 'Silakan dibagikan.', 'Mohon disebarkan ke keluarga.'])}")
        plat, title = "facebook", ""
    add(kim, plat, after(a, 12, R.choice([90, 300, 1440, 4000])), text, "copy", [a["id"]], key, title=title,
        shape=shape, ops=ops)


def cut_words(s, lo, hi):
    """Cut s at a word boundary somewhere between lo and hi characters."""
    n = R.randint(lo, hi)
    cut = s[:n]
    cut = cut[:cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(",;:–- ")


CHAPTERS = [["Pembuka", "Keterangan pejabat", "Jadwal berikutnya", "Penutup"],
            ["Intro", "Isi berita", "Wawancara", "Info lanjutan"],
            ["Salam", "Fakta utama", "Kata pejabat", "Penutup"]]


def excerpt_post(a, kim, shape, key):
    p1, p2, p3 = a["paras"]
    if shape == "tgtrunc":
        text = f"{a['title']}\n{cut_words(p1, 140, 230)}…"
        add(kim, "telegram", after(a, 12, 600), text, "excerpt", [a["id"]], key, shape=shape)
    elif shape == "lihat":
        text = f"{p1}\n\n{cut_words(p2, 60, 160)}... Lihat selengkapnya"
        add(kim, "facebook", after(a, 20, 2000), text, "excerpt", [a["id"]], key, shape=shape)
    elif shape == "yt":
        ch = R.choice(CHAPTERS)
        stamps = ["00:00", f"00:{R.randint(20, 50)}", f"0{R.randint(1, 2)}:{R.randint(10, 59)}", f"0{R.randint(3, 4)}:{R.randint(10, 59)}"]
        chap = "\n".join(f"{s} {c}" for s, c in zip(stamps, ch))
        text = f"{p1}\n\n{chap}\n\n{R.choice(['Jangan lupa subscribe channel KIM kami.', 'Tonton sampai habis ya.', ''])}".rstrip()
        add(kim, "youtube", after(a, 180, 5000), text, "excerpt", [a["id"]], key,
            title=R.choice(["VIDEO | ", "LIPUTAN | ", ""]) + a["title"], shape=shape)
    elif shape == "quote":
        text = f"{R.choice(MENU)}\n\n{p2}\n\n{R.choice(['Demikian disampaikan dalam keterangan resmi.', 'Simak informasi lainnya di laman kami.', 'Admin KIM ' + KVIL[kim]])}"
        add(kim, "website", after(a, 60, 3000), text, "excerpt", [a["id"]], key,
            title=R.choice(["Kata Pejabat: ", "Kutipan: ", ""]) + a["title"], shape=shape)
    elif shape == "iglead":
        text = f"{p1}\n\n{hashtags(a, kim, R.randint(3, 7))}"
        add(kim, "instagram", after(a, 30, 2500), text, "excerpt", [a["id"]], key, shape=shape)
    elif shape == "fbintro":
        text = (f"{R.choice(['Info penting buat warga 👇', 'Kabar dari pemerintah, mohon dibaca:', 'Untuk diketahui bersama:'])}\n\n"
                f"{p1}\n\n{p3 if R.random() < 0.4 else ''}\n\n{R.choice(['Silakan share.', 'Semoga bermanfaat.', '#InfoPublik'])}")
        text = re.sub(r"\n{3,}", "\n\n", text)
        add(kim, "facebook", after(a, 15, 1500), text, "excerpt", [a["id"]], key, shape=shape)
    else:  # frag
        words = p1.split()
        n = R.randint(12, 17)
        text = " ".join(words[:n]).rstrip(",.;") + "…"
        add(kim, R.choice(["facebook", "telegram"]), after(a, 15, 900), text, "excerpt", [a["id"]], key, shape=shape)


COMMENTS = ["Info lengkap di tautan berikut.", "Silakan dibaca, penting untuk warga.", "Baca beritanya di sini ya.",
            "Untuk diketahui 👇", "Bagi yang belum tahu, ini kabarnya.", "Mohon dibaca sampai habis.",
            "Berita resmi, bukan hoaks.", "Ini link beritanya, dangsanak.", "Sekilas info dari pemerintah.",
            "Buat bapak ibu ASN, cek di sini.", "Kabar terbaru, klik saja.", "Share ke grup keluarga ya.",
            "Penting! Silakan klik.", "Yang nanya kemarin, ini beritanya.", "Dari laman resmi:"]


def link_post(a, kim, shape, form, key):
    u = link_form(a, form)
    c = R.choice(COMMENTS)
    if shape == "share":
        text = f"{c}\n\n{a['host'].upper()}\n{a['title']}"
        add(kim, "facebook", after(a, 12, 3000), text, "link", [a["id"]], key, links=[u], shape=shape, form=form)
        return
    if shape == "fbcomment":
        text, plat, title = f"{c}\n{u}", "facebook", ""
    elif shape == "tglink":
        text, plat, title = f"{a['title']}\n\n{u}", "telegram", ""
    elif shape == "ytdesc":
        text = f"{R.choice(['Berita lengkap:', 'Sumber berita:', 'Baca juga beritanya di'])} {u}\n\n{R.choice(['Video dokumentasi KIM.', 'Dokumentasi warga.', 'Rekaman singkat kegiatan.'])}"
        plat, title = "youtube", R.choice(["Info Pemerintah: ", "KABAR BANUA – ", "Sekilas: "]) + a["title"]
    else:  # webbaca
        text = f"{c}\n\nBaca selengkapnya: {u}"
        plat, title = "website", a["title"]
    add(kim, plat, after(a, 12, 4000), text, "link", [a["id"]], key, title=title, shape=shape, form=form)


def summary_post(a, kim, kind, key, special_ig=False):
    if kind == "short":
        s = a["short"]
        shape = R.choice(["fb", "tg", "ig", "wa"])
        if shape == "fb":
            add(kim, "facebook", after(a, 30, 2500), s, "summary", [a["id"]], key, shape="short-fb")
        elif shape == "tg":
            add(kim, "telegram", after(a, 20, 1500), "🔹 " + s, "summary", [a["id"]], key, shape="short-tg")
        elif shape == "ig":
            add(kim, "instagram", after(a, 60, 3000), s + "\n\n" + hashtags(a, kim, R.randint(2, 4)), "summary", [a["id"]], key, shape="short-ig")
        else:
            add(kim, R.choice(["facebook", "telegram"]), after(a, 20, 2000), f"*INFO*\n{s}\n_Mohon disebarkan_", "summary", [a["id"]], key, shape="short-wa")
        return
    s = a["long"]
    shape = "ig10" if special_ig else R.choice(["fb", "ig10", "web", "yt", "fb"])
    if shape == "fb":
        add(kim, "facebook", after(a, 120, 5000), f"{R.choice(['Rangkuman:', 'Ringkasnya begini:', 'Singkatnya,', ''])} {s}".strip(),
            "summary", [a["id"]], key, shape="long-fb")
    elif shape == "ig10":
        add(kim, "instagram", after(a, 120, 5000), s + "\n\n" + hashtags(a, kim, 11), "summary", [a["id"]], key, shape="long-ig")
    elif shape == "web":
        add(kim, "website", after(a, 180, 6000), f"{R.choice(MENU)}\n\n{s}\n\nDitulis ulang oleh Admin KIM {KVIL[kim]}.",
            "summary", [a["id"]], key, title=a["title"], shape="long-web")
    else:
        add(kim, "youtube", after(a, 300, 8000), f"Liputan: {s}\n\n00:00 Pembuka\n00:35 Ringkasan\n02:10 Penutup",
            "summary", [a["id"]], key, title="Ringkasan Berita | " + a["title"], shape="long-yt")


def para_post(a, kim, text, key):
    plat = R.choice(["facebook", "facebook", "instagram", "telegram"])
    if plat == "instagram":
        text = text + "\n\n" + hashtags(a, kim, R.randint(2, 5))
    add(kim, plat, after(a, 45, R.choice([1500, 4000, 9000])), text, "paraphrase", [a["id"]], key, shape="para-" + plat)


# ------------------------------------------------------------------ generate positives
order = list(AIDS)
copy_ids = sorted(R.sample(order, 32))
exc_ids = sorted(R.sample(order, 32))
long_ids = sorted(R.sample(order, 26))
if "a28" not in long_ids:
    long_ids[0] = "a28"
link_ids = order + R.sample(order, 2)

copy_shapes = (["wa", "fwd", "site", "tgfwd", "ig", "fbgreet"] * 6)[:32]
R.shuffle(copy_shapes)
for aid, sh in zip(copy_ids, copy_shapes):
    copy_post(ANN[aid], pick_kim(ANN[aid]), sh, f"auto:copy:{aid}")

exc_shapes = (["tgtrunc", "lihat", "yt", "quote", "iglead", "fbintro", "frag"] * 5)[:32]
R.shuffle(exc_shapes)
for aid, sh in zip(exc_ids, exc_shapes):
    excerpt_post(ANN[aid], pick_kim(ANN[aid]), sh, f"auto:excerpt:{aid}")
# special: kim-hampang's cut Telegram previews
excerpt_post(ANN["a34"], "kim-hampang", "tgtrunc", "auto:excerpt-special:a34")
excerpt_post(ANN["a33"], "kim-hampang", "tgtrunc", "auto:excerpt-special:a33")

link_shapes = (["share", "fbcomment", "tglink", "ytdesc", "webbaca"] * 8)[:len(link_ids)]
R.shuffle(link_shapes)
forms = (FORMS * 4)[:len(link_ids)]
R.shuffle(forms)
for aid, sh, fm in zip(link_ids, link_shapes, forms):
    if sh == "share" and fm == "bare_www":
        fm = "www"
    link_post(ANN[aid], pick_kim(ANN[aid]), sh, fm, f"auto:link:{aid}")

for aid in order:
    summary_post(ANN[aid], pick_kim(ANN[aid]), "short", f"anns:{aid}:S")
for aid in long_ids:
    if aid == "a28":
        summary_post(ANN[aid], "kim-kurau", "long", f"anns:{aid}:L", special_ig=True)
    else:
        summary_post(ANN[aid], pick_kim(ANN[aid]), "long", f"anns:{aid}:L")

PARA_FIXED = {"a18": "kim-ilung", "a35": "kim-paminggir", "a09": "kim-hampang"}
for aid in order:
    k = PARA_FIXED.get(aid) or pick_kim(ANN[aid])
    para_post(ANN[aid], k, ANN[aid]["para"], f"anns:{aid}:P")
P2_FIXED = {("HST", "a18"): "kim-ilung", ("HSU", "a35"): "kim-paminggir", ("TLA", "a29"): "kim-kurau",
            ("KTB", "a09"): "kim-paminggir"}
for i, (reg, aid, text) in enumerate(extra.PARA2):
    k = P2_FIXED.get((reg, aid))
    if k == "kim-paminggir" and aid == "a09":
        k = "kim-hampang"
    if not k:
        loc = [x for x in REGULAR if KREG[x] == reg]
        k = R.choice(loc)
    para_post(ANN[aid], k, text, f"extra:P2[{i}]")

# ------------------------------------------------------------------ round-ups
def item(a, how):
    if how == "title":
        return a["title"]
    if how == "lower":  # sentence case, keeping acronyms and names written capitalised inside the release
        words = a["title"].split()
        out = [words[0]]
        for w in words[1:]:
            keep = sum(c.isupper() for c in w) >= 2 or re.search(r"[a-z,] " + re.escape(w) + r"\b", a["text"])
            out.append(w if keep else w.lower())
        return " ".join(out)
    return a["short"].rstrip(".")


LOCAL = list(extra.LOCAL)
R.shuffle(LOCAL)
local_i = 0


def local_item():
    global local_i
    s = LOCAL[local_i % len(LOCAL)]
    local_i += 1
    return s


ROUND_KIMS = (["kim-ilung", "kim-paminggir", "kim-hampang", "kim-kurau"] * 3)[:11]
ROUND_KIMS += R.sample(REGULAR, 15)
LAYOUTS = (["pipe", "bullets", "numbered", "prose", "ytchap", "emoji"] * 5)[:26]
R.shuffle(LAYOUTS)
by_time = sorted(AIDS, key=lambda x: ANN[x]["when"])
rcount = 0
for r in range(26):
    n = 3 if r < 9 else 2
    kim = ROUND_KIMS[r]
    # prefer releases of the KIM's own kabupaten plus provincial ones
    while True:
        anchor = R.choice(by_time)
        aw = ANN[anchor]["when"]
        pool = [x for x in by_time if timedelta(0) <= aw - ANN[x]["when"] <= timedelta(days=9) and x != anchor]
        own = [x for x in pool if ANN[x]["region"] in (None, KREG[kim])]
        src = own if len(own) >= n - 1 else pool
        if len(src) >= n - 1:
            break
    group = [anchor] + R.sample(src, n - 1)
    group.sort(key=lambda x: ANN[x]["when"])
    last = max(ANN[x]["when"] for x in group)
    first = min(ANN[x]["when"] for x in group)
    hi = min(last + timedelta(days=4), first + timedelta(days=19), LAST)
    lo = last + timedelta(hours=5)
    if hi <= lo:
        hi = lo + timedelta(minutes=30)
    when = lo + timedelta(seconds=R.randint(0, int((hi - lo).total_seconds())))
    hows = [R.choice(["title", "lower", "short"]) for _ in group]
    items = [item(ANN[x], h) for x, h in zip(group, hows)]
    nloc = R.choice([0, 1, 1, 2])
    for _ in range(nloc):
        items.insert(R.randint(0, len(items)), local_item())
    lay = LAYOUTS[r]
    title = ""
    if lay == "pipe":
        text, plat = f"{R.choice(['KILAS INFO', 'INFO SEPEKAN', 'RANGKUMAN'])} | " + " | ".join(items) + " |", R.choice(["facebook", "telegram"])
    elif lay == "bullets":
        text, plat = f"📌 {R.choice(['Info sepekan', 'Berita pilihan minggu ini', 'Yang perlu warga tahu'])}:\n" + "\n".join("• " + i for i in items), R.choice(["facebook", "instagram"])
    elif lay == "numbered":
        text, plat = f"{R.choice(['Rangkuman berita minggu ini:', 'Kabar pekan ini dari admin:', 'Info terkini:'])}\n" + "\n".join(f"{j + 1}. {i}" for j, i in enumerate(items)), R.choice(["telegram", "facebook"])
    elif lay == "prose":
        joins = ["Pertama,", "Selain itu,", "Kabar lain,", "Terakhir,"]
        parts = [f"{joins[min(j, 3)]} {i}." for j, i in enumerate(items)]
        text = f"{R.choice(MENU)}\n\nSepekan terakhir ada beberapa kabar yang perlu diketahui warga {KVIL[kim]}. " + " ".join(parts)
        plat, title = "website", R.choice(["Kabar Sepekan", "Rangkuman Berita Pekan Ini", "Warta Desa Minggu Ini"]) + f" ({when:%d/%m})"
    elif lay == "ytchap":
        stamps = ["00:00 Pembuka"] + [f"0{j + 1}:{R.randint(10, 59)} {i}" for j, i in enumerate(items)]
        text = "Rangkuman kabar pekan ini.\n\n" + "\n".join(stamps)
        plat, title = "youtube", f"KABAR BANUA PEKAN INI ({when:%d/%m/%Y}) – KIM {KVIL[kim]}"
    else:
        text, plat = "🗞️ KABAR SINGKAT\n" + "\n".join("✅ " + i for i in items), R.choice(["facebook", "instagram", "telegram"])
    add(kim, plat, when, text, "roundup", group, f"auto:roundup:{r}", title=title, shape="roundup-" + lay, items=hows)

# ------------------------------------------------------------------ negatives
inactive_by_reg = {KREG[k]: k for k in INACTIVE}
ontopic = {k: 0 for k in INACTIVE}


def neg_kim(reg):
    if reg in inactive_by_reg:
        ik = inactive_by_reg[reg]
        if ontopic[ik] < 5 or R.random() < 0.2:
            ontopic[ik] += 1
            return ik
    if reg:
        return R.choice([k for k in KREG if KREG[k] == reg])
    return R.choice(list(KREG))


def neg_when(a, off):
    if off < -30:  # a throwback/archive post: any day before the release
        lo, hi = FIRST, a["when"] - timedelta(hours=6)
        return lo + timedelta(seconds=R.randint(0, max(60, int((hi - lo).total_seconds()))))
    d = a["when"] + timedelta(days=off, minutes=R.randint(-300, 300))
    if off == 0:
        d = a["when"] + timedelta(minutes=R.choice([-1, 1]) * R.randint(40, 400))
    return clamp(d)


def neg_post(kim, when, text, style, key, imitates, differs):
    plat = R.choice(["facebook", "facebook", "telegram", "instagram", "website", "youtube"])
    title = ""
    if plat == "website":
        title = R.choice(["Kabar Desa", "Info Warga", "Warta KIM", "Berita Kampung"]) + ": " + " ".join(text.split()[:6]).rstrip(".,:")
    if plat == "youtube":
        title = "Video | " + " ".join(text.split()[:7]).rstrip(".,:")
    if plat == "instagram":
        text = text + "\n\n#KIM" + KVIL[kim].replace(" ", "") + " #InfoWarga"
    add(kim, plat, when, text, style, [], key, title=title, imitates=[P + "-" + i for i in imitates], differs=differs)


for a in anns.ANNS:
    for j, (reg, off, text, differs) in enumerate(a["looks"]):
        neg_post(neg_kim(reg), neg_when(a, off), text, "negative-topic", f"anns:{a['id']}:N[{j}]", [a["id"]], differs)
    if a.get("before"):
        reg, text = a["before"]
        d = a["when"] - timedelta(minutes=R.randint(180, 30 * 60))
        neg_post(neg_kim(reg), max(d, FIRST), text, "before", f"anns:{a['id']}:B", [a["id"]],
                 "posted before the release, announces or rumours the event without its facts")
for i, (reg, aid, off, text, differs) in enumerate(extra.LOOKS2):
    neg_post(neg_kim(reg), neg_when(ANN[aid], off), text, "negative-topic", f"extra:N2[{i}]", [aid], differs)
for i, (reg, aid, hrs, text, differs) in enumerate(extra.BEFORE2):
    d = ANN[aid]["when"] - timedelta(hours=hrs, minutes=R.randint(0, 50))
    neg_post(neg_kim(reg), max(d, FIRST), text, "before", f"extra:B2[{i}]", [aid], differs)
for i, (reg, text) in enumerate(extra.UNRELATED):
    kim = R.choice([k for k in KREG if KREG[k] == reg]) if reg else R.choice(list(KREG))
    d = FIRST + timedelta(seconds=R.randint(0, int((LAST - FIRST).total_seconds())))
    if "Hari Guru" in text:  # greetings posted on their day
        d = datetime(2026, 11, 25, 7, R.randint(0, 59))
    elif "HUT KORPRI" in text:
        d = datetime(2026, 11, 29, 7, R.randint(0, 59))
    plat = "facebook" if "http" in text else R.choice(["facebook", "facebook", "telegram", "instagram", "website"])
    title = ("Info Warga: " + " ".join(text.split()[:5]).rstrip(".,:")) if plat == "website" else ""
    add(kim, plat, d, text, "negative-unrelated", [], f"extra:U[{i}]", title=title)

# ------------------------------------------------------------------ write
texts = {}
for p in POSTS:
    if p["text"] in texts:  # never two identical texts
        p["text"] += R.choice(["\n\n🙏", "\n\n#InfoWarga", "\n\n(admin)", "\n\nSalam KIM."])
    texts[p["text"]] = 1
POSTS.sort(key=lambda p: (p["when"], p["kim"]))
for a_, b_ in zip(POSTS, POSTS[1:]):
    if b_["when"] <= a_["when"]:
        b_["when"] = a_["when"] + timedelta(seconds=7)
ids = list(range(1, len(POSTS) + 1))
R.shuffle(ids)
handles = {k: k.replace("kim-", "kim.").replace("-", "") for k in KREG}

posts_out, labels_out, keymap = [], [], {}
for p, n in zip(POSTS, ids):
    pid = f"{P}-p{n:03d}"
    h = handles[p["kim"]]
    url = {"facebook": f"https://www.facebook.com/{h}/posts/{900000 + n * 7}",
           "instagram": f"https://www.instagram.com/p/C{n:04d}{h[-4:]}x/",
           "telegram": f"https://t.me/{h.replace('.', '_')}/{200 + n}",
           "website": f"https://{p['kim'].replace('kim-', 'kim')}.desa.id/{p['when']:%Y/%m}/post-{n}/",
           "youtube": f"https://www.youtube.com/watch?v=h40{n:04d}{h[-4:]}"}[p["platform"]]
    posts_out.append({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": url, "title": p["title"],
                      "text": p["text"], "published_at": iso(p["when"]), "links": p["links"]})
    labels_out.append({"post": pid, "announcements": p["gold"], "style": p["style"]})
    keymap[pid] = {"key": p["key"], "style": p["style"], "gold": p["gold"], **p["km"]}

with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for aid in AIDS:
        a = ANN[aid]
        f.write(json.dumps({"id": a["full"], "source": a["src"], "url": a["url"], "title": a["title"], "text": a["text"],
                            "published_at": iso(a["when"])}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
    for p in posts_out:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for lab in labels_out:
        f.write(json.dumps(lab, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, reg, dis, vil in KIMS:
        f.write(f"- id: {k}\n  name: KIM {vil}\n  region: {REGION[reg]}\n  district: {dis}\n  village: {vil}\n")
print(f"announcements {len(AIDS)}, posts {len(posts_out)}, gold pairs {sum(len(x['announcements']) for x in labels_out)}")
