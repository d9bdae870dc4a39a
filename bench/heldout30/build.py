#!/usr/bin/env python3
"""Deterministic generator of heldout30 (seed fixed). Reads anns.py and extra.py (hand-written texts)."""
import json, random, re, os
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, "anns.py"), encoding="utf-8").read())
exec(open(os.path.join(HERE, "extra.py"), encoding="utf-8").read())
R = random.Random(2026120730)
PFX = "h30-"
W = "+08:00"
LAST = datetime(2026, 12, 5, 21, 15)

REG = {"bjm": "Kota Banjarmasin", "bjb": "Kota Banjarbaru", "bjr": "Kabupaten Banjar", "tla": "Kabupaten Tanah Laut",
       "tpn": "Kabupaten Tapin", "hss": "Kabupaten Hulu Sungai Selatan", "hst": "Kabupaten Hulu Sungai Tengah",
       "hsu": "Kabupaten Hulu Sungai Utara", "blg": "Kabupaten Balangan", "tbl": "Kabupaten Tabalong",
       "btl": "Kabupaten Barito Kuala", "tbu": "Kabupaten Tanah Bumbu", "ktb": "Kabupaten Kotabaru"}
KAB = {"bjm": "Banjarmasin", "bjb": "Banjarbaru", "bjr": "Kab. Banjar", "tla": "Tanah Laut", "tpn": "Tapin", "hss": "HSS",
       "hst": "HST", "hsu": "HSU", "blg": "Balangan", "tbl": "Tabalong", "btl": "Batola", "tbu": "Tanah Bumbu", "ktb": "Kotabaru"}
KIMS = [("pekapuran-raya", "bjm", "Banjarmasin Timur", "Pekapuran Raya"), ("basirih", "bjm", "Banjarmasin Barat", "Basirih"),
        ("alalak-utara", "bjm", "Banjarmasin Utara", "Alalak Utara"), ("teluk-dalam", "bjm", "Banjarmasin Tengah", "Teluk Dalam"),
        ("guntung-manggis", "bjb", "Landasan Ulin", "Guntung Manggis"), ("sungai-ulin", "bjb", "Banjarbaru Utara", "Sungai Ulin"),
        ("palam", "bjb", "Cempaka", "Palam"),
        ("keraton", "bjr", "Martapura", "Keraton"), ("astambul", "bjr", "Astambul", "Astambul Kota"), ("aluh-aluh", "bjr", "Aluh-Aluh", "Aluh-Aluh Besar"),
        ("atu-atu", "tla", "Pelaihari", "Atu-Atu"), ("kurau", "tla", "Kurau", "Kurau"), ("jorong", "tla", "Jorong", "Jorong"),
        ("rangda-malingkung", "tpn", "Tapin Utara", "Rangda Malingkung"), ("hatungun", "tpn", "Hatungun", "Hatungun"), ("bakarangan", "tpn", "Bakarangan", "Bakarangan"),
        ("padang-batung", "hss", "Padang Batung", "Padang Batung"), ("telaga-langsat", "hss", "Telaga Langsat", "Telaga Langsat"), ("sungai-raya", "hss", "Sungai Raya", "Sungai Raya"),
        ("pagat", "hst", "Batu Benawa", "Pagat"), ("haruyan", "hst", "Haruyan", "Haruyan"), ("limpasu", "hst", "Limpasu", "Limpasu"),
        ("babirik", "hsu", "Babirik", "Babirik"), ("paminggir", "hsu", "Paminggir", "Paminggir"), ("haur-gading", "hsu", "Haur Gading", "Haur Gading"),
        ("batumandi", "blg", "Batumandi", "Batumandi"), ("awayan", "blg", "Awayan", "Awayan"), ("tebing-tinggi", "blg", "Tebing Tinggi", "Tebing Tinggi"),
        ("tanjung", "tbl", "Tanjung", "Tanjung"), ("muara-uya", "tbl", "Muara Uya", "Muara Uya"), ("haruai", "tbl", "Haruai", "Haruai"),
        ("anjir-pasar", "btl", "Anjir Pasar", "Anjir Pasar Kota"), ("wanaraya", "btl", "Wanaraya", "Wanaraya"), ("belawang", "btl", "Belawang", "Belawang"),
        ("barokah", "tbu", "Simpang Empat", "Barokah"), ("sungai-loban", "tbu", "Sungai Loban", "Sungai Loban"), ("angsana", "tbu", "Angsana", "Angsana"),
        ("baharu-selatan", "ktb", "Pulau Laut Utara", "Baharu Selatan"), ("hampang", "ktb", "Hampang", "Hampang"), ("serongga", "ktb", "Kelumpang Hilir", "Serongga")]
INACTIVE = ["kim-alalak-utara", "kim-palam", "kim-aluh-aluh", "kim-jorong", "kim-haruai", "kim-angsana"]
SPECIAL = ["kim-paminggir", "kim-telaga-langsat", "kim-hampang", "kim-wanaraya"]
KIMREG = {"kim-" + k: r for k, r, _, _ in KIMS}
KIMNAME = {"kim-" + k: "KIM " + v for k, r, _, v in KIMS}
PLAIN = [k for k in KIMREG if k not in INACTIVE and k not in SPECIAL]

def kims_of(reg, pool):
    c = [k for k in pool if reg == "prov" or KIMREG[k] == reg]
    return c or pool

DOM = {"dinsos-kalsel": ("dinsos.kalselprov.go.id", "wp"), "pemprov-kalsel": ("kalselprov.go.id", "berita"),
       "bpbd-kalsel": ("bpbd.kalselprov.go.id", "wp"), "dinkes-kalsel": ("dinkes.kalselprov.go.id", "wp"),
       "disnakertrans-kalsel": ("disnakertrans.kalselprov.go.id", "berita"),
       "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html"), "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp"),
       "pemkab-banjar": ("banjarkab.go.id", "berita"), "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita"),
       "pemkab-tapin": ("tapinkab.go.id", "berita"), "pemkab-hss": ("hulusungaiselatankab.go.id", "berita"),
       "pemkab-hst": ("hstkab.go.id", "berita"), "pemkab-hsu": ("hulusungaiutarakab.go.id", "berita"),
       "pemkab-balangan": ("balangankab.go.id", "detail"), "pemkab-tabalong": ("tabalongkab.go.id", "num"),
       "pemkab-batola": ("baritokualakab.go.id", "berita"), "pemkab-tanbu": ("tanahbumbukab.go.id", "berita"),
       "pemkab-kotabaru": ("kotabarukab.go.id", "num")}

def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")

def T(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")

def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + W

ANN = {}
anns_out = []
for a in A:
    host, kind = DOM[a["src"]]
    d = T(a["date"])
    s = slug(a["title"])
    if kind == "wp":
        url = f"https://{host}/{d:%Y/%m/%d}/{s}/"
    elif kind == "berita":
        url = f"https://{host}/berita/{s}"
    elif kind == "detail":
        url = f"https://{host}/berita/detail/{s}"
    elif kind == "num":
        url = f"https://{host}/berita/{R.randint(5100, 9900)}/{s}"
    else:
        url = f"https://{host}/{d:%Y/%m}/{s}.html"
    a["url"], a["d"], a["wp"], a["host"] = url, d, kind == "wp", host
    ANN[a["id"]] = a
    anns_out.append({"id": PFX + a["id"], "source": a["src"], "url": url, "title": a["title"], "text": a["text"],
                     "published_at": iso(d)})

posts = []

def rid(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

def post_url(kim, platform, title, d):
    h = kim[4:].replace("-", "")
    if platform == "facebook":
        return f"https://www.facebook.com/kim.{h}/posts/pfbid02{rid(32)}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{rid(11)}/"
    if platform == "telegram":
        return f"https://t.me/kim_{h}/{R.randint(200, 3100)}"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={rid(11)}"
    return f"https://kim-{kim[4:]}.desa.id/{d:%Y/%m}/{slug(title)[:60]}/"

def add(kim, platform, text, d, style, gold, key, title="", links=None, **km):
    if platform in ("website", "youtube") and not title:
        title = re.sub(r"\s+", " ", text).strip()[:70].rsplit(" ", 1)[0]
        if platform == "youtube":
            title = "VIDEO | " + title
    if platform not in ("website", "youtube"):
        title = ""
    found = re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text)
    L = list(links or [])
    for u in found:
        u = u.rstrip(".,;:!?")
        if u not in L:
            L.append(u)
    d = min(d, LAST)
    posts.append(dict(kim=kim, platform=platform, title=title, text=text, links=L, d=d, style=style,
                      gold=[PFX + g for g in gold], key=key, km=km))

def after(a, lo_h, hi_h):
    return a["d"] + timedelta(minutes=R.randint(int(lo_h * 60), int(hi_h * 60)), seconds=R.randint(0, 59))

def delay(a):
    r = R.random()
    if r < 0.3:
        return after(a, 0.25, 3)
    if r < 0.75:
        return after(a, 3, 48)
    return after(a, 48, 270)

def habits(t, n):
    ops = []
    for _ in range(n):
        op = R.choice(["dash", "quotes", "typo", "collapse", "droptag", "dateline", "abbr"])
        if op in ops:
            continue
        ops.append(op)
        if op == "dash":
            t = t.replace("–", "-")
        elif op == "quotes":
            t = t.replace("“", '"').replace("”", '"')
        elif op == "typo":
            ws = t.split(" ")
            i = R.randrange(5, len(ws) - 5)
            w = ws[i]
            if len(w) > 4:
                j = R.randrange(1, len(w) - 2)
                ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            t = " ".join(ws)
        elif op == "collapse":
            t = t.replace("\n\n", " ")
        elif op == "droptag":
            t = re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", t)
        elif op == "dateline":
            t = re.sub(r"^([A-Z]+) –", lambda m: m.group(1).title() + " (KIM) -", t)
        elif op == "abbr":
            for x, y in ((" yang ", " yg "), (" dengan ", " dgn "), (" untuk ", " utk "), (" tanggal ", " tgl "), (" sudah ", " sdh ")):
                t = t.replace(x, y)
    return t, ops

HASH = ["#KalselBergerak", "#InfoKIM", "#KIMKalsel", "#Banua", "#KalimantanSelatan", "#InfoDesa", "#KabarBaik", "#WargaSiaga",
        "#SobatKIM", "#InfoPublik", "#PeduliSosial", "#SehatBersama", "#Dukcapil", "#SiagaBencana", "#KabarKampung"]

def tags(n):
    return " ".join(R.sample(HASH, n))

MENU = ["Beranda | Tentang Kami | Kabar Desa | Galeri | Hubungi", "Home » Kabar » Layanan Publik", "Beranda › Informasi › Pemerintahan"]
BACA = ["Baca juga: Jadwal Posyandu Desember", "Baca juga: Gotong Royong Bersihkan Parit Desa",
        "Baca juga: Pembagian Bibit Sayur untuk KWT", "Baca juga: Harga Karet Pekan Ini Naik"]
GREET = ["Assalamualaikum warga 🙏", "Selamat pagi sobat KIM 🌤️", "Salamat pagi dangsanak barataan 🙏", "Info buat warga ya 👇",
         "Assalamu'alaikum wr. wb. bapak ibu", "Selamat siang warga desa"]
OUTRO = ["Semoga bermanfaat.", "Silakan dibagikan ke keluarga.", "Terima kasih 🙏", "Mohon dibantu sebarkan.", "", "Salam KIM!"]

def pick_kim(a, pool=None):
    return R.choice(kims_of(a["reg"], pool or PLAIN))

order = [a["id"] for a in A]
R.shuffle(order)
# ---- copy 35
CSH = ["wa", "web", "fbgreet", "tgfwd", "ig"]
for i, aid in enumerate(order[:35]):
    a = ANN[aid]; sh = CSH[i % 5]; kim = pick_kim(a)
    t, ops = habits(a["text"], R.randint(0, 3))
    if sh == "wa":
        hdr = R.choice(["*BERITA PENTING*", "📣 *INFO RESMI PEMERINTAH* 📣",
                        f"↪️ Diteruskan dari grup Info Kecamatan {R.choice(['Hatungun', 'Haruyan', 'Kurau', 'Babirik', 'Awayan', 'Angsana'])}",
                        "Dari grup sebelah, silakan dibaca 👇"])
        text = f"{hdr}\n\n*{a['title']}*\n\n{t}\n\n_Sumber: {a['host']}_"
        pf = R.choice(["facebook", "telegram"])
    elif sh == "web":
        text = f"{R.choice(MENU)}\n\nDiposting oleh Admin {KIMNAME[kim]} · {R.randint(0, 9)} Komentar\n\n{t}\n\nSumber: {a['url']}\n\n{R.choice(BACA)}\n\nBagikan: Facebook | WhatsApp | Telegram"
        pf = "website"
    elif sh == "fbgreet":
        text = f"{R.choice(GREET)}\n\n{t}\n\n{R.choice(OUTRO)}".strip()
        pf = "facebook"
    elif sh == "tgfwd":
        text = f"Forwarded from Info {KAB.get(a['reg'], 'Kalsel')}\n{a['title'].upper()}\n\n{t}"
        pf = "telegram"
    else:
        text = f"{a['title'].upper()}\n\n{t}\n\n{tags(R.choice([4, 5, 6]))}"
        pf = "instagram"
    add(kim, pf, text, delay(a), "copy", [aid], f"auto:copy:{aid}", title=a["title"] if pf == "website" else "", shape=sh, ops=ops)

# ---- excerpt 35
def paras(a):
    return a["text"].split("\n\n")
ESH = ["tgtrunc", "fbcut", "iglead", "yt", "webquote", "leadintro", "short"]
ex_order = order[2:] + order[:2]
for i, aid in enumerate(ex_order[:35]):
    a = ANN[aid]; sh = ESH[i % 7]; pp = paras(a)
    pool = PLAIN + (SPECIAL if sh == "tgtrunc" else [])
    kim = pick_kim(a, pool)
    title = ""
    if sh == "tgtrunc":
        cut = R.randint(150, 220); t = a["text"][:cut].rstrip()
        text = f"{a['title']}\n\n{t}…"; pf = "telegram"
    elif sh == "fbcut":
        text = f"{pp[0]}\n\n{pp[1][:R.randint(40, 90)]}... Lihat selengkapnya"; pf = "facebook"
    elif sh == "iglead":
        text = f"📌 {a['title']}\n\n{pp[0]}\n\n{tags(R.randint(3, 6))}"; pf = "instagram"
    elif sh == "yt":
        title = f"VIDEO | {a['title']}"
        text = f"{pp[0]}\n\n00:00 Pembukaan\n00:{R.randint(15, 45)} Keterangan {R.choice(['Kepala Dinas', 'pejabat', 'narasumber'])}\n0{R.randint(1, 3)}:{R.randint(10, 59)} Suasana di lokasi\n\nLiputan: Tim {KIMNAME[kim]}\nLike dan subscribe ya 🙏"
        pf = "youtube"
    elif sh == "webquote":
        q = [p for p in pp if "“" in p][0]
        title = a["title"]
        text = f"{R.choice(MENU)}\n\n{q}\n\n{R.choice(BACA)}\n\nTag: {KAB.get(a['reg'], 'Kalsel')}, Layanan"; pf = "website"
    elif sh == "short":
        ws = pp[0].split(); text = " ".join(ws[2:2 + R.randint(12, 17)]) + " …"; pf = R.choice(["facebook", "instagram"])
    else:
        text = f"{R.choice(['Info penting 👇', 'Kabar dari pemerintah:', 'Mohon dibaca warga:', 'Sekilas info hari ini'])}\n\n{pp[0]}\n\n{R.choice(OUTRO)}".strip(); pf = "facebook"
    add(kim, pf, text, delay(a), "excerpt", [aid], f"auto:excerpt:{aid}", title=title, shape=sh)

# ---- link 40
def form(a, f):
    u = a["url"]
    if f == "exact": return u
    if f == "http": return u.replace("https://", "http://")
    if f == "www": return u.replace("https://", "https://www.")
    if f == "m": return u.replace("https://", "https://m.")
    if f == "slash": return u[:-1] if u.endswith("/") else u + "/"
    if f == "amp": return u + "amp/" if a["wp"] else u + "?utm_source=whatsapp"
    if f == "utm": return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if f == "fbclid": return u + "?fbclid=IwAR" + rid(22)
    if f == "utmfb": return u + "?utm_source=fb&fbclid=IwAR" + rid(18)
    if f == "httpm": return u.replace("https://", "http://m.")
    if f == "wwwnoscheme": return u.replace("https://", "www.")
FORMS = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "utmfb", "httpm", "wwwnoscheme"]
COMM = ["Info penting, silakan dibaca 👇", "Beritanya di sini:", "Yang perlu silakan buka link", "Selengkapnya",
        "Semoga bermanfaat 🙏", "Dari laman resmi:", "Cek infonya", "Mohon dibaca dan dibagikan", "Ini kabarnya dangsanak 👇",
        "Buat yang batakun kemarin, ini jawabannya"]
LSH = ["fbshare", "fbinline", "tg", "yt", "web"]
link_anns = order + order[:4]
for i, aid in enumerate(link_anns):
    a = ANN[aid]; sh = LSH[i % 5]; f = FORMS[i % len(FORMS)]; u = form(a, f); kim = pick_kim(a)
    title = ""
    if sh == "fbshare":
        text = f"{R.choice(COMM)}\n\n{a['host'].upper()}\n{a['title']}"; pf = "facebook"; links = [u]
    elif sh == "fbinline":
        text = f"{R.choice(COMM)} {u}"; pf = "facebook"; links = []
    elif sh == "tg":
        text = f"{a['title']}\n{u}"; pf = "telegram"; links = []
    elif sh == "yt":
        title = f"Kabar Banua: {a['title'][:60]}"; text = f"Ringkasan video dari {KIMNAME[kim]}.\nBerita lengkap: {u}\n\n#KabarBanua"; pf = "youtube"; links = []
    else:
        title = a["title"]; text = f"{R.choice(MENU)}\n\n{R.choice(COMM)}.\n\nBaca selengkapnya: {u}"; pf = "website"; links = []
    add(kim, pf, text, delay(a), "link", [aid], f"auto:link:{aid}", title=title, links=links, shape=sh, form=f)

# ---- summaries: S for all, L for all that have one
SS = ["fb", "tg", "ig", "wa"]
for i, a in enumerate(A):
    sh = SS[i % 4]; kim = pick_kim(a)
    if sh == "fb": text, pf = a["S"], "facebook"
    elif sh == "tg": text, pf = a["S"], "telegram"
    elif sh == "ig": text, pf = a["S"] + "\n\n" + tags(3), "instagram"
    else: text, pf = f"*INFO* 📢\n{a['S']}\n_Mohon disebarkan_", "facebook"
    add(kim, pf, text, delay(a), "summary", [a["id"]], f"anns.py:{a['id']}:S", shape="short-" + sh)
LS = ["fb", "ig11", "web", "yt"]
for i, a in enumerate([a for a in A if a["L"]]):
    sh = LS[i % 4]; kim = pick_kim(a); title = ""
    if sh == "fb": text, pf = a["L"], "facebook"
    elif sh == "ig11": text, pf = a["L"] + "\n\n" + tags(11), "instagram"
    elif sh == "web": text, pf, title = f"{R.choice(MENU)}\n\n{a['L']}\n\n{R.choice(BACA)}", "website", a["title"].split(",")[0]
    else: text, pf, title = f"{a['L']}\n\n00:00 Pembuka\n00:25 Kegiatan\n01:35 Wawancara\n\nLiputan: Tim {KIMNAME[kim]}", "youtube", "Liputan: " + a["title"][:50]
    add(kim, pf, text, delay(a), "summary", [a["id"]], f"anns.py:{a['id']}:L", title=title, shape="long-" + sh)

# ---- paraphrases: Banjar for every release, casual Indonesian P2
for a in A:
    sp = [k for k in SPECIAL if KIMREG[k] == a["reg"]]
    kim = R.choice(sp) if sp and R.random() < 0.85 else pick_kim(a)
    pf = R.choice(["facebook", "facebook", "instagram", "telegram"])
    add(kim, pf, a["P"], delay(a), "paraphrase", [a["id"]], f"anns.py:{a['id']}:P", shape="banjar-" + pf)
for i, (aid, t) in enumerate(P2):
    a = ANN[aid]
    add(pick_kim(a), R.choice(["facebook", "instagram"]), t, delay(a), "paraphrase", [aid], f"extra.py:P2[{i}]", shape="casual")

# ---- round-ups 26
def item(a, mode):
    if mode == 0: return a["title"]
    if mode == 1: return a["S"]
    return a["title"][0].lower() + a["title"][1:]
RL = ["oneline", "bullet", "numbered", "prose", "ytchapters", "emoji"]
used = set()
for j in range(26):
    while True:
        anchor = R.choice(A)
        cand = [b for b in A if b is not anchor and timedelta(0) <= anchor["d"] - b["d"] <= timedelta(days=9)]
        n = 3 if j % 3 == 0 else 2
        if len(cand) >= n - 1:
            chosen = [anchor] + R.sample(cand, n - 1)
            sig = tuple(sorted(b["id"] for b in chosen))
            if sig not in used:
                used.add(sig); break
    R.shuffle(chosen)
    d = after(anchor, 5, 40)
    lay = RL[j % 6]; mode = j % 3
    its = [item(b, mode) for b in chosen]
    loc = R.sample(LOCAL, R.randint(0, 2)) if lay != "prose" else R.sample(LOCAL, 1)
    title = ""
    if lay == "oneline":
        allit = its + loc; R.shuffle(allit)
        text = "KILAS INFO | " + " | ".join(allit); pf = R.choice(["facebook", "telegram"])
    elif lay == "bullet":
        allit = its + loc
        text = "Rangkuman kabar pekan ini:\n" + "\n".join("• " + x for x in allit); pf = R.choice(["facebook", "instagram"])
    elif lay == "numbered":
        allit = loc + its
        text = "Info singkat hari ini:\n" + "\n".join(f"{k+1}. {x}" for k, x in enumerate(allit)); pf = "facebook"
    elif lay == "prose":
        text = ("Sepekan ini ada beberapa kabar dari pemerintah. Yang pertama, " + its[0].rstrip(".") + ". Kemudian " +
                "; selain itu ".join(x.rstrip(".") for x in its[1:]) + ". Dari kampung kita sendiri: " + loc[0].lower() + ".")
        pf = "website"; title = "Kabar Sepekan dari Kampung dan Pemerintah"
    elif lay == "ytchapters":
        text = "Isi kabar pekan ini:\n" + "\n".join(f"0{k}:{R.randint(10, 59)} {x}" for k, x in enumerate(its + loc)); pf = "youtube"
    else:
        allit = its + loc; R.shuffle(allit)
        text = "📰 KABAR SINGKAT 📰\n" + "\n".join("✅ " + x for x in allit); pf = R.choice(["instagram", "telegram"])
    kim = R.choice(SPECIAL) if j < 12 else R.choice(PLAIN)
    if pf == "youtube": title = f"KABAR BANUA PEKAN INI | {KIMNAME[kim]}"
    add(kim, pf, text, d, "roundup", [b["id"] for b in chosen], f"auto:roundup:{j}", title=title, shape=lay)

# ---- negatives, befores, unrelated
NSH = ["facebook", "facebook", "telegram", "instagram", "website", "youtube", "wa"]
def shape_neg(t):
    sh = R.choice(NSH)
    if sh == "wa": return "facebook", f"{R.choice(['*INFO*', 'Dari grup WA RT 👇', '↪️ Diteruskan'])}\n{t}", sh
    if sh == "instagram": return "instagram", t + "\n\n" + tags(R.randint(2, 5)), sh
    if sh == "youtube": return "youtube", t + "\n\nLiputan: Tim KIM", sh
    return sh, t, sh

def neg_kim(reg):
    ina = [k for k in INACTIVE if KIMREG[k] == reg]
    if ina and R.random() < 0.72: return R.choice(ina)
    return R.choice(kims_of(reg, PLAIN + SPECIAL))

def neg_time(a):
    return after(a, 10, 12 * 24)

for a in A:
    for i, (reg, t, diff) in enumerate(a["N"]):
        pf, text, sh = shape_neg(t)
        nt = after(a, 6 * 24, 10 * 24) if diff.startswith("next") else neg_time(a)
        add(neg_kim(reg), pf, text, nt, "negative-topic", [], f"anns.py:{a['id']}:N[{i}]", shape=sh,
            imitates=[PFX + a["id"]], differs=diff)
    if a["B"]:
        pf, text, sh = shape_neg(a["B"])
        add(neg_kim(a["reg"]), pf, text, a["d"] - timedelta(minutes=R.randint(180, 60 * 60)), "before", [],
            f"anns.py:{a['id']}:B", shape=sh, imitates=[PFX + a["id"]], differs="posted before the release, no release facts")
for i, (aid, reg, t, diff) in enumerate(N2):
    a = ANN[aid]; pf, text, sh = shape_neg(t)
    add(neg_kim(reg), pf, text, neg_time(a), "negative-topic", [], f"extra.py:N2[{i}]", shape=sh, imitates=[PFX + aid], differs=diff)
for i, (aid, reg, t) in enumerate(B2):
    a = ANN[aid]; pf, text, sh = shape_neg(t)
    add(neg_kim(reg), pf, text, a["d"] - timedelta(minutes=R.randint(180, 60 * 50)), "before", [], f"extra.py:B2[{i}]",
        shape=sh, imitates=[PFX + aid], differs="posted before the release (invitation/rumour)")
for i, (reg, t) in enumerate(U):
    pf, text, sh = shape_neg(t)
    k = neg_kim(reg) if reg != "prov" else R.choice(list(KIMREG))
    add(k, pf, text, datetime(2026, 10, 27, 6) + timedelta(days=R.randint(0, 38), minutes=R.randint(0, 15 * 60)), "negative-unrelated", [],
        f"extra.py:U[{i}]", shape=sh)

ids = [f"{PFX}p{n:03d}" for n in range(1, len(posts) + 1)]
R.shuffle(ids)
for p, i in zip(posts, ids):
    p["id"] = i
posts.sort(key=lambda p: (p["d"], p["id"]))
with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for a in anns_out:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
km = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f, open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as g:
    for p in posts:
        f.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"],
                            "url": post_url(p["kim"], p["platform"], p["title"] or p["text"][:50], p["d"]),
                            "title": p["title"], "text": p["text"], "published_at": iso(p["d"]), "links": p["links"]},
                           ensure_ascii=False) + "\n")
        g.write(json.dumps({"post": p["id"], "announcements": p["gold"], "style": p["style"]}, ensure_ascii=False) + "\n")
        km[p["id"]] = {"key": p["key"], "style": p["style"], "gold": p["gold"], **p["km"]}
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(km, f, ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, r, dist, v in KIMS:
        f.write(f"- id: kim-{k}\n  name: KIM {v}\n  region: {REG[r]}\n  district: {dist}\n  village: {v}\n")
print(len(posts), "posts")
