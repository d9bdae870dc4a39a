#!/usr/bin/env python3
"""heldout39 generator: reads anns.py and extra.py, writes announcements.jsonl, kims.yaml,
posts.jsonl, labels.jsonl and keymap.json. Deterministic (seed below)."""
import json
import os
import random
import re
from datetime import datetime, timedelta

from anns import ALSO_IMITATES, ANNS
from extra import B2, LOCAL, N2, P2, U

SEED = 39_2026_1207
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)
WITA = "+08:00"
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
FIRST, LAST = datetime(2026, 10, 25, 6, 0), datetime(2026, 12, 5, 20, 30)

# --------------------------------------------------------------------- regions and KIMs
REGION = {"bjm": "Kota Banjarmasin", "bjb": "Kota Banjarbaru", "bnj": "Kabupaten Banjar",
          "tla": "Kabupaten Tanah Laut", "ktb": "Kabupaten Kotabaru", "blg": "Kabupaten Balangan",
          "tbl": "Kabupaten Tabalong", "hss": "Kabupaten Hulu Sungai Selatan",
          "hst": "Kabupaten Hulu Sungai Tengah", "hsu": "Kabupaten Hulu Sungai Utara",
          "tpn": "Kabupaten Tapin", "btl": "Kabupaten Barito Kuala", "tbu": "Kabupaten Tanah Bumbu"}

# (id suffix, region key, kecamatan, desa/kelurahan)
KIMS = [
    ("pekapuran-raya", "bjm", "Banjarmasin Timur", "Pekapuran Raya"),
    ("alalak-selatan", "bjm", "Banjarmasin Utara", "Alalak Selatan"),
    ("basirih", "bjm", "Banjarmasin Barat", "Basirih"),
    ("teluk-dalam", "bjm", "Banjarmasin Tengah", "Teluk Dalam"),
    ("guntung-manggis", "bjb", "Landasan Ulin", "Guntung Manggis"),
    ("sungai-ulin", "bjb", "Banjarbaru Utara", "Sungai Ulin"),
    ("palam", "bjb", "Cempaka", "Palam"),
    ("pasayangan", "bnj", "Martapura", "Pasayangan"),
    ("sungai-alang", "bnj", "Karang Intan", "Sungai Alang"),
    ("pengaron", "bnj", "Pengaron", "Pengaron"),
    ("pelaihari", "tla", "Pelaihari", "Pelaihari"),
    ("tajau-pecah", "tla", "Batu Ampar", "Tajau Pecah"),
    ("kintap", "tla", "Kintap", "Kintap"),
    ("dirgahayu", "ktb", "Pulau Laut Utara", "Dirgahayu"),
    ("stagen", "ktb", "Pulau Laut Utara", "Stagen"),
    ("serongga", "ktb", "Kelumpang Hilir", "Serongga"),
    ("paringin-kota", "blg", "Paringin", "Paringin Kota"),
    ("awayan", "blg", "Awayan", "Awayan"),
    ("halong", "blg", "Halong", "Halong"),
    ("pembataan", "tbl", "Murung Pudak", "Pembataan"),
    ("tanjung", "tbl", "Tanjung", "Tanjung"),
    ("haruai", "tbl", "Haruai", "Haruai"),
    ("kandangan-kota", "hss", "Kandangan", "Kandangan Kota"),
    ("telaga-langsat", "hss", "Telaga Langsat", "Telaga Langsat"),
    ("angkinang", "hss", "Angkinang", "Angkinang"),
    ("barabai-timur", "hst", "Barabai", "Barabai Timur"),
    ("birayang", "hst", "Batang Alai Selatan", "Birayang"),
    ("pagat", "hst", "Batu Benawa", "Pagat"),
    ("palampitan-hulu", "hsu", "Amuntai Tengah", "Palampitan Hulu"),
    ("alabio", "hsu", "Sungai Pandan", "Alabio"),
    ("babirik", "hsu", "Babirik", "Babirik"),
    ("rangda-malingkung", "tpn", "Tapin Utara", "Rangda Malingkung"),
    ("binuang", "tpn", "Binuang", "Binuang"),
    ("margasari-ilir", "tpn", "Candi Laras Selatan", "Margasari Ilir"),
    ("marabahan-kota", "btl", "Marabahan", "Marabahan Kota"),
    ("anjir-pasar", "btl", "Anjir Pasar", "Anjir Pasar Kota"),
    ("tabunganen", "btl", "Tabunganen", "Tabunganen Muara"),
    ("batulicin", "tbu", "Batulicin", "Batulicin"),
    ("sungai-loban", "tbu", "Sungai Loban", "Sungai Loban"),
    ("pejala", "tbu", "Kusan Hilir", "Pejala"),
]
INACTIVE = ["kim-basirih", "kim-palam", "kim-kintap", "kim-halong", "kim-haruai", "kim-tabunganen"]
SPECIAL = ["kim-teluk-dalam", "kim-babirik", "kim-pagat", "kim-pejala"]
KIM = {"kim-" + s: dict(region=r, district=d, village=v) for s, r, d, v in KIMS}
NORMAL = [k for k in KIM if k not in INACTIVE and k not in SPECIAL]


def in_region(r, pool):
    return [k for k in pool if KIM[k]["region"] == r]


# --------------------------------------------------------------------- sources and URLs
# source: (region or None, site name, url pattern kind, host)
SOURCES = {
    "pemprov-kalsel": (None, "Pemprov Kalsel", "berita", "kalselprov.go.id"),
    "disdikbud-kalsel": (None, "Disdikbud Kalsel", "num", "disdikbud.kalselprov.go.id"),
    "dispersip-kalsel": (None, "Dispersip Kalsel", "wp", "dispersip.kalselprov.go.id"),
    "disbudpar-kalsel": (None, "Disbudpar Kalsel", "wp", "disbudpar.kalselprov.go.id"),
    "disperindag-kalsel": (None, "Disperindag Kalsel", "berita", "disperindag.kalselprov.go.id"),
    "dekranasda-kalsel": (None, "Dekranasda Kalsel", "wpm", "dekranasda.kalselprov.go.id"),
    "pemkab-tapin": ("tpn", "Pemkab Tapin", "berita", "tapinkab.go.id"),
    "pemkab-tabalong": ("tbl", "Pemkab Tabalong", "wp", "tabalongkab.go.id"),
    "pemkab-hsu": ("hsu", "Pemkab HSU", "detail", "hsu.go.id"),
    "pemkab-hst": ("hst", "Pemkab HST", "num", "hstkab.go.id"),
    "pemkab-hss": ("hss", "Pemkab HSS", "berita", "hulusungaiselatankab.go.id"),
    "pemkab-tanah-bumbu": ("tbu", "Pemkab Tanah Bumbu", "berita", "tanahbumbukab.go.id"),
    "pemkab-kotabaru": ("ktb", "Pemkab Kotabaru", "num", "kotabarukab.go.id"),
    "pemkab-balangan": ("blg", "Pemkab Balangan", "detail", "balangankab.go.id"),
    "pemkab-batola": ("btl", "Pemkab Barito Kuala", "berita", "baritokualakab.go.id"),
    "pemkab-tanah-laut": ("tla", "Pemkab Tanah Laut", "berita", "tanahlautkab.go.id"),
    "pemkab-banjar": ("bnj", "Pemkab Banjar", "wp", "banjarkab.go.id"),
    "pemkot-banjarbaru": ("bjb", "Pemkot Banjarbaru", "wp", "banjarbarukota.go.id"),
    "pemkot-banjarmasin": ("bjm", "Pemkot Banjarmasin", "html", "banjarmasinkota.go.id"),
}


def ann_url(src, slug, t, n):
    kind, host = SOURCES[src][2], SOURCES[src][3]
    if kind == "berita":
        return f"https://{host}/berita/{slug}"
    if kind == "num":
        return f"https://{host}/berita/{n}/{slug}"
    if kind == "detail":
        return f"https://{host}/berita/detail/{slug}"
    if kind == "wp":
        return f"https://{host}/{t:%Y/%m/%d}/{slug}/"
    if kind == "wpm":
        return f"https://{host}/{t:%Y/%m}/{slug}/"
    return f"https://{host}/{t:%Y/%m}/{slug}.html"


def render_dates(text):
    def day(m):
        d = datetime(2026, int(m.group(1)), int(m.group(2)))
        return f"{HARI[d.weekday()]} ({d.day}/{d.month}/2026)"
    return re.sub(r"\{D:(\d\d)-(\d\d)\}", day, text)


def t_of(mmdd_hhmm):
    return datetime.strptime("2026-" + mmdd_hhmm, "%Y-%m-%d %H:%M")


A = {}
for i, a in enumerate(ANNS):
    t = t_of(a["pub"])
    a = dict(a)
    a["t"] = t
    a["text"] = render_dates(a["text"])
    a["region"] = SOURCES[a["src"]][0]
    a["site"] = SOURCES[a["src"]][1]
    a["url"] = ann_url(a["src"], a["slug"], t, 4100 + 37 * i + R.randint(0, 30))
    A[a["id"]] = a

# --------------------------------------------------------------------- posts
POSTS = []


def awake(t, limit=None):
    """Admins post between 06:00 and midnight: a time in the small hours moves to the morning (if allowed)."""
    if t.hour < 6:
        t2 = t.replace(hour=R.randint(6, 8), minute=R.randint(0, 59))
        if limit is None or t2 < limit:
            return t2
    return t


def add(kim, platform, text, t, style, gold, key, title="", links=None, **meta):
    t = awake(t, limit=meta.get("before_limit"))
    meta.pop("before_limit", None)
    assert FIRST <= t <= LAST, (key, t)
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text.strip(), t=t, links=links or [],
                      style=style, gold=gold, key=key, meta=meta))


def delay():
    x = R.random()
    if x < 0.25:
        return timedelta(minutes=R.randint(15, 360))
    if x < 0.7:
        return timedelta(minutes=R.randint(360, 2880))
    if x < 0.95:
        return timedelta(minutes=R.randint(2880, 10080))
    return timedelta(minutes=R.randint(10080, 17280))


def gold_time(a):
    t = a["t"] + delay()
    if t > LAST:
        t = LAST - timedelta(minutes=R.randint(30, 600))
    if t < a["t"] + timedelta(minutes=15):
        t = a["t"] + timedelta(minutes=15 + R.randint(0, 60))
    return t.replace(second=R.randint(0, 59))


def pick_kim(a, pool=None, local=0.75):
    pool = pool or NORMAL
    if a["region"] and R.random() < local:
        mine = in_region(a["region"], pool)
        if mine:
            return R.choice(mine)
    return R.choice(pool)


def kab_name(kim):
    return REGION[KIM[kim]["region"]].replace("Kabupaten ", "").replace("Kota ", "")


def vill(kim):
    return KIM[kim]["village"]


# ----- copy habits
ABBR = [(r"\byang\b", "yg"), (r"\bdengan\b", "dgn"), (r"\buntuk\b", "utk"), (r"\btanggal\b", "tgl")]


def typo(text):
    words = [m for m in re.finditer(r"[a-z]{7,}", text)]
    if not words:
        return text
    m = R.choice(words)
    w = m.group(0)
    j = R.randint(1, len(w) - 3)
    w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return text[:m.start()] + w2 + text[m.end():]


def habits(text, kim, n):
    ops = R.sample(["dash", "quote", "typo", "collapse", "dropclose", "abbr", "dateline"], n)
    for op in ops:
        if op == "dash":
            text = text.replace("–", "-")
        elif op == "quote":
            text = text.replace("“", '"').replace("”", '"')
        elif op == "typo":
            text = typo(text)
        elif op == "collapse":
            text = re.sub(r"\n\n+", " ", text)
        elif op == "dropclose":
            text = re.sub(r"\s*\([^()]*/[^()]*\)\s*$", "", text)
        elif op == "abbr":
            for pat, rep in ABBR:
                text = re.sub(pat, rep, text)
        elif op == "dateline":
            text = re.sub(r"^([A-Z]+) –", lambda m: f"{m.group(1)} (KIM {vill(kim)}) -", text)
    return text, ops


MENU = ["Beranda | Profil Desa | Berita | Agenda | Galeri | Kontak",
        "HOME  •  KABAR KAMPUNG  •  PENGUMUMAN  •  UMKM  •  TENTANG KAMI",
        "Menu ≡  Berita Terkini  Wisata  Layanan  Hubungi Kami"]
TAGS = ["#KIMKalsel", "#InfoBanua", "#KalselBabungas", "#BeritaDesa", "#BanuaKita", "#KabarKampung",
        "#UrangBanua", "#InfoPublik", "#KalimantanSelatan", "#KIMBerbagi", "#WargaCerdas", "#BudayaBanjar"]


def tags(kim, n):
    own = "#" + vill(kim).replace(" ", "")
    return " ".join([own] + R.sample(TAGS, n - 1))


def hashtags_for(a, kim, n):
    return tags(kim, n)


# ----- copy: 36, five shapes
COPY_SHAPES = ["wa", "web", "fbgreet", "tgfwd", "ig"]
WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "↪️ Diteruskan dari grup Info Kecamatan {kec}",
           "Forward dari grup sebelah 👇", "*KABAR DARI PEMERINTAH*"]
for i, aid in enumerate(sorted(A)):
    a = A[aid]
    kim = pick_kim(a)
    shape = COPY_SHAPES[i % 5]
    body, ops = habits(a["text"], kim, R.randint(0, 3))
    t = gold_time(a)
    key = f"auto:copy:{aid}"
    if shape == "wa":
        head = R.choice(WA_HEAD).format(kec=KIM[kim]["district"])
        text = f"{head}\n\n*{a['title']}*\n\n{body}\n\n_Sumber: {a['site']}_"
        add(kim, R.choice(["facebook", "telegram"]), text, t, "copy", [aid], key, shape=shape, ops=ops)
    elif shape == "web":
        text = (f"{R.choice(MENU)}\n\n{a['title']}\nOleh Admin KIM {vill(kim)} · {R.randint(0, 6)} Komentar\n\n{body}"
                f"\n\nSumber: {a['url']}\n\nBagikan: Facebook · WhatsApp · Telegram")
        add(kim, "website", text, t, "copy", [aid], key, title=a["title"], links=[a["url"]], shape=shape, ops=ops)
    elif shape == "fbgreet":
        hi = R.choice(["Assalamualaikum warga {v}, ada info dari {s} nah:", "Selamat pagi dangsanak {v} 🙏 kami teruskan rilis {s}:",
                       "Info buat warga {v} dan sekitarnya, dari {s}."]).format(v=vill(kim), s=a["site"])
        bye = R.choice(["Semoga bermanfaat, silakan dibagikan 🙏", "Mohon dibantu sebarkan.", "Admin KIM " + vill(kim)])
        add(kim, "facebook", f"{hi}\n\n{body}\n\n{bye}", t, "copy", [aid], key, shape=shape, ops=ops)
    elif shape == "tgfwd":
        src = "Info " + (REGION[a["region"]].replace("Kabupaten ", "").replace("Kota ", "") if a["region"] else "Kalsel")
        add(kim, "telegram", f"Forwarded from {src}\n{a['title'].upper()}\n\n{body}", t, "copy", [aid], key,
            shape=shape, ops=ops)
    else:
        add(kim, "instagram", f"{body}\n\n{hashtags_for(a, kim, R.randint(4, 6))}", t, "copy", [aid], key,
            shape=shape, ops=ops)


# ----- excerpt: 36, seven shapes
def paras(a):
    return a["text"].split("\n\n")


def cut(text, n):
    s = text[:n]
    s = s[:s.rfind(" ")].rstrip(",.;:– ")
    return s + "…"


EXC_SHAPES = ["tgtrunc", "fbmore", "iglead", "ytchap", "webquote", "fbintro", "frag"]
CHAPTERS = [["Pembuka", "Keterangan pejabat", "Suasana di lokasi", "Penutup"],
            ["Intro", "Isi berita", "Wawancara", "Info lanjutan"],
            ["Salam pembuka", "Rangkuman", "Kutipan", "Jadwal berikutnya", "Penutup"]]
tg_special = list(SPECIAL)
for i, aid in enumerate(sorted(A, key=lambda x: A[x]["title"])):
    a = A[aid]
    shape = EXC_SHAPES[i % 7]
    kim = pick_kim(a)
    if shape == "tgtrunc" and tg_special and (a["region"] is None or a["region"] in ("bjm", "hsu", "hst", "tbu")):
        kim = tg_special.pop(0)
    t = gold_time(a)
    p = paras(a)
    key = f"auto:excerpt:{aid}"
    if shape == "tgtrunc":
        text = cut(a["title"] + "\n" + p[0], R.randint(150, 220))
        add(kim, "telegram", text, t, "excerpt", [aid], key, shape=shape)
    elif shape == "fbmore":
        add(kim, "facebook", p[0] + R.choice([" ... Lihat selengkapnya", "... Lihat selengkapnya"]), t, "excerpt",
            [aid], key, shape=shape)
    elif shape == "iglead":
        add(kim, "instagram", f"{p[0]}\n.\n.\n{tags(kim, R.randint(3, 6))}", t, "excerpt", [aid], key, shape=shape)
    elif shape == "ytchap":
        ch = R.choice(CHAPTERS)
        secs = sorted(R.sample(range(20, 300), len(ch) - 1))
        lines = ["00:00 " + ch[0]] + [f"{s // 60:02d}:{s % 60:02d} {c}" for s, c in zip(secs, ch[1:])]
        add(kim, "youtube", p[0] + "\n\n" + "\n".join(lines), t, "excerpt", [aid], key,
            title="VIDEO | " + a["title"], shape=shape)
    elif shape == "webquote":
        intro = R.choice(["Kami kutip pernyataan pejabat terkait:", "Berikut petikan keterangan resminya.",
                          "Dari rilis resmi, ini bagian yang penting untuk warga:"])
        add(kim, "website", f"{R.choice(MENU)}\n\n{intro}\n\n{p[1]}\n\n(Selengkapnya di laman {a['site']})", t,
            "excerpt", [aid], key, title=a["title"], shape=shape)
    elif shape == "fbintro":
        intro = R.choice(["Info penting utk warga 👇", "Sekadar berbagi kabar:", "Kabar baik dari banua kita."])
        outro = R.choice(["", "\n\nSilakan share.", "\n\n#BeritaDesa"])
        add(kim, "facebook", f"{intro}\n\n{p[0]}\n\n{p[2]}{outro}", t, "excerpt", [aid], key, shape=shape)
    else:
        words = p[0].split()
        n = R.randint(12, 17)
        add(kim, "facebook", " ".join(words[:n]).rstrip(",.") + " …", t, "excerpt", [aid], key, shape=shape)


# ----- link: 40, five shapes, my own list of URL forms
def form_url(url, form, src):
    wp = SOURCES[src][2] in ("wp", "wpm")
    host = re.match(r"https://([^/]+)", url).group(1)
    rest = url[len("https://" + host):]
    toggled = rest[:-1] if rest.endswith("/") else rest + "/"
    if form == "exact":
        return url
    if form == "http":
        return "http://" + host + rest
    if form == "www":
        return "https://www." + host + rest
    if form == "mobile":
        return "https://m." + host + rest
    if form == "slash":
        return "https://" + host + toggled
    if form == "amp":
        return url + "amp/" if wp else url + "?utm_source=wa"
    if form == "utm":
        return url + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return url + "?fbclid=IwZXh0bgNhZW0CMTEAAR" + "".join(R.choice("abcdefghijkXYZ0123456789") for _ in range(14))
    if form == "utm+fbclid":
        return url + "?utm_source=fb&fbclid=IwAR" + "".join(R.choice("qrstuvw0123456789") for _ in range(12))
    if form == "http-m":
        return "http://m." + host + rest
    return "www." + host + rest  # no scheme


FORMS = ["exact", "http", "www", "mobile", "slash", "amp", "utm", "fbclid", "utm+fbclid", "http-m", "bare-www"]
COMMENTS = ["Baca nah dangsanak.", "Info lengkapnya di sini 👇", "Penting, mohon dibaca sampai habis.",
            "Yang tanya kemarin, ini beritanya.", "Mantap, banua kita!", "Silakan disimak.", "Bagikan ke grup keluarga ya.",
            "Kabar baik 👍", "Sumber resmi:", "Jangan sampai ketinggalan info ini.", "Cek link berikut.",
            "Ini dia rilis resminya.", "Untuk yang berminat:", "Alhamdulillah.", "Simak lengkapnya."]
LINK_SHAPES = ["fbshare", "fbcomment", "tglink", "ytdesc", "webmore"]
link_anns = sorted(A) + sorted(A, key=lambda x: A[x]["slug"])[:4]
for i, aid in enumerate(link_anns):
    a = A[aid]
    kim = pick_kim(a)
    shape = LINK_SHAPES[i % 5]
    form = FORMS[(i * 7) % len(FORMS)]
    u = form_url(a["url"], form, a["src"])
    t = gold_time(a)
    key = f"auto:link:{aid}" + ("" if i < 36 else ":2")
    com = R.choice(COMMENTS)
    if shape == "fbshare":
        host = re.sub(r"^https?://", "", a["url"]).split("/")[0].upper()
        add(kim, "facebook", f"{com}\n\n{host}\n{a['title']}", t, "link", [aid], key, links=[u], shape=shape, form=form)
    elif shape == "fbcomment":
        add(kim, "facebook", f"{com} {u}", t, "link", [aid], key, links=[u], shape=shape, form=form)
    elif shape == "tglink":
        add(kim, "telegram", f"{a['title']}\n{u}", t, "link", [aid], key, links=[u], shape=shape, form=form)
    elif shape == "ytdesc":
        add(kim, "youtube", f"Berita lengkap: {u}\n\nTonton dan bagikan. #KIM{vill(kim).replace(' ', '')}", t, "link",
            [aid], key, title="Info Banua: " + a["title"][:60], links=[u], shape=shape, form=form)
    else:
        add(kim, "website", f"{a['short']}\n\nBaca selengkapnya: {u}", t, "link", [aid], key,
            title=a["title"], links=[u], shape=shape, form=form)

# ----- summaries: short for all, long where written
for i, aid in enumerate(sorted(A, key=lambda x: A[x]["slug"][::-1])):
    a = A[aid]
    kim = pick_kim(a)
    t = gold_time(a)
    v = i % 4
    s = a["short"]
    if v == 0:
        add(kim, "facebook", s, t, "summary", [aid], f"anns.py:{aid}:S", shape="fb-short")
    elif v == 1:
        add(kim, "telegram", f"*INFO*\n{s}\n_Mohon disebarkan_", t, "summary", [aid], f"anns.py:{aid}:S", shape="wa-short")
    elif v == 2:
        add(kim, "instagram", f"{s}\n\n{tags(kim, 3)}", t, "summary", [aid], f"anns.py:{aid}:S", shape="ig-short")
    else:
        add(kim, "telegram", R.choice(["📌 ", "ℹ️ ", "", "Kabar: "]) + s, t, "summary", [aid], f"anns.py:{aid}:S",
            shape="tg-short")
long_ids = [x for x in sorted(A) if A[x]["long"]]
for i, aid in enumerate(long_ids):
    a = A[aid]
    kim = pick_kim(a)
    t = gold_time(a)
    v = i % 4
    L = a["long"]
    if v == 0:
        add(kim, "facebook", L, t, "summary", [aid], f"anns.py:{aid}:L", shape="fb-long")
    elif v == 1:
        add(kim, "instagram", f"{L}\n\n{tags(kim, 11)}", t, "summary", [aid], f"anns.py:{aid}:L", shape="ig-long")
    elif v == 2:
        add(kim, "website", f"{R.choice(MENU)}\n\n{L}\n\nDitulis oleh tim KIM {vill(kim)}.", t, "summary", [aid],
            f"anns.py:{aid}:L", title=R.choice(["Sekilas: ", "Ringkasan: ", ""]) + a["title"], shape="web-long")
    else:
        add(kim, "youtube", f"Liputan: {L}\n\n00:00 Pembuka\n00:35 Ringkasan\n02:10 Penutup", t, "summary", [aid],
            f"anns.py:{aid}:L", title="Liputan KIM " + vill(kim) + " | " + a["title"][:50], shape="yt-long")

# ----- paraphrases (Banjar and casual): special KIMs take the ones of their regions and some provincial ones
SPECIAL_OF = {"bjm": "kim-teluk-dalam", "hsu": "kim-babirik", "hst": "kim-pagat", "tbu": "kim-pejala"}
prov_to_special = {"a07": "kim-pagat", "a10": "kim-teluk-dalam", "a16": "kim-babirik", "a34": "kim-pejala",
                   "a22": "kim-pagat", "a05": "kim-babirik", "a28": "kim-teluk-dalam", "a13": "kim-pejala"}
for aid in sorted(A):
    a = A[aid]
    kim = SPECIAL_OF.get(a["region"]) or prov_to_special.get(aid) or pick_kim(a)
    t = gold_time(a)
    plat = R.choice(["facebook", "facebook", "facebook", "instagram", "telegram"])
    text = a["para"] + (f"\n\n{tags(kim, 3)}" if plat == "instagram" else "")
    add(kim, plat, text, t, "paraphrase", [aid], f"anns.py:{aid}:P", shape="banjar")
for j, (aid, text, hours) in enumerate(P2):
    a = A[aid]
    kim = SPECIAL_OF.get(a["region"]) or pick_kim(a)
    add(kim, R.choice(["facebook", "instagram"]), text, a["t"] + timedelta(hours=hours, minutes=R.randint(0, 50)),
        "paraphrase", [aid], f"extra.py:P2[{j}]", shape="short")

# ----- round-ups: 26, six layouts
LAYOUTS = ["pipe", "bullets", "numbered", "prose", "ytchap", "emoji"]


def item(a):
    v = R.random()
    if v < 0.35:
        return a["title"]
    if v < 0.55:
        return a["title"][0] + a["title"][1:].lower()
    return a["short"].rstrip(".")


rkims = SPECIAL * 3 + R.sample(NORMAL, 14)
R.shuffle(rkims)
for j in range(26):
    kim = rkims[j]
    for _ in range(200):
        day = datetime(2026, 11, 6) + timedelta(days=R.randint(0, 29), hours=R.randint(7, 21), minutes=R.randint(0, 59))
        ok = [x for x in sorted(A) if A[x]["t"] + timedelta(hours=2) <= day <= A[x]["t"] + timedelta(days=14)]
        if len(ok) >= 3:
            break
    k = 3 if j % 3 == 0 else 2
    mine = [x for x in ok if A[x]["region"] in (KIM[kim]["region"], None)]
    chosen = R.sample(mine, k) if len(mine) >= k else R.sample(ok, k)
    chosen.sort(key=lambda x: A[x]["t"])
    items = [(item(A[x]), True) for x in chosen]
    items += [(lc, False) for lc in R.sample(LOCAL, R.randint(0, 3))]
    R.shuffle(items)
    lay = LAYOUTS[j % 6]
    title = ""
    plat = "facebook"
    if lay == "pipe":
        text = "KILAS INFO | " + " | ".join(x for x, _ in items) + " |"
    elif lay == "bullets":
        text = f"Rangkuman info pekan ini dari KIM {vill(kim)}:\n" + "\n".join("• " + x for x, _ in items)
        plat = R.choice(["facebook", "instagram"])
    elif lay == "numbered":
        text = "Info sepekan:\n" + "\n".join(f"{n}. {x}" for n, (x, _) in enumerate(items, 1))
        plat = "telegram"
    elif lay == "prose":
        plat, title = "website", f"Kabar Sepekan KIM {vill(kim)} ({day.day}/{day.month})"
        bits = [x for x, _ in items]
        text = (R.choice(MENU) + "\n\nPekan ini ada beberapa kabar yang kami catat. Pertama, " + bits[0].rstrip(".")
                + ". " + " ".join(("Selain itu, " if n % 2 else "Kemudian, ") + (b[0].lower() if b[1:2].islower() else b[0]) + b[1:].rstrip(".") + "."
                                  for n, b in enumerate(bits[1:])) + " Demikian rangkuman dari admin.")
    elif lay == "ytchap":
        plat, title = "youtube", f"Rangkuman Berita Banua Pekan Ini – KIM {vill(kim)}"
        text = "Daftar isi:\n00:00 Pembuka\n" + "\n".join(f"{(n + 1) // 1:02d}:{(n * 17) % 60:02d} {x}"
                                                          for n, (x, _) in enumerate(items)) + "\nJangan lupa subscribe."
    else:
        text = "📰 KABAR SEPEKAN 📰\n\n" + "\n".join(R.choice(["🔹 ", "🔸 ", "✅ "]) + x for x, _ in items)
    add(kim, plat, text, day, "roundup", chosen, f"auto:roundup:{j}", title=title, shape=lay)

# ----- look-alikes
inactive_in = {KIM[k]["region"]: k for k in INACTIVE}


def neg_kim(region):
    if region in inactive_in and R.random() < 0.72:
        return inactive_in[region]
    if region:
        return R.choice([k for k in KIM if KIM[k]["region"] == region])
    if R.random() < 0.3:
        return R.choice(INACTIVE)
    return R.choice(list(KIM))


def shape_neg(kim, text):
    v = R.random()
    if v < 0.45:
        return "facebook", "", text
    if v < 0.6:
        return "telegram", "", text
    if v < 0.75:
        return "instagram", "", f"{text}\n\n{tags(kim, 3)}"
    if v < 0.9:
        return "website", text.split(".")[0][:70], f"{R.choice(MENU)}\n\n{text}"
    return "youtube", "Video: " + text.split(",")[0][:60], text


for aid in sorted(A):
    a = A[aid]
    for n, (reg, text, off, differs) in enumerate(a["looks"]):
        kim = neg_kim(reg)
        t = a["t"] + timedelta(days=off, minutes=R.randint(-90, 90))
        t = min(max(t, FIRST), LAST)
        plat, title, body = shape_neg(kim, text)
        add(kim, plat, body, t, "negative-topic", [], f"anns.py:{aid}:N[{n}]", title=title,
            imitates=[aid] + ALSO_IMITATES.get((aid, n), []),
            differs=differs)
for n, (reg, imit, text, when, differs) in enumerate(N2):
    kim = neg_kim(reg)
    plat, title, body = shape_neg(kim, text)
    add(kim, plat, body, t_of(when), "negative-topic", [], f"extra.py:N2[{n}]", title=title, imitates=imit,
        differs=differs)

# ----- before posts
for aid in sorted(A):
    a = A[aid]
    if not a["before"]:
        continue
    text, hours = a["before"]
    kim = neg_kim(a["region"]) if a["region"] else R.choice(NORMAL + INACTIVE)
    t = a["t"] - timedelta(hours=hours, minutes=R.randint(5, 50))
    add(kim, R.choice(["facebook", "facebook", "telegram"]), text, t, "before", [], f"anns.py:{aid}:B", before_limit=a["t"],
        imitates=[aid], differs="posted before the release, about the coming event; does not copy or report the release")
for n, (reg, aid, text, hours) in enumerate(B2):
    kim = neg_kim(reg)
    t = A[aid]["t"] - timedelta(hours=hours, minutes=R.randint(5, 50))
    add(kim, "facebook", text, t, "before", [], f"extra.py:B2[{n}]", imitates=[aid], before_limit=A[aid]["t"],
        differs="posted before the release (rumour/preparation), not an amplification")

# ----- unrelated
for n, (reg, text) in enumerate(U):
    kim = R.choice([k for k in KIM if KIM[k]["region"] == reg]) if reg else R.choice(list(KIM))
    t = FIRST + timedelta(minutes=R.randint(60, int((LAST - FIRST).total_seconds() // 60) - 60))
    plat = R.choice(["facebook", "facebook", "facebook", "telegram", "instagram"])
    add(kim, plat, text, t, "negative-unrelated", [], f"extra.py:U[{n}]")


# --------------------------------------------------------------------- write
def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + WITA


def post_url(kim, plat, n):
    h = kim[4:]
    if plat == "facebook":
        return f"https://www.facebook.com/kim.{h.replace('-', '')}/posts/{1000000 + n * 7919}"
    if plat == "telegram":
        return f"https://t.me/kim_{h.replace('-', '_')}/{200 + n}"
    if plat == "instagram":
        return "https://www.instagram.com/p/" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_")
                                                        for _ in range(11)) + "/"
    if plat == "youtube":
        return "https://www.youtube.com/watch?v=" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                                                            for _ in range(11))
    return f"https://kim{h.replace('-', '')}.desa.id/2026/{n % 12 + 1:02d}/kabar-{n}/"


URLRE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
ids = list(range(1, len(POSTS) + 1))
R.shuffle(ids)
for p, n in zip(POSTS, ids):
    p["id"] = f"h39-p{n:03d}"
POSTS.sort(key=lambda p: (p["t"], p["id"]))

with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for aid in sorted(A):
        a = A[aid]
        f.write(json.dumps({"id": "h39-" + aid, "source": a["src"], "url": a["url"], "title": a["title"],
                            "text": a["text"], "published_at": iso(a["t"])}, ensure_ascii=False) + "\n")

with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for s, r, d, v in KIMS:
        f.write(f"- id: kim-{s}\n  name: KIM {v}\n  region: {REGION[r]}\n  district: {d}\n  village: {v}\n")

keymap = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, \
        open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for n, p in enumerate(POSTS):
        links = list(p["links"])
        for u in URLRE.findall(p["title"] + "\n" + p["text"]):
            u = u.rstrip(".,;:!?")
            if u not in links:
                links.append(u)
        gold = ["h39-" + x for x in p["gold"]]
        fp.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"],
                             "url": post_url(p["kim"], p["platform"], n), "title": p["title"], "text": p["text"],
                             "published_at": iso(p["t"]), "links": links}, ensure_ascii=False) + "\n")
        fl.write(json.dumps({"post": p["id"], "announcements": gold, "style": p["style"]}, ensure_ascii=False) + "\n")
        entry = {"key": p["key"], "style": p["style"], "gold": gold}
        for k, v in p["meta"].items():
            entry[k] = ["h39-" + x for x in v] if k == "imitates" else v
        keymap[p["id"]] = entry
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(A)} announcements, {len(KIMS)} kims, {len(POSTS)} posts, "
      f"{sum(len(p['gold']) for p in POSTS)} gold pairs")
