# Hand-written releases for heldout29. Each: id, src, date, title, text, S (short own-words), L (long own-words or ""),
# P (Banjar/casual paraphrase), N (look-alikes: (region, text, differs)), B (before post or "").
A = []
def ann(**k): A.append(k)

ann(id="a01", src="dinkes-kalsel", reg="prov", date="2026-11-02 10:15", title="Dinkes Kalsel Periksa Gigi Gratis 24.000 Siswa SD di 13 Kabupaten/Kota",
text="BANJARBARU – Dinas Kesehatan Provinsi Kalimantan Selatan memulai pemeriksaan gigi gratis bagi 24.000 siswa sekolah dasar di 13 kabupaten/kota, Senin (2/11/2026). Pemeriksaan berlangsung 9 hingga 28 November 2026 melalui program Usaha Kesehatan Gigi Sekolah (UKGS) bersama 236 puskesmas.\n\nKepala Dinkes Kalsel, Hairiyah Mardani, mengatakan satu dari tiga anak SD di Kalsel mengalami gigi berlubang. “Kami periksa, kami catat, dan anak yang perlu ditambal akan dirujuk ke puskesmas tanpa biaya,” ujarnya.\n\nSetiap siswa juga menerima sikat dan pasta gigi. Hasil pemeriksaan akan dilaporkan awal Desember. (dinkes/hm)",
S="Periksa gigi gratis utk 24.000 siswa SD se-Kalsel, 9–28 November, lewat puskesmas. Bawa anak ya.",
L="Dinkes Provinsi Kalsel menggelar pemeriksaan gigi gratis untuk 24 ribu murid SD di seluruh kabupaten/kota mulai 9 sampai 28 November. Petugas dari 236 puskesmas datang ke sekolah, anak yang giginya berlubang dirujuk untuk ditambal gratis, dan semua anak dapat sikat plus pasta gigi.",
P="Dangsanak, Dinkes Kalsel bagawi maurus gigi kakanakan SD, dua puluh ampat ribu ikung se-Banua 😁🦷 Mulai 9 sampai 28 Nopember, puskesmas datang ka sakulahan. Nang giginya bulu'ang dirujuk ditambal, kada bebayar. #UKGS #Kalsel",
N=[("hss","Puskesmas Kandangan periksa gigi murid SDN Kandangan Kota 3 hari ini, 212 anak, 64 yang berlubang. Ini program puskesmas sendiri tiap semester ya, bukan yang dari provinsi.","village/puskesmas own run with own figures"),
   ("prov","Kilas balik: November 2025 Dinkes Kalsel periksa gigi 18.500 siswa SD. Tahun ini kabarnya lebih banyak lagi.","last year's edition, 2025 figures"),
   ("bjb","Hasil pemeriksaan gigi siswa SD Kota Banjarbaru: 41 persen bergigi berlubang, 1.120 anak dirujuk ke puskesmas untuk penambalan bulan Desember.","next stage: results in December (posted as its own news)")],
B="Info dari sekolah: katanya sebentar lagi ada pemeriksaan gigi gratis dari dinas kesehatan provinsi untuk anak SD. Jadwalnya belum keluar, tunggu kabar ya.")

ann(id="a02", src="pemkab-tapin", reg="tpn", date="2026-11-09 14:30", title="1.850 Siswa SD di Binuang dan Tapin Utara Ikuti Pemeriksaan Gigi Gratis",
text="RANTAU – Sebanyak 1.850 siswa dari 14 sekolah dasar di Kecamatan Binuang dan Tapin Utara mengikuti pemeriksaan gigi gratis program Dinkes Provinsi Kalsel yang dilaksanakan Dinas Kesehatan Tapin, Senin (9/11/2026). Kegiatan berlangsung hingga Jumat (13/11/2026).\n\nKepala Dinkes Tapin, Rusdiansyah Halim, menyebut 22 dokter gigi dan perawat gigi dikerahkan. “Anak yang giginya perlu ditambal kami jadwalkan ke Puskesmas Binuang dan Puskesmas Rantau,” katanya.\n\nKecamatan lain di Tapin dijadwalkan pada 16 hingga 20 November. (kominfo-tapin/rh)",
S="Tapin: 1.850 murid SD Binuang & Tapin Utara diperiksa giginya gratis 9–13 Nov.",
L="Pemeriksaan gigi gratis dari program provinsi sudah sampai di Tapin. 1.850 murid dari 14 SD di Binuang dan Tapin Utara diperiksa 22 dokter dan perawat gigi sampai Jumat 13 November. Anak yang perlu tambal dijadwalkan ke Puskesmas Binuang atau Puskesmas Rantau. Kecamatan lain menyusul 16–20 November.",
P="Anak-anak SD di Binuang wan Tapin Utara diperiksa giginya gratis lah 🦷 Saribu dalapan ratus limapuluh ikung, sampai Jumahat. Nang harus ditambal kaina disuruh ka puskesmas. Lakasi bari tahu abah mama 😊",
N=[("hss","Di HSS pemeriksaan gigi SD dimulai 9 November juga, 1.850 siswa di Kandangan dan Angkinang. Jadwal di sekolah masing-masing.","another kabupaten's edition, same week and same figure, told apart by place"),
   ("tpn","Jadwal gelombang kedua periksa gigi di Tapin: SDN Margasari Ilir 2 tanggal 17/11, 96 murid. Orang tua dimohon mengingatkan anak menyikat gigi dulu.","next stage: the other kecamatan's round, own date"),
   ("tpn","Puskesmas Binuang buka layanan cabut gigi tiap Rabu untuk umum, daftar di loket pukul 08.00.","same venue, unrelated routine service")],
B="Besok dokter gigi datang ke SDN Binuang 1 ya, anak-anak jangan lupa sarapan dan sikat gigi 😁")

ann(id="a03", src="pemkab-balangan", reg="blg", date="2026-11-16 09:40", title="UKGS Balangan: 1.200 Siswa Paringin Dapat Tambal Gigi Gratis",
text="PARINGIN – Pemerintah Kabupaten Balangan melalui Dinas Kesehatan menggelar layanan tambal gigi gratis bagi 1.200 siswa SD di Kecamatan Paringin, Senin (16/11/2026). Program ini dibiayai APBD Balangan dan berjalan terpisah dari pemeriksaan program provinsi.\n\nPlt Kepala Dinkes Balangan, Nurul Aisyah Ramadhani, mengatakan penambalan dilakukan di Puskesmas Paringin dan unit gigi keliling. “Orang tua cukup membawa kartu pelajar anak,” katanya.\n\nLayanan dibuka hingga 4 Desember 2026, pukul 08.00–12.00 Wita. (mc-balangan/nr)",
S="Tambal gigi gratis 1.200 siswa SD Paringin, sampai 4 Des, bawa kartu pelajar.",
L="Balangan punya program sendiri: tambal gigi gratis untuk 1.200 murid SD di Kecamatan Paringin, dibiayai APBD. Lokasinya Puskesmas Paringin dan unit gigi keliling, tiap hari jam 8 sampai 12, sampai 4 Desember. Cukup bawa kartu pelajar anak.",
P="Gigi anak bulu'ang? Di Paringin ada tambal gigi gratis gasan murid SD, sampai 4 Disimbir. Bawa haja kartu pelajar, kada usah bebayar 👍 #Balangan #GigiSehat",
N=[("blg","Unit gigi keliling mampir di SDN Juai 1 kemarin, tapi ini pemeriksaan dari program provinsi, 140 murid diperiksa, belum ada penambalan.","provincial programme's check in another kecamatan, no fillings"),
   ("blg","Tahun lalu (2025) Dinkes Balangan tambal gigi gratis 800 siswa Paringin. Semoga tahun ini ada lagi.","last year's edition"),
   ("blg","Puskesmas Paringin membuka pemeriksaan ibu hamil dan kelas ibu balita tiap Senin, 08.00–11.00.","same venue, unrelated service")],
B="")

ann(id="a04", src="satpolpp-kalsel", reg="prov", date="2026-11-04 11:00", title="Satpol PP Kalsel Bimtek 260 Anggota Linmas dari 13 Kabupaten/Kota",
text="BANJARBARU – Satuan Polisi Pamong Praja Provinsi Kalimantan Selatan menggelar bimbingan teknis bagi 260 anggota Perlindungan Masyarakat (Linmas) dari 13 kabupaten/kota di Aula Bina Praja, Rabu (4/11/2026). Bimtek berlangsung tiga hari, 4–6 November 2026.\n\nKepala Satpol PP Kalsel, Ahmad Fikri Junaidi, mengatakan Linmas adalah garda depan di desa saat bencana dan keramaian. “Mereka kami bekali pertolongan pertama, evakuasi banjir, dan pengamanan kegiatan warga,” ujarnya.\n\nSetiap peserta akan melatih ulang anggota Linmas di desanya masing-masing. (satpolpp/af)",
S="260 Linmas se-Kalsel ikut bimtek Satpol PP Provinsi, 4–6 Nov di Banjarbaru.",
L="Satpol PP Kalsel melatih 260 anggota Linmas dari 13 kabupaten/kota selama tiga hari (4–6 November) di Aula Bina Praja Banjarbaru. Materinya pertolongan pertama, evakuasi banjir dan pengamanan acara warga. Pulangnya, peserta diminta melatih Linmas di desa masing-masing.",
P="Bubuhan Linmas matan 13 kabupaten kota baajar di Banjarbaru tiga hari, 260 ikung. Diajari P3K, evakuasi banjir, wan ngamanakan acara warga. Kaina bulik ka desa, ajari pulang kawan-kawan Linmas nang lain 💪",
N=[("bjb","Satpol PP Kota Banjarbaru gelar apel 75 anggota Linmas kelurahan di halaman Balai Kota pagi ini, pengecekan seragam dan HT.","another organiser (city), different figures and event"),
   ("prov","Foto kenangan bimtek Linmas provinsi tahun 2025 di Aula Bina Praja, waktu itu 200 peserta.","last year's edition"),
   ("bjb","Aula Bina Praja hari ini dipakai rapat koordinasi pengendalian inflasi daerah.","same venue, unrelated event same week")],
B="Besok dua anggota Linmas desa kami berangkat ke Banjarbaru ikut pelatihan dari provinsi. Doakan lancar.")

ann(id="a05", src="pemkot-banjarbaru", reg="bjb", date="2026-11-23 16:20", title="120 Linmas Banjarbaru Disiagakan Amankan Nataru di 20 Kelurahan",
text="BANJARBARU – Pemerintah Kota Banjarbaru menyiagakan 120 anggota Linmas untuk mengamankan perayaan Natal dan Tahun Baru di 20 kelurahan. Kesiapan mereka dicek dalam apel di halaman Balai Kota, Senin (23/11/2026).\n\nWali Kota Banjarbaru melalui Asisten I, Fajar Setiawan Noor, meminta Linmas berjaga di rumah ibadah, pos keamanan dan titik keramaian. “Linmas paling dekat dengan warga, jadi paling cepat tahu kalau ada masalah,” katanya.\n\nPenyiagaan berlaku 20 Desember 2026 hingga 2 Januari 2027. (humas-bjb/fs)",
S="Banjarbaru siagakan 120 Linmas di 20 kelurahan utk Nataru, 20 Des–2 Jan.",
L="Pemkot Banjarbaru mengapelkan 120 Linmas yang akan berjaga saat Natal dan Tahun Baru. Mereka ditempatkan di 20 kelurahan: rumah ibadah, pos keamanan dan titik keramaian, mulai 20 Desember sampai 2 Januari.",
P="Gaes, Nataru nanti ada 120 Linmas yang jaga di 20 kelurahan Banjarbaru, dari 20 Des sampai 2 Jan. Kalau liat mereka di pos, sapa aja 😄 #Banjarbaru #Nataru",
N=[("bjb","Apel Linmas Kelurahan Sungai Tiung tadi pagi, 8 anggota, persiapan ronda malam bulan Desember.","kelurahan's own run with its own figures"),
   ("tla","Pemkab Tanah Laut juga siagakan 120 Linmas untuk Nataru, apel di Pelaihari hari ini.","another kabupaten's edition, same figure, told apart by place"),
   ("bjb","Halaman Balai Kota Banjarbaru ramai pagi ini, apel kesiapan pasukan pengamanan pilkades? bukan, ternyata apel gelar pasukan damkar.","same venue and day, unrelated apel")],
B="Info: Senin besok ada apel Linmas se-Banjarbaru di Balai Kota, anggota dari kelurahan kami wajib hadir jam 07.30.")

ann(id="a06", src="pemkab-hst", reg="hst", date="2026-11-11 13:05", title="90 Linmas Barabai Dilatih Tanggap Bencana Jelang Musim Hujan",
text="BARABAI – Sebanyak 90 anggota Linmas dari desa dan kelurahan di Kecamatan Barabai mengikuti pelatihan tanggap bencana yang digelar Pemkab Hulu Sungai Tengah bersama BPBD di Lapangan Dwi Warna, Rabu (11/11/2026).\n\nSekretaris Daerah HST, Muhammad Yusran Hadi, mengatakan pelatihan ini mempersiapkan desa menghadapi banjir musim hujan. “Tahun lalu Linmas yang pertama turun ke rumah warga, sebelum tim lain datang,” ujarnya.\n\nPeserta berlatih evakuasi dengan perahu karet dan mendirikan tenda darurat. (prokom-hst/yh)",
S="90 Linmas Kec. Barabai latihan tanggap bencana di Lapangan Dwi Warna, 11/11.",
L="Pemkab HST dan BPBD melatih 90 anggota Linmas Kecamatan Barabai menghadapi banjir. Di Lapangan Dwi Warna mereka praktik evakuasi pakai perahu karet dan mendirikan tenda darurat, Rabu 11 November.",
P="Linmas Barabai sambilan puluh ikung baajar tanggap bencana di Lapangan Dwi Warna, ada praktik perahu karet jua. Musim hujan sudah datang, mudahan kada banjir ganal pulang 🙏 #HST",
N=[("hst","Linmas Kecamatan Pandawan dapat giliran pelatihan tanggap bencana 25 November, 64 orang, di halaman kantor camat.","next stage in another kecamatan, own date and figures"),
   ("hst","Lapangan Dwi Warna Barabai malam Minggu ada pasar malam dan panggung hiburan.","same venue, unrelated event"),
   ("hst","Pelatihan tanggap bencana Linmas HST 2025 di Birayang diikuti 70 orang.","last year's edition")],
B="Tadi pagi bubuhan Linmas desa sudah kumpul di Lapangan Dwi Warna, ada perahu karet BPBD jua. Kayanya ada pelatihan.")

ann(id="a07", src="pemkab-banjar", reg="bjr", date="2026-11-03 10:30", title="40 Petani Karang Intan Dilatih Budidaya Jamur Tiram, Terima 4.000 Baglog",
text="MARTAPURA – Dinas Pertanian Kabupaten Banjar melatih 40 petani dari Kecamatan Karang Intan membudidayakan jamur tiram, Selasa (3/11/2026). Setiap kelompok menerima bantuan 4.000 baglog dan rak kumbung.\n\nKepala Distan Banjar, Syahriel Anwar, mengatakan jamur tiram bisa dipanen 40 hari setelah baglog dibuka. “Lahan sempit pun bisa, cukup kumbung di belakang rumah,” ujarnya.\n\nPendampingan akan dilakukan penyuluh BPP Karang Intan hingga panen pertama. (diskominfo-banjar/sa)",
S="Distan Banjar latih 40 petani Karang Intan budidaya jamur tiram + bantuan 4.000 baglog.",
L="Distan Kabupaten Banjar melatih 40 petani Karang Intan membudidayakan jamur tiram dan memberi bantuan 4.000 baglog beserta rak kumbung. Panen bisa 40 hari setelah baglog dibuka, dan penyuluh BPP Karang Intan mendampingi sampai panen pertama.",
P="Bubuhan patani Karang Intan baajar bacocok tanam jamur tiram, ampat puluh ikung. Dibari baglog ampat ribu jua. Ujar Pak Kadis, ampat puluh hari kawa dipanen 🍄 #Banjar",
N=[("bjr","Panen perdana jamur tiram kelompok tani di Karang Intan hari ini, 35 kg dari 1.000 baglog pertama. Harga Rp30 ribu per kilo.","next stage: first harvest, written when it happens"),
   ("bjr","Kelompok tani Gambut buat kumbung jamur sendiri, modal swadaya 600 baglog.","village's own run, own figures"),
   ("bjr","Pelatihan jamur tiram 2025 di Sungai Tabuk, 20 petani.","last year's edition, other kecamatan")],
B="Bapak-bapak poktan, besok kumpul di BPP Karang Intan jam 9, ada pelatihan jamur dari dinas.")

ann(id="a08", src="pemkab-tanah-laut", reg="tla", date="2026-11-10 15:10", title="30 Anggota KWT Bati-Bati Mulai Budidaya Jamur Tiram",
text="PELAIHARI – Sebanyak 30 anggota Kelompok Wanita Tani (KWT) di Kecamatan Bati-Bati mulai membudidayakan jamur tiram setelah mengikuti pelatihan Dinas Tanaman Pangan dan Hortikultura Tanah Laut, Selasa (10/11/2026). Mereka menerima 3.000 baglog.\n\nKabid Hortikultura, Dewi Sulastri Amin, mengatakan jamur menjadi sumber penghasilan tambahan ibu rumah tangga. “Hasil panen sudah ditunggu pedagang pasar Pelaihari,” ujarnya.\n\nKumbung dibangun di halaman balai desa Bati-Bati. (kominfo-tala/ds)",
S="KWT Bati-Bati (30 ibu) mulai budidaya jamur tiram, dapat 3.000 baglog dari dinas.",
L="Tiga puluh ibu anggota KWT di Bati-Bati sekarang membudidayakan jamur tiram. Setelah dilatih dinas pertanian Tanah Laut mereka menerima 3.000 baglog, dan kumbungnya dibangun di halaman balai desa. Pedagang pasar Pelaihari sudah siap menampung.",
P="Ibu-ibu KWT di Bati-Bati wayahini bagawi jamur tiram 🍄 Tiga ribu baglog dibari dinas, kumbungnya di balai desa. Kaina hasilnya dijual ka pasar Pelaihari. Mantap ibu-ibu!",
N=[("tla","KWT Takisung jual jamur tiram goreng krispi di depan sekolah, Rp5.000 sebungkus. Jamurnya beli dari Pelaihari.","unrelated KWT, selling mushrooms, no programme"),
   ("tla","Kabupaten Tapin latih 30 KWT budidaya jamur tiram juga, dengan 3.000 baglog, di Binuang.","another kabupaten's edition with the same figures, told apart by place"),
   ("tla","Balai desa Bati-Bati hari ini dipakai posyandu lansia.","same venue, unrelated")],
B="")

ann(id="a09", src="pemkab-hsu", reg="hsu", date="2026-11-17 11:25", title="25 Pemuda Amuntai Tengah Dibantu Rumah Kumbung Jamur",
text="AMUNTAI – Pemkab Hulu Sungai Utara melalui Dinas Pertanian menyerahkan dua rumah kumbung jamur tiram kepada 25 pemuda di Kecamatan Amuntai Tengah, Selasa (17/11/2026). Setiap kumbung memuat 2.500 baglog.\n\nWakil Bupati HSU, Rahmat Hidayatullah, berharap pemuda tidak lagi menganggap bertani kurang menjanjikan. “Jamur panen setiap hari, pasarnya jelas,” ujarnya.\n\nDua kumbung berada di Desa Paliwara dan Kelurahan Sungai Malang. (diskominfo-hsu/rh)",
S="HSU serahkan 2 rumah kumbung jamur (2.500 baglog/kumbung) ke 25 pemuda Amuntai Tengah.",
L="",
P="Pemuda Amuntai Tengah dua puluh lima ikung dibari rumah kumbung jamur, dua buting, masing-masing dua ribu lima ratus baglog. Ada di Paliwara wan Sungai Malang. Gas bagawi bubuhan anum! 💪🍄",
N=[("hsu","Karang taruna Paliwara buka lapak sayur hidroponik di depan balai desa, hasil tanam sendiri.","same village, unrelated youth activity"),
   ("hsu","Dua tahun lalu HSU juga membagi kumbung jamur di Babirik, tapi sekarang sudah tidak jalan.","older edition, other kecamatan"),
   ("hsu","Pemuda Sungai Malang pelatihan sablon kaos dari Disnaker HSU, 20 orang.","same village and youth, different programme")],
B="Kabar baik, katanya Rabu minggu ini kumbung jamur buat pemuda diserahkan Wabup. Tunggu info resminya.")

ann(id="a10", src="dispora-kalsel", reg="prov", date="2026-11-12 10:00", title="180 Pecatur Ikuti Kejurprov Catur Kalsel di Banjarmasin",
text="BANJARMASIN – Sebanyak 180 pecatur dari 13 kabupaten/kota mengikuti Kejuaraan Provinsi (Kejurprov) Catur Kalimantan Selatan yang dibuka Dinas Pemuda dan Olahraga Kalsel di GOR Hasanuddin HM, Kamis (12/11/2026). Kejuaraan berlangsung hingga Sabtu (14/11/2026).\n\nKepala Dispora Kalsel, Irfan Maulidi, mengatakan pemenang akan dipersiapkan ke kejuaraan nasional 2027. “Catur murah, bisa dimainkan di mana saja, tapi melatih sabar,” ujarnya.\n\nKejurprov mempertandingkan kelompok umum, pelajar dan veteran dengan sistem Swiss tujuh babak. (dispora/im)",
S="Kejurprov catur Kalsel 12–14 Nov di GOR Hasanuddin HM, 180 pecatur ikut.",
L="Kejuaraan provinsi catur dibuka Dispora Kalsel di GOR Hasanuddin HM Banjarmasin, diikuti 180 pecatur dari semua kabupaten/kota. Ada kelompok umum, pelajar dan veteran, tujuh babak sistem Swiss, sampai 14 November. Juaranya disiapkan ke kejurnas 2027.",
P="Saratus dalapan puluh pacatur se-Kalsel baadu di GOR Hasanuddin HM sampai Sabtu ♟️ Ada nang pelajar, umum, wan veteran. Siapa haja dangsanak nang umpat? #Catur #Kalsel",
N=[("bjm","Turnamen catur HUT RT 12 Kuin Utara malam ini di pos kamling, 16 peserta, hadiah kambing!","village's own run"),
   ("prov","Kejurprov catur 2025 dulu di Banjarbaru, juara umum Kota Banjarmasin.","last year's edition"),
   ("bjm","GOR Hasanuddin HM Sabtu ini dipakai turnamen bulu tangkis antar-SMA.","same venue, same week, unrelated")],
B="Malam ini tim catur kota kami menginap di Banjarmasin, besok Kejurprov dimulai. Doakan ya!")

ann(id="a11", src="dispora-kalsel", reg="prov", date="2026-11-14 18:30", title="Banjarmasin Juara Umum Kejurprov Catur Kalsel 2026",
text="BANJARMASIN – Kota Banjarmasin meraih juara umum Kejuaraan Provinsi Catur Kalsel 2026 dengan empat medali emas, disusul Kabupaten Tabalong dan Kota Banjarbaru. Kejuaraan ditutup Sabtu (14/11/2026) di GOR Hasanuddin HM.\n\nKabid Olahraga Dispora Kalsel, Lutfiah Hanum, menyebut pecatur pelajar asal Tanjung, Nabil Arrazi, menjadi peserta termuda yang meraih emas. “Ini bukti pembinaan di daerah berjalan,” katanya.\n\nDelapan pecatur terbaik akan mengikuti pemusatan latihan mulai Januari 2027. (dispora/lh)",
S="Juara umum Kejurprov catur 2026: Banjarmasin (4 emas), lalu Tabalong dan Banjarbaru.",
L="Hasil Kejurprov catur Kalsel: Banjarmasin juara umum dengan empat emas, Tabalong kedua, Banjarbaru ketiga. Emas termuda diraih pecatur pelajar dari Tanjung. Delapan pecatur terbaik masuk pelatda mulai Januari 2027.",
P="Alhamdulillah Tabalong nomor dua di Kejurprov catur! Juara umumnya Banjarmasin ampat emas. Pecatur pelajar matan Tanjung dapat emas jua, paling anum 👏♟️",
N=[("tbl","Pecatur Tabalong pulang dari Banjarmasin disambut di Tanjung, bawa medali. Besok rencana ramah tamah dengan Bupati.","aftermath event, own date"),
   ("bjm","Banjarmasin juara umum Kejurprov catur 2024 lalu, tiga emas.","older edition, same title"),
   ("bjb","Pelatda catur? Bukan, ini pelatihan wasit catur di Banjarbaru, 24 peserta.","same sport, different event")],
B="")

ann(id="a12", src="pemkab-tabalong", reg="tbl", date="2026-11-20 13:45", title="96 Peserta Ramaikan Turnamen Catur Bupati Cup Tabalong",
text="TANJUNG – Turnamen Catur Bupati Cup Tabalong 2026 diikuti 96 peserta dari 12 kecamatan, dibuka di Pendopo Bersinar Tanjung, Jumat (20/11/2026).\n\nKepala Disporapar Tabalong, Zainal Arifin Saleh, mengatakan turnamen digelar untuk menjaring bibit pecatur setelah prestasi Tabalong di kejurprov. “Kami ingin ada klub catur di setiap kecamatan,” katanya.\n\nTurnamen berlangsung hingga Minggu (22/11/2026) dengan total hadiah Rp25 juta. (diskominfo-tabalong/za)",
S="Catur Bupati Cup Tabalong 20–22 Nov, 96 peserta, hadiah total Rp25 juta.",
L="Tabalong menggelar turnamen catur Bupati Cup di Pendopo Bersinar Tanjung, 20 sampai 22 November. Pesertanya 96 orang dari 12 kecamatan dan hadiahnya Rp25 juta. Tujuannya mencari bibit pecatur dan membentuk klub di tiap kecamatan.",
P="Pendopo Bersinar rami urang bacatur 😄 Sambilan puluh anam peserta Bupati Cup, hadiahnya dua puluh lima juta. Ulun umpat jua, kalah di babak dua haja wkwk",
N=[("tbl","Bupati Cup sepak bola antar-desa Tabalong final di Stadion Tanjung, Minggu ini.","same title/official, other sport"),
   ("tbl","Turnamen catur Bupati Cup Tabalong 2025 diikuti 70 peserta.","last year's edition"),
   ("tbl","Pendopo Bersinar Tanjung Jumat ini dipakai pelantikan pengurus KONI.","same venue and date, unrelated")],
B="Pendaftaran catur Bupati Cup ditutup besok, masih ada kuota 10 orang katanya.")

ann(id="a13", src="dkp-kalsel", reg="prov", date="2026-11-07 17:00", title="420 Ekor Cupang Bertanding di Kontes Cupang DKP Kalsel",
text="BANJARBARU – Sebanyak 420 ekor ikan cupang dari 11 kabupaten/kota bertanding dalam Kontes Ikan Cupang yang digelar Dinas Kelautan dan Perikanan Provinsi Kalsel di halaman kantor DKP, Sabtu (7/11/2026) hingga Minggu (8/11/2026).\n\nKepala DKP Kalsel, Rusmaniar Hadi, mengatakan cupang hias menjadi usaha rumahan yang menjanjikan. “Satu ekor cupang juara bisa laku jutaan rupiah,” ujarnya.\n\nKontes mempertandingkan 14 kelas, termasuk halfmoon, plakat dan giant. (dkp-kalsel/rh)",
S="Kontes cupang DKP Kalsel 7–8 Nov di Banjarbaru, 420 ekor, 14 kelas.",
L="DKP Provinsi Kalsel menggelar kontes ikan cupang di halaman kantornya di Banjarbaru, Sabtu–Minggu 7–8 November. Ada 420 ekor dari 11 kabupaten/kota yang bertanding di 14 kelas, dari halfmoon sampai giant.",
P="Pacinta cupang merapat! Di kantor DKP Kalsel ampat ratus dua puluh ikung cupang baadu bungas 🐟✨ Sabtu wan Minggu. Ujar Bu Kadis cupang juara kawa payu jutaan. #Cupang",
N=[("bjb","Kontes cupang komunitas Sungai Tiung di warung kopi, 60 ekor, juara dapat piala bergilir.","village/community's own run"),
   ("bjb","Kontes cupang DKP Kalsel tahun lalu diikuti 310 ekor.","last year's edition"),
   ("bjb","Halaman kantor DKP Kalsel Sabtu ini juga dipakai bazar ikan segar murah.","same venue and day, unrelated")],
B="Cupang halfmoon ulun sudah didaftarkan ke kontes DKP yang Sabtu ini. Mudah-mudahan menang 🤞")

ann(id="a14", src="pemkot-banjarmasin", reg="bjm", date="2026-11-21 20:10", title="Festival Cupang Siring Tendean Hadirkan 300 Ekor dan 25 Lapak UMKM",
text="BANJARMASIN – Pemerintah Kota Banjarmasin menggelar Festival Ikan Cupang di Siring Tendean, Sabtu (21/11/2026). Festival menghadirkan 300 ekor cupang kontes dan 25 lapak UMKM ikan hias.\n\nKepala Dinas Ketahanan Pangan, Pertanian dan Perikanan Banjarmasin, Ahmad Zaki Mubarak, mengatakan festival mempertemukan pembudidaya dengan pembeli. “Banyak pembudidaya di Kelayan dan Pemurus yang sudah menjual sampai ke Jawa,” ujarnya.\n\nFestival berlanjut Minggu (22/11/2026) dengan lelang cupang juara. (humas-bjm/az)",
S="Festival Cupang di Siring Tendean 21–22 Nov: 300 ekor, 25 lapak UMKM, lelang hari Minggu.",
L="Pemkot Banjarmasin bikin Festival Ikan Cupang di Siring Tendean. Ada 300 cupang kontes dan 25 lapak UMKM ikan hias pada Sabtu 21 November, lalu Minggu dilanjut lelang cupang juara.",
P="Siring Tendean malam ini rami banar, festival cupang! Tiga ratus ikung cupang wan dua puluh lima lapak ikan hias. Isuk ada lelang cupang juara, siapakan duit 😆",
N=[("bjm","Lelang cupang juara di Siring Tendean tadi, halfmoon biru laku Rp4,5 juta!","next stage (Sunday auction), written when it happens"),
   ("bjm","Pasar wadai dan pasar terapung Siring Tendean pagi Minggu, ramai seperti biasa.","same venue, unrelated"),
   ("bjm","Pembudidaya cupang di Kelayan Selatan kirim 500 ekor ke Surabaya minggu ini.","same topic, no festival")],
B="Lapak ikan hias sudah mulai dipasang di Siring Tendean sore ini, katanya besok ada festival cupang.")

ann(id="a15", src="pemkab-hss", reg="hss", date="2026-11-05 09:50", title="30 Pembudidaya di Kandangan Dilatih Budidaya Cupang Hias",
text="KANDANGAN – Dinas Perikanan Hulu Sungai Selatan melatih 30 pembudidaya ikan hias di Kecamatan Kandangan membudidayakan cupang, Kamis (5/11/2026). Peserta juga menerima 60 pasang indukan dan 300 wadah pemeliharaan.\n\nKepala Dinas Perikanan HSS, Mahfuzh Rasyid, mengatakan cupang cocok untuk lahan sempit. “Modalnya kecil, perputarannya cepat, tiga bulan sudah bisa dijual,” katanya.\n\nPendampingan berlangsung hingga Februari 2027. (kominfo-hss/mr)",
S="Diskan HSS latih 30 pembudidaya cupang di Kandangan, bantu 60 pasang indukan.",
L="Tiga puluh pembudidaya di Kandangan dilatih Dinas Perikanan HSS membudidayakan cupang. Mereka dapat 60 pasang indukan dan 300 wadah, plus pendampingan sampai Februari 2027. Cupang bisa dijual umur tiga bulan.",
P="Di Kandangan ada pelatihan bacupang, tiga puluh urang. Dibari indukan anam puluh pasang. Ujar Pak Kadis, talu bulan kawa dijual sudah. Nyaman gasan nang kada baisi lahan ganal 👍",
N=[("hss","Kelompok cupang Angkinang panen 800 ekor bibit dari indukan swadaya.","village's own run, own figures"),
   ("hss","Diskan HSS bagi benih nila 20.000 ekor di Daha Utara.","same office, different programme"),
   ("bjm","Banjarmasin juga ada pelatihan cupang untuk 30 warga Pemurus Dalam.","another city's edition with the same figure")],
B="")

ann(id="a16", src="pemprov-kalsel", reg="prov", date="2026-11-06 14:00", title="Gerakan Menabung Pelajar Kalsel Targetkan 10.000 Rekening Simpel",
text="BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan meluncurkan Gerakan Menabung Pelajar dengan target 10.000 rekening Simpanan Pelajar (SimPel) baru hingga Desember 2026, Jumat (6/11/2026).\n\nSekretaris Daerah Provinsi Kalsel, Roy Ardiansyah Rifani, mengatakan pembukaan rekening tanpa biaya dan cukup setoran awal Rp5.000. “Anak yang terbiasa menabung akan lebih bijak mengatur uang,” ujarnya.\n\nBank mitra akan membuka layanan langsung di sekolah-sekolah mulai 16 November. (biro-adpim/rr)",
S="Pemprov Kalsel targetkan 10.000 rekening SimPel pelajar, setoran awal cuma Rp5.000.",
L="Gerakan Menabung Pelajar diluncurkan Pemprov Kalsel. Targetnya 10 ribu rekening Simpanan Pelajar (SimPel) baru sampai Desember. Buka rekening gratis, setoran awal Rp5.000, dan bank mitra akan datang ke sekolah mulai 16 November.",
P="Kakanakan sakulah wayahini kawa baisi rekening saurang, modal lima ribu haja 💰 Pemprov handak sapuluh ribu rekening SimPel sampai Disimbir. Bank datang ka sakulahan mulai 16 Nop.",
N=[("prov","Hari Menabung Nasional 2025: 6.400 rekening SimPel dibuka di Kalsel.","last year's figure"),
   ("bjm","SDN Teluk Dalam 3 punya kantin kejujuran dan celengan kelas, sudah terkumpul Rp2 juta.","school's own saving scheme"),
   ("prov","Sekda Kalsel hari ini buka rapat evaluasi SPBE di Banjarbaru.","same official, unrelated event")],
B="Katanya minggu ini pemprov mau luncurkan program menabung untuk anak sekolah. Ada yang tahu detilnya?")

ann(id="a17", src="pemkab-batola", reg="btl", date="2026-11-13 10:40", title="2.400 Siswa SD di Marabahan Buka Rekening SimPel",
text="MARABAHAN – Sebanyak 2.400 siswa SD di Kecamatan Marabahan membuka rekening Simpanan Pelajar (SimPel) dalam Gerakan Menabung Pelajar, Jumat (13/11/2026). Pembukaan dipusatkan di SDN Marabahan Kota 1.\n\nBupati Barito Kuala melalui Kepala Dinas Pendidikan, Hj. Fitriani Wahab, mengatakan Batola menyumbang 2.400 rekening dari target provinsi. “Setiap Jumat sekolah membuka pojok tabungan,” ujarnya.\n\nKecamatan Alalak dan Tamban akan menyusul pada Desember. (diskominfo-batola/fw)",
S="Batola: 2.400 siswa SD Marabahan buka rekening SimPel, pusatnya SDN Marabahan Kota 1.",
L="",
P="Anak-anak SD di Marabahan dua ribu ampat ratus ikung sudah baisi rekening SimPel 🐷💰 Tiap Jumahat ada pojok tabungan di sakulah. Alalak wan Tamban manyusul Disimbir.",
N=[("btl","Pojok tabungan SDN Kuripan 1 ditutup sementara karena ruang dipakai ujian.","another school's routine, no programme"),
   ("btl","Batola buka 1.100 rekening SimPel tahun lalu di Alalak.","last year's edition, other kecamatan"),
   ("btl","Alalak dapat giliran buka rekening SimPel minggu kedua Desember, 1.300 siswa.","next stage on its own date")],
B="")

ann(id="a18", src="pemkab-tanbu", reg="tbu", date="2026-11-18 15:30", title="3.000 Pelajar Tanah Bumbu Ditargetkan Punya Tabungan Sebelum Libur Semester",
text="BATULICIN – Pemkab Tanah Bumbu menargetkan 3.000 pelajar SD dan SMP di Kecamatan Batulicin dan Kusan Hilir memiliki rekening SimPel sebelum libur semester, Rabu (18/11/2026).\n\nAsisten II Setda Tanbu, Hendra Saputra Aji, mengatakan pemkab menanggung setoran awal Rp10.000 bagi 500 siswa dari keluarga kurang mampu. “Jangan ada anak yang tertinggal karena tidak punya uang setoran,” katanya.\n\nLayanan dibuka di 18 sekolah hingga 12 Desember. (kominfo-tanbu/hs)",
S="Tanbu: 3.000 pelajar Batulicin–Kusan Hilir ditarget punya SimPel; 500 siswa setoran awal ditanggung pemkab.",
L="Pemkab Tanah Bumbu menargetkan 3 ribu pelajar SD dan SMP di Batulicin dan Kusan Hilir punya rekening SimPel sebelum libur semester. Untuk 500 siswa kurang mampu, setoran awal Rp10.000 ditanggung pemkab. Layanan di 18 sekolah sampai 12 Desember.",
P="Pemkab Tanbu nanggung setoran awal SimPel gasan lima ratus anak nang kurang mampu. Targetnya talu ribu pelajar Batulicin wan Kusan Hilir baisi tabungan 👏",
N=[("tbu","Kotabaru targetkan 3.000 rekening SimPel juga, di Pulau Laut Utara.","another kabupaten's edition, same figure"),
   ("tbu","Koperasi sekolah SMPN 1 Kusan Hilir bagi SHU ke siswa anggota.","same school area, unrelated"),
   ("tbu","Asisten II Setda Tanbu tinjau harga sembako di Pasar Batulicin.","same official, unrelated")],
B="Rapat komite sekolah tadi: pemkab mau tanggung setoran tabungan anak kurang mampu, tapi masih menunggu pengumuman resmi.")

ann(id="a19", src="bpkad-kalsel", reg="prov", date="2026-11-09 09:20", title="BPKAD Kalsel Lelang 48 Kendaraan Dinas Secara Online",
text="BANJARBARU – Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Provinsi Kalsel melelang 48 unit kendaraan dinas melalui laman lelang.go.id bekerja sama dengan KPKNL Banjarmasin, Senin (9/11/2026). Penawaran dibuka hingga Kamis (19/11/2026).\n\nKepala BPKAD Kalsel, Siti Mariyam Anwar, menyebut kendaraan terdiri atas 31 sepeda motor dan 17 mobil. “Masyarakat bisa melihat fisik kendaraan di gudang aset Banjarbaru pada 12–13 November,” ujarnya.\n\nHarga limit mulai Rp2,1 juta untuk sepeda motor. (bpkad/sm)",
S="Lelang online 48 kendaraan dinas Pemprov Kalsel (31 motor, 17 mobil) sampai 19 Nov.",
L="BPKAD Kalsel melelang 48 kendaraan dinas lewat lelang.go.id: 31 sepeda motor dan 17 mobil. Penawaran sampai 19 November, limit motor mulai Rp2,1 juta, dan fisiknya bisa dicek di gudang aset Banjarbaru 12–13 November.",
P="Nang handak manukar motor bekas dinas, ada lelang online matan Pemprov, ampat puluh dalapan unit. Motor limitnya dua jutaan haja! Liat fisik di gudang aset Banjarbaru 12–13 Nop 🏍️",
N=[("prov","Lelang kendaraan dinas Pemprov Kalsel Juni 2026 laku Rp1,3 miliar.","earlier edition, same title"),
   ("bjb","Gudang aset Banjarbaru kebanjiran sampah kiriman, dibersihkan warga.","same venue, unrelated"),
   ("prov","Hati-hati penipuan lelang mobil dinas murah lewat WhatsApp, yang resmi hanya di laman lelang negara.","hoax warning, no release")],
B="")

ann(id="a20", src="pemkab-banjar", reg="bjr", date="2026-11-16 13:15", title="Pemkab Banjar Lelang 35 Kendaraan Dinas, Limit Mobil Mulai Rp18 Juta",
text="MARTAPURA – Pemkab Banjar melalui BPKPAD melelang 35 kendaraan dinas yang sudah tidak layak operasional, Senin (16/11/2026). Lelang terdiri atas 27 sepeda motor dan 8 mobil dengan limit mobil mulai Rp18 juta.\n\nKepala BPKPAD Banjar, Muhammad Ridha Fahmi, mengatakan hasil lelang masuk kas daerah. “Kendaraan tua biaya perawatannya mahal, lebih baik dilelang,” ujarnya.\n\nPenawaran dibuka hingga 25 November, lihat fisik di halaman Kantor Bupati Banjar 18–19 November. (diskominfo-banjar/mr)",
S="Banjar lelang 35 kendaraan dinas (27 motor, 8 mobil), limit mobil Rp18 juta, s.d. 25 Nov.",
L="",
P="Pemkab Banjar malelang kandaraan dinas tuha, talu puluh lima unit. Mobil limitnya dalapan balas juta. Liat dulu di halaman kantor bupati 18–19 Nopember, sampai 25 Nop penawaran. 🚗",
N=[("bjr","Mobil dinas ambulans desa Gambut diserahkan ke puskesmas, bukan dilelang.","same kind of vehicle, unrelated"),
   ("bjr","Pemkab Tapin juga lelang kendaraan, 35 unit, limit mobil Rp18 juta kata grup sebelah.","another kabupaten's edition, same figures"),
   ("bjr","Halaman Kantor Bupati Banjar penuh kendaraan peserta apel HUT KORPRI.","same venue, unrelated")],
B="")

ann(id="a21", src="pemkab-hst", reg="hst", date="2026-11-19 10:05", title="HST Lelang 22 Kendaraan Dinas, Penawaran Hingga 30 November",
text="BARABAI – Pemkab Hulu Sungai Tengah melelang 22 kendaraan dinas roda dua dan roda empat melalui lelang online, Kamis (19/11/2026). Penawaran dibuka hingga Senin (30/11/2026).\n\nKabid Aset BPKAD HST, Noor Ifansyah Ridwan, mengatakan 16 sepeda motor dan 6 mobil dapat dilihat di halaman Kantor BPKAD Barabai. “Pastikan mendaftar di laman resmi, kami tidak pernah menghubungi peserta lewat WhatsApp,” katanya.\n\nLelang berikutnya dijadwalkan Maret 2027. (prokom-hst/ni)",
S="HST lelang 22 kendaraan dinas (16 motor, 6 mobil), penawaran sampai 30 Nov.",
L="Ada lelang 22 kendaraan dinas Pemkab HST: 16 motor dan 6 mobil, bisa dilihat di halaman Kantor BPKAD Barabai. Penawaran online sampai 30 November. BPKAD mengingatkan tidak pernah menghubungi peserta lewat WhatsApp.",
P="Bubuhan HST, ada lelang motor wan mobil dinas dua puluh dua unit sampai 30 Nop. Ingat, daftar di laman resmi, jangan tatipu urang nang menghubungi lewat WA! ⚠️",
N=[("hst","Mobil dinas bekas camat Pandawan sudah dipakai untuk ambulans desa.","same topic, no auction"),
   ("hst","HST lelang 30 kendaraan dinas tahun 2025, laku Rp640 juta.","last year's edition"),
   ("hst","Kantor BPKAD Barabai tutup pelayanan Jumat sore karena rapat.","same venue, unrelated")],
B="")

ann(id="a22", src="disbudpar-kalsel", reg="prov", date="2026-11-02 16:45", title="Lomba Foto Pesona Kalsel 2026 Terima 312 Karya",
text="BANJARMASIN – Dinas Kebudayaan dan Pariwisata Provinsi Kalsel menerima 312 karya dalam Lomba Foto Pesona Kalsel 2026 hingga Senin (2/11/2026). Pendaftaran diperpanjang sampai Minggu (15/11/2026).\n\nKepala Disbudpar Kalsel, Aulia Fitriansyah, mengatakan foto terbaik akan dipakai untuk promosi wisata. “Kami ingin wajah desa wisata, sungai dan kuliner Banua tampil dari mata warga sendiri,” ujarnya.\n\nTotal hadiah Rp30 juta untuk tiga kategori: alam, budaya, dan kuliner. (disbudpar/af)",
S="Lomba Foto Pesona Kalsel diperpanjang sampai 15 Nov; sudah 312 karya, hadiah Rp30 juta.",
L="Masih ada waktu ikut Lomba Foto Pesona Kalsel 2026: pendaftaran diperpanjang sampai 15 November. Disbudpar sudah menerima 312 karya. Kategorinya alam, budaya dan kuliner, total hadiah Rp30 juta, dan foto terbaik dipakai untuk promosi wisata.",
P="Nang hobi bapoto, Lomba Foto Pesona Kalsel diperpanjang sampai 15 Nop 📸 Sudah talu ratus sapuluh dua karya masuk. Hadiahnya talu puluh juta, kategori alam, budaya, wan kuliner.",
N=[("prov","Pemenang Lomba Foto Pesona Kalsel 2025: juara I foto Pasar Terapung Lok Baintan.","last year's edition"),
   ("bjm","Lomba foto HUT Banjarmasin ke-500, tema sungai, deadline 30 Nov.","another organiser's contest, same theme"),
   ("prov","Pameran foto jurnalistik PWI Kalsel di Taman Budaya minggu ini.","same topic, unrelated event")],
B="")

ann(id="a23", src="disbudpar-kalsel", reg="prov", date="2026-11-20 11:30", title="Foto Loksado Juarai Lomba Foto Pesona Kalsel 2026",
text="BANJARMASIN – Foto rakit bambu di Sungai Amandit, Loksado, karya warga Kandangan, Ridho Anugrah, menjadi juara I Lomba Foto Pesona Kalsel 2026 kategori alam. Pengumuman disampaikan Disbudpar Kalsel, Jumat (20/11/2026).\n\nSekretaris Disbudpar Kalsel, Yuliani Kartika, mengatakan dewan juri menilai 486 karya. “Jumlahnya naik tajam setelah pendaftaran diperpanjang,” katanya. Juara kategori budaya diraih foto Aruh Baharin, dan kuliner foto soto Banjar.\n\nKarya pemenang dipamerkan di Taman Budaya 1–7 Desember. (disbudpar/yk)",
S="Juara Lomba Foto Pesona Kalsel 2026: foto rakit bambu Loksado (alam); 486 karya dinilai.",
L="Pengumuman Lomba Foto Pesona Kalsel 2026: juara I kategori alam foto rakit bambu di Sungai Amandit, Loksado. Kategori budaya dimenangkan foto Aruh Baharin, kuliner foto soto Banjar. Juri menilai 486 karya, dan pemenang dipamerkan di Taman Budaya 1–7 Desember.",
P="Hebat banar, poto lanting bambu di Loksado juara satu Lomba Foto Pesona Kalsel! 📸🎉 Urang Kandangan nang mamoto. Kaina dipamerkan di Taman Budaya 1–7 Disimbir.",
N=[("hss","Pengunjung bamboo rafting Loksado naik 30 persen di libur panjang November.","same place, unrelated tourism news"),
   ("prov","Pameran foto pemenang di Taman Budaya dibuka hari ini, ramai pelajar.","next stage (exhibition), written when it happens"),
   ("hss","Lomba foto lanting Loksado tingkat kecamatan 2025, juara warga Hulu Banyu.","local contest, last year")],
B="Bocoran dari panitia: foto Loksado masuk lima besar lomba foto provinsi, pengumuman resmi minggu ini.")

ann(id="a24", src="pemkab-tanbu", reg="tbu", date="2026-11-11 10:10", title="Lomba Foto Pantai Pagatan Berhadiah Rp15 Juta Dibuka",
text="BATULICIN – Dinas Pariwisata Tanah Bumbu membuka Lomba Foto Pesona Pantai Pagatan berhadiah total Rp15 juta, Rabu (11/11/2026). Karya dikirim melalui Instagram dengan tagar #PagatanMemesona hingga 5 Desember 2026.\n\nKepala Dispar Tanbu, Surya Darmawan Putra, mengatakan lomba terbuka bagi warga Kalsel. “Foto boleh dari ponsel, yang penting asli dan belum pernah menang,” katanya.\n\nPemenang diumumkan pada puncak Mappanretasi 2027. (kominfo-tanbu/sd)",
S="Lomba foto Pantai Pagatan, hadiah Rp15 juta, kirim via IG #PagatanMemesona s.d. 5 Des.",
L="",
P="Ayo bapoto di Pantai Pagatan! Lomba foto hadiahnya lima balas juta, kirim lewat IG tagar #PagatanMemesona sampai 5 Disimbir. Poto HP gin kawa 📱🏖️",
N=[("tbu","Pantai Pagatan ramai wisatawan libur panjang, parkir penuh sampai jalan.","same place, unrelated"),
   ("tbu","Lomba foto Mappanretasi 2026 lalu dimenangkan foto perahu hias.","older contest, same place"),
   ("tbu","Kerja bakti bersih Pantai Pagatan Minggu pagi oleh karang taruna.","same place, unrelated")],
B="")

ann(id="a25", src="pemprov-kalsel", reg="prov", date="2026-11-03 13:00", title="Pemprov Kalsel Bagikan 1.000 Sepeda untuk Siswa Desa Terpencil",
text="BANJARBARU – Pemerintah Provinsi Kalsel membagikan 1.000 sepeda kepada siswa SD dan SMP dari desa terpencil di tujuh kabupaten, Selasa (3/11/2026). Penyerahan simbolis dilakukan di halaman Kantor Gubernur.\n\nKepala Dinas Pendidikan dan Kebudayaan Kalsel, Zulkifli Ramadhan, mengatakan penerima adalah siswa yang menempuh lebih dari tiga kilometer ke sekolah. “Sepeda ini supaya anak tidak lagi terlambat atau putus sekolah karena jarak,” ujarnya.\n\nSepeda dikirim ke kabupaten secara bertahap hingga akhir November. (adpim-kalsel/zr)",
S="1.000 sepeda dari Pemprov Kalsel utk siswa desa terpencil yg jarak sekolahnya >3 km.",
L="Pemprov Kalsel menyerahkan 1.000 sepeda untuk murid SD dan SMP di desa terpencil di tujuh kabupaten. Penerimanya anak yang harus menempuh lebih dari 3 km ke sekolah. Sepeda dikirim bertahap ke kabupaten sampai akhir November.",
P="Saribu sapida dibagi Pemprov gasan kakanakan sakulah di desa nang jauh 🚲 Nang jarak ka sakulahnya labih talu kilo. Mudahan kada talambat lagi sakulah.",
N=[("bjr","Donatur bagikan 20 sepeda ke santri pondok di Karang Intan.","private donors, village's own"),
   ("prov","Tahun 2024 Pemprov bagikan 500 sepeda untuk siswa di Kotabaru dan Tanah Bumbu.","older edition"),
   ("bjb","Halaman Kantor Gubernur dipakai senam massal HUT KORPRI Jumat ini.","same venue, unrelated")],
B="Anak kami termasuk yang didata dapat sepeda dari provinsi, katanya diserahkan minggu ini 🚲")

ann(id="a26", src="pemkab-hsu", reg="hsu", date="2026-11-10 10:35", title="150 Siswa Babirik dan Danau Panggang Terima Sepeda dari Provinsi",
text="AMUNTAI – Sebanyak 150 siswa SD dan SMP di Kecamatan Babirik dan Danau Panggang menerima sepeda dari program Pemprov Kalsel yang diserahkan Pemkab Hulu Sungai Utara, Selasa (10/11/2026).\n\nKepala Disdik HSU, Rahmah Nurhidayati, mengatakan sebagian siswa tinggal di desa rawa yang jalannya baru dicor. “Sebelumnya mereka berjalan kaki hampir satu jam,” katanya.\n\nPemkab HSU menambah 50 helm dan mengajukan kuota tambahan untuk Paminggir. (diskominfo-hsu/rn)",
S="HSU serahkan 150 sepeda program provinsi ke siswa Babirik & Danau Panggang, plus 50 helm.",
L="Sepeda dari program provinsi sudah sampai di HSU: 150 siswa SD dan SMP di Babirik dan Danau Panggang menerimanya. Pemkab menambah 50 helm dan mengusulkan kuota tambahan untuk Paminggir.",
P="Kakanakan Babirik wan Danau Panggang dapat sapida, saratus lima puluh buting 🚲 Dahulu bajalan batis hampir sajam ka sakulah. Pemkab HSU manambahi helm lima puluh jua.",
N=[("hsu","Paminggir masih menunggu kuota sepeda, belum ada kepastian.","later stage / question about another kecamatan"),
   ("hsu","Jalan cor desa di Danau Panggang selesai 1,2 km, dikerjakan swadaya dan dana desa.","same place, unrelated"),
   ("hsu","Balangan serahkan 150 sepeda ke siswa Halong juga hari ini.","another kabupaten's edition, same figure")],
B="")

ann(id="a27", src="pemkab-kotabaru", reg="ktb", date="2026-11-17 14:50", title="120 Pelajar Pulau Sebuku Terima Sepeda, Kotabaru Tambah 30 dari APBD",
text="KOTABARU – Sebanyak 120 pelajar di Kecamatan Pulau Sebuku menerima sepeda, terdiri atas 90 unit program Pemprov Kalsel dan 30 unit dari APBD Kotabaru, Selasa (17/11/2026).\n\nSekretaris Daerah Kotabaru, Said Akhmad Fadli, mengatakan penyerahan dilakukan di Desa Sungai Bali setelah sepeda diangkut kapal. “Cuaca sempat membuat pengiriman tertunda dua hari,” ujarnya.\n\nPulau Laut Tengah dijadwalkan menerima sepeda pada Desember. (mc-kotabaru/sa)",
S="Pulau Sebuku: 120 pelajar dapat sepeda (90 dari provinsi, 30 APBD Kotabaru).",
L="",
P="Pelajar Pulau Sebuku dapat sapida saratus dua puluh buting, sambilan puluh matan provinsi, talu puluh matan Pemkab Kotabaru. Sampat tatunda dua hari gara-gara ombak 🌊🚲",
N=[("ktb","Kapal angkutan barang ke Pulau Sebuku tertunda karena gelombang tinggi.","same place/date, unrelated"),
   ("ktb","Pulau Laut Tengah terima sepeda Desember nanti, katanya 80 unit.","next stage, own figures"),
   ("ktb","Sekda Kotabaru resmikan dermaga desa di Pulau Sebuku.","same official and place, unrelated")],
B="Sepedanya sudah di pelabuhan, besok dibawa ke Sebuku kalau ombak tenang.")

ann(id="a28", src="pemkot-banjarmasin", reg="bjm", date="2026-11-04 13:30", title="40 Perempuan Banjarmasin Ikuti Pelatihan Tata Rias Pengantin Banjar",
text="BANJARMASIN – Dinas Tenaga Kerja Kota Banjarmasin menggelar pelatihan tata rias pengantin adat Banjar bagi 40 perempuan di UPT Balai Latihan Kerja, Rabu (4/11/2026). Pelatihan berlangsung 20 hari.\n\nKepala Disnaker Banjarmasin, Hairil Anwar Syarif, mengatakan jasa rias pengantin Banjar banyak dicari. “Satu pengantin Bagajah Gamuling Baular Lulut bisa bernilai jutaan rupiah,” katanya.\n\nLulusan akan mengikuti uji kompetensi dan menerima sertifikat BNSP. (humas-bjm/ha)",
S="Disnaker Bjm latih 40 perempuan tata rias pengantin Banjar di BLK, 20 hari, sertifikat BNSP.",
L="Empat puluh perempuan Banjarmasin dilatih tata rias pengantin adat Banjar oleh Disnaker di BLK, selama 20 hari. Setelah itu mereka ikut uji kompetensi dan dapat sertifikat BNSP.",
P="Bini-bini Banjarmasin ampat puluh ikung baajar marias pangantin Banjar di BLK, dua puluh hari 💄👰 Kaina ada sertifikat BNSP. Nyaman ai kawa baduit matan marias.",
N=[("bjm","Sanggar rias di Kelayan buka kelas rias wisuda, 10 peserta, bayar Rp500 ribu.","private class, own figures"),
   ("bjm","BLK Banjarmasin buka pelatihan las listrik 16 peserta bulan depan.","same venue, other course"),
   ("bjm","Lomba rias pengantin Banjar HUT Dharma Wanita minggu lalu.","same topic, different event")],
B="")

ann(id="a29", src="pemkab-tapin", reg="tpn", date="2026-11-12 15:20", title="25 Warga Tapin Ikuti Pelatihan Rias Pengantin di Rantau",
text="RANTAU – Sebanyak 25 warga Tapin mengikuti pelatihan rias pengantin yang digelar Disnakertrans Tapin di aula Kantor Disnakertrans, Kamis (12/11/2026). Pelatihan berlangsung 15 hari.\n\nKepala Disnakertrans Tapin, Nor Hasanah Baihaqi, menyebut 18 peserta berasal dari keluarga penerima PKH. “Kami ingin ibu-ibu punya keterampilan yang langsung menghasilkan,” ujarnya.\n\nPeserta juga menerima satu set alat rias. (kominfo-tapin/nh)",
S="Tapin: 25 warga ikut pelatihan rias pengantin 15 hari di Disnakertrans, dapat alat rias.",
L="",
P="Di Rantau ada pelatihan marias pangantin dua puluh lima ikung, kabanyakan ibu-ibu PKH. Lima balas hari, dibari alat rias jua 💄 #Tapin",
N=[("tpn","Kelompok rias Margasari Ilir buka jasa rias pengantin murah, Rp1,5 juta sepaket.","village's own business"),
   ("tpn","Pelatihan rias pengantin Tapin 2025 diikuti 20 peserta.","last year's edition"),
   ("tpn","Aula Disnakertrans Tapin dipakai sosialisasi UMK 2027.","same venue, unrelated")],
B="")

ann(id="a30", src="pemkab-balangan", reg="blg", date="2026-11-19 09:10", title="30 Perempuan Balangan Dilatih Rias dan Tata Sanggul",
text="PARINGIN – Dinas Koperasi, UKM dan Tenaga Kerja Balangan melatih 30 perempuan rias wajah dan tata sanggul di Gedung Balai Benih Paringin, Kamis (19/11/2026). Pelatihan berlangsung 10 hari.\n\nKepala DiskopUKMnaker Balangan, Akhmad Rifani Zaini, mengatakan peserta berasal dari Kecamatan Paringin, Juai dan Halong. “Setelah pelatihan kami bantu pemasaran jasa lewat grup UMKM,” katanya.\n\nPelatihan serupa untuk Kecamatan Awayan dijadwalkan Februari 2027. (mc-balangan/ar)",
S="Balangan latih 30 perempuan Paringin, Juai, Halong rias wajah & tata sanggul, 10 hari.",
L="",
P="Tiga puluh bini-bini matan Paringin, Juai, wan Halong baajar marias wan manyanggul, sapuluh hari. Kaina dibantu mamasarakan jasa jua 💇‍♀️ #Balangan",
N=[("blg","Awayan dapat giliran pelatihan rias Februari 2027.","next stage, own date"),
   ("blg","Salon di Juai buka promo sanggul wisuda.","private business, same topic"),
   ("blg","Gedung Balai Benih Paringin dipakai bazar UMKM akhir pekan.","same venue, unrelated")],
B="")

ann(id="a31", src="kesbangpol-kalsel", reg="prov", date="2026-11-05 14:40", title="Rapat Timpora Kalsel Catat 1.142 WNA Tinggal di Banua",
text="BANJARMASIN – Tim Pengawasan Orang Asing (Timpora) Provinsi Kalsel menggelar rapat koordinasi di Banjarmasin, Kamis (5/11/2026). Rapat mencatat 1.142 warga negara asing tinggal di Kalsel, sebagian besar pekerja tambang dan perkebunan.\n\nKepala Badan Kesbangpol Kalsel, Arif Budiman Saputra, meminta desa melaporkan orang asing yang menginap lebih dari 24 jam. “Lapor ke RT dan kepala desa, itu sudah membantu,” ujarnya.\n\nTimpora akan menggelar operasi gabungan di kabupaten pada akhir November. (kesbangpol/ab)",
S="Timpora Kalsel: 1.142 WNA tinggal di Kalsel; warga diminta lapor orang asing menginap >24 jam.",
L="Rapat Tim Pengawasan Orang Asing (Timpora) Kalsel mencatat 1.142 WNA tinggal di Kalsel, kebanyakan pekerja tambang dan perkebunan. Kesbangpol minta warga melapor ke RT/kades kalau ada orang asing menginap lebih dari 24 jam. Operasi gabungan ke kabupaten akhir November.",
P="Ujar Kesbangpol, di Kalsel ada saribu saratus ampat puluh dua urang asing. Amun ada bule atawa urang luar nagri baguring di kampung labih sahari, lapor ka RT wan pambakal lah 🙏",
N=[("prov","Imigrasi Banjarmasin deportasi 3 WNA pelanggar izin tinggal bulan lalu.","other agency, other event"),
   ("bjm","Turis asing naik klotok ke Pasar Terapung, ramai difoto warga.","foreigners, unrelated"),
   ("prov","Kepala Kesbangpol Kalsel hadiri dialog kebangsaan pemuda di ULM.","same official, unrelated")],
B="")

ann(id="a32", src="pemkab-tanbu", reg="tbu", date="2026-11-24 16:00", title="Operasi Timpora di Satui Periksa 12 WNA, Dua Dokumen Kedaluwarsa",
text="BATULICIN – Tim Pengawasan Orang Asing Kabupaten Tanah Bumbu memeriksa dokumen 12 warga negara asing di dua perusahaan tambang di Kecamatan Satui, Selasa (24/11/2026).\n\nKepala Kesbangpol Tanbu, Iwan Kurniawan Rasyid, mengatakan dua WNA ditemukan dengan izin tinggal kedaluwarsa dan diserahkan ke Kantor Imigrasi Batulicin. “Operasi ini rutin, bukan karena ada kejadian,” katanya.\n\nOperasi berikutnya menyasar Kecamatan Kusan Hulu pada Desember. (kominfo-tanbu/ik)",
S="Timpora Tanbu periksa 12 WNA di Satui; 2 izin tinggal kedaluwarsa diserahkan ke Imigrasi.",
L="",
P="Tim pengawasan urang asing Tanbu mamariksa dua balas WNA di tambang Satui. Dua urang izin tinggalnya habis, diserahakan ka Imigrasi Batulicin. Ujarnya rutin haja, kada ada kajadian apa-apa.",
N=[("tbu","Sungai Danau: warga lapor ada dua orang asing survei kebun, ternyata peneliti universitas.","village's own report, unrelated"),
   ("tbu","Operasi Timpora Kusan Hulu Desember nanti, katanya 6 WNA.","next stage, own figures"),
   ("tbu","Kesbangpol Tanbu gelar FKUB rapat kerukunan di Batulicin.","same office, unrelated")],
B="Rombongan petugas imigrasi dan kesbangpol terlihat di area tambang Satui siang ini.")

ann(id="a33", src="pemkab-tabalong", reg="tbl", date="2026-11-25 10:30", title="Timpora Tabalong Data 8 WNA di Murung Pudak",
text="TANJUNG – Tim Pengawasan Orang Asing Kabupaten Tabalong mendata delapan WNA yang bekerja di Kecamatan Murung Pudak, Rabu (25/11/2026). Seluruh dokumen dinyatakan lengkap.\n\nKabid Politik Kesbangpol Tabalong, Herliansyah Noor, meminta pemilik indekos melapor bila menerima tamu asing. “Aplikasi pelaporan orang asing sudah bisa diisi dari ponsel,” katanya.\n\nTimpora juga menyosialisasikan aturan ini kepada 14 kepala desa dan lurah. (diskominfo-tabalong/hn)",
S="Timpora Tabalong data 8 WNA di Murung Pudak, dokumen lengkap; kos wajib lapor tamu asing.",
L="",
P="Di Murung Pudak ada dalapan urang asing badiam bagawi, dokumennya lengkap ujar Timpora. Nang baisi kos, amun ada tamu asing, lapor lewat aplikasi di HP lah.",
N=[("tbl","Pemilik kos Mabuun: penghuni asing sudah kami laporkan ke RT sejak bulan lalu.","village's own, no operation"),
   ("tbl","Timpora Tabalong 2025 mendata 11 WNA.","last year's edition"),
   ("tbl","Sosialisasi bahaya narkoba untuk 14 kades di Murung Pudak.","same audience, other topic")],
B="")

ann(id="a34", src="pemkot-banjarbaru", reg="bjb", date="2026-11-06 11:20", title="SKCK Keliling Layani Warga di Kantor Kelurahan Banjarbaru",
text="BANJARBARU – Pemkot Banjarbaru bersama Polres Banjarbaru membuka layanan SKCK keliling di kantor kelurahan mulai Jumat (6/11/2026). Layanan dijadwalkan di 10 kelurahan hingga 4 Desember.\n\nKepala Bagian Pemerintahan Setda Banjarbaru, Noorhalimah Yasin, mengatakan pencari kerja tak perlu lagi antre di polres. “Bawa KTP, KK, akta lahir dan pasfoto latar merah,” ujarnya.\n\nJadwal tiap kelurahan diumumkan lewat akun resmi kelurahan. (humas-bjb/ny)",
S="SKCK keliling di 10 kelurahan Banjarbaru, 6 Nov–4 Des. Bawa KTP, KK, akta, foto latar merah.",
L="Buat yang butuh SKCK: Pemkot Banjarbaru dan Polres Banjarbaru membuka SKCK keliling di kantor kelurahan, 10 kelurahan bergiliran sampai 4 Desember. Syaratnya KTP, KK, akta lahir dan pasfoto latar merah.",
P="Gaes yg lagi nyari kerja, SKCK sekarang bisa di kantor kelurahan, ga perlu antre di polres 🙌 Sampai 4 Des, 10 kelurahan gantian. Jangan lupa foto latar merah ya",
N=[("bjb","SIM keliling di Lapangan Murjani hari Sabtu, 08.00–12.00.","similar mobile police service, different document"),
   ("bjb","SKCK keliling Banjarbaru tahun lalu cuma di 5 kelurahan.","last year's edition"),
   ("bjb","Kantor Kelurahan Sungai Tiung buka layanan adminduk tiap Rabu.","same venue, other service")],
B="Ada info SKCK bisa dibuat di kelurahan? Katanya mulai minggu ini.")

ann(id="a35", src="pemkab-hss", reg="hss", date="2026-11-13 09:30", title="Layanan SKCK Kini Tersedia di Mal Pelayanan Publik Kandangan",
text="KANDANGAN – Pemkab Hulu Sungai Selatan bersama Polres HSS membuka gerai SKCK di Mal Pelayanan Publik (MPP) Kandangan, Jumat (13/11/2026). Gerai buka Senin–Jumat pukul 08.00–14.00 Wita.\n\nKepala DPMPTSP HSS, Rahmadi Syukri Ansyah, mengatakan MPP kini memiliki 27 gerai layanan. “Warga Loksado atau Daha tidak perlu bolak-balik ke dua kantor,” katanya.\n\nDalam dua hari pertama, gerai SKCK melayani 146 pemohon. (kominfo-hss/rs)",
S="Gerai SKCK dibuka di MPP Kandangan, Senin–Jumat 08.00–14.00; sudah 146 pemohon.",
L="Sekarang SKCK bisa diurus di Mal Pelayanan Publik Kandangan. Gerai Polres HSS buka Senin sampai Jumat jam 8–14 Wita, dan dalam dua hari pertama sudah melayani 146 pemohon. MPP Kandangan jadi punya 27 gerai.",
P="Urang HSS, SKCK wayahini kawa diulah di MPP Kandangan, kada usah ka polres lagi. Senin sampai Jumahat, jam dalapan sampai jam dua 👍",
N=[("hss","MPP Kandangan buka gerai BPJS Kesehatan baru mulai Desember.","same venue, another service"),
   ("hss","Antrean SKCK di Polres HSS panjang menjelang tes PPPK 2025.","last year's situation"),
   ("tpn","MPP Tapin juga punya gerai SKCK sejak tahun lalu.","another kabupaten's own")],
B="")

ann(id="a36", src="pemkab-kotabaru", reg="ktb", date="2026-11-22 13:35", title="SKCK Keliling Sambangi Tiga Desa di Pulau Laut Utara",
text="KOTABARU – Pemkab Kotabaru bersama Polres Kotabaru menggelar SKCK keliling di tiga desa Kecamatan Pulau Laut Utara, Minggu (22/11/2026). Layanan menyasar pencari kerja di perusahaan sawit dan pelabuhan.\n\nAsisten I Setda Kotabaru, Muhammad Arsyad Bahri, mengatakan 212 warga terlayani dalam satu hari. “Biaya tetap Rp30 ribu sesuai PNBP, tidak ada pungutan lain,” ujarnya.\n\nLayanan serupa dijadwalkan di Pulau Laut Timur pada Desember. (mc-kotabaru/ma)",
S="SKCK keliling 3 desa Pulau Laut Utara, 212 warga dilayani; biaya Rp30 ribu saja.",
L="",
P="SKCK kaliling ka tiga desa di Pulau Laut Utara, dua ratus dua balas urang dilayani sahari. Biayanya talu puluh ribu haja, amun ada nang minta labih lapor!",
N=[("ktb","Pulau Laut Timur dapat giliran SKCK keliling bulan Desember.","next stage, own date"),
   ("ktb","Pelabuhan Stagen buka lowongan buruh bongkar muat 40 orang.","same audience, unrelated"),
   ("ktb","Asisten I Setda Kotabaru pimpin rapat persiapan HUT Kotabaru.","same official, unrelated")],
B="")
