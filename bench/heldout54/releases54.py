"""heldout54 — hand-written releases (transport and traffic, Kalsel, November 2026).

Each release: id, source, publication time (Wita), title, three paragraphs; then the KIM texts that amplify it:
S  short own-words summary (8–20 words), L long own-words summary (some), P paraphrase (Banjar or casual Indonesian).
"""

REL = []


def R(aid, source, when, title, text, S, P, L=None):
    REL.append(dict(id=aid, source=source, when=when, title=title, text=text.strip(), S=S, P=P, L=L))


# ---------------------------------------------------------------- pos pinjam pelampung
R("a01", "dishub-kalsel", "2026-11-02T09:40", "Dishub Kalsel Buka 40 Pos Pinjam Pelampung di Dermaga Sungai", """
BANJARMASIN – Dinas Perhubungan Provinsi Kalimantan Selatan membuka 40 Pos Pinjam Pelampung di 40 dermaga penyeberangan sungai pada Senin (2/11/2026). Sebanyak 1.600 pelampung ditempatkan di dermaga yang tersebar di tujuh kabupaten/kota, antara lain Banjarmasin, Barito Kuala, Banjar dan Hulu Sungai Utara. Penumpang kelotok dan perahu penyeberangan dapat meminjam pelampung tanpa biaya dan mengembalikannya di dermaga tujuan.

“Banyak warga menyeberang hanya lima menit, jadi merasa tidak perlu pelampung. Dengan pos ini tidak ada lagi alasan,” kata Kepala Bidang Pelayaran Dishub Kalsel, Hairil Anwar Sjahrani.

Setiap pos dijaga petugas dermaga yang mencatat jumlah pelampung setiap sore. Evaluasi pertama dijadwalkan pada akhir November untuk menentukan dermaga yang perlu tambahan. Warga juga diminta melapor bila pos tidak dijaga. (dishub/arf)
""",
  S="Dishub Kalsel buka 40 pos pinjam pelampung gratis di dermaga sungai, total 1.600 pelampung, pinjam di sini kembalikan di dermaga tujuan.",
  L="Mulai 2 November ada Pos Pinjam Pelampung di 40 dermaga penyeberangan di tujuh kabupaten/kota (termasuk Banjarmasin, Batola, Banjar, HSU). Isinya 1.600 pelampung dari Dishub Provinsi. Penumpang kelotok tinggal pinjam tanpa bayar, lalu serahkan lagi ke petugas di dermaga tujuan. Akhir bulan nanti dievaluasi dermaga mana yang perlu ditambah.",
  P="Dangsanak, wayah ini di 40 dermaga sudah ada pos pinjam pelampung matan Dishub Provinsi 🦺 Saribu anam ratus buting pelampung, kada bayar, pinjam haja di dermaga asal, bulikakan di dermaga tujuan. Jangan lagi bapikir \"cuma lima menit ja manyubarang\" 😅 #BahimatDiSungai #KalselBaiman")

R("a02", "pemkab-batola", "2026-11-05T14:20", "Delapan Pos Pinjam Pelampung Hadir di Dermaga Barito Kuala", """
MARABAHAN – Delapan dari 40 Pos Pinjam Pelampung program Dinas Perhubungan Provinsi Kalimantan Selatan kini beroperasi di Kabupaten Barito Kuala. Penyerahan 320 pelampung dilakukan di Dermaga Marabahan pada Kamis (5/11/2026), lalu dibagi ke dermaga Marabahan, Bagus, Tabunganen Muara, Jejangkit, Kuripan, Tamban, Anjir Muara dan Belawang. Setiap pos dilengkapi lemari besi berwarna oranye dan papan petunjuk cara memakai pelampung.

“Kami minta motoris kelotok ikut mengingatkan penumpang. Pelampung dipinjam gratis, cukup dikembalikan di dermaga tujuan,” ujar Kepala Dinas Perhubungan Barito Kuala, Syamsul Bahri Ardiansyah.

Dishub Batola menugaskan 16 petugas dermaga yang berjaga bergantian pagi dan sore. Warga yang menemukan pelampung rusak diminta melapor kepada petugas agar segera diganti, sehingga setiap pos selalu memiliki 40 pelampung layak pakai. (kominfo-batola/yn)
""",
  S="Batola kebagian 8 pos pinjam pelampung, 320 pelampung diserahkan di Dermaga Marabahan, termasuk untuk Tabunganen Muara dan Jejangkit.",
  L="Dari 40 pos pinjam pelampung program provinsi, delapan ada di Batola: Marabahan, Bagus, Tabunganen Muara, Jejangkit, Kuripan, Tamban, Anjir Muara dan Belawang. Sebanyak 320 pelampung diserahkan Kamis 5/11 di Dermaga Marabahan. Ada 16 petugas jaga pagi dan sore; kalau ketemu pelampung rusak, lapor ke petugas.",
  P="Bubuhan Jejangkit wan Tabunganen, di dermaga kita sudah ada pos pinjam pelampung lah 🦺 Batola dapat walu pos, talu ratus dua puluh pelampung. Pinjam haja, kada bayar, asal dibulikakan di dermaga tujuan. Motoris jua disuruh maingatakan penumpang.")

R("a03", "pemkot-banjarmasin", "2026-11-10T11:05", "Pemko Banjarmasin Bagikan 450 Rompi Pelampung untuk Pedagang Jukung", """
BANJARMASIN – Pemerintah Kota Banjarmasin membagikan 450 rompi pelampung kepada pedagang jukung dan pengayuh perahu wisata pada Selasa (10/11/2026) di Siring Pierre Tendean. Rompi berwarna kuning itu dibeli dari APBD kota dan menjadi milik penerima, berbeda dengan pelampung pinjaman di dermaga. Setiap rompi diberi nomor dan nama penerima agar tidak tertukar atau dijual kembali.

“Pedagang jukung berjam-jam di sungai setiap subuh. Rompi ini ringan dan tidak mengganggu saat mengayuh,” kata Asisten Perekonomian dan Pembangunan Setdako Banjarmasin, Ahmad Rudiansyah Noor.

Penerima terdiri atas 310 pedagang Pasar Terapung Siring dan 140 pengayuh jukung wisata. Dinas Perhubungan Banjarmasin akan memeriksa pemakaian rompi setiap Minggu pagi selama Desember dan mencatat pedagang yang belum memakainya. (humas-bjm/ds)
""",
  S="Pemko Banjarmasin bagi 450 rompi pelampung kuning untuk pedagang jukung dan pengayuh perahu wisata di Siring Tendean.",
  L="Selasa 10/11 di Siring Pierre Tendean, Pemko membagikan 450 rompi pelampung kuning: 310 untuk pedagang Pasar Terapung Siring dan 140 untuk pengayuh jukung wisata. Rompinya dibeli dari APBD kota dan jadi milik masing-masing, bukan pinjaman seperti di dermaga. Tiap Minggu pagi di bulan Desember Dishub kota akan cek siapa yang sudah pakai.",
  P="Acil-acil padagang jukung di Siring, rompi kuning gasan pian sudah dibagiakan Pemko 💛 Ampat ratus lima puluh buah, jadi ampun saurang, kada usah dibulikakan. Minggu isuk Dishub rancak maitihi siapa nang kada mamakai, jadi pakai lah 😄")

R("a04", "dishub-kalsel", "2026-11-27T15:30", "Tiga Pekan, Pelampung di 40 Pos Dipinjam 9.214 Kali", """
BANJARMASIN – Pelampung di 40 Pos Pinjam Pelampung Dinas Perhubungan Provinsi Kalimantan Selatan dipinjam 9.214 kali selama tiga pekan pertama sejak 2 November. Angka itu dipaparkan dalam rapat evaluasi di kantor Dishub Kalsel, Jumat (27/11/2026). Dermaga Marabahan mencatat peminjaman terbanyak, yakni 1.130 kali, disusul dermaga penyeberangan Alalak dengan 870 kali. Rata-rata setiap pos melayani sekitar 11 peminjaman per hari, terbanyak pada pagi hari saat pelajar dan pedagang menyeberang.

“Ada 37 pelampung hilang dan 52 rusak. Itu kecil dibanding manfaatnya, tetapi tetap kami catat per dermaga,” kata Kepala Bidang Pelayaran Dishub Kalsel, Hairil Anwar Sjahrani.

Dishub Kalsel akan menambah 400 pelampung untuk sepuluh dermaga tersibuk pada pertengahan Desember dan memasang papan aturan pinjam di setiap pos. (dishub/arf)
""",
  S="Evaluasi 3 pekan: pelampung di 40 pos dipinjam 9.214 kali, terbanyak di Dermaga Marabahan; 400 pelampung ditambah Desember.",
  L="Hasil evaluasi Dishub Kalsel Jumat 27/11: dalam tiga pekan, pelampung di 40 pos dipinjam 9.214 kali. Paling ramai Dermaga Marabahan (1.130 kali) lalu Alalak (870). Ada 37 yang hilang dan 52 rusak. Pertengahan Desember sepuluh dermaga tersibuk dapat tambahan 400 pelampung.",
  P="Rupanya laku banar pos pelampung tu, sambilan ribu labih dipinjam dalam talu minggu 👏 Marabahan paling banyak, saribu saratus talu puluh kali. Tapi ada jua nang kada dibulikakan, talu puluh tujuh buting hilang 🙄 Desember kaina ditambahi ampat ratus lagi.")

# ---------------------------------------------------------------- lampu navigasi
R("a05", "pemkab-hsu", "2026-11-04T22:40", "Razia Malam, 54 Speedboat dan Kelotok di Amuntai Tanpa Lampu Navigasi", """
AMUNTAI – Dinas Perhubungan Hulu Sungai Utara memeriksa 96 speedboat dan kelotok yang berlabuh di Dermaga Amuntai pada Rabu (4/11/2026) malam. Hasilnya, 54 perahu tidak memiliki lampu navigasi yang menyala, padahal banyak di antaranya melayani rute Amuntai–Danau Panggang hingga lepas magrib. Petugas langsung memasang 54 lampu LED tenaga surya secara gratis. Pemeriksaan berlangsung dari pukul 19.00 hingga 22.00 Wita dan melibatkan Satpolairud Polres HSU.

“Tabrakan di tikungan sungai hampir selalu terjadi saat gelap. Lampu merah-hijau ini murah, tapi menyelamatkan,” ujar Kepala Dishub HSU, Masrani Effendi.

Sisa 146 dari 200 lampu bantuan akan dipasang di Dermaga Danau Panggang dan Babirik pekan depan. Motoris yang belum terdata diminta mendaftar ke pos dermaga. (prokom-hsu/nr)
""",
  S="Pemeriksaan malam di Dermaga Amuntai: 54 dari 96 speedboat/kelotok tanpa lampu navigasi, langsung dipasangi lampu LED gratis.",
  L="Rabu malam 4/11 Dishub HSU memeriksa 96 speedboat dan kelotok di Dermaga Amuntai. Sebanyak 54 tidak punya lampu navigasi yang menyala, padahal banyak yang jalan ke Danau Panggang sampai lepas magrib. Petugas langsung pasang 54 lampu LED tenaga surya gratis. Masih ada 146 lampu lagi untuk Danau Panggang dan Babirik.",
  P="Tadi malam di Dermaga Amuntai Dishub mamariksa speedboat wan kelotok, lima puluh ampat buah kada baisi lampu 😬 Langsung dipasangakan lampu LED tenaga matahari, gratis. Motoris nang rancak bulik malam, bahimat lah, di tikungan sungai tu kada tapandang.")

R("a06", "pemkab-hsu", "2026-11-11T16:10", "146 Lampu Navigasi Terpasang di Kelotok Danau Panggang dan Babirik", """
DANAU PANGGANG – Dinas Perhubungan Hulu Sungai Utara menuntaskan pemasangan 146 lampu navigasi tenaga surya pada kelotok dan speedboat di Dermaga Danau Panggang dan Dermaga Babirik, Rabu (11/11/2026). Dengan tambahan ini, seluruh 200 lampu bantuan tahun 2026 sudah terpasang, termasuk 54 unit di Dermaga Amuntai pekan lalu. Pemasangan dilakukan sejak pagi dengan melibatkan delapan teknisi dan kelompok motoris setempat, sehingga setiap kelotok langsung diuji nyala sebelum berangkat.

“Di Danau Panggang banyak kelotok pengangkut ikan yang berangkat sebelum subuh, jadi lampu ini sangat diperlukan,” kata Kepala Bidang Angkutan Dishub HSU, Rusmilawati Hasanah.

Dishub HSU mencatat 31 motoris yang belum kebagian lampu. Mereka dijanjikan masuk daftar bantuan 2027, sementara pemeriksaan malam akan diulang setiap bulan di tiga dermaga. (prokom-hsu/nr)
""",
  S="Tahap kedua: 146 lampu navigasi terpasang di kelotok Danau Panggang dan Babirik, 200 lampu bantuan HSU kini tuntas.",
  P="Kelotok iwak di Danau Panggang wan Babirik sudah dipasangi lampu navigasi jua, saratus ampat puluh anam buah 🔦 Jadi dua ratus lampu bantuan HSU sudah habis tapasang. Nang balum kabagian, talu puluh satu motoris, kaina tahun 2027 cer.")

R("a07", "pemkab-kotabaru", "2026-11-12T10:30", "120 Lampu Navigasi untuk Speedboat Rute Pulau Laut–Pulau Sebuku", """
KOTABARU – Pemerintah Kabupaten Kotabaru menyerahkan 120 lampu navigasi dan 120 reflektor kepada motoris speedboat rute Pulau Laut Utara–Pulau Sebuku, Kamis (12/11/2026), di Dermaga Stagen. Sebelum penyerahan, petugas Dinas Perhubungan memeriksa kelengkapan 64 speedboat; 41 di antaranya hanya membawa senter sebagai penerangan. Setiap paket berisi lampu merah, hijau dan putih bertenaga aki kering yang dapat diisi ulang di dermaga.

“Jalur selat ini ramai kapal tongkang pada malam hari. Speedboat tanpa lampu nyaris tidak terlihat,” kata Kepala Dinas Perhubungan Kotabaru, Gusti Rizky Fahrurazi.

Motoris wajib memasang lampu sebelum 30 November. Setelah itu, speedboat tanpa lampu navigasi tidak diberi izin berangkat dari Dermaga Stagen selepas pukul 17.30 Wita. (diskominfo-kb/hs)
""",
  S="Motoris speedboat Stagen–Sebuku terima 120 lampu navigasi dan reflektor; mulai 30 November tanpa lampu tak boleh berangkat sore.",
  L="Kamis 12/11 di Dermaga Stagen, Pemkab Kotabaru menyerahkan 120 lampu navigasi dan 120 reflektor untuk speedboat rute Pulau Laut Utara–Pulau Sebuku. Dari 64 speedboat yang diperiksa, 41 cuma bawa senter. Lampu wajib terpasang sebelum 30 November; sesudah itu speedboat tanpa lampu dilarang berangkat dari Stagen lewat jam 17.30.",
  P="Motoris speedboat Sebuku, lampu wan reflektor sudah dibagi di Dermaga Stagen, saratus dua puluh pasang 🚤 Pasang sabalum tanggal 30, amun kada, lewat jam satangah anam sore kada dibari barangkat. Di selat malam tu banyak tongkang, senter haja kada cukup, dangsanak.")

R("a08", "pemkab-hss", "2026-11-17T19:45", "Dishub HSS Pasang Lampu dan Reflektor di 80 Kelotok Daha", """
NEGARA – Dinas Perhubungan Hulu Sungai Selatan memasang lampu navigasi dan stiker reflektor pada 80 kelotok di Kecamatan Daha Selatan dan Daha Utara, Selasa (17/11/2026). Pemeriksaan dimulai di Dermaga Negara sejak pukul 16.00 Wita dan berlanjut hingga pukul 21.00 Wita di Tambak Bitin. Sebanyak 17 kelotok yang diperiksa ternyata tidak memiliki lampu sama sekali.

“Kelotok di Daha membawa penumpang sekaligus hasil kebun, sering pulang malam. Lampu ini kami pasang langsung, bukan hanya dibagikan,” ujar Kepala Dishub HSS, Hendra Juniansyah.

Sebanyak 80 paket lampu dan reflektor berasal dari APBD HSS 2026. Dishub HSS akan mendata kelotok di Daha Barat pada awal Desember untuk paket tahun depan, sekaligus memeriksa kelotok yang tahun ini belum terjangkau. (diskominfo-hss/ma)
""",
  S="Dishub HSS pasang lampu navigasi dan reflektor di 80 kelotok Daha Selatan–Daha Utara, dari Dermaga Negara sampai Tambak Bitin.",
  P="Kelotok bubuhan Daha, sudah dipasangakan lampu wan stiker reflektor lah lawan Dishub HSS, walu puluh buah 👍 Mulai sore di Dermaga Negara sampai malam di Tambak Bitin. Nang di Daha Barat sabar dulu, Desember kaina didata.")

# ---------------------------------------------------------------- jadwal kapal/kelotok pulau
R("a09", "diskominfo-kalsel", "2026-11-09T13:00", "Jadwal Kapal Perintis Desember: Enam Pelayaran ke Pulau Sembilan", """
BANJARMASIN – Dinas Perhubungan Provinsi Kalimantan Selatan merilis jadwal kapal perintis KM Intan Bahari untuk Desember 2026 pada Senin (9/11/2026). Kapal dijadwalkan enam kali berlayar dari Pelabuhan Kotabaru ke Pulau Sembilan dengan singgah di Pulau Matasirih, setiap Selasa dan Jumat mulai 1 Desember. Tarif tetap Rp25.000 untuk dewasa dan Rp10.000 untuk anak. Kapal berkapasitas 120 penumpang itu juga membawa barang kebutuhan pokok dengan muatan maksimal 20 ton.

“Jadwal diumumkan sebulan lebih awal supaya warga pulau bisa merencanakan belanja dan berobat,” kata Kepala Bidang Pelayaran Dishub Kalsel, Hairil Anwar Sjahrani.

Tiket dijual di loket Pelabuhan Kotabaru mulai 23 November. Jadwal dapat berubah bila gelombang di atas 2,5 meter; pemberitahuan akan disampaikan melalui kepala desa di Pulau Sembilan. (mc-kalsel/dn)
""",
  S="Jadwal KM Intan Bahari Desember: 6 pelayaran Kotabaru–Pulau Sembilan via Matasirih, Selasa dan Jumat, tiket Rp25.000.",
  L="Kapal perintis KM Intan Bahari berlayar enam kali di bulan Desember dari Pelabuhan Kotabaru ke Pulau Sembilan, singgah di Pulau Matasirih. Jadwalnya tiap Selasa dan Jumat mulai 1 Desember. Tiket dewasa Rp25.000, anak Rp10.000, dijual di loket Pelabuhan Kotabaru mulai 23 November. Kalau gelombang lebih dari 2,5 meter jadwal bisa berubah.",
  P="Gasan warga Pulau Sembilan wan Matasirih: kapal perintis Desember barangkat anam kali, hari Salasa wan Jumat 🛳️ Tiket dua puluh lima ribu, kakanakan sapuluh ribu. Tukar di loket pelabuhan Kotabaru mulai tanggal 23. Amun galumbang ganal, jadwal kawa baubah, tunggu habar matan pambakal.")

R("a10", "pemkab-kotabaru", "2026-11-16T08:20", "Speedboat Subsidi Stagen–Sungai Bali Kini Dua Kali Sehari", """
KOTABARU – Mulai Senin (16/11/2026), speedboat bersubsidi rute Dermaga Stagen–Sungai Bali di Pulau Sebuku berangkat dua kali sehari, pukul 07.30 dan 14.00 Wita. Sebelumnya layanan hanya sekali sehari. Tarif subsidi Rp20.000 per penumpang tetap berlaku, dengan kapasitas 24 kursi untuk setiap keberangkatan. Speedboat tersebut dioperasikan oleh koperasi motoris setempat dengan pengawasan Dishub Kotabaru, dan setiap penumpang wajib memakai pelampung selama pelayaran.

“Pelajar dan pedagang Sebuku sering tertahan semalam di Kotabaru. Jadwal siang ini untuk mereka,” kata Sekretaris Dinas Perhubungan Kotabaru, Noorhayati Ramadhani.

Keberangkatan balik dari Sungai Bali dijadwalkan pukul 09.30 dan 16.00 Wita. Pemkab Kotabaru akan mengevaluasi jumlah penumpang setelah satu bulan sebelum memutuskan penambahan armada kedua untuk rute tersebut. (diskominfo-kb/hs)
""",
  S="Speedboat subsidi Stagen–Sungai Bali sekarang dua kali sehari (07.30 dan 14.00), tarif tetap Rp20.000.",
  L="Mulai Senin 16/11 speedboat bersubsidi Dermaga Stagen–Sungai Bali berangkat dua kali: 07.30 dan 14.00 Wita. Dari Sungai Bali baliknya 09.30 dan 16.00. Tarif tetap Rp20.000, kursi 24 per keberangkatan. Tujuannya supaya pelajar dan pedagang Sebuku tidak perlu menginap di Kotabaru. Sebulan lagi dievaluasi untuk armada kedua.",
  P="Alhamdulillah, speedboat subsidi ka Sungai Bali wayah ini dua kali sahari, jam satangah walu wan jam dua siang 🙏 Dari Sungai Bali bulik jam satangah sapuluh wan jam ampat. Ungkos kada naik, dua puluh ribu haja. Kakanakan sakulah kada usah bamalam lagi di Kotabaru.")

R("a11", "pemkab-batola", "2026-11-11T09:15", "Kelotok Perintis Tabunganen–Banjarmasin Mulai Beroperasi", """
MARABAHAN – Pemerintah Kabupaten Barito Kuala meluncurkan layanan Kelotok Perintis rute Tabunganen Muara–Dermaga Pasar Lama Banjarmasin pada Rabu (11/11/2026). Kelotok berkapasitas 30 penumpang itu berangkat setiap Senin, Rabu dan Sabtu pukul 06.00 Wita dan kembali dari Banjarmasin pukul 13.00 Wita, dengan tarif Rp15.000. Waktu tempuh sekitar dua jam, dengan singgah di Dermaga Tabunganen Ilir dan Sungai Tabuk bila ada penumpang.

“Warga Tabunganen selama ini bergantung pada kelotok pasar yang jadwalnya tidak pasti,” ujar Kepala Dinas Perhubungan Barito Kuala, Syamsul Bahri Ardiansyah.

Selama November, pelajar berseragam dan lansia di atas 65 tahun tidak dikenai tarif. Dishub Batola membuka meja pengaduan layanan di pos dermaga Tabunganen Muara dan akan menilai jadwal setelah tiga bulan berjalan. (kominfo-batola/yn)
""",
  S="Kelotok Perintis Tabunganen Muara–Pasar Lama Banjarmasin jalan Senin, Rabu, Sabtu jam 06.00, tarif Rp15.000.",
  P="Warga Tabunganen, wayah ini ada kelotok perintis ka Pasar Lama Banjarmasin lah ⛵ Barangkat Sanayan, Arba, Sabtu jam anam pagi, bulik jam satu. Ungkosnya lima walas ribu, tapi bulan Nopember ni pelajar bababaju sakulah wan urang tuha kada bayar.")

# ---------------------------------------------------------------- KIR / kartu BLU-e
R("a12", "pemkot-banjarbaru", "2026-11-09T10:00", "Uji KIR di Banjarbaru Kini Pakai Kartu BLU-e, Buku Uji Ditarik", """
BANJARBARU – UPT Pengujian Kendaraan Bermotor Dinas Perhubungan Kota Banjarbaru mulai menerbitkan kartu uji elektronik BLU-e pada Senin (9/11/2026). Kartu berchip itu menggantikan buku uji KIR bagi 1.150 kendaraan wajib uji, seperti angkot, pick-up dan truk. Pemilik cukup membawa buku lama saat jadwal uji berikutnya; penggantian tidak dipungut biaya. Pada hari pertama, 46 kendaraan langsung menerima kartu BLU-e.

“Buku uji mudah dipalsukan. Dengan kartu BLU-e, petugas di jalan cukup memindai kode untuk melihat hasil uji,” kata Kepala Dinas Perhubungan Banjarbaru, Rusdiansyah Putra.

Buku uji lama masih berlaku sampai 31 Desember 2026. UPT PKB di Jalan Trikora melayani pengujian Senin sampai Jumat pukul 08.00–14.00 Wita. (humas-bjb/fz)
""",
  S="Uji KIR Banjarbaru ganti buku uji ke kartu BLU-e mulai 9 November, gratis, buku lama berlaku sampai akhir Desember.",
  L="UPT PKB Dishub Banjarbaru sekarang menerbitkan kartu uji elektronik BLU-e sebagai pengganti buku KIR untuk 1.150 kendaraan wajib uji (angkot, pick-up, truk). Gantinya gratis, cukup bawa buku lama waktu jadwal uji berikutnya. Buku lama masih sah sampai 31 Desember 2026. Layanan di Jalan Trikora, Senin–Jumat 08.00–14.00.",
  P="Info gasan sopir angkot wan pick-up Banjarbaru: buku KIR wayah ini diganti kartu BLU-e 💳 Kada bayar, bawa haja buku lawas pas jadwal uji. Buku lawas masih kawa dipakai sampai ahir Disember.")

R("a13", "pemkab-tanah-laut", "2026-11-17T13:40", "Jalur Uji KIR Baru di Pelaihari, Kartu BLU-e Mulai Terbit", """
PELAIHARI – Dinas Perhubungan Tanah Laut meresmikan jalur uji KIR baru di UPT PKB Pelaihari, Selasa (17/11/2026). Jalur senilai Rp4,3 miliar itu memiliki alat uji rem, emisi dan lampu otomatis sehingga satu kendaraan selesai diuji dalam 20 menit. Kendaraan yang lulus kini langsung mendapat kartu BLU-e.

“Dulu pemilik truk harus menunggu hampir setengah hari. Sekarang antrean bisa dipangkas,” kata Kepala Dinas Perhubungan Tanah Laut, Ahmad Zaini Mahfuz.

Pada hari pertama, 38 kendaraan diuji dan enam di antaranya dinyatakan tidak lulus karena rem. Dishub Tala menargetkan 2.400 kendaraan wajib uji di Tanah Laut beralih ke kartu BLU-e hingga Juni 2027. Pemilik kendaraan dapat mendaftar uji secara daring sehari sebelumnya untuk memperoleh nomor antre. (mc-tala/rz)
""",
  S="UPT PKB Pelaihari punya jalur uji KIR otomatis Rp4,3 miliar; uji 20 menit, lulus langsung dapat kartu BLU-e.",
  L="Selasa 17/11 Dishub Tanah Laut meresmikan jalur uji KIR baru di UPT PKB Pelaihari senilai Rp4,3 miliar, dengan alat uji rem, emisi dan lampu otomatis. Satu kendaraan cukup 20 menit. Hari pertama 38 kendaraan diuji, enam tidak lulus karena rem. Yang lulus langsung dapat kartu BLU-e; targetnya 2.400 kendaraan sampai Juni 2027.",
  P="Sopir truk Tala, uji KIR di Pelaihari wayah ini kada lawas lagi, dua puluh manit haja sudah 👌 Alatnya hanyar, otomatis, amun lulus langsung dapat kartu BLU-e. Hari partama ada anam buah truk nang kada lulus gara-gara rem, jadi cek dulu rem pian.")

R("a14", "pemkab-tabalong", "2026-11-19T17:00", "Uji KIR Keliling Layani Pick-up Sawit di Muara Uya dan Haruai", """
TANJUNG – Dinas Perhubungan Tabalong menggelar uji KIR keliling di lapangan Kecamatan Muara Uya pada Kamis (19/11/2026) dan di Haruai pada Jumat (20/11/2026). Layanan ini menyasar pick-up pengangkut sawit dan karet yang jarang datang ke UPT PKB di Mabuun. Kendaraan yang lulus langsung mendapat kartu BLU-e. Petugas membawa alat uji rem portabel dan alat ukur emisi, sehingga pemeriksaan dapat dilakukan di lapangan terbuka.

“Jarak Muara Uya ke Mabuun jauh, banyak pemilik pick-up akhirnya tidak pernah uji,” kata Kepala Dinas Perhubungan Tabalong, Fahriansyah Noor.

Pada hari pertama, 73 kendaraan mendaftar dan 61 dinyatakan lulus. Retribusi uji tetap berlaku sesuai perda. Layanan keliling berikutnya direncanakan ke Jaro dan Bintang Ara pada Februari 2027. (diskominfo-tbl/ay)
""",
  S="Uji KIR keliling Tabalong di Muara Uya (19/11) dan Haruai (20/11) untuk pick-up sawit-karet; hari pertama 61 dari 73 lulus.",
  P="Pick-up sawit wan karet di Muara Uya, uji KIR kada usah ka Mabuun lagi, Dishub datang ka lapangan kecamatan 🚚 Kamis di Muara Uya, Jumat di Haruai. Hari partama tujuh puluh talu mandaftar, anam puluh satu lulus. Jaro wan Bintang Ara kaina Pebruari.")

# ---------------------------------------------------------------- bus wisata gratis
R("a15", "pemkot-banjarmasin", "2026-11-05T15:10", "Bus Wisata Gratis Keliling Kota Mulai Sabtu Ini", """
BANJARMASIN – Pemerintah Kota Banjarmasin meluncurkan Bus Wisata Kota Seribu Sungai yang melayani penumpang tanpa biaya mulai Sabtu (7/11/2026). Satu bus bertingkat berkapasitas 40 kursi berangkat dari Menara Pandang setiap Sabtu dan Minggu pukul 16.00, 17.30 dan 19.00 Wita, melintasi enam titik, termasuk Masjid Raya Sabilal Muhtadin dan Siring Pierre Tendean. Perjalanan satu putaran memakan waktu sekitar 60 menit.

“Wisatawan yang datang naik kapal atau pesawat bisa berkeliling kota dalam satu jam tanpa bayar,” kata Kepala Dinas Pariwisata Banjarmasin, Rizal Fitriadi Munawar.

Penumpang mengambil nomor antre di loket Menara Pandang 30 menit sebelum keberangkatan. Anak di bawah 12 tahun wajib didampingi orang dewasa selama perjalanan. (humas-bjm/ds)
""",
  S="Bus Wisata Kota Seribu Sungai gratis tiap Sabtu–Minggu dari Menara Pandang, mulai 7 November, tiga keberangkatan sore-malam.",
  L="Mulai Sabtu 7/11 ada bus wisata tingkat gratis di Banjarmasin. Berangkat dari Menara Pandang tiap Sabtu dan Minggu jam 16.00, 17.30 dan 19.00, lewat enam titik termasuk Masjid Raya Sabilal Muhtadin dan Siring Tendean. Kapasitas 40 kursi; ambil nomor antre di loket Menara Pandang setengah jam sebelumnya. Anak di bawah 12 tahun harus ditemani orang dewasa.",
  P="Guys, bus tingkat wisata di Banjarmasin GRATIS tiap weekend mulai Sabtu ini 🚌✨ Start dari Menara Pandang jam 4, setengah 6 sama jam 7 malam, muter ke Sabilal sama Siring. Antre nomornya di loket Menara Pandang ya, jangan telat wkwk")

R("a16", "pemkot-banjarmasin", "2026-11-17T10:45", "Dua Akhir Pekan, Bus Wisata Angkut 480 Penumpang; Jumat Malam Ditambah", """
BANJARMASIN – Bus Wisata Kota Seribu Sungai mengangkut 480 penumpang selama dua akhir pekan pertama sejak 7 November. Data itu disampaikan Dinas Pariwisata Banjarmasin pada Selasa (17/11/2026). Seluruh 12 perjalanan terisi penuh 40 kursi, dan 180 calon penumpang tidak terangkut pada Minggu malam. Penumpang terbanyak berasal dari luar kota, terutama rombongan keluarga dari Banjarbaru dan Martapura.

“Permintaan paling tinggi pada jam malam. Karena itu kami tambah satu perjalanan setiap Jumat pukul 19.30 Wita,” kata Kepala Dinas Pariwisata Banjarmasin, Rizal Fitriadi Munawar.

Perjalanan Jumat malam dimulai 20 November dari Menara Pandang. Dispar juga menyiapkan pemandu yang bercerita tentang sejarah sungai dan kampung tua selama perjalanan, mulai awal Desember. (humas-bjm/ds)
""",
  S="Bus wisata Banjarmasin sudah angkut 480 penumpang, selalu penuh; mulai 20 November ada trip tambahan Jumat 19.30.",
  L="Dalam dua akhir pekan, Bus Wisata Kota Seribu Sungai membawa 480 penumpang dan ke-12 perjalanannya selalu penuh; Minggu malam 180 orang tidak kebagian. Karena itu Dispar Banjarmasin menambah perjalanan tiap Jumat pukul 19.30 mulai 20 November. Awal Desember akan ada pemandu yang bercerita sejarah sungai di dalam bus.",
  P="Bus wisata gratis tu laris banar, ampat ratus walu puluh urang dalam dua minggu, panuh tarus 😁 Minggu malam sampai saratus walu puluh urang kada kabagian. Jadi wayah ini Jumat malam ditambahi, jam satangah walu, mulai tanggal 20.")

R("a17", "pemkot-banjarbaru", "2026-11-12T14:30", "Bus Wisata Idaman Layani Rute Murjani–Kebun Raya Setiap Minggu", """
BANJARBARU – Pemerintah Kota Banjarbaru mengoperasikan Bus Wisata Idaman setiap Minggu mulai 15 November. Informasi itu disampaikan Dinas Perhubungan Banjarbaru, Kamis (12/11/2026). Dua bus sedang berkapasitas 27 kursi melayani rute Lapangan Murjani–Taman Van der Pijl–Kebun Raya Banua pulang pergi, berangkat setiap jam antara pukul 07.00 dan 11.00 Wita, tanpa tarif.

“Warga yang ikut car free day bisa langsung ke Kebun Raya tanpa membawa kendaraan,” kata Kepala Dinas Perhubungan Banjarbaru, Rusdiansyah Putra.

Bus berhenti di halte Taman Van der Pijl dan gerbang Kebun Raya Banua. Layanan ini diuji coba hingga akhir Desember sebelum diputuskan menjadi program tetap. Pesepeda dapat menaikkan sepeda lipat ke dalam bus. (humas-bjb/fz)
""",
  S="Bus Wisata Idaman gratis tiap Minggu mulai 15/11: Murjani–Van der Pijl–Kebun Raya Banua, tiap jam 07.00–11.00.",
  P="Urang Banjarbaru, Minggu isuk habis CFD kawa naik bus gratis ka Kebun Raya Banua lah 🌳 Bus Wisata Idaman, barangkat matan Murjani satiap jam, jam tujuh sampai sabalas, singgah di Van der Pijl. Mulai tanggal 15, uji coba sampai ahir Disember.")

R("a18", "pemkab-hst", "2026-11-20T11:20", "Bus Wisata Murakata Antar Warga ke Pagat Setiap Akhir Pekan", """
BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah mengoperasikan Bus Wisata Murakata mulai Sabtu (21/11/2026). Bus berkapasitas 30 kursi berangkat dari Lapangan Dwi Warna Barabai menuju objek wisata Pagat di Batu Benawa pukul 08.00 dan 13.00 Wita setiap Sabtu dan Minggu. Penumpang tidak dipungut biaya, tetapi wajib mendaftar melalui petugas di Dwi Warna.

“Banyak keluarga tidak punya kendaraan untuk ke Pagat. Bus ini juga mengurangi parkir liar di sana,” ujar Kepala Dinas Pariwisata HST, Saprudin Maulana.

Bus kembali dari Pagat pukul 11.00 dan 16.00 Wita. Uji coba berlangsung hingga 27 Desember, lalu Dispar HST menilai apakah rute ke Hantakan perlu dibuka. Penumpang diimbau membawa kantong sampah sendiri. (diskominfo-hst/rw)
""",
  S="Bus Wisata Murakata gratis Barabai–Pagat tiap Sabtu–Minggu mulai 21/11, berangkat 08.00 dan 13.00 dari Dwi Warna.",
  L="HST punya Bus Wisata Murakata mulai Sabtu 21/11. Gratis, 30 kursi, berangkat dari Lapangan Dwi Warna ke Pagat (Batu Benawa) jam 08.00 dan 13.00 tiap Sabtu dan Minggu, pulang dari Pagat jam 11.00 dan 16.00. Daftar dulu ke petugas di Dwi Warna. Uji coba sampai 27 Desember, sesudah itu dinilai apakah perlu rute ke Hantakan.",
  P="Bubuhan Barabai nang handak bakunjang ka Pagat tapi kada baisi motor, ada bus gratis wayah ini 🚌 Barangkat matan Dwi Warna jam walu wan jam satu, Sabtu wan Minggu. Daftar dulu lawan patugas di lapangan. Bulik matan Pagat jam sabalas wan jam ampat.")

# ---------------------------------------------------------------- terminal
R("a19", "pemkab-hss", "2026-11-16T07:55", "Angkutan Perdesaan Kandangan Pindah ke Terminal Bina Banua", """
KANDANGAN – Mulai Senin (16/11/2026), seluruh angkutan perdesaan di Kandangan menaikkan dan menurunkan penumpang di Terminal Tipe C Bina Banua, tidak lagi di depan Pasar Kandangan. Sebanyak 74 angkutan dari sembilan trayek, termasuk Kandangan–Angkinang dan Kandangan–Loksado, telah menandatangani kesepakatan pindah. Terminal seluas 1,2 hektare itu memiliki ruang tunggu 120 kursi dan musala. Terminal tersebut dibangun pada 2025 tetapi belum pernah dipakai penuh.

“Bahu jalan di depan pasar macet setiap pagi karena angkutan ngetem,” kata Kepala Dishub HSS, Hendra Juniansyah.

Selama dua pekan, petugas Dishub berjaga di depan pasar untuk mengarahkan sopir. Angkutan yang tetap menaikkan penumpang di luar terminal akan ditegur tertulis mulai 1 Desember. (diskominfo-hss/ma)
""",
  S="Mulai 16/11, 74 angkutan perdesaan Kandangan wajib naik-turun penumpang di Terminal Bina Banua, bukan depan pasar.",
  L="Senin 16/11 angkutan perdesaan Kandangan pindah ke Terminal Tipe C Bina Banua. Ada 74 angkutan dari sembilan trayek (termasuk ke Angkinang dan Loksado) yang sudah setuju pindah. Terminal 1,2 hektare, ruang tunggu 120 kursi dan musala. Dua pekan ini petugas berjaga di depan pasar; mulai 1 Desember yang masih ngetem di luar terminal ditegur tertulis.",
  P="Amun handak naik taksi ka Angkinang atawa Loksado, wayah ini kada di muka pasar lagi, tapi di Terminal Bina Banua lah 🚐 Tujuh puluh ampat angkutan sudah pindah. Ruang tunggunya nyaman, ada musala jua. Sopir nang masih ngetem di muka pasar, Disember kaina ditegur.")

R("a20", "pemkab-tanbu", "2026-11-18T10:10", "Ruang Tunggu Terminal Bersujud Batulicin Diresmikan", """
BATULICIN – Bupati Tanah Bumbu melalui Sekretaris Daerah meresmikan ruang tunggu baru Terminal Bersujud Batulicin, Rabu (18/11/2026). Bangunan senilai Rp2,8 miliar itu memuat 160 kursi, ruang laktasi, toilet disabilitas, jalur ramp dan papan jadwal digital untuk bus antarkota tujuan Banjarmasin dan Kotabaru. Renovasi dikerjakan sejak Juni dan sempat tertunda karena hujan. Selama pekerjaan, penumpang menunggu di tenda darurat di halaman terminal.

“Penumpang dulu menunggu di warung sepanjang jalan. Sekarang ada tempat yang layak dan aman,” ujar Sekda Tanah Bumbu, Muhammad Arsyad Fikri.

Dinas Perhubungan Tanbu meminta 22 perusahaan bus dan travel resmi memasang jadwal keberangkatan di papan digital paling lambat 30 November. Loket tiket bersama dibuka mulai 1 Desember sehingga penumpang tidak perlu membeli tiket di warung. (diskominfo-tanbu/sr)
""",
  S="Ruang tunggu baru Terminal Bersujud Batulicin diresmikan: 160 kursi, ruang laktasi, ramp, papan jadwal digital.",
  P="Terminal Bersujud Batulicin sudah baisi ruang tunggu hanyar, dangsanak 🙌 Kursinya saratus anam puluh, ada ruang laktasi, WC disabilitas wan papan jadwal digital. Disember kaina ada loket tiket basama, jadi kada usah manukar tiket di warung lagi.")

R("a21", "pemprov-kalsel", "2026-11-24T09:30", "Terminal Tipe B Rantau Kembali Beroperasi Setelah Renovasi", """
RANTAU – Terminal Tipe B Rantau di Kabupaten Tapin kembali melayani bus antarkota dalam provinsi mulai Selasa (24/11/2026) setelah direnovasi selama lima bulan. Renovasi senilai Rp6,1 miliar dari APBD Provinsi Kalimantan Selatan mencakup atap, ruang tunggu 200 kursi, jalur kedatangan terpisah dan tempat parkir untuk 40 mobil. Terminal ini melayani rata-rata 1.400 penumpang per hari sebelum direnovasi.

“Selama renovasi, bus menurunkan penumpang di bahu jalan. Mulai hari ini semua wajib masuk terminal,” kata Kepala Dinas Perhubungan Provinsi Kalimantan Selatan, Mardiansyah Hasbullah.

Sebanyak 18 perusahaan otobus trayek Banjarmasin–Barabai dan Banjarmasin–Tanjung singgah di terminal ini. Pemprov akan memasang CCTV dan loket tiket daring pada Januari 2027. (mc-kalsel/fn)
""",
  S="Terminal Tipe B Rantau buka lagi 24/11 setelah renovasi Rp6,1 miliar; bus AKDP wajib masuk terminal.",
  L="Setelah lima bulan direnovasi dengan dana provinsi Rp6,1 miliar, Terminal Tipe B Rantau dipakai lagi mulai Selasa 24/11. Ada ruang tunggu 200 kursi, jalur kedatangan terpisah dan parkir 40 mobil. Bus dari 18 PO trayek Banjarmasin–Barabai dan Banjarmasin–Tanjung wajib masuk terminal, tidak lagi menurunkan penumpang di bahu jalan. CCTV dan loket daring menyusul Januari 2027.",
  P="Terminal Rantau sudah dibuka pulang, kada di pinggir jalan lagi turun bus 😊 Direnovasi lima bulan, ruang tunggunya dua ratus kursi. Bus Banjarmasin–Barabai wan Banjarmasin–Tanjung wajib masuk. Bahimat ja, jalur datang wan barangkat dipisah wayah ini.")

# ---------------------------------------------------------------- putar balik / bukaan median
R("a22", "pemkot-banjarbaru", "2026-11-03T08:30", "Tiga Bukaan Median A. Yani Km 29–32 Ditutup Uji Coba 14 Hari", """
BANJARBARU – Dinas Perhubungan Kota Banjarbaru menutup sementara tiga bukaan median atau putaran balik di Jalan A. Yani Km 29 sampai Km 32 mulai Selasa (3/11/2026). Uji coba berlangsung 14 hari. Kendaraan yang hendak berbalik arah dialihkan ke bundaran Simpang Empat Banjarbaru atau putaran Km 33. Ketiga bukaan ditutup memakai water barrier oranye dan kerucut lalu lintas.

“Dalam setahun terakhir, 11 kecelakaan terjadi di tiga bukaan itu, dua di antaranya fatal,” kata Kepala Dinas Perhubungan Banjarbaru, Rusdiansyah Putra.

Petugas Dishub dan Satlantas berjaga pada jam sibuk pagi dan sore. Hasil uji coba akan diumumkan setelah 17 November untuk menentukan apakah penutupan tiga putaran balik itu dipermanenkan. (humas-bjb/fz)
""",
  S="Tiga putaran balik di A. Yani Km 29–32 Banjarbaru ditutup uji coba 14 hari mulai 3/11; putar di Simpang Empat atau Km 33.",
  L="Mulai Selasa 3/11 Dishub Banjarbaru menutup tiga bukaan median di Jalan A. Yani Km 29–32 selama 14 hari uji coba. Alasannya, setahun terakhir ada 11 kecelakaan di sana, dua fatal. Yang mau putar balik diarahkan ke bundaran Simpang Empat atau putaran Km 33. Hasilnya diumumkan setelah 17 November.",
  P="Pang, nang biasa bapusing di A. Yani Km 29 sampai 32, tutup wayah ini, uji coba dua minggu ⛔ Bapusing di bundaran Simpang Ampat atawa di Km 33 haja. Sudah sabalas kali tabrakan di situ satahun ni, jadi sabar haja lah.")

R("a23", "pemkot-banjarbaru", "2026-11-19T15:00", "Penutupan Tiga Putaran Balik di A. Yani Dipermanenkan", """
BANJARBARU – Pemerintah Kota Banjarbaru mempermanenkan penutupan tiga bukaan median di Jalan A. Yani Km 29–32 setelah uji coba 14 hari berakhir. Keputusan itu diumumkan Kamis (19/11/2026). Selama uji coba tidak ada kecelakaan di ruas tersebut, sementara waktu tempuh kendaraan yang berbalik arah bertambah rata-rata dua menit. Antrean kendaraan di putaran Km 33 juga tidak lebih dari lima menit pada jam sibuk.

“Dari survei kami kepada 300 pengendara, 68 persen setuju ditutup permanen,” kata Kepala Dinas Perhubungan Banjarbaru, Rusdiansyah Putra.

Beton pemisah akan dipasang menggantikan water barrier mulai 1 Desember. Dishub juga menambah rambu petunjuk putaran di Km 33 dan lampu kedip di bundaran Simpang Empat. (humas-bjb/fz)
""",
  S="Resmi permanen: tiga putaran balik A. Yani Km 29–32 tetap ditutup; nol kecelakaan selama uji coba, beton dipasang 1 Desember.",
  L="Hasil uji coba 14 hari: tidak ada kecelakaan di A. Yani Km 29–32, waktu tempuh putar balik hanya bertambah sekitar dua menit, dan 68 persen dari 300 pengendara yang disurvei setuju. Jadi Pemko Banjarbaru memutuskan tiga putaran balik itu ditutup permanen. Mulai 1 Desember water barrier diganti beton, ditambah rambu di Km 33 dan lampu kedip di Simpang Empat.",
  P="Jadi parmanen sudah, talu bukaan median di A. Yani Km 29–32 kada dibuka lagi 😅 Salawas uji coba kada ada kacilakaan samasakali. Tanggal satu Disember water barrier diganti beton. Bapusing di Km 33 haja, cuma tambah dua manit.")

R("a24", "pemkab-banjar", "2026-11-16T09:00", "Putaran Balik Depan Pasar Martapura Ditutup, Arus Dialihkan ke Simpang Sekumpul", """
MARTAPURA – Dinas Perhubungan Kabupaten Banjar menutup putaran balik di depan Pasar Martapura, Jalan A. Yani Km 39, mulai Senin (16/11/2026) selama 14 hari uji coba. Pengendara dari arah Banjarbaru yang hendak masuk ke pasar diarahkan berputar di Simpang Sekumpul, sekitar 600 meter ke timur. Putaran tersebut setiap hari dilewati sekitar 4.000 kendaraan, terutama menjelang pasar subuh.

“Antrean kendaraan yang menunggu berputar sering mengular sampai jembatan. Kami coba dulu dua pekan,” ujar Kepala Dinas Perhubungan Kabupaten Banjar, Akhmad Rizani Ghazali.

Dishub Banjar menempatkan 12 petugas dan memasang 20 water barrier. Warga dapat menyampaikan masukan di posko depan pasar hingga 29 November sebelum keputusan akhir diambil. (mc-banjar/th)
""",
  S="Putaran balik depan Pasar Martapura (A. Yani Km 39) ditutup uji coba 14 hari mulai 16/11; putar di Simpang Sekumpul.",
  L="Mulai 16 November putaran balik di depan Pasar Martapura, A. Yani Km 39, ditutup dua pekan sebagai uji coba. Dari arah Banjarbaru yang mau ke pasar harus berputar di Simpang Sekumpul, sekitar 600 meter ke timur. Ada 12 petugas dan 20 water barrier. Masukan warga ditampung di posko depan pasar sampai 29 November.",
  P="Dangsanak nang ka Pasar Martapura matan Banjarbaru, bapusing di muka pasar tutup dulu dua minggu ⛔ Tarus haja ka Simpang Sekumpul, anam ratus meter, hanyar bapusing. Amun ada keluhan, sampaiakan di posko muka pasar sampai tanggal 29.")

R("a25", "pemkab-tapin", "2026-11-25T10:20", "Putaran Balik Baru Dekat RSUD Datu Sanggul Dibuka untuk Ambulans", """
RANTAU – Dinas Perhubungan Kabupaten Tapin membuka satu putaran balik baru di Jalan A. Yani Rantau, sekitar 150 meter dari RSUD Datu Sanggul, Rabu (25/11/2026). Sebelumnya ambulans dan kendaraan keluarga pasien dari arah Binuang harus berputar hampir dua kilometer. Pembangunan putaran menelan biaya Rp340 juta dari APBD Tapin dan dikerjakan selama enam pekan.

“Untuk ambulans, dua kilometer itu bisa berarti lima menit. Putaran ini kami rancang dengan lajur tunggu agar tidak mengganggu arus lurus,” kata Kepala Dinas Perhubungan Tapin, Rahmadi Sulaiman.

Putaran dilengkapi lampu kedip kuning dan dua rambu larangan parkir. Dishub Tapin akan menilai dampaknya terhadap kemacetan pada jam pulang sekolah selama Desember sebelum memasang pembatas permanen. (diskominfo-tapin/ka)
""",
  S="Dishub Tapin buka putaran balik baru 150 meter dari RSUD Datu Sanggul supaya ambulans dari arah Binuang tak memutar 2 km.",
  P="Gasan ambulans wan keluarga pasien matan Binuang, wayah ini ada bukaan bapusing hanyar di muka RSUD Datu Sanggul, kira saratus lima puluh meter 🚑 Kada usah bapusing dua kilo lagi. Ada lampu kedip kuning, jadi jangan baparkir di situ lah.")

# ---------------------------------------------------------------- jam operasional truk
R("a26", "dishub-banjarmasin", "2026-11-13T16:00", "Truk di Atas 8 Ton Dilarang Melintas di 12 Ruas Kota pada Siang Hari", """
BANJARMASIN – Pemerintah Kota Banjarmasin memberlakukan larangan truk bermuatan di atas 8 ton melintas di 12 ruas jalan dalam kota pukul 06.00–21.00 Wita mulai Senin (16/11/2026). Ketentuan itu diumumkan Dinas Perhubungan Banjarmasin pada Jumat (13/11/2026). Ruas yang dibatasi antara lain Jalan Lambung Mangkurat, Jalan Pangeran Antasari dan Jalan Sutoyo S. Dua belas ruas itu dipasangi papan larangan lengkap dengan jam berlaku.

“Truk besar tetap boleh masuk pada malam hari. Siang hari jalan kota untuk warga dan angkutan umum,” kata Kepala Dinas Perhubungan Banjarmasin, Ikhsan Budiarto Lubis.

Pekan pertama diisi teguran dan pembagian selebaran kepada sopir. Mulai 23 November, pelanggar akan dikenai tilang bersama Satlantas Polresta Banjarmasin. (dishub-bjm/ln)
""",
  S="Mulai 16/11 truk di atas 8 ton dilarang lewat 12 ruas dalam Kota Banjarmasin pukul 06.00–21.00; tilang mulai 23/11.",
  L="Dishub Banjarmasin mengumumkan larangan truk bermuatan lebih dari 8 ton melintas di 12 ruas jalan kota, termasuk Lambung Mangkurat, Pangeran Antasari dan Sutoyo S., dari jam 06.00 sampai 21.00. Berlaku mulai Senin 16 November; pekan pertama cuma teguran, mulai 23 November pelanggar ditilang bersama Satlantas. Malam hari truk tetap boleh lewat.",
  P="Sopir truk ganal, mulai Sanayan 16/11 kada kawa lagi masuk jalan kota Banjarmasin siang hari 🚛 Jam anam pagi sampai jam sambilan malam dilarang, amun muatan labih walu ton. Minggu partama ditegur haja, tanggal 23 hanyar ditilang. Malam masih kawa lewat.")

R("a27", "dishub-banjarmasin", "2026-11-23T09:00", "Pekan Pertama Larangan Truk Siang: 86 Sopir Ditegur, Hari Ini Mulai Tilang", """
BANJARMASIN – Dinas Perhubungan Banjarmasin mencatat 86 truk bermuatan di atas 8 ton masih melintas di ruas terlarang pada pekan pertama pembatasan jam truk, 16–22 November. Semua sopir hanya ditegur dan diberi selebaran. Mulai Senin (23/11/2026), pelanggar dikenai tilang oleh Satlantas Polresta Banjarmasin. Sebanyak 61 di antaranya truk pengangkut material bangunan.

“Sebagian besar pelanggaran terjadi di Jalan Sutoyo S. menjelang pukul 21.00. Sopir menunggu terlalu dekat dengan jam buka,” ujar Kepala Dinas Perhubungan Banjarmasin, Ikhsan Budiarto Lubis.

Dishub menyiapkan kantong parkir truk di kawasan Lingkar Selatan agar sopir dapat menunggu jam malam tanpa memasuki kota. Pos penjagaan ditambah dari empat menjadi tujuh titik. (dishub-bjm/ln)
""",
  S="Sepekan larangan truk siang di Banjarmasin: 86 sopir ditegur; mulai 23/11 pelanggar ditilang, pos jaga jadi tujuh.",
  P="Saminggu ni sudah walu puluh anam truk nang ditegur gara-gara masuk kota siang hari 😤 Paling banyak di Sutoyo manjelang jam sambilan malam. Mulai hari Sanayan ni kada ditegur lagi, langsung tilang. Ada kantung parkir truk di Lingkar Selatan gasan mahadang malam.")

R("a28", "pemkab-tanah-laut", "2026-11-11T07:30", "Truk Dilarang Melintas di Depan Sekolah Pelaihari pada Jam Masuk dan Pulang", """
PELAIHARI – Pemerintah Kabupaten Tanah Laut melarang truk dan dump truck melintasi Jalan A. Yani Pelaihari di depan sembilan sekolah pada pukul 06.30–07.30 dan 12.00–13.00 Wita mulai Rabu (11/11/2026). Larangan diterbitkan melalui surat edaran bupati setelah seorang pelajar SMP tertabrak truk pasir bulan lalu. Sembilan sekolah tersebut terdiri atas lima SD, dua SMP dan dua SMA yang berderet di jalan utama kota.

“Sopir truk tambang dan pasir sudah kami kumpulkan. Jam larangan itu hanya dua jam sehari,” ujar Kepala Dinas Perhubungan Tanah Laut, Ahmad Zaini Mahfuz.

Dishub memasang empat papan jam larangan di pintu masuk kota. Petugas akan berjaga di depan SMPN 1 dan SMAN 1 Pelaihari setiap hari sekolah hingga libur semester. (mc-tala/rz)
""",
  S="Tala larang truk lewat depan 9 sekolah di A. Yani Pelaihari jam 06.30–07.30 dan 12.00–13.00 mulai 11/11.",
  L="Lewat surat edaran bupati, mulai Rabu 11/11 truk dan dump truck dilarang melintasi Jalan A. Yani Pelaihari di depan sembilan sekolah pada jam 06.30–07.30 dan 12.00–13.00. Aturan ini muncul setelah pelajar SMP tertabrak truk pasir bulan lalu. Empat papan jam larangan dipasang di pintu masuk kota, dan petugas berjaga di SMPN 1 dan SMAN 1 Pelaihari sampai libur semester.",
  P="Sopir truk pasir wan tambang, jam masuk wan bulik sakulah jangan lewat A. Yani Pelaihari lah 🙏 Jam satangah tujuh sampai satangah walu, wan jam dua walas sampai jam satu, dilarang. Kasian kakanakan, bulan tadi ada nang tagilas truk.")

R("a29", "pemkab-tabalong", "2026-11-23T14:15", "Truk Tangki CPO dan Kontainer Hanya Boleh Lewat Kota Tanjung Malam Hari", """
TANJUNG – Bupati Tabalong menerbitkan surat edaran pembatasan jam operasional truk tangki CPO dan truk kontainer di dalam Kota Tanjung, Senin (23/11/2026). Mulai 1 Desember, kendaraan jenis itu hanya boleh melintasi Jalan Tanjung Raya dan Jalan Basuki Rahmat pukul 21.00–05.00 Wita. Pada siang hari, truk diarahkan melalui jalan lingkar Mabuun. Dalam sehari, sekitar 260 truk tangki melintasi pusat kota.

“Kerusakan jalan dalam kota dan antrean di pasar pagi sebagian besar karena truk tangki,” kata Kepala Dinas Perhubungan Tabalong, Fahriansyah Noor.

Dishub Tabalong sudah menyurati 14 perusahaan angkutan. Sosialisasi kepada sopir dilakukan di jalan lingkar Mabuun pada 27 November, disertai pemasangan enam rambu jam operasional. (diskominfo-tbl/ay)
""",
  S="Mulai 1 Desember truk tangki CPO dan kontainer cuma boleh lewat dalam Kota Tanjung pukul 21.00–05.00; siang lewat lingkar Mabuun.",
  P="Truk tangki CPO wan kontainer, Disember kaina kada kawa lagi lewat Tanjung Raya siang hari lah 🛢️ Cuma jam sambilan malam sampai jam lima subuh. Siang lewat jalan lingkar Mabuun. Jalan kota rusak gara-gara truk tangki jar Dishub.")

# ---------------------------------------------------------------- penutupan jalan untuk acara
R("a30", "dishub-banjarmasin", "2026-11-18T13:30", "Banua Night Run Sabtu Malam, Lima Ruas Jalan Ditutup", """
BANJARMASIN – Dinas Perhubungan Banjarmasin menutup lima ruas jalan pada Sabtu (21/11/2026) pukul 18.00–22.00 Wita untuk lomba lari Banua Night Run 10K. Ruas yang ditutup yaitu Jalan Lambung Mangkurat, Jalan Jenderal Sudirman, Jalan Pierre Tendean, Jalan Hasanuddin HM dan Jalan Pangeran Samudera. Sekitar 2.500 pelari dijadwalkan start dari Siring Pierre Tendean. Penutupan dilakukan bertahap, dimulai dari Jalan Pierre Tendean pukul 18.00 Wita.

“Kendaraan dari Jalan A. Yani kami alihkan ke Jalan Veteran dan Jalan Sutoyo S.,” kata Kepala Bidang Lalu Lintas Dishub Banjarmasin, Marlina Paramitha Sari.

Sebanyak 140 petugas gabungan disiagakan. Warga diminta memarkir kendaraan di halaman Masjid Raya Sabilal Muhtadin dan tidak parkir di bahu jalan rute lari. (dishub-bjm/ln)
""",
  S="Sabtu 21/11 pukul 18.00–22.00 lima ruas pusat Banjarmasin ditutup untuk Banua Night Run 10K; arus dialihkan ke Veteran–Sutoyo.",
  L="Untuk Banua Night Run 10K hari Sabtu 21 November, Dishub Banjarmasin menutup Jalan Lambung Mangkurat, Jenderal Sudirman, Pierre Tendean, Hasanuddin HM dan Pangeran Samudera dari jam 18.00 sampai 22.00. Sekitar 2.500 pelari start di Siring Pierre Tendean. Kendaraan dari A. Yani dialihkan ke Veteran dan Sutoyo S.; parkir disarankan di halaman Masjid Raya Sabilal Muhtadin.",
  P="Sabtu malam jangan lewat Lambung Mangkurat wan Sudirman lah, ada Banua Night Run 🏃‍♀️ Jam anam sampai jam sapuluh malam lima jalan ditutup. Matan A. Yani bailang ka Veteran atawa Sutoyo. Parkir di Sabilal haja, jangan di pinggir jalan.")

R("a31", "pemkab-hst", "2026-11-17T16:40", "Jalan Murakata Ditutup Tiga Malam untuk Festival Kuliner", """
BARABAI – Dinas Perhubungan Hulu Sungai Tengah menutup Jalan Murakata di depan Lapangan Dwi Warna Barabai untuk kendaraan selama Festival Kuliner Malam Murakata, Jumat (20/11/2026) hingga Minggu (22/11/2026), setiap pukul 17.00–24.00 Wita. Pengumuman disampaikan Selasa (17/11/2026). Arus dari arah Pasar Barabai dialihkan melalui jalan lingkar kota. Festival digelar untuk memeriahkan akhir tahun dan mempromosikan kuliner khas Barabai seperti apam dan lupis.

“Ada 90 stan di badan jalan, jadi penutupan penuh lebih aman bagi pengunjung,” kata Kepala Dinas Perhubungan HST, Muhammad Yusran Hakim.

Kantong parkir disiapkan di halaman Kantor Bupati HST dan Masjid Agung Riyadhusshalihin. Angkutan umum diminta tidak menurunkan penumpang di ujung jalan yang ditutup. (diskominfo-hst/rw)
""",
  S="Jalan Murakata depan Dwi Warna Barabai ditutup 20–22/11 pukul 17.00–24.00 untuk Festival Kuliner Malam Murakata.",
  P="Malam Jumat sampai malam Sanin, Jalan Murakata di muka Dwi Warna tutup lah, ada festival kuliner 🍢 Jam lima sore sampai jam dua walas malam. Sambilan puluh stan di tangah jalan. Parkir di kantor bupati atawa Masjid Agung haja, dangsanak.")

R("a32", "pemkab-tabalong", "2026-11-25T15:50", "Gowes Hari Guru Minggu Pagi, Jalan Tanjung Raya Ditutup Empat Jam", """
TANJUNG – Dinas Perhubungan Tabalong menutup Jalan Tanjung Raya dan Jalan Pangeran Antasari pada Minggu (29/11/2026) pukul 06.00–10.00 Wita untuk Gowes Hari Guru yang diikuti sekitar 1.800 guru dan pelajar. Rute sepanjang 14 kilometer dimulai dan berakhir di Pendopo Bersinar. Kegiatan ini merupakan bagian dari peringatan Hari Guru Nasional tingkat kabupaten, dan peserta menerima kupon undian sepeda.

“Pengendara yang ke Pasar Tanjung bisa lewat jalan lingkar Mabuun. Penutupan dilakukan bertahap mengikuti posisi rombongan,” kata Kepala Dinas Perhubungan Tabalong, Fahriansyah Noor.

Sebanyak 60 petugas Dishub, Satlantas dan Satpol PP disiagakan di 11 persimpangan. Warga di sepanjang rute diminta tidak mengeluarkan kendaraan ke badan jalan saat rombongan melintas. (diskominfo-tbl/ay)
""",
  S="Minggu 29/11 pukul 06.00–10.00 Jalan Tanjung Raya dan Pangeran Antasari ditutup bertahap untuk Gowes Hari Guru.",
  P="Minggu isuk tanggal 29 jangan ka Pasar Tanjung lewat Tanjung Raya lah, ada gowes Hari Guru 🚴 Saribu walu ratus guru wan murid. Jam anam sampai jam sapuluh. Lewat jalan lingkar Mabuun haja. Start wan finish di Pendopo Bersinar.")

# ---------------------------------------------------------------- cermin cembung tikungan
R("a33", "dishub-kalsel", "2026-11-10T11:40", "120 Cermin Cembung Dipasang di Tikungan Rawan Jalan Provinsi", """
BANJARMASIN – Dinas Perhubungan Provinsi Kalimantan Selatan mulai memasang 120 cermin cembung di tikungan rawan jalan provinsi pada Selasa (10/11/2026). Pemasangan tersebar di lima kabupaten, yaitu Tapin, Hulu Sungai Selatan, Hulu Sungai Tengah, Balangan dan Tabalong, dengan anggaran Rp1,44 miliar. Setiap cermin berdiameter 100 sentimeter dan dilengkapi rambu tikungan berlampu. Sebagian besar titik berada di jalur perbukitan menuju Loksado, Batu Benawa dan Halong.

“Di jalur perbukitan, kendaraan dari arah berlawanan sering baru terlihat ketika sudah dekat,” kata Kepala Bidang Lalu Lintas Dishub Kalsel, Nurul Hidayah Azhari.

Pemasangan ditargetkan rampung 5 Desember. Warga diminta melapor bila cermin pecah atau bergeser melalui posko Dishub di setiap kabupaten. (dishub/arf)
""",
  S="Dishub Kalsel pasang 120 cermin cembung di tikungan rawan jalan provinsi di Tapin, HSS, HST, Balangan dan Tabalong.",
  L="Sejak Selasa 10/11 Dishub Kalsel memasang 120 cermin cembung berdiameter 1 meter plus rambu tikungan berlampu di tikungan rawan jalan provinsi. Lokasinya di Tapin, HSS, HST, Balangan dan Tabalong, anggaran Rp1,44 miliar, target selesai 5 Desember. Kalau cermin pecah atau bergeser, lapor ke posko Dishub kabupaten.",
  P="Di tikungan-tikungan jalan provinsi wayah ini dipasangi cermin cembung, saratus dua puluh buah 🪞 Di Tapin, HSS, HST, Balangan wan Tabalong. Supaya kalihatan mubil matan subalah. Amun ada nang pacah, lapurakan ka posko Dishub lah.")

R("a34", "pemkab-balangan", "2026-11-23T10:50", "24 Cermin Cembung Terpasang di Ruas Halong–Juai", """
PARINGIN – Sebanyak 24 dari 120 cermin cembung program Dinas Perhubungan Provinsi Kalimantan Selatan telah terpasang di ruas jalan provinsi Halong–Juai, Kabupaten Balangan. Pemeriksaan bersama Dishub Balangan dan petugas provinsi dilakukan Senin (23/11/2026) di tikungan dekat Desa Binjai Punggal. Cermin dipasang pada tiang setinggi tiga meter dan dilengkapi rambu tikungan berlampu kedip tenaga surya. Pemasangan di Balangan dikerjakan selama sepekan oleh rekanan provinsi.

“Ruas Halong–Juai punya 31 tikungan tajam. Tujuh tikungan yang belum kebagian kami usulkan ke provinsi tahun depan,” kata Kepala Dinas Perhubungan Balangan, Hamdani Rifa'i.

Dishub Balangan juga akan mengecat ulang marka jalan di 12 tikungan pada awal Desember. Pengendara diminta tetap membunyikan klakson di tikungan meski sudah ada cermin. (diskominfo-blg/um)
""",
  S="Balangan dapat 24 cermin cembung program provinsi, sudah terpasang di tikungan ruas Halong–Juai.",
  P="Jalan Halong–Juai nang batikung-tikung tu wayah ini sudah baisi cermin, dua puluh ampat buah matan provinsi 👀 Tapi tatap babunyi klakson di tikungan lah. Tikungannya talu puluh satu, jadi masih ada tujuh nang balum.")

R("a35", "pemkab-tanbu", "2026-11-20T14:00", "Pemkab Tanbu Pasang 30 Cermin Tikungan di Jalan Batulicin–Sungai Loban", """
BATULICIN – Pemerintah Kabupaten Tanah Bumbu memasang 30 cermin tikungan di jalan kabupaten ruas Batulicin–Sungai Loban, Jumat (20/11/2026). Pemasangan dibiayai APBD Tanbu sebesar Rp270 juta dan menyasar tikungan di sekitar kebun sawit yang pandangannya tertutup pohon. Setiap cermin berdiameter 80 sentimeter dan dipasang pada tiang besi setinggi tiga meter. Ruas sepanjang 26 kilometer itu memiliki 44 tikungan.

“Jalan ini kami tangani sendiri karena bukan jalan provinsi. Truk sawit dan motor warga sering berpapasan di tikungan sempit,” ujar Kepala Dinas Perhubungan Tanah Bumbu, Wahyudi Kurniawan Saleh.

Dishub Tanbu meminta perusahaan perkebunan memangkas tanaman di 18 titik tikungan paling lambat 15 Desember. Pemeriksaan berkala dilakukan setiap bulan oleh petugas UPT lalu lintas. (diskominfo-tanbu/sr)
""",
  S="Tanbu pasang 30 cermin tikungan di jalan kabupaten Batulicin–Sungai Loban dengan APBD Rp270 juta.",
  L="Jumat 20/11 Pemkab Tanah Bumbu memasang 30 cermin tikungan di ruas Batulicin–Sungai Loban, jalan kabupaten yang melewati kebun sawit. Biayanya Rp270 juta dari APBD Tanbu. Perusahaan perkebunan diminta memangkas tanaman di 18 tikungan paling lambat 15 Desember supaya pandangan tidak tertutup.",
  P="Jalan Batulicin–Sungai Loban nang di tangah kabun sawit tu wayah ini ada cermin tikungan talu puluh buah 🪞 Duitnya APBD Tanbu saurang. Parusahaan disuruh mamangkas sawit di tikungan sabalum tanggal 15 Disember. Bahimat ja bila bapapasan lawan truk sawit.")

# ---------------------------------------------------------------- travel gelap / angkutan tak berizin
R("a36", "polda-kalsel", "2026-11-13T17:20", "Operasi Gabungan, 12 Travel Gelap Ditindak di Jalur Banjarmasin–Tanjung", """
BANJARMASIN – Direktorat Lalu Lintas Polda Kalimantan Selatan bersama Dinas Perhubungan Provinsi memeriksa 37 kendaraan travel di ruas Banjarmasin–Barabai–Tanjung selama 9–13 November. Hasil pemeriksaan yang dirilis Jumat (13/11/2026) menunjukkan 12 kendaraan tidak memiliki izin angkutan orang dan langsung dikenai tilang. Pemeriksaan dilakukan di tiga titik, yaitu Gambut, Binuang dan Kelua, dengan melibatkan 40 personel gabungan.

“Penumpang travel gelap tidak terlindungi asuransi. Bila terjadi kecelakaan, keluarga korban yang menanggung,” kata Kepala Subdirektorat Penegakan Hukum Ditlantas Polda Kalsel, AKBP Benny Wiratama Surya.

Pemeriksaan lanjutan akan digelar di Terminal Km 6 dan kawasan Gambut pada 15 Desember menjelang libur Natal dan tahun baru. Masyarakat diimbau memilih travel yang terdaftar. (tribrata-kalsel/ws)
""",
  S="Operasi Ditlantas–Dishub 9–13/11: dari 37 travel di jalur Banjarmasin–Tanjung, 12 tanpa izin ditilang.",
  L="Selama 9–13 November Ditlantas Polda Kalsel dan Dishub Provinsi memeriksa 37 mobil travel di jalur Banjarmasin–Barabai–Tanjung. Dua belas di antaranya tidak punya izin angkutan orang dan langsung ditilang. Polisi mengingatkan penumpang travel gelap tidak dilindungi asuransi. Pemeriksaan berikutnya di Terminal Km 6 dan Gambut tanggal 15 Desember.",
  P="Hati-hati milih travel ka Tanjung, dangsanak 🚗 Polda wan Dishub mamariksa talu puluh tujuh travel, dua walas kada baizin, langsung ditilang. Amun kacilakaan, kada ada asuransi. Disember kaina ada pameriksaan pulang di Km 6 wan Gambut.")

R("a37", "pemkot-banjarbaru", "2026-11-25T13:10", "Penertiban Taksi Tak Berizin di Bandara Syamsudin Noor, Sembilan Mobil Dihalau", """
BANJARBARU – Dinas Perhubungan Kota Banjarbaru bersama pengelola bandara menertibkan taksi tak berizin di area kedatangan Bandara Syamsudin Noor, Rabu (25/11/2026). Sebanyak sembilan mobil pribadi yang menawarkan jasa antar kepada penumpang dihalau keluar area terminal, dan dua pengemudi yang berulang kali ditegur diserahkan ke Satlantas. Penertiban dilakukan setelah pengelola bandara menerima 23 keluhan penumpang sejak Oktober, sebagian besar soal tarif yang tidak wajar dan pengemudi yang memaksa.

“Penumpang berhak memilih, tetapi yang menawarkan jasa di area kedatangan harus angkutan resmi,” kata Kepala Bidang Angkutan Dishub Banjarbaru, Andi Mulyana Saputra.

Dishub menambah papan petunjuk loket taksi resmi di pintu kedatangan. Penertiban akan diulang setiap akhir pekan hingga Januari 2027. (humas-bjb/fz)
""",
  S="Dishub Banjarbaru tertibkan taksi tak berizin di kedatangan Bandara Syamsudin Noor: 9 mobil dihalau, 2 diserahkan ke Satlantas.",
  P="Nang biasa manawari antaran di bandara pakai mubil saurang, hati-hati lah 😬 Rabu tadi sambilan mubil dihalau matan kedatangan Syamsudin Noor, dua diserahakan ka Satlantas. Tiap akhir minggu kaina dirazia pulang sampai Januari.")

R("a38", "pemkab-hsu", "2026-11-24T11:35", "14 Pengusaha Travel Amuntai Ikuti Klinik Perizinan Angkutan", """
AMUNTAI – Sebanyak 14 pengusaha travel dan angkutan sewa di Amuntai mengikuti klinik perizinan angkutan orang yang digelar Dinas Perhubungan Hulu Sungai Utara, Selasa (24/11/2026), di Aula Dishub HSU. Selama ini sebagian besar dari mereka melayani rute Amuntai–Banjarmasin tanpa izin penyelenggaraan angkutan. Klinik menghadirkan petugas DPMPTSP dan UPT pengujian kendaraan.

“Kami tidak ingin langsung menilang. Pengusaha lokal kami dampingi dulu sampai izinnya keluar,” kata Kepala Dinas Perhubungan HSU, Masrani Effendi.

Dalam klinik tersebut, enam pengusaha langsung mengunggah berkas lewat sistem perizinan daring dan delapan lainnya dijadwalkan melengkapi uji KIR kendaraan. Dishub HSU menargetkan seluruh travel Amuntai berizin sebelum Februari 2027. (prokom-hsu/nr)
""",
  S="14 pengusaha travel Amuntai ikut klinik perizinan Dishub HSU; 6 langsung unggah berkas, target semua berizin sebelum Februari 2027.",
  P="Bubuhan travel Amuntai–Banjar, Dishub HSU kada langsung manilang, tapi maajari baurus izin dulu 👍 Sapuluh ampat pengusaha umpat klinik di aula Dishub, anam langsung mangunggah berkas. Nang lain disuruh uji KIR dulu. Pebruari tahun dapan harus baizin barataan.")

# ---------------------------------------------------------------- lajur sepeda
R("a39", "pemkot-banjarbaru", "2026-11-06T16:30", "Lajur Sepeda 5,4 Kilometer Diuji Coba di Pusat Kota Banjarbaru", """
BANJARBARU – Dinas Perhubungan Kota Banjarbaru menyelesaikan pengecatan lajur sepeda sepanjang 5,4 kilometer di Jalan Jenderal Sudirman, Jalan Panglima Batur dan Jalan Pangeran Antasari, Jumat (6/11/2026). Lajur berwarna hijau selebar 1,5 meter itu mulai diuji coba Minggu (8/11/2026) dan dilengkapi 36 rambu serta delapan titik parkir sepeda. Pengecatan dikerjakan selama sepuluh hari pada malam hari.

“Lajur ini untuk pesepeda harian, bukan hanya saat car free day. Kendaraan bermotor dilarang berhenti di atasnya,” kata Kepala Dinas Perhubungan Banjarbaru, Rusdiansyah Putra.

Selama uji coba satu bulan, petugas menegur kendaraan yang parkir di lajur. Dishub akan mengevaluasi lajur pada awal Desember bersama komunitas sepeda. (humas-bjb/fz)
""",
  S="Banjarbaru punya lajur sepeda hijau 5,4 km di Sudirman, Panglima Batur dan Antasari, uji coba mulai 8/11.",
  L="Lajur sepeda selebar 1,5 meter berwarna hijau sepanjang 5,4 km sudah dicat di Jalan Jenderal Sudirman, Panglima Batur dan Pangeran Antasari. Uji coba mulai Minggu 8 November selama sebulan, lengkap dengan 36 rambu dan delapan titik parkir sepeda. Mobil dan motor dilarang berhenti di lajur; yang parkir akan ditegur.",
  P="Gaes, lajur sepeda ijo di Banjarbaru udah jadi, 5,4 km 🚲💚 Sudirman, Panglima Batur sampai Antasari. Uji coba mulai Minggu 8/11. Yang suka parkir mobil di situ siap-siap ditegur ya wkwk")

R("a40", "pemkot-banjarmasin", "2026-11-26T10:00", "Lajur Sepeda 3,2 Kilometer Hadir di Lambung Mangkurat–Sudirman", """
BANJARMASIN – Pemerintah Kota Banjarmasin meresmikan lajur sepeda sepanjang 3,2 kilometer di Jalan Lambung Mangkurat dan Jalan Jenderal Sudirman, Kamis (26/11/2026). Lajur berpembatas karet itu menghubungkan Siring Pierre Tendean dengan Kawasan Menara Pandang dan dilengkapi empat rak parkir sepeda. Peresmian ditandai dengan gowes bersama 200 pesepeda dari berbagai komunitas dan pegawai Balai Kota. Pembatas dipasang setiap dua meter.

“Banyak pekerja kantor di pusat kota sudah bersepeda. Mereka butuh lajur yang terpisah dari motor,” kata Sekretaris Daerah Kota Banjarmasin, Haris Fadhillah Ansyari.

Pembangunan lajur menghabiskan Rp1,1 miliar dari APBD kota. Pemko menargetkan lajur kedua di Jalan A. Yani Km 1–3 pada 2027, setelah evaluasi penggunaan selama tiga bulan pertama. (humas-bjm/ds)
""",
  S="Lajur sepeda 3,2 km berpembatas karet diresmikan di Lambung Mangkurat–Sudirman Banjarmasin, Siring ke Menara Pandang.",
  P="Urang Banjarmasin nang basapida ka kantor, wayah ini ada lajur saurang di Lambung Mangkurat wan Sudirman 🚲 Talu koma dua kilo, ada pambatas karet, jadi kada dikalahi motor. Ada rak sapida ampat buah jua.")

R("a41", "pemkab-banjar", "2026-11-19T08:45", "Lajur Sepeda Keliling Taman Cahaya Bumi Selamat Diuji Coba", """
MARTAPURA – Dinas Perhubungan Kabupaten Banjar menguji coba lajur sepeda sepanjang 2,4 kilometer yang mengelilingi Taman Cahaya Bumi Selamat Martapura mulai Kamis (19/11/2026). Lajur diberi marka biru dan 18 rambu, serta menghubungkan taman dengan kawasan Pasar Martapura dan Masjid Agung Al Karomah. Lajur selebar 1,2 meter itu dikerjakan selama dua pekan dengan anggaran Rp380 juta dari APBD Banjar.

“Pagi hari banyak pelajar dan jemaah yang bersepeda. Lajur ini memberi mereka ruang aman,” ujar Kepala Dinas Perhubungan Kabupaten Banjar, Akhmad Rizani Ghazali.

Uji coba berlangsung hingga akhir Desember. Pedagang kaki lima di sekitar taman diminta tidak menempatkan gerobak di atas lajur, dan Dishub akan menambah dua titik parkir sepeda bila penggunaan tinggi. (mc-banjar/th)
""",
  S="Lajur sepeda biru 2,4 km keliling Taman Cahaya Bumi Selamat Martapura diuji coba mulai 19/11.",
  P="Di Martapura wayah ini ada lajur sapida bawarna biru, kuliling Taman CBS sampai ka pasar wan Masjid Al Karomah 🚲 Dua koma ampat kilo. Padagang gorobak jangan manaruh di lajur lah. Uji coba sampai ahir Disember.")

R("a42", "pemkab-hss", "2026-11-27T10:30", "Dua Trayek Malam Berangkat dari Terminal Bina Banua", """
KANDANGAN – Dinas Perhubungan Hulu Sungai Selatan membuka dua trayek malam angkutan perdesaan dari Terminal Bina Banua, yaitu Kandangan–Angkinang dan Kandangan–Simpur, mulai Jumat (27/11/2026). Masing-masing trayek dilayani tiga angkutan dengan keberangkatan terakhir pukul 20.30 Wita, sebelumnya angkutan berhenti beroperasi sekitar pukul 17.00 Wita. Keberangkatan malam diatur setiap jam mulai pukul 17.30 Wita. Angkutan malam ditandai stiker kuning di kaca depan dan wajib menyalakan lampu kabin.

“Pekerja toko dan pelajar les sering kesulitan pulang malam. Kami minta sopir bergiliran,” kata Kepala Bidang Angkutan Dishub HSS, Siti Rahmah Fauziah.

Tarif malam sama dengan siang, Rp7.000. Dishub HSS akan menilai jumlah penumpang setelah satu bulan sebelum menambah trayek malam ke Loksado dan Daha. (diskominfo-hss/ma)
""",
  S="Mulai 27/11 ada trayek malam dari Terminal Bina Banua ke Angkinang dan Simpur, terakhir berangkat 20.30, tarif Rp7.000.",
  P="Nang bagawi di toko Kandangan atawa les sampai malam, wayah ini ada taksi malam ka Angkinang wan Simpur matan Terminal Bina Banua 🌙 Tarakhir jam satangah sambilan malam, ungkos tatap tujuh ribu.")
