# Hand-written announcements for heldout7. {H} = weekday (d/m/yyyy) of the publication
# day, {H-1} the day before, {H+2} two days after, etc.
ANN = [
dict(k="a01", src="disdukcapil-batola", pub="2025-08-15T10:20", title="Disdukcapil Batola Jemput Bola Aktivasi IKD di Alalak dan Mandastana, Target 5.000 Warga",
text="""MARABAHAN – Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Barito Kuala akan menggelar layanan jemput bola aktivasi Identitas Kependudukan Digital (IKD) di Kecamatan Alalak dan Kecamatan Mandastana pada 18 hingga 22 Agustus 2025. Kegiatan ini diumumkan usai rapat koordinasi dengan para camat, {H}.

Layanan dibuka di Kantor Kecamatan Alalak pada 18–19 Agustus, kemudian berpindah ke Aula Kantor Kecamatan Mandastana di Desa Puntik Luar pada 20–22 Agustus, mulai pukul 08.30 hingga 15.00 Wita.

"Target kami 5.000 warga teraktivasi IKD dalam lima hari. Warga cukup membawa e-KTP dan ponsel Android yang masih aktif nomornya serta punya alamat email," kata Kepala Disdukcapil Batola, Hj. Rusdiana Fitri.

Ia menambahkan, capaian aktivasi IKD di Barito Kuala baru 9,7 persen dari jumlah wajib KTP. Petugas juga melayani perekaman e-KTP bagi pemula serta pencetakan kartu keluarga yang hilang atau rusak.

Warga yang belum sempat datang dapat mengaktivasi IKD di Mal Pelayanan Publik Marabahan setiap hari kerja. (mc-batola/hn)"""),

dict(k="a02", src="pemkab-tapin", pub="2025-09-16T13:05", title="1.240 Siswa SMA/SMK di Tapin Aktivasi IKD, Disdukcapil Sasar Pemilih Pemula",
text="""RANTAU – Sebanyak 1.240 siswa dari sembilan SMA, SMK dan MA di Kabupaten Tapin telah mengaktivasi Identitas Kependudukan Digital (IKD) dalam program Disdukcapil Goes to School yang berlangsung sejak 8 September 2025.

Program ini menyasar siswa yang telah berusia 17 tahun dan sudah memiliki e-KTP. Petugas mendatangi sekolah secara bergiliran, mulai dari SMAN 1 Tapin Utara, SMKN 1 Binuang hingga MAN 2 Tapin di Margasari.

"Anak-anak muda paling cepat paham aplikasi. Kami harap mereka juga membantu orang tua di rumah untuk aktivasi IKD," ujar Kepala Disdukcapil Tapin, Ahmad Fauzan Rifai, di Rantau, {H}.

Menurut Fauzan, aktivasi IKD di sekolah akan berlanjut ke 11 sekolah lain hingga akhir Oktober. Sementara itu, warga umum tetap dapat mengaktivasi IKD di kantor Disdukcapil Tapin di Jalan Brigjend H. Hasan Basry, Rantau.

Saat ini capaian aktivasi IKD di Tapin tercatat 14,2 persen dari 141 ribu wajib KTP. (humas-tapin/yd)"""),

dict(k="a03", src="diskominfo-kalsel", pub="2025-10-07T15:40", title="Capaian IKD Kalsel Baru 12,4 Persen, Pemprov Minta Kabupaten/Kota Percepat Aktivasi",
text="""BANJARBARU – Capaian aktivasi Identitas Kependudukan Digital (IKD) di Kalimantan Selatan hingga akhir September 2025 baru mencapai 12,4 persen dari sekitar 3,1 juta wajib KTP. Hal itu mengemuka dalam rapat evaluasi administrasi kependudukan di Banjarbaru, {H}.

Kepala Dinas Kependudukan dan Pencatatan Sipil Provinsi Kalsel, Drs. Syaiful Anwar, meminta 13 kabupaten/kota mempercepat aktivasi dengan menggandeng kecamatan, sekolah dan perusahaan.

"Target nasional 30 persen di akhir tahun. Kota Banjarbaru sudah 21 persen, tetapi beberapa kabupaten masih di bawah 10 persen," ujarnya.

Syaiful menjelaskan, IKD memudahkan warga mengakses layanan publik tanpa membawa fotokopi KTP, termasuk layanan perbankan dan BPJS. Pemprov juga menyiapkan gerai aktivasi IKD di Mal Pelayanan Publik Kalsel, Banjarbaru, setiap Sabtu pagi mulai 11 Oktober.

Ia mengingatkan warga agar tidak membagikan kode aktivasi IKD kepada siapa pun karena rawan disalahgunakan. (mc-kalsel/ast)"""),

dict(k="a04", src="dinkes-hst", pub="2025-08-04T09:30", title="Bulan Timbang Agustus, Dinkes HST Libatkan 338 Posyandu Pantau Tumbuh Kembang Balita",
text="""BARABAI – Dinas Kesehatan Kabupaten Hulu Sungai Tengah memulai Bulan Penimbangan Balita (Bulan Timbang) Agustus 2025 di 338 posyandu yang tersebar di 11 kecamatan, {H}. Kegiatan berlangsung sepanjang Agustus.

Kepala Dinkes HST, dr. Nurul Hikmah, mengatakan seluruh balita akan ditimbang, diukur panjang atau tinggi badannya, serta dicek lingkar kepala menggunakan alat antropometri standar yang telah dibagikan ke setiap posyandu.

"Data Bulan Timbang menjadi dasar intervensi stunting. Prevalensi stunting HST menurut SSGI 2024 masih 22,1 persen, kami targetkan turun ke 18 persen tahun depan," katanya.

Selain penimbangan, posyandu membagikan vitamin A bagi bayi dan balita serta obat cacing untuk anak usia 1 hingga 5 tahun.

Nurul mengimbau orang tua membawa buku KIA ke posyandu. Balita yang tidak datang akan dikunjungi kader dari rumah ke rumah pada pekan terakhir Agustus. (dinkes-hst/ma)"""),

dict(k="a05", src="pemkab-hsu", pub="2025-07-22T14:15", title="Bupati HSU Luncurkan Gerakan Orang Tua Asuh, 412 Anak Stunting Dapat Pendampingan",
text="""AMUNTAI – Bupati Hulu Sungai Utara, H. Syahrial Mawardi, meluncurkan Gerakan Orang Tua Asuh Anak Stunting (Genting) di Pendopo Bupati HSU, Amuntai, {H}.

Melalui gerakan ini, sebanyak 412 anak stunting di 10 kecamatan akan mendapat pendampingan dari ASN, perusahaan, BAZNAS dan tokoh masyarakat yang bersedia menjadi orang tua asuh selama enam bulan.

"Setiap orang tua asuh menyisihkan paling sedikit Rp300 ribu per bulan untuk telur, ikan dan susu bagi anak asuhnya. Yang paling penting, pendampingannya berkelanjutan," kata Syahrial.

Kepala Dinas Pengendalian Penduduk dan KB HSU, Hj. Mariatul Qibtiah, menjelaskan sebaran anak stunting terbanyak berada di Kecamatan Danau Panggang, Babirik dan Paminggir, yang sebagian wilayahnya rawa.

Hingga peluncuran, tercatat 286 orang tua asuh telah mendaftar. Bantuan disalurkan melalui kader posyandu dan dipantau setiap bulan lewat penimbangan. (humas-hsu/rf)"""),

dict(k="a06", src="pemkab-balangan", pub="2025-09-02T11:00", title="560 Balita di Balangan Terima PMT Lokal Selama 90 Hari",
text="""PARINGIN – Pemerintah Kabupaten Balangan melalui Dinas Kesehatan menyalurkan Pemberian Makanan Tambahan (PMT) berbahan pangan lokal kepada 560 balita berisiko stunting selama 90 hari, mulai {H}.

Penyaluran perdana dilakukan di Posyandu Melati, Desa Batu Piring, Kecamatan Paringin Selatan, disaksikan Wakil Bupati Balangan, Hj. Raudah Hamidah.

PMT berupa menu lengkap seperti nasi, ikan haruan, telur, sayur dan buah, dimasak oleh kader posyandu di dapur desa. Anggaran kegiatan ini mencapai Rp1,26 miliar yang bersumber dari Dana Alokasi Khusus (DAK) nonfisik.

"Bahan pangannya kami ambil dari warga sekitar, jadi ekonomi desa juga ikut berputar," ujar Raudah.

Kepala Dinkes Balangan, dr. Firman Yusuf, menambahkan berat badan dan tinggi balita penerima akan diukur setiap dua minggu. Balangan menargetkan prevalensi stunting turun dari 19,8 persen menjadi di bawah 17 persen pada akhir 2025. (mc-balangan/nr)"""),

dict(k="a07", src="pemkab-tala", pub="2025-07-10T10:45", title="Tanah Laut Raih UHC Prioritas, Warga Cukup Tunjukkan KTP untuk Berobat",
text="""PELAIHARI – Kabupaten Tanah Laut resmi meraih predikat Universal Health Coverage (UHC) Prioritas setelah 98,6 persen penduduknya terdaftar sebagai peserta Jaminan Kesehatan Nasional (JKN). Hal ini disampaikan dalam penandatanganan perjanjian kerja sama dengan BPJS Kesehatan Cabang Banjarmasin di Pelaihari, {H}.

Dengan status UHC Prioritas, warga Tanah Laut yang belum terdaftar atau kepesertaannya nonaktif cukup menunjukkan KTP di puskesmas atau rumah sakit. Kepesertaannya akan langsung aktif pada hari yang sama dan iurannya ditanggung pemerintah daerah.

"Tidak boleh ada lagi warga Tanah Laut yang ditolak berobat karena tidak punya kartu BPJS," kata Bupati Tanah Laut, H. Rahmat Ardiansyah.

Kepala Dinas Kesehatan Tala, Hj. Endang Sulastri, menjelaskan pemkab mengalokasikan Rp42,5 miliar pada APBD 2025 untuk iuran sekitar 112 ribu peserta PBI daerah.

Layanan ini berlaku di 18 puskesmas dan RSUD Hadji Boejasin Pelaihari. (humas-tala/dw)"""),

dict(k="a08", src="pemkot-banjarmasin", pub="2025-08-26T16:30", title="Pemko Banjarmasin Reaktivasi 14.200 Peserta BPJS PBI yang Nonaktif",
text="""BANJARMASIN – Pemerintah Kota Banjarmasin mengaktifkan kembali kepesertaan BPJS Kesehatan 14.200 warga penerima bantuan iuran (PBI) yang sempat dinonaktifkan akibat pemutakhiran data dari pemerintah pusat. Kebijakan ini diumumkan di Balai Kota Banjarmasin, {H}.

Kepala Dinas Sosial Banjarmasin, Hj. Nurlaila Sari, mengatakan warga yang kartunya nonaktif dapat melapor ke kantor kelurahan dengan membawa KTP dan kartu keluarga. Data akan diverifikasi dan diusulkan ke Dinas Kesehatan paling lama tiga hari kerja.

"Prioritas kami warga yang sedang sakit kronis, seperti pasien cuci darah dan penderita kanker. Mereka bisa langsung datang ke posko di Dinsos," ujarnya.

Posko pengaduan dibuka di Kantor Dinas Sosial, Jalan Sultan Adam, setiap hari kerja pukul 08.00 hingga 14.00 Wita hingga 30 September 2025.

Nurlaila menambahkan, dari 14.200 peserta tersebut, sebanyak 3.150 orang berada di Kecamatan Banjarmasin Selatan. (mc-bjm/zk)"""),

dict(k="a09", src="pemprov-kalsel", pub="2025-08-05T15:10", title="Perbaikan Jalan Margasari–Marabahan Sepanjang 11,3 Km Dimulai",
text="""MARGASARI – Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Provinsi Kalimantan Selatan memulai perbaikan ruas jalan provinsi Margasari–Marabahan sepanjang 11,3 kilometer, {H}. Pekerjaan ditandai dengan peninjauan lapangan oleh Kepala Dinas PUPR Kalsel di Desa Margasari Ilir, Kecamatan Candi Laras Selatan, Kabupaten Tapin.

Proyek senilai Rp38,7 miliar tersebut meliputi peninggian badan jalan, pengaspalan hotmix dan pemasangan gorong-gorong di enam titik yang kerap tergenang saat air pasang.

"Ruas ini jalur penting hasil pertanian dan perikanan dari Tapin ke Barito Kuala. Kami targetkan selesai akhir Desember 2025," kata Kepala Dinas PUPR Kalsel, Ir. Hanif Mulyadi.

Selama pengerjaan, sistem buka tutup akan diberlakukan di titik pekerjaan. Pengendara diimbau berhati-hati, terutama pada malam hari.

Hanif menambahkan, pekerjaan dimulai dari sisi Margasari dan bergerak ke arah Marabahan. (mc-kalsel/fz)"""),

dict(k="a10", src="pemkab-tanbu", pub="2025-10-14T11:20", title="PUPR Tanbu Perbaiki Jalan Sungai Loban–Sebamban, Anggaran Rp21,4 Miliar",
text="""BATULICIN – Dinas PUPR Kabupaten Tanah Bumbu mulai memperbaiki ruas jalan kabupaten Sungai Loban–Sebamban sepanjang 7 kilometer, {H}. Perbaikan meliputi pelebaran jalan dari 5 menjadi 7 meter dan pengaspalan ulang.

Anggaran proyek mencapai Rp21,4 miliar dari APBD Tanah Bumbu tahun 2025 dengan masa pelaksanaan 75 hari kalender.

"Jalan ini rusak parah karena dilalui kendaraan bertonase berat. Kami sudah minta perusahaan tidak lagi melintas dengan muatan melebihi kapasitas," ujar Kepala Dinas PUPR Tanbu, Andi Baharuddin.

Ia menjelaskan, pengerjaan dibagi dua segmen. Segmen pertama dari Simpang Sungai Loban hingga Desa Sebamban Baru, sedangkan segmen kedua menuju jembatan Sebamban.

Warga diminta tidak memarkir kendaraan di bahu jalan dan memindahkan lapak dagangan sementara selama pekerjaan berlangsung. (mc-tanbu/sr)"""),

dict(k="a11", src="pemkab-tabalong", pub="2025-09-08T09:00", title="Jembatan Mabuun Ditutup 10–24 September, Pengendara Dialihkan Lewat Pembataan",
text="""TANJUNG – Jembatan Mabuun di Kecamatan Murung Pudak, Kabupaten Tabalong, akan ditutup total untuk kendaraan roda empat atau lebih mulai 10 hingga 24 September 2025 karena penggantian lantai jembatan. Pengumuman ini disampaikan Dinas PUPR Tabalong, {H}.

Kepala Bidang Bina Marga PUPR Tabalong, Rizal Fahmi, mengatakan kendaraan roda dua masih dapat melintas pada jalur darurat di sisi kiri jembatan.

"Kendaraan roda empat dan truk dialihkan melalui jalan Pembataan–Maburai. Jaraknya bertambah sekitar 4 kilometer," jelasnya.

Penggantian lantai jembatan sepanjang 45 meter ini menelan anggaran Rp3,2 miliar. Petugas Dinas Perhubungan dan Satlantas Polres Tabalong akan berjaga di kedua ujung jembatan selama 24 jam.

Pemkab Tabalong memohon maaf atas ketidaknyamanan dan meminta warga menyesuaikan waktu perjalanan, terutama pada jam berangkat sekolah dan kerja. (mc-tbl/ry)"""),

dict(k="a12", src="pemprov-kalsel", pub="2025-08-28T14:00", title="Pendaftaran Beasiswa Kalsel Cerdas 2025 Dibuka 1 September, Kuota 2.500 Mahasiswa",
text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan membuka pendaftaran Beasiswa Kalsel Cerdas tahun 2025 mulai 1 hingga 30 September 2025. Kuota yang disediakan sebanyak 2.500 penerima untuk jenjang D3, S1 dan S2.

Kepala Biro Kesejahteraan Rakyat Setdaprov Kalsel, Dr. Akhmad Rifani, mengatakan pendaftaran hanya dilakukan secara daring melalui laman beasiswa.kalselprov.go.id.

"Pendaftar wajib ber-KTP Kalsel, aktif kuliah dan tidak sedang menerima beasiswa lain dari APBN maupun APBD. Untuk S1, IPK minimal 3,00," ujarnya di Banjarmasin, {H}.

Besaran bantuan Rp5 juta untuk D3 dan S1 serta Rp10 juta untuk S2 yang dibayarkan satu kali. Beasiswa juga disediakan bagi mahasiswa berprestasi di bidang olahraga dan seni serta penghafal Al-Qur'an.

Pengumuman hasil seleksi administrasi dijadwalkan pada 20 Oktober 2025. (mc-kalsel/rw)"""),

dict(k="a13", src="pemkab-hsu", pub="2025-08-12T10:10", title="Beasiswa HSU Cerdas Dibuka, 300 Mahasiswa Bakal Terima Rp4 Juta",
text="""AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara kembali membuka Beasiswa HSU Cerdas bagi mahasiswa asal HSU. Pendaftaran berlangsung 15 Agustus hingga 5 September 2025 di Bagian Kesra Setda HSU, {H}.

Beasiswa diberikan kepada 300 mahasiswa jenjang S1 dengan besaran Rp4 juta per orang. Sasaran utama adalah mahasiswa dari keluarga kurang mampu yang tercatat dalam DTSEN.

"Berkas cukup dikumpulkan dalam map biru: fotokopi KTP dan KK, kartu mahasiswa, transkrip nilai dan surat keterangan tidak mampu dari desa," kata Kepala Bagian Kesra Setda HSU, H. Muhammad Ridha.

Menurut Ridha, tahun lalu ada 1.146 pendaftar untuk 250 kuota. Tahun ini kuota ditambah 50 karena anggaran yang meningkat menjadi Rp1,2 miliar.

Hasil seleksi akan diumumkan melalui laman resmi Pemkab HSU dan papan pengumuman kantor bupati. (humas-hsu/ar)"""),

dict(k="a14", src="pemkab-kotabaru", pub="2025-10-21T09:40", title="150 Penghafal Al-Qur'an di Kotabaru Terima Beasiswa Tahfidz",
text="""KOTABARU – Sebanyak 150 penghafal Al-Qur'an di Kabupaten Kotabaru menerima Beasiswa Tahfidz dari Pemerintah Kabupaten Kotabaru. Penyerahan dilakukan di Masjid Agung Baitul Makmur, Kotabaru, {H}.

Penerima terdiri atas 90 pelajar SD hingga SMA dan 60 mahasiswa yang telah menghafal minimal 5 juz. Masing-masing menerima Rp3 juta, sedangkan penghafal 30 juz menerima Rp7,5 juta.

"Beasiswa ini penghargaan untuk anak-anak yang menjaga Al-Qur'an. Kami ingin tahun depan jumlahnya bertambah," kata Wakil Bupati Kotabaru, H. Syairi Mukhlis.

Kepala Bagian Kesra Setda Kotabaru, Hj. Siti Aisyah, menyebut penerima berasal dari 22 kecamatan, terbanyak dari Pulau Laut Utara dan Kelumpang Hilir. Seleksi dilakukan melalui tes hafalan oleh Lembaga Pengembangan Tilawatil Qur'an (LPTQ) pada September lalu.

Total anggaran Beasiswa Tahfidz tahun ini mencapai Rp510 juta. (mc-kotabaru/fa)"""),

dict(k="a15", src="bpbd-kalsel", pub="2025-07-28T17:00", title="Kalsel Tetapkan Status Siaga Darurat Karhutla hingga 31 Oktober",
text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menetapkan status siaga darurat bencana kebakaran hutan dan lahan (karhutla) mulai 28 Juli hingga 31 Oktober 2025. Penetapan dilakukan dalam apel gelar pasukan di halaman Kantor Gubernur Kalsel, Banjarbaru, {H}.

Kepala Pelaksana BPBD Kalsel, Bambang Dedi Mulyadi, mengatakan satelit telah mendeteksi 47 titik panas di wilayah Kalsel sepanjang Juli, terbanyak di Kabupaten Banjar, Tapin dan Tanah Laut.

"Kami sudah mengajukan lima helikopter water bombing ke BNPB. Dua di antaranya dijadwalkan tiba awal Agustus," kata Bambang.

Sebanyak 1.800 personel gabungan TNI, Polri, Manggala Agni dan Masyarakat Peduli Api disiagakan. Posko utama berada di Bandara Syamsudin Noor.

BPBD meminta warga tidak membuka lahan dengan cara membakar dan segera melapor ke call center 112 jika melihat api. (bpbd-kalsel/ht)"""),

dict(k="a16", src="pemkab-banjar", pub="2025-08-20T13:25", title="Satgas Karhutla Banjar Perketat Patroli Gambut di Gambut dan Aluh-Aluh",
text="""MARTAPURA – Satuan Tugas Karhutla Kabupaten Banjar memperketat patroli di kawasan gambut Kecamatan Gambut, Aluh-Aluh dan Sungai Tabuk menyusul meningkatnya titik panas dalam sepekan terakhir. Apel kesiapsiagaan digelar di Lapangan Pematang Baru, Martapura, {H}.

Kepala Pelaksana BPBD Kabupaten Banjar, Aidil Basri, menyebut sedikitnya 19 titik panas terdeteksi di wilayah Banjar sejak 10 Agustus. Lahan seluas 38 hektare terbakar, sebagian besar di Desa Sungai Bakung, Kecamatan Gambut.

"Patroli dilakukan dua kali sehari. Kami juga membangun 12 sumur bor baru di desa rawan," ujar Aidil.

Tahun 2023 lalu, lebih dari 1.200 hektare lahan gambut di Banjar terbakar dan kabut asap mengganggu penerbangan di Syamsudin Noor.

Aidil mengingatkan ancaman pidana bagi pembakar lahan dan meminta kepala desa mengaktifkan kembali posko Masyarakat Peduli Api. (mc-banjar/ys)"""),

dict(k="a17", src="pemkab-tapin", pub="2025-09-09T10:30", title="Kemarau, BPBD Tapin Salurkan Air Bersih ke 14 Desa di Candi Laras",
text="""RANTAU – Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Tapin mulai menyalurkan air bersih ke 14 desa di Kecamatan Candi Laras Selatan dan Candi Laras Utara yang mengalami kekeringan, {H}.

Sebanyak empat truk tangki dengan kapasitas masing-masing 5.000 liter dikerahkan setiap hari. Air diambil dari instalasi Perumda Air Minum Tapin di Rantau.

"Air sungai sudah asin dan berwarna, tidak layak untuk dikonsumsi. Distribusi akan kami lakukan sampai musim hujan datang," kata Kepala Pelaksana BPBD Tapin, Syarifuddin Noor.

Desa yang terdampak antara lain Margasari Ilir, Margasari Hulu, Baringin, Sawang dan Sungai Rutas. Warga diminta menyiapkan tandon atau jeriken dan berkumpul di titik distribusi yang ditentukan kepala desa.

Syarifuddin menambahkan, warga juga dapat meminta tambahan pasokan melalui nomor pengaduan BPBD Tapin yang aktif 24 jam. (humas-tapin/mz)"""),

dict(k="a18", src="pemkab-hss", pub="2025-08-29T15:20", title="Bapenda HSS Hapus Denda PBB-P2 Mulai 1 September hingga 30 November",
text="""KANDANGAN – Badan Pendapatan Daerah (Bapenda) Kabupaten Hulu Sungai Selatan memberikan penghapusan denda administrasi Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) mulai 1 September hingga 30 November 2025.

Kebijakan ini berlaku untuk tunggakan PBB-P2 tahun pajak 2015 hingga 2024. Wajib pajak cukup membayar pokok pajaknya saja tanpa denda.

"Banyak warga enggan membayar karena dendanya sudah menumpuk. Dengan penghapusan ini, kami harap tunggakan sekitar Rp6,8 miliar bisa tertagih," kata Kepala Bapenda HSS, H. Gusti Irwansyah, di Kandangan, {H}.

Pembayaran dapat dilakukan di Bank Kalsel, kantor pos, atau melalui QRIS dan aplikasi mobile banking. Bapenda juga membuka layanan keliling ke kantor kecamatan sesuai jadwal yang diumumkan camat.

Irwansyah mengingatkan, setelah 30 November denda akan kembali dikenakan sebesar 1 persen per bulan. (mc-hss/dr)"""),

dict(k="a19", src="pemkot-banjarbaru", pub="2025-09-15T10:00", title="Jatuh Tempo PBB Banjarbaru 30 September, Bayar Bisa Lewat QRIS",
text="""BANJARBARU – Badan Pendapatan Daerah Kota Banjarbaru mengingatkan wajib pajak bahwa batas pembayaran PBB-P2 tahun 2025 jatuh pada 30 September 2025. Hingga pertengahan September, realisasi penerimaan baru 61 persen dari target Rp38 miliar.

Kepala Bapenda Banjarbaru, Hj. Dewi Kartika, mengatakan warga dapat membayar melalui QRIS yang tercetak di SPPT, Bank Kalsel, Tokopedia, kantor pos dan minimarket.

"Jangan tunggu hari terakhir. Lewat dari 30 September akan dikenakan denda 1 persen per bulan," ujar Dewi di Banjarbaru, {H}.

Bapenda juga membuka gerai PBB di Kantor Kecamatan Landasan Ulin, Cempaka dan Liang Anggang pada 22 hingga 26 September. Warga yang belum menerima SPPT dapat memintanya di gerai tersebut dengan membawa KTP.

Menurut Dewi, kelurahan dengan realisasi tertinggi sejauh ini adalah Kelurahan Sungai Besar dan Loktabat Utara. (humas-bjb/ns)"""),

dict(k="a20", src="pemkab-batola", pub="2025-07-15T14:45", title="Gebyar PBB Batola: Bayar Sebelum 31 Agustus, Berpeluang Menang Sepeda Motor",
text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala menggelar Gebyar PBB-P2 2025 untuk mendorong warga membayar pajak tepat waktu. Wajib pajak yang melunasi PBB sebelum 31 Agustus 2025 berkesempatan mengikuti undian berhadiah, {H}.

Hadiah utama berupa dua unit sepeda motor, lima kulkas dan puluhan paket sembako. Undian akan dilakukan pada puncak peringatan Hari Jadi Batola, 10 September 2025, di Marabahan.

"Bukti bayar PBB tahun 2025 menjadi kupon undian. Simpan baik-baik," kata Kepala Bakeuda Batola, H. Ahmad Zaini.

Zaini menyebut target PBB-P2 Batola tahun ini Rp9,4 miliar. Desa yang melunasi 100 persen sebelum jatuh tempo juga akan mendapat penghargaan dan insentif bagi petugas pemungut.

Pembayaran dapat dilakukan melalui petugas desa, Bank Kalsel Cabang Marabahan, maupun kanal digital. (mc-batola/ri)"""),

dict(k="a21", src="kpu-balangan", pub="2025-07-08T11:35", title="KPU Balangan Tetapkan 97.842 Pemilih dalam Rekap PDPB Triwulan II 2025",
text="""PARINGIN – Komisi Pemilihan Umum (KPU) Kabupaten Balangan menetapkan jumlah pemilih dalam rapat pleno terbuka rekapitulasi Pemutakhiran Data Pemilih Berkelanjutan (PDPB) Triwulan II 2025 sebanyak 97.842 orang, {H}.

Jumlah itu terdiri atas 48.915 pemilih laki-laki dan 48.927 pemilih perempuan yang tersebar di delapan kecamatan dan 157 desa/kelurahan.

"Ada 612 pemilih baru, sebagian besar pemula yang genap berusia 17 tahun, serta 388 pemilih yang kami coret karena meninggal dunia atau pindah domisili," kata Ketua KPU Balangan, Muhammad Noor Fajri.

Fajri mengajak warga memeriksa status terdaftar melalui laman cekdptonline.kpu.go.id atau datang langsung ke kantor KPU Balangan di Paringin.

Rapat pleno dihadiri Bawaslu Balangan, Disdukcapil, perwakilan partai politik dan unsur kepolisian. (kpu-blg/hd)"""),

dict(k="a22", src="kpu-kalsel", pub="2025-11-04T13:50", title="KPU Kalsel Musnahkan 32 Ton Arsip dan Logistik Pemilu 2024",
text="""BANJARBARU – Komisi Pemilihan Umum (KPU) Provinsi Kalimantan Selatan memusnahkan sekitar 32 ton arsip dan logistik Pemilu serta Pilkada 2024 yang tidak lagi memiliki nilai guna, {H}. Pemusnahan dilakukan dengan cara dicacah di gudang logistik KPU Kalsel, Banjarbaru.

Logistik yang dimusnahkan meliputi surat suara sisa dan rusak, formulir model C salinan, sampul serta kotak suara karton yang sudah tidak layak pakai.

"Pemusnahan ini sudah melalui penilaian arsip dan persetujuan ANRI. Dokumen sengketa di Mahkamah Konstitusi tetap kami simpan," ujar Ketua KPU Kalsel, Hj. Rina Andriani.

Hasil cacahan kertas akan dilelang melalui Kantor Pelayanan Kekayaan Negara dan Lelang (KPKNL) Banjarmasin, dan hasilnya disetor ke kas negara.

Rina menambahkan, KPU kabupaten/kota di Kalsel diminta melakukan langkah serupa paling lambat akhir Desember 2025. (kpu-kalsel/bn)"""),

dict(k="a23", src="pemprov-kalsel", pub="2025-11-10T21:30", title="MTQ Nasional ke-37 Tingkat Provinsi Kalsel Dibuka di Paringin, Diikuti 1.120 Peserta",
text="""PARINGIN – Gubernur Kalimantan Selatan membuka Musabaqah Tilawatil Qur'an (MTQ) Nasional ke-37 tingkat Provinsi Kalsel di Lapangan Pangeran Antasari, Paringin, Kabupaten Balangan, {H} malam.

MTQ yang berlangsung 10 hingga 16 November 2025 ini diikuti 1.120 peserta dari 13 kabupaten/kota. Terdapat delapan cabang yang dilombakan, antara lain tilawah, tahfidz, tafsir, khat dan fahmil Qur'an.

"MTQ bukan sekadar lomba, tetapi syiar agar Al-Qur'an makin dekat dengan kehidupan masyarakat Banua," kata Gubernur dalam sambutannya.

Kepala Biro Kesra Setdaprov Kalsel, Dr. Akhmad Rifani, menyebut Kabupaten Banjar tercatat sebagai juara umum pada MTQ tahun lalu di Kotabaru. Pemenang MTQ tingkat provinsi akan dibina untuk mewakili Kalsel di MTQ Nasional 2026.

Pembukaan dimeriahkan pawai taaruf kafilah dan pertunjukan kolosal 600 pelajar Balangan. (mc-kalsel/hr)"""),

dict(k="a24", src="pemkab-tapin", pub="2025-09-07T20:45", title="Bupati Buka MTQ ke-48 Kabupaten Tapin di Binuang, 12 Kecamatan Bertanding",
text="""BINUANG – Bupati Tapin, H. Muhammad Yamin Arsyad, membuka Musabaqah Tilawatil Qur'an (MTQ) ke-48 tingkat Kabupaten Tapin di Lapangan Kecamatan Binuang, {H} malam.

MTQ yang berlangsung 7 hingga 11 September 2025 ini diikuti 348 peserta dari 12 kecamatan. Kecamatan Binuang menjadi tuan rumah untuk pertama kalinya sejak 2016.

"Saya berharap para qari dan qariah terbaik Tapin bisa meraih prestasi di MTQ tingkat provinsi di Paringin November nanti," kata Yamin.

Ketua Panitia, H. Abdul Wahid, menjelaskan terdapat tujuh cabang yang dilombakan. Pelaksanaan lomba tersebar di Masjid Al-Mukarramah Binuang, Gedung Serbaguna dan SMPN 1 Binuang.

Pembukaan ditandai pemukulan beduk serta pawai taaruf kafilah kecamatan yang diikuti ribuan warga. (humas-tapin/sy)"""),

dict(k="a25", src="pemkab-hst", pub="2025-10-02T16:00", title="Barabai Juara Umum MTQ ke-51 Kabupaten HST",
text="""BARABAI – Kafilah Kecamatan Barabai meraih juara umum Musabaqah Tilawatil Qur'an (MTQ) ke-51 tingkat Kabupaten Hulu Sungai Tengah setelah mengumpulkan 86 poin. Penutupan MTQ berlangsung di Masjid Agung Riyadhusshalihin, Barabai, {H}.

Posisi kedua ditempati Kecamatan Pandawan dengan 71 poin, disusul Kecamatan Batang Alai Selatan dengan 58 poin.

"Selamat kepada seluruh juara. Para pemenang akan kita bina menjadi kafilah HST di MTQ provinsi di Balangan," kata Sekretaris Daerah HST, H. Muhammad Yani.

MTQ ke-51 yang digelar sejak 27 September diikuti 296 peserta dari 11 kecamatan. Tahun depan, Kecamatan Labuan Amas Utara ditetapkan sebagai tuan rumah.

Para juara pertama menerima piala, piagam serta uang pembinaan Rp5 juta. (humas-hst/ad)"""),

dict(k="a26", src="pemkab-tanbu", pub="2025-07-24T10:05", title="DPMD Tanbu Wajibkan 144 Desa Pasang Baliho APBDes 2025",
text="""BATULICIN – Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Tanah Bumbu mewajibkan 144 desa memasang baliho Anggaran Pendapatan dan Belanja Desa (APBDes) 2025 di tempat strategis paling lambat 15 Agustus 2025.

Kepala DPMD Tanbu, Hj. Fatmawati Syam, mengatakan baliho minimal memuat besaran dana desa, alokasi dana desa, rincian belanja serta daftar kegiatan fisik beserta lokasinya.

"Warga berhak tahu uang desa dipakai untuk apa. Desa yang tidak memasang baliho akan kami tunda pencairan dana desa tahap II," tegas Fatmawati di Batulicin, {H}.

Total dana desa di Tanah Bumbu tahun 2025 mencapai Rp131,6 miliar. Inspektorat juga akan melakukan pemeriksaan di 40 desa secara acak mulai September.

DPMD menyediakan nomor pengaduan bagi warga yang menemukan kejanggalan penggunaan dana desa. (mc-tanbu/ak)"""),

dict(k="a27", src="pemkab-balangan", pub="2025-10-28T14:35", title="Balangan Luncurkan Aplikasi SIDEKA Terang, Warga Bisa Pantau Dana Desa dari Ponsel",
text="""PARINGIN – Pemerintah Kabupaten Balangan meluncurkan aplikasi SIDEKA Terang untuk transparansi pengelolaan dana desa, {H}. Melalui aplikasi ini, warga dapat melihat APBDes, realisasi belanja hingga foto kegiatan fisik di desanya.

Peluncuran dilakukan Sekretaris Daerah Balangan, H. Ahmad Rizani, di Aula Benteng Tundakan, Paringin. Hadir seluruh camat serta 154 kepala desa se-Balangan.

"Setiap desa wajib memperbarui data realisasi paling lambat tanggal 10 setiap bulan. Kami akan umumkan desa yang paling tidak disiplin," ujar Rizani.

Kepala DPMD Balangan, Masrani, menjelaskan aplikasi dapat diunduh di Play Store. Tahap awal, 30 desa percontohan sudah mengunggah data lengkap, di antaranya Desa Halong, Juai dan Batu Piring.

Dana desa Balangan tahun 2025 tercatat Rp142 miliar untuk 154 desa. (mc-balangan/tm)"""),

dict(k="a28", src="pemkab-hsu", pub="2025-11-18T11:15", title="Pamsimas Rampung di 9 Desa HSU, 1.350 Rumah Nikmati Air Bersih",
text="""AMUNTAI – Program Penyediaan Air Minum dan Sanitasi Berbasis Masyarakat (Pamsimas) tahun 2025 telah rampung di sembilan desa di Kabupaten Hulu Sungai Utara. Serah terima aset dilakukan di Desa Danau Panggang, {H}.

Sebanyak 1.350 sambungan rumah kini teraliri air bersih. Desa penerima antara lain Danau Panggang, Sapala, Paminggir dan Babirik Hilir yang selama ini mengandalkan air rawa.

"Sarana ini milik warga. Bentuk badan pengelola yang serius dan tarik iuran yang wajar supaya pompanya tetap jalan," pesan Wakil Bupati HSU, H. Hafiz Ansari.

Kepala Dinas PUPRP HSU, Ir. Rahmadi, menyebut total biaya pembangunan Rp2,9 miliar, dengan kontribusi swadaya masyarakat berupa tenaga kerja dan lahan.

Ia menambahkan, iuran yang disepakati warga rata-rata Rp3.000 per meter kubik. (humas-hsu/nl)"""),

dict(k="a29", src="pemkab-tala", pub="2025-09-23T09:50", title="PDAM Tanah Laut Buka 1.000 Sambungan Rumah Gratis untuk Warga Kurang Mampu",
text="""PELAIHARI – Perumda Air Minum Tirta Tuntung Pandang Tanah Laut membuka program 1.000 sambungan rumah (SR) gratis bagi masyarakat berpenghasilan rendah, {H}. Program ini didanai hibah air minum pemerintah pusat dan APBD Tanah Laut.

Direktur Perumda Air Minum Tala, Akhmad Sofyan, mengatakan sambungan gratis diprioritaskan untuk Kecamatan Takisung, Bati-Bati dan Pelaihari yang sudah terjangkau jaringan pipa.

"Syaratnya rumah dengan daya listrik maksimal 1.300 VA dan belum pernah menjadi pelanggan. Daftar ke kantor desa atau kelurahan, nanti kami survei," jelas Sofyan.

Pendaftaran dibuka hingga 31 Oktober 2025. Pemasangan dijadwalkan mulai November dan rampung pada akhir tahun.

Sofyan menambahkan, pelanggan baru program hibah cukup membayar pemakaian air, tanpa biaya pemasangan sekitar Rp1,5 juta yang biasanya dibebankan. (humas-tala/rs)"""),

dict(k="a30", src="diskominfo-kalsel", pub="2025-08-19T16:10", title="200 Pelaku UMKM Ikuti Pelatihan Pemasaran Digital Diskominfo Kalsel",
text="""BANJARBARU – Dinas Komunikasi dan Informatika (Diskominfo) Provinsi Kalimantan Selatan menggelar pelatihan pemasaran digital bagi 200 pelaku usaha mikro, kecil dan menengah (UMKM) di Aula Gawi Sabarataan, Banjarbaru, {H}.

Peserta berasal dari 13 kabupaten/kota dan didominasi usaha kuliner serta kerajinan sasirangan. Materi meliputi foto produk dengan ponsel, penulisan keterangan produk dan berjualan lewat siaran langsung di media sosial.

"UMKM kita produknya bagus, tetapi kalah di tampilan. Lewat pelatihan ini kami ingin mereka bisa bersaing di lokapasar," kata Kepala Diskominfo Kalsel, Dr. Muhammad Fadli.

Pelatihan dilaksanakan dua hari dan menghadirkan narasumber dari komunitas kreator konten Banua. Peserta terbaik akan mendapat pendampingan lanjutan selama tiga bulan.

Fadli menambahkan, pelatihan serupa akan digelar di Kotabaru dan Tanjung pada Oktober mendatang. (mc-kalsel/ln)"""),

dict(k="a31", src="pemkab-hst", pub="2025-07-17T13:30", title="150 UMKM HST Ikuti Pendampingan Sertifikasi Halal Gratis",
text="""BARABAI – Dinas Koperasi dan UKM Kabupaten Hulu Sungai Tengah memfasilitasi 150 pelaku UMKM mengikuti pendampingan sertifikasi halal gratis melalui skema self declare, {H}. Kegiatan dipusatkan di Aula Bappeda HST, Barabai.

Peserta didominasi produsen makanan ringan seperti kue bingka, dodol, keripik dan amplang, serta pengolah kopi dari Kecamatan Hantakan.

"Sertifikat halal sekarang jadi syarat agar produk bisa masuk toko modern dan dijual ke luar daerah. Semua biaya ditanggung pemerintah," kata Kepala Diskop UKM HST, Hj. Laila Fitriani.

Para pendamping proses produk halal (P3H) dari Kementerian Agama akan mengunjungi dapur produksi peserta untuk verifikasi. Sertifikat ditargetkan terbit dalam 21 hari kerja.

Laila menambahkan, pelaku UMKM yang belum memiliki Nomor Induk Berusaha (NIB) dibantu pengurusannya di lokasi. (humas-hst/sn)"""),

dict(k="a32", src="pemkot-banjarmasin", pub="2025-10-09T10:25", title="Pemko Banjarmasin Fasilitasi NIB dan PIRT Gratis untuk 500 UMKM",
text="""BANJARMASIN – Pemerintah Kota Banjarmasin melalui Dinas Koperasi, UKM dan Tenaga Kerja memfasilitasi pengurusan Nomor Induk Berusaha (NIB) dan izin Pangan Industri Rumah Tangga (PIRT) secara gratis untuk 500 pelaku UMKM, {H}.

Layanan digelar bergiliran di lima kecamatan mulai 13 Oktober, diawali Kecamatan Banjarmasin Utara di Kantor Kelurahan Kuin Utara, lalu Banjarmasin Timur, Tengah, Barat dan Selatan.

"Cukup bawa KTP, NPWP kalau ada, dan foto produk. Petugas kami bantu sampai NIB terbit hari itu juga," kata Kepala Diskopumker Banjarmasin, Ir. Hermansyah.

Untuk PIRT, pelaku usaha wajib mengikuti penyuluhan keamanan pangan selama satu hari yang digelar Dinas Kesehatan.

Hermansyah menyebut baru sekitar 38 persen UMKM di Banjarmasin yang memiliki NIB. (mc-bjm/af)"""),

dict(k="a33", src="dinkes-hst", pub="2025-08-11T08:40", title="Cek Kesehatan Gratis Sekolah Dimulai, 42 Ribu Siswa HST Jadi Sasaran",
text="""BARABAI – Dinas Kesehatan Kabupaten Hulu Sungai Tengah memulai program Cek Kesehatan Gratis (CKG) di sekolah, {H}. Sebanyak 42.300 siswa SD, SMP dan SMA sederajat ditargetkan diperiksa hingga Desember 2025.

Pencanangan dilakukan di SDN Barabai Timur 1. Pemeriksaan meliputi status gizi, tekanan darah, gula darah untuk siswa SMA, kesehatan gigi, mata, telinga serta skrining kesehatan jiwa.

"Tenaga kesehatan dari 20 puskesmas akan datang ke sekolah. Orang tua tidak perlu membayar apa pun," ujar Kepala Dinkes HST, dr. Nurul Hikmah.

Hasil pemeriksaan dicatat di aplikasi Sehat IndonesiaKu dan dikirim ke orang tua melalui sekolah. Siswa yang ditemukan memiliki masalah kesehatan akan dirujuk ke puskesmas.

Nurul meminta sekolah menyiapkan ruang pemeriksaan dan jadwal agar kegiatan belajar tidak terganggu. (dinkes-hst/rk)"""),

dict(k="a34", src="pemkab-batola", pub="2025-07-03T11:10", title="Cek Kesehatan Gratis di Batola Capai 23 Ribu Warga, Yang Berulang Tahun Diminta ke Puskesmas",
text="""MARABAHAN – Program Cek Kesehatan Gratis (CKG) di Kabupaten Barito Kuala telah menjangkau 23.150 warga sejak diluncurkan Februari 2025. Capaian tersebut disampaikan dalam rapat evaluasi di Marabahan, {H}.

Kepala Dinas Kesehatan Batola, dr. Hj. Azizah Rahman, mengingatkan warga bahwa CKG dapat dimanfaatkan dalam 30 hari setelah tanggal ulang tahun di 19 puskesmas se-Batola.

"Cukup daftar di aplikasi SATUSEHAT Mobile atau datang membawa KTP. Pemeriksaan gratis, mulai dari gula darah, kolesterol, mata sampai skrining TBC," ujarnya.

Dari hasil pemeriksaan, sebanyak 31 persen peserta dewasa diketahui mengalami tekanan darah tinggi dan sebagian besar belum menyadarinya.

Azizah menambahkan, puskesmas dengan jumlah peserta terbanyak adalah Puskesmas Anjir Pasar dan Puskesmas Berangas. (mc-batola/sh)"""),

dict(k="a35", src="diskominfo-kalsel", pub="2025-11-25T14:20", title="Peserta Cek Kesehatan Gratis di Kalsel Tembus 640 Ribu Orang",
text="""BANJARBARU – Jumlah warga Kalimantan Selatan yang telah mengikuti program Cek Kesehatan Gratis (CKG) mencapai 640.215 orang hingga pekan ketiga November 2025. Data tersebut disampaikan Dinas Kesehatan Provinsi Kalsel di Banjarbaru, {H}.

Kepala Dinkes Kalsel, dr. Diauddin, menyebut capaian itu setara 15,3 persen dari jumlah penduduk dan menempatkan Kalsel di peringkat ketujuh nasional.

"Kabupaten Hulu Sungai Tengah dan Balangan menjadi yang tertinggi, sementara Kota Banjarmasin masih perlu didorong," katanya.

Temuan terbanyak dari pemeriksaan adalah hipertensi, gigi berlubang dan obesitas. Dinkes meminta puskesmas memastikan peserta dengan hasil tidak normal mendapat tindak lanjut.

Diauddin mengajak warga yang berulang tahun untuk memanfaatkan CKG. Pemeriksaan dapat dilakukan di puskesmas terdekat tanpa biaya. (mc-kalsel/ym)"""),

dict(k="a36", src="pemkot-banjarbaru", pub="2025-06-20T10:15", title="SPMB SMP Negeri Banjarbaru Dibuka 23 Juni, Jalur Domisili 50 Persen",
text="""BANJARBARU – Dinas Pendidikan Kota Banjarbaru membuka Sistem Penerimaan Murid Baru (SPMB) jenjang SMP negeri tahun ajaran 2025/2026 pada 23 hingga 27 Juni 2025. Pendaftaran dilakukan secara daring melalui laman spmb.banjarbarukota.go.id.

Kepala Dinas Pendidikan Banjarbaru, Hj. Siti Mahmudah, mengatakan kuota jalur domisili ditetapkan 50 persen, jalur afirmasi 20 persen, jalur prestasi 25 persen dan jalur mutasi 5 persen.

"Jalur domisili menggantikan zonasi. Jarak dihitung dari alamat di kartu keluarga yang diterbitkan paling lambat satu tahun sebelum pendaftaran," ujarnya di Banjarbaru, {H}.

Daya tampung 19 SMP negeri di Banjarbaru tahun ini sebanyak 4.096 kursi. Pengumuman hasil seleksi dijadwalkan 2 Juli 2025.

Orang tua yang kesulitan mendaftar dapat mendatangi posko bantuan di setiap SMP negeri atau Kantor Disdik Banjarbaru. (humas-bjb/gs)"""),

dict(k="a37", src="pemprov-kalsel", pub="2025-06-30T15:50", title="SPMB SMA/SMK Negeri Kalsel Tahap II Dibuka 1–5 Juli untuk Kursi Tersisa",
text="""BANJARMASIN – Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan membuka Sistem Penerimaan Murid Baru (SPMB) SMA/SMK negeri tahap II pada 1 hingga 5 Juli 2025 untuk mengisi 3.412 kursi yang masih kosong.

Kepala Disdikbud Kalsel, H. Muhammad Yusuf Effendi, menjelaskan tahap II hanya untuk calon murid yang belum diterima di tahap I dan dilaksanakan melalui laman spmb.kalselprov.go.id.

"Kursi tersisa paling banyak ada di SMK, terutama di Kotabaru, Tanah Bumbu dan Tabalong. Jurusan pertanian dan perikanan masih banyak yang belum penuh," katanya di Banjarmasin, {H}.

Sebanyak 29.870 calon murid telah diterima pada tahap I. Hasil tahap II akan diumumkan 8 Juli 2025, sementara masa pengenalan lingkungan sekolah dimulai 14 Juli.

Yusuf meminta orang tua tidak mempercayai pihak yang menjanjikan kursi dengan imbalan uang. (mc-kalsel/dn)"""),

dict(k="a38", src="pemkab-kotabaru", pub="2025-09-12T10:35", title="Distan Kotabaru Gelar Vaksinasi Rabies Gratis untuk 2.000 Hewan Penular",
text="""KOTABARU – Dinas Pertanian Kabupaten Kotabaru menggelar vaksinasi rabies gratis bagi 2.000 hewan penular rabies (HPR) seperti anjing, kucing dan kera mulai 15 September hingga 10 Oktober 2025.

Kepala Dinas Pertanian Kotabaru, Ir. Hj. Nor Aidah, mengatakan petugas akan mendatangi desa-desa secara bergiliran, dimulai dari Kecamatan Pulau Laut Utara, Pulau Laut Sigam dan Kelumpang Hilir.

"Sepanjang 2025 tercatat 57 kasus gigitan hewan penular rabies di Kotabaru. Pemilik hewan wajib memvaksinasi hewannya setahun sekali," ujarnya di Kotabaru, {H}.

Pemilik hewan diminta mengikat atau mengandangkan anjing dan kucing pada hari vaksinasi agar mudah ditangani petugas. Hewan yang telah divaksin akan diberi kalung penanda.

Warga yang digigit anjing atau kucing diimbau segera mencuci luka dengan sabun di air mengalir selama 15 menit dan mendatangi puskesmas untuk mendapatkan vaksin anti rabies. (mc-kotabaru/ws)"""),

dict(k="a39", src="pemkab-hss", pub="2025-10-16T14:05", title="Usai Kasus Gigitan Anjing di Loksado, 600 Dosis Vaksin Rabies Disiapkan",
text="""KANDANGAN – Dinas Ketahanan Pangan dan Pertanian Kabupaten Hulu Sungai Selatan menyiapkan 600 dosis vaksin rabies untuk anjing di Kecamatan Loksado dan Padang Batung, {H}. Langkah ini diambil setelah tiga warga Desa Lok Lahung digigit anjing dalam sepekan.

Kepala Bidang Peternakan, drh. Yuliani Rahmah, menyebut sampel otak anjing penggigit telah dikirim ke Balai Veteriner Banjarbaru untuk diperiksa.

"Anjing di Loksado banyak dipakai untuk berburu dan dilepas bebas. Vaksinasi kami mulai 20 Oktober dari Lok Lahung, Haratai dan Loksado," ujarnya.

Ketiga korban telah mendapat vaksin anti rabies di Puskesmas Loksado dan kondisinya stabil.

Yuliani meminta warga melaporkan anjing yang menunjukkan perilaku aneh, seperti air liur berlebihan atau menyerang tanpa sebab. (mc-hss/ft)"""),

dict(k="a40", src="pemkab-hst", pub="2025-11-20T19:40", title="Sungai Barabai Siaga, BPBD HST Minta Warga Bantaran Waspada Banjir",
text="""BARABAI – Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Hulu Sungai Tengah menaikkan status Sungai Barabai menjadi Siaga setelah tinggi muka air di pos pantau Barabai mencapai 3,4 meter, {H} sore.

Hujan deras di wilayah Pegunungan Meratus sejak siang menyebabkan debit air meningkat. Kecamatan yang berpotensi terdampak antara lain Barabai, Batu Benawa, Pandawan dan Labuan Amas Selatan.

"Warga di bantaran sungai kami minta menaikkan barang berharga dan dokumen penting ke tempat yang lebih tinggi. Jika air terus naik, evakuasi ke masjid dan sekolah terdekat," kata Kepala Pelaksana BPBD HST, Muhammad Rifani.

Pada Januari 2021, banjir besar merendam hampir seluruh kecamatan di HST. BPBD telah menyiagakan 60 personel dan empat perahu karet.

Informasi perkembangan tinggi muka air disampaikan melalui akun media sosial BPBD HST setiap tiga jam. (humas-hst/ag)"""),

dict(k="a41", src="diskominfo-kalsel", pub="2025-12-02T13:15", title="BMKG: Puncak Musim Hujan Desember–Januari, Tujuh Daerah di Kalsel Rawan Banjir",
text="""BANJARBARU – Badan Meteorologi, Klimatologi dan Geofisika (BMKG) Stasiun Klimatologi Kalimantan Selatan memperkirakan puncak musim hujan di Kalsel terjadi pada Desember 2025 hingga Januari 2026. Hal ini disampaikan dalam rapat koordinasi kesiapsiagaan bencana di Banjarbaru, {H}.

Kepala Stasiun Klimatologi Kalsel, Goeroeh Tjahjono, menyebut curah hujan bulanan diperkirakan di atas 400 milimeter di wilayah hulu.

"Tujuh daerah perlu waspada banjir, yakni HST, HSS, HSU, Balangan, Tabalong, Kabupaten Banjar dan Tanah Laut," ujarnya.

Kepala Diskominfo Kalsel, Dr. Muhammad Fadli, mengatakan peringatan dini akan disebarkan melalui KIM, radio dan media sosial pemerintah daerah.

Pemprov Kalsel juga meminta kabupaten/kota menyiapkan lokasi pengungsian, logistik dan perahu karet sebelum pertengahan Desember. (mc-kalsel/ri)"""),

dict(k="a42", src="pemkab-tabalong", pub="2025-10-10T15:30", title="PLN Padamkan Listrik di Murung Pudak dan Tanta Selasa, 08.00–15.00 Wita",
text="""TANJUNG – PLN Unit Layanan Pelanggan (ULP) Tanjung akan melakukan pemeliharaan jaringan listrik pada Selasa, 14 Oktober 2025, pukul 08.00 hingga 15.00 Wita. Informasi ini diteruskan Diskominfo Tabalong, {H}.

Wilayah yang terdampak pemadaman antara lain Kelurahan Mabuun, Desa Pembataan, Maburai dan Kasiau di Kecamatan Murung Pudak, serta Desa Tanta dan Warukin di Kecamatan Tanta.

Manajer PLN ULP Tanjung, Dedy Setiawan, mengatakan pemeliharaan meliputi penggantian tiang dan pemangkasan pohon yang mendekati jaringan.

"Pemeliharaan ini untuk mengurangi gangguan saat musim hujan. Kami mohon maaf atas ketidaknyamanan pelanggan," katanya.

Pemkab Tabalong meminta sekolah, puskesmas dan pelaku usaha di wilayah terdampak menyiapkan genset atau menyesuaikan kegiatan. (mc-tbl/ek)"""),

dict(k="a43", src="pemkab-tapin", pub="2025-11-12T11:50", title="Puncak Hari Jadi ke-60 Kabupaten Tapin, Bupati Ajak Warga Jaga Kekompakan",
text="""RANTAU – Pemerintah Kabupaten Tapin menggelar rapat paripurna istimewa DPRD dalam rangka Hari Jadi ke-60 Kabupaten Tapin di Gedung DPRD Tapin, Rantau, {H}.

Bupati Tapin, H. Muhammad Yamin Arsyad, dalam sambutannya menyebut pertumbuhan ekonomi Tapin tahun lalu mencapai 5,2 persen dengan angka kemiskinan turun menjadi 3,9 persen.

"Enam puluh tahun Tapin adalah hasil kerja bersama. Mari jaga kekompakan, jangan mudah terpecah oleh kabar bohong," kata Yamin.

Rangkaian Hari Jadi dimeriahkan jalan sehat pada Minggu, 16 November, di Lapangan Rantau Baru dengan hadiah utama satu unit mobil, serta Festival Kuliner Tapin di Taman Kota Rantau pada 14 hingga 16 November.

Sebelumnya, pemkab juga menggelar lomba perahu naga di Sungai Tapin dan ziarah ke makam para pendiri daerah. (humas-tapin/ha)"""),

dict(k="a44", src="pemkab-tanbu", pub="2025-07-30T09:25", title="Hari Jadi ke-22 Tanah Bumbu, Festival Pesisir Digelar di Pantai Pagatan",
text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu menggelar Festival Pesisir dalam rangka Hari Jadi ke-22 Kabupaten Tanah Bumbu di Pantai Pagatan, Kecamatan Kusan Hilir, pada 2 hingga 4 Agustus 2025. Informasi ini disampaikan panitia di Batulicin, {H}.

Festival menampilkan lomba perahu hias nelayan, pameran UMKM, kuliner khas Bugis dan Banjar serta panggung hiburan rakyat setiap malam.

"Kami ingin Hari Jadi Tanbu juga menjadi promosi wisata pesisir. Panitia menargetkan 25 ribu pengunjung selama tiga hari," ujar Kepala Dinas Pariwisata Tanbu, Hj. Andi Nurhayati.

Puncak peringatan Hari Jadi berupa rapat paripurna DPRD digelar pada 4 Agustus di Gedung DPRD Tanbu, Batulicin.

Andi mengimbau pengunjung menggunakan kendaraan umum karena lahan parkir di sekitar pantai terbatas dan akan diberlakukan rekayasa lalu lintas. (mc-tanbu/ap)"""),

dict(k="a45", src="pemkot-banjarmasin", pub="2025-11-06T16:45", title="Minggu, Listrik di Sebagian Banjarmasin Barat dan Selatan Padam Tujuh Jam",
text="""BANJARMASIN – PLN UP3 Banjarmasin akan melakukan pemadaman listrik untuk pemeliharaan gardu induk pada Minggu, 9 November 2025, pukul 08.00 hingga 15.00 Wita. Informasi ini diteruskan Pemerintah Kota Banjarmasin, {H}.

Wilayah terdampak meliputi Kelurahan Basirih, Telaga Biru dan Pelambuan di Kecamatan Banjarmasin Barat, serta Kelurahan Kelayan Selatan, Kelayan Timur dan Pemurus Dalam di Kecamatan Banjarmasin Selatan.

Kepala Bagian Prokopim Setdako Banjarmasin, Hj. Rahmiati, meminta rumah sakit dan puskesmas di wilayah tersebut memastikan genset siap digunakan.

"Kami juga meminta Perumda PAM Bandarmasih mengantisipasi gangguan pasokan air bersih di kawasan yang terdampak," ujarnya.

PLN menyebut pemadaman dapat berakhir lebih cepat apabila pekerjaan selesai lebih awal. (mc-bjm/sy)"""),

dict(k="a46", src="pemkab-tabalong", pub="2025-12-01T12:30", title="Hari Jadi ke-60 Tabalong, Bupati Resmikan 60 Titik Lampu Jalan Tenaga Surya",
text="""TANJUNG – Peringatan Hari Jadi ke-60 Kabupaten Tabalong ditandai dengan rapat paripurna istimewa DPRD di Gedung DPRD Tabalong, Tanjung, {H}. Usai paripurna, Bupati Tabalong meresmikan 60 titik lampu penerangan jalan tenaga surya di ruas Tanjung–Muara Uya.

Bupati Tabalong, H. Anang Syakhrani Rifai, menyebut enam dekade Tabalong ditandai meningkatnya akses jalan hingga desa-desa di kaki Pegunungan Meratus.

"Lampu jalan ini simbol kecil, tetapi warga Muara Uya dan Jaro sudah lama memintanya. Enam puluh tahun, Tabalong harus makin terang," ujarnya.

Rangkaian Hari Jadi juga diisi pasar rakyat di Taman Tanjung Expo pada 1 hingga 7 Desember serta lomba lagu daerah Banjar dan Dayak Deah.

Pemkab Tabalong juga memberikan penghargaan kepada 60 warga teladan, mulai dari guru honorer di desa terpencil hingga relawan pemadam kebakaran. (mc-tbl/hn)"""),
]
