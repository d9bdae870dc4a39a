"""Hand-written KIM texts per release of heldout46.

For each release: S a short own-words summary; L (some) a longer own-words summary; P a Banjar
paraphrase; N three look-alikes (text, how it differs, hours after the release it imitates);
B (some) a post published before the release (text, how it differs, hours before).
"""

T = {}

T["a01"] = dict(
 S="Dewan Pengupahan Provinsi survei harga 64 jenis kebutuhan hidup di Pasar Lama, Pasar Bauntung, Pasar Martapura dan Pasar Pelaihari hari Selasa 3 November. Hasilnya dibahas pleno 10 November.",
 L="Hari Selasa (3/11) anggota Dewan Pengupahan Provinsi Kalsel, 18 orang dari pemerintah, pengusaha dan serikat pekerja, turun ke Pasar Lama, Pasar Bauntung, Pasar Martapura dan Pasar Pelaihari. Mereka mencatat harga 64 barang dan jasa, dari beras dan ikan gabus sampai sewa kamar. Kata Ir. Hasbullah Rasyidi, data ini untuk kajian, bukan penetapan upah. Pleno dewan tanggal 10 November.",
 P="Tadi di Pasar Martapura ada bubuhan Dewan Pengupahan provinsi bajalan batakun rega ka padagang 🛒 Jarnya ada 64 macam barang nang dicatat, baras, iwak haruan, minyak, sampai sewa kamar. Ampat pasar sakaligus: Pasar Lama, Bauntung, Martapura wan Pelaihari. Kada manetapkan upah pang, gasan bahan kajian haja, pleno tanggal 10 kaina. #KIM #upah",
 N=[("Pasar Martapura pagi ini ramai petugas Disperindag mencatat harga cabai dan bawang untuk laporan inflasi mingguan. Harga cabai rawit tembus Rp70 ribu sekilo.", "Disperindag price monitoring for inflation at the same market, not the wage council's living-cost survey", 30),
    ("Kilas balik: November 2025 Dewan Pengupahan Provinsi juga survei di tiga pasar, waktu itu Pasar Lama, Pasar Bauntung dan Pasar Kandangan, dengan 60 komoditas. Tahun ini nambah satu pasar katanya.", "last year's survey (2025: three markets, 60 items) recalled", 52),
    ("Hasil pleno Dewan Pengupahan Provinsi hari ini: anggota sepakat memakai data BPS ditambah catatan survei pasar untuk rekomendasi kepada Gubernur. Serikat pekerja minta angka sewa kamar dihitung ulang. #upahminimum", "the plenary of 10 Nov (next step) told as its own news, not the market survey", 170)],
 B=("Info: besok pagi rombongan Dewan Pengupahan katanya datang ke Pasar Pelaihari mau tanya-tanya harga ke pedagang. Pedagang jangan kaget ya, bukan razia 😄", "announces the next morning's market visit before it happened; no figures", 20),
)

T["a02"] = dict(
 S="Depekab Tanah Bumbu survei 48 komoditas di Pasar Induk Batulicin dan Pasar Satui (Kamis 5/11). Sewa kamar di Satui naik paling tinggi.",
 P="Bubuhan Dewan Pengupahan Tanbu tadi turun ka Pasar Induk Batulicin wan Pasar Satui, 12 urang, mancatat 48 macam rega. Nang paling naik jar sewa kamar di Satui, mahal banar wayah ini gasan pambagawi tambang 😅 Datanya kaina diulah lawan BPS dahulu.",
 N=[("Harga sewa kamar kos di sekitar Simpang Empat naik lagi, rata-rata Rp900 ribu sebulan. Pemilik kos beralasan listrik naik. Pekerja tambang yang baru datang banyak yang patungan sekamar berdua.", "a complaint about rents around Simpang Empat, no survey", 60),
    ("Depekab Kotabaru juga survei harga kebutuhan hidup di Pasar Kemakmuran Kotabaru hari Senin, 44 komoditas dicatat. Ikan layang dan sayur jadi sorotan.", "another kabupaten's wage council (Kotabaru, 44 items, Monday)", 95),
    ("Rapat Depekab Tanah Bumbu akhir November ini resmi ditunda ke Desember, menunggu data BPS. Belum ada angka apa pun yang disepakati.", "the later meeting postponed, a different step", 400)],
)

T["a03"] = dict(
 S="Balangan: Dewan Pengupahan Kabupaten survei harga 52 kebutuhan di Pasar Paringin, 30 pedagang ditanya, beras Rp15.800/kg. Berikutnya Pasar Halong Desember.",
 L="Senin 9 November, serikat pekerja dan Apindo ikut Disnaker Balangan survei harga di Pasar Paringin. Ini survei pertama Dewan Pengupahan Kabupaten Balangan sejak dibentuk ulang. Sembilan anggota bertanya ke 30 pedagang soal 52 kebutuhan; beras rata-rata Rp15.800 sekilo. Survei berikutnya di Pasar Halong pada Desember.",
 P="Pasar Paringin tadi kadatangan bubuhan dewan pengupahan, ada urang serikat pekerja wan Apindo jua. Sambilan urang batakun ka 30 padagang, 52 macam barang. Baras rata-rata limawalas ribu walungratus. Bulan Disember kaina giliran Pasar Halong jar. 👍",
 N=[("Survei harga Dewan Pengupahan Balangan di Pasar Halong digelar lebih awal dari rencana, {D:1/12}. 25 pedagang didatangi, beras unus Rp16.200 sekilo. Ini survei kedua setelah Pasar Paringin.", "the later Halong survey told as its own news with its own figures", 530),
    ("Harga beras di Pasar Paringin minggu ini rata-rata Rp15.800 per kilo, turun sedikit dari minggu lalu kata pedagang. Ikan haruan masih mahal.", "same market and same rice price as a weekly price note, no wage council", 70),
    ("Kadisnaker Balangan Hj. Nurul Aini Fitriah hari ini juga meninjau pendaftaran pencari kerja kartu kuning di kantor dinas. Antrean cukup panjang sejak pagi.", "same official, same day, another service (AK1 registration)", 4)],
 B=("Tolong disampaikan ke pedagang Pasar Paringin, Senin pagi ada tim dari Disnaker dan serikat pekerja keliling mendata harga. Mohon dibantu jawab apa adanya.", "invitation before the survey day, no results", 40),
)

T["a04"] = dict(
 S="Disnakertrans Kalsel bimtek struktur dan skala upah untuk 150 perusahaan (Selasa 10/11). Baru 38% perusahaan menengah yang menyerahkan; batas 15 Desember.",
 L="Disnakertrans Kalsel mengumpulkan 150 perusahaan dari perkebunan, hotel, ritel dan jasa tambang di Aula Bakti Karya untuk bimtek struktur dan skala upah, Selasa (10/11). Menurut Kabid Hubungan Industrial Ahmad Fauzan Noor, baru 38 persen perusahaan menengah yang menyerahkan dokumen itu. Batas penyerahan 15 Desember 2026.",
 P="Dangsanak nang bagawi di kantor personalia, Disnakertrans provinsi tadi maajari 150 perusahaan maulah struktur wan skala upah. Supaya pambagawi nang lawas kada digaji sama lawan nang hanyar masuk 👍 Hanyar 38 persen jar nang sudah manyarahkan. Batasnya 15 Disember, jangan talambat lah.",
 N=[("Disnakertrans Kalsel hari ini juga menggelar sosialisasi keselamatan kerja untuk pengelola gudang di Aula Bakti Karya. Sekitar 60 peserta hadir.", "same office, same hall, same day, another topic (warehouse safety)", 3),
    ("Pengalaman kami di toko: sudah 6 tahun kerja gajinya sama saja dengan anak baru. Katanya nanti ada skala upah, tapi sampai sekarang belum ada kabar dari bos.", "a worker's complaint, no bimtek", 120),
    ("Tahun lalu Disnakertrans juga mengadakan bimtek struktur dan skala upah untuk 90 perusahaan, waktu itu di Banjarmasin. Semoga tahun ini lebih banyak yang patuh.", "last year's edition (90 firms, Banjarmasin)", 30)],
)

T["a05"] = dict(
 S="Disnaker Banjarmasin periksa dokumen skala upah 64 perusahaan: 41 lengkap, 23 belum (kebanyakan toko grosir dan rumah makan), diberi 14 hari kerja.",
 P="Disnaker Banjarmasin mamariksa dokumen skala upah 64 perusahaan. 41 sudah lengkap, 23 balum, kabanyakan toko grosir wan warung makan di Sudimampir wan A. Yani. Dibari waktu 14 hari gawi. Amun kada jua, pengawas provinsi nang turun. Tiap Arba ada meja konsultasi di kantor Disnaker.",
 N=[("Disnaker Banjarmasin memeriksa kelengkapan APAR di 64 toko di kawasan Pasar Sudimampir bersama Damkar. Sebagian tabung sudah kedaluwarsa.", "same office, same count 64, another inspection (fire extinguishers)", 50),
    ("Disnaker Banjarbaru juga mulai memeriksa dokumen skala upah, tahap awal 25 perusahaan di Landasan Ulin dan Liang Anggang.", "another city (Banjarbaru, 25 firms)", 140),
    ("Dengar-dengar toko grosir di Sudimampir bakal disegel kalau tidak punya skala upah. Setelah kami tanya ke Disnaker, itu tidak benar, yang ada cuma pembinaan.", "a denied rumour about sealing shops", 75)],
 B=("Pagi ini ada petugas Disnaker datang ke toko-toko di A. Yani minta berkas gaji karyawan. Ada yang tahu untuk apa?", "a question during the inspection period, before the results were published; no figures", 30),
)

T["a06"] = dict(
 S="Klinik skala upah Disnakertrans Tabalong di Gedung Informasi Tanjung (Senin 16/11) untuk 35 subkontraktor tambang; 22 selesai draf hari itu, 13 didampingi lagi awal Desember.",
 P="Di Gedung Informasi Tanjung tadi ada klinik skala upah gasan 35 subkontraktor tambang. Dibantui satu-satu, 22 parusahaan langsung tuntung drafnya. Sisa 13 kaina awal Disember dibantui pulang. Mantap Disnakertrans Tabalong, kada langsung surat teguran 👏",
 N=[("Gedung Informasi Tanjung hari ini dipakai untuk lomba pidato pelajar SMP se-Tabalong. 35 peserta tampil.", "same venue, another event, same number 35", 5),
    ("Lanjutan klinik skala upah di Tanjung: 13 perusahaan yang kemarin belum selesai akhirnya menyerahkan draf hari Kamis. Sekarang semua 35 subkontraktor sudah punya.", "the December follow-up told as its own news", 420),
    ("Subkontraktor tambang di Tanta mengeluh pembayaran termin dari kontraktor utama terlambat dua bulan, gaji pekerja jadi tersendat.", "a late-payment complaint by subcontractors", 90)],
)

T["a07"] = dict(
 S="Edaran Gubernur: THR Natal 2026 wajib dibayar penuh paling lambat 18 Desember, tidak boleh dicicil. Posko pengaduan Disnakertrans 1–31 Desember.",
 L="Gubernur Kalsel mengeluarkan surat edaran THR Natal 2026 (24/11). THR dibayar penuh, paling lambat 18 Desember, untuk pekerja Kristen dan Katolik dengan masa kerja minimal sebulan, dan tidak boleh dicicil. Disnakertrans membuka posko pengaduan 1–31 Desember di kantornya di Banjarbaru.",
 P="Dangsanak nang Nasrani, ada edaran Gubernur: THR Natal wajib dibayar panuh, paling lambat 18 Disember, kada kawa dicicil. Nang hanyar bagawi sabulan gin dapat jua. Amun kada dibayar, ada posko pengaduan di Disnakertrans 1 sampai 31 Disember. 🎄",
 N=[("Pemkab Tabalong mengumumkan jadwal cuti bersama Natal untuk ASN, 24 dan 26 Desember. Layanan publik tetap buka dengan piket.", "Christmas leave for civil servants, not THR", 40),
    ("Ada yang bilang THR Natal tahun ini boleh dicicil dua kali karena ekonomi lesu. Hoaks ya, sudah dibantah Disnakertrans. Belum ada aturan begitu.", "a hoax about instalments being allowed", 60),
    ("Posko pengaduan THR Natal di Disnakertrans Kalsel hari pertama sepi. Sampai siang baru ada dua pekerja yang bertanya, belum ada pengaduan resmi.", "the posko's first day (1 Dec) as its own news", 165)],
)

T["a08"] = dict(
 S="Disnaker Kotabaru kumpulkan 28 perusahaan sawit di Kelumpang Hulu (Kamis 26/11) soal THR Natal untuk sekitar 1.100 pekerja Nasrani; lapor realisasi paling lambat 21 Desember.",
 P="Bubuhan parusahaan sawit di Kelumpang Hulu dikumpulakan Disnaker Kotabaru, 28 parusahaan. Pambagawi kebun nang Nasrani sakitar saribu saratus urang, banyak nang handak bulik kampung ka NTT wan Sulawesi, jadi THR-nya dipinta lakas cair. Harian lepas nang sudah 12 bulan gin dapat jua jar.",
 N=[("Pekerja kebun sawit di Kelumpang Hulu asal NTT mulai memesan tiket kapal untuk pulang Natal. Agen tiket di Stagen kewalahan.", "ship tickets for Christmas, no THR meeting", 80),
    ("Aula Kecamatan Kelumpang Hulu hari ini dipakai untuk musrenbang desa, 16 desa hadir membahas usulan jalan kebun.", "same hall, same day, another meeting", 4),
    ("Tanah Bumbu juga mengingatkan 19 perusahaan tambang dan sawit soal THR Natal, lewat surat, bukan pertemuan.", "another kabupaten (Tanbu, 19 firms, by letter)", 70)],
 B=("Besok Kamis perwakilan kebun-kebun di Kelumpang Hulu katanya dipanggil ke aula kecamatan sama Disnaker. Mudah-mudahan soal THR Natal.", "hope before the meeting, no facts", 22),
)

T["a09"] = dict(
 S="Posko THR Natal Disnaker Banjarbaru di MPP Banjarbaru, buka 7–24 Desember; bawa slip gaji dan KTP, laporan diteruskan ke perusahaan dalam 3 hari.",
 P="Pambagawi toko wan rumah sakit swasta di Banjarbaru, amun THR Natal balum dibayar atawa kurang, kawa malapor ka posko di MPP Banjarbaru, 7 sampai 24 Disember. Bawa slip gaji wan KTP. Ada mediator wan pengawas nang bajaga 👍",
 N=[("MPP Banjarbaru mulai Desember membuka layanan malam untuk perpanjangan SIM dan paspor sampai pukul 19.00.", "same venue, another service", 48),
    ("Posko THR Keagamaan Idulfitri di Disnaker Banjarbaru tahun ini menerima 14 pengaduan, semua sudah selesai, kata petugas waktu itu.", "the earlier Idulfitri posko with its own figure", 90),
    ("Banjarmasin belum ada info resmi soal posko THR Natal di tingkat kota. Kalau ada kabar kami update.", "another city, no posko yet", 30)],
)

T["a10"] = dict(
 S="80 operator forklift dan crane dari 11 perusahaan bongkar muat Trisakti ikut uji lisensi K3, 4–6 November. Yang lulus dapat SIO berlaku 5 tahun.",
 P="Di Palabuhan Trisakti ada 80 operator forklift wan crane nang baujian lisensi K3, talu hari sampai Jumahat. Nang lulus dapat SIO, balaku lima tahun. Supaya kada ada kacilakaan lagi di palabuhan, jar Pak pengawas. Sukses bubuhan operator! 💪",
 N=[("Kecelakaan kerja di gudang Trisakti Senin sore: seorang buruh tertimpa karung pupuk yang jatuh dari palet. Korban dirawat di rumah sakit.", "an accident at the port, not the licence test", 110),
    ("Uji lisensi K3 untuk 30 operator forklift di kawasan pergudangan Liang Anggang Banjarbaru digelar pekan ini oleh PJK3 swasta.", "another location and organiser (30, Liang Anggang)", 150),
    ("Pelabuhan Trisakti pekan ini juga menggelar simulasi tanggap darurat tumpahan minyak bersama KSOP.", "same port, another drill", 30)],
 B=("Crane di dermaga Trisakti pagi ini banyak yang berhenti, katanya operatornya pada ikut ujian dari dinas. Bongkar muat agak lambat.", "eyewitness on the morning the test began, before the release; no figures", 6),
)

T["a11"] = dict(
 S="Hasil uji lisensi K3 Trisakti: 72 dari 80 operator lulus dan terima SIO; 8 uji ulang Januari 2027 gratis.",
 L="Hasil uji lisensi K3 operator forklift dan crane Pelabuhan Trisakti diumumkan Kamis (19/11): 72 dari 80 peserta lulus dan langsung menerima SIO. Delapan yang gagal, kebanyakan di praktik angkat beban dekat batas kapasitas, ikut uji ulang Januari 2027 tanpa biaya. Kadisnakertrans meminta perusahaan tidak lagi memakai operator tanpa lisensi.",
 P="Hasil ujian operator Trisakti sudah kaluar: 72 urang lulus, dapat SIO. Nang 8 urang kada lulus, kabanyakan gagal maangkat baban di dakat batas kapasitas, kaina Januari baujian pulang, kada bayar. Salamat lah bubuhan nang lulus 🎉",
 N=[("72 pekerja bongkar muat Trisakti hari ini menerima paket sembako dari koperasi TKBM menjelang akhir tahun.", "same count 72 at the same port, another event", 20),
    ("25 operator forklift di Pelabuhan Trisakti ikut pelatihan penanganan petikemas barang berbahaya dari perusahaan mereka sendiri, dua hari di gudang terminal.", "a company's own dangerous-goods course at the same port", 60),
    ("Operator crane di Pelabuhan Batulicin juga diminta segera punya SIO, kata KSOP Batulicin dalam rapat pekan ini.", "another port, a demand, no result", 100)],
)

T["a12"] = dict(
 S="Tanbu: 45 operator ekskavator, dump truck dan wheel loader dari 9 kontraktor lokal ikut uji SIO di Simpang Empat (Jumat 13/11), biaya ditanggung pemkab.",
 P="Kontraktor lokal Tanbu, 9 parusahaan, bubuhan operator alat baratnya 45 urang baujian SIO di Simpang Ampat. Ekskavator, dump truck, wheel loader. Biayanya ditanggung pemkab. Jalan desa dibangun pakai alat barat, jadi operatornya harus aman 👍",
 N=[("Sebuah ekskavator proyek jalan desa di Kusan Hulu terguling ke parit Kamis sore. Operatornya selamat.", "an accident, no test", 60),
    ("Pengumuman kelulusan SIO kontraktor lokal Tanbu: 39 dari 45 operator lulus, disampaikan Disnaker di awal Desember.", "the later result (39 of 45) told as its own news", 470),
    ("Dinas PUPR Tanbu di lapangan yang sama hari ini juga menguji kelayakan 20 unit alat berat milik pemkab.", "same field, same day, machine checks not operator licences", 3)],
)

T["a13"] = dict(
 S="Riksa uji 24 boiler di 12 pabrik sawit (Tala, Kotabaru, Tanbu, Tabalong): 21 layak, 3 dilarang beroperasi karena pipa menipis dan katup macet.",
 L="Pengawas spesialis K3 Disnakertrans Kalsel menuntaskan riksa uji 24 boiler di 12 pabrik kelapa sawit di Tanah Laut, Kotabaru, Tanah Bumbu dan Tabalong (6/11). 21 boiler disahkan layak; tiga dilarang beroperasi karena dinding pipa menipis dan katup pengaman macet, dan akan diuji ulang akhir bulan.",
 P="Boiler pabrik sawit 24 buting di 12 PKS sudah dipariksa pengawas provinsi. 21 layak, 3 kada kawa dipakai dahulu karena pipanya tipis wan katup pangamannya macet. Bahaya banar jar amun dipaksakan, pambagawi di ruang rebusan nang kana. Kaina akhir bulan diuji pulang.",
 N=[("Kebakaran kecil di ruang boiler sebuah PKS di Jorong Selasa malam cepat dipadamkan pekerja. Tidak ada korban.", "a small fire at a mill, no inspection", 100),
    ("Uji ulang tiga boiler PKS yang kemarin dilarang: dua sudah layak, satu masih menunggu suku cadang. Info dari pengawas di lapangan.", "the later retest with its own outcome", 430),
    ("Harga TBS sawit di tingkat petani Tanah Laut minggu ini Rp2.650 per kilo, naik Rp50.", "palm-fruit price, unrelated to boilers", 20)],
)

T["a14"] = dict(
 S="Tala: 14 bejana tekan amonia di 9 pabrik es balok (Takisung, Kurau, Pelaihari) diperiksa; 2 tidak layak, diminta ganti komponen.",
 P="Pabrik es balok di Takisung, Kurau wan Pelaihari dipariksa Disnaker, 14 bejana tekan amonia. Dua nang kada layak, alat ukurnya rusak wan pipanya karatan. Amun amonia bocor bisa pingsan urang, jadi kada ulah main-main. Es gasan nelayan aman ai mudahan 🐟",
 N=[("Harga es balok di Takisung naik jadi Rp25 ribu per balok, nelayan mengeluh biaya melaut makin berat.", "ice price complaint", 50),
    ("Gudang pendingin ikan di Kurau diperiksa Dinas Perikanan soal mutu ikan, 6 gudang dicek.", "same village, another office, cold storage quality", 140),
    ("Kebocoran amonia di sebuah pabrik es di Banjarmasin tahun 2024 sempat membuat tiga pekerja dilarikan ke rumah sakit. Semoga tidak terulang.", "a 2024 incident in Banjarmasin recalled", 36)],
)

T["a15"] = dict(
 S="HSS uji penyalur petir 18 bangunan umum di Kandangan dan Angkinang: 5 belum memenuhi syarat, perbaikan sebelum akhir Desember.",
 P="Panangkal patir di 18 bangunan di Kandangan wan Angkinang diuji, sakulahan, pasar, puskesmas, kantor camat. Lima buting balum mamenuhi syarat, kaina dibaiki sabalum akhir Disember. Wayah ini musim hujan, patir rancak banar ⚡",
 N=[("Petir menyambar pohon kelapa di dekat SDN Angkinang Selatan Selasa sore. Tidak ada korban, tapi listrik sekolah padam.", "a lightning strike, no testing", 40),
    ("Masjid di desa kami memasang penangkal petir baru hasil swadaya warga, biayanya Rp7 juta.", "a village mosque's own installation", 120),
    ("Sekda HSS hari ini juga membuka lomba kebersihan kantor kecamatan se-HSS.", "same official, same day, another event", 4)],
)

T["a16"] = dict(
 S="Pemkab Banjar serahkan SK P2K3 untuk 22 perusahaan (penggilingan padi, pabrik es, gudang, galangan kapal) di Martapura, Gambut dan Sungai Tabuk.",
 L="Kamis (12/11) di Pendopo Bupati Banjar, 22 perusahaan di Martapura, Gambut dan Sungai Tabuk menerima SK pengesahan P2K3. Wabup H. Rusli Anshari mengingatkan P2K3 harus rapat rutin dan melapor setiap tiga bulan, bukan cuma papan nama. Disnaker akan mendatangi tiap perusahaan.",
 P="22 parusahaan di Martapura, Gambut wan Sungai Tabuk dapat SK P2K3 matan Pemkab Banjar. Ada panggilingan padi, pabrik es, gudang, galangan kapal. Jar Pak Wabup, P2K3 jangan papan ngaran haja, harus ada rapat wan catatan kacilakaan. Tiga bulan sakali malapor.",
 N=[("Pendopo Bupati Banjar hari ini juga dipakai menyerahkan SK kepada 22 kepala desa terpilih hasil PAW.", "same venue, same count 22, another handover", 6),
    ("Galangan kapal kayu di Sungai Tabuk kebanjiran pesanan jukung jelang akhir tahun, pekerja lembur tiap malam.", "a shipyard's business news", 80),
    ("Rapat P2K3 pertama di penggilingan padi desa kami digelar hari ini, membahas lantai licin dan sabuk mesin tanpa pelindung.", "a firm's own first P2K3 meeting with its own agenda", 220)],
 B=("Besok ada penyerahan SK P2K3 di pendopo, perusahaan-perusahaan diminta hadir jam 9. Info dari grup Disnaker.", "invitation before the handover; no count", 20),
)

T["a17"] = dict(
 S="Disnaker Tapin latih 30 sekretaris P2K3 dari 9 perusahaan tambang dan sawit (Binuang, Hatungun, Tapin Selatan), 20–21 November di Aula Bappeda.",
 P="Sakratariat P2K3 30 urang matan parusahaan tambang wan sawit di Binuang, Hatungun wan Tapin Selatan dilatih Disnaker Tapin dua hari di Aula Bappeda. Belajar mancatat kacilakaan wan maulah laporan triwulan. Januari kaina laporan partama dikirim.",
 N=[("Aula Bappeda Tapin hari ini ramai, ada rapat konsultasi publik rencana tata ruang kabupaten.", "same hall, another meeting", 3),
    ("Kecelakaan di tambang batu Binuang: satu pekerja luka tertimpa batu dari atas tebing. Korban dibawa ke puskesmas.", "an accident, no training", 150),
    ("Banjar juga berencana melatih sekretaris P2K3 dari 22 perusahaan yang baru disahkan, tapi tanggalnya belum ada.", "another kabupaten's plan without date", 60)],
)

T["a18"] = dict(
 S="Mediasi Disnakertrans Kalsel: 140 pekerja PT Sawit Rimba Lestari (Kelumpang Hulu) sepakat pesangon dibayar 60% Desember dan 40% Januari.",
 L="Setelah tiga kali pertemuan yang difasilitasi Disnakertrans Kalsel, 140 pekerja yang di-PHK PT Sawit Rimba Lestari di Kelumpang Hulu, Kotabaru, sepakat dengan perusahaan (5/11). Pesangon dibayar dua tahap: 60 persen Desember 2026, 40 persen Januari 2027. Perjanjian bersama didaftarkan di PHI Banjarmasin.",
 P="Alhamdulillah, 140 pambagawi kebun di Kelumpang Hulu nang di-PHK sudah sapakat lawan parusahaan. Pasangon dibayar dua kali, 60 persen Disember, sisanya Januari. Sudah talu kali bamediasi di Disnakertrans. Mudahan lancar lah bayarnya 🙏",
 N=[("Pekerja sawit di Kelumpang Hulu ada yang bilang perusahaan lain juga akan mem-PHK ratusan orang awal tahun. Belum ada info resmi, jangan panik dulu.", "a rumour about other layoffs", 70),
    ("Pembayaran tahap pertama pesangon pekerja kebun di Kelumpang Hulu sudah cair hari ini, 60 persen. Pekerja antre di kantor kebun.", "the December payment as its own news", 690),
    ("Mediasi 35 pekerja sebuah perusahaan kayu di Kelumpang Hilir gagal, mediator akan mengeluarkan anjuran.", "another company and kecamatan, failed mediation", 130)],
 B=("Hari ini pertemuan ketiga pekerja kebun dan perusahaan di Disnakertrans. Doakan ada jalan keluar ya. (foto di ruang tunggu)", "the day of the meeting before the outcome was released", 5),
)

T["a19"] = dict(
 S="Banjarmasin catat 38 perselisihan hubungan industrial Jan–Okt 2026: 29 selesai lewat perjanjian bersama, 6 anjuran, 3 berjalan; terbanyak PHK sepihak dan lembur.",
 P="Disnaker Banjarmasin mancatat 38 kasus parselisihan pambagawi wan parusahaan Januari sampai Oktober. 29 tuntung lawan perjanjian basama, 6 anjuran, 3 masih bajalan. Nang rancak PHK sapihak wan upah lembur, di toko, hotel, satpam. Disember ada tambahan mediator hanyar.",
 N=[("Balai Kota Banjarmasin hari ini menerima kunjungan studi banding DPRD Palangka Raya soal pengelolaan sungai.", "same venue, same day, another visit", 5),
    ("17 satpam sebuah perumahan di Banjarmasin Utara mengadu belum digaji dua bulan. Mereka berencana melapor ke Disnaker pekan depan.", "a fresh complaint, no statistics", 100),
    ("Tahun 2025 Disnaker Banjarmasin mencatat 44 perselisihan, 31 selesai lewat mediasi. Angka tahun ini belum final.", "last year's figures", 40)],
)

T["a20"] = dict(
 S="Mediasi upah lembur 62 pekerja kontraktor tambang Satui buntu; mediator Disnaker Tanbu keluarkan anjuran bayar kekurangan lembur 8 bulan, jawaban dalam 10 hari kerja.",
 P="Mediasi upah lembur 62 pambagawi kontraktor tambang di Satui kada sapakat. Mediator Disnaker Tanbu maulah anjuran: parusahaan bayar kakurangan lembur 8 bulan. Dibari 10 hari gawi gasan manjawab. Amun ditulak, ka PHI.",
 N=[("62 pekerja tambang di Satui hari ini ikut vaksinasi dan cek kesehatan gratis dari puskesmas.", "same count in Satui, health check", 30),
    ("Perusahaan menolak anjuran mediator soal lembur pekerja tambang Satui, kasus berlanjut ke PHI, kata kuasa hukum pekerja.", "the later refusal and court step as its own news", 240),
    ("Pekerja kontraktor tambang di Sungai Loban demo damai minta kejelasan sistem sif 12 jam.", "another kecamatan, a protest", 80)],
)

T["a21"] = dict(
 S="Komisi IV DPRD Kalsel RDP soal 85 pekerja harian lepas pabrik kayu lapis di Banjarmasin yang 3 tahun tanpa perjanjian tertulis; bipartit 2 pekan, RDP lanjut pertengahan Desember.",
 P="Komisi IV DPRD Kalsel maundang serikat, manajemen wan Disnakertrans soal 85 pambagawi harian lepas di pabrik kayu lapis Banjarmasin. Sudah talu tahun bagawi kada baisi kontrak tatulis. Dipinta barunding bipartit dua minggu, pertengahan Disember dipanggil pulang.",
 N=[("Komisi IV DPRD Kalsel hari ini juga rapat dengan Dinas Pendidikan soal PPDB SMA 2027.", "same commission, same day, another topic", 3),
    ("Pabrik kayu lapis di Banjarmasin menerima pesanan ekspor ke Jepang 40 kontainer, pekerja lembur.", "business news of the industry", 90),
    ("Komisi IV DPRD Kalsel sidak ke pabrik kayu lapis lain di Alalak, Batola, dan menemukan ruang makan pekerja tidak layak.", "another plywood mill, an inspection visit", 170)],
)

T["a22"] = dict(
 S="Disnakertrans Kalsel daftarkan 12 PKB baru (total 47 di 2026) dan bimtek perundingan untuk 40 pengurus serikat; target 60 PKB akhir tahun.",
 P="12 PKB hanyar didaftarakan di Disnakertrans Kalsel, jadi 47 sudah tahun ini. Ada parusahaan kebun, pelayaran, semen, bank daerah. 40 pangurus serikat jua dilatih cara barunding. Targetnya 60 PKB sampai akhir tahun 💪",
 N=[("Serikat pekerja di pabrik semen Tarjun merayakan ulang tahun ke-20 dengan donor darah dan santunan anak yatim.", "a union's anniversary", 70),
    ("47 pekerja kebun di Tanah Laut hari ini menerima kartu BPJS Ketenagakerjaan dari perusahaan.", "same count 47, another thing", 50),
    ("Perundingan PKB di sebuah perusahaan pelayaran di Banjarmasin masih buntu soal tunjangan laut, kata pengurus serikat.", "one firm's stalled negotiation", 120)],
)

T["a23"] = dict(
 S="Disnaker Banjarbaru latih 30 perusahaan bentuk LKS Bipartit di Aula Gawi Sabarataan (Selasa 10/11); baru 18 yang punya, laporan dalam 3 bulan.",
 P="30 parusahaan di Banjarbaru, ritel, hotel, rumah sakit swasta wan bengkel, dilatih Disnaker maulah LKS Bipartit. Hanyar 18 nang baisi, padahal wajib amun pambagawinya 50 urang labih. Urusan sif wan saragam cukup dipandiri di bipartit haja jar Bu Wawali 😊",
 N=[("Aula Gawi Sabarataan hari ini juga jadi lokasi wisuda 300 santri TPA se-Banjarbaru.", "same hall, another event", 6),
    ("LKS Bipartit di sebuah rumah sakit swasta Banjarbaru sudah rapat lima kali tahun ini dan berhasil menyepakati jadwal sif baru.", "one firm's own LKS with its own outcome", 200),
    ("Banjarmasin juga menggelar pelatihan LKS Bipartit untuk 25 perusahaan di hotel kawasan Jalan Lambung Mangkurat.", "another city, 25 firms", 150)],
 B=("Undangan pelatihan LKS Bipartit dari Disnaker Banjarbaru sudah sampai ke kantor kami, besok jam 8 di Balai Kota.", "invitation the day before", 24),
)

T["a24"] = dict(
 S="Bupati HST kukuhkan 15 anggota LKS Tripartit Kabupaten 2026–2029 di Pendopo Murakata; sempat vakum dua tahun, raker pertama Desember.",
 P="LKS Tripartit HST hanyar dikukuhakan Pak Bupati di Pendopo Murakata, 15 urang, pemerintah, pengusaha wan serikat masing-masing lima. Sudah dua tahun vakum. Pambagawi toko, bengkel wan kebun karet perlu wadah jua jar.",
 N=[("Pendopo Murakata hari ini juga jadi tempat pengukuhan pengurus KONI HST masa bakti 2026–2030.", "same venue, another pengukuhan", 5),
    ("LKS Tripartit Provinsi Kalsel menggelar sidang pleno membahas rancangan perda ketenagakerjaan, Kamis ini di Banjarbaru.", "provincial body, another meeting", 140),
    ("Rapat kerja perdana LKS Tripartit HST Desember: disepakati program kunjungan ke kebun karet Batang Alai.", "the December first meeting, own content", 300)],
)

T["a25"] = dict(
 S="LTSA Pekerja Migran Kalsel diresmikan di Gedung Disnakertrans Kalsel (Senin 2/11): 9 layanan satu tempat, buka Senin–Jumat 08.00–15.00 mulai 3 November.",
 L="Layanan Terpadu Satu Atap (LTSA) pekerja migran Kalsel diresmikan Senin (2/11) di Gedung Disnakertrans Kalsel, Banjarbaru, dan mulai melayani Selasa (3/11). Ada sembilan layanan: info lowongan resmi, cek dokumen, paspor, SKCK, kesehatan, jaminan sosial dan lainnya. Buka Senin–Jumat 08.00–15.00 Wita.",
 P="Nang handak bagawi ka luar nagari, wayah ini ada LTSA di Gedung Disnakertrans Banjarbaru. Sambilan layanan di satu tampat: paspor, SKCK, cek kasihatan, dokumen, info lowongan resmi. Kada usah bulik-balik ka banyak kantor lagi. Buka Sanayan sampai Jumahat. Jangan lewat calo lah dangsanak! ✈️",
 N=[("Gedung Disnakertrans Kalsel hari ini juga jadi tempat pelepasan 120 transmigran asal Kalsel ke Sulawesi Tengah.", "same building, transmigration send-off", 5),
    ("Calo tenaga kerja ke Malaysia ditangkap di Batulicin, membawa 9 calon pekerja tanpa dokumen. Kasus ditangani polisi.", "a police case of illegal recruitment", 100),
    ("LTSA di Nunukan melayani ratusan pekerja migran tiap bulan, kata teman yang kerja di sana.", "another province's LTSA", 60)],
 B=("Dengar-dengar Senin ini Gubernur mau meresmikan kantor layanan TKI di Banjarbaru. Betul kah? Ada yang tahu jamnya?", "a rumour before the opening", 30),
)

T["a26"] = dict(
 S="Gerai informasi pekerja migran dibuka di MPP Amuntai, tiap Selasa dan Kamis. 46 warga HSU berangkat kerja ke luar negeri tahun ini.",
 P="Di MPP Amuntai ada gerai informasi pambagawi migran, buka Salasa wan Kamis. Kawa batakun lowongan nang resmi wan cara mambidaakan calo. Tahun ini ampat puluh anam warga HSU bagawi ka Malaysia wan Arab Saudi. Batakun dahulu sabalum tagiur tawaran di medsos 🙏",
 N=[("MPP Amuntai membuka loket baru untuk pengurusan akta kelahiran bayi langsung dari rumah sakit.", "same venue, another loket", 40),
    ("46 warga HSU mengikuti manasik haji 2027 di Masjid Raya Amuntai pekan ini.", "same count, pilgrims not migrant workers", 70),
    ("Tetangga kami di Babirik ditawari kerja di Malaysia lewat Facebook, disuruh bayar Rp8 juta dulu. Hati-hati, itu bukan jalur resmi.", "a scam warning from a village", 110)],
 B=("Katanya di MPP Amuntai mau dibuka meja khusus info kerja ke luar negeri. Ada yang tahu mulai kapan?", "a question before the opening", 26),
)

T["a27"] = dict(
 S="BP3MI: pekan pertama LTSA Kalsel (3–9 Nov) layani 41 calon pekerja migran — 27 ke Malaysia, 9 Taiwan, 5 Hong Kong; terbanyak verifikasi dokumen dan cek kesehatan.",
 P="Saminggu partama LTSA Kalsel buka, sudah 41 urang calon pambagawi migran nang dilayani. 27 ka Malaysia, 9 ka Taiwan, 5 ka Hong Kong. Nang paling banyak dipakai verifikasi dokumen wan cek kasihatan. Tanda urang banua handak lewat jalur resmi 👍",
 N=[("41 calon jemaah umrah dari Banjarbaru berangkat hari ini lewat Bandara Syamsudin Noor.", "same count, pilgrims", 20),
    ("BP3MI Kalsel hari ini juga menerima kepulangan jenazah seorang pekerja migran asal Tanah Bumbu dari Malaysia.", "same office, another case", 50),
    ("Data BP3MI sebulan LTSA: 95 orang dilayani, Taiwan naik jadi 20. (dibagikan petugas di grup)", "the later month figure", 480)],
)

T["a28"] = dict(
 S="BP3MI latih 50 purna pekerja migran dan keluarga (9 kab/kota) 3 hari di Banjarbaru: hitung modal, kemasan, jualan daring; terbaik ikut pameran Desember.",
 P="Talu hari di Banjarbaru, 50 urang bekas pambagawi migran wan kaluarganya balajar bausaha: maitung modal, mambungkus produk, bajualan online. Ada nang sudah bausaha wadai, laundry, bahingu itik. Duit matan luar nagari jangan habis gasan balanja haja jar Pak Kepala BP3MI 😊",
 N=[("50 pelaku UMKM Banjarbaru ikut pelatihan foto produk dengan ponsel di Rumah Kreatif, bukan khusus purna PMI.", "same count, general UMKM training", 30),
    ("Ibu di desa kami, dulu kerja di Arab Saudi delapan tahun, sekarang buka warung kue dan laris. Ceritanya inspiratif.", "one returnee's own story", 90),
    ("Pameran produk purna pekerja migran di Banjarbaru Desember diikuti 12 stan, omzet dua hari Rp18 juta.", "the December exhibition with its own figures", 460)],
)

T["a29"] = dict(
 S="20 purna pekerja migran HSS (Kandangan, Angkinang, Daha Utara, Simpur) dapat bantuan modal Rp5 juta berupa peralatan usaha; dipantau 6 bulan.",
 P="Duapuluh urang bekas pambagawi migran di HSS dapat bantuan modal lima juta saurang, barupa etalase, mesin jahit, freezer, alat warung. Ada matan Kandangan, Angkinang, Daha Utara wan Simpur. Dahulu bagawi jauh, wayah ini bausaha di kampung surang 👏",
 N=[("20 pedagang kaki lima di Kandangan menerima gerobak dari Baznas HSS hari ini.", "same count and town, another programme", 10),
    ("Pendopo Bupati HSS hari ini juga dipakai rapat persiapan Haul Datu Daha.", "same venue, another meeting", 5),
    ("Apakah purna PMI yang di Loksado bisa dapat bantuan juga? Kami belum dapat info pendaftarannya.", "a question about eligibility elsewhere", 70)],
 B=("Para purna PMI yang lolos bantuan HSS diminta hadir Kamis di pendopo, bawa KTP. Yang belum dipanggil sabar dulu ya.", "invitation before the handover", 40),
)

T["a30"] = dict(
 S="Kelompok Bungas Bakti (12 perempuan purna pekerja migran, Anjir Muara) terima 8 mesin jahit dan 1 mesin obras dari Pemkab Batola.",
 P="Kalompok Bungas Bakti di Anjir Muara, 12 urang bibinian bekas bagawi di Malaysia wan Arab, dapat 8 mesin jahit wan 1 mesin obras. Salama ini manjahit saragam wan mukena pakai mesin pinjaman. Mudahan banyak pasanan saragam sakulah 🧵",
 N=[("Kelompok tani perempuan di Anjir Muara menerima bantuan hand sprayer dari Distan Batola.", "same village, another group and aid", 30),
    ("Penjahit di Marabahan kebanjiran pesanan seragam sekolah untuk semester genap.", "a tailor's business, no migrant group", 60),
    ("Kelompok usaha purna PMI di Tamban sudah tiga tahun membuat amplang dan kini pasarkan ke Banjarmasin.", "another returnee group in another kecamatan", 120)],
)

T["a31"] = dict(
 S="Disnakertrans Kalsel lepas 200 peserta pemagangan (18–25 tahun, kebanyakan lulusan SMK) ke 14 perusahaan selama 6 bulan, dengan uang saku dan jaminan kecelakaan kerja.",
 L="Senin (16/11) Disnakertrans Kalsel melepas 200 peserta pemagangan dalam negeri ke 14 perusahaan: perkebunan, hotel, ritel modern, galangan kapal dan bengkel alat berat. Enam bulan, dapat uang saku, jaminan kecelakaan kerja dan sertifikat. Kadisnakertrans menegaskan magang bukan kerja murah; evaluasi setelah tiga bulan.",
 P="Duaratus urang anum, kabanyakan tamatan SMK, dilapas Disnakertrans magang ka 14 parusahaan, anam bulan. Dapat duit saku, jaminan kacilakaan, sertifikat. Jar Pak Kadis, magang ini lain gawi murahan, ada pambimbing wan kurikulumnya. Salamat bagawi dangsanak! 💼",
 N=[("200 siswa SMK di Banjarbaru mulai praktik kerja lapangan (PKL) tiga bulan di bengkel dan toko, diatur sekolah masing-masing.", "school PKL of 200 students, not the Disnakertrans programme", 50),
    ("Lowongan kerja: sebuah galangan kapal di Batulicin membutuhkan 15 tukang las berpengalaman.", "a job ad", 80),
    ("Tahun 2025 program pemagangan Disnakertrans diikuti 150 orang, 94 di antaranya diangkat jadi karyawan.", "last year's round", 30)],
 B=("Halaman kantor Disnakertrans pagi ini penuh anak muda berseragam putih hitam, katanya mau ada pelepasan magang.", "eyewitness before the release", 2),
)

T["a32"] = dict(
 S="45 lulusan SMK Tabalong (SMKN 1 & 2 Tanjung, SMK swasta Kelua) mulai magang 1 tahun di PT Bara Tanjung Mandiri, Murung Pudak.",
 P="45 urang tamatan SMK Tabalong mulai magang satahun di PT Bara Tanjung Mandiri di Murung Pudak. Ditampatakan di parawatan alat barat, listrik wan gudang. Jar Pak Bupati, kakanakan Tabalong harus jadi tuan rumah di banua surang 💪",
 N=[("45 guru SMK se-Tabalong ikut pelatihan kurikulum industri di Tanjung pekan ini.", "same count, teacher training", 40),
    ("PT Bara Tanjung Mandiri menyalurkan bantuan beasiswa untuk 60 siswa SMP di Murung Pudak.", "same company, scholarships", 150),
    ("Alumni SMKN 1 Tanjung angkatan 2025 cerita: belum ada yang dipanggil magang, masih menunggu.", "a graduates' complaint", 100)],
 B=("Besok anak-anak SMK yang lolos magang tambang diminta datang ke kantor perusahaan di Murung Pudak untuk tanda tangan perjanjian.", "invitation before the signing", 18),
)

T["a33"] = dict(
 S="Banjarmasin: 11 hotel dan ritel teken perjanjian magang untuk 60 pemuda (pramusaji, resepsionis, kasir, gudang), 4 bulan mulai 1 Desember.",
 P="Sabalas hotel wan toko ritel taken perjanjian magang gasan 60 urang anum Banjarmasin. Ampat bulan, mulai 1 Disember. Ada nang jadi pramusaji, resepsionis, kasir, gudang. Banyak nang gagal malamar karena balum baisi pangalaman, nah ini kasampatannya 👍",
 N=[("60 pemuda Banjarmasin ikut pelatihan barista gratis dari sebuah kafe di Jalan Veteran.", "same count, a café's course", 30),
    ("Balai Kota Banjarmasin hari ini juga menggelar rapat persiapan pengamanan malam tahun baru.", "same venue and day, another meeting", 4),
    ("Hari pertama magang di hotel, anak saya pulang capek tapi senang. Dapat jatah makan siang. (cerita orang tua)", "a parent's anecdote from 1 Dec", 200)],
)

T["a34"] = dict(
 S="Pengawas Disnakertrans Kalsel temukan 17 anak bekerja di 6 tempat usaha (penggilingan padi, bengkel las, cuci mobil, rumah makan); pemilik diberi nota, anak dikembalikan ke sekolah.",
 L="Bertepatan Hari Anak Sedunia (20/11), Disnakertrans Kalsel mengumumkan temuan 17 anak di bawah 18 tahun bekerja di enam tempat usaha, dari penggilingan padi sampai rumah makan, sebagian hingga larut malam. Pemilik diberi nota pemeriksaan; anak-anak didata untuk kembali sekolah bersama dinas sosial dan pendidikan.",
 P="Pengawas Disnakertrans mandapati 17 kakanakan di bawah 18 tahun bagawi di anam tampat usaha: panggilingan padi, bengkel las, cuci mubil, warung makan, ada nang sampai tangah malam. Bos-bosnya dibari nota, kakanakannya kaina dibulikakan ka sakulah. Mambantu kuitan kada papa, tapi jangan bagawi malam lawan mesin bahaya 🙏",
 N=[("Peringatan Hari Anak Sedunia di Banjarbaru diisi lomba mewarnai 300 anak TK di Lapangan Murjani.", "same day, a celebration", 3),
    ("17 anak yatim di desa kami menerima santunan dari majelis taklim menjelang Maulid.", "same count, charity", 40),
    ("Di pasar kami masih banyak anak sekolah jadi kuli angkut sore hari. Kapan pengawas turun ke sini?", "a complaint about another place", 90)],
)

T["a35"] = dict(
 S="9 anak pendulang intan Cempaka (11–15 tahun) kembali sekolah lewat program penarikan pekerja anak; dapat seragam, tas, perlengkapan; 2 ikut paket B.",
 P="Sambilan kakanakan nang dahulu umpat mandulang intan di Cempaka wayah ini sakulah pulang. Umurnya 11 sampai 15 tahun, dua ikut paket B. Dapat saragam, tas wan alat sakulah. Kuitannya didaftarakan pelatihan usaha jua. Mandulang warisan urang tuha, tapi kakanakan tampatnya di kelas 📚",
 N=[("Pendulangan intan di Cempaka sepi sepekan karena air sungai naik dan lubang tergenang.", "a weather note on the same mining site", 20),
    ("Sembilan siswa SDN di Cempaka menang lomba tari tingkat kota.", "same count and kecamatan, a contest", 60),
    ("Turis asing berkunjung ke pendulangan Cempaka dan membeli batu akik dari pendulang.", "tourism at the same site", 120)],
 B=("Besok anak-anak pendulang yang mau sekolah lagi diminta kumpul di kantor kelurahan bersama orang tua, kata pendamping.", "invitation before the release", 30),
)

T["a36"] = dict(
 S="Lima desa di Sungai Pandan (HSU) deklarasi bebas pekerja anak di Balai Desa Alabio: anak usia sekolah tidak bekerja di ternak itik dan telur asin pada jam sekolah; ada satgas desa.",
 P="Lima desa di Sungai Pandan bajanji kada mambiarakan kakanakan bagawi di kandang itik wan ulahan hintalu masin wayah jam sakulah. Ada satgas: guru, bidan desa wan tuan guru. Bahari kakanakan manggembala itik sampai bulus sakulah, wayah ini sakulah nomor satu 🦆",
 N=[("Harga telur itik Alabio naik jadi Rp3.000 per butir menjelang akhir tahun.", "egg price in the same village", 20),
    ("Balai Desa Alabio hari ini juga dipakai pelatihan kader posyandu.", "same venue, another activity", 6),
    ("Camat Babirik mengumpulkan para pembakal di kantor kecamatan membahas rencana deklarasi desa bebas pekerja anak; tujuh desa diusulkan ikut.", "a separate Babirik meeting with its own seven villages", 90)],
)

T["a37"] = dict(
 S="WLKP: 1.870 perusahaan sudah lapor, 420 belum; batas 30 November 2026. Meja bantuan di kantor Disnakertrans Kalsel.",
 L="Disnakertrans Kalsel mencatat 1.870 perusahaan sudah mengisi Wajib Lapor Ketenagakerjaan (WLKP) daring tahun ini, 420 belum (9/11). Batasnya 30 November. Laporan berisi jumlah pekerja, status kontrak, upah dan fasilitas K3, jadi dasar pemeriksaan pengawas. Ada meja bantuan di kantor Disnakertrans.",
 P="Bos-bos parusahaan, ingat WLKP! Sudah 1.870 parusahaan nang malapor, masih 420 nang balum. Batasnya 30 November. Isinya jumlah pambagawi, kontrak, upah wan K3. Nang bingung kawa datang ka meja bantuan di Disnakertrans 🙏",
 N=[("Pengingat: batas lapor SPT Masa PPh 21 untuk perusahaan tanggal 20 setiap bulan. Info dari KPP.", "a tax deadline, not WLKP", 30),
    ("420 perusahaan di Kalsel belum membayar iuran BPJS Kesehatan pekerjanya, kata BPJS Kesehatan cabang. ", "same number, another obligation", 60),
    ("Apakah warung kecil yang karyawannya cuma dua orang juga wajib WLKP? Mohon penjelasan dinas.", "a question", 100)],
)

T["a38"] = dict(
 S="Disnaker Tala bimbing 70 perusahaan isi WLKP di Gedung Tuntung Pandang (Rabu 18/11); 58 selesai, 12 didatangi petugas sebelum 30 November.",
 P="Tujuh puluh parusahaan di Tala dibimbing ma-isi WLKP di Gedung Tuntung Pandang. Toko bangunan, pabrik bata, SPBU, kebun sawit halus. Sampai sanja 58 nang tuntung. Sisa 12 kaina didatangi patugas sabalum 30 November.",
 N=[("Gedung Tuntung Pandang hari ini juga jadi tempat seleksi Paskibraka tingkat kabupaten tahap akhir.", "same venue, another event", 5),
    ("Pabrik batu bata di Bati-Bati kesulitan kayu bakar, produksi turun separuh.", "business news of a listed sector", 90),
    ("58 perusahaan di Tanah Laut menerima penghargaan kepatuhan pajak daerah dari Bapenda.", "same number, tax award", 130)],
)

T["a39"] = dict(
 S="Tim gabungan periksa 36 TKA di 4 perusahaan Kotabaru (kayu, pelabuhan khusus, semen): 3 TKA jabatannya tak sesuai RPTKA, perbaikan 30 hari.",
 P="Tim gabungan Kotabaru mamariksa 36 tenaga karja asing di ampat parusahaan, pangulahan kayu, palabuhan khusus wan pabrik semen. Talu urang jabatannya kada sasuai RPTKA, dibari 30 hari gasan mambaiki. TKA kawa haja bagawi asal sasuai aturan wan ada urang lokal nang diajari.",
 N=[("Imigrasi Kotabaru mendeportasi dua warga asing yang izin tinggalnya habis, kasus lama.", "a deportation, not the joint inspection", 60),
    ("Pabrik semen di Tarjun membuka lowongan 40 operator lokal untuk alih keahlian dari TKA, kata HRD perusahaan.", "a hiring notice of the same sector", 120),
    ("Tim pengawasan orang asing Tanah Bumbu memeriksa 22 TKA di smelter Batulicin pekan lalu.", "another kabupaten's team (22 TKA)", 30)],
)

T["a40"] = dict(
 S="Kanal aduan ketenagakerjaan Lapor Gawi (Diskominfo + Disnakertrans Kalsel) diluncurkan: lapor upah, THR, PHK, K3 lewat laman dan chatbot; tiket diteruskan dalam 2 hari kerja; aktif 1 Desember.",
 L="Diskominfo Kalsel dan Disnakertrans Kalsel meluncurkan Lapor Gawi di Command Center Diskominfo (26/11). Pekerja bisa mengadu soal upah, THR, PHK dan keselamatan kerja lewat laman resmi atau chatbot; tiap aduan dapat nomor tiket dan diteruskan ke pengawas atau mediator dalam dua hari kerja. Identitas pelapor dirahasiakan. Aktif mulai 1 Desember.",
 P="Pambagawi nang kada wani malapor ka kantor, wayah ini ada Lapor Gawi 📱 Kawa mangadu soal upah, THR, PHK, kasalamatan karja matan rumah haja, lewat laman atawa chatbot. Dapat nomor tiket, dua hari gawi diteruskan ka pengawas. Ngaran palapor dirahasiakan. Mulai 1 Disember.",
 N=[("Command Center Diskominfo Kalsel hari ini menerima kunjungan 40 mahasiswa jurusan informatika.", "same venue, a campus visit", 4),
    ("Hati-hati akun palsu yang mengaku layanan aduan Disnaker dan minta transfer biaya. Layanan pemerintah tidak memungut biaya.", "a scam warning", 100),
    ("Aplikasi SP4N Lapor sudah lama ada untuk semua aduan publik, termasuk ketenagakerjaan, kata admin kecamatan.", "another, older complaints channel", 50)],
)
