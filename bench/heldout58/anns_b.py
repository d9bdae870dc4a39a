"""Hand-written releases a12-a22 of heldout58 (traditional measures, posyandu scales, halal, SNI). Fields as in anns_a."""

ANNS = [
dict(id="a12", src="pemkab-tabalong", pub="2026-11-24 11:05", reg="tbl",
 title="37 Literan Beras di Pasar Tanjung dan Kelua Kekecilan, Diganti Literan Bertanda Tera",
 text="""TANJUNG – Dinas Koperasi, UKM dan Perdagangan Kabupaten Tabalong memeriksa 212 alat takar beras tradisional berupa literan dan gantang di Pasar Tanjung dan Pasar Kelua pada Senin (23/11/2026). Sebanyak 37 literan ternyata kekecilan, sebagian dibuat dari kaleng bekas yang penyok.

“Literan adalah alat ukur warisan yang masih dipakai sehari-hari, jadi tetap harus benar isinya,” kata Kepala Dinas Koperasi, UKM dan Perdagangan Tabalong, Hj. Rina Kartikasari.

Pedagang yang literannya kekecilan menerima pengganti berupa 150 literan baja tahan karat bertanda tera yang dibagikan langsung di kedua pasar. Literan lama ditarik dan dimusnahkan. Pemeriksaan serupa di Pasar Mabuun dan Pasar Muara Uya dijadwalkan pada pekan kedua Desember. (tbl/ka)""",
 s="Tabalong periksa 212 literan dan gantang beras di Pasar Tanjung dan Pasar Kelua (Senin 23/11); 37 literan kekecilan. Pedagang dapat 150 literan stainless bertanda tera, literan lama ditarik. Pasar Mabuun & Muara Uya pekan kedua Desember.",
 l=None,
 p="Acil-acil padagang baras di Pasar Tanjung wan Kelua, literan pian sudah diparéksa hari Senin. Dari 212, ada 37 literan nang kaleitan, ada nang matan kaleng bakas panyuk. Diganti literan stainless batanda tera, 150 buting dibagi di pasar. Literan lawas ditarik. 🍚 #Tabalong",
 n=[
  ("Harga beras lokal siam mutiara di Pasar Kelua hari ini Rp16.500 per liter. Pedagang bilang stok dari Haruai berkurang karena banyak petani belum panen.",
   "rice prices per liter at the same market; no check", 2.1, "tbl", None),
  ("Literan baja di Pasar Mabuun pagi ini ikut diperiksa petugas. Dari 64 literan, sembilan diganti. Pedagang senang dapat literan baru gratis.",
   "a Pasar Mabuun check with its own figures (64 literan, 9 replaced), another market and day", 10.2, "tbl", None),
  ("Kerajinan literan kayu ulin buatan warga Desa Pembataan laku sebagai suvenir. Satu literan hias dijual Rp75.000 di pameran UMKM Tanjung Expo.",
   "decorative wooden literan as souvenirs; no metrology", 5.4, "tbl", None),
 ],
 b=[("Pedagang beras di Pasar Tanjung ramai membicarakan literan mau diperiksa dinas. Ada yang khawatir literannya disita.",
     "talk before the check, no results", -1.6)]),

dict(id="a13", src="pemkab-banjar", pub="2026-11-11 13:45", reg="bjr",
 title="312 Timbangan Bayi Posyandu di Banjar Ditera, 41 Diganti Timbangan Digital",
 text="""MARTAPURA – Dinas Kesehatan Kabupaten Banjar bersama UPTD Metrologi Legal melakukan tera terhadap 312 timbangan bayi dan dacin dari 104 posyandu di Kecamatan Martapura, Martapura Timur dan Astambul pada Selasa (10/11/2026) di Aula Puskesmas Martapura 1. Sebanyak 41 timbangan memiliki selisih lebih dari 50 gram.

“Selisih 50 gram saja bisa membuat kenaikan berat badan bayi terbaca keliru. Data stunting berawal dari timbangan yang benar,” ujar Kepala Dinas Kesehatan Kabupaten Banjar, dr. Nurul Fitriani.

Ke-41 timbangan itu langsung diganti dengan timbangan digital baru dari APBD 2026. Kader posyandu juga dilatih cara memeriksa titik nol sebelum menimbang. Pada Januari 2027 giliran alat ukur panjang badan bayi yang akan diperiksa. (bjr/ws)""",
 s="Dinkes Banjar & UPTD Metrologi tera 312 timbangan bayi/dacin dari 104 posyandu Martapura, Martapura Timur, Astambul (Selasa 10/11). 41 selisih >50 gram, langsung diganti timbangan digital baru. Alat ukur panjang badan menyusul Januari 2027.",
 l=("Timbangan Posyandu Ditera, 41 dari 312 Langsung Diganti",
    "Kader posyandu dari 104 posyandu di Martapura, Martapura Timur dan Astambul membawa timbangan bayi dan dacin ke Aula Puskesmas Martapura 1 pada Selasa (10/11) untuk ditera bersama UPTD Metrologi Legal. Dari 312 timbangan, 41 memiliki selisih lebih dari 50 gram.\n\nKepala Dinkes Banjar, dr. Nurul Fitriani, mengatakan data stunting berawal dari timbangan yang benar. Timbangan yang tidak akurat langsung diganti timbangan digital APBD 2026, kader dilatih memeriksa titik nol, dan pada Januari 2027 alat ukur panjang badan ikut diperiksa."),
 p="Kader posyandu di Martapura, Martapura Timur wan Astambul, timbangan bayi pian sudah ditera Salasa tadi di Puskesmas Martapura 1. 312 timbangan, 41 nang salisihnya labih 50 gram, langsung diganti timbangan digital hanyar. Kena Januari alat ukur panjang awak bayi pulang nang dipariksa. 👶",
 n=[
  ("Posyandu Melati di Desa Kaliukan hari ini menimbang 46 balita. Tiga balita berat badannya tidak naik dua bulan berturut-turut dan dirujuk ke puskesmas.",
   "an ordinary posyandu day with its own figures, no calibration", 6.2, "bjr", None),
  ("Aula Puskesmas Martapura 1 hari ini dipakai untuk kelas ibu hamil. Ada 35 ibu yang ikut belajar senam hamil dan tanda bahaya kehamilan.",
   "the same hall, another event", 2.3, "bjr", None),
  ("Di Kecamatan Gambut, kader posyandu belum dapat timbangan digital. Kami masih pakai dacin lama, semoga tahun depan kebagian.",
   "a wish from another kecamatan; not part of the calibration", 9.1, "bjr", None),
 ],
 b=[("Besok pagi kader posyandu se-Martapura diminta membawa timbangan bayi dan dacin ke Puskesmas Martapura 1. Jangan lupa bawa kain sarungnya juga.",
     "an invitation for 10 Nov, posted the day before the release", -1.2)]),

dict(id="a14", src="pemkab-kotabaru", pub="2026-11-18 10:20", reg="ktb",
 title="Alat Antropometri 58 Posyandu di Pulau Laut Ditera, Tujuh Timbangan Tidak Lulus",
 text="""KOTABARU – Dinas Kesehatan Kabupaten Kotabaru menera 58 timbangan digital dan 58 alat ukur panjang badan bayi dari posyandu di Kecamatan Pulau Laut Utara dan Pulau Laut Sigam pada Selasa (17/11/2026). Pengujian dilakukan petugas metrologi di Gedung Siring Laut. Tujuh timbangan tidak lulus karena baterai dan sensornya rusak.

“Alat antropometri ini kami terima tahun lalu dari pusat, dan tahun ini pertama kali ditera. Hasil ukur harus bisa dipertanggungjawabkan,” kata Kepala Dinas Kesehatan Kotabaru, dr. Hendra Wijaya.

Tujuh timbangan itu dikirim ke penyedia untuk diperbaiki sesuai garansi. Posyandu di Pulau Sebuku akan diperiksa pada Desember dengan petugas yang berangkat menggunakan kapal. (ktb/ry)""",
 s="Dinkes Kotabaru tera 58 timbangan digital dan 58 alat ukur panjang badan posyandu Pulau Laut Utara & Pulau Laut Sigam, Selasa 17/11 di Gedung Siring Laut. Tujuh timbangan gagal, dikirim untuk perbaikan garansi. Pulau Sebuku menyusul Desember.",
 l=None,
 p="Timbangan digital wan alat ukur panjang bayi matan posyandu Pulau Laut Utara wan Pulau Laut Sigam ditera di Gedung Siring Laut, hari Salasa. 58 timbangan, pitu nang kada lulus karena baterai wan sensornya rusak, dikirim gasan dibaiki garansi. Pulau Sebuku Desember kaina, bubuhan petugas naik kapal. #Kotabaru",
 n=[
  ("Gedung Siring Laut hari ini ramai lomba mewarnai tingkat TK se-Kotabaru. Ada 58 peserta, juara pertama dari TK Pertiwi Stagen.",
   "the same venue, a colouring contest (same figure 58)", 3.2, "ktb", None),
  ("Kapal Dinkes Kotabaru berangkat ke Pulau Sebuku pagi ini membawa petugas untuk memeriksa alat ukur di 21 posyandu. Mereka kembali lusa.",
   "the Pulau Sebuku trip in December, the next step as its own news", 15.9, "ktb", None),
  ("Posyandu di Desa Semayap mendapat bantuan timbangan digital baru dari dana desa 2026, lima unit. Kader sudah mulai memakainya bulan ini.",
   "a village's own purchase of five scales; no calibration", 8.0, "ktb", None),
 ],
 b=[]),

dict(id="a15", src="kemenag-kalsel", pub="2026-11-02 09:30", reg=None,
 title="Kemenag Kalsel Buka Pendaftaran 150 Pendamping Proses Produk Halal",
 text="""BANJARMASIN – Kantor Wilayah Kementerian Agama Provinsi Kalimantan Selatan membuka pendaftaran 150 calon Pendamping Proses Produk Halal (PPH) mulai Senin (2/11/2026) hingga Sabtu (14/11/2026). Pendamping PPH bertugas membantu pelaku usaha mikro mengurus sertifikat halal melalui jalur pernyataan mandiri (self declare).

“Masih banyak kecamatan yang belum memiliki pendamping, sehingga produsen kecil kesulitan mengurus sertifikat halal,” kata Kepala Satuan Tugas Layanan Halal Kanwil Kemenag Kalsel, H. Mursyidi.

Syarat pendaftar antara lain beragama Islam, berpendidikan minimal SMA, dan berdomisili di kecamatan yang dilayani. Peserta yang lolos seleksi mengikuti pelatihan tiga hari pada 23–25 November di Asrama Haji Embarkasi Banjarmasin. Pendaftaran dilakukan melalui kantor Kemenag kabupaten/kota. (kemenag/hm)""",
 s="Kanwil Kemenag Kalsel buka pendaftaran 150 Pendamping Proses Produk Halal, 2–14 November, lewat Kemenag kabupaten/kota. Syarat: Islam, minimal SMA, domisili di kecamatan. Pelatihan 23–25/11 di Asrama Haji Embarkasi Banjarmasin.",
 l=("Lowongan 150 Pendamping Halal Dibuka, Ini Syarat dan Jadwalnya",
    "Kemenag Kalsel mencari 150 Pendamping Proses Produk Halal (PPH) yang akan membantu usaha mikro mengurus sertifikat halal jalur self declare. Pendaftaran dibuka 2 sampai 14 November melalui kantor Kemenag kabupaten/kota.\n\nMenurut Kepala Satgas Layanan Halal, H. Mursyidi, banyak kecamatan belum punya pendamping. Syaratnya beragama Islam, minimal lulusan SMA dan tinggal di kecamatan yang dilayani. Peserta terpilih dilatih 23–25 November di Asrama Haji Embarkasi Banjarmasin."),
 p="Siapa nang handak jadi pendamping halal? Kemenag Kalsel mancari 150 urang Pendamping PPH, gasan mambantu bubuhan UMKM maurus sertifikat halal self declare. Daftar 2 sampai 14 November di Kemenag kabupaten. Syaratnya Islam, minimal SMA, badiam di kecamatan itu. Pelatihan 23–25/11 di Asrama Haji. 🕌",
 n=[
  ("Kemenag Kabupaten Banjar hari ini membuka pendaftaran penyuluh agama non-PNS untuk 12 kecamatan. Berkas diterima sampai akhir November.",
   "another recruitment of the Kemenag (religious counsellors)", 3.1, "bjr", None),
  ("Asrama Haji Embarkasi Banjarmasin hari ini dipakai untuk manasik haji akbar calon jemaah 2027 dari Banjarbaru. Sekitar 600 orang hadir.",
   "the same venue, a hajj rehearsal", 12.3, None, None),
  ("Ada yang tanya, pendamping halal itu digaji berapa? Setahu saya honornya per produk yang didampingi, bukan gaji bulanan. Belum ada info resmi angkanya, cek langsung ke Kemenag.",
   "a question about pay, no programme facts", 6.4, None, None),
  ("Tiga pendamping PPH dari Kecamatan Sungai Tabuk yang sudah bertugas sejak 2025 hari ini mendampingi 18 pembuat kue di Desa Lok Baintan. Semua berkas diunggah sore tadi.",
   "existing assistants at work in one village; not the recruitment", 9.4, "bjr", None),
 ],
 b=[]),

dict(id="a16", src="pemkab-kotabaru", pub="2026-11-16 16:40", reg="ktb",
 title="124 Produsen Kerupuk Ikan dan Amplang Pulau Laut Terima Sertifikat Halal Gratis",
 text="""KOTABARU – Sebanyak 124 produsen kerupuk ikan dan amplang di Kecamatan Pulau Laut Utara dan Pulau Laut Sigam menerima sertifikat halal gratis melalui jalur pernyataan mandiri. Sertifikat diserahkan Wakil Bupati Kotabaru, H. Syairi Mukhlis, di Gedung Siring Laut pada Senin (16/11/2026).

“Amplang Kotabaru sudah dikenal sampai luar provinsi. Dengan label halal, produk bisa masuk toko oleh-oleh di bandara dan jaringan ritel modern,” ujar Syairi.

Ia menambahkan, 76 produsen lain sedang menjalani verifikasi oleh pendamping proses produk halal dan diharapkan menerima sertifikat pada tahap kedua, Desember mendatang. Dinas Koperasi dan UKM akan membantu pencetakan kemasan baru berlabel halal bagi produsen yang membutuhkan. (ktb/ry)""",
 s="Wabup Kotabaru serahkan sertifikat halal gratis (self declare) ke 124 produsen kerupuk ikan dan amplang Pulau Laut Utara & Sigam, Senin 16/11 di Gedung Siring Laut. 76 produsen lain menyusul tahap kedua Desember.",
 l=("124 Produsen Amplang dan Kerupuk Ikan Kotabaru Kini Bersertifikat Halal",
    "Wakil Bupati Kotabaru, H. Syairi Mukhlis, menyerahkan sertifikat halal jalur self declare kepada 124 produsen kerupuk ikan dan amplang dari Pulau Laut Utara dan Pulau Laut Sigam di Gedung Siring Laut, Senin (16/11).\n\nMenurut Syairi, label halal membuka jalan bagi amplang Kotabaru masuk toko oleh-oleh bandara dan ritel modern. Sebanyak 76 produsen lain masih diverifikasi pendamping PPH untuk tahap kedua pada Desember, dan Dinas Koperasi dan UKM siap membantu pencetakan kemasan berlabel halal."),
 p="Alhamdulillah, 124 pambuat krupuk iwak wan amplang di Pulau Laut Utara wan Sigam sudah dapat sertifikat halal gratis, dibari Wabup di Gedung Siring Laut hari Senin. Amplang kita kawa masuk toko oleh-oleh bandara jar sidin. 76 nang lain manunggu tahap kadua Desember. 🐟 #AmplangKotabaru",
 n=[
  ("Wakil Bupati Kotabaru H. Syairi Mukhlis sore ini meninjau perbaikan dermaga penyeberangan Tanjung Serdang. Pekerjaan ditargetkan selesai akhir Desember.",
   "the same official the same day at a jetty", 0.1, "ktb", None),
  ("Harga amplang di toko oleh-oleh Kotabaru naik jadi Rp25.000 per bungkus 250 gram. Penjual bilang harga ikan tenggiri naik.",
   "amplang prices; no certificates", 5.5, "ktb", None),
  ("Tahap kedua sertifikat halal produsen Kotabaru diserahkan hari ini di Aula Bappeda: 76 produsen amplang, abon ikan dan kue kering. Penyerahan oleh Sekda.",
   "the second batch (76) handed over on 4 Dec – the later step as its own news", 17.8, "ktb", None),
  ("Kami di Sigam sudah 10 tahun bikin amplang ikan belida tiruan dari tenggiri, pesanan ramai jelang akhir tahun. Sertifikat halal kami sudah dari 2024.",
   "a producer certified in 2024 tells of orders; not this handover", 9.3, "ktb", None),
 ],
 b=[("Besok Senin produsen amplang diundang ke Gedung Siring Laut, katanya ambil sertifikat halal. Semoga nama kami ada di daftar.",
     "an invitation before the handover", -0.8)]),

dict(id="a17", src="pemkab-hsu", pub="2026-11-23 12:10", reg="hsu",
 title="Verifikasi Halal 80 Pembuat Wadai di Amuntai: 52 Lolos, 28 Perbaiki Bahan",
 text="""AMUNTAI – Sebanyak 80 pembuat wadai dan kue kering di Kecamatan Amuntai Tengah menjalani verifikasi dan validasi sertifikasi halal jalur pernyataan mandiri di Aula Bappeda Hulu Sungai Utara pada Sabtu (21/11/2026). Hasilnya, 52 produsen langsung dinyatakan lolos, sedangkan 28 lainnya harus mengganti bahan yang belum bersertifikat halal, seperti pewarna dan perisa.

“Kebanyakan masalah ada pada pewarna dan perisa yang dibeli curah tanpa label. Kami bantu mencarikan pengganti yang bersertifikat,” kata Kepala Dinas Koperasi dan UKM HSU, Hj. Siti Maulida.

Produsen yang lolos akan menerima sertifikat dalam 21 hari kerja. Yang harus memperbaiki bahan diberi waktu hingga 11 Desember untuk melengkapi bukti pembelian bahan pengganti. (hsu/ms)""",
 s="Verifikasi halal self declare 80 pembuat wadai dan kue kering Amuntai Tengah di Aula Bappeda HSU (Sabtu 21/11): 52 lolos, 28 harus ganti pewarna/perisa curah tanpa label halal, paling lambat 11 Desember.",
 l=None,
 p="Pambuat wadai di Amuntai, 80 urang diverifikasi halal hari Sabtu di Aula Bappeda. 52 langsung lolos, 28 lagi musti maganti pawarna wan parisa nang dituku curah kada balabel. Waktu sampai 11 Desember. Nang lolos dapat sertifikat dalam 21 hari karja. Samangat acil-acil! 🍰 #HSU",
 n=[
  ("Lomba wadai khas Banjar di Aula Bappeda HSU hari ini diikuti 80 peserta dari 10 kecamatan. Juara pertama bingka kentang dari Babirik.",
   "the same hall, a cake contest with the same count 80", 4.2, "hsu", None),
  ("Pewarna kue di toko bahan Pasar Amuntai sekarang banyak yang berlabel halal, harganya Rp3.000 lebih mahal. Pedagang bilang permintaan naik sejak bulan lalu.",
   "a shop's observation about labelled colourings; no verification", 7.3, "hsu", None),
  ("Di Babirik, kelompok pembuat kerupuk ikan masih menunggu pendamping halal datang. Sudah daftar sejak Agustus, belum ada kabar.",
   "another village's complaint about waiting; not the verification", 3.6, "hsu", None),
 ],
 b=[("Sabtu ini pembuat wadai diminta membawa semua bungkus bahan kue ke Aula Bappeda: tepung, gula, pewarna, perisa. Kata pendamping, yang curah difoto saja.",
     "an invitation with instructions before the verification day", -2.1)]),

dict(id="a18", src="pemkab-tabalong", pub="2026-11-10 15:55", reg="tbl",
 title="21 Dapur SPPG di Tabalong Ikut Pendampingan Sertifikasi Halal",
 text="""TANJUNG – Sebanyak 21 dapur Satuan Pelayanan Pemenuhan Gizi (SPPG) program Makan Bergizi Gratis di Kabupaten Tabalong mengikuti bimbingan teknis sertifikasi halal di Aula Setda Tabalong pada Senin (9/11/2026). Hingga kini 14 dapur sudah mengunggah berkas permohonan, sedangkan tujuh lainnya masih melengkapi daftar bahan.

“Anak-anak kita makan dari dapur ini setiap hari. Kepastian halal sama pentingnya dengan gizi dan kebersihan,” ujar Asisten Perekonomian dan Pembangunan Setda Tabalong, H. Zainal Arifin.

Pemkab menargetkan seluruh dapur SPPG di Tabalong bersertifikat halal paling lambat Januari 2027. Juru masak dan pengelola bahan dari tiap dapur diwajibkan mengikuti pelatihan penyelia halal yang digelar bergelombang mulai Desember. (tbl/ka)""",
 s="21 dapur SPPG MBG di Tabalong ikut bimtek sertifikasi halal, Senin 9/11 di Aula Setda. 14 sudah unggah berkas, 7 masih melengkapi daftar bahan. Target semua bersertifikat halal Januari 2027; pelatihan penyelia halal mulai Desember.",
 l=None,
 p="Dapur MBG di Tabalong, 21 buting, umpat bimtek sertifikat halal hari Senin di Aula Setda. 14 sudah maunggah berkas, pitu lagi balum tuntung daftar bahannya. Target Januari 2027 samunyaan sudah halal. Juru masak musti umpat palatihan penyelia halal mulai Desember. 🍱",
 n=[
  ("SPPG Murung Pudak 2 mulai beroperasi hari ini, melayani 2.900 siswa dari 11 sekolah. Menu pertama nasi, ikan patin, sayur bening dan pisang.",
   "a new SPPG kitchen opening; no halal guidance", 5.1, "tbl", None),
  ("Aula Setda Tabalong hari ini dipakai untuk rapat koordinasi persiapan Natal dan Tahun Baru bersama TNI, Polri dan Dishub.",
   "the same hall, another meeting", 3.4, "tbl", None),
  ("Di HST, 9 dapur SPPG sudah bersertifikat halal sejak September. Kepala SPPG Barabai bilang prosesnya dua bulan.",
   "kitchens already certified in another kabupaten", 7.6, "hst", None),
 ],
 b=[]),

dict(id="a19", src="pemkot-banjarmasin", pub="2026-11-25 19:15", reg="bjm",
 title="Zona KHAS Siring Tendean Diresmikan, 48 Lapak Kuliner Bersertifikat Halal",
 text="""BANJARMASIN – Pemerintah Kota Banjarmasin meresmikan Zona Kuliner Halal, Aman dan Sehat (KHAS) di kawasan Siring Pierre Tendean pada Selasa (24/11/2026) malam. Sebanyak 48 lapak kuliner di kawasan itu telah bersertifikat halal dan lulus uji sampel pangan yang dilakukan Dinas Kesehatan.

“Wisatawan yang datang ke siring tidak perlu ragu lagi. Semua lapak di zona ini sudah diperiksa kehalalan, keamanan dan kebersihannya,” kata Sekretaris Daerah Kota Banjarmasin, H. Rusdiansyah Fahmi.

Setiap lapak mendapat papan penanda Zona KHAS dan tempat cuci tangan. Uji sampel pangan akan diulang setiap tiga bulan. Pemkot berencana membuka Zona KHAS kedua di kawasan Menara Pandang tahun depan. (mc-bjm/dn)""",
 s="Pemkot Banjarmasin resmikan Zona KHAS (Kuliner Halal, Aman, Sehat) di Siring Pierre Tendean, Selasa malam 24/11. 48 lapak sudah bersertifikat halal dan lulus uji sampel; uji diulang tiap 3 bulan. Menara Pandang menyusul 2027.",
 l=("Siring Tendean Jadi Zona Kuliner Halal, Aman dan Sehat",
    "Sebanyak 48 lapak kuliner di Siring Pierre Tendean kini masuk Zona KHAS (Kuliner Halal, Aman dan Sehat) yang diresmikan Pemkot Banjarmasin pada Selasa malam (24/11). Semua lapak sudah bersertifikat halal dan lulus uji sampel Dinas Kesehatan.\n\nSekda Banjarmasin H. Rusdiansyah Fahmi mengatakan wisatawan tak perlu ragu lagi. Tiap lapak mendapat papan penanda dan tempat cuci tangan, uji sampel diulang tiap tiga bulan, dan zona kedua direncanakan di kawasan Menara Pandang pada 2027."),
 p="Jalan-jalan ka Siring Tendean, wayahini sudah jadi Zona KHAS, kuliner halal, aman wan sehat. 48 lapak sudah basertifikat halal wan lulus uji sampel Dinkes. Diresmikan Salasa malam. Tiap lapak ada papan wan tampat cuci tangan. Tahun dapan Menara Pandang pulang. 🍢 #Banjarmasin",
 n=[
  ("Malam ini di Siring Pierre Tendean ada panggung musik panting dalam rangka Hari Guru. Lapak kuliner buka sampai pukul 23.00.",
   "the same venue, a music night", 3.1, "bjm", None),
  ("Pedagang pentol di luar kawasan siring bertanya kenapa tidak diajak masuk Zona KHAS. Mereka berjualan di trotoar Jalan Pierre Tendean sejak 2019.",
   "a complaint from vendors outside the zone; not the launch", 4.4, "bjm", None),
  ("Zona kuliner sehat di Banjarbaru? Di Lapangan Murjani sudah ada 36 lapak binaan Dinkes sejak Agustus, tapi belum semuanya bersertifikat halal.",
   "another city's food stalls, different figures", 7.0, "bjb", None),
 ],
 b=[("Lapak-lapak di Siring Tendean dicat seragam sejak pagi, ada papan bertulis KHAS yang belum dibuka kainnya. Katanya mau diresmikan.",
     "preparations seen before the launch", -0.6)]),

dict(id="a20", src="disdag-kalsel", pub="2026-11-12 14:30", reg=None,
 title="340 Barang Elektronik Tanpa SNI dan Label Bahasa Indonesia Ditarik dari 9 Toko di Banjarmasin",
 text="""BANJARMASIN – Bidang Perlindungan Konsumen Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Selatan bersama Direktorat Pengawasan Barang Beredar Kementerian Perdagangan menarik 340 unit barang elektronik dari sembilan toko di kawasan Pasar Sudimampir dan Jalan Pangeran Samudera pada Rabu (11/11/2026). Barang yang ditarik berupa kabel listrik, stop kontak, setrika dan lampu LED yang tidak ber-SNI atau tidak berlabel bahasa Indonesia.

“Kabel dan stop kontak tanpa SNI berisiko memicu korsleting dan kebakaran rumah,” ujar Kepala Bidang Perlindungan Konsumen Disperindag Kalsel, Hj. Aulia Rahmawati.

Pemilik toko menerima surat teguran dan diminta mengembalikan barang kepada distributor. Pengawasan serupa akan dilakukan di toko listrik Martapura dan Banjarbaru pada Desember. (dpp/rs)""",
 s="Disperindag Kalsel dan Kemendag tarik 340 unit kabel, stop kontak, setrika dan lampu LED tanpa SNI/label bahasa Indonesia dari 9 toko di Sudimampir & Jl. Pangeran Samudera, Rabu 11/11. Toko listrik Martapura & Banjarbaru menyusul Desember.",
 l=("Kabel dan Stop Kontak Tanpa SNI Ditarik dari Sembilan Toko Banjarmasin",
    "Pengawas Disperindag Kalsel dan Kementerian Perdagangan menarik 340 unit barang elektronik dari sembilan toko di Pasar Sudimampir dan Jalan Pangeran Samudera pada Rabu (11/11). Barangnya kabel listrik, stop kontak, setrika dan lampu LED yang tidak ber-SNI atau tanpa label bahasa Indonesia.\n\nKabid Perlindungan Konsumen, Hj. Aulia Rahmawati, mengingatkan kabel tanpa SNI bisa memicu korsleting dan kebakaran. Toko mendapat surat teguran dan harus mengembalikan barang ke distributor; toko listrik di Martapura dan Banjarbaru diawasi pada Desember."),
 p="Hati-hati manukar kabel wan stop kontak murah! Disperindag Kalsel wan Kemendag manarik 340 buting barang listrik di 9 toko Sudimampir wan Pangeran Samudera, Rabu tadi, karena kada ber-SNI atau kada balabel bahasa Indonesia. Kawa korsleting, kawa tabakar rumah. Desember Martapura wan Banjarbaru pulang. ⚡",
 n=[
  ("Kebakaran di Gang Sepakat Sungai Miai dini hari tadi diduga dari korsleting stop kontak. Dua rumah hangus, tidak ada korban jiwa.",
   "a house fire blamed on a socket; no sweep", 4.8, "bjm", None),
  ("Toko listrik di Jalan Sekumpul Martapura hari ini didatangi petugas Disperindag. Dari 5 toko, 112 unit lampu LED tanpa SNI diminta diturunkan dari rak.",
   "the Martapura round in December (5 shops, 112 lamps), the next step as its own news", 21.0, "bjr", None),
  ("Promo akhir tahun di toko elektronik Jalan Pangeran Samudera: kipas angin dan setrika diskon 20 persen sampai 31 Desember.",
   "a shop discount on the same street; no sweep", 8.2, "bjm", None),
 ],
 b=[]),

dict(id="a21", src="pemkot-banjarbaru", pub="2026-11-19 11:50", reg="bjb",
 title="Besi Beton Tanpa SNI Ditemukan di Tiga Toko Bangunan Banjarbaru, 2,4 Ton Diamankan",
 text="""BANJARBARU – Dinas Perindustrian dan Perdagangan Kota Banjarbaru memeriksa 12 toko bahan bangunan di Kecamatan Landasan Ulin dan Liang Anggang pada Rabu (18/11/2026). Petugas menemukan besi beton dengan diameter lebih kecil dari ukuran yang tertera dan tanpa tanda SNI di tiga toko. Sebanyak 2,4 ton besi beton diamankan di gudang toko dan tidak boleh dijual.

“Besi yang disebut 10 milimeter ternyata hanya 8,6 milimeter. Ini membahayakan rumah warga,” tegas Kepala Disperindag Kota Banjarbaru, Rizal Fahmi.

Disperindag akan memanggil dua distributor pemasok besi tersebut pada pekan depan. Warga diminta memeriksa cetakan tanda SNI dan ukuran pada batang besi sebelum membeli, serta membawa jangka sorong bila perlu. (bjb/fz)""",
 s="Disperindag Banjarbaru cek 12 toko bangunan di Landasan Ulin & Liang Anggang (Rabu 18/11): di 3 toko ada besi beton tanpa SNI, '10 mm' ternyata 8,6 mm; 2,4 ton diamankan. Dua distributor dipanggil pekan depan.",
 l=None,
 p="Nang handak mambangun rumah di Banjarbaru, tiring dulu besinya! Disperindag mariksa 12 toko bangunan di Landasan Ulin wan Liang Anggang. Di talu toko ada basi beton kada ber-SNI, jar 10 mili padahal cuma 8,6. Dua koma ampat ton diamanakan. Distributor dipanggil minggu dapan. 🏗️",
 n=[
  ("Harga semen di toko bangunan Landasan Ulin naik Rp3.000 per sak pekan ini. Pedagang bilang kiriman dari Tarjun terlambat.",
   "cement prices; no SNI check", 3.0, "bjb", None),
  ("Dua distributor besi beton memenuhi panggilan Disperindag Banjarbaru hari ini. Mereka sepakat menarik seluruh stok besi ukuran kurang dari 14 toko langganannya.",
   "the distributors' meeting the following week, a later step with its own figures", 7.1, "bjb", None),
  ("Rumah subsidi di Cempaka retak padahal baru ditempati enam bulan. Warga menduga kualitas bahan bangunannya kurang, belum ada pemeriksaan resmi.",
   "a complaint about cracked houses; no test", 10.0, "bjb", None),
 ],
 b=[]),

dict(id="a22", src="pemkab-tanah-laut", pub="2026-11-06 15:40", reg="tala",
 title="Tujuh Merek Garam di Tanah Laut Tidak Penuhi Kadar Yodium SNI",
 text="""PELAIHARI – Dinas Kesehatan bersama Dinas Perdagangan Kabupaten Tanah Laut menguji kadar yodium 23 merek garam konsumsi yang beredar di Pasar Pelaihari dan Pasar Jorong pada Kamis (5/11/2026). Hasilnya, tujuh merek mengandung yodium di bawah 30 ppm sehingga tidak memenuhi Standar Nasional Indonesia.

“Kekurangan yodium berdampak pada tumbuh kembang anak. Garam di dapur rumah tangga harus beryodium cukup,” ujar Kepala Dinas Kesehatan Tanah Laut, dr. Anshari Ramadhan.

Distributor tujuh merek tersebut diminta menarik stok dari pasar paling lambat Jumat (20/11/2026). Kader posyandu akan membawa tes yodium cepat untuk memeriksa garam di rumah warga selama bulan Desember, dimulai dari desa dengan angka stunting tertinggi. (tala/rm)""",
 s="Dinkes & Dinas Perdagangan Tala uji yodium 23 merek garam di Pasar Pelaihari dan Pasar Jorong (Kamis 5/11): 7 merek di bawah 30 ppm, tidak sesuai SNI. Distributor tarik stok paling lambat 20/11. Desember kader cek garam di rumah warga.",
 l=None,
 p="Garam di dapur pian sudah bayodium kah? Dinkes Tala manguji 23 merek garam di Pasar Pelaihari wan Jorong, pitu merek yodiumnya kurang matan 30 ppm, kada sasuai SNI. Distributor disuruh manarik stok sampai 20 November. Desember kader posyandu datang ka rumah bawa tes yodium. 🧂 #TanahLaut",
 n=[
  ("Di Desa Tabanio ada ibu-ibu yang membuat garam bakar dari air laut untuk bumbu ikan. Satu toples Rp15.000.",
   "a village craft of roasted salt; no iodine test", 8.1, "tala", None),
  ("Kader posyandu Desa Angsau hari ini keliling rumah membawa cairan tes yodium. Dari 40 rumah, enam memakai garam yang tidak berubah warna.",
   "the December household check in one village, later step with its own figures", 25.8, "tala", None),
  ("Pasar Jorong hari ini sepi karena hujan deras sejak subuh. Pedagang ikan pulang lebih cepat.",
   "same market, weather; no test", 2.2, "tala", None),
 ],
 b=[]),
]
