# Hand-written releases for heldout28. {D:mm-dd} -> "Hari (d/mm/2026)".
# Each: n (num), src, date "mm-dd HH:MM", title, text, s1, s2 (opt), p, it, tags, n (look-alikes: kind, hours after, text), b (before: hours before, text)
A = []
def ann(**k): A.append(k)

# F1 BUMDes
ann(num=1, src="dpmd-kalsel", date="11-03 10:20", slug="dpmd-kalsel-latih-180-pengelola-bumdes-susun-laporan-keuangan-digital",
 title="DPMD Kalsel Latih 180 Pengelola BUMDes Susun Laporan Keuangan Digital",
 text="BANJARBARU – Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Provinsi Kalimantan Selatan melatih 180 pengelola Badan Usaha Milik Desa (BUMDes) dari 13 kabupaten/kota menyusun laporan keuangan digital, {D:11-02} hingga {D:11-03} di Aula DPMD Kalsel, Banjarbaru.\n\nKepala DPMD Kalsel, Rusmadi Akhyar, mengatakan baru 212 dari 1.864 BUMDes di Kalsel yang laporannya tertib. \u201cBUMDes yang laporannya rapi lebih mudah dapat modal dan dipercaya warga,\u201d ujarnya.\n\nPeserta membawa pulang aplikasi pembukuan gratis. Angkatan kedua untuk 150 pengelola dijadwalkan Februari 2027. (dpmd/rk)",
 s1="180 pengelola BUMDes se-Kalsel dilatih DPMD Kalsel bikin laporan keuangan digital, baru 212 dari 1.864 BUMDes yg laporannya tertib.",
 s2="Angkatan kedua pelatihan laporan keuangan BUMDes dari DPMD Kalsel nanti Februari 2027, 150 orang. Yg kemarin sudah 180 pengelola.",
 p="Bubuhan pengurus BUMDes, DPMD Kalsel sudah malatih 180 urang gasan manulis laporan keuangan pakai aplikasi. Kada usah lagi buku tulis haja 😁 #BUMDes",
 it="DPMD Kalsel latih 180 pengelola BUMDes laporan keuangan digital",
 tags="#BUMDes #DesaMaju #Kalsel",
 n=[("next stage", 1900, "Pendaftaran pelatihan laporan keuangan BUMDes angkatan II (Februari 2027) sudah dibuka di kantor desa. Kuota kabupaten kami 12 orang. BUMDes Hatungun Jaya sudah daftar."),
    ("village's own run", 150, "BUMDes Batu Ampar Sejahtera hari ini tutup buku bulanan: omzet unit air galon Oktober Rp14,2 juta, laba bersih Rp2,1 juta. Laporan ditempel di papan pengumuman desa."),
    ("last year", 60, "Kenangan tahun lalu 📸 pelatihan pembukuan BUMDes di Aula DPMD, November 2025, waktu itu cuma 90 peserta dan masih pakai Excel.")],
 b=(20, "Besok sampai Selasa pengurus BUMDes kita berangkat ke Banjarbaru ikut pelatihan dari provinsi. Mohon doanya, semoga ilmunya bermanfaat 🙏"))

ann(num=2, src="pemkab-tapin", date="11-10 14:05", slug="bumdes-bakarangan-mandiri-juara-i-bumdes-award-tapin-2026",
 title="BUMDes Bakarangan Mandiri Juara I BUMDes Award Tapin 2026",
 text="RANTAU – BUMDes Bakarangan Mandiri dari Kecamatan Bakarangan meraih juara I BUMDes Award Kabupaten Tapin 2026 yang diumumkan {D:11-10} di Pendopo Bupati Tapin, Rantau. Juara II diraih BUMDes Tambarangan Berkah dan juara III BUMDes Hatungun Jaya.\n\nWakil Bupati Tapin, Syamsul Fahmi, menyebut omzet BUMDes peraih juara I mencapai Rp1,3 miliar dari usaha penggilingan padi dan sewa tenda. \u201cIni bukti desa bisa punya usaha yang hidup,\u201d katanya.\n\nJuara I menerima hadiah Rp75 juta untuk tambahan modal. Penilaian diikuti 41 BUMDes. (humas-tapin/na)",
 s1="BUMDes Award Tapin 2026: juara I BUMDes Bakarangan Mandiri (omzet Rp1,3 M), II Tambarangan Berkah, III Hatungun Jaya. Hadiah juara I Rp75 juta.",
 p="Alhamdulillah BUMDes Bakarangan Mandiri juara satu BUMDes Award Tapin, hadiahnya 75 juta gasan modal. Mantap banar bubuhan Bakarangan 👏👏",
 it="BUMDes Bakarangan Mandiri juara I BUMDes Award Tapin (41 peserta)",
 tags="#BUMDesAward #Tapin #Rantau",
 n=[("same venue/date", 5, "Malam ini di Pendopo Bupati Tapin ada pelepasan kafilah MTQ pelajar Tapin ke tingkat provinsi. 32 qari dan qariah, semoga pulang bawa piala 🤲"),
    ("another kabupaten", 70, "BUMDes Award Kabupaten Banjar diumumkan: juara I BUMDes Sumber Rejeki Pengaron, omzet Rp640 juta dari usaha air bersih. Selamat!"),
    ("next stage", 300, "BUMDes Bakarangan Mandiri mulai bangun gudang gabah baru dari hadiah lomba, peletakan batu pertama Senin pagi bersama Pambakal.")],
 b=(26, "Deg-degan 😅 besok pengumuman BUMDes Award Tapin. BUMDes kita masuk nominasi 5 besar. Doakan lah dangsanak!"))

ann(num=3, src="pemkab-hsu", date="11-17 09:40", slug="12-bumdes-hsu-terima-mesin-pengolah-itik-dan-telur-asin",
 title="12 BUMDes HSU Terima Mesin Penetas dan Pengolah Telur Asin",
 text="AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara menyerahkan 12 mesin penetas telur berkapasitas 1.000 butir dan perlengkapan pengolahan telur asin kepada 12 BUMDes di lima kecamatan, {D:11-16} di Halaman Setda HSU, Amuntai.\n\nKepala Dinas PMD HSU, Hairil Anwar, menjelaskan bantuan senilai Rp396 juta itu bersumber dari APBD 2026. \u201cBUMDes jadi penampung telur peternak, jadi harga tidak dimainkan tengkulak,\u201d ucapnya.\n\nPendamping dari dinas akan mengunjungi tiap BUMDes mulai pekan depan untuk uji coba mesin. (mc-hsu/fa)",
 s1="Pemkab HSU serahkan 12 mesin penetas (1.000 butir) + alat telur asin ke 12 BUMDes di 5 kecamatan, nilai Rp396 juta.",
 p="Bubuhan peternak itik, BUMDes di HSU dapat mesin penetas wan alat telur asin, 12 buah. Kaina telur kawa dijual lewat BUMDes haja, kada ka tengkulak lagi 🦆🥚",
 it="12 BUMDes HSU terima mesin penetas & alat telur asin (Rp396 juta)",
 tags="#HSU #BUMDes #TelurAsin #ItikAlabio",
 n=[("next stage", 170, "Uji coba mesin penetas di BUMDes Haur Gading Bersatu hari ini: 600 butir telur itik masuk mesin, petugas dinas ikut mendampingi. Menetas sekitar 28 hari lagi."),
    ("other organiser", 40, "Bank Kalsel Cabang Amuntai serahkan CSR 3 freezer ke kelompok pengolah ikan di Sungai Turak. Terima kasih atas kepeduliannya."),
    ("village's own run", 230, "Telur asin produksi ibu-ibu PKK Paminggir sudah dikemas, 40 butir per hari, harga Rp4.000 sebutir. Pesan lewat pengurus PKK ya.")],
 b=None)

# F2 UKGS
ann(num=4, src="dinkes-kalsel", date="11-04 11:00", slug="dinkes-kalsel-periksa-gigi-24-ribu-siswa-sd-lewat-ukgs",
 title="Dinkes Kalsel Targetkan Periksa Gigi 24 Ribu Siswa SD Lewat UKGS",
 text="BANJARBARU – Dinas Kesehatan Provinsi Kalimantan Selatan menargetkan pemeriksaan gigi 24.000 siswa kelas 1 sampai 3 SD melalui Usaha Kesehatan Gigi Sekolah (UKGS) selama November dan Desember 2026. Kegiatan dicanangkan {D:11-04} di SDN Guntung Manggis 2, Banjarbaru.\n\nKepala Dinkes Kalsel, dr. Marlina Hayati, menyebut tujuh dari sepuluh anak yang diperiksa tahun lalu punya gigi berlubang. \u201cSikat gigi pagi dan sebelum tidur harus jadi kebiasaan,\u201d katanya.\n\nSetiap sekolah menerima sikat dan pasta gigi untuk latihan sikat gigi bersama. Dokter gigi puskesmas akan mendatangi sekolah sesuai jadwal. (dinkes/ml)",
 s1="UKGS Dinkes Kalsel: 24.000 siswa SD kelas 1-3 diperiksa giginya Nov-Des 2026. Dicanangkan di SDN Guntung Manggis 2.",
 s2="Mengingatkan lagi, dokter gigi puskesmas bakal datang ke SD-SD sampai Desember (program UKGS Dinkes Kalsel). Siapkan anak2 ya bun.",
 p="Ayah bunda, anak SD kelas 1 sampai 3 bakal dipariksa giginya gratis, 24 ribu anak se-Kalsel. Tahun tadi 7 dari 10 anak giginya balubang 😬 rajin sikat gigi lah! 🦷",
 it="UKGS Dinkes Kalsel: periksa gigi 24 ribu siswa SD",
 tags="#UKGS #GigiSehat #Dinkes",
 n=[("same venue/date", 4, "Lomba mewarnai tingkat TK di SDN Guntung Manggis 2 sore ini, 60 peserta. Selamat untuk ananda Naila juara 1 🖍️"),
    ("last year", 100, "Throwback UKGS 2025 di SDN kami, waktu itu 112 anak diperiksa, 78 giginya berlubang. Semoga tahun ini lebih baik."),
    ("village's own run", 200, "Hari ini bu bidan desa keliling ke PAUD Melati Cempaka, periksa gigi 35 anak PAUD dan kasih sikat gigi. Terima kasih bu bidan 🦷")],
 b=(18, "Besok pagi ada acara kesehatan gigi di SDN Guntung Manggis 2, katanya Kadinkes provinsi datang. Anak2 diminta pakai seragam olahraga."))

ann(num=5, src="pemkab-hss", date="11-12 13:30", slug="bulan-sikat-gigi-hss-3-100-siswa-sd-kandangan-diperiksa",
 title="Bulan Sikat Gigi HSS, 3.100 Siswa SD Diperiksa di Empat Kecamatan",
 text="KANDANGAN – Dinas Kesehatan Hulu Sungai Selatan memeriksa gigi 3.100 siswa SD di Kecamatan Kandangan, Simpur, Telaga Langsat dan Angkinang dalam Bulan Sikat Gigi yang dibuka {D:11-12} di SDN Kandangan Kota 1.\n\nKepala Dinkes HSS, drg. Fauzan Rahman, mengatakan 14 anak langsung dirujuk ke puskesmas untuk cabut gigi. \u201cKami bawa kursi gigi portabel supaya anak tidak perlu ke kota,\u201d katanya.\n\nPemeriksaan berlanjut ke Loksado dan Padang Batung pada {D:11-23}. (hss/ra)",
 s1="Bulan Sikat Gigi HSS: 3.100 siswa SD di Kandangan, Simpur, Telaga Langsat, Angkinang diperiksa, 14 anak dirujuk cabut gigi.",
 p="Dinkes HSS bawa kursi gigi portabel ka sekolah, 3.100 anak SD dipariksa. Kaina Loksado wan Padang Batung jua ujar 👍 #HSS",
 it="HSS: 3.100 siswa SD diperiksa gigi di 4 kecamatan",
 tags="#HSS #Kandangan #BulanSikatGigi",
 n=[("next stage", 260, "Hari ini tim gigi Dinkes HSS sampai di SDN Loklahung, 46 anak diperiksa, 9 giginya harus dicabut. Jalan licin, tapi tim tetap datang 👏"),
    ("another kecamatan", 90, "Puskesmas Daha Utara periksa gigi 210 murid MI di Kecamatan Daha Utara, kerja sama dengan Kemenag. Sikat gigi bareng di halaman madrasah."),
    ("same venue/date", 6, "Sore ini SDN Kandangan Kota 1 jadi lokasi latihan drumband untuk HUT KORPRI. Warga diminta hati-hati melintas.")],
 b=None)

ann(num=6, src="pemkot-banjarmasin", date="11-19 15:10", slug="mobil-gigi-keliling-sambangi-12-sd-di-bantaran-sungai",
 title="Mobil Gigi Keliling Sambangi 12 SD di Bantaran Sungai Banjarmasin",
 text="BANJARMASIN – Dinas Kesehatan Kota Banjarmasin meluncurkan mobil gigi keliling yang akan menyambangi 12 SD di bantaran sungai, {D:11-19}. Hari pertama mobil gigi melayani 85 siswa SDN Kuin Utara 4.\n\nWakil Wali Kota Banjarmasin, Hendra Saputra, mengatakan mobil itu dilengkapi kursi dan alat tambal. \u201cAnak-anak bantaran sungai jarang ke puskesmas, jadi kita yang datang,\u201d ujarnya.\n\nJadwal berikutnya SDN Mantuil 3 pada {D:11-26}. (mc-bjm/hs)",
 s1="Dinkes Banjarmasin luncurkan mobil gigi keliling utk 12 SD bantaran sungai; hari pertama 85 siswa SDN Kuin Utara 4.",
 p="Mobil gigi keliling Banjarmasin sudah datang ka SDN Kuin Utara 4, 85 anak dipariksa. Ada kursi wan alat tambal jua 😁🚐",
 it="Banjarmasin luncurkan mobil gigi keliling (12 SD bantaran sungai)",
 tags="#Banjarmasin #MobilGigi",
 n=[("next stage", 168, "Mobil gigi keliling hari ini di SDN Mantuil 3, 102 anak dilayani, 21 gigi ditambal. Terima kasih tim Dinkes 🙏"),
    ("same official/week", 28, "Wawali Banjarmasin meninjau pengerukan Sungai Kuin pagi tadi, lumpur setebal 1 meter diangkat pakai ekskavator amfibi."),
    ("last year", 120, "Dulu tahun 2024 mobil gigi keliling pernah ke sini juga, tapi cuma sekali. Semoga tahun ini rutin 🙏")],
 b=None)

# F3 kerajinan purun
ann(num=7, src="disperin-kalsel", date="11-05 10:00", slug="disperin-kalsel-latih-60-perajin-purun-desain-tas-ekspor",
 title="Disperin Kalsel Latih 60 Perajin Purun Desain Tas untuk Pasar Ekspor",
 text="BANJARBARU – Dinas Perindustrian Provinsi Kalimantan Selatan melatih 60 perajin purun dari Banjar, Batola, HSU dan Tapin membuat desain tas untuk pasar ekspor, {D:11-04} sampai {D:11-05} di Balai Diklat Industri, Banjarbaru.\n\nKepala Disperin Kalsel, Ahmad Zuhdi, mengatakan pembeli dari Jepang sudah memesan 2.000 tas purun. \u201cAnyaman kita sudah bagus, tinggal warna dan ukuran yang disesuaikan,\u201d katanya.\n\nPeserta akan mengikuti kurasi produk pada {D:11-25}. (disperin/az)",
 s1="60 perajin purun (Banjar, Batola, HSU, Tapin) dilatih Disperin Kalsel desain tas ekspor. Ada pesanan 2.000 tas dari Jepang.",
 p="Perajin purun kita dilatih bikin tas ekspor, pembeli Jepang sudah pesan 2 ribu tas 😍 anyaman urang Banjar mendunia! #purun",
 it="Disperin Kalsel latih 60 perajin purun, pesanan 2.000 tas dari Jepang",
 tags="#Purun #Kerajinan #UMKMKalsel",
 n=[("next stage", 480, "Kurasi produk tas purun hari ini di Banjarbaru: dari 60 perajin, 22 lolos ke tahap pengiriman sampel. Dua dari desa kami!"),
    ("village's own run", 60, "Kelompok anyaman Srikandi Jejangkit hari ini setor 150 tikar purun ke pengepul, harga Rp35 ribu per lembar."),
    ("other organiser", 130, "Dekranasda HSU pamerkan kerajinan purun dan eceng gondok di pameran Jakarta, laku 300 item dalam tiga hari.")],
 b=(30, "Ibu2 perajin purun dari desa kita berangkat ke Banjarbaru besok subuh, ikut pelatihan desain dua hari. Hati-hati di jalan bu 🙏"))

ann(num=8, src="pemkab-batola", date="11-13 09:15", slug="sentra-purun-belawang-diresmikan-serap-85-perajin",
 title="Sentra Purun Belawang Diresmikan, Serap 85 Perajin",
 text="MARABAHAN – Bupati Barito Kuala, Hj. Rahmawati, meresmikan Sentra Kerajinan Purun di Desa Belawang, Kecamatan Belawang, {D:11-12}. Gedung senilai Rp1,1 miliar itu menjadi tempat kerja 85 perajin.\n\n\u201cPurun tumbuh sendiri di rawa kita, jangan sampai nilai tambahnya dinikmati daerah lain,\u201d kata Bupati. Sentra dilengkapi mesin press dan ruang pamer.\n\nSentra buka setiap hari pukul 08.00\u201316.00 Wita dan menerima kunjungan sekolah. (batola/rh)",
 s1="Sentra Kerajinan Purun Desa Belawang diresmikan Bupati Batola, 85 perajin, gedung Rp1,1 M, ada mesin press & ruang pamer.",
 p="Sentra purun di Belawang sudah diresmikan bupati 🎉 85 urang perajin bagawi di situ. Buka tiap hari jam 8 sampai 4, kawa bailang!",
 it="Sentra Purun Belawang diresmikan (85 perajin)",
 tags="#Batola #Belawang #Purun",
 n=[("same official/week", 48, "Bupati Batola hari ini panen jeruk di Desa Sungai Kambat, 40 ton dari 12 hektare."),
    ("another kecamatan", 110, "Warga Kuripan juga minta dibangunkan sentra purun, usul sudah masuk musrenbang kecamatan tahun ini."),
    ("village's own run", 160, "Galeri purun kecil di rumah Bu RT Jejangkit Pasar buka tiap Sabtu, jual tas, topi, tikar.")],
 b=(40, "Gedung sentra purun di Belawang sudah dicat, katanya minggu ini mau diresmikan. Jalan depannya juga sudah diaspal."))

ann(num=9, src="pemkab-hsu", date="11-24 11:25", slug="pameran-purun-dan-anyaman-hsu-di-amuntai-catat-transaksi-rp186-juta",
 title="Pameran Anyaman HSU di Amuntai Catat Transaksi Rp186 Juta",
 text="AMUNTAI – Pameran kerajinan anyaman purun dan eceng gondok Kabupaten Hulu Sungai Utara di Taman Putri Junjung Buih, Amuntai, mencatat transaksi Rp186 juta selama tiga hari, {D:11-21} sampai {D:11-23}.\n\nKetua Dekranasda HSU, Nurlaila Fitri, mengatakan 38 kelompok perajin ikut serta. \u201cPembeli paling banyak mencari tas dan sandal purun,\u201d katanya.\n\nDekranasda akan membawa produk terlaris ke pameran nasional pada Maret 2027. (mc-hsu/nf)",
 s1="Pameran anyaman HSU di Taman Putri Junjung Buih (21-23 Nov): 38 kelompok perajin, transaksi Rp186 juta. Tas & sandal purun paling laku.",
 p="Pameran anyaman di Amuntai tembus Rp186 juta dalam 3 hari, tas wan sandal purun laris banar 🛍️",
 it="Pameran anyaman HSU: transaksi Rp186 juta",
 tags="#HSU #Amuntai #Anyaman",
 n=[("same venue/date", 30, "Malam minggu ini Taman Putri Junjung Buih ramai, ada lomba karaoke remaja dan pasar malam sampai jam 11."),
    ("last year", 50, "Pameran anyaman 2025 dulu transaksinya Rp120 juta. Tahun ini katanya lebih ramai.")],
 b=(60, "Stand kelompok anyaman kita sudah siap di Taman Putri Junjung Buih, pameran mulai besok sampai Senin. Mampir yaa!"))

# F4 renang anak sungai
ann(num=10, src="dispora-kalsel", date="11-06 16:00", slug="gerakan-bisa-berenang-dispora-kalsel-sasar-1-500-anak-bantaran-sungai",
 title="Gerakan Bisa Berenang, Dispora Kalsel Sasar 1.500 Anak Bantaran Sungai",
 text="BANJARMASIN – Dinas Pemuda dan Olahraga Provinsi Kalimantan Selatan meluncurkan Gerakan Bisa Berenang untuk 1.500 anak usia 7\u201312 tahun di bantaran sungai, {D:11-06} di Kolam Renang Kayuh Baimbai, Banjarmasin.\n\nKepala Dispora Kalsel, Rizal Fahmi, mengatakan tahun ini tercatat 19 anak tenggelam di sungai Kalsel. \u201cAnak sungai harus bisa berenang dan tahu cara menolong,\u201d ujarnya.\n\nLatihan digelar dua kali sepekan selama enam pekan di 10 titik, dilatih 40 pelatih bersertifikat. (dispora/rf)",
 s1="Dispora Kalsel luncurkan Gerakan Bisa Berenang: 1.500 anak 7-12 th bantaran sungai, 10 titik, 6 pekan. 19 anak tenggelam tahun ini.",
 s2="Latihan renang Gerakan Bisa Berenang (Dispora Kalsel) tiap 2x seminggu selama 6 pekan, gratis utk anak 7-12 tahun. Ajak anaknya!",
 p="Anak-anak pinggir sungai wajib kawa bakunyung! Dispora Kalsel bukakan latihan gratis gasan 1.500 anak 🏊 #BisaBerenang",
 it="Dispora Kalsel: Gerakan Bisa Berenang 1.500 anak bantaran sungai",
 tags="#BisaBerenang #Dispora #AnakSungai",
 n=[("same venue/date", 3, "Kolam Renang Kayuh Baimbai tutup untuk umum Minggu besok karena dipakai kejuaraan renang master antarklub."),
    ("village's own run", 140, "Latihan renang mandiri di Sungai Lulut sore ini, 25 anak diajari bapak2 relawan di batang. Pakai pelampung semua ya."),
    ("last year", 75, "Tahun lalu 23 anak tenggelam di Kalsel. Ayo awasi anak saat main di batang.")],
 b=None)

ann(num=11, src="pemkab-batola", date="11-16 10:45", slug="320-anak-kuripan-dan-tabunganen-ikut-latihan-renang-di-sungai",
 title="320 Anak Kuripan dan Tabunganen Ikut Latihan Renang",
 text="MARABAHAN – Sebanyak 320 anak di Kecamatan Kuripan dan Tabunganen mulai mengikuti latihan renang di kolam apung Sungai Barito, {D:11-15}. Latihan merupakan bagian Gerakan Bisa Berenang.\n\nKepala Dispora Batola, M. Yusran, mengatakan kolam apung dibuat dari drum dan jaring agar aman dari arus. \u201cSetelah enam pekan, anak harus bisa mengapung lima menit,\u201d katanya.\n\nUji kemampuan digelar {D:12-20} di dermaga Kuripan. (batola/my)",
 s1="Latihan renang 320 anak Kuripan & Tabunganen di kolam apung Sungai Barito (drum + jaring). Target: mengapung 5 menit.",
 p="Anak Kuripan wan Tabunganen baajar bakunyung di kolam apung, 320 urang. Kolamnya dari drum wan jaring, aman 👍🏊",
 it="Batola: 320 anak Kuripan-Tabunganen latihan renang di kolam apung",
 tags="#Batola #Kuripan #BisaBerenang",
 n=[("next stage", 190, "Pekan kedua latihan renang di Kuripan, 41 anak sudah bisa mengapung. Pelatih bilang progresnya bagus."),
    ("same venue/date", 20, "Dermaga Kuripan hari ini dipakai bongkar muat pupuk, warga diminta tidak parkir motor di jalan dermaga.")],
 b=(30, "Kolam apung dari drum sedang dirakit di Sungai Barito, buat latihan renang anak2 katanya. Mulai kapan ya?"))

ann(num=12, src="pemkab-hst", date="11-20 14:20", slug="40-guru-sd-hst-dilatih-jadi-pelatih-renang-dan-pertolongan-di-air",
 title="40 Guru SD HST Dilatih Jadi Pelatih Renang dan Pertolongan di Air",
 text="BARABAI – Sebanyak 40 guru olahraga SD di Hulu Sungai Tengah dilatih menjadi pelatih renang dan pertolongan di air, {D:11-19} sampai {D:11-20} di Kolam Renang Murakata, Barabai.\n\nKepala Disdikbud HST, Siti Rahmah, mengatakan guru akan melatih murid di sekolah dekat Sungai Barabai dan Batang Alai. \u201cSatu guru terlatih bisa menyelamatkan banyak nyawa,\u201d ujarnya.\n\nPelatihan dibantu Basarnas dan PMI HST. (hst/sr)",
 s1="40 guru olahraga SD HST dilatih jadi pelatih renang + pertolongan di air, di Kolam Renang Murakata, dibantu Basarnas & PMI.",
 p="Guru olahraga SD di HST dilatih jadi pelatih bakunyung wan manolong urang tenggelam. Hebat pian bapak ibu guru 💪",
 it="HST: 40 guru SD dilatih jadi pelatih renang",
 tags="#HST #Barabai #Renang",
 n=[("same venue/date", 48, "Kolam Renang Murakata tutup Senin-Rabu untuk pengurasan. Buka lagi Kamis."),
    ("other organiser", 100, "PMI HST latih 30 relawan desa pertolongan pertama korban banjir di Haruyan.")],
 b=None)

# F5 kelas jauh SD
ann(num=13, src="disdik-kalsel", date="11-09 09:30", slug="disdik-kalsel-data-47-sd-kelas-jauh-di-desa-terpencil",
 title="Disdik Kalsel Data 47 SD Kelas Jauh di Desa Terpencil",
 text="BANJARBARU – Dinas Pendidikan Provinsi Kalimantan Selatan mendata 47 SD kelas jauh (filial) di desa terpencil untuk mendapat bantuan guru dan bangunan, {D:11-09}. Kelas jauh terbanyak ada di Kotabaru (12), HST (9) dan Balangan (8).\n\nKepala Disdik Kalsel, Muhammad Yusuf, mengatakan banyak kelas jauh masih menumpang di balai desa. \u201cAnak di pegunungan dan pulau kecil berhak atas ruang kelas yang layak,\u201d katanya.\n\nHasil pendataan diusulkan ke APBD 2027. (disdik/my)",
 s1="Disdik Kalsel data 47 SD kelas jauh di desa terpencil (Kotabaru 12, HST 9, Balangan 8), diusulkan dapat guru & bangunan di APBD 2027.",
 p="Ada 47 SD kelas jauh di Kalsel, banyak yang masih manumpang di balai desa 😢 Disdik Kalsel handak mambantu guru wan gedungnya.",
 it="Disdik Kalsel data 47 SD kelas jauh",
 tags="#Pendidikan #KelasJauh #Kalsel",
 n=[("village's own run", 80, "Kelas jauh SDN Hampang di Dusun Batu Bulan sekarang punya 2 guru honor baru dari dana desa. 18 murid sudah tidak perlu jalan 6 km lagi."),
    ("last year", 40, "Data lama 2024: 51 kelas jauh di Kalsel. Apa sudah berkurang?")],
 b=None)

ann(num=14, src="pemkab-kotabaru", date="11-14 10:10", slug="gedung-kelas-jauh-sdn-hampang-diresmikan",
 title="Gedung Kelas Jauh SDN Hampang di Dusun Batu Bulan Diresmikan",
 text="KOTABARU – Pemkab Kotabaru meresmikan gedung kelas jauh SDN 1 Hampang di Dusun Batu Bulan, Kecamatan Hampang, {D:11-13}. Gedung tiga ruang kelas senilai Rp780 juta itu dipakai 46 murid.\n\nKepala Disdikbud Kotabaru, Rahmat Hidayat, mengatakan sebelumnya murid belajar di rumah warga. \u201cSekarang ada meja, papan tulis dan perpustakaan kecil,\u201d ujarnya.\n\nTahun 2027 dua kelas jauh lain di Hampang dan Sampanahan menyusul. (mc-kotabaru/rh)",
 s1="Gedung kelas jauh SDN 1 Hampang (Dusun Batu Bulan) diresmikan: 3 ruang kelas, Rp780 juta, 46 murid.",
 p="Alhamdulillah anak Dusun Batu Bulan sudah ada sakulah nang bujur, 3 ruang kelas. Kada baajar di rumah urang lagi 🥹🏫",
 it="Kotabaru resmikan gedung kelas jauh SDN 1 Hampang",
 tags="#Kotabaru #Hampang #Pendidikan",
 n=[("next stage", 400, "Warga Dusun Sungai Rukam minta kelas jauhnya juga dibangun, sekarang 23 murid masih belajar di langgar."),
    ("same official/week", 30, "Kadisdikbud Kotabaru lantik pengurus MKKS SMP di Aula Disdikbud, Sabtu pagi.")],
 b=(24, "Besok peresmian sekolah kelas jauh di Batu Bulan. Bubuhan dusun gotong royong bersihkan halaman dari pagi 💪"))

ann(num=15, src="pemkab-balangan", date="11-25 13:00", slug="guru-kelas-jauh-balangan-terima-insentif-rp1-5-juta",
 title="22 Guru Kelas Jauh Balangan Terima Insentif Rp1,5 Juta per Bulan",
 text="PARINGIN – Pemkab Balangan mulai membayar insentif Rp1,5 juta per bulan kepada 22 guru kelas jauh di Kecamatan Halong, Tebing Tinggi dan Juai, {D:11-25}. Pembayaran pertama dirapel untuk tiga bulan.\n\nBupati Balangan, Ahmad Ridani, mengatakan guru kelas jauh menempuh perjalanan berat. \u201cInsentif ini supaya mereka betah mengajar di kampung,\u201d katanya.\n\nInsentif dibayar lewat rekening Bank Kalsel tiap tanggal 10. (balangan/ar)",
 s1="Pemkab Balangan bayar insentif Rp1,5 juta/bln utk 22 guru kelas jauh di Halong, Tebing Tinggi, Juai, dirapel 3 bulan.",
 p="Guru kelas jauh di Halong, Tebing Tinggi wan Juai dapat insentif 1,5 juta sabulan 🙏 pantas banar gasan pahlawan kampung.",
 it="Balangan: insentif Rp1,5 juta/bulan utk 22 guru kelas jauh",
 tags="#Balangan #GuruKelasJauh",
 n=[("other organiser", 50, "Baznas Balangan serahkan beasiswa Rp500 ribu kepada 60 santri di Juai."),
    ("village's own run", 120, "Desa Tebing Tinggi tambah honor guru ngaji TPA Rp300 ribu dari dana desa mulai Desember.")],
 b=None)

# F6 padi apung
ann(num=16, src="distanbun-kalsel", date="11-05 14:40", slug="demplot-padi-apung-150-hektare-di-lahan-rawa-kalsel",
 title="Distanbun Kalsel Siapkan Demplot Padi Apung 150 Hektare di Lahan Rawa",
 text="BANJARBARU – Dinas Tanaman Pangan dan Hortikultura Provinsi Kalimantan Selatan menyiapkan demplot padi apung seluas 150 hektare di lahan rawa yang tergenang lebih dari lima bulan, {D:11-05}. Lokasinya di HSU, Batola dan Banjar.\n\nKepala Distanbun Kalsel, Syamsir Rahman, mengatakan rakit padi dibuat dari bambu dan sabut kelapa. \u201cRawa yang dulu dibiarkan bisa tetap ditanami saat air dalam,\u201d katanya.\n\nBenih Inpara 8 dibagikan kepada 30 kelompok tani pekan depan. (distanbun/sr)",
 s1="Distanbun Kalsel siapkan demplot padi apung 150 ha di rawa HSU, Batola, Banjar. Rakit bambu + sabut kelapa, benih Inpara 8 utk 30 poktan.",
 s2="Info buat poktan: benih Inpara 8 untuk demplot padi apung dibagi minggu depan (30 kelompok). Hubungi PPL masing2.",
 p="Padi kawa ditanam di atas rakit, ujar Distanbun Kalsel 😮 150 hektare rawa gasan padi apung. Bubuhan patani rawa, siap2 lah!",
 it="Distanbun Kalsel: demplot padi apung 150 ha di lahan rawa",
 tags="#PadiApung #LahanRawa #Distanbun",
 n=[("next stage", 180, "Benih Inpara 8 untuk padi apung sudah sampai di BPP Babirik, 30 karung. Poktan diminta ambil Kamis."),
    ("village's own run", 90, "Pak Hamdan di Sungai Turak coba tanam padi di atas rakit batang pisang, sudah 3 minggu tumbuh subur."),
    ("other organiser", 220, "Mahasiswa ULM bikin penelitian padi apung di Jejangkit, 20 rakit kecil percobaan.")],
 b=None)

ann(num=17, src="pemkab-hsu", date="11-11 10:30", slug="tanam-perdana-padi-apung-di-desa-paminggir-20-rakit",
 title="Tanam Perdana Padi Apung di Paminggir, 20 Rakit Ditanami",
 text="AMUNTAI – Bupati Hulu Sungai Utara, H. Sahrujani, menanam perdana padi apung di Desa Paminggir, Kecamatan Paminggir, {D:11-11}. Sebanyak 20 rakit seluas 2 hektare ditanami benih Inpara 8.\n\n\u201cDi Paminggir air tinggi hampir sepanjang tahun, padi apung jawabannya,\u201d kata Bupati. Rakit dibuat 25 anggota Kelompok Tani Harapan Baru.\n\nPanen diperkirakan pertengahan Februari 2027. (mc-hsu/sh)",
 s1="Tanam perdana padi apung di Desa Paminggir: 20 rakit, 2 ha, benih Inpara 8, Poktan Harapan Baru. Panen Feb 2027.",
 p="Bupati HSU tanam padi apung di Paminggir, 20 rakit. Kaina Februari panen, insyaallah 🌾🛶",
 it="HSU: tanam perdana padi apung di Paminggir (20 rakit)",
 tags="#HSU #Paminggir #PadiApung",
 n=[("same official/week", 24, "Bupati HSU buka turnamen voli antarkecamatan di Lapangan Pahlawan Amuntai."),
    ("another kecamatan", 150, "Poktan di Danau Panggang juga bikin 6 rakit padi apung swadaya, benih lokal siam.")],
 b=(20, "Rakit2 padi apung sudah berjejer di rawa Paminggir, besok katanya bupati datang menanam."))

ann(num=18, src="pemkab-banjar", date="11-23 16:20", slug="padi-apung-aluh-aluh-mulai-tumbuh-petani-tambah-40-rakit",
 title="Padi Apung di Aluh-Aluh Tumbuh Baik, Petani Tambah 40 Rakit",
 text="MARTAPURA – Padi apung di Desa Bunipah, Kecamatan Aluh-Aluh, tumbuh baik tiga pekan setelah tanam, {D:11-23}. Petani menambah 40 rakit sehingga totalnya 65 rakit.\n\nKepala Distan Banjar, Ir. Hasanuddin, mengatakan tinggi tanaman sudah 35 sentimeter. \u201cKita siapkan pupuk organik cair supaya tidak perlu pupuk kimia banyak,\u201d ujarnya.\n\nDistan Banjar juga akan membuka demplot serupa di Beruntung Baru. (banjar/hs)",
 s1="Padi apung di Bunipah, Aluh-Aluh, tinggi 35 cm umur 3 minggu; petani tambah 40 rakit (total 65).",
 p="Padi apung di Bunipah subur banar, sudah 35 senti. Patani tambahi 40 rakit lagi 👍🌾",
 it="Banjar: padi apung Aluh-Aluh tumbuh baik, total 65 rakit",
 tags="#KabBanjar #AluhAluh #PadiApung",
 n=[("another kecamatan", 70, "Di Beruntung Baru masih rencana demplot padi apung, belum ada rakitnya."),
    ("last year", 40, "Tahun lalu percobaan padi apung di Aluh-Aluh gagal karena rakit terbawa arus. Semoga tahun ini aman.")],
 b=None)

# F7 jamur tiram
ann(num=19, src="pemkab-tala", date="11-06 09:10", slug="kwt-di-batu-ampar-dilatih-budidaya-jamur-tiram",
 title="45 Anggota KWT Batu Ampar Dilatih Budidaya Jamur Tiram",
 text="PELAIHARI – Dinas Ketahanan Pangan Tanah Laut melatih 45 anggota Kelompok Wanita Tani (KWT) di Kecamatan Batu Ampar budidaya jamur tiram, {D:11-05}. Setiap KWT menerima 500 baglog dan rumah jamur.\n\nKepala DKP Tala, Nurhayati, mengatakan jamur tiram cocok untuk pekarangan. \u201cPanen mulai tiga minggu, sehari bisa 5 kilogram,\u201d katanya.\n\nJamur akan dipasarkan ke pedagang sayur di Pasar Pelaihari. (tala/nh)",
 s1="45 anggota KWT Batu Ampar dilatih DKP Tala budidaya jamur tiram, tiap KWT dapat 500 baglog + rumah jamur.",
 p="Acil-acil KWT Batu Ampar baajar bapiara jamur tiram, dapat 500 baglog. Tiga minggu kawa panen ujar 🍄",
 it="Tala: 45 anggota KWT Batu Ampar dilatih budidaya jamur tiram",
 tags="#TanahLaut #BatuAmpar #JamurTiram",
 n=[("next stage", 500, "Panen perdana jamur tiram KWT Mawar Batu Ampar: 4,2 kg pagi ini, langsung dibawa ke Pasar Pelaihari."),
    ("other organiser", 60, "Mahasiswa KKN Poliban ajari warga Kait-Kait bikin nugget jamur.")],
 b=None)

ann(num=20, src="pemkab-tabalong", date="11-18 11:50", slug="rumah-jamur-tiram-pugaan-hasilkan-30-kg-sehari",
 title="Rumah Jamur Tiram Pugaan Hasilkan 30 Kg Sehari",
 text="TANJUNG – Rumah jamur tiram milik BUMDes Pugaan Maju di Kecamatan Pugaan menghasilkan 30 kilogram jamur per hari. Wakil Bupati Tabalong, Mawardi, meninjau rumah jamur itu {D:11-18}.\n\n\u201cBaglog dibuat dari serbuk kayu karet, limbah yang dulu dibakar,\u201d kata Wabup. Rumah jamur mempekerjakan 12 warga.\n\nPemkab akan membantu mesin pengering agar jamur bisa dijual kering. (tabalong/mw)",
 s1="Rumah jamur tiram BUMDes Pugaan Maju panen 30 kg/hari, baglog dari serbuk kayu karet, 12 warga bekerja. Wabup Tabalong meninjau.",
 p="Rumah jamur di Pugaan sahari panen 30 kilo! Baglognya dari sarbuk kayu karet 👏 #Tabalong",
 it="Tabalong: rumah jamur Pugaan 30 kg/hari",
 tags="#Tabalong #Pugaan #Jamur",
 n=[("same official/week", 26, "Wabup Tabalong hadiri haul ulama di Masjid Jami Pugaan malam tadi."),
    ("village's own run", 200, "Warga Jaro mulai coba jamur tiram di bawah rumah panggung, 100 baglog beli sendiri.")],
 b=None)

ann(num=21, src="pemkot-banjarbaru", date="11-26 10:00", slug="lomba-olahan-jamur-tiram-kwt-banjarbaru",
 title="Lomba Olahan Jamur Tiram KWT Banjarbaru, Kripik Jamur Cempaka Juara",
 text="BANJARBARU – Kripik jamur buatan KWT Sekar Cempaka, Kecamatan Cempaka, menjuarai lomba olahan jamur tiram antar-KWT se-Banjarbaru, {D:11-25} di Aula Dinas Pertanian Banjarbaru. Juara II rendang jamur KWT Guntung Manggis.\n\nKepala Dinas Pertanian Banjarbaru, Yudi Pratama, mengatakan 18 KWT ikut lomba. \u201cJamur tiram bisa jadi camilan yang laku di toko oleh-oleh,\u201d katanya.\n\nPemenang akan dibantu izin PIRT. (bjb/yp)",
 s1="Lomba olahan jamur tiram KWT Banjarbaru: juara I kripik jamur KWT Sekar Cempaka, II rendang jamur KWT Guntung Manggis. 18 KWT ikut.",
 p="Kripik jamur bubuhan KWT Sekar Cempaka juara satu! Nyaman banar pang rasanya 🤤🍄",
 it="Banjarbaru: kripik jamur KWT Sekar Cempaka juara lomba olahan jamur",
 tags="#Banjarbaru #Cempaka #Jamur",
 n=[("same venue/date", 5, "Aula Dinas Pertanian Banjarbaru sore ini dipakai rapat persiapan pasar tani Desember."),
    ("another kabupaten", 90, "Lomba cipta menu B2SA tingkat Kabupaten Banjar, juara pertama sayur asam jamur dari Pengaron.")],
 b=None)

# F8 STDB sawit
ann(num=22, src="disbunnak-kalsel", date="11-10 10:05", slug="disbun-kalsel-terbitkan-3-200-stdb-untuk-pekebun-sawit-rakyat",
 title="Disbun Kalsel Targetkan 3.200 STDB untuk Pekebun Sawit Rakyat",
 text="BANJARBARU – Dinas Perkebunan dan Peternakan Provinsi Kalimantan Selatan menargetkan penerbitan 3.200 Surat Tanda Daftar Budidaya (STDB) bagi pekebun sawit rakyat hingga akhir 2026, {D:11-10}. Baru 1.450 STDB yang terbit.\n\nKepala Disbunnak Kalsel, Ir. Suparman, mengatakan STDB syarat sertifikat ISPO dan bantuan peremajaan. \u201cTanpa STDB, TBS pekebun bisa ditolak pabrik tahun depan,\u201d katanya.\n\nPendaftaran lewat dinas kabupaten dan gratis. (disbun/sp)",
 s1="Disbunnak Kalsel targetkan 3.200 STDB pekebun sawit rakyat sampai akhir 2026, baru 1.450 terbit. Gratis, daftar di dinas kabupaten.",
 p="Pekebun sawit, lakasi ngurus STDB! Gratis ai. Kaina tahun depan buah sawit kawa ditolak pabrik amun kada baisi 🌴",
 it="Disbunnak Kalsel: target 3.200 STDB sawit rakyat, baru 1.450",
 tags="#Sawit #STDB #Pekebun",
 n=[("village's own run", 100, "Harga TBS di tingkat petani Sebamban minggu ini Rp2.480/kg, naik 60 rupiah."),
    ("last year", 50, "Tahun 2025 pendataan STDB di kecamatan kami cuma dapat 80 pekebun. Semoga sekarang lebih banyak."),
    ("other organiser", 150, "Koperasi sawit di Mantewe adakan RAT, pembagian SHU Rp1,1 juta per anggota.")],
 b=None)

ann(num=23, src="pemkab-tanbu", date="11-17 13:45", slug="pendataan-stdb-keliling-di-sungai-loban-dan-mantewe",
 title="Pendataan STDB Keliling di Sungai Loban dan Mantewe, 610 Pekebun Terdaftar",
 text="BATULICIN – Dinas Perkebunan Tanah Bumbu menggelar pendataan STDB keliling di Kecamatan Sungai Loban dan Mantewe, {D:11-16} dan {D:11-17}. Sebanyak 610 pekebun sawit terdaftar dengan luas 1.380 hektare.\n\nKepala Disbun Tanbu, Akhmad Syarif, mengatakan petugas mengukur kebun dengan GPS. \u201cPekebun cukup bawa KTP dan surat tanah,\u201d ujarnya.\n\nPendataan keliling berlanjut ke Kusan Hulu pada {D:11-30}. (tanbu/as)",
 s1="Pendataan STDB keliling Disbun Tanbu di Sungai Loban & Mantewe: 610 pekebun sawit, 1.380 ha. Bawa KTP + surat tanah.",
 p="Petugas STDB sudah ka Sebamban wan Mantewe, 610 pekebun badaftar. Bawa KTP wan surat tanah haja 👍",
 it="Tanbu: pendataan STDB keliling, 610 pekebun",
 tags="#TanahBumbu #Sawit #STDB",
 n=[("next stage", 320, "Pendataan STDB di Kusan Hulu hari ini, antre dari jam 7 di balai desa. Sudah 140 orang terdata."),
    ("same venue/date", 10, "Balai desa Sebamban Baru malam ini dipakai rapat karang taruna persiapan lomba 17-an tahun depan 😅")],
 b=(24, "Pengumuman dari pambakal: besok ada petugas perkebunan data kebun sawit di balai desa. Bawa KTP dan surat tanah."))

ann(num=24, src="pemkab-kotabaru", date="11-21 09:00", slug="400-pekebun-sawit-kotabaru-terima-stdb",
 title="400 Pekebun Sawit Kotabaru Terima STDB",
 text="KOTABARU – Sebanyak 400 pekebun sawit di Kecamatan Kelumpang Hilir dan Kelumpang Tengah menerima STDB dari Pemkab Kotabaru, {D:11-20} di Aula Kantor Camat Kelumpang Hilir, Serongga.\n\nKepala Disbun Kotabaru, H. Darmawan, mengatakan pekebun yang punya STDB bisa ikut peremajaan sawit rakyat. \u201cSTDB ini seperti KTP-nya kebun,\u201d ujarnya.\n\nPenyerahan tahap berikutnya untuk Pamukan Selatan pada Desember. (kotabaru/hd)",
 s1="400 pekebun sawit Kelumpang Hilir & Kelumpang Tengah terima STDB di Aula Camat Kelumpang Hilir, Serongga.",
 p="Bubuhan pekebun Serongga, STDB sudah dibagi, 400 urang. 'KTP-nya kebun' ujar Kadisbun 😄",
 it="Kotabaru: 400 pekebun sawit terima STDB",
 tags="#Kotabaru #Serongga #STDB",
 n=[("next stage", 300, "Penyerahan STDB tahap dua di Pamukan Selatan ditunda, katanya berkas belum lengkap."),
    ("same venue/date", 28, "Aula Kantor Camat Kelumpang Hilir hari ini dipakai vaksinasi rabies kucing dan anjing.")],
 b=None)

# F9 pengolahan ikan
ann(num=25, src="dkp-kalsel", date="11-04 15:30", slug="dkp-kalsel-latih-70-pengolah-ikan-haruan-jadi-abon-dan-kerupuk",
 title="DKP Kalsel Latih 70 Pengolah Ikan Haruan Jadi Abon dan Kerupuk",
 text="BANJARMASIN – Dinas Kelautan dan Perikanan Provinsi Kalimantan Selatan melatih 70 pengolah ikan dari 7 kabupaten membuat abon dan kerupuk ikan haruan, {D:11-03} sampai {D:11-04} di Balai Pelatihan Perikanan, Banjarmasin.\n\nKepala DKP Kalsel, Fathurrahman, mengatakan harga haruan segar jatuh saat musim air surut. \u201cKalau diolah, nilainya naik sampai empat kali,\u201d katanya.\n\nSetiap kelompok menerima alat pres abon. (dkp/fr)",
 s1="DKP Kalsel latih 70 pengolah ikan dari 7 kabupaten bikin abon & kerupuk haruan; tiap kelompok dapat alat pres abon.",
 p="Iwak haruan amun murah, jadikan abon haja! DKP Kalsel malatih 70 urang pengolah. Nilainya naik 4 kali lipat ujar 🐟",
 it="DKP Kalsel latih 70 pengolah ikan haruan (abon, kerupuk)",
 tags="#Haruan #Perikanan #UMKM",
 n=[("village's own run", 70, "Abon haruan buatan kelompok Mina Sejahtera Sungai Turak tersedia, Rp45 ribu per 100 gram."),
    ("last year", 110, "Pelatihan olahan ikan tahun 2024 di desa kami dulu bikin pempek patin. Masih ada yang produksi sampai sekarang.")],
 b=None)

ann(num=26, src="pemkab-hss", date="11-18 10:20", slug="sentra-ikan-asin-negara-terima-para-para-jemur-higienis",
 title="Pengolah Ikan Kering Daha Terima 120 Para-Para Jemur Higienis",
 text="KANDANGAN – Dinas Perikanan HSS menyerahkan 120 para-para jemur ikan higienis kepada 40 pengolah ikan kering di Kecamatan Daha Utara dan Daha Selatan, {D:11-17}.\n\nKepala Diskan HSS, Jailani, mengatakan ikan kering Daha selama ini dijemur di tanah. \u201cDengan para-para bertutup kasa, ikan bersih dari lalat dan pasir,\u201d katanya.\n\nDinas juga akan mengurus sertifikat PIRT untuk 15 pengolah. (hss/jl)",
 s1="Diskan HSS serahkan 120 para-para jemur ikan higienis (tutup kasa) utk 40 pengolah ikan kering di Daha Utara & Daha Selatan.",
 p="Pengolah iwak karing di Daha dapat para-para jemur bartutup kasa, kada ada lalat lagi 👍🐟",
 it="HSS: 120 para-para jemur utk pengolah ikan kering Daha",
 tags="#HSS #Daha #IkanKering",
 n=[("other organiser", 40, "PKK Hamak adakan lomba masak wadi ikan, juara Bu Salmah dengan wadi papuyu."),
    ("village's own run", 130, "Harga iwak karing saluang di Negara naik jadi Rp80 ribu/kg karena air dalam.")],
 b=None)

ann(num=27, src="pemkab-balangan", date="11-26 14:00", slug="kelompok-pengolah-ikan-juai-luncurkan-kerupuk-ikan-patin",
 title="Kelompok Pengolah Ikan Juai Luncurkan Kerupuk Patin Kemasan",
 text="PARINGIN – Kelompok Pengolah Ikan Berkah Juai meluncurkan kerupuk ikan patin kemasan, {D:11-26} di Kantor Camat Juai. Produksi awal 400 bungkus per pekan.\n\nKepala Dinas Perikanan Balangan, Supianor, mengatakan patin dibeli dari pembudidaya kolam Juai. \u201cKelompok ini sudah punya PIRT dan halal,\u201d katanya.\n\nKerupuk dipasarkan di Galeri UMKM Paringin seharga Rp15.000. (balangan/sp)",
 s1="Kerupuk patin kemasan Kelompok Pengolah Ikan Berkah Juai diluncurkan: 400 bungkus/pekan, PIRT & halal, Rp15 ribu di Galeri UMKM Paringin.",
 p="Karupuk patin buatan bubuhan Juai sudah ada kemasannya, Rp15 ribu. Tukari lah dangsanak 😋",
 it="Balangan: kerupuk patin Juai diluncurkan",
 tags="#Balangan #Juai #UMKM",
 n=[("same venue/date", 3, "Kantor Camat Juai besok pagi ada pelayanan KTP-el keliling, bawa KK."),
    ("village's own run", 100, "Ibu-ibu Halong bikin amplang ikan lais, pesanan untuk Natal dan tahun baru sudah 200 bungkus.")],
 b=None)

# F10 Aruh Ganal
ann(num=28, src="disbudpar-kalsel", date="11-07 10:30", slug="aruh-ganal-meratus-masuk-kalender-event-kalsel-2027",
 title="Aruh Ganal Dayak Meratus Masuk Kalender Event Kalsel 2027",
 text="BANJARBARU – Dinas Kebudayaan dan Pariwisata Provinsi Kalimantan Selatan memasukkan Aruh Ganal, syukuran panen masyarakat Dayak Meratus, ke kalender event Kalsel 2027, {D:11-06}. Tiga balai adat dipilih: Balai Malaris (HSS), Balai Juhu (HST) dan Balai Kapul (Balangan).\n\nKepala Disbudpar Kalsel, Hj. Nurjanah, mengatakan pemerintah hanya membantu promosi. \u201cUpacara tetap milik masyarakat adat, jadwalnya mengikuti kesepakatan balai,\u201d ujarnya.\n\nSetiap balai menerima bantuan Rp50 juta. (disbudpar/nj)",
 s1="Aruh Ganal Dayak Meratus masuk kalender event Kalsel 2027: Balai Malaris (HSS), Juhu (HST), Kapul (Balangan), tiap balai Rp50 juta.",
 p="Aruh Ganal bubuhan Dayak Meratus masuk kalender event Kalsel 2027 🌾 jadwal tetap manurut balai adat ujar Kadisbudpar.",
 it="Disbudpar Kalsel: Aruh Ganal masuk kalender event 2027",
 tags="#AruhGanal #Meratus #BudayaKalsel",
 n=[("village's own run", 120, "Aruh kecil di Balai Haratai minggu ini, tiga malam, syukuran panen padi gunung keluarga besar. Tamu dipersilakan sopan."),
    ("other organiser", 60, "Festival Loksado 2026 tutup dengan lomba rakit bambu, 32 rakit ikut."),
    ("last year", 200, "Aruh Ganal di Balai Malaris tahun lalu ramai sekali, 5 hari 5 malam.")],
 b=None)

ann(num=29, src="pemkab-hss", date="11-15 17:00", slug="bupati-hss-hadiri-aruh-ganal-balai-malaris-loksado",
 title="Bupati HSS Hadiri Aruh Ganal di Balai Malaris Loksado",
 text="KANDANGAN – Bupati Hulu Sungai Selatan, H. Syafrudin Noor, menghadiri hari ketiga Aruh Ganal di Balai Malaris, Desa Loklahung, Kecamatan Loksado, {D:11-15}. Aruh berlangsung lima hari sejak {D:11-13}.\n\n\u201cAruh Ganal mengajarkan syukur atas hasil bumi,\u201d kata Bupati. Sebanyak 1.200 tamu hadir, termasuk 60 wisatawan asing.\n\nPemkab akan memperbaiki jalan menuju Balai Malaris tahun 2027. (hss/sn)",
 s1="Bupati HSS hadiri hari ke-3 Aruh Ganal di Balai Malaris, Loklahung, Loksado. 1.200 tamu, 60 wisatawan asing.",
 p="Bupati HSS datang ka Aruh Ganal di Balai Malaris, tamu sampai 1.200 urang, ada bule jua 😄",
 it="HSS: Bupati hadiri Aruh Ganal Balai Malaris (1.200 tamu)",
 tags="#HSS #Loksado #AruhGanal",
 n=[("another day", 48, "Hari terakhir Aruh Ganal di Balai Malaris, tarian babangsai sampai subuh. Terima kasih tamu semua 🙏"),
    ("same official/week", 24, "Bupati HSS meresmikan jembatan gantung Desa Hulu Banyu, Loksado, pagi ini."),
    ("another kabupaten", 100, "Aruh di Balai Juhu, HST, baru mulai minggu depan, katanya.")],
 b=(50, "Malam ini hari pertama Aruh Ganal di Balai Malaris. Warga sudah berdatangan dari Kamis."))

ann(num=30, src="pemkab-balangan", date="11-22 12:30", slug="aruh-ganal-balai-kapul-halong-hadirkan-pameran-hasil-hutan",
 title="Aruh Ganal Balai Kapul Halong Hadirkan Pameran Hasil Hutan",
 text="PARINGIN – Aruh Ganal di Balai Kapul, Kecamatan Halong, Balangan, dilengkapi pameran hasil hutan bukan kayu, {D:11-21} sampai {D:11-22}. Warga memamerkan madu hutan, rotan dan damar.\n\nKepala Disporapar Balangan, Yuliani, mengatakan pameran membantu warga adat menjual hasil kebun. \u201cPengunjung bisa membeli langsung dari pemiliknya,\u201d ujarnya.\n\nTransaksi selama dua hari tercatat Rp42 juta. (balangan/yl)",
 s1="Aruh Ganal Balai Kapul, Halong: ada pameran hasil hutan (madu, rotan, damar), transaksi Rp42 juta dalam 2 hari.",
 p="Aruh Ganal di Balai Kapul Halong ada pameran madu hutan wan rotan, laku Rp42 juta 🍯",
 it="Balangan: Aruh Ganal Balai Kapul + pameran hasil hutan (Rp42 juta)",
 tags="#Balangan #Halong #AruhGanal",
 n=[("village's own run", 80, "Madu hutan Halong musim ini Rp180 ribu per botol besar, stok terbatas."),
    ("last year", 30, "Tahun lalu aruh di Balai Kapul tanpa pameran, cuma upacara adat.")],
 b=(30, "Besok dimulai Aruh Ganal di Balai Kapul, stand madu dan rotan sudah dibangun warga."))

# F11 Sistem Informasi Desa
ann(num=31, src="diskominfo-kalsel", date="11-02 13:15", slug="diskominfo-kalsel-latih-operator-sistem-informasi-desa",
 title="Diskominfo Kalsel Latih 130 Operator Sistem Informasi Desa",
 text="BANJARBARU – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan melatih 130 operator Sistem Informasi Desa (SID) dari 65 desa, {D:11-02} di Aula Diskominfo Kalsel. Setiap desa mengirim dua operator.\n\nKepala Diskominfo Kalsel, H. Muhammad Nur, mengatakan website desa harus memuat APBDes dan data penduduk yang diperbarui. \u201cWarga berhak tahu ke mana dana desa dipakai,\u201d katanya.\n\nDiskominfo akan menilai website desa terbaik pada Januari 2027. (mc/mn)",
 s1="Diskominfo Kalsel latih 130 operator SID dari 65 desa; website desa wajib muat APBDes & data penduduk. Penilaian Jan 2027.",
 s2="Pengingat utk operator SID: penilaian website desa terbaik Diskominfo Kalsel Januari 2027, APBDes wajib tayang ya.",
 p="Operator website desa dilatih Diskominfo Kalsel, 130 urang. APBDes wajib tampil di web, warga handak tahu 😊",
 it="Diskominfo Kalsel latih 130 operator Sistem Informasi Desa",
 tags="#SID #WebsiteDesa #Diskominfo",
 n=[("same venue/date", 5, "Aula Diskominfo Kalsel sore ini jadi tempat nobar final sepak bola Piala Gubernur."),
    ("next stage", 400, "Website desa kami sudah update APBDes 2026 lengkap, silakan cek. Persiapan penilaian Januari."),
    ("other organiser", 150, "Kominfo pusat buka beasiswa Digital Talent, kuota 5.000, daftar online.")],
 b=None)

ann(num=32, src="pemkab-tapin", date="11-11 11:00", slug="135-desa-di-tapin-kini-punya-website-desa-aktif",
 title="135 Desa di Tapin Kini Punya Website Aktif",
 text="RANTAU – Seluruh 135 desa di Kabupaten Tapin kini memiliki website desa yang aktif, diumumkan {D:11-11} di Gedung Balai Rakyat, Rantau. Sebelumnya baru 58 desa yang websitenya diperbarui.\n\nKadiskominfo Tapin, Ruspiansyah, mengatakan operator dilatih selama tiga bulan. \u201cYang paling rajin update kami beri penghargaan,\u201d ujarnya. Website Desa Tambarangan menjadi yang terbaik.\n\nPenilaian ulang dilakukan setiap enam bulan. (tapin/rs)",
 s1="Semua 135 desa di Tapin punya website aktif (dulu 58). Website terbaik: Desa Tambarangan. Dinilai ulang tiap 6 bulan.",
 p="Website Desa Tambarangan tabaik se-Tapin! 135 desa sudah baisi website aktif 💻👏",
 it="Tapin: 135 desa punya website aktif, terbaik Tambarangan",
 tags="#Tapin #WebsiteDesa",
 n=[("same venue/date", 6, "Gedung Balai Rakyat Rantau malam ini ada pentas seni pelajar SMA."),
    ("another kabupaten", 90, "Di HSU baru 70 dari 214 desa yang websitenya aktif, kata operator kecamatan.")],
 b=None)

ann(num=33, src="pemkab-tala", date="11-19 09:20", slug="kantor-desa-di-tala-layani-surat-online-lewat-sid",
 title="Warga Tanah Laut Kini Bisa Minta Surat Desa Lewat SID",
 text="PELAIHARI – Warga di 30 desa di Tanah Laut kini bisa mengajukan surat keterangan lewat Sistem Informasi Desa tanpa datang ke kantor desa, mulai {D:11-19}. Surat ditandatangani elektronik oleh kepala desa.\n\nKepala DPMD Tala, Yusuf Effendi, mengatakan layanan diuji di Kecamatan Takisung dan Bati-Bati. \u201cSurat domisili dan SKTM bisa jadi dalam satu hari,\u201d katanya.\n\nTahun 2027 layanan diperluas ke semua 130 desa. (tala/ye)",
 s1="Tala: warga 30 desa bisa minta surat desa (domisili, SKTM) lewat SID, TTE kades; uji coba di Takisung & Bati-Bati.",
 p="Urang Tabanio wan Kait-Kait kawa minta surat desa lewat online, kada usah ka kantor. Sahari jadi ujar ✍️📱",
 it="Tala: surat desa online lewat SID di 30 desa",
 tags="#TanahLaut #LayananDesa",
 n=[("village's own run", 48, "Kantor Desa Tabanio libur Jumat besok karena perangkat desa ikut bimtek di Pelaihari."),
    ("other organiser", 120, "Disdukcapil Tala buka layanan akta kelahiran di mal pelayanan publik hari Sabtu.")],
 b=None)

# F12 pupuk organik
ann(num=34, src="distanbun-kalsel", date="11-12 15:00", slug="distanbun-kalsel-bangun-24-rumah-kompos-desa",
 title="Distanbun Kalsel Bangun 24 Rumah Kompos Desa",
 text="BANJARBARU – Dinas Tanaman Pangan dan Hortikultura Kalimantan Selatan membangun 24 rumah kompos desa untuk mengolah jerami dan kotoran ternak menjadi pupuk organik, {D:11-12}. Setiap rumah kompos dilengkapi mesin pencacah.\n\nKepala Bidang Sarana, Lukman Hakim, mengatakan satu rumah kompos bisa menghasilkan 8 ton pupuk sebulan. \u201cPetani jangan tergantung pupuk kimia saja,\u201d katanya.\n\nRumah kompos dikelola kelompok tani. (distanbun/lh)",
 s1="24 rumah kompos desa dibangun Distanbun Kalsel, tiap rumah ada mesin pencacah, kapasitas 8 ton pupuk/bulan, dikelola poktan.",
 p="Jarami jangan dibakar, jadikan kompos! Distanbun Kalsel bangun 24 rumah kompos desa 🌱",
 it="Distanbun Kalsel bangun 24 rumah kompos desa",
 tags="#PupukOrganik #Kompos",
 n=[("village's own run", 60, "Poktan Sumber Makmur Kait-Kait bikin kompos sendiri dari jerami, 2 ton jadi minggu ini."),
    ("same venue/date", 30, "Halaman Distanbun Kalsel akhir pekan ini jadi lokasi pasar tani, sayur murah.")],
 b=None)

ann(num=35, src="pemkab-banjar", date="11-16 10:00", slug="petani-pengaron-dilatih-buat-pupuk-organik-cair",
 title="60 Petani Pengaron Dilatih Buat Pupuk Organik Cair",
 text="MARTAPURA – Dinas Pertanian Kabupaten Banjar melatih 60 petani di Kecamatan Pengaron membuat pupuk organik cair (POC) dari limbah sayur dan air cucian beras, {D:11-15} di BPP Pengaron.\n\nKepala Distan Banjar, Ir. Hasanuddin, mengatakan POC bisa menghemat biaya pupuk hingga 30 persen. \u201cBahannya ada di dapur sendiri,\u201d katanya.\n\nSetiap peserta membawa pulang 20 liter POC dan bibit mikroba. (banjar/hs)",
 s1="60 petani Pengaron dilatih Distan Banjar bikin POC dari limbah sayur & air cucian beras di BPP Pengaron; hemat biaya pupuk s.d. 30%.",
 p="Patani Pengaron baajar maulah pupuk organik cair matan banyu basuhan baras 😮 hemat 30 persen ujar. #Pengaron",
 it="Banjar: 60 petani Pengaron dilatih buat POC",
 tags="#KabBanjar #Pengaron #POC",
 n=[("same venue/date", 20, "BPP Pengaron besok jadi tempat vaksinasi sapi, bawa ternak jam 8."),
    ("another kecamatan", 80, "Poktan di Astambul ikut pelatihan POC dari kampus Poliban, 25 orang.")],
 b=None)

ann(num=36, src="pemkab-tabalong", date="11-20 13:00", slug="tabalong-bagikan-120-ton-pupuk-organik-ke-petani-jaro-dan-muara-uya",
 title="Tabalong Bagikan 120 Ton Pupuk Organik ke Petani Jaro dan Muara Uya",
 text="TANJUNG – Pemkab Tabalong membagikan 120 ton pupuk organik granul kepada 48 kelompok tani di Kecamatan Jaro dan Muara Uya, {D:11-19}. Pupuk berasal dari rumah kompos di Mabuun.\n\nKepala Distan Tabalong, Edi Susanto, mengatakan pupuk dipakai untuk musim tanam Desember. \u201cTanah sawah kita sudah terlalu lama diberi pupuk kimia,\u201d katanya.\n\nPembagian tahap kedua untuk Haruai dan Upau pada Januari. (tabalong/es)",
 s1="Pemkab Tabalong bagi 120 ton pupuk organik granul ke 48 poktan Jaro & Muara Uya utk musim tanam Desember.",
 p="Patani Jaro wan Muara Uya dapat pupuk organik 120 ton 🌾 gasan musim tanam Desember.",
 it="Tabalong: 120 ton pupuk organik utk poktan Jaro & Muara Uya",
 tags="#Tabalong #Jaro #MuaraUya",
 n=[("next stage", 500, "Pupuk organik tahap kedua untuk Haruai belum datang, petani masih menunggu."),
    ("other organiser", 50, "Kios pupuk di Muara Uya: stok urea subsidi kosong sampai pekan depan.")],
 b=(40, "Truk pupuk organik sudah masuk gudang Distan di Jaro, katanya segera dibagi ke poktan."))

# F13 puskesmas terapung
ann(num=37, src="dinkes-kalsel", date="11-08 09:45", slug="kapal-puskesmas-terapung-layani-desa-pesisir-sungai-barito",
 title="Kapal Puskesmas Terapung Mulai Layani 18 Desa di Sungai Barito",
 text="MARABAHAN – Dinas Kesehatan Kalimantan Selatan mengoperasikan kapal puskesmas terapung untuk 18 desa di sepanjang Sungai Barito, {D:11-08}. Pelayaran pertama berangkat dari Dermaga Marabahan.\n\nKepala Dinkes Kalsel, dr. Marlina Hayati, mengatakan kapal membawa dokter, bidan dan obat. \u201cWarga yang rumahnya hanya bisa dicapai perahu tetap dapat layanan,\u201d katanya.\n\nKapal singgah di setiap desa dua kali sebulan. (dinkes/ml)",
 s1="Kapal puskesmas terapung Dinkes Kalsel mulai layani 18 desa sepanjang Sungai Barito, singgah 2x sebulan tiap desa.",
 s2="Kapal puskesmas terapung singgah di tiap desa dua kali sebulan, ada dokter & bidan. Pantau jadwalnya di kantor desa.",
 p="Kapal puskesmas terapung sudah bajalan di Sungai Barito, 18 desa. Ada dokter wan bidan di kapal 🚢💊",
 it="Dinkes Kalsel: kapal puskesmas terapung layani 18 desa Sungai Barito",
 tags="#PuskesmasTerapung #SungaiBarito",
 n=[("same venue/date", 4, "Dermaga Marabahan siang ini ramai, speedboat ke Banjarmasin tambah jadwal untuk long weekend."),
    ("village's own run", 150, "Bidan desa Jejangkit naik jukung tiap Kamis ke RT 5, periksa ibu hamil dan balita."),
    ("last year", 90, "Dulu ada puskesmas keliling air juga tahun 2019, tapi berhenti karena mesinnya rusak.")],
 b=(36, "Kapal besar warna putih biru bersandar di Dermaga Marabahan, katanya puskesmas terapung. Mulai kapan melayani?"))

ann(num=38, src="pemkab-batola", date="11-14 15:30", slug="kapal-puskesmas-terapung-singgah-di-jejangkit-layani-214-warga",
 title="Kapal Puskesmas Terapung Singgah di Jejangkit, Layani 214 Warga",
 text="MARABAHAN – Kapal puskesmas terapung singgah di Desa Jejangkit Pasar, Kecamatan Jejangkit, dan melayani 214 warga, {D:11-14}. Layanan meliputi pemeriksaan umum, imunisasi dan cek gula darah.\n\nKepala Dinkes Batola, dr. Faisal Akbar, mengatakan 31 warga ditemukan hipertensi. \u201cMereka kami catat untuk kontrol di kunjungan berikut,\u201d ujarnya.\n\nKapal kembali ke Jejangkit pada {D:11-28}. (batola/fa)",
 s1="Kapal puskesmas terapung di Jejangkit Pasar layani 214 warga, 31 hipertensi. Datang lagi 28 Nov.",
 p="Kapal puskesmas singgah di Jejangkit, 214 urang dipariksa, 31 darah tinggi. Jaga makan lah 🙏",
 it="Batola: kapal puskesmas terapung layani 214 warga Jejangkit",
 tags="#Batola #Jejangkit",
 n=[("next stage", 330, "Kunjungan kedua kapal puskesmas di Jejangkit Pasar hari ini, 176 warga, 22 kontrol tensi."),
    ("another kecamatan", 60, "Kapal puskesmas terapung belum ke Kuripan, warga masih tunggu jadwal.")],
 b=None)

ann(num=39, src="pemkab-hsu", date="11-23 11:10", slug="hsu-operasikan-ambulans-air-untuk-paminggir-dan-danau-panggang",
 title="HSU Operasikan Perahu Puskesmas Keliling untuk Paminggir dan Danau Panggang",
 text="AMUNTAI – Dinas Kesehatan Hulu Sungai Utara mengoperasikan perahu puskesmas keliling untuk Kecamatan Paminggir dan Danau Panggang, {D:11-23}. Perahu bermesin 40 PK itu membawa perawat dan obat dasar.\n\nKepala Dinkes HSU, dr. Syahrani, mengatakan perjalanan dari Paminggir ke puskesmas bisa tiga jam. \u201cPerahu ini juga bisa membawa pasien gawat ke Amuntai,\u201d katanya.\n\nPerahu bertolak setiap Selasa dan Jumat. (mc-hsu/sy)",
 s1="Dinkes HSU operasikan perahu puskesmas keliling 40 PK utk Paminggir & Danau Panggang, tiap Selasa & Jumat.",
 p="Parahu puskesmas keliling sudah ada gasan Paminggir wan Danau Panggang, tiap Salasa wan Jumahat 🚤",
 it="HSU: perahu puskesmas keliling utk Paminggir & Danau Panggang",
 tags="#HSU #Paminggir",
 n=[("other organiser", 30, "Relawan Paminggir galang dana untuk perbaikan jukung warga yang tenggelam kemarin."),
    ("village's own run", 70, "Posko kesehatan desa Sungai Turak buka cek tensi gratis Minggu pagi.")],
 b=None)

# F14 Satlinmas
ann(num=40, src="satpolpp-kalsel", date="11-09 14:10", slug="satpol-pp-kalsel-latih-260-anggota-linmas-desa",
 title="Satpol PP Kalsel Latih 260 Anggota Linmas Desa",
 text="BANJARBARU – Satpol PP dan Damkar Provinsi Kalimantan Selatan melatih 260 anggota Satuan Perlindungan Masyarakat (Linmas) desa dari 13 kabupaten/kota, {D:11-09} sampai {D:11-11} di Lapangan Dharma Praja, Banjarbaru.\n\nKepala Satpol PP Kalsel, Ahmad Fauzi, mengatakan Linmas dilatih baris-berbaris, pemadaman kebakaran awal dan pertolongan pertama. \u201cLinmas adalah orang pertama yang ada di lokasi kejadian,\u201d katanya.\n\nPeserta menerima seragam dan HT. (polpp/af)",
 s1="260 anggota Linmas desa dari 13 kab/kota dilatih Satpol PP Kalsel 9-11 Nov di Lapangan Dharma Praja: PBB, pemadaman awal, P3K.",
 p="Bubuhan Linmas desa dilatih Satpol PP Kalsel 3 hari, dapat seragam wan HT jua 💪 #Linmas",
 it="Satpol PP Kalsel latih 260 Linmas desa",
 tags="#Linmas #SatpolPP",
 n=[("same venue/date", 20, "Lapangan Dharma Praja Sabtu pagi dipakai senam massal HUT PGRI."),
    ("village's own run", 200, "Linmas Desa Belawang berjaga di TPS pemilihan ketua RT, 6 orang, sampai penghitungan selesai."),
    ("last year", 70, "Pelatihan Linmas 2025 dulu di Banjarmasin, desa kami kirim 2 orang.")],
 b=(20, "Pak Linmas desa kita berangkat pelatihan 3 hari ke Banjarbaru, bawa baju ganti dan sepatu PDL."))

ann(num=41, src="pemkab-hst", date="11-17 10:40", slug="linmas-hst-siaga-banjir-di-36-desa-rawan",
 title="Linmas HST Disiagakan di 36 Desa Rawan Banjir",
 text="BARABAI – Pemkab Hulu Sungai Tengah menyiagakan 540 anggota Linmas di 36 desa rawan banjir menjelang puncak musim hujan, {D:11-17}. Apel siaga digelar di Lapangan Dwi Warna, Barabai.\n\nSekda HST, H. Muhammad Yani, mengatakan Linmas bertugas memantau tinggi air dan membantu evakuasi. \u201cLaporkan ketinggian air setiap pagi dan sore lewat grup WhatsApp desa,\u201d ujarnya.\n\nSetiap desa menerima 2 pelampung dan 1 senter. (hst/my)",
 s1="540 Linmas di 36 desa rawan banjir HST disiagakan (apel di Lapangan Dwi Warna), tiap desa dapat 2 pelampung + 1 senter.",
 p="Linmas HST siaga banjir di 36 desa, 540 urang. Lapor tinggi banyu pagi wan sore lewat grup WA 🌧️",
 it="HST: 540 Linmas siaga banjir di 36 desa",
 tags="#HST #SiagaBanjir #Linmas",
 n=[("same venue/date", 3, "Lapangan Dwi Warna sore ini latihan marching band SMPN 1 Barabai."),
    ("next stage", 150, "Air Sungai Barabai naik 40 cm pagi ini, Linmas Desa Pagat sudah pasang tanda batas."),
    ("other organiser", 30, "BPBD HST bagikan 300 karung pasir ke Kecamatan Haruyan.")],
 b=None)

ann(num=42, src="pemkot-banjarbaru", date="11-24 09:30", slug="linmas-banjarbaru-dapat-pos-jaga-baru-di-20-kelurahan",
 title="Linmas Banjarbaru Dapat 20 Pos Jaga Baru",
 text="BANJARBARU – Pemkot Banjarbaru menyerahkan 20 pos jaga baru untuk Linmas di 20 kelurahan, {D:11-23}. Setiap pos dilengkapi lampu tenaga surya dan kentongan.\n\nWali Kota Banjarbaru, Erna Lisa Halaby, mengatakan pos jaga dibangun di ujung gang yang sering gelap. \u201cLinmas bersama warga menjaga kampung pada malam hari,\u201d katanya.\n\nHonor Linmas naik menjadi Rp600 ribu per bulan mulai Januari. (bjb/el)",
 s1="Pemkot Banjarbaru serahkan 20 pos jaga Linmas di 20 kelurahan (lampu surya + kentongan); honor Linmas Rp600 ribu mulai Januari.",
 p="Pos jaga Linmas baru di 20 kelurahan Banjarbaru, ada lampu tenaga surya 👍 honor naik jua mulai Januari!",
 it="Banjarbaru: 20 pos jaga baru utk Linmas",
 tags="#Banjarbaru #Linmas",
 n=[("village's own run", 50, "Ronda malam RT 04 Sungai Besar dijadwal ulang, tiap rumah dapat giliran sebulan sekali."),
    ("other organiser", 90, "Polsek Cempaka bagikan 50 senter ke pos kamling warga.")],
 b=None)

# F15 catur antardesa
ann(num=43, src="percasi-kalsel", date="11-13 16:30", slug="kejurprov-catur-antardesa-kalsel-diikuti-156-pecatur-desa",
 title="Kejuaraan Catur Antardesa Kalsel Diikuti 156 Pecatur",
 text="BANJARMASIN – Kejuaraan Catur Antardesa se-Kalimantan Selatan yang digelar Percasi Kalsel diikuti 156 pecatur dari 78 desa, {D:11-13} sampai {D:11-15} di Gedung Sultan Suriansyah, Banjarmasin.\n\nKetua Percasi Kalsel, H. Gusti Irwan, mengatakan banyak bakat catur di warung kopi desa. \u201cDari kejuaraan ini kami cari atlet untuk Porprov,\u201d katanya.\n\nJuara I menerima Rp10 juta. (percasi/gi)",
 s1="Kejuaraan catur antardesa Percasi Kalsel 13-15 Nov di Gedung Sultan Suriansyah: 156 pecatur dari 78 desa, juara I Rp10 juta.",
 p="Pecatur warung kopi, ayo unjuk kabisaan! Catur antardesa se-Kalsel, 156 peserta, juara satu 10 juta ♟️",
 it="Percasi Kalsel: catur antardesa 156 pecatur",
 tags="#Catur #Percasi",
 n=[("another day", 44, "Hari ketiga catur antardesa, wakil desa kami kalah di babak 8 besar. Tetap bangga 👏"),
    ("same venue/date", 20, "Gedung Sultan Suriansyah Sabtu malam ada resepsi pernikahan, parkir penuh."),
    ("village's own run", 150, "Turnamen catur RT di pos ronda Kuin Utara, 16 peserta, hadiah kambing 😄")],
 b=(20, "Besok wakil desa kita main catur di Banjarmasin, lawan pertama dari Tabalong. Doakan!"))

ann(num=44, src="pemkab-tanbu", date="11-19 12:10", slug="pecatur-desa-sebamban-baru-juara-catur-antardesa-tanbu",
 title="Pecatur Desa Sebamban Baru Juara Catur Antardesa Tanbu",
 text="BATULICIN – Pecatur asal Desa Sebamban Baru, Kecamatan Sungai Loban, menjuarai turnamen catur antardesa Tanah Bumbu, {D:11-18} di Gedung Mahligai Bersujud, Batulicin. Juara II dari Desa Mantewe.\n\nKadispora Tanbu, Rudi Hartono, mengatakan 64 desa ikut. \u201cCatur melatih anak muda berpikir, bukan cuma main gawai,\u201d katanya.\n\nDua juara mewakili Tanbu di Porprov 2027. (tanbu/rh)",
 s1="Catur antardesa Tanbu: juara I pecatur Desa Sebamban Baru, II Desa Mantewe; 64 desa ikut, dua juara ke Porprov 2027.",
 p="Pecatur Sebamban Baru juara catur antardesa Tanbu! Mantewe nomor dua. Salamat lah 🎉♟️",
 it="Tanbu: Sebamban Baru juara catur antardesa",
 tags="#TanahBumbu #Catur",
 n=[("same venue/date", 30, "Gedung Mahligai Bersujud Minggu dipakai wisuda TK se-Batulicin."),
    ("last year", 60, "Catur antardesa Tanbu 2025 juaranya dari Kusan Hilir.")],
 b=None)

ann(num=45, src="pemkab-hsu", date="11-09 10:00", slug="sekolah-catur-gratis-untuk-anak-desa-di-amuntai-dibuka",
 title="Sekolah Catur Gratis untuk Anak Desa di Amuntai Dibuka",
 text="AMUNTAI – Dinas Pemuda dan Olahraga Hulu Sungai Utara membuka sekolah catur gratis bagi 50 anak usia SD dan SMP, {D:11-08} di Gedung Olahraga Amuntai. Latihan digelar tiap Minggu pagi.\n\nKadispora HSU, Ahmad Rizani, mengatakan pelatih berasal dari Percasi HSU. \u201cAnak dari desa jauh kami bantu transportnya,\u201d ujarnya.\n\nSekolah catur menerima peserta hingga {D:11-30}. (mc-hsu/ar)",
 s1="Dispora HSU buka sekolah catur gratis utk 50 anak SD-SMP di GOR Amuntai tiap Minggu pagi, daftar s.d. 30 Nov.",
 p="Sekolah catur gratis di Amuntai gasan anak SD wan SMP, tiap Minggu pagi. Daftar sampai 30 Nov ♟️",
 it="HSU: sekolah catur gratis 50 anak di GOR Amuntai",
 tags="#HSU #Catur #Amuntai",
 n=[("same venue/date", 26, "GOR Amuntai Senin malam ada turnamen bulu tangkis antar-PNS."),
    ("village's own run", 70, "Anak-anak Haur Gading main catur di teras masjid tiap sore, guru ngaji ikut melatih.")],
 b=None)
