"""Hand-written releases a29-a41 of heldout63 (same fields as anns63_a)."""

ANNS = []


def A(**kw):
    ANNS.append(kw)


A(id="a29", src="pemkab-tanbu", t="2026-11-16 14:35", fam="penyuluh",
  title="14 Penyuluh Agama Datangi 22 Mes Karyawan Tambang dan Kebun di Satui dan Angsana",
  text="""BATULICIN – Kantor Kemenag Tanah Bumbu dan Bagian Kesra Setda Tanbu menugaskan 14 penyuluh agama untuk mengunjungi 22 mes karyawan perusahaan tambang dan perkebunan sawit di Kecamatan Satui dan Angsana. Kunjungan pertama dilakukan di mes karyawan di Desa Sungai Danau, [[15/11]].

Penyuluh menggelar kajian ba’da Isya, konsultasi keluarga bagi pekerja yang jauh dari istri dan anak, serta pendataan karyawan yang ingin belajar membaca Al-Qur’an. Perusahaan menyediakan ruang dan waktu di luar jam kerja. “Ribuan pekerja tinggal di mes berbulan-bulan. Mereka juga butuh siraman rohani dan tempat bercerita,” kata Kepala Bagian Kesra Setda Tanah Bumbu, H. Mahmud Yamani.

Setiap mes akan dikunjungi dua kali sebulan sampai Juni 2027. Pemkab berharap perusahaan lain di Kusan Hulu dan Mentewe ikut membuka mes mereka bagi penyuluh. (diskominfo-tnb/aw)""",
  s="14 penyuluh agama Kemenag–Kesra Tanbu mulai kunjungi 22 mes karyawan tambang dan sawit di Satui dan Angsana (pertama di Sungai Danau, 15/11): kajian, konsultasi keluarga, belajar mengaji. Dua kali sebulan sampai Juni 2027.",
  p="Bubuhan karyawan tambang wan sawit di mes Satui wan Angsana wayahini didatangi penyuluh agama 🙏 Ampat walas penyuluh, dua puluh dua mes, dua kali sabulan. Bapangajian ba'da Isya, kawa curhat masalah kaluarga nang jauh. #Tanbu #Penyuluh",
  tags="#PenyuluhAgama #TanahBumbu #Satui",
  n=[("kim-sungai-danau", 36, "Mes karyawan PT di Sungai Danau mengadakan turnamen futsal antarshift Senin malam, 12 tim. Hadiah dari koperasi karyawan.", "same mess, a futsal tournament"),
     ("kim-batulicin", 150, "Kemenag Tanbu membuka layanan konsultasi keluarga di KUA Simpang Empat setiap Rabu, gratis, bersama psikolog puskesmas. Daftar di loket KUA.", "same office, a KUA counselling desk in town"),
     ("kim-kusan-hulu", 320, "Perusahaan kebun di Kusan Hulu mengundang ustaz kampung untuk pengajian bulanan karyawan sejak tahun lalu. Belum ada penyuluh dari Kemenag ke sini.", "a company's own monthly pengajian, no counsellors yet")],
  b=None)

A(id="a30", src="pemkab-hss", t="2026-11-27 13:10", fam="penyuluh",
  title="Penyuluh Tiga Agama Kunjungi Tujuh Desa di Loksado Bersama-sama",
  text="""KANDANGAN – Penyuluh agama Islam, Kristen dan Hindu dari Kantor Kemenag Hulu Sungai Selatan mengunjungi tujuh desa di Kecamatan Loksado secara bersama-sama, [[26/11]]. Kunjungan lintas agama ini merupakan yang pertama di HSS.

Di setiap desa, penyuluh bertemu warga di balai desa dan rumah ibadah masing-masing, memberikan penyuluhan tentang pencatatan perkawinan, pencegahan perkawinan anak dan menjaga kerukunan. Warga Dayak Meratus di Loksado menganut agama yang beragam, bahkan dalam satu keluarga. “Kami datang bersama supaya warga melihat bahwa penyuluh agama mana pun punya pesan yang sama: rukun, tertib administrasi dan menjaga anak,” kata Kepala Kantor Kemenag HSS, H. Mahyuni Ridwan.

Kunjungan bersama akan diulang setiap tiga bulan. Kemenag HSS juga menjajaki layanan pencatatan perkawinan keliling untuk pasangan non-Muslim bersama Disdukcapil. (kominfo-hss/rn)""",
  s="Penyuluh agama Islam, Kristen dan Hindu Kemenag HSS kunjungi 7 desa di Loksado bersama-sama (26/11), pertama kali di HSS: pencatatan perkawinan, cegah perkawinan anak, kerukunan. Diulang tiap tiga bulan.",
  p="Penyuluh agama Islam, Kristen wan Hindu bajalan basamaan ka tujuh desa di Loksado 🤝 Pertama kalinya di HSS. Bapadah pasal kawin tacatat, jangan kawinakan anak halus, wan tatap rukun. Satu kaluarga di Loksado gin kawa babeda agama, tatap bakawan. #Loksado #Penyuluh",
  tags="#PenyuluhAgama #Loksado #HSS",
  n=[("kim-malinau", 20, "Hari ini di Balai Desa Malinau ada pelayanan Disdukcapil jemput bola: perekaman KTP-el dan cetak KK untuk 48 warga. Antre dari pagi, untung cuaca cerah.", "Dukcapil service in Malinau two days later, another team"),
     ("kim-kandangan-kota", 100, "Kantor Kemenag HSS menerima kunjungan studi tiru dari Kemenag Tapin tentang layanan KUA digital. Rombongan 25 orang.", "same office, a study visit"),
     ("kim-hamalau", 190, "Penyuluh agama Islam KUA Sungai Raya rutin membina majelis taklim di Hamalau tiap Selasa, tahun ini sudah 40 pertemuan. Ibu-ibu kompak hadir.", "a counsellor's regular local work, not the joint visit")],
  b=("kim-malinau", -46, "Katanya besok penyuluh dari Kemenag datang bertiga, ustaz, pendeta dan pemangku Hindu, ke balai desa kita. Warga diminta kumpul jam 10. Benar kah kada?", "hearsay the day before the joint visit, before the release"))

A(id="a31", src="kemenag-kalsel", t="2026-11-24 15:25", fam="manasik",
  title="58 dari 60 Peserta Lulus Sertifikasi Pembimbing Manasik Haji Profesional di UIN Antasari",
  text="""BANJARMASIN – Sebanyak 58 dari 60 peserta dinyatakan lulus sertifikasi pembimbing manasik haji profesional yang digelar Kanwil Kemenag Kalsel bersama UIN Antasari Banjarmasin, [[24/11]]. Sertifikasi berlangsung sejak 13 November di kampus UIN Antasari.

Peserta terdiri atas penyuluh agama, pengurus kelompok bimbingan ibadah haji dan umrah, serta dosen. Selama dua belas hari mereka menempuh 100 jam pelajaran, mulai fikih manasik, pendampingan jemaah lansia, psikologi jemaah hingga praktik di replika Masjidil Haram. “Pembimbing bersertifikat menjadi syarat bagi KBIHU dan manasik KUA. Makin banyak pembimbing, makin dekat layanan ke jemaah,” kata Kepala Bidang Penyelenggaraan Haji dan Umrah Kanwil Kemenag Kalsel, H. Abdul Halim Mubarak.

Dua peserta yang belum lulus dapat mengikuti ujian ulang pada angkatan berikutnya, Maret 2027. Sertifikat diserahkan melalui kantor kemenag kabupaten/kota. (kemenag-ks/ab)""",
  s="Sertifikasi pembimbing manasik haji Kanwil Kemenag Kalsel–UIN Antasari (13–24/11): 58 dari 60 peserta lulus setelah 100 jam pelajaran. Dua yang belum lulus ujian ulang Maret 2027.",
  p="Alhamdulillah, lima puluh dalapan matan anam puluh peserta lulus sertifikasi pambimbing manasik haji di UIN Antasari 🎓 Dua walas hari, saratus jam baguru. Kaina pambimbing ini nang maajari calon haji di KUA wan KBIHU. Nang dua urang kada lulus, Maret ujian ulang. #Haji #Kemenag",
  tags="#PembimbingManasik #KemenagKalsel #UINAntasari",
  n=[("kim-alalak-selatan", 60, "UIN Antasari Banjarmasin mewisuda 1.160 lulusan hari ini, termasuk 58 wisudawan program magister. Selamat kepada para wisudawan!", "same campus, graduation; same figure 58 meaning master's graduates"),
     ("kim-barabai-timur", 200, "Kemenag HST mengumumkan jadwal manasik di KUA Barabai: Sabtu 5 Desember, dibimbing dua pembimbing bersertifikat lulusan tahun lalu. Calon jemaah 2027 diminta hadir.", "a KUA's own manasik schedule"),
     ("kim-paliwara", 250, "KBIHU Nurul Hidayah Amuntai membuka pendaftaran bimbingan jemaah haji 2027. Pembimbingnya dua ustaz bersertifikat angkatan 2024. Info di sekretariat.", "a KBIHU's enrolment, not the certification")],
  b=None)

A(id="a32", src="pemkab-tapin", t="2026-11-17 15:05", fam="manasik",
  title="163 Calon Jemaah Haji Tapin Ikuti Manasik Tingkat Kabupaten, Praktik Tawaf di Halaman Rumah Dinas Bupati",
  text="""RANTAU – Sebanyak 163 calon jemaah haji Tapin yang diperkirakan berangkat pada 2027 mengikuti manasik haji tingkat kabupaten di Aula Rumah Dinas Bupati Tapin, [[16/11]] dan [[17/11]]. Kegiatan dibiayai APBD melalui Bagian Kesra.

Hari pertama diisi materi fikih dan kesehatan. Hari kedua jemaah praktik tawaf, sai dan wukuf di halaman rumah dinas yang dilengkapi replika Kakbah. Jemaah juga dibagi ke dalam regu sesuai kecamatan agar saling mengenal sebelum berangkat. “Manasik di KUA tetap berjalan. Manasik kabupaten ini untuk menyatukan jemaah Tapin dalam satu rombongan yang kompak,” ujar Wakil Bupati Tapin, H. Rahmadi Noor.

Pemkab juga menanggung pemeriksaan kesehatan lanjutan bagi jemaah berisiko tinggi. Manasik tingkat kabupaten berikutnya dijadwalkan Maret 2027 menjelang pelunasan tahap akhir. (diskominfo-tpn/mh)""",
  s="Manasik haji tingkat kabupaten Tapin (16–17/11) di Aula Rumah Dinas Bupati: 163 calon jemaah 2027, hari kedua praktik tawaf, sai, wukuf di halaman; dibagi regu per kecamatan. Berikutnya Maret 2027.",
  p="Saratus anam puluh tiga calon haji Tapin dua hari bamanasik di rumah dinas bupati, tawaf wan sai di halaman nang ada Kakbah tiruan 🕋 Dibagi regu per kecamatan supaya saling kenal. Jar Wabup, supaya rombongan Tapin kompak. #Tapin #ManasikHaji",
  tags="#ManasikHaji #Tapin #Haji2027",
  n=[("kim-binuang", 150, "KUA Binuang mengadakan manasik pertemuan kedua untuk 28 calon jemaah Sabtu besok di masjid kecamatan. Materi: larangan ihram.", "a KUA's own session with 28 pilgrims"),
     ("kim-rangda-malingkung", 6, "Halaman Rumah Dinas Bupati Tapin malam ini dipakai untuk nonton bareng final sepak bola pelajar. Replika Kakbah sisa manasik sudah dibongkar sore tadi.", "same yard, a football screening"),
     ("kim-margasari-hilir", 270, "Manasik haji kabupaten berikutnya katanya Maret, tapi ada yang bilang Februari. Kami tunggu surat resmi saja. Calon jemaah Candi Laras Selatan jangan khawatir.", "uncertainty about the next round, no new facts")],
  b=("kim-rangda-malingkung", -47, "Di halaman rumah dinas bupati sore ini tukang memasang Kakbah tiruan dan tenda besar. Kabarnya mulai besok ada manasik calon haji se-Tapin.", "preparations the day before, before the release"))

A(id="a33", src="pemkab-hss", t="2026-11-04 13:45", fam="zakat",
  title="Baznas HSS Resmikan Rumah Singgah Pasien di Banjarmasin, Dibangun dari Dana Zakat Rp1,1 Miliar",
  text="""KANDANGAN – Baznas Hulu Sungai Selatan meresmikan rumah singgah bagi pasien dan keluarga pasien asal HSS yang berobat di Banjarmasin, [[3/11]]. Rumah singgah berlokasi tidak jauh dari RSUD Ulin dan dibangun dengan dana zakat Rp1,1 miliar.

Bangunan dua lantai itu memiliki enam kamar, dapur bersama dan mobil antar-jemput ke rumah sakit. Pasien mustahik dan keluarganya dapat menginap gratis paling lama dua minggu dengan surat pengantar desa. “Keluarga pasien sering tidur di lorong rumah sakit karena tidak mampu menyewa kamar. Zakat warga HSS menjawab itu,” kata Ketua Baznas HSS, H. Syamsuni Arbain, dalam peresmian yang dihadiri Wakil Bupati HSS.

Pengelolaan harian dilakukan dua petugas Baznas yang tinggal di rumah singgah. Pendaftaran dapat dilakukan melalui Kantor Baznas HSS di Kandangan atau langsung ke petugas rumah singgah. (kominfo-hss/rn)""",
  s="Baznas HSS resmikan rumah singgah pasien asal HSS dekat RSUD Ulin Banjarmasin (3/11), dibangun dana zakat Rp1,1 M: 6 kamar, dapur, mobil antar-jemput; gratis maks. 2 minggu dengan pengantar desa.",
  p="Gasan urang HSS nang baubat di Banjarmasin, wayahini ada rumah singgah Baznas parak RSUD Ulin, kada usah guring di lorong rumah sakit lagi 🥹 Anam kamar, dapur, mobil antar. Gratis dua minggu, bawa surat pengantar desa. Dibangun matan zakat urang HSS! #HSS #Baznas",
  tags="#RumahSinggah #BaznasHSS #Zakat",
  n=[("kim-teluk-dalam", 60, "Rumah singgah milik sebuah yayasan di dekat RSUD Ulin menambah 10 tempat tidur untuk keluarga pasien dari luar kota, tarif sukarela. Yayasan ini sudah berjalan lima tahun.", "a foundation's own shelter near the same hospital"),
     ("kim-padang-batung", 150, "Ambulans gratis Baznas HSS sekarang ada tiga unit, yang terbaru ditempatkan di Padang Batung. Hubungi kantor desa untuk pemakaian.", "same Baznas, ambulances, another object"),
     ("kim-hamalau", 280, "Pengalaman keluarga kami menginap di rumah singgah Baznas HSS di Banjarmasin: bersih dan petugasnya ramah. Kami tinggal sembilan hari waktu abah operasi. Terima kasih 🙏", "a family's personal experience weeks later, no release facts")],
  b=None)

A(id="a34", src="pemkab-banjar", t="2026-11-12 14:15", fam="zakat",
  title="420 Penyadap Karet Lansia di Karang Intan dan Aranio Terima Zakat Baznas Banjar",
  text="""MARTAPURA – Baznas Kabupaten Banjar menyalurkan zakat Rp168 juta untuk 420 penyadap karet dan buruh kebun lanjut usia di Kecamatan Karang Intan dan Aranio. Penyerahan berlangsung di Aula Kantor Camat Karang Intan, [[11/11]].

Setiap penerima mendapat Rp400 ribu. Mereka dipilih karena harga getah karet yang rendah sementara usia tidak lagi memungkinkan bekerja penuh. Pendataan dilakukan UPZ desa bersama penyuluh pertanian. Penerima dari desa-desa di tepi Waduk Riam Kanan menerima zakat melalui petugas yang datang ke desa. “Petani karet kita sudah puluhan tahun menyadap. Di usia senja mereka layak dibantu,” kata Wakil Ketua I Baznas Kabupaten Banjar, H. Hasanuddin Mahfuz.

Baznas Banjar juga menyiapkan bantuan modal ternak ayam kampung bagi 60 penerima yang masih sanggup bekerja. Penyalurannya direncanakan pada Desember. (kominfo-bjr/hn)""",
  s="Baznas Banjar salurkan zakat Rp168 juta untuk 420 penyadap karet/buruh kebun lansia di Karang Intan dan Aranio (11/11), Rp400 ribu per orang. Desember: modal ayam kampung untuk 60 orang.",
  p="Kai nini panyadap gatah di Karang Intan wan Aranio, ampat ratus dua puluh urang, dapat zakat Baznas Banjar ampat ratus ribu saurang 🌳 Harga gatah murah, tanaga gin sudah kurang. Nang masih kuat Desember kaina dibari modal hayam kampung. #Banjar #Zakat",
  tags="#Zakat #BaznasBanjar #KarangIntan",
  n=[("kim-sungai-tabuk-kota", 48, "Harga getah karet di Sungai Tabuk minggu ini Rp9.500 per kilo di pengumpul, turun lagi. Petani berharap bisa naik menjelang akhir tahun.", "rubber price, no zakat"),
     ("kim-dalam-pagar", 110, "UPZ Masjid Dalam Pagar membagikan zakat mal jemaah kepada 38 mustahik di sekitar masjid, masing-masing Rp250 ribu. Dikelola pengurus masjid sendiri.", "a mosque UPZ's own distribution"),
     ("kim-aluh-aluh-besar", 560, "Bantuan ayam kampung dari Baznas Banjar untuk 60 penerima di Aranio dibagikan hari ini, tiap orang 20 ekor plus pakan. Kandang dibuat sendiri oleh penerima.", "the December chicken handout (next step), told as its own news")],
  b=None)

A(id="a35", src="pemkot-banjarbaru", t="2026-11-26 12:50", fam="zakat",
  title="Baznas Banjarbaru Serahkan 120 Kursi Roda dan 60 Alat Bantu Dengar untuk Warga Dhuafa",
  text="""BANJARBARU – Baznas Kota Banjarbaru bersama Pemko Banjarbaru menyerahkan 120 kursi roda dan 60 alat bantu dengar kepada penyandang disabilitas dan lansia dhuafa di Balai Kota Banjarbaru, [[25/11]]. Bantuan senilai Rp310 juta itu bersumber dari zakat ASN dan warga.

Penerima didata lewat kelurahan dan puskesmas, lalu diperiksa kebutuhannya oleh petugas rehabilitasi medis. Alat bantu dengar disetel langsung di tempat oleh teknisi. Sebanyak 22 kursi roda diantar ke rumah penerima yang tidak dapat datang. “Kursi roda bukan barang mewah. Dengan itu seorang lansia bisa ikut salat berjemaah dan ke posyandu lagi,” kata Wakil Wali Kota Banjarbaru, H. Wartono Setiadi.

Baznas Banjarbaru akan memeriksa kondisi alat setiap enam bulan. Warga yang membutuhkan alat bantu lain dapat mengajukan permohonan melalui kelurahan untuk tahun 2027. (humas-bjb/fz)""",
  s="Baznas dan Pemko Banjarbaru serahkan 120 kursi roda dan 60 alat bantu dengar (Rp310 juta dari zakat) kepada disabilitas dan lansia dhuafa di Balai Kota (25/11); 22 kursi roda diantar ke rumah.",
  p="Saratus dua puluh karusi roda wan anam puluh alat bantu dangar dibagi Baznas Banjarbaru lawan pemko di Balai Kota 🦽 Duitnya matan zakat ASN wan warga. Nang kada kawa datang, dua puluh dua karusi roda diantar ka rumah. Jar Wawali, kai nini kawa ka masjid lagi. #Banjarbaru",
  tags="#Zakat #BaznasBanjarbaru #Disabilitas",
  n=[("kim-bangkal", 48, "Dinas Sosial Banjarbaru mendata penyandang disabilitas untuk kartu penyandang disabilitas tahap II, petugas keliling RT Bangkal pekan ini. Siapkan KK.", "another office's data collection"),
     ("kim-sungai-besar", 100, "Balai Kota Banjarbaru menggelar donor darah HUT Korpri kemarin, 120 kantong terkumpul. Terima kasih pendonor!", "same venue; same figure 120 meaning blood bags"),
     ("kim-guntung-manggis", 200, "Kursi roda bantuan dari komunitas motor untuk Nini Aisyah di Guntung Manggis sudah diantar. Nini kini bisa ke langgar lagi.", "a motorcycle club's own gift of one wheelchair")],
  b=None)

A(id="a36", src="pemkab-hsu", t="2026-11-16 10:30", fam="infak",
  title="Infak Subuh Jemaah Masjid Raya Amuntai Biayai Sekolah 120 Anak Dhuafa",
  text="""AMUNTAI – Gerakan Infak Subuh jemaah Masjid Raya Amuntai selama Agustus hingga Oktober 2026 terkumpul Rp94 juta. Dana itu disalurkan untuk biaya sekolah 120 anak dhuafa dari SD sampai SMA dalam acara usai salat Subuh berjemaah, [[15/11]].

Setiap anak menerima bantuan Rp700 ribu hingga Rp900 ribu sesuai jenjang, berupa pembayaran seragam, buku dan iuran sekolah yang langsung ditransfer ke sekolah. Penerima diusulkan oleh ketua RT di sekitar masjid dan diverifikasi pengurus. “Jemaah Subuh memang sedikit, tapi infaknya konsisten. Setiap lembar yang masuk kotak Subuh kini menjadi buku pelajaran anak-anak,” kata Bupati Hulu Sungai Utara, H. Abdul Basit Ramli, yang ikut salat Subuh bersama jemaah.

Pemkab mendorong masjid besar di kecamatan lain meniru gerakan ini. Infak Subuh Masjid Raya Amuntai berlanjut untuk tahun ajaran 2027. (diskominfo-hsu/nr)""",
  s="Infak Subuh jemaah Masjid Raya Amuntai (Agustus–Oktober) terkumpul Rp94 juta, disalurkan untuk biaya sekolah 120 anak dhuafa usai Subuh berjemaah (15/11), Rp700–900 ribu per anak.",
  p="Jamaah Subuh Masjid Raya Amuntai tiap pagi bainfak, tiga bulan takumpul sambilan puluh ampat juta 🌅 Dibagi gasan biaya sakulah saratus dua puluh anak miskin. Pa Bupati gin umpat basubuh basamaan. Ayo rajin Subuh bajamaah! #HSU #InfakSubuh",
  tags="#InfakSubuh #HSU #MasjidRayaAmuntai",
  n=[("kim-paliwara", 20, "Usai Subuh berjemaah di Masjid Raya Amuntai pagi ini ada sarapan bubur gratis dari majelis taklim ibu-ibu. Ratusan porsi habis dalam setengah jam 😄", "same mosque, a later morning, free breakfast"),
     ("kim-danau-panggang", 200, "Masjid Al-Muhajirin Danau Panggang mulai Gerakan Infak Subuh juga minggu ini, hasilnya nanti untuk beli perahu antar jemaah saat banjir. Ayo jemaah!", "another mosque starting its own infak subuh"),
     ("kim-babirik", 120, "Bupati HSU H. Abdul Basit Ramli sore ini membuka pasar murah di halaman kantor Kecamatan Babirik, 900 paket sembako. Antre tertib ya.", "same Bupati days later, another event")],
  b=None)

A(id="a37", src="pemkab-tanah-laut", t="2026-11-20 10:45", fam="fkub",
  title="Safari Kerukunan FKUB Tanah Laut Kunjungi Enam Rumah Ibadah di Pelaihari dalam Sehari",
  text="""PELAIHARI – FKUB Kabupaten Tanah Laut bersama Pemkab menggelar Safari Kerukunan ke enam rumah ibadah di Pelaihari, [[19/11]]. Rombongan 35 orang terdiri atas pengurus FKUB, Kemenag, Kesbangpol dan tokoh pemuda lintas agama.

Rombongan berangkat dari masjid agung, lalu berkunjung ke gereja Protestan, gereja Katolik, pura, vihara dan klenteng. Di setiap tempat pengurus rumah ibadah menjelaskan tata ibadah dan kegiatan sosial mereka, kemudian rombongan makan siang bersama jemaat. “Kita sering hidup berdampingan tapi belum pernah masuk ke rumah ibadah tetangga. Saling kenal mencegah saling curiga,” kata Wakil Bupati Tanah Laut, H. Zulkifli Effendi, yang ikut seluruh rangkaian.

Safari Kerukunan direncanakan digelar setiap semester dengan rute berbeda. Semester depan rombongan akan mengunjungi rumah ibadah di Kecamatan Jorong dan Kintap. (diskominfo-tala/wn)""",
  s="Safari Kerukunan FKUB Tanah Laut (19/11): rombongan 35 orang kunjungi 6 rumah ibadah di Pelaihari, masjid agung, dua gereja, pura, vihara dan klenteng, dalam sehari. Semester depan Jorong dan Kintap.",
  p="Rombongan FKUB Tala tiga puluh lima urang, dalam sahari mailangi anam rumah ibadah di Pelaihari, masjid, gereja dua, pura, vihara wan klenteng 🕌⛪🛕 Makan siang basamaan jemaat. Jar Wabup, saling kenal supaya kada saling curiga. Samester dudi ka Jorong wan Kintap! #Tala #FKUB",
  tags="#SafariKerukunan #TanahLaut #FKUB",
  n=[("kim-kintap", 320, "Katanya FKUB Tala mau safari ke rumah ibadah di Kintap. Dari info camat, jadwalnya belum ada, paling cepat semester depan. Pengurus gereja dan masjid di sini siap menyambut.", "Kintap waiting for a later round"),
     ("kim-tambang-ulang", 100, "Pemuda gereja dan remaja masjid Tambang Ulang kerja bakti bersama membersihkan makam umum desa Minggu pagi, dilanjut makan nasi bungkus bersama.", "a village's own joint clean-up"),
     ("kim-angsau", 26, "Wakil Bupati Tanah Laut H. Zulkifli Effendi hari ini melepas 14 truk bantuan bibit sawit untuk petani Jorong dari halaman kantor bupati.", "same Wabup two days later, another event")],
  b=None)

A(id="a38", src="pemkab-hst", t="2026-11-26 15:15", fam="fkub",
  title="FKUB HST dan Tokoh Adat Kiyu Sepakati Tata Cara Pemakaman Warga Berbeda Agama",
  text="""BARABAI – FKUB Kabupaten Hulu Sungai Tengah menggelar dialog kerukunan di Balai Adat Kiyu, Kecamatan Batang Alai Timur, [[25/11]]. Sebanyak 75 peserta hadir, terdiri atas tokoh Islam, Kristen, penganut kepercayaan Dayak Meratus, damang, kepala desa dan aparat kecamatan.

Dialog menyepakati tata cara pemakaman warga berbeda agama di tanah adat: setiap keluarga memakamkan sesuai agamanya, warga lain membantu menggali dan mengantar, dan lahan makam dipisah dengan batas yang disepakati adat. Kesepakatan ditulis dalam berita acara yang ditandatangani damang dan FKUB. “Kesepakatan ini sebenarnya sudah lama dijalankan, sekarang ditulis agar anak cucu tidak berselisih,” kata Ketua FKUB HST, KH. Ahmad Rafiq Zuhdi.

Berita acara akan disalin ke desa-desa tetangga di Batang Alai Timur. FKUB HST juga berencana menggelar dialog serupa di Hantakan pada Februari 2027. (diskominfo-hst/ha)""",
  s="Dialog FKUB HST di Balai Adat Kiyu, Batang Alai Timur (25/11): 75 tokoh lintas agama, damang dan kades sepakati tata cara pemakaman warga berbeda agama di tanah adat, ditulis dalam berita acara.",
  p="Di Balai Adat Kiyu, tokoh agama wan tokoh adat tujuh puluh lima urang sapakat pasal bakuburan warga nang babeda agama 🤝 Dikubur manurut agama masing-masing, nang lain umpat manggali wan maantar. Ditulis di barita acara supaya anak cucu kada bacakut. #HST #FKUB",
  tags="#FKUBHST #Kiyu #Kerukunan",
  n=[("kim-birayang", 80, "Aruh Bawanang di Kiyu dimulai akhir pekan ini, wisatawan boleh menonton dengan izin damang dan tidak memotret ritual tertentu. #Kiyu #Meratus", "an aruh at Kiyu, not the dialogue"),
     ("kim-pagat", 180, "Jalan menuju Kiyu longsor di dua titik setelah hujan deras, kendaraan roda empat belum bisa lewat. Warga gotong royong membuka jalur.", "road landslide on the same route"),
     ("kim-barabai-timur", 190, "FKUB HST katanya mau dialog lagi di Hantakan. Bukan bulan ini ya, rencananya Februari. Warga Hantakan silakan siapkan usulan tema.", "the planned Hantakan round, not yet held")],
  b=None)

A(id="a39", src="kesbangpol-kalsel", t="2026-11-12 16:30", fam="penyuluh",
  title="65 Penyuluh Agama, Babinsa dan Bhabinkamtibmas Dilatih Deteksi Dini Konflik Bernuansa Agama",
  text="""BANJARBARU – Badan Kesbangpol Kalimantan Selatan melatih 65 peserta yang terdiri atas penyuluh agama, Babinsa dan Bhabinkamtibmas dalam deteksi dini konflik bernuansa agama. Pelatihan berlangsung di Banjarbaru, [[10/11]] hingga [[12/11]].

Peserta belajar mengenali tanda awal ketegangan, seperti penolakan kegiatan ibadah, selebaran provokatif dan perselisihan batas lahan rumah ibadah, lalu melaporkannya secara berjenjang melalui camat dan FKUB. Mereka juga berlatih memediasi dengan simulasi kasus. “Penyuluh agama adalah orang pertama yang mendengar keluhan warga. Kalau mereka cepat melapor, konflik bisa dipadamkan saat masih kecil,” kata Kepala Badan Kesbangpol Kalsel, Drs. H. Fathurrahman Yusuf.

Peserta akan membentuk jejaring pelaporan di tiap kabupaten/kota. Kesbangpol menyiapkan formulir laporan daring yang mulai digunakan pada Januari 2027. (kesbangpol-ks/ls)""",
  s="Kesbangpol Kalsel latih 65 penyuluh agama, Babinsa dan Bhabinkamtibmas deteksi dini konflik bernuansa agama di Banjarbaru (10–12/11): tanda awal, pelaporan berjenjang, simulasi mediasi. Formulir daring Januari 2027.",
  l="Selama tiga hari di Banjarbaru, Kesbangpol Kalsel melatih 65 penyuluh agama, Babinsa dan Bhabinkamtibmas mengenali tanda awal konflik bernuansa agama: penolakan ibadah, selebaran provokatif, sengketa lahan rumah ibadah. Laporannya berjenjang lewat camat dan FKUB, plus simulasi mediasi. Kepala Kesbangpol Drs. H. Fathurrahman Yusuf menyebut penyuluh agama orang pertama yang mendengar keluhan warga. Jejaring pelaporan dibentuk per kabupaten; formulir daring mulai Januari 2027.",
  p="Anam puluh lima urang penyuluh agama, Babinsa wan Bhabinkamtibmas baguru di Banjarbaru cara mancium bibit bacakut nang bamuatan agama 👀 Lamun ada salebaran provokatif atawa sengketa tanah rumah ibadah, lakasi lapor ka camat wan FKUB. Api halus dipadamakan sabalum ganal. #Kesbangpol",
  tags="#DeteksiDini #KesbangpolKalsel #Kerukunan",
  n=[("kim-binuang", 140, "Babinsa dan Bhabinkamtibmas Binuang patroli bersama ke posko pengamanan Nataru yang sedang dibangun di simpang tiga. Warga diminta melapor bila ada gangguan.", "a joint patrol, not the training"),
     ("kim-juai", 300, "Ada selebaran di Juai yang menyindir pembangunan gereja kecil di ujung kampung. Pembakal dan tokoh masjid sudah bertemu pengurus gereja, sepakat selebaran itu bukan dari warga. Tetap tenang, jangan ikut menyebar.", "a real local incident handled by the village"),
     ("kim-guntung-manggis", 18, "Hotel tempat pelatihan Kesbangpol kemarin hari ini dipakai untuk rapat kerja KONI Banjarbaru. Jalan depan hotel ramai mobil dinas.", "same venue next day, another meeting")],
  b=None)

A(id="a40", src="pemkab-banjar", t="2026-11-27 11:30", fam="penyuluh",
  title="Penyuluh Sapa Pasar: Penyuluh Agama Hadir Tiap Kamis di Pasar Martapura",
  text="""MARTAPURA – Kantor Kemenag Kabupaten Banjar bersama Bagian Kesra Setda Banjar meluncurkan program Penyuluh Sapa Pasar di Pasar Martapura, [[26/11]]. Setiap Kamis, empat penyuluh agama membuka meja konsultasi di los tengah pasar dari pukul 08.00 sampai 11.00 Wita.

Pedagang dan pembeli dapat bertanya tentang zakat perdagangan, timbangan yang jujur, masalah keluarga hingga pendaftaran nikah dan haji. Penyuluh juga mengisi kajian singkat lima belas menit melalui pengeras suara pasar sebelum Zuhur. Pada hari pertama tercatat 46 warga datang berkonsultasi. “Pasar adalah tempat orang bertemu setiap hari. Penyuluh harus hadir di tempat warga berada,” kata Kepala Kantor Kemenag Kabupaten Banjar, H. Muhammad Syarif Hidayat.

Program ini akan diperluas ke Pasar Gambut dan Pasar Sungai Tabuk mulai Januari 2027. Pedagang diminta mengusulkan tema kajian melalui pengelola pasar. (kominfo-bjr/hn)""",
  s="Penyuluh Sapa Pasar Kemenag–Kesra Banjar diluncurkan di Pasar Martapura (26/11): tiap Kamis 08.00–11.00 empat penyuluh buka meja konsultasi (zakat dagang, timbangan, keluarga, nikah, haji). Hari pertama 46 warga.",
  p="Bubuhan padagang Pasar Martapura, tiap Kamis wayahini ada penyuluh agama bajaga di los tangah, jam dalapan sampai sabalas 🛒 Kawa batakun pasal zakat dagang, timbangan, masalah rumah tangga, daftar kawin wan haji. Hari partama ampat puluh anam urang batakun. #Martapura #Penyuluh",
  tags="#PenyuluhAgama #Martapura #SapaPasar",
  n=[("kim-dalam-pagar", 30, "Pasar Martapura hari ini: tera ulang timbangan pedagang oleh Disperindag di los ikan, 46 timbangan diperiksa, 5 ditolak karena tidak akurat.", "same market, metrology check; same figure 46 meaning scales"),
     ("kim-sungai-tabuk-kota", 150, "Penyuluh Sapa Pasar ke Pasar Sungai Tabuk? Katanya baru Januari ya. Pedagang di sini sudah menunggu, terutama soal zakat hasil panen.", "Sungai Tabuk's wait for the January extension"),
     ("kim-aluh-aluh-besar", 190, "Penyuluh agama KUA Aluh-Aluh mengisi khutbah Jumat di masjid desa dan mengingatkan jemaah tentang bahaya pinjol. Jemaah penuh sampai teras.", "a counsellor's Friday sermon elsewhere")],
  b=None)

A(id="a41", src="pemkab-hst", t="2026-11-21 14:20", fam="nikah",
  title="30 Pasangan Ikuti Nikah Massal di Pendopo Bupati HST, Sebagian Menikah Siri Sejak Puluhan Tahun",
  text="""BARABAI – Pemkab Hulu Sungai Tengah menggelar nikah massal bagi 30 pasangan di Pendopo Bupati HST, [[21/11]]. Kegiatan yang digelar Bagian Kesra bersama Kantor Kemenag HST ini diikuti pasangan dari 11 kecamatan.

Sebanyak 22 pasangan sudah lama menikah secara agama, bahkan ada yang sejak 1987, sedangkan delapan pasangan merupakan pengantin baru. Akad dilaksanakan oleh penghulu KUA Barabai, disaksikan Bupati dan jajaran Forkopimda. Setiap pasangan menerima buku nikah, kartu keluarga baru, mahar Rp1 juta dan seperangkat perlengkapan rumah tangga. “Pasangan yang sudah berumah tangga puluhan tahun tetap perlu tercatat, agar anak-anak aman secara hukum,” kata Bupati Hulu Sungai Tengah, H. Aulia Rahman Syarif.

Pemkab berencana menggelar nikah massal setiap tahun bertepatan dengan peringatan hari jadi kabupaten. Pasangan yang belum sempat mendaftar diminta melapor ke KUA masing-masing. (diskominfo-hst/ha)""",
  s="Nikah massal Pemkab HST di Pendopo Bupati (21/11): 30 pasangan dari 11 kecamatan, 22 di antaranya nikah siri lama (ada sejak 1987). Dapat buku nikah, KK baru, mahar Rp1 juta dan perlengkapan rumah tangga.",
  p="Sabtu di pendopo bupati HST tiga puluh pasang bakawinan, dua puluh dua pasang tu nang sudah lawas kawin siri, ada nang matan 1987 😂🥰 Dapat buku nikah, KK, mahar sajuta wan parabot rumah. Pa Bupati jadi saksi. #HST #NikahMassal",
  tags="#NikahMassal #HST #Barabai",
  n=[("kim-birayang", 100, "Pasangan Kai Ijum dan Nini Masrah dari Birayang merayakan 50 tahun pernikahan dengan selamatan di langgar, dihadiri tiga generasi keluarga. Barakallah 🥰", "a golden anniversary, no mass wedding"),
     ("kim-pagat", 20, "Pendopo Bupati HST hari ini dipakai untuk lomba masak wadai tradisional PKK se-kabupaten, 22 peserta. Juara pertama bingka dari Batu Benawa.", "same pendopo the next day, cooking contest"),
     ("kim-barabai-timur", 150, "KUA Barabai mengingatkan: nikah di kantor KUA pada hari kerja gratis. Bulan ini sudah 41 pasangan menikah di kantor KUA. Jangan tunggu nikah massal kalau mau cepat.", "the KUA's own notice about free office weddings")],
  b=("kim-barabai-timur", -24, "Besok Sabtu ada nikah massal di pendopo bupati, katanya tiga puluh pasang. Jalan di depan pendopo kemungkinan ditutup jam 7–12. Mohon maklum.", "invitation/traffic notice the day before, before the release"))
