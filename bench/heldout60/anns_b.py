# heldout60, hand-written releases a14-a27 (same layout as anns_a.py).

ANNS = [
dict(id="a14", src="balangan", at="2026-11-17 10:20", region="Kabupaten Balangan",
 slug="12-p3a-balangan-rampungkan-p3-tgai-4-6-km",
 title="12 P3A Balangan Rampungkan P3-TGAI, 4,6 Km Saluran Beton Diserahterimakan",
 text="""PARINGIN – Dua belas P3A di Kabupaten Balangan merampungkan pekerjaan P3-TGAI berupa saluran irigasi beton sepanjang 4,6 kilometer. Serah terima hasil pekerjaan dilaksanakan di Aula Kantor Bupati Balangan, Senin (16/11/2026).

Sekretaris Daerah Balangan, Helmi Arsyad, mengatakan saluran baru itu mengairi sekitar 410 hektare sawah di Kecamatan Paringin, Awayan dan Batumandi. “Pekerjaannya rapi dan selesai sebelum batas waktu. Yang bekerja warga desa sendiri, jadi mereka juga yang akan menjaga,” ujarnya.

Pemkab meminta setiap P3A menyusun jadwal pembersihan saluran sebulan sekali dan mencatat kerusakan kecil sejak awal. Dinas PUPR Balangan akan meninjau kondisi saluran menjelang musim tanam gadu tahun depan. Papan nama dipasang di setiap ruas saluran. (balangan/ha)""",
 sum="12 P3A di Balangan rampungkan P3-TGAI: 4,6 km saluran beton untuk ±410 ha sawah di Paringin, Awayan dan Batumandi; serah terima Senin 16/11 di Aula Kantor Bupati.",
 lsum=None,
 par="Dua walas P3A di Balangan sudah manuntungakan P3-TGAI, saluran beton ampat koma anam kilo. Diserahakan hari Senin di Aula Kantor Bupati. Sawah nang dapat banyu kira-kira 410 hektar di Paringin, Awayan, Batumandi. Ujar Pak Sekda, nang bagawi urang kampung saurangan, jadi bubuhannya jua nang manjaga. Barasihi saluran sabulan sakali lah 🌾",
 neg=[
  dict(d="2026-11-24 09:15", k="kim-tebing-tinggi", t="Saluran irigasi yang dibangun dari dana desa di Tebing Tinggi hari ini mulai dicor, panjang 350 meter. Pekerja 14 orang warga setempat. Target selesai sebelum akhir tahun.", why="a village's own dana-desa channel in Tebing Tinggi, not P3-TGAI"),
  dict(d="2026-11-20 13:00", k="kim-paringin-kota", t="Aula Kantor Bupati Balangan hari ini dipakai seleksi duta wisata, 24 finalis tampil. Pengumuman juara Sabtu malam.", why="the same hall with another event"),
  dict(d="2026-12-01 16:05", k="kim-paringin-kota", t="Gotong royong pertama P3A Sinar Tani: bersihkan rumput di saluran beton yang baru diserahkan, 800 meter dari pintu bagi. Hadir 27 anggota. Jadwal berikutnya awal Januari.", why="one P3A's first monthly clean-up (1 Dec), its own event"),
 ]),

dict(id="a15", src="hss", at="2026-11-24 09:55", region="Kabupaten Hulu Sungai Selatan",
 slug="hss-buka-usulan-p3-tgai-2027-sampai-15-desember",
 title="HSS Buka Usulan P3-TGAI 2027, Berkas Ditunggu Sampai 15 Desember",
 text="""KANDANGAN – Dinas PUPR Kabupaten Hulu Sungai Selatan membuka pengusulan desa calon penerima P3-TGAI tahun 2027. Sosialisasi kepada pambakal dan ketua P3A digelar di Gedung Wanita Kandangan, Selasa (24/11/2026).

Kepala Dinas PUPR HSS, Iwan Setiawan, mengatakan kabupaten menyiapkan 30 usulan desa untuk diajukan ke BWS Kalimantan III. “Syaratnya P3A sudah berbadan hukum, punya peta saluran sederhana dan surat kesanggupan kerja swadaya. Desa yang tahun ini sudah menerima tidak bisa mengusulkan lagi,” jelasnya.

Berkas usulan diterima di kantor Dinas PUPR HSS paling lambat 15 Desember 2026. Petugas dinas akan memverifikasi lapangan pada pekan ketiga Desember sebelum daftar usulan dikirim. Desa yang ragu dapat berkonsultasi lebih dulu ke dinas. (hss/is)""",
 sum="PUPR HSS buka usulan desa calon penerima P3-TGAI 2027 (sosialisasi Selasa 24/11 di Gedung Wanita Kandangan): 30 usulan, P3A harus berbadan hukum, berkas paling lambat 15 Desember.",
 lsum=None,
 par="Pambakal wan katua P3A di HSS, usulan P3-TGAI 2027 sudah dibuka PUPR HSS, sosialisasinya Salasa di Gedung Wanita Kandangan. Disiapakan tiga puluh usulan desa. Syaratnya P3A musti babadan hukum, baisi peta saluran, surat sanggup bagawi swadaya. Nang tahun ini sudah dapat kada kawa lagi. Berkas paling lambat 15 Disember ⏰",
 neg=[
  dict(d="2026-11-27 10:30", k="kim-padang-batung", t="Gedung Wanita Kandangan hari ini dipakai pelatihan tata rias pengantin untuk 30 ibu-ibu PKK. Pelatihan tiga hari.", why="the same building and same number 30, another event"),
  dict(d="2026-12-02 19:40", k="kim-loklahung", t="Rapat desa tadi malam: P3A kita belum berbadan hukum, jadi belum bisa ikut usulan P3-TGAI. Pengurus akan mengurus akta dulu, mungkin baru bisa ikut tahun 2028.", why="a village's own meeting deciding it cannot apply"),
  dict(d="2026-11-29 14:15", k=None, t="Usulan P3-TGAI di Tapin katanya ditutup akhir November. Yang mau usul cepat ke PUPR Tapin.", why="another kabupaten's deadline (hearsay)"),
 ]),

dict(id="a16", src="bws", at="2026-11-09 14:25", region="Kabupaten Hulu Sungai Selatan",
 slug="tanggul-sungai-negara-nagara-2-8-km-mulai-dibangun",
 title="Tanggul Sungai Negara di Nagara Sepanjang 2,8 Km Mulai Dibangun",
 text="""KANDANGAN – Balai Wilayah Sungai Kalimantan III memulai pembangunan tanggul Sungai Negara di kawasan Nagara, Kecamatan Daha Utara, Kabupaten Hulu Sungai Selatan, Senin (9/11/2026). Tanggul sepanjang 2,8 kilometer itu dibangun dengan anggaran Rp24 miliar.

Kepala BWS Kalimantan III, Rudy Hartono Sinaga, mengatakan tanggul akan melindungi sekitar 1.150 rumah dan pasar Nagara yang hampir setiap tahun terendam. “Elevasi tanggul kami buat setengah meter di atas banjir tertinggi lima tahun terakhir,” ujarnya saat peletakan batu pertama bersama Bupati HSS.

Pembangunan berlangsung 14 bulan. Selama pekerjaan, sebagian jalan tepi sungai akan ditutup bergantian, dan kontraktor diminta memprioritaskan pekerja lokal dari desa sekitar. (bws3/rh)""",
 sum="BWS Kalimantan III mulai bangun tanggul Sungai Negara di Nagara, Daha Utara, 2,8 km senilai Rp24 M, Senin 9/11. Melindungi ±1.150 rumah dan pasar Nagara; dikerjakan 14 bulan.",
 lsum="""Peletakan batu pertama tanggul Sungai Negara di Nagara, Daha Utara, berlangsung Senin (9/11) oleh BWS Kalimantan III bersama Bupati HSS. Tanggul sepanjang 2,8 km ini bernilai Rp24 miliar.

Kepala BWS Kalimantan III Rudy Hartono Sinaga menyebut tanggul melindungi sekitar 1.150 rumah dan pasar Nagara yang hampir tiap tahun terendam; tingginya setengah meter di atas banjir tertinggi lima tahun terakhir. Pekerjaan 14 bulan, sebagian jalan tepi sungai ditutup bergantian, pekerja lokal diutamakan.""",
 par="Tanggul Sungai Negara di Nagara mulai dibangun BWS Kalimantan III hari Senin, panjang dua koma walu kilo, duitnya Rp24 miliar. Rumah nang dilindungi kira-kira 1.150 buting tamasuk pasar Nagara nang hampir tiap tahun kabanyuan. Tinggi tanggulnya satangah meter di atas banjir paling tinggi lima tahun tadi. Ampat walas bulan bagawi, jalan higa sungai ditutup bagiliran 🚧",
 neg=[
  dict(d="2026-11-14 08:40", k="kim-pakan-dalam", t="Pasar Nagara pagi ini ramai, harga ikan haruan turun ke Rp55 ribu per kilo, papuyu Rp70 ribu. Pedagang bilang air sungai mulai surut jadi tangkapan banyak.", why="fish prices at the same market"),
  dict(d="2026-11-30 10:20", k="kim-pakan-dalam", t="Warga RT 2 Pakan Dalam hari ini menimbun karung pasir di tepi sungai depan musala sepanjang 40 meter, karena tanggul BWS belum sampai ke ujung kampung kami. Swadaya 600 karung.", why="residents' own sandbag wall beyond the works"),
  dict(d="2026-11-20 15:50", k=None, t="Tahun 2025 dulu pernah ada rencana tanggul di Daha Selatan, tapi batal karena lahan belum bebas. Semoga yang di Nagara sekarang lancar.", why="a 2025 plan in Daha Selatan recalled"),
 ],
 bef=[dict(d="2026-11-08 16:30", k="kim-pakan-dalam", t="Tenda sudah berdiri di lapangan tepi Sungai Negara, katanya besok ada peletakan batu pertama tanggul. Bupati dan orang balai mau datang.", why="a tent up the day before")]),


dict(id="a17", src="tabalong", at="2026-11-13 11:10", region="Kabupaten Tabalong",
 slug="tanggul-sungai-tabalong-di-kelua-ditinggikan-60-cm",
 title="Tanggul Sungai Tabalong di Kelua Ditinggikan 60 Sentimeter",
 text="""TANJUNG – Pemerintah Kabupaten Tabalong meninggikan tanggul Sungai Tabalong di Kecamatan Kelua setinggi 60 sentimeter sepanjang 1,2 kilometer. Pekerjaan swakelola Dinas PUPR Tabalong itu dimulai Jumat (13/11/2026) dan ditargetkan selesai sebelum 15 Desember.

Wakil Bupati Tabalong, Rahmadi Fauzan, mengatakan ruas tanggul itu sempat dilimpasi air pada banjir Januari lalu sehingga 260 rumah di Pasar Panas dan Sungai Buluh terendam. “Kami tidak menunggu proyek besar. Tanah urug dan karung disiapkan dinas, tenaganya gotong royong bersama warga,” ujarnya.

Warga yang ingin ikut bekerja dapat mendaftar di kantor kelurahan dan desa setempat. Setiap pekerja mendapat uang makan harian dari dinas selama masa pekerjaan. (tabalong/rf)""",
 sum="Pemkab Tabalong tinggikan tanggul Sungai Tabalong di Kelua 60 cm sepanjang 1,2 km, swakelola mulai Jumat 13/11, target sebelum 15 Desember. Ruas ini dilimpasi banjir Januari (260 rumah terendam).",
 lsum=None,
 par="Tanggul Sungai Tabalong di Kelua ditinggiakan anam puluh senti, panjangnya 1,2 kilo, mulai Jumat ni. Bulan Januari tadi banyu malimpas di situ, 260 rumah di Pasar Panas wan Sungai Buluh tarandam. Ujar Pak Wabup, kada mahadang proyek ganal, tanah wan karung matan dinas, tanaganya gotong royong warga. Handak umpat bagawi, daftar di kelurahan, ada duit makan 🍚",
 neg=[
  dict(d="2026-11-16 17:30", k="kim-kelua", t="Alhamdulillah hari kedua gotong royong tanggul di Pasar Panas, warga yang turun 63 orang. Ibu-ibu PKK menyiapkan kue dan teh. Besok kumpul lagi jam 7.", why="a day-two participation note with its own figures"),
  dict(d="2026-11-28 09:45", k=None, t="Tanggul di Muara Harus juga minta ditinggikan, karena tahun lalu air masuk dari sisi hilir. Kepala desa sudah bersurat ke PUPR Tabalong.", why="another village's request"),
  dict(d="2026-12-05 08:30", k="kim-kelua", t="Air Sungai Tabalong pagi ini naik 40 cm, tapi belum sampai ke bibir tanggul baru. Warga tetap waspada dan pantau malam nanti.", why="a later river-rise observation"),
 ]),

dict(id="a18", src="hsu", at="2026-11-22 13:40", region="Kabupaten Hulu Sungai Utara",
 slug="tanggul-jebol-sungai-turak-ditutup-4000-karung",
 title="Tanggul Jebol di Sungai Turak Ditutup dengan 4.000 Karung Pasir dalam Tiga Hari",
 text="""AMUNTAI – Tanggul di Desa Sungai Turak, Kecamatan Amuntai Utara, yang jebol sepanjang 15 meter pada Jumat (20/11/2026) malam berhasil ditutup dengan 4.000 karung pasir. Penutupan darurat dikerjakan BPBD, Dinas PUPRP HSU, TNI–Polri dan warga selama tiga hari hingga Minggu (22/11/2026).

Kepala Pelaksana BPBD HSU, Ahmad Jailani, mengatakan air sempat menggenangi 42 rumah dan 85 hektare sawah. “Air sudah tidak masuk lagi. Genangan di permukiman diperkirakan surut dua sampai tiga hari,” katanya.

PUPRP HSU akan membangun tanggul permanen dengan cerucuk ulin di titik jebol pada tahun anggaran 2027. Sementara itu, posko di balai desa tetap dibuka sampai genangan benar-benar surut. (hsu/aj)""",
 sum="Tanggul jebol 15 m di Sungai Turak (Amuntai Utara) sejak Jumat malam 20/11 ditutup dengan 4.000 karung pasir oleh BPBD, PUPRP, TNI-Polri dan warga sampai Minggu 22/11. 42 rumah dan 85 ha sawah sempat tergenang.",
 lsum="""Tanggul di Desa Sungai Turak, Amuntai Utara, jebol sepanjang 15 meter pada Jumat malam (20/11). Selama tiga hari, BPBD, PUPRP HSU, TNI–Polri dan warga menutupnya dengan 4.000 karung pasir hingga Minggu (22/11).

Kalaksa BPBD HSU Ahmad Jailani menyebut 42 rumah dan 85 ha sawah sempat tergenang, tapi air sudah tidak masuk lagi dan genangan diperkirakan surut dalam dua-tiga hari. Tanggul permanen bercerucuk ulin direncanakan tahun 2027; posko di balai desa tetap buka sampai genangan surut.""",
 par="Tanggul di Sungai Turak nang jebol lima walas meter Jumat malam tadi sudah ditutup, ampat ribu karung pasir! Tiga hari bagawi BPBD, PUPRP, TNI-Polri lawan warga. Rumah nang kabanyuan 42, sawah 85 hektar. Ujar Pak Kalaksa banyu kada masuk lagi, dua tiga hari surut. Tanggul permanen cerucuk ulin tahun 2027. Posko di balai desa masih buka 🙏",
 neg=[
  dict(d="2026-11-21 07:30", k="kim-sungai-turak", t="Tadi malam sekitar jam 11 tanggul di belakang kampung jebol, air masuk deras. Warga RT 1 dan 2 mengungsi ke balai desa. Butuh karung dan relawan, yang bisa bantu merapat.", why="a live call for help during the breach night, posted before the release; no figures of the closure"),
  dict(d="2026-11-27 10:00", k="kim-sungai-tabukan", t="Tanggul di Sungai Tabukan retak memanjang sekitar 8 meter, belum jebol. Warga memasang karung di bagian dalam sebagai jaga-jaga dan sudah lapor ke kecamatan.", why="a crack in another village's embankment a week later"),
  dict(d="2026-11-30 12:20", k=None, t="Bantuan 120 paket sembako dari Baznas HSU disalurkan ke warga terdampak genangan di Sungai Turak hari ini. Penyaluran lewat posko balai desa.", why="aid distribution after the event, another release-like item"),
 ]),

dict(id="a19", src="kotabaru", at="2026-11-05 10:05", region="Kabupaten Kotabaru",
 slug="bronjong-240-meter-tebing-sungai-sampanahan",
 title="Bronjong 240 Meter Perkuat Tebing Sungai Sampanahan",
 text="""KOTABARU – Dinas PUPR Kabupaten Kotabaru memasang bronjong sepanjang 240 meter untuk memperkuat tebing Sungai Sampanahan di Desa Sampanahan Hilir, Kecamatan Sampanahan. Pemasangan dimulai Kamis (5/11/2026) dengan anggaran Rp1,9 miliar.

Kepala Dinas PUPR Kotabaru, Hendra Wijaya, mengatakan tebing di titik itu tergerus hingga empat meter dalam dua tahun dan kini hanya berjarak tiga meter dari jalan desa. “Bronjong batu dipilih karena tahan arus deras saat banjir dan air bisa tetap meresap,” katanya.

Pekerjaan ditargetkan rampung dalam 75 hari. Warga diminta tidak mengambil pasir di sekitar lokasi karena dapat mempercepat gerusan tebing di bagian hilir. Jalan desa di sekitar lokasi tetap dapat dilalui kendaraan roda dua. (kotabaru/hw)""",
 sum="PUPR Kotabaru pasang bronjong 240 m di tebing Sungai Sampanahan, Desa Sampanahan Hilir, mulai Kamis 5/11, Rp1,9 M, 75 hari. Tebing sudah tergerus 4 m dan tinggal 3 m dari jalan desa.",
 lsum=None,
 par="Tebing Sungai Sampanahan di Sampanahan Hilir dipasangi bronjong dua ratus ampat puluh meter ulih PUPR Kotabaru, mulai Kamis ni, duitnya Rp1,9 miliar. Tebingnya sudah tagurus ampat meter dalam dua tahun, tinggal tiga meter lagi ka jalan desa. Jangan maambil pasir di situ lah dangsanak, kaina hilirnya tagurus jua ⚠️",
 neg=[
  dict(d="2026-11-10 14:10", k="kim-sampanahan", t="Tebing sungai di belakang SD Sampanahan longsor lagi tadi pagi, sekitar 6 meter. Pagar sekolah ikut miring. Murid dipindah belajar ke ruang sebelah dulu.", why="a separate landslip behind a school, not the bronjong site"),
  dict(d="2026-11-26 11:25", k="kim-stagen", t="Penambang pasir di Sungai Sampanahan ditertibkan Satpol PP dan polisi hari ini, dua mesin sedot diamankan. Katanya berizin tapi titiknya di luar izin.", why="a sand-mining raid, another event and office"),
  dict(d="2026-11-19 16:40", k="kim-sengayam", t="Di Sengayam warga memasang cerucuk galam sendiri di tepi sungai depan langgar, panjang 30 meter. Bahan sumbangan jamaah.", why="a mosque community's own galam piles elsewhere"),
 ]),

dict(id="a20", src="hst", at="2026-11-16 15:20", region="Kabupaten Hulu Sungai Tengah",
 slug="bronjong-sungai-batang-alai-birayang-lindungi-14-rumah",
 title="Bronjong 180 Meter di Sungai Batang Alai Lindungi Jalan dan 14 Rumah di Birayang",
 text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah memasang bronjong sepanjang 180 meter di tebing Sungai Batang Alai, Kelurahan Birayang, Kecamatan Batang Alai Selatan. Pekerjaan ditinjau Bupati HST bersama Dinas PUPRP, Senin (16/11/2026).

Kepala Dinas PUPRP HST, Fahrurrazi, menjelaskan gerusan sungai pascabanjir Januari telah mengikis bahu jalan dan mengancam 14 rumah. “Bronjong dipasang bertingkat tiga dan di bagian bawahnya diberi matras batu supaya tidak tergerus dari dasar,” ujarnya.

Pekerjaan senilai Rp1,3 miliar ini ditargetkan selesai pada 31 Desember 2026. Pengguna jalan diminta berhati-hati karena satu lajur ditutup untuk tempat penumpukan batu. Warga yang rumahnya terdampak akan didata oleh kelurahan untuk bantuan perbaikan. (hst/fr)""",
 sum="Pemkab HST pasang bronjong 180 m bertingkat tiga di tebing Sungai Batang Alai, Birayang, ditinjau Bupati Senin 16/11. Rp1,3 M, lindungi jalan dan 14 rumah, target 31 Desember.",
 lsum=None,
 par="Di Birayang, tebing Sungai Batang Alai dipasangi bronjong saratus walu puluh meter, tingkat tiga, di bawahnya dibari matras batu. Pak Bupati HST maninjau hari Senin. Bahu jalan sudah tagurus wayah banjir Januari, rumah ampat walas buting tancam. Duitnya Rp1,3 miliar, tuntung 31 Disember. Hati-hati lewat, satu lajur ditutup gasan batu 🚧",
 neg=[
  dict(d="2026-11-16 19:30", k="kim-birayang", t="Bupati HST sore tadi menghadiri peringatan Maulid di Masjid Birayang dan menyerahkan santunan untuk 50 anak yatim. Jamaah penuh sampai halaman.", why="the same Bupati the same day at a Maulid"),
  dict(d="2026-11-23 08:10", k="kim-pandawan", t="Truk pengangkut batu bronjong lewat Pandawan tiap pagi, debunya lumayan. Mohon sopir pelan-pelan di depan sekolah.", why="a dust complaint about trucks; no release facts"),
  dict(d="2026-12-04 15:00", k="kim-hantakan", t="Bronjong di Hantakan yang dipasang tahun 2024 sudah jebol sebagian kena banjir kemarin. Batu-batunya berserakan di sungai. Warga minta diperbaiki.", why="an older 2024 gabion in Hantakan damaged"),
 ]),

dict(id="a21", src="banjar", at="2026-11-25 14:50", region="Kabupaten Banjar",
 slug="tebing-sungai-riam-kanan-aranio-diperkuat-cerucuk-galam",
 title="Tebing Longsor di Tepi Sungai Riam Kanan Aranio Diperkuat Cerucuk Galam dan Bronjong",
 text="""MARTAPURA – Dinas PUPR Kabupaten Banjar memperkuat tebing Sungai Riam Kanan yang longsor di Desa Aranio, Kecamatan Aranio, dengan cerucuk galam dan bronjong sepanjang 90 meter. Pekerjaan darurat dimulai Rabu (25/11/2026) setelah longsor menggerus halaman dua rumah warga.

Kepala Dinas PUPR Banjar, Gusti Irfansyah, mengatakan 1.800 batang galam dipancang lebih dulu untuk menahan tanah sebelum bronjong dipasang. “Ini penanganan darurat. Untuk jangka panjang kami usulkan perkuatan permanen pada anggaran 2027,” katanya.

Warga di sekitar titik longsor diminta tidak membuang air limbah ke arah tebing. Dua keluarga yang rumahnya paling dekat sementara menumpang di rumah kerabat. Lalu lintas jalan desa di sekitar lokasi tetap dibuka. (banjar/gi)""",
 sum="PUPR Banjar perkuat tebing longsor Sungai Riam Kanan di Desa Aranio dengan 1.800 cerucuk galam dan bronjong 90 m, pekerjaan darurat mulai Rabu 25/11. Dua keluarga menumpang di rumah kerabat.",
 lsum=None,
 par="Tebing Sungai Riam Kanan di Aranio nang longsor wayahini dipasangi cerucuk galam saribu walu ratus batang lawan bronjong sambilan puluh meter ulih PUPR Banjar, mulai Rabu. Halaman dua rumah warga sudah tagurus. Ujar Pak Kadis ini darurat, nang permanen diusulakan 2027. Jangan mambuang banyu limbah ka tebing lah 🙏",
 neg=[
  dict(d="2026-11-28 10:15", k="kim-aranio", t="Perahu wisata di Waduk Riam Kanan hari Minggu ini tetap beroperasi normal. Tarif ke Pulau Pinus Rp25 ribu per orang pulang pergi.", why="tourist boats on the reservoir, same river name"),
  dict(d="2026-12-01 13:40", k="kim-aranio", t="Di Desa Apuai, tebing jalan ke dermaga juga mulai retak sejak hujan minggu lalu. Belum ada penanganan, warga pasang tali peringatan.", why="a crack in another village, no works yet"),
  dict(d="2026-11-29 09:00", k="kim-astambul-kota", t="Harga galam di Martapura naik jadi Rp18 ribu per batang ukuran 4 meter, karena banyak dipakai proyek. Yang mau bangun rumah panggung harap maklum.", why="galam prices; no release facts"),
 ]),

dict(id="a22", src="hst", at="2026-11-04 16:35", region="Kabupaten Hulu Sungai Tengah",
 slug="alur-sungai-hantakan-dibersihkan-60-m3-kayu",
 title="Alur Sungai Hantakan Dibersihkan dari 60 Meter Kubik Kayu Hanyutan",
 text="""BARABAI – Tim gabungan Pemkab Hulu Sungai Tengah membersihkan alur Sungai Hantakan dari sekitar 60 meter kubik kayu hanyutan yang tertinggal setelah banjir bandang Minggu (1/11/2026). Pembersihan berlangsung Selasa–Rabu (3–4/11/2026) di Desa Hantakan dan Datar Ajab.

Kepala Pelaksana BPBD HST, Yusran Effendi, mengatakan tumpukan kayu menyumbat dua jembatan gantung dan membuat air meluap ke kebun warga. “Kalau tidak segera dibersihkan, hujan berikutnya bisa menimbulkan banjir yang lebih besar,” katanya.

Pembersihan melibatkan 85 personel dan satu ekskavator. Kayu yang masih layak dibagikan kepada warga untuk kayu bakar, sedangkan sisanya dibakar terkendali di lokasi yang aman dari permukiman. Warga diimbau tidak beraktivitas di sungai selama pembersihan. (hst/ye)""",
 sum="Tim gabungan Pemkab HST bersihkan ±60 m³ kayu hanyutan dari alur Sungai Hantakan (Hantakan dan Datar Ajab) 3–4 November setelah banjir bandang 1/11; 85 personel dan 1 ekskavator.",
 lsum="""Setelah banjir bandang Minggu (1/11), alur Sungai Hantakan tersumbat sekitar 60 meter kubik kayu hanyutan. Selasa–Rabu (3–4/11) tim gabungan Pemkab HST membersihkannya di Desa Hantakan dan Datar Ajab dengan 85 personel dan satu ekskavator.

Kalaksa BPBD HST Yusran Effendi menyebut tumpukan kayu menyumbat dua jembatan gantung dan membuat air meluap ke kebun. Kayu yang layak dibagikan ke warga untuk kayu bakar; sisanya dibakar terkendali jauh dari permukiman.""",
 par="Alur Sungai Hantakan sudah dibarasihi matan kayu hanyutan, kira-kira anam puluh kubik! Salasa Rabu bagawi, 85 urang lawan satu ekskavator, di Hantakan wan Datar Ajab. Kayunya manyumbat dua jembatan gantung, banyu maluap ka kabun. Kayu nang bagus dibagiakan gasan kayu bakar. Tarima kasih tim gabungan 👏",
 neg=[
  dict(d="2026-11-01 18:20", k="kim-hantakan", t="Banjir bandang sore ini di Hantakan! Air keruh datang tiba-tiba membawa kayu besar. Warga jangan dekat sungai, anak-anak dijaga. Jembatan gantung jangan dilewati dulu.", why="the flash flood itself on 1 Nov, before the clean-up release"),
  dict(d="2026-11-12 11:30", k="kim-hantakan", t="Jembatan gantung Datar Ajab sudah bisa dilewati motor lagi setelah kabel penahannya diganti warga hari ini. Terima kasih tukang-tukang kampung.", why="a later bridge repair by villagers"),
  dict(d="2026-11-20 14:45", k=None, t="Di Batu Benawa juga banyak kayu tersangkut di bawah jembatan, tapi belum dibersihkan. Warga berharap tim seperti di Hantakan bisa turun ke sini.", why="another kecamatan waiting"),
 ]),

dict(id="a23", src="balangan", at="2026-11-08 12:15", region="Kabupaten Balangan",
 slug="tiga-titik-sumbatan-sungai-pitap-dibersihkan-120-warga",
 title="Tiga Titik Sumbatan Kayu di Sungai Pitap Dibersihkan 120 Warga",
 text="""PARINGIN – Sebanyak 120 warga bersama personel BPBD dan Dinas PUPR Balangan membersihkan tiga titik sumbatan kayu di Sungai Pitap, Kecamatan Tebing Tinggi, Sabtu (7/11/2026). Sumbatan itu terbentuk setelah hujan deras sepekan terakhir menghanyutkan pohon tumbang dari hulu.

Kepala Pelaksana BPBD Balangan, Syamsuri Ramli, mengatakan satu ekskavator dikerahkan untuk menarik batang besar, sedangkan warga memotong dahan dengan gergaji mesin. “Sumbatan terbesar berada di dekat Desa Ajung, panjangnya hampir 30 meter,” ujarnya.

BPBD meminta warga di sepanjang Sungai Pitap segera melapor jika melihat tumpukan kayu baru. Pemantauan akan dilanjutkan setiap pekan selama musim hujan. Warga juga diminta tidak membuang sisa tebangan ke sungai. (balangan/sr)""",
 sum="120 warga bersama BPBD dan PUPR Balangan bersihkan tiga titik sumbatan kayu di Sungai Pitap, Tebing Tinggi, Sabtu 7/11; sumbatan terbesar dekat Desa Ajung hampir 30 m.",
 lsum=None,
 par="Sungai Pitap di Tebing Tinggi sudah dibarasihi, tiga titik sumbatan kayu, Sabtu tadi. Warga saratus dua puluh urang umpat lawan BPBD wan PUPR Balangan. Nang paling ganal di parak Desa Ajung, hampir tiga puluh meter panjangnya. Amun ada tumpukan kayu hanyar, lapor ka BPBD lah dangsanak 🪵",
 neg=[
  dict(d="2026-11-15 16:10", k="kim-tebing-tinggi", t="Turnamen sepak bola antardesa Tebing Tinggi Cup dibuka hari ini, diikuti 12 tim. Final direncanakan 13 Desember.", why="unrelated sport in the same kecamatan, 12 (not 120)"),
  dict(d="2026-11-22 09:35", k="kim-halong", t="Pohon tumbang melintang di jalan Halong–Uren pagi ini, dipotong warga dan Babinsa dalam satu jam. Jalan sudah bisa dilewati.", why="a fallen tree on a road, not a river blockage"),
  dict(d="2026-11-29 15:05", k="kim-tebing-tinggi", t="Laporan pemantauan mingguan warga: di dekat Ajung ada tumpukan kayu baru sekitar 5 meter, sudah difoto dan dikirim ke BPBD. Belum mengganggu aliran.", why="a new small pile reported later"),
 ]),

dict(id="a24", src="tanbu", at="2026-11-20 10:40", region="Kabupaten Tanah Bumbu",
 slug="sedimen-pasir-sungai-kusan-binawara-diangkat-2-1-km",
 title="Sedimen Pasir Sungai Kusan di Binawara Diangkat Sepanjang 2,1 Km",
 text="""BATULICIN – Dinas PUPR Kabupaten Tanah Bumbu mengangkat sedimen pasir di alur Sungai Kusan sepanjang 2,1 kilometer di Desa Binawara, Kecamatan Kusan Hulu. Pekerjaan dimulai Jumat (20/11/2026) menggunakan dua ekskavator dan satu kapal keruk kecil.

Kepala Dinas PUPR Tanah Bumbu, Riduan Syah, mengatakan endapan pasir membuat sungai dangkal sehingga air cepat meluap ke permukiman saat hujan di hulu. “Kedalaman alur akan dikembalikan sekitar satu setengah meter dari kondisi sekarang,” jelasnya.

Pasir hasil pengangkatan ditumpuk di lahan desa dan dapat dimanfaatkan untuk pembangunan fasilitas umum atas persetujuan pemerintah desa. Pekerjaan direncanakan berlangsung 50 hari. Warga diminta menjauhkan anak-anak dari lokasi kerja alat berat. (tanbu/rs)""",
 sum="PUPR Tanah Bumbu angkat sedimen pasir Sungai Kusan 2,1 km di Binawara, Kusan Hulu, mulai Jumat 20/11 dengan 2 ekskavator dan kapal keruk kecil; alur diperdalam ±1,5 m, 50 hari.",
 lsum=None,
 par="Sungai Kusan di Binawara dangkal ulih pasir, wayahini dikaruk PUPR Tanbu dua koma satu kilo, mulai Jumat ni. Pakai dua ekskavator lawan kapal karuk halus. Dalamnya ditambahi kira-kira satu satangah meter. Pasirnya ditumpuk di tanah desa, kawa dipakai gasan bangunan umum amun desa satuju. Lima puluh hari bagawi 👷",
 neg=[
  dict(d="2026-11-25 10:50", k="kim-binawara", t="Polres Tanah Bumbu menertibkan penambangan pasir tanpa izin di Sungai Kusan bagian hilir, tiga orang diperiksa. Warga diimbau tidak menjual pasir ke penampung liar.", why="a police raid on illegal sand mining downstream"),
  dict(d="2026-12-03 14:30", k="kim-binawara", t="Pasir kerukan yang ditumpuk di lahan desa sudah dipakai 12 truk untuk menimbun halaman masjid baru, atas izin pambakal.", why="a later use of the spoil"),
  dict(d="2026-11-27 08:20", k="kim-pagatan-besar", t="Muara Sungai Kusan di Pagatan juga dangkal, perahu nelayan sering kandas waktu surut. Nelayan berharap ada pengerukan seperti di hulu.", why="another place's hope"),
 ]),

dict(id="a25", src="distan", at="2026-11-06 09:15", region=None,
 slug="18-embung-pertanian-dibangun-di-tujuh-kabupaten",
 title="18 Embung Pertanian Dibangun di Tujuh Kabupaten, Dikerjakan Kelompok Tani",
 text="""BANJARBARU – Dinas Tanaman Pangan dan Hortikultura Provinsi Kalimantan Selatan membangun 18 embung pertanian di tujuh kabupaten. Pembangunan dikerjakan secara swakelola oleh kelompok tani penerima dengan dana Rp125 juta per embung, sebagaimana disampaikan dalam rapat koordinasi di Banjarbaru, Jumat (6/11/2026).

Kepala Bidang Prasarana dan Sarana Pertanian, Lukman Hakim Rusdi, mengatakan embung ditempatkan di lahan kering yang selama ini hanya ditanami sekali setahun. “Dengan embung, petani bisa menanam cabai dan jagung pada musim kemarau,” katanya.

Tujuh kabupaten penerima adalah Tanah Laut, Banjar, Tapin, HSS, HST, Balangan dan Tabalong. Seluruh embung ditargetkan selesai pada 20 Desember 2026 dan akan diperiksa tim teknis sebelum dana tahap akhir dicairkan. (tph/lh)""",
 sum="Dinas TPH Kalsel bangun 18 embung pertanian di 7 kabupaten (Tala, Banjar, Tapin, HSS, HST, Balangan, Tabalong), swakelola poktan Rp125 juta per embung, target 20 Desember; supaya lahan kering bisa ditanami cabai dan jagung saat kemarau.",
 lsum="""Dinas Tanaman Pangan dan Hortikultura Kalsel membangun 18 embung pertanian di tujuh kabupaten: Tanah Laut, Banjar, Tapin, HSS, HST, Balangan dan Tabalong. Hal itu disampaikan dalam rakor di Banjarbaru, Jumat (6/11).

Setiap embung bernilai Rp125 juta dan dikerjakan swakelola oleh kelompok tani. Menurut Kabid PSP Lukman Hakim Rusdi, embung ditaruh di lahan kering yang selama ini hanya sekali tanam setahun, supaya petani bisa menanam cabai dan jagung di musim kemarau. Target selesai 20 Desember 2026; dana tahap akhir cair setelah diperiksa tim teknis.""",
 par="Dangsanak patani di lahan karing, ada 18 embung partanian dibangun Dinas TPH Kalsel di tujuh kabupaten: Tala, Banjar, Tapin, HSS, HST, Balangan, Tabalong. Satu embung Rp125 juta, digawi saurangan ulih poktan. Cagaran musim kamarau kawa batanam lombok wan jagung. Target tuntung 20 Disember 🌶️🌽",
 neg=[
  dict(d="2026-11-11 10:25", k=None, t="Kolam ikan milik kelompok pemuda di desa kami selesai digali, ukuran 20x30 meter, dari dana desa. Bibit nila akan ditebar pekan depan.", why="a youth fish pond from dana desa, not an agricultural embung"),
  dict(d="2026-11-18 15:15", k="kim-rantau-kiwa", t="Poktan kami di Tapin dengar ada embung pertanian, tapi belum ada yang datang survei. Katanya yang dapat di Tapin hanya satu desa, bukan di Rantau. Tunggu info resmi saja.", why="hearsay, not a recipient"),
  dict(d="2026-12-02 11:50", k=None, t="Rakor Dinas TPH Kalsel hari ini membahas stok pupuk subsidi akhir tahun: sisa alokasi urea 3.400 ton. Distributor diminta menyalurkan sebelum 20 Desember.", why="the same office, another object, same 20 Dec date"),
 ]),

dict(id="a26", src="tala", at="2026-11-12 15:55", region="Kabupaten Tanah Laut",
 slug="embung-ternak-batu-ampar-12000-m3-mulai-dibangun",
 title="Embung Ternak Batu Ampar 12.000 Meter Kubik Mulai Dibangun",
 text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut memulai pembangunan embung untuk peternakan sapi di Desa Batu Ampar, Kecamatan Batu Ampar, Kamis (12/11/2026). Embung berkapasitas 12.000 meter kubik itu disiapkan untuk minum ternak dan kebun rumput pakan saat kemarau.

Bupati Tanah Laut, Hairuddin Yamin, mengatakan setiap kemarau peternak harus menggiring sapi berkilo-kilometer mencari air. “Di kawasan ini ada sekitar 1.300 ekor sapi milik 14 kelompok ternak. Embung ini jawaban dari keluhan mereka bertahun-tahun,” ujarnya saat peletakan batu pertama.

Pembangunan senilai Rp2,2 miliar dikerjakan Dinas PUPR dan ditargetkan selesai Februari 2027. Kelompok ternak diminta membentuk pengurus pengelola embung sebelum serah terima. Lokasi embung berada di lahan milik desa. (tala/hy)""",
 sum="Pemkab Tanah Laut mulai bangun embung ternak 12.000 m³ di Batu Ampar, Kamis 12/11 (Rp2,2 M, selesai Februari 2027), untuk ±1.300 sapi milik 14 kelompok ternak.",
 lsum=None,
 par="Bubuhan paternak Batu Ampar, embung gasan sapi mulai dibangun Pemkab Tala hari Kamis, isinya dua walas ribu kubik. Salawas ini wayah kamarau sapi digiring bakilo-kilo mancari banyu. Ada kira-kira 1.300 ikung sapi, ampat walas kalompok. Duitnya Rp2,2 miliar, tuntung Fabruari 2027. Bantuk pangurus pangelola lah 🐄",
 neg=[
  dict(d="2026-11-17 09:05", k="kim-batu-ampar", t="Vaksinasi sapi di Batu Ampar hari ini, 1.300 dosis vaksin LSD disiapkan untuk seluruh kelompok ternak. Peternak diminta mengikat sapi di kandang sebelum petugas datang.", why="cattle vaccination with the same 1.300 figure"),
  dict(d="2026-11-21 10:40", k=None, t="Di Jorong ada embung bekas tambang yang sering dipakai minum sapi, tapi airnya keruh. Dinas peternakan mengambil sampel air hari ini untuk diuji.", why="an old mining pond tested in Jorong"),
  dict(d="2026-11-30 17:20", k="kim-batu-ampar", t="Kelompok ternak Sumber Rejeki rapat malam ini membentuk pengurus pengelola embung. Ketua terpilih Pak Wagiman. Iuran Rp10 ribu per ekor per bulan untuk perawatan.", why="a later committee formation with its own facts"),
 ]),

dict(id="a27", src="hss", at="2026-11-23 13:25", region="Kabupaten Hulu Sungai Selatan",
 slug="embung-padang-batung-diserahkan-ke-bumdes",
 title="Embung Padang Batung 8.500 Meter Kubik Diserahkan ke BUMDes",
 text="""KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan menyerahkan embung berkapasitas 8.500 meter kubik di Desa Padang Batung, Kecamatan Padang Batung, kepada BUMDes setempat, Senin (23/11/2026). Embung itu mengairi sekitar 35 hektare lahan hortikultura.

Wakil Bupati HSS, Syahrial Noor, meminta BUMDes mengatur pemakaian air secara adil dan tidak menjual air kepada pihak luar desa. “Embung ini milik warga. BUMDes hanya pengelola, jadi aturan pakainya harus dimusyawarahkan,” katanya.

Pemkab akan memberikan pendampingan selama enam bulan untuk pencatatan pemakaian air dan perawatan pintu pembuangan. Petani yang memanfaatkan air diminta mendaftar ke BUMDes sebelum musim tanam cabai berikutnya. Papan aturan pemakaian air akan dipasang di tepi embung. (hss/sn)""",
 sum="Pemkab HSS serahkan embung 8.500 m³ di Padang Batung ke BUMDes, Senin 23/11; mengairi ±35 ha hortikultura. Wabup minta air diatur adil dan tidak dijual ke luar desa; pendampingan enam bulan.",
 lsum=None,
 par="Embung Padang Batung, dalapan ribu lima ratus kubik, sudah diserahakan Pemkab HSS ka BUMDes hari Senin. Lahan hortikultura nang dapat banyu kira-kira 35 hektar. Pak Wabup bapasan, banyunya jangan dijual ka luar desa, aturan pakainya dimusyawarahakan. Patani nang handak mamakai, daftar ka BUMDes dulu 🌶️",
 neg=[
  dict(d="2026-11-26 15:40", k="kim-loklahung", t="BUMDes kami di Loksado membuka usaha penyewaan tenda dan kursi untuk hajatan. Harga sewa satu set Rp350 ribu per hari.", why="another BUMDes with another business"),
  dict(d="2026-12-01 09:55", k="kim-padang-batung", t="Rapat pertama pengguna air embung di balai desa Padang Batung: disepakati iuran Rp5.000 per petak per minggu, giliran pompa Senin–Kamis. 41 petani sudah mendaftar.", why="the first users' meeting later, its own facts"),
  dict(d="2026-11-28 11:10", k=None, t="Wakil Bupati HSS hari ini menutup MTQ tingkat kecamatan di Padang Batung. Juara umum kafilah Desa Malilingin.", why="the same Wabup in the same kecamatan at another event"),
 ],
 bef=[dict(d="2026-11-22 16:45", k="kim-padang-batung", t="Besok pagi ada acara serah terima embung di desa kita, Wakil Bupati dijadwalkan hadir jam 9. Warga dan petani diundang.", why="invitation the day before")]),
]
