# Hand-written releases for heldout26. {D:d/m} becomes "Hari (d/m/2026)" in build.py.
# keys: src, kab (None = provincial), t (Wita), title, text, s1, s2 (optional), p (Banjar/casual),
# it (round-up item), tags, n: look-alikes [(kind, hours after release, text)], b: (hours before, text)
A = [
# ---------- F1 DPA / realisasi APBD
dict(src="pemprov-kalsel", kab=None, t="2026-11-23 15:20",
 title="Pemprov Kalsel Serahkan DPA 2027 kepada 48 SKPD, Belanja Rp9,42 Triliun",
 text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menyerahkan Dokumen Pelaksanaan Anggaran (DPA) Tahun Anggaran 2027 kepada 48 SKPD di Gedung Idham Chalid, Banjarbaru, {D:23/11}. Total belanja dalam APBD 2027 mencapai Rp9,42 triliun, dengan porsi belanja modal Rp2,1 triliun.

Sekretaris Daerah Provinsi Kalsel, H. Arsyad Noorwahidin, meminta seluruh kepala SKPD bergerak cepat. “DPA sudah di tangan sebelum tahun berganti. Tidak ada alasan pekerjaan fisik baru dimulai pertengahan tahun,” ujarnya.

Setiap SKPD diwajibkan mengunggah Rencana Umum Pengadaan (RUP) paling lambat 15 Desember 2026 agar lelang dini dapat dimulai awal Januari 2027. (mc-kalsel/rz)""",
 s1="DPA 2027 sudah diserahkan ke 48 SKPD Pemprov Kalsel, total belanja Rp9,42 T. RUP wajib diunggah sebelum 15 Desember supaya lelang dini Januari.",
 s2="Pengingat utk SKPD provinsi: batas unggah RUP 15 Desember, setelah DPA 2027 (Rp9,42 T) diserahkan Senin kemarin di Gedung Idham Chalid.",
 p="Duit APBD Kalsel 2027 Rp9,42 T sudah dibagi DPA-nya ka 48 SKPD, Sekda bepesan jangan lambat bagawi, lelang dini Januari 👍",
 it="DPA 2027 Pemprov Kalsel (Rp9,42 T) diserahkan ke 48 SKPD; RUP paling lambat 15/12",
 tags="#APBD2027 #KalselMaju #DPA",
 n=[("lastyear", 30, "Kilas balik: Desember tahun lalu DPA 2026 Pemprov Kalsel diserahkan ke 47 SKPD dengan total belanja Rp8,96 triliun. Semoga tahun ini serapannya lebih cepat."),
    ("venue", 50, "Gedung Idham Chalid Banjarbaru ramai hari ini, ada wisuda tahfiz 312 santri se-Kalsel. Parkir penuh sampai ke Jalan Pangeran Suriansyah, mohon warga bersabar."),
    ("kabrelease", 72, "Pemkab Banjar juga menyerahkan DPA 2027 kepada 41 SKPD di Mahligai Sultan Adam Martapura, total belanja Rp2,73 triliun. Bupati minta lelang fisik dimulai Februari."),
    ("other", -60, "DPRD Kalsel menggelar rapat paripurna persetujuan Raperda APBD 2027 malam tadi. Tujuh fraksi menyetujui, pendapatan daerah ditarget Rp9,1 triliun.")],
 b=(-20, "Infonya Senin besok SKPD provinsi dikumpulkan di Gedung Idham Chalid, penyerahan DPA 2027 katanya. Semoga program jalan desa kita masuk 🙏")),
dict(src="pemkab-tabalong", kab="tabalong", t="2026-11-19 11:05",
 title="Realisasi Belanja Baru 78,4 Persen, Bupati Tabalong Minta SKPD Kejar Target 95 Persen",
 text="""TANJUNG – Realisasi belanja APBD Kabupaten Tabalong hingga 15 November 2026 baru mencapai 78,4 persen. Angka itu dibahas dalam rapat koordinasi percepatan realisasi anggaran di Pendopo Bersinar, Tanjung, {D:19/11}.

Bupati Tabalong, H. Mulyadi Sarwani, meminta 36 SKPD mengejar target 95 persen pada 31 Desember. “Kegiatan fisik yang progresnya di bawah 60 persen akan kita panggil satu per satu, termasuk kontraktornya,” tegasnya.

Mulai pekan depan, Bagian Administrasi Pembangunan akan memantau capaian setiap Senin dan melaporkannya langsung kepada Bupati. (prokom-tbl/ha)""",
 s1="Serapan APBD Tabalong per 15/11 baru 78,4 %. Bupati target 95 % akhir Desember, proyek fisik di bawah 60 % dipanggil.",
 s2="Tiap Senin sekarang capaian anggaran SKPD Tabalong dipantau, habis rakor di Pendopo Bersinar kemarin (serapan baru 78,4 persen).",
 p="Bubuhan SKPD Tabalong disuruh balajuan, serapan anggaran hanyar 78,4 persen haja, Bupati handak 95 persen pas akhir tahun 😅",
 it="Tabalong: serapan APBD baru 78,4 % (15/11), target 95 % pada 31/12, dipantau tiap Senin",
 tags="#Tabalong #SerapanAnggaran",
 n=[("village", 40, "Realisasi dana desa Desa Jaro tahap III sudah 100 persen, laporan SPJ diserahkan ke kecamatan hari ini. Terima kasih TPK dan warga yang gotong royong."),
    ("next", 110, "Senin pagi rapat pantau capaian anggaran di Setda Tabalong: Dinas PUPR sudah 81 persen, Dinkes 74 persen. Proyek drainase Mabuun dikebut siang malam."),
    ("other", 90, "Kabupaten Balangan mengumumkan serapan belanjanya sudah 84,1 persen per 20 November, tertinggi di Banua Enam menurut BPKAD Balangan."),
    ("venue", 20, "Pendopo Bersinar malam ini jadi tempat final lomba qasidah rebana antar-kecamatan se-Tabalong. Juara umum dari Kecamatan Tanta, selamat!")]),
dict(src="pemkab-hsu", kab="hsu", t="2026-11-25 14:40",
 title="HSU Serahkan DPA 2027 Rp1,86 Triliun kepada 34 SKPD dan 10 Kecamatan",
 text="""AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara menyerahkan DPA Tahun Anggaran 2027 senilai Rp1,86 triliun kepada 34 SKPD dan 10 kecamatan di Pendopo Bupati HSU, Amuntai, {D:25/11}.

Bupati HSU, H. Fauzan Rahmadi, menyebut anggaran 2027 diarahkan untuk penanganan banjir tahunan, jalan poros desa rawa dan layanan kesehatan ibu-anak. “DPA ini kontrak kinerja. Saya minta laporan realisasi tiap bulan, bukan tiap semester,” katanya.

SKPD diminta menyelesaikan RUP pada 18 Desember 2026, sementara kecamatan menyiapkan kegiatan pelayanan sejak awal Januari. (diskominfo-hsu/nr)""",
 s1="Pemkab HSU serahkan DPA 2027 Rp1,86 triliun ke 34 SKPD & 10 kecamatan. Prioritas banjir, jalan poros desa, kesehatan ibu-anak.",
 p="DPA HSU 2027 sudah dibagi, Rp1,86 T. Mudahan jalan poros desa rawa kami kawa diaspal lah 🤲 #HSU",
 it="HSU: DPA 2027 Rp1,86 T untuk 34 SKPD dan 10 kecamatan, RUP 18/12",
 tags="#HSU #Amuntai #APBD2027",
 n=[("lastyear", 24, "Arsip: DPA 2026 HSU dulu diserahkan 28 Desember 2025, nilainya Rp1,71 triliun. Tahun ini lebih awal sebulan."),
    ("village", 60, "Musyawarah desa penetapan APBDes 2027 Desa Babirik malam tadi, pagu Rp1,12 miliar, prioritas titian ulin dan posyandu."),
    ("venue", 30, "Pendopo Bupati HSU pagi ini dipakai pelepasan 42 kafilah STQH HSU ke tingkat provinsi. Doakan juara ya dangsanak."),
    ("kabrelease", 80, "Balangan menyerahkan DPA 2027 senilai Rp2,05 triliun kepada 31 SKPD di Aula Benteng Tundakan, Paringin, Kamis pagi.")]),
# ---------- F2 Nataru security / kerukunan
dict(src="polda-kalsel", kab=None, t="2026-11-24 16:10",
 title="Polda Kalsel Siapkan 2.150 Personel Operasi Lilin Intan 2026",
 text="""BANJARMASIN – Polda Kalimantan Selatan menggelar rapat koordinasi lintas sektoral persiapan Operasi Lilin Intan 2026 di Aula Mathilda Polda Kalsel, {D:24/11}. Operasi pengamanan Natal dan Tahun Baru itu berlangsung 20 Desember 2026 hingga 2 Januari 2027.

Wakapolda Kalsel, Brigjen Pol Hendra Wiratmaja, mengatakan 2.150 personel gabungan disiagakan di 96 pos pengamanan dan 28 pos pelayanan. “Fokus kami gereja, pusat belanja, pelabuhan, dan titik wisata pantai saat malam pergantian tahun,” ujarnya.

Apel gelar pasukan dijadwalkan 18 Desember di Lapangan Bhayangkara Banjarmasin. (humas-polda/ws)""",
 s1="Operasi Lilin Intan 2026: 2.150 personel, 96 pos pam + 28 pos yan, 20 Des–2 Jan. Fokus gereja, mal, pelabuhan, pantai.",
 s2="Polda Kalsel sudah rakor Operasi Lilin Intan, apel gelar pasukan nanti 18/12 di Lapangan Bhayangkara.",
 p="Nataru kena aman insyaallah, Polda Kalsel siapakan 2.150 personel, pos-pos ada 124 buting 👮",
 it="Operasi Lilin Intan 2026 (Polda): 2.150 personel, 20/12–2/1, 124 pos",
 tags="#OperasiLilinIntan2026 #PoldaKalsel #Nataru",
 n=[("lastyear", 45, "Tahun lalu Operasi Lilin Intan 2025 melibatkan 1.980 personel, angka kecelakaan turun 12 persen dibanding 2024. Semoga tahun ini lebih baik."),
    ("venue", 70, "Aula Mathilda Polda Kalsel hari ini jadi tempat seleksi bintara Polri tahap psikotes, 640 peserta dari 13 kabupaten/kota."),
    ("next", 200, "Pos pengamanan Natal di simpang Gereja Katedral mulai dicat dan dipasang tenda oleh Polresta Banjarmasin, katanya aktif 20 Desember."),
    ("other", 100, "Polres Tabalong menggelar Operasi Pekat menjelang akhir tahun, 38 botol miras dan 2 pengedar sabu diamankan di Murung Pudak.")]),
dict(src="pemkot-banjarbaru", kab="bjb", t="2026-11-12 13:30",
 title="FKUB Banjarbaru Gelar Dialog Kerukunan Jelang Natal, Hadirkan 120 Tokoh Agama",
 text="""BANJARBARU – Forum Kerukunan Umat Beragama (FKUB) Kota Banjarbaru menggelar dialog kerukunan menjelang Natal 2026 di Aula Gawi Sabarataan, {D:12/11}. Sebanyak 120 tokoh agama, ketua RT dan pemuda lintas iman hadir.

Ketua FKUB Banjarbaru, KH. Syahrani Maulana, mengajak warga menjaga suasana sejuk. “Banjarbaru ini rumah bersama. Saling jaga saat ibadah Natal adalah tradisi kita,” ujarnya.

Usai dialog, FKUB akan bersafari ke sembilan gereja pada 14–16 Desember untuk memastikan kesiapan keamanan dan parkir. (humas-bjb/lt)""",
 s1="FKUB Banjarbaru kumpulkan 120 tokoh lintas agama di Aula Gawi Sabarataan jelang Natal; safari ke 9 gereja 14–16 Desember.",
 p="Adem banar Banjarbaru, 120 tokoh agama bakumpul badialog jelang Natal. Rukun-rukun lah kita samunyaan 🤝",
 it="FKUB Banjarbaru: dialog 120 tokoh lintas iman jelang Natal, safari 9 gereja 14–16/12",
 tags="#Banjarbaru #FKUB #Kerukunan",
 n=[("other", 50, "FKUB Kabupaten Banjar mengadakan sarasehan kebangsaan dengan 80 pemuda lintas agama di Martapura, menjelang Haul dan Natal."),
    ("venue", 26, "Aula Gawi Sabarataan hari ini dipakai bimtek bendahara kelurahan se-Banjarbaru. Jangan lupa bawa laptop ya bapak ibu."),
    ("village", 75, "Pemuda RT 12 Guntung Manggis sepakat bikin jadwal ronda bareng selama Natal, muslim dan kristiani bergantian jaga. Mantap!"),
    ("lastyear", 100, "Foto kenangan dialog kerukunan FKUB Banjarbaru Desember 2025 di Balai Kota, waktu itu 90 peserta.")],
 b=(-26, "Besok siang FKUB Banjarbaru dialog di Aula Gawi Sabarataan, ketua RT diundang. Ada yang sudah dapat suratnya?")),
dict(src="pemkab-kotabaru", kab="kotabaru", t="2026-11-27 10:50",
 title="Bupati Kotabaru Terbitkan Edaran Larangan Petasan dan Kembang Api Malam Tahun Baru",
 text="""KOTABARU – Bupati Kotabaru menerbitkan surat edaran larangan menjual, menyalakan dan membunyikan petasan serta kembang api berdaya ledak pada malam pergantian tahun. Edaran itu diumumkan di Kantor Bupati Kotabaru, {D:27/11}.

Bupati Kotabaru, H. Sayed Alwi Baraqbah, meminta camat dan kepala desa menyosialisasikannya hingga tingkat RT. “Tahun lalu ada dua rumah di Pulau Laut Utara terbakar karena kembang api. Kita tidak mau terulang,” katanya.

Satpol PP bersama Polres Kotabaru akan merazia penjual petasan mulai 1 Desember di pasar dan pelabuhan. (kominfo-ktb/sa)""",
 s1="Kotabaru larang petasan & kembang api malam tahun baru, lewat edaran Bupati. Razia penjual mulai 1 Desember.",
 s2="Ingat dangsanak, edaran larangan petasan dari Bupati Kotabaru sudah keluar. Razia di pasar & pelabuhan dimulai 1/12.",
 p="Kada usah bejual petasan lah pian, Kotabaru sudah melarang, Satpol kena razia jua 🎆🚫",
 it="Kotabaru: edaran larangan petasan & kembang api malam tahun baru, razia mulai 1/12",
 tags="#Kotabaru #TahunBaru #StopPetasan",
 n=[("next", 110, "Hari ini Satpol PP Kotabaru razia di Pasar Kemakmuran, 14 kotak petasan disita dari dua lapak. Pedagang hanya didata dan diberi teguran."),
    ("other", 60, "Tanah Bumbu juga melarang pesta kembang api di Pantai Pagatan malam tahun baru, kata Satpol PP Tanbu waktu rapat di Batulicin."),
    ("lastyear", 30, "Masih ingat kebakaran dua rumah di Sebelimbingan malam tahun baru lalu? Pemadam datang setengah jam setelah kembang api jatuh ke atap."),
    ("village", 40, "Kesepakatan warga Desa Sigam: malam tahun baru tahun ini diisi zikir dan bakar ikan di balai desa, tidak ada petasan.")]),
# ---------- F3 siaga bencana hidrometeorologi
dict(src="bpbd-kalsel", kab=None, t="2026-11-05 12:15",
 title="BPBD Kalsel Gelar Apel Siaga Hidrometeorologi, 1.250 Personel dan 64 Perahu Karet Disiagakan",
 text="""BANJARBARU – BPBD Provinsi Kalimantan Selatan menggelar apel kesiapsiagaan bencana hidrometeorologi di halaman Kantor Gubernur, Banjarbaru, {D:5/11}. Sebanyak 1.250 personel gabungan, 64 perahu karet dan 22 unit dapur umum lapangan disiagakan menghadapi puncak musim hujan.

Kepala Pelaksana BPBD Kalsel, Ir. Darmawan Syarif, mengatakan curah hujan diperkirakan memuncak Desember hingga Februari. “Tujuh kabupaten di daerah aliran sungai Barito dan Negara harus siap sejak sekarang,” ujarnya.

BPBD juga meminta kabupaten/kota menetapkan status siaga darurat bila tinggi muka air mulai melampaui batas waspada. (bpbd-kalsel/fr)""",
 s1="Apel siaga musim hujan BPBD Kalsel: 1.250 personel, 64 perahu karet, 22 dapur umum. Puncak hujan Des–Feb.",
 p="Musim hujan sudah datang, BPBD Kalsel siap 64 perahu karet wan 22 dapur umum. Bubuhan pinggir sungai bajaga-jaga lah ⛈️",
 it="BPBD Kalsel apel siaga hidrometeorologi: 1.250 personel, 64 perahu karet",
 tags="#SiagaBencana #MusimHujan #BPBDKalsel",
 n=[("kabrelease", 60, "BPBD Tapin apel siaga banjir di halaman kantor bupati Rantau, 180 personel dan 6 perahu karet, karena Sungai Tapin mulai naik."),
    ("venue", 28, "Halaman Kantor Gubernur Banjarbaru besok pagi dipakai senam massal HKN, 2.000 tenaga kesehatan. Jalan masuk ditutup sementara."),
    ("lastyear", 90, "November 2025 apel siaga bencana di halaman kantor gubernur cuma 900 personel. Tahun ini nambah katanya."),
    ("village", 130, "Relawan Desa Danau Panggang cek mesin dua perahu kelotok dan pelampung di posko desa, jaga-jaga air Sungai Negara naik.")],
 b=(-18, "Besok apel siaga bencana di kantor gubernur Banjarbaru, perahu karet sudah berjejer di halaman sore ini 📸")),
dict(src="pemkab-hst", kab="hst", t="2026-11-09 15:45",
 title="HST Siagakan 14 Posko Relawan Sungai dan 6 Sensor Peringatan Dini Banjir",
 text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah menyiagakan 14 posko relawan sungai dan enam sensor peringatan dini tinggi muka air sepanjang Sungai Barabai. Kesiapan itu diperiksa dalam apel siaga di Lapangan Dwi Warna Barabai, {D:9/11}.

Wakil Bupati HST, H. Abdul Rasyid Mahfuz, meminta kepala desa di bantaran sungai memperbarui jalur evakuasi. “Banjir 2021 mengajarkan kita, sepuluh menit lebih cepat mengungsi bisa menyelamatkan nyawa,” ujarnya.

BPBD HST akan menggelar simulasi evakuasi di Desa Pajukungan pada 21 November bersama warga dan sekolah. (mc-hst/dn)""",
 s1="HST pasang 6 sensor tinggi air Sungai Barabai dan 14 posko relawan. Simulasi evakuasi di Pajukungan 21/11.",
 s2="Jangan kaget Sabtu 21/11 ada sirine di Pajukungan, itu simulasi evakuasi BPBD HST lanjutan apel siaga Senin lalu.",
 p="Sungai Barabai sudah dipasangi sensor 6 buting, posko relawan 14. Kada handak kaya 2021 lagi 🙏 #HST",
 it="HST: 14 posko relawan dan 6 sensor peringatan dini di Sungai Barabai",
 tags="#Barabai #HST #SiagaBanjir",
 n=[("next", 290, "Simulasi evakuasi di Desa Pajukungan pagi ini: 312 warga dan murid SDN Pajukungan naik ke titik kumpul dalam 14 menit. Sirine terdengar jelas."),
    ("venue", 50, "Lapangan Dwi Warna Barabai sore ini ada pasar malam UMKM sampai Minggu, 60 stan kuliner dan mainan anak."),
    ("lastyear", 20, "Ingat banjir HST Januari 2021? Air setinggi atap di Pajukungan. Foto-foto ini kiriman warga waktu itu."),
    ("other", 70, "Di Batang Alai Utara, BPBD HST membersihkan 1,2 km sungai kecil yang tersumbat bambu dan sampah, dibantu 40 warga.")]),
dict(src="pemkab-tanbu", kab="tanbu", t="2026-11-16 09:40",
 title="Antisipasi Angin Kencang, DLH Tanah Bumbu Pangkas 340 Pohon Rawan Tumbang di Batulicin",
 text="""BATULICIN – Dinas Lingkungan Hidup Kabupaten Tanah Bumbu memangkas 340 pohon rawan tumbang di ruas Jalan Transmigrasi dan Jalan Raya Batulicin sejak {D:16/11}. Pemangkasan dilakukan menjelang puncak musim hujan yang kerap disertai angin kencang.

Kepala DLH Tanah Bumbu, Rusmadi Effendi, mengatakan pohon yang batangnya keropos akan ditebang dan diganti bibit baru. “Kami prioritaskan pohon di dekat sekolah, halte dan kabel listrik,” ujarnya.

Setelah Batulicin, pemangkasan berlanjut ke Simpang Empat dan Kusan Hilir pada 23–30 November. Warga dapat melaporkan pohon rawan lewat kantor kelurahan. (kominfo-tanbu/ys)""",
 s1="DLH Tanbu pangkas 340 pohon rawan tumbang di Jl Transmigrasi & Jl Raya Batulicin, lanjut Simpang Empat–Kusan Hilir 23–30/11.",
 p="Pohon ganal-ganal di Jalan Transmigrasi dipangkas DLH, 340 buting. Amun ada pohon rawan di kampung pian lapor ka kelurahan 🌳✂️",
 it="Tanbu pangkas 340 pohon rawan tumbang di Batulicin",
 tags="#TanahBumbu #Batulicin #MusimHujan",
 n=[("next", 170, "Petugas DLH hari ini memangkas pohon angsana di depan SDN Kota Pagatan, 22 pohon di sepanjang jalan pasar. Lalu lintas buka tutup."),
    ("village", 30, "Pohon mangga tua di halaman langgar Desa Sungai Danau tumbang kena angin semalam, menimpa pagar. Alhamdulillah tidak ada korban."),
    ("other", 80, "PLN ULP Batulicin memangkas ranting di jalur kabel 20 kV Sebamban, listrik padam 09.00–13.00 Wita."),
    ("lastyear", 100, "Tahun lalu dua pohon tumbang menutup Jalan Raya Batulicin dan menimpa sebuah mobil. Foto arsip Desember 2025.")]),
# ---------- F4 rapor & libur sekolah
dict(src="disdikbud-kalsel", kab=None, t="2026-11-20 10:00",
 title="Disdikbud Kalsel: Rapor SMA/SMK/SLB Dibagikan 18 Desember, Libur Semester 21 Desember–3 Januari",
 text="""BANJARBARU – Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan menetapkan kalender akhir semester ganjil 2026/2027 untuk SMA, SMK dan SLB. Surat edaran ditandatangani di Banjarbaru, {D:20/11}.

Penilaian akhir semester digelar 30 November–5 Desember, rapor dibagikan 18 Desember, dan libur semester berlangsung 21 Desember 2026–3 Januari 2027. Kepala Disdikbud Kalsel, Dr. Hamidah Rosyidi, mengingatkan sekolah tidak memungut biaya pembagian rapor. “Rapor hak siswa, tidak boleh ditahan karena alasan apa pun,” tegasnya.

Kegiatan belajar semester genap dimulai Senin, 4 Januari 2027. (disdikbud/ar)""",
 s1="Kalender SMA/SMK/SLB Kalsel: PAS 30/11–5/12, rapor 18/12, libur 21/12–3/1, masuk 4 Januari. Rapor tidak boleh ditahan.",
 s2="Buat ortu siswa SMA/SMK: rapor tgl 18 Desember, libur sampai 3 Januari. Pembagian rapor gratis, jangan mau dipungut ya.",
 p="Libur semester SMA SMK Kalsel 21 Des sampai 3 Jan gaes 🎉 rapor 18 Des, kada boleh ditahan kata Disdikbud",
 it="Disdikbud Kalsel: rapor SMA/SMK/SLB 18/12, libur 21/12–3/1",
 tags="#Disdikbud #LiburSemester #Rapor",
 n=[("kabrelease", 70, "Disdik Banjarbaru menetapkan rapor SD dan SMP dibagikan 19 Desember, libur sampai 2 Januari. Beda sehari dengan SMA."),
    ("next", 250, "Hari pertama PAS di SMAN 1 Pelaihari, 410 siswa kelas XI ujian berbasis komputer. Semangat adik-adik!"),
    ("lastyear", 40, "Libur semester ganjil tahun lalu SMA/SMK Kalsel mulai 23 Desember 2025, masuk 5 Januari. Tahun ini maju dua hari."),
    ("other", 100, "Kemenag Kalsel: rapor MA dan MTs dibagikan 19 Desember, libur madrasah 22 Desember–2 Januari.")],
 b=(-48, "Dengar-dengar kalender libur semester SMA tahun ini maju, rapor sebelum tanggal 20. Tunggu edaran resminya ya ortu.")),
dict(src="pemkot-banjarmasin", kab="bjm", t="2026-11-23 11:25",
 title="Disdik Banjarmasin Larang Sekolah Gelar Studi Tur Berbayar Selama Libur Semester",
 text="""BANJARMASIN – Dinas Pendidikan Kota Banjarmasin melarang SD dan SMP negeri menggelar studi tur atau perpisahan berbayar selama libur semester ganjil. Larangan itu disampaikan dalam rapat kepala sekolah di Aula Kayuh Baimbai, {D:23/11}.

Penilaian akhir semester SD/SMP digelar 1–8 Desember, rapor dibagikan 19 Desember, dan libur berlangsung 21 Desember–2 Januari. Kepala Disdik Banjarmasin, Noorhayati Ramli, mengatakan keluhan orang tua soal iuran liburan meningkat. “Libur untuk keluarga. Sekolah jangan menambah beban,” ujarnya.

Sekolah yang melanggar akan dipanggil dan kepala sekolahnya dievaluasi. (diskominfotik-bjm/rf)""",
 s1="Disdik Banjarmasin larang studi tur/perpisahan berbayar saat libur. PAS SD/SMP 1–8/12, rapor 19/12, libur 21/12–2/1.",
 p="Sekolah di Banjarmasin kada boleh lagi mamungut duit studi tur pas libur, kata Disdik. Lega ortu 😌",
 it="Disdik Banjarmasin: larangan studi tur berbayar saat libur; rapor SD/SMP 19/12",
 tags="#Banjarmasin #Disdik #LiburSekolah",
 n=[("other", 60, "SMP swasta di Banjarbaru mengumumkan karya wisata ke Yogyakarta Januari, biaya Rp2,8 juta, sifatnya sukarela."),
    ("venue", 30, "Aula Kayuh Baimbai hari ini ramai pelantikan pengurus Karang Taruna se-Banjarmasin, 52 kelurahan."),
    ("village", 90, "Komite SDN Kuin Utara 2 sepakat perpisahan kelas 6 nanti cuma makan bersama di sekolah, tanpa iuran."),
    ("lastyear", 120, "Tahun lalu Disdik Banjarmasin sempat memanggil dua kepala SD karena study tour ke Bali, berita Januari 2026.")]),
dict(src="pemkab-hss", kab="hss", t="2026-11-26 13:05",
 title="Libur Asyik di Perpustakaan, Dispersip HSS Buka 12 Kelas Gratis untuk Anak",
 text="""KANDANGAN – Dinas Perpustakaan dan Kearsipan Kabupaten Hulu Sungai Selatan membuka program Libur Asyik di Perpustakaan selama libur sekolah, 22 Desember 2026–2 Januari 2027. Program diluncurkan di Perpustakaan Daerah HSS, Kandangan, {D:26/11}.

Ada 12 kelas gratis, antara lain mendongeng bahasa Banjar, origami, menulis cerpen dan membuat komik. Kepala Dispersip HSS, Mardiana Yusuf, berharap anak tidak menghabiskan libur di depan gawai. “Kuota tiap kelas 25 anak, jadi segera daftar,” ujarnya.

Pendaftaran dibuka 1–15 Desember di loket perpustakaan dan formulir daring di laman Dispersip HSS. (prokom-hss/mh)""",
 s1="Libur Asyik di Perpustakaan HSS: 12 kelas gratis (dongeng, origami, cerpen, komik) 22/12–2/1. Daftar 1–15 Desember.",
 s2="Pendaftaran kelas libur di Perpusda HSS sudah buka hari ini, kuota 25 anak per kelas, lekas daftar.",
 p="Anak-anak HSS libur sekolah kada usah bamainan HP tarus, ada 12 kelas gratis di perpustakaan Kandangan 📚✂️",
 it="Dispersip HSS: Libur Asyik di Perpustakaan, 12 kelas gratis 22/12–2/1",
 tags="#HSS #Kandangan #LiburSekolah #Perpustakaan",
 n=[("next", 140, "Hari pertama pendaftaran kelas libur perpustakaan Kandangan: kelas origami dan komik sudah penuh siang ini, tinggal kelas cerpen."),
    ("village", 60, "TBM Desa Angkinang juga buka baca gratis tiap Sabtu selama libur, ada 400 buku cerita baru sumbangan alumni."),
    ("other", 85, "Perpustakaan Daerah HST bikin lomba resensi buku untuk pelajar SMP, hadiah tablet, kirim naskah sampai 10 Desember."),
    ("venue", 30, "Gedung Perpustakaan Daerah HSS besok dipakai ujian CAT perangkat desa Kecamatan Kandangan. Layanan baca tutup sementara.")],
 b=(-30, "Bocoran: perpustakaan Kandangan siap-siap buka kelas liburan Desember, besok katanya diluncurkan 📚")),
# ---------- F5 kalender event wisata 2027
dict(src="dispar-kalsel", kab=None, t="2026-11-10 20:30",
 title="Kalsel Luncurkan Calendar of Events 2027, 52 Agenda Wisata dan 12 Event Unggulan",
 text="""BANJARMASIN – Dinas Pariwisata Provinsi Kalimantan Selatan meluncurkan Calendar of Events (CoE) Kalsel 2027 di Gedung Mahligai Pancasila, Banjarmasin, {D:10/11} malam. CoE memuat 52 agenda wisata dari 13 kabupaten/kota, 12 di antaranya event unggulan.

Kepala Dinas Pariwisata Kalsel, Irawan Sudirjo, mengatakan kalender dirilis lebih awal agar biro perjalanan bisa menjual paket. “Tanggalnya sudah pasti, jadi travel agent bisa mulai promosi Januari,” ujarnya.

Event unggulan antara lain Festival Budaya Pasar Terapung, Aruh Budaya Meratus dan Festival Pesona Pulau Laut. CoE dapat diunduh di laman Dispar Kalsel. (dispar/vn)""",
 s1="Calendar of Events Kalsel 2027 sudah rilis: 52 agenda, 12 unggulan (Pasar Terapung, Aruh Budaya Meratus, Pesona Pulau Laut).",
 s2="Yang kerja di travel: CoE Kalsel 2027 (52 event) bisa diunduh di laman Dispar, diluncurkan Selasa malam di Mahligai Pancasila.",
 p="Catat gaes, kalender wisata Kalsel 2027 ada 52 event, 12 unggulan. Rencanakan liburan dari sekarang ✈️🛶",
 it="Dispar Kalsel: Calendar of Events 2027, 52 agenda dan 12 unggulan",
 tags="#WonderfulKalsel #CoE2027 #WisataKalsel",
 n=[("lastyear", 48, "CoE Kalsel 2026 dulu berisi 45 agenda. Dari situ event yang paling ramai Festival Pasar Terapung, 41 ribu pengunjung."),
    ("venue", 20, "Gedung Mahligai Pancasila malam ini ada resepsi pernikahan, akses Jalan Lambung Mangkurat padat, cari jalan lain ya."),
    ("kabrelease", 150, "Tabalong merilis kalender event wisata 2027 sendiri, 14 agenda, termasuk Festival Tanjung Puri dan lomba perahu Sungai Tabalong."),
    ("other", 95, "Asosiasi travel Banua membuka paket tur Natal-Tahun Baru ke Loksado, 2 hari 1 malam, rafting dan bermalam di balai adat.")]),
dict(src="pemkab-banjar", kab="banjar", t="2026-11-17 16:20",
 title="Kabupaten Banjar Tetapkan 21 Agenda Wisata 2027, Festival Lok Baintan Jadi Unggulan",
 text="""MARTAPURA – Pemerintah Kabupaten Banjar menetapkan 21 agenda dalam kalender event pariwisata 2027. Penetapan diumumkan Dinas Kebudayaan dan Pariwisata Banjar di Mahligai Sultan Adam, Martapura, {D:17/11}.

Festival Budaya Lok Baintan, Kiram Park Fair dan Festival Intan Martapura menjadi tiga event unggulan. Kepala Disbudpar Banjar, H. Zainal Hasibuan, menyebut jadwal 21 agenda dikunci agar tidak bentrok dengan event provinsi. “Pelaku usaha wisata bisa menyiapkan diri setahun penuh,” katanya.

Kalender lengkap dibagikan ke 20 kecamatan dan pokdarwis pada pekan depan. (mc-banjar/hr)""",
 s1="Kalender wisata Kab. Banjar 2027: 21 agenda, unggulan Festival Lok Baintan, Kiram Park Fair, Festival Intan Martapura.",
 p="Kabupaten Banjar ada 21 event wisata tahun 2027, Festival Lok Baintan tamasuk unggulan. Jukung kami siap 🛶",
 it="Kab. Banjar: 21 agenda wisata 2027, tiga unggulan",
 tags="#KabupatenBanjar #Martapura #LokBaintan",
 n=[("next", 150, "Kalender event 2027 sudah sampai di pokdarwis kami hari ini, lembar cetaknya dibagikan camat Karang Intan."),
    ("village", 50, "Pokdarwis Kiram sepakat bikin acara sendiri malam tahun baru: api unggun dan musik panting di Kiram Park, tiket Rp10.000."),
    ("venue", 25, "Mahligai Sultan Adam hari ini dipakai pengukuhan pengurus PKK kecamatan se-Kabupaten Banjar. Jalan depan ditutup siang."),
    ("lastyear", 80, "Festival Budaya Lok Baintan 2026 kemarin diikuti 180 jukung, semoga 2027 lebih ramai.")]),
dict(src="pemkab-tanah-laut", kab="tala", t="2026-11-30 14:10",
 title="Tanah Laut Rilis 15 Agenda Wisata 2027, Festival Pantai Batakan Digelar Juli",
 text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut merilis 15 agenda wisata 2027 di Balairung Tuntung Pandang, Pelaihari, {D:30/11}. Festival Pantai Batakan ditetapkan pada Juli 2027 dan Lomba Perahu Hias Takisung pada Agustus.

Kepala Disbudporpar Tanah Laut, Muhammad Iqbal Zaini, mengatakan agenda disusun bersama 28 pokdarwis. “Kami ingin wisatawan datang bukan hanya akhir pekan, tapi karena ada acara yang jelas tanggalnya,” ujarnya.

Kalender juga memuat Pekan Budaya Tuntung Pandang pada Oktober dan Festival Durian Pelaihari pada Januari 2027. (mc-tala/ak)""",
 s1="Tala rilis 15 agenda wisata 2027: Festival Durian Januari, Pantai Batakan Juli, Perahu Hias Takisung Agustus.",
 p="Tala ada 15 event wisata 2027 lur, Festival Pantai Batakan bulan Juli. Siapkan kamera 📷🏖️",
 it="Tala: 15 agenda wisata 2027 (Batakan Juli, Takisung Agustus)",
 tags="#TanahLaut #Pelaihari #WisataTala",
 n=[("village", 40, "Pokdarwis Batakan bersih-bersih pantai tiap Minggu pagi menyambut libur akhir tahun, 60 relawan turun hari ini."),
    ("lastyear", 70, "Festival Pantai Batakan 2026 dulu Agustus, sekarang dimajukan ke Juli. Foto lomba layang dari tahun lalu."),
    ("venue", 20, "Balairung Tuntung Pandang sore ini tempat pengukuhan Forum Anak Tanah Laut, 45 anak dari 11 kecamatan."),
    ("other", 90, "Pantai Takisung ramai long weekend, retribusi naik jadi Rp7.000 per orang mulai Desember kata pengelola.")]),
# ---------- F6 sidak stok pangan jelang Nataru
dict(src="disperindag-kalsel", kab=None, t="2026-11-18 12:50",
 title="Satgas Pangan Kalsel Sidak Gudang Bulog, Stok Beras 26.400 Ton Aman hingga Maret",
 text="""BANJARMASIN – Satgas Pangan Provinsi Kalimantan Selatan melakukan inspeksi mendadak ke Gudang Bulog Kanwil Kalsel di Kuin, Banjarmasin, {D:18/11}. Stok beras tercatat 26.400 ton, cukup untuk kebutuhan hingga Maret 2027.

Kepala Disperindag Kalsel, Ahmad Fitriyadi, mengatakan stok gula 1.200 ton dan minyak goreng 840 ribu liter juga aman menjelang Natal dan Tahun Baru. “Kami pastikan tidak ada penimbunan. Masyarakat tidak perlu panik membeli,” ujarnya.

Sidak berlanjut ke distributor besar di Banjarbaru dan Martapura pekan depan. (disperindag/mn)""",
 s1="Sidak Satgas Pangan di Gudang Bulog Kuin: beras 26.400 t (aman s.d. Maret), gula 1.200 t, migor 840 ribu liter.",
 s2="Jelang Nataru stok pangan Kalsel aman kata Disperindag, habis sidak gudang Bulog Rabu kemarin. Jangan panic buying.",
 p="Baras di gudang Bulog masih 26.400 ton, aman sampai Maret. Kada usah rabut-rabutan manukar 🍚",
 it="Satgas Pangan Kalsel sidak Bulog: beras 26.400 t aman s.d. Maret",
 tags="#StokPangan #Nataru #SatgasPangan",
 n=[("next", 160, "Satgas pangan hari ini di gudang distributor Jalan A. Yani Km 21 Banjarbaru, cek minyak goreng dan terigu. Hasilnya belum diumumkan."),
    ("kabrelease", 120, "Pemkab HSS cek harga di Pasar Kandangan: cabai rawit Rp58 ribu, bawang putih Rp41 ribu per kilo, stok beras aman."),
    ("lastyear", 50, "Desember 2025 stok beras Bulog Kalsel 19.800 ton, tahun ini naik jauh."),
    ("venue", 30, "Di kompleks gudang Bulog Kuin pagi ini ada penyaluran beras SPHP ke 40 pengecer Banjarmasin Utara.")]),
dict(src="pemkab-tapin", kab="tapin", t="2026-11-24 11:35",
 title="Sidak Pasar Rantau Jelang Nataru, Cabai Rawit Tembus Rp62 Ribu per Kilogram",
 text="""RANTAU – Tim pengendalian inflasi daerah Kabupaten Tapin melakukan sidak harga di Pasar Rantau, {D:24/11}. Cabai rawit tercatat Rp62.000 per kilogram, bawang merah Rp38.000 dan telur ayam Rp29.000 per kilogram.

Sekda Tapin, H. Rahmadi Nurdin, mengatakan kenaikan cabai dipicu curah hujan yang merusak panen di Binuang dan Hatungun. “Stok beras dan minyak aman. Cabai yang kita pantau ketat, kalau perlu kita datangkan dari Jawa Timur,” ujarnya.

Tim juga menemukan dua timbangan pedagang yang tidak ditera dan meminta pedagang menera ulang di UPT Metrologi. (diskominfo-tapin/rn)""",
 s1="Sidak Pasar Rantau: rawit Rp62 ribu/kg, bawang merah Rp38 ribu, telur Rp29 ribu. Beras & minyak aman.",
 p="Lombok rawit di Pasar Rantau Rp62 ribu sekilo 🌶️😭 hujan tarus panen di Binuang rusak",
 it="Tapin sidak Pasar Rantau: cabai rawit Rp62.000/kg",
 tags="#Tapin #Rantau #HargaPangan",
 n=[("village", 20, "Harga di warung Desa Hatungun pagi ini: lombok rawit Rp70 ribu, bawang Rp40 ribu. Lebih mahal dari pasar kota."),
    ("next", 210, "Tim inflasi Tapin hari ini di Pasar Binuang, cabai sudah turun ke Rp55 ribu, bawang merah tetap Rp38 ribu."),
    ("other", 70, "HST melaksanakan pasar murah di Barabai, cabai dijual Rp40 ribu per kilo, jatah 2 ons per orang."),
    ("venue", 100, "Pasar Rantau Minggu pagi ada penukaran uang baru pecahan kecil dari BI, antre di depan los ikan.")]),
dict(src="pemkab-balangan", kab="balangan", t="2026-11-27 15:25",
 title="Disperindag Balangan Sidak Tiga Gudang Distributor, Stok Beras 1.120 Ton",
 text="""PARINGIN – Dinas Perdagangan dan Perindustrian Kabupaten Balangan menginspeksi tiga gudang distributor sembako di Paringin dan Batumandi, {D:27/11}. Stok beras di ketiga gudang mencapai 1.120 ton, gula 86 ton dan tepung terigu 42 ton.

Kepala Disperindag Balangan, Hj. Siti Normala, mengatakan stok cukup untuk dua bulan ke depan. “Kami juga cek tanggal kedaluwarsa dan izin gudangnya. Semua lengkap,” ujarnya.

Hasil sidak dilaporkan ke Tim Pengendalian Inflasi Daerah untuk rakor menjelang Natal dan Tahun Baru. (mc-blg/sn)""",
 s1="Disperindag Balangan sidak 3 gudang distributor di Paringin & Batumandi: beras 1.120 t, gula 86 t, terigu 42 t, cukup 2 bulan.",
 p="Gudang sembako di Paringin wan Batumandi dicek, baras 1.120 ton. Aman ai sampai tahun baru 👍",
 it="Balangan sidak 3 gudang: beras 1.120 t cukup dua bulan",
 tags="#Balangan #Paringin #StokAman",
 n=[("village", 40, "Stok beras lumbung pangan Desa Juai tinggal 3 ton, pengurus minta tambahan dari kabupaten sebelum Januari."),
    ("other", 60, "Disperindag HSU sidak toko modern di Amuntai, temukan 12 kaleng susu penyok dan kedaluwarsa."),
    ("venue", 30, "Kantor Disperindag Balangan besok buka layanan tera ulang timbangan gratis untuk pedagang Pasar Paringin.")]),
# ---------- F7 presensi / e-kinerja ASN
dict(src="bkd-kalsel", kab=None, t="2026-11-04 10:30",
 title="Mulai 1 Desember, 9.600 ASN Pemprov Kalsel Wajib Presensi Wajah lewat SiHadir Banua",
 text="""BANJARBARU – Badan Kepegawaian Daerah Provinsi Kalimantan Selatan memberlakukan presensi pengenalan wajah melalui aplikasi SiHadir Banua mulai 1 Desember 2026. Kebijakan itu berlaku bagi 9.600 ASN di lingkungan Pemprov Kalsel dan disosialisasikan di Banjarbaru, {D:4/11}.

Kepala BKD Kalsel, Drs. Jumadi Rachman, mengatakan uji coba berlangsung 16–30 November di 12 SKPD. “Presensi sidik jari sering dititip. Dengan wajah dan lokasi, tidak bisa lagi,” katanya.

Data presensi akan menjadi dasar perhitungan Tambahan Penghasilan Pegawai (TPP) mulai Januari 2027. (bkd-kalsel/nd)""",
 s1="BKD Kalsel: 9.600 ASN Pemprov wajib presensi wajah SiHadir Banua mulai 1/12. Uji coba 16–30/11, jadi dasar TPP 2027.",
 s2="Uji coba SiHadir Banua mulai hari ini di 12 SKPD provinsi, wajib penuh 1 Desember. Jangan lupa update aplikasinya.",
 p="ASN provinsi kada kawa lagi titip absen 😂 mulai 1 Des absen pakai muha lewat SiHadir Banua",
 it="BKD Kalsel: presensi wajah SiHadir Banua wajib 1/12 bagi 9.600 ASN",
 tags="#ASNKalsel #SiHadirBanua #BKD",
 n=[("kabrelease", 60, "Pemkab Banjar juga terapkan absen wajah untuk 5.800 ASN, tapi baru Februari 2027 pakai aplikasi Bauntung Hadir."),
    ("next", 640, "Hari pertama wajib SiHadir Banua, antre foto wajah di lobi kantor gubernur karena sinyal lemot. Ada yang sama?"),
    ("lastyear", 40, "Dulu 2024 BKD sempat uji coba absen pakai GPS saja, tapi banyak pakai fake GPS. Semoga versi wajah ini lebih baik."),
    ("other", 90, "BKN membuka pemutakhiran data mandiri ASN lewat MyASN sampai 31 Desember, wajib bagi semua PNS dan PPPK.")]),
dict(src="pemkab-balangan", kab="balangan", t="2026-11-11 14:15",
 title="E-Kinerja Belum Diunggah hingga 10 Desember, TPP ASN Balangan Dipotong",
 text="""PARINGIN – Pemerintah Kabupaten Balangan akan memotong Tambahan Penghasilan Pegawai (TPP) bulan Desember bagi ASN yang belum mengunggah laporan e-kinerja tahunan hingga 10 Desember 2026. Ketentuan itu disampaikan dalam rapat pimpinan di Aula Benteng Tundakan, {D:11/11}.

Sekda Balangan, H. Yusran Fadillah, menyebut baru 2.310 dari 3.940 ASN yang melengkapi laporan. “Pemotongan 25 persen bukan hukuman, tapi dorongan agar kinerja tercatat,” katanya.

BKPSDM membuka klinik e-kinerja setiap Selasa dan Kamis di lantai dua kantor BKPSDM untuk ASN yang kesulitan. (diskominfo-blg/ym)""",
 s1="ASN Balangan yang belum unggah e-kinerja sampai 10/12, TPP Desember dipotong 25 %. Baru 2.310 dari 3.940 ASN yang lengkap.",
 s2="Klinik e-kinerja BKPSDM Balangan buka Selasa & Kamis. Batas unggah 10 Desember atau TPP dipotong.",
 p="Lakasi unggah e-kinerja pian, amun lambat TPP Desember dipotong 25 persen kata Sekda Balangan 😬",
 it="Balangan: TPP dipotong 25 % bila e-kinerja belum diunggah 10/12",
 tags="#Balangan #ASN #eKinerja",
 n=[("village", 50, "Perangkat Desa Halong juga diminta isi laporan kinerja bulanan lewat aplikasi desa, kata pendamping. Beda dengan ASN."),
    ("venue", 30, "Aula Benteng Tundakan siang ini dipakai pelatihan juru sembelih halal, 40 peserta dari 8 kecamatan."),
    ("other", 100, "Tabalong membayar TPP ASN bulan November lebih cepat, cair 25 November untuk 4.200 pegawai.")]),
dict(src="pemkab-hsu", kab="hsu", t="2026-11-13 10:20",
 title="Sidak Apel Pagi di 27 SKPD, 41 ASN HSU Tidak Hadir Tanpa Keterangan",
 text="""AMUNTAI – Tim gabungan Inspektorat dan BKPSDM Kabupaten Hulu Sungai Utara menyidak kehadiran ASN saat apel pagi di 27 SKPD, {D:13/11}. Hasilnya, 41 ASN tidak hadir tanpa keterangan dan 63 terlambat lebih dari 30 menit.

Asisten Administrasi Umum Setda HSU, H. Gusti Ramlan, mengatakan sidak rutin akan digelar acak hingga akhir Desember. “Akhir tahun biasanya banyak yang merasa pekerjaan sudah selesai. Pelayanan tetap jalan,” tegasnya.

ASN yang tiga kali tidak hadir tanpa keterangan akan dipanggil dan dijatuhi hukuman disiplin sesuai PP 94 Tahun 2021. (diskominfo-hsu/gr)""",
 s1="Sidak apel pagi di 27 SKPD HSU: 41 ASN bolos tanpa keterangan, 63 terlambat > 30 menit. Sidak acak sampai akhir Desember.",
 p="Kena sidak pagi-pagi, 41 ASN HSU kada hadir tanpa keterangan 😳 sidak acak sampai akhir tahun",
 it="HSU: sidak apel pagi 27 SKPD, 41 ASN tanpa keterangan",
 tags="#HSU #DisiplinASN",
 n=[("next", 150, "Sidak lagi pagi ini di Dinas PUPR dan RSUD Pambalah Batung, tim Inspektorat datang pukul 07.30. Hasil belum dibuka."),
    ("other", 60, "Kemenag HSU sidak madrasah di Sungai Tabukan, dua guru honorer ditemukan tidak mengajar di jam pelajaran."),
    ("lastyear", 90, "Desember 2025 sidak serupa di HSU menemukan 58 ASN tidak hadir, tahun ini turun jadi 41."),
    ("village", 30, "Kantor Desa Babirik mulai absen sidik jari untuk perangkat desa minggu ini, alat dari dana desa.")]),
# ---------- F8 APBDes 2027 / dana desa
dict(src="pemkab-tapin", kab="tapin", t="2026-11-06 09:15",
 title="126 Desa di Tapin Ikuti Bimtek Penyusunan APBDes 2027 lewat Siskeudes",
 text="""RANTAU – Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Tapin menggelar bimbingan teknis penyusunan APBDes 2027 bagi sekretaris dan operator dari 126 desa di Aula Bappelitbang Tapin, Rantau, {D:6/11}.

Kepala DPMD Tapin, H. Noor Ifansyah, meminta desa memasukkan ketahanan pangan minimal 20 persen dan penanganan stunting dalam APBDes. “Rancangan Perdes APBDes harus masuk ke camat paling lambat 15 Desember,” ujarnya.

Bimtek berlangsung tiga hari dalam tiga gelombang per kecamatan dan diakhiri uji coba input Siskeudes versi terbaru. (diskominfo-tapin/ik)""",
 s1="Sekdes & operator 126 desa di Tapin dibimtek APBDes 2027 via Siskeudes. Raperdes APBDes ke camat paling lambat 15/12.",
 s2="Ketahanan pangan minimal 20 % di APBDes 2027, pesan DPMD Tapin saat bimtek di Aula Bappelitbang.",
 p="Sekdes wan operator desa se-Tapin baajar Siskeudes gasan APBDes 2027, 126 desa. Semangat bagawi 💻",
 it="Tapin: bimtek APBDes 2027 untuk 126 desa, raperdes ke camat 15/12",
 tags="#Tapin #APBDes2027 #Siskeudes",
 n=[("village", 60, "Musdes RKPDes 2027 Desa Hatungun sore ini, usulan terbanyak perbaikan jalan usaha tani dan lampu jalan."),
    ("other", 120, "Bimtek BUMDes se-Tapin di Binuang: 42 direktur BUMDes belajar laporan keuangan sederhana."),
    ("venue", 30, "Aula Bappelitbang Tapin besok tempat konsultasi publik RPJMD, perwakilan ormas diundang."),
    ("lastyear", 80, "November tahun lalu bimtek APBDes 2026 Tapin cuma dua hari, banyak operator belum paham menu baru Siskeudes.")],
 b=(-40, "Operator desa se-Tapin disuruh bawa laptop Jumat besok ke Rantau, bimtek APBDes 2027 katanya. Ada yang berangkat bareng?")),
dict(src="pemkab-tanah-laut", kab="tala", t="2026-11-13 13:40",
 title="Pagu Indikatif Dana Desa 2027 Tanah Laut Rp148 Miliar untuk 130 Desa",
 text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut mengumumkan pagu indikatif dana desa 2027 sebesar Rp148 miliar untuk 130 desa. Pengumuman disampaikan dalam rakor kepala desa di Balairung Tuntung Pandang, Pelaihari, {D:13/11}.

Sekda Tanah Laut, H. Dahnial Kifli Amran, mengatakan rata-rata desa menerima Rp1,14 miliar, dengan tambahan bagi desa berstatus tertinggal. “Musdes RKPDes harus selesai 30 November agar APBDes tepat waktu,” ujarnya.

Rincian pagu per desa sudah dikirim ke 11 kecamatan dan dapat dilihat di papan informasi kantor camat. (mc-tala/dk)""",
 s1="Pagu indikatif dana desa 2027 Tala Rp148 M untuk 130 desa (rata-rata Rp1,14 M). Musdes RKPDes selesai 30/11.",
 p="Dana desa Tala 2027 total Rp148 miliar, rata-rata sadesa Rp1,14 M. Musdes lakasi tuntung sebelum 30 Nov yo 📋",
 it="Tala: pagu dana desa 2027 Rp148 M untuk 130 desa",
 tags="#TanahLaut #DanaDesa2027",
 n=[("village", 90, "Pagu dana desa Batakan 2027 Rp1,21 miliar, sudah ditempel di papan informasi kantor desa. Silakan dicek warga."),
    ("next", 300, "Musdes RKPDes Desa Angsau malam ini disepakati 14 kegiatan, terbesar rehab posyandu Rp180 juta."),
    ("kabrelease", 60, "Pemkab Banjar: pagu dana desa 2027 untuk 277 desa Rp296 miliar, disampaikan di Martapura."),
    ("lastyear", 30, "Dana desa Tala 2026 dulu Rp141 miliar. Naik tujuh miliar tahun depan.")]),
dict(src="pemkab-kotabaru", kab="kotabaru", t="2026-11-20 16:05",
 title="Baru 52 dari 198 Desa di Kotabaru Serahkan Raperdes APBDes 2027",
 text="""KOTABARU – Baru 52 dari 198 desa di Kabupaten Kotabaru yang menyerahkan Rancangan Peraturan Desa tentang APBDes 2027 kepada camat untuk dievaluasi. Data itu disampaikan DPMD Kotabaru di Kotabaru, {D:20/11}.

Kepala DPMD Kotabaru, Ahmad Rifani Zain, meminta camat mempercepat evaluasi agar penetapan APBDes selesai 31 Desember. “Desa kepulauan seperti Pulau Sebuku dan Pulau Laut Kepulauan kami dampingi langsung karena sinyal terbatas,” ujarnya.

Desa yang terlambat menetapkan APBDes berisiko mengalami penundaan penyaluran dana desa tahap pertama 2027. (kominfo-ktb/ar)""",
 s1="Baru 52 dari 198 desa di Kotabaru serahkan raperdes APBDes 2027. Batas penetapan 31 Desember, telat bisa tunda dana desa tahap I.",
 p="Desa-desa di Kotabaru, lakasi serahkan raperdes APBDes ka camat. Hanyar 52 matan 198 🙏",
 it="Kotabaru: baru 52 dari 198 desa serahkan raperdes APBDes 2027",
 tags="#Kotabaru #APBDes",
 n=[("village", 30, "Raperdes APBDes 2027 Desa Sungai Bali sudah kami antar ke kantor camat Pulau Sebuku pagi ini naik kelotok."),
    ("other", 80, "Kotabaru menyalurkan dana desa tahap III 2026 ke 198 desa, total Rp61 miliar, cair pekan lalu."),
    ("lastyear", 50, "Tahun lalu Kotabaru baru selesai evaluasi APBDes Februari, banyak desa telat terima dana desa.")]),
# ---------- F9 Hari Pahlawan
dict(src="pemprov-kalsel", kab=None, t="2026-11-10 12:30",
 title="Peringati Hari Pahlawan, Pemprov Kalsel Ziarah ke TMP Bumi Kencana",
 text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan memperingati Hari Pahlawan dengan upacara di halaman Kantor Gubernur, Banjarbaru, {D:10/11}, diikuti 1.200 peserta dari ASN, TNI/Polri, pelajar dan veteran. Usai upacara, rombongan berziarah dan tabur bunga di Taman Makam Pahlawan Bumi Kencana.

Asisten Pemerintahan Setdaprov Kalsel, H. Syarifuddin Aini, yang bertindak sebagai inspektur upacara, mengajak generasi muda meneladani pejuang Banua. “Pahlawan hari ini adalah yang jujur bekerja dan menolong sesama,” ujarnya.

Peringatan ditutup dengan penyerahan tali asih kepada 25 veteran. (mc-kalsel/sy)""",
 s1="Upacara Hari Pahlawan Pemprov Kalsel (1.200 peserta), ziarah ke TMP Bumi Kencana, tali asih untuk 25 veteran.",
 p="Hari Pahlawan, Pemprov Kalsel upacara wan ziarah ka TMP Bumi Kencana. 25 veteran dapat tali asih 🇮🇩",
 it="Pemprov Kalsel: upacara Hari Pahlawan dan ziarah TMP Bumi Kencana",
 tags="#HariPahlawan2026 #Kalsel",
 n=[("venue", 48, "TMP Bumi Kencana dibersihkan pelajar SMAN 2 Banjarbaru hari ini, kegiatan Pramuka Saka Wanabakti."),
    ("other", 20, "Upacara Hari Pahlawan di halaman Balai Kota Banjarmasin dipimpin Wali Kota, peserta 600 orang."),
    ("lastyear", 70, "Foto Hari Pahlawan 2025 di TMP Bumi Kencana, hujan deras tapi upacara tetap jalan.")],
 b=(-22, "Besok Hari Pahlawan, jalan depan kantor gubernur dipakai upacara pagi. Pengendara mohon cari jalan lain.")),
dict(src="pemkab-batola", kab="batola", t="2026-11-10 15:10",
 title="Tabur Bunga di Sungai Barito, Batola Kenang Pejuang dengan 45 Kelotok",
 text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala memperingati Hari Pahlawan dengan tabur bunga di Sungai Barito, {D:10/11}. Sebanyak 45 kelotok membawa ASN, pelajar dan veteran dari Dermaga Marabahan menuju titik pertempuran laut masa revolusi.

Bupati Barito Kuala, H. Rusdiansyah Mahdi, mengatakan tabur bunga di sungai menjadi tradisi Batola sejak 2019. “Sungai ini saksi perjuangan. Anak-anak kita harus tahu ceritanya,” ujarnya.

Kegiatan dilanjutkan dengan ziarah ke makam pejuang di Desa Ulu Benteng dan penyerahan bantuan kepada 12 keluarga veteran. (diskominfo-batola/rm)""",
 s1="Batola tabur bunga di Sungai Barito dengan 45 kelotok dari Dermaga Marabahan, ziarah makam pejuang Ulu Benteng, bantuan 12 keluarga veteran.",
 p="45 kelotok turun ka Sungai Barito gasan tabur kembang Hari Pahlawan. Merinding lihatnya 🇮🇩🛶",
 it="Batola: tabur bunga Hari Pahlawan di Sungai Barito, 45 kelotok",
 tags="#Batola #Marabahan #HariPahlawan",
 n=[("venue", 30, "Dermaga Marabahan sore ini dipakai latihan lomba jukung untuk HUT Batola Januari. Jangan parkir di tangga dermaga."),
    ("village", 60, "Murid SDN Ulu Benteng bersihkan makam pejuang di belakang langgar, lanjutan kegiatan Hari Pahlawan sekolah."),
    ("lastyear", 80, "Tabur bunga Sungai Barito 2025 cuma 30 kelotok karena air surut. Ini fotonya.")]),
dict(src="pemkab-hst", kab="hst", t="2026-11-11 13:50",
 title="Pemkab HST Santuni 38 Veteran dan Janda Veteran di Momentum Hari Pahlawan",
 text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah menyerahkan santunan kepada 38 veteran dan janda veteran dalam rangka Hari Pahlawan di Pendopo Bupati HST, Barabai, {D:11/11}. Setiap penerima memperoleh Rp1,5 juta dan paket sembako.

Bupati HST, H. Aulia Nurrahman, mengatakan data veteran diperbarui bersama LVRI setiap tahun. “Jumlah mereka terus berkurang. Kewajiban kita memastikan mereka tidak kekurangan di usia senja,” ujarnya.

Dinas Sosial HST juga akan mengunjungi enam veteran yang sakit di Batang Alai Utara dan Hantakan pekan depan. (mc-hst/an)""",
 s1="38 veteran & janda veteran HST terima santunan Rp1,5 juta + sembako di Pendopo Barabai; 6 yang sakit dikunjungi pekan depan.",
 p="Kakek nini veteran di HST dapat santunan Rp1,5 juta. Mudahan sehat tarus pahlawan kami 🙏",
 it="HST: santunan Rp1,5 juta untuk 38 veteran dan janda veteran",
 tags="#HST #Barabai #Veteran",
 n=[("next", 150, "Dinsos HST datang ke rumah kai Samsuri (veteran, 91 th) di Hantakan hari ini, bawa kursi roda dan sembako."),
    ("other", 40, "LVRI HSS mengadakan sarasehan veteran di Kandangan, 22 veteran hadir."),
    ("venue", 20, "Pendopo Bupati HST malam ini ada maulid dan doa bersama HUT PGRI.")]),
# ---------- F10 pompanisasi MT Okmar
dict(src="distanbun-kalsel", kab=None, t="2026-11-03 11:00",
 title="Distanbun Kalsel Salurkan 420 Pompa Air untuk Musim Tanam Okmar 2026/2027",
 text="""BANJARBARU – Dinas Tanaman Pangan dan Hortikultura Provinsi Kalimantan Selatan menyalurkan 420 unit pompa air kepada kelompok tani di sembilan kabupaten untuk musim tanam Oktober–Maret (Okmar) 2026/2027. Penyerahan simbolis dilakukan di halaman kantor Distanbun, Banjarbaru, {D:3/11}.

Kepala Distanbun Kalsel, Ir. Syamsir Rahman, mengatakan target luas tanam Okmar 218.000 hektare. “Pompa ini untuk sawah tadah hujan yang airnya belum stabil di awal musim,” ujarnya.

Pompa berkapasitas 4 dan 6 inci itu akan dicatat penyuluh agar penggunaannya bisa diaudit setiap bulan. (distanbun/sr)""",
 s1="420 pompa air untuk poktan di 9 kabupaten, musim tanam Okmar 2026/2027, target tanam 218.000 ha.",
 p="Pompa banyu 420 buting dibagikan Distanbun gasan patani 9 kabupaten. Target tanam 218 ribu hektar 🌾",
 it="Distanbun Kalsel: 420 pompa air untuk MT Okmar, target 218.000 ha",
 tags="#Pompanisasi #PetaniKalsel #Okmar",
 n=[("kabrelease", 80, "Distan HSU menyerahkan 25 pompa air dari APBD kabupaten untuk poktan di Babirik dan Sungai Pandan."),
    ("village", 50, "Poktan Tunas Harapan di Karang Bunga patungan beli pompa 6 inci sendiri, Rp8,5 juta."),
    ("lastyear", 30, "Tahun lalu bantuan pompa provinsi 300 unit, banyak yang rusak karena tidak ada bengkel.")]),
dict(src="pemkab-batola", kab="batola", t="2026-11-12 09:55",
 title="Batola Bagikan 64 Pompa Air ke 32 Poktan Mandastana dan Belawang",
 text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala membagikan 64 pompa air kepada 32 kelompok tani di Kecamatan Mandastana dan Belawang, {D:12/11}. Penyerahan berlangsung di Balai Penyuluhan Pertanian Mandastana, Desa Karang Bunga.

Kepala Dinas Pertanian Batola, Hj. Rahmawati Sulaiman, menyebut pompa membantu 1.900 hektare sawah rawa pasang surut. “Setiap poktan dapat dua unit, yang menjaga penyuluh dan ketua poktan,” katanya.

Setelah pompa terpasang, tanam serentak di dua kecamatan dijadwalkan pada 25 November. (diskominfo-batola/rs)""",
 s1="64 pompa untuk 32 poktan Mandastana & Belawang (1.900 ha). Tanam serentak 25 November.",
 s2="Besok tanam serentak di Mandastana & Belawang, habis pompa dibagikan di BPP Karang Bunga.",
 p="Poktan di Mandastana wan Belawang dapat pompa 2 buting saikung kelompok. Tanggal 25 tanam serentak 🌾💦",
 it="Batola: 64 pompa untuk 32 poktan, tanam serentak 25/11",
 tags="#Batola #Mandastana #Belawang",
 n=[("next", 315, "Tanam serentak Mandastana pagi ini, 640 ha ditanami dalam satu hari, Bupati ikut turun ke sawah."),
    ("venue", 40, "BPP Mandastana hari ini ada sekolah lapang pengendalian hama tikus, 30 petani hadir."),
    ("other", 100, "Poktan di Tabunganen dapat bantuan 12 hand traktor dari aspirasi DPRD, bukan pompa.")]),
dict(src="pemkab-hss", kab="hss", t="2026-11-19 14:35",
 title="38 Pompa Air Diserahkan untuk Sawah Daha Utara, Daha Selatan Menyusul Desember",
 text="""KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan menyerahkan 38 pompa air untuk 19 kelompok tani di Kecamatan Daha Utara, {D:19/11}. Pompa dipakai mengairi 760 hektare sawah yang bergantung pada air rawa.

Wakil Bupati HSS, H. Fahrurrazi Sabri, meminta pompa dirawat bersama. “Jangan sampai pompa disimpan di rumah ketua saja. Ini milik kelompok,” pesannya.

Penyaluran tahap berikutnya sebanyak 30 unit untuk Daha Selatan dijadwalkan pertengahan Desember setelah verifikasi calon penerima selesai. (prokom-hss/fs)""",
 s1="HSS serahkan 38 pompa untuk 19 poktan Daha Utara (760 ha). Daha Selatan 30 unit menyusul pertengahan Desember.",
 p="Patani Daha Utara dapat pompa 38 buting, jangan disimpan di rumah ketua haja kata Wabup 😄",
 it="HSS: 38 pompa untuk Daha Utara, Daha Selatan menyusul",
 tags="#HSS #DahaUtara",
 n=[("next", 200, "Verifikasi calon penerima pompa di Daha Selatan berjalan, penyuluh datang ke Desa Bajayau hari ini."),
    ("village", 60, "Pompa desa kami di Angkinang rusak sejak Oktober, menunggu bantuan perbaikan dari dinas."),
    ("other", 90, "Tapin menyerahkan 20 pompa dari APBD kabupaten ke poktan Candi Laras Selatan, diserahkan di kantor camat.")]),
# ---------- F11 pengolahan ikan / Poklahsar
dict(src="dkp-kalsel", kab=None, t="2026-11-06 15:00",
 title="DKP Kalsel Serahkan 40 Paket Alat Pengolahan Ikan untuk Poklahsar di Enam Kabupaten",
 text="""BANJARBARU – Dinas Kelautan dan Perikanan Provinsi Kalimantan Selatan menyerahkan 40 paket alat pengolahan ikan kepada kelompok pengolah dan pemasar (Poklahsar) di enam kabupaten, {D:6/11}. Paket berisi mesin vacuum frying, freezer, mesin pres kemasan dan timbangan digital.

Kepala DKP Kalsel, Ir. Muhammad Fahmi Arsyad, berharap produk seperti kerupuk haruan, abon patin dan ikan asin papuyu bisa naik kelas. “Kemasan bagus, harga naik. Ibu-ibu Poklahsar kita sudah pintar olah, tinggal alatnya,” katanya.

Penerima berasal dari Kotabaru, Tanah Bumbu, HSU, Batola, Banjar dan Tanah Laut. (dkp-kalsel/ma)""",
 s1="40 paket alat olah ikan (vacuum frying, freezer, pres kemasan) dari DKP Kalsel untuk Poklahsar di 6 kabupaten.",
 p="Ibu-ibu pengolah iwak dapat mesin vacuum frying wan freezer, 40 paket. Kerupuk haruan kita naik kelas 🐟",
 it="DKP Kalsel: 40 paket alat pengolahan untuk Poklahsar 6 kabupaten",
 tags="#DKPKalsel #Poklahsar #OlahanIkan",
 n=[("village", 50, "Ibu-ibu Desa Danau Panggang jualan ikan asin papuyu di pinggir jalan, Rp120 ribu per kilo."),
    ("other", 80, "Disperindag Kalsel memberi pelatihan kemasan untuk 60 UMKM keripik pisang di Banjarbaru."),
    ("lastyear", 30, "Tahun lalu DKP juga bagi alat, tapi hanya 20 paket untuk 3 kabupaten.")]),
dict(src="pemkab-kotabaru", kab="kotabaru", t="2026-11-18 13:20",
 title="30 Ibu Rumah Tangga Sebelimbingan Dilatih Membuat Abon dan Kerupuk Ikan",
 text="""KOTABARU – Dinas Perikanan Kabupaten Kotabaru melatih 30 ibu rumah tangga dari Kelurahan Sebelimbingan membuat abon tongkol dan kerupuk ikan tenggiri, {D:18/11}. Pelatihan dua hari digelar di Balai Benih Ikan Sebelimbingan.

Kepala Dinas Perikanan Kotabaru, Hj. Rina Marlinda, mengatakan hasil tangkapan nelayan sering dijual murah saat musim ikan. “Kalau diolah, satu kilo tongkol bisa jadi tiga kali lipat harganya,” ujarnya.

Peserta akan didampingi mengurus izin PIRT pada Desember agar produknya bisa masuk toko oleh-oleh di Kotabaru. (kominfo-ktb/rm)""",
 s1="30 IRT Sebelimbingan dilatih bikin abon tongkol & kerupuk tenggiri di BBI Sebelimbingan, Desember dibantu urus PIRT.",
 p="Mama-mama Sebelimbingan baajar maulah abon tongkol wan kerupuk tenggiri. Kaina dijual di toko oleh-oleh 🐟",
 it="Kotabaru: 30 IRT Sebelimbingan dilatih abon dan kerupuk ikan",
 tags="#Kotabaru #Sebelimbingan",
 n=[("next", 330, "Pendampingan PIRT untuk kelompok abon Sebelimbingan hari ini di Dinkes, 12 produk didaftarkan."),
    ("venue", 30, "Balai Benih Ikan Sebelimbingan menebar 20 ribu benih nila ke kolam pembesaran pagi ini."),
    ("village", 70, "Kelompok ibu nelayan Sigam sudah tiga tahun bikin kerupuk amplang sendiri, sekarang 40 kg seminggu.")]),
dict(src="pemkab-tanbu", kab="tanbu", t="2026-11-23 10:40",
 title="Gerai Olahan Ikan Dibuka di Pantai Pagatan, 16 Kelompok Isi Lapak Setiap Sabtu",
 text="""PAGATAN – Dinas Perikanan Kabupaten Tanah Bumbu membuka Gerai Olahan Ikan di kawasan Pantai Pagatan, Kecamatan Kusan Hilir, {D:23/11}. Sebanyak 16 Poklahsar mengisi lapak dengan terasi, ikan asin, kerupuk dan amplang.

Sekda Tanah Bumbu, H. Ambo Sakka Ridwan, berharap gerai menjadi tujuan oleh-oleh wisatawan. “Setiap Sabtu ada pasar olahan ikan. Harga dari tangan pertama, tanpa tengkulak,” ujarnya.

Gerai juga melayani pesanan daring, dan pada Januari akan dilengkapi pendingin untuk ikan segar. (kominfo-tanbu/ar)""",
 s1="Gerai olahan ikan Pantai Pagatan dibuka: 16 Poklahsar jual terasi, ikan asin, kerupuk, amplang. Pasar tiap Sabtu.",
 s2="Sabtu ini pertama kali pasar olahan ikan di gerai Pantai Pagatan, 16 kelompok buka lapak.",
 p="Amun ka Pagatan singgah di gerai olahan iwak, ada terasi wan amplang, harga tangan pertama 😋",
 it="Tanbu: Gerai Olahan Ikan Pantai Pagatan, 16 Poklahsar, tiap Sabtu",
 tags="#TanahBumbu #Pagatan #Amplang",
 n=[("next", 125, "Sabtu pertama pasar olahan ikan di Pagatan, ramai sampai siang, terasi habis jam 10."),
    ("venue", 50, "Pantai Pagatan Minggu besok ada lomba perahu hias nelayan untuk syukuran laut."),
    ("other", 80, "Kotabaru juga membuka sentra oleh-oleh di Siring Laut, 20 UMKM.")]),
# ---------- F12 Haul Sekumpul
dict(src="pemkab-banjar", kab="banjar", t="2026-11-25 13:15",
 title="Rakor Persiapan Haul Sekumpul, Kabupaten Banjar Siapkan 3.200 Relawan dan 120 Posko",
 text="""MARTAPURA – Pemerintah Kabupaten Banjar menggelar rapat koordinasi persiapan Haul ke-22 di Sekumpul, Martapura, di Mahligai Sultan Adam, {D:25/11}. Puncak haul diperkirakan jatuh pada Selasa, 15 Desember 2026.

Sekda Banjar, H. Mokhamad Hilman Nurdin, mengatakan 3.200 relawan, 120 posko kesehatan dan konsumsi serta 36 kantong parkir disiapkan. “Jemaah dari luar daerah diperkirakan lebih dari satu juta. Semua titik harus punya penanggung jawab,” ujarnya.

Pemkab juga menyiapkan 18 ambulans dan meminta warga sekitar Sekumpul membuka halaman rumah untuk parkir dan istirahat jemaah. (mc-banjar/mh)""",
 s1="Rakor Haul ke-22 Sekumpul: 3.200 relawan, 120 posko, 36 kantong parkir, 18 ambulans. Puncak diperkirakan 15 Desember.",
 s2="Warga sekitar Sekumpul diminta buka halaman untuk parkir & istirahat jemaah haul, hasil rakor Pemkab Banjar.",
 p="Haul Sekumpul kaina, relawan 3.200 ikung, posko 120. Bubuhan Martapura siap menyambut jamaah 🤲",
 it="Kab. Banjar rakor Haul Sekumpul: 3.200 relawan, 120 posko",
 tags="#HaulSekumpul #Martapura",
 n=[("lastyear", 40, "Haul tahun lalu, kantong parkir 30 titik penuh sejak H-1. Tahun ini ditambah katanya."),
    ("village", 60, "Warga RT 5 Kiram siapkan dapur umum nasi bungkus untuk jemaah haul, 2.000 bungkus per hari."),
    ("other", 90, "Haul Guru di Dalam Pagar dilaksanakan Sabtu, jemaah sekitar 15 ribu.")],
 b=(-50, "Katanya rabu besok rakor haul di Martapura. Relawan posko tahun lalu diminta daftar ulang.")),
dict(src="dishub-kalsel", kab=None, t="2026-11-27 11:45",
 title="Dishub Kalsel Siapkan 60 Bus Shuttle dan Rekayasa Lalu Lintas untuk Haul Sekumpul",
 text="""BANJARBARU – Dinas Perhubungan Provinsi Kalimantan Selatan menyiapkan 60 bus shuttle gratis dan rekayasa lalu lintas untuk jemaah Haul ke-22 Sekumpul. Rencana itu dipaparkan dalam rapat teknis di Kantor Dishub Kalsel, Banjarbaru, {D:27/11}.

Kepala Dishub Kalsel, Fitri Hernadi Wibowo, mengatakan bus melayani rute dari enam kantong parkir besar menuju Sekumpul. “Kendaraan pribadi tidak bisa masuk radius dua kilometer mulai H-1,” ujarnya.

Jalan A. Yani Km 36–41 akan diberlakukan satu arah secara situasional, dan truk angkutan barang dilarang melintas 14–16 Desember. (dishub-kalsel/fh)""",
 s1="Haul Sekumpul: Dishub Kalsel siapkan 60 bus shuttle gratis dari 6 kantong parkir, A. Yani Km 36–41 satu arah, truk dilarang 14–16/12.",
 p="Ka haul naik bus shuttle gratis haja, 60 buting. Mobil pribadi kada kawa masuk radius 2 km 🚌",
 it="Dishub Kalsel: 60 bus shuttle haul, truk dilarang 14–16/12",
 tags="#HaulSekumpul #Dishub",
 n=[("kabrelease", 60, "Dishub HSS siapkan 8 bus gratis dari Terminal Kandangan untuk jemaah haul, berangkat H-1 pukul 20.00."),
    ("venue", 30, "Kantor Dishub Kalsel buka layanan uji KIR gratis untuk angkot tanggal 1–3 Desember."),
    ("lastyear", 90, "Tahun lalu bus shuttle haul 45 unit, antre sampai subuh.")]),
dict(src="pemkot-banjarbaru", kab="bjb", t="2026-11-28 10:30",
 title="Banjarbaru Siapkan 45 Posko dan 14 Kantong Parkir Jemaah Haul di Sepanjang A. Yani",
 text="""BANJARBARU – Pemerintah Kota Banjarbaru menyiapkan 45 posko pelayanan dan 14 kantong parkir bagi jemaah Haul ke-22 Sekumpul di sepanjang Jalan A. Yani wilayah Banjarbaru. Persiapan dibahas di Balai Kota Banjarbaru, {D:28/11}.

Wali Kota Banjarbaru, H. Rizal Effendi Noor, mengatakan Stadion Mini dan Lapangan Murjani menjadi kantong parkir terbesar. “Jemaah dari arah Banua Enam bisa istirahat di Banjarbaru sebelum naik shuttle,” ujarnya.

Kelurahan diminta mendata rumah warga yang bersedia menjadi tempat singgah jemaah sampai 10 Desember. (humas-bjb/re)""",
 s1="Banjarbaru siapkan 45 posko & 14 kantong parkir jemaah haul di A. Yani; terbesar Stadion Mini & Lapangan Murjani.",
 p="Banjarbaru siap 45 posko wan 14 parkiran gasan jamaah haul. Rumah pian handak jadi tampat singgah? daftar ka kelurahan 🏠",
 it="Banjarbaru: 45 posko, 14 kantong parkir jemaah haul",
 tags="#Banjarbaru #HaulSekumpul",
 n=[("village", 40, "Kelurahan Loktabat Utara mendata rumah singgah jemaah, sudah 38 rumah mendaftar."),
    ("venue", 20, "Lapangan Murjani Minggu pagi ada lomba mewarnai TK se-Banjarbaru."),
    ("other", 70, "Pemkab Tapin menyiapkan posko di Rantau untuk jemaah haul dari Banua Enam.")]),
# ---------- F13 leptospirosis musim hujan
dict(src="dinkes-kalsel", kab=None, t="2026-11-16 14:25",
 title="Dinkes Kalsel Minta Warga Waspada Leptospirosis, 41 Kasus dan 4 Kematian Sepanjang 2026",
 text="""BANJARBARU – Dinas Kesehatan Provinsi Kalimantan Selatan mengeluarkan surat edaran kewaspadaan leptospirosis menjelang puncak musim hujan, {D:16/11}. Sepanjang 2026 tercatat 41 kasus leptospirosis dengan empat kematian di tujuh kabupaten/kota.

Kepala Dinkes Kalsel, dr. Hj. Nurul Aini Fadhillah, mengatakan penyakit yang ditularkan lewat kencing tikus itu meningkat setelah banjir. “Kalau habis kena air banjir lalu demam tinggi dan betis nyeri, segera ke puskesmas. Jangan tunggu,” ujarnya.

Puskesmas diminta menyiapkan tes cepat leptospirosis dan warga dianjurkan memakai sepatu bot saat membersihkan rumah pascabanjir. (dinkes-kalsel/na)""",
 s1="Waspada leptospirosis: 41 kasus, 4 meninggal di Kalsel tahun ini. Demam tinggi + betis nyeri setelah kena banjir, segera ke puskesmas.",
 s2="Dinkes Kalsel minta puskesmas siapkan tes cepat leptospirosis. Pakai sepatu bot waktu bersih-bersih habis banjir.",
 p="Hati-hati kancing tikus pas banjir lur 🐀 Kalsel sudah 41 kasus lepto, 4 maninggal. Amun demam wan batis nyeri lakasi ka puskesmas",
 it="Dinkes Kalsel: waspada leptospirosis, 41 kasus dan 4 kematian 2026",
 tags="#Leptospirosis #DinkesKalsel #MusimHujan",
 n=[("lastyear", 50, "Tahun 2025 leptospirosis di Kalsel 29 kasus, paling banyak di Banjarmasin setelah banjir Januari."),
    ("other", 90, "Dinkes Kalsel juga mengingatkan DBD naik di awal musim hujan, 3M plus tiap Jumat."),
    ("village", 120, "Petugas puskesmas datang ke rumah warga RT 4 yang demam tinggi setelah banjir, dicek darahnya, hasilnya DBD bukan lepto.")]),
dict(src="pemkot-banjarmasin", kab="bjm", t="2026-11-20 15:35",
 title="Cegah Leptospirosis, Dinkes Banjarmasin Bagikan 2.000 Sepatu Bot untuk Petugas Kebersihan",
 text="""BANJARMASIN – Dinas Kesehatan Kota Banjarmasin membagikan 2.000 pasang sepatu bot dan sarung tangan karet kepada petugas kebersihan dan pasukan biru sungai di Balai Kota Banjarmasin, {D:20/11}.

Kepala Dinkes Banjarmasin, dr. Rudiansyah Hakim, menyebut enam dari 41 kasus leptospirosis di Kalsel tahun ini berasal dari Banjarmasin, kebanyakan petugas lapangan. “Mereka yang paling sering bersentuhan dengan air kotor dan sampah,” ujarnya.

Dinkes juga akan menyuluh pedagang di Pasar Sudimampir dan Pasar Lama tentang pengendalian tikus pada awal Desember. (diskominfotik-bjm/rh)""",
 s1="2.000 pasang sepatu bot & sarung tangan untuk petugas kebersihan Banjarmasin, cegah lepto (6 kasus di Banjarmasin tahun ini).",
 p="Pasukan kuning wan pasukan biru Banjarmasin dapat sapatu bot 2.000 pasang, gasan cegah lepto 👢",
 it="Banjarmasin: 2.000 sepatu bot untuk petugas kebersihan, cegah lepto",
 tags="#Banjarmasin #Leptospirosis",
 n=[("next", 280, "Penyuluhan pengendalian tikus di Pasar Sudimampir pagi ini, 60 pedagang dapat perangkap tikus gratis."),
    ("venue", 30, "Balai Kota Banjarmasin siang ini ada pelantikan lurah, 8 lurah baru dilantik."),
    ("village", 60, "Ketua RT di Pekapuran Raya beli sendiri 10 pasang sepatu bot untuk relawan kebersihan gang.")]),
dict(src="pemkab-tabalong", kab="tabalong", t="2026-11-26 10:10",
 title="Tiga Kasus Leptospirosis di Kelua, Dinkes Tabalong Survei Tikus di 12 Desa",
 text="""TANJUNG – Dinas Kesehatan Kabupaten Tabalong melakukan survei populasi tikus di 12 desa Kecamatan Kelua setelah ditemukan tiga kasus leptospirosis pada November. Survei dimulai di Desa Pulau, {D:26/11}.

Kepala Dinkes Tabalong, dr. Sri Wahyuningsih Ariyani, mengatakan ketiga pasien kini dirawat di RSUD H. Badaruddin dan kondisinya membaik. “Semua pasien petani yang bekerja di sawah tergenang tanpa alas kaki,” jelasnya.

Hasil survei menentukan lokasi gerakan pengendalian tikus bersama penyuluh pertanian, yang akan diperluas ke Kecamatan Tanta bila ditemukan sebaran tinggi. (prokom-tbl/sw)""",
 s1="3 kasus lepto di Kelua, Dinkes Tabalong survei tikus di 12 desa. Pasien petani yang turun sawah tanpa alas kaki.",
 p="Ada 3 urang kena lepto di Kelua, Dinkes survei tikus di 12 desa. Turun ka sawah pakai sapatu bot lah 🙏",
 it="Tabalong: 3 kasus lepto di Kelua, survei tikus 12 desa",
 tags="#Tabalong #Kelua #Lepto",
 n=[("next", 150, "Petugas survei tikus sudah di Desa Tanta pagi ini, pasang 200 perangkap di pinggir sawah."),
    ("other", 60, "Gropyokan tikus di Tanta hari Minggu, inisiatif poktan, dapat 340 ekor."),
    ("venue", 40, "RSUD H. Badaruddin buka poli jantung baru mulai Desember, jadwal Senin dan Kamis.")]),
# ---------- F14 sidak proyek akhir tahun
dict(src="pupr-kalsel", kab=None, t="2026-11-11 16:00",
 title="Sidak 12 Proyek Jalan Provinsi, PUPR Kalsel Beri Surat Peringatan ke Tiga Kontraktor",
 text="""BANJARBARU – Dinas PUPR Provinsi Kalimantan Selatan menyidak 12 paket proyek jalan provinsi di lima kabupaten, {D:11/11}. Tiga kontraktor yang progresnya tertinggal lebih dari 20 persen diberi surat peringatan pertama.

Kepala Dinas PUPR Kalsel, Ir. H. Ardiansyah Mukti, mengatakan seluruh paket harus selesai sebelum 28 Desember. “Kalau lewat, denda keterlambatan berjalan dan kontraktor masuk daftar evaluasi,” tegasnya.

Sidak lanjutan akan digelar dua pekan sekali, dengan fokus ruas Kandangan–Loksado dan Batulicin–Sungai Danau. (pupr-kalsel/am)""",
 s1="PUPR Kalsel sidak 12 proyek jalan provinsi, 3 kontraktor dapat SP1 (tertinggal > 20 %). Batas selesai 28 Desember.",
 p="Kontraktor jalan provinsi kena SP, 3 buting. Gawian harus tuntung sebelum 28 Desember 🚧",
 it="PUPR Kalsel sidak 12 proyek jalan, 3 kontraktor kena SP1",
 tags="#PUPRKalsel #JalanProvinsi",
 n=[("next", 330, "Tim PUPR provinsi datang lagi ke ruas Kandangan–Loksado hari ini, aspal sudah sampai Km 12."),
    ("village", 60, "Proyek semenisasi jalan desa kami di Sungai Danau molor, kontraktornya bilang hujan terus."),
    ("kabrelease", 100, "PUPR Balangan sidak proyek drainase Paringin, 2 paket dinyatakan kritis.")]),
dict(src="pemkab-tapin", kab="tapin", t="2026-11-30 11:20",
 title="Bupati Tapin Tinjau Pembangunan Pasar Binuang, Progres 84 Persen",
 text="""BINUANG – Bupati Tapin, H. Syafrudin Anwar, meninjau pembangunan gedung Pasar Binuang, {D:30/11}. Progres fisik pasar dua lantai berkapasitas 312 kios itu tercatat 84 persen.

Bupati meminta kontraktor menambah pekerja dan jam kerja malam. “Serah terima pertama pekerjaan harus 20 Desember. Pedagang sudah lama menunggu,” ujarnya.

Pedagang lama akan diprioritaskan menempati kios, dan pengundian lokasi kios direncanakan Januari 2027 setelah bangunan diserahterimakan. (diskominfo-tapin/sa)""",
 s1="Pasar Binuang (312 kios) progres 84 %, Bupati Tapin minta PHO 20 Desember. Undian kios Januari, pedagang lama prioritas.",
 p="Pasar Binuang hampir tuntung, 84 persen. Pedagang lawas didahulukan dapat kios 🏪",
 it="Tapin: Pasar Binuang 84 %, PHO 20/12",
 tags="#Tapin #Binuang",
 n=[("village", 40, "Pedagang Pasar Hatungun minta atap los ikan diperbaiki, bocor tiap hujan."),
    ("lastyear", 70, "Desember 2025 Bupati Tapin meninjau Pasar Rantau yang baru direhab, 180 kios."),
    ("venue", 20, "Lapangan depan Pasar Binuang Sabtu malam dipakai pasar malam, 40 lapak.")]),
dict(src="pemkab-hst", kab="hst", t="2026-11-24 13:00",
 title="Gedung Rawat Inap Baru RSUD Damanhuri Capai 91 Persen, Ditargetkan Beroperasi Februari",
 text="""BARABAI – Pembangunan gedung rawat inap tiga lantai RSUD H. Damanhuri Barabai mencapai 91 persen saat ditinjau Sekda HST, {D:24/11}. Gedung senilai Rp46 miliar itu menambah 120 tempat tidur.

Sekda HST, H. Muhammad Yani Arifin, meminta kontraktor menuntaskan pekerjaan pada 22 Desember. “Alat kesehatan sudah dikontrak, jadi gedung tidak boleh terlambat,” ujarnya.

Gedung direncanakan mulai melayani pasien pada Februari 2027 setelah izin operasional kelas rawat inap standar terbit. (mc-hst/my)""",
 s1="Gedung rawat inap baru RSUD Damanhuri Barabai 91 %, tambah 120 tempat tidur, target selesai 22/12, operasi Februari.",
 p="Gedung RSUD Damanhuri hanyar hampir tuntung, 120 ranjang tambahan. Mudahan kada antre lagi 🏥",
 it="HST: gedung rawat inap RSUD Damanhuri 91 %, 120 tempat tidur",
 tags="#HST #Barabai #RSUD",
 n=[("other", 60, "Puskesmas Pandawan membuka ruang bersalin baru, 6 tempat tidur."),
    ("venue", 30, "RSUD Damanhuri mengadakan donor darah HUT rumah sakit, 90 kantong terkumpul."),
    ("lastyear", 80, "Foto awal pembangunan gedung RSUD Damanhuri Januari 2026, waktu itu masih tiang pancang.")]),
# ---------- F15 bantuan paceklik nelayan
dict(src="dinsos-kalsel", kab=None, t="2026-11-09 14:50",
 title="Musim Angin Barat, 6.200 Nelayan Kalsel Terima Bantuan Beras 10 Kilogram",
 text="""BANJARMASIN – Dinas Sosial Provinsi Kalimantan Selatan menyalurkan bantuan beras 10 kilogram kepada 6.200 nelayan kecil yang tidak melaut selama musim angin barat. Penyaluran perdana dilakukan di Kantor Dinsos Kalsel, Banjarmasin, {D:9/11}.

Kepala Dinsos Kalsel, Hj. Fitriani Rahmah, mengatakan penerima tersebar di Kotabaru, Tanah Bumbu, Tanah Laut dan Barito Kuala. “Gelombang tinggi sampai Februari. Nelayan yang tidak melaut jangan sampai dapurnya tidak berasap,” ujarnya.

Bantuan diantar ke kecamatan pesisir dalam dua tahap, November dan Januari, berdasarkan data kartu KUSUKA. (dinsos-kalsel/fr)""",
 s1="Dinsos Kalsel: 6.200 nelayan kecil dapat beras 10 kg di musim angin barat (Kotabaru, Tanbu, Tala, Batola). Tahap II Januari.",
 p="Nelayan nang kada kawa turun ka laut musim angin barat dapat baras 10 kilo, 6.200 urang 🌊🍚",
 it="Dinsos Kalsel: beras 10 kg untuk 6.200 nelayan musim angin barat",
 tags="#Nelayan #DinsosKalsel #AnginBarat",
 n=[("lastyear", 40, "Bantuan paceklik nelayan tahun lalu 5.000 orang, beras 10 kg dan minyak 2 liter."),
    ("other", 90, "BMKG: gelombang 2,5–4 meter di perairan Kotabaru, nelayan kecil diminta tidak melaut."),
    ("village", 110, "Nelayan Sungai Bali patungan beras untuk tiga keluarga yang sudah dua minggu tidak melaut.")]),
dict(src="pemkab-tanah-laut", kab="tala", t="2026-11-18 15:55",
 title="1.400 Nelayan Takisung dan Kurau Terima Bantuan Paceklik dari Pemkab Tanah Laut",
 text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut menyalurkan bantuan paceklik kepada 1.400 nelayan di Kecamatan Takisung dan Kurau, {D:18/11}. Setiap nelayan menerima beras 15 kilogram, minyak goreng dua liter dan uang tunai Rp300.000.

Kepala Dinas Perikanan Tala, Hj. Nor Aisyah Pramudita, mengatakan bantuan ini terpisah dari bantuan beras provinsi. “Yang provinsi berbasis KUSUKA, yang kabupaten untuk nelayan yang belum punya kartu,” jelasnya.

Penyaluran tahap kedua untuk nelayan Jorong dan Panyipatan dijadwalkan Januari 2027. (mc-tala/np)""",
 s1="Tala beri bantuan paceklik ke 1.400 nelayan Takisung & Kurau: beras 15 kg, minyak 2 l, Rp300 ribu. Jorong–Panyipatan Januari.",
 p="Nelayan Takisung wan Kurau dapat baras 15 kilo, minyak, duit 300 ribu. Alhamdulillah 🤲🐟",
 it="Tala: bantuan paceklik 1.400 nelayan Takisung–Kurau",
 tags="#TanahLaut #Takisung #Nelayan",
 n=[("next", 90, "Nelayan Batakan sudah tiga minggu tidak melaut, perahu ditambat di muara. Belum ada bantuan yang sampai ke kampung kami."),
    ("village", 50, "Kelompok nelayan Takisung gotong royong menaikkan 30 perahu ke darat karena gelombang tinggi."),
    ("other", 70, "Baznas Tala bagi 200 paket sembako untuk janda nelayan di Jorong.")]),
dict(src="pemkab-tanbu", kab="tanbu", t="2026-11-26 16:30",
 title="2.100 Nelayan Kusan Hilir dan Angsana Dapat Bantuan Beras dan Solar Selama Paceklik",
 text="""PAGATAN – Pemerintah Kabupaten Tanah Bumbu menyerahkan bantuan beras 10 kilogram dan voucer solar 20 liter kepada 2.100 nelayan di Kecamatan Kusan Hilir dan Angsana, {D:26/11}. Penyerahan simbolis berlangsung di Pelabuhan Perikanan Pagatan.

Wakil Bupati Tanah Bumbu, H. Andi Rasyid Pallawa, mengatakan voucer solar dipakai ketika cuaca membaik agar nelayan bisa segera melaut. “Jangan dijual vouchernya, itu untuk modal melaut,” pesannya.

Nelayan Satui dan Sungai Loban yang belum terdata diminta melapor ke kantor desa hingga 15 Desember. (kominfo-tanbu/ap)""",
 s1="2.100 nelayan Kusan Hilir & Angsana dapat beras 10 kg + voucer solar 20 l dari Pemkab Tanbu. Satui/Sungai Loban lapor ke desa s.d. 15/12.",
 p="Nelayan Pagatan wan Angsana dapat baras wan voucer solar 20 liter, jangan dijual vouchernya kata Wabup 😄",
 it="Tanbu: 2.100 nelayan dapat beras dan voucer solar",
 tags="#TanahBumbu #Pagatan #Nelayan",
 n=[("next", 60, "Nelayan Sungai Danau ramai ke kantor desa mendaftar bantuan paceklik, sudah 86 orang."),
    ("venue", 30, "Pelabuhan Perikanan Pagatan besok ada lelang ikan perdana musim ini."),
    ("lastyear", 90, "Tahun lalu bantuan solar nelayan Tanbu cuma 10 liter.")]),
]
