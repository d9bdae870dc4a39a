"""Hand-written releases a18, a29-a40 of heldout50 (same layout as anns_a.py)."""

ANNS = [
dict(
    id="a18", source="pemkab-batola", published="2026-11-24T14:30",
    title="Dua Sumur Bor Dalam Bantuan ESDM Kalsel Diserahkan di Jejangkit dan Cerbon",
    text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala menerima dua sumur bor dalam bantuan Dinas ESDM Provinsi Kalimantan Selatan, Selasa (24/11/2026). Sumur sedalam 110 meter di Desa Jejangkit Muara dan 96 meter di Desa Cerbon itu kini mengalirkan air tawar ke 640 kepala keluarga yang setiap kemarau kesulitan air bersih karena sungai menjadi payau.

“Air sumur ini sudah diuji laboratorium dan layak untuk mandi serta mencuci. Untuk minum tetap harus dimasak,” kata Kepala Dinas Perumahan dan Kawasan Permukiman Barito Kuala, Rizal Fahmi Akbar.

Pengelolaan sumur diserahkan ke BUMDes dengan iuran Rp15.000 per bulan untuk listrik pompa. Batola mengusulkan tiga sumur lagi untuk Kecamatan Tabunganen pada 2027. (diskominfo-btl/rf)""",
    short="Batola terima 2 sumur bor dalam bantuan ESDM Kalsel (Jejangkit Muara 110 m, Cerbon 96 m) untuk 640 KK (24/11); dikelola BUMDes, iuran Rp15.000/bulan.",
    long="Warga Jejangkit Muara dan Cerbon di Barito Kuala sekarang punya sumur bor dalam bantuan Dinas ESDM Kalsel. Sumurnya 110 meter dan 96 meter, melayani 640 KK yang tiap kemarau kesulitan air karena sungai payau. Airnya sudah diuji lab, layak untuk mandi dan cuci, tapi untuk minum harus dimasak. BUMDes mengelola dengan iuran Rp15.000 per bulan; 2027 diusulkan tiga sumur lagi untuk Tabunganen.",
    para="Alhamdulillah, banyu tawar sudah mangalir di Jejangkit Muara wan Cerbon 💧 Dua sumur bor dalam bantuan ESDM provinsi, saratus sapuluh meter wan sambilan puluh anam meter, gasan anam ratus ampat puluh KK. Gasan mandi wan bacucian aman, gasan diminum dijarang dahulu lah. Iurannya lima balas ribu sabulan.",
    looks=[
        ("btl", "Tabunganen tahun depan diusulkan dapat tiga sumur bor dalam. Warga Tabunganen Muara berharap masuk daftar, karena air sungai sudah asin sejak Oktober.", "the 2027 proposal for Tabunganen, told as hope", 90),
        ("btl", "PDAM Batola mengirim 8 tangki air bersih ke Desa Cerbon hari ini karena intake kemasukan air asin. Warga antre membawa jeriken.", "water-tanker delivery by PDAM, not the wells", 40),
        ("btl", "Kadis Perkim Batola Rizal Fahmi Akbar hari ini juga menyerahkan 30 unit jamban sehat untuk warga Anjir Pasar.", "same official, same day, another object", 5),
    ],
    before=("Sumur bor di Jejangkit Muara sudah selesai dibor, tinggal pasang pompa. Kapan diresmikan belum tahu. Airnya tawar kah? Ada yang sudah coba?", "a question before the handover", 60),
),
dict(
    id="a29", source="pemkab-tapin", published="2026-11-19T13:20",
    title="Tapin Beri Tenggat 30 Hari bagi 9 Usaha Tanah Urug Tanpa Izin",
    text="""RANTAU – Pemerintah Kabupaten Tapin memberikan tenggat 30 hari kepada sembilan usaha tanah urug yang belum memiliki Surat Izin Penambangan Batuan (SIPB), Kamis (19/11/2026). Dari 14 lokasi galian yang diperiksa tim terpadu di Kecamatan Binuang dan Tapin Selatan sepekan terakhir, hanya lima yang sudah berizin. Pemilik sembilan usaha lainnya dikumpulkan di Aula Rantau Baru Setda Tapin.

“Kami tidak langsung menutup. Silakan urus SIPB lewat klinik perizinan provinsi. Kalau lewat 30 hari masih membandel, lokasi dipasang garis larangan,” kata Asisten Perekonomian dan Pembangunan Setda Tapin, Mahyudin Noor Effendi.

Tim terpadu akan memeriksa ulang sembilan lokasi itu pada pekan ketiga Desember. (mc-tapin/mn)""",
    short="Tapin beri tenggat 30 hari ke 9 usaha tanah urug tanpa SIPB (19/11); dari 14 galian di Binuang dan Tapin Selatan hanya 5 berizin; cek ulang pekan ketiga Desember.",
    long=None,
    para="Usaha tanah urug di Binuang wan Tapin Salatan, ayo lakasi maurus izin SIPB 🚜 Matan ampat balas galian nang dipariksa, lima haja nang baizin. Sambilan nang lain dibari waktu talu puluh hari. Kalu masih bakakarasan, lokasinya dipasang garis larangan.",
    looks=[
        ("tpn", "Truk tanah urug terbalik di tanjakan Binuang siang tadi, muatan tumpah menutup separuh jalan. Tidak ada korban.", "a truck accident", 30),
        ("tpn", "Aula Rantau Baru Setda Tapin hari ini juga dipakai rapat persiapan Hari Jadi Tapin ke-62.", "same hall, same day, another meeting", 3),
        ("hss", "HSS juga mendata galian tanah urug? Di Angkinang ada dua galian di pinggir jalan, warga tanya apakah sudah ada izin. Belum ada info resmi dari kabupaten.", "a question about Angkinang pits, no data", 80),
    ],
    before=None,
),
dict(
    id="a30", source="pemkab-hss", published="2026-11-26T10:40",
    title="HSS Ukur 22 Titik Galian Pasir Sungai Amandit, Enam Ditutup",
    text="""KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan bersama Dinas ESDM Provinsi mengukur 22 titik galian pasir di sepanjang Sungai Amandit, Kamis (26/11/2026). Hasilnya, enam titik di Kecamatan Angkinang dan Kandangan ditutup karena berjarak kurang dari 200 meter dari jembatan dan tebing permukiman. Enam belas titik lain boleh beroperasi dengan batas kedalaman tiga meter.

“Tebing di dekat Jembatan Angkinang sudah mulai longsor. Kami tidak mau menunggu jembatan ambruk,” kata Kepala Dinas Lingkungan Hidup dan Perhubungan HSS, Muhammad Rafiq Hidayat.

Penambang di enam titik yang ditutup diarahkan ke lokasi pengganti di hilir Desa Bakarung. Papan larangan dipasang mulai 30 November. Pemkab juga akan memantau kedalaman galian setiap bulan bersama kecamatan. (diskominfo-hss/mr)""",
    short="HSS + ESDM Kalsel ukur 22 titik galian pasir Sungai Amandit (26/11): 6 titik di Angkinang dan Kandangan ditutup (<200 m dari jembatan/tebing), 16 boleh dengan kedalaman maks 3 m.",
    long="Pemkab HSS dan Dinas ESDM Kalsel mengukur 22 titik galian pasir di Sungai Amandit pada Kamis 26 November. Enam titik di Angkinang dan Kandangan ditutup karena kurang dari 200 meter dari jembatan dan tebing permukiman; 16 titik lain boleh jalan dengan kedalaman paling dalam tiga meter. Penambang dari enam titik itu diarahkan ke lokasi pengganti di hilir Desa Bakarung, papan larangan dipasang mulai 30 November.",
    para="Galian pasir di Sungai Amandit diukur, dangsanak. Anam titik di Angkinang wan Kandangan ditutup karna parak banar lawan jambatan wan tabing rumah urang 😟 Nang sanam balas lagi kawa bagawi, tapi jangan labih talu meter dalamnya. Panambang dipindah ka hilir Bakarung.",
    looks=[
        ("hss", "Tebing Sungai Amandit di Desa Angkinang longsor sepanjang 15 meter tadi malam, dua rumah warga terancam. BPBD sudah memasang karung pasir.", "a landslide event, no survey", 150),
        ("hss", "Lomba jukung di Sungai Amandit hari Minggu, 24 tim dari Kandangan dan Angkinang. Start dari Jembatan Angkinang jam 8.", "a boat race at the same bridge", 40),
        ("hss", "Papan larangan menambang pasir hari ini dipasang di enam titik Sungai Amandit. Penambang di Angkinang minta waktu sampai akhir minggu untuk memindahkan mesin.", "the next step (signs, 30 November) as a neighbour's report", 96),
    ],
    before=("Hari ini ada tim dari provinsi mengukur galian pasir di Sungai Amandit, pakai perahu dan alat GPS. Penambang gelisah, katanya ada yang mau ditutup.", "a live post during the survey, before the results", 5),
),
dict(
    id="a31", source="pemprov-kalsel", published="2026-11-18T15:05",
    title="Lima dari 12 Void Bekas Tambang Layak Jadi Sumber Air Baku",
    text="""BANJARBARU – Hasil uji kualitas air pada 12 void atau lubang bekas tambang batubara di Kalimantan Selatan menunjukkan lima di antaranya layak dijadikan sumber air baku. Kelima void itu berada di Tanah Bumbu (2), Tanah Laut (2) dan Banjar (1), dengan volume gabungan sekitar 14 juta meter kubik. Hasil itu dipaparkan Rabu (18/11/2026) di Banjarbaru.

“Tujuh void lainnya masih asam dan mengandung besi tinggi, jadi belum aman. Yang lima ini bisa diolah PDAM dengan biaya jauh lebih murah daripada air sungai,” kata Kepala Bidang Mineral dan Batubara Dinas ESDM Kalsel, Fahriannor Saleh.

Pemprov akan membahas kerja sama pemanfaatan dengan perusahaan pemilik void dan PDAM kabupaten mulai Januari 2027. (biro-ekbang/fs)""",
    short="Uji air 12 void bekas tambang batubara: 5 layak jadi air baku (Tanbu 2, Tala 2, Banjar 1; ±14 juta m³), 7 masih asam; kerja sama dengan perusahaan dan PDAM dibahas Januari 2027.",
    long=None,
    para="Lubang bakas tambang batubara ternyata ada nang kawa jadi banyu baku PDAM, dangsanak 💧 Matan dua balas void nang diuji, lima nang layak: Tanbu dua, Tala dua, Banjar asa. Nang tujuh lagi masih asam. Januari 2027 dibahas lawan perusahaan wan PDAM.",
    looks=[
        ("tanbu", "Dua remaja berenang di void bekas tambang di Desa Sebamban Baru sore tadi, satu sempat kram dan ditolong warga. Void itu dalam dan airnya asam, dilarang berenang.", "an incident at a pit", 60),
        ("prov", "Lima dari 12 kabupaten/kota sudah menyerahkan laporan karhutla akhir tahun ke BPBD Kalsel.", "the same figures '5 of 12' meaning reports", 100),
        ("tala", "PDAM Tanah Laut menambah jam distribusi air di Pelaihari mulai pekan depan, dari 12 menjadi 18 jam sehari setelah pompa intake baru dipasang.", "PDAM service hours, no void", 120),
    ],
    before=None,
),
dict(
    id="a32", source="pemkab-tabalong", published="2026-11-23T14:25",
    title="Void Eks Tambang di Maburai Jadi Lokasi 24 Keramba Nila",
    text="""TANJUNG – Pemerintah Kabupaten Tabalong memanfaatkan void eks tambang batubara di Desa Maburai, Kecamatan Murung Pudak, sebagai lokasi budidaya ikan nila. Sebanyak 24 keramba jaring apung milik 12 kelompok pembudidaya diisi 36.000 benih, Senin (23/11/2026). Void seluas 18 hektare itu diserahkan perusahaan kepada Pemkab setelah uji air menunjukkan kadar keasaman sudah normal.

“Dulu lubang ini dianggap warisan buruk tambang. Sekarang jadi sumber penghasilan kelompok,” kata Kepala Dinas Perikanan Tabalong, Herliansyah Noor.

Panen pertama diperkirakan Maret 2027. Dinas Perikanan memasang papan larangan berenang di sekeliling void dan meminta kelompok menjaga keramba bergiliran. Pakan ikan untuk tiga bulan pertama dibantu dari APBD Tabalong. (diskominfo-tbl/hn)""",
    short="Tabalong manfaatkan void eks tambang 18 ha di Maburai (Murung Pudak) untuk 24 keramba nila 12 kelompok, 36.000 benih ditebar 23/11; panen Maret 2027.",
    long="Lubang bekas tambang batubara di Desa Maburai, Murung Pudak, sekarang dipakai budidaya nila. Senin 23 November, 24 keramba jaring apung milik 12 kelompok diisi 36.000 benih. Void 18 hektare itu diserahkan perusahaan ke Pemkab Tabalong setelah uji air menunjukkan keasamannya normal. Panen pertama diperkirakan Maret 2027; di sekeliling void dipasang papan larangan berenang.",
    para="Lubang bakas tambang di Maburai wayahini jadi tampat bakaramba iwak nila, dangsanak 🐟 Duapuluh ampat karamba, dua balas kalompok, talu puluh anam ribu bibit. Panen kaina Maret 2027. Tapi ingat, kada bulih bakunyung di situ lah!",
    looks=[
        ("tbl", "Mabuun: lomba mancing di kolam bekas tambang Minggu ini, hadiah utama kulkas. Pendaftaran Rp50 ribu di posko Karang Taruna.", "a fishing contest at another pit", 100),
        ("tbl", "Kadis Perikanan Tabalong Herliansyah Noor hari ini juga membuka pasar ikan higienis di Tanjung, 40 lapak.", "same official, same day, another event", 5),
        ("tbl", "Harga ikan nila di Pasar Tanjung Rp38 ribu per kilo, pasokan dari Kalteng berkurang.", "fish prices", 40),
    ],
    before=None,
),
dict(
    id="a33", source="pemkab-tanah-laut", published="2026-11-24T10:15",
    title="Void Bekas Tambang di Asam Asam Airi 140 Hektare Sawah",
    text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut meresmikan pemanfaatan void bekas tambang di Desa Asam Asam, Kecamatan Jorong, sebagai sumber irigasi, Selasa (24/11/2026). Air dari void dipompa dengan dua pompa bertenaga 30 PK melalui saluran sepanjang 2,6 kilometer untuk mengairi 140 hektare sawah milik lima kelompok tani yang selama ini hanya tanam sekali setahun.

“Dengan air yang ada sepanjang tahun, petani Asam Asam bisa tanam dua kali. Pompa dan saluran dibangun dari dana tanggung jawab sosial perusahaan,” kata Wakil Bupati Tanah Laut, Hasanuddin Mahmud.

Tanam perdana dengan air void dijadwalkan pada 5 Desember. Dinas Pertanian akan memeriksa kualitas air setiap tiga bulan. (diskominfo-tala/hm)""",
    short="Tala resmikan void bekas tambang di Asam Asam (Jorong) sebagai irigasi: 2 pompa 30 PK, saluran 2,6 km, 140 ha sawah 5 poktan; tanam perdana 5 Desember.",
    long=None,
    para="Sawah di Asam Asam wayahini kawa batanam dua kali satahun, dangsanak 🌾 Banyu matan void bakas tambang dipompa lawan dua pompa talu puluh PK, salurannya dua kilo labih, mangairi saratus ampat puluh hektare. Tanam perdana tanggal 5 Desember. Mantap!",
    looks=[
        ("tala", "Tanam perdana di Asam Asam hari ini memakai air void. Lima kelompok tani turun ke sawah, benih Inpari 32.", "the next step (5 December planting) told as its own news", 260),
        ("tala", "Asam Asam: jalan desa ke arah PLTU rusak berat, lubang sedalam lutut. Warga menanam pohon pisang sebagai tanda.", "a road complaint in the same village", 30),
        ("tala", "Wabup Tanah Laut Hasanuddin Mahmud siang ini membuka turnamen voli antardesa di Jorong, 32 tim.", "same official, same day, another event", 5),
        ("tala", "Sawah di Kintap tahun ini tetap tanam sekali, belum ada irigasi. Petani berharap ada sumur bor atau pompa dari kabupaten.", "another kecamatan's hope", 120),
    ],
    before=("Pompa besar sudah dipasang di pinggir void bekas tambang di Asam Asam. Katanya minggu ini diresmikan, untuk sawah. Semoga airnya tidak asam.", "equipment seen before the inauguration", 40),
),
dict(
    id="a34", source="esdm-kalsel", published="2026-11-06T13:50",
    title="24 Sumur Bor Dalam untuk Desa Rawan Air Bersih di Sembilan Kabupaten",
    text="""BANJARBARU – Dinas ESDM Provinsi Kalimantan Selatan membangun 24 sumur bor dalam dengan kedalaman 80 hingga 120 meter di desa-desa rawan air bersih di sembilan kabupaten pada 2026. Hingga Jumat (6/11/2026), 19 sumur sudah selesai dan mengalirkan air, sedangkan lima lainnya ditargetkan rampung akhir November. Total anggaran mencapai Rp7,9 miliar.

“Kami memilih desa yang airnya payau, bergambut atau yang sumur dangkalnya kering setiap kemarau. Setiap sumur kami uji dulu kualitas airnya,” jelas Kepala Bidang Geologi dan Air Tanah Dinas ESDM Kalsel, Siti Rahmawati Jamal.

Setelah selesai, setiap sumur diserahkan kepada pemerintah kabupaten untuk dikelola desa. Usulan lokasi tahun 2027 diterima hingga 31 Januari. (esdm-kalsel/sr)""",
    short="ESDM Kalsel bangun 24 sumur bor dalam (80–120 m) di desa rawan air bersih di 9 kabupaten, Rp7,9 miliar; 19 selesai per 6/11, 5 rampung akhir November; usulan 2027 sampai 31 Januari.",
    long="Tahun ini Dinas ESDM Kalsel membangun 24 sumur bor dalam, 80–120 meter, untuk desa rawan air bersih di sembilan kabupaten. Sampai 6 November sudah 19 yang mengalir, lima lagi rampung akhir November. Anggarannya Rp7,9 miliar. Desa yang dipilih airnya payau, bergambut atau sumur dangkalnya kering saat kemarau. Sumur diserahkan ke kabupaten untuk dikelola desa, dan usulan 2027 dibuka sampai 31 Januari.",
    para="Dangsanak nang desanya tiap kamarau kahabisan banyu, ada program sumur bor dalam matan ESDM provinsi 💧 Tahun ini duapuluh ampat sumur di sambilan kabupaten, sambilan balas sudah mangalir. Usulan gasan 2027 dibuka sampai 31 Januari, lakasi usulakan lewat desa!",
    looks=[
        ("bjr", "Sumur bor swadaya warga RT 3 Desa Gambut selesai dibor 40 meter, biaya Rp12 juta patungan 35 KK. Alhamdulillah airnya jernih.", "a community's own shallow well", 80),
        ("prov", "Kabid Geologi ESDM Kalsel Siti Rahmawati Jamal hari ini memberi materi mitigasi gempa untuk guru SMA di Banjarbaru.", "same official, same day, another object", 4),
        ("tpn", "Di Hatungun sumur-sumur warga mulai kering, kemarau panjang. Warga mengambil air ke sungai 2 kilometer. Belum ada bantuan sumur bor untuk desa kami.", "a complaint from a village not in the programme", 100),
    ],
    before=None,
),
dict(
    id="a35", source="pemkab-tanah-laut", published="2026-11-11T16:20",
    title="Tiga Sumur Bor Bantuan Provinsi Alirkan Air ke 1.300 KK di Jorong dan Kintap",
    text="""PELAIHARI – Tiga sumur bor dalam bantuan Dinas ESDM Provinsi Kalimantan Selatan di Kabupaten Tanah Laut mulai mengalirkan air bersih, Rabu (11/11/2026). Sumur di Desa Swarangan dan Desa Muara Asam Asam, Kecamatan Jorong, serta Desa Muara Kintap, Kecamatan Kintap, melayani sekitar 1.300 kepala keluarga melalui jaringan pipa sepanjang 7,4 kilometer yang dibangun dari dana desa.

“Desa pesisir ini dulu membeli air galon untuk memasak. Sekarang air sumur bor sudah sampai ke rumah,” kata Kepala Dinas Pekerjaan Umum dan Penataan Ruang Tanah Laut, Bambang Sulistyo Wardana.

Pengelolaan diserahkan kepada Badan Pengelola Air Minum desa. Pemkab meminta desa memasang meteran air agar iuran dihitung sesuai pemakaian. (diskominfo-tala/bs)""",
    short="3 sumur bor dalam bantuan ESDM Kalsel di Tala (Swarangan, Muara Asam Asam, Muara Kintap) alirkan air ke ±1.300 KK lewat pipa 7,4 km (11/11); dikelola BPAM desa.",
    long=None,
    para="Urang Swarangan, Muara Asam Asam wan Muara Kintap kada usah lagi manukar galon gasan bamasak 💧 Talu sumur bor dalam bantuan provinsi sudah mangalirakan banyu ka saribu talu ratus KK, pipanya tujuh kilo labih. Pasang meteran lah, supaya iurannya adil.",
    looks=[
        ("tala", "Air sumur bor di Desa Swarangan tiga hari ini keruh, warga diminta mengendapkan dulu. Pengelola sedang membersihkan filter.", "a later service problem", 170),
        ("tala", "Desa Asam Asam juga punya sumur bor dari CSR PLTU sejak 2022, untuk masjid dan sekolah. Bukan yang bantuan provinsi kemarin.", "an older CSR well in a neighbouring village", 100),
        ("tala", "Kadis PUPR Tala Bambang Sulistyo Wardana hari ini meninjau pengaspalan jalan Pelaihari–Tirta Jaya sepanjang 3,2 km.", "same official, same day, another object", 4),
    ],
    before=None,
),
dict(
    id="a36", source="pemkab-balangan", published="2026-11-27T11:30",
    title="Balangan Bangun Lima Sumur Bor dari APBD untuk Juai dan Awayan",
    text="""PARINGIN – Pemerintah Kabupaten Balangan membangun lima sumur bor dalam dari APBD 2026 untuk desa-desa yang kesulitan air bersih di Kecamatan Juai dan Awayan. Tiga sumur di Desa Juai, Buntu Karau dan Mungkur Uyam serta dua di Desa Awayan dan Baramban sudah diuji, Jumat (27/11/2026), dengan debit rata-rata 2 liter per detik. Nilai pembangunannya Rp1,6 miliar.

“Balangan tidak masuk daftar bantuan sumur bor provinsi tahun ini, jadi kami bangun sendiri. Lima desa ini paling sering meminta air tangki,” kata Sekretaris Daerah Balangan, Rusdianoor Wahid.

Sumur akan diserahkan kepada desa pada pertengahan Desember, dan Balangan mengusulkan tujuh lokasi lain ke provinsi untuk 2027. (diskominfo-blg/rw)""",
    short="Balangan bangun 5 sumur bor dalam dari APBD (Rp1,6 miliar) di Juai (Juai, Buntu Karau, Mungkur Uyam) dan Awayan (Awayan, Baramban), diuji 27/11, debit ±2 l/detik; serah terima pertengahan Desember.",
    long="Balangan tidak kebagian sumur bor provinsi tahun ini, jadi Pemkab membangun sendiri lima sumur bor dalam dari APBD senilai Rp1,6 miliar. Tiga di Juai (Desa Juai, Buntu Karau, Mungkur Uyam) dan dua di Awayan (Awayan dan Baramban). Jumat 27 November semuanya diuji dengan debit rata-rata 2 liter per detik. Serah terima ke desa pertengahan Desember, dan tujuh lokasi lain diusulkan ke provinsi untuk 2027.",
    para="Balangan maulah sumur bor surang, kada mahadang provinsi 💪 Lima sumur dalam matan APBD: talu di Juai, dua di Awayan. Debitnya dua liter sadetik, dangsanak. Biayanya saribu anam ratus juta. Pertengahan Desember disarahakan ka desa.",
    looks=[
        ("blg", "Desa Juai minggu ini masih dapat kiriman air tangki dari BPBD, 4 tangki per hari. Antrean jeriken di depan langgar.", "tanker deliveries before the wells are handed over", 30),
        ("blg", "Sekda Balangan Rusdianoor Wahid hari ini melepas kontingen Porprov Balangan, 86 atlet.", "same official, same day, another event", 4),
        ("blg", "Lima sumur resapan dibangun warga di kompleks perumahan Paringin Timur untuk mengurangi genangan. Dana swadaya Rp8 juta.", "the same count (five wells) meaning infiltration wells", 60),
    ],
    before=("Mesin bor sudah masuk ke Desa Mungkur Uyam, katanya untuk sumur air bersih dari kabupaten. Mudahan tembus air tawar.", "drilling seen before the release", 70),
),
dict(
    id="a37", source="esdm-kalsel", published="2026-11-17T10:40",
    title="128 Sumur Bor Usaha Belum Berizin, ESDM Buka Klinik SIPA Gratis",
    text="""BANJARBARU – Dinas ESDM Provinsi Kalimantan Selatan mencatat 312 sumur bor milik usaha di Banjarmasin, Banjarbaru dan Kabupaten Banjar, dan 128 di antaranya belum memiliki Surat Izin Pengusahaan Air Tanah (SIPA). Data itu hasil pendataan lapangan selama Oktober dan diumumkan Selasa (17/11/2026). Sumur tak berizin paling banyak dimiliki depot air minum, hotel dan pencucian kendaraan.

“Air tanah di cekungan Banjarmasin terus turun. Izin itu bukan sekadar kertas, di situ diatur berapa banyak air yang boleh diambil,” kata Kepala Bidang Geologi dan Air Tanah Dinas ESDM Kalsel, Siti Rahmawati Jamal.

ESDM membuka klinik SIPA gratis pada 23–27 November di kantor dinas, Banjarbaru. Pemilik usaha cukup membawa NIB dan titik koordinat sumur. (esdm-kalsel/sr)""",
    short="ESDM Kalsel data 312 sumur bor usaha di Banjarmasin, Banjarbaru, Banjar: 128 belum punya SIPA (terbanyak depot air, hotel, cucian kendaraan); klinik SIPA gratis 23–27 November.",
    long=None,
    para="Pian baisi depot banyu, hotel atawa cucian motor pakai sumur bor? Cek izin SIPA-nya, dangsanak 🚰 ESDM provinsi mandata talu ratus dua balas sumur bor usaha, saratus duapuluh walu balum baizin. Klinik SIPA gratis tanggal 23–27 November di kantor ESDM Banjarbaru, bawa NIB wan koordinat sumur.",
    looks=[
        ("bjb", "Sumur bor di Masjid Al-Ikhlas Guntung Payung diperdalam jadi 60 meter, sumbangan jamaah. Air kembali lancar untuk wudhu.", "a mosque's own well", 60),
        ("bjm", "Depot air isi ulang di Kelayan Timur tutup sementara setelah hasil uji lab menunjukkan bakteri E. coli. Dinkes minta pemilik membersihkan tandon.", "a depot closed for water quality, not permits", 90),
        ("prov", "Klinik izin usaha perikanan dibuka DKP Kalsel 23–27 November di Banjarbaru untuk pemilik tambak dan keramba.", "another clinic of another office on the same dates", 30),
    ],
    before=None,
),
dict(
    id="a38", source="pemkot-banjarmasin", published="2026-11-20T15:30",
    title="Hotel dan Depot Air di Banjarmasin Wajib Punya SIPA Sebelum Perpanjang Izin 2027",
    text="""BANJARMASIN – Pemerintah Kota Banjarmasin mewajibkan 46 hotel dan 83 depot air minum yang memakai sumur bor untuk memiliki Surat Izin Pengusahaan Air Tanah (SIPA) sebelum memperpanjang izin usaha pada 2027. Ketentuan itu disampaikan dalam sosialisasi di Balai Kota Banjarmasin, Jumat (20/11/2026), yang dihadiri 110 pemilik dan pengelola usaha.

“Kami bekerja sama dengan Dinas ESDM Provinsi. Tanpa SIPA, perpanjangan izin usaha tidak akan diproses,” kata Sekretaris Daerah Kota Banjarmasin, Taufik Rahman Hidayat.

Pemilik usaha dapat mengurus SIPA di klinik perizinan provinsi atau di MPP Banjarmasin mulai Desember. Batas akhir pengurusan ditetapkan 30 Juni 2027. Pemkot juga akan mendata sumur bor pencucian kendaraan pada tahun depan. (humas-bjm/tr)""",
    short="Banjarmasin wajibkan 46 hotel dan 83 depot air yang pakai sumur bor punya SIPA sebelum perpanjang izin usaha 2027 (sosialisasi 20/11, 110 pengusaha); batas 30 Juni 2027.",
    long="Hotel dan depot air minum di Banjarmasin yang memakai sumur bor wajib punya SIPA sebelum memperpanjang izin usaha tahun 2027. Ada 46 hotel dan 83 depot yang kena aturan ini. Sosialisasinya Jumat 20 November di Balai Kota, dihadiri 110 pemilik usaha. SIPA bisa diurus di klinik perizinan provinsi atau di MPP Banjarmasin mulai Desember, batasnya 30 Juni 2027.",
    para="Bubuhan nang bausaha hotel wan depot banyu di Banjarmasin, parhatikan lah 🏨🚰 Ampat puluh anam hotel wan walu puluh talu depot nang pakai sumur bor wajib baisi SIPA sabalum mamanjangakan izin usaha 2027. Kawa diurus di MPP mulai Desember, batasnya 30 Juni 2027.",
    looks=[
        ("bjm", "Balai Kota Banjarmasin hari ini juga menggelar penyerahan SK 214 PPPK paruh waktu.", "same venue, same day, another event", 3),
        ("bjm", "PDAM Bandarmasih mengumumkan gangguan aliran di Banjarmasin Utara Sabtu karena perbaikan pipa. Warga diminta menampung air.", "a utility notice", 40),
        ("bjm", "Sekda Banjarmasin Taufik Rahman Hidayat siang ini meninjau banjir rob di Jalan Kuin Utara.", "same official, same day, another event", 5),
    ],
    before=None,
),
dict(
    id="a39", source="pemprov-kalsel", published="2026-11-26T14:45",
    title="Muka Air Tanah Banjarmasin Turun 1,4 Meter, Enam Sumur Pantau Baru Dipasang",
    text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan memasang enam sumur pantau air tanah baru di Cekungan Air Tanah Banjarmasin, Kamis (26/11/2026). Data sumur pantau lama menunjukkan muka air tanah di Banjarmasin Timur dan Banjarmasin Tengah turun rata-rata 1,4 meter dalam lima tahun terakhir. Enam sumur baru dilengkapi alat perekam otomatis yang mengirim data setiap jam.

“Kalau pengambilan tidak dikendalikan, tanah bisa ambles dan air asin bisa masuk. Data ini akan jadi dasar pembatasan izin sumur bor di zona kritis,” kata Kepala Dinas ESDM Kalsel, Hairil Anwar Sidik.

Peta zona konservasi air tanah Banjarmasin akan disusun bersama pemerintah kota dan ditargetkan terbit Maret 2027. (biro-ekbang/ha)""",
    short="Pemprov pasang 6 sumur pantau baru di CAT Banjarmasin (26/11); muka air tanah di Banjarmasin Timur dan Tengah turun rata-rata 1,4 m dalam lima tahun; peta zona konservasi Maret 2027.",
    long=None,
    para="Banyu di bawah tanah Banjarmasin makin turun, dangsanak, ampat baris meter dalam lima tahun 😟 Makanya dipasang anam sumur pantau hanyar nang marekam data tiap jam. Kaina ada peta zona konservasi, izin sumur bor di zona kritis dibatasi. Hemat banyu lah!",
    looks=[
        ("bjm", "Banjir rob di Banjarmasin Timur hari ini setinggi 1,4 meter di pinggir Sungai Martapura? Tidak, kata BPBD tinggi muka air sungai 1,4 meter di pos pantau, genangan di jalan sekitar 20 cm.", "the same figure 1,4 m meaning river level", 40),
        ("bjm", "Tanah ambles di halaman rumah warga Pekapuran Raya sedalam setengah meter. Dinas PUPR menduga pipa bocor di bawahnya.", "a sinkhole incident blamed on a pipe", 100),
        ("prov", "Kadis ESDM Kalsel Hairil Anwar Sidik hari ini juga menandatangani kerja sama pelatihan teknisi listrik dengan Politeknik Negeri Banjarmasin.", "same official, same day, another object", 4),
    ],
    before=None,
),
dict(
    id="a40", source="esdm-kalsel", published="2026-11-27T16:05",
    title="791 Paket Panel Surya Atap Sudah Terpasang, Sisanya Menunggu Akses Jalan",
    text="""BANJARBARU – Pemasangan paket panel surya atap untuk rumah belum berlistrik di enam kabupaten sudah mencapai 791 dari 860 paket, atau 92 persen, hingga Jumat (27/11/2026). Kotabaru, Tabalong dan Balangan sudah tuntas, sedangkan 69 paket di Hulu Sungai Tengah, Hulu Sungai Selatan dan Tanah Laut masih menunggu karena jalan ke lokasi terputus akibat hujan.

“Beberapa rumah hanya bisa dicapai dengan berjalan kaki tiga jam. Kami tidak akan memaksa pemasangan asal jadi,” kata Kepala Bidang Ketenagalistrikan Dinas ESDM Kalsel, Nurul Huda Ramadhani.

Sisa paket ditargetkan terpasang paling lambat 15 Desember. Penerima yang panelnya bermasalah diminta melapor lewat kepala desa agar teknisi penyedia datang memperbaiki. (esdm-kalsel/nh)""",
    short="Panel surya atap ESDM Kalsel sudah terpasang 791 dari 860 paket (92%) per 27/11; Kotabaru, Tabalong, Balangan tuntas; 69 paket di HST, HSS, Tala menunggu akses jalan, target 15 Desember.",
    long=None,
    para="Panel surya atap bantuan provinsi sudah tapasang tujuh ratus sambilan puluh asa matan dalapan ratus anam puluh, dangsanak ☀️ Kotabaru, Tabalong wan Balangan sudah tuntung. Anam puluh sambilan lagi di HST, HSS wan Tala mahadang jalan, banyak nang tagal hujan. Paling lambat 15 Desember.",
    looks=[
        ("hst", "Jalan ke Desa Juhu putus lagi di km 12 karena longsor, motor tidak bisa lewat. Warga bergotong royong membuka jalur setapak.", "a road cut (the cause), no panel figures", 30),
        ("prov", "92 persen! Capaian imunisasi dasar lengkap Kalsel sampai Oktober 92 persen, kata Dinkes.", "the same percentage meaning immunisation", 60),
        ("hss", "Teknisi panel surya datang ke Lok Lahung hari ini memperbaiki tiga baterai yang tidak mengisi. Warga diminta tidak menyambung kulkas.", "a repair visit, a later event", 120),
    ],
    before=None,
),
]
