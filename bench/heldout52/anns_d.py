# -*- coding: utf-8 -*-
"""heldout52, hand-written: releases a31-a40 (see anns_a.py for the layout)."""

ANNS = [
dict(id="a31", src="pemkot-banjarbaru", at="11-17 15:50",
     slug="program-pohon-asuh-warga-bisa-adopsi-500-pohon-peneduh-banjarbaru",
     title="Program Pohon Asuh, Warga Bisa Mengadopsi 500 Pohon Peneduh di Banjarbaru",
     text="""BANJARBARU – Pemerintah Kota Banjarbaru meluncurkan program Pohon Asuh di Lapangan Murjani, Selasa (17/11/2026). Melalui program ini, warga, sekolah dan perusahaan dapat mengadopsi 500 pohon peneduh di sepanjang Jalan Ahmad Yani, Jalan Trikora dan Jalan Panglima Batur. Setiap pohon asuh diberi papan nama pengasuh dan kode QR, dengan biaya perawatan Rp150.000 per pohon per tahun yang dipakai untuk pemupukan, penyiraman dan pemangkasan.

“Pohon di tepi jalan itu milik kita semua. Dengan mengasuhnya, warga ikut memastikan pohon tetap sehat dan tidak dirusak,” kata Wakil Wali Kota Banjarbaru, Sugianto Wirasena.

Pendaftaran pengasuh dibuka di laman Dinas Lingkungan Hidup, dan papan nama pertama dipasang awal Desember. (humas-bjb/wh)""",
     short="Pemkot Banjarbaru meluncurkan Pohon Asuh (17/11): warga, sekolah dan perusahaan bisa mengadopsi 500 pohon peneduh di Jl. A. Yani, Trikora dan Panglima Batur, Rp150.000 per pohon per tahun, dengan papan nama dan kode QR.",
     long="""Mau punya pohon atas nama sendiri di Banjarbaru? Pemkot meluncurkan program Pohon Asuh di Lapangan Murjani, Selasa (17/11). Ada 500 pohon peneduh di Jalan A. Yani, Trikora dan Panglima Batur yang bisa diadopsi warga, sekolah atau perusahaan.

Biaya perawatan Rp150.000 per pohon per tahun untuk pupuk, penyiraman dan pemangkasan. Setiap pohon dipasangi papan nama pengasuh dan kode QR. Wawali Sugianto Wirasena mengatakan pengasuh ikut memastikan pohon sehat dan tidak dirusak. Daftar lewat laman DLH; papan nama pertama dipasang awal Desember.""",
     para="Urang Banjarbaru, handak baisi puhun asuhan kah? 🌳 Wayahini ada program Pohon Asuh, lima ratus puhun paneduh di Jalan A. Yani, Trikora wan Panglima Batur kawa diadopsi. Bayarnya saratus lima puluh ribu satahun gasan pupuk, manyiram wan mangarat dahan. Ngaran pian dipasang di papan wan ada kode QR-nya. Daftar di laman DLH, papan partama dipasang awal Disember.",
     looks=[
       dict(kim="kim-loktabat-utara", pl="facebook", at="11-19 08:30",
            t="Pohon angsana di depan gang kami di Jalan Trikora sudah lama miring dan akarnya merusak trotoar. Warga berharap DLH segera memeriksa sebelum musim angin kencang.",
            d="a complaint about one leaning roadside tree"),
       dict(kim="kim-guntung-manggis", pl="telegram", at="12-03 15:00",
            t="Papan nama pohon asuh pertama sudah terpasang pagi ini di Jalan Panglima Batur. Yang mengasuh pohon pertama adalah murid SDN Guntung Manggis 1 yang mengumpulkan uang jajan.",
            d="the first name boards on 3 Dec, a later step with its own story"),
       dict(kim="kim-bangkal", pl="facebook", at="11-18 10:10",
            t="Lapangan Murjani kemarin sore juga ramai dengan senam massal peringatan Hari Kesehatan Nasional. Wakil Wali Kota ikut senam bersama sekitar 500 peserta.",
            d="same venue, same official and the same 500, a mass exercise event"),
     ],
     before=[]),

dict(id="a32", src="pemkot-banjarmasin", at="11-04 16:10",
     slug="hutan-kota-pelambuan-24-hektare-dibuka-untuk-umum-minggu-8-november",
     title="Hutan Kota Pelambuan 2,4 Hektare Dibuka untuk Umum Minggu 8 November",
     text="""BANJARMASIN – Hutan Kota Pelambuan seluas 2,4 hektare di Kecamatan Banjarmasin Barat akan dibuka untuk umum mulai Minggu (8/11/2026). Kawasan bekas lahan kosong milik pemerintah kota itu kini ditumbuhi 1.100 pohon dari 46 jenis, antara lain rambai, ulin, jingah dan kasturi, serta dilengkapi jalur lari 800 meter dan titian di atas rawa. Hutan kota dibuka setiap hari pukul 06.00–18.00 Wita tanpa biaya masuk.

“Banjarmasin butuh lebih banyak ruang hijau yang teduh. Hutan kota ini juga menjadi tempat belajar anak sekolah mengenal pohon asli Kalimantan,” ujar Wali Kota Banjarmasin, Ibnu Hasan Mardani.

Pemkot menyiapkan 12 petugas kebersihan dan keamanan, dan pengunjung dilarang membawa kendaraan bermotor ke dalam kawasan. (diskominfo-bjm/my)""",
     short="Hutan Kota Pelambuan (2,4 ha, 1.100 pohon dari 46 jenis, jalur lari 800 m) di Banjarmasin Barat dibuka untuk umum mulai Minggu 8 November, setiap hari pukul 06.00–18.00, gratis.",
     long=None,
     para="Banjarmasin baisi hutan kota hanyar di Pelambuan, luasnya dua koma ampat hektar 🌳 Puhunnya saribu saratus, ampat puluh anam macam: rambai, ulin, jingah, kasturi. Ada jalur bukah walu ratus meter wan titian di atas rawa. Dibuka mulai Minggu 8 November, tiap hari jam anam pagi sampai jam anam sanja, gratis. Motor kada bulih masuk lah.",
     looks=[
       dict(kim="kim-pelambuan", pl="facebook", at="11-08 09:20",
            t="Pagi pertama Hutan Kota Pelambuan dibuka, ratusan warga datang berolahraga. Jalur lari penuh, anak-anak berlarian di titian. Sayang beberapa pengunjung masih meninggalkan botol minuman di bangku.",
            d="the first morning (8 Nov) told as its own news"),
       dict(kim="kim-sungai-andai", pl="facebook", at="11-06 14:00",
            t="Warga RT 12 Sungai Andai menanam 46 bibit pohon buah di lahan kosong samping langgar. Rencananya tempat itu dijadikan taman kecil untuk anak-anak bermain.",
            d="an RT's own small planting with the same 46"),
       dict(kim="kim-kelayan-barat", pl="telegram", at="11-05 10:30",
            t="Wali Kota Banjarmasin kemarin meresmikan turap dan siring di Kelayan Barat sepanjang 800 meter. Warga diminta tidak membuang sampah ke sungai.",
            d="same Wali Kota, same day, a riverbank wall of the same length (800 m)"),
       dict(kim="kim-sungai-andai", pl="facebook", at="11-15 19:30",
            t="Ada yang mengeluh hutan kota di Pelambuan jauh dari Banjarmasin Utara. Warga Sungai Andai berharap ada hutan kota juga di utara, misalnya di lahan bekas pasar. Semoga didengar.",
            d="a wish for a forest in the north, no plan"),
     ],
     before=[dict(kim="kim-pelambuan", pl="facebook", at="11-03 18:10",
            t="Pekerja sedang memasang papan nama dan tempat sampah di hutan kota Pelambuan. Kata mereka, minggu ini akan dibuka, tapi tanggalnya belum pasti.",
            d="finishing works seen the day before the release, no date")]),

dict(id="a33", src="pemkab-hsu", at="11-25 09:30",
     slug="arboretum-rawa-sungai-tabukan-dibuka-untuk-kunjungan-pelajar",
     title="Arboretum Rawa Sungai Tabukan Dibuka untuk Kunjungan Pelajar",
     text="""AMUNTAI – Pemkab Hulu Sungai Utara membuka Arboretum Rawa seluas 3 hektare di Desa Sungai Tabukan, Kecamatan Sungai Tabukan, untuk kunjungan belajar pelajar, Selasa (24/11/2026). Arboretum ini mengoleksi 64 jenis tumbuhan asli rawa, seperti galam, rengas, kayu lanan dan purun, lengkap dengan papan nama dan keterangan manfaatnya. Kunjungan sekolah dilayani setiap Senin hingga Kamis dengan mendaftar lebih dulu di kantor desa.

“Anak-anak Banua Lima harus mengenal tumbuhan rawa di sekitarnya. Banyak jenis yang dulu mudah ditemukan kini mulai jarang,” kata Bupati Hulu Sungai Utara, Rahmat Hidayat Suriansyah.

Pemkab akan menambah jembatan titian dan pondok baca di arboretum pada 2027 dengan melibatkan kelompok pemuda desa. (mc-hsu/rh)""",
     short="Pemkab HSU membuka Arboretum Rawa 3 ha di Desa Sungai Tabukan (24/11) untuk kunjungan belajar pelajar: 64 jenis tumbuhan asli rawa (galam, rengas, lanan, purun). Kunjungan sekolah Senin–Kamis, daftar di kantor desa.",
     long=None,
     para="Di Sungai Tabukan ada arboretum rawa wayahini, tiga hektar luasnya 🌾 Ada anam puluh ampat macam tatanaman asli rawa: galam, rengas, lanan, purun, samunyaan baisi papan ngaran wan gunanya. Salasa tadi dibuka Pa Bupati HSU gasan kakanakan sakulah balajar. Sakulahan nang handak datang daftar badahulu di kantor desa, Sanayan sampai Kamis.",
     looks=[
       dict(kim="kim-sungai-tabukan", pl="facebook", at="11-27 13:40",
            t="Hari ini SDN Sungai Tabukan 2 jadi rombongan pertama yang belajar di arboretum rawa. Murid kelas lima mencatat nama pohon dan mencoba menganyam purun bersama ibu-ibu pengrajin.",
            d="the first school visit (27 Nov), its own event"),
       dict(kim="kim-babirik", pl="facebook", at="11-26 10:50",
            t="Kelompok pengrajin purun di Babirik mendapat pesanan 640 tikar untuk acara di Banjarmasin. Harga purun kering naik karena lahan purun banyak tergenang.",
            d="purun crafts and prices, same plant, no arboretum"),
       dict(kim="kim-paminggir", pl="telegram", at="11-25 19:15",
            t="Bupati HSU Selasa kemarin juga menyerahkan bantuan 64 unit jukung kepada nelayan rawa di Kecamatan Paminggir dan Danau Panggang.",
            d="same Bupati, same day and the same 64, boats for fishermen"),
     ],
     before=[]),

dict(id="a34", src="pemprov-kalsel", at="11-05 15:20",
     slug="peringati-hcpsn-gubernur-resmikan-taman-anggrek-kalimantan-di-kebun-raya-banua",
     title="Peringati HCPSN, Gubernur Resmikan Taman Anggrek Kalimantan di Kebun Raya Banua",
     text="""BANJARBARU – Gubernur Kalimantan Selatan, H. Syaiful Jaya Perkasa, meresmikan Taman Anggrek Kalimantan di Kebun Raya Banua, Banjarbaru, dalam peringatan Hari Cinta Puspa dan Satwa Nasional, Kamis (5/11/2026). Taman seluas setengah hektare itu menampung 140 jenis anggrek dari hutan Kalimantan, termasuk anggrek hitam dan anggrek tebu, yang sebagian merupakan hasil penyerahan warga dan penyelamatan dari lahan yang dibuka. Pengunjung dapat melihat koleksi dari jalur setapak beratap.

“Anggrek hutan kita jangan lagi diambil untuk dijual di pinggir jalan. Lebih baik dikembangbiakkan dan dinikmati bersama di kebun raya,” kata Gubernur.

Kebun Raya Banua juga membuka kelas perbanyakan anggrek bagi warga setiap Sabtu pertama tiap bulan mulai Desember. (biro-adpim/mj)""",
     short="Pada peringatan HCPSN, Kamis 5 November, Gubernur Kalsel meresmikan Taman Anggrek Kalimantan (½ ha, 140 jenis termasuk anggrek hitam) di Kebun Raya Banua. Kelas perbanyakan anggrek untuk warga tiap Sabtu pertama mulai Desember.",
     long="""Hari Cinta Puspa dan Satwa Nasional, Kamis (5/11), diperingati Pemprov Kalsel dengan meresmikan Taman Anggrek Kalimantan di Kebun Raya Banua, Banjarbaru.

Taman setengah hektare itu berisi 140 jenis anggrek hutan Kalimantan, di antaranya anggrek hitam dan anggrek tebu; sebagian diserahkan warga atau diselamatkan dari lahan yang dibuka. Gubernur meminta anggrek hutan tidak lagi diambil untuk dijual di pinggir jalan. Mulai Desember ada kelas perbanyakan anggrek untuk warga setiap Sabtu pertama.""",
     para="Di Kebun Raya Banua wayahini ada Taman Anggrek Kalimantan, dangsanak 🌸 Kamis tadi diresmiakan Pa Gubernur pas Hari Cinta Puspa wan Satwa Nasional. Ada saratus ampat puluh macam anggrek hutan, anggrek hirang jua ada. Pa Gubernur bapasan, anggrek hutan jangan lagi diambil gasan dijual di pinggir jalan. Mulai Disember ada kelas maulah bibit anggrek tiap Sabtu partama.",
     looks=[
       dict(kim="kim-loktabat-utara", pl="instagram", at="11-06 16:00",
            t="Pameran anggrek komunitas pecinta anggrek Banjarbaru di Mal Q Mall berlangsung sampai Minggu. Ada 140 pot anggrek hibrida yang dijual mulai Rp50 ribu. #Banjarbaru #Anggrek",
            d="a hobbyists' sale of 140 hybrid pots in a mall, same number"),
       dict(kim="kim-bangkal", pl="facebook", at="12-05 11:30",
            t="Sabtu pertama Desember, kelas perbanyakan anggrek di Kebun Raya Banua diikuti 35 warga. Peserta belajar memisahkan anakan dan menempel anggrek di batang pakis.",
            d="the first orchid class on 5 Dec, a later step told as its own news"),
       dict(kim="kim-kelayan-barat", pl="facebook", at="11-06 07:45",
            t="Sekolah kami memperingati Hari Cinta Puspa dan Satwa Nasional dengan lomba menggambar bekantan dan menanam bunga di halaman. Juara pertama kelas 4B. Terima kasih para guru!",
            d="a school's own HCPSN celebration"),
     ],
     before=[]),

dict(id="a35", src="pemkab-balangan", at="11-19 16:30",
     slug="balangan-tetapkan-12-pohon-ulin-tua-di-liyu-sebagai-pohon-induk-dilindungi",
     title="Balangan Tetapkan 12 Pohon Ulin Tua di Liyu sebagai Pohon Induk Dilindungi",
     text="""PARINGIN – Pemerintah Kabupaten Balangan menetapkan 12 pohon ulin tua di hutan adat Desa Liyu, Kecamatan Halong, sebagai pohon induk yang dilindungi, Kamis (19/11/2026). Pohon-pohon tersebut berdiameter lebih dari satu meter dan diperkirakan berumur ratusan tahun. Setiap pohon diberi plakat, titik koordinat dan nomor registrasi, dan bijinya akan dikumpulkan untuk pembibitan ulin di persemaian desa. Penetapan ditandai dengan pemasangan plakat pertama oleh Bupati bersama tetua adat Liyu.

“Ulin besar seperti ini hampir habis di Kalimantan Selatan. Masyarakat adat Liyu sudah menjaganya turun-temurun, sekarang kita kuatkan dengan penetapan,” ujar Bupati Balangan, Ir. Hadian Nur Mukhtar.

Tiga warga Liyu ditunjuk sebagai penjaga pohon induk dan akan menerima insentif bulanan mulai Januari 2027. (diskominfo-blg/ah)""",
     short="Pemkab Balangan menetapkan 12 pohon ulin tua (diameter >1 m) di hutan adat Desa Liyu, Halong, sebagai pohon induk dilindungi (19/11). Tiap pohon berplakat dan berkoordinat; bijinya untuk pembibitan ulin, tiga warga jadi penjaga.",
     long=None,
     para="Dua walas puhun ulin tuha di hutan adat Liyu, Halong, wayahini ditetapakan jadi puhun induk nang dilindungi 🌳 Ganal-ganal, lingkarnya labih sa meter, umurnya kira-kira ratusan tahun. Tiap puhun dibari plakat wan nomor, bijinya dikumpulakan gasan bibit ulin. Ujar Pa Bupati, ulin ganal kaya ini hampir habis di banua kita. Talu urang Liyu dijadiakan panjaga, dapat insentif mulai Januari.",
     looks=[
       dict(kim="kim-juai", pl="facebook", at="11-21 15:20",
            t="Warga Juai menemukan pohon ulin besar tumbang di kebun setelah hujan angin Jumat malam. Kepala desa meminta kayunya tidak dipotong dulu sebelum ada petunjuk dari kecamatan.",
            d="a fallen ulin in Juai, not the 12 protected trees"),
       dict(kim="kim-halong", pl="facebook", at="11-24 09:30",
            t="Masyarakat adat Liyu menggelar aruh kecil di hutan adat sebagai syukuran. Tetua adat mengingatkan anak-anak muda agar tidak mengambil kayu dari hutan larangan.",
            d="an adat ceremony held days later, not the designation"),
       dict(kim="kim-juai", pl="telegram", at="11-20 20:00",
            t="Dinas Pendidikan Balangan menetapkan 12 sekolah sebagai sekolah penggerak literasi tahun ini, salah satunya SDN Juai. Plakat diserahkan Kamis kemarin.",
            d="same count (12) and day, schools getting plaques"),
       dict(kim="kim-juai", pl="facebook", at="11-30 19:45",
            t="Ada yang menawarkan biji ulin dari Liyu di grup jual beli, Rp5.000 per butir. Pemerintah desa menegaskan tidak ada penjualan biji dari pohon induk; biji dikumpulkan untuk persemaian desa.",
            d="a seed-selling offer denied"),
     ],
     before=[]),

dict(id="a36", src="pemkab-tapin", at="11-27 14:20",
     slug="taman-kehati-hatungun-enam-hektare-diresmikan-koleksi-85-jenis-tumbuhan-lokal",
     title="Taman Kehati Hatungun Enam Hektare Diresmikan, Koleksi 85 Jenis Tumbuhan Lokal",
     text="""RANTAU – Bupati Tapin, H. Syafrudin Noor Hakim, meresmikan Taman Keanekaragaman Hayati (Kehati) seluas enam hektare di Desa Hatungun, Kecamatan Hatungun, Jumat (27/11/2026). Taman ini mengoleksi 85 jenis tumbuhan lokal, seperti kasturi, mentega, ramania, kapul dan bambu betung, dan dilengkapi kolam penampung air hujan untuk menyiram tanaman pada musim kemarau. Pengelolaan harian dilakukan Dinas Lingkungan Hidup bersama kelompok tani hutan desa. Kolam penampung air hujan itu berkapasitas sekitar 400 meter kubik.

“Buah lokal Tapin banyak yang mulai jarang. Taman kehati ini menjadi bank genetik sekaligus tempat rekreasi keluarga,” kata Bupati.

Taman dibuka untuk umum setiap Sabtu dan Minggu mulai 5 Desember 2026, sedangkan kunjungan sekolah dilayani pada hari kerja. (diskominfo-tapin/sn)""",
     short="Bupati Tapin meresmikan Taman Kehati 6 ha di Desa Hatungun (27/11) dengan 85 jenis tumbuhan lokal (kasturi, mentega, ramania, kapul, bambu betung). Buka untuk umum tiap Sabtu–Minggu mulai 5 Desember.",
     long=None,
     para="Tapin baisi Taman Kehati hanyar di Hatungun, anam hektar luasnya 🌳 Ada walu puluh lima macam tatanaman lokal: kasturi, mantega, ramania, kapul, paring batung. Jumat tadi diresmiakan Pa Bupati. Ujar sidin, buah lokal Tapin banyak nang sudah jarang, jadi taman nini wadah manyimpan bibitnya. Buka gasan umum tiap Sabtu-Minggu mulai 5 Disember.",
     looks=[
       dict(kim="kim-hatungun", pl="facebook", at="12-05 16:10",
            t="Sabtu perdana Taman Kehati dibuka, ramai keluarga dari Rantau dan Binuang. Yang paling dicari pohon kasturi yang sedang berbunga. Warung kelompok tani laris menjual es kapul.",
            d="the first public weekend on 5 Dec, its own news"),
       dict(kim="kim-bakarangan", pl="facebook", at="11-28 10:20",
            t="Musim ramania di Bakarangan tahun ini kurang bagus, buahnya sedikit karena bunga rontok kena hujan. Harga di pinggir jalan Rp40.000 per ikat.",
            d="a poor ramania fruit season and prices"),
       dict(kim="kim-hatungun", pl="telegram", at="11-28 08:00",
            t="Bupati Tapin Jumat siang setelah dari Hatungun menghadiri penutupan MTQ tingkat kecamatan di Masjid Hatungun. Juara umum diraih Desa Asam Randah.",
            d="same Bupati, same day, at a Quran recital contest"),
       dict(kim="kim-rantau-kiwa", pl="facebook", at="11-30 17:15",
            t="Taman di halaman Kantor Kelurahan Rantau Kiwa ditanami 85 pot bunga oleh ibu-ibu PKK untuk lomba kebersihan kelurahan.",
            d="a kelurahan's flower pots with the same number"),
     ],
     before=[dict(kim="kim-hatungun", pl="facebook", at="11-26 15:30",
            t="Jumat besok Bupati ke Hatungun meresmikan taman kehati. Warga yang punya tenda diminta membantu, acaranya di dekat kolam penampungan air.",
            d="invitation the day before the inauguration")]),

dict(id="a37", src="pemprov-kalsel", at="11-23 13:50",
     slug="lima-pemenang-wana-lestari-kalsel-2026-diumumkan",
     title="Lima Pemenang Wana Lestari Kalsel 2026 Diumumkan, Kader Konservasi Hinas Kiri Juara",
     text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan mengumumkan lima pemenang penghargaan Wana Lestari tingkat provinsi 2026 di Gedung Mahligai Pancasila, Senin (23/11/2026). Kategori kader konservasi dimenangi Rusliani dari Desa Hinas Kiri, HST, yang sepuluh tahun mengajak pemuda menjaga hutan Meratus. Pemenang lain datang dari kategori penyuluh kehutanan swadaya, kelompok tani hutan, kelompok pecinta alam dan sekolah peduli hutan. Penilaian dilakukan tim juri dari Dinas Kehutanan dan perguruan tinggi sejak September.

“Mereka bekerja tanpa sorotan. Penghargaan ini kecil dibanding jasa mereka menjaga hutan,” kata Sekretaris Daerah Provinsi Kalsel, Ahmad Zulfikar Mansyur.

Setiap pemenang menerima Rp15 juta, dan kelimanya akan mewakili Kalsel di penilaian tingkat nasional pada 2027. (biro-adpim/rr)""",
     short="Pemprov Kalsel mengumumkan lima pemenang Wana Lestari 2026 di Mahligai Pancasila (23/11); kader konservasi terbaik Rusliani dari Hinas Kiri, HST. Tiap pemenang dapat Rp15 juta dan maju ke tingkat nasional 2027.",
     long=None,
     para="Salamat gasan Julak Rusliani matan Hinas Kiri, juara kader konservasi Wana Lestari Kalsel 2026 🏆 sapuluh tahun sidin mangajak bubuhan anum manjaga hutan Meratus. Samunyaan ada lima pemenang, diumumakan Sanayan di Mahligai Pancasila. Masing-masing dapat lima walas juta wan maju ka tingkat nasional tahun 2027. Bangga banar urang HST!",
     looks=[
       dict(kim="kim-hantakan", pl="facebook", at="11-24 19:00",
            t="Tahun lalu Pak Jamhari dari Hantakan meraih Wana Lestari kategori kelompok tani hutan dan dapat Rp10 juta. Sampai sekarang uangnya dipakai kelompok untuk membeli mesin pemotong rumput. Semoga tahun depan ada lagi dari Hantakan.",
            d="last year's winner from Hantakan recalled"),
       dict(kim="kim-pandawan", pl="telegram", at="11-29 18:30",
            t="Warga Hinas Kiri menyambut Pak Rusliani pulang dari Banjarmasin dengan syukuran kecil di langgar. Beliau berpesan, penghargaan itu milik semua pemuda yang ikut berpatroli.",
            d="a homecoming celebration six days later"),
       dict(kim="kim-kelayan-barat", pl="facebook", at="11-24 08:40",
            t="Gedung Mahligai Pancasila Senin malam juga dipakai untuk malam penganugerahan duta wisata Nanang Galuh Kalsel. Pemenang berasal dari Tabalong dan Banjarbaru.",
            d="same venue and day, a tourism-ambassador pageant"),
     ],
     before=[]),

dict(id="a38", src="diskominfo-kalsel", at="11-20 11:25",
     slug="60-admin-kim-dilatih-kampanye-jangan-pelihara-satwa-dilindungi",
     title="60 Admin KIM Dilatih Kampanye Jangan Pelihara Satwa Dilindungi",
     text="""BANJARBARU – Dinas Komunikasi dan Informatika Kalimantan Selatan bersama BKSDA Kalsel melatih 60 admin Kelompok Informasi Masyarakat (KIM) dari 13 kabupaten/kota menjadi penggerak kampanye Jangan Pelihara Satwa Dilindungi di Banjarbaru, Kamis (19/11/2026) hingga Jumat (20/11/2026). Peserta belajar mengenali satwa dilindungi, membuat konten pendek yang tidak menakut-nakuti, dan menangkal iklan jual beli satwa di media sosial.

“KIM paling dekat dengan warga desa. Pesan dari tetangga sendiri lebih didengar daripada baliho,” ujar Kepala Bidang Informasi dan Komunikasi Publik Diskominfo Kalsel, Nurul Fajriyah Hasanah.

Setiap KIM peserta diminta mengunggah sedikitnya empat konten kampanye hingga akhir Desember, dan konten terbaik akan diberi penghargaan. (mc-kalsel/nf)""",
     short="Diskominfo Kalsel dan BKSDA melatih 60 admin KIM dari 13 kabupaten/kota sebagai penggerak kampanye Jangan Pelihara Satwa Dilindungi di Banjarbaru, 19–20 November. Tiap KIM wajib unggah minimal empat konten sampai akhir Desember.",
     long="""Admin KIM se-Kalsel ikut turun tangan menjaga satwa. Pada 19–20 November, Diskominfo Kalsel dan BKSDA melatih 60 admin KIM dari 13 kabupaten/kota di Banjarbaru untuk kampanye Jangan Pelihara Satwa Dilindungi.

Materinya: mengenali satwa dilindungi, membuat konten pendek yang tidak menakut-nakuti, dan melawan iklan jual beli satwa di media sosial. Kabid IKP Nurul Fajriyah Hasanah menyebut pesan dari tetangga lebih didengar daripada baliho. Setiap KIM diminta mengunggah minimal empat konten sampai akhir Desember; yang terbaik mendapat penghargaan.""",
     para="Kami bubuhan admin KIM jua umpat pelatihan di Banjarbaru, Kamis-Jumat, anam puluh urang matan tiga walas kabupaten/kota 🙌 Diajari Diskominfo wan BKSDA mangenal satwa nang dilindungi, maulah konten pendek, wan malawan iklan jual-bali satwa di medsos. Ujar Bu Kabid, pesan matan tetangga labih didangar daripada baliho. Tiap KIM harus maunggah paling sadikit ampat konten sampai ujung Disember. Tunggu lah konten kami!",
     looks=[
       dict(kim="kim-sungai-tabuk-kota", pl="facebook", at="11-22 10:00",
            t="Konten pertama kampanye satwa dari KIM kami: video 30 detik tentang kukang yang dijual di pasar dan kenapa tidak boleh dibeli. Silakan ditonton dan dibagikan.",
            d="one KIM's own campaign video, a product of the training, not a report of it"),
       dict(kim="kim-rantau-kiwa", pl="facebook", at="11-21 16:30",
            t="Diskominfo Tapin melatih 60 admin media sosial desa dan kelurahan tentang penulisan berita desa di aula kantor bupati Jumat kemarin. Pemateri dari wartawan senior Rantau.",
            d="a kabupaten's own training with the same count (60) on village news writing"),
       dict(kim="kim-hatungun", pl="facebook", at="11-25 20:20",
            t="Sayang sekali KIM kami tidak kebagian kursi pelatihan kampanye satwa di Banjarbaru. Semoga tahun depan ada gelombang kedua untuk KIM yang belum ikut.",
            d="a KIM that did not attend, hoping for a second batch"),
     ],
     before=[]),

dict(id="a39", src="diskominfo-kalsel", at="11-12 14:45",
     slug="dasbor-peta-konflik-satwa-kalsel-catat-63-laporan-sejak-januari",
     title="Dasbor Peta Konflik Satwa Kalsel Catat 63 Laporan sejak Januari",
     text="""BANJARBARU – Diskominfo Kalimantan Selatan bersama BKSDA Kalsel meluncurkan dasbor peta konflik satwa di portal Satu Data Kalsel, Kamis (12/11/2026). Dasbor menampilkan 63 laporan konflik manusia dan satwa sejak Januari hingga Oktober 2026, terdiri atas 29 laporan buaya, 17 laporan monyet dan beruk, sembilan ular besar, lima beruang madu dan tiga orangutan. Laporan terbanyak berasal dari Tanah Bumbu, Barito Kuala dan Kotabaru.

“Dengan peta ini, pemerintah kabupaten bisa melihat desa mana yang perlu papan peringatan, pelatihan atau patroli lebih dulu,” kata Kepala Diskominfo Kalsel, Hj. Rahmawati Aulia Hakim.

Data di dasbor diperbarui setiap bulan, dan warga dapat melaporkan kejadian baru melalui kanal pengaduan daring BKSDA. (mc-kalsel/ra)""",
     short="Diskominfo dan BKSDA Kalsel meluncurkan dasbor peta konflik satwa di portal Satu Data (12/11): 63 laporan Januari–Oktober 2026 (29 buaya, 17 monyet/beruk, 9 ular besar, 5 beruang madu, 3 orangutan), terbanyak di Tanbu, Batola dan Kotabaru.",
     long="""Konflik manusia dan satwa di Kalsel kini bisa dilihat di peta. Diskominfo Kalsel dan BKSDA meluncurkan dasbornya di portal Satu Data Kalsel, Kamis (12/11).

Sejak Januari hingga Oktober tercatat 63 laporan: 29 buaya, 17 monyet dan beruk, sembilan ular besar, lima beruang madu dan tiga orangutan. Tanah Bumbu, Barito Kuala dan Kotabaru paling banyak melapor. Kadiskominfo Rahmawati Aulia Hakim berharap kabupaten memakai peta ini untuk menentukan desa yang perlu papan peringatan, pelatihan atau patroli. Data diperbarui tiap bulan.""",
     para="Wayahini ada peta konflik satwa di portal Satu Data Kalsel, dangsanak 📊 Matan Januari sampai Oktober ada anam puluh talu laporan: buhaya dua puluh sanga, warik wan baruk tujuh walas, ular ganal sanga, baruang madu lima, urang utan talu. Nang paling banyak Tanbu, Batola wan Kotabaru. Datanya diparbarui tiap bulan, warga kawa melapor lewat kanal BKSDA.",
     looks=[
       dict(kim="kim-kelayan-barat", pl="facebook", at="11-13 12:30",
            t="Data Damkar Banjarmasin sampai Oktober: 63 kali evakuasi ular dan biawak dari rumah warga, terbanyak di Banjarmasin Selatan. Warga diminta rajin membersihkan semak di sekitar rumah.",
            d="a city fire brigade's own tally with the same 63"),
       dict(kim="kim-sungai-tabuk-kota", pl="telegram", at="11-16 15:15",
            t="Portal Satu Data Kalsel menambah dasbor harga bahan pokok harian dari 13 pasar induk. Bisa dilihat lewat ponsel tanpa perlu daftar.",
            d="same portal, another dashboard (food prices)"),
       dict(kim="kim-pelambuan", pl="facebook", at="12-03 19:20",
            t="Dasbor konflik satwa sudah diperbarui dengan data November: ada tambahan laporan bekantan dan buaya, totalnya sekarang 71. Silakan dicek di portal.",
            d="the December update with a new total (71), a later step"),
     ],
     before=[]),

dict(id="a40", src="pemprov-kalsel", at="11-27 10:05",
     slug="hari-menanam-pohon-indonesia-130-ribu-pohon-ditanam-serentak-di-13-kabupaten-kota",
     title="Hari Menanam Pohon Indonesia, 130 Ribu Pohon Ditanam Serentak di 13 Kabupaten/Kota",
     text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan mengajak seluruh kabupaten/kota menanam 130.000 pohon secara serentak pada Hari Menanam Pohon Indonesia, Sabtu (28/11/2026). Setiap kabupaten/kota mendapat 10.000 bibit dari persemaian provinsi untuk ditanam di sempadan sungai, lahan kritis, halaman sekolah dan kantor pemerintah. Puncak acara provinsi digelar di kawasan Bendungan Riam Kanan, Kabupaten Banjar, dengan 3.000 peserta. Bibit yang dibagikan antara lain trembesi, mahoni, jambu mete dan buah-buahan lokal.

“Menanam satu hari itu simbol. Yang penting kita rawat setelahnya, karena itu setiap bibit dicatat lokasi dan penanggung jawabnya,” kata Wakil Gubernur Kalsel, Fahmi Ridhani Hadi.

Pemprov akan memeriksa tingkat tumbuh tanaman pada Maret 2027 dan mengumumkan kabupaten dengan perawatan terbaik. (biro-adpim/hs)""",
     short="Pemprov Kalsel mengajak 13 kabupaten/kota menanam 130.000 pohon serentak pada Hari Menanam Pohon Indonesia, Sabtu 28 November (10.000 bibit per daerah); puncak acara di Bendungan Riam Kanan dengan 3.000 peserta.",
     long=None,
     para="Sabtu 28 November Hari Menanam Pohon Indonesia, samunyaan kabupaten/kota di Kalsel menanam saratus talu puluh ribu puhun 🌱 Tiap daerah dapat sapuluh ribu bibit matan persemaian provinsi, ditanam di pinggir sungai, lahan kritis, halaman sakulahan wan kantor. Acara puncaknya di Bendungan Riam Kanan, talu ribu urang umpat. Ujar Pa Wagub, nang paling panting marawat imbahnya.",
     looks=[
       dict(kim="kim-aranio", pl="facebook", at="11-28 12:30",
            t="Alhamdulillah, puncak Hari Menanam Pohon di Bendungan Riam Kanan pagi ini lancar. Ribuan peserta menanam di lereng dekat bendungan walau sempat gerimis. Warga Aranio ikut membantu menyiapkan lubang tanam sejak Kamis.",
            d="the event day itself (28 Nov), told as its own news"),
       dict(kim="kim-swarangan", pl="facebook", at="11-28 16:45",
            t="Di Jorong, penanaman Hari Menanam Pohon dilakukan di tepi Sungai Jorong oleh pelajar dan TNI. Sekitar 600 bibit trembesi dan mahoni ditanam. Terima kasih semua yang hadir.",
            d="one kabupaten's own planting on 28 Nov with its own figure"),
       dict(kim="kim-hatungun", pl="telegram", at="11-29 09:10",
            t="Bibit jatah Tapin untuk Hari Menanam Pohon belum semua tertanam, sisa sekitar 2.000 batang di halaman kantor DLH. Kata petugas, akan dibagikan ke desa pekan depan.",
            d="leftover seedlings in Tapin the day after"),
       dict(kim="kim-juai", pl="facebook", at="11-28 20:30",
            t="Balangan tahun ini menanam di sempadan Sungai Balangan. Sayang hujan deras membuat acara mundur dua jam. Bupati berpesan agar setiap desa mencatat bibit yang ditanam.",
            d="Balangan's own planting on the day"),
     ],
     before=[dict(kim="kim-aranio", pl="facebook", at="11-26 17:00",
            t="Sejak pagi truk-truk pengangkut bibit berdatangan ke kawasan Bendungan Riam Kanan. Kata petugas, ada acara besar tanam pohon akhir pekan ini. Jalan ke bendungan sempat macet.",
            d="seedling trucks arriving the day before the release")]),
]
