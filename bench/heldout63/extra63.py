"""Hand-written extra posts of heldout63: unrelated posts, more `before` posts, more look-alikes
(several with URL traps or bare domains), casual-Indonesian summaries and paraphrases, and local
round-up items that match no release."""

# (kim or None for "any", text, links) -- ordinary village posts; the generator dates them.
UNRELATED = [
    (None, "Harga getah karet di pengumpul minggu ini Rp9.800/kg, sedikit naik dari minggu lalu. Semoga terus membaik.", []),
    (None, "Info pemadaman listrik PLN ULP setempat: Kamis pukul 09.00–14.00 untuk pemeliharaan jaringan. Mohon maaf atas ketidaknyamanannya.", []),
    (None, "Dicari: dompet cokelat hilang di sekitar pasar pagi tadi, berisi KTP dan SIM atas nama Rusmadi. Yang menemukan mohon hubungi pos ronda RT 3. Ada imbalan.", []),
    (None, "Jadwal posyandu balita bulan ini: Selasa minggu kedua di rumah Bu RT. Bawa buku KIA ya bunda-bunda.", []),
    (None, "Turnamen voli putri antar-RT resmi dibuka sore ini. 10 tim, final direncanakan Minggu depan. Ayo dukung tim RT masing-masing!", []),
    (None, "Harga cabai rawit di pasar pagi ini Rp60 ribu/kg, bawang merah Rp38 ribu. Harga ikan haruan stabil Rp70 ribu.", []),
    (None, "Kerja bakti membersihkan saluran drainase depan sekolah Minggu pagi jam 7. Bawa cangkul dan karung. Konsumsi disiapkan ibu-ibu.", []),
    (None, "Selamat kepada tim sepak bola U-15 desa kita yang menang 2-1 di semifinal. Final hari Sabtu!", []),
    (None, "Telah berpulang ke rahmatullah, Bapak H. Abdul Gani (72 tahun), warga RT 4. Dimakamkan ba'da Asar di pemakaman umum desa. Semoga husnul khatimah.", []),
    (None, "Info PDAM: distribusi air ke wilayah kita terganggu karena perbaikan pipa, diperkirakan normal kembali besok sore.", []),
    (None, "Kucing oranye bernama Oyen hilang sejak kemarin, pakai kalung merah. Kalau melihat, tolong kabari admin ya 🙏", []),
    (None, "Jadwal kapal feri minggu ini normal. Keberangkatan pagi jam 07.00 dan siang jam 13.00. Cuaca cerah berawan.", []),
    (None, "Pengumuman: pembayaran PBB desa bisa dititipkan ke kantor desa sampai akhir bulan. Bawa SPPT.", []),
    (None, "Panen padi lokal di sawah belakang kampung sudah dimulai. Hasil sekitar 3 ton per hektare, alhamdulillah lebih baik dari tahun lalu.", []),
    (None, "Lomba mewarnai untuk anak TK se-kelurahan, Sabtu pagi di balai warga. Pendaftaran gratis, bawa crayon sendiri.", []),
    (None, "Harga gabah kering panen di penggilingan Rp6.900/kg. Petani diminta tidak buru-buru menjual.", []),
    (None, "Jalan desa di ujung kampung berlubang besar lagi setelah hujan. Pengendara motor hati-hati, terutama malam hari.", []),
    (None, "Senam sehat lansia setiap Jumat pagi di halaman puskesmas pembantu. Terbuka untuk umum, gratis.", []),
    (None, "Bazar UMKM ibu-ibu PKK Sabtu–Minggu di lapangan desa: wadai, amplang, kerupuk, pakaian. Ayo belanja produk lokal!", []),
    (None, "Sapi milik Pak Amat lepas dari kandang semalam, warna cokelat tanduk pendek. Terakhir terlihat dekat kebun karet. Info ke RT 2.", []),
    (None, "Hujan deras disertai angin sore tadi membuat beberapa pohon tumbang di jalan poros. Sudah dibersihkan warga. Tetap waspada.", []),
    (None, "Pelatihan membuat pupuk organik dari kotoran sapi untuk kelompok tani, Kamis di balai penyuluhan pertanian. Gratis.", []),
    (None, "Harga telur ayam ras di warung naik jadi Rp2.300 per butir. Minyak goreng kemasan Rp19 ribu per liter.", []),
    (None, "Pengajian rutin malam Jumat di rumah Ustaz Hamdan, tema adab bertetangga. Bapak-bapak dimohon hadir.", []),
    (None, "Haul ke-12 almarhum guru kampung akan dilaksanakan Ahad depan ba'da Isya. Warga diundang ikut membaca yasin dan tahlil.", []),
    (None, "Jukung milik warga tenggelam di depan dermaga karena kelebihan muatan, semua penumpang selamat. Hati-hati saat air pasang.", []),
    (None, "Informasi beasiswa kuliah dari yayasan swasta dibuka sampai akhir Desember. Syarat nilai rapor rata-rata 80. Info di sekolah masing-masing.", []),
    (None, "Tim futsal pelajar desa juara 2 di turnamen kecamatan. Terima kasih dukungannya, bapak ibu!", []),
    (None, "Sumur bor baru di RT 6 sudah bisa dipakai, hasil swadaya warga. Air jernih, alhamdulillah.", []),
    (None, "Posbindu PTM bulan ini: cek gula darah, kolesterol dan tekanan darah gratis di kantor desa, Rabu jam 8.", []),
    (None, "Warung Acil Imah buka lagi setelah renovasi. Menu baru: soto Banjar dan nasi kuning. Mampir ya!", []),
    (None, "Anak-anak SD ikut lomba gerak jalan tingkat kecamatan tadi pagi, semangat walau panas terik 💪", []),
    (None, "Harga ikan patin di keramba Rp24 ribu/kg, pembudidaya mengeluh pakan naik.", []),
    (None, "Pemeriksaan kendaraan bermotor oleh Satlantas di simpang empat pagi ini. Lengkapi surat-surat ya.", []),
    (None, "Listrik padam hampir tiga jam tadi malam, kata petugas karena gangguan trafo. Sekarang sudah normal.", []),
    (None, "Bibit durian dan rambutan dijual murah di depan kantor desa oleh kelompok tani. Rp15 ribu per batang.", []),
    (None, "Telah lahir anak pertama pasangan Rahman dan Nisa di puskesmas pagi ini, bayi laki-laki sehat 3,2 kg. Selamat!", []),
    (None, "Jembatan kayu di RT 8 mulai diperbaiki warga, tiang yang lapuk diganti. Sementara lewat jalan memutar.", []),
    (None, "Perlombaan layang-layang tradisional Minggu sore di lapangan bola. Hadiah utama kipas angin 😄", []),
    (None, "Harga emas perhiasan di toko emas pasar hari ini Rp1,28 juta per gram. Naik lagi.", []),
    (None, "Jadwal pengambilan sampah oleh truk DLH pindah ke hari Rabu dan Sabtu mulai pekan ini.", []),
    (None, "Mohon doanya untuk Acil Rusmini yang sedang dirawat di rumah sakit karena demam berdarah. Waspada DBD, kuras bak mandi.", []),
    (None, "Karang Taruna menggelar nonton bareng final liga di pos ronda malam ini. Bawa kopi sendiri 😁", []),
    (None, "Kelompok wanita tani memanen sayur kangkung dan bayam dari pekarangan bersama, dijual ke pasar pagi.", []),
    (None, "Sekolah libur semester mulai minggu ketiga Desember. Rapor dibagikan Sabtu sebelumnya.", []),
    (None, "Lomba kebersihan antar-RT dinilai minggu depan. Ayo rapikan pagar dan halaman masing-masing.", []),
    (None, "Harga sawit TBS di pengepul Rp2.450/kg minggu ini, turun Rp50 dari minggu lalu.", []),
    (None, "Hati-hati penipuan telepon yang mengaku petugas bank dan meminta kode OTP. Jangan pernah berikan kode apa pun.", []),
    (None, "Bengkel motor Pak Udin di simpang kampung sekarang buka sampai jam 9 malam. Terima servis ringan dan tambal ban.", []),
    (None, "Air sungai mulai naik setelah hujan tiga hari. Warga bantaran diminta memindahkan barang ke tempat tinggi.", []),
    (None, "Ibu-ibu PKK membuat 200 bungkus nasi untuk petugas yang memadamkan kebakaran lahan di ujung desa. Terima kasih semuanya.", []),
    (None, "Pasar malam di lapangan kecamatan dibuka mulai Jumat, ada komidi putar dan kuliner. Parkir di halaman sekolah.", []),
    (None, "Foto pagi ini: kabut tipis di sawah kampung kita, indah sekali 🌾 #PagiDiKampung", []),
    (None, "Jadwal vaksinasi rabies untuk kucing dan anjing gratis dari Dinas Peternakan, Senin di kantor desa.", []),
    (None, "Pemuda kampung membuat taman baca kecil di pos ronda. Siapa yang mau menyumbang buku bekas, silakan antar.", []),
    (None, "Ada pohon kelapa yang hampir tumbang ke kabel listrik di RT 1. Sudah dilaporkan ke PLN, mohon warga tidak mendekat.", []),
    (None, "Kursus menjahit gratis untuk remaja putri dari BLK, kuota 20 orang. Daftar ke kantor desa sampai akhir bulan.", []),
    (None, "Hasil tangkapan nelayan pagi ini melimpah, ikan tongkol Rp28 ribu/kg di TPI.", []),
    (None, "Badminton antar-warga setiap Selasa dan Kamis malam di GOR mini kelurahan. Iuran Rp5 ribu untuk kok.", []),
    (None, "Arisan ibu-ibu RT 7 bulan ini di rumah Bu Salmah, Sabtu sore. Jangan lupa bawa wadai satu piring.", []),
    (None, "Ada tawaran kerja di grup yang minta transfer biaya seragam dulu. Itu penipuan, jangan percaya.", []),
    (None, "Lampu jalan di gang masjid sudah menyala lagi setelah diganti swadaya warga. Terima kasih donaturnya.", []),
    (None, "Lomba perahu naga tingkat kabupaten akan digelar bulan depan, tim desa mulai latihan sore-sore di sungai.", []),
    (None, "Harga beras lokal unus di pasar Rp16 ribu/liter, beras premium kemasan Rp15.500/kg.", []),
    (None, "Pembagian bibit ikan nila untuk pokdakan dari dinas perikanan, 5.000 ekor per kelompok. Ambil di kantor desa Kamis.", []),
    (None, "Drama di pinggir jalan: kambing warga nyangkut di pagar sekolah. Untung cepat ditolong anak-anak 😂", []),
    (None, "Mohon info, apakah kantor pos di kecamatan buka hari Sabtu? Mau kirim paket ke Jawa.", []),
    (None, "Gotong royong memperbaiki atap balai desa yang bocor, Ahad pagi. Siapkan tangga dan palu.", []),
    (None, "Diskominfo Kalsel membuka Lomba Website Desa 2026, batas pendaftaran 30 November. Info lengkap: https://diskominfo.kalselprov.go.id/2026/11/18/diskominfo-kalsel-buka-lomba-website-desa-2026/",
     ["https://diskominfo.kalselprov.go.id/2026/11/18/diskominfo-kalsel-buka-lomba-website-desa-2026/"]),
    (None, "Latihan hadrah remaja setiap malam Sabtu di serambi langgar. Yang mau belajar terbang (rebana) silakan datang.", []),
]

# more `before` posts: (kim, ann, hours before the release (negative), text, differs)
BEFORE = [
    ("kim-halong", "a21", -50, "Lusa ada rembuk tokoh agama dan tokoh adat di balai adat Kapul, katanya dari FKUB kabupaten. Warga yang ingin menyampaikan usulan jadwal aruh dan Natal bisa titip ke pembakal.", "invitation two days before, before the release"),
    ("kim-halong", "a12", -75, "Dengar-dengar calon haji Balangan minggu ini bisa bikin paspor di Paringin tanpa ke Banjarmasin. Benar kah? Orang tua ulun antre berangkat 2027.", "rumour before the passport service"),
    ("kim-kintap", "a37", -40, "Besok rombongan FKUB katanya keliling rumah ibadah di Pelaihari. Kapan ke Kintap? Semoga tidak lupa kampung kita.", "hearsay the day before, before the release"),
    ("kim-kintap", "a09", -52, "Abah ulun umur 78, antre haji 2027. Lusa disuruh ke aula Kemenag Tala untuk manasik lansia, boleh bawa satu anak. Ada yang sudah pernah ikut? Apa saja yang dibawa?", "a family's question two days before"),
    ("kim-serongga", "a25", -40, "Dua pengurus remaja masjid Serongga berangkat ke kota besok untuk pelatihan? Ternyata tidak jadi, undangannya terlambat sampai. Semoga ada kesempatan lain.", "a village missing the invitation, before the training"),
    ("kim-serongga", "a02", -60, "Katanya tim Pengadilan Agama mau menyeberang ke Pulau Laut Kepulauan untuk sidang isbat. Kapan ke Kelumpang Hilir? Banyak pasangan di sini yang belum punya buku nikah.", "question days before the island session"),
    ("kim-kuripan", "a05", -44, "Ada tiga pasangan dari desa kita yang ikut nikah massal di Marabahan lusa, berangkat naik kelotok subuh. Doakan lancar ya 🤲", "departure note two days before the mass wedding"),
    ("kim-malinau", "a08", -70, "Anak-anak RA di Loksado tidak ikut manasik haji cilik ke Kandangan Rabu nanti, jauh katanya. Guru kita bikin sendiri saja di halaman sekolah.", "a note days before, before the release"),
    ("kim-paliwara", "a36", -36, "Besok Subuh di Masjid Raya Amuntai ada penyerahan hasil infak Subuh untuk anak-anak sekolah. Yuk ramaikan Subuh berjemaah!", "invitation the evening before"),
    ("kim-teluk-dalam", "a27", -26, "Besok pagi Kakanwil Kemenag katanya ke Lapas Teluk Dalam bersama puluhan penyuluh agama. Jalan depan lapas mungkin ramai mobil dinas.", "hearsay the day before the launch"),
    ("kim-sungai-besar", "a35", -44, "Tadi di Balai Kota ada tumpukan kursi roda baru dibungkus plastik, puluhan. Katanya besok dibagikan Baznas. Semoga yang butuh kebagian.", "things seen the day before the handover"),
]

# more look-alikes: (kim, ann, hours after the release, text, links, differs)
NEG2 = [
    ("kim-kuripan", "a28", 190, "Dari arsip: tahun lalu penyuluh Kemenag Batola juga keliling naik kelotok ke Jarenang, tapi hanya sekali saat Maulid. Baca ceritanya di https://baritokualakab.go.id/berita/1190-penyuluh-kemenag-maulid-di-jarenang-2025",
     ["https://baritokualakab.go.id/berita/1190-penyuluh-kemenag-maulid-di-jarenang-2025"], "last year's single Maulid visit (old URL on the same site)"),
    ("kim-halong", "a13", 280, "Zakat lansia dari Baznas tahun lalu juga Rp500 ribu, waktu itu untuk 900 orang. Info lama: https://kalsel.baznas.go.id/kabar/baznas-kalsel-salurkan-zakat-lansia-2025",
     ["https://kalsel.baznas.go.id/kabar/baznas-kalsel-salurkan-zakat-lansia-2025"], "last year's zakat for 900 elderly (old URL)"),
    ("kim-kintap", "a10", 300, "Kemenag Tanah Laut: 287 calon jemaah asal Tanah Laut masuk daftar berhak lunas 2027, cek di loket PHU kantor kemenag Pelaihari. Sumber: kalsel.kemenag.go.id", [], "a kabupaten's own count, bare domain"),
    ("kim-serongga", "a07", 330, "Manasik di KUA Kelumpang Hilir belum mulai karena penyuluhnya sedang tugas di pulau. Jadwal menyusul, kata kepala KUA. Calon jemaah sabar ya.", [], "a KUA that has not started yet"),
    ("kim-malinau", "a33", 260, "Rumah singgah pasien milik Pemkab HSS di Banjarmasin? Setahu kami yang ada punya Baznas. Pemkab sendiri baru menyewa mes untuk pasien rujukan di Banjarbaru, info dari puskesmas Loksado.", [], "a different shelter (pemkab's rented mess in Banjarbaru)"),
    ("kim-halong", "a22", 220, "Pemuda Halong bikin lomba video pendek 'Rukun di Kampungku', hadiah Rp1 juta dari urunan karang taruna. Kirim sampai akhir Desember.", [], "a village's own video contest"),
]

# extra casual-Indonesian paraphrases: (ann, kim or None, text)
PARA2 = [
    ("a13", None, "Guys, Baznas Kalsel bagi zakat buat 1.200 lansia yang hidup sendiri, Rp500 ribu per orang, dan amilnya yang datang ke rumah, gak perlu antre. Kalo ada nenek/kakek di sekitar kalian yang belum kedata, lapor UPZ kecamatan ya 🙏"),
    ("a27", None, "Keren sih ini, 96 penyuluh agama bakal rutin masuk 12 lapas & rutan se-Kalsel, dua kali seminggu. Biar pas bebas nanti jadi tetangga yang baik, katanya. Semoga jalan terus ya, bukan cuma seremonial wkwk"),
    ("a33", None, "Buat warga HSS yang lagi nemenin keluarga berobat di Banjarmasin: ada rumah singgah Baznas HSS dekat RSUD Ulin, gratis sampe 2 minggu, ada antar jemput juga. Cukup bawa surat pengantar desa. Share ke grup keluarga gaes!"),
]

# extra casual-Indonesian admin summaries: (ann, kim or None, text)
SUM2 = [
    ("a10", None, "Admin rangkum ya: yang antre haji dan berangkat 2027, pelunasan tahap 1 mulai 23 Nov sampai 18 Des di bank setoran. Total 3.818 jemaah Kalsel. Cek nama di kantor Kemenag, jangan lewat calo!"),
    ("a23", None, "Singkatnya: 120 bendahara masjid besar se-Kalsel habis ikut bimtek keuangan 3 hari di Kanwil Kemenag. Nanti mereka wajib ngajarin bendahara masjid lain di kecamatannya. Laporan kas harus diumumin ke jemaah."),
    ("a19", None, "Rangkuman admin: 180 tokoh agama & adat se-Kalsel teken Ikrar Banua Rukun (7 butir) di Mahligai Pancasila, Selasa 17/11. Desember nanti ikrarnya dibacain lagi di tiap kabupaten."),
    ("a41", None, "Update dari Barabai: nikah massal Pemkab HST Sabtu kemarin, 30 pasangan, 22-nya udah nikah siri lama. Semua dapet buku nikah, KK baru, mahar sejuta. Mantap pak Bupati 👍"),
]

# local round-up items that match no release
LOCAL = [
    "kerja bakti saluran drainase di RT 3 Minggu pagi",
    "jadwal posyandu balita pindah ke Selasa minggu kedua",
    "turnamen voli putri antar-RT masuk babak final",
    "harga karet di pengumpul naik tipis jadi Rp9.800/kg",
    "pengajian malam Jumat di langgar kampung bertema adab bertetangga",
    "pemadaman listrik Kamis pagi untuk pemeliharaan jaringan",
    "bazar UMKM PKK di lapangan desa akhir pekan",
    "sumur bor swadaya RT 6 sudah bisa dipakai",
    "lomba mewarnai TK di balai warga Sabtu pagi",
    "jembatan kayu RT 8 diperbaiki warga",
    "latihan hadrah remaja tiap malam Sabtu",
    "vaksinasi rabies gratis Senin di kantor desa",
]
