"""Hand-written releases a33-a42 of heldout58 (tera app, shrimp scales, cooking-oil measures, cosmetics, halal logos,
hoaxes, prepaid water meters, BPSK Tanbu, carcass chicken). Fields as in anns_a."""

ANNS = [
dict(id="a33", src="pemprov-kalsel", pub="2026-11-26 14:10", reg=None,
 title="Aplikasi SiTera Banua Diluncurkan, Status Tera Timbangan Bisa Dicek Lewat Kode QR",
 text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan meluncurkan aplikasi SiTera Banua di Gedung Mahligai Pancasila, Banjarmasin, pada Rabu (25/11/2026). Melalui aplikasi ini, pemilik alat ukur dapat memesan jadwal tera ulang, sedangkan pembeli dapat memindai kode QR pada stiker tanda tera untuk mengetahui kapan alat itu terakhir diuji.

“Saat ini 86.000 alat ukur, takar, timbang dan perlengkapannya sudah terdata di 13 kabupaten/kota. Konsumen kini ikut mengawasi,” kata Sekretaris Daerah Provinsi Kalsel, H. Roy Rizali Anwar.

Stiker tanda tera berkode QR mulai dipasang pada setiap alat yang ditera sejak Selasa (1/12/2026). Alat yang ditera sebelumnya akan mendapat stiker baru pada jadwal tera ulang berikutnya. Aplikasi dapat diunduh gratis di toko aplikasi. (prov/ad)""",
 s="Pemprov Kalsel luncurkan aplikasi SiTera Banua di Mahligai Pancasila (Rabu 25/11): pesan jadwal tera ulang, dan pembeli bisa pindai kode QR stiker tera. 86.000 alat ukur terdata di 13 kab/kota; stiker QR dipasang mulai 1/12.",
 l=("Cek Timbangan Pedagang Lewat HP, Pemprov Luncurkan SiTera Banua",
    "Aplikasi SiTera Banua diluncurkan Pemprov Kalsel di Mahligai Pancasila pada Rabu (25/11). Pemilik timbangan dan alat ukur lain bisa memesan jadwal tera ulang, sementara pembeli dapat memindai kode QR pada stiker tanda tera untuk melihat kapan alat terakhir diuji.\n\nSekdaprov H. Roy Rizali Anwar menyebut 86.000 alat ukur, takar, timbang dan perlengkapannya sudah terdata di 13 kabupaten/kota. Stiker berkode QR dipasang mulai 1 Desember; alat yang ditera sebelumnya mendapat stiker baru saat tera ulang berikutnya."),
 p="Wayahini timbangan acil di pasar kawa dicek pakai HP! Pemprov maluncurakan aplikasi SiTera Banua hari Rabu. Pindai kode QR di stiker tera, kaluar kapan timbangan itu tarakhir diuji. 86.000 alat ukur sudah tadata. Stiker QR dipasang mulai 1 Desember. 📲",
 n=[
  ("Mahligai Pancasila malam ini jadi tempat malam puncak Hari Guru tingkat provinsi. Tarian massal 86 guru TK membuka acara.",
   "the same venue, another event", 2.2, None, None),
  ("Timbangan di lapak ikan Pasar Lama hari ini ditempeli stiker tera berkode QR. Dicoba dipindai, muncul tanggal uji 1 Desember 2026 dan nama petugas.",
   "the first QR stickers seen on 1 Dec, a later step told on its own", 5.1, "bjm", None),
  ("Aplikasi cek harga bahan pokok Kalsel dapat pembaruan: sekarang ada harga ikan haruan dan papuyu dari 10 pasar.",
   "another provincial app (prices), not SiTera", 6.0, None, None),
 ],
 b=[]),

dict(id="a34", src="pemkab-tanah-laut", pub="2026-11-25 12:35", reg="tala",
 title="Sembilan Timbangan Pengepul Udang di Takisung dan Kurau Disegel",
 text="""PELAIHARI – Dinas Perdagangan Kabupaten Tanah Laut menera ulang 64 timbangan milik pengepul udang dan ikan hasil tambak di Kecamatan Takisung dan Kurau pada Selasa (24/11/2026). Sembilan timbangan disegel karena selisihnya melebihi batas, termasuk timbangan gantung yang dipakai menimbang udang windu per keranjang.

“Udang windu dihargai ratusan ribu rupiah per kilogram. Selisih sedikit saja sangat merugikan petambak,” ujar Kepala Dinas Perdagangan Tanah Laut, Hj. Fitria Rahmawati.

Pengepul yang timbangannya disegel boleh kembali membeli setelah timbangan diperbaiki dan diuji ulang di kantor UPTD Metrologi Pelaihari. Petambak diminta menimbang ulang sampel hasil panen dengan timbangan kelompok sebelum menjual dan menyimpan nota pembelian. (tala/rm)""",
 s="Dinas Perdagangan Tala tera ulang 64 timbangan pengepul udang dan ikan tambak di Takisung & Kurau (Selasa 24/11); 9 disegel, termasuk timbangan gantung udang windu. Boleh membeli lagi setelah diperbaiki dan diuji ulang di UPTD Metrologi Pelaihari.",
 l=None,
 p="Patambak udang di Takisung wan Kurau, timbangan pengepul sudah ditera hari Salasa. 64 timbangan, sanga disegel, tamasuk timbangan gantung gasan udang windu. Udang windu larang, salisih saitik gin rugi ganal. Timbang pulang sampel pakai timbangan kalompok sabalum bajual lah. 🦐",
 n=[
  ("Panen udang windu di tambak Desa Tabanio hari ini 1,2 ton. Harga di pengepul Rp185.000 per kilogram untuk ukuran 30 ekor.",
   "a harvest report with prices; no scale test", 3.0, "tala", None),
  ("Sembilan pengepul udang yang timbangannya disegel membawa timbangan baru ke UPTD Metrologi Pelaihari hari ini. Tujuh langsung lulus dan boleh membeli lagi.",
   "the re-test at the office (7 of 9 pass), a later event", 6.2, "tala", None),
  ("Dinas Perikanan Tala menebar 64.000 benih nila di waduk Desa Kurau hari ini bersama kelompok pembudidaya.",
   "another office, fish seeding with a look-alike figure", 4.3, "tala", None),
 ],
 b=[]),

dict(id="a35", src="pemkab-banjar", pub="2026-11-26 16:45", reg="bjr",
 title="Kantong Minyak Goreng Curah \u201cSatu Liter\u201d di Pasar Martapura Cuma 850 Mililiter",
 text="""MARTAPURA – Dinas Perdagangan Kabupaten Banjar memeriksa takaran minyak goreng curah yang dijual dalam kantong plastik oleh 48 pedagang di Pasar Martapura pada Rabu (25/11/2026). Hasilnya, kantong yang dijual sebagai satu liter rata-rata hanya berisi 850 mililiter, sementara sebagian pedagang memakai gelas takar tanpa tanda tera.

“Pedagang kecil umumnya membeli kantong yang sudah diisi dari pemasok, sehingga mereka juga tidak tahu isinya kurang,” kata Kepala Dinas Perdagangan Kabupaten Banjar, H. Ridwan Syahrani.

Dinas akan membagikan 48 takaran satu liter bertanda tera kepada pedagang dan memanggil dua pemasok minyak curah pada Senin (30/11/2026). Pembeli diminta menanyakan apakah minyak dijual per liter atau per kilogram. (bjr/ws)""",
 s="Dinas Perdagangan Banjar cek minyak goreng curah 48 pedagang Pasar Martapura (Rabu 25/11): kantong '1 liter' rata-rata cuma 850 ml, sebagian pakai gelas takar tanpa tera. 48 takaran bertera dibagikan; dua pemasok dipanggil 30/11.",
 l=("Minyak Curah Satu Liter Ternyata 850 Mililiter, Pemasok di Martapura Dipanggil",
    "Pemeriksaan Dinas Perdagangan Kabupaten Banjar pada Rabu (25/11) terhadap 48 pedagang minyak goreng curah di Pasar Martapura menemukan kantong yang dijual sebagai satu liter rata-rata hanya berisi 850 mililiter. Sebagian pedagang juga memakai gelas takar tanpa tanda tera.\n\nKadis H. Ridwan Syahrani mengatakan pedagang kecil biasanya membeli kantong yang sudah diisi pemasok. Dinas akan membagikan 48 takaran bertanda tera dan memanggil dua pemasok pada Senin (30/11); pembeli diminta menanyakan apakah minyak dijual per liter atau per kilogram."),
 p="Minyak curah sakantong 'satu liter' di Pasar Martapura ternyata cuma 850 mili! Dinas Perdagangan Banjar mariksa 48 padagang hari Rabu. Padagangnya gin kada tahu, kantongnya sudah diisi pemasok. Dua pemasok dipanggil Senin 30/11, padagang dapat takaran batanda tera. Takuni dulu, per liter atau per kilo? 🛢️",
 n=[
  ("Harga minyak goreng curah di Pasar Martapura turun jadi Rp17.000 per kilogram pekan ini. Minyak kemasan masih Rp19.500 per liter.",
   "cooking-oil prices at the same market; no measurement check", 6.3, "bjr", None),
  ("Dua pemasok minyak curah memenuhi panggilan Dinas Perdagangan Banjar hari ini dan berjanji memakai mesin pengisi bertanda tera mulai pekan depan.",
   "the suppliers' meeting on 30 Nov, the later step as its own news", 4.0, "bjr", None),
  ("Pasar Martapura hari ini ramai penjual kain sasirangan menjelang akhir tahun. Ada diskon 15 persen di los kain.",
   "the same market, textiles; no oil check", 2.1, "bjr", None),
 ],
 b=[]),

dict(id="a36", src="bbpom-banjarmasin", pub="2026-11-13 11:40", reg=None,
 title="Sembilan Krim Pemutih di Banjarbaru dan Martapura Mengandung Merkuri",
 text="""BANJARMASIN – Balai Besar POM di Banjarmasin menguji 62 sampel kosmetik yang diambil dari 14 toko kosmetik dan lapak daring di Banjarbaru dan Martapura. Hasil uji laboratorium yang diumumkan Kamis (12/11/2026) menunjukkan sembilan sampel krim pemutih mengandung merkuri, sebagian dijual tanpa nomor izin edar.

“Merkuri bisa merusak ginjal dan saraf. Kulit yang cepat putih dalam seminggu justru harus dicurigai,” kata Kepala Bidang Penindakan BBPOM di Banjarmasin, Rizky Ananda Putri.

Sembilan produk itu diturunkan dari etalase dan diblokir tautannya di lokapasar. BBPOM meminta warga memeriksa nomor izin edar melalui laman cek produk BPOM dan tidak tergiur testimoni. Penelusuran terhadap pemasok dilanjutkan bersama kepolisian. (bbpom/hs)""",
 s="BBPOM di Banjarmasin uji 62 sampel kosmetik dari 14 toko dan lapak daring Banjarbaru & Martapura; hasil Kamis 12/11: 9 krim pemutih mengandung merkuri. Produk diturunkan dan tautan diblokir; pemasok ditelusuri bersama polisi.",
 l=None,
 p="Bubuhan bibinian, hati-hati krim pamutih! BBPOM manguji 62 sampel kosmetik matan 14 toko wan lapak online di Banjarbaru wan Martapura, sanga krim ada marakurinya. Kulit putih saminggu malah musti dicurigai jar sidin. Cek izin edar dulu, jangan parcaya testimoni haja. 💄",
 n=[
  ("Klinik kecantikan baru dibuka di Jalan A. Yani Km 35 Banjarbaru. Ada promo perawatan wajah setengah harga selama November.",
   "a clinic opening; no test", 2.3, "bjb", None),
  ("Polisi menangkap penjual krim pemutih daring di Landasan Ulin hari ini. Dari rumahnya disita 1.200 pot krim tanpa izin edar.",
   "a later arrest with its own figures, follow-up told as its own news", 16.1, "bjb", None),
  ("Ada teman yang wajahnya iritasi setelah pakai krim racikan dari Instagram. Kata dokter, belum tentu merkuri, harus diperiksa dulu.",
   "a personal anecdote; no lab results", 5.4, None, None),
 ],
 b=[]),

dict(id="a37", src="pemkab-hst", pub="2026-11-27 15:25", reg="hst",
 title="11 Produk di Barabai Pakai Logo Halal Tanpa Sertifikat, Produsen Diminta Daftar",
 text="""BARABAI – Kantor Kementerian Agama dan Dinas Perdagangan Kabupaten Hulu Sungai Tengah memeriksa label pada produk pangan di 18 toko dan minimarket di Kota Barabai pada Kamis (26/11/2026). Petugas menemukan 11 produk lokal mencantumkan logo halal lama atau logo buatan sendiri tanpa memiliki sertifikat halal.

“Mencantumkan logo halal tanpa sertifikat melanggar aturan dan menyesatkan pembeli. Kami memilih membina dulu,” ujar Kepala Dinas Perdagangan HST, H. Syahrul Ramadhan.

Produsen ke-11 produk tersebut, sebagian besar pembuat keripik dan kue kering, diminta menutup logo dengan stiker dan mendaftar sertifikasi halal jalur pernyataan mandiri paling lambat Kamis (31/12/2026). Pendamping proses produk halal di Barabai siap membantu tanpa biaya. (hst/mf)""",
 s="Kemenag & Dinas Perdagangan HST periksa label di 18 toko dan minimarket Barabai (Kamis 26/11): 11 produk lokal pakai logo halal lama/buatan sendiri tanpa sertifikat. Logo harus ditutup dan produsen mendaftar self declare paling lambat 31/12.",
 l=None,
 p="Pambuat keripik wan kue kering di Barabai, logo halal kada kawa dipasang saurang. Kamis tadi Kemenag wan Dinas Perdagangan HST mariksa 18 toko, 11 produk pakai logo halal lawas atau baulah saurang, padahal balum basertifikat. Tutup pakai stiker dulu, daftar self declare sampai 31 Desember. Gratis dibantu pendamping. ✅",
 n=[
  ("Minimarket di Jalan Murakata Barabai menggelar diskon akhir tahun. Keripik dan kue kering produk lokal diberi rak depan.",
   "a shop promotion; no label check", 3.1, "hst", None),
  ("Di Birayang, pembuat keripik pisang sudah mendaftar sertifikat halal sejak Oktober. Katanya tinggal menunggu verifikasi pendamping.",
   "a producer's own registration, another place, no inspection", 5.5, "hst", None),
  ("Kemenag HST hari ini menggelar bimbingan perkawinan untuk 40 calon pengantin di Barabai.",
   "the same office, another activity", 1.2, "hst", None),
 ],
 b=[]),

dict(id="a38", src="diskominfo-kalsel", pub="2026-11-16 13:35", reg=None,
 title="Hoaks Sertifikat Halal Berbayar Rp3 Juta Lewat Tautan, Jalur Self Declare Gratis",
 text="""BANJARBARU – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan menyatakan pesan berantai tentang sertifikat halal berbayar Rp3 juta melalui sebuah tautan pendaftaran sebagai hoaks. Pesan itu beredar di grup percakapan pelaku usaha sejak Sabtu (14/11/2026), dan tim Diskominfo menemukan tiga tautan palsu yang meniru tampilan situs resmi.

“Sertifikasi halal jalur pernyataan mandiri untuk usaha mikro tidak dipungut biaya dan didaftarkan melalui pendamping resmi. Jangan mengisi data di tautan yang tidak jelas,” tegas Kepala Bidang Pengelolaan Informasi Publik Diskominfo Kalsel, Irma Yuliani.

Ketiga tautan telah dilaporkan untuk diblokir. Pelaku usaha yang telanjur mengirim data atau uang diminta segera melapor ke kantor Kemenag kabupaten/kota dan kepolisian terdekat. (mc-kalsel/fr)""",
 s="Diskominfo Kalsel: pesan berantai sertifikat halal berbayar Rp3 juta lewat tautan (beredar sejak Sabtu 14/11) adalah hoaks; tiga tautan palsu dilaporkan untuk diblokir. Self declare untuk usaha mikro gratis, lewat pendamping resmi.",
 l=("Sertifikat Halal Rp3 Juta Lewat Link? Itu Hoaks",
    "Diskominfo Kalsel memastikan pesan berantai tentang sertifikat halal berbayar Rp3 juta yang beredar di grup pelaku usaha sejak Sabtu (14/11) adalah hoaks. Tim menemukan tiga tautan palsu yang meniru situs resmi dan sudah melaporkannya untuk diblokir.\n\nMenurut Kabid Pengelolaan Informasi Publik, Irma Yuliani, jalur self declare bagi usaha mikro gratis dan didaftarkan lewat pendamping resmi. Yang telanjur mengirim data atau uang diminta melapor ke Kemenag kabupaten/kota dan kepolisian."),
 p="Jangan tatipu dangsanak! Pesan berantai sertifikat halal bayar Rp3 juta lewat link itu HOAKS jar Diskominfo Kalsel. Ada talu link palsu mirip situs resmi, sudah dilapor gasan diblokir. Self declare gasan usaha mikro gratis, lewat pendamping resmi. Nang sudah takirim duit, lapor ka Kemenag wan polisi. ❌",
 n=[
  ("Hoaks bantuan modal UMKM Rp5 juta lewat tautan kembali beredar di grup WhatsApp pedagang Kandangan. Dinas Koperasi HSS memastikan tidak ada program itu.",
   "another hoax (business grant), another office", 4.2, "hss", None),
  ("Teman saya di Amuntai sudah transfer Rp1,5 juta ke orang yang mengaku bisa mempercepat sertifikat halal. Sekarang nomornya tidak aktif. Sudah lapor polisi.",
   "one victim's story of a different swindle, no hoax clarification", 8.3, "hsu", None),
  ("Diskominfo Kalsel menggelar kelas literasi digital untuk 60 pelaku UMKM di Banjarbaru hari ini, materinya cara mengenali tautan palsu.",
   "the same office, a literacy class", 10.1, "bjb", None),
 ],
 b=[("Ada yang dapat pesan soal daftar sertifikat halal bayar Rp3 juta lewat link? Ini resmi atau bukan ya? Jangan diklik dulu.",
     "a question about the chain message before the clarification", -1.5)]),

dict(id="a39", src="pemkab-tanah-laut", pub="2026-11-27 10:05", reg="tala",
 title="300 Rumah di Angsau Jadi Percontohan Meter Air Prabayar Mulai 30 November",
 text="""PELAIHARI – Perumda Air Minum Tanah Laut akan memasang meter air prabayar di 300 rumah pelanggan di Kelurahan Angsau sebagai percontohan mulai Senin (30/11/2026). Pelanggan mengisi pulsa air seperti token listrik, sehingga pemakaian dan tagihan bisa dikendalikan sendiri. Seluruh meter prabayar telah ditera dan disegel sebelum dipasang.

“Keluhan soal tagihan membengkak paling banyak datang dari Angsau. Dengan sistem prabayar, warga tahu persis berapa meter kubik yang dipakai,” kata Direktur Perumda Air Minum Tanah Laut, H. Bahrul Ilmi.

Pemasangan tidak dipungut biaya. Pelanggan yang rumahnya terpilih sudah menerima surat pemberitahuan dari kelurahan. Bila uji coba berhasil, meter prabayar akan diperluas ke Kelurahan Karang Taruna pada pertengahan 2027. (tala/rm)""",
 s="Perumda Air Minum Tala pasang meter air prabayar di 300 rumah Kelurahan Angsau mulai Senin 30/11, gratis; isi pulsa air seperti token listrik. Meter sudah ditera dan disegel. Jika berhasil, Karang Taruna pertengahan 2027.",
 l=None,
 p="Warga Angsau, 300 rumah kena dipasangi meteran banyu prabayar mulai Senin 30/11, gratis. Isi pulsa banyu kaya token listrik, jadi kawa maatur pamakaian saurang. Meterannya sudah ditera wan disegel. Nang rumahnya tapilih sudah dapat surat matan kelurahan. 💧 #Pelaihari",
 n=[
  ("Pagi ini petugas Perumda mulai memasang meter prabayar di Jalan Datu Insan Angsau. Sampai siang sudah 42 rumah, warga diajari cara mengisi pulsa air.",
   "the first installation day, a later step told on its own", 3.0, "tala", None),
  ("Token listrik prabayar bisa dibeli di kantor pos Pelaihari tanpa biaya admin selama Desember. Ini untuk listrik PLN, bukan air.",
   "electricity tokens; not water meters", 2.0, "tala", None),
  ("Warga Karang Taruna bertanya kapan kebagian meter air prabayar. Kata petugas kelurahan, belum ada jadwal resmi, tunggu hasil uji coba dulu.",
   "a question from another kelurahan; explicitly no schedule", 6.4, "tala", None),
 ],
 b=[("Sudah terima surat dari kelurahan soal meteran banyu prabayar? Di RT kami dibagi kemarin, tapi banyak yang belum paham caranya.",
     "residents discussing the notice letter before the release", -1.1)]),

dict(id="a40", src="pemkab-tanah-bumbu", pub="2026-11-23 14:20", reg="tanbu",
 title="BPSK Tanah Bumbu Mulai Terima Pengaduan di Mal Pelayanan Publik Batulicin",
 text="""BATULICIN – Badan Penyelesaian Sengketa Konsumen (BPSK) Kabupaten Tanah Bumbu mulai menerima pengaduan konsumen pada Senin (23/11/2026) di gerai Mal Pelayanan Publik Batulicin. Pada hari pertama, sekretariat menerima enam pengaduan, empat di antaranya terkait penarikan kendaraan oleh perusahaan pembiayaan.

“Selama ini warga Tanah Bumbu harus ke Banjarmasin atau Banjarbaru untuk mengadu. Sekarang cukup datang ke MPP,” kata Ketua BPSK Tanah Bumbu, Rahmat Hidayatullah.

Gerai BPSK buka setiap Senin sampai Kamis pukul 08.00–15.00 WITA. Pengadu diminta membawa fotokopi identitas, bukti transaksi dan kronologi tertulis. Sidang pertama dijadwalkan dua pekan setelah berkas dinyatakan lengkap. Seluruh layanan BPSK tidak dipungut biaya, termasuk mediasi dan sidang arbitrase. (tanbu/ah)""",
 s="BPSK Tanah Bumbu mulai terima pengaduan di gerai MPP Batulicin, Senin 23/11; hari pertama 6 aduan, 4 soal penarikan kendaraan oleh leasing. Buka Senin–Kamis 08.00–15.00; bawa identitas, bukti transaksi, kronologi.",
 l=None,
 p="Urang Tanbu wayahini kada usah jauh-jauh ka Banjarmasin bila handak mangadu sengketa konsumen. BPSK Tanah Bumbu sudah buka di MPP Batulicin, Senin tadi. Hari partama anam aduan, ampat soal motor ditarik leasing. Buka Senin sampai Kamis, jam 8 sampai 3. Bawa KTP, bukti wan kronologi. ⚖️ #TanahBumbu",
 n=[
  ("Mal Pelayanan Publik Batulicin menambah gerai Samsat mulai hari ini. Warga bisa membayar pajak kendaraan tanpa ke kantor Samsat.",
   "a new Samsat counter at the same MPP", 2.1, "tanbu", None),
  ("Sidang pertama BPSK Tanah Bumbu hari ini memeriksa sengketa penarikan mobil pikap warga Satui. Putusan dibacakan pekan depan.",
   "the first hearing, a later event", 11.1, "tanbu", None),
  ("Motor saya ditarik leasing di Simpang Empat padahal baru telat satu bulan. Mau ke mana mengadunya ya? Ada yang pernah berhasil?",
   "a resident's question; no mention of the opening", 4.3, "tanbu", None),
 ],
 b=[]),

dict(id="a41", src="pemkab-hss", pub="2026-11-21 10:50", reg="hss",
 title="Tiga Pedagang Ayam Tiren di Pasar Kandangan Kedapatan, Daging Dimusnahkan",
 text="""KANDANGAN – Tim gabungan Dinas Pertanian, Dinas Perdagangan dan Satpol PP Kabupaten Hulu Sungai Selatan menggelar sidak daging ayam di Pasar Kandangan pada Jumat (20/11/2026) pukul 04.30 WITA. Tiga pedagang kedapatan menjual ayam tiren atau ayam mati kemarin sebanyak 86 ekor, yang dicampur dengan ayam potong segar.

“Ayam tiren tidak halal dan berbahaya bagi kesehatan. Ciri-cirinya kulit kebiruan, daging merah gelap dan berbau,” kata Kepala Dinas Pertanian HSS, drh. Hamdani Sulaiman.

Daging ayam tiren langsung dimusnahkan di tempat. Ketiga pedagang dibina dan menandatangani surat pernyataan; jika mengulangi, izin lapaknya dicabut. Sidak dadakan serupa akan digelar berkala di pasar kecamatan tanpa pemberitahuan. (mc-hss/nr)""",
 s="Sidak subuh tim gabungan HSS di Pasar Kandangan (Jumat 20/11): 3 pedagang jual 86 ekor ayam tiren dicampur ayam segar. Daging dimusnahkan; pedagang teken surat pernyataan, lapak dicabut bila mengulang. Sidak dadakan berlanjut di pasar kecamatan.",
 l=("Sidak Subuh di Pasar Kandangan Temukan 86 Ekor Ayam Tiren",
    "Tim gabungan Dinas Pertanian, Dinas Perdagangan dan Satpol PP HSS mendatangi Pasar Kandangan pukul 04.30 Wita pada Jumat (20/11). Tiga pedagang kedapatan menjual 86 ekor ayam tiren yang dicampur dengan ayam potong segar.\n\nKadis Pertanian drh. Hamdani Sulaiman mengingatkan ayam tiren tidak halal dan berbahaya; cirinya kulit kebiruan, daging merah gelap dan berbau. Daging dimusnahkan di tempat, pedagang menandatangani surat pernyataan dan terancam kehilangan lapak, dan sidak dadakan akan digelar di pasar kecamatan."),
 p="Astaghfirullah, di Pasar Kandangan tadapat 86 ikung hayam tiren dicampur lawan hayam hanyar dipotong! Sidak subuh hari Jumat, talu padagang. Dagingnya langsung dimusnahkan. Ciri hayam tiren: kulit kabiruan, daging habang gelap, bahambu. Tiring baik-baik sabalum manukar lah. 🐔",
 n=[
  ("Harga ayam potong di Pasar Kandangan hari ini Rp38.000 per kilogram, naik Rp2.000. Pedagang bilang pasokan dari peternak Angkinang berkurang.",
   "chicken prices at the same market; no sweep", 2.3, "hss", None),
  ("Sidak ayam di Pasar Angkinang pagi ini tidak menemukan ayam tiren. Petugas hanya mengingatkan pedagang soal kebersihan meja potong.",
   "a later surprise check in Angkinang with nothing found, its own event", 9.1, "hss", None),
  ("Satpol PP HSS tadi pagi menertibkan 14 lapak pedagang kaki lima di depan Pasar Kandangan yang memakan badan jalan.",
   "the same agency at the same market, street-vendor clearance", 5.2, "hss", None),
 ],
 b=[]),

dict(id="a42", src="pemkab-hsu", pub="2026-11-04 09:20", reg="hsu",
 title="Meter Air di 1.150 Rumah Amuntai Dibaca dengan Foto, Pelanggan Bisa Cocokkan Angka",
 text="""AMUNTAI – Perumda Air Minum Hulu Sungai Utara mulai memakai pencatatan meter air berbasis foto untuk 1.150 pelanggan di Kelurahan Sungai Malang dan Antasari sejak Selasa (3/11/2026). Petugas pencatat memotret angka meter, dan foto itu dicetak pada lembar tagihan bulan berikutnya.

“Keluhan terbanyak pelanggan adalah angka meter yang ditebak petugas. Dengan foto, pelanggan bisa mencocokkan sendiri,” kata Direktur Perumda Air Minum HSU, Ir. H. Mahfuzh Riyadi.

Bila angka di foto berbeda dengan meter di rumah, pelanggan dapat mengajukan koreksi di loket Perumda paling lambat tanggal 20 setiap bulan. Pencatatan berbasis foto akan diperluas ke seluruh Kecamatan Amuntai Tengah pada Februari 2027. (hsu/ms)""",
 s="Perumda Air Minum HSU catat meter air 1.150 pelanggan Sungai Malang & Antasari pakai foto sejak Selasa 3/11; foto dicetak di tagihan. Koreksi di loket paling lambat tgl 20. Seluruh Amuntai Tengah Februari 2027.",
 l=None,
 p="Pelanggan PDAM di Sungai Malang wan Antasari, angka meteran banyu pian wayahini difoto patugas, fotonya dicetak di tagihan. 1.150 rumah, mulai Salasa. Bila kada cucuk lawan meteran di rumah, ajuakan koreksi di loket sampai tanggal 20. Kaina Februari saluruh Amuntai Tengah. 📸",
 n=[
  ("Air PDAM di Kelurahan Antasari keruh sejak kemarin setelah hujan deras. Perumda menyebut air baku dari Sungai Tabalong sedang tinggi lumpurnya.",
   "murky water in the same kelurahan; no meter reading", 2.2, "hsu", None),
  ("Perumda Air Minum HSU menambah 1.150 sambungan baru di Kecamatan Haur Gading tahun ini, kata petugas saat rapat desa.",
   "new connections with the same figure 1.150 in another kecamatan", 9.4, "hsu", None),
  ("Tagihan air bulan ini sudah ada foto meteran, tapi angkanya buram. Ada yang sama? Saya mau ke loket besok.",
   "a customer's comment about a blurred photo; no programme facts", 12.3, "hsu", None),
 ],
 b=[]),
]
