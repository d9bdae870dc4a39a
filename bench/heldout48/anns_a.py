"""Hand-written releases a01-a14 of heldout48, each with short summary (s), optional long summary (L),
Banjar paraphrase (p), look-alikes (n: (text, differs)) and optional before post (b: (text, hours_before))."""
A = []
A.append(dict(id="a01", src="pemkot-banjarbaru", t="2026-11-09T15:20:00",
 title="Gedung Rawat Inap Cempaka RSUD Idaman Mulai Terima Pasien, Tambah 96 Tempat Tidur",
 text="""BANJARBARU – Gedung rawat inap baru RSUD Idaman Banjarbaru yang diberi nama Gedung Cempaka resmi mulai menerima pasien. Bangunan lima lantai itu menambah 96 tempat tidur, sehingga kapasitas rumah sakit kini 312 tempat tidur.

Peresmian dilakukan Senin (9/11/2026) di halaman RSUD Idaman, Jalan Trikora. Pada hari pertama, 41 pasien dari ruang lama dipindahkan ke lantai dua dan tiga. Gedung dibangun sejak 2025 dengan anggaran Rp58 miliar dari APBD kota. “Antrean pasien yang menunggu kamar di IGD selama ini bisa sampai dua hari. Dengan 96 tempat tidur tambahan, kami targetkan tidak ada lagi pasien yang tertahan lebih dari enam jam,” ujar Direktur RSUD Idaman, dr. Rahmiati Syarifah.

Lantai empat dan lima untuk ruang kelas standar akan dibuka bertahap mulai Desember setelah perlengkapan tiba. (humas-bjb/nrl)""",
 s="Gedung Cempaka RSUD Idaman Banjarbaru (5 lantai) mulai terima pasien Senin 9/11, tambah 96 tempat tidur jadi 312. Hari pertama 41 pasien pindah ke gedung baru.",
 L="RSUD Idaman Banjarbaru sekarang punya gedung rawat inap baru bernama Gedung Cempaka. Gedung lima lantai di Jalan Trikora ini diresmikan Senin 9 November dan menambah 96 tempat tidur, total 312. Biayanya Rp58 miliar APBD kota. Direktur dr. Rahmiati Syarifah menargetkan pasien IGD tidak lagi menunggu kamar lebih dari enam jam. Lantai empat dan lima menyusul Desember.",
 p="Alhamdulillah dangsanak, RSUD Idaman Banjarbaru wayahini baisi gedung rawat inap hanyar, ngarannya Gedung Cempaka, lima lantai. Tambah 96 ranjang, jadi samunyaan 312. Hari Senin tadi sudah 41 pasien dipindahakan ka situ. Kada lagi lawas bahari mahadang kamar di IGD sampai dua hari 🙏 #RSUDIdaman #Banjarbaru",
 n=[("Ruang rawat inap Puskesmas Cempaka Banjarbaru kini menambah 6 tempat tidur untuk persalinan. Kepala puskesmas menyebut ruang bersalin lama sudah sempit. Warga Sungai Tiung dan Bangkal bisa melahirkan dekat rumah tanpa harus ke rumah sakit.", "Puskesmas Cempaka (kecamatan), 6 beds for childbirth, not the RSUD Idaman Gedung Cempaka"),
    ("Lantai empat dan lima Gedung Cempaka RSUD Idaman hari ini mulai dipakai untuk ruang kelas standar. Perlengkapan ranjang dan lemari pasien sudah terpasang sejak pekan lalu, kata petugas di lokasi. Pasien BPJS kelas standar kini dirawat di dua lantai teratas itu.", "the later December step (floors 4-5) told as its own news"),
    ("Banjir genangan di halaman parkir RSUD Idaman Jalan Trikora sore tadi bikin pengunjung susah masuk. Motor banyak dititip di pinggir jalan. Petugas parkir minta pengunjung sabar sampai air surut.", "same hospital and street, a flooded parking lot")],
 b=("Besok pagi Gedung Cempaka RSUD Idaman katanya diresmikan. Hari ini petugas sudah angkut ranjang dan kasur ke lantai dua. Semoga tidak ada lagi pasien menunggu kamar lama di IGD.", 20)))

A.append(dict(id="a02", src="pemkab-tabalong", t="2026-11-04T10:40:00",
 title="RSUD H. Badaruddin Kasim Buka Ruang PICU dan NICU, 14 Tempat Tidur untuk Bayi dan Anak Kritis",
 text="""TANJUNG – RSUD H. Badaruddin Kasim Tabalong membuka ruang perawatan intensif anak (PICU) dan bayi baru lahir (NICU) dengan total 14 tempat tidur. Selama ini bayi dengan kondisi kritis harus dirujuk ke Banjarmasin, sekitar enam jam perjalanan darat.

Ruang tersebut mulai beroperasi Rabu (4/11/2026). NICU berisi 10 inkubator dan PICU empat tempat tidur dengan ventilator. Sebanyak 18 perawat telah mengikuti pelatihan tiga bulan di RSUD Ulin. “Tahun lalu ada 73 bayi yang kami rujuk ke Banjarmasin. Perjalanan jauh itu berisiko, jadi kini sebagian besar bisa ditangani di Tanjung,” kata Bupati Tabalong, H. Muchlis Arsyad.

Rumah sakit juga menyiapkan ruang laktasi di samping NICU agar ibu bisa tetap menyusui. Layanan terbuka bagi rujukan dari kabupaten tetangga. (prokom-tbl/aw)""",
 s="RSUD Badaruddin Kasim Tabalong buka PICU+NICU 14 tempat tidur (10 inkubator, 4 ventilator) mulai Rabu 4/11. Tahun lalu 73 bayi dirujuk ke Banjarmasin.",
 L=None,
 p="Kabar baik gasan urang Tabalong: RSUD Badaruddin Kasim wayahini sudah baisi ruang NICU wan PICU, 14 ranjang. Inkubatornya sapuluh. Tahun tadi ada 73 orang bayi nang harus dibawa ka Banjarmasin, anam jam di jalan. Wayahini kawa haja ditangani di Tanjung. Perawatnya gin sudah balajar tiga bulan di Ulin 👶",
 n=[("RSUD Balangan di Paringin menerima hibah 4 inkubator dari perusahaan tambang. Inkubator akan ditempatkan di ruang perinatologi yang sudah ada. Direktur berharap bayi prematur dari Halong dan Juai tidak perlu dirujuk.", "another kabupaten, a donation of 4 incubators to an existing room"),
    ("Tahun 2025 RSUD Badaruddin Kasim merujuk 73 bayi ke Banjarmasin, sebagian besar karena gangguan napas. Data itu disampaikan dalam rapat evaluasi pelayanan bulan Januari lalu.", "last year's referral figure recalled from January, no opening"),
    ("Bupati Tabalong H. Muchlis Arsyad pagi ini, Rabu 4 November, juga menyerahkan 25 sepeda motor untuk kepala desa di Pendopo Bersinar. Motor dipakai untuk operasional desa.", "same official, same day, another event")],
 b=None))

A.append(dict(id="a03", src="pemkab-tanah-laut", t="2026-11-12T14:05:00",
 title="RSUD Hadji Boejasin Resmikan Ruang Isolasi TB Bertekanan Negatif",
 text="""PELAIHARI – RSUD Hadji Boejasin Pelaihari meresmikan ruang isolasi tuberkulosis bertekanan negatif dengan delapan tempat tidur. Ruang ini khusus untuk pasien TB resisten obat dan pasien TB yang membutuhkan rawat inap.

Peresmian berlangsung Kamis (12/11/2026) oleh Wakil Bupati Tanah Laut. Sepanjang 2026 tercatat 412 kasus TB di Tanah Laut, 19 di antaranya resisten obat. Sebelumnya pasien tersebut dirawat di ruang biasa yang disekat. “Ruang bertekanan negatif melindungi pasien lain dan petugas. Perawat tidak lagi waswas tertular saat merawat,” tutur Wakil Bupati Tanah Laut, Hj. Norliani Fauziah.

Selain ruang isolasi, rumah sakit menambah satu alat tes cepat molekuler. Puskesmas diminta segera merujuk pasien batuk lebih dari dua minggu untuk pemeriksaan dahak. (diskominfo-tala/hr)""",
 s="RSUD Hadji Boejasin Pelaihari resmikan ruang isolasi TB bertekanan negatif 8 tempat tidur, Kamis 12/11. Tanah Laut catat 412 kasus TB tahun ini, 19 resisten obat.",
 L="Kamis 12 November, Wakil Bupati Tanah Laut Hj. Norliani Fauziah meresmikan ruang isolasi TB bertekanan negatif di RSUD Hadji Boejasin Pelaihari. Ada delapan tempat tidur untuk pasien TB resisten obat atau yang perlu rawat inap. Tahun ini ada 412 kasus TB di Tanah Laut, 19 resisten obat. Rumah sakit juga menambah alat tes cepat molekuler, dan puskesmas diminta merujuk warga yang batuk lebih dari dua minggu.",
 p="Di RSUD Hadji Boejasin Pelaihari wayahini ada ruang isolasi TB hanyar, walu ranjang. Hawanya kada kaluar, jadi pasien lain wan perawat kada katularan. Kasus TB di Tala tahun ini 412, 19 nang kabal ubat. Amun batuk labih dua minggu, lakasi ka puskesmas lah dangsanak 🙏",
 n=[("Skrining TB di Pondok Pesantren Darul Ilmi Pelaihari menemukan 6 santri dengan gejala batuk lama. Petugas Puskesmas Pelaihari mengambil dahak 60 santri untuk diperiksa.", "a screening at a pesantren, not the isolation room"),
    ("Wabup Tanah Laut Hj. Norliani Fauziah Kamis ini juga membuka lomba kasidah tingkat kabupaten di Gedung Tuntung Pandang Pelaihari, diikuti 22 grup.", "same official same day, a kasidah contest"),
    ("RSUD Datu Sanggul Rantau di Tapin sedang membangun ruang isolasi TB, target selesai Maret 2027. Saat ini masih tahap pemasangan dinding.", "another kabupaten, construction not finished")],
 b=None))

A.append(dict(id="a04", src="dinkes-kalsel", t="2026-11-13T09:30:00",
 title="Program Spesialis Bakunjang: 38 Dokter Spesialis Layani Enam RSUD Kabupaten",
 text="""BANJARMASIN – Dinas Kesehatan Provinsi Kalimantan Selatan menjalankan program Spesialis Bakunjang. Sebanyak 38 dokter spesialis dari RSUD Ulin dan RSUD Ansari Saleh bergiliran melayani pasien di enam RSUD kabupaten yang kekurangan spesialis.

Program dimulai Senin (16/11/2026) dan berlangsung hingga 11 Desember. Rumah sakit tujuan ada di Balangan, Hulu Sungai Utara, Tapin, Tanah Bumbu, Kotabaru dan Barito Kuala. Spesialis yang dikirim antara lain jantung, saraf, mata, kulit dan bedah anak. “Warga di hulu sungai tidak perlu lagi antre berbulan-bulan di Banjarmasin. Dokternya yang datang,” ucap Kepala Dinkes Kalsel, dr. Hairiyadi Mansyur.

Jadwal lengkap per rumah sakit diumumkan masing-masing RSUD. Pasien tetap memerlukan surat rujukan dari puskesmas dan kartu JKN aktif. (mc-kalsel/fz)""",
 s="Dinkes Kalsel kirim 38 dokter spesialis (jantung, saraf, mata, kulit, bedah anak) ke 6 RSUD kabupaten lewat program Spesialis Bakunjang, 16/11–11/12. Tetap perlu rujukan puskesmas.",
 L="Program Spesialis Bakunjang dari Dinkes Kalsel: 38 dokter spesialis RSUD Ulin dan RSUD Ansari Saleh bergiliran praktik di enam RSUD kabupaten (Balangan, HSU, Tapin, Tanah Bumbu, Kotabaru, Batola) dari 16 November sampai 11 Desember. Spesialisnya antara lain jantung, saraf, mata, kulit dan bedah anak. Kadinkes dr. Hairiyadi Mansyur bilang warga hulu sungai tak perlu antre berbulan-bulan di Banjarmasin. Jadwal diumumkan tiap RSUD; pasien bawa rujukan puskesmas dan JKN aktif.",
 p="Dangsanak, ada program Spesialis Bakunjang matan Dinkes provinsi. Dokter spesialis 38 urang matan Ulin wan Ansari Saleh bagiliran datang ka anam RSUD kabupaten, mulai 16 November sampai 11 Desember. Jadi kada usah jauh-jauh ka Banjarmasin lagi. Ingat bawa rujukan puskesmas wan kartu BPJS nang masih aktif lah.",
 n=[("Bakti sosial Ikatan Dokter Indonesia cabang Banjarmasin Minggu ini memeriksa 300 warga Alalak Utara secara gratis. Ada dokter umum dan dua dokter spesialis penyakit dalam.", "IDI charity check-up in one kelurahan, not the programme"),
    ("Program dokter spesialis keliling tahun 2025 hanya menjangkau tiga RSUD, yaitu Tapin, Balangan dan Kotabaru, dengan 14 dokter. Evaluasi program itu dibahas di DPRD awal tahun.", "last year's edition, 14 doctors, three hospitals"),
    ("Katanya bulan depan dokter spesialis jantung dari Banjarmasin praktik tetap di RSUD Marabahan. Sampai sekarang belum ada info resmi, petugas rumah sakit juga belum tahu.", "a rumour of a permanent cardiologist, explicitly unconfirmed")],
 b=("Ada kabar dari teman perawat, pertengahan November dokter spesialis dari Ulin mau keliling ke RSUD kabupaten. Jadwalnya belum keluar. Ada yang tahu info resminya?", 30)))

A.append(dict(id="a05", src="pemkab-hsu", t="2026-11-17T13:15:00",
 title="Spesialis Bakunjang di RSUD Pambalah Batung: Bedah Ortopedi Selasa, Saraf Rabu",
 text="""AMUNTAI – RSUD Pambalah Batung Amuntai mulai menerima dokter spesialis kiriman program Spesialis Bakunjang Dinas Kesehatan Provinsi. Dua poli baru dibuka, yakni bedah ortopedi setiap Selasa dan saraf setiap Rabu.

Poli ortopedi perdana dibuka Selasa (17/11/2026) dan melayani 46 pasien, kebanyakan patah tulang lama akibat kecelakaan dan jatuh dari pohon. Layanan berjalan hingga 9 Desember. Pendaftaran dibuka pukul 07.30 dengan kuota 50 pasien per hari. “Selama ini pasien patah tulang dari Amuntai harus ke Banjarmasin dan sering menunggu jadwal operasi berminggu-minggu,” kata Direktur RSUD Pambalah Batung, dr. Fahrurrazi Hamdani.

Operasi ringan dilakukan di Amuntai, sedangkan kasus berat tetap dirujuk. Pasien diminta membawa hasil rontgen lama bila ada. (diskominfo-hsu/rm)""",
 s="RSUD Pambalah Batung Amuntai buka poli bedah ortopedi (Selasa) dan saraf (Rabu) dari program Spesialis Bakunjang, sampai 9/12. Hari perdana 17/11 layani 46 pasien, kuota 50/hari.",
 L="Pasien patah tulang di HSU kini bisa berobat di Amuntai. Lewat program Spesialis Bakunjang Dinkes provinsi, RSUD Pambalah Batung membuka poli bedah ortopedi tiap Selasa dan poli saraf tiap Rabu sampai 9 Desember. Hari pertama, Selasa 17 November, 46 pasien dilayani. Kuota 50 pasien sehari, daftar mulai 07.30. Kasus berat tetap dirujuk; bawa rontgen lama bila ada.",
 p="Bubuhan Amuntai nang baisi tulang patah bahari, wayahini kawa haja baubat di RSUD Pambalah Batung. Hari Salasa ada dokter bedah tulang, hari Rabu dokter saraf, sampai tanggal 9 Desember. Salasa tadi ampat puluh anam urang pasien. Datang pagi lah, sahari cuma 50 urang ja.",
 n=[("Poli saraf RSUD Pambalah Batung hari Rabu ini ramai, 38 pasien datang, sebagian besar stroke ringan. Petugas mengingatkan kuota hanya 50 orang per hari.", "the Wednesday neurology day itself, a later day's own figures"),
    ("RSUD Pambalah Batung Amuntai menerima mesin rontgen digital baru dari Kementerian Kesehatan. Alat dipasang di instalasi radiologi dan dipakai mulai bulan depan.", "same hospital, another object (x-ray machine)"),
    ("RSUD H. Abdul Aziz Marabahan membuka poli mata tiap Kamis dengan dokter spesialis mata yang baru bertugas tetap di sana. Hari pertama melayani 61 pasien katarak dan minus.", "another hospital (Batola) opens its own eye clinic with a resident specialist")],
 b=None))

A.append(dict(id="a06", src="pemkab-tanah-bumbu", t="2026-11-06T11:00:00",
 title="Dokter Spesialis Anak dan Kandungan Turun ke Puskesmas Kusan Hulu dan Satui",
 text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu mengirim dokter spesialis anak dan spesialis kandungan dari RSUD dr. H. Andi Abdurrahman Noor ke puskesmas terjauh. Kunjungan pertama dilakukan di Puskesmas Kusan Hulu dan Puskesmas Satui.

Kegiatan berlangsung Jumat (6/11/2026). Di Kusan Hulu, dokter memeriksa 58 ibu hamil dengan USG dan 34 balita gizi kurang. Di Satui, 42 ibu hamil berisiko tinggi diperiksa. Kunjungan dijadwalkan tiap Jumat pertama setiap bulan. “Ibu hamil di Kusan Hulu harus menempuh tiga jam ke Batulicin. Banyak yang akhirnya tidak pernah diperiksa dokter kandungan,” ujar Kepala Dinas Kesehatan Tanah Bumbu, dr. Syahriani Noor.

Pada Desember, kunjungan bergeser ke Puskesmas Mantewe dan Angsana. Bidan desa diminta mendata ibu hamil berisiko sebelum hari kunjungan. (mc-tanbu/ds)""",
 s="Tanah Bumbu kirim dokter spesialis anak & kandungan RSUD Andi Abdurrahman Noor ke Puskesmas Kusan Hulu (58 bumil, 34 balita) dan Satui (42 bumil), Jumat 6/11. Tiap Jumat pertama; Desember ke Mantewe & Angsana.",
 L=None,
 p="Bidan wan dokter kandungan matan RSUD Andi Abdurrahman Noor turun ka Puskesmas Kusan Hulu wan Satui, Jumat tadi. Di Kusan Hulu 58 urang bini batianan di-USG, 34 balita nang kurang gizi diparaksa. Di Satui 42 urang. Kaina tiap Jumat partama sabulan. Desember giliran Mantewe wan Angsana.",
 n=[("Kunjungan dokter spesialis ke Puskesmas Mantewe hari ini memeriksa 47 ibu hamil dan 19 balita. Bidan desa sudah mendata ibu hamil berisiko sejak pekan lalu.", "the December visit to Mantewe with its own figures"),
    ("Dokter kandungan dari klinik swasta di Batulicin membuka praktik sore di Simpang Empat. Tarif periksa USG Rp150 ribu, tidak ditanggung program pemerintah.", "a private paid practice, not the programme"),
    ("Kelas ibu hamil di Desa Sungai Danau, Satui, Jumat ini diikuti 22 peserta. Bidan desa mengajarkan tanda bahaya kehamilan dan senam hamil.", "village pregnancy class in the same kecamatan, same weekday")],
 b=("Bidan desa minta ibu hamil di Kusan Hulu kumpul di puskesmas hari Jumat, katanya ada dokter kandungan dari Batulicin datang. Bawa buku KIA ya bu.", 40)))

A.append(dict(id="a07", src="pemkab-tapin", t="2026-11-10T16:10:00",
 title="RSUD Datu Sanggul Operasikan Bank Darah Rumah Sakit, Simpan 250 Kantong",
 text="""RANTAU – RSUD Datu Sanggul Rantau kini memiliki Bank Darah Rumah Sakit (BDRS) yang mampu menyimpan hingga 250 kantong darah. Sebelumnya keluarga pasien harus mencari darah sendiri ke Unit Donor Darah PMI di Banjarmasin.

BDRS diresmikan Selasa (10/11/2026) oleh Bupati Tapin. Darah dipasok dari UDD PMI Kabupaten Tapin dan disimpan dalam dua lemari pendingin khusus. Pada bulan pertama, rumah sakit menargetkan stok minimal 60 kantong untuk semua golongan darah. “Pernah ada pasien pendarahan setelah melahirkan yang keluarganya bolak-balik ke Banjarmasin tengah malam. Hal seperti itu tidak boleh terulang,” kata Bupati Tapin, H. Arifin Jumadi.

Warga dapat memeriksa ketersediaan stok di papan informasi depan instalasi laboratorium. Pemkab juga mendorong kantor dan sekolah ikut mengisi stok melalui PMI. (prokom-tapin/ys)""",
 s="RSUD Datu Sanggul Rantau resmikan Bank Darah Rumah Sakit (BDRS) kapasitas 250 kantong, Selasa 10/11; target stok minimal 60 kantong di bulan pertama, pasokan dari UDD PMI Tapin.",
 L="Tapin kini punya Bank Darah Rumah Sakit di RSUD Datu Sanggul Rantau, diresmikan Bupati H. Arifin Jumadi Selasa 10 November. Daya simpan 250 kantong dalam dua lemari pendingin, dengan target stok 60 kantong semua golongan di bulan pertama. Darah dipasok UDD PMI Tapin, jadi keluarga pasien tak perlu lagi cari darah ke Banjarmasin. Stok bisa dilihat di papan depan laboratorium.",
 p="Wayahini RSUD Datu Sanggul Rantau sudah baisi bank darah saurang, kawa manyimpan 250 kantong. Kada parlu lagi kaluarga pasien bulik-bulik ka Banjarmasin tangah malam mancari darah. Stoknya kawa dilihat di papan muka laboratorium. Ayo bubuhan kantor wan sakulah, donor lewat PMI gasan isi stoknya 🩸",
 n=[("Donor darah rutin PMI Tapin di Masjid Agung Al Mukarramah Rantau Jumat ini mengumpulkan 74 kantong. PMI mengatakan sebagian darah akan dikirim ke rumah sakit.", "a donation drive at a mosque, not the hospital blood bank"),
    ("Stok darah di UDD PMI Kota Banjarmasin menipis, golongan O tinggal 12 kantong. PMI mengimbau warga yang sehat segera donor.", "another city's PMI stock appeal"),
    ("Bupati Tapin H. Arifin Jumadi hari Selasa ini juga meninjau perbaikan jembatan Desa Pandahan yang rusak diterjang banjir bulan lalu.", "same official same day, a bridge inspection"),
    ("Pemkab Tapin memasang dua lemari pendingin baru di gudang farmasi Dinas Kesehatan untuk menyimpan vaksin. Lemari berkapasitas 400 liter itu tiba pekan ini.", "refrigerators for vaccines at another office, not blood")],
 b=None))
