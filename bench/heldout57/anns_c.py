# -*- coding: utf-8 -*-
"""Hand-written releases a29-a41 of heldout57 (same fields as anns_a.py)."""

ANNS = [
dict(id="a29", src="pemkot-banjarbaru", at="11-19 16:40",
     slug="banjarbaru-dinilai-tim-kota-kreatif-indonesia",
     title="Banjarbaru Dinilai Tim Kota Kreatif Indonesia",
     text="""BANJARBARU – Tim penilai Kabupaten/Kota Kreatif Indonesia dari Kementerian Ekonomi Kreatif mengunjungi Banjarbaru pada {D:11-18}. Banjarbaru mengusulkan dua subsektor unggulan, yaitu kriya perhiasan intan dan kuliner.

Tim yang terdiri atas empat penilai mengunjungi sentra pengasahan intan di Cempaka, dapur produksi kue di Loktabat dan ruang kerja bersama Banjarbaru Kreatif Hub. Mereka juga berdialog dengan 35 komunitas kreatif di Balai Kota. “Kami tidak ingin sekadar predikat. Penilaian ini memaksa kita merapikan data pelaku dan ruang kreatif,” kata Wakil Wali Kota Banjarbaru, H. Wartono Syahbana.

Hasil penilaian akan diumumkan kementerian pada Februari 2027. Sambil menunggu, Pemkot menyusun peta jalan ekonomi kreatif 2027–2031 yang dibahas bersama komunitas pada Desember. (humas-bjb/rd)""",
     S="Tim penilai Kota Kreatif Indonesia (Kemenekraf) berkunjung ke Banjarbaru Rabu 18/11; subsektor yang diusulkan kriya perhiasan intan dan kuliner; hasil Februari 2027.",
     L="Rabu 18 November empat penilai Kabupaten/Kota Kreatif Indonesia dari Kementerian Ekonomi Kreatif menilai Banjarbaru, yang mengusulkan kriya perhiasan intan dan kuliner. Mereka ke sentra pengasahan intan Cempaka, dapur kue di Loktabat, ruang kerja Banjarbaru Kreatif Hub, lalu berdialog dengan 35 komunitas kreatif di Balai Kota. Hasilnya diumumkan Februari 2027; sementara Pemkot menyusun peta jalan ekraf 2027–2031 yang dibahas bersama komunitas Desember.",
     P="Banjarbaru dinilai gasan jadi Kota Kreatif Indonesia! Tim matan kementerian datang hari Rabu, ka tampat pangasahan intan di Cempaka, dapur wadai di Loktabat, wan bapandir lawan 35 komunitas kreatif. Hasilnya Februari 2027. Mudahan lulus lah kota kita 🙏",
     N=[
      dict(at="11-20 10", kim="kim-sungai-tiung", text="Pengasah intan di Cempaka mengeluh harga batu mentah naik dan pesanan dari Jakarta sepi. Ada 35 pengasah yang masih bertahan di sentra.", differs="a market complaint at the same site, another 35"),
      dict(at="11-23 14", kim="kim-loktabat-utara", text="Tim penilai Adipura datang ke Loktabat Utara hari ini, memeriksa saluran dan bank sampah. Warga diminta tidak membakar sampah selama sepekan.", differs="another national assessment team (Adipura)"),
      dict(at="12-02 19", kim="kim-guntung-manggis", text="Komunitas kreatif diundang membahas peta jalan ekonomi kreatif Banjarbaru di aula Bappeda pekan depan. Undangan dibagikan lewat grup komunitas.", differs="the December road-map meeting announced as its own event"),
     ],
     B=[
      dict(at="11-17 21", kim="kim-sungai-tiung", text="Sentra pengasahan intan di Cempaka besok kedatangan tamu dari kementerian, katanya. Pengasah diminta datang lebih pagi dan merapikan meja kerja.", differs="preparations the evening before the visit"),
     ]),

dict(id="a30", src="pemkab-kotabaru", at="11-20 10:15",
     slug="pendataan-pelaku-ekonomi-kreatif-kotabaru-capai-1284",
     title="Pendataan Pelaku Ekonomi Kreatif Kotabaru Capai 1.284",
     text="""KOTABARU – Dinas Pariwisata Kabupaten Kotabaru telah mendata 1.284 pelaku ekonomi kreatif dari 17 subsektor hingga {D:11-19}. Pendataan dilakukan melalui formulir daring dan petugas yang mendatangi kecamatan.

Subsektor terbanyak adalah kuliner dengan 612 pelaku, disusul kriya 241 dan fesyen 158. Kecamatan Pulau Laut Utara menyumbang hampir separuh data. “Tanpa data, kita tidak tahu siapa yang harus dibantu. Jangan takut didata, ini bukan untuk pajak,” ujar Kepala Bidang Ekonomi Kreatif Dinas Pariwisata Kotabaru, Rina Apriyani.

Pendataan diperpanjang sampai 15 Desember 2026 dengan target 2.000 pelaku, terutama dari kecamatan di pulau-pulau kecil. Data akan menjadi dasar pemberian pelatihan dan bantuan alat pada 2027. (diskominfo-ktb/ra)""",
     S="Dispar Kotabaru sudah mendata 1.284 pelaku ekraf dari 17 subsektor (kuliner 612, kriya 241, fesyen 158); pendataan diperpanjang sampai 15 Desember dengan target 2.000.",
     P="Dangsanak di Kotabaru nang bausaha kreatif, sudah didata lah? Sampai wayahini 1.284 urang, paling banyak kuliner 612. Pendataan dipanjangakan sampai 15 Desember, target 2.000. Jangan takutan, kada gasan pajak ujar dinas 😄",
     N=[
      dict(at="11-23 09", kim="kim-sarang-tiung", text="Petugas pendataan keluarga berisiko stunting datang ke Sarang Tiung. Warga diminta menyiapkan KK. Pendataan sampai 15 Desember.", differs="another data collection with the same deadline"),
      dict(at="11-25 14", kim="kim-sarang-tiung", text="Di desa kami ada 12 pembuat kerupuk ikan dan 3 penjahit yang belum didata pelaku ekraf karena sinyal susah untuk formulir daring. Mohon petugas datang langsung.", differs="a village's own count and request"),
      dict(at="11-27 10", kim="kim-teluk-tamiang", text="Data Disdukcapil: jumlah penduduk Pulau Laut Tanjung Selayar yang sudah aktivasi IKD baru 1.284 orang. Warga diminta datang ke kantor camat.", differs="the same figure meaning digital ID activations"),
     ],
     B=[]),

dict(id="a31", src="dispar-kalsel", at="11-11 14:00",
     slug="60-sopir-taksi-dan-porter-bandara-dilatih-keramahan",
     title="60 Sopir Taksi dan Porter Bandara Dilatih Keramahan",
     text="""BANJARBARU – Dinas Pariwisata Provinsi Kalimantan Selatan melatih 60 sopir taksi dan porter Bandara Syamsudin Noor dalam pelatihan keramahan wisata pada {D:11-09} dan {D:11-10}. Pelatihan digelar di aula terminal bandara bekerja sama dengan pengelola bandara.

Materi meliputi cara menyapa tamu, bahasa Inggris dasar, informasi destinasi utama Kalsel dan penanganan keluhan. Peserta juga menerima buku saku berisi tarif resmi dan daftar objek wisata. “Orang pertama yang ditemui wisatawan bukan pejabat, melainkan sopir dan porter. Kesan pertama Kalsel ada di tangan mereka,” kata Kepala Bidang Pemasaran Dispar Kalsel, H. Rizky Maulana.

Dispar berencana melanjutkan pelatihan serupa bagi 40 motoris kelotok dan pengemudi ojek di Pelabuhan Trisakti pada Januari 2027. Peserta yang hadir penuh mendapat sertifikat. (dispar/rm)""",
     S="Dispar Kalsel melatih keramahan wisata untuk 60 sopir taksi dan porter Bandara Syamsudin Noor, 9–10 November; ada bahasa Inggris dasar dan buku saku tarif resmi.",
     L="Senin–Selasa 9–10 November, 60 sopir taksi dan porter Bandara Syamsudin Noor mengikuti pelatihan keramahan wisata Dispar Kalsel di aula terminal. Materinya cara menyapa, bahasa Inggris dasar, destinasi utama Kalsel dan penanganan keluhan, plus buku saku tarif resmi dan daftar objek wisata. Menurut Kabid Pemasaran H. Rizky Maulana kesan pertama wisatawan ada di tangan mereka. Januari 2027 giliran 40 motoris kelotok dan ojek di Pelabuhan Trisakti.",
     P="Bubuhan sopir taksi wan porter bandara, 60 urang, dilatih ramah lawan wisatawan. Balajar manyapa, bahasa Inggris sadikit-sadikit, wan tahu tampat wisata di Kalsel. Dapat buku saku rega resmi jua. Kesan partama urang datang ka banua tu matan sidin-sidin ini ✈️",
     N=[
      dict(at="11-13 10", kim="kim-guntung-manggis", text="Pengemudi ojek daring di sekitar bandara menggelar aksi damai meminta titik jemput resmi. Ada 60-an pengemudi yang datang ke kantor pengelola bandara.", differs="a drivers' protest at the same airport"),
      dict(at="11-16 15", kim="kim-guntung-manggis", text="Tarif taksi bandara ke Banjarmasin sekarang Rp200 ribu, ke Martapura Rp120 ribu. Info ini dari papan tarif baru di pintu kedatangan.", differs="a tariff board notice, no training"),
      dict(at="11-18 09", kim="kim-basirih", text="Pelatihan bahasa Inggris gratis untuk pedagang Pasar Terapung Siring dibuka di kelurahan, 20 kursi. Pendaftaran lewat ketua RT.", differs="another English course elsewhere"),
     ],
     B=[]),

dict(id="a32", src="pemkab-tapin", at="11-22 11:00",
     slug="bus-wisata-gratis-rantau-bendungan-tapin-setiap-minggu",
     title="Bus Wisata Gratis Rantau–Bendungan Tapin Setiap Minggu",
     text="""RANTAU – Pemerintah Kabupaten Tapin mengoperasikan bus wisata gratis dari Rantau ke Bendungan Tapin setiap Minggu mulai {D:11-29}. Bus berangkat dari Taman Kota Rantau pukul 07.00 dan 10.00, lalu kembali dari bendungan pukul 12.00 dan 15.00.

Bus berkapasitas 30 penumpang itu merupakan bus sekolah yang tidak terpakai pada hari libur. Penumpang cukup mendaftar di pos Dinas Perhubungan di taman kota sebelum berangkat, dengan prioritas keluarga dan lansia. “Banyak warga Rantau belum pernah ke bendungan karena tidak punya kendaraan. Bus ini kami pakai agar tidak menganggur di akhir pekan,” kata Kepala Dinas Perhubungan Tapin, H. Gusti Rahmadi.

Uji coba berlangsung hingga Februari 2027. Jika peminat banyak, Pemkab akan menambah rute ke Desa Pipitak Jaya dan kawasan wisata Bitahan. (prokom-tapin/gr)""",
     S="Pemkab Tapin menjalankan bus wisata gratis Rantau–Bendungan Tapin setiap Minggu mulai 29/11: berangkat 07.00 dan 10.00 dari Taman Kota Rantau, kapasitas 30, uji coba sampai Februari 2027.",
     P="Urang Rantau, mulai Minggu 29 November ada bus wisata gratis ka Bendungan Tapin! Berangkat matan Taman Kota jam 7 wan jam 10, bulik matan bendungan jam 12 wan jam 3. Daftar di pos Dishub haja. Bus sakulah nang libur dipakai, daripada manganggur 🚌",
     N=[
      dict(at="11-24 07", kim="kim-tatakan", text="Bus sekolah Tapin rute Tatakan–Rantau tidak beroperasi hari ini karena sopir ikut pelatihan. Anak-anak diminta berangkat diantar orang tua.", differs="the school-bus service on a weekday"),
      dict(at="11-29 13", kim="kim-tatakan", text="Minggu ini Taman Kota Rantau ramai senam massal dan bazar UMKM. Ada 30 stan makanan. Parkir sampai ke depan masjid.", differs="another event at the departure park the same day"),
      dict(at="12-01 16", kim="kim-binuang", text="Warga Binuang tanya, apakah bus wisata gratis juga berangkat dari Binuang? Jawaban Dishub: belum, hanya dari Rantau.", differs="a question from another town, explicitly not served"),
      dict(at="11-30 10", kim="kim-tatakan", text="Kemarin bus wisata pertama ke bendungan penuh, 30 kursi terisi sejak jam 06.30. Ada yang tidak kebagian dan pulang. Semoga ditambah busnya.", differs="report of the first run, later"),
     ],
     B=[
      dict(at="11-20 12", kim="kim-tatakan", text="Dengar-dengar bus sekolah mau dipakai untuk wisata hari Minggu ke bendungan. Gratis kah? Ada yang tahu kapan mulainya?", differs="a question two days before the release"),
     ]),

dict(id="a33", src="pemkab-hst", at="11-06 15:15",
     slug="40-papan-cerita-berkode-qr-dipasang-di-12-destinasi",
     title="40 Papan Cerita Berkode QR Dipasang di 12 Destinasi",
     text="""BARABAI – Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata Hulu Sungai Tengah memasang 40 papan cerita berkode QR di 12 destinasi wisata. Pemasangan selesai pada {D:11-05} di kawasan Pagat, Batu Benawa, Hinas Kiri dan Hantakan.

Dengan memindai kode QR, wisatawan dapat membaca dan mendengar cerita rakyat, sejarah tempat serta larangan adat di lokasi tersebut dalam bahasa Indonesia, Banjar dan Inggris. Naskah ditulis bersama tetua adat dan guru sejarah setempat. “Destinasi kita kaya cerita, tetapi ceritanya hanya ada di kepala para tetua. Sekarang wisatawan bisa mendengarnya langsung,” ujar Kepala Bidang Pariwisata Disbudporapar HST, Muhammad Irfan Saputra.

Papan dilengkapi rekaman audio berdurasi dua sampai lima menit. Pada 2027 Disbudporapar menargetkan 30 papan lagi di destinasi sungai dan air terjun. (kominfo-hst/mi)""",
     S="Disbudporapar HST memasang 40 papan cerita berkode QR di 12 destinasi (Pagat, Batu Benawa, Hinas Kiri, Hantakan), selesai Kamis 5/11; cerita rakyat dan larangan adat dalam tiga bahasa.",
     L="Disbudporapar HST menyelesaikan pemasangan 40 papan cerita berkode QR di 12 destinasi pada Kamis 5 November, termasuk Pagat, Batu Benawa, Hinas Kiri dan Hantakan. Pindai kodenya untuk membaca dan mendengar cerita rakyat, sejarah dan larangan adat dalam bahasa Indonesia, Banjar dan Inggris, dengan audio dua sampai lima menit. Naskahnya ditulis bersama tetua adat dan guru sejarah. Tahun 2027 ditargetkan 30 papan lagi.",
     P="Wayahini di 12 tampat wisata di HST ada papan bakode QR, 40 buting. Pindai pakai HP, kawa mambaca wan mandangar kisah urang bahari, sajarah, wan pamali adat, dalam bahasa Indonesia, Banjar wan Inggris. Naskahnya ditulis lawan tetua adat. Mantap banar gasan urang bailang 📱",
     N=[
      dict(at="11-09 11", kim="kim-hantakan", text="Papan larangan membuang sampah dipasang pemuda desa di sepanjang jalan ke air terjun. Ada 12 papan dari kayu bekas, dicat sendiri.", differs="the village youth's own signs"),
      dict(at="11-14 16", kim="kim-barabai-darat", text="Museum mini di Barabai sekarang memakai kode QR untuk koleksi senjata tradisional. Ada 40 koleksi yang bisa dipindai pengunjung.", differs="a museum's own QR codes with 40 items"),
      dict(at="11-21 10", kim="kim-hinas-kiri", text="Kode QR di papan dekat jembatan gantung tidak bisa dibuka karena tidak ada sinyal. Mohon dinas cek lagi, pengunjung kecewa.", differs="a complaint after installation, later"),
     ],
     B=[]),

dict(id="a34", src="pemkab-tabalong", at="11-26 10:30",
     slug="galeri-produk-kreatif-tabalong-dibuka-86-produk-dititipkan",
     title="Galeri Produk Kreatif Tabalong Dibuka, 86 Produk Dititipkan",
     text="""TANJUNG – Galeri Produk Kreatif Tabalong resmi dibuka pada {D:11-25} di lantai dasar Gedung Informasi Tanjung. Galeri menampung 86 produk titipan dari 52 pelaku usaha kreatif di 12 kecamatan.

Produk yang dipajang antara lain anyaman rotan Jaro, kain tenun motif Dayak Deah, kopi Haruai, madu hutan dan sambal udang kemasan. Pemilik produk menerima hasil penjualan setiap awal bulan setelah dipotong 10 persen untuk biaya operasional galeri. “Galeri ini harus menjadi tempat tamu dinas dan wisatawan berbelanja, bukan gudang barang titipan,” kata Sekretaris Daerah Tabalong, H. Hamdani Ismail.

Galeri buka setiap hari pukul 08.00 sampai 20.00, termasuk hari libur. Pelaku usaha yang ingin menitipkan produk dapat mendaftar di Disparpora Tabalong dengan membawa contoh produk dan izin edar bagi pangan. (diskominfo-tbl/hi)""",
     S="Galeri Produk Kreatif Tabalong dibuka Rabu 25/11 di Gedung Informasi Tanjung: 86 produk titipan dari 52 pelaku usaha di 12 kecamatan; potongan 10 persen, buka setiap hari 08.00–20.00.",
     L="Rabu 25 November Sekda Tabalong H. Hamdani Ismail membuka Galeri Produk Kreatif Tabalong di lantai dasar Gedung Informasi Tanjung. Ada 86 produk titipan dari 52 pelaku usaha di 12 kecamatan, di antaranya anyaman rotan Jaro, tenun motif Dayak Deah, kopi Haruai, madu hutan dan sambal udang. Hasil penjualan dibayar awal bulan setelah potongan 10 persen. Galeri buka 08.00–20.00 setiap hari; pendaftaran titip produk di Disparpora, pangan wajib izin edar.",
     P="Urang Tabalong, galeri produk kreatif sudah dibuka di Gedung Informasi Tanjung! Ada 86 produk matan 52 pelaku usaha: anyaman rotan Jaro, tenun Dayak Deah, kupi Haruai, madu hutan, sambal hundang. Buka tiap hari jam 8 pagi sampai jam 8 malam. Ayo balanja di banua surang 🛍️",
     N=[
      dict(at="11-27 10", kim="kim-jaro", text="Perajin rotan di Jaro mengeluh bahan baku rotan manau makin jauh dicari. Sekarang harus masuk hutan dua hari. Harga anyaman naik Rp20 ribu.", differs="raw-material problems in the crafts village"),
      dict(at="11-30 19", kim="kim-tanjung", text="Gedung Informasi Tanjung malam ini menggelar nonton bareng final sepak bola antar kecamatan. Layar besar dipasang di halaman.", differs="same building, another event"),
      dict(at="12-02 11", kim="kim-pembataan", text="Toko oleh-oleh swasta di Jalan Tanjung Raya menambah rak produk lokal. Pemiliknya menerima titipan dengan potongan 15 persen.", differs="a private shop with other terms"),
     ],
     B=[
      dict(at="11-23 16", kim="kim-tanjung", text="Lantai dasar Gedung Informasi lagi dibenahi, rak-rak kayu baru diangkut masuk. Katanya mau jadi tempat jualan produk UMKM. Ada yang tahu kapan buka?", differs="preparations seen two days before the opening"),
     ]),

dict(id="a35", src="pemkab-balangan", at="11-18 10:50",
     slug="empat-dari-sembilan-toilet-destinasi-balangan-belum-standar",
     title="Empat dari Sembilan Toilet Destinasi Balangan Belum Standar",
     text="""PARINGIN – Dinas Pemuda, Olahraga dan Pariwisata Balangan memeriksa toilet umum di sembilan destinasi wisata pada {D:11-16} dan {D:11-17}. Hasilnya, empat toilet dinyatakan belum memenuhi standar kebersihan dan keamanan.

Pemeriksaan mencakup ketersediaan air, lantai yang tidak licin, lampu, tempat sampah dan pintu yang bisa dikunci. Toilet yang belum standar berada di kawasan Bukit Batu Bini, Taman Paringin, Air Terjun Kandang Kuda dan Danau Baruh Bunglai. “Wisatawan bisa memaafkan jalan yang rusak, tetapi sulit memaafkan toilet yang kotor,” kata Kepala Dispora Par Balangan, H. Ahmad Fauzan Noor.

Pengelola keempat destinasi diberi waktu memperbaiki sampai 20 Desember 2026, sebelum libur akhir tahun. Dispora Par menyiapkan bantuan perlengkapan kebersihan dan akan memeriksa ulang pada 21 Desember. (diskominfo-blg/an)""",
     S="Dispora Par Balangan memeriksa toilet di sembilan destinasi (16–17 November): empat belum standar dan harus diperbaiki sampai 20 Desember; pemeriksaan ulang 21 Desember.",
     L="Senin–Selasa 16–17 November Dispora Par Balangan memeriksa toilet umum di sembilan destinasi: air, lantai tidak licin, lampu, tempat sampah, pintu berkunci. Empat belum standar — Bukit Batu Bini, Taman Paringin, Air Terjun Kandang Kuda dan Danau Baruh Bunglai. Pengelolanya harus memperbaiki paling lambat 20 Desember menjelang libur akhir tahun; dinas memberi perlengkapan kebersihan dan memeriksa ulang 21 Desember.",
     P="Hasil pamariksaan toilet di sembilan tampat wisata Balangan: ampat balum standar, di Bukit Batu Bini, Taman Paringin, Air Terjun Kandang Kuda wan Danau Baruh Bunglai. Dibari waktu mamparbaiki sampai 20 Desember. Ujar Kadis, urang kawa memaafakan jalan rusak, tapi toilet kotor kada 😅",
     N=[
      dict(at="11-20 09", kim="kim-juai", text="Pemuda Juai kerja bakti membangun toilet sederhana di dekat air terjun kampung. Biaya dari iuran pemuda dan sumbangan warga, belum ada bantuan dinas.", differs="villagers' own toilet at another site"),
      dict(at="11-23 15", kim="kim-halong", text="Dinas Kesehatan memeriksa jamban keluarga di Halong untuk program ODF. Dari 90 rumah, sembilan belum punya jamban sehat.", differs="a household sanitation check with nine"),
      dict(at="11-26 11", kim="kim-paringin-kota", text="Taman Paringin sekarang punya lampu taman baru di sepanjang jalur jogging. Dipasang Dinas Perkim minggu lalu.", differs="new lamps in one of the same sites, another office"),
      dict(at="11-28 16", kim="kim-juai", text="Info toilet wisata di Juai akan dibongkar semua tidak benar. Yang diperiksa dinas hanya di sembilan destinasi kabupaten, tidak ada pembongkaran.", differs="a denial of a rumour"),
     ],
     B=[]),

dict(id="a36", src="pemkab-batola", at="11-24 14:35",
     slug="30-pelaku-wisata-batola-ikuti-kelas-bahasa-inggris",
     title="30 Pelaku Wisata Batola Ikuti Kelas Bahasa Inggris",
     text="""MARABAHAN – Sebanyak 30 pelaku wisata Barito Kuala mengikuti kelas bahasa Inggris wisata yang dibuka pada {D:11-23} di Aula Kantor Camat Alalak. Kelas berlangsung setiap Senin dan Rabu selama enam pekan.

Peserta terdiri atas pemandu, motoris perahu, pemilik warung dan pengelola homestay dari Alalak, Jejangkit dan Tabunganen. Mereka belajar percakapan sederhana, menyebut harga, menjelaskan arah dan bercerita tentang sungai. Pengajarnya dua guru SMA dan seorang relawan dari komunitas bahasa di Banjarmasin. “Tamu asing yang datang ke Barito Kuala makin banyak, tetapi banyak pelaku wisata kita masih malu bicara,” kata Kepala Disbudpar Batola, Hj. Siti Khadijah Rahman.

Kelas ditutup dengan praktik memandu tamu sungguhan pada awal Januari 2027. Peserta yang hadir paling sedikit sepuluh kali mendapat sertifikat. (prokom-batola/sk)""",
     S="30 pelaku wisata Batola (Alalak, Jejangkit, Tabunganen) mulai kelas bahasa Inggris wisata Senin 23/11 di Aula Kantor Camat Alalak, tiap Senin dan Rabu selama enam pekan.",
     P="Ada 30 pelaku wisata Batola, pemandu, motoris, pemilik warung wan homestay, balajar bahasa Inggris di Aula Kantor Camat Alalak. Tiap Senin wan Rabu, anam minggu. Supaya kada supan lagi bapandir lawan tamu matan luar nagri. Good luck, dangsanak! 😄",
     N=[
      dict(at="11-25 10", kim="kim-berangas", text="Aula Kantor Camat Alalak kemarin dipakai rapat persiapan Pilkades serentak. Ada 30 orang panitia dari enam desa.", differs="same hall, another meeting, same count"),
      dict(at="11-27 15", kim="kim-berangas", text="SMAN di Alalak membuka klub bahasa Inggris untuk siswa setiap Rabu sore. Pengajarnya guru dan alumni yang kuliah di Banjarmasin.", differs="a school English club"),
      dict(at="12-02 16", kim="kim-tamban-catur", text="Di Tamban belum ada kelas bahasa untuk pelaku wisata. Padahal tamu asing juga datang melihat bekantan di pulau. Mohon dinas menjangkau kami.", differs="another kecamatan's request"),
     ],
     B=[]),

dict(id="a37", src="diskominfo-kalsel", at="11-27 09:20",
     slug="48-kim-dilatih-buat-poster-agenda-desember-di-banua",
     title="48 KIM Dilatih Buat Poster Agenda Desember di Banua",
     text="""BANJARBARU – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan melatih admin 48 Kelompok Informasi Masyarakat (KIM) membuat poster agenda wisata dan budaya pada {D:11-26} di Aula Diskominfo Kalsel. Poster akan dipakai untuk kampanye “Desember di Banua”.

Peserta belajar memakai templat desain gratis, memeriksa tanggal dan lokasi acara langsung kepada penyelenggara, serta menulis keterangan singkat yang menarik. Setiap KIM diminta mengunggah paling sedikit tiga poster acara di daerahnya sepanjang Desember. “KIM paling dekat dengan kegiatan warga. Kalau informasi acaranya rapi dan tepat waktu, wisatawan pun datang,” kata Kepala Bidang Informasi Komunikasi Publik Diskominfo Kalsel, Hj. Aulia Rahmi.

Poster terbaik setiap pekan akan dibagikan ulang di akun resmi Pemprov Kalsel. KIM yang paling aktif mendapat apresiasi pada Januari 2027. (mc-kalsel/ar)""",
     S="Diskominfo Kalsel melatih admin 48 KIM membuat poster agenda wisata dan budaya (Kamis 26/11) untuk kampanye “Desember di Banua”; setiap KIM mengunggah minimal tiga poster sepanjang Desember.",
     P="Admin KIM, 48 urang, tadi balajar maulah poster agenda wisata wan budaya di Aula Diskominfo. Gasan kampanye 'Desember di Banua', tiap KIM minimal tiga poster acara di kampung surang. Poster tabagus dibagi ulang di akun Pemprov. Ayo KIM kita umpat! 🎨",
     N=[
      dict(at="12-01 10", kim="kim-sungai-batang", text="DESEMBER DI BANUA: Haul dan maulid di Masjid Sungai Batang, Minggu 6 Desember pukul 08.00. Terbuka untuk umum. #DesemberDiBanua", differs="a KIM's own December event poster (the campaign's product), not the training news"),
      dict(at="11-28 11", kim="kim-sebelimbingan", text="KIM kami tidak bisa ikut pelatihan poster kemarin karena kapal dari Kotabaru terlambat. Semoga ada pelatihan daring.", differs="a KIM that missed the training"),
      dict(at="11-30 09", kim="kim-tamban-catur", text="Aula Diskominfo Kalsel pekan lalu juga dipakai pelatihan cek fakta untuk 48 jurnalis kampus. Pesertanya dari delapan universitas.", differs="same hall, another training with 48"),
     ],
     B=[]),

dict(id="a38", src="dekranasda-kalsel", at="11-26 15:55",
     slug="penjualan-gerai-dekranasda-kalsel-tembus-rp12-miliar",
     title="Penjualan Gerai Dekranasda Kalsel Tembus Rp1,2 Miliar",
     text="""BANJARMASIN – Penjualan Gerai Dekranasda Kalimantan Selatan sepanjang Januari hingga Oktober 2026 mencapai Rp1,2 miliar. Capaian itu disampaikan dalam rapat evaluasi pada {D:11-26} di Balai Dekranasda Kalsel.

Produk terlaris adalah kain sasirangan, tas purun, perhiasan perak Martapura dan dodol. Gerai kini bekerja sama dengan 118 perajin dari 13 kabupaten/kota. “Angka ini membuktikan kriya Banua laku jika dipajang dengan baik dan harganya jujur,” ujar Ketua Harian Dekranasda Kalsel, Hj. Siti Mardiah Hasan.

Dekranasda membuka pendaftaran 40 perajin mitra baru untuk 2027 hingga 15 Desember 2026. Calon mitra harus membawa tiga contoh produk dan sanggup memasok setiap bulan. Prioritas diberikan kepada perajin dari kabupaten yang produknya masih sedikit di gerai. (dekranasda/hm)""",
     S="Penjualan Gerai Dekranasda Kalsel Januari–Oktober 2026 mencapai Rp1,2 miliar (118 perajin mitra); pendaftaran 40 perajin mitra baru untuk 2027 dibuka sampai 15 Desember.",
     L="Rapat evaluasi Dekranasda Kalsel, Kamis 26 November, mencatat penjualan gerai Januari–Oktober 2026 sebesar Rp1,2 miliar; terlaris sasirangan, tas purun, perak Martapura dan dodol. Mitra saat ini 118 perajin dari 13 kabupaten/kota. Ketua Harian Hj. Siti Mardiah Hasan: kriya laku bila dipajang baik dan harganya jujur. Pendaftaran 40 mitra baru untuk 2027 dibuka sampai 15 Desember, bawa tiga contoh produk; prioritas kabupaten yang produknya masih sedikit.",
     P="Gerai Dekranasda Kalsel laku Rp1,2 miliar matan Januari sampai Oktober! Nang paling laku sasirangan, tas purun, perak Martapura wan dodol. Wayahini ada 118 perajin mitra, handak ditambah 40 lagi gasan 2027. Badaftar sampai 15 Desember, bawa tiga contoh produk.",
     N=[
      dict(at="11-29 10", kim="kim-pasayangan", text="Perajin perak di Martapura mencatat omzet bulan November turun karena harga perak naik. Ada 118 perajin di sentra yang masih aktif.", differs="silversmiths' own figures, another 118"),
      dict(at="12-01 14", kim="kim-basirih", text="Gerai oleh-oleh di Bandara Syamsudin Noor milik swasta membuka pendaftaran pemasok baru sampai 31 Desember. Syaratnya PIRT dan NIB.", differs="a private shop's supplier call"),
      dict(at="11-28 09", kim="kim-mantuil", text="Tahun 2025 penjualan Gerai Dekranasda sekitar Rp900 juta, kata pengurus. Tahun ini katanya lebih besar, tapi angka resminya belum kami dapat.", differs="last year's figure and hearsay"),
     ],
     B=[]),

dict(id="a39", src="disperindag-kalsel", at="11-25 16:20",
     slug="45-ikm-oleh-oleh-terima-desain-kemasan-baru",
     title="45 IKM Oleh-Oleh Terima Desain Kemasan Baru",
     text="""BANJARBARU – Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Selatan menyerahkan desain kemasan baru kepada 45 industri kecil menengah (IKM) oleh-oleh pada {D:11-25} di UPTD Rumah Kemasan Banjarbaru. Desain disusun selama tiga bulan bersama desainer muda dari komunitas kreatif.

Penerima didominasi produsen amplang, kerupuk ikan, dodol dan kue kering dari tujuh kabupaten/kota. Setiap IKM menerima berkas desain siap cetak, 500 lembar label contoh dan panduan ukuran kemasan untuk kabin pesawat. “Kemasan harus tahan dibawa jauh dan tetap cantik saat difoto. Itu sama pentingnya dengan rasa,” kata Kepala Disperindag Kalsel, Ir. Sulaiman Hadi.

Disperindag akan memantau penggunaan desain pada Januari 2027. IKM yang mengganti kemasan juga akan diprioritaskan pada kurasi produk suvenir berikutnya. (disperindag/rk)""",
     S="Disperindag Kalsel menyerahkan desain kemasan baru kepada 45 IKM oleh-oleh (Rabu 25/11, UPTD Rumah Kemasan Banjarbaru): berkas siap cetak dan 500 label contoh per IKM.",
     P="Bubuhan IKM oleh-oleh, 45 buting, dapat desain kemasan hanyar matan Disperindag. Amplang, karupuk iwak, dodol, kue kering. Sorang dapat file siap cetak wan 500 label contoh. Kemasan harus tahan dibawa jauh wan bagus dipoto, ujar Kadis. Setuju!",
     N=[
      dict(at="11-27 10", kim="kim-loktabat-utara", text="UPTD Rumah Kemasan Banjarbaru membuka pelatihan sablon kemasan untuk 20 IKM pada 7–8 Desember. Pendaftaran lewat dinas kabupaten.", differs="same office, a later training with other facts"),
      dict(at="11-30 15", kim="kim-sungai-tiung", text="Produsen amplang di Cempaka mengganti kemasan plastik ke kotak kertas atas biaya sendiri. Harga naik Rp2.000 per kotak, tapi pembeli suka.", differs="a producer's own change"),
      dict(at="11-28 19", kim="kim-basirih", text="Ada 45 pedagang kue di Pasar Wadai Basirih yang kiosnya kebanjiran semalam. Kerugian belum dihitung.", differs="the same figure, market flooding"),
     ],
     B=[]),

dict(id="a40", src="pemprov-kalsel", at="11-13 13:05",
     slug="rp45-miliar-untuk-sarana-30-desa-wisata-pada-2027",
     title="Rp4,5 Miliar untuk Sarana 30 Desa Wisata pada 2027",
     text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan dan DPRD Kalsel menyepakati anggaran Rp4,5 miliar untuk sarana 30 desa wisata dalam APBD 2027. Kesepakatan dicapai dalam rapat Badan Anggaran pada {D:11-12} di Gedung DPRD Kalsel.

Setiap desa akan menerima sekitar Rp150 juta untuk toilet, gazebo, papan informasi dan tempat sampah terpilah. Desa penerima ditentukan berdasarkan hasil klasifikasi desa wisata tahun ini dan usulan kabupaten. “Kami tidak membangun gapura besar. Uangnya untuk hal-hal kecil yang setiap hari dipakai wisatawan,” kata Sekretaris Daerah Provinsi Kalsel, H. Fadlurrahman Anwar.

Daftar 30 desa penerima ditetapkan dengan keputusan gubernur pada Januari 2027. Pembangunan dijadwalkan pada April hingga Agustus 2027 agar selesai sebelum musim liburan sekolah. (biro-adpim/hd)""",
     S="Pemprov dan DPRD Kalsel sepakat Rp4,5 miliar dalam APBD 2027 untuk sarana 30 desa wisata (sekitar Rp150 juta per desa); disepakati di rapat Banggar Kamis 12/11.",
     L="Rapat Badan Anggaran DPRD Kalsel, Kamis 12 November, menyepakati Rp4,5 miliar di APBD 2027 untuk sarana 30 desa wisata, kira-kira Rp150 juta per desa untuk toilet, gazebo, papan informasi dan tempat sampah terpilah. Penerima ditentukan dari hasil klasifikasi desa wisata tahun ini dan usulan kabupaten, ditetapkan keputusan gubernur Januari 2027; pembangunan April–Agustus 2027.",
     P="Tahun 2027 ada duit Rp4,5 miliar matan provinsi gasan 30 desa wisata, kira-kira Rp150 juta sadesa. Gasan toilet, gazebo, papan informasi wan tampat sampah. Kada gasan gapura ganal, ujar Sekda. Daftar desanya kaluar Januari. Mudahan desa kita tamasuk!",
     N=[
      dict(at="11-16 10", kim="kim-kurau", text="Dana desa Kurau tahun 2027 direncanakan Rp150 juta untuk semenisasi jalan ke pantai. Musyawarah desa digelar Sabtu di balai desa.", differs="a village budget with the same amount"),
      dict(at="11-17 15", kim="kim-mantuil", text="Gedung DPRD Kalsel kemarin didatangi mahasiswa yang menyampaikan aspirasi soal UMP 2027. Aksi berlangsung damai sampai sore.", differs="same building, another event"),
      dict(at="11-19 20", kim="kim-tatakan", text="Ada kabar semua desa wisata rintisan dapat Rp150 juta tahun depan. Itu belum pasti ya, penerimanya baru ditetapkan Januari. Jangan buru-buru membuat proposal gapura.", differs="a correction of a rumour (no new facts)"),
     ],
     B=[]),

dict(id="a41", src="pemkab-banjar", at="11-20 11:45",
     slug="paket-susur-waduk-riam-kanan-rp75000-mulai-28-november",
     title="Paket Susur Waduk Riam Kanan Rp75.000 Mulai 28 November",
     text="""MARTAPURA – Pemerintah Kabupaten Banjar membuka paket wisata susur Waduk Riam Kanan mulai {D:11-28}. Paket empat jam dari Dermaga Tiwingan ini singgah di Pulau Pinus, keramba ikan nila dan Desa Belangian.

Tarifnya Rp75.000 per orang termasuk pelampung, air minum dan pemandu. Dua belas kapal kayu milik warga Tiwingan Lama disiapkan setiap Sabtu dan Minggu, berangkat pukul 08.00 dan 13.00. “Selama ini tamu menyewa perahu dengan harga tawar-menawar. Paket ini memberi harga pasti dan pembagian yang adil bagi pemilik kapal,” ujar Kepala Dinas Pariwisata Banjar, Rakhmat Hidayat.

Setiap kapal paling banyak membawa 12 penumpang, dan keberangkatan ditunda jika angin kencang. Tiket dapat dibeli di loket Dermaga Tiwingan atau dipesan bersama homestay melalui portal Singgah Banjar. (dispar-banjar/th)""",
     S="Paket susur Waduk Riam Kanan (Banjar) mulai Sabtu 28/11: empat jam dari Dermaga Tiwingan ke Pulau Pinus, keramba dan Belangian, Rp75.000 per orang, 12 kapal setiap akhir pekan.",
     L="Mulai Sabtu 28 November Pemkab Banjar menjual paket susur Waduk Riam Kanan: empat jam dari Dermaga Tiwingan, singgah di Pulau Pinus, keramba nila dan Desa Belangian. Rp75.000 per orang termasuk pelampung, air minum dan pemandu. Dua belas kapal kayu warga Tiwingan Lama berangkat pukul 08.00 dan 13.00 setiap Sabtu–Minggu, maksimal 12 penumpang, ditunda bila angin kencang. Tiket di loket dermaga atau lewat portal Singgah Banjar.",
     P="Ayo ka Riam Kanan! Mulai 28 November ada paket susur waduk matan Dermaga Tiwingan, ampat jam, singgah di Pulau Pinus, karamba nila wan Belangian. Rp75 ribu sorang, sudah ada pelampung, banyu minum wan pemandu. Kada usah tawar-manawar lagi lawan pambawa kapal 😁⛵",
     N=[
      dict(at="11-22 10", kim="kim-pasayangan", text="Harga ikan nila keramba Riam Kanan di pasar Martapura turun ke Rp28 ribu per kilo. Pembudidaya menunggu musim hujan agar harga naik lagi.", differs="fish prices from the same reservoir"),
      dict(at="11-29 15", kim="kim-tiwingan-lama", text="Hari pertama paket susur waduk, 9 dari 12 kapal berangkat penuh. Ada rombongan guru dari Banjarbaru yang memesan lewat portal. Alhamdulillah ramai.", differs="report of the first day, later"),
      dict(at="12-02 09", kim="kim-sungai-batang", text="Sewa perahu untuk memancing di Riam Kanan tetap Rp350 ribu sehari, bukan harga paket wisata. Itu kesepakatan kelompok nelayan, kata ketua.", differs="a fishing-boat hire, explicitly not the package"),
     ],
     B=[
      dict(at="11-18 16", kim="kim-pasayangan", text="Kapal-kapal kayu di Dermaga Tiwingan sedang dicat dan dipasangi kanopi baru. Katanya ada paket wisata waduk yang mau dibuka akhir bulan.", differs="preparations two days before the release"),
     ]),
]
