# -*- coding: utf-8 -*-
"""heldout38: hand-written releases and, per release, a short summary, a Banjar/casual paraphrase,
look-alikes (text, why it differs) and some `before` posts. {d:DD/MM} becomes "Hari (DD/MM/2026)"."""

ANNS = []


def A(num, src, when, slug, title, region, p1, p2, p3, short, para, looks, before=None, long=None):
    ANNS.append(dict(num=num, src=src, when=when, slug=slug, title=title, region=region, paras=[p1, p2, p3],
                     short=short, para=para, looks=looks, before=before, long=long))


# ---------------------------------------------------------------- F1 uji coba satu arah (Banjarmasin, Banjarbaru)
A(1, "pemkot-banjarmasin", "2026-11-04 09:40", "uji-coba-satu-arah-jalan-pangeran-samudera-mulai-pekan-depan",
  "Uji Coba Satu Arah Jalan Pangeran Samudera Mulai Pekan Depan", "Kota Banjarmasin",
  "BANJARMASIN – Dinas Perhubungan Kota Banjarmasin memberlakukan uji coba sistem satu arah di Jalan Pangeran Samudera dan Jalan Lambung Mangkurat mulai {d:09/11} sampai {d:23/11}. Kendaraan dari arah Jembatan Dewi hanya boleh melaju menuju Siring Menara Pandang, sedangkan arus sebaliknya dialihkan lewat Jalan Hasanuddin HM.",
  "\u201cKami pasang 14 rambu sementara dan menempatkan 22 petugas di enam simpang selama uji coba. Kalau antrean di simpang Hasanuddin lebih dari 300 meter, pola ini kami evaluasi,\u201d kata Kepala Bidang Lalu Lintas Dishub Kota Banjarmasin, Rusdiansyah Anwar, di Balai Kota, Rabu (4/11/2026).",
  "Warga dan pengemudi angkutan online diminta memperhatikan rambu di lapangan. Hasil uji coba akan diumumkan setelah dua pekan pengamatan. (dishub-bjm/ra)",
  "Uji coba satu arah Jl. Pangeran Samudera–Lambung Mangkurat 9–23 November, arus balik lewat Jl. Hasanuddin HM.",
  "Dangsanak, mulai Senin 9 November Jalan Pangeran Samudera wan Lambung Mangkurat dijadiakan satu arah, uji coba dua minggu sampai 23 November. Nang matan Jembatan Dewi kawa tarus ka Menara Pandang, nang handak bulik lewat Hasanuddin HM haja. Ada 22 urang petugas bajaga di simpang, jadi jangan bingung lah 🙏🚦",
  [("Jalan Pangeran Samudera macet banar sore tadi gara-gara ada pawai sekolah, mobil kada kawa bagarak hampir satu jam. Sabar haja dangsanak.", "same street, a school parade jam on another day; no one-way trial"),
   ("Uji coba satu arah di Jalan Lambung Mangkurat tahun 2025 dulu dihentikan setelah seminggu karena protes pedagang. Semoga yang sekarang lebih matang.", "last year's edition (2025 trial), stopped after a week"),
   ("Info: Jalan Hasanuddin HM ditutup sebagian Minggu pagi (15/11) untuk car free day, kendaraan diarahkan ke Jalan Pangeran Samudera.", "same streets, a car free day closure on one Sunday, not the one-way trial")],
  before=("Katanya Jalan Pangeran Samudera handak dijadikan satu arah lah? Ada nang tahu kapan mulainya? Ulun liat petugas Dishub mamasang tiang rambu tadi sore.", "rumour posted before the release, no dates or figures"))

A(2, "pemkot-banjarmasin", "2026-11-25 15:20", "hasil-uji-coba-satu-arah-pangeran-samudera-diberlakukan-permanen",
  "Hasil Uji Coba: Satu Arah Pangeran Samudera Diberlakukan Permanen Mulai 1 Desember", "Kota Banjarmasin",
  "BANJARMASIN – Pemerintah Kota Banjarmasin memutuskan pola satu arah di Jalan Pangeran Samudera dan Jalan Lambung Mangkurat berlaku permanen mulai {d:01/12}. Keputusan diambil setelah evaluasi uji coba dua pekan yang berakhir {d:23/11}.",
  "\u201cWaktu tempuh dari Jembatan Dewi ke Menara Pandang turun dari rata-rata 11 menit menjadi 6 menit, dan antrean di simpang Hasanuddin tidak pernah lewat 180 meter. Dari 412 tanggapan warga, 71 persen setuju,\u201d ujar Kepala Dinas Perhubungan Kota Banjarmasin, Hj. Noorhasanah Fitri, Rabu (25/11/2026).",
  "Dishub akan mengganti rambu sementara dengan rambu permanen dan mengecat ulang marka di enam simpang pekan ini. (dishub-bjm/nf)",
  "Satu arah Pangeran Samudera jadi permanen per 1 Desember; waktu tempuh turun 11 → 6 menit, 71% warga setuju.",
  "Ujar hasil uji coba, satu arah di Pangeran Samudera jadi tatap mulai 1 Desember. Waktunya turun matan 11 menit jadi 6 menit haja, 71 persen warga satuju. Rambunya kaina diganti nang permanen. Jadi jangan lagi bapusing lawan arah lah 😅",
  [("Hasil evaluasi parkir tepi jalan di Jalan Lambung Mangkurat: 38 titik parkir liar ditertibkan selama November. Juru parkir resmi wajib pakai rompi.", "same street, a parking evaluation, not the one-way decision"),
   ("Pemko Banjarmasin menetapkan Jalan Sudirman satu arah permanen sejak 2024, dan kini marka jalannya dicat ulang.", "another street made one-way in 2024"),
   ("Rapat evaluasi lalu lintas Haul Sekumpul digelar di Balai Kota Banjarmasin Rabu (25/11), dipimpin Kadishub Noorhasanah Fitri, membahas 60 bus pengangkut jemaah.", "same official and day, another meeting (Haul traffic)")],
  long="Pemko Banjarmasin resmi memberlakukan satu arah permanen di Jalan Pangeran Samudera dan Jalan Lambung Mangkurat mulai 1 Desember 2026. Selama uji coba 9–23 November, waktu tempuh Jembatan Dewi–Menara Pandang turun dari 11 ke 6 menit dan antrean di simpang Hasanuddin paling panjang 180 meter. Dari 412 warga yang memberi tanggapan, 71 persen setuju. Rambu permanen dan marka enam simpang dikerjakan pekan ini.")

A(3, "pemkot-banjarbaru", "2026-11-12 10:05", "dishub-banjarbaru-uji-coba-satu-arah-kawasan-panglima-batur",
  "Dishub Banjarbaru Uji Coba Satu Arah Kawasan Panglima Batur Selama Sepuluh Hari", "Kota Banjarbaru",
  "BANJARBARU – Dinas Perhubungan Kota Banjarbaru menguji coba sistem satu arah di kawasan Jalan Panglima Batur dan Jalan Mistar Cokrokusumo mulai {d:16/11} hingga {d:25/11}. Arus dari Bundaran Simpang Empat hanya diizinkan menuju Lapangan Murjani, sementara arus balik melewati Jalan Kemuning.",
  "\u201cKawasan ini padat setiap pagi karena ada empat sekolah dan kantor pemerintahan. Selama sepuluh hari kami hitung volume kendaraan di tiga titik dan kami dengarkan masukan warga,\u201d ungkap Kepala Dishub Kota Banjarbaru, Ir. Fahrurrazi Maulana, Kamis (12/11/2026).",
  "Dishub menyiapkan petugas di jam sibuk pukul 06.30–08.00 dan 16.00–17.30. Masukan warga dapat disampaikan melalui kanal Banjarbaru Hebat. (humas-bjb/fm)",
  "Banjarbaru uji coba satu arah Panglima Batur–Mistar Cokrokusumo 16–25 Nov; arus balik lewat Jl. Kemuning.",
  "Gaes, Banjarbaru ikut-ikutan nih 😆 kawasan Panglima Batur sama Mistar Cokrokusumo dicoba satu arah 16 sampai 25 November. Dari Bundaran Simpang Empat cuma boleh ke arah Lapangan Murjani, baliknya lewat Jalan Kemuning. Jam sibuk ada petugas kok.",
  [("Jalan Panglima Batur ditutup Sabtu malam (21/11) untuk Festival Kuliner Banjarbaru, pengunjung parkir di Lapangan Murjani.", "same street, a one-night festival closure"),
   ("Satu arah di Jalan Karang Anyar Banjarbaru sudah berlaku sejak 2023 dan kini dievaluasi ulang oleh DPRD.", "another street, one-way since 2023"),
   ("Dishub Banjarbaru mengecat ulang zebra cross di depan empat sekolah Jalan Mistar Cokrokusumo, Kamis (12/11).", "same office, same day and street, road marking work")],
  before=("Besok pagi ada sosialisasi dari Dishub di SMPN 1 Banjarbaru soal rencana pengaturan arus di Panglima Batur. Orang tua murid diundang hadir jam 8.", "invitation to a meeting before the release"))

# ---------------------------------------------------------------- F2 polisi tidur / speed bump
A(4, "dishub-kalsel", "2026-11-03 13:30", "se-kadishub-kalsel-polisi-tidur-di-jalan-provinsi-wajib-berizin",
  "Dishub Kalsel Terbitkan Surat Edaran: Polisi Tidur di Jalan Provinsi Wajib Berizin", "provinsi",
  "BANJARBARU – Dinas Perhubungan Provinsi Kalimantan Selatan menerbitkan surat edaran tentang penertiban alat pembatas kecepatan atau polisi tidur di ruas jalan provinsi. Edaran bernomor 551/2214/Dishub tertanggal {d:02/11} itu meminta pemerintah desa dan warga tidak lagi membuat polisi tidur tanpa izin.",
  "\u201cDari survei kami di 18 ruas jalan provinsi ada 317 polisi tidur, dan 264 di antaranya tidak sesuai standar, terlalu tinggi dan tanpa cat. Ini membahayakan pengendara motor, apalagi malam hari,\u201d kata Kepala Bidang Lalu Lintas Dishub Kalsel, Akhmad Sya\u2019rani, Selasa (3/11/2026).",
  "Pembongkaran dilakukan bertahap bersama pemerintah kabupaten mulai pertengahan November, diganti pita penggaduh di titik rawan seperti depan sekolah. (dishub-kalsel/as)",
  "Dishub Kalsel: 264 dari 317 polisi tidur di jalan provinsi tak standar, akan dibongkar bertahap.",
  "Bubuhan warga nang rancak maulah polisi tidur saurang, dangarakan. Dishub Kalsel sudah maedarakan surat: di jalan provinsi kada buleh lagi maulah polisi tidur tanpa izin. Ujar survei, 264 matan 317 nang ada kada standar, tinggi banar, kadada catnya. Kaina dibongkar bertahap, diganti pita penggaduh di muka sekolah.",
  [("Warga RT 05 bagotong royong mamasang dua polisi tidur di gang masjid, soalnya anak-anak rancak balarian ka jalan.", "a village's own speed bumps in a gang, not the provincial circular"),
   ("Dishub Kalsel menerbitkan surat edaran soal jam operasional angkutan batu bara di jalan provinsi.", "same office, another circular"),
   ("Tahun 2024 Dishub Kalsel sudah mendata 290 polisi tidur di jalan provinsi, tapi belum ada pembongkaran.", "earlier survey (2024), other figure")],
  before=("Tadi ada petugas Dishub provinsi mengukur tinggi polisi tidur di depan pasar, katanya ada pendataan. Ada yang tahu untuk apa?", "survey seen the day before the circular, no figures"))

A(5, "pemkab-tanah-laut", "2026-11-17 11:10", "pemkab-tala-bongkar-46-polisi-tidur-di-ruas-pelaihari-jorong",
  "Tindak Lanjuti Edaran Provinsi, Pemkab Tala Bongkar 46 Polisi Tidur di Ruas Pelaihari–Jorong", "Kabupaten Tanah Laut",
  "PELAIHARI – Pemerintah Kabupaten Tanah Laut mulai membongkar 46 polisi tidur yang tidak standar di ruas jalan provinsi Pelaihari–Jorong, {d:17/11}. Pembongkaran merupakan tindak lanjut surat edaran Dinas Perhubungan Provinsi Kalimantan Selatan.",
  "\u201cKami sudah bermusyawarah dengan kepala desa Panggung, Ambungan dan Asam Asam. Di depan tiga sekolah dan dua masjid akan dipasang pita penggaduh sebagai pengganti,\u201d ujar Kepala Dinas Perhubungan Kabupaten Tanah Laut, Syahriani Putra, di Desa Ambungan.",
  "Pekerjaan dijadwalkan selesai dalam sepuluh hari. Warga diminta tidak membangun kembali polisi tidur tanpa izin. (mc-tala/sp)",
  "Tala bongkar 46 polisi tidur di Pelaihari–Jorong, diganti pita penggaduh di depan 3 sekolah & 2 masjid.",
  "Di Tanah Laut sudah dimulai, 46 polisi tidur di jalan Pelaihari–Jorong dibongkar. Nang di muka sekolah wan masjid kada dibiarakan kosong, diganti pita penggaduh. Jadi pian nang di Panggung, Ambungan, Asam Asam jangan maulah lagi saurang-saurang lah.",
  [("Pemkab Tala membongkar 12 lapak PKL di ruas Pelaihari–Jorong dekat Desa Ambungan, Selasa (17/11).", "same day and village, removal of PKL stalls"),
   ("Pita penggaduh di depan SDN Asam Asam sudah dipasang sejak Agustus 2026 oleh pihak sekolah.", "earlier, the school's own rumble strips"),
   ("Kabupaten Tapin mulai membongkar 46 polisi tidur di jalan Rantau–Binuang.", "another kabupaten, same figure 46")])

A(6, "pemkab-hulu-sungai-selatan", "2026-11-20 09:00", "dishub-hss-pasang-20-speed-bump-standar-di-depan-sekolah",
  "Dishub HSS Pasang 20 Speed Bump Standar di Depan Sekolah Kandangan", "Kabupaten Hulu Sungai Selatan",
  "KANDANGAN – Dinas Perhubungan Kabupaten Hulu Sungai Selatan memasang 20 speed bump karet berstandar di depan 10 sekolah dasar dan menengah di Kecamatan Kandangan dan Angkinang, mulai {d:20/11}. Pengadaan memakai APBD 2026 senilai Rp186 juta.",
  "\u201cSpeed bump ini tingginya hanya 8 sentimeter dan diberi cat kuning hitam, jadi aman untuk motor tapi tetap membuat pengendara pelan. Sebelumnya banyak polisi tidur semen buatan warga yang kami bongkar,\u201d tutur Kepala Dishub HSS, H. Gusti Rahmadi, di SDN Kandangan Kota 3.",
  "Pemasangan ditargetkan rampung {d:28/11}. Pada 2027 Dishub merencanakan tambahan di Kecamatan Daha Utara. (mc-hss/gr)",
  "HSS pasang 20 speed bump karet di depan 10 sekolah Kandangan & Angkinang, APBD Rp186 juta.",
  "Dishub HSS mamasang 20 speed bump karet di muka sapuluh sakulahan di Kandangan wan Angkinang, tingginya cuma 8 senti, bacat kuning hirang. Duitnya matan APBD saratus dalapan puluh anam juta. Rancak banar, kaena anak-anak aman bajalan ka sakulahan.",
  [("SDN Kandangan Kota 3 menggelar lomba mewarnai Hari Anak, Jumat (20/11), dihadiri Kadishub HSS Gusti Rahmadi yang menyerahkan hadiah.", "same school, same day, same official at another event"),
   ("Rencana 2027: speed bump di Kecamatan Daha Utara, masih menunggu anggaran.", "the next stage (2027), not this installation"),
   ("Dishub HSS pasang 20 lampu jalan tenaga surya di ruas Kandangan–Loksado.", "same office, same figure 20, street lights")])

# ---------------------------------------------------------------- F3 tarif angkutan darat
A(7, "dishub-kalsel", "2026-11-06 14:00", "tarif-batas-atas-bus-akdp-kalsel-naik-rata-rata-9-persen",
  "Tarif Batas Atas Bus AKDP di Kalsel Naik Rata-rata 9 Persen Mulai 15 November", "provinsi",
  "BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menetapkan tarif batas atas angkutan bus antarkota dalam provinsi (AKDP) kelas ekonomi yang baru, berlaku mulai {d:15/11}. Kenaikan rata-rata 9 persen; trayek Banjarmasin–Barabai misalnya menjadi paling tinggi Rp68.000 dan Banjarmasin–Tanjung Rp95.000.",
  "\u201cTarif lama berlaku sejak 2022. Biaya operasional, suku cadang dan ban naik, jadi Organda meminta penyesuaian. Kami pastikan tarif pelajar tetap diskon 25 persen,\u201d kata Kepala Dinas Perhubungan Provinsi Kalimantan Selatan, Drs. H. Muhammad Yusran Arif, Jumat (6/11/2026).",
  "Daftar tarif wajib ditempel di setiap bus dan loket Terminal Km 6. Penumpang yang ditarik melebihi tarif dapat melapor ke posko Dishub di terminal. (dishub-kalsel/my)",
  "Tarif bus AKDP naik rata-rata 9% mulai 15/11; Bjm–Barabai maks Rp68.000, pelajar tetap diskon 25%.",
  "Nang rancak naik bis ka Barabai atawa Tanjung, mulai 15 November ongkosnya naik, rata-rata 9 persen. Banjarmasin–Barabai paling tinggi anam puluh dalapan ribu, ka Tanjung sambilan puluh lima ribu. Tapi anak sakulahan tatap dapat diskon 25 persen. Amun ditarik labih, lapurakan ka posko Dishub di terminal Km 6.",
  [("Tarif bus DAMRI bandara Syamsudin Noor–Banjarmasin tetap Rp35.000 hingga akhir tahun.", "another service, tariff unchanged"),
   ("Harga tiket bus Banjarmasin–Barabai saat libur Lebaran 2026 sempat tembus Rp85.000 karena tuslah.", "earlier, a holiday surcharge in April"),
   ("Organda Kalsel menggelar musyawarah daerah di Banjarbaru, Jumat (6/11), memilih ketua baru.", "same day, Organda's own meeting")],
  before=("Dengar-dengar tarif bis ka hulu sungai handak naik, sopir di terminal Km 6 sudah bapandir. Betul kah?", "rumour before the tariff decree"))

A(8, "pemkot-banjarmasin", "2026-11-10 16:45", "tarif-angkot-banjarmasin-jadi-rp6000-pelajar-rp4000",
  "Tarif Angkot Banjarmasin Jadi Rp6.000, Pelajar Rp4.000", "Kota Banjarmasin",
  "BANJARMASIN – Menyusul penyesuaian tarif bus AKDP oleh Pemprov Kalsel, Pemerintah Kota Banjarmasin menetapkan tarif angkutan kota (taksi kuning) yang baru sebesar Rp6.000 untuk umum dan Rp4.000 untuk pelajar, berlaku {d:16/11}. Sebelumnya tarif umum Rp5.000.",
  "\u201cKami sudah duduk bersama Organda dan perwakilan sopir dari 11 trayek. Tarif baru ini jauh dari permintaan awal Rp8.000, dan pelajar tetap kami lindungi,\u201d ujar Wakil Wali Kota Banjarmasin, Ananda Rizki Pratama, Selasa (10/11/2026).",
  "Stiker tarif akan dibagikan ke 342 armada angkot di Terminal Antasari. Sopir yang menarik di atas tarif dapat dilaporkan ke Dishub. (mc-bjm/ar)",
  "Angkot Banjarmasin: Rp6.000 umum, Rp4.000 pelajar mulai 16 November; 342 armada dapat stiker tarif.",
  "Taksi kuning di Banjarmasin naik saribu, jadi anam ribu mulai 16 November. Anak sakulahan ampat ribu haja. Sopirnya tadi minta dalapan ribu, kada diizinakan. Kaina ada stiker tarif di tiap angkot, jadi kada kawa lagi sopir mangaramput 😁",
  [("Sopir angkot trayek Antasari–Kayu Tangi menggelar aksi damai di Balai Kota, Senin (9/11), minta tarif Rp8.000.", "earlier protest, no decision"),
   ("Tarif angkot Banjarbaru–Martapura masih Rp7.000 dan belum ada rencana naik, kata Dishub Banjarbaru.", "another city, another tariff"),
   ("Terminal Antasari dibersihkan bersama 120 sopir angkot dalam rangka HUT Organda, Selasa (10/11).", "same terminal and day, a clean-up")])

A(9, "pemkab-hulu-sungai-selatan", "2026-11-13 10:30", "tarif-angkutan-perdesaan-kandangan-angkinang-ditetapkan",
  "Pemkab HSS Tetapkan Tarif Angkutan Perdesaan Kandangan–Angkinang–Simpur", "Kabupaten Hulu Sungai Selatan",
  "KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan untuk pertama kalinya menetapkan tarif resmi angkutan perdesaan di tiga trayek: Kandangan–Angkinang Rp7.000, Kandangan–Simpur Rp8.000 dan Kandangan–Padang Batung Rp9.000. Peraturan bupati itu berlaku sejak {d:13/11}.",
  "\u201cSelama ini tarif diserahkan ke kesepakatan sopir dan penumpang, sering berbeda pagi dan sore. Sekarang ada pegangan yang jelas untuk 64 mobil pick-up dan minibus yang melayani desa,\u201d kata Sekretaris Daerah HSS, H. Akhmad Fauzi Noor, Jumat (13/11/2026) di Terminal Kandangan.",
  "Dishub HSS akan memasang papan tarif di Terminal Kandangan dan di pasar Angkinang serta Simpur. (mc-hss/afn)",
  "HSS tetapkan tarif angkutan desa: Kandangan–Angkinang Rp7.000, ke Simpur Rp8.000, ke Padang Batung Rp9.000.",
  "Bubuhan nang bulik-pulang Kandangan–Angkinang naik pick-up, wayahini ada tarif resmi: tujuh ribu. Ka Simpur dalapan ribu, ka Padang Batung sambilan ribu. Kada lagi baubah-ubah pagi wan sanja. Papan tarifnya kaina dipasang di terminal wan pasar.",
  [("Harga karcis masuk Terminal Kandangan untuk mobil pick-up tetap Rp2.000, kata pengelola.", "terminal entry fee, not passenger fare"),
   ("Tarif ojek kampung ke Loksado naik jadi Rp40.000 sejak jalan longsor, kata warga.", "informal ojek price, not the regent's decree"),
   ("Pemkab HSS menetapkan tarif retribusi pasar Angkinang dan Simpur per 1 Desember.", "same kabupaten and places, market levy")])

# ---------------------------------------------------------------- F4 bebas BBNKB II (balik nama)
A(10, "bapenda-kalsel", "2026-11-05 10:00", "bebas-bea-balik-nama-kendaraan-bekas-10-november-hingga-20-desember",
  "Bebas Bea Balik Nama Kendaraan Bekas, 10 November hingga 20 Desember", "provinsi",
  "BANJARBARU – Badan Pendapatan Daerah Provinsi Kalimantan Selatan membebaskan Bea Balik Nama Kendaraan Bermotor kedua (BBNKB II) untuk kendaraan bekas dan kendaraan mutasi dari luar daerah mulai {d:10/11} sampai {d:20/12}. Program berlaku di seluruh 14 kantor Samsat se-Kalsel.",
  "\u201cMasih banyak motor dan mobil yang sudah dijual tetapi STNK-nya atas nama pemilik lama. Ini momen untuk merapikan data. Pemohon cukup membawa KTP, BPKB, STNK dan kuitansi jual beli,\u201d kata Kepala Bapenda Kalsel, Dr. Hj. Rina Widyastuti, Kamis (5/11/2026).",
  "Pajak kendaraan tahun berjalan tetap dibayar seperti biasa. Bapenda menargetkan 12.000 kendaraan berpindah nama selama program. (bapenda-kalsel/rw)",
  "Bapenda Kalsel bebaskan BBNKB II 10 Nov–20 Des di 14 Samsat; target 12.000 kendaraan balik nama.",
  "Nang baisi motor bekas tapi STNK-nya masih ngaran urang lain, wayahnya ini: balik nama gratis 10 November sampai 20 Desember di sabarataan Samsat Kalsel. Bawa KTP, BPKB, STNK wan kuitansi. Pajak tahunannya tatap dibayar lah, nang digratisakan cuma bea balik namanya.",
  [("Bapenda Kalsel memperpanjang pemutihan denda pajak kendaraan tahun lalu sampai 30 Desember 2025.", "last year's programme, another waiver (denda PKB)"),
   ("Samsat Banjarbaru buka layanan malam setiap Kamis sampai pukul 21.00 selama November.", "same offices, night service, no waiver"),
   ("Kepala Bapenda Kalsel Rina Widyastuti menyerahkan penghargaan wajib pajak restoran teladan, Kamis (5/11).", "same official and day, another event")],
  before=("Ada kabar balik nama motor kaina digratiskan akhir tahun. Ulun tunda dulu kah balik namanya? Siapa nang tahu pasti?", "rumour before the programme was released"))

A(11, "bapenda-kalsel", "2026-11-24 14:15", "dua-pekan-program-bebas-bbnkb-ii-4861-kendaraan-balik-nama",
  "Dua Pekan Program Bebas BBNKB II, 4.861 Kendaraan Sudah Balik Nama", "provinsi",
  "BANJARBARU – Dua pekan berjalan, program pembebasan BBNKB II Bapenda Kalimantan Selatan sudah dimanfaatkan untuk 4.861 kendaraan hingga {d:23/11}. Sebanyak 4.102 di antaranya sepeda motor dan 759 mobil.",
  "\u201cSamsat Banjarmasin I paling banyak dengan 1.034 berkas, disusul Banjarbaru 712 dan Martapura 598. Target 12.000 kendaraan masih mungkin tercapai sebelum 20 Desember,\u201d kata Sekretaris Bapenda Kalsel, H. Syamsul Bahri Yusuf, Selasa (24/11/2026).",
  "Bapenda menambah loket khusus balik nama di Samsat Banjarmasin I dan mengingatkan warga agar tidak menunggu hari terakhir. (bapenda-kalsel/sb)",
  "Bebas BBNKB II: 4.861 kendaraan balik nama dalam dua pekan (4.102 motor, 759 mobil).",
  "Hasil dua minggu balik nama gratis: sudah 4.861 kendaraan, kabanyakan motor, 4.102 buting. Samsat Banjarmasin I paling ramai saribu labih. Jangan tunggu akhir, kaina bakajal antri 😅 Programnya sampai 20 Desember.",
  [("Realisasi pajak kendaraan Kalsel hingga Oktober 2026 mencapai Rp1,2 triliun atau 86 persen target.", "other figure (annual PKB revenue)"),
   ("Samsat Martapura melayani 598 wajib pajak dalam gerai malam Minggu lalu.", "same figure 598 with another meaning (night service)"),
   ("Bebas BBNKB II tahun 2024 menghasilkan 9.300 balik nama dalam dua bulan.", "2024 edition result")])

A(12, "pemkab-tabalong", "2026-11-16 09:30", "samsat-tanjung-buka-gerai-balik-nama-gratis-di-pasar-tanjung",
  "Samsat Tanjung Buka Gerai Balik Nama Gratis di Pasar Tanjung Setiap Sabtu", "Kabupaten Tabalong",
  "TANJUNG – Memanfaatkan program bebas BBNKB II Pemprov Kalsel, Pemerintah Kabupaten Tabalong bersama UPPD Samsat Tanjung membuka gerai balik nama di Pasar Tanjung setiap Sabtu, {d:21/11} hingga {d:19/12}, pukul 08.00–13.00.",
  "\u201cBanyak warga kecamatan jauh seperti Muara Uya dan Jaro enggan ke kantor Samsat di hari kerja. Di pasar hari Sabtu mereka bisa sekalian berbelanja. Berkas yang lengkap selesai dalam satu jam,\u201d kata Asisten Perekonomian Setda Tabalong, Ir. Hj. Lailatul Badriah, Senin (16/11/2026).",
  "Gerai juga menerima pembayaran pajak tahunan. Warga diminta membawa BPKB asli dan kuitansi jual beli. (humas-tabalong/lb)",
  "Tabalong: gerai balik nama gratis di Pasar Tanjung tiap Sabtu 21 Nov–19 Des, jam 08.00–13.00.",
  "Urang Muara Uya wan Jaro kada usah lagi izin bagawi gasan ka Samsat: tiap Sabtu ada gerai balik nama gratis di Pasar Tanjung, 21 November sampai 19 Desember, jam dalapan sampai jam satu. Sakalian babalanja. Satu jam haja amun berkasnya langkap.",
  [("Pasar Tanjung ramai Sabtu (21/11) karena ada bazar UMKM Hari Jadi Tabalong, 60 stan.", "same place and day, a bazaar"),
   ("Samsat Keliling Tabalong ke Muara Uya dijadwalkan Rabu pekan depan untuk bayar pajak tahunan.", "mobile tax payment, not the balik-nama gerai"),
   ("Kabupaten Balangan membuka gerai balik nama di Pasar Paringin setiap Sabtu.", "another kabupaten's gerai")])

# ---------------------------------------------------------------- F5 penghapusan data kendaraan (STNK mati)
A(13, "polda-kalsel", "2026-11-02 10:20", "ditlantas-polda-kalsel-ingatkan-stnk-mati-dua-tahun-bisa-dihapus",
  "Ditlantas Polda Kalsel Ingatkan: STNK Mati Dua Tahun, Data Kendaraan Bisa Dihapus", "provinsi",
  "BANJARMASIN – Direktorat Lalu Lintas Polda Kalimantan Selatan menyosialisasikan penghapusan data registrasi kendaraan yang STNK-nya tidak diperpanjang dua tahun setelah masa berlaku lima tahunan habis. Di Kalsel tercatat 38.460 kendaraan masuk kategori itu per {d:31/10}.",
  "\u201cKendaraan yang datanya dihapus tidak bisa diregistrasi ulang dan statusnya menjadi bodong. Karena itu kami kirim surat peringatan bertahap tiga bulan sebelumnya,\u201d ujar Kasubdit Regident Ditlantas Polda Kalsel, AKBP Hendra Wiratama, Senin (2/11/2026).",
  "Sosialisasi dilakukan di 13 Satlantas polres melalui radio, pasar dan balai desa sampai akhir Desember. (humas-polda/hw)",
  "Ditlantas Kalsel: 38.460 kendaraan STNK mati 2 tahun terancam dihapus datanya; surat peringatan dikirim.",
  "Dangsanak, amun STNK sudah mati dua tahun lawan kada diperpanjang, data kendaraannya kawa dihapus, jadi bodong kada kawa diurus lagi. Di Kalsel ada 38.460 nang masuk daptar. Surat peringatan dikirim dulu, jadi jangan dibuang lah suratnya.",
  [("Satlantas Polresta Banjarmasin merazia kendaraan tanpa pelat nomor di Jalan A. Yani, 112 motor ditilang.", "plate-number raid, not the deletion notice"),
   ("Ditlantas Polda Kalsel membuka pendaftaran Duta Lantas pelajar 2026.", "same directorate, another programme"),
   ("Penghapusan data kendaraan sudah diumumkan Korlantas secara nasional sejak 2023.", "national background, earlier")],
  before=("Ulun dapat surat matan Samsat, ujar STNK motor abah sudah lewat dua tahun. Apa maksudnya dihapus? Ada nang tahu kah?", "a resident's question before the release"))

A(14, "pemkab-kotabaru", "2026-11-09 11:00", "satlantas-dan-pemkab-kotabaru-sosialisasi-penghapusan-data-kendaraan-di-20-desa",
  "Sosialisasi Penghapusan Data Kendaraan Digelar di 20 Desa Pulau Laut", "Kabupaten Kotabaru",
  "KOTABARU – Pemerintah Kabupaten Kotabaru bersama Satlantas Polres Kotabaru menindaklanjuti sosialisasi Ditlantas Polda Kalsel tentang penghapusan data kendaraan dengan turun ke 20 desa di Pulau Laut Utara dan Pulau Laut Sigam, {d:09/11} hingga {d:27/11}.",
  "\u201cDi Kotabaru ada 2.316 kendaraan yang STNK-nya mati lebih dari dua tahun. Di desa kami jelaskan cara memperpanjang dan kami bawa petugas Samsat supaya bisa langsung dilayani,\u201d ujar Kepala Bagian Perekonomian Setda Kotabaru, Muhammad Iqbal Fadillah, Senin (9/11/2026), di Desa Sigam.",
  "Jadwal per desa diumumkan melalui kepala desa dan akun media sosial Pemkab Kotabaru. (mc-kotabaru/mif)",
  "Kotabaru sosialisasi penghapusan data kendaraan di 20 desa Pulau Laut, 9–27 Nov; 2.316 STNK mati > 2 tahun.",
  "Gasan urang Pulau Laut: 9 sampai 27 November ada sosialisasi STNK mati di 20 desa. Di Kotabaru ada 2.316 kendaraan nang STNK-nya mati labih dua tahun. Samsat ikut datang, jadi kawa langsung diurus di desa. Tunggu jadwal matan pambakal masing-masing.",
  [("Satlantas Polres Kotabaru menggelar sosialisasi keselamatan berkendara di SMAN 1 Kotabaru, Senin (9/11).", "same unit and day, a school safety talk"),
   ("Desa Sigam menggelar musyawarah desa pembahasan APBDes 2027 di balai desa, Senin (9/11).", "same village and day, another activity"),
   ("Kabupaten Tanah Bumbu mencatat 2.316 kendaraan menunggak pajak lebih dari satu tahun.", "same figure 2.316, another kabupaten and meaning")])

A(15, "pemkab-balangan", "2026-11-18 13:00", "samsat-paringin-jemput-bola-1850-kendaraan-stnk-mati",
  "Samsat Paringin Jemput Bola ke Rumah Pemilik 1.850 Kendaraan STNK Mati", "Kabupaten Balangan",
  "PARINGIN – Pemerintah Kabupaten Balangan dan UPPD Samsat Paringin menggelar layanan jemput bola ke rumah pemilik 1.850 kendaraan yang STNK-nya mati lebih dari dua tahun, mulai {d:23/11}. Petugas mendatangi warga di delapan kecamatan dengan mobil layanan.",
  "\u201cDaripada data kendaraan warga terhapus dan jadi bodong, lebih baik kami datangi. Denda pajak juga dibebaskan bagi yang memperpanjang selama kegiatan ini,\u201d kata Bupati Balangan diwakili Staf Ahli Bidang Ekonomi, H. Rakhmadi Saputra, Rabu (18/11/2026).",
  "Kegiatan berlangsung hingga {d:11/12}. Kepala desa diminta mendata warga yang belum menerima surat pemberitahuan. (humas-balangan/rs)",
  "Balangan: Samsat Paringin datangi rumah pemilik 1.850 kendaraan STNK mati, 23 Nov–11 Des, denda dibebaskan.",
  "Di Balangan, Samsat handak mandatangi rumah pemilik 1.850 kendaraan nang STNK-nya mati labih dua tahun, mulai 23 November sampai 11 Desember. Dendanya dihapus amun diperpanjang wayah itu. Jadi amun didatangi petugas, jangan bakuciak lah, siapakan BPKB.",
  [("Samsat Paringin pindah sementara ke gedung Mal Pelayanan Publik Balangan selama renovasi kantor.", "same office, relocation"),
   ("Tahun 2025 Samsat Paringin jemput bola ke 900 kendaraan di Juai dan Halong.", "last year's edition"),
   ("Staf Ahli Rakhmadi Saputra membuka pasar murah di Paringin, Rabu (18/11).", "same official and day, another event")])

# ---------------------------------------------------------------- F6 SIM kolektif pelajar
A(16, "polda-kalsel", "2026-11-07 09:15", "polda-kalsel-buka-kuota-2000-sim-c-kolektif-pelajar",
  "Polda Kalsel Buka Kuota 2.000 SIM C Kolektif untuk Pelajar 17 Tahun", "provinsi",
  "BANJARMASIN – Direktorat Lalu Lintas Polda Kalimantan Selatan membuka program pembuatan SIM C kolektif bagi pelajar SMA/SMK yang sudah berusia 17 tahun. Kuota 2.000 pelajar dibagi ke 13 Satlantas; pendaftaran melalui sekolah dibuka {d:09/11} sampai {d:20/11}.",
  "\u201cPelajar tetap ikut ujian teori dan praktik, tidak ada jalan pintas. Bedanya, pelatihan dan ujian dilakukan di sekolah dan biaya PNBP ditanggung program CSR mitra,\u201d kata Direktur Lalu Lintas Polda Kalsel, Kombes Pol Dwi Cahyo Nugroho, Sabtu (7/11/2026).",
  "Sekolah yang berminat mengirim daftar nama siswa beserta fotokopi akta kelahiran ke Satlantas setempat. (humas-polda/dcn)",
  "Polda Kalsel: 2.000 kuota SIM C kolektif gratis pelajar 17 tahun, daftar via sekolah 9–20 Nov.",
  "Anak sakulahan nang umurnya sudah 17 tahun, ada SIM C kolektif. Kuotanya 2.000 sa-Kalsel, badaftar lewat sakulahan 9 sampai 20 November. Tatap ujian teori wan praktik lah, kada kawa bajalan pintas, tapi biayanya ditanggung. Padahi guru wali kelas pian.",
  [("Satlantas Polres Banjar menggelar SIM keliling di halaman Pasar Martapura setiap Selasa.", "mobile SIM renewal, not the pelajar programme"),
   ("Polda Kalsel menggelar lomba tertib lalu lintas antar SMA, hadiah total Rp25 juta.", "same unit, a contest for schools"),
   ("SIM kolektif pelajar tahun 2025 diikuti 1.400 siswa di tujuh kabupaten.", "last year's edition")])

A(17, "pemkab-hulu-sungai-tengah", "2026-11-19 10:40", "240-pelajar-barabai-ikut-sim-c-kolektif",
  "240 Pelajar Barabai Ikuti SIM C Kolektif, Ujian Digelar di SMKN 1 Barabai", "Kabupaten Hulu Sungai Tengah",
  "BARABAI – Sebanyak 240 pelajar dari enam SMA/SMK di Kabupaten Hulu Sungai Tengah mengikuti program SIM C kolektif Polda Kalsel. Ujian teori dan praktik digelar di halaman SMKN 1 Barabai pada {d:24/11} dan {d:25/11}.",
  "\u201cHST mendapat kuota 240 dari 2.000 kuota provinsi. Kami minta orang tua tetap mengawasi, SIM bukan izin untuk kebut-kebutan,\u201d kata Kepala Dinas Pendidikan HST, Drs. H. Abdul Wahid Ramli, Kamis (19/11/2026), saat rapat bersama Satlantas Polres HST.",
  "Pelajar yang belum lulus praktik diberi kesempatan ujian ulang sepekan kemudian. (mc-hst/awr)",
  "240 pelajar HST ikut SIM C kolektif, ujian di SMKN 1 Barabai 24–25 November.",
  "Di Barabai, 240 urang anak sakulahan matan anam SMA/SMK umpat SIM C kolektif. Ujiannya di SMKN 1 Barabai 24 wan 25 November. Kadisdik bapesan: SIM itu lain izin gasan bakabut-kabutan lah! Nang kada lulus praktik kawa ulang saminggu lagi.",
  [("SMKN 1 Barabai menggelar uji kompetensi keahlian jurusan otomotif, 24–25 November.", "same school and dates, a vocational exam"),
   ("Kabupaten Balangan mendapat kuota 240 pelajar SIM C kolektif, ujian di SMAN 1 Paringin.", "another kabupaten's group, same figure"),
   ("Kadisdik HST Abdul Wahid Ramli melepas 60 pelajar ke lomba debat tingkat provinsi.", "same official, another event")])

A(18, "pemkab-tanah-bumbu", "2026-11-11 15:00", "pemkab-tanbu-gratiskan-ujian-sim-180-pelajar-simpang-empat",
  "Pemkab Tanbu Gratiskan Ujian SIM untuk 180 Pelajar Simpang Empat", "Kabupaten Tanah Bumbu",
  "BATULICIN – Pemerintah Kabupaten Tanah Bumbu membiayai sendiri ujian SIM C bagi 180 pelajar SMA/SMK di Kecamatan Simpang Empat melalui APBD 2026. Ujian berlangsung di SMAN 1 Simpang Empat pada {d:14/11}, sebelum kuota program provinsi dibagikan.",
  "\u201cKami tidak mau menunggu. Banyak anak kita sudah berkendara ke sekolah tanpa SIM. Dengan ujian di sekolah, mereka belajar aturan dan punya SIM resmi,\u201d kata Wakil Bupati Tanah Bumbu, H. Bahrul Ilmi, Rabu (11/11/2026).",
  "Satlantas Polres Tanah Bumbu menyiapkan lintasan praktik di lapangan sekolah. Program serupa direncanakan untuk Kecamatan Kusan Hilir pada 2027. (mc-tanbu/bi)",
  "Tanbu biayai ujian SIM C 180 pelajar Simpang Empat, Sabtu 14 Nov di SMAN 1 Simpang Empat.",
  "Pemkab Tanbu kada handak mahadang kuota provinsi, 180 anak SMA/SMK di Simpang Empat dibiayai ujian SIM C pakai APBD. Ujiannya Sabtu 14 November di SMAN 1 Simpang Empat. Kusan Hilir kaina tahun 2027.",
  [("Kusan Hilir dijadwalkan ujian SIM pelajar tahun 2027.", "the next stage (2027)"),
   ("SMAN 1 Simpang Empat menjadi tuan rumah jambore Saka Bhayangkara, Sabtu (14/11).", "same school and day, another event"),
   ("Satlantas Polres Tanah Bumbu mencatat 180 pelajar terlibat kecelakaan sepanjang 2025.", "same figure 180, another meaning")],
  before=("Besok Sabtu anak-anak kelas XII disuruh bawa motor ka sekolah, katanya ada ujian SIM dari Satlantas. Betul kah gratis?", "posted the day before, a question before the release"))

# ---------------------------------------------------------------- F7 docking feri Tanjung Serdang–Batulicin
A(19, "dishub-kalsel", "2026-11-08 12:00", "dua-kapal-docking-penyeberangan-tanjung-serdang-batulicin-hanya-dua-kapal",
  "Dua Kapal Docking, Penyeberangan Tanjung Serdang–Batulicin Hanya Dilayani Dua Kapal", "provinsi",
  "BANJARBARU – Dinas Perhubungan Provinsi Kalimantan Selatan mengumumkan lintas penyeberangan Tanjung Serdang–Batulicin hanya dilayani dua kapal pada {d:12/11} hingga {d:30/11}, karena KMP Tanjung Mas dan KMP Sebuku Raya menjalani docking tahunan.",
  "\u201cFrekuensi turun dari 28 menjadi 16 trip per hari. Kami minta sopir truk dan warga menyesuaikan waktu, hindari jam 06.00–09.00 yang paling padat,\u201d kata Kepala Bidang Angkutan Sungai, Danau dan Penyeberangan Dishub Kalsel, Ir. Syarifuddin Hamdi, Minggu (8/11/2026).",
  "Jadwal lengkap ditempel di kedua pelabuhan. Dishub akan menambah kapal pengganti bila antrean kendaraan melebihi dua kilometer. (dishub-kalsel/sh)",
  "12–30 Nov feri Tanjung Serdang–Batulicin cuma 2 kapal (16 trip/hari) karena docking; hindari jam 06–09.",
  "Nang handak bapindah ka Batulicin atawa bulik ka Kotabaru, 12 sampai 30 November kapal feri cuma dua nang jalan, dua lagi docking. Trip jadi 16 sahari haja. Jangan baangkat jam anam sampai sambilan pagi, antrian panjang banar.",
  [("Penyeberangan Tanjung Serdang–Batulicin ditunda tiga jam Senin (10/11) karena angin kencang.", "a weather delay on one day"),
   ("KMP Sebuku Raya pernah docking Maret 2026 selama dua minggu.", "same ship, earlier docking"),
   ("Dishub Kalsel mengumumkan jadwal kapal cepat Banjarmasin–Kotabaru selama Nataru.", "same office, another service")],
  before=("Antrian di Tanjung Serdang tadi malam sampai 1 km, katanya ada kapal nang handak naik dok. Ada info resmi kah?", "the queue seen before the notice"))

A(20, "pemkab-kotabaru", "2026-11-11 08:30", "pemkab-kotabaru-siapkan-kantong-parkir-truk-selama-docking-feri",
  "Selama Docking Feri, Pemkab Kotabaru Siapkan Kantong Parkir Truk di Tanjung Serdang", "Kabupaten Kotabaru",
  "KOTABARU – Menyikapi berkurangnya kapal di lintas Tanjung Serdang–Batulicin pada {d:12/11}–{d:30/11}, Pemerintah Kabupaten Kotabaru menyiapkan kantong parkir untuk 120 truk di lahan eks pasar ikan Tanjung Serdang agar antrean tidak memenuhi jalan desa.",
  "\u201cKendaraan pribadi dan ambulans tetap kami prioritaskan naik lebih dulu. Truk menunggu di kantong parkir dan dipanggil sesuai nomor antrean,\u201d kata Kepala Dinas Perhubungan Kotabaru, Hairul Anwar Lubis, Rabu (11/11/2026) saat meninjau lokasi.",
  "Posko terpadu Dishub, Satpol PP dan Polsek Pulau Laut Utara buka 24 jam selama masa docking. (mc-kotabaru/hal)",
  "Kotabaru siapkan kantong parkir 120 truk di Tanjung Serdang selama feri docking 12–30 Nov.",
  "Salama kapal feri tinggal dua, truk kada buleh lagi antri di jalan desa. Pemkab Kotabaru mamasang kantong parkir gasan 120 truk di bekas pasar iwak Tanjung Serdang, dipanggil manurut nomor. Mobil pribadi wan ambulans didahuluakan. Posko buka 24 jam.",
  [("Lahan eks pasar ikan Tanjung Serdang dipakai untuk lomba layang-layang Minggu (15/11).", "same venue, another event"),
   ("Pemkab Tanbu menyiapkan kantong parkir truk di Pelabuhan Batulicin saat angkutan Lebaran 2026.", "other side, earlier (Lebaran)"),
   ("Dishub Kotabaru menertibkan 30 truk yang parkir di bahu jalan Sebelimbingan.", "same office, another enforcement")])

A(21, "dishub-kalsel", "2026-11-28 17:00", "docking-selesai-penyeberangan-tanjung-serdang-batulicin-kembali-empat-kapal",
  "Docking Selesai Lebih Cepat, Penyeberangan Tanjung Serdang–Batulicin Kembali Empat Kapal", "provinsi",
  "BANJARBARU – Docking KMP Tanjung Mas dan KMP Sebuku Raya selesai dua hari lebih cepat. Mulai {d:29/11}, lintas Tanjung Serdang–Batulicin kembali dilayani empat kapal dengan 28 trip per hari.",
  "\u201cSelama 17 hari masa docking, kami melayani 41.300 penumpang dan 9.870 kendaraan tanpa kejadian menonjol. Terima kasih kepada warga yang sabar mengantre,\u201d ujar Kepala Dishub Kalsel, Drs. H. Muhammad Yusran Arif, Sabtu (28/11/2026) di Pelabuhan Tanjung Serdang.",
  "Kantong parkir truk di Tanjung Serdang dibongkar dan posko terpadu ditutup Senin. (dishub-kalsel/my)",
  "Feri Tanjung Serdang–Batulicin kembali 4 kapal mulai 29 Nov; selama docking 41.300 penumpang terlayani.",
  "Alhamdulillah, kapal feri Tanjung Serdang–Batulicin sudah ampat pulang mulai 29 November, dua hari labih capat matan jadwal. Salama docking ada 41.300 urang panumpang wan 9.870 kendaraan nang diangkut. Kada usah lagi antri panjang 🙏⛴️",
  [("Antrean di Pelabuhan Batulicin kembali panjang Minggu sore (29/11) karena arus balik libur sekolah.", "same port, later traffic jam"),
   ("Kadishub Kalsel Muhammad Yusran Arif meresmikan halte bus Trans Banjarbakula di Gambut, Sabtu (28/11).", "same official and day, another event"),
   ("Pelabuhan Tanjung Serdang mencatat 41.300 penumpang selama libur Lebaran 2026.", "same figure, another period")])

# ---------------------------------------------------------------- F8 tiket feri online
A(22, "dishub-kalsel", "2026-11-14 10:00", "mulai-1-desember-tiket-feri-batulicin-tanjung-serdang-wajib-online",
  "Mulai 1 Desember, Tiket Feri Batulicin–Tanjung Serdang Wajib Dibeli Online", "provinsi",
  "BANJARBARU – Pembelian tiket kapal feri lintas Batulicin–Tanjung Serdang wajib dilakukan secara daring mulai {d:01/12}. Loket tunai di kedua pelabuhan ditutup dan diganti gerai bantuan pembelian.",
  "\u201cDengan tiket online, penumpang bisa memesan dari rumah paling cepat 60 hari dan paling lambat 2 jam sebelum berangkat. Antrean di pelabuhan akan berkurang dan manifes lebih tertib,\u201d kata Sekretaris Dinas Perhubungan Kalsel, Hj. Erna Kusumawardani, Sabtu (14/11/2026).",
  "Selama {d:16/11}–{d:30/11} berlaku masa transisi: loket tunai masih buka dan petugas membantu penumpang mendaftar akun. (dishub-kalsel/ek)",
  "Tiket feri Batulicin–Tanjung Serdang wajib online per 1 Desember; transisi 16–30 Nov, loket tunai ditutup.",
  "Pian nang rancak bapindah Batulicin–Tanjung Serdang, catat: mulai 1 Desember tiket feri wajib online, loket tunai ditutup. Kawa mamasan matan rumah, paling lambat 2 jam sabalum baangkat. 16 sampai 30 November masih masa peralihan, ada petugas nang mambantui maulah akun.",
  [("Tiket kapal cepat Kotabaru–Banjarmasin kini bisa dibeli lewat aplikasi operator swasta.", "another service, private app"),
   ("Pelabuhan Batulicin menutup loket tunai parkir dan beralih ke QRIS mulai November.", "same port, parking payment"),
   ("Sekdishub Kalsel Erna Kusumawardani membuka bimtek juru mudi kelotok di Marabahan, Sabtu (14/11).", "same official and day, another event")],
  before=("Ulun dangar kaina tiket feri kada kawa lagi dibayar tunai di loket, harus lewat HP. Kapan mulainya?", "rumour before the release"))

A(23, "pemkab-kotabaru", "2026-11-18 09:45", "kotabaru-buka-tiga-gerai-bantu-warga-beli-tiket-feri-online",
  "Kotabaru Buka Tiga Gerai Bantu Warga Beli Tiket Feri Online", "Kabupaten Kotabaru",
  "KOTABARU – Pemerintah Kabupaten Kotabaru membuka tiga gerai bantuan pembelian tiket feri online di Pelabuhan Tanjung Serdang, Kantor Kecamatan Pulau Laut Utara dan Pasar Kemakmuran mulai {d:19/11}, menyambut kebijakan tiket daring Dishub Kalsel per 1 Desember.",
  "\u201cTidak semua warga, terutama pedagang dan lansia, punya ponsel pintar atau rekening. Di gerai mereka bisa dibantu memesan dan membayar tunai melalui agen,\u201d ujar Sekretaris Daerah Kotabaru, Drs. H. Said Akhmad Fauzan, Rabu (18/11/2026).",
  "Gerai buka setiap hari pukul 07.00–17.00 dengan 12 pendamping dari Diskominfo dan karang taruna. (mc-kotabaru/saf)",
  "Kotabaru: 3 gerai bantu beli tiket feri online (Tanjung Serdang, Kec. PLU, Pasar Kemakmuran) mulai 19 Nov.",
  "Gasan nang kada baisi HP pintar, tanang haja: Pemkab Kotabaru mambuka tiga gerai gasan mambantu manukar tiket feri online, di pelabuhan Tanjung Serdang, kantor camat Pulau Laut Utara wan Pasar Kemakmuran. Buka tiap hari jam 7 sampai jam 5. Kawa bayar tunai lewat agen.",
  [("Pasar Kemakmuran membuka gerai vaksinasi rabies gratis untuk kucing dan anjing, Kamis (19/11).", "same market and date, another gerai"),
   ("Karang taruna Pulau Laut Utara melatih 12 pendamping digital untuk UMKM.", "same group and figure 12, another purpose"),
   ("Gerai tiket feri di Pelabuhan Batulicin buka mulai 25 November, kata Dishub Tanbu.", "the other side's gerai, another kabupaten")])

A(24, "dishub-kalsel", "2026-11-27 15:30", "sepekan-transisi-63-persen-tiket-feri-batulicin-tanjung-serdang-sudah-online",
  "Sepekan Transisi, 63 Persen Tiket Feri Batulicin–Tanjung Serdang Sudah Dibeli Online", "provinsi",
  "BANJARBARU – Menjelang berlakunya tiket feri wajib daring pada 1 Desember, Dinas Perhubungan Kalsel mencatat 63 persen tiket lintas Batulicin–Tanjung Serdang pada {d:20/11}–{d:26/11} sudah dibeli secara online, naik dari 18 persen pada pekan pertama.",
  "\u201cKendala terbanyak adalah lupa kata sandi akun dan pembayaran yang belum terkonfirmasi. Gerai bantuan di Kotabaru dan Batulicin melayani rata-rata 340 penumpang sehari,\u201d kata Sekretaris Dishub Kalsel, Hj. Erna Kusumawardani, Jumat (27/11/2026).",
  "Dishub memastikan kebijakan tetap berlaku 1 Desember, dengan pengecualian bagi ambulans dan kendaraan tanggap bencana. (dishub-kalsel/ek)",
  "Transisi tiket feri online: 63% sudah online (naik dari 18%); wajib online tetap 1 Desember.",
  "Rupanya urang kita capat baajar: saminggu tadi 63 persen tiket feri Batulicin–Tanjung Serdang sudah dibali online, padahal minggu partama 18 persen haja. Nang rancak masalah tu kata sandi kalupaan 😂 Tanggal 1 Desember tatap wajib online, kacuali ambulans.",
  [("Survei kepuasan penumpang feri 2026 menunjukkan 63 persen puas dengan kebersihan kapal.", "same figure 63, another meaning"),
   ("Dishub Kalsel melaporkan 18 persen kendaraan feri kelebihan muatan dalam razia Oktober.", "same figure 18, another meaning"),
   ("Sosialisasi tiket feri online digelar untuk sopir truk di Batulicin, Kamis (19/11).", "earlier stage of the programme, a session")])

# ---------------------------------------------------------------- F9 tambal lubang jalan
A(25, "pupr-kalsel", "2026-11-02 14:30", "pupr-kalsel-tambal-420-lubang-di-14-ruas-jalan-provinsi",
  "PUPR Kalsel Tambal 420 Lubang di 14 Ruas Jalan Provinsi Sebelum Musim Hujan Puncak", "provinsi",
  "BANJARBARU – Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Kalimantan Selatan menambal 420 titik lubang di 14 ruas jalan provinsi mulai {d:04/11} hingga {d:15/12}. Ruas terbanyak adalah Martapura–Astambul dengan 86 titik dan Pelaihari–Batakan 54 titik.",
  "\u201cKami pakai aspal dingin agar bisa dikerjakan walau hujan. Warga yang melihat lubang baru bisa melapor lewat aplikasi Jalan Kalsel, kami targetkan tertangani dalam tiga hari,\u201d ujar Kepala Bidang Bina Marga PUPR Kalsel, Ir. H. Muhammad Nor Ifansyah, Senin (2/11/2026).",
  "Anggaran pemeliharaan rutin Rp7,4 miliar. Pengendara diminta berhati-hati di lokasi pekerjaan. (pupr-kalsel/mni)",
  "PUPR Kalsel tambal 420 lubang di 14 ruas jalan provinsi, 4 Nov–15 Des; lapor lewat aplikasi Jalan Kalsel.",
  "Jalan balubang di jalan provinsi kaina ditambal, 420 titik di 14 ruas, mulai 4 November sampai 15 Desember. Nang paling banyak Martapura–Astambul, 86 lubang. Amun pian malihat lubang hanyar, lapurakan di aplikasi Jalan Kalsel, tiga hari ditangani ujarnya. Mudahan haja 🤲",
  [("Warga Desa Pematang Danau menambal sendiri jalan kampung yang berlubang dengan batu dan tanah.", "a village's own repair"),
   ("PUPR Kalsel mulai pelebaran jembatan di ruas Martapura–Astambul tahun depan.", "same road, another project, 2027"),
   ("Tahun 2025 PUPR Kalsel menambal 310 lubang di 11 ruas jalan provinsi.", "last year's edition")],
  before=("Lubang di jalan Martapura–Astambul dekat Pasar Astambul makin dalam, tadi ada pengendara motor jatuh. Kapan diperbaiki kah?", "complaint before the release"))

A(26, "pemkab-banjar", "2026-11-06 11:20", "ruas-martapura-astambul-86-lubang-ditambal-pekan-ini",
  "Ruas Martapura–Astambul: 86 Lubang Ditambal, Pemkab Banjar Ikut Awasi", "Kabupaten Banjar",
  "MARTAPURA – Penambalan 86 lubang di ruas jalan provinsi Martapura–Astambul dimulai {d:06/11}. Pemerintah Kabupaten Banjar menempatkan petugas Dishub dan Satpol PP untuk mengatur arus di sekitar Pasar Astambul dan Simpang Empat Sungai Tabuk.",
  "\u201cIni bagian program PUPR Provinsi di 14 ruas. Kami minta pengerjaan malam hari di depan pasar supaya tidak mengganggu pedagang. Warga juga bisa melapor ke kecamatan kalau ada titik yang terlewat,\u201d ujar Asisten Pembangunan Setda Banjar, H. Mahdiannor Syarif, Jumat (6/11/2026).",
  "Penambalan di ruas ini ditargetkan selesai {d:20/11}. (mc-banjar/ms)",
  "86 lubang Martapura–Astambul ditambal 6–20 Nov; depan Pasar Astambul dikerjakan malam hari.",
  "Jalan Martapura–Astambul nang balubang 86 titik mulai ditambal 6 November, target tuntung 20 November. Nang di muka Pasar Astambul dikarjakan malam supaya padagang kada taganggu. Amun ada nang talangkau, lapurakan ka kacamatan.",
  [("Pasar Astambul dibersihkan bersama 150 pedagang, Jumat (6/11), dalam rangka Jumat Bersih.", "same place and day, a clean-up"),
   ("Pemkab Banjar mengaspal 3,2 km jalan kabupaten di Desa Tambak Baru, Sungai Tabuk.", "kabupaten road paving, another project"),
   ("Ruas Martapura–Astambul ditutup dua jam Sabtu (7/11) untuk iring-iringan haul.", "same road, a closure for another event")])

A(27, "pemkab-tapin", "2026-11-10 10:00", "pupr-tapin-tambal-sulam-jalan-rantau-margasari-12-km",
  "PUPR Tapin Tambal Sulam 12 Kilometer Jalan Rantau–Margasari", "Kabupaten Tapin",
  "RANTAU – Dinas PUPR Kabupaten Tapin melakukan tambal sulam jalan kabupaten Rantau–Margasari sepanjang 12 kilometer mulai {d:11/11}. Pekerjaan dengan anggaran Rp1,9 miliar dari APBD Perubahan 2026 ini mencakup 130 titik lubang dan 4 titik amblas.",
  "\u201cRuas ini jalur utama hasil pertanian warga Candi Laras Selatan dan Utara. Kami kerjakan bertahap per dua kilometer supaya satu lajur tetap bisa dilewati,\u201d kata Kepala Dinas PUPR Tapin, Ir. Noor Ainah Wulandari, Selasa (10/11/2026).",
  "Pekerjaan ditargetkan rampung {d:10/12}. Kendaraan bertonase di atas 8 ton diminta memakai jalan alternatif Binuang. (mc-tapin/naw)",
  "Tapin tambal sulam 12 km Rantau–Margasari (130 lubang, 4 amblas) mulai 11 Nov, Rp1,9 M.",
  "Jalan Rantau–Margasari kaina ditambal sulam 12 kilo, 130 lubang wan 4 nang amblas. Mulai 11 November, dikarjakan saban dua kilo, jadi satu jalur masih kawa dilalui. Truk nang barat labih 8 ton lewat Binuang dulu lah.",
  [("Jembatan di Margasari akan dicat ulang menjelang Hari Jadi Tapin.", "same area, another job"),
   ("Tambal sulam jalan Rantau–Binuang selesai Agustus 2026.", "another road, finished earlier"),
   ("Kadis PUPR Tapin Noor Ainah Wulandari meninjau irigasi di Candi Laras Utara, Selasa (10/11).", "same official and day, irrigation")])

# ---------------------------------------------------------------- F10 batas muatan jembatan
A(28, "dishub-kalsel", "2026-11-09 13:45", "lima-jembatan-jalan-provinsi-dibatasi-muatan-8-ton",
  "Lima Jembatan di Jalan Provinsi Dibatasi Muatan Maksimal 8 Ton", "provinsi",
  "BANJARBARU – Dinas Perhubungan bersama Dinas PUPR Provinsi Kalimantan Selatan memberlakukan batas muatan maksimal 8 ton di lima jembatan jalan provinsi mulai {d:16/11}, antara lain Jembatan Nagara di Daha Selatan dan Jembatan Pasar Lama Muara Uya.",
  "\u201cHasil uji beban menunjukkan lantai dan gelagar lima jembatan ini sudah menurun kekuatannya. Sambil menunggu penggantian pada 2027, kendaraan berat harus mencari jalan lain,\u201d kata Kepala Bidang Prasarana Dishub Kalsel, Fajar Ramadhan Siregar, Senin (9/11/2026).",
  "Portal pembatas tinggi dan rambu batas muatan dipasang di setiap ujung jembatan. Pelanggar akan ditindak petugas gabungan. (dishub-kalsel/frs)",
  "Mulai 16 Nov lima jembatan jalan provinsi (a.l. Nagara, Muara Uya) dibatasi maks 8 ton, portal dipasang.",
  "Sopir truk, dangarakan: mulai 16 November ada lima jembatan jalan provinsi nang dibatasi muatan maksimal 8 ton, di antaranya Jembatan Nagara wan Jembatan Pasar Lama Muara Uya. Ujar uji beban, jembatannya sudah lamah. Portal dipasang di ujung jembatan. Cari jalan lain lah.",
  [("Jembatan gantung di Desa Batu Mandi diperbaiki warga secara gotong royong.", "a village's own repair, another bridge"),
   ("Penggantian Jembatan Nagara masuk rencana anggaran 2027.", "the later step (2027 replacement)"),
   ("Dishub Kalsel menimbang 214 truk di jembatan timbang Km 17, 86 kelebihan muatan.", "weigh-bridge raid, another event")],
  before=("Tadi ada petugas PUPR mamasang alat di Jembatan Nagara, truk disuruh bahanti dulu. Ujar urang uji beban. Ada apa ini?", "the load test seen before the release"))

A(29, "pemkab-hulu-sungai-selatan", "2026-11-17 16:00", "portal-jembatan-nagara-dipasang-truk-dialihkan-lewat-sungai-raya",
  "Portal Jembatan Nagara Dipasang, Truk Dialihkan Lewat Sungai Raya", "Kabupaten Hulu Sungai Selatan",
  "NAGARA – Portal pembatas di kedua ujung Jembatan Nagara, Kecamatan Daha Selatan, terpasang {d:17/11} sebagai tindak lanjut pembatasan muatan 8 ton oleh Pemprov Kalsel. Truk bermuatan lebih dari 8 ton dialihkan melalui jalan Sungai Raya–Kandangan.",
  "\u201cJalur alternatif menambah sekitar 14 kilometer, tapi keselamatan lebih penting. Petugas Dishub dan Polsek Daha Selatan berjaga bergantian di portal,\u201d kata Camat Daha Selatan, Muhammad Ridhani Akbar, Selasa (17/11/2026).",
  "Pemkab HSS meminta pemilik usaha gabah dan kayu di Nagara menyesuaikan angkutan. (mc-hss/mra)",
  "Portal Jembatan Nagara terpasang 17/11; truk > 8 ton dialihkan via Sungai Raya–Kandangan (+14 km).",
  "Portal di Jembatan Nagara sudah tapasang, truk nang labih 8 ton kada kawa lewat lagi. Harus mamutar lewat Sungai Raya–Kandangan, tambah 14 kilo. Padagang gabah wan kayu di Nagara, atur ulang angkutannya lah. Ada petugas bajaga bagantian.",
  [("Lomba jukung hias di bawah Jembatan Nagara digelar Minggu (22/11), penonton memadati jembatan.", "same bridge, a boat festival"),
   ("Camat Daha Selatan Ridhani Akbar melantik pengurus karang taruna kecamatan, Selasa (17/11).", "same official and day, another event"),
   ("Portal jembatan di Kelua, Tabalong, dipasang sejak 2025.", "another kabupaten, earlier")])

A(30, "pemkab-tabalong", "2026-11-21 10:15", "jembatan-sungai-tabalong-kiwa-muara-uya-ditutup-untuk-kendaraan-berat",
  "Jembatan Pasar Lama Muara Uya Ditutup untuk Kendaraan Berat, Pemkab Bangun Jalur Darurat", "Kabupaten Tabalong",
  "TANJUNG – Pemerintah Kabupaten Tabalong membangun jalur darurat sepanjang 600 meter di sisi Jembatan Pasar Lama, Kecamatan Muara Uya, agar angkutan hasil kebun tetap jalan setelah jembatan itu dibatasi muatan 8 ton sejak {d:16/11}.",
  "\u201cDi Muara Uya tidak ada jalan alternatif yang dekat. Jalur darurat dari sirtu ini bisa dilewati truk sawit sampai 15 ton selama musim kemarau basah ini,\u201d ujar Kepala Dinas PUPR Tabalong, H. Gazali Rahman, Sabtu (21/11/2026).",
  "Jalur darurat dijaga petugas dan ditutup bila air sungai naik. Dana berasal dari belanja tidak terduga Rp640 juta. (humas-tabalong/gr)",
  "Tabalong bangun jalur darurat 600 m di Jembatan Pasar Lama Muara Uya untuk truk sawit, Rp640 juta.",
  "Di Muara Uya jembatan Pasar Lama dibatasi 8 ton, tapi truk sawit kada kawa mamutar jauh. Jadi Pemkab Tabalong maulah jalur darurat 600 meter di higa jembatan, kawa dilalui sampai 15 ton. Amun banyu sungai naik, jalurnya ditutup.",
  [("Jalan desa di Muara Uya diperbaiki dengan sirtu swadaya warga.", "a village's own repair"),
   ("Kadis PUPR Tabalong Gazali Rahman meresmikan embung di Jaro, Sabtu (21/11).", "same official and day, another project"),
   ("Pasar Lama Muara Uya terbakar dua kios, Sabtu dini hari.", "same place name, a fire")])

# ---------------------------------------------------------------- F11 penutupan jalan & pengalihan arus
A(31, "pemkot-banjarmasin", "2026-11-05 17:10", "jalan-veteran-ditutup-dua-pekan-untuk-pemasangan-box-culvert",
  "Jalan Veteran Ditutup Dua Pekan untuk Pemasangan Box Culvert, Ini Jalur Pengalihannya", "Kota Banjarmasin",
  "BANJARMASIN – Jalan Veteran ruas simpang Jalan Sutoyo S sampai Jembatan Kelayan ditutup total mulai {d:09/11} hingga {d:22/11} untuk pemasangan box culvert saluran drainase. Kendaraan dari arah Pasar Lama dialihkan ke Jalan Sutoyo S dan Jalan Pekapuran.",
  "\u201cPekerjaan ini bagian dari penanganan genangan di kawasan Veteran. Kami kerjakan siang malam supaya penutupan tidak lebih dari 14 hari,\u201d kata Kepala Dinas PUPR Kota Banjarmasin, Ir. H. Syahrudin Noor, Kamis (5/11/2026).",
  "Warga yang tinggal di ruas tersebut tetap bisa keluar masuk dengan berjalan kaki atau sepeda motor melalui lajur darurat. (mc-bjm/sn)",
  "Jl. Veteran (Sutoyo S–Jembatan Kelayan) ditutup 9–22 Nov untuk box culvert; pengalihan via Sutoyo S & Pekapuran.",
  "Jalan Veteran ditutup dua minggu, 9 sampai 22 November, ada pamasangan box culvert. Nang matan Pasar Lama mamutar lewat Sutoyo S wan Pekapuran. Warga nang diam di situ masih kawa kaluar masuk bamotor lewat jalur darurat. Sabar lah, supaya kada banyu tagenang lagi.",
  [("Jalan Veteran ditutup Minggu pagi (8/11) untuk jalan sehat HUT PGRI.", "same street, one morning, another event"),
   ("Jalan Pekapuran sempat macet panjang Jumat (6/11) karena truk mogok.", "same detour street, a breakdown"),
   ("PUPR Banjarmasin memasang box culvert di Jalan Sultan Adam Oktober lalu.", "another street, earlier")],
  before=("Ada alat berat parkir di Jalan Veteran dekat Kelayan, katanya jalan handak ditutup. Ada nang tahu sampai kapan?", "equipment seen before the closure notice"))

A(32, "pemkot-banjarmasin", "2026-11-21 12:30", "penutupan-jalan-veteran-diperpanjang-hingga-29-november",
  "Penutupan Jalan Veteran Diperpanjang hingga 29 November", "Kota Banjarmasin",
  "BANJARMASIN – Penutupan Jalan Veteran ruas Sutoyo S–Jembatan Kelayan diperpanjang tujuh hari hingga {d:29/11}. Pemasangan box culvert terhambat pipa air PDAM yang berada di jalur galian dan harus dipindahkan lebih dulu.",
  "\u201cDari 48 segmen box culvert, 39 sudah terpasang. Pemindahan pipa PDAM selesai Jumat malam, jadi sisa sembilan segmen kami kejar pekan depan,\u201d kata Kepala Bidang Sumber Daya Air PUPR Banjarmasin, Dewi Puspitasari, Sabtu (21/11/2026).",
  "Jalur pengalihan lewat Jalan Sutoyo S dan Jalan Pekapuran tetap berlaku. PUPR meminta maaf atas ketidaknyamanan. (mc-bjm/dp)",
  "Penutupan Jl. Veteran diperpanjang s.d. 29 Nov; 39 dari 48 box culvert terpasang, terhambat pipa PDAM.",
  "Jalan Veteran masih ditutup, diperpanjang sampai 29 November. Ujarnya tahalang pipa PDAM di galian. Box culvert sudah 39 matan 48 nang tapasang. Lewat Sutoyo wan Pekapuran dulu lah dangsanak, sabar saminggu lagi.",
  [("Gangguan pipa PDAM di Kelayan, air mati sejak Jumat malam (20/11) sampai Sabtu siang.", "the water outage, a PDAM notice"),
   ("PUPR Banjarmasin menyelesaikan 48 titik sumur resapan di Banjarmasin Utara.", "same office, same figure 48, another work"),
   ("Jembatan Kelayan dihias lampu untuk Hari Jadi Kota.", "same bridge, decoration")])

A(33, "pemkab-tanah-laut", "2026-11-13 09:00", "jalan-pelaihari-takisung-ditutup-sebagian-di-km-8-arus-buka-tutup",
  "Jalan Pelaihari–Takisung Km 8 Diberlakukan Buka-Tutup Selama Perbaikan Gorong-gorong", "Kabupaten Tanah Laut",
  "PELAIHARI – Ruas jalan Pelaihari–Takisung di Km 8, Desa Ranggang, diberlakukan sistem buka-tutup satu lajur mulai {d:16/11} sampai {d:28/11} karena penggantian gorong-gorong yang ambrol akibat hujan deras.",
  "\u201cKendaraan menunggu bergantian sekitar lima menit. Pengunjung Pantai Takisung di akhir pekan bisa memakai jalur Kurau sebagai alternatif,\u201d kata Kepala Bidang Bina Marga PUPR Tanah Laut, Hendra Saputra Lubis, Jumat (13/11/2026).",
  "Petugas berjaga pukul 06.00–22.00. Pada malam hari lampu peringatan dan rambu dipasang di kedua sisi. (mc-tala/hsl)",
  "Jl. Pelaihari–Takisung Km 8 (Ranggang) buka-tutup satu lajur 16–28 Nov untuk ganti gorong-gorong.",
  "Nang handak ka Pantai Takisung, jalan di Km 8 Ranggang dijadiakan buka-tutup 16 sampai 28 November, gorong-gorongnya ambrol. Bahadangan bagantian kira-kira lima menit. Amun malas mahadang, lewat jalur Kurau haja.",
  [("Pantai Takisung ramai pengunjung Minggu (22/11), pedagang kebanjiran pembeli.", "same place, tourism news"),
   ("Desa Ranggang menggelar lomba perahu tradisional, Sabtu (14/11).", "same village, another activity"),
   ("Jalan Pelaihari–Batakan ditutup sebagian tahun 2025 untuk pelebaran.", "another road, earlier")])

# ---------------------------------------------------------------- F12 tarif pelajar angkutan perdesaan
A(34, "dishub-kalsel", "2026-11-16 10:30", "pemprov-subsidi-tarif-pelajar-angkutan-perdesaan-rp2000-di-delapan-trayek",
  "Pemprov Subsidi Tarif Pelajar Angkutan Perdesaan Jadi Rp2.000 di Delapan Trayek", "provinsi",
  "BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menyubsidi tarif pelajar pada angkutan perdesaan di delapan trayek kabupaten mulai {d:23/11}. Pelajar cukup membayar Rp2.000 sekali jalan, selisihnya dibayar Pemprov kepada operator.",
  "\u201cBanyak anak di desa jauh bolos karena ongkos ke sekolah lebih dari Rp10.000 pulang pergi. Subsidi ini untuk sekitar 3.600 pelajar, di antaranya trayek Amuntai–Danau Panggang dan Marabahan–Tabukan,\u201d kata Asisten Perekonomian dan Pembangunan Setda Provinsi Kalsel, Dr. Ir. H. Fathurrahman Syarif, Senin (16/11/2026).",
  "Pelajar cukup menunjukkan kartu pelajar. Operator yang ikut program memasang stiker khusus. (dishub-kalsel/fs)",
  "Pemprov subsidi tarif pelajar angkutan desa jadi Rp2.000 di 8 trayek mulai 23 Nov, ±3.600 pelajar.",
  "Kabar baik gasan anak sakulahan di desa jauh: mulai 23 November, naik angkutan desa cuma dua ribu haja sakali jalan di walu trayek, kakurangannya dibayar Pemprov. Tunjukkan kartu palajar. Di antaranya Amuntai–Danau Panggang wan Marabahan–Tabukan.",
  [("Dishub Kalsel menambah dua bus sekolah di Banjarbaru untuk trayek Cempaka.", "school buses, another programme"),
   ("Dishub HSU mendata ulang kartu pelajar untuk potongan tarif kelotok penyeberangan, program tahun 2025.", "an earlier, separate discount scheme"),
   ("Asisten Setda Kalsel Fathurrahman Syarif membuka pameran UMKM di Banjarbaru, Senin (16/11).", "same official and day, another event")],
  before=("Ada kabar Pemprov handak mambayari ongkos angkutan anak sakulahan di desa. Betul kah? Anak ulun sakulah di Amuntai, ongkosnya 12 ribu sahari.", "rumour before the release"))

A(35, "pemkab-hulu-sungai-utara", "2026-11-24 11:00", "pelajar-danau-panggang-nikmati-tarif-angkutan-rp2000",
  "Pelajar Danau Panggang Mulai Nikmati Tarif Angkutan Rp2.000", "Kabupaten Hulu Sungai Utara",
  "AMUNTAI – Sebanyak 412 pelajar dari Kecamatan Danau Panggang dan Paminggir mulai menikmati tarif angkutan perdesaan Rp2.000 di trayek Amuntai–Danau Panggang sejak {d:23/11}, bagian dari program subsidi Pemprov Kalsel.",
  "\u201cSelama ini ongkos pelajar Rp6.000 sekali jalan. Tujuh operator minibus dan dua kelotok penghubung sudah kami daftarkan. Kami awasi agar tidak ada yang menarik lebih,\u201d ujar Kepala Dinas Perhubungan HSU, H. Zainal Arifin Syahbana, Selasa (24/11/2026).",
  "Dishub HSU mengusulkan trayek Amuntai–Babirik masuk program pada tahap berikutnya. (mc-hsu/zas)",
  "412 pelajar Danau Panggang & Paminggir bayar Rp2.000 di trayek Amuntai–Danau Panggang sejak 23 Nov.",
  "Anak sakulahan Danau Panggang wan Paminggir wayahini naik angkutan ka Amuntai cuma dua ribu, biasanya anam ribu. Ada 412 urang nang dapat. Tujuh minibus wan dua kelotok sudah tadaftar. Babirik kaina handak diusulakan jua.",
  [("Trayek Amuntai–Babirik diusulkan masuk subsidi tahap berikutnya.", "the next stage, not yet running"),
   ("Dua kelotok penghubung Danau Panggang mogok karena air surut, pelajar diantar perahu warga.", "same area, a disruption"),
   ("Kadishub HSU Zainal Arifin meninjau dermaga Paminggir, Selasa (24/11).", "same official and day, another visit")])

A(36, "pemkab-barito-kuala", "2026-11-19 09:20", "batola-gratiskan-angkutan-pelajar-marabahan-tabukan",
  "Batola Gratiskan Angkutan Pelajar Trayek Marabahan–Tabukan", "Kabupaten Barito Kuala",
  "MARABAHAN – Pemerintah Kabupaten Barito Kuala menanggung penuh sisa tarif pelajar di trayek Marabahan–Tabukan, sehingga pelajar tidak membayar sama sekali mulai {d:23/11}. Pemprov Kalsel menyubsidi hingga Rp2.000, sisanya Rp2.000 dibayar APBD Batola.",
  "\u201cTrayek ini dilalui 286 pelajar dari Tabukan dan Rantau Badauh setiap hari. Gratis penuh membuat orang tua tidak punya alasan anaknya tidak sekolah,\u201d kata Wakil Bupati Barito Kuala, Hj. Fitriani Syahrial, Kamis (19/11/2026) di Terminal Marabahan.",
  "Pelajar diminta menunjukkan kartu pelajar kepada sopir. Skema ini dievaluasi pada Juni 2027. (mc-batola/fsy)",
  "Batola gratiskan angkutan pelajar Marabahan–Tabukan mulai 23 Nov (286 pelajar), APBD tambah Rp2.000.",
  "Batola labih rancak lagi: anak sakulahan di trayek Marabahan–Tabukan gratis samunyaan mulai 23 November. Pemprov mambayari dua ribu, Pemkab Batola dua ribu lagi. Ada 286 palajar matan Tabukan wan Rantau Badauh. Bawa kartu palajar haja.",
  [("Terminal Marabahan dicat ulang menjelang Hari Jadi Batola.", "same venue, another job"),
   ("Wabup Fitriani Syahrial menyerahkan 286 paket sembako di Rantau Badauh.", "same official and figure 286, another event"),
   ("Tahun 2025 Batola memberi seragam gratis kepada pelajar Tabukan.", "earlier, another programme")])
