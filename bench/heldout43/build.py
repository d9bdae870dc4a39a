#!/usr/bin/env python3
"""Generator of heldout43 (emergency services). Deterministic: python3 build.py rewrites
announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json."""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

from anns_a import ANNS_A
from anns_b import ANNS_B
from extra import BEFORE, LOCAL, PARA_EXTRA, UNRELATED

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120743
WITA = timezone(timedelta(hours=8))
START = datetime(2026, 10, 20, 7, 0, tzinfo=WITA)
END = datetime(2026, 12, 5, 21, 30, tzinfo=WITA)
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# ---------------------------------------------------------------- KIM registry
# (slug, region, district, village, role)   role: n = normal, x = inactive, s = special
KIMS = [
    ("basirih", "Kota Banjarmasin", "Banjarmasin Barat", "Basirih", "x"),
    ("sungai-miai", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Miai", "n"),
    ("kelayan-timur", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Timur", "n"),
    ("teluk-dalam", "Kota Banjarmasin", "Banjarmasin Tengah", "Teluk Dalam", "n"),
    ("guntung-payung", "Kota Banjarbaru", "Landasan Ulin", "Guntung Payung", "n"),
    ("sungai-besar", "Kota Banjarbaru", "Banjarbaru Selatan", "Sungai Besar", "n"),
    ("bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal", "x"),
    ("jawa-martapura", "Kabupaten Banjar", "Martapura", "Jawa", "n"),
    ("kiram", "Kabupaten Banjar", "Karang Intan", "Kiram", "n"),
    ("aluh-aluh-besar", "Kabupaten Banjar", "Aluh-Aluh", "Aluh-Aluh Besar", "n"),
    ("takisung", "Kabupaten Tanah Laut", "Takisung", "Takisung", "n"),
    ("batakan", "Kabupaten Tanah Laut", "Panyipatan", "Batakan", "x"),
    ("bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati", "n"),
    ("binuang", "Kabupaten Tapin", "Binuang", "Binuang", "n"),
    ("margasari", "Kabupaten Tapin", "Candi Laras Selatan", "Margasari Ilir", "n"),
    ("tambarangan", "Kabupaten Tapin", "Tapin Tengah", "Tambarangan", "n"),
    ("kandangan-kota", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Kota", "n"),
    ("loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado", "s"),
    ("bayanan", "Kabupaten Hulu Sungai Selatan", "Daha Selatan", "Bayanan", "n"),
    ("barabai-darat", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Darat", "n"),
    ("pagat", "Kabupaten Hulu Sungai Tengah", "Batu Benawa", "Pagat", "x"),
    ("birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang", "n"),
    ("alabio", "Kabupaten Hulu Sungai Utara", "Sungai Tabukan", "Alabio", "n"),
    ("danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang", "s"),
    ("palampitan-hulu", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Palampitan Hulu", "n"),
    ("paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota", "n"),
    ("halong", "Kabupaten Balangan", "Halong", "Halong", "n"),
    ("juai", "Kabupaten Balangan", "Juai", "Juai", "s"),
    ("pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan", "n"),
    ("tanjung", "Kabupaten Tabalong", "Tanjung", "Tanjung", "n"),
    ("kelua", "Kabupaten Tabalong", "Kelua", "Pulau", "x"),
    ("marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", "n"),
    ("kuripan", "Kabupaten Barito Kuala", "Kuripan", "Kuripan", "n"),
    ("jejangkit-muara", "Kabupaten Barito Kuala", "Jejangkit", "Jejangkit Muara", "n"),
    ("pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Kota Pagatan", "n"),
    ("batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin", "n"),
    ("sungai-loban", "Kabupaten Tanah Bumbu", "Sungai Loban", "Sungai Loban", "n"),
    ("semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap", "n"),
    ("stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen", "x"),
    ("sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali", "s"),
]
INACTIVE = ["kim-" + k[0] for k in KIMS if k[4] == "x"]
SPECIAL = ["kim-" + k[0] for k in KIMS if k[4] == "s"]
REGION = {"kim-" + k[0]: k[1] for k in KIMS}
ROLE = {"kim-" + k[0]: k[4] for k in KIMS}
VILLAGE = {"kim-" + k[0]: k[3] for k in KIMS}
SHORT_REGION = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
                "Kabupaten Tanah Laut": "Tanah Laut", "Kabupaten Tapin": "Tapin",
                "Kabupaten Hulu Sungai Selatan": "HSS", "Kabupaten Hulu Sungai Tengah": "HST",
                "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Balangan": "Balangan",
                "Kabupaten Tabalong": "Tabalong", "Kabupaten Barito Kuala": "Batola",
                "Kabupaten Tanah Bumbu": "Tanbu", "Kabupaten Kotabaru": "Kotabaru"}

# ---------------------------------------------------------------- sources and their URL shapes
SOURCES = {  # source: (site name, host, shape)
    "pemkot-banjarmasin": ("Pemerintah Kota Banjarmasin", "banjarmasinkota.go.id", "ym"),
    "pemkot-banjarbaru": ("Pemkot Banjarbaru", "banjarbarukota.go.id", "wp"),
    "pemkab-hsu": ("Pemkab Hulu Sungai Utara", "hulusungaiutarakab.go.id", "numdash"),
    "basarnas-banjarmasin": ("Kantor SAR Banjarmasin", "sarbanjarmasin.basarnas.go.id", "artikel"),
    "pemkab-batola": ("Pemkab Barito Kuala", "baritokualakab.go.id", "detail"),
    "pemkab-kotabaru": ("Pemkab Kotabaru", "kotabarukab.go.id", "num"),
    "pemkab-tanbu": ("Pemkab Tanah Bumbu", "tanahbumbukab.go.id", "wpm"),
    "pemkab-tanah-laut": ("Pemkab Tanah Laut", "tanahlautkab.go.id", "berita"),
    "dispora-kalsel": ("Dispora Kalsel", "dispora.kalselprov.go.id", "wp"),
    "pemkab-banjar": ("Pemkab Banjar", "banjarkab.go.id", "berita"),
    "pemkab-tabalong": ("Pemkab Tabalong", "tabalongkab.go.id", "idx"),
    "pemprov-kalsel": ("Pemprov Kalsel", "kalselprov.go.id", "berita"),
    "pemkab-hss": ("Pemkab Hulu Sungai Selatan", "hulusungaiselatankab.go.id", "news"),
    "pemkab-balangan": ("Pemkab Balangan", "balangankab.go.id", "detail"),
    "pemkab-tapin": ("Pemkab Tapin", "tapinkab.go.id", "ym"),
    "bpbd-kalsel": ("BPBD Kalsel", "bpbd.kalselprov.go.id", "wp"),
    "pemkab-hst": ("Pemkab Hulu Sungai Tengah", "hulusungaitengahkab.go.id", "berita"),
    "diskominfo-kalsel": ("Diskominfo Kalsel", "diskominfo.kalselprov.go.id", "wp"),
}
WORDPRESS = {"wp", "wpm"}


def slugify(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return "-".join(s.split("-")[:9])


def article_url(src, title, when, num):
    _, host, shape = SOURCES[src]
    slug = slugify(title)
    y, m, d = when.year, f"{when.month:02d}", f"{when.day:02d}"
    return {
        "ym": f"https://{host}/berita/{y}/{m}/{slug}",
        "wp": f"https://{host}/{y}/{m}/{d}/{slug}/",
        "wpm": f"https://{host}/{y}/{m}/{slug}/",
        "numdash": f"https://{host}/berita/{num}-{slug}",
        "artikel": f"https://{host}/artikel/{slug}",
        "detail": f"https://{host}/berita/detail/{slug}",
        "num": f"https://{host}/berita/{num}/{slug}",
        "berita": f"https://{host}/berita/{slug}",
        "idx": f"https://{host}/index.php/berita/{num}/{slug}",
        "news": f"https://{host}/news/{slug}.html",
    }[shape]


def weekday_date(m):
    d, mo = int(m.group(1)), int(m.group(2))
    return f"{HARI[datetime(2026, mo, d).weekday()]} ({d}/{mo}/2026)"


def curly(text):
    out, open_ = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if open_ else "\u201d")
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out)


def iso(t):
    return t.isoformat(timespec="seconds")


def main():
    rng = random.Random(SEED)
    raw = ANNS_A + ANNS_B
    anns, meta = [], {}
    for i, a in enumerate(raw):
        when = datetime.strptime("2026-" + a["at"], "%Y-%m-%d %H:%M").replace(tzinfo=WITA)
        text = curly(re.sub(r"\[\[(\d+)/(\d+)\]\]", weekday_date, a["text"]))
        url = article_url(a["src"], a["title"], when, 4100 + i * 7 + rng.randrange(5))
        aid = "h43-" + a["id"]
        anns.append({"id": aid, "source": a["src"], "url": url, "title": a["title"], "text": text,
                     "published_at": iso(when)})
        meta[aid] = dict(a, aid=aid, when=when, text=text, url=url)
    anns.sort(key=lambda x: x["published_at"])

    kim_ids = ["kim-" + k[0] for k in KIMS]
    normal = [k for k in kim_ids if ROLE[k] == "n"]
    handles = {k: k.replace("kim-", "kim.").replace("-", "") for k in kim_ids}

    posts = []  # dicts with internal fields: kim, platform, title, text, links, t, style, gold, key, extra keymap

    def region_kims(region, roles="n"):
        return [k for k in kim_ids if REGION[k] == region and ROLE[k] in roles]

    def pick_normal(a):
        pool = region_kims(a["region"]) if a["region"] != "prov" else normal
        if not pool:
            pool = normal
        # provincial releases also travel to other kabupaten
        if a["region"] != "prov" and rng.random() < 0.15:
            pool = normal
        return rng.choice(pool)

    def delay(a, lo_min=15):
        r = rng.random()
        if r < 0.22:
            d = timedelta(minutes=rng.randint(lo_min, 180))
        elif r < 0.58:
            d = timedelta(minutes=rng.randint(180, 1440))
        elif r < 0.85:
            d = timedelta(minutes=rng.randint(1440, 4320))
        else:
            d = timedelta(minutes=rng.randint(4320, 12 * 1440))
        t = a["when"] + d
        if t > END:
            t = a["when"] + timedelta(minutes=rng.randint(lo_min, int((END - a["when"]).total_seconds() // 60)))
        return t + timedelta(seconds=rng.randint(0, 59))

    def add(kim, platform, text, t, style, gold, key, title="", links=None, **km):
        urls = re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text)
        lk = [u.rstrip(".,;:!?") for u in urls]
        for u in links or []:
            if u not in lk:
                lk.append(u)
        posts.append(dict(kim=kim, platform=platform, title=title, text=text, links=lk, t=t, style=style,
                          gold=gold, key=key, km=km))

    def headline(text, n=9):
        words = re.sub(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", "", text).split()
        return " ".join(words[:n]).rstrip(".,:;!?") + ("…" if len(words) > n else "")

    ids = [m["aid"] for m in (meta[a["id"]] for a in anns)]
    order = ids[:]
    src_short = {s: v[0] for s, v in SOURCES.items()}

    # ------------------------------------------------------------ copies (30)
    copy_anns = rng.sample(ids, 30)
    copy_shapes = ["wa", "web", "fbgreet", "tgfwd", "ig"] * 6
    rng.shuffle(copy_shapes)
    for aid, shape in zip(copy_anns, copy_shapes):
        a = meta[aid]
        text, ops = a["text"], []
        for op in rng.sample(["dash", "straight", "typo", "collapse", "dropTag", "abbr"], rng.randint(0, 3)):
            ops.append(op)
            if op == "dash":
                text = text.replace("\u2013", "-")
            elif op == "straight":
                text = text.replace("\u201c", '"').replace("\u201d", '"')
            elif op == "typo":
                words = text.split(" ")
                cands = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha()]
                i = rng.choice(cands)
                w = words[i]
                j = rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                text = " ".join(words)
            elif op == "collapse":
                text = text.replace("\n\n", " ")
            elif op == "dropTag":
                text = re.sub(r"\s*\([^()]*\)\s*$", "", text)
            elif op == "abbr":
                text = re.sub(r"\byang\b", "yg", text)
                text = re.sub(r"\bdengan\b", "dgn", text)
                text = re.sub(r"\buntuk\b", "utk", text)
        kim = pick_normal(a)
        place = SHORT_REGION[REGION[kim]]
        title, platform = "", "facebook"
        if shape == "wa":
            platform = rng.choice(["facebook", "telegram"])
            head = rng.choice(["*BERITA PENTING*", "\U0001F4E2 *INFO RESMI* \U0001F4E2", "*MOHON DIBACA*"])
            tail = rng.choice([f"_Diteruskan dari grup Info Kecamatan {place}_", "_Sumber: " + src_short[a["src"]] + "_",
                               "\u21AA\uFE0F Diteruskan dari grup Relawan " + place])
            text = f"{head}\n\n*{a['title']}*\n\n{text}\n\n{tail}"
        elif shape == "web":
            platform, title = "website", a["title"]
            text = (f"Ditulis oleh Admin KIM {VILLAGE[kim]} | Kategori: Info Publik\n\n"
                    f"{text}\n\nSumber: {a['url']}\n\nBagikan: Facebook · WhatsApp · Telegram")
        elif shape == "fbgreet":
            text = (rng.choice(["Assalamualaikum warga, ada info dari ", "Selamat pagi dangsanak, berikut kabar dari ",
                                "Info untuk warga, dari "]) + src_short[a["src"]] + ":\n\n" + text + "\n\n"
                    + rng.choice(["Semoga bermanfaat \U0001F64F", "Silakan dibagikan.", "Mohon disebarkan ke keluarga."]))
        elif shape == "tgfwd":
            platform = "telegram"
            text = f"Forwarded from Info {SHORT_REGION.get(a['region'], 'Kalsel')}\n{a['title'].upper()}\n\n{text}"
        elif shape == "ig":
            platform = "instagram"
            tags = rng.sample(["#kimkalsel", "#infopublik", "#damkar", "#siagabencana", "#banua", "#kalsel",
                               "#basarnas", "#keselamatan", "#" + place.lower().replace(" ", "")], rng.randint(4, 6))
            text = text + "\n\n" + " ".join(tags)
        add(kim, platform, text, delay(a), "copy", [aid], f"auto:copy:{a['id']}", title, shape=shape, ops=ops)

    # ------------------------------------------------------------ excerpts (34)
    exc_anns = rng.sample(ids, 34)
    exc_shapes = (["tgtrunc"] * 6 + ["fbmore"] * 5 + ["iglead"] * 5 + ["yt"] * 5 + ["webquote"] * 5
                  + ["fbintro"] * 4 + ["fragment"] * 4)
    rng.shuffle(exc_shapes)
    special_trunc = {"kim-danau-panggang": "Kabupaten Hulu Sungai Utara", "kim-juai": "Kabupaten Balangan"}
    for aid, shape in zip(exc_anns, exc_shapes):
        a = meta[aid]
        paras = a["text"].split("\n\n")
        kim = pick_normal(a)
        title, platform = "", "facebook"
        if shape == "tgtrunc":
            platform = "telegram"
            for sk, reg in special_trunc.items():
                if a["region"] == reg and not any(p["kim"] == sk and p["km"].get("shape") == "tgtrunc" for p in posts):
                    kim = sk
            n = rng.randint(150, 220)
            cut = a["text"][:n].rsplit(" ", 1)[0].rstrip(",.;:")
            text = f"{a['title']}\n\n{cut}\u2026"
        elif shape == "fbmore":
            text = paras[0] + "\n... Lihat selengkapnya"
        elif shape == "iglead":
            platform = "instagram"
            text = paras[0] + "\n\n" + " ".join(rng.sample(["#kimkalsel", "#infodaerah", "#damkar", "#sar", "#siaga",
                                                          "#banua", "#kalimantanselatan"], 4))
        elif shape == "yt":
            platform = "youtube"
            title = "VIDEO | " + a["title"]
            text = (paras[0] + "\n\n" + "00:00 Pembuka\n00:41 " + headline(paras[1], 5)
                    + "\n02:10 Wawancara\n03:35 Penutup")
        elif shape == "webquote":
            platform, title = "website", a["title"]
            text = "Dikutip dari rilis " + src_short[a["src"]] + ":\n\n" + paras[1] + "\n\nKategori: Berita Daerah"
        elif shape == "fbintro":
            text = rng.choice(["Info penting buat warga \U0001F447", "Kabar terbaru, simak ya:", "Dari rilis resmi hari ini:"]) \
                + "\n\n" + paras[0] + "\n\n" + paras[1]
        elif shape == "fragment":
            platform = rng.choice(["facebook", "telegram"])
            text = " ".join(paras[0].split()[: rng.randint(12, 17)]).rstrip(",.;:") + "\u2026"
        add(kim, platform, text, delay(a), "excerpt", [aid], f"auto:excerpt:{a['id']}", title, shape=shape)

    # ------------------------------------------------------------ links (36)
    link_anns = rng.sample(ids, 36)
    forms = ["exact", "http", "www", "m", "slash", "ampOrWa", "utm", "fbclid", "utmfbclid", "httpm", "wwwbare", "exact"] * 3
    rng.shuffle(forms)
    link_shapes = ["fbshare"] * 8 + ["fbcomment"] * 7 + ["tg"] * 8 + ["ytdesc"] * 6 + ["web"] * 7
    rng.shuffle(link_shapes)
    comments = ["Penting dibaca \U0001F447", "Info dari pemerintah, silakan dibaca.", "Mohon perhatian warga.",
                "Semoga bermanfaat.", "Baca dulu sebelum komentar ya.", "Share ke grup keluarga \U0001F64F",
                "Ini dia kabarnya.", "Untuk yang tadi bertanya, ini beritanya.", "Info terbaru.",
                "Simak selengkapnya.", "Silakan dibaca lengkapnya.", "Catat baik-baik ya dangsanak."]
    for aid, form, shape in zip(link_anns, forms, link_shapes):
        a = meta[aid]
        u = a["url"]
        wp = SOURCES[a["src"]][2] in WORDPRESS
        if form == "http":
            u = u.replace("https://", "http://")
        elif form == "www":
            u = u.replace("https://", "https://www.")
        elif form == "m":
            u = u.replace("https://", "https://m.")
        elif form == "slash":
            u = u[:-1] if u.endswith("/") else u + "/"
        elif form == "ampOrWa":
            u = u + "amp/" if wp else u + "?utm_source=wa"
            form = "amp" if wp else "utm_wa"
        elif form == "utm":
            u = u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
        elif form == "fbclid":
            u = u + "?fbclid=IwAR" + "".join(rng.choice("abcdefghijkLMNOP0123456789") for _ in range(20))
        elif form == "utmfbclid":
            u = u + "?utm_source=fb&fbclid=IwZX" + "".join(rng.choice("qrstuvWXYZ0123456789") for _ in range(18))
        elif form == "httpm":
            u = u.replace("https://", "http://m.")
        elif form == "wwwbare":
            u = u.replace("https://", "www.")
        kim = pick_normal(a)
        title, platform, links = "", "facebook", None
        c = rng.choice(comments)
        if shape == "fbshare":
            if form == "wwwbare":
                u = "https://" + u
                form = "www"
            text = c + "\n\n" + SOURCES[a["src"]][1].upper() + "\n" + a["title"]
            links = [u]
        elif shape == "fbcomment":
            text = c + "\n" + u
        elif shape == "tg":
            platform = "telegram"
            text = a["title"] + "\n" + u
        elif shape == "ytdesc":
            platform = "youtube"
            title = rng.choice(["Kabar Banua: ", "Info Pekan Ini | ", "Warta KIM - "]) + a["title"]
            text = "Liputan singkat KIM tentang kabar ini. " + c + "\n\nSelengkapnya: " + u
        else:
            platform, title = "website", a["title"]
            text = "Ringkasan dari admin: " + headline(a["short"], 14) + "\n\nBaca selengkapnya: " + u
        add(kim, platform, text, delay(a), "link", [aid], f"auto:link:{a['id']}", title, links, shape=shape, form=form)

    # ------------------------------------------------------------ summaries (42 short + 18 long)
    long_ids = [i for i in ids if meta[i]["long"]]
    rng.shuffle(long_ids)
    long_ids = set(long_ids[:18])
    for aid in ids:
        a = meta[aid]
        kim = pick_normal(a)
        shape = rng.choice(["fb", "fb", "tg", "wa", "ig"])
        platform = {"fb": "facebook", "tg": "telegram", "wa": rng.choice(["facebook", "telegram"]), "ig": "instagram"}[shape]
        text = a["short"]
        if shape == "wa":
            text = "*INFO*\n" + text + "\n_Mohon disebarkan_"
        elif shape == "ig":
            text = text + "\n\n#kimkalsel #infowarga #" + SHORT_REGION.get(a["region"], "Kalsel").lower().replace(" ", "")
        add(kim, platform, text, delay(a), "summary", [aid], f"anns:{a['id']}:short", shape=shape)
        if aid in long_ids:
            kim = pick_normal(a)
            shape = rng.choice(["fb", "web", "yt", "ig"])
            title, platform, text = "", "facebook", a["long"]
            if shape == "web":
                platform, title = "website", headline(a["long"], 8).rstrip("…")
            elif shape == "yt":
                platform, title = "youtube", "Liputan: " + a["title"]
                text = a["long"] + "\n\n00:00 Intro\n00:30 Liputan\n02:45 Penutup"
            elif shape == "ig":
                platform = "instagram"
                text = a["long"] + "\n\n" + " ".join(["#kimkalsel", "#infopublik", "#kalsel", "#banua", "#damkar",
                                                      "#siagabencana", "#sar", "#keselamatan", "#warga", "#beritadaerah",
                                                      "#kalimantanselatan"])
            add(kim, platform, text, delay(a), "summary", [aid], f"anns:{a['id']}:long", title, shape="long-" + shape)

    # ------------------------------------------------------------ paraphrases (42 + 2)
    special_by_region = {REGION[k]: k for k in SPECIAL}
    sb_used = 0
    for aid in ids:
        a = meta[aid]
        kim = special_by_region.get(a["region"]) or pick_normal(a)
        if a["region"] == "prov" and sb_used < 2 and rng.random() < 0.5:
            kim, sb_used = "kim-sungai-bali", sb_used + 1
        platform = rng.choice(["facebook", "facebook", "instagram", "telegram"])
        add(kim, platform, a["para"], delay(a), "paraphrase", [aid], f"anns:{a['id']}:para")
    for raw_id, text in PARA_EXTRA:
        a = meta["h43-" + raw_id]
        add(pick_normal(a), "instagram", text, delay(a), "paraphrase", [a["aid"]], f"extra:para:{raw_id}")

    # ------------------------------------------------------------ round-ups (26)
    layouts = ["kilas", "bullets", "numbered", "prose", "ytchap", "koran"]
    by_time = sorted(ids, key=lambda i: meta[i]["when"])
    ru_kims = normal + SPECIAL * 3
    sizes = [3] * 8 + [2] * 18
    rng.shuffle(sizes)
    for n, size in enumerate(sizes):
        for _ in range(200):
            t = START + timedelta(days=13) + timedelta(minutes=rng.randint(0, int((END - START).total_seconds() // 60) - 13 * 1440))
            recent = [i for i in by_time if timedelta(hours=3) <= t - meta[i]["when"] <= timedelta(days=9)]
            if len(recent) >= size:
                break
        chosen = sorted(rng.sample(recent, size), key=lambda i: meta[i]["when"])
        items = []
        for i in chosen:
            a = meta[i]
            items.append(rng.choice([a["title"], a["title"][0] + a["title"][1:].lower(), a["short"]]))
        nlocal = rng.choice([0, 1, 1, 2])
        locs = rng.sample(LOCAL, nlocal)
        allitems = items + locs
        rng.shuffle(allitems)
        lay = layouts[n % len(layouts)]
        kim = ru_kims[n % len(ru_kims)] if n < len(ru_kims) else rng.choice(normal)
        if n < 8:
            kim = SPECIAL[n % 4]
        title, platform = "", "facebook"
        if lay == "kilas":
            text = "KILAS INFO PEKAN INI \u25B6 " + " \u25B6 ".join(allitems)
        elif lay == "bullets":
            platform = "instagram"
            text = "Rangkuman kabar minggu ini:\n" + "\n".join("\u25AA\uFE0F " + x for x in allitems) + "\n\n#rangkuman #kimkalsel"
        elif lay == "numbered":
            platform = "telegram"
            text = "Kabar sepekan untuk warga:\n" + "\n".join(f"{k + 1}) {x}" for k, x in enumerate(allitems))
        elif lay == "prose":
            platform, title = "website", "Rangkuman Berita Sepekan"
            text = "Dalam sepekan terakhir ada beberapa kabar penting. " + " Selain itu, ".join(
                x.rstrip(".") + "." for x in allitems) + " Demikian rangkuman admin."
        elif lay == "ytchap":
            platform, title = "youtube", "Warta Sepekan KIM #" + str(n + 11)
            text = "Warta sepekan:\n" + "\n".join(f"0{k}:{rng.randint(10, 59)} {x}" for k, x in enumerate(allitems))
        else:
            text = "\U0001F4F0 RANGKUMAN KORAN WARGA \U0001F4F0\n\n" + "\n\n".join("\u2705 " + x for x in allitems)
        add(kim, platform, text, t, "roundup", chosen, f"auto:roundup:{n + 1}", title, shape=lay)

    # ------------------------------------------------------------ look-alikes (negative-topic)
    looks = []
    for aid in ids:
        a = meta[aid]
        for j, (off, text, differs) in enumerate(a["look"]):
            looks.append((aid, j, off, text, differs))
    inactive_quota = {k: 0 for k in INACTIVE}
    old_trap = 0
    for aid, j, off, text, differs in looks:
        a = meta[aid]
        pool_in = [k for k in INACTIVE if REGION[k] == a["region"] and inactive_quota[k] < 6]
        if pool_in and rng.random() < 0.8:
            kim = rng.choice(pool_in)
        elif a["region"] == "prov":
            under = [k for k in INACTIVE if inactive_quota[k] < 4]
            kim = rng.choice(under) if under and rng.random() < 0.5 else rng.choice(kim_ids)
        else:
            kim = rng.choice(region_kims(a["region"], "nxs"))
        if kim in inactive_quota:
            inactive_quota[kim] += 1
        t = a["when"] + timedelta(days=off, minutes=rng.randint(-300, 300))
        if off > 0 and t <= a["when"]:
            t = a["when"] + timedelta(hours=2)
        t = min(max(t, START + timedelta(minutes=rng.randint(0, 600))), END - timedelta(minutes=rng.randint(0, 900)))
        platform = rng.choice(["facebook"] * 5 + ["telegram"] * 2 + ["instagram"] * 2 + ["website", "youtube"])
        title, links = "", None
        body = text
        if platform == "website":
            title = headline(text, 8)
        elif platform == "youtube":
            title = headline(text, 7) + " | KIM " + SHORT_REGION[REGION[kim]]
        if off <= -200 and old_trap < 6:
            old = article_url(a["src"], "2025 " + a["title"], a["when"] - timedelta(days=365), 2900 + old_trap)
            body = text + "\nArsip berita: " + old
            old_trap += 1
        elif rng.random() < 0.1:
            body = "Diteruskan dari grup warga:\n" + text
        add(kim, platform, body, t, "negative-topic", [], f"anns:{a['id']}:look{j + 1}", title, links,
            imitates=[aid], differs=differs)

    # ------------------------------------------------------------ before posts
    befores = [(a["aid"], a["before"][0], a["before"][1], a["before"][2]) for a in (meta[i] for i in ids) if a["before"]]
    befores += [("h43-" + r, h, tx, df) for r, h, tx, df in BEFORE]
    for aid, hours, text, differs in befores:
        a = meta[aid]
        t = a["when"] - timedelta(hours=hours, minutes=rng.randint(0, 40))
        pool = [k for k in kim_ids if REGION[k] == a["region"]] if a["region"] != "prov" else kim_ids
        kim = rng.choice(pool)
        platform = rng.choice(["facebook", "facebook", "telegram", "instagram"])
        add(kim, platform, text, t, "before", [], f"before:{a['id']}", imitates=[aid], differs=differs)

    # ------------------------------------------------------------ unrelated
    for n, (region, text) in enumerate(UNRELATED):
        pool = [k for k in kim_ids if REGION[k] == region] if region else kim_ids
        kim = rng.choice(pool)
        t = START + timedelta(minutes=rng.randint(0, int((END - START).total_seconds() // 60)))
        platform = rng.choice(["facebook"] * 4 + ["telegram", "instagram", "website", "youtube"])
        title = ""
        if platform == "website":
            title = headline(text, 7)
        elif platform == "youtube":
            title = headline(text, 6) + " | Kabar Kampung"
        add(kim, platform, text, t, "negative-unrelated", [], f"extra:U{n + 1}", title)

    # ------------------------------------------------------------ ids, URLs, output
    posts.sort(key=lambda p: (p["t"], p["key"]))
    perm = list(range(1, len(posts) + 1))
    random.Random(SEED + 1).shuffle(perm)
    counter = {}
    out_posts, labels, keymap = [], [], {}
    for p, num in zip(posts, perm):
        pid = f"h43-p{num:03d}"
        k, h = p["kim"], handles[p["kim"]]
        counter[k] = counter.get(k, 0) + 1
        c = counter[k]
        if p["platform"] == "facebook":
            url = f"https://www.facebook.com/{h}/posts/{1000 + 37 * num + c}"
        elif p["platform"] == "telegram":
            url = f"https://t.me/{h}/{200 + c * 3}"
        elif p["platform"] == "instagram":
            url = "https://www.instagram.com/p/" + "".join(random.Random(num).choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_") for _ in range(11)) + "/"
        elif p["platform"] == "website":
            url = f"https://{k}.web.id/{p['t'].year}/{p['t'].month:02d}/" + slugify(p["title"] or p["text"][:60])
        else:
            url = "https://www.youtube.com/watch?v=" + "".join(random.Random(num * 7).choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(11))
        out_posts.append({"id": pid, "kim": k, "platform": p["platform"], "url": url, "title": p["title"],
                          "text": p["text"], "published_at": iso(p["t"]), "links": p["links"]})
        labels.append({"post": pid, "announcements": p["gold"], "style": p["style"]})
        keymap[pid] = {"key": p["key"], "style": p["style"], "gold": p["gold"], **p["km"]}

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("announcements.jsonl", anns)
    dump("posts.jsonl", out_posts)
    dump("labels.jsonl", labels)
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
        f.write("kims:\n")
        for slug, region, district, village, _ in KIMS:
            f.write(f"- id: kim-{slug}\n  name: KIM {village}\n  region: {region}\n  district: {district}\n  village: {village}\n")
    print(f"{len(anns)} announcements, {len(out_posts)} posts")


if __name__ == "__main__":
    main()
