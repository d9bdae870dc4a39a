# -*- coding: utf-8 -*-
"""Hand-written releases a28-a40 of heldout59 (same fields as rel_a.py)."""

R = []

R.append(dict(
    key="a28", src="pemprov-kalsel", at="2026-11-20 13:30", region="prov", place="Banjarbaru",
    title="Hari Anak Sedunia, 13 Anak Ambil Alih Kursi Kepala Dinas Sehari",
    text="""BANJARBARU – Memperingati Hari Anak Sedunia, 13 anak dari 13 kabupaten/kota menduduki kursi kepala perangkat daerah Pemprov Kalsel selama sehari dalam kegiatan Anak Ambil Alih, Jumat (20/11/2026). Mereka memimpin rapat singkat, meninjau layanan dan menyampaikan rekomendasi di Kantor Gubernur, Banjarbaru.

"Anak-anak ini melihat hal yang sering luput dari kami, seperti toilet kantor layanan yang tidak ramah anak atau ruang tunggu tanpa tempat duduk rendah," kata Asisten Pemerintahan dan Kesra Setdaprov Kalsel, H. Gusti Iqbal Ramadhani.

Rekomendasi paling banyak menyangkut keselamatan jalan ke sekolah, ruang tunggu di puskesmas dan akses air bersih. Semua rekomendasi dicatat dan akan dijawab tertulis oleh perangkat daerah terkait paling lambat akhir Desember. (prov/ms)""",
    S="Hari Anak Sedunia (20/11): 13 anak dari 13 kabupaten/kota menjadi kepala perangkat daerah Pemprov Kalsel sehari dalam Anak Ambil Alih di Kantor Gubernur Banjarbaru. Rekomendasi mereka dijawab tertulis paling lambat akhir Desember.",
    L="""Hari Anak Sedunia, Jumat 20 November, diperingati Pemprov Kalsel dengan kegiatan Anak Ambil Alih. Tiga belas anak, satu dari tiap kabupaten/kota, duduk di kursi kepala perangkat daerah selama sehari di Kantor Gubernur, Banjarbaru: memimpin rapat singkat, meninjau layanan dan memberi rekomendasi.

Rekomendasi terbanyak soal keselamatan jalan ke sekolah, ruang tunggu puskesmas dan air bersih. Asisten Pemerintahan dan Kesra H. Gusti Iqbal Ramadhani menyebut anak melihat hal yang luput dari orang dewasa; semua rekomendasi dijawab tertulis paling lambat akhir Desember.""",
    P="Hari Anak Sedunia, talu walas urang kakanakan jadi kapala dinas sahari di Kantor Gubernur! 😄 Bubuhannya mamimpin rapat, maitihi layanan, lalu bausul: jalan ka sakulah nang aman, ruang mahadang di puskesmas, banyu barasih. Akhir Disimbir kaina dijawab tatulis. Hebat ading-ading!",
    N=[("Di Kabupaten Banjar, seorang pelajar SMA menjadi Camat Martapura sehari dalam rangka Hari Anak Sedunia. Ia meninjau pelayanan KTP dan meminta ruang tunggu diberi pojok baca.",
        "another kabupaten's own one-child kecamatan takeover", 0.4, "kim-sungai-paring", None),
       ("Kantor Gubernur Banjarbaru hari ini menerima kunjungan 120 pelajar SD dalam program mengenal pemerintahan. Mereka diajak melihat ruang rapat dan taman kantor.",
        "same building, school visit (no takeover, no rights day)", 7.1, "kim-sungai-besar", None),
       ("Jawaban tertulis atas rekomendasi anak-anak peserta Anak Ambil Alih mulai diterima forum anak. Dinas PUPR menjanjikan dua zebra cross baru di Banjarbaru pada Februari.",
        "the later written answers (one office's reply) told as its own news", 14.2, "kim-loktabat-selatan", None),
       ],
    B=[("Anak kami terpilih mewakili kabupaten untuk jadi kepala dinas sehari di Banjarbaru hari Jumat nanti. Deg-degan katanya 😅 Doakan lancar ya.",
        "a parent's post days before the takeover", 60.0, None)],
))

R.append(dict(
    key="a29", src="pemkab-tabalong", at="2026-11-21 16:20", region="Kabupaten Tabalong", place="Tanjung",
    title="1.200 Anak Ramaikan Festival Hak Anak di Pendopo Bupati Tabalong",
    text="""TANJUNG – Sekitar 1.200 anak mengikuti Festival Hak Anak dalam rangka Hari Anak Sedunia di halaman Pendopo Bupati Tabalong, Tanjung, Sabtu (21/11/2026). Festival menghadirkan 10 pos permainan yang masing-masing mewakili hak anak, seperti hak bermain, hak atas identitas, hak kesehatan dan hak untuk didengar.

"Anak-anak belajar haknya sambil bermain. Di pos identitas, misalnya, orang tua bisa langsung mengurus akta kelahiran yang belum dimiliki anaknya," ujar Wakil Bupati Tabalong, H. Rahmadi Effendi.

Di pos identitas tercatat 84 permohonan akta kelahiran yang akan diselesaikan Disdukcapil dalam sepekan. Festival ditutup dengan pembacaan suara anak Tabalong oleh Forum Anak Kabupaten, yang akan diserahkan kepada DPRD pada Desember. (tabalong/ry)""",
    S="Festival Hak Anak di halaman Pendopo Bupati Tabalong (21/11) diikuti sekitar 1.200 anak: 10 pos permainan hak anak; di pos identitas masuk 84 permohonan akta kelahiran. Suara anak Tabalong diserahkan ke DPRD Desember.",
    P="Ramai banar di Pendopo Tanjung tadi! Kira-kira saribu dua ratus kakanakan bamain di Festival Hak Anak, ada sapuluh pos: hak bamain, hak identitas, hak kasihatan... Di pos identitas ada 84 kuitan maurus akta. Suara anak Tabalong kaina dibawa ka DPRD. 🎈 #HariAnakSedunia",
    N=[("TK Aisyiyah Mabuun memperingati Hari Anak Sedunia dengan lomba mewarnai dan pawai kostum profesi keliling kompleks. Pesertanya 64 anak.",
        "a kindergarten's own celebration (64 children), not the festival", 0.2, "kim-mabuun", None),
       ("Halaman Pendopo Bupati Tabalong hari Minggu ini dipakai untuk jalan sehat HUT PGRI. Start pukul 06.30.",
        "same venue, another event", 7.6, "kim-pembataan", None),
       ("Disdukcapil Tabalong menyelesaikan 84 akta kelahiran dari pos identitas Festival Hak Anak. Orang tua bisa mengambilnya di kantor dinas mulai hari ini.",
        "the later delivery of the birth certificates (same 84), told as its own news", 6.9, "kim-tanjung-kota", None),
       ],
    B=[("Besok pagi ada festival anak di Pendopo Tanjung, katanya bisa sekalian urus akta kelahiran. Bawa KK dan surat lahir dari bidan ya.",
        "invitation the day before", 26.0, "kim-pembataan")],
))

R.append(dict(
    key="a30", src="pemkab-kotabaru", at="2026-11-20 17:05", region="Kabupaten Kotabaru", place="Kotabaru",
    title="Dialog Anak Pulau: 90 Anak dari Sembilan Pulau Bicara Langsung dengan Bupati",
    text="""KOTABARU – Sebanyak 90 anak dari sembilan pulau di Kabupaten Kotabaru berdialog langsung dengan Bupati melalui sambungan video dalam Dialog Anak Pulau, Jumat (20/11/2026), memperingati Hari Anak Sedunia. Dialog dipusatkan di Ruang Rapat Bupati dan diikuti anak-anak dari Pulau Sebuku, Pulau Sembilan dan pulau kecil lainnya.

"Ada anak dari Pulau Sembilan yang bertanya kenapa kapal ke sekolah lanjutan hanya dua kali seminggu. Pertanyaan seperti ini yang harus kami jawab dengan kebijakan," kata Bupati Kotabaru, H. Syarifuddin Aman.

Keluhan terbanyak menyangkut transportasi laut, sinyal internet dan air bersih. Bupati meminta Dinas Perhubungan mengkaji tambahan jadwal kapal dan melaporkan hasilnya dalam dua pekan. (kotabaru/ys)""",
    S="Dialog Anak Pulau (20/11, Hari Anak Sedunia): 90 anak dari sembilan pulau di Kotabaru berdialog dengan Bupati lewat sambungan video; keluhan terbanyak transportasi laut, sinyal dan air bersih. Dishub diminta kaji tambahan jadwal kapal dalam dua pekan.",
    P="Kakanakan matan sambilan pulau di Kotabaru bapandir langsung lawan Bupati lewat video, Hari Anak Sedunia tadi. Sambilan puluh urang! Nang rancak dikaluhakan: kapal, sinyal, banyu barasih. Ada nang batakun kanapa kapal ka sakulah cuma dua kali saminggu 🚢 Dishub disuruh maitihi.",
    N=[("Dinas Perhubungan Kotabaru menambah satu jadwal kapal perintis ke Pulau Sembilan mulai Senin depan, jadi tiga kali seminggu. Penambahan ini menindaklanjuti keluhan warga dan anak sekolah.",
        "the later decision on the ship schedule, told as its own news", 13.9, "kim-baharu-utara", None),
       ("Anak-anak SD di Pulau Sebuku hari ini belajar membuat video pendek tentang kampung mereka bersama relawan literasi. Hasilnya akan diunggah di kanal desa.",
        "a village literacy activity on the same island, not the dialogue", 3.4, "kim-serongga", None),
       ("Ruang Rapat Bupati Kotabaru pagi ini dipakai untuk rapat koordinasi persiapan Natal dan Tahun Baru bersama TNI dan Polri.",
        "same room, another meeting", 8.7, "kim-semayap", None),
       ],
))

R.append(dict(
    key="a31", src="pemprov-kalsel", at="2026-11-17 14:10", region="prov", place="Banjarmasin",
    title="Gugus Tugas TPPO Kalsel Catat 21 Kasus, Pengawasan Pelabuhan Diperketat Jelang Akhir Tahun",
    text="""BANJARMASIN – Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang (TPPO) Kalimantan Selatan mencatat 21 kasus sepanjang Januari hingga Oktober 2026, dengan 34 korban yang sebagian besar perempuan dan anak. Data dipaparkan dalam rapat koordinasi gugus tugas se-Kalsel di Banjarmasin, Selasa (17/11/2026).

"Modusnya banyak lewat tawaran kerja di media sosial, dengan gaji tinggi di luar pulau. Anak-anak yang putus sekolah paling rentan," ujar Sekretaris Daerah Provinsi Kalsel, H. Muhammad Syarifuddin Arsyad.

Rapat menyepakati pengawasan terpadu di pelabuhan dan terminal selama libur akhir tahun. Gugus tugas kabupaten/kota diminta membentuk posko di simpul transportasi masing-masing paling lambat 1 Desember 2026. (prov/ms)""",
    S="Gugus Tugas TPPO Kalsel mencatat 21 kasus Januari-Oktober 2026 dengan 34 korban, sebagian besar perempuan dan anak (rakor 17/11, Banjarmasin). Modus tawaran kerja di media sosial; posko di pelabuhan dan terminal paling lambat 1 Desember.",
    L="""Rapat koordinasi Gugus Tugas Pencegahan dan Penanganan TPPO se-Kalimantan Selatan di Banjarmasin, Selasa 17 November, memaparkan 21 kasus perdagangan orang sepanjang Januari-Oktober 2026 dengan 34 korban, kebanyakan perempuan dan anak.

Menurut Sekdaprov H. Muhammad Syarifuddin Arsyad, modus terbanyak tawaran kerja bergaji tinggi di luar pulau lewat media sosial, dan anak putus sekolah paling rentan. Gugus tugas kabupaten/kota diminta membuka posko di pelabuhan dan terminal paling lambat 1 Desember untuk libur akhir tahun.""",
    P="Hati-hati dangsanak, ada 21 kasus perdagangan urang di Kalsel matan Januari sampai Oktober, korbannya 34 urang, banyak bibinian wan kakanakan. Modusnya tawaran gawian gaji ganal di luar pulau lewat medsos. Kaina ada posko di palabuhan wan terminal mulai 1 Disimbir. Jangan lakas parcaya lah! ⚠️",
    N=[("Waspada lowongan kerja palsu sebagai pelayan restoran di Malaysia yang beredar di grup Facebook warga Kintap. Polsek setempat mengimbau warga tidak mengirim dokumen dan uang.",
        "a local warning about one fake job ad, no task-force data", 4.0, "kim-kintap", None),
       ("Rapat koordinasi Tim Pengawasan Orang Asing (Timpora) Kalsel di Banjarmasin hari ini membahas 21 warga negara asing yang izin tinggalnya habis.",
        "same figure 21, foreigners' supervision meeting", 2.2, "kim-teluk-dalam", None),
       ("Tahun lalu gugus tugas TPPO Kalsel menangani 17 kasus. Kalau ada anak atau saudara ditawari kerja ke luar pulau tanpa kontrak jelas, tanyakan dulu ke dinas tenaga kerja.",
        "last year's figure and a general appeal", 8.5, None, "instagram"),
       ],
))

R.append(dict(
    key="a32", src="pemkab-tanah-bumbu", at="2026-11-26 10:05", region="Kabupaten Tanah Bumbu", place="Batulicin",
    title="Posko Pencegahan Perdagangan Orang Dibuka di Pelabuhan Batulicin 1 Desember hingga 10 Januari",
    text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu akan membuka posko pencegahan perdagangan orang di Pelabuhan Batulicin mulai 1 Desember 2026 hingga 10 Januari 2027. Rencana itu disampaikan dalam apel gabungan di halaman Kantor Bupati, Kamis (26/11/2026), yang diikuti petugas Dinas P3A, Dinas Perhubungan, kepolisian dan syahbandar.

"Kami akan memperhatikan perempuan muda dan anak yang bepergian tanpa keluarga, atau rombongan yang dijemput calo. Petugas akan bertanya dengan ramah, bukan menginterogasi," kata Asisten Pemerintahan dan Kesra Setda Tanah Bumbu, H. Muhammad Ridhani.

Posko dijaga 24 jam oleh 18 petugas yang bergantian dalam tiga sif. Warga yang mencurigai tawaran kerja ke luar daerah dapat melapor langsung ke posko atau ke UPTD PPA. (tanbu/fa)""",
    S="Tanah Bumbu membuka posko pencegahan perdagangan orang di Pelabuhan Batulicin 1 Desember-10 Januari, dijaga 24 jam oleh 18 petugas dalam tiga sif (apel gabungan 26/11). Sasaran: perempuan muda dan anak bepergian tanpa keluarga.",
    P="Mulai 1 Disimbir sampai 10 Januari ada posko cegah perdagangan urang di Palabuhan Batulicin, dijaga 24 jam, walu walas patugas. Amun ada tawaran gawian ka luar daerah nang mancurigaakan, padahakan ka posko atawa UPTD PPA. Jaga anak bibinian kita lah 🙏 #Tanbu",
    N=[("Posko angkutan Natal dan Tahun Baru di Pelabuhan Batulicin dibuka mulai 18 Desember untuk memantau lonjakan penumpang. Dishub menyiapkan 18 petugas.",
        "same port and same 18 officers, but the Nataru transport post", 9.0, "kim-gunung-tinggi", None),
       ("Hari pertama posko pencegahan perdagangan orang di Pelabuhan Batulicin, petugas mendampingi dua remaja putri yang hendak menyeberang tanpa orang tua. Keduanya dijemput keluarga sore harinya.",
        "the post's first day (1 Dec) and its own finding, told as its own news", 5.3, "kim-kota-pagatan", None),
       ("Halaman Kantor Bupati Tanah Bumbu pagi ini jadi lokasi apel kesiapsiagaan banjir, diikuti 300 personel gabungan.",
        "same yard, another assembly (flood readiness)", 3.0, "kim-satui-barat", None),
       ],
))

R.append(dict(
    key="a33", src="polda-kalsel", at="2026-11-18 19:40", region="Kota Banjarmasin", place="Banjarmasin",
    title="Polda Kalsel Gagalkan Pengiriman Tujuh Perempuan ke Luar Pulau di Pelabuhan Trisakti",
    text="""BANJARMASIN – Direktorat Reserse Kriminal Umum Polda Kalimantan Selatan menggagalkan pengiriman tujuh perempuan, dua di antaranya berusia 16 tahun, yang akan diberangkatkan ke luar pulau melalui Pelabuhan Trisakti, Banjarmasin, Rabu (18/11/2026). Dua orang perekrut diamankan di ruang tunggu penumpang.

"Para korban dijanjikan bekerja di rumah makan dengan gaji Rp6 juta per bulan, tetapi tidak pernah menandatangani kontrak dan identitasnya dipegang perekrut," ujar Kepala Bidang Humas Polda Kalsel, Kombes Pol. Agus Santika Widjaja.

Ketujuh korban kini didampingi UPTD PPA Provinsi dan akan dipulangkan ke keluarga di Tapin dan Banjar. Kedua tersangka dijerat Undang-Undang Tindak Pidana Perdagangan Orang dengan ancaman penjara paling lama 15 tahun. (humas/ag)""",
    S="Polda Kalsel menggagalkan pengiriman tujuh perempuan (dua berusia 16 tahun) ke luar pulau lewat Pelabuhan Trisakti (18/11); dua perekrut ditangkap. Korban dijanjikan kerja rumah makan Rp6 juta/bulan, kini didampingi UPTD PPA.",
    L="""Tujuh perempuan, dua di antaranya baru 16 tahun, batal diberangkatkan ke luar pulau setelah Ditreskrimum Polda Kalsel bertindak di Pelabuhan Trisakti Banjarmasin, Rabu 18 November. Dua perekrut ditangkap di ruang tunggu penumpang.

Kabid Humas Kombes Pol. Agus Santika Widjaja menyebut korban dijanjikan kerja di rumah makan dengan gaji Rp6 juta tanpa kontrak, dan identitas mereka dipegang perekrut. Korban didampingi UPTD PPA Provinsi dan dipulangkan ke keluarga di Tapin dan Banjar; tersangka terancam hingga 15 tahun penjara.""",
    P="Astaghfirullah, pitu urang bibinian, dua ikung baumur 16 tahun, hampir dibawa ka luar pulau lewat Palabuhan Trisakti. Dijanjiakan gawian di rumah makan gaji anam juta, KTP-nya ditahan parekrut. Polda sudah manangkap dua urang parekrut. Korban wayahini didampingi UPTD PPA. Hati-hati lah dangsanak!",
    N=[("Polres Kotabaru menangkap seorang pria yang menjanjikan pekerjaan di kapal ikan kepada tiga pemuda Pulau Laut. Korban diminta menyerahkan uang Rp2 juta untuk biaya berangkat.",
        "another police unit, another case (three young men, fishing boats)", 6.2, "kim-baharu-utara", None),
       ("Pelabuhan Trisakti padat penumpang sore ini, kapal ke Surabaya penuh. Petugas meminta penumpang datang dua jam sebelum keberangkatan.",
        "same port, ordinary crowd notice", 2.9, "kim-pelambuan", None),
       ("Dua remaja putri asal Binuang yang sempat hilang kontak sejak Minggu sudah kembali ke rumah hari ini. Keluarga berterima kasih kepada warga yang membantu mencari.",
        "a missing-teen homecoming in Binuang with no link to the port case", 4.8, "kim-bakarangan", None),
       ],
))

R.append(dict(
    key="a34", src="dp3a-kalsel", at="2026-11-25 11:50", region="prov", place="Banjarbaru",
    title="Profil Gender dan Anak Kalsel 2026 Diluncurkan, IPG Naik Menjadi 89,42",
    text="""BANJARBARU – DP3A Kalsel meluncurkan buku Profil Gender dan Anak Kalimantan Selatan 2026 di Banjarbaru, Rabu (25/11/2026). Buku tersebut mencatat Indeks Pembangunan Gender (IPG) Kalsel naik dari 88,97 menjadi 89,42, sementara keterwakilan perempuan di DPRD provinsi mencapai 18,2 persen.

"Data terpilah ini harus dipakai saat menyusun program. Jangan lagi ada kegiatan yang tidak tahu berapa penerima perempuan dan laki-lakinya," kata Kepala DP3A Kalsel, Hj. Rusdiana Maulida.

Profil memuat data 13 kabupaten/kota tentang pendidikan, kesehatan, ketenagakerjaan dan perlindungan anak. Untuk pertama kalinya profil juga memuat jumlah forum anak dan PUSPAGA di setiap daerah. Buku dibagikan kepada perangkat daerah dalam bentuk cetak dan dapat diunduh di laman dinas mulai Desember 2026. (dp3a/rn)""",
    S="DP3A Kalsel meluncurkan Profil Gender dan Anak 2026 (25/11): IPG naik dari 88,97 menjadi 89,42, keterwakilan perempuan di DPRD provinsi 18,2 persen. Bisa diunduh di laman dinas mulai Desember.",
    P="Kabar data: Indeks Pembangunan Gender Kalsel naik, matan 88,97 jadi 89,42. Bibinian di DPRD provinsi wayahini 18,2 persen. Samunyaan ada di buku Profil Gender wan Anak 2026 nang hanyar diluncurakan DP3A. Disimbir kaina kawa diunduh. 📊",
    N=[("BPS merilis Indeks Pembangunan Manusia Kalsel 2026 sebesar 74,18, naik 0,61 poin dari tahun lalu. Angka harapan lama sekolah juga meningkat.",
        "another office and another index (HDI)", 5.1, None, None),
       ("Di DPRD Kabupaten Tapin, keterwakilan perempuan periode ini 18,2 persen, atau lima dari 30 anggota. Kaukus perempuan parlemen menggelar diskusi bersama pelajar hari ini.",
        "same percentage 18,2 in a kabupaten parliament, another event", 3.3, "kim-binuang", None),
       ("Profil Gender dan Anak 2025 masih bisa dibaca di perpustakaan daerah. Di situ IPG Kalsel tercatat 88,97.",
        "last year's book and figure", 0.8, None, None),
       ],
))

R.append(dict(
    key="a35", src="pemkab-balangan", at="2026-11-27 15:15", region="Kabupaten Balangan", place="Paringin",
    title="Balangan Raih Anugerah Parahita Ekapraya Kategori Pratama",
    text="""PARINGIN – Kabupaten Balangan meraih Anugerah Parahita Ekapraya (APE) kategori Pratama atas komitmen pengarusutamaan gender. Penghargaan diterima Wakil Bupati Balangan di Jakarta dan diumumkan di Paringin, Jumat (27/11/2026). Ini pertama kalinya Balangan meraih APE setelah dua kali mengikuti penilaian.

"Penghargaan ini bukan akhir. Tahun depan semua dinas wajib menyusun anggaran responsif gender, bukan hanya lima dinas percontohan seperti sekarang," ujar Wakil Bupati Balangan, H. Supiansyah Hadi.

Penilaian APE mencakup kelembagaan, data terpilah, anggaran dan partisipasi masyarakat, termasuk peran organisasi perempuan di desa. Pemkab Balangan menargetkan naik ke kategori Madya pada penilaian 2028 dengan memperluas data terpilah sampai ke tingkat desa. (balangan/ad)""",
    S="Balangan meraih Anugerah Parahita Ekapraya kategori Pratama untuk pengarusutamaan gender (diumumkan 27/11), pertama kali setelah dua kali ikut. Tahun depan semua dinas wajib anggaran responsif gender; target Madya 2028.",
    P="Alhamdulillah Balangan dapat panghargaan APE kategori Pratama pasal pangarusutamaan gender 🏆 Hanyar pertama kali, imbah dua kali umpat. Tahun dudi samunyaan dinas musti manyusun anggaran responsif gender. Target 2028 naik ka Madya. Mantap Balangan!",
    N=[("Kabupaten Tabalong tahun lalu sudah meraih APE kategori Madya. Tahun ini Tabalong tidak ikut penilaian karena sedang menyiapkan data terpilah desa.",
        "another kabupaten's earlier award", 2.0, "kim-tanjung-kota", None),
       ("Balangan meraih penghargaan Kabupaten Layak Anak kategori Pratama tahun lalu. Penilaian tahun ini masih berjalan dan hasilnya diumumkan pertengahan 2027.",
        "same kabupaten, another award (KLA, last year)", 4.4, "kim-halong", None),
       ("Wakil Bupati Balangan hari ini menyerahkan hadiah lomba kebersihan masjid di Halong. Juara pertama Masjid Al-Ikhlas.",
        "same official, another event", 6.0, "kim-halong", None),
       ],
))

R.append(dict(
    key="a36", src="pemkab-hst", at="2026-11-23 13:35", region="Kabupaten Hulu Sungai Tengah", place="Barabai",
    title="45 Perencana Dinas di HST Dilatih Menyusun Anggaran Responsif Gender",
    text="""BARABAI – Sebanyak 45 perencana dari 23 perangkat daerah di Hulu Sungai Tengah mengikuti pelatihan penyusunan anggaran responsif gender di Aula Bappeda HST, Barabai, Senin (23/11/2026). Mereka belajar membuat analisis gender sederhana dan lembar Gender Budget Statement untuk kegiatan tahun 2027.

"Jalan desa yang sama dipakai ibu ke pasar dan anak ke sekolah. Kalau perencanaan melihat siapa yang memakai, hasilnya lebih tepat sasaran," ujar Sekretaris Daerah HST, H. Lukman Hakim Nor.

Setiap perangkat daerah wajib menyerahkan paling sedikit dua lembar Gender Budget Statement sebelum penetapan dokumen pelaksanaan anggaran pada pertengahan Desember. Bappeda akan memberi pendampingan per dinas selama dua pekan. (hst/mr)""",
    S="45 perencana dari 23 perangkat daerah HST dilatih menyusun anggaran responsif gender di Aula Bappeda Barabai (23/11); tiap dinas wajib serahkan minimal dua Gender Budget Statement sebelum DPA pertengahan Desember.",
    P="Ampat puluh lima urang perencana dinas di HST baajar maulah anggaran responsif gender di Aula Bappeda Barabai tadi. Tiap dinas musti manyarahakan dua lembar Gender Budget Statement sabalum tangah Disimbir. Jalan desa dipakai mama ka pasar wan anak ka sakulah, jadi musti dipikirakan samunyaan 👍",
    N=[("Aula Bappeda HST hari ini menjadi tempat konsultasi publik rancangan RTRW dengan 45 peserta dari unsur desa dan kecamatan.",
        "same hall and same count 45, another consultation", 2.1, "kim-barabai-timur", None),
       ("Balangan sudah mewajibkan anggaran responsif gender di lima dinas sejak tahun ini. Pelatihannya berlangsung Maret lalu di Paringin.",
        "another kabupaten's earlier training", 1.2, "kim-paringin-kota", None),
       ],
))

R.append(dict(
    key="a37", src="pemkab-banjar", at="2026-11-11 13:20", region="Kabupaten Banjar", place="Martapura",
    title="Pasar Bauntung Batuah Martapura Kini Punya Ruang Laktasi dan Pojok Bermain Anak",
    text="""MARTAPURA – Pasar Bauntung Batuah, Martapura, kini memiliki ruang laktasi dan pojok bermain anak sebagai bagian dari program Pasar Ramah Anak. Fasilitas di lantai dua pasar itu diresmikan Rabu (11/11/2026) dan dapat dipakai gratis oleh pengunjung serta pedagang.

"Banyak pedagang perempuan membawa anaknya berjualan sejak subuh. Mereka perlu tempat menyusui yang layak dan anak perlu tempat aman, bukan bermain di lorong yang licin," ujar Wakil Bupati Banjar, H. Habib Idrus Alaydrus.

Pojok bermain dijaga dua petugas pasar pada pukul 07.00-15.00 Wita. Pemkab juga memasang papan larangan merokok di area anak dan menyiapkan pengeras suara untuk pengumuman anak hilang. Pasar Gambut dijadwalkan menyusul tahun depan. (banjar/mf)""",
    S="Pasar Bauntung Batuah Martapura kini punya ruang laktasi dan pojok bermain anak di lantai dua (diresmikan 11/11), gratis untuk pengunjung dan pedagang; dijaga dua petugas 07.00-15.00 Wita. Pasar Gambut menyusul tahun depan.",
    P="Acil-acil padagang di Pasar Bauntung Batuah, wayahini ada ruang manyusui wan pojok bamain anak di lantai dua! Gratis, dijaga dua patugas jam pitu sampai jam talu. Jadi kakanakan kada usah bamain di lurung nang licin lagi 😊 Pasar Gambut tahun dudi. #Martapura",
    N=[("Pedagang Pasar Bauntung Batuah mengeluhkan atap bocor di blok ikan lantai satu saat hujan deras tadi pagi. Pengelola berjanji memperbaiki pekan ini.",
        "same market, a roof-leak complaint", 5.1, "kim-sungai-paring", None),
       ("Mal pelayanan publik di Martapura menambah ruang laktasi baru untuk pemohon layanan. Ruangannya berpendingin dan dilengkapi kursi menyusui.",
        "another public building's nursing room, not the market", 9.2, "kim-sungai-paring", None),
       ("Wakil Bupati Banjar siang ini meninjau banjir di Desa Pengaron dan menyerahkan 150 paket sembako.",
        "same official, same day, another event", 0.1, "kim-pengaron", None),
       ],
    B=[("Di lantai dua Pasar Bauntung Batuah ada ruangan baru yang dicat warna-warni, katanya untuk anak-anak. Belum dibuka, masih disegel.",
        "seen before the opening", 30.0, "kim-mandiangin-timur")],
))

R.append(dict(
    key="a38", src="pemkab-batola", at="2026-11-24 09:40", region="Kabupaten Barito Kuala", place="Marabahan",
    title="Taman Asuh Anak untuk ASN Dibuka di Kompleks Kantor Bupati Batola Mulai 1 Desember",
    text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala akan membuka Taman Asuh Anak di Kompleks Kantor Bupati, Marabahan, mulai 1 Desember 2026. Layanan penitipan ini menampung 30 anak aparatur berusia enam bulan sampai lima tahun, diumumkan dalam rapat pimpinan, Selasa (24/11/2026).

"Ibu yang bekerja tidak perlu lagi menitipkan bayi ke tetangga yang jauh atau meninggalkan pekerjaan untuk menyusui. Ruangannya bersebelahan dengan kantor," ujar Sekretaris Daerah Barito Kuala, H. Zulkifli Yadi Nor.

Taman Asuh Anak buka pukul 07.30-16.30 Wita pada hari kerja dengan empat pengasuh bersertifikat dan satu perawat. Orang tua hanya membayar iuran makan Rp150 ribu per bulan. Pendaftaran dibuka di bagian umum sekretariat daerah hingga Jumat (27/11/2026). (batola/ik)""",
    S="Batola membuka Taman Asuh Anak di Kompleks Kantor Bupati Marabahan mulai 1 Desember untuk 30 anak ASN usia 6 bulan-5 tahun, 07.30-16.30 Wita, iuran makan Rp150 ribu/bulan. Daftar sampai 27 November.",
    P="Gasan bubuhan ASN di Batola nang baisi anak halus: mulai 1 Disimbir ada Taman Asuh Anak di kompleks Kantor Bupati Marabahan, talu puluh anak, umur anam bulan sampai lima tahun. Iuran makan haja saratus lima puluh ribu sabulan. Badaftar sampai Jumahat! 👶",
    N=[("Taman Asuh Anak di kompleks kantor bupati hari ini mulai menerima anak. Dari 30 kuota, 26 anak sudah terdaftar dan hari pertama ada yang menangis tidak mau ditinggal 😅",
        "the first day of the daycare (26 children), told as its own news", 7.1, "kim-ulu-benteng", None),
       ("PAUD Melati di Handil Bakti menerima murid baru untuk semester depan, kuota 30 anak usia 4-6 tahun. Pendaftaran di rumah kepala sekolah.",
        "a village PAUD's own intake (same 30), not the daycare", 3.0, "kim-handil-bakti", None),
       ("Katanya penitipan anak di kantor bupati Batola nanti gratis untuk semua warga? Tidak benar ya, itu khusus anak pegawai dan tetap ada iuran makan.",
        "a rumour corrected; no new facts", 2.0, "kim-tabunganen-muara", None),
       ],
))

R.append(dict(
    key="a39", src="pemkab-hsu", at="2026-11-27 10:25", region="Kabupaten Hulu Sungai Utara", place="Amuntai",
    title="Pasar Induk Amuntai Terapkan Pasar Ramah Anak, Pengumuman Anak Hilang dan Area Bebas Rokok",
    text="""AMUNTAI – Pasar Induk Amuntai mulai menerapkan konsep Pasar Ramah Anak, Jumat (27/11/2026). Pengelola menyediakan pos informasi anak hilang di pintu utama, ruang laktasi, area bebas asap rokok di blok pakaian dan jalur khusus kereta bayi di lantai dasar.

"Menjelang akhir tahun pasar sangat ramai. Dalam sebulan terakhir ada empat kejadian anak terpisah dari orang tuanya, untung semuanya cepat ditemukan," kata Kepala Dinas Perdagangan HSU, H. Muhammad Husaini.

Sebanyak 24 pedagang dilatih menjadi relawan pasar ramah anak yang membantu anak terpisah dan melaporkan tindakan mencurigakan. Pengelola juga meminta pengunjung tidak meninggalkan anak sendirian di lapak. Penerapan akan dievaluasi pada Februari 2027 sebelum diperluas ke Pasar Alabio. (hsu/sl)""",
    S="Pasar Induk Amuntai menerapkan Pasar Ramah Anak mulai 27 November: pos anak hilang di pintu utama, ruang laktasi, area bebas rokok, jalur kereta bayi; 24 pedagang jadi relawan. Evaluasi Februari 2027 sebelum ke Pasar Alabio.",
    P="Urang Amuntai nang bapasar, wayahini Pasar Induk Amuntai jadi Pasar Ramah Anak: ada pos anak hilang di lawang ganal, ruang manyusui, kada bulih marokok di blok baju. Duapuluh ampat padagang jadi relawan. Amun anak tapisah, lakas ka pos lah 🙏 #HSU",
    N=[("Seorang balita sempat terpisah dari ibunya di Pasar Alabio pagi tadi dan ditemukan pedagang ikan sepuluh menit kemudian. Terima kasih warga!",
        "an incident at another market (Alabio), no programme facts", 4.1, "kim-paliwara", None),
       ("Pasar Induk Amuntai mulai Senin depan menerapkan pembayaran retribusi non-tunai untuk 24 blok kios.",
        "same market and number 24, another measure (cashless fees)", 2.1, "kim-sungai-malang", None),
       ],
))

R.append(dict(
    key="a40", src="diskominfo-kalsel", at="2026-11-10 15:55", region="prov", place="Banjarmasin",
    title="60 Admin KIM Dilatih Menulis Berita Ramah Anak, Identitas Korban Wajib Dirahasiakan",
    text="""BANJARMASIN – Dinas Komunikasi dan Informatika Kalsel bersama DP3A Kalsel melatih 60 pengelola akun Kelompok Informasi Masyarakat (KIM) dari 13 kabupaten/kota tentang penulisan berita ramah anak di Banjarmasin, Selasa (10/11/2026). Peserta diajarkan untuk tidak menyebut nama, sekolah, alamat maupun wajah anak yang menjadi korban atau pelaku.

"Niatnya membantu, tapi satu unggahan yang menyebut nama kampung dan sekolah bisa membuat anak dikenali seumur hidup," kata Kepala Bidang Informasi dan Komunikasi Publik Diskominfo Kalsel, Syahriannor Hidayat.

Peserta juga berlatih mengaburkan foto dan menulis ulang berita kasus. Diskominfo akan membagikan pedoman singkat pemberitaan ramah anak kepada semua KIM pada awal Desember 2026 dan memantau unggahan selama tiga bulan. (mc-kalsel/sh)""",
    S="Diskominfo dan DP3A Kalsel melatih 60 admin KIM dari 13 kabupaten/kota menulis berita ramah anak (10/11, Banjarmasin): jangan sebut nama, sekolah, alamat atau wajah anak korban/pelaku. Pedoman singkat dibagikan awal Desember.",
    P="Bubuhan admin KIM, ingat lah: amun ada kasus kakanakan, jangan disambat ngaran, sakulah, alamat, wan jangan dipajang muhanya! Anam puluh admin KIM sa-Kalsel hanyar baajar nang kaya ini di Banjarmasin. Awal Disimbir kaina ada pedoman dibagiakan. ✍️",
    N=[("Pelatihan fotografi ponsel untuk 60 admin KIM se-Kabupaten Banjar digelar Diskominfo Banjar di Martapura hari ini. Materinya komposisi dan pencahayaan.",
        "same count 60 and same audience, another office and topic (photography)", 9.0, "kim-mandiangin-timur", None),
       ("Pedoman pemberitaan ramah anak dari Diskominfo sudah kami terima hari ini, delapan halaman. Mulai sekarang foto anak di unggahan KIM kami akan dikaburkan.",
        "the later guideline arriving at one KIM, its own news", 22.8, "kim-guntung-manggis", None),
       ("Admin grup warga mohon jangan lagi membagikan foto anak yang jadi korban kecelakaan kemarin. Kasihan keluarganya.",
        "a local appeal, no training facts", 4.0, "kim-serongga", None),
       ],
))
