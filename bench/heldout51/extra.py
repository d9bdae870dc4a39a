# -*- coding: utf-8 -*-
"""heldout51, hand-written: unrelated village posts (U), more look-alikes (N2), more `before` posts (B2), more
paraphrases (P2) and local round-up items that match no release (LOCAL).

U entries: (kabupaten hint or None, text[, platform, title]).  N2/B2 entries say what they imitate and how they differ."""

U = [
    ("Kabupaten Tanah Laut", "Harga karet di pengepul Bati-Bati hari ini Rp11.800 per kilo, turun dua ratus dari minggu lalu."),
    ("Kabupaten Banjar", "Pengumuman: pengajian rutin malam Jumat di Langgar Al-Hidayah dipindah ke rumah Pak RT karena langgar dicat."),
    ("Kota Banjarmasin", "Info PDAM: aliran air di Banjarmasin Utara kecil mulai jam 22.00 sampai 04.00 karena perbaikan pipa di "
     "Jalan Brigjen Hasan Basri. Mohon menampung air."),
    ("Kota Banjarbaru", "Selamat kepada tim futsal SMPN 5 Banjarbaru juara pertama turnamen pelajar se-kota! 🏆⚽"),
    ("Kabupaten Balangan", "Pemadaman listrik bergilir di Paringin Selatan besok Selasa jam 09.00–13.00 untuk pemeliharaan jaringan PLN."),
    ("Kabupaten Tabalong", "Haul ke-17 Guru Abdul Hamid di Tanjung dihadiri ribuan jemaah. Jalan ke lokasi macet sampai sore."),
    ("Kabupaten Hulu Sungai Selatan", "Maulid Nabi di Masjid Jami Kandangan besok malam, habsyi dari tiga grup. Jemaah ibu-ibu di "
     "lantai dua."),
    ("Kabupaten Hulu Sungai Tengah", "BMKG: potensi hujan lebat disertai petir di HST sore hingga malam tiga hari ke depan. Warga di "
     "bantaran Sungai Barabai waspada."),
    ("Kabupaten Hulu Sungai Utara", "Itik Alabio di pasar Amuntai Rp75 ribu seekor, telur asin Rp4.000 sebutir. Ramai pembeli dari "
     "luar daerah."),
    ("Kabupaten Tapin", "Jadwal posyandu balita Desember: minggu pertama di Binuang, minggu kedua di Pualam Sari. Bawa buku KIA."),
    ("Kabupaten Barito Kuala", "Kapal feri Jelapat–Tamban sempat berhenti dua jam karena mesin rusak, sekarang sudah normal."),
    ("Kabupaten Tanah Bumbu", "Nelayan Pagatan pulang dengan hasil tangkapan tenggiri melimpah. Harga di TPI Rp58 ribu per kilo."),
    ("Kabupaten Kotabaru", "Jadwal kapal Batulicin–Kotabaru ditambah satu trip sore selama libur akhir tahun."),
    ("Kota Banjarmasin", "Kerja bakti membersihkan sungai kecil di RT 12 Minggu pagi. Bawa parang dan karung ya."),
    ("Kota Banjarbaru", "Ditemukan dompet coklat di dekat Taman Van Der Pijl, isi SIM dan kartu pelajar. Hubungi pos satpam "
     "taman untuk mengambil."),
    ("Kabupaten Banjar", "Harga gabah kering panen di Martapura Rp6.900 per kilo. Petani berharap naik saat panen gadu selesai."),
    ("Kabupaten Tanah Laut", "Pantai Batakan ramai pengunjung akhir pekan, petugas mengingatkan jangan berenang saat ombak tinggi."),
    ("Kabupaten Balangan", "Lomba burung berkicau piala Camat Juai, 120 peserta dari tiga kabupaten."),
    ("Kabupaten Tabalong", "Tim voli putri Desa Jaro lolos ke final kecamatan. Ayo dukung Sabtu sore!"),
    ("Kabupaten Hulu Sungai Selatan", "Wisata arung jeram Loksado dibuka lagi setelah debit air normal. Reservasi lewat pemandu resmi."),
    ("Kabupaten Hulu Sungai Tengah", "Anak-anak TPA Nurul Iman khatam Al-Quran, 18 santri diarak keliling kampung. 🤲"),
    ("Kabupaten Hulu Sungai Utara", "Air pasang naik, jalan desa di Babirik tergenang setinggi mata kaki. Pengendara motor hati-hati."),
    ("Kabupaten Tapin", "Bazar UMKM di halaman masjid Rantau Jumat sore: wadai, kerupuk ikan, dan sasirangan."),
    ("Kabupaten Barito Kuala", "Jeruk siam Batola mulai panen, harga di kebun Rp9.000 per kilo. Pembeli dari Banjarmasin sudah "
     "berdatangan."),
    ("Kabupaten Tanah Bumbu", "Senam sehat lansia setiap Rabu pagi di halaman puskesmas Batulicin. Gratis cek tensi."),
    ("Kabupaten Kotabaru", "Warga Sebelimbingan gotong royong memperbaiki atap surau yang bocor, dana swadaya Rp6 juta."),
    ("Kota Banjarmasin", "Awas hoaks! Pesan berantai soal pemadaman listrik total se-Banjarmasin 3 hari itu tidak benar, kata PLN."),
    ("Kota Banjarbaru", "Car free day Minggu ini tetap di Jalan Jenderal Sudirman. Ada senam massal dan donor darah."),
    ("Kabupaten Banjar", "Pasar terapung Lok Baintan ramai wisatawan Minggu pagi. Jukung pedagang sayur lebih banyak dari biasa."),
    ("Kabupaten Tanah Laut", "Ucapan selamat kepada pasangan pengantin Rizky dan Nur Aisyah, semoga sakinah mawaddah warahmah. 💐"),
    ("Kabupaten Balangan", "Jalan tembus Halong–Uren sudah bisa dilalui lagi setelah longsoran kecil dibersihkan pagi tadi."),
    ("Kabupaten Tabalong", "Stok elpiji 3 kg di pangkalan Murung Pudak kosong sejak kemarin, katanya kiriman datang besok."),
    ("Kabupaten Hulu Sungai Selatan", "Pemuda Kandangan Utara bikin lomba memancing ikan papuyu, hadiah utama kambing. 🐐"),
    ("Kabupaten Hulu Sungai Tengah", "Pemeriksaan kesehatan gratis untuk lansia di Puskesmas Pagat, Kamis pagi. Bawa KTP."),
    ("Kabupaten Hulu Sungai Utara", "Kerajinan purun dari Paliwara ikut pameran di Banjarmasin, tas purun laku 40 buah hari pertama."),
    ("Kabupaten Tapin", "Jalan Binuang–Tatakan berlubang di km 7, sudah ada yang jatuh motor. Hati-hati malam hari."),
    ("Kabupaten Barito Kuala", "Lomba jukung hias di Sungai Barito Marabahan diikuti 24 jukung. Juara satu dari Bakumpai."),
    ("Kabupaten Tanah Bumbu", "Rekor: sekolah kami kirim 5 siswa ke OSN tingkat provinsi. Selamat berjuang, Nak!"),
    ("Kabupaten Kotabaru", "Gelombang tinggi di Selat Laut, penyeberangan speedboat ke Pulau Sebuku ditunda sampai cuaca membaik."),
    ("Kota Banjarmasin", "Harga cabai rawit di Pasar Lima naik jadi Rp70 ribu per kilo. Bawang merah stabil Rp38 ribu."),
    ("Kota Banjarbaru", "Vaksinasi rabies gratis untuk kucing dan anjing di halaman kantor kelurahan, Sabtu jam 8–11."),
    ("Kabupaten Banjar", "Santunan anak yatim di Masjid Agung Al-Karomah, 150 anak menerima bingkisan dan uang saku."),
    ("Kabupaten Tanah Laut", "Info: SIM keliling ada di halaman kantor Kecamatan Pelaihari Kamis ini, khusus perpanjangan SIM A dan C."),
    ("Kabupaten Balangan", "Tim sepak bola U-15 Balangan berangkat ke Banjarbaru untuk Piala Gubernur. Doakan ya!"),
    ("Kabupaten Tabalong", "Jembatan gantung di Muara Uya diperbaiki, untuk sementara warga menyeberang pakai rakit."),
    ("Kabupaten Hulu Sungai Selatan", "Dodol Kandangan pesanan untuk acara kawinan mulai banyak, pengrajin kewalahan jelang akhir tahun."),
    ("Kabupaten Hulu Sungai Tengah", "Info kehilangan: kambing betina warna putih hitam hilang di Desa Pagat sejak Selasa. Yang melihat "
     "mohon kabari pengurus masjid."),
    ("Kabupaten Hulu Sungai Utara", "Latihan habsyi remaja masjid tiap malam Minggu, terbuka untuk umum."),
    ("Kabupaten Tapin", "Petani Hatungun mulai menanam padi gunung, curah hujan sudah cukup."),
    ("Kabupaten Barito Kuala", "Rumah warga di Anjir Pasar terbakar siang tadi, tidak ada korban jiwa. Warga galang bantuan pakaian."),
    ("Kabupaten Tanah Bumbu", "Pasar malam di lapangan Batulicin sampai akhir bulan, buka jam 7 malam."),
    ("Kabupaten Kotabaru", "Festival kuliner laut di Siring Laut Kotabaru, ada lomba makan kepiting. 🦀"),
    (None, "Jangan lupa bayar zakat mal sebelum akhir tahun ya dangsanak. Konsultasi gratis di UPZ masjid terdekat."),
    (None, "Tips musim hujan: bersihkan talang, cek kabel listrik yang terkelupas, simpan dokumen penting di map plastik."),
    (None, "Selamat Hari Guru 25 November! Terima kasih untuk semua guru di desa kami yang mengajar dengan sabar. 🙏"),
    (None, "Wabah diare pada anak meningkat saat banjir. Rebus air minum sampai mendidih dan cuci tangan pakai sabun."),
    ("Kota Banjarmasin", "Lomba mewarnai anak TK di Taman Siring, 300 peserta. Orang tua diminta menunggu di luar area lomba.",
     "website", "Ratusan Anak TK Ikuti Lomba Mewarnai di Taman Siring"),
    ("Kabupaten Banjar", "Video: suasana pasar subuh Martapura, pedagang ikan sungai mulai buka jam 4 pagi.",
     "youtube", "Suasana Pasar Subuh Martapura | Ikan Sungai Segar"),
    ("Kabupaten Hulu Sungai Selatan", "Warga Loksado menggelar lomba balanting paring (rakit bambu) di Sungai Amandit, 16 tim ikut.",
     "website", "Lomba Balanting Paring Meriahkan Sungai Amandit"),
    ("Kabupaten Tabalong", "Dokumentasi turnamen sepak takraw antardesa Jaro Cup, final Sabtu lalu berlangsung seru.",
     "youtube", "Final Sepak Takraw Jaro Cup 2026"),
    ("Kabupaten Tanah Bumbu", "Resep sederhana ikan bakar bumbu habang khas Pagatan, cocok untuk makan bersama keluarga.",
     "youtube", "Resep Iwak Bakar Bumbu Habang ala Pagatan"),
    ("Kota Banjarbaru", "Perpustakaan kelurahan menambah 200 buku cerita anak hasil donasi warga. Buka setiap sore.",
     "website", "Perpustakaan Kelurahan Tambah 200 Buku Donasi Warga"),
    ("Kabupaten Hulu Sungai Utara", "Kegiatan bersih-bersih Danau Panggang oleh pelajar SMA, 2 ton eceng gondok diangkat.",
     "website", "Pelajar Angkat 2 Ton Eceng Gondok di Danau Panggang"),
    ("Kabupaten Barito Kuala", "Tanah longsor kecil di tebing sungai Marabahan membuat satu dapur rumah warga ambruk. Warga "
     "diminta menjauh dari tebing.", "facebook", ""),
    ("Kabupaten Tapin", "Batas waktu pembayaran PBB-P2 di desa kami 30 November. Bayar di kantor desa atau bank daerah.",
     "facebook", ""),
    ("Kabupaten Balangan", "Ukur tekanan darah dan gula gratis di posbindu desa, Sabtu pagi, untuk usia 40 tahun ke atas.",
     "facebook", ""),
    ("Kota Banjarmasin", "Jalan Sultan Adam ditutup sebagian untuk pemasangan pipa, pengendara diarahkan lewat Jalan Kayu Tangi.",
     "telegram", ""),
    ("Kabupaten Kotabaru", "Warga Hampang: kabar baik, sinyal 4G di pasar Hampang sudah kencang sejak menara baru aktif. 📶",
     "facebook", ""),
    ("Kabupaten Tanah Laut", "Kelas menjahit gratis untuk ibu-ibu PKK di balai desa Jorong, mulai Senin, 15 peserta.",
     "instagram", ""),
    ("Kabupaten Hulu Sungai Tengah", "Pemuda Barabai Timur juara lomba video pendek tingkat kabupaten tema kebersihan sungai. 🎬",
     "instagram", ""),
]

N2 = [
    dict(t="Gemapatas di Desa Tambak Sarinah, Kecamatan Kurau, digelar Sabtu 14 November: 350 patok dipasang warga, disaksikan "
           "perangkat desa. Kecamatan kami ternyata masuk lokasi tahun depan juga.",
         imitates=["a22", "a21"], d="another kecamatan (Kurau) a week later, its own count 350", at="2026-11-14T16:00",
         kim="kim-jorong"),
    dict(t="Kantah Kotabaru membuka layanan cek sertipikat malam hari setiap Kamis mulai Desember, pukul 18.00–21.00 Wita, "
           "untuk pekerja yang tidak sempat datang siang.",
         imitates=["a32"], d="another service of one kantah (night counter from December), not the provincial week",
         at="2026-11-30T10:00"),
    dict(t="Gerai KKPR DPMPTSP jemput bola ke Kelurahan Pekapuran Raya Kamis depan, khusus pedagang kue dan penjahit rumahan. "
           "Bawa KTP dan NIB.",
         imitates=["a16"], d="the later kelurahan visit told as its own news", at="2026-12-03T09:00",
         kim="kim-pekapuran-raya"),
    dict(t="*INFO PENTING* 📢 Pendaftaran SERTIPIKAT TANAH GRATIS 2026 dibuka! Isi data dan upload foto KTP + sertipikat di "
           "https://sertipikat-gratis-2026.blogspot.com/daftar kuota terbatas, biaya admin Rp250rb. Sebarkan!",
         imitates=["a39"], d="the hoax message itself forwarded (with its fake URL), not the warning against it",
         at="2026-11-07T21:00", kim="kim-sungai-andai"),
    dict(t="Pemkab Tanah Laut juga membuka pendaftaran calon transmigran 2027, kuota 20 KK, di kantor Disnakertrans Pelaihari "
           "sampai 30 November.",
         imitates=["a04", "a40"], d="the same programme in another kabupaten with the same quota 20",
         at="2026-11-06T10:00", kim="kim-jorong"),
    dict(t="Konsultasi publik RTRW Kabupaten Banjar digelar di Martapura pekan ini, 150 peserta dari 20 kecamatan. Peta rawan "
           "banjir Sungai Martapura jadi bahasan utama.",
         imitates=["a13", "a14"], d="another kabupaten's RTRW consultation", at="2026-11-19T14:00"),
]

B2 = [
    dict(a="a03", t="Sore ini rombongan transmigran baru tiba di Haruai SP-4, disambut warga dengan hadrah. Besok katanya "
                    "pembagian kunci rumah. Selamat datang! 🙏", d="the arrival the day before the key handover release",
         h=24, kim="kim-muara-uya"),
    dict(a="a07", t="Pagi ini perwakilan warga UPT berangkat ke Banjarbaru, katanya ada penyerahan sertipikat lahan. Belum tahu "
                    "berapa yang jadi.", d="the morning of the handover, no figures", h=6),
    dict(a="a14", t="Hari ini konsultasi publik tata ruang di aula Bappelitbangda Kandangan. Warga Daha yang diundang sudah "
                    "berangkat pagi-pagi.", d="the morning of the consultation, no content", h=6, kim="kim-angkinang"),
    dict(a="a19", t="Dengar-dengar besok ada penyerahan sertifikat laik fungsi untuk sekolah dan puskesmas di Barabai. Sekolah "
                    "kami termasuk kah?", d="rumour the day before", h=26, kim="kim-pagat"),
    dict(a="a24", t="Para sekda kabupaten hari ini rapat di Banjarbaru membahas batas daerah. Semoga batas Balangan–Tabalong "
                    "cepat tuntas.", d="the morning of the meeting, no agreement yet", h=5, kim="kim-muara-uya"),
    dict(a="a28", t="Senin besok kepala SD dan SMP diundang ke Aula Rantau Baras, katanya ambil sertipikat tanah sekolah. "
                    "Bawa surat tugas.", d="the eve of the handover", h=20, kim="kim-binuang"),
    dict(a="a33", t="Pak Kades berangkat ke Batulicin pagi ini, ada sosialisasi soal surat tanah di kantor bupati. Pelayanan "
                    "surat di kantor desa ditunda sampai siang.", d="the morning of the socialisation", h=5),
    dict(a="a36", t="Stan-stan sedang dipasang di Siring 0 Km, katanya untuk pameran produk dari kampung-kampung transmigrasi "
                    "mulai Jumat.", d="set-up the day before the release", h=8, kim="kim-sungai-andai"),
    dict(a="a23", t="Petugas dinas datang ke Babirik bawa patok beton satu pikap. Katanya untuk tanah kas desa, besok mulai "
                    "dipasang.", d="materials arriving the day before", h=22, kim="kim-sungai-malang"),
]

P2 = [
    dict(a="a32", t="Guys, sebelum beli tanah cek dulu sertifikatnya ya 😅 Tanggal 23–27 Nov ada cek sertifikat gratis di semua "
                    "kantor BPN kabupaten/kota se-Kalsel. Tahun ini udah 17 kasus sertifikat palsu loh. Bawa yang asli + KTP, "
                    "sehari kelar."),
    dict(a="a22", t="Bati-Bati kompak! Saribu lima ratus patok tapasang hari Sabtu, Pa Wabup umpat manyaksiakan 👏 #Gemapatas"),
    dict(a="a01", t="Wkwk kirain transmigrasi udah nggak ada, ternyata tahun ini Kalsel nerima 150 KK baru: Hampang 60, Mantewe "
                    "50, Haruai 40. Dapat jatah hidup setahun plus pekarangan seperempat hektare. Semangat warga baru!"),
    dict(a="a08", t="Ampat ratus duapuluh sertipikat gasan warga Mantewe SP-2 wan SP-3, alhamdulillah. Pa Wabup bapasan jangan "
                    "dijual lah 🙏"),
]

LOCAL = [
    "Kerja bakti RT 04 Minggu pagi",
    "Posyandu balita pindah ke balai desa",
    "Harga karet naik tipis jadi Rp12.100/kg",
    "Jadwal pengajian ibu-ibu malam Kamis",
    "Lomba voli antar-RT dimulai Sabtu",
    "Jalan desa km 3 ditimbun batu",
    "PLN padam Selasa 09.00–12.00",
    "Santunan anak yatim di masjid jami",
    "Pemuda desa juara lomba perahu",
    "Pasar malam dibuka di lapangan kecamatan",
    "Vaksinasi rabies gratis hari Sabtu",
    "Banjir surut, sekolah kembali normal",
    "Harga gabah Rp6.800 per kilo",
    "Pelatihan membuat kue untuk ibu PKK",
    "Jembatan titian di RT 2 diperbaiki swadaya",
    "Donor darah di halaman puskesmas",
    "Feri tambahan jelang libur akhir tahun",
    "Maulid di langgar Al-Muhajirin malam Jumat",
]
