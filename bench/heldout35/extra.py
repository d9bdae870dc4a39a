# Hand-written extra posts of heldout35: more look-alikes (N2), more `before` posts (B2),
# more paraphrases (P2), unrelated village posts (U, UT templates) and local round-up items (LOCAL).

# N2: (kim, imitated announcement, day offset from it, text, how it differs)
N2 = [
    ("kim-basirih", "a28", 9, "Warga Basirih tanya, apakah sempadan Sungai Basirih juga akan didata seperti Sungai Veteran? Sampai hari ini belum ada surat dari kelurahan.", "a question about another river, no data"),
    ("kim-basirih", "a31", 12, "Dermaga Basirih belum ada kode QR, penumpang masih bayar ke motoris langsung. Kata petugas tahun depan baru masuk.", "a jetty outside the trial"),
    ("kim-bangkal", "a22", -6, "Pelatihan ukir kayu utk pemuda Bangkal di balai RW, 15 peserta, dari karang taruna. Bukan program dinas.", "youth carving class"),
    ("kim-bangkal", "a23", 12, "Perajin mebel Bangkal ikut pameran Kalsel Expo, lemari ulin laku 4 unit. Dokumen kayu? belum punya.", "fair sales, no document"),
    ("kim-bangkal", "a13", 8, "Air di Sungai Bangkal naik sejengkal setelah hujan semalam, belum masuk jalan. Tidak ada sirene di sini.", "local water rise, no device"),
    ("kim-kurau", "a21", 3, "Rapat desa Kurau bahas tanah kas desa 4 hektare mau disewakan utk kebun jagung. Bukan redistribusi.", "village land lease"),
    ("kim-kurau", "a19", 15, "Penyerahan sertipikat PTSL di Bumi Makmur 210 bidang, dibagi di aula kecamatan. Ini PTSL biasa ya, bukan TORA.", "PTSL handover"),
    ("kim-kurau", "a04", 4, "Pekebun sawit Kurau jual TBS ke RAM Rp2.700 hari ini, timbangan penuh antre.", "daily buying-station price"),
    ("kim-tebing-tinggi", "a03", 28, "Lelang bokar ketiga Binjai Punggal ditunda krn hujan terus, bokar belum kering. Jadwal baru menyusul.", "third auction postponed"),
    ("kim-tebing-tinggi", "a01", 10, "Kelompok karet Tebing Tinggi beli asap cair sendiri 40 liter patungan, Rp35 ribu per liter.", "self-bought liquid smoke"),
    ("kim-tebing-tinggi", "a02", 2, "Penyuluh Tebing Tinggi data pekebun yg mau gabung UPPB, sudah 37 nama. Pendaftaran di rumah pembakal.", "local registration only"),
    ("kim-hatungun", "a20", 8, "Sertipikat wakaf langgar Al-Ikhlas Hatungun sudah terbit, diserahkan KUA kemarin.", "waqf certificate"),
    ("kim-hatungun", "a21", 2, "Hatungun: batas kebun warga dengan eks HGU diukur ulang swadaya pakai GPS HP, 3 hari kerja.", "villagers' own measuring"),
    ("kim-hatungun", "a06", 6, "Harga sawit di Hatungun turun, pengepul Rp2.550. Katanya pabrik penuh.", "local price"),
    ("kim-karang-bintang", "a27", 14, "Alumni pelatihan las BLK Tanbu buka bengkel di Karang Bintang, terima pagar dan kanopi.", "a graduate's workshop"),
    ("kim-sungai-malang", "a12", 9, "Stiker tarif sudah ditempel di speedboat Amuntai pagi ini, tapi ada motoris yg belum terima.", "sticker distribution later"),
]

# B2: (kim, announcement it precedes, hours before, text)
B2 = [
    ("kim-sungai-malang", "a30", 30, "Besok pagi mulai penataan rumah pinggir Sungai Balangan di Sungai Malang. Warga diminta kosongkan dapur yg di atas sungai."),
    ("kim-sebelimbingan", "a18", 15, "Pemuda Sebelimbingan yg jadi mitra polhut kumpul subuh besok di kantor desa, bawa parang dan bekal."),
    ("kim-pagatan", "a27", 22, "Penerima JKP yang dapat undangan BLK, besok jam 8 sudah di Batulicin. Bawa fotokopi KTP dan kartu BPJS TK."),
    ("kim-kotabaru-hilir", "a32", 10, "Dengar-dengar Dishub mau umumkan jumlah penumpang yg scan QR speedboat. Banyak yg masih bingung caranya."),
    ("kim-mali-mali", "a15", 34, "Kata pembakal, besok ada pengumuman sirene banjir dari kabupaten. Titik kumpul Mali-Mali kemungkinan di halaman masjid."),
    ("kim-teluk-tiram", "a11", 12, "Petugas Dishub ukur-ukur tiang di dermaga Alalak, katanya mau pasang papan. Papan apa ya?"),
    ("kim-marabahan-kota", "a35", 20, "Semalam tongkang lewat jam 11 malam dikawal tugboat, aturannya kayaknya sudah jalan. Besok posko katanya umumkan jumlahnya."),
]

# P2: (kim, announcement, delay hours, text) -- more Banjar and casual paraphrases
P2 = [
    ("kim-paminggir", "a09", 30, "Alhamdulillah Dishub datang ka Paminggir, jukung kami sudah diukur, pas kacil langsung jadi. Kada usah ka Amuntai lagi 🙏"),
    ("kim-loksado", "a16", 20, "Ada operasi hutan sampai 14 November, dangsanak. Mun mandangar sinso malam, bapadah haja ka pos KPH."),
    ("kim-sungai-bali", "a32", 26, "Urang Sebuku nang rancak naik speedboat, wayah ni scan QR dulu di dermaga Kotabaru Hilir. Nang tuha dibantu patugas."),
    ("kim-hantakan", "a14", 18, "Sabtu jam 9 sirene di Barabai Darat babunyi, uji coba haja. Bubuhan Hantakan nang di pasar jangan bingung lah."),
    ("kim-paminggir", "a12", 12, "ongkos speedboat ka Amuntai mulai 1 Desember 55 ribu, kalotok 25 ribu. barang 20 kilo gratis. syukurlah ada kapastian"),
    ("kim-pagat", "a17", 28, "guys hasil operasi hutan kemarin: 38 kubik kayu disita, 3 chainsaw, 2 truk. Jalur Batu Benawa katanya paling banyak 😮"),
    ("kim-guntung-manggis", "a23", 10, "Mantap, 12 bengkel mebel Cempaka & Liang Anggang sekarang punya dokumen legalitas kayu. Siap masuk e-katalog katanya gaes."),
    ("kim-tambak-anyar", "a15", 20, "Gaes yg rumahnya dekat Sungai Martapura, sekarang ada 4 sirene banjir dari Pemkab Banjar. Sabtu ada simulasi di Mali-Mali, ikut yuk biar nggak panik kalau beneran."),
    ("kim-marabahan-kota", "a35", 16, "Dua malam aturan jam tongkang jalan, 41 tongkang lewat di bawah Rumpiang dan semua sesuai jam. Tiga kena tegur karena nggak ada tugboat. Siang jadi lega buat kelotok 👍"),
    ("kim-ribang", "a26", 24, "Kawan-kawan eks kontraktor, di Tabalong udah 86 orang klaim JKP, 71 cair. Yg 15 nyangkut gara-gara perusahaan belum lapor PHK. Posko masih buka sampai akhir bulan ya."),
    ("kim-sungai-danau", "a06", 14, "Nah kan, ketahuan dua pabrik beli sawit kita di bawah harga. Simpan nota timbangnya, bawa ke posko Disbun. Jangan dibuang wkwk"),
]

# U: unrelated village posts, hand-written (kim region hint or None)
U = [
    ("Kota Banjarmasin", "Pengajian rutin malam Jumat di Langgar Al-Hidayah RT 05 ditiadakan minggu ini karena penceramah berhalangan. Mohon maaf."),
    ("Kota Banjarmasin", "Ditemukan dompet coklat di depan warung soto Bang Amat, isi KTP dan SIM. Pemilik silakan hubungi ketua RT."),
    ("Kota Banjarmasin", "Jadwal posyandu balita Kelurahan Sungai Andai bulan Desember: Selasa minggu pertama, tempat di balai RW 3."),
    ("Kota Banjarmasin", "Turnamen futsal pemuda antar-RT dimulai Sabtu malam di lapangan kelurahan, 12 tim sudah daftar."),
    ("Kota Banjarbaru", "Pemadaman listrik PLN hari Kamis pukul 09.00-13.00 utk wilayah Guntung Manggis dan sekitarnya, ada pemeliharaan jaringan."),
    ("Kota Banjarbaru", "Lomba mewarnai TK se-kelurahan di halaman kantor kelurahan, pendaftaran gratis sampai hari Rabu."),
    ("Kota Banjarbaru", "Senam lansia setiap Minggu pagi pindah ke halaman masjid sementara lapangan direnovasi."),
    ("Kabupaten Banjar", "Haul ulama kampung di Tambak Anyar malam Ahad, warga dipersilakan hadir, ada nasi samin."),
    ("Kabupaten Banjar", "Harga kue cincin dan apam di pasar wadai Martapura naik sedikit, kata pedagang tepung mahal."),
    ("Kabupaten Banjar", "Jalan desa Mali-Mali diperbaiki swadaya dengan batu gunung, terima kasih donatur dan pemuda."),
    ("Kabupaten Tanah Laut", "Panen jagung poktan Asam Asam 5,8 ton per hektare, harga di pengepul Rp4.900 per kilo."),
    ("Kabupaten Tanah Laut", "Pantai Batakan ramai di akhir pekan, pengunjung diminta tidak berenang di bendera merah."),
    ("Kabupaten Tanah Laut", "Vaksinasi rabies anjing dan kucing gratis di Kurau, bawa hewan pakai kandang atau tali."),
    ("Kabupaten Kotabaru", "Kapal ikan nelayan Sebelimbingan pulang dengan hasil tongkol, harga di TPI Rp28 ribu per kilo."),
    ("Kabupaten Kotabaru", "Lomba azan dan tartil anak-anak di Masjid Kotabaru Hilir, pendaftaran di marbot."),
    ("Kabupaten Kotabaru", "Gotong royong bersih pantai di Sungai Bali hari Minggu, bawa karung dan sarung tangan."),
    ("Kabupaten Tanah Bumbu", "Pasar malam di lapangan Pagatan buka sampai akhir bulan, ada wahana ombak banyu."),
    ("Kabupaten Tanah Bumbu", "Info kehilangan: sapi betina warna coklat lepas dari kandang di Sungai Danau sejak kemarin sore."),
    ("Kabupaten Tanah Bumbu", "Kursus menjahit gratis dari PKK Karang Bintang, sisa 3 kursi, pendaftaran di rumah ibu ketua."),
    ("Kabupaten Tabalong", "Harga getah karet di Ribang Rp11.900 per kilo hari ini, pengepul datang hari Kamis."),
    ("Kabupaten Tabalong", "Latihan drum band SD Kembang Kuning tiap sore utk persiapan lomba kecamatan."),
    ("Kabupaten Tabalong", "Kerja bakti bersih makam di Mabuun Minggu pagi, bawa cangkul dan parang."),
    ("Kabupaten Balangan", "Warga Binjai Punggal ikut lomba masak nasi kuning tingkat kecamatan, juara II. Selamat ibu-ibu!"),
    ("Kabupaten Balangan", "Air PDAM Paringin mati sementara hari Selasa siang, ada penyambungan pipa di Jalan A. Yani."),
    ("Kabupaten Balangan", "Pendaftaran les mengaji anak di Langgar Nurul Iman Tebing Tinggi, tiap sore bakda Asar."),
    ("Kabupaten Hulu Sungai Tengah", "Pasar Barabai Kamis ramai, harga ayam kampung Rp85 ribu per ekor."),
    ("Kabupaten Hulu Sungai Tengah", "Pemuda Hantakan juara voli antardesa, hadiah seekor kambing dan piala bergilir."),
    ("Kabupaten Hulu Sungai Tengah", "Aruh ganal di Balai Adat dekat Hantakan, tamu dipersilakan datang dengan sopan."),
    ("Kabupaten Hulu Sungai Selatan", "Wisata bamboo rafting Loksado tetap buka, air sungai normal. Pemandu siap di dermaga."),
    ("Kabupaten Hulu Sungai Selatan", "Dodol Kandangan pesanan Nataru mulai dibuat, pemesanan di toko-toko sepanjang jalan."),
    ("Kabupaten Hulu Sungai Selatan", "Pande besi Bajayau sibuk pesanan parang dan lading, satu parang Rp120 ribu."),
    ("Kabupaten Hulu Sungai Utara", "Itik Alabio di pasar Amuntai Rp75 ribu per ekor, telur asin Rp4.000."),
    ("Kabupaten Hulu Sungai Utara", "Kerbau rawa Danau Panggang digiring ke kalang, air mulai naik."),
    ("Kabupaten Hulu Sungai Utara", "Lomba pidato bahasa Banjar pelajar SMP di Amuntai, 24 peserta."),
    ("Kabupaten Tapin", "Panen padi di Margasari Ilir mulai, harga gabah kering panen Rp6.300 per kilo."),
    ("Kabupaten Tapin", "Maulid habsyi di Masjid Rantau Kiwa malam Sabtu, grup dari Rantau Baru."),
    ("Kabupaten Tapin", "Jalan Hatungun licin setelah hujan, pengendara motor harap pelan di tanjakan."),
    ("Kabupaten Barito Kuala", "Jeruk siam Jejangkit mulai panen, harga kebun Rp9.000 per kilo."),
    ("Kabupaten Barito Kuala", "Lomba balap jukung anak-anak di Tabunganen Muara, hadiah sembako dari toko Haji Udin."),
    ("Kabupaten Barito Kuala", "Pengajian akbar di Marabahan Minggu pagi, parkir disiapkan di lapangan kecamatan."),
    (None, "Hati-hati pesan WA mengatasnamakan camat minta transfer uang. Itu penipuan, jangan dilayani."),
    (None, "BMKG: potensi hujan lebat disertai petir sore hingga malam di sebagian Kalsel tiga hari ke depan."),
    (None, "Selamat Hari Guru buat semua guru di kampung kita. Terima kasih atas ilmunya 🙏"),
    (None, "Baca juga artikel Diskominfo Kalsel soal lomba video pendek pelajar: https://diskominfo.kalselprov.go.id/2026/11/12/lomba-video-pendek-pelajar-kalsel-2026/"),
    (None, "Info harga emas di toko emas pasar: 1 gram Rp1,62 juta hari ini. Naik lagi."),
    (None, "Sumber: kalselprov.go.id — jadwal libur sekolah semester ganjil mulai 21 Desember."),
]

# UT: templated unrelated posts (filled by build.py with seeded values)
UT = [
    "Harga {item} di pasar {pasar} hari ini Rp{price} per kilo. {remark}",
    "Pemadaman bergilir PLN {day} pukul {h1}.00-{h2}.00 Wita di {place}. Mohon maaf atas ketidaknyamanannya.",
    "Undangan {acara} di {place}, {day} bakda {waktu}. Warga diharap hadir.",
    "Dicari: {hilang} hilang di sekitar {place} sejak {day}. Yang menemukan mohon kabari pengurus KIM.",
]
UT_FILL = dict(
    item=["karet", "gabah", "cabai rawit", "bawang merah", "ikan haruan", "ikan patin", "telur ayam", "daging sapi", "beras unus", "udang galah"],
    pasar=["Martapura", "Amuntai", "Barabai", "Kandangan", "Rantau", "Pelaihari", "Marabahan", "Paringin", "Tanjung", "Batulicin", "Kotabaru", "Banjarbaru"],
    remark=["Pedagang bilang stok aman.", "Naik dibanding minggu lalu.", "Turun sedikit, pembeli ramai.", "Stabil.", "Pasokan dari Jawa terlambat.", ""],
    day=["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    place=["RT 03", "Gang Mawar", "komplek perumahan", "dekat masjid", "ujung jembatan", "depan SD", "jalan poros desa", "pasar desa"],
    acara=["pengajian ibu-ibu", "rapat RT", "arisan PKK", "yasinan", "syukuran kampung", "musyawarah pemuda"],
    waktu=["Isya", "Magrib", "Asar", "Zuhur"],
    hilang=["kucing oranye", "kambing jantan", "anak itik 20 ekor", "sepeda anak warna biru", "tas sekolah hitam", "kunci motor"],
)

# LOCAL: items of village round-ups that match no announcement
LOCAL = [
    "Jadwal posyandu Desember sudah keluar", "Kerja bakti RT hari Minggu", "Harga karet di pengepul Rp11.900",
    "Lomba azan anak di masjid kampung", "Pemadaman PLN Kamis pagi", "Turnamen voli antardesa dimulai",
    "Pengajian akbar malam Ahad", "Panen jagung poktan 5,8 ton per hektare", "Vaksin rabies gratis di kantor desa",
    "Senam lansia pindah ke halaman masjid", "Pasar wadai Jumat sore", "Pendaftaran les mengaji anak",
    "Harga gabah kering panen Rp6.300", "Air PDAM mati Selasa siang", "Bazar UMKM di lapangan kecamatan",
    "Maulid habsyi malam Sabtu", "Jalan desa diperbaiki swadaya", "Kehilangan kambing jantan",
]
