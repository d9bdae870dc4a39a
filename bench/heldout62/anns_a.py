"""Hand-written releases a01-a14 of heldout62 with their own-words summaries, Banjar paraphrases,
round-up items, look-alikes (kim, hours after the release, how it differs, text) and `before` posts
(kim, hours before the release, how it differs, text)."""

A = [
dict(id="a01", src="bps-kalsel", at="2026-11-02 14:20",
 title="BPS Kalsel Mulai Cacah Susenas Triwulan IV di 1.248 Blok Sensus",
 text="""BANJARBARU – Badan Pusat Statistik (BPS) Provinsi Kalimantan Selatan memulai pencacahan Survei Sosial Ekonomi Nasional (Susenas) triwulan IV 2026, Senin (2/11/2026). Sebanyak 560 petugas akan mendatangi 12.480 rumah tangga sampel di 1.248 blok sensus yang tersebar di 13 kabupaten/kota hingga Sabtu (28/11/2026).

Kepala BPS Kalsel, Darmawan Sutikno, mengatakan data Susenas dipakai untuk menghitung angka kemiskinan, pola konsumsi dan akses layanan dasar. “Rumah tangga yang terpilih mohon menerima petugas kami. Wawancaranya sekitar satu jam, dan jawaban warga dijamin kerahasiaannya oleh undang-undang,” ujarnya.

Petugas Susenas mengenakan rompi dan kartu tanda petugas yang dapat dicek keasliannya melalui laman resmi BPS. Hasil pencacahan mulai diolah pada Desember 2026. (bps-kalsel/hms)""",
 short="BPS Kalsel mulai mendata 12.480 rumah tangga sampel Susenas di 1.248 blok sensus se-Kalsel, 2 s.d. 28 November 2026. Ada 560 petugas berompi dan berkartu tanda petugas.",
 long="""Pencacahan Susenas triwulan IV resmi dimulai BPS Kalimantan Selatan pada Senin, 2 November. Selama kurang lebih empat pekan, sampai 28 November, sebanyak 560 petugas mendatangi 12.480 rumah tangga terpilih di 1.248 blok sensus.

Kepala BPS Kalsel Darmawan Sutikno meminta warga yang didatangi bersedia diwawancarai kira-kira satu jam, karena data Susenas menjadi bahan hitungan kemiskinan dan konsumsi. Petugas bisa dikenali dari rompi dan kartu petugas yang keasliannya bisa dicek di laman BPS.""",
 para="Dangsanak, bubuhan BPS Kalsel wayahini sudah turun mandata Susenas. Ada 560 urang petugas nang bakal badatangan ka 12.480 rumah tangga, sampai tanggal 28 November. Amun rumah pian tapilih, tarima haja, kada lawas jua, kira-kira sajam. Jawaban pian dijamin rahasia ujar Pa Kepala BPS. Cirinya petugas baromping wan bakartu 👍 #Susenas2026",
 item="BPS Kalsel cacah Susenas di 12.480 rumah tangga sampel (2–28/11)",
 neg=[
  ("kim-pengambangan", 30, "a scam incident: a man posing as a 'census officer' asking for KK photos in one RT; no Susenas start, no figures",
   "WASPADA warga RT 14 😡 Tadi siang ada laki-laki mengaku petugas sensus minta foto KK dan foto rumah, tanpa rompi dan tanpa kartu. Waktu ditanya dari kantor mana langsung pergi naik motor. Ketua RT sudah cek ke kelurahan, tidak ada jadwal pendataan di gang kita hari ini. Jangan kasih dokumen ke orang tak dikenal ya."),
  ("kim-sungai-miai", 56, "same Kepala BPS Kalsel the next day at a campus talk on data careers; nothing about the Susenas fieldwork",
   "Kuliah umum di Aula Rektorat ULM Banjarmasin pagi ini menghadirkan Kepala BPS Kalsel Darmawan Sutikno. Ia bercerita tentang karier di bidang data dan peluang magang di kantor statistik bagi mahasiswa tingkat akhir. Sekitar 300 mahasiswa dari FMIPA dan FEB hadir, beberapa bertanya soal ujian masuk Politeknik Statistika STIS."),
  ("kim-astambul-kota", 150, "last year's Susenas recalled by a village operator; 2025 round, different figures",
   "Kilas balik operator desa: November tahun lalu Astambul Kota kebagian dua blok sensus Susenas, 20 rumah tangga yang didatangi petugas. Waktu itu ada warga yang menolak karena takut bansosnya dicabut, padahal tidak ada hubungannya. Semoga pengalaman 2025 itu jadi pelajaran, data yang jujur itu penting."),
 ],
 bef=[("kim-pelambuan", 20, "posted the evening before the start: an RT head says officers will come 'besok', no figures, before the release",
   "Info dari Pak RT 05: besok mulai ada petugas BPS keliling untuk survei rumah tangga. Yang didatangi cuma rumah yang terpilih, tidak semua. Katanya pakai rompi. Kalau ada yang datang, tolong diterima baik-baik ya warga.")]),

dict(id="a02", src="bps-hsu", at="2026-11-04 10:05",
 title="Naik Kelotok, Petugas Susenas BPS HSU Datangi Rumah Tangga di Danau Panggang dan Paminggir",
 text="""AMUNTAI – Sebanyak 38 petugas Susenas BPS Kabupaten Hulu Sungai Utara mulai mendatangi 410 rumah tangga sampel di 41 blok sensus, Rabu (4/11/2026). Untuk blok sensus di Kecamatan Danau Panggang dan Paminggir, petugas menggunakan kelotok sewaan karena sebagian rumah warga berada di atas air.

Kepala BPS HSU, Nurlaila Fitriani, menyebut wilayah rawa menjadi tantangan tersendiri. “Kami jadwalkan kunjungan pagi hari ketika air tenang. Kalau kepala rumah tangga sedang menangkap ikan, petugas akan kembali sore hari, jadi mohon warga memberi tahu jam yang cocok,” katanya.

Pencacahan di HSU ditargetkan rampung Jumat (27/11/2026). Pengawas lapangan memeriksa kelengkapan kuesioner setiap pekan. Petugas juga membawa pelampung selama perjalanan. (bpshsu/nf)""",
 short="BPS HSU kerahkan 38 petugas Susenas ke 410 rumah tangga di 41 blok sensus mulai 4 November; ke Danau Panggang dan Paminggir petugas naik kelotok. Target selesai 27 November.",
 long=None,
 para="Bubuhan petugas Susenas BPS HSU naik kelotok manuju Danau Panggang wan Paminggir, ulun liat tadi di batang 😄 Sabarataan 38 urang, mandatangi 410 rumah tangga di 41 blok sensus. Datangnya baisukan pas banyu tanang. Amun pian lagi marengge iwak, padahi haja jam barapa kawa ditamui, kaina inya bulik sanja. Tuntung tanggal 27 November.",
 item="BPS HSU: petugas Susenas naik kelotok ke Danau Panggang–Paminggir, 410 rumah tangga",
 neg=[
  ("kim-babirik", 40, "a floating health service (puskesmas keliling by boat) in Danau Panggang the same week; boat + rawa but health, not Susenas",
   "Puskesmas Keliling Air kembali menyusuri Danau Panggang hari ini. Tim bidan dan perawat naik kelotok dari dermaga kecamatan, memeriksa tensi dan gula darah warga di lanting-lanting. Ada 74 warga yang dilayani sampai siang. Jadwal berikutnya ke Paminggir pekan depan."),
  ("kim-alabio", 96, "same Kepala BPS HSU at another event: handing over a statistics publication to the DPRD; no Susenas",
   "Kepala BPS HSU Nurlaila Fitriani menyerahkan buku Kabupaten Hulu Sungai Utara Dalam Angka kepada pimpinan DPRD HSU di gedung dewan, Jumat pagi. Buku itu memuat data penduduk, pertanian itik dan pendidikan. Pimpinan dewan minta data itik Alabio dibuat lebih rinci per desa."),
  ("kim-paminggir", 300, "a resident's complaint after the fieldwork ended: nobody came to his lanting; not the release",
   "Ulun baca di grup katanya ada petugas survei ka Paminggir naik kelotok. Tapi lanting ulun di hilir kada didatangi sampai wayahini. Ujar pambakal, kada samunyaan rumah tapilih, cuma nang kana sampel haja. Ya sudah, mudahan tahun depan ulun tapilih 😅"),
 ],
 bef=[]),

dict(id="a03", src="pemkot-banjarmasin", at="2026-11-05 15:40",
 title="Pemkot Banjarmasin Minta Ketua RT Dampingi Petugas Susenas di 52 Kelurahan",
 text="""BANJARMASIN – Pemerintah Kota Banjarmasin meminta ketua RT di 52 kelurahan mendampingi petugas Survei Sosial Ekonomi Nasional (Susenas) yang sedang bertugas di kota ini. Permintaan itu disampaikan melalui surat edaran Wali Kota yang ditandatangani Kamis (5/11/2026).

Asisten Pemerintahan Setdako Banjarmasin, Fahrurrazi Anwar, mengatakan pendampingan RT mempercepat pencacahan di kawasan padat dan gang sempit. “Masih ada warga yang curiga dan menolak pintu diketuk. Kalau Pak RT ikut mendampingi, warga lebih tenang dan petugas tidak perlu bolak-balik,” ujarnya.

BPS Kota Banjarmasin mencatat 1.070 rumah tangga sampel Susenas di ibu kota provinsi. Lurah diminta melaporkan kendala pendampingan kepada camat setiap Jumat. Warga yang ragu dapat menanyakan identitas petugas kepada lurah setempat. (mc-bjm/ra)""",
 short="Lewat surat edaran Wali Kota (5/11), Pemkot Banjarmasin minta ketua RT di 52 kelurahan mendampingi petugas Susenas. Ada 1.070 rumah tangga sampel di kota.",
 long="""Surat edaran Wali Kota Banjarmasin tertanggal 5 November meminta ketua RT di 52 kelurahan ikut mendampingi petugas Susenas yang sedang mendata. Asisten Pemerintahan Fahrurrazi Anwar beralasan masih ada warga yang curiga saat pintunya diketuk; dengan Pak RT ikut, petugas tidak perlu bolak-balik.

Di Banjarmasin ada 1.070 rumah tangga sampel Susenas. Kendala pendampingan dilaporkan lurah ke camat setiap Jumat.""",
 para="Pak RT se-Banjarmasin, ada surat edaran Wali Kota nah: pian diminta umpat mandampingi petugas Susenas nang mandata di 52 kelurahan. Ujar Pa Asisten, masih ada warga nang curiga, kada handak mambukai lawang. Amun Pak RT umpat, warga kada takutan lagi. Di kota kita ada 1.070 rumah tangga sampel. #Banjarmasin #Susenas",
 item="Surat edaran Wali Kota: ketua RT dampingi petugas Susenas di 52 kelurahan Banjarmasin",
 neg=[
  ("kim-pengambangan", 26, "another circular of the same Pemkot the same week: RT heads must collect data of houses at risk of fire; same addressees, other object",
   "Surat edaran lagi dari Balai Kota 📄 Kali ini ketua RT diminta mendata rumah yang kabel listriknya semrawut dan rawan korsleting, menjelang musim kemarau panjang. Format isian dibagikan kelurahan, paling lambat dikumpulkan akhir bulan. Yang ini bukan survei BPS ya, ini untuk Damkar dan PLN."),
  ("kim-pengambangan", 170, "a kelurahan's own RT head training (pembekalan RT baru) under the Wali Kota's programme, with its own facts",
   "Kelurahan Pengambangan mengadakan pembekalan untuk 19 ketua RT yang baru terpilih, Kamis malam di aula kelurahan. Materinya administrasi surat pengantar, buku tamu RT, dan cara menghadapi warga yang berselisih. Pak Lurah berpesan agar RT jangan mengeluarkan surat tanpa mengecek KK terbaru."),
  ("kim-sungai-miai", 340, "hearsay that a second circular will order RT to escort every survey; denied, no official info",
   "Ada yang share di grup, katanya nanti semua survei (termasuk survei kampus, survei partai) wajib didampingi Pak RT. Sudah kami tanyakan ke kelurahan: belum ada info resmi seperti itu. Yang ada hanya edaran untuk survei BPS. Jangan asal terus-terusan forward ya."),
 ],
 bef=[]),

dict(id="a04", src="bps-tala", at="2026-11-03 09:30",
 title="Sakernas November 2026 Sasar 320 Rumah Tangga di Tanah Laut",
 text="""PELAIHARI – BPS Kabupaten Tanah Laut melaksanakan Survei Angkatan Kerja Nasional (Sakernas) periode November 2026 mulai Selasa (3/11/2026). Sebanyak 16 petugas mendatangi 320 rumah tangga sampel di 32 blok sensus, tersebar di 11 kecamatan, hingga Jumat (20/11/2026).

Kepala BPS Tanah Laut, Hadi Prasetyo, menjelaskan Sakernas menanyakan kegiatan seluruh anggota rumah tangga berumur 15 tahun ke atas selama sepekan terakhir. “Petani, nelayan, buruh sawit dan pekerja tambang sama pentingnya. Jawaban apa adanya membuat angka pengangguran kabupaten lebih tepat,” katanya.

Petugas bekerja dengan tablet dan dapat datang malam hari untuk menjangkau pekerja sif. Data Sakernas November menjadi dasar angka ketenagakerjaan triwulan IV. (bps-tala/hp)""",
 short="Sakernas November di Tanah Laut: 16 petugas BPS datangi 320 rumah tangga sampel di 32 blok sensus, 3–20 November 2026. Yang ditanya kegiatan anggota rumah tangga umur 15 tahun ke atas.",
 long="""BPS Tanah Laut menjalankan Sakernas periode November mulai 3 November. Ada 16 petugas yang mendatangi 320 rumah tangga di 32 blok sensus di 11 kecamatan, sampai 20 November.

Kepala BPS Tala Hadi Prasetyo mengingatkan, pertanyaannya soal kegiatan semua anggota rumah tangga berumur 15 tahun ke atas dalam sepekan terakhir, termasuk petani, nelayan, buruh sawit dan pekerja tambang. Petugas membawa tablet dan bisa datang malam untuk menemui pekerja sif.""",
 para="Bubuhan pagawian sawit wan tambang di Tanah Laut, amun ada petugas BPS datang malam jangan takajut lah. Itu Sakernas, survei angkatan kerja, nang ditakuni gawian sabarataan anggota rumah nang umur 15 tahun ka atas. 16 petugas ka 320 rumah, tuntung tanggal 20 November. Jawab haja apa adanya, ujar Pa Kepala BPS 🙏",
 item="Sakernas November: BPS Tala datangi 320 rumah tangga (3–20/11)",
 neg=[
  ("kim-kurau", 22, "a job fair in Pelaihari the next day; employment topic, same kabupaten, but recruitment not a survey",
   "Bursa kerja di Gedung Tuntung Pandang Pelaihari ramai sejak pagi. Ada 14 perusahaan sawit dan tambang membuka lowongan operator, mekanik dan admin. Pencari kerja diminta membawa kartu AK1. Panitia mencatat 1.100 pengunjung sampai jam dua siang."),
  ("kim-kurau", 200, "the same 320 figure meaning something else: 320 fishermen in Kurau received insurance cards",
   "Alhamdulillah, 320 nelayan Desa Kurau menerima kartu asuransi nelayan, Senin siang di balai desa. Preminya ditanggung pemerintah daerah untuk satu tahun. Nelayan yang belum kebagian diminta menyerahkan fotokopi kartu pelaku usaha kelautan ke kantor desa."),
  ("kim-bati-bati", 430, "a household's own experience of a different BPS survey (harga produsen gabah), weeks later",
   "Tadi ada petugas BPS mampir ke penggilingan padi pamanda di Bati-Bati, nanya harga gabah kering panen dan berapa ton yang digiling bulan ini. Katanya itu survei harga produsen, lain dari survei rumah tangga. Cuma sepuluh menit, tidak ada foto-foto."),
 ],
 bef=[("kim-kurau", 40, "an invitation the day before seen at the BPS office gate; no figures, before the release",
   "Lewat depan kantor BPS Tala tadi sore, ramai petugas pakai rompi baru lagi briefing, ada spanduk 'Sakernas'. Mungkin besok mulai turun ke desa-desa. Ada yang tahu desa mana saja yang kena?")]),

dict(id="a05", src="bps-balangan", at="2026-11-06 16:10",
 title="26 Petugas Sakernas Balangan Ikuti Pelatihan CAPI Tiga Hari",
 text="""PARINGIN – BPS Kabupaten Balangan melatih 26 petugas Sakernas dalam penggunaan aplikasi wawancara berbasis tablet (CAPI) selama tiga hari, Selasa hingga Kamis (3–5/11/2026), di Aula Kantor BPS Balangan. Pelatihan ditutup dengan praktik wawancara di Kelurahan Paringin Kota.

Kepala BPS Balangan, Sri Wahyuningsih, mengatakan pengisian di tablet mengurangi salah isi karena aplikasi langsung menolak jawaban yang tidak konsisten. “Dulu umur 12 tahun bisa tercatat bekerja di tambang tanpa ketahuan. Sekarang aplikasi langsung memberi peringatan,” katanya, Jumat (6/11/2026).

Para petugas mulai mendatangi 220 rumah tangga sampel di 22 blok sensus pada Senin (9/11/2026). Praktik lapangan dinilai langsung oleh pengawas dari BPS Provinsi Kalimantan Selatan, dan nilai terendah wajib mengulang simulasi wawancara. (bps-blg/sw)""",
 short="BPS Balangan latih 26 petugas Sakernas memakai tablet (CAPI), 3–5 November, dengan praktik di Paringin Kota. Pendataan 220 rumah tangga di 22 blok sensus mulai 9 November.",
 long=None,
 para="Bubuhan 26 petugas Sakernas Balangan sudah talatih tiga hari manggawi tablet, praktik di Paringin Kota jua. Ujar Bu Kepala BPS, aplikasi langsung manolak jawaban nang kada nyambung, jadi kada salah isi lagi. Mulai Sanayan 9 November bubuhannya turun ka 220 rumah. Tarima lah amun didatangi 😊",
 item="BPS Balangan latih 26 petugas Sakernas pakai tablet",
 neg=[
  ("kim-awayan", 20, "same Aula BPS Balangan, another event: a coaching session for village treasurers on reporting",
   "Aula Kantor BPS Balangan dipinjam Dinas PMD untuk pembinaan bendahara desa se-Kecamatan Awayan, Sabtu. Materinya laporan realisasi dana desa dan pajak. Ada 23 bendahara yang hadir, pulangnya dapat buku panduan."),
  ("kim-lampihong", 90, "tablets for another purpose: 26 tablets handed to SD teachers for the computer-based assessment",
   "Dinas Pendidikan Balangan menyerahkan 26 tablet untuk SD di Kecamatan Lampihong. Tablet dipakai untuk asesmen berbasis komputer dan latihan membaca. Guru diminta menjaga baterai dan menyimpan di lemari terkunci."),
  ("kim-halong", 260, "a later step told as its own news: officers arrive in one village of Halong; only that village's visit",
   "Petugas Sakernas sudah sampai ke Desa Halong, Kamis pagi. Dua orang mendatangi sepuluh rumah di RT 02 dan RT 03. Pambakal mendampingi sampai siang, katanya sisa rumah dilanjutkan besok karena banyak warga masih di kebun karet."),
 ],
 bef=[]),

dict(id="a06", src="bps-banjarbaru", at="2026-11-23 11:00",
 title="BPS Banjarbaru Kunjungi Ulang 48 Rumah Tangga untuk Cek Kualitas Sakernas",
 text="""BANJARBARU – BPS Kota Banjarbaru melakukan kunjungan ulang ke 48 rumah tangga yang sudah diwawancarai dalam Sakernas November, Senin (23/11/2026). Kegiatan pemeriksaan kualitas ini berlangsung sampai Jumat (27/11/2026) di lima kecamatan.

Kepala BPS Banjarbaru, Yusuf Mahendra, mengatakan rumah tangga dipilih acak dan hanya ditanya beberapa pertanyaan inti. “Kami mencocokkan jawaban dengan hasil petugas pertama. Bukan berarti ada yang salah, ini prosedur rutin supaya angka pengangguran Banjarbaru bisa dipertanggungjawabkan,” ujarnya.

Petugas kunjungan ulang adalah pegawai organik BPS yang membawa surat tugas. Warga yang ragu dapat mengonfirmasi ke kantor BPS di Jalan Trikora. Kunjungan ulang dilakukan pada siang hari dan tidak memakan waktu lebih dari dua puluh menit untuk setiap rumah tangga. (bps-bjb/ym)""",
 short="BPS Banjarbaru kunjungi ulang 48 rumah tangga Sakernas, 23–27 November, untuk mencocokkan jawaban. Petugasnya pegawai BPS bersurat tugas.",
 long=None,
 para="Amun rumah pian sudah didatangi petugas Sakernas, lalu ada pulang urang BPS badatangan manakuni hal nang sama, jangan bingung. Itu kunjungan ulang gasan cek kualitas, 48 rumah tangga haja di Banjarbaru, 23 sampai 27 November. Pegawai BPS langsung, babawa surat tugas. Rutin haja ujar Pa Kepala 👌",
 item="BPS Banjarbaru cek ulang 48 rumah tangga Sakernas",
 neg=[
  ("kim-bangkal", 30, "a résumé of Susenas (another survey) progress in Cempaka by a field supervisor; not the Sakernas re-visit",
   "Update dari pengawas lapangan: pendataan Susenas di Kecamatan Cempaka tinggal tiga blok sensus lagi. Ada dua rumah tangga yang pindah sehingga diganti sesuai aturan. Terima kasih warga Bangkal yang sudah menerima petugas dengan ramah."),
  ("kim-bangkal", 120, "same Jalan Trikora office, another object: BPS Banjarbaru's library corner opens for students",
   "Buat adik-adik SMA dan mahasiswa: perpustakaan BPS Kota Banjarbaru di Jalan Trikora buka untuk umum setiap Selasa dan Kamis. Bisa baca publikasi statistik dan minta dibantu mencari tabel. Gratis, cukup isi buku tamu."),
  ("kim-loktabat-utara", 210, "a quality re-check of a different programme (verifikasi bansos PKH) in one kelurahan",
   "Pendamping PKH Loktabat Utara melakukan verifikasi ulang ke 48 keluarga penerima pekan ini, mencocokkan kondisi rumah dengan data di aplikasi. Keluarga yang sudah mampu diminta mundur secara sukarela. Jadwal per RT ditempel di kantor kelurahan."),
 ],
 bef=[]),

dict(id="a07", src="bps-kalsel", at="2026-11-09 13:15",
 title="Lanjutan ST2023, BPS Kalsel Gelar Survei Ekonomi Pertanian di 3.960 Rumah Tangga Petani",
 text="""BANJARBARU – BPS Provinsi Kalimantan Selatan menggelar Survei Ekonomi Pertanian (SEP) 2026 sebagai lanjutan Sensus Pertanian 2023, mulai Senin (9/11/2026). Sebanyak 3.960 rumah tangga usaha pertanian di 13 kabupaten/kota akan diwawancarai tentang biaya produksi, pendapatan dan penggunaan pupuk sampai Senin (30/11/2026).

Kepala BPS Kalsel, Darmawan Sutikno, mengatakan SEP melengkapi hasil sensus yang hanya memotret jumlah petani. “Sensus memberi tahu berapa petani kita. Survei ini memberi tahu apakah bertani masih menguntungkan, dari sawah pasang surut sampai kebun karet,” ujarnya.

Responden dipilih dari daftar hasil ST2023. Petani diharapkan menyiapkan catatan panen dan nota pembelian pupuk agar wawancara lebih cepat. Wawancara dapat dilakukan di sawah atau kebun. (bps-kalsel/hms)""",
 short="Survei Ekonomi Pertanian (lanjutan ST2023) mulai 9 November: BPS Kalsel wawancarai 3.960 rumah tangga petani di 13 kabupaten/kota sampai 30 November, soal biaya, pendapatan dan pupuk.",
 long="""Sebagai lanjutan Sensus Pertanian 2023, BPS Kalsel menggelar Survei Ekonomi Pertanian sejak Senin, 9 November. Sampai 30 November, 3.960 rumah tangga usaha pertanian di seluruh Kalsel ditanya soal biaya produksi, pendapatan dan pemakaian pupuk.

Menurut Kepala BPS Kalsel Darmawan Sutikno, sensus hanya menghitung jumlah petani, sedangkan survei ini menjawab apakah bertani masih menguntungkan. Petani yang terpilih dari daftar ST2023 diminta menyiapkan catatan panen dan nota pupuk.""",
 para="Para patani, siapakan catatan panen wan nota tukar pupuk pian lah. BPS Kalsel lagi survei ekonomi patanian, lanjutan sensus 2023 samalam. Ada 3.960 rumah tangga patani nang ditakuni: barapa ungkus, barapa hasil, untung kah kada bahuma wayahini. Mulai 9 sampai 30 November. #PetaniKalsel",
 item="Survei Ekonomi Pertanian lanjutan ST2023 di 3.960 rumah tangga petani Kalsel",
 neg=[
  ("kim-tamban-catur", 35, "a poktan meeting in Tamban on planting schedules using ST2023 numbers recalled by the extension officer; not the survey",
   "Rapat kelompok tani Sumber Rejeki di Tamban Catur membahas jadwal tanam gadu. Penyuluh menyebut, menurut Sensus Pertanian 2023, separuh petani di desa ini berumur di atas 50 tahun, jadi perlu regenerasi. Pertemuan dilanjutkan dengan pembagian benih 40 kilogram."),
  ("kim-upau", 75, "same Kepala BPS Kalsel the same week at an award for a village, not the agricultural survey",
   "Kepala BPS Kalsel Darmawan Sutikno hadir di Tanjung untuk menyerahkan penghargaan pelaporan statistik kepada Dinas Kesehatan Tabalong. Dinas itu dinilai paling rapi mengirim data bulanan ke kantor statistik. Acara digelar sederhana di ruang rapat Bappeda."),
  ("kim-upau", 390, "a farmers' complaint about fertiliser prices; mentions nota pupuk but no survey",
   "Petani di Upau mengeluh harga pupuk nonsubsidi naik lagi, sekarang Rp450 ribu per sak. Kuota subsidi tidak cukup untuk kebun karet yang baru diremajakan. Kami minta Dinas Pertanian turun melihat langsung."),
 ],
 bef=[("kim-upau", 30, "a rumour before the release that 'sensus tani' will come again; no details",
   "Dengar-dengar bakal ada petugas sensus tani lagi, padahal 2023 kemarin sudah. Betul kah? Ada yang tahu ini untuk apa?")]),

dict(id="a08", src="pemkab-batola", at="2026-11-05 10:40",
 title="BPS Batola Catat Ongkos Tanam Padi 410 Petani Lewat Survei SOUT",
 text="""MARABAHAN – BPS Kabupaten Barito Kuala memulai Survei Ongkos Usaha Tani (SOUT) padi sawah, Kamis (5/11/2026). Sebanyak 410 petani di 17 kecamatan akan ditanya rincian ongkos satu musim tanam, dari benih, pupuk, sewa traktor hingga upah panen, sampai Rabu (25/11/2026).

Kepala BPS Batola, Rahmat Hidayatullah, mengatakan ongkos bertani di lahan pasang surut berbeda dengan sawah irigasi. “Petani di sini mengeluarkan biaya besar untuk pengolahan tanah dan kapur. Data SOUT membuat kebijakan pupuk dan harga gabah lebih adil untuk Batola,” ujarnya.

Sebanyak 41 petugas lapangan sudah dilatih pada pekan lalu. Petani responden dipilih dari daftar rumah tangga padi hasil Sensus Pertanian 2023. (diskominfo-batola/rh)""",
 short="BPS Batola tanya ongkos tanam padi 410 petani di 17 kecamatan lewat SOUT, 5–25 November. 41 petugas turun.",
 long="""BPS Barito Kuala memulai Survei Ongkos Usaha Tani padi pada 5 November. Sebanyak 410 petani di 17 kecamatan akan ditanya rincian biaya satu musim — benih, pupuk, kapur, sewa traktor, upah panen — sampai 25 November, oleh 41 petugas.

Kepala BPS Batola Rahmat Hidayatullah menekankan, ongkos di lahan pasang surut berbeda dari sawah irigasi, sehingga data ini penting bagi kebijakan pupuk dan harga gabah.""",
 para="Patani Batola, amun ada petugas BPS manakuni barapa duit gasan banih, pupuk, kapur, sewa traktor sampai upah mangatam, itu survei ongkos usaha tani (SOUT). Ada 410 patani di 17 kecamatan nang dipilih, 5 sampai 25 November. Ujar Pa Kepala BPS, ungkus di lahan pasang surut tu lain, jadi data ini gasan kabijakan pupuk nang adil.",
 item="SOUT padi: BPS Batola tanya ongkos tanam 410 petani",
 neg=[
  ("kim-berangas", 50, "Dinas Pertanian Batola's own demplot report with production costs of one poktan; its own figures",
   "Hasil demplot padi varietas lokal Siam Mutiara di Berangas: ongkos Rp7,8 juta per hektare, panen 4,6 ton gabah. Penyuluh mencatat kapur dan upah tanam jadi biaya terbesar. Kelompok tani Karya Bersama berencana menambah luas demplot musim depan."),
  ("kim-ulu-benteng", 140, "a traktor rental price dispute in Marabahan; farming costs, not a survey",
   "Warga tani Ulu Benteng protes tarif sewa traktor naik jadi Rp1,2 juta per borong hektar. Pemilik traktor beralasan solar susah dicari. Kepala desa akan mempertemukan kedua pihak Jumat malam di balai desa."),
  ("kim-tamban-catur", 310, "the next step as its own news: BPS Batola later announces the SOUT results schedule (early 2027); no release",
   "Ditanya kapan hasil survei ongkos tani keluar, petugas BPS yang mampir ke Tamban Catur bilang datanya baru diolah, paling cepat diumumkan awal tahun depan. Jadi belum ada angka resmi ya, jangan percaya yang beredar di grup."),
 ],
 bef=[]),

dict(id="a09", src="pemkab-hss", at="2026-11-10 14:30",
 title="Distan HSS Cocokkan Data ST2023 dengan e-RDKK di 144 Desa",
 text="""KANDANGAN – Dinas Pertanian Kabupaten Hulu Sungai Selatan mencocokkan daftar petani penerima pupuk subsidi (e-RDKK) 2027 dengan data lanjutan Sensus Pertanian 2023 di 144 desa, mulai Selasa (10/11/2026). Pencocokan dilakukan penyuluh bersama kelompok tani hingga Kamis (26/11/2026).

Kepala Dinas Pertanian HSS, Ahmad Zaini Rusli, mengatakan masih ada nama petani yang tercatat ganda atau sudah meninggal. “Dari uji coba di Kecamatan Angkinang kami temukan 212 nama yang perlu diperbaiki. Kalau tidak dicocokkan, pupuk bisa jatuh ke orang yang tidak bertani,” katanya.

Petani yang merasa belum terdaftar diminta melapor ke ketua kelompok tani dengan membawa bukti luas garapan. Daftar final dikirim ke kementerian pada Desember. (diskominfo-hss/ri)""",
 short="Distan HSS cocokkan e-RDKK 2027 dengan data lanjutan ST2023 di 144 desa, 10–26 November. Uji coba di Angkinang temukan 212 nama yang perlu diperbaiki.",
 long=None,
 para="Para patani HSS, daftar pupuk subsidi (e-RDKK) 2027 lagi dicocokakan lawan data sensus tani 2023 di 144 desa. Ujar Pa Kadis, di Angkinang haja ada 212 ngaran nang musti dibaiki, ada nang dobel ada nang sudah maninggal. Amun ngaran pian kada tacatat, lapor ka katua poktan, bawa bukti luas garapan. Tuntung 26 November.",
 item="Distan HSS cocokkan e-RDKK 2027 dengan data ST2023 di 144 desa",
 neg=[
  ("kim-angkinang", 24, "the Angkinang trial itself told later as a village's own cleaning with its own count, after the release",
   "Kelompok tani di Desa Angkinang Selatan membersihkan daftar anggotanya sendiri: tiga nama dicoret karena pindah ke Kalimantan Timur, dua karena meninggal, dan lima petani muda ditambahkan. Daftar baru ditandatangani ketua dan penyuluh."),
  ("kim-padang-batung", 100, "same Kadis Pertanian HSS at another event: launching a rice-seed garden",
   "Kadis Pertanian HSS Ahmad Zaini Rusli meresmikan kebun benih padi lokal di Padang Batung, Kamis pagi. Kebun seluas dua hektare itu akan memasok benih unggul untuk musim tanam 2027. Poktan setempat mengelola pengairan dan penjemuran."),
  ("kim-simpur", 330, "same number 212 meaning another thing: 212 bags of relief rice distributed in Simpur",
   "Sebanyak 212 karung beras bantuan pangan dibagikan di kantor Kecamatan Simpur hari ini. Warga antre sejak pagi dan dilayani per desa. Petugas minta penerima membawa undangan dan KTP."),
 ],
 bef=[]),

dict(id="a10", src="diskominfo-kalsel", at="2026-11-11 15:00",
 title="Diskominfo Kalsel Latih 60 Operator Desa Olah Data di Kelas Data Desa",
 text="""BANJARBARU – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan menggelar Kelas Data Desa bagi 60 operator desa dari enam kabupaten, Selasa hingga Kamis (10–12/11/2026), di Aula Diskominfo Kalsel. Peserta belajar merapikan tabel, menghapus data ganda, dan menyimpan data desa dalam format terbuka.

Kepala Bidang Statistik Diskominfo Kalsel, Mariana Sari, mengatakan banyak desa menyimpan data penduduk dan sarana dalam puluhan berkas yang saling bertentangan. “Kami ingin satu desa punya satu tabel yang rapi dan bisa dipakai untuk Satu Data Kalsel. Operatornya harus paham mulai dari kode wilayah sampai metadata,” ujarnya, Rabu (11/11/2026).

Setiap peserta membawa pulang contoh tabel dan wajib mengirim data desanya paling lambat Kamis (10/12/2026). (mc-kalsel/ms)""",
 short="Kelas Data Desa Diskominfo Kalsel, 10–12 November: 60 operator desa dari enam kabupaten dilatih merapikan tabel dan menyimpan data dalam format terbuka. Data desa dikirim paling lambat 10 Desember.",
 long="""Selama tiga hari, 10–12 November, Diskominfo Kalsel menggelar Kelas Data Desa di aulanya di Banjarbaru. Sebanyak 60 operator dari enam kabupaten belajar merapikan tabel, membuang data ganda, dan menyimpan data desa dalam format terbuka.

Kabid Statistik Mariana Sari ingin satu desa punya satu tabel rapi yang bisa masuk Satu Data Kalsel, lengkap dengan kode wilayah dan metadata. Peserta wajib mengirim data desanya paling lambat 10 Desember.""",
 para="Operator desa ni hanyar tuntung sakulah data 😁 Diskominfo Kalsel mangumpulakan 60 urang operator matan anam kabupaten, tiga hari di aula bubuhannya di Banjarbaru. Baajar marapiakan tabel, mambuang data dobel, manyimpan data dalam format tabuka. Ujar Bu Kabid, sa-desa sa-tabel haja. PR-nya data dikirim paling lambat 10 Desember!",
 item="Kelas Data Desa Diskominfo Kalsel untuk 60 operator desa",
 neg=[
  ("kim-bati-bati", 28, "same Aula Diskominfo Kalsel, another event: a PPID training for school staff the next day",
   "Bimtek PPID untuk pengelola informasi sekolah menengah digelar di Aula Diskominfo Kalsel hari ini. Pesertanya 40 staf tata usaha SMA/SMK. Mereka diajari membuat daftar informasi publik dan menjawab permohonan informasi dalam sepuluh hari kerja."),
  ("kim-lokpaikat", 60, "a village's own data-tidying day under the 'Kelas Data Desa' name, its own facts (one village, 8 volunteers)",
   "Kelas Data Desa ala Lokpaikat 😄 Tiga malam berturut-turut, delapan pemuda karang taruna membantu operator desa mengetik ulang buku tamu posyandu dan daftar UMKM ke laptop desa. Hasilnya 14 tabel. Belum sempurna, tapi sudah tidak tercecer di map lagi."),
  ("kim-lokpaikat", 480, "a KIM asking why their kabupaten was not among the six; complaint, not the training",
   "Kenapa operator desa dari Tapin tidak diundang ke kelas data di Banjarbaru bulan lalu? Yang ikut katanya cuma enam kabupaten. Semoga tahun depan giliran kami, karena data desa kami juga masih berantakan."),
 ],
 bef=[("kim-lokpaikat", 50, "hearsay before the class that Diskominfo will open 'sekolah data'; no facts",
   "Kabarnya Diskominfo provinsi mau bikin sekolah data untuk operator desa. Ada yang sudah dapat undangan? Desa kami belum.")]),

dict(id="a11", src="pemkab-tapin", at="2026-11-12 11:20",
 title="35 Desa di Binuang dan Hatungun Belajar Membuat Infografis Data Desa",
 text="""RANTAU – Pemerintah Kabupaten Tapin melalui Dinas Kominfo melatih perangkat dari 35 desa di Kecamatan Binuang dan Hatungun membuat infografis data desa, Kamis (12/11/2026), di Aula Kantor Kecamatan Binuang. Setiap desa mengirim dua orang, yakni kepala seksi pemerintahan dan operator.

Kepala Diskominfo Tapin, Ridwan Mahmudi, mengatakan papan data desa selama ini berisi angka yang tidak terbaca warga. “Angka jumlah balita, jalan rusak atau penerima bantuan harus bisa dipahami warga dalam sekali lihat. Karena itu kami ajarkan cara membuat grafik sederhana dari ponsel,” katanya.

Infografis hasil pelatihan akan dipasang di papan informasi tiap desa. Pelatihan yang sama direncanakan untuk desa di Kecamatan Tapin Utara pada 2027. (diskominfo-tapin/rm)""",
 short="Diskominfo Tapin latih perangkat 35 desa di Binuang dan Hatungun membuat infografis data desa dari ponsel (12/11, Aula Kecamatan Binuang). Hasilnya dipasang di papan informasi desa.",
 long=None,
 para="Papan data desa di Binuang wan Hatungun kaina kada sapalih angka haja lagi. Diskominfo Tapin maajari parangkat 35 desa maulah infografis matan HP, di aula kecamatan Binuang. Ujar Pa Kadis, angka balita, jalan rusak, panarima bantuan harus kawa dipaham warga sakali liat. Tahun 2027 giliran Tapin Utara. #Tapin",
 item="Diskominfo Tapin latih 35 desa membuat infografis data desa",
 neg=[
  ("kim-lokpaikat", 20, "same Aula Kecamatan Binuang the same week: a training for PKK cadres on posyandu records",
   "Aula Kantor Kecamatan Binuang dipakai untuk pelatihan kader PKK tentang pencatatan penimbangan balita, Sabtu. Ada 46 kader dari desa-desa Binuang. Mereka belajar mengisi KMS dan buku register posyandu."),
  ("kim-binuang", 72, "a village's own new information board with its own numbers (one village)",
   "Papan informasi Desa Binuang sudah diganti! Sekarang ada gambar jumlah penduduk 2.418 jiwa, 31 balita, dan panjang jalan desa yang rusak 1,2 km. Dibuat sendiri oleh operator desa dan dicetak di percetakan Rantau."),
  ("kim-bakarangan", 260, "same Kadis Diskominfo Tapin at another event (internet for village offices)",
   "Kadis Kominfo Tapin Ridwan Mahmudi meninjau jaringan internet di kantor desa Bakarangan yang sering putus. Ia berjanji router akan diganti pekan depan dan operator desa bisa melapor lewat grup pengaduan dinas."),
 ],
 bef=[]),

dict(id="a12", src="pemkab-kotabaru", at="2026-11-13 09:50",
 title="Operator Desa Kepulauan Kotabaru Ikuti Pelatihan Data Secara Daring",
 text="""KOTABARU – Pemerintah Kabupaten Kotabaru melatih 24 operator desa dari Kecamatan Pulau Sembilan dan Pulau Laut Kepulauan secara daring, Jumat (13/11/2026). Pelatihan dua sesi itu diikuti dari kantor desa masing-masing karena biaya dan waktu menyeberang ke ibu kota kabupaten cukup besar.

Kepala Bidang Statistik Diskominfo Kotabaru, Halimah Tusadiah, mengatakan materi difokuskan pada pengisian data kependudukan desa, nelayan dan sarana pendidikan. “Pelatihan tatap muka butuh dua hari perjalanan. Dengan daring, operator cukup siapkan sinyal dan laptop, dan rekamannya bisa diputar ulang,” katanya.

Diskominfo menyediakan pendampingan lewat grup pesan selama sebulan. Operator yang terkendala sinyal dapat mengirim berkas lewat kapal perintis berikutnya. (kominfo-ktb/ht)""",
 short="24 operator desa dari Pulau Sembilan dan Pulau Laut Kepulauan ikut pelatihan data daring dari Diskominfo Kotabaru (13/11) tanpa menyeberang; pendampingan sebulan lewat grup pesan.",
 long=None,
 para="Operator desa di pulau-pulau Kotabaru kada parlu manyubarang lagi gasan baajar data. Diskominfo Kotabaru maulah palatihan daring, 24 urang matan Pulau Sembilan wan Pulau Laut Kepulauan umpat matan kantor desa surang. Rakamannya kawa diulang. Amun sinyal kada nyambung, barkas dikirim lawan kapal perintis 🚢",
 item="Diskominfo Kotabaru latih 24 operator desa kepulauan secara daring",
 neg=[
  ("kim-sungai-bali", 50, "an online class of another office for island villages (teachers' online training)",
   "Guru-guru SD di Pulau Sebuku mengikuti pelatihan kurikulum secara daring dari Dinas Pendidikan Kotabaru, dua hari di sekolah masing-masing. Sinyal sempat putus-putus, tapi materi bisa diunduh ulang. Ada 31 guru yang ikut."),
  ("kim-semayap", 160, "a kapal perintis schedule change; the boat is the same but no data training",
   "Info jadwal kapal perintis: keberangkatan ke Pulau Sembilan yang biasanya Sabtu diundur ke Senin karena gelombang tinggi. Penumpang dan barang kiriman ke pulau mohon menyesuaikan."),
  ("kim-sampanahan", 290, "a Kotabaru village operator's own complaint about the signal, not the training",
   "Operator desa di Sampanahan mengeluh sinyal internet di kantor desa mati sejak Minggu. Laporan bantuan sosial tertunda dikirim. Kepala desa akan menyurati kecamatan agar menara di bukit segera diperbaiki."),
 ],
 bef=[]),

dict(id="a13", src="dpmd-kalsel", at="2026-11-16 10:30",
 title="DPMD Kalsel Minta 1.864 Desa Perbarui Buku Induk Penduduk Desa Sebelum Akhir Tahun",
 text="""BANJARBARU – Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Provinsi Kalimantan Selatan meminta 1.864 desa memperbarui Buku Induk Penduduk dan Buku Mutasi Penduduk Desa paling lambat Kamis (31/12/2026). Permintaan itu tertuang dalam surat edaran yang dikirim ke bupati se-Kalsel, Senin (16/11/2026).

Kepala DPMD Kalsel, Syahrial Noor, mengatakan banyak desa masih mencatat penduduk yang sudah pindah atau meninggal. “Buku induk desa berbeda dengan data Disdukcapil. Ini catatan administrasi desa sendiri, dipakai untuk musyawarah, bantuan dan pembagian RT. Kalau tidak diperbarui, rencana desa ikut keliru,” katanya.

Camat diminta memeriksa buku induk desa di wilayahnya pada Januari 2027. Desa dapat memakai format yang sudah diatur Permendagri tentang administrasi desa. (dpmd-kalsel/sn)""",
 short="DPMD Kalsel minta 1.864 desa perbarui Buku Induk dan Buku Mutasi Penduduk Desa paling lambat 31 Desember 2026 (surat edaran 16/11). Camat periksa pada Januari 2027.",
 long="""Lewat surat edaran ke para bupati tertanggal 16 November, DPMD Kalsel meminta 1.864 desa memperbarui Buku Induk Penduduk dan Buku Mutasi Penduduk Desa sebelum 31 Desember 2026.

Kepala DPMD Syahrial Noor menegaskan buku induk desa bukan data Disdukcapil, melainkan catatan administrasi desa untuk musyawarah, bantuan dan pembagian RT. Camat akan memeriksa buku-buku itu pada Januari 2027.""",
 para="Pambakal wan sekdes sa-Kalsel, buku induk panduduk desa pian sudah dibaharui kah? DPMD Kalsel mangirim surat edaran, 1.864 desa musti mambaiki buku induk wan buku mutasi panduduk sabalum 31 Desember. Banyak nang masih mancatat urang nang sudah pindah atawa maninggal. Ingat, ini lain data Capil lah, ini catatan desa surang. Januari kaina camat mamariksa.",
 item="DPMD Kalsel: 1.864 desa perbarui buku induk penduduk sebelum 31/12",
 neg=[
  ("kim-kurau", 26, "Disdukcapil's KTP/KK pick-up service in Kurau; population data but the Disdukcapil service explicitly excluded",
   "Disdukcapil Tanah Laut membuka layanan jemput bola perekaman KTP-el dan cetak KK di kantor Desa Kurau, Selasa. Warga yang belum rekam, terutama pemilih pemula, diminta datang membawa fotokopi KK. Ada 58 warga yang dilayani."),
  ("kim-antasan-senor", 120, "a village's own mutation book recap for November (its own counts)",
   "Rekap buku mutasi penduduk Desa Antasan Senor bulan ini: 4 kelahiran, 2 kematian, 3 warga pindah keluar, 1 keluarga datang dari Amuntai. Terima kasih Pak RT yang rajin melapor. Jumlah penduduk sekarang 1.982 jiwa."),
  ("kim-upau", 210, "same DPMD Kalsel, another circular: deadline for village fund reports",
   "Surat edaran DPMD Kalsel yang baru: laporan realisasi dana desa tahap akhir harus masuk paling lambat 20 Desember. Desa yang terlambat bisa tertunda pencairan tahun depan. Operator desa di Upau sudah mulai lembur 😅"),
 ],
 bef=[]),

dict(id="a14", src="pemkab-hst", at="2026-11-17 14:45",
 title="Gerakan Lapor Mutasi RT, 1.320 Ketua RT di HST Wajib Lapor Kelahiran dan Kematian Tiap Bulan",
 text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah meluncurkan Gerakan Lapor Mutasi RT, Selasa (17/11/2026), di Pendopo Bupati HST. Melalui gerakan ini, 1.320 ketua RT wajib melaporkan kelahiran, kematian, warga pindah dan warga datang ke kantor desa paling lambat tanggal 5 setiap bulan.

Wakil Bupati HST, Mansyur Hidayat, mengatakan laporan RT menjadi dasar buku mutasi penduduk desa. “Selama ini desa baru tahu ada warga meninggal saat mengurus bantuan. Dengan lapor bulanan, data desa hidup dan selalu sesuai keadaan,” ujarnya.

Setiap RT menerima buku lapor bergambar dan formulir sederhana. Laporan pertama dikumpulkan pada Sabtu (5/12/2026), lalu direkap desa untuk diteruskan ke kecamatan. (prokom-hst/mh)""",
 short="HST luncurkan Gerakan Lapor Mutasi RT (17/11): 1.320 ketua RT wajib lapor kelahiran, kematian, pindah dan datang ke desa tiap tanggal 5. Laporan pertama 5 Desember.",
 long="""Di Pendopo Bupati HST, Selasa 17 November, Wakil Bupati Mansyur Hidayat meluncurkan Gerakan Lapor Mutasi RT. Sebanyak 1.320 ketua RT kini wajib melaporkan kelahiran, kematian, warga pindah dan warga datang ke kantor desa setiap tanggal 5.

Menurut Wabup, desa selama ini baru tahu ada warga meninggal ketika bantuan diurus. Setiap RT menerima buku lapor bergambar; laporan pertama dikumpulkan 5 Desember.""",
 para="Pak RT se-HST, mulai wayahini pian wajib malapor ka desa tiap tanggal 5: sapa nang baranak, sapa nang maninggal, sapa nang pindah wan datang. Ngarannya Gerakan Lapor Mutasi RT, 1.320 katua RT umpat. Ujar Pa Wabup, supaya desa kada hanyar tahu urang maninggal pas baurus bantuan. Lapuran panambaian 5 Desember. #HST",
 item="HST luncurkan Gerakan Lapor Mutasi RT untuk 1.320 ketua RT",
 neg=[
  ("kim-birayang", 8, "same Wabup HST the same evening at another event (a Maulid)",
   "Wakil Bupati HST Mansyur Hidayat menghadiri peringatan Maulid Nabi di Masjid Al-Mukarramah Birayang, Selasa malam. Dalam sambutannya ia mengajak jemaah menjaga kebersihan sungai. Acara ditutup dengan pembacaan syair maulid."),
  ("kim-limpasu", 80, "same Pendopo Bupati HST, another event: a PKK cooking contest",
   "Lomba masak ikan lokal tingkat kabupaten berlangsung di Pendopo Bupati HST. Tim PKK Kecamatan Limpasu membawa pais patin dan meraih juara dua. Juri menilai rasa, penyajian dan kebersihan."),
  ("kim-haruyan", 430, "the first monthly report of one village told as its own news (after 5 Dec)",
   "Laporan mutasi pertama dari RT se-Desa Haruyan sudah masuk lengkap: 11 RT melapor, tercatat 3 bayi lahir, 1 warga meninggal dan 2 keluarga pindah ke Barabai. Sekdes langsung memasukkan ke buku mutasi desa."),
 ],
 bef=[("kim-haruyan", 22, "invitation to the launch the day before; no details of the programme",
   "Undangan untuk ketua RT se-Haruyan: besok pagi jam 09.00 ke Pendopo Bupati di Barabai, ada peluncuran program dari Pemkab. Transport disiapkan desa, kumpul di kantor desa jam 07.30.")]),
]
