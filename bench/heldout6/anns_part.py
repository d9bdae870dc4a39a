# Announcements of the sixth held-out set (hand-written, fictitious officials, real place names).
# Each: (key, source, published_at, title, text)
ANNS = [
("a01", "pemkab-tabalong", "2026-07-13T15:20:00", "Tabalong Job Fair 2026 Hadirkan 34 Perusahaan dan 1.240 Lowongan Kerja",
"""TANJUNG – Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Kabupaten Tabalong akan menggelar Tabalong Job Fair 2026 di Gedung Serbaguna Tanjung, Selasa dan Rabu (14-15/7/2026). Sebanyak 34 perusahaan dipastikan ikut dengan total 1.240 lowongan kerja.

Lowongan terbanyak berasal dari sektor pertambangan batu bara, perkebunan kelapa sawit dan jasa pendukung tambang, mulai dari operator alat berat, mekanik, tenaga administrasi hingga tenaga kesehatan perusahaan.

Kepala Disnakertrans Tabalong, Hj. Noor Aida, mengatakan pencari kerja cukup membawa KTP, kartu kuning (AK-1) serta beberapa lembar daftar riwayat hidup. "Kami minta perusahaan memprioritaskan putra-putri daerah Tabalong. Pengunjung tidak dipungut biaya apa pun," ujarnya.

Bagi warga yang belum memiliki kartu AK-1, Disnakertrans menyediakan loket pembuatan kartu di lokasi job fair. Bursa kerja dibuka pukul 08.00 hingga 15.00 Wita. (mc-tbl/hn)"""),

("a02", "pemkab-tanah-laut", "2026-07-15T14:05:00", "Job Fair Tanah Laut 2026 Dibuka, 27 Perusahaan Tawarkan 860 Lowongan",
"""PELAIHARI – Wakil Bupati Tanah Laut, H. Zulkifli Rasyid, membuka Job Fair Kabupaten Tanah Laut 2026 di Gedung Tuntung Pandang, Pelaihari, Rabu (15/7/2026). Bursa kerja yang berlangsung hingga Kamis (16/7/2026) itu diikuti 27 perusahaan dengan 860 lowongan.

Perusahaan peserta bergerak di bidang perkebunan, pertambangan, perbankan, ritel modern dan pembangkit listrik. Pada hari pertama, panitia mencatat lebih dari 2.100 pencari kerja datang ke lokasi.

"Jangan malu memulai dari bawah. Siapkan berkas dengan baik dan ikuti wawancara dengan sungguh-sungguh," kata Zulkifli dalam sambutannya.

Kepala Dinas Tenaga Kerja dan Transmigrasi Tanah Laut, Drs. Akhmad Fauzan, menambahkan beberapa perusahaan langsung menggelar wawancara di tempat. Warga yang tidak sempat hadir dapat memantau lowongan melalui aplikasi SiapKerja. (diskominfo-tala/ar)"""),

("a03", "diskominfo-kalsel", "2026-02-05T16:30:00", "Jelang Ramadan, Pemprov Kalsel Gelar Gerakan Pangan Murah Serentak di 13 Kabupaten/Kota",
"""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan melalui Dinas Ketahanan Pangan menggelar Gerakan Pangan Murah (GPM) serentak di 13 kabupaten/kota menjelang Ramadan 1447 Hijriah. GPM berlangsung mulai Senin (9/2/2026) hingga Sabtu (14/2/2026).

Kepala Dinas Ketahanan Pangan Provinsi Kalsel, Ir. Hj. Rusdiana Safitri, mengatakan pemprov menyiapkan 75 ton beras SPHP, 18.000 liter minyak goreng dan 9 ton gula pasir untuk seluruh titik GPM.

"Beras SPHP dijual Rp58.000 per lima kilogram, MinyaKita Rp15.700 per liter dan gula pasir Rp17.000 per kilogram. Harga ini di bawah harga pasar," ujar Rusdiana di Banjarbaru, Kamis (5/2/2026).

Jadwal dan lokasi GPM di tiap daerah ditetapkan oleh dinas pangan kabupaten/kota masing-masing. Warga diminta membawa kantong belanja sendiri, dan setiap orang dibatasi membeli paling banyak dua karung beras. (mc-kalsel/rn)"""),

("a04", "pemkab-hss", "2026-02-09T13:15:00", "GPM Jelang Ramadan Digelar di Kandangan, Beras SPHP Dijual Rp58 Ribu",
"""KANDANGAN – Dinas Ketahanan Pangan Kabupaten Hulu Sungai Selatan menggelar Gerakan Pangan Murah (GPM) menjelang Ramadan di halaman Kantor Dinas Ketahanan Pangan HSS, Kandangan, Senin (9/2/2026). Kegiatan ini merupakan bagian dari GPM serentak Pemprov Kalsel.

Sebanyak 4 ton beras SPHP dan 1.200 liter minyak goreng disediakan pada titik pertama ini. Beras dijual Rp58.000 per karung lima kilogram, minyak goreng Rp15.700 per liter dan gula pasir Rp17.000 per kilogram.

Kepala Dinas Ketahanan Pangan HSS, Hj. Mariatul Kiptiah, mengatakan antusiasme warga sangat tinggi. "Dalam dua jam beras sudah habis separuh. Kami minta warga tertib antre dan tidak memborong," katanya.

GPM berikutnya digelar di halaman Kantor Kecamatan Angkinang, Rabu (11/2/2026), dengan harga yang sama. (prokom-hss/yd)"""),

("a05", "pemkab-hst", "2026-02-09T15:40:00", "Ribuan Warga Serbu GPM di Lapangan Dwi Warna Barabai",
"""BARABAI – Ribuan warga memadati Gerakan Pangan Murah (GPM) yang digelar Pemerintah Kabupaten Hulu Sungai Tengah di Lapangan Dwi Warna, Barabai, Senin (9/2/2026). GPM ini digelar untuk menjaga stabilitas harga menjelang Ramadan.

Pemkab HST menyediakan 5 ton beras SPHP, 1.500 liter minyak goreng dan 1 ton gula pasir. Beras dijual Rp58.000 per lima kilogram, minyak goreng Rp15.700 per liter dan gula Rp17.000 per kilogram.

Sekretaris Daerah HST, H. Muhammad Yani, yang meninjau lokasi mengatakan GPM akan terus digelar hingga menjelang Idulfitri. "Kami ingin warga belanja kebutuhan pokok dengan harga terjangkau selama Ramadan," ujarnya.

Setelah Barabai, GPM berlanjut ke Kecamatan Pandawan pada Kamis (12/2/2026). Setiap pembeli dibatasi dua karung beras dan dua liter minyak goreng. (diskominfo-hst/ml)"""),

("a06", "dinkes-banjar", "2026-03-18T10:45:00", "Kasus DBD di Kabupaten Banjar Capai 214, Dinkes Ajak Warga Gencarkan PSN 3M Plus",
"""MARTAPURA – Dinas Kesehatan Kabupaten Banjar mencatat 214 kasus demam berdarah dengue (DBD) sejak Januari hingga pertengahan Maret 2026, tiga di antaranya meninggal dunia. Kasus terbanyak ditemukan di Kecamatan Martapura, Sungai Tabuk dan Gambut.

Kepala Dinkes Banjar, dr. Noorhidayah, mengajak warga menggencarkan pemberantasan sarang nyamuk (PSN) 3M Plus setiap Jumat, yakni menguras, menutup dan mendaur ulang barang bekas, ditambah memakai obat antinyamuk dan memelihara ikan pemakan jentik.

"Fogging bukan jalan utama. Fogging hanya membunuh nyamuk dewasa, sedangkan jentiknya tetap hidup. Fogging kami lakukan bila hasil penyelidikan epidemiologi menunjukkan ada penularan," tegasnya, Rabu (18/3/2026).

Dinkes juga meminta puskesmas mengaktifkan kembali juru pemantau jentik (jumantik) di setiap desa dan segera merujuk warga yang demam lebih dari dua hari. (dinkes-bjr/fa)"""),

("a07", "dinkes-kalsel", "2026-03-24T14:00:00", "Dinkes Kalsel: 1.630 Kasus DBD hingga Pekan Ke-11, Gerakan Satu Rumah Satu Jumantik Digencarkan",
"""BANJARBARU – Dinas Kesehatan Provinsi Kalimantan Selatan mencatat 1.630 kasus demam berdarah dengue (DBD) di 13 kabupaten/kota hingga pekan ke-11 tahun 2026, dengan 11 kasus kematian. Angka ini naik hampir dua kali lipat dibanding periode yang sama tahun lalu.

Kepala Dinkes Kalsel, dr. H. Arifin Syahrani, mengatakan Gubernur Kalsel telah menerbitkan surat edaran Gerakan Satu Rumah Satu Jumantik. Setiap rumah diminta menunjuk satu anggota keluarga untuk memeriksa jentik sekali sepekan.

"Musim hujan tahun ini lebih panjang. Genangan air di sekitar rumah menjadi tempat berkembang biak nyamuk Aedes aegypti," ujar Arifin di Banjarbaru, Selasa (24/3/2026).

Dinkes Kalsel juga menyalurkan 2 ton larvasida dan 400 liter insektisida ke kabupaten/kota, serta meminta rumah sakit menyiapkan ruang perawatan tambahan. (dinkes-kalsel/sr)"""),

("a08", "pemkab-balangan", "2026-02-24T09:30:00", "Safari Ramadan Bupati Balangan Dimulai dari Masjid Nurul Iman Juai",
"""PARINGIN – Bupati Balangan, H. Abdul Hadi, memulai rangkaian Safari Ramadan 1447 Hijriah di Masjid Jami Nurul Iman, Desa Juai, Kecamatan Juai, Senin malam (23/2/2026). Bupati bersama jajaran Forkopimda melaksanakan salat isya dan tarawih berjemaah dengan warga.

Dalam kesempatan itu, Pemkab Balangan menyerahkan bantuan Rp25 juta untuk pembangunan masjid dan 50 paket sembako bagi warga lanjut usia di Desa Juai.

"Safari Ramadan ini kesempatan kami mendengar langsung keluhan warga, mulai dari jalan desa sampai harga kebutuhan pokok," kata Abdul Hadi.

Safari Ramadan Pemkab Balangan akan menyambangi delapan kecamatan selama bulan Ramadan. Setiap kunjungan dirangkai dengan ceramah agama dan dialog bersama tokoh masyarakat. (prokopim-blg/nh)"""),

("a09", "pemkab-balangan", "2026-03-04T10:10:00", "Safari Ramadan di Halong, Wabup Balangan Serahkan Bantuan untuk Masjid Al-Ikhlas",
"""PARINGIN – Wakil Bupati Balangan, H. Rizky Maulana, melanjutkan Safari Ramadan Pemkab Balangan di Masjid Al-Ikhlas, Desa Halong, Kecamatan Halong, Selasa malam (3/3/2026).

Wabup menyerahkan bantuan Rp25 juta untuk rehabilitasi masjid serta 60 paket sembako bagi warga kurang mampu dan anak yatim di Kecamatan Halong. Bantuan diterima langsung oleh Ketua Pengurus Masjid Al-Ikhlas, H. Jailani.

"Jalan poros Halong–Uren yang dikeluhkan warga sudah masuk rencana perbaikan tahun ini," ujar Rizky menjawab pertanyaan warga dalam dialog usai tarawih.

Halong menjadi kecamatan kelima yang dikunjungi dalam Safari Ramadan tahun ini. Camat Halong, Syahriannor, berterima kasih atas perhatian pemkab kepada warga di wilayah perbatasan. (prokopim-blg/nh)"""),

("a10", "disdukcapil-tapin", "2026-04-15T11:25:00", "Layanan Jemput Bola Disdukcapil Tapin di Desa Harakit Terbitkan 312 Dokumen",
"""RANTAU – Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Tapin menggelar layanan administrasi kependudukan keliling di Kantor Desa Harakit, Kecamatan Piani, Selasa (14/4/2026). Dalam sehari, petugas menerbitkan 312 dokumen kependudukan.

Dokumen tersebut terdiri atas 96 KTP elektronik, 140 kartu keluarga dan 76 akta kelahiran. Warga dari Desa Harakit, Batung, Miawa dan desa sekitar datang sejak pagi.

Kepala Disdukcapil Tapin, Hj. Rahmah Wati, mengatakan layanan jemput bola menyasar desa yang jauh dari Kota Rantau. "Warga Piani tidak perlu lagi menempuh perjalanan puluhan kilometer. Dokumen jadi di hari yang sama," ujarnya.

Layanan keliling berikutnya dijadwalkan di Kecamatan Hatungun pada Selasa (21/4/2026). Warga diminta membawa fotokopi KK dan surat pengantar dari desa. (dukcapil-tpn/sa)"""),

("a11", "disdukcapil-hsu", "2026-05-06T09:50:00", "Disdukcapil HSU Rekam KTP-el 1.870 Pemilih Pemula di 14 Sekolah",
"""AMUNTAI – Dinas Kependudukan dan Pencatatan Sipil Kabupaten Hulu Sungai Utara menggelar perekaman KTP elektronik bagi siswa yang sudah atau akan berusia 17 tahun di 14 SMA, SMK dan MA se-HSU. Perekaman dimulai Senin (4/5/2026) dan berlangsung hingga Jumat (22/5/2026).

Sasaran perekaman sebanyak 1.870 siswa. Pada hari pertama, petugas merekam 212 siswa di SMAN 1 Amuntai dan MAN 2 HSU.

Kepala Disdukcapil HSU, H. Akhmad Rifani, mengatakan siswa yang belum genap 17 tahun tetap direkam, tetapi KTP-el baru dicetak setelah ulang tahunnya. "Tidak ada biaya. Siswa cukup membawa fotokopi kartu keluarga," katanya.

Pihak sekolah diminta menyiapkan ruangan dan daftar siswa sebelum tim datang. Jadwal per sekolah dapat dilihat di akun media sosial Disdukcapil HSU. (dukcapil-hsu/rf)"""),

("a12", "disbunnak-tanah-laut", "2026-05-04T08:40:00", "Jelang Iduladha, Disbunnak Tanah Laut Vaksinasi PMK 9.500 Ekor Ternak",
"""PELAIHARI – Dinas Perkebunan dan Peternakan (Disbunnak) Kabupaten Tanah Laut memulai vaksinasi penyakit mulut dan kuku (PMK) menjelang Iduladha 1447 Hijriah, Senin (4/5/2026). Vaksinasi berlangsung hingga Jumat (22/5/2026) di 11 kecamatan.

Sasaran vaksinasi sebanyak 9.500 ekor sapi, kerbau dan kambing, terutama ternak yang akan dijual sebagai hewan kurban. Vaksin diberikan gratis dan petugas mendatangi langsung kandang peternak.

Kepala Disbunnak Tanah Laut, drh. Rusdiansyah, meminta peternak melapor ke petugas kecamatan bila ternaknya belum divaksin. "Ternak yang sehat dan sudah divaksin lebih mudah dijual. Pembeli hewan kurban sekarang menanyakan bukti vaksin," ujarnya.

Peternak juga diminta tidak memasukkan ternak dari luar daerah tanpa surat keterangan kesehatan hewan (SKKH). (diskominfo-tala/ar)"""),

("a13", "disbunnak-kalsel", "2026-04-28T13:30:00", "Disbunnak Kalsel Distribusikan 64 Ribu Dosis Vaksin PMK ke Kabupaten/Kota",
"""BANJARBARU – Dinas Perkebunan dan Peternakan Provinsi Kalimantan Selatan mendistribusikan 64.000 dosis vaksin penyakit mulut dan kuku (PMK) ke 13 kabupaten/kota, Selasa (28/4/2026). Vaksin merupakan bantuan Kementerian Pertanian untuk pengamanan hewan kurban.

Kepala Disbunnak Kalsel, Ir. H. Suparmi Hadi, mengatakan alokasi terbesar diberikan kepada daerah sentra ternak sapi, yakni Kabupaten Tanah Laut, Banjar dan Tanah Bumbu.

"Kami minta kabupaten/kota segera menyuntikkan vaksin sebelum hewan kurban diperjualbelikan. Vaksin harus disimpan di suhu dua sampai delapan derajat," katanya.

Disbunnak Kalsel juga memperketat pemeriksaan lalu lintas ternak di pos perbatasan Kalsel–Kalteng dan Kalsel–Kaltim selama sebulan ke depan. (mc-kalsel/dw)"""),

("a14", "disbunnak-tanah-laut", "2026-05-20T15:10:00", "Petugas Disbunnak Tanah Laut Periksa Kesehatan Hewan Kurban di Enam Lapak",
"""PELAIHARI – Tim Dinas Perkebunan dan Peternakan Kabupaten Tanah Laut memeriksa kesehatan hewan kurban di enam lapak penjualan di Pelaihari, Bati-Bati dan Takisung, Rabu (20/5/2026). Pemeriksaan berlangsung hingga hari raya Iduladha.

Dari 412 ekor sapi dan kambing yang diperiksa pada hari pertama, petugas menemukan empat ekor kambing belum cukup umur dan dua ekor sapi cacat kaki, sehingga tidak memenuhi syarat hewan kurban.

"Hewan yang lolos pemeriksaan kami beri kalung tanda sehat. Masyarakat sebaiknya membeli hewan yang sudah berkalung," kata Kepala Bidang Kesehatan Hewan Disbunnak Tala, drh. Siti Mahmudah.

Disbunnak juga menyiapkan 24 petugas pemeriksa daging untuk memantau penyembelihan di masjid dan musala pada hari raya. (diskominfo-tala/ar)"""),

("a15", "bpbd-hsu", "2026-01-12T12:00:00", "Banjir Rendam 5.340 Rumah di Tujuh Kecamatan, HSU Tetapkan Tanggap Darurat",
"""AMUNTAI – Banjir akibat meluapnya Sungai Tabalong dan Sungai Balangan merendam 5.340 rumah di tujuh kecamatan di Kabupaten Hulu Sungai Utara. Pemkab HSU menetapkan status tanggap darurat bencana banjir selama 14 hari terhitung sejak Sabtu (10/1/2026).

Kepala Pelaksana BPBD HSU, Drs. Saberi Thanoor, mengatakan wilayah terdampak paling parah berada di Kecamatan Danau Panggang, Babirik dan Paminggir dengan ketinggian air 40 hingga 90 sentimeter.

"Dapur umum sudah berdiri di Kantor Camat Danau Panggang dan Babirik. Kami juga menyiagakan 12 perahu untuk evakuasi warga lansia dan balita," ujarnya, Senin (12/1/2026).

Warga yang membutuhkan bantuan evakuasi dapat menghubungi posko BPBD HSU. Hingga kini belum ada laporan korban jiwa. (bpbd-hsu/ms)"""),

("a16", "bpbd-hst", "2026-01-10T10:20:00", "Sungai Barabai Meluap, 1.150 Rumah di Barabai dan Pandawan Terendam",
"""BARABAI – Hujan deras sejak Jumat (9/1/2026) sore membuat Sungai Barabai meluap dan merendam 1.150 rumah di Kecamatan Barabai dan Pandawan, Kabupaten Hulu Sungai Tengah. Ketinggian air di pusat Kota Barabai sempat mencapai 60 sentimeter.

Kepala Pelaksana BPBD HST, H. Muhammad Ramli, mengatakan air mulai surut pada Sabtu (10/1/2026) pagi. "Kami mengimbau warga di bantaran sungai tetap waspada karena curah hujan di kawasan Pegunungan Meratus masih tinggi," ujarnya.

Kelurahan Barabai Timur, Barabai Barat dan Desa Pandawan menjadi wilayah terdampak terparah. BPBD bersama TNI, Polri dan relawan menyalurkan 300 paket makanan siap saji ke warga terdampak.

Warga diminta mematikan listrik saat air masuk rumah dan segera melapor ke posko BPBD di Jalan Murakata. (bpbd-hst/ra)"""),

("a17", "bapenda-kalsel", "2026-05-29T14:45:00", "Pemutihan Denda Pajak Kendaraan Bermotor Berlaku 1 Juni hingga 31 Agustus 2026",
"""BANJARBARU – Badan Pendapatan Daerah (Bapenda) Provinsi Kalimantan Selatan kembali memberlakukan program pemutihan denda Pajak Kendaraan Bermotor (PKB) mulai Senin (1/6/2026) hingga Senin (31/8/2026). Program ini juga membebaskan Bea Balik Nama Kendaraan Bermotor (BBNKB) kedua.

Kepala Bapenda Kalsel, H. Subhan Nor Yaumil, mengatakan wajib pajak cukup membayar pokok PKB tahun berjalan tanpa denda keterlambatan. "Kendaraan yang menunggak bertahun-tahun, dendanya dihapus semua," ujarnya, Jumat (29/5/2026).

Pembayaran dapat dilakukan di seluruh kantor Samsat, Samsat Keliling, gerai Samsat di pusat perbelanjaan maupun melalui aplikasi Samsat Digital Nasional (Signal).

Bapenda mencatat lebih dari 410.000 kendaraan di Kalsel menunggak pajak. Pemutihan diharapkan mendorong pemilik kendaraan kembali tertib membayar pajak. (bapenda-kalsel/hm)"""),

("a18", "pemkab-barito-kuala", "2026-04-08T16:00:00", "Bupati Batola Tanam Padi Serentak 1.200 Hektare di Jejangkit Muara",
"""MARABAHAN – Bupati Barito Kuala, H. Bahrul Ilmi, bersama Dandim 1005/Marabahan melakukan tanam padi serentak seluas 1.200 hektare di Desa Jejangkit Muara, Kecamatan Jejangkit, Rabu (8/4/2026). Lahan tersebut merupakan bagian dari program optimalisasi lahan rawa.

Varietas yang ditanam adalah Inpari 32 dan Inpara 8 yang tahan genangan. Pemkab Batola menyalurkan benih, pupuk dan 14 unit traktor roda dua kepada 36 kelompok tani di Kecamatan Jejangkit.

"Kalau panen berhasil, Jejangkit bisa menjadi lumbung padi baru Batola. Kami minta penyuluh mendampingi petani sampai panen," kata Bahrul Ilmi.

Kepala Dinas Tanaman Pangan dan Hortikultura Batola, Ir. Syahrudin, menargetkan produktivitas 4,5 ton gabah kering panen per hektare. Panen diperkirakan berlangsung Juli mendatang. (humas-batola/zk)"""),

("a19", "pemkot-banjarmasin", "2026-10-10T19:30:00", "Festival Sasirangan 2026 Dibuka, Parade 1.000 Kain Warnai Siring Menara Pandang",
"""BANJARMASIN – Festival Sasirangan 2026 resmi dibuka Wali Kota Banjarmasin, H. Ikhsan Alhak, di Siring Menara Pandang, Sabtu (10/10/2026). Festival berlangsung tiga hari hingga Senin (12/10/2026).

Pembukaan ditandai parade 1.000 kain sasirangan yang dibentangkan pelajar, ASN dan pelaku UMKM di sepanjang siring Sungai Martapura. Sebanyak 84 UMKM sasirangan dan kuliner khas Banjar membuka stan selama festival.

"Sasirangan bukan sekadar kain, tetapi identitas urang Banjar. Kami ingin perajin kampung sasirangan naik kelas," ujar Ikhsan.

Kepala Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata Banjarmasin, Hj. Siti Nurlaila, menyebut festival juga diisi lomba desain motif, peragaan busana dan pelatihan pewarnaan alami. Pengunjung tidak dipungut biaya. (diskominfotik-bjm/ak)"""),

("a20", "pemkab-hsu", "2026-03-02T10:00:00", "Pendaftaran Beasiswa HSU Cerdas 2026 Dibuka, Kuota 250 Mahasiswa",
"""AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara membuka pendaftaran Beasiswa HSU Cerdas 2026 mulai Senin (2/3/2026) hingga Jumat (20/3/2026). Beasiswa disediakan untuk 250 mahasiswa asal HSU.

Penerima beasiswa mendapat bantuan biaya pendidikan Rp6 juta per tahun. Pendaftar harus ber-KTP HSU, berstatus mahasiswa aktif program D3 atau S1, dan memiliki indeks prestasi kumulatif minimal 3,00.

Kepala Bagian Kesejahteraan Rakyat Setda HSU, H. Mursyidi, mengatakan pendaftaran dilakukan secara daring. "Tidak ada pungutan apa pun. Hati-hati dengan pihak yang menjanjikan kelulusan dengan imbalan," ujarnya.

Pengumuman penerima dijadwalkan pada 15 April 2026. Tahun lalu, sebanyak 1.120 mahasiswa mendaftar untuk 200 kuota yang tersedia. (prokopim-hsu/nr)"""),

("a21", "pemkab-tanah-bumbu", "2026-03-09T11:40:00", "Beasiswa Bumi Bersujud 2026 Dibuka untuk 400 Mahasiswa Tanah Bumbu",
"""BATULICIN – Pemerintah Kabupaten Tanah Bumbu membuka pendaftaran Beasiswa Bumi Bersujud 2026 mulai Senin (9/3/2026) hingga Selasa (31/3/2026). Kuota tahun ini sebanyak 400 mahasiswa, naik dari 320 pada tahun lalu.

Beasiswa diberikan Rp8 juta per tahun untuk mahasiswa S1 dan Rp10 juta untuk mahasiswa S2. Pemkab juga menyediakan kuota khusus 40 orang bagi hafiz Al-Qur'an dan mahasiswa dari keluarga tidak mampu.

"Syaratnya berdomisili di Tanah Bumbu minimal tiga tahun dan tidak sedang menerima beasiswa lain," kata Kepala Dinas Pendidikan Tanah Bumbu, H. Ardiansyah Putra, Senin (9/3/2026).

Berkas diunggah melalui laman resmi beasiswa pemkab. Seleksi meliputi verifikasi berkas dan wawancara di Batulicin pada pertengahan April. (humas-tanbu/ir)"""),

("a22", "dinkes-kotabaru", "2026-02-16T09:15:00", "Cek Kesehatan Gratis Tersedia di 28 Puskesmas, Warga Kotabaru Cukup Bawa KTP",
"""KOTABARU – Dinas Kesehatan Kabupaten Kotabaru mengajak warga memanfaatkan program Cek Kesehatan Gratis (CKG) di 28 puskesmas. Pemeriksaan dapat dilakukan pada bulan ulang tahun atau paling lambat 30 hari sesudahnya.

Pemeriksaan meliputi tekanan darah, gula darah, kolesterol, skrining jantung, fungsi ginjal, paru dan kesehatan jiwa, serta tes pendengaran dan penglihatan. Tahun 2026, Dinkes Kotabaru menargetkan 41.000 warga mengikuti CKG.

"Cukup bawa KTP dan daftar melalui aplikasi SatuSehat Mobile. Yang tidak punya ponsel bisa langsung datang ke puskesmas," kata Kepala Dinkes Kotabaru, dr. Hj. Sri Wahyuni, Senin (16/2/2026).

Sepanjang 2025, tercatat 27.300 warga Kotabaru mengikuti CKG, dan sekitar 18 persen di antaranya diketahui menderita hipertensi. (dinkes-ktb/ys)"""),

("a23", "dinkes-kalsel", "2026-07-20T13:20:00", "CKG Sekolah Dimulai, 380 Ribu Pelajar Kalsel Jalani Pemeriksaan Kesehatan",
"""BANJARBARU – Dinas Kesehatan Provinsi Kalimantan Selatan memulai Cek Kesehatan Gratis (CKG) Sekolah pada tahun ajaran baru, Senin (20/7/2026). Sasarannya 380.000 pelajar SD, SMP, SMA dan SMK di 13 kabupaten/kota.

Pemeriksaan meliputi status gizi, gigi, mata, telinga, tekanan darah untuk pelajar SMA, serta skrining kesehatan jiwa. Petugas puskesmas akan datang ke sekolah sesuai jadwal yang disusun bersama dinas pendidikan.

Kepala Dinkes Kalsel, dr. H. Arifin Syahrani, meminta orang tua mengisi formulir persetujuan yang dibagikan sekolah. "Hasil pemeriksaan akan dikirim ke orang tua. Anak yang butuh penanganan lanjutan kami rujuk," ujarnya.

CKG Sekolah dijadwalkan tuntas pada November 2026. Pada tahun lalu, sekitar 22 persen pelajar yang diperiksa mengalami masalah gigi berlubang. (dinkes-kalsel/sr)"""),

("a24", "diskominfo-kalsel", "2026-04-22T17:00:00", "Diskominfo Kalsel Bimtek 130 Pengelola KIM, Dibekali Teknik Cek Fakta dan Video Pendek",
"""BANJARBARU – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan menggelar bimbingan teknis bagi 130 pengelola Kelompok Informasi Masyarakat (KIM) dari 13 kabupaten/kota, Selasa dan Rabu (21-22/4/2026), di Banjarbaru.

Peserta dibekali teknik cek fakta, penulisan berita warga, fotografi dengan ponsel dan pembuatan video pendek untuk media sosial.

"KIM adalah mata dan telinga pemerintah di desa. Informasi yang benar dari KIM bisa menangkal hoaks lebih cepat," kata Kepala Diskominfo Kalsel, Dr. H. Muhammad Muslim Hakim.

Pada akhir bimtek, peserta menyusun rencana konten bulanan untuk desa masing-masing. Diskominfo Kalsel akan memantau keaktifan KIM peserta dan memberikan penghargaan kepada KIM terbaik pada akhir tahun. (mc-kalsel/dw)"""),

("a25", "diskominfo-tabalong", "2026-08-25T14:30:00", "KIM Pembataan Juara Lomba KIM Tingkat Kabupaten Tabalong 2026",
"""TANJUNG – Kelompok Informasi Masyarakat (KIM) Pembataan, Kecamatan Murung Pudak, meraih juara pertama Lomba KIM Tingkat Kabupaten Tabalong 2026. Pengumuman dan penyerahan hadiah dilakukan di Aula Diskominfo Tabalong, Selasa (25/8/2026).

Juara kedua diraih KIM Tanta, Kecamatan Tanta, dan juara ketiga KIM Kapar, Kecamatan Murung Pudak. Lomba diikuti 21 KIM dari 12 kecamatan.

Kepala Diskominfo Tabalong, H. Hamdani Irwan, mengatakan penilaian meliputi keaktifan unggah informasi, kreativitas konten dan kecepatan menyebarkan informasi pemerintah. "KIM Pembataan rutin menyebarkan informasi layanan publik dalam hitungan jam," ujarnya.

Juara pertama akan mewakili Tabalong pada Lomba KIM Tingkat Provinsi Kalsel pada Oktober mendatang. Para juara menerima trofi, piagam dan uang pembinaan. (diskominfo-tbl/hi)"""),

("a26", "pemkab-tanah-bumbu", "2026-04-19T18:10:00", "Ribuan Warga Saksikan Ritual Mappanretasi 2026 di Pantai Pagatan",
"""BATULICIN – Ribuan warga dan wisatawan memadati Pantai Pagatan, Kecamatan Kusan Hilir, untuk menyaksikan ritual Pesta Laut Mappanretasi 2026, Minggu (19/4/2026). Ritual adat masyarakat Bugis Pagatan itu dibuka Bupati Tanah Bumbu, H. Andi Syamsu Alam.

Puncak acara ditandai pelepasan sesaji ke tengah laut oleh tetua adat menggunakan perahu hias. Rangkaian acara sejak Sabtu (18/4/2026) diisi lomba perahu tradisional, pentas tari dan pasar kuliner Bugis.

"Mappanretasi adalah warisan budaya yang sudah masuk kalender event nasional. Kami ingin wisatawan terus datang ke Pagatan," kata Andi Syamsu.

Kepala Dinas Pariwisata Tanah Bumbu, Hj. Nurhayati Ambo, memperkirakan lebih dari 30.000 pengunjung hadir selama dua hari. Pedagang lokal disebut meraup omzet berlipat. (humas-tanbu/ir)"""),

("a27", "pemkot-banjarmasin", "2026-06-11T13:45:00", "Operasi Pasar LPG 3 Kg di Kuin Utara dan Pemurus Dalam, 560 Tabung Ludes",
"""BANJARMASIN – Pemerintah Kota Banjarmasin bersama Pertamina menggelar operasi pasar LPG 3 kilogram di Kelurahan Kuin Utara dan Kelurahan Pemurus Dalam, Kamis (11/6/2026). Sebanyak 560 tabung habis terjual dalam waktu kurang dari tiga jam.

LPG dijual seharga Rp18.500 per tabung sesuai harga eceran tertinggi. Warga wajib menunjukkan KTP dan membawa tabung kosong, dengan batas pembelian satu tabung per kepala keluarga.

Kepala Bagian Perekonomian Setdako Banjarmasin, Hj. Rina Marlina, mengatakan operasi pasar digelar karena warga mengeluhkan kelangkaan LPG di pengecer dalam dua pekan terakhir. "Harga di pengecer sempat tembus Rp35.000," katanya.

Operasi pasar akan digelar bergiliran di kelurahan lain. Warga juga diminta melaporkan pangkalan yang menjual di atas harga eceran tertinggi. (diskominfotik-bjm/ak)"""),

("a28", "pemkab-hst", "2026-06-22T16:30:00", "MTQ Ke-48 Tingkat Kabupaten HST Dibuka di Haruyan, 380 Peserta Bertanding",
"""BARABAI – Bupati Hulu Sungai Tengah, H. Samsul Rizal, membuka Musabaqah Tilawatil Qur'an (MTQ) ke-48 Tingkat Kabupaten HST di Lapangan Desa Haruyan, Kecamatan Haruyan, Senin malam (22/6/2026). MTQ berlangsung hingga Sabtu (27/6/2026).

Sebanyak 380 peserta dari 11 kecamatan bertanding di tujuh cabang, yakni tilawah, tartil, hifzil, tafsir, fahmil, syarhil dan khattil Qur'an.

"Juara MTQ kabupaten akan kami bina untuk menghadapi MTQ Provinsi Kalsel tahun depan. Kami ingin HST kembali masuk lima besar," kata Samsul Rizal.

Pembukaan dimeriahkan pawai taaruf kafilah kecamatan dan penampilan hadrah pelajar. Camat Haruyan, H. Fahmi Anshari, menyebut seluruh warga dilibatkan sebagai tuan rumah, termasuk menyediakan pemondokan bagi kafilah. (diskominfo-hst/ml)"""),

("a29", "bpbd-banjarbaru", "2026-08-03T11:00:00", "Banjarbaru Tetapkan Status Siaga Darurat Karhutla hingga 31 Oktober",
"""BANJARBARU – Pemerintah Kota Banjarbaru menetapkan status siaga darurat kebakaran hutan dan lahan (karhutla) mulai Senin (3/8/2026) hingga Sabtu (31/10/2026). Sejak awal Juli, tercatat 126 hektare lahan terbakar di Kecamatan Liang Anggang, Cempaka dan Landasan Ulin.

Kepala Pelaksana BPBD Banjarbaru, H. Zaenal Arifin, mengatakan status siaga memudahkan pengerahan personel dan anggaran. "Sebagian besar kebakaran terjadi di lahan gambut dekat Bandara Syamsudin Noor. Asapnya mengganggu penerbangan," ujarnya.

BPBD menyiagakan 14 regu pemadam, dibantu Manggala Agni, TNI, Polri dan Masyarakat Peduli Api (MPA) di tiap kelurahan.

Wali Kota Banjarbaru meminta warga tidak membakar sampah maupun membuka lahan dengan cara dibakar. Pelanggar dapat dijerat sanksi pidana. (bpbd-bjb/zn)"""),

("a30", "pemkab-barito-kuala", "2026-09-15T10:30:00", "Pemkab Batola Rehab 180 Rumah Tidak Layak Huni di 17 Kecamatan",
"""MARABAHAN – Pemerintah Kabupaten Barito Kuala melalui Dinas Perumahan Rakyat dan Kawasan Permukiman merehabilitasi 180 rumah tidak layak huni (RTLH) yang tersebar di 17 kecamatan pada tahun 2026. Pengerjaan dimulai Selasa (15/9/2026).

Setiap rumah mendapat bantuan bahan bangunan senilai Rp20 juta, dikerjakan secara swadaya oleh pemilik bersama warga sekitar dengan pendampingan fasilitator.

"Penerima sudah diverifikasi, di antaranya warga lansia, penyandang disabilitas dan keluarga yang rumahnya nyaris roboh," kata Kepala Disperkim Batola, Ir. H. Rahmadi Saleh.

Peletakan batu pertama dilakukan di rumah milik Acil Masnah, warga Desa Sungai Pitung, Kecamatan Alalak. Seluruh rehab ditargetkan selesai dalam 90 hari kalender. (humas-batola/zk)"""),

("a31", "pemkab-kotabaru", "2026-06-30T15:00:00", "Dua Ambulans Laut Diserahkan untuk Warga Pulau Sebuku dan Pulau Sembilan",
"""KOTABARU – Bupati Kotabaru, H. Sayed Jafar Alaydrus, menyerahkan dua unit ambulans laut kepada Puskesmas Sungai Bali di Kecamatan Pulau Sebuku dan Puskesmas Pulau Sembilan, Selasa (30/6/2026). Penyerahan dilakukan di Dermaga Siring Laut, Kotabaru.

Ambulans laut berupa speedboat bermesin ganda 2 x 200 PK itu dilengkapi tandu, tabung oksigen dan peralatan pertolongan pertama, serta mampu membawa pasien ke RSUD Kotabaru dalam waktu sekitar satu jam.

"Dulu warga pulau harus menyewa kapal nelayan untuk membawa pasien. Sekarang layanan ini gratis dan siaga 24 jam," kata Sayed Jafar.

Kepala Dinas Kesehatan Kotabaru, dr. Hj. Sri Wahyuni, menambahkan setiap ambulans laut diawaki dua motoris dan satu perawat. Warga dapat menghubungi puskesmas setempat untuk layanan rujukan. (prokopim-ktb/ny)"""),

("a32", "pemkot-banjarmasin", "2026-06-21T14:20:00", "2.300 Relawan Angkat 4,1 Ton Sampah dari Sungai Martapura",
"""BANJARMASIN – Sebanyak 2.300 relawan mengikuti aksi bersih Sungai Martapura yang digelar Pemerintah Kota Banjarmasin, Minggu (21/6/2026). Dalam tiga jam, relawan mengangkat 4,1 ton sampah dari sungai dan bantaran.

Aksi dimulai dari Siring Tendean dan menyebar ke 18 titik di sepanjang sungai. Relawan terdiri atas ASN, pelajar, komunitas susur sungai dan warga bantaran, dibantu 40 perahu kelotok.

"Sampah plastik dan styrofoam masih dominan. Sungai ini wajah Banjarmasin, jangan jadikan tempat sampah," kata Wali Kota Banjarmasin, H. Ikhsan Alhak.

Kepala Dinas Lingkungan Hidup Banjarmasin, Drs. Alive Yoesfah, mengatakan aksi serupa akan digelar setiap tiga bulan. Sampah yang terkumpul dipilah, dan sampah plastik diserahkan ke bank sampah. (diskominfotik-bjm/ak)"""),

("a33", "pemkot-banjarbaru", "2026-02-18T11:30:00", "Pasar Wadai Ramadan Banjarbaru 2026 Hadirkan 115 Lapak di Lapangan Murjani",
"""BANJARBARU – Pemerintah Kota Banjarbaru kembali menggelar Pasar Wadai Ramadan di Lapangan Dr. Murjani mulai Kamis (19/2/2026) hingga Selasa (17/3/2026). Sebanyak 115 lapak pedagang kue tradisional dan makanan berbuka disiapkan.

Pasar wadai buka setiap hari pukul 15.00 hingga 18.30 Wita. Pedagang tidak dipungut sewa lapak, tetapi wajib menjaga kebersihan dan tidak menggunakan styrofoam.

"Pedagang diutamakan warga Banjarbaru dan pelaku UMKM binaan. Kami juga minta harga wadai wajar," kata Kepala Dinas Koperasi, UKM dan Perdagangan Banjarbaru, Hj. Dewi Kartika, Rabu (18/2/2026).

Dinas Kesehatan akan mengambil sampel makanan secara berkala untuk memastikan wadai bebas pewarna dan pengawet berbahaya. Pengunjung diimbau parkir di area yang disediakan. (humas-bjb/fr)"""),

("a34", "pemkot-banjarmasin", "2026-02-19T16:50:00", "Pasar Wadai Ramadan Banjarmasin Resmi Dibuka di Siring Sudirman, 148 Pedagang Ikut Serta",
"""BANJARMASIN – Wali Kota Banjarmasin, H. Ikhsan Alhak, membuka Pasar Wadai Ramadan 2026 di kawasan Siring Sudirman, Kamis (19/2/2026). Sebanyak 148 pedagang wadai dan kuliner khas Banjar ikut serta.

Pasar wadai buka setiap hari pukul 14.00 hingga menjelang berbuka, hingga akhir Ramadan. Aneka wadai seperti bingka, amparan tatak, kararaban dan putri selat dijajakan.

"Pasar wadai ini bagian dari tradisi urang Banjar sejak dulu. Kami berharap UMKM mendapat berkah Ramadan," ujar Ikhsan.

Dinas Perdagangan dan Perindustrian Banjarmasin menyebut setiap lapak dikenai retribusi Rp500 ribu untuk sebulan penuh. Petugas Balai POM juga dijadwalkan melakukan uji sampel pangan pada pekan pertama. (diskominfotik-bjm/ak)"""),

("a35", "pemkab-tabalong", "2026-03-10T10:40:00", "Insentif untuk 1.460 Marbot dan Guru TPA di Tabalong Mulai Disalurkan",
"""TANJUNG – Pemerintah Kabupaten Tabalong mulai menyalurkan insentif bagi 1.460 marbot masjid, penjaga langgar dan guru Taman Pendidikan Al-Qur'an (TPA), Selasa (10/3/2026). Penyaluran simbolis dilakukan Bupati Tabalong, H. Rahmadi Noor, di Masjid Agung At-Taqwa Tanjung.

Setiap penerima mendapat Rp1,2 juta untuk enam bulan yang ditransfer melalui rekening Bank Kalsel. Insentif tahap kedua akan disalurkan pada September.

"Ini bentuk terima kasih kepada mereka yang merawat rumah ibadah dan mengajar anak-anak mengaji, sering tanpa bayaran," kata Rahmadi.

Kepala Bagian Kesejahteraan Rakyat Setda Tabalong, H. Ridwan Syah, meminta penerima yang belum memiliki rekening segera menghubungi kantor kecamatan. (mc-tbl/hn)"""),

("a36", "pemkab-balangan", "2026-03-12T13:00:00", "Pemkab Balangan Salurkan Insentif Rp1,5 Juta untuk 820 Guru Ngaji dan Marbot",
"""PARINGIN – Pemerintah Kabupaten Balangan menyalurkan insentif kepada 820 guru ngaji dan marbot masjid se-Kabupaten Balangan, Kamis (12/3/2026). Setiap penerima mendapat Rp1,5 juta untuk semester pertama 2026.

Penyaluran simbolis dilakukan Bupati Balangan, H. Abdul Hadi, di Pendopo Bupati, Paringin. Dana ditransfer ke rekening masing-masing penerima melalui Bank Kalsel Cabang Paringin.

"Guru ngaji dan marbot adalah penjaga akhlak generasi muda. Insentif ini memang tidak besar, tapi semoga meringankan," ujar Abdul Hadi.

Jumlah penerima tahun ini bertambah 75 orang dibanding 2025 setelah pendataan ulang oleh Kementerian Agama dan kantor kecamatan. (prokopim-blg/nh)"""),

("a37", "pemkab-banjar", "2026-09-03T12:15:00", "Pemkab Banjar Serahkan 40 Mesin Perahu untuk Pedagang Pasar Terapung Lok Baintan",
"""MARTAPURA – Bupati Banjar, H. Saidi Mansyur, menyerahkan 40 unit mesin perahu kepada pedagang Pasar Terapung Lok Baintan di Desa Sungai Pinang Lama, Kecamatan Sungai Tabuk, Kamis (3/9/2026).

Bantuan mesin berkekuatan 6,5 PK itu diberikan kepada pedagang yang selama ini mendayung jukung dari desa-desa di sepanjang Sungai Martapura. Pemkab juga membagikan 40 jaket pelampung.

"Pedagang Lok Baintan banyak yang sudah berusia lanjut. Dengan mesin, mereka lebih cepat sampai dan tidak kelelahan," kata Saidi Mansyur.

Kepala Dinas Pariwisata Banjar, H. Irwan Kumar, menyebut Pasar Terapung Lok Baintan dikunjungi sekitar 2.000 wisatawan setiap akhir pekan. Pemkab juga akan memperbaiki dermaga wisata di Sungai Tabuk tahun depan. (humas-banjar/ry)"""),

("a38", "pemkab-tanah-laut", "2026-08-12T13:50:00", "Tempat Pelelangan Ikan Takisung Diresmikan, Nelayan Tak Perlu Lagi ke Pelaihari",
"""PELAIHARI – Bupati Tanah Laut, H. Syahrani Fadli, meresmikan Tempat Pelelangan Ikan (TPI) Takisung di Desa Takisung, Kecamatan Takisung, Rabu (12/8/2026). TPI dibangun dengan anggaran Rp4,7 miliar dari dana alokasi khusus.

TPI dilengkapi ruang lelang, pabrik es mini berkapasitas 5 ton per hari dan dermaga untuk 30 kapal nelayan. Sebelumnya nelayan Takisung harus membawa hasil tangkapan ke Pelaihari atau menjual ke tengkulak.

"Harga ikan akan lebih adil karena dilelang terbuka. Nelayan juga bisa membeli es dengan harga murah," kata Syahrani.

Kepala Dinas Perikanan Tanah Laut, Ir. Hj. Lailatul Fitri, mengatakan TPI akan dikelola koperasi nelayan setempat dan buka setiap hari mulai pukul 05.00 Wita. (diskominfo-tala/ar)"""),

("a39", "pemprov-kalsel", "2026-08-17T11:30:00", "Gubernur Kalsel Pimpin Upacara HUT Ke-81 RI, 81 Pasukan Pengibar Bendera Bertugas",
"""BANJARBARU – Gubernur Kalimantan Selatan, H. Muhidin, memimpin upacara peringatan Hari Ulang Tahun ke-81 Kemerdekaan Republik Indonesia di halaman Kantor Gubernur Kalsel, Banjarbaru, Senin (17/8/2026). Upacara diikuti sekitar 3.000 peserta.

Sebanyak 81 anggota Pasukan Pengibar Bendera Pusaka (Paskibraka) Provinsi Kalsel bertugas mengibarkan bendera. Bertindak sebagai pembawa baki adalah Nadia Putri Azzahra, pelajar SMAN 1 Kandangan.

"Kemerdekaan harus kita isi dengan kerja nyata, terutama menurunkan kemiskinan dan stunting di desa," ujar Muhidin dalam amanatnya.

Usai upacara, gubernur menyerahkan remisi kepada 2.140 warga binaan pemasyarakatan dan penghargaan Satyalancana Karya Satya kepada ASN berprestasi. (adpim-kalsel/ta)"""),

("a40", "pemkab-tapin", "2026-09-21T15:30:00", "Mal Pelayanan Publik Tapin Diresmikan, Warga Urus 24 Layanan di Satu Gedung",
"""RANTAU – Bupati Tapin, H. Wahyudi Rahman, meresmikan Mal Pelayanan Publik (MPP) Kabupaten Tapin di Jalan Brigjen H. Hasan Basry, Rantau, Senin (21/9/2026). MPP menghadirkan 24 layanan dari instansi pemerintah, BUMN dan perbankan dalam satu gedung.

Layanan yang tersedia antara lain administrasi kependudukan, perizinan usaha, paspor, Samsat, BPJS Kesehatan, BPJS Ketenagakerjaan, PLN dan pelayanan pajak daerah.

"Warga tidak perlu lagi berkeliling kantor. Cukup datang ke MPP, semua dilayani di sini," kata Wahyudi.

Kepala DPMPTSP Tapin, H. Fauzan Ramli, mengatakan MPP buka Senin hingga Jumat pukul 08.00 sampai 15.00 Wita, serta Sabtu hingga pukul 12.00 untuk layanan tertentu. (prokopim-tpn/ws)"""),
]
