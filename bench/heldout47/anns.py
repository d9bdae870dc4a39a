"""heldout47, hand-written: releases (three paragraphs), summaries, paraphrases, look-alikes, `before` posts.

Each entry: id, src, pub (Wita, Nov 2026), title, text (3 paragraphs), sums (1-2 own-words summaries),
para (Banjar or casual paraphrase), look [(text, how it differs)], before [(text, hours before, how)].
"""
import datetime

_H = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def H(d):
    return "{} ({}/11/2026)".format(_H[datetime.date(2026, 11, d).weekday()], d)


A = []


def ann(**k):
    A.append(k)


# ---------------------------------------------------------------- F1 bantuan hukum gratis
ann(id="a01", src="pemprov-kalsel", pub="2026-11-03T15:20", title="Pemprov Kalsel Teken Perjanjian Bantuan Hukum Gratis dengan 11 OBH untuk 360 Perkara",
    text=[f"BANJARBARU – Pemerintah Provinsi Kalimantan Selatan melalui Biro Hukum Setda menandatangani perjanjian pelaksanaan bantuan hukum dengan 11 organisasi bantuan hukum (OBH) terakreditasi, {H(3)}, di Aula Biro Hukum Kantor Gubernur. Perjanjian itu membiayai pendampingan 360 perkara warga miskin pada tahun anggaran 2027 dengan pagu Rp1,8 miliar.",
          "“Warga tidak mampu tidak perlu membayar pengacara. Cukup membawa surat keterangan tidak mampu dari desa atau kelurahan, lalu datangi OBH terdekat,” kata Kepala Biro Hukum Setda Kalsel, Rahmadi Noorsyah.",
          "Daftar 11 OBH beserta alamat kantornya akan diumumkan di laman resmi Pemprov Kalsel dan dibagikan ke kabupaten/kota pekan depan. Layanan pendampingan berlaku di pengadilan maupun di luar pengadilan. (biro-hukum/rmd)"],
    sums=["Tahun 2027 Pemprov Kalsel membiayai pengacara gratis untuk 360 perkara warga miskin lewat 11 OBH terakreditasi, total Rp1,8 miliar. Syaratnya cukup SKTM dari desa/kelurahan.",
          "Perjanjian bantuan hukum Biro Hukum Setda Kalsel dengan 11 OBH diteken Selasa 3/11 di Kantor Gubernur Banjarbaru: 360 perkara, Rp1,8 M, untuk warga tak mampu."],
    para="Dangsanak, nang kada baduit gasan bayar pengacara kada usah takutan lagi. Pemprov Kalsel sudah bateken wan 11 OBH, tahun 2027 ada jatah 360 perkara dibayari pemerintah, duitnya saribu dalapan ratus juta. Bawa haja SKTM matan desa ✅ #BantuanHukumGratis",
    look=[("Bantuan hukum gratis di Kabupaten Tapin: Bagian Hukum Setda Tapin menganggarkan Rp90 juta untuk 18 perkara warga miskin tahun depan, bekerja sama dengan satu LBH di Rantau. Pendaftaran lewat kantor desa masing-masing.", "another kabupaten's own bankum budget (Tapin, 18 perkara, Rp90 juta)"),
          ("Kilas balik: tahun 2025 lalu Biro Hukum Setda Kalsel bekerja sama dengan 8 OBH dan menangani 214 perkara warga kurang mampu. Semoga tahun ini makin banyak yang terbantu.", "last year's edition and its figures (8 OBH, 214 perkara)"),
          ("Ada yang tanya di grup: kalau kena kasus utang piutang apakah bisa minta pengacara gratis dari provinsi? Sepengetahuan admin harus tanya langsung ke LBH, belum ada info resmi di desa kita soal syaratnya.", "a resident's question, no programme facts"),
          ("Kepala Biro Hukum Setda Kalsel Rahmadi Noorsyah hari ini juga menerima kunjungan DPRD Tabalong membahas harmonisasi raperda tentang pasar rakyat, bertempat di ruang rapat Biro Hukum.", "the same official the same day at another event (raperda harmonisation)")],
    before=[("Info dari kawan di kantor gubernur: besok ada penandatanganan kerja sama bantuan hukum gratis dengan beberapa LBH. Kita tunggu rilis resminya ya.", 20, "announced the day before, no figures")])

ann(id="a02", src="pn-banjarmasin", pub="2026-11-09T10:05", title="Posbakum PN Banjarmasin Buka hingga Pukul 16.00 Mulai 16 November",
    text=[f"BANJARMASIN – Pengadilan Negeri Banjarmasin memperpanjang jam layanan pos bantuan hukum (Posbakum) hingga pukul 16.00 Wita mulai Senin (16/11/2026). Keputusan itu diumumkan {H(9)} setelah evaluasi menunjukkan 1.146 layanan konsultasi dan pembuatan dokumen hukum diberikan sepanjang Januari hingga Oktober 2026.",
          "“Antrean paling panjang justru sore hari, karena banyak warga baru bisa datang setelah bekerja. Tiga advokat piket dari LBH mitra akan bergantian melayani,” ujar Ketua PN Banjarmasin, Hendra Wibisono Saputro.",
          "Layanan Posbakum tetap gratis bagi warga yang membawa SKTM atau kartu bansos. Warga cukup datang ke ruang Posbakum di lantai satu gedung PN Banjarmasin tanpa perlu janji terlebih dahulu. (humas-pnbjm/ws)"],
    sums=["Mulai 16 November Posbakum PN Banjarmasin buka sampai jam 16.00. Sepanjang Jan–Okt ada 1.146 layanan, dan ada 3 advokat piket. Gratis dengan SKTM/kartu bansos.",
          "Kabar baik buat yang kerja: ruang Posbakum lantai 1 PN Banjarmasin sekarang melayani sampai pukul empat sore, mulai Senin 16/11, tanpa janji."],
    para="Ulun handak bapadah, Posbakum di PN Banjarmasin wayahini buka sampai jam ampat sore, mulai tanggal 16 November. Jadi nang bagawi kawa haja singgah sapulang gawian, ada tiga pengacara bagiliran. Gratis asal bawa SKTM atawa kartu bansos 👍",
    look=[("Posbakum Pengadilan Agama Banjarmasin tetap buka pukul 08.00–15.00 seperti biasa. Kemarin petugasnya menjelaskan layanan gugatan cerai dan harta bersama untuk warga Kelayan.", "another court (Pengadilan Agama) keeping its normal hours"),
          ("PN Banjarmasin hari ini menggelar sidang perdana perkara sengketa lahan di Jalan Sutoyo S dengan 14 penggugat. Sidang ditunda pekan depan karena tergugat tidak hadir.", "the same court, another object (a land case hearing)"),
          ("Ada yang bilang Posbakum PN Banjarmasin buka sampai malam dan bisa lewat WhatsApp. Setahu ulun belum ada pengumuman resmi soal itu, jangan percaya dulu.", "a rumour about evening/WhatsApp service, denied"),
          ("Gedung PN Banjarmasin hari ini jadi lokasi donor darah HUT Mahkamah Agung, 62 kantong terkumpul dari pegawai dan warga sekitar.", "the same building, another event (blood drive)")],
    before=[])

ann(id="a03", src="pemkab-tabalong", pub="2026-11-12T14:40", title="Klinik Bantuan Hukum Keliling Tabalong Sambangi 12 Kecamatan",
    text=[f"TANJUNG – Pemerintah Kabupaten Tabalong meluncurkan Klinik Bantuan Hukum Keliling, {H(12)}, di Pendopo Bersinar Tanjung. Klinik yang melibatkan dua LBH mitra ini akan menyambangi 12 kecamatan hingga Maret 2027, dengan anggaran Rp240 juta untuk mendampingi hingga 48 perkara warga kurang mampu.",
          "“Banyak persoalan warga seperti tanah warisan atau utang yang sebenarnya bisa selesai lewat konsultasi. Kami datangi mereka, bukan menunggu di kantor,” kata Kepala Bagian Hukum Setda Tabalong, Fitriani Lestari Wahyudi.",
          "Kunjungan pertama dijadwalkan di Kantor Kecamatan Muara Uya pada Kamis (19/11/2026), disusul Kecamatan Haruai pada awal Desember. Jadwal lengkap disampaikan melalui camat dan kepala desa. (prokom-tbl/fl)"],
    sums=["Klinik Bantuan Hukum Keliling Tabalong diluncurkan 12/11 di Pendopo Bersinar: 12 kecamatan sampai Maret 2027, Rp240 juta, maksimal 48 perkara. Pertama di Muara Uya Kamis 19/11.",
          "Warga Tabalong yang punya masalah warisan atau utang bisa konsultasi gratis, Klinik Bantuan Hukum Keliling mulai mendatangi kecamatan, Muara Uya duluan tanggal 19 November."],
    para="Bubuhan Tabalong, klinik bantuan hukum kaliling sudah diluncurakan di Pendopo Bersinar. Inya handak mandatangi 12 kecamatan sampai Maret, nang partama Muara Uya Kamis 19/11. Masalah tanah warisan, utang, kawa ditakunakan, kada bebayar 🙏",
    look=[("Klinik hukum keliling di Muara Uya kemarin: dari 23 warga yang datang, empat perkara tanah langsung dibawa LBH ke mediasi desa pekan depan.", "the first stop's outcome (19/11), its own facts"),
          ("Pendopo Bersinar Tanjung sore ini dipakai untuk rapat persiapan Hari Jadi Tabalong, dihadiri camat se-Tabalong.", "the same venue, another meeting"),
          ("Penyuluhan hukum soal hak waris di Desa Kelua oleh mahasiswa KKN Fakultas Hukum, Sabtu kemarin, diikuti 40 warga. Materinya soal faraid dan pembagian tanah.", "a students' legal talk in a village, not the clinic"),
          ("Balangan juga punya program serupa, tapi di sana konsultasinya di kantor Bagian Hukum tiap Senin, bukan keliling.", "another kabupaten's office-based service")],
    before=[("Kabar dari camat: minggu depan ada klinik hukum keliling ke Muara Uya, katanya gratis. Tunggu pengumuman resmi dari kabupaten.", 30, "rumour the day before the launch")])

ann(id="a04", src="pemkab-hst", pub="2026-11-18T11:15", title="Konsultasi Hukum Gratis Dibuka Tiap Rabu di MPP Barabai",
    text=[f"BARABAI – Bagian Hukum Setda Hulu Sungai Tengah membuka gerai konsultasi hukum gratis di Mal Pelayanan Publik (MPP) Barabai setiap Rabu mulai pekan depan. Gerai itu diresmikan {H(18)} dan dilayani dua advokat dari LBH mitra serta satu analis hukum Pemkab HST.",
          "“Tahun ini tercatat 87 pengaduan warga soal sengketa tanah, perceraian, dan pinjaman. Dengan gerai di MPP, warga yang mengurus dokumen lain bisa sekalian bertanya,” ujar Kepala Bagian Hukum Setda HST, Ahmad Rifani Mubarak.",
          "Layanan dibuka pukul 09.00 hingga 14.00 Wita mulai Rabu (25/11/2026). Warga diminta membawa fotokopi KTP dan dokumen terkait perkara. (dkisp-hst/arm)"],
    sums=["Mulai Rabu 25/11 tiap Rabu jam 9–14 ada konsultasi hukum gratis di MPP Barabai: 2 advokat LBH + 1 analis hukum Pemkab HST. Bawa fotokopi KTP.",
          "Bagian Hukum HST buka gerai konsultasi hukum di MPP Barabai tiap Rabu; tahun ini 87 pengaduan soal tanah, cerai, pinjaman."],
    para="Warga HST, di MPP Barabai wayahini ada gerai konsultasi hukum kada bebayar, tiap hari Rabu haja, mulai 25 November jam sanga sampai jam dua. Bawa KTP wan berkas parkara pian lah 📂",
    look=[("MPP Barabai mulai pekan depan juga melayani perekaman KTP-el tiap Sabtu untuk pelajar yang baru berumur 17 tahun.", "the same venue, another service"),
          ("Kejari HST membuka posko pengaduan dana desa di kantornya di Barabai selama bulan Desember. Warga bisa melapor penyimpangan.", "another office's complaint desk, another object"),
          ("Konsultasi hukum gratis juga ada di Kantor Desa Pantai Hambawang tiap Jumat, dilayani sarjana hukum warga desa sendiri secara sukarela sejak 2024.", "a village's own volunteer service, older"),
          ("Gerai konsultasi hukum di MPP Barabai Rabu kemarin sepi, cuma lima orang yang datang. Admin sarankan agar diumumkan di masjid-masjid.", "a later report of one Wednesday's turnout")],
    before=[])

ann(id="a05", src="kemenkum-kalsel", pub="2026-11-06T16:30", title="14 OBH di Kalsel Lulus Akreditasi Periode 2027–2029",
    text=[f"BANJARMASIN – Kantor Wilayah Kementerian Hukum Kalimantan Selatan mengumumkan 14 organisasi bantuan hukum (OBH) lulus verifikasi dan akreditasi periode 2027–2029, {H(6)}. Jumlah itu naik dari 11 OBH pada periode sebelumnya, dengan tambahan dua OBH di Tanah Bumbu dan satu di Hulu Sungai Utara.",
          "“Akreditasi memastikan warga miskin didampingi advokat yang kompeten. OBH yang lulus berhak menerima dana bantuan hukum dari APBN dan APBD,” kata Kepala Kanwil Kemenkum Kalsel, Dwi Haryono Santosa.",
          "Daftar 14 OBH terakreditasi segera dimuat di laman kanwil. Kanwil akan memantau pelaksanaan bantuan hukum di setiap OBH setiap triwulan mulai Januari 2027. (kanwil-kalsel/dhs)"],
    sums=["Kanwil Kemenkum Kalsel: 14 OBH lulus akreditasi 2027–2029 (naik dari 11), termasuk tambahan 2 di Tanbu dan 1 di HSU. OBH lulus bisa menerima dana bankum APBN/APBD."],
    para="Kabar matan Kanwil Kemenkum: wayahini ada 14 OBH di Kalsel nang lulus akreditasi gasan 2027–2029, tadinya 11 haja. Tanbu tambah dua, HSU tambah asa. Jadi makin parak lah warga handak minta pandampingan hukum 👌",
    look=[("Kanwil Kemenkum Kalsel pagi tadi juga menyerahkan sertifikat merek kepada 30 pelaku UMKM di aula kanwil Banjarmasin.", "the same office the same day, another object"),
          ("LBH di Batulicin yang baru berdiri tahun ini mengaku masih menunggu verifikasi tahun depan karena belum genap dua tahun berbadan hukum.", "an OBH not yet accredited"),
          ("Jumlah advokat di Kalsel yang terdaftar di Peradi tahun ini 14 orang bertambah di Tanah Bumbu, menurut ketua DPC setempat.", "the same figure 14, meaning new advocates")],
    before=[])

# ---------------------------------------------------------------- F2 Jaksa Masuk Sekolah
ann(id="a06", src="kejati-kalsel", pub="2026-11-03T09:10", title="Jaksa Masuk Sekolah Serentak di 26 SMA/SMK se-Kalsel",
    text=[f"BANJARMASIN – Kejaksaan Tinggi Kalimantan Selatan bersama 13 kejaksaan negeri menggelar program Jaksa Masuk Sekolah (JMS) serentak di 26 SMA dan SMK, {H(2)}. Sekitar 7.800 siswa mengikuti materi tentang perundungan, penyebaran konten pribadi, dan jerat UU ITE.",
          "“Banyak pelajar tidak tahu bahwa merekam dan menyebarkan video teman yang dirundung bisa berujung pidana. Kami ingin mereka paham sebelum terlambat,” kata Asisten Intelijen Kejati Kalsel, Bambang Sulistyo Rahardjo.",
          "Kejati juga membuka lomba video pendek JMS bertema antiperundungan bagi pelajar SMA/SMK, dengan pendaftaran hingga Senin (16/11/2026). Pemenang diumumkan akhir November. (penkum-kejati/bsr)"],
    sums=["JMS serentak 2 November: Kejati Kalsel dan 13 kejari datang ke 26 SMA/SMK, 7.800 siswa belajar soal perundungan dan UU ITE. Ada lomba video pendek, daftar sampai 16/11.",
          "Senin 2/11 jaksa mengajar di 26 sekolah se-Kalsel (JMS serentak). Pesan Asintel Kejati: merekam dan menyebar video perundungan bisa dipidana."],
    para="Kakanakan SMA/SMK, jaksa sudah datang ka 26 sakulah se-Kalsel hari Senin tadi, 7.800 urang nang umpat. Ingat lah, marekam kawan dibully lalu disebar kawa kana pidana! Ada jua lomba video pendek, daftar sampai 16 November 🎬",
    look=[("Jaksa Masuk Sekolah tahun lalu di SMAN 1 Martapura membahas bahaya narkoba, diikuti 400 siswa. Foto-fotonya baru kami temukan di arsip.", "last year's edition at one school"),
          ("Besok tim Kejari Tabalong mengisi upacara di SMAN 1 Tanjung sebagai pembina, bukan acara JMS, dalam rangka Hari Guru.", "a prosecutor as upacara leader, not JMS"),
          ("Siswa SMKN 1 Kandangan membuat poster antiperundungan sendiri untuk mading sekolah, karya terbaik dipasang di gerbang.", "a school's own anti-bullying activity"),
          ("Kejati Kalsel hari ini juga menerima penyerahan tersangka dan barang bukti perkara korupsi pengadaan kapal dari penyidik.", "the same office the same day, another case")],
    before=[("Pengumuman sekolah: Senin pagi siswa kelas X dan XI kumpul di aula, ada tamu dari kejaksaan. Seragam lengkap.", 26, "school notice before the event")])

ann(id="a07", src="kejari-banjarbaru", pub="2026-11-05T13:45", title="Jaksa Masuk Sekolah di SMAN 4 Banjarbaru Bahas Pelecehan Daring",
    text=[f"BANJARBARU – Kejaksaan Negeri Banjarbaru menggelar Jaksa Masuk Sekolah di SMA Negeri 4 Banjarbaru, {H(5)}. Sebanyak 540 siswa mendengarkan materi tentang pelecehan seksual daring, penyebaran foto tanpa izin, dan cara melapor bila menjadi korban.",
          "“Korban sering diam karena malu. Kami tunjukkan jalur pelaporan yang aman, termasuk ke guru BK dan UPTD PPA,” ujar Kepala Seksi Intelijen Kejari Banjarbaru, Yudha Pratama Nugraha.",
          "Kejari Banjarbaru menjadwalkan JMS berikutnya di dua madrasah aliyah pada Desember. Sekolah yang berminat dapat mengajukan permohonan melalui surat ke kantor Kejari. (intel-kjbjb/ypn)"],
    sums=["Kejari Banjarbaru JMS di SMAN 4 Banjarbaru Kamis 5/11: 540 siswa belajar soal pelecehan daring dan foto tanpa izin, dan cara melapor ke BK/UPTD PPA."],
    para="Di SMAN 4 Banjarbaru tadi jaksa bakisah lawan 540 siswa, pasal palecehan di hp wan foto nang disebar kada baizin. Amun jadi korban jangan badiam, padahi guru BK atawa UPTD PPA. Mantap Kejari Banjarbaru 👏",
    look=[("Dua madrasah aliyah di Banjarbaru kabarnya dapat giliran JMS Desember nanti. Jadwal pastinya belum keluar dari Kejari.", "the next step (December) told as a rumour"),
          ("SMAN 4 Banjarbaru juara umum lomba paskibra tingkat kota, piala diserahkan di lapangan sekolah Kamis pagi.", "the same school, another event"),
          ("Kasi Intel Kejari Banjarbaru Yudha Pratama Nugraha siang ini menjadi narasumber dialog radio tentang pengawasan aliran kepercayaan.", "the same official the same day, another event")],
    before=[])

ann(id="a08", src="kejari-hss", pub="2026-11-10T15:00", title="Sepekan, Jaksa Sambangi 8 SMP di Kandangan",
    text=[f"KANDANGAN – Kejaksaan Negeri Hulu Sungai Selatan memulai rangkaian Jaksa Masuk Sekolah di delapan SMP di Kecamatan Kandangan, {H(10)}. Selama sepekan hingga Sabtu (14/11/2026), sekitar 2.100 siswa akan menerima materi tentang tawuran, membawa senjata tajam, dan akibat hukumnya bagi anak.",
          "“Anak yang berkonflik dengan hukum tetap bisa diproses, meskipun dengan aturan khusus. Lebih baik mencegah sejak SMP,” kata Kepala Kejaksaan Negeri HSS, Irwansyah Hadi Kusuma.",
          "Setelah Kandangan, JMS akan berlanjut ke SMP di Kecamatan Daha Selatan dan Daha Utara pada awal 2027. Guru diminta memantau siswa yang kerap membawa benda tajam. (kejari-hss/ihk)"],
    sums=["Kejari HSS keliling 8 SMP di Kandangan 10–14 November, 2.100 siswa diajari soal tawuran dan bawa sajam. Daha Selatan/Utara menyusul awal 2027.",
          "Sepekan ini jaksa dari Kejari HSS masuk ke delapan SMP di Kandangan, materi tawuran dan senjata tajam."],
    para="Kakanakan SMP di Kandangan, saminggu ini jaksa Kejari HSS masuk ka dalapan sakulah, 10 sampai 14 November. Jangan suah mambawa lading ka sakulah, jangan bakalahi, kawa baurusan wan hukum walau masih anak 🙅",
    look=[("Tahun depan JMS Kejari HSS giliran SMP di Daha Selatan dan Daha Utara. Sekolah di Negara diminta menyiapkan aula.", "the next stage (Daha, 2027) told as its own news"),
          ("Polres HSS merazia senjata tajam di terminal Kandangan malam tadi, dua parang diamankan dari penumpang.", "police razia, another office"),
          ("SMPN 2 Kandangan menggelar lomba pidato bahasa Banjar antarkelas, juara satu dari kelas VIII-C.", "a school's own event"),
          ("Ada kabar tawuran pelajar di jembatan Kandangan kemarin sore. Ternyata hoaks, foto lama dari daerah lain, kata pihak sekolah.", "a denied rumour of a brawl")],
    before=[("Anak ulun bilang hari Senin jaksa datang ke sekolahnya di Kandangan, disuruh pakai seragam lengkap. Ada yang tahu acara apa?", 8, "a parent's question before the start")])

ann(id="a09", src="kejati-kalsel", pub="2026-11-27T10:30", title="SMAN 1 Paringin Juara Lomba Video Pendek Jaksa Masuk Sekolah",
    text=[f"BANJARMASIN – SMA Negeri 1 Paringin meraih juara pertama lomba video pendek Jaksa Masuk Sekolah tingkat Kalimantan Selatan, diumumkan {H(26)} di Aula Kejati Kalsel. Dari 94 karya yang masuk, juri memilih video berjudul “Diam Bukan Pilihan” tentang teman yang berani melaporkan perundungan.",
          "“Pesannya sederhana tapi kuat. Penonton diajak tidak menjadi penonton perundungan,” kata Asisten Intelijen Kejati Kalsel, Bambang Sulistyo Rahardjo. Juara kedua diraih SMKN 2 Tanjung dan ketiga MAN 2 Banjarmasin.",
          "Juara pertama menerima Rp7,5 juta, kedua Rp5 juta, dan ketiga Rp3 juta. Video pemenang akan diputar pada peringatan Hari Antikorupsi Sedunia di Banjarmasin, 9 Desember. (penkum-kejati/bsr)"],
    sums=["Pemenang lomba video JMS Kejati Kalsel: 1) SMAN 1 Paringin “Diam Bukan Pilihan” Rp7,5 juta, 2) SMKN 2 Tanjung, 3) MAN 2 Banjarmasin. Ada 94 karya masuk.",
          "Selamat SMAN 1 Paringin! Juara 1 lomba video pendek Jaksa Masuk Sekolah se-Kalsel, dari 94 video."],
    para="Salamat gasan SMAN 1 Paringin, juara asa lomba video JMS se-Kalsel! Videonya “Diam Bukan Pilihan”, bakisah kawan nang wani malapur pambully-an. Hadiahnya tujuh juta satangah. SMKN 2 Tanjung juara dua, MAN 2 Banjarmasin juara talu 🏆 #Balangan",
    look=[("SMAN 1 Paringin juga juara dua lomba film pendek Festival Literasi Balangan bulan lalu, dengan film tentang sungai.", "the same school's other contest"),
          ("Lomba video pendek antinarkoba BNNK Tabalong untuk pelajar masih dibuka sampai 10 Desember, hadiah total Rp7,5 juta.", "another contest with the same amount")],
    before=[("Pengumuman lomba video JMS diundur katanya, belum ada info resmi pemenang. Sabar menunggu ya kawan-kawan.", 70, "a rumour of postponement before the result"),
            ("Video kami “Diam Bukan Pilihan” masuk nominasi lomba JMS Kejati Kalsel! Doakan ya, pengumuman minggu ini. – OSIS SMAN 1 Paringin", 40, "nominee post before the winners")])

# ---------------------------------------------------------------- F3 sidang keliling
ann(id="a10", src="pn-martapura", pub="2026-11-04T14:10", title="PN Martapura Gelar Sidang Keliling di Aluh-Aluh, 76 Permohonan Terdaftar",
    text=[f"MARTAPURA – Pengadilan Negeri Martapura akan menggelar sidang keliling di Kantor Kecamatan Aluh-Aluh pada Rabu dan Kamis (11–12/11/2026). Hingga {H(4)}, tercatat 76 permohonan, sebagian besar pencatatan kelahiran yang terlambat dan perbaikan nama di akta, yang didaftarkan bersama Disdukcapil Kabupaten Banjar.",
          "“Warga Aluh-Aluh tidak perlu menyeberang dan menghabiskan ongkos ke Martapura. Hakim, panitera, dan petugas Disdukcapil datang ke kecamatan,” kata Ketua PN Martapura, Sri Wahyuningsih Darmawan.",
          "Pemohon diminta hadir pukul 08.00 Wita membawa dua saksi dan dokumen asli. Penetapan yang dibacakan hari itu langsung dapat dipakai untuk menerbitkan akta di loket Disdukcapil di lokasi yang sama. (humas-pnmtp/swd)"],
    sums=["Sidang keliling PN Martapura di Kantor Kecamatan Aluh-Aluh 11–12 November: 76 permohonan (akta lahir terlambat, perbaikan nama). Bawa 2 saksi dan dokumen asli, hadir jam 8.",
          "Warga Aluh-Aluh, hakim PN Martapura dan Disdukcapil Banjar datang ke kantor kecamatan 11–12/11 untuk sidang permohonan akta, jadi tidak usah ke Martapura."],
    para="Warga Aluh-Aluh, tanggal 11 wan 12 November hakim PN Martapura datang ka kantor kecamatan, sidang keliling gasan akta lahir nang talambat wan nama nang salah. Sudah 76 urang mandaftar. Bawa saksi dua urang, datang jam dalapan lah 🕗",
    look=[("Sidang keliling Pengadilan Agama Martapura di Kecamatan Sungai Tabuk dijadwalkan Desember untuk perkara harta waris. Pendaftaran di kantor KUA.", "another court, another kecamatan, December"),
          ("Kantor Kecamatan Aluh-Aluh pekan depan juga dipakai untuk pelantikan pengurus Karang Taruna se-kecamatan.", "the same venue, another event"),
          ("Tahun lalu sidang keliling di Aluh-Aluh menetapkan 58 permohonan akta. Mudahan tahun ini lebih banyak yang terlayani.", "last year's edition"),
          ("Disdukcapil Banjar jemput bola perekaman KTP-el di Desa Tanipah, Aluh-Aluh, Sabtu ini, khusus lansia dan disabilitas.", "the same partner office, another service")],
    before=[("Pak pambakal bilang akan ada sidang akta di kecamatan, yang anaknya belum punya akta lahir disuruh daftar ke kantor desa dulu.", 50, "registration call before the release")])

ann(id="a11", src="pa-kotabaru", pub="2026-11-13T10:20", title="PA Kotabaru Sidang Keliling di Pulau Sebuku 19–20 November",
    text=[f"KOTABARU – Pengadilan Agama Kotabaru menjadwalkan sidang keliling di Aula Kantor Kecamatan Pulau Sebuku, Kamis dan Jumat (19–20/11/2026). Hingga {H(13)} terdaftar 34 perkara, terdiri atas gugatan cerai, penetapan ahli waris, dan perwalian anak.",
          "“Ongkos menyeberang ke Kotabaru bisa lebih mahal dari biaya perkaranya sendiri. Karena itu kami yang datang,” kata Ketua Pengadilan Agama Kotabaru, Muhammad Zainal Arifin.",
          "Bagi warga tidak mampu, biaya perkara dibebaskan melalui pembebasan biaya (prodeo). Pendaftaran tambahan masih diterima di kantor kecamatan hingga Senin (16/11/2026). (humas-pakotabaru/mza)"],
    sums=["PA Kotabaru sidang keliling di Aula Kecamatan Pulau Sebuku 19–20 Nov: 34 perkara (cerai, ahli waris, perwalian). Warga tak mampu bisa prodeo, daftar tambahan sampai 16/11.",
          "Warga Pulau Sebuku tidak perlu nyeberang: Pengadilan Agama Kotabaru bersidang di kantor kecamatan 19 dan 20 November."],
    para="Dangsanak di Pulau Sebuku, Pengadilan Agama Kotabaru handak sidang di aula kecamatan tanggal 19–20 November. Parkara cerai, ahli waris, perwalian anak, sudah 34 nang badaftar. Nang kada mampu kawa prodeo, kada bebayar. Handak badaftar lagi, sampai Senin 16/11 haja 🚤",
    look=[("Pengadilan Agama Kotabaru juga akan sidang keliling ke Pulau Sembilan, tapi baru tahun depan karena menunggu kapal.", "another island, next year"),
          ("Aula Kecamatan Pulau Sebuku hari Kamis dipakai vaksinasi ternak, jadi yang mau sidang harap sabar kalau ramai di halaman.", "the same hall, another activity"),
          ("Kapal penyeberangan Sebuku–Kotabaru libur dua hari karena gelombang tinggi, penumpang diminta menunda perjalanan.", "a ferry notice sharing the island")],
    before=[])

ann(id="a12", src="pn-tanjung", pub="2026-11-16T13:00", title="41 Penetapan Dibacakan dalam Sidang Keliling PN Tanjung di Muara Uya",
    text=[f"TANJUNG – Pengadilan Negeri Tanjung membacakan 41 penetapan dalam sidang keliling di Kantor Kecamatan Muara Uya, {H(14)}. Penetapan itu meliputi pencatatan kelahiran yang terlambat, perubahan nama, dan pembetulan data di akta, sebagian besar untuk warga desa di kawasan pegunungan.",
          "“Ada pemohon berusia 63 tahun yang baru sekarang memiliki akta kelahiran. Itu alasan kami turun ke kecamatan,” kata Ketua PN Tanjung, Anggara Putra Siregar.",
          "PN Tanjung merencanakan sidang keliling berikutnya di Kecamatan Haruai pada Desember 2026. Salinan penetapan Muara Uya diserahkan ke Disdukcapil Tabalong untuk penerbitan akta. (humas-pntjg/aps)"],
    sums=["Sidang keliling PN Tanjung di Kecamatan Muara Uya Sabtu 14/11: 41 penetapan akta (lahir terlambat, ganti nama, pembetulan). Pemohon tertua 63 tahun. Berikutnya Haruai, Desember."],
    para="Di kacamatan Muara Uya kamarian ada sidang PN Tanjung, ampat puluh asa panetapan dibacakan. Ada kai umur 63 tahun baru baisi akta lahir, alhamdulillah. Bulan Desember giliran Haruai 🙏 #MuaraUya",
    look=[("Muara Uya kemarin juga kedatangan Klinik Bantuan Hukum Keliling Pemkab Tabalong, 23 warga konsultasi soal tanah dan warisan.", "the same kecamatan, another programme"),
          ("Sidang keliling PN Tanjung bulan depan di Haruai, warga diminta mendaftar lewat desa mulai sekarang. Kuota 50 permohonan.", "the next stop (Haruai, December) as its own news")],
    before=[("Sabtu ini ada sidang keliling pengadilan di kantor kecamatan Muara Uya ya, yang sudah daftar jangan lupa bawa saksi.", 30, "reminder before the hearing")])

ann(id="a13", src="pn-martapura", pub="2026-11-16T09:30", title="71 dari 76 Permohonan Ditetapkan dalam Sidang Keliling Aluh-Aluh",
    text=[f"MARTAPURA – Pengadilan Negeri Martapura menetapkan 71 dari 76 permohonan dalam sidang keliling di Kantor Kecamatan Aluh-Aluh pada 11–12 November. Lima permohonan lainnya ditunda karena saksi tidak hadir, demikian disampaikan {H(16)}.",
          "“Hari itu juga Disdukcapil langsung mencetak 64 akta kelahiran di lokasi. Sisanya menyusul karena data pemohon perlu dicocokkan,” kata Ketua PN Martapura, Sri Wahyuningsih Darmawan.",
          "Lima permohonan yang ditunda akan disidangkan di gedung PN Martapura pada Rabu (25/11/2026). PN Martapura menargetkan sidang keliling di dua kecamatan lain pada 2027. (humas-pnmtp/swd)"],
    sums=["Hasil sidang keliling Aluh-Aluh: 71 dari 76 permohonan ditetapkan, 64 akta langsung dicetak Disdukcapil di lokasi. Lima ditunda ke 25/11 di gedung PN Martapura."],
    para="Hasil sidang kaliling di Aluh-Aluh: 71 matan 76 parmohonan sudah ditetapakan, 64 akta langsung dicitak di situ jua. Lima nang ditunda karana saksi kada datang, sidangnya 25 November di PN Martapura 📜",
    look=[("Lima warga Aluh-Aluh yang permohonannya ditunda hari ini bersidang di PN Martapura. Tiga sudah ditetapkan, dua lagi menunggu saksi.", "the later postponed hearing on 25/11 and its outcome")],
    before=[])

ann(id="a14", src="pemkab-batola", pub="2026-11-25T15:30", title="Batola Teken MoU Sidang Terpadu 2027 untuk Enam Kecamatan Seberang",
    text=[f"MARABAHAN – Pemerintah Kabupaten Barito Kuala menandatangani nota kesepahaman sidang terpadu dengan Pengadilan Negeri Marabahan dan Pengadilan Agama Marabahan, {H(25)}. Sepanjang 2027, sidang terpadu direncanakan di enam kecamatan seberang, antara lain Kuripan, Tabukan, dan Bakumpai.",
          "“Dalam satu tempat warga bisa mendapat penetapan pengadilan sekaligus akta dan KK. Kami siapkan perahu dan anggaran Rp310 juta,” kata Bupati Barito Kuala melalui Asisten Pemerintahan, Hasanuddin Noor Fikri.",
          "Jadwal sidang terpadu per kecamatan akan disusun bersama camat pada Januari 2027. Warga diminta mulai melengkapi dokumen di kantor desa. (prokom-batola/hnf)"],
    sums=["Batola, PN Marabahan dan PA Marabahan teken MoU sidang terpadu 2027 di 6 kecamatan seberang (Kuripan, Tabukan, Bakumpai dll), anggaran Rp310 juta. Jadwal disusun Januari."],
    para="Warga Batola di kacamatan subarang, tahun 2027 ada sidang terpadu: sakali datang kawa dapat panetapan pengadilan, akta, wan KK. Kuripan, Tabukan, Bakumpai wan lainnya. Pemkab manyiapakan parahu, duitnya talu ratus sapuluh juta 🛶",
    look=[("Kecamatan Kuripan tahun ini sudah dua kali didatangi Disdukcapil dengan perahu untuk perekaman KTP-el, terakhir Oktober kemarin.", "an earlier adminduk trip by boat, no court"),
          ("Asisten Pemerintahan Setda Batola hari ini juga memimpin rapat penegasan batas desa Tabukan dan Kuripan di Marabahan.", "the same official the same day, another meeting"),
          ("Ada kabar sidang terpadu langsung datang bulan Desember ini ke Tabukan. Belum ada info resmi, jadwal baru disusun tahun depan.", "a rumour about December")],
    before=[])

# ---------------------------------------------------------------- F4 remisi, lapas dan rutan
ann(id="a15", src="ditjenpas-kalsel", pub="2026-11-17T14:15", title="187 Narapidana di Kalsel Diusulkan Terima Remisi Natal 2026",
    text=[f"BANJARMASIN – Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Selatan mengusulkan remisi khusus Natal 2026 bagi 187 narapidana beragama Kristen dan Katolik dari 14 lapas dan rutan, {H(17)}. Sembilan di antaranya diusulkan langsung bebas bila remisi disetujui.",
          "“Usulan hanya untuk narapidana yang berkelakuan baik, sudah menjalani enam bulan pidana, dan aktif mengikuti pembinaan. Pelanggar tata tertib kami coret,” kata Kepala Kanwil Ditjenpas Kalsel, Yohanes Paulus Siahaan.",
          "Surat keputusan remisi dijadwalkan terbit menjelang 25 Desember dan akan diserahkan serentak di setiap lapas dan rutan pada hari Natal. (humas-pas-kalsel/yps)"],
    sums=["Kanwil Ditjenpas Kalsel usulkan remisi Natal 2026 untuk 187 napi dari 14 lapas/rutan; 9 bisa langsung bebas. SK diserahkan serentak saat Natal.",
          "Usulan remisi khusus Natal: 187 narapidana Kristen dan Katolik di Kalsel, sembilan diusulkan bebas langsung."],
    para="Kabar matan Kanwil Pemasyarakatan Kalsel: 187 napi nang baragama Kristen wan Katolik diusulakan dapat remisi Natal, sanga urang kawa langsung bebas. Nang kalakuan baik haja, nang malanggar dicoret. SK-nya manjalang 25 Desember 🎄",
    look=[("Remisi Hari Kemerdekaan Agustus lalu diterima 2.964 narapidana se-Kalsel, 87 di antaranya langsung bebas.", "another remission (August) with its own figures"),
          ("Rutan Marabahan mengusulkan 4 warga binaan menerima pembebasan bersyarat bulan Desember, bukan remisi.", "parole, not remission, one rutan"),
          ("Ada yang bilang remisi Natal tahun ini juga untuk semua napi narkoba. Setahu ulun tidak begitu, yang ada hanya usulan untuk yang beragama Kristen dan Katolik.", "a denied rumour")],
    before=[])

ann(id="a16", src="ditjenpas-kalsel", pub="2026-11-06T10:45", title="Lapas Banjarmasin Buka Kunjungan Tatap Muka pada Hari Sabtu",
    text=[f"BANJARMASIN – Lembaga Pemasyarakatan Kelas IIA Banjarmasin membuka layanan kunjungan tatap muka pada hari Sabtu mulai Sabtu (7/11/2026). Pengumuman disampaikan {H(6)}, setelah rata-rata 1.240 kunjungan per bulan membuat ruang tunggu penuh pada hari kerja.",
          "“Banyak keluarga bekerja atau tinggal jauh di Kotabaru dan Tanah Bumbu, jadi Sabtu paling memungkinkan. Pendaftaran tetap lewat antrean daring sehari sebelumnya,” kata Kepala Lapas Banjarmasin, Rudi Hartono Silalahi.",
          "Kunjungan Sabtu dibuka pukul 09.00–12.00 Wita dengan kuota 150 pengunjung. Barang titipan tetap diperiksa petugas dan seluruh layanan tidak dipungut biaya. (lapas-bjm/rhs)"],
    sums=["Mulai Sabtu 7/11 Lapas Kelas IIA Banjarmasin buka kunjungan tatap muka hari Sabtu, jam 9–12, kuota 150, daftar online sehari sebelumnya. Gratis.",
          "Keluarga warga binaan Lapas Banjarmasin sekarang bisa berkunjung hari Sabtu, karena tiap bulan ada sekitar 1.240 kunjungan."],
    para="Gasan kaluarga nang handak bailang ka Lapas Banjarmasin, wayahini hari Sabtu kawa jua, mulai 7 November, jam sanga sampai jam dua walas. Kuotanya 150 urang, badaftar online sahari sabalumnya. Kada bebayar lah, jangan mau dipintai duit 🙅",
    look=[("Rutan Marabahan tetap membuka kunjungan hanya Senin sampai Kamis, belum ada rencana hari Sabtu, kata petugas jaga.", "another rutan keeping weekday visits"),
          ("Lapas Banjarmasin hari ini memindahkan 40 narapidana ke Lapas Karang Intan karena kelebihan kapasitas.", "the same lapas the same day, another event"),
          ("Ada yang minta uang Rp50 ribu untuk daftar kunjungan lapas lewat WA, itu penipuan. Pendaftaran resmi gratis.", "a scam warning, not the Saturday opening")],
    before=[])

ann(id="a17", src="ditjenpas-kalsel", pub="2026-11-19T16:00", title="LPP Martapura Pamerkan 160 Produk Warga Binaan di Taman Kota",
    text=[f"MARTAPURA – Lembaga Pemasyarakatan Perempuan Kelas IIA Martapura memamerkan 160 jenis produk karya warga binaan di Taman Kota Martapura pada Sabtu dan Minggu (21–22/11/2026). Persiapan pameran disampaikan {H(19)}, meliputi kain sasirangan, tas anyaman purun, kue kering, dan sabun cair.",
          "“Hasil penjualan sebagian masuk tabungan warga binaan sebagai bekal ketika bebas. Keterampilan itu yang paling mereka butuhkan,” ujar Kepala LPP Martapura, Ratna Dewi Kusumawati.",
          "Pameran dibuka pukul 08.00 hingga 21.00 Wita. Pengunjung juga dapat memesan sasirangan motif khusus yang akan dikerjakan warga binaan dalam dua pekan. (lpp-mtp/rdk)"],
    sums=["Pameran 160 produk warga binaan LPP Martapura di Taman Kota Martapura 21–22 November, jam 8–21: sasirangan, tas purun, kue kering, sabun cair. Bisa pesan sasirangan motif khusus."],
    para="Ayu ka Taman Kota Martapura Sabtu–Ahad 21–22 November! Ada pameran karya warga binaan LPP Martapura, 160 macam: sasirangan, tas purun, wadai karing, sabun. Duitnya sabagian gasan tabungan bubuhannya amun bebas kaina 🧺",
    look=[("Taman Kota Martapura Minggu pagi ramai lomba mewarnai TK se-Kabupaten Banjar yang digelar PKK.", "the same venue, another event"),
          ("Warga binaan Lapas Narkotika Karang Intan membuat 300 kursi kayu pesanan sekolah. Produk bisa dilihat di ruang pamer lapas.", "another lapas's products, no exhibition"),
          ("Tahun lalu pameran produk warga binaan di Martapura digelar di halaman Kantor Bupati, laris kue kering.", "last year's exhibition")],
    before=[])

ann(id="a18", src="ditjenpas-kalsel", pub="2026-11-11T11:30", title="Rutan Kandangan Tambah Bilik Panggilan Video Gratis",
    text=[f"KANDANGAN – Rumah Tahanan Negara Kelas IIB Kandangan menambah empat bilik panggilan video gratis bagi warga binaan, {H(11)}. Sepanjang Oktober tercatat 312 panggilan video, terutama dari keluarga di Loksado dan Daha yang sulit datang langsung.",
          "“Keluarga cukup mendaftar lewat formulir daring, lalu mendapat jadwal 15 menit. Tidak ada biaya sama sekali,” kata Kepala Rutan Kandangan, Agus Salim Nasution.",
          "Dengan tambahan bilik, Rutan Kandangan menargetkan 600 panggilan per bulan mulai Desember 2026. Petugas mengingatkan keluarga agar tidak melayani pihak yang meminta uang atas nama rutan. (rutan-kdg/asn)"],
    sums=["Rutan Kandangan tambah 4 bilik video call gratis untuk warga binaan; Oktober ada 312 panggilan, target 600/bulan mulai Desember. Daftar lewat formulir daring, 15 menit per jadwal."],
    para="Kaluarga nang kada kawa datang ka Rutan Kandangan, kawa video call haja, gratis. Wayahini biliknya ditambahi ampat. Bulan Oktober sudah 312 kali. Jangan mau disuruh bayar, itu panipu 📱 #Kandangan #Loksado",
    look=[("Lapas Amuntai belum punya bilik panggilan video, keluarga tetap harus datang langsung Senin sampai Kamis, kata petugas jaga.", "another lapas without video calls"),
          ("Rutan Kandangan hari ini menggelar tes urine mendadak bagi 120 tahanan, semuanya negatif.", "the same rutan the same day, another activity"),
          ("Loksado: sinyal di Desa Haratai masih lemah, warga harus naik ke bukit untuk video call keluarga di kota.", "shares 'video call' and Loksado, unrelated")],
    before=[])

ann(id="a19", src="diskominfo-kalsel", pub="2026-11-20T17:10", title="Wagub Kalsel Panen 2,3 Ton Jagung di Lapas Narkotika Karang Intan",
    text=[f"MARTAPURA – Wakil Gubernur Kalimantan Selatan memanen 2,3 ton jagung dari lahan pembinaan seluas 4 hektare di Lapas Narkotika Kelas IIA Karang Intan, {H(20)}. Lahan itu digarap 60 warga binaan yang menjalani program asimilasi dan pelatihan pertanian.",
          "“Mereka kembali ke masyarakat dengan keterampilan bertani, bukan hanya dengan catatan kriminal. Pemprov siap menyerap hasilnya untuk pakan ternak,” kata Kepala Dinas Ketahanan Pangan Kalsel, Syahriansyah Abdi, yang mendampingi Wagub.",
          "Pemprov dan lapas sepakat menambah 2 hektare lahan tanam untuk musim tanam berikutnya pada Januari 2027. Benih dan pupuk disiapkan Dinas Ketahanan Pangan Kalsel. (mc-kalsel/sya)"],
    sums=["Wagub Kalsel panen 2,3 ton jagung di Lapas Narkotika Karang Intan (lahan 4 ha, 60 warga binaan). Januari 2027 lahan ditambah 2 ha, benih dari Dinas Ketahanan Pangan."],
    para="Bubuhan warga binaan Lapas Narkotika Karang Intan bisa bapanen jagung, dua ton talu ratus kilo matan lahan ampat hektar! Pak Wagub umpat bapanen Jumat tadi. Tahun dapan lahannya ditambah dua hektar lagi 🌽",
    look=[("Panen jagung di Desa Mandiangin Timur, Karang Intan, hari ini dihadiri camat, 3,1 ton per hektare dari kelompok tani Harapan.", "a farmers' group harvest in the same kecamatan"),
          ("Wagub Kalsel pagi tadi meresmikan pasar desa di Astambul sebelum ke Karang Intan.", "the same official the same day, another event"),
          ("Lapas Narkotika Karang Intan menerima 40 narapidana pindahan dari Lapas Banjarmasin karena kelebihan kapasitas.", "the same lapas, another object")],
    before=[("Jalan menuju Lapas Karang Intan sedang dirapikan, katanya besok Wagub datang panen jagung. Hati-hati lewat situ.", 22, "road tidy-up before the visit")])

# ---------------------------------------------------------------- F5 BNN: rehabilitasi dan kampanye
ann(id="a20", src="bnnp-kalsel", pub="2026-11-02T13:20", title="BNNP Kalsel: Rehabilitasi Rawat Jalan Gratis, 214 Klien Sejak Januari",
    text=[f"BANJARBARU – Badan Narkotika Nasional Provinsi Kalimantan Selatan mengingatkan bahwa layanan rehabilitasi rawat jalan di tiga klinik BNN di Banjarbaru, Banjarmasin, dan Tanjung tidak dipungut biaya. Hingga {H(2)}, tercatat 214 klien sejak Januari 2026, 61 di antaranya datang atas kemauan sendiri.",
          "“Pecandu yang melapor sendiri atau dilaporkan keluarganya tidak dipidana. Yang kami minta hanya kesungguhan mengikuti konseling delapan kali pertemuan,” kata Kepala BNNP Kalsel, Brigjen Pol Sutrisno Adi Wibowo.",
          "Keluarga dapat datang langsung ke klinik pada hari kerja pukul 08.00–15.00 Wita dengan membawa KTP. Identitas klien dijamin kerahasiaannya. (humas-bnnp/saw)"],
    sums=["BNNP Kalsel: rehab rawat jalan gratis di 3 klinik BNN (Banjarbaru, Banjarmasin, Tanjung). Sejak Januari 214 klien, 61 datang sendiri. Lapor sendiri tidak dipidana, identitas dirahasiakan.",
          "Ada keluarga yang kecanduan narkoba? Klinik BNN di Banjarbaru, Banjarmasin dan Tanjung melayani rehab rawat jalan tanpa biaya, cukup bawa KTP."],
    para="Amun ada kaluarga pian nang kacanduan narkoba, jangan disupani. Bawa ka klinik BNN di Banjarbaru, Banjarmasin atawa Tanjung, rehab rawat jalan kada bebayar, kada dipidana amun malapor saurang. Sudah 214 urang nang barehab tahun ini 💪",
    look=[("RSJ Sambang Lihum membuka rehabilitasi rawat inap narkoba dengan BPJS, kapasitas 20 tempat tidur.", "another institution, inpatient"),
          ("BNNK Tanah Laut sedang membangun klinik rehabilitasi di Pelaihari, ditargetkan beroperasi 2027.", "a future clinic in another kabupaten"),
          ("Angka 214 itu juga jumlah pelanggar lalu lintas yang kena tilang di Operasi Zebra Banjarbaru pekan lalu, kata Satlantas.", "the same figure 214 meaning traffic tickets"),
          ("Tetangga ulun katanya ditangkap karena sabu, padahal dia mau rehab. Ternyata dia tertangkap tangan membawa barang, beda dengan lapor sendiri.", "a resident's case, not the programme")],
    before=[])

ann(id="a21", src="bnnk-tabalong", pub="2026-11-11T15:45", title="BNNK Tabalong Latih 25 Agen Pemulihan dari 10 Desa",
    text=[f"TANJUNG – Badan Narkotika Nasional Kabupaten Tabalong melatih 25 agen pemulihan dari 10 desa selama tiga hari hingga {H(11)} di Aula BNNK Tabalong. Agen pemulihan adalah warga yang dibekali kemampuan mendampingi mantan pecandu agar tidak kembali memakai narkoba.",
          "“Kambuh paling sering terjadi di bulan-bulan pertama setelah rehabilitasi. Agen di desa menjadi teman yang dekat dan bisa dihubungi kapan saja,” kata Kepala BNNK Tabalong, Hendri Gunawan Saragih.",
          "Setiap agen akan mendampingi dua hingga tiga eks klien di desanya mulai Desember. BNNK akan menggelar evaluasi bersama para agen setiap tiga bulan. (bnnk-tbl/hgs)"],
    sums=["BNNK Tabalong latih 25 agen pemulihan dari 10 desa (9–11 Nov). Mulai Desember tiap agen dampingi 2–3 eks klien rehab agar tidak kambuh; evaluasi tiap 3 bulan."],
    para="BNNK Tabalong sudah malatih 25 urang agen pamulihan matan sapuluh desa. Gawian bubuhannya mandampingi urang nang sudah barehab supaya kada kambuh. Mulai Desember tiap agen pagang dua-talu urang 🤝",
    look=[("Aula BNNK Tabalong kemarin dipakai rapat koordinasi pencegahan narkoba bersama 12 camat dan kapolsek se-Tabalong.", "the same hall, a coordination meeting"),
          ("Desa Kelua membentuk relawan antinarkoba sendiri, 12 pemuda, dengan dana desa. Belum ada pelatihan dari BNN.", "a village's own volunteers under a similar name"),
          ("BNNK Tabalong tahun lalu melatih 20 konselor adiksi dari puskesmas, bukan agen desa.", "last year's training of a different group")],
    before=[("Pemuda desa kita dua orang dikirim ke Tanjung ikut pelatihan BNN tiga hari. Mudahan pulang bawa ilmu.", 50, "participants leaving, before the release")])

ann(id="a22", src="bnnp-kalsel", pub="2026-11-20T11:00", title="BNNP Kalsel Musnahkan 6,8 Kilogram Sabu dan 3.100 Butir Ekstasi",
    text=[f"BANJARBARU – BNNP Kalimantan Selatan memusnahkan barang bukti 6,8 kilogram sabu dan 3.100 butir ekstasi dari empat perkara, {H(20)}, di halaman Kantor BNNP Kalsel. Sabu dilarutkan dan dibuang ke mesin pengolah limbah, sementara ekstasi dihancurkan dengan blender.",
          "“Dengan barang bukti sebanyak ini, sedikitnya 34 ribu orang terselamatkan dari penyalahgunaan. Jaringan ini memakai jalur sungai dari Kalimantan Tengah,” kata Kepala BNNP Kalsel, Brigjen Pol Sutrisno Adi Wibowo.",
          "Tujuh tersangka dari empat perkara itu kini ditahan dan berkasnya segera dilimpahkan ke kejaksaan. BNNP mengajak warga bantaran sungai melaporkan lalu lintas perahu yang mencurigakan. (humas-bnnp/saw)"],
    sums=["BNNP Kalsel musnahkan 6,8 kg sabu dan 3.100 ekstasi dari 4 perkara (7 tersangka) di kantornya, Jumat 20/11. Jaringan lewat jalur sungai dari Kalteng.",
          "Pemusnahan barang bukti narkoba di BNNP Kalsel: 6,8 kilo sabu, 3.100 butir ekstasi, 34 ribu orang terselamatkan."],
    para="Anam kilo dalapan ons sabu wan talu ribu saratus butir ekstasi dimusnahakan BNNP Kalsel Jumat tadi. Jaringannya liwat sungai matan Kalteng, jadi warga pinggir sungai amun malihat parahu mancurigakan padahi haja ⚠️",
    look=[("Polres Banjar memusnahkan 1,2 kg sabu hasil pengungkapan Oktober di Mapolres Martapura, Kamis kemarin.", "another office's destruction, other figures"),
          ("Kasus 6,8 kg sabu di Pelabuhan Trisakti tahun 2024 divonis hari ini, terdakwa dihukum 18 tahun.", "the same amount, another (older) case"),
          ("Halaman Kantor BNNP Kalsel pagi ini dipakai senam bersama pegawai dan keluarga, dilanjut bagi-bagi doorprize.", "the same venue, another activity")],
    before=[])

ann(id="a23", src="bnnp-kalsel", pub="2026-11-22T15:10", title="1.500 Warga Ikut Senam Antinarkoba BNNP di Lapangan Murjani",
    text=[f"BANJARBARU – Sekitar 1.500 warga mengikuti senam dan kampanye antinarkoba yang digelar BNNP Kalimantan Selatan di Lapangan Murjani saat hari bebas kendaraan, {H(22)}. Sebanyak 40 relawan antinarkoba membagikan brosur dan membuka meja konsultasi rehabilitasi.",
          "“Kampanye di tempat ramai membuat orang tua berani bertanya tanpa malu. Hari ini 18 keluarga menanyakan cara membawa anaknya ke klinik,” kata Kepala Bidang Pencegahan BNNP Kalsel, Nurlaila Hasanah Putri.",
          "Kampanye serupa akan digelar pada hari bebas kendaraan di Siring Menara Pandang Banjarmasin pada Minggu (6/12/2026). Relawan baru dapat mendaftar lewat kantor BNNP. (humas-bnnp/nhp)"],
    sums=["Minggu 22/11 BNNP Kalsel gelar senam dan kampanye antinarkoba di Lapangan Murjani saat CFD: 1.500 peserta, 40 relawan, 18 keluarga tanya soal rehab. Berikutnya Menara Pandang 6/12."],
    para="Tadi pagi di Murjani ramai banar, 1.500 urang basenam antinarkoba wan BNNP. Ada meja konsultasi jua, 18 kaluarga batakun pasal rehab. Tanggal 6 Desember giliran di Menara Pandang Banjarmasin 🏃",
    look=[("Minggu depan giliran Menara Pandang Banjarmasin: kampanye antinarkoba BNNP tanggal 6 Desember, kata relawan ada lomba mural pelajar juga. Ayo datang bawa keluarga.", "the next stop (Banjarmasin, 6 Dec) as its own news"),
          ("Lapangan Murjani minggu pagi tadi juga ada lomba lari 5K HUT PGRI, start jam enam.", "the same place and day, another event"),
          ("Senam sehat di halaman Kantor Lurah Sungai Besar dengan tema hidup sehat tanpa rokok, diikuti 120 ibu-ibu.", "a kelurahan's own campaign, another theme")],
    before=[("Besok CFD di Murjani ada senam BNN katanya, siapa yang mau ikut? Start jam enam.", 20, "invitation the evening before")])

ann(id="a24", src="pemkab-hst", pub="2026-11-26T14:00", title="180 Sopir Angkutan Desa dan Ojek di Barabai Ikut Sosialisasi Bahaya Narkoba",
    text=[f"BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah bersama BNN menggelar sosialisasi bahaya narkoba bagi 180 sopir angkutan desa dan pengemudi ojek di Terminal Barabai, {H(26)}. Peserta menerima materi tentang modus kurir narkoba yang memanfaatkan jasa angkutan dan titipan paket.",
          "“Sopir sering dititipi barang tanpa tahu isinya. Kalau ragu, tolak dan laporkan. Jangan sampai jadi kurir tanpa sadar,” kata Kepala Kesbangpol HST, Muhammad Aidil Fitrah.",
          "Pemkab HST akan memasang stiker imbauan di 150 angkutan desa pada Desember. Sosialisasi serupa untuk pengemudi taksi sungai di Labuan Amas direncanakan awal 2027. (dkisp-hst/maf)"],
    sums=["Sosialisasi bahaya narkoba untuk 180 sopir angkutan desa dan ojek di Terminal Barabai Kamis 26/11: waspada titipan paket, jangan jadi kurir. Desember 150 angkutan dipasangi stiker."],
    para="Gasan bubuhan sopir wan ojek di Barabai: amun ada urang manitip barang, takuni dahulu isinya. Kada yakin, tulak haja. Kamis tadi 180 sopir umpat sosialisasi di terminal. Bulan dapan angkutan desa dipasangi stiker 🚐",
    look=[("Terminal Barabai pekan ini jadi pos pemeriksaan kesehatan sopir menjelang Nataru, 60 sopir diperiksa tekanan darahnya.", "the same venue, another check"),
          ("Sosialisasi bagi pengemudi taksi sungai di Labuan Amas baru akan digelar tahun depan, kata Kesbangpol.", "the next step (2027) as its own news"),
          ("Kurir paket di Barabai ditangkap polisi membawa 20 gram sabu dalam kotak sepatu, Selasa malam.", "an arrest, another event")],
    before=[])

ann(id="a25", src="bnnk-tabalong", pub="2026-11-25T10:15", title="12 Perusahaan Tambang dan Sawit di Tabalong Teken Komitmen Tempat Kerja Bebas Narkoba",
    text=[f"TANJUNG – Sebanyak 12 perusahaan tambang dan perkebunan sawit di Kabupaten Tabalong menandatangani komitmen tempat kerja bebas narkoba bersama BNNK Tabalong, {H(24)}, di Pendopo Bersinar Tanjung. Perusahaan itu mempekerjakan sekitar 9.400 karyawan.",
          "“Kami tidak ingin karyawan dipecat begitu saja kalau ketahuan memakai. Perusahaan sepakat merujuk mereka ke rehabilitasi lebih dulu,” kata Kepala BNNK Tabalong, Hendri Gunawan Saragih.",
          "Setiap perusahaan akan menunjuk satu penggiat antinarkoba internal yang dilatih BNNK pada Januari 2027. Penandatanganan tahap berikutnya terbuka bagi perusahaan jasa angkutan. (bnnk-tbl/hgs)"],
    sums=["Selasa 24/11, 12 perusahaan tambang & sawit Tabalong (±9.400 karyawan) teken komitmen tempat kerja bebas narkoba dengan BNNK: karyawan pemakai dirujuk rehab dulu, bukan langsung dipecat."],
    para="Di Pendopo Bersinar Tanjung, 12 parusahaan tambang wan sawit bateken komitmen bebas narkoba. Karyawan nang ketahuan mamakai kada langsung dipecat, dibawa barehab dahulu. Karyawannya ada sanga ribu ampat ratus urang 👷",
    look=[("Tes urine mendadak bagi 300 karyawan tambang di Tanjung digelar perusahaan sendiri pekan lalu, 2 positif.", "a company's own test, earlier"),
          ("Pendopo Bersinar Tanjung siang ini juga dipakai penyerahan CSR ambulans dari perusahaan sawit untuk Puskesmas Muara Uya.", "the same venue and partners, another object"),
          ("Perusahaan jasa angkutan di Tabalong diajak menandatangani komitmen bebas narkoba tahap kedua awal tahun depan.", "the next step (transport firms) as its own news")],
    before=[])

# ---------------------------------------------------------------- F6 imigrasi
ann(id="a26", src="imigrasi-banjarmasin", pub="2026-11-10T12:30", title="Lok Baintan Jadi Desa Binaan Imigrasi Pertama di Kabupaten Banjar",
    text=[f"MARTAPURA – Kantor Imigrasi Kelas I TPI Banjarmasin menetapkan Desa Lok Baintan, Kecamatan Sungai Tabuk, sebagai Desa Binaan Imigrasi pertama di Kabupaten Banjar, {H(9)}. Dua petugas imigrasi pembina desa akan mendampingi warga soal paspor, kerja ke luar negeri secara prosedural, dan pelaporan orang asing.",
          "“Kami ingin warga tahu mana tawaran kerja yang resmi dan mana yang menjerumuskan. Sosialisasi langsung di desa lebih mengena daripada spanduk,” kata Kepala Kantor Imigrasi Banjarmasin, Teguh Prasetyo Hadi.",
          "Petugas pembina akan hadir di kantor desa setiap Kamis pertama tiap bulan mulai Desember. Imigrasi juga melatih enam perangkat desa untuk mencatat warga yang berangkat ke luar negeri. (kanim-bjm/tph)"],
    sums=["Desa Lok Baintan (Sungai Tabuk) ditetapkan Desa Binaan Imigrasi pertama di Kab. Banjar, Senin 9/11. Petugas pembina hadir tiap Kamis pertama mulai Desember; 6 perangkat desa dilatih."],
    para="Lok Baintan wayahini jadi Desa Binaan Imigrasi, nang partama di Kabupaten Banjar. Amun ada tawaran bagawi ka luar nagari, takuni dahulu ka patugas imigrasi nang datang tiap Kamis partama mulai Desember. Jangan sampai tajarumus 🙏",
    look=[("Pasar terapung Lok Baintan Minggu pagi ramai wisatawan asing dari kapal pesiar, pedagang kewalahan.", "the same village, tourism"),
          ("Desa Tatah Alayung di Kecamatan Sungai Tabuk diusulkan camat jadi desa binaan berikutnya, tetapi belum ada keputusan Imigrasi.", "a neighbouring village only proposed"),
          ("Kantor Imigrasi Banjarmasin hari ini mendeportasi dua WNA yang izin tinggalnya habis.", "the same office the same day, another object"),
          ("Warga Lok Baintan yang berangkat umrah minggu ini 14 orang, dilepas di masjid desa.", "the same village, umrah departure")],
    before=[("Besok ada acara imigrasi di kantor desa Lok Baintan, perangkat desa diminta hadir jam sembilan.", 24, "invitation the day before")])

ann(id="a27", src="imigrasi-batulicin", pub="2026-11-12T16:20", title="Imigrasi Batulicin Beri Kelas Keimigrasian bagi 150 Santri di Simpang Empat",
    text=[f"BATULICIN – Kantor Imigrasi Kelas II TPI Batulicin memberikan kelas keimigrasian bagi 150 santri tingkat akhir sebuah pondok pesantren di Kecamatan Simpang Empat, Tanah Bumbu, {H(12)}. Materi meliputi syarat paspor, beda visa kerja dan visa kunjungan, serta modus perdagangan orang berkedok beasiswa.",
          "“Banyak lulusan pesantren ditawari belajar sambil kerja di luar negeri. Kami ajarkan cara memeriksa apakah tawaran itu sah,” kata Kepala Kantor Imigrasi Batulicin, Made Ariawan Putra.",
          "Imigrasi Batulicin berencana menggelar kelas serupa di tiga pondok pesantren di Kotabaru pada awal 2027. Santri yang akan melanjutkan studi ke luar negeri dapat berkonsultasi di loket informasi kantor imigrasi. (kanim-btl/map)"],
    sums=["Imigrasi Batulicin beri kelas keimigrasian untuk 150 santri di Simpang Empat Kamis 12/11: syarat paspor, visa kerja vs kunjungan, modus TPPO berkedok beasiswa. Kotabaru menyusul 2027."],
    para="Santri di Simpang Empat dapat palajaran matan Imigrasi Batulicin: paspor, visa gawian wan visa kunjungan, wan modus perdagangan orang nang bakedok beasiswa. Jadi jangan lakas parcaya tawaran sakulah sambil bagawi di luar nagari 📚",
    look=[("Imigrasi Batulicin tahun depan ke tiga pesantren di Kotabaru, pengurus pondok diminta menyiapkan aula.", "the next step (Kotabaru, 2027) as its own news"),
          ("Pesantren di Simpang Empat melepas 12 santri yang mendapat beasiswa ke Mesir, lewat jalur resmi Kemenag.", "the same pesantren area, a scholarship departure"),
          ("Kepala Imigrasi Batulicin hari ini meninjau pos pemeriksaan di Pelabuhan Samudera Batulicin.", "the same official the same day, another event")],
    before=[])

ann(id="a28", src="imigrasi-banjarmasin", pub="2026-11-18T15:35", title="Pengelola Homestay Loksado Diajak Laporkan Tamu Asing Lewat Aplikasi",
    text=[f"KANDANGAN – Kantor Imigrasi Banjarmasin mengumpulkan 90 pemandu wisata dan pengelola homestay di Kecamatan Loksado, Hulu Sungai Selatan, {H(18)}. Mereka dilatih melaporkan tamu warga negara asing melalui aplikasi pelaporan orang asing dalam 24 jam sejak tamu menginap.",
          "“Pelaporan ini bukan untuk menakuti wisatawan, justru melindungi mereka bila terjadi kecelakaan atau kehilangan paspor di gunung,” kata Kepala Seksi Intelijen dan Penindakan Keimigrasian, Rizky Aditya Mahendra.",
          "Setiap homestay yang rutin melapor akan mendapat stiker mitra imigrasi mulai Januari 2027. Imigrasi juga menyiapkan nomor aduan khusus bagi pemandu di kawasan Meratus. (kanim-bjm/ram)"],
    sums=["Imigrasi Banjarmasin latih 90 pemandu dan pengelola homestay Loksado Rabu 18/11 melaporkan tamu WNA lewat aplikasi dalam 24 jam. Homestay rajin melapor dapat stiker mitra mulai Januari."],
    para="Bubuhan pamandu wan homestay di Loksado dilatih Imigrasi malapur tamu urang luar nagari liwat aplikasi, paling lambat 24 jam. Bukan gasan manakutani turis, gasan manjaga amun ada apa-apa di gunung 🏞️",
    look=[("Festival Loksado di Balai Adat Malaris akhir pekan ini mendatangkan 40 wisatawan asing, kata pengelola homestay.", "the same place, a festival"),
          ("Tahun lalu Imigrasi mengawasi rombongan peneliti asing di Meratus bersama Timpora HSS.", "an earlier supervision, another activity"),
          ("Homestay di Desa Haratai sedang direnovasi dengan bantuan dana desa, tiga kamar tambahan.", "a homestay's own news")],
    before=[("Pemandu wisata Loksado diundang ke balai desa Rabu besok, katanya ada petugas imigrasi. Ada yang tahu materinya?", 26, "invitation before the training")])

ann(id="a29", src="imigrasi-banjarmasin", pub="2026-11-20T09:40", title="Imigrasi Banjarmasin Buka Layanan Paspor Sabtu 21 dan 28 November",
    text=[f"BANJARMASIN – Kantor Imigrasi Kelas I TPI Banjarmasin membuka layanan paspor pada Sabtu (21/11/2026) dan Sabtu (28/11/2026) untuk mengurai antrean calon jemaah umrah menjelang musim liburan. Pengumuman disampaikan {H(20)}, dengan kuota 150 permohonan per hari.",
          "“Permohonan naik hampir dua kali lipat sejak Oktober. Pemohon tetap harus mengambil jadwal lewat aplikasi, tidak melayani datang langsung tanpa jadwal,” kata Kepala Kantor Imigrasi Banjarmasin, Teguh Prasetyo Hadi.",
          "Layanan Sabtu dibuka pukul 08.00 hingga 14.00 Wita di kantor imigrasi Jalan Ahmad Yani. Pemohon diminta membawa KTP, KK, dan akta atau ijazah asli. (kanim-bjm/tph)"],
    sums=["Imigrasi Banjarmasin buka layanan paspor Sabtu 21 dan 28 November, jam 8–14, kuota 150/hari, wajib ambil jadwal lewat aplikasi. Bawa KTP, KK, akta/ijazah asli."],
    para="Gasan nang handak umrah, Imigrasi Banjarmasin buka hari Sabtu 21 wan 28 November, kuota 150 sahari. Tapi ambil jadwal di aplikasi dahulu lah, kada kawa datang langsung haja. Bawa KTP, KK, akta atawa ijazah asli 🕋",
    look=[("Layanan paspor Imigrasi Batulicin hari Sabtu belum ada, kata petugas loket, warga Tanbu tetap datang hari kerja.", "another office without Saturday service"),
          ("Travel umrah di Banjarmasin menawarkan urus paspor kilat bayar Rp1 juta. Hati-hati, itu calo, bukan layanan resmi.", "a broker's offer, not the office's service"),
          ("Jalan Ahmad Yani km 2 ditutup sebagian Sabtu pagi karena pawai HUT sekolah, pengendara diminta memutar.", "a road notice on the same street")],
    before=[])

ann(id="a30", src="imigrasi-batulicin", pub="2026-11-24T13:50", title="Sebamban Baru Ditetapkan sebagai Desa Binaan Imigrasi Batulicin",
    text=[f"BATULICIN – Kantor Imigrasi Batulicin menetapkan Desa Sebamban Baru, Kecamatan Sungai Loban, Tanah Bumbu, sebagai Desa Binaan Imigrasi, {H(23)}. Desa itu dipilih karena 37 warganya tercatat bekerja di Malaysia dan beberapa di antaranya berangkat tanpa dokumen resmi.",
          "“Warga yang kembali dari Malaysia sering bercerita gaji dipotong dan paspor ditahan majikan. Kami ingin generasi berikutnya berangkat dengan perlindungan,” kata Kepala Kantor Imigrasi Batulicin, Made Ariawan Putra.",
          "Petugas pembina akan membuka pojok konsultasi di kantor desa setiap Selasa kedua tiap bulan mulai Desember. Imigrasi juga akan mendata warga yang masih bekerja di luar negeri. (kanim-btl/map)"],
    sums=["Imigrasi Batulicin tetapkan Sebamban Baru (Sungai Loban, Tanbu) jadi Desa Binaan Imigrasi, Senin 23/11: 37 warganya kerja di Malaysia. Pojok konsultasi tiap Selasa kedua mulai Desember."],
    para="Sebamban Baru dijadiakan Desa Binaan Imigrasi. Di desa ni ada 37 urang nang bagawi di Malaysia, ada nang kada baisi dokumen. Mulai Desember tiap Salasa kadua ada pojok konsultasi di kantor desa, takuni haja dahulu sabalum bangkit 🛂",
    look=[("Imigrasi Batulicin bulan ini juga melayani paspor kolektif 60 calon jemaah umrah di Kantor Kemenag Tanah Bumbu.", "the same office, another object"),
          ("Warga Sebamban Baru yang pulang dari Malaysia minggu ini 5 orang, disambut keluarga di pelabuhan.", "the same village, returning workers"),
          ("Angka 37 itu juga jumlah rumah yang dapat bedah rumah di Sungai Loban tahun ini, kata camat.", "the same figure, another meaning")],
    before=[])

# ---------------------------------------------------------------- F7 keadilan restoratif
ann(id="a31", src="kejati-kalsel", pub="2026-11-04T16:40", title="Enam Perkara di Kalsel Dihentikan Lewat Keadilan Restoratif",
    text=[f"BANJARMASIN – Kejaksaan Tinggi Kalimantan Selatan menyetujui penghentian penuntutan enam perkara melalui keadilan restoratif setelah ekspose daring dengan Jaksa Agung Muda Tindak Pidana Umum, {H(4)}. Perkara itu berasal dari Kejari Tapin, Hulu Sungai Utara, Balangan, dan Tanah Laut, terdiri atas pencurian ringan dan penganiayaan.",
          "“Syaratnya ketat: tersangka baru pertama kali berbuat, ancaman pidana di bawah lima tahun, dan korban sudah memaafkan tanpa tekanan,” kata Asisten Tindak Pidana Umum Kejati Kalsel, Lukman Hakim Nasution.",
          "Keenam tersangka akan dibebaskan dari tahanan setelah surat ketetapan diterbitkan kejari masing-masing pekan ini. Mereka juga diwajibkan menjalani kerja sosial di lingkungan tempat tinggalnya. (penkum-kejati/lhn)"],
    sums=["Kejati Kalsel setujui 6 perkara (pencurian ringan, penganiayaan) dari Kejari Tapin, HSU, Balangan, Tanah Laut dihentikan lewat keadilan restoratif, Rabu 4/11. Tersangka bebas dan wajib kerja sosial.",
          "Enam tersangka di Kalsel tidak jadi dituntut: korban memaafkan, perkara dihentikan lewat restorative justice, disetujui Jampidum 4 November."],
    para="Anam parkara di Kalsel kada jadi dituntut, dihantiakan liwat keadilan restoratif. Asal matan Tapin, HSU, Balangan wan Tala, mancuri halus wan bakalahi. Syaratnya: baru sakali, korban sudah mamaafakan. Tapi tatap disuruh kerja sosial di kampungnya 🤝",
    look=[("Tahun lalu Kejati Kalsel menghentikan 41 perkara lewat keadilan restoratif sepanjang tahun, kata laporan akhir tahun.", "last year's annual total"),
          ("Kejari Balangan menolak permohonan damai perkara pencurian motor di Juai karena tersangka residivis. Perkara lanjut ke pengadilan.", "a refused restorative request"),
          ("Warga dua desa di Tapin berdamai soal batas kebun di balai desa, disaksikan camat dan tokoh masyarakat.", "a village dispute settled by mediation, no prosecution"),
          ("Asisten Pidum Kejati Kalsel hari ini juga mengikuti ekspose perkara korupsi dana desa di Tanah Laut.", "the same official the same day, another case")],
    before=[])

ann(id="a32", src="kejari-tapin", pub="2026-11-16T15:25", title="Kejari Tapin Resmikan Rumah Restorative Justice di Desa Hatungun",
    text=[f"RANTAU – Kejaksaan Negeri Tapin meresmikan Rumah Restorative Justice di Balai Desa Hatungun, Kecamatan Hatungun, {H(16)}. Rumah RJ ini menjadi yang ketiga di Tapin setelah Binuang dan Tapin Utara, tempat tokoh masyarakat dan jaksa memediasi perkara ringan sebelum masuk pengadilan.",
          "“Di desa, kata maaf yang disaksikan tetua kampung sering lebih bermakna daripada putusan hakim. Tapi kami tetap menjaga agar korban tidak dipaksa berdamai,” ujar Kepala Kejari Tapin, Dedi Kurniawan Harahap.",
          "Kejari Tapin akan melatih tujuh tokoh masyarakat Hatungun sebagai fasilitator mediasi pada Desember. Rumah RJ berikutnya direncanakan di Kecamatan Piani pada 2027. (kejari-tapin/dkh)"],
    sums=["Rumah Restorative Justice ketiga di Tapin diresmikan di Balai Desa Hatungun, Senin 16/11 (setelah Binuang dan Tapin Utara). Desember 7 tokoh dilatih jadi fasilitator; Piani menyusul 2027."],
    para="Di Hatungun wayahini ada Rumah RJ, nang katiga di Tapin. Parkara halus kawa dibadamaiakan di balai desa, disaksiakan tatuha kampung wan jaksa, asal korban rela kada dipaksa. Bulan dapan tujuh tokoh dilatih jadi fasilitator 🏠",
    look=[("Rumah RJ di Binuang tahun ini sudah dipakai untuk 3 mediasi perkara, salah satunya soal sapi yang masuk kebun.", "the older Binuang house's own record"),
          ("Balai Desa Hatungun hari Senin juga dipakai musyawarah desa penetapan penerima BLT Desember.", "the same venue the same day, another meeting"),
          ("Kecamatan Piani katanya dapat Rumah RJ bulan depan. Belum ada jadwal resmi, rencananya baru 2027.", "a rumour about Piani")],
    before=[])

ann(id="a33", src="kejari-hss", pub="2026-11-25T11:45", title="Kejari HSS Hentikan Penuntutan Perkara Penganiayaan di Daha Utara",
    text=[f"KANDANGAN – Kejaksaan Negeri Hulu Sungai Selatan menghentikan penuntutan perkara penganiayaan ringan antarwarga di Kecamatan Daha Utara melalui keadilan restoratif, {H(24)}. Tersangka berusia 52 tahun dan korban adalah tetangganya yang terluka ringan setelah bertengkar soal saluran air sawah.",
          "“Kedua pihak sudah bersalaman di hadapan pambakal dan keluarga. Tersangka juga menanggung biaya berobat korban,” kata Kepala Kejaksaan Negeri HSS, Irwansyah Hadi Kusuma.",
          "Tersangka dikeluarkan dari tahanan hari itu juga dan diwajibkan membersihkan masjid desa selama dua pekan. Kejari HSS mencatat ini perkara keempat yang dihentikan lewat RJ pada 2026. (kejari-hss/ihk)"],
    sums=["Kejari HSS hentikan penuntutan penganiayaan ringan di Daha Utara lewat RJ (24/11): pertengkaran soal saluran air sawah, sudah berdamai, tersangka bersihkan masjid 2 pekan. Perkara RJ ke-4 tahun ini."],
    para="Parkara bakalahi pasal banyu sawah di Daha Utara kada dilanjutakan, sudah badamai di hadapan pambakal. Nang manampar mambayari ubat korban, wan disuruh mambarasihi masjid dua minggu. Ini nang ka-ampat di HSS tahun ini 🕌",
    look=[("Pertengkaran soal saluran air sawah juga terjadi di Daha Selatan, tetapi diselesaikan di balai desa tanpa laporan polisi.", "the same kind of quarrel, no case"),
          ("Kepala Kejari HSS Irwansyah hari ini juga menyerahkan bantuan sembako untuk korban banjir di Daha Utara.", "the same official and kecamatan, another event")],
    before=[])

# ---------------------------------------------------------------- F8 KUHP baru dan pidana kerja sosial
ann(id="a34", src="kemenkum-kalsel", pub="2026-11-10T17:00", title="260 Kepala Desa dan Lurah Ikuti Sosialisasi KUHP Baru",
    text=[f"BANJARBARU – Kanwil Kementerian Hukum Kalimantan Selatan menggelar sosialisasi Kitab Undang-Undang Hukum Pidana yang baru bagi 260 kepala desa dan lurah dari 13 kabupaten/kota, {H(10)}, di Hotel Aria Barito Banjarbaru. Materi menekankan pidana kerja sosial, pengakuan hukum adat, dan delik aduan.",
          "“KUHP baru memberi ruang bagi hukum yang hidup di masyarakat. Kepala desa perlu tahu batasnya agar tidak salah menjatuhkan sanksi adat,” kata Kepala Kanwil Kemenkum Kalsel, Dwi Haryono Santosa.",
          "Peserta diminta meneruskan materi kepada perangkat desa dan BPD. Kanwil akan menyebarkan buku saku KUHP berbahasa sederhana ke seluruh desa pada Desember. (kanwil-kalsel/dhs)"],
    sums=["Kanwil Kemenkum Kalsel sosialisasikan KUHP baru ke 260 kades/lurah se-Kalsel di Banjarbaru, Selasa 10/11: pidana kerja sosial, hukum adat, delik aduan. Buku saku dibagi Desember.",
          "Kades dan lurah se-Kalsel belajar KUHP baru dari Kanwil Kemenkum: 260 peserta, buku saku menyusul ke desa bulan depan."],
    para="Pambakal wan lurah se-Kalsel, 260 urang, dikumpulakan Kanwil Kemenkum di Banjarbaru pasal KUHP nang hanyar. Ada pidana kerja sosial, hukum adat diakui, wan delik aduan. Bulan dapan buku sakunya dibagiakan ka desa 📖",
    look=[("Sosialisasi KUHP baru untuk guru PPKn se-Banjarmasin digelar Dinas Pendidikan Kota pekan lalu, 85 guru hadir.", "another audience and office, earlier"),
          ("Hotel Aria Barito Banjarbaru hari Selasa juga jadi lokasi rapat kerja KPU se-Kalsel.", "the same venue the same day, another meeting"),
          ("Buku saku KUHP katanya sudah sampai di desa tetangga. Di desa kita belum, mungkin Desember.", "a resident's waiting post, no event")],
    before=[("Pak pambakal berangkat ke Banjarbaru besok, ikut sosialisasi hukum dari provinsi dua hari. Urusan surat ke sekdes dulu.", 30, "the kades leaving before the event")])

ann(id="a35", src="pemkab-banjar", pub="2026-11-19T14:20", title="Pemkab Banjar dan Kejari Sepakati 12 Lokasi Pidana Kerja Sosial",
    text=[f"MARTAPURA – Pemerintah Kabupaten Banjar dan Kejaksaan Negeri Banjar menandatangani nota kesepahaman pelaksanaan pidana kerja sosial, {H(19)}, di Mahligai Sultan Adam Martapura. Sebanyak 12 lokasi disiapkan, di antaranya pasar, panti sosial, taman kota, dan dua puskesmas.",
          "“Terpidana ringan bekerja untuk masyarakat, bukan menambah sesak lapas. Setiap lokasi punya pengawas dari dinas terkait,” kata Sekretaris Daerah Kabupaten Banjar, Muhammad Hilman Syarif.",
          "Pelaksanaan dimulai setelah ada putusan pengadilan yang menjatuhkan pidana kerja sosial. Dinas terkait akan melaporkan kehadiran terpidana kepada kejari setiap pekan. (diskominfo-banjar/mhs)"],
    sums=["Pemkab Banjar dan Kejari Banjar teken MoU pidana kerja sosial di Mahligai Sultan Adam, Kamis 19/11: 12 lokasi (pasar, panti, taman kota, 2 puskesmas), diawasi dinas terkait."],
    para="Kabupaten Banjar sudah siap pidana karja sosial: 12 lokasi, ada pasar, panti, taman kota, puskesmas. Jadi nang kana hukuman ringan kaina bagawi gasan masyarakat, kada manambahi sasak lapas. MoU-nya diteken di Mahligai Sultan Adam 🧹",
    look=[("Mahligai Sultan Adam Martapura hari Kamis sore juga jadi tempat pelantikan pengurus KONI Kabupaten Banjar.", "the same venue the same day, another event"),
          ("Kejari Banjar pekan lalu mengeksekusi terpidana korupsi dana desa ke Lapas Karang Intan.", "the same office, another object"),
          ("Ada yang bilang terpidana kerja sosial akan disuruh menyapu Pasar Martapura mulai besok. Belum ada putusan pengadilan yang begitu, jadi belum jalan.", "a rumour that work starts tomorrow, denied")],
    before=[])

ann(id="a36", src="pemkab-tabalong", pub="2026-11-26T16:10", title="Tabalong Siapkan Sembilan Lokasi Pidana Kerja Sosial",
    text=[f"TANJUNG – Pemerintah Kabupaten Tabalong dan Kejaksaan Negeri Tabalong menyepakati sembilan lokasi pelaksanaan pidana kerja sosial, {H(26)}, di Ruang Rapat Sekda Tabalong. Lokasi itu meliputi Taman Kota Tanjung, pasar induk, tiga masjid besar, panti lansia, dan tiga kantor kelurahan.",
          "“Kami pilih tempat yang dekat dengan rumah terpidana supaya mereka tetap bisa bekerja mencari nafkah di luar jam kerja sosial,” kata Asisten Pemerintahan Setda Tabalong, Rusdiansyah Noor.",
          "Pemkab Tabalong akan menerbitkan peraturan bupati tentang tata cara pengawasan pada Januari 2027. Setiap lokasi wajib melaporkan jam kerja terpidana kepada kejari. (prokom-tbl/rn)"],
    sums=["Pemkab Tabalong dan Kejari Tabalong sepakati 9 lokasi pidana kerja sosial (Taman Kota Tanjung, pasar induk, 3 masjid, panti lansia, 3 kelurahan), Kamis 26/11. Perbup pengawasan Januari."],
    para="Tabalong jua manyiapakan 9 lokasi pidana karja sosial: Taman Kota Tanjung, pasar induk, talu masjid ganal, panti lansia, wan talu kantor lurah. Dipilih nang parak rumah, supaya tatap kawa bagawi mancari duit 👍 #Tabalong",
    look=[("Kejari Balangan dan Pemkab Balangan baru menjajaki lokasi pidana kerja sosial; rapat pertama digelar di Paringin Rabu kemarin, jumlah lokasi belum ditentukan.", "another kabupaten only starting talks"),
          ("Taman Kota Tanjung dibersihkan 200 ASN dalam Jumat bersih, dilanjut senam bersama.", "the same place, ASN clean-up"),
          ("Perbup tentang pengawasan orang asing di Tabalong sedang disusun, kata Kesbangpol, ditargetkan Januari.", "another perbup in January")],
    before=[])

ann(id="a37", src="diskominfo-kalsel", pub="2026-11-26T17:30", title="65 Pengelola KIM Dilatih Jadi Penyebar Informasi Hukum",
    text=[f"BANJARBARU – Dinas Komunikasi dan Informatika Kalimantan Selatan bersama Kanwil Kemenkum Kalsel melatih 65 pengelola Kelompok Informasi Masyarakat (KIM) menjadi penyebar informasi hukum, {H(26)}, di Aula Gawi Sabarataan. Peserta belajar mengemas materi KUHP baru, bantuan hukum gratis, dan layanan pengadilan dalam bahasa sehari-hari.",
          "“KIM paling dekat dengan warga. Kalau informasi hukum disampaikan dalam bahasa Banjar yang ringan, orang tidak takut bertanya,” kata Kepala Diskominfo Kalsel, Hairiyah Nurjanah.",
          "Setiap KIM peserta diminta membuat satu konten hukum per bulan mulai Desember. Konten terbaik akan diberi penghargaan pada peringatan Hari Jadi Provinsi Kalsel 2027. (mc-kalsel/hn)"],
    sums=["Diskominfo Kalsel dan Kanwil Kemenkum latih 65 pengelola KIM jadi penyebar informasi hukum (KUHP baru, bankum gratis, layanan pengadilan) di Aula Gawi Sabarataan, Kamis 26/11. Satu konten hukum per bulan mulai Desember."],
    para="Kami bubuhan KIM umpat palatihan di Aula Gawi Sabarataan, 65 urang pangalola KIM se-Kalsel. Disuruh mambuat konten hukum nang gampang dipaham, bahasa Banjar haja. Mulai Desember asa bulan asa konten. Siap! 💪 #KIMKalsel",
    look=[("Aula Gawi Sabarataan hari ini juga dipakai rapat evaluasi Anugerah Keterbukaan Informasi Publik OPD.", "the same hall the same day, another meeting"),
          ("KIM di Kotabaru mengadakan pelatihan fotografi ponsel sendiri untuk anggotanya, dengan pemateri fotografer lokal.", "a KIM's own training, another topic"),
          ("Tahun lalu Diskominfo Kalsel melatih 50 pengelola KIM soal cek fakta, bukan soal hukum.", "last year's KIM training on another topic")],
    before=[("Undangan pelatihan dari Diskominfo Kalsel untuk pengelola KIM sudah masuk, berangkat Kamis ke Banjarbaru. Ada yang mau nebeng?", 28, "the invitation, before")])

# ---------------------------------------------------------------- one-offs
ann(id="a38", src="pn-banjarmasin", pub="2026-11-23T14:50", title="PN Banjarmasin Buka Klinik Gugatan Sederhana bagi Pelaku UMKM",
    text=[f"BANJARMASIN – Pengadilan Negeri Banjarmasin membuka klinik gugatan sederhana bagi pelaku usaha mikro dan kecil, {H(23)}. Klinik membantu pelaku UMKM mendaftarkan gugatan wanprestasi dengan nilai paling banyak Rp500 juta melalui e-Court, yang diputus paling lama 25 hari.",
          "“Banyak pedagang yang piutangnya tidak dibayar memilih diam karena mengira berperkara itu mahal dan lama. Gugatan sederhana jawabannya,” kata Wakil Ketua PN Banjarmasin, Dian Kartika Sari.",
          "Klinik dibuka setiap Senin dan Kamis pukul 09.00–12.00 Wita di ruang PTSP PN Banjarmasin. Pelaku usaha diminta membawa bukti perjanjian atau nota utang. (humas-pnbjm/dks)"],
    sums=["PN Banjarmasin buka klinik gugatan sederhana untuk UMKM (Senin & Kamis 9–12 di PTSP): gugatan wanprestasi sampai Rp500 juta via e-Court, putus maksimal 25 hari."],
    para="Gasan bubuhan padagang nang piutangnya kada dibayar: PN Banjarmasin ada klinik gugatan sederhana, tiap Senin wan Kamis. Sampai lima ratus juta, diputus paling lawas 25 hari haja. Bawa nota utang lah 🧾",
    look=[("Dinas Koperasi Banjarmasin membuka klinik pinjaman modal UMKM di Balai Kota tiap Selasa, bukan soal gugatan.", "another office's UMKM clinic"),
          ("Pedagang Pasar Sentra Antasari mengeluh piutang kios tidak dibayar penyewa, minta bantuan pengelola pasar.", "a complaint, no court service")],
    before=[])

ann(id="a39", src="kejari-banjarbaru", pub="2026-11-27T09:20", title="Kejari Banjarbaru Buka Pos Pelayanan Hukum di MPP Banjarbaru",
    text=[f"BANJARBARU – Kejaksaan Negeri Banjarbaru membuka pos pelayanan hukum gratis di Mal Pelayanan Publik (MPP) Banjarbaru, {H(27)}. Jaksa pengacara negara melayani konsultasi perdata dan tata usaha negara, seperti sengketa tanah, warisan, dan kontrak kerja, setiap Selasa hingga Kamis.",
          "“Selama ini warga harus datang ke kantor kejaksaan dan banyak yang segan. Di MPP suasananya lebih santai,” kata Kepala Kejaksaan Negeri Banjarbaru, Rahmat Hidayat Lubis.",
          "Pos pelayanan hukum dibuka pukul 09.00–13.00 Wita mulai Selasa (1/12/2026). Kejari menegaskan konsultasi tidak dipungut biaya dan jaksa tidak menerima kuasa untuk perkara pribadi. (intel-kjbjb/rhl)"],
    sums=["Kejari Banjarbaru buka pos pelayanan hukum gratis di MPP Banjarbaru, Selasa–Kamis jam 9–13 mulai 1 Desember: konsultasi perdata & TUN (tanah, warisan, kontrak kerja)."],
    para="Di MPP Banjarbaru wayahini ada jaksa nang kawa ditakuni pasal tanah, warisan, wan kontrak gawian. Salasa sampai Kamis, mulai 1 Desember, gratis. Kada usah sagan lagi datang ka kajaksaan ⚖️",
    look=[("MPP Banjarbaru menambah loket BPJS Kesehatan mulai Desember, antrean bisa diambil lewat aplikasi.", "the same venue, another service"),
          ("Kejari Balangan juga melayani konsultasi hukum gratis, tetapi di kantornya sendiri di Paringin setiap Jumat, bukan di MPP.", "another kejari's office-based service"),
          ("Jaksa pengacara negara Kejari Banjarbaru memenangkan gugatan aset tanah Pemkot di Cempaka, kata humas pemkot.", "the same office, another object")],
    before=[])

ann(id="a40", src="kejari-tapin", pub="2026-11-06T15:15", title="Jaksa Masuk Pesantren di Rantau, 300 Santri Belajar Soal Perundungan",
    text=[f"RANTAU – Kejaksaan Negeri Tapin menggelar Jaksa Masuk Pesantren di sebuah pondok pesantren di Kecamatan Tapin Utara, {H(6)}. Sebanyak 300 santri putra dan putri mendapat materi tentang perundungan di asrama, kekerasan terhadap anak, dan hak korban untuk melapor.",
          "“Di asrama, senioritas kadang dianggap wajar padahal sudah masuk kekerasan. Santri dan ustaz perlu tahu garisnya,” kata Kepala Seksi Intelijen Kejari Tapin, Fajar Ramadhan Sitompul.",
          "Kejari Tapin menjadwalkan kegiatan serupa di dua pesantren di Binuang dan Tapin Selatan pada Desember. Pengurus pondok diminta membentuk tim pencegahan kekerasan. (kejari-tapin/frs)"],
    sums=["Kejari Tapin gelar Jaksa Masuk Pesantren di Tapin Utara, Jumat 6/11: 300 santri belajar soal perundungan di asrama dan hak korban melapor. Binuang dan Tapin Selatan menyusul Desember."],
    para="Jaksa Kejari Tapin masuk pasantren di Tapin Utara, 300 santri dibari paham: senioritas nang bakalahi di asrama itu kekerasan, bukan wajar. Bulan Desember giliran pasantren di Binuang wan Tapin Selatan 📿",
    look=[("Dua pesantren di Binuang dan Tapin Selatan dapat giliran jaksa masuk pesantren bulan Desember, kata pengurus pondok.", "the next step (December) as its own news"),
          ("Santri pondok di Tapin Utara juara MTQ cabang tilawah remaja tingkat kabupaten.", "the same pesantren area, another event")],
    before=[])

# ---------------------------------------------------------------- extra sentences (paragraph 1, paragraph 3)
EXTRA = {
    "a01": ("", "Pemprov juga meminta camat membantu menyosialisasikan layanan ini kepada warga desa."),
    "a02": ("", "Pengunjung juga dapat meminta bantuan menyusun surat gugatan sederhana."),
    "a03": ("Penandatanganan kerja sama dengan dua LBH dilakukan pada hari yang sama.", "Warga juga dapat mengajukan konsultasi melalui kantor desa."),
    "a04": ("Gerai menempati satu meja di lantai dua MPP, di samping loket perizinan.", "Warga yang tidak bisa hadir pada hari Rabu dapat menitipkan berkas di meja informasi MPP."),
    "a05": ("Verifikasi dilakukan sejak Juli terhadap 19 OBH yang mendaftar, meliputi kantor, advokat, dan jumlah perkara yang pernah ditangani.", ""),
    "a06": ("Di Banjarmasin, kegiatan dipusatkan di SMAN 7 Banjarmasin dan dibuka langsung oleh pimpinan Kejati.", "Setiap sekolah juga menerima modul materi untuk dipakai guru BK."),
    "a07": ("Kegiatan berlangsung di aula sekolah selama dua jam dan diikuti guru bimbingan konseling.", "Sekolah juga menerima poster jalur pelaporan untuk dipasang di kelas."),
    "a08": ("Pada hari pertama jaksa mendatangi SMPN 1 Kandangan dan SMPN 3 Kandangan.", "Sekolah juga diminta melaporkan kasus perundungan kepada dinas pendidikan."),
    "a09": ("Penjurian menilai pesan, kreativitas, dan teknik pengambilan gambar.", "Seluruh video peserta juga akan diunggah ke kanal resmi Kejati Kalsel."),
    "a10": ("Sidang dipimpin hakim tunggal dan setiap permohonan diperiksa sekitar sepuluh menit.", "Pemohon yang belum terdaftar masih bisa mendaftar di kantor desa hingga Jumat (6/11/2026)."),
    "a11": ("Petugas pengadilan akan berangkat dengan kapal reguler dari Kotabaru pada Rabu sore dan bermalam di Sebuku.", "Para pihak diminta hadir tepat waktu agar seluruh perkara dapat diperiksa dalam dua hari."),
    "a12": ("Sidang berlangsung dari pukul 08.00 hingga 16.30 Wita dengan dua hakim yang bergantian.", "Camat Muara Uya meminta kepala desa membantu warga mengambil akta yang sudah terbit."),
    "a13": ("Sebagian besar pemohon adalah orang tua yang mengurus akta anak usia sekolah, serta warga lanjut usia.", "Warga Aluh-Aluh yang belum sempat mendaftar diminta menunggu jadwal berikutnya dari PN Martapura."),
    "a14": ("Enam kecamatan itu hanya dapat dijangkau lewat sungai atau jalan desa yang rusak saat musim hujan.", "Kegiatan ini juga melibatkan Disdukcapil dan Kantor Kementerian Agama Barito Kuala."),
    "a15": ("Jumlah itu lebih banyak dibanding usulan remisi Natal tahun lalu yang mencapai 162 orang.", "Keluarga warga binaan diminta tidak percaya kepada pihak yang menjanjikan remisi dengan imbalan uang."),
    "a16": ("Selama ini kunjungan hanya dibuka Senin sampai Kamis.", "Pengunjung wajib membawa KTP asli dan berpakaian sopan selama kunjungan."),
    "a17": ("Seluruh produk dikerjakan 95 warga binaan yang mengikuti pelatihan kemandirian sejak awal tahun.", "Pembayaran dapat dilakukan secara tunai maupun nontunai melalui QRIS."),
    "a18": ("Bilik baru dilengkapi kursi, lampu, dan jaringan internet yang lebih stabil.", "Jadwal panggilan video dibuka setiap hari kerja pukul 09.00–15.00 Wita."),
    "a19": ("Panen disaksikan jajaran Kanwil Ditjenpas Kalsel dan pejabat Pemkab Banjar.", "Hasil panen kali ini dijual kepada peternak ayam di sekitar Karang Intan."),
    "a20": ("Jumlah itu naik dibanding tahun lalu yang mencatat 173 klien.", "Konsultasi awal juga bisa dilakukan lewat telepon kantor BNNP pada jam kerja."),
    "a21": ("Peserta dipilih kepala desa dan sebagian besar adalah kader posyandu serta tokoh pemuda.", "Agen juga dibekali buku panduan dan kartu identitas dari BNNK."),
    "a22": ("Pemusnahan disaksikan perwakilan kejaksaan, pengadilan, dan tokoh masyarakat.", "Sebagian kecil barang bukti disisihkan untuk pemeriksaan laboratorium dan pembuktian di persidangan."),
    "a23": ("Kegiatan diawali senam bersama, lalu jalan santai mengelilingi kawasan Murjani.", "BNNP juga membagikan 2.000 stiker kampanye kepada pengendara di sekitar lapangan."),
    "a24": ("Kegiatan dihadiri perwakilan Polres HST dan Dinas Perhubungan.", "Para sopir juga diminta mengingatkan penumpang agar tidak membawa titipan dari orang yang tidak dikenal."),
    "a25": ("Penandatanganan disaksikan Bupati Tabalong dan perwakilan Disnakertrans.", "BNNK Tabalong juga akan menyediakan layanan konseling bagi karyawan yang ingin berhenti memakai narkoba."),
    "a26": ("Penetapan ditandai penandatanganan berita acara di Kantor Desa Lok Baintan dan dihadiri Camat Sungai Tabuk.", ""),
    "a27": ("Kelas berlangsung selama tiga jam di masjid pondok.", "Pengurus pondok juga menerima buku panduan keimigrasian untuk perpustakaan."),
    "a28": ("Pelatihan digelar di balai desa dan diikuti pula perwakilan Dinas Pariwisata HSS.", "Pengelola homestay juga menerima panduan singkat dalam bahasa Indonesia dan Inggris."),
    "a29": ("Layanan ini juga terbuka bagi pemohon paspor untuk keperluan wisata dan studi.", "Pembayaran biaya paspor dilakukan melalui bank atau kantor pos sesuai tarif resmi."),
    "a30": ("Penetapan dilakukan di Kantor Desa Sebamban Baru dan dihadiri Camat Sungai Loban.", "Warga juga diimbau melapor bila ada perekrut tenaga kerja yang datang ke desa."),
    "a31": ("Ekspose diikuti para kepala kejari dan jaksa penuntut umum perkara terkait.", ""),
    "a32": ("Peresmian dihadiri Camat Hatungun, Kapolsek, dan para pambakal se-kecamatan.", "Warga juga dapat berkonsultasi di Rumah RJ setiap Jumat pagi."),
    "a33": ("Perdamaian dilakukan di Rumah Restorative Justice Kecamatan Daha Utara.", "Korban menyatakan menerima perdamaian tanpa paksaan dari pihak mana pun."),
    "a34": ("Sosialisasi berlangsung dua hari sejak Senin dan menghadirkan akademisi dari Fakultas Hukum ULM.", ""),
    "a35": ("Penandatanganan dilakukan oleh Bupati Banjar dan Kepala Kejari Banjar, disaksikan para kepala dinas.", "Pemkab juga menyiapkan rompi khusus bagi terpidana yang menjalani kerja sosial."),
    "a36": ("Kesepakatan ditandatangani Bupati Tabalong dan Kepala Kejari Tabalong.", "Pengawas lokasi akan dilatih bersama oleh kejari dan Bagian Hukum Setda."),
    "a37": ("Pelatihan berlangsung sehari penuh dan menghadirkan penyuluh hukum Kanwil Kemenkum.", "Diskominfo juga akan menyediakan bahan materi hukum yang dapat dipakai ulang oleh KIM."),
    "a38": ("Petugas klinik membantu sejak menyusun gugatan hingga mengunggah dokumen ke e-Court.", "Biaya panjar perkara tetap dibayar pemohon, kecuali bagi yang memenuhi syarat prodeo."),
    "a39": ("Peresmian pos dihadiri Wali Kota Banjarbaru dan kepala dinas terkait.", "Warga cukup membawa KTP dan dokumen yang berkaitan dengan persoalannya."),
    "a40": ("Kegiatan berlangsung di masjid pondok dan dihadiri para ustaz pengasuh asrama.", "Santri juga dikenalkan dengan layanan pengaduan UPTD PPA Kabupaten Tapin."),
}


def release_text(a):
    p1, p2, p3 = a["text"]
    e1, e3 = EXTRA.get(a["id"], ("", ""))
    if e1:
        p1 = p1 + " " + e1
    if e3:
        p3 = _insert_before_tag(p3, e3)
    return "\n\n".join([p1, p2, p3])


def _insert_before_tag(p, sentence):
    i = p.rfind(" (")
    return p[:i] + " " + sentence + p[i:]
