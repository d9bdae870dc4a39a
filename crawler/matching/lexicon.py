"""Word lists the matcher reads: Indonesian stop words.

The stop words are the list of the Sastrawi project (``StopWordRemoverFactory``, MIT licence,
Copyright (c) 2015 Andy Librian), which follows Tala's stop-word list for Indonesian. Only this
list is taken: Sastrawi's root-word dictionary (``kata-dasar.txt``, from Kateglo,
CC-BY-NC-SA 3.0) is not used anywhere in kimwatch — stemming is the rule-based Snowball
Indonesian stemmer (PyStemmer, BSD), which needs no dictionary.
"""

from __future__ import annotations

import re

INDONESIAN_STOP_WORDS = frozenset("""
    a ada adalah adanya adapun agak agaknya agar akan akankah akhir akhiri akhirnya aku akulah amat
    amatlah anda andalah antar antara antaranya apa apaan apabila apakah apalagi apatah arti artinya
    asal asalkan atas atau ataukah ataupun awal awalnya b bagai bagaikan bagaimana bagaimanakah
    bagaimanapun bagainamakah bagi bagian bahkan bahwa bahwasannya bahwasanya baik baiklah bakal
    bakalan balik banyak bapak baru bawah beberapa begini beginian beginikah beginilah begitu
    begitukah begitulah begitupun bekerja belakang belakangan belum belumlah benar benarkah benarlah
    berada berakhir berakhirlah berakhirnya berapa berapakah berapalah berapapun berarti berawal
    berbagai berdatangan beri berikan berikut berikutnya berjumlah berkali-kali berkata berkehendak
    berkeinginan berkenaan berlainan berlalu berlangsung berlebihan bermacam bermacam-macam
    bermaksud bermula bersama bersama-sama bersiap bersiap-siap bertanya bertanya-tanya berturut
    berturut-turut bertutur berujar berupa besar betul betulkah biasa biasanya bila bilakah bisa
    bisakah boleh bolehkah bolehlah buat bukan bukankah bukanlah bukannya bulan bung c cara caranya
    cukup cukupkah cukuplah cuma d dahulu dalam dan dapat dari daripada datang dekat demi demikian
    demikianlah dengan depan di dia diakhiri diakhirinya dialah diantara diantaranya diberi
    diberikan diberikannya dibuat dibuatnya didapat didatangkan digunakan diibaratkan diibaratkannya
    diingat diingatkan diinginkan dijawab dijelaskan dijelaskannya dikarenakan dikatakan
    dikatakannya dikerjakan diketahui diketahuinya dikira dilakukan dilalui dilihat dimaksud
    dimaksudkan dimaksudkannya dimaksudnya diminta dimintai dimisalkan dimulai dimulailah dimulainya
    dimungkinkan dini dipastikan diperbuat diperbuatnya dipergunakan diperkirakan diperlihatkan
    diperlukan diperlukannya dipersoalkan dipertanyakan dipunyai diri dirinya disampaikan disebut
    disebutkan disebutkannya disini disinilah ditambahkan ditandaskan ditanya ditanyai ditanyakan
    ditegaskan ditujukan ditunjuk ditunjuki ditunjukkan ditunjukkannya ditunjuknya dituturkan
    dituturkannya diucapkan diucapkannya diungkapkan dong dua dulu e empat enak enggak enggaknya
    entah entahlah f g guna gunakan h hadap hai hal halo hallo hampir hanya hanyalah hari harus
    haruslah harusnya helo hello hendak hendaklah hendaknya hingga i ia ialah ibarat ibaratkan
    ibaratnya ibu ikut ingat ingat-ingat ingin inginkah inginkan ini inikah inilah itu itukah itulah
    j jadi jadilah jadinya jangan jangankan janganlah jauh jawab jawaban jawabnya jelas jelaskan
    jelaslah jelasnya jika jikalau juga jumlah jumlahnya justru k kadar kala kalau kalaulah kalaupun
    kali kalian kami kamilah kamu kamulah kan kapan kapankah kapanpun karena karenanya kasus kata
    katakan katakanlah katanya ke keadaan kebetulan kecil kedua keduanya keinginan kelamaan
    kelihatan kelihatannya kelima keluar kembali kemudian kemungkinan kemungkinannya kena kenapa
    kepada kepadanya kerja kesampaian keseluruhan keseluruhannya keterlaluan ketika khusus khususnya
    kini kinilah kira kira-kira kiranya kita kitalah kok kurang l lagi lagian lah lain lainnya laku
    lalu lama lamanya langsung lanjut lanjutnya lebih lewat lihat lima luar m macam maka makanya
    makin maksud malah malahan mampu mampukah mana manakala manalagi masa masalah masalahnya masih
    masihkah masing masing-masing masuk mata mau maupun melainkan melakukan melalui melihat
    melihatnya memang memastikan memberi memberikan membuat memerlukan memihak meminta memintakan
    memisalkan memperbuat mempergunakan memperkirakan memperlihatkan mempersiapkan mempersoalkan
    mempertanyakan mempunyai memulai memungkinkan menaiki menambahkan menandaskan menanti
    menanti-nanti menantikan menanya menanyai menanyakan mendapat mendapatkan mendatang mendatangi
    mendatangkan menegaskan mengakhiri mengapa mengatakan mengatakannya mengenai mengerjakan
    mengetahui menggunakan menghendaki mengibaratkan mengibaratkannya mengingat mengingatkan
    menginginkan mengira mengucapkan mengucapkannya mengungkapkan menjadi menjawab menjelaskan
    menuju menunjuk menunjuki menunjukkan menunjuknya menurut menuturkan menyampaikan menyangkut
    menyatakan menyebutkan menyeluruh menyiapkan merasa mereka merekalah merupakan meski meskipun
    meyakini meyakinkan minta mirip misal misalkan misalnya mohon mula mulai mulailah mulanya
    mungkin mungkinkah n nah naik namun nanti nantinya nya nyaris nyata nyatanya o oleh olehnya
    orang p pada padahal padanya pak paling panjang pantas para pasti pastilah penting pentingnya
    per percuma perlu perlukah perlunya pernah persoalan pertama pertama-tama pertanyaan pertanyakan
    pihak pihaknya pukul pula pun punya q r rasa rasanya rupa rupanya s saat saatnya saja sajalah
    salam saling sama sama-sama sambil sampai sampai-sampai sampaikan sana sangat sangatlah sangkut
    satu saya sayalah se sebab sebabnya sebagai sebagaimana sebagainya sebagian sebaik
    sebaik-baiknya sebaiknya sebaliknya sebanyak sebegini sebegitu sebelum sebelumnya sebenarnya
    seberapa sebesar sebetulnya sebisanya sebuah sebut sebutlah sebutnya secara secukupnya sedang
    sedangkan sedemikian sedikit sedikitnya seenaknya segala segalanya segera seharusnya sehingga
    seingat sejak sejauh sejenak sejumlah sekadar sekadarnya sekali sekali-kali sekalian sekaligus
    sekalipun sekarang sekaranglah sekecil seketika sekiranya sekitar sekitarnya sekurang-kurangnya
    sekurangnya sela selain selaku selalu selama selama-lamanya selamanya selanjutnya seluruh
    seluruhnya semacam semakin semampu semampunya semasa semasih semata semata-mata semaunya
    sementara semisal semisalnya sempat semua semuanya semula sendiri sendirian sendirinya seolah
    seolah-olah seorang sepanjang sepantasnya sepantasnyalah seperlunya seperti sepertinya sepihak
    sering seringnya serta serupa sesaat sesama sesampai sesegera sesekali seseorang sesuatu
    sesuatunya sesudah sesudahnya setelah setempat setengah seterusnya setiap setiba setibanya
    setidak-tidaknya setidaknya setinggi seusai sewaktu siap siapa siapakah siapapun sini sinilah
    soal soalnya suatu sudah sudahkah sudahlah supaya t tadi tadinya tahu tak tambah tambahnya
    tampak tampaknya tandas tandasnya tanpa tanya tanyakan tanyanya tapi tegas tegasnya telah tempat
    tentang tentu tentulah tentunya tepat terakhir terasa terbanyak terdahulu terdapat terdiri
    terhadap terhadapnya teringat teringat-ingat terjadi terjadilah terjadinya terkira terlalu
    terlebih terlihat termasuk ternyata tersampaikan tersebut tersebutlah tertentu tertuju terus
    terutama tetap tetapi tiap tiba tiba-tiba tidak tidakkah tidaklah tiga toh tuju tunjuk turut
    tutur tuturnya u ucap ucapnya ujar ujarnya umumnya ungkap ungkapnya untuk usah usai v w waduh
    wah wahai waktunya walau walaupun wong x y ya yaitu yakin yakni yang z
""".split())


# Stages of a programme or an event as Indonesian (and Banjar) news writes them, from general
# knowledge of government news: a post about its results is not a post about its registration.
# For each stage, the words by which a *post* says it is about that stage (narrow), and further
# words by which an *announcement* names it (broad: a release that says "pengumuman hasil 20 Mei"
# or "pemenang mendapat hadiah" names the results, so a post about the results is no
# contradiction of it). Regular-expression fragments, matched whole-word on lower-case text.
EVENT_STAGES: dict[str, tuple[str, str]] = {
    # registration, applications opening
    "daftar": (r"pendaftaran|pandaftaran|mendaftar(?:kan)?|mandaftar|badaftar|didaftarkan|registrasi",
               r"\w*daftar\w*|registrasi\w*|formulir|rekrutmen|\w*lamar\w*|lowongan|penerimaan|kuota|\w*syarat\w*"),
    # selection, verification, tests, judging
    "seleksi": (r"(?<!hasil\s)(?<!lulus\s)(?<!pengumuman\s)(?:seleksi|verifikasi)|ujian|wawancara|uji\s+kompetensi|tes\s+(?:tertulis|wawancara|kemampuan)|"
                r"penjurian|penilaian",
                r"\w*seleksi\w*|\w*verifikasi\w*|\w*validasi\w*|tes|juri|dinilai|menilai"),
    # results, winners, who passed
    "hasil": (r"hasilnya|hasil\s+(?:seleksi|tes|ujian|akhir|penilaian|pemeriksaan|verifikasi|lomba|pemilihan|"
              r"penghitungan|perhitungan|rekapitulasi|uji|survei|sidang|pengukuran|evaluasi|kurasi|audit|"
              r"pemungutan)|pengumuman\s+(?:hasil|kelulusan|pemenang|juara|penerima|calon)|"
              r"kelulusan|lulus|pemenang|juara\s+(?:umum|harapan|\d+|i{1,3}|pertama|kedua|ketiga)|"
              r"keluar\s+sebagai|dinobatkan|terpilih|rekapitulasi|penghitungan\s+suara|perolehan\s+suara|"
              r"(?:meraih|meraup|menyabet|merebut|mendulang)\s+(?:\w+\s+)?medali|penetapan",
              r"hasil\w*|\w*umumkan|pengumuman|juara|pemenang|menang|dimenangkan|lulus|terpilih|peringkat|hadiah|"
              r"\w*rekapitulasi|penghitungan|penetapan|ditetapkan"),
    # distribution, disbursement, handing over
    "salur": (r"penyaluran|panyaluran|disalurkan|disalurakan|menyalurkan|manyalurakan|pencairan|dicairkan|"
              r"pembagian|(?<!mohon\s)(?<!tolong\s)(?<!silakan\s)(?<!bantu\s)(?<!yuk\s)(?<!ayo\s)(?:dibagikan|dibagiakan)|"
              r"membagikan|mambagiakan|penyerahan|diserahkan|menyerahkan|"
              r"distribusi|didistribusikan|mendistribusikan",
              r"\w*salur\w*|\w*cair\w*|\w*bagikan|\w*bagiakan|pembagian|\w*serah\w*|\w*distribusi\w*"),
    # installation in office
    "lantik": (r"pelantikan|palantikan|dilantik|melantik|pengambilan\s+sumpah|sertijab|serah\s+terima\s+jabatan|"
               r"pengukuhan|dikukuhkan|mengukuhkan",
               r"\w*lantik\w*|\w*kukuh\w*|sumpah\w*"),
    # election day
    "coblos": (r"pemungutan\s+suara|pencoblosan|mencoblos|nyoblos|mancoblos",
               r"\w*coblos\w*|tps|hak\s+pilih|pemilihan"),
    "kampanye": (r"kampanye|debat\s+(?:calon|kandidat|publik)|visi\s+(?:dan\s+)?misi",
                 r"kampanye\w*|debat|visi"),
    "undi": (r"pengundian|diundi|pencabutan\s+nomor", r"\w*undi\w*|nomor\s+urut"),
    # objections, appeals
    "keberatan": (r"keberatan|sanggahan|sanggah|gugatan|digugat|menggugat", r"keberatan|\w*sanggah\w*|\w*gugat\w*"),
    # evaluation, reports, realisation
    "evaluasi": (r"evaluasi|mengevaluasi|monev|pertanggungjawaban|lpj|realisasi",
                 r"\w*evaluasi\w*|monev|monitoring|laporan|\w*realisasi\w*|capaian"),
    # postponed or cancelled
    "tunda": (r"(?<!jangan\s)(?<!tidak\s)(?<!tak\s)(?<!kada\s)(?<!usah\s)(?:diundur|ditunda|dibatalkan|batal)|penundaan|"
              r"pembatalan|tidak\s+jadi|kada\s+jadi",
              r"\w*undur\w*|\w*tunda\w*|\w*batal\w*"),
    # deadline or period extended
    "perpanjang": (r"diperpanjang\s+(?:sampai|hingga|lagi|menjadi|selama)|perpanjangan\s+(?:waktu|masa|batas|jadwal|"
                   r"pendaftaran|tenggat)",
                   r"\w*perpanjang\w*"),
    # construction under way
    "bangun": (r"peletakan\s+batu\s+pertama|groundbreaking|(?:mulai|sedang|masih)\s+dibangun|"
               r"(?:tahap|proses|progres)\s+pembangunan|(?:sedang|masih)\s+dikerjakan",
               r"\w*bangun\w*|\w*kerjakan|pengerjaan|konstruksi"),
    # inauguration, launch, opening
    "resmi": (r"peresmian|diresmikan|meresmikan|peluncuran|diluncurkan|meluncurkan|launching",
              r"\w*resmikan|peresmian|\w*luncur\w*|launching|\w*buka|pembukaan|beroperasi"),
    # an information session before a programme
    "sosialisasi": (r"sosialisasi", r"\w*sosialisasi\w*"),
    # pilgrims (and contingents) leaving, and coming back
    "manasik": (r"manasik", r"manasik"),
    "berangkat": (r"keberangkatan|pemberangkatan|diberangkatkan|memberangkatkan|"
                  r"pelepasan\s+(?:jemaah|jamaah|calon|kontingen|peserta|atlet)",
                  r"\w*berangkat\w*|\w*lepas\w*|embarkasi|tulak"),
    "pulang": (r"kepulangan|pemulangan|dipulangkan|tiba\s+di\s+tanah\s+air|kembali\s+ke\s+tanah\s+air|debarkasi",
               r"\w*pulang\w*|debarkasi"),
}

# Words that count rounds, batches and editions: "tahap II", "gelombang kedua", "kloter 6",
# "angkatan ke-3", "HUT ke-81". Any word before "ke-N" counts too.
COUNTING_WORDS = frozenset("""
    tahap gelombang angkatan kloter batch termin putaran sesi periode triwulan kuartal semester
    jilid seri episode musim babak edisi hari pekan minggu
""".split())

# Years said relatively: "tahun lalu" is the post's year minus one. ("Tahun depan" is left
# out: a post restating this year's edition may close with "sampai jumpa tahun depan".)
RELATIVE_YEARS = {
    0: r"tahun\s+ini|tahun\s+sekarang",
    -1: r"tahun\s+(?:lalu|kemarin|kemaren|sebelumnya|silam|yang\s+lalu)|setahun\s+(?:lalu|silam|yang\s+lalu)|"
        r"edisi\s+(?:lalu|sebelumnya)",
}

# Days said relatively: "hari ini" is the day the post was published. ("Kemarin" is left out:
# it is often written for "the other day".)
RELATIVE_DAYS = {
    0: r"hari\s+ini|pagi\s+ini|siang\s+ini|sore\s+ini|malam\s+ini|tadi\s+(?:pagi|siang|sore|malam)|malam\s+tadi|"
       r"barusan",
    1: r"besok|esok|isuk",
}

# Events of a programme that are not stages of it, from general knowledge of Indonesian news: the
# ceremony a contingent is installed for, its rehearsal and training, a tournament's final. Read
# only to tell a release's own event from the *next* one it announces (see NEXT_EVENT_WORDS);
# a one-word alternative each, matched whole-word on lower-case text.
EVENT_NOUNS: dict[str, str] = {
    "upacara": r"upacara|upacaranya",
    "gladi": r"gladi|geladi|glady",
    "latihan": r"latihan|berlatih|pelatihan|pemusatan",
    "final": r"final|grandfinal|semifinal",
    "seleksi": r"seleksi|diseleksi|menyeleksi|verifikasi|ujian|tes|wawancara",
}

# Units a figure is measured in, by what they measure: "30 cm" of water and "30 menit" saved on a
# road are two figures that happen to be the same number (:func:`decisions._other_unit_figures`).
# ("Kilo" is left out: it is a kilometre or a kilogram as the speaker means.)
MEASURE_UNITS: dict[str, str] = {
    **dict.fromkeys("mm cm sentimeter senti meter km kilometer".split(), "length"),
    **dict.fromkeys("ha hektare hektar".split(), "area"),
    **dict.fromkeys("gram gr kg kilogram ons kuintal ton".split(), "mass"),
    **dict.fromkeys("ml liter kubik".split(), "volume"),
    **dict.fromkeys("detik menit jam".split(), "duration"),
    **dict.fromkeys("persen".split(), "share"),
    **dict.fromkeys("gt".split(), "tonnage"),
    **dict.fromkeys("watt kw kwh mw volt".split(), "power"),
}

# Words by which a release says what comes *after* its own event: a stage or an event in a
# sentence with one of them is the programme's next event, not the release's own ("akan kami
# panggil untuk seleksi tim Porprov", "mereka akan bertugas pada upacara HUT ke-81", "tahap
# berikutnya …", "Pada Desember, kunjungan bergeser ke Puskesmas X": the next stop). Banjar: "handak", "kaina".
NEXT_EVENT_WORDS = frozenset("""
    akan nanti nantinya selanjutnya berikutnya rencananya direncanakan dijadwalkan terjadwal
    mendatang bakal handak kaina dilanjutkan disusul menyusul ditargetkan berencana merencanakan
    bergeser menjadwalkan
""".split())

# Words by which a post tells that something is happening or has happened ("Tim tadi meninjau
# TPA", "Petugas mulai mendata pohon", "kelas origami sudah penuh"): read against a step a
# release announces for later (decisions._step_come). Banjar: "hudah", "sudah", "tadi".
NOW_WORDS = frozenset("""
    tadi barusan sudah udah hudah telah mulai sedang berlangsung
""".split())

# Words by which a short post tells of a happening of its own rather than relaying a release
# (decisions._own_happening), each with the root a release telling the same writes: a mishap
# ("rakit terbalik", "QRIS error") or a community's own doing ("hasil swadaya", "patungan
# warga"). Banjar forms beside the Indonesian ones ("tabalik", "tatinggalam"). Not fires,
# floods or houses about to fall: they are the topic of programmes ("karhutla", "RTLH").
OWN_HAPPENING_WORDS: dict[str, str] = {
    "terbalik": "balik", "tabalik": "balik", "tenggelam": "tenggelam", "tatinggalam": "tinggalam",
    "hanyut": "hanyut", "kecelakaan": "celaka", "tabrakan": "tabrak", "karam": "karam", "kandas": "kandas",
    "mogok": "mogok", "error": "error", "eror": "eror",
    "swadaya": "swadaya", "patungan": "patungan", "urunan": "urunan", "inisiatif": "inisiatif",
    # a thing of the programme gone missing or stolen ("papan sudah hilang lagi", "pelampung raib")
    "hilang": "hilang", "raib": "raib", "dicuri": "curi", "kecurian": "curi",
}

# Diseases and conditions a health release or post is about, by name, each group one disease under
# its names (official and everyday: "tuberkulosis" = TBC, "kudis" = skabies, "dengue" = DBD). A
# screening, a treatment or a campaign against one of them is not one against another
# (decisions._other_disease). Only names that mean nothing else ("TB" is also "tinggi badan" on a
# posyandu's card, "MR" many things; "diare" and "demam berdarah" are read away as common words).
DISEASES: tuple[tuple[str, ...], ...] = (
    ("tbc", "tuberkulosis", "tuberculosis"), ("skabies", "scabies", "kudis"), ("dbd", "dengue"),
    ("campak", "rubela", "rubella", "morbili"), ("polio",), ("muntaber",), ("malaria",), ("kusta", "lepra"),
    ("hiv", "aids"), ("rabies",), ("difteri",), ("pneumonia",), ("filariasis",), ("hepatitis",),
    ("hipertensi",), ("diabetes",), ("leptospirosis",), ("pertusis",), ("tetanus",), ("antraks", "anthrax"),
)

# A release's sentence asking its readers to report ("Warga yang melihat papan rusak atau hilang
# diminta melapor kepada ketua RT", "melapor bila hilang"): the mishaps it names are what may
# happen, not what it tells happened (documents.AnnouncementDoc.happenings leaves them out).
# (a sentence: anchored at a sentence's start, or the search tries every position of every
# sentence without the word and backtracks over its rest — quadratic in a long release)
REPORT_REQUEST = re.compile(
    r"(?:^|(?<=[.!?\n]))[^.!?\n]*\b(?:melapor|lapor|laporkan|melaporkan)\b[^.!?\n]*", re.IGNORECASE)
REQUEST_WORDS = re.compile(r"\b(?:diminta|dimohon|diimbau|diharapkan|harap|silakan|bila|jika|apabila|kalau)\b",
                           re.IGNORECASE)


# The circumstances of a news item besides its places and days: who acts (offices, officials and
# bodies: "Wali Kota", "Polres", "Baznas"; a capitalised name after OFFICE_HEADS is the office's
# own, "Dinas Pertanian HST") and the bare kind of action (issuing, releasing, groundbreaking:
# BARE_ACTIONS, beside events.EVENT_KINDS). A short post sharing only these with a release, and
# naming an object of its own, tells another event of the same office (decisions._circumstances_only).
OFFICE_WORDS = frozenset("""
    dinas badan kantor balai bidang dewan dprd pemkab pemkot pemprov pemda pemerintah pemdes
    bupati wabup wakil wali walikota kota gubernur wagub camat lurah kades pembakal kepala kadis
    kapolres kapolsek polres polsek polda polresta kodim koramil danramil dandim satpol pp bpbd
    baznas ksop kejari sekda disdik dinkes dishub dinsos kecamatan kelurahan
    dlh dkp bpn esdm bappeda disnaker dispar diskominfo dpmptsp
""".split())
# How an event went and how many came — its mood and crowd, not its *what*: "berlangsung khidmat dan
# meriah", "semarak", "ramai pengunjung", "ratusan warga", Banjar "rami", "hibak". A relay of a
# release adds these in words of its own; they name no event of the post's own
# (decisions._circumstances_only).
DESCRIBING_WORDS = frozenset("""
    khidmat hikmat meriah semarak ramai rami ramainya hibak penuh antusias antusiasme lancar sukses
    tertib aman kondusif hangat seru meriahnya berlangsung ratusan ribuan puluhan belasan sekitar
    kurang lebih bahagia senang gembira haru bangga selamat mantap keren
""".split())
# (a kelurahan, kecamatan or desa and its name are where the event is: "Kelurahan Sungai Lulut")
OFFICE_HEADS = ("dinas", "badan", "kantor", "balai", "dewan", "kelurahan", "kecamatan", "desa")
# an official's title: the capitalised run after it is the office and the person holding it
# ("Kadis PUPR Tapin Noor Ainah Wulandari", "Staf Ahli Rakhmadi Saputra"), who acts, not what is done
TITLE_HEADS = ("kepala", "kadis", "kabid", "kasi", "kabag", "kapolres", "kapolsek", "camat", "lurah", "kades",
               "pembakal", "bupati", "wakil bupati", "wabup", "wali kota", "walikota", "wakil wali kota",
               "gubernur", "wagub", "sekda", "staf ahli", "asisten", "sekretaris", "plt", "plh",
               # the head of a body or a hospital ("Ketua PMI Kalsel H. Sjahrial", "Direktur RSUD Ulin")
               "ketua", "direktur", "dirut")
# where a meeting sits and who leads it: a meeting room, a hall, the meeting itself ("di ruang rapat
# Bupati", "di aula", "pertemuan direktur …", Banjar "pertamuan"), "memimpin rapat": the setting of
# what is decided there, not its subject
MEETING_SETTING = (r"ruang\s+(?:rapat|pertemuan|sidang|kerja)|aula|rapat|pertemuan|pertamuan|musyawarah|rakor|"
                   r"memimpin|mamimpin|dipimpin|dipimpinnya|"
                   # an official who attends is where the event is, not what it is ("menghadiri turnamen")
                   r"menghadiri|dihadiri|mahadiri|hadir")
# Setting words besides offices (decisions._circumstance_terms): a place noun at any level ("antar-desa",
# "jalan kabupaten") is where, unless counted ("20 kampung": what the post counts is its object), and the
# capitalised name after a venue noun ("Mahligai Sultan Adam", "Panti Bina Laras …", "SMK Negeri 1") is the
# venue's, not the event's
PLACE_NOUNS = frozenset("desa kampung dusun kota kabupaten provinsi jalan jl gang rt rw wilayah daerah".split())
VENUE_HEADS = ("mahligai gedung aula balai pendopo lapangan stadion siring taman menara masjid mesjid langgar musala "
               "mushola surau panti sekolah sd sdn smp smpn sma sman smk smkn man mts min madrasah pondok pesantren "
               "ponpes hotel pasar pelabuhan dermaga terminal bandara jembatan mpp").split()
# words that say what sort of service, permit or check an object is, not which one: in "klinik izin usaha
# perikanan" the clinic, the permit and the business are generic; "perikanan" names the kind (a load or a
# carrier too: "muatan batu bara")
GENERIC_OBJECT_WORDS = frozenset("""
izin perizinan ijin layanan pelayanan klinik gerai loket posko pos meja razia operasi pemeriksaan cek kendaraan
usaha program kegiatan paket pendaftaran pengurusan pembuatan penerbitan surat dokumen sertifikat sertifikasi
muatan angkutan pengangkut
""".split())
# the measure a count, an amount or an age is given in ("Rp12 juta", "usia 18–30 tahun", "16 unit"): written
# beside a number it is part of the figure, not what the figure counts (a length or a time saved — "1,5 km",
# "40 menit" of :data:`MEASURE_UNITS` — says what a road or a service is, and stays the release's what)
MEASURE_WORDS = frozenset("""
rp rupiah juta ribu miliar triliun unit buah biji orang jiwa usia umur tahun thn lembar ekor kali
""".split())
# who came for a body and who set a paper in force: "dihadiri perwakilan 10 kecamatan", "penandatanganan
# … di Kantor Camat" — the circumstances of an event, not its object
SETTING_ROLES = frozenset("""
perwakilan utusan delegasi penandatanganan ditandatangani menandatangani tandatangan teken diteken
meneken
""".split())
BARE_ACTIONS = (r"terbitkan|menerbitkan|diterbitkan|keluarkan|mengeluarkan|dikeluarkan|rilis|merilis|dirilis|"
                r"(?:me|di|pe)?letak(?:kan|an)?\s+batu\s+pertama|umumkan|mengumumkan|gelar|menggelar|digelar")


WORD_LIST = "banjar-indonesian.txt"


class WordListError(ValueError):
    """A bad line in a word list under ``crawler/data``."""


def read_word_pairs(text: str, source: str) -> dict[str, str]:
    """The pairs of a word list: ``WORD INDONESIAN`` a line (the Indonesian one or two words),
    ``#`` comments and blank lines skipped. A line that is not a pair of lower-case words, or a
    word listed twice, is an error naming ``source``, the line and its text."""
    pairs: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        word, meaning = fields[0], " ".join(fields[1:])
        if not 2 <= len(fields) <= 3 or not all(f.replace("-", "").isalpha() and f.islower() for f in fields):
            raise WordListError(f"{source}, line {number}: expected 'word indonesian' in lower-case "
                                f"letters, got {line.strip()!r}")
        if word == meaning:
            raise WordListError(f"{source}, line {number}: {word!r} maps to itself")
        if word in pairs:
            raise WordListError(f"{source}, line {number}: {word!r} listed twice "
                                f"({pairs[word]!r} and {meaning!r})")
        pairs[word] = meaning
    return pairs


def banjar_words() -> dict[str, str]:
    """kimwatch's own Banjar (and casual Indonesian) → Indonesian word list
    (``crawler/data/banjar-indonesian.txt``)."""
    from importlib import resources

    entry = resources.files("crawler") / "data" / WORD_LIST
    return read_word_pairs(entry.read_text(encoding="utf-8"), f"crawler/data/{WORD_LIST}")


STEM_ROOTS_LIST = "stem-roots.txt"


def stem_roots() -> frozenset[str]:
    """kimwatch's own list of m- and r-initial roots the stemmer cuts from their affixed forms
    (``crawler/data/stem-roots.txt``): one lower-case word a line, ``#`` comments skipped."""
    from importlib import resources

    entry = resources.files("crawler") / "data" / STEM_ROOTS_LIST
    roots: set[str] = set()
    for number, line in enumerate(entry.read_text(encoding="utf-8").splitlines(), 1):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        if not (body.isalpha() and body.islower() and body[0] in "mr"):
            raise WordListError(f"crawler/data/{STEM_ROOTS_LIST}, line {number}: expected one lower-case "
                                f"root starting with m or r, got {line.strip()!r}")
        roots.add(body)
    return frozenset(roots)


OFFICIAL_WORDS_LIST = "official-everyday.txt"


def read_concept_lines(text: str, source: str) -> list[list[str]]:
    """The concepts of an official ↔ everyday word list: one line each, its forms separated by
    ``|`` (the first names the concept), ``#`` comments and blank lines skipped. A form that is
    not lower-case words, or a line of one form, is an error naming ``source`` and the line."""
    concepts: list[list[str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        forms = [" ".join(form.split()) for form in body.split("|")]
        if len(forms) < 2 or not all(forms) or not all(
                word.replace("-", "").isalpha() and word.islower() for form in forms for word in form.split()):
            raise WordListError(f"{source}, line {number}: expected 'form | form …' in lower-case "
                                f"words, got {line.strip()!r}")
        concepts.append(forms)
    return concepts


def official_everyday_concepts() -> list[list[str]]:
    """kimwatch's own list of Indonesian government terms and acronyms with the everyday words
    for the same things (``crawler/data/official-everyday.txt``)."""
    from importlib import resources

    entry = resources.files("crawler") / "data" / OFFICIAL_WORDS_LIST
    return read_concept_lines(entry.read_text(encoding="utf-8"), f"crawler/data/{OFFICIAL_WORDS_LIST}")
