# Hand-written releases a11-a20 of heldout55 (same layout as anns_a.py).

ANNS = [
dict(id="a11", src="dinsos-kalsel", at="11-18 18:10",
title="Dinsos Kalsel Pulangkan 17 Orang Terlantar ke Daerah Asal",
text="""BANJARMASIN – Dinas Sosial Provinsi Kalimantan Selatan memulangkan 17 orang terlantar ke daerah asalnya, Rabu (18/11/2026). Sebelas orang diberangkatkan dengan kapal dari Pelabuhan Trisakti menuju Surabaya dan Makassar, sedangkan enam lainnya diantar dengan bus ke Palangka Raya dan Tamiang Layang.

Kepala Bidang Perlindungan dan Jaminan Sosial Dinsos Kalsel, H. Gusti Rizani, S.Sos., menyebut mereka kebanyakan perantau yang kehabisan uang setelah gagal mendapat pekerjaan. “Sebelum dipulangkan mereka dirawat di rumah perlindungan, diperiksa kesehatannya dan kami pastikan keluarga di kampung siap menerima,” ujarnya.

Setiap orang dibekali tiket, uang makan perjalanan dan surat keterangan. Dinsos Kalsel berkoordinasi dengan dinas sosial daerah tujuan untuk penjemputan di pelabuhan dan terminal. (dinsos/gr)""",
S="Dinsos Kalsel pulangkan 17 orang terlantar (18/11): 11 naik kapal dari Trisakti ke Surabaya dan Makassar, 6 naik bus ke Palangka Raya dan Tamiang Layang. Dibekali tiket, uang makan dan surat keterangan.",
L=None,
P="Alhamdulillah, 17 urang parantau nang taluntang-lantung di Banjarmasin, duitnya habis kada dapat gawian, samalam dibulikakan Dinsos Kalsel ka kampungnya. Nang 11 naik kapal matan Trisakti ka Surabaya wan Makassar, nang 6 naik bis ka Palangka wan Tamiang Layang. Dibari tikit wan duit makan di jalan. Mudahan salamat sampai rumah 🚢🚌",
N=[
("kim-alalak-utara", "11-26 17:30", "Relawan masjid di Alalak Utara membelikan tiket bus untuk seorang bapak asal Kuala Kapuas yang kehabisan ongkos setelah berobat di Banjarmasin. Beliau sudah sampai rumah dengan selamat.", "a mosque's private help for one man going to Kapuas"),
("kim-basirih", "11-29 13:00", "Pelabuhan Trisakti hari ini padat penumpang tujuan Surabaya. Kapal berangkat terlambat dua jam karena cuaca. Yang mau mudik akhir tahun, beli tiket jauh-jauh hari.", "port crowd on a later day; no repatriation"),
("kim-batulicin", "12-01 10:20", "Dinsos Tanah Bumbu memulangkan 3 warga asal Sulawesi Selatan yang terlantar di Batulicin, lewat kapal dari Pelabuhan Samudera. Mereka sebelumnya ditampung di rumah singgah.", "another office (Tanbu) repatriating 3 people later"),
],
B=[]),

dict(id="a12", src="pemkab-tanbu", at="11-21 10:05",
title="Patroli PPKS Jelang Nataru, Dinsos Tanbu Temukan Sembilan Orang di Pelabuhan dan Simpang Empat",
text="""BATULICIN – Tim Penanganan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) Dinas Sosial Kabupaten Tanah Bumbu menggelar patroli malam pertama menjelang Natal dan Tahun Baru, Jumat (20/11/2026). Tim menemukan sembilan orang di sekitar Pelabuhan Batulicin dan bundaran Simpang Empat, terdiri atas lima pengemis, dua anak penjual tisu dan dua orang dengan gangguan jiwa.

Kepala Dinas Sosial Tanah Bumbu, H. Abdul Wahid Sugianto, S.Pd., M.AP., mengatakan kedua anak diantar pulang dan orang tuanya dibina. “Kami tidak sekadar menertibkan. Yang sakit kami bawa ke puskesmas, yang dari luar daerah kami bantu pulang,” katanya.

Patroli dilakukan setiap Jumat dan Sabtu malam hingga 3 Januari 2027, melibatkan Satpol PP dan Tagana. Warga diimbau tidak memberi uang di jalan dan menyalurkan sedekah lewat lembaga resmi. (prokopim-tanbu/aw)""",
S="Patroli malam PPKS Dinsos Tanbu jelang Nataru (20/11) temukan 9 orang di Pelabuhan Batulicin dan bundaran Simpang Empat: 5 pengemis, 2 anak penjual tisu, 2 ODGJ. Patroli tiap Jumat–Sabtu malam sampai 3 Januari 2027.",
L="""Dinsos Tanah Bumbu mulai patroli malam menjelang Natal dan Tahun Baru. Pada malam pertama, Jumat (20/11), tim PPKS menemukan sembilan orang di sekitar Pelabuhan Batulicin dan bundaran Simpang Empat: lima pengemis, dua anak penjual tisu dan dua orang dengan gangguan jiwa.

Dua anak itu diantar pulang dan orang tuanya dibina, yang sakit dibawa ke puskesmas. Patroli bersama Satpol PP dan Tagana berjalan tiap Jumat dan Sabtu malam sampai 3 Januari 2027. Kadinsos H. Abdul Wahid Sugianto minta warga tidak memberi uang di jalan.""",
P="Bubuhan Tanbu, Dinsos wayahini rancak patroli malam jelang Nataru. Malam Sabtu samalam tadapat 9 urang di palabuhan Batulicin wan bundaran Simpang Ampat: 5 pangemis, 2 kakanakan bajual tisu, 2 urang nang sakit jiwa. Kakanakan diantar bulik, nang sakit dibawa ka puskesmas. Patroli tiap Jumat wan Sabtu malam sampai 3 Januari. Jangan mambari duit di jalan lah, sadakah lewat lembaga haja 🙏",
N=[
("kim-pagatan", "11-28 21:40", "Sabtu malam ini patroli Satpol PP di Pagatan membubarkan balap liar di jalan pantai. Sebelas motor tanpa knalpot standar diamankan.", "a Satpol PP raid on street racing, not social outreach"),
("kim-batulicin", "11-22 09:15", "Jumat kemarin di Pelabuhan Batulicin juga ada pemeriksaan tiket dan barang bawaan oleh KSOP menjelang Nataru. Penumpang diminta datang dua jam sebelum keberangkatan.", "same port, same night, a KSOP ticket check"),
("kim-sungai-danau", "11-30 11:00", "Ada anak-anak yang berjualan tisu di lampu merah Sungai Danau sampai malam. Kasihan, tapi kalau dikasih uang malah makin banyak. Semoga dinas bisa patroli juga ke Satui, bukan hanya Batulicin.", "a wish for patrols in Satui, no patrol facts"),
],
B=[]),

dict(id="a13", src="dinsos-kalsel", at="11-12 15:00",
title="Stok Opname Gudang Logistik Dinsos Kalsel: 3.400 Family Kit Siap, Makanan Mendekati Kedaluwarsa Dialihkan",
text="""BANJARBARU – Dinas Sosial Provinsi Kalimantan Selatan melakukan stok opname gudang logistik bencana di Banjarbaru, Kamis (12/11/2026), menjelang puncak musim hujan. Tercatat 3.400 family kit, 1.150 paket perlengkapan anak, 620 lembar terpal dan 2.800 selimut dalam kondisi siap kirim.

Kepala Seksi Perlindungan Sosial Korban Bencana Alam Dinsos Kalsel, Ahmad Jaelani, S.T., mengatakan 2,3 ton mi instan dan makanan kaleng yang akan kedaluwarsa pada Januari dialihkan ke panti sosial dan dapur umum latihan. “Logistik yang tidak pernah dicek justru bisa membahayakan korban. Setiap paket kini kami beri label tanggal,” ujarnya.

Gudang akan diisi ulang 1.000 paket makanan siap saji pada awal Desember. Kabupaten/kota dapat mengajukan permintaan logistik melalui surat bupati atau wali kota. (dinsos/aj)""",
S="Stok opname gudang logistik bencana Dinsos Kalsel di Banjarbaru (12/11): 3.400 family kit, 1.150 paket perlengkapan anak, 620 terpal, 2.800 selimut siap kirim; 2,3 ton makanan yang kedaluwarsa Januari dialihkan ke panti sosial.",
L="""Menjelang puncak musim hujan, Dinsos Kalsel mengecek isi gudang logistik bencananya di Banjarbaru, Kamis (12/11). Hasilnya: 3.400 family kit, 1.150 paket perlengkapan anak, 620 terpal dan 2.800 selimut siap dikirim.

Sebanyak 2,3 ton mi instan dan makanan kaleng yang kedaluwarsa Januari dialihkan ke panti sosial dan dapur umum latihan. Kasi PSKBA Ahmad Jaelani bilang semua paket sekarang diberi label tanggal. Awal Desember gudang diisi lagi 1.000 paket makanan siap saji, dan kabupaten/kota bisa minta logistik lewat surat bupati/wali kota.""",
P="Gudang logistik bancana Dinsos Kalsel di Banjarbaru samalam dicek sabarataan: ada 3.400 family kit, 1.150 paket gasan kakanakan, 620 terpal, 2.800 salimut, siap dikirim amun banyu ganal datang. Mi instan wan makanan kaleng 2,3 ton nang handak kadaluarsa Januari dialihakan ka panti sosial, kada dibuang. Mantap, jadi kada ada lagi bantuan basi gasan korban 👍",
N=[
("kim-loktabat-utara", "11-20 14:00", "Gudang Bulog di Banjarbaru hari ini menerima 2.300 ton beras impor tambahan untuk stok akhir tahun. Truk antre sampai ke jalan raya, pengendara diminta berhati-hati.", "Bulog's warehouse and another 2.300 figure (tonnes of rice)"),
("kim-guntung-manggis", "12-02 10:30", "Pagi ini truk-truk dari gudang Dinsos Kalsel membawa 1.000 paket makanan siap saji masuk ke gudang. Katanya pengisian ulang stok bencana.", "the December restock told as its own news"),
("kim-sungai-besar", "11-18 16:15", "Panti asuhan di Sungai Besar menerima kiriman mi instan dan sarden dari seorang donatur. Pengurus panti menyampaikan terima kasih dan mendoakan donatur.", "a private donor's food to an orphanage; no Dinsos stock-taking"),
],
B=[]),

dict(id="a14", src="pemkab-hsu", at="11-23 14:40",
title="Antisipasi Banjir, HSU Tempatkan 900 Paket Logistik di Empat Kecamatan Rawa",
text="""AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara menempatkan lebih awal 900 paket logistik bencana di empat kecamatan rawa, Senin (23/11/2026). Paket berisi family kit, peralatan makan, selimut dan lampu senter itu dititipkan di kantor kecamatan Danau Panggang, Paminggir, Babirik dan Sungai Pandan.

Wakil Bupati Hulu Sungai Utara, H. Hero Setiawan, S.H., mengatakan akses ke desa-desa rawa sering terputus ketika air naik sehingga bantuan dari Amuntai terlambat berhari-hari. “Dengan ditaruh di kecamatan sejak sekarang, camat bisa langsung membagikan di hari pertama banjir tanpa menunggu kiriman,” ujarnya.

Penggunaan paket dicatat camat dan dilaporkan ke Dinas Sosial HSU. Sisa paket yang tidak terpakai hingga April 2027 akan ditarik kembali ke gudang kabupaten. (hsu/hs)""",
S="HSU tempatkan 900 paket logistik bencana lebih awal di kantor kecamatan Danau Panggang, Paminggir, Babirik dan Sungai Pandan (23/11): family kit, alat makan, selimut, senter. Camat bisa langsung bagikan di hari pertama banjir.",
L=None,
P="Bubuhan rawa HSU, Pemkab sudah manaruh 900 paket logistik di kantor kecamatan Danau Panggang, Paminggir, Babirik wan Sungai Pandan. Isinya family kit, piring cangkir, salimut, sintar. Jadi amun banyu naik kada usah mahadang kiriman matan Amuntai bahari-hari, camat langsung kawa mambagi 🛶💧",
N=[
("kim-danau-panggang", "11-28 18:20", "Air di Danau Panggang naik sekitar 15 cm sejak dua hari terakhir. Jalan ke Sungai Namang mulai tergenang, anak sekolah naik jukung. Warga diminta waspada.", "a water-level report, no logistics"),
("kim-babirik", "12-04 09:45", "Hari ini camat Babirik membagikan 60 paket logistik kepada warga Desa Murung Panggang yang rumahnya terendam. Terima kasih cepat tanggap.", "the later use of packages after a flood in December (60 packages)"),
("kim-sungai-malang", "11-23 20:00", "Wabup HSU H. Hero Setiawan hari ini membuka lomba perahu hias tingkat kecamatan di Sungai Tabalong, Amuntai. Ada 23 perahu yang ikut.", "same Wabup the same day, boat contest"),
],
B=[]),

dict(id="a15", src="pemkab-kotabaru", at="11-19 13:30",
title="Kotabaru Terima Mobil Dapur Umum Lapangan Berkapasitas 1.500 Porsi Sehari",
text="""KOTABARU – Pemerintah Kabupaten Kotabaru menerima satu unit mobil dapur umum lapangan untuk penanganan bencana, Kamis (19/11/2026), di halaman Kantor Bupati Kotabaru. Kendaraan bantuan Kementerian Sosial itu dilengkapi kompor, penanak nasi besar, tangki air 1.000 liter dan dapat memasak hingga 1.500 porsi makanan sehari.

Bupati Kotabaru, H. Sayed Jafar Alaydrus, S.H., mengatakan mobil ini penting untuk daerah kepulauan dan pesisir yang rawan banjir rob. “Dulu kami memasak di tenda, bergantung pada kompor pinjaman warga. Sekarang dapur bisa bergerak ke lokasi pengungsian dalam hitungan jam,” ujarnya.

Mobil dapur umum ditempatkan di Dinas Sosial Kotabaru dan dioperasikan 12 anggota Tagana yang telah dilatih memasak massal. Simulasi pertama dijadwalkan di Pulau Laut Utara pada Desember. (humas-ktb/sj)""",
S="Kotabaru terima mobil dapur umum lapangan dari Kemensos (19/11): kompor, penanak nasi besar, tangki air 1.000 liter, kapasitas 1.500 porsi/hari. Ditempatkan di Dinsos, dioperasikan 12 anggota Tagana.",
L="""Pemkab Kotabaru kini punya mobil dapur umum lapangan. Kendaraan bantuan Kemensos ini diterima Bupati H. Sayed Jafar Alaydrus di halaman Kantor Bupati, Kamis (19/11). Isinya kompor, penanak nasi besar dan tangki air 1.000 liter, sanggup memasak 1.500 porsi sehari.

Mobil ditempatkan di Dinsos Kotabaru dan dijalankan 12 anggota Tagana yang sudah dilatih memasak massal. Bupati menyebut dapur ini bisa bergerak ke pengungsian dalam hitungan jam, penting untuk pesisir yang rawan rob. Simulasi pertama di Pulau Laut Utara bulan Desember.""",
P="Kotabaru wayahini baisi mobil dapur umum, dibari Kemensos. Sahari kawa mamasak 1.500 porsi, ada tangki banyu 1.000 liter. Kada lagi mamasak di tenda wan mamakai kompor pinjaman warga amun rob datang. Nang manjalanakan bubuhan Tagana 12 urang. Mantap 👍🍚 #Kotabaru",
N=[
("kim-stagen", "12-03 15:30", "Simulasi dapur umum di Stagen hari ini: mobil dapur Dinsos memasak nasi dan sayur untuk 300 warga yang ikut latihan evakuasi rob. Anak-anak sekolah ikut antre makan.", "the December simulation in Pulau Laut Utara, its own numbers"),
("kim-serongga", "11-19 19:00", "Bupati Kotabaru H. Sayed Jafar Alaydrus sore ini meninjau pembangunan jembatan di Kelumpang Hilir, progresnya sudah 60 persen.", "same Bupati the same day at a bridge"),
("kim-hampang", "11-25 12:00", "Ibu-ibu PKK Hampang memasak 1.500 bungkus nasi untuk peserta jalan sehat HUT desa. Dapurnya di balai desa, mulai subuh.", "the same 1.500 figure at a village walk, no Dinsos kitchen"),
],
B=[]),

dict(id="a16", src="dinsos-kalsel", at="11-09 16:00",
title="Dinsos Kalsel Renovasi 12 Rumah Veteran dan Janda Perintis Kemerdekaan",
text="""BANJARMASIN – Dinas Sosial Provinsi Kalimantan Selatan mulai merenovasi 12 rumah milik veteran dan janda perintis kemerdekaan di tujuh kabupaten/kota, Senin (9/11/2026), sehari setelah peringatan Hari Pahlawan. Rumah pertama yang dikerjakan milik veteran Kai Abdul Gani (94) di Kelurahan Kuin Cerucuk, Banjarmasin Barat.

Kepala Dinas Sosial Kalsel, Dr. H. Muhammad Irfansyah, M.Si., mengatakan perbaikan meliputi atap, lantai, kamar mandi dan pegangan tangan agar aman bagi penghuni lanjut usia. “Para pejuang ini tidak meminta apa-apa. Sudah sepatutnya mereka tinggal di rumah yang layak dan tidak bocor,” ujarnya.

Pengerjaan melibatkan tukang setempat dan anggota Kodim, ditargetkan tuntas sebelum 20 Desember. Sebelas rumah lainnya berada di Banjarbaru, Banjar, Tapin, HSS, Tabalong dan Kotabaru. (dinsos/mi)""",
S="Dinsos Kalsel renovasi 12 rumah veteran dan janda perintis kemerdekaan di 7 kabupaten/kota mulai 9/11; rumah pertama milik veteran Kai Abdul Gani (94) di Kuin Cerucuk. Target tuntas sebelum 20 Desember.",
L="""Sehari setelah Hari Pahlawan, Dinsos Kalsel mulai merenovasi rumah para veteran dan janda perintis kemerdekaan. Ada 12 rumah di tujuh kabupaten/kota; yang pertama milik veteran Kai Abdul Gani (94) di Kuin Cerucuk, Banjarmasin Barat.

Yang diperbaiki atap, lantai, kamar mandi dan pegangan tangan. Tukang setempat bekerja bersama anggota Kodim, target selesai sebelum 20 Desember. Sebelas rumah lainnya ada di Banjarbaru, Banjar, Tapin, HSS, Tabalong dan Kotabaru. "Sudah sepatutnya mereka tinggal di rumah yang layak," kata Kadinsos Dr. H. Muhammad Irfansyah.""",
P="Tarima kasih Dinsos Kalsel 🇮🇩 Rumah 12 urang veteran wan janda perintis kamardikaan dibaiki, atap, lantai, wc, sampai pegangan tangan. Nang partama rumah Kai Abdul Gani, umurnya 94, di Kuin Cerucuk. Tukangnya urang kampung wan bubuhan Kodim, target tuntas sabalum 20 Desember. Pajuang kita layak baisi rumah nang kada bucor ❤️",
N=[
("kim-basirih", "11-10 10:00", "Anggota Kodim dan warga Basirih bergotong royong mengecat pagar makam pahlawan di Jalan Kelayan. Kegiatan rutin setelah Hari Pahlawan.", "the same Kodim at a cemetery-fence painting"),
("kim-rantau-kiwa", "11-30 16:45", "Rumah Nini Jamilah, janda perintis di Rantau Kiwa, hari ini selesai direnovasi. Atapnya baru, lantai dikeramik, kamar mandi dipasang pegangan. Beliau menangis haru saat diserahkan.", "one house in Tapin finished later, told as its own news"),
("kim-tanjung", "11-11 14:20", "Program bedah rumah tidak layak huni Pemkab Tabalong tahun ini menyasar 120 rumah di 12 kecamatan, dimulai pekan depan.", "the kabupaten's general RTLH programme, another scheme and figures"),
],
B=[("kim-alalak-utara", "11-08 21:30", "Besok katanya ada tukang dan tentara yang mulai membongkar atap rumah Kai Abdul Gani, veteran kita di Kuin Cerucuk. Semoga lancar, beliau sudah lama menunggu.", "the evening before the renovation began")]),

dict(id="a17", src="pemkab-tapin", at="11-18 15:15",
title="Tapin Gelar Seminar Pengusulan Datu Kumpai Halimun sebagai Pahlawan Nasional",
text="""RANTAU – Pemerintah Kabupaten Tapin bersama Tim Peneliti dan Pengkaji Gelar Daerah (TP2GD) Kalimantan Selatan menggelar seminar pengusulan Datu Kumpai Halimun sebagai Pahlawan Nasional, Rabu (18/11/2026), di Aula Bappelitbangda Tapin. Seminar menghadirkan tiga sejarawan dan dihadiri 150 peserta dari sekolah, pesantren dan keluarga besar tokoh tersebut.

Bupati Tapin, H. Muhammad Yamani, S.H., mengatakan Datu Kumpai Halimun memimpin perlawanan rakyat di kawasan Candi Laras pada 1860-an. “Naskah akademik dan dokumen kolonial sudah terkumpul. Seminar ini menguji apakah bukti kita cukup kuat sebelum berkas dikirim ke Kementerian Sosial,” katanya.

Masukan seminar akan dirangkum TP2GD dalam dua pekan. Berkas pengusulan dijadwalkan diserahkan ke Gubernur Kalimantan Selatan pada Januari 2027. (diskominfo-tpn/my)""",
S="Pemkab Tapin dan TP2GD Kalsel gelar seminar pengusulan Datu Kumpai Halimun sebagai Pahlawan Nasional (18/11) di Aula Bappelitbangda, 150 peserta, 3 sejarawan. Berkas ke Gubernur Januari 2027.",
L=None,
P="Mudahan tuntung! Datu Kumpai Halimun, pamimpin parlawanan urang kampung di Candi Laras tahun 1860-an, diusulakan jadi Pahlawan Nasional. Samalam ada seminar di Aula Bappelitbangda Tapin, 150 urang hadir, tiga urang sejarawan manguji bukti. Berkasnya kaina dibawa ka Gubernur Januari 2027 🇮🇩 #Tapin",
N=[
("kim-margasari", "11-22 09:30", "Haul Datu Kumpai Halimun digelar di makam beliau di Candi Laras Selatan, Minggu pagi. Ratusan peziarah datang dari Rantau dan Kandangan, dilanjutkan pembacaan manaqib.", "the yearly haul at the grave, not the seminar"),
("kim-hatungun", "11-18 20:20", "Bupati Tapin H. Muhammad Yamani sore ini meresmikan jembatan gantung di Hatungun yang menghubungkan dua dusun. Warga menyambut dengan hadrah.", "same Bupati the same day, a bridge"),
("kim-hatungun", "11-25 14:10", "Siswa SMPN 2 Hatungun menampilkan drama perjuangan Datu Kumpai Halimun dalam pentas seni sekolah. Kostumnya dibuat sendiri dari karung dan daun nipah.", "a school drama about the same figure"),
("kim-binuang", "12-04 10:00", "Kapan Datu Kumpai Halimun jadi pahlawan nasional? Sudah bertahun-tahun diseminarkan. Semoga kali ini berhasil, jangan cuma wacana.", "a later sceptical comment; no seminar facts"),
],
B=[("kim-hatungun", "11-17 19:00", "Besok di Aula Bappelitbangda Rantau ada seminar tentang Datu Kumpai Halimun. Guru-guru sejarah diundang, katanya terbuka untuk umum juga.", "invitation the evening before the seminar")]),

dict(id="a18", src="pemprov-kalsel", at="11-25 11:00",
title="Mulai 1 Desember, 214 Veteran dan Janda Veteran Kalsel Dapat Kartu Layanan Prioritas",
text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menyerahkan Kartu Layanan Prioritas kepada 214 veteran dan janda veteran, Rabu (25/11/2026), di Gedung Mahligai Pancasila. Mulai 1 Desember, pemegang kartu gratis naik bus Trans Banjarbakula dan mendapat antrean prioritas di RSUD milik Pemprov serta di kantor Samsat.

Asisten Pemerintahan dan Kesejahteraan Rakyat Setdaprov Kalsel, Dr. H. Syamsul Rizal, M.Si., mengatakan kartu ini berlaku seumur hidup. “Para veteran sudah terlalu lama berdiri di antrean. Cukup tunjukkan kartu, petugas akan mendahulukan,” ujarnya.

Veteran yang belum menerima kartu dapat mendaftar ke Dinas Sosial kabupaten/kota dengan membawa kartu tanda anggota LVRI atau surat keputusan veteran. Kartu susulan akan dibagikan pada Januari 2027. (biro-adpim/sr)""",
S="Pemprov Kalsel serahkan Kartu Layanan Prioritas ke 214 veteran dan janda veteran (25/11): mulai 1 Desember gratis Trans Banjarbakula dan antrean prioritas di RSUD Pemprov dan Samsat. Yang belum dapat daftar ke Dinsos kab/kota.",
L="""Kabar untuk keluarga veteran: Pemprov Kalsel menyerahkan Kartu Layanan Prioritas kepada 214 veteran dan janda veteran di Gedung Mahligai Pancasila, Rabu (25/11).

Mulai 1 Desember, pemegang kartu naik bus Trans Banjarbakula gratis dan didahulukan di antrean RSUD milik Pemprov serta kantor Samsat. Kartu berlaku seumur hidup. Veteran yang belum kebagian bisa mendaftar ke Dinsos kabupaten/kota dengan membawa KTA LVRI atau SK veteran; kartu susulan dibagikan Januari 2027.""",
P="Kai-kai kita nang veteran, mulai 1 Desember naik bis Trans Banjarbakula gratis lah, di RSUD provinsi wan Samsat kada usah maantri lawas, didahuluakan. Samalam 214 urang veteran wan janda veteran dibari kartunya di Mahligai Pancasila. Nang balum dapat bapadah ka Dinsos kabupaten, bawa KTA LVRI atawa SK 🙏🇮🇩",
N=[
("kim-guntung-manggis", "12-01 08:30", "Hari pertama kartu veteran berlaku, Kai Salman (91) dari Guntung Manggis naik Trans Banjarbakula ke Martapura tanpa bayar. Sopirnya memberi hormat. Cerita kecil yang bikin haru.", "a first-day anecdote on 1 Dec, its own story"),
("kim-loktabat-utara", "11-25 20:45", "Di Gedung Mahligai Pancasila malam ini berlangsung gala dinner Hari Guru tingkat provinsi, 214 guru berprestasi diundang.", "same building, same day, another event; 214 means teachers"),
("kim-teluk-dalam", "11-28 10:00", "Trans Banjarbakula gratis untuk pelajar dan lansia katanya mulai tahun depan? Tolong admin cek, ada yang bilang hoaks.", "a rumour about free bus for students and elderly; no official facts"),
],
B=[]),

dict(id="a19", src="dinsos-kalsel", at="11-06 16:30",
title="14 Penerima Manfaat Panti Bina Laras Harapan Jaya Tuntaskan Rehabilitasi dan Kembali ke Keluarga",
text="""MARTAPURA – Sebanyak 14 penerima manfaat UPTD Panti Sosial Bina Laras Harapan Jaya, Dinas Sosial Provinsi Kalimantan Selatan, menuntaskan rehabilitasi sosial selama enam bulan, Jumat (6/11/2026). Mereka adalah penyandang disabilitas mental yang sudah stabil dan kini dikembalikan kepada keluarga di enam kabupaten.

Kepala UPTD Panti Sosial Bina Laras Harapan Jaya, H. Mursyid Hamdani, S.Psi., mengatakan selama rehabilitasi peserta belajar menganyam purun, merawat tanaman hias dan mengelola uang belanja. “Keterampilan ini bekal supaya mereka punya kegiatan dan tidak kembali dikucilkan,” ujarnya.

Setiap keluarga menerima buku panduan pendampingan dan jadwal kontrol obat di puskesmas terdekat. Pekerja sosial akan memantau perkembangan para alumni selama tiga bulan ke depan. (dinsos/mh)""",
S="14 penerima manfaat Panti Bina Laras Harapan Jaya (Dinsos Kalsel) tuntaskan rehabilitasi sosial 6 bulan (6/11) dan kembali ke keluarga di 6 kabupaten; bekal keterampilan anyam purun, tanaman hias, kelola uang.",
L=None,
P="Alhamdulillah, 14 urang panarima manfaat Panti Bina Laras Harapan Jaya tuntung rehabilitasi anam bulan, samalam dibulikakan ka keluarganya di anam kabupaten. Di panti balajar maanyam purun, bahuma kambang, maatur duit balanja. Kaina dipantau pekerja sosial tiga bulan. Tarima inya baik-baik di kampung lah, jangan dikucilakan ❤️",
N=[
("kim-kiram", "11-15 10:00", "Bazar kerajinan purun di Martapura hari Minggu ini menampilkan tikar dan tas dari kelompok perajin Kiram. Ada 14 stan, harganya mulai Rp25 ribu.", "a purun craft bazaar with 14 stands, not the graduates"),
("kim-sungai-tabuk-keramat", "11-12 15:30", "Puskesmas Sungai Tabuk membuka layanan konseling kesehatan jiwa setiap Kamis. Keluarga yang merawat anggota dengan gangguan jiwa bisa datang berkonsultasi.", "a puskesmas counselling day, another service"),
("kim-pengaron", "11-06 20:00", "Kepala Panti Bina Laras Harapan Jaya H. Mursyid Hamdani hari ini juga mengisi pengajian bulanan di masjid Pengaron tentang merawat keluarga yang sakit.", "same panti head the same day at a religious talk"),
],
B=[]),

dict(id="a20", src="pemkab-tanah-laut", at="11-17 14:20",
title="Sembilan Anak Berhadapan dengan Hukum di Tanah Laut Jalani Rehabilitasi Sosial di LPKS",
text="""PELAIHARI – Dinas Sosial Kabupaten Tanah Laut menempatkan sembilan anak berhadapan dengan hukum (ABH) di Lembaga Penyelenggaraan Kesejahteraan Sosial (LPKS) Pelaihari, Selasa (17/11/2026), setelah perkara mereka diselesaikan melalui diversi. Anak-anak berusia 13 hingga 17 tahun itu akan menjalani rehabilitasi sosial selama tiga bulan.

Kepala Dinas Sosial Tanah Laut, Hj. Fitriyani Rahmah, S.Sos., M.M., menegaskan sekolah anak tidak boleh terputus. “Guru dari sekolah asal datang dua kali seminggu, dan ujian semester tetap mereka ikuti. Rehabilitasi bukan hukuman, ini kesempatan kedua,” katanya.

Selama di LPKS anak mendapat bimbingan konseling, kegiatan keagamaan dan pelatihan bengkel motor. Orang tua wajib mengikuti sesi pengasuhan setiap Sabtu. (diskominfo-tala/fr)""",
S="Dinsos Tanah Laut tempatkan 9 anak berhadapan dengan hukum (13–17 tahun) di LPKS Pelaihari (17/11) setelah diversi; rehabilitasi sosial 3 bulan, sekolah tetap jalan dengan guru datang 2x seminggu, orang tua ikut sesi tiap Sabtu.",
L=None,
P="Sanga urang kakanakan umur 13 sampai 17 nang tasangkut perkara di Tala, sudah diversi, wayahini direhabilitasi di LPKS Pelaihari tiga bulan. Sakulahnya kada putus, guru datang dua kali saminggu. Kuitannya wajib umpat kelas pengasuhan tiap Sabtu. Kasampatan kadua gasan sidin barataan 🙏",
N=[
("kim-angsau", "11-24 11:00", "Polres Tanah Laut mengadakan sosialisasi bahaya narkoba dan tawuran di SMAN 1 Pelaihari. Sebanyak 300 siswa ikut, dilanjutkan penandatanganan ikrar pelajar.", "a police school talk, prevention not rehabilitation"),
("kim-kintap", "11-19 16:20", "Dua remaja Kintap yang terlibat pencurian kabel diserahkan kembali ke orang tua setelah mediasi di Polsek. Mereka wajib lapor setiap minggu.", "another diversion case in Kintap, not placed in the LPKS"),
("kim-takisung", "11-17 19:40", "Kadinsos Tala Hj. Fitriyani Rahmah siang tadi juga menyerahkan bantuan perlengkapan sekolah untuk 9 anak yatim di Takisung.", "same Kadinsos the same day; 9 means orphans' school kits"),
("kim-kintap", "12-01 09:10", "Kabarnya ada anak-anak dari Kintap yang dibawa ke panti di Pelaihari karena kasus. Benar kah? Keluarganya tidak bisa menjenguk?", "hearsay question, no official facts"),
],
B=[]),
]
