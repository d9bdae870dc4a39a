# Hand-written releases of heldout34 and, per release, the posts written about it by hand.
# %D12/11% is replaced by build.py with "Kamis (12/11/2026)" (the weekday of that 2026 date).
# N: look-alikes (region, text, how it differs); B: a post written before the release.
ANNS = []


def A(i, src, when, region, slug, title, text, S, P, N, B=None, L=None):
    ANNS.append(dict(i=i, src=src, when=when, region=region, slug=slug, title=title, text=text.strip(),
                     S=S, P=P, N=N, B=B, L=L))


# ---------- F1 Anugerah KIM (call -> winners) + Tabalong's own selection ----------
A("a01", "diskominfo-kalsel", "11-02 09:40", "prov", "diskominfo-kalsel-buka-pendaftaran-anugerah-kim-2026",
  "Diskominfo Kalsel Buka Pendaftaran Anugerah KIM 2026, Batas Akhir 16 November",
  """BANJARBARU – Dinas Komunikasi dan Informatika (Diskominfo) Provinsi Kalimantan Selatan membuka pendaftaran Anugerah Kelompok Informasi Masyarakat (KIM) 2026 mulai %D2/11%. Lomba ini terbuka bagi KIM dari 13 kabupaten/kota dengan tiga kategori, yakni produksi konten, pengelolaan media sosial dan layanan informasi desa.

"Kami ingin KIM menjadi jembatan informasi antara pemerintah dan warga, sekaligus penangkal hoaks di kampung-kampung," ujar Kepala Bidang Informasi dan Komunikasi Publik Diskominfo Kalsel, Rusdiansyah Anwar.

Berkas diterima paling lambat %D16/11% melalui formulir daring. Penilaian lapangan dilakukan tim juri pada 18–21 November dan pemenang diumumkan akhir bulan dengan total hadiah Rp75 juta. (mc-kalsel/rh)""",
  "Anugerah KIM 2026 Diskominfo Kalsel dibuka, berkas paling lambat 16 November, hadiah total Rp75 juta.",
  "Bubuhan KIM sabanua, lomba Anugerah KIM 2026 dibuka ulih Diskominfo Kalsel 😄 ada tiga kategori: bikin konten, ngulah medsos, wan layanan informasi desa. Daftar paling lambat tanggal 16 Nopember lah, jangan kaina-kaina. Hadiahnya ganal jua, tujuh puluh lima juta samunyaan. Ayo dangsanak, kita ikut! #KIMKalsel",
  [("tab", "KIM Tanjung ikut Anugerah KIM tahun 2025 tadi, alhamdulillah dapat juara harapan II kategori medsos. Piagamnya hanyar dipajang di balai desa 😊", "2025 edition, a prize received a year earlier"),
   ("prov", "Diskominfo Kalsel mengundang admin medsos desa mengikuti webinar \"Menulis Caption yang Jujur\" hari Sabtu. Link Zoom dibagikan di grup operator.", "another Diskominfo event for the same audience, no contest"),
   ("bjb", "Kominfo RI membuka lomba video \"Desa Cerdas\" tingkat nasional, pendaftaran sampai 30 November. Yang minat silakan cek laman resmi Kominfo.", "national contest, other organiser and deadline")],
  B=("prov", "Dengar-dengar Diskominfo provinsi handak membuka lomba KIM lagi bulan ini, kategori konten jua. Betul kah? Ada yang tahu tanggalnya?", "rumour before the call is published"),
  L="Diskominfo Kalsel membuka Anugerah KIM 2026 sejak 2 November untuk KIM dari 13 kabupaten/kota. Ada tiga kategori: produksi konten, pengelolaan media sosial, dan layanan informasi desa. Berkas dikirim lewat formulir daring paling lambat 16 November, juri turun ke lapangan 18–21 November, dan total hadiah Rp75 juta.")

A("a02", "diskominfo-kalsel", "11-25 15:20", "prov", "kim-batu-piring-dan-kim-sungai-buluh-juarai-anugerah-kim-2026",
  "KIM Batu Piring dan KIM Sungai Buluh Juarai Anugerah KIM 2026",
  """BANJARBARU – Diskominfo Provinsi Kalimantan Selatan mengumumkan pemenang Anugerah KIM 2026, %D25/11%, di Aula Bina Praja Banjarbaru. Dari 87 KIM yang mendaftar, KIM Batu Piring (Balangan) meraih juara I kategori layanan informasi desa, sedangkan KIM Sungai Buluh (Hulu Sungai Utara) juara I kategori produksi konten.

"Tahun ini peserta naik hampir dua kali lipat. Karya-karya mereka menunjukkan KIM sudah menjadi sumber informasi yang dipercaya warganya," kata Sekretaris Diskominfo Kalsel, Hj. Nurlaila Fitriani.

Para juara I menerima Rp10 juta dan akan diikutkan pada Pertemuan KIM tingkat nasional 2027. Diskominfo juga akan menggelar pembinaan bagi KIM yang belum lolos pada Desember. (mc-kalsel/nf)""",
  "Juara Anugerah KIM 2026: KIM Batu Piring (Balangan) dan KIM Sungai Buluh (HSU), dari 87 pendaftar.",
  "Alhamdulillah, KIM Batu Piring Balangan wan KIM Sungai Buluh HSU jadi juara satu Anugerah KIM 2026 👏 Pesertanya dalapan puluh tujuh KIM, naik hampir dua kali. Juaranya dapat sapuluh juta wan dibawa ka pertemuan KIM nasional 2027. Salamat lah dangsanak!",
  [("bal", "KIM Batu Piring hanyar haja menerima kunjungan mahasiswa KKN ULM, belajar bikin buletin desa. Rami banar di balai 😄", "same KIM, another event"),
   ("prov", "Pemenang lomba video pendek Hari Pahlawan tingkat provinsi diumumkan di Aula Bina Praja, juara I dari SMAN 1 Kandangan.", "same hall, another contest's winners"),
   ("hsu", "KIM Sungai Buluh menggelar pelatihan fotografi HP untuk remaja masjid, Ahad pagi di langgar Al-Ikhlas.", "same KIM, its own training")],
  B=("bal", "Tim juri Anugerah KIM turun ke Batu Piring hari ini, menilai layanan informasi desa. Mohon doa dangsanak, semoga lancar 🤲", "the field visit, before the winners are announced"),
  L=None)

A("a03", "pemkab-tabalong", "11-06 10:05", "tab", "dinas-kominfo-tabalong-pilih-kim-terbaik-wakili-kabupaten",
  "Dinas Kominfo Tabalong Pilih KIM Terbaik untuk Wakili Kabupaten",
  """TANJUNG – Dinas Komunikasi dan Informatika Kabupaten Tabalong menggelar seleksi KIM terbaik tingkat kabupaten di Ruang Rapat Pembataan, %D5/11%. Sebanyak 9 KIM dari 12 kecamatan memaparkan produk informasi mereka, mulai dari papan informasi desa hingga siaran radio komunitas.

"Tiga KIM dengan nilai tertinggi kami kirim ke Anugerah KIM provinsi. Kami dampingi mereka menyiapkan berkas sebelum batas waktunya," ujar Kepala Dinas Kominfo Tabalong, Muhammad Yusran.

KIM Pulau (Kelua), KIM Maburai (Murung Pudak) dan KIM Tanta Hulu (Tanta) terpilih mewakili Tabalong. Pendampingan berkas dilakukan 9–13 November di kantor Dinas Kominfo. (kominfo-tbl/ys)""",
  "Tabalong pilih 3 KIM terbaik dari 9 peserta: Pulau, Maburai, Tanta Hulu, maju ke Anugerah KIM provinsi.",
  "Kabar matan Tanjung: Kominfo Tabalong mamilih talu KIM tabaik, yaitu KIM Pulau, KIM Maburai wan KIM Tanta Hulu, gasan maju ka lomba KIM provinsi. Nang ikut seleksi sambilan KIM. Mantap, rajin-rajin bagawi bubuhan KIM 👍",
  [("tab", "KIM Tanta Hulu memasang papan informasi baru di depan pasar, berisi jadwal posyandu dan jadwal kapal.", "same KIM, own board"),
   ("tab", "Seleksi KIM terbaik Tabalong tahun 2025 dimenangkan KIM Jangkung. Dokumentasi lama kami unggah ulang.", "2025 edition"),
   ("bal", "Diskominfo Balangan memilih 4 KIM untuk dikirim ke Anugerah KIM provinsi, seleksi di Paringin.", "another kabupaten's selection")],
  B=None, L=None)

# ---------- F2 kreator konten pemuda ----------
A("a04", "diskominfo-kalsel", "11-03 14:10", "prov", "150-pemuda-kalsel-ikuti-bimtek-kreator-konten-positif",
  "150 Pemuda Kalsel Ikuti Bimtek Kreator Konten Positif",
  """BANJARMASIN – Sebanyak 150 pemuda dari 13 kabupaten/kota mengikuti Bimbingan Teknis Kreator Konten Positif yang digelar Diskominfo Kalsel di Hotel Banua Permai, %D3/11%. Peserta belajar menulis naskah, merekam video pendek dengan ponsel dan memeriksa fakta sebelum mengunggah.

"Anak muda kita kreatif. Kami ingin kreativitas itu dipakai untuk mempromosikan desa dan menyebarkan informasi yang benar," kata Kepala Diskominfo Kalsel, Ir. Fathurrahman Noor.

Bimtek berlangsung tiga hari. Peserta wajib mengunggah tiga video tentang desanya sebelum 30 November, dan karya terbaik akan tampil di kanal resmi Pemprov Kalsel. (mc-kalsel/fn)""",
  "150 pemuda ikut bimtek kreator konten Diskominfo Kalsel, 3 hari di Banua Permai, wajib unggah 3 video.",
  "Saratus lima puluh bubuhan anak muda matan sabanua Kalsel baajar jadi kreator konten di Banua Permai, talu hari. Diajari bikin naskah, marekam video pakai hp, wan macek fakta dahulu sabalum diunggah. Kaina video nang paling bagus ditayangakan di kanal Pemprov. Keren lah! 🎬",
  [("bjm", "Komunitas Banjarmasin Kreatif mengadakan kopdar kreator di Siring Menara Pandang, Sabtu malam, gratis untuk umum.", "private community meetup"),
   ("prov", "Diskominfo Kalsel menggelar bimtek pengelola PPID untuk 120 desa di Hotel Banua Permai, minggu depan.", "same organiser and venue, another training"),
   ("prov", "Bimtek kreator konten pemuda Kalsel tahun 2025 diikuti 100 orang, videonya masih bisa ditonton di YouTube.", "2025 edition with 100 participants")],
  B=("bjm", "Besok bubuhan pemuda Kalsel kumpul di Banua Permai, bimtek kreator konten tiga hari. Ada yang bekawan kah ka sana?", "invitation the day before"),
  L="Diskominfo Kalsel melatih 150 pemuda dari 13 kabupaten/kota menjadi kreator konten positif. Selama tiga hari di Hotel Banua Permai Banjarmasin mereka belajar menulis naskah, merekam video pendek dengan ponsel dan memeriksa fakta. Setiap peserta harus mengunggah tiga video tentang desanya sebelum 30 November; karya terbaik tayang di kanal Pemprov.")

A("a05", "pemkab-hss", "11-10 11:30", "hss", "30-pemuda-hss-ikuti-kelas-lanjutan-kreator-konten-provinsi",
  "30 Pemuda HSS Ikuti Kelas Lanjutan Kreator Konten dari Provinsi",
  """KANDANGAN – Pemkab Hulu Sungai Selatan melalui Dinas Kominfo menindaklanjuti program Kreator Konten Positif Pemprov Kalsel dengan kelas lanjutan bagi 30 pemuda di Gedung Dekranasda Kandangan, %D10/11%. Mereka mendapat pendampingan menyunting video wisata Loksado dan kuliner ketupat Kandangan.

"Anak-anak ini peserta bimtek provinsi dan pemuda pilihan kecamatan. Tugas mereka memproduksi video promosi yang akan kami pakai di media resmi kabupaten," tutur Sekretaris Dinas Kominfo HSS, Ahmad Juhriansyah.

Kelas lanjutan berlangsung hingga %D12/11%, lalu setiap peserta membuat satu video wisata. Tiga video terbaik akan diputar pada peringatan Hari Jadi HSS. (kominfo-hss/aj)""",
  "Kominfo HSS lanjutkan program kreator konten provinsi: 30 pemuda belajar menyunting video wisata Loksado.",
  "Di Kandangan ada kelas lanjutan kreator konten gasan talu puluh pemuda, tarusan matan program provinsi. Bubuhannya baajar manyunting video wisata Loksado wan katupat Kandangan. Video tabaik kaina diputar pas Hari Jadi HSS. Wayah ini kakanakan HSS pintar-pintar bikin konten 😎",
  [("hss", "Sanggar Seni Loksado membuat video tari Babangsai untuk lomba nasional, syutingnya di Balai Adat Malaris.", "private video production"),
   ("hss", "Dekranasda HSS menggelar pameran anyaman di Gedung Dekranasda Kandangan, 10–14 November.", "same building and date, another event"),
   ("hst", "Dinas Kominfo HST juga menggelar kelas lanjutan kreator konten untuk 30 pemuda di Barabai, pekan depan.", "another kabupaten's relay, same number")],
  B=None, L=None)

A("a06", "pemkot-banjarbaru", "11-14 16:45", "bjb", "pemko-banjarbaru-gelar-kelas-video-pendek-untuk-40-pelajar",
  "Pemko Banjarbaru Gelar Kelas Video Pendek untuk 40 Pelajar",
  """BANJARBARU – Pemerintah Kota Banjarbaru melalui Diskominfo menggelar Kelas Video Pendek bagi 40 pelajar SMP dan SMA di Mini Hall Balai Kota, %D14/11%. Kelas yang dibiayai APBD kota ini mengajarkan teknik bercerita dalam 60 detik dan etika bermedia sosial.

"Pelajar kita setiap hari membuat video. Kami bantu supaya isinya bermanfaat dan tidak melanggar privasi orang lain," kata Wakil Wali Kota Banjarbaru, H. Syarifuddin Noor.

Peserta mendapat tugas membuat video tentang ruang publik Banjarbaru. Karya terbaik diumumkan %D28/11% dan diberi hadiah peralatan rekam. (diskominfo-bjb/sn)""",
  "Banjarbaru gelar kelas video pendek 60 detik untuk 40 pelajar di Mini Hall Balai Kota.",
  "Ampat puluh pelajar SMP-SMA Banjarbaru baajar bikin video pendek anam puluh detik di Balai Kota. Diajari jua etika bamedsos, jangan sambarangan marekam urang. Tugasnya video ruang publik Banjarbaru, nang tabaik dapat alat rekam 📱",
  [("bjb", "Kelas video pendek untuk pelajar Banjarbaru tahun lalu diikuti 25 siswa, pemenangnya dari SMPN 1.", "2025 edition"),
   ("bjb", "Sosialisasi bahaya judi online di Mini Hall Balai Kota Banjarbaru, Sabtu pagi, untuk ketua RT.", "same hall, another event"),
   ("bjm", "Pemko Banjarmasin gelar lomba vlog pelajar tentang sungai, 50 peserta, pendaftaran sampai 20 November.", "another city, another format")],
  B=("bjb", "Sabtu ini anak ulun ikut kelas video pendek di Balai Kota, katanya kada bayar. Ada yang sekolahnya dapat undangan jua?", "parent's post before the class"),
  L=None)

# ---------- F3 Satu Data ----------
A("a07", "pemprov-kalsel", "11-04 13:00", "prov", "forum-satu-data-kalsel-2026-libatkan-312-walidata",
  "Forum Satu Data Kalsel 2026 Libatkan 312 Walidata",
  """BANJARBARU – Pemprov Kalimantan Selatan menggelar Forum Satu Data Kalsel 2026 di Gedung Idham Chalid, %D4/11%. Forum diikuti 312 walidata dari perangkat daerah provinsi, kabupaten/kota dan perwakilan desa untuk menyepakati daftar data prioritas tahun 2027.

"Data yang berbeda-beda antarinstansi membuat program salah sasaran. Mulai tahun depan kita pakai satu angka, satu sumber, satu portal," tegas Sekretaris Daerah Provinsi Kalsel, Dr. H. Ahmad Baihaqi Effendi.

Forum menetapkan 146 data prioritas, termasuk data kemiskinan, stunting dan produksi padi. Seluruh walidata wajib memperbarui data di portal Satu Data Kalsel paling lambat 31 Desember. (biro-adpim/abe)""",
  "Forum Satu Data Kalsel 2026: 312 walidata sepakati 146 data prioritas, update portal sebelum 31 Desember.",
  "Pemprov Kalsel handak satu angka haja gasan data, kada babida-bida lagi antar kantor. Talu ratus dua walas walidata bakumpul di Idham Chalid, manyapakati saratus ampat puluh anam data prioritas, termasuk data miskin, stunting wan panen banih. Paling lambat 31 Desember harus diupdate di portal.",
  [("prov", "BPS Kalsel merilis angka kemiskinan Maret 2026 sebesar 4,02 persen di Gedung Idham Chalid.", "same venue, another data release"),
   ("prov", "Forum Satu Data Kalsel 2025 menyepakati 120 data prioritas. Hasilnya bisa dilihat di portal.", "2025 edition, other number"),
   ("bjm", "Diskominfotik Banjarmasin meluncurkan dasbor data stunting per kelurahan, bisa diakses warga.", "city dashboard, no forum")],
  B=None,
  L="Forum Satu Data Kalsel 2026 di Gedung Idham Chalid, Banjarbaru, mempertemukan 312 walidata provinsi, kabupaten/kota dan desa. Mereka menyepakati 146 data prioritas 2027 (kemiskinan, stunting, produksi padi dan lainnya). Sekda Kalsel meminta satu angka, satu sumber, satu portal; data harus diperbarui di portal Satu Data Kalsel paling lambat 31 Desember.")

A("a08", "pemkab-hst", "11-11 10:20", "hst", "169-desa-di-hst-tunjuk-walidata-desa",
  "169 Desa di HST Tunjuk Walidata Desa",
  """BARABAI – Menindaklanjuti Forum Satu Data Kalsel, Pemkab Hulu Sungai Tengah meminta 169 desa menunjuk walidata desa. Pembekalan pertama digelar di Aula Bappeda HST, %D11/11%, diikuti operator dari 11 kecamatan.

"Walidata desa ini ujung tombak. Angka penduduk miskin, balita dan lahan sawah harus sama antara desa, kecamatan dan kabupaten," ujar Kepala Bappeda HST, Ir. Hasbullah Ma'ruf.

Walidata desa diminta mengisi 28 indikator di aplikasi Satu Data HST sebelum 15 Desember. Bappeda akan membuka klinik data setiap Kamis bagi desa yang mengalami kendala. (prokopim-hst/hm)""",
  "HST minta 169 desa tunjuk walidata; isi 28 indikator Satu Data sebelum 15 Desember.",
  "Saratus anam puluh sambilan desa di HST disuruh manunjuk walidata desa, tarusan matan Forum Satu Data provinsi. Tugasnya mangisi dua puluh dalapan indikator di aplikasi sabalum 15 Desember. Amun bingung, tiap Kamis ada klinik data di Bappeda. Pambakal, siapa walidata kita? 😅",
  [("hst", "Aula Bappeda HST dipakai untuk musrenbang tematik pemuda, Kamis pagi.", "same hall, another meeting"),
   ("hst", "Operator SID Desa Pagat ikut pelatihan input APBDes di Barabai.", "another desa training"),
   ("tapin", "Bappeda Tapin menunjuk walidata di 135 desa, pembekalan di Rantau.", "another kabupaten's relay")],
  B=None, L=None)

A("a09", "pemkab-banjar", "11-17 09:15", "banjar", "pemkab-banjar-luncurkan-satu-data-desa-di-277-desa",
  "Pemkab Banjar Luncurkan Satu Data Desa di 277 Desa",
  """MARTAPURA – Pemkab Banjar meluncurkan aplikasi Satu Data Desa di Mahligai Sultan Adam, %D17/11%. Aplikasi buatan Diskominfo Banjar ini dipakai 277 desa untuk mencatat penduduk, bantuan sosial dan potensi desa dalam satu format.

"Selama ini desa diminta data oleh banyak dinas dengan format berbeda. Sekarang cukup sekali isi, semua dinas mengambil dari sumber yang sama," kata Bupati Banjar melalui Asisten Pemerintahan, H. Mursyidi Arbain.

Pada tahap awal, 40 desa di Martapura, Martapura Timur dan Karang Intan menjadi percontohan hingga Desember. Desa lainnya menyusul pada Januari 2027. (kominfo-banjar/ma)""",
  "Satu Data Desa Banjar diluncurkan; 40 desa percontohan dulu, 277 desa penuh Januari 2027.",
  "Pemkab Banjar maluncurakan aplikasi Satu Data Desa gasan dua ratus tujuh puluh tujuh desa. Jadi desa kada usah lagi ngisi format babida-bida matan dinas. Ampat puluh desa di Martapura, Martapura Timur wan Karang Intan dahulu, sisanya Januari 2027. Nyaman gawian operator 😁",
  [("banjar", "Pelatihan operator Siskeudes di Mahligai Sultan Adam diikuti 90 bendahara desa.", "same venue, another training"),
   ("banjar", "Desa Sungai Paring meluncurkan website desa sendiri, isinya profil dan berita kampung.", "a village's own site"),
   ("bjm", "Banjarmasin uji coba aplikasi data kelurahan di 10 kelurahan.", "another city")],
  B=("banjar", "Besok pagi ada peluncuran aplikasi data desa di Mahligai Sultan Adam, pambakal disuruh hadir. Kami kabari hasilnya kaina.", "invitation before the launch"),
  L=None)

# ---------- F4 magang Jepang (call -> result) + Tala's own ----------
A("a10", "disnakertrans-kalsel", "11-05 10:00", "prov", "120-peserta-ikuti-seleksi-magang-ke-jepang",
  "120 Peserta Ikuti Seleksi Program Magang ke Jepang",
  """BANJARBARU – Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalsel menggelar seleksi program pemagangan ke Jepang di UPTD Balai Latihan Kerja Banjarbaru, %D5/11%. Sebanyak 120 peserta berusia 19–26 tahun dari 11 kabupaten/kota mengikuti tes fisik, matematika dasar dan wawancara.

"Program ini resmi melalui Kementerian Ketenagakerjaan, tanpa pungutan. Warga jangan percaya calo yang menjanjikan lolos dengan bayaran," tegas Kepala Bidang Pelatihan dan Penempatan Disnakertrans Kalsel, Budi Santosa Harahap.

Hasil seleksi diumumkan pekan depan. Peserta yang lolos mengikuti pelatihan bahasa Jepang selama empat bulan sebelum berangkat pada pertengahan 2027. (disnakertrans-kalsel/bs)""",
  "Seleksi magang Jepang Disnakertrans Kalsel diikuti 120 peserta di BLK Banjarbaru, gratis, waspada calo.",
  "Saratus dua puluh anak muda umur 19 sampai 26 tahun ikut seleksi magang ka Jepang di BLK Banjarbaru. Tes fisik, matematika wan wawancara. Ingat lah, program ini kada bayar, jangan picaya calo nang bapandir pasti lulus amun mambayar! 🇯🇵",
  [("prov", "LPK swasta di Banjarmasin membuka kelas bahasa Jepang berbayar, Rp4 juta per tiga bulan.", "private course, paid"),
   ("prov", "Seleksi magang Jepang 2025 Disnakertrans Kalsel meloloskan 29 orang, sebagian sudah berangkat ke Osaka.", "2025 edition"),
   ("bjb", "BLK Banjarbaru membuka pelatihan barista gelombang III, 16 kursi, gratis.", "same venue, another training")],
  B=("bjb", "Banyak anak muda antre di BLK Banjarbaru pagi ini, katanya seleksi kerja ke Jepang. Ada yang tahu info resminya?", "the queue, hours before the release"),
  L="Disnakertrans Kalsel menyeleksi 120 calon peserta magang ke Jepang (umur 19–26, dari 11 kabupaten/kota) di BLK Banjarbaru. Ada tes fisik, matematika dasar dan wawancara. Program ini resmi lewat Kemnaker dan gratis, jadi jangan percaya calo. Yang lolos belajar bahasa Jepang empat bulan dan berangkat pertengahan 2027.")

A("a11", "disnakertrans-kalsel", "11-13 15:30", "prov", "38-pemuda-kalsel-lolos-seleksi-magang-jepang",
  "38 Pemuda Kalsel Lolos Seleksi Magang Jepang",
  """BANJARBARU – Sebanyak 38 dari 120 peserta dinyatakan lolos seleksi program pemagangan ke Jepang yang digelar Disnakertrans Kalsel. Pengumuman disampaikan di UPTD BLK Banjarbaru, %D13/11%. Peserta terbanyak berasal dari Tanah Laut (7 orang) dan Banjar (6 orang).

"Yang belum lolos jangan patah semangat. Seleksi berikutnya kami buka Mei 2027, persiapkan fisik dan bahasa dari sekarang," kata Kepala Disnakertrans Kalsel, H. Irwan Suhaimi.

Ke-38 peserta memulai pelatihan bahasa dan budaya kerja Jepang pada %D23/11% di asrama BLK selama empat bulan, dibiayai APBD provinsi. (disnakertrans-kalsel/ish)""",
  "38 dari 120 peserta lolos magang Jepang; pelatihan bahasa di asrama BLK mulai 23 November.",
  "Talu puluh dalapan urang lulus seleksi magang Jepang matan saratus dua puluh nang ikut. Paling banyak urang Tanah Laut (7) wan Banjar (6). Mulai 23 Nopember bubuhannya baasrama di BLK ampat bulan baajar bahasa Jepang. Nang balum lulus, Mei 2027 ada lagi, samangat!",
  [("tala", "Tujuh warga Pelaihari berangkat kerja ke Korea lewat program G to G, dilepas camat di kantor kecamatan.", "another destination and programme"),
   ("prov", "Asrama BLK Banjarbaru direnovasi, pekerjaan atap selesai akhir November.", "same building, construction"),
   ("prov", "Disnakertrans Kalsel mengumumkan 42 peserta lolos pelatihan operator alat berat.", "another result, other number")],
  B=None, L=None)

A("a12", "pemkab-tanah-laut", "11-19 11:00", "tala", "tanah-laut-siapkan-kuota-15-peserta-magang-jepang-lewat-lpk-daerah",
  "Tanah Laut Siapkan Kuota 15 Peserta Magang Jepang Lewat LPK Daerah",
  """PELAIHARI – Pemkab Tanah Laut melalui Dinas Tenaga Kerja dan Perindustrian membuka kuota mandiri 15 peserta magang Jepang lewat LPK milik daerah di Pelaihari. Pendaftaran dibuka %D19/11% hingga %D3/12% di Mal Pelayanan Publik Tanah Laut.

"Kuota ini tambahan di luar seleksi provinsi, biayanya ditanggung APBD Tanah Laut. Prioritas untuk lulusan SMK dan pemuda desa," jelas Kepala Disnakerin Tanah Laut, H. Zainal Hakim.

Pendaftar wajib membawa ijazah minimal SMA/SMK, KTP Tanah Laut dan surat keterangan sehat. Tes tertulis digelar %D7/12% di Gedung Tuntung Pandang. (humas-tala/zh)""",
  "Tala buka kuota mandiri 15 peserta magang Jepang, daftar di MPP 19 Nov–3 Des, tes 7 Desember.",
  "Urang Tanah Laut, ada kuota sorangan lima walas urang gasan magang ka Jepang, dibiayai APBD! Daftar di MPP Pelaihari 19 Nopember sampai 3 Desember, bawa ijazah SMA/SMK, KTP wan surat sehat. Tes tanggal 7 Desember di Tuntung Pandang. Utamanya lulusan SMK wan pemuda desa.",
  [("tala", "Job fair mini SMKN 1 Pelaihari menghadirkan 12 perusahaan sawit, Kamis di aula sekolah.", "school job fair"),
   ("tala", "MPP Tanah Laut tutup sementara Sabtu karena pemeliharaan listrik.", "same venue, notice"),
   ("banjar", "Pemkab Banjar juga membuka kuota 15 peserta magang Jepang lewat BLK Martapura, daftar sampai akhir bulan.", "another kabupaten, same quota")],
  B=None, L=None)

# ---------- F5 K3 ----------
A("a13", "disnakertrans-kalsel", "11-09 14:00", "prov", "pengawas-ketenagakerjaan-periksa-k3-di-45-perusahaan",
  "Pengawas Ketenagakerjaan Periksa K3 di 45 Perusahaan",
  """BANJARBARU – Pengawas Ketenagakerjaan Disnakertrans Kalsel memeriksa penerapan keselamatan dan kesehatan kerja (K3) di 45 perusahaan tambang, sawit dan galangan kapal sepanjang %D2/11% hingga %D6/11%. Hasilnya, 17 perusahaan mendapat nota pemeriksaan karena alat pemadam kedaluwarsa dan pekerja tanpa alat pelindung diri.

"K3 bukan formalitas. Satu kecelakaan bisa menghilangkan nyawa dan menghentikan usaha," kata Koordinator Pengawas Ketenagakerjaan Kalsel, Ir. Sugeng Prayitno.

Perusahaan diberi waktu 30 hari memperbaiki temuan. Pemeriksaan ulang dijadwalkan pada Desember, dan perusahaan yang mengabaikan nota dapat dikenai sanksi. (disnakertrans-kalsel/sp)""",
  "Pengawas K3 Kalsel periksa 45 perusahaan, 17 dapat nota: APAR kedaluwarsa dan pekerja tanpa APD.",
  "Ampat puluh lima perusahaan tambang, sawit wan galangan kapal diperiksa K3-nya ulih pengawas Disnakertrans. Tujuh walas kana nota, APAR-nya kadaluarsa wan buruhnya kada bapakai helm/APD. Dibari waktu talu puluh hari gasan mambaiki. Safety first lah bubuhan 👷",
  [("tanbu", "Pekerja galangan kapal di Batulicin terluka tertimpa plat besi, dibawa ke RSUD.", "an accident, no inspection"),
   ("prov", "Disnakertrans Kalsel memeriksa pembayaran upah di 30 perusahaan sawit bulan Agustus.", "earlier inspection of wages"),
   ("prov", "Pelatihan pemadam kebakaran untuk satpam hotel di Banjarmasin, 60 peserta.", "fire training, other sector")],
  B=None,
  L="Pengawas ketenagakerjaan Disnakertrans Kalsel memeriksa K3 di 45 perusahaan tambang, sawit dan galangan kapal pada 2–6 November. Sebanyak 17 perusahaan diberi nota karena alat pemadam kedaluwarsa dan pekerja tanpa APD. Mereka punya 30 hari untuk memperbaiki, lalu diperiksa ulang pada Desember; yang mengabaikan nota bisa dikenai sanksi.")

A("a14", "pemkab-kotabaru", "11-16 10:40", "kotabaru", "tim-gabungan-sidak-k3-di-8-perusahaan-pulau-laut",
  "Tim Gabungan Sidak K3 di 8 Perusahaan Pulau Laut",
  """KOTABARU – Tim gabungan Disnakertrans Kalsel dan Dinas Tenaga Kerja Kotabaru melakukan inspeksi mendadak K3 di 8 perusahaan di Pulau Laut Utara dan Pulau Laut Sigam, %D16/11%. Sidak ini bagian dari pemeriksaan K3 provinsi yang sebelumnya menyasar 45 perusahaan.

"Kami temukan dua tangki solar tanpa rambu dan satu dermaga muat tanpa pelampung. Semua langsung kami catat dan minta diperbaiki," ungkap Kepala Disnaker Kotabaru, Mahyuni Hasan.

Perusahaan wajib melaporkan perbaikan dengan foto paling lambat %D30/11%. Tim juga membuka posko aduan K3 bagi pekerja di kantor Disnaker Kotabaru. (humas-kotabaru/mh)""",
  "Sidak K3 di 8 perusahaan Pulau Laut: tangki solar tanpa rambu, dermaga tanpa pelampung; lapor 30/11.",
  "Tim gabungan provinsi wan Kotabaru sidak K3 ka walu perusahaan di Pulau Laut Utara wan Sigam. Dapat dua tangki solar kada barambu wan dermaga muat kada ada palampung. Paling lambat 30 Nopember harus dibaiki wan lapor pakai foto. Buruh nang handak mangadu, ada posko di Disnaker Kotabaru.",
  [("kotabaru", "Dermaga Stagen ditutup sementara karena perbaikan tiang pancang, kapal penumpang dialihkan.", "same area, port notice"),
   ("tanbu", "Disnaker Tanah Bumbu sidak 6 perusahaan tambang di Satui soal K3, 20 November.", "another kabupaten"),
   ("kotabaru", "Posko aduan THR Kotabaru tahun 2026 menerima 11 laporan.", "another posko, earlier")],
  B=None, L=None)

A("a15", "pemkab-tanah-bumbu", "11-20 13:25", "tanbu", "60-pekerja-tanah-bumbu-ikuti-pelatihan-ahli-k3-umum",
  "60 Pekerja Tanah Bumbu Ikuti Pelatihan Ahli K3 Umum",
  """BATULICIN – Pemkab Tanah Bumbu menggelar pelatihan dan sertifikasi Ahli K3 Umum bagi 60 pekerja perusahaan lokal di Gedung Mahligai Bersujud, %D20/11%. Pelatihan selama 12 hari ini dibiayai dana CSR dan APBD kabupaten.

"Banyak perusahaan kecil di Tanbu belum punya ahli K3 bersertifikat. Dengan pelatihan ini, pekerja lokal bisa mengisi posisi itu," kata Sekretaris Daerah Tanah Bumbu, H. Andi Baso Tahir.

Peserta berasal dari 22 perusahaan di Simpang Empat, Batulicin dan Satui. Ujian sertifikasi dari Kemnaker digelar di akhir pelatihan, %D2/12%. (prokopim-tanbu/abt)""",
  "60 pekerja Tanbu ikut pelatihan Ahli K3 Umum 12 hari di Mahligai Bersujud, ujian 2 Desember.",
  "Anam puluh buruh matan 22 perusahaan di Simpang Ampat, Batulicin wan Satui baajar jadi Ahli K3 Umum, dua walas hari di Mahligai Bersujud. Duitnya matan CSR wan APBD. Ujian sertifikatnya 2 Desember. Mudahan lulus samuanya 🙏",
  [("tanbu", "Pelantikan pengurus KONI Tanbu digelar di Gedung Mahligai Bersujud, Jumat malam.", "same venue, another event"),
   ("tanbu", "Pelatihan Ahli K3 Umum Tanbu tahun 2024 meluluskan 40 orang.", "2024 edition"),
   ("kotabaru", "PT di Kotabaru mengirim 10 pekerja ikut sertifikasi K3 di Surabaya.", "private, other place")],
  B=("tanbu", "Senin nanti ada pelatihan K3 di Mahligai Bersujud, perusahaan kami kirim 3 orang. Semoga bermanfaat.", "before the opening"),
  L=None)

# ---------- F6 Kopontren ----------
A("a16", "diskopukm-kalsel", "11-03 11:00", "prov", "diskop-ukm-kalsel-dampingi-40-koperasi-pondok-pesantren",
  "Diskop UKM Kalsel Dampingi 40 Koperasi Pondok Pesantren",
  """BANJARBARU – Dinas Koperasi dan UKM Provinsi Kalsel mulai mendampingi 40 koperasi pondok pesantren (kopontren) di 11 kabupaten/kota. Pendampingan dibuka dengan pelatihan pembukuan digital di Aula Diskop UKM, %D3/11%.

"Kopontren punya pasar sendiri, yaitu ribuan santri. Kalau pembukuannya rapi, kopontren bisa mandiri dan dipercaya bank syariah," ujar Kepala Diskop UKM Kalsel, Hj. Mariatul Kiptiyah.

Setiap kopontren mendapat pendamping selama tiga bulan dan bantuan aplikasi kasir. Evaluasi dilakukan Februari 2027, dan lima kopontren terbaik mendapat modal usaha Rp25 juta. (diskop-kalsel/mk)""",
  "Diskop UKM Kalsel dampingi 40 kopontren 3 bulan; 5 terbaik dapat modal Rp25 juta pada 2027.",
  "Ampat puluh koperasi pondok pasantren di Kalsel didampingi Diskop UKM talu bulan. Baajar pembukuan digital, dibari aplikasi kasir jua. Santrinya ribuan, pasarnya sudah ada. Lima kopontren nang paling bagus dapat modal dua puluh lima juta tahun dudi 👍",
  [("banjar", "Koperasi Pondok Pesantren Nurul Ilmi Martapura membuka minimarket baru di depan pondok.", "a kopontren's own shop"),
   ("prov", "Diskop UKM Kalsel melatih 50 pelaku UMKM membuat label kemasan di aula yang sama.", "same organiser and hall"),
   ("prov", "Bank syariah menyalurkan pembiayaan Rp2 miliar untuk UMKM santri di Kalsel.", "bank programme, not cooperatives")],
  B=None, L=None)

A("a17", "pemkab-hsu", "11-12 10:10", "hsu", "enam-pesantren-di-amuntai-siapkan-kopontren",
  "Enam Pesantren di Amuntai Siapkan Kopontren",
  """AMUNTAI – Enam pondok pesantren di Kabupaten Hulu Sungai Utara mengikuti program pendampingan koperasi pondok pesantren dari Diskop UKM Kalsel. Dinas Koperasi HSU menggelar rapat pembentukan di Pondok Pesantren Rasyidiyah Khalidiyah Amuntai, %D12/11%.

"Dua pesantren sudah punya kopontren, empat lainnya baru membentuk. Kami bantu akta badan hukum sampai pembukuannya," kata Kepala Dinas Koperasi dan UKM HSU, Fahrurrazi.

Akta pendirian keempat kopontren baru ditargetkan selesai %D4/12%. Usaha awalnya antara lain kantin santri, laundry dan penjualan kitab. (diskominfo-hsu/fr)""",
  "HSU: 6 pesantren ikut pendampingan kopontren provinsi, 4 bentuk baru, akta selesai 4 Desember.",
  "Anam pondok pasantren di HSU umpat pendampingan kopontren matan provinsi. Dua sudah baisi koperasi, ampat hanyar mambantuk. Usahanya kantin santri, laundry, wan bajual kitab. Akta pendiriannya ditargetakan tuntung 4 Desember.",
  [("hsu", "Haul Tuan Guru di Pondok Rasyidiyah Khalidiyah Amuntai dihadiri ribuan jamaah, Ahad pagi.", "same venue, religious event"),
   ("hsu", "Koperasi Itik Alabio menggelar rapat anggota di Sungai Pandan.", "another cooperative"),
   ("hst", "Dinas Koperasi HST membentuk 3 kopontren di Barabai, akta ditargetkan Januari.", "another kabupaten")],
  B=None, L=None)

A("a18", "pemkab-banjar", "11-21 14:50", "banjar", "pemkab-banjar-beri-modal-rp600-juta-untuk-12-kopontren-martapura",
  "Pemkab Banjar Beri Modal Rp600 Juta untuk 12 Kopontren di Martapura",
  """MARTAPURA – Pemkab Banjar menyerahkan bantuan modal Rp600 juta dari APBD untuk 12 koperasi pondok pesantren di Martapura dan Martapura Barat, %D21/11%, di Pendopo Bupati. Setiap kopontren menerima Rp50 juta untuk usaha air minum isi ulang, toko kitab dan konveksi seragam santri.

"Program ini milik kabupaten sendiri, kami namai Kopontren Berkah. Modal ini bukan hibah habis pakai, wajib diputar dan dilaporkan," tegas Wakil Bupati Banjar, H. Said Abdurrahman.

Dinas Koperasi Banjar akan memantau laporan keuangan tiap triwulan. Tahun 2027 program diperluas ke pesantren di Astambul dan Sungai Tabuk. (kominfo-banjar/sa)""",
  "Banjar serahkan Rp600 juta untuk 12 kopontren Martapura (Rp50 juta masing-masing), program Kopontren Berkah.",
  "Pemkab Banjar mambari modal anam ratus juta gasan dua walas kopontren di Martapura, masing-masing lima puluh juta. Dipakai gasan usaha banyu isi ulang, toko kitab, wan jahitan saragam santri. Ingat, ini kada hibah habis, harus diputar wan dilaporakan. 2027 hagan ka Astambul wan Sungai Tabuk.",
  [("banjar", "Pendopo Bupati Banjar dipakai untuk pelantikan pengurus MUI kecamatan, Sabtu.", "same venue"),
   ("banjar", "Kopontren Berkah Banjar tahap 2025 menyalurkan Rp300 juta untuk 6 pesantren.", "2025 stage"),
   ("banjar", "Pesantren di Astambul masih menunggu bantuan modal, katanya tahun depan.", "next stage, 2027")],
  B=None,
  L="Lewat program Kopontren Berkah yang dibiayai APBD, Pemkab Banjar menyerahkan Rp600 juta kepada 12 koperasi pondok pesantren di Martapura dan Martapura Barat, masing-masing Rp50 juta, untuk air minum isi ulang, toko kitab dan konveksi seragam santri. Modal harus diputar dan dilaporkan tiap triwulan. Tahun 2027 program diperluas ke Astambul dan Sungai Tabuk.")

# ---------- F7 pembubaran koperasi tidak aktif (call -> result) + Batola ----------
A("a19", "diskopukm-kalsel", "11-04 09:30", "prov", "318-koperasi-tidak-aktif-di-kalsel-terancam-dibubarkan",
  "318 Koperasi Tidak Aktif di Kalsel Terancam Dibubarkan",
  """BANJARBARU – Diskop UKM Kalsel mencatat 318 koperasi yang tidak menggelar rapat anggota tahunan selama tiga tahun berturut-turut. Koperasi tersebut diminta melapor ke dinas koperasi kabupaten/kota paling lambat %D20/11% jika masih beroperasi.

"Koperasi papan nama merusak citra koperasi yang sehat. Kalau tidak ada tanggapan, kami usulkan pembubaran ke Kementerian Koperasi," ujar Kepala Bidang Kelembagaan Diskop UKM Kalsel, Syahrani Rahman.

Daftar 318 koperasi diumumkan di laman dinas dan papan pengumuman kantor kecamatan. Koperasi yang melapor akan dibina agar kembali menggelar RAT pada 2027. (diskop-kalsel/sr)""",
  "318 koperasi tak aktif di Kalsel diminta lapor sebelum 20 November atau diusulkan bubar.",
  "Talu ratus dalapan walas koperasi di Kalsel kada pernah RAT talu tahun baturut. Amun masih hidup, lapor ka dinas koperasi sabalum 20 Nopember. Amun kada, diusulakan dibubarakan. Cek lah di papan kecamatan, siapa tahu koperasi kampung kita masuk daftar 😬",
  [("prov", "Koperasi Karyawan Pemprov Kalsel membagikan SHU Rp1,2 miliar kepada anggota.", "a healthy cooperative, SHU"),
   ("bjm", "Kemenkop mencabut izin 12 koperasi simpan pinjam bermasalah secara nasional.", "national revocation"),
   ("prov", "Tahun 2024 Diskop Kalsel membubarkan 205 koperasi tidak aktif.", "2024 round")],
  B=None,
  L="Diskop UKM Kalsel menemukan 318 koperasi yang tiga tahun berturut-turut tidak menggelar RAT. Jika masih beroperasi, koperasi itu harus melapor ke dinas koperasi kabupaten/kota paling lambat 20 November; bila tidak, pembubarannya diusulkan ke Kementerian Koperasi. Daftarnya dipasang di laman dinas dan kantor kecamatan.")

A("a20", "diskopukm-kalsel", "11-26 10:15", "prov", "241-koperasi-diusulkan-bubar-77-kembali-aktif",
  "241 Koperasi Diusulkan Bubar, 77 Menyatakan Masih Aktif",
  """BANJARBARU – Hingga batas waktu %D20/11%, hanya 77 dari 318 koperasi tidak aktif yang melapor masih beroperasi. Diskop UKM Kalsel mengusulkan pembubaran 241 koperasi lainnya ke Kementerian Koperasi, %D26/11%.

"Terbanyak dari Banjar 38, Tanah Laut 31 dan Kotabaru 29. Sebagian besar koperasi unit desa lama dan koperasi simpan pinjam kecil," kata Kepala Diskop UKM Kalsel, Hj. Mariatul Kiptiyah.

Ke-77 koperasi yang melapor wajib menggelar RAT paling lambat Juni 2027. Aset koperasi yang dibubarkan akan diselesaikan oleh tim likuidasi yang dibentuk kabupaten/kota. (diskop-kalsel/mk)""",
  "Dari 318 koperasi tak aktif, 77 lapor masih jalan; 241 diusulkan bubar (Banjar 38, Tala 31, Kotabaru 29).",
  "Hasilnya sudah kaluar: matan 318 koperasi nang kada aktif, cuma 77 nang malapor. Dua ratus ampat puluh satu diusulakan bubar. Paling banyak di Banjar (38), Tanah Laut (31), Kotabaru (29). Nang 77 wajib RAT sabalum Juni 2027.",
  [("tala", "KUD Bati-Bati yang lama tutup kini gedungnya dipakai untuk posyandu.", "village story, no decision"),
   ("prov", "Diskop Kalsel mengumumkan 77 UMKM lolos kurasi pameran Inacraft 2027.", "same number, another programme"),
   ("kotabaru", "Tim likuidasi koperasi Kotabaru mulai mendata aset 29 koperasi pada Desember.", "next stage, later")],
  B=None, L=None)

A("a21", "pemkab-batola", "11-18 15:00", "batola", "batola-data-44-koperasi-papan-nama",
  "Batola Data 44 Koperasi Papan Nama",
  """MARABAHAN – Dinas Koperasi, UKM dan Perdagangan Barito Kuala turun ke 17 kecamatan untuk memverifikasi 44 koperasi yang diduga hanya tinggal papan nama, %D17/11% hingga %D19/11%. Verifikasi dilakukan sendiri oleh kabupaten dengan mendatangi alamat pengurus.

"Ada koperasi yang kantornya sudah jadi rumah warga, ada pengurus yang sudah meninggal. Yang masih punya anggota aktif kami bantu bangkit lagi," ujar Kepala Diskopdag Batola, Hj. Rahmawati Kusuma.

Hasil verifikasi akan diumumkan pada awal Desember. Koperasi yang masih aktif diundang mengikuti klinik RAT di Aula Selidah pada %D10/12%. (diskominfo-batola/rk)""",
  "Batola verifikasi 44 koperasi papan nama di 17 kecamatan; klinik RAT 10 Desember di Aula Selidah.",
  "Dinas koperasi Batola turun ka tujuh walas kecamatan mangecek ampat puluh ampat koperasi nang tinggal papan ngaran haja. Ada nang kantornya sudah jadi rumah urang, ada pengurusnya sudah maninggal. Nang masih baanggota dibantu bangkit, klinik RAT tanggal 10 Desember di Aula Selidah.",
  [("batola", "Aula Selidah dipakai untuk wisuda TK se-Marabahan, Sabtu pagi.", "same hall"),
   ("batola", "Koperasi Tani Belawang panen jeruk, SHU dibagikan Desember.", "an active cooperative"),
   ("hss", "Dinas Koperasi HSS juga mendata 30 koperasi tidak aktif di Kandangan.", "another kabupaten")],
  B=None, L=None)

# ---------- F8 lelang karet UPPB ----------
A("a22", "pemprov-kalsel", "11-06 14:30", "prov", "lelang-karet-bokar-bersih-di-14-uppb-dongkrak-harga",
  "Lelang Karet Bokar Bersih di 14 UPPB Dongkrak Harga",
  """BANJARBARU – Dinas Perkebunan dan Peternakan Kalsel menggelar lelang bahan olah karet (bokar) bersih serentak di 14 Unit Pengolahan dan Pemasaran Bokar (UPPB), %D6/11%. Lelang diikuti 1.260 petani karet dengan total 92 ton bokar.

"Harga di lelang UPPB rata-rata Rp2.000 lebih tinggi per kilogram dibanding tengkulak karena mutunya terjaga dan pabrik langsung menawar," kata Kepala Disbunnak Kalsel, Ir. Suparmi Handayani.

Lelang serentak akan digelar setiap dua minggu hingga akhir tahun. Petani yang ingin bergabung dapat mendaftar melalui kelompok tani ke UPPB terdekat. (biro-adpim/sh)""",
  "Lelang bokar serentak di 14 UPPB: 1.260 petani, 92 ton, harga Rp2.000/kg di atas tengkulak.",
  "Lelang karet bokar barasih di ampat walas UPPB, saribu dua ratus anam puluh patani umpat, dua ratus... kada, sambilan puluh dua ton! Harganya labih tinggi dua ribu sekilo daripada tengkulak. Tiap dua minggu ada lagi sampai akhir tahun. Patani gatah, ayo bagabung lewat kalompok tani.",
  [("tab", "Harga karet di tingkat petani Tanta pekan ini Rp11.500 per kilo, turun sedikit.", "price report, no auction"),
   ("bal", "Lelang karet UPPB Paringin tahun lalu hanya 6 ton karena banjir.", "2025 auction"),
   ("prov", "Disbunnak Kalsel membagikan 40 ribu bibit karet unggul di Tabalong.", "same office, seed aid")],
  B=None,
  L="Disbunnak Kalsel menggelar lelang bokar bersih serentak di 14 UPPB. Sebanyak 1.260 petani karet ikut dengan total 92 ton. Harga lelang rata-rata Rp2.000 per kilogram di atas harga tengkulak karena mutu terjaga dan pabrik menawar langsung. Lelang berikutnya tiap dua minggu sampai akhir tahun; petani mendaftar lewat kelompok tani ke UPPB terdekat.")

A("a23", "pemkab-balangan", "11-09 11:45", "bal", "lelang-perdana-uppb-paringin-terjual-18-ton",
  "Lelang Perdana UPPB Paringin Terjual 18 Ton",
  """PARINGIN – Lelang perdana UPPB Sumber Rezeki di Paringin, bagian dari lelang serentak provinsi, berhasil menjual 18 ton bokar pada %D9/11%. Harga tertinggi mencapai Rp13.400 per kilogram dari pabrik crumb rubber di Banjarmasin.

"Petani biasanya menjual ke pengepul Rp11.000. Selisihnya besar, apalagi untuk petani kecil," ujar Kepala Dinas Pertanian Balangan, H. Arbani Mustafa.

Sebanyak 214 petani dari Paringin, Paringin Selatan dan Awayan ikut dalam lelang ini. Lelang berikutnya dijadwalkan %D23/11% di lokasi yang sama. (diskominfo-blg/am)""",
  "UPPB Paringin jual 18 ton bokar di lelang perdana, harga tertinggi Rp13.400/kg; lelang lagi 23/11.",
  "Lelang partama UPPB Sumber Rezeki Paringin laku dalapan walas ton gatah! Harga paling tinggi tiga walas ribu ampat ratus sekilo, biasanya dijual ka pengepul cuma sawalas ribu. Nang umpat 214 patani matan Paringin, Paringin Selatan wan Awayan. Tanggal 23 ada lagi.",
  [("bal", "UPPB Sumber Rezeki Paringin menggelar lelang kedua 23 November, terjual 21 ton.", "the next auction, later"),
   ("bal", "Harga karet pengepul di Halong Rp11.000, petani mengeluh.", "price complaint"),
   ("hsu", "Lelang perdana UPPB di Haur Gading terjual 18 ton jua, harga Rp12.900.", "another kabupaten, same tonnage")],
  B=("bal", "Besok lelang karet partama di UPPB Paringin, bubuhan patani bawa gatah barasih lah. Mudahan harganya bagus.", "invitation before the first auction"),
  L=None)

A("a24", "pemkab-tabalong", "11-15 10:00", "tab", "pasar-lelang-karet-tanta-catat-26-ton",
  "Pasar Lelang Karet Tanta Catat 26 Ton",
  """TANJUNG – Pemkab Tabalong meresmikan pasar lelang karet mingguan di Desa Tanta Hulu, %D14/11%. Pasar lelang yang dibangun dari APBD kabupaten senilai Rp1,1 miliar ini langsung mencatat transaksi 26 ton bokar dari 340 petani.

"Pasar lelang ini milik kabupaten sendiri, terbuka setiap Sabtu. Petani tidak perlu lagi menunggu pengepul datang ke kebun," kata Bupati Tabalong melalui Kepala Dinas Perkebunan, H. Syahrian Noor.

Transaksi dilakukan tunai melalui bank daerah. Dinas juga membagikan 500 kantong asam semut gratis agar petani tidak memakai tawas atau pupuk TSP sebagai pembeku. (kominfo-tbl/syn)""",
  "Pasar lelang karet mingguan Tanta diresmikan: 26 ton dari 340 petani, setiap Sabtu.",
  "Tabalong baisi pasar lelang karet sorangan di Tanta Hulu, buka tiap Sabtu. Hari partama tajual dua puluh anam ton matan talu ratus ampat puluh patani. Dibagiakan jua asam semut gratis, jadi jangan lagi mamakai tawas atau TSP lah gasan mambakuakan gatah.",
  [("tab", "Pasar Sabtu Tanta ramai menjelang Maulid, pedagang wadai berjejer sampai jembatan.", "same place and day"),
   ("tab", "Pasar lelang karet Tanta pekan kedua hanya 14 ton karena hujan.", "the second week, later"),
   ("tab", "Bupati Tabalong meresmikan jembatan gantung di Tanta tahun 2024.", "same official, other event")],
  B=None, L=None)

# ---------- F9 FSVA / desa rawan pangan ----------
A("a25", "dkp-kalsel", "11-05 15:10", "prov", "peta-ketahanan-pangan-2026-11-desa-di-kalsel-rawan-pangan",
  "Peta Ketahanan Pangan 2026: 11 Desa di Kalsel Masuk Kategori Rawan",
  """BANJARBARU – Dinas Ketahanan Pangan Provinsi Kalsel merilis Peta Ketahanan dan Kerentanan Pangan (FSVA) 2026, %D5/11%. Dari 1.864 desa yang dipetakan, 11 desa masuk kategori rawan pangan, turun dari 19 desa tahun lalu.

"Desa rawan umumnya desa terpencil di perairan dan pegunungan, dengan akses jalan dan air bersih terbatas. Peta ini jadi dasar intervensi tahun depan," kata Kepala Dinas Ketahanan Pangan Kalsel, Dr. Hj. Nurul Aini Fajriah.

Kabupaten diminta menyusun rencana intervensi, mulai dari bantuan pangan, kebun pekarangan hingga perbaikan akses, paling lambat %D15/12%. (dkp-kalsel/naf)""",
  "FSVA 2026: 11 dari 1.864 desa Kalsel rawan pangan (2025: 19); rencana intervensi kabupaten 15 Desember.",
  "Dinas Katahanan Pangan Kalsel maluncurakan peta rawan pangan 2026. Matan saribu dalapan ratus anam puluh ampat desa, sawalas nang rawan, tahun tadi sambilan walas. Biasanya desa nang jauh, di banyu wan di gunung, jalan wan banyu barasih susah. Kabupaten disuruh ngulah rencana sabalum 15 Desember.",
  [("prov", "Harga beras medium di Kalsel stabil Rp13.500 per kilo menurut pantauan minggu ini.", "price monitoring"),
   ("prov", "FSVA 2025 mencatat 19 desa rawan pangan di Kalsel.", "2025 edition"),
   ("prov", "Dinas Ketahanan Pangan Kalsel menggelar lomba cipta menu ikan untuk ibu PKK.", "same office, another event")],
  B=None,
  L="Dinas Ketahanan Pangan Kalsel merilis peta FSVA 2026. Dari 1.864 desa, 11 tergolong rawan pangan, turun dari 19 pada 2025. Desa-desa itu umumnya terpencil di perairan dan pegunungan dengan akses jalan dan air bersih yang terbatas. Kabupaten diminta menyusun rencana intervensi (bantuan pangan, kebun pekarangan, perbaikan akses) paling lambat 15 Desember.")

A("a26", "pemkab-hsu", "11-13 09:50", "hsu", "tiga-desa-rawan-pangan-di-danau-panggang-dapat-intervensi",
  "Tiga Desa Rawan Pangan di Danau Panggang Dapat Intervensi",
  """AMUNTAI – Pemkab Hulu Sungai Utara langsung menindaklanjuti Peta Ketahanan Pangan 2026 dengan menyalurkan 4,5 ton beras dan 900 paket telur untuk tiga desa rawan pangan di Kecamatan Danau Panggang, %D13/11%. Ketiga desa itu adalah Sapala, Paminggir Seberang dan Bararawa.

"Saat air dalam, warga sulit bercocok tanam dan ikan berkurang. Bantuan ini sambil kita siapkan keramba dan kebun terapung," ujar Kepala Dinas Ketahanan Pangan HSU, Hj. Siti Rabiatul Adawiyah.

Bantuan diangkut dengan kelotok dari Amuntai. Pada Desember, dinas membagikan 60 paket bibit sayur untuk kebun terapung di ketiga desa. (diskominfo-hsu/sra)""",
  "HSU salurkan 4,5 ton beras dan 900 paket telur ke 3 desa rawan pangan Danau Panggang.",
  "Talu desa di Danau Panggang, Sapala, Paminggir Seberang wan Bararawa, dapat ampat satangah ton baras wan sambilan ratus paket hintalu. Wayah banyu dalam, warga susah batanam, iwak gin kurang. Dibawa pakai kelotok matan Amuntai. Desember dibari bibit sayur gasan kebun tarapung.",
  [("hsu", "Banjir rob di Paminggir, kelotok sekolah berhenti dua hari.", "same village, flood"),
   ("hsu", "Bantuan beras CPP 2025 untuk Danau Panggang disalurkan bulan Maret.", "earlier aid"),
   ("hsu", "Bibit sayur kebun terapung tiba di Bararawa, warga mulai menanam kangkung.", "the December stage, later")],
  B=None, L=None)

A("a27", "pemkab-kotabaru", "11-18 10:30", "kotabaru", "kotabaru-bangun-lumbung-ikan-kering-di-pulau-sembilan",
  "Kotabaru Bangun Lumbung Ikan Kering di Pulau Sembilan",
  """KOTABARU – Pemkab Kotabaru menyiapkan program sendiri untuk lima desa di Kecamatan Pulau Sembilan yang rawan pangan saat musim angin barat. Dinas Ketahanan Pangan Kotabaru meresmikan lumbung ikan kering dan beras di Desa Maradapan, %D18/11%.

"Setiap musim ombak, kapal logistik tidak bisa berlayar sampai tiga minggu. Lumbung ini menyimpan 8 ton beras dan 2 ton ikan kering sebagai cadangan," kata Kepala Dinas Ketahanan Pangan Kotabaru, H. Burhanuddin Lathief.

Lumbung dikelola kelompok nelayan dan PKK desa. Pengisian ulang dilakukan setiap Maret dan Oktober dengan dana APBD Kotabaru. (humas-kotabaru/bl)""",
  "Lumbung beras 8 ton dan ikan kering 2 ton diresmikan di Maradapan, Pulau Sembilan.",
  "Di Pulau Sembilan, amun musim angin barat kapal kada kawa balayar sampai talu minggu. Makanya Kotabaru maulah lumbung di Maradapan: dalapan ton baras wan dua ton iwak karing. Dikalola bubuhan nelayan wan PKK.",
  [("kotabaru", "Kapal perintis ke Pulau Sembilan ditunda karena gelombang 2,5 meter.", "weather notice"),
   ("kotabaru", "Festival Pesta Laut Pulau Sembilan digelar di Maradapan tahun lalu.", "same village, festival"),
   ("tanbu", "Tanah Bumbu menyalurkan 3 ton beras ke pulau Kerayaan Kusan.", "another kabupaten")],
  B=None, L=None)

# ---------- F10 Gerakan Selamatkan Pangan (food loss & waste) ----------
A("a28", "pemprov-kalsel", "11-08 10:00", "prov", "pemprov-kalsel-canangkan-gerakan-selamatkan-pangan",
  "Pemprov Kalsel Canangkan Gerakan Selamatkan Pangan",
  """BANJARMASIN – Pemprov Kalsel mencanangkan Gerakan Selamatkan Pangan di Siring 0 Kilometer, %D8/11%. Gerakan ini mengajak hotel, rumah makan dan pasar menyumbangkan makanan layak konsumsi yang tidak terjual agar tidak terbuang.

"Satu orang di Kalsel membuang rata-rata 96 kilogram makanan setahun. Padahal masih ada warga kita yang kekurangan," ujar Asisten Perekonomian Setdaprov Kalsel, H. Tajuddin Noor Arifin.

Tahap awal, 25 hotel dan restoran bergabung. Makanan disalurkan melalui relawan bank pangan ke panti asuhan dan warga rentan. Pemprov menargetkan 100 mitra pada akhir 2027. (biro-adpim/tna)""",
  "Gerakan Selamatkan Pangan dicanangkan: 25 hotel/restoran sumbang makanan tak terjual, target 100 mitra.",
  "Rata-rata urang Kalsel mambuang sambilan puluh anam kilo makanan satahun, sayang banar! Pemprov mancanangkan Gerakan Selamatkan Pangan di Siring Nol Kilometer. Hotel wan rumah makan manyumbang makanan nang masih layak, dibagiakan ka panti wan warga nang parlu. Dua puluh lima mitra dahulu.",
  [("bjm", "Car free day di Siring 0 Kilometer Minggu pagi diramaikan senam massal.", "same venue"),
   ("bjm", "Rumah makan di Jalan Pramuka membagi nasi gratis tiap Jumat.", "private charity"),
   ("prov", "Pemprov Kalsel mencanangkan Gerakan Tanam Pohon di Siring tahun lalu.", "another campaign")],
  B=("bjm", "Besok pagi di Siring 0 Km ada pencanangan gerakan pangan, bubuhan relawan bank pangan diundang. Ayo hadir!", "invitation"),
  L="Pemprov Kalsel mencanangkan Gerakan Selamatkan Pangan di Siring 0 Kilometer, Banjarmasin. Hotel, rumah makan dan pasar diajak menyumbangkan makanan layak yang tidak terjual. Menurut Asisten Perekonomian, tiap orang di Kalsel membuang sekitar 96 kg makanan setahun. Tahap awal 25 hotel dan restoran bergabung, makanan dibagikan relawan bank pangan ke panti asuhan dan warga rentan; targetnya 100 mitra akhir 2027.")

A("a29", "pemkot-banjarmasin", "11-16 11:20", "bjm", "14-rumah-makan-banjarmasin-donasikan-sisa-makanan-layak",
  "14 Rumah Makan di Banjarmasin Donasikan Makanan Layak Tak Terjual",
  """BANJARMASIN – Sebanyak 14 rumah makan di Banjarmasin bergabung dalam Gerakan Selamatkan Pangan yang dicanangkan Pemprov Kalsel. Penandatanganan kerja sama dilakukan di Balai Kota Banjarmasin, %D16/11%, bersama komunitas bank pangan.

"Setiap malam relawan menjemput makanan dari rumah makan dan membagikannya ke panti asuhan di Kelayan dan Pekapuran sebelum pukul sepuluh," kata Kepala Dinas Ketahanan Pangan, Pertanian dan Perikanan Banjarmasin, Hj. Lisna Wati Ramadhani.

Dalam seminggu pertama, 1.300 porsi makanan tersalurkan. Pemko mengajak warung dan katering lain mendaftar melalui kelurahan. (diskominfotik-bjm/lwr)""",
  "14 rumah makan Banjarmasin ikut Gerakan Selamatkan Pangan; 1.300 porsi tersalur minggu pertama.",
  "Ampat walas rumah makan di Banjarmasin umpat manyumbang makanan nang kada tajual tapi masih layak. Tiap malam relawan manjapai, dibagi ka panti di Kelayan wan Pekapuran. Saminggu partama sudah saribu talu ratus porsi. Warung lain nang handak umpat, daftar di kelurahan 👍",
  [("bjm", "Rumah makan di Pekapuran Raya terbakar dini hari, kerugian ratusan juta.", "same area, fire"),
   ("bjm", "Panti asuhan di Kelayan menerima bantuan sembako dari BAZNAS.", "same beneficiaries, other donor"),
   ("bjb", "Pemko Banjarbaru mengajak 10 hotel ikut donasi makanan, MoU pekan depan.", "another city")],
  B=None, L=None)

A("a30", "pemkot-banjarbaru", "11-22 13:40", "bjb", "bank-pangan-banjarbaru-salurkan-2-1-ton-sayur-dan-buah",
  "Bank Pangan Banjarbaru Salurkan 2,1 Ton Sayur dan Buah",
  """BANJARBARU – Bank Pangan Kota Banjarbaru yang dibentuk dengan APBD kota menyalurkan 2,1 ton sayur dan buah sisa pasar yang masih layak kepada 420 keluarga sejak dibuka Oktober. Laporan itu disampaikan dalam evaluasi di Pasar Bauntung, %D22/11%.

"Pedagang tidak lagi membuang tomat atau pisang yang kulitnya sedikit rusak. Kami sortir, cuci dan bagikan hari itu juga," jelas Kepala Dinas Ketahanan Pangan Banjarbaru, Akhmad Riduansyah.

Sisa yang tidak layak diolah menjadi kompos untuk kebun sekolah. Pemko berencana membuka gerai bank pangan kedua di Pasar Cempaka pada Januari 2027. (diskominfo-bjb/ar)""",
  "Bank Pangan Banjarbaru bagikan 2,1 ton sayur-buah sisa pasar ke 420 keluarga; gerai kedua Cempaka 2027.",
  "Bank Pangan Banjarbaru sudah mambagi dua koma satu ton sayur wan buah sisa pasar nang masih layak ka ampat ratus dua puluh kaluarga. Tomat atau pisang nang kulitnya rusak saikit kada dibuang lagi. Nang kada layak dijadiakan kompos. Januari dudi ada gerai kadua di Pasar Cempaka.",
  [("bjb", "Harga tomat di Pasar Bauntung naik jadi Rp18.000 per kilo.", "same market, prices"),
   ("bjb", "Gerai bank pangan Pasar Cempaka mulai dibangun, warga menanyakan kapan buka.", "the second gerai, later"),
   ("bjb", "Kebun sekolah SDN Guntung Payung panen sawi pakai kompos buatan murid.", "school garden")],
  B=None, L=None)

# ---------- F11 sertifikasi tanah wakaf ----------
A("a31", "kemenag-kalsel", "11-07 10:30", "prov", "kemenag-dan-bpn-kalsel-targetkan-420-sertifikat-tanah-wakaf",
  "Kemenag dan BPN Kalsel Targetkan 420 Sertifikat Tanah Wakaf",
  """BANJARMASIN – Kanwil Kementerian Agama Provinsi Kalsel dan Kanwil BPN Kalsel menandatangani percepatan sertifikasi tanah wakaf, %D7/11%. Tahun ini ditargetkan 420 bidang tanah masjid, langgar, madrasah dan makam bersertifikat.

"Masih banyak tanah wakaf hanya berdasar ikrar lisan. Ketika ahli waris berganti, rawan sengketa," ujar Kepala Kanwil Kemenag Kalsel, Dr. H. Ahmad Fauzan Rifani.

Nazir diminta menyiapkan akta ikrar wakaf dari KUA, surat keterangan desa dan bukti kepemilikan awal. Pengukuran oleh BPN dimulai %D16/11% tanpa biaya. (kemenag-kalsel/afr)""",
  "Kemenag–BPN Kalsel targetkan 420 sertifikat tanah wakaf tahun ini; pengukuran gratis mulai 16/11.",
  "Banyak tanah wakaf masjid, langgar, madrasah wan kuburan nang cuma ikrar lisan haja. Kemenag wan BPN Kalsel handak manyartifikatakan ampat ratus dua puluh bidang tahun ini. Nazir siapakan akta ikrar wakaf matan KUA, surat desa, wan bukti asal tanah. Ukur tanah mulai 16 Nopember, kada bayar.",
  [("bjm", "Sengketa lahan langgar di Sungai Jingah diselesaikan lewat musyawarah keluarga.", "a dispute, no programme"),
   ("prov", "BPN Kalsel menyerahkan 1.500 sertifikat PTSL di Tapin.", "land certificates, not wakaf"),
   ("prov", "Kemenag Kalsel dan BPN menyerahkan 310 sertifikat tanah wakaf pada 2025.", "2025 result")],
  B=None,
  L="Kanwil Kemenag dan Kanwil BPN Kalsel sepakat mempercepat sertifikasi tanah wakaf: 420 bidang tanah masjid, langgar, madrasah dan makam ditargetkan bersertifikat tahun ini. Banyak wakaf hanya berdasar ikrar lisan dan rawan sengketa. Nazir menyiapkan akta ikrar wakaf dari KUA, surat keterangan desa dan bukti kepemilikan; BPN mengukur gratis mulai 16 November.")

A("a32", "pemkab-tapin", "11-19 14:00", "tapin", "60-sertifikat-tanah-wakaf-diserahkan-di-tapin",
  "60 Sertifikat Tanah Wakaf Diserahkan di Tapin",
  """RANTAU – Sebanyak 60 sertifikat tanah wakaf diserahkan kepada nazir masjid dan langgar se-Kabupaten Tapin di Masjid Agung Darul Mukhlisin Rantau, %D19/11%. Penyerahan ini bagian pertama dari target percepatan sertifikasi wakaf Kemenag dan BPN Kalsel.

"Alhamdulillah, tanah langgar yang diwakafkan kakek-nenek kita kini punya kepastian hukum," kata Bupati Tapin, H. Syahrudin Ilmi.

Sertifikat terbanyak untuk langgar di Tapin Utara, Binuang dan Candi Laras Selatan. Kemenag Tapin mencatat 140 bidang lagi masih menunggu pengukuran. (prokopim-tapin/si)""",
  "Tapin terima 60 sertifikat tanah wakaf di Masjid Agung Rantau; 140 bidang lagi menunggu ukur.",
  "Anam puluh sartifikat tanah wakaf diserahakan ka nazir masjid wan langgar di Tapin, di Masjid Agung Rantau. Tanah langgar nang diwakafakan kai wan nini kita wayahini sudah jalas hukumnya. Masih ada 140 bidang nang bahanu diukur.",
  [("tapin", "Haul di Masjid Agung Darul Mukhlisin Rantau, Kamis malam, jamaah melimpah.", "same mosque"),
   ("tapin", "Langgar Al-Huda Binuang direhab swadaya warga, atap seng baru.", "same area, renovation"),
   ("hss", "HSS menyerahkan 60 sertifikat wakaf di Masjid Taqwa Kandangan.", "another kabupaten, same count")],
  B=("tapin", "Kamis ini nazir langgar di Tapin diundang ke Masjid Agung, katanya penyerahan sertifikat wakaf. Langgar kami masuk kah?", "before the handover"),
  L=None)

A("a33", "pemkab-hst", "11-24 10:00", "hst", "pemkab-hst-tanggung-biaya-sertifikasi-45-bidang-tanah-wakaf",
  "Pemkab HST Tanggung Biaya Sertifikasi 45 Bidang Tanah Wakaf",
  """BARABAI – Pemkab Hulu Sungai Tengah menanggung biaya pengurusan 45 bidang tanah wakaf di Barabai dan Batang Alai Selatan melalui program Wakaf Tenang yang dibiayai APBD kabupaten. Peluncuran program digelar di Masjid Agung Riadhusshalihin, %D24/11%.

"Biaya yang kami tanggung meliputi pengukuran ulang, materai dan transport nazir. Masjid tidak perlu lagi urunan untuk mengurus surat," ujar Wakil Bupati HST, H. Rusdi Hamdani.

Berkas dikumpulkan melalui KUA kecamatan hingga %D5/12%. Sertifikat ditargetkan terbit sebelum Ramadan 2027. (prokopim-hst/rh)""",
  "HST biayai sertifikasi 45 bidang tanah wakaf (program Wakaf Tenang), berkas lewat KUA sampai 5/12.",
  "Pemkab HST manangguang biaya ngurus ampat puluh lima bidang tanah wakaf di Barabai wan Batang Alai Selatan. Jadi masjid kada usah urunan lagi. Berkas dikumpul di KUA sampai 5 Desember, sartifikat mudahan tuntung sabalum Ramadan.",
  [("hst", "Masjid Agung Riadhusshalihin Barabai menggelar tabligh akbar Jumat malam.", "same mosque"),
   ("hst", "KUA Barabai menggelar bimbingan perkawinan 40 calon pengantin.", "same KUA, another service"),
   ("hsu", "HSU menanggung biaya 30 sertifikat wakaf, diluncurkan di Amuntai.", "another kabupaten")],
  B=None, L=None)

# ---------- F12 lomba masjid ramah musafir (call -> winners) + Tanbu takmir ----------
A("a34", "kemenag-kalsel", "11-02 14:20", "prov", "kemenag-kalsel-gelar-lomba-masjid-ramah-musafir",
  "Kemenag Kalsel Gelar Lomba Masjid Ramah Musafir",
  """BANJARMASIN – Kanwil Kemenag Kalsel menggelar Lomba Masjid Ramah Musafir 2026 untuk masjid di jalur trans-Kalimantan dan jalan provinsi. Pendaftaran dibuka %D2/11% hingga %D14/11% melalui Kemenag kabupaten/kota.

"Masjid yang ramah musafir itu toiletnya bersih, terbuka 24 jam, ada tempat istirahat dan air minum. Itu sedekah yang paling terasa bagi pengendara," kata Kepala Bidang Urusan Agama Islam Kanwil Kemenag Kalsel, H. Abdul Wahid Rasyidi.

Penilaian lapangan digelar 16–20 November. Juara I hingga III mendapat dana pembinaan Rp15 juta, Rp10 juta dan Rp7,5 juta. (kemenag-kalsel/awr)""",
  "Lomba Masjid Ramah Musafir 2026 Kemenag Kalsel: daftar 2–14 November, juara I Rp15 juta.",
  "Kemenag Kalsel maadakan lomba masjid ramah musafir gasan masjid di pinggir jalan trans-Kalimantan. Syaratnya WC barasih, buka 24 jam, ada tampat baistirahat wan banyu minum. Daftar sampai 14 Nopember lewat Kemenag kabupaten. Juara satu dapat lima walas juta.",
  [("tapin", "Masjid di Binuang menyediakan kopi gratis untuk sopir truk setiap malam Jumat.", "a mosque's own service"),
   ("prov", "Kemenag Kalsel menggelar lomba kebersihan KUA 2026.", "same organiser, another contest"),
   ("prov", "Lomba Masjid Ramah Musafir 2025 dimenangkan masjid di Pelaihari.", "2025 edition")],
  B=None,
  L="Kanwil Kemenag Kalsel membuka Lomba Masjid Ramah Musafir 2026 bagi masjid di jalur trans-Kalimantan dan jalan provinsi. Pendaftaran lewat Kemenag kabupaten/kota pada 2–14 November, penilaian lapangan 16–20 November. Kriterianya antara lain toilet bersih, buka 24 jam, tempat istirahat dan air minum. Hadiah Rp15 juta, Rp10 juta dan Rp7,5 juta.")

A("a35", "kemenag-kalsel", "11-27 11:00", "prov", "masjid-al-mubarak-binuang-juara-masjid-ramah-musafir",
  "Masjid Al-Mubarak Binuang Juara Masjid Ramah Musafir 2026",
  """BANJARMASIN – Masjid Al-Mubarak Binuang, Kabupaten Tapin, meraih juara I Lomba Masjid Ramah Musafir 2026 yang diumumkan Kanwil Kemenag Kalsel, %D27/11%. Juara II diraih Masjid Nurul Hidayah Bati-Bati (Tanah Laut) dan juara III Masjid Jami Simpang Empat (Tanah Bumbu).

"Dewan juri menilai 46 masjid. Al-Mubarak unggul karena ruang istirahat sopir, toilet difabel dan dapur umum yang buka sampai subuh," kata Kepala Kanwil Kemenag Kalsel, Dr. H. Ahmad Fauzan Rifani.

Hadiah diserahkan pada %D30/11% di Kanwil Kemenag Kalsel. Ketiga masjid akan dijadikan contoh pelatihan takmir tahun 2027. (kemenag-kalsel/afr)""",
  "Juara Masjid Ramah Musafir 2026: Al-Mubarak Binuang, Nurul Hidayah Bati-Bati, Jami Simpang Empat.",
  "Salamat gasan Masjid Al-Mubarak Binuang, juara satu masjid ramah musafir 2026! Juara dua Nurul Hidayah Bati-Bati, juara talu Masjid Jami Simpang Ampat. Ampat puluh anam masjid dinilai. Al-Mubarak baisi ruang istirahat sopir, WC difabel wan dapur sampai subuh 🕌",
  [("tala", "Masjid Nurul Hidayah Bati-Bati menggelar khitanan massal 30 anak.", "same mosque, another event"),
   ("tanbu", "Masjid Jami Simpang Empat direnovasi kubahnya, warga diajak infak.", "same mosque, renovation"),
   ("prov", "Pengumuman juara lomba adzan tingkat provinsi di Kanwil Kemenag Kalsel.", "same office, other contest")],
  B=("tapin", "Juri lomba masjid datang ke Al-Mubarak Binuang tadi, dicek sampai ke dapur. Doakan lah dangsanak 🤲", "the field visit, before the winners"),
  L=None)

A("a36", "pemkab-tanah-bumbu", "11-11 09:00", "tanbu", "80-takmir-masjid-tanbu-ikuti-pelatihan-manajemen-masjid",
  "80 Takmir Masjid Tanah Bumbu Ikuti Pelatihan Manajemen Masjid",
  """BATULICIN – Sebanyak 80 pengurus (takmir) masjid dari 12 kecamatan di Tanah Bumbu mengikuti pelatihan manajemen masjid yang digelar Bagian Kesra Setda Tanah Bumbu di Masjid Agung Nurul Falah Batulicin, %D11/11%. Materi meliputi laporan keuangan infak, pengelolaan remaja masjid dan layanan musafir.

"Masjid bukan hanya tempat salat. Dengan manajemen yang baik, masjid bisa menyantuni warga dan menggerakkan ekonomi jamaah," kata Bupati Tanah Bumbu melalui Kepala Bagian Kesra, H. Andi Syamsuddin.

Pelatihan berlangsung dua hari. Masjid peserta diminta menerapkan laporan keuangan terbuka di papan pengumuman mulai Desember. (prokopim-tanbu/asy)""",
  "80 takmir masjid Tanbu ikut pelatihan manajemen masjid 2 hari di Masjid Agung Nurul Falah.",
  "Dalapan puluh pengurus masjid di Tanah Bumbu baajar manajemen masjid, dua hari di Masjid Agung Nurul Falah Batulicin. Diajari laporan duit infak, ngurus remaja masjid, wan malayani musafir. Mulai Desember laporan keuangan harus ditampal di papan pengumuman.",
  [("tanbu", "Masjid Agung Nurul Falah Batulicin menggelar pengajian akbar Maulid, Sabtu malam.", "same mosque"),
   ("tanbu", "Pelatihan takmir Tanbu 2025 diikuti 60 pengurus.", "2025 edition"),
   ("kotabaru", "Kesra Kotabaru menggelar pelatihan manajemen masjid 50 takmir di Stagen.", "another kabupaten")],
  B=None, L=None)
