"""Hand-written releases a15-a28 of heldout48 (same fields as anns_a.py)."""
A = []
A.append(dict(id="a15", src="dinkes-kalsel", t="2026-11-16T15:00:00",
 title="Sistem Rujukan Terintegrasi Kalsel: 2.340 Rujukan Oktober, Target Jawaban 15 Menit",
 text="""BANJARMASIN – Dinas Kesehatan Provinsi Kalimantan Selatan menyatakan seluruh 13 kabupaten/kota kini terhubung dalam sistem rujukan terintegrasi. Puskesmas dan rumah sakit pengirim wajib mengabarkan rumah sakit tujuan sebelum pasien berangkat.

Evaluasi disampaikan Senin (16/11/2026). Pada Oktober tercatat 2.340 rujukan antarfasilitas, 61 persen di antaranya dijawab rumah sakit tujuan dalam 15 menit. Rujukan yang ditolak karena kamar penuh mencapai 118 kasus. “Pasien jangan sampai tiba di IGD lalu disuruh pindah karena tempat tidur habis. Jawaban rumah sakit tujuan harus ada sebelum ambulans jalan,” kata Kepala Dinkes Kalsel, dr. Hairiyadi Mansyur.

Mulai Desember, Dinkes mengirim laporan kecepatan jawaban setiap rumah sakit ke bupati dan wali kota. Target tahun depan 90 persen rujukan dijawab dalam 15 menit. (mc-kalsel/fz)""",
 s="Dinkes Kalsel: 13 kab/kota terhubung sistem rujukan terintegrasi. Oktober 2.340 rujukan, 61 % dijawab ≤15 menit, 118 ditolak karena kamar penuh; target 90 % tahun depan.",
 L="Semua 13 kabupaten/kota di Kalsel kini masuk sistem rujukan terintegrasi, kata Dinkes Kalsel Senin 16 November. Oktober lalu ada 2.340 rujukan; 61 persen dijawab rumah sakit tujuan dalam 15 menit dan 118 ditolak karena kamar penuh. Kadinkes dr. Hairiyadi Mansyur menegaskan jawaban harus ada sebelum ambulans berangkat. Mulai Desember kecepatan jawaban tiap RS dilaporkan ke kepala daerah; target 2027: 90 persen.",
 p="Kadang kasihan pasien sudah sampai IGD disuruh pindah ka rumah sakit lain, kamarnya panuh. Wayahini Dinkes Kalsel maulah sistem rujukan tahubung 13 kabupaten kota. Bulan Oktober ada 2.340 rujukan, 61 persen dijawab dalam 15 manit. Nang ditulak gara-gara kamar panuh 118. Mudahan tahun dudi 90 persen kawa lakas 🚑",
 n=[("Seorang warga Gambut mengeluh ayahnya ditolak di dua rumah sakit karena kamar penuh, lalu akhirnya dirawat di Banjarbaru setelah empat jam di ambulans.", "a complaint about one patient, no report"),
    ("Dinkes Kalsel mencatat 2.340 kasus diare sepanjang kemarau tahun ini, terbanyak di Barito Kuala.", "the same figure 2.340 meaning diarrhoea cases"),
    ("Laporan kecepatan jawaban rujukan bulan November sudah dikirim ke bupati. RSUD di Kotabaru tercatat paling cepat menjawab, 78 persen dalam 15 menit.", "the December report told as its own news")],
 b=None))

A.append(dict(id="a16", src="pemkab-hst", t="2026-11-20T10:10:00",
 title="Program Rujuk Balik RSUD Damanhuri: 320 Pasien Kronis Ambil Obat di Puskesmas",
 text="""BARABAI – RSUD H. Damanhuri Barabai mengembalikan 320 pasien penyakit kronis yang kondisinya stabil ke 20 puskesmas di Hulu Sungai Tengah melalui program rujuk balik. Pasien hipertensi, diabetes dan jantung stabil kini mengambil obat bulanan di puskesmas terdekat.

Program berjalan sejak Jumat (20/11/2026). Pasien tetap kontrol ke dokter spesialis rumah sakit setiap tiga bulan, sementara obat bulanan diberikan puskesmas. “Kakek dari Hantakan tidak perlu lagi berangkat subuh ke Barabai hanya untuk menebus obat yang sama setiap bulan,” ujar Kepala Dinas Kesehatan Hulu Sungai Tengah, dr. Mahyuni Rasyid.

Puskesmas telah menerima stok obat program rujuk balik untuk tiga bulan. Pasien yang belum menerima surat rujuk balik dapat menanyakannya di poliklinik penyakit dalam. (diskominfo-hst/lh)""",
 s="RSUD Damanhuri Barabai kembalikan 320 pasien kronis stabil (hipertensi, diabetes, jantung) ke 20 puskesmas HST lewat rujuk balik mulai 20/11; kontrol spesialis tiap 3 bulan.",
 L=None,
 p="Kai nini di HST nang baubat darah tinggi, gula wan jantung: wayahini ubat bulanan kawa diambil di puskesmas parak rumah, kada usah ka Barabai lagi. Ada 320 pasien nang dibulikakan ka 20 puskesmas. Tigabulan sakali haja kontrol ka dokter spesialis di RSUD Damanhuri.",
 n=[("Posbindu di Desa Hantakan memeriksa tekanan darah 64 warga. Kader mencatat 21 warga hipertensi dan menyarankan mereka ke puskesmas.", "a village Posbindu screening"),
    ("Puskesmas Barabai kehabisan obat amlodipin selama seminggu, pasien diminta membeli di apotek dulu. Petugas menyebut stok datang pekan depan.", "a shortage complaint at a puskesmas, not the programme"),
    ("RSUD Pambalah Batung Amuntai membahas rencana rujuk balik untuk pasien diabetes, tetapi belum ada tanggal mulai.", "another kabupaten's plan without a start")],
 b=None))

A.append(dict(id="a17", src="pemkab-batola", t="2026-11-07T09:15:00",
 title="Batola Tegaskan Alur Rujukan Berjenjang, 19 Puskesmas Dapat Sosialisasi",
 text="""MARABAHAN – Dinas Kesehatan Barito Kuala menggelar sosialisasi alur rujukan berjenjang bagi 19 puskesmas. Pasien JKN diminta berobat ke puskesmas terlebih dahulu sebelum ke RSUD H. Abdul Aziz Marabahan, kecuali dalam keadaan gawat darurat.

Sosialisasi berlangsung Sabtu (7/11/2026) di Aula Selidah, Marabahan, diikuti kepala puskesmas dan petugas pendaftaran. Dalam tiga bulan terakhir, 640 pasien datang langsung ke poliklinik rumah sakit tanpa rujukan dan harus pulang. “Kami tidak ingin warga sudah menyeberang jauh lalu ditolak di loket. Puskesmas harus menjelaskan kapan cukup dirawat di sana dan kapan harus dirujuk,” kata Sekretaris Daerah Barito Kuala, H. Zulkipli Sahrani.

Poster alur rujukan akan ditempel di semua puskesmas dan balai desa pekan depan. (mc-batola/ar)""",
 s="Dinkes Batola sosialisasikan alur rujukan berjenjang ke 19 puskesmas, Sabtu 7/11 di Aula Selidah: pasien JKN ke puskesmas dulu, kecuali gawat darurat. 3 bulan terakhir 640 pasien tanpa rujukan ditolak.",
 L=None,
 p="Urang Batola, amun handak baubat pakai BPJS ka RSUD Marabahan, ka puskesmas dulu lah, ambil rujukan. Kacuali darurat, langsung ka IGD. Tiga bulan tadi ada 640 urang nang sudah jauh-jauh datang tagal kada bawa rujukan, disuruh bulik. Sayang tanaga wan duit 🙏",
 n=[("Poster alur rujukan sudah ditempel di balai Desa Jejangkit Pasar. Kepala desa meminta warga membaca sebelum berangkat ke rumah sakit.", "the poster step in one village, told on its own"),
    ("Aula Selidah Marabahan Sabtu ini juga dipakai untuk pelatihan 60 kader posyandu tentang pengukuran balita.", "same hall, another training"),
    ("Di Tapin, Dinas Kesehatan juga mengingatkan pasien JKN agar membawa rujukan ke RSUD Datu Sanggul. Ada 210 pasien yang ditolak bulan lalu.", "same topic in another kabupaten with its own figures")],
 b=None))

A.append(dict(id="a18", src="dinkes-kalsel", t="2026-11-20T16:20:00",
 title="Ketersediaan Obat di Puskesmas Kalsel 96,4 Persen, 12 Jenis Masih Kosong di Beberapa Daerah",
 text="""BANJARBARU – Dinas Kesehatan Provinsi Kalimantan Selatan mencatat ketersediaan obat esensial di 233 puskesmas mencapai 96,4 persen. Namun 12 jenis obat masih kosong di sejumlah kabupaten, di antaranya salep mata antibiotik dan sirup parasetamol anak.

Data dipaparkan Jumat (20/11/2026) di Instalasi Farmasi Provinsi, Banjarbaru. Provinsi mengirim obat penyangga ke tujuh kabupaten yang stoknya di bawah kebutuhan satu bulan. Pengiriman pertama berangkat hari itu dengan tiga truk. “Jangan ada pasien pulang dari puskesmas hanya membawa resep karena obatnya kosong. Kalau stok menipis, lapor ke provinsi, jangan menunggu habis,” tegas Kepala Seksi Kefarmasian Dinkes Kalsel, apt. Siti Mardhiyah Lubis.

Pemantauan stok dilakukan mingguan melalui aplikasi logistik obat. Kabupaten yang telat melapor akan ditegur. (mc-kalsel/fz)""",
 s="Dinkes Kalsel: ketersediaan obat esensial di 233 puskesmas 96,4 %; 12 jenis masih kosong (a.l. salep mata antibiotik, sirup parasetamol anak). Obat penyangga dikirim ke 7 kabupaten, Jumat 20/11.",
 L="Ketersediaan obat esensial di 233 puskesmas Kalsel mencapai 96,4 persen, menurut Dinkes Kalsel Jumat 20 November di Instalasi Farmasi Provinsi Banjarbaru. Masih ada 12 jenis kosong di beberapa daerah, seperti salep mata antibiotik dan sirup parasetamol anak. Tiga truk obat penyangga berangkat ke tujuh kabupaten yang stoknya kurang dari sebulan. apt. Siti Mardhiyah Lubis minta puskesmas melapor sebelum stok habis; pemantauan tiap minggu.",
 p="Kabar matan Dinkes provinsi: ubat di 233 puskesmas Kalsel ada 96,4 persen. Tapi masih ada 12 macam nang kusung di babarapa daerah, kaya salep mata wan sirup panas gasan kakanakan. Tiga truk ubat sudah barangkat ka pitu kabupaten. Jangan sampai pasien bulik cuma mambawa resep haja.",
 n=[("Di Apotek Kimia Farma Banjarbaru sirup parasetamol anak merek tertentu sedang kosong, pegawai menyarankan merek lain.", "a private pharmacy's stock"),
    ("Dinkes Tabalong melaporkan ketersediaan obat di 17 puskesmasnya 98 persen dalam rapat dinas Kamis; hanya salep mata yang sempat kosong dua minggu.", "a kabupaten's own stock figure at its own meeting"),
    ("Instalasi Farmasi Provinsi di Banjarbaru hari Jumat ini juga menerima kiriman 40 ribu dosis vaksin campak dari pusat.", "same venue same day, a vaccine delivery")],
 b=None))

A.append(dict(id="a19", src="pemkab-tabalong", t="2026-11-23T11:40:00",
 title="RSUD Badaruddin Kasim Antar Obat ke Rumah 410 Pasien Kronis",
 text="""TANJUNG – RSUD H. Badaruddin Kasim Tabalong meluncurkan layanan antar obat gratis ke rumah bagi pasien penyakit kronis. Tahap awal menjangkau 410 pasien di Kecamatan Tanjung, Murung Pudak dan Tanta.

Layanan diluncurkan Senin (23/11/2026). Obat dikemas instalasi farmasi dan diantar petugas bermotor dalam dua hari setelah resep diterima. Pasien cukup mengonfirmasi alamat lewat aplikasi rumah sakit atau kepada perawat poli. “Pasien stroke yang sulit berjalan tidak perlu lagi antre di depo farmasi setiap bulan. Keluarganya juga tidak perlu izin kerja,” ungkap Bupati Tabalong, H. Muchlis Arsyad.

Biaya pengantaran ditanggung APBD. Jika berjalan lancar, layanan diperluas ke Kelua dan Muara Uya pada Februari 2027. (prokom-tbl/aw)""",
 s="RSUD Badaruddin Kasim Tabalong antar obat gratis ke rumah 410 pasien kronis di Tanjung, Murung Pudak, Tanta, mulai Senin 23/11; Februari 2027 diperluas ke Kelua dan Muara Uya.",
 L=None,
 p="Pasien nang sakit lawas di Tanjung, Murung Pudak wan Tanta, wayahini ubatnya diantar ka rumah, gratis! RSUD Badaruddin Kasim maantar gasan 410 pasien. Dua hari imbah resep, ubat sampai. Kaluarga kada usah minta izin bagawi lagi. Kelua wan Muara Uya kaina Februari.",
 n=[("Kader PKK Kelurahan Tanjung mengantar obat TB dari puskesmas ke rumah 12 pasien setiap pekan, kegiatan yang sudah berjalan sejak Juni.", "a kelurahan's own delivery of TB medicine"),
    ("Kurir apotek swasta di Tanjung menawarkan antar obat gratis untuk pembelian di atas Rp100 ribu selama bulan November.", "a private pharmacy delivery promo"),
    ("Jumlah penerima bantuan sembako lansia di Tabalong tahun ini 410 orang, dibagikan di kantor kecamatan Murung Pudak.", "the same figure 410 for food aid")],
 b=None))

A.append(dict(id="a20", src="pemkot-banjarbaru", t="2026-11-25T14:50:00",
 title="RSUD Idaman Buka Depo Farmasi 24 Jam di IGD",
 text="""BANJARBARU – RSUD Idaman Banjarbaru membuka depo farmasi 24 jam di Instalasi Gawat Darurat. Pasien yang berobat ke IGD pada malam hari kini dapat menebus obat tanpa menunggu apotek utama buka pagi.

Depo farmasi mulai beroperasi Rabu (25/11/2026) dengan tiga apoteker dan enam tenaga teknis kefarmasian yang bergantian dalam tiga sif. Sebelumnya apotek utama tutup pukul 21.00 dan pasien malam harus membeli obat di luar. “Keluhan terbanyak yang masuk ke kami dari IGD justru soal obat malam hari. Orang sudah sakit, masih harus keliling mencari apotek buka,” kata Wali Kota Banjarbaru, Hj. Farida Lestari.

Obat pasien JKN di depo IGD tetap tanpa biaya. Rumah sakit juga menambah ruang tunggu obat berpendingin di samping IGD. (humas-bjb/nrl)""",
 s="RSUD Idaman Banjarbaru buka depo farmasi 24 jam di IGD mulai Rabu 25/11 (3 apoteker, 6 TTK, 3 sif); sebelumnya apotek utama tutup 21.00. Obat JKN tetap gratis.",
 L=None,
 p="Amun malam-malam ka IGD RSUD Idaman, wayahini ubat kawa langsung ditabus, depo farmasinya buka 24 jam. Bahari apotek tutup jam sambilan malam, tapaksa bailang mancari apotek. Pasien BPJS tetap gratis ubatnya. Mantap Banjarbaru 👍",
 n=[("Apotek di Jalan A. Yani Km 34 Banjarbaru kini buka 24 jam. Pemiliknya menambah dua karyawan sif malam.", "a private pharmacy in the same city"),
    ("Wali Kota Banjarbaru Hj. Farida Lestari Rabu ini juga meresmikan taman bermain anak di Kelurahan Guntung Manggis.", "same official same day, a playground"),
    ("IGD RSUD Idaman penuh semalam, 30 pasien menunggu kamar. Keluarga pasien mengeluh kursi ruang tunggu kurang.", "a complaint about a crowded IGD, not about the pharmacy")],
 b=None))

A.append(dict(id="a21", src="rsud-ulin", t="2026-11-10T09:40:00",
 title="RSUD Ulin Terima 148 Pengaduan Selama Oktober, 92 Persen Sudah Ditindaklanjuti",
 text="""BANJARMASIN – Unit Pengaduan RSUD Ulin Banjarmasin menerima 148 pengaduan selama Oktober 2026. Sebanyak 136 aduan atau 92 persen sudah ditindaklanjuti dan dijawab kepada pelapor.

Laporan dibuka Selasa (10/11/2026). Aduan terbanyak soal lamanya antrean farmasi (41), sikap petugas (29), kebersihan toilet (22) dan parkir (18). Sebanyak 12 aduan masih dalam penelusuran, termasuk dugaan pungutan oleh oknum di luar rumah sakit. “Setiap aduan kami beri nomor dan kami kabari perkembangannya. Petugas yang terbukti kasar sudah kami beri teguran tertulis,” ujar Kepala Unit Pengaduan RSUD Ulin, Ns. Ahmad Ridhani Yusuf.

Mulai bulan ini, rekap aduan dipasang di papan pengumuman lobi setiap tanggal 10. Warga dapat mengadu melalui kotak saran, aplikasi Ulin Sehat atau langsung ke unit pengaduan di lantai satu. (humas-ulin/fi)""",
 s="RSUD Ulin terima 148 aduan pada Oktober, 136 (92 %) ditindaklanjuti. Terbanyak antrean farmasi 41, sikap petugas 29, toilet 22, parkir 18; rekap dipajang di lobi tiap tanggal 10.",
 L="Unit Pengaduan RSUD Ulin merilis rekap Oktober pada Selasa 10 November: 148 aduan, 136 (92 persen) sudah dijawab. Keluhan terbanyak antrean farmasi (41), sikap petugas (29), kebersihan toilet (22) dan parkir (18); 12 masih ditelusuri, termasuk dugaan pungutan di luar rumah sakit. Petugas kasar sudah ditegur tertulis. Rekap akan dipasang di lobi setiap tanggal 10.",
 p="RSUD Ulin manarima 148 aduan bulan Oktober, 92 persen sudah dijawab. Nang paling banyak dikaluhakan: antrean ubat, petugas nang kada ramah, WC kutur, wan parkir. Petugas nang kasar sudah ditagur. Amun pian baisi kaluhan, sampaikan haja, ada nomornya 👂",
 n=[("Keluarga pasien di RSUD Ulin mengeluh toilet ruang rawat inap lantai tiga kotor dan airnya mati sejak pagi. Keluhan sudah disampaikan ke perawat jaga.", "one family's complaint, not the report"),
    ("Unit pengaduan RSUD Ansari Saleh mencatat 96 aduan selama Oktober, terbanyak soal parkir dan kamar penuh.", "another hospital's complaint count for the same month"),
    ("Ombudsman Kalsel menerima 148 laporan masyarakat sepanjang triwulan ketiga, terbanyak soal pertanahan.", "the same figure 148 at another office")],
 b=None))

A.append(dict(id="a22", src="dprd-kalsel", t="2026-11-26T15:30:00",
 title="Komisi IV DPRD Kalsel Sidak RSUD Ansari Saleh Usai Keluhan Pasien Dirawat di Lorong",
 text="""BANJARMASIN – Komisi IV DPRD Provinsi Kalimantan Selatan melakukan inspeksi mendadak ke RSUD Ansari Saleh Banjarmasin setelah ramai keluhan pasien dirawat di lorong karena kamar penuh.

Sidak berlangsung Kamis (26/11/2026). Anggota dewan mendapati 17 pasien menunggu kamar di IGD, sebagian di brankar di lorong. Tingkat hunian tempat tidur rumah sakit mencapai 97 persen. Komisi IV meminta rumah sakit membuka ruang transit dan mempercepat pemindahan pasien stabil ke rumah sakit jejaring. “Kami datang bukan mencari siapa yang salah. Kami ingin tahu apa yang kurang, entah tempat tidur, perawat atau anggaran,” ucap Ketua Komisi IV DPRD Kalsel, H. Munawwir Saleh.

Hasil sidak dibahas dalam rapat dengar pendapat bersama Dinkes dan direksi rumah sakit pada 3 Desember. (humas-dprd/hk)""",
 s="Komisi IV DPRD Kalsel sidak RSUD Ansari Saleh Kamis 26/11 usai keluhan pasien di lorong: 17 pasien tunggu kamar di IGD, hunian 97 %. RDP dengan Dinkes & direksi 3 Desember.",
 L=None,
 p="Dewan Komisi IV DPRD Kalsel tadi datang mandadak ka RSUD Ansari Saleh, tagal ramai pasien dirawat di lorong. Ada 17 urang pasien mahadang kamar di IGD, kamarnya 97 persen panuh. Kaina tanggal 3 Desember rapat wan Dinkes. Mudahan ada jalan kaluarnya.",
 n=[("Rapat dengar pendapat Komisi IV DPRD Kalsel bersama Dinkes dan direksi RSUD Ansari Saleh hari ini menyepakati ruang transit 12 tempat tidur di gedung lama.", "the 3 December hearing told as its own news"),
    ("Komisi IV DPRD Kalsel juga sidak ke gudang beras Bulog di Banjarmasin pekan lalu untuk memastikan stok akhir tahun.", "same commission, another inspection, earlier"),
    ("Video pasien dirawat di lorong rumah sakit yang viral ternyata rekaman tahun 2024 di rumah sakit luar daerah, bukan di Banjarmasin.", "a hoax clarification about an old video")],
 b=("Malam tadi antar tetangga ke IGD Ansari Saleh, pasien sampai dirawat di lorong, kamar penuh semua. Semoga ada yang memperhatikan.", 9)))
