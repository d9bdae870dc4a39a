#!/usr/bin/env python3
"""Generator of heldout53 (housing, settlements, sanitation). Deterministic: fixed seed, no clock.

Reads the hand-written releases and posts (anns_a/b/c.py, extra.py, kims_data.py), derives copy, excerpt and link
posts from the releases by seeded transformations, assembles round-ups, shapes every post for its platform, and writes
announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl and keymap.json.
"""
import hashlib
import json
import os
import random
import re
from datetime import datetime, timedelta

import anns_a
import anns_b
import anns_c
import extra
from kims_data import INACTIVE, KIMS, REGION, SOURCES, SPECIAL, TAGS

SEED = 5302611
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = "+08:00"
START = datetime(2026, 10, 20, 6, 0)
END = datetime(2026, 12, 5, 21, 30)
R = random.Random(SEED)

ANNS = anns_a.A + anns_b.A + anns_c.A
BY_ID = {a["id"]: a for a in ANNS}
KIM_REGION = {k[0]: k[1] for k in KIMS}
REGULAR = [k[0] for k in KIMS if k[0] not in INACTIVE and k[0] not in SPECIAL]


def when(a):
    md, hm = a["t"].split()
    return datetime.strptime(f"2026-{md} {hm}", "%Y-%m-%d %H:%M")


def region_of(a):
    return SOURCES[a["src"]][0]


def stamp(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + TZ


def hid(*parts, n=10, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    h = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


# ---------------------------------------------------------------- announcements
def ann_url(a):
    pat = SOURCES[a["src"]][2]
    t = when(a)
    num = 3000 + int(hashlib.md5(a["id"].encode()).hexdigest()[:4], 16) % 5000
    return pat.format(y=t.year, m=f"{t.month:02d}", d=f"{t.day:02d}", slug=a["slug"], num=num)


for a in ANNS:
    a["url"] = ann_url(a)
    a["when"] = when(a)


# ---------------------------------------------------------------- KIM handles and post URLs
def handle(kim):
    return kim.replace("kim-", "kim").replace("-", "")


def post_url(kim, platform, title, dt, key):
    h = handle(kim)
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/pfbid0{hid(key, n=22)}"
    if platform == "telegram":
        return f"https://t.me/info{h}/{100 + int(hashlib.md5(key.encode()).hexdigest()[:5], 16) % 2900}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{hid(key, n=11, alphabet='ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_')}/"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={hid(key, n=11, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}"
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70].rstrip("-")
    return f"https://{h}.desa.id/{dt.year}/{dt.month:02d}/{slug}/"


# ---------------------------------------------------------------- delays and picking KIMs
def gold_time(a, rng, lo_min=15):
    r = rng.random()
    if r < 0.22:
        mins = rng.randint(lo_min, 180)
    elif r < 0.55:
        mins = rng.randint(180, 24 * 60)
    elif r < 0.85:
        mins = rng.randint(24 * 60, 4 * 24 * 60)
    else:
        mins = rng.randint(4 * 24 * 60, 12 * 24 * 60)
    t = a["when"] + timedelta(minutes=mins)
    if t > END:
        t = END - timedelta(minutes=rng.randint(0, 600))
    if t.hour < 6 and t + timedelta(hours=6) <= END and t + timedelta(hours=6) - a["when"] < timedelta(days=19):
        t += timedelta(hours=6)  # KIM admins post in the daytime
    if t < a["when"] + timedelta(minutes=lo_min):
        t = a["when"] + timedelta(minutes=lo_min + rng.randint(0, 30))
    return t.replace(second=rng.randint(0, 59))


def pick_kim(rng, region, pool):
    cands = [k for k in pool if region == "prov" or KIM_REGION[k] == region]
    return rng.choice(cands or pool)


# ---------------------------------------------------------------- copy habits
ABBR = [("yang", "yg"), ("dengan", "dgn"), ("untuk", "utk"), ("tanggal", "tgl"), ("dan", "&")]


def typo(text, rng):
    words = [m for m in re.finditer(r"\b[a-z]{6,}\b", text)]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group()
    i = rng.randint(1, len(w) - 3)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return text[:m.start()] + w2 + text[m.end():]


def habits(text, rng, kim):
    ops = []
    pool = ["dash", "straight", "typo", "collapse", "droptag", "dateline", "abbr"]
    for op in rng.sample(pool, rng.randint(0, 3)):
        ops.append(op)
        if op == "dash":
            text = text.replace("–", "-")
        elif op == "straight":
            text = text.replace("“", '"').replace("”", '"')
        elif op == "typo":
            text = typo(text, rng)
        elif op == "collapse":
            text = text.replace("\n\n", "\n")
        elif op == "droptag":
            text = re.sub(r"\s*\([a-z0-9\-/]+\)\s*$", "", text)
        elif op == "dateline":
            text = re.sub(r"^([A-Z]+) –", lambda m: f"{m.group(1).title()} (KIM {kim.replace('kim-', '').replace('-', ' ').title()}) –", text)
            text = re.sub(r"^([A-Z]+) -", lambda m: f"{m.group(1).title()} (KIM) -", text)
        elif op == "abbr":
            for full, short in rng.sample(ABBR, 2):
                text = re.sub(rf"\b{full}\b", short, text, count=2)
    return text, ops


def paras(a):
    return a["text"].split("\n\n")


def hashtags(rng, region, n, extra_tags=()):
    base = ["#InfoKIM", "#KalselBabungas", "#KIMKalsel", "#InfoWarga", "#Perkim", "#RumahLayak", "#Sanitasi", "#AirBersih",
            "#SungaiBersih", "#InfoDesa", "#BeritaBaik", "#KalimantanSelatan", "#Banua", "#PermukimanSehat"]
    tags = list(TAGS.get(region, [])) + list(extra_tags)
    for t in rng.sample(base, len(base)):
        if len(tags) >= n:
            break
        if t not in tags:
            tags.append(t)
    return " ".join(tags[:n])


def kimname(kim):
    return "KIM " + kim.replace("kim-", "").replace("-", " ").title()


# ---------------------------------------------------------------- link forms
def link_form(url, form, wp):
    u = url
    if form == "exact":
        return u, u, True
    if form == "http":
        return u.replace("https://", "http://"), None, True
    if form == "www":
        return u.replace("https://", "https://www."), None, True
    if form == "m":
        return u.replace("https://", "https://m."), None, True
    if form == "slash":
        return (u[:-1] if u.endswith("/") else u + "/"), None, True
    if form == "amp":
        if wp:
            return u + "amp/", None, True
        return u + "?utm_source=wa", None, True
    if form == "utm":
        return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim", None, True
    if form == "fbclid":
        return u + "?fbclid=IwAR" + hid(u, n=24, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), None, True
    if form == "utmfb":
        return (u + "?utm_source=whatsapp&fbclid=IwY2" + hid(u, "x", n=20)), None, True
    if form == "httpm":
        return u.replace("https://", "http://m."), None, True
    if form == "wwwbare":
        return u.replace("https://", "www."), None, True
    raise ValueError(form)


LINK_FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "wwwbare"]

# ---------------------------------------------------------------- build the post list
posts = []  # dicts: kim, platform, title, text, when, links, style, gold, key, extra keymap fields


def add(kim, platform, title, text, t, links, style, gold, key, **kw):
    posts.append(dict(kim=kim, platform=platform, title=title, text=text, when=t, links=list(links), style=style,
                      gold=list(gold), key=key, km=kw))


def short_title(text, n=9):
    first = re.split(r"(?<=[.!?])\s", text.strip())[0]
    words = re.sub(r"[\*_#]", "", first).split()
    t = " ".join(words[:n]).rstrip(",.:;!?")
    return t[0].upper() + t[1:] if t else "Info Warga"


def shape_free(text, platform, region, rng, key, style):
    """Platform shaping of a hand-written post; returns (title, text, shape)."""
    if platform == "website":
        title = short_title(text, 10)
        body = text + f"\n\nDitulis oleh Admin {rng.choice(['KIM', 'Redaksi KIM', 'Tim KIM'])} · {rng.randint(0, 9)} Komentar"
        return title, body, "site"
    if platform == "youtube":
        title = short_title(text, 8) + rng.choice([" | Kabar Warga", " #shorts", " - Info KIM", ""])
        body = text + "\n\n" + rng.choice(["Jangan lupa subscribe dan nyalakan lonceng 🔔", "Tonton sampai habis ya.",
                                           "00:00 Pembuka\n00:20 Liputan\n01:45 Penutup"])
        return title, body, "yt"
    if platform == "instagram":
        return "", text + "\n\n" + hashtags(rng, region, rng.randint(3, 6)), "ig"
    if platform == "telegram":
        return "", rng.choice(["", "📌 ", "🔔 INFO\n"]) + text, "tg"
    # facebook: plain, greeting, or WhatsApp forward
    r = rng.random()
    if r < 0.2:
        return "", rng.choice(["*INFO WARGA*\n", "↪️ Diteruskan dari grup RT\n", "Forward dari grup sebelah 👇\n"]) + text, "wa"
    if r < 0.4:
        return "", rng.choice(["Assalamualaikum warga, ", "Selamat pagi dangsanak, ", "Info buat warga: "]) + text, "fbgreet"
    return "", text, "fb"


def platform_for(style, rng):
    weights = {
        "summary": [("facebook", 40), ("telegram", 18), ("instagram", 20), ("website", 12), ("youtube", 10)],
        "paraphrase": [("facebook", 65), ("instagram", 22), ("telegram", 13)],
        "negative-topic": [("facebook", 50), ("telegram", 16), ("instagram", 15), ("website", 10), ("youtube", 9)],
        "before": [("facebook", 60), ("telegram", 20), ("instagram", 12), ("website", 8)],
        "negative-unrelated": [("facebook", 55), ("telegram", 15), ("instagram", 18), ("website", 7), ("youtube", 5)],
    }[style]
    x = rng.uniform(0, sum(w for _, w in weights))
    for p, w in weights:
        x -= w
        if x <= 0:
            return p
    return weights[-1][0]


def clamp(t, rng):
    if t < START:
        t = START + timedelta(minutes=rng.randint(0, 900))
    if t > END:
        t = END - timedelta(minutes=rng.randint(0, 900))
    return t


# ---- summaries (hand-written), paraphrases, look-alikes, before
rng = random.Random(SEED + 1)
summary_items = []
for a in ANNS:
    summary_items.append((a["id"], "s", a["s"]))
    if a.get("s2"):
        summary_items.append((a["id"], "s2", a["s2"]))
for ann, text in extra.S2:
    summary_items.append((ann, "x2", text))

ig_special = 0
for ann, which, text in summary_items:
    a = BY_ID[ann]
    reg = region_of(a)
    kim = pick_kim(rng, reg, REGULAR)
    plat = platform_for("summary", rng)
    t = gold_time(a, rng)
    title, body, shape = shape_free(text, plat, reg if reg != "prov" else KIM_REGION[kim], rng, ann + which, "summary")
    if plat == "instagram" and rng.random() < 0.4:
        body = text + "\n\n" + hashtags(rng, reg if reg != "prov" else KIM_REGION[kim], 12)
        shape = "ig-hashtags"
    add(kim, plat, title, body, t, [], "summary", [ann], f"anns:{ann}:{which}", shape=shape)

for i, a in enumerate(ANNS):
    reg = region_of(a)
    pool = REGULAR + [k for k in SPECIAL if reg != "prov" and KIM_REGION[k] == reg]
    spec = [k for k in SPECIAL if reg != "prov" and KIM_REGION[k] == reg]
    kim = spec[0] if spec and rng.random() < 0.7 else pick_kim(rng, reg, pool)
    plat = platform_for("paraphrase", rng)
    t = gold_time(a, rng)
    text = a["p"]
    if plat == "instagram" and "#" not in text:
        text += "\n" + hashtags(rng, reg if reg != "prov" else KIM_REGION[kim], 3)
    title, body, shape = ("", text, "ig") if plat == "instagram" else shape_free(text, plat, reg, rng, a["id"] + "p", "paraphrase")
    add(kim, plat, title, body, t, [], "paraphrase", [a["id"]], f"anns:{a['id']}:p", shape=shape, lang="banjar")
for ann, text in extra.P2:
    a = BY_ID[ann]
    kim = pick_kim(rng, region_of(a), REGULAR)
    plat = rng.choice(["instagram", "facebook"])
    t = gold_time(a, rng)
    add(kim, plat, "", text, t, [], "paraphrase", [ann], f"extra:P2:{ann}", shape=plat[:2], lang="casual")

inactive_load = {k: 0 for k in INACTIVE}
for a in ANNS:
    for j, (reg, hours, differs, text) in enumerate(a["n"]):
        inact = [k for k in INACTIVE if KIM_REGION[k] == reg]
        if inact and (inactive_load[inact[0]] < 5 or rng.random() < 0.35):
            kim = inact[0]
            inactive_load[kim] += 1
        else:
            kim = pick_kim(rng, reg, REGULAR + SPECIAL)
        t = clamp(a["when"] + timedelta(hours=hours, minutes=rng.randint(-50, 50)), rng)
        if hours > 0 and t < a["when"] + timedelta(minutes=20):
            t = a["when"] + timedelta(minutes=20 + rng.randint(0, 60))
        plat = platform_for("negative-topic", rng)
        title, body, shape = shape_free(text, plat, reg, rng, a["id"] + f"n{j}", "negative-topic")
        add(kim, plat, title, body, t.replace(second=rng.randint(0, 59)), [], "negative-topic", [], f"anns:{a['id']}:n{j}",
            shape=shape, imitates=[a["id"]], differs=differs)
    if a.get("b"):
        reg, hours, differs, text = a["b"]
        inact = [k for k in INACTIVE if KIM_REGION[k] == reg]
        kim = inact[0] if inact and rng.random() < 0.5 else pick_kim(rng, reg, REGULAR + SPECIAL)
        t = a["when"] - timedelta(hours=hours, minutes=rng.randint(0, 40))
        plat = platform_for("before", rng)
        title, body, shape = shape_free(text, plat, reg, rng, a["id"] + "b", "before")
        add(kim, plat, title, body, t.replace(second=rng.randint(0, 59)), [], "before", [], f"anns:{a['id']}:b",
            shape=shape, imitates=[a["id"]], differs=differs)
for ann, reg, hours, differs, text in extra.B2:
    a = BY_ID[ann]
    inact = [k for k in INACTIVE if KIM_REGION[k] == reg]
    kim = inact[0] if inact else pick_kim(rng, reg, REGULAR)
    t = a["when"] - timedelta(hours=hours, minutes=rng.randint(0, 40))
    plat = platform_for("before", rng)
    title, body, shape = shape_free(text, plat, reg, rng, ann + "b2", "before")
    add(kim, plat, title, body, t.replace(second=rng.randint(0, 59)), [], "before", [], f"extra:B2:{ann}",
        shape=shape, imitates=[ann], differs=differs)

for i, (reg, day, text) in enumerate(extra.U):
    cands = [k for k in KIM_REGION if KIM_REGION[k] == reg]
    kim = rng.choice(cands)
    t = datetime.strptime(f"2026-{day}", "%Y-%m-%d") + timedelta(minutes=rng.randint(6 * 60, 21 * 60))
    plat = platform_for("negative-unrelated", rng)
    title, body, shape = shape_free(text, plat, reg, rng, f"U{i}", "negative-unrelated")
    add(kim, plat, title, body, clamp(t, rng).replace(second=rng.randint(0, 59)), [], "negative-unrelated", [], f"extra:U[{i}]",
        shape=shape)

# ---- copy, excerpt and link posts derived from the releases
rng = random.Random(SEED + 2)
order = ANNS[:]
# each release gets at least one generated post; the rest spread by seed
def spread(n, rng):
    ids = [a["id"] for a in ANNS]
    out = []
    while len(out) < n:
        out.extend(rng.sample(ids, len(ids)))
    return out[:n]


copy_anns = spread(30, rng)
exc_anns = spread(34, random.Random(SEED + 3))
link_anns = spread(36, random.Random(SEED + 4))

COPY_SHAPES = ["wa", "site", "fbgreet", "tgfwd", "igcap"]
for i, ann in enumerate(copy_anns):
    a = BY_ID[ann]
    reg = region_of(a)
    kim = pick_kim(rng, reg, REGULAR)
    shape = COPY_SHAPES[i % 5]
    text, ops = habits(a["text"], rng, kim)
    links = []
    title = ""
    if shape == "wa":
        plat = rng.choice(["facebook", "telegram"])
        head = rng.choice(["*BERITA PENTING*", "📢 *INFO RESMI* 📢", f"↪️ Diteruskan dari grup Info Kecamatan {kimname(kim)[4:]}",
                           "Forward dari grup sebelah 👇", f"*{a['title'].upper()}*"])
        body = head + "\n\n" + text + "\n\n" + rng.choice(["_Mohon disebarkan_", "_Sumber: rilis resmi Pemda_", "🙏"])
    elif shape == "site":
        plat = "website"
        title = a["title"]
        src_line = rng.choice(["url", "bare", "rilis"])
        if src_line == "url":
            links = [a["url"]]
            sl = "Sumber: " + a["url"]
        elif src_line == "bare":
            sl = "Sumber: " + a["url"].split("/")[2]
        else:
            sl = "Sumber: rilis resmi " + SOURCES[a["src"]][1].title()
        body = f"Beranda › Berita › {rng.choice(['Pemerintahan', 'Pembangunan', 'Info Daerah'])}\nOleh Admin {kimname(kim)} · {rng.randint(0, 6)} Komentar\n\n{text}\n\n{sl}\n\nBagikan: Facebook · WhatsApp · Telegram"
    elif shape == "fbgreet":
        plat = "facebook"
        body = rng.choice(["Assalamualaikum dangsanak, ini info dari pemerintah daerah 👇", "Selamat siang warga, kami teruskan kabar resmi berikut.",
                           "Info penting, mohon dibaca sampai habis."]) + "\n\n" + text + "\n\n" + rng.choice(["Semoga bermanfaat.", "Silakan dibagikan.", "Salam KIM!"])
    elif shape == "tgfwd":
        plat = "telegram"
        body = f"Forwarded from Info {REGION.get(reg, 'Kalimantan Selatan').replace('Kabupaten ', '').replace('Kota ', '')}\n{a['title'].upper()}\n\n{text}"
    else:
        plat = "instagram"
        body = a["title"].upper() + "\n\n" + text + "\n\n" + hashtags(rng, reg if reg != "prov" else KIM_REGION[kim], rng.randint(4, 6))
    if "Sumber: http" not in body:
        links = []
    t = gold_time(a, rng, lo_min=12)
    add(kim, plat, title, body, t, links, "copy", [ann], f"auto:copy:{ann}:{i}", shape=shape, ops=ops)

EXC_SHAPES = ["tgtrunc", "fbmore", "iglead", "yt", "quote", "leadintro", "frag"]
for i, ann in enumerate(exc_anns):
    a = BY_ID[ann]
    reg = region_of(a)
    kim = pick_kim(rng, reg, REGULAR)
    shape = EXC_SHAPES[i % 7]
    p = paras(a)
    title = ""
    if shape == "tgtrunc":
        plat = "telegram"
        n = rng.randint(150, 220)
        cut = a["text"][:n]
        cut = cut[:cut.rfind(" ")]
        body = cut + "…"
    elif shape == "fbmore":
        plat = "facebook"
        body = p[0] + "\n\n" + p[1][:rng.randint(60, 120)].rsplit(" ", 1)[0] + "... Lihat selengkapnya"
    elif shape == "iglead":
        plat = "instagram"
        body = p[0] + "\n\n" + hashtags(rng, reg if reg != "prov" else KIM_REGION[kim], rng.randint(3, 5))
    elif shape == "yt":
        plat = "youtube"
        title = "VIDEO | " + a["title"]
        body = p[0] + "\n\n00:00 Pembuka\n00:35 " + rng.choice(["Keterangan pejabat", "Suasana lokasi", "Wawancara"]) + "\n02:10 Penutup"
    elif shape == "quote":
        plat = "website"
        title = a["title"]
        body = rng.choice(["Kutipan pernyataan resmi:", "Berikut penjelasan pejabat terkait:", "Dikutip dari rilis:"]) + "\n\n" + p[1] + f"\n\nOleh Admin {kimname(kim)}"
    elif shape == "leadintro":
        plat = "facebook"
        body = rng.choice(["Kabar dari pemda 👇", "Info terbaru untuk warga:", "Dibagikan untuk yang belum tahu:"]) + "\n\n" + p[0] + "\n\n" + rng.choice(["Semoga bermanfaat.", "", "#InfoKIM"])
        body = body.strip()
    else:
        plat = rng.choice(["facebook", "telegram"])
        words = re.sub(r"^[A-Z]+ – ", "", p[0]).split()
        body = " ".join(words[:rng.randint(12, 17)]).rstrip(",.") + "…"
    t = gold_time(a, rng, lo_min=12)
    add(kim, plat, title, body, t, [], "excerpt", [ann], f"auto:excerpt:{ann}:{i}", shape=shape)

LINK_SHAPES = ["fbshare", "fbcomment", "tg", "yt", "site"]
COMMENTS = ["Info penting untuk warga, silakan dibaca.", "Baca beritanya di sini 👇", "Kabar baik dari pemda.",
            "Simak selengkapnya di tautan berikut.", "Yang tanya kemarin, ini beritanya ya.", "Semoga bermanfaat 🙏",
            "Mantap, lanjutkan!", "Bagikan ke grup RT ya.", "Dari website resmi:", "Ini rilis resminya."]
for i, ann in enumerate(link_anns):
    a = BY_ID[ann]
    reg = region_of(a)
    kim = pick_kim(rng, reg, REGULAR)
    shape = LINK_SHAPES[i % 5]
    form = LINK_FORMS[i % len(LINK_FORMS)]
    wp = SOURCES[a["src"]][3]
    u, _, _ = link_form(a["url"], form, wp)
    title = ""
    links = [u]
    if shape == "fbshare":
        plat = "facebook"
        body = rng.choice(COMMENTS) + "\n\n" + SOURCES[a["src"]][1] + "\n" + a["title"]
        if form == "wwwbare":
            body = rng.choice(COMMENTS) + " " + u
        else:
            form = form + "+only-in-links"
    elif shape == "fbcomment":
        plat = "facebook"
        body = rng.choice(COMMENTS) + "\n" + u
    elif shape == "tg":
        plat = "telegram"
        body = a["title"] + "\n" + u
    elif shape == "yt":
        plat = "youtube"
        title = a["title"] + rng.choice([" | Info Daerah", " - Kabar Banua", ""])
        body = rng.choice(["Liputan singkat.", "Rangkuman video warga."]) + " Baca berita lengkapnya: " + u
    else:
        plat = "website"
        title = a["title"]
        body = rng.choice(["Pemerintah daerah menyampaikan kabar terbaru untuk warga.", "Berikut kabar resmi yang perlu diketahui warga.",
                           "Admin merangkum tautan resmi untuk warga."]) + "\n\nBaca selengkapnya: " + u
    t = gold_time(a, rng)
    add(kim, plat, title, body, t, links, "link", [ann], f"auto:link:{ann}:{i}", shape=shape, form=form)

# ---- round-ups
rng = random.Random(SEED + 5)
LAYOUTS = ["oneline", "bullets", "numbered", "prose", "ytchapters", "kabarsingkat", "waforward"]
SIZES = [3] * 8 + [2] * 18
rng.shuffle(SIZES)
used_pairs = set()
rkims = REGULAR + SPECIAL
roundup_kims = SPECIAL * 2 + rng.sample(REGULAR, 18)
rng.shuffle(roundup_kims)
for j, size in enumerate(SIZES):
    for _ in range(200):
        t = datetime(2026, 11, 3) + timedelta(days=rng.randint(0, 32), minutes=rng.randint(6 * 60, 22 * 60))
        if t > END:
            continue
        cands = [a for a in ANNS if timedelta(hours=2) <= t - a["when"] <= timedelta(days=12)]
        if len(cands) >= size:
            break
    chosen = rng.sample(cands, size)
    chosen.sort(key=lambda a: a["when"])
    kim = roundup_kims[j]
    layout = LAYOUTS[j % len(LAYOUTS)]
    items = [(a["it"] if rng.random() < 0.7 else a["s"].rstrip(".")) for a in chosen]
    nloc = rng.choice([0, 1, 1, 2])
    locs = rng.sample(extra.LOCAL, nloc)
    allitems = items + locs
    rng.shuffle(allitems)
    title = ""
    plat = "facebook"
    if layout == "oneline":
        plat = rng.choice(["facebook", "telegram"])
        body = "KILAS INFO | " + " | ".join(allitems) + " |"
    elif layout == "bullets":
        b = rng.choice(["•", "🔹", "✅", "-"])
        body = rng.choice(["Rangkuman kabar pekan ini:", "Info sepekan untuk warga:", "Kabar minggu ini 👇"]) + "\n" + "\n".join(f"{b} {x}" for x in allitems)
    elif layout == "numbered":
        plat = rng.choice(["facebook", "telegram"])
        body = "RANGKUMAN BERITA\n" + "\n".join(f"{k + 1}. {x}" for k, x in enumerate(allitems))
    elif layout == "prose":
        plat = "website"
        title = f"Rangkuman Kabar Sepekan ({t.day}/{t.month})"
        body = "Beberapa kabar yang beredar sepekan terakhir: " + "; ".join(allitems) + ". Admin akan terus memperbarui informasi untuk warga."
    elif layout == "ytchapters":
        plat = "youtube"
        title = f"Kabar Banua Sepekan #{j + 1}"
        body = "Rangkuman berita pekan ini.\n\n" + "\n".join(f"0{k}:{rng.randint(10, 59):02d} {x}" for k, x in enumerate(allitems))
    elif layout == "kabarsingkat":
        plat = "instagram"
        body = "🗞️ KABAR SINGKAT ✅\n" + "\n".join(f"▪️ {x}" for x in allitems) + "\n\n" + hashtags(rng, KIM_REGION[kim], 5)
    else:
        plat = rng.choice(["facebook", "telegram"])
        body = "*INFO SEPEKAN*\n" + "\n".join(f"{k + 1}) {x}" for k, x in enumerate(allitems)) + "\n_Mohon disebarkan_"
    add(kim, plat, title, body, t.replace(second=rng.randint(0, 59)), [], "roundup", [a["id"] for a in chosen],
        f"auto:roundup:{j}", shape=layout, local=locs)

# ---------------------------------------------------------------- post URLs, links in text, ids
for p in posts:
    found = re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", p["title"] + "\n" + p["text"])
    for u in found:
        u = u.rstrip(".,;:!?")
        if u not in p["links"]:
            p["links"].append(u)

posts.sort(key=lambda p: (p["when"], p["key"]))
ids = [f"h53-p{i:03d}" for i in range(1, len(posts) + 1)]
random.Random(SEED + 9).shuffle(ids)
for p, i in zip(posts, ids):
    p["id"] = i
    p["url"] = post_url(p["kim"], p["platform"], p["title"], p["when"], p["key"] + i)

# ---------------------------------------------------------------- write
def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("announcements.jsonl", [dict(id="h53-" + a["id"], source=a["src"], url=a["url"], title=a["title"], text=a["text"],
                                  published_at=stamp(a["when"])) for a in ANNS])
dump("posts.jsonl", [dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=p["url"], title=p["title"], text=p["text"],
                          published_at=stamp(p["when"]), links=p["links"]) for p in posts])
dump("labels.jsonl", [dict(post=p["id"], announcements=["h53-" + g for g in p["gold"]], style=p["style"]) for p in posts])
keymap = {}
for p in posts:
    e = dict(key=p["key"], style=p["style"], gold=["h53-" + g for g in p["gold"]])
    for k, v in p["km"].items():
        if k == "imitates":
            v = ["h53-" + x for x in v]
        e[k] = v
    keymap[p["id"]] = e
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
    f.write("\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for kid, reg, dist, vil in KIMS:
        f.write(f"- id: {kid}\n  name: {kimname(kid)}\n  region: {REGION[reg]}\n  district: {dist}\n  village: {vil}\n")
print(f"{len(ANNS)} announcements, {len(posts)} posts")
