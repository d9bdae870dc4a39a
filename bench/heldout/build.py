"""Writes a small held-out labelled set (same format as the dev set) for a generalization check.

Written by hand, independently of the matcher's development: new topics, new places, new
officials. Run: python bench/heldout/build.py && python bench/eval_match.py bench/heldout
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

KIMS = """kims:
  - {id: kim-sungai-tabuk, name: KIM Sungai Tabuk, region: Kabupaten Banjar, district: Sungai Tabuk, village: Sungai Tabuk Kota}
  - {id: kim-gambut, name: KIM Gambut, region: Kabupaten Banjar, district: Gambut, village: Gambut}
  - {id: kim-marabahan, name: KIM Marabahan, region: Kabupaten Barito Kuala, district: Marabahan, village: Marabahan Kota}
  - {id: kim-tamban, name: KIM Tamban, region: Kabupaten Barito Kuala, district: Tamban, village: Purwosari}
  - {id: kim-tanjung, name: KIM Tanjung, region: Kabupaten Tabalong, district: Tanjung, village: Tanjung}
  - {id: kim-murung-pudak, name: KIM Murung Pudak, region: Kabupaten Tabalong, district: Murung Pudak, village: Belimbing}
  - {id: kim-batulicin, name: KIM Batulicin, region: Kabupaten Tanah Bumbu, district: Batulicin, village: Batulicin}
  - {id: kim-amuntai, name: KIM Amuntai, region: Kabupaten Hulu Sungai Utara, district: Amuntai Tengah, village: Sungai Malang}
"""

A = [
    ("h-a01", "pemkab-banjar", "https://banjarkab.go.id/berita/pelatihan-umkm-digital-martapura",
     "Pemkab Banjar Latih 120 Pelaku UMKM Pemasaran Digital", "2024-09-03T09:30:00+08:00",
     "MARTAPURA – Pemerintah Kabupaten Banjar melalui Dinas Koperasi dan UKM menggelar pelatihan pemasaran digital bagi 120 pelaku UMKM di Aula Barakat, Martapura, Selasa (3/9/2024).\n\n"
     "Pelatihan selama tiga hari ini membekali peserta dengan cara memotret produk menggunakan ponsel, membuat toko daring di marketplace, dan mengelola pembayaran QRIS.\n\n"
     "Kepala Dinas Koperasi dan UKM Kabupaten Banjar, Noor Hidayah, mengatakan sebagian besar peserta adalah perajin intan dan pembuat kue tradisional dari Martapura dan Sungai Tabuk.\n\n"
     "\"Kami ingin produk UMKM Banjar dikenal sampai ke luar Kalimantan. Setelah pelatihan, peserta akan kami dampingi selama enam bulan,\" ujar Noor Hidayah.\n\n"
     "Ia menambahkan, 40 peserta terbaik akan mendapat bantuan peralatan foto produk dan kuota internet. (humas-banjar/nr)"),
    ("h-a02", "pemkab-tabalong", "https://tabalongkab.go.id/berita/pelatihan-umkm-go-digital-tanjung",
     "Diskop Tabalong Gelar Pelatihan UMKM Go Digital untuk 80 Peserta", "2024-09-17T10:00:00+08:00",
     "TANJUNG – Dinas Koperasi, UKM dan Perdagangan Kabupaten Tabalong menggelar pelatihan UMKM Go Digital bagi 80 pelaku usaha di Gedung Informasi Tabalong, Selasa (17/9/2024).\n\n"
     "Peserta yang berasal dari 12 kecamatan belajar membuat konten promosi di media sosial, menulis deskripsi produk yang menarik, serta mengurus Nomor Induk Berusaha (NIB) secara daring.\n\n"
     "Kepala Diskopukmdag Tabalong, Hairil Anwar, menyebut pelatihan ini bagian dari target 1.000 UMKM Tabalong terdaftar di marketplace hingga akhir 2024.\n\n"
     "\"Produk olahan pisang, amplang dan anyaman purun Tabalong punya pasar yang luas. Tinggal bagaimana kita memasarkannya,\" kata Hairil.\n\n"
     "Pelatihan ditutup dengan praktik langsung membuat akun toko daring. (diskominfo-tbl/ar)"),
    ("h-a03", "pemkab-barito-kuala", "https://baritokualakab.go.id/berita/imunisasi-polio-batola-sasar-45-ribu-anak",
     "Sub PIN Polio Putaran Kedua di Batola Sasar 45 Ribu Anak", "2024-08-19T08:15:00+08:00",
     "MARABAHAN – Dinas Kesehatan Kabupaten Barito Kuala memulai Sub Pekan Imunisasi Nasional (PIN) Polio putaran kedua, Senin (19/8/2024), dengan sasaran 45.210 anak usia 0 hingga 7 tahun.\n\n"
     "Imunisasi tetes polio novel OPV2 diberikan di 20 puskesmas, posyandu, PAUD dan sekolah dasar selama satu minggu, hingga 25 Agustus 2024.\n\n"
     "Kepala Dinas Kesehatan Batola, dr. Azizah Sriwahyuni, meminta orang tua membawa anaknya meskipun sudah mendapat imunisasi pada putaran pertama bulan Juli.\n\n"
     "\"Dua tetes polio melindungi anak seumur hidup. Putaran kedua sama pentingnya dengan putaran pertama,\" tegasnya.\n\n"
     "Capaian putaran pertama di Batola tercatat 96,4 persen. (mc-batola/hs)"),
    ("h-a04", "pemkab-tanah-bumbu", "https://tanahbumbukab.go.id/berita/siaga-banjir-rob-pesisir-tanah-bumbu",
     "BPBD Tanah Bumbu Tetapkan Siaga Banjir Rob di Lima Kecamatan Pesisir", "2024-11-12T15:40:00+08:00",
     "BATULICIN – Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Tanah Bumbu menetapkan status siaga banjir rob di lima kecamatan pesisir mulai Selasa (12/11/2024) hingga 30 November 2024.\n\n"
     "Kelima kecamatan itu adalah Batulicin, Simpang Empat, Kusan Hilir, Sungai Loban dan Angsana. BMKG memperkirakan pasang air laut maksimum mencapai 2,8 meter pada 15 dan 16 November.\n\n"
     "Kepala Pelaksana BPBD Tanah Bumbu, Rahmat Prapto, meminta warga yang tinggal di bantaran sungai dan tepi pantai menyimpan dokumen penting di tempat tinggi.\n\n"
     "\"Posko siaga kami buka 24 jam di kantor BPBD dan di kantor Kecamatan Kusan Hilir. Warga bisa melapor lewat nomor darurat 112,\" ujar Rahmat.\n\n"
     "BPBD juga menyiagakan 4 perahu karet dan 30 personel. (hms-tanbu/yd)"),
    ("h-a05", "pemkab-hsu", "https://hulusungaiutarakab.go.id/berita/siaga-banjir-amuntai-tabalong-meluap",
     "Sungai Tabalong Meluap, Pemkab HSU Tetapkan Siaga Darurat Banjir", "2024-12-02T19:20:00+08:00",
     "AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara menetapkan status siaga darurat banjir selama 14 hari mulai Senin (2/12/2024) setelah Sungai Tabalong dan Sungai Negara meluap.\n\n"
     "Sebanyak 1.240 rumah di Kecamatan Amuntai Tengah, Banjang dan Babirik terendam air setinggi 30 hingga 70 sentimeter. Belum ada warga yang mengungsi.\n\n"
     "Bupati HSU, Sahrujani, mengatakan dapur umum dibuka di halaman Masjid Raya At-Taqwa Amuntai dan logistik disalurkan melalui perahu.\n\n"
     "\"Kami minta warga tetap waspada karena curah hujan di hulu masih tinggi hingga pekan depan,\" kata Sahrujani.\n\n"
     "Pemkab HSU juga menyiapkan layanan kesehatan keliling di desa-desa terdampak. (hms-hsu/mr)"),
    ("h-a06", "pemprov-kalsel", "https://kalselprov.go.id/berita/bantuan-alsintan-2024-untuk-kelompok-tani",
     "Pemprov Kalsel Salurkan 150 Unit Alsintan untuk Kelompok Tani", "2024-10-08T11:00:00+08:00",
     "BANJARBARU – Pemerintah Provinsi Kalimantan Selatan melalui Dinas Tanaman Pangan dan Hortikultura menyalurkan 150 unit alat dan mesin pertanian (alsintan) kepada kelompok tani di 11 kabupaten, Selasa (8/10/2024).\n\n"
     "Bantuan terdiri atas 60 traktor roda dua, 40 pompa air, 30 mesin perontok padi dan 20 unit combine harvester mini senilai total Rp18,5 miliar.\n\n"
     "Kepala Distanhorti Kalsel, Syamsir Rahman, mengatakan bantuan diprioritaskan bagi daerah lumbung padi seperti Barito Kuala, Banjar dan Hulu Sungai Utara.\n\n"
     "\"Dengan alsintan, masa tanam bisa dipercepat dan kehilangan hasil panen ditekan,\" ujarnya.\n\n"
     "Kelompok tani penerima wajib merawat alat dan melaporkan pemakaiannya setiap musim tanam. (mc-kalsel/sr)"),
    ("h-a07", "diskominfo-kalsel", "https://diskominfo.kalselprov.go.id/2024/10/21/festival-budaya-loksado-2024/",
     "Festival Budaya Loksado 2024 Digelar 26-27 Oktober, Ada Lomba Bamboo Rafting", "2024-10-21T13:45:00+08:00",
     "BANJARBARU – Festival Budaya Loksado 2024 akan digelar di Desa Loksado, Kabupaten Hulu Sungai Selatan, pada 26 hingga 27 Oktober 2024.\n\n"
     "Festival menampilkan upacara aruh adat Dayak Meratus, pameran kerajinan anyaman, kuliner khas dan lomba bamboo rafting di Sungai Amandit yang diikuti 40 tim.\n\n"
     "Kepala Diskominfo Kalsel, Muhammad Muslim, mengajak KIM di seluruh kabupaten/kota ikut menyebarluaskan informasi festival agar kunjungan wisatawan meningkat.\n\n"
     "\"Tahun lalu festival ini didatangi 12 ribu pengunjung. Tahun ini kami targetkan 15 ribu,\" ujarnya.\n\n"
     "Pengunjung disarankan datang lebih awal karena jalan menuju Loksado ramai pada akhir pekan. (mc-kalsel/fn)"),
    ("h-a08", "pemkab-banjar", "https://banjarkab.go.id/berita/penyaluran-blt-dana-desa-tahap-ketiga",
     "BLT Dana Desa Tahap Ketiga Cair untuk 9.800 Keluarga di Kabupaten Banjar", "2024-11-04T10:20:00+08:00",
     "MARTAPURA – Bantuan Langsung Tunai (BLT) Dana Desa tahap ketiga mulai disalurkan kepada 9.800 keluarga penerima manfaat di 277 desa di Kabupaten Banjar, Senin (4/11/2024).\n\n"
     "Setiap keluarga menerima Rp900.000 untuk tiga bulan, yakni Oktober, November dan Desember, yang dibayarkan tunai di kantor desa.\n\n"
     "Kepala Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Banjar, Ahmad Rifani, meminta kepala desa menuntaskan penyaluran paling lambat 20 November 2024.\n\n"
     "\"Penerima wajib membawa KTP dan kartu keluarga asli. Tidak boleh ada potongan dalam bentuk apa pun,\" tegas Rifani.\n\n"
     "Warga yang menemukan pungutan dapat melapor ke Inspektorat Kabupaten Banjar. (humas-banjar/ry)"),
]

POSTS: list[tuple[str, str, str, str, str, list[str], list[str], str]] = []


def post(pid: str, kim: str, platform: str, when: str, text: str, links: list[str], gold: list[str], style: str,
         title: str = "") -> None:
    POSTS.append((pid, kim, platform, when, text, links, gold, style + "|" + title))


ann = {a[0]: a for a in A}


def body(aid: str) -> str:
    return ann[aid][5]


def paras(aid: str) -> list[str]:
    return body(aid).split("\n\n")


# copy
post("h-p01", "kim-sungai-tabuk", "website", "2024-09-04T08:00:00+08:00",
     body("h-a01").replace("MARTAPURA –", "SUNGAI TABUK -").replace("(humas-banjar/nr)", "Sumber: banjarkab.go.id\n#UMKMBanjar #KIMSungaiTabuk"),
     [], ["h-a01"], "copy", ann["h-a01"][3])
post("h-p02", "kim-marabahan", "facebook", "2024-08-19T20:30:00+08:00",
     "INFO KESEHATAN\n\n" + body("h-a03").replace("“", '"').replace("(mc-batola/hs)", "(KIM Marabahan)"), [], ["h-a03"], "copy")
post("h-p03", "kim-batulicin", "website", "2024-11-13T07:10:00+08:00",
     body("h-a04").replace("\n\n", " ").replace("menetapkan", "menetapakn", 1), [], ["h-a04"], "copy", "Siaga Banjir Rob")
post("h-p04", "kim-amuntai", "facebook", "2024-12-03T06:00:00+08:00",
     body("h-a05").replace("(hms-hsu/mr)", "") + "\n\nSumber: Humas Pemkab HSU", [], ["h-a05"], "copy")
post("h-p05", "kim-gambut", "website", "2024-11-05T09:00:00+08:00",
     body("h-a08").replace("MARTAPURA –", "GAMBUT –"), [], ["h-a08"], "copy", ann["h-a08"][3])
post("h-p06", "kim-tamban", "facebook", "2024-10-09T16:45:00+08:00",
     "Kabar gembira bagi petani!\n\n" + body("h-a06"), [], ["h-a06"], "copy")
# excerpt
post("h-p07", "kim-tanjung", "facebook", "2024-09-17T18:20:00+08:00",
     paras("h-a02")[0] + "\n\n" + paras("h-a02")[2] + "\n\nAyo pelaku UMKM Tanjung, jangan ketinggalan!", [], ["h-a02"], "excerpt")
post("h-p08", "kim-murung-pudak", "instagram", "2024-09-18T12:00:00+08:00",
     paras("h-a02")[3] + " ... Lihat selengkapnya", [], ["h-a02"], "excerpt")
post("h-p09", "kim-tamban", "facebook", "2024-08-20T07:30:00+08:00",
     paras("h-a03")[1] + "\n\n" + paras("h-a03")[3], [], ["h-a03"], "excerpt")
post("h-p10", "kim-sungai-tabuk", "telegram", "2024-10-22T09:00:00+08:00",
     paras("h-a07")[0] + "\n\n" + paras("h-a07")[1], [], ["h-a07"], "excerpt")
post("h-p11", "kim-gambut", "facebook", "2024-11-06T10:00:00+08:00",
     "Pengumuman untuk warga Gambut:\n\n" + paras("h-a08")[1] + "\n\n" + paras("h-a08")[3], [], ["h-a08"], "excerpt")
post("h-p12", "kim-batulicin", "telegram", "2024-11-12T21:00:00+08:00",
     paras("h-a04")[1] + "\n\n" + paras("h-a04")[3], [], ["h-a04"], "excerpt")
# summary
post("h-p13", "kim-gambut", "facebook", "2024-09-05T19:00:00+08:00",
     "Dinas Koperasi Kabupaten Banjar melatih 120 pelaku UMKM soal jualan online: foto produk pakai HP, buka toko di marketplace, dan bayar pakai QRIS. "
     "Pesertanya banyak perajin intan dan pembuat kue dari Martapura dan Sungai Tabuk. Nanti 40 peserta terbaik dapat bantuan alat foto dan kuota.",
     [], ["h-a01"], "summary")
post("h-p14", "kim-murung-pudak", "website", "2024-09-19T10:00:00+08:00",
     "Sebanyak 80 pelaku usaha dari 12 kecamatan mengikuti pelatihan UMKM Go Digital di Gedung Informasi Tabalong. Mereka belajar promosi lewat media sosial dan mengurus NIB secara online. "
     "Targetnya, 1.000 UMKM Tabalong masuk marketplace sebelum akhir tahun 2024.", [], ["h-a02"], "summary", "Pelatihan UMKM Go Digital")
post("h-p15", "kim-marabahan", "website", "2024-08-21T08:00:00+08:00",
     "Sub PIN Polio putaran kedua sudah dimulai di Barito Kuala sejak 19 Agustus sampai 25 Agustus. Sasarannya 45.210 anak umur 0-7 tahun, di puskesmas, posyandu, PAUD dan SD. "
     "Anak yang sudah ditetes bulan Juli tetap harus ikut lagi. Putaran pertama capaiannya 96,4 persen.", [], ["h-a03"], "summary", "Polio Putaran Kedua")
post("h-p16", "kim-batulicin", "facebook", "2024-11-14T07:00:00+08:00",
     "Warga pesisir Batulicin, Simpang Empat, Kusan Hilir, Sungai Loban dan Angsana harap waspada: BPBD menetapkan siaga banjir rob sampai 30 November. "
     "Pasang tertinggi diperkirakan 2,8 meter tanggal 15-16 November. Simpan dokumen penting di tempat tinggi, posko buka 24 jam, lapor ke 112.",
     [], ["h-a04"], "summary")
post("h-p17", "kim-amuntai", "website", "2024-12-04T09:30:00+08:00",
     "Pemkab HSU menetapkan siaga darurat banjir 14 hari. Ada 1.240 rumah terendam di Amuntai Tengah, Banjang dan Babirik. Dapur umum di Masjid Raya At-Taqwa, "
     "logistik diantar pakai perahu, dan ada layanan kesehatan keliling.", [], ["h-a05"], "summary", "Siaga Darurat Banjir HSU")
post("h-p18", "kim-tamban", "website", "2024-10-10T11:00:00+08:00",
     "Pemprov Kalsel membagikan 150 alsintan untuk kelompok tani di 11 kabupaten: 60 traktor, 40 pompa air, 30 perontok padi dan 20 combine harvester mini, nilainya Rp18,5 miliar. "
     "Barito Kuala termasuk daerah prioritas. Kelompok tani wajib merawat dan melaporkan pemakaian alat.", [], ["h-a06"], "summary", "Bantuan Alsintan untuk Petani")
post("h-p19", "kim-tanjung", "facebook", "2024-10-23T08:00:00+08:00",
     "Festival Budaya Loksado 26-27 Oktober di HSS! Ada aruh adat Dayak Meratus, pameran anyaman, kuliner, dan lomba bamboo rafting 40 tim di Sungai Amandit. Targetnya 15 ribu pengunjung.",
     [], ["h-a07"], "summary")
post("h-p20", "kim-sungai-tabuk", "facebook", "2024-11-06T17:00:00+08:00",
     "BLT Dana Desa tahap 3 sudah cair, Rp900 ribu per keluarga untuk Oktober-Desember, dibayar tunai di kantor desa. Bawa KTP dan KK asli. Kalau ada potongan, laporkan ke Inspektorat.",
     [], ["h-a08"], "summary")
# paraphrase (chatty, Banjar)
post("h-p21", "kim-amuntai", "facebook", "2024-12-03T12:00:00+08:00",
     "Dangsanak barataan, banyu Sungai Tabalong wan Sungai Negara lagi naik 😢 Pemkab HSU sudah siaga darurat 14 hari. Rumah nang tarandam 1.240 buah di Amuntai Tengah, Banjang, Babirik. "
     "Dapur umum ada di Masjid Raya At-Taqwa lah. Jangan lupa waspada, hujan di hulu masih deras 🙏 #BanjirHSU #KIMAmuntai",
     [], ["h-a05"], "paraphrase")
post("h-p22", "kim-marabahan", "instagram", "2024-08-22T18:00:00+08:00",
     "Pian nang baisi anak halus 0-7 tahun, bawa ke posyandu lah! 💉 Polio putaran kadua sampai 25 Agustus. Walau sudah ditetes bulan Juli, kada papa, harus ditetes pulang. Dua tetes haja gasan seumur hidup 💪 #PINPolio #Batola",
     [], ["h-a03"], "paraphrase")
post("h-p23", "kim-batulicin", "instagram", "2024-11-13T19:00:00+08:00",
     "Bubuhan pesisir Tanbu, hati-hati lah! 🌊 Banyu pasang kawa sampai 2,8 meter tanggal 15-16 November ini. BPBD siaga rob sampai akhir bulan. Simpan surat-surat penting di tempat tinggi, kalau ada apa-apa nelpon 112 haja. #SiagaRob #TanahBumbu",
     [], ["h-a04"], "paraphrase")
post("h-p24", "kim-tamban", "facebook", "2024-10-11T20:00:00+08:00",
     "Alhamdulillah bubuhan patani 🌾 Pemprov Kalsel mambari 150 alsintan, ada traktor, pompa banyu, perontok padi wan combine harvester mini. Batola tamasuk prioritas jar Pak Kadis. Rawat baik-baik alatnya lah! #Alsintan #PetaniKalsel",
     [], ["h-a06"], "paraphrase")
post("h-p25", "kim-murung-pudak", "instagram", "2024-10-24T07:30:00+08:00",
     "Siapa handak ka Loksado? 🛶 Festival Budaya Loksado tanggal 26-27 Oktober, ada bamboo rafting 40 tim di Sungai Amandit, aruh adat Dayak Meratus wan kuliner khas. Datang pagi-pagi lah, jalan ramai! #FestivalLoksado",
     [], ["h-a07"], "paraphrase")
# link
post("h-p26", "kim-sungai-tabuk", "facebook", "2024-09-03T15:00:00+08:00",
     "Pelatihan UMKM digital dari Pemkab Banjar, baca di sini:", ["https://www.banjarkab.go.id/berita/pelatihan-umkm-digital-martapura/?utm_source=facebook&fbclid=IwAR0xyz"], ["h-a01"], "link")
post("h-p27", "kim-tanjung", "facebook", "2024-09-18T08:00:00+08:00",
     "Info pelatihan: http://tabalongkab.go.id/berita/pelatihan-umkm-go-digital-tanjung", ["http://tabalongkab.go.id/berita/pelatihan-umkm-go-digital-tanjung"], ["h-a02"], "link")
post("h-p28", "kim-amuntai", "telegram", "2024-12-02T21:00:00+08:00",
     "Update banjir HSU 👇", ["https://m.hulusungaiutarakab.go.id/berita/siaga-banjir-amuntai-tabalong-meluap"], ["h-a05"], "link")
post("h-p29", "kim-tamban", "facebook", "2024-10-08T19:00:00+08:00",
     "Bantuan alsintan 2024", ["https://kalselprov.go.id/berita/bantuan-alsintan-2024-untuk-kelompok-tani/"], ["h-a06"], "link")
post("h-p30", "kim-murung-pudak", "facebook", "2024-10-21T20:00:00+08:00",
     "Festival Budaya Loksado 2024 🎉", ["https://diskominfo.kalselprov.go.id/2024/10/21/festival-budaya-loksado-2024/amp/"], ["h-a07"], "link")
post("h-p31", "kim-gambut", "facebook", "2024-11-04T13:00:00+08:00",
     "Jadwal BLT DD tahap 3. Sumber: banjarkab.go.id", ["https://banjarkab.go.id/berita/penyaluran-blt-dana-desa-tahap-ketiga?utm_medium=social&utm_campaign=blt"], ["h-a08"], "link")
# roundup
post("h-p32", "kim-sungai-tabuk", "facebook", "2024-11-08T17:00:00+08:00",
     "Kilas info sepekan KIM Sungai Tabuk:\n\n1. BLT Dana Desa tahap ketiga Rp900.000 per keluarga sudah cair, bawa KTP dan KK asli ke kantor desa, paling lambat 20 November.\n\n"
     "2. Festival Budaya Loksado kemarin ramai, lomba bamboo rafting di Sungai Amandit diikuti 40 tim.\n\n3. Jumat depan ada gotong royong membersihkan masjid Al-Ikhlas.",
     [], ["h-a08", "h-a07"], "roundup")
post("h-p33", "kim-tamban", "facebook", "2024-10-12T18:00:00+08:00",
     "Rangkuman minggu ini:\n- Pemprov Kalsel salurkan 150 alsintan (traktor, pompa air, perontok, combine harvester mini) untuk kelompok tani di 11 kabupaten, Batola prioritas.\n"
     "- Pupuk subsidi di kios tani Purwosari sudah datang, silakan ambil dengan kartu tani.\n- Latihan hadrah remaja masjid tiap Kamis malam.", [], ["h-a06"], "roundup")
post("h-p34", "kim-batulicin", "facebook", "2024-11-16T17:00:00+08:00",
     "Info sepekan:\n1️⃣ Siaga banjir rob di 5 kecamatan pesisir Tanbu sampai 30 November, pasang maksimum 2,8 meter. Posko BPBD buka 24 jam.\n"
     "2️⃣ BLT Dana Desa tahap ketiga di Kabupaten Banjar cair untuk 9.800 keluarga, Rp900.000 per keluarga untuk tiga bulan.\n3️⃣ Posyandu Mawar buka Sabtu pagi.",
     [], ["h-a04", "h-a08"], "roundup")
# negative-topic: same topic, different event
post("h-p35", "kim-gambut", "facebook", "2024-09-10T10:00:00+08:00",
     "Kelompok UMKM Desa Gambut belajar membuat kemasan keripik singkong bersama mahasiswa KKN ULM, Selasa (10/9/2024). Ada 25 ibu-ibu yang ikut. Kemasan baru pakai standing pouch dan label halal.",
     [], [], "negative-topic")
post("h-p36", "kim-tanjung", "website", "2024-09-25T09:00:00+08:00",
     "Pertamina Tanjung dan Rumah BUMN menggelar kelas fotografi produk untuk 30 pelaku UMKM binaan di Tanjung, Rabu (25/9/2024). Peserta belajar memotret dengan cahaya alami dan membuat katalog di WhatsApp Business.",
     [], [], "negative-topic", "Kelas Foto Produk Rumah BUMN")
post("h-p37", "kim-marabahan", "facebook", "2024-08-28T09:00:00+08:00",
     "Posyandu Anggrek Marabahan Kota hari ini menimbang 52 balita dan membagikan vitamin A. Kader juga mengingatkan jadwal imunisasi campak dan rubela bulan depan. #PosyanduAnggrek",
     [], [], "negative-topic")
post("h-p38", "kim-batulicin", "facebook", "2024-11-20T08:00:00+08:00",
     "Air pasang semalam sempat masuk ke jalan di RT 03 Kampung Baru Batulicin setinggi mata kaki. Warga bergotong royong meninggikan tanggul karung pasir. Pagi ini air sudah surut.",
     [], [], "negative-topic")
post("h-p39", "kim-amuntai", "facebook", "2024-11-18T16:00:00+08:00",
     "Debit Sungai Tabalong di Amuntai mulai naik setelah hujan dua hari. Warga Sungai Malang memindahkan perabot ke loteng. Belum ada penetapan siaga dari pemerintah. Tetap waspada ya dangsanak.",
     [], [], "negative-topic")
post("h-p40", "kim-tamban", "facebook", "2024-10-15T09:00:00+08:00",
     "Kelompok Tani Sumber Rejeki Purwosari menerima 1 unit traktor roda empat dari Kementerian Pertanian melalui aspirasi DPR RI. Traktor diserahkan langsung oleh Camat Tamban, Selasa (15/10/2024).",
     [], [], "negative-topic")
post("h-p41", "kim-sungai-tabuk", "facebook", "2024-11-12T10:00:00+08:00",
     "Penyaluran BPNT dan PKH triwulan IV di Kantor Pos Sungai Tabuk dimulai hari ini. KPM diminta membawa KTP dan undangan. Antrean dibagi per RT supaya tidak menumpuk.",
     [], [], "negative-topic")
post("h-p42", "kim-murung-pudak", "facebook", "2024-10-27T18:00:00+08:00",
     "Festival Tanjung Expo 2024 resmi ditutup malam ini di Taman Kota Tanjung. Ada 60 stan UMKM, lomba tari daerah dan pertunjukan musik panting. Sampai jumpa tahun depan!",
     [], [], "negative-topic")
# negative-unrelated
post("h-p43", "kim-gambut", "facebook", "2024-10-01T07:00:00+08:00",
     "Selamat Hari Kesaktian Pancasila! Upacara di halaman kantor Kecamatan Gambut diikuti ASN, pelajar dan anggota Linmas.", [], [], "negative-unrelated")
post("h-p44", "kim-tanjung", "facebook", "2024-09-30T20:00:00+08:00",
     "Pemadaman listrik bergilir PLN ULP Tanjung besok Selasa pukul 09.00-14.00 Wita untuk pemeliharaan jaringan di Jalan Tanjung Raya. Mohon maaf atas ketidaknyamanannya.", [], [], "negative-unrelated")
post("h-p45", "kim-marabahan", "website", "2024-11-20T12:00:00+08:00",
     "Tim sepak bola remaja Marabahan juara Piala Bupati Batola 2024 setelah mengalahkan Tamban 2-1 di final. Selamat!", [], [], "negative-unrelated", "Juara Piala Bupati")
post("h-p46", "kim-amuntai", "facebook", "2024-10-05T08:00:00+08:00",
     "Lomba kerajinan purun ibu-ibu PKK Sungai Malang. Hasilnya tas, tikar dan topi yang dijual di pasar Amuntai. https://www.instagram.com/p/Cxyz123/", ["https://www.instagram.com/p/Cxyz123/"], [], "negative-unrelated")
post("h-p47", "kim-tamban", "facebook", "2024-10-20T10:00:00+08:00",
     "Baca juga artikel lain dari Diskominfo Kalsel tentang literasi digital: https://diskominfo.kalselprov.go.id/2024/10/18/literasi-digital-pelajar/",
     ["https://diskominfo.kalselprov.go.id/2024/10/18/literasi-digital-pelajar/"], [], "negative-unrelated")
# before
post("h-p48", "kim-batulicin", "facebook", "2024-11-11T20:00:00+08:00",
     "Malam ini air laut pasang tinggi di pesisir Batulicin. Warga diminta memantau pengumuman resmi BPBD soal status siaga banjir rob. Simpan dokumen penting.", [], [], "before")
post("h-p49", "kim-amuntai", "facebook", "2024-12-02T10:00:00+08:00",
     "Sungai Tabalong meluap pagi ini, air mulai masuk ke rumah warga di Amuntai Tengah dan Babirik. Pemkab HSU dikabarkan akan rapat penetapan status siaga darurat sore nanti.", [], [], "before")
post("h-p50", "kim-sungai-tabuk", "facebook", "2024-09-02T16:00:00+08:00",
     "Besok Dinas Koperasi Kabupaten Banjar mengadakan pelatihan pemasaran digital untuk UMKM di Aula Barakat. Pelaku UMKM Sungai Tabuk yang terdaftar harap hadir jam 8.", [], [], "before")


def main() -> None:
    (HERE / "kims.yaml").write_text(KIMS, encoding="utf-8")
    with (HERE / "announcements.jsonl").open("w", encoding="utf-8") as out:
        for aid, source, url, title, when, text in A:
            out.write(json.dumps({"id": aid, "source": source, "url": url, "title": title, "text": text,
                                  "published_at": when}, ensure_ascii=False) + "\n")
    with (HERE / "posts.jsonl").open("w", encoding="utf-8") as out, \
            (HERE / "labels.jsonl").open("w", encoding="utf-8") as labels:
        for pid, kim, platform, when, text, links, gold, style_title in POSTS:
            style, _, title = style_title.partition("|")
            out.write(json.dumps({"id": pid, "kim": kim, "platform": platform, "url": f"https://example.org/{kim}/{pid}",
                                  "title": title, "text": text, "published_at": when, "links": links},
                                 ensure_ascii=False) + "\n")
            labels.write(json.dumps({"post": pid, "announcements": gold, "style": style}) + "\n")


if __name__ == "__main__":
    main()
