# -*- coding: utf-8 -*-
"""heldout38: hand-written unrelated posts, more look-alikes, more `before` posts, more paraphrases
and local round-up items (items that match no release)."""

# unrelated village posts (U)
UNRELATED = [
    "Harga karet di pengepul Desa Jaro hari ini Rp11.800 per kilo, turun 300 dari minggu tadi.",
    "Innalillahi wa innailaihi rajiun, telah berpulang ke rahmatullah Hj. Siti Aminah binti H. Bahran, warga RT 03. Dimakamkan ba'da zuhur di alkah desa.",
    "Pemadaman listrik bergilir PLN ULP Barabai, Kamis pukul 09.00–14.00 untuk pemeliharaan jaringan. Wilayah: Desa Banua Binjai dan sekitarnya.",
    "Gotong royong membersihkan saluran di RT 07 Minggu pagi, bawa parang wan cangkul masing-masing lah.",
    "Pengajian rutin malam Jumat di Langgar Al-Ikhlas, disampaikan Guru H. Ahmad Zaini. Jamaah bapadah ka bubuhan ibu-ibu jua.",
    "Harga gabah kering panen di Danau Panggang Rp6.900/kg, petani mulai menjual hasil panen gadu.",
    "Selamat kepada tim voli putri Desa Sungai Rangas juara turnamen antar RT!",
    "PDAM Intan Banjar: aliran air di Kelurahan Jawa terganggu Selasa malam karena perbaikan pipa transmisi.",
    "Posyandu Melati buka Rabu besok, jangan lupa bawa buku KIA. Ada pembagian biskuit gasan balita.",
    "Cabai rawit di Pasar Kandangan tembus Rp75.000 sekilo, ibu-ibu bahimat bamasak 🌶️",
    "Maulid Nabi di Masjid Jami Desa Tambak Sarinah, dimulai habis isya. Undangan tarbuka gasan warga.",
    "Harga ikan haruan di Pasar Alabio Rp85.000/kg, papuyu Rp70.000. Stok lumayan banyak karena banyu surut.",
    "Info kehilangan: dompet coklat berisi KTP atas nama Rahmadi, tacicir di sekitar Pasar Paringin. Amun ada nang manamu hubungi kantor desa.",
    "Haul ke-12 Guru H. Abdul Hamid di Desa Ulu Benteng Sabtu malam. Panitia minta warga bagawi bakti mulai Kamis.",
    "Awas hoaks! Pesan berantai soal pembagian sembako lewat link undian itu palsu. Jangan diklik dangsanak.",
    "BMKG: potensi hujan lebat disertai petir di Kalsel tiga hari ke depan. Hati-hati pohon tumbang.",
    "Latihan hadrah remaja masjid tiap Selasa malam, nang handak umpat datang haja ka serambi masjid.",
    "Harga sawit TBS di Tabalong periode ini Rp2.910 per kilo untuk umur 10–20 tahun.",
    "Kelompok tani Karya Bersama panen jagung 4 hektare, hasilnya lumayan walau hama ulat sempat menyerang.",
    "Lomba mancing ikan papuyu di handil Desa Pulau Sugara, pendaftaran Rp50.000, hadiah kulkas.",
    "Senam sehat ibu-ibu PKK tiap Jumat pagi di halaman kantor desa, kaos bebas.",
    "Sapi milik warga RT 02 lepas ke sawah tetangga, mohon pemilik ternak mengikat sapinya.",
    "Pembagian kalender tahun 2027 gratis dari kantor desa, ambil di balai desa mulai Senin.",
    "Alhamdulillah, pembangunan langgar di ujung kampung sudah 70 persen. Terima kasih donatur.",
    "Harga telur ayam ras di warung Rp52.000 satu rak, naik dua ribu.",
    "Kebakaran lahan kecil di belakang SD tadi siang berhasil dipadamkan warga dan BPK.",
    "Turnamen sepak bola mini U-15 antar RT dibuka Sabtu sore di lapangan desa.",
    "Info lowongan: toko bangunan di Simpang Empat memerlukan dua orang tenaga angkut.",
    "Bubuhan nelayan Tabanio mulai turun ka laut lagi, gelombang sudah teduh.",
    "Pasar wadai malam Minggu di depan masjid, ada amparan tatak, bingka wan kararaban.",
    "Selamat kepada 14 santri TPA Nurul Huda yang diwisuda khatam Al-Qur'an.",
    "Harga udang galah di Marabahan Rp120.000/kg, pedagang bilang stok sedikit.",
    "Bank sampah RT 04 menimbang sampah plastik Minggu ini, tabungan kawa diambil akhir tahun.",
    "Jadwal kajian Subuh di Masjid Agung: Ahad ini membahas adab bertetangga.",
    "Ucapan terima kasih kepada Puskesmas yang sudah memeriksa kesehatan lansia di desa kami.",
    "Warga diminta mewaspadai buaya muara di Sungai Kusan, sudah dua kali terlihat di dekat lanting.",
    "Lomba azan anak-anak dalam rangka Tahun Baru Hijriah, juara satu Ahmad Fauzan kelas 4 SD.",
    "Pamakaian banyu PDAM bulan ini naik, warga diminta hemat karena debit sungai turun.",
    "Harga ikan asin sepat di pasar Nagara Rp90.000/kg, pembeli dari Kandangan banyak.",
    "Karang taruna membuka kelas sablon kaos gratis tiap Sabtu di balai pemuda.",
    "Kelompok arisan ibu-ibu RT 06 kumpul di rumah Acil Rusmini Minggu sore.",
    "Panen madu kelulut warga Desa Haratai, satu kotak menghasilkan setengah liter.",
    "Mohon doa untuk kesembuhan Pambakal kami yang sedang dirawat di RSUD.",
    "Kerja bakti membersihkan makam desa menjelang Ramadan tahun depan sudah dijadwalkan.",
    "Taman baca desa menerima sumbangan buku bekas, bisa diantar ke rumah ketua karang taruna.",
    "Warung Acil Imah buka lagi, nasi kuning haruan masak habang sepuluh ribu!",
    "Harga bawang merah lokal di Pasar Rantau Rp38.000/kg.",
    "Pelatihan membuat kue bolu gulung untuk ibu-ibu PKK, Kamis depan di rumah Ketua PKK.",
    "Anak-anak SD Negeri 2 ikut lomba mewarnai tingkat kecamatan, dapat juara harapan.",
    "Listrik padam sejak jam 8 malam di Pulau Laut Sigam, kata PLN ada gangguan penyulang.",
    "Sumur bor bantuan di RT 09 sudah bisa dipakai, airnya jernih.",
    "Lomba burung kicau di lapangan kecamatan Minggu pagi, pendaftaran di tempat.",
    "Ibu-ibu majelis taklim membagikan 50 paket nasi kotak ke panti asuhan.",
    "Harga pupuk non-subsidi di kios naik, petani minta kuota subsidi ditambah.",
    "Jembatan titian kayu di gang RT 01 sudah diganti papan ulin oleh warga, terima kasih semua.",
    "Pengumuman: sholat Jumat di Masjid Al-Falah pindah ke aula sementara karena atap diperbaiki.",
    "Kucing hilang warna oranye di sekitar Gang Mawar, ada nang malihat kah?",
    "Rapat pengurus masjid Minggu malam membahas persiapan haul dan kas masjid.",
    "Lomba masak nasi sop antar dasawisma, pemenangnya dasawisma Anggrek.",
    "Kelompok budidaya ikan nila di keramba panen 1,2 ton, dijual ke Banjarmasin.",
    "Harga beras unus di Pasar Martapura Rp16.500/liter, siam mutiara Rp15.000.",
    "Tim futsal pemuda desa lolos ke semifinal turnamen kecamatan, dukung terus!",
    "Pengumuman pengambilan bantuan bibit pohon buah di kantor desa, bawa fotokopi KK.",
    "Ada pohon tumbang di jalan desa dekat langgar, sudah dipotong warga, jalan lancar lagi.",
]

# more look-alikes (N2): (ann num imitated, text, differs)
LOOKS2 = [
    (1, "Uji coba satu arah di kawasan Pasar Lama Banjarmasin direncanakan tahun 2027, kata anggota DPRD.", "a plan for another area (2027)"),
    (7, "Tarif bus AKDP Banjarmasin–Kotabaru untuk libur Nataru dipantau Dishub di Terminal Km 6 mulai 18 Desember.", "the Nataru monitoring later, no tariff change"),
    (13, "Satlantas Polres Tapin menghapus 12 kendaraan dinas rusak dari daftar inventaris.", "an inventory write-off, not registration deletion"),
    (19, "KMP Tanjung Mas sempat mati mesin di tengah laut, penumpang dievakuasi kapal lain. Kejadian Agustus 2026.", "same ship, an earlier incident"),
    (25, "Lubang di Jalan Trikora Banjarbaru ditambal Dinas PUPR Kota, jalan kota bukan jalan provinsi.", "a city road patched by the city"),
    (28, "Jembatan timbang Rantau mulai dioperasikan lagi setelah direnovasi.", "weigh-bridge, not the bridge limit"),
    (31, "Jalan Sutoyo S dipasang lampu penerangan baru sepanjang 1,2 km oleh Dishub Banjarmasin.", "the detour street, street lights"),
    (16, "Ujian SIM A umum kini pakai simulator di Satpas Polresta Banjarmasin.", "new driving test tools, not the school programme"),
    (4, "Warga Jorong minta polisi tidur di jalan desa ditambah karena truk ngebut.", "a village request, not the provincial circular"),
    (34, "Angkutan perdesaan trayek Kandangan–Loksado berhenti beroperasi sementara karena jalan longsor.", "another route suspended"),
]

# more `before` posts (B2): (ann num, hours before, text, differs)
BEFORE2 = [
    (2, 20, "Besok katanya diumumkan hasil uji coba satu arah Pangeran Samudera. Pian pilih satu arah atawa dua arah?", "a poll the day before the result"),
    (8, 26, "Sopir angkot Antasari rapat lawan Dishub tadi siang, katanya tarif hanyar diputus minggu ini.", "meeting before the tariff decision"),
    (11, 30, "Samsat Banjarmasin I ramai banar hari ini, antrean balik nama sampai ka parkiran.", "a queue, before the figures were released"),
    (21, 8, "Kapal feri nang docking ujar urang sudah bulik ka Tanjung Serdang, tadi ulun liat kapalnya sandar.", "a sighting before the notice"),
    (24, 28, "Ulun sudah cubai tiket feri online, lancar haja. Pian sudah mancubai kah?", "a user's experience before the figures"),
    (26, 10, "Malam ini ada alat berat di muka Pasar Astambul, ujar padagang jalan handak ditambal.", "the night before, a sighting"),
    (29, 15, "Petugas baangkut tiang portal ka Jembatan Nagara tadi sore, truk-truk mulai bahanti di pinggir.", "preparation seen before the release"),
    (36, 18, "Besok Wabup datang ka Terminal Marabahan, ujar ada pengumuman gasan angkutan palajar.", "invitation before the release"),
]

# more paraphrases (P2): (ann num, text)
PARAS2 = [
    (19, "Info gasan nang handak ka Batulicin: kapal tinggal dua, 12–30 November. Baangkat siang haja lah, jangan pagi."),
    (10, "Balik nama motor gratis lah wayahini sampai 20 Desember. Jangan kalupaan bawa kuitansi jual beli."),
    (31, "Veteran ditutup lagi 9–22 November, mamutar lewat Pekapuran. Macet pasti, baangkat labih dulu."),
    (28, "Jembatan Nagara wan Muara Uya maksimal 8 ton mulai 16 November. Truk gabah atur lah muatannya."),
]

# local round-up items that match no release
LOCAL = [
    "Posyandu Melati buka Rabu, bawa buku KIA",
    "Harga karet di pengepul Rp11.800/kg",
    "Gotong royong saluran RT 07 Minggu pagi",
    "Pengajian malam Jumat di Langgar Al-Ikhlas",
    "Turnamen voli antar RT masuk final",
    "Pembagian kalender 2027 di balai desa",
    "Latihan hadrah remaja masjid Selasa malam",
    "Bank sampah menimbang sampah plastik Minggu",
    "Kelas sablon gratis karang taruna tiap Sabtu",
    "Pasar wadai malam Minggu di depan masjid",
]

# hand-written long summaries (L2): ann num -> text in the KIM's own words
LONGS = {
    1: "Mulai Senin 9 November, Dishub Banjarmasin mencoba pola satu arah di Jalan Pangeran Samudera dan Lambung Mangkurat selama dua minggu sampai 23 November. Dari Jembatan Dewi kendaraan hanya bisa lurus ke arah Menara Pandang; yang mau balik harus lewat Hasanuddin HM. Ada 14 rambu sementara dan 22 petugas di enam simpang. Kalau antrean di simpang Hasanuddin lewat 300 meter, polanya dievaluasi.",
    4: "Dishub Kalsel keluarkan surat edaran (551/2214/Dishub, 2 November): membuat polisi tidur di jalan provinsi sekarang harus ada izin. Hasil survei di 18 ruas, 317 polisi tidur ditemukan dan 264 tidak standar. Pembongkaran mulai pertengahan November bersama kabupaten, lalu di depan sekolah diganti pita penggaduh. Pesan kami: jangan bikin polisi tidur sendiri di jalan provinsi.",
    7: "Naik bus ke hulu sungai mulai 15 November lebih mahal. Tarif batas atas AKDP ekonomi naik rata-rata 9 persen, yang pertama sejak 2022. Contoh: Banjarmasin–Barabai paling tinggi Rp68.000, Banjarmasin–Tanjung Rp95.000. Pelajar tetap dapat potongan 25 persen. Daftar tarif harus ditempel di bus dan loket Terminal Km 6, dan kalau ditarik lebih, lapor ke posko Dishub di terminal.",
    10: "Bapenda Kalsel menggratiskan bea balik nama kendaraan bekas (BBNKB II) dan kendaraan mutasi dari luar daerah mulai 10 November sampai 20 Desember di 14 Samsat. Syaratnya KTP, BPKB, STNK dan kuitansi jual beli. Pajak tahunan tetap bayar. Targetnya 12.000 kendaraan pindah nama. Yang motornya masih atas nama orang lain, manfaatkan kesempatan ini.",
    13: "Hati-hati yang STNK-nya lama mati. Ditlantas Polda Kalsel mengingatkan: kalau STNK tidak diperpanjang dua tahun setelah masa lima tahunan habis, data kendaraan bisa dihapus dan tidak bisa didaftarkan lagi. Per 31 Oktober ada 38.460 kendaraan di Kalsel yang masuk kategori itu. Surat peringatan dikirim bertahap tiga bulan sebelumnya, dan sosialisasi berjalan di 13 Satlantas sampai akhir Desember.",
    16: "Buat adik-adik SMA/SMK yang sudah 17 tahun: Polda Kalsel membuka kuota 2.000 SIM C kolektif, dibagi ke 13 Satlantas. Daftarnya lewat sekolah, 9–20 November. Ujian teori dan praktik tetap ada, tapi pelatihan dan ujian di sekolah dan biaya PNBP ditanggung CSR mitra. Sekolah tinggal kirim daftar nama dan fotokopi akta kelahiran ke Satlantas.",
    19: "Penyeberangan Tanjung Serdang–Batulicin berkurang kapalnya 12–30 November karena KMP Tanjung Mas dan KMP Sebuku Raya masuk docking tahunan. Trip turun dari 28 jadi 16 sehari. Dishub Kalsel minta hindari jam 06.00–09.00. Jadwal ditempel di kedua pelabuhan, dan kapal pengganti disiapkan kalau antrean lebih dari dua kilometer.",
    22: "Mulai 1 Desember tiket feri Batulicin–Tanjung Serdang hanya bisa dibeli online; loket tunai ditutup dan diganti gerai bantuan. Pesan bisa dari rumah, paling cepat 60 hari dan paling lambat 2 jam sebelum berangkat. Tanggal 16–30 November masa transisi, loket tunai masih buka dan petugas membantu bikin akun.",
    25: "PUPR Kalsel menambal 420 lubang di 14 ruas jalan provinsi, 4 November sampai 15 Desember, pakai aspal dingin supaya bisa jalan walau hujan. Ruas paling banyak lubang: Martapura–Astambul 86 titik dan Pelaihari–Batakan 54 titik. Anggaran pemeliharaan Rp7,4 miliar. Lubang baru bisa dilaporkan lewat aplikasi Jalan Kalsel, janjinya ditangani dalam tiga hari.",
    28: "Truk berat perhatikan: mulai 16 November lima jembatan di jalan provinsi dibatasi maksimal 8 ton, termasuk Jembatan Nagara (Daha Selatan) dan Jembatan Pasar Lama Muara Uya. Uji beban menunjukkan lantai dan gelagarnya melemah; penggantian baru 2027. Portal dan rambu dipasang di tiap ujung jembatan, pelanggar ditindak petugas gabungan.",
    31: "Jalan Veteran dari simpang Sutoyo S sampai Jembatan Kelayan ditutup total 9–22 November untuk pasang box culvert drainase. Dari arah Pasar Lama silakan lewat Sutoyo S dan Pekapuran. Dikerjakan siang malam supaya tidak lebih dari 14 hari. Warga di ruas itu masih bisa keluar masuk jalan kaki atau motor lewat lajur darurat.",
    34: "Pemprov Kalsel menyubsidi ongkos pelajar di angkutan perdesaan: mulai 23 November cukup Rp2.000 sekali jalan di delapan trayek, misalnya Amuntai–Danau Panggang dan Marabahan–Tabukan. Sekitar 3.600 pelajar yang terbantu; selisih tarif dibayar Pemprov ke operator. Cukup tunjukkan kartu pelajar, dan angkutan yang ikut program ada stiker khusus.",
    21: "Kabar baik dari pelabuhan: docking KMP Tanjung Mas dan KMP Sebuku Raya selesai dua hari lebih cepat. Mulai 29 November Tanjung Serdang–Batulicin kembali empat kapal, 28 trip sehari. Selama 17 hari docking tercatat 41.300 penumpang dan 9.870 kendaraan dilayani. Kantong parkir truk dibongkar dan posko ditutup Senin.",
    11: "Update balik nama gratis: dalam dua pekan sudah 4.861 kendaraan yang pindah nama (4.102 motor, 759 mobil) sampai 23 November. Samsat Banjarmasin I paling ramai, 1.034 berkas, lalu Banjarbaru 712 dan Martapura 598. Bapenda menambah loket khusus di Banjarmasin I. Target 12.000 sampai 20 Desember, jadi jangan tunggu hari terakhir.",
    27: "Ruas Rantau–Margasari akhirnya ditambal sulam 12 km mulai 11 November: 130 lubang dan 4 titik amblas, anggaran Rp1,9 miliar dari APBD Perubahan. Dikerjakan per dua kilometer, jadi satu lajur tetap bisa lewat. Target rampung 10 Desember. Kendaraan di atas 8 ton diminta lewat Binuang dulu.",
    15: "Samsat Paringin bersama Pemkab Balangan jemput bola ke rumah pemilik 1.850 kendaraan yang STNK-nya mati lebih dari dua tahun, mulai 23 November sampai 11 Desember di delapan kecamatan. Yang memperpanjang selama kegiatan ini dendanya dibebaskan. Kades diminta mendata warga yang belum dapat surat.",
}

# hand-written round-up items (a short line per release, KIM wording)
ITEMS = {
    1: "Satu arah Pangeran Samudera diuji coba 9–23 Nov", 2: "Satu arah Pangeran Samudera resmi permanen 1 Des",
    3: "Uji coba satu arah Panglima Batur Banjarbaru 16–25 Nov", 4: "SE Dishub Kalsel: polisi tidur jalan provinsi wajib izin",
    5: "46 polisi tidur Pelaihari–Jorong dibongkar", 6: "20 speed bump karet depan sekolah Kandangan",
    7: "Tarif bus AKDP naik 9% mulai 15 Nov", 8: "Angkot Banjarmasin Rp6.000, pelajar Rp4.000",
    9: "Tarif resmi angkutan desa Kandangan–Angkinang Rp7.000", 10: "Balik nama kendaraan gratis s.d. 20 Des",
    11: "4.861 kendaraan sudah balik nama gratis", 12: "Gerai balik nama gratis Pasar Tanjung tiap Sabtu",
    13: "STNK mati 2 tahun, data bisa dihapus (38.460 unit)", 14: "Sosialisasi STNK mati di 20 desa Pulau Laut",
    15: "Samsat Paringin datangi 1.850 pemilik STNK mati", 16: "Kuota 2.000 SIM C kolektif pelajar",
    17: "240 pelajar HST ujian SIM di SMKN 1 Barabai", 18: "Ujian SIM gratis 180 pelajar Simpang Empat",
    19: "Feri Tanjung Serdang–Batulicin tinggal 2 kapal 12–30 Nov", 20: "Kantong parkir 120 truk di Tanjung Serdang",
    21: "Feri kembali 4 kapal mulai 29 Nov", 22: "Tiket feri Batulicin–Tanjung Serdang wajib online 1 Des",
    23: "3 gerai bantu beli tiket feri di Kotabaru", 24: "63% tiket feri sudah dibeli online",
    25: "420 lubang jalan provinsi ditambal", 26: "86 lubang Martapura–Astambul ditambal",
    27: "Tambal sulam 12 km Rantau–Margasari", 28: "5 jembatan provinsi maks 8 ton mulai 16 Nov",
    29: "Portal Jembatan Nagara terpasang, truk lewat Sungai Raya", 30: "Jalur darurat 600 m di Jembatan Pasar Lama Muara Uya",
    31: "Jalan Veteran ditutup 9–22 Nov (box culvert)", 32: "Penutupan Jalan Veteran diperpanjang s.d. 29 Nov",
    33: "Buka-tutup Jalan Pelaihari–Takisung Km 8", 34: "Ongkos pelajar angkutan desa Rp2.000",
    35: "412 pelajar Danau Panggang bayar Rp2.000", 36: "Angkutan pelajar Marabahan–Tabukan gratis",
}

# casual Indonesian and more Banjar paraphrases (P3)
PARAS3 = [
    (8, "Yang biasa naik taksi kuning, siap-siap ya, mulai 16 November jadi 6 ribu. Anak sekolah tetap 4 ribu kok. Kalau sopir minta lebih, laporin aja ke Dishub 😤"),
    (22, "Guys yang sering nyebrang ke Batulicin, per 1 Desember udah gak bisa beli tiket di loket ya, wajib online. Dari sekarang bikin akun dulu biar gak panik di pelabuhan wkwk"),
    (3, "Update buat warga Banjarbaru: jalan sekitar Panglima Batur lagi dicoba satu arah sampai 25 November. Pagi-pagi jangan kaget kalau diarahkan lewat Kemuning."),
    (16, "Adik-adik kelas 12 yang udah 17 tahun, ada SIM C kolektif lewat sekolah! Daftar sampai 20 November, biayanya ditanggung. Tapi tetap ujian ya, jangan harap lulus gratis 😂"),
    (32, "Jalan Veteran belum dibuka ya gaes, diperpanjang sampai 29 November gara-gara ada pipa PDAM di galian. Sabar dulu, lewat Pekapuran."),
    (12, "Urang Tabalong, amun handak balik nama motor gratis, tiap Sabtu ada gerai di Pasar Tanjung sampai 19 Desember. Kada usah ka kantor Samsat lagi."),
    (33, "Buat yang mau ke Takisung akhir pekan ini, di Km 8 Ranggang ada buka-tutup sampai 28 November. Lewat Kurau aja biar gak nunggu."),
]

# more hand-written short summaries (S2)
SUMS2 = [
    (5, "Tala mulai bongkar polisi tidur liar di jalan Pelaihari–Jorong, 46 titik. Depan sekolah & masjid diganti pita penggaduh."),
    (14, "Petugas Samsat ikut turun ke desa: sosialisasi STNK mati di Pulau Laut Utara dan Sigam sampai 27 November."),
    (20, "Truk yang mau nyebrang dari Tanjung Serdang sekarang antre di kantong parkir eks pasar ikan, bukan di jalan desa."),
    (35, "Trayek Amuntai–Danau Panggang: pelajar cukup bayar Rp2.000 sejak 23 November (sebelumnya Rp6.000)."),
    (29, "Truk lebih dari 8 ton tak bisa lagi lewat Jembatan Nagara; portal terpasang 17 November."),
    (6, "Depan 10 sekolah di Kandangan dan Angkinang dipasang speed bump karet 8 cm."),
]
