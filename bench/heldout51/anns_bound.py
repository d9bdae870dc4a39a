# -*- coding: utf-8 -*-
"""heldout51, hand-written: boundary markers (Gemapatas, a21-a23), boundaries between kabupaten (a24-a26),
certifying local-government land (a27-a29), customary territories (a30, a31), land-fraud prevention (a32, a33, a39),
land consolidation (a34, a35); same fields as anns_trans.py."""

A = {}

A["a21"] = dict(
    src="kanwil-bpn-kalsel", at="2026-11-07T12:00",
    title="Gemapatas Serentak, 12.000 Patok Batas Tanah Dipasang di Kalsel",
    text=[
        "BANJARBARU – Kantor Wilayah BPN Kalimantan Selatan menggelar Gerakan Masyarakat Pemasangan Tanda Batas (Gemapatas) "
        "serentak di 13 kabupaten/kota, Sabtu (7/11/2026). Sebanyak 12.000 patok beton dipasang oleh pemilik tanah di 52 desa "
        "yang tahun depan menjadi lokasi pendaftaran tanah.",
        "“Patok yang dipasang sendiri oleh pemilik dan disaksikan tetangga adalah cara paling murah mencegah sengketa batas. "
        "Petugas ukur kami tinggal mencatat,” kata Kepala Kanwil BPN Kalsel, Bambang Hermawan Susilo, saat meninjau pemasangan "
        "di Kecamatan Cempaka, Banjarbaru.",
        "Pemilik yang belum memasang patok diberi waktu sampai akhir Desember sebelum pengukuran dimulai. (bpn-kalsel/hm)",
    ],
    S="Gemapatas serentak Sabtu 7/11: 12.000 patok batas tanah dipasang pemilik di 52 desa, 13 kabupaten/kota Kalsel.",
    L="Sabtu 7 November, Kanwil BPN Kalsel menggelar Gemapatas serentak di 13 kabupaten/kota: 12.000 patok beton dipasang "
      "sendiri oleh pemilik tanah di 52 desa calon lokasi pendaftaran tanah 2027. Kakanwil Bambang Hermawan Susilo meninjau "
      "di Cempaka dan bilang patok yang disaksikan tetangga mencegah sengketa. Yang belum pasang diberi waktu sampai akhir "
      "Desember.",
    P="Hari Sabtu tadi Gemapatas sarantak di Kalsel, dua balas ribu patok dipasang urang nang baisi tanah di limapuluh dua "
      "desa 📍 Jar Pa Kakanwil BPN, patok nang dipasang saurang wan disaksiakan tatangga tu cara paling murah supaya kada "
      "bahual batas. Nang balum pasang, sampai akhir Desember. #Gemapatas",
    N=[
        dict(t="Warga RT 05 Cempaka Sabtu pagi (7/11) kerja bakti membersihkan makam, dilanjutkan makan bersama.",
             d="same place and day, another activity", kim="kim-cempaka"),
        dict(t="Harga patok beton di toko bangunan sekitar kami naik jadi Rp35 ribu per buah sejak ada program pasang patok. "
               "Ada yang tahu patok dari BPN gratis atau tidak?",
             d="a price complaint and a question, no event facts"),
        dict(t="Gemapatas tahun 2025 memasang 8.500 patok di 37 desa. Tahun ini katanya lebih banyak.",
             d="last year's edition"),
    ],
    B=dict(t="Besok Sabtu warga diminta hadir di kebun masing-masing jam 8 pagi untuk pasang patok batas tanah, disaksikan "
             "tetangga dan RT. Patok beton sudah di balai desa.",
           d="the eve, village preparations", h=16, kim="kim-cempaka"),
)

A["a22"] = dict(
    src="pemkab-tanah-laut", at="2026-11-07T17:30",
    title="1.500 Patok Batas Bidang Dipasang Warga Bati-Bati dalam Gemapatas",
    text=[
        "PELAIHARI – Sebanyak 1.500 patok batas bidang tanah dipasang warga empat desa di Kecamatan Bati-Bati dalam Gerakan "
        "Masyarakat Pemasangan Tanda Batas (Gemapatas), Sabtu (7/11/2026). Kegiatan dipusatkan di Desa Bati-Bati dan dihadiri "
        "Wakil Bupati Tanah Laut, Sutrisno Wahyudi.",
        "“Ini modal agar pendaftaran tanah tahun depan di Bati-Bati berjalan cepat. Yang bersengketa kita selesaikan sekarang, "
        "sebelum petugas ukur datang,” kata Wakil Bupati. Kantor Pertanahan Tanah Laut mencatat tiga bidang masih diperdebatkan "
        "batasnya.",
        "Tiga bidang tersebut akan dimediasi di kantor desa pada Kamis (12/11/2026) bersama perangkat desa dan petugas "
        "Kantah. (tala/humas)",
    ],
    S="1.500 patok batas dipasang warga 4 desa di Bati-Bati (Gemapatas), Sabtu 7/11, dihadiri Wabup Tala Sutrisno Wahyudi.",
    L="Dalam Gemapatas Sabtu 7 November, warga empat desa di Kecamatan Bati-Bati memasang 1.500 patok batas tanah; pusatnya "
      "di Desa Bati-Bati dan Wabup Tanah Laut Sutrisno Wahyudi hadir. Menurut Kantah Tala, tiga bidang masih diperdebatkan "
      "batasnya dan akan dimediasi di kantor desa Kamis 12 November.",
    P="Saribu lima ratus patok dipasang warga Bati-Bati hari Sabtu, ampat desa baimbai 💪 Pa Wabup datang jua. Jar sidin "
      "amun batas sudah jalas, pendaftaran tanah tahun dudi capat. Ada talu bidang nang masih bahual, kaina dimediasi di "
      "kantor desa hari Kamis. #BatiBati #Gemapatas",
    N=[
        dict(t="Gemapatas di Kecamatan Jorong dijadwalkan Sabtu depan, 900 patok untuk tiga desa. Patok sudah diantar ke "
               "kantor camat.",
             d="another kecamatan, next Saturday, its own count", kim="kim-jorong"),
        dict(t="Mediasi tiga bidang tanah di kantor Desa Bati-Bati hari ini (12/11) selesai, dua sepakat, satu lanjut ke "
               "Kantah.",
             d="the follow-up mediation on 12 Nov told as its own news"),
        dict(t="Wakil Bupati Tanah Laut Sutrisno Wahyudi Sabtu sore (7/11) menghadiri turnamen sepak bola Bati-Bati Cup di "
               "lapangan kecamatan.",
             d="same official, same day and place, another event", kim="kim-jorong"),
    ],
    B=dict(t="Patok beton untuk Gemapatas sudah datang di balai Desa Bati-Bati, 1 truk. Besok pagi dibagikan per RT.",
           d="materials arriving the day before", h=22),
)

A["a23"] = dict(
    src="pemkab-hsu", at="2026-11-26T10:00",
    title="HSU Pasang 800 Patok di Tanah Kas Desa Babirik dan Danau Panggang",
    text=[
        "AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara memasang 800 patok batas pada tanah kas desa di Kecamatan Babirik dan "
        "Danau Panggang, Kamis (26/11/2026). Program yang dibiayai APBD ini menandai 214 bidang milik 19 desa, sebagian besar "
        "lahan rawa dan bekas sawah desa.",
        "“Tanah kas desa sering berkurang pelan-pelan karena batasnya tidak jelas. Setelah dipatok, kita foto dan masukkan ke "
        "daftar aset desa,” kata Kepala Dinas Pemberdayaan Masyarakat dan Desa HSU, Hj. Rahmaniah Aulia. Pemasangan melibatkan "
        "perangkat desa dan Bhabinkamtibmas.",
        "Tahap berikutnya, 214 bidang itu diusulkan untuk disertipikatkan atas nama desa pada 2027. (hsu/kominfo)",
    ],
    S="HSU pasang 800 patok batas tanah kas desa (214 bidang, 19 desa) di Babirik dan Danau Panggang, Kamis 26/11.",
    L=None,
    P="Tanah kas desa di Babirik wan Danau Panggang dipatok, dalapan ratus buting, hari Kamis 📍 Duaratus sapuluh ampat "
      "bidang punya sambilan balas desa, kabanyakan tanah rawa wan bakas sawah desa. Jar Bu Kadis PMD, tanah desa rancak "
      "bakurang palan-palan amun batasnya kada jalas. Tahun 2027 diusulakan disertipikatkan.",
    N=[
        dict(t="Warga Babirik memasang patok batas kebun pribadi setelah ada sengketa dengan tetangga. Patok kayu ulin, "
               "dibeli sendiri.",
             d="a private plot, own initiative", kim="kim-sungai-malang"),
        dict(t="Kapan Danau Panggang dapat Gemapatas dari BPN? Kata Kantah, desa kami belum masuk lokasi 2027.",
             d="BPN's programme, not HSU's village-land markers; answered 'not yet'"),
        dict(t="Pemdes Paliwara melaporkan 214 bidang tanah warga sudah terdaftar di peta desa digital.",
             d="same figure 214, another meaning (residents' plots on a digital map)"),
    ],
    B=None,
)

A["a24"] = dict(
    src="pemprov-kalsel", at="2026-11-12T16:20",
    title="Empat Segmen Batas Antarkabupaten di Kalsel Disepakati",
    text=[
        "BANJARBARU – Empat segmen batas antarkabupaten di Kalimantan Selatan disepakati dalam rapat Tim Penegasan Batas Daerah "
        "di Gedung Gawi Sabarataan, Banjarbaru, Kamis (12/11/2026). Keempatnya adalah segmen Banjar–Tapin, Hulu Sungai "
        "Selatan–Hulu Sungai Tengah, Balangan–Tabalong dan Tanah Laut–Banjar, dengan panjang total 214 kilometer.",
        "“Batas yang jelas penting untuk pelayanan publik, pendataan penduduk dan pembagian dana. Sengketa kecil di lapangan "
        "sudah dibahas bersama para camat,” kata Kepala Biro Pemerintahan Setda Kalsel, Noorlaila Safitri. Berita acara "
        "ditandatangani para sekda kabupaten.",
        "Berita acara akan dikirim ke Kementerian Dalam Negeri untuk penetapan Permendagri, sedangkan pilar batas dipasang "
        "bertahap mulai akhir November. (mc-kalsel/rd)",
    ],
    S="Empat segmen batas antarkabupaten (Banjar–Tapin, HSS–HST, Balangan–Tabalong, Tala–Banjar; 214 km) disepakati Kamis 12/11.",
    L="Kamis 12 November di Gedung Gawi Sabarataan, Tim Penegasan Batas Daerah Kalsel menyepakati empat segmen batas: "
      "Banjar–Tapin, HSS–HST, Balangan–Tabalong dan Tanah Laut–Banjar, total 214 km. Karo Pemerintahan Noorlaila Safitri bilang "
      "batas jelas penting untuk layanan dan pendataan. Berita acara diteken para sekda, dikirim ke Kemendagri; pilar batas "
      "dipasang mulai akhir November.",
    P="Batas antar kabupaten di Kalsel, ampat segmen sudah sapakat: Banjar–Tapin, HSS–HST, Balangan–Tabalong, Tala–Banjar. "
      "Panjangnya duaratus ampatbalas kilo 🗺️ Jar Bu Karo Pamarintahan, batas nang jalas panting gasan palayanan wan "
      "pandataan panduduk. Kaina dikirim ka Kemendagri, pilar dipasang mulai akhir November.",
    N=[
        dict(t="Rapat di Gedung Gawi Sabarataan Kamis (12/11) pagi membahas kesiapan Natal dan Tahun Baru bersama Forkopimda.",
             d="same venue and day, another meeting"),
        dict(t="Warga perbatasan Tapin–HSS bertanya ikut kabupaten mana untuk urus KTP, karena dua desa sama-sama mengklaim "
               "dusun mereka. Segmen ini belum dibahas tahun ini.",
             d="another (undiscussed) segment, a residents' question"),
        dict(t="Tahun 2025 Kalsel menyepakati tiga segmen batas, di antaranya Batola–Banjarmasin sepanjang 31 km.",
             d="last year's agreement"),
    ],
    B=None,
)

A["a25"] = dict(
    src="pemkab-balangan", at="2026-11-24T15:00",
    title="Balangan dan Tabalong Pasang Sembilan Pilar Batas di Segmen Halong",
    text=[
        "PARINGIN – Pemerintah Kabupaten Balangan dan Tabalong memasang sembilan pilar batas utama di segmen Halong–Muara Uya, "
        "Selasa (24/11/2026). Pemasangan mengikuti kesepakatan batas antarkabupaten yang ditandatangani di Banjarbaru awal "
        "bulan ini.",
        "Tim gabungan menempuh jalur kebun karet dan perbukitan sepanjang 17 kilometer. “Pilar ini untuk kepastian warga di "
        "desa perbatasan, terutama soal KTP dan bantuan sosial. Tidak ada desa yang berpindah kabupaten,” kata Asisten "
        "Pemerintahan Setda Balangan, Akhmad Zainuddin. Titik koordinat setiap pilar dicatat dengan GPS geodetik.",
        "Pemasangan di segmen Balangan–HST direncanakan pada 2027 setelah kesepakatannya selesai. (blg/dkp)",
    ],
    S="Balangan–Tabalong pasang 9 pilar batas di segmen Halong–Muara Uya (17 km), Selasa 24/11. Tidak ada desa pindah kabupaten.",
    L=None,
    P="Sambilan pilar batas dipasang di wates Halong wan Muara Uya, hari Salasa 🏁 Tim Balangan wan Tabalong bajalan "
      "liwat kabun gatah wan gunung, tujuhbalas kilo. Jar Pa Asisten, kada ada desa nang bapindah kabupaten, ini gasan "
      "kapastian urusan KTP wan bantuan. Balangan–HST kaina 2027.",
    N=[
        dict(t="Warga Desa Gunung Riut, Halong, bergotong royong memperbaiki jalan kebun karet yang longsor sepanjang "
               "200 meter.",
             d="same area, another activity", kim="kim-halong"),
        dict(t="Dengar-dengar warga desa perbatasan di Muara Uya harus membuat KTP baru tahun depan. Camat bilang belum ada "
               "aturan seperti itu.",
             d="a rumour about ID cards, denied; no pillars", kim="kim-muara-uya"),
        dict(t="Pilar batas Tabalong–Kalimantan Tengah di Jaro dicek ulang tim provinsi pekan depan, ada dua pilar yang "
               "hilang.",
             d="another boundary (with Kalteng), later", kim="kim-muara-uya"),
    ],
    B=dict(t="Tim batas dari Paringin dan Tanjung hari ini menginap di Halong, besok mulai pasang pilar di perbatasan.",
           d="the eve, the team arriving", h=20, kim="kim-halong"),
)

A["a26"] = dict(
    src="pemkab-batola", at="2026-11-16T10:40",
    title="Batola dan Banjarmasin Telusuri Batas Sungai Andai–Handil Bakti",
    text=[
        "MARABAHAN – Tim penegasan batas Kabupaten Barito Kuala dan Kota Banjarmasin menelusuri garis batas sepanjang 6,4 "
        "kilometer di kawasan Sungai Andai–Handil Bakti, Senin (16/11/2026). Penelusuran dilakukan karena sejumlah perumahan "
        "baru berdiri tepat di garis batas.",
        "“Ada warga yang rumahnya masuk Batola tetapi KTP-nya Banjarmasin, dan sebaliknya. Kami petakan dulu rumah per rumah "
        "sebelum memutuskan layanan,” kata Kepala Bagian Tata Pemerintahan Setda Batola, Muhammad Ilham Syarif. Tim memakai "
        "peta Permendagri dan foto udara drone.",
        "Hasil pemetaan dibahas bersama Pemkot Banjarmasin dan warga dua kompleks perumahan pada Desember 2026. (batola/kom)",
    ],
    S="Batola dan Banjarmasin telusuri batas 6,4 km di Sungai Andai–Handil Bakti, Senin 16/11; hasil dibahas Desember.",
    L=None,
    P="Tim batas Batola wan Banjarmasin manyusur garis wates di Sungai Andai–Handil Bakti, anam koma ampat kilo, hari "
      "Sanayan 🛰️ Masalahnya, ada rumah nang masuk Batola tagal KTP-nya Banjarmasin, atawa sabaliknya. Dipataakan rumah "
      "par rumah pakai drone. Kaina Desember dibahas wan warga.",
    N=[
        dict(t="Warga Kompleks Griya Andai bertanya ke kelurahan: bayar PBB ke Banjarmasin atau Batola? Petugas bilang ikuti "
               "SPPT yang ada dulu.",
             d="a residents' tax question, no survey", kim="kim-sungai-andai"),
        dict(t="Jalan lingkungan di perbatasan Sungai Andai rusak parah, warga menanam pohon pisang di lubang jalan.",
             d="a road complaint in the same area", kim="kim-sungai-andai"),
        dict(t="Pemkab Batola dan Pemkab Banjar menelusuri batas di Gambut–Mandastana pekan depan, 4,1 km.",
             d="another segment with another kabupaten, next week", kim="kim-anjir-pasar"),
    ],
    B=None,
)

A["a27"] = dict(
    src="pemkot-banjarbaru", at="2026-11-05T15:00",
    title="120 Bidang Tanah Aset Pemkot Banjarbaru Kini Bersertipikat",
    text=[
        "BANJARBARU – Pemerintah Kota Banjarbaru menerima 120 sertipikat tanah aset daerah dari Kantor Pertanahan Banjarbaru, "
        "Kamis (5/11/2026), di Balai Kota. Bidang-bidang itu terdiri atas tanah sekolah, puskesmas, taman dan kantor kelurahan "
        "yang selama ini hanya tercatat dalam daftar aset.",
        "“Tanpa sertipikat, aset daerah rawan diklaim pihak lain. Dengan ini sudah 86 persen tanah milik Pemkot bersertipikat,” "
        "kata Sekretaris Daerah Kota Banjarbaru, Rahmat Hidayatullah. Sisa 74 bidang, sebagian di Liang Anggang dan Cempaka, "
        "masih menunggu kelengkapan riwayat tanah.",
        "Sertipikat asli disimpan di brankas BPKAD, sementara salinannya dibagikan ke perangkat daerah pengguna barang. "
        "(bjb/kmf)",
    ],
    S="Pemkot Banjarbaru terima 120 sertipikat aset tanah (sekolah, puskesmas, taman, kantor kelurahan), Kamis 5/11; kini 86%.",
    L="Kamis 5 November di Balai Kota, Pemkot Banjarbaru menerima 120 sertipikat tanah aset dari Kantah Banjarbaru: tanah "
      "sekolah, puskesmas, taman dan kantor kelurahan. Sekda Rahmat Hidayatullah bilang kini 86 persen tanah Pemkot bersertipikat; "
      "74 bidang sisanya (sebagian di Liang Anggang dan Cempaka) menunggu riwayat tanah. Sertipikat asli disimpan di BPKAD.",
    P="Saratus duapuluh bidang tanah punya Pemkot Banjarbaru sudah basertipikat 📜 Ada tanah sakulah, puskesmas, taman, "
      "kantor kalurahan. Jar Pa Sekda, amun kadada sertipikat tanah pamarintah gampang diklaim urang. Wayah ini sudah "
      "dalapan puluh anam persen, sisanya tujuhpuluh ampat bidang masih diurus.",
    N=[
        dict(t="Lahan taman di Kelurahan Cempaka diklaim warga yang mengaku punya segel tahun 1978. Pemkot akan mengecek "
               "riwayat tanahnya.",
             d="a claim on one plot still waiting (among the remaining ones)", kim="kim-cempaka"),
        dict(t="Balai Kota Banjarbaru Kamis siang (5/11) menerima kunjungan studi tiru dari Pemkab Barito Timur soal mal "
               "pelayanan publik.",
             d="same venue and day, another event", kim="kim-cempaka"),
        dict(t="Capaian imunisasi dasar lengkap di Banjarbaru 86 persen hingga Oktober, kata Dinkes.",
             d="same percentage 86, another meaning"),
    ],
    B=None,
)

A["a28"] = dict(
    src="pemkab-tapin", at="2026-11-16T14:00",
    title="75 Bidang Tanah Sekolah di Tapin Disertipikatkan Tahun Ini",
    text=[
        "RANTAU – Pemerintah Kabupaten Tapin menerima 75 sertipikat tanah sekolah dari Kantor Pertanahan Tapin, Senin "
        "(16/11/2026), di Aula Rantau Baras. Sertipikat itu untuk 61 SD dan 14 SMP negeri yang tersebar di 12 kecamatan.",
        "“Beberapa sekolah kita pernah digugat ahli waris karena tanahnya dulu hibah lisan. Dengan sertipikat atas nama Pemkab, "
        "rehab gedung dari dana pusat juga lebih mudah cair,” kata Kepala Dinas Pendidikan Tapin, Hj. Mahmudah Sari. Ia "
        "menyebut 38 sekolah lain masih dalam proses.",
        "Pemkab menargetkan seluruh tanah sekolah negeri di Tapin bersertipikat pada akhir 2027. (tapin/kominfo)",
    ],
    S="Tapin terima 75 sertipikat tanah sekolah (61 SD, 14 SMP negeri), Senin 16/11 di Aula Rantau Baras; 38 lagi diproses.",
    L=None,
    P="Tujuh puluh lima sakulah nagri di Tapin, SD wan SMP, tanahnya sudah basertipikat 🏫 Diserahakan Kantah hari "
      "Sanayan di Aula Rantau Baras. Jar Bu Kadis, bahari ada sakulah nang digugat ahli waris gara-gara hibahnya pakai "
      "muntung haja. Talu puluh dalapan sakulah lagi masih diproses.",
    N=[
        dict(t="Ahli waris kembali menyegel gerbang SDN Hatungun 3 menuntut ganti rugi. Murid belajar di masjid sementara.",
             d="one school sealed by heirs, an ongoing dispute", kim="kim-hatungun"),
        dict(t="Aula Rantau Baras Senin (16/11) juga menjadi tempat pengukuhan 75 pengurus Karang Taruna kecamatan.",
             d="same venue and day, same count 75, another event", kim="kim-binuang"),
        dict(t="SDN Binuang 4 mendapat rehab gedung Rp420 juta dari dana pusat, dimulai Desember.",
             d="one school's rehabilitation, no certificates", kim="kim-binuang"),
    ],
    B=None,
)

A["a29"] = dict(
    src="pemkab-hss", at="2026-11-27T09:00",
    title="HSS Serahkan 44 Sertipikat Tanah Puskesmas dan Pustu",
    text=[
        "KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan menyerahkan 44 sertipikat tanah puskesmas dan puskesmas pembantu "
        "(pustu) kepada Dinas Kesehatan, Jumat (27/11/2026), di Pendopo Bupati HSS. Sertipikat itu hasil kerja sama dengan "
        "Kantor Pertanahan HSS sejak Maret.",
        "“Pustu di desa-desa banyak berdiri di tanah wakaf atau pinjaman kepala desa lama. Sekarang statusnya jelas sebagai "
        "aset daerah,” kata Sekretaris Daerah HSS, H. Fahmi Rasyidi. Dari 44 sertipikat, 9 untuk puskesmas induk dan 35 untuk "
        "pustu.",
        "Dinkes diminta memasang papan aset di setiap bangunan dan memperbarui data di sistem aset daerah sebelum akhir tahun. "
        "(hss/prokom)",
    ],
    S="HSS serahkan 44 sertipikat tanah puskesmas (9) dan pustu (35) ke Dinkes, Jumat 27/11 di Pendopo Bupati.",
    L=None,
    P="Ampat puluh ampat sertipikat tanah puskesmas wan pustu di HSS diserahakan hari Jumat 🏥 Sambilan puskesmas induk, "
      "talu puluh lima pustu. Jar Pa Sekda, pustu di desa banyak nang badiri di tanah wakaf atawa pinjaman pambakal bahari. "
      "Wayah ini sudah jalas jadi aset daerah.",
    N=[
        dict(t="Pustu Desa Bamban di Angkinang kembali buka setelah direnovasi, bidan jaga setiap hari kecuali Minggu.",
             d="one pustu reopening, no certificates", kim="kim-angkinang"),
        dict(t="Pendopo Bupati HSS Jumat pagi (27/11) juga dipakai untuk pelantikan 44 kepala sekolah SD dan SMP.",
             d="same venue and day, same count 44, another event", kim="kim-kandangan-utara"),
        dict(t="Tanah wakaf langgar di Loksado disertipikatkan KUA bersama Kantah. Nazir menerima sertipikat di masjid.",
             d="a waqf certificate for a langgar, another office"),
    ],
    B=None,
)

A["a30"] = dict(
    src="pemkab-hst", at="2026-11-04T14:30",
    title="Tim Verifikasi Tinjau Wilayah Adat Tiga Balai di Hantakan",
    text=[
        "BARABAI – Panitia Masyarakat Hukum Adat Kabupaten Hulu Sungai Tengah memverifikasi wilayah adat tiga balai di "
        "Kecamatan Hantakan, Rabu (4/11/2026). Luas wilayah yang diusulkan sekitar 5.100 hektare, meliputi hutan, kebun dan "
        "ladang gilir balik warga.",
        "Tim berjalan kaki menyusuri batas yang ditandai warga dengan pohon dan sungai kecil. “Peta ini dibuat warga sendiri. "
        "Kami cek apakah batasnya disepakati balai-balai tetangga, supaya pengakuan nanti tidak menimbulkan konflik baru,” "
        "kata Kepala Dinas PMD HST, Ahmad Riduan Fikri.",
        "Hasil verifikasi menjadi dasar rancangan Surat Keputusan Bupati tentang pengakuan wilayah adat yang ditargetkan terbit "
        "Desember 2026. (hst/diskominfo)",
    ],
    S="HST verifikasi usulan wilayah adat tiga balai di Hantakan (±5.100 ha), Rabu 4/11; SK Bupati ditarget Desember.",
    L="Rabu 4 November, Panitia Masyarakat Hukum Adat HST turun ke Kecamatan Hantakan memverifikasi wilayah adat tiga balai "
      "seluas kurang lebih 5.100 hektare: hutan, kebun dan ladang gilir balik. Batasnya ditandai warga dengan pohon dan sungai. "
      "Kadis PMD Ahmad Riduan Fikri: yang dicek kesepakatan dengan balai tetangga. Hasilnya dasar SK Bupati pengakuan wilayah "
      "adat, target Desember.",
    P="Tim matan Barabai bajalan batis manyusur wates wilayah adat talu balai di Hantakan, hari Rabu 🌳 Luasnya kira-kira "
      "lima ribu saratus hektare, ada hutan, kabun, pahumaan gilir balik. Petanya dulah warga saurang. Jar Pa Kadis PMD, "
      "dicek supaya balai tatangga sapakat. SK Bupati mudahan Desember.",
    N=[
        dict(t="Aruh adat di Balai Juhu digelar tiga malam mulai Jumat. Warga dari Hantakan dan Batu Benawa diundang.",
             d="a customary ceremony, not the territory verification", kim="kim-hantakan"),
        dict(t="Pengakuan wilayah adat di Kecamatan Batang Alai Timur diusulkan tahun depan, peta partisipatif baru dimulai.",
             d="another kecamatan, later"),
        dict(t="Warga Hantakan menolak rencana tambang batu di dekat kampung, spanduk dipasang di jalan desa.",
             d="a protest about a quarry", kim="kim-hantakan"),
    ],
    B=dict(t="Besok tim verifikasi wilayah adat dari kabupaten masuk ke Hantakan. Warga balai diminta siap mengantar "
             "menyusuri batas, bawa parang dan bekal.",
           d="the eve, no results", h=20, kim="kim-hantakan"),
)

A["a31"] = dict(
    src="pemkab-banjar", at="2026-11-19T10:00",
    title="Pemetaan Partisipatif Wilayah Adat Dua Balai di Paramasan Dimulai",
    text=[
        "MARTAPURA – Pemerintah Kabupaten Banjar memulai pemetaan partisipatif wilayah adat dua balai di Kecamatan Paramasan, "
        "Kamis (19/11/2026). Sebanyak 26 pemuda balai dilatih memakai GPS dan aplikasi peta di ponsel untuk menandai batas "
        "ladang, hutan dan kuburan leluhur.",
        "“Pemetaan oleh warga sendiri lebih dipercaya daripada peta dari luar. Pemerintah mendampingi dan menyediakan alat,” "
        "kata Asisten Pemerintahan Setda Banjar, Hj. Siti Fatimah Zahra. Kegiatan ini bagian dari persiapan usulan pengakuan "
        "masyarakat hukum adat di Kabupaten Banjar.",
        "Pemetaan lapangan berlangsung sampai Februari 2027, lalu hasilnya diverifikasi panitia kabupaten. (banjar/diskominfo)",
    ],
    S="Banjar mulai pemetaan partisipatif wilayah adat dua balai di Paramasan, Kamis 19/11; 26 pemuda balai dilatih GPS.",
    L=None,
    P="Duapuluh anam pamuda balai di Paramasan diajari mamakai GPS wan aplikasi peta di hape, hari Kamis 📱 Gasan "
      "mananda wates pahumaan, hutan wan kuburan datu-datu. Jar Bu Asisten, peta nang dulah warga saurang labih dipercaya. "
      "Bagawi di lapangan sampai Pebruari. Dua balai nang dipataakan.",
    N=[
        dict(t="Pemuda Paramasan ikut pelatihan pemandu wisata air terjun, 26 peserta, digelar Dispar Banjar pekan lalu.",
             d="same place, same count 26, another training"),
        dict(t="Jalan ke Paramasan putus lagi karena longsor di km 18, mobil logistik tertahan dua hari.",
             d="a road blockage", kim="kim-aranio"),
        dict(t="Tokoh masyarakat Aranio minta batas kampung lama di tepi waduk dicatat ulang. Belum ada tanggapan dari dinas.",
             d="another kecamatan's request, no mapping", kim="kim-aranio"),
    ],
    B=None,
)

A["a32"] = dict(
    src="kanwil-bpn-kalsel", at="2026-11-18T11:20",
    title="Pekan Cek Sertipikat Gratis di 13 Kantor Pertanahan se-Kalsel",
    text=[
        "BANJARBARU – Kantor Wilayah BPN Kalimantan Selatan menggelar Pekan Cek Sertipikat gratis di 13 kantor pertanahan "
        "kabupaten/kota pada Senin (23/11/2026) sampai Jumat (27/11/2026). Warga dapat memastikan keaslian sertipikat, "
        "kesesuaian data dan status blokir sebelum jual beli atau menjaminkan tanah.",
        "“Sepanjang 2026 kami menemukan 17 kasus sertipikat palsu dan pemalsuan surat keterangan tanah. Korbannya kebanyakan "
        "pembeli yang tidak mengecek ke kantor pertanahan,” kata Kepala Bidang Penanganan Sengketa Kanwil BPN Kalsel, "
        "Taufikurrahman Noor. Layanan dibuka pukul 08.00–15.00 Wita.",
        "Warga cukup membawa sertipikat asli dan KTP; pengecekan selesai di hari yang sama. (bpn-kalsel/hm)",
    ],
    S="Pekan Cek Sertipikat gratis di 13 kantah se-Kalsel, 23–27 November 08.00–15.00; 17 kasus sertipikat palsu sepanjang 2026.",
    L="Kanwil BPN Kalsel membuka Pekan Cek Sertipikat gratis di 13 kantor pertanahan, 23–27 November, jam 8–15 Wita. Warga "
      "bisa mengecek keaslian sertipikat, data dan status blokir sebelum jual beli atau menjaminkan tanah. Kabid Sengketa "
      "Taufikurrahman Noor: tahun ini ada 17 kasus sertipikat palsu dan pemalsuan SKT. Bawa sertipikat asli dan KTP, selesai "
      "hari itu juga.",
    P="Sabalum manukar tanah, ciki dulu sertipikatnya! 🔍 Tanggal 23 sampai 27 November ada Pekan Cek Sertipikat gratis di "
      "kantah barataan di Kalsel. Jar BPN tahun ini ada tujuhbalas kasus sertipikat palsu, kurbannya urang nang kada "
      "mangiciki. Bawa sertipikat asli wan KTP, hari itu jua tuntung.",
    N=[
        dict(t="Hati-hati! Tetangga kami tertipu beli kavling Rp60 juta dengan sertipikat palsu. Kasusnya sudah dilaporkan ke "
               "Polres.",
             d="one victim's story, no service"),
        dict(t="Kantah Banjarbaru membuka loket Sabtu khusus pengecekan roya dan balik nama sampai akhir tahun.",
             d="same kind of office, another service (Saturday counter)", kim="kim-cempaka"),
        dict(t="Polda Kalsel mengungkap 17 kasus penipuan online sepanjang Oktober, kerugian Rp1,9 miliar.",
             d="same figure 17, another meaning (online fraud)"),
    ],
    B=None,
)

A["a33"] = dict(
    src="pemkab-tanbu", at="2026-11-20T14:00",
    title="90 Kepala Desa di Tanah Bumbu Ikuti Sosialisasi Cegah Mafia Tanah",
    text=[
        "BATULICIN – Sebanyak 90 kepala desa di Tanah Bumbu mengikuti sosialisasi pencegahan mafia tanah di Aula Kantor Bupati, "
        "Jumat (20/11/2026). Kegiatan diisi Kantor Pertanahan Tanah Bumbu, Kejaksaan Negeri dan Polres Tanah Bumbu.",
        "Kepala desa diingatkan agar tidak menerbitkan surat keterangan tanah (SKT) ganda dan wajib mencatat setiap SKT dalam "
        "buku register desa. “Sebagian besar sengketa berawal dari SKT yang terbit dua kali untuk satu bidang,” kata Sekretaris "
        "Daerah Tanah Bumbu, H. Ardiansyah Hasibuan.",
        "Dinas PMD akan memeriksa buku register SKT di seluruh desa mulai Januari 2027. (tanbu/dkisp)",
    ],
    S="90 kades Tanbu ikut sosialisasi cegah mafia tanah, Jumat 20/11 di Aula Kantor Bupati; register SKT diperiksa Januari 2027.",
    L=None,
    P="Sambilan puluh pambakal di Tanbu dikumpulakan di aula kantor bupati, dibari pamahaman soal mafia tanah. Pasannya: "
      "jangan manarbitakan SKT dua kali gasan satu bidang, catat barataan di buku register desa. Jar Pa Sekda, "
      "kabanyakan sengketa bamula matan SKT ganda. Januari kaina buku registernya diparisa.",
    N=[
        dict(t="Aula Kantor Bupati Tanbu Jumat (20/11) pagi menjadi tempat bimtek Siskeudes untuk 90 bendahara desa.",
             d="same hall and day, same count 90, another event"),
        dict(t="Warga Sungai Loban melapor SKT ganda di kebunnya ke polres. Dua orang mengaku punya bidang yang sama.",
             d="one case report, no socialisation"),
        dict(t="Kejari Tanah Bumbu menahan mantan kades di Kusan Hulu terkait penjualan tanah desa, Kamis.",
             d="a prosecution case, another event"),
    ],
    B=None,
)

A["a39"] = dict(
    src="diskominfo-kalsel", at="2026-11-09T10:00",
    title="Waspada Hoaks Pendaftaran Sertipikat Tanah Gratis Lewat Tautan WhatsApp",
    text=[
        "BANJARBARU – Dinas Komunikasi dan Informatika Kalimantan Selatan bersama Kanwil BPN Kalsel mengimbau warga mewaspadai "
        "pesan berantai berisi tautan pendaftaran sertipikat tanah gratis yang beredar di grup WhatsApp sejak Jumat "
        "(6/11/2026). Pesan itu meminta foto KTP dan sertipikat serta biaya administrasi Rp250 ribu.",
        "“BPN tidak pernah membuka pendaftaran lewat tautan di WhatsApp dan tidak meminta transfer ke rekening pribadi. "
        "Tautan itu hoaks dan berisiko pencurian data,” kata Kepala Diskominfo Kalsel, Muhammad Nur Ikhsan. Hingga Senin "
        "(9/11/2026), tim siber menerima 41 laporan warga.",
        "Warga yang sudah mengirim data diminta melapor ke kantor pertanahan terdekat dan mengganti kata sandi akun. "
        "(mc-kalsel/ni)",
    ],
    S="Diskominfo & BPN Kalsel: tautan WA pendaftaran sertipikat gratis (minta KTP + Rp250 ribu) hoaks; 41 laporan sampai 9/11.",
    L="Diskominfo Kalsel dan Kanwil BPN mengingatkan: pesan berantai WhatsApp sejak 6 November yang berisi tautan pendaftaran "
      "sertipikat tanah gratis itu hoaks. Pesannya minta foto KTP, sertipikat dan Rp250 ribu. Kadiskominfo Muhammad Nur Ikhsan: "
      "BPN tidak pernah membuka pendaftaran lewat WA. Sudah 41 laporan sampai Senin 9 November. Yang terlanjur kirim data, lapor "
      "ke kantah dan ganti kata sandi.",
    P="Awas dangsanak, pesan WA nang baisi link daftar sertipikat tanah gratis tu HOAKS ⚠️ Inya minta foto KTP, sertipikat, "
      "wan duit duaratus limapuluh ribu. Jar Diskominfo Kalsel, BPN kada suah mambuka pendaftaran liwat WA. Sudah ampat puluh "
      "asa laporan. Nang tamakan, lapor ka kantah wan ganti password.",
    N=[
        dict(t="*BERITA PENTING* Pendaftaran PTSL 2027 desa kami dibuka di balai desa, bukan lewat link. Bawa fotokopi KTP "
               "dan bukti kepemilikan. Tidak ada biaya pendaftaran. - Pemdes",
             d="a village's own real PTSL notice, no hoax warning"),
        dict(t="Diskominfo Kalsel juga membantah hoaks rekrutmen pegawai honorer BPN yang beredar bulan lalu, minta transfer "
               "Rp1 juta.",
             d="another hoax (job recruitment), earlier"),
        dict(t="Grup RT kami kena pesan \"bansos tanah Rp5 juta\" minggu ini, ada yang sudah isi data. Belum ada penjelasan "
               "resmi soal yang ini.",
             d="another scam message, no official statement yet", kim="kim-sungai-andai"),
    ],
    B=None,
)

A["a34"] = dict(
    src="pemkot-banjarmasin", at="2026-11-17T13:00",
    title="Konsolidasi Tanah 64 Bidang di Alalak Utara Buka Jalan Lingkungan Baru",
    text=[
        "BANJARMASIN – Pemerintah Kota Banjarmasin bersama Kantor Pertanahan Banjarmasin menuntaskan konsolidasi tanah 64 "
        "bidang seluas 3,2 hektare di Kelurahan Alalak Utara, Selasa (17/11/2026). Pemilik tanah merelakan sebagian lahannya "
        "untuk jalan lingkungan selebar enam meter dan saluran drainase.",
        "“Tidak ada ganti rugi uang, tapi bidang warga menjadi teratur, punya akses jalan dan sertipikatnya terbit baru. Nilai "
        "tanahnya justru naik,” kata Wakil Wali Kota Banjarmasin, Aditya Mufti Ariffin. Rata-rata setiap pemilik menyumbang 18 "
        "persen luas bidangnya.",
        "Pembangunan jalan lingkungan di lokasi konsolidasi dimulai Februari 2027 dengan anggaran APBD kota. (hms-bjm/ry)",
    ],
    S="Konsolidasi tanah 64 bidang (3,2 ha) di Alalak Utara tuntas Selasa 17/11; warga sumbang rata-rata 18% untuk jalan 6 m.",
    L=None,
    P="Di Alalak Utara, anam puluh ampat bidang tanah ditata ulang, talu koma dua hektare 🏘️ Warga marelakan rata-rata "
      "dalapan balas persen tanahnya gasan jalan anam meter wan parit. Kada dibayar duit, tagal sertipikatnya hanyar wan "
      "tanahnya jadi ada jalan. Jalannya diulah Pebruari 2027.",
    N=[
        dict(t="Jalan lingkungan di Alalak Selatan dicor swadaya warga, 120 meter, Minggu pagi.",
             d="another kelurahan's own road work", kim="kim-sungai-andai"),
        dict(t="Kelurahan Alalak Utara membagikan 64 paket sembako untuk lansia, Selasa (17/11).",
             d="same place and day, same count 64, another event", kim="kim-sungai-andai"),
        dict(t="Konsolidasi tanah di Sungai Lulut diusulkan 2027, baru sosialisasi awal ke 40 pemilik.",
             d="another location, a later proposal"),
    ],
    B=None,
)

A["a35"] = dict(
    src="pemkab-tanah-laut", at="2026-11-25T10:20",
    title="38 Bidang di Kawasan Pelabuhan Swarangan Ditata Lewat Konsolidasi Tanah",
    text=[
        "PELAIHARI – Pemerintah Kabupaten Tanah Laut menata 38 bidang tanah milik warga di sekitar Pelabuhan Perikanan "
        "Swarangan, Kecamatan Jorong, melalui konsolidasi tanah. Kesepakatan ditandatangani pemilik di Kantor Desa Swarangan, "
        "Rabu (25/11/2026).",
        "Lewat penataan itu, setiap bidang mendapat akses ke jalan baru menuju dermaga dan lahan untuk tempat pengolahan ikan. "
        "“Warga tetap memiliki tanahnya, hanya bentuknya yang dirapikan. Sertipikat baru akan terbit atas nama masing-masing,” "
        "kata Bupati Tanah Laut, H. Rusdiansyah Hamzah. Total luas kawasan yang ditata 5,6 hektare.",
        "Pengukuran ulang oleh Kantah Tanah Laut dimulai Desember, dan jalan akses dibangun tahun 2027. (tala/humas)",
    ],
    S="Tala tata 38 bidang (5,6 ha) di sekitar Pelabuhan Swarangan, Jorong, lewat konsolidasi tanah; kesepakatan Rabu 25/11.",
    L=None,
    P="Talu puluh dalapan bidang tanah warga di higa Palabuhan Swarangan ditata ulang, luasnya lima koma anam "
      "hektare 🏘️ Kasapakatan diteken di kantor desa hari Rabu. Jar Pa Bupati tanahnya tatap punya warga, cuma "
      "bantuknya dirapiakan, dapat jalan ka dermaga. Diukur ulang Desember.",
    N=[
        dict(t="Nelayan Swarangan mengeluhkan dermaga yang dangkal, kapal hanya bisa sandar saat pasang.",
             d="a complaint about the jetty, no land consolidation", kim="kim-jorong"),
        dict(t="Kantor Desa Swarangan Rabu (25/11) juga melayani pencairan BLT Dana Desa tahap akhir untuk 38 KPM.",
             d="same office and day, same count 38, another event", kim="kim-jorong"),
        dict(t="Pengukuran ulang bidang di Swarangan dimulai hari ini oleh petugas Kantah, warga diminta hadir di lahan.",
             d="the next step (re-measurement in December) as its own news", kim="kim-jorong"),
    ],
    B=dict(t="Rabu besok pemilik tanah sekitar pelabuhan Swarangan diundang ke kantor desa untuk tanda tangan kesepakatan "
             "penataan lahan. Bawa KTP dan surat tanah.",
           d="the eve", h=23, kim="kim-jorong"),
)
