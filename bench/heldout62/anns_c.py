"""Hand-written releases a29-a42 of heldout62 (same fields as anns_a)."""

C = [
dict(id="a29", src="pemkab-hst", at="2026-11-10 10:30",
 title="BPS HST Datangi 180 Usaha Kerajinan dan Makanan Lewat Survei IMK",
 text="""BARABAI – BPS Kabupaten Hulu Sungai Tengah mendatangi 180 usaha industri mikro dan kecil (IMK) dalam Survei IMK triwulan IV 2026, Selasa (10/11/2026) hingga Senin (30/11/2026). Usaha yang disurvei antara lain perajin anyaman purun, pembuat dodol, penjahit dan penggilingan padi di 11 kecamatan.

Kepala BPS HST, Abdul Basit Rahman, mengatakan survei menanyakan jumlah pekerja, bahan baku, produksi dan nilai penjualan selama tiga bulan. “Usaha rumahan sering merasa tidak penting untuk didata. Padahal dari merekalah kita tahu apakah ekonomi desa di Banua Anam sedang tumbuh,” ujarnya.

Pemilik usaha tidak dipungut biaya dan data perorangan tidak dibagikan kepada pihak pajak. Sebanyak 14 petugas yang turun telah mengikuti pelatihan pekan lalu. (prokom-hst/abr)""",
 short="Survei IMK triwulan IV: BPS HST datangi 180 usaha mikro-kecil (anyaman purun, dodol, penjahit, penggilingan) di 11 kecamatan, 10–30 November. Data tidak dibagikan ke pajak.",
 long=None,
 para="Bubuhan pangrajin purun, pambuat dodol, panjahit di HST, amun didatangi urang BPS jangan takutan lah. Itu Survei IMK, 180 usaha di 11 kecamatan, 10 sampai 30 November. Ditakuni pagawai barapa, bahan, hasil wan panjualan tiga bulan. Kada bayar, wan data kada dibari ka urang pajak ujar Pa Kepala BPS 👍",
 item="BPS HST survei 180 usaha industri mikro dan kecil",
 neg=[
  ("kim-limpasu", 30, "a purun weaving exhibition of a village cooperative, same craft, no survey",
   "Koperasi perajin purun Limpasu ikut pameran kerajinan di Barabai. Tas dan tikar purun motif baru laku 36 buah di hari pertama. Ketua koperasi berharap ada pesanan dari hotel di Banjarmasin."),
  ("kim-birayang", 150, "same BPS HST office, another object: a statistics consultation desk at the office",
   "Mau minta data jumlah penduduk atau luas panen untuk skripsi? Kantor BPS HST di Barabai membuka layanan konsultasi statistik Senin–Jumat. Bisa datang langsung, gratis. Kemarin kami coba, pelayanannya ramah."),
  ("kim-haruyan", 250, "a dodol maker complaining about sugar prices; same kind of business, no survey",
   "Pembuat dodol di Haruyan mengeluh harga gula aren naik dua kali sebulan ini. Sebagian terpaksa mengurangi produksi menjelang akhir tahun. Mereka berharap ada pasar murah bahan baku."),
 ],
 bef=[("kim-limpasu", 26, "a crafter posting that 'orang statistik' will come tomorrow; before the release, no facts",
   "Kata Bu RT besok ada orang statistik mau datang ke tempat kami menganyam, mau tanya-tanya usaha. Siapkan buku catatan penjualan ya ibu-ibu.")]),

dict(id="a30", src="pemkab-tapin", at="2026-11-12 15:30",
 title="BPS Tapin Minta 46 Perusahaan Isi Survei Tahunan Industri Tepat Waktu",
 text="""RANTAU – BPS Kabupaten Tapin meminta 46 perusahaan industri pengolahan mengisi Survei Tahunan Perusahaan Industri (STPI) 2026 sebelum Senin (30/11/2026). Permintaan disampaikan dalam pertemuan dengan perwakilan perusahaan di Aula Kantor BPS Tapin, Kamis (12/11/2026).

Kepala BPS Tapin, Fauziah Rahmah, mengatakan sebagian besar responden adalah pabrik karet remah, penggilingan padi besar dan pengolahan batu bara. “Tahun lalu tujuh perusahaan terlambat, sehingga angka industri Tapin harus diperkirakan. Kuesioner bisa diisi daring, dan petugas kami siap membantu di kantor,” katanya.

Perusahaan yang sudah mengisi akan menerima tanda terima elektronik. BPS juga menyerahkan publikasi industri 2025 kepada peserta. Pertemuan dihadiri 39 perwakilan perusahaan dan pengelola kawasan industri setempat. (diskominfo-tapin/fr)""",
 short="BPS Tapin minta 46 perusahaan industri (karet remah, penggilingan, batu bara) mengisi Survei Tahunan Perusahaan Industri sebelum 30 November; bisa daring.",
 long=None,
 para="Pabrik karet, panggilingan banih ganal wan pangolahan batu bara di Tapin, 46 parusahaan, diminta BPS Tapin maisi survei tahunan industri sabalum 30 November. Tahun tadi tujuh parusahaan talambat, jadi angka industri Tapin dikira-kira haja. Kawa diisi daring, ujar Bu Kepala BPS.",
 item="BPS Tapin minta 46 perusahaan isi survei tahunan industri",
 neg=[
  ("kim-lokpaikat", 28, "a rubber factory in Tapin hiring workers; same companies, no survey",
   "Pabrik karet remah di Kecamatan Lokpaikat membuka lowongan 20 operator produksi, minimal SMA. Lamaran diantar langsung ke pos satpam pabrik sampai akhir bulan. Tidak dipungut biaya."),
  ("kim-binuang", 120, "same number 46 in another sense: 46 coal trucks checked by police in Binuang",
   "Polres Tapin memeriksa 46 truk angkutan batu bara yang melintas di jalan umum Binuang, Jumat malam. Sembilan truk diminta putar balik karena tidak punya izin melintas."),
  ("kim-lokpaikat", 300, "a later step as its own news: a company's own completion notice of a BPS questionnaire",
   "Bagian administrasi pabrik di Lokpaikat mengumumkan ke karyawan bahwa laporan untuk BPS sudah dikirim dan staf yang kemarin diminta mengumpulkan data jam lembur boleh kembali ke tugas biasa. Terima kasih atas kerja samanya."),
 ],
 bef=[]),

dict(id="a31", src="pemkab-tanbu", at="2026-11-17 09:45",
 title="Pemutakhiran Direktori Usaha, BPS Tanbu Data 2.400 Usaha di Batulicin dan Simpang Empat",
 text="""BATULICIN – BPS Kabupaten Tanah Bumbu memutakhirkan direktori usaha di Kecamatan Batulicin dan Simpang Empat mulai Selasa (17/11/2026). Sebanyak 2.400 usaha, dari toko bangunan sampai bengkel kapal, akan dicek alamat, kegiatan utama dan statusnya hingga Jumat (4/12/2026).

Kepala BPS Tanbu, Irwan Setiadi, mengatakan banyak usaha berganti nama atau tutup sejak pelabuhan dan kawasan industri berkembang. “Direktori ini menjadi daftar induk untuk semua survei usaha berikutnya. Kalau alamatnya salah, petugas survei akan tersesat dan usaha baru tidak pernah terwakili,” katanya.

Petugas hanya menanyakan nama, alamat, kegiatan usaha dan jumlah pekerja. Pemilik usaha dapat meminta petugas menunjukkan surat tugas dari BPS. (diskominfo-tanbu/is)""",
 short="BPS Tanbu mutakhirkan direktori usaha: 2.400 usaha di Batulicin dan Simpang Empat dicek alamat, kegiatan dan status, 17 November–4 Desember.",
 long=None,
 para="Bubuhan baisi usaha di Batulicin wan Simpang Ampat, BPS Tanbu lagi mancek 2.400 usaha, matan toko bangunan sampai bengkel kapal, 17 November sampai 4 Desember. Ditakuni ngaran, alamat, gawian usaha wan pagawai haja. Banyak usaha nang baganti ngaran atawa tutup ujar Pa Kepala BPS. Minta surat tugasnya amun ragu.",
 item="BPS Tanbu mutakhirkan direktori 2.400 usaha di Batulicin–Simpang Empat",
 neg=[
  ("kim-sarigadung", 30, "a new business licence (NIB) service at the kecamatan, same businesses, no BPS",
   "Kantor Kecamatan Simpang Empat membuka layanan pembuatan NIB gratis untuk pelaku usaha mikro setiap Kamis. Cukup membawa KTP dan nomor ponsel aktif. Pekan lalu ada 31 usaha yang dibantu."),
  ("kim-angsana", 100, "same BPS Tanbu, another object: harvest area survey in Angsana",
   "Petugas BPS Tanbu terlihat mengukur petak sawah di Angsana untuk survei luas panen. Petani diminta membiarkan petak contoh tidak dipanen sebelum ditimbang. Kata petugas hanya dua petak di desa ini."),
  ("kim-pagatan", 260, "the same 2.400 figure: 2.400 tickets for Pagatan's sea festival",
   "Panitia Pesta Pantai Pagatan menyiapkan 2.400 tiket masuk untuk akhir pekan. Ada lomba perahu hias dan bazar kuliner. Anak di bawah lima tahun gratis."),
 ],
 bef=[]),

dict(id="a32", src="bps-kalsel", at="2026-11-04 13:00",
 title="Hasil SUPAS 2025: Penduduk Kalsel 4,38 Juta Jiwa",
 text="""BANJARBARU – BPS Provinsi Kalimantan Selatan merilis hasil Survei Penduduk Antar Sensus (SUPAS) 2025, Rabu (4/11/2026). Jumlah penduduk Kalsel tercatat 4,38 juta jiwa, dengan laju pertumbuhan 1,21 persen per tahun sejak Sensus Penduduk 2020.

Kepala BPS Kalsel, Darmawan Sutikno, mengatakan penduduk usia produktif kini mencapai 69,4 persen. “Kita sedang berada di masa bonus demografi. Pertanyaannya, apakah lapangan kerja dan sekolah cukup untuk anak-anak muda kita,” ujarnya. Rasio jenis kelamin tercatat 103, artinya ada 103 laki-laki untuk setiap 100 perempuan.

Kota Banjarbaru mencatat laju pertumbuhan tertinggi, sedangkan Hulu Sungai Utara terendah. Tabel lengkap SUPAS 2025 per kabupaten/kota dapat diunduh di laman BPS Kalsel. (bps-kalsel/hms)""",
 short="Hasil SUPAS 2025 (rilis 4/11): penduduk Kalsel 4,38 juta jiwa, tumbuh 1,21 % per tahun sejak SP2020; usia produktif 69,4 %, rasio jenis kelamin 103.",
 long="""BPS Kalsel merilis hasil SUPAS 2025 pada 4 November. Penduduk Kalimantan Selatan berjumlah 4,38 juta jiwa, tumbuh rata-rata 1,21 persen per tahun sejak Sensus Penduduk 2020.

Penduduk usia produktif mencapai 69,4 persen — masa bonus demografi, kata Kepala BPS Darmawan Sutikno, yang mempertanyakan cukup tidaknya lapangan kerja dan sekolah. Rasio jenis kelamin 103. Banjarbaru tumbuh paling cepat, HSU paling lambat.""",
 para="Urang Kalsel wayahini 4,38 juta jiwa, ujar hasil SUPAS 2025 nang hanyar dirilis BPS. Tumbuhnya 1,21 persen satahun. Nang umur produktif 69,4 persen, bonus demografi ujar Pa Kepala BPS, tapi gawian wan sakulah cukup kah? Lalakian labih banyak saikit, 103 lawan 100 bibinian 😄 Banjarbaru paling laju tumbuh.",
 item="Hasil SUPAS 2025: penduduk Kalsel 4,38 juta jiwa",
 neg=[
  ("kim-pelambuan", 50, "the same 69,4 figure as a school exam average, unrelated",
   "Rata-rata nilai ujian matematika kelas 9 di sekolah kami 69,4. Guru-guru akan menambah jam pendalaman materi sebelum ujian akhir. Orang tua diminta mendampingi belajar di rumah."),
  ("kim-astambul-kota", 100, "a population figure of the village itself, announced at a musdes; another count",
   "Dalam musyawarah desa, operator Astambul Kota menyampaikan jumlah penduduk desa per akhir Oktober 2026: 3.214 jiwa, 1.602 laki-laki dan 1.612 perempuan. Angka ini dari buku induk desa, bukan dari survei BPS."),
  ("kim-babirik", 230, "a claim questioning why HSU grows slowest — reaction, merantau explanation, no release facts",
   "Ramai dibahas di warung: kenapa penduduk HSU tumbuhnya paling lambat? Kata Abah, banyak anak muda Babirik merantau ke Kaltim dan Jakarta, pulang cuma Lebaran. Ada benarnya juga ya 🤔"),
 ],
 bef=[]),

dict(id="a33", src="bps-banjarbaru", at="2026-11-11 10:15",
 title="SUPAS 2025: Penduduk Banjarbaru Tumbuh 2,9 Persen per Tahun, Tertinggi di Kalsel",
 text="""BANJARBARU – BPS Kota Banjarbaru menyampaikan hasil Survei Penduduk Antar Sensus (SUPAS) 2025 untuk kota ini dalam diskusi bersama Bappeda di Aula Gawi Sabarataan, Rabu (11/11/2026). Penduduk Banjarbaru tercatat 284.600 jiwa dengan laju pertumbuhan 2,9 persen per tahun, tertinggi di Kalimantan Selatan.

Kepala BPS Banjarbaru, Yusuf Mahendra, mengatakan pertumbuhan terutama datang dari pendatang sejak Banjarbaru menjadi ibu kota provinsi. “Kecamatan Liang Anggang dan Cempaka tumbuh paling cepat. Perumahan baru membutuhkan sekolah, puskesmas dan air bersih,” katanya, Rabu (11/11/2026).

Bappeda Banjarbaru akan memakai hasil SUPAS untuk menyusun rencana kebutuhan sekolah dan layanan kesehatan lima tahun ke depan. Diskusi juga dihadiri perwakilan dinas pendidikan dan kesehatan. (bps-bjb/ym)""",
 short="SUPAS 2025 untuk Banjarbaru (11/11): penduduk 284.600 jiwa, tumbuh 2,9 % per tahun — tertinggi di Kalsel; Liang Anggang dan Cempaka paling cepat.",
 long=None,
 para="Banjarbaru makin bajubel, dangsanak 😅 Ujar hasil SUPAS 2025, panduduk kota kita 284.600 jiwa, tumbuh 2,9 persen satahun, paling laju sa-Kalsel. Nang paling lancar tumbuh Liang Anggang wan Cempaka, perumahan hanyar di mana-mana. Ujar Pa Kepala BPS, sakulah, puskesmas wan banyu barasih musti ditambah.",
 item="SUPAS 2025: penduduk Banjarbaru tumbuh 2,9 % per tahun",
 neg=[
  ("kim-bangkal", 24, "a housing estate in Cempaka complaining about water supply; growth issue, no SUPAS facts",
   "Warga perumahan baru di Bangkal sudah tiga hari air PDAM tidak mengalir. Banyak rumah baru tapi pipa belum ditambah. Kami minta PDAM Intan Banjar segera menambah tekanan ke ujung jalur."),
  ("kim-guntung-manggis", 90, "same Aula Gawi Sabarataan, another event: a wedding expo",
   "Pameran pernikahan di Aula Gawi Sabarataan Banjarbaru berlangsung tiga hari mulai Jumat. Ada 30 vendor dekorasi, rias dan katering. Pengunjung bisa ikut undian voucher."),
  ("kim-loktabat-utara", 200, "same Kepala BPS Banjarbaru at another event: a price survey training",
   "Kepala BPS Banjarbaru Yusuf Mahendra membuka pelatihan petugas pencatat harga konsumen di kantornya. Peserta diminta mengunjungi pasar yang sama setiap pekan agar harga bisa dibandingkan."),
 ],
 bef=[]),

dict(id="a34", src="pemkab-tanbu", at="2026-11-24 11:00",
 title="Bappeda Tanbu Pakai Angka SUPAS 2025 untuk Hitung Kebutuhan 41 Ruang Kelas Baru",
 text="""BATULICIN – Bappeda Kabupaten Tanah Bumbu menggunakan hasil Survei Penduduk Antar Sensus (SUPAS) 2025 untuk menghitung kebutuhan ruang kelas hingga 2031. Hasil perhitungan dipaparkan dalam forum perangkat daerah di Kantor Bupati Tanah Bumbu, Selasa (24/11/2026).

Kepala Bappeda Tanbu, Muhammad Ilham Syafei, mengatakan penduduk usia 7–15 tahun di Simpang Empat dan Kusan Hilir tumbuh lebih cepat dari perkiraan. “Menurut SUPAS, anak usia sekolah kita bertambah hampir 6.000 orang. Itu setara 41 ruang kelas baru yang harus disiapkan dalam lima tahun,” katanya.

Dinas Pendidikan diminta memasukkan pembangunan ruang kelas itu ke rencana kerja 2027. Bappeda juga akan memakai SUPAS untuk menghitung kebutuhan puskesmas pembantu. (diskominfo-tanbu/mis)""",
 short="Bappeda Tanbu pakai hasil SUPAS 2025: anak usia sekolah bertambah hampir 6.000, butuh 41 ruang kelas baru dalam lima tahun (forum 24/11 di Kantor Bupati).",
 long=None,
 para="Ujar hitungan Bappeda Tanbu pakai angka SUPAS 2025, kakanakan umur sakulah di Tanah Bumbu bahanu 6.000 urang, jadi parlu 41 ruang kalas hanyar dalam lima tahun. Simpang Ampat wan Kusan Hilir nang paling laju. Dinas Pendidikan disuruh mamasukakan ka rencana 2027. Mudahan lakas diwujudakan 🙏",
 item="Bappeda Tanbu: hasil SUPAS berarti 41 ruang kelas baru",
 neg=[
  ("kim-sarigadung", 20, "same Kantor Bupati Tanah Bumbu the same day, another event: handover of ambulances",
   "Bupati Tanah Bumbu menyerahkan enam mobil ambulans desa di halaman Kantor Bupati, Selasa siang. Desa penerima antara lain di Simpang Empat dan Kusan Hulu. Sopir diminta siaga 24 jam."),
  ("kim-pagatan", 110, "a school's own new classroom built by a company, its own facts",
   "Dua ruang kelas baru di SDN Pagatan selesai dibangun dengan dana CSR perusahaan tambang. Siswa kelas 1 dan 2 tidak perlu masuk siang lagi. Peresmian dihadiri camat Kusan Hilir."),
  ("kim-angsana", 280, "the same 41 figure: 41 teachers (PPPK) placed in Angsana",
   "Sebanyak 41 guru PPPK baru ditempatkan di sekolah-sekolah Kecamatan Angsana mulai Desember. Kepala sekolah berharap kekurangan guru mapel segera teratasi."),
 ],
 bef=[]),

dict(id="a35", src="pemkab-tabalong", at="2026-11-13 14:20",
 title="Tabalong Resmikan 12 Rumah DataKu Baru di Kampung KB",
 text="""TANJUNG – Pemerintah Kabupaten Tabalong meresmikan 12 Rumah Data Kependudukan dan Informasi Keluarga (Rumah DataKu) baru di Kampung KB, Jumat (13/11/2026). Peresmian dipusatkan di Desa Pembataan, Kecamatan Murung Pudak.

Kepala DPPKBP3A Tabalong, Norhayati Aziz, mengatakan Rumah DataKu menampilkan data penduduk, keluarga berisiko stunting dan peserta KB desa dalam papan dan grafik yang diperbarui setiap tiga bulan. “Kalau kepala desa ingin tahu berapa ibu hamil atau balita di RT tertentu, jawabannya ada di sini, tidak perlu menunggu data dari kabupaten,” katanya.

Dengan tambahan ini, Tabalong memiliki 33 Rumah DataKu. Setiap Rumah DataKu dikelola dua kader yang mendapat pelatihan pengolahan data pada Desember. (prokom-tabalong/na)""",
 short="Tabalong resmikan 12 Rumah DataKu baru di Kampung KB (13/11, Pembataan); total jadi 33. Papan data penduduk, keluarga berisiko stunting dan peserta KB diperbarui tiap tiga bulan.",
 long=None,
 para="Di Tabalong ada 12 Rumah DataKu hanyar di Kampung KB, diresmiakan di Pembataan. Isinya papan data panduduk, kaluarga barisiko stunting, paserta KB, diganti tiap tiga bulan. Ujar Bu Kadis, pambakal amun handak tahu barapa urang hamil di RT, kada usah mahadang data kabupaten. Samunyaan wayahini 33 buting. #Tabalong",
 item="Tabalong resmikan 12 Rumah DataKu baru (jadi 33)",
 neg=[
  ("kim-upau", 30, "a Kampung KB event in Upau: free IUD service, same Kampung KB, no Rumah DataKu",
   "Pelayanan KB gratis di Kampung KB Desa Upau hari ini melayani 27 akseptor baru, sebagian besar memilih implan. Bidan desa juga memeriksa tensi ibu-ibu. Terima kasih kader yang membantu."),
  ("kim-muara-uya", 110, "same Kadis DPPKBP3A at another event: a child forum",
   "Kadis DPPKBP3A Tabalong Norhayati Aziz membuka pertemuan Forum Anak Kabupaten di Muara Uya. Anak-anak menyampaikan usulan taman bermain dan lampu jalan ke sekolah."),
  ("kim-pasar-panas", 240, "a village's own data board (papan data desa) in Pasar Panas, not a Rumah DataKu",
   "Desa Pasar Panas memasang papan data desa di depan kantor: jumlah penduduk 1.904 jiwa, 22 balita, 9 ibu hamil. Dibuat operator desa sendiri pakai dana desa. Datanya diperbarui setiap semester."),
 ],
 bef=[("kim-upau", 48, "banners and shelves delivered to a Kampung KB house before the inauguration; no facts",
   "Ada yang mengantar rak dan papan besar ke rumah kader KB di desa sebelah, katanya untuk ruang data. Minggu ini mau diresmikan? Belum ada pengumuman.")]),

dict(id="a36", src="pemkot-banjarmasin", at="2026-11-19 15:50",
 title="Rumah DataKu Kelurahan Pelambuan Jadi Contoh, Wali Kota Minta Semua Kampung KB Meniru",
 text="""BANJARMASIN – Wali Kota Banjarmasin meninjau Rumah DataKu di Kampung KB Kelurahan Pelambuan, Kamis (19/11/2026). Rumah DataKu yang dikelola empat kader itu dinilai paling lengkap karena mencatat data per RT untuk 2.960 keluarga.

Wali Kota Banjarmasin, Haris Mawardi, mengatakan data seperti ini membantu penanganan stunting dan banjir. “Saat banjir rob kemarin, kader Pelambuan langsung tahu rumah mana yang ada lansia dan bayi. Saya minta 17 Kampung KB lain di Banjarmasin meniru cara kerja mereka,” ujarnya.

Dinas PPKB Banjarmasin akan mengirim kader dari kelurahan lain untuk magang di Pelambuan pada Desember. Setiap kader menerima buku panduan pengisian data keluarga. Peninjauan juga diikuti camat Banjarmasin Barat dan para ketua RT. (mc-bjm/hm)""",
 short="Wali Kota Banjarmasin tinjau Rumah DataKu Kampung KB Pelambuan (19/11): data per RT untuk 2.960 keluarga; 17 Kampung KB lain diminta meniru, kader magang Desember.",
 long=None,
 para="Rumah DataKu di Pelambuan dipuji Wali Kota, dangsanak! Ampat kader mancatat data 2.960 kaluarga per RT. Pas banjir rob samalam, kader langsung tahu rumah mana nang ada kai nini wan bayi. Wali Kota minta 17 Kampung KB lain maniru, Desember kaina ada kader magang ka sini. Bangga kami 🥰",
 item="Wali Kota tinjau Rumah DataKu Pelambuan, 17 Kampung KB diminta meniru",
 neg=[
  ("kim-pelambuan", 3, "same Wali Kota the same afternoon at another site in Pelambuan: a flood pump",
   "Usai dari kelurahan, Wali Kota juga meninjau rumah pompa di ujung Jalan Pelambuan yang sering macet saat rob. Petugas minta tambahan satu pompa cadangan. Wali Kota berjanji dibahas di anggaran perubahan."),
  ("kim-sungai-miai", 100, "a Kampung KB's own event in Sungai Miai (a health walk), no data house",
   "Jalan sehat Kampung KB Sungai Miai diikuti 400 warga, Minggu pagi. Ada pemeriksaan gula darah gratis dan undian sepeda. Kader KB juga membagikan brosur jarak kelahiran."),
  ("kim-pengambangan", 310, "the December internship (magang) of another kelurahan's cadres told as own news",
   "Dua kader KB Pengambangan ikut magang pengelolaan data keluarga di Pelambuan, Rabu. Mereka belajar membuat peta rumah per RT dengan warna. Pulangnya mau dicoba di Pengambangan."),
 ],
 bef=[]),

dict(id="a37", src="pemkab-hss", at="2026-11-26 09:40",
 title="44 Kader Rumah DataKu HSS Dilatih Memperbarui Papan Data Keluarga",
 text="""KANDANGAN – Dinas PPKB Kabupaten Hulu Sungai Selatan melatih 44 kader Rumah DataKu dari 22 desa di Gedung Wanita Kandangan, Kamis (26/11/2026). Kader belajar memperbarui papan data keluarga, membuat grafik sederhana dan membaca laporan dari aplikasi pendataan keluarga.

Kepala Dinas PPKB HSS, Laila Qadariah, mengatakan banyak Rumah DataKu hanya diperbarui saat ada penilaian. “Papan data yang angkanya masih 2024 tidak berguna. Setelah pelatihan ini, kami minta papan diperbarui setiap tiga bulan dan fotonya dikirim ke dinas,” ujarnya.

Kader yang papan datanya paling rapi akan mendapat penghargaan pada peringatan Hari Ibu, Selasa (22/12/2026). Pelatihan berlangsung sehari penuh dan dibuka oleh Sekretaris Daerah HSS, dengan praktik langsung memakai data desa peserta. (diskominfo-hss/lq)""",
 short="Dinas PPKB HSS latih 44 kader Rumah DataKu dari 22 desa (26/11, Gedung Wanita Kandangan); papan data keluarga wajib diperbarui tiap tiga bulan.",
 long=None,
 para="44 urang kader Rumah DataKu matan 22 desa di HSS baajar di Gedung Wanita Kandangan: mambaharui papan data kaluarga, maulah grafik, mambaca lapuran aplikasi. Ujar Bu Kadis, papan nang angkanya masih 2024 kada baguna 😅 Tiap tiga bulan musti dibaharui. Nang paling rapi dapat hadiah pas Hari Ibu.",
 item="44 kader Rumah DataKu HSS dilatih perbarui papan data",
 neg=[
  ("kim-angkinang", 20, "same Gedung Wanita Kandangan next day: a batik sasirangan course for 44 women (same figure)",
   "Kursus membuat sasirangan untuk 44 ibu rumah tangga digelar di Gedung Wanita Kandangan, Jumat. Peserta dari Angkinang dan Kandangan belajar teknik jahit jelujur dan pewarnaan alami."),
  ("kim-padang-batung", 90, "a Rumah DataKu in Padang Batung with its own update and figures, no training",
   "Papan Rumah DataKu Desa Padang Batung sudah diganti angka terbaru: 612 keluarga, 41 balita, 7 ibu hamil, 12 keluarga berisiko stunting. Kader menempel grafik batang buatan tangan. Silakan warga mampir."),
  ("kim-simpur", 250, "hearsay that the Hari Ibu award will be money; denial",
   "Ada yang bilang kader Rumah DataKu terbaik dapat hadiah uang Rp10 juta pas Hari Ibu. Sudah kami tanyakan ke dinas: belum ada info resmi soal nilainya. Jangan dibesar-besarkan dulu."),
 ],
 bef=[]),

dict(id="a38", src="bps-balangan", at="2026-11-20 10:00",
 title="Lanjutan ST2023, BPS Balangan Survei Ongkos Usaha Ternak Sapi di 96 Peternak",
 text="""PARINGIN – BPS Kabupaten Balangan melaksanakan Survei Struktur Ongkos Usaha Peternakan sapi potong, Jumat (20/11/2026) hingga Jumat (4/12/2026). Sebanyak 96 peternak di delapan kecamatan yang terpilih dari daftar Sensus Pertanian 2023 akan ditanya biaya pakan, obat, kandang dan tenaga kerja.

Kepala BPS Balangan, Sri Wahyuningsih, mengatakan beternak sapi di Balangan banyak dilakukan di sela kebun karet. “Sebagian peternak tidak mencatat biaya karena rumput diambil sendiri. Petugas akan membantu menghitungnya, jadi tidak perlu khawatir salah,” katanya.

Hasil survei dipakai untuk menghitung keuntungan usaha ternak dan menjadi bahan program bantuan bibit sapi. Petugas survei adalah 12 mitra yang sudah berpengalaman dalam ST2023. (bps-blg/sw)""",
 short="BPS Balangan survei ongkos usaha ternak sapi potong di 96 peternak (dari daftar ST2023), delapan kecamatan, 20 November–4 Desember: pakan, obat, kandang, tenaga kerja.",
 long=None,
 para="Bubuhan paingu sapi di Balangan, ada survei ongkos baingu sapi matan BPS, 96 paingu di walu kecamatan nang tapilih matan sensus tani 2023. Ditakuni ungkus pakan, ubat, kandang wan tanaga. Ujar Bu Kepala BPS, amun kada bacatat, petugas mambantu mahitung. 20 November sampai 4 Desember 🐄",
 item="BPS Balangan survei ongkos ternak sapi di 96 peternak",
 neg=[
  ("kim-awayan", 30, "a cattle vaccination (LSD) campaign in Awayan; cattle but not a survey",
   "Vaksinasi penyakit kulit berbenjol (LSD) untuk sapi di Awayan berlangsung dua hari. Petugas keswan menyuntik 96 ekor sapi milik warga di empat RT. Peternak diminta melapor bila ada sapi demam."),
  ("kim-lampihong", 130, "a later event: a cattle seed (bibit sapi) distribution, the programme mentioned as future use",
   "Kelompok ternak Lampihong menerima 15 ekor bibit sapi betina dari Dinas Pertanian Balangan. Anggota kelompok bergiliran merawat dan wajib mengembalikan satu anak sapi ke kelompok."),
  ("kim-halong", 260, "same BPS Balangan at another survey (Sakernas) evaluation; different survey",
   "Petugas BPS Balangan menyampaikan terima kasih kepada warga Halong yang menerima pendataan angkatan kerja bulan ini. Semua rumah tangga sampel di desa kami sudah selesai didata."),
 ],
 bef=[]),

dict(id="a39", src="pemkab-tabalong", at="2026-11-25 14:30",
 title="Diskominfo Tabalong Umumkan Juara Lomba Infografis Data Desa",
 text="""TANJUNG – Dinas Kominfo Kabupaten Tabalong mengumumkan pemenang Lomba Infografis Data Desa 2026, Rabu (25/11/2026), di Pendopo Bupati Tabalong. Juara pertama diraih Desa Pasar Panas, Kecamatan Kelua, disusul Desa Mabuun dan Desa Haruai.

Kepala Diskominfo Tabalong, Rudy Hartono Saputra, mengatakan lomba diikuti 47 desa dan dinilai dari ketepatan data, kejelasan gambar dan sumber yang dicantumkan. “Infografis Pasar Panas tentang hasil panen padi dan jumlah petani muda sangat jelas dan datanya bisa dicek. Itu yang kami cari,” katanya.

Juara pertama menerima uang pembinaan Rp7,5 juta. Karya terbaik akan dipajang di portal data Tabalong dan dicetak untuk kalender desa 2027. Lomba ini digelar untuk kedua kalinya. (prokom-tabalong/rhs)""",
 short="Juara Lomba Infografis Data Desa Tabalong (diumumkan 25/11): 1 Pasar Panas (Kelua), 2 Mabuun, 3 Haruai; 47 desa ikut; hadiah juara Rp7,5 juta.",
 long=None,
 para="Alhamdulillah, Desa Pasar Panas juara satu Lomba Infografis Data Desa Tabalong 🏆 Disusul Mabuun wan Haruai. 47 desa umpat, dinilai matan data nang tapat, gambar nang jalas wan sumbernya. Infografis Pasar Panas pasal hasil banih wan patani anum. Hadiahnya 7,5 juta, karya dipajang di portal data wan kalender 2027.",
 item="Lomba Infografis Data Desa Tabalong: Pasar Panas juara",
 neg=[
  ("kim-upau", 30, "same Pendopo Bupati Tabalong the next day: a karaoke contest of ASN",
   "Lomba karaoke ASN dalam rangka HUT Korpri digelar di Pendopo Bupati Tabalong. Juara pertama dari Dinas Kesehatan dengan lagu Banjar. Penonton memadati pendopo sampai malam."),
  ("kim-pasar-panas", 120, "the winning village's own celebration and spending plan (its own facts)",
   "Syukuran juara lomba infografis di balai Desa Pasar Panas. Pambakal menyebut uang pembinaan akan dipakai membeli printer warna dan papan informasi baru. Terima kasih operator desa dan pemuda karang taruna."),
  ("kim-muara-uya", 230, "a desa that lost, complaining; reaction, no result facts beyond hearsay",
   "Desa kami ikut lomba infografis tapi tidak masuk tiga besar. Tidak apa-apa, tahun depan kami coba lagi dengan data yang lebih lengkap. Yang penting operator jadi bisa bikin grafik 💪"),
 ],
 bef=[]),

dict(id="a40", src="pemkot-banjarmasin", at="2026-11-26 16:00",
 title="Staf 52 Kelurahan Banjarmasin Ikuti Pelatihan Satu Data Kelurahan",
 text="""BANJARMASIN – Pemerintah Kota Banjarmasin melalui Diskominfotik melatih 104 staf dari 52 kelurahan dalam Pelatihan Satu Data Kelurahan, Kamis (26/11/2026), di Gedung Sultan Suriansyah. Setiap kelurahan mengirim dua orang, yakni kasi pemerintahan dan staf pengelola data.

Kepala Bidang Statistik Diskominfotik Banjarmasin, Rina Oktaviani, mengatakan kelurahan selama ini mengirim data dalam format yang berbeda-beda. “Satu kelurahan mengirim foto tabel, yang lain mengirim ketikan. Mulai Januari semua kelurahan memakai templat yang sama dan kode kelurahan yang sama,” katanya.

Peserta mempraktikkan pengisian 36 indikator kelurahan, mulai jumlah RT hingga titik rawan genangan. Data pertama dengan templat baru dikirim Jumat (15/1/2027). Pelatihan ditutup dengan uji coba pengiriman data. (mc-bjm/ro)""",
 short="Diskominfotik Banjarmasin latih 104 staf dari 52 kelurahan (26/11, Gedung Sultan Suriansyah): 36 indikator kelurahan dengan templat dan kode yang sama mulai Januari.",
 long=None,
 para="Staf kelurahan sa-Banjarmasin, 104 urang matan 52 kelurahan, baajar Satu Data Kelurahan di Gedung Sultan Suriansyah. Ujar Bu Kabid, salama ini ada kelurahan mangirim foto tabel, ada nang katikan, kada sama. Mulai Januari pakai templat nang sama, 36 indikator, matan jumlah RT sampai titik ganangan 😄",
 item="Pelatihan Satu Data Kelurahan untuk 104 staf 52 kelurahan Banjarmasin",
 neg=[
  ("kim-sungai-miai", 22, "same Gedung Sultan Suriansyah, another event: lurah performance awards",
   "Penganugerahan lurah berprestasi digelar di Gedung Sultan Suriansyah, Jumat. Lurah Sungai Miai masuk lima besar karena pelayanan surat selesai dalam sehari. Selamat Pak Lurah!"),
  ("kim-pelambuan", 150, "a kelurahan's own genangan map (one of the 36 indicators) made by youths",
   "Pemuda Pelambuan membuat peta titik genangan sendiri dari foto-foto warga saat hujan deras pekan lalu. Ada 14 titik yang ditandai merah. Peta ini akan diserahkan ke kelurahan untuk usulan drainase."),
  ("kim-pengambangan", 200, "same Diskominfotik Banjarmasin, another object: free wifi in parks",
   "Diskominfotik Banjarmasin menambah titik wifi gratis di taman kota, termasuk di dekat Pengambangan. Kecepatan dibatasi dan hanya aktif sampai jam sepuluh malam."),
 ],
 bef=[]),

dict(id="a41", src="pemkab-tapin", at="2026-11-06 11:10",
 title="Tapin Minta Desa Laporkan Mutasi Penduduk Bulanan ke Kecamatan Mulai Desember",
 text="""RANTAU – Pemerintah Kabupaten Tapin mewajibkan 126 desa melaporkan rekap mutasi penduduk desa setiap bulan kepada camat mulai Desember 2026. Kewajiban itu tertuang dalam Surat Edaran Bupati Tapin yang dibagikan dalam rapat kepala desa, Jumat (6/11/2026), di Aula Rumah Dinas Bupati.

Kepala Dinas PMD Tapin, Syarifuddin Noor, mengatakan rekap bulanan berisi kelahiran, kematian, pindah dan datang yang tercatat di buku mutasi desa. “Kecamatan selama ini baru tahu jumlah penduduk desa ketika ada pemilu atau bantuan. Dengan rekap bulanan, camat bisa memantau perubahan,” katanya.

Formulir rekap dikirim dalam bentuk cetak dan berkas digital. Laporan pertama untuk bulan November diserahkan paling lambat Kamis (10/12/2026). (diskominfo-tapin/sn)""",
 short="Surat Edaran Bupati Tapin (6/11): 126 desa wajib laporkan rekap mutasi penduduk bulanan (lahir, mati, pindah, datang) ke camat mulai Desember; laporan November paling lambat 10 Desember.",
 long=None,
 para="Pambakal sa-Tapin, 126 desa, mulai Desember wajib mangirim rekap mutasi panduduk tiap bulan ka camat: nang baranak, nang maninggal, nang pindah, nang datang. Ujar Pa Kadis PMD, camat salama ini hanyar tahu jumlah panduduk pas pamilu atawa bantuan haja. Lapuran November paling lambat 10 Desember lah.",
 item="Desa di Tapin wajib laporkan mutasi penduduk bulanan ke camat",
 neg=[
  ("kim-bakarangan", 20, "same Aula Rumah Dinas Bupati Tapin same day, another agenda: a PKK meeting",
   "Rapat koordinasi TP PKK se-Tapin di Aula Rumah Dinas Bupati membahas lomba dapur sehat. Ketua PKK Bakarangan mempresentasikan kebun gizi desa. Lomba dijadwalkan Desember."),
  ("kim-lokpaikat", 120, "a village's own November mutation recap in Lokpaikat (its own counts) — but before the first deadline; reported as village news",
   "Dari kantor desa: sepanjang Oktober tercatat 2 bayi lahir, 1 warga meninggal dunia, dan 3 warga pindah ke Banjarbaru. Terima kasih Pak RT yang melapor tepat waktu. Catatan ini ditempel di papan pengumuman desa."),
  ("kim-binuang", 280, "Disdukcapil's akta kematian service at the kecamatan; civil registry, not the village report",
   "Disdukcapil Tapin membuka pelayanan akta kematian dan akta kelahiran di kantor Kecamatan Binuang setiap Rabu. Warga yang belum mengurus akta keluarga yang sudah meninggal dipersilakan datang membawa surat keterangan dari desa."),
 ],
 bef=[]),

dict(id="a42", src="pemkab-kotabaru", at="2026-11-18 13:20",
 title="Tim Kotabaru Verifikasi IDM di 21 Desa Pulau dengan Kapal Dinas",
 text="""KOTABARU – Tim verifikasi Indeks Desa Membangun (IDM) Kabupaten Kotabaru berangkat dengan kapal dinas menuju 21 desa pulau, Rabu (18/11/2026). Tim akan mengunjungi desa-desa di Kecamatan Pulau Sebuku, Pulau Sembilan dan Pulau Laut Kepulauan hingga Rabu (25/11/2026).

Kepala Dinas PMD Kotabaru, Bahrul Ilmi, mengatakan desa pulau sering tertinggal karena isian IDM sulit diperiksa dari darat. “Ada desa yang mengisi punya dermaga layak, padahal dermaganya sudah patah sejak gelombang tinggi. Data seperti ini harus dilihat langsung,” ujarnya.

Tim terdiri atas sembilan orang dari DPMD, Bappeda dan tenaga pendamping. Hasil verifikasi dikirim ke provinsi sebelum Kamis (10/12/2026). Tim juga membawa alat ukur dan kamera. (kominfo-ktb/bi)""",
 short="Tim verifikasi IDM Kotabaru naik kapal dinas ke 21 desa pulau (Pulau Sebuku, Pulau Sembilan, Pulau Laut Kepulauan), 18–25 November; hasil ke provinsi sebelum 10 Desember.",
 long=None,
 para="Tim IDM Kotabaru bakapal dinas ka 21 desa pulau: Pulau Sebuku, Pulau Sembilan wan Pulau Laut Kepulauan, 18 sampai 25 November. Ujar Pa Kadis PMD, ada desa nang maisi dermaga layak, padahal sudah patah kana galombang 😬 Jadi musti diliat langsung. Sambilan urang tim, hasilnya dikirim ka provinsi sabalum 10 Desember.",
 item="Tim Kotabaru verifikasi IDM di 21 desa pulau dengan kapal dinas",
 neg=[
  ("kim-sungai-bali", 40, "a broken pier in Pulau Sebuku (the example in the release) as villagers' own report",
   "Dermaga kayu di Sungai Bali makin parah, dua papan lantai patah lagi tadi pagi. Anak sekolah yang naik perahu harus ekstra hati-hati. Kami sudah lapor ke kecamatan sejak gelombang tinggi bulan lalu."),
  ("kim-semayap", 130, "the same kapal dinas carrying a health team to islands; same boat, other mission",
   "Kapal dinas Pemkab Kotabaru berangkat membawa tim dokter spesialis ke Pulau Sembilan untuk pelayanan kesehatan gratis tiga hari. Warga pulau diminta membawa kartu BPJS bila ada."),
  ("kim-sampanahan", 300, "a mainland village's own IDM preparation, not part of the island verification",
   "Desa di Sampanahan menggelar rapat kecil membahas isian data desa untuk tahun depan. Sekdes minta setiap kepala dusun mengumpulkan foto sarana desa yang rusak dan yang sudah diperbaiki."),
 ],
 bef=[]),
]
