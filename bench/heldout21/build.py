#!/usr/bin/env python3
"""Generator of heldout21 (deterministic, seed 2026120621). Reads anns.py and extra.py (hand-written),
writes announcements.jsonl, posts.jsonl, labels.jsonl, kims.yaml, keymap.json, roles.json."""
import json
import os
import random
import re
from datetime import datetime, timedelta

from anns import ANNS
from extra import BEF, NEG, NAMES, S2, TPL, UNREL

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2026120621)
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
WITA = "+08:00"

KAB = {"bjm": "Kota Banjarmasin", "bjb": "Kota Banjarbaru", "bjr": "Kabupaten Banjar", "tala": "Kabupaten Tanah Laut",
       "ktb": "Kabupaten Kotabaru", "tanbu": "Kabupaten Tanah Bumbu", "btl": "Kabupaten Barito Kuala",
       "tpn": "Kabupaten Tapin", "hss": "Kabupaten Hulu Sungai Selatan", "hst": "Kabupaten Hulu Sungai Tengah",
       "hsu": "Kabupaten Hulu Sungai Utara", "blg": "Kabupaten Balangan", "tbl": "Kabupaten Tabalong"}
KABNAME = {"bjm": "Banjarmasin", "bjb": "Banjarbaru", "bjr": "Banjar", "tala": "Tanah Laut", "ktb": "Kotabaru",
           "tanbu": "Tanah Bumbu", "btl": "Batola", "tpn": "Tapin", "hss": "HSS", "hst": "HST", "hsu": "HSU",
           "blg": "Balangan", "tbl": "Tabalong", "prov": "Kalsel"}
KIMS = [("bjm", "Banjarmasin Utara", "Sungai Andai"), ("bjm", "Banjarmasin Timur", "Pekapuran Raya"),
        ("bjm", "Banjarmasin Tengah", "Teluk Dalam"), ("bjm", "Banjarmasin Selatan", "Kelayan Dalam"),
        ("bjb", "Banjarbaru Selatan", "Sungai Besar"), ("bjb", "Banjarbaru Utara", "Komet"),
        ("bjb", "Cempaka", "Bangkal"), ("bjb", "Landasan Ulin", "Syamsudin Noor"),
        ("bjr", "Martapura Timur", "Tambak Anyar"), ("bjr", "Aranio", "Aranio"), ("bjr", "Karang Intan", "Kiram"),
        ("tala", "Jorong", "Swarangan"), ("tala", "Panyipatan", "Batakan"), ("tala", "Kurau", "Tambak Sarinah"),
        ("ktb", "Pulau Laut Utara", "Stagen"), ("ktb", "Pulau Laut Utara", "Hilir Muara"),
        ("ktb", "Pulau Sebuku", "Sungai Bali"), ("tanbu", "Simpang Empat", "Kampung Baru"),
        ("tanbu", "Kusan Hilir", "Kota Pagatan"), ("tanbu", "Sungai Loban", "Sungai Loban"),
        ("btl", "Mandastana", "Karang Bunga"), ("btl", "Belawang", "Belawang"), ("btl", "Alalak", "Berangas Timur"),
        ("tpn", "Tapin Utara", "Rantau Kiwa"), ("tpn", "Bakarangan", "Bakarangan"),
        ("tpn", "Candi Laras Selatan", "Margasari Ilir"), ("hss", "Kandangan", "Kandangan Kota"),
        ("hss", "Loksado", "Loksado"), ("hss", "Sungai Raya", "Hamalau"), ("hst", "Barabai", "Barabai Darat"),
        ("hst", "Hantakan", "Hantakan"), ("hst", "Batang Alai Selatan", "Birayang"),
        ("hsu", "Sungai Tabukan", "Alabio"), ("hsu", "Amuntai Tengah", "Sungai Malang"),
        ("hsu", "Danau Panggang", "Danau Panggang"), ("blg", "Paringin", "Paringin Kota"), ("blg", "Juai", "Juai"),
        ("blg", "Halong", "Halong"), ("tbl", "Jaro", "Jaro"), ("tbl", "Murung Pudak", "Mabuun")]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


KIM = [dict(id="kim-" + slug(v), name="KIM " + v, kab=k, region=KAB[k], district=d, village=v) for k, d, v in KIMS]
KID = {k["id"]: k for k in KIM}
INACTIVE = ["kim-sungai-andai", "kim-hamalau", "kim-bakarangan", "kim-swarangan", "kim-juai", "kim-berangas-timur"]
SPECIAL = ["kim-alabio", "kim-hantakan", "kim-stagen", "kim-kota-pagatan"]
NORMAL = [k["id"] for k in KIM if k["id"] not in INACTIVE + SPECIAL]

# ---------------------------------------------------------------- announcements
WP = {"distanbun-kalsel": "distanbun.kalselprov.go.id", "dkp-kalsel": "dkp.kalselprov.go.id",
      "dishut-kalsel": "dishut.kalselprov.go.id", "bksda-kalsel": "bksdakalsel.menlhk.go.id",
      "dishub-kalsel": "dishub.kalselprov.go.id", "bpbd-kalsel": "bpbd.kalselprov.go.id",
      "dlh-kalsel": "dlh.kalselprov.go.id", "disdag-kalsel": "disdag.kalselprov.go.id",
      "dispar-kalsel": "dispar.kalselprov.go.id", "pemkot-banjarbaru": "banjarbarukota.go.id",
      "pemkab-banjar": "banjarkab.go.id", "pemkab-hst": "hstkab.go.id", "pemkab-tabalong": "tabalongkab.go.id"}
BERITA = {"pemprov-kalsel": "kalselprov.go.id", "pemkab-tanah-laut": "tanahlautkab.go.id",
          "pemkab-tapin": "tapinkab.go.id", "pemkab-hsu": "hsu.go.id"}
DETAIL = {"pemkab-batola": "baritokualakab.go.id", "pemkab-balangan": "balangankab.go.id"}
NUM = {"pemkab-kotabaru": "kotabarukab.go.id", "pemkab-tanbu": "tanahbumbukab.go.id"}
HTML = {"pemkot-banjarmasin": "banjarmasinkota.go.id", "pemkab-hss": "hulusungaiselatankab.go.id"}
SITENAME = {"pemprov-kalsel": "KALSELPROV.GO.ID", "pemkot-banjarmasin": "BANJARMASINKOTA.GO.ID"}


def wdate(m):
    d = datetime.strptime(m.group(2), "%Y-%m-%d")
    if m.group(1) == "W":
        return f"{HARI[d.weekday()]} ({d.day}/{d.month}/{d.year})"
    return f"{d.day} {BULAN[d.month]} {d.year}"


def render(s):
    return re.sub(r"\{([WD]):(\d{4}-\d\d-\d\d)\}", wdate, s)


def ann_url(a, i):
    at = datetime.strptime(a["at"], "%Y-%m-%d %H:%M")
    sl = slug(a["title"])[:80].strip("-")
    src = a["src"]
    if src in WP:
        return f"https://{WP[src]}/{at:%Y/%m/%d}/{sl}/", True
    if src in BERITA:
        return f"https://{BERITA[src]}/berita/{sl}", False
    if src in DETAIL:
        return f"https://{DETAIL[src]}/berita/detail/{sl}", False
    if src in NUM:
        return f"https://{NUM[src]}/berita/{4100 + i * 7}/{sl}", False
    return f"https://{HTML[src]}/{at:%Y/%m}/{sl}.html", False


A = []
for i, a in enumerate(ANNS):
    aid = f"h21-a{i + 1:02d}"
    url, wp = ann_url(a, i)
    paras = [f"{a['city']} – {render(a['lead'])}", f"“{a['q']},” kata {a['who']}.", f"{render(a['bg'])} {a['tag']}"]
    at = datetime.strptime(a["at"], "%Y-%m-%d %H:%M")
    A.append(dict(id=aid, src=a["src"], url=url, wp=wp, title=a["title"], paras=paras, at=at, kab=a["kab"], d=a))

# ---------------------------------------------------------------- text habits
NUMW = {2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan", 9: "sembilan", 10: "sepuluh",
        11: "sebelas", 12: "dua belas", 14: "empat belas", 15: "lima belas", 16: "enam belas", 20: "dua puluh",
        24: "dua puluh empat", 25: "dua puluh lima", 30: "tiga puluh", 38: "tiga puluh delapan", 40: "empat puluh",
        45: "empat puluh lima", 60: "enam puluh", 80: "delapan puluh", 90: "sembilan puluh", 120: "seratus dua puluh",
        150: "seratus lima puluh", 300: "tiga ratus", 400: "empat ratus", 600: "enam ratus"}
ABBR = [(" yang ", " yg "), (" dengan ", " dgn "), (" untuk ", " utk "), (" tidak ", " tdk "), ("Kabupaten ", "Kab. "),
        ("Kecamatan ", "Kec. "), (" dan ", " & "), (" sudah ", " sdh "), (" kepada ", " kpd ")]


def op_numwords(t):
    def rep(m):
        n = int(m.group(1))
        return NUMW[n] + m.group(2) if n in NUMW else m.group(0)
    return re.sub(r"(?<![\d.,/])(\d{1,3})( (?:unit|kelompok|ekor|petani|pelajar|titik|desa|ton|pemandu|motoris|bus|anak|sekolah|keramba|hektare|kendaraan|penumpang|SK|embung|paket))", rep, t, count=2)


def op_abbr(t):
    for a, b in R.sample(ABBR, 4):
        t = t.replace(a, b)
    return t


def op_typo(t):
    words = t.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha()]
    for i in R.sample(idx, min(len(idx), R.randint(1, 3))):
        w = words[i]
        j = R.randint(1, len(w) - 3)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def op_quotes(t):
    return t.replace("“", '"').replace("”", '"').replace("–", "-")


def op_reldate(t, when):
    def rep(m):
        d = datetime(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        diff = (d.date() - when.date()).days
        if diff == 0:
            return f"hari ini ({d.day}/{d.month})"
        if diff == -1:
            return "kemarin"
        if diff == 1:
            return "besok"
        if -7 < diff < 0:
            return f"{m.group(1)} lalu ({d.day}/{d.month})"
        if 0 < diff < 7:
            return f"{m.group(1)} ini ({d.day}/{d.month})"
        return f"tgl {d.day}/{d.month}"
    return re.sub(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)/(\d+)/(\d{4})\)", rep, t)


def op_dateline(t, kim):
    city, rest = t.split(" – ", 1)
    form = R.choice([f"{city.title()} (KIM) - ", f"(KIM {KID[kim]['village']}) – ", f"{city}, KIM – "])
    return form + rest


def op_droptag(t):
    return re.sub(r"\s*\([a-z0-9-]+/[a-z]+\)\s*$", "", t)


# ---------------------------------------------------------------- platform shapes
GREET = ["Assalamualaikum warga 🙏", "Good morning all 🌞", "Hello guys 👋", "Bismillah.", "Selamat siang dangsanak semua",
         "📢 *INFO* 📢", "Salam KIM 🙌", "Pian sudah tahu?"]
OUTRO = ["Jazakumullah khairan 🙏", "Thank you 🙏", "Semoga bermanfaat.", "Mohon dibagikan 🙏", "Salam dari admin KIM.",
         "Tabe 🙏", "#InfoKIM"]
WAHEAD = ["↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇", "Dari grup WA RT 👇",
          "📢 *INFO RESMI* 📢"]
MENUS = ["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda » Kabar Desa",
         "MENU: Beranda · Profil Desa · Berita · Layanan"]
LOCAL_TITLES = ["Gotong Royong Bersihkan Langgar", "Posyandu Balita Bulan Ini", "Rapat Karang Taruna",
                "Jadwal Yasinan RT", "Lomba Kebersihan Gang", "Pelatihan Kader PKK"]


def caps_title(t):
    return t.upper()


def tags(a, n=None):
    h = a["d"]["h"].split()
    if n:
        extra = ["#InfoKIM", "#KalimantanSelatan", "#Banua", "#KIMKalsel", "#Kalsel", "#InfoWarga", "#BeritaDaerah",
                 "#BanuaKita", "#Indonesia", "#KabarBanua", "#Viral", "#Fyp", "#Update", "#Warga", "#Desa"]
        h = h + [x for x in extra if x not in h][: max(0, n - len(h))]
    return " ".join(h)


def shape(kind, kim, body, a=None, title="", when=None, ann_title=None):
    """Return (platform, title, text) for a shape."""
    k = KID[kim]
    if kind == "fb":
        parts = []
        if R.random() < 0.6:
            parts.append(R.choice(GREET))
        parts.append(body)
        if R.random() < 0.5:
            parts.append(R.choice(OUTRO))
        return "facebook", "", "\n\n".join(parts)
    if kind == "wa":
        head = R.choice(WAHEAD)
        tl = f"*{title}*\n\n" if title else ""
        return R.choice(["facebook", "telegram"]), "", f"{head}\n{tl}{body}\n\n_Mohon disebarkan_"
    if kind == "tg":
        src = f"Forwarded from Info {KABNAME[k['kab']]}\n" if R.random() < 0.5 else ""
        tl = f"{title}\n\n" if title else ""
        return "telegram", "", f"{src}{tl}{body}"
    if kind == "ig":
        tl = f"{caps_title(title)}\n\n" if title else ""
        h = tags(a, R.randint(3, 6)) if a else "#InfoKIM #Kalsel"
        mid = "✅ " + body if R.random() < 0.5 else body
        tail = "\n\nInfo lengkap link di bio." if R.random() < 0.3 else ""
        return "instagram", "", f"{tl}{mid}{tail}\n\n{h}"
    if kind == "ighash":
        tl = f"{caps_title(title)}\n\n" if title else ""
        return "instagram", "", f"{tl}{body}\n\n{tags(a, R.randint(11, 17))}"
    if kind == "yt":
        t = R.choice(["VIDEO | ", "Liputan: ", "LIVE | ", ""]) + (title or first_sentence(body))
        ch = f"00:00 Pembuka\n00:{R.randint(10, 40)} Liputan\n0{R.randint(1, 3)}:{R.randint(10, 59)} Penutup"
        desc = f"{body}\n\n{ch}\n\nKamera: Tim KIM {k['village']}\nJangan lupa subscribe & share 🙏"
        return "youtube", t, desc
    if kind == "web":
        t = title or first_sentence(body)
        bj = R.choice(LOCAL_TITLES)
        txt = (f"{R.choice(MENUS)}\n\nOleh Admin KIM {k['village']} · {R.randint(0, 6)} Komentar\n\n{body}\n\n"
               f"Baca juga: {bj}\n\nBagikan: Facebook Twitter WhatsApp Telegram")
        return "website", t, txt
    raise ValueError(kind)


# ---------------------------------------------------------------- post accumulation
POSTS = []  # dicts: kim, platform, title, text, at, links, style, gold, key, extra


def add(kim, plat, title, text, at, links, style, gold, key, **kw):
    POSTS.append(dict(kim=kim, platform=plat, title=title, text=text, at=at, links=links, style=style, gold=gold,
                      key=key, kw=kw))


def kims_of(kab, pool):
    c = [k for k in pool if KID[k]["kab"] == kab]
    return c or pool


def pick_kim(a, pool=None):
    pool = pool or NORMAL
    if a["kab"] == "prov":
        return R.choice(pool)
    return R.choice(kims_of(a["kab"], pool))


def delay(lo, hi):
    """Hours, skewed short."""
    x = R.random() ** 2.2
    return lo + (hi - lo) * x


def jitter(t):
    return t.replace(second=R.randint(0, 59)) + timedelta(minutes=R.randint(0, 9))


def first_sentence(t):
    return re.split(r"(?<!\d)\.\s|\.$|\n", t.strip())[0].rstrip(".")[:80]


def fulltext(a):
    return "\n\n".join(a["paras"])


# ---- copy (35)
copy_ids = [a for a in A][:]
R.shuffle(copy_ids)
copy_anns = copy_ids[:35]
copy_shapes = ["wa"] * 9 + ["web"] * 7 + ["fb"] * 7 + ["ig"] * 6 + ["tg"] * 6
R.shuffle(copy_shapes)
OPS = ["quotes", "numwords", "reldate", "droptag", "dateline", "abbr", "collapse", "typo"]
for a, sh in zip(copy_anns, copy_shapes):
    kim = pick_kim(a)
    at = jitter(a["at"] + timedelta(hours=delay(0.25, 200)))
    ops = R.sample(OPS, R.randint(1, 3))
    paras = list(a["paras"])
    t = "\n\n".join(paras)
    if "dateline" in ops:
        t = op_dateline(t, kim)
    if "reldate" in ops:
        t = op_reldate(t, at)
    if "numwords" in ops:
        t = op_numwords(t)
    if "abbr" in ops:
        t = op_abbr(t)
    if "typo" in ops:
        t = op_typo(t)
    if "quotes" in ops:
        t = op_quotes(t)
    if "droptag" in ops:
        t = op_droptag(t)
    if "collapse" in ops:
        t = t.replace("\n\n", " ")
    links = []
    if sh == "web":
        src = R.choice(["url", "bare", "rilis"])
        if src == "url":
            t += f"\n\nSumber: {a['url']}"
            links.append(a["url"])
        elif src == "bare":
            t += "\n\nSumber: " + re.sub(r"https://([^/]+)/.*", r"\1", a["url"])
        else:
            t += f"\n\nSumber: rilis resmi {a['src']}"
    plat, title, text = shape(sh, kim, t, a, a["title"], at)
    add(kim, plat, title, text, at, links, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=sh, ops=ops)

# ---- excerpt (35)
ex_pool = A[:]
R.shuffle(ex_pool)
special_tg = {"kim-alabio": 42, "kim-hantakan": 30, "kim-stagen": 15, "kim-kota-pagatan": 21}
ex_specs = [(A[i], "tgtrunc", k) for k, i in special_tg.items()]
rest = [a for a in ex_pool if a["id"] not in {A[i]["id"] for i in special_tg.values()}]
kinds = ["tgtrunc"] * 5 + ["short"] * 6 + ["iglead"] * 5 + ["fbcut"] * 5 + ["ytlead"] * 4 + ["quote"] * 3 + ["weblead"] * 3
for a, kd in zip(rest, kinds):
    ex_specs.append((a, kd, None))
for a, kd, kim in ex_specs:
    kim = kim or pick_kim(a)
    at = jitter(a["at"] + timedelta(hours=delay(0.3, 150)))
    lead = a["paras"][0]
    if kd == "tgtrunc":
        full = a["title"] + "\n\n" + lead + " " + a["paras"][1]
        cut = R.randint(185, 215)
        text = full[:cut].rstrip() + "…"
        plat, title = "telegram", ""
        if R.random() < 0.5:
            text = f"Forwarded from Info {KABNAME[a['kab']]}\n" + text
    elif kd == "short":
        first = lead.split(" – ", 1)[1]
        words = first.split()
        n = R.randint(12, 18)
        body = " ".join(words[:n]).rstrip(",") + " …"
        plat, title, text = shape(R.choice(["fb", "tg"]), kim, body)
    elif kd == "iglead":
        plat, title, text = shape("ig", kim, lead, a, a["title"])
    elif kd == "fbcut":
        body = (lead + "\n\n" + a["paras"][1])[: R.randint(220, 300)].rstrip() + "... Lihat selengkapnya"
        plat, title, text = "facebook", "", body
    elif kd == "ytlead":
        plat, title, text = shape("yt", kim, lead, a, a["title"])
        title = re.sub(r"^(VIDEO \| |Liputan: |LIVE \| )?", "", title)
        title = a["title"]
    elif kd == "quote":
        intro = R.choice(["Pesan dari pejabat kita:", "Kata beliau 👇", "Kutipan hari ini:"])
        plat, title, text = shape("fb", kim, intro + "\n\n" + a["paras"][1])
    else:
        plat, title, text = shape("web", kim, lead, a, a["title"])
    add(kim, plat, title, text, at, [], "excerpt", [a["id"]], f"auto:excerpt:{a['id']}", shape=kd)

# ---- link (40)
FORMS = (["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4
         + ["fbclid"] * 4 + ["utm+fbclid"] * 2 + ["http-m"] * 2 + ["www-noscheme"] * 2 + ["sid"] * 2 + ["onlylinks"] * 2)
link_anns = A[:] + R.sample(A, 40 - len(A)) if len(A) < 40 else R.sample(A, 40)
R.shuffle(FORMS)
COMMENTS = ["Info penting 👇", "Baca selengkapnya:", "Silakan dibaca dangsanak", "Kabar terbaru dari pemerintah 👇",
            "Mohon disimak", "Berita resmi:", "Share ya 🙏", "Ini beritanya:", "Update hari ini",
            "Buat yang tanya kemarin, ini rilisnya:"]


def form_url(a, f):
    u = a["url"]
    if f == "exact":
        return u
    if f == "http":
        return u.replace("https://", "http://")
    if f == "www":
        return u.replace("https://", "https://www.")
    if f == "m":
        return u.replace("https://", "https://m.")
    if f == "slash":
        return u[:-1] if u.endswith("/") else u + "/"
    if f == "amp":
        return u + "amp/" if a["wp"] else u + "?utm_source=wa"
    if f == "utm":
        return u + "?utm_source=facebook&utm_medium=social"
    if f == "fbclid":
        return u + "?fbclid=IwAR0" + "".join(R.choice("abcdefXYZ123") for _ in range(18))
    if f == "utm+fbclid":
        return u + "?utm_source=fb&fbclid=IwAR1" + "".join(R.choice("ghijkQRS456") for _ in range(16))
    if f == "http-m":
        return u.replace("https://", "http://m.")
    if f == "www-noscheme":
        return u.replace("https://", "www.")
    return u


for a, f in zip(link_anns, FORMS):
    kim = pick_kim(a)
    at = jitter(a["at"] + timedelta(hours=delay(0.25, 120)))
    c = R.choice(COMMENTS)
    sh = R.choice(["fbshare", "fbshare", "tg", "web", "yt"])
    preview = f"{SITENAME.get(a['src'], a['url'].split('/')[2].upper())}\n{a['title']}\n{first_sentence(a['paras'][0])}."
    if f == "sid":
        short = "https://s.id/" + "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
        plat, title, text = "facebook", "", f"{c}\n{short}\n\n{preview}"
        links = [short, a["url"]]
    elif f == "onlylinks":
        plat, title, text = "facebook", "", f"{c}\n\n{preview}"
        links = [a["url"]]
    else:
        u = form_url(a, f)
        links = [u]
        if sh == "fbshare":
            plat, title = "facebook", ""
            text = f"{c}\n{u}" + (f"\n\n{preview}" if R.random() < 0.6 else "")
        elif sh == "tg":
            plat, title, text = "telegram", "", f"{a['title']}\n{u}"
        elif sh == "web":
            plat, title, text = shape("web", kim, f"{first_sentence(a['paras'][0])}.\n\nSelengkapnya: {u}", a, a["title"])
        else:
            plat, title, text = shape("yt", kim, f"{a['title']}\n\nBaca berita lengkapnya: {u}", a, a["title"])
    add(kim, plat, title, text, at, links, "link", [a["id"]], f"auto:link:{a['id']}", form=f)

# ---- summaries (s1 for all, s2, extra S2)
sum_shapes = ["wa"] * 15 + ["tg"] * 13 + ["fb"] * 11 + ["yt"] * 7 + ["ig"] * 3 + ["ighash"] * 4 + ["web"] * 2
R.shuffle(sum_shapes)
special_sum = {19: "kim-alabio", 11: "kim-stagen"}  # hashtag-heavy captions
# make sure the two special ones use ighash
specs = []
for i, a in enumerate(A):
    specs.append((a, a["d"]["s1"], "s1", special_sum.get(i)))
for i, a in enumerate(A):
    if a["d"].get("s2"):
        specs.append((a, a["d"]["s2"], "s2", a["d"].get("s2h")))
for i, hrs, txt in S2:
    specs.append((A[i - 1], txt, "S2", hrs))
hashi = [j for j, s in enumerate(sum_shapes) if s == "ighash"]
for n, (a, txt, key, kim) in enumerate(specs):
    hrs = kim if isinstance(kim, int) else None
    kim = None if hrs is not None else kim
    sh = sum_shapes[n % len(sum_shapes)]
    if kim:
        sh = "ighash"
    elif sh == "ighash" and n >= 50:
        sh = "ig"
    kim = kim or pick_kim(a)
    if key == "s1":
        at = jitter(a["at"] + timedelta(hours=delay(0.4, 60)))
    elif hrs is not None:
        at = jitter(a["at"] + timedelta(hours=hrs))
    else:
        at = jitter(a["at"] + timedelta(hours=70 + R.random() * 220))
    # relative-date wording for s2 must make sense: keep text as written
    ttl = a["title"] if sh in ("yt", "web") and R.random() < 0.5 else ""
    plat, title, text = shape(sh, kim, render(txt), a, ttl)
    add(kim, plat, title, text, at, [], "summary", [a["id"]], f"anns.py:a{A.index(a) + 1:02d}:{key}" if key != "S2" else f"extra.py:S2:a{A.index(a) + 1:02d}", shape=sh)

# ---- paraphrases
special_para = {19: "kim-alabio", 43: "kim-alabio", 8: "kim-hantakan", 31: "kim-hantakan", 16: "kim-stagen",
                22: "kim-stagen", 17: "kim-kota-pagatan", 14: "kim-kota-pagatan"}
skip_para = {3, 26, 38}
par_shapes = ["fb"] * 24 + ["tg"] * 11 + ["ig"] * 4 + ["wa"] * 3
R.shuffle(par_shapes)
n = 0
for i, a in enumerate(A):
    if i in skip_para:
        continue
    kim = special_para.get(i) or pick_kim(a, NORMAL + [s for s in SPECIAL if s not in special_para.values()])
    at = jitter(a["at"] + timedelta(hours=delay(0.5, 110)))
    sh = par_shapes[n % len(par_shapes)]
    n += 1
    plat, title, text = shape(sh, kim, a["d"]["p"], a)
    add(kim, plat, title, text, at, [], "paraphrase", [a["id"]], f"anns.py:a{i + 1:02d}:p", shape=sh)

# ---- round-ups (26: 8 with three, 18 with two)
LOCAL = ["Gotong royong bersih langgar Minggu pagi", "Posyandu balita tanggal 15 di balai desa",
         "Jadwal yasinan RT pindah ke malam Jumat", "Lomba kebersihan gang dinilai pekan depan",
         "Karang taruna rapat persiapan HUT RI", "Pengajian bulanan di masjid jami"]
LAYOUTS = ["bullets", "numbered", "kilas", "paren", "chapters", "prose", "igkabar", "wa"]
RU = []
ru_kims = [k for k in SPECIAL for _ in range(2)] + [R.choice(NORMAL) for _ in range(18)]
sizes = [3] * 8 + [2] * 18
R.shuffle(sizes)
for j, (kim, size) in enumerate(zip(ru_kims, sizes)):
    kab = KID[kim]["kab"]
    for _ in range(200):
        T = datetime(2026, 5, 8) + timedelta(hours=R.randint(0, 24 * 32))
        cand = [a for a in A if timedelta(hours=12) <= T - a["at"] <= timedelta(days=13)]
        own = [a for a in cand if a["kab"] == kab]
        prov = [a for a in cand if a["kab"] == "prov"]
        other = [a for a in cand if a not in own and a not in prov]
        pool = own + prov
        if len(pool) < size:
            pool = pool + other
        if len(pool) >= size and (own or kim not in SPECIAL):
            break
    pool = own[:1] + R.sample([a for a in pool if a not in own[:1]], size - len(own[:1]))
    chosen = sorted(pool, key=lambda a: a["at"])
    items = [a["d"]["it"] for a in chosen]
    local = R.sample(LOCAL, R.choice([0, 1, 1, 2])) if j % 2 == 0 else []
    allitems = items + local
    R.shuffle(allitems)
    lay = LAYOUTS[j % len(LAYOUTS)]
    head = R.choice(["Rangkuman info pekan ini", "KABAR SEPEKAN", "Info singkat minggu ini", "Ringkasan berita"])
    if lay == "bullets":
        b = R.choice(["🔹", "•", "-", "✅", "👉"])
        body = head + ":\n" + "\n".join(f"{b} {x}" for x in allitems)
        plat, title, text = shape("fb", kim, body)
    elif lay == "numbered":
        body = head + "\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(allitems))
        plat, title, text = shape("tg", kim, body)
    elif lay == "kilas":
        plat, title, text = "facebook", "", "KILAS INFO | " + " | ".join(allitems) + " |"
    elif lay == "paren":
        plat, title, text = "telegram", "", head + ": " + " ".join(f"({i + 1}) {x}." for i, x in enumerate(allitems))
    elif lay == "chapters":
        ch = "\n".join(f"{i:02d}:{R.randint(10, 59):02d} {x}" for i, x in enumerate(allitems))
        plat = "youtube"
        title = f"KABAR BANUA PEKAN INI | KIM {KID[kim]['village']}"
        text = f"Rangkuman kabar sepekan.\n\n{ch}\n\nJangan lupa subscribe 🙏"
    elif lay == "prose":
        body = "Pekan ini ada beberapa kabar. " + " Selain itu, ".join(x[0].lower() + x[1:] + "." for x in allitems)
        plat, title, text = shape("web", kim, body, None, f"Kabar Sepekan dari KIM {KID[kim]['village']}")
    elif lay == "igkabar":
        body = "🗞️ KABAR SINGKAT\n\n" + "\n".join(f"▪️ {x}" for x in allitems)
        plat, title, text = "instagram", "", body + "\n\n#KabarSingkat #InfoKIM #Kalsel"
    else:
        body = "*INFO SEPEKAN*\n" + "\n".join(f"{i + 1}) {x}" for i, x in enumerate(allitems))
        plat, title, text = shape("wa", kim, body)
    add(kim, plat, title, text, jitter(T), [], "roundup", [a["id"] for a in chosen], f"auto:roundup:{j}",
        layout=lay, local=len(local))

# ---- negatives from anns.py
NEG_SHAPES = ["fb", "fb", "fb", "tg", "ig", "wa", "web", "yt"]


def neg_kim(kab, text):
    for k in INACTIVE:
        if KID[k]["village"] in text:
            return k
    pool = [k["id"] for k in KIM if k["kab"] == kab]
    inact = [k for k in pool if k in INACTIVE]
    if inact and R.random() < 0.4:
        return inact[0]
    return R.choice(pool)


def neg_time(a, hours):
    if hours < -1000:
        hours = R.randint(-200, 300)
    t = a["at"] + timedelta(hours=hours + R.random())
    return jitter(t)


for i, a in enumerate(A):
    for m, (differs, hours, kab, text) in enumerate(a["d"]["n"]):
        kim = neg_kim(kab, text)
        sh = R.choice(NEG_SHAPES)
        plat, title, txt = shape(sh, kim, text, a if sh in ("ig", "ighash") else None,
                                 first_sentence(text) if sh in ("web", "yt") else "")
        add(kim, plat, title, txt, neg_time(a, hours), [], "negative-topic", [], f"anns.py:a{i + 1:02d}:n{m}",
            imitates=[a["id"]], differs=differs, shape=sh)
    if a["d"].get("b"):
        hours, kab, text = a["d"]["b"]
        kim = neg_kim(kab, text)
        sh = R.choice(["fb", "tg", "wa", "ig"])
        plat, title, txt = shape(sh, kim, text, a if sh == "ig" else None)
        add(kim, plat, title, txt, jitter(a["at"] - timedelta(hours=hours + 0.5)), [], "before", [],
            f"anns.py:a{i + 1:02d}:b", imitates=[a["id"]], differs="posted before the release, same event", shape=sh)

for m, row in enumerate(NEG):
    ai, differs, hours, kab, text = row[:5]
    a = A[ai - 1]
    links = re.findall(r"https?://\S+", text) if len(row) > 5 else []
    kim = neg_kim(kab, text)
    sh = R.choice(["fb", "tg", "wa"]) if links else R.choice(NEG_SHAPES)
    plat, title, txt = shape(sh, kim, text, a if sh == "ig" else None,
                             first_sentence(text) if sh in ("web", "yt") else "")
    add(kim, plat, title, txt, neg_time(a, hours), links, "negative-topic", [], f"extra.py:NEG{m}", imitates=[a["id"]],
        differs=differs, shape=sh)
for m, (ai, differs, hours, kab, text) in enumerate(BEF):
    a = A[ai - 1]
    kim = neg_kim(kab, text)
    sh = R.choice(["fb", "tg", "wa"])
    plat, title, txt = shape(sh, kim, text)
    add(kim, plat, title, txt, jitter(a["at"] - timedelta(hours=hours + 0.5)), [], "before", [], f"extra.py:BEF{m}",
        imitates=[a["id"]], differs=differs, shape=sh)

# ---- unrelated
for m, (kab, text) in enumerate(UNREL):
    kim = R.choice([k["id"] for k in KIM if k["kab"] == kab])
    sh = R.choice(["fb", "fb", "tg", "ig", "wa"])
    plat, title, txt = shape(sh, kim, text)
    t = jitter(datetime(2026, 5, 1, 7) + timedelta(hours=R.randint(0, 24 * 44)))
    add(kim, plat, title, txt, t, [], "negative-unrelated", [], f"extra.py:UNREL{m}", shape=sh)
for m in range(30):
    tpl = TPL[m % len(TPL)]
    text = tpl.format(n=R.randint(1, 24), nm=R.choice(NAMES), k=f"{R.randint(9, 12)}.{R.randint(1, 9)}00",
                      k2=R.choice([10, 15, 20, 25]))
    kim = R.choice([k["id"] for k in KIM])
    plat, title, txt = shape(R.choice(["fb", "tg"]), kim, text)
    t = jitter(datetime(2026, 5, 1, 7) + timedelta(hours=R.randint(0, 24 * 44)))
    add(kim, plat, title, txt, t, [], "negative-unrelated", [], f"build.py:TPL{m}", shape="fb/tg")

# ---------------------------------------------------------------- post URLs, order, ids
POSTS.sort(key=lambda p: (p["at"], p["key"]))
ids = list(range(1, len(POSTS) + 1))
R.shuffle(ids)
for p, n in zip(POSTS, ids):
    p["id"] = f"h21-p{n:03d}"
    h = p["kim"][4:]
    if p["platform"] == "facebook":
        p["url"] = f"https://www.facebook.com/kim.{h}/posts/{R.randint(10**14, 10**15)}"
    elif p["platform"] == "instagram":
        p["url"] = "https://www.instagram.com/p/" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijk0123456789_") for _ in range(11)) + "/"
    elif p["platform"] == "telegram":
        p["url"] = f"https://t.me/kim_{h.replace('-', '_')}/{R.randint(100, 4000)}"
    elif p["platform"] == "youtube":
        p["url"] = "https://www.youtube.com/watch?v=" + "".join(R.choice("ABCDEFGHabcdefgh0123456789-_") for _ in range(11))
    else:
        p["url"] = f"https://kim{h.replace('-', '')}.desa.id/{p['at']:%Y/%m}/{slug(p['title'])[:60]}/"
    # every URL written in the title/text is in links
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", p["title"] + "\n" + p["text"]):
        u = u.rstrip(".,;:!?")
        if u not in p["links"]:
            p["links"].append(u)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + WITA


def w(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


w("announcements.jsonl", [dict(id=a["id"], source=a["src"], url=a["url"], title=a["title"], text=fulltext(a),
                               published_at=iso(a["at"])) for a in A])
w("posts.jsonl", [dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=p["url"], title=p["title"],
                       text=p["text"], published_at=iso(p["at"]), links=p["links"]) for p in POSTS])
w("labels.jsonl", [dict(post=p["id"], announcements=p["gold"], style=p["style"]) for p in POSTS])
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIM:
        f.write(f"- id: {k['id']}\n  name: {k['name']}\n  region: {k['region']}\n  district: {k['district']}\n"
                f"  village: {k['village']}\n")
km = {}
for p in POSTS:
    e = dict(line=p["key"], style=p["style"], gold=p["gold"])
    e.update(p["kw"])
    km[p["id"]] = e
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(km, f, ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(HERE, "roles.json"), "w", encoding="utf-8") as f:
    json.dump(dict(inactive=INACTIVE, special=SPECIAL), f, indent=1)
print("posts", len(POSTS))
