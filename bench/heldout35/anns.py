# Hand-written releases of heldout35 and, per release, its own-words texts and look-alikes.
# Every official, figure, venue and post is made up; place names are real places in Kalsel.
# Fields: id, source, published (Wita), slug, title, text (3 paragraphs),
#   short (8-20 words), long (own-words, or None), para (Banjar / casual paraphrase),
#   looks: [(kim, day offset from the release, text, how it differs)],
#   before: (kim, hours before the release, text) or None

ANNS = [
# ---------------------------------------------------------------- F1 bokar bersih / UPPB karet
dict(id="a01", src="disbunnak-kalsel", at="2026-11-03T10:20", slug="disbunnak-kalsel-bina-24-uppb-bokar-bersih-di-enam-kabupaten",
title="Disbunnak Kalsel Bina 24 UPPB Bokar Bersih di Enam Kabupaten",
text="""BANJARBARU – Dinas Perkebunan dan Peternakan (Disbunnak) Provinsi Kalimantan Selatan membina 24 Unit Pengolahan dan Pemasaran Bokar (UPPB) di enam kabupaten agar pekebun karet menjual bahan olah karet (bokar) yang bersih dan bermutu. Pembinaan dibuka Selasa (3/11/2026) di Aula Disbunnak Kalsel dan berlangsung sampai 20 November 2026.

Sebanyak 240 pekebun dilatih membekukan lateks dengan asap cair, bukan tawas atau pupuk, serta menjaga kadar karet kering (KKK) minimal 55 persen. "Bokar yang bersih dihargai lebih tinggi oleh pabrik. Selisihnya bisa sampai Rp1.500 per kilogram, itu uang pekebun sendiri," kata Kepala Disbunnak Kalsel, H. Syahrial Anwar.

Setiap UPPB juga menerima bantuan 200 liter asap cair dan timbangan digital. Hasil penjualan lelang bokar di UPPB binaan akan dievaluasi pada pertengahan Desember 2026. (disbunnak/rh)""",
short="Disbunnak Kalsel bina 24 UPPB karet, 240 pekebun dilatih bikin bokar bersih pakai asap cair.",
long="Pekebun karet di enam kabupaten dapat pembinaan dari Disbunnak Kalsel. Ada 24 UPPB yang dibina sejak Selasa 3 November sampai 20 November, 240 pekebun belajar membekukan lateks pakai asap cair (jangan tawas!) dan menjaga KKK minimal 55 persen. Tiap UPPB dapat 200 liter asap cair plus timbangan digital. Kata Pak Syahrial Anwar, bokar bersih bisa lebih mahal sampai Rp1.500 per kilo.",
para="Dangsanak pahumaan karet, Disbunnak provinsi lagi mambina 24 UPPB di anam kabupaten. Dua ratus ampat puluh urang pekebun diajari mambakukan getah pakai asap cair, jangan lagi pakai tawas. Ujar Pa Syahrial, bokar nang barasih bisa labih larang sampai saribu lima ratus sakilo. Lumayan banar gasan kita 👍 #karet #bokar",
looks=[("kim-tebing-tinggi", 2, "Harga karet di pengepul Tebing Tinggi minggu ini Rp11.800/kg untuk bokar kering, turun 300 dari minggu lalu. Yg masih pakai tawas harganya dipotong lagi.", "weekly rubber price at a collector, no programme"),
       ("kim-ribang", -30, "Foto kegiatan: pelatihan bokar bersih di Balai Desa Ribang tahun 2025, waktu itu 20 pekebun dan asap cair dibagi 50 liter per kelompok. Semoga tahun ini ada lagi.", "2025 training photo in Ribang"),
       ("kim-binjai-punggal", 6, "Kelompok tani karet Binjai Punggal gotong royong bikin bak pembeku baru dari kayu, swadaya warga, muat 40 keping bokar.", "village's own swadaya freezing tubs")],
before=("kim-ribang", 20, "Besok pagi katanya ada pembukaan pembinaan UPPB karet se-Kalsel di Banjarbaru. Ketua UPPB kami berangkat malam ini. Nanti kami kabari hasilnya ya.")),

dict(id="a02", src="pemkab-tabalong", at="2026-11-10T14:05", slug="enam-uppb-muara-uya-dan-haruai-terima-1200-liter-asap-cair",
title="Enam UPPB Muara Uya dan Haruai Terima 1.200 Liter Asap Cair",
text="""TANJUNG – Enam Unit Pengolahan dan Pemasaran Bokar (UPPB) di Kecamatan Muara Uya dan Haruai menerima 1.200 liter asap cair dan enam timbangan digital dari program pembinaan bokar bersih Provinsi Kalimantan Selatan. Penyerahan berlangsung Selasa (10/11/2026) di Balai Desa Ribang, Kecamatan Muara Uya.

Sebanyak 60 pekebun dari Desa Ribang, Kembang Kuning dan sekitarnya sebelumnya mengikuti pelatihan pembekuan lateks. "Kami minta pekebun tidak lagi mencampur bokar dengan tanah atau kayu. Sekali ketahuan pabrik, harga satu desa ikut jatuh," ujar Kepala Dinas Pertanian Tabalong, Ir. Bahrani Mukti.

Dinas Pertanian Tabalong akan mendampingi lelang bokar perdana di UPPB Ribang pada awal Desember 2026. Pekebun yang belum tergabung dalam UPPB diminta mendaftar melalui penyuluh di kecamatan masing-masing. (tbl/hm)""",
short="UPPB Muara Uya dan Haruai terima 1.200 liter asap cair, lelang bokar perdana awal Desember.",
long=None,
para="Alhamdulillah UPPB di Muara Uya wan Haruai dapat asap cair saribu dua ratus liter wan timbangan digital. Pa Bahrani bapasan, jangan lagi mancampur bokar wan tanah atawa kayu, kaina harga sa-desa maumpati jatuh. Nang balum masuk UPPB, bapadah haja wan penyuluh kecamatan.",
looks=[("kim-kembang-kuning", 24, "Lelang bokar perdana di UPPB Ribang tadi pagi: 14,2 ton terjual, harga tertinggi Rp12.300/kg. Pembeli dari dua pabrik di Banjarmasin.", "the later first auction (next stage)"),
       ("kim-binjai-punggal", 3, "Balangan juga ada pembagian asap cair utk UPPB Halong, 800 liter, diserahkan di kantor kecamatan.", "another kabupaten's distribution"),
       ("kim-mabuun", 1, "Kepala Dinas Pertanian Tabalong hadir di panen jagung poktan Mabuun, hasil 6,1 ton per hektare.", "same official, another event")],
before=None),

dict(id="a03", src="pemkab-balangan", at="2026-11-18T11:40", slug="pasar-lelang-bokar-perdana-halong-jual-184-ton-karet",
title="Pasar Lelang Bokar Perdana di Halong Jual 18,4 Ton Karet",
text="""PARINGIN – Pemerintah Kabupaten Balangan menggelar pasar lelang bokar perdana di UPPB Sepakat Desa Binjai Punggal, Kecamatan Halong, Rabu (18/11/2026). Sebanyak 18,4 ton bahan olah karet dari 96 pekebun terjual dengan harga tertinggi Rp12.450 per kilogram.

Lelang yang dibiayai APBD Balangan ini diikuti lima pembeli dari pabrik karet di Banjarmasin dan Martapura. "Harga lelang lebih tinggi Rp900 dari harga pengepul di desa. Pasar lelang ini akan kami buka rutin dua minggu sekali," kata Wakil Bupati Balangan, H. Arif Rusmadi, saat membuka lelang.

Lelang berikutnya dijadwalkan pada 2 Desember 2026 di tempat yang sama. Pekebun dari Kecamatan Tebing Tinggi dan Awayan dapat ikut menjual bokar setelah mendaftar di UPPB terdekat. (prokom-blg/sn)""",
short="Lelang bokar perdana di Binjai Punggal, Halong: 18,4 ton karet terjual, tertinggi Rp12.450/kg.",
long="Kabar gembira buat pekebun karet Halong. Rabu 18 November Pemkab Balangan membuka pasar lelang bokar perdana di UPPB Sepakat, Binjai Punggal. 96 pekebun menjual 18,4 ton, harga tertinggi Rp12.450 per kilo, lebih tinggi Rp900 dari pengepul. Lima pembeli pabrik datang. Lelang akan rutin dua minggu sekali, berikutnya 2 Desember, warga Tebing Tinggi dan Awayan boleh ikut asal daftar dulu di UPPB.",
para="Lelang bokar pertama di Binjai Punggal sudah jadi, dangsanak ai. Dalapan walas koma ampat ton habis tajual, harga paling tinggi dua walas ribu ampat ratus limapuluh sakilo. Labih baik sambilan ratus pada pengepul. Ujar Pa Wabup, tiap dua minggu kaina ada lagi. Urang Tebing Tinggi wan Awayan kawa umpat jua.",
looks=[("kim-tebing-tinggi", 15, "Lelang bokar kedua di Binjai Punggal hari ini: 21 ton, harga tertinggi Rp12.600. Pekebun Tebing Tinggi sudah ikut 11 orang.", "the second auction on 2 December"),
       ("kim-paringin-kota", 2, "Wakil Bupati Balangan membuka turnamen voli antarkecamatan di lapangan Paringin, diikuti 16 tim.", "same official, another event"),
       ("kim-ribang", 8, "Tabalong juga mau buka pasar lelang bokar di Ribang, katanya 14 ton sudah siap. Kami tunggu jadwal pastinya.", "Tabalong's own auction")],
before=("kim-binjai-punggal", 28, "Info utk pekebun: besok ada lelang bokar di UPPB Sepakat. Bokar diantar paling lambat jam 7 pagi, harus kering dan bersih.")),

# ---------------------------------------------------------------- F2 harga TBS sawit
dict(id="a04", src="disbunnak-kalsel", at="2026-11-05T16:30", slug="harga-tbs-sawit-kalsel-periode-i-november-2026-rp3284-per-kg",
title="Harga TBS Sawit Kalsel Periode I November 2026 Rp3.284 per Kg",
text="""BANJARBARU – Tim Penetapan Harga Tandan Buah Segar (TBS) Kelapa Sawit Provinsi Kalimantan Selatan menetapkan harga TBS periode I November 2026 untuk tanaman umur 10–20 tahun sebesar Rp3.284,17 per kilogram. Penetapan dilakukan dalam rapat di Kantor Disbunnak Kalsel, Kamis (5/11/2026).

Harga itu turun Rp41,06 dibanding periode II Oktober, dengan indeks K sebesar 91,84 persen. Harga CPO rata-rata tercatat Rp13.612 per kilogram dan inti sawit Rp8.905 per kilogram. "Harga ini wajib menjadi acuan pabrik yang bermitra dengan pekebun plasma dan swadaya yang tergabung dalam kelembagaan," kata Kepala Bidang Usaha Perkebunan Disbunnak Kalsel, Muhammad Firdaus.

Harga berlaku 6 sampai 19 November 2026. Pekebun yang menemukan pabrik membeli di bawah harga penetapan dapat melapor ke dinas perkebunan kabupaten. (disbunnak/fd)""",
short="Harga TBS sawit Kalsel periode I November: Rp3.284,17/kg umur 10-20 tahun, turun Rp41.",
long="Buat pekebun sawit: harga TBS periode I November 2026 sudah ditetapkan Kamis 5 November. Umur 10–20 tahun Rp3.284,17 per kilo, turun Rp41,06 dari periode sebelumnya, indeks K 91,84 persen. Berlaku 6–19 November. Kalau ada pabrik beli di bawah harga ini, lapor ke dinas perkebunan kabupaten.",
para="Harga TBS sawit priode partama November sudah kaluar, umur 10 sampai 20 tahun tiga ribu dua ratus dalapan puluh ampat sakilo, turun ampat puluhan rupiah. Balaku sampai 19 November. Mun ada pabrik manukar di bawah itu, lapurakan haja ka dinas. #sawit #TBS",
looks=[("kim-sungai-danau", -1, "Harga TBS di RAM Sungai Danau hari ini Rp2.650/kg, timbangan buka jam 8.", "a buying station's daily price"),
       ("kim-karang-bintang", -25, "Arsip: harga TBS Kalsel periode I November 2025 Rp2.968,44/kg. Bandingkan dgn tahun ini nanti. https://disbunnak.kalselprov.go.id/berita/harga-tbs-sawit-kalsel-periode-i-november-2025-rp2968-per-kg", "last year's same period"),
       ("kim-asam-asam", 3, "Harga TBS Kalimantan Tengah periode ini Rp3.301/kg, ini dari grup pekebun sebelah, bukan harga Kalsel ya.", "another province's price")],
before=("kim-karang-bintang", 6, "Sore ini katanya penetapan harga TBS periode baru. Ada yang dengar bocoran turun atau naik?")),

dict(id="a05", src="disbunnak-kalsel", at="2026-11-19T17:10", slug="harga-tbs-periode-ii-november-naik-jadi-rp3312-per-kg",
title="Harga TBS Periode II November Naik Jadi Rp3.312 per Kg",
text="""BANJARBARU – Harga tandan buah segar (TBS) kelapa sawit Kalimantan Selatan periode II November 2026 naik menjadi Rp3.312,40 per kilogram untuk tanaman umur 10–20 tahun. Hasil itu ditetapkan dalam rapat tim penetapan harga di Banjarbaru, Kamis (19/11/2026).

Kenaikan sebesar Rp28,23 dipicu membaiknya harga CPO rata-rata menjadi Rp13.740 per kilogram. Indeks K naik tipis menjadi 91,90 persen. "Kenaikan memang kecil, tetapi sudah dua periode kami lihat pabrik makin patuh membayar sesuai penetapan," kata Kepala Bidang Usaha Perkebunan Disbunnak Kalsel, Muhammad Firdaus.

Harga periode II berlaku 20 November sampai 3 Desember 2026. Disbunnak Kalsel meminta dinas kabupaten mengumumkan harga ini di kantor desa dan tempat penimbangan agar pekebun swadaya tidak dirugikan. (disbunnak/fd)""",
short="TBS periode II November naik Rp28,23 jadi Rp3.312,40/kg, berlaku 20 Nov-3 Des.",
long=None,
para="Kabar baik pahumaan sawit, harga TBS priode kadua November naik, jadi tiga ribu talu ratus dua walas sakilo gasan umur 10-20 tahun. Naiknya sadikit haja, dua puluh dalapan rupiah, tapi lumayan ai. Balaku sampai 3 Desember.",
looks=[("kim-sungai-danau", 16, "Harga TBS periode I Desember keluar, Rp3.298/kg, turun lagi. Sabar dulu pekebun.", "next period (December)"),
       ("kim-karang-bintang", 1, "Harga pupuk NPK sawit di toko tani Karang Bintang naik jadi Rp485 ribu per sak.", "fertiliser price"),
       ("kim-kotabaru-hilir", 4, "Kotabaru: harga kelapa butir di pasar Kotabaru Rp6.000, sawit di pengepul Rp2.700.", "local market prices")],
before=None),

dict(id="a06", src="pemkab-tanah-bumbu", at="2026-11-24T13:25", slug="tim-pengawas-harga-tbs-tanbu-sidak-empat-pabrik-kelapa-sawit",
title="Tim Pengawas Harga TBS Tanbu Sidak Empat Pabrik Kelapa Sawit",
text="""BATULICIN – Tim pengawas harga tandan buah segar (TBS) Kabupaten Tanah Bumbu melakukan inspeksi mendadak ke empat pabrik kelapa sawit (PKS) di Kecamatan Kusan Hulu dan Satui, Selasa (24/11/2026). Dua pabrik kedapatan membeli TBS pekebun swadaya Rp140 sampai Rp210 per kilogram di bawah harga penetapan provinsi.

Tim mencocokkan nota timbang pekebun dengan harga periode II November sebesar Rp3.312,40 per kilogram. "Kami beri teguran tertulis dan waktu tujuh hari untuk membayar selisihnya kepada pekebun. Kalau tidak, izin usaha akan kami rekomendasikan untuk ditinjau," tegas Asisten Perekonomian Setda Tanah Bumbu, H. Nurdiansyah.

Pekebun yang merasa dirugikan diminta membawa nota timbang ke posko pengaduan di Dinas Perkebunan Tanah Bumbu sampai 8 Desember 2026. (kominfo-tanbu/ar)""",
short="Sidak TBS Tanbu: dua PKS di Kusan Hulu/Satui beli di bawah harga, ditegur, bayar selisih 7 hari.",
long="Selasa 24 November tim pengawas harga TBS Tanah Bumbu mendatangi empat PKS di Kusan Hulu dan Satui. Dua pabrik ketahuan membeli sawit pekebun swadaya Rp140–210 per kilo di bawah harga provinsi (Rp3.312,40). Mereka ditegur tertulis dan harus membayar selisih dalam tujuh hari. Pekebun yang punya nota timbang bisa mengadu ke posko Disbun Tanbu sampai 8 Desember.",
para="Pekebun sawit Satui wan Kusan Hulu, dangarakan. Tim pengawas harga TBS Tanbu sidak ka ampat pabrik, dua pabrik katahuan manukar di bawah harga. Disuruh mambayar salisihnya dalam tujuh hari. Simpan nota timbang pian, bawa ka posko Disbun sampai 8 Desember lah.",
looks=[("kim-karang-bintang", 5, "Tim terpadu Tanbu sidak SPBU Karang Bintang soal antrean solar, ditemukan jeriken dilarang.", "another sidak"),
       ("kim-sungai-danau", 9, "Pekebun Sungai Danau rapat koperasi bahas rencana jual TBS langsung ke pabrik, 43 anggota hadir.", "cooperative meeting"),
       ("kim-sebelimbingan", 6, "Kotabaru juga bentuk tim pengawas harga TBS, rapat pertama di aula Setda. Sidak belum dijadwalkan. https://kotabarukab.go.id/berita/4391/pemkab-kotabaru-bentuk-tim-pengawas-harga-tbs", "another kabupaten's team, no inspection yet")],
before=("kim-sungai-danau", 4, "Ada mobil dinas rombongan masuk ke pabrik sawit dekat sini pagi ini, kabarnya tim dari kabupaten. Belum tahu ada apa.")),

# ---------------------------------------------------------------- F3 pas kecil kapal tradisional
dict(id="a07", src="dishub-kalsel", at="2026-11-04T09:45", slug="dishub-kalsel-buka-gerai-pas-kecil-gratis-untuk-1500-kapal-tradisional",
title="Dishub Kalsel Buka Gerai Pas Kecil Gratis untuk 1.500 Kapal Tradisional",
text="""BANJARMASIN – Dinas Perhubungan Provinsi Kalimantan Selatan membuka gerai pengukuran dan penerbitan pas kecil gratis bagi kapal motor tradisional di bawah 7 GT. Layanan keliling ini berlangsung Senin (9/11/2026) sampai 27 November 2026 di 11 dermaga pada delapan kabupaten, dengan target 1.500 kapal.

Pemilik kelotok, jukung bermesin dan speedboat cukup membawa KTP, bukti kepemilikan kapal dan foto kapal. "Banyak kapal rakyat belum punya pas kecil sehingga sulit mendapat bantuan dan asuransi. Tahun ini seluruh biaya kami tanggung," kata Kepala Dinas Perhubungan Kalsel, Ir. Fitriadi Rahman, Rabu (4/11/2026).

Jadwal tiap dermaga diumumkan melalui dinas perhubungan kabupaten. Kapal yang sudah diukur akan menerima pas kecil dalam satu hari kerja, dan datanya masuk ke sistem registrasi kapal provinsi. (dishub-kalsel/ys)""",
short="Gerai pas kecil gratis Dishub Kalsel 9-27 November untuk 1.500 kapal rakyat di bawah 7 GT.",
long="Pemilik kelotok dan jukung bermesin, ada layanan gratis dari Dishub Kalsel: pengukuran kapal dan pas kecil untuk kapal di bawah 7 GT. Gerai keliling 11 dermaga di delapan kabupaten dari 9 sampai 27 November, targetnya 1.500 kapal. Bawa KTP, bukti kepemilikan, dan foto kapal. Pas kecil jadi dalam sehari. Jadwal per dermaga cek di dishub kabupaten.",
para="Nang baisi kalotok atawa jukung bamesin, ada pas kacil gratis matan Dishub provinsi, 9 sampai 27 November, 11 dermaga. Bawa KTP, surat kapal wan poto kapalnya. Ujar Pa Fitriadi, kapal rakyat nang kada baisi pas kacil ngalih dapat bantuan. Sahari haja jadi, kada bamayar sapir-pir.",
looks=[("kim-basirih", 14, "Layanan pas kecil Dishub di Basirih ditunda karena dermaga sedang diperbaiki, kapal diarahkan ke Dermaga Pasar Lama.", "a postponed local stop"),
       ("kim-tabunganen-muara", -20, "Tahun lalu pengukuran kapal di Tabunganen bayar Rp150 ribu, banyak yang batal. Semoga ada gratis.", "last year's paid service"),
       ("kim-aluh-aluh-besar", 2, "Dishub Kalsel bagi pelampung di Dermaga Aluh-Aluh, 200 buah utk motoris kelotok. www.dishub.kalselprov.go.id/2026/11/06/dishub-kalsel-bagikan-200-pelampung-di-aluh-aluh/", "same office, life-jackets")],
before=("kim-tabunganen-muara", 40, "Kabarnya minggu depan ada pengukuran kapal gratis dari provinsi. Yang punya kelotok siapkan surat-suratnya dulu.")),

dict(id="a08", src="pemkab-barito-kuala", at="2026-11-11T15:50", slug="212-kelotok-di-marabahan-dan-tabunganen-diukur-180-terima-pas-kecil",
title="212 Kelotok di Marabahan dan Tabunganen Diukur, 180 Terima Pas Kecil",
text="""MARABAHAN – Sebanyak 212 kelotok dan jukung bermesin di Kabupaten Barito Kuala diukur dalam layanan pas kecil gratis Dinas Perhubungan Kalsel di Dermaga Marabahan dan Dermaga Tabunganen, Selasa dan Rabu (10–11/11/2026). Sebanyak 180 pemilik kapal langsung menerima pas kecil.

Sisanya 32 kapal masih menunggu kelengkapan bukti kepemilikan. "Pemilik yang dokumennya belum lengkap bisa mengurus surat keterangan di kantor desa, lalu datang ke Dishub Batola, tidak perlu menunggu gerai tahun depan," kata Kepala Dinas Perhubungan Barito Kuala, H. Rusdiansyah.

Dishub Batola mencatat sekitar 1.100 kapal rakyat beroperasi di sungai-sungai Barito Kuala. Data kapal yang telah memiliki pas kecil akan dipakai untuk pembagian pelampung dan mesin pada 2027. (kominfo-batola/nh)""",
short="Batola: 212 kelotok diukur di Marabahan-Tabunganen, 180 langsung terima pas kecil gratis.",
long=None,
para="Di Marabahan wan Tabunganen dua ratus dua walas kalotok sudah diukur, saratus dalapan puluh langsung dapat pas kacil. Nang kurang surat, urus dulu di kantor desa, imbah itu ka Dishub Batola. Kada usah mahadang tahun dudi.",
looks=[("kim-jejangkit-muara", 6, "Kelotok sekolah Jejangkit mogok di tengah sungai tadi pagi, anak-anak dijemput perahu warga. Alhamdulillah selamat.", "a boat breakdown"),
       ("kim-marabahan-kota", 9, "Dishub Batola ramp check 30 kelotok angkutan penumpang di Dermaga Marabahan jelang libur akhir tahun.", "ramp check at the same jetty"),
       ("kim-tabunganen-muara", 20, "Tahap kedua pengukuran kapal di Tabunganen dijadwalkan Februari 2027 utk 32 kapal yg kemarin belum lengkap.", "later stage in 2027")],
before=("kim-marabahan-kota", 18, "Besok gerai pas kecil di Dermaga Marabahan buka jam 8. Antrean nomor dibagi di pos dermaga.")),

dict(id="a09", src="pemkab-hsu", at="2026-11-20T10:30", slug="dishub-hsu-jemput-bola-pas-kecil-jukung-di-paminggir",
title="Dishub HSU Jemput Bola Pas Kecil Jukung di Paminggir",
text="""AMUNTAI – Dinas Perhubungan Kabupaten Hulu Sungai Utara menggelar layanan jemput bola pas kecil untuk 140 jukung dan kelotok di Kecamatan Paminggir dan Danau Panggang, Senin–Rabu (23–25/11/2026). Layanan dibiayai APBD HSU karena gerai provinsi tidak menjangkau desa-desa rawa tersebut.

Petugas akan berkeliling dengan kapal dinas ke Desa Paminggir, Sapala dan Danau Panggang. "Warga rawa hidupnya di atas air. Jukung mereka harus tercatat supaya bantuan mesin dan asuransi nelayan tidak salah sasaran," kata Kepala Dishub HSU, Syarifuddin Noor, Jumat (20/11/2026).

Pemilik kapal diminta menunggu di dermaga desa masing-masing dengan membawa KTP. Jadwal rinci per desa diumumkan oleh pembakal dan melalui pengeras suara masjid. (diskominfo-hsu/aw)""",
short="Dishub HSU keliling pas kecil 140 jukung di Paminggir dan Danau Panggang, 23-25 November.",
long="Warga rawa HSU tidak perlu ke kota. Dishub HSU memakai APBD sendiri untuk layanan jemput bola pas kecil 140 jukung dan kelotok di Paminggir dan Danau Panggang, Senin–Rabu 23–25 November. Kapal dinas singgah di Paminggir, Sapala dan Danau Panggang. Tunggu di dermaga desa, bawa KTP. Jadwal per desa diumumkan pembakal dan lewat masjid.",
para="Urang Paminggir wan Danau Panggang, Dishub HSU handak datang manggawi pas kacil jukung, 23 sampai 25 November. Kada usah ka Amuntai, tunggu haja di dermaga desa, bawa KTP. Jadwalnya kaina dipadahakan pambakal wan di masigit. 🚤",
looks=[("kim-danau-panggang", 11, "Dishub HSU bagikan 60 pelampung utk jukung sekolah Danau Panggang. Diserahkan di dermaga desa.", "life-jackets later"),
       ("kim-sungai-malang", 2, "Lomba jukung hias HUT Amuntai digelar di Sungai Tabalong hari Minggu, 22 peserta.", "jukung contest, same river"),
       ("kim-paminggir", -10, "Petugas kecamatan mendata nelayan Paminggir utk kartu KUSUKA, 85 nelayan sudah daftar.", "KUSUKA data collection")],
before=None),

# ---------------------------------------------------------------- F4 tarif angkutan sungai
dict(id="a10", src="pemprov-kalsel", at="2026-11-06T11:15", slug="tarif-baru-angkutan-sungai-antarkabupaten-berlaku-16-november",
title="Tarif Baru Angkutan Sungai Antarkabupaten Berlaku 16 November",
text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan menetapkan tarif baru angkutan sungai penumpang antarkabupaten yang berlaku mulai Senin (16/11/2026). Tarif kelotok Banjarmasin–Marabahan ditetapkan Rp25.000 per orang dan speedboat pada rute yang sama Rp60.000.

Penyesuaian tarif ini diatur dalam Peraturan Gubernur yang ditandatangani Jumat (6/11/2026), setelah kenaikan harga BBM dan biaya perawatan mesin. Anak sekolah mendapat potongan 50 persen dengan menunjukkan kartu pelajar. "Pengusaha kapal tidak boleh memungut di atas tarif ini. Penumpang berhak meminta karcis," kata Kepala Biro Perekonomian Setdaprov Kalsel, Dra. Nurul Hidayah.

Dinas perhubungan kabupaten diminta memasang papan tarif di setiap dermaga sebelum 16 November. Keluhan tarif dapat disampaikan ke kanal pengaduan Dishub Kalsel. (biro-adpim/ns)""",
short="Tarif baru angkutan sungai mulai 16 Nov: kelotok Banjarmasin-Marabahan Rp25 ribu, speedboat Rp60 ribu.",
long="Mulai Senin 16 November berlaku tarif baru angkutan sungai antarkabupaten sesuai Pergub yang ditandatangani 6 November. Kelotok Banjarmasin–Marabahan Rp25.000, speedboat Rp60.000. Pelajar dapat diskon 50 persen dengan kartu pelajar. Penumpang berhak minta karcis, dan papan tarif harus dipasang di setiap dermaga.",
para="Mulai 16 November ongkos naik kalotok Banjar–Marabahan jadi dua puluh lima ribu, speedboat anam puluh ribu. Anak sakulah bayar satangah haja, tunjukakan kartu palajar. Ujar Bu Nurul, juragan kapal kada bulih mamintai labih. Minta karcis lah pian. #angkutansungai",
looks=[("kim-marabahan-kota", -35, "Ongkos kelotok Marabahan ke Banjarmasin sekarang Rp20 ribu, tapi kadang ditarik Rp25 ribu kalau sore.", "the old fare before the Pergub"),
       ("kim-teluk-tiram", 3, "Tarif penyeberangan jukung tambangan di Teluk Tiram tetap Rp3.000, kata pengemudi tidak ikut naik.", "a local crossing fare"),
       ("kim-tabunganen-muara", 7, "Harga BBM eceran di Tabunganen Rp13 ribu per liter minggu ini, motoris mengeluh.", "fuel price")],
before=("kim-marabahan-kota", 30, "Dengar-dengar ongkos kelotok ke Banjarmasin mau naik lagi bulan ini, betul kah? Ada yang tahu berapa?")),

dict(id="a11", src="pemkot-banjarmasin", at="2026-11-13T16:40", slug="dishub-banjarmasin-pasang-papan-tarif-di-tujuh-dermaga",
title="Dishub Banjarmasin Pasang Papan Tarif di Tujuh Dermaga",
text="""BANJARMASIN – Dinas Perhubungan Kota Banjarmasin memasang papan tarif angkutan sungai di tujuh dermaga penumpang, Jumat (13/11/2026), menjelang berlakunya tarif baru sesuai Peraturan Gubernur Kalimantan Selatan pada 16 November 2026. Papan dipasang antara lain di Dermaga Pasar Lama, Dermaga Alalak dan Dermaga Basirih.

Selain papan tarif, Dishub membuka posko pengaduan di Dermaga Pasar Lama selama dua minggu pertama. "Kelotok wisata susur sungai tidak termasuk, tarifnya tetap paket. Yang diatur ini angkutan penumpang umum antarkabupaten," jelas Kepala Dishub Banjarmasin, Ir. Hamdani Yusuf.

Petugas akan memeriksa karcis penumpang secara acak mulai Senin. Pengusaha kapal yang memungut di atas tarif akan ditegur dan bisa dicabut izin trayeknya. (diskominfo-bjm/ry)""",
short="Dishub Banjarmasin pasang papan tarif angkutan sungai di 7 dermaga, posko aduan di Pasar Lama.",
long=None,
para="Di Dermaga Pasar Lama, Alalak wan Basirih sudah tapasang papan tarip kalotok nang hanyar. Mun ada juragan mamintai labih, padahakan ka posko Dishub di Pasar Lama. Kalotok wisata susur sungai kada umpat, tetap paket.",
looks=[("kim-basirih", 4, "Dermaga Basirih dicat ulang warga, gotong royong Minggu pagi, cat sumbangan toko bangunan.", "repainting the same jetty"),
       ("kim-sungai-andai", 8, "Kelotok wisata susur sungai Banjarmasin sekarang Rp50 ribu per orang paket sore, start dari Siring.", "tourist boat package"),
       ("kim-teluk-tiram", 15, "Hasil pemeriksaan karcis di Dermaga Alalak: 3 kelotok ditegur karena tidak memberi karcis.", "checks reported later (next stage)")],
before=None),

dict(id="a12", src="pemkab-hsu", at="2026-11-25T09:05", slug="perbup-tarif-speedboat-amuntai-danau-panggang-rp35-ribu",
title="Perbup Tarif Speedboat Amuntai–Danau Panggang Rp35 Ribu",
text="""AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara menetapkan tarif angkutan sungai dalam kabupaten melalui Peraturan Bupati yang ditandatangani Rabu (25/11/2026). Tarif speedboat Amuntai–Danau Panggang ditetapkan Rp35.000 dan kelotok Rp15.000 per orang, berlaku mulai 1 Desember 2026.

Untuk rute Amuntai–Paminggir, speedboat Rp55.000 dan kelotok Rp25.000. Barang bawaan sampai 20 kilogram tidak dipungut biaya. "Selama ini tarif di rawa tidak seragam, satu kapal bisa beda harga pagi dan sore. Dengan Perbup ini ada kepastian untuk warga," kata Bupati Hulu Sungai Utara, H. Muhammad Rizani.

Dishub HSU akan membagikan stiker tarif ke semua kapal penumpang dalam pekan ini. Warga dapat melaporkan pelanggaran kepada camat atau langsung ke Dishub HSU. (diskominfo-hsu/aw)""",
short="Perbup HSU: speedboat Amuntai-Danau Panggang Rp35 ribu, kelotok Rp15 ribu, mulai 1 Desember.",
long="HSU punya tarif angkutan sungai sendiri. Perbup ditandatangani Rabu 25 November dan berlaku 1 Desember: Amuntai–Danau Panggang speedboat Rp35.000, kelotok Rp15.000; Amuntai–Paminggir speedboat Rp55.000, kelotok Rp25.000. Barang sampai 20 kg gratis. Stiker tarif dibagikan ke semua kapal penumpang minggu ini.",
para="Urang Danau Panggang wan Paminggir, mulai 1 Desember ongkos speedboat ka Amuntai talu puluh lima ribu, kalotok lima walas ribu. Ka Paminggir speedboat limapuluh lima ribu. Barang sampai dua puluh kilo kada dibayar. Ujar Pa Bupati, supaya kada baubah harga pagi wan sanja lagi.",
looks=[("kim-danau-panggang", -4, "Ongkos speedboat ke Amuntai naik sendiri jadi Rp40 ribu sejak minggu lalu, warga bingung tidak ada pengumuman.", "fare rise before any Perbup"),
       ("kim-paminggir", 12, "Speedboat Paminggir-Amuntai pagi ini tidak jalan, air surut, penumpang menunggu sampai siang.", "low water trip cancelled"),
       ("kim-sungai-malang", 1, "Bupati HSU meresmikan pasar ikan baru di Amuntai, 48 lapak.", "same official, another event")],
before=("kim-danau-panggang", 26, "Katanya besok Bupati tanda tangan aturan ongkos speedboat. Semoga tidak mahal-mahal.")),
# ---------------------------------------------------------------- F5 pos duga air otomatis (AWLR) / peringatan dini banjir
dict(id="a13", src="dinas-pupr-kalsel", at="2026-11-02T13:30", slug="pupr-kalsel-pasang-12-pos-duga-air-otomatis-dan-6-sirene-banjir",
title="PUPR Kalsel Pasang 12 Pos Duga Air Otomatis dan 6 Sirene Banjir",
text="""BANJARBARU – Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Provinsi Kalimantan Selatan memasang 12 pos duga air otomatis (AWLR) dan enam sirene peringatan dini banjir di lima daerah aliran sungai. Pemasangan dimulai Senin (2/11/2026) dan ditargetkan rampung 30 November 2026 dengan anggaran Rp7,4 miliar.

Alat dipasang di DAS Martapura, Barabai, Amandit, Tabalong dan Batang Alai. Data tinggi muka air dikirim setiap 15 menit ke aplikasi yang bisa dibuka warga. "Kalau air naik melewati batas siaga, sirene berbunyi otomatis. Warga punya waktu dua sampai enam jam untuk menyelamatkan barang dan keluarga," kata Kepala Bidang Sumber Daya Air Dinas PUPR Kalsel, Ir. Hendra Kusuma.

Setelah terpasang, PUPR bersama BPBD kabupaten akan menggelar simulasi di desa yang dilalui sirene. Warga diminta tidak merusak atau memindahkan tiang dan panel surya alat tersebut. (pupr-kalsel/hk)""",
short="PUPR Kalsel pasang 12 AWLR dan 6 sirene banjir di lima DAS, rampung 30 November.",
long="Lima sungai besar di Kalsel sedang dipasangi alat peringatan dini: 12 pos duga air otomatis dan 6 sirene, Rp7,4 miliar, mulai 2 November dan selesai 30 November. DAS Martapura, Barabai, Amandit, Tabalong, Batang Alai. Data tinggi air masuk aplikasi tiap 15 menit, sirene bunyi sendiri kalau lewat batas siaga — warga punya 2–6 jam untuk bersiap. Tolong jangan ganggu tiang dan panel suryanya.",
para="Bubuhan di pinggir sungai, PUPR provinsi masang alat pangukur banyu otomatis dua walas buah wan sirene anam buah. Mun banyu naik liwat batas, sirene babunyi saurang. Ujar Pa Hendra, kita baisi waktu dua sampai anam jam gasan bakamas. Jangan diganggu tihang wan panel suryanya lah.",
looks=[("kim-tambak-anyar", -28, "Banjir Oktober 2025 di Tambak Anyar: air masuk rumah 40 cm, waktu itu belum ada sirene.", "last year's flood"),
       ("kim-pagat", 5, "Tinggi air Sungai Barabai di papan duga jembatan Pagat pagi ini 1,4 m, masih normal kata petugas.", "a manual gauge reading"),
       ("kim-kandangan-kota", 10, "PUPR Kalsel juga perbaiki tanggul Sungai Amandit 300 m di Kandangan, alat berat sudah masuk.", "same office, levee repair")],
before=("kim-mali-mali", 22, "Ada petugas ukur-ukur di tebing sungai dekat jembatan Mali-Mali, katanya mau dipasang tiang alat. Siapa yg tahu alat apa?")),

dict(id="a14", src="pemkab-hst", at="2026-11-09T15:20", slug="tiga-pos-duga-air-sungai-barabai-terpasang-bpbd-hst-sosialisasi-status-siaga",
title="Tiga Pos Duga Air Sungai Barabai Terpasang, BPBD HST Sosialisasi Status Siaga",
text="""BARABAI – Tiga pos duga air otomatis bantuan Dinas PUPR Kalimantan Selatan telah terpasang di Sungai Barabai, masing-masing di Desa Pagat, Kelurahan Barabai Darat dan Desa Kayu Bawang. BPBD Hulu Sungai Tengah menyosialisasikan arti status siaga kepada 80 ketua RT dan pembakal, Senin (9/11/2026), di Aula Murakata Barabai.

Status siaga III ditetapkan bila air di pos Pagat mencapai 2,1 meter, siaga II pada 2,6 meter dan siaga I atau awas pada 3,1 meter. "Banjir 2021 datang malam hari. Dengan alat ini kami bisa memberi tahu warga Barabai tiga sampai empat jam lebih awal," kata Kepala Pelaksana BPBD HST, Ahmad Yani Rasyid.

Sirene di Barabai Darat akan diuji pada Sabtu (14/11/2026) pukul 09.00 Wita. Warga diminta tidak panik ketika mendengar bunyi sirene saat uji coba tersebut. (prokopim-hst/ms)""",
short="BPBD HST: pos duga air Sungai Barabai terpasang, siaga III 2,1 m; uji sirene Sabtu 14/11.",
long="Sungai Barabai sekarang punya tiga pos duga air otomatis (Pagat, Barabai Darat, Kayu Bawang). Senin 9 November BPBD HST menjelaskan status siaga ke 80 ketua RT dan pembakal: siaga III 2,1 m, siaga II 2,6 m, awas 3,1 m di pos Pagat. Peringatan bisa 3–4 jam lebih awal. Sabtu 14 November jam 9 pagi ada uji sirene di Barabai Darat — jangan panik.",
para="Warga Barabai, Sabtu 14 November jam 9 kaina ada sirene babunyi di Barabai Darat, itu cuma uji coba, jangan takajut. Alat pangukur banyu sudah dipasang di Pagat, Barabai Darat wan Kayu Bawang. Mun banyu di Pagat dua meter saparapat, artinya siaga talu. Ingat banjir 2021 tu, datang malam.",
looks=[("kim-barabai-darat", 5, "Uji sirene tadi pagi di Barabai Darat terdengar sampai pasar, warga sempat keluar rumah. Uji berikutnya Januari.", "the siren test itself (next stage)"),
       ("kim-hantakan", 3, "Jalan Hantakan-Barabai longsor kecil di km 9, kendaraan bisa lewat satu jalur.", "landslide on the road"),
       ("kim-pagat", 1, "Aula Murakata dipakai utk pelantikan pengurus karang taruna se-HST hari ini.", "same venue, another event")],
before=("kim-barabai-darat", 24, "Besok ketua RT diundang BPBD ke Aula Murakata, katanya soal alat ukur air sungai. Nanti kami bagikan infonya.")),

dict(id="a15", src="pemkab-banjar", at="2026-11-17T10:00", slug="empat-sirene-peringatan-banjir-sungai-martapura-diuji-di-karang-intan",
title="Empat Sirene Peringatan Banjir Sungai Martapura Dipasang Pemkab Banjar",
text="""MARTAPURA – Pemerintah Kabupaten Banjar memasang empat sirene peringatan dini banjir di tepi Sungai Martapura dengan APBD 2026 sebesar Rp1,1 miliar. Sirene berada di Desa Mali-Mali Kecamatan Karang Intan, Desa Tambak Anyar, Kelurahan Jawa dan Desa Sungai Tabuk Keramat, diumumkan Selasa (17/11/2026).

Sirene terhubung dengan data debit pelepasan air Waduk Riam Kanan dan pos duga air provinsi. "Sungai Martapura naik bukan hanya karena hujan, tapi juga saat pintu waduk dibuka. Warga harus tahu lebih dulu," kata Kepala Pelaksana BPBD Banjar, H. Gusti Fahrurrazi.

Simulasi evakuasi akan digelar Sabtu (21/11/2026) di Desa Mali-Mali dengan melibatkan 150 warga, relawan dan sekolah. Titik kumpul ditandai papan hijau di halaman masjid dan sekolah terdekat. (mc-banjar/gf)""",
short="Pemkab Banjar pasang 4 sirene banjir Sungai Martapura, simulasi di Mali-Mali Sabtu 21/11.",
long=None,
para="Bubuhan Karang Intan, Martapura wan Sungai Tabuk, Pemkab Banjar masang ampat sirene banjir di pinggir Sungai Martapura. Sirenenya tasambung wan data pintu waduk Riam Kanan. Sabtu 21 November ada simulasi di Mali-Mali, saratus limapuluh urang umpat. Titik kumpul papan hijau di masigit wan sakulah.",
looks=[("kim-mali-mali", 6, "Simulasi evakuasi di Mali-Mali pagi ini: 163 warga ikut, waktu kumpul 11 menit. Anak SD juga ikut.", "the drill report (next stage)"),
       ("kim-tambak-anyar", -3, "Pengumuman PLN: pintu Waduk Riam Kanan dibuka bertahap, air Sungai Martapura bisa naik 20 cm. Warga bantaran waspada.", "dam release notice, no sirens"),
       ("kim-aluh-aluh-besar", 4, "Kepala BPBD Banjar meninjau abrasi tebing sungai di Aluh-Aluh, 6 rumah terancam.", "same official, riverbank erosion")],
before=None),

# ---------------------------------------------------------------- F6 operasi pengamanan hutan (pembalakan liar)
dict(id="a16", src="dishut-kalsel", at="2026-11-03T08:50", slug="dishut-kalsel-gelar-operasi-gabungan-pengamanan-hutan-60-personel",
title="Dishut Kalsel Gelar Operasi Gabungan Pengamanan Hutan, 60 Personel Diterjunkan",
text="""BANJARBARU – Dinas Kehutanan Provinsi Kalimantan Selatan menggelar operasi gabungan pengamanan hutan di wilayah KPH Hulu Sungai dan Tahura Sultan Adam mulai Selasa (3/11/2026) sampai 14 November 2026. Sebanyak 60 personel polisi kehutanan, TNI, Polri dan masyarakat mitra polhut diterjunkan.

Operasi menyasar pembalakan liar, angkutan kayu tanpa dokumen dan pembukaan lahan di kawasan hutan lindung. "Kami menerima banyak laporan suara chainsaw malam hari dari warga. Laporan itu kami tindak lanjuti dengan patroli dan pos penyekatan di jalur angkutan kayu," kata Kepala Dinas Kehutanan Kalsel, Dr. Ir. Rudiansyah Thamrin.

Hasil operasi akan diumumkan setelah operasi selesai. Warga yang mengetahui aktivitas penebangan liar dapat melapor ke pos KPH terdekat tanpa perlu menyebutkan identitas. (dishut/rt)""",
short="Operasi gabungan pengamanan hutan Dishut Kalsel 3-14 November, 60 personel di KPH Hulu Sungai dan Tahura.",
long="Dishut Kalsel menurunkan 60 personel (polhut, TNI, Polri, mitra polhut) untuk operasi pengamanan hutan 3–14 November di KPH Hulu Sungai dan Tahura Sultan Adam. Sasarannya pembalakan liar, angkutan kayu tanpa dokumen dan pembukaan lahan di hutan lindung. Ada pos penyekatan di jalur angkutan kayu. Lapor ke pos KPH, identitas dirahasiakan.",
para="Nah, Dishut provinsi turun anam puluh urang bapatroli di hutan Hulu Sungai wan Tahura sampai 14 November. Nang rancak bunyi sinso malam-malam tu, bapadah haja ka pos KPH, ngaran kada disambat. Kayu kada baisi surat pasti ditahan di pos penyekatan.",
looks=[("kim-mali-mali", -12, "Petugas Tahura Sultan Adam menanam 500 bibit di bekas kebakaran Mandiangin, warga ikut membantu.", "planting in the Tahura"),
       ("kim-hantakan", 9, "Warga Hantakan menemukan tumpukan kayu di tepi jalan, ternyata milik warga untuk membangun langgar, ada surat dari desa.", "legal village timber"),
       ("kim-loksado", -40, "Arsip 2025: operasi pengamanan hutan di Loksado mengamankan 12 m³ kayu. Semoga tahun ini tidak ada lagi. Beritanya: http://dishut.kalselprov.go.id/berita/operasi-pengamanan-hutan-2025-amankan-12-meter-kubik-kayu", "2025 operation")],
before=("kim-hantakan", 14, "Malam tadi ada iring-iringan mobil polhut masuk ke arah hulu. Katanya besok mulai operasi. Warga jangan kaget.")),

dict(id="a17", src="dishut-kalsel", at="2026-11-16T14:45", slug="operasi-pengamanan-hutan-sita-386-meter-kubik-kayu-dan-tiga-chainsaw",
title="Operasi Pengamanan Hutan Sita 38,6 Meter Kubik Kayu dan Tiga Chainsaw",
text="""BANJARBARU – Operasi gabungan pengamanan hutan Dinas Kehutanan Kalimantan Selatan yang berakhir 14 November 2026 menyita 38,6 meter kubik kayu meranti dan ulin, tiga chainsaw dan dua truk. Hasil operasi disampaikan di Kantor Dishut Kalsel, Senin (16/11/2026).

Empat orang terduga pelaku kini ditangani penyidik pegawai negeri sipil (PPNS) kehutanan. Sebagian besar kayu ditemukan di jalur angkutan Batu Benawa dan di sekitar Tahura Sultan Adam. "Operasi memang selesai, tetapi patroli rutin tetap jalan. Kami juga akan mendampingi desa sekitar hutan supaya punya usaha lain selain menebang kayu," ujar Kepala Dinas Kehutanan Kalsel, Dr. Ir. Rudiansyah Thamrin.

Barang bukti kayu dititipkan di gudang KPH Hulu Sungai di Barabai. Dishut Kalsel berterima kasih kepada warga yang melapor selama operasi berlangsung. (dishut/rt)""",
short="Hasil operasi hutan Dishut Kalsel: 38,6 m³ kayu meranti-ulin, 3 chainsaw, 2 truk disita; 4 terduga.",
long="Operasi pengamanan hutan yang berakhir 14 November berhasil menyita 38,6 meter kubik kayu meranti dan ulin, tiga chainsaw dan dua truk. Empat terduga pelaku ditangani PPNS kehutanan. Paling banyak ditemukan di jalur Batu Benawa dan sekitar Tahura. Kayunya dititipkan di gudang KPH Hulu Sungai di Barabai, patroli rutin tetap jalan.",
para="Hasil operasi hutan sudah dipadahakan: talu puluh dalapan kubik kayu maranti wan ulin, sinso talu, truk dua ditahan. Ampat urang diparéksa PPNS. Banyak di jalur Batu Benawa wan dakat Tahura. Makasih gasan warga nang bapadah, ujar Pa Kadis.",
looks=[("kim-pagat", 4, "Truk kayu terbalik di tikungan Pagat, muatan kayu galam, sopir selamat.", "a timber truck accident"),
       ("kim-barabai-darat", 9, "Gudang KPH Hulu Sungai Barabai dipakai utk pelatihan madu kelulut 20 warga minggu ini.", "same warehouse, another event"),
       ("kim-mabuun", 2, "Polres Tabalong amankan 6 m³ kayu tanpa dokumen di Jalan Tanjung-Muara Uya, pelaku 1 orang.", "a police seizure in another kabupaten")],
before=None),

dict(id="a18", src="pemkab-kotabaru", at="2026-11-23T10:10", slug="kph-pulau-laut-dan-20-warga-sebelimbingan-patroli-hutan-lindung-sebatung",
title="KPH Pulau Laut dan 20 Warga Sebelimbingan Patroli Hutan Lindung Sebatung",
text="""KOTABARU – KPH Pulau Laut dan Sebuku bersama 20 warga Desa Sebelimbingan, Kecamatan Pulau Laut Utara, memulai patroli bersama di Hutan Lindung Gunung Sebatung, Senin (23/11/2026). Patroli didukung Pemerintah Kabupaten Kotabaru melalui honor masyarakat mitra polhut selama enam bulan.

Pada hari pertama, tim menemukan 14 batang kayu meranti yang sudah dipotong dan sebuah pondok kerja di sekitar sumber air Sebelimbingan. "Gunung Sebatung ini tandon air warga Kotabaru. Kalau hutannya habis, PDAM kita ikut kering," kata Sekretaris Daerah Kotabaru, H. Said Akhmad Rizal.

Patroli dijadwalkan dua kali seminggu dengan rute bergantian. Temuan hari pertama telah dilaporkan ke Dinas Kehutanan Kalsel untuk diproses, dan pondok kerja dibongkar di tempat. (kominfo-ktb/sr)""",
short="KPH Pulau Laut dan 20 warga Sebelimbingan mulai patroli Gunung Sebatung, temukan 14 batang meranti.",
long=None,
para="Dua puluh urang warga Sebelimbingan umpat bapatroli wan KPH di Gunung Sebatung. Hari partama sudah batamu ampat walas batang maranti ditabang wan pundukan. Ujar Pa Sekda, Sebatung ni tandon banyu urang Kotabaru, mun hutannya habis PDAM kita garing jua.",
looks=[("kim-sebelimbingan", -9, "Debit air PDAM dari sumber Sebelimbingan menurun, distribusi ke Kotabaru Hilir digilir pagi-sore.", "water supply notice"),
       ("kim-kotabaru-hilir", 3, "Sekda Kotabaru membuka Kotabaru Expo di Siring Laut, 60 stan UMKM.", "same official, expo"),
       ("kim-sungai-bali", 14, "Patroli mangrove Pulau Sebuku oleh pokmaswas, 2 perahu dan 9 warga, temukan jaring terlarang.", "marine patrol elsewhere")],
before=None),
# ---------------------------------------------------------------- F7 redistribusi tanah (reforma agraria)
dict(id="a19", src="kanwil-bpn-kalsel", at="2026-11-05T10:35", slug="gtra-kalsel-targetkan-redistribusi-4200-bidang-tanah-tora",
title="GTRA Kalsel Targetkan Redistribusi 4.200 Bidang Tanah TORA",
text="""BANJARBARU – Gugus Tugas Reforma Agraria (GTRA) Provinsi Kalimantan Selatan menargetkan redistribusi 4.200 bidang tanah objek reforma agraria (TORA) pada 2026 di tujuh kabupaten. Target itu dibahas dalam rapat koordinasi GTRA di Kantor Wilayah BPN Kalsel, Kamis (5/11/2026).

Tanah yang diredistribusi berasal dari eks HGU yang tidak diperpanjang dan pelepasan kawasan hutan. Sampai awal November sudah 2.870 sertipikat redistribusi diterbitkan. "Sertipikat redistribusi tidak boleh diperjualbelikan selama sepuluh tahun. Ini tanah untuk digarap keluarga petani, bukan untuk dijual lagi," tegas Kepala Kanwil BPN Kalsel, Dr. Ahmad Zulkarnain.

Penyerahan sertipikat sisa target dijadwalkan bertahap sampai pertengahan Desember 2026. Kantor pertanahan kabupaten diminta menyiapkan pendampingan akses permodalan bagi penerima. (kanwil-bpn/az)""",
short="GTRA Kalsel target redistribusi 4.200 bidang TORA 2026, sudah 2.870 sertipikat terbit.",
long="Reforma agraria di Kalsel: GTRA menargetkan 4.200 bidang tanah TORA dibagikan tahun ini di tujuh kabupaten, dari eks HGU dan pelepasan kawasan hutan. Per awal November 2.870 sertipikat sudah terbit. Ingat, sertipikat redistribusi tidak boleh dijual selama sepuluh tahun. Sisa sertipikat diserahkan bertahap sampai pertengahan Desember.",
para="Reforma agraria, dangsanak: BPN Kalsel handak mambagi ampat ribu dua ratus bidang tanah tahun ini, nang sudah jadi dua ribu dalapan ratus tujuh puluh. Tapi ingat lah, sapuluh tahun kada bulih dijual, ujar Pa Kakanwil. Tanah gasan digawi, lain gasan dijual.",
looks=[("kim-hatungun", 6, "Pengukuran PTSL di Hatungun tahap II, 240 bidang, petugas datang minggu depan.", "PTSL, not redistribution"),
       ("kim-kurau", -22, "Tahun 2025 redistribusi tanah di Kurau 120 bidang sudah dibagi, ada yg sudah jadi kebun jagung. Arsip: https://tanahlautkab.go.id/berita/redistribusi-tanah-kurau-120-bidang-2025", "2025 redistribution"),
       ("kim-margasari-ilir", 12, "Kakanwil BPN Kalsel hadir di penyerahan sertipikat wakaf masjid Margasari, 7 sertipikat.", "same official, waqf certificates")],
before=None),

dict(id="a20", src="pemkab-tapin", at="2026-11-12T14:15", slug="650-sertipikat-redistribusi-tanah-diserahkan-di-tapin-selatan-dan-candi-laras-utara",
title="650 Sertipikat Redistribusi Tanah Diserahkan di Tapin Selatan dan Candi Laras Utara",
text="""RANTAU – Sebanyak 650 sertipikat redistribusi tanah diserahkan kepada petani di Kecamatan Tapin Selatan dan Candi Laras Utara, Kamis (12/11/2026), di Gedung Pertemuan Rantau Baru Bakula. Sertipikat ini bagian dari target reforma agraria Kalimantan Selatan tahun 2026.

Tanah seluas sekitar 410 hektare itu berasal dari eks HGU perkebunan yang sudah lama ditelantarkan dan selama ini digarap warga. "Bapak ibu sekarang punya kepastian. Jangan digadaikan ke rentenir, kalau perlu modal datang ke bank yang bekerja sama dengan pemerintah daerah," pesan Bupati Tapin, H. Syamsul Rizali, saat menyerahkan sertipikat.

Pemkab Tapin bersama Kantor Pertanahan akan membuka klinik akses modal dan pendampingan tanam di Margasari Ilir mulai Desember 2026 bagi penerima sertipikat. (prokom-tapin/yr)""",
short="Tapin: 650 sertipikat redistribusi eks HGU 410 ha diserahkan ke petani Tapin Selatan-Candi Laras Utara.",
long="Kamis 12 November 650 petani Tapin Selatan dan Candi Laras Utara menerima sertipikat redistribusi tanah di Gedung Rantau Baru Bakula. Tanahnya sekitar 410 hektare eks HGU yang sudah lama digarap warga. Bupati berpesan jangan digadai ke rentenir. Mulai Desember ada klinik akses modal dan pendampingan tanam di Margasari Ilir.",
para="Alhamdulillah, anam ratus limapuluh sertipikat tanah sudah dibagi di Rantau, gasan patani Tapin Selatan wan Candi Laras Utara. Ampat ratus sapuluh hektar bekas HGU. Pa Bupati bapasan, jangan digadaiakan ka rentenir lah. Desember kaina ada klinik modal di Margasari Ilir.",
looks=[("kim-margasari-ilir", 22, "Klinik akses modal utk penerima sertipikat dibuka di Margasari Ilir, 46 petani konsultasi KUR.", "the later clinic (next stage)"),
       ("kim-rantau-kiwa", 2, "Gedung Rantau Baru Bakula dipakai resepsi nikah hari Minggu, jalan depan macet sebentar.", "same venue, a wedding"),
       ("kim-hatungun", -15, "Warga Hatungun tanya kapan tanah eks HGU di desa kami dibagi juga, sudah digarap 20 tahun.", "another village's request")],
before=("kim-rantau-kiwa", 20, "Besok penyerahan sertipikat tanah di Gedung Rantau Baru Bakula, penerima bawa KTP dan undangan asli.")),

dict(id="a21", src="pemkab-tanah-laut", at="2026-11-26T11:50", slug="gtra-tanah-laut-tetapkan-380-bidang-eks-hgu-jorong-untuk-redistribusi",
title="GTRA Tanah Laut Tetapkan 380 Bidang Eks HGU Jorong untuk Redistribusi",
text="""PELAIHARI – Gugus Tugas Reforma Agraria Kabupaten Tanah Laut menetapkan 380 bidang tanah eks HGU di Desa Asam Asam, Kecamatan Jorong, sebagai objek redistribusi tahun 2027. Penetapan dilakukan dalam rapat GTRA di Aula Bappeda Tanah Laut, Kamis (26/11/2026).

Sebanyak 312 kepala keluarga telah diverifikasi sebagai calon penerima, sebagian besar petani penggarap dan buruh kebun. "Kami tidak mau ada titipan. Nama penerima akan ditempel di balai desa supaya warga bisa mengoreksi kalau ada yang tidak berhak," kata Wakil Bupati Tanah Laut, Hj. Rahmah Fitriani.

Daftar calon penerima diumumkan di Balai Desa Asam Asam selama 14 hari mulai 1 Desember 2026. Setelah masa sanggah, Kantor Pertanahan Tanah Laut akan mengukur bidang-bidang tersebut pada awal 2027. (kominfo-tala/rf)""",
short="GTRA Tala tetapkan 380 bidang eks HGU di Asam Asam, Jorong; 312 KK calon penerima.",
long=None,
para="Urang Asam Asam, ada kabar tanah bekas HGU talu ratus dalapan puluh bidang handak dibagi tahun 2027. Talu ratus dua walas KK sudah dicek. Mulai 1 Desember ngaran-ngaran ditempel di balai desa, mun ada nang kada bahak, padahakan. Ujar Bu Wabup, kada ada titipan.",
looks=[("kim-asam-asam", 6, "Daftar calon penerima tanah sudah ditempel di balai desa Asam Asam, warga ramai mengecek nama.", "the list posted (next stage)"),
       ("kim-batakan", 3, "Wakil Bupati Tanah Laut meninjau lokasi wisata Pantai Batakan jelang libur Nataru.", "same official, beach visit"),
       ("kim-kurau", 8, "Rapat di Aula Bappeda Tala soal rencana irigasi Kurau, 18 ketua poktan hadir.", "same venue, irrigation meeting")],
before=("kim-asam-asam", 30, "Katanya besok ada rapat penetapan tanah eks HGU di Pelaihari. Mudahan nama kita masuk ya.")),
# ---------------------------------------------------------------- F8 legalitas kayu (SVLK) untuk IKM mebel
dict(id="a22", src="dishut-kalsel", at="2026-11-09T11:25", slug="dishut-kalsel-fasilitasi-svlk-gratis-untuk-40-ikm-mebel",
title="Dishut Kalsel Fasilitasi SVLK Gratis untuk 40 IKM Mebel",
text="""BANJARBARU – Dinas Kehutanan Provinsi Kalimantan Selatan memfasilitasi sertifikasi legalitas kayu (SVLK) secara gratis bagi 40 industri kecil menengah (IKM) mebel dan kerajinan kayu. Bimbingan teknis digelar Senin–Rabu (9–11/11/2026) di Hotel Grand Dafam Banjarbaru.

Peserta berasal dari Banjarbaru, Banjar, Hulu Sungai Selatan dan Tanah Bumbu. Mereka dilatih mencatat asal-usul kayu, menyimpan nota pembelian dan mengisi deklarasi kesesuaian pemasok. "Pembeli dari luar daerah dan toko besar sekarang menanyakan dokumen legalitas kayu. Tanpa itu mebel kita kalah sebelum bersaing," kata Kepala Bidang Pengolahan dan Pemasaran Hasil Hutan Dishut Kalsel, Hj. Sri Wahyuni.

Setelah bimtek, auditor akan mengunjungi setiap bengkel kayu. Dokumen legalitas ditargetkan terbit sebelum akhir Desember 2026 dan berlaku selama enam tahun. (dishut/sw)""",
short="Dishut Kalsel fasilitasi SVLK gratis 40 IKM mebel, bimtek 9-11 November di Banjarbaru.",
long="Perajin mebel dan kerajinan kayu, ada fasilitasi sertifikasi legalitas kayu (SVLK) gratis dari Dishut Kalsel untuk 40 IKM dari Banjarbaru, Banjar, HSS dan Tanah Bumbu. Bimteknya 9–11 November di Banjarbaru: mencatat asal kayu, menyimpan nota, mengisi deklarasi pemasok. Setelah itu auditor datang ke bengkel; dokumen ditargetkan terbit sebelum akhir Desember dan berlaku enam tahun.",
para="Bubuhan tukang mebel, Dishut provinsi mambantu ngurus SVLK gratis gasan ampat puluh IKM. Bimteknya tiga hari di Banjarbaru. Ujar Bu Sri, toko ganal wan pembeli luar wayah ini manakuni surat legalitas kayu. Mun kada baisi, kalah sabalum batanding.",
looks=[("kim-guntung-manggis", 4, "Pameran mebel ulin di Guntung Manggis buka sampai Minggu, diskon 15% utk lemari dan kursi tamu.", "furniture fair"),
       ("kim-sungai-besar", -18, "Bengkel kayu di Sungai Besar menerima pesanan meja sekolah 200 unit dari yayasan.", "workshop order"),
       ("kim-bajayau", 7, "Dishut Kalsel latih 25 warga membuat arang tempurung di Daha, bukan soal mebel.", "same office, charcoal training")],
before=None),

dict(id="a23", src="pemkot-banjarbaru", at="2026-11-18T15:35", slug="12-ikm-mebel-cempaka-dan-liang-anggang-terima-dokumen-legalitas-kayu",
title="12 IKM Mebel Cempaka dan Liang Anggang Terima Dokumen Legalitas Kayu",
text="""BANJARBARU – Sebanyak 12 industri kecil menengah (IKM) mebel di Kecamatan Cempaka dan Liang Anggang menerima dokumen legalitas kayu hasil fasilitasi Dinas Kehutanan Kalimantan Selatan. Penyerahan berlangsung Rabu (18/11/2026) di Balai Kota Banjarbaru.

Dua belas IKM itu lolos audit setelah mengikuti bimbingan teknis SVLK pekan lalu. Tiga IKM lain masih harus melengkapi nota pembelian kayu. "Dengan dokumen ini perajin kita bisa ikut pengadaan mebel sekolah dan kantor pemerintah. Kami minta dinas memprioritaskan produk mereka," kata Wali Kota Banjarbaru, H. Ahmad Faisal Rahman.

Dinas Koperasi, UKM dan Perindustrian Banjarbaru akan memasukkan produk ke-12 IKM ke katalog elektronik daerah pada Desember 2026. Perajin yang belum ikut dapat mendaftar untuk fasilitasi tahun depan. (humas-bjb/fr)""",
short="12 IKM mebel Cempaka-Liang Anggang terima dokumen legalitas kayu di Balai Kota Banjarbaru.",
long=None,
para="Dua walas IKM mebel Cempaka wan Liang Anggang sudah dapat surat legalitas kayu, diserahakan di Balai Kota. Ujar Pa Wali, kaina mebel bubuhannya kawa masuk pengadaan sakulah wan kantor. Talu lagi masih kurang nota kayu. Nang balum umpat, daftar gasan tahun dudi.",
looks=[("kim-bangkal", 3, "Bengkel mebel di Bangkal terima pesanan lemari dari Kalteng, 30 unit, kayu dari Pengaron.", "a workshop's order, no document"),
       ("kim-guntung-manggis", 1, "Balai Kota Banjarbaru hari ini ramai, penyerahan bantuan kursi roda 25 unit dari Baznas.", "same venue, wheelchairs"),
       ("kim-bangkal", 20, "Tiga IKM yg kemarin belum lengkap nota akhirnya terima dokumen legalitas, total 15 IKM Banjarbaru.", "the remaining three later")],
before=("kim-sungai-besar", 8, "Sore ini perajin mebel diundang ke Balai Kota, kabarnya terima sertifikat kayu. Semoga bengkel dekat sini ada yg dapat.")),

dict(id="a24", src="pemkab-hss", at="2026-11-24T15:00", slug="disperindag-hss-dampingi-15-perajin-kayu-daha-urus-legalitas",
title="Disperindag HSS Dampingi 15 Perajin Kayu Daha Urus Legalitas",
text="""KANDANGAN – Dinas Perindustrian dan Perdagangan Kabupaten Hulu Sungai Selatan mendampingi 15 perajin kayu dan pembuat jukung di Kecamatan Daha Barat dan Daha Utara mengurus dokumen legalitas kayu dengan APBD 2026. Pendampingan dimulai Selasa (24/11/2026) di Balai Desa Bajayau.

Sebagian besar perajin membeli kayu dari pedagang tanpa nota. Pendamping membantu menyusun catatan asal kayu dan menghubungkan perajin dengan pemasok kayu yang berizin. "Jukung dan kerajinan Daha sudah dipesan sampai Kalimantan Tengah. Jangan sampai pesanan batal hanya karena tidak ada dokumen," kata Kepala Disperindag HSS, H. Rahmadi Noor.

Pendampingan berlangsung sampai Februari 2027 dengan kunjungan ke setiap bengkel sebulan sekali. Biaya audit sepenuhnya ditanggung Pemkab Hulu Sungai Selatan. (diskominfo-hss/rn)""",
short="Disperindag HSS dampingi 15 perajin kayu dan jukung Daha urus legalitas kayu, sampai Februari 2027.",
long="Perajin kayu dan pembuat jukung Daha Barat dan Daha Utara kini didampingi Disperindag HSS mengurus legalitas kayu, dibiayai APBD. Mulai Selasa 24 November di Balai Desa Bajayau, 15 perajin dibantu mencatat asal kayu dan dihubungkan ke pemasok berizin. Pendamping datang sebulan sekali sampai Februari 2027, biaya audit ditanggung Pemkab.",
para="Tukang jukung wan pangrajin kayu Daha, ada pandampingan gratis ngurus legalitas kayu matan Disperindag HSS, limawalas urang. Mulai di Balai Desa Bajayau. Ujar Pa Rahmadi, jukung Daha dipasan sampai Kalteng, jangan sampai batal gara-gara kada baisi surat.",
looks=[("kim-bajayau", -14, "Perajin jukung Bajayau kebanjiran pesanan jelang lomba jukung, 9 jukung selesai bulan ini.", "boat orders before any programme"),
       ("kim-kandangan-kota", 5, "Disperindag HSS gelar pasar murah di Kandangan, minyak goreng Rp15 ribu.", "same office, cheap market"),
       ("kim-loksado", 2, "Perajin anyaman bambu Loksado ikut pameran di Banjarbaru, 14 produk dibawa.", "bamboo crafts exhibition")],
before=None),

# ---------------------------------------------------------------- F9 Jaminan Kehilangan Pekerjaan (JKP)
dict(id="a25", src="disnakertrans-kalsel", at="2026-11-04T14:10", slug="disnakertrans-kalsel-buka-posko-jkp-untuk-1180-pekerja-korban-phk",
title="Disnakertrans Kalsel Buka Posko JKP untuk 1.180 Pekerja Korban PHK",
text="""BANJARMASIN – Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Selatan membuka posko layanan Jaminan Kehilangan Pekerjaan (JKP) bagi pekerja yang terkena pemutusan hubungan kerja (PHK). Posko dibuka Rabu (4/11/2026) sampai 30 November 2026 di kantor Disnakertrans Kalsel dan tujuh kantor dinas tenaga kerja kabupaten.

Sepanjang 2026 tercatat 1.180 pekerja di Kalsel terkena PHK, terbanyak dari kontraktor tambang dan perkebunan. Pekerja peserta BPJS Ketenagakerjaan yang memenuhi syarat berhak atas uang tunai 60 persen upah selama enam bulan, akses informasi kerja dan pelatihan. "Banyak pekerja tidak tahu haknya dan klaim kedaluwarsa. Batas pengajuan tiga bulan sejak PHK," kata Kepala Disnakertrans Kalsel, H. Irfan Sayuti.

Pekerja cukup membawa KTP, kartu peserta dan surat PHK. Petugas BPJS Ketenagakerjaan ikut berjaga di posko untuk membantu pengajuan klaim secara daring. (disnakertrans/is)""",
short="Posko JKP Disnakertrans Kalsel 4-30 November untuk korban PHK, 1.180 pekerja tercatat 2026.",
long="Kena PHK? Ada posko Jaminan Kehilangan Pekerjaan (JKP) di Disnakertrans Kalsel dan tujuh dinas tenaga kerja kabupaten, buka 4–30 November. Peserta BPJS Ketenagakerjaan berhak uang tunai 60 persen upah selama enam bulan plus info kerja dan pelatihan. Batas klaim tiga bulan sejak PHK. Bawa KTP, kartu peserta dan surat PHK. Tahun ini 1.180 pekerja di Kalsel terkena PHK.",
para="Dangsanak nang kana PHK, jangan diam haja. Ada posko JKP di Disnaker provinsi wan kabupaten sampai 30 November. Duit anam puluh persen gajih salawas anam bulan, asal pian paserta BPJS TK. Ujar Pa Irfan, batasnya talu bulan imbah PHK, mun talambat hangus. Bawa KTP, kartu, surat PHK.",
looks=[("kim-mabuun", -6, "Kontraktor tambang di Murung Pudak umumkan pengurangan 120 karyawan akhir bulan ini, karyawan berkumpul di mess.", "the layoff itself, before the posko"),
       ("kim-sungai-danau", 10, "Job fair Tanbu di gedung Mahligai Bersujud, 1.400 lowongan, bawa CV sendiri.", "job fair"),
       ("kim-pekapuran-raya", 3, "BPJS Ketenagakerjaan Banjarmasin sosialisasi JHT utk pedagang pasar, bukan JKP. Peserta 60 pedagang.", "another BPJS programme")],
before=None),

dict(id="a26", src="pemkab-tabalong", at="2026-11-13T10:45", slug="86-eks-pekerja-kontraktor-tambang-ajukan-klaim-jkp-di-posko-tabalong",
title="86 Eks Pekerja Kontraktor Tambang Ajukan Klaim JKP di Posko Tabalong",
text="""TANJUNG – Sebanyak 86 mantan pekerja kontraktor tambang mengajukan klaim Jaminan Kehilangan Pekerjaan (JKP) di posko Dinas Tenaga Kerja Tabalong sejak posko dibuka awal November. Data itu disampaikan Jumat (13/11/2026) di Kantor Disnaker Tabalong, Murung Pudak.

Sebanyak 71 klaim telah disetujui dan tahap pertama uang tunai cair ke rekening pekerja. Lima belas klaim lain tertahan karena perusahaan belum melaporkan PHK ke BPJS Ketenagakerjaan. "Perusahaan yang lambat melapor kami panggil minggu depan. Hak pekerja jangan digantung," tegas Kepala Disnaker Tabalong, Hj. Mariana Effendi.

Posko di Murung Pudak tetap buka sampai 30 November 2026. Disnaker Tabalong juga menyiapkan pelatihan operator alat berat dan las bagi penerima JKP pada Desember 2026. (tbl/me)""",
short="Posko JKP Tabalong: 86 eks pekerja tambang ajukan klaim, 71 disetujui, 15 tertahan laporan perusahaan.",
long=None,
para="Di Tabalong sudah dalapan puluh anam urang bekas pagawai kontraktor tambang mangklaim JKP, tujuh puluh satu sudah cair. Limawalas tatahan karna parusahaan balum malapur PHK. Ujar Bu Mariana, parusahaan nang lambat dipanggil minggu dudi. Posko di Murung Pudak buka sampai 30 November.",
looks=[("kim-mabuun", 12, "Pelatihan operator alat berat utk penerima JKP Tabalong dibuka, 40 peserta, lokasi di BLK Tanjung.", "the later training"),
       ("kim-kembang-kuning", 5, "Kantor Disnaker Tabalong buka layanan kartu kuning (AK1) Sabtu, antre sejak pagi.", "AK1 card service at the same office"),
       ("kim-ribang", 1, "Warga Ribang yang kerja di Kaltim pulang kampung, banyak yang kontraknya tidak diperpanjang.", "workers returning, no claims")],
before=("kim-mabuun", 22, "Besok kabarnya Disnaker umumkan jumlah klaim JKP. Kawan-kawan eks kontraktor yg belum dapat, kumpul di posko jam 9.")),

dict(id="a27", src="pemkab-tanah-bumbu", at="2026-11-20T13:55", slug="pemkab-tanbu-salurkan-pelatihan-dan-job-matching-untuk-140-penerima-jkp",
title="Pemkab Tanbu Gelar Pelatihan dan Job Matching untuk 140 Penerima JKP",
text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu menggelar pelatihan singkat dan job matching bagi 140 penerima Jaminan Kehilangan Pekerjaan (JKP), Jumat (20/11/2026), di UPTD Balai Latihan Kerja Tanah Bumbu, Batulicin. Kegiatan ini didanai APBD Tanah Bumbu dan berlangsung lima hari.

Peserta memilih pelatihan mekanik sepeda motor, las listrik atau pengolahan ikan. Pada hari terakhir, sembilan perusahaan di Satui, Kusan Hilir dan Simpang Empat membuka wawancara di tempat untuk 95 lowongan. "JKP itu jembatan, bukan tujuan. Yang kita mau, bapak ibu kembali bekerja atau buka usaha sendiri," kata Kepala Dinas Tenaga Kerja Tanah Bumbu, Andi Baso Hamzah.

Penerima JKP yang belum mendaftar dapat mendatangi BLK sampai Selasa (24/11/2026). Peserta yang lulus mendapat sertifikat kompetensi dan bantuan alat kerja. (kominfo-tanbu/ab)""",
short="Tanbu: pelatihan dan job matching 140 penerima JKP di BLK Batulicin, 95 lowongan dari 9 perusahaan.",
long="Penerima JKP di Tanah Bumbu dapat pelatihan lima hari di BLK Batulicin mulai Jumat 20 November, dana APBD: mekanik motor, las listrik atau olahan ikan. Hari terakhir sembilan perusahaan dari Satui, Kusan Hilir dan Simpang Empat wawancara langsung untuk 95 lowongan. Yang belum daftar bisa ke BLK sampai Selasa 24 November. Lulus dapat sertifikat dan alat kerja.",
para="Gasan penerima JKP di Tanbu, ada palatihan lima hari di BLK Batulicin: bengkel motor, las, olahan iwak. Hari tarakhir sambilan parusahaan ba-wawancara langsung, ada sambilan puluh lima lowongan. Ujar Pa Andi Baso, JKP tu jambatan haja, lain tujuan. Daftar sampai 24 November.",
looks=[("kim-pagatan", 4, "BLK Tanbu buka pelatihan menjahit utk ibu rumah tangga Pagatan, 20 kursi, gratis.", "same BLK, sewing"),
       ("kim-sungai-danau", 2, "Lowongan operator di perusahaan Satui diserbu pelamar, antre di pos satpam sejak subuh.", "a private job opening"),
       ("kim-karang-bintang", 9, "Kadisnaker Tanbu resmikan koperasi karyawan di Karang Bintang, 120 anggota.", "same official, cooperative")],
before=None),
# ---------------------------------------------------------------- F10 penertiban bangunan di sempadan sungai
dict(id="a28", src="pemkot-banjarmasin", at="2026-11-02T15:25", slug="146-bangunan-di-sempadan-sungai-veteran-dan-pekapuran-didata",
title="146 Bangunan di Sempadan Sungai Veteran dan Pekapuran Didata, Diberi Batas 30 November",
text="""BANJARMASIN – Pemerintah Kota Banjarmasin mendata 146 bangunan yang berdiri di sempadan Sungai Veteran dan Sungai Pekapuran. Pemilik bangunan menerima surat peringatan pertama, Senin (2/11/2026), dan diminta membongkar sendiri bagian bangunan yang menjorok ke sungai paling lambat 30 November 2026.

Bangunan yang didata antara lain teras kayu, gudang, warung dan jamban di atas sungai. Penertiban dilakukan agar alur sungai kembali lebar dan jukung pengangkut sampah bisa lewat. "Kami tidak menggusur rumah warga. Yang kami minta hanya bagian yang masuk ke badan sungai. Bongkar sendiri, bahannya masih bisa dipakai," kata Kepala Dinas PUPR Kota Banjarmasin, Ir. Muhammad Suhendra.

Setelah batas waktu, tim gabungan Satpol PP dan PUPR akan memeriksa ulang. Pemilik yang belum membongkar akan menerima surat peringatan kedua sebelum bongkar paksa. (diskominfo-bjm/ms)""",
short="Banjarmasin data 146 bangunan di sempadan Sungai Veteran-Pekapuran, bongkar sendiri sampai 30 November.",
long="Pemilik teras, gudang, warung atau jamban yang menjorok ke Sungai Veteran dan Sungai Pekapuran, perhatikan: Pemkot Banjarmasin sudah mendata 146 bangunan dan mengirim SP1 Senin 2 November. Bongkar sendiri bagian yang masuk badan sungai paling lambat 30 November. Rumahnya tidak digusur. Lewat batas, ada pemeriksaan dan SP2 sebelum bongkar paksa.",
para="Bubuhan pinggir Sungai Veteran wan Pekapuran, ada saratus ampat puluh anam bangunan nang didata Pemkot, dapat surat paringatan. Lantai, gudang, jamban nang maunjur ka sungai dibungkar saurang sampai 30 November. Ujar Pa Kadis, rumah kada digusur, cuma nang masuk ka banyu haja.",
looks=[("kim-pekapuran-raya", -16, "Gotong royong bersih Sungai Pekapuran RT 12, 3 jukung sampah terangkut. Terima kasih warga.", "a clean-up before any notice"),
       ("kim-sungai-andai", 5, "Pemkot pasang pagar pembatas di siring Sungai Andai, pengerjaan 2 minggu.", "railing works elsewhere"),
       ("kim-teluk-tiram", 2, "Warung terapung di Teluk Tiram tenggelam separuh karena tiangnya lapuk, pemilik selamat.", "a floating stall sinking")],
before=("kim-pekapuran-raya", 48, "Ada petugas PUPR memfoto dan mengukur teras rumah-rumah di pinggir Sungai Pekapuran tadi siang. Warga tanya untuk apa, katanya pendataan.")),

dict(id="a29", src="pemkot-banjarmasin", at="2026-11-27T16:15", slug="61-bangunan-di-sempadan-sungai-dibongkar-mandiri-85-terima-sp2",
title="61 Bangunan di Sempadan Sungai Dibongkar Mandiri, 85 Terima SP2",
text="""BANJARMASIN – Sebanyak 61 dari 146 bangunan di sempadan Sungai Veteran dan Sungai Pekapuran telah dibongkar sendiri oleh pemiliknya menjelang batas waktu 30 November 2026. Hasil pemeriksaan tim gabungan itu disampaikan Pemerintah Kota Banjarmasin, Jumat (27/11/2026).

Sisanya 85 bangunan akan menerima surat peringatan kedua pada 1 Desember. Dari 61 bangunan yang dibongkar, 23 di antaranya jamban di atas sungai yang kini diganti jamban darat bantuan program sanitasi kota. "Kami berterima kasih kepada warga yang sukarela. Sungai Veteran sekarang sudah bisa dilewati jukung sampah sampai ke ujung," kata Wakil Wali Kota Banjarmasin, Hj. Siti Aisyah Noor.

Pemilik yang masih membutuhkan bantuan tenaga untuk membongkar dapat menghubungi kelurahan. Bongkar paksa baru dilakukan setelah surat peringatan ketiga pada pertengahan Desember 2026. (diskominfo-bjm/ms)""",
short="Sempadan Sungai Veteran-Pekapuran: 61 dari 146 bangunan dibongkar mandiri, 85 terima SP2 1 Desember.",
long=None,
para="Alhamdulillah anam puluh satu bangunan di pinggir Sungai Veteran wan Pekapuran sudah dibungkar saurang. Dua puluh tiga jamban di atas sungai diganti jamban darat. Nang sisa dalapan puluh lima dapat SP2 tanggal 1 Desember. Ujar Bu Wawali, wayah ni jukung sampah kawa liwat sampai ujung.",
looks=[("kim-pekapuran-raya", 7, "Pembongkaran paksa? Belum, warga RT 7 Pekapuran masih nego minta waktu sampai tahun baru.", "residents negotiating, no result figures"),
       ("kim-sungai-andai", 3, "Wakil Wali Kota Banjarmasin buka lomba kampung bersih tingkat kelurahan di Sungai Andai.", "same official, another event"),
       ("kim-basirih", 6, "Program jamban darat di Basirih: 30 unit selesai, dari dana CSR bank.", "another village's latrines")],
before=None),

dict(id="a30", src="pemkab-hsu", at="2026-11-10T11:05", slug="38-bangunan-di-sempadan-sungai-balangan-sungai-malang-ditata",
title="38 Bangunan di Sempadan Sungai Balangan Kelurahan Sungai Malang Ditata",
text="""AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara mulai menata 38 bangunan di sempadan Sungai Balangan, Kelurahan Sungai Malang, Kecamatan Amuntai Tengah, Selasa (10/11/2026). Penataan disepakati dalam musyawarah warga dan pemerintah kelurahan dua pekan sebelumnya.

Bangunan yang ditata berupa lanting, jamban dan dapur yang menjorok ke sungai. Pemilik mendapat bantuan bahan bangunan senilai Rp2,5 juta per rumah untuk memindahkan dapur dan jamban ke darat. "Ini bukan penggusuran. Kita ingin siring Sungai Malang jadi tempat orang berjalan sore, sama seperti di Amuntai kota," ujar Sekretaris Daerah HSU, H. Adi Lesmana.

Pekerjaan ditargetkan selesai 20 Desember 2026. Setelah itu Dinas PUPR HSU akan membangun jalan titian kayu ulin sepanjang 420 meter di tepi sungai. (diskominfo-hsu/al)""",
short="HSU tata 38 bangunan di sempadan Sungai Balangan, Sungai Malang; bantuan bahan Rp2,5 juta per rumah.",
long="Di Kelurahan Sungai Malang, Amuntai Tengah, 38 lanting, jamban dan dapur di tepi Sungai Balangan mulai ditata Selasa 10 November, hasil musyawarah warga. Pemilik dapat bantuan bahan Rp2,5 juta per rumah untuk memindahkan dapur dan jamban ke darat. Target selesai 20 Desember, lalu PUPR HSU membangun titian ulin 420 meter.",
para="Di Sungai Malang talu puluh dalapan bangunan di pinggir Sungai Balangan ditata, kada digusur. Nang baisi dapur wan jamban di atas banyu dapat bantuan bahan dua juta satangah. Ujar Pa Sekda, kaina siringnya gasan bajalan sanja. Imbah itu ada titian ulin ampat ratus dua puluh meter.",
looks=[("kim-sungai-malang", -13, "Musyawarah warga Sungai Malang di kantor kelurahan malam ini bahas rencana penataan tepi sungai.", "the earlier meeting"),
       ("kim-danau-panggang", 4, "Rumah lanting di Danau Panggang terbawa arus saat air pasang, 2 keluarga mengungsi.", "flood damage elsewhere"),
       ("kim-paringin-kota", 7, "Balangan bangun siring Sungai Balangan di Paringin 300 m, kontraktor mulai kerja.", "another kabupaten's riverbank works")],
before=None),

# ---------------------------------------------------------------- F11 manifes penumpang digital angkutan sungai
dict(id="a31", src="dishub-kalsel", at="2026-11-10T09:30", slug="uji-coba-manifes-penumpang-digital-di-sembilan-dermaga-kalsel",
title="Uji Coba Manifes Penumpang Digital di Sembilan Dermaga Kalsel",
text="""BANJARMASIN – Dinas Perhubungan Provinsi Kalimantan Selatan memulai uji coba manifes penumpang digital di sembilan dermaga angkutan sungai dan penyeberangan, Selasa (10/11/2026). Uji coba berlangsung sampai 30 November 2026 di Banjarmasin, Barito Kuala, Banjar, Kotabaru dan Hulu Sungai Utara.

Penumpang cukup memindai kode QR di loket atau di badan kapal dan mengisi nama serta nomor telepon. Motoris dapat melihat jumlah penumpang dan membandingkannya dengan kapasitas kapal. "Saat ada kecelakaan, yang paling sulit adalah mengetahui siapa saja di atas kapal. Manifes digital menjawab itu," kata Kepala Bidang Angkutan Sungai, Danau dan Penyeberangan Dishub Kalsel, Lukman Hakim.

Penumpang tanpa telepon pintar tetap dicatat manual oleh petugas. Hasil uji coba akan dievaluasi awal Desember sebelum diterapkan di seluruh dermaga pada 2027. (dishub-kalsel/lh)""",
short="Dishub Kalsel uji coba manifes penumpang digital (scan QR) di 9 dermaga, 10-30 November.",
long="Naik kelotok atau speedboat sekarang bisa scan QR. Dishub Kalsel menguji manifes penumpang digital di sembilan dermaga di Banjarmasin, Batola, Banjar, Kotabaru dan HSU, 10–30 November. Penumpang isi nama dan nomor, motoris bisa cek jumlah penumpang dibanding kapasitas. Yang tidak punya HP dicatat manual. Evaluasi awal Desember, diterapkan di semua dermaga 2027.",
para="Wayah ini naik kalotok di sambilan dermaga musti scan QR dulu, isi ngaran wan nomor hp. Mun kada baisi hp, dicatat patugas. Ujar Pa Lukman, mun ada kacalakaan, ngalih banar mancari siapa haja nang di atas kapal. Uji coba sampai 30 November. 📲🚤",
looks=[("kim-marabahan-kota", 5, "Loket tiket dermaga Marabahan pindah sementara ke samping pos polisi air selama renovasi.", "ticket booth moved"),
       ("kim-kotabaru-hilir", -8, "Speedboat Kotabaru-Sebuku tambah jadwal sore mulai minggu ini, berangkat 16.00.", "timetable change"),
       ("kim-aluh-aluh-besar", 22, "Evaluasi manifes digital Dishub: 68% penumpang sudah scan QR. Mulai Januari wajib di dermaga Aluh-Aluh.", "the evaluation (next stage)")],
before=("kim-teluk-tiram", 16, "Di dermaga ada stiker QR baru ditempel di kelotok, katanya besok mulai dipakai. Belum jelas cara isinya.")),

dict(id="a32", src="pemkab-kotabaru", at="2026-11-16T15:05", slug="14-speedboat-kotabaru-sebuku-terapkan-manifes-digital-1240-penumpang-tercatat",
title="14 Speedboat Kotabaru–Sebuku Terapkan Manifes Digital, 1.240 Penumpang Tercatat",
text="""KOTABARU – Sebanyak 14 speedboat rute Kotabaru–Pulau Sebuku menerapkan manifes penumpang digital dalam uji coba Dinas Perhubungan Kalimantan Selatan di dermaga speedboat Kotabaru Hilir. Dalam sepekan pertama tercatat 1.240 penumpang, disampaikan Senin (16/11/2026).

Sekitar 70 persen penumpang memindai kode QR sendiri, sisanya dicatat petugas di loket. Dishub Kotabaru menempatkan dua petugas setiap pagi untuk membantu penumpang lanjut usia. "Warga Sebuku bolak-balik tiap hari untuk sekolah, berdagang dan berobat. Data ini penting kalau cuaca buruk dan ada kapal terlambat," kata Kepala Dishub Kotabaru, Zainal Arifin.

Uji coba di dermaga Kotabaru Hilir diperpanjang sampai 15 Desember 2026. Speedboat yang belum menempel kode QR diminta mengambil stiker di kantor Dishub Kotabaru. (kominfo-ktb/za)""",
short="14 speedboat Kotabaru-Sebuku pakai manifes digital, 1.240 penumpang tercatat sepekan; uji coba sampai 15/12.",
long=None,
para="Speedboat Kotabaru–Sebuku wayah ini pakai manifes digital, ampat walas buah. Saminggu sudah saribu dua ratus ampat puluh panumpang tacatat. Nang tuha-tuha dibantu patugas di loket. Ujar Pa Zainal, data ni panting mun cuaca rigat. Uji coba sampai 15 Desember.",
looks=[("kim-sungai-bali", 3, "Speedboat dari Sungai Bali tertahan 2 jam karena gelombang, penumpang aman.", "weather delay"),
       ("kim-kotabaru-hilir", 9, "Dermaga speedboat Kotabaru Hilir dipakai lomba dayung HUT Kotabaru, jadwal kapal digeser.", "same jetty, rowing race"),
       ("kim-sebelimbingan", 1, "Kadishub Kotabaru meninjau halte bus sekolah di Sebelimbingan, 3 halte rusak.", "same official, bus stops")],
before=None),

dict(id="a33", src="pemkab-banjar", at="2026-11-19T13:40", slug="dishub-banjar-catat-26-kelotok-aluh-aluh-banjarmasin-lewat-aplikasi",
title="Dishub Banjar Catat 26 Kelotok Aluh-Aluh–Banjarmasin Lewat Aplikasi Kelotok Tercatat",
text="""MARTAPURA – Dinas Perhubungan Kabupaten Banjar meluncurkan aplikasi Kelotok Tercatat untuk 26 kelotok penumpang rute Aluh-Aluh–Banjarmasin, Kamis (19/11/2026), di Dermaga Aluh-Aluh Besar. Aplikasi ini dibuat sendiri oleh Dishub Banjar dengan dana APBD 2026 sebesar Rp180 juta.

Motoris mencatat jumlah penumpang, barang dan jam berangkat melalui telepon sebelum kapal meninggalkan dermaga. Petugas di Dermaga Aluh-Aluh Besar dan Tanipah memantau dari layar di pos. "Motoris kami banyak yang sudah tua, jadi aplikasinya kami buat sangat sederhana, cukup tiga tombol," kata Kepala Dishub Banjar, H. Syahril Mubarak.

Sebanyak 26 motoris telah dilatih sejak Senin. Aplikasi akan diperluas ke rute Sungai Tabuk–Banjarmasin pada Februari 2027. (mc-banjar/sm)""",
short="Dishub Banjar luncurkan aplikasi Kelotok Tercatat untuk 26 kelotok Aluh-Aluh-Banjarmasin.",
long="Dishub Kabupaten Banjar punya aplikasi sendiri, Kelotok Tercatat (APBD Rp180 juta), diluncurkan Kamis 19 November di Dermaga Aluh-Aluh Besar. 26 kelotok rute Aluh-Aluh–Banjarmasin mencatat penumpang, barang dan jam berangkat lewat HP, cukup tiga tombol. Pos di Aluh-Aluh Besar dan Tanipah memantau. Februari 2027 diperluas ke rute Sungai Tabuk–Banjarmasin.",
para="Motoris kalotok Aluh-Aluh wayah ni mancatat panumpang pakai aplikasi Kelotok Tercatat, tombolnya talu haja, ujar Pa Syahril. Dua puluh anam kalotok sudah diajari. Patugas di Aluh-Aluh Besar wan Tanipah maitihi matan pos. Imbah ini rute Sungai Tabuk jua.",
looks=[("kim-aluh-aluh-besar", 5, "Kelotok Aluh-Aluh tujuan Banjarmasin mogok di muara, penumpang dipindah ke kelotok lain.", "engine failure"),
       ("kim-tambak-anyar", 2, "Kadishub Banjar meninjau rambu lalu lintas di Jalan A. Yani Martapura, 12 rambu diganti.", "same official, road signs"),
       ("kim-aluh-aluh-besar", -30, "Tahun lalu motoris Aluh-Aluh ikut pelatihan keselamatan, dapat pelampung 10 buah per kapal. Sumber: banjarkab.go.id", "2025 safety training")],
before=("kim-aluh-aluh-besar", 20, "Motoris diminta kumpul besok di dermaga, ada peluncuran aplikasi dari Dishub Banjar. Bawa HP yg sudah dicas.")),

# ---------------------------------------------------------------- F12 jam lintas tongkang batu bara
dict(id="a34", src="pemprov-kalsel", at="2026-11-07T10:25", slug="tongkang-batu-bara-hanya-boleh-melintas-di-bawah-jembatan-pukul-2200-0500",
title="Tongkang Batu Bara Hanya Boleh Melintas di Bawah Jembatan Pukul 22.00–05.00",
text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan mengatur jam lintas tongkang batu bara di alur Sungai Barito yang melewati Jembatan Barito dan Jembatan Rumpiang. Mulai Minggu (15/11/2026), tongkang hanya boleh melintas di bawah kedua jembatan pada pukul 22.00–05.00 Wita dan wajib dikawal kapal tunda pendamping.

Aturan itu diumumkan Sabtu (7/11/2026) setelah dua kali tongkang menyenggol fender jembatan tahun ini. Di luar jam tersebut, alur diprioritaskan bagi kapal penumpang, jukung pedagang dan nelayan. "Jembatan ini urat nadi ekonomi warga. Kami tidak mau mengambil risiko jembatan rusak karena tongkang lewat di jam sibuk," kata Asisten Perekonomian dan Pembangunan Setdaprov Kalsel, Ir. H. Bambang Sudarsono.

Dishub Kalsel bersama KSOP dan Polairud akan menempatkan posko pengawasan di kedua jembatan. Pelanggaran dicatat dan dilaporkan untuk sanksi izin berlayar. (biro-adpim/bs)""",
short="Mulai 15/11 tongkang batu bara hanya boleh lewat bawah Jembatan Barito dan Rumpiang jam 22.00-05.00.",
long="Pemprov Kalsel mengatur jam lintas tongkang batu bara di Sungai Barito: mulai Minggu 15 November tongkang hanya boleh lewat di bawah Jembatan Barito dan Jembatan Rumpiang pukul 22.00–05.00 dan harus dikawal kapal tunda. Di luar jam itu alur untuk kapal penumpang, jukung pedagang dan nelayan. Alasannya dua kali tongkang menyenggol fender jembatan tahun ini. Ada posko pengawasan di kedua jembatan.",
para="Mulai 15 November tongkang batu bara cuma bulih liwat di bawah Jambatan Barito wan Rumpiang jam sapuluh malam sampai jam lima subuh, musti dikawal kapal tunda. Siang gasan kalotok, jukung padagang wan nelayan. Ujar Pa Bambang, jambatan tu urat nadi, jangan sampai rusak. #Barito",
looks=[("kim-tabunganen-muara", -10, "Tongkang batu bara kandas di muara Barito dekat Tabunganen, nelayan diminta jauhi lokasi.", "a grounded barge"),
       ("kim-marabahan-kota", 6, "Lampu hias Jembatan Rumpiang menyala lagi setelah diperbaiki, ramai warga foto malam.", "bridge lights"),
       ("kim-jejangkit-muara", 2, "Jembatan Barito padat kendaraan Sabtu sore, ada perbaikan aspal di ujung Batola.", "road works on the bridge")],
before=("kim-jejangkit-muara", 27, "Katanya tongkang batubara mau dilarang lewat siang di bawah Jembatan Barito. Betul kah? Nelayan di sini banyak yg senang.")),

dict(id="a35", src="pemkab-barito-kuala", at="2026-11-17T11:20", slug="posko-jembatan-rumpiang-catat-41-tongkang-dalam-dua-malam",
title="Posko Jembatan Rumpiang Catat 41 Tongkang dalam Dua Malam",
text="""MARABAHAN – Posko pengawasan jam lintas tongkang di Jembatan Rumpiang, Marabahan, mencatat 41 tongkang batu bara melintas pada dua malam pertama pemberlakuan aturan, Minggu dan Senin (15–16/11/2026). Posko dijaga Dishub Barito Kuala, Polairud dan petugas KSOP.

Seluruh tongkang melintas pada jam yang ditentukan, namun tiga di antaranya tidak dikawal kapal tunda pendamping dan langsung ditegur melalui radio. "Di siang hari alur sekarang lebih lega. Motoris kelotok Marabahan bilang tidak lagi menunggu tongkang lewat," kata Kepala Dishub Barito Kuala, H. Rusdiansyah, Selasa (17/11/2026).

Posko di Jembatan Rumpiang buka setiap malam sampai akhir Desember 2026. Warga yang melihat tongkang melintas siang hari dapat mengirim foto atau video ke posko melalui kanal pengaduan Pemkab Batola. (kominfo-batola/nh)""",
short="Posko Jembatan Rumpiang catat 41 tongkang dua malam pertama, 3 tanpa kapal tunda ditegur.",
long=None,
para="Di Jambatan Rumpiang posko mancatat ampat puluh satu tongkang dalam dua malam, sadang jamnya. Tapi talu kada dikawal kapal tunda, langsung ditegur lewat radio. Ujar Pa Rusdiansyah, siang wayah ni alur labih lapang, kalotok kada mahadang lagi. Mun ada tongkang liwat siang, poto haja kirim ka posko.",
looks=[("kim-marabahan-kota", 10, "Warga rekam tongkang lewat siang di bawah Jembatan Rumpiang, video viral di grup. Belum ada tanggapan.", "a single daytime violation clip"),
       ("kim-jejangkit-muara", 1, "Polairud patroli malam di Sungai Barito Jejangkit, cek jaring nelayan dan lampu perahu.", "a patrol, not barges"),
       ("kim-marabahan-kota", -40, "Arsip: tongkang menyenggol fender Jembatan Rumpiang Juli 2026, lalu lintas sempat ditutup 2 jam.", "the earlier collision")],
before=None),

dict(id="a36", src="diskominfo-kalsel", at="2026-11-28T10:40", slug="dua-pekan-aturan-jam-lintas-312-tongkang-tercatat-9-pelanggaran",
title="Dua Pekan Aturan Jam Lintas, 312 Tongkang Tercatat dan 9 Pelanggaran",
text="""BANJARMASIN – Selama dua pekan pemberlakuan aturan jam lintas tongkang batu bara di Sungai Barito, posko pengawasan di Jembatan Barito dan Jembatan Rumpiang mencatat 312 tongkang melintas. Sembilan pelanggaran ditemukan, diumumkan Sabtu (28/11/2026) dalam rapat evaluasi di Banjarmasin.

Enam pelanggaran berupa tongkang tanpa kapal tunda pendamping dan tiga tongkang melintas sebelum pukul 22.00 Wita. Pelanggaran telah dilaporkan ke KSOP untuk penundaan surat persetujuan berlayar. "Kepatuhan hampir 97 persen. Yang melanggar kami umumkan nama perusahaannya agar ada efek jera," ujar Kepala Dinas Perhubungan Kalsel, Ir. Fitriadi Rahman.

Aturan jam lintas akan tetap berlaku tanpa batas waktu. Pemprov Kalsel juga sedang menyiapkan pemasangan kamera pengawas di kedua jembatan pada awal 2027. (mc-kalsel/fr)""",
short="Evaluasi dua pekan jam lintas tongkang: 312 tongkang tercatat, 9 pelanggaran, kepatuhan 97 persen.",
long="Dua minggu aturan jam lintas tongkang berjalan: di Jembatan Barito dan Rumpiang tercatat 312 tongkang, sembilan melanggar (enam tanpa kapal tunda, tiga lewat sebelum jam 22.00). Pelanggar dilaporkan ke KSOP untuk penundaan SPB. Kepatuhan hampir 97 persen, aturan berlaku terus, dan awal 2027 dipasang kamera di kedua jembatan.",
para="Hasil dua minggu aturan jam tongkang: talu ratus dua walas tongkang liwat, sambilan nang malanggar. Anam kada baisi kapal tunda, talu liwat sabalum jam sapuluh malam. Ujar Pa Kadishub, ngaran parusahaan nang malanggar kaina diumumakan. Tahun dudi ada kamera di jambatan.",
looks=[("kim-teluk-tiram", 3, "Dishub Kalsel rapat evaluasi angkutan Nataru di hotel Banjarmasin, bahas kapal penumpang dan bus.", "another evaluation meeting"),
       ("kim-jejangkit-muara", 6, "Kamera CCTV dipasang di simpang Jejangkit oleh desa, bukan di jembatan.", "village CCTV"),
       ("kim-sungai-andai", -50, "Jumlah tongkang lewat Sungai Barito 2025 capai 7.800 per tahun kata KSOP dalam seminar.", "a yearly figure from another source")],
before=None),
]
