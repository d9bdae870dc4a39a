"""Hand-written posts beyond the per-release material: unrelated village posts (U), more look-alikes with URL traps
(N2), more `before` posts (B2), casual-Indonesian paraphrases (P2), more long summaries (S2) and local round-up
items that match no release (LOCAL)."""
from spec import B, L, P

# (kim or None, platform, text[, title]) — kim None: the generator picks a KIM (seeded)
UNRELATED = [
    (None, "fb", "Harga karet di pengepul pagi ini Rp11.800 per kilo untuk karet kering angin. Naik Rp300 dari minggu lalu. Semoga bertahan sampai akhir tahun."),
    (None, "fb", "Pemadaman listrik terencana PLN UP3 hari Rabu pukul 09.00–14.00 untuk pemeliharaan jaringan. Mohon warga menyiapkan air dan mengisi daya ponsel lebih awal."),
    (None, "fb", "Ditemukan dompet cokelat berisi SIM dan kartu ATM di depan musala RT 03. Bagi yang merasa kehilangan silakan ambil di rumah ketua RT dengan menyebutkan ciri-cirinya."),
    ("kim-kandangan-kota", "fb", "Pasar Kandangan mulai Senin pagi dipadati pedagang buah rambutan dan langsat dari Loksado. Harga rambutan Rp15 ribu per ikat besar."),
    (None, "fb", "Jadwal pengajian rutin malam Jumat bulan Desember: minggu pertama di Masjid Al-Ikhlas, minggu kedua di Langgar Nurul Huda. Jamaah ibu-ibu diharapkan membawa kue seadanya."),
    (None, "tg", "PDAM menginformasikan gangguan aliran air di sebagian wilayah karena perbaikan pipa transmisi. Aliran kembali normal diperkirakan pukul 18.00."),
    ("kim-tabanio", "fb", "Nelayan Tabanio libur melaut dua hari karena gelombang tinggi. Harga ikan layang di pasar naik jadi Rp40 ribu per kilo."),
    (None, "ig", "Selamat kepada tim futsal pemuda desa kami yang juara dua turnamen antardesa se-kecamatan! Terima kasih dukungan warga 🏆 #FutsalDesa"),
    (None, "fb", "Gotong royong membersihkan saluran air sepanjang jalan desa dilaksanakan Minggu pagi pukul 07.00. Warga diharapkan membawa cangkul dan karung."),
    ("kim-guntung-payung", "fb", "Info lalu lintas: perbaikan jalan di sekitar bundaran Guntung Payung masih berlangsung. Pengendara diminta memperlambat kendaraan dan mengikuti petunjuk petugas."),
    (None, "fb", "Kucing oren peliharaan kami hilang sejak Sabtu. Ciri-ciri kalung merah, ekor pendek. Yang menemukan mohon kabari lewat pesan ke akun ini. Terima kasih 🙏"),
    ("kim-sungai-bali", "fb", "Jadwal kapal perintis minggu ini: berangkat Selasa dan Jumat pukul 08.00 dari dermaga Sungai Bali. Penumpang diminta datang satu jam sebelumnya."),
    (None, "tg", "Peringatan dini BMKG: potensi hujan lebat disertai angin kencang di wilayah Kalimantan Selatan bagian tengah dan timur sore hingga malam hari ini."),
    ("kim-babirik", "fb", "Itik Alabio dari peternak Babirik laku keras menjelang akhir tahun. Harga itik dewasa Rp85 ribu per ekor, telur asin Rp4.000 per butir."),
    (None, "fb", "Haul ulama kampung kami akan dilaksanakan Sabtu malam di masjid jami. Warga yang ingin menyumbang nasi bungkus silakan mendaftar ke panitia."),
    ("kim-mabuun", "fb", "Senam sehat bersama warga Mabuun setiap Minggu pagi di lapangan kelurahan. Gratis, terbuka untuk umum, instrukturnya dari sanggar senam Tanjung."),
    (None, "fb", "Alhamdulillah, jalan usaha tani sepanjang 800 meter di RT 06 selesai dicor hasil swadaya warga dan dana desa. Terima kasih semua yang membantu."),
    ("kim-paringin-timur", "ig", "Pemandangan pagi di Danau Baruh Bahinu, Paringin. Cocok untuk jogging dan foto keluarga 📸 #Balangan #PesonaBalangan"),
    (None, "fb", "Posyandu balita bulan ini dilaksanakan Kamis pukul 08.30 di balai desa. Jangan lupa bawa buku KIA dan anaknya diberi sarapan dulu."),
    (None, "fb", "Harga gabah kering panen di penggilingan kecamatan Rp6.900 per kilo. Petani yang mau menjual silakan hubungi ketua kelompok tani."),
    ("kim-marabahan-kota", "fb", "Lomba jukung hias memeriahkan hari jadi kabupaten di Sungai Barito, Minggu sore. Jukung dari Kelurahan Marabahan Kota meraih juara favorit."),
    (None, "fb", "Kerja bakti membersihkan makam kampung dilaksanakan Jumat pagi menjelang haul. Bapak-bapak diminta membawa parang dan arit."),
    ("kim-haruyan", "fb", "Panen padi di Haruyan tahun ini lebih cepat dua minggu. Kelompok tani melaporkan hasil rata-rata 5,2 ton per hektare."),
    (None, "tg", "Info pasar: harga cabai rawit turun menjadi Rp38 ribu per kilo, bawang merah Rp32 ribu, telur ayam ras Rp1.900 per butir."),
    (None, "fb", "Selamat kepada ananda yang lolos seleksi paskibraka tingkat kabupaten. Latihan dimulai bulan depan. Semoga sehat dan lancar!"),
    ("kim-juku-eja", "fb", "Festival Mappanretasi di pesisir Pagatan tahun depan direncanakan April. Paguyuban nelayan mulai menyiapkan perahu hias."),
    (None, "fb", "Untuk warga yang punya anak usia sekolah: pembagian rapor semester ganjil SD di desa kami tanggal 19 Desember. Libur sampai 3 Januari."),
    (None, "ig", "Kue bingka kentang buatan ibu-ibu PKK desa kami siap untuk pesanan akhir tahun. Pesan minimal H-2 ya 🍰 #KulinerBanjar"),
    ("kim-semayap", "fb", "Pantai Gedambaan ramai pengunjung Minggu kemarin. Pengelola mengingatkan pengunjung tidak berenang melewati batas pelampung."),
    (None, "fb", "Lowongan: warung makan di simpang empat desa mencari dua karyawan untuk bagian dapur. Diutamakan warga sekitar."),
    ("kim-rangda-malingkung", "fb", "Jembatan penyeberangan orang di dekat pasar Rantau dicat ulang oleh pemuda karang taruna. Warnanya sekarang hijau kuning."),
    (None, "fb", "Kabar duka: telah berpulang ke rahmatullah salah seorang sesepuh kampung kami pagi ini. Jenazah dimakamkan ba'da zuhur di pemakaman umum desa."),
    ("kim-muara-uya", "fb", "Harga buah durian lokal di Muara Uya mulai turun, Rp25 ribu sampai Rp40 ribu per biji. Musim panen diperkirakan sampai Januari."),
    (None, "tg", "Pengumuman: layanan SIM keliling Satlantas hadir di halaman kantor kecamatan Kamis pukul 09.00–12.00 untuk perpanjangan SIM A dan C."),
    (None, "fb", "Bank sampah desa menimbang sampah plastik warga Sabtu pagi. Bulan ini terkumpul 312 kilogram, hasil penjualannya masuk tabungan warga."),
    ("kim-binuang", "fb", "Turnamen voli putri antarkampung di lapangan Binuang memasuki babak semifinal Sabtu sore. Penonton diminta parkir di halaman sekolah."),
    (None, "fb", "Pelatihan membuat pupuk organik dari kotoran sapi untuk kelompok tani digelar Selasa di balai penyuluhan. Peserta terbatas 30 orang."),
    ("kim-pandawan", "fb", "Jalan desa Pandawan menuju Barabai sudah mulus setelah diaspal ulang. Terima kasih Dinas PUPR. Tetap hati-hati di tikungan dekat sekolah."),
    (None, "fb", "Tim sepak bola U-15 kampung kami berlatih setiap Rabu dan Jumat sore. Anak-anak yang berminat silakan datang bawa sepatu sendiri."),
    ("kim-sarang-halang", "fb", "Kebun nanas warga Sarang Halang mulai panen. Harga di kebun Rp6.000 per buah untuk ukuran besar. Pembeli bisa datang langsung."),
    (None, "fb", "Mohon doanya, rumah salah satu warga RT 02 terbakar semalam. Tidak ada korban jiwa. Bantuan pakaian dan bahan makanan bisa dititipkan di rumah ketua RT."),
    (None, "ig", "Sunset di tepi sungai sore ini cantik banget 🌅 Yang lewat jembatan jangan lupa berhenti sebentar. #SenjaBanua"),
    ("kim-halong", "fb", "Air terjun di kawasan Halong kembali dibuka untuk pengunjung setelah jalan setapak diperbaiki. Tiket masuk Rp5 ribu per orang."),
    (None, "fb", "Sembako murah dari sebuah koperasi dijual di halaman masjid Jumat siang: beras 5 kg Rp62 ribu, gula 1 kg Rp16 ribu. Stok terbatas."),
    (None, "fb", "Pemberitahuan: jalan desa ditutup sementara Sabtu pagi karena ada acara pernikahan warga RT 05. Kendaraan diarahkan lewat jalan belakang sekolah."),
    ("kim-aluh-aluh-besar", "fb", "Petani Aluh-Aluh Besar mulai menyemai padi lokal siam. Air di sawah pasang surut sudah cukup, kata ketua kelompok tani."),
    (None, "tg", "Info kesehatan: puskesmas membuka layanan imunisasi kejar untuk balita yang tertinggal jadwal setiap Selasa pagi."),
    ("kim-kampung-baru", "fb", "Pelabuhan Batulicin ramai truk pengangkut hasil sawit. Warga yang melintas Jalan Raya Batulicin diminta berhati-hati pada jam sibuk."),
    (None, "fb", "Pemilihan ketua OSIS SMP di kecamatan kami berlangsung meriah, siswa memilih di bilik dari kardus dan tinta dari guru seni. Selamat kepada ketua OSIS baru!"),
    (None, "fb", "Musyawarah pengurus masjid memilih ketua takmir baru untuk masa bakti tiga tahun. Terpilih bapak guru agama yang sudah lama menjadi imam."),
    ("kim-astambul-kota", "fb", "Durian Astambul mulai masuk pasar Martapura. Pedagang mengatakan panen tahun ini lebih sedikit karena banyak bunga rontok diterpa hujan."),
    (None, "fb", "Terima kasih kepada relawan yang membantu memadamkan api di lahan kosong dekat jalan poros kemarin sore. Api padam dalam satu jam."),
    ("kim-tanjung-rema", "fb", "Pengajian akbar di Martapura Sabtu malam. Jalan di sekitar masjid akan padat, warga yang tidak ikut disarankan memutar lewat jalan lingkar."),
    (None, "fb", "Anak-anak TPA desa kami khataman Al-Qur'an Minggu pagi. 23 santri kecil diarak keliling kampung dengan rebana. Barakallah!"),
    (None, "ig", "Lomba mewarnai untuk anak TK se-kecamatan di aula sekolah, Sabtu. Hadiah untuk tiga juara dan semua peserta mendapat snack 🖍️"),
    ("kim-palampitan-hulu", "fb", "Perbaikan jembatan di Palampitan Hulu selesai. Kendaraan roda empat sudah bisa melintas kembali mulai pagi ini."),
    (None, "fb", "Harga elpiji 3 kg di pangkalan desa tetap Rp22 ribu. Warga diminta membeli di pangkalan resmi dan membawa KTP."),
    (None, "fb", "Warga yang punya sampah elektronik rusak bisa mengumpulkannya di pos RT minggu ini, akan diambil komunitas daur ulang pada Sabtu."),
    ("kim-kemuning", "fb", "Taman Kemuning kini punya pojok baca kecil hasil donasi buku warga. Buka setiap sore, pinjam boleh dibawa pulang asal dikembalikan."),
    (None, "fb", "Pertandingan persahabatan bulu tangkis antar-RT Sabtu malam di GOR desa. Penonton gratis, bawa semangat!"),
    ("kim-sungai-danau", "fb", "Jalan tambang yang melintasi Sungai Danau sudah disiram air dua kali sehari untuk mengurangi debu. Warga mengapresiasi."),
    (None, "tg", "Jadwal ronda malam RT 07 bulan Desember sudah dibagikan. Warga yang berhalangan mohon tukar jadwal dengan tetangga."),
    ("kim-haruyan", "fb", "Kerajinan bakul purun dari ibu-ibu Haruyan dipamerkan di pameran UMKM kabupaten. Banyak pembeli dari luar daerah."),
    (None, "fb", "Alhamdulillah, mesin pompa air baru untuk sawah kelompok tani sudah dipasang. Bantuan dari dana aspirasi anggota dewan."),
    (None, "fb", "Sudah masuk musim rambutan! Siapa yang di kampungnya pohon rambutannya sudah merah? 🍒"),
    ("kim-padang-batung", "fb", "Jalan menuju air terjun Haratai di Loksado licin setelah hujan. Pengunjung dari Padang Batung diminta memakai sandal gunung."),
    (None, "fb", "Warung kopi di simpang desa kini buka sampai tengah malam untuk nonton bareng liga Inggris. Tetap jaga ketertiban ya."),
    ("kim-danau-panggang", "fb", "Nelayan Danau Panggang mendapat hasil tangkapan ikan papuyu dan sepat cukup banyak minggu ini. Harga papuyu Rp45 ribu per kilo."),
    (None, "fb", "Ucapan terima kasih kepada dokter dan bidan yang tetap melayani persalinan malam hari di puskesmas pembantu desa kami."),
    (None, "yt", "Video dokumentasi lomba balap perahu naga antardesa di sungai, lengkap dengan momen finish yang sangat tipis. Tonton sampai habis!\n\n00:00 Pembukaan\n02:10 Babak penyisihan\n09:45 Final", "Lomba Perahu Naga Antardesa 2026 - Full"),
    (None, "web", "Sejumlah warga kembali memanfaatkan halaman rumah untuk menanam sayuran seperti kangkung, bayam dan cabai. Selain mengurangi belanja dapur, kegiatan ini menjadi pengisi waktu ibu-ibu setelah pekerjaan rumah. Kelompok wanita tani desa membagikan bibit gratis setiap awal bulan.", "Warga Manfaatkan Pekarangan untuk Sayur Dapur"),
    ("kim-alalak-tengah", "fb", "Diskominfo Kalsel membuka lomba video pendek bertema Hari Jadi Provinsi untuk pelajar dan umum, hadiah total Rp30 juta. Info lengkap: https://diskominfo.kalselprov.go.id/2026/11/09/diskominfo-kalsel-buka-lomba-video-pendek-hari-jadi-provinsi/"),
]

# extra look-alikes, several with URL traps (other articles on the same government sites) or a bare "Sumber:" domain
LOOKS2 = [
    ("a01", L("kim-marabahan-kota", "2026-11-15 10:30", "fb", """Baca lagi: tahun lalu KPU Kalsel juga mendata pemilih di lapas dan pesantren, waktu itu 1.430 orang di 38 lokasi. https://kalsel.kpu.go.id/berita/baca/4817/kpu-kalsel-data-pemilih-di-38-lokasi-khusus-2025""",
           "the 2025 edition (38 locations, 1.430) linked on the same site")),
    ("a04", L("kim-alalak-tengah", "2026-11-21 13:00", "fb", """KPU Banjarmasin menerima kunjungan mahasiswa ilmu pemerintahan yang belajar tentang pengelolaan data pemilih. Sumber: kota-banjarmasin.kpu.go.id""",
           "a student visit to the same office, bare domain only")),
    ("a14", L("kim-guntung-payung", "2026-11-28 16:10", "fb", """Bawaslu Kalsel membuka rekrutmen tenaga pendukung sekretariat untuk tahun 2027, berkas dikirim paling lambat 10 Desember. https://kalsel.bawaslu.go.id/berita/bawaslu-kalsel-buka-rekrutmen-tenaga-pendukung-2027""",
           "another article of the same office (recruitment)")),
    ("a17", L("kim-sarang-halang", "2026-11-19 12:20", "fb", """Nostalgia Sekolah Kebangsaan 2025 yang diikuti 120 pelajar, salah satunya dari Pelaihari: https://kesbangpol.kalselprov.go.id/2025/10/21/sekolah-kebangsaan-2025-resmi-ditutup/""",
           "the 2025 edition linked on the same site")),
    ("a28", L("kim-rangda-malingkung", "2026-11-06 14:40", "fb", """Bupati Tapin melantik 35 pejabat administrator dan pengawas di lingkungan Pemkab Tapin. https://tapinkab.go.id/berita/read/2291""",
           "another Tapin article on the same site")),
    ("a36", L("kim-teluk-tiram", "2026-11-09 19:50", "fb", """Kesbangpol Kalsel: rapat koordinasi tim terpadu penanganan konflik sosial digelar di Banjarmasin, dihadiri 13 kabupaten/kota. https://kesbangpol.kalselprov.go.id/2026/11/09/rakor-tim-terpadu-penanganan-konflik-sosial-2026/""",
           "another Kesbangpol article the same month")),
    ("a26", L("kim-handil-bakti", "2026-11-25 10:00", "fb", """Pemkab Batola menyalurkan bantuan bibit jeruk untuk 12 kelompok tani. Sumber: https://baritokualakab.go.id/berita/pemkab-batola-salurkan-bibit-jeruk-untuk-12-kelompok-tani""",
           "another Batola article on the same site")),
    ("a39", L("kim-kandangan-kota", "2026-11-16 08:40", "fb", """Diskominfo Kalsel mengumumkan pemenang lomba KIM berprestasi tahun lalu. Daftarnya di https://diskominfo.kalselprov.go.id/2025/12/02/pemenang-lomba-kim-berprestasi-2025/""",
           "a 2025 KIM contest article on the same site")),
    ("a06", L("kim-sungai-danau", "2026-11-29 17:00", "fb", """Disdukcapil Tanah Bumbu membuka layanan akta kematian jemput bola di kantor desa setiap Kamis bulan Desember. Syaratnya surat keterangan kematian dari desa dan KK almarhum.""",
           "Disdukcapil's death-certificate service, another office")),
    ("a31", L("kim-muara-uya", "2026-12-01 19:30", "fb", """Ada yang bertanya kenapa Desa Muara Uya tidak menempel DPS pilkades. Jawabannya, desa kami tidak termasuk 31 desa yang pilkades serentak. Kades kami masih menjabat sampai 2029.""",
           "an explicit 'not our village'")),
]

BEFORE2 = [
    ("a24", B("kim-teluk-tiram", "2026-11-09 16:30", "fb", """Pengurus ormas se-Banjarmasin diundang ke Balai Kota besok pagi. Katanya soal pendataan ulang. Bawa stempel dan daftar pengurus.""",
           "the invitation the day before")),
    ("a38", B("kim-teluk-tiram", "2026-11-24 19:40", "fb", """Katanya bantuan partai di Banjarmasin mau dinaikkan tahun depan. Berapa naiknya belum ada info resmi. Kalau naik, semoga ada laporan terbuka untuk warga.""",
           "a rumour two days before the decision")),
    ("a10", B("kim-babirik", "2026-11-23 18:10", "fb", """Besok pagi petugas KPU dan Dinsos mau keliling naik jukung ke rumah-rumah warga disabilitas di Babirik. Keluarga diminta ada di rumah dan menyiapkan KK.""",
           "a notice the evening before")),
    ("a35", B("kim-rangda-malingkung", "2026-11-22 17:30", "fb", """BPD Lawahan masuk tiga besar lomba BPD berprestasi tingkat provinsi, begitu kabar dari kecamatan. Pengumuman juaranya minggu depan. Mohon doanya!""",
           "finalist news two days before the winners")),
]

# casual Indonesian paraphrases (not Banjar)
PARA2 = [
    ("a07", P("""Guys yang suka jogging di Murjani tiap Minggu, ternyata ada lapak KPU buat cek nama di daftar pemilih lho 😆 Minggu kemarin 214 orang udah ngecek, 37 minta dibenerin, 9 baru kedaftar. Bukanya tiap Minggu pagi sampe akhir Desember. Bawa KTP aja, gampang banget.""", pl="ig")),
    ("a39", P("""Gaes, KIM sekarang resmi jadi mitra KPU & Diskominfo Kalsel buat sosialisasi data pemilih 🙌 Ada 65 KIM dari 13 kab/kota yang teken kerja sama Jumat kemarin. Nanti kita dapet poster, video, naskah WA. Target minimal 4 konten sampe akhir Desember, gaskeun!""", pl="fb")),
    ("a13", P("""Keren sih ini, 48 anak pramuka Balangan dilantik jadi Saka Adhyasta Pemilu hari Senin 😎 Dari 12 SMA sama 2 pondok. Belajar ngawasin pemilu ala pramuka, latihannya tiap Sabtu sore, terus kemah bakti pas libur Desember. Gak cuma tali-temali doang wkwk""", pl="ig")),
    ("a17", P("""150 anak SMA/SMK/MA dari seluruh Kalsel lagi nginep 4 hari di Banjarbaru buat Sekolah Kebangsaan 17–20 Nov 🇮🇩 Belajar sejarah Banua, Pancasila sehari-hari, sama debat tanpa nyinyir. Nanti 3 rencana aksi terbaik didampingi Kesbangpol setahun. Semangat buat yang ikut!""", pl="tg")),
]

# more long summaries (hand-written), keyed by release
LONG2 = {
    "a02": """KPU Tabalong mendatangi tiga mes perusahaan tambang dan sawit di Murung Pudak dan Tanta pada Kamis, 12 November 2026. Dari 612 pekerja yang didata, 431 orang ternyata masih terdaftar sebagai pemilih di daerah asalnya.

Pekerja yang ingin memilih di Tabalong dibantu mengisi formulir pindah memilih. Ketua KPU Tabalong Rusdiansyah Noor menyebut pekerja mes sulit mengurus sendiri karena jadwal kerja bergilir. Pekan depan giliran empat mes di Muara Uya.""",
    "a05": """Setelah mencocokkan NIK, nama dan tanggal lahir, KPU Hulu Sungai Utara menemukan 816 data pemilih ganda (Rabu, 18/11). Kebanyakan karena warga pindah desa di dalam kabupaten tanpa mencabut data lama.

Data itu tidak langsung dihapus. Warga bisa melihatnya dalam uji publik di 10 kantor kecamatan pada 23–25 November, sebab bisa saja ada dua orang berbeda dengan nama dan tanggal lahir sama. Bawa KTP-el dan KK bila ingin menyanggah. Hasilnya dibahas dalam pleno awal Desember.""",
    "a07": """Minggu pagi, 15 November 2026, sambil berolahraga di car free day Lapangan Murjani, 214 warga Banjarbaru memeriksa namanya di Lapak Cek Data Pemilih. Sebanyak 37 orang meminta perbaikan data dan 9 orang baru tercatat sebagai pemilih.

Lapak KPU Banjarbaru dan Pemkot ini buka pukul 06.00–10.00 dan akan hadir setiap Minggu pagi sampai akhir Desember. Warga cukup membawa KTP-el atau KK.""",
    "a12": """Bawaslu Hulu Sungai Selatan kini punya kader di desa. Sabtu, 14 November 2026, 40 kader pengawas desa menerima surat tugas untuk 20 desa di Kecamatan Kandangan, Angkinang, Simpur dan Telaga Langsat — dua orang per desa.

Setiap kader memasang papan Pos Kader di teras rumahnya, tempat warga bertanya soal daftar pemilih atau melaporkan dugaan pelanggaran. Desember nanti mereka ikut uji petik daftar pemilih, dan tahun 2027 Pos Kader ditargetkan ada di 40 desa.""",
    "a18": """Sebanyak 90 pemuda dari 11 kecamatan di Hulu Sungai Tengah mengikuti pendidikan wawasan kebangsaan di Gedung Murakata, Barabai, Kamis (19/11). Mereka pengurus karang taruna, remaja masjid dan pemuda adat Meratus.

Materinya kerukunan di kampung yang beragam, bahaya ujaran kebencian di media sosial dan kisah Brigade ALRI Divisi IV. Setiap peserta wajib membagikan materi kepada sedikitnya 10 teman di kampung, dan laporannya dinilai Kesbangpol HST pada Desember.""",
    "a28": """Hasil pilkades di Desa Tambarangan dan Sungai Bahalang, Tapin, akhirnya ditetapkan Bupati pada Selasa, 3 November 2026. Sebelumnya calon yang kalah mengajukan keberatan, lalu tim penyelesaian perselisihan menghitung ulang surat suara dan memeriksa 11 saksi.

Perolehan suara tidak berubah. Kedua desa termasuk 14 desa yang memilih kepala desa pada Oktober, dan seluruh kepala desa terpilih akan dilantik bersama di Rantau pada pertengahan Desember.""",
    "a31": """Daftar pemilih sementara pilkades di 31 desa Tabalong sudah diumumkan pada Jumat, 27 November 2026, dengan total 41.208 pemilih. Daftarnya ditempel di kantor desa, masjid dan warung.

Warga punya waktu sampai Senin, 30 November, untuk memeriksa nama sendiri dan keluarga. Perbaikan disampaikan ke panitia desa dengan membawa KTP-el atau KK. DPT pilkades ditetapkan pekan kedua Desember, dan pemungutan suara dijadwalkan Januari 2027.""",
    "a34": """Mulai Januari 2027, anggota BPD di Balangan menerima tunjangan Rp1,5 juta per bulan, naik dari Rp1,2 juta. Peraturan bupatinya ditandatangani Jumat, 6 November 2026, dan berlaku untuk 1.086 anggota BPD di 154 desa.

Kenaikan itu datang bersama kewajiban baru: setiap BPD minimal dua kali setahun menggelar rapat dengar aspirasi warga dan melapor ke camat. Dananya dari alokasi dana desa 2027, dan sosialisasi ke ketua BPD di delapan kecamatan digelar Desember.""",
    "a40": """Desa Jambu Hilir di Kecamatan Kandangan, HSS, menjadi Kampung Pancasila pertama di Kalimantan Selatan. Peluncurannya oleh Kesbangpol Kalsel berlangsung Rabu, 25 November 2026.

Desa ini dipilih karena warganya biasa bergotong royong lintas agama dan bermusyawarah terbuka di balai desa. Kampung Pancasila mendapat papan penanda dan pendampingan setahun, dan mulai 2027 akan ditetapkan bertahap di 12 kabupaten/kota lainnya.""",
    "a21": """Kesbangpol Tapin mengundang 75 perempuan kepala keluarga dari 12 kecamatan ke Aula Rantau Baru pada Rabu, 11 November 2026, untuk pendidikan politik. Mereka adalah ibu yang menanggung keluarga sendiri.

Materinya cara mengurus data di daftar pemilih, menyampaikan usulan di musyawarah desa dan mengenali janji politik yang tak masuk akal. Bupati Tapin menyebut mereka paling jarang diajak rapat. Kelompok diskusi perempuan di tiap kecamatan mulai bertemu Januari 2027.""",
}

# local round-up items that match no release
LOCAL = [
    "Gotong royong membersihkan saluran air di RT 04 berlangsung Sabtu pagi",
    "Posyandu lansia bulan ini digelar Kamis di balai desa",
    "Harga gabah di penggilingan naik menjadi Rp6.900 per kilo",
    "Turnamen voli antarkampung memasuki babak final Minggu sore",
    "Pengajian rutin malam Jumat pindah ke masjid jami selama renovasi langgar",
    "Bank sampah desa mengumpulkan 312 kg plastik bulan ini",
    "Jalan usaha tani RT 06 selesai dicor swadaya warga",
    "PLN memadamkan listrik Rabu pagi untuk pemeliharaan jaringan",
    "Karang taruna mengecat ulang jembatan penyeberangan dekat pasar",
    "Lomba mewarnai anak TK se-kecamatan digelar Sabtu di aula sekolah",
    "Kelompok tani menerima pompa air baru untuk sawah tadah hujan",
    "Ronda malam bulan Desember sudah dijadwalkan per RT",
]
