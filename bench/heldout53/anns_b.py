# Hand-written releases a15-a28 (same fields as anns_a.py).
A = []

A.append(dict(
    id="a15", src="pemkab-tanbu", t="11-14 11:45", slug="140-rumah-bsps-kusan-hilir-lolos-verifikasi-akhir",
    title="140 Rumah BSPS Kusan Hilir Lolos Verifikasi Akhir",
    text="""BATULICIN – Sebanyak 140 rumah di Kecamatan Kusan Hilir, Tanah Bumbu, dinyatakan lolos verifikasi akhir penerima Bantuan Stimulan Perumahan Swadaya (BSPS) 2026, Sabtu (14/11/2026). Sebelumnya diusulkan 212 rumah dari sembilan desa, termasuk Pagatan dan Juku Eja.

Sebanyak 72 rumah gugur karena status tanah belum jelas atau penghuninya sudah menerima bantuan rumah dalam lima tahun terakhir. “Yang gugur bukan dibuang. Kami arahkan ke program bedah rumah APBD dan Baznas,” kata Kepala Dinas Perumahan dan Kawasan Permukiman Tanah Bumbu, Ir. Darmawan Syarif.

Kelompok penerima akan dibentuk pekan depan, lalu memilih toko bangunan. Daftar nama penerima ditempel di kantor desa masing-masing mulai Senin (16/11/2026). (mc-tanbu/ds)""",
    s="Tanbu: 140 dari 212 usulan rumah di Kusan Hilir lolos verifikasi akhir BSPS 2026; daftar ditempel di kantor desa mulai 16/11.",
    p="Hasil verifikasi BSPS di Kusan Hilir: 140 rumah lulus matan 212 nang diusulakan. Nang gugur 72, kabanyakan tanahnya balum jelas. Kada dibuang jar Kadis, diarahkan ka APBD wan Baznas. Daftar nama ditempel di kantor desa 16/11 🙏",
    it="Tanbu: 140 rumah Kusan Hilir lolos verifikasi BSPS",
    n=[("tanbu", 70, "Satui village's own bedah rumah with CSR",
        "Desa Sungai Danau menerima bantuan bedah 5 rumah dari CSR tambang, dikerjakan bersama Koramil. Peletakan batu pertama Selasa kemarin."),
       ("tanbu", 180, "the kelompok formation told as its own later news, Juku Eja only",
        "Malam tadi di balai Desa Juku Eja dibentuk dua kelompok penerima bantuan rumah, masing-masing 10 orang. Mereka sepakat memilih toko bangunan di Pagatan."),
       ("tanbu", 100, "same kantor desa board, another notice (PBB)",
        "Di papan pengumuman kantor Desa Pagatan sudah ditempel daftar wajib pajak PBB yang belum lunas. Jatuh tempo 30 November.")],
    b=("tanbu", 30, "waiting for results, rumour of 212",
       "Dari 212 rumah yang diusulkan di Kusan Hilir, katanya tidak semua lolos. Hasilnya kapan diumumkan ya? Kami masih menunggu."),
))

A.append(dict(
    id="a16", src="pemkot-banjarbaru", t="11-12 15:10", slug="pemkot-terima-psu-11-perumahan-dari-pengembang",
    title="Pemkot Terima PSU 11 Perumahan dari Pengembang",
    text="""BANJARBARU – Pemerintah Kota Banjarbaru menerima penyerahan prasarana, sarana dan utilitas (PSU) dari 11 perumahan, Kamis (12/11/2026), di Balai Kota Banjarbaru. PSU yang diserahkan meliputi jalan lingkungan, saluran drainase, lampu jalan dan lahan makam seluas total 38 hektare.

Perumahan tersebut berada di Kecamatan Landasan Ulin, Liang Anggang dan Cempaka. Setelah diserahkan, pemeliharaan jalan dan saluran menjadi tanggung jawab Pemkot. “Banyak warga mengeluh jalan perumahan rusak tapi tidak ada yang mengurus karena belum diserahkan. Sekarang 11 perumahan itu bisa kami tangani,” kata Wakil Wali Kota Banjarbaru, Dr. Hj. Rina Mardiana.

Pemkot mencatat masih 64 perumahan yang belum menyerahkan PSU. Pengembang diminta melengkapi dokumen paling lambat 31 Desember. (humas-bjb/rm)""",
    s="Banjarbaru terima PSU 11 perumahan (38 ha: jalan, drainase, lampu, makam) di Landasan Ulin, Liang Anggang, Cempaka; 64 perumahan belum serahkan.",
    s2="Jalan dan saluran di 11 perumahan Banjarbaru kini diurus Pemkot setelah PSU diserahkan pengembang 12/11. Pengembang lain diberi batas 31 Desember.",
    p="Urang perumahan di Landasan Ulin, Liang Anggang, Cempaka, 11 perumahan PSU-nya sudah diserahakan ka Pemkot 👍 Jadi jalan rusak wan saluran mampat wayah ini Pemkot nang maurus. Masih 64 perumahan balum manyarahakan lah",
    it="Banjarbaru terima PSU 11 perumahan (38 ha)",
    n=[("bjb", 40, "same hall, same day, another event",
        "Sore tadi di Balai Kota Banjarbaru dibagikan piagam untuk 30 RT terbersih. RT 12 Guntung Manggis juara satu."),
       ("bjb", 120, "residents' complaint about a broken road in a developer estate not yet handed over",
        "Jalan masuk perumahan kami di Cempaka sudah setahun berlubang, pengembangnya menghilang. Katanya belum diserahkan ke Pemkot jadi tidak bisa diperbaiki. Mohon perhatian."),
       ("bjb", -420, "2025: the first handover of 5 estates",
        "Tahun lalu Pemkot Banjarbaru menerima PSU dari 5 perumahan, termasuk satu di Guntung Manggis. Jalannya kemudian diaspal awal tahun ini.")],
    b=("bjb", 20, "the day before: developers invited",
       "Undangan untuk para pengembang perumahan: besok jam 9 di Balai Kota ada penandatanganan berita acara serah terima PSU. Mohon hadir tepat waktu."),
))

A.append(dict(
    id="a17", src="pemkab-banjar", t="11-18 10:30", slug="disperkim-banjar-data-psu-140-perumahan",
    title="Disperkim Banjar Data PSU 140 Perumahan",
    text="""MARTAPURA – Dinas Perumahan dan Kawasan Permukiman Kabupaten Banjar mendata prasarana, sarana dan utilitas (PSU) di 140 perumahan, Rabu (18/11/2026). Sebagian besar perumahan berada di Kecamatan Gambut, Kertak Hanyar dan Martapura.

Petugas mencatat panjang jalan, kondisi saluran, lampu jalan dan fasilitas umum yang dijanjikan dalam siteplan. Hasilnya menjadi dasar serah terima PSU ke Pemkab. “Ada siteplan yang menjanjikan taman dan musala, tapi di lapangan lahannya sudah dijual jadi kavling. Itu yang kami catat,” ujar Kepala Disperkim Banjar, H. Ridwan Syafii, S.T.

Pengembang diminta menyerahkan dokumen siteplan paling lambat Senin (30/11/2026). Perumahan yang pengembangnya tidak lagi aktif akan diproses melalui berita acara dengan perwakilan warga. (mc-banjar/rs)""",
    s="Disperkim Banjar data PSU 140 perumahan (Gambut, Kertak Hanyar, Martapura); pengembang serahkan siteplan paling lambat 30/11.",
    p="Disperkim Banjar mandata jalan, saluran, lampu di 140 perumahan, kabanyakan di Gambut, Kertak Hanyar wan Martapura. Ada siteplan nang bajanji taman wan musala tapi lahannya dijual jadi kavling 😤 Pengembang disuruh manyarahakan siteplan sampai 30/11",
    it="Banjar data PSU 140 perumahan (siteplan s.d. 30/11)",
    n=[("banjar", 60, "a perumahan residents' own road repair by iuran",
        "Warga Perumahan Gambut Asri patungan memperbaiki jalan depan blok C, Rp150 ribu per rumah. Cor sepanjang 80 meter selesai Minggu."),
       ("banjar", 130, "residents' protest over the musala land in a Kertak Hanyar estate, not the PSU census",
        "Warga salah satu perumahan di Kertak Hanyar protes karena lahan yang dulu disebut untuk musala kini dipagar pemilik baru. Mereka akan mengadu ke DPRD."),
       ("banjar", 200, "same Kadis at another job: rusunawa inspection",
        "Kepala Disperkim Banjar meninjau Rusunawa Martapura dan menemukan 6 unit kosong. Pendaftaran penghuni baru dibuka Desember.")],
))

A.append(dict(
    id="a18", src="pemkab-kotabaru", t="11-25 14:40", slug="psu-empat-perumahan-di-sebelimbingan-diserahkan",
    title="PSU Empat Perumahan di Sebelimbingan Diserahkan",
    text="""KOTABARU – Pemerintah Kabupaten Kotabaru menerima penyerahan prasarana, sarana dan utilitas (PSU) dari empat perumahan di Kelurahan Sebelimbingan, Pulau Laut Utara, Rabu (25/11/2026). Penyerahan meliputi 3,2 kilometer jalan lingkungan dan 2,8 kilometer saluran drainase.

Dua dari empat perumahan itu perumahan bersubsidi yang dihuni sekitar 600 keluarga. Selama ini jalan dan saluran diperbaiki warga secara swadaya. “Mulai tahun depan, saluran di empat perumahan ini masuk jadwal normalisasi dinas,” kata Sekretaris Daerah Kotabaru, Drs. H. Hasanuddin Arief, M.Si.

Berita acara serah terima ditandatangani di aula setda. Pemkab menyiapkan anggaran pemeliharaan pada APBD 2027. Pengembang lain di Pulau Laut Utara diminta mengajukan penyerahan sebelum Maret 2027. (prokom-kotabaru/ha)""",
    s="Kotabaru terima PSU 4 perumahan di Sebelimbingan: 3,2 km jalan dan 2,8 km saluran; pemeliharaan masuk APBD 2027.",
    p="Ampat perumahan di Sebelimbingan sudah manyarahakan jalan wan saluran ka Pemkab Kotabaru, 3,2 km jalan, 2,8 km saluran. Kada swadaya tarus lagi, tahun depan dinas nang maurus 👍 #Kotabaru",
    it="Kotabaru terima PSU 4 perumahan Sebelimbingan",
    n=[("ktb", 50, "same Sekda the same day at a ferry meeting",
        "Sekda Kotabaru memimpin rapat persiapan angkutan feri Nataru di aula setda sore tadi. Jadwal tambahan kapal dibahas untuk 20 Desember–3 Januari."),
       ("ktb", 110, "a perumahan's own drainage gotong royong",
        "Minggu pagi warga Perumahan Sebelimbingan Indah kerja bakti membersihkan saluran depan blok A sampai C. Lumpurnya dibuang pakai gerobak."),
       ("ktb", -180, "flood complaint in a housing estate earlier",
        "Hujan deras semalam, perumahan kami di Sebelimbingan tergenang sebetis. Saluran mampet karena tidak pernah dinormalisasi.")],
))

A.append(dict(
    id="a19", src="pemkot-banjarmasin", t="11-16 16:00", slug="titian-ulin-basirih-diganti-beton-14-km.html",
    title="Titian Ulin Basirih Diganti Beton 1,4 Km",
    text="""BANJARMASIN – Pemerintah Kota Banjarmasin mulai mengganti titian ulin sepanjang 1,4 kilometer di Kelurahan Basirih dan Mantuil dengan titian beton, Senin (16/11/2026). Titian yang menghubungkan rumah-rumah di tepi Sungai Martapura itu sebagian sudah lapuk dan berlubang.

Titian baru selebar 1,5 meter dibangun di atas tiang pancang beton dengan anggaran Rp4,1 miliar. Selama pekerjaan, warga diminta melewati jalur sementara dari papan. “Ulin sekarang mahal dan susah dicari. Beton lebih awet dan anak-anak aman berangkat sekolah,” ujar Wakil Wali Kota Banjarmasin, H. Arifin Noor Mahmud.

Pekerjaan dibagi empat segmen dan ditargetkan selesai akhir Desember. Kontraktor diminta tidak menutup akses ke langgar dan sekolah pada jam salat dan jam masuk sekolah. (humas-bjm/an)""",
    s="Titian ulin 1,4 km di Basirih dan Mantuil diganti titian beton (Rp4,1 M) mulai 16/11, target akhir Desember; ada jalur papan sementara.",
    s2="Pemkot Banjarmasin bangun titian beton selebar 1,5 m di tepi Sungai Martapura, Basirih–Mantuil. Dikerjakan empat segmen.",
    p="Titian ulin di Basirih wan Mantuil nang sudah lapuk diganti beton, 1,4 kilo 👍 Salawas digawi, lewat titian papan dulu lah. Jar Pa Wawali, ulin wayah ini larang wan angil dicari. Target tuntung akhir Desember",
    it="Banjarmasin ganti titian ulin Basirih–Mantuil 1,4 km",
    n=[("bjm", 90, "a child fell from a broken titian in another kelurahan",
        "Seorang anak terjatuh ke sungai dari titian yang patah di Kelayan Barat sore tadi, alhamdulillah cepat ditolong warga. Titian itu memang sudah lama rapuh."),
       ("bjm", -260, "last year's titian in Kuin (2025), 600 m",
        "Dokumentasi 2025: titian beton 600 meter di Kuin Utara selesai dan diresmikan. Sekarang jadi jalur favorit anak sekolah."),
       ("bjm", 30, "same Wawali the same day at a school",
        "Wakil Wali Kota Banjarmasin menyerahkan 200 paket seragam di SDN Basirih 5 hari ini. Anak-anak senang sekali.")],
    b=("bjm", 28, "the day before: tiang pancang unloaded",
       "Tiang pancang beton sudah diturunkan dari tongkang di dekat Pasar Basirih. Kata tukang, pekerjaan titian mulai besok. Hati-hati lewat ya."),
))

A.append(dict(
    id="a20", src="pemkab-hsu", t="11-06 15:30", slug="titian-ulin-23-km-danau-panggang-rampung",
    title="Titian Ulin 2,3 Km Danau Panggang Rampung",
    text="""AMUNTAI – Titian ulin sepanjang 2,3 kilometer di Kecamatan Danau Panggang, Hulu Sungai Utara, rampung dan diresmikan Bupati HSU, Jumat (6/11/2026). Titian itu menghubungkan permukiman rawa dengan sekolah, puskesmas dan pasar kecamatan.

Berbeda dengan di kota, HSU tetap memakai ulin karena tiang beton sulit diangkut ke rawa. Pembangunannya menelan Rp3,2 miliar dari APBD dan dikerjakan sejak Juni. “Di musim air dalam, titian ini satu-satunya jalan kaki warga. Kalau titian putus, anak tidak sekolah,” kata Bupati HSU, H. Mas'ud Rahimi.

Peresmian ditandai dengan berjalan kaki bersama murid SD di atas titian. Pemkab menyerahkan perawatan ringan kepada desa. Kerusakan berat dapat dilaporkan melalui camat untuk ditangani dinas. (diskominfo-hsu/mr)""",
    s="HSU resmikan titian ulin 2,3 km di Danau Panggang (Rp3,2 M, APBD) yang menghubungkan permukiman rawa dengan sekolah, puskesmas, pasar.",
    p="Titian ulin 2,3 kilo di Danau Panggang sudah tuntung, diresmikan Pa Bupati 🎉 Wayah banyu dalam, ini haja jalan batis warga. Kada pakai beton karena tiang beton angil dibawa ka rawa #HSU",
    it="HSU resmikan titian ulin 2,3 km Danau Panggang",
    n=[("hsu", 120, "village repairs 30 m of titian itself",
        "Warga RT 2 Danau Panggang mengganti 30 meter papan titian yang patah, kayu sumbangan pengusaha setempat. Selesai dalam sehari."),
       ("hsu", 70, "same Bupati same day, other event: swamp buffalo festival",
        "Bupati HSU menyaksikan lomba kerbau rawa di Danau Panggang Jumat sore. Ada 40 peserta dari tiga kecamatan."),
       ("hsu", -90, "complaint before completion, other village",
        "Titian ke SD di Paminggir masih putus di dua titik, anak-anak harus naik jukung. Mohon diperhatikan pemerintah.")],
))

A.append(dict(
    id="a21", src="pemkab-batola", t="11-20 13:15", slug="jalan-lingkungan-paving-marabahan-kota-tuntas",
    title="Jalan Lingkungan Paving Marabahan Kota Tuntas",
    text="""MARABAHAN – Jalan lingkungan berlapis paving blok sepanjang 1,1 kilometer di Kelurahan Marabahan Kota, Barito Kuala, tuntas dikerjakan, Jumat (20/11/2026). Jalan di 14 gang itu sebelumnya berupa tanah yang becek dan tergenang setiap hujan.

Pekerjaan senilai Rp1,8 miliar juga membangun saluran di kedua sisi gang. Paving dipasang oleh kelompok warga melalui pola padat karya. “Yang mengerjakan warga gang sendiri, jadi mereka ikut menjaga. Gang yang dulu becek sekarang bisa dilewati gerobak dan motor,” kata Bupati Barito Kuala, H. Bahrul Ilmi.

Peresmian dilakukan di ujung gang dekat Masjid Jami. Pemkab akan melanjutkan paving di Kelurahan Ulu Benteng pada 2027. Warga diminta tidak membuang sampah ke saluran baru. (prokom-batola/bi)""",
    s="Paving jalan lingkungan 1,1 km di 14 gang Marabahan Kota selesai (Rp1,8 M, padat karya) dengan saluran di kedua sisi.",
    p="Gang-gang di Marabahan Kota, 14 buting, sudah dipaving 1,1 kilo 👏 Dulu bacak tiap hujan, wayah ini gerobak wan motor kawa lewat. Nang bagawi urang gang sorang. Tahun depan Ulu Benteng jar Pa Bupati",
    it="Batola: paving 1,1 km 14 gang Marabahan Kota tuntas",
    n=[("batola", -100, "a gang's own paving from its mosque donations",
        "Alhamdulillah, gang depan Masjid Al-Ikhlas sudah dipaving 60 meter dari dana infak jamaah. Terima kasih yang sudah menyumbang."),
       ("batola", 160, "Ulu Benteng 2027 plan told as its own news (survey)",
        "Petugas mengukur gang-gang di Ulu Benteng untuk rencana paving tahun depan. Baru pengukuran, belum pekerjaan."),
       ("batola", 50, "same Bupati same day: tree planting",
        "Bupati Batola menanam 500 bibit rambai di tepi Sungai Barito bersama pelajar Jumat pagi.")],
    b=("batola", 50, "workers finishing the last gang",
       "Tinggal satu gang lagi yang belum dipaving di dekat rumah kami. Bapak-bapak kerja sampai magrib, katanya minggu ini selesai."),
))

A.append(dict(
    id="a22", src="pemkot-banjarmasin", t="11-03 10:50", slug="48-bangunan-di-jalan-a-yani-ditegur-karena-tak-punya-pbg.html",
    title="48 Bangunan di Jalan A. Yani Ditegur karena Tak Punya PBG",
    text="""BANJARMASIN – Dinas PUPR Kota Banjarmasin melayangkan surat teguran kepada pemilik 48 bangunan di sepanjang Jalan A. Yani kilometer 1 hingga 6 yang belum memiliki Persetujuan Bangunan Gedung (PBG), Selasa (3/11/2026). Sebagian besar berupa ruko dan gudang yang dibangun atau direnovasi dalam tiga tahun terakhir.

Pemilik diberi waktu hingga 30 November untuk mengajukan PBG melalui SIMBG atau datang ke Mal Pelayanan Publik. “Kami tidak langsung menyegel. Kami beri kesempatan mengurus izin, dan petugas siap mendampingi,” kata Kepala Bidang Tata Bangunan PUPR Banjarmasin, Ir. Nadia Puspitasari.

Bangunan yang tetap tidak mengurus PBG setelah tenggat akan menerima teguran kedua, lalu penyegelan. Daftar bangunan dapat dilihat di kantor dinas. (humas-bjm/np)""",
    s="Dinas PUPR Banjarmasin tegur 48 bangunan tanpa PBG di Jl. A. Yani km 1–6; tenggat urus PBG 30 November, lalu teguran kedua dan segel.",
    p="48 bangunan di A. Yani km 1 sampai 6 kana tegur dinas PUPR Banjarmasin, kada baisi PBG. Dibari waktu sampai 30 November, mun kada maurus ya disegel ujungnya 😬 Kawa lewat SIMBG atau MPP",
    it="Banjarmasin tegur 48 bangunan tanpa PBG di A. Yani",
    n=[("bjm", 60, "same road, another event: jalan santai",
        "Minggu depan Jalan A. Yani km 2 ditutup pagi hari untuk jalan santai HUT Bank daerah. Pengendara diminta lewat jalan alternatif."),
       ("bjm", 140, "a warung owner asking whether a small kiosk needs PBG",
        "Numpang tanya, kalau cuma bikin warung kayu di depan rumah di Pekapuran, perlu PBG juga kah? Takut kena tegur."),
       ("bjm", -300, "2025: segel of 3 buildings on another road",
        "Tahun lalu tiga bangunan di Jalan Veteran disegel karena tidak punya izin. Dua di antaranya sekarang sudah buka lagi setelah mengurus izin.")],
))

A.append(dict(
    id="a23", src="pemkab-tabalong", t="11-10 11:20", slug="keringanan-50-persen-retribusi-pbg-bangunan-lama",
    title="Keringanan 50 Persen Retribusi PBG Bangunan Lama",
    text="""TANJUNG – Pemerintah Kabupaten Tabalong memberi keringanan 50 persen retribusi Persetujuan Bangunan Gedung (PBG) bagi bangunan lama yang belum berizin. Program yang diumumkan Selasa (10/11/2026) ini berlaku hingga 18 Desember.

Keringanan berlaku untuk rumah tinggal, ruko dan tempat usaha yang sudah berdiri sebelum 2024. Pemohon cukup membawa bukti kepemilikan tanah, foto bangunan dan gambar sederhana. “Banyak warga enggan mengurus karena mengira mahal. Dengan potongan separuh, rumah tinggal tipe kecil bisa di bawah Rp500 ribu,” kata Kepala DPMPTSP Tabalong, Hj. Rusdiana Fahmi.

Layanan dibuka di MPP Tabalong setiap hari kerja dan di kantor kecamatan pada hari Kamis. Bangunan baru tidak termasuk program ini. (diskominfo-tbl/rf)""",
    s="Tabalong diskon 50% retribusi PBG untuk bangunan lama (berdiri sebelum 2024) sampai 18 Desember; layanan di MPP dan kantor kecamatan tiap Kamis.",
    s2="Urus PBG rumah lama di Tabalong kini separuh harga: bawa bukti tanah, foto bangunan dan gambar sederhana. Bangunan baru tidak termasuk.",
    p="Nang baisi rumah lawas di Tabalong balum ba-PBG, ada diskon 50% retribusi sampai 18 Desember 😍 Rumah halus kawa di bawah Rp500 ribu jar Bu Kadis. Bawa bukti tanah, foto rumah wan gambar saderhana haja. Di MPP atau kecamatan hari Kamis",
    it="Tabalong diskon 50% retribusi PBG bangunan lama (s.d. 18/12)",
    n=[("tbl", 80, "same MPP, another service: passport",
        "Layanan paspor di MPP Tabalong dibuka lagi mulai Senin, kuota 40 pemohon per hari. Daftar online dulu."),
       ("tbl", 140, "a question about PBG for a new house, not covered",
        "Kami baru bangun rumah tahun ini di Mabuun, apakah bisa ikut potongan PBG? Kata petugas tidak bisa karena bangunan baru. Ya sudah, tetap diurus."),
       ("blg", 60, "Balangan PBG service at kecamatan, no discount",
        "DPMPTSP Balangan membuka layanan konsultasi PBG di Kecamatan Juai setiap Rabu mulai bulan ini. Tidak ada potongan, tapi dibantu mengisi SIMBG.")],
))

A.append(dict(
    id="a24", src="pemkab-hst", t="11-20 10:05", slug="sembilan-ruko-tanpa-pbg-di-barabai-disegel",
    title="Sembilan Ruko Tanpa PBG di Barabai Disegel",
    text="""BARABAI – Tim gabungan Satpol PP dan Dinas PUPR Hulu Sungai Tengah menyegel sembilan ruko yang dibangun tanpa Persetujuan Bangunan Gedung (PBG) di Jalan Murakata, Barabai, Jumat (20/11/2026). Pemiliknya sudah menerima dua kali teguran sejak Agustus.

Penyegelan dilakukan dengan memasang garis dan papan pengumuman di depan bangunan. Aktivitas pembangunan harus dihentikan, tetapi usaha yang sudah berjalan di lantai bawah tetap boleh buka. “Segel dibuka setelah PBG terbit. Kami tidak ingin mematikan usaha, tapi aturan tata bangunan harus dihormati,” kata Kepala Satpol PP HST, Drs. Akhmad Zaini.

Pemerintah daerah mendata 27 bangunan lain di Barabai yang masih dalam tahap teguran. Penyegelan berikutnya dijadwalkan Januari 2027. (humas-hst/az)""",
    s="Satpol PP dan PUPR HST segel 9 ruko tanpa PBG di Jl. Murakata Barabai; usaha lantai bawah tetap buka, 27 bangunan lain masih ditegur.",
    p="Sambilan ruko di Jalan Murakata Barabai disegel, kada baisi PBG, sudah dua kali ditegur 😬 Tapi warung di bawah masih kawa buka jar Pa Kasat, nang distop pambangunannya haja. Masih ada 27 lagi nang ditegur #Barabai",
    it="HST segel 9 ruko tanpa PBG di Jl. Murakata",
    n=[("hst", 30, "same Satpol PP same day: street vendors",
        "Satpol PP HST menertibkan pedagang kaki lima di trotoar Pasar Barabai Jumat siang. Pedagang diarahkan ke lantai dua pasar."),
       ("hst", 200, "a later event: one shop's seal lifted after its PBG was issued",
        "Alhamdulillah segel toko kami di Barabai sudah dibuka petugas setelah PBG terbit. Pembangunan lantai dua dilanjutkan minggu depan."),
       ("hst", -60, "same street, earlier: a fire drill",
        "Simulasi pemadaman kebakaran di ruko Jalan Murakata diikuti 50 pemilik toko. Damkar HST mengajarkan cara pakai APAR.")],
    b=("hst", 4, "same morning, before the release: the team seen arriving",
       "Pagi ini ramai Satpol PP di Jalan Murakata, pasang garis kuning di beberapa ruko. Ada apa ya? Yang tahu tolong infonya."),
))

A.append(dict(
    id="a25", src="pemkab-tanah-laut", t="11-05 13:35", slug="1860-titik-pju-cantolan-di-tala-akan-dipasangi-meteran",
    title="1.860 Titik PJU Cantolan di Tala akan Dipasangi Meteran",
    text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut bersama PLN UP3 Banjarbaru akan memasang meteran pada 1.860 titik penerangan jalan umum (PJU) yang selama ini tersambung tanpa meter atau cantolan. Kesepakatan ditandatangani Kamis (5/11/2026) di Pelaihari.

Selama ini tagihan PJU cantolan dihitung berdasarkan taksiran, sehingga Pemkab membayar lampu yang sebenarnya sudah mati. “Dengan meteran, kita bayar sesuai pemakaian. Hitungan awal kami, hemat sekitar Rp90 juta per bulan,” ujar Kepala Dinas Perumahan dan Permukiman Tanah Laut, H. Syahrial Anwar, S.T.

Pemasangan meteran dimulai dari Kecamatan Pelaihari dan Bati-Bati dan ditargetkan selesai 31 Desember. Lampu yang mati akan diganti LED pada waktu yang sama. (kominfo-tala/sa)""",
    s="Tala dan PLN sepakat pasang meteran di 1.860 titik PJU cantolan, hemat ±Rp90 juta/bulan; mulai Pelaihari dan Bati-Bati, target 31/12.",
    s2="PJU tanpa meter di Tanah Laut selama ini ditagih taksiran. Setelah kesepakatan 5/11 dengan PLN, 1.860 titik dipasangi meteran dan lampu mati diganti LED.",
    p="Lampu jalan cantolan di Tala, 1.860 titik, handak dipasangi meteran lawan PLN ⚡ Salawas ini bayar taksiran, lampu mati gin dibayar 😅 Hemat kira-kira 90 juta sabulan. Mulai Pelaihari wan Bati-Bati, tuntung 31 Desember",
    it="Tala meterisasi 1.860 PJU cantolan bersama PLN",
    n=[("tala", 100, "a village installs decorative lamps for a festival",
        "Desa Takisung memasang 40 lampu hias di jalan menuju pantai untuk menyambut malam tahun baru. Dananya dari BUMDes."),
       ("tala", 30, "PLN outage notice in Pelaihari, not PJU",
        "Info PLN: pemadaman bergilir di sebagian Pelaihari Sabtu 09.00–13.00 untuk pemeliharaan jaringan."),
       ("tala", 230, "same figure 1.860 meaning something else",
        "Sebanyak 1.860 pelajar SMP di Pelaihari mengikuti senam bersama di Stadion Pelaihari untuk memperingati Hari Guru.")],
))

A.append(dict(
    id="a26", src="pemkab-hss", t="11-23 15:25", slug="230-lampu-jalan-cantol-liar-di-kandangan-diputus.html",
    title="230 Lampu Jalan Cantol Liar di Kandangan Diputus",
    text="""KANDANGAN – Dinas Perumahan dan Permukiman Hulu Sungai Selatan bersama PLN memutus 230 lampu jalan yang dipasang warga dengan menyambung langsung ke jaringan listrik tanpa izin, Senin (23/11/2026). Lampu cantol liar itu tersebar di gang-gang Kecamatan Kandangan dan Angkinang.

Sebagai gantinya, dinas memasang 120 PJU resmi bermeteran di titik yang paling gelap. “Lampu swadaya itu niatnya baik, tapi kabelnya sering terkelupas dan berbahaya. Tagihannya juga masuk ke PJU kabupaten,” kata Kepala Dinas Perkim HSS, Ir. Mahyuni Ramadhan.

Pemutusan dilakukan siang hari agar tidak mengganggu warga pada malam hari. Warga yang ingin menambah lampu diminta mengusulkan lewat ketua RT dan kelurahan. Pemasangan 120 PJU ditargetkan selesai sebelum Natal. (diskominfo-hss/mr)""",
    s="Perkim HSS dan PLN putus 230 lampu jalan cantol liar di Kandangan dan Angkinang, diganti 120 PJU resmi bermeteran sebelum Natal.",
    p="Lampu jalan cantol di gang-gang Kandangan wan Angkinang 230 buting diputus dinas wan PLN ⚡ Niatnya baik jar Pa Kadis tapi kabelnya bahaya. Gantinya 120 PJU resmi ba-meteran. Mun handak tambah lampu, usulakan lewat RT haja",
    it="HSS putus 230 lampu cantol liar, ganti 120 PJU",
    n=[("hss", 80, "a gang's own metered lamps paid by the mosque, legal, not cut",
        "Gang Rahmat di Kandangan Kota memasang 8 lampu jalan dengan meteran sendiri atas nama masjid. Semua resmi, tagihan dibayar kas masjid."),
       ("hss", 150, "electric shock accident from an old cable elsewhere",
        "Seekor sapi mati tersengat kabel listrik yang putus di Loksado setelah hujan angin. Warga diminta waspada dan melapor ke PLN."),
       ("hss", -120, "same office earlier: road-name signs",
        "Dinas Perkim HSS memasang 60 papan nama jalan di Kandangan bulan ini. Warga senang alamat jadi mudah dicari.")],
    b=("hss", 5, "same afternoon: residents see PLN cutting cables, before the release",
       "Siang ini petugas PLN dan dinas memotong kabel lampu jalan di gang kami di Angkinang. Jadi gelap nanti malam kah?"),
))

A.append(dict(
    id="a27", src="pemkab-balangan", t="11-13 16:45", slug="410-pju-mati-di-balangan-mulai-diperbaiki",
    title="410 PJU Mati di Balangan Mulai Diperbaiki",
    text="""PARINGIN – Dinas Perumahan dan Kawasan Permukiman Balangan mulai memperbaiki 410 titik penerangan jalan umum (PJU) yang mati, Jumat (13/11/2026). Titik tersebut ditemukan dalam audit 3.400 PJU yang dilakukan dinas bersama kecamatan sepanjang Oktober.

Kerusakan terbanyak berupa lampu putus dan panel yang terendam air. Perbaikan dimulai dari jalan provinsi di Paringin dan Juai, lalu jalan kabupaten menuju Halong. “Setiap titik sudah kami beri nomor, jadi warga bisa melapor lampu mati dengan menyebut nomornya,” kata Kepala Disperkim Balangan, H. Ahmad Rifani, S.T.

Perbaikan ditargetkan selesai dalam tiga minggu. Warga dapat melapor lampu mati melalui kanal aduan Pemkab Balangan dengan menyertakan nomor tiang. (mc-balangan/ar)""",
    s="Disperkim Balangan perbaiki 410 PJU mati hasil audit 3.400 titik; mulai Paringin dan Juai lalu ke Halong, target 3 minggu.",
    p="Lampu jalan mati di Balangan 410 titik mulai dibaiki 💡 Tiang sudah dibari nomor, jadi mun malapor sambat nomornya haja. Mulai Paringin wan Juai, imbah tu ka Halong #Balangan",
    it="Balangan perbaiki 410 PJU mati (audit 3.400 titik)",
    n=[("blg", 60, "a village asking for new PJU, not repair",
        "Warga jalan desa Halong minta dipasang lampu jalan baru karena sepanjang 2 km gelap total. Usulan sudah masuk musrenbang."),
       ("blg", -250, "the October audit itself told in the field",
        "Tim kecamatan malam ini keliling Paringin menghitung lampu jalan yang mati. Kami ikut mendampingi, banyak yang panelnya berair."),
       ("blg", 190, "same Kadis at an award",
        "Kepala Disperkim Balangan menerima penghargaan pelayanan publik terbaik tingkat kabupaten di Pendopo Paringin.")],
))

A.append(dict(
    id="a28", src="pemkot-banjarmasin", t="11-13 17:20", slug="rumah-pompa-sungai-bilu-diuji-coba.html",
    title="Rumah Pompa Sungai Bilu Diuji Coba",
    text="""BANJARMASIN – Rumah pompa drainase di Kelurahan Sungai Bilu, Banjarmasin Timur, diuji coba Jumat (13/11/2026). Rumah pompa dengan tiga pompa berkapasitas total 1.500 liter per detik itu dibangun untuk mengurangi genangan saat hujan deras bersamaan dengan air pasang.

Pompa akan menyedot air dari saluran kawasan Sungai Bilu dan Pekapuran Raya ke Sungai Martapura. Pintu air otomatis menutup ketika muka sungai lebih tinggi dari saluran. “Genangan di kawasan ini biasanya bertahan enam jam. Dengan pompa, targetnya surut dalam satu jam,” kata Kepala Dinas PUPR Kota Banjarmasin, H. Fauzi Rakhman Noor.

Rumah pompa dioperasikan penuh mulai Desember dengan empat operator bergiliran. Warga diminta tidak membuang sampah ke saluran agar saringan pompa tidak tersumbat. (humas-bjm/fr)""",
    s="Rumah pompa Sungai Bilu (3 pompa, 1.500 l/detik) diuji coba 13/11; beroperasi penuh Desember untuk genangan Sungai Bilu dan Pekapuran Raya.",
    s2="Banjarmasin Timur punya rumah pompa drainase baru di Sungai Bilu dengan pintu air otomatis. Target genangan surut satu jam, bukan enam jam.",
    p="Rumah pompa di Sungai Bilu sudah dicoba, tiga pompa 1.500 liter sadetik 💪 Mun hujan labat wan banyu pasang, genangan Sungai Bilu wan Pekapuran Raya kaina surut sajam haja. Jangan buang sampah ka saluran lah dangsanak",
    it="Banjarmasin uji coba rumah pompa Sungai Bilu",
    n=[("bjm", 40, "heavy-rain flooding the same evening elsewhere (Kayu Tangi)",
        "Hujan deras malam ini, Jalan Kayu Tangi tergenang lagi setinggi mata kaki. Kapan ya di sini ada pompa?"),
       ("bjm", -330, "a portable pump at a mosque (2025)",
        "Masjid kami di Pekapuran Raya membeli pompa air portabel untuk menyedot genangan halaman setiap hujan. (foto 2025)"),
       ("bjm", 170, "PDAM booster pump repair in the same kelurahan",
        "Info PDAM: pompa booster di Sungai Bilu sedang diperbaiki, air kecil di sebagian Banjarmasin Timur sampai pukul 18.00.")],
    b=("bjm", 26, "the day before: residents hear pumps tested",
       "Dari tadi siang terdengar suara mesin di bangunan baru dekat saluran Sungai Bilu, katanya rumah pompa dicoba. Semoga tidak banjir lagi."),
))
