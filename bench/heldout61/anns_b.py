# -*- coding: utf-8 -*-
"""heldout61, hand-written releases a22-a42 (same fields as anns_a.py)."""

ANNS = [
    # ------------------------------------------------------------------ F8 bimtek arsip lembaga masyarakat
    dict(id="a22", src="dpmd-kalsel", at="11-04 16:10", region="prov",
         title="60 Pengurus BUMDes Ikuti Bimtek Pengelolaan Arsip Keuangan",
         text="""BANJARBARU – Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kalimantan Selatan bersama Dispersip Kalsel menggelar bimbingan teknis pengelolaan arsip keuangan untuk 60 pengurus dari 30 BUMDes, [[4/11]] sampai [[6/11]], di Aula Bina Praja Banjarbaru. Peserta belajar menyusun bukti transaksi, buku kas, dan jadwal retensi dokumen usaha desa.

“Banyak BUMDes sulit mempertanggungjawabkan modal bukan karena uangnya hilang, tapi kuitansinya tercecer. Arsip yang rapi melindungi pengurus sendiri,” ujar Kepala DPMD Kalsel, Zulkifli Harun.

Setiap BUMDes peserta menerima dua lemari arsip dan formulir baku. Pendampingan lanjutan dilakukan lewat kunjungan lapangan pada Januari, dan pengurus wajib mengirim contoh buku kas bulan Desember kepada panitia melalui surel. (dpmd-kalsel/zh)""",
         S="DPMD dan Dispersip Kalsel melatih 60 pengurus dari 30 BUMDes mengelola arsip keuangan (4–6 November, Aula Bina Praja): bukti transaksi, buku kas, retensi. Tiap BUMDes dapat dua lemari arsip; kunjungan lapangan Januari.",
         P="Pengurus BUMDes, kuitansi jangan dibuang-buang lah 😅 Enam puluh pengurus matan 30 BUMDes dilatih DPMD lawan Dispersip Kalsel baarsip keuangan: bukti transaksi, buku kas, berapa lawas dokumen disimpan. Saban BUMDes dapat dua lamari arsip. Januari didatangi ka lapangan.",
         N=[(2.1, "bjr", "RAT BUMDes Astambul Kota tahun buku 2026: omzet unit air isi ulang Rp184 juta, laba dibagi ke PADes Rp22 juta. Terima kasih warga yang hadir.", "one BUMDes's own annual meeting"),
            (6.8, "prov", "Aula Bina Praja hari ini dipakai pelatihan operator Sistem Informasi Desa untuk 60 operator dari Kabupaten Banjar dan Tanah Laut.", "same hall, same count of trainees, another training"),
            (14.0, "hsu", "Kapan BUMDes kami dapat lemari arsip seperti yang di Banjarbaru itu? Desa kami tidak diundang, padahal laporan keuangan juga masih di kardus.", "a complaint from a village outside the training")],
         B=[(-0.6, "prov", "Pengurus BUMDes dari tujuh kabupaten mulai berdatangan di Banjarbaru, check-in di penginapan sekitar Jalan Ahmad Yani. Besok pagi ada acara di Aula Bina Praja katanya.", "arrival seen the evening before")]),

    dict(id="a23", src="pemkab-tapin", at="11-12 10:05", region="tpn",
         title="38 Takmir Masjid di Tapin Dilatih Menyimpan Arsip Wakaf",
         text="""RANTAU – Bagian Kesejahteraan Rakyat Setda Tapin bersama Dinas Perpustakaan dan Kearsipan melatih 38 takmir masjid menyimpan dan merawat arsip wakaf, [[12/11]], di Masjid Agung Al-Hilal Rantau. Materinya meliputi penataan akta ikrar wakaf, sertifikat tanah, surat hibah dan catatan keuangan masjid, termasuk cara menyimpan salinan digital.

“Sengketa tanah masjid sering muncul puluhan tahun kemudian, ketika pewakaf sudah wafat dan surat aslinya entah di mana. Arsip yang tersimpan baik menjadi pelindung harta umat,” ujar Kepala Bagian Kesra Setda Tapin, M. Yusran.

Setiap masjid peserta menerima map arsip tahan air dan satu kotak penyimpanan. Pelatihan gelombang kedua untuk pengurus langgar direncanakan pada Februari 2027. (prokom-tapin/my)""",
         S="Kesra Setda Tapin dan Dinas Perpustakaan melatih 38 takmir masjid menyimpan arsip wakaf (akta ikrar, sertifikat, surat hibah, keuangan) di Masjid Agung Al-Hilal Rantau; tiap masjid dapat map tahan air dan kotak arsip. Gelombang kedua untuk langgar Februari 2027.",
         P="Pengurus masjid di Tapin, surat wakaf jangan disimpan di lamari sambarang 🕌 tiga puluh walu takmir dilatih di Masjid Agung Al-Hilal Rantau manyimpan akta ikrar wakaf, sertifikat, surat hibah lawan catatan duit masjid. Dapat map tahan banyu. Langgar kaina Februari.",
         N=[(1.9, "tpn", "Pengumuman Masjid Agung Al-Hilal Rantau: pengajian bulanan bersama Guru H. Zainal ditunda sepekan karena beliau sakit. Mohon doa jamaah.", "same mosque, another event"),
            (5.4, "tpn", "Kantor Kemenag Tapin membuka layanan sertifikasi tanah wakaf gratis untuk 25 bidang di Binuang. Syarat: akta ikrar wakaf dan surat keterangan desa.", "a certification service, not archive training"),
            (9.6, "hss", "Kandangan: warga dan ahli waris pewakaf bermusyawarah soal batas tanah langgar di Jambu Hilir yang suratnya hilang. Disepakati pengukuran ulang oleh BPN.", "a land dispute at a langgar in another kabupaten")]),

    dict(id="a24", src="kemenag-kalsel", at="11-18 15:50", region="prov",
         title="Kemenag Kalsel Latih 50 Pengelola Administrasi Pesantren Tata Kelola Arsip Santri",
         text="""BANJARMASIN – Kantor Wilayah Kementerian Agama Kalimantan Selatan melatih 50 pengelola administrasi dari 50 pondok pesantren dalam tata kelola arsip santri, [[18/11]], di Aula Kanwil Kemenag Kalsel. Pelatihan mencakup buku induk santri, arsip kelulusan, surat keluar-masuk, dan penyimpanan arsip di tempat yang aman dari banjir dan rayap.

“Alumni yang datang sepuluh tahun kemudian meminta keterangan pernah mondok harus bisa dilayani. Itu hanya mungkin kalau buku induknya terawat,” kata Kepala Bidang Pendidikan Diniyah dan Pondok Pesantren Kanwil Kemenag Kalsel, H. Fathurrahman.

Kanwil juga membagikan aplikasi buku induk santri yang dapat dipakai luring. Peserta diminta memasukkan data minimal satu angkatan santri sebelum [[20/12]] sebagai tugas pascapelatihan. (kemenag-kalsel/ft)""",
         S="Kanwil Kemenag Kalsel melatih 50 pengelola administrasi dari 50 pesantren tata kelola arsip santri (buku induk, kelulusan, surat, penyimpanan aman banjir dan rayap) dan membagikan aplikasi buku induk luring; tugas input satu angkatan sebelum 20 Desember.",
         P="Admin pondok, buku induk santri jangan sampai dimakan rayap 🐜 Kemenag Kalsel malatih 50 pengelola administrasi matan 50 pesantren baarsip: buku induk, kalulusan, surat masuk kaluar. Dapat aplikasi nang kawa dipakai kada bainternet. Tugasnya masukakan data sa-angkatan sabalum 20 Desember.",
         N=[(3.2, "prov", "Aula Kanwil Kemenag Kalsel hari ini menjadi tempat seleksi Musabaqah Qiraatil Kutub untuk 50 santri dari 13 kabupaten/kota.", "same hall, same count (50), another event"),
            (8.0, "btl", "Pondok pesantren kami di Marabahan memindahkan lemari arsip ke lantai dua setelah banjir tahun lalu. Alhamdulillah buku induk sejak 1998 masih selamat.", "a pesantren's own step, not the training"),
            (11.4, "prov", "Pendaftaran santri baru tahun ajaran 2027/2028 di beberapa pondok sudah dibuka, perhatikan jadwal tes masing-masing pondok.", "another matter of pesantren administration")]),

    # ------------------------------------------------------------------ F9 donasi buku
    dict(id="a25", src="dispersip-kalsel", at="11-16 13:20", region="prov",
         title="Gerakan Sedekah Buku Oktober Kumpulkan 9.460 Buku, Disalurkan ke 47 TBM dan 12 Pustaka Desa",
         text="""BANJARBARU – Gerakan Sedekah Buku yang dibuka Dispersip Kalimantan Selatan selama Oktober mengumpulkan 9.460 buku dari 312 donatur perorangan dan lembaga. Buku-buku itu disalurkan kepada 47 taman bacaan masyarakat (TBM) dan 12 perpustakaan desa, [[16/11]], di halaman Perpustakaan Palnam.

“Kami menyortir ulang semuanya. Buku pelajaran lama dan buku yang rusak tidak kami salurkan, supaya yang sampai ke desa benar-benar layak dibaca,” ujar Kepala Bidang Layanan Dispersip Kalsel, Fauziah Rahmah.

Kotak sedekah buku tetap dibuka di enam lokasi, antara lain lobi Perpustakaan Palnam dan Mal Pelayanan Publik Banjarbaru. Penyaluran tahap kedua dijadwalkan Februari 2027 dengan prioritas TBM di pulau-pulau kecil dan desa di pegunungan Meratus. (dispersip/fr)""",
         S="Gerakan Sedekah Buku Dispersip Kalsel selama Oktober mengumpulkan 9.460 buku dari 312 donatur, disalurkan ke 47 TBM dan 12 perpustakaan desa. Kotak donasi tetap buka di enam lokasi; tahap kedua Februari 2027 untuk TBM di pulau kecil.",
         L="Hasil Gerakan Sedekah Buku bulan Oktober sudah dibagi. Dispersip Kalsel mengumpulkan 9.460 buku dari 312 donatur, lalu menyalurkannya ke 47 TBM dan 12 perpustakaan desa di halaman Perpustakaan Palnam, Senin 16 November. Kabid Layanan Fauziah Rahmah bilang buku pelajaran lama dan buku rusak disisihkan. Kotak sedekah buku masih ada di enam tempat, termasuk lobi Palnam dan MPP Banjarbaru. Tahap kedua Februari 2027, diutamakan TBM di pulau-pulau kecil.",
         P="Sedekah buku bulan Oktober tarkumpul 9.460 buku matan 312 urang 📦📚 sudah dibagi ka 47 TBM lawan 12 pustaka desa. Buku palajaran lawas lawan nang rusak kada dibari, jar Dispersip. Kotaknya masih ada di anam tampat, salah satunya lobi Palnam. Tahap kadua Februari gasan TBM di pulau-pulau.",
         N=[(4.0, "bjm", "TBM Lentera Alalak menerima 200 buku dari alumni SMA 1 Banjarmasin angkatan 2001. Terima kasih, rak kami sekarang penuh!", "a private donation to one TBM"),
            (2.3, "prov", "Halaman Perpustakaan Palnam hari Minggu dipakai bazar UMKM literasi, ada penjual buku bekas dan kopi. Mulai pukul 07.00.", "same yard, another event"),
            ("12-02 09:30", "ktb", "TBM kami di Pulau Sembilan belum dapat kiriman dari gerakan sedekah buku. Katanya tahap kedua untuk pulau, Februari. Sabar menunggu.", "a TBM still waiting, about a later stage")]),

    dict(id="a26", src="pemkab-tanbu", at="11-24 14:15", region="tbu",
         title="Pemkab Tanah Bumbu Salurkan 3.600 Buku ke 18 Pondok Pesantren",
         text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu menyalurkan 3.600 buku bacaan kepada 18 pondok pesantren, [[24/11]], di Aula Pendopo Bersujud Batulicin. Setiap pesantren menerima 200 judul berupa buku sejarah Islam Nusantara, biografi ulama Banjar, sains populer dan keterampilan usaha. Pengadaan senilai Rp412 juta bersumber dari APBD Perubahan 2026.

“Santri kita kuat membaca kitab, tapi rak buku umum di pondok masih kosong. Kami ingin santri juga akrab dengan ilmu pengetahuan dan wirausaha,” ujar Kepala Dinas Perpustakaan dan Arsip Tanah Bumbu, Dra. Hj. Masrah.

Dinas akan mengunjungi setiap pesantren pada Januari untuk memastikan buku ditempatkan di ruang yang bisa diakses santri, bukan disimpan di gudang. (diskominfo-tanbu/ak)""",
         S="Pemkab Tanah Bumbu menyalurkan 3.600 buku (200 per pesantren, Rp412 juta APBD-P) ke 18 pondok pesantren di Pendopo Bersujud; Januari dinas mengecek agar buku tidak disimpan di gudang.",
         P="Alhamdulillah, 18 pondok di Tanbu dapat buku bacaan 📚 saban pondok 200 judul: sajarah Islam Nusantara, biografi ulama Banjar, sains, usaha. Totalnya 3.600 buku, 412 juta. Jar Kadis, santri pintar mambaca kitab tapi rak buku umum masih kosong. Januari dicek, jangan disimpan di gudang!",
         N=[(1.0, "tbu", "Pendopo Bersujud sore ini dipakai penyerahan bantuan 18 unit perahu fiber untuk kelompok nelayan Kusan Hilir.", "same venue, same count (18), another handover"),
            (6.6, "tbu", "Santri Pondok Darul Ilmi Satui membuka lapak buku bekas tiap Jumat di depan masjid, hasilnya untuk kas perpustakaan pondok.", "a pesantren's own book stall"),
            (10.5, "bjr", "Kabupaten Banjar menyerahkan bantuan rehab asrama untuk enam pondok pesantren di Martapura, masing-masing Rp150 juta.", "another kabupaten, another aid to pesantren")],
         B=[(-1.9, "tbu", "Truk boks berisi kardus-kardus buku terlihat bongkar muat di gudang Dinas Perpustakaan Tanbu. Ada yang bilang untuk pondok pesantren, tunggu kabar resminya.", "seen before the handover, no figures")]),

    dict(id="a27", src="pemkot-banjarbaru", at="11-03 16:30", region="bjb",
         title="Tukar Buku di Car Free Day Murjani Minggu Ini, Sisa Buku untuk 12 TBM",
         text="""BANJARBARU – Dinas Perpustakaan dan Kearsipan Kota Banjarbaru menggelar Pasar Tukar Buku pada car free day di kawasan Lapangan Murjani, [[8/11]], pukul 06.00 sampai 09.00 Wita. Warga dapat menukar buku layak baca satu banding satu, atau menyumbangkan buku tanpa menukar. Panitia menyiapkan 1.500 buku awal dari koleksi ganda perpustakaan.

“Di rumah banyak buku yang sudah selesai dibaca dan hanya jadi pajangan. Lebih baik berpindah tangan dan dibaca orang lain,” kata Kepala Dinas Perpustakaan dan Kearsipan Banjarbaru, Siti Hamidah, [[3/11]].

Buku yang tersisa setelah acara akan diserahkan kepada 12 TBM di Banjarbaru. Warga diminta tidak membawa buku pelajaran, majalah bekas, atau buku yang halamannya hilang. (kominfo-bjb/ra)""",
         S="Pasar Tukar Buku Dinas Perpustakaan Banjarbaru di CFD Lapangan Murjani, Minggu 8 November 06.00–09.00: tukar satu banding satu atau sumbang, 1.500 buku awal; sisa buku untuk 12 TBM. Jangan bawa buku pelajaran atau majalah bekas.",
         P="Minggu isuk ka CFD Murjani bawa buku nang sudah tuntung dibaca 📚🔁 Ada Pasar Tukar Buku, sabuting ditukar sabuting, jam anam sampai sanga. Panitia bawa 1.500 buku. Sisanya dibari ka 12 TBM. Buku palajaran lawan majalah lawas jangan dibawa lah.",
         N=[("11-08 10:20", "bjb", "CFD Murjani pagi tadi: senam massal Hari Kesehatan Nasional diikuti ribuan warga, ada cek gula darah gratis di tenda Dinkes.", "the same morning at the same place, another activity"),
            (9.7, "bjm", "Pasar buku bekas di Jalan Pramuka Banjarmasin buka lagi setelah renovasi kios. Harga mulai Rp5 ribu, ada novel lama dan komik.", "a commercial book market in another city"),
            (16.0, "bjb", "CFD Murjani Minggu besok ditiadakan karena ada persiapan panggung Hari Jadi. Kegiatan komunitas dipindah ke Jalan Trikora.", "a cancellation notice of a later CFD")],
         B=[(-4.0, "bjb", "Ada yang punya koleksi buku anak yang sudah tidak terbaca? Mau saya kumpulkan untuk TBM di Palam. Japri saja ya.", "a private collection call days before; no swap event")]),

    # ------------------------------------------------------------------ F10 penghargaan literasi
    dict(id="a28", src="pemprov-kalsel", at="11-26 20:10", region="prov",
         title="Anugerah Literasi Banua 2026: Mahrita dari TBM Lentera Sungai Jadi Pegiat Literasi Terbaik",
         text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan menyerahkan Anugerah Literasi Banua 2026 kepada lima penerima, [[26/11]] malam, di Mahligai Pancasila Banjarmasin. Mahrita dari TBM Lentera Sungai, Kelurahan Alalak Selatan, dinobatkan sebagai pegiat literasi terbaik. Penghargaan lain diberikan kepada Perpustakaan Desa Sungai Rangas, Banjar, sebagai perpustakaan desa terbaik, dan kepada Kecamatan Takisung sebagai kecamatan paling aktif.

“Mereka bekerja tanpa sorotan, kadang memakai uang sendiri untuk ongkos perahu membawa buku. Malam ini kita berterima kasih secara terbuka,” kata Asisten Administrasi Umum Setdaprov Kalsel, Dr. H. Norhidayat.

Setiap penerima mendapat piagam dan dana pembinaan Rp25 juta. Para pemenang akan diusulkan mewakili Kalsel pada penghargaan tingkat nasional tahun 2027. (biro-adpim/nh)""",
         S="Anugerah Literasi Banua 2026 (Mahligai Pancasila, 26 November): Mahrita (TBM Lentera Sungai, Alalak Selatan) pegiat literasi terbaik; Perpustakaan Desa Sungai Rangas terbaik; Kecamatan Takisung paling aktif. Tiap penerima Rp25 juta, diusulkan ke tingkat nasional 2027.",
         L="Malam Anugerah Literasi Banua 2026 digelar Kamis malam di Mahligai Pancasila. Lima penerima diumumkan, di antaranya Mahrita dari TBM Lentera Sungai, Alalak Selatan, sebagai pegiat literasi terbaik, Perpustakaan Desa Sungai Rangas (Kabupaten Banjar) sebagai perpustakaan desa terbaik, dan Kecamatan Takisung sebagai kecamatan paling aktif. Semua mendapat piagam dan dana pembinaan Rp25 juta. Asisten Administrasi Umum Dr. H. Norhidayat menyebut para pegiat sering memakai uang sendiri untuk ongkos perahu. Pemenang diusulkan ke penghargaan nasional 2027.",
         P="Salamat gasan Ka Mahrita matan TBM Lentera Sungai Alalak Selatan 🏆 pegiat literasi terbaik Anugerah Literasi Banua 2026! Pustaka Desa Sungai Rangas jadi pustaka desa terbaik, Kecamatan Takisung paling aktif. Saban panerima dapat 25 juta. Bujur ai, sidin rancak mambayar ungkos parahu saurang gasan mambawa buku.",
         N=[(2.5, "bjm", "Mahligai Pancasila besok dipakai Musyawarah Daerah Karang Taruna Kalsel. Parkir peserta di halaman Kantor Gubernur lama.", "same venue, another event"),
            (5.9, "bjm", "Mahrita dan relawan TBM Lentera Sungai tadi sore kembali naik jukung ke rumah-rumah lanting, membawa 60 buku cerita. Kegiatan rutin tiap Sabtu, tidak berubah walau sudah dapat penghargaan.", "the winner's ordinary Saturday round, not the award"),
            (8.2, "tla", "Kecamatan Takisung juga juara lomba Kampung Bersih tingkat Tanah Laut tahun ini. Hadiahnya untuk tong sampah di tiap desa.", "the same kecamatan, another award")]),

    dict(id="a29", src="pemkab-hst", at="11-09 11:00", region="hst",
         title="TBM Pelita Hantakan Raih Anugerah TBM Terbaik Hulu Sungai Tengah",
         text="""BARABAI – TBM Pelita di Desa Hantakan meraih predikat taman bacaan masyarakat terbaik Hulu Sungai Tengah tahun 2026. Penghargaan diserahkan Dinas Perpustakaan dan Kearsipan HST, [[9/11]], di Pendopo Murakata. Dari 14 TBM peserta, tempat kedua diraih TBM Rumah Baca Birayang dan ketiga TBM Cahaya Pagat.

“TBM Pelita buka setiap sore di rumah panggung pengelolanya, meminjamkan buku sampai ke dusun-dusun di atas bukit. Tahun ini mereka mencatat 2.140 peminjaman,” kata Kepala Dinas Perpustakaan dan Kearsipan HST, Mahyuni.

Juara pertama menerima dana pembinaan Rp10 juta, juara kedua Rp7,5 juta dan ketiga Rp5 juta. Ketiga TBM akan mendapat tambahan rak dan 300 buku pada awal 2027. (prokom-hst/my)""",
         S="TBM Pelita (Hantakan) TBM terbaik HST 2026 dengan 2.140 peminjaman; kedua TBM Rumah Baca Birayang, ketiga TBM Cahaya Pagat, dari 14 peserta. Hadiah Rp10 juta, Rp7,5 juta, Rp5 juta, plus rak dan 300 buku awal 2027.",
         P="TBM Pelita Hantakan juara satu TBM terbaik HST 🎉 buka saban sanja di rumah panggung, minjamakan buku sampai ka dusun di atas gunung, 2.140 kali pinjaman tahun ini. Juara dua Rumah Baca Birayang, juara talu Cahaya Pagat. Hadiahnya 10 juta, 7,5 juta, 5 juta. Mantap banar!",
         N=[(3.6, "hst", "Jembatan gantung menuju dusun di atas Desa Hantakan rusak diterjang banjir kiriman, warga memakai rakit sementara. Mohon perhatian pemerintah.", "same village, a bridge report"),
            (7.0, "hst", "Pendopo Murakata hari ini: pelepasan kontingen Porprov HST, 186 atlet. Semoga membawa pulang banyak medali!", "same pendopo, another event"),
            (12.2, "hsu", "TBM di HSU sedang didata untuk lomba tahun depan, formulir di kantor kecamatan. Belum ada hadiahnya, baru pendataan.", "another kabupaten, only a data collection")]),

    dict(id="a30", src="pemkab-tanah-laut", at="11-13 14:00", region="tla",
         title="Takisung Dinobatkan Kecamatan Peduli Literasi Tanah Laut, Terima Bantuan Buku Rp50 Juta",
         text="""PELAIHARI – Kecamatan Takisung dinobatkan sebagai Kecamatan Peduli Literasi Kabupaten Tanah Laut tahun 2026, [[13/11]], dalam apel gabungan di halaman Kantor Bupati Tanah Laut. Penilaian didasarkan pada jumlah perpustakaan desa yang buka rutin, kegiatan membaca di sekolah dan langgar, serta partisipasi warga. Kecamatan Jorong berada di posisi kedua.

“Sembilan dari sepuluh desa di Takisung punya perpustakaan yang buka minimal tiga hari seminggu. Itu angka yang belum dicapai kecamatan lain,” kata Sekretaris Daerah Tanah Laut, H. Dahnial Kifli.

Takisung menerima bantuan buku senilai Rp50 juta dan Jorong Rp30 juta. Penilaian tahun depan akan menambahkan indikator kunjungan perpustakaan keliling dan kegiatan TBM di setiap desa. (humas-tala/dk)""",
         S="Takisung dinobatkan Kecamatan Peduli Literasi Tanah Laut 2026 (9 dari 10 desa punya perpustakaan buka ≥3 hari seminggu), menerima bantuan buku Rp50 juta; Jorong kedua, Rp30 juta. Diumumkan pada apel gabungan 13 November.",
         P="Takisung jadi Kecamatan Peduli Literasi Tala 📚👏 sanga matan sapuluh desa baisi pustaka nang buka paling sadikit talu hari saminggu. Dapat bantuan buku 50 juta, Jorong nomor dua dapat 30 juta. Bubuhan Takisung, bangga kita!",
         N=[(4.6, "tla", "Apel gabungan di halaman Kantor Bupati Tanah Laut Senin depan dipimpin Asisten II, seluruh ASN hadir pukul 07.30 dengan seragam Korpri.", "same venue, a later routine assembly"),
            (1.5, "tla", "Kecamatan Jorong menggelar lomba baca puisi pelajar SMP se-kecamatan di aula kantor camat, 27 peserta. Juara satu dari SMPN 1 Jorong.", "a kecamatan's own contest"),
            ("12-01 11:10", "tla", "Perpustakaan Desa Tabanio menambah jam buka jadi lima hari seminggu mulai Desember, relawan dari Karang Taruna. Buka pukul 14.00–17.00.", "a village library's own schedule change")]),

    # ------------------------------------------------------------------ F11 perpustakaan digital
    dict(id="a31", src="dispersip-kalsel", at="11-02 13:30", region="prov",
         title="Aplikasi Pustaka Banua Digital Diluncurkan, 4.500 Judul E-Book Bisa Dipinjam Gratis",
         text="""BANJARBARU – Dispersip Kalimantan Selatan meluncurkan aplikasi Pustaka Banua Digital, [[2/11]], di Perpustakaan Palnam. Aplikasi ini menyediakan 4.500 judul buku elektronik yang dapat dipinjam gratis, tiga judul sekaligus selama tujuh hari. Selama uji coba Oktober, 2.300 warga sudah mendaftar.

“Warga di Pulau Sebuku atau di kaki Meratus tidak perlu menunggu mobil perpustakaan. Cukup telepon pintar dan kuota sedikit,” kata Kepala Dispersip Kalsel, H. Rusdiansyah Noor.

Pendaftaran memakai nomor induk kependudukan dan surel, tanpa biaya. Dispersip menambah 1.000 judul pada Januari, termasuk buku berbahasa Banjar, dan membuka aduan teknis melalui menu bantuan di aplikasi. Petugas perpustakaan juga siap membantu pendaftaran di loket layanan Palnam. (dispersip/mr)""",
         S="Dispersip Kalsel meluncurkan aplikasi Pustaka Banua Digital: 4.500 e-book gratis, pinjam 3 judul selama 7 hari, daftar pakai NIK dan surel; 2.300 pendaftar saat uji coba. Januari ditambah 1.000 judul termasuk buku berbahasa Banjar.",
         P="Wayahini mambaca buku kawa di HP haja 📱📚 Dispersip Kalsel maluncurakan aplikasi Pustaka Banua Digital, 4.500 judul e-book, gratis, pinjam talu buku sapakan. Daftar pakai NIK lawan email. Januari ditambah 1.000 judul, ada nang babahasa Banjar jua!",
         N=[(3.8, "bjm", "Aplikasi Ruang Baca Nusantara milik sebuah penerbit swasta sedang diskon langganan 50 persen sampai akhir bulan. Bukan aplikasi pemerintah ya, berbayar.", "a commercial app"),
            (6.9, "prov", "Aplikasi SIPANDU Pemprov Kalsel untuk layanan perizinan sempat gangguan sejak pagi, sudah normal kembali pukul 13.00.", "another government app"),
            (18.0, "hss", "Sudah coba daftar Pustaka Banua Digital tapi kode OTP tidak masuk-masuk. Ada yang mengalami juga? Sudah lapor ke menu bantuan, belum dibalas.", "a complaint weeks later, no facts of the launch")],
         B=[(-2.5, "prov", "Sedang uji coba aplikasi perpustakaan digital dari Palnam, koleksinya lumayan, ada buku resep dan novel. Katanya peluncuran resmi awal bulan.", "a tester's note before the launch")]),

    dict(id="a32", src="pemkot-banjarmasin", at="11-17 10:10", region="bjm",
         title="12 Kios Pustaka Digital Dipasang di Taman dan Halte Banjarmasin",
         text="""BANJARMASIN – Dinas Perpustakaan dan Kearsipan Kota Banjarmasin memasang 12 kios pustaka digital di taman kota dan halte bus, [[17/11]]. Kios berlayar sentuh itu memuat 800 judul buku elektronik yang dapat dibaca di tempat atau dipindai kode QR-nya untuk dilanjutkan di telepon genggam. Lokasi antara lain Siring Menara Pandang, Taman Kamboja dan Halte Pasar Lama.

“Orang menunggu bus atau duduk di taman rata-rata sepuluh sampai lima belas menit. Waktu itu cukup untuk satu cerita pendek,” ujar Kepala Dinas Perpustakaan dan Kearsipan Banjarmasin, Hj. Rahmawati Noor.

Kios beroperasi pukul 06.00 sampai 22.00 Wita dan dipantau kamera pengawas. Warga diminta melaporkan kerusakan melalui nomor layanan yang tertera pada setiap kios. (diskominfotik-bjm/sn)""",
         S="Banjarmasin memasang 12 kios pustaka digital berlayar sentuh (800 e-book, lanjut baca lewat kode QR) di taman dan halte, antara lain Siring Menara Pandang, Taman Kamboja, Halte Pasar Lama; buka 06.00–22.00.",
         P="Sambil mahadang bus kawa mambaca 😎 Pemko Banjarmasin masang 12 kios pustaka digital di taman lawan halte: Siring Menara Pandang, Taman Kamboja, Halte Pasar Lama. Ada 800 e-book, mun balum tuntung scan QR, lanjut di HP. Buka jam anam isuk sampai jam sapuluh malam.",
         N=[(2.8, "bjm", "Halte Pasar Lama sekarang dilengkapi layar informasi jadwal bus Trans Banjarbakula. Jadwal kedatangan real-time, lumayan membantu.", "same halte, a bus-schedule screen"),
            (5.6, "bjm", "Sayang, layar sentuh di Siring Menara Pandang sudah dicoret-coret orang. Mohon warga ikut menjaga fasilitas umum.", "a complaint about vandalism; none of the release's facts"),
            (9.1, "bjb", "Banjarbaru belum punya kios baca seperti di Banjarmasin, semoga Pemkot kita menyusul. Taman Van der Pijl cocok sekali.", "a wish from another city")]),

    dict(id="a33", src="pemkab-tabalong", at="11-05 09:50", region="tbl",
         title="Aplikasi Tabalong Membaca Kini Punya 1.200 Judul, 60 Buku Berbahasa Banjar",
         text="""TANJUNG – Dinas Perpustakaan dan Kearsipan Tabalong menambah koleksi aplikasi Tabalong Membaca menjadi 1.200 judul buku elektronik, termasuk 60 buku cerita dan pantun berbahasa Banjar, [[5/11]]. Sebagian buku Banjar itu ditulis guru dan pegiat literasi setempat dan diterbitkan dinas sejak 2024.

“Anak-anak di Tanta atau Muara Uya bisa membaca cerita Banjar yang latarnya kampung mereka sendiri. Itu membuat mereka merasa dekat dengan buku,” kata Kepala Dinas Perpustakaan dan Kearsipan Tabalong, Hj. Mariatul Kiptiah.

Aplikasi dapat diunduh gratis dan dipakai dengan kartu anggota perpustakaan daerah. Warga yang belum memiliki kartu dapat mendaftar langsung di aplikasi dengan swafoto KTP. Proses verifikasi memakan waktu paling lama satu hari kerja. (prokom-tbl/mk)""",
         S="Aplikasi Tabalong Membaca kini memuat 1.200 e-book, termasuk 60 buku cerita dan pantun berbahasa Banjar karya guru dan pegiat setempat. Gratis dengan kartu anggota Perpusda; daftar di aplikasi dengan swafoto KTP.",
         P="Aplikasi Tabalong Membaca tambah banyak bukunya, 1.200 judul 📲 ada 60 buku carita lawan pantun babahasa Banjar, nang manulis guru lawan pegiat kampung saurang. Kakanakan Tanta, Muara Uya kawa mambaca carita nang latarnya kampung saurang. Gratis, daftar pakai swafoto KTP.",
         N=[(3.9, "tbl", "Lomba cipta pantun Banjar pelajar SMA se-Tabalong dibuka, kirim naskah ke Disdik paling lambat akhir bulan. Hadiah jutaan rupiah.", "a pantun contest, not the app"),
            (10.4, "tbl", "Tabalong Membaca kami lihat sedang tidak bisa dibuka sejak semalam. Katanya server dipindah, sabar dulu ya dangsanak.", "an outage notice, later"),
            (6.2, "tbl", "Guru SDN Tanta 2 meluncurkan buku kumpulan cerita murid-muridnya, dicetak 100 eksemplar dengan biaya komite sekolah.", "a school's own printed book")]),

    # ------------------------------------------------------------------ F12 bahan bacaan lokal
    dict(id="a34", src="pemprov-kalsel", at="11-19 11:45", region="prov",
         title="40 Naskah Cerita Anak Banua Terpilih dari 212 Naskah, Dicetak 8.000 Eksemplar",
         text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menetapkan 40 naskah pemenang Sayembara Menulis Cerita Anak Banua dari 212 naskah yang masuk, [[19/11]]. Naskah terpilih ditulis guru, mahasiswa, ibu rumah tangga hingga seorang pensiunan penyuluh pertanian, dan mengangkat kehidupan sungai, kebun karet, pasar terapung dan hutan Meratus.

“Selama ini anak-anak Kalsel membaca tentang salju dan kereta api, tetapi jarang tentang jukung dan kelotok. Empat puluh buku ini mengisi kekosongan itu,” ujar Kepala Biro Kesejahteraan Rakyat Setdaprov Kalsel, Hj. Faridah Hanum.

Setiap naskah dicetak 200 eksemplar, total 8.000 buku, untuk perpustakaan desa dan TBM. Penulis menerima honor Rp4 juta. Buku dibagikan mulai Maret 2027 setelah ilustrasi dan penyuntingan selesai. (biro-adpim/fh)""",
         S="Pemprov Kalsel menetapkan 40 naskah pemenang Sayembara Menulis Cerita Anak Banua dari 212 naskah; masing-masing dicetak 200 eksemplar (8.000 buku) untuk perpustakaan desa dan TBM, penulis dapat Rp4 juta, dibagikan mulai Maret 2027.",
         P="Ampat puluh naskah carita anak Banua tapilih matan 212 naskah ✍️ nang manulis ada guru, mahasiswa, ibu rumah tangga, sampai pensiunan penyuluh tani. Kisahnya pasal sungai, kabun karet, pasar tarapung, hutan Meratus. Dicetak 8.000 buku gasan pustaka desa lawan TBM, dibagi mulai Maret 2027.",
         N=[(2.1, "prov", "Biro Kesra Setdaprov Kalsel menyalurkan insentif untuk 1.300 guru mengaji tahap kedua, Rp600 ribu per orang melalui rekening bank.", "same bureau, another programme"),
            (7.3, "bjb", "Pengumuman lomba cerpen remaja tingkat Kota Banjarbaru: 12 naskah terbaik akan dibukukan dalam antologi. Pengiriman naskah sampai 15 Desember.", "another writing contest, still open"),
            (4.7, "bjr", "Alhamdulillah naskah cerita anak saya tentang jukung di Lok Baintan lolos seleksi penerbit indie di Yogyakarta. Terbit tahun depan, doakan ya!", "a private author's success with a private publisher")]),

    dict(id="a35", src="pemkab-hss", at="11-25 16:40", region="hss",
         title="30 Guru dan Pegiat Literasi Tulis Cerita Rakyat Loksado dalam Bengkel Penulisan Tiga Hari",
         text="""LOKSADO – Dinas Perpustakaan dan Kearsipan Hulu Sungai Selatan menggelar bengkel penulisan cerita rakyat untuk 30 guru dan pegiat literasi, [[25/11]] sampai [[27/11]], di Balai Adat Malaris, Kecamatan Loksado. Peserta mewawancarai tetua adat lalu menuliskan cerita dalam bahasa Indonesia dan bahasa Banjar untuk pembaca anak.

“Cerita-cerita ini biasanya hanya dituturkan di balai saat aruh. Kalau tidak ditulis sekarang, cucu-cucu kita hanya akan mengenalnya dari potongan video,” kata Kepala Dinas Perpustakaan dan Kearsipan HSS, Ir. Syahriani.

Dinas menargetkan 15 buku cerita bergambar dari bengkel ini, dicetak pada pertengahan 2027. Setiap buku akan melalui pemeriksaan tetua adat sebelum naik cetak agar isinya tidak menyimpang dari tuturan asli. (diskominfo-hss/ar)""",
         S="Dinas Perpustakaan HSS menggelar bengkel penulisan cerita rakyat untuk 30 guru dan pegiat literasi di Balai Adat Malaris, Loksado, 25–27 November; target 15 buku cerita bergambar, diperiksa tetua adat, cetak pertengahan 2027.",
         P="Tiga puluh guru lawan pegiat literasi bakumpul di Balai Adat Malaris Loksado 🏞️ mawawancarai tatuha adat, manulis carita rakyat gasan kakanakan, babahasa Indonesia lawan Banjar. Targetnya 15 buku bagambar, diparaksa tatuha dulu sabalum dicetak tangah 2027.",
         N=[(3.4, "hss", "Aruh Baharin di Balai Adat Malaris digelar lima hari mulai pekan depan. Pengunjung diminta menjaga sikap dan tidak memotret ritual tanpa izin.", "same balai adat, a ritual"),
            (6.1, "hss", "Kelas menulis puisi pelajar SMA di Kandangan, 25 peserta, pematerinya penyair lokal. Kegiatan komunitas, tidak dipungut biaya.", "a community poetry class"),
            ("12-04 08:50", "hss", "Kabar dari Malaris: tetua adat mulai membaca draf cerita hasil bengkel kemarin, dua cerita diminta diperbaiki karena nama tokohnya keliru.", "a later step told on its own day")]),

    dict(id="a36", src="pemkab-kotabaru", at="11-27 10:25", region="ktb",
         title="12 Judul Cerita Rakyat Pulau Laut Dicetak 3.000 Eksemplar untuk 60 Sekolah Dasar",
         text="""KOTABARU – Dinas Perpustakaan dan Kearsipan Kotabaru mencetak 12 judul buku cerita rakyat Pulau Laut sebanyak 3.000 eksemplar untuk dibagikan ke 60 sekolah dasar, [[27/11]]. Cerita dihimpun dari tuturan warga Sebelimbingan, Tanjung Serudung dan Pulau Sebuku selama 2025, lalu disunting dan diberi ilustrasi oleh pelukis lokal.

“Legenda Putri Pulau Laut dan asal-usul nama kampung kita selama ini hanya kita dengar dari orang tua. Sekarang anak-anak bisa membacanya di perpustakaan sekolah,” ujar Kepala Dinas Perpustakaan dan Kearsipan Kotabaru, Hj. Yuliani.

Setiap sekolah menerima 50 buku, termasuk panduan untuk guru. Penyerahan dimulai [[1/12]] di Kecamatan Pulau Laut Utara, kemudian menyusul kecamatan lain sampai akhir Desember. (prokom-ktb/yl)""",
         S="Kotabaru mencetak 12 judul cerita rakyat Pulau Laut (3.000 eksemplar) untuk 60 SD, tiap sekolah 50 buku plus panduan guru; dihimpun dari tuturan warga Sebelimbingan, Tanjung Serudung dan Pulau Sebuku. Penyerahan mulai 1 Desember di Pulau Laut Utara.",
         P="Carita rakyat Pulau Laut sudah jadi buku 📖 12 judul, 3.000 eksemplar, gasan 60 SD, saban sakulah 50 buku. Kisahnya matan urang Sebelimbingan, Tanjung Serudung, Pulau Sebuku. Legenda Putri Pulau Laut kawa dibaca kakanakan wayahini. Dibagi mulai 1 Desember.",
         N=[(1.6, "ktb", "Pentas teater Legenda Putri Pulau Laut oleh sanggar pelajar di Siring Laut, Sabtu malam pukul 19.30. Gratis untuk umum.", "a theatre show of the same legend"),
            ("12-01 13:30", "ktb", "SDN 3 Sebelimbingan mengadakan lomba membaca nyaring kelas 4–6 siang tadi, hadiahnya buku tulis dan alat gambar dari komite.", "a school's own contest on the day distribution began"),
            (5.2, "tbu", "Tanah Bumbu sedang mengumpulkan cerita rakyat Pagatan dan Kusan untuk dibukukan tahun depan. Warga yang tahu cerita lama silakan hubungi perpustakaan daerah.", "another kabupaten, a collection call")]),

    # ------------------------------------------------------------------ F13 pustaka rumah ibadah & balai adat
    dict(id="a37", src="kemenag-kalsel", at="11-03 11:40", region="prov",
         title="40 Perpustakaan Masjid di Kalsel Terima Masing-masing 200 Buku",
         text="""BANJARMASIN – Kantor Wilayah Kementerian Agama Kalimantan Selatan menyerahkan bantuan buku kepada 40 perpustakaan masjid di 13 kabupaten dan kota, [[3/11]], di Masjid Raya Sabilal Muhtadin. Setiap masjid menerima 200 buku yang terdiri atas tafsir, fikih keluarga, sejarah Islam, buku anak dan kesehatan, serta satu rak besi.

“Masjid kita ramai saat salat, tetapi sepi di antara waktu salat. Perpustakaan bisa mengisi waktu itu, terutama untuk remaja masjid,” kata Kepala Bidang Penerangan Agama Islam Kanwil Kemenag Kalsel, H. Ahmad Zaini.

Pengurus diminta mencatat peminjaman dan melaporkan jumlah pengunjung setiap enam bulan. Penerima dipilih dari usulan kantor Kemenag kabupaten dan kota dengan syarat memiliki ruang baca dan petugas tetap. (kemenag-kalsel/az)""",
         S="Kanwil Kemenag Kalsel menyerahkan 200 buku dan satu rak besi untuk masing-masing 40 perpustakaan masjid di 13 kabupaten/kota (Sabilal Muhtadin, 3 November); pengurus wajib mencatat peminjaman dan melapor tiap enam bulan.",
         P="Ampat puluh masjid di Kalsel dapat bantuan buku 🕌📚 saban masjid 200 buku: tafsir, fikih kaluarga, sajarah Islam, buku kakanakan, kesehatan, ditambah rak basi. Jar Kemenag, masjid rami wayah sumbahyang haja, di antaranya sunyi. Remaja masjid, ayo mambaca!",
         N=[(2.7, "bjm", "Pengajian rutin Kamis malam di Masjid Raya Sabilal Muhtadin pekan ini bertema adab menuntut ilmu, terbuka untuk umum, ba'da Isya.", "same mosque, another event"),
            (8.4, "bjr", "Pengurus Masjid Al-Karomah Pasayangan membuka pojok buku di serambi kanan, isinya buku sumbangan jamaah, 150 judul. Silakan baca di tempat.", "a mosque's own book corner"),
            (13.0, "btl", "Kapan masjid kami dapat bantuan buku dari Kemenag? Sudah usul tahun lalu tapi tidak ada kabar. Katanya syaratnya harus ada ruang baca.", "a complaint, no facts of the handover")]),

    dict(id="a38", src="pemkab-batola", at="11-20 13:15", region="btl",
         title="15 Perpustakaan Pesantren di Barito Kuala Terima Rak dan 300 Buku",
         text="""MARABAHAN – Dinas Perpustakaan dan Kearsipan Barito Kuala menyerahkan bantuan rak dan 300 buku kepada masing-masing 15 perpustakaan pondok pesantren, [[20/11]], di Aula Selidah Marabahan. Bantuan senilai Rp270 juta itu juga mencakup pelatihan satu hari bagi pengelola perpustakaan pondok tentang pencatatan dan penataan koleksi.

“Perpustakaan pondok kebanyakan hanya lemari di kantor ustaz. Kami ingin ada ruang yang terbuka untuk santri setiap sore,” ujar Kepala Dinas Perpustakaan dan Kearsipan Barito Kuala, Hj. Norlaila.

Pondok penerima tersebar di tujuh kecamatan, antara lain Alalak, Anjir Pasar dan Mandastana. Dinas akan membina mereka agar memenuhi syarat akreditasi perpustakaan khusus pada 2027, dimulai dengan penilaian mandiri oleh setiap pondok. (mc-batola/hn)""",
         S="Dinas Perpustakaan Batola menyerahkan rak dan 300 buku kepada masing-masing 15 perpustakaan pesantren (Rp270 juta) plus pelatihan pengelola di Aula Selidah; pondok di tujuh kecamatan dibina menuju akreditasi 2027.",
         P="Lima walas pondok di Batola dapat rak lawan 300 buku sabuting pondok 📚 nilainya 270 juta, ada palatihan pengelola jua. Jar Kadis, pustaka pondok rancak cuma lamari di kantor ustaz, wayahini musti ada ruang nang buka gasan santri saban sanja.",
         N=[(1.9, "btl", "Aula Selidah Marabahan dipakai pembagian SK pengangkatan 120 guru PPPK Batola hari ini.", "same hall, another event"),
            (6.0, "btl", "Santri pondok di Anjir Pasar kerja bakti membersihkan saluran di depan pondok setelah banjir pasang. Dibantu warga RT 3.", "same village, another activity"),
            (10.8, "btl", "Penyuluh agama Kecamatan Mandastana menggelar lomba pidato santri antarpondok, 15 pondok mengirim wakil. Juara satu dari pondok di Anjir Pasar.", "same count (15 pondok), another event")]),

    dict(id="a39", src="pemkab-balangan", at="11-27 15:05", region="blg",
         title="Rak Buku Dipasang di 12 Balai Adat Halong dan Tebing Tinggi",
         text="""PARINGIN – Dinas Perpustakaan dan Kearsipan Balangan memasang rak buku berisi 150 judul di 12 balai adat di Kecamatan Halong dan Tebing Tinggi, [[27/11]]. Koleksinya termasuk buku sejarah Dayak Meratus, pertanian ladang, kesehatan ibu dan anak, serta buku cerita bergambar.

“Balai adat adalah tempat warga paling sering berkumpul, apalagi saat aruh. Kami titipkan buku di sana dengan izin kepala adat, dan pengelolanya pemuda kampung sendiri,” kata Kepala Dinas Perpustakaan dan Kearsipan Balangan, Rusliansyah.

Setiap balai adat mendapat dua pengelola yang menerima honor Rp300 ribu per bulan dari dinas. Koleksi akan diganti setiap enam bulan, dan pengelola mencatat peminjaman dalam buku tulis yang diperiksa petugas setiap kunjungan. (diskominfo-blg/rs)""",
         S="Dinas Perpustakaan Balangan memasang rak 150 buku (sejarah Dayak Meratus, ladang, kesehatan ibu-anak, cerita bergambar) di 12 balai adat Halong dan Tebing Tinggi; dua pengelola pemuda per balai, honor Rp300 ribu, koleksi diganti tiap enam bulan.",
         P="Balai adat di Halong lawan Tebing Tinggi wayahini ada rak bukunya 📚 dua walas balai, saban balai 150 judul: sajarah Dayak Meratus, behuma, kesehatan, buku bagambar. Nang mangurus pemuda kampung saurang, dapat honor 300 ribu sabulan. Bukunya diganti saban anam bulan.",
         N=[(2.0, "blg", "Aruh adat di Balai Adat Kapul, Halong, dimulai besok. Warga dari kampung tetangga diundang, jalan menuju balai sudah diperbaiki gotong royong.", "a ritual at a balai in the same kecamatan"),
            (4.4, "blg", "Pemuda Tebing Tinggi membuka kelas les baca tulis gratis untuk anak-anak di rumah kepala kampung tiap Sabtu. Bukunya masih sedikit, yang mau menyumbang silakan.", "a youth reading class of its own"),
            ("12-03 16:00", "blg", "Balai adat di Tebing Tinggi mendapat bantuan genset dan pengeras suara dari CSR perusahaan untuk keperluan aruh. Diserahkan ke kepala adat siang tadi.", "same kind of venue, another aid")]),

    # ------------------------------------------------------------------ singles
    dict(id="a40", src="diskominfo-kalsel", at="11-07 10:30", region="prov",
         title="Kanal Dongeng Banua Tayang Tiap Sabtu Mulai 14 November, 24 Episode Sudah Direkam",
         text="""BANJARBARU – Dinas Komunikasi dan Informatika Kalimantan Selatan bersama Dispersip Kalsel meluncurkan kanal video Dongeng Banua, [[7/11]]. Sebanyak 24 episode dongeng anak berbahasa Indonesia dan Banjar sudah direkam dengan pendongeng dari guru, pustakawan dan pegiat TBM. Episode tayang setiap Sabtu pukul 16.00 Wita mulai [[14/11]].

“Daripada anak-anak menonton video yang tidak jelas isinya, kami sediakan tontonan yang mendidik dan dekat dengan budaya kita sendiri,” ujar Kepala Bidang Informasi dan Komunikasi Publik Diskominfo Kalsel, Rahmadi Fitriansyah.

Kanal juga menerima kiriman video dongeng dari masyarakat. Video yang lolos kurasi akan ditayangkan dengan nama pengirim, dan pendongeng terpilih diundang rekaman di studio Diskominfo pada Januari. (mc-kalsel/rf)""",
         S="Diskominfo dan Dispersip Kalsel meluncurkan kanal video Dongeng Banua: 24 episode dongeng anak (Indonesia dan Banjar) tayang tiap Sabtu 16.00 Wita mulai 14 November; warga boleh mengirim video dongeng untuk dikurasi.",
         P="Kakanakan, saban Sabtu jam ampat sanja ada Dongeng Banua 📺 kanal video dongeng matan Diskominfo lawan Dispersip Kalsel, 24 episode, ada nang babahasa Banjar. Mulai 14 November. Pian nang pintar bakisah kawa jua mangirim video.",
         N=[(2.4, "prov", "Diskominfo Kalsel membuka lomba video pendek pelajar bertema bijak bermedia sosial, hadiah total Rp15 juta, unggah sampai 30 November.", "same office, another contest"),
            (9.0, "bjm", "Channel dongeng Kak Nisa dari Banjarmasin tembus 10 ribu subscriber! Terima kasih ayah bunda, video baru tiap Rabu malam.", "a private channel"),
            ("11-14 18:20", "hsu", "Sabtu sore di perpustakaan desa Danau Panggang anak-anak nonton bareng film kartun di layar proyektor. Sebulan sekali, camilannya dari ibu-ibu PKK.", "a village screening on the same Saturday")]),

    dict(id="a41", src="pemkab-banjar", at="11-06 13:50", region="bjr",
         title="Ruang Baca di Lapas Narkotika Karang Intan Dibuka, 1.000 Buku dan 12 Warga Binaan Jadi Pengelola",
         text="""MARTAPURA – Dinas Perpustakaan dan Kearsipan Kabupaten Banjar bersama Lapas Narkotika Karang Intan membuka ruang baca baru dengan 1.000 buku, [[6/11]]. Dua belas warga binaan dilatih selama dua hari menjadi pengelola, mulai dari mencatat peminjaman sampai merawat buku yang rusak.

“Di dalam, waktu terasa sangat panjang. Buku tentang keterampilan dan agama bisa menjadi bekal ketika mereka kembali ke masyarakat,” kata Sekretaris Dinas Perpustakaan dan Kearsipan Banjar, Hj. Nurul Aulia.

Koleksi akan diperbarui setiap empat bulan dengan buku pinjaman dari perpustakaan daerah. Keluarga warga binaan juga dapat menitipkan sumbangan buku melalui petugas layanan kunjungan, setelah diperiksa isinya oleh petugas lapas. (mc-banjar/na)""",
         S="Dinas Perpustakaan Banjar dan Lapas Narkotika Karang Intan membuka ruang baca 1.000 buku dengan 12 warga binaan sebagai pengelola terlatih; koleksi diperbarui tiap empat bulan, keluarga boleh menitip sumbangan buku lewat petugas kunjungan.",
         P="Di Lapas Narkotika Karang Intan wayahini ada ruang baca, 1.000 buku 📚 dua walas warga binaan dilatih jadi pangalola. Buku katarampilan lawan agama, gasan bakal imbah bulik ka kampung. Kaluarga kawa manitip buku lewat patugas kunjungan, diparaksa dulu.",
         N=[(2.3, "bjr", "Lapas Narkotika Karang Intan membuka layanan kunjungan tatap muka tambahan hari Sabtu mulai pekan ini. Pengunjung wajib membawa KTP asli.", "same lapas, visiting hours"),
            (7.9, "bjr", "Sekretaris Dinas Perpustakaan Banjar menyerahkan hadiah lomba mewarnai PAUD di Perpusda Martapura, 90 peserta.", "same official, another event"),
            (12.6, "bjm", "Rutan di Banjarmasin mendapat sumbangan 300 Al-Qur'an dan buku iqra dari majelis taklim. Diserahkan usai salat Jumat.", "another institution, another donation")]),

    dict(id="a42", src="pemkab-tapin", at="11-26 09:40", region="tpn",
         title="Gerakan Satu RT Satu Rak Buku Dimulai di 64 RT Kecamatan Tapin Utara",
         text="""RANTAU – Pemerintah Kabupaten Tapin memulai Gerakan Satu RT Satu Rak Buku di 64 RT Kecamatan Tapin Utara, [[26/11]]. Setiap RT menerima satu rak kayu dan 50 buku bacaan keluarga yang ditempatkan di pos ronda, teras rumah ketua RT, atau langgar, sesuai kesepakatan warga.

“Perpustakaan kabupaten jauh bagi sebagian warga. Kalau bukunya ada di ujung gang, orang yang tadinya tidak berniat membaca pun akan membuka satu-dua halaman,” kata Kepala Dinas Perpustakaan dan Kearsipan Tapin, H. Rakhmat Hidayat.

Ketua RT diminta memilih satu warga sebagai penjaga rak dan mencatat buku yang dipinjam. Dinas menukar 20 buku di setiap rak setiap tiga bulan, dan gerakan ini diperluas ke Kecamatan Bungur dan Lokpaikat pada 2027. (prokom-tapin/rh)""",
         S="Tapin memulai Gerakan Satu RT Satu Rak Buku di 64 RT Kecamatan Tapin Utara: tiap RT dapat rak kayu dan 50 buku di pos ronda, teras ketua RT atau langgar; 20 buku ditukar tiap tiga bulan, diperluas ke Bungur dan Lokpaikat 2027.",
         P="Satu RT satu rak buku! 📚 Di Tapin Utara 64 RT dapat rak kayu lawan 50 buku, ditaruh di pos ronda, teras Pak RT atawa langgar, tagantung sapakat warga. Saban talu bulan 20 buku diganti. Bungur lawan Lokpaikat kaina tahun 2027.",
         N=[(1.4, "tpn", "RT 5 Kelurahan Rangda Malingkung memperbaiki pos ronda secara swadaya, atap seng diganti dan lampu baru dipasang. Jadwal ronda mulai Senin.", "a pos ronda repair, no books"),
            (5.8, "tpn", "Kami di Bungur juga mau rak buku RT seperti di Tapin Utara, tapi katanya baru tahun 2027. Sementara warga kumpulkan buku sendiri di langgar.", "a wish from a kecamatan not yet covered; the village's own collection"),
            (8.6, "bjb", "Banjarbaru punya program serupa? Setahu saya belum. Di RT kami ada lemari buku warisan KKN 2024, isinya sudah tidak terurus.", "another city's RT cupboard")]),
]
