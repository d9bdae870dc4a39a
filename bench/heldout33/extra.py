# -*- coding: utf-8 -*-
"""heldout33: hand-written posts that are not tied to one release's own entry.

U: unrelated village posts. N2: more look-alikes (imitates, text, differs). B2: more `before` posts
(imitates, text, differs, hours before). P2: more paraphrases (ann, text), short Banjar or casual Indonesian.
LOCAL: local round-up items that match no release.
"""

U = [
    "Harga karet di pengepul Desa hari ini Rp11.200/kg kering, turun 300 dari minggu lalu. Tetap semangat pahumaan.",
    "Jadwal pengajian rutin malam Jumat pindah ke langgar Nurul Huda RT 04 karena masjid sedang dicat.",
    "Pemadaman listrik bergilir Kamis jam 09.00–14.00 untuk perbaikan jaringan di jalur Pengaron–Mataraman. Mohon maaf atas ketidaknyamanannya.",
    "Selamat kepada ananda Rizky Maulana, juara 1 lomba azan tingkat kecamatan. Bangga!",
    "Gotong royong bersihkan saluran air depan SDN 2 Minggu pagi jam 7, bawa cangkul dan parang masing-masing.",
    "Harga gabah kering panen di Anjir Rp6.900/kg. Petani mulai siap tanam lagi setelah air surut.",
    "INFO ORANG HILANG: kakek berbaju kaos putih, sarung kotak hijau, terakhir terlihat di pasar pagi. Sudah ditemukan, terima kasih semua yg membantu share.",
    "Kapal feri Batulicin–Tanjung Serdang jadwal hari ini normal, antrean truk sekitar 2 jam.",
    "Haul Guru di kampung kami Sabtu malam, warga diminta tidak parkir di badan jalan.",
    "PDAM info: air mati sementara di Perumnas karena pipa bocor, petugas sedang bekerja. Estimasi normal sore hari.",
    "Harga ikan haruan di pasar pagi Rp85 ribu sekilo, papuyu Rp70 ribu. Lagi musim susah.",
    "Maulid Nabi di Langgar Al-Ikhlas, habsyi dari grup pemuda RT 2. Alhamdulillah ramai.",
    "Posyandu balita bulan ini tanggal 14, jangan lupa bawa buku KIA ya ibu-ibu.",
    "Turnamen voli antar-RT final tadi sore, RT 5 juara setelah main 5 set. Selamat!",
    "Hati-hati penipuan mengatasnamakan kepala desa minta transfer lewat WA. Pak Kades tidak pernah minta uang lewat chat!",
    "BMKG: potensi hujan lebat disertai angin kencang sore hingga malam di wilayah Kalsel bagian tengah. Waspada pohon tumbang.",
    "Harga sawit TBS di RAM Rp2.450/kg hari ini. Naik sedikit.",
    "Dibuka les mengaji anak di rumah Ustazah Halimah, setiap sore ba'da Ashar, gratis.",
    "Jalan desa depan SD berlubang lagi, mohon pengendara hati-hati terutama malam hari.",
    "Arisan PKK bulan ini di rumah Bu RT, jam 3 sore. Bawa kue satu piring.",
    "Panen semangka di Desa Sungai Rangas, harga di kebun Rp4.000/kg. Yang mau borong silakan.",
    "Kelotok ke Lok Baintan mulai jam 5 subuh, pasar terapung ramai akhir pekan.",
    "Selamat datang jemaah umrah asal kampung kita, 12 orang pulang kemarin sore. Semoga mabrur.",
    "Cabai rawit di pasar Rp60 ribu/kg, bawang merah Rp38 ribu. Ibu-ibu atur belanja ya.",
    "Lomba mewarnai TK se-kecamatan hari Sabtu di aula kecamatan, pendaftaran Rp10 ribu.",
    "Anak sapi tetangga lepas, warna coklat ada tanda putih di dahi. Yang lihat tolong kabari RT.",
    "Jadwal vaksin rabies kucing dan anjing di Puskesmas hewan Kamis depan, gratis.",
    "Perbaikan jembatan gantung di ujung kampung sudah selesai, motor boleh lewat tapi satu-satu.",
    "Kabar duka: telah berpulang ke rahmatullah Bapak H. Arsyad (78), dimakamkan ba'da Zuhur di pemakaman desa.",
    "Sunatan massal di masjid jami tahun ini diundur ke Januari, tunggu pengumuman panitia.",
    "Latihan hadrah remaja masjid tiap malam Minggu, yang mau gabung datang saja.",
    "Banjir rob mulai masuk ke jalan depan pasar, air setinggi mata kaki pagi ini.",
    "Harga purun anyaman: tikar ukuran besar Rp85 ribu di perajin desa. Ayo beli produk lokal.",
    "Penyaluran BLT dana desa tahap akhir Senin depan di balai desa, bawa KTP dan KK asli.",
    "Karang taruna bersih-bersih makam desa menjelang akhir tahun, terima kasih pemuda!",
    "Ayam kampung dijual, 15 ekor, sehat. Lokasi belakang langgar. Silakan datang langsung.",
    "Tadi malam ada yg lihat buaya di sungai dekat jembatan, anak-anak jangan mandi di sungai dulu.",
    "Pasar wadai hari Jumat buka seperti biasa, ada bingka kentang dan amparan tatak.",
    "Jadwal kapal Kotabaru–Sungai Bali hari ini berangkat jam 10, muatan sembako.",
    "Listrik padam sejak subuh di sekitar gardu RT 7, sudah dilaporkan ke PLN lewat aplikasi.",
    "Alhamdulillah sumur bor bantuan donatur di mushola sudah mengalir, air bersih untuk wudhu.",
    "Lomba burung kicau minggu depan di lapangan desa, kelas murai dan kacer.",
    "Minyak goreng curah di warung Rp17 ribu/liter, gula pasir Rp18.500.",
    "Mohon doa untuk kesembuhan Ibu Masitah yang dirawat di RSUD sejak kemarin.",
    "Jalan sehat karang taruna dalam rangka Maulid, start dari depan kantor desa jam 7.",
    "Pohon rambutan di pinggir jalan tumbang kena angin, sudah dipotong warga. Jalan bisa dilewati.",
    "Benih padi unggul tersedia di kios tani, harga Rp12 ribu per kilo. Stok terbatas.",
    "Latihan silat kuntau di halaman masjid tiap Kamis malam, anak-anak mulai umur 10 tahun.",
    "Warung nasi kuning Acil Ijah buka lagi mulai besok subuh setelah libur seminggu.",
    "Pemberitahuan: kantor desa tutup hari Sabtu karena perangkat desa ikut kegiatan di kecamatan.",
    "Hasil tangkapan nelayan pagi ini banyak udang papai, harga Rp25 ribu/kg di dermaga.",
    "Tips: sebelum banjir, simpan dokumen penting di plastik kedap air dan taruh di tempat tinggi.",
    "Kebakaran lahan kecil di belakang kebun warga tadi siang berhasil dipadamkan warga dengan ember.",
    "Pelatihan membuat kue untuk remaja putri di balai desa, 20 orang, bahan disediakan.",
    "Selamat Hari Guru untuk seluruh guru di kampung kita. Terima kasih atas ilmunya.",
    "Lapak ikan asin Acil Imah pindah ke depan toko emas, sekarang lebih luas.",
    "Siapa yang kehilangan dompet coklat di depan pasar? Sudah diamankan di pos kamling.",
    "Jadwal Samsat keliling minggu ini di halaman kantor kecamatan, Selasa dan Rabu.",
    "Renovasi atap sekolah MI selesai, siswa kembali belajar di kelas mulai Senin.",
    "Karnaval TK berlangsung meriah, anak-anak pakai baju adat Banjar dan Dayak.",
    "Harga telur ayam ras Rp29 ribu per rak di toko grosir. Stabil.",
    "Musim durian mulai, di Loksado sudah ada yang jual Rp50 ribu tiga biji.",
    "Pengumuman: pengambilan kartu tani di kantor BPP hari Kamis, bawa fotokopi KTP.",
    "Kerja bakti memperbaiki titian RT 3 hari Minggu, ulin sumbangan warga sudah terkumpul 2 kubik.",
    "Alhamdulillah santri pondok kampung kita lulus hafalan 30 juz, 3 orang tahun ini.",
    "Musyawarah desa penetapan RKPDes 2027 Kamis malam di balai desa, warga diundang.",
    "Hati-hati jalan licin di tanjakan kilometer 5 setelah hujan, sudah dua motor jatuh pagi ini.",
    "Penjual sayur keliling Pak Amat sekarang lewat jam 6 pagi, bukan jam 7 lagi.",
    "Bazar pakaian murah remaja masjid, hasilnya untuk renovasi tempat wudhu.",
    "Terima kasih tim medis puskesmas yang sudah datang ke rumah lansia untuk cek tensi.",
    "Ada kelotok wisata baru di dermaga desa, sewa Rp200 ribu keliling sungai dua jam.",
    "Lomba perahu hias antar-RT untuk 17-an tahun depan mulai dibicarakan, yang punya ide silakan.",
]

# more look-alikes: (imitates, text, differs)
N2 = [
    (["a07", "a08"], "Kompor induksi bekas dijual, masih mulus, Rp350 ribu nego. Pindah rumah jadi tidak terpakai.", "a private sale, no programme"),
    (["a13"], "Ada yang tau perumahan subsidi di Gambut yang masih ready? Sudah keliling tapi penuh semua.", "a buyer's question, no fair"),
    (["a19", "a20"], "Hasil Kejurkab tenis meja Tapin: juara umum Kecamatan Tapin Utara. Selamat para atlet.", "a kabupaten championship, not the provincial one"),
    (["a28", "a29"], "Dinas Sosial HSS buka layanan konseling keluarga di MPP Kandangan setiap Selasa.", "another kabupaten's family counselling"),
    (["a31", "a32", "a33"], "Desa kami dinobatkan Kampung KB terbaik se-kecamatan, terima kasih kader.", "another village award"),
    (["a04", "a05"], "CCTV di mulut gang RT kami mati sejak seminggu, rekaman pencurian sandal tidak bisa dilihat. Mohon pengurus cek.", "a residents' own camera broken"),
    (["a10", "a12"], "Pelatihan pembuatan pupuk bokashi dari kotoran kambing untuk kelompok tani, Kamis di BPP.", "fertiliser, not biogas"),
    (["a16", "a18"], "Titian kayu di RT 8 patah, warga sementara lewat papan darurat. Sudah diusulkan ke musrenbang.", "a village's broken walkway"),
    (["a22", "a24"], "Ekskul panahan SMPN 1 Batulicin menerima anggota baru, latihan Jumat sore.", "a school club in another kabupaten"),
    (["a25", "a26", "a27"], "Sosialisasi stop bullying di SMP oleh Polsek, pelajar kelas 7 dan 8 hadir.", "school bullying talk by police"),
    (["a34", "a35", "a36"], "SPBU di kota kecamatan kehabisan Pertalite sejak pagi, antrean sampai 500 meter.", "fuel shortage, no conversion"),
    (["a01", "a03"], "Polsek menggelar patroli dialogis di pos kamling RT 3, ingatkan warga jaga lingkungan jelang akhir tahun.", "police patrol, not FKDM"),
]

# more `before` posts: (imitates, text, differs, hours before)
B2 = [
    (["a10"], "Material semen dan pipa paralon sudah diturunkan di kandang kelompok ternak, katanya mau bikin biogas. Kapan mulai ya?", "materials seen before the start", 30),
    (["a16"], "Tukang sudah mulai ukur-ukur titian di Sungai Baru pagi ini, katanya proyek Pemko. Warga bingung rumah mau dibongkar atau tidak.", "measuring before the start", 40),
    (["a20"], "Malam ini final tunggal pelajar Kejurprov tenis meja di GOR Intan Banua! Atlet kita lawan Banjarmasin, doakan!", "the final evening, before the result release", 14),
    (["a28"], "Besok Senin ada rakor DP3A provinsi di Banjarmasin, kabarnya mau kenalkan nomor pengaduan baru untuk kekerasan anak.", "preview before the release", 20),
    (["a31"], "Tim penilai provinsi katanya datang minggu ini ke desa-desa yang diusulkan lomba ramah perempuan dan anak. Siapkan dokumen, Pak Kades.", "preparation before the assessment", 30),
    (["a26"], "Besok jalan sehat pita oranye dari Balai Kota Banjarmasin jam 7 pagi, pakai baju oranye ya!", "invitation the day before", 20),
    (["a30"], "Dengar-dengar Kotabaru mau punya rumah aman untuk korban KDRT, lokasinya dirahasiakan. Bagus itu.", "rumour before the release", 30),
]

# more paraphrases: (ann, text)
P2 = [
    ("a04", "guys skrg Banjarmasin ada 120 CCTV nyambung ke command center, yg suka balap liar di Pramuka siap2 aja ketangkep kamera 😂"),
    ("a13", "Gaes yg gajinya di bawah 8jt, ada pameran rumah subsidi di Duta Mall smp 15 Nov, DP 1% doang, bawa slip gaji + KTP + NPWP, bisa langsung cek ke bank"),
    ("a20", "Banjarbaru juara umum pingpong sa-Kalsel, 5 emas, budak 14 tahun ha nang manang 🏓"),
    ("a23", "Kandangan juara panahan tradisional palajar, busur paring gawian saurang, mantap!"),
    ("a28", "Ingat nomornya: 129. Lapor kekerasan anak wan binian, kawa WA jua."),
    ("a35", "Motor dinas lurah di Banjarbaru skrg listrik semua (25 unit), bensin 300rb jadi <70rb sebulan katanya. Irit parah."),
]

# local items for round-ups that match nothing
LOCAL = [
    "Gotong royong RT 04 bersihkan parit Minggu pagi",
    "Harga karet Rp11.200/kg di pengepul desa",
    "Posyandu balita tanggal 14 di balai desa",
    "Pengajian malam Jumat pindah ke langgar Nurul Huda",
    "Turnamen voli antar-RT: RT 5 juara",
    "Jadwal Samsat keliling Selasa–Rabu di kantor kecamatan",
    "Kerja bakti titian RT 3 hari Minggu",
    "Haul di kampung Sabtu malam, jangan parkir di badan jalan",
    "Les mengaji gratis ba'da Ashar di rumah Ustazah Halimah",
    "Pasar wadai Jumat buka seperti biasa",
    "Musdes RKPDes 2027 Kamis malam",
    "Bazar pakaian murah remaja masjid",
]

# more hand-written summaries, other word orders and layouts: (ann, platform, text)
S2 = [
    ("a01", "facebook", "Laporan konflik paling lambat 1x24 jam. Itu pesan Kesbangpol Kalsel ke 130 anggota FKDM yang dilatih di Aula Bakti Praja (3/11). FKDM kecamatan wajib terbentuk Desember."),
    ("a03", "telegram", "14 titik rawan gesekan di HSU sudah dipetakan FKDM: pasar malam, pertandingan antarkampung, batas desa. Posko aduan di Kesbangpol HSU."),
    ("a05", "facebook", "Kelurahan mana saja yang dapat CCTV Kampung Aman Terpantau?\nGuntung Manggis, Loktabat Utara, Sungai Besar, Syamsudin Noor, Palam, Cempaka. Total 40 kamera, dikelola RT dan Linmas."),
    ("a07", "instagram", "Elpiji langka? Pemprov Kalsel mulai bagi 2.400 kompor induksi (daya naik gratis ke 2.200 VA) untuk pelanggan 900 VA. Dibagikan kabupaten sampai pertengahan Desember.\n\n#KomporInduksi #Kalsel #HematEnergi"),
    ("a11", "facebook", "Tiga minggu dibangun, sekarang 48 dapur peternak di Bati-Bati & Tambang Ulang masak pakai biogas. Selamat!"),
    ("a14", "website", "Hasil Pameran Rumah Rakyat Banua 2026\nTercatat 312 akad dan 1.046 pengajuan masih diproses bank. Pembeli terbanyak pekerja swasta dan ojol dari Banjarmasin–Banjarbaru; pameran berikutnya Mei 2027 di Kandangan."),
    ("a16", "telegram", "Sungai Baru: titian ulin 1,2 km + 40 sambungan limbah + ruang main anak. 90 hari kerja, rumah warga tidak dibongkar."),
    ("a20", "facebook", "Juara umum: Banjarbaru (5 emas). Runner-up: Banjarmasin. Ketiga: Tabalong. Kejurprov tenis meja ditutup Rabu malam, 16 atlet masuk Pelatda."),
    ("a22", "instagram", "📣 Sekolahmu punya regu panahan? Festival Panahan Tradisional Pelajar Kalsel cuma 60 regu, daftar sampai 14/11, tanding 21–22/11 di Lapangan Trikora.\n\n#Panahan #PelajarKalsel"),
    ("a25", "facebook", "318 kasus kekerasan terhadap perempuan di Kalsel Januari–Oktober. Mulai 25 November kampanye 16 HAKtP, konsultasi hukum gratis tiap Rabu di DP3A."),
    ("a29", "youtube", "UPTD PPA HST kini di Barabai\nKorban kekerasan tak perlu lagi dirujuk ke Banjarmasin: ada psikolog dan ruang konseling di Jalan Perintis Kemerdekaan."),
    ("a32", "telegram", "Hasil DRPPA Kalsel 2026: 1) Bitahan, Tapin 2) Guntung Manggis, Banjarbaru 3) Pagatan Besar, Tala."),
    ("a34", "facebook", "Bengkel biasa bisa jadi bengkel konversi motor listrik resmi: 40 mekanik dilatih ESDM Kalsel di BLK Banjarbaru, ada uji kompetensi."),
    ("a36", "facebook", "Penyuluh di Astambul, Pengaron dan Sungai Tabuk sekarang keliling pakai motor listrik. 30 unit, hasil konversi motor dinas lama, Rp270 juta."),
]
