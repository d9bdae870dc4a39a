"""Hand-written extra texts of heldout46: more long summaries, before posts, look-alikes,
casual-Indonesian paraphrases, unrelated village posts and local round-up items."""

# more long own-words summaries: release -> text
L2 = {
 "a02": "Kamis (5/11) 12 anggota Depekab Tanah Bumbu dibagi dua tim dan mendatangi Pasar Induk Batulicin serta Pasar Satui. Ada 48 komoditas yang dicatat: beras lokal, telur, sayur, elpiji 3 kg sampai sewa rumah petak dekat tambang. Sewa kamar di Satui naiknya paling tinggi. Data diolah bersama BPS sebelum rapat depekab akhir bulan.",
 "a05": "Selama 2–11 November Disnaker Kota Banjarmasin mengecek dokumen struktur dan skala upah 64 perusahaan. Hasilnya 41 lengkap; 23 masih menggaji semua pekerja dengan angka yang sama, kebanyakan toko grosir dan rumah makan di Sudimampir dan A. Yani. Mereka punya 14 hari kerja, lalu pengawas provinsi turun. Konsultasi tiap Rabu.",
 "a10": "Rabu sampai Jumat (4–6/11) 80 operator forklift dan crane dari 11 perusahaan bongkar muat di Pelabuhan Trisakti ikut pembinaan dan uji lisensi K3 di gudang terminal petikemas. Hari pertama teori, berikutnya praktik angkat beban uji. Lulus dapat SIO lima tahun; hasil diumumkan sekitar dua minggu kemudian.",
 "a20": "Mediasi tripartit di Disnaker Tanah Bumbu soal upah lembur 62 pekerja sebuah kontraktor jasa tambang di Satui tidak menemukan kata sepakat (23/11). Mediator menerbitkan anjuran: bayar kekurangan lembur delapan bulan sesuai absensi. Jawaban ditunggu sepuluh hari kerja; kalau ditolak, lanjut ke PHI.",
 "a29": "Kamis (19/11) di Pendopo Bupati HSS, 20 purna pekerja migran dari Kandangan, Angkinang, Daha Utara dan Simpur menerima bantuan modal Rp5 juta per orang dalam bentuk alat usaha: etalase, mesin jahit, freezer, perlengkapan warung. Sebelumnya mereka dilatih dua hari. Disnaker memantau enam bulan.",
 "a33": "Di Balai Kota Banjarmasin (23/11), 11 hotel dan perusahaan ritel meneken perjanjian pemagangan untuk 60 pemuda dari keluarga prakerja dan penganggur terdaftar. Magang empat bulan mulai 1 Desember sebagai pramusaji, resepsionis, kasir dan staf gudang, dengan uang saku. Disnaker berkunjung tiap bulan.",
 "a36": "Jumat (13/11) para pembakal lima desa di Kecamatan Sungai Pandan membacakan deklarasi desa bebas pekerja anak di Balai Desa Alabio. Anak usia sekolah tidak boleh bekerja di ternak itik dan pembuatan telur asin pada jam sekolah; satgas desa berisi guru, bidan dan tokoh agama. Babirik menyusul 2027.",
}

# more before posts: (release it precedes, text, how it differs, hours before)
B2 = [
 ("a04", "Besok kantor kami disuruh kirim orang personalia ke bimtek skala upah di Disnakertrans Banjarbaru. Ada yang tahu bawa apa saja?", "question before the bimtek", 22),
 ("a07", "Sudah ada edaran THR Natal belum dari provinsi? Tahun lalu keluarnya akhir November. Kami masih menunggu.", "asks before the circular", 48),
 ("a13", "Pabrik sawit dekat kampung kami berhenti olah buah dua hari, katanya boilernya sedang diperiksa orang dinas.", "eyewitness during the inspections, before the release", 40),
 ("a18", "Pekerja kebun Kelumpang Hulu masih menunggu hasil mediasi pesangon. Sudah dua kali ketemu belum ada titik temu.", "waiting before the agreement", 60),
 ("a22", "Serikat kami rencananya minggu ini menerima bukti pendaftaran PKB dari provinsi. Alhamdulillah perundingan dua tahun akhirnya selesai.", "one union's expectation before the handover", 30),
 ("a24", "Nama-nama calon anggota LKS Tripartit HST sudah diusulkan ke bupati, tinggal menunggu pengukuhan.", "before the pengukuhan, no date", 70),
 ("a34", "Kemarin ada petugas berseragam datang ke bengkel las depan rumah, menanyai anak-anak yang kerja di situ umur berapa.", "a neighbour sees an inspection before the release", 100),
 ("a37", "Admin kantor kami baru dapat surat pengingat WLKP. Katanya wajib lapor online, ada yang pernah isi?", "before the release figures", 26),
 ("a40", "Katanya Diskominfo mau bikin saluran aduan buruh lewat chat. Semoga benar, selama ini susah melapor.", "a rumour before the launch", 50),
 ("a31", "Alhamdulillah anak saya lolos seleksi magang di hotel lewat Disnakertrans, Senin depan pelepasan katanya.", "a parent before the send-off", 90),
]

# more look-alikes: (release it resembles, text, how it differs, hours after)
N2 = [
 ("a25", "Kantor Imigrasi Banjarmasin buka layanan paspor di hari Sabtu selama November untuk pelajar dan pekerja, kuota 50 per hari.", "the immigration office's own Saturday service", 130),
 ("a31", "Program magang mahasiswa bersertifikat di BUMD Kalsel dibuka lagi, 30 kursi untuk mahasiswa tingkat akhir.", "another apprenticeship scheme (students, BUMD, 30)", 170),
 ("a10", "SIO untuk operator forklift bisa diurus lewat PJK3 berizin; hati-hati dengan tawaran SIO kilat tanpa ujian di media sosial.", "a warning about fake licences", 200),
 ("a23", "Hotel kami di Banjarbaru sudah punya LKS Bipartit sejak 2022, rapat tiap tiga bulan. Baru kemarin sepakat soal uang makan.", "one firm's own LKS", 100),
 ("a26", "Gerai informasi kerja luar negeri di desa kami? Belum ada info resmi, yang beredar itu brosur agen swasta.", "a denial about a village desk", 60),
 ("a16", "Pabrik es di Gambut dapat teguran karena lantai ruang mesin licin dan tidak ada pagar pengaman, kata pekerjanya.", "a single factory's complaint", 140),
]

# casual Indonesian paraphrases: (release, text)
P2 = [
 ("a07", "Gaes yang Nasrani, THR Natal wajib cair full paling telat 18 Des ya, gak boleh dicicil! Kalo gak dibayar lapor aja ke posko Disnakertrans, buka 1–31 Desember 🎄🙌"),
 ("a33", "Guys yg masih nganggur di Banjarmasin, ada magang 4 bulan di 11 hotel & ritel, 60 orang, mulai 1 Des. Dapet uang saku juga lho. Lumayan buat pengalaman kerja wkwk"),
 ("a40", "Sekarang ngadu soal gaji, THR, PHK sampe K3 bisa dari HP, namanya Lapor Gawi. Dapet nomor tiket, 2 hari kerja langsung diterusin. Aktif 1 Des, identitas aman kok."),
 ("a11", "Selamat buat 72 operator forklift & crane Trisakti yang lulus lisensi K3! Yg 8 belum lulus semangat, Januari ujian ulang gratis 💪"),
]

# unrelated village posts
U = [
 "Jadwal pemadaman listrik PLN ULP Martapura Sabtu pukul 09.00–13.00 untuk perawatan jaringan di Sungai Tabuk dan Gambut.",
 "Gotong royong membersihkan parit di RT 04 Sungai Andai Minggu pagi. Warga diminta membawa parang dan karung.",
 "Harga karet di tingkat petani Balangan minggu ini Rp9.800 per kilo, turun Rp200.",
 "Pengajian rutin malam Jumat di Langgar Al-Ikhlas Pelambuan diisi Guru Hamdan. Jemaah dipersilakan hadir.",
 "Kehilangan dompet coklat berisi KTP dan STNK di sekitar Pasar Paringin. Yang menemukan mohon hubungi admin KIM.",
 "Air PDAM di Anjir Pasar mati sejak pagi karena perbaikan pipa di Jalan Trans Kalimantan. Diperkirakan normal sore.",
 "Tim voli putri Desa Halong juara turnamen antar-kampung se-Kecamatan Halong. Selamat!",
 "Peringatan Maulid Nabi di Masjid Jami Amuntai berlangsung khidmat, ribuan jemaah hadir.",
 "BMKG: potensi hujan lebat disertai petir di wilayah Kalsel bagian utara tiga hari ke depan. Warga bantaran sungai diminta waspada.",
 "Harga gabah kering panen di Anjir Muara Rp6.900 per kilo. Petani berharap bertahan sampai panen raya.",
 "Kelotok jurusan Marabahan–Banjarmasin pagi ini terlambat satu jam karena kabut tebal di Sungai Barito.",
 "Posyandu balita Desa Bati-Bati bulan ini jatuh hari Selasa di balai desa. Bawa buku KIA.",
 "Lomba masak nasi kuning ibu-ibu PKK Kelurahan Pekapuran Raya meriah, juara satu RT 12.",
 "Jembatan kayu di RT 3 Desa Pagat rusak, warga swadaya memperbaiki dengan papan ulin sisa.",
 "Pasar terapung Lok Baintan ramai dikunjungi wisatawan libur akhir pekan.",
 "Harga ikan haruan di Pasar Alabio Rp65 ribu per kilo, pedagang bilang pasokan berkurang.",
 "Vaksinasi rabies gratis untuk kucing dan anjing di Puskeswan Tanjung Kamis pagi.",
 "Warga Satui Barat kerja bakti membersihkan makam menjelang haul.",
 "Jadwal kapal feri Batulicin–Tanjung Serdang kembali normal setelah cuaca membaik.",
 "Selamat kepada ananda Rahmah, siswi MTsN Kandangan, juara dua MTQ cabang tilawah anak tingkat kabupaten.",
 "Pemadaman bergilir? Tidak, PLN menyebut gangguan di Kotabaru semalam karena pohon tumbang menimpa kabel.",
 "Sumur bor baru di Desa Lampihong Kanan sudah bisa dipakai warga, bantuan dari program desa.",
 "Ada ular sawa masuk rumah warga di Tatakan, berhasil ditangkap petugas damkar.",
 "Turnamen sepak bola Bupati Cup Tapin babak final Minggu sore di Stadion Rantau.",
 "Harga cabai rawit di Pasar Pelaihari turun ke Rp45 ribu per kilo setelah panen di Tambang Ulang.",
 "Info: pembagian beras bantuan pangan di Kantor Desa Astambul Kota mulai Rabu, bawa KTP dan KK.",
 "Festival layang-layang di lapangan Guntung Payung diikuti 80 peserta dari berbagai kelurahan.",
 "Warga Serongga mengeluh jalan poros desa berlubang, minta segera diperbaiki sebelum musim hujan.",
 "Haul Guru di Dalam Pagar Martapura Sabtu malam, jalan menuju lokasi padat, pengendara diminta sabar.",
 "Pelatihan membuat kue tradisional untuk remaja masjid di Birayang, difasilitasi ibu-ibu majelis taklim.",
 "Kebakaran lahan kecil di Liang Anggang cepat dipadamkan relawan dan BPBD.",
 "Harga emas di pertokoan Martapura hari ini naik Rp15 ribu per gram.",
 "Perbaikan jalan di Jalan Ahmad Yani km 4 Banjarmasin, arus lalu lintas dialihkan sementara.",
 "Panen jagung di Desa Tanta, hasil per hektare naik dibanding musim lalu kata poktan.",
 "Pasar malam di lapangan Marabahan buka sampai akhir bulan, ada wahana bianglala.",
 "Pendaftaran lomba adzan anak tingkat kecamatan Halong ditutup Jumat.",
 "Stok elpiji 3 kg di pangkalan Sungai Ulin kosong sejak kemarin, warga diminta bersabar.",
 "Jemaah Masjid Al-Muhajirin Stagen menggelar salat istisqa, berharap hujan turun.",
 "Mohon doa, banjir rob mulai masuk rumah warga di pesisir Batulicin saat air pasang malam.",
 "Lomba kebersihan antar-RT di Kelurahan Pembataan dinilai minggu depan, ayo bersihkan lingkungan!",
 "Harga sawit TBS di Kotabaru Rp2.580 per kilo minggu ini.",
 "Hari ini pembagian kelambu gratis dari puskesmas di Desa Sengayam untuk cegah malaria.",
 "Jukung hias dari kampung kami ikut lomba di Siring Menara Pandang, mohon dukungannya.",
 "Kuliner khas Banjar: ketupat kandangan Acil Imah di Jalan Musyawarah tetap buka pagi-pagi.",
 "Ronda malam RT 7 Binuang diaktifkan lagi setelah ada pencurian sepeda motor.",
 "Harga telur ayam ras di Amuntai Rp28 ribu per rak, naik menjelang akhir tahun.",
 "Selamat atas dilantiknya pengurus karang taruna Desa Jaro periode baru.",
 "Kunjungan studi SD ke museum Lambung Mangkurat, anak-anak antusias melihat koleksi keris.",
 "Penyaluran bantuan bibit ikan nila untuk kolam warga di Angkinang oleh Dinas Perikanan HSS.",
 "Info lalu lintas: antrean kendaraan di SPBU Pelaihari mengular sejak pagi.",
 "Warga Alabio panen itik bersamaan, harga itik pedaging turun jadi Rp45 ribu per ekor.",
 "Pengumuman: kantor desa Sungai Loban tutup sementara Jumat karena ada pelatihan perangkat desa di kabupaten.",
 "Pelajar SMPN Bangkal menanam 200 bibit pohon di bantaran sungai.",
 "Turnamen badminton RT se-Kelurahan Basirih Selatan dimulai Sabtu malam di GOR kelurahan.",
 "Waspada DBD: fogging di RT 2 dan RT 5 Sungai Ulin Rabu sore, warga diminta menutup makanan.",
 "Pasar wadai di Paringin buka kembali setiap Minggu pagi, ada bingka dan amparan tatak.",
 "Acara bausung pengantin di Desa Loksado ramai ditonton warga.",
 "Perahu naga Kotabaru latihan di Siring Laut menjelang lomba tingkat provinsi.",
 "Kehilangan kambing betina warna hitam di sekitar Desa Tatakan. Mohon info bila melihat.",
 "Harga jeruk siam Banjar di Pasar Martapura Rp18 ribu per kilo, panen sedang bagus.",
 "Pembangunan siring di Marabahan Kota memasuki tahap pengecoran.",
 "Imbauan dari puskesmas Pagat: jangan lupa imunisasi campak untuk balita.",
 "Lomba mancing di Danau Panggang diikuti 120 pemancing, juara dapat ikan toman 6 kilo.",
 "Air Sungai Tabalong naik, warga di bantaran diimbau memindahkan barang berharga.",
 "Harga beras unus di Pasar Binuang Rp16 ribu per kilo.",
 "Kerja bakti membersihkan halaman sekolah di SDN Astambul 2 bersama wali murid.",
 "Selamat ulang tahun ke-17 KIM kami, terima kasih warga yang setia membaca.",
 "Penyebrangan getek di Sungai Alalak sementara tidak beroperasi karena perbaikan tali.",
 "Warga Kandangan Kota antusias ikut jalan sehat HUT PGRI Minggu pagi.",
 "Sosialisasi imunisasi HPV untuk siswi kelas 5 SD di Pelaihari pekan depan.",
]

# a Diskominfo article not in the set (linked, must stay unmatched) and other traps on government domains
TRAPS = [
 ("Diskominfo Kalsel mengajak warga memeriksa kabar sebelum membagikan, terutama kabar bencana di musim hujan. Baca: https://diskominfo.kalselprov.go.id/2026/11/19/diskominfo-ajak-warga-saring-sebelum-sharing-di-musim-hujan/", ["https://diskominfo.kalselprov.go.id/2026/11/19/diskominfo-ajak-warga-saring-sebelum-sharing-di-musim-hujan/"]),
 ("Pengumuman lama dari Disnakertrans soal bursa informasi lowongan, masih banyak yang membagikan: https://disnakertrans.kalselprov.go.id/berita/2025/11/pengumuman-informasi-lowongan-akhir-tahun-2025", ["https://disnakertrans.kalselprov.go.id/berita/2025/11/pengumuman-informasi-lowongan-akhir-tahun-2025"]),
]

# local round-up items (match no release)
LOCAL = [
 "Kerja bakti RT 5 membersihkan saluran air Minggu pagi",
 "Posyandu lansia di balai desa Selasa depan",
 "Lomba azan anak tingkat desa diikuti 24 peserta",
 "Jalan usaha tani di ujung kampung mulai diperkeras",
 "Pengajian akbar malam Sabtu di masjid kampung",
 "Harga karet naik tipis pekan ini",
 "Jadwal pemadaman PLN Kamis pagi untuk perawatan gardu",
 "Pembagian kelambu dari puskesmas",
 "Turnamen voli antar-RT dimulai Sabtu sore",
 "Warga panen padi lokal di sawah tadah hujan",
 "Karang taruna menggelar donor darah di balai desa",
 "Perbaikan jembatan titian di RT 2 selesai",
]
