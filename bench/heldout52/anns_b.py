# -*- coding: utf-8 -*-
"""heldout52, hand-written: releases a11-a20 (see anns_a.py for the layout)."""

ANNS = [
dict(id="a11", src="bksda-kalsel", at="11-17 10:30",
     slug="pengunjung-twa-pulau-kembang-dilarang-beri-makanan-kemasan-kepada-kera",
     title="Pengunjung TWA Pulau Kembang Dilarang Beri Makanan Kemasan kepada Kera",
     text="""BANJARMASIN – BKSDA Kalimantan Selatan memberlakukan aturan baru bagi pengunjung Taman Wisata Alam Pulau Kembang mulai Sabtu (21/11/2026). Pengunjung dilarang memberi kera ekor panjang makanan ringan, roti atau minuman kemasan, dan hanya boleh memberi pisang atau kacang yang dijual di kios resmi dermaga. Kunjungan pada akhir pekan juga dibatasi 300 orang per hari, dengan tiket Rp7.500 per orang. Kios resmi dikelola kelompok warga Desa Pulau Sugara.

“Banyak kera di Pulau Kembang sakit perut dan giginya rusak karena makanan kemasan. Plastiknya juga menumpuk di hutan,” kata Kepala Resort KSDA Pulau Kembang, Fahrurrazi Effendi.

Petugas akan memeriksa bawaan pengunjung di dermaga, dan motoris klotok wisata diminta ikut mengingatkan penumpangnya. (bksda/fe)""",
     short="Mulai Sabtu 21 November, pengunjung TWA Pulau Kembang dilarang memberi kera makanan ringan atau minuman kemasan; hanya pisang/kacang dari kios resmi. Akhir pekan dibatasi 300 orang per hari, tiket Rp7.500.",
     long="""BKSDA Kalsel mengubah aturan kunjungan ke Taman Wisata Alam Pulau Kembang mulai Sabtu (21/11). Kera ekor panjang tidak boleh lagi diberi makanan ringan, roti atau minuman kemasan. Yang boleh hanya pisang atau kacang dari kios resmi di dermaga.

Pada akhir pekan kunjungan dibatasi 300 orang per hari dengan tiket Rp7.500. Kepala Resort KSDA Pulau Kembang Fahrurrazi Effendi menyebut banyak kera sakit perut dan rusak gigi, dan sampah plastik menumpuk. Bawaan pengunjung akan diperiksa di dermaga; motoris klotok diminta ikut mengingatkan.""",
     para="Nang handak ka Pulau Kembang, ingat lah: mulai Sabtu 21 November warik kada kawa lagi dibari jajanan, roti atawa minuman kamasan. Pisang wan kacang haja, tukar di kios resmi dermaga 🐒 Sabtu-Minggu dibatasi talu ratus urang sahari, tikitnya pitung ribu lima ratus. Ujar urang BKSDA, warik di situ banyak nang sakit parut, giginya rusak. Bubuhan motoris klotok jua disuruh maingatakan panumpang.",
     looks=[
       dict(kim="kim-kelayan-barat", pl="facebook", at="11-22 18:10",
            t="Sabtu ini kami ke Pulau Kembang bersama anak-anak TPA. Di dermaga tas diperiksa petugas, wafer dan minuman gelas dititipkan dulu. Kera-kera tetap ramai mendekat, anak-anak senang memberi pisang. Pulangnya ke Pasar Terapung Lok Baintan.",
            d="one group's visit on the first Saturday; a personal trip report, not the new rule"),
       dict(kim="kim-pelambuan", pl="telegram", at="11-18 09:30",
            t="Tarif sewa klotok wisata dari Siring Tendean ke Pulau Kembang dan Lok Baintan naik jadi Rp300.000 per perahu mulai bulan ini, kata paguyuban motoris. Alasannya harga solar dan perawatan mesin.",
            d="boat hire price of the motoris' association, not the park entry rule"),
       dict(kim="kim-kuripan", pl="facebook", at="11-24 13:20",
            t="Kera ekor panjang makin sering turun ke kebun pisang warga Kuripan. Dalam seminggu sekitar 30 tandan rusak. Petani meminta kecamatan mencari jalan keluar, karena menghalau dengan petasan tidak mempan lagi.",
            d="crop-raiding macaques in Kuripan gardens, not Pulau Kembang"),
     ],
     before=[]),

dict(id="a12", src="pemkab-tanah-laut", at="11-25 15:45",
     slug="wisata-hutan-pinus-pelaihari-ditutup-sementara-30-november-10-desember",
     title="Wisata Hutan Pinus Pelaihari Ditutup Sementara 30 November sampai 10 Desember",
     text="""PELAIHARI – Kawasan wisata Hutan Pinus Pelaihari ditutup sementara untuk pengunjung mulai Senin (30/11/2026) hingga Kamis (10/12/2026). Selama penutupan, Dinas Pariwisata Tanah Laut bersama KPH Tanah Laut menebang 48 pohon pinus tua yang lapuk dan rawan tumbang di jalur jalan kaki dan area kemah. Jalur juga akan dipasangi pagar bambu dan papan petunjuk baru. Penebangan dilakukan dengan pengawasan petugas KPH agar pohon muda di sekitarnya tidak rusak.

“Keselamatan pengunjung nomor satu. Pohon yang sudah keropos batangnya tidak bisa dibiarkan berdiri di tempat orang duduk dan berkemah,” ujar Kepala Dinas Pariwisata Tanah Laut, Hairiyah Mufidah.

Setelah dibuka kembali, pengelola akan menanam 100 bibit pinus dan mahoni sebagai pengganti pohon yang ditebang. (diskominfo-tala/hm)""",
     short="Hutan Pinus Pelaihari tutup 30 November–10 Desember: Dispar dan KPH Tanah Laut menebang 48 pinus tua yang lapuk di jalur jalan kaki dan area kemah, lalu memasang pagar bambu dan papan petunjuk.",
     long=None,
     para="Kawan-kawan nang rancak bakemah di Hutan Pinus Pelaihari, tahan dulu lah ⛺ mulai Sanayan 30 November sampai Kamis 10 Disember wadah nitu ditutup. Ampat puluh walu puhun pinus tuha nang sudah karupus ditabang, marga rawan rabah ka jalur wan wadah bakemah. Imbah dibuka pulang, ditanami saratus bibit pinus wan mahoni ganti. Sabar haja, gasan kaamanan kita jua.",
     looks=[
       dict(kim="kim-swarangan", pl="facebook", at="12-01 09:40",
            t="Dari Hutan Pinus: hari kedua penebangan, suara gergaji mesin terdengar dari jalan raya. Sebagian batang pinus sudah dipotong-potong dan ditumpuk di tepi jalur. Warung-warung di depan kawasan tutup sementara.",
            d="a day of the felling works itself (1 Dec), told as its own news"),
       dict(kim="kim-swarangan", pl="facebook", at="11-27 14:10",
            t="Pantai Swarangan tetap buka seperti biasa akhir pekan ini. Pengelola menambah dua pondok jaga dan meminta pengunjung tidak berenang melewati tali pembatas. Karcis masih Rp5.000.",
            d="another attraction of the same kabupaten, open as usual"),
       dict(kim="kim-tebing-siring", pl="telegram", at="11-26 16:35",
            t="Pohon mahoni tua di depan SDN Tebing Siring ditebang Rabu siang karena dahannya patah dan menimpa pagar sekolah. Penebangan dilakukan warga dengan pengawasan kepala desa.",
            d="a single tree felled at a school in Tebing Siring after a branch broke"),
       dict(kim="kim-swarangan", pl="facebook", at="12-04 17:50",
            t="Kabar baik untuk pencinta kemah: pengelola bumi perkemahan di Jorong membuka area baru di bawah pohon akasia dengan kapasitas 30 tenda. Tarif Rp25.000 per tenda per malam.",
            d="a private campsite in Jorong opening new space; not the Hutan Pinus closure"),
     ],
     before=[dict(kim="kim-tebing-siring", pl="facebook", at="11-24 21:00",
            t="Katanya Hutan Pinus mau ditutup sebentar karena banyak pohon yang lapuk. Tadi siang terlihat petugas menandai batang-batang pinus dengan cat merah. Belum tahu mulai kapan tutupnya.",
            d="trees being marked and a rumour, the day before the release")]),

dict(id="a13", src="pemkab-hst", at="11-06 11:20",
     slug="jalur-pendakian-gunung-halau-halau-dibuka-kembali-13-november-kuota-120-pendaki",
     title="Jalur Pendakian Gunung Halau-Halau Dibuka Kembali 13 November, Kuota 120 Pendaki per Hari",
     text="""BARABAI – Jalur pendakian Gunung Halau-Halau melalui Desa Hinas Kiri, Kecamatan Batang Alai Timur, dibuka kembali mulai Jumat (13/11/2026) setelah ditutup tiga bulan untuk pemulihan jalur dan musim kemarau. Pendaki wajib mendaftar secara daring melalui aplikasi Jajak Meratus, dibatasi 120 orang per hari, dan setiap rombongan didampingi pemandu lokal dari Hinas Kiri. Sampah yang dibawa turun akan ditimbang di pos pendaftaran. Jalur sebelumnya ditutup sejak pertengahan Agustus.

“Pembatasan ini menjaga hutan Meratus sekaligus memberi penghasilan kepada warga Hinas Kiri sebagai pemandu dan porter,” kata Kepala Dinas Pariwisata HST, Muhammad Sibawaihi.

Pemkab HST juga menyiapkan 40 pemandu bersertifikat yang bertugas bergiliran setiap akhir pekan. (humas-hst/ms)""",
     short="Jalur pendakian Gunung Halau-Halau via Hinas Kiri (Batang Alai Timur) dibuka lagi 13 November setelah tutup 3 bulan. Daftar lewat aplikasi Jajak Meratus, kuota 120 pendaki per hari, wajib pemandu lokal.",
     long="""Pendaki, bersiaplah: mulai Jumat 13 November jalur Gunung Halau-Halau lewat Desa Hinas Kiri, Batang Alai Timur, dibuka kembali setelah tiga bulan ditutup untuk memulihkan jalur dan karena kemarau.

Pendaftaran wajib lewat aplikasi Jajak Meratus dan kuotanya 120 orang per hari. Setiap rombongan harus memakai pemandu lokal Hinas Kiri, dan sampah yang dibawa turun ditimbang di pos. Kadispar HST Muhammad Sibawaihi menyebut aturan ini menjaga hutan sekaligus jadi penghasilan warga. Ada 40 pemandu bersertifikat yang bergiliran tiap akhir pekan.""",
     para="Bubuhan pandaki, Halau-Halau dibuka pulang mulai Jumat 13 November lah 🏔️ imbah talu bulan ditutup. Daftar dahulu lewat aplikasi Jajak Meratus, sahari saratus dua puluh urang haja. Wajib baimbai pamandu urang Hinas Kiri, sampah nang dibawa turun ditimbang di pos. Kada kawa bacari jalan surang lagi. #HalauHalau #Meratus",
     looks=[
       dict(kim="kim-pandawan", pl="facebook", at="11-13 19:20",
            t="Hari pertama jalur Halau-Halau dibuka, pos pendaftaran di Hinas Kiri mencatat 96 pendaki naik. Kebanyakan dari Banjarmasin dan Kandangan. Pemandu lokal kebagian rombongan semua, beberapa sampai membawa dua kelompok.",
            d="the reopening day itself (13 Nov) with its own figure"),
       dict(kim="kim-hantakan", pl="facebook", at="11-08 10:45",
            t="Air terjun Riam Hinas Kanan di Kecamatan Hantakan ramai dikunjungi akhir pekan ini. Pengelola desa menarik sumbangan Rp5.000 untuk kebersihan dan meminta pengunjung tidak melompat dari batu tinggi.",
            d="another attraction nearby with a cleanliness fee, not the mountain trail"),
       dict(kim="kim-pagat", pl="telegram", at="11-11 20:00",
            t="Rombongan pencinta alam kampus minta info: apakah boleh naik Halau-Halau tanpa pemandu kalau sudah pernah. Jawaban pengelola di grup: tidak boleh, semua rombongan wajib pemandu. Kuota hari Sabtu dan Minggu pertama sudah hampir penuh.",
            d="a Q&A in a group and the quota being nearly full; not the announcement itself"),
     ],
     before=[dict(kim="kim-pandawan", pl="facebook", at="11-04 16:00",
            t="Info sementara dari kawan pemandu di Hinas Kiri: jalur Halau-Halau kemungkinan dibuka pertengahan November, tapi tanggal pastinya belum diumumkan. Sabar dulu, jangan naik diam-diam.",
            d="guide's hint without a date, two days before the release")]),

dict(id="a14", src="pemkab-hss", at="11-19 13:15",
     slug="pengunjung-air-terjun-haratai-wajib-lapor-dan-pakai-gelang-mulai-21-november",
     title="Pengunjung Air Terjun Haratai Wajib Lapor dan Pakai Gelang Mulai 21 November",
     text="""KANDANGAN – Pemkab Hulu Sungai Selatan mewajibkan setiap pengunjung Air Terjun Haratai dan jalur jelajah hutan Loksado melapor di pos Desa Haratai dan memakai gelang pengunjung mulai Sabtu (21/11/2026). Jumlah pengunjung pada Sabtu dan Minggu dibatasi 250 orang per hari. Gelang dikembalikan saat turun sehingga petugas tahu tidak ada pengunjung yang tertinggal di hutan menjelang gelap.

“Musim hujan membuat jalur licin dan air sungai cepat naik. Dengan gelang, kami bisa menghitung siapa yang masih di atas,” ujar Sekretaris Daerah HSS, Muhammad Noor Fathani.

Pengunjung juga dilarang berenang di kolam air terjun ketika hujan turun di hulu, dan pos akan ditutup pukul 16.00 Wita. (kominfo-hss/mn)""",
     short="Mulai 21 November pengunjung Air Terjun Haratai dan jalur jelajah hutan Loksado wajib lapor di pos Desa Haratai dan memakai gelang; Sabtu-Minggu dibatasi 250 orang per hari, pos tutup pukul 16.00.",
     long="""Pemkab HSS memperketat kunjungan ke Air Terjun Haratai mulai Sabtu (21/11). Setiap pengunjung, termasuk yang menjelajah hutan Loksado, wajib melapor di pos Desa Haratai dan memakai gelang yang dikembalikan saat turun.

Pada Sabtu dan Minggu pengunjung dibatasi 250 orang per hari. Sekda HSS Muhammad Noor Fathani menyebut musim hujan membuat jalur licin dan air cepat naik, dan gelang membantu menghitung siapa yang masih di atas. Berenang dilarang ketika hujan di hulu, dan pos tutup pukul 16.00 Wita.""",
     para="Nang handak ka Haratai, mulai Sabtu 21 November wajib lapor di pos Desa Haratai wan bagalang pengunjung, dangsanak. Galangnya dibulikakan amun sudah turun, supaya tahu kada ada nang tatinggal di hutan. Sabtu-Minggu dua ratus lima puluh urang haja sahari. Amun hujan di hulu jangan bakunyung di kolam banyu tarjun, pos ditutup jam ampat sanja.",
     looks=[
       dict(kim="kim-loksado", pl="facebook", at="11-22 17:30",
            t="Minggu pertama pakai gelang di Haratai: kemarin 211 pengunjung, hari ini 180. Dua rombongan sempat telat turun karena hujan, petugas pos menyusul dengan senter. Semua selamat, terima kasih bapak-bapak pos.",
            d="the first weekend with bracelets, its own figures and a late-return incident"),
       dict(kim="kim-loksado", pl="telegram", at="11-20 11:00",
            t="Pengelola bambu rafting Loksado mengumumkan lanting tidak beroperasi kalau air Sungai Amandit naik di atas batas merah. Penumpang yang sudah pesan akan dihubungi untuk jadwal ulang.",
            d="rafting operators' own high-water rule, not the waterfall visitor rule"),
       dict(kim="kim-angkinang", pl="facebook", at="11-21 20:10",
            t="Sekda HSS hari ini menghadiri pesta panen padi di Angkinang. Hasil panen kelompok tani mencapai 5,2 ton per hektare, naik dibanding tahun lalu.",
            d="same Sekda on the first day of the rule at a rice harvest"),
     ],
     before=[dict(kim="kim-hamalau", pl="facebook", at="11-18 10:30",
            t="Kawan-kawan, hari Sabtu kemarin ada rombongan dari Banjarmasin yang terjebak air naik di Haratai sampai magrib. Untung ada warga yang membantu. Mudah-mudahan ada aturan supaya pengunjung didata.",
            d="an incident and a wish, the day before the rule was announced")]),

dict(id="a15", src="dishut-kalsel", at="11-26 10:50",
     slug="tujuh-jalur-pendakian-hutan-lindung-meratus-ditutup-januari-februari-2027",
     title="Tujuh Jalur Pendakian Hutan Lindung Meratus Ditutup Januari-Februari 2027",
     text="""BANJARBARU – Dinas Kehutanan Kalimantan Selatan akan menutup tujuh jalur pendakian di kawasan hutan lindung Pegunungan Meratus mulai 1 Januari hingga 28 Februari 2027. Keputusan diambil dalam rapat bersama enam KPH dan dinas pariwisata kabupaten di Banjarbaru, Kamis (26/11/2026), mengingat puncak musim hujan, risiko longsor dan perlunya pemulihan vegetasi di sekitar jalur. Penutupan berlaku untuk pendakian dan perkemahan, tidak untuk warga desa yang berkebun.

“Tahun ini jumlah pendaki naik hampir dua kali lipat. Jalur perlu istirahat dan petugas perlu waktu memperbaiki tanda jalur,” kata Kepala Dinas Kehutanan Kalsel, Fathimatuzzahra Anwar.

Daftar ketujuh jalur dan surat edaran penutupan akan dikirim ke pemerintah kabupaten dan desa pada awal Desember. (dishut-kalsel/fa)""",
     short="Dishut Kalsel menutup tujuh jalur pendakian di hutan lindung Meratus 1 Januari–28 Februari 2027 (puncak musim hujan, risiko longsor, pemulihan vegetasi). Warga yang berkebun tetap boleh masuk; surat edaran dikirim awal Desember.",
     long=None,
     para="Info gasan pandaki: tujuh jalur pandakian di hutan lindung Meratus ditutup mulai 1 Januari sampai 28 Pebruari 2027. Diputusakan Dishut Kalsel wan anam KPH hari Kamis di Banjarbaru, marga musim hujan lagi puncak, rawan longsor, jalur parlu dibariakan baistirahat. Warga nang bakabun kada dilarang. Daftar jalur wan surat edaran disampaiakan awal Disember. #Meratus",
     looks=[
       dict(kim="kim-pagat", pl="facebook", at="11-28 15:00",
            t="Warga Batu Benawa bertanya apakah jalur menuju Gunung Pagat juga ikut ditutup awal tahun. Sampai sekarang belum ada daftar resmi, jadi pengelola desa tetap melayani pengunjung seperti biasa.",
            d="a question about one local trail with no official list yet"),
       dict(kim="kim-hantakan", pl="telegram", at="12-03 10:15",
            t="Surat edaran penutupan jalur pendakian sudah sampai di kantor desa hari ini. Untuk wilayah HST ada tiga jalur yang disebut. Salinannya ditempel di papan pengumuman balai desa.",
            d="the circular arriving in a village on 3 Dec, the announced next step"),
       dict(kim="kim-loksado", pl="facebook", at="11-27 13:00",
            t="Bulan Februari tahun lalu jalur ke Gunung Kantawan ditutup seminggu karena longsor kecil. Warga berharap tahun ini tanda jalur diperbaiki sebelum musim hujan puncak.",
            d="last year's one-week closure after a small landslide, recalled"),
     ],
     before=[]),

dict(id="a16", src="dishut-kalsel", at="11-02 13:40",
     slug="41-kups-kalsel-naik-kelas-tiga-raih-platinum",
     title="41 Kelompok Usaha Perhutanan Sosial di Kalsel Naik Kelas, Tiga Raih Platinum",
     text="""BANJARBARU – Dinas Kehutanan Kalimantan Selatan menyerahkan sertifikat kenaikan kelas kepada 41 Kelompok Usaha Perhutanan Sosial (KUPS) di Aula Dishut Kalsel, Senin (2/11/2026). Sebanyak 26 kelompok naik ke kelas perak, 12 ke kelas emas dan tiga ke kelas platinum, kelas tertinggi. Penilaian didasarkan pada kelengkapan usaha, pemasaran, pembukuan dan kelestarian hutan yang dikelola, dengan produk seperti madu, kopi, gula aren, rotan dan ekowisata.

“Naik kelas artinya kelompok sudah mandiri. Kelas platinum berarti produknya sudah menembus pasar di luar Kalimantan,” ujar Kepala Bidang Perhutanan Sosial Dishut Kalsel, Hendra Saputra Wijaya.

Kelompok kelas emas dan platinum akan diikutkan pameran produk kehutanan di Jakarta pada Desember mendatang. (dishut-kalsel/hs)""",
     short="Dishut Kalsel menyerahkan sertifikat naik kelas kepada 41 KUPS (26 perak, 12 emas, 3 platinum) di Aula Dishut Kalsel, Senin 2 November. Kelompok emas dan platinum ikut pameran di Jakarta bulan Desember.",
     long="""Sebanyak 41 Kelompok Usaha Perhutanan Sosial di Kalimantan Selatan naik kelas tahun ini. Sertifikatnya diserahkan di Aula Dishut Kalsel, Senin (2/11): 26 kelompok naik ke perak, 12 ke emas dan tiga ke platinum.

Penilaiannya meliputi usaha, pemasaran, pembukuan dan kelestarian hutan; produknya antara lain madu, kopi, gula aren, rotan dan ekowisata. Kabid Perhutanan Sosial Hendra Saputra Wijaya menyebut kelas platinum berarti produk sudah dijual ke luar Kalimantan. Kelompok emas dan platinum dibawa ke pameran produk kehutanan di Jakarta pada Desember.""",
     para="Salamat gasan ampat puluh asa kalompok usaha perhutanan sosial nang naik kelas 🎉 Sanayan tadi sertifikatnya dibari di Aula Dishut Kalsel. Dua puluh anam naik ka perak, dua walas ka emas, talu sampai platinum, kelas paling tinggi. Produknya madu, kopi, gula habang, rotan, wisata hutan. Nang emas wan platinum dibawa ka pameran di Jakarta bulan Disember. Mantap bubuhan!",
     looks=[
       dict(kim="kim-aranio", pl="facebook", at="11-04 20:20",
            t="Kelompok tani hutan di Aranio baru tahun ini mengurus pendaftaran sebagai kelompok usaha. Ketua kelompok bilang mereka masih belajar membuat pembukuan sederhana dan belum punya kemasan madu yang bagus. Semoga tahun depan bisa ikut penilaian.",
            d="one group that is only registering, not among the 41 promoted"),
       dict(kim="kim-kiram", pl="facebook", at="11-03 11:40",
            t="Aula Dishut Kalsel Senin kemarin juga dipakai untuk bimbingan teknis penyusunan laporan keuangan bendahara UPTD. Pesertanya 41 orang dari seluruh unit kerja kehutanan.",
            d="same hall and the same count (41), a bookkeeping workshop for treasurers"),
       dict(kim="kim-bakarangan", pl="telegram", at="12-02 14:30",
            t="Tiga kelompok perhutanan sosial dari Kalsel mulai hari ini memamerkan madu kelulut, gula aren dan kopi di pameran produk kehutanan di Jakarta. Stan Kalsel ramai dikunjungi di hari pertama.",
            d="the Jakarta exhibition in December, the announced next step told as its own news"),
     ],
     before=[]),

dict(id="a17", src="pemkab-kotabaru", at="11-12 09:55",
     slug="enam-kups-gula-aren-sampanahan-terima-alat-evaporator",
     title="Enam KUPS Gula Aren Sampanahan Terima Alat Evaporator, Produksi Ditarget 1,8 Ton Sebulan",
     text="""KOTABARU – Enam Kelompok Usaha Perhutanan Sosial pembuat gula aren di Kecamatan Sampanahan menerima enam unit alat evaporator dari Pemkab Kotabaru di Balai Desa Sampanahan, Rabu (11/11/2026). Alat itu mempercepat pemasakan nira dan mengurangi penggunaan kayu bakar hingga separuhnya. Dengan alat baru, produksi gula aren keenam kelompok ditargetkan naik dari 1,1 ton menjadi 1,8 ton per bulan. Keenam kelompok beranggotakan total 74 perajin gula aren.

“Kami ingin gula aren Sampanahan dikenal luas dengan nama Gula Habang Sampanahan, dan kayu hutan tidak lagi habis untuk tungku,” kata Bupati Kotabaru, Hairul Anam Basri.

Pemkab juga akan membantu izin edar dan kemasan berlabel untuk produk tersebut mulai Januari 2027. (kominfo-ktb/mr)""",
     short="Enam KUPS gula aren di Sampanahan menerima 6 evaporator dari Pemkab Kotabaru (11/11). Pemakaian kayu bakar turun separuh, produksi ditarget naik dari 1,1 ke 1,8 ton per bulan dengan merek Gula Habang Sampanahan.",
     long=None,
     para="Kabar baik matan Sampanahan: anam kalompok pambuat gula habang dapat alat evaporator, saikung sakalompok 🍯 Rabu tadi diserahakan di balai desa. Masak nira jadi labih lakas, kayu api hamat sampai satangah. Produksinya dihandaki naik matan sa ton saratus kilo jadi sa ton walu ratus kilo sabulan. Bupati handak gula nitu dikanal urang wan ngaran Gula Habang Sampanahan.",
     looks=[
       dict(kim="kim-serongga", pl="facebook", at="11-14 16:50",
            t="Harga gula aren di pasar Kelumpang Hilir minggu ini Rp22.000 per kilo, turun sedikit karena pasokan dari kampung sedang banyak. Pembeli dari Batulicin mulai berdatangan untuk stok akhir tahun.",
            d="the market price of palm sugar in another kecamatan"),
       dict(kim="kim-serongga", pl="facebook", at="11-16 10:10",
            t="Ibu-ibu PKK Desa Serongga membuat gula semut dari nira aren dan mulai menjualnya dalam kemasan 250 gram. Produksi masih kecil, sekitar 20 kilo sebulan, dimasak dengan tungku kayu.",
            d="a women's group in Serongga making powdered sugar on its own; no evaporator, no KUPS"),
       dict(kim="kim-stagen", pl="telegram", at="11-12 20:40",
            t="Bupati Kotabaru Rabu sore meresmikan gedung serbaguna Kecamatan Pulau Laut Utara. Gedung ini bisa dipakai warga untuk resepsi dan rapat desa dengan biaya sewa ringan.",
            d="the same Bupati, same day, another event"),
     ],
     before=[]),

dict(id="a18", src="pemkab-banjar", at="11-23 16:05",
     slug="delapan-kups-di-aranio-dan-karang-intan-dapat-dana-bergulir-rp126-miliar",
     title="Delapan KUPS di Aranio dan Karang Intan Dapat Dana Bergulir Rp1,26 Miliar",
     text="""MARTAPURA – Delapan Kelompok Usaha Perhutanan Sosial di Kecamatan Aranio dan Karang Intan menerima pinjaman dana bergulir dari Badan Pengelola Dana Lingkungan Hidup senilai total Rp1,26 miliar. Penandatanganan perjanjian berlangsung di Mahligai Sultan Adam, Martapura, Senin (23/11/2026). Dana dipakai untuk usaha kopi, jamur tiram, perahu wisata waduk dan pembibitan buah, dengan bunga ringan dan masa angsuran hingga lima tahun. Kedelapan kelompok itu beranggotakan total 196 warga desa sekitar hutan.

“Pinjaman ini harus kembali supaya bisa bergulir ke kelompok lain. Kami akan mendampingi pembukuan setiap bulan,” kata Wakil Bupati Banjar, Rusdiansyah Muhrim.

Pencairan tahap pertama sebesar 40 persen dijadwalkan pada pekan kedua Desember setelah verifikasi rekening kelompok. (diskominfo-banjar/ih)""",
     short="Delapan KUPS di Aranio dan Karang Intan menandatangani pinjaman dana bergulir BPDLH total Rp1,26 miliar di Mahligai Sultan Adam, Senin 23 November, untuk kopi, jamur, perahu wisata waduk dan pembibitan. Pencairan tahap I (40%) pekan kedua Desember.",
     long="""Delapan kelompok usaha perhutanan sosial dari Aranio dan Karang Intan, Kabupaten Banjar, kini punya modal baru. Senin (23/11) di Mahligai Sultan Adam mereka menandatangani pinjaman dana bergulir BPDLH dengan total Rp1,26 miliar.

Uangnya untuk usaha kopi, jamur tiram, perahu wisata waduk dan pembibitan buah, berbunga ringan dan boleh dicicil sampai lima tahun. Wabup Banjar Rusdiansyah Muhrim menegaskan pinjaman harus kembali agar bisa bergulir. Tahap pertama, 40 persen, cair pekan kedua Desember setelah rekening diverifikasi.""",
     para="Walu kalompok usaha perhutanan sosial di Aranio wan Karang Intan dapat pinjaman dana bagulir, samunyaan sa miliar dua ratus anam puluh juta 💰 Sanayan tadi tandatangan di Mahligai Sultan Adam. Gasan usaha kopi, jamur, parahu wisata waduk wan bibit buah. Bunganya ringan, kawa dicicil sampai lima tahun. Ujar Pa Wabup, pinjaman harus dibayar supaya kawa bagulir ka kalompok lain. Pencairan partama pekan kadua Disember.",
     looks=[
       dict(kim="kim-aranio", pl="facebook", at="11-25 12:00",
            t="Usaha perahu wisata di Waduk Riam Kanan sepi pekan ini karena hujan terus. Para motoris berharap musim liburan akhir tahun kembali ramai. Tarif keliling waduk tetap Rp150.000 per perahu.",
            d="boat tourism doing poorly in the rain; no loan"),
       dict(kim="kim-aranio", pl="telegram", at="12-04 19:30",
            t="Ada anggota kelompok yang bertanya kenapa pinjaman belum masuk. Kata pendamping, pencairan memang dijadwalkan pekan kedua Desember dan rekening kelompok masih diverifikasi. Jadi sabar, belum ada yang cair.",
            d="members asking why no money has arrived, a week and a half later"),
       dict(kim="kim-mandiangin-timur", pl="facebook", at="11-24 09:20",
            t="Bank Kalsel menyalurkan KUR Rp1,26 miliar kepada 40 pelaku UMKM di Kecamatan Karang Intan pekan ini, sebagian besar pedagang pasar dan pengrajin. Penyerahan simbolis dilakukan di kantor kecamatan.",
            d="same amount (Rp1,26 miliar) and kecamatan but a bank's KUR to 40 small traders"),
     ],
     before=[dict(kim="kim-aranio", pl="facebook", at="11-22 19:15",
            t="Besok pengurus kelompok tani hutan diundang ke Martapura untuk tanda tangan perjanjian pinjaman. Semoga lancar dan amanah.",
            d="invitation the evening before the signing")]),

dict(id="a19", src="dishut-kalsel", at="11-09 15:25",
     slug="84-masyarakat-mitra-polhut-dari-tujuh-kph-dikukuhkan",
     title="84 Masyarakat Mitra Polisi Kehutanan dari Tujuh KPH Dikukuhkan",
     text="""BANJARBARU – Sebanyak 84 warga desa sekitar hutan dari tujuh Kesatuan Pengelolaan Hutan (KPH) dikukuhkan sebagai Masyarakat Mitra Polisi Kehutanan (MMP) di Tahura Sultan Adam, Mandiangin, Senin (9/11/2026). Para mitra akan berpatroli delapan kali sebulan bersama polisi kehutanan, mencatat titik penebangan dan perburuan, dan melapor melalui aplikasi. Mereka menerima seragam, sepatu lapangan dan honor Rp750.000 per bulan. Para mitra berasal dari desa-desa yang berbatasan langsung dengan kawasan hutan.

“Warga desa adalah mata dan telinga hutan. Polisi kehutanan kita terbatas, sementara kawasan yang dijaga ratusan ribu hektare,” ujar Sekretaris Dinas Kehutanan Kalsel, Agus Riyanto Basri.

Sebelum bertugas, para mitra mengikuti pelatihan navigasi dan pertolongan pertama di Mandiangin hingga Kamis (12/11/2026). (dishut-kalsel/ar)""",
     short="84 warga desa sekitar hutan dari tujuh KPH dikukuhkan sebagai Masyarakat Mitra Polhut di Tahura Sultan Adam, Senin 9 November. Mereka patroli 8 kali sebulan, dapat seragam dan honor Rp750.000 per bulan.",
     long=None,
     para="Walu puluh ampat urang warga pinggir hutan matan tujuh KPH dikukuhakan jadi Mitra Polhut di Tahura Mandiangin, Sanayan tadi 🌳 Tugasnya umpat patroli walu kali sabulan lawan polisi hutan, mancatat wadah panabangan wan parburuan. Dapat saragam, sapatu wan honor pitung ratus lima puluh ribu sabulan. Ujar Pa Sekdis, warga tu mata wan talinga hutan.",
     looks=[
       dict(kim="kim-hatungun", pl="facebook", at="11-10 10:30",
            t="Kelompok pemuda Desa Hatungun membentuk regu peduli hutan beranggotakan 12 orang. Mereka berjalan ke bukit setiap Minggu untuk memeriksa sumber air dan memasang papan larangan berburu. Semuanya sukarela tanpa honor.",
            d="a village's volunteer youth group, unpaid, not the 84 official partners"),
       dict(kim="kim-mandiangin-timur", pl="telegram", at="11-12 16:00",
            t="Hari terakhir pelatihan mitra polhut di Mandiangin diisi praktik membaca peta dan kompas di dalam hutan. Beberapa peserta sempat salah arah, tapi semua kembali ke camp sebelum asar.",
            d="the last training day (12 Nov), a later step told as its own news"),
       dict(kim="kim-kiram", pl="facebook", at="11-11 08:00",
            t="Honor Rp750.000 per bulan untuk guru mengaji kampung di Kecamatan Karang Intan mulai dibayar bulan ini dari dana desa. Ada 84 guru yang menerimanya.",
            d="same honor amount and count (84) but Quran teachers paid from village funds"),
     ],
     before=[]),

dict(id="a20", src="pemkab-hss", at="11-13 16:40",
     slug="sepuluh-petugas-kph-dilatih-patroli-drone-awasi-18000-hektare-hutan-lindung-loksado",
     title="Sepuluh Petugas Dilatih Patroli Drone, Awasi 18.000 Hektare Hutan Lindung Loksado",
     text="""KANDANGAN – Sepuluh petugas KPH Hulu Sungai dan Pemkab Hulu Sungai Selatan mengikuti pelatihan patroli menggunakan pesawat nirawak (drone) di Kandangan, Kamis (12/11/2026) hingga Jumat (13/11/2026). Dua unit drone pemetaan yang dibeli dari APBD HSS akan dipakai mengawasi sekitar 18.000 hektare hutan lindung di Kecamatan Loksado, terutama lereng yang sulit dijangkau dengan berjalan kaki. Hasil terbang langsung dibandingkan dengan peta tutupan hutan.

“Patroli jalan kaki ke satu lereng bisa dua hari. Dengan drone, dalam satu jam kami sudah bisa melihat ada pembukaan lahan atau tidak,” kata Kepala Dinas Lingkungan Hidup HSS, Rina Marlina Utami.

Penerbangan patroli perdana dijadwalkan Rabu (18/11/2026) di sekitar Desa Haratai dan Malinau. (kominfo-hss/rm)""",
     short="Sepuluh petugas KPH Hulu Sungai dan Pemkab HSS dilatih patroli drone (12–13/11). Dua drone APBD HSS akan mengawasi ±18.000 ha hutan lindung Loksado; terbang perdana 18 November di sekitar Haratai dan Malinau.",
     long="""Hutan lindung Loksado kini diawasi dari udara. Sepuluh petugas KPH Hulu Sungai dan Pemkab HSS dilatih menerbangkan drone di Kandangan pada 12–13 November.

Dua drone pemetaan dari APBD HSS akan memantau sekitar 18.000 hektare, terutama lereng yang sulit didatangi. Kadis LH HSS Rina Marlina Utami menyebut patroli jalan kaki ke satu lereng bisa dua hari, sedangkan drone cukup sejam untuk melihat pembukaan lahan. Terbang perdana Rabu 18 November di sekitar Haratai dan Malinau.""",
     para="Hutan lindung Loksado wayahini dijaga pakai drone jua ✈️ Sapuluh patugas KPH wan Pemkab HSS balajar manarbangakan drone di Kandangan, Kamis-Jumat. Drone-nya dua buting, mamantau kira-kira dalapan walas ribu hektar. Ujar Bu Kadis, bajalan batis ka satu lereng kawa dua hari, amun drone sajam haja sudah tahu ada nang mambuka lahan kah kada. Tarbang partama Rabu 18 November di parak Haratai wan Malinau.",
     looks=[
       dict(kim="kim-loksado", pl="facebook", at="11-18 18:45",
            t="Warga Malinau siang tadi heboh melihat drone berputar di atas bukit. Ternyata itu penerbangan patroli hutan pertama dari petugas kabupaten. Kata petugas, gambar dari udara nanti dicocokkan dengan peta.",
            d="the first patrol flight on 18 Nov, the announced next step as its own news"),
       dict(kim="kim-angkinang", pl="instagram", at="11-15 12:40",
            t="Pelatihan pilot drone untuk pemetaan sawah dan penyemprotan pestisida digelar Dinas Pertanian HSS di BPP Angkinang. Ada 18 petani muda yang ikut. #HSS #PetaniMilenial #Drone",
            d="a drone course for farmers (spraying, rice mapping) by the agriculture office"),
       dict(kim="kim-hamalau", pl="facebook", at="11-16 20:30",
            t="Video viral drone yang memperlihatkan bukit gundul di Loksado itu rekaman tahun 2023 dan lokasinya kebun warga yang sudah berizin, kata kepala desa. Tolong jangan disebarkan seolah-olah kejadian baru.",
            d="an old viral drone clip clarified; not the patrol programme"),
     ],
     before=[]),
]
