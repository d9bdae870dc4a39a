"""Hand-written releases a22–a42 of heldout64 (same fields as anns_a.py)."""
from common import H
from anns_a import A

A(id="a22", source="pemkab-balangan", at="2026-11-04 11:10", slug="22-pemadam-baru-balangan-diambil-sumpah",
  title="22 Pemadam Baru Balangan Diambil Sumpah, Ditempatkan di Paringin dan Juai",
  text=f"""PARINGIN – Bupati Balangan mengambil sumpah 22 tenaga pemadam kebakaran baru di halaman Kantor Bupati, {H('4/11')}. Mereka telah menyelesaikan pelatihan dasar selama 30 hari di Pos Damkar Paringin.

Sebanyak 14 orang ditempatkan di Pos Paringin dan delapan orang di Pos Juai, sehingga kedua pos dapat berjaga 24 jam dengan tiga regu bergantian. “Dulu satu regu bisa bertugas dua hari berturut-turut. Dengan tambahan ini, petugas bisa istirahat dan tetap sigap,” kata Kepala Bidang Damkar Balangan, Sarmiji Hidayat.

Mereka juga menerima seragam dan perlengkapan pelindung lengkap. Para pemadam baru akan menjalani masa percobaan tiga bulan dan dinilai setiap akhir bulan oleh komandan regu. (blg/hn)""",
  short="Bupati Balangan ambil sumpah 22 pemadam baru: 14 untuk Pos Paringin, 8 untuk Pos Juai; kedua pos kini berjaga 24 jam dengan tiga regu.",
  long=None,
  para="""Dua puluh dua pemadam hanyar Balangan diambil sumpah ulih Bupati, Rabu (4/11) 🚒 Ampat walas di pos Paringin, walu di pos Juai. Wayahini kawa bajaga 24 jam talu regu bagiliran, kada lagi dua hari baturut-turut. Salamat bagawi! #Balangan""",
  looks=[
      ("blg", "2026-11-04 16:45", """Di halaman Kantor Bupati Balangan tadi juga ada apel pelepasan 22 atlet Porprov cabang pencak silat. Semoga pulang bawa medali!""",
       "same yard, day and figure 22: athletes sent to a sports event"),
      ("blg", "2026-11-14 21:00", """Regu pos Juai malam ini memadamkan kebakaran kebun karet di pinggir jalan, sekitar setengah hektare. Untung cepat, tidak merembet ke rumah.""",
       "a fire attended later, an event not the oath"),
      ("blg", "2026-11-19 10:30", """Pos damkar Halong kapan ditambah orang? Yang jaga masih itu-itu haja, kasihan.""",
       "a complaint about another post"),
  ])

# ---------------------------------------------------------------- F8 penyelamatan hewan dan ular
A(id="a23", source="damkar-banjarbaru", at="2026-11-16 14:30", slug="52-kader-kelurahan-ikuti-kelas-tangani-ular",
  title="52 Kader Kelurahan Ikuti Kelas Tangani Ular, 20 Kelurahan Terima Penjepit",
  text=f"""BANJARBARU – Dinas Pemadam Kebakaran dan Penyelamatan Banjarbaru menggelar Kelas Tangani Ular bagi 52 kader dari 20 kelurahan, {H('16/11')}, di Markas Damkar Banjarbaru. Setiap kelurahan menerima satu penjepit ular dan satu kotak penampung.

Kader belajar membedakan ular berbisa dan tidak berbisa yang sering masuk rumah, cara menjepit tanpa melukai, dan pertolongan pertama bila tergigit. “Sejak hujan turun, laporan ular naik tiga kali lipat. Kader di kelurahan bisa menangani ular kecil, damkar fokus ke yang besar dan berbisa,” kata Kepala Bidang Penyelamatan Damkar Banjarbaru, Norhalimah Putri.

Ular hasil tangkapan kader diserahkan ke damkar untuk dilepas ke habitatnya. Laporan ular besar tetap ditangani regu damkar. (damkar-bjb/nh)""",
  short="Damkar Banjarbaru latih 52 kader dari 20 kelurahan di Kelas Tangani Ular, 16 November; tiap kelurahan dapat penjepit dan kotak penampung.",
  long="""Musim hujan, ular banyak masuk rumah. Damkar Banjarbaru menggelar Kelas Tangani Ular untuk 52 kader dari 20 kelurahan, Senin 16 November di markas damkar. Kader belajar membedakan ular berbisa dan tidak, cara menjepit tanpa melukai, dan pertolongan pertama gigitan. Setiap kelurahan dapat satu penjepit ular dan satu kotak penampung. Ular besar dan berbisa tetap urusan damkar; tangkapan kader diserahkan ke damkar untuk dilepas.""",
  para="""Musim hujan, ular rajin masuk rumah 🐍 Damkar Banjarbaru malatih 52 kader matan 20 kalurahan cara manjapit ular nang kada babisa, wan pertolongan partama mun tagigit. Tiap kalurahan dapat panjapit wan kutak. Ular ganal wan babisa tatap kiyau damkar lah. #Banjarbaru""",
  looks=[
      ("bjb", "2026-11-21 07:50", """Kader kelurahan kami berhasil menangkap ular sawah 1,5 meter di dapur warga RT 5 Guntung Manggis tadi subuh. Sudah diserahkan ke damkar 👍""",
       "a cadre's first catch later, an event not the class"),
      ("bjb", "2026-11-16 20:00", """Markas Damkar Banjarbaru tadi sore menerima donor darah rutin PMI, 52 kantong terkumpul dari petugas dan warga.""",
       "same venue and day, same figure 52 meaning blood bags"),
      ("bjb", "2026-11-25 12:10", """Komunitas reptil Banjarbaru buka kelas edukasi ular gratis hari Minggu di taman kota, umum boleh datang. Bukan dari damkar, murni komunitas.""",
       "a private community's class, explicitly not damkar"),
  ],
  before=("bjb", "2026-11-13 18:30", """Minggu ini sudah tiga kali ular masuk rumah di kompleks kami di Cempaka. Damkar datang cepat, tapi warga minta diajari sendiri. Ada pelatihan kah?""",
          "residents' wish before the class, no facts"))

A(id="a24", source="pemkab-tanah-laut", at="2026-11-25 10:30", slug="damkar-tala-selamatkan-11-sapi-terperosok-lubang-tambang",
  title="Damkar Tala Selamatkan 11 Sapi Terperosok, Terima Alat Angkat Hewan",
  text=f"""PELAIHARI – Damkar Tanah Laut sepanjang Januari–Oktober 2026 menyelamatkan 11 ekor sapi yang terperosok ke lubang bekas tambang dan parit di Kecamatan Jorong dan Kintap. Untuk mempercepat penyelamatan, pos damkar Jorong menerima satu set tripod dan sabuk angkat hewan, {H('25/11')}.

Selama ini petugas mengangkat sapi dengan tali dan tenaga warga, sehingga satu penyelamatan bisa memakan lima jam. “Dengan tripod dan sabuk ini, sapi tidak terluka dan petugas tidak berisiko terjepit,” kata Kepala Bidang Pemadam Kebakaran Tanah Laut, Sapriansyah Akbar.

Pemkab juga meminta pemilik lahan bekas tambang memasang pagar. Peternak dapat melapor ke pos damkar terdekat bila ternaknya terperosok. (tala/rf)""",
  short="Damkar Tala selamatkan 11 sapi terperosok lubang tambang/parit di Jorong dan Kintap sepanjang 2026; pos Jorong terima tripod dan sabuk angkat hewan.",
  long=None,
  para="""Salawas tahun ini damkar Tala sudah manyalamatakan sawalas ikung sapi nang tagulung ka lubang bekas tambang wan parit di Jorong wan Kintap 🐄 Wayahini pos Jorong dibari tripod wan sabuk angkat, kada usah lima jam lagi mahinta sapi naik. #TanahLaut""",
  looks=[
      ("tla", "2026-11-28 16:40", """Sapi warga Asam Asam masuk parit sawah sore ini, dinaikkan beramai-ramai pakai tali oleh warga sendiri. Alhamdulillah selamat, cuma lecet.""",
       "villagers' own rescue of a cow, no damkar equipment"),
      ("tla", "2026-11-25 14:00", """Disbunnak Tala hari ini vaksinasi 11 ribu ekor sapi di Jorong dan Kintap untuk penyakit LSD, berlanjut sampai Desember.""",
       "same day and area, cattle vaccination by another office"),
      ("tla", "2026-12-02 09:15", """Damkar Jorong pagi ini memakai tripod baru untuk pertama kali, mengangkat sapi dari lubang tambang sedalam 4 meter dalam 40 menit.""",
       "the first use later, an event told on its own"),
  ])

A(id="a25", source="damkar-banjarmasin", at="2026-11-26 11:50", slug="sembilan-kucing-hasil-evakuasi-damkar-diserahkan-ke-komunitas-adopsi",
  title="Sembilan Kucing Hasil Evakuasi Damkar Diserahkan ke Komunitas Adopsi",
  text=f"""BANJARMASIN – DPKP Kota Banjarmasin menyerahkan sembilan kucing hasil evakuasi kepada komunitas adopsi hewan Banua Meong, {H('26/11')}. Kucing-kucing itu diselamatkan dari gorong-gorong, atap ruko dan sumur selama Oktober dan November, tetapi tidak ada pemilik yang datang menjemput.

Sepanjang 2026, DPKP menerima 64 panggilan penyelamatan hewan, 41 di antaranya kucing. “Kami senang menolong, tapi markas bukan tempat penampungan. Lewat komunitas, kucing ini dirawat, divaksin lalu diadopsi,” kata Kepala Bidang Penyelamatan DPKP Banjarmasin, Rahmi Aulia.

DPKP juga mengimbau warga tidak membuang anak kucing ke saluran air, karena sebagian besar panggilan berasal dari gorong-gorong. Calon pengadopsi akan diwawancarai lebih dulu. Komunitas membuka adopsi mulai {H('5/12')}. (dpkp-bjm/rz)""",
  short="DPKP Banjarmasin serahkan 9 kucing hasil evakuasi ke komunitas Banua Meong; sepanjang 2026 ada 64 panggilan penyelamatan hewan, 41 kucing.",
  long=None,
  para="""Sanga ikung kucing nang dihinta damkar matan gorong-gorong, hatap ruko wan sumur, wayahini diserahakan ka komunitas Banua Meong 🐈 Tahun ini damkar Banjarmasin manarima 64 panggilan hewan, 41 kucing! Jangan mambuang anak kucing ka saluran lah dangsanak. #Banjarmasin""",
  looks=[
      ("bjm", "2026-12-05 13:20", """Adopsi kucing Banua Meong hari ini di Siring, lima dari sembilan sudah dapat rumah baru. Yang mau adopsi wajib isi formulir dan foto kandang.""",
       "the adoption day later, its own figures"),
      ("bjm", "2026-11-27 10:00", """Damkar Banjarmasin pagi ini evakuasi biawak 1,2 meter dari kamar mandi warga Sungai Miai. Diserahkan ke BKSDA.""",
       "another rescue by the same office (a monitor lizard)"),
      ("bjm", "2026-11-15 19:30", """Kucing kami hilang sejak Jumat di Teluk Dalam, belang oranye, kalung merah. Kalau ada yang lihat tolong kabari di kolom komentar 🙏""",
       "a lost-cat post, unrelated to the hand-over"),
  ])

# ---------------------------------------------------------------- F9 sumur dan ruang terbatas
A(id="a26", source="pemkab-banjar", at="2026-11-19 16:15", slug="40-penggali-sumur-dilatih-waspada-gas-beracun",
  title="40 Penggali Sumur dan Tukang Dilatih Waspada Gas Beracun di Sumur",
  text=f"""MARTAPURA – Damkar Kabupaten Banjar melatih 40 penggali sumur dan tukang bangunan dari Kecamatan Sungai Tabuk dan Gambut tentang bahaya gas di dalam sumur, {H('19/11')}, di Aula Kantor Camat Sungai Tabuk. Pelatihan digelar setelah dua penggali sumur meninggal di Gambut pada September lalu.

Peserta diajari tanda-tanda udara beracun, cara menguji dengan lilin dan alat deteksi sederhana, serta larangan turun menolong tanpa tali pengaman. “Korban kedua biasanya orang yang turun menolong korban pertama. Itu yang ingin kami hentikan,” kata Kepala Damkar Kabupaten Banjar, Rudiansyah Mawardi.

Setiap kelompok penggali menerima satu set tali dan sabuk pengaman. Damkar meminta warga melapor sebelum membersihkan sumur tua yang lama tertutup. (banjar/mf)""",
  short="Damkar Banjar latih 40 penggali sumur dan tukang dari Sungai Tabuk dan Gambut soal gas beracun di sumur, 19 November, usai dua korban di Gambut.",
  long="""Damkar Kabupaten Banjar mengumpulkan 40 penggali sumur dan tukang dari Sungai Tabuk dan Gambut di aula kantor camat Sungai Tabuk, Kamis 19 November. Mereka diajari mengenali udara beracun di sumur, mengujinya dengan lilin dan alat sederhana, dan tidak turun menolong tanpa tali pengaman — pelajaran dari dua penggali yang meninggal di Gambut pada September. Tiap kelompok dapat satu set tali dan sabuk pengaman.""",
  para="""Bubuhan tukang gali sumur di Sungai Tabuk wan Gambut dilatih damkar 🪢 Ampat puluh urang baajar tanda-tanda hawa baracun di dalam sumur. Jangan turun manulung kawan mun kada bapakai tali, korban kadua biasanya nang manulung. Tiap kalumpuk dapat tali wan sabuk. #Banjar""",
  looks=[
      ("bjr", "2026-11-19 20:30", """Aula Kantor Camat Sungai Tabuk tadi siang juga dipakai musyawarah 40 kelompok tani untuk jadwal tanam serentak. Mulai tanam awal Desember.""",
       "same hall and day; the same figure 40 meaning farmer groups"),
      ("bjr", "2026-11-26 15:30", """Innalillahi, seorang warga Aluh-Aluh pingsan saat membersihkan sumur tua, berhasil diangkat warga pakai tali. Sudah dibawa ke puskesmas.""",
       "an incident in another kecamatan later"),
      ("bjr", "2026-11-21 09:40", """Tukang sumur bor di Gambut sekarang kebanjiran order, musim hujan orang malah bikin sumur bor baru. Rp3 juta untuk 30 meter.""",
       "a trade anecdote, no training"),
  ])

A(id="a27", source="pemkab-tabalong", at="2026-11-10 13:45", slug="damkar-tabalong-terima-alat-penyelamatan-ruang-terbatas",
  title="Damkar Tabalong Terima Detektor Gas dan Tripod Penyelamatan Ruang Terbatas",
  text=f"""TANJUNG – Damkar Kabupaten Tabalong menerima dua detektor gas dan satu set tripod penyelamatan ruang terbatas senilai Rp148 juta, {H('10/11')}. Peralatan itu dipakai untuk menolong korban di sumur, tangki, gorong-gorong dan lubang galian.

Sebanyak 16 personel telah dilatih memakai alat tersebut selama tiga hari oleh teknisi penyedia. “Dulu kami turun ke sumur hanya dengan tali biasa dan menebak apakah udaranya aman. Sekarang alat yang memberi tahu,” kata Kepala Bidang Damkar Tabalong, Hendri Wijaya Kusuma.

Peralatan disiagakan di Pos Damkar Tanjung dan dapat dikirim ke seluruh kecamatan. Pada Desember, personel akan berlatih bersama petugas keselamatan perusahaan tambang di Murung Pudak. (tbl/ay)""",
  short="Damkar Tabalong terima 2 detektor gas dan tripod penyelamatan ruang terbatas (Rp148 juta), 16 personel sudah dilatih; siaga di Pos Tanjung.",
  long=None,
  para="""Damkar Tabalong wayahini baisi detektor gas wan tripod gasan manyalamatakan urang di sumur, tangki atawa gorong-gorong 🪜 Harganya saratus ampat puluh walu juta. Anam walas personel sudah dilatih. Kada manabak-nabak lagi hawa di sumur aman kah kada. #Tabalong""",
  looks=[
      ("tbl", "2026-12-03 14:50", """Latihan gabungan damkar Tabalong dan tim K3 perusahaan tambang di Murung Pudak hari ini, simulasi korban di tangki solar. 30 peserta.""",
       "the joint exercise in December, the next step told as its own news"),
      ("tbl", "2026-11-10 17:30", """Damkar Tabalong hari ini juga menerima satu mobil tangki air 8.000 liter dari CSR perusahaan, ditempatkan di pos Kelua.""",
       "the same office and day with another object (a water tanker)"),
      ("tbl", "2026-11-17 11:20", """Ada petugas damkar masuk gorong-gorong di Mabuun pagi ini, ternyata cuma cari anak kucing yang terjebak. Lucu banar warga menonton 😄""",
       "a small rescue later, no facts of the equipment"),
  ])

# ---------------------------------------------------------------- F10 karhutla oleh damkar
A(id="a28", source="damkar-banjarbaru", at="2026-11-01 15:20", slug="patroli-lahan-gambut-damkar-banjarbaru-ditutup",
  title="Patroli Lahan Gambut Damkar Banjarbaru Ditutup, Luas Terbakar Turun Jadi 212 Hektare",
  text=f"""BANJARBARU – Dinas Pemadam Kebakaran dan Penyelamatan Banjarbaru menutup patroli lahan gambut musim kemarau 2026, {H('1/11')}, setelah hujan turun merata sepekan terakhir. Selama Juli–Oktober, damkar menangani 146 kejadian kebakaran lahan dengan luas 212 hektare.

Angka itu turun dari 389 hektare pada 2025. Sebagian besar kejadian berada di Kecamatan Liang Anggang dan Landasan Ulin. “Kuncinya patroli pagi dan sore di titik yang sama setiap hari, sehingga api ketemu saat masih kecil,” kata Kepala Damkar Banjarbaru, Ahmad Zainuddin Noor.

Sebanyak 48 personel terlibat dalam patroli tahun ini. Personel patroli kembali ke tugas pos masing-masing mulai {H('2/11')}. Evaluasi lengkap akan dibahas bersama relawan dan kelurahan pada Desember. (damkar-bjb/nh)""",
  short="Damkar Banjarbaru tutup patroli gambut 2026: 146 kejadian kebakaran lahan Juli–Oktober, 212 hektare, turun dari 389 hektare pada 2025.",
  long="""Musim hujan datang, Damkar Banjarbaru menutup patroli lahan gambut 2026 pada Minggu 1 November. Selama Juli–Oktober ada 146 kejadian kebakaran lahan dengan luas 212 hektare, turun dari 389 hektare tahun 2025. Kejadian terbanyak di Liang Anggang dan Landasan Ulin. Kuncinya patroli pagi dan sore di titik yang sama. Personel kembali ke pos mulai 2 November, evaluasi lengkap bersama relawan dan kelurahan Desember nanti.""",
  para="""Patroli gambut damkar Banjarbaru tuntung sudah, hujan sudah rancak 🌧️ Salawas Juli–Oktober ada 146 kajadian, 212 hektar nang tatunu. Tahun tadi 389 hektar, jadi turun banar. Paling banyak di Liang Anggang wan Landasan Ulin. #Banjarbaru #Karhutla""",
  looks=[
      ("bjb", "2026-12-04 15:00", """Rapat evaluasi kebakaran lahan di aula Kelurahan Landasan Ulin Utara hari ini, relawan minta tambahan selang dan pompa untuk musim depan.""",
       "the December evaluation meeting, a later step with its own content"),
      ("bjb", "2026-10-22 17:45", """Asap lagi di Liang Anggang sore ini, lahan kosong dekat jalan Guntung Damar terbakar kira-kira 2 hektare. Damkar dan relawan masih di lokasi.""",
       "a fire during the season, before the recap; an event of its own"),
      ("bjr", "2026-11-06 12:30", """Damkar Kabupaten Banjar belum menutup patroli, masih ada titik asap di Gambut kata petugas. Patroli jalan sampai pertengahan November.""",
       "another kabupaten's patrol still running"),
  ])

A(id="a29", source="pemkab-banjar", at="2026-11-13 14:10", slug="damkar-banjar-patroli-gambut-dengan-drone-kamera-termal",
  title="Damkar Banjar Patroli 1.200 Hektare Gambut dengan Drone Kamera Termal",
  text=f"""MARTAPURA – Damkar Kabupaten Banjar mulai memakai drone berkamera termal untuk memantau 1.200 hektare lahan gambut di Kecamatan Gambut dan Kertak Hanyar. Penerbangan pertama dilakukan {H('13/11')} di Desa Kayu Bawang.

Meski hujan sudah turun, bara di bawah permukaan gambut masih bisa menyala saat ada jeda panas. Drone terbang setiap Selasa dan Jumat hingga akhir Desember dan menandai titik panas untuk dicek regu darat. “Satu kali terbang 25 menit sama dengan patroli jalan kaki sehari penuh,” ujar Kepala Bidang Operasi Damkar Banjar, Muhammad Riduan Fikri.

Dua personel damkar telah memegang sertifikat pilot drone. Hasil pantauan dibagikan kepada pemerintah desa setiap pekan. (banjar/mf)""",
  short="Damkar Banjar pantau 1.200 ha gambut di Gambut dan Kertak Hanyar dengan drone kamera termal, terbang Selasa dan Jumat sampai akhir Desember.",
  long=None,
  para="""Damkar Banjar wayahini bapatroli gambut pakai drone kamera termal 🛸🔥 Saribu dua ratus hektar di Gambut wan Kertak Hanyar. Tiap Salasa wan Jumat sampai akhir Desember. Bara di bawah gambut kawa haja hidup pulang mun panas sabantar. #Banjar #Gambut""",
  looks=[
      ("bjr", "2026-11-20 09:00", """Drone pemetaan sawah dari Dinas Pertanian terbang di Gambut hari ini untuk data luas tanam. Petani jangan heran ada drone di atas sawah.""",
       "a drone of another office for crop mapping"),
      ("bjr", "2026-11-13 19:10", """Desa Kayu Bawang tadi juga dapat kunjungan tim penilai lomba desa tingkat kabupaten, warga menampilkan kerajinan purun.""",
       "the same village and day, another visit"),
      ("bjb", "2026-11-27 16:20", """Banjarbaru punya drone damkar juga kah? Di Liang Anggang masih patroli jalan kaki waktu kemarau kemarin.""",
       "a question about another city"),
  ],
  before=("bjr", "2026-11-12 21:00", """Besok ada uji terbang drone damkar di Kayu Bawang kata pembakal, warga jangan kaget ada bunyi mendengung pagi-pagi.""",
          "eve notice of the first flight, no facts"))

A(id="a30", source="pemkab-tanah-laut", at="2026-11-06 10:40", slug="lima-pos-damkar-tala-terima-20-stik-penyuntik-gambut",
  title="Lima Pos Damkar Tala Terima 20 Stik Penyuntik Gambut",
  text=f"""PELAIHARI – Pemkab Tanah Laut menyerahkan 20 stik penyuntik gambut kepada lima pos damkar, {H('6/11')}, di halaman Kantor Satpol PP dan Damkar Tanah Laut. Setiap pos di Pelaihari, Bati-Bati, Kurau, Jorong dan Kintap menerima empat stik.

Stik besi berlubang sepanjang dua meter itu disambungkan ke selang untuk menyemprotkan air hingga ke lapisan gambut yang masih membara. “Api gambut di permukaan bisa padam, tetapi di bawahnya masih panas. Tanpa disuntik, api muncul lagi besok pagi,” ujar Kepala Bidang Pemadam Kebakaran Tanah Laut, Sapriansyah Akbar.

Stik dibeli dari dana belanja tidak terduga. Latihan penggunaan stik bagi regu pos digelar {H('10/11')} di lahan gambut Desa Bati-Bati. (tala/rf)""",
  short="Pemkab Tala serahkan 20 stik penyuntik gambut ke 5 pos damkar (Pelaihari, Bati-Bati, Kurau, Jorong, Kintap), latihan 10 November di Bati-Bati.",
  long=None,
  para="""Lima pos damkar Tanah Laut dapat stik panyuntik gambut, ampat bigi tiap pos 🔥💧 Duwa puluh bigi samunyaan. Api gambut di atas kawa padam, tapi di bawah masih bara, makanya musti disuntik. Latihan Salasa 10 November di Bati-Bati. #TanahLaut""",
  looks=[
      ("tla", "2026-11-10 15:30", """Latihan stik gambut regu damkar di Bati-Bati tadi pagi diikuti 25 personel, warga sekitar juga ikut melihat. Semoga kemarau depan siap.""",
       "the training day itself told later with its own figures"),
      ("tla", "2026-11-06 16:20", """Halaman kantor damkar Tala hari ini juga ramai serah terima 20 motor trail untuk petugas penyuluh kehutanan. Bukan untuk damkar ya.""",
       "same yard and day, same figure 20 meaning motorbikes for foresters"),
      ("tla", "2026-11-15 20:00", """Warga Asam Asam bikin sendiri alat semprot gambut dari pipa besi bekas, dicoba di kebun sendiri. Kreatif bubuhan kita.""",
       "villagers' home-made tool, not the issued sticks"),
  ])

# ---------------------------------------------------------------- F11 nomor darurat dan telepon iseng
A(id="a31", source="damkar-banjarmasin", at="2026-11-11 13:55", slug="212-telepon-iseng-masuk-ke-dpkp-banjarmasin",
  title="212 Telepon Iseng Masuk ke DPKP Banjarmasin Sepanjang 2026",
  text=f"""BANJARMASIN – DPKP Kota Banjarmasin mencatat 212 telepon iseng dari 1.146 panggilan darurat yang masuk ke nomor 113 selama Januari hingga Oktober 2026. Dua kali regu sempat berangkat ke lokasi yang ternyata tidak ada kebakaran.

Sebagian besar penelepon iseng adalah anak-anak yang memakai telepon orang tua. DPKP akan mengunjungi 20 SD di Banjarmasin Utara dan Banjarmasin Timur mulai {H('16/11')} untuk menjelaskan kapan nomor darurat boleh dipakai. “Setiap telepon iseng bisa membuat warga lain yang benar-benar butuh pertolongan menunggu lebih lama,” kata Kepala Bidang Operasi DPKP Banjarmasin, Syarifuddin Hadi.

Orang tua diminta mengawasi penggunaan telepon oleh anak. Nomor yang berulang kali menelepon iseng akan dilaporkan ke operator. (dpkp-bjm/rz)""",
  short="DPKP Banjarmasin catat 212 telepon iseng dari 1.146 panggilan ke 113 (Jan–Okt); kampanye ke 20 SD mulai 16 November.",
  long="""Dari 1.146 panggilan ke nomor darurat 113 selama Januari–Oktober 2026, DPKP Banjarmasin mencatat 212 telepon iseng; dua kali regu sampai berangkat ke lokasi yang ternyata tidak terbakar. Kebanyakan peneleponnya anak-anak memakai telepon orang tua. Mulai 16 November petugas mendatangi 20 SD di Banjarmasin Utara dan Timur untuk menjelaskan kapan nomor darurat dipakai. Nomor yang berulang iseng dilaporkan ke operator.""",
  para="""Dua ratus dua walas kali damkar Banjarmasin ditilpun iseng tahun ini 😤📞 Matan 1.146 panggilan ka 113. Dua kali regu sampai tulak, rupanya kada ada api. Kabanyakan kakanakan mamakai hp kuitannya. Awasi anak lah! Mulai 16 November damkar ka 20 SD. #Banjarmasin""",
  looks=[
      ("bjm", "2026-11-23 11:15", """Petugas damkar ke SD kami di Sungai Miai hari ini, anak-anak diajari kapan boleh menelepon 113. Ada juga yang jujur pernah menelepon iseng 😅""",
       "one school visit later, told on its own"),
      ("bjm", "2026-11-18 16:00", """Hati-hati, ada pesan berantai mengaku dari damkar minta sumbangan perawatan mobil pemadam lewat transfer. Itu penipuan, damkar tidak pernah minta sumbangan.""",
       "a scam warning, another matter"),
      ("bjb", "2026-11-20 09:30", """Damkar Banjarbaru bilang panggilan iseng tahun ini cuma belasan. Mungkin karena anak-anak sudah sering diajak ke markas.""",
       "another city's figure, hearsay"),
  ])

A(id="a32", source="pemkab-hst", at="2026-11-24 11:20", slug="20000-stiker-kebakaran-hubungi-113-ditempel-door-to-door",
  title="20.000 Stiker “Kebakaran? Hubungi 113” Ditempel dari Rumah ke Rumah",
  text=f"""BARABAI – Pemkab Hulu Sungai Tengah mulai menempelkan 20.000 stiker berisi nomor darurat 113 dan alamat pos damkar terdekat di rumah warga, {H('24/11')}. Penempelan dilakukan kader PKK dan perangkat desa di 11 kecamatan hingga 20 Desember.

Stiker ditempel di pintu dapur, tempat yang paling dekat dengan sumber api di rumah. Setiap stiker memuat peta kecil lokasi pos damkar kecamatan. “Saat panik, orang lupa nomor. Kalau stikernya di depan mata, tidak perlu mengingat,” kata Wakil Bupati Hulu Sungai Tengah saat melepas kader di Pendopo Murakata.

Kader juga mencatat rumah yang jauh dari jalan besar agar dimasukkan dalam peta akses damkar. (hst/sa)""",
  short="HST tempel 20.000 stiker nomor darurat 113 dan alamat pos damkar di pintu dapur rumah warga, 11 kecamatan, 24 November–20 Desember.",
  long=None,
  para="""Kader PKK HST lagi bakaliling manempel stiker 113 di lawang dapur rumah warga 🏠🚒 Duwa puluh ribu lambar, 11 kecamatan, sampai 20 Desember. Ada peta halus pos damkar paling parak jua. Mun panik, kada usah maingat nomor lagi. #HST""",
  looks=[
      ("hst", "2026-11-24 19:30", """Pendopo Murakata tadi siang juga dipakai pelepasan 120 kader posyandu untuk pendataan balita stunting. Mereka mulai turun besok.""",
       "same venue and day, cadres sent out for another task"),
      ("hst", "2026-12-01 15:10", """Stiker damkar sudah sampai di rumah kami di Pandawan, ditempel di pintu dapur. Tapi nomor pos kecamatan yang tertulis katanya sudah pindah lokasi 😕""",
       "one household's complaint later, no facts of the campaign"),
      ("hst", "2026-11-26 10:00", """Di Batang Alai Utara kader membagikan stiker nomor bidan desa dan ambulans desa, ditempel di balai desa. Ini program desa sendiri.""",
       "a village's own sticker for midwife and ambulance"),
  ])

A(id="a33", source="pemkab-kotabaru", at="2026-11-26 15:35", slug="4200-kartu-nomor-darurat-untuk-21-desa-pulau",
  title="4.200 Kartu Nomor Darurat Dibagikan di 21 Desa Pulau Laut dan Pulau Sebuku",
  text=f"""KOTABARU – Pemkab Kotabaru membagikan 4.200 kartu nomor darurat kepada warga 21 desa di Pulau Laut bagian selatan dan Pulau Sebuku, mulai {H('26/11')}. Kartu berisi nomor damkar, puskesmas, pos SAR dan kantor desa, dicetak dalam bahasa Indonesia dan bahasa Bugis.

Kartu dilaminasi agar tahan air dan dapat disimpan di perahu. Desa-desa itu jauh dari pos damkar, sehingga warga juga diminta mencatat nomor perangkat desa yang memiliki radio. “Di pulau, sinyal sering hilang. Kartu ini mengingatkan siapa yang harus dihubungi dan lewat apa,” kata Asisten I Setda Kotabaru, La Ode Mahmud Sahrir.

Pembagian dilakukan bersama pemerintah desa hingga 10 Desember. (ktb/yn)""",
  short="Pemkab Kotabaru bagikan 4.200 kartu nomor darurat (Indonesia–Bugis) di 21 desa Pulau Laut selatan dan Pulau Sebuku, 26 November–10 Desember.",
  long=None,
  para="""Warga 21 desa di Pulau Laut subalah salatan wan Pulau Sebuku dibari kartu nomor darurat 📇🌊 Ampat ribu dua ratus lambar, ada bahasa Bugis jua. Dilaminating, kawa disimpan di parahu. Dibagi sampai 10 Desember. #Kotabaru #PulauSebuku""",
  looks=[
      ("ktb", "2026-11-28 10:20", """Pemkab Kotabaru membagikan 4.200 kartu BPJS PBI baru untuk warga Pulau Sebuku dan Pulau Laut Kepulauan. Ambil di kantor desa dengan membawa KK.""",
       "same figure 4.200 and islands, health-insurance cards"),
      ("ktb", "2026-12-04 08:00", """Speedboat ke Sebuku pagi ini batal berangkat, gelombang tinggi. Penumpang disarankan menunggu besok.""",
       "an unrelated transport notice on the islands"),
      ("ktb", "2026-11-29 14:40", """Di desa kami di Pulau Laut Tengah belum ada kartu nomor darurat, yang ada papan di balai desa tulisan tangan pembakal 😄""",
       "a village outside the programme"),
  ])

# ---------------------------------------------------------------- F12 rekap kebakaran
A(id="a34", source="pemkab-tabalong", at="2026-11-03 10:15", slug="38-kebakaran-rumah-di-tabalong-24-karena-korsleting",
  title="38 Kebakaran Rumah di Tabalong Sepanjang 2026, 24 Karena Korsleting",
  text=f"""TANJUNG – Damkar Kabupaten Tabalong mencatat 38 kebakaran rumah dan bangunan sepanjang Januari–Oktober 2026 dengan taksiran kerugian Rp7,9 miliar. Sebanyak 24 kejadian dipicu korsleting listrik, sembilan dari kompor dan tungku, sisanya belum diketahui.

Data itu dipaparkan dalam rapat koordinasi bersama camat se-Tabalong, {H('2/11')}, di Ruang Rapat Bupati. Kecamatan Murung Pudak dan Tanjung mencatat kejadian terbanyak. “Kabel rumah yang sudah tua dan colokan yang ditumpuk masih jadi penyebab utama. Pemeriksaan instalasi lebih murah daripada membangun rumah lagi,” kata Kepala Bidang Damkar Tabalong, Hendri Wijaya Kusuma.

Camat diminta meneruskan data ini kepada kepala desa dan lurah untuk disampaikan dalam pertemuan warga. (tbl/ay)""",
  short="Damkar Tabalong: 38 kebakaran rumah/bangunan Jan–Okt 2026, kerugian Rp7,9 miliar; 24 karena korsleting, 9 dari kompor/tungku.",
  long=None,
  para="""Tahun ini di Tabalong sudah 38 kali kabakaran rumah wan bangunan 🔥 Rugi kira-kira Rp7,9 miliar. Dua puluh ampat gara-gara korslet listrik, sanga matan kumpur wan tungku. Paling banyak di Murung Pudak wan Tanjung. Kabel tuha lakasi ganti lah dangsanak. #Tabalong""",
  looks=[
      ("tbl", "2026-11-07 02:30", """Kebakaran malam ini di Mabuun, dua rumah kayu hangus. Api diduga dari korsleting, penghuni sempat keluar semua. Damkar masih pendinginan.""",
       "a new fire after the recap, an event of its own"),
      ("tbl", "2026-11-02 18:00", """Rapat camat se-Tabalong di Ruang Rapat Bupati hari ini juga membahas persiapan MTQ kabupaten di Kelua, 38 kafilah desa.""",
       "same meeting room and day, another agenda; same figure 38"),
      ("tbl", "2026-10-28 13:00", """Data sementara PLN UP3: sambungan ilegal di Tabalong masih ratusan, sering jadi sumber korslet. Petugas penertiban turun November.""",
       "a utility's separate data and operation"),
  ])

A(id="a35", source="pemkab-hss", at="2026-11-20 14:25", slug="27-kebakaran-di-hss-14-berawal-dari-dapur",
  title="27 Kebakaran di HSS Sepanjang 2026, Separuh Berawal dari Dapur",
  text=f"""KANDANGAN – Damkar Hulu Sungai Selatan mencatat 27 kebakaran permukiman sejak Januari hingga pertengahan November 2026. Sebanyak 14 kejadian berawal dari dapur, terutama tungku kayu dan kompor yang ditinggal menyala, dan 10 dari korsleting.

Kerugian ditaksir Rp3,2 miliar, dengan 31 keluarga kehilangan rumah. Data disampaikan dalam Forum Perangkat Daerah di Aula Setda HSS, {H('20/11')}. “Di desa, banyak dapur masih dari kayu dan menempel ke rumah induk. Sekat seng di belakang tungku saja sudah sangat menolong,” kata Kepala Bidang Damkar HSS, Gusti Rizal Mahmudi.

Damkar akan mengirim petugas penyuluhan dari rumah ke rumah ke enam kecamatan dengan kejadian terbanyak mulai Desember. (hss/ln)""",
  short="Damkar HSS: 27 kebakaran permukiman 2026 (hingga pertengahan November), 14 berawal dari dapur, 10 korsleting; kerugian Rp3,2 miliar, 31 KK kehilangan rumah.",
  long="""Hulu Sungai Selatan mencatat 27 kebakaran permukiman dari Januari sampai pertengahan November 2026. Separuhnya (14) berawal dari dapur — tungku kayu dan kompor yang ditinggal menyala — dan 10 dari korsleting. Kerugian sekitar Rp3,2 miliar, 31 keluarga kehilangan rumah. Data dipaparkan di Forum Perangkat Daerah, Aula Setda HSS, 20 November. Mulai Desember petugas penyuluhan datang ke enam kecamatan dengan kejadian terbanyak.""",
  para="""Dua puluh pitu kali kabakaran di HSS tahun ini, ampat walas bamula matan dapur 🔥🍳 Tungku kayu wan kumpur nang ditinggal hidup. Talu puluh satu kaluarga kahilangan rumah. Pasang haja seng di balakang tungku, sudah manulung banar jar damkar. #HSS""",
  looks=[
      ("hss", "2026-11-20 21:10", """Aula Setda HSS tadi juga dipakai rapat tim percepatan penurunan stunting, 27 desa lokus tahun depan sudah ditetapkan.""",
       "same hall and day, same figure 27 meaning villages"),
      ("hss", "2026-12-02 16:30", """Penyuluhan damkar di Desa Angkinang hari ini, ibu-ibu diajari memasang seng di belakang tungku. Ada 45 warga hadir.""",
       "the December outreach in one village, a later step told on its own"),
      ("hsu", "2026-11-25 10:20", """HSU katanya 19 kebakaran tahun ini, tapi belum ada rilis resmi. Tetangga kabupaten lebih banyak ternyata.""",
       "another kabupaten's unofficial figure"),
  ])

A(id="a36", source="diskominfo-kalsel", at="2026-11-27 09:40", slug="412-kebakaran-permukiman-di-kalsel-58-persen-karena-listrik",
  title="412 Kebakaran Permukiman di Kalsel Januari–Oktober, 58 Persen Karena Listrik",
  text=f"""BANJARBARU – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan merilis rekap 412 kebakaran permukiman di 13 kabupaten/kota selama Januari–Oktober 2026, dihimpun dari laporan dinas pemadam kebakaran setempat. Rekap dipaparkan dalam Forum Data Daerah, {H('26/11')}, di Gedung Idham Chalid.

Sebanyak 58 persen kebakaran dipicu listrik, 23 persen dari kompor dan tungku, dan sisanya dari pembakaran sampah, lilin dan penyebab lain. Kota Banjarmasin mencatat kejadian terbanyak, disusul Kabupaten Banjar. “Data ini kami buka agar KIM dan media bisa menyusun pesan pencegahan yang tepat sasaran,” kata Kepala Bidang Statistik Diskominfo Kalsel, Raudatul Jannah.

Dataset lengkap dapat diunduh di portal Satu Data Kalsel mulai {H('1/12')}. (mc-kalsel/rj)""",
  short="Diskominfo Kalsel: 412 kebakaran permukiman Jan–Okt 2026 di 13 kab/kota, 58 % karena listrik, 23 % kompor/tungku; dataset di Satu Data Kalsel mulai 1 Desember.",
  long=None,
  para="""Salawas Januari–Oktober ada ampat ratus dua walas kabakaran rumah se-Kalsel 🔥📊 Limapuluh walu persen gara-gara listrik, dua puluh talu persen matan kumpur wan tungku. Banjarmasin paling banyak. Datanya kawa diunduh di Satu Data Kalsel mulai 1 Desember. #Kalsel""",
  looks=[
      ("bjm", "2026-11-29 14:00", """Diskominfo Kalsel hari ini merilis data 412 titik wifi publik di 13 kabupaten/kota, bisa dicek di portal Satu Data. Banjarmasin paling banyak.""",
       "the same office, figure 412 and portal, another dataset (wifi points)"),
      ("bjb", "2026-11-26 16:30", """Gedung Idham Chalid siang tadi juga dipakai seminar literasi digital untuk 300 pelajar SMA, narasumber dari Diskominfo.""",
       "same building and day, another event"),
      ("bjm", "2026-12-01 10:00", """Data kebakaran Kalsel 2025 di portal Satu Data menunjukkan 47 persen karena listrik. Tahun ini katanya naik, tapi ulun belum lihat angkanya.""",
       "last year's dataset, hearsay about this year"),
  ])

# ---------------------------------------------------------------- F13 siaga damkar akhir tahun
A(id="a37", source="pemkot-banjarbaru", at="2026-11-25 13:20", slug="damkar-banjarbaru-siagakan-enam-posko-nataru-dan-layanan-titip-rumah",
  title="Damkar Banjarbaru Siagakan Enam Posko Nataru dan Layanan Titip Rumah",
  text=f"""BANJARBARU – Dinas Pemadam Kebakaran dan Penyelamatan Banjarbaru akan menyiagakan enam posko selama libur Natal dan Tahun Baru, 24 Desember 2026 hingga 2 Januari 2027. Posko ditempatkan di dekat tiga gereja, dua pusat perbelanjaan dan kawasan Lapangan Murjani.

Damkar juga membuka layanan Titip Rumah: warga yang bepergian dapat mendaftarkan alamat melalui kelurahan, lalu petugas dan ketua RT akan melintas sekali sehari. “Banyak kebakaran akhir tahun terjadi di rumah kosong karena colokan lupa dicabut. Daftarkan rumah Anda, kami ikut melihat,” kata Kepala Damkar Banjarbaru, Ahmad Zainuddin Noor, {H('25/11')}.

Posko dilengkapi satu unit mobil pemadam dan petugas jaga bergilir. Pendaftaran Titip Rumah dibuka {H('1/12')} hingga 22 Desember. (bjb/ws)""",
  short="Damkar Banjarbaru siagakan 6 posko Nataru (24/12–2/1) dan buka layanan Titip Rumah lewat kelurahan, daftar 1–22 Desember.",
  long="""Libur Natal dan Tahun Baru nanti, Damkar Banjarbaru menyiagakan enam posko dari 24 Desember 2026 sampai 2 Januari 2027: dekat tiga gereja, dua pusat belanja, dan kawasan Lapangan Murjani. Ada juga layanan Titip Rumah — warga yang bepergian mendaftarkan alamat lewat kelurahan, lalu petugas bersama ketua RT melintas sekali sehari. Pendaftaran 1–22 Desember.""",
  para="""Handak bulik kampung libur Nataru? Damkar Banjarbaru ada layanan Titip Rumah, daftar lewat kalurahan 1–22 Desember 🏠🚒 Patugas wan katua RT malintas sahari sakali. Anam posko jua siaga 24 Desember sampai 2 Januari. Jangan kalupaan mancabut colokan lah! #Banjarbaru""",
  looks=[
      ("bjb", "2026-11-30 11:00", """Polres Banjarbaru menyiapkan 4 pos pengamanan Nataru di gereja dan pusat perbelanjaan, personel gabungan 210 orang. Apel gelar pasukan 21 Desember.""",
       "the police's own Nataru posts, another office"),
      ("bjb", "2026-11-26 09:40", """Layanan titip rumah juga dibuka satpam kompleks kami di Landasan Ulin, gratis untuk warga kompleks selama libur sekolah.""",
       "a housing estate's own service"),
      ("bjb", "2026-12-01 14:15", """Kelurahan Loktabat Selatan sudah buka pendaftaran titip rumah hari ini? Ulun datang tadi katanya formulir belum ada dari damkar.""",
       "a complaint on the first day, no facts of the plan"),
  ])

A(id="a38", source="pemkab-banjar", at="2026-11-27 15:00", slug="gerakan-cabut-colokan-sebelum-tinggalkan-rumah",
  title="Damkar Banjar Luncurkan Gerakan Cabut Colokan Sebelum Tinggalkan Rumah",
  text=f"""MARTAPURA – Damkar Kabupaten Banjar meluncurkan gerakan Cabut Colokan Sebelum Tinggalkan Rumah di Pasar Martapura, {H('27/11')}. Gerakan ini menjelang musim libur akhir tahun dan musim haul, saat banyak rumah ditinggal berhari-hari.

Petugas membagikan 5.000 gantungan kunci berisi daftar periksa singkat: cabut colokan, matikan kompor dan tabung gas, tutup jendela, dan titip kunci kepada tetangga. “Setiap tahun ada rumah yang terbakar saat pemiliknya pulang kampung. Hampir selalu karena sesuatu yang lupa dimatikan,” kata Kepala Damkar Kabupaten Banjar, Rudiansyah Mawardi.

Peluncuran ditandai dengan penempelan stiker di kios-kios pasar. Gantungan kunci juga dibagikan di 20 kantor kecamatan dan lewat kader posyandu hingga pertengahan Desember. (banjar/mf)""",
  short="Damkar Banjar luncurkan gerakan Cabut Colokan Sebelum Tinggalkan Rumah di Pasar Martapura, 27 November; 5.000 gantungan kunci berisi daftar periksa.",
  long=None,
  para="""Damkar Banjar bagi-bagi gantungan kunci di Pasar Martapura 🔑🔌 Limaribu bigi, isinya daftar: cabut colokan, matiakan kumpur wan tabung gas, tutup lalungkang, titip kunci ka tatangga. Libur wan musim haul rumah rancak ditinggal, jangan sampai tatunu. #Banjar #Martapura""",
  looks=[
      ("bjr", "2026-11-27 18:40", """Pasar Martapura tadi pagi juga ada pembagian 5.000 masker gratis dari Dinkes karena kualitas udara menurun saat asap pembakaran sampah. Lumayan ramai.""",
       "same market, day and figure 5.000 meaning masks"),
      ("bjr", "2026-12-03 20:00", """Rumah warga Sungai Paring terbakar sebagian saat ditinggal ke acara keluarga, diduga dari rice cooker yang lupa dicabut. Tetangga yang memadamkan.""",
       "an actual fire later, no facts of the campaign"),
      ("bjr", "2026-11-30 09:50", """Gantungan kunci damkar katanya cuma dibagi di kantor kecamatan Martapura? Di Karang Intan belum ada kata kasi trantib.""",
       "a complaint about distribution, no facts"),
  ])

A(id="a39", source="pemkab-tabalong", at="2026-11-23 10:50", slug="damkar-tabalong-siaga-di-lima-gereja-dan-taman-kota",
  title="Damkar Tabalong Siaga di Lima Gereja dan Taman Kota Tanjung Saat Nataru",
  text=f"""TANJUNG – Damkar Kabupaten Tabalong akan menempatkan satu unit mobil pemadam dan empat personel di masing-masing lima gereja di Tanjung dan Murung Pudak saat ibadah Malam Natal, 24 Desember. Pada malam pergantian tahun, dua unit disiagakan di Taman Kota Tanjung.

Rencana itu disepakati dalam rapat bersama pengurus gereja, {H('23/11')}. Pengurus gereja diminta menyediakan dua APAR di setiap gedung dan tidak memasang lilin dekat kain dekorasi. “Kami tidak menunggu ada api. Mobil dan petugas sudah di lokasi sebelum ibadah dimulai,” kata Kepala Bidang Damkar Tabalong, Hendri Wijaya Kusuma.

Pemeriksaan APAR dan instalasi listrik di kelima gereja dijadwalkan pada {H('14/12')}. (tbl/ay)""",
  short="Damkar Tabalong siagakan mobil pemadam dan 4 personel di 5 gereja Tanjung/Murung Pudak saat Malam Natal, dan 2 unit di Taman Kota Tanjung malam tahun baru.",
  long=None,
  para="""Malam Natal kaina ada mubil damkar di lima gereja di Tanjung wan Murung Pudak, ampat personel tiap gereja 🎄🚒 Malam tahun hanyar dua unit di Taman Kota Tanjung. Pengurus gereja diminta manyiapakan dua APAR wan jangan masang lilin parak kain. #Tabalong""",
  looks=[
      ("tbl", "2026-11-23 16:00", """Pengurus FKUB Tabalong hari ini silaturahmi ke lima gereja menjelang Natal, membawa pesan kerukunan dan bingkisan.""",
       "same day and five churches, an interfaith visit"),
      ("tbl", "2026-11-28 19:30", """Taman Kota Tanjung malam tahun baru nanti ada pesta kembang api kah? Tahun lalu dilarang, mudahan tahun ini boleh 😁""",
       "a question about fireworks, no facts of the plan"),
      ("tbl", "2026-12-05 13:40", """Pohon Natal di salah satu gereja Murung Pudak sudah dipasang, lampunya pakai LED supaya aman kata panitia. Cantik banar.""",
       "a church's own decoration later"),
  ])

# ---------------------------------------------------------------- F14 konten KIM + F15 edaran gubernur
A(id="a40", source="diskominfo-kalsel", at="2026-11-03 16:10", slug="lomba-konten-waspada-api-untuk-kim-se-kalsel",
  title="Diskominfo Kalsel Gelar Lomba Konten Waspada Api untuk KIM",
  text=f"""BANJARBARU – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan menggelar Lomba Konten Waspada Api bagi Kelompok Informasi Masyarakat (KIM) se-Kalsel. Karya berupa video pendek paling lama 90 detik atau poster edukasi pencegahan kebakaran dapat dikirim hingga {H('20/11')}.

Konten wajib memuat satu pesan pencegahan, misalnya memeriksa kabel, tidak meninggalkan kompor menyala atau menghafal nomor darurat. Total hadiah Rp15 juta untuk enam pemenang. “KIM paling dekat dengan warga. Pesan dari tetangga sendiri lebih didengar daripada spanduk,” kata Kepala Bidang Informasi dan Komunikasi Publik Diskominfo Kalsel, Fitriani Mahdiyah.

Pemenang diumumkan pada pekan terakhir November dan karyanya akan diputar di kanal media sosial Pemprov. (mc-kalsel/fm)""",
  short="Diskominfo Kalsel gelar Lomba Konten Waspada Api untuk KIM: video ≤90 detik atau poster, kirim sampai 20 November, hadiah total Rp15 juta.",
  long="""Ada lomba untuk KIM se-Kalsel: Lomba Konten Waspada Api dari Diskominfo Kalsel. Karya bisa video pendek maksimal 90 detik atau poster edukasi pencegahan kebakaran, dikirim paling lambat Jumat 20 November. Setiap konten wajib memuat satu pesan pencegahan (cek kabel, jangan tinggalkan kompor menyala, hafalkan nomor darurat). Hadiah total Rp15 juta untuk enam pemenang, diumumkan pekan terakhir November.""",
  para="""Bubuhan KIM, ayo umpat Lomba Konten Waspada Api matan Diskominfo Kalsel 🎬🔥 Video paling lawas 90 detik atawa poster, kirim sampai 20 November. Hadiahnya Rp15 juta gasan anam juara. Pesan matan tatangga saurang labih didangar pada spanduk! #KIMKalsel""",
  looks=[
      ("bjb", "2026-11-10 10:00", """Diskominfo Kalsel juga membuka lomba foto jurnalistik HUT Provinsi untuk umum, kirim sampai 30 November, hadiah total Rp15 juta.""",
       "the same office and prize sum, another contest"),
      ("hsu", "2026-11-18 21:00", """KIM kami sudah selesai syuting video cegah kebakaran, pemerannya anak-anak SD dan ibu-ibu PKK. Tinggal edit, mudahan sempat dikirim 🤞""",
       "a KIM's own production, no facts of the contest"),
      ("tbl", "2026-11-05 12:20", """Lomba video pencegahan kebakaran tahun lalu pemenangnya dari Kotabaru kalau tidak salah. Tahun ini hadiahnya naik kah?""",
       "last year's edition, hearsay"),
  ])

A(id="a41", source="diskominfo-kalsel", at="2026-11-26 14:50", slug="enam-kim-juara-lomba-konten-waspada-api",
  title="Enam KIM Juara Lomba Konten Waspada Api, KIM Kuin Cerucuk Terbaik",
  text=f"""BANJARBARU – Diskominfo Kalsel mengumumkan enam pemenang Lomba Konten Waspada Api, {H('26/11')}. Dari 58 karya yang masuk, juara pertama diraih KIM Kuin Cerucuk, Banjarmasin, lewat video 80 detik tentang colokan bertumpuk di rumah panggung.

Juara kedua dan ketiga diraih KIM dari Hulu Sungai Tengah dan Tanah Bumbu, sementara tiga karya poster mendapat penghargaan khusus. Dewan juri menilai ketepatan pesan, kreativitas dan penggunaan bahasa Banjar. “Hampir semua karya memakai warga sendiri sebagai pemeran. Itu yang membuat pesannya dekat,” kata Kepala Bidang Informasi dan Komunikasi Publik Diskominfo Kalsel, Fitriani Mahdiyah.

Hadiah diserahkan pada Rapat Koordinasi KIM, {H('3/12')}, dan semua karya pemenang diunggah ke kanal Pemprov. (mc-kalsel/fm)""",
  short="Lomba Konten Waspada Api: dari 58 karya, juara 1 KIM Kuin Cerucuk Banjarmasin (video colokan bertumpuk); hadiah diserahkan 3 Desember.",
  long=None,
  para="""Salamat gasan KIM Kuin Cerucuk, juara satu Lomba Konten Waspada Api 🏆🎬 Matan 58 karya, videonya 80 detik pasal colokan batumpuk di rumah panggung. Juara dua wan talu matan HST wan Tanah Bumbu. Hadiah diserahakan 3 Desember. #KIMKalsel""",
  looks=[
      ("bjm", "2026-12-03 16:00", """Rakor KIM se-Kalsel hari ini di Banjarbaru, selain penyerahan hadiah ada materi cek fakta dan penulisan berita. 120 pengurus KIM hadir.""",
       "the rakor itself later, with its own content"),
      ("bjm", "2026-11-28 10:30", """KIM Kuin Cerucuk juga juara lomba kampung bersih tingkat kecamatan bulan ini. Borong prestasi 👏""",
       "the same KIM winning another contest"),
      ("tbu", "2026-11-27 19:10", """Selamat untuk KIM Tanbu yang masuk juara lomba video Diskominfo. Syuting di pasar Pagatan sampai tiga hari katanya.""",
       "one winner's own anecdote; no facts of the release"),
  ])

A(id="a42", source="pemprov-kalsel", at="2026-11-07 11:30", slug="gubernur-terbitkan-edaran-kewaspadaan-kebakaran-permukiman-dan-pasar",
  title="Gubernur Terbitkan Edaran Kewaspadaan Kebakaran Permukiman dan Pasar",
  text=f"""BANJARMASIN – Gubernur Kalimantan Selatan menerbitkan surat edaran tentang kewaspadaan kebakaran permukiman padat dan pasar tradisional menjelang akhir tahun, {H('6/11')}. Edaran ditujukan kepada bupati dan wali kota se-Kalsel.

Kepala daerah diminta memastikan setiap pasar memiliki jalur masuk mobil pemadam, APAR yang tidak kedaluwarsa dan petugas jaga malam, serta menggerakkan ketua RT untuk mendata rumah dengan instalasi listrik tua. “Kebakaran di Banua masih didominasi listrik dan dapur. Pencegahannya ada di tingkat RT dan pasar,” kata Kepala Biro Pemerintahan Setdaprov Kalsel, Muhammad Syarifuddin Noor, {H('7/11')}.

Edaran juga ditembuskan kepada dinas pemadam kebakaran setiap daerah. Bupati dan wali kota diminta melaporkan pelaksanaan edaran paling lambat 15 Desember 2026. (biro-pem/sn)""",
  short="Gubernur Kalsel edarkan SE kewaspadaan kebakaran permukiman dan pasar: jalur damkar, APAR, penjaga malam, pendataan instalasi tua; laporan paling lambat 15 Desember.",
  long="""Gubernur Kalsel menerbitkan surat edaran tanggal 6 November tentang kewaspadaan kebakaran di permukiman padat dan pasar tradisional menjelang akhir tahun. Bupati dan wali kota diminta memastikan tiap pasar punya jalur masuk mobil pemadam, APAR yang tidak kedaluwarsa dan penjaga malam, serta meminta ketua RT mendata rumah dengan instalasi listrik tua. Laporan pelaksanaan ditunggu paling lambat 15 Desember 2026.""",
  para="""Gubernur Kalsel maulah edaran gasan bupati wan wali kota, pasar wan kampung padat musti waspada kabakaran 📜🔥 Pasar musti ada jalan masuk mubil damkar, APAR nang kada kadaluwarsa, wan panjaga malam. Katua RT mandata rumah nang kabalnya tuha. Laporan sabalum 15 Desember. #Kalsel""",
  looks=[
      ("bjm", "2026-11-10 13:30", """Gubernur juga menerbitkan edaran tentang cuti bersama dan jam kerja ASN selama Nataru. ASN wajib masuk 2 Januari.""",
       "a second circular of the same office on another matter"),
      ("hss", "2026-11-16 09:10", """Bupati HSS meneruskan edaran gubernur soal kebakaran ke semua camat? Di kecamatan kami belum ada surat apa-apa, masih tanda tanya.""",
       "a question whether it was relayed, no facts"),
      ("bjm", "2026-11-09 20:20", """Tahun lalu juga ada edaran gubernur soal kebakaran, tapi isinya tentang kemarau dan larangan bakar lahan. Beda musim beda isi.""",
       "last year's circular about land burning"),
  ])
