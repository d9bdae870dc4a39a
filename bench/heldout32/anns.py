# Hand-written releases and the posts built on them (heldout32). [d/m] -> "Weekday (d/m/2026)".
# Fields: id, src, dt, title, text, short, long (optional), para, looks [(text, differs, when)], before (text, differs, hours)
# when: "after" (days after the release) / "before" / "far" (other month); the builder picks a date from it.

ANNS = []


def A(**kw):
    ANNS.append(kw)


# ---- F1 Duta Baca (literasi) ----
A(id="a01", src="dispersip-kalsel", dt="2026-11-03 09:40",
  title="Dispersip Kalsel Buka Pendaftaran Pemilihan Duta Baca Kalsel 2026",
  text="""BANJARBARU – Dinas Perpustakaan dan Kearsipan (Dispersip) Provinsi Kalimantan Selatan membuka pendaftaran Pemilihan Duta Baca Kalsel 2026 mulai [3/11] sampai [13/11]. Peserta adalah pelajar SMA/SMK/MA dan mahasiswa berusia 16–23 tahun dari 13 kabupaten/kota, dengan syarat mengirim resensi satu buku karya penulis Kalimantan dan video profil berdurasi dua menit.

“Duta Baca ini bukan lomba gaya, tapi lomba gagasan. Kami mencari anak muda yang sanggup mengajak teman sebayanya datang ke perpustakaan desa,” kata Kepala Dispersip Kalsel, Hj. Rusmiati Noorhasanah, di Banjarbaru.

Sebanyak 30 finalis akan mengikuti karantina dan presentasi di Gedung Layanan Perpustakaan Palnam Banjarbaru pada pekan ketiga November. Pemenang mendapat beasiswa pendidikan dan akan mendampingi program Perpustakaan Keliling selama satu tahun. (mc/dbk)""",
  short="Pendaftaran Duta Baca Kalsel 2026 dibuka 3–13 November, syarat resensi buku penulis Kalimantan dan video profil.",
  long="Dispersip Kalsel mencari Duta Baca 2026. Pelajar SMA/SMK/MA dan mahasiswa usia 16 sampai 23 tahun bisa mendaftar sampai 13 November dengan mengirim resensi buku karya penulis Kalimantan plus video profil dua menit. Tiga puluh finalis dikarantina di Gedung Palnam, pemenangnya dapat beasiswa.",
  para="Bubuhan anak sakulah SMA wan mahasiswa, Dispersip Kalsel mancari Duta Baca 2026 nah 📚 Syaratnya maulah resensi buku nang ditulis urang Kalimantan wan video dua menit haja. Umur 16 sampai 23. Tutup tanggal 13 Nopember, jangan kaina-kaina! Siapa tahu pian nang tapilih, dapat beasiswa jua 👍 #DutaBaca #BanuaMambaca",
  looks=[("Alhamdulillah, perwakilan desa kami Galuh Nurlaila terpilih jadi Duta Baca Kecamatan tingkat kecamatan 2026 pada Jumat (30/10). Penilaian dilakukan pengelola perpustakaan desa dan camat. Selamat!", "a kecamatan's own duta baca, chosen before the provincial call", "before"),
         ("Kilas balik: Final Duta Baca Kalsel 2025 di Gedung Palnam Banjarbaru diikuti 25 finalis, juara Nanang Fikri dari Tabalong. Semoga tahun ini banua kita ada wakilnya lagi.", "the 2025 edition", "after"),
         ("Lomba resensi buku antar-SMP se-kecamatan digelar perpustakaan sekolah, 42 naskah masuk, pengumuman Sabtu depan. Tema: buku cerita rakyat Banjar.", "a school resensi contest, not the duta baca call", "after")],
  before=("Info dari kawan di Dispersip: katanya minggu ini dibuka pendaftaran Duta Baca provinsi, syaratnya ada bikin resensi buku. Tunggu pengumuman resminya ya.", "rumour before the call", 20))

A(id="a02", src="dispersip-kalsel", dt="2026-11-20 16:10",
  title="Siti Mardiana dan M. Rizky Fauzan Terpilih Jadi Duta Baca Kalsel 2026",
  text="""BANJARBARU – Siti Mardiana, siswi SMAN 1 Amuntai, dan Muhammad Rizky Fauzan, mahasiswa ULM asal Kotabaru, terpilih sebagai Duta Baca Kalimantan Selatan 2026 dalam malam final di Gedung Layanan Perpustakaan Palnam, Banjarbaru, [19/11]. Keduanya menyisihkan 28 finalis lain dari total 214 pendaftar.

“Gagasan mereka sederhana tetapi bisa dijalankan, yaitu pojok baca di dermaga klotok dan kelas dongeng di langgar. Itu yang membuat juri sepakat,” ujar Ketua Dewan Juri, Dr. Fahrurrazi Anwar, dosen FKIP ULM.

Juara harapan diraih Nor Hikmah dari Tapin dan Ahmad Syauqi dari Tanah Bumbu. Duta Baca terpilih mulai bertugas Desember dan akan mewakili Kalsel pada pemilihan tingkat nasional tahun depan. (mc/dbk)""",
  short="Siti Mardiana (SMAN 1 Amuntai) dan M. Rizky Fauzan (ULM, Kotabaru) jadi Duta Baca Kalsel 2026.",
  long="Malam final Duta Baca Kalsel 2026 di Palnam Banjarbaru menetapkan Siti Mardiana dari SMAN 1 Amuntai dan Muhammad Rizky Fauzan, mahasiswa ULM asal Kotabaru, sebagai pemenang dari 214 pendaftar. Harapan: Nor Hikmah (Tapin) dan Ahmad Syauqi (Tanbu). Gagasan pemenang: pojok baca di dermaga klotok dan kelas dongeng di langgar.",
  para="Alhamdulillah, galuh Amuntai manang! Siti Mardiana anak SMAN 1 Amuntai wan Rizky Fauzan urang Kotabaru jadi Duta Baca Kalsel 2026 tadi malam di Palnam. Pendaftarnya dua ratus sapuluh ampat ikung, hebat banar. Gagasan buhannya pojok baca di dermaga klotok, nyaman banar lah 😍",
  looks=[("Selamat kepada Duta Baca Kabupaten Hulu Sungai Utara 2026 yang dikukuhkan Bupati: Siti Mardiana dan Halim Perdana. Semoga melaju ke tingkat provinsi!", "the kabupaten's earlier duta baca, same girl, before the final", "before"),
         ("Duta Baca Kalsel 2026 Siti Mardiana berkunjung ke pojok baca dermaga klotok Desa kami, Sabtu (5/12). Anak-anak diajak membaca dongeng Banjar.", "a later visit of the winner, not the result", "after"),
         ("Hasil Duta Baca Kalsel 2025: Nanang Fikri (Tabalong) dan Rahmah Aulia (Banjarbaru). Dokumentasi lama yang kami unggah ulang.", "last year's winners", "after")],
  before=("Nanti malam final Duta Baca Kalsel di Palnam, doakan finalis dari banua kita ya. Live di IG Dispersip.", "invitation to the final before the result", 24))

A(id="a03", src="pemkab-hsu", dt="2026-11-10 14:25",
  title="HSU Luncurkan Gerakan Sabtu Membaca di 45 Langgar",
  text="""AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara meluncurkan Gerakan Sabtu Membaca di 45 langgar dan musala pada [7/11] di Langgar Al-Hidayah, Desa Sungai Tabukan. Setiap langgar menerima 60 judul buku cerita anak, buku agama dan buku pertanian dari Dinas Perpustakaan dan Kearsipan HSU.

“Anak-anak kita sudah terbiasa mengaji di langgar setelah Magrib. Sabtu pagi kita tambah dengan membaca buku, didampingi guru TPA dan relawan literasi,” kata Sekretaris Daerah HSU, H. Abdul Wahid Rahman.

Tahun depan gerakan ini diperluas ke 80 langgar di sepuluh kecamatan. Warga yang ingin menyumbang buku dapat menyerahkannya ke kantor Dispersip HSU di Jalan Norman Umar, Amuntai. (hsu/nr)""",
  short="HSU luncurkan Gerakan Sabtu Membaca di 45 langgar, tiap langgar dapat 60 judul buku.",
  long=None,
  para="Di HSU wayah ini ada Gerakan Sabtu Membaca di ampat puluh lima langgar, dangsanak ai. Tiap langgar dibari anam puluh judul buku, ada buku carita, buku agama, buku batani. Jadi kakanakan habis mangaji kawa jua mambaca hari Sabtu baisukan. Handak manyumbang buku? antar haja ka Dispersip HSU 📚",
  looks=[("Pojok baca Langgar Nurul Iman di desa kami hasil swadaya remaja masjid, 150 buku sumbangan warga. Buka tiap Ahad sore.", "a village's own reading corner", "after"),
         ("Tahun lalu Dispersip HSU menyerahkan 30 paket buku ke sekolah dasar di Amuntai Selatan. Foto kenangan Oktober 2025.", "2025 book handover to schools", "after"),
         ("Langgar Al-Hidayah Sungai Tabukan tadi ramai peringatan Maulid, ceramah oleh Guru H. Zainal. Terima kasih warga yang hadir.", "same langgar, another event", "after")],
  before=None)

# ---- F2 Lomba debat pelajar ----
A(id="a04", src="pemprov-kalsel", dt="2026-11-04 11:05",
  title="64 SMA/SMK Ikuti Lomba Debat Bahasa Indonesia Tingkat Provinsi",
  text="""BANJARMASIN – Sebanyak 64 tim SMA, SMK dan MA dari 13 kabupaten/kota mengikuti Lomba Debat Bahasa Indonesia Pelajar Tingkat Provinsi Kalimantan Selatan yang dibuka [4/11] di Aula Disdikbud Kalsel, Banjarmasin. Lomba berlangsung sampai [12/11] dengan mosi seputar lingkungan sungai, literasi digital dan ketahanan pangan.

“Debat melatih anak-anak kita berpikir runtut dan menghargai pendapat lawan. Itu bekal yang lebih mahal dari piala,” kata Kepala Bidang Pembinaan SMA Disdikbud Kalsel, Drs. Hairul Saleh, saat membuka lomba.

Babak penyisihan memakai sistem British Parliamentary dan dinilai 12 juri dari perguruan tinggi. Dua tim terbaik akan mewakili Kalsel di tingkat nasional pada Februari 2027. (mc/hrs)""",
  short="Lomba Debat Bahasa Indonesia pelajar tingkat provinsi diikuti 64 tim, 4–12 November di Aula Disdikbud Kalsel.",
  long="Enam puluh empat tim SMA, SMK dan MA se-Kalsel beradu argumen di Lomba Debat Bahasa Indonesia tingkat provinsi, 4 sampai 12 November di Aula Disdikbud Kalsel. Mosinya tentang sungai, literasi digital dan pangan, dinilai 12 juri kampus. Dua tim terbaik ke tingkat nasional Februari 2027.",
  para="Kakanakan SMA se-Kalsel baadu pandir di Lomba Debat Bahasa Indonesia, anam puluh ampat tim bubuhannya. Dari tanggal 4 sampai 12 Nopember di Aula Disdikbud. Mosinya soal sungai, internet wan pangan. Kada sambarang bapandir, harus pakai dalil 😄 Moga wakil kita manang!",
  looks=[("Lomba Debat Bahasa Inggris antarkelas di SMA kami, 12 tim, mosi tentang media sosial. Juara kelas XI IPS 2.", "a school's own English debate", "after"),
         ("Selamat buat tim debat SMAN 2 Barabai juara 2 Lomba Debat Bahasa Indonesia tingkat provinsi tahun 2025 lalu. Kenangan manis!", "2025 edition", "after"),
         ("Seleksi tim debat tingkat kabupaten untuk pelajar SMP dibuka Dinas Pendidikan, pendaftaran sampai akhir bulan. Khusus SMP/MTs.", "junior-school selection, another level", "after")],
  before=("Besok anak-anak tim debat sekolah kami berangkat ke Banjarmasin, doakan lancar ya. Bawa nama baik kampung!", "preparation the day before", 18))

A(id="a05", src="pemprov-kalsel", dt="2026-11-13 15:30",
  title="SMAN 1 Martapura Juara Lomba Debat Pelajar Kalsel 2026",
  text="""BANJARMASIN – Tim SMAN 1 Martapura menjuarai Lomba Debat Bahasa Indonesia Pelajar Tingkat Provinsi Kalimantan Selatan 2026 setelah mengalahkan SMAN 1 Tanjung pada babak final di Aula Disdikbud Kalsel, [12/11]. Mosi final berbunyi “Dewan ini akan melarang kapal tongkang melintas sungai pada siang hari”.

“Kedua finalis tampil matang. Pembeda ada pada data yang dibawa tim Martapura tentang kemacetan alur Sungai Barito,” kata Ketua Juri, Dr. Noor Aida Rahmah, M.Pd.

Juara ketiga diraih MAN 2 Banjarmasin dan pembicara terbaik adalah Fathiya Zahra dari SMKN 1 Kandangan. SMAN 1 Martapura dan SMAN 1 Tanjung akan dibina Disdikbud Kalsel sebelum tingkat nasional. (mc/hrs)""",
  short="SMAN 1 Martapura juara debat pelajar Kalsel 2026, kalahkan SMAN 1 Tanjung di final.",
  long="Final Lomba Debat Bahasa Indonesia pelajar Kalsel 2026 dimenangkan SMAN 1 Martapura atas SMAN 1 Tanjung dengan mosi soal kapal tongkang di sungai. Juara tiga MAN 2 Banjarmasin, pembicara terbaik Fathiya Zahra dari SMKN 1 Kandangan. Dua finalis dibina menuju nasional.",
  para="Mantap banar SMAN 1 Martapura, juara debat pelajar Kalsel 2026! Di final balawan SMAN 1 Tanjung, mosinya soal kapal tongkang lewat sungai siang hari. Juara talu MAN 2 Banjarmasin. Pembicara tabaik urang Kandangan, Fathiya Zahra. Salamat lah 👏",
  looks=[("SMAN 1 Martapura juara umum Lomba Cerdas Cermat Empat Pilar tingkat kabupaten, Kamis (26/11). Bangga!", "same school, another contest", "after"),
         ("Juara Lomba Debat Pelajar Kalsel 2025: SMAN 2 Banjarbaru. Final tahun lalu di hotel, sekarang di aula dinas.", "2025 champion", "after"),
         ("Tim debat SMAN 1 Tanjung disambut di sekolah setelah pulang dari Banjarmasin, Senin (16/11), dikalungi bunga oleh kepala sekolah.", "homecoming of the runner-up, later", "after")],
  before=None)

A(id="a06", src="pemkab-tabalong", dt="2026-11-18 10:20",
  title="Tabalong Gelar Debat Pelajar SMP Tingkat Kabupaten, 24 Sekolah Ikut",
  text="""TANJUNG – Dinas Pendidikan Kabupaten Tabalong menggelar Lomba Debat Pelajar SMP/MTs Tingkat Kabupaten di Gedung Pusat Kegiatan Guru, Tanjung, [17/11] dan [18/11]. Sebanyak 24 sekolah mengirim tim beranggotakan tiga siswa dengan tema besar “Tabalong Hijau, Tabalong Cerdas”.

“Kami ingin tradisi debat tumbuh sejak SMP, jangan baru dikenal di SMA. Tahun ini SMA kita sudah masuk final provinsi, adik-adiknya harus menyusul,” kata Kepala Dinas Pendidikan Tabalong, H. Muhammad Ridwan Saputra.

Juara pertama memperoleh piala bupati dan uang pembinaan Rp5 juta. Dinas Pendidikan juga akan melatih 40 guru pembina debat pada Januari 2027 di Tanjung. (tbl/mr)""",
  short="Debat pelajar SMP/MTs tingkat Kabupaten Tabalong 17–18 November, 24 sekolah, juara dapat Rp5 juta.",
  long=None,
  para="Di Tabalong ada lomba debat gasan anak SMP wan MTs, dua puluh ampat sakulah umpat, di Gedung PKG Tanjung Salasa wan Arba. Temanya Tabalong Hijau Tabalong Cerdas. Juara satu dapat piala bupati wan duit limajuta. Ayo adik-adik, kada usah supan bapandir 💪",
  looks=[("Lomba pidato bahasa Banjar tingkat SD se-Kecamatan Murung Pudak, 18 peserta, juara dari SDN Mabuun 2.", "a kecamatan speech contest", "after"),
         ("Workshop guru pembina OSIS se-Tabalong di Gedung PKG Tanjung hari ini, 40 guru ikut, materi kepemimpinan siswa.", "the next step announced; here reported as a training on another date", "far"),
         ("Gedung PKG Tanjung hari ini dipakai workshop Kurikulum Merdeka untuk kepala SD se-Tabalong.", "same venue, another event", "after")],
  before=("Tim debat SMP kami latihan terus seminggu ini jelang lomba tingkat kabupaten di PKG Tanjung. Semangat nak!", "preparation days before", 40))

# ---- F3 Sasirangan ----
A(id="a07", src="pemprov-kalsel", dt="2026-11-05 13:15",
  title="150 Pelajar SMK Dilatih Membuat Kain Sasirangan",
  text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan melalui Dinas Perindustrian melatih 150 pelajar SMK jurusan tata busana membuat kain sasirangan dengan pewarna alam, [5/11] sampai [7/11] di Kampung Sasirangan, Kelurahan Seberang Mesjid, Banjarmasin. Peserta berasal dari 15 SMK di sembilan kabupaten/kota.

“Sasirangan harus punya penerus. Anak SMK kita ajari dari menjelujur, mengikat, sampai mencelup dengan kulit kayu ulin dan daun jambu,” kata Kepala Dinas Perindustrian Kalsel, Ir. Gusti Riza Fahmi.

Setiap sekolah peserta menerima satu paket alat celup dan bahan kain 50 meter. Hasil karya terbaik akan dipamerkan pada Kalsel Expo Desember mendatang. (mc/grf)""",
  short="150 pelajar SMK dilatih bikin sasirangan pewarna alam di Kampung Sasirangan, 5–7 November.",
  long="Dinas Perindustrian Kalsel melatih 150 siswa SMK tata busana dari 15 sekolah membuat sasirangan dengan pewarna alam di Kampung Sasirangan Seberang Mesjid, 5–7 November. Tiap sekolah pulang membawa paket alat celup dan 50 meter kain; karya terbaik tampil di Kalsel Expo Desember.",
  para="Saratus lima puluh kakanakan SMK baajar maulah kain sasirangan di Kampung Sasirangan Banjarmasin, tiga hari. Pewarnanya alami, pakai kulit kayu ulin wan daun jambu, kada pakai bahan kimia. Nyaman banar, budaya banua ada panerusnya 🧵 #Sasirangan",
  looks=[("Ibu-ibu PKK desa kami belajar sasirangan di balai desa, 20 orang, pelatihnya pengrajin dari Martapura. Swadaya dana desa.", "a village's own sasirangan class", "after"),
         ("Pameran sasirangan di Kalsel Expo 2025 lalu laris, stan Dekranasda habis terjual. Dokumentasi tahun lalu.", "2025 expo", "after"),
         ("Kampung Sasirangan Seberang Mesjid hari ini dikunjungi rombongan wisatawan Malaysia, 40 orang belanja kain.", "same venue, tourist visit", "after")],
  before=("Persiapan pelatihan sasirangan di Kampung Sasirangan, panitia menata 150 meja celup sejak pagi.", "preparations of the same day before the release", 4))

A(id="a08", src="pemkab-hst", dt="2026-11-12 10:45",
  title="40 Siswa SMK di HST Ikuti Pelatihan Sasirangan Program Provinsi",
  text="""BARABAI – Sebanyak 40 siswa SMKN 1 Barabai dan SMKN 2 Barabai mengikuti pelatihan membuat kain sasirangan program Pemerintah Provinsi Kalimantan Selatan yang digelar di Balai Latihan Kerja Barabai, [11/11]. Pelatihan ini lanjutan dari kelas provinsi di Banjarmasin pekan lalu.

“Peserta yang sudah ikut di Banjarmasin sekarang menjadi asisten pelatih. Jadi ilmu dari provinsi menular ke adik kelasnya di Barabai,” kata Asisten Perekonomian dan Pembangunan Setda HST, H. Syahrani Hamdi.

Pemkab HST menyiapkan bantuan 10 set alat celup untuk kelompok usaha siswa. Produk sasirangan karya siswa akan dijual di gerai UMKM Pasar Keramat Barabai mulai Desember. (hst/sh)""",
  short="40 siswa SMKN 1 dan 2 Barabai ikut pelatihan sasirangan program provinsi di BLK Barabai.",
  long=None,
  para="Di Barabai jua ada pelatihan sasirangan, ampat puluh ikung anak SMKN 1 wan SMKN 2 umpat di BLK. Nang sudah baajar di Banjarmasin minggu tadi wayah ini jadi guru gasan adingnya. Kaina hasilnya dijual di Pasar Keramat. Bangga banar dangsanak 👍",
  looks=[("Pelatihan sasirangan gelombang kedua untuk 40 siswa SMK Kabupaten HSS di Kandangan, Rabu (11/11), juga program provinsi.", "another kabupaten's edition same day, same 40", "after"),
         ("BLK Barabai hari ini membuka pelatihan las listrik untuk 16 pemuda putus sekolah.", "same venue, another training", "after"),
         ("Gerai UMKM Pasar Keramat Barabai sekarang menjual kerajinan purun dan anyaman bambu dari Hantakan. Mampir ya.", "same outlet, other products", "after")],
  before=None)

A(id="a09", src="pemkot-banjarmasin", dt="2026-11-23 09:30",
  title="Pemko Banjarmasin Gelar Lomba Desain Motif Sasirangan, Hadiah Rp25 Juta",
  text="""BANJARMASIN – Pemerintah Kota Banjarmasin membuka Lomba Desain Motif Sasirangan 2026 bertema “Kota Seribu Sungai” mulai [23/11] sampai [14/12]. Lomba terbuka untuk umum dengan total hadiah Rp25 juta, dan desain pemenang akan dipakai sebagai seragam batik ASN Pemko Banjarmasin tahun 2027.

“Kami ingin motif baru yang bercerita tentang jukung, jembatan dan pasar terapung, tanpa meninggalkan pakem motif lama seperti kulat kurikit dan gigi haruan,” kata Kepala Dinas Koperasi, UMKM dan Perindustrian Banjarmasin, Hj. Nurul Aisyah Fitri.

Desain dikirim dalam format gambar beserta filosofi motif paling banyak 200 kata. Pengumuman pemenang dijadwalkan pada 22 Desember di Balai Kota Banjarmasin. (bjm/naf)""",
  short="Lomba desain motif sasirangan Banjarmasin 23/11–14/12, hadiah Rp25 juta, pemenang jadi seragam ASN.",
  long="Pemko Banjarmasin mengajak warga mendesain motif sasirangan baru bertema Kota Seribu Sungai. Pendaftaran 23 November sampai 14 Desember, total hadiah Rp25 juta, dan motif juara dipakai seragam ASN 2027. Motif lama seperti kulat kurikit dan gigi haruan tetap jadi pakem; pemenang diumumkan 22 Desember.",
  para="Nah pian nang pintar manggambar, Pemko Banjarmasin maulah lomba desain motif sasirangan, hadiahnya dua puluh lima juta! Temanya Kota Saribu Sungai, boleh gambar jukung, jambatan, pasar tarapung. Motif juara kaina jadi baju dinas ASN 2027. Tutup 14 Disember 🎨",
  looks=[("Lomba desain motif sasirangan Kabupaten Banjar 2025 dimenangkan pengrajin Martapura, motif intan berlian. Kenangan tahun lalu.", "another kabupaten, 2025", "after"),
         ("Seragam sasirangan baru ASN kelurahan kami dibagikan hari ini, motif lama gigi haruan warna hijau.", "uniform handout, not the contest", "after"),
         ("Lomba mewarnai motif sasirangan untuk anak TK se-kecamatan, Ahad pagi di taman kota. Gratis.", "a children's colouring contest", "after")],
  before=None)

# ---- F4 Wisuda / khataman santri TPA ----
A(id="a10", src="kemenag-kalsel", dt="2026-11-07 11:20",
  title="3.200 Santri TPA Se-Kalsel Diwisuda Serentak",
  text="""BANJARMASIN – Kantor Wilayah Kementerian Agama Provinsi Kalimantan Selatan mewisuda 3.200 santri Taman Pendidikan Al-Qur'an (TPA) secara serentak di Masjid Raya Sabilal Muhtadin, Banjarmasin, [7/11]. Para santri berusia 7–12 tahun dan telah menuntaskan enam jilid Iqro serta hafalan juz 30.

“Wisuda ini penghargaan untuk anak-anak dan terutama untuk guru TPA yang mengajar hampir tanpa honor. Mereka pahlawan di kampung-kampung kita,” kata Kepala Bidang Pendidikan Agama Islam Kanwil Kemenag Kalsel, H. Ahmad Fauzi Rahman.

Kanwil juga menyerahkan sertifikat kepada 180 guru TPA teladan. Tahun depan wisuda serentak direncanakan di tiga zona, yakni Banjarmasin, Barabai dan Batulicin, agar santri dari daerah jauh tidak perlu menempuh perjalanan panjang. (kmg/afr)""",
  short="3.200 santri TPA se-Kalsel diwisuda serentak di Masjid Raya Sabilal Muhtadin, 180 guru TPA dapat sertifikat.",
  long="Kanwil Kemenag Kalsel mewisuda 3.200 santri TPA usia 7–12 tahun yang sudah tamat Iqro dan hafal juz 30 di Masjid Raya Sabilal Muhtadin. Sebanyak 180 guru TPA teladan menerima sertifikat, dan tahun depan wisuda dibagi tiga zona: Banjarmasin, Barabai, Batulicin.",
  para="Masya Allah, talu ribu dua ratus kakanakan TPA se-Kalsel diwisuda basamaan di Sabilal Muhtadin tadi. Buhannya sudah tamat Iqro wan hafal juz amma. Guru-guru TPA gin dapat sertifikat, saratus walu puluh urang. Kuitan pasti bungah banar 🤲",
  looks=[("Wisuda 27 santri TPA Nurul Huda desa kami, Ahad kemarin di langgar, dihadiri pambakal dan tokoh agama.", "a village TPA's own small graduation", "after"),
         ("Wisuda serentak santri TPA Kalsel tahun 2025 di Sabilal Muhtadin diikuti 2.750 santri. Foto kenangan.", "2025 edition", "after"),
         ("Masjid Raya Sabilal Muhtadin Sabtu malam ini menggelar tablig akbar bersama ulama dari Martapura. Silakan hadir.", "same venue, another event", "after")],
  before=("Besok pagi anak kami ikut wisuda TPA di Sabilal Muhtadin, berangkat dari desa jam 5 subuh naik pick up rombongan.", "the day before", 26))

A(id="a11", src="pemkab-hss", dt="2026-11-14 16:40",
  title="640 Santri Ikuti Khataman Al-Qur'an Massal di Kandangan",
  text="""KANDANGAN – Sebanyak 640 santri TPA dan madrasah diniyah dari 11 kecamatan mengikuti Khataman Al-Qur'an Massal Kabupaten Hulu Sungai Selatan di Lapangan 5 Desember, Kandangan, [14/11]. Kegiatan ini merangkai peringatan Hari Jadi Kabupaten HSS.

“Khataman massal ini tradisi bahari yang kita hidupkan lagi. Dulu tiap kampung khataman di langgar, sekarang kita kumpulkan menjadi satu syiar,” kata Wakil Bupati HSS, H. Syamsuri Arsyad.

Setiap santri menerima Al-Qur'an baru, sarung atau mukena, dan uang saku. Bagian Kesra Setda HSS mencatat jumlah peserta naik dari 480 santri pada tahun lalu. (hss/sa)""",
  short="Khataman Al-Qur'an massal 640 santri di Lapangan 5 Desember Kandangan, rangkaian Hari Jadi HSS.",
  long=None,
  para="Rami banar di Lapangan 5 Disember Kandangan, anam ratus ampat puluh santri khataman Qur'an basamaan. Tradisi bahari dihidupakan pulang jar Wabup. Tiap santri dibari Qur'an hanyar, sarung atawa mukena wan duit saku. Barakat 🤲 #HSS",
  looks=[("Khataman Al-Qur'an 35 santri di Langgar Darussalam desa kami, Jumat (27/11), dilanjut makan nasi ketan bersama.", "a village's own khataman", "after"),
         ("Khataman massal HSS tahun lalu 480 santri, tahun 2025 di halaman pendopo. Kenangan.", "2025 edition", "after"),
         ("Lapangan 5 Desember Kandangan sore ini dipakai final sepak bola antarkecamatan Hari Jadi HSS.", "same venue and anniversary, another event", "after")],
  before=("Persiapan khataman massal, panggung di Lapangan 5 Desember sudah berdiri, santri latihan baris sore ini.", "preparation the day before", 22))

A(id="a12", src="pemkab-batola", dt="2026-11-22 10:10",
  title="410 Santri TPA di Barito Kuala Diwisuda, Bupati Janjikan Insentif Guru Ngaji Naik",
  text="""MARABAHAN – Sebanyak 410 santri TPA dari 17 kecamatan di Kabupaten Barito Kuala diwisuda di Masjid Agung Al-Anwar, Marabahan, [21/11]. Wisuda tingkat kabupaten ini digelar Bagian Kesra bersama Badan Koordinasi TPA Batola.

“Tahun 2027 insentif guru TPA kita naikkan dari Rp300 ribu menjadi Rp400 ribu per bulan. Anak-anak yang diwisuda hari ini adalah bukti kerja keras mereka,” kata Bupati Barito Kuala, H. Rahmadi Noor, dalam sambutannya.

Santri terbaik, Nur Azizah dari Anjir Pasar, menerima beasiswa hafalan. Wisuda berikutnya direncanakan per zona kecamatan agar santri dari Kuripan dan Tabukan tidak menyeberang jauh. (btl/rn)""",
  short="410 santri TPA Batola diwisuda di Masjid Agung Al-Anwar Marabahan; insentif guru TPA naik jadi Rp400 ribu.",
  long="Wisuda TPA tingkat Kabupaten Barito Kuala di Masjid Agung Al-Anwar Marabahan diikuti 410 santri dari 17 kecamatan. Bupati mengumumkan insentif guru TPA naik dari Rp300 ribu ke Rp400 ribu per bulan mulai 2027. Santri terbaik Nur Azizah dari Anjir Pasar mendapat beasiswa.",
  para="Kakanakan TPA Batola diwisuda di Masjid Agung Marabahan, ampat ratus sapuluh ikung. Kabar nyaman gasan guru ngaji: insentif naik jadi ampat ratus ribu sabulan tahun 2027 jar Bupati. Santri tabaik urang Anjir Pasar, Nur Azizah. Salamat 🎓",
  looks=[("Insentif guru ngaji Batola triwulan IV sudah cair, silakan cek rekening masing-masing (Rp300 ribu/bulan).", "incentive payment, not the graduation", "after"),
         ("Wisuda santri TPA Kecamatan Alalak di masjid kecamatan, 58 santri, Ahad (29/11).", "a kecamatan's own graduation, later", "after"),
         ("Masjid Agung Al-Anwar Marabahan menggelar lomba azan anak-anak, 30 peserta, Sabtu sore.", "same venue, another event", "after")],
  before=None)

# ---- F5 Pelatihan pengurusan jenazah (fardu kifayah) ----
A(id="a13", src="pemprov-kalsel", dt="2026-11-06 14:00",
  title="Biro Kesra Kalsel Latih 300 Peserta Pengurusan Jenazah",
  text="""BANJARBARU – Biro Kesejahteraan Rakyat Setda Provinsi Kalimantan Selatan melatih 300 pengurus masjid, guru agama dan pemuda dalam Pelatihan Fardu Kifayah Pengurusan Jenazah di Aula Gawi Sabarataan, Banjarbaru, [5/11] dan [6/11]. Materi meliputi memandikan, mengafani, menyalatkan dan menguburkan jenazah, termasuk jenazah korban banjir dan kecelakaan.

“Di banyak kampung, yang bisa memandikan jenazah tinggal satu dua orang tua. Kita perlu regenerasi, terutama pemuda dan perempuan,” kata Kepala Biro Kesra Kalsel, H. Muhammad Ilham Nurdin.

Setiap peserta pulang membawa satu paket perlengkapan kain kafan dan buku panduan. Pelatihan lanjutan akan dititipkan ke kabupaten/kota dengan pelatih dari peserta angkatan ini. (mc/min)""",
  short="Biro Kesra Kalsel latih 300 peserta pengurusan jenazah (fardu kifayah) di Aula Gawi Sabarataan, 5–6 November.",
  long="Tiga ratus pengurus masjid, guru agama dan pemuda mengikuti pelatihan fardu kifayah Biro Kesra Kalsel di Aula Gawi Sabarataan, 5–6 November: memandikan, mengafani, menyalatkan dan menguburkan jenazah, termasuk korban banjir. Peserta membawa paket kain kafan dan akan menjadi pelatih di kabupaten.",
  para="Talu ratus urang baajar mamandii wan mangafani mayat di Gawi Sabarataan, dua hari. Jar Karo Kesra, di kampung nang tahu mamandii mayat tinggal urang tuha haja, makanya pemuda wan babinian diajari jua. Panting banar nih ilmu fardu kifayah 🤲",
  looks=[("Remaja masjid kami belajar tata cara memandikan jenazah bersama ustadz kampung, Ahad lalu, 25 orang, pakai boneka peraga.", "a mosque's own session", "after"),
         ("Aula Gawi Sabarataan hari ini tempat rapat koordinasi persiapan Haul Sekumpul bersama instansi vertikal.", "same venue, another meeting", "after"),
         ("Pembagian kain kafan gratis dari Baznas kabupaten untuk 40 masjid, diserahkan di kantor camat.", "kafan handout, not training", "after")],
  before=None)

A(id="a14", src="pemkab-tapin", dt="2026-11-11 15:20",
  title="60 Peserta Ikuti Pelatihan Fardu Kifayah di Rantau",
  text="""RANTAU – Sebanyak 60 pengurus masjid dan langgar dari 12 kecamatan di Kabupaten Tapin mengikuti Pelatihan Fardu Kifayah di Gedung Ruhui Rahayu, Rantau, [11/11]. Pelatihan ini merupakan lanjutan program Biro Kesra Provinsi, dengan dua pelatih dari Tapin yang ikut angkatan provinsi pekan lalu.

“Minimal setiap desa punya dua orang, satu laki-laki dan satu perempuan, yang terampil memandikan jenazah. Itu target kami sampai akhir 2027,” kata Kepala Bagian Kesra Setda Tapin, H. Basuni Ramli.

Pemkab Tapin menyerahkan 24 keranda dan tempat pemandian jenazah portabel kepada masjid di desa terpencil. Pelatihan berikutnya akan digelar di Candi Laras Utara bulan depan. (tpn/br)""",
  short="60 pengurus masjid Tapin ikut pelatihan fardu kifayah di Gedung Ruhui Rahayu, 24 keranda diserahkan.",
  long=None,
  para="Di Rantau ada pelatihan mamandii mayat gasan pengurus masjid wan langgar, anam puluh urang. Targetnya tiap desa ada dua urang nang bisa, saikung lakian saikung binian. Pemkab jua mambari dua puluh ampat karanda gasan masjid di kampung jauh. Barakat 👍",
  looks=[("Pelatihan fardu kifayah Kecamatan Candi Laras Utara dimulai Kamis (3/12) di masjid kecamatan, 35 peserta dari desa-desa sekitar Margasari.", "the next round, in December", "after"),
         ("Gedung Ruhui Rahayu Rantau tadi ramai pelantikan pengurus PKK kecamatan.", "same venue, another event", "after"),
         ("Masjid desa kami menerima keranda baru sumbangan keluarga almarhum H. Udin. Terima kasih.", "a family donation, not the pemkab handout", "after")],
  before=("Dengar-dengar bakal ada pelatihan memandikan jenazah di Rantau untuk pengurus langgar, betul kah? Siapa yang ditunjuk desa?", "rumour before", 30))

A(id="a15", src="pemkab-kotabaru", dt="2026-11-19 11:35",
  title="Kotabaru Latih 45 Warga Pulau Laut Utara Urus Jenazah",
  text="""KOTABARU – Pemerintah Kabupaten Kotabaru melalui Bagian Kesra melatih 45 warga dari 15 desa dan kelurahan di Kecamatan Pulau Laut Utara dalam Pelatihan Pengurusan Jenazah di Masjid Agung Baitul Izzah, [19/11]. Pelatihan didanai APBD Kotabaru dan menghadirkan pelatih dari MUI kabupaten.

“Kotabaru ini wilayah pulau, kadang jenazah nelayan baru ditemukan berhari-hari. Pengurusnya harus paham cara yang benar dan aman,” kata Asisten Pemerintahan dan Kesra Setda Kotabaru, H. Rusdiansyah Idris.

Tahun depan pelatihan serupa direncanakan untuk Pulau Sebuku dan Pulau Laut Kepulauan. Peserta akan didata sebagai relawan fardu kifayah kecamatan. (ktb/ri)""",
  short="Kotabaru latih 45 warga Pulau Laut Utara mengurus jenazah di Masjid Agung Baitul Izzah, didanai APBD.",
  long="Bagian Kesra Kotabaru melatih 45 warga dari 15 desa/kelurahan Pulau Laut Utara mengurus jenazah di Masjid Agung Baitul Izzah, dengan pelatih MUI. Latar belakangnya jenazah nelayan yang kadang ditemukan berhari-hari; tahun depan giliran Pulau Sebuku dan Pulau Laut Kepulauan.",
  para="Di Kotabaru ampat puluh lima warga Pulau Laut Utara baajar mangurus jinazah di Masjid Agung Baitul Izzah. Wilayah pulau, kadang jinazah nelayan hanyar dapat bahari-hari, jadi harus tahu caranya. Tahun dudi giliran Sebuku 🤲",
  looks=[("Pendataan calon peserta pelatihan pengurusan jenazah Pulau Sebuku tahun 2027 dibuka di kantor desa, kuota 30 orang.", "the next island's round", "after"),
         ("Masjid Agung Baitul Izzah Kotabaru malam ini menggelar tablig akbar dan doa bersama tingkat kabupaten.", "same venue, another event", "after"),
         ("Warga Kelumpang Hilir latihan SAR laut bersama Basarnas, 30 relawan.", "another training in Kotabaru", "after")],
  before=None)

# ---- F6 Karang Taruna ----
A(id="a16", src="pemprov-kalsel", dt="2026-11-08 12:30",
  title="Temu Karya Karang Taruna Kalsel Digelar di Banjarbaru",
  text="""BANJARBARU – Dinas Sosial Provinsi Kalimantan Selatan menggelar Temu Karya Daerah Karang Taruna Kalsel di Hotel Roditha, Banjarbaru, [7/11] sampai [9/11]. Sebanyak 156 utusan dari 13 kabupaten/kota hadir untuk memilih ketua masa bakti 2026–2031 dan menyusun program kerja.

“Karang Taruna jangan hanya hidup saat tujuh belasan. Kami minta programnya menyentuh pengangguran muda dan anak putus sekolah,” kata Kepala Dinas Sosial Kalsel, Hj. Siti Nur Hasanah, saat membuka Temu Karya.

Tiga bakal calon ketua telah mendaftar. Pemilihan dilaksanakan pada sidang pleno hari terakhir dan hasilnya akan diumumkan Dinsos Kalsel. (mc/snh)""",
  short="Temu Karya Karang Taruna Kalsel 7–9 November di Hotel Roditha Banjarbaru, 156 utusan pilih ketua 2026–2031.",
  long="Dinsos Kalsel menggelar Temu Karya Daerah Karang Taruna di Hotel Roditha Banjarbaru, 7–9 November, dengan 156 utusan 13 kabupaten/kota. Agenda: memilih ketua 2026–2031 dari tiga bakal calon dan menyusun program yang menyentuh pengangguran muda dan anak putus sekolah.",
  para="Bubuhan Karang Taruna se-Kalsel bakumpul di Banjarbaru, saratus lima puluh anam utusan, handak mamilih katua hanyar 2026-2031. Jar Kadinsos, Karang Taruna jangan rami pas tujuh balasan haja 😅 Programnya harus gasan pemuda nang balum bagawi.",
  looks=[("Temu Karya Karang Taruna desa kami memilih ketua baru, Rahmat Hidayat, Sabtu malam di balai desa.", "a village's own temu karya", "after"),
         ("Temu Karya Karang Taruna Kalsel 2021 lalu di Banjarmasin memilih ketua baru. Dokumentasi lima tahun lalu.", "the 2021 edition", "after"),
         ("Hotel Roditha Banjarbaru hari ini dipakai rakor penanganan stunting se-Kalsel.", "same venue, another meeting", "after")],
  before=("Utusan Karang Taruna kabupaten kami berangkat ke Banjarbaru untuk Temu Karya provinsi, mohon doa.", "departure before the opening release", 40))

A(id="a17", src="pemprov-kalsel", dt="2026-11-10 09:15",
  title="Ahmad Fikri Ramadhan Terpilih Jadi Ketua Karang Taruna Kalsel 2026–2031",
  text="""BANJARBARU – Ahmad Fikri Ramadhan asal Kabupaten Balangan terpilih sebagai Ketua Karang Taruna Provinsi Kalimantan Selatan masa bakti 2026–2031 dalam sidang pleno Temu Karya Daerah di Hotel Roditha, Banjarbaru, [9/11]. Ia meraih 91 dari 156 suara, mengungguli dua calon lain.

“Program pertama kami adalah bengkel kerja pemuda di setiap kabupaten: servis motor, las, dan jualan daring. Pemuda harus punya keterampilan yang bisa dijual,” kata Ahmad Fikri Ramadhan usai terpilih.

Pengukuhan pengurus lengkap direncanakan Desember oleh Gubernur Kalsel. Dinas Sosial Kalsel meminta Karang Taruna kabupaten/kota segera menyesuaikan program dengan hasil Temu Karya. (mc/snh)""",
  short="Ahmad Fikri Ramadhan (Balangan) terpilih Ketua Karang Taruna Kalsel 2026–2031, raih 91 dari 156 suara.",
  long=None,
  para="Urang Balangan jadi Katua Karang Taruna Kalsel! Ahmad Fikri Ramadhan manang pemilihan di Roditha, sambilan puluh satu suara matan saratus lima puluh anam. Program partamanya bengkel kerja pemuda, ada servis motor, las, jualan online. Mantap dangsanak 💪",
  looks=[("Ketua Karang Taruna Balangan Ahmad Fikri Ramadhan membuka turnamen futsal antardesa di Paringin, Senin (2/11).", "same person, earlier event", "before"),
         ("Pengukuhan pengurus Karang Taruna Kalsel oleh Gubernur dijadwalkan Desember, undangan sudah beredar untuk tanggal 18.", "the next stage, later", "after"),
         ("Ketua Karang Taruna Kabupaten Tapin yang baru dilantik Bupati, Muhammad Yusuf, di Rantau.", "another kabupaten's chairman", "after")],
  before=None)

A(id="a18", src="pemkab-banjar", dt="2026-11-17 13:50",
  title="Karang Taruna Kabupaten Banjar Gelar Bulan Bakti di 290 Desa",
  text="""MARTAPURA – Karang Taruna Kabupaten Banjar bersama Dinas Sosial menggelar Bulan Bakti Karang Taruna di 290 desa dan kelurahan mulai [16/11] sampai [16/12]. Kegiatannya meliputi gotong royong membersihkan saluran, membantu rumah lansia sebatang kara, dan donor darah.

“Kami menantang setiap Karang Taruna desa mengerjakan satu karya nyata yang fotonya bisa dilihat warga. Desa terbaik dapat hadiah alat kerja,” kata Kepala Dinas Sosial Kabupaten Banjar, H. Gusti Hairani.

Penilaian dilakukan tim kabupaten di setiap kecamatan pada pekan kedua Desember. Tiga desa terbaik menerima paket mesin potong rumput, pompa air dan genset. (bjr/gh)""",
  short="Bulan Bakti Karang Taruna Kabupaten Banjar di 290 desa, 16 November–16 Desember; desa terbaik dapat alat kerja.",
  long="Karang Taruna dan Dinsos Kabupaten Banjar menggelar Bulan Bakti di 290 desa/kelurahan dari 16 November sampai 16 Desember: gotong royong saluran, bantu rumah lansia sebatang kara, donor darah. Tiga desa terbaik dapat mesin potong rumput, pompa air dan genset.",
  para="Karang Taruna sa-Kabupaten Banjar ada Bulan Bakti, dua ratus sambilan puluh desa. Sabulan bagawi: bersihakan saluran, mambantu rumah nini-nini nang saurangan, donor darah. Desa tabaik dapat mesin rumput wan genset. Ayo bubuhan pemuda, jangan guring haja 😁",
  looks=[("Bulan Bakti Karang Taruna Kabupaten Banjar tahun 2025 berakhir, juara Desa Tungkaran. Arsip.", "2025 edition", "after"),
         ("Karang Taruna Kabupaten Tanah Laut gelar bakti sosial di 30 desa bulan ini, termasuk donor darah.", "another kabupaten's programme", "after"),
         ("Karang Taruna desa kami bersih-bersih saluran dalam Bulan Bakti tahun lalu dan juara 2 kecamatan. Foto lama, semangat untuk tahun ini.", "the later assessment stage", "after")],
  before=None)

# ---- F7 E-sport pelajar ----
A(id="a19", src="dispora-kalsel", dt="2026-11-09 10:30",
  title="128 Tim Ikuti Turnamen E-Sport Pelajar Piala Gubernur Kalsel",
  text="""BANJARMASIN – Dinas Pemuda dan Olahraga Provinsi Kalimantan Selatan menggelar Turnamen E-Sport Pelajar Piala Gubernur Kalsel 2026 yang diikuti 128 tim SMA/SMK/MA dari 13 kabupaten/kota. Babak penyisihan daring berlangsung [9/11] sampai [19/11], sedangkan babak final luring digelar di Gedung Sultan Suriansyah, Banjarmasin, [22/11].

“E-sport itu olahraga prestasi, bukan alasan bolos sekolah. Setiap tim wajib menyertakan surat izin kepala sekolah dan nilai rapor minimal 75,” kata Kepala Dispora Kalsel, H. Norhalis Majidi.

Cabang yang dipertandingkan adalah game MOBA dan sepak bola digital. Total hadiah Rp60 juta dan juara akan dibina untuk seleksi Porprov 2027. (mc/nm)""",
  short="Turnamen e-sport pelajar Piala Gubernur Kalsel: 128 tim, penyisihan daring 9–19/11, final 22/11 di Gedung Sultan Suriansyah.",
  long="Dispora Kalsel menggelar Turnamen E-Sport Pelajar Piala Gubernur 2026 untuk 128 tim SMA/SMK/MA. Syaratnya izin kepala sekolah dan nilai rapor minimal 75. Penyisihan daring 9–19 November, final di Gedung Sultan Suriansyah 22 November, dua cabang (MOBA dan sepak bola digital), total hadiah Rp60 juta.",
  para="Nah gasan kakanakan nang rajin bagim, ada turnamen e-sport pelajar Piala Gubernur. Saratus dua puluh walu tim! Tapi ingat, harus ada izin kapala sakulah wan nilai rapor minimal 75, kada kawa bolos 😂 Final di Gedung Sultan Suriansyah tanggal 22. #esport",
  looks=[("Turnamen mobile game antar-RT di kampung kami, 16 tim, hadiah kambing untuk juara 1. Daftar di pos ronda.", "a neighbourhood game tournament", "after"),
         ("Turnamen E-Sport Pelajar Kalsel 2025 dimenangkan tim SMKN 2 Banjarbaru. Throwback.", "2025 edition", "after"),
         ("Gedung Sultan Suriansyah Banjarmasin hari ini dipakai kejuaraan karate pelajar se-Kalsel.", "same venue, another sport", "after")],
  before=("Katanya Dispora mau bikin turnamen e-sport untuk pelajar, syaratnya nilai rapor. Ada yang tahu link daftarnya?", "rumour before", 28))

A(id="a20", src="dispora-kalsel", dt="2026-11-24 14:45",
  title="SMKN 3 Banjarmasin dan SMAN 1 Pelaihari Juara E-Sport Pelajar Piala Gubernur",
  text="""BANJARMASIN – Tim SMKN 3 Banjarmasin menjuarai cabang MOBA dan SMAN 1 Pelaihari menjuarai cabang sepak bola digital pada Turnamen E-Sport Pelajar Piala Gubernur Kalsel 2026. Babak final berlangsung di Gedung Sultan Suriansyah, Banjarmasin, [22/11] dan disaksikan sekitar 1.200 penonton.

“Yang membanggakan, pemain terbaik MOBA, Rafi Maulana, juga juara kelas di sekolahnya. Itu contoh yang kami harapkan,” kata Kepala Dispora Kalsel, H. Norhalis Majidi, saat menyerahkan piala.

Runner-up MOBA diraih SMAN 1 Paringin dan runner-up sepak bola digital diraih MAN 1 Kotabaru. Para juara akan masuk pemusatan latihan menuju Porprov 2027. (mc/nm)""",
  short="SMKN 3 Banjarmasin juara MOBA, SMAN 1 Pelaihari juara sepak bola digital di e-sport pelajar Piala Gubernur.",
  long=None,
  para="Salamat gasan SMKN 3 Banjarmasin juara MOBA wan SMAN 1 Pelaihari juara bal-balan digital di Piala Gubernur! Panontonnya saribu dua ratus urang di Gedung Sultan Suriansyah. Pemain tabaik, Rafi Maulana, juara kelas jua. Jadi bagim kada mangganggu sakulah lah 😎",
  looks=[("SMAN 1 Pelaihari juara lomba paduan suara pelajar tingkat kabupaten Tanah Laut, Kamis (19/11).", "same school, another contest", "before"),
         ("Hasil turnamen e-sport Hari Sumpah Pemuda di kota kami: juara tim Alalak Gaming, 32 tim ikut, final 28 Oktober di kafe komunitas.", "a local tournament earlier", "before"),
         ("Juara e-sport pelajar Piala Gubernur mulai pemusatan latihan Porprov di Banjarbaru pekan ini, jadwal latihan tiga kali seminggu sepulang sekolah.", "the next stage, later", "after")],
  before=("Nanti siang final e-sport pelajar di Gedung Sultan Suriansyah, sekolah kami masuk final MOBA! Ayo dukung langsung.", "invitation to the final before the result", 50))

A(id="a21", src="pemkot-banjarbaru", dt="2026-11-15 19:20",
  title="Pemko Banjarbaru Gelar Liga E-Sport Pelajar SMP, 48 Tim Bertanding",
  text="""BANJARBARU – Pemerintah Kota Banjarbaru melalui Dinas Pemuda, Olahraga dan Pariwisata membuka Liga E-Sport Pelajar SMP 2026 di Banjarbaru Creative Hub, Jalan Trikora, [14/11]. Sebanyak 48 tim dari 30 SMP dan MTs bertanding setiap Sabtu hingga [12/12].

“Anak-anak sudah main game di rumah setiap hari. Lebih baik kita wadahi, kita ajari sportivitas, dan kita batasi jam mainnya,” kata Wakil Wali Kota Banjarbaru, H. Rizal Fahmi Akbar.

Setiap laga diawasi guru pendamping, dan tim wajib mengikuti kelas literasi digital satu jam sebelum bertanding. Juara liga mendapat laptop untuk sekolah dan tiket magang di komunitas gim lokal. (bjb/rfa)""",
  short="Liga e-sport pelajar SMP Banjarbaru, 48 tim, tiap Sabtu 14/11–12/12 di Banjarbaru Creative Hub.",
  long="Pemko Banjarbaru membuka Liga E-Sport Pelajar SMP 2026 di Banjarbaru Creative Hub, Jalan Trikora: 48 tim dari 30 SMP/MTs, tiap Sabtu sampai 12 Desember. Ada guru pendamping dan kelas literasi digital sebelum laga; juara mendapat laptop untuk sekolah.",
  para="Banjarbaru maulah liga e-sport gasan anak SMP, ampat puluh walu tim, tiap Sabtu di Creative Hub Trikora. Sabalum batanding ada kelas literasi digital sajam. Jar Wawali, daripada bagim di rumah kada tahu ujung, labih baik diwadahi 😄",
  looks=[("Banjarbaru Creative Hub Trikora Sabtu ini dipakai workshop fotografi produk UMKM, gratis 30 peserta.", "same venue, another event", "after"),
         ("Liga futsal pelajar SMP Banjarbaru dimulai di GOR, 24 tim, Sabtu (21/11).", "another liga for the same schools", "after"),
         ("Kota Banjarmasin juga buka liga e-sport pelajar SMP bulan depan, 32 tim, info di Dispora Banjarmasin.", "another city's edition", "after")],
  before=None)

# ---- F8 Homestay ----
A(id="a22", src="disbudpar-kalsel", dt="2026-11-02 13:10",
  title="Disbudpar Kalsel Latih 80 Pengelola Homestay Desa Wisata",
  text="""BANJARBARU – Dinas Kebudayaan dan Pariwisata Provinsi Kalimantan Selatan melatih 80 pengelola homestay dari 26 desa wisata di Aula Bina Wisata, Banjarbaru, [2/11] sampai [4/11]. Materinya kebersihan kamar, sarapan khas Banjar, harga yang jujur, dan pemasaran lewat aplikasi pemesanan.

“Wisatawan tidak menuntut kamar mewah. Mereka mencari kamar bersih, toilet bersih, dan tuan rumah yang ramah,” kata Kepala Bidang Destinasi Disbudpar Kalsel, Hj. Rina Khairunnisa.

Setelah pelatihan, Disbudpar akan menilai homestay peserta dengan standar 30 butir. Homestay yang lolos mendapat plakat standar dan bantuan perlengkapan kamar senilai Rp5 juta. (mc/rk)""",
  short="Disbudpar Kalsel latih 80 pengelola homestay dari 26 desa wisata di Aula Bina Wisata, 2–4 November.",
  long="Delapan puluh pengelola homestay dari 26 desa wisata dilatih Disbudpar Kalsel, 2–4 November di Banjarbaru: kebersihan kamar, sarapan khas Banjar, harga jujur dan aplikasi pemesanan. Homestay yang lolos standar 30 butir mendapat plakat dan perlengkapan kamar Rp5 juta.",
  para="Bubuhan nang ampun homestay di desa wisata, Disbudpar Kalsel malatih walu puluh urang di Banjarbaru. Jar Kabid, urang balancong kada minta kamar mewah, nang panting barasih wan tuan rumahnya ramah 🏡 Sarapan khas Banjar jua, nasi kuning haruan kah 😋",
  looks=[("Homestay Pak Amat di desa kami penuh tamu dari Jakarta akhir pekan ini, bisa pesan lewat pokdarwis.", "a village homestay's own promo", "after"),
         ("Pelatihan pengelola homestay Disbudpar Kalsel tahun 2025 di Loksado diikuti 50 peserta. Kenangan.", "2025 edition", "after"),
         ("Lomba masak sarapan khas Banjar antar-ibu PKK, juara nasi kuning dan lontong orari.", "a cooking contest", "after")],
  before=None)

A(id="a23", src="pemkab-tanah-laut", dt="2026-11-09 16:30",
  title="25 Pengelola Homestay Pantai Batakan Ikuti Pendampingan",
  text="""PELAIHARI – Dinas Pariwisata Kabupaten Tanah Laut mendampingi 25 pengelola homestay di kawasan Pantai Batakan dan Pantai Takisung, [9/11], sebagai tindak lanjut pelatihan homestay Disbudpar Kalsel pekan lalu. Tim pendamping mendatangi rumah warga satu per satu untuk memeriksa kamar, kamar mandi dan daftar harga.

“Banyak yang sudah rapi, tinggal soal handuk, tempat sampah dan papan harga yang belum ada. Itu murah dan bisa diperbaiki minggu ini juga,” kata Kepala Dinas Pariwisata Tanah Laut, H. Akhmad Syarifuddin.

Homestay yang sudah memenuhi syarat akan dimasukkan ke peta wisata digital Tanah Laut. Penilaian ulang dijadwalkan awal Desember sebelum libur akhir tahun. (tla/as)""",
  short="Dispar Tanah Laut dampingi 25 pengelola homestay Pantai Batakan dan Takisung, lanjutan pelatihan provinsi.",
  long=None,
  para="Di Batakan wan Takisung, dua puluh lima homestay didatangi tim Dispar Tala, dicek kamar wan WC-nya. Kurangnya cuma handuk, tong sampah wan papan harga jar Kadis, murah haja mambaikinya. Kaina masuk peta wisata digital 🏖️",
  looks=[("Pantai Batakan ramai pengunjung libur Maulid, parkir penuh sampai jalan desa.", "same beach, crowd report", "after"),
         ("Penilaian ulang homestay Batakan dimulai Kamis (3/12), tim Dispar datang lagi memeriksa handuk dan papan harga.", "the later reassessment", "after"),
         ("Pendampingan homestay desa wisata di Kabupaten Tabalong, 18 rumah warga di Pangelak.", "another kabupaten's homestay visit", "after")],
  before=None)

A(id="a24", src="pemkab-balangan", dt="2026-11-16 11:00",
  title="Balangan Terbitkan Sertifikat Standar untuk 12 Homestay Pertama",
  text="""PARINGIN – Pemerintah Kabupaten Balangan menyerahkan sertifikat standar usaha kepada 12 homestay pertama di Desa Wisata Ajung dan Kampung Purun, [16/11], di Pendopo Bupati Balangan. Sertifikasi ini program mandiri Dinas Pariwisata Balangan dengan dana APBD 2026.

“Dua belas homestay ini baru awal. Tamu yang datang untuk Festival Aruh dan susur Sungai Balangan perlu tempat menginap yang jelas standar dan harganya,” kata Bupati Balangan, H. Abdul Hadi Mahmud.

Masing-masing homestay juga menerima kasur, sprei dan lemari senilai Rp7,5 juta. Tahun 2027 Dinas Pariwisata menargetkan 30 homestay bersertifikat di empat kecamatan. (blg/ahm)""",
  short="Balangan serahkan sertifikat standar ke 12 homestay pertama di Desa Wisata Ajung dan Kampung Purun.",
  long="Dua belas homestay di Desa Wisata Ajung dan Kampung Purun menjadi yang pertama di Balangan menerima sertifikat standar usaha, diserahkan Bupati di pendopo. Program mandiri APBD 2026 ini juga memberi kasur, sprei dan lemari Rp7,5 juta per homestay; target 2027 ada 30 homestay.",
  para="Alhamdulillah, dua balas homestay di Balangan sudah basartifikat, nang di Ajung wan Kampung Purun. Dibari kasur, sprei wan lamari jua, tujuh juta satangah. Kaina urang datang ka Aruh wan susur sungai kada bingung handak bamalam di mana 👍",
  looks=[("Festival susur Sungai Balangan digelar Ahad, 40 jukung hias ikut, start dari Paringin.", "a river festival, not homestays", "after"),
         ("Pendataan homestay calon sertifikat 2027 dibuka di kantor kecamatan, target 30 homestay, pendataan sampai Januari.", "the later target", "after"),
         ("Pendopo Bupati Balangan tadi pagi menjadi tempat penyerahan SK PPPK paruh waktu.", "same venue, another event", "after")],
  before=("Besok di pendopo ada penyerahan sertifikat homestay katanya, pemilik homestay Ajung diundang semua.", "invitation before", 20))

# ---- F9 Geopark Meratus ----
A(id="a25", src="diskominfo-kalsel", dt="2026-11-03 15:50",
  title="Pemprov Kalsel Siapkan 54 Geosite Sambut Asesor UNESCO Global Geopark Meratus",
  text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menyiapkan 54 geosite di sembilan kabupaten untuk menyambut kunjungan asesor UNESCO Global Geopark ke Geopark Meratus yang dijadwalkan akhir November. Rapat persiapan digelar di Kantor Bappeda Kalsel, Banjarbaru, [3/11].

“Asesor akan melihat langsung papan informasi, toilet, jalur dan yang paling penting peran warga di sekitar geosite. Geopark itu tentang masyarakatnya, bukan batunya saja,” kata Ketua Harian Badan Pengelola Geopark Meratus, Dr. Ir. Hamdani Syarif.

Setiap kabupaten diminta membentuk relawan pemandu geosite dan memperbaiki papan interpretasi paling lambat [20/11]. Hasil revalidasi akan diumumkan UNESCO pada tahun 2027. (mc/hs)""",
  short="Kalsel siapkan 54 geosite di 9 kabupaten jelang kunjungan asesor UNESCO Global Geopark Meratus akhir November.",
  long="Rapat di Bappeda Kalsel memutuskan persiapan 54 geosite di sembilan kabupaten jelang kunjungan asesor UNESCO Global Geopark ke Geopark Meratus akhir November. Kabupaten diminta membentuk relawan pemandu dan memperbaiki papan interpretasi paling lambat 20 November; hasil revalidasi keluar 2027.",
  para="Asesor UNESCO handak datang malihat Geopark Meratus akhir Nopember, dangsanak. Lima puluh ampat geosite di sanga kabupaten dibarasihi, papan informasi dibaiki, WC jua. Jar Ketua Harian, geopark itu urangnya, lain batunya haja. Ayo bubuhan kampung dukung 🏔️",
  looks=[("Geosite air terjun di desa kami dibersihkan warga dan mahasiswa KKN, Minggu pagi. 60 orang ikut.", "a village's own clean-up", "after"),
         ("Geopark Meratus ditetapkan UNESCO Global Geopark tahun 2024, kilas balik penyerahan sertifikat di Paris.", "the earlier designation", "after"),
         ("Rapat di Kantor Bappeda Kalsel hari ini membahas RPJMD perubahan, dihadiri kepala SKPD.", "same venue, another meeting", "after")],
  before=None)

A(id="a26", src="pemkab-hst", dt="2026-11-12 14:10",
  title="HST Bentuk 40 Relawan Pemandu Geosite Jelang Kunjungan Asesor UNESCO",
  text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah membentuk 40 relawan pemandu geosite dari Desa Alat, Hinas Kiri dan Datar Ajab, [12/11], di Balai Desa Alat, Kecamatan Hantakan. Pembentukan ini menindaklanjuti arahan Badan Pengelola Geopark Meratus jelang kunjungan asesor UNESCO.

“Pemandunya anak-anak kampung sendiri, yang tahu nama batu, nama sungai dan ceritanya. Mereka lebih meyakinkan daripada orang kota,” kata Kepala Bappelitbangda HST, Ir. H. Fahriannor Saleh.

Relawan mendapat rompi, HT dan pelatihan pertolongan pertama selama dua hari. Pemkab HST juga memasang sembilan papan interpretasi baru di geosite Pegunungan Meratus sebelum 20 November. (hst/fs)""",
  short="HST bentuk 40 relawan pemandu geosite dari Alat, Hinas Kiri dan Datar Ajab jelang asesor UNESCO.",
  long=None,
  para="Di Hantakan ampat puluh anak kampung dijadiakan relawan pemandu geosite, matan Alat, Hinas Kiri wan Datar Ajab. Jar Kapala Bappelitbangda, urang kampung labih tahu ngaran batu wan carita sungainya. Dibari rompi wan HT jua. Mantap HST! 🏞️",
  looks=[("Pelatihan pemandu wisata arung jeram di Loksado, HSS, 20 joki rakit, Rabu (11/11).", "another kabupaten's guide training", "after"),
         ("Balai Desa Alat dipakai posyandu balita dan pemberian vitamin A hari ini.", "same venue, another event", "after"),
         ("Asesor UNESCO sudah meninjau geosite di HST, rombongan tiba dengan mobil gardan ganda dan disambut tarian Dayak Meratus.", "the later visit itself", "after")],
  before=None)

A(id="a27", src="pemkab-hss", dt="2026-11-25 10:40",
  title="Geosite Gunung Batu Bini Dibuka Kembali dengan Jalur dan Toilet Baru",
  text="""KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan membuka kembali Geosite Gunung Batu Bini di Kecamatan Padang Batung, [24/11], setelah tiga bulan penataan jalur pendakian, tangga, toilet dan papan interpretasi dengan dana APBD HSS sebesar Rp1,4 miliar.

“Batu Bini sekarang layak disambut tamu dunia. Kami juga mengatur tiket masuk Rp10 ribu dan pemandu wajib dari warga desa,” kata Kepala Dinas Kepemudaan, Olahraga dan Pariwisata HSS, H. Mahyuni Arifin.

Pengunjung dibatasi 300 orang per hari agar kawasan tidak rusak. Pemkab HSS menyiapkan posko kesehatan di kaki gunung setiap akhir pekan mulai Desember. (hss/ma)""",
  short="Geosite Gunung Batu Bini di Padang Batung dibuka lagi, tiket Rp10 ribu, maksimal 300 pengunjung per hari.",
  long="Setelah tiga bulan penataan senilai Rp1,4 miliar (jalur, tangga, toilet, papan interpretasi), Geosite Gunung Batu Bini di Padang Batung dibuka kembali. Tiket Rp10 ribu, pemandu dari warga desa wajib, pengunjung dibatasi 300 orang sehari, posko kesehatan tiap akhir pekan mulai Desember.",
  para="Gunung Batu Bini dibuka pulang, dangsanak! Jalannya sudah dibaiki, ada tangga wan WC hanyar. Tiket sapuluh ribu haja, tapi wajib pakai pemandu urang kampung. Sahari paling banyak talu ratus urang, jadi jangan rami-rami banar datang 😁⛰️",
  looks=[("Pendakian Gunung Batu Bini ditutup sementara untuk penataan jalur mulai Agustus. Info lama, sekadar mengingatkan.", "the earlier closure", "before"),
         ("Pendaki asal Banjarmasin tersesat di Gunung Batu Bini berhasil dievakuasi warga, Ahad (29/11).", "an incident later at the same place", "after"),
         ("Bukit Matang Kaladan di Kabupaten Banjar ramai dikunjungi saat sunrise akhir pekan ini.", "another kabupaten's hill", "after")],
  before=None)

# ---- F10 Lubang biopori ----
A(id="a28", src="dlh-kalsel", dt="2026-11-04 08:50",
  title="DLH Kalsel Canangkan Gerakan 10.000 Lubang Biopori Jelang Musim Hujan",
  text="""BANJARBARU – Dinas Lingkungan Hidup Provinsi Kalimantan Selatan mencanangkan Gerakan 10.000 Lubang Resapan Biopori di halaman Kantor DLH Kalsel, Banjarbaru, [4/11]. Gerakan ini menyasar sekolah, kantor pemerintah, masjid dan perumahan di 13 kabupaten/kota sampai akhir Desember.

“Satu lubang biopori sederhana bisa menyerap air hujan dan mengolah sampah daun menjadi kompos. Kalau 10.000 lubang, genangan di lingkungan kita jauh berkurang,” kata Kepala DLH Kalsel, Ir. Hj. Raudah Normaliani.

DLH membagikan 1.300 bor biopori kepada kabupaten/kota dan sekolah Adiwiyata. Warga dapat melaporkan lubang yang dibuat melalui formulir daring untuk dihitung dalam capaian gerakan. (mc/rn)""",
  short="DLH Kalsel canangkan Gerakan 10.000 lubang biopori sampai akhir Desember, 1.300 bor dibagikan.",
  long="Gerakan 10.000 Lubang Resapan Biopori dicanangkan DLH Kalsel di Banjarbaru jelang musim hujan. Sasarannya sekolah, kantor, masjid dan perumahan di 13 kabupaten/kota sampai akhir Desember; DLH membagikan 1.300 bor biopori, dan warga bisa melaporkan lubang lewat formulir daring.",
  para="DLH Kalsel handak maulah sapuluh ribu lubang biopori sampai ujung Disember, gasan manyarap banyu hujan supaya kada bakubang. Bor biopori dibagi saribu talu ratus. Lubangnya kawa jua maulah kompos matan daun gugur. Ayo ulah di laman rumah masing-masing 🌧️",
  looks=[("Warga RT kami kerja bakti membuat 50 lubang biopori di gang, alat pinjam dari kelurahan.", "an RT's own biopori work", "after"),
         ("Gerakan biopori DLH Kalsel tahun 2024 menghasilkan 6.200 lubang. Arsip berita lama.", "2024 edition", "after"),
         ("Halaman Kantor DLH Kalsel hari ini jadi lokasi pasar tani organik, ada sayur dan madu kelulut.", "same venue, another event", "after")],
  before=("Kantor DLH lagi siapkan ratusan bor biopori di halaman, katanya besok ada pencanangan gerakan.", "preparation before", 19))

A(id="a29", src="pemkot-banjarbaru", dt="2026-11-11 10:25",
  title="Banjarbaru Targetkan 1.500 Lubang Biopori di 20 Kelurahan",
  text="""BANJARBARU – Pemerintah Kota Banjarbaru menargetkan 1.500 lubang resapan biopori di 20 kelurahan sebagai bagian dari gerakan DLH Provinsi Kalsel. Pembuatan lubang pertama dilakukan di Kelurahan Guntung Manggis, [10/11], bersama lurah, ketua RT dan siswa SDN Guntung Manggis 2.

“Banjarbaru sering tergenang di titik yang sama. Biopori tidak menggantikan drainase, tapi membantu air cepat meresap di halaman warga,” kata Kepala Dinas Lingkungan Hidup Banjarbaru, H. Fitriansyah Anwar.

Setiap kelurahan menerima 15 bor biopori dari jatah provinsi. Kelurahan dengan lubang terbanyak akan diumumkan pada peringatan Hari Jadi Kota Banjarbaru April 2027. (bjb/fa)""",
  short="Banjarbaru targetkan 1.500 lubang biopori di 20 kelurahan, dimulai di Guntung Manggis.",
  long=None,
  para="Banjarbaru handak maulah saribu lima ratus lubang biopori di dua puluh kelurahan, mulai di Guntung Manggis. Tiap kelurahan dibari lima balas bor. Jar Kadis, biopori kada maganti drainase, tapi mambantu banyu lakas tasarap. Ayo bubuhan Banjarbaru 💧",
  looks=[("Kelurahan Guntung Manggis gelar lomba kebersihan gang antar-RT, penilaian Sabtu ini.", "same kelurahan, another programme", "after"),
         ("Kabupaten Banjar targetkan 1.500 sumur resapan di Martapura, proyek PUPR 2027.", "same figure, other project and place", "after"),
         ("Genangan setinggi betis di Jalan A. Yani km 35 setelah hujan deras sore ini, hati-hati berkendara.", "flooding report", "after")],
  before=None)

A(id="a30", src="pemkab-tabalong", dt="2026-11-20 09:05",
  title="Tabalong Gerakkan 2.000 Lubang Biopori di Sekolah dan Masjid",
  text="""TANJUNG – Pemerintah Kabupaten Tabalong menggerakkan pembuatan 2.000 lubang biopori di 120 sekolah dan 80 masjid dengan anggaran mandiri Dinas Lingkungan Hidup Tabalong. Pencanangan dilakukan di halaman SMPN 1 Tanjung, [19/11].

“Kami tidak menunggu bor dari provinsi. Tabalong membeli 250 bor sendiri supaya semua sekolah bisa mulai minggu ini,” kata Sekretaris Daerah Tabalong, H. Hamdani Nursyam.

Sampah daun dari lubang biopori akan dipanen menjadi kompos setiap tiga bulan untuk taman sekolah. DLH Tabalong menilai sekolah terbaik dan memberi penghargaan pada Hari Lingkungan Hidup 2027. (tbl/hn)""",
  short="Tabalong buat 2.000 lubang biopori di 120 sekolah dan 80 masjid, beli 250 bor sendiri.",
  long="Tabalong menjalankan gerakan biopori sendiri: 2.000 lubang di 120 sekolah dan 80 masjid dengan 250 bor yang dibeli DLH Tabalong, dicanangkan di SMPN 1 Tanjung. Kompos dari lubang dipanen tiap tiga bulan untuk taman sekolah; sekolah terbaik dinilai pada Hari Lingkungan Hidup 2027.",
  para="Tabalong kada mahadang bor matan provinsi, manukar saurang dua ratus lima puluh bor! Dua ribu lubang biopori di sakulah wan masjid. Kaina daun nang masuk lubang jadi kompos gasan taman sakulah. Mantap Tabalong 🌱",
  looks=[("SMPN 1 Tanjung juara Adiwiyata tingkat provinsi 2025, piala diserahkan di Banjarbaru. Kilas balik.", "same school, older award", "after"),
         ("Penilaian sekolah Adiwiyata kabupaten Tabalong tahun ini sudah selesai, 12 sekolah naik ke tingkat provinsi.", "the later assessment", "after"),
         ("Warga Murung Pudak panen kompos dari komposter rumah tangga, dijual Rp5 ribu per karung.", "household compost", "after")],
  before=None)

# ---- F11 Pembatasan kantong plastik ----
A(id="a31", src="dlh-kalsel", dt="2026-11-06 10:15",
  title="DLH Kalsel Sosialisasikan Pembatasan Kantong Plastik di 40 Pasar Tradisional",
  text="""BANJARMASIN – Dinas Lingkungan Hidup Provinsi Kalimantan Selatan memulai sosialisasi pembatasan kantong plastik sekali pakai di 40 pasar tradisional se-Kalsel, diawali di Pasar Lama, Banjarmasin, [6/11]. Petugas membagikan 8.000 tas belanja anyaman purun kepada pedagang dan pembeli.

“Kita tidak langsung melarang. Tahap pertama mengajak pedagang menawarkan tas purun dan menanyakan dulu apakah pembeli membawa tas sendiri,” kata Kepala Bidang Pengelolaan Sampah DLH Kalsel, Hj. Mariatul Kiptiah.

Sosialisasi berlangsung sampai pertengahan Desember di pasar kabupaten/kota. DLH akan menghitung berat kantong plastik yang masuk TPA Regional Banjarbakula sebelum dan sesudah gerakan. (mc/mk)""",
  short="DLH Kalsel sosialisasi pembatasan kantong plastik di 40 pasar, mulai Pasar Lama, bagikan 8.000 tas purun.",
  long="Sosialisasi pembatasan kantong plastik sekali pakai DLH Kalsel dimulai di Pasar Lama Banjarmasin dan menyasar 40 pasar tradisional sampai pertengahan Desember. Belum larangan: pedagang diajak menawarkan tas purun dan menanyakan tas pembeli. 8.000 tas purun dibagikan; sampah plastik di TPA Banjarbakula akan ditimbang.",
  para="Di Pasar Lama tadi dibagi-bagiakan tas purun, walu ribu buting! DLH Kalsel maajak urang pasar mangurangi kantong plastik. Balum dilarang, tapi padagang ditawari dulu, bawa tas saurang kah kada. Ayo bawa tas purun lamun ka pasar 🛍️",
  looks=[("Pedagang Pasar Lama minta pasar dibersihkan dari sampah plastik yang menumpuk di kolong, keluhan warga.", "a complaint at the same market", "after"),
         ("Kota Banjarmasin sudah melarang kantong plastik di ritel modern sejak 2016, pengingat untuk pembeli.", "the old city rule", "after"),
         ("Pengrajin purun di desa kami kebanjiran pesanan tas belanja dari koperasi, 500 tas seminggu.", "purun craft orders", "after")],
  before=None)

A(id="a32", src="pemkab-hsu", dt="2026-11-13 11:30",
  title="Pasar Amuntai Jadi Lokasi Sosialisasi Kantong Plastik di HSU",
  text="""AMUNTAI – Dinas Lingkungan Hidup Kabupaten Hulu Sungai Utara bersama DLH Provinsi Kalsel menggelar sosialisasi pembatasan kantong plastik di Pasar Induk Amuntai dan Pasar Alabio, [13/11]. Sebanyak 600 tas purun buatan perajin Desa Banyu Hirang dibagikan kepada pedagang ikan dan sayur.

“HSU ini kampungnya purun. Aneh kalau belanja di pasar kita masih penuh kantong plastik,” kata Kepala DLH HSU, Ir. H. Nurhidayat Maulana.

DLH HSU menempatkan petugas di pintu pasar setiap Kamis, hari pasar Alabio, selama satu bulan. Pedagang yang konsisten memakai tas purun akan diberi stiker “Pedagang Ramah Lingkungan”. (hsu/nm)""",
  short="Sosialisasi kantong plastik di Pasar Induk Amuntai dan Pasar Alabio, 600 tas purun Banyu Hirang dibagikan.",
  long=None,
  para="Di pasar Amuntai wan Alabio dibagiakan anam ratus tas purun buatan urang Banyu Hirang. Jar Kadis DLH HSU, kampung purun kok masih babalanja pakai plastik, ganal supan 😄 Tiap Kamis hari pasar Alabio ada patugas di lawang pasar.",
  looks=[("Pasar Alabio hari Kamis ramai itik Alabio, harga bibit itik naik Rp2 ribu per ekor.", "same market, prices", "after"),
         ("Perajin purun Banyu Hirang pamer tas di pameran Dekranasda HSU, laku 150 buah.", "same craftsmen, exhibition", "after"),
         ("Sosialisasi kantong plastik juga digelar di Pasar Binuang, Tapin, Jumat (13/11), 500 tas purun dibagikan.", "another kabupaten's market", "after")],
  before=None)

A(id="a33", src="pemkab-tanbu", dt="2026-11-21 15:00",
  title="Bupati Tanbu Teken Perbup Larangan Kantong Plastik di Toko Modern",
  text="""BATULICIN – Bupati Tanah Bumbu menandatangani Peraturan Bupati tentang Pembatasan Kantong Belanja Plastik di toko modern, apotek dan rumah makan, [20/11], di Kantor Bupati Tanah Bumbu, Gunung Tinggi. Aturan ini berlaku mulai 1 Maret 2027 setelah masa sosialisasi tiga bulan.

“Tanah Bumbu punya pantai panjang dari Pagatan sampai Sungai Loban. Sampah plastik yang kita buang hari ini akan kembali ke pantai kita sendiri,” kata Wakil Bupati Tanah Bumbu, H. Bahsanuddin Noor.

Toko yang melanggar akan diberi teguran tertulis dan pencabutan rekomendasi izin usaha bila berulang. DLH Tanbu membuka posko pengaduan di Mal Pelayanan Publik Batulicin. (tnb/bn)""",
  short="Tanah Bumbu terbitkan Perbup larangan kantong plastik di toko modern, apotek, rumah makan, berlaku 1 Maret 2027.",
  long="Perbup pembatasan kantong belanja plastik di Tanah Bumbu sudah ditandatangani dan berlaku 1 Maret 2027 setelah tiga bulan sosialisasi. Sasarannya toko modern, apotek dan rumah makan; pelanggar ditegur tertulis lalu rekomendasi izinnya bisa dicabut. Pengaduan di posko DLH, MPP Batulicin.",
  para="Tanbu sudah ada Perbup, kaina tuko modern, apotek wan rumah makan kada bulih lagi mambari kantong plastik, mulai 1 Maret 2027. Alasannya pantai kita panjang, sampah plastik bulik ka pantai jua. Siap-siap bawa tas saurang lah 🌊",
  looks=[("Aksi bersih Pantai Pagatan, 12 karung sampah plastik diangkut relawan, Sabtu (28/11).", "a beach clean-up", "after"),
         ("Kotabaru masih menggodok raperbup kantong plastik, uji publik bulan depan.", "another kabupaten's draft", "after"),
         ("Toko modern di Simpang Empat mulai jual tas kain Rp5 ribu, kasir tanya dulu mau plastik atau tidak.", "a shop's own initiative", "before")],
  before=("Dengar kabar Perbup larangan kantong plastik mau diteken Bupati minggu ini. Pedagang rumah makan pada tanya, berlaku kapan?", "rumour before", 30))

# ---- F12 Keterbukaan informasi publik (PPID) ----
A(id="a34", src="diskominfo-kalsel", dt="2026-11-02 10:05",
  title="Komisi Informasi Kalsel Mulai Monev Keterbukaan Informasi 2026, 120 Badan Publik Dinilai",
  text="""BANJARMASIN – Komisi Informasi Provinsi Kalimantan Selatan memulai Monitoring dan Evaluasi Keterbukaan Informasi Publik 2026 terhadap 120 badan publik, [2/11]. Badan publik yang dinilai meliputi perangkat daerah provinsi, pemerintah kabupaten/kota, BUMD, perguruan tinggi dan partai politik.

“Tahun ini ada kategori baru untuk desa. Kami ingin PPID desa juga berani membuka APBDes dan daftar penerima bantuan di papan informasi dan media sosial,” kata Ketua Komisi Informasi Kalsel, H. Rahmadi Husaini.

Badan publik wajib mengisi kuesioner daring sampai [13/11], kemudian mengikuti presentasi dan visitasi. Hasil monev akan diumumkan dalam Anugerah Keterbukaan Informasi Publik akhir November. (mc/rh)""",
  short="Komisi Informasi Kalsel mulai monev keterbukaan informasi 2026, 120 badan publik, kategori baru desa.",
  long="Monev Keterbukaan Informasi Publik 2026 oleh Komisi Informasi Kalsel menilai 120 badan publik: perangkat daerah, pemkab/pemkot, BUMD, perguruan tinggi dan partai. Ada kategori baru PPID desa. Kuesioner daring sampai 13 November, lalu presentasi dan visitasi; hasil diumumkan akhir November.",
  para="Komisi Informasi Kalsel mulai manilai saratus dua puluh badan publik, sampai partai jua. Tahun ini desa dinilai jua, PPID desa harus wani mamasang APBDes wan daftar panarima bantuan. Nah pambakal, siap-siap kuesionernya tutup 13 Nopember 📋",
  looks=[("Papan informasi APBDes 2026 desa kami sudah dipasang di depan kantor desa, silakan warga baca.", "a village's own APBDes board", "after"),
         ("Hasil monev keterbukaan informasi 2025: Pemkab Balangan kategori informatif. Kilas balik.", "2025 result", "after"),
         ("Sidang sengketa informasi di Komisi Informasi Kalsel antara warga dan satu dinas kabupaten ditunda pekan depan.", "a dispute hearing", "after")],
  before=None)

A(id="a35", src="diskominfo-kalsel", dt="2026-11-26 20:30",
  title="Anugerah KIP Kalsel 2026: 14 Badan Publik Raih Predikat Informatif",
  text="""BANJARMASIN – Komisi Informasi Provinsi Kalimantan Selatan menyerahkan Anugerah Keterbukaan Informasi Publik 2026 di Gedung Mahligai Pancasila, Banjarmasin, [26/11]. Sebanyak 14 dari 120 badan publik meraih predikat informatif, 31 menuju informatif, dan sisanya cukup informatif atau kurang informatif.

“Kenaikannya nyata, tahun lalu hanya sembilan yang informatif. Untuk kategori desa, Desa Anjir Muara Kota Tengah dari Barito Kuala menjadi yang terbaik,” kata Ketua Komisi Informasi Kalsel, H. Rahmadi Husaini.

Pemerintah kabupaten yang meraih predikat informatif adalah Balangan, Tabalong, Banjar dan Tanah Laut. Komisi Informasi meminta badan publik yang kurang informatif menyusun rencana perbaikan paling lambat Februari 2027. (mc/rh)""",
  short="Anugerah KIP Kalsel 2026: 14 badan publik informatif; desa terbaik Anjir Muara Kota Tengah, Batola.",
  long=None,
  para="Malam tadi Anugerah Keterbukaan Informasi Kalsel di Mahligai Pancasila. Ampat balas badan publik dapat predikat informatif, tahun tadi sanga haja. Desa tabaik Anjir Muara Kota Tengah matan Batola! Kabupaten nang informatif: Balangan, Tabalong, Banjar wan Tala 👏",
  looks=[("Gedung Mahligai Pancasila tadi malam jadi tempat malam puncak pemilihan Nanang Galuh Banjarmasin.", "same venue, another event", "after"),
         ("Pemkab Balangan terima penghargaan SPBE terbaik tingkat provinsi, Selasa (1/12).", "another award to the same kabupaten", "after"),
         ("Komisi Informasi Pusat umumkan hasil monev nasional 2026, Pemprov Kalsel masuk kategori menuju informatif.", "the national stage", "after")],
  before=("Malam ini Anugerah KIP Kalsel, desa kami masuk nominasi kategori desa. Deg-degan!", "nomination before the result", 9))

A(id="a36", src="pemkab-batola", dt="2026-11-18 13:40",
  title="Batola Nilai PPID 201 Desa, 10 Desa Terbaik Diberi Penghargaan",
  text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala melalui Dinas Komunikasi dan Informatika menilai Pejabat Pengelola Informasi dan Dokumentasi (PPID) di 201 desa dan menyerahkan penghargaan kepada 10 desa terbaik di Aula Bahalap, Marabahan, [18/11].

“Desa terbaik bukan yang paling mewah websitenya, tapi yang rutin mengumumkan APBDes, daftar penerima BLT dan jadwal posyandu, dan menjawab pertanyaan warga,” kata Kepala Diskominfo Batola, H. Muhammad Arsyad Zuhdi.

Desa Anjir Muara Kota Tengah meraih peringkat pertama dan mewakili Batola pada penilaian provinsi. Diskominfo akan melatih operator PPID desa yang masih kurang informatif pada Januari 2027. (btl/maz)""",
  short="Batola nilai PPID 201 desa, 10 desa terbaik diberi penghargaan; juara Anjir Muara Kota Tengah.",
  long="Diskominfo Barito Kuala menilai PPID di 201 desa dan memberi penghargaan kepada 10 desa terbaik di Aula Bahalap Marabahan. Ukurannya: rutin mengumumkan APBDes, penerima BLT, jadwal posyandu dan menjawab warga. Juara Anjir Muara Kota Tengah maju ke provinsi; operator desa lain dilatih Januari 2027.",
  para="Diskominfo Batola manilai PPID dua ratus satu desa, sapuluh nang tabaik dibari panghargaan di Aula Bahalap. Juara satu Anjir Muara Kota Tengah. Jar Kadis, lain website mewah nang dinilai, tapi rajin maumumakan APBDes wan BLT. Salamat 👍",
  looks=[("Pelatihan operator website desa se-Kecamatan Alalak, 21 operator, Jumat (6/11).", "a kecamatan training earlier", "before"),
         ("Aula Bahalap Marabahan hari ini dipakai rapat persiapan pengamanan Nataru.", "same venue, another meeting", "after"),
         ("Bimtek operator PPID desa untuk 40 desa kurang informatif di Batola dijadwalkan Januari, undangan sudah dikirim ke desa.", "the later training", "after")],
  before=None)
