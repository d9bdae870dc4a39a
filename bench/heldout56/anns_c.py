"""Hand-written releases a22–a32 (heldout56): museums, boat races and traditional games, reading corners, library events."""

A = [
dict(id="a22", src="disbudpar-kalsel", reg="bjb", at="2026-11-06T15:30",
title="Museum Lambung Mangkurat Buka Malam Hari Setiap Jumat dan Sabtu",
text="""BANJARBARU – UPTD Museum Lambung Mangkurat membuka layanan kunjungan malam setiap Jumat dan Sabtu mulai 13 November hingga 12 Desember 2026, pukul 19.00 sampai 22.00 Wita. Program Malam di Museum ini gratis dan dilengkapi pemandu yang bercerita tentang koleksi Kerajaan Banjar, arca Candi Agung dan perahu tradisional, Jumat (6/11/2026).

“Banyak warga bekerja pada siang hari sehingga tidak sempat ke museum. Dengan lampu khusus, koleksi justru tampak lebih dramatis pada malam hari,” ujar Kepala UPTD Museum Lambung Mangkurat, Dra. Normaliah Irsyad.

Pengunjung dibatasi 300 orang setiap malam dan dibagi dalam rombongan 25 orang. Pendaftaran dapat dilakukan di loket pada hari kunjungan. Anak di bawah 12 tahun wajib didampingi orang dewasa. (dbp/ni)""",
short="Museum Lambung Mangkurat buka malam tiap Jumat–Sabtu 13 Nov–12 Des, 19.00–22.00, gratis dengan pemandu; maksimal 300 orang per malam, rombongan 25 orang.",
long="""UPTD Museum Lambung Mangkurat di Banjarbaru membuka program Malam di Museum setiap Jumat dan Sabtu dari 13 November sampai 12 Desember, jam 19.00–22.00 Wita. Gratis, dengan pemandu yang bercerita tentang koleksi Kerajaan Banjar, arca Candi Agung dan perahu tradisional. Kuota 300 pengunjung semalam, dibagi rombongan 25 orang, daftar langsung di loket. Anak di bawah 12 tahun wajib didampingi.""",
para="""Nah, Museum Lambung Mangkurat dibuka malam, dangsanak 🌙 Tiap Jumat wan Sabtu mulai 13 November sampai 12 Desember, jam tujuh sampai jam sapuluh malam. Kada babayar, ada pamandu bakisah pasal Karajaan Banjar wan arca Candi Agung. Sakali malam talu ratus urang haja. Kakanakan harus baimbai urang tuha. #MalamDiMuseum""", pk="banjar",
look=[
dict(t="""Malam pertama Malam di Museum tadi ramai, antre sampai halaman, kuota 300 habis jam 8 malam. Yang tidak kebagian disuruh datang Sabtu.""",
     d="the first night (13/11) reported as its own news", h=176, r="bjb"),
dict(t="""Museum Lambung Mangkurat tutup hari Senin 23 November karena ada kegiatan fumigasi koleksi. Buka lagi Selasa.""",
     d="same museum, a one-day closure", h=400, r="kim-guntung-manggis"),
dict(t="""Study tour SDN Sungai Tabuk Keramat ke Museum Lambung Mangkurat pagi ini, 60 siswa belajar sejarah Kerajaan Banjar.""",
     d="a school's daytime visit", h=250, r="banjar"),
],
before=dict(t="""Kabarnya museum di Banjarbaru bakal buka malam hari mulai pertengahan November. Benar kah? Mau ajak anak-anak kalau gratis.""",
     d="question before the announcement"),
),

dict(id="a23", src="pemkot-banjarmasin", reg="bjm", at="2026-11-11T11:10",
title="Museum Wasaka Tutup Sementara Sebulan untuk Perbaikan Atap",
text="""BANJARMASIN – Museum Wasaka di Kelurahan Sungai Jingah, Banjarmasin Utara, ditutup sementara mulai Senin (16/11/2026) hingga Selasa (15/12/2026) untuk perbaikan atap dan lantai kayu yang lapuk. Pekerjaan senilai Rp780 juta itu dibiayai APBD Kota Banjarmasin dan dikerjakan dengan tetap mempertahankan bentuk rumah Banjar bubungan tinggi.

“Koleksi senjata dan foto perjuangan kami pindahkan sementara ke ruang penyimpanan Disbudporapar. Tidak ada koleksi yang dibawa keluar kota,” kata Kepala Bidang Kebudayaan Disbudporapar Banjarmasin, Muhammad Ilham Rusandi, Rabu (11/11/2026).

Selama penutupan, rombongan sekolah yang sudah memesan kunjungan dialihkan ke pameran foto di Balai Kota. Museum dijadwalkan dibuka kembali pada Rabu (16/12/2026) dengan tata pamer baru. (bjm/mi)""",
short="Museum Wasaka di Sungai Jingah tutup 16 Nov–15 Des untuk perbaikan atap dan lantai (Rp780 juta); koleksi disimpan di Disbudporapar, kunjungan sekolah dialihkan ke pameran foto Balai Kota, buka lagi 16 Des.",
para="""Museum Wasaka di Sungai Jingah ditutup sabulan, dangsanak, matan 16 November sampai 15 Desember 🏚️ Hatapnya wan lantai kayu nang lapuk dibaiki, tujuh ratus walu puluh juta. Kuleksi dibawa ka gudang Disbudporapar, kada dibawa kaluar kota. Rombongan sakulah dialihakan ka pameran foto di Balai Kota. #Wasaka""", pk="banjar",
look=[
dict(t="""Rumah Banjar bubungan tinggi di Teluk Dalam yang dulu rusak sekarang diperbaiki swadaya keluarga, atapnya diganti sirap ulin. Biayanya katanya sampai Rp200 juta.""",
     d="a family's own house repair, another building", h=160, r="kim-teluk-dalam"),
dict(t="""Pameran foto perjuangan di Balai Kota Banjarmasin dibuka untuk umum mulai hari ini, gratis, sampai akhir Desember.""",
     d="the photo exhibition itself, told as its own event", h=120, r="bjm"),
dict(t="""Tahun 2023 Museum Wasaka juga pernah ditutup dua bulan untuk pengecatan. Semoga kali ini lebih cepat.""",
     d="an earlier closure", h=30, r="kim-sungai-jingah"),
],
before=dict(t="""Ada tumpukan kayu ulin dan seng di halaman Museum Wasaka sore ini, sepertinya mau ada perbaikan. Semoga tidak lama tutupnya.""",
     d="eyewitness of materials before the closure is announced"),
),

dict(id="a24", src="pemkab-hsu", reg="hsu", at="2026-11-23T10:30",
title="Situs Candi Agung Buka Ruang Diorama dan Kelas Arkeologi Pelajar",
text="""AMUNTAI – Pengelola Situs Candi Agung di Kelurahan Sungai Malang, Amuntai Tengah, membuka ruang diorama baru dan pendaftaran kunjungan daring, Senin (23/11/2026). Ruang diorama menampilkan miniatur kerajaan Negara Dipa, temuan batu bata kuno dan perjalanan sungai Tabalong-Balangan pada abad ke-14.

“Setiap Sabtu pada Desember kami buka Kelas Arkeologi Pelajar untuk 40 siswa SMP dan SMA. Mereka belajar mengukur, mencatat dan merawat temuan, tentu dengan replika,” kata Kepala Disdikbud HSU, H. Rahmat Junaidi Saleh.

Tiket masuk situs tetap Rp5.000 untuk dewasa dan Rp2.000 untuk pelajar. Rombongan lebih dari 20 orang wajib mendaftar melalui laman pendaftaran sehari sebelumnya. Situs buka Selasa hingga Minggu pukul 08.00–17.00. (hsu/rj)""",
short="Situs Candi Agung Amuntai buka ruang diorama baru dan pendaftaran daring (23/11); Kelas Arkeologi Pelajar tiap Sabtu Desember untuk 40 siswa; tiket Rp5.000/Rp2.000.",
long="""Situs Candi Agung di Sungai Malang, Amuntai Tengah, membuka ruang diorama baru berisi miniatur kerajaan Negara Dipa, temuan bata kuno dan jalur sungai abad ke-14, plus pendaftaran kunjungan daring. Tiap Sabtu di bulan Desember ada Kelas Arkeologi Pelajar untuk 40 siswa SMP/SMA, belajar dengan replika. Tiket tetap Rp5.000 dewasa, Rp2.000 pelajar; rombongan di atas 20 orang daftar sehari sebelumnya. Buka Selasa–Minggu 08.00–17.00.""",
para="""Candi Agung wayahini baisi ruang diorama hanyar, ada miniatur karajaan Negara Dipa 🏯 Tiap Sabtu bulan Desember ada Kalas Arkeologi gasan ampat puluh palajar, balajar maukur wan mancatat, pakai replika. Tikit masih lima ribu, palajar dua ribu. Rombongan labih dua puluh urang daptar dahulu sahari sabalumnya. #CandiAgung""", pk="banjar",
look=[
dict(t="""Kerja bakti membersihkan halaman Candi Agung bersama pemuda Sungai Malang pagi ini, rumputnya sudah tinggi.""",
     d="a clean-up at the same site", h=140, r="kim-sungai-malang"),
dict(t="""Kelas menggambar untuk 40 anak TK di Taman Putri Junjung Buih setiap Sabtu, gratis dari komunitas seniman Amuntai.""",
     d="a drawing class with the same figure 40 and Saturdays", h=100, r="hsu"),
dict(t="""Tiket masuk Candi Agung naik? Tidak, masih Rp5.000. Yang Rp10.000 itu tiket parkir mobil di festival kemarin. Jangan termakan kabar yang salah.""",
     d="a denial about a ticket price rumour", h=60, r="kim-babirik"),
],
),

dict(id="a25", src="pemkab-batola", reg="batola", at="2026-11-03T14:10",
title="Lomba Dayung Jukung Tradisional Piala Bupati Batola Digelar 21–22 November",
text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala akan menggelar Lomba Dayung Jukung Tradisional Piala Bupati di Sungai Barito depan Siring Marabahan, Sabtu (21/11/2026) dan Minggu (22/11/2026). Pendaftaran dibuka Selasa (3/11/2026) hingga 16 November untuk 64 regu, masing-masing lima pendayung dengan jukung kayu tanpa mesin.

“Lomba ini menghidupkan lagi keterampilan mendayung warga sungai. Jukung harus buatan lokal, bukan perahu fiber,” ujar Kepala Dinas Pemuda, Olahraga dan Pariwisata Batola, Syahrial Anwar Effendi.

Total hadiah Rp45 juta, dengan juara pertama Rp15 juta. Rapat teknik dan pengundian lintasan digelar Kamis (19/11/2026) di Gedung Balai Kota Marabahan. Peserta wajib memakai pelampung yang disediakan panitia dan mematuhi arahan juri di garis start. (btl/sa)""",
short="Lomba Dayung Jukung Tradisional Piala Bupati Batola di Sungai Barito depan Siring Marabahan, 21–22 Nov: 64 regu lima pendayung, jukung kayu lokal, hadiah total Rp45 juta (juara I Rp15 juta); daftar sampai 16 Nov.",
long="""Batola menggelar Lomba Dayung Jukung Tradisional Piala Bupati di Sungai Barito depan Siring Marabahan, Sabtu–Minggu 21–22 November. Pendaftaran untuk 64 regu (lima pendayung, jukung kayu buatan lokal, tanpa mesin) dibuka sampai 16 November. Hadiah total Rp45 juta, juara pertama Rp15 juta. Rapat teknik dan undian lintasan Kamis 19 November di Marabahan; pelampung disediakan panitia.""",
para="""Bubuhan urang sungai, ayu badayung! 🛶 Lomba Dayung Jukung Tradisional Piala Bupati di Barito muka Siring Marabahan, 21–22 November. Anam puluh ampat regu, sa-jukung lima urang, jukung kayu bulikan tukang lokal, kada fiber. Hadiahnya ampat puluh lima juta, juara satu lima walas juta. Badaptar sampai 16 November. #Batola""", pk="banjar",
look=[
dict(t="""Hasil babak penyisihan lomba dayung di Marabahan hari ini: 32 regu lolos ke babak kedua, regu dari Tabunganen tercepat. Besok final.""",
     d="the heats (21/11), a later step told with its own figures", h=430, r="batola"),
dict(t="""Desa Tabunganen Muara bikin lomba dayung sendiri tiap 17-an, tahun ini 14 jukung. Hadiahnya sarung dan beras.""",
     d="a village's own race", h=120, r="kim-tabunganen-muara"),
dict(t="""Lomba jukung hias di Sungai Martapura Banjarmasin Sabtu nanti, 30 jukung berhias. Bukan lomba dayung ya.""",
     d="another city, decorated boats", h=200, r="bjm"),
],
before=dict(t="""Pemuda desa sudah mulai latihan dayung sore-sore di handil, katanya bulan ini ada lomba jukung Piala Bupati. Siap-siap lah!""",
     d="practice seen before the call is released"),
),

dict(id="a26", src="pemkab-banjar", reg="banjar", at="2026-11-26T10:15",
title="20 SD di Kabupaten Banjar Terima Paket Permainan Tradisional",
text="""MARTAPURA – Pemerintah Kabupaten Banjar menyerahkan paket permainan tradisional kepada 20 sekolah dasar, Kamis (26/11/2026), di Mahligai Sultan Adam, Martapura. Setiap paket berisi gasing kayu, balogo, egrang bambu, tali lanjang dan papan dakuan, serta buku panduan aturan main.

“Jam istirahat anak sekarang habis untuk gawai. Kami ingin halaman sekolah kembali ramai dengan balogo dan bagasing seperti zaman kita kecil,” kata Kepala Dinas Pendidikan Kabupaten Banjar, Hj. Fitriani Mursyid.

Sekolah penerima tersebar di Karang Intan, Sungai Tabuk, Astambul dan Martapura. Guru PJOK masing-masing sekolah sebelumnya telah dilatih cara mengajarkan permainan tersebut. Tahun depan program diperluas ke 40 sekolah lain, termasuk madrasah ibtidaiyah. (bjr/fm)""",
short="Kabupaten Banjar serahkan paket permainan tradisional (gasing, balogo, egrang, tali lanjang, dakuan) ke 20 SD di Karang Intan, Sungai Tabuk, Astambul, Martapura, Kamis (26/11) di Mahligai Sultan Adam.",
para="""Dua puluh SD di Banjar dapat paket bamainan kampung: gasing, balogo, egrang, tali lanjang wan papan dakuan 🪀 Diserahakan di Mahligai Sultan Adam. Supaya wayah istirahat kakanakan kada bamain HP tarus. Guru olahraga sudah dilatih. Tahun dudi ditambah ampat puluh sakulah lagi, madrasah jua. #Banjar""", pk="banjar",
look=[
dict(t="""Lomba balogo antar-RT di Karang Intan Minggu pagi, 24 tim. Juaranya dapat piala kepala desa. Ramai sekali!""",
     d="a village's own balogo contest", h=70, r="kim-karang-intan"),
dict(t="""Mahligai Sultan Adam hari ini dipakai penyerahan 20 unit ambulans desa. Terima kasih Pemkab.""",
     d="same building, same figure 20, ambulances", h=24, r="banjar"),
dict(t="""Tapin juga menggelar festival permainan tradisional pelajar bulan depan, cabangnya gasing dan egrang. Pendaftaran lewat sekolah.""",
     d="another kabupaten's festival next month", h=100, r="tapin"),
],
),

dict(id="a27", src="pemkab-hsu", reg="hsu", at="2026-11-18T15:00",
title="Lomba Dayung Jukung Rawa Danau Panggang Digelar 5–6 Desember",
text="""AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara menggelar Lomba Dayung Jukung Rawa di perairan Danau Panggang pada Sabtu (5/12/2026) dan Minggu (6/12/2026). Pendaftaran dibuka Rabu (18/11/2026) sampai 28 November untuk 40 regu, masing-masing tiga pendayung dengan jukung rawa tradisional. Lintasan sepanjang 800 meter melewati hamparan purun dan eceng gondok.

“Jukung rawa berbeda dengan jukung sungai besar, lebih ramping dan lincah. Lomba ini sekaligus memperkenalkan wisata rawa HSU,” ujar Kepala Dinas Pemuda, Olahraga dan Pariwisata HSU, Ir. Mahdiannur Ramli.

Total hadiah Rp30 juta. Panitia menyediakan 12 perahu pengawas dan tim kesehatan. Regu dari luar HSU dipersilakan mendaftar dengan membawa surat keterangan dari desa asal. (hsu/mr)""",
short="Lomba Dayung Jukung Rawa Danau Panggang, HSU, 5–6 Desember: 40 regu tiga pendayung, lintasan 800 meter lewat purun dan eceng gondok, hadiah Rp30 juta; daftar 18–28 Nov.",
para="""Jukung rawa kaina balumba di Danau Panggang, 5 wan 6 Desember 🛶 Ampat puluh regu, sa-jukung talu urang, lintasannya walu ratus meter malalui purun wan ilung. Hadiahnya talu puluh juta. Badaptar sampai 28 November, urang luar HSU bulih jua asal ada surat matan desa. #DanauPanggang""", pk="banjar",
look=[
dict(t="""Lomba dayung jukung di Paminggir Minggu lalu, tradisi desa setiap panen. Ada 18 jukung dan hadiahnya kambing.""",
     d="a village's own harvest race", h=60, r="kim-paminggir"),
dict(t="""Air di Danau Panggang naik 40 cm sejak kemarin, warga diminta waspada dan mengamankan ternak itik.""",
     d="water-level warning at the same place", h=200, r="hsu"),
dict(t="""Marabahan baru selesai lomba dayung jukung kemarin, juaranya regu Tabunganen bawa pulang Rp15 juta.""",
     d="the result of the other boat race (Batola)", h=110, r="batola"),
],
before=dict(t="""Kabar dari desa: tahun ini ada lomba dayung jukung rawa di Danau Panggang, awal Desember. Pemuda sudah mulai cari jukung yang ramping. Pengumuman resmi belum ada.""",
     d="hearsay before the release"),
),

dict(id="a28", src="dispersip-kalsel", reg="prov", at="2026-11-09T10:40",
title="Dispersip Kalsel Pasang 15 Pojok Baca di Tempat Layanan Publik",
text="""BANJARMASIN – Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Selatan memasang 15 pojok baca di tempat layanan publik, Senin (9/11/2026). Rak buku dan kursi baca ditempatkan antara lain di kantor Samsat Banjarmasin I, ruang tunggu Pelabuhan Trisakti, Terminal Pal 6, RSUD Ulin dan Mal Pelayanan Publik Banjarbaru. Sebanyak 1.800 buku bacaan anak, keluarga dan keterampilan dibagikan ke semua titik.

“Orang sering menunggu antrean satu sampai dua jam. Waktu itu bisa dipakai membaca, bukan hanya melihat ponsel,” kata Kepala Dispersip Kalsel, Dr. Hj. Nurul Aulia Mahdi.

Buku di setiap titik akan diganti setiap tiga bulan. Warga boleh membaca di tempat, tetapi tidak membawa pulang. Dispersip juga menerima sumbangan buku layak baca di kantor Jalan A. Yani Km 6. (dsp/na)""",
short="Dispersip Kalsel pasang 15 pojok baca di layanan publik (Samsat Banjarmasin I, Pelabuhan Trisakti, Terminal Pal 6, RSUD Ulin, MPP Banjarbaru) dengan 1.800 buku, diganti tiap tiga bulan.",
long="""Dispersip Kalsel memasang 15 pojok baca di tempat layanan publik: Samsat Banjarmasin I, ruang tunggu Pelabuhan Trisakti, Terminal Pal 6, RSUD Ulin, MPP Banjarbaru dan lainnya. Ada 1.800 buku anak, keluarga dan keterampilan. Kadispersip Nurul Aulia Mahdi ingin waktu antre dipakai membaca. Buku diganti tiap tiga bulan, dibaca di tempat, tidak dibawa pulang. Sumbangan buku diterima di kantor Jl. A. Yani Km 6.""",
para="""Amun pian bahanu maantri di Samsat, Trisakti, Terminal Pal 6 atawa RSUD Ulin, wayahini ada pojok baca 📚 Lima walas titik, sa-ribu walu ratus buku. Kawa dibaca di situ, jangan dibawa bulik lah. Tiap talu bulan bukunya diganti. Nang handak manyumbang buku bawa ka kantor Dispersip Km 6. #PojokBaca""", pk="banjar",
look=[
dict(t="""Pojok baca di pos kamling RT 12 Pekapuran Raya sudah jalan sebulan, bukunya sumbangan warga, 150 judul. Anak-anak tiap sore mampir.""",
     d="a neighbourhood's own reading corner", h=140, r="kim-pekapuran-raya"),
dict(t="""Antrean Samsat Banjarmasin I hari ini panjang karena server pajak gangguan dari jam 9 sampai 11. Sudah normal lagi sekarang.""",
     d="same Samsat office, a server outage", h=220, r="bjm"),
dict(t="""Dispersip Kalsel juga mengumumkan perpanjangan jam layanan perpustakaan keliling ke sekolah-sekolah selama Desember. Beda dengan pojok baca.""",
     d="same office, another service", h=260, r="prov"),
],
),

dict(id="a29", src="pemkab-tanah-laut", reg="tala", at="2026-11-13T13:40",
title="Pojok Baca Hadir di 11 Puskesmas dan Pasar Pelaihari",
text="""PELAIHARI – Dinas Perpustakaan dan Kearsipan Kabupaten Tanah Laut menghadirkan pojok baca di 11 puskesmas dan di Pasar Tapandang Berseri, Pelaihari, Jumat (13/11/2026). Total 550 buku tentang kesehatan keluarga, resep masakan, pertanian dan cerita anak disiapkan di 12 titik tersebut.

“Ibu-ibu yang menunggu giliran periksa atau anak yang ikut ke pasar bisa membaca sebentar. Relawan literasi desa akan menjaga dan mengganti buku setiap bulan,” ujar Kepala Dispersip Tanah Laut, Hj. Mariatul Kiptiah.

Pemkab mengajak warga menjadi relawan literasi dengan mendaftar di kantor Dispersip, Jalan Pelaihari–Martapura. Setiap relawan mendapat pelatihan singkat dan kaos seragam. Pojok baca di pasar buka setiap hari pukul 07.00 hingga 12.00 Wita. (tala/mk)""",
short="Tanah Laut buka pojok baca di 11 puskesmas dan Pasar Tapandang Berseri Pelaihari (13/11), 550 buku, dijaga relawan literasi desa, buku diganti tiap bulan.",
para="""Di Tanah Laut wayahini ada pojok baca di sabalas puskesmas wan di Pasar Tapandang 📖 Lima ratus lima puluh buku, ada pasal kasihatan, resep masak, batani, kisah kakanakan. Sambil maantri bapariksa kawa mambaca. Relawan nang manjaga, tiap bulan bukunya diganti. Handak jadi relawan? Daptar di Dispersip. #Tala""", pk="banjar",
look=[
dict(t="""Puskesmas Jorong membuka layanan periksa gigi gratis untuk anak sekolah setiap Kamis mulai bulan ini.""",
     d="same kind of place (puskesmas), a dental service", h=170, r="kim-jorong"),
dict(t="""Pasar Tapandang Berseri hari ini sepi, harga cabai rawit naik jadi Rp70 ribu sekilo.""",
     d="same market, prices", h=50, r="tala"),
dict(t="""Relawan literasi Desa Takisung mengadakan dongeng sore di balai desa setiap Jumat. Ini kegiatan desa sendiri, sudah jalan dari tahun lalu.""",
     d="a village's own storytelling, older", h=100, r="tala"),
],
before=dict(t="""Tadi lihat petugas perpustakaan pasang rak buku kecil di ruang tunggu Puskesmas Jorong. Bagus ini, sambil nunggu bisa baca.""",
     d="eyewitness of a rack being installed before the release", r="kim-jorong"),
),

dict(id="a30", src="pemkab-kotabaru", reg="kotabaru", at="2026-11-26T09:20",
title="Ruang Tunggu Pelabuhan Feri Tanjung Serdang Kini Punya Pojok Baca",
text="""KOTABARU – Pemerintah Kabupaten Kotabaru melalui Dinas Perpustakaan dan Kearsipan meresmikan pojok baca di ruang tunggu Pelabuhan Penyeberangan Tanjung Serdang, Kamis (26/11/2026). Pojok baca berisi 400 buku dan dilengkapi karpet untuk anak. Selain di pelabuhan, dua rak kecil juga dipasang di kapal penyeberangan yang melayani lintasan Tanjung Serdang–Batulicin.

“Penumpang bisa menunggu kapal sampai satu jam. Kami ingin waktu itu bermanfaat, terutama untuk anak-anak yang ikut menyeberang,” kata Kepala Dispersip Kotabaru, Drs. H. Achmad Fauzi Laode.

Buku di kapal boleh dibaca selama perjalanan dan dikembalikan ke rak sebelum turun. Pengelola pelabuhan akan mencatat buku yang hilang atau rusak setiap pekan. Warga dapat menyumbang buku melalui petugas pelabuhan. (kb/af)""",
short="Pojok baca 400 buku diresmikan di ruang tunggu Pelabuhan Feri Tanjung Serdang (26/11), plus dua rak di kapal lintasan Tanjung Serdang–Batulicin.",
para="""Amun manunggu kapal di Tanjung Serdang wayahini ada pojok baca, ampat ratus buku wan karpit gasan kakanakan ⛴️ Di kapal nang ka Batulicin ada rak jua, dua. Bukunya baca di kapal haja, bulikakan ka rak sabalum turun lah. Handak manyumbang buku, titip ka patugas palabuhan. #Kotabaru""", pk="banjar",
look=[
dict(t="""Jadwal kapal feri Tanjung Serdang–Batulicin berubah mulai Senin depan: keberangkatan pertama pukul 05.30. Mohon disesuaikan.""",
     d="same port, a timetable change", h=70, r="kotabaru"),
dict(t="""Perpustakaan desa Stagen menerima 400 buku sumbangan dari alumni SMA. Rak baru dibuat dari kayu bekas.""",
     d="a village library with the same figure 400", h=150, r="kim-stagen"),
dict(t="""Pojok baca di Pelabuhan Trisakti Banjarmasin sudah dipasang bulan lalu, ternyata ramai juga dipakai penumpang kapal ke Jawa.""",
     d="the provincial corner at another port", h=30, r="bjm"),
],
),

dict(id="a31", src="dispersip-kalsel", reg="bjb", at="2026-11-04T09:45",
title="Bedah Buku 'Riwayat Sungai di Tanah Banjar' di Perpustakaan Palnam",
text="""BANJARBARU – Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Selatan menggelar bedah buku Riwayat Sungai di Tanah Banjar karya Mahmud Jailani Saberi, Sabtu (7/11/2026) pukul 09.00 Wita di Perpustakaan Palnam, Banjarbaru. Buku setebal 312 halaman itu mengisahkan kehidupan masyarakat di Sungai Martapura, Negara dan Barito dari masa kerajaan hingga kini.

“Bedah buku ini kami buka untuk umum dan gratis. Kami ingin warga, terutama pelajar dan mahasiswa, mengenal penulis lokal dan bertanya langsung,” kata Kepala Bidang Layanan Perpustakaan Dispersip Kalsel, Ahmad Rizali Fauzan, Rabu (4/11/2026).

Kursi tersedia untuk 150 peserta dengan pendaftaran melalui akun media sosial perpustakaan. Seratus peserta pertama mendapat buku gratis bertanda tangan penulis. (dsp/ar)""",
short="Bedah buku 'Riwayat Sungai di Tanah Banjar' (Mahmud Jailani Saberi, 312 halaman) Sabtu (7/11) pukul 09.00 di Perpustakaan Palnam; gratis, 150 kursi, 100 pendaftar pertama dapat buku bertanda tangan.",
long="""Dispersip Kalsel mengadakan bedah buku Riwayat Sungai di Tanah Banjar karya Mahmud Jailani Saberi, Sabtu 7 November jam 09.00 di Perpustakaan Palnam, Banjarbaru. Buku 312 halaman ini bercerita tentang hidup masyarakat di Sungai Martapura, Negara dan Barito dari masa kerajaan sampai sekarang. Gratis dan terbuka untuk umum, 150 kursi, daftar lewat medsos perpustakaan; 100 pendaftar pertama dapat buku bertanda tangan.""",
para="""Nang katuju mambaca sajarah sungai, Sabtu 7 November jam sanga ada bedah buku Riwayat Sungai di Tanah Banjar di Perpustakaan Palnam 📚 Panulisnya Mahmud Jailani Saberi, bukunya talu ratus dua walas halaman. Kada babayar, saratus lima puluh kursi. Saratus nang badaptar tadahulu dapat buku batandatangan! #Palnam""", pk="banjar",
look=[
dict(t="""Perpustakaan Palnam Sabtu ini juga ada lomba mewarnai untuk anak TK, 150 peserta, pendaftaran di lobi.""",
     d="same library, a colouring contest with the same figure 150", h=30, r="bjb"),
dict(t="""Peluncuran buku kumpulan puisi Banjar karya guru SMAN 2 Banjarbaru di kafe Jalan Panglima Batur Minggu sore. Terbuka untuk umum.""",
     d="another book launch at a café", h=100, r="kim-guntung-manggis"),
dict(t="""Bedah buku berikutnya di Perpustakaan Palnam: Sabtu 5 Desember, buku "Jukung dan Lanting" karya Rusmini Abdullah. Katanya kuota 100 kursi, daftar di meja layanan.""",
     d="the library's next book talk (another book, 5/12, 100 seats)", h=520, r="bjb"),
],
),

dict(id="a32", src="pemkot-banjarbaru", reg="bjb", at="2026-11-16T10:00",
title="Lomba Resensi Buku Pelajar Banjarbaru Berhadiah Total Rp12 Juta",
text="""BANJARBARU – Dinas Perpustakaan dan Kearsipan Kota Banjarbaru membuka Lomba Resensi Buku bagi pelajar SMP dan SMA/SMK, Senin (16/11/2026). Peserta meresensi satu buku karya penulis Kalimantan Selatan, panjang 700 sampai 1.200 kata, dan mengirimkannya melalui surel hingga 30 November 2026.

“Meresensi melatih anak membaca dengan teliti lalu menulis pendapatnya sendiri. Kami tidak mencari yang paling panjang, tetapi yang paling jujur dan rapi,” ujar Kepala Dispersip Kota Banjarbaru, Hj. Syarifah Hayati.

Total hadiah Rp12 juta untuk enam pemenang, masing-masing tiga dari jenjang SMP dan SMA/SMK. Pemenang diumumkan Senin (14/12/2026) dan karya terbaik dimuat dalam buletin perpustakaan. Setiap sekolah boleh mengirim paling banyak lima peserta. (bjb/sh)""",
short="Lomba resensi buku pelajar SMP dan SMA/SMK Banjarbaru: resensi buku penulis Kalsel 700–1.200 kata, kirim via surel sampai 30 Nov; hadiah total Rp12 juta untuk enam pemenang.",
para="""Buat kalian yang suka baca, Dispersip Banjarbaru bikin lomba resensi buku buat SMP dan SMA/SMK 📝 Bukunya harus karya penulis Kalsel, 700–1.200 kata, kirim lewat email paling telat 30 November. Hadiahnya total 12 juta buat 6 pemenang. Tiap sekolah max 5 orang ya. Gak perlu panjang, yang penting jujur dan rapi katanya.""", pk="casual",
look=[
dict(t="""Lomba menulis cerpen pelajar tingkat provinsi dari Balai Bahasa ditutup 30 November juga, temanya sungai. Jangan tertukar dengan lomba resensi kota.""",
     d="another writing contest with the same deadline", h=50, r="prov"),
dict(t="""SMAN 1 Banjarbaru bikin lomba resensi internal untuk kelas X, pemenangnya dapat voucher toko buku. Dikumpulkan ke wali kelas.""",
     d="a school's own contest", h=120, r="kim-sungai-ulin"),
dict(t="""Total hadiah Rp12 juta juga disiapkan untuk lomba kebersihan antar-RT Kelurahan Guntung Manggis, penilaian mulai minggu depan.""",
     d="same prize figure, a cleanliness contest", h=200, r="kim-guntung-manggis"),
],
before=dict(t="""Guru Bahasa Indonesia bilang sebentar lagi ada lomba resensi dari perpustakaan kota, disuruh mulai baca buku penulis Kalsel dari sekarang. Ada rekomendasi judul?""",
     d="teacher's tip before the call is published"),
),
]
