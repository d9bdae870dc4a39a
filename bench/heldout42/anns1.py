# Hand-written releases of heldout42, part 1 (metrology, packaged goods, gold-shop scales, SNI markets,
# market delivery service, digital price boards, TPID). "{d/m}" is rendered by build.py as "<weekday> (d/m/2026)".
# Per release: s = own-words summaries, p = Banjar / casual paraphrases, it = round-up item,
# n = look-alikes (region, hours after the release, how it differs, text), b = a `before` post (hours, differs, text).

A = []


def ann(**kw):
    A.append(kw)


# ---------------- F1 Pasar Tertib Ukur / pos ukur ulang ----------------
ann(id="a01", src="pemkot-banjarbaru", when="2026-11-03 10:20", region="bjb",
    slug="pasar-bauntung-batuah-ditetapkan-pasar-tertib-ukur",
    title="Pasar Bauntung Batuah Ditetapkan sebagai Pasar Tertib Ukur",
    p1="BANJARBARU – Pasar Bauntung Batuah resmi menyandang status Pasar Tertib Ukur setelah UPTD Metrologi Legal Banjarbaru memeriksa 412 timbangan milik pedagang pada {2/11}. Sebanyak 397 timbangan dinyatakan sah, sedangkan 15 timbangan pegas yang rusak diganti dengan timbangan elektronik bantuan pemerintah kota.",
    p2="“Warga yang ragu dengan berat belanjaannya kini bisa menimbang ulang di pos ukur ulang dekat pintu utara, gratis dan dijaga petugas setiap pagi,” kata Kepala Dinas Perdagangan Banjarbaru, Rusdiansyah Effendi.",
    p3="Pos ukur ulang dibuka mulai pukul 06.00 hingga 11.00 Wita. Pemeriksaan berikutnya menyasar Pasar Cempaka pada {17/11}, kemudian Pasar Landasan Ulin bulan depan. (humas-bjb/nr)",
    s=["Pasar Bauntung Batuah sekarang berstatus Pasar Tertib Ukur. Dari 412 timbangan yang diperiksa, 397 sah dan 15 timbangan pegas rusak diganti timbangan elektronik. Ada pos ukur ulang gratis di pintu utara, jam 06.00–11.00.",
       "Pengingat buat yang belanja di Bauntung: kalau ragu berat ikan atau daging, timbang lagi di pos ukur ulang pintu utara. Gratis, buka pagi sampai jam 11."],
    p=["Pasar Bauntung Batuah wayahini sudah Pasar Tertib Ukur lah dangsanak 👍 timbangan 412 buah dipariksa, 15 nang rusak diganti. Amun ragu barat iwak, timbang pulang di pos dekat lawang utara, kada bayar 😁 #BanjarbaruJuara"],
    it="Pasar Bauntung Batuah jadi Pasar Tertib Ukur, 412 timbangan diperiksa, ada pos ukur ulang gratis",
    n=[("bjb", 340, "next stop of the same check: Pasar Cempaka on 17/11 with its own figures",
        "Hari ini petugas metrologi turun ke Pasar Cempaka. Ada 118 timbangan pedagang yang diperiksa, 9 di antaranya harus diperbaiki dulu. Pedagang diminta datang ke meja petugas dekat los sayur."),
       ("bjb", -300, "last year's market check in Banjarbaru, a different market and year",
        "Kenangan tahun lalu: pemeriksaan timbangan di Pasar Ulin Raya, 2025. Waktu itu belum ada pos ukur ulang, pedagang cuma dapat stiker tanda tera. Semoga tahun ini giliran pasar kita."),
       ("bjb", 30, "same market, another event: a pengajian/cleanup at Pasar Bauntung, no scales",
        "Jumat bersih di Pasar Bauntung Batuah. Pedagang los ikan dan petugas kebersihan gotong royong membersihkan saluran air di sisi utara pasar. Terima kasih atas partisipasinya 🙏")],
    b=(-20, "live post on the day of the check, before the release",
       "Pagi ini di Pasar Bauntung ramai petugas berseragam memeriksa timbangan pedagang satu per satu. Ada yang timbangannya disegel dulu. Nanti kami kabari hasilnya."))

ann(id="a02", src="pemkab-hsu", when="2026-11-06 14:05", region="hsu",
    slug="pos-ukur-ulang-hadir-di-pasar-induk-amuntai",
    title="Pos Ukur Ulang Hadir di Pasar Induk Amuntai",
    p1="AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara membuka pos ukur ulang di Pasar Induk Amuntai pada {6/11}. Pos itu dilengkapi dua timbangan standar berkapasitas 30 kilogram dan satu neraca untuk barang kecil seperti cabai dan bawang.",
    p2="“Kami ingin pembeli dan pedagang sama-sama tenang. Kalau hasil timbang ulang berbeda lebih dari 50 gram, petugas akan menegur pedagang dan memeriksa timbangannya,” ujar Kepala Dinas Koperasi, UKM dan Perdagangan HSU, Hj. Noorlaila Fitriani.",
    p3="Selama November pos dijaga dua petugas pada hari Senin sampai Sabtu. Pekan depan tim yang sama akan menyiapkan pos serupa di Pasar Alabio, Sungai Tabukan. (prokom-hsu/ah)",
    s=["Pasar Induk Amuntai sekarang punya pos ukur ulang: dua timbangan standar 30 kg dan satu neraca untuk cabai-bawang. Selisih lebih dari 50 gram, pedagang ditegur.",
       "Info HSU: pos ukur ulang Pasar Induk Amuntai dijaga petugas Senin–Sabtu selama November. Silakan timbang ulang belanjaan."],
    p=["Bubuhan Amuntai, di Pasar Induk wayahini ada pos ukur ulang. Amun hanyar tukar lombok atawa bawang, kawa ditimbang pulang. Salisih labih 50 gram, pedagangnya ditegur jar petugas 😅"],
    it="Pos ukur ulang dibuka di Pasar Induk Amuntai (selisih >50 gram ditegur)",
    n=[("hsu", 170, "the next step named by the release, told as its own event: the Alabio post opens",
        "Pos ukur ulang di Pasar Alabio mulai dibuka hari ini, letaknya di samping los itik. Baru sehari sudah 40 lebih warga menimbang ulang belanjaan, kebanyakan ikan dan telur itik."),
       ("hsu", -260, "a complaint about a trader's scale before any post existed",
        "Ada warga mengeluh beli ikan saluang 1 kilo, sampai rumah ditimbang cuma 8 ons. Pasar mana itu? Mohon pedagang jujur, rezeki berkah."),
       ("blg", 100, "another kabupaten's market, a different action (sealing of scales)",
        "Petugas Disdag Balangan menyegel 6 timbangan rusak di Pasar Paringin, Senin pagi. Pedagang diberi waktu seminggu untuk memperbaiki.")])

ann(id="a03", src="pemkab-kotabaru", when="2026-11-10 09:40", region="ktb",
    slug="timbangan-tempat-pelelangan-ikan-kotabaru-diperiksa",
    title="Timbangan di Tempat Pelelangan Ikan Kotabaru Diperiksa",
    p1="KOTABARU – Petugas Metrologi Legal Kotabaru memeriksa 64 timbangan duduk dan gantung di Tempat Pelelangan Ikan (TPI) Kotabaru pada {9/11}. Hasilnya, 51 timbangan layak pakai, 13 lainnya berkarat dan disegel sementara.",
    p2="“Di TPI transaksi bisa ratusan kilogram per hari. Selisih satu ons saja sudah merugikan nelayan, jadi timbangan harus diperiksa rutin,” tegas Kepala Bidang Perdagangan Diskoperindag Kotabaru, Akhmad Syarwani.",
    p3="Pemilik timbangan yang disegel diminta memperbaikinya di bengkel resmi sebelum {23/11}. Pemeriksaan lanjutan dijadwalkan di pangkalan pendaratan ikan Stagen awal Desember. (kominfo-ktb/ys)",
    s=["Di TPI Kotabaru, 64 timbangan ikan diperiksa metrologi. 51 layak pakai, 13 berkarat disegel dan harus diperbaiki sebelum 23 November."],
    p=["Nelayan Kotabaru, timbangan di TPI sudah diparisa. 13 nang bakarat disegel, harus dibaiki sampai tanggal 23. Amun timbangan baik, kada rugi lagi iwak kita 🐟"],
    it="64 timbangan di TPI Kotabaru diperiksa, 13 disegel",
    n=[("ktb", 560, "the next check the release names (Stagen landing site, December) told as its own news",
        "Petugas metrologi hari ini di PPI Stagen. 22 timbangan nelayan diperiksa, semua lolos kecuali 2 timbangan gantung. Terima kasih kelompok nelayan Stagen yang tertib."),
       ("ktb", 48, "same TPI, another event: fish price report",
        "Harga ikan di TPI Kotabaru pagi ini: tongkol Rp28 ribu, kembung Rp32 ribu, cumi Rp55 ribu per kilo. Cuaca bagus, hasil tangkapan lumayan.")])

# ---------------- F2 BDKT (barang dalam keadaan terbungkus) ----------------
ann(id="a04", src="disdag-kalsel", when="2026-11-04 15:30", region="bjm",
    slug="uji-isi-bersih-60-produk-kemasan-di-banjarmasin",
    title="Disdag Kalsel Uji Isi Bersih 60 Produk Kemasan di Banjarmasin",
    p1="BANJARMASIN – Dinas Perdagangan Provinsi Kalimantan Selatan menguji isi bersih 60 jenis barang dalam keadaan terbungkus (BDKT) di tiga minimarket dan satu grosir di Banjarmasin pada {4/11}. Produk yang diuji antara lain gula pasir, minyak goreng, tepung terigu dan deterjen.",
    p2="“Dari 60 produk, tujuh kemasan gula curah yang dikemas ulang ternyata isinya kurang 20 sampai 45 gram dari yang tertulis. Pemiliknya kami bina dan wajib menarik produk itu,” kata Kepala Bidang Perlindungan Konsumen Disdag Kalsel, Ir. Hairil Anwar.",
    p3="Pengujian BDKT akan dilanjutkan ke Banjarbaru dan Martapura pada akhir November. Warga bisa melapor kemasan mencurigakan melalui kanal pengaduan Disdag Kalsel. (disdag-kalsel/fa)",
    s=["Disdag Kalsel menguji isi bersih 60 produk kemasan di Banjarmasin. Tujuh kemasan gula yang dikemas ulang kurang 20–45 gram, produknya wajib ditarik.",
       "Hati-hati beli gula kemasan ulang. Hasil uji Disdag Kalsel di Banjarmasin: 7 dari 60 produk isinya kurang dari tulisan di kemasan."],
    p=["Sanak, gula kemasan ulang di sabagian toko Banjarmasin isinya kada sasuai tulisan, kurang sampai 45 gram jar Disdag. Tujuh kemasan ditarik. Cek dulu sabalum manukar ✋"],
    it="Uji isi bersih 60 produk kemasan di Banjarmasin: 7 kemasan gula kurang isi",
    n=[("bjb", 500, "the next city of the same test (Banjarbaru) with its own results",
        "Tim uji BDKT provinsi hari ini di dua minimarket Banjarbaru. Menurut petugas, semua 35 produk yang diambil sampelnya sesuai isi bersih, tidak ada yang ditarik."),
       ("bjm", 70, "same topic word 'kemasan' but a UMKM packaging training",
        "Pelatihan desain kemasan dan label untuk 25 UMKM Kelurahan Pemurus Dalam di aula kelurahan. Peserta belajar foto produk dan membuat label menarik."),
       ("bjm", -300, "rumour before the test, about a brand of flour",
        "Ada yang bilang tepung merek tertentu isinya cuma 900 gram padahal tertulis 1 kg. Belum ada info resmi ya, jangan langsung disebar.")])

ann(id="a05", src="pemkab-tabalong", when="2026-11-12 11:10", region="tbl",
    slug="ikm-tabalong-dibimbing-cantumkan-isi-bersih-di-kemasan",
    title="IKM Tabalong Dibimbing Cantumkan Isi Bersih di Kemasan",
    p1="TANJUNG – Sebanyak 42 pelaku industri kecil menengah (IKM) di Tabalong mengikuti bimbingan penandaan isi bersih kemasan di Aula Dinas Perdagangan pada {12/11}. Peserta kebanyakan produsen kerupuk, keripik pisang, gula aren dan kopi bubuk.",
    p2="“Banyak IKM menulis berat kemasan berdasarkan perkiraan saja. Padahal isi bersih harus sesuai dan ditulis dengan satuan yang benar, misalnya gram, bukan ons,” jelas Kepala Dinas Perdagangan Tabalong, Drs. Mahlian Noor.",
    p3="Setiap peserta pulang membawa satu timbangan digital untuk mengecek isi kemasan. Petugas akan memeriksa produk mereka di toko oleh-oleh Tanjung pada pertengahan Desember. (diskominfo-tbl/rh)",
    s=["42 IKM Tabalong (kerupuk, keripik, gula aren, kopi) dibimbing cara menulis isi bersih kemasan. Tiap peserta dapat satu timbangan digital."],
    p=["Bubuhan pambuat karupuk wan kopi di Tabalong, 42 IKM diajari manulis isi barasih kemasan nang bujur, pakai gram lain ons. Dapat timbangan digital jua 👏"],
    it="42 IKM Tabalong dibimbing menulis isi bersih di kemasan, dapat timbangan digital",
    n=[("tbl", 24, "same hall next day, different event (PIRT permit renewal)",
        "Besok di Aula Dinas Perdagangan Tabalong ada sosialisasi perpanjangan izin PIRT. Bawa fotokopi izin lama dan contoh produk."),
       ("tbl", 450, "a rumour about halal rules in the same souvenir shops, not the net-content guidance",
        "Dengar-dengar toko oleh-oleh di Tanjung mulai tahun depan hanya boleh menjual produk yang sudah bersertifikat halal. Belum ada info resmi, jangan panik dulu."),
       ("hsu", 120, "another kabupaten's IKM training on packaging design, not net content",
        "Pelatihan pengemasan vakum untuk 20 pengrajin ikan asin di Babirik, HSU. Peserta belajar pakai mesin vakum bantuan desa.")])

ann(id="a06", src="pemkab-balangan", when="2026-11-19 16:00", region="blg",
    slug="disdag-balangan-tarik-38-bungkus-beras-kemasan-kurang-isi",
    title="Disdag Balangan Tarik 38 Bungkus Beras Kemasan Kurang Isi",
    p1="PARINGIN – Dinas Perdagangan Balangan menarik 38 bungkus beras kemasan 5 kilogram dari dua toko di Paringin setelah pengujian isi bersih pada {19/11}. Rata-rata isi beras hanya 4,82 kilogram.",
    p2="“Kekurangan hampir dua ons per bungkus itu jelas merugikan konsumen. Toko sudah kami minta mengembalikan ke penyalur, dan penyalurnya kami panggil,” kata Kepala Dinas Perdagangan Balangan, H. Sofyan Rahmadi.",
    p3="Penyalur beras dijadwalkan memberi klarifikasi pada {24/11}. Warga diimbau menimbang beras kemasan yang mereka beli dan melapor ke Disdag bila kurang. (mc-balangan/iw)",
    s=["Disdag Balangan menarik 38 bungkus beras kemasan 5 kg di Paringin karena isinya rata-rata cuma 4,82 kg. Penyalur dipanggil 24 November."],
    p=["Baras bungkus 5 kilo di Paringin isinya cuma 4,82 kilo jar Disdag 😤 38 bungkus ditarik. Timbang baras pian amun curiga, lapor haja."],
    it="38 bungkus beras 5 kg kurang isi ditarik di Paringin",
    n=[("blg", 130, "the clarification meeting named by the release, own outcome",
        "Penyalur beras kemasan akhirnya datang ke Disdag Balangan hari ini. Mereka berjanji mengganti mesin pengemas dan mengganti bungkus yang kurang isi."),
       ("blg", -400, "price news about rice at the same town, not content",
        "Harga beras lokal di Pasar Paringin minggu ini Rp14.500 per liter, beras kemasan 5 kg Rp74 ribu. Stok aman kata pedagang.")],
    b=(-5, "on-the-day live post before the release", "Siang ini petugas Disdag datang ke toko di Jalan Jend. Sudirman Paringin, menimbang beras karungan satu per satu. Ada apa ya?"))

# ---------------- F3 timbangan toko emas ----------------
ann(id="a07", src="pemkab-banjar", when="2026-11-05 13:15", region="bjr",
    slug="86-timbangan-emas-di-martapura-diuji-petugas-metrologi",
    title="86 Timbangan Emas di Martapura Diuji Petugas Metrologi",
    p1="MARTAPURA – UPTD Metrologi Legal Kabupaten Banjar menguji 86 timbangan emas milik 41 toko di kawasan Pasar Cahaya Bumi Selamat, Martapura, pada {5/11}. Timbangan emas wajib memiliki ketelitian hingga 0,01 gram.",
    p2="“Untuk emas, selisih seperseratus gram saja sudah bernilai belasan ribu rupiah. Empat timbangan kami nyatakan tidak sah dan tidak boleh dipakai sampai dikalibrasi ulang,” ungkap Kepala UPTD Metrologi Legal Banjar, Fahrurrazi.",
    p3="Toko yang lolos mendapat tanda tera tahun 2026 yang ditempel di sisi timbangan. Pengujian serupa untuk toko intan dan batu permata dijadwalkan pada Januari 2027. (diskominfo-banjar/mr)",
    s=["86 timbangan emas di 41 toko kawasan Pasar CBS Martapura diuji. Empat dinyatakan tidak sah dan harus dikalibrasi ulang. Toko yang lolos dapat tanda tera 2026.",
       "Belanja emas di Martapura? Lihat tanda tera 2026 di timbangan tokonya. 82 dari 86 timbangan lolos uji minggu ini."],
    p=["Urang Martapura, timbangan amas di toko-toko CBS sudah diuji. Ampat nang kada sah, kada kawa dipakai dulu. Amun manukar amas, lihati tanda tera 2026 di timbangannya lah 💍"],
    it="86 timbangan emas di Pasar CBS Martapura diuji, 4 tidak sah",
    n=[("bjr", 560, "the diamond-shop test the release schedules for January 2027, written as a plan for a different object",
        "Rencana tahun depan, toko intan di Martapura juga bakal diuji alat ukurnya. Pedagang berharap ada sosialisasi dulu sebelum pemeriksaan."),
       ("bjr", 8, "same market same day, different event: gold price",
        "Harga emas perhiasan di Pasar CBS Martapura hari ini naik Rp15 ribu per gram. Pembeli cincin kawin tetap ramai."),
       ("hss", 260, "another kabupaten, gold shops, but a robbery-prevention visit by police",
        "Polsek Kandangan mengunjungi toko emas di Pasar Kandangan, mengingatkan pemilik memasang CCTV dan brankas menjelang akhir tahun.")])

ann(id="a08", src="pemkab-hst", when="2026-11-20 10:45", region="hst",
    slug="toko-emas-barabai-ikuti-tera-timbangan-kelas-ii",
    title="Toko Emas Barabai Ikuti Pengujian Timbangan Kelas II",
    p1="BARABAI – Sebanyak 27 toko emas di Pasar Barabai mengikuti pengujian timbangan kelas II yang digelar Dinas Perdagangan Hulu Sungai Tengah pada {19/11} dan {20/11}. Total 53 timbangan diperiksa menggunakan anak timbangan standar.",
    p2="“Semua timbangan toko emas di Barabai lolos. Ini menunjukkan pedagang kita jujur dan peduli, tapi pengujian tetap kita lakukan setiap tahun,” kata Sekretaris Daerah HST, H. Muhammad Yani Rahman.",
    p3="Dinas Perdagangan juga membagikan stiker “Timbangan Sudah Diuji” untuk dipasang di etalase. Warga diminta memperhatikan stiker itu saat membeli perhiasan. (mc-hst/sn)",
    s=["Semua 53 timbangan di 27 toko emas Pasar Barabai lolos pengujian kelas II. Toko dapat stiker “Timbangan Sudah Diuji” untuk etalase."],
    p=["Kabar baik matan Barabai 👍 53 timbangan di 27 toko amas lulus barataan. Cari stiker 'Timbangan Sudah Diuji' di etalase amun handak manukar galang."],
    it="53 timbangan di 27 toko emas Barabai lolos uji",
    n=[("hst", -600, "last year's edition at the same market",
        "Pengujian timbangan toko emas Pasar Barabai tahun 2025 kemarin mendapati 2 timbangan tidak akurat. Semoga tahun ini lebih baik."),
       ("hst", 30, "same Sekda, same day, another event (pasar murah)",
        "Sekda HST H. Muhammad Yani Rahman membuka bazar UMKM di halaman Murakata, Jumat sore. Ada 30 stan kuliner dan kerajinan.")],
    b=(-26, "on the first testing day, before the release", "Hari ini di Pasar Barabai ada pemeriksaan timbangan toko emas, beberapa toko tutup sebentar. Besok katanya dilanjut toko sisanya."))
