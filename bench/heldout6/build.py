#!/usr/bin/env python3
"""Build the sixth held-out set from the hand-written parts in this folder.

    python3 bench/heldout6/build.py

Deterministic (fixed seed). Writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl
next to this script and validates them.
"""
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from anns_part import ANNS  # noqa: E402
from kims_part import KIMS  # noqa: E402
from posts_part import POSTS  # noqa: E402

rng = random.Random(20261206)
TZ = dt.timezone(dt.timedelta(hours=8))

KEY = {
    "stk": "kim-sungai-tabuk-keramat", "psy": "kim-pasayangan", "kb": "kim-kayu-bawang", "pgr": "kim-pengaron",
    "kuin": "kim-kuin-utara", "pkp": "kim-pekapuran-raya", "bsr": "kim-basirih",
    "gm": "kim-guntung-manggis", "su": "kim-sungai-ulin", "cmp": "kim-cempaka",
    "bati": "kim-bati-bati", "tks": "kim-takisung", "jrg": "kim-jorong",
    "smy": "kim-semayap", "sbl": "kim-sungai-bali",
    "juai": "kim-juai", "hlg": "kim-halong", "btp": "kim-batu-piring",
    "pbt": "kim-pembataan", "tnt": "kim-tanta", "mu": "kim-muara-uya",
    "akg": "kim-angkinang", "hml": "kim-hamalau",
    "bbt": "kim-barabai-timur", "pdw": "kim-pandawan", "hry": "kim-haruyan",
    "plw": "kim-paliwara", "skr": "kim-sungai-karias", "dpg": "kim-danau-panggang",
    "hrk": "kim-harakit", "bnu": "kim-binuang",
    "jjk": "kim-jejangkit", "blw": "kim-belawang",
    "pgt": "kim-kota-pagatan", "slb": "kim-sungai-loban",
}
KIM_BY_ID = {k[0]: k for k in KIMS}

# source -> (host, url style, display name)
SOURCES = {
    "pemkab-tabalong": ("tabalongkab.go.id", "num", "Pemkab Tabalong"),
    "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "Pemkab Tanah Laut"),
    "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp", "Diskominfo Kalsel"),
    "pemkab-hss": ("hulusungaiselatankab.go.id", "detail", "Pemkab HSS"),
    "pemkab-hst": ("hstkab.go.id", "berita", "Pemkab HST"),
    "dinkes-banjar": ("dinkes.banjarkab.go.id", "wp", "Dinkes Kabupaten Banjar"),
    "dinkes-kalsel": ("dinkes.kalselprov.go.id", "html", "Dinkes Provinsi Kalsel"),
    "pemkab-balangan": ("balangankab.go.id", "detail", "Pemkab Balangan"),
    "disdukcapil-tapin": ("disdukcapil.tapinkab.go.id", "berita", "Disdukcapil Tapin"),
    "disdukcapil-hsu": ("disdukcapil.hsu.go.id", "wp", "Disdukcapil HSU"),
    "disbunnak-tanah-laut": ("disbunnak.tanahlautkab.go.id", "berita", "Disbunnak Tanah Laut"),
    "disbunnak-kalsel": ("disbunnak.kalselprov.go.id", "wp", "Disbunnak Kalsel"),
    "bpbd-hsu": ("bpbd.hsu.go.id", "berita", "BPBD HSU"),
    "bpbd-hst": ("bpbd.hstkab.go.id", "berita", "BPBD HST"),
    "bapenda-kalsel": ("bapenda.kalselprov.go.id", "berita", "Bapenda Kalsel"),
    "pemkab-barito-kuala": ("baritokualakab.go.id", "berita", "Pemkab Barito Kuala"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "blog", "Pemko Banjarmasin"),
    "pemkab-hsu": ("hulusungaiutarakab.go.id", "berita", "Pemkab HSU"),
    "pemkab-tanah-bumbu": ("tanahbumbukab.go.id", "num", "Pemkab Tanah Bumbu"),
    "dinkes-kotabaru": ("dinkes.kotabarukab.go.id", "berita", "Dinkes Kotabaru"),
    "diskominfo-tabalong": ("diskominfo.tabalongkab.go.id", "wp", "Diskominfo Tabalong"),
    "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "Pemko Banjarbaru"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num", "Pemkab Kotabaru"),
    "bpbd-banjarbaru": ("bpbd.banjarbarukota.go.id", "berita", "BPBD Banjarbaru"),
    "pemkab-banjar": ("banjarkab.go.id", "wp", "Pemkab Banjar"),
    "pemkab-tapin": ("tapinkab.go.id", "berita", "Pemkab Tapin"),
    "pemprov-kalsel": ("kalselprov.go.id", "berita", "Pemprov Kalsel"),
}
REGION_TAGS = {
    "Kabupaten Banjar": "#KabupatenBanjar", "Kota Banjarmasin": "#Banjarmasin", "Kota Banjarbaru": "#Banjarbaru",
    "Kabupaten Tanah Laut": "#TanahLaut", "Kabupaten Kotabaru": "#Kotabaru", "Kabupaten Balangan": "#Balangan",
    "Kabupaten Tabalong": "#Tabalong", "Kabupaten Hulu Sungai Selatan": "#HSS", "Kabupaten Hulu Sungai Tengah": "#HST",
    "Kabupaten Hulu Sungai Utara": "#HSU", "Kabupaten Tapin": "#Tapin", "Kabupaten Barito Kuala": "#Batola",
    "Kabupaten Tanah Bumbu": "#TanahBumbu",
}


def slugify(s):
    s = s.lower().replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:90].rstrip("-")


def parse_ts(s):
    if "T" in s:
        return dt.datetime.fromisoformat(s).replace(tzinfo=TZ)
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ) + dt.timedelta(seconds=rng.randint(0, 59))


def iso(t):
    return t.isoformat(timespec="seconds")


# ---------------------------------------------------------------- announcements
ann = {}
num_counter = {"tabalongkab.go.id": 431, "tanahbumbukab.go.id": 318, "kotabarukab.go.id": 497}
for key, src, ts, title, text in ANNS:
    host, style, name = SOURCES[src]
    t = parse_ts(ts)
    slug = slugify(title)
    if style == "wp":
        url = f"https://{host}/{t:%Y/%m/%d}/{slug}/"
    elif style == "num":
        num_counter[host] += rng.randint(3, 20)
        url = f"https://{host}/berita/{num_counter[host]}/{slug}"
    elif style == "detail":
        url = f"https://{host}/berita/detail/{slug}"
    elif style == "html":
        url = f"https://{host}/berita/{slug}.html"
    elif style == "blog":
        url = f"https://{host}/{t:%Y/%m}/{slug}.html"
    else:
        url = f"https://{host}/berita/{slug}"
    ann[key] = dict(id="h6-" + key, source=src, url=url, title=title, text=text, published_at=iso(t),
                    _t=t, _style=style, _name=name, _host=host)


def url_form(a, form):
    u = a["url"]
    wp = a["_style"] == "wp"
    if form == "canon":
        return u
    if form == "http":
        return u.replace("https://", "http://", 1)
    if form == "www":
        return u.replace("https://", "https://www.", 1)
    if form == "m":
        return u.replace("https://", "https://m.", 1)
    if form == "slash":
        return u[:-1] if u.endswith("/") else (u + "/" if not u.endswith(".html") else u.replace("https://", "https://www.", 1))
    if form == "amp":
        return u + "amp/" if wp else u.replace("https://", "http://www.", 1)
    if form == "utm":
        src = rng.choice(["facebook", "whatsapp", "wa"])
        return u + f"?utm_source={src}&utm_medium=social&utm_campaign=kim"
    if form == "fbclid":
        return u + "?fbclid=IwAR" + hashlib.md5((u + form).encode()).hexdigest()[:22]
    raise ValueError(form)


# ---------------------------------------------------------------- transformations
TYPO_WORDS = ["kabupaten", "pemerintah", "sebanyak", "kegiatan", "masyarakat", "kepala", "menggelar",
              "warga", "dinas", "bantuan", "pelayanan", "pengunjung", "berlangsung", "mengatakan"]


def add_typos(text, n=2):
    for _ in range(n):
        cands = [w for w in TYPO_WORDS if re.search(r"\b" + w + r"\b", text)]
        if not cands:
            break
        w = rng.choice(cands)
        i = rng.randint(1, len(w) - 2)
        bad = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        text = re.sub(r"\b" + w + r"\b", bad, text, count=1)
    return text


def curly(text):
    out, open_q = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d")
            open_q = not open_q
        else:
            out.append(ch)
    return "".join(out)


WA_HEAD = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*INFO UNTUK WARGA*", "‼️ *PENGUMUMAN* ‼️"]
FWD_HEAD = ["Diteruskan dari grup Info Desa:", "_Diteruskan dari grup WA kecamatan_", "Forward dari grup Peternak Tala 👇",
            "Diteruskan dari grup Kabar Banua:", "Copas dari grup sebelah, info resmi:"]


def do_copy(a, opts, kim, platform):
    text = a["text"]
    o = set(x for x in opts.split(",") if x)
    if "notag" in o:
        text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", text)
    if "dateline" in o:
        text = re.sub(r"^([A-Z]+) –", lambda m: rng.choice([m.group(1) + ", KIM –", m.group(1) + " (KIM) –"]), text, count=1)
    if "dash" in o:
        text = text.replace(" – ", " - ").replace("–", "-")
    if "curly" in o:
        text = curly(text)
    if "typo" in o:
        text = add_typos(text, 2)
    if "collapse" in o:
        text = " ".join(p.strip() for p in text.split("\n\n"))
    if "title" in o and platform != "website":
        text = a["title"] + "\n\n" + text
    if "by" in o:
        text = "Oleh: Admin " + KIM_BY_ID[kim][1] + "\n\n" + text
    if "wa" in o:
        text = rng.choice(WA_HEAD) + "\n\n*" + a["title"] + "*\n\n" + text + "\n\nMohon dibagikan 🙏"
    if "fwd" in o:
        head = rng.choice(FWD_HEAD)
        if "Peternak" in head and "ternak" not in a["text"]:
            head = FWD_HEAD[0]
        text = head + "\n\n" + text
    if "src" in o:
        form = rng.choice(["name", "rilis", "url", "domain"])
        if form == "name":
            text += "\n\nSumber: " + a["_name"]
        elif form == "rilis":
            text += "\n\nSumber: rilis resmi " + a["_name"]
        elif form == "url":
            text += "\n\nSumber: " + a["url"]
        else:
            text += "\n\nSumber: " + a["_host"]
    if "tag" in o:
        region = KIM_BY_ID[kim][2]
        text += "\n\n" + " ".join([REGION_TAGS[region], "#KIM", "#InfoPublik"][: rng.randint(2, 3)])
    return text


def do_excerpt(a, paras, intro, outro, cut):
    ps = a["text"].split("\n\n")
    body = "\n\n".join(ps[i] for i in paras)
    if cut:
        cutpos = body.rfind(" ", 0, cut)
        body = body[:cutpos] + "... Lihat selengkapnya"
    parts = [x for x in (intro, body, outro) if x]
    return "\n\n".join(parts)


URL_RE = re.compile(r"(?:https?://)[^\s<>\"')]+")


def extract_links(s):
    out = []
    for m in URL_RE.finditer(s):
        u = m.group(0).rstrip(".,;:!?")
        if u not in out:
            out.append(u)
    return out


def post_url(kim, platform, t, title, n):
    h = KIM_BY_ID[kim][5]
    hx = hashlib.md5(f"{kim}{platform}{t}{n}".encode()).hexdigest()
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/pfbid0{hx[:31]}"
    if platform == "website":
        return f"https://{h.replace('.', '')}.blogspot.com/{t:%Y/%m}/{slugify(title)[:60].rstrip('-')}.html"
    if platform == "instagram":
        code = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "telegram":
        return f"https://t.me/{h.replace('.', '_')}/{100 + int(hx[:4], 16) % 900}"
    raise ValueError(platform)


# ---------------------------------------------------------------- posts
records = []
for n, spec in enumerate(POSTS):
    kim = KEY[spec["kim"]]
    platform = spec["platform"]
    title = spec.get("title", "")
    preview = []
    if spec["kind"] in ("link", "copy", "excerpt", "hand"):
        a = ann[spec["ann"]]
        t = a["_t"] + dt.timedelta(hours=spec["delay"], minutes=rng.randint(0, 35), seconds=rng.randint(0, 59))
        anns = [a["id"]]
        if spec["kind"] == "link":
            u = url_form(a, spec["url"])
            if spec["inline"]:
                text = (spec["comment"] + " " + u).strip()
            else:
                text = spec["comment"]
                preview = [u]
            style = "link"
        elif spec["kind"] == "copy":
            text = do_copy(a, spec["opts"], kim, platform)
            style = "copy"
        elif spec["kind"] == "excerpt":
            text = do_excerpt(a, spec["paras"], spec["intro"], spec["outro"], spec["cut"])
            style = "excerpt"
        else:
            text = spec["text"]
            style = spec["style"]
        if platform == "website" and not title:
            title = a["title"]
    elif spec["kind"] == "roundup":
        t = parse_ts(spec["date"])
        anns = ["h6-" + x for x in spec["anns"]]
        text, style = spec["text"], "roundup"
    else:
        t = parse_ts(spec["date"])
        anns = []
        text, style = spec["text"], spec["style"]
    assert platform != "website" or title, spec
    links = extract_links(title + "\n" + text) + [u for u in preview if u not in text]
    records.append(dict(kim=kim, platform=platform, url=post_url(kim, platform, t, title or text[:40], n),
                        title=title, text=text, published_at=iso(t), links=links, _anns=anns, _style=style, _t=t))

rng.shuffle(records)
for i, r in enumerate(records, 1):
    r["id"] = f"h6-p{i:03d}"

# ---------------------------------------------------------------- write
with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for key, *_ in ANNS:
        a = ann[key]
        f.write(json.dumps({k: a[k] for k in ("id", "source", "url", "title", "text", "published_at")}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for kid, name, region, district, village, _h in KIMS:
        f.write(f"- id: {kid}\n  name: {name}\n  region: {region}\n  district: {district}\n  village: {village}\n")
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps({k: r[k] for k in ("id", "kim", "platform", "url", "title", "text", "published_at", "links")},
                           ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps({"post": r["id"], "announcements": r["_anns"], "style": r["_style"]}, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- validate + stats
from collections import Counter  # noqa: E402

ann_by_id = {a["id"]: a for a in ann.values()}
url_set = {a["url"] for a in ann.values()}
for r in records:
    assert r["kim"] in KIM_BY_ID
    for aid in r["_anns"]:
        a = ann_by_id[aid]
        d = r["_t"] - a["_t"]
        assert dt.timedelta(minutes=10) <= d <= dt.timedelta(days=20), (r["id"], aid, d)
    if not r["_anns"]:
        for u in r["links"]:
            assert u not in url_set, (r["id"], u)
styles = Counter(r["_style"] for r in records)
pairs = sum(len(r["_anns"]) for r in records)
active = sorted({r["kim"] for r in records if r["_anns"]})
posting = {r["kim"] for r in records}
amp_count = Counter(r["kim"] for r in records if r["_anns"])
print("announcements", len(ann), "kims", len(KIMS), "posts", len(records), "pairs", pairs)
print("styles", dict(sorted(styles.items())))
print("platforms", dict(Counter(r["platform"] for r in records)))
print("active KIMs", len(active), f"{len(active)/len(KIMS):.1%}")
print("single-amplification KIMs", sorted(k for k, c in amp_count.items() if c == 1))
print("posting but never amplifying", sorted(posting - set(active)))
print("no posts", sorted(set(KIM_BY_ID) - posting))
per_ann = Counter(a for r in records for a in r["_anns"])
print("pairs per announcement", dict(sorted(per_ann.items())))
