# heldout39 — hand-written releases and their own-words posts (part 1: museum, naskah, lamut, wayang).
# {D:MM-DD} is rendered by build.py as "Weekday (d/m/2026)".
# Each release: id, source, published (MM-DD HH:MM), slug, title, text,
#   short summary, long summary (or None), paraphrase, before post (text, hours earlier) or None,
#   look-alikes [(region or None, text, days after the release, how it differs)].

ANNS = []


def A(aid, src, pub, slug, title, text, short, long, para, before, looks):
    ANNS.append(dict(id=aid, src=src, pub=pub, slug=slug, title=title, text=text.strip(), short=short,
                     long=long, para=para, before=before, looks=looks))


# ---------------- F1 museum keliling ----------------
A("a01", "disdikbud-kalsel", "11-03 10:20", "museum-lambung-mangkurat-keliling-ke-12-sekolah",
  "Museum Lambung Mangkurat Keliling ke 12 Sekolah, Bawa 85 Koleksi Replika",
  """
BANJARBARU – UPTD Museum Lambung Mangkurat Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan memulai program Museum Keliling, {D:11-03}. Selama 3 sampai 24 November 2026 tim museum membawa 85 koleksi replika, antara lain replika arca Candi Agung, miniatur rumah Bubungan Tinggi dan contoh uang kertas zaman revolusi, ke 12 sekolah di enam kabupaten/kota.

“Banyak pelajar di hulu sungai belum pernah ke museum. Jadi museumnya yang datang ke sekolah,” kata Kepala UPTD Museum Lambung Mangkurat, Hj. Rusdiana Fitriani. Setiap kunjungan diisi pameran di aula, cerita sejarah dan kuis berhadiah bagi siswa.

Sekolah yang ingin dikunjungi pada putaran berikutnya dapat mengajukan surat ke UPTD Museum paling lambat 30 November 2026. Jadwal lengkap diumumkan melalui akun resmi museum. (disdikbud/nrh)
""",
  "Museum Lambung Mangkurat keliling 12 sekolah 3–24 Nov, bawa 85 replika koleksi.",
  "Mulai 3 November, UPTD Museum Lambung Mangkurat membawa 85 koleksi replika (arca Candi Agung, miniatur Bubungan Tinggi, uang zaman revolusi) ke 12 sekolah di enam kabupaten/kota sampai 24 November. Ada pameran, cerita sejarah dan kuis. Sekolah yang mau didatangi putaran berikutnya kirim surat paling lambat 30 November.",
  "Dangsanak, museum Lambung Mangkurat tu kaina datang ka sakulahan 🏛️ ada 85 replika nang dibawa, miniatur rumah Bubungan Tinggi gen ada. Dua walas sakulahan haja dulu, tanggal 3 sampai 24 Nopember. Sakulahan nang handak kabagian kirim surat sabalum 30 Nopember lah #museumkeliling",
  ("Kabarnya museum Banjarbaru handak bakeliling ka sekolah bulan ini, bawa barang-barang koleksi. Ada nang tahu sekolah mana haja?", 30),
  [("bjb", "Rombongan SDN Sungai Ulin 2 berwisata edukasi ke Museum Lambung Mangkurat tadi pagi. Anak-anak senang melihat miniatur rumah Bubungan Tinggi 😊", 5.1,
    "a school's own trip to the museum, not the museum's travelling programme"),
   (None, "Flashback Museum Keliling 2025: waktu itu baru 7 sekolah yang didatangi, tahun ini katanya lebih banyak. Semoga sekolah kami kebagian.", -9.5,
    "last year's edition (7 schools), posted before the release"),
   ("bjb", "Aula Museum Lambung Mangkurat hari ini dipakai untuk seminar sejarah Perang Banjar bersama mahasiswa ULM. Pesertanya sekitar 150 orang.", 8.0,
    "same venue, another event (seminar)"),
  ])

A("a02", "pemkab-tapin", "11-10 14:05", "museum-keliling-provinsi-singgah-di-tiga-sekolah-rantau",
  "Museum Keliling Provinsi Singgah di Tiga Sekolah di Rantau",
  """
RANTAU – Program Museum Keliling UPTD Museum Lambung Mangkurat Provinsi Kalimantan Selatan singgah di Kabupaten Tapin, {D:11-12}. Tiga sekolah di Kecamatan Tapin Utara, yakni SMPN 1 Tapin Utara, SDN Rangda Malingkung dan SMAN 1 Rantau, menerima kunjungan secara bergiliran dari pukul 08.00 Wita.

Kepala Dinas Pendidikan Tapin, Drs. H. Syahrani Noor, meminta kepala sekolah menyiapkan aula dan mengajak orang tua ikut melihat. “Ini kesempatan anak-anak Tapin mengenal sejarah Banua tanpa harus jauh ke Banjarbaru. Sekitar 900 siswa kami harapkan hadir,” ujarnya.

Setelah Tapin, rombongan museum melanjutkan perjalanan ke Kabupaten Hulu Sungai Selatan. Pemkab Tapin juga berencana mengusulkan dua sekolah di Binuang untuk putaran tahun depan. (prokopim-tapin/ys)
""",
  "Museum keliling provinsi di 3 sekolah Tapin Utara, Kamis 12/11, sekitar 900 siswa.",
  None,
  "Kamis 12 Nopember museum keliling provinsi singgah di Rantau, bubuhan SMPN 1, SDN Rangda Malingkung wan SMAN 1 Rantau. Kuitan-kuitan dibawai jua umpat malihat. Habis Tapin ka Kandangan pulang rombongannya.",
  ("Besok pagi ada rombongan museum dari provinsi ke SDN Rangda Malingkung, anak-anak disuruh pakai baju rapi 😄", 20),
  [("tpn", "SMPN 1 Tapin Utara hari ini menerima tim akreditasi sekolah. Mohon doanya semoga hasilnya A.", 1.9,
    "same school, another visit (accreditation) two days later"),
   ("tpn", "Galeri sejarah kecil di Balai Desa Rangda Malingkung dibuka untuk umum tiap Sabtu, isinya foto lama dan keris pusaka warga.", 6.0,
    "the village's own gallery, not the provincial museum"),
   ("hss", "Museum keliling provinsi sudah sampai Kandangan, SDN Kandangan Kota 3 kedapatan giliran hari ini.", 4.0,
    "the next stop of the tour in another kabupaten (HSS), not Tapin"),
  ])

A("a03", "pemkab-tabalong", "11-16 09:40", "pameran-60-benda-pusaka-di-museum-mini-tanjung",
  "Pameran 60 Benda Pusaka Tabalong Digelar di Gedung Informasi Tanjung",
  """
TANJUNG – Dinas Pendidikan dan Kebudayaan Kabupaten Tabalong menggelar Pameran Benda Pusaka Tabalong di Gedung Informasi Tanjung, {D:11-16}. Pameran yang berlangsung sepekan sampai 22 November 2026 ini menampilkan 60 benda milik warga dan lembaga adat, seperti mandau, gong, anyaman Dayak Deah dan kitab tulisan tangan.

“Benda-benda ini selama ini tersimpan di rumah warga. Kami minta izin untuk dipamerkan agar generasi muda tahu,” kata Kepala Bidang Kebudayaan Disdikbud Tabalong, Yuliani Kartika. Pengunjung tidak dipungut biaya; pameran buka pukul 09.00 sampai 16.00 Wita.

Disdikbud Tabalong sedang menyusun rencana museum daerah dan mendata benda pusaka di 12 kecamatan. Warga yang menyimpan benda bersejarah diminta melapor ke kantor kecamatan. (diskominfo-tbl/an)
""",
  "Pameran 60 benda pusaka di Gedung Informasi Tanjung 16–22 Nov, gratis.",
  "Di Gedung Informasi Tanjung ada pameran benda pusaka Tabalong 16 sampai 22 November, gratis, jam 09.00–16.00. Ada 60 benda milik warga dan lembaga adat: mandau, gong, anyaman Dayak Deah, kitab tulisan tangan. Disdikbud juga mendata benda pusaka di 12 kecamatan untuk rencana museum daerah.",
  "Ayu ja dangsanak ka Gedung Informasi, ada pameran pusaka samingguan. Enam puluh barang, mandau, gong, anyaman Dayak Deah. Kada bayar! Nang baisi barang bahari di rumah disuruh malapor ka kacamatan kaina.",
  None,
  [("tbl", "Gedung Informasi Tanjung sore ini dipakai untuk lomba pidato pelajar tingkat kabupaten, dimulai pukul 14.00.", 2.2,
    "same venue, another event (speech contest)"),
   ("tbl", "Tahun lalu (2025) pameran pusaka di Tanjung cuma menampilkan 34 benda. Siapa yang masih ingat keris besar dari Haruai itu?", -3.0,
    "last year's edition, 34 objects"),
   ("tbl", "Lembaga adat Dayak Deah di Upau mengadakan ritual adat tahunan akhir pekan ini. Warga luar desa boleh menyaksikan dengan sopan.", 5.0,
    "the same lembaga adat at its own ritual, not the exhibition"),
  ])

# ---------------- F2 naskah kuno ----------------
A("a04", "dispersip-kalsel", "11-04 11:00", "warga-pemilik-naskah-kuno-diajak-daftarkan-untuk-digitalisasi",
  "Warga Pemilik Naskah Kuno Diajak Daftarkan Koleksinya untuk Digitalisasi Gratis",
  """
BANJARBARU – Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Selatan membuka pendaftaran digitalisasi naskah kuno milik warga, {D:11-04}. Pendaftaran dibuka sampai 14 November 2026 dengan target 150 naskah, baik kitab beraksara Arab Melayu, surat wasiat lama, maupun catatan silsilah keluarga.

“Naskahnya tidak kami ambil. Tim datang ke rumah, memotret halaman demi halaman, lalu salinan digitalnya diberikan juga kepada pemilik,” jelas Kepala Bidang Deposit dan Pelestarian Bahan Pustaka, Muhammad Ridhani Aspar. Naskah yang rapuh akan diberi kotak penyimpanan bebas asam.

Pendaftaran dapat dilakukan di kantor Dispersip di Banjarbaru atau melalui perpustakaan kabupaten/kota terdekat. Tim turun ke lapangan mulai 16 November 2026. (dispersip/hm)
""",
  "Dispersip Kalsel buka pendaftaran digitalisasi naskah kuno warga sampai 14 Nov, target 150 naskah.",
  "Punya kitab tua beraksara Arab Melayu, surat wasiat lama atau catatan silsilah? Dispersip Kalsel membuka pendaftaran digitalisasi gratis sampai 14 November (target 150 naskah). Naskah tidak diambil: tim memotret di rumah pemilik, salinan digital diberikan, naskah rapuh dapat kotak bebas asam. Daftar di Dispersip Banjarbaru atau perpustakaan kabupaten; tim turun mulai 16 November.",
  "Nang baisi kitab tuha tulisan Arab Melayu di rumah, kada usah takutan, kada diambil urang 📜 Urang Dispersip datang ka rumah, difoto haja, salinannya dibari ka pian jua. Daftar sampai 14 Nopember, di perpustakaan kabupaten gin kawa.",
  None,
  [(None, "Pada 2024 Dispersip Kalsel pernah mendigitalisasi 96 naskah dari Martapura dan Amuntai. Hasilnya bisa dibaca di ruang layanan koleksi langka.", 3.0,
    "an earlier round (2024, 96 manuscripts), a reminiscence"),
   ("bjb", "Perpustakaan Daerah Kalsel menambah jam layanan malam sampai pukul 21.00 mulai pekan ini, khusus ruang baca umum.", 1.5,
    "same office, another service (opening hours)"),
   ("bnj", "Lomba menulis Arab Melayu tingkat pesantren se-Kecamatan Martapura digelar Ahad ini di Pondok Darussalam.", 6.0,
    "a script contest, not the manuscript digitisation"),
  ])

A("a05", "dispersip-kalsel", "11-25 15:30", "163-naskah-kuno-berhasil-didigitalisasi-tertua-abad-ke-18",
  "163 Naskah Kuno Berhasil Didigitalisasi, Tertua dari Abad ke-18",
  """
BANJARBARU – Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Selatan merampungkan digitalisasi naskah kuno milik warga, {D:11-25}. Sebanyak 163 naskah dari 41 pemilik berhasil dipotret, melebihi target 150 naskah. Naskah tertua diperkirakan berasal dari akhir abad ke-18, berupa kitab fikih beraksara Arab Melayu milik keluarga di Kecamatan Amuntai Tengah.

“Kami berterima kasih kepada para pemilik yang sudah percaya. Sebagian besar naskah masih terbaca, tetapi 27 naskah kondisinya rapuh dan sudah kami beri kotak bebas asam,” ujar Kepala Dispersip Kalsel, Dra. Hj. Nurul Hikmah Aulia.

Salinan digital akan dapat dibaca di layanan koleksi langka mulai Januari 2027. Dispersip merencanakan putaran kedua pada pertengahan 2027 untuk wilayah Tanah Bumbu dan Kotabaru. (dispersip/hm)
""",
  "Digitalisasi naskah kuno rampung: 163 naskah dari 41 pemilik, tertua abad ke-18 dari Amuntai.",
  "Hasil digitalisasi naskah kuno Dispersip Kalsel: 163 naskah dari 41 pemilik terpotret (target 150). Yang tertua kitab fikih Arab Melayu akhir abad ke-18 dari Amuntai Tengah. 27 naskah rapuh diberi kotak bebas asam. Salinan bisa dibaca di layanan koleksi langka mulai Januari 2027; putaran kedua pertengahan 2027 untuk Tanbu dan Kotabaru.",
  "Alhamdulillah, saratus anam puluh talu naskah tuha sudah difoto bubuhan Dispersip. Nang paling tuha kitab fikih matan Amuntai, kira-kira abad ka-18. Dua puluh tujuh nang sudah rapuh dibari kutak khusus. Januari kaina kawa dibaca di perpustakaan.",
  None,
  [("hsu", "Keluarga kami di Amuntai menyimpan Al-Qur'an tulisan tangan peninggalan datu. Rencana mau kami perbaiki sampulnya saja dulu.", 2.0,
    "a family's own manuscript, no digitisation result"),
   (None, "Tim Dispersip masih memotret naskah di rumah warga Alabio hari ini, katanya masih ada belasan lagi yang belum.", -3.0,
    "the field work still running, before the result"),
   (None, "Perpustakaan Nasional menerbitkan katalog naskah Nusantara jilid baru, ada beberapa naskah Banjar di dalamnya.", 4.0,
    "a national catalogue, another body"),
  ])

A("a06", "pemkab-hsu", "11-18 10:10", "40-pemilik-naskah-di-amuntai-ikuti-penyuluhan-perawatan-naskah",
  "40 Pemilik Naskah di Amuntai Ikuti Penyuluhan Perawatan Naskah Kuno",
  """
AMUNTAI – Dinas Perpustakaan dan Arsip Daerah Kabupaten Hulu Sungai Utara menggelar penyuluhan perawatan naskah kuno bagi 40 pemilik naskah di Aula Perpustakaan Daerah Amuntai, {D:11-18}. Peserta berasal dari Kecamatan Amuntai Tengah, Sungai Pandan dan Babirik.

Narasumber mengajarkan cara menyimpan kitab agar tidak dimakan rayap, cara membersihkan debu dengan kuas halus, serta larangan melaminasi halaman. “Banyak kitab rusak justru karena dijemur atau dilakban. Hari ini kami ajarkan cara yang benar,” kata Kepala Dinas Perpustakaan dan Arsip HSU, H. Ahmad Fauzan Rifani.

Setiap peserta membawa pulang kotak penyimpanan dan kapur barus pengganti yang aman. Dinas akan mengunjungi rumah peserta secara acak pada Desember untuk melihat penerapannya. (diskominfo-hsu/fa)
""",
  "Penyuluhan perawatan naskah kuno untuk 40 pemilik di Perpustakaan Daerah Amuntai, Rabu 18/11.",
  None,
  "Ampat puluh urang nang baisi kitab tuha di Amuntai baajar cara marawat naskah. Jangan dijamur, jangan dilakban, jangan dilaminasi! Dibari kutak gasan manyimpan jua. Bulan Disember kaina urang dinas mailangi ka rumah.",
  ("Isuk ada panyuluhan marawat kitab tuha di perpustakaan Amuntai, nang diundang ampat puluh urang. Abah ulun umpat jua 😁", 18),
  [("hsu", "Aula Perpustakaan Daerah Amuntai pagi ini ramai lomba mewarnai anak TK se-Amuntai Tengah.", 3.0,
    "same hall, another event"),
   ("hsu", "Dinas Perpustakaan dan Arsip HSU juga menyerahkan 300 buku bacaan untuk taman baca di Sungai Pandan.", 1.0,
    "same office, another programme (books)"),
   ("hsu", "Kunjungan dinas ke rumah pemilik naskah di Babirik sudah mulai, rumah Guru Anang yang pertama didatangi.", 17.0,
    "the December follow-up visit, a later step"),
  ])

# ---------------- F3 lamut ----------------
A("a07", "disbudpar-kalsel", "11-05 13:15", "24-pemuda-ikuti-pelatihan-palamutan-di-taman-budaya",
  "24 Pemuda Ikuti Pelatihan Palamutan di Taman Budaya Kalsel",
  """
BANJARMASIN – Dinas Kebudayaan dan Pariwisata Provinsi Kalimantan Selatan menggelar pelatihan palamutan (penutur lamut) bagi 24 pemuda di Taman Budaya Kalimantan Selatan, {D:11-05}. Pelatihan berlangsung lima hari sampai 9 November 2026 dan dibimbing dua pelamut senior dari Banjarmasin dan Hulu Sungai Tengah.

Peserta berusia 17 sampai 30 tahun, berasal dari sembilan kabupaten/kota. Mereka belajar menabuh terbang, menghafal alur cerita Lamut, serta membawakan pantun pembuka. “Pelamut kita tinggal sedikit dan sudah sepuh semua. Kalau tidak sekarang, lamut bisa hilang,” kata Kabid Kebudayaan Disbudpar Kalsel, Ir. H. Mukhlis Hadi Wibowo.

Peserta terbaik akan tampil pada Malam Kesenian Banua akhir November. Disbudpar juga menyiapkan bantuan terbang bagi sanggar asal peserta. (disbudpar/ml)
""",
  "Disbudpar Kalsel latih 24 pemuda jadi pelamut di Taman Budaya, 5–9 Nov.",
  "Dua puluh empat pemuda (17–30 tahun) dari sembilan kabupaten/kota belajar jadi pelamut di Taman Budaya Kalsel 5–9 November: menabuh terbang, menghafal cerita Lamut, pantun pembuka. Dibimbing dua pelamut senior. Yang terbaik tampil di Malam Kesenian Banua akhir November, sanggar asal peserta dapat bantuan terbang.",
  "Bagus banar nah, ada dua puluh ampat anak muda baajar balamut di Taman Budaya 🥁 Limahari, sampai tanggal 9. Nang pintar kaina tampil di Malam Kesenian Banua. Amun kada dilajari wayahini, lamut kawa hilang, ujar urang dinas.",
  ("Ulun dapat undangan pelatihan lamut di Taman Budaya mulai isuk. Doakan lah dangsanak, baru partama mahadapi terbang 😅", 16),
  [("bjm", "Taman Budaya Kalsel malam ini menggelar pentas teater modern kelompok mahasiswa. Tiket masuk gratis.", 2.3,
    "same venue, another event"),
   ("hst", "Pelamut sepuh Barabai, Kai Aspul, tampil di acara hajatan warga Birayang semalam. Warga bertahan sampai subuh.", 7.0,
    "an elder's own performance at a wedding"),
   (None, "Pelatihan palamutan 2025 dulu diikuti 15 orang dan hanya dua yang masih aktif tampil.", -2.0,
    "last year's edition (15 participants)"),
  ])

A("a08", "pemkab-hst", "11-13 16:00", "pelatihan-lamut-provinsi-berlanjut-di-barabai",
  "Pelatihan Lamut Provinsi Berlanjut di Barabai untuk 18 Pelajar",
  """
BARABAI – Program pelatihan palamutan Dinas Kebudayaan dan Pariwisata Provinsi Kalimantan Selatan berlanjut di Kabupaten Hulu Sungai Tengah, {D:11-13}. Kali ini 18 pelajar SMA dan MA dari Barabai, Batang Alai Selatan dan Pandawan berlatih di Pendopo Murakata selama tiga hari.

Bupati Hulu Sungai Tengah melalui Asisten Administrasi Umum, H. Riduan Fahmi, membuka pelatihan dan menyebut Barabai sebagai salah satu kampung pelamut. “Dulu hampir setiap kampung di HST punya pelamut. Kami ingin anak-anak muda yang meneruskan,” ujarnya.

Pada hari terakhir, Minggu 15 November, para peserta tampil bergantian di halaman pendopo dan disaksikan orang tua. Disdikbud HST akan memasukkan lamut ke ekstrakurikuler seni di tiga sekolah. (mc-hst/rz)
""",
  "Pelatihan lamut provinsi di Pendopo Murakata Barabai, 18 pelajar, 13–15 Nov.",
  None,
  "Dilanjutakan di Barabai pelatihan lamut matan provinsi, walas dalapan pelajar SMA wan MA baajar di Pendopo Murakata talu hari. Minggu 15 Nopember bubuhannya tampil di halaman pendopo, kuitan dibawai.",
  None,
  [("hst", "Pendopo Murakata Barabai akhir pekan ini dipakai untuk pelantikan pengurus KONI HST.", 1.1,
    "same venue two days later, another event"),
   ("hst", "Sanggar di Pandawan membuka latihan madihin setiap Jumat sore, gratis untuk pelajar.", 4.0,
    "a village group's madihin class, not the lamut training"),
   ("hst", "Mulai semester depan SMAN 1 Barabai membuka ekskul tari Japin, pendaftaran di ruang OSIS.", 10.0,
    "another art in the same school's extracurricular"),
  ])

A("a09", "pemkot-banjarmasin", "11-21 10:00", "malam-balamut-di-siring-menara-pandang",
  "Malam Balamut di Siring Menara Pandang, Tiga Pelamut Tampil Bergantian",
  """
BANJARMASIN – Pemerintah Kota Banjarmasin melalui Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata menggelar Malam Balamut di Siring Menara Pandang, {D:11-21}. Tiga pelamut tampil bergantian mulai pukul 20.00 Wita, dua di antaranya pelamut muda lulusan pelatihan provinsi awal November.

“Lamut itu hiburan sekaligus nasihat. Kami ingin warga kota, terutama anak muda, mendengarnya langsung di ruang terbuka,” kata Kepala Disbudporapar Banjarmasin, Hj. Fitriah Ramadhani. Acara terbuka untuk umum dan disiarkan langsung melalui kanal YouTube Pemkot.

Malam Balamut direncanakan menjadi agenda bulanan di siring. Edisi berikutnya dijadwalkan 19 Desember 2026 dengan pelamut dari Kabupaten Banjar. (diskominfotik-bjm/rn)
""",
  "Malam Balamut di Siring Menara Pandang, Sabtu 21/11 pukul 20.00, tiga pelamut.",
  "Sabtu malam 21 November ada Malam Balamut di Siring Menara Pandang Banjarmasin, mulai 20.00 Wita. Tiga pelamut tampil, dua di antaranya pelamut muda lulusan pelatihan provinsi awal bulan. Gratis dan disiarkan langsung di YouTube Pemkot. Rencananya jadi agenda bulanan; berikutnya 19 Desember dengan pelamut dari Kabupaten Banjar.",
  "Malam minggu ka siring lah, ada urang balamut jam dalapan malam 🎶 Talu urang pelamut, dua masih anum. Amun kada kawa datang, ada siaran langsung di YouTube Pemkot. Bulan dudi tanggal 19 Disember ada pulang.",
  ("Malam minggu ini kabarnya ada balamut di siring, betul kah? Ulun dengar dari urang pasar.", 40),
  [("bjm", "Siring Menara Pandang malam ini ramai pasar wadai dan lomba perahu hias anak-anak.", 6.0,
    "same venue, another event a week later"),
   ("bjm", "Malam Balamut edisi Desember diundur ke 9 Januari 2027 karena siring dipakai acara tahun baru, kata panitia.", 12.0,
    "a later step with its own news (the next edition postponed), not the 21 November evening"),
   ("bjm", "Siaran langsung YouTube Pemkot Banjarmasin sore ini: rapat paripurna HUT kota.", 0.4,
    "same channel, another broadcast"),
  ])

# ---------------- F4 wayang kulit Banjar ----------------
A("a10", "disbudpar-kalsel", "11-02 09:30", "lomba-dalang-muda-wayang-kulit-banjar-dibuka",
  "Lomba Dalang Muda Wayang Kulit Banjar Dibuka, Pendaftaran Sampai 18 November",
  """
BANJARMASIN – Dinas Kebudayaan dan Pariwisata Provinsi Kalimantan Selatan membuka Lomba Dalang Muda Wayang Kulit Banjar 2026, {D:11-02}. Lomba terbuka bagi dalang berusia 13 sampai 25 tahun dengan pendaftaran sampai 18 November 2026 melalui sanggar atau dinas kebudayaan kabupaten/kota.

Setiap peserta membawakan lakon pendek 30 menit dengan iringan gamelan Banjar. Final digelar di Taman Budaya pada 24 November dan dinilai tiga juri. “Dalang wayang kulit Banjar sekarang bisa dihitung dengan jari. Lomba ini untuk mencari bibit baru,” ujar Kepala Disbudpar Kalsel, Drs. H. Gusti Rahmat Syarif.

Total hadiah Rp25 juta disiapkan bagi enam pemenang. Sanggar pengirim peserta juga mendapat bantuan satu set wayang kulit. (disbudpar/ml)
""",
  "Lomba Dalang Muda Wayang Kulit Banjar dibuka, usia 13–25, daftar sampai 18 Nov.",
  None,
  "Nang anum-anum nang rancak mawayang, ayu bauntung! Lomba dalang muda wayang kulit Banjar dibuka, umur 13 sampai 25, daftar sampai 18 Nopember lewat sanggar. Final tanggal 24 di Taman Budaya, hadiahnya dua puluh lima juta.",
  None,
  [(None, "Juara Lomba Dalang Muda 2025 dari Tapin tampil lagi di acara peresmian balai desa, penontonnya tumpah ruah.", 3.0,
    "last year's winner at another event"),
   ("bjm", "Pagelaran wayang kulit Banjar semalam suntuk di Kampung Kuin malam Jumat kemarin, lakon Sumantri Ngenger.", 5.0,
    "a village performance, not the contest"),
   (None, "Disbudpar Kalsel juga membuka pendaftaran lomba lukis tradisional pelajar, batasnya akhir bulan.", 0.8,
    "same office, another contest"),
  ])

A("a11", "disbudpar-kalsel", "11-24 21:10", "dalang-muda-asal-tapin-juara-lomba-wayang-kulit-banjar",
  "Dalang Muda Asal Tapin Juarai Lomba Wayang Kulit Banjar 2026",
  """
BANJARMASIN – Final Lomba Dalang Muda Wayang Kulit Banjar 2026 berlangsung di Taman Budaya Kalimantan Selatan, {D:11-24}. Dari 19 pendaftar, sembilan finalis tampil. Juara pertama diraih Muhammad Rizky Ananda (17) dari Sanggar Dalang Bahalap, Kabupaten Tapin, dengan lakon Gatutkaca Lahir.

Juara kedua Ahmad Nafis (21) dari Kabupaten Hulu Sungai Selatan dan juara ketiga Siti Aulia Rahma (15) dari Kota Banjarmasin, satu-satunya dalang perempuan di final. “Kami kaget sekaligus gembira, ada dalang perempuan berusia 15 tahun yang sangat menguasai gamelan,” kata ketua dewan juri, Prof. Dr. H. Arsyad Mahlan.

Para juara akan tampil di Hari Jadi Provinsi Kalsel 2027. Hadiah dan satu set wayang kulit diserahkan malam itu juga. (disbudpar/ml)
""",
  "Juara lomba dalang muda wayang kulit Banjar 2026: Rizky (Tapin), Nafis (HSS), Aulia (Banjarmasin).",
  "Hasil final Lomba Dalang Muda Wayang Kulit Banjar 2026 di Taman Budaya (24 November): dari 19 pendaftar, 9 finalis. Juara 1 Muhammad Rizky Ananda (17), Sanggar Dalang Bahalap Tapin, lakon Gatutkaca Lahir; juara 2 Ahmad Nafis (21) HSS; juara 3 Siti Aulia Rahma (15) Banjarmasin, satu-satunya dalang perempuan di final. Para juara tampil di Hari Jadi Provinsi 2027.",
  "Salamat gasan Rizky dalang anum matan Tapin, juara satu lomba dalang wayang kulit Banjar! 🏆 Juara dua Nafis urang Kandangan, juara talu Aulia umur lima walas tahun, binian saikung-ikungnya di final. Hebat banar!",
  ("Malam ini final lomba dalang muda di Taman Budaya, ada sembilan urang. Tapin dukung Rizky lah!", 5),
  [("tpn", "Sanggar Dalang Bahalap Tapin latihan rutin tiap malam Sabtu di Rantau, anak-anak SD juga ikut belajar memegang wayang.", 8.0,
    "the winner's sanggar at its routine practice"),
   (None, "Juara lomba dalang muda tahun 2025: Fahri dari Barabai. Apa kabarnya sekarang ya?", -1.0,
    "the 2025 winners, another edition"),
   ("hss", "Ahmad Nafis, dalang muda Kandangan, tampil di acara khitanan warga Angkinang akhir pekan ini.", 10.0,
    "the runner-up at a private event, not the contest result"),
  ])

A("a12", "pemkab-hss", "11-08 08:45", "pergelaran-wayang-kulit-semalam-suntuk-hari-jadi-hss",
  "Pergelaran Wayang Kulit Semalam Suntuk Meriahkan Hari Jadi HSS",
  """
KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan menggelar pergelaran wayang kulit Banjar semalam suntuk di Lapangan 5 Desember Kandangan, {D:11-08}. Pergelaran ini menjadi bagian rangkaian Hari Jadi ke-76 Kabupaten HSS dan menampilkan dalang senior H. Bahrul Ilmi dengan lakon Semar Mencari Wahyu.

Sekretaris Daerah HSS, H. Muhammad Noor Arifin, mengatakan pemkab sengaja menghadirkan kesenian tradisi di tengah kota. “Penontonnya diharapkan tidak hanya orang tua. Kami sediakan tikar dan teh gratis supaya anak muda betah menonton,” katanya.

Pergelaran dimulai pukul 21.00 Wita setelah pembukaan oleh Bupati. Pemkab HSS meminta warga yang membawa kendaraan memarkir di halaman Masjid Taqwa. (diskominfo-hss/ab)
""",
  "Wayang kulit semalam suntuk Hari Jadi HSS, Minggu 8/11 malam di Lapangan 5 Desember Kandangan.",
  "Hari Jadi ke-76 HSS dimeriahkan wayang kulit Banjar semalam suntuk di Lapangan 5 Desember Kandangan, Minggu 8 November mulai 21.00 Wita. Dalang H. Bahrul Ilmi membawakan Semar Mencari Wahyu. Disediakan tikar dan teh gratis, parkir di halaman Masjid Taqwa.",
  "Ayu urang Kandangan, malam ini ada wayang kulit sampai subuh di lapangan 5 Desember 🌙 Dalangnya Haji Bahrul. Tikar wan teh dibari pamkab, kada usah bawa. Motor parkir di masjid Taqwa lah.",
  None,
  [("hss", "Lapangan 5 Desember Kandangan pagi ini dipakai jalan sehat Hari Jadi HSS, ribuan warga ikut.", 0.1,
    "same venue and anniversary, another event (jalan sehat) the same morning"),
   ("hss", "Tahun lalu wayang kulit Hari Jadi HSS dibawakan dalang dari Tapin, lakon Bima Suci.", -6.0,
    "last year's performance"),
   ("hss", "Sekda HSS H. Muhammad Noor Arifin hari ini meninjau pasar Kandangan bersama tim TPID.", 1.0,
    "same official, another activity"),
  ])

# ---------------- F5 tenun Pagatan / ATBM ----------------
A("a13", "disperindag-kalsel", "11-06 10:30", "disperindag-kalsel-serahkan-60-alat-tenun-bukan-mesin",
  "Disperindag Kalsel Serahkan 60 Alat Tenun Bukan Mesin kepada Perajin",
  """
BANJARBARU – Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Selatan menyerahkan 60 unit alat tenun bukan mesin (ATBM) kepada perajin tenun di tiga kabupaten, {D:11-06}. Sebanyak 25 unit untuk Tanah Bumbu, 20 unit untuk Kotabaru dan 15 unit untuk Hulu Sungai Utara.

Kepala Disperindag Kalsel, Ir. Hj. Sri Wahyuni Maulida, mengatakan alat lama milik perajin banyak yang sudah lapuk. “Tenun Pagatan dan tenun pesisir kita punya pasar, tetapi perajin bekerja dengan alat yang sudah berumur puluhan tahun,” ujarnya di Gedung Idham Chalid.

Penyerahan di kabupaten dilakukan masing-masing dinas perindustrian mulai pekan depan. Disperindag juga menyiapkan pelatihan motif bagi 30 perajin muda pada Desember 2026. (disperindag/sw)
""",
  "Disperindag Kalsel serahkan 60 ATBM: Tanbu 25, Kotabaru 20, HSU 15.",
  "Perajin tenun di tiga kabupaten dapat 60 alat tenun bukan mesin dari Disperindag Kalsel (diserahkan simbolis 6 November di Gedung Idham Chalid): Tanah Bumbu 25, Kotabaru 20, HSU 15. Penyerahan ke perajin lewat dinas kabupaten mulai pekan depan. Desember ada pelatihan motif untuk 30 perajin muda.",
  "Bubuhan panenun dapat alat tenun hanyar, anam puluh buting matan provinsi 🧵 Tanbu dua puluh lima, Kotabaru dua puluh, HSU lima walas. Alat bahari sudah lapuk jar. Bulan Disember ada pelatihan motif gasan panenun anum.",
  None,
  [(None, "Gedung Idham Chalid hari ini juga dipakai rapat koordinasi inflasi daerah bersama bupati/wali kota.", 0.2,
    "same venue, same day, another meeting"),
   (None, "Tahun 2025 Disperindag Kalsel membagikan 40 ATBM, sebagian besar ke perajin sasirangan.", -4.0,
    "last year's round (40 units)"),
   ("hsu", "Perajin tenun di Alabio mengeluh harga benang naik Rp5.000 per gulung sejak bulan lalu.", 2.5,
    "weavers' own price complaint, no handover"),
  ])

A("a14", "pemkab-tanah-bumbu", "11-12 11:20", "25-atbm-diserahkan-ke-perajin-tenun-pagatan",
  "25 Alat Tenun Diserahkan ke Perajin Tenun Pagatan di Kusan Hilir",
  """
BATULICIN – Pemerintah Kabupaten Tanah Bumbu melalui Dinas Perdagangan dan Perindustrian menyerahkan 25 unit alat tenun bukan mesin bantuan Provinsi Kalimantan Selatan kepada perajin tenun Pagatan, {D:11-12}. Penyerahan berlangsung di Balai Desa Pejala, Kecamatan Kusan Hilir, dan disaksikan pengurus Dekranasda.

Kepala Dinas Perdagangan dan Perindustrian Tanbu, H. Andi Syamsul Bahri, berharap produksi kain tenun Pagatan naik. “Satu perajin biasanya menyelesaikan dua lembar sarung sebulan. Dengan alat baru kami harap bisa tiga lembar,” katanya.

Penerima terdiri dari 19 perajin di Pejala dan 6 perajin di Pasar Baru. Dinas akan mendampingi perajin memasarkan kain melalui galeri Dekranasda di Batulicin. (diskominfo-tanbu/as)
""",
  "25 ATBM bantuan provinsi diserahkan ke perajin tenun Pagatan di Balai Desa Pejala, Kamis 12/11.",
  "Kamis 12 November di Balai Desa Pejala (Kusan Hilir), Pemkab Tanbu menyerahkan 25 alat tenun bukan mesin bantuan Provinsi Kalsel: 19 perajin Pejala, 6 perajin Pasar Baru. Harapannya produksi naik dari dua jadi tiga lembar sarung sebulan. Pemasaran lewat galeri Dekranasda Batulicin.",
  "Alhamdulillah, panenun Pagatan di Pejala wan Pasar Baru dapat alat tenun hanyar dua puluh lima buting. Amun dahulu sabulan dua lambar sarung, mudahan wayahini kawa talu lambar 🙏",
  ("Besok ada penyerahan alat tenun di balai desa, ibu-ibu penenun diminta hadir jam 9.", 22),
  [("tbu", "Balai Desa Pejala minggu ini juga menjadi tempat posyandu lansia, pesertanya 48 orang.", 3.0,
    "same hall, another activity"),
   ("tbu", "Kain tenun Pagatan dipakai seragam pegawai Pemkab Tanbu setiap Kamis mulai bulan depan.", 6.0,
    "a uniform policy, not the loom handover"),
   ("ktb", "Dinas Perindustrian Kotabaru menyerahkan 20 ATBM kepada perajin di Pulau Laut Utara pekan depan.", 4.0,
    "another kabupaten's share (Kotabaru 20 units)"),
  ])

A("a15", "pemkab-kotabaru", "11-19 09:15", "pelatihan-tenun-15-perajin-muda-pulau-laut-utara",
  "15 Perajin Muda Pulau Laut Utara Ikuti Pelatihan Tenun Motif Pesisir",
  """
KOTABARU – Dinas Koperasi, UKM dan Perindustrian Kabupaten Kotabaru membuka pelatihan tenun motif pesisir bagi 15 perajin muda di Kelurahan Dirgahayu, Kecamatan Pulau Laut Utara, {D:11-19}. Pelatihan berlangsung sepuluh hari dengan anggaran daerah dan memakai alat tenun yang baru diterima dari provinsi.

Instruktur dari Pagatan mengajarkan motif ikan todak, layar perahu dan ombak yang dirancang khusus untuk Kotabaru. “Kami ingin Kotabaru punya kain khas sendiri yang bisa dijual ke wisatawan Siring Laut,” kata Kepala Diskopumperin Kotabaru, Hj. Rahmawati Saleh.

Hasil kain peserta akan dipamerkan pada Festival Siring Laut Desember mendatang. Peserta yang lulus mendapat bantuan benang untuk tiga bulan. (kominfo-ktb/rs)
""",
  "Pelatihan tenun motif pesisir 15 perajin muda di Dirgahayu, Kotabaru, mulai 19/11.",
  None,
  "Lima walas anak anum di Dirgahayu baajar manenun motif pesisir, ada motif iwak todak, layar parahu, ombak 🌊 Sapuluh hari baajar. Kainnya kaina dipamerakan di Festival Siring Laut bulan Disember.",
  None,
  [("ktb", "Festival Siring Laut Kotabaru Desember nanti juga menampilkan lomba perahu hias antar kelurahan.", 2.0,
    "the later festival, another item"),
   ("ktb", "Diskopumperin Kotabaru menggelar pelatihan pembukuan sederhana bagi 30 UMKM di Stagen hari ini.", 0.3,
    "same office, same day, another training"),
   ("ktb", "Kelurahan Dirgahayu gotong royong membersihkan saluran air di RT 7 Sabtu pagi.", 2.5,
    "same village, another activity"),
  ])

# ---------------- F6 lampit rotan ----------------
A("a16", "dekranasda-kalsel", "11-03 14:40", "dekranasda-kalsel-kurasi-lampit-rotan-untuk-pameran-jakarta",
  "Dekranasda Kalsel Kurasi Lampit Rotan untuk Pameran Kriya di Jakarta",
  """
BANJARBARU – Dewan Kerajinan Nasional Daerah Provinsi Kalimantan Selatan membuka kurasi lampit rotan untuk pameran kriya nasional di Jakarta Maret 2027, {D:11-03}. Perajin dapat mengirim contoh lampit sampai 13 November 2026 ke sekretariat Dekranasda atau melalui Dekranasda kabupaten.

Penilaian meliputi kerapian anyaman, kehalusan bilah rotan, motif dan kemasan. “Lampit Amuntai dulu terkenal sampai Jepang. Kami mau menunjukkan bahwa kualitasnya masih ada,” kata Ketua Harian Dekranasda Kalsel, Hj. Raudatul Jannah Basri.

Dekranasda menyiapkan slot untuk paling banyak 15 perajin. Hasil kurasi diumumkan pekan keempat November dan perajin yang lolos mendapat biaya pengiriman barang. (dekranasda/rj)
""",
  "Dekranasda Kalsel kurasi lampit rotan untuk pameran Jakarta, kirim contoh sampai 13 Nov.",
  "Dekranasda Kalsel membuka kurasi lampit rotan untuk pameran kriya nasional di Jakarta (Maret 2027). Contoh lampit dikirim sampai 13 November ke sekretariat atau lewat Dekranasda kabupaten. Dinilai: kerapian anyaman, kehalusan bilah, motif, kemasan. Maksimal 15 perajin; hasil diumumkan pekan keempat November, yang lolos dapat biaya kirim barang.",
  "Bubuhan pambuat lampit, ayu kirim contoh ka Dekranasda sampai 13 Nopember! Nang lulus kaina dibawa ka pameran Jakarta, ongkos kirim ditanggung. Lampit Amuntai bahari tasohor sampai ka Japang jar.",
  None,
  [("hsu", "Harga rotan mentah di Amuntai naik, perajin lampit di Palampitan mengurangi produksi bulan ini.", 4.0,
    "raw material price news, not the curation"),
   (None, "Dekranasda Kalsel pekan lalu mengadakan lomba desain motif sasirangan untuk pelajar SMK.", -5.0,
    "same body, earlier contest"),
   (None, "Pameran kriya nasional 2026 di Jakarta kemarin diikuti 9 perajin Kalsel, dua di antaranya perajin lampit.", -2.0,
    "the previous year's exhibition"),
  ])

A("a17", "pemkab-hsu", "11-09 09:00", "30-perajin-lampit-amuntai-ikuti-pelatihan-desain",
  "30 Perajin Lampit Amuntai Ikuti Pelatihan Desain dan Pewarnaan Alami",
  """
AMUNTAI – Dinas Perdagangan dan Perindustrian Kabupaten Hulu Sungai Utara menggelar pelatihan desain dan pewarnaan alami bagi 30 perajin lampit rotan di Kelurahan Palampitan Hulu, Kecamatan Amuntai Tengah, {D:11-09}. Pelatihan empat hari ini dibiayai APBD HSU 2026.

Peserta belajar membuat motif baru dan mewarnai rotan dengan kulit kayu ulin dan daun jati. “Pembeli luar negeri sekarang mencari warna alami. Jangan sampai perajin kita tertinggal,” ujar Kepala Disdagperin HSU, Ir. H. Zainal Abidin Rasyid.

Pelatihan ditutup 12 November dengan penilaian hasil karya. Tiga karya terbaik akan diikutkan dalam kurasi Dekranasda Kalsel untuk pameran di Jakarta. (diskominfo-hsu/fa)
""",
  "Pelatihan desain & pewarnaan alami untuk 30 perajin lampit di Palampitan Hulu, 9–12 Nov.",
  "Tiga puluh perajin lampit rotan di Palampitan Hulu, Amuntai Tengah, ikut pelatihan desain dan pewarnaan alami 9–12 November (APBD HSU). Rotan diwarnai dengan kulit kayu ulin dan daun jati, karena pembeli luar negeri mencari warna alami. Tiga karya terbaik diikutkan kurasi Dekranasda Kalsel.",
  "Talu puluh urang pambuat lampit di Palampitan Hulu baajar maulah motif hanyar wan mawarna rotan pakai kulit ulin, daun jati. Ampat hari. Nang talu tabagus kaina dikirim ka kurasi Dekranasda gasan pameran Jakarta.",
  ("Hari Senin ada pelatihan lampit di kelurahan, yang sudah daftar jangan lupa bawa rotan sendiri sedikit.", 26),
  [("hsu", "Kelurahan Palampitan Hulu pagi ini menggelar lomba kebersihan antar RT menyambut hari jadi kabupaten.", 1.0,
    "same kelurahan, another activity"),
   ("hsu", "Pelatihan perajin lampit 2025 dulu di Sungai Malang diikuti 20 orang, fokusnya pemasaran online.", -3.0,
    "last year's training (20 people, marketing)"),
   ("blg", "Perajin anyaman bamban di Awayan ikut pelatihan pewarnaan alami dari Disperindag Balangan.", 5.0,
    "another kabupaten's training, another material"),
  ])

A("a18", "dekranasda-kalsel", "11-23 13:00", "14-perajin-lolos-kurasi-lampit-rotan-dekranasda",
  "14 Perajin Lolos Kurasi Lampit Rotan Dekranasda Kalsel",
  """
BANJARBARU – Dekranasda Provinsi Kalimantan Selatan mengumumkan hasil kurasi lampit rotan untuk pameran kriya nasional di Jakarta, {D:11-23}. Dari 37 contoh lampit yang masuk, 14 perajin dinyatakan lolos: sembilan dari Hulu Sungai Utara, tiga dari Hulu Sungai Tengah dan dua dari Tabalong.

“Ada lampit pewarnaan alami dari peserta pelatihan di Amuntai yang nilainya paling tinggi. Itu kejutan yang menyenangkan,” kata Ketua Tim Kurasi, Dr. Hendra Kusuma Wardhana. Penilaian dilakukan 17–20 November oleh tiga kurator.

Perajin yang lolos diminta menyiapkan 20 lembar lampit masing-masing sebelum Februari 2027. Dekranasda menanggung biaya pengiriman ke Jakarta. (dekranasda/rj)
""",
  "14 perajin lolos kurasi lampit Dekranasda: HSU 9, HST 3, Tabalong 2.",
  None,
  "Salamat gasan ampat walas pambuat lampit nang lulus kurasi Dekranasda 👏 Sanga matan HSU, talu HST, dua Tabalong. Lampit warna alami matan Amuntai nang paling tinggi nilainya. Masing-masing harus maulah dua puluh lambar sabalum Pebruari.",
  None,
  [("hsu", "Kampung lampit Palampitan kedatangan rombongan studi banding dari Kabupaten Tapin hari ini.", 3.0,
    "a study visit, not the curation result"),
   (None, "Hasil kurasi pameran kriya 2025: 9 perajin Kalsel lolos. Tahun ini katanya lebih banyak.", -0.5,
    "last year's result, posted before"),
   ("tbl", "Perajin anyaman dari Haruai lolos kurasi produk untuk gerai bandara Syamsudin Noor.", 5.0,
    "another curation (airport shop), other product"),
  ])

# ---------------- F7 pandai besi ----------------
A("a19", "disperindag-kalsel", "11-05 09:20", "40-ikm-pandai-besi-terima-bantuan-alat-tempa",
  "40 IKM Pandai Besi Terima Bantuan Alat Tempa dan Gerinda",
  """
BANJARBARU – Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Selatan menyalurkan bantuan peralatan kepada 40 industri kecil menengah (IKM) pandai besi, {D:11-05}. Setiap IKM menerima satu paket berisi landasan tempa, blower listrik dan mesin gerinda duduk senilai sekitar Rp8,5 juta.

Penerima tersebar di Hulu Sungai Selatan (18 IKM), Balangan (12 IKM) dan Kabupaten Banjar (10 IKM). “Parang, pisau dan alat pertanian buatan pandai besi kita masih dipakai petani se-Kalimantan. Alatnya yang perlu diperbarui,” kata Kabid Industri Agro dan Logam Disperindag Kalsel, Agus Salim Hidayatullah.

Penyerahan di kabupaten dijadwalkan 9 sampai 20 November. Disperindag juga akan memfasilitasi sertifikasi SNI untuk cangkul produksi IKM pada 2027. (disperindag/ag)
""",
  "40 IKM pandai besi (HSS 18, Balangan 12, Banjar 10) dapat paket alat tempa Rp8,5 juta.",
  "Disperindag Kalsel memberi bantuan alat ke 40 IKM pandai besi: landasan tempa, blower listrik dan gerinda duduk, sekitar Rp8,5 juta per paket. HSS 18 IKM, Balangan 12, Banjar 10. Penyerahan di kabupaten 9–20 November; tahun 2027 ada fasilitasi SNI untuk cangkul.",
  "Pandai basi di banua dapat bantuan alat, landasan, blower listrik wan garinda 🔨 Ampat puluh IKM, HSS paling banyak walas dalapan. Parang buatan urang kita masih dipakai patani sa-Kalimantan, ujar urang dinas.",
  None,
  [(None, "Disperindag Kalsel hari ini juga menggelar pasar murah di halaman kantor, antrean sampai ke jalan.", 0.1,
    "same office, same day, another event"),
   ("hss", "Pandai besi di Negara kebanjiran pesanan parang menjelang musim tanam, sehari bisa 30 bilah.", 2.0,
    "smiths' own business, not the aid"),
   (None, "2025 lalu bantuan alat IKM logam hanya untuk 15 penerima di HSS.", -1.0,
    "last year's aid (15 recipients)"),
  ])

A("a20", "pemkab-hss", "11-11 10:00", "18-pandai-besi-daha-utara-terima-alat-tempa-provinsi",
  "18 Pandai Besi Daha Utara Terima Alat Tempa Bantuan Provinsi",
  """
KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan menyerahkan bantuan alat tempa dari Provinsi Kalimantan Selatan kepada 18 pandai besi di Kecamatan Daha Utara, {D:11-11}. Penyerahan berlangsung di Kantor Camat Daha Utara dan dihadiri Kepala Disperindag HSS, H. Rusmadi Yusran.

Rusmadi meminta penerima tidak menjual alat bantuan. “Alat ini untuk meningkatkan produksi. Kalau dijual, tahun depan desanya tidak kami usulkan lagi,” tegasnya. Sebagian besar penerima membuat parang, pisau dapur dan cangkul yang dipasarkan ke Kalimantan Tengah.

Petugas dinas akan memantau pemakaian alat setiap bulan. Pandai besi yang belum kebagian dapat mendaftar untuk bantuan APBD HSS tahun 2027 di kantor desa masing-masing. (diskominfo-hss/ab)
""",
  "18 pandai besi Daha Utara terima alat tempa bantuan provinsi, Rabu 11/11 di kantor camat.",
  None,
  "Walas dalapan pandai basi di Daha Utara dapat alat tempa matan provinsi. Jangan dijual lah, amun dijual tahun dudi kada diusulakan pulang, ujar Kadis. Nang balum kabagian mandaftar ka kantor desa gasan tahun 2027.",
  ("Kabarnya alat tempa bantuan provinsi sudah datang di kantor camat, kapan dibagi ya?", 28),
  [("hss", "Kantor Camat Daha Utara hari ini melayani perekaman KTP-el keliling untuk warga lansia.", 2.0,
    "same venue, another service"),
   ("hss", "Pandai besi di Daha Selatan mengikuti pelatihan K3 bengkel dari BLK Kandangan pekan ini.", 6.0,
    "another kecamatan, another programme"),
   ("blg", "Penyerahan alat tempa untuk 12 pandai besi Balangan dijadwalkan minggu depan di Awayan.", 1.0,
    "Balangan's share, another kabupaten"),
  ])

A("a21", "pemkab-balangan", "11-20 14:00", "12-pandai-besi-awayan-dilatih-membuat-alat-pertanian-modern",
  "12 Pandai Besi Awayan Dilatih Membuat Alat Pertanian Modern",
  """
PARINGIN – Dinas Perdagangan, Koperasi dan UKM Kabupaten Balangan melatih 12 pandai besi di Kecamatan Awayan membuat alat pertanian modern, {D:11-20}. Pelatihan tiga hari di Balai Latihan Kerja Paringin itu memakai dana APBD Balangan dan melengkapi bantuan alat tempa dari provinsi yang diterima pekan lalu.

Peserta belajar menempa sabit bergerigi, cangkul ringan dan alat penyiang padi. “Petani sekarang minta alat yang ringan dan tahan karat. Pandai besi kita harus mengikuti,” kata Kepala Dinas, Hj. Nor Laila Sari. Instruktur didatangkan dari balai industri logam di Jawa Timur.

Hasil pelatihan akan diuji coba oleh kelompok tani di Desa Awayan pada musim tanam Desember. Dinas juga mencarikan pembeli dari toko pertanian di Paringin. (diskominfo-blg/ns)
""",
  "12 pandai besi Awayan dilatih bikin alat pertanian modern di BLK Paringin, mulai 20/11.",
  "Dua belas pandai besi dari Awayan dilatih tiga hari di BLK Paringin (APBD Balangan) membuat sabit bergerigi, cangkul ringan dan penyiang padi, melengkapi bantuan alat tempa provinsi pekan lalu. Instruktur dari balai industri logam Jawa Timur. Hasilnya diuji kelompok tani Awayan musim tanam Desember.",
  "Pandai basi Awayan baajar maulah parang wan cangkul nang ringan, kada lakas karatan. Talu hari di BLK Paringin. Kaina dicuba bubuhan patani Awayan pas musim tanam Disember.",
  None,
  [("blg", "BLK Paringin membuka pendaftaran pelatihan las listrik angkatan 3, kuota 16 orang.", 1.5,
    "same BLK, another course"),
   ("blg", "Kelompok tani Desa Awayan mulai menyemai benih padi untuk musim tanam Desember.", 4.0,
    "same village and season, farming news"),
   ("blg", "Penyerahan alat tempa bantuan provinsi untuk 12 pandai besi Balangan, Kamis kemarin di Awayan.", -6.0,
    "the earlier handover step (provincial aid)"),
  ])

# ---------------- F8 lagu Banjar ----------------
A("a22", "disbudpar-kalsel", "11-02 15:00", "lomba-cipta-lagu-banjar-diperpanjang-sampai-12-november",
  "Lomba Cipta Lagu Banjar Diperpanjang sampai 12 November",
  """
BANJARMASIN – Dinas Kebudayaan dan Pariwisata Provinsi Kalimantan Selatan memperpanjang pendaftaran Lomba Cipta Lagu Banjar 2026 sampai 12 November, {D:11-02}. Hingga batas awal 31 Oktober tercatat 71 lagu masuk dari 11 kabupaten/kota.

Lagu harus berbahasa Banjar, belum pernah dipublikasikan dan berdurasi paling lama lima menit. “Kami ingin lagu Banjar baru yang bisa dinyanyikan anak muda, bukan hanya lagu lama yang diulang-ulang,” ujar Kabid Pengembangan Ekonomi Kreatif Disbudpar Kalsel, Rina Mardiyanti Saputri.

Sepuluh lagu terbaik akan direkam secara profesional dan diumumkan pada 20 November 2026. Total hadiah mencapai Rp40 juta. (disbudpar/ml)
""",
  "Lomba Cipta Lagu Banjar diperpanjang sampai 12 Nov; 71 lagu sudah masuk.",
  None,
  "Nang rancak bapantun wan manyanyi, lomba cipta lagu Banjar diperpanjang sampai 12 Nopember 🎵 Lagu musti bahasa Banjar, hanyar, paling lawas lima menit. Sudah tujuh puluh satu lagu nang masuk. Hadiahnya ampat puluh juta!",
  None,
  [(None, "Lagu 'Paris Barantai' dinyanyikan ulang oleh pelajar SMAN 2 Banjarbaru dan videonya viral di media sosial.", 3.0,
    "an old song covered, not the contest"),
   (None, "Pemenang Lomba Cipta Lagu Banjar 2025, lagu 'Jukung Acil', kini sering diputar di radio.", 5.0,
    "last year's winner"),
   ("bjm", "Lomba karaoke lagu Banjar antar RT di Kelayan, pendaftaran di rumah Pak RT sampai Jumat.", 1.5,
    "a neighbourhood karaoke contest"),
  ])

A("a23", "disbudpar-kalsel", "11-20 20:30", "sepuluh-lagu-terbaik-lomba-cipta-lagu-banjar-2026",
  "Ini Sepuluh Lagu Terbaik Lomba Cipta Lagu Banjar 2026",
  """
BANJARMASIN – Disbudpar Provinsi Kalimantan Selatan mengumumkan sepuluh lagu terbaik Lomba Cipta Lagu Banjar 2026, {D:11-20}. Dari 96 lagu yang masuk, juara pertama diraih lagu “Hujan di Martapura” ciptaan Akhmad Zaini Fikri dari Kabupaten Banjar.

Juara kedua “Acil Pasar Lima” karya Nurul Aini Safitri (Banjarmasin) dan juara ketiga “Batang Alai” karya Rahmadi Hidayat (Hulu Sungai Tengah). “Liriknya segar dan bahasa Banjarnya terjaga. Ada lagu yang memakai istilah Banjar Hulu yang sudah jarang terdengar,” kata ketua juri, Drs. Syamsul Bahri Noor.

Sepuluh lagu tersebut akan direkam di studio pada Desember dan dirilis dalam satu album digital pada Januari 2027. Penyerahan hadiah dilakukan pada Malam Kesenian Banua 28 November. (disbudpar/ml)
""",
  "Juara Lomba Cipta Lagu Banjar 2026: 'Hujan di Martapura' (Banjar); 96 lagu masuk.",
  "Hasil Lomba Cipta Lagu Banjar 2026: dari 96 lagu, juara 1 'Hujan di Martapura' (Akhmad Zaini Fikri, Kab. Banjar), juara 2 'Acil Pasar Lima' (Nurul Aini Safitri, Banjarmasin), juara 3 'Batang Alai' (Rahmadi Hidayat, HST). Sepuluh lagu terbaik direkam Desember dan dirilis album digital Januari 2027; hadiah diserahkan di Malam Kesenian Banua 28 November.",
  "Salamat gasan urang Martapura, lagu 'Hujan di Martapura' juara satu lomba cipta lagu Banjar! 🎶 Juara dua 'Acil Pasar Lima', juara talu 'Batang Alai'. Sapuluh lagu kaina dirakam, Januari ada albumnya. Kada sabar mandangar!",
  None,
  [("bnj", "Akhmad Zaini Fikri, pencipta lagu asal Martapura, tampil akustik di kafe Jalan Sukaramai malam ini.", 6.0,
    "the winner at a café gig, not the announcement"),
   (None, "Malam Kesenian Banua 28 November juga menampilkan tari Japin massal dan pembacaan syair.", 4.0,
    "the later evening, other items"),
   ("hst", "Lagu 'Batang Alai' versi lama tahun 1990-an ternyata juga ada, beda pencipta dan lirik.", 2.0,
    "another older song with the same name"),
  ])

A("a24", "pemkot-banjarbaru", "11-14 09:00", "lomba-nyanyi-lagu-banjar-pelajar-smp-se-banjarbaru",
  "Lomba Nyanyi Lagu Banjar Pelajar SMP se-Banjarbaru Diikuti 42 Peserta",
  """
BANJARBARU – Dinas Pendidikan Kota Banjarbaru menggelar Lomba Nyanyi Lagu Banjar bagi pelajar SMP di Aula Gawi Sabarataan, {D:11-14}. Sebanyak 42 peserta dari 18 sekolah negeri dan swasta membawakan satu lagu wajib “Ampar-Ampar Pisang” dan satu lagu pilihan.

Kepala Disdik Banjarbaru, Dra. Hj. Mariani Effendi, mengatakan lomba ini bagian dari muatan lokal bahasa Banjar. “Anak-anak sekarang lebih hafal lagu Korea. Lewat lomba ini mereka bangga menyanyikan lagu daerah,” katanya.

Tiga juara akan mewakili Banjarbaru pada pentas seni pelajar tingkat provinsi tahun depan. Penilaian meliputi vokal, penghayatan dan pelafalan bahasa Banjar. (humas-bjb/hr)
""",
  "Lomba nyanyi lagu Banjar 42 pelajar SMP Banjarbaru di Aula Gawi Sabarataan, Sabtu 14/11.",
  None,
  "Ampat puluh dua anak SMP Banjarbaru bakalahi manyanyi lagu Banjar 🎤 Lagu wajibnya 'Ampar-Ampar Pisang'. Bujur jua, wayahini kakanakan labih hapal lagu Korea pada lagu Banjar 😅",
  ("Besok pagi anak saya ikut lomba nyanyi lagu Banjar di Gawi Sabarataan, mohon doanya ya.", 14),
  [("bjb", "Aula Gawi Sabarataan hari ini dipakai pelantikan pengurus Dharma Wanita Banjarbaru.", 3.0,
    "same hall, another event"),
   ("bjb", "SMPN 4 Banjarbaru mengadakan lomba nyanyi internal untuk Hari Guru, lagunya bebas.", 9.0,
    "a school's own contest"),
   ("bjm", "Lomba nyanyi lagu Banjar pelajar SD se-Banjarmasin akan digelar bulan depan.", 2.0,
    "another city, another level"),
  ])

# ---------------- F9 bioskop keliling ----------------
A("a25", "disbudpar-kalsel", "11-04 16:30", "bioskop-keliling-putar-film-lokal-di-10-desa",
  "Bioskop Keliling Putar Film Karya Sineas Banua di 10 Desa",
  """
BANJARMASIN – Dinas Kebudayaan dan Pariwisata Provinsi Kalimantan Selatan menggelar Bioskop Keliling di 10 desa selama 6 sampai 27 November 2026, {D:11-04}. Film yang diputar adalah empat film pendek dan satu film panjang karya sineas Kalimantan Selatan, antara lain “Batang Banyu” dan “Urang Pahuluan”.

Pemutaran dilakukan malam hari di lapangan desa dengan layar berukuran 6 x 4 meter. “Sineas kita sudah bagus karyanya, tetapi jarang ditonton warga sendiri. Bioskop keliling membawa film ke kampung,” kata Kabid Ekonomi Kreatif Disbudpar Kalsel, Rina Mardiyanti Saputri.

Desa pertama adalah Desa Sungai Rangas Hambuku, Kabupaten Banjar, pada 6 November. Jadwal desa lain diumumkan lewat dinas pariwisata kabupaten/kota. Setiap pemutaran diawali diskusi singkat dengan sutradara. (disbudpar/ml)
""",
  "Bioskop Keliling Disbudpar Kalsel putar film sineas Banua di 10 desa, 6–27 Nov.",
  "Disbudpar Kalsel membawa film karya sineas Kalsel ke 10 desa lewat Bioskop Keliling, 6–27 November: empat film pendek dan satu film panjang (antara lain 'Batang Banyu' dan 'Urang Pahuluan'), diputar malam hari di lapangan desa dengan layar 6 x 4 meter dan diskusi dengan sutradara. Desa pertama Sungai Rangas Hambuku (Banjar), 6 November.",
  "Bioskop keliling datang ka kampung, dangsanak 🎬 Film buatan urang banua saurang, 'Batang Banyu' wan 'Urang Pahuluan'. Malam di lapangan, layar ganal. Sapuluh desa, mulai tanggal 6 di Sungai Rangas Hambuku.",
  None,
  [("bnj", "Nonton bareng final sepak bola di lapangan Desa Sungai Rangas semalam, layarnya pinjam dari kecamatan.", 3.0,
    "a football screening on the same field"),
   (None, "Film 'Batang Banyu' masuk nominasi festival film pendek di Yogyakarta, selamat untuk sutradaranya.", 7.0,
    "the same film, another event (nomination)"),
   (None, "Bioskop Keliling 2025 dulu hanya ke 6 desa dan filmnya film nasional, bukan film lokal.", -1.5,
    "last year's edition"),
  ])

A("a26", "pemkab-batola", "11-10 10:45", "bioskop-keliling-provinsi-hadir-di-marabahan-dan-rantau-badauh",
  "Bioskop Keliling Provinsi Hadir di Marabahan dan Rantau Badauh",
  """
MARABAHAN – Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata Kabupaten Barito Kuala menyambut program Bioskop Keliling Provinsi Kalimantan Selatan yang singgah di dua desa Batola, {D:11-13}. Pemutaran pertama di Lapangan Kelurahan Marabahan Kota, dilanjutkan Sabtu 14 November di Desa Sungai Gampa, Kecamatan Rantau Badauh.

Kepala Disporbudpar Batola, H. Muhammad Fauzi Akbar, mengajak warga membawa tikar dan keluarga. “Film yang diputar bercerita tentang sungai dan kehidupan orang Banjar. Cocok sekali dengan warga Batola yang hidup di tepi Barito,” ujarnya.

Pemutaran dimulai pukul 19.30 Wita setelah salat Isya. Pemkab menyiapkan petugas keamanan dan parkir di sekitar lapangan. (mc-batola/mf)
""",
  "Bioskop keliling provinsi di Marabahan Kota (Jumat 13/11) dan Sungai Gampa (Sabtu 14/11).",
  None,
  "Urang Marabahan, Jumat malam ada bioskop keliling di lapangan kelurahan, Sabtu di Sungai Gampa. Bawa tikar wan anak bini lah 😁 Filmnya pasal sungai wan kahidupan urang Banjar, pas banar gasan urang pinggir Barito.",
  ("Dengar-dengar ada layar tancap dari provinsi di lapangan Marabahan minggu ini, betul kah?", 48),
  [("btl", "Lapangan Kelurahan Marabahan Kota Jumat pagi dipakai senam massal ASN Batola.", 3.0,
    "same field, another event"),
   ("btl", "Desa Sungai Gampa menggelar maulid dan pengajian akbar Sabtu malam pekan depan.", 10.0,
    "same village, another event"),
   ("tla", "Pelaihari juga kebagian bioskop keliling, tapi itu program kabupaten sendiri dengan film lain.", 5.0,
    "another kabupaten's own screening"),
  ])

A("a27", "pemkab-tanah-laut", "11-17 15:10", "layar-tancap-film-pelaihari-di-lima-desa-tala",
  "Layar Tancap Film Karya Pelajar Tanah Laut Diputar di Lima Desa",
  """
PELAIHARI – Dinas Pemuda, Olahraga dan Pariwisata Kabupaten Tanah Laut memutar lima film pendek karya pelajar Tanah Laut melalui layar tancap di lima desa, {D:11-17}. Pemutaran pertama berlangsung di Desa Tajau Pecah, Kecamatan Batu Ampar, disusul Kintap, Takisung, Jorong dan Bati-Bati sampai 28 November.

Film-film tersebut dibuat pelajar dalam kelas sinema sekolah yang didampingi komunitas film Pelaihari. “Anak-anak bangga filmnya ditonton orang sekampung. Ini juga cara mengenalkan pariwisata Tala,” kata Kadisporapar Tanah Laut, Ahmad Syarifuddin Noor.

Setiap pemutaran dimulai pukul 19.30 Wita dan gratis. Disporapar berencana menjadikan layar tancap agenda rutin setiap triwulan mulai 2027. (humas-tala/as)
""",
  "Layar tancap 5 film pelajar Tala di 5 desa, mulai Tajau Pecah 17/11 sampai 28 Nov.",
  "Disporapar Tanah Laut memutar lima film pendek karya pelajar Tala lewat layar tancap di lima desa: Tajau Pecah (Batu Ampar) Selasa 17 November, lalu Kintap, Takisung, Jorong dan Bati-Bati sampai 28 November. Mulai 19.30 Wita, gratis. Filmnya dari kelas sinema sekolah bersama komunitas film Pelaihari.",
  "Layar tancap film buatan anak sakulahan Tala! 🎥 Malam ini di Tajau Pecah, imbahnya Kintap, Takisung, Jorong, Bati-Bati sampai 28 Nopember. Jam satangah dalapan, kada bayar.",
  None,
  [("tla", "Desa Tajau Pecah juara lomba kampung bersih tingkat kecamatan Batu Ampar tahun ini.", 4.0,
    "same village, another news"),
   ("tla", "Komunitas film Pelaihari membuka kelas menulis naskah untuk umum, biaya Rp50 ribu.", 7.0,
    "the same community, a paid class"),
   ("tla", "Tahun 2025 layar tancap Disporapar Tala hanya sekali, di alun-alun Pelaihari.", -2.0,
    "last year's single screening"),
  ])

# ---------------- F10 aksara Arab Melayu papan nama ----------------
A("a28", "pemprov-kalsel", "11-06 13:45", "gubernur-terbitkan-surat-edaran-papan-nama-beraksara-arab-melayu",
  "Gubernur Terbitkan Surat Edaran Papan Nama Beraksara Arab Melayu",
  """
BANJARBARU – Gubernur Kalimantan Selatan menerbitkan surat edaran tentang penggunaan aksara Arab Melayu pada papan nama kantor pemerintah, sekolah dan tempat usaha, {D:11-06}. Papan nama wajib memuat tulisan Latin dan di bawahnya tulisan Arab Melayu dengan ukuran paling kecil setengah huruf Latin.

Kepala Biro Kesejahteraan Rakyat Setdaprov Kalsel, H. Ahmad Fahrurrazi Nasution, mengatakan perkantoran pemprov diberi waktu sampai 31 Maret 2027. “Aksara Arab Melayu adalah jati diri Banjar. Dulu surat-menyurat di Banua memakai aksara ini,” ujarnya.

Bupati dan wali kota diminta meneruskan edaran ini ke kantor-kantor di daerahnya. Pemprov menyiapkan contoh penulisan nama instansi yang dapat diunduh di laman resmi. (biro-adpim/hf)
""",
  "SE Gubernur: papan nama kantor, sekolah, toko wajib pakai aksara Arab Melayu; tenggat 31 Maret 2027.",
  "Gubernur Kalsel menerbitkan surat edaran: papan nama kantor pemerintah, sekolah dan tempat usaha memuat tulisan Latin dan di bawahnya Arab Melayu (minimal setengah ukuran huruf Latin). Kantor pemprov paling lambat 31 Maret 2027; bupati/wali kota meneruskan ke daerahnya. Contoh penulisan bisa diunduh di laman resmi.",
  "Kaina papan ngaran kantor, sakulahan wan toko musti ada tulisan Arab Melayu di bawah tulisan Latin, ujar edaran Gubernur ✍️ Kantor provinsi dibari waktu sampai 31 Maret 2027. Bahari surat-manyurat di banua pakai tulisan ini jua.",
  ("Katanya akan ada aturan papan nama toko harus pakai tulisan Arab Melayu, betul kah? Repot jua kami pedagang 😅", 36),
  [(None, "Biro Kesra Setdaprov Kalsel juga menyalurkan insentif untuk 1.200 guru TPA pekan ini.", 2.0,
    "same bureau, another programme"),
   ("bjm", "Papan nama jalan di kawasan Kampung Sasirangan sudah lama memakai tulisan Arab Melayu, ternyata dibuat warga sendiri 2019.", 4.0,
    "an older village initiative"),
   (None, "Edaran gubernur soal jam kerja ASN selama Ramadan 2027 nanti menyusul, kata Biro Organisasi.", 8.0,
    "another circular of the same office"),
  ])

A("a29", "pemkot-banjarmasin", "11-13 09:30", "wali-kota-minta-kantor-dan-toko-di-banjarmasin-pasang-aksara-arab-melayu",
  "Wali Kota Minta Kantor dan Toko di Banjarmasin Pasang Aksara Arab Melayu",
  """
BANJARMASIN – Wali Kota Banjarmasin meneruskan surat edaran Gubernur Kalimantan Selatan tentang aksara Arab Melayu pada papan nama, {D:11-13}. Seluruh SKPD, kecamatan, kelurahan dan sekolah di Banjarmasin diminta memasang papan nama dwiaksara paling lambat Februari 2027, lebih cepat dari tenggat provinsi.

Sekretaris Daerah Kota Banjarmasin, Ikhsan Budiman Arief, mengatakan pemkot akan memberi contoh di Balai Kota lebih dulu. “Pelaku usaha di Jalan Pasar Baru dan kawasan Siring kami ajak, tidak kami paksa dulu. Pembuatan tulisan Arab Melayunya bisa dibantu gratis,” katanya.

Layanan bantuan penulisan dibuka di Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata setiap hari kerja. Kecamatan akan mendata papan nama usaha mulai Desember. (diskominfotik-bjm/rn)
""",
  "Pemkot Banjarmasin: papan nama dwiaksara Latin–Arab Melayu paling lambat Feb 2027, bantuan tulis gratis.",
  None,
  "Banjarmasin labih capat pada provinsi, Pebruari 2027 papan ngaran kantor wan sakulahan sudah musti baisi tulisan Arab Melayu. Toko di Pasar Baru wan siring diajak haja, kada dipaksa. Handak minta tuliskan? Gratis di Disbudporapar.",
  None,
  [("bjm", "Balai Kota Banjarmasin hari ini memasang ornamen Hari Jadi Kota, warna kuning mendominasi.", 1.0,
    "same building, decorations"),
   ("bjm", "Sekda Banjarmasin Ikhsan Budiman Arief melantik 40 pejabat fungsional pagi ini.", 0.2,
    "same official, same day, another event"),
   ("bjm", "Kecamatan Banjarmasin Tengah mulai mendata papan nama usaha di Jalan Pasar Baru.", 19.0,
    "the later data-collection step"),
  ])

A("a30", "pemkab-banjar", "11-18 14:20", "50-guru-mulok-di-martapura-dilatih-menulis-arab-melayu",
  "50 Guru Muatan Lokal di Martapura Dilatih Menulis Arab Melayu",
  """
MARTAPURA – Dinas Pendidikan Kabupaten Banjar melatih 50 guru muatan lokal menulis aksara Arab Melayu, {D:11-18}. Pelatihan dua hari di Gedung Mahligai Sultan Adam Martapura ini diikuti guru SD dan SMP dari Martapura, Martapura Barat dan Astambul.

Kepala Disdik Banjar, H. Ahmad Riyadi Syahbana, menyebut guru akan menjadi ujung tombak. “Papan nama sekolah nanti ditulis sendiri oleh guru yang sudah dilatih. Murid juga belajar menulis nama mereka dalam Arab Melayu,” ujarnya. Narasumber berasal dari pondok pesantren dan Universitas Islam Kalimantan.

Disdik Banjar menargetkan 200 guru terlatih sampai akhir 2027. Modul pelatihan akan dibagikan ke seluruh sekolah dalam bentuk digital. (diskominfo-banjar/ar)
""",
  "50 guru mulok SD/SMP dilatih menulis Arab Melayu di Mahligai Sultan Adam, Rabu 18/11.",
  "Disdik Kabupaten Banjar melatih 50 guru muatan lokal SD/SMP dari Martapura, Martapura Barat dan Astambul menulis aksara Arab Melayu, dua hari di Gedung Mahligai Sultan Adam mulai Rabu 18 November. Guru nanti menulis sendiri papan nama sekolah; target 200 guru terlatih sampai akhir 2027, modul dibagikan digital.",
  "Lima puluh guru mulok di Martapura baajar manulis Arab Melayu dua hari 📝 Kaina papan ngaran sakulahan ditulis guru saurang, murid baajar manulis ngaran saurang jua. Tahun 2027 targetnya dua ratus guru.",
  ("Isuk bapak guru kami ikut pelatihan Arab Melayu di Mahligai, jadi kelas dipulangkan cepat kata wali kelas.", 17),
  [("bnj", "Gedung Mahligai Sultan Adam Martapura pekan ini jadi tempat pameran batu permata dan kerajinan.", 5.0,
    "same hall, another event"),
   ("bnj", "Pondok pesantren di Martapura memang mengajarkan tulisan Arab Melayu sejak lama lewat kitab Perukunan.", 3.0,
    "general remark, no training"),
   ("bnj", "Disdik Banjar melatih 60 guru SD tentang Kurikulum Merdeka di Astambul hari ini.", 0.3,
    "same office, same day, another training"),
  ])

# ---------------- F11 batu permata ----------------
A("a31", "disperindag-kalsel", "11-09 10:00", "50-penggosok-batu-permata-ikuti-uji-kompetensi",
  "50 Penggosok Batu Permata Ikuti Uji Kompetensi Bersertifikat",
  """
BANJARBARU – Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Selatan memfasilitasi uji kompetensi bagi 50 penggosok batu permata, {D:11-09}. Uji kompetensi berlangsung tiga hari di UPTD Balai Pengembangan Industri Permata Banjarbaru bersama lembaga sertifikasi profesi.

Peserta diuji mengenali jenis batu, menggosok bentuk oval dan cabochon, serta menghitung berat karat. “Sertifikat kompetensi membuat harga jasa penggosok kita naik dan pembeli luar daerah lebih percaya,” kata Kepala UPTD, Ir. Syahriannor Effendi. Seluruh biaya ditanggung APBD provinsi.

Peserta berasal dari Kabupaten Banjar (30 orang) dan Kota Banjarbaru (20 orang). Hasil uji diumumkan akhir November dan sertifikat diserahkan pada Desember 2026. (disperindag/ag)
""",
  "Uji kompetensi gratis 50 penggosok batu permata (Banjar 30, Banjarbaru 20) di UPTD Permata.",
  "Disperindag Kalsel membiayai uji kompetensi tiga hari untuk 50 penggosok batu permata (Kab. Banjar 30, Banjarbaru 20) di UPTD Balai Pengembangan Industri Permata Banjarbaru bersama LSP: mengenali batu, menggosok oval dan cabochon, menghitung karat. Hasil akhir November, sertifikat Desember.",
  "Tukang gosok batu di Martapura wan Banjarbaru diuji, kaina dapat sertifikat 💎 Lima puluh urang, gratis kada bayar. Amun basertifikat, ongkos jasa kawa naik, pambali luar daerah tambah parcaya.",
  None,
  [("bnj", "Pasar batu permata Martapura ramai wisatawan dari Malaysia akhir pekan ini.", 5.0,
    "market news, no certification"),
   ("bjb", "UPTD Balai Pengembangan Industri Permata membuka kunjungan gratis untuk pelajar setiap Jumat.", 2.0,
    "same unit, another service"),
   (None, "Uji kompetensi penggosok permata 2024 diikuti 25 orang dan semuanya dari Martapura.", -1.0,
    "an earlier round (2024)"),
  ])

A("a32", "pemkab-banjar", "11-09 16:00", "30-penggosok-permata-martapura-diantar-ikuti-uji-kompetensi",
  "Pemkab Banjar Lepas 30 Penggosok Permata Martapura Ikuti Uji Kompetensi",
  """
MARTAPURA – Pemerintah Kabupaten Banjar melepas 30 penggosok batu permata asal Martapura untuk mengikuti uji kompetensi yang difasilitasi Disperindag Provinsi Kalimantan Selatan, {D:11-09}. Pelepasan berlangsung di halaman Pasar Batu Permata Cahaya Bumi Selamat.

Sekretaris Daerah Kabupaten Banjar, H. Mokhamad Hilman Fauzi, menyampaikan kebanggaan karena Martapura mendapat jatah terbanyak. “Tiga puluh penggosok ini membawa nama Kota Intan. Mudahan semuanya lulus,” katanya sambil menyerahkan perlengkapan kepada peserta.

Peserta dipilih oleh Asosiasi Pengrajin Intan dan Permata Martapura dari 74 anggota yang mendaftar. Pemkab menyiapkan kendaraan antar-jemput ke Banjarbaru selama tiga hari pelaksanaan. (diskominfo-banjar/ar)
""",
  "Pemkab Banjar lepas 30 penggosok permata Martapura ikut uji kompetensi provinsi, Senin 9/11.",
  None,
  "Talu puluh tukang gosok permata Martapura dilapas ka Banjarbaru ikut uji kompetensi 💎 Dipilih asosiasi matan tujuh puluh ampat nang mandaftar. Dijapai wan diantar mubil pamkab talu hari. Mudahan lulus samuanya!",
  None,
  [("bnj", "Halaman Pasar Cahaya Bumi Selamat malam ini jadi lokasi festival kuliner wadai Banjar.", 2.0,
    "same venue, another event"),
   ("bnj", "Sekda Banjar H. Mokhamad Hilman Fauzi hari yang sama membuka rapat evaluasi stunting di Kantor Bupati.", 0.1,
    "same official, same day, another event"),
   ("bnj", "Asosiasi Pengrajin Intan dan Permata Martapura menggelar RAT dan memilih ketua baru bulan ini.", 8.0,
    "same association, its own meeting"),
  ])

A("a33", "pemkot-banjarbaru", "11-17 10:30", "pelatihan-gosok-batu-permata-untuk-pemuda-cempaka",
  "Pelatihan Gosok Batu Permata untuk 20 Pemuda Cempaka",
  """
BANJARBARU – Dinas Tenaga Kerja dan Perindustrian Kota Banjarbaru melatih 20 pemuda di Kecamatan Cempaka menggosok batu permata, {D:11-17}. Pelatihan 12 hari di Balai Kelurahan Sungai Tiung ini memakai dana APBD Banjarbaru dan ditujukan bagi pemuda yang belum bekerja.

Kepala Disnakerin Banjarbaru, H. Fahmi Wahyudi Rahman, mengatakan Cempaka punya sejarah pendulangan intan, tetapi penggosoknya kini sedikit. “Batunya dari sini, tetapi digosok di luar daerah. Kami ingin nilai tambahnya tinggal di Cempaka,” ujarnya.

Setiap peserta yang lulus menerima satu mesin gosok sederhana. Disnakerin juga mengajak penggosok bersertifikat untuk menjadi pendamping peserta selama tiga bulan setelah pelatihan. (humas-bjb/hr)
""",
  "Pelatihan gosok permata 12 hari untuk 20 pemuda Cempaka di Balai Kelurahan Sungai Tiung.",
  None,
  "Dua puluh pemuda Cempaka baajar manggosok batu permata, dua walas hari di balai kelurahan Sungai Tiung. Nang lulus dibari mesin gosok. Batunya matan sini, masa digosok di luar, ujar Kadisnaker.",
  ("Yang sudah daftar pelatihan gosok batu di kelurahan, besok jam 8 kumpul di balai ya.", 15),
  [("bjb", "Pendulangan intan Cempaka ramai lagi setelah hujan, beberapa pendulang menemukan intan kecil.", 6.0,
    "miners' news, no training"),
   ("bjb", "Balai Kelurahan Sungai Tiung dipakai pemungutan suara ketua RT 12 hari Minggu.", 5.0,
    "same hall, another event"),
   ("bjb", "Disnakerin Banjarbaru membuka job fair 600 lowongan di Gedung Gawi Sabarataan.", 3.0,
    "same office, another programme"),
  ])

# ---------------- F12 tari Japin ----------------
A("a34", "disdikbud-kalsel", "11-05 08:30", "festival-tari-japin-pelajar-sma-se-kalsel-dibuka-pendaftarannya",
  "Pendaftaran Festival Tari Japin Pelajar SMA se-Kalsel Dibuka",
  """
BANJARBARU – Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan membuka pendaftaran Festival Tari Japin Pelajar SMA/SMK/MA se-Kalimantan Selatan, {D:11-05}. Setiap sekolah dapat mengirim satu kelompok berisi 6 sampai 10 penari. Pendaftaran ditutup 16 November 2026.

Festival digelar 21–22 November di halaman Kantor Disdikbud Kalsel. “Japin Carita, Japin Sigam, Japin Rantau, semuanya boleh. Kami ingin sekolah menggali japin khas daerahnya masing-masing,” ujar Kabid Pembinaan SMA, Dra. Hj. Siti Rahmah Fadillah.

Juara pertama mendapat uang pembinaan Rp10 juta dan tampil pada perayaan Hari Jadi Provinsi. Panitia juga memberikan penghargaan pemusik terbaik. (disdikbud/nrh)
""",
  "Festival Tari Japin pelajar SMA/SMK/MA se-Kalsel: daftar sampai 16 Nov, festival 21–22 Nov.",
  "Disdikbud Kalsel membuka pendaftaran Festival Tari Japin pelajar SMA/SMK/MA: satu kelompok 6–10 penari per sekolah, daftar sampai 16 November, tampil 21–22 November di halaman Disdikbud Kalsel. Boleh Japin Carita, Sigam, Rantau dan lain-lain. Juara 1 Rp10 juta dan tampil di Hari Jadi Provinsi; ada penghargaan pemusik terbaik.",
  "Sakulahan SMA, ayu kirim bubuhan panari japin! 💃 Anam sampai sapuluh urang, daftar sampai 16 Nopember. Festivalnya 21–22 di halaman Disdikbud. Juara satu dapat sapuluh juta.",
  None,
  [(None, "Halaman Kantor Disdikbud Kalsel hari ini dipakai upacara Hari Guru Nasional tingkat provinsi.", 20.06,
    "same yard, later event"),
   ("hsu", "Sanggar Japin Carita Amuntai tampil di acara pernikahan pejabat di Banjarmasin pekan ini.", 3.0,
    "a sanggar's own gig"),
   (None, "Festival Tari Japin pelajar 2025 dimenangi SMAN 1 Kandangan.", -2.0,
    "last year's edition"),
  ])

A("a35", "disdikbud-kalsel", "11-22 19:45", "sman-1-amuntai-juara-festival-tari-japin-pelajar-2026",
  "SMAN 1 Amuntai Juara Festival Tari Japin Pelajar 2026",
  """
BANJARBARU – SMAN 1 Amuntai keluar sebagai juara pertama Festival Tari Japin Pelajar SMA/SMK/MA se-Kalimantan Selatan, {D:11-22}. Kelompok delapan penari itu membawakan Japin Carita dengan iringan gambus dan marwas yang dimainkan siswa sendiri.

Juara kedua diraih MAN 2 Tanah Laut dengan Japin Pesisir dan juara ketiga SMKN 1 Kotabaru dengan Japin Sigam. Penghargaan pemusik terbaik jatuh ke SMAN 2 Barabai. “Tahun ini 27 sekolah ikut, naik dari 15 sekolah tahun lalu,” kata Kepala Disdikbud Kalsel, Dr. H. Muhammad Yusuf Effendi.

SMAN 1 Amuntai akan tampil pada perayaan Hari Jadi Provinsi Kalsel dan menerima uang pembinaan Rp10 juta. Disdikbud akan mendokumentasikan seluruh penampilan di kanal YouTube resmi. (disdikbud/nrh)
""",
  "Juara Festival Tari Japin pelajar 2026: SMAN 1 Amuntai, MAN 2 Tala, SMKN 1 Kotabaru; 27 sekolah ikut.",
  "Hasil Festival Tari Japin Pelajar se-Kalsel (22 November): juara 1 SMAN 1 Amuntai (Japin Carita, delapan penari, musik gambus dan marwas dimainkan siswa), juara 2 MAN 2 Tanah Laut (Japin Pesisir), juara 3 SMKN 1 Kotabaru (Japin Sigam); pemusik terbaik SMAN 2 Barabai. Pesertanya 27 sekolah, naik dari 15. Juara tampil di Hari Jadi Provinsi, pembinaan Rp10 juta.",
  "Salamat gasan SMAN 1 Amuntai juara satu festival japin! 🥇 Japin Carita, gambus wan marwas dimainakan bubuhannya saurang. Juara dua MAN 2 Tala, juara talu SMKN 1 Kotabaru. Pemusik tabagus SMAN 2 Barabai. Dua puluh tujuh sakulahan nang umpat.",
  ("Doakan anak-anak SMAN 1 Amuntai tampil japin di Banjarbaru malam ini, semoga juara 🙏", 4),
  [("hsu", "SMAN 1 Amuntai juga juara umum lomba cerdas cermat kabupaten minggu lalu.", -5.0,
    "same school, another contest"),
   ("tla", "MAN 2 Tanah Laut mengadakan pentas seni akhir semester, menampilkan tari dan teater.", 9.0,
    "the runner-up's own school show"),
   (None, "Festival tari Japin tingkat SMP se-Kalsel rencananya digelar Maret 2027.", 3.0,
    "another level, later edition"),
  ])

A("a36", "pemkab-hsu", "11-07 10:15", "30-guru-seni-hsu-dilatih-japin-carita",
  "30 Guru Seni Budaya HSU Dilatih Tari Japin Carita",
  """
AMUNTAI – Dinas Pendidikan Kabupaten Hulu Sungai Utara melatih 30 guru seni budaya SD dan SMP menari Japin Carita, {D:11-07}. Pelatihan berlangsung di Gedung Putri Junjung Buih selama tiga hari dengan pelatih dari Sanggar Japin Carita Amuntai.

Kepala Disdik HSU, Hj. Nurhayati Fatmawati, mengatakan Japin Carita adalah tari khas Amuntai yang harus diajarkan di sekolah. “Guru yang sudah dilatih wajib melatih muridnya. Tahun depan kami adakan lomba japin antar-SD,” katanya.

Para guru juga belajar dasar memainkan gambus dan babun untuk mengiringi tari. Disdik HSU membagikan video panduan gerakan kepada semua sekolah setelah pelatihan. (diskominfo-hsu/fa)
""",
  "30 guru seni SD/SMP HSU dilatih Japin Carita di Gedung Putri Junjung Buih, mulai Sabtu 7/11.",
  None,
  "Talu puluh guru seni di Amuntai baajar bajapin, Japin Carita khas Amuntai. Talu hari di Gedung Putri Junjung Buih. Imbahnya guru musti malajari murid, tahun dudi ada lomba japin antar SD.",
  None,
  [("hsu", "Gedung Putri Junjung Buih Amuntai besok dipakai wisuda TK se-kecamatan Amuntai Tengah.", 6.0,
    "same hall, another event"),
   ("hsu", "Sanggar Japin Carita Amuntai membuka kelas anak-anak setiap Minggu pagi, iuran Rp20 ribu sebulan.", 12.0,
    "the sanggar's own paid class"),
   ("hsu", "Disdik HSU membagikan 1.200 seragam sekolah gratis untuk siswa SD hari ini.", 0.2,
    "same office, same day, another programme"),
  ])


# look-alikes that also resemble a sibling release: (release, look-alike index) -> more imitated ids
ALSO_IMITATES = {("a02", 2): ["a01"], ("a05", 1): ["a04"], ("a14", 2): ["a13", "a15"], ("a20", 2): ["a19", "a21"],
                 ("a21", 2): ["a19", "a20"], ("a26", 2): ["a27", "a25"], ("a23", 1): ["a07", "a22"],
                 ("a11", 0): ["a10"], ("a18", 0): ["a16", "a17"], ("a33", 0): ["a31"], ("a06", 2): ["a04", "a05"]}
