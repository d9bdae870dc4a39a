# Hand-written extras for heldout26: `before` posts, extra summaries, unrelated posts.
# BEF: (announcement index 1-based, hours before the release, text)
BEF = [
 (2, -30, "Besok pagi semua kepala SKPD Tabalong dikumpulkan di Pendopo Bersinar, soal serapan anggaran yang masih rendah katanya. Deg-degan kontraktor 😅"),
 (3, -6, "Pagi ini kepala dinas se-HSU sudah duduk rapi di Pendopo Amuntai, menunggu Bupati. Acara apa ya? kayanya penyerahan dokumen anggaran."),
 (4, -3, "Rakor lintas sektor di Polda Kalsel siang ini, pejabat Dishub, Jasa Raharja, Basarnas hadir. Persiapan pengamanan akhir tahun."),
 (6, -40, "Dengar-dengar Bupati Kotabaru mau keluarkan larangan petasan tahun baru, pedagang di Pasar Kemakmuran sudah gelisah."),
 (8, -2, "Lapangan Dwi Warna pagi ini penuh relawan dan perahu karet, apel siaga banjir HST. Foto dari pinggir lapangan 📸"),
 (9, -20, "Besok pohon-pohon besar di Jalan Transmigrasi mulai dipangkas, pengendara hati-hati ya, ada buka tutup jalan."),
 (11, -4, "Para kepala SD dan SMP se-Banjarmasin rapat di Aula Kayuh Baimbai pagi ini, katanya bahas libur semester."),
 (13, -5, "Malam ini peluncuran kalender event wisata Kalsel 2027 di Mahligai Pancasila, siapa yang datang?"),
 (16, -3, "Tim Satgas Pangan baru masuk gudang Bulog Kuin, ada Disperindag dan Polda. Semoga stok aman."),
 (17, -2, "Ada rombongan Pemkab turun ke Pasar Rantau pagi ini, tanya-tanya harga ke pedagang lombok."),
 (19, -26, "Besok ada sosialisasi aplikasi absen baru untuk ASN provinsi di Banjarbaru. Kabarnya pakai muka."),
 (20, -5, "Rapat pimpinan Pemkab Balangan siang ini di Aula Benteng Tundakan, isu e-kinerja dan TPP."),
 (23, -4, "Kepala desa se-Tala berkumpul di Balairung Tuntung Pandang siang ini, menunggu kabar pagu dana desa 2027."),
 (26, -3, "Kelotok sudah berjejer di Dermaga Marabahan pagi ini, bunga tabur disiapkan ibu-ibu PKK."),
 (28, -20, "Truk bermuatan pompa air masuk halaman Distanbun Banjarbaru sore ini, besok dibagikan katanya."),
 (29, -18, "Besok pagi di BPP Mandastana dibagikan pompa air, ketua poktan diminta hadir jam 8."),
 (32, -3, "Ibu-ibu Sebelimbingan kumpul di Balai Benih Ikan pagi ini, bawa pisau dan baskom, mau belajar olah ikan."),
 (33, -24, "Lapak-lapak kayu di Pantai Pagatan sudah dicat, besok katanya gerai olahan ikan dibuka."),
]

# extra second summaries / reminders (announcement index, hours after, text)
EXS = [
 (7, 30, "BPBD Kalsel: 64 perahu karet dan 22 dapur umum siaga, kabupaten diminta tetapkan status siaga darurat kalau air lewat batas waspada."),
 (22, 75, "Raperdes APBDes 2027 desa-desa Tapin paling lambat masuk ke camat 15 Desember, pengingat dari bimtek kemarin."),
 (25, 4, "Tali asih untuk 25 veteran diserahkan usai upacara Hari Pahlawan di kantor gubernur tadi pagi."),
 (31, 50, "Poklahsar di Kotabaru, Tanbu, HSU, Batola, Banjar, Tala dapat paket vacuum frying & freezer dari DKP provinsi."),
]

UNREL = [
 "Harga karet di pengepul Desa Juai hari ini Rp9.800 per kilo, turun 200 dari minggu lalu.",
 "Ditemukan dompet coklat di depan masjid Al-Ikhlas, isi KTP atas nama warga Pelaihari. Silakan ambil di kantor desa.",
 "Jadwal speedboat Kotabaru–Sebuku besok berangkat jam 07.30 dan 13.00, cuaca cerah.",
 "Info PLN: pemeliharaan jaringan Kamis jam 09.00–12.00, wilayah Jalan Sukarelawan dan sekitarnya.",
 "Selamat kepada tim voli putri SMPN 1 Paringin, juara 2 antar SMP se-Balangan 🏐",
 "Pengajian rutin malam Jumat di Langgar Nurul Huda, pembacaan maulid habsyi, bawa kue seadanya.",
 "Hilang seekor kucing oren belang, kalung merah, terakhir terlihat di gang 3. Yang menemukan mohon kabari admin.",
 "Air PDAM keruh lagi sejak subuh, sudah dilaporkan ke petugas. Sementara tampung air hujan dulu dangsanak.",
 "Panen semangka warga Desa Takisung, harga di kebun Rp4.000 per kilo. Yang mau borong silakan datang.",
 "Gotong royong membersihkan parit depan SD, Minggu jam 7 pagi, bawa cangkul dan karung.",
 "Pasar ikan Sungai Danau pagi ini banyak udang galah, Rp110 ribu per kilo.",
 "Turnamen domino HUT RT 4, pendaftaran Rp20.000 per pasang, hadiah kambing.",
 "Harga gabah kering panen di Karang Bunga Rp6.700, petani berharap naik lagi.",
 "Hati-hati penipuan mengatasnamakan kurir paket minta klik file APK. Jangan dibuka!",
 "Ucapan selamat atas pernikahan putri Pak RT 2, semoga sakinah mawaddah warahmah 💐",
 "Jembatan gantung ke Desa Hantakan ditutup sementara karena papan lantai lepas, warga lewat jalan memutar.",
 "Latihan rebana anak-anak TPA tiap Rabu sore di balai desa, yang mau gabung silakan.",
 "Kapal fery Batulicin–Tanjung Serdang jalan normal hari ini, antre kendaraan sekitar 40 unit.",
 "Bazar baju bekas layak pakai di halaman masjid, hasilnya untuk pembangunan WC umum.",
 "Posyandu Melati bulan ini pindah ke rumah Bu Kader karena balai desa dicat.",
 "Harga sawit TBS di Satui Rp2.340 per kilo di timbangan PT, info dari sopir.",
 "Kelompok tani Sumber Rejeki panen jagung manis 2 hektare, dijual Rp3.500 per tongkol ukuran besar.",
 "Lomba burung kicau minggu depan di lapangan desa, kelas murai dan kenari.",
 "Warga yang punya anak usia SD, TPA Al-Falah buka pendaftaran santri baru tanpa biaya.",
 "Listrik padam semalam karena pohon pisang roboh ke kabel, sudah diperbaiki petugas jam 11 malam.",
 "Mohon doa, Kai Sarman warga RT 6 dirawat di RSUD, semoga lekas sembuh.",
 "Good morning dangsanak ☀️ jangan lupa sarapan, hari ini cerah berawan.",
 "Bismillah, kajian tafsir ba'da Subuh Ahad ini di Masjid Jami, pemateri dari Martapura.",
 "Jalan desa yang berlubang di depan kebun karet sudah ditimbun warga pakai batu, terima kasih semua.",
 "Harga ikan haruan di pasar Amuntai Rp95 ribu per kilo, papuyu Rp70 ribu.",
 "Tim futsal pemuda desa menang 5-3 lawan desa tetangga tadi malam ⚽",
 "Sumur bor musala Al-Amin sudah mengalir, hasil swadaya warga Rp14 juta. Jazakumullah khairan.",
 "Aruh adat di balai Loksado Sabtu ini, warga luar yang mau hadir mohon jaga sopan santun.",
 "Pengumuman: arisan ibu-ibu RT pindah ke rumah Bu Ijah, jam 4 sore.",
 "Motor Honda Beat hitam hilang di parkiran pasar, plat DA, mohon info bila melihat.",
 "Hello guys 👋 ada yang tahu tukang servis kulkas di sekitar Pagatan?",
 "Cuaca siang ini panas terik, tapi sore hujan deras lagi. Jemuran angkat dulu!",
 "Syukuran khataman Al-Quran 17 santri TPA, terima kasih para ustadzah 🤲",
 "Kelotok ke Pulau Kembang penuh hari Minggu, wisatawan dari Jawa banyak.",
 "Jual bibit durian montong dan kelengkeng di pekarangan, harga bersahabat, datang langsung.",
]

# pools for composed unrelated posts (build.py TPL)
OPEN = ["Info warga:", "Assalamualaikum dangsanak,", "Kabar kampung hari ini:", "Sekadar info,", "Pengumuman RT:", "📌", "Halo warga,"]
BODY = ["kerja bakti membersihkan {p} hari Minggu pagi", "harga {c} di pasar {m} naik jadi Rp{n}.000 per kilo",
        "jadwal pengajian ibu-ibu pindah ke {p}", "lomba mancing di {p} akhir pekan, pendaftaran Rp{n}.000",
        "sumbangan warga untuk korban kebakaran di {m} terkumpul Rp{n} juta", "{c} segar dijual di depan {p}, Rp{n}.000 seikat",
        "tim sepak bola remaja latihan di {p} tiap Selasa", "jalan menuju {p} licin karena hujan, hati-hati berkendara"]
PLACE = ["balai desa", "langgar Al-Hidayah", "lapangan RT 3", "dermaga kecil", "musala Nurul Iman", "sekolah dasar", "kebun karet warga", "pos ronda"]
COMM = ["kangkung", "kacang panjang", "ikan patin", "terong", "pisang", "bayam", "ikan nila", "gula merah"]
MARK = ["Pagatan", "Amuntai", "Kandangan", "Rantau", "Marabahan", "Barabai", "Paringin", "Tanjung", "Pelaihari", "Martapura"]
CLOSE = ["Terima kasih 🙏", "Mohon disebarkan.", "Wassalam.", "", "Salam dari admin KIM.", "Thank you 🙏"]

# extra look-alikes: (announcement index, hours after, kind, text) — another day of a multi-day event
NEG = [
 (32, 25, "multiday", "Hari kedua pelatihan olahan ikan di BBI Sebelimbingan: peserta praktik kemasan vakum, 18 kg tongkol jadi 6 kg abon. Hari ini hari terakhir."),
 (22, 73, "multiday", "Gelombang kedua bimtek APBDes di Rantau hari ini untuk desa-desa Kecamatan Binuang dan Hatungun, 42 operator ikut, listrik sempat padam setengah jam."),
 (10, 265, "multiday", "Hari kedua penilaian akhir semester di SMKN 1 Marabahan, mapel Bahasa Inggris dan produktif. 3 siswa susulan karena sakit."),
 (34, 24, "multiday", "Rakor hari kedua persiapan haul di Martapura khusus relawan dapur umum, 46 dapur terdaftar, pembagian zona dibahas sampai sore."),
]
