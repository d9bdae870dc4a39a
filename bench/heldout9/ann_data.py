# Hand-written press releases for heldout9. Officials, figures and venues are made up.
# (key, source, url, published_at, title, text)
ANNS = [
("a01", "pemkab-tabalong", "https://tabalongkab.go.id/2026/05/18/pendaftaran-beasiswa-tabalong-unggul-2026-dibuka/", "2026-05-18T10:20:00+08:00",
 "Pendaftaran Beasiswa Tabalong Unggul 2026 Dibuka, Kuota 350 Mahasiswa",
 """TANJUNG – Pemerintah Kabupaten Tabalong membuka pendaftaran Beasiswa Tabalong Unggul tahun 2026 mulai 25 Mei hingga 14 Juni 2026. Tahun ini disediakan kuota 350 penerima, terdiri atas 250 mahasiswa S1, 60 mahasiswa D3 dan 40 penghafal Al-Qur'an.

Kepala Dinas Pendidikan Tabalong, H. Rahmadi Noor, mengatakan pendaftaran dilakukan secara daring melalui laman beasiswa Disdik dan tidak dipungut biaya. "Setiap penerima mendapat bantuan Rp6 juta per tahun. Syaratnya ber-KTP Tabalong, IPK minimal 3,00 dan bukan penerima beasiswa lain," ujarnya, Senin (18/5/2026).

Setelah pendaftaran ditutup, panitia akan melakukan verifikasi berkas dan wawancara pada 15–30 Juni. Hasil seleksi diumumkan pada awal Juli.

Rahmadi mengimbau mahasiswa tidak mempercayai pihak yang menjanjikan kelulusan dengan imbalan uang. (dkisp-tbl/ra)"""),

("a02", "pemkab-tabalong", "https://tabalongkab.go.id/2026/07/09/341-mahasiswa-lolos-seleksi-beasiswa-tabalong-unggul/", "2026-07-09T15:45:00+08:00",
 "341 Mahasiswa Lolos Seleksi Beasiswa Tabalong Unggul 2026",
 """TANJUNG – Sebanyak 341 mahasiswa dinyatakan lolos seleksi Beasiswa Tabalong Unggul 2026 dari 1.126 pendaftar. Pengumuman hasil seleksi dapat dilihat di laman Dinas Pendidikan Tabalong sejak Kamis (9/7/2026).

Kepala Dinas Pendidikan Tabalong, H. Rahmadi Noor, menjelaskan sembilan kuota tidak terisi karena pendaftar jalur tahfidz tidak memenuhi syarat hafalan. "Penerima wajib mengunggah surat pernyataan dan nomor rekening Bank Kalsel paling lambat 24 Juli," katanya.

Dana beasiswa sebesar Rp6 juta per tahun dijadwalkan cair pada pekan kedua Agustus. Mahasiswa yang tidak mengunggah berkas hingga batas waktu dianggap mengundurkan diri dan digantikan peserta cadangan. (dkisp-tbl/ra)"""),

("a03", "pemkot-banjarmasin", "https://banjarmasinkota.go.id/2026/09/beasiswa-banjarmasin-baiman-tahap-ii-cair-untuk-612-mahasiswa.html", "2026-09-14T11:10:00+08:00",
 "Beasiswa Banjarmasin Baiman Tahap II Cair untuk 612 Mahasiswa",
 """BANJARMASIN – Pemerintah Kota Banjarmasin mencairkan Beasiswa Banjarmasin Baiman tahap II kepada 612 mahasiswa, Senin (14/9/2026). Setiap penerima mendapat Rp3 juta yang ditransfer langsung ke rekening masing-masing.

Wali Kota Banjarmasin melalui Kepala Bagian Kesejahteraan Rakyat, Hj. Siti Raudah, mengatakan tahap II diperuntukkan bagi mahasiswa semester ganjil yang lolos verifikasi ulang. "Tahap I pada April lalu menyasar 580 mahasiswa. Total anggaran tahun ini Rp3,6 miliar," ujarnya.

Penerima diminta mengecek rekening mulai 15 September. Jika dana belum masuk hingga 25 September, mahasiswa dapat melapor ke Bagian Kesra Setdako Banjarmasin dengan membawa KTM dan buku tabungan. (mc-bjm/sr)"""),

("a04", "diskop-kalsel", "https://diskopumkm.kalselprov.go.id/2026/07/21/realisasi-kur-kalsel-semester-i-2026-capai-rp214-triliun/", "2026-07-21T14:00:00+08:00",
 "Realisasi KUR Kalsel Semester I 2026 Capai Rp2,14 Triliun",
 """BANJARBARU – Penyaluran Kredit Usaha Rakyat (KUR) di Kalimantan Selatan hingga akhir Juni 2026 mencapai Rp2,14 triliun untuk 41.380 debitur. Angka tersebut setara 49,8 persen dari target tahun 2026 sebesar Rp4,3 triliun.

Kepala Dinas Koperasi dan UKM Provinsi Kalsel, Ir. Fathurrahman Syarif, menyebut sektor perdagangan masih mendominasi dengan porsi 46 persen, disusul pertanian 31 persen. "Kami dorong bank penyalur menambah porsi sektor produksi, terutama pertanian dan perikanan," katanya di Banjarbaru, Selasa (21/7/2026).

Ia mengingatkan pelaku UMKM bahwa KUR mikro hingga Rp100 juta tidak mensyaratkan agunan tambahan dan bunganya enam persen per tahun. Warga diminta berhati-hati terhadap calo yang menawarkan jasa pengurusan KUR. (diskopumkm/fs)"""),

("a05", "pemkab-banjar", "https://banjarkab.go.id/2026/03/16/pendaftaran-kredit-bauntung-batuah-tahap-i-dibuka/", "2026-03-16T09:30:00+08:00",
 "Pendaftaran Kredit Bauntung Batuah Tahap I Dibuka, Bunga Nol Persen",
 """MARTAPURA – Pemerintah Kabupaten Banjar bersama Bank Kalsel membuka pendaftaran Kredit Bauntung Batuah tahap I bagi pelaku usaha mikro mulai 16 Maret sampai 10 April 2026. Kredit ini bebas bunga karena bunganya ditanggung APBD.

Kepala Dinas Koperasi, UKM dan Perdagangan Kabupaten Banjar, Muhammad Haris Fadillah, mengatakan plafon pinjaman Rp5 juta hingga Rp25 juta dengan tenor maksimal dua tahun. "Kuota tahap pertama 400 pelaku usaha. Pendaftaran di kantor kecamatan atau kantor cabang Bank Kalsel terdekat," ujarnya, Senin (16/3/2026).

Syaratnya memiliki usaha paling sedikit satu tahun, NIB dan KTP Kabupaten Banjar. Tahap II direncanakan dibuka pada Agustus. (kominfo-bjr/mh)"""),

("a06", "pemkab-hss", "https://hulusungaiselatankab.go.id/berita/135-pelaku-usaha-terima-kurda-hss-tahap-ii", "2026-08-24T13:25:00+08:00",
 "135 Pelaku Usaha Terima KURDA HSS Tahap II",
 """KANDANGAN – Sebanyak 135 pelaku usaha mikro di Kabupaten Hulu Sungai Selatan menerima Kredit Usaha Rakyat Daerah (KURDA) tahap II senilai total Rp2,7 miliar. Penyerahan simbolis berlangsung di Pendopo Kabupaten HSS, Senin (24/8/2026).

Wakil Bupati HSS, H. Anwar Ridhani, mengatakan setiap penerima mendapat pinjaman Rp20 juta dengan bunga tiga persen per tahun yang disubsidi pemerintah daerah. "Tahap I bulan April diterima 120 pelaku usaha. Kami harap tingkat pengembalian tetap di atas 95 persen," katanya.

Penerima tahap II berasal dari 11 kecamatan, sebagian besar pedagang makanan, perajin anyaman purun dan pengolah ikan. (diskominfo-hss/ar)"""),

("a07", "pemkab-hst", "https://hstkab.go.id/2026/04/seleksi-perangkat-desa-serentak-hst-dibuka-87-formasi.html", "2026-04-27T10:05:00+08:00",
 "Seleksi Perangkat Desa Serentak HST Dibuka, 87 Formasi di 39 Desa",
 """BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah menggelar seleksi perangkat desa serentak tahun 2026 untuk 87 formasi di 39 desa yang tersebar di 11 kecamatan. Pendaftaran dibuka 4 hingga 9 Mei 2026 di kantor desa masing-masing.

Kepala Bagian Pemerintahan Setda HST, Ahmad Riduan, mengatakan formasi yang diisi meliputi sekretaris desa, kepala urusan dan kepala seksi. "Ujian tertulis berbasis komputer dilaksanakan 26 Mei di Gedung Murakata. Nilai langsung tampil di layar, jadi tidak ada titipan," ujarnya, Senin (27/4/2026).

Pelamar minimal berijazah SMA sederajat, berusia 20 sampai 42 tahun dan berdomisili di desa setempat paling sedikit satu tahun. (dkisp-hst/ar)"""),

("a08", "pemkab-hst", "https://hstkab.go.id/2026/06/hasil-ujian-seleksi-perangkat-desa-hst-diumumkan.html", "2026-06-02T16:30:00+08:00",
 "Hasil Ujian Seleksi Perangkat Desa HST Diumumkan, 87 Peserta Lulus",
 """BARABAI – Hasil ujian seleksi perangkat desa serentak Kabupaten Hulu Sungai Tengah resmi diumumkan, Selasa (2/6/2026). Dari 412 peserta yang mengikuti ujian tertulis berbasis komputer, 87 orang dinyatakan lulus sesuai jumlah formasi.

Kepala Bagian Pemerintahan Setda HST, Ahmad Riduan, mengatakan kepala desa wajib berkonsultasi dengan camat sebelum menerbitkan keputusan pengangkatan. "Pelantikan perangkat desa terpilih paling lambat 14 hari setelah rekomendasi camat terbit," katanya.

Peserta yang keberatan dengan hasil dapat mengajukan sanggahan tertulis ke panitia kabupaten sampai 5 Juni. Daftar kelulusan per desa ditempel di kantor desa dan kantor kecamatan. (dkisp-hst/ar)"""),

("a09", "pemkab-balangan", "https://balangankab.go.id/berita/detail/balangan-buka-seleksi-54-perangkat-desa", "2026-10-05T09:15:00+08:00",
 "Balangan Buka Seleksi 54 Perangkat Desa",
 """PARINGIN – Pemerintah Kabupaten Balangan membuka seleksi perangkat desa tahun 2026 untuk 54 formasi di 23 desa. Pendaftaran berlangsung 5 sampai 10 Oktober 2026 di kantor desa yang membuka formasi.

Kepala Dinas Pemberdayaan Masyarakat dan Desa Balangan, Hj. Nor Aidah, mengatakan ujian tertulis akan digelar 24 Oktober bekerja sama dengan Universitas Lambung Mangkurat. "Soal disusun pihak kampus dan dikoreksi di tempat. Kami ingin perangkat desa yang terpilih benar-benar kompeten," ujarnya, Senin (5/10/2026).

Formasi terbanyak ada di Kecamatan Juai dan Halong. Pelamar berijazah minimal SMA sederajat dan berusia 20 sampai 42 tahun. (mc-blg/na)"""),

("a10", "dtph-kalsel", "https://dtph.kalselprov.go.id/2026/03/09/kalsel-salurkan-277-unit-alsintan-ke-13-kabupaten-kota/", "2026-03-09T14:40:00+08:00",
 "Kalsel Salurkan 277 Unit Alsintan ke 13 Kabupaten/Kota",
 """BANJARBARU – Dinas Tanaman Pangan dan Hortikultura Provinsi Kalimantan Selatan menyalurkan 277 unit alat dan mesin pertanian (alsintan) tahun 2026 ke 13 kabupaten/kota. Bantuan terdiri atas 52 combine harvester, 140 traktor tangan dan 85 pompa air.

Kepala DTPH Kalsel, Ir. Hj. Nurul Aini, mengatakan bantuan bersumber dari APBN dan APBD provinsi dan diprioritaskan bagi kelompok tani di sentra padi. "Kabupaten Barito Kuala, Banjar dan Tanah Laut mendapat porsi terbesar karena luas tanamnya paling besar," ujarnya, Senin (9/3/2026).

Alsintan diserahkan melalui dinas pertanian kabupaten/kota, yang kemudian membagikannya ke kelompok tani penerima. Kelompok penerima dilarang memindahtangankan atau menyewakan alsintan ke luar kelompok. (dtph/na)"""),

("a11", "pemkab-tanah-laut", "https://tanahlautkab.go.id/berita/bupati-serahkan-alsintan-tahap-ii-untuk-38-poktan", "2026-06-15T11:50:00+08:00",
 "Bupati Serahkan Alsintan Tahap II untuk 38 Poktan",
 """PELAIHARI – Bupati Tanah Laut menyerahkan bantuan alat dan mesin pertanian tahap II kepada 38 kelompok tani di halaman Dinas Pertanian, Senin (15/6/2026). Bantuan meliputi 24 traktor tangan, 10 pompa air dan empat combine harvester.

Alsintan tahap II ini merupakan bagian dari program provinsi yang dibagikan ke kabupaten, ditambah pengadaan APBD Tanah Laut. Kepala Dinas Pertanian Tanah Laut, Drs. Junaidi Rahman, mengatakan penerima berasal dari Kecamatan Bati-Bati, Kurau, Takisung dan Panyipatan. "Tahap I pada Maret sudah menjangkau 29 kelompok," katanya.

Ia meminta kelompok tani merawat alat dan mencatat pemakaian. Petugas penyuluh akan mengecek kondisi alsintan setiap tiga bulan. (diskominfo-tala/jr)"""),

("a12", "pemkab-hsu", "https://hsu.go.id/berita/detail/12-traktor-roda-empat-untuk-petani-rawa-hsu", "2026-09-03T10:35:00+08:00",
 "12 Traktor Roda Empat untuk Petani Rawa HSU",
 """AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara menyerahkan 12 traktor roda empat dan 30 pompa air kepada kelompok tani di lahan rawa, Kamis (3/9/2026). Penerima berasal dari Kecamatan Danau Panggang, Babirik, Sungai Pandan dan Amuntai Selatan.

Kepala Dinas Pertanian HSU, Ir. H. Mukhlis, mengatakan traktor roda empat dipilih karena mampu bekerja di lahan berlumpur dalam. "Satu traktor bisa mengolah sampai 8 hektare sehari, jauh lebih cepat dari traktor tangan," ujarnya.

Bantuan senilai Rp4,1 miliar ini berasal dari dana alokasi khusus. Pengelolaan alat diserahkan kepada UPJA kecamatan agar bisa dipakai bergiliran oleh kelompok tani sekitar. (kominfo-hsu/mk)"""),

("a13", "disnakertrans-kalsel", "https://disnakertrans.kalselprov.go.id/2026/04/06/pendaftaran-pelatihan-blk-gelombang-ii-dibuka-256-kursi/", "2026-04-06T08:50:00+08:00",
 "Pendaftaran Pelatihan BLK Gelombang II Dibuka, 256 Kursi Gratis",
 """BANJARBARU – UPTD Balai Latihan Kerja Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalsel membuka pendaftaran pelatihan berbasis kompetensi gelombang II tahun 2026. Pendaftaran dibuka 13 hingga 24 April untuk 256 kursi pada 16 kejuruan.

Kepala UPTD BLK, Rusdiansyah, mengatakan kejuruan yang dibuka antara lain las, otomotif sepeda motor, listrik, menjahit, tata boga, barista dan desain grafis. "Pelatihan gratis, peserta mendapat uang saku, makan siang dan sertifikat kompetensi," katanya, Senin (6/4/2026).

Peserta berusia 17 sampai 40 tahun dan tidak sedang bersekolah. Pendaftaran melalui aplikasi SIAPkerja, lalu seleksi wawancara pada 27–29 April. Pelatihan dimulai 11 Mei. (disnakertrans/rd)"""),

("a14", "pemkab-tanbu", "https://tanahbumbukab.go.id/berita/112-alumni-blk-tanbu-angkatan-i-terima-sertifikat", "2026-07-28T15:05:00+08:00",
 "112 Alumni BLK Tanbu Angkatan I Terima Sertifikat",
 """BATULICIN – Sebanyak 112 peserta pelatihan angkatan I di Balai Latihan Kerja Tanah Bumbu menerima sertifikat pada penutupan pelatihan, Selasa (28/7/2026). Mereka mengikuti pelatihan las, otomotif, tata rias dan menjahit selama 40 hari.

Kepala Dinas Tenaga Kerja Tanah Bumbu, H. Syahrani, mengatakan 30 alumni langsung diterima bekerja di perusahaan tambang dan perkebunan sawit mitra BLK. "Sisanya kami dorong membuka usaha sendiri dengan bantuan alat dari program kewirausahaan," ujarnya.

Pendaftaran angkatan II dijadwalkan dibuka pada September dengan kuota yang sama. (mc-tanbu/sy)"""),

("a15", "pemkot-banjarbaru", "https://banjarbarukota.go.id/2026/10/19/mtu-blk-gelar-pelatihan-barista-di-guntung-manggis/", "2026-10-19T10:00:00+08:00",
 "MTU BLK Gelar Pelatihan Barista dan Tata Boga di Guntung Manggis",
 """BANJARBARU – Mobile Training Unit (MTU) Balai Latihan Kerja menggelar pelatihan barista dan tata boga di Aula Kelurahan Guntung Manggis, 20 sampai 31 Oktober 2026. Pelatihan diikuti 48 pemuda dan ibu rumah tangga.

Kepala Dinas Tenaga Kerja Kota Banjarbaru, Ahmad Yani Makkie, mengatakan MTU didatangkan ke kelurahan agar warga tidak perlu jauh-jauh ke BLK. "Guntung Manggis kami pilih karena banyak usaha kopi dan kuliner baru di kawasan ini," katanya, Senin (19/10/2026).

Peserta mendapat bahan praktik, konsumsi dan sertifikat. Lokasi MTU berikutnya akan ditentukan berdasarkan usulan kelurahan. (kominfo-bjb/ay)"""),

("a16", "pemkab-kotabaru", "https://kotabarukab.go.id/berita/4127/150-rtlh-kotabaru-tahap-i-mulai-dibedah", "2026-05-11T13:15:00+08:00",
 "150 RTLH Kotabaru Tahap I Mulai Dibedah",
 """KOTABARU – Pemerintah Kabupaten Kotabaru mulai merehabilitasi 150 rumah tidak layak huni (RTLH) tahap I tahun 2026. Bahan bangunan diserahkan kepada penerima di Kecamatan Pulau Laut Utara, Pulau Sebuku dan Kelumpang Hilir, Senin (11/5/2026).

Kepala Dinas Perumahan dan Kawasan Permukiman Kotabaru, Ir. Yusransyah, mengatakan setiap rumah mendapat bantuan Rp20 juta yang dikerjakan secara swakelola oleh kelompok penerima. "Pengerjaan ditargetkan selesai dalam 60 hari. Warga sekitar kami harapkan ikut bergotong royong," ujarnya.

Rehabilitasi tahap II untuk 130 rumah di wilayah daratan dijadwalkan mulai Agustus. (diskominfo-ktb/ys)"""),

("a17", "pemkab-hss", "https://hulusungaiselatankab.go.id/berita/tim-verifikasi-rtlh-hss-turun-ke-desa", "2026-03-23T10:40:00+08:00",
 "Tim Verifikasi RTLH HSS Turun ke Desa, 420 Usulan untuk 210 Kuota",
 """KANDANGAN – Tim verifikasi rumah tidak layak huni (RTLH) Kabupaten Hulu Sungai Selatan mulai turun ke desa, Senin (23/3/2026). Verifikasi lapangan dilakukan terhadap 420 usulan warga untuk 210 kuota bantuan tahun 2026.

Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman HSS, H. Fahrurrazi, mengatakan tim akan memotret dan mengukur kondisi atap, lantai dan dinding setiap rumah usulan sampai 17 April. "Yang kami nilai kondisi rumahnya, bukan kedekatan dengan aparat. Kalau ada yang minta uang, laporkan," tegasnya.

Daftar penerima akan ditetapkan dengan keputusan bupati pada Mei. Setiap rumah terpilih mendapat bantuan Rp17,5 juta. (diskominfo-hss/fr)"""),

("a18", "disperkim-kalsel", "https://disperkim.kalselprov.go.id/2026/08/10/1-090-rtlh-sudah-selesai-direhab-sisa-rampung-september/", "2026-08-10T14:20:00+08:00",
 "1.090 RTLH Sudah Selesai Direhab, Sisanya Rampung September",
 """BANJARBARU – Dinas Perumahan dan Kawasan Permukiman Provinsi Kalsel mencatat 1.090 dari 1.250 rumah tidak layak huni sasaran program 2026 telah selesai direhabilitasi, atau sekitar 87 persen. Sisanya 160 rumah ditargetkan rampung akhir September.

Kepala Disperkim Kalsel, H. Akhmad Fauzi, mengatakan keterlambatan terjadi di desa-desa terpencil yang harus dijangkau lewat sungai. "Bahan bangunan untuk Kotabaru, Tabalong dan HSU bagian hulu butuh waktu pengiriman lebih lama," jelasnya, Senin (10/8/2026).

Program RTLH provinsi menyasar rumah dengan atap bocor, lantai tanah dan dinding lapuk, dengan bantuan Rp20 juta per unit. (disperkim/af)"""),

("a19", "pemkot-banjarbaru", "https://banjarbarukota.go.id/2026/06/10/khitanan-massal-1-muharram-daftar-sampai-22-juni/", "2026-06-10T09:40:00+08:00",
 "Khitanan Massal 1 Muharram, Daftar Sampai 22 Juni",
 """BANJARBARU – Pemerintah Kota Banjarbaru menggelar khitanan massal gratis menyambut Tahun Baru Islam 1448 Hijriah pada Sabtu, 27 Juni 2026, di Gedung Serbaguna Balai Kota. Kuota tahun ini 250 anak.

Kepala Bagian Kesejahteraan Rakyat Setdako Banjarbaru, H. Muhammad Ramli, mengatakan pendaftaran dibuka di kantor kelurahan hingga 22 Juni dengan membawa fotokopi kartu keluarga. "Anak yang dikhitan berusia 6 sampai 12 tahun. Setiap anak mendapat sarung, baju koko, bingkisan dan uang saku," ujarnya, Rabu (10/6/2026).

Khitanan dilayani tenaga kesehatan dari RSD Idaman dan puskesmas menggunakan metode klamp. (kominfo-bjb/mr)"""),

("a20", "pemkab-balangan", "https://balangankab.go.id/berita/detail/186-anak-ikuti-khitanan-massal-rsud-balangan", "2026-07-13T12:30:00+08:00",
 "186 Anak Ikuti Khitanan Massal di RSUD Balangan",
 """PARINGIN – Sebanyak 186 anak mengikuti khitanan massal gratis yang digelar Pemerintah Kabupaten Balangan di RSUD Balangan, Minggu (12/7/2026). Kegiatan ini dilaksanakan memanfaatkan libur sekolah.

Sekretaris Daerah Balangan, H. Sutikno, mengatakan jumlah peserta melebihi target awal 150 anak. "Antusias orang tua luar biasa. Peserta datang dari delapan kecamatan, paling banyak dari Paringin dan Awayan," ujarnya, Senin (13/7/2026).

Dokter dan perawat RSUD melayani khitanan sejak pukul 07.00 hingga 15.00 Wita. Petugas puskesmas akan mengecek luka khitan peserta tiga hari kemudian. (mc-blg/st)"""),

("a21", "pemkab-tanbu", "https://tanahbumbukab.go.id/berita/khitanan-massal-tanbu-28-november-kuota-120-anak", "2026-11-09T10:10:00+08:00",
 "Khitanan Massal Tanbu 28 November, Kuota 120 Anak",
 """BATULICIN – Pemerintah Kabupaten Tanah Bumbu bersama Baznas Tanbu akan menggelar khitanan massal gratis bagi 120 anak pada Sabtu, 28 November 2026, di Puskesmas Batulicin. Pendaftaran dibuka sampai 20 November.

Kepala Dinas Kesehatan Tanah Bumbu, dr. Hj. Rina Marlina, mengatakan prioritas diberikan kepada anak dari keluarga kurang mampu dan anak yatim. "Daftarkan anak melalui kantor desa atau kelurahan dengan membawa kartu keluarga dan surat keterangan tidak mampu," katanya.

Khitanan memakai metode laser dan setiap peserta mendapat paket perlengkapan sekolah. (mc-tanbu/rm)"""),

("a22", "pemkab-tapin", "https://tapinkab.go.id/berita/detail/bupati-cup-antardesa-2026-diikuti-32-tim", "2026-07-06T16:00:00+08:00",
 "Bupati Cup Antardesa 2026 Diikuti 32 Tim, Kick-off 18 Juli",
 """RANTAU – Turnamen sepak bola Bupati Cup antardesa Kabupaten Tapin 2026 diikuti 32 tim dari 12 kecamatan. Undian pembagian grup telah dilakukan di Gedung Olahraga Rantau, Senin (6/7/2026).

Kepala Dinas Pemuda dan Olahraga Tapin, H. Rizali Hadi, mengatakan pertandingan dimulai 18 Juli di Stadion Datu Sanggul. "Tim dibagi dalam delapan grup. Juara mendapat trofi dan uang pembinaan Rp25 juta," ujarnya.

Setiap tim wajib diperkuat pemain asli desa dengan menunjukkan KTP atau kartu keluarga. Pertandingan digelar sore hari dan terbuka untuk umum tanpa tiket. (diskominfo-tapin/rh)"""),

("a23", "pemkab-tapin", "https://tapinkab.go.id/berita/detail/desa-tambarangan-juara-bupati-cup-antardesa-2026", "2026-08-16T20:15:00+08:00",
 "Desa Tambarangan Juara Bupati Cup Antardesa 2026",
 """RANTAU – Desa Tambarangan menjuarai Bupati Cup sepak bola antardesa Kabupaten Tapin 2026 setelah mengalahkan Desa Hatungun 2-1 pada laga final di Stadion Datu Sanggul, Minggu (16/8/2026).

Bupati Tapin menyerahkan trofi dan uang pembinaan Rp25 juta kepada tim juara. Juara kedua memperoleh Rp15 juta dan juara ketiga, Desa Bakarangan, Rp10 juta. Kepala Dinas Pemuda dan Olahraga Tapin, H. Rizali Hadi, mengatakan penonton final mencapai sekitar lima ribu orang.

"Beberapa pemain muda dari turnamen ini akan kami panggil untuk seleksi tim Porprov," ujarnya. (diskominfo-tapin/rh)"""),

("a24", "pemkab-batola", "https://baritokualakab.go.id/berita/2291/68-tim-ramaikan-voli-antardesa-piala-bupati-batola", "2026-09-21T17:20:00+08:00",
 "68 Tim Ramaikan Voli Antardesa Piala Bupati Batola",
 """MARABAHAN – Turnamen bola voli antardesa Piala Bupati Barito Kuala 2026 resmi dibuka di Lapangan Voli Rumah Jabatan Bupati, Senin (21/9/2026). Turnamen diikuti 48 tim putra dan 20 tim putri.

Kepala Dinas Kepemudaan dan Olahraga Batola, Hj. Mahyuni, mengatakan pertandingan berlangsung hingga 10 Oktober dengan sistem gugur. "Total hadiah Rp60 juta. Kami ingin turnamen ini menjadi ajang mencari bibit atlet voli dari desa," katanya.

Pertandingan digelar setiap malam mulai pukul 19.30 Wita. Penonton diminta memarkir kendaraan di area yang disediakan panitia. (diskominfo-batola/mh)"""),

("a25", "pemkab-banjar", "https://banjarkab.go.id/2026/04/13/pemkab-banjar-bangun-18-ruas-jalan-usaha-tani-2026/", "2026-04-13T11:20:00+08:00",
 "Pemkab Banjar Bangun 18 Ruas Jalan Usaha Tani Tahun Ini",
 """MARTAPURA – Pemerintah Kabupaten Banjar akan membangun 18 ruas jalan usaha tani (JUT) sepanjang 26,4 kilometer pada 2026. Ruas tersebut berada di Kecamatan Astambul, Karang Intan, Martapura Timur dan Sungai Tabuk.

Kepala Dinas Tanaman Pangan dan Hortikultura Banjar, Ir. H. Gusti Rahmat, mengatakan tender sedang berjalan dan pekerjaan fisik dimulai Mei. "Jalan usaha tani memudahkan petani mengangkut pupuk dan gabah. Ongkos angkut bisa turun sampai separuh," ujarnya, Senin (13/4/2026).

JUT dibangun dengan lebar tiga meter berupa perkerasan batu dan sebagian cor beton di titik rawan genangan. Total anggaran Rp11,8 miliar. (kominfo-bjr/gr)"""),

("a26", "pemkab-banjar", "https://banjarkab.go.id/2026/10/26/17-ruas-jut-rampung-petani-karang-intan-sambut-gembira/", "2026-10-26T14:35:00+08:00",
 "17 Ruas JUT Rampung, Petani Karang Intan Sambut Gembira",
 """MARTAPURA – Sebanyak 17 dari 18 ruas jalan usaha tani yang dibangun Pemerintah Kabupaten Banjar tahun ini telah rampung. Serah terima pekerjaan ditandai peninjauan ruas JUT di Desa Mali-Mali, Kecamatan Karang Intan, Senin (26/10/2026).

Kepala Dinas Tanaman Pangan dan Hortikultura Banjar, Ir. H. Gusti Rahmat, mengatakan satu ruas di Sungai Tabuk masih dikerjakan karena sempat terendam banjir. "Ruas terakhir kami targetkan selesai akhir November," katanya.

Ketua Kelompok Tani Sumber Rejeki, Sahrani, mengatakan sebelumnya petani harus memikul gabah sejauh dua kilometer. "Sekarang pick up bisa masuk sampai ke pinggir sawah," ujarnya. (kominfo-bjr/gr)"""),

("a27", "pemkab-tanbu", "https://tanahbumbukab.go.id/berita/pembangunan-jut-kusan-hilir-dan-angsana-dimulai", "2026-05-25T09:55:00+08:00",
 "Pembangunan JUT Kusan Hilir dan Angsana Dimulai",
 """BATULICIN – Pembangunan jalan usaha tani sepanjang 9,2 kilometer di Kecamatan Kusan Hilir dan Angsana dimulai, Senin (25/5/2026). Pekerjaan ditandai peletakan batu pertama di Desa Sepunggur.

Kepala Dinas Pertanian Tanah Bumbu, H. Basuki Rahmat, mengatakan jalan selebar empat meter itu menghubungkan persawahan dan kebun jagung dengan jalan desa. "Nilai kontraknya Rp6,3 miliar dan harus selesai dalam 150 hari kalender," ujarnya.

Petani diminta membantu pengawasan dan melapor jika menemukan material yang tidak sesuai spesifikasi. (mc-tanbu/br)"""),

("a28", "bkkbn-kalsel", "https://kalsel.bkkbn.go.id/2026/06/22/pelayanan-kb-serentak-harganas-targetkan-48-ribu-akseptor/", "2026-06-22T13:00:00+08:00",
 "Pelayanan KB Serentak Harganas Targetkan 48 Ribu Akseptor",
 """BANJARBARU – Perwakilan BKKBN Kalimantan Selatan menggelar pelayanan KB serentak dalam rangka Hari Keluarga Nasional (Harganas) ke-33 mulai 22 Juni hingga 31 Juli 2026. Targetnya 48.000 akseptor di 13 kabupaten/kota.

Kepala Perwakilan BKKBN Kalsel, Dr. Hj. Ratna Juwita, mengatakan layanan diberikan gratis di puskesmas, klinik swasta dan rumah sakit mitra. "Kami utamakan metode kontrasepsi jangka panjang seperti implan dan IUD," ujarnya, Senin (22/6/2026).

Tahun lalu pelayanan serentak menjangkau 44.600 akseptor. Tim penyuluh KB juga akan mendatangi desa-desa terpencil dengan mobil pelayanan. (bkkbn-kalsel/rj)"""),

("a29", "pemkab-hsu", "https://hsu.go.id/berita/detail/safari-kb-amuntai-utara-layani-380-akseptor", "2026-03-02T15:10:00+08:00",
 "Safari KB di Amuntai Utara Layani 380 Akseptor",
 """AMUNTAI – Safari KB yang digelar Dinas Pengendalian Penduduk dan KB Hulu Sungai Utara di Kecamatan Amuntai Utara melayani 380 akseptor, Senin (2/3/2026). Pelayanan dipusatkan di Puskesmas Amuntai Utara dan dua balai desa.

Kepala DPPKB HSU, Hj. Noorhasanah, mengatakan sebagian besar akseptor memilih implan, disusul IUD. "Safari berikutnya di Kecamatan Babirik dan Danau Panggang pada April," katanya.

Selain pelayanan KB, petugas juga memberikan penyuluhan pencegahan stunting dan pemeriksaan kesehatan ibu. (kominfo-hsu/nh)"""),

("a30", "pemkab-tanah-laut", "https://tanahlautkab.go.id/berita/safari-kb-sambangi-jorong-dan-kintap", "2026-10-12T10:25:00+08:00",
 "Safari KB Sambangi Jorong dan Kintap, Target 500 Akseptor",
 """PELAIHARI – Dinas Pengendalian Penduduk, KB, Pemberdayaan Perempuan dan Perlindungan Anak Tanah Laut menggelar safari KB di Kecamatan Jorong dan Kintap pada 14 sampai 16 Oktober 2026. Targetnya 500 akseptor baru.

Kepala DPPKBP3A Tanah Laut, Hj. Sri Mulyani, mengatakan layanan implan, IUD dan suntik diberikan gratis di Puskesmas Jorong, Puskesmas Kintap dan Balai Desa Asam Asam. "Ibu-ibu cukup membawa KTP dan kartu keluarga," ujarnya, Senin (12/10/2026).

Suami yang ingin ber-KB dengan metode vasektomi juga akan dilayani dan mendapat uang pengganti transportasi. (diskominfo-tala/sm)"""),

("a31", "dinsos-kalsel", "https://dinsos.kalselprov.go.id/2026/07/20/bpnt-tahap-iii-mulai-disalurkan-ke-192-540-kpm/", "2026-07-20T11:35:00+08:00",
 "BPNT Tahap III Mulai Disalurkan ke 192.540 KPM",
 """BANJARBARU – Penyaluran Bantuan Pangan Non Tunai (BPNT) tahap III untuk periode Juli–September 2026 mulai berlangsung di Kalimantan Selatan, Senin (20/7/2026). Bantuan diterima 192.540 keluarga penerima manfaat (KPM).

Kepala Dinas Sosial Provinsi Kalsel, H. Muhammad Farhanie, mengatakan setiap KPM menerima Rp600 ribu untuk tiga bulan, disalurkan melalui PT Pos Indonesia. "Penyaluran di 13 kabupaten/kota kami targetkan tuntas 10 Agustus," ujarnya.

KPM diminta datang sesuai jadwal pada surat undangan dan membawa KTP serta kartu keluarga. Penyaluran tidak dipungut biaya apa pun. (dinsos-kalsel/mf)"""),

("a32", "pemkot-banjarmasin", "https://banjarmasinkota.go.id/2026/10/bpnt-tahap-iv-untuk-22310-kpm-banjarmasin-disalurkan.html", "2026-10-20T16:20:00+08:00",
 "BPNT Tahap IV untuk 22.310 KPM Banjarmasin Disalurkan",
 """BANJARMASIN – Dinas Sosial Kota Banjarmasin bersama PT Pos Indonesia menyalurkan BPNT tahap IV periode Oktober–Desember 2026 kepada 22.310 KPM mulai 21 hingga 31 Oktober. Penyaluran dilakukan di enam kantor pos dan lokasi komunitas di tiap kelurahan.

Plt Kepala Dinas Sosial Banjarmasin, H. Iwan Fitriadi, mengatakan KPM lansia dan disabilitas akan diantar langsung ke rumah. "Jumlah KPM turun sekitar 900 dibanding tahap III karena pemutakhiran data," ujarnya, Selasa (20/10/2026).

Setiap KPM menerima Rp600 ribu. Warga yang namanya tidak lagi tercantum dapat mengajukan sanggahan melalui kelurahan. (mc-bjm/if)"""),

("a33", "pemkab-hst", "https://hstkab.go.id/2026/04/bpnt-tahap-ii-hst-disalurkan-21-30-april.html", "2026-04-20T14:05:00+08:00",
 "BPNT Tahap II di HST Disalurkan 21–30 April",
 """BARABAI – Bantuan Pangan Non Tunai tahap II dari Kementerian Sosial untuk 14.820 KPM di Kabupaten Hulu Sungai Tengah disalurkan pada 21 sampai 30 April 2026. Penyaluran dilakukan PT Pos Indonesia secara bergiliran di 11 kecamatan.

Kepala Dinas Sosial HST, H. Abdul Rasyid, mengatakan penyaluran dimulai dari Kecamatan Barabai dan Batu Benawa, kemudian Pandawan dan Haruyan. "Jadwal per desa sudah kami kirim ke camat dan kepala desa," ujarnya, Senin (20/4/2026).

Setiap KPM menerima Rp600 ribu untuk periode April–Juni. Dinsos mengingatkan bantuan tidak boleh dipotong oleh siapa pun. (dkisp-hst/rs)"""),

("a34", "pemkot-banjarbaru", "https://banjarbarukota.go.id/2026/03/30/gerakan-tanam-cabai-12-ribu-bibit-untuk-20-kwt/", "2026-03-30T10:15:00+08:00",
 "Gerakan Tanam Cabai, 12 Ribu Bibit untuk 20 KWT",
 """BANJARBARU – Pemerintah Kota Banjarbaru meluncurkan Gerakan Tanam Cabai untuk menekan inflasi di Kelurahan Cempaka, Senin (30/3/2026). Sebanyak 12.000 bibit cabai rawit dibagikan kepada 20 kelompok wanita tani (KWT).

Kepala Dinas Ketahanan Pangan, Pertanian dan Perikanan Banjarbaru, Hj. Dewi Sartika, mengatakan cabai rawit kerap menjadi penyumbang inflasi menjelang hari besar. "Kalau warga menanam sendiri, ketergantungan pada pasokan luar daerah berkurang," ujarnya.

Selain bibit, KWT menerima pupuk organik dan polybag. Penyuluh akan mendampingi hingga panen yang diperkirakan pada Juni. (kominfo-bjb/ds)"""),

("a35", "pemkab-hss", "https://hulusungaiselatankab.go.id/berita/gerakan-tanam-jagung-250-hektare-di-angkinang", "2026-05-04T14:50:00+08:00",
 "Gerakan Tanam Jagung 250 Hektare Dimulai di Angkinang",
 """KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan memulai gerakan tanam jagung seluas 250 hektare di Desa Angkinang Selatan, Kecamatan Angkinang, Senin (4/5/2026). Tanam serentak juga dilakukan di Kecamatan Telaga Langsat dan Padang Batung.

Kepala Dinas Pertanian HSS, Ir. H. Muhammad Noor, mengatakan benih jagung hibrida dan pupuk diberikan gratis kepada 31 kelompok tani. "Kami manfaatkan lahan kering setelah panen padi. Target produktivitas enam ton per hektare," ujarnya.

Hasil panen akan diserap perusahaan pakan ternak mitra dengan harga minimal Rp4.800 per kilogram. (diskominfo-hss/mn)"""),

("a36", "dtph-kalsel", "https://dtph.kalselprov.go.id/2026/10/05/gerakan-tanam-serentak-mt-okmar-dimulai-di-batola/", "2026-10-05T15:30:00+08:00",
 "Gerakan Tanam Serentak MT Okmar Dimulai di Batola",
 """MARABAHAN – Gerakan tanam padi serentak musim tanam Oktober–Maret (Okmar) 2026/2027 di Kalimantan Selatan dimulai di Desa Karang Bunga, Kecamatan Mandastana, Barito Kuala, Senin (5/10/2026). Pada tahap awal ditanam 6.000 hektare di Batola.

Kepala DTPH Kalsel, Ir. Hj. Nurul Aini, mengatakan total target tanam MT Okmar di Kalsel 210.000 hektare. "Kabupaten lain menyusul bertahap sesuai jadwal air pasang dan kesiapan lahan," katanya.

Petani yang ikut gerakan tanam mendapat bantuan benih padi unggul dan pendampingan penyuluh. Alsintan bantuan tahun ini juga dikerahkan untuk mempercepat olah tanah. (dtph/na)"""),

("a37", "pemkab-tanah-laut", "https://tanahlautkab.go.id/berita/tim-penilai-lomba-desa-kunjungi-tiga-finalis", "2026-05-06T09:05:00+08:00",
 "Tim Penilai Lomba Desa Kunjungi Tiga Finalis",
 """PELAIHARI – Tim penilai lomba desa tingkat Kabupaten Tanah Laut mulai mengunjungi tiga desa finalis, Rabu (6/5/2026). Ketiganya adalah Desa Ambungan (Pelaihari), Desa Sungai Bakar (Bajuin) dan Desa Tajau Pecah (Batu Ampar).

Ketua tim penilai yang juga Kepala Dinas Pemberdayaan Masyarakat dan Desa Tanah Laut, H. Ahmad Suhaimi, mengatakan penilaian meliputi administrasi pemerintahan, ekonomi, kesehatan dan partisipasi warga. "Kunjungan berlangsung 6 sampai 8 Mei, satu desa satu hari," ujarnya.

Juara lomba desa kabupaten akan mewakili Tanah Laut di tingkat provinsi. Pengumuman pemenang direncanakan pada akhir Mei. (diskominfo-tala/as)"""),

("a38", "pemprov-kalsel", "https://kalselprov.go.id/berita/desa-sungai-bakar-juara-lomba-desa-tingkat-provinsi-2026", "2026-08-20T13:45:00+08:00",
 "Desa Sungai Bakar Juara Lomba Desa Tingkat Provinsi 2026",
 """BANJARBARU – Desa Sungai Bakar, Kecamatan Bajuin, Kabupaten Tanah Laut, meraih juara I lomba desa tingkat Provinsi Kalimantan Selatan 2026. Penghargaan diserahkan Gubernur Kalsel di Gedung Mahligai Pancasila, Kamis (20/8/2026).

Juara II diraih Desa Walangku (Hulu Sungai Selatan) dan juara III Desa Pandulangan (Hulu Sungai Tengah). Kepala Dinas PMD Kalsel, H. Zulkifli Hasan, mengatakan juara I mendapat uang pembinaan Rp100 juta. "Sungai Bakar unggul dalam pengelolaan BUMDes dan penurunan stunting," ujarnya.

Desa Sungai Bakar akan mewakili Kalsel pada lomba desa tingkat regional Kalimantan. (mc-kalsel/zh)"""),

("a39", "pemkab-hst", "https://hstkab.go.id/2026/06/desa-pandulangan-juara-lomba-desa-hst-2026.html", "2026-06-08T11:25:00+08:00",
 "Desa Pandulangan Juara Lomba Desa HST 2026",
 """BARABAI – Desa Pandulangan, Kecamatan Pandawan, ditetapkan sebagai juara I lomba desa tingkat Kabupaten Hulu Sungai Tengah 2026. Pengumuman disampaikan di Aula Murakata, Senin (8/6/2026).

Juara II diraih Desa Kambat Utara dan juara III Desa Banua Binjai. Kepala Dinas PMD HST, H. Syaifullah, mengatakan Pandulangan menonjol dalam inovasi pelayanan surat secara daring dan kebersihan lingkungan. "Juara I mendapat Rp50 juta dan akan kami dampingi untuk lomba tingkat provinsi," ujarnya.

Penilaian lapangan dilakukan pada pertengahan Mei terhadap lima desa finalis. (dkisp-hst/sf)"""),

("a40", "pemkab-kotabaru", "https://kotabarukab.go.id/berita/4098/180-pelajar-ikuti-seleksi-paskibraka-kotabaru", "2026-04-27T14:10:00+08:00",
 "180 Pelajar Ikuti Seleksi Paskibraka Kotabaru",
 """KOTABARU – Sebanyak 180 pelajar dari 38 SMA, SMK dan MA mendaftar seleksi calon Pasukan Pengibar Bendera Pusaka (Paskibraka) Kabupaten Kotabaru 2026. Tes dilaksanakan 4 sampai 6 Mei di Lapangan Siring Laut dan GOR Kotabaru.

Kepala Badan Kesatuan Bangsa dan Politik Kotabaru, H. Yusuf Effendi, mengatakan peserta menjalani tes kesehatan, kesamaptaan, baris-berbaris, wawasan kebangsaan dan wawancara. "Seleksi terbuka dan tidak dipungut biaya. Nilai diumumkan setiap hari," ujarnya.

Dari seleksi ini akan dipilih 36 anggota Paskibraka kabupaten dan dua calon untuk seleksi tingkat provinsi. (diskominfo-ktb/ye)"""),

("a41", "pemkab-kotabaru", "https://kotabarukab.go.id/berita/4133/36-pelajar-lolos-jadi-paskibraka-kotabaru-2026", "2026-05-18T10:30:00+08:00",
 "36 Pelajar Lolos Jadi Paskibraka Kotabaru 2026",
 """KOTABARU – Sebanyak 36 pelajar dinyatakan lolos menjadi anggota Paskibraka Kabupaten Kotabaru 2026, terdiri atas 18 putra dan 18 putri. Pengumuman disampaikan Badan Kesbangpol Kotabaru, Senin (18/5/2026).

Kepala Kesbangpol Kotabaru, H. Yusuf Effendi, mengatakan dua pelajar terbaik, dari SMAN 1 Kotabaru dan SMKN 1 Pulau Laut Utara, diusulkan mengikuti seleksi tingkat provinsi. "Anggota terpilih mulai latihan intensif dan pemusatan latihan pada 20 Juli," ujarnya.

Orang tua diminta menandatangani surat izin dan pernyataan kesediaan paling lambat 29 Mei. (diskominfo-ktb/ye)"""),

("a42", "pemkab-hsu", "https://hsu.go.id/berita/detail/bupati-kukuhkan-40-anggota-paskibraka-hsu", "2026-08-15T21:05:00+08:00",
 "Bupati Kukuhkan 40 Anggota Paskibraka HSU",
 """AMUNTAI – Bupati Hulu Sungai Utara mengukuhkan 40 anggota Paskibraka HSU 2026 di Pendopo Bupati, Sabtu (15/8/2026) malam. Mereka akan bertugas pada upacara HUT ke-81 Kemerdekaan RI di Lapangan Pahlawan Amuntai.

Kepala Kesbangpol HSU, H. Fahmi Ridha, mengatakan anggota Paskibraka telah menjalani latihan selama 21 hari di asrama. "Dari 40 anggota, 36 bertugas di upacara pagi dan sore, empat lainnya cadangan," ujarnya.

Pengukuhan dihadiri orang tua anggota Paskibraka dan jajaran Forkopimda HSU. (kominfo-hsu/fr)"""),

("a43", "dinkes-kalsel", "https://dinkes.kalselprov.go.id/2026/03/24/skrining-tbc-aktif-kalsel-targetkan-120-ribu-warga/", "2026-03-24T09:45:00+08:00",
 "Skrining TBC Aktif Kalsel Targetkan 120 Ribu Warga",
 """BANJARBARU – Dinas Kesehatan Provinsi Kalimantan Selatan menargetkan skrining tuberkulosis (TBC) aktif terhadap 120.000 warga sepanjang 2026. Program ini dicanangkan bertepatan dengan Hari TBC Sedunia, Selasa (24/3/2026).

Kepala Dinkes Kalsel, dr. H. Diauddin, mengatakan skrining memakai rontgen dada portabel yang dibawa ke desa dan tempat kerja. "Tahun lalu ditemukan 8.900 kasus TBC di Kalsel. Masih banyak yang belum terdeteksi, terutama di permukiman padat," ujarnya.

Warga yang batuk lebih dari dua minggu diminta memeriksakan diri ke puskesmas. Pemeriksaan dahak dan pengobatan TBC gratis sampai tuntas. (dinkes-kalsel/di)"""),

("a44", "pemkab-tanbu", "https://tanahbumbukab.go.id/berita/skrining-tbc-di-satui-dan-kusan-hilir-temukan-62-kasus", "2026-09-07T13:40:00+08:00",
 "Skrining TBC di Satui dan Kusan Hilir Temukan 62 Kasus",
 """BATULICIN – Skrining TBC aktif yang merupakan bagian dari program Dinkes Provinsi Kalsel menjangkau 4.800 warga Kecamatan Satui dan Kusan Hilir, Tanah Bumbu. Dari skrining pada 24 Agustus sampai 5 September itu ditemukan 62 kasus positif.

Kepala Dinas Kesehatan Tanah Bumbu, dr. Hj. Rina Marlina, mengatakan seluruh pasien sudah memulai pengobatan di puskesmas. "Keluarga serumah pasien juga kami periksa karena paling berisiko tertular," ujarnya, Senin (7/9/2026).

Skrining berikutnya dengan rontgen portabel dijadwalkan di Kecamatan Simpang Empat dan Batulicin pada Oktober. (mc-tanbu/rm)"""),

("a45", "pemkot-banjarmasin", "https://banjarmasinkota.go.id/2026/06/skrining-tbc-massal-banjarmasin-selatan-16-20-juni.html", "2026-06-15T10:50:00+08:00",
 "Skrining TBC Massal di Banjarmasin Selatan 16–20 Juni",
 """BANJARMASIN – Dinas Kesehatan Kota Banjarmasin menggelar skrining TBC massal di Kecamatan Banjarmasin Selatan pada 16 hingga 20 Juni 2026. Sasaran skrining 3.000 warga di Kelurahan Kelayan Selatan, Kelayan Timur dan Pemurus Dalam.

Kepala Dinkes Banjarmasin, dr. M. Ramadhan, mengatakan mobil rontgen akan berpindah setiap hari ke balai RT yang sudah ditentukan. "Kawasan ini padat penduduk dan kasus TBC-nya tinggi. Pemeriksaan gratis tanpa perlu membawa BPJS," ujarnya, Senin (15/6/2026).

Warga cukup membawa KTP. Hasil rontgen disampaikan langsung dan warga yang dicurigai TBC akan dirujuk ke puskesmas. (mc-bjm/mr)"""),
]
