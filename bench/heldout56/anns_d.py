"""Hand-written releases a33–a42 (heldout56): library hours, coach and referee licences, sport venues, live stream, arts showcases."""

A = [
dict(id="a33", src="pemkab-hss", reg="hss", at="2026-11-20T14:25",
title="Perpustakaan Daerah Kandangan Buka Malam Mulai 23 November",
text="""KANDANGAN – Perpustakaan Daerah Hulu Sungai Selatan di Kandangan menambah jam layanan malam mulai Senin (23/11/2026). Setiap Senin sampai Kamis, perpustakaan dibuka pukul 19.00 hingga 21.30 Wita untuk ruang baca umum, ruang baca anak dan internet gratis. Keputusan itu diumumkan Jumat (20/11/2026) setelah survei kepada 300 pelajar dan pekerja.

“Banyak pelajar ingin belajar kelompok pada malam hari, tetapi warung kopi terlalu ramai. Perpustakaan bisa menjadi tempat yang tenang,” kata Kepala Dinas Perpustakaan dan Kearsipan HSS, Drs. H. Saifullah Hamsyari.

Peminjaman buku tetap hanya dilayani pada jam kantor. Pengunjung malam diminta menitipkan tas dan menjaga kebersihan. Uji coba berlangsung tiga bulan dan akan dievaluasi pada Februari 2027. (hss/sh)""",
short="Perpusda HSS di Kandangan buka malam mulai Senin (23/11): Senin–Kamis 19.00–21.30, ruang baca umum dan anak plus internet gratis; uji coba tiga bulan.",
long="""Perpustakaan Daerah HSS di Kandangan menambah layanan malam mulai Senin 23 November: Senin sampai Kamis pukul 19.00–21.30, untuk ruang baca umum, ruang baca anak dan internet gratis. Keputusan diambil setelah survei 300 pelajar dan pekerja. Peminjaman buku tetap hanya di jam kantor, tas dititipkan. Uji coba tiga bulan, dievaluasi Februari 2027.""",
para="""Perpustakaan Kandangan wayahini buka malam jua, dangsanak 🌙📚 Mulai 23 November, Sanin sampai Kamis jam tujuh sampai jam sanga satangah malam. Ada ruang baca gasan kakanakan wan internet gratis. Tapi maminjam buku masih jam kantor haja. Cuba talu bulan dahulu. Pada baajar kalumpuk di warung kupi, ka perpustakaan haja! #HSS""", pk="banjar",
look=[
dict(t="""Warung kopi di Jalan Aluh Idut sekarang buka 24 jam dan ada wifi gratis, jadi tempat nongkrong pelajar sampai malam.""",
     d="a coffee shop's hours, not the library", h=120, r="hss"),
dict(t="""Perpustakaan Daerah Kandangan tutup Jumat 27 November untuk stok opname buku. Buka lagi Senin.""",
     d="same library, a one-day closure", h=150, r="kim-kandangan-barat"),
dict(t="""Perpusda Barabai masih buka sampai jam 4 sore saja, belum ada rencana buka malam kata petugasnya.""",
     d="another kabupaten's library, no night hours", h=90, r="hst"),
],
),

dict(id="a34", src="koni-kalsel", reg="prov", at="2026-11-07T10:30",
title="KONI Kalsel Gelar Kursus Pelatih Lisensi C Nasional untuk 40 Pelatih",
text="""BANJARMASIN – Komite Olahraga Nasional Indonesia (KONI) Kalimantan Selatan menggelar kursus pelatih lisensi C nasional bagi 40 pelatih dari enam cabang olahraga, Senin (9/11/2026) hingga Sabtu (14/11/2026), di Gedung KONI Kalsel, Banjarmasin. Cabang yang diikutkan adalah atletik, renang, pencak silat, bola voli, karate dan dayung.

“Pelatih klub kita banyak yang berpengalaman tetapi belum bersertifikat. Tanpa lisensi, mereka tidak bisa mendampingi atlet di event nasional,” ujar Ketua Bidang Pembinaan Prestasi KONI Kalsel, Dr. Yusran Hadiwinata, M.Pd., Sabtu (7/11/2026).

Materi mencakup fisiologi latihan, periodisasi, gizi dan pencegahan cedera. Peserta yang lulus ujian teori dan praktik akan menerima sertifikat dari induk organisasi cabang masing-masing. (koni/yh)""",
short="KONI Kalsel gelar kursus pelatih lisensi C nasional untuk 40 pelatih dari enam cabor (atletik, renang, silat, voli, karate, dayung), 9–14 Nov di Gedung KONI Kalsel.",
long="""KONI Kalsel mengadakan kursus pelatih lisensi C nasional untuk 40 pelatih klub dari atletik, renang, pencak silat, bola voli, karate dan dayung, Senin–Sabtu 9–14 November di Gedung KONI Kalsel, Banjarmasin. Materinya fisiologi latihan, periodisasi, gizi dan pencegahan cedera. Yusran Hadiwinata dari KONI menyebut pelatih tanpa lisensi tidak bisa mendampingi atlet di event nasional. Yang lulus teori dan praktik dapat sertifikat dari induk cabor.""",
para="""Palatih klub nang balum baisi lisensi, KONI Kalsel maulah kursus lisensi C nasional 🏋️ Ampat puluh palatih matan anam cabor, atletik, ranang, silat, voli, karate wan dayung. Tanggal 9 sampai 14 November di Gedung KONI. Balajar gizi, cedera, pola latihan. Nang lulus dapat sertifikat. #KONIKalsel""", pk="banjar",
look=[
dict(t="""Penataran wasit bola voli tingkat kabupaten di Gedung KONI Tala, 40 peserta, dibuka hari ini. Semoga pertandingan antar-desa makin adil.""",
     d="a kabupaten's referee course with the same figure 40", h=170, r="tala"),
dict(t="""Gedung KONI Kalsel hari ini dipakai rapat anggota tahunan, pemilihan ketua baru dijadwalkan Desember.""",
     d="same building, an annual meeting", h=100, r="bjm"),
dict(t="""Pelatih silat perguruan kami, Ustadz Rahmat, sudah pegang lisensi B sejak 2024. Latihan tetap tiap Selasa malam di langgar.""",
     d="a club's own news about an older licence", h=60, r="kim-pandawan"),
],
),

dict(id="a35", src="pemkab-tanah-bumbu", reg="tanbu", at="2026-11-23T13:50",
title="30 Peserta Ikuti Penataran Wasit Sepak Bola C3 di Stadion Bersujud",
text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu bersama Asosiasi Kabupaten PSSI Tanah Bumbu menggelar penataran wasit sepak bola lisensi C3 bagi 30 peserta, Selasa (24/11/2026) sampai Jumat (27/11/2026), di Stadion Bersujud, Batulicin. Peserta berasal dari 12 kecamatan dan sebagian besar pemuda yang selama ini memimpin turnamen antardesa.

“Turnamen desa di Tanbu sangat ramai, tetapi wasitnya sering tanpa pelatihan sehingga keputusan diprotes. Kami ingin setiap kecamatan punya wasit berlisensi,” kata Kepala Dinas Pemuda, Olahraga dan Pariwisata Tanah Bumbu, Andi Muh. Yusran Pawelloi, Senin (23/11/2026).

Peserta akan menjalani tes lari interval, ujian Laws of the Game dan praktik memimpin laga. Lulusan akan ditugaskan di Liga Pelajar Tanbu mulai Januari 2027. (tb/ay)""",
short="Tanbu dan Askab PSSI gelar penataran wasit sepak bola C3 untuk 30 peserta dari 12 kecamatan, 24–27 Nov di Stadion Bersujud; lulusan bertugas di Liga Pelajar Tanbu mulai Januari 2027.",
para="""Bubuhan pamuda nang rancak jadi wasit bal kampung, wayahini ditatar lisensi C3 di Stadion Bersujud 🟨 Talu puluh urang matan dua walas kacamatan, 24 sampai 27 November. Ada tes bukah, ujian aturan, wan praktik mamimpin. Nang lulus kaina bagawi di Liga Pelajar Januari. Kada diprotes tarus lagi 😁 #Tanbu""", pk="banjar",
look=[
dict(t="""Final turnamen sepak bola antardesa Kecamatan Kusan Hilir sore ini di lapangan Pagatan, wasitnya dari Askab. Ramai penonton.""",
     d="a village tournament final", h=30, r="kim-pagatan"),
dict(t="""Stadion Bersujud ditutup untuk umum Minggu pagi karena ada perbaikan lampu. Jogging dipindah ke Lapangan Kantor Bupati.""",
     d="same stadium, a maintenance closure", h=110, r="kim-batulicin"),
dict(t="""Kotabaru juga akan mengadakan penataran wasit, tapi baru direncanakan Februari tahun depan. Belum ada jadwal resmi.""",
     d="another kabupaten's plan, unconfirmed", h=70, r="kotabaru"),
],
before=dict(t="""Teman-teman wasit desa, ada panggilan penataran wasit C3 dari Askab minggu depan di Stadion Bersujud. Syarat dan jadwal pasti tunggu surat dari dinas ya.""",
     d="call passed around before the release", h=100),
),

dict(id="a36", src="pemkab-balangan", reg="blg", at="2026-11-17T11:20",
title="28 Guru PJOK Balangan Dilatih Kepelatihan Atletik Dasar",
text="""PARINGIN – Dinas Pemuda dan Olahraga Kabupaten Balangan melatih 28 guru Pendidikan Jasmani, Olahraga dan Kesehatan (PJOK) tingkat SD dan SMP dalam kepelatihan atletik dasar, Selasa (17/11/2026) hingga Kamis (19/11/2026), di GOR Saraba Kawa, Paringin. Pelatihan ini menghadirkan dua pelatih atletik nasional dan seorang ahli fisioterapi.

“Guru PJOK adalah orang pertama yang melihat anak berbakat. Kalau mereka paham teknik lari, lompat dan lempar yang benar, pembinaan di sekolah jadi lebih terarah,” ujar Kepala Dispora Balangan, H. Ahmad Rifani Noor.

Setiap guru mendapat set peralatan sederhana berupa gawang mini, cone dan stopwatch. Mereka diminta membentuk kelompok atletik di sekolah dan mengirim data catatan waktu siswa setiap tiga bulan ke Dispora. (blg/ar)""",
short="Dispora Balangan latih 28 guru PJOK SD/SMP kepelatihan atletik dasar, 17–19 Nov di GOR Saraba Kawa Paringin; tiap guru dapat gawang mini, cone dan stopwatch.",
para="""Ada dua puluh walu guru olahraga di Balangan dilatih jadi palatih atletik di GOR Saraba Kawa 🏃‍♂️ Tanggal 17 sampai 19 November, palatihnya urang nasional. Masing-masing dibari gawang halus, cone wan stopwatch. Imbahnya disuruh maulah kalumpuk atletik di sakulah, catatan waktu dikirim tiap talu bulan. #Balangan""", pk="banjar",
look=[
dict(t="""GOR Saraba Kawa ramai malam ini, ada turnamen bulu tangkis Piala Camat Paringin, 28 pasangan ganda putra.""",
     d="same hall, same figure 28, a badminton tournament", h=8, r="blg"),
dict(t="""Guru PJOK SDN Halong 2 membawa siswanya latihan lari di jalan desa tiap pagi sebelum masuk kelas. Inisiatif sendiri, tanpa alat.""",
     d="a teacher's own initiative, no training", h=170, r="kim-halong"),
dict(t="""Tabalong menggelar kejuaraan atletik pelajar akhir pekan ini di Stadion Pembataan, 300 siswa ikut.""",
     d="another kabupaten's competition", h=100, r="tbl"),
],
before=dict(t="""Dapat undangan pelatihan atletik untuk guru olahraga di GOR Saraba Kawa mulai Selasa. Katanya ada pelatih nasional yang datang. Siap berangkat!""",
     d="invitation seen the day before", h=20),
),

dict(id="a37", src="pemkab-tanah-laut", reg="tala", at="2026-11-24T10:55",
title="Pemesanan GOR Tuntung Pandang Kini Lewat Aplikasi, Tarif Baru Rp75.000 per Jam",
text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut memberlakukan pemesanan lapangan GOR Tuntung Pandang melalui aplikasi SiGOR Tala mulai Selasa (1/12/2026). Tarif sewa lapangan bulu tangkis dan futsal menjadi Rp75.000 per jam pada siang hari dan Rp100.000 per jam pada malam hari. Keputusan itu diumumkan Selasa (24/11/2026).

“Selama ini jadwal sering bentrok karena pemesanan lewat telepon dan buku catatan. Dengan aplikasi, semua orang bisa melihat jam kosong dan membayar non-tunai,” kata Kepala Dinas Pemuda, Olahraga dan Pariwisata Tanah Laut, Ir. H. Bahrun Jamaluddin.

Pelajar tetap dapat memakai lapangan gratis setiap Rabu pukul 07.00–11.00 dengan surat dari sekolah. Pemesanan lama yang sudah dibayar untuk Desember tetap berlaku. (tala/bj)""",
short="Mulai 1 Desember, sewa GOR Tuntung Pandang lewat aplikasi SiGOR Tala: Rp75.000/jam siang, Rp100.000/jam malam; pelajar gratis Rabu 07.00–11.00.",
long="""Pemkab Tanah Laut mengubah cara sewa lapangan GOR Tuntung Pandang: mulai 1 Desember lewat aplikasi SiGOR Tala dengan bayar non-tunai. Tarif bulu tangkis dan futsal Rp75.000 per jam siang dan Rp100.000 per jam malam. Kadisporapar Bahrun Jamaluddin bilang jadwal sering bentrok kalau pesan lewat telepon. Pelajar tetap gratis tiap Rabu 07.00–11.00 dengan surat sekolah; pesanan Desember yang sudah dibayar tetap berlaku.""",
para="""Info buat yang biasa main badminton atau futsal di GOR Tuntung Pandang: mulai 1 Desember pesennya lewat aplikasi SiGOR Tala, bayarnya non-tunai 📱 Siang 75 ribu sejam, malam 100 ribu. Pelajar masih gratis tiap Rabu pagi jam 7–11 asal bawa surat sekolah. Yang udah bayar buat Desember aman kok.""", pk="casual",
look=[
dict(t="""GOR Tuntung Pandang dipakai Kejurkab karate hari Sabtu–Minggu, lapangan tidak bisa disewa dulu ya.""",
     d="same hall booked by a championship", h=80, r="kim-angsau"),
dict(t="""Lapangan futsal swasta di Jalan A. Yani Pelaihari sewa Rp75.000 per jam, bisa pesan lewat WhatsApp pengelola.""",
     d="a private court at the same price", h=140, r="tala"),
dict(t="""Aplikasi SiGOR Tala error dari pagi, tidak bisa login. Katanya sedang perbaikan server, coba lagi nanti sore.""",
     d="a complaint about an outage after launch, no relay of the rule", h=200, r="kim-takisung"),
],
before=dict(t="""Katanya sewa GOR Tuntung Pandang mau naik dan harus pakai aplikasi? Pengelola bilang tunggu pengumuman resmi, sementara masih pesan seperti biasa.""",
     d="rumour before the announcement", r="kim-jorong"),
),

dict(id="a38", src="pemkab-hst", reg="hst", at="2026-11-09T08:45",
title="Lintasan Jogging Lapangan Dwi Warna Barabai Ditutup untuk Pelapisan Baru",
text="""BARABAI – Lintasan jogging Lapangan Dwi Warna Barabai ditutup sementara mulai Senin (9/11/2026) hingga Minggu (20/12/2026) untuk pelapisan ulang dengan material karet sintetis. Pekerjaan sepanjang 620 meter itu dibiayai Dana Alokasi Khusus sebesar Rp1,9 miliar.

“Lintasan lama sudah retak dan berbahaya bagi lutut pelari. Selama pekerjaan, warga bisa berolahraga di area tengah lapangan yang tetap dibuka,” kata Kepala Dinas Kepemudaan dan Olahraga HST, H. Rasyidi Syahbana.

Kegiatan senam pagi Jumat dan Minggu dipindahkan ke halaman Kantor Bupati HST. Pengguna jalan di sekitar lapangan diminta berhati-hati karena truk material keluar masuk pada pukul 08.00–16.00 Wita. Setelah selesai, lintasan juga dapat dipakai untuk lomba lari pelajar. (hst/rs)""",
short="Lintasan jogging Lapangan Dwi Warna Barabai ditutup 9 Nov–20 Des untuk pelapisan karet sintetis 620 meter (DAK Rp1,9 miliar); senam pagi pindah ke halaman Kantor Bupati.",
para="""Jalur jogging di Lapangan Dwi Warna ditutup dahulu lah, matan 9 November sampai 20 Desember 🚧 Dilapisi karet hanyar, anam ratus dua puluh meter, duitnya sa-miliar sanga ratus juta. Tangah lapangan masih kawa dipakai. Sanam Jumat wan Ahad pindah ka halaman Kantor Bupati. Ati-ati truk kaluar masuk. #Barabai""", pk="banjar",
look=[
dict(t="""Lapangan Dwi Warna malam ini ada pasar malam sampai Minggu, jalan di sekitarnya macet. Parkir di Jalan Hasan Basri.""",
     d="same field, a night market", h=190, r="hst"),
dict(t="""Senam pagi Jumat di halaman Kantor Bupati HST tadi diikuti 300 ASN, dilanjutkan pemeriksaan tekanan darah gratis.""",
     d="the moved aerobics session itself, with a health check", h=100, r="kim-barabai-darat"),
dict(t="""Jalan desa Hantakan sepanjang 620 meter mulai dicor pekan ini, dana desa tahap III.""",
     d="same figure 620 meters, a village road", h=130, r="hst"),
],
),

dict(id="a39", src="pemkab-tapin", reg="tapin", at="2026-11-20T16:15",
title="Kolam Renang Rantau Dibuka Kembali Sabtu, Tiket Rp10.000",
text="""RANTAU – Kolam Renang Rantau di kawasan Stadion Datu Sanggul dibuka kembali untuk umum mulai Sabtu (21/11/2026) setelah delapan bulan diperbaiki. Perbaikan meliputi lantai kolam, sistem penyaringan air, ruang ganti dan tribun penonton dengan biaya Rp2,4 miliar.

“Kolam ini satu-satunya kolam standar di Tapin. Kami minta pengunjung mandi bilas sebelum masuk dan mematuhi batas kedalaman untuk anak,” ujar Kepala Dinas Pemuda, Olahraga dan Pariwisata Tapin, Noor Hidayatullah Siregar, Jumat (20/11/2026).

Tiket masuk Rp10.000 untuk dewasa dan Rp5.000 untuk anak. Kolam buka Selasa sampai Minggu pukul 08.00–17.00 Wita, sedangkan Senin dipakai untuk pembersihan. Klub renang dapat menyewa lintasan khusus pada pukul 15.00–17.00. (tpn/nh)""",
short="Kolam Renang Rantau di kawasan Stadion Datu Sanggul buka lagi Sabtu (21/11) setelah perbaikan Rp2,4 miliar; tiket Rp10.000 dewasa, Rp5.000 anak, buka Selasa–Minggu 08.00–17.00.",
long="""Setelah delapan bulan diperbaiki (lantai, penyaringan air, ruang ganti, tribun; Rp2,4 miliar), Kolam Renang Rantau di kawasan Stadion Datu Sanggul dibuka lagi mulai Sabtu 21 November. Tiket Rp10.000 dewasa dan Rp5.000 anak, buka Selasa–Minggu 08.00–17.00, Senin untuk pembersihan. Klub bisa sewa lintasan khusus 15.00–17.00. Pengunjung diminta bilas dulu dan menjaga anak di batas kedalaman.""",
para="""Kolam ranang Rantau dibuka pulang Sabtu ni, dangsanak 🏊 Sudah walu bulan dibaiki, duwa miliar ampat ratus juta. Tikit sapuluh ribu, kakanakan lima ribu. Buka Salasa sampai Ahad jam walu sampai jam lima, Sanin dibarasihi. Mandi bilas dahulu sabalum takajun lah! #Tapin""", pk="banjar",
look=[
dict(t="""Stadion Datu Sanggul Minggu pagi dipakai jalan sehat HUT PGRI, start jam 6.30. Hadiah utama sepeda motor.""",
     d="same stadium area, a fun walk", h=40, r="tapin"),
dict(t="""Pemandian alam di Desa Hatungun tetap ramai tiap Minggu, tiketnya Rp10.000 termasuk parkir. Airnya dari gunung.""",
     d="a natural bathing spot with the same ticket price", h=100, r="kim-hatungun"),
dict(t="""Kolam renang di Binuang milik swasta tutup sementara sampai akhir Desember karena pompa rusak.""",
     d="another pool's closure", h=200, r="kim-binuang"),
],
before=dict(t="""Kolam renang Rantau sudah diisi air lagi, kelihatan biru. Sepertinya sebentar lagi dibuka, anak-anak sudah tanya terus.""",
     d="eyewitness before the reopening is announced"),
),

dict(id="a40", src="diskominfo-kalsel", reg="prov", at="2026-11-13T15:05",
title="Diskominfo Kalsel Siarkan Langsung Pra-PON Dayung dan Libatkan 20 Admin KIM",
text="""BANJARBARU – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan akan menyiarkan langsung seluruh final Pra-PON dayung zona Kalimantan di Waduk Riam Kanan melalui kanal YouTube Kalsel Terkini dan radio pemerintah daerah, Jumat (13/11/2026). Siaran dimulai Senin (16/11/2026) pukul 08.00 Wita setiap hari lomba.

“Kami juga melibatkan 20 admin Kelompok Informasi Masyarakat sebagai relawan media. Mereka mendapat tanda pengenal dan akan mengirim foto serta cerita dari tepi waduk,” kata Kepala Bidang Informasi dan Komunikasi Publik Diskominfo Kalsel, Hj. Rabiatul Adawiyah.

Pembekalan relawan digelar Sabtu (14/11/2026) di Aranio. Masyarakat yang tidak bisa datang ke lokasi diimbau menonton siaran resmi agar tidak terkecoh tautan palsu. (mc/ra)""",
short="Diskominfo Kalsel siarkan langsung final Pra-PON dayung di Riam Kanan lewat YouTube Kalsel Terkini dan radio, mulai Senin (16/11) 08.00; 20 admin KIM jadi relawan media.",
para="""Nang kada kawa ka Riam Kanan, Pra-PON dayung kawa ditonton di YouTube Kalsel Terkini wan radio pemda, mulai Sanin 16 November jam walu 📺 Dua puluh admin KIM jadi relawan media, baisi tanda pangenal, mangirim foto matan pinggir waduk. Jangan takacoh link palsu lah! #PraPON""", pk="banjar",
look=[
dict(t="""Diskominfo Kalsel juga menyiarkan langsung rapat paripurna DPRD tentang APBD 2027 hari ini di kanal yang sama.""",
     d="same office and channel, another broadcast", h=100, r="prov"),
dict(t="""Pelatihan 20 admin KIM Kabupaten Banjar soal menulis berita desa di Aula Kecamatan Martapura pekan lalu. Fotonya baru sempat diunggah.""",
     d="a KIM writing course with the same figure 20", h=150, r="banjar"),
dict(t="""Hati-hati, beredar tautan "live streaming Pra-PON" yang minta login Facebook. Itu bukan kanal resmi, jangan diklik.""",
     d="a warning about a fake link, gives no facts of the broadcast", h=90, r="kim-aranio"),
],
),

dict(id="a41", src="pemkab-banjar", reg="banjar", at="2026-11-05T13:55",
title="22 Sanggar Cilik Tampil dalam Gelar Karya di Mahligai Sultan Adam",
text="""MARTAPURA – Sebanyak 22 sanggar seni anak dari 20 kecamatan di Kabupaten Banjar akan tampil dalam Gelar Karya Sanggar Cilik, Sabtu (14/11/2026) dan Minggu (15/11/2026), di halaman Mahligai Sultan Adam, Martapura. Mereka membawakan tari Banjar, musik panting, bakisah dan pembacaan syair anak.

“Gelar karya ini bukan lomba. Kami ingin anak-anak merasakan panggung yang layak dan orang tua melihat hasil latihan mereka,” kata Kepala Dinas Pariwisata, Kepemudaan dan Olahraga Kabupaten Banjar, H. Ahmad Zulfikar Amin, Kamis (5/11/2026).

Pertunjukan dimulai pukul 16.00 hingga 22.00 Wita dan terbuka gratis untuk umum. Setiap sanggar menerima piagam dan dana pembinaan Rp2,5 juta. Stan kuliner UMKM juga dibuka di sekitar lokasi selama dua hari. (bjr/az)""",
short="Gelar Karya Sanggar Cilik Kabupaten Banjar: 22 sanggar anak tampil Sabtu–Minggu (14–15/11) di Mahligai Sultan Adam, 16.00–22.00, gratis; tiap sanggar dapat Rp2,5 juta.",
long="""Kabupaten Banjar menggelar Gelar Karya Sanggar Cilik, Sabtu–Minggu 14–15 November di halaman Mahligai Sultan Adam, Martapura. Sebanyak 22 sanggar anak dari 20 kecamatan membawakan tari Banjar, panting, bakisah dan syair anak. Bukan lomba, kata Kadisparpora Ahmad Zulfikar Amin — panggung untuk anak-anak dan orang tua. Mulai 16.00 sampai 22.00, gratis, dengan stan kuliner UMKM; tiap sanggar dapat piagam dan Rp2,5 juta.""",
para="""Sabtu wan Ahad 14–15 November, dua puluh dua sanggar kakanakan tampil di Mahligai Sultan Adam 🎭 Ada tari Banjar, panting, bakisah wan basyair. Kada balumba, gasan manampilakan hasil balatihan haja. Jam ampat sore sampai sapuluh malam, kada babayar. Ada wadai wan makanan jua. #Martapura""", pk="banjar",
look=[
dict(t="""Lomba tari kreasi antar-SD Kecamatan Sungai Tabuk Sabtu lalu, 22 sekolah ikut, juara umum SDN Sungai Tabuk Keramat 1.""",
     d="a contest with the same figure 22, another event", h=230, r="kim-sungai-tabuk-keramat"),
dict(t="""Halaman Mahligai Sultan Adam Minggu pagi dipakai senam dan cek kesehatan gratis lansia. Mulai jam 6.30.""",
     d="same venue, another day, another activity", h=100, r="banjar"),
dict(t="""Sanggar anak Aranio latihan tiap malam Minggu di balai desa, mohon doanya, tahun depan mudahan bisa tampil di Martapura.""",
     d="a village studio's own practice and hope", h=300, r="kim-aranio"),
],
before=dict(t="""Anak-anak sanggar kami sudah gladi di rumah ketua, katanya November tampil di Martapura. Kostum masih dijahit.""",
     d="preparations before the release"),
),

dict(id="a42", src="pemkab-balangan", reg="blg", at="2026-11-27T11:35",
title="Festival Seni Tradisi Pitap Digelar di Desa Ajung 4–5 Desember",
text="""PARINGIN – Pemerintah Kabupaten Balangan akan menggelar Festival Seni Tradisi Pitap di Desa Ajung, Kecamatan Tebing Tinggi, Jumat (4/12/2026) dan Sabtu (5/12/2026). Festival menampilkan musik gong dan kanjar, tari bagunjur, pembacaan mantra panen oleh tetua adat serta pameran anyaman bambu dari enam desa Pitap.

“Festival ini digelar di kampungnya sendiri, bukan di kota, supaya pengunjung melihat kesenian Pitap dalam suasana aslinya,” ujar Kepala Dinas Pendidikan dan Kebudayaan Balangan, Hj. Siti Raudah Fitriani, Jumat (27/11/2026).

Pengunjung dari Paringin dapat naik kendaraan antar-jemput gratis yang berangkat pukul 13.00 dari halaman Kantor Bupati. Warga diminta menghormati aturan adat, termasuk tidak memotret ritual tanpa izin tetua. (blg/sr)""",
short="Festival Seni Tradisi Pitap di Desa Ajung, Tebing Tinggi, Jumat–Sabtu (4–5/12): gong dan kanjar, tari bagunjur, mantra panen, anyaman enam desa; antar-jemput gratis dari Kantor Bupati pukul 13.00.",
para="""Dangsanak, tanggal 4 wan 5 Desember ada Festival Seni Tradisi Pitap di Ajung, Tebing Tinggi 🥁 Ada gong, kanjar, tari bagunjur, mantra panen, wan anyaman bambu matan anam desa Pitap. Mobil antar jemput gratis bangkat jam satu matan Kantor Bupati. Jangan mamotret ritual amun kada dibari ijin tetua lah. #Balangan""", pk="banjar",
look=[
dict(t="""Aruh panen di Desa Ajung sudah selesai minggu lalu, tiga malam. Warga berterima kasih pada semua yang datang membantu.""",
     d="the village's own harvest ritual, earlier", h=30, r="kim-juai"),
dict(t="""Anyaman bambu Pitap dipamerkan di Dekranasda Balangan sampai akhir Desember, harga mulai Rp50 ribu.""",
     d="a craft exhibition in town", h=80, r="kim-paringin-timur"),
dict(t="""Mobil antar-jemput gratis dari halaman Kantor Bupati Balangan juga disediakan untuk jemaah haul di Juai hari Minggu.""",
     d="same shuttle point for another event", h=100, r="kim-juai"),
],
),
]
