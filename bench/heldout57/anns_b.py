# -*- coding: utf-8 -*-
"""Hand-written releases a15-a28 of heldout57 (same fields as anns_a.py)."""

ANNS = [
dict(id="a15", src="dekranasda-kalsel", at="11-16 16:50",
     slug="30-perajin-belajar-membuat-miniatur-rumah-bubungan-tinggi",
     title="30 Perajin Belajar Membuat Miniatur Rumah Bubungan Tinggi",
     text="""BANJARMASIN – Dewan Kerajinan Nasional Daerah (Dekranasda) Provinsi Kalimantan Selatan melatih 30 perajin kayu membuat miniatur rumah Banjar Bubungan Tinggi. Pelatihan berlangsung {D:11-16} hingga {D:11-18} di Balai Dekranasda Kalsel, Banjarmasin.

Peserta berasal dari Banjarmasin, Banjar, Banjarbaru dan Barito Kuala. Mereka belajar membuat miniatur berukuran 20 sentimeter dari kayu pinus bekas peti kemas yang ringan dan murah, sehingga mudah dibawa wisatawan. “Bubungan Tinggi adalah wajah Banjar. Kalau miniaturnya rapi dan harganya terjangkau, ia bisa menjadi oleh-oleh utama Kalsel,” ujar Ketua Harian Dekranasda Kalsel, Hj. Siti Mardiah Hasan.

Setiap peserta pulang membawa satu set alat ukir. Dekranasda akan membeli 300 miniatur pertama dari peserta untuk dijual di galeri Dekranasda mulai Januari 2027. (dekranasda/sm)""",
     S="Dekranasda Kalsel melatih 30 perajin kayu membuat miniatur rumah Bubungan Tinggi 20 cm (16–18 November, Balai Dekranasda); 300 miniatur pertama dibeli untuk galeri mulai Januari 2027.",
     P="Ada 30 perajin kayu matan Banjarmasin, Banjar, Banjarbaru wan Batola balajar maulah miniatur rumah Bubungan Tinggi di Balai Dekranasda, tiga hari. Ukurannya 20 senti, pakai kayu pinus bekas peti, ringan gasan oleh-oleh. Dekranasda handak manukar 300 miniatur partama. Mantap!",
     N=[
      dict(at="11-19 10", kim="kim-berangas", text="Seorang perajin di Berangas sudah 11 tahun membuat miniatur kelotok dan jukung dari kayu bekas. Harganya Rp85 ribu sampai Rp400 ribu, pembelinya kebanyakan turis dari Jawa.", differs="a craftsman's own story, other miniatures"),
      dict(at="11-25 16", kim="kim-berangas", text="Balai Dekranasda Kalsel kemarin dipakai untuk pelatihan pewarnaan alami sasirangan bagi 25 ibu-ibu PKK Batola.", differs="same venue, another training for other participants"),
      dict(at="11-30 13", kim="kim-sungai-batang", text="Sekolah kami mengadakan lomba membuat miniatur rumah adat Banjar dari stik es krim untuk kelas 5 dan 6. Ada 30 karya yang dipamerkan di aula sekolah.", differs="a school contest with 30 entries"),
     ],
     B=[]),

dict(id="a16", src="dispar-kalsel", at="11-18 13:30",
     slug="tiga-event-kalsel-masuk-kharisma-event-nusantara-2027",
     title="Tiga Event Kalsel Masuk Kharisma Event Nusantara 2027",
     text="""BANJARBARU – Tiga event dari Kalimantan Selatan masuk daftar Kharisma Event Nusantara (KEN) 2027 yang diumumkan Kementerian Pariwisata di Jakarta pada {D:11-17}. Ketiganya ialah Festival Lanting Amandit di Hulu Sungai Selatan, Festival Intan Cempaka di Banjarbaru dan Pesona Laut Pagatan di Tanah Bumbu.

Kalsel mengusulkan tujuh event tahun ini. Event yang masuk KEN mendapat promosi nasional dan pendampingan penyelenggaraan dari kementerian. “Masuk KEN artinya tanggal harus pasti dan kualitas harus naik. Panitia tidak boleh lagi menggeser jadwal seenaknya,” kata Kepala Dinas Pariwisata Kalsel, Dr. Muhammad Syarifuddin.

Dispar Kalsel akan memanggil panitia ketiga event pada awal Desember untuk menyusun rencana kerja. Empat event yang belum lolos akan dibina untuk diusulkan kembali tahun depan. (dispar/ad)""",
     S="Tiga event Kalsel masuk Kharisma Event Nusantara 2027 (diumumkan Selasa 17/11): Festival Lanting Amandit (HSS), Festival Intan Cempaka (Banjarbaru), Pesona Laut Pagatan (Tanbu); dari tujuh usulan.",
     L="Kemenpar mengumumkan daftar Kharisma Event Nusantara 2027 di Jakarta, Selasa 17 November. Dari tujuh usulan Kalsel, tiga lolos: Festival Lanting Amandit (HSS), Festival Intan Cempaka (Banjarbaru) dan Pesona Laut Pagatan (Tanah Bumbu). Event KEN mendapat promosi nasional dan pendampingan; Kadispar Dr. Muhammad Syarifuddin mengingatkan tanggal tidak boleh digeser. Panitia dipanggil awal Desember untuk rencana kerja; empat yang belum lolos dibina untuk usulan tahun depan.",
     P="Alhamdulillah, tiga event Kalsel masuk KEN 2027: Festival Lanting Amandit, Festival Intan Cempaka wan Pesona Laut Pagatan. Matan tujuh nang diusulakan. Panitia jangan lagi manggeser-geser tanggal lah, sudah tingkat nasional ini 😁",
     N=[
      dict(at="11-20 09", kim="kim-hamalau", text="Panitia Festival Lanting Amandit mengumumkan lomba desain poster untuk festival tahun depan. Hadiah total Rp7 juta, karya dikirim sampai 31 Desember.", differs="the festival committee's own poster contest, not the KEN listing"),
      dict(at="12-02 14", kim="kim-sungai-tiung", text="Panitia Festival Intan Cempaka hari ini rapat di Dispar Kalsel bersama panitia dua festival lain. Dibahas rencana kerja dan tanggal pasti: Festival Intan Cempaka 2027 jatuh 14–16 Agustus.", differs="the December meeting with the committees (later step) told as its own news"),
      dict(at="11-27 18", kim="kim-kota-pagatan", text="Tahun 2025 Pesona Laut Pagatan sempat diundur dua minggu karena cuaca. Warga berharap tahun ini tidak terulang, apalagi lomba perahu hiasnya selalu ditunggu.", differs="recollection of last year's edition"),
      dict(at="11-22 10", kim="kim-loktabat-utara", text="Banyak yang bilang Banjarbaru punya tujuh event besar tahun depan. Itu data kalender event kota, bukan daftar KEN ya. Cek lagi sumbernya sebelum dibagikan.", differs="a clarification about a city calendar with another seven"),
     ],
     B=[
      dict(at="11-16 21", kim="kim-hamalau", text="Katanya besok pengumuman event nasional dari kementerian. Semoga Festival Lanting Amandit masuk, kami sudah kirim video dan proposal dari bulan Agustus.", differs="a hope the evening before the announcement"),
     ]),

dict(id="a17", src="pemkot-banjarbaru", at="11-09 11:05",
     slug="penyelenggara-event-wajib-daftar-di-agenda-idaman",
     title="Penyelenggara Event Wajib Daftar di Agenda Idaman",
     text="""BANJARBARU – Pemerintah Kota Banjarbaru mewajibkan setiap penyelenggara event umum mendaftarkan acaranya di portal Agenda Idaman paling lambat 14 hari sebelum pelaksanaan. Aturan ini berlaku mulai {D:12-01} untuk konser, bazar, lomba lari, pameran dan festival.

Sepanjang 2026 Pemkot mencatat 58 event besar, dan beberapa di antaranya berlangsung pada hari yang sama di jalan yang berdekatan sehingga menimbulkan kemacetan. Portal akan menampilkan kalender terbuka sehingga warga dan wisatawan bisa melihat jadwal. “Kami tidak mempersulit izin. Kami hanya ingin tidak ada dua acara besar bertabrakan di Jalan A. Yani,” ujar Asisten Perekonomian dan Pembangunan Setdako Banjarbaru, Drs. Ahmad Zulfikar.

Penyelenggara yang tidak mendaftar tetap dilayani, tetapi tidak mendapat dukungan pengamanan dan promosi dari Pemkot. (humas-bjb/na)""",
     S="Mulai 1 Desember, penyelenggara event umum di Banjarbaru wajib mendaftar di portal Agenda Idaman paling lambat 14 hari sebelum acara; tahun ini tercatat 58 event besar.",
     L="Pemkot Banjarbaru mewajibkan konser, bazar, lomba lari, pameran dan festival didaftarkan di portal Agenda Idaman paling lambat 14 hari sebelum pelaksanaan, berlaku mulai Selasa 1 Desember. Alasannya, dari 58 event besar tahun 2026 beberapa bertabrakan di jalan berdekatan. Portal menampilkan kalender terbuka untuk warga dan wisatawan. Yang tidak mendaftar tetap dilayani, tetapi tanpa dukungan pengamanan dan promosi Pemkot.",
     P="Gasan panitia acara di Banjarbaru: mulai 1 Desember konser, bazar, lomba lari, pameran harus didaftarakan di portal Agenda Idaman, paling lambat 14 hari sabalumnya. Tahun ini ada 58 event ganal, ada nang batabrakan di jalan nang parak. Ayo tartib, supaya kada macet 🚗",
     N=[
      dict(at="11-12 19", kim="kim-guntung-manggis", text="Lomba lari 10K Banjarbaru tanggal 22 November menutup sebagian Jalan A. Yani dari pukul 05.30 sampai 09.00. Pengendara diminta lewat jalan alternatif.", differs="one race's road closure, not the registration rule"),
      dict(at="11-14 10", kim="kim-loktabat-utara", text="Kelurahan kami mengadakan bazar UMKM setiap Minggu pagi di halaman kantor kelurahan. Tidak perlu daftar, cukup bawa meja sendiri.", differs="a kelurahan's own weekly bazaar"),
      dict(at="11-30 15", kim="kim-sungai-tiung", text="Data Dinas Perhubungan: 58 titik parkir liar ditertibkan di Banjarbaru sepanjang November. Jukir tanpa rompi resmi akan diamankan.", differs="the same figure (58) meaning parking spots"),
     ],
     B=[]),

dict(id="a18", src="pemkab-tanah-laut", at="11-26 15:10",
     slug="sinkronisasi-24-event-pantai-tanah-laut-2027",
     title="Sinkronisasi 24 Event Pantai Tanah Laut 2027",
     text="""PELAIHARI – Dinas Kepemudaan, Olahraga dan Pariwisata Tanah Laut menggelar rapat sinkronisasi 24 event pantai tahun 2027 pada {D:11-25} di Aula Bappelitbangda Tanah Laut. Rapat dihadiri pengelola Pantai Batakan, Takisung, Swarangan, Tabanio dan Pagatan Besar serta pemerintah desa.

Hasil rapat menyepakati tidak boleh ada dua event pantai pada akhir pekan yang sama, kecuali event kecil di bawah 500 pengunjung. Event dengan jumlah pengunjung terbesar, Festival Pantai Takisung, ditetapkan pada Juli 2027. “Selama ini pengunjung terbelah karena acara digelar bersamaan. Dengan kalender bersama, setiap pantai mendapat gilirannya,” kata Kepala Dispora Par Tanah Laut, H. Ahmad Riduan.

Draf kalender event pantai 2027 akan diumumkan pada 15 Desember 2026 dan dibagikan kepada agen perjalanan di Banjarmasin. (kominfo-tala/ek)""",
     S="Rapat sinkronisasi (Rabu 25/11) menata 24 event pantai Tanah Laut 2027: tidak boleh dua event pantai pada akhir pekan yang sama; draf kalender diumumkan 15 Desember.",
     P="Bubuhan pengelola pantai di Tala sudah bapakat: 24 event pantai tahun 2027 kada bulih barengan di akhir pekan nang sama, kacuali acara halus. Festival Pantai Takisung dibari bulan Juli. Draf kalender kaluar 15 Desember. Jadi pengunjung kada tabagi-bagi lagi 🏖️",
     N=[
      dict(at="11-28 10", kim="kim-kurau", text="Aula Bappelitbangda Tanah Laut kemarin dipakai untuk konsultasi publik RPJMD. Ada 24 organisasi masyarakat yang memberi masukan.", differs="same hall, another meeting, another 24"),
      dict(at="11-29 09", kim="kim-kurau", text="Pantai Kurau belum punya acara tahunan. Karang taruna mengusulkan lomba layang-layang kecil pada Agustus, tapi masih menunggu dana desa.", differs="a village's hope for its own event"),
      dict(at="12-01 16", kim="kim-tabanio", text="Tahun ini Festival Tabanio bentrok dengan acara di Batakan, jadi pengunjung sepi. Semoga tahun depan jadwalnya lebih baik, kata pedagang.", differs="a complaint about this year's clash, no decision"),
      dict(at="11-30 12", kim="kim-kurau", text="Info yang beredar bahwa semua event pantai 2027 dipindah ke Batakan tidak benar. Belum ada kalender resmi, tunggu pengumuman dinas.", differs="a denial of a rumour"),
     ],
     B=[
      dict(at="11-24 20", kim="kim-batakan", text="Pengelola pantai besok diundang ke Pelaihari untuk membahas jadwal event tahun depan. Warga yang punya usul acara silakan sampaikan ke pambakal malam ini.", differs="invitation the evening before the meeting"),
     ]),

dict(id="a19", src="pemkot-banjarmasin", at="11-12 14:20",
     slug="paket-susur-sungai-malam-mulai-13-november",
     title="Paket Susur Sungai Malam Mulai 13 November",
     text="""BANJARMASIN – Pemerintah Kota Banjarmasin membuka paket wisata susur sungai malam mulai {D:11-13}. Paket berlangsung 90 menit dari Dermaga Siring Menara Pandang melewati Jembatan Merdeka, Masjid Sabilal Muhtadin hingga kawasan Kampung Biru di Sungai Pangeran.

Tarifnya Rp40.000 per orang dan sudah termasuk teh hangat serta kue khas Banjar. Enam kelotok disiapkan dengan kapasitas masing-masing 20 penumpang dan berangkat pukul 19.30 serta 21.00 setiap Jumat, Sabtu dan Minggu. “Kota sungai paling indah di malam hari. Kami ingin wisatawan tidak pulang sebelum melihatnya,” kata Wakil Wali Kota Banjarmasin, H. Arifin Noor.

Setiap penumpang wajib memakai pelampung, dan perjalanan dibatalkan jika hujan deras. Pemesanan dapat dilakukan di loket dermaga mulai pukul 17.00. (diskominfo-bjm/pt)""",
     S="Banjarmasin membuka paket susur sungai malam 90 menit dari Siring Menara Pandang mulai Jumat 13/11: Rp40.000 per orang, enam kelotok, berangkat 19.30 dan 21.00 setiap Jumat–Minggu.",
     L="Mulai Jumat 13 November Pemkot Banjarmasin menjual paket susur sungai malam: 90 menit dari Dermaga Siring Menara Pandang lewat Jembatan Merdeka, Masjid Sabilal Muhtadin sampai Kampung Biru di Sungai Pangeran. Tarif Rp40.000 per orang termasuk teh dan kue Banjar. Enam kelotok berkapasitas 20 penumpang berangkat pukul 19.30 dan 21.00 setiap Jumat, Sabtu, Minggu. Pelampung wajib, perjalanan batal bila hujan deras, loket buka pukul 17.00.",
     P="Malam minggu handak ka mana? Mulai 13 November ada paket susur sungai malam matan Siring Menara Pandang, 90 menit lewat Jembatan Merdeka, Sabilal sampai Kampung Biru. Rp40 ribu haja, dapat teh panas wan wadai. Berangkat jam 19.30 wan 21.00, Jumat sampai Minggu. Jangan kada pakai pelampung lah! 🛶✨",
     N=[
      dict(at="11-14 21", kim="kim-pengambangan", text="Malam ini di Siring Menara Pandang ada konser musik panting dan lampu hias. Pengunjung padat sampai pukul 22.00, parkir penuh sampai Jalan Pierre Tendean.", differs="a concert at the same place the same weekend"),
      dict(at="11-19 10", kim="kim-mantuil", text="Paket susur sungai siang ke Pasar Terapung Lok Baintan dari Dermaga Kembang Setaman masih jalan setiap Minggu subuh. Tarif Rp75 ribu, berangkat pukul 05.30.", differs="the older morning floating-market trip, other jetty, other price"),
      dict(at="11-22 08", kim="kim-sungai-jingah", text="Kampung Biru di Sungai Pangeran kemarin mendapat cat baru dari CSR bank. Warga berharap wisatawan yang lewat perahu mau mampir membeli kue.", differs="a painting project in the destination village"),
      dict(at="11-16 20", kim="kim-basirih", text="Sabtu malam dua kelotok susur malam batal berangkat karena hujan deras. Penumpang yang sudah bayar Rp40 ribu diberi tiket untuk minggu depan. Sabar ya semuanya.", differs="one weekend's cancellations, a report after the launch"),
     ],
     B=[
      dict(at="11-11 20", kim="kim-sungai-jingah", text="Tadi malam ada uji coba kelotok berlampu dari Siring ke Sungai Pangeran. Katanya mau dibuka untuk umum, tapi harganya belum tahu.", differs="a test run seen the night before the release"),
     ]),

dict(id="a20", src="pemkab-batola", at="11-07 10:15",
     slug="paket-wisata-susur-barito-jejangkit-setiap-sabtu",
     title="Paket Wisata Susur Barito–Jejangkit Setiap Sabtu",
     text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala meluncurkan paket wisata Susur Barito–Jejangkit yang berangkat setiap Sabtu mulai {D:11-14}. Perjalanan lima jam dimulai dari Dermaga Marabahan menyusuri Sungai Barito menuju Desa Jejangkit Muara dan kembali sebelum pukul 14.00.

Wisatawan diajak melihat kampung di atas air, kebun rambai dan pembuatan kerupuk ikan haruan, lalu makan siang di rumah warga. Tarif Rp135.000 per orang termasuk makan siang dan pelampung, dengan kuota 24 orang per keberangkatan. “Barito bukan hanya jalur tongkang. Ada kehidupan dan rasa yang layak dikunjungi,” kata Kepala Disbudpar Barito Kuala, Hj. Siti Khadijah Rahman.

Pemesanan dilakukan melalui Pokdarwis Jejangkit Muara paling lambat Kamis sebelum keberangkatan. Disbudpar juga menyiapkan paket khusus rombongan sekolah mulai tahun depan. (prokom-batola/nh)""",
     S="Paket wisata Susur Barito–Jejangkit (Batola) berangkat setiap Sabtu mulai 14/11 dari Dermaga Marabahan: lima jam, Rp135.000 termasuk makan siang, kuota 24 orang.",
     P="Ayo bailang ka Jejangkit! Mulai Sabtu 14 November ada paket Susur Barito matan Dermaga Marabahan, lima jam, malihat kampung di atas banyu, kabun rambai, maulah karupuk haruan, lalu makan siang di rumah warga. Rp135 ribu, sudah tamasuk makan wan pelampung. Pesan lewat Pokdarwis paling lambat hari Kamis.",
     N=[
      dict(at="11-10 15", kim="kim-berangas", text="Speedboat Marabahan–Banjarmasin mulai Senin menaikkan tarif menjadi Rp60 ribu karena harga BBM. Jadwal tetap pukul 07.00 dan 13.00 dari Dermaga Marabahan.", differs="a passenger speedboat fare at the same jetty"),
      dict(at="11-21 17", kim="kim-berangas", text="Kerupuk haruan dari Jejangkit sudah masuk minimarket di Marabahan. Harga per bungkus Rp24 ribu, kata ibu-ibu kelompok.", differs="a product of the same village in shops"),
      dict(at="11-15 12", kim="kim-jejangkit-muara", text="Sabtu kemarin rombongan pertama susur sungai datang, 19 orang, makan siang di rumah Acil Inur. Menu gangan haruan dan sambal acan. Terima kasih sudah berkunjung!", differs="report of the first trip by the host village (positive? no: a later local event)"),
      dict(at="11-18 09", kim="kim-tamban-catur", text="Susur sungai Tamban menuju Pulau Kaget bukan paket resmi ya, itu sewa perahu pribadi nelayan. Tarif tergantung kesepakatan. Hati-hati dan pakai pelampung.", differs="a private boat hire elsewhere"),
     ],
     B=[
      dict(at="11-05 14", kim="kim-berangas", text="Kabarnya Pemkab mau membuka wisata perahu dari Marabahan ke Jejangkit tiap minggu. Pokdarwis sudah latihan masak untuk tamu. Siapa yang mau ikut?", differs="hearsay two days before the launch release"),
     ]),

dict(id="a21", src="pemkab-hsu", at="11-21 09:40",
     slug="paket-susur-rawa-danau-panggang-diluncurkan",
     title="Paket Susur Rawa Danau Panggang Diluncurkan",
     text="""AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara meluncurkan paket wisata susur rawa Danau Panggang pada {D:11-20} di Dermaga Danau Panggang. Paket tiga jam ini mengajak wisatawan melihat rumah lanting, kandang itik Alabio terapung dan penangkapan ikan dengan tempirai.

Tarifnya Rp300.000 per perahu untuk paling banyak lima orang, termasuk pemandu dan pelampung. Ada delapan perahu bermesin kecil yang dikelola Pokdarwis Danau Panggang. “Rawa bukan halaman belakang. Ini ruang tamu kita yang paling unik,” ujar Bupati HSU melalui Sekretaris Daerah, H. Abdul Wahid Rasyid.

Paket tersedia setiap hari pukul 07.00 sampai 16.00 dan harus dipesan sehari sebelumnya. Disporapar HSU akan memasang papan informasi tarif dan jalur di dermaga pada pekan pertama Desember. (disporapar-hsu/mf)""",
     S="HSU meluncurkan paket susur rawa Danau Panggang (Jumat 20/11): tiga jam, Rp300.000 per perahu untuk maksimal lima orang, delapan perahu Pokdarwis; rumah lanting dan itik Alabio.",
     L="Paket susur rawa Danau Panggang diluncurkan Jumat 20 November di dermaga setempat. Selama tiga jam tamu melihat rumah lanting, kandang itik Alabio terapung dan penangkapan ikan pakai tempirai. Satu perahu Rp300.000 untuk maksimal lima orang, sudah dengan pemandu dan pelampung; delapan perahu dikelola Pokdarwis. Buka setiap hari 07.00–16.00, pesan sehari sebelumnya. Papan tarif dan jalur dipasang pekan pertama Desember.",
     P="Urang Amuntai, sudah tahu lah? Wayahini ada paket susur rawa di Danau Panggang, tiga jam naik parahu malihat rumah lanting, kandang itik Alabio, urang manangkap iwak pakai tempirai. Sabuting parahu Rp300 ribu gasan lima urang, ada pemandu wan pelampung. Pesan sahari sabalumnya lah 🦆",
     N=[
      dict(at="11-23 10", kim="kim-sungai-namang", text="Peternak itik di Sungai Namang mengeluh harga telur itik Alabio turun jadi Rp2.300 per butir. Pakan naik, telur turun, kata mereka.", differs="egg prices in a neighbouring village"),
      dict(at="11-24 16", kim="kim-sungai-namang", text="Paminggir dan Sungai Namang juga punya rawa yang indah, tapi belum ada paket wisata. Pemuda Sungai Namang mengusulkan perahu wisata ke musrenbang kecamatan bulan Januari.", differs="another village's proposal"),
      dict(at="12-04 11", kim="kim-danau-panggang", text="Papan informasi tarif dan jalur susur rawa sudah terpasang di dermaga pagi ini. Ada dua papan, satu di tangga naik dan satu di loket Pokdarwis.", differs="the first-week-of-December boards, later step"),
     ],
     B=[
      dict(at="11-19 15", kim="kim-sungai-namang", text="Perahu-perahu di dermaga Danau Panggang sedang dicat warna-warni. Katanya besok ada peluncuran wisata rawa oleh pejabat kabupaten.", differs="preparations the day before the launch"),
     ]),

dict(id="a22", src="pemprov-kalsel", at="11-03 11:30",
     slug="24-tenant-lolos-inkubator-ekraf-banua-2026",
     title="24 Tenant Lolos Inkubator Ekraf Banua 2026",
     text="""BANJARMASIN – Sebanyak 24 pelaku ekonomi kreatif lolos seleksi Inkubator Ekraf Banua 2026 dari 131 pendaftar. Nama-nama tenant diumumkan pada {D:11-02} di Gedung Mahligai Pancasila, Banjarmasin.

Para tenant bergerak di bidang kuliner, fesyen, kriya, aplikasi dan konten digital, dan berasal dari 11 kabupaten/kota. Mereka akan menjalani inkubasi empat bulan berupa kelas bisnis, pendampingan mentor dan akses pameran, serta menerima dana stimulan Rp10 juta. “Kami memilih yang produknya sudah jalan dan butuh dorongan untuk naik kelas, bukan yang masih berupa ide,” kata Asisten Perekonomian dan Pembangunan Setdaprov Kalsel, Dr. Hj. Rosita Mahyuni.

Kelas pertama dimulai 9 November di ruang kerja bersama milik Pemprov di Banjarbaru. Pada Maret 2027 tenant akan mempresentasikan hasilnya di hadapan calon investor. (biro-adpim/ra)""",
     S="Pemprov Kalsel mengumumkan 24 tenant Inkubator Ekraf Banua 2026 dari 131 pendaftar (Senin 2/11, Mahligai Pancasila): inkubasi empat bulan dan stimulan Rp10 juta; kelas pertama 9 November.",
     L="Dari 131 pendaftar, 24 pelaku ekraf (kuliner, fesyen, kriya, aplikasi, konten digital) dari 11 kabupaten/kota lolos Inkubator Ekraf Banua 2026. Pengumumannya Senin 2 November di Mahligai Pancasila. Empat bulan inkubasi: kelas bisnis, mentor, akses pameran dan stimulan Rp10 juta. Asisten II Dr. Hj. Rosita Mahyuni menyebut yang dipilih produk yang sudah berjalan. Kelas pertama 9 November di ruang kerja bersama Pemprov di Banjarbaru; presentasi ke calon investor Maret 2027.",
     P="Salamat gasan 24 urang pelaku ekraf nang lulus Inkubator Ekraf Banua, matan 131 nang badaftar! Ampat bulan balajar bisnis, ada mentor, ada pameran, dapat duit stimulan Rp10 juta. Kelas partama 9 November di Banjarbaru. Kada gasan nang masih ide haja, tapi nang produknya sudah bajalan.",
     N=[
      dict(at="11-09 15", kim="kim-loktabat-utara", text="Hari ini kelas pertama di ruang kerja bersama Pemprov di Banjarbaru ramai. Saya ikut sebagai mentor kemasan, tenant-tenantnya semangat sekali.", differs="the first class on 9 Nov, a later step"),
      dict(at="11-06 10", kim="kim-kandangan-kota", text="Program wirausaha muda Dispora HSS membuka pendaftaran 30 peserta usia 18–30 tahun. Ada modal usaha Rp10 juta bagi lima proposal terbaik.", differs="another programme with the same amount"),
      dict(at="11-11 19", kim="kim-pembataan", text="Saya sudah daftar inkubator provinsi tapi tidak lolos. Tidak apa, tahun depan coba lagi. Sekarang fokus jualan amplang di marketplace dulu.", differs="a rejected applicant's own post"),
     ],
     B=[]),

dict(id="a23", src="pemkot-banjarbaru", at="11-27 12:10",
     slug="demo-day-banjarbaru-kreatif-hub-raih-komitmen-rp340-juta",
     title="Demo Day Banjarbaru Kreatif Hub Raih Komitmen Rp340 Juta",
     text="""BANJARBARU – Dua belas tenant Banjarbaru Kreatif Hub mempresentasikan usahanya di hadapan calon investor dalam demo day pada {D:11-26} di Balai Kota Banjarbaru. Acara ini menutup masa inkubasi enam bulan yang dimulai Mei lalu.

Lima investor lokal menyatakan komitmen pendanaan dan kerja sama senilai Rp340 juta kepada tujuh tenant, terutama usaha kuliner beku, perhiasan perak dan jasa animasi. “Tenant kita sudah bisa bicara angka, bukan hanya cerita. Itu kemajuan besar dalam enam bulan,” ujar Wali Kota Banjarbaru melalui Kepala Bappeda, Ir. Nurul Fahmi.

Pemkot akan membuka pendaftaran angkatan ketiga Banjarbaru Kreatif Hub pada Februari 2027 untuk 15 tenant. Tenant angkatan kedua tetap boleh memakai ruang kerja bersama hingga akhir Maret. (humas-bjb/fz)""",
     S="Demo day Banjarbaru Kreatif Hub (Kamis 26/11, Balai Kota): 12 tenant presentasi, lima investor lokal berkomitmen Rp340 juta untuk tujuh tenant; angkatan ketiga dibuka Februari 2027.",
     L="Enam bulan inkubasi Banjarbaru Kreatif Hub ditutup dengan demo day di Balai Kota, Kamis 26 November. Dua belas tenant presentasi; lima investor lokal menyatakan komitmen pendanaan dan kerja sama Rp340 juta untuk tujuh tenant (kuliner beku, perhiasan perak, jasa animasi). Kepala Bappeda Ir. Nurul Fahmi menilai tenant sudah bisa bicara angka. Angkatan ketiga (15 tenant) dibuka Februari 2027; angkatan kedua boleh memakai ruang kerja bersama sampai akhir Maret.",
     P="Mantap bubuhan tenant Banjarbaru Kreatif Hub! Tadi di Balai Kota 12 tenant presentasi, lima investor lokal bajanji Rp340 juta gasan tujuh usaha: makanan beku, perak, animasi. Angkatan katiga dibuka Februari 2027. Siapa handak umpat? 🚀",
     N=[
      dict(at="11-28 10", kim="kim-guntung-manggis", text="Balai Kota Banjarbaru hari ini dipakai untuk penyerahan bantuan 12 gerobak UMKM dari Baznas. Penerimanya pedagang kecil di Landasan Ulin.", differs="same venue, another handover with 12"),
      dict(at="12-01 09", kim="kim-sungai-tiung", text="Salah satu tenant animasi dari Cempaka mendapat kontrak membuat video profil desa senilai Rp34 juta. Ini kontrak pertama mereka sejak lulus inkubasi.", differs="one tenant's later own contract"),
      dict(at="11-29 20", kim="kim-loktabat-utara", text="Ada yang bilang semua tenant dapat Rp340 juta. Bukan begitu, itu total komitmen untuk tujuh tenant dan belum semuanya cair. Jangan salah paham.", differs="a correction of a misunderstanding, later"),
     ],
     B=[
      dict(at="11-25 19", kim="kim-guntung-manggis", text="Besok anak kami presentasi di depan investor di Balai Kota. Sudah latihan pitching tiga malam. Doakan lancar ya!", differs="a tenant's parent the evening before demo day"),
     ]),

dict(id="a24", src="pemkab-tanah-laut", at="11-06 09:55",
     slug="inkubator-kriya-pelaihari-buka-pendaftaran-15-perajin-muda",
     title="Inkubator Kriya Pelaihari Buka Pendaftaran 15 Perajin Muda",
     text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut membuka pendaftaran Inkubator Kriya Pelaihari bagi 15 perajin muda berusia 18 sampai 30 tahun. Pendaftaran dibuka sejak {D:11-05} hingga {D:11-20} di kantor Dinas Koperasi, UKM dan Perdagangan Tanah Laut.

Inkubator ini menyasar perajin anyaman purun, ukiran kayu, kerajinan tempurung kelapa dan tenun. Peserta terpilih mendapat tempat kerja bersama, pelatihan desain dan pemasaran selama tiga bulan, serta bantuan bahan baku. “Banyak anak muda Tanah Laut pandai membuat kerajinan, tetapi tidak tahu cara menjualnya ke luar daerah,” kata Kepala Diskopukmdag Tanah Laut, Hj. Norhasanah Muchtar.

Syaratnya KTP Tanah Laut, foto tiga contoh karya dan surat keterangan usaha dari desa. Pengumuman peserta terpilih dijadwalkan pada 27 November 2026. (kominfo-tala/hn)""",
     S="Inkubator Kriya Pelaihari (Tanah Laut) membuka pendaftaran untuk 15 perajin muda usia 18–30 tahun, 5–20 November di Diskopukmdag; pengumuman 27 November.",
     P="Gasan anak muda Tala nang pintar bakarajinan: Inkubator Kriya Pelaihari mambuka pendaftaran gasan 15 urang, umur 18 sampai 30. Purun, ukiran kayu, tampurung kalapa, tenun. Badaftar sampai 20 November di Diskopukmdag, bawa KTP wan foto tiga karya. Umumannya 27 November 👐",
     N=[
      dict(at="11-09 14", kim="kim-kurau", text="Kelompok perajin tempurung kelapa di Kurau menerima pesanan 500 gayung dan mangkuk dari sebuah kafe di Banjarbaru. Anggotanya sekarang 15 orang.", differs="a group's private order, same count"),
      dict(at="11-12 09", kim="kim-kurau", text="Pendaftaran pelatihan kerja BLK Tanah Laut untuk kejuruan las dan servis motor dibuka sampai 20 November. Usia 18–30 tahun, gratis.", differs="another registration with the same ages and deadline"),
      dict(at="11-28 15", kim="kim-tabanio", text="Alhamdulillah keponakan saya dari Tabanio terpilih sebagai peserta inkubator kriya di Pelaihari. Dia perajin anyaman purun sejak SMP. Mulai minggu depan ke Pelaihari tiap hari.", differs="one participant's selection after the 27 Nov announcement (later step)"),
      dict(at="11-20 18", kim="kim-kurau", text="Kami terlambat tahu ada inkubator kriya, pendaftaran sudah tutup hari ini. Adakah gelombang kedua? Belum ada info resmi katanya.", differs="a question after the deadline"),
     ],
     B=[]),

dict(id="a25", src="diskominfo-kalsel", at="11-13 10:30",
     slug="klinik-foto-produk-keliling-singgah-pertama-di-banjarmasin",
     title="Klinik Foto Produk Keliling Singgah Pertama di Banjarmasin",
     text="""BANJARMASIN – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan membuka Klinik Foto Produk Keliling dengan persinggahan pertama di Gedung Sultan Suriansyah, Banjarmasin, pada {D:11-12}. Sebanyak 50 pelaku UMKM membawa produknya untuk difoto dan belajar menata cahaya.

Klinik menghadirkan empat fotografer dan dua penata gaya. Setiap UMKM pulang dengan lima foto produk beresolusi tinggi dan panduan memotret memakai ponsel. “Foto yang gelap dan buram membuat pembeli daring pergi. Padahal produknya bagus,” kata Kepala Diskominfo Kalsel, Dr. H. Muhammad Muslim.

Klinik akan berpindah ke Kotabaru pada 3 Desember dan ke Barabai pada 10 Desember. UMKM di kedua daerah dapat mendaftar melalui dinas koperasi kabupaten dengan kuota 40 peserta per persinggahan. (mc-kalsel/dw)""",
     S="Diskominfo Kalsel membuka Klinik Foto Produk Keliling, persinggahan pertama Kamis 12/11 di Gedung Sultan Suriansyah untuk 50 UMKM; berikutnya Kotabaru 3/12 dan Barabai 10/12.",
     L="Persinggahan pertama Klinik Foto Produk Keliling Diskominfo Kalsel berlangsung Kamis 12 November di Gedung Sultan Suriansyah, Banjarmasin. Lima puluh UMKM membawa produk; empat fotografer dan dua penata gaya membantu, dan setiap UMKM pulang dengan lima foto resolusi tinggi serta panduan memotret pakai ponsel. Berikutnya klinik singgah di Kotabaru 3 Desember dan Barabai 10 Desember, kuota 40 peserta, daftar lewat dinas koperasi kabupaten.",
     P="Tadi di Gedung Sultan Suriansyah 50 UMKM umpat Klinik Foto Produk matan Diskominfo. Ampat fotografer, dua penata gaya, sorang dapat lima foto bagus wan diajari mamoto pakai HP. Habis ini ka Kotabaru tanggal 3 Desember wan Barabai 10 Desember. Jangan foto kalam wan kabur lagi lah 📸",
     N=[
      dict(at="12-03 15", kim="kim-sebelimbingan", text="Hari ini Klinik Foto Produk singgah di Kotabaru, 40 UMKM ikut di gedung serbaguna. Produk kami kerupuk ikan dan sirup kayu manis difoto pakai latar biru.", differs="the Kotabaru stop on 3 Dec (a later step) told as its own news"),
      dict(at="11-14 16", kim="kim-mantuil", text="Gedung Sultan Suriansyah hari ini dipakai untuk wisuda TK se-Banjarmasin Selatan. Jalan sekitar macet sampai siang.", differs="same building, another event"),
      dict(at="11-17 10", kim="kim-pengambangan", text="Kelompok fotografer muda Pengambangan membuka jasa foto produk murah Rp25 ribu per produk untuk UMKM kampung. Hubungi pengurus KIM untuk jadwal.", differs="a private service in a kelurahan"),
      dict(at="11-20 19", kim="kim-sarang-tiung", text="Untuk kuota klinik foto di Kotabaru apakah masih ada? Dinas koperasi bilang sudah penuh 40 orang, yang lain tunggu tahun depan.", differs="a question about the later stop's quota"),
     ],
     B=[
      dict(at="11-11 18", kim="kim-mantuil", text="Besok kami bawa produk ke Gedung Sultan Suriansyah untuk difoto gratis. Katanya fotografernya dari provinsi. Ada yang mau nitip produk?", differs="the evening before the first stop"),
     ]),

dict(id="a26", src="pemkab-balangan", at="11-10 15:45",
     slug="25-umkm-paringin-ikuti-klinik-foto-produk",
     title="25 UMKM Paringin Ikuti Klinik Foto Produk",
     text="""PARINGIN – Sebanyak 25 pelaku UMKM di Kecamatan Paringin mengikuti klinik foto produk yang digelar Dinas Koperasi, UKM, Perindustrian dan Perdagangan Balangan pada {D:11-09} dan {D:11-10} di Balai Pertemuan Umum Paringin.

Produk yang difoto antara lain kerupuk ikan, gula aren, sarung tenun, madu kelulut dan keripik pisang. Peserta juga belajar membuat latar foto sederhana dari kardus dan kain putih. “Kami ingin produk Balangan tampil layak di marketplace. Foto bagus tidak harus mahal,” kata Kepala Diskoperindag Balangan, Mahyudin Iskandar.

Setiap peserta menerima lima foto yang sudah diedit dan satu lampu LED kecil. Diskoperindag berencana menggelar klinik serupa di Kecamatan Juai dan Halong pada Februari 2027. (diskominfo-blg/sp)""",
     S="Diskoperindag Balangan menggelar klinik foto produk untuk 25 UMKM Paringin, 9–10 November di Balai Pertemuan Umum; tiap peserta dapat lima foto dan lampu LED. Juai dan Halong menyusul Februari 2027.",
     P="Ada 25 UMKM di Paringin tadi umpat klinik foto produk di BPU. Karupuk iwak, gula habang, sarung tenun, madu kalulut, karipik pisang, dipoto samunyaan. Balajar jua maulah latar pakai kardus wan kain putih. Sorang dapat lima foto wan lampu LED. Juai wan Halong Februari kena 😊",
     N=[
      dict(at="11-12 13", kim="kim-juai", text="Juai belum kebagian klinik foto produk. Padahal madu kelulut dan gula aren kami banyak. Katanya baru Februari, itu pun belum pasti tanggalnya.", differs="another kecamatan waiting, no clinic"),
      dict(at="11-13 10", kim="kim-juai", text="Balai Pertemuan Umum Paringin dipakai untuk seleksi MTQ tingkat kabupaten cabang tartil. Ada 25 peserta anak-anak.", differs="same hall, another event with 25"),
      dict(at="11-19 14", kim="kim-halong", text="Ibu-ibu KWT Halong belajar memotret keripik pisang dari video YouTube. Hasilnya lumayan, tinggal cari kotak putih untuk latar.", differs="a women's group learning on their own"),
      dict(at="11-25 16", kim="kim-juai", text="Madu kelulut Juai dipamerkan di stan Balangan pada pameran UMKM di Banjarbaru. Terjual 40 botol dalam dua hari.", differs="a product at a fair, no photo clinic"),
     ],
     B=[
      dict(at="11-08 17", kim="kim-paringin-kota", text="Besok dan lusa ada kegiatan foto produk gratis di BPU Paringin. Yang sudah terdaftar bawa dua sampai tiga produk dan kemasannya ya.", differs="invitation the day before the clinic"),
     ]),

dict(id="a27", src="pemkab-hss", at="11-24 13:25",
     slug="studio-foto-produk-gratis-di-rumah-kemasan-kandangan",
     title="Studio Foto Produk Gratis di Rumah Kemasan Kandangan",
     text="""KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan membuka studio foto produk gratis di Rumah Kemasan Kandangan mulai {D:12-01}. Studio melayani UMKM setiap Selasa dan Kamis pukul 09.00 sampai 15.00.

Studio dilengkapi meja foto, dua lampu studio, kotak cahaya dan kamera yang dioperasikan dua petugas dari Dinas Koperasi dan UKM HSS. UMKM wajib memesan jadwal paling lambat dua hari sebelumnya dan boleh membawa paling banyak lima produk setiap kunjungan. “Rumah Kemasan sudah membantu desain label. Sekarang fotonya juga kami bantu, supaya produk HSS siap dijual di mana saja,” ujar Kepala Diskop UKM HSS, H. Syahrul Ramadhan.

Hasil foto dikirim melalui surel paling lambat tiga hari kerja. Studio ini dibiayai APBD HSS tahun 2026 sebesar Rp85 juta. (kominfo-hss/ra)""",
     S="Studio foto produk gratis di Rumah Kemasan Kandangan (HSS) buka mulai Selasa 1/12, setiap Selasa dan Kamis 09.00–15.00; pesan dua hari sebelumnya, maksimal lima produk.",
     L="Pemkab HSS membuka studio foto produk gratis di Rumah Kemasan Kandangan mulai Selasa 1 Desember. Buka Selasa dan Kamis pukul 09.00–15.00, dengan meja foto, dua lampu studio, kotak cahaya dan kamera yang dijalankan dua petugas Diskop UKM. UMKM memesan jadwal dua hari sebelumnya dan membawa maksimal lima produk; foto dikirim lewat surel dalam tiga hari kerja. Biayanya dari APBD 2026, Rp85 juta.",
     P="UMKM HSS, mulai 1 Desember ada studio poto produk gratis di Rumah Kemasan Kandangan. Buka Salasa wan Kamis, jam 9 sampai jam 3. Pesan jadwal dua hari sabalumnya, bawa paling banyak lima produk. Potonya dikirim lewat email. Kada usah bayar sadikit-dikit acan! 📷",
     N=[
      dict(at="11-26 10", kim="kim-kandangan-kota", text="Rumah Kemasan Kandangan membagikan 120 desain label gratis untuk UMKM dodol dan kerupuk. Label bisa diambil di kantor mulai hari ini.", differs="same office, label designs (another service)"),
      dict(at="12-03 14", kim="kim-hamalau", text="Hari Kamis kami coba studio foto di Rumah Kemasan. Antre dua jam karena ada rombongan 12 UMKM dari Angkinang. Fotonya bagus, tunggu dikirim lewat email.", differs="a user's experience in the first week, later"),
      dict(at="11-29 09", kim="kim-loksado", text="Studio foto keliling ke Loksado? Belum ada info resmi. Yang ada studio di Kandangan, harus turun ke kota.", differs="a denial of a mobile service"),
     ],
     B=[]),

dict(id="a28", src="pemkab-tabalong", at="11-16 09:10",
     slug="40-umkm-tabalong-belajar-foto-produk-dengan-ponsel",
     title="40 UMKM Tabalong Belajar Foto Produk dengan Ponsel",
     text="""TANJUNG – Sebanyak 40 pelaku UMKM mengikuti pelatihan foto produk dengan ponsel yang digelar Dinas Koperasi, UKM dan Perdagangan Tabalong pada {D:11-14} di Gedung Pancasila Tanjung. Pelatihan berlangsung sehari penuh dengan praktik langsung memotret produk peserta.

Peserta belajar memanfaatkan cahaya jendela, menyusun properti dan menyunting foto dengan aplikasi gratis. Produk yang paling banyak dibawa ialah kue kering, kopi bubuk, sambal kemasan dan kerajinan rotan. “Hampir semua penjualan sekarang dimulai dari foto di layar ponsel. Itu etalase pertama UMKM,” kata Kepala Diskopdag Tabalong, Hj. Mariana Safitri.

Lima peserta dengan foto terbaik akan dibantu mengunggah produknya ke katalog daring Tabalong pada Desember. Diskopdag juga membuka grup konsultasi foto untuk seluruh peserta selama tiga bulan. (diskominfo-tbl/ms)""",
     S="40 UMKM Tabalong berlatih foto produk dengan ponsel (Sabtu 14/11, Gedung Pancasila Tanjung); lima foto terbaik dibantu masuk katalog daring Tabalong Desember.",
     P="Sabtu tadi 40 UMKM Tabalong balajar mamoto produk pakai HP di Gedung Pancasila Tanjung. Pakai cahaya matan jandila, susun barang, edit pakai aplikasi gratis. Lima poto tabaik dibantu masuk katalog daring bulan Desember. Gasan nang kada umpat, kaina ada grup konsultasi jua 👍",
     N=[
      dict(at="11-17 10", kim="kim-pembataan", text="Gedung Pancasila Tanjung kemarin dipakai untuk pelantikan pengurus Karang Taruna kecamatan. Ada 40 pengurus baru yang dilantik.", differs="same building, another 40"),
      dict(at="11-21 15", kim="kim-tanjung", text="Lomba foto wisata Tabalong untuk pelajar SMA ditutup hari ini. Ada 113 foto yang masuk, pengumuman pemenang 5 Desember.", differs="a photo contest for students"),
      dict(at="12-04 10", kim="kim-pembataan", text="Kue kering buatan ibu-ibu Pembataan sudah masuk katalog daring Tabalong. Foto produknya diambil sendiri setelah ikut pelatihan bulan lalu.", differs="a product uploaded later with its own facts"),
     ],
     B=[]),
]
