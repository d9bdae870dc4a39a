# Hand-written: unrelated village posts, extra look-alikes, extra `before` posts, casual paraphrases, local round-up items.
U = """Jadwal pengajian rutin malam Jumat di Langgar Al-Ikhlas RT 03, penceramah Guru Ahmad.
Harga karet di pengepul Juai hari ini Rp9.800 per kilo, naik sedikit.
PLN: pemadaman bergilir Kamis 09.00–13.00 wita di sebagian Kelua karena pemeliharaan jaringan.
PDAM Intan Banjar: air keruh di Gambut karena pencucian pipa, mohon maaf atas ketidaknyamanan.
Gotong royong bersihkan parit Jl. Pramuka hari Minggu pagi, bawa cangkul masing2.
Selamat kepada ananda Rizky juara 1 lomba azan tingkat kecamatan 🏆
Kapal feri Batulicin–Tanjung Serdang normal lagi, antrean truk mulai berkurang.
Harga gabah kering panen di Babirik Rp6.300/kg, petani berharap naik.
Sembako di Pasar Kandangan: cabai rawit Rp48 ribu, bawang merah Rp36 ribu per kilo.
Haul Guru Sekumpul sudah dekat, warga diminta tidak parkir sembarangan di jalan kampung.
Aruh adat di Loksado tahun ini digelar lima hari, wisatawan diminta menghormati adat.
Lomba mewarnai TK se-kelurahan Minggu depan, pendaftaran di posyandu.
Jembatan kayu RT 5 Tabunganen Muara sudah diperbaiki warga secara swadaya.
Sumur bor masjid rusak, jemaah diminta hemat air dulu sampai teknisi datang.
Maulid Nabi di Langgar Nurul Huda, habsyi dari Martapura. Semua warga diundang.
Info kehilangan: dompet coklat berisi KTP atas nama warga Angsau, hubungi kantor desa.
Harga sawit TBS di Satui Rp2.450 per kilo minggu ini.
Warga Semayap kerja bakti bersihkan pantai, terkumpul 3 karung plastik.
Pasar malam di lapangan kecamatan buka sampai Minggu, ada komidi putar.
Ikan patin segar dijual BUMDes Rp28 ribu per kilo, bisa pesan antar.
Pembakal Pudak Setegal ingatkan warga ronda malam jadwal minggu ini.
Turnamen sepak bola mini antar-RT, final Sabtu sore di lapangan desa.
Listrik padam tadi malam hampir 3 jam di Paringin Kota, sudah normal pagi ini.
Pengumuman: kantor desa tutup Jumat siang karena kegiatan Jumat bersih.
Warga Danau Panggang panen ikan papuyu di keramba, harga Rp55 ribu per kilo.
Jalan desa Hantakan licin sehabis hujan, hati-hati pengendara motor.
Alhamdulillah masjid kampung kita selesai dicat, terima kasih para donatur.
Rapat karang taruna Jumat malam bahas persiapan lomba 17-an tahun depan.
Kelotok ke Lok Baintan berangkat jam 6 pagi dari dermaga, ongkos Rp25 ribu.
Info lowongan: toko bangunan di Binuang butuh sopir pick-up, SIM B1.
Anak-anak TPA Al-Falah wisuda 23 santri, selamat!
Harga cabai turun, petani Bati-Bati memilih menunda panen.
Gerhana bulan Sabtu malam bisa dilihat dari Kalsel kata BMKG, ayo salat gerhana di masjid.
Minggu ini posyandu lansia pindah ke rumah Ketua RT karena balai direnovasi.
Arisan ibu-ibu PKK pindah ke hari Rabu.
Sungai Martapura pasang tinggi, warga bantaran diminta waspada malam hari.
Pasar terapung Lok Baintan ramai turis asing pagi tadi.
Warga Berangas bersihkan eceng gondok di sungai depan masjid.
Juara lomba burung kicau tingkat kabupaten dari desa kita, mantap!
Info: jalan poros Mabuun ditutup setengah badan karena ada pengecoran.
Bank Kalsel unit Barabai buka layanan Sabtu untuk pembayaran pajak kendaraan.
Taman bacaan desa dapat sumbangan 200 buku dari mahasiswa KKN.
Kabut tipis pagi di Pelaihari, pengendara nyalakan lampu.
Kelompok tani Makmur panen jagung 4 hektare, hasil lumayan.
Selamat hari jadi ke-12 grup KIM kita, terima kasih anggota yang aktif berbagi info.
Warga Sungai Jingah kompak pasang lampu hias di gang menyambut maulid.
Mohon doa, ayahanda dari Ketua RT 02 meninggal dunia tadi subuh.
PDAM Tapin: pelanggan bisa bayar lewat minimarket mulai bulan ini.
Pengajian ibu-ibu majelis taklim Al-Mubarak, Sabtu ba'da asar.
Bengkel motor gratis ganti oli untuk ojek desa, program CSR dealer.
Ada ular sawa masuk rumah warga RT 7, sudah ditangkap pemadam.
Hujan deras sore tadi, beberapa pohon tumbang di jalan Trans Kalimantan, sudah dibersihkan.
Cuci gudang sarung Samarinda di toko Haji Mansur, diskon 20%.
Kampung kami juara lomba kebersihan tingkat RT, hadiah tong sampah 10 buah.
Lomba mancing di siring, hadiah utama kulkas.
Harga LPG 3 kg di pangkalan RT 4 Rp22 ribu, stok ada.
Pengumuman: les Bahasa Inggris gratis untuk anak SD setiap Sabtu di balai desa.
Jalan santai sekolah SD Babirik Hilir, peserta 300 siswa.
Tim hadrah remaja masjid latihan untuk festival kecamatan.
Sapi warga lepas masuk kebun karet, pemilik diminta mengikat ternaknya.
Sinyal internet di Muara Uya sering hilang sore hari, warga minta operator cek tower.
Jemaah umrah asal desa kita tiba dengan selamat, alhamdulillah.
Pasar wadai kecil di depan masjid setiap sore, ada bingka dan amparan tatak.
Kerja bakti perbaikan atap sekolah TK, warga bawa seng bekas.
Lapak durian mulai buka di pinggir jalan Kandangan, harga masih mahal.
Tukang ojek kelotok minta dermaga kecil diperbaiki, papannya lapuk.
Video banjir tahun lalu beredar lagi, itu bukan kejadian hari ini ya.
Info orang hilang: lansia 70 tahun, pakai baju putih, terakhir terlihat di pasar.
Festival kuliner UMKM di alun-alun, ada soto Banjar dan ketupat Kandangan.
Penyuluhan pajak kendaraan di balai desa ditunda minggu depan.""".split("\n")

# extra look-alikes: (imitated announcement, text, differs)
N2 = [
("a01", "Pita merah dibagikan di lampu merah Jl. A. Yani oleh mahasiswa keperawatan, edukasi HIV.", "student campaign, no testing drive"),
("a02", "Pekerja pelabuhan Trisakti ikut vaksinasi tetanus dari KKP, 200 orang.", "same workers/place, different health service"),
("a04", "Warga Pulau Laut Barat tanya kenapa belum dapat kelambu, petugas bilang tahap dua.", "a later batch, no figures of the release"),
("a05", "dr. Hj. Masitah buka lomba posyandu tingkat kabupaten di Kandangan.", "same official, unrelated event"),
("a07", "Drs. Muhammad Yusran resmikan ruang kelas baru SMAN 2 Kandangan.", "same official, unrelated event"),
("a08", "ANBK SD Banjarbaru 2025: sekolah masih bergantian pakai laptop.", "last year's edition"),
("a10", "Upacara Hari Guru di SDN Barabai Timur 2, pembina murid kelas 6.", "a school's own ceremony"),
("a12", "Guru honor Marabahan ikut seleksi PPPK paruh waktu, tes Senin.", "same group, different programme"),
("a13", "Ir. Syamsir Rahman tinjau panen padi apung di Tabunganen.", "same official, unrelated event"),
("a14", "Ombrometer di sawah Lok Baintan rusak kena banjir, petani minta ganti.", "aftermath anecdote"),
("a16", "Benur vaname bantuan 2026 di Tanbu sebagian mati saat ditebar, kata pembudidaya.", "complaint, no release figures"),
("a17", "Kelompok pembudidaya Takisung ikut pameran perikanan di Pelaihari.", "same group, other event"),
("a19", "Dapur umum Kelayan Dalam ditutup Senin, warga sudah di rumah keluarga.", "later stage on its own"),
("a20", "Pasar Sungai Malang kembali ramai, los sementara dari terpal.", "later stage on its own"),
("a22", "Lomba pantun Banjar di Taman Budaya, 30 peserta SMA.", "same venue, other art form"),
("a23", "Madihin pelajar Kabupaten Banjar 2025 dijuarai SMPN 1 Martapura.", "last year's edition"),
("a25", "Kejurprov sepak takraw 2025 di Tanjung, Banjarbaru juara umum.", "last year's edition"),
("a25", "Latihan sepak takraw anak SD di halaman masjid Sungai Tiung tiap sore.", "village's own activity"),
("a26", "H. Sutikno hadiri peresmian jembatan desa di Halong.", "same official, unrelated event"),
("a27", "Lapangan Takraw Rantau kebanjiran, latihan dipindah ke GOR.", "same venue, unrelated"),
("a28", "HUT KORPRI di Kantor Bupati Tanah Laut, upacara dipimpin Bupati.", "another kabupaten's edition"),
("a29", "Lapangan Murjani ramai konser amal hari Minggu malam.", "same venue, unrelated"),
("a30", "HUT KORPRI Tabalong diisi lomba tenis meja antar-SKPD.", "another kabupaten's edition"),
("a03", "Kader WPA Satui datangi kos-kosan pekerja tambang bagikan brosur.", "kader activity afterwards, own"),
("a06", "Kasus malaria di Pulau Sebuku bertambah 2, puskesmas lakukan penyelidikan epidemiologi.", "local case report"),
]

# extra `before` posts: (announcement, text, hours before)
B2 = [
("a03", "Kantor Dinkes Tanbu sibuk, banyak kader datang, katanya ada pengukuhan kelompok peduli AIDS.", 3),
("a06", "Dengar-dengar Kalsel belum bebas malaria semua, ada tiga kabupaten tertinggal. Betul kah?", 50),
("a11", "Pagi ini ada acara Hari Guru di Gedung Bina Satria, guru-guru pakai batik PGRI.", 4),
("a16", "Truk pengangkut benur udang datang ke Takisung tadi pagi, banyak kotak styrofoam.", 4),
("a18", "Besok pelatihan soal penyakit udang di Serongga, yang punya tambak datang ya.", 15),
("a25", "Katanya kejurprov takraw bulan ini di Banjarbaru, jadwal pastinya belum keluar.", 48),
("a30", "Informasi, Sabtu nanti ada bagi-bagi sembako dari ASN di kantor kecamatan.", 60),
("a21", "Gudang Dinsos Batola didatangi truk sembako, mau disebar ke kecamatan katanya.", 8),
]

# casual Indonesian paraphrases: (announcement, text)
P2 = [
("a01", "Guys, tes HIV gratis keliling ada sampai akhir Nov lho, rahasia dijamin. Cek jadwal mobilnya ya 🙌"),
("a07", "Semangat adik2 SMA/SMK yang ANBK minggu ini, santai aja, nggak nentuin lulus kok 😎"),
("a09", "Wkwk sekolah di Jaro numpang ANBK lagi, tapi katanya genset udah disiapin. Aman lah ya"),
("a17", "Gaes, sekarang Takisung punya Kampung Vaname, 22 kolam! Kapan2 main ke sana 🦐"),
("a19", "Yuk bantu doa buat 37 KK di Kelayan Dalam, bantuan pemko udah turun, dapur umum masih jalan."),
("a22", "Festival Madihin 13-14 Nov di Taman Budaya, lucu2 pasti. Siapa mau nonton bareng?"),
("a25", "Takraw lovers, kejurprov di GOR Rudy Resnawan, final 22 Nov gratis masuk. Gas!"),
("a26", "Good luck tim takraw Balangan! Tahun lalu runner-up, sekarang harus emas 🔥"),
("a29", "Jalan sehat KORPRI tadi seru bgt, 3000 orang, sayang motornya bukan buat aku 😂"),
("a14", "Baru tau ada alat ukur hujan buat sawah, 50 petani Sungai Tabuk dapet. Keren sih"),
]

# local round-up items that match nothing
LOCAL = ["Gotong royong parit RT 02 Minggu pagi", "Harga karet Rp9.700/kg di pengepul", "Pengajian malam Jumat pindah ke Langgar Al-Ikhlas",
 "Lomba azan anak-anak tingkat desa", "PLN padam Kamis pagi di sebagian kecamatan", "Posyandu lansia Sabtu di balai desa",
 "Turnamen futsal karang taruna", "Harga gabah Rp6.300/kg", "Kerja bakti masjid Jumat pagi", "Feri Batulicin normal kembali",
 "Jalan desa rusak dilaporkan ke kecamatan", "Pasar wadai sore di depan masjid"]
