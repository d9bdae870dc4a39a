"""Hand-written releases a12–a21 (heldout56): youth stalls, Baksa Kembang, Banjar arts in schools, heritage registration."""

A = [
dict(id="a12", src="pemkab-tanah-bumbu", reg="tanbu", at="2026-11-20T11:15",
title="Pemkab Tanbu Sediakan 40 Lapak Gratis untuk Usaha Pemuda di Pantai Pagatan",
text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu menyediakan 40 lapak gratis bagi pelaku usaha muda di kawasan Pantai Pagatan, Kecamatan Kusan Hilir, setiap Minggu pagi mulai 6 Desember 2026 hingga 28 Februari 2027. Pendaftaran dibuka Jumat (20/11/2026) sampai 30 November untuk pemuda berusia 17 sampai 30 tahun yang sudah memiliki Nomor Induk Berusaha.

“Lapak ini tempat belajar berjualan langsung. Tidak ada sewa dan tidak ada retribusi, cukup jaga kebersihan dan buka tepat waktu,” ujar Kepala Dinas Pemuda, Olahraga dan Pariwisata Tanah Bumbu, Andi Muh. Yusran Pawelloi.

Lapak dibagi untuk kuliner, kerajinan dan jasa. Pemkab juga menyiapkan tenda seragam dan listrik. Penempatan diundi pada Kamis (3/12/2026) di Kantor Disporapar, Gunung Tinggi. (tb/ay)""",
short="Tanbu sediakan 40 lapak gratis untuk usaha pemuda (17–30 tahun, punya NIB) di Pantai Pagatan tiap Minggu pagi 6 Des–28 Feb; daftar 20–30 Nov, undian lapak Kamis 3/12.",
long="""Pemkab Tanah Bumbu menyediakan 40 lapak gratis untuk usaha anak muda di Pantai Pagatan, Kusan Hilir, setiap Minggu pagi dari 6 Desember sampai 28 Februari 2027. Syarat: umur 17–30 tahun dan sudah punya NIB. Daftar sampai 30 November. Tanpa sewa dan retribusi, tenda seragam dan listrik disediakan; lapak untuk kuliner, kerajinan dan jasa diundi Kamis 3 Desember di Kantor Disporapar.""",
para="""Pamuda Tanbu nang handak bajualan, ada lapak gratis ampat puluh buting di Pantai Pagatan 🏖️ Tiap Ahad baisukan, mulai 6 Desember sampai Februari. Umur 17 sampai 30, harus ada NIB. Kada bayar sewa, tenda wan listrik disiapakan. Badaptar sampai 30 November, lapaknya diundi 3 Desember. #Tanbu""", pk="banjar",
look=[
dict(t="""Pasar Minggu Pantai Pagatan pagi ini penuh, ada sekitar 40 pedagang kaki lima yang sudah lama berjualan di situ. Parkir sampai ke jalan.""",
     d="the existing informal Sunday market at the same beach, 40 vendors", h=44, r="tanbu"),
dict(t="""Undian lapak pemuda di Kantor Disporapar tadi siang sudah selesai, kami dapat nomor 17 dekat pintu masuk. Minggu depan mulai jualan es kelapa muda!""",
     d="the lottery day (3/12), a later step told as its own news", h=315, r="tanbu"),
dict(t="""Kotabaru menata ulang lapak UMKM di Siring Laut, 60 pedagang diminta pindah ke sisi utara mulai Desember. Ini penataan, bukan lapak gratis baru.""",
     d="another kabupaten's vendor relocation", h=100, r="kotabaru"),
],
before=dict(t="""Dengar-dengar Pemkab mau kasih lapak gratis buat anak muda di Pantai Pagatan tiap Minggu. Ada yang tahu syaratnya? Belum ada info resmi sepertinya.""",
     d="rumour before the release"),
),

dict(id="a13", src="disbudpar-kalsel", reg="prov", at="2026-11-05T13:25",
title="48 Guru Ikuti Pelatihan Pelatih Tari Baksa Kembang di Taman Budaya",
text="""BANJARMASIN – Dinas Kebudayaan dan Pariwisata Provinsi Kalimantan Selatan menggelar pelatihan pelatih tari Baksa Kembang bagi 48 guru SD dan SMP dari 13 kabupaten/kota, Senin (9/11/2026) hingga Rabu (11/11/2026) di Taman Budaya Kalsel. Pelatihan ini membahas pakem gerak, iringan gamelan Banjar, tata rias dan makna kembang bogam yang dibawa penari.

“Baksa Kembang sering dipentaskan, tetapi gerakannya makin beragam dari satu sekolah ke sekolah lain. Kami ingin guru kembali ke pakem yang diwariskan keraton,” kata Kepala Bidang Kesenian Disbudpar Kalsel, Gusti Rizkiyah Anum.

Setiap guru pulang membawa modul dan video rekaman gerak. Mereka wajib melatih minimal satu kelompok penari di sekolah masing-masing sebelum Maret 2027. (dbp/gra)""",
short="Disbudpar Kalsel latih 48 guru SD/SMP dari 13 kabupaten/kota menjadi pelatih tari Baksa Kembang, 9–11 Nov di Taman Budaya: pakem gerak, iringan gamelan, tata rias, kembang bogam.",
para="""Guru-guru sakulah matan tigawalas kabupaten kota balajar manari Baksa Kembang di Taman Budaya, ampat puluh walu urang 💃 Tanggal 9 sampai 11 November. Dipadahi pakem garak, gamalan Banjar, tata rias, wan arti kembang bogam. Bulikan mambawa modul wan video, harus malatih di sakulah sabalum Maret. #BaksaKembang""", pk="banjar",
look=[
dict(t="""Taman Budaya Kalsel malam ini ada pagelaran teater "Lanting Balarut" dari sanggar kampus. Tiket Rp20 ribu, mulai 19.30.""",
     d="same venue, a theatre show", h=76, r="bjm"),
dict(t="""Sanggar Ading Bastari membuka kelas tari Baksa Kembang untuk anak-anak tiap Minggu pagi, Rp50 ribu per bulan. Pendaftaran di rumah pelatih.""",
     d="a private studio's paid dance class, not the teacher training", h=190, r="bjb"),
dict(t="""Penampilan Baksa Kembang oleh siswi SDN Angsau 1 saat menyambut tamu di pelantikan kepala desa tadi pagi. Cantik sekali 😍""",
     d="a performance at a village event, no training", h=260, r="tala"),
],
),

dict(id="a14", src="pemkot-banjarmasin", reg="bjm", at="2026-11-23T15:20",
title="1.200 Pelajar Banjarmasin Latihan Tari Baksa Kembang Massal untuk Hari Jadi Kota",
text="""BANJARMASIN – Sebanyak 1.200 pelajar SD dan SMP se-Banjarmasin mulai berlatih tari Baksa Kembang massal, Senin (23/11/2026), untuk memeriahkan puncak peringatan Hari Jadi Kota Banjarmasin. Penampilan direncanakan pada Minggu (6/12/2026) pukul 07.00 Wita di Siring Menara Pandang, dengan gladi bersih sehari sebelumnya.

“Tarian penyambutan tamu ini akan kami persembahkan untuk warga kota sendiri. Anak-anak dilatih 40 guru tari yang sudah mengikuti pelatihan provinsi,” kata Kepala Disbudporapar Kota Banjarmasin, Hj. Rusdiana Kamelia.

Selama gladi dan hari pentas, ruas Jalan Pierre Tendean ditutup mulai pukul 05.00 hingga 10.00 Wita. Orang tua diminta mengantar anak paling lambat pukul 05.30 dan memakai pakaian adat Banjar bila ikut berfoto. (bjm/rk)""",
short="1.200 pelajar SD/SMP Banjarmasin latihan Baksa Kembang massal untuk Hari Jadi Kota; tampil Minggu (6/12) pukul 07.00 di Siring Menara Pandang, Jalan Pierre Tendean ditutup 05.00–10.00.",
long="""Mulai Senin (23/11) 1.200 pelajar SD dan SMP Banjarmasin latihan tari Baksa Kembang massal untuk puncak Hari Jadi Kota. Tampilnya Minggu 6 Desember jam 07.00 di Siring Menara Pandang, gladi bersih sehari sebelumnya. Pelatihnya 40 guru tari yang sudah ikut pelatihan provinsi. Saat gladi dan pentas, Jalan Pierre Tendean ditutup 05.00–10.00 Wita; anak diantar paling lambat 05.30.""",
para="""Sa-ribu dua ratus kakanakan SD wan SMP Banjarmasin balatihan Baksa Kembang baimbai gasan Harijadi kota 🌸 Kaina Ahad 6 Desember jam tujuh pagi di Siring Menara Pandang, sahari sabalumnya gladi. Jalan Tendean ditutup matan jam lima sampai jam sapuluh lah, jangan takajut. Antar anak pian jam satangah anam! #HarijadiBanjarmasin""", pk="banjar",
look=[
dict(t="""Senam massal 1.200 ASN Pemko Banjarmasin di Siring Menara Pandang pagi tadi dalam rangka HUT KORPRI. Wali Kota ikut senam di barisan depan.""",
     d="same venue, same figure 1.200, a civil servants' aerobics session", h=137, r="bjm"),
dict(t="""Jalan Pierre Tendean ditutup malam ini pukul 20.00–23.00 karena ada konser band kampus di siring. Kendaraan dialihkan ke Jalan Kapten Tendean dalam.""",
     d="same road closed for another event on another night", h=150, r="bjm"),
dict(t="""Pemkab Banjar juga latihan tari massal untuk Hari Jadi Martapura, 800 pelajar, tarian Radap Rahayu. Tampil di Lapangan Cahaya Bumi Selamat.""",
     d="another kabupaten's mass dance, another dance and figure", h=96, r="banjar"),
],
before=dict(t="""Anak kami dapat surat dari sekolah: mulai Senin latihan tari Baksa Kembang untuk Hari Jadi kota, tiap pulang sekolah. Kostum katanya disiapkan sekolah, alhamdulillah.""",
     d="a parent relays the school letter before the release", h=50),
),

dict(id="a15", src="pemkab-hst", reg="hst", at="2026-11-18T10:40",
title="Baksa Kembang Jadi Tari Penyambutan Resmi di Acara Pemkab HST",
text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah menetapkan tari Baksa Kembang sebagai tari penyambutan tamu resmi di setiap acara Pemkab melalui surat edaran Bupati yang ditandatangani Rabu (18/11/2026). Sebanyak 14 sanggar yang sudah didata akan tampil bergiliran dan menerima honor Rp1,5 juta setiap penampilan.

“Selama ini penyambutan tamu sering memakai tari kreasi luar daerah. Kami ingin tamu yang datang ke Murakata disambut dengan kembang bogam dan gerak Banjar yang asli,” ujar Sekretaris Daerah HST, H. Muhammad Yani Saberan.

Sanggar yang belum terdata dapat mendaftar ke Dinas Pendidikan dan Kebudayaan hingga 31 Desember 2026 dengan membawa video penampilan. Aturan ini berlaku mulai Januari 2027 di semua SKPD dan kecamatan. (hst/my)""",
short="HST tetapkan Baksa Kembang sebagai tari penyambutan resmi acara Pemkab (SE Bupati 18/11); 14 sanggar tampil bergiliran, honor Rp1,5 juta per tampil, berlaku Januari 2027.",
para="""Mulai Januari 2027, amun ada acara Pemkab HST, tamu disambut wan Baksa Kembang haja, kada tari kreasi luar lagi 🌺 Ampat walas sanggar sudah didata, tampil bagiliran, honornya sajuta satangah sakali tampil. Sanggar nang balum tadata kawa mandaptar sampai 31 Desember, bawa video. #Murakata #HST""", pk="banjar",
look=[
dict(t="""Sanggar di Pandawan tampil Baksa Kembang waktu pernikahan warga kemarin, tarifnya Rp1,5 juta sudah termasuk rias. Bisa dihubungi lewat ketua RT.""",
     d="a wedding gig with the same fee, private event", h=120, r="hst"),
dict(t="""Surat edaran Bupati HST yang baru soal jam kerja ASN selama Desember: masuk 07.30, pulang 15.30. Mohon disebarkan.""",
     d="a second circular of the same Bupati on another subject", h=150, r="kim-barabai-darat"),
dict(t="""Dengar kabar semua acara di HST wajib pakai tari dari sanggar pemerintah dan sanggar swasta dilarang tampil? Setahu kami tidak begitu, yang ada cuma penyambutan tamu resmi. Jangan salah paham.""",
     d="a denial of a distorted rumour, no relay of the rule's facts", h=60, r="kim-barabai-darat"),
],
before=dict(t="""Katanya Pemkab mau mewajibkan Baksa Kembang di acara resmi. Bagus itu, sanggar-sanggar di kampung bisa dapat panggung. Semoga cepat keluar aturannya.""",
     d="hearsay and hope before the circular is released"),
),

dict(id="a16", src="disdikbud-kalsel", reg="prov", at="2026-11-10T14:35",
title="Madihin dan Panting Jadi Ekstrakurikuler di 45 SMA/SMK Negeri Kalsel",
text="""BANJARBARU – Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan menetapkan madihin dan musik panting sebagai ekstrakurikuler pilihan di 45 SMA dan SMK negeri mulai semester genap, Januari 2027. Keputusan itu disampaikan dalam rapat kepala sekolah, Selasa (10/11/2026), di Aula Disdikbud Kalsel.

“Anak-anak kita hafal lagu dari luar negeri tetapi jarang mendengar panting. Ekskul ini membawa seniman ke sekolah, bukan sekadar teori,” kata Kepala Disdikbud Kalsel, Dr. H. Sahrian Noor Hadi.

Sebanyak 45 pelatih dari sanggar akan dikontrak dengan honor Rp750 ribu per bulan. Sekolah yang belum memiliki alat panting mendapat satu set dari provinsi pada Desember. Sekolah lain boleh bergabung tahun ajaran berikutnya. (dkb/sn)""",
short="Disdikbud Kalsel: madihin dan panting jadi ekskul pilihan di 45 SMA/SMK negeri mulai Januari 2027; 45 pelatih sanggar dikontrak Rp750 ribu/bulan, alat panting dibagi Desember.",
long="""Mulai semester genap Januari 2027, madihin dan musik panting jadi ekstrakurikuler pilihan di 45 SMA dan SMK negeri di Kalsel, diputuskan dalam rapat kepala sekolah Selasa (10/11). Kadisdikbud Sahrian Noor Hadi ingin seniman datang ke sekolah. Ada 45 pelatih dari sanggar yang dikontrak dengan honor Rp750 ribu sebulan, dan sekolah yang belum punya alat panting dapat satu set dari provinsi pada Desember.""",
para="""Mantap, madihin wan panting masuk ekskul di ampat puluh lima SMA SMK nageri! 🎶 Mulai Januari 2027. Palatihnya urang sanggar, honor tujuh ratus lima puluh ribu sabulan. Sakulah nang balum baisi panting dibari sa-set Desember. Kakanakan wayahini kada hafal lagu Banjar, mudahan pina hubaya. #Madihin #Panting""", pk="banjar",
look=[
dict(t="""Pagelaran madihin di halaman SMAN 1 Martapura tadi malam dalam rangka HUT sekolah, pemadihinnya alumni. Penontonnya sampai ke jalan.""",
     d="a one-night school show, not the extracurricular policy", h=200, r="banjar"),
dict(t="""Rapat kepala sekolah di Aula Disdikbud Kalsel hari ini juga membahas jadwal ujian semester ganjil SMA 30 November sampai 5 Desember.""",
     d="same meeting, another item (exam schedule)", h=5, r="prov"),
dict(t="""Sebanyak 45 sekolah di Banjarbaru ikut lomba kebersihan kantin sehat tahun ini, hasilnya diumumkan akhir bulan.""",
     d="same figure 45, another contest", h=130, r="bjb"),
],
),

dict(id="a17", src="pemkab-tapin", reg="tapin", at="2026-11-13T09:50",
title="Program Sanggar Masuk Sekolah Dimulai di 18 SD Tapin",
text="""RANTAU – Pemerintah Kabupaten Tapin memulai program Sanggar Masuk Sekolah di 18 sekolah dasar, Jumat (13/11/2026). Enam sanggar seni yang tergabung dalam Dewan Kesenian Tapin mengajar musik panting, tari Banjar dan bakisah setiap Jumat sore selama 90 menit. Program pertama dibuka di SDN 1 Rantau Kiwa dan akan berjalan hingga Juni 2027.

“Di sekolah kampung, guru seni sering merangkap guru kelas. Sanggar membantu agar anak-anak benar-benar memegang panting dan menari, bukan hanya melihat gambar,” ujar Kepala Dinas Pendidikan dan Kebudayaan Tapin, H. Gusti Fahmi Rizani.

Setiap sanggar mendapat dana pembinaan Rp12 juta untuk satu semester. Pada akhir program, 18 sekolah akan tampil bersama dalam pentas di Gedung Tapin Bersinar. (tpn/gf)""",
short="Tapin mulai Sanggar Masuk Sekolah di 18 SD (13/11): enam sanggar ajar panting, tari Banjar dan bakisah tiap Jumat sore sampai Juni 2027; dana Rp12 juta per sanggar per semester.",
para="""Di Tapin, urang sanggar masuk ka sakulah 🎻 Dalapan walas SD, tiap Jumat sore, malajari kakanakan bapanting, manari wan bakisah. Nang bamula di SDN 1 Rantau Kiwa. Sanggarnya anam, masing-masing dibari duit pambinaan dua walas juta. Juni kaina pantas baimbai di Gedung Tapin Bersinar. #Tapin""", pk="banjar",
look=[
dict(t="""SDN 1 Rantau Kiwa juara 2 lomba cerdas cermat tingkat kecamatan Tapin Utara kemarin. Selamat adik-adik!""",
     d="same school, another contest", h=100, r="kim-rantau-kiwa"),
dict(t="""Gedung Tapin Bersinar Sabtu malam dipakai pentas teater pelajar SMA se-Tapin, 9 kelompok. Gratis.""",
     d="same venue, a theatre show", h=180, r="tapin"),
dict(t="""Sanggar kami di Binuang tetap latihan mandiri tiap Minggu di rumah ketua, tidak ikut program sekolah. Yang mau ikut belajar panting boleh datang.""",
     d="a studio's own Sunday practice, outside the programme", h=150, r="kim-hatungun"),
],
before=dict(t="""Besok sore ada orang sanggar datang ke SDN 1 Rantau Kiwa, katanya mulai ngajar panting tiap Jumat. Anak saya sudah tidak sabar 😁""",
     d="a parent's post the day before the start", h=14),
),

dict(id="a18", src="pemkot-banjarbaru", reg="bjb", at="2026-11-24T13:05",
title="70 Guru SD Banjarbaru Susun Bahan Ajar Madihin untuk Muatan Lokal",
text="""BANJARBARU – Sebanyak 70 guru SD di Kota Banjarbaru mengikuti lokakarya penyusunan bahan ajar madihin untuk mata pelajaran muatan lokal, Selasa (24/11/2026) dan Rabu (25/11/2026), di Aula Gawi Sabarataan, Balai Kota Banjarbaru. Para guru didampingi dua pemadihin senior untuk membuat contoh pantun, pola rima dan lembar kerja siswa kelas 4 sampai 6.

“Madihin itu pelajaran bahasa sekaligus berpikir cepat. Kalau bahan ajarnya ada, guru tidak perlu takut mengajarkannya,” ujar Kepala Dinas Pendidikan Kota Banjarbaru, Drs. Hairil Mahfudz.

Bahan ajar yang tersusun akan dicetak dan dibagikan ke 74 SD negeri dan swasta pada Januari 2027. Guru peserta juga diminta merekam satu contoh pembelajaran di kelas masing-masing. (bjb/hm)""",
short="70 guru SD Banjarbaru susun bahan ajar madihin untuk mulok, 24–25 Nov di Aula Gawi Sabarataan, didampingi dua pemadihin senior; dibagi ke 74 SD pada Januari 2027.",
para="""Guru-guru SD Banjarbaru maulah bahan ajar madihin, tujuh puluh urang baimbai di Balai Kota 🎤 Dibantu dua pamadihin tuha, maulah cuntuh pantun wan lembar karja gasan kelas ampat sampai anam. Januari kaina dicitak, dibagi ka tujuh puluh ampat SD. Kakanakan kawa bamadihin di kalas! #Banjarbaru""", pk="banjar",
look=[
dict(t="""Aula Gawi Sabarataan hari ini dipakai pelantikan 70 pengurus RT/RW baru Kecamatan Banjarbaru Utara.""",
     d="same hall, same figure 70, another event", h=28, r="kim-sungai-ulin"),
dict(t="""Lomba madihin pelajar SD tingkat Kecamatan Cempaka tadi pagi di Bangkal, juaranya dari SDN 2 Bangkal. Pantunnya lucu-lucu 😂""",
     d="a kecamatan contest, no teaching material", h=140, r="bjb"),
dict(t="""Buku pelajaran muatan lokal Bahasa Banjar kelas 4 sudah dibagikan ke sekolah bulan lalu, yang belum dapat silakan lapor ke korwil.""",
     d="an older, different local-content book", h=80, r="bjb"),
],
),

dict(id="a19", src="disbudpar-kalsel", reg="prov", at="2026-11-02T11:00",
title="Kalsel Usulkan Tujuh Karya Budaya Jadi Warisan Budaya Takbenda 2027",
text="""BANJARMASIN – Dinas Kebudayaan dan Pariwisata Provinsi Kalimantan Selatan mengusulkan tujuh karya budaya untuk ditetapkan sebagai Warisan Budaya Takbenda (WBTB) Indonesia 2027, Senin (2/11/2026). Ketujuhnya adalah kuriding, bapukung, dundam, tari Radap Rahayu, sinoman hadrah, ketupat Kandangan dan kain tenun Pagatan.

“Setiap usulan harus punya kajian, foto, video dan surat dukungan maestro. Kami minta kabupaten membantu melengkapi berkas paling lambat akhir November,” kata Kepala Bidang Warisan Budaya Disbudpar Kalsel, Drs. Hamdani Syarkawi.

Berkas lengkap akan dikirim ke kementerian sebelum 15 Desember 2026. Sidang penetapan biasanya digelar pertengahan tahun berikutnya. Hingga kini Kalsel telah memiliki 42 karya budaya yang ditetapkan sebagai WBTB. (dbp/hs)""",
short="Kalsel usulkan tujuh karya budaya jadi WBTB 2027: kuriding, bapukung, dundam, tari Radap Rahayu, sinoman hadrah, ketupat Kandangan, tenun Pagatan; berkas ke kementerian sebelum 15 Desember.",
long="""Disbudpar Kalsel mengusulkan tujuh karya budaya menjadi Warisan Budaya Takbenda Indonesia 2027: kuriding, bapukung, dundam, tari Radap Rahayu, sinoman hadrah, ketupat Kandangan dan kain tenun Pagatan. Tiap usulan perlu kajian, foto, video dan surat dukungan maestro; kabupaten diminta melengkapi berkas sampai akhir November. Berkas dikirim ke kementerian sebelum 15 Desember. Kalsel sudah punya 42 karya budaya berstatus WBTB.""",
para="""Kuriding, bapukung, dundam, Radap Rahayu, sinoman hadrah, katupat Kandangan wan tenun Pagatan diusulakan jadi warisan budaya takbenda 2027 🙌 Tujuh buting. Kabupaten disuruh mahabisakan barkas sampai ujung November, imbahtu dikirim ka kamantrian sabalum 15 Desember. Mudahan ditetapakan! #WBTB""", pk="banjar",
look=[
dict(t="""Ketupat Kandangan masuk daftar 10 kuliner favorit festival makanan nusantara di Jakarta minggu lalu. Warung-warung di Kandangan kebanjiran pesanan kiriman.""",
     d="same item (ketupat Kandangan) in a food ranking", h=150, r="hss"),
dict(t="""Tahun 2025 Kalsel mengusulkan lima karya budaya dan tiga yang ditetapkan, salah satunya baayun maulid. Ini catatan lama, jangan tertukar dengan usulan tahun ini.""",
     d="last year's proposals and results", h=40, r="prov"),
dict(t="""Perajin tenun Pagatan di Desa Pasar Baru dapat pesanan 200 lembar kain untuk seragam pegawai. Mereka butuh tambahan penenun.""",
     d="same craft, a business order", h=300, r="tanbu"),
],
),

dict(id="a20", src="pemkab-tabalong", reg="tbl", at="2026-11-11T10:20",
title="24 Enumerator Muda Catat Objek Pemajuan Kebudayaan di 131 Desa Tabalong",
text="""TANJUNG – Dinas Pendidikan dan Kebudayaan Kabupaten Tabalong menurunkan 24 enumerator muda untuk mencatat Objek Pemajuan Kebudayaan (OPK) di 131 desa dan kelurahan, Rabu (11/11/2026). Pencatatan berlangsung hingga 11 Desember 2026 dan mencakup tradisi lisan, ritus, permainan rakyat, pengetahuan tradisional serta maestro yang masih hidup.

“Banyak tradisi Dayak Deyah dan Banjar Pahuluan di Tabalong hanya diingat orang tua. Kalau tidak dicatat sekarang, kita kehilangan jejaknya,” ujar Kepala Disdikbud Tabalong, Drs. H. Syahrani Effendi.

Enumerator bekerja berpasangan dan mengunggah data ke aplikasi pendataan kebudayaan nasional. Warga yang mengetahui tradisi langka diminta menghubungi kantor desa. Hasil pendataan menjadi bahan revisi Pokok Pikiran Kebudayaan Daerah Tabalong tahun 2027. (tbl/se)""",
short="Tabalong turunkan 24 enumerator muda mencatat Objek Pemajuan Kebudayaan di 131 desa/kelurahan, 11 Nov–11 Des: tradisi lisan, ritus, permainan rakyat, maestro; bahan revisi PPKD 2027.",
para="""Bubuhan pamuda Tabalong, dua puluh ampat urang, bakaliling ka saratus talu puluh sa desa mancatat tradisi lawas 📝 Ada kisah urang tuha, ritual, kakanakan bamainan kampung, wan maestro nang masih hidup. Sampai 11 Desember. Amun pian tahu tradisi nang langka, padahi ka kantor desa lah. #Tabalong #OPK""", pk="banjar",
look=[
dict(t="""Pendataan keluarga untuk DTSEN oleh petugas desa masih berjalan di 131 desa se-Tabalong, mohon warga menyiapkan KK.""",
     d="same figure 131 villages, a social-welfare data round", h=90, r="tbl"),
dict(t="""Aruh adat Dayak Deyah di Desa Kinarum berlangsung tiga malam, warga dari desa lain datang membawa beras dan ayam.""",
     d="a ritual itself, no inventory", h=240, r="tbl"),
dict(t="""HSU juga sedang mendata tradisi lisan dan maestro di Amuntai, tapi baru 8 kecamatan. Petugasnya dari dinas sendiri.""",
     d="another kabupaten's survey", h=150, r="hsu"),
],
before=dict(t="""Anak muda yang lolos jadi enumerator budaya Tabalong hari ini dapat bimtek di aula Disdikbud. Besok mulai turun ke desa katanya.""",
     d="the training day before the release", h=20),
),

dict(id="a21", src="pemkab-batola", reg="batola", at="2026-11-19T14:45",
title="Batola Beri Penghargaan dan Tali Asih kepada 12 Maestro Seni",
text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala memberikan penghargaan dan tali asih kepada 12 maestro seni tradisi, Kamis (19/11/2026), di Aula Bahalap, Kantor Bupati Batola. Mereka terdiri atas pemain kuriding, pemadihin, penari japin Kuala, dalang wayang gung dan pembuat alat musik panting yang telah berkarya lebih dari 30 tahun. Masing-masing menerima piagam dan uang Rp3 juta.

“Maestro ini perpustakaan hidup. Tali asih ini kecil dibanding jasa mereka, karena itu kami juga merekam keahlian mereka dalam video,” kata Wakil Bupati Barito Kuala, H. Rusdi Nor Hidayat.

Dokumentasi video setiap maestro akan dibuat pada Desember dan diputar di kanal resmi Pemkab. Daftar penerima ditetapkan berdasarkan usulan kecamatan dan verifikasi Dewan Kesenian Batola. (btl/rn)""",
short="Batola beri penghargaan dan tali asih Rp3 juta kepada 12 maestro seni tradisi (kuriding, madihin, japin Kuala, wayang gung, pembuat panting) Kamis (19/11) di Aula Bahalap; video dokumentasi Desember.",
long="""Pemkab Barito Kuala memberi piagam dan tali asih Rp3 juta kepada 12 maestro seni tradisi di Aula Bahalap, Kamis (19/11). Mereka pemain kuriding, pemadihin, penari japin Kuala, dalang wayang gung dan pembuat panting yang berkarya lebih dari 30 tahun. Wabup Rusdi Nor Hidayat menyebut mereka perpustakaan hidup; keahlian mereka akan direkam dalam video pada Desember dan diputar di kanal Pemkab. Penerima diusulkan kecamatan dan diverifikasi Dewan Kesenian Batola.""",
para="""Dua walas maestro seni di Batola dibari pangargaan wan tali asih talu juta surang 👏 Ada nang bakuriding, bamadihin, manari japin Kuala, dalang wayang gung, wan tukang maulah panting, sudah labih talu puluh tahun bakarya. Desember kaina direkam video. Urang tuha kita ni harta banar. #Batola""", pk="banjar",
look=[
dict(t="""Aula Bahalap hari ini juga dipakai penyerahan 12 unit motor dinas untuk penyuluh pertanian. Semoga makin semangat turun ke sawah.""",
     d="same hall, same figure 12, vehicles for extension workers", h=3, r="batola"),
dict(t="""Kakek Jamhari dari Jejangkit, pemain kuriding yang tahun lalu tampil di Jakarta, hari ini mengajar anak-anak membuat kuriding dari pelepah enau. Videonya kami unggah di halaman KIM.""",
     d="a village's own workshop with an elder musician, not the award", h=200, r="kim-jejangkit-muara"),
dict(t="""Pemprov memberi penghargaan kepada 5 maestro seni se-Kalsel pada malam anugerah kebudayaan bulan lalu, salah satunya dari HSU.""",
     d="an earlier provincial award with other figures", h=100, r="prov"),
],
before=dict(t="""Undangan untuk para maestro seni sudah diantar petugas kecamatan, katanya Kamis pagi ada penyerahan di kantor bupati. Kai kami ikut diundang, alhamdulillah.""",
     d="invitation seen before the ceremony"),
),
]
