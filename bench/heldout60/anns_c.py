# heldout60, hand-written releases a28-a40 (same layout as anns_a.py).

ANNS = [
dict(id="a28", src="bpbd", at="2026-11-18 14:30", region=None,
 slug="30-pos-pantau-banjir-desa-dibekali-ht-dan-papan-duga",
 title="30 Pos Pantau Banjir Desa Dibekali HT dan Papan Duga, 90 Relawan Dilatih",
 text="""BANJARBARU – Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Kalimantan Selatan membentuk 30 pos pantau banjir berbasis masyarakat di desa-desa tepi sungai. Sebanyak 90 relawan, tiga orang dari setiap pos, dilatih di Banjarbaru pada Selasa–Rabu (17–18/11/2026).

Kepala Pelaksana BPBD Kalsel, Raden Suryadi, mengatakan setiap pos menerima dua radio HT, satu papan duga tinggi air dan rompi reflektif. “Relawan desa yang pertama melihat air naik. Laporan mereka kami butuhkan sebelum air masuk rumah,” ujarnya.

Relawan diminta membaca papan duga tiga kali sehari, pukul 06.00, 12.00 dan 18.00, lalu melapor ke pusat pengendalian operasi BPBD. Pos-pos tersebut mulai aktif 1 Desember 2026 menjelang puncak musim hujan. (bpbd-kalsel/rs)""",
 sum="BPBD Kalsel bentuk 30 pos pantau banjir desa; 90 relawan dilatih di Banjarbaru 17–18 November. Tiap pos dapat 2 HT, papan duga, rompi; baca papan 3 kali sehari, aktif 1 Desember.",
 lsum="""BPBD Kalimantan Selatan membentuk 30 pos pantau banjir berbasis masyarakat di desa-desa tepi sungai. Sembilan puluh relawan, tiga dari tiap pos, dilatih di Banjarbaru pada 17–18 November.

Setiap pos mendapat dua radio HT, satu papan duga tinggi air dan rompi reflektif. Kalaksa BPBD Kalsel Raden Suryadi menyebut relawan desa yang pertama melihat air naik. Papan duga dibaca pukul 06.00, 12.00 dan 18.00 lalu dilaporkan ke Pusdalops BPBD. Pos mulai aktif 1 Desember 2026.""",
 par="Tiga puluh pos pantau banjir di desa-desa higa sungai dibantuk BPBD Kalsel, relawannya sambilan puluh urang dilatih di Banjarbaru Salasa-Rabu. Tiap pos dapat dua HT, papan duga, rompi. Papan dibaca tiga kali sahari, jam 6, jam 12, jam 6 sanja, lapor ka BPBD. Aktif mulai 1 Disember 🌧️",
 neg=[
  dict(d="2026-11-24 16:20", k="kim-stagen", t="Relawan Tagana Kotabaru latihan evakuasi air di kolam renang Stagen hari ini, 40 peserta. Latihan ditutup dengan simulasi perahu karet terbalik.", why="another organisation's water-rescue drill"),
  dict(d="2026-12-01 06:25", k="kim-jejangkit-muara", t="Laporan pertama pos pantau desa kami pagi ini pukul 06.00: papan duga 1,48 m, cuaca mendung, status normal. Relawan jaga: Udin dan Mahrita.", why="one post's first reading on 1 Dec, its own news"),
  dict(d="2026-11-29 13:00", k="kim-basirih", t="Kelurahan kami tidak masuk 30 pos pantau itu, tapi pemuda RT 7 berinisiatif membuat papan duga sendiri dari pipa paralon di tiang dermaga. Dicat merah kuning hijau.", why="a neighbourhood's own home-made gauge"),
 ]),

dict(id="a29", src="tabalong", at="2026-11-21 10:10", region="Kabupaten Tabalong",
 slug="lima-pos-pantau-sungai-tabalong-kiri-piket-24-jam",
 title="Lima Pos Pantau Sungai Tabalong Kiri Berjaga 24 Jam Mulai 1 Desember",
 text="""TANJUNG – BPBD Kabupaten Tabalong menyiapkan lima pos pantau di sepanjang Sungai Tabalong Kiri, dari Muara Uya hingga Jaro. Mulai Selasa (1/12/2026), pos-pos tersebut dijaga bergiliran selama 24 jam, sebagaimana diputuskan dalam rapat siaga di Tanjung, Sabtu (21/11/2026).

Kepala Pelaksana BPBD Tabalong, Nanang Kusairi, mengatakan pos dijaga 25 relawan desa yang dibagi dalam tiga regu. “Sungai Tabalong Kiri naiknya cepat. Dari hulu ke Muara Uya kadang hanya empat jam, jadi warga harus tahu lebih awal,” katanya.

Setiap pos dilengkapi tenda, lampu tenaga surya dan buku laporan. BPBD juga memasang nomor piket di masjid dan balai desa agar warga dapat melapor kenaikan air secara langsung. (tabalong/nk)""",
 sum="BPBD Tabalong siapkan 5 pos pantau di Sungai Tabalong Kiri (Muara Uya–Jaro), dijaga 25 relawan dalam 3 regu 24 jam mulai Selasa 1 Desember; diputuskan rapat siaga Sabtu 21/11.",
 lsum=None,
 par="Sungai Tabalong Kiri, matan Muara Uya sampai Jaro, wayahini ada lima pos pantau BPBD Tabalong. Dijaga 24 jam mulai 1 Disember, relawan dua puluh lima urang tiga regu. Ujar Pak Kalaksa banyu matan hulu ka Muara Uya kadang ampat jam haja, jadi musti tahu labih dahulu. Ada tenda, lampu surya, buku laporan 🏕️",
 neg=[
  dict(d="2026-12-02 08:40", k="kim-muara-uya", t="Hari kedua jaga di pos pantau Muara Uya: malam tadi air naik 30 cm tapi turun lagi subuh. Regu B ganti jaga jam 7 pagi. Kopi dari warga, terima kasih.", why="a shift report on 2 Dec, its own news"),
  dict(d="2026-11-26 19:15", k="kim-jaro", t="Pos kamling RT 3 Jaro diperbaiki warga, atap seng diganti dan dicat ulang. Ronda malam dimulai lagi Senin depan.", why="a night-watch post, not flood"),
  dict(d="2026-11-30 10:00", k=None, t="Di Haruai juga ada usulan pos pantau Sungai Tabalong Kanan, tapi belum masuk daftar BPBD tahun ini. Sementara warga pakai grup WA desa.", why="another river branch not covered"),
 ]),

dict(id="a30", src="bjb", at="2026-11-26 09:45", region="Kota Banjarbaru",
 slug="delapan-pos-pantau-genangan-liang-anggang-landasan-ulin",
 title="Delapan Pos Pantau Genangan Dibentuk di Liang Anggang dan Landasan Ulin",
 text="""BANJARBARU – Pemerintah Kota Banjarbaru membentuk delapan pos pantau genangan di Kecamatan Liang Anggang dan Landasan Ulin yang rawan tergenang saat hujan lebat. Pengukuhan 48 relawan pos pantau berlangsung di Aula Kecamatan Liang Anggang, Kamis (26/11/2026).

Kepala Pelaksana BPBD Banjarbaru, Eko Prasetyo Utomo, mengatakan relawan berasal dari Karang Taruna, RT dan Linmas. “Kalau hujan turun lebih dari dua jam, relawan turun memeriksa saluran dan gorong-gorong yang sering tersumbat,” ujarnya.

Setiap pos menerima senter, jas hujan dan sepatu bot. Laporan genangan disampaikan melalui grup relawan kecamatan dan diteruskan ke Dinas PUPR untuk penanganan cepat. Relawan juga akan dilatih pertolongan pertama pada Desember. (bjb/ep)""",
 sum="Pemkot Banjarbaru bentuk 8 pos pantau genangan di Liang Anggang dan Landasan Ulin; 48 relawan (Karang Taruna, RT, Linmas) dikukuhkan Kamis 26/11 di Aula Kecamatan Liang Anggang.",
 lsum="""Delapan pos pantau genangan dibentuk Pemkot Banjarbaru di Kecamatan Liang Anggang dan Landasan Ulin. Sebanyak 48 relawan dari Karang Taruna, RT dan Linmas dikukuhkan di Aula Kecamatan Liang Anggang, Kamis (26/11).

Kalaksa BPBD Banjarbaru Eko Prasetyo Utomo mengatakan bila hujan lebih dari dua jam, relawan turun memeriksa saluran dan gorong-gorong. Tiap pos dapat senter, jas hujan dan sepatu bot; laporan genangan diteruskan ke PUPR lewat grup relawan kecamatan.""",
 par="Warga Liang Anggang wan Landasan Ulin, ada walu pos pantau genangan hanyar, relawannya ampat puluh walu urang dikukuhakan hari Kamis di aula kacamatan. Amun hujan labih dua jam, relawan turun mamariksa saluran lawan gorong-gorong nang rancak tasumbat. Dapat sentar, jas hujan, sapatu bot ☔",
 neg=[
  dict(d="2026-11-28 20:10", k="kim-landasan-ulin-utara", t="Hujan deras tiga jam sore tadi, Jalan Guntung Damar tergenang 20 cm. Relawan pos pantau turun membersihkan sampah di gorong-gorong depan SD. Jam 8 malam air sudah surut.", why="a rain event on 28 Nov, its own news"),
  dict(d="2026-12-03 10:30", k="kim-guntung-manggis", t="Aula Kecamatan Liang Anggang hari ini dipakai musyawarah pemilihan ketua LPM. Terpilih Pak Suriansyah dengan 26 suara.", why="the same hall with another event"),
  dict(d="2026-11-30 15:25", k="kim-guntung-manggis", t="Karang Taruna Guntung Manggis menggelar lomba kebersihan saluran antar-RT, penilaian Sabtu depan. Hadiah juara satu Rp2 juta dari donatur.", why="a youth group's cleanliness contest"),
 ]),

dict(id="a31", src="kominfo", at="2026-11-10 13:20", region=None,
 slug="kanal-info-tinggi-air-kalsel-diluncurkan",
 title="Kanal “Info Tinggi Air Kalsel” Diluncurkan, Kabar Tinggi Sungai Tiga Kali Sehari",
 text="""BANJARMASIN – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan bersama BPBD Kalsel meluncurkan kanal informasi “Info Tinggi Air Kalsel”, Selasa (10/11/2026). Kanal di aplikasi pesan itu menyiarkan tinggi muka air dari 24 pos duga tiga kali sehari.

Kepala Diskominfo Kalsel, Muhammad Iqbal Fadli, mengatakan informasi disusun dalam bahasa sederhana dengan status normal, waspada, siaga atau awas. “Warga tidak perlu membaca grafik. Cukup lihat warna status di desanya,” katanya.

Kanal dapat diikuti melalui tautan di laman resmi Diskominfo Kalsel. Seluruh KIM diminta meneruskan kabar dari kanal ini ke grup warga dan tidak menyebarkan kabar tinggi air yang tidak jelas sumbernya. (mc-kalsel/mi)""",
 sum="Diskominfo dan BPBD Kalsel luncurkan kanal “Info Tinggi Air Kalsel” Selasa 10/11: tinggi muka air dari 24 pos duga disiarkan 3 kali sehari dengan status normal/waspada/siaga/awas. KIM diminta meneruskan.",
 lsum="""Mulai Selasa (10/11) ada kanal “Info Tinggi Air Kalsel” yang diluncurkan Diskominfo bersama BPBD Kalsel. Lewat aplikasi pesan, kanal ini menyiarkan tinggi muka air dari 24 pos duga tiga kali sehari.

Kadiskominfo Kalsel Muhammad Iqbal Fadli bilang warga tidak perlu membaca grafik, cukup melihat warna status desanya: normal, waspada, siaga atau awas. Tautan kanal ada di laman Diskominfo Kalsel. KIM diminta meneruskan kabar dari kanal ini dan tidak menyebarkan kabar tinggi air yang tidak jelas sumbernya.""",
 par="Wayahini ada kanal “Info Tinggi Air Kalsel” matan Diskominfo wan BPBD Kalsel, diluncurakan hari Salasa. Tinggi banyu matan dua puluh ampat pos duga dikabarakan tiga kali sahari, warnanya normal, waspada, siaga, awas. Kada usah mambaca grafik. Bubuhan KIM, tarusakan ka grup warga, jangan manyabar kabar nang kada jelas 📲",
 neg=[
  dict(d="2026-11-14 21:40", k=None, t="Hati-hati ada pesan berantai 'air Martapura akan naik 2 meter malam ini' yang mengatasnamakan BPBD. Cek di kanal resmi, status hari ini masih normal. Jangan panik.", why="a hoax warning, not the launch"),
  dict(d="2026-11-20 11:55", k="kim-stagen", t="Diskominfo Kotabaru meluncurkan kanal informasi jadwal kapal feri dan speedboat di aplikasi pesan. Jadwal diperbarui setiap pagi.", why="another office's channel for ferry schedules"),
  dict(d="2026-12-04 07:10", k=None, t="Info tinggi air pagi ini dari grup desa: Sungai Martapura di Pasayangan 3,10 m, status waspada. Warga bantaran diminta siaga.", why="a daily level update on 4 Dec, not the launch"),
 ]),

dict(id="a32", src="hss", at="2026-11-15 10:35", region="Kabupaten Hulu Sungai Selatan",
 slug="22-masjid-dan-langgar-jadi-titik-peringatan-dini-banjir",
 title="22 Masjid dan Langgar di Daha Jadi Titik Peringatan Dini Banjir",
 text="""KANDANGAN – Sebanyak 22 masjid dan langgar di Kecamatan Daha Utara, Daha Selatan dan Daha Barat ditetapkan sebagai titik peringatan dini banjir. Kesepakatan itu ditandatangani pengurus rumah ibadah bersama BPBD HSS di Nagara, Minggu (15/11/2026).

Kepala Pelaksana BPBD HSS, Arbani Saleh, mengatakan pengeras suara rumah ibadah dipakai menyampaikan pengumuman berkode. “Satu kali pengumuman berarti waspada, dua kali siaga dan tiga kali berturut-turut berarti warga segera mengungsi,” jelasnya.

Pengumuman hanya disampaikan setelah pengurus menerima kabar dari BPBD melalui radio. BPBD akan menggelar latihan bersama di tiga titik pada pertengahan Desember agar warga hafal kode tersebut. Pengurus rumah ibadah juga menerima satu radio HT. (hss/as)""",
 sum="BPBD HSS tetapkan 22 masjid dan langgar di Daha Utara, Daha Selatan, Daha Barat sebagai titik peringatan dini banjir (Minggu 15/11 di Nagara): pengumuman berkode 1x waspada, 2x siaga, 3x mengungsi.",
 lsum=None,
 par="Di Daha, dua puluh dua masigit lawan langgar dijadiakan titik paringatan dini banjir, ditandatangani lawan BPBD HSS hari Minggu di Nagara. Kodenya: sakali pengumuman waspada, dua kali siaga, tiga kali baturut-turut langsung mangungsi! Hafalakan lah dangsanak. Latihan basamaan tangah Disember 🕌",
 neg=[
  dict(d="2026-11-20 12:30", k="kim-pakan-dalam", t="Pengurus masjid di Pakan Dalam mengganti pengeras suara yang rusak dengan yang baru, sumbangan jamaah Rp4,2 juta. Azan subuh kini terdengar sampai seberang sungai.", why="a mosque's own new loudspeaker for prayer calls"),
  dict(d="2026-12-03 16:50", k="kim-loklahung", t="Di Loksado kami pakai kentongan bambu di tiap rumah, bukan pengeras suara masjid. Bunyi terus-menerus artinya air sungai Amandit naik.", why="a different warning habit in Loksado"),
  dict(d="2026-11-22 10:20", k=None, t="22 masjid di Kandangan menerima bantuan karpet dari Baznas HSS hari ini menjelang Maulid.", why="the same count of 22 mosques, carpet aid"),
 ]),

dict(id="a33", src="balangan", at="2026-11-27 11:30", region="Kabupaten Balangan",
 slug="kentongan-dan-bendera-warna-di-14-desa-halong-juai",
 title="Kentongan dan Bendera Warna Dipasang di 14 Desa Halong dan Juai",
 text="""PARINGIN – BPBD Kabupaten Balangan memasang kentongan dan tiang bendera peringatan banjir di 14 desa di Kecamatan Halong dan Juai. Sosialisasi kepada kepala desa dan ketua RT dilaksanakan di Kantor Kecamatan Halong, Jumat (27/11/2026).

Kepala Pelaksana BPBD Balangan, Syamsuri Ramli, menjelaskan bendera hijau dikibarkan saat air normal, kuning saat waspada dan merah saat warga harus mengungsi. “Di desa yang sinyalnya lemah, bendera dan kentongan justru paling cepat dipahami semua orang, termasuk anak-anak,” katanya.

Setiap desa menunjuk dua petugas pengibar bendera yang terhubung dengan pos pantau kecamatan. BPBD juga menyiapkan poster kode bunyi kentongan untuk ditempel di sekolah dan warung. (balangan/sr)""",
 sum="BPBD Balangan pasang kentongan dan tiang bendera peringatan banjir (hijau normal, kuning waspada, merah mengungsi) di 14 desa Halong dan Juai; sosialisasi Jumat 27/11 di Kantor Kecamatan Halong.",
 lsum=None,
 par="Di Halong wan Juai, ampat walas desa dipasangi kentongan lawan tiang bandera ulih BPBD Balangan. Bandera hijau banyu normal, kuning waspada, habang musti mangungsi. Ujar Pak Kalaksa, di desa nang sinyalnya lamah, bandera lawan kentongan paling capat dipaham, anak halus gin paham. Tiap desa dua urang patugas 🚩",
 neg=[
  dict(d="2026-12-02 14:10", k="kim-halong", t="Lomba memukul kentongan antar-RT memeriahkan Hari Jadi Desa Halong, 18 regu ikut. Juara satu RT 4 dengan irama 'tilu-tilu'.", why="a village festival contest"),
  dict(d="2026-11-29 08:50", k="kim-tebing-tinggi", t="Tebing Tinggi belum dapat bendera peringatan, kata pak kades nanti tahap dua tahun depan. Sementara pakai pengeras suara balai desa.", why="another kecamatan not included yet"),
  dict(d="2026-12-04 17:30", k="kim-paringin-kota", t="Kantor Kecamatan Halong hari ini menerima kunjungan tim penilai lomba desa. Desa Halong masuk tiga besar kabupaten.", why="the same office, another visit"),
 ]),

dict(id="a34", src="pupr", at="2026-11-16 09:20", region="Kabupaten Hulu Sungai Tengah",
 slug="saluran-induk-di-batang-alai-dikeringkan-23-november",
 title="Saluran Induk DI Batang Alai Dikeringkan 23 November–6 Desember untuk Pemeliharaan",
 text="""BANJARBARU – Dinas PUPR Provinsi Kalimantan Selatan akan mengeringkan saluran induk Daerah Irigasi Batang Alai di Kabupaten Hulu Sungai Tengah mulai Senin (23/11/2026) sampai Minggu (6/12/2026). Pengeringan diperlukan untuk memperbaiki dinding saluran yang retak dan membersihkan endapan.

Kepala Bidang Irigasi PUPR Kalsel, Nor Aida, mengatakan jadwal dipilih pada masa bera agar tidak mengganggu tanaman. “Sekitar 2.700 hektare sawah di hilir belum ditanami, jadi ini waktu paling aman,” katanya.

Petani diminta tidak menyemai sebelum 7 Desember. Air akan dialirkan kembali secara bertahap setelah pemeriksaan akhir, dan GP3A diminta membantu menyebarkan jadwal ini ke seluruh P3A. Pintu-pintu sadap akan dikunci selama masa pengeringan. (pupr-kalsel/na)""",
 sum="PUPR Kalsel keringkan saluran induk DI Batang Alai (HST) Senin 23/11–Minggu 6/12 untuk perbaikan dinding retak dan pembersihan endapan; ±2.700 ha sawah masih bera, petani jangan menyemai sebelum 7 Desember.",
 lsum="""Saluran induk Daerah Irigasi Batang Alai di HST akan dikeringkan Dinas PUPR Kalsel mulai Senin (23/11) sampai Minggu (6/12). Selama itu dinding saluran yang retak diperbaiki dan endapan dibersihkan.

Kabid Irigasi PUPR Kalsel Nor Aida menyebut jadwal dipilih saat sekitar 2.700 ha sawah di hilir masih bera. Petani diminta tidak menyemai sebelum 7 Desember; air dialirkan lagi bertahap setelah pemeriksaan akhir, dan GP3A diminta menyebarkan jadwal ke semua P3A.""",
 par="Patani di DI Batang Alai, saluran induk handak dikaringakan PUPR Kalsel matan 23 November sampai 6 Disember. Dinding nang rangat dibaiki, lumpur dibarasihi. Sawah di hilir kira-kira 2.700 hektar masih bera, jadi aman. Jangan manyamai sabalum 7 Disember lah! 🌾",
 neg=[
  dict(d="2026-11-25 09:05", k="kim-birayang", t="Mumpung saluran kering, anak-anak Birayang turun menangkap ikan di saluran induk. Dapat papuyu dan sepat lumayan banyak. Orang tua tolong diawasi, dasarnya licin.", why="children catching fish in the dry canal; no schedule facts"),
  dict(d="2026-12-05 07:45", k="kim-birayang", t="Air di saluran induk Batang Alai pagi ini sudah mulai dialirkan sedikit demi sedikit, lebih cepat sehari dari jadwal. Ketua P3A minta petani tetap menunggu pengumuman sebelum menyemai.", why="the re-flooding on 5 Dec told as news"),
  dict(d="2026-11-19 13:35", k=None, t="Saluran irigasi di Tapin juga dikeringkan tahun lalu selama dua minggu di bulan Oktober. Tahun ini belum ada jadwal, petani bertanya-tanya.", why="last year's drying in Tapin"),
 ]),

dict(id="a35", src="tanbu", at="2026-11-25 15:10", region="Kabupaten Tanah Bumbu",
 slug="saluran-irigasi-sebamban-dikeringkan-2-12-desember",
 title="Saluran Irigasi Sebamban Dikeringkan 2–12 Desember, Petani Diminta Tunda Semai",
 text="""BATULICIN – Dinas PUPR Kabupaten Tanah Bumbu akan mengeringkan saluran irigasi di kawasan Sebamban, Kecamatan Sungai Loban, pada 2–12 Desember 2026. Pengumuman disampaikan dalam pertemuan dengan kelompok tani di Balai Penyuluhan Pertanian Sungai Loban, Rabu (25/11/2026).

Kepala Bidang Sumber Daya Air PUPR Tanah Bumbu, Wahyu Pratama, mengatakan pengeringan dilakukan untuk mengganti tujuh pintu bagi yang bocor dan membersihkan lumpur sepanjang 5,4 kilometer. “Kalau pintunya bocor, air habis di hulu dan petani di hilir selalu terlambat tanam,” ujarnya.

Petani di 1.050 hektare sawah diminta menunda penyemaian sampai air kembali mengalir pada 13 Desember. Penyuluh akan membantu menyesuaikan jadwal tanam di setiap kelompok. (tanbu/wp)""",
 sum="PUPR Tanah Bumbu keringkan saluran irigasi Sebamban (Sungai Loban) 2–12 Desember untuk ganti 7 pintu bagi dan bersihkan lumpur 5,4 km; petani 1.050 ha diminta tunda semai sampai 13 Desember.",
 lsum=None,
 par="Patani Sebamban, saluran irigasi handak dikaringakan PUPR Tanbu tanggal 2 sampai 12 Disember. Pintu bagi nang bucur tujuh buting diganti, lumpur lima koma ampat kilo dibarasihi. Sawah 1.050 hektar, tunda dulu manyamai sampai banyu mangalir pulang 13 Disember. Panyuluh mambantui maatur jadwal 🙏",
 neg=[
  dict(d="2026-11-27 10:05", k="kim-sebamban-baru", t="BPP Sungai Loban kemarin juga membagikan 2 ton pupuk organik cair untuk 20 kelompok tani. Yang belum ambil masih bisa sampai Sabtu.", why="the same BPP with a fertiliser distribution"),
  dict(d="2026-12-03 15:20", k="kim-sebamban-baru", t="Pintu bagi di saluran Sebamban blok 3 sudah terpasang baru hari ini, sisa enam lagi. Tukang bekerja sampai sore walau gerimis.", why="progress on 3 Dec, its own news"),
  dict(d="2026-11-30 09:45", k=None, t="Di Kusan Hilir saluran irigasi tidak dikeringkan tahun ini, petani tetap bisa semai awal Desember. Jangan ikut-ikutan jadwal Sebamban ya.", why="another kecamatan clarifying it is not affected"),
 ]),

dict(id="a36", src="kotabaru", at="2026-11-19 13:45", region="Kabupaten Kotabaru",
 slug="saluran-induk-di-sengayam-dikeringkan-30-november",
 title="Saluran Induk DI Sengayam Dikeringkan 30 November–10 Desember",
 text="""KOTABARU – Dinas PUPR Kabupaten Kotabaru mengumumkan pengeringan saluran induk Daerah Irigasi Sengayam di Kecamatan Pamukan Barat mulai Senin (30/11/2026) hingga Kamis (10/12/2026). Selama pengeringan, petugas akan menambal 14 titik kebocoran tanggul saluran.

Kepala Dinas PUPR Kotabaru, Hendra Wijaya, mengatakan kebocoran membuat sekitar 30 persen air hilang sebelum sampai ke sawah. “Tahun lalu banyak petani di ujung saluran gagal tanam karena airnya tidak sampai. Kami ingin itu tidak terulang,” katanya di Kotabaru, Kamis (19/11/2026).

Dinas meminta warga yang memiliki pipa sedot di sepanjang saluran untuk melepasnya sementara. Setelah perbaikan, air akan dialirkan kembali mulai 11 Desember bertahap dari hulu ke hilir. (kotabaru/hw)""",
 sum="PUPR Kotabaru umumkan pengeringan saluran induk DI Sengayam (Pamukan Barat) Senin 30/11–Kamis 10/12 untuk menambal 14 titik bocor yang membuang ±30% air; air kembali mulai 11 Desember.",
 lsum=None,
 par="Saluran induk DI Sengayam handak dikaringakan matan 30 November sampai 10 Disember, ujar PUPR Kotabaru. Ada ampat walas titik bucur nang ditambal, salawas ini kira-kira tiga puluh persen banyu hilang sabalum sampai ka sawah. Nang baisi pipa sidut di saluran, lapasakan dulu lah. Banyu mangalir pulang 11 Disember 💧",
 neg=[
  dict(d="2026-11-24 08:55", k="kim-sengayam", t="Harga gabah kering panen di Sengayam minggu ini Rp6.900 per kilo, naik Rp200 dari minggu lalu. Penggilingan di Pamukan Barat mulai ramai.", why="grain prices in the same village"),
  dict(d="2026-12-01 12:15", k="kim-sengayam", t="Hari kedua pengeringan, petugas menemukan bocoran terbesar di dekat jembatan desa, lebarnya hampir satu meter. Sore ini mulai ditutup karung tanah dan terpal.", why="a finding on day two, its own news"),
  dict(d="2026-11-28 16:10", k="kim-stagen", t="Kadis PUPR Kotabaru hari ini meresmikan jalan beton 1,2 km di Stagen. Warga menyambut dengan tarian dan nasi kuning.", why="the same Kadis at a road inauguration"),
  dict(d="2026-11-21 19:30", k="kim-sampanahan", t="Irigasi di Sampanahan tidak dikeringkan ya, yang dikeringkan itu hanya di Sengayam. Petani Sampanahan tetap ikut jadwal biasa.", why="clarification for another kecamatan"),
 ]),

dict(id="a37", src="pupr", at="2026-11-24 10:55", region=None,
 slug="lapor-saluran-terima-112-aduan-oktober",
 title="Layanan “Lapor Saluran” Terima 112 Aduan pada Oktober, 71 Sudah Ditangani",
 text="""BANJARBARU – Layanan aduan kerusakan irigasi dan saluran “Lapor Saluran” milik Dinas PUPR Provinsi Kalimantan Selatan menerima 112 laporan sepanjang Oktober 2026. Sebanyak 71 laporan sudah ditangani, demikian disampaikan dalam evaluasi layanan di Banjarbaru, Selasa (24/11/2026).

Kepala Dinas PUPR Kalsel, Syahriani Kadir, mengatakan laporan terbanyak berupa pintu air macet, tanggul saluran bocor dan sampah yang menyumbat. “Laporan yang disertai foto dan titik lokasi paling cepat kami tangani,” katanya.

Sisa 41 laporan sedang dijadwalkan atau menunggu alat berat. Warga dapat melapor melalui formulir di laman resmi Dinas PUPR Kalsel dan memantau status laporannya dengan nomor tiket yang dikirim otomatis. Aduan juga dapat disampaikan melalui kantor dinas PU kabupaten. (pupr-kalsel/sk)""",
 sum="Layanan “Lapor Saluran” PUPR Kalsel terima 112 aduan kerusakan irigasi dan saluran selama Oktober 2026; 71 sudah ditangani, 41 dijadwalkan (evaluasi Selasa 24/11). Terbanyak pintu air macet dan tanggul bocor.",
 lsum=None,
 par="Layanan “Lapor Saluran” PUPR Kalsel bulan Oktober tadi manarima saratus dua walas laporan, tujuh puluh satu sudah ditangani. Nang paling banyak pintu banyu macet, tanggul saluran bucur, sampah manyumbat. Ujar Bu Kadis, laporan nang baisi foto wan titik lokasi paling capat ditangani. Sisa ampat puluh satu masih bajadwal 📝",
 neg=[
  dict(d="2026-11-30 13:50", k=None, t="Layanan pengaduan jalan rusak PUPR Kalsel bulan ini menerima 71 laporan lubang jalan, kata petugas. Yang paling banyak di ruas Martapura–Banjarbaru.", why="another complaints service (roads), same 71"),
  dict(d="2026-12-02 10:40", k="kim-rantau-kiwa", t="Sudah seminggu lapor pintu air macet di desa kami lewat Lapor Saluran, statusnya masih 'dijadwalkan'. Mudahan sebelum musim tanam sudah ditangani.", why="one resident's own pending ticket"),
  dict(d="2026-11-27 09:30", k=None, t="Rekap November untuk Lapor Saluran katanya diumumkan pertengahan Desember. Laporan November sudah lebih dari 90, kata admin di grup.", why="November figures (hearsay), not October's"),
 ]),

dict(id="a38", src="kominfo", at="2026-11-20 16:20", region=None,
 slug="45-admin-kim-dilatih-menulis-kabar-banjir",
 title="45 Admin KIM Dilatih Menulis Kabar Banjir dan Tinggi Air yang Akurat",
 text="""BANJARMASIN – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan melatih 45 admin Kelompok Informasi Masyarakat (KIM) dari 13 kabupaten/kota menulis kabar banjir dan tinggi air secara akurat. Pelatihan berlangsung di Banjarmasin, Kamis–Jumat (19–20/11/2026).

Kepala Bidang Informasi dan Komunikasi Publik Diskominfo Kalsel, Rina Mariani, mengatakan admin KIM berlatih menulis dengan menyebut sumber, waktu pengamatan dan lokasi yang jelas. “Kabar banjir yang tidak menyebut jam dan tempat bisa membuat warga panik di desa yang sebenarnya aman,” ujarnya.

Peserta juga berlatih memotret papan duga dan membedakan status waspada, siaga dan awas. Setiap KIM diminta membuat satu unggahan contoh dalam sepekan yang akan dinilai panitia. (mc-kalsel/rm)""",
 sum="Diskominfo Kalsel latih 45 admin KIM dari 13 kabupaten/kota menulis kabar banjir dan tinggi air yang akurat (sumber, jam, lokasi), di Banjarmasin 19–20 November; tiap KIM buat satu unggahan contoh dalam sepekan.",
 lsum="""Sebanyak 45 admin KIM dari 13 kabupaten/kota dilatih Diskominfo Kalsel menulis kabar banjir dan tinggi air secara akurat, di Banjarmasin, 19–20 November.

Menurut Kabid IKP Diskominfo Kalsel Rina Mariani, kabar banjir harus menyebut sumber, waktu pengamatan dan lokasi, karena kabar tanpa jam dan tempat bisa membuat panik desa yang sebenarnya aman. Peserta juga belajar memotret papan duga dan membedakan waspada, siaga dan awas. Tiap KIM diminta membuat satu unggahan contoh dalam sepekan untuk dinilai.""",
 par="Ampat puluh lima admin KIM matan tiga walas kabupaten kota dilatih Diskominfo Kalsel manulis kabar banjir nang bujur, di Banjarmasin Kamis-Jumat. Ingat: sabut sumbernya, jam pangamatan, lokasinya. Amun kada, urang di desa nang aman kawa panik. Balajar jua mamoto papan duga 📸 #KIMKalsel",
 neg=[
  dict(d="2026-11-26 20:05", k="kim-jejangkit-muara", t="Contoh unggahan: Tinggi air Sungai Barito di dermaga Jejangkit Muara pukul 17.00 WITA, 26 November: 1,62 m (papan duga desa), status normal. Sumber: relawan pos pantau. #LatihanMenulis", why="a KIM's own practice post after the training, with its own reading"),
  dict(d="2026-11-23 10:15", k=None, t="Diskominfo kabupaten kami juga mengadakan pelatihan fotografi ponsel untuk 45 pelajar, hari Sabtu kemarin. Hasil foto dipamerkan di alun-alun.", why="a different training with the same 45"),
  dict(d="2026-12-01 15:30", k="kim-loklahung", t="KIM kami tidak ikut pelatihan di Banjarmasin karena admin sedang sakit. Semoga ada kelas susulan atau materi yang dibagikan.", why="a KIM that missed the training"),
 ]),

dict(id="a39", src="pemprov", at="2026-11-26 14:15", region=None,
 slug="sidang-pleno-tkpsda-ws-barito-sembilan-rekomendasi",
 title="Sidang Pleno TKPSDA Wilayah Sungai Barito Hasilkan Sembilan Rekomendasi",
 text="""BANJARMASIN – Tim Koordinasi Pengelolaan Sumber Daya Air (TKPSDA) Wilayah Sungai Barito menggelar sidang pleno kedua tahun 2026 di Banjarmasin, Kamis (26/11/2026). Sidang menghasilkan sembilan rekomendasi, di antaranya percepatan perbaikan pintu air di daerah rawa dan penertiban bangunan di badan saluran.

Asisten Perekonomian dan Pembangunan Setdaprov Kalsel, Hermansyah Thamrin, yang membuka sidang mengatakan pengelolaan air tidak bisa dikerjakan satu instansi. “Hulunya di satu kabupaten, hilirnya di kabupaten lain. Karena itu semua harus duduk satu meja,” katanya.

Rekomendasi akan disampaikan kepada Gubernur dan bupati/wali kota se-Kalimantan Selatan sebagai bahan penyusunan anggaran 2027. Sidang berikutnya dijadwalkan Mei 2027. Sidang dihadiri perwakilan instansi, akademisi dan kelompok tani. (prov/ht)""",
 sum="Sidang pleno kedua TKPSDA Wilayah Sungai Barito di Banjarmasin, Kamis 26/11, hasilkan 9 rekomendasi (antara lain percepatan perbaikan pintu air rawa, penertiban bangunan di badan saluran) untuk anggaran 2027; sidang berikut Mei 2027.",
 lsum=None,
 par="TKPSDA Wilayah Sungai Barito basidang pleno di Banjarmasin hari Kamis, hasilnya sambilan rekomendasi. Di antaranya pintu banyu di daerah rawa supaya capat dibaiki, bangunan di badan saluran ditartibakan. Ujar Pak Asisten, hulu di kabupaten sini, hilir di kabupaten sana, musti duduk satu meja. Sidang salanjutnya Mei 2027.",
 neg=[
  dict(d="2026-12-03 11:20", k=None, t="Forum DAS Barito mengadakan diskusi di kampus ULM Banjarbaru tentang erosi di hulu Sungai Martapura. Hadir mahasiswa dan pegiat lingkungan.", why="another forum at a university"),
  dict(d="2026-11-30 14:00", k="kim-alalak-utara", t="Asisten Perekonomian Setdaprov hari ini meninjau pasar murah di Alalak Utara, 800 paket beras dijual Rp55 ribu per 5 kg.", why="the same Asisten at a cheap market"),
 ]),

dict(id="a40", src="batola", at="2026-11-27 15:40", region="Kabupaten Barito Kuala",
 slug="batola-terima-empat-ekskavator-amfibi-baru",
 title="Batola Terima Empat Ekskavator Amfibi Baru untuk Saluran Rawa",
 text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala menerima empat unit ekskavator amfibi baru untuk pemeliharaan saluran rawa pasang surut. Serah terima dari penyedia dilakukan di halaman Kantor Bupati Batola, Jumat (27/11/2026).

Bupati Barito Kuala, Ahmad Syarwani Latif, mengatakan pengadaan senilai Rp11,6 miliar itu menambah alat milik daerah menjadi tujuh unit. “Sebagian besar sawah kita sawah pasang surut. Salurannya cepat dangkal, jadi alat harus siap bekerja sepanjang tahun,” ujarnya.

Keempat alat akan dioperasikan mulai Januari 2027 di Kecamatan Tamban, Mekarsari, Cerbon dan Kuripan. Desa dapat mengajukan jadwal pemakaian melalui kecamatan dengan melampirkan peta saluran yang akan dikeruk. Operator alat telah mengikuti pelatihan dari penyedia selama sepekan. (batola/asl)""",
 sum="Pemkab Batola terima 4 ekskavator amfibi baru (Rp11,6 M), Jumat 27/11; alat milik daerah jadi 7 unit, beroperasi mulai Januari 2027 di Tamban, Mekarsari, Cerbon dan Kuripan.",
 lsum=None,
 par="Batola baisi ampat ekskavator amfibi hanyar, diserahakan hari Jumat di halaman Kantor Bupati, duitnya Rp11,6 miliar. Wayahini alat milik daerah jadi tujuh buting. Ujar Pak Bupati, sawah kita kabanyakan pasang surut, saluran capat dangkal. Bagawi mulai Januari 2027 di Tamban, Mekarsari, Cerbon, Kuripan 🚜",
 neg=[
  dict(d="2026-12-01 10:50", k="kim-anjir-muara-kota", t="Halaman Kantor Bupati Batola hari ini dipakai apel siaga Nataru, 320 personel gabungan. Arus lalu lintas di depan kantor sempat dialihkan.", why="the same yard with another event"),
  dict(d="2026-12-04 09:25", k="kim-jejangkit-muara", t="Jejangkit tidak termasuk empat kecamatan untuk ekskavator baru. Kades bilang akan mengajukan jadwal lewat kecamatan untuk pertengahan 2027.", why="a village not included planning its own request"),
 ]),
]
