"""Hand-written releases a08-a20 of heldout48 (same fields as anns_a.py)."""
A = []
A.append(dict(id="a08", src="pmi-kalsel", t="2026-11-18T10:25:00",
 title="UDD PMI Kalsel Operasikan Mesin Apheresis, Trombosit untuk Pasien DBD Lebih Cepat",
 text="""BANJARMASIN – Unit Donor Darah PMI Provinsi Kalimantan Selatan mulai mengoperasikan mesin apheresis untuk mengambil trombosit dari satu pendonor. Layanan ini ditujukan bagi pasien demam berdarah dan kanker darah yang membutuhkan trombosit dalam jumlah besar.

Mesin mulai dipakai Rabu (18/11/2026) di gedung UDD PMI Jalan Belitung Darat. Satu kali donor apheresis menghasilkan trombosit setara enam kantong donor biasa dan memakan waktu sekitar 90 menit. Hingga akhir tahun ditargetkan 120 pendonor apheresis terdaftar. “Musim hujan kasus DBD naik. Dengan apheresis, satu pasien cukup menerima trombosit dari satu orang, risiko reaksi transfusi lebih kecil,” ujar Ketua PMI Kalsel, H. Sjahrial Fadillah.

Calon pendonor apheresis harus berusia 18–55 tahun, berat badan minimal 55 kilogram dan pernah donor darah biasa. (pmi-kalsel/ak)""",
 s="UDD PMI Kalsel (Jl. Belitung Darat) operasikan mesin apheresis mulai Rabu 18/11: trombosit dari satu pendonor setara 6 kantong, untuk pasien DBD & kanker darah. Target 120 pendonor apheresis.",
 L="Mulai Rabu 18 November, UDD PMI Kalsel di Jalan Belitung Darat punya mesin apheresis. Satu donor apheresis (sekitar 90 menit) menghasilkan trombosit setara enam kantong donor biasa, penting bagi pasien DBD dan kanker darah. Ketua PMI Kalsel H. Sjahrial Fadillah menargetkan 120 pendonor apheresis terdaftar hingga akhir tahun. Syarat: usia 18–55, berat minimal 55 kg, pernah donor biasa.",
 p="Dangsanak, PMI Kalsel di Belitung Darat wayahini baisi mesin apheresis. Sakali donor, trombositnya sama wan anam kantong donor biasa. Gasan pasien DBD nang trombositnya turun, lakas banar tulungannya. Syaratnya umur 18 sampai 55, barat paling sadikit 55 kilo, wan sudah parnah donor biasa. Musim hujan nah, DBD banyak 🦟",
 n=[("Pasien DBD di RSUD Ulin bertambah, 37 anak dirawat pekan ini. Dokter mengimbau warga menguras bak mandi dan menutup tempat penampungan air.", "a DBD case report, no apheresis"),
    ("PMI Kabupaten Banjar membuka layanan donor malam di Martapura setiap Sabtu. Pada Sabtu pertama terkumpul 41 kantong.", "another PMI, evening donor sessions"),
    ("Ketua PMI Kalsel H. Sjahrial Fadillah hari Rabu ini juga melepas 20 relawan PMI ke lokasi banjir di Kabupaten Hulu Sungai Tengah.", "same official same day, flood volunteers"),
    ("Enam kantong trombosit akhirnya didapat keluarga pasien DBD di Kelayan setelah dua hari mencari. Keluarga berterima kasih kepada tetangga yang ikut donor.", "the same figure (six bags) in a family's own story")],
 b=("Katanya PMI provinsi mau pakai alat baru buat ambil trombosit, satu orang donor bisa buat satu pasien DBD. Ada yang tahu kapan mulai?", 26)))

A.append(dict(id="a09", src="pemkab-banjar", t="2026-11-05T15:45:00",
 title="RSUD Ratu Zalecha Martapura Raih Akreditasi Paripurna",
 text="""MARTAPURA – RSUD Ratu Zalecha Martapura meraih status akreditasi Paripurna, tingkat tertinggi penilaian mutu rumah sakit. Sertifikat diserahkan lembaga akreditasi setelah survei tiga hari pada Oktober lalu.

Sertifikat diterima Kamis (5/11/2026) di aula rumah sakit. Dari 16 bab standar yang dinilai, seluruhnya mendapat nilai di atas 80 persen, dengan nilai tertinggi pada keselamatan pasien. Status ini berlaku empat tahun. “Akreditasi bukan piala di lemari. Penilaian ini kami pakai untuk memperbaiki hal kecil, seperti cuci tangan petugas dan gelang identitas pasien,” kata Direktur RSUD Ratu Zalecha, dr. Yusran Hafidzi.

Rumah sakit menyiapkan survei kepuasan pasien setiap triwulan sebagai tindak lanjut. Pemkab Banjar memberi penghargaan kepada tim mutu rumah sakit pada upacara Hari Kesehatan Nasional. (mc-banjar/nh)""",
 s="RSUD Ratu Zalecha Martapura raih akreditasi Paripurna; sertifikat diterima Kamis 5/11, 16 bab standar semua di atas 80 %, berlaku 4 tahun.",
 L=None,
 p="Salamat gasan RSUD Ratu Zalecha Martapura, dapat akreditasi Paripurna, paling tinggi! Sabanyak 16 bab nang dinilai, samunyaan di atas 80 persen. Balaku ampat tahun. Kata direkturnya, kaina tiap tigabulan ada survei kepuasan pasien. Mudahan palayanan makin baik 👍",
 n=[("Puskesmas Martapura 1 menerima sertifikat akreditasi Paripurna untuk puskesmas. Penilaian dilakukan September oleh tim dari Kementerian Kesehatan.", "a puskesmas's accreditation, not the RSUD"),
    ("RSUD Ratu Zalecha menerima akreditasi Paripurna pertama kali pada 2022. Saat itu ada 15 bab standar yang dinilai.", "the 2022 accreditation recalled"),
    ("Aula RSUD Ratu Zalecha hari Kamis dipakai untuk wisuda 48 lulusan akademi keperawatan swasta. Para wisudawan akan praktik di rumah sakit se-Kabupaten Banjar.", "same hall, another event (graduation)")],
 b=None))

A.append(dict(id="a10", src="pemkab-balangan", t="2026-11-11T09:50:00",
 title="RSUD Balangan Jalani Survei Akreditasi 17–19 November, Warga Diminta Beri Penilaian Jujur",
 text="""PARINGIN – RSUD Balangan akan menjalani survei akreditasi rumah sakit pada 17 sampai 19 November 2026. Tiga surveior akan menilai seluruh pelayanan, mulai dari pendaftaran, IGD, rawat inap hingga pengelolaan limbah.

Persiapan dibahas dalam rapat Rabu (11/11/2026) di ruang rapat Bupati Balangan. Surveior juga akan mewawancarai pasien dan keluarga secara acak. Rumah sakit menargetkan naik dari status Madya ke Utama. “Kalau ditanya surveior, sampaikan saja apa adanya. Keluhan warga justru menunjukkan apa yang harus kami perbaiki,” ucap Sekretaris Daerah Balangan, H. Rusdiansyah Basri.

Selama survei, layanan tetap berjalan normal dan jam besuk tidak berubah. Hasil akreditasi diperkirakan keluar paling lambat tiga minggu setelah survei. (prokom-blg/sr)""",
 s="RSUD Balangan disurvei akreditasi 17–19/11 oleh 3 surveior (target naik dari Madya ke Utama); pasien bisa diwawancarai acak, layanan dan jam besuk tetap normal.",
 L="RSUD Balangan bersiap menghadapi survei akreditasi 17–19 November. Tiga surveior menilai pendaftaran, IGD, rawat inap sampai limbah, dan akan mewawancarai pasien acak. Targetnya naik dari Madya ke Utama. Sekda H. Rusdiansyah Basri minta warga menjawab jujur. Layanan dan jam besuk tetap normal; hasil paling lambat tiga minggu setelah survei.",
 p="Bubuhan Balangan, tanggal 17 sampai 19 November RSUD Balangan dinilai akreditasi. Amun pian ditakuni surveior, bapandir haja apa adanya, jangan takutan. Rumah sakit handak naik matan Madya ka Utama. Palayanan tetap biasa haja, jam besuk gin kada baubah.",
 n=[("Hasil akreditasi RSUD Balangan diumumkan: rumah sakit resmi naik ke status Utama. Direktur berterima kasih kepada pasien yang ikut diwawancarai surveior.", "the later outcome, told as its own news"),
    ("Puskesmas Juai disurvei akreditasi tanggal 24–25 November. Kepala puskesmas meminta kader posyandu hadir.", "a puskesmas survey on other dates"),
    ("Sekda Balangan H. Rusdiansyah Basri Rabu ini memimpin rapat persiapan Hari Jadi Kabupaten Balangan di ruang rapat yang sama.", "same official, same room, same day, another meeting")],
 b=None))

A.append(dict(id="a11", src="dinkes-kalsel", t="2026-11-24T14:30:00",
 title="11 dari 16 RSUD di Kalsel Berstatus Paripurna, Dinkes Dorong Lima Lainnya",
 text="""BANJARMASIN – Dinas Kesehatan Provinsi Kalimantan Selatan mencatat 11 dari 16 rumah sakit umum daerah di Kalsel kini berstatus akreditasi Paripurna. Lima lainnya masih berstatus Utama atau Madya.

Rekap itu disampaikan dalam pertemuan direktur RSUD se-Kalsel, Selasa (24/11/2026), di Aula Dinkes Kalsel, Banjarmasin. Tiga rumah sakit naik ke Paripurna sepanjang 2026. Dinkes menyiapkan pendampingan bagi lima RSUD yang belum Paripurna, terutama soal rekam medis elektronik dan pencegahan infeksi. “Status akreditasi harus terasa di lorong rumah sakit, bukan hanya di dinding ruang direktur,” kata Kepala Bidang Pelayanan Kesehatan Dinkes Kalsel, dr. Nurul Hidayah Saleh.

Pendampingan dimulai Januari 2027 dengan kunjungan tim mutu provinsi ke masing-masing rumah sakit. (mc-kalsel/ra)""",
 s="Dinkes Kalsel: 11 dari 16 RSUD di Kalsel sudah akreditasi Paripurna (3 naik tahun 2026); 5 sisanya didampingi mulai Januari 2027.",
 L=None,
 p="Data Dinkes Kalsel: matan 16 RSUD di banua kita, 11 sudah Paripurna. Tahun ini haja tiga nang naik. Lima nang balum, kaina didampingi tim provinsi mulai Januari 2027. Kata Kabidnya, akreditasi harus tarasa di lorong rumah sakit, lain di dinding haja 😄",
 n=[("Dari 233 puskesmas di Kalsel, 11 masih belum terakreditasi, kata Dinkes dalam rapat kerja kesehatan daerah bulan Maret.", "the same number 11 meaning puskesmas not accredited, March"),
    ("Pertemuan direktur RSUD se-Kalsel di Aula Dinkes Selasa ini juga membahas tarif parkir rumah sakit yang dikeluhkan warga.", "same meeting day, another subject (parking fees)")],
 b=None))

A.append(dict(id="a12", src="rsud-ulin", t="2026-11-02T10:00:00",
 title="Mulai 16 November, Pendaftaran Poliklinik RSUD Ulin Lewat Antrean Online",
 text="""BANJARMASIN – RSUD Ulin Banjarmasin memberlakukan pendaftaran poliklinik rawat jalan melalui antrean online mulai 16 November 2026. Pasien mengambil nomor antrean lewat aplikasi Ulin Sehat atau situs rumah sakit paling lambat sehari sebelumnya.

Kebijakan diumumkan Senin (2/11/2026). Loket manual hanya tersisa dua, khusus untuk lansia di atas 70 tahun dan pasien yang tidak memiliki telepon pintar. Rata-rata 1.450 pasien datang ke poliklinik setiap hari, dan sebagian sudah antre sejak pukul 04.00. “Tidak ada lagi cerita pasien tidur di lantai lobi menunggu loket dibuka. Datang sesuai jam yang tertera di nomor antrean,” ujar Direktur RSUD Ulin, dr. Dwi Anggraini Ramli.

Petugas pendamping disiagakan di lobi utama selama dua minggu pertama untuk membantu pasien mendaftar. (humas-ulin/fi)""",
 s="RSUD Ulin: mulai 16/11 daftar poliklinik wajib antrean online (aplikasi Ulin Sehat/situs), paling lambat H-1. Loket manual tinggal 2 untuk lansia >70 th & tanpa HP pintar. Rata-rata 1.450 pasien/hari.",
 L="Mulai 16 November, pasien rawat jalan RSUD Ulin Banjarmasin mendaftar lewat antrean online, di aplikasi Ulin Sehat atau situs rumah sakit, paling lambat sehari sebelumnya. Dua loket manual tetap ada untuk lansia di atas 70 tahun dan yang tak punya ponsel pintar. Setiap hari rata-rata 1.450 pasien datang, sebagian antre sejak subuh. Direktur dr. Dwi Anggraini Ramli meminta pasien datang sesuai jam di nomor antrean; dua minggu pertama ada petugas pendamping di lobi.",
 p="Bubuhan nang baubat ka Ulin, ingat lah: mulai 16 November daftar poli harus online, lewat aplikasi Ulin Sehat atau situsnya, paling lambat sahari sabalumnya. Loket biasa tinggal dua haja, gasan kai nini umur 70 ka atas wan nang kada baisi hape. Kada usah lagi guring di lobi matan subuh 😅",
 n=[("RSUD Ansari Saleh Banjarmasin juga sedang uji coba antrean online untuk poli anak dan poli kandungan. Loket biasa masih dibuka seperti biasa.", "another hospital's trial for two clinics"),
    ("Aplikasi Ulin Sehat sempat tidak bisa dibuka Kamis pagi. Pihak rumah sakit menyebut ada pemeliharaan server dan pendaftaran dialihkan ke loket lansia sementara.", "an app outage on a later day (complaint/notice)"),
    ("Antrean panjang di loket pendaftaran RSUD Ulin pagi ini, pasien sudah datang sejak pukul 04.00. Warga berharap ada cara daftar yang lebih cepat.", "a complaint about queues posted after the announcement but before the start, not about it"),
    ("Jadwal praktik dokter spesialis poliklinik RSUD Ulin pekan ini ada perubahan: poli mata Senin libur karena dokter mengikuti seminar.", "same hospital's clinic, a schedule change")],
 b=("Lobi RSUD Ulin jam 5 subuh tadi sudah penuh orang antre, ada yang tidur di lantai. Dengar-dengar mau dibikin antrean online, semoga cepat.", 50)))

A.append(dict(id="a13", src="pemkab-hss", t="2026-11-19T11:20:00",
 title="RSUD Hasan Basry Kandangan Pasang Enam Anjungan Pendaftaran Mandiri",
 text="""KANDANGAN – RSUD Brigjend H. Hasan Basry Kandangan memasang enam anjungan pendaftaran mandiri di lobi rawat jalan. Pasien lama cukup memindai kartu berobat atau KTP untuk mencetak nomor antrean dan surat eligibilitas JKN.

Anjungan mulai digunakan Kamis (19/11/2026). Pada hari pertama, 318 dari 540 pasien mendaftar melalui anjungan, sisanya di loket. Rata-rata waktu tunggu pendaftaran turun dari 50 menit menjadi 12 menit. “Mesin ini bukan pengganti petugas. Petugas tetap berdiri di samping anjungan membantu warga yang belum terbiasa,” kata Wakil Bupati Hulu Sungai Selatan, H. Akhmad Fauzan Rifani.

Pasien baru tetap mendaftar di loket. Rumah sakit berencana menambah dua anjungan di gedung poliklinik anak tahun depan. (mc-hss/fr)""",
 s="RSUD Hasan Basry Kandangan pasang 6 anjungan pendaftaran mandiri (scan kartu/KTP), mulai Kamis 19/11: hari pertama 318 dari 540 pasien pakai anjungan, waktu tunggu 50 → 12 menit.",
 L=None,
 p="Di RSUD Hasan Basry Kandangan wayahini ada anam mesin daftar saurang. Pasien lawas cukup scan kartu barubat atau KTP, nomor antrean kaluar. Hari partama 318 urang nang mamakai. Mahadang daftar nang bahari 50 manit, wayahini 12 manit haja. Petugas tetap ada mambantui kai nini 👍",
 n=[("Puskesmas Kandangan memasang satu mesin antrean dengan layar sentuh di ruang tunggu. Warga cukup menekan tombol poli yang dituju.", "a puskesmas queue machine, same town"),
    ("Anjungan pendaftaran mandiri RSUD Hasan Basry sempat macet Senin pagi karena printer kehabisan kertas. Pasien dialihkan ke loket selama satu jam.", "a later malfunction"),
    ("Wabup HSS H. Akhmad Fauzan Rifani hari Kamis juga menghadiri pelantikan pengurus karang taruna di Gedung Wanita Kandangan.", "same official same day, another event"),
    ("RSUD Datu Sanggul Rantau menambah satu anjungan pendaftaran mandiri, melengkapi dua unit yang dipasang tahun lalu.", "another hospital's kiosk")],
 b=("Di lobi RSUD Kandangan ada mesin-mesin baru ditutup plastik. Kata satpam itu buat daftar sendiri, mulai dipakai minggu ini.", 22)))

A.append(dict(id="a14", src="pemkot-banjarmasin", t="2026-11-03T13:40:00",
 title="RSUD Sultan Suriansyah Buka Poliklinik Sore Pukul 16.00–20.00",
 text="""BANJARMASIN – RSUD Sultan Suriansyah Banjarmasin membuka poliklinik sore bagi pekerja dan pelajar yang tidak bisa berobat pada jam kerja. Lima poli dibuka, yaitu penyakit dalam, anak, kandungan, gigi dan saraf.

Poliklinik sore dibuka mulai Senin (9/11/2026), setiap Senin sampai Jumat pukul 16.00 hingga 20.00 Wita. Pasien JKN tetap dilayani dengan rujukan seperti poliklinik pagi. Kuota awal 120 pasien per sore. “Banyak buruh pelabuhan dan pedagang pasar yang bilang tidak sempat berobat karena pagi harus bekerja. Sekarang mereka bisa datang selepas kerja,” ujar Wali Kota Banjarmasin, H. Ikhsan Budiman.

Pendaftaran poliklinik sore dibuka sejak pukul 14.00 di loket gedung utama. Jika peminat tinggi, poli mata dan THT akan ditambahkan pada Januari. (mc-bjm/ht)""",
 s="RSUD Sultan Suriansyah Banjarmasin buka poli sore Senin–Jumat 16.00–20.00 mulai 9/11: penyakit dalam, anak, kandungan, gigi, saraf; kuota 120 pasien/sore, JKN tetap dilayani.",
 L="Warga Banjarmasin yang pagi bekerja kini bisa berobat sore di RSUD Sultan Suriansyah. Mulai Senin 9 November, lima poli (penyakit dalam, anak, kandungan, gigi, saraf) buka Senin–Jumat pukul 16.00–20.00. Kuota 120 pasien per sore, pasien JKN tetap dilayani dengan rujukan, daftar dari pukul 14.00 di gedung utama. Wali Kota H. Ikhsan Budiman menyebut buruh pelabuhan dan pedagang pasar sebagai sasaran. Poli mata dan THT bisa menyusul Januari.",
 p="Gasan bubuhan nang bagawi pagi: RSUD Sultan Suriansyah wayahini buka poli sore, jam ampat sampai jam walu malam, Senin sampai Jumat. Ada poli dalam, anak, kandungan, gigi wan saraf. Sahari 120 urang. BPJS kawa haja, bawa rujukan. Daftar mulai jam 2 siang 👌",
 n=[("Klinik Pratama Muhammadiyah di Kelayan membuka praktik malam sampai pukul 22.00 khusus dokter umum. Tarif Rp50 ribu sekali periksa.", "a private clinic's night hours"),
    ("Puskesmas Pekapuran Raya kini membuka layanan poli umum sore sampai pukul 20.00 untuk pekerja, tanpa poli spesialis.", "a puskesmas's evening hours"),
    ("RSUD Ulin Banjarmasin menambah satu loket sore untuk pengambilan obat pasien kronis agar antrean pagi berkurang.", "another hospital, a pharmacy counter"),
    ("Wali Kota Banjarmasin H. Ikhsan Budiman hari ini juga menyerahkan santunan kepada 30 buruh pelabuhan Trisakti yang mengalami kecelakaan kerja.", "same official same day, compensation for port workers")],
 b=None))
