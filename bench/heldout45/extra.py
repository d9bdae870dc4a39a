# Hand-written posts that are not tied to one release's entry (heldout45).

# before posts: (announcement imitated, kim, hours before the release, how it differs, text)
B2 = [
    ("a01", "kim-guntung-paikat", 20, "invitation to the release, no figures", "Besok pagi BPS Kalsel rilis data ketenagakerjaan di aula kantornya di Banjarbaru. Wartawan dan pengelola KIM diundang, mulai jam 10."),
    ("a02", "kim-batu-piring", 30, "farmers' hope before the NTP release", "Harga karet naik terus bulan ini, moga-moga nanti angka nilai tukar petani juga naik. Kapan BPS rilis data bulan Oktober ya?"),
    ("a03", "kim-tebing-tinggi", 26, "question before the IPM release", "Katanya besok BPS umumkan IPM kabupaten se-Kalsel. Balangan masih paling bawah kah? Semoga tahun ini ada kemajuan."),
    ("a05", "kim-kandangan-kota", 18, "the training's opening seen before the release", "Pagi ini Aula Dinas Pertanian HSS penuh anak muda berompi, katanya mau pelatihan petugas survei sawah dari BPS."),
    ("a08", "kim-paringin-kota", 8, "preparation of the inauguration the same day", "Kursi di Pendopo Bupati Balangan sudah disusun ratusan, sore nanti ada pelantikan petugas pendataan keluarga. Jalan depan pendopo agak padat."),
    ("a09", "kim-basirih-selatan", 30, "rumour of a posko before the release", "Dengar-dengar kelurahan mau buka tempat pengaduan untuk warga yang belum didata petugas. Betul kah? Rumah saya belum didatangi sama sekali."),
    ("a10", "kim-sungai-karias", 22, "invitation for cadres before the training", "Kader desa yang ditunjuk jadi pendata SDGs Desa, besok kumpul jam 8 di Gedung Putri Junjung Buih. Bawa HP yang sudah dicas penuh."),
    ("a12", "kim-sebelimbingan", 16, "sighting of the boat before the release", "Kapal dinas sudah sandar di Pelabuhan Samudera sejak sore, katanya besok membawa petugas pendataan desa ke pulau-pulau."),
    ("a13", "kim-haruyan", 40, "hope before the Desa Cantik list", "Semoga Haruyan terpilih lagi jadi desa pembinaan statistik tahun ini. Pak pembakal sudah kirim berkas ke BPS HST bulan lalu."),
    ("a15", "kim-guntung-paikat", 6, "invitation to the award the same day", "Siang ini lurah dan ketua RT Guntung Paikat diundang ke Balai Kota. Katanya ada pengumuman lomba kelurahan soal data. Doakan ya warga!"),
    ("a16", "kim-teluk-dalam", 20, "hotel full before the training", "Hotel Roditha pagi ini ramai petugas dari kabupaten-kabupaten, bawa map bertulisan Disdag. Ada pelatihan apa ya?"),
    ("a19", "kim-sungai-miai", 28, "teaser before the portal launch", "Kabarnya portal data provinsi mau ganti tampilan minggu ini. Semoga lebih gampang dicari, dulu susah sekali cari data sekolah per kecamatan."),
    ("a22", "kim-sungai-besar", 24, "truck of paper seen before the release", "Tadi lewat depo arsip di Banjarbaru, banyak truk bawa karung kertas. Kata satpam, besok ada pemusnahan arsip lama."),
    ("a24", "kim-syamsudin-noor", 20, "invitation before the handover", "Besok siang ada penyerahan naskah-naskah lama dari keluarga tokoh Kalsel ke gedung arsip di Banjarbaru. Terbuka untuk umum kata panitia."),
    ("a27", "kim-marabahan-kota", 40, "staff scanning seen before the release", "Tiap hari petugas Disdukcapil Marabahan sibuk scan buku register tebal-tebal di ruang belakang. Katanya sudah hampir selesai."),
    ("a28", "kim-mabuun", 30, "rumour before the circular", "Katanya kantor-kantor di Tabalong sebentar lagi tidak boleh pakai surat kertas lagi. Benar kah? Bagaimana dengan desa?"),
    ("a33", "kim-kampung-baru", 40, "question before the recruitment opens", "Ada yang tahu kapan BPS buka pendaftaran mitra statistik tahun depan? Tahun lalu saya ikut pencacahan, mau daftar lagi."),
    ("a36", "kim-syamsudin-noor", 10, "sighting of mapping officers the same day", "Pagi ini ada petugas BPS berkeliling perumahan baru kami, memotret rumah dan menanyakan batas RT ke pak RT."),
]

# more look-alikes: (announcement imitated, kim, hours after, how it differs, text)
N2 = [
    ("a07", "kim-tatakan", 120, "Tapin's own Regsosek progress in one village, a local count", "Petugas pendataan keluarga sudah mendatangi 212 rumah di Tatakan, tinggal 40 rumah di ujung kampung. Yang belum didatangi mohon bersabar."),
    ("a33", "kim-tatakan", 620, "the online selection test itself, a later step told as a personal story", "Barusan selesai ikut tes daring seleksi mitra BPS di warnet dekat pasar Tatakan. Soalnya lumayan susah, ada hitungan persen. Semoga lulus, doakan ya kawan-kawan."),
    ("a19", "kim-pekauman", 90, "national BPS website maintenance notice, another site", "Info: laman BPS pusat sedang pemeliharaan malam ini sampai subuh, tabel dinamis tidak bisa diunduh sementara."),
    ("a22", "kim-sungai-danau", 160, "Tanbu's own document destruction at a bank, another institution", "Salah satu bank di Batulicin memusnahkan dokumen nasabah lama dengan mesin cacah hari ini, disaksikan notaris. Nasabah tidak perlu khawatir."),
    ("a04", "kim-pandawan", 100, "HST rice harvest weighing by the village, another kabupaten", "Panen padi di Pandawan, penyuluh menimbang satu petak sebagai contoh, hasilnya 4 ton per hektare. Harga gabah kering panen Rp6.400."),
    ("a11", "kim-tebing-tinggi", 110, "Balangan's own SDGs Desa score, another kabupaten", "Skor SDGs Desa Tebing Tinggi tahun ini 39, masih rendah di urusan jalan dan air bersih. Pak pembakal minta warga hadir musdes membahas prioritas."),
    ("a31", "kim-sungai-alang", 130, "village archive cupboard bought by the village itself", "Desa Sungai Alang beli lemari besi untuk menyimpan surat tanah kas desa dan peta desa, pakai dana desa. Disimpan di ruang sekdes."),
]

# casual Indonesian paraphrases: (announcement, kim, hours after, text)
P2 = [
    ("a19", "kim-syamsudin-noor", 30, "Guys yang lagi skripsian, portal Satu Data Kalsel udah baru! 2.140 dataset, bisa download CSV/Excel, ada API juga. Ga perlu bikin surat lagi wkwk. Awal Desember ada kelas gratis buat mahasiswa 🙌"),
    ("a33", "kim-keraton", 20, "Gaes, BPS Kalsel lagi cari 6.400 mitra statistik buat 2027. Daftar 10–24 Nov, minimal SMA umur 18, gratis ya jangan mau dimintai duit. Lumayan buat sampingan 😎"),
    ("a25", "kim-sungai-miai", 50, "Yang punya foto jadul Banjarmasin (Pasar Terapung Kuin, Jembatan Dewi, bioskop lama) bawa aja ke dinas arsip kota, cuma discan terus dibalikin hari itu juga. Udah 640 foto lho, diperpanjang sampe 18 Desember 📸"),
    ("a38", "kim-teluk-dalam", 12, "Warga Kuin Cerucuk lagi jadi kelinci percobaan sensus online nih 😄 640 KK isi sendiri pake nomor KK sampe 6 Des. Inget, link yang bukan go.id jangan diklik ya!"),
]

# local round-up items that match no release
LOCAL = [
    "kerja bakti membersihkan saluran di RT 05 Minggu pagi",
    "posyandu lansia pindah ke balai desa mulai bulan ini",
    "jadwal pengajian rutin malam Jumat di Langgar Al-Ikhlas",
    "turnamen voli antar-RT memasuki babak semifinal",
    "harga gabah di penggilingan Rp6.500 per kilo",
    "lampu jalan di simpang desa sudah diperbaiki",
    "pembagian bibit cabai untuk KWT hari Sabtu",
    "lomba azan anak-anak dalam rangka maulid",
    "jembatan ulin di RT 02 diperbaiki swadaya",
    "arisan PKK pindah ke rumah Bu RT",
    "speedboat jurusan desa berangkat lebih pagi karena air surut",
    "pendaftaran TPA baru dibuka sampai akhir bulan",
]

# unrelated village posts: (kim, day 20 Oct..5 Dec as (month, day), hour, text)
U = [
    ("kim-sungai-miai", (10, 21), 8, "Info PDAM Bandarmasih: aliran air di Sungai Miai terganggu Rabu pukul 09.00–15.00 karena perbaikan pipa di Jalan Sultan Adam. Mohon siapkan tampungan."),
    ("kim-teluk-dalam", (10, 24), 19, "Selamat kepada ananda juara 1 lomba mewarnai TK se-Kecamatan Banjarmasin Tengah. Bangga!"),
    ("kim-pekauman", (10, 28), 7, "Harga ikan di Pasar Pekauman pagi ini: haruan Rp70 ribu, papuyu Rp65 ribu, patin Rp32 ribu per kilo."),
    ("kim-basirih-selatan", (11, 1), 16, "Pengajian bulanan Majelis Taklim Nurul Huda Ahad sore di rumah Pak Haji Usman. Penceramah dari Martapura."),
    ("kim-guntung-paikat", (11, 3), 20, "Kucing oren hilang di sekitar Jalan Guntung Paikat, pakai kalung merah. Yang menemukan mohon kabari pengurus RT 07."),
    ("kim-sungai-besar", (11, 6), 6, "Senam sehat Jumat pagi di halaman kantor kelurahan Sungai Besar. Ibu-ibu ditunggu jam 6.30."),
    ("kim-syamsudin-noor", (11, 9), 12, "Pemadaman listrik PLN ULP Banjarbaru hari Selasa pukul 09.00–13.00 untuk pemeliharaan jaringan di Syamsudin Noor."),
    ("kim-keraton", (11, 11), 21, "Haul Datu Kelampayan tahun ini diperkirakan ramai. Jamaah dari luar kota diminta parkir di kantong parkir yang disediakan panitia."),
    ("kim-sungai-alang", (11, 13), 9, "Waduk Riam Kanan airnya naik, wisata perahu ke Pulau Pinus ramai lagi. Tarif kelotok Rp25 ribu per orang."),
    ("kim-lok-baintan", (10, 23), 6, "Pasar terapung Lok Baintan pagi ini ramai pedagang jeruk. Harga jeruk siam Rp12 ribu per kilo."),
    ("kim-karang-taruna", (11, 15), 15, "Turnamen sepak bola Bupati Cup Tanah Laut, tim kecamatan Pelaihari menang 2-1 atas Bati-Bati sore tadi."),
    ("kim-tabanio", (11, 17), 5, "Nelayan Tabanio belum melaut tiga hari karena angin kencang. BMKG minta waspada gelombang 2,5 meter."),
    ("kim-kintap", (11, 19), 18, "Gotong royong memperbaiki jalan desa yang berlubang di Kintap, warga menyumbang batu dan pasir."),
    ("kim-binuang", (10, 26), 14, "Harga karet di pengepul Binuang Rp13 ribu per kilo minggu ini. Petani berharap naik lagi."),
    ("kim-margasari", (11, 21), 10, "Kerajinan purun Margasari ikut pameran di Banjarmasin. Tas purun motif baru laris dibeli pengunjung."),
    ("kim-tatakan", (11, 23), 17, "Lomba lari karung anak-anak di lapangan Tatakan meriah. Hadiah dari iuran warga."),
    ("kim-kandangan-kota", (10, 30), 7, "Ketupat Kandangan di warung samping pasar kembali buka setelah renovasi. Harga masih Rp20 ribu seporsi."),
    ("kim-hamalau", (11, 25), 13, "Info PDAM HSS: air keruh di Hamalau karena sungai meluap, sedang ditangani. Mohon maaf."),
    ("kim-padang-batung", (11, 27), 8, "Maulid Nabi di Masjid Padang Batung dihadiri ratusan jamaah, dilanjutkan makan bersama."),
    ("kim-haruyan", (10, 22), 16, "Tim voli putri Haruyan juara turnamen antar-kecamatan di Barabai. Selamat!"),
    ("kim-barabai-timur", (11, 29), 11, "Jadwal pemadaman listrik bergilir di Barabai Timur Senin siang, pemeliharaan gardu. Info PLN."),
    ("kim-pandawan", (12, 1), 6, "Harga gabah di Pandawan turun jadi Rp6.300 per kilo setelah panen raya."),
    ("kim-sungai-karias", (10, 25), 18, "Itik Alabio di Pasar Sungai Karias Rp90 ribu per ekor. Permintaan naik menjelang acara perkawinan."),
    ("kim-danau-panggang", (11, 2), 7, "Kelotok antar-desa di Danau Panggang berangkat jam 7 dan jam 1 siang selama air surut."),
    ("kim-palampitan", (12, 2), 15, "Selamat kepada pasangan pengantin warga Palampitan Hilir, semoga sakinah mawaddah warahmah."),
    ("kim-paringin-kota", (10, 29), 20, "Pasar malam di lapangan Paringin buka sampai akhir pekan, ada komidi putar dan kuliner."),
    ("kim-batu-piring", (11, 4), 8, "Sapi milik warga Batu Piring lepas dari kandang sejak kemarin, warna cokelat ada tanda putih di dahi. Mohon info."),
    ("kim-tebing-tinggi", (11, 8), 14, "Jalan ke Tebing Tinggi licin setelah hujan, pengendara diminta hati-hati di tanjakan."),
    ("kim-pembataan", (11, 10), 19, "Lomba burung berkicau di lapangan Pembataan hari Minggu, pendaftaran di lokasi."),
    ("kim-mabuun", (11, 12), 7, "Posyandu balita Mabuun bulan ini dilaksanakan Kamis di balai desa, bawa buku KIA."),
    ("kim-pasar-panas", (11, 14), 16, "Harga pisang di Pasar Kelua turun, pisang kepok Rp25 ribu per sisir besar."),
    ("kim-semayap", (11, 16), 9, "Jadwal kapal feri Batulicin–Tanjung Serdang normal kembali setelah cuaca membaik."),
    ("kim-sebelimbingan", (11, 18), 13, "Kerja bakti membersihkan pantai Sebelimbingan Minggu pagi, bawa karung sampah sendiri."),
    ("kim-tanjung-lalak", (11, 20), 6, "Hasil tangkapan ikan tongkol melimpah minggu ini, harga di pelabuhan desa Rp18 ribu per kilo."),
    ("kim-kampung-baru", (11, 22), 20, "Turnamen futsal pelajar se-Tanah Bumbu di GOR Batulicin dimulai Senin."),
    ("kim-pagatan", (11, 24), 8, "Pantai Pagatan ramai pengunjung akhir pekan, pedagang kuliner laut kebanjiran pembeli."),
    ("kim-sungai-danau", (11, 26), 17, "Antrean solar di SPBU Sungai Danau panjang sejak pagi, sopir truk berharap pasokan ditambah."),
    ("kim-berangas", (11, 28), 10, "Info PDAM Batola: air mati di Berangas Barat Kamis pagi karena pemasangan pipa baru."),
    ("kim-anjir-pasar", (11, 30), 15, "Lomba perahu naga di Sungai Anjir dalam rangka HUT desa, 12 tim ikut."),
    ("kim-marabahan-kota", (12, 3), 19, "Jembatan Rumpiang padat sore ini karena ada truk mogok. Pengendara diminta bersabar."),
]

# pieces for composed unrelated posts: (opening, body) combined in build.py with a KIM place
U_OPEN = ["Info warga:", "Kabar kampung:", "Sekadar berbagi:", "Pengumuman:", "Assalamualaikum warga,"]
U_BODY = [
    "yasinan malam Jumat pindah ke rumah Pak RT {n}.",
    "iuran sampah bulan ini Rp{m} ribu, dibayar ke bendahara RT.",
    "kerja bakti membersihkan parit Minggu pagi jam 7, bawa cangkul.",
    "harga telur di warung sekitar Rp{e} per butir hari ini.",
    "arisan ibu-ibu minggu ini di rumah Bu {w}.",
    "lomba mancing di kolam desa Sabtu sore, pendaftaran Rp{m} ribu.",
    "pengajian anak-anak TPA libur sementara karena ustazah sakit.",
    "ada kucing betina belang tiga tersesat di musala, yang merasa punya silakan ambil.",
    "tukang servis pompa air keliling datang lagi hari Rabu.",
    "jadwal ronda malam diperbarui, cek di pos kamling.",
]
U_NAMES = ["Aminah", "Salamah", "Rusmini", "Jamilah", "Halimah", "Nurhayati"]
