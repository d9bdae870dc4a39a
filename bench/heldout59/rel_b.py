# -*- coding: utf-8 -*-
"""Hand-written releases a15-a27 of heldout59 (same fields as rel_a.py)."""

R = []

R.append(dict(
    key="a15", src="pemkab-tanah-laut", at="2026-11-06 14:15", region="Kabupaten Tanah Laut", place="Pelaihari",
    title="Sekolah Orang Tua Remaja Digelar di 25 Desa Tanah Laut",
    text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut menggelar Sekolah Orang Tua Remaja di 25 desa mulai Jumat (6/11/2026). Sebanyak 150 orang tua yang memiliki anak usia 10 sampai 18 tahun mengikuti pertemuan pertama di balai desa masing-masing, dipandu kader dan penyuluh yang sudah dilatih.

"Masa remaja itu masa anak mulai tertutup. Orang tua perlu belajar mendengar dulu sebelum menasihati, supaya anak tidak mencari tempat curhat yang salah," kata Kepala Dinas Pengendalian Penduduk, KB, PPPA Tanah Laut, Hj. Noor Laila Fitri.

Setiap desa mengadakan tiga pertemuan hingga pertengahan Desember. Materinya meliputi pubertas, pergaulan dan gawai, serta pencegahan perkawinan usia anak. Peserta yang lengkap hadir akan diundang ke temu orang tua tingkat kabupaten. (tala/wn)""",
    S="Tanah Laut menggelar Sekolah Orang Tua Remaja di 25 desa mulai 6 November: 150 orang tua anak usia 10-18 tahun, tiga pertemuan di balai desa sampai pertengahan Desember (pubertas, gawai, cegah perkawinan anak).",
    P="Kuitan nang baisi anak baranjak ganal di Tanah Laut, ada Sekolah Orang Tua Remaja di 25 desa, mulai Jumahat ini. Saratus lima puluh urang kuitan baajar di balai desa, talu kali batamu sampai tangah Disimbir. Baajar mandangar dahulu, imbahnya hanyar manasihati 😊 #TanahLaut",
    N=[("Pertemuan kedua Sekolah Orang Tua Remaja di Desa Panggung malam tadi membahas pergaulan dan gawai. Hadir 6 dari 6 peserta desa, ditambah dua nenek yang ikut mendengar.",
        "a later meeting in one village (Panggung), its own report", 12.2, "kim-panggung", None),
       ("Penyuluh KB Kecamatan Bati-Bati hari ini melatih 25 kader Bina Keluarga Balita di aula kantor camat. Fokusnya tumbuh kembang anak usia 0-6 tahun.",
        "same count 25, another programme (toddler-family cadres)", 4.1, "kim-bati-bati", None),
       ("Kapan ya ada kelas orang tua untuk anak remaja di Kintap? Sepertinya desa kami tidak termasuk 25 desa itu. Anak-anak kami juga butuh.",
        "a wish from a village not in the programme", 5.3, "kim-kintap", None),
       ],
))

R.append(dict(
    key="a16", src="dp3a-kalsel", at="2026-11-05 15:35", region="prov", place="Banjarbaru",
    title="150 Perempuan Pelaku Usaha Ikuti Pelatihan Perempuan Berdaya Digital",
    text="""BANJARBARU – Sebanyak 150 perempuan pelaku usaha mikro dari 13 kabupaten/kota mengikuti pelatihan Perempuan Berdaya Digital di Banjarbaru, 5-7 November 2026. Pelatihan yang dibuka Kamis (5/11/2026) itu mengajarkan foto produk dengan ponsel, menulis keterangan produk, dan berjualan melalui lokapasar.

"Produk ibu-ibu kita bagus, tapi sering kalah di foto dan cara menawarkan. Tiga hari ini kami ingin mereka pulang dengan toko daring yang sudah jalan," ujar Kepala DP3A Kalsel, Hj. Rusdiana Maulida.

Peserta terdiri dari pengrajin, penjual kue, dan pengolah hasil pertanian. Setelah pelatihan, setiap peserta diminta mengunggah paling sedikit sepuluh produk ke toko daring dalam dua pekan. Toko yang paling aktif akan dipromosikan melalui akun media sosial DP3A Kalsel sepanjang Desember. (dp3a/rn)""",
    S="150 perempuan pelaku usaha mikro dari 13 kabupaten/kota ikut pelatihan Perempuan Berdaya Digital DP3A Kalsel di Banjarbaru 5-7 November: foto produk, keterangan produk, jualan di lokapasar. Dalam dua pekan peserta wajib unggah minimal sepuluh produk.",
    L="""DP3A Kalimantan Selatan membuka pelatihan Perempuan Berdaya Digital, Kamis 5 November di Banjarbaru. Selama tiga hari sampai 7 November, 150 perempuan pelaku usaha mikro dari 13 kabupaten/kota belajar memotret produk dengan ponsel, menulis keterangan produk dan berjualan di lokapasar.

Pesertanya pengrajin, penjual kue dan pengolah hasil pertanian. Kepala DP3A Hj. Rusdiana Maulida ingin mereka pulang dengan toko daring yang sudah berjalan. Dalam dua pekan setiap peserta harus mengunggah minimal sepuluh produk; toko paling aktif dipromosikan akun DP3A sepanjang Desember.""",
    P="Bubuhan bibinian nang bausaha, saratus lima puluh urang matan 13 kabupaten kota lagi baajar bajualan online di Banjarbaru, tiga hari sampai tanggal 7. Baajar mamoto barang pakai HP, manulis keterangan, bajual di marketplace. Dua minggu kaina musti sudah ada sapuluh barang di toko online. Hebat ibu-ibu! 📸🛍️",
    N=[("Kelompok wanita tani Desa Pengaron hari ini belajar membuat kemasan keripik singkong dari standing pouch. Pelatihnya dari penyuluh kecamatan, pesertanya 22 ibu.",
        "a village women's farming group's packaging class, not the provincial digital training", 6.3, "kim-pengaron", None),
       ("Pelatihan jualan daring untuk 150 pemuda pelaku usaha digelar Dispora di Banjarmasin, 16-18 November. Pesertanya laki-laki dan perempuan usia 18-30 tahun.",
        "same count 150 and same skill, another office (Dispora) for youth", 11.0, "kim-teluk-dalam", None),
       ("Dua pekan setelah pelatihan Perempuan Berdaya Digital, dinas mencatat 118 dari 150 peserta sudah mengunggah produk. Enam toko dari Banjarbaru masuk daftar yang akan dipromosikan bulan depan.",
        "the later two-week check (118 of 150 uploaded) told as its own news", 15.8, "kim-loktabat-selatan", None),
       ],
    B=[("Ibu-ibu pelaku usaha dari kabupaten mulai berdatangan ke Banjarbaru untuk pelatihan jualan daring yang dimulai besok. Dari desa kami ada dua orang yang berangkat, penjual amplang dan penjual kain.",
        "arrival the day before; no training yet", 18.0, "kim-sungai-besar")],
))

R.append(dict(
    key="a17", src="pemkab-hst", at="2026-11-03 11:40", region="Kabupaten Hulu Sungai Tengah", place="Barabai",
    title="40 Ibu Rumah Tangga Barabai Dilatih Membuat Kain Eco-print",
    text="""BARABAI – Sebanyak 40 ibu rumah tangga dari enam desa mengikuti pelatihan kain eco-print di Gedung Wanita Murakata, Barabai, 3-6 November 2026. Pelatihan yang dibuka Selasa (3/11/2026) itu memanfaatkan daun jati, ketapang dan kenikir yang banyak tumbuh di pekarangan warga.

"Daun yang biasanya disapu dan dibakar ternyata bisa menjadi motif kain yang dijual Rp150 ribu sampai Rp250 ribu per lembar. Ini peluang usaha yang bisa dikerjakan dari rumah," kata Kepala Dinas Sosial dan PPPA Hulu Sungai Tengah, Hj. Fauziah Rahmah.

Setiap peserta mendapat bahan awal lima lembar kain. Hasil pelatihan akan dipamerkan pada gelar produk UMKM perempuan di Barabai pada akhir November. (hst/mr)""",
    S="40 ibu rumah tangga dari enam desa dilatih membuat kain eco-print di Gedung Wanita Murakata, Barabai, 3-6 November, memakai daun jati, ketapang dan kenikir. Kain bisa dijual Rp150-250 ribu; hasilnya dipamerkan akhir November.",
    P="Daun jati wan katapang nang biasanya disapu lalu ditunu, kawa jadi motif kain, dijual saratus lima puluh sampai dua ratus lima puluh ribu! Ampat puluh urang ibu di Barabai lagi baajar eco-print di Gedung Wanita Murakata sampai tanggal 6. Akhir bulan kaina dipamerakan. 🍃",
    N=[("Pelatihan menganyam purun untuk 40 ibu di Desa Pandawan dimulai hari ini. Bahan purun diambil dari rawa desa sendiri, pelatihnya pengrajin senior kampung.",
        "same count 40 and women, but purun weaving in Pandawan", 5.2, "kim-pandawan", None),
       ("Gelar produk UMKM perempuan di Barabai dibuka hari ini. Ada 35 stan, dan kain eco-print hasil pelatihan awal bulan ikut dipajang, laku 12 lembar di hari pertama.",
        "the later product exhibition at the end of November, its own news", 24.1, "kim-barabai-timur", None),
       ("Gedung Wanita Murakata Barabai minggu ini dipakai untuk ujian praktik tata rias pengantin 30 peserta kursus.",
        "same venue, another event", 8.0, "kim-hantakan", None),
       ],
))

R.append(dict(
    key="a18", src="pemkab-batola", at="2026-11-18 13:05", region="Kabupaten Barito Kuala", place="Marabahan",
    title="80 Perempuan Pelaku Usaha Mikro Batola Belajar Pembukuan Sederhana",
    text="""MARABAHAN – Sebanyak 80 perempuan pelaku usaha mikro dari 17 kecamatan di Barito Kuala mengikuti kelas literasi keuangan dan pembukuan sederhana di Aula Bahalap, Marabahan, Rabu (18/11/2026). Mereka belajar memisahkan uang usaha dan uang dapur, mencatat penjualan harian dan menghitung keuntungan.

"Banyak usaha ibu-ibu sebenarnya untung, tapi uangnya habis tanpa tercatat. Dengan buku kas sederhana, mereka tahu berapa modal yang harus disisihkan," ujar Kepala Dinas PPKBPPPA Barito Kuala, Hj. Rina Zahratul Aini.

Setiap peserta menerima buku kas dan kalkulator. Mereka juga diajak membuka tabungan usaha terpisah. Kelas lanjutan tentang akses permodalan yang aman dan cara menghindari pinjaman daring ilegal direncanakan Januari 2027. (batola/ik)""",
    S="80 perempuan pelaku usaha mikro dari 17 kecamatan Batola ikut kelas literasi keuangan dan pembukuan sederhana di Aula Bahalap, Marabahan (18/11): pisahkan uang usaha dan dapur, catat penjualan. Kelas lanjutan permodalan Januari 2027.",
    P="Ibu-ibu nang bajualan di Batola, duit usaha wan duit dapur jangan dicampur lah! 😅 Walu puluh urang bibinian matan 17 kecamatan baajar pembukuan di Aula Bahalap Marabahan tadi, dibari buku kas wan kalkulator. Januari kaina ada kelas pasal modal wan bahaya pinjol ilegal.",
    N=[("Koperasi wanita di Tabunganen Muara menggelar rapat anggota tahunan di balai desa hari ini. Sisa hasil usaha dibagi Rp38 juta kepada 80 anggota.",
        "a women's cooperative's annual meeting with same count 80", 9.3, "kim-tabunganen-muara", None),
       ("Aula Bahalap Marabahan pagi ini ramai oleh 17 kafilah kecamatan yang mengikuti technical meeting MTQ tingkat kabupaten.",
        "same hall and same 17 kecamatan, another meeting", 6.2, "kim-ulu-benteng", None),
       ("Hati-hati ibu-ibu, ada yang menawarkan pinjaman modal usaha 'khusus perempuan dari dinas' lewat pesan berantai. Itu bukan program pemkab, jangan kirim foto KTP!",
        "a scam warning using the office's name", 3.1, "kim-handil-bakti", None),
       ],
))

R.append(dict(
    key="a19", src="pemprov-kalsel", at="2026-11-26 10:30", region="prov", place="Banjarmasin",
    title="Inkubator Usaha Perempuan Banua Tetapkan 30 Peserta, Didampingi Tiga Bulan",
    text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan menetapkan 30 perempuan pelaku usaha sebagai peserta angkatan pertama Inkubator Usaha Perempuan Banua. Pengumuman disampaikan di Gedung Mahligai Pancasila, Banjarmasin, Kamis (26/11/2026), dan pendampingan berlangsung tiga bulan mulai 1 Desember 2026.

"Pelatihan saja tidak cukup. Yang dibutuhkan adalah teman yang menemani ketika pesanan mulai datang, ketika harus mengurus izin edar atau mencari pembeli besar," kata Asisten Perekonomian dan Pembangunan Setdaprov Kalsel, Dr. Hj. Lailatul Qadriah.

Peserta berasal dari 11 kabupaten/kota dan dipilih dari 112 pendaftar melalui wawancara. Setiap peserta didampingi satu mentor dan mendapat bantuan sertifikasi halal serta pendaftaran merek. Evaluasi angkatan pertama dilakukan Maret 2027 sebelum pendaftaran angkatan kedua dibuka. (prov/ms)""",
    S="Pemprov Kalsel menetapkan 30 peserta Inkubator Usaha Perempuan Banua di Mahligai Pancasila (26/11); pendampingan tiga bulan mulai 1 Desember, satu mentor per peserta, bantuan sertifikasi halal dan merek. Peserta dari 11 kabupaten/kota.",
    P="Talu puluh urang bibinian pangusaha wayahini masuk Inkubator Usaha Perempuan Banua 🎉 Diumumakan di Mahligai Pancasila, tiga bulan didampingi mentor mulai 1 Disimbir, dibantu sertifikat halal wan daftar merek jua. Bubuhannya matan 11 kabupaten kota. Salamat!",
    N=[("Tiga puluh pengrajin sasirangan mengikuti pameran di Mahligai Pancasila hari ini dalam rangka Hari Jadi Kota. Stan buka sampai Minggu.",
        "same venue and same count 30, another event (sasirangan exhibition)", 3.2, "kim-pelambuan", None),
       ("Inkubator bisnis kampus di Banjarbaru membuka pendaftaran tenant baru untuk mahasiswa. Kuotanya 30 tim, pendampingan enam bulan.",
        "a university business incubator for students (30 teams, six months), not the women's incubator", 5.1, "kim-guntung-manggis", None),
       ("Kabar dari kawan: katanya peserta inkubator perempuan dapat modal Rp10 juta tunai. Setelah kami tanya ke dinas, tidak ada bantuan tunai, yang ada pendampingan dan bantuan sertifikat.",
        "a rumour of cash aid, denied", 4.4, None, None),
       ],
))

R.append(dict(
    key="a20", src="pemkab-hsu", at="2026-11-13 09:10", region="Kabupaten Hulu Sungai Utara", place="Amuntai",
    title="Bazar Produk Perempuan HSU Digelar Tiga Hari di Lapangan Pahlawan Amuntai",
    text="""AMUNTAI – Sebanyak 40 stan produk usaha perempuan meramaikan Bazar Produk Perempuan Hulu Sungai Utara di Lapangan Pahlawan, Amuntai, 13-15 November 2026. Bazar dibuka Jumat (13/11/2026) dan menampilkan kerajinan eceng gondok, itik olahan, kue tradisional dan tas anyaman.

"Bazar ini sekaligus menguji pasar. Ibu-ibu bisa melihat produk mana yang paling dicari pembeli sebelum memproduksi lebih banyak," kata Ketua TP PKK HSU, Hj. Nurhidayah Ilmi, saat membuka bazar.

Bazar buka pukul 15.00 sampai 22.00 Wita. Setiap hari ada demo memasak dan kelas singkat memotret produk. Stan dengan penjualan terbanyak akan mendapat tempat gratis di galeri produk daerah selama tiga bulan. (hsu/sl)""",
    S="Bazar Produk Perempuan HSU, 40 stan, di Lapangan Pahlawan Amuntai 13-15 November pukul 15.00-22.00 Wita: kerajinan eceng gondok, itik olahan, kue, tas anyaman. Stan terlaris dapat tempat gratis di galeri produk daerah tiga bulan.",
    P="Urang Amuntai, malam ini ka Lapangan Pahlawan lah! Ada ampat puluh stan produk bibinian: karajinan ilung, itik, wadai, tas anyaman. Buka jam talu sampai jam sapuluh malam, sampai hari Ahad. Stan nang paling laku dapat tampat gratis di galeri. Tukari produk dangsanak saurang 🛍️ #HSU",
    N=[("Pasar malam di Lapangan Pahlawan Amuntai dibuka lagi mulai Jumat depan dalam rangka libur akhir tahun. Ada wahana bianglala dan 60 pedagang.",
        "same field, another event later (year-end night fair)", 20.0, "kim-paliwara", None),
       ("Kelompok pengrajin eceng gondok Danau Panggang menerima pesanan 400 tas dari hotel di Banjarmasin. Pengerjaan dibagi ke 25 ibu di tiga desa.",
        "a craft group's own order (400 bags), not the bazaar", 7.2, "kim-danau-panggang", None),
       ],
    B=[("Tenda-tenda sudah berdiri di Lapangan Pahlawan, katanya untuk bazar produk ibu-ibu mulai besok sore. Ada yang tahu berapa stan?",
        "tents seen the day before", 15.0, "kim-sungai-malang")],
))

R.append(dict(
    key="a21", src="pemkab-tapin", at="2026-11-25 14:00", region="Kabupaten Tapin", place="Rantau",
    title="45 Perempuan Alumni Pelatihan di Tapin Terima Paket Alat Usaha",
    text="""RANTAU – Pemerintah Kabupaten Tapin menyerahkan 45 paket alat usaha kepada perempuan alumni pelatihan keterampilan di Pendopo Bupati Tapin, Rantau, Rabu (25/11/2026). Paket berisi oven, mixer, etalase kaca dan peralatan jahit, disesuaikan dengan jenis usaha masing-masing penerima.

"Kami memilih penerima yang sudah terbukti berproduksi setelah pelatihan. Bantuan ini untuk menambah kapasitas, bukan untuk memulai dari nol," ujar Wakil Bupati Tapin, H. Syahrian Noor.

Penerima berasal dari sembilan kecamatan dan sebelumnya mengikuti pelatihan tata boga, menjahit atau kerajinan pada 2025 dan 2026. Dinas akan memantau penggunaan alat pada Februari 2027, dan paket yang tidak dipakai untuk usaha dapat dialihkan kepada alumni lain yang masuk daftar tunggu. (tapin/hr)""",
    S="Pemkab Tapin menyerahkan 45 paket alat usaha (oven, mixer, etalase, alat jahit) kepada perempuan alumni pelatihan dari sembilan kecamatan di Pendopo Bupati, Rantau (25/11). Pemantauan Februari 2027.",
    P="Ampat puluh lima urang bibinian alumni pelatihan di Tapin dapat alat usaha: oven, mixer, etalase, alat manjahit. Diunjukakan Wabup di Pendopo Rantau tadi. Amun kada dipakai gasan usaha, kaina dialihakan ka urang lain nang mahadang. Dipakai bujur-bujur lah! 👩‍🍳",
    N=[("Pendopo Bupati Tapin hari ini dipakai untuk penyerahan 45 unit kursi roda bagi penyandang disabilitas dari Baznas.",
        "same venue and same count 45, wheelchairs from Baznas", 6.2, "kim-bakarangan", None),
       ("Ibu-ibu kelompok kue di Binuang patungan membeli oven besar Rp4,5 juta dari hasil arisan. Sekarang bisa memanggang 200 kue sehari.",
        "a women's group buying its own oven, not the aid", 8.1, "kim-binuang", None),
       ("Ada yang bertanya, pendaftaran bantuan alat usaha untuk ibu-ibu di Tapin dibuka lagi kapan? Sampai sekarang belum ada info resmi, tunggu pengumuman dinas.",
        "a question about a next round, no facts", 5.0, "kim-bakarangan", None),
       ],
))

R.append(dict(
    key="a22", src="dp3a-kalsel", at="2026-11-12 14:25", region="prov", place="Banjarmasin",
    title="Mulai 1 Desember, Pemohon Dispensasi Kawin Wajib Ikut Asesmen PUSPAGA",
    text="""BANJARMASIN – Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Kalsel dan Pengadilan Tinggi Agama Banjarmasin menandatangani kesepakatan pencegahan perkawinan anak, Kamis (12/11/2026). Mulai 1 Desember 2026, setiap permohonan dispensasi kawin di 13 pengadilan agama wajib dilengkapi surat hasil asesmen dari PUSPAGA atau UPTD PPA.

"Asesmen bukan untuk mempersulit, tapi memastikan hakim mendengar kondisi anak: sekolahnya, kesehatannya, dan apakah ada paksaan," kata Kepala DP3A Kalsel, Hj. Rusdiana Maulida.

Asesmen dilakukan oleh psikolog atau konselor tanpa biaya dan paling lama tujuh hari kerja. Pemerintah kabupaten/kota diminta menyiapkan petugas asesmen di setiap PUSPAGA sebelum aturan berlaku, dan kantor urusan agama diminta menyampaikan ketentuan ini kepada keluarga yang datang bertanya. (dp3a/rn)""",
    S="DP3A Kalsel dan Pengadilan Tinggi Agama Banjarmasin sepakat (12/11): mulai 1 Desember permohonan dispensasi kawin di 13 pengadilan agama wajib disertai hasil asesmen PUSPAGA atau UPTD PPA, gratis, paling lama tujuh hari kerja.",
    L="""Ada aturan baru untuk permohonan dispensasi kawin di Kalimantan Selatan. DP3A Kalsel dan Pengadilan Tinggi Agama Banjarmasin menandatangani kesepakatan pada Kamis 12 November: mulai 1 Desember 2026, setiap permohonan di 13 pengadilan agama harus dilengkapi surat hasil asesmen dari PUSPAGA atau UPTD PPA.

Menurut Kepala DP3A Hj. Rusdiana Maulida, asesmen memastikan hakim mendengar kondisi anak, termasuk sekolah, kesehatan dan ada tidaknya paksaan. Asesmen gratis, oleh psikolog atau konselor, paling lama tujuh hari kerja.""",
    P="Dangsanak, mulai 1 Disimbir amun handak minta dispensasi kawin gasan anak nang balum cukup umur, musti ada surat asesmen matan PUSPAGA atawa UPTD PPA dahulu. Gratis, paling lawas pitu hari kerja. Kasapakatan DP3A wan Pengadilan Tinggi Agama. Anak sakulah dahulu lah, jangan lakas dikawinakan 🙏",
    N=[("Pengadilan Agama Martapura mencatat 46 permohonan dispensasi kawin sepanjang Januari-Oktober, turun dari 71 pada periode yang sama tahun lalu. Data disampaikan dalam rapat evaluasi pengadilan.",
        "a court's own yearly figures, no new rule", 5.4, "kim-sungai-paring", None),
       ("Surat asesmen pertama dari PUSPAGA Banjarmasin untuk perkara dispensasi kawin diterbitkan hari ini, tiga hari setelah aturan baru berlaku. Identitas anak dirahasiakan.",
        "the first assessment letter after the rule took effect (4 Dec), its own news", 21.8, "kim-teluk-dalam", None),
       ("Katanya mulai Desember nikah di KUA harus ada surat psikolog untuk semua pasangan? Itu tidak benar. Yang diminta asesmen hanya permohonan dispensasi untuk anak di bawah umur.",
        "a misreading corrected (not all couples); no facts of the agreement", 6.0, None, None),
       ],
    B=[("Kabarnya DP3A dan pengadilan agama sedang menyusun aturan supaya dispensasi kawin lebih ketat. Isinya belum diumumkan, tunggu saja kabar resminya.",
        "hearsay before the signing", 48.0, None)],
))

R.append(dict(
    key="a23", src="kemenag-kalsel", at="2026-11-13 15:45", region="prov", place="Banjarmasin",
    title="Kemenag Kalsel Minta Khatib Sampaikan Materi Cegah Perkawinan Anak pada Jumat 20 November",
    text="""BANJARMASIN – Kantor Wilayah Kementerian Agama Kalimantan Selatan meminta khatib di 1.250 masjid menyampaikan khutbah bertema pencegahan perkawinan anak pada Jumat (20/11/2026), bertepatan dengan Hari Anak Sedunia. Naskah khutbah dibagikan melalui 153 Kantor Urusan Agama (KUA) mulai Jumat (13/11/2026).

"Mimbar Jumat didengar hampir semua ayah. Kami ingin pesan menunda pernikahan sampai anak siap disampaikan dengan bahasa agama yang menyejukkan," kata Kepala Bidang Urusan Agama Islam Kanwil Kemenag Kalsel, H. Zainal Muttaqin.

Naskah memuat dalil tentang kesiapan menikah, risiko kesehatan ibu muda, dan pentingnya anak menyelesaikan pendidikan. Penyuluh agama di setiap kecamatan diminta memastikan naskah sampai ke pengurus masjid sebelum Kamis (19/11/2026). (kemenag/ah)""",
    S="Kanwil Kemenag Kalsel meminta khatib di 1.250 masjid menyampaikan khutbah cegah perkawinan anak pada Jumat 20 November (Hari Anak Sedunia); naskah dibagikan lewat 153 KUA mulai 13 November.",
    P="Pangurus masigit, Jumahat 20 Nopember kaina khutbahnya pasal cegah kawin anak, gasan 1.250 masigit sa-Kalsel. Naskahnya dibagi lewat KUA, saratus lima puluh talu KUA. Pesan gasan bubuhan abah: anak jangan lakas dikawinakan, biar tuntung sakulah dahulu 🕌",
    N=[("Khutbah Jumat di Masjid Jami Sungai Jingah hari ini mengangkat tema menjaga kebersihan sungai. Jemaah diajak tidak membuang sampah ke sungai.",
        "a Friday sermon on another theme (river cleanliness)", 7.0, "kim-sungai-miai", None),
       ("KUA Kecamatan Binuang menggelar bimbingan perkawinan untuk 40 calon pengantin hari ini. Materinya kesehatan reproduksi dan keuangan keluarga.",
        "a KUA premarital course (40 couples), another programme", 4.8, "kim-binuang", None),
    ("Kemenag Kabupaten Tapin meminta penyuluh agama mengisi kultum subuh tentang bahaya judi online di 135 masjid sepanjang Desember.",
     "another office (Kemenag Tapin), another theme and month, same kind of sermon campaign", 12.2, "kim-bakarangan", None),
       ],
))

R.append(dict(
    key="a24", src="pemkab-kotabaru", at="2026-11-24 11:10", region="Kabupaten Kotabaru", place="Kotabaru",
    title="26 Pelajar Kotabaru Dikukuhkan sebagai Duta Cegah Kawin Anak",
    text="""KOTABARU – Sebanyak 26 pelajar SMP dan SMA dari 13 sekolah dikukuhkan sebagai Duta Cegah Kawin Anak Kabupaten Kotabaru di Gedung Sijaka, Selasa (24/11/2026). Para duta dipilih melalui seleksi esai dan wawancara yang diikuti 94 pelajar sejak Oktober.

"Teman sebaya lebih didengar daripada orang tua atau guru. Duta ini akan bercerita di kelas, di media sosial dan di kampung masing-masing," ujar Wakil Bupati Kotabaru, Hj. Andi Nurhayati.

Selama setahun, para duta wajib mengisi sosialisasi minimal dua kali sebulan dan membuat konten kampanye. Mereka juga mendapat pembekalan tentang kesehatan reproduksi dan cara menjawab pertanyaan teman. Penampilan pertama mereka dijadwalkan pada kegiatan Pekan Remaja di Stagen, Sabtu (5/12/2026). (kotabaru/ys)""",
    S="26 pelajar SMP/SMA dari 13 sekolah dikukuhkan sebagai Duta Cegah Kawin Anak Kotabaru di Gedung Sijaka (24/11), hasil seleksi 94 pelajar. Tampil pertama di Pekan Remaja Stagen 5 Desember.",
    P="Duapuluh anam urang pelajar Kotabaru wayahini jadi Duta Cegah Kawin Anak 👏 Dikukuhakan di Gedung Sijaka tadi, dipilih matan sambilan puluh ampat urang. Tugasnya bapandir lawan kakawalan di kelas wan di kampung. Tanggal 5 Disimbir tampil di Stagen. #Kotabaru",
    N=[("Duta Cegah Kawin Anak tampil pertama kali di Pekan Remaja Stagen hari ini. Mereka memainkan drama pendek tentang teman yang putus sekolah karena menikah, ditonton sekitar 300 remaja.",
        "the ambassadors' first show on 5 Dec, its own news", 11.1, "kim-semayap", None),
       ("Gedung Sijaka Kotabaru pagi ini menjadi tempat pemilihan Duta Wisata Kotabaru 2026. Dari 30 finalis terpilih sepasang duta dari Pulau Laut Utara.",
        "same venue, another ambassador contest (tourism)", 4.2, "kim-baharu-utara", None),
       ("Tanah Bumbu juga punya duta remaja. Tahun lalu 20 pelajar dikukuhkan sebagai Duta GenRe kabupaten dan sudah keliling ke 12 sekolah.",
        "another kabupaten and last year's youth ambassadors", 6.0, "kim-satui-barat", None),
       ],
    B=[("Seleksi wawancara calon duta cegah kawin anak di Kotabaru berlangsung hari ini. Anak kami salah satu peserta dari 94 pelajar, doakan ya 🤲",
        "interview stage before the appointment; no result", 190.0, "kim-serongga")],
))

R.append(dict(
    key="a25", src="pemprov-kalsel", at="2026-11-09 10:45", region="prov", place="Banjarbaru",
    title="Pemprov Serahkan 13 Motor Perlindungan dan Satu Mobil Layanan untuk UPTD PPA",
    text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menyerahkan 13 unit motor perlindungan untuk UPTD Perlindungan Perempuan dan Anak di 13 kabupaten/kota, serta satu mobil layanan untuk UPTD PPA provinsi, di halaman Kantor Gubernur, Banjarbaru, Senin (9/11/2026).

"Korban sering tinggal jauh dari kota. Petugas harus bisa menjangkau rumah korban hari itu juga, termasuk lewat jalan desa yang sempit," kata Sekretaris Daerah Provinsi Kalsel, H. Muhammad Syarifuddin Arsyad.

Motor dilengkapi kotak perlengkapan pertolongan pertama dan tanda layanan. Mobil layanan akan dipakai untuk menjemput korban ke rumah aman dan mengantar ke rumah sakit. Pemprov meminta kabupaten/kota melaporkan pemakaian kendaraan setiap tiga bulan, termasuk jumlah korban yang dijangkau. (prov/ms)""",
    S="Pemprov Kalsel menyerahkan 13 motor perlindungan untuk UPTD PPA 13 kabupaten/kota dan satu mobil layanan untuk UPTD PPA provinsi di halaman Kantor Gubernur, Banjarbaru (9/11), untuk menjangkau korban dan mengantar ke rumah aman atau rumah sakit.",
    L="""Untuk menjangkau korban kekerasan lebih cepat, Pemprov Kalsel menyerahkan 13 unit motor perlindungan kepada UPTD PPA di 13 kabupaten/kota dan satu mobil layanan kepada UPTD PPA provinsi. Penyerahan berlangsung di halaman Kantor Gubernur, Banjarbaru, Senin 9 November.

Sekdaprov H. Muhammad Syarifuddin Arsyad mengatakan petugas harus bisa tiba di rumah korban hari itu juga, termasuk lewat jalan desa yang sempit. Motor membawa kotak P3K; mobil untuk menjemput korban ke rumah aman dan ke rumah sakit. Pemakaian dilaporkan tiap tiga bulan.""",
    P="Gasan bubuhan patugas UPTD PPA, wayahini ada motor perlindungan, salawas 13 unit, sabuting sakabupaten kota, tambah sabuting mubil layanan gasan provinsi. Diunjukakan di halaman Kantor Gubernur tadi. Jadi amun ada korban di desa nang jauh, patugas kawa lakas datang 🏍️",
    N=[("Polres Tapin menerima 13 unit motor patroli baru untuk Bhabinkamtibmas hari ini. Kendaraan diserahkan di halaman mapolres.",
        "same count 13, police patrol motorbikes", 3.0, "kim-bakarangan", None),
       ("Motor perlindungan UPTD PPA Banjarbaru hari ini dipakai pertama kali menjemput seorang anak di Cempaka untuk diperiksa di rumah sakit. Petugas tiba 40 menit setelah laporan.",
        "a later first use of one motorbike, its own report", 12.3, "kim-sungai-besar", None),
       ("Halaman Kantor Gubernur di Banjarbaru pagi ini menjadi lokasi pelepasan 60 kendaraan dinas yang akan dilelang. Peminat bisa melihat kondisi kendaraan sampai Jumat.",
        "same yard, another event (official cars for auction)", 7.1, "kim-loktabat-selatan", None),
       ],
))

R.append(dict(
    key="a26", src="pemkab-tanah-laut", at="2026-11-19 09:55", region="Kabupaten Tanah Laut", place="Pelaihari",
    title="Korban Kekerasan Perempuan dan Anak di Tanah Laut Dapat Visum Gratis Mulai 1 Desember",
    text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut dan RSUD Hadji Boejasin menandatangani kerja sama pemeriksaan visum gratis bagi perempuan dan anak korban kekerasan, Kamis (19/11/2026). Mulai 1 Desember 2026, biaya visum dan pemeriksaan lanjutan ditanggung APBD, dengan alokasi Rp180 juta untuk tahun pertama.

"Ada keluarga yang batal melapor karena takut biaya. Itu tidak boleh terjadi lagi di Tanah Laut," tegas Bupati Tanah Laut, H. Ahmad Fauzan Saleh.

Korban cukup datang dengan pendamping UPTD PPA atau surat dari kepolisian. RSUD menyiapkan ruang pemeriksaan terpisah dan dokter perempuan. Layanan serupa akan diperluas ke puskesmas Jorong dan Kintap tahun depan, setelah tenaga medisnya mengikuti pelatihan. (tala/wn)""",
    S="Mulai 1 Desember, perempuan dan anak korban kekerasan di Tanah Laut mendapat visum gratis di RSUD Hadji Boejasin, ditanggung APBD Rp180 juta (kerja sama diteken 19/11). Datang dengan pendamping UPTD PPA atau surat polisi.",
    P="Kabar penting gasan warga Tanah Laut: mulai 1 Disimbir, korban kekerasan bibinian wan kakanakan kada usah bayar visum di RSUD Hadji Boejasin, dibayari APBD. Datang lawan pendamping UPTD PPA atawa surat polisi. Jangan takutan malapor lagi lah 🙏 #Tala",
    N=[("RSUD Hadji Boejasin hari ini meresmikan ruang hemodialisa baru dengan 12 mesin cuci darah. Pasien BPJS bisa langsung mendaftar.",
        "same hospital, another service (dialysis)", 8.2, "kim-panggung", None),
       ("Banjarbaru sudah lebih dulu menggratiskan visum korban kekerasan sejak 2024 lewat RSD Idaman. Tahun ini anggarannya Rp120 juta.",
        "another city and an older arrangement", 2.2, "kim-guntung-manggis", None),
       ("Kalau korban tinggal di Kintap, harus ke Pelaihari dulu untuk visum? Puskesmas kami kapan bisa? Mohon info dari yang tahu.",
        "a question about the Kintap health centre, no facts", 5.0, "kim-kintap", None),
       ],
    B=[("Katanya RSUD di Pelaihari akan menggratiskan visum untuk korban kekerasan, tapi belum ada keterangan resmi kapan mulai. Kita tunggu.",
        "hearsay before the signing", 28.0, "kim-bati-bati")],
))

R.append(dict(
    key="a27", src="pemkab-hss", at="2026-11-26 15:50", region="Kabupaten Hulu Sungai Selatan", place="Kandangan",
    title="30 Warga dari 15 Desa Dilatih Menjadi Pendamping Korban Kekerasan di HSS",
    text="""KANDANGAN – Sebanyak 30 warga dari 15 desa di Hulu Sungai Selatan mengikuti pelatihan pendamping korban kekerasan terhadap perempuan dan anak di Aula Dinas PPKBPPPA, Kandangan, Kamis-Jumat (26-27/11/2026). Peserta terdiri dari guru, kader PKK, tokoh pemuda dan pengurus majelis taklim.

"Pendamping tidak menggantikan polisi atau psikolog. Tugasnya menemani korban sejak melapor sampai persidangan supaya korban tidak merasa sendiri," ujar Kepala Dinas PPKBPPPA Hulu Sungai Selatan, H. Ahmad Rizani, S.Sos.

Peserta belajar dasar hukum perlindungan anak, cara mendengarkan korban tanpa menyalahkan, dan alur rujukan ke UPTD PPA. Mereka akan bertugas di desa masing-masing dengan kartu tanda pendamping mulai Januari 2027. (hss/bn)""",
    S="30 warga dari 15 desa di HSS dilatih menjadi pendamping korban kekerasan perempuan dan anak di Aula Dinas PPKBPPPA Kandangan, 26-27 November; bertugas di desa dengan kartu pendamping mulai Januari 2027.",
    P="Talu puluh urang warga matan 15 desa di HSS baajar jadi pendamping korban kekerasan, di Aula Dinas PPKBPPPA Kandangan, Kamis wan Jumahat. Tugasnya manyarai korban matan malapor sampai sidang, supaya kada marasa saurangan. Januari kaina bagawi di desa masing-masing 🤝",
    N=[("Pelatihan 30 relawan siaga bencana dari 15 desa rawan banjir dibuka BPBD HSS di Kandangan hari ini.",
        "same counts (30 people, 15 villages), disaster volunteers", 4.1, "kim-kandangan-kota", None),
       ("Di Desa Jambu Hilir, seorang ibu majelis taklim selama ini sudah biasa menemani tetangga yang jadi korban KDRT ke polsek. Warga menyebutnya 'ibu pendamping' walau belum pernah ikut pelatihan apa pun.",
        "a portrait of an informal helper, no training event", 6.3, "kim-hamalau", None),
       ],
))
