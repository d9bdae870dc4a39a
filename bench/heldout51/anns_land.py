# -*- coding: utf-8 -*-
"""heldout51, hand-written: land-dispute mediation (a10-a12), RTRW consultations (a13-a15), KKPR (a16, a17, a38),
SLF building certificates (a18-a20), same fields as anns_trans.py."""

A = {}

A["a10"] = dict(
    src="pemkab-tapin", at="2026-11-05T17:00",
    title="Pemkab Tapin Mediasi Sengketa Lahan Plasma 120 Hektare di Hatungun",
    text=[
        "RANTAU – Pemerintah Kabupaten Tapin memediasi sengketa lahan plasma seluas 120 hektare antara 34 warga Desa Hatungun "
        "dan PT Tapin Agro Lestari di Ruang Rapat Bupati, Kamis (5/11/2026). Warga menilai sebagian lahan yang dijanjikan "
        "sebagai kebun plasma justru masuk areal inti perusahaan.",
        "Mediasi dipimpin Asisten Pemerintahan Setda Tapin, M. Rizqon Fahmi, dan dihadiri Kantor Pertanahan Tapin. “Kedua pihak "
        "sepakat tidak saling klaim di lapangan sampai ada hasil ukur bersama. Angka luasnya nanti yang bicara, bukan emosi,” "
        "katanya.",
        "Pengukuran bersama oleh Kantah Tapin, perwakilan warga dan perusahaan dijadwalkan Rabu (2/12/2026). (tapin/kominfo)",
    ],
    S="Mediasi sengketa plasma 120 ha antara 34 warga Hatungun dan PT Tapin Agro Lestari, Kamis 5/11; ukur bersama Rabu 2/12.",
    L="Pemkab Tapin memediasi sengketa kebun plasma 120 hektare antara 34 warga Desa Hatungun dan PT Tapin Agro Lestari, "
      "Kamis 5 November di ruang rapat Bupati. Warga merasa sebagian lahan plasma masuk areal inti. Asisten Pemerintahan "
      "M. Rizqon Fahmi bilang kedua pihak sepakat tidak saling klaim sampai ada hasil ukur. Pengukuran bersama dengan Kantah "
      "Tapin Rabu 2 Desember.",
    P="Masalah lahan plasma di Hatungun sudah dimediasi Pemkab, hari Kamis di Rantau 🤝 Talu puluh ampat warga lawan PT, "
      "luasnya saratus duapuluh hektare. Jar Pa Asisten, sampai ada hasil ukur kada usah baklaim-klaiman di lapangan, "
      "angka nang bapandir. Diukur baimbai tanggal 2 Desember. Mudahan tuntung baik.",
    N=[
        dict(t="Sengketa batas kebun karet antara dua keluarga di Desa Batu Hapu diselesaikan di balai desa secara kekeluargaan, "
               "disaksikan Bhabinkamtibmas. Patok baru dipasang hari itu juga.",
             d="a private dispute in another village, settled locally"),
        dict(t="Warga Hatungun kembali berkumpul di depan kantor desa menuntut pembagian hasil plasma yang tertunda tiga bulan. "
               "Kades berjanji menyurati perusahaan.",
             d="same village and company, another issue (late profit share), no mediation"),
        dict(t="Pengukuran bersama lahan plasma Hatungun hari ini (2/12) diikuti 12 perwakilan warga. Hasilnya akan dibahas "
               "lagi di kantor bupati.",
             d="the next step (measurement on 2 Dec) told as its own news"),
    ],
    B=dict(t="Besok warga Hatungun diundang ke Rantau untuk mediasi soal lahan plasma. Semoga ada jalan keluar, sudah "
             "dua tahun masalah ini tidak selesai.",
           d="eve-of-mediation note, no outcome", h=24),
)

A["a11"] = dict(
    src="pemkab-banjar", at="2026-11-09T13:20",
    title="Klinik Mediasi Pertanahan Dibuka Tiap Kamis di MPP Martapura",
    text=[
        "MARTAPURA – Pemerintah Kabupaten Banjar bersama Kantor Pertanahan Banjar membuka Klinik Mediasi Pertanahan di Mal "
        "Pelayanan Publik Martapura. Layanan gratis ini dibuka setiap Kamis mulai Kamis (12/11/2026) pukul 09.00 sampai "
        "12.00 Wita bagi warga yang bersengketa soal batas, waris maupun jual beli tanah.",
        "“Tahun ini ada 48 aduan pertanahan yang masuk ke kami, 19 di antaranya selesai damai tanpa ke pengadilan. Klinik ini "
        "supaya warga punya tempat bertanya lebih awal,” kata Kepala Dinas Perumahan, Permukiman dan Pertanahan Banjar, "
        "Hendri Kusuma Wijaya.",
        "Warga cukup membawa fotokopi surat tanah dan KTP. Untuk kecamatan jauh, klinik akan hadir keliling mulai Januari 2027. "
        "(banjar/diskominfo)",
    ],
    S="Klinik Mediasi Pertanahan gratis di MPP Martapura tiap Kamis 09.00–12.00 mulai 12/11. Tahun ini 48 aduan, 19 damai.",
    L="Warga Kabupaten Banjar yang punya masalah tanah (batas, waris, jual beli) sekarang bisa datang ke Klinik Mediasi "
      "Pertanahan di MPP Martapura, tiap Kamis jam 9 sampai 12 mulai 12 November. Gratis, cukup bawa fotokopi surat tanah dan "
      "KTP. Kadis Perkimtan Hendri Kusuma Wijaya menyebut tahun ini ada 48 aduan, 19 selesai damai. Mulai Januari 2027 klinik "
      "keliling ke kecamatan jauh.",
    P="Pian ada masalah tanah, bahual batas lawan tatangga atawa urusan warisan? Di MPP Martapura ada klinik mediasi "
      "pertanahan, tiap hari Kamis jam sanga sampai jam dua balas, gratis ai. Jar Pa Kadis tahun ini ampat puluh dalapan "
      "aduan, sambilan balas sudah baakur. Bawa fotokopi surat tanah wan KTP haja.",
    N=[
        dict(t="MPP Martapura setiap Kamis juga melayani konsultasi BPJS Kesehatan di lantai dua. Antrean dibuka jam 8.",
             d="same venue and weekday, another service"),
        dict(t="Kantah Banjar menerima 48 berkas peralihan hak waris di loket Sabtu bulan ini. Proses rata-rata 5 hari kerja.",
             d="same office, same figure 48, another meaning (inheritance transfer files)"),
        dict(t="Warga Aranio bertanya apakah ada petugas pertanahan yang datang ke kecamatan. Kata camat, untuk sementara "
               "urusan tanah tetap ke kantor pertanahan; belum ada jadwal petugas ke Aranio.",
             d="a question about land services in Aranio, no clinic facts", kim="kim-aranio"),
    ],
    B=None,
)

A["a12"] = dict(
    src="pemkab-tabalong", at="2026-11-20T10:30",
    title="Sengketa Lahan SDN 2 Muara Uya Selesai Lewat Mediasi",
    text=[
        "TANJUNG – Sengketa lahan SD Negeri 2 Muara Uya seluas 8.000 meter persegi akhirnya selesai melalui mediasi di Kantor "
        "Camat Muara Uya, Jumat (20/11/2026). Ahli waris pemilik lahan sepakat menghibahkan tanah tersebut kepada Pemkab "
        "Tabalong dengan tali asih Rp85 juta dari APBD.",
        "“Sekolah ini berdiri sejak 1982 di atas tanah yang dulu hanya diserahkan secara lisan. Terima kasih kepada keluarga "
        "ahli waris yang mengutamakan anak-anak,” kata Kepala Dinas Pendidikan Tabalong, Abdul Muis Mahfudz. Selama sengketa, "
        "gerbang sekolah sempat dipasangi papan klaim.",
        "Akta hibah ditandatangani di notaris pekan depan, lalu lahan didaftarkan ke Kantah Tabalong pada Desember. "
        "(tbl/prokom)",
    ],
    S="Sengketa lahan SDN 2 Muara Uya (8.000 m²) selesai lewat mediasi Jumat 20/11: dihibahkan, tali asih Rp85 juta.",
    L="Mediasi di Kantor Camat Muara Uya, Jumat 20 November, mengakhiri sengketa lahan SDN 2 Muara Uya (8.000 m²). Ahli waris "
      "menghibahkan tanahnya ke Pemkab Tabalong dengan tali asih Rp85 juta. Kadisdik Abdul Muis Mahfudz berterima kasih, "
      "sekolah berdiri sejak 1982 di tanah yang dulu diserahkan lisan. Akta hibah ditandatangani pekan depan, pendaftaran ke "
      "Kantah Desember.",
    P="Alhamdulillah, masalah tanah SDN 2 Muara Uya tuntung 🙏 Ahli warisnya rela mahibahakan dalapan ribu meter pasagi, "
      "dibari tali asih dalapan puluh lima juta. Sakulahnya badiri matan 1982, tanahnya dahulu diserahakan pakai muntung "
      "haja. Papan klaim di gerbang sudah dicabut. Nyaman anak-anak basakulah.",
    N=[
        dict(t="Papan klaim tanah dipasang lagi di depan lapangan bola Desa Kampung Baru, Muara Uya. Pemilik mengaku belum "
               "pernah dibayar desa.",
             d="another plot (football field) and a new claim, no mediation", kim="kim-muara-uya"),
        dict(t="SDN 2 Muara Uya juara umum lomba gerak jalan tingkat kecamatan Jumat pagi (20/11). Selamat, anak-anak!",
             d="same school, same day, another event", kim="kim-muara-uya"),
        dict(t="Lahan SMP Negeri 3 Jaro juga bermasalah, kata ahli waris belum ada tali asih. Semoga segera dimediasi seperti "
               "di Muara Uya.",
             d="another school's unresolved dispute (a hope)"),
    ],
    B=dict(t="Jumat besok ada pertemuan di kantor camat soal tanah SDN 2. Wali murid berharap gerbang sekolah tidak dipasangi "
             "papan lagi.",
           d="eve-of-mediation note, no result", h=19, kim="kim-muara-uya"),
)

A["a13"] = dict(
    src="bappeda-kalsel", at="2026-11-10T16:00",
    title="Konsultasi Publik Ranperda RTRW Kalsel 2026–2046 Hadirkan 300 Peserta",
    text=[
        "BANJARMASIN – Badan Perencanaan Pembangunan Daerah (Bappeda) Kalimantan Selatan menggelar konsultasi publik "
        "Rancangan Peraturan Daerah Rencana Tata Ruang Wilayah (RTRW) Provinsi Kalsel 2026–2046 di Gedung Mahligai Pancasila, "
        "Selasa (10/11/2026). Sebanyak 300 peserta hadir, dari pemerintah kabupaten/kota, akademisi, pelaku usaha hingga "
        "masyarakat adat.",
        "“Kawasan lindung Meratus tetap kami pertahankan, sementara kawasan pertanian pangan berkelanjutan kami tambah "
        "sekitar 18.000 hektare,” kata Kepala Bappeda Kalsel, Iwan Setiadi Ramli. Rancangan juga memuat kawasan rawan banjir "
        "di sepanjang Sungai Barito dan Martapura.",
        "Masukan tertulis diterima melalui laman Bappeda sampai 30 November, sebelum dokumen diserahkan ke DPRD Kalsel. "
        "(mc-kalsel/bpd)",
    ],
    S="Konsultasi publik Ranperda RTRW Kalsel 2026–2046 di Mahligai Pancasila, Selasa 10/11, 300 peserta. Masukan sampai 30/11.",
    L="Bappeda Kalsel menggelar konsultasi publik Ranperda RTRW Provinsi 2026–2046, Selasa 10 November di Mahligai Pancasila, "
      "dengan 300 peserta dari kabupaten/kota, kampus, pengusaha dan masyarakat adat. Kepala Bappeda Iwan Setiadi Ramli: "
      "Meratus tetap kawasan lindung, lahan pangan berkelanjutan ditambah kira-kira 18.000 ha, kawasan rawan banjir Barito dan "
      "Martapura dipetakan. Masukan tertulis sampai 30 November lewat laman Bappeda, lalu dokumen ke DPRD.",
    P="Pamprov lagi manyusun RTRW Kalsel gasan duapuluh tahun ka hadapan (2026–2046) 🗺️ Konsultasi publiknya di Mahligai "
      "Pancasila hari Salasa, talu ratus urang datang. Jar Kapala Bappeda, Meratus tatap dijaga, lahan pangan ditambah kira-kira "
      "dalapan balas ribu hektare. Handak bapandir? Masukan sampai 30 November.",
    N=[
        dict(t="Mahligai Pancasila hari ini (10/11) juga jadi lokasi peringatan Hari Pahlawan tingkat provinsi. Jalan di depan "
               "gedung sempat ditutup pagi hari.",
             d="same venue and day, another event (Hari Pahlawan)", kim="kim-sungai-andai"),
        dict(t="Forum warga pesisir menolak rencana kawasan industri di dekat kampung mereka. \"Kami belum pernah diajak bicara "
               "soal tata ruang,\" kata ketua forum.",
             d="a complaint about an industrial zone, no consultation facts"),
        dict(t="Konsultasi publik RTRW Kota Banjarmasin dijadwalkan Desember di Balai Kota. Draf peta pola ruang kota belum "
               "dibagikan.",
             d="the city's own RTRW consultation, later", kim="kim-sungai-andai"),
    ],
    B=dict(t="Besok di Mahligai Pancasila ada konsultasi publik tata ruang provinsi. Yang mau ikut, datang jam 8, bawa "
             "undangan dari kabupaten.",
           d="invitation the day before, no content", h=21),
)

A["a14"] = dict(
    src="pemkab-hss", at="2026-11-17T15:30",
    title="Konsultasi Publik II Revisi RTRW HSS Bahas Kawasan Rawan Banjir Daha",
    text=[
        "KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan menggelar konsultasi publik kedua revisi RTRW HSS 2027–2047 di "
        "Aula Bappelitbangda, Kandangan, Selasa (17/11/2026). Sebanyak 120 peserta dari 11 kecamatan membahas peta kawasan "
        "rawan banjir di Daha Utara, Daha Selatan dan Daha Barat.",
        "“Kita tidak ingin permukiman baru tumbuh di dataran yang setiap tahun terendam. Peta ini kami buka supaya warga bisa "
        "mengoreksi,” ujar Kepala Bappelitbangda HSS, Rusdiansyah Mahmud. Peserta meminta jalur evakuasi dimasukkan ke "
        "rencana struktur ruang.",
        "Setelah perbaikan, dokumen diajukan untuk persetujuan substansi Kementerian ATR/BPN awal 2027. (hss/prokom)",
    ],
    S="Konsultasi publik II revisi RTRW HSS 2027–2047, Selasa 17/11 di Kandangan, 120 peserta, bahas rawan banjir Daha.",
    L=None,
    P="Bubuhan HSS, peta tata ruang hanyar (RTRW 2027–2047) dibahas pulang hari Salasa di aula Bappelitbangda 📍 Saratus "
      "duapuluh urang matan sabalas kecamatan hadir. Nang panting: kawasan rawan banyu di Daha kada bulih jadi parumahan "
      "hanyar. Warga minta jalur evakuasi dimasukakan jua. Kaina diajuakan ka Kementerian awal 2027.",
    N=[
        dict(t="Banjir setinggi lutut kembali merendam 140 rumah di Daha Utara pagi ini. Warga mengungsi ke sekolah.",
             d="a flood event in Daha, not the planning consultation", kim="kim-angkinang"),
        dict(t="Konsultasi publik pertama revisi RTRW HSS sudah digelar Agustus lalu di aula yang sama, 90 peserta.",
             d="the first consultation (August), an earlier round", kim="kim-angkinang"),
        dict(t="Aula Bappelitbangda HSS Selasa siang (17/11) juga dipakai rapat Musrenbang tematik stunting, 60 peserta.",
             d="same hall and day, another meeting", kim="kim-angkinang"),
    ],
    B=None,
)

A["a15"] = dict(
    src="pemkab-kotabaru", at="2026-11-23T11:45",
    title="Peta Rencana Pola Ruang Kotabaru Dipajang di 22 Kantor Kecamatan",
    text=[
        "KOTABARU – Pemerintah Kabupaten Kotabaru memajang peta rencana pola ruang dalam revisi RTRW di 22 kantor kecamatan "
        "mulai Senin (23/11/2026) sampai Jumat (4/12/2026). Warga dapat melihat peruntukan lahan di desanya dan menuliskan "
        "tanggapan pada formulir yang disediakan.",
        "“Jangan sampai ada kebun warga yang tiba-tiba tercatat sebagai kawasan hutan atau tambang. Kalau ada yang janggal, "
        "tulis saja, petugas kami akan cek satu per satu,” kata Kepala Dinas PUPR Kotabaru, Akhmad Sofyan Hadi. Di setiap "
        "kecamatan disiapkan petugas pendamping pada jam kerja.",
        "Semua tanggapan akan direkap dan dibahas dalam konsultasi publik ketiga pertengahan Desember. (kb/hms)",
    ],
    S="Kotabaru pajang peta pola ruang revisi RTRW di 22 kantor kecamatan, 23/11–4/12; warga bisa isi formulir tanggapan.",
    L="Mulai Senin 23 November sampai 4 Desember, peta rencana pola ruang revisi RTRW Kotabaru dipajang di 22 kantor "
      "kecamatan. Warga bisa cek peruntukan lahan desanya dan menulis tanggapan di formulir. Kadis PUPR Akhmad Sofyan Hadi "
      "minta warga melapor bila kebun tercatat sebagai hutan atau tambang. Tanggapan dibahas di konsultasi publik ketiga "
      "pertengahan Desember.",
    P="Dangsanak Kotabaru, peta tata ruang hanyar dipajang di kantor kecamatan barataan, 23 November sampai 4 Desember 🗺️ "
      "Ilangi lah, jangan sampai kabun kita tacatat jadi hutan atawa tambang. Amun ada nang kada cocok, tulis di formulir, "
      "jar Pa Kadis PUPR diciki satu-satu. Ada patugas nang mambantu jua.",
    N=[
        dict(t="Kantor Kecamatan Pulau Laut Utara hari ini membuka layanan perekaman KTP-el untuk pemilih pemula. Bawa KK.",
             d="same kind of office, another service"),
        dict(t="Warga Serongga protes kebun kelapa sawit mereka masuk peta kawasan tambang milik perusahaan. Mereka akan "
               "menyurati DPRD.",
             d="a protest about a mining-concession map, not the RTRW display"),
        dict(t="Undangan konsultasi publik ketiga RTRW Kotabaru sudah diedarkan: Selasa 15 Desember di Aula Bamega, 150 "
               "undangan, membahas rekap tanggapan warga.",
             d="the next step (third consultation in mid-December) told as its own news"),
    ],
    B=None,
)

A["a16"] = dict(
    src="pemkot-banjarmasin", at="2026-11-04T10:00",
    title="Gerai KKPR Gratis untuk Usaha Mikro Dibuka di MPP Banjarmasin",
    text=[
        "BANJARMASIN – Dinas Penanaman Modal dan PTSP Kota Banjarmasin membuka Gerai KKPR Gratis di Mal Pelayanan Publik "
        "Banjarmasin mulai Rabu (4/11/2026) hingga 18 Desember 2026. Gerai membantu 200 pelaku usaha mikro dan kecil mengurus "
        "Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR) melalui sistem OSS.",
        "“Banyak pelaku usaha terhenti di tahap KKPR karena bingung menentukan titik koordinat. Petugas kami yang bantu "
        "memetakan sampai dokumen terbit,” kata Kepala DPMPTSP Banjarmasin, Yusran Effendi. Layanan dibuka Senin sampai Jumat "
        "pukul 08.00–14.00 Wita.",
        "Pelaku usaha cukup membawa KTP, NIB dan foto lokasi usaha. Bila kuota belum terpenuhi, gerai akan jemput bola ke "
        "kelurahan. (hms-bjm/ry)",
    ],
    S="Gerai KKPR gratis untuk 200 usaha mikro-kecil di MPP Banjarmasin, 4/11–18/12, Senin–Jumat 08.00–14.00.",
    L="DPMPTSP Banjarmasin membuka gerai KKPR gratis di MPP mulai 4 November sampai 18 Desember, kuota 200 pelaku usaha mikro "
      "dan kecil. Petugas membantu menentukan titik koordinat sampai KKPR terbit lewat OSS. Kepala DPMPTSP Yusran Effendi "
      "bilang banyak usaha macet di tahap ini. Bawa KTP, NIB dan foto lokasi; buka Senin–Jumat jam 8–14.",
    P="Gasan pian nang bausaha halus-halus di Banjarmasin: di MPP ada gerai KKPR gratis, 4 November sampai 18 Desember, "
      "kuota duaratus. Patugas mambantu manantuakan titik lokasi sampai dokumennya tarbit di OSS. Bawa KTP, NIB wan foto "
      "tampat usaha haja. Buka Sanayan sampai Jumahat jam dalapan sampai jam dua.",
    N=[
        dict(t="MPP Banjarmasin juga membuka gerai NIB gratis untuk pedagang Pasar Sudimampir mulai pekan ini. Kuota 200 "
               "pedagang.",
             d="same venue, same quota 200, another document (NIB)", kim="kim-sungai-andai"),
        dict(t="Tahun lalu gerai KKPR di MPP melayani 85 pelaku usaha, sebagian besar warung makan. Programnya berakhir "
               "Desember 2025.",
             d="last year's edition"),
        dict(t="Ada yang bilang urus KKPR sekarang bayar Rp500 ribu lewat perantara. Itu bukan dari DPMPTSP, layanan resmi "
               "tidak dipungut biaya.",
             d="a warning about a paid intermediary, no gerai facts"),
    ],
    B=None,
)

A["a17"] = dict(
    src="pemkab-tanah-laut", at="2026-11-24T14:10",
    title="75 Pengembang dan Pelaku Usaha Tanah Laut Ikuti Sosialisasi KKPR",
    text=[
        "PELAIHARI – Pemerintah Kabupaten Tanah Laut menggelar sosialisasi Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR) bagi "
        "75 pengembang perumahan dan pelaku usaha di Aula Bappeda Tanah Laut, Selasa (24/11/2026). Peserta diajak memeriksa "
        "rencana lokasi usaha terhadap RDTR Pelaihari sebelum membeli lahan.",
        "“Ada perumahan yang sudah berdiri lalu ternyata masuk sempadan sungai atau lahan sawah dilindungi. Itu kerugian "
        "besar untuk pengembang dan pembeli,” kata Kepala Dinas PUPRP Tanah Laut, Dedy Hermansyah. Ia menyebut tahun ini 23 "
        "permohonan KKPR ditolak karena tidak sesuai tata ruang.",
        "Pemkab menyiapkan layanan konsultasi tata ruang setiap Rabu di Mal Pelayanan Publik Pelaihari mulai Desember. "
        "(tala/humas)",
    ],
    S="Sosialisasi KKPR untuk 75 pengembang dan pelaku usaha di Aula Bappeda Tala, Selasa 24/11; 23 permohonan ditolak tahun ini.",
    L=None,
    P="Tujuh puluh lima pangembang parumahan wan urang usaha di Tala diajari urusan KKPR hari Salasa di aula Bappeda. "
      "Pasannya: ciki dulu tata ruangnya sabalum manukar tanah, jangan sampai parumahan masuk sempadan sungai atawa sawah "
      "nang dilindungi. Tahun ini duapuluh talu permohonan ditolak jar Pa Kadis. Mulai Desember ada konsultasi tiap Rabu di MPP.",
    N=[
        dict(t="Perumahan subsidi di Jorong ternyata berdiri di lahan sawah dilindungi, 40 unit belum bisa akad. Warga yang "
               "sudah bayar DP resah.",
             d="a housing estate's own problem in Jorong, not the socialisation", kim="kim-jorong"),
        dict(t="Aula Bappeda Tanah Laut Selasa (24/11) pagi dipakai rapat evaluasi Musrenbang desa, 75 kepala desa hadir.",
             d="same hall and day, same count 75, another meeting", kim="kim-jorong"),
        dict(t="Warga Pelaihari heran izin bangun ruko ditolak. Ternyata lokasinya masuk jalur hijau di peta tata ruang. "
               "Pemilik akan mengajukan lokasi lain.",
             d="one owner's rejected permit, no socialisation"),
    ],
    B=None,
)

A["a38"] = dict(
    src="pemkab-hsu", at="2026-11-13T09:30",
    title="HSU Terbitkan 46 KKPR Gratis untuk Rumah Ibadah dan Madrasah",
    text=[
        "AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara menerbitkan 46 dokumen Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR) "
        "gratis untuk 31 masjid dan langgar serta 15 madrasah. Dokumen diserahkan Jumat (13/11/2026) di Pendopo Bupati HSU, "
        "Amuntai.",
        "“KKPR ini syarat sebelum mengurus PBG. Pengurus masjid dan yayasan madrasah sering terhambat karena biayanya, jadi "
        "tahun ini kami gratiskan,” kata Kepala Dinas PUPR HSU, Mukhlis Anshari. Seluruh pemetaan lokasi dilakukan petugas "
        "dinas yang turun ke 10 kecamatan sejak September.",
        "Program serupa dibuka lagi tahun 2027 dengan kuota 60 bangunan. Pengurus dapat mendaftar melalui kantor kecamatan. "
        "(hsu/kominfo)",
    ],
    S="HSU serahkan 46 KKPR gratis (31 masjid/langgar, 15 madrasah) di Pendopo Bupati, Jumat 13/11. Kuota 2027: 60 bangunan.",
    L=None,
    P="Kabar baik gasan pangurus masjid wan madrasah di HSU 🕌 Ampat puluh anam KKPR gratis sudah diserahakan di Pendopo "
      "hari Jumat, talu puluh sa masjid wan langgar, limabalas madrasah. Jar Pa Kadis PUPR, KKPR ini syarat sabalum maurus "
      "PBG. Tahun 2027 dibuka pulang, kuota anam puluh. Daftar di kantor kecamatan.",
    N=[
        dict(t="Pendopo Bupati HSU Jumat pagi (13/11) juga jadi tempat pelepasan 46 calon jemaah umrah dari Amuntai.",
             d="same venue and day, same count 46, another event (umrah)"),
        dict(t="Pengurus langgar di Babirik mengumpulkan fotokopi sertipikat wakaf untuk mengurus izin renovasi, biayanya "
               "dari swadaya jemaah.",
             d="a langgar's own permit paperwork, no free KKPR handover", kim="kim-sungai-malang"),
        dict(t="Masjid Al-Ikhlas Paliwara gotong royong mengecor lantai dua, swadaya jemaah Rp74 juta.",
             d="a mosque's own construction work, no permits"),
    ],
    B=None,
)

A["a18"] = dict(
    src="pemkot-banjarbaru", at="2026-11-13T15:10",
    title="64 Gedung di Banjarbaru Wajib Kantongi SLF Sebelum Akhir Tahun",
    text=[
        "BANJARBARU – Pemerintah Kota Banjarbaru menetapkan 64 bangunan gedung wajib memiliki Sertifikat Laik Fungsi (SLF) "
        "paling lambat 31 Desember 2026. Daftar itu meliputi hotel, rumah sakit swasta, sekolah swasta dan ruko tiga lantai "
        "ke atas, diumumkan Jumat (13/11/2026).",
        "“SLF memastikan gedung aman dipakai: strukturnya, jalur evakuasinya, proteksi kebakarannya. Pemilik yang belum "
        "mengurus kami dampingi, bukan langsung kami sanksi,” kata Kepala Dinas PUPR Banjarbaru, Ir. Gusti Rizal Anshari. "
        "Loket konsultasi SLF dibuka di Mal Pelayanan Publik Banjarbaru setiap hari kerja.",
        "Gedung yang belum mengajukan SLF hingga batas waktu akan menerima surat peringatan pertama pada Januari 2027. "
        "(bjb/kmf)",
    ],
    S="Banjarbaru: 64 gedung (hotel, RS swasta, sekolah swasta, ruko ≥3 lantai) wajib punya SLF paling lambat 31/12.",
    L="Pemkot Banjarbaru mengumumkan 64 gedung wajib memiliki Sertifikat Laik Fungsi paling lambat 31 Desember: hotel, RS "
      "swasta, sekolah swasta, ruko tiga lantai ke atas. Kadis PUPR Gusti Rizal Anshari bilang pemilik didampingi dulu, bukan "
      "langsung disanksi; loket konsultasi SLF ada di MPP tiap hari kerja. Yang belum mengajukan dapat surat peringatan I "
      "Januari 2027.",
    P="Pamilik hotel, ruko tinggi wan rumah sakit swasta di Banjarbaru, ingat lah: anam puluh ampat gedung wajib baisi "
      "SLF sabalum akhir tahun 🏢 SLF tu tanda gedung aman, strukturnya, jalur evakuasinya, pamadam apinya. Jar Pa Kadis "
      "didampingi dahulu, kada langsung disanksi. Loket konsultasinya di MPP.",
    N=[
        dict(t="Damkar Banjarbaru memeriksa APAR di 64 warung makan sekitar Lapangan Murjani, 9 warung diminta mengganti "
               "tabung kedaluwarsa.",
             d="same figure 64, another meaning (fire-extinguisher check at eateries)", kim="kim-cempaka"),
        dict(t="Ruko tiga lantai di Jalan A. Yani km 34 tetap buka meski belum punya SLF? Kata pemiliknya sedang diurus, "
               "pemeriksaan teknis pekan depan.",
             d="one building's own status, no list"),
        dict(t="Tahun lalu Pemkot Banjarbaru menerbitkan SLF untuk 28 gedung pemerintah, termasuk Balai Kota. Kini giliran "
               "gedung swasta.",
             d="last year's SLF issuance for government buildings"),
    ],
    B=None,
)

A["a19"] = dict(
    src="pemkab-hst", at="2026-11-18T13:00",
    title="12 Gedung Sekolah dan Puskesmas di HST Terima SLF",
    text=[
        "BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah menerbitkan Sertifikat Laik Fungsi (SLF) untuk 12 gedung milik "
        "daerah, terdiri atas delapan gedung sekolah dan empat puskesmas, Rabu (18/11/2026). Penyerahan dilakukan di Aula "
        "Murakata, Barabai.",
        "“Ini pertama kalinya gedung milik pemda di HST mengantongi SLF. Pemeriksaannya ketat, dua gedung sempat tertunda "
        "karena tangga daruratnya kurang lebar,” kata Kepala Dinas PUPRP HST, Syarifuddin Noor. Pemeriksaan dilakukan tim "
        "profesi ahli sejak Agustus.",
        "Tahun 2027 giliran 30 gedung lain, termasuk RSUD dan kantor kecamatan, diperiksa bertahap. (hst/diskominfo)",
    ],
    S="HST terbitkan SLF untuk 12 gedung pemda (8 sekolah, 4 puskesmas), Rabu 18/11 di Aula Murakata. 2027 giliran 30 gedung.",
    L=None,
    P="Dua balas gedung pamarintah di HST sudah dapat SLF, dalapan sakulah wan ampat puskesmas 🏫 Hanyar partama kali gedung "
      "pemda baisi sertifikat laik fungsi. Jar Pa Kadis, dua gedung sampat tatunda gara-gara tangga daruratnya kurang "
      "luas. Tahun 2027 talu puluh gedung pulang diparisa.",
    N=[
        dict(t="Aula Murakata Rabu (18/11) juga dipakai seleksi Duta Wisata HST 2026, 12 pasang finalis.",
             d="same hall and day, same count 12, another event", kim="kim-pagat"),
        dict(t="Puskesmas Hantakan direnovasi, pelayanan sementara pindah ke balai desa sampai Januari.",
             d="one puskesmas's renovation, no SLF", kim="kim-hantakan"),
        dict(t="RSUD Barabai menambah ruang isolasi dan tangga darurat baru di gedung rawat inap; pekerjaan ditargetkan "
               "selesai Januari.",
             d="a hospital's own construction, no certificates"),
    ],
    B=None,
)

A["a20"] = dict(
    src="pemkab-tanbu", at="2026-11-02T11:30",
    title="Tanah Bumbu Latih 30 Tenaga Pengkaji Teknis SLF",
    text=[
        "BATULICIN – Dinas PUPR Tanah Bumbu melatih 30 tenaga pengkaji teknis Sertifikat Laik Fungsi (SLF) di Aula Kantor "
        "Bupati, Senin (2/11/2026) hingga Rabu (4/11/2026). Peserta berasal dari konsultan lokal, ASN teknik dan dosen teknik "
        "sipil.",
        "“Selama ini pemilik gedung harus mendatangkan pengkaji dari Banjarmasin, biayanya mahal. Dengan 30 pengkaji lokal, "
        "pengurusan SLF bisa lebih cepat dan murah,” kata Kepala Dinas PUPR Tanah Bumbu, Hj. Erna Widyastuti. Materi mencakup "
        "pemeriksaan struktur, kebakaran, sanitasi dan aksesibilitas.",
        "Peserta yang lulus uji akhir akan didaftarkan dalam SIMBG dan mulai bertugas Januari 2027. (tanbu/dkisp)",
    ],
    S="Tanbu latih 30 tenaga pengkaji teknis SLF, 2–4 November di Aula Kantor Bupati; bertugas Januari 2027.",
    L=None,
    P="Tanbu manyiapakan talu puluh urang pangkaji teknis SLF, baajar talu hari di aula kantor bupati 👷 Salawas ini "
      "amun handak maurus SLF musti mambawa pangkaji matan Banjarmasin, larang. Kaina amun ada pangkaji lokal, labih "
      "capat wan murah jar Bu Kadis. Bagawi mulai Januari.",
    N=[
        dict(t="Aula Kantor Bupati Tanbu hari ini juga dipakai pelatihan 30 operator SIPD desa. Peserta dari 10 kecamatan.",
             d="same hall, same count 30, another training"),
        dict(t="Konsultan kami di Batulicin menerima jasa pengkajian SLF ruko dan gudang. Hubungi kantor kami di Jalan "
               "Raya Batulicin.",
             d="a private consultant's advertisement"),
        dict(t="Pelatihan pengkaji teknis SLF gelombang kedua rencananya Maret 2027, kuota 20 orang.",
             d="the second wave later"),
    ],
    B=None,
)
