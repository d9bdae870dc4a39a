#!/usr/bin/env python3
"""Deterministic generator of heldout23 (seed fixed). Hand-written parts: data_ann.py, data_posts.py,
and the wrappers / round-ups below."""
import json, random, re
from datetime import datetime, timedelta
from data_ann import ANN
from data_posts import S, P, N, B, U

SEED = 2026120723
R = random.Random(SEED)
W = "+08:00"
def T(s): return datetime.fromisoformat(s)
def iso(d): return d.replace(microsecond=0).isoformat()

KIMS = [  # id, region, district, village
("kim-pemurus-dalam","Kota Banjarmasin","Banjarmasin Selatan","Pemurus Dalam"),
("kim-teluk-tiram","Kota Banjarmasin","Banjarmasin Barat","Teluk Tiram"),
("kim-kuin-utara","Kota Banjarmasin","Banjarmasin Utara","Kuin Utara"),
("kim-basirih","Kota Banjarmasin","Banjarmasin Barat","Basirih"),
("kim-guntung-manggis","Kota Banjarbaru","Landasan Ulin","Guntung Manggis"),
("kim-landasan-ulin-barat","Kota Banjarbaru","Liang Anggang","Landasan Ulin Barat"),
("kim-sungai-besar","Kota Banjarbaru","Banjarbaru Selatan","Sungai Besar"),
("kim-cempaka","Kota Banjarbaru","Cempaka","Cempaka"),
("kim-pasayangan","Kabupaten Banjar","Martapura","Pasayangan"),
("kim-kiram","Kabupaten Banjar","Karang Intan","Kiram"),
("kim-gambut","Kabupaten Banjar","Gambut","Gambut"),
("kim-angsau","Kabupaten Tanah Laut","Pelaihari","Angsau"),
("kim-takisung","Kabupaten Tanah Laut","Takisung","Takisung"),
("kim-kurau","Kabupaten Tanah Laut","Kurau","Kurau"),
("kim-rantau-kiwa","Kabupaten Tapin","Tapin Utara","Rantau Kiwa"),
("kim-bakarangan","Kabupaten Tapin","Bakarangan","Bakarangan"),
("kim-binuang","Kabupaten Tapin","Binuang","Binuang"),
("kim-kandangan-kota","Kabupaten Hulu Sungai Selatan","Kandangan","Kandangan Kota"),
("kim-angkinang","Kabupaten Hulu Sungai Selatan","Angkinang","Angkinang"),
("kim-loksado","Kabupaten Hulu Sungai Selatan","Loksado","Loksado"),
("kim-barabai-darat","Kabupaten Hulu Sungai Tengah","Barabai","Barabai Darat"),
("kim-hantakan","Kabupaten Hulu Sungai Tengah","Hantakan","Hantakan"),
("kim-pagat","Kabupaten Hulu Sungai Tengah","Batu Benawa","Pagat"),
("kim-sungai-malang","Kabupaten Hulu Sungai Utara","Amuntai Tengah","Sungai Malang"),
("kim-sungai-tabukan","Kabupaten Hulu Sungai Utara","Sungai Tabukan","Sungai Tabukan"),
("kim-danau-panggang","Kabupaten Hulu Sungai Utara","Danau Panggang","Danau Panggang"),
("kim-batu-piring","Kabupaten Balangan","Paringin Selatan","Batu Piring"),
("kim-halong","Kabupaten Balangan","Halong","Halong"),
("kim-juai","Kabupaten Balangan","Juai","Juai"),
("kim-pembataan","Kabupaten Tabalong","Murung Pudak","Pembataan"),
("kim-jaro","Kabupaten Tabalong","Jaro","Jaro"),
("kim-tanta","Kabupaten Tabalong","Tanta","Tanta"),
("kim-sebamban-baru","Kabupaten Tanah Bumbu","Sungai Loban","Sebamban Baru"),
("kim-batulicin","Kabupaten Tanah Bumbu","Batulicin","Batulicin"),
("kim-stagen","Kabupaten Kotabaru","Pulau Laut Utara","Stagen"),
("kim-sungai-bali","Kabupaten Kotabaru","Pulau Sebuku","Sungai Bali"),
("kim-berangas-timur","Kabupaten Barito Kuala","Alalak","Berangas Timur"),
("kim-belawang","Kabupaten Barito Kuala","Belawang","Belawang"),
("kim-kuripan","Kabupaten Barito Kuala","Kuripan","Kuripan"),
("kim-marabahan-kota","Kabupaten Barito Kuala","Marabahan","Marabahan Kota"),
]
INACTIVE = ["kim-teluk-tiram", "kim-angkinang", "kim-hantakan", "kim-sungai-malang", "kim-kurau", "kim-juai"]
SPECIAL = ["kim-loksado", "kim-danau-panggang", "kim-tanta", "kim-sungai-bali"]
REG = {k[0]: k[1] for k in KIMS}
NORMAL = [k[0] for k in KIMS if k[0] not in INACTIVE + SPECIAL]
SRCREG = {"pemkot-banjarmasin": "Kota Banjarmasin", "pemkot-banjarbaru": "Kota Banjarbaru", "pemkab-banjar": "Kabupaten Banjar",
          "pemkab-hsu": "Kabupaten Hulu Sungai Utara", "pemkab-tanbu": "Kabupaten Tanah Bumbu", "pemkab-hss": "Kabupaten Hulu Sungai Selatan",
          "pemkab-batola": "Kabupaten Barito Kuala", "pemkab-kotabaru": "Kabupaten Kotabaru", "pemkab-tanah-laut": "Kabupaten Tanah Laut",
          "pemkab-tapin": "Kabupaten Tapin", "pemkab-hst": "Kabupaten Hulu Sungai Tengah", "pemkab-balangan": "Kabupaten Balangan",
          "pemkab-tabalong": "Kabupaten Tabalong", "atrbpn-kotabaru": "Kabupaten Kotabaru", "atrbpn-banjar": "Kabupaten Banjar"}
A = {a[0]: dict(id="h23-" + a[0], source=a[1], url=a[2], title=a[3], text=a[4], published_at=a[5]) for a in ANN}
SRCNAME = {"pemkot-banjarmasin": "Pemkot Banjarmasin", "pemkot-banjarbaru": "Humas Banjarbaru", "pemkab-banjar": "MC Kab. Banjar",
           "pemkab-hsu": "MC HSU", "pemkab-tanbu": "MC Tanbu", "pemkab-hss": "MC HSS", "pemkab-batola": "Diskominfo Batola",
           "pemkab-kotabaru": "Pemkab Kotabaru", "pemkab-tanah-laut": "MC Tala", "pemkab-tapin": "Pemkab Tapin", "pemkab-hst": "MC HST",
           "pemkab-balangan": "Diskominfo Balangan", "pemkab-tabalong": "Pemkab Tabalong", "dishub-kalsel": "Dishub Kalsel", "bapenda-kalsel": "Bapenda Kalsel", "atrbpn-kotabaru": "BPN Kotabaru", "atrbpn-banjar": "BPN Banjar",
           "diskominfo-kalsel": "Diskominfo Kalsel"}

def kim_for(a, pool=None):
    pool = pool or NORMAL
    reg = SRCREG.get(A[a]["source"])
    local = [k for k in pool if REG[k] == reg]
    if local and R.random() < 0.75:
        return R.choice(local)
    return R.choice(pool)

def delay():
    x = R.random()
    if x < 0.3: return timedelta(minutes=R.randint(12, 300))
    if x < 0.75: return timedelta(hours=R.randint(5, 60))
    return timedelta(days=R.randint(3, 18), hours=R.randint(0, 20))

def urlvar(u):
    forms = []
    v = u
    k = R.randint(0, 7)
    if k == 1: v = v.replace("https://", "http://")
    elif k == 2: v = v.replace("https://", "https://www.")
    elif k == 3: v = v.replace("https://", "https://m.")
    elif k == 4: v = v.rstrip("/") if v.endswith("/") else v + "/"
    elif k == 5: v = (v.rstrip("/") + "/amp/") if "/20" in v else v + "?utm_source=whatsapp&utm_medium=share"
    elif k == 6: v = v + "?fbclid=IwAR0" + "".join(R.choice("abcdefXYZ123") for _ in range(12))
    elif k == 7: v = v.replace("https://", "http://www.") + ("?utm_source=facebook" if R.random() < .5 else "")
    return v

def typos(t, n):
    words = t.split(" ")
    for _ in range(n):
        i = R.randrange(len(words))
        w = words[i]
        if len(w) > 5 and w.isalpha():
            j = R.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)

def paras(a): return A[a]["text"].split("\n\n")

posts = []  # dict(kim, platform, title, text, published_at, extra_links, style, ann(list), key, shape, imitates, differs)
def add(**kw):
    kw.setdefault("title", ""); kw.setdefault("extra", []); kw.setdefault("anns", [])
    posts.append(kw)

AIDS = sorted(A)
# ---- copy (one per announcement): varied wrappers
COPYW = [
    ("website", lambda a, t: ("Pengumuman: " + A[a]["title"], "Menu: Beranda | Profil | Berita | Galeri | Kontak\n\nOleh Admin KIM | " + T(A[a]["published_at"]).strftime("%d/%m/%Y") + "\n\n" + t + "\n\nBaca juga: Jadwal Posyandu Bulan Ini\n\nBagikan: Facebook | WhatsApp | Twitter")),
    ("facebook", lambda a, t: ("", "📢 INFO PENTING 📢\n\n" + t + "\n\nSumber: " + SRCNAME[A[a]["source"]])),
    ("facebook", lambda a, t: ("", "*Diteruskan*\n\n*" + A[a]["title"] + "*\n\n" + t.replace("–", "-"))),
    ("facebook", lambda a, t: ("", t.replace("\n\n", " ") + "\n#KIMKalsel #InfoPublik")),
    ("website", lambda a, t: (A[a]["title"], t.replace("“", '"').replace("”", '"') + "\n\nSumber: " + A[a]["url"] + "\n\nTags: berita, pemerintahan\n\nShare: FB | WA")),
    ("telegram", lambda a, t: ("", "Forwarded from " + SRCNAME[A[a]["source"]] + "\n" + A[a]["title"] + "\n\n" + t)),
]
for i, a in enumerate(AIDS):
    pl, f = COPYW[i % len(COPYW)]
    t = A[a]["text"]
    if i % 3 == 1: t = typos(t, R.randint(1, 3))
    if i % 4 == 2: t = re.sub(r"\s*\([a-z\-]+/[a-z]+\)$", "", t)
    title, text = f(a, t)
    add(style="copy", anns=[a], kim=kim_for(a), platform=pl, title=title, text=text, at=T(A[a]["published_at"]) + delay(), key=f"C-{a}", shape=f"copy{i % 6}")

# ---- excerpt (one per announcement)
for i, a in enumerate(AIDS):
    ps = paras(a); k = i % 5
    kim = kim_for(a)
    if k == 0:  # telegram truncated preview
        cut = ps[0][: R.randint(140, 200)].rsplit(" ", 1)[0] + "…"
        if a in ("a04", "a09", "a14", "a21"):
            kim = {"a04": "kim-danau-panggang", "a09": "kim-sungai-bali", "a14": "kim-tanta", "a21": "kim-loksado"}[a]
        add(style="excerpt", anns=[a], kim=kim, platform="telegram", text="Forwarded from " + SRCNAME[A[a]["source"]] + "\n" + A[a]["title"] + "\n" + cut, at=T(A[a]["published_at"]) + delay(), key=f"E-{a}", shape="tgtrunc")
    elif k == 1:
        add(style="excerpt", anns=[a], kim=kim, platform="facebook", text=ps[0] + "\n\n" + ps[1][:90].rsplit(" ", 1)[0] + "... Lihat selengkapnya", at=T(A[a]["published_at"]) + delay(), key=f"E-{a}", shape="fbcut")
    elif k == 2:
        add(style="excerpt", anns=[a], kim=kim, platform="website", title=A[a]["title"], text="Beranda › Berita\n\n" + ps[1] + "\n\n(dikutip dari " + SRCNAME[A[a]["source"]] + ")\n\nBaca juga: Kerja Bakti Minggu Ini", at=T(A[a]["published_at"]) + delay(), key=f"E-{a}", shape="quote")
    elif k == 3:
        add(style="excerpt", anns=[a], kim=kim, platform="instagram", text=ps[0] + "\n.\n.\n#infopublik #kalsel #kimkalsel", at=T(A[a]["published_at"]) + delay(), key=f"E-{a}", shape="iglead")
    else:
        add(style="excerpt", anns=[a], kim=kim, platform="facebook", text=R.choice(["Assalamualaikum, info buat warga:", "Selamat pagi warga, mohon dibaca 👇", "Info dari kabupaten:"]) + "\n\n" + ps[0] + "\n\n" + ps[2], at=T(A[a]["published_at"]) + delay(), key=f"E-{a}", shape="leadend")

# ---- link (30): one-line comments, URL forms
LC = ["Silakan dibaca warga 👇", "Info lengkap di link ini", "Penting nih, share ke grup RT ya", "Baca selengkapnya:", "Mohon disimak", "", "Ini beritanya lur",
      "Cek di sini", "Buat yg nanya kemarin, ini jawabannya", "FYI", "Bagikan!", "Good info, thanks min", "Tolong diteruskan ke keluarga"]
for i in range(40):
    a = AIDS[i % len(AIDS)] if i < len(AIDS) else R.choice(AIDS)
    u = urlvar(A[a]["url"])
    c = LC[i % len(LC)]
    shape = ["fbshare", "inline", "tgpreview", "webbacajuga"][i % 4]
    if shape == "fbshare":
        add(style="link", anns=[a], kim=kim_for(a), platform="facebook", text=c or "👍", extra=[u], at=T(A[a]["published_at"]) + delay(), key=f"L{i:02d}-{a}", shape=shape)
    elif shape == "inline":
        add(style="link", anns=[a], kim=kim_for(a), platform="facebook", text=(c + " " + u).strip(), at=T(A[a]["published_at"]) + delay(), key=f"L{i:02d}-{a}", shape=shape)
    elif shape == "tgpreview":
        add(style="link", anns=[a], kim=kim_for(a), platform="telegram", text=u + "\n" + A[a]["title"] + "\n" + SRCNAME[A[a]["source"]], at=T(A[a]["published_at"]) + delay(), key=f"L{i:02d}-{a}", shape=shape)
    else:
        add(style="link", anns=[a], kim=kim_for(a), platform="website", title="Info Kabupaten Pekan Ini", text="Beranda | Berita | Layanan\n\nWarga dapat membaca informasi resmi berikut.\n\nBaca juga: " + A[a]["title"] + " " + u + "\n\nBagikan: FB WA", at=T(A[a]["published_at"]) + delay(), key=f"L{i:02d}-{a}", shape=shape)

# ---- summary (2 per announcement; some Instagram with many hashtags, some YouTube)
HT = "#kalsel #kalimantanselatan #banua #infopublik #kimkalsel #beritadesa #pelayananpublik #infowarga #banjar #wargabijak #infoterkini"
for i, a in enumerate(AIDS):
    long, short = S[a]
    pl = ["facebook", "instagram", "website", "facebook", "youtube", "facebook"][i % 6]
    kim = kim_for(a)
    if pl == "instagram":
        text = long + "\n\n" + HT
        if a == "a08": kim = "kim-loksado"
        if a == "a23": kim = "kim-tanta"
        if a == "a10": kim = "kim-sungai-bali"
        add(style="summary", anns=[a], kim=kim, platform=pl, text=text, at=T(A[a]["published_at"]) + delay(), key=f"S1-{a}", shape="ighashtags")
    elif pl == "youtube":
        add(style="summary", anns=[a], kim=kim, platform=pl, title=A[a]["title"].split(",")[0] + " | KIM TV", text=long + "\n\n00:00 Pembuka\n00:25 Penjelasan\n02:10 Wawancara warga\n\nJangan lupa subscribe!", at=T(A[a]["published_at"]) + delay(), key=f"S1-{a}", shape="ytdesc")
    elif pl == "website":
        add(style="summary", anns=[a], kim=kim, platform=pl, title=A[a]["title"].split(",")[0], text="Beranda › Info Warga\n\nPenulis: Admin\n\n" + long + "\n\nBaca juga: Kegiatan PKK Desa\n\nBagikan ke: WhatsApp | Facebook", at=T(A[a]["published_at"]) + delay(), key=f"S1-{a}", shape="web")
    else:
        add(style="summary", anns=[a], kim=kim, platform=pl, text=long, at=T(A[a]["published_at"]) + delay(), key=f"S1-{a}", shape="fb")
    pl2 = ["facebook", "telegram", "instagram", "facebook"][i % 4]
    add(style="summary", anns=[a], kim=kim_for(a), platform=pl2, text=short + (" #infowarga" if pl2 == "instagram" else ""), at=T(A[a]["published_at"]) + delay(), key=f"S2-{a}", shape="short")

# ---- paraphrase (Banjar / casual)
for i, a in enumerate(AIDS):
    kim = kim_for(a)
    if a in ("a01", "a05", "a11"): kim = "kim-danau-panggang" if a == "a11" else ("kim-sungai-bali" if a == "a05" else "kim-tanta")
    if a in ("a07", "a16"): kim = "kim-loksado"
    add(style="paraphrase", anns=[a], kim=kim, platform=["facebook", "instagram", "telegram", "facebook"][i % 4], text=P[a][0], at=T(A[a]["published_at"]) + delay(), key=f"P-{a}", shape="banjar")

P2 = {"a02": "truk sampah malem udah jalan di landasan ulin lur, jam 9an lewat. taruh sampah sblm itu ya",
      "a06": "Info utk pengusaha rm & hotel Tanbu: laporan pajak skrg lewat hp aja, e-SPTPD. manual cuma sampe 15 Des.",
      "a10": "Yg tiap malem nongkrong di Siring Laut pasti ngerasa, lampunya baru semua! 150 titik katanya.",
      "a13": "sopir truk hati2 ya, razia ODOL kemarin di km 17 86 truk kena. abis ini di Rantau.",
      "a18": "Sekarang minta surat keterangan dari desa di Balangan tinggal download, ada QR-nya. Mantap.",
      "a20": "Akhirnya gudang batubara ga boleh di tengah kampung. Cek peta RDTR di kantor camat sblm 3/12.",
      "a26": "pajak air permukaan naik 24% wkwk perusahaan tambang akhirnya bayar juga 😅 31,6 M sampe Oktober",
      "a32": "buat yg kerja senin-jumat, BPN Banjar buka Sabtu jam 8-12 ya. Cek sertipikat bisa.",
      "a22": "Belanja di pasar amuntai trs timbangannya kurang? lapor ke posko disdag, ada timbangan pembanding 👍",
      "a04": "besok lusa air pdam amuntai keruh, reservoir dikuras. siapin ember 🪣"}
for i, (a, t) in enumerate(sorted(P2.items())):
    add(style="paraphrase", anns=[a], kim=kim_for(a), platform=["facebook", "telegram", "instagram"][i % 3], text=t, at=T(A[a]["published_at"]) + delay(), key=f"P2-{a}", shape="casual")

# ---- round-ups (hand-written layouts)
def item(a, j):
    return [A[a]["title"], S[a][1], A[a]["title"].lower()][j % 3]
RU = [
 (["a11", "a01", "a13"], "bullets", "Rangkuman info pekan ini:\n" ),
 (["a03", "a05", "a09"], "numbered", "Info sepekan dari kabupaten/kota (7 Nov-13 Nov):\n"),
 (["a07", "a14", "a17"], "pipe", "Kilas info: "),
 (["a12", "a13", "a10", "a08"], "chapters", ""),
 (["a15", "a16", "a18"], "prose", ""),
 (["a19", "a20", "a21"], "bullets", "📰 Berita pilihan minggu ini\n"),
 (["a22", "a24", "a16"], "numbered", "REKAP AKHIR NOVEMBER\n"),
 (["a02", "a06"], "mixed", "Info RT & kota pekan ini:\n"),
 (["a04", "a15"], "pipe", "Kabar sepekan: "),
 (["a17", "a18", "a19"], "chapters", ""),
 (["a09", "a10", "a23"], "prose", ""),
 (["a05", "a06", "a12"], "mixed", "Seputar pajak & retribusi:\n"),
 (["a21", "a22"], "bullets", "Info pasar minggu ini\n"),
 (["a01", "a02", "a03", "a04"], "numbered", "Info air & sampah sepekan:\n"),
 (["a25", "a29", "a21"], "bullets", "Banjarbaru sepekan 👇\n"),
 (["a26", "a27", "a15"], "numbered", "Rangkuman info provinsi:\n"),
 (["a28", "a12", "a14"], "pipe", "Transportasi & pasar: "),
 (["a30", "a23", "a18"], "chapters", ""),
 (["a31", "a32", "a19", "a20"], "prose", ""),
 (["a29", "a30"], "mixed", "Info layanan darurat & kampung:\n"),
 (["a24", "a27", "a26"], "bullets", "Kabar akhir bulan\n"),
 (["a11", "a12", "a05"], "numbered", "Parkir & pajak, info penting:\n"),
 (["a28", "a27", "a24"], "chapters", ""),
 (["a03", "a04", "a25", "a26"], "pipe", "Soal air: "),
 (["a07", "a08", "a31", "a32"], "prose", ""),
 (["a16", "a22", "a15"], "mixed", "Belanja aman jelang Nataru:\n"),
]
LOCAL = ["Kerja bakti RT 03 Minggu pagi", "Posyandu desa pindah ke Rabu", "Jadwal ronda baru sudah ditempel di pos", "Lomba azan anak-anak tingkat desa"]
RUKIM = ["kim-loksado", "kim-danau-panggang", "kim-tanta", "kim-sungai-bali"]
for i, (ids, lay, head) in enumerate(RU):
    at = max(T(A[a]["published_at"]) for a in ids) + timedelta(hours=R.randint(6, 60))
    assert all(at - T(A[a]["published_at"]) <= timedelta(days=19) for a in ids), ids
    its = [item(a, i + j) for j, a in enumerate(ids)]
    title, pl = "", "facebook"
    if lay == "bullets": text = head + "\n".join("• " + x for x in its)
    elif lay == "numbered": text = head + "\n".join(f"{n}. {x}" for n, x in enumerate(its, 1))
    elif lay == "pipe": text = head + " | ".join(its)
    elif lay == "chapters":
        pl, title = "youtube", "Kabar Banua Sepekan #" + str(40 + i)
        text = "Rangkuman berita pekan ini.\n\nChapters:\n00:00 Pembuka\n" + "\n".join(f"0{n + 1}:{R.randint(10, 59)} {x}" for n, x in enumerate(its)) + "\n09:40 Penutup"
    elif lay == "prose": text = "Pekan ini banyak kabar: " + "; ".join(x.rstrip(".") for x in its) + ". Semoga bermanfaat."
    else: text = head + "\n".join("- " + x for x in its[:1] + [LOCAL[i % 4]] + its[1:] + [LOCAL[(i + 1) % 4]])
    kim = RUKIM[i % 4] if i < 8 else R.choice(NORMAL)
    add(style="roundup", anns=ids, kim=kim, platform=pl, title=title, text=text, at=at, key=f"R{i:02d}", shape=lay)

# ---- negatives (look-alikes) : inactive KIMs get >= 4 each
inact = INACTIVE * 6
for i, (t, a, d) in enumerate(N):
    kim = inact[i] if i < 36 else R.choice(NORMAL + SPECIAL)
    pl = ["facebook", "facebook", "instagram", "telegram", "website", "facebook"][i % 6]
    follow = any(w in d for w in ("next", "follow", "later"))
    at = T(A[a]["published_at"]) + (timedelta(days=R.randint(4, 22)) if follow else timedelta(hours=R.randint(-72, 300)))
    m = re.search(r"\b(\d{1,2})/(\d{1,2})\b", t)
    if follow and m:  # dated next stage: posted on that day
        at = datetime(2026, int(m.group(2)), int(m.group(1)), R.randint(8, 17), R.randint(0, 59), tzinfo=at.tzinfo)
    extra = []
    if i in (8, 22, 45):  # URL traps: other articles on the same government domains
        extra = [{"8": "https://banjarkab.go.id/berita/pipa-pdam-km-39-bocor-air-mati-setengah-hari",
                  "22": "https://baritokualakab.go.id/berita/180-titik-pju-marabahan-jejangkit",
                  "45": "https://banjarkab.go.id/berita/perbup-rdtr-gambut-terbit"}[str(i)]]
        t = t + " " + extra[0]; extra = []
    add(style="negative-topic", anns=[], kim=kim, platform=pl, title=("Info Desa" if pl == "website" else ""), text=t, at=at, key=f"N{i:02d}", shape="lookalike", imitates=a, differs=d)
for i, (a, t, h) in enumerate(B):
    kim = INACTIVE[i % 6] if i < 12 else R.choice(NORMAL)
    add(style="before", anns=[], kim=kim, platform=["facebook", "telegram", "instagram"][i % 3], text=t, at=T(A[a]["published_at"]) - timedelta(hours=h, minutes=R.randint(5, 50)), key=f"B{i:02d}", shape="before", imitates=a, differs="posted before the release")
for i, t in enumerate(U):
    kim = R.choice(list(REG))
    add(style="negative-unrelated", anns=[], kim=kim, platform=["facebook", "instagram", "facebook", "telegram", "website"][i % 5], title=("Kabar Kampung" if i % 5 == 4 else ""), text=t,
        at=datetime(2026, 11, 1, 7, 0, tzinfo=T(ANN[0][5]).tzinfo) + timedelta(minutes=R.randint(0, 40 * 24 * 60)), key=f"U{i:02d}", shape="village")

# ---- finalize: sort by time, shuffle ids
posts.sort(key=lambda p: p["at"])
ids = list(range(1, len(posts) + 1)); R.shuffle(ids)
HANDLE = lambda k: k.replace("kim-", "kim")
out_p, out_l, keymap = [], [], {}
URLRE = re.compile(r"https?://[^\s)]+")
for p, n in zip(posts, ids):
    pid = f"h23-p{n:03d}"
    h = HANDLE(p["kim"]); num = R.randint(10**14, 10**15)
    url = {"facebook": f"https://www.facebook.com/{h}/posts/{num}", "instagram": f"https://www.instagram.com/p/C{num % 10**10:x}/",
           "telegram": f"https://t.me/{h}/{num % 5000}", "website": f"https://{h}.desa.id/{p['at'].year}/{p['at'].month:02d}/post-{num % 100000}/",
           "youtube": f"https://www.youtube.com/watch?v=Y{num % 10**10:x}"}[p["platform"]]
    if p["platform"] == "website" and not p["title"]:
        p["title"] = " ".join(re.sub(r"https?://\S+", "", p["text"]).split()[:7]).rstrip(",.:")
    if p["platform"] not in ("website", "youtube"):
        p["title"] = ""
    links = []
    for u in URLRE.findall(p["title"] + "\n" + p["text"]) + p["extra"]:
        if u not in links: links.append(u)
    out_p.append(dict(id=pid, kim=p["kim"], platform=p["platform"], url=url, title=p["title"], text=p["text"], published_at=iso(p["at"]), links=links))
    out_l.append(dict(post=pid, announcements=["h23-" + a for a in p["anns"]], style=p["style"]))
    km = dict(gen=p["key"], style=p["style"], shape=p["shape"])
    if p.get("imitates"): km.update(imitates="h23-" + p["imitates"], differs=p["differs"])
    keymap[pid] = km
with open("announcements.jsonl", "w", encoding="utf-8") as f:
    for a in AIDS: f.write(json.dumps(A[a], ensure_ascii=False) + "\n")
with open("posts.jsonl", "w", encoding="utf-8") as f:
    for p in out_p: f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open("labels.jsonl", "w", encoding="utf-8") as f:
    for l in out_l: f.write(json.dumps(l, ensure_ascii=False) + "\n")
with open("keymap.json", "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
with open("kims.yaml", "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, r, d, v in KIMS:
        f.write(f"- id: {k}\n  name: KIM {v}\n  region: {r}\n  district: {d}\n  village: {v}\n")
print(len(out_p), "posts", sum(len(l["announcements"]) for l in out_l), "gold pairs")
