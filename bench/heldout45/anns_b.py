# Hand-written releases, families D–H (heldout45). Same fields as anns_a.py.
from anns_a import ann

# ---- family D: pemutakhiran data SDGs Desa ----
ann(id="a10", src="pemkab-hsu", t="2026-11-03 14:00",
    title="160 Kader Pendata SDGs Desa HSU Dilatih, Pemutakhiran Data Tuntas Akhir November",
    text="""AMUNTAI – Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Hulu Sungai Utara melatih 160 kader pendata SDGs Desa di Gedung Putri Junjung Buih, Amuntai, pada {D3}. Mereka berasal dari 80 desa yang datanya belum diperbarui sejak 2023.

Kader akan memutakhirkan data rumah tangga, fasilitas desa dan kondisi lingkungan menggunakan aplikasi pendataan dari kementerian. Setiap desa mengirim dua kader, yakni satu operator dan satu pendamping lapangan. "Data SDGs Desa yang baru akan menjadi dasar penyusunan RKPDes 2027, jadi jangan diisi dari meja," tegas Kepala DPMD HSU, Zainal Arifin Noor.

Pemutakhiran ditargetkan selesai {D30}. DPMD akan memeriksa hasilnya secara acak di sepuluh desa pada awal Desember. (mc-hsu/za)""",
    S="DPMD HSU melatih 160 kader pendata SDGs Desa dari 80 desa di Amuntai. Pemutakhiran data (rumah tangga, fasilitas, lingkungan) harus tuntas 30 November; cek acak di 10 desa awal Desember.",
    L=None,
    P="Kadar pandata SDGs Desa HSU, 160 urang matan 80 desa, sudah dilatih DPMD di Gedung Putri Junjung Buih. Datanya gasan RKPDes 2027, jadi jar Pak Kadis jangan diisi matan meja haja 😅 Tuntas 30 November lah!",
    R="160 kader pendata SDGs Desa HSU dilatih",
    N=[("kim-danau-panggang", 70, "a village's own SDGs Desa musdes with its own numbers", "Musyawarah desa Danau Panggang tadi malam membahas hasil pendataan SDGs Desa kami: 612 KK, 38 rumah belum punya jamban. Usulan jamban sehat dimasukkan RKPDes 2027."),
       ("kim-sungai-karias", 34, "same Gedung Putri Junjung Buih same week, a wedding expo", "Pameran pengantin dan UMKM di Gedung Putri Junjung Buih Amuntai digelar sampai Minggu. Ada diskon sewa tenda untuk warga Sungai Karias."),
       ("kim-palampitan", 700, "DPMD's random check in December, a later step told as its own news", "Tim DPMD HSU hari ini turun ke Palampitan Hilir mengecek hasil pendataan SDGs Desa. Ada 14 rumah yang dicocokkan langsung, katanya hasilnya hampir semua sesuai.")],
    B=None)

ann(id="a11", src="pemkab-tanah-laut", t="2026-11-18 10:20",
    title="135 Desa di Tanah Laut Selesai Mutakhirkan Data SDGs, Skor Rata-rata 41,2",
    text="""PELAIHARI – Seluruh 130 desa dan 5 kelurahan di Kabupaten Tanah Laut telah menyelesaikan pemutakhiran data SDGs Desa tahun 2026. Hasilnya dipaparkan dalam rapat koordinasi di Balairung Tuntung Pandang, Pelaihari, {D18}.

Skor rata-rata SDGs Desa di Tanah Laut mencapai 41,2, naik dari 38,7 pada pendataan sebelumnya. Nilai terendah masih pada tujuan desa tanpa kelaparan dan desa layak air bersih, terutama di Kecamatan Jorong dan Kintap. "Kami minta camat membawa angka ini ke musrenbang, karena desa dengan skor air bersih rendah harus diprioritaskan," ujar Sekretaris Daerah Tanah Laut, Dahnial Kifli Santoso.

Laporan skor setiap desa akan dibagikan kepada para kepala desa pekan depan. Desa yang skornya turun diminta melakukan verifikasi ulang sebelum Januari 2027. (mc-tala/dk)""",
    S="Tanah Laut: 135 desa/kelurahan selesai pemutakhiran data SDGs Desa 2026, skor rata-rata 41,2 (sebelumnya 38,7). Air bersih dan tanpa kelaparan terendah, terutama Jorong dan Kintap.",
    L="Hasil pemutakhiran SDGs Desa Tanah Laut dipaparkan Rabu (18/11) di Balairung Tuntung Pandang. Semua 130 desa dan 5 kelurahan sudah selesai, skor rata-rata 41,2 (dulu 38,7). Yang paling rendah tujuan tanpa kelaparan dan air bersih, terutama di Jorong dan Kintap. Sekda Dahnial minta camat bawa angka ini ke musrenbang. Skor per desa dibagi pekan depan; desa yang turun wajib verifikasi ulang sebelum Januari.",
    P="Skor SDGs Desa Tala naik jadi 41,2 matan 38,7 👍 Tapi urusan banyu barasih wan kalaparan masih randah, apalagi di Jorong wan Kintap. Mudahan musrenbang kaina mandahulukan desa nang banyunya susah. Skor tiap desa dibagi minggu dudi.",
    R="SDGs Desa Tala rampung, skor rata-rata 41,2",
    N=[("kim-kintap", 55, "PDAM Kintap pipe extension, another event with the air-bersih theme", "PDAM Tala mulai memasang pipa distribusi ke Desa Kintap Kecil, panjang 3,2 km. Target air mengalir Februari 2027. Warga diminta tidak menanam pohon di jalur pipa."),
       ("kim-karang-taruna", 6, "same Balairung Tuntung Pandang, another event the same day", "Sore ini di Balairung Tuntung Pandang digelar pelepasan kafilah MTQ Tanah Laut ke tingkat provinsi. 52 peserta berangkat besok pagi."),
       ("kim-tabanio", 200, "Tabanio's verification re-count as its own news, later step", "Desa Tabanio melakukan verifikasi ulang data SDGs karena skor kami turun. Operator desa dan kader mendatangi lagi 86 rumah nelayan di pesisir. Hasilnya dikirim ke kecamatan sebelum akhir tahun.")],
    B=None)

ann(id="a12", src="pemkab-kotabaru", t="2026-11-24 09:30",
    title="Pendata SDGs Desa Kotabaru Jemput Bola ke 9 Pulau Kecil",
    text="""KOTABARU – Dinas PMD Kabupaten Kotabaru memberangkatkan tim pendata SDGs Desa ke sembilan pulau kecil di Kecamatan Pulau Laut Kepulauan dan Pulau Sembilan pada {D24}. Tim berangkat menggunakan kapal dinas dari Pelabuhan Samudera Kotabaru.

Sebanyak 18 pendata akan berada di pulau-pulau itu selama enam hari untuk melengkapi data 1.940 keluarga yang belum terdata karena sinyal internet terbatas. Pengisian dilakukan secara luring, lalu diunggah setelah kembali ke Kotabaru. "Desa di pulau tidak boleh tertinggal hanya karena tidak ada sinyal; datanya justru paling dibutuhkan," kata Kepala Dinas PMD Kotabaru, Hairil Anwar Saleh.

Tim dijadwalkan kembali {D30}. Data hasil jemput bola akan digabung dengan data 198 desa lain untuk profil desa 2027. (mc-kotabaru/ha)""",
    S="Kotabaru kirim 18 pendata SDGs Desa ke 9 pulau kecil (Pulau Laut Kepulauan, Pulau Sembilan) selama 6 hari untuk mendata 1.940 keluarga secara luring; kembali 30 November.",
    L=None,
    P="Patugas SDGs Desa Kotabaru bailang ka sambilan pulau halus, 18 urang, anam hari di sana, mandata 1.940 kaluarga nang balum tadata 🚢 Di pulau kada ada sinyal, jadi diisi luring dulu. Salamat bagawi dangsanak!",
    R="pendata SDGs Desa Kotabaru jemput bola ke 9 pulau",
    N=[("kim-semayap", 40, "same port, a ferry schedule change", "Jadwal kapal ke Pulau Sembilan dari Pelabuhan Samudera Kotabaru berubah mulai pekan ini, berangkat Rabu dan Sabtu jam 8 pagi karena ombak tinggi."),
       ("kim-sebelimbingan", 90, "health team (puskesmas keliling) to the same islands, another programme", "Tim puskesmas keliling Dinkes Kotabaru berangkat ke Pulau Laut Kepulauan untuk imunisasi kejar. 1.940 dosis vaksin dibawa, kata petugas. Yang punya balita di pulau mohon info ke keluarga."),
       ("kim-tanjung-lalak", 170, "islanders' complaint of no signal, not the data team", "Sinyal di Tanjung Lalak hilang lagi tiga hari ini. Anak sekolah susah kirim tugas, warung pulsa juga sepi. Mohon perhatian provider dan Diskominfo.")],
    B=None)

# ---- family E: Desa Cantik (Desa Cinta Statistik) ----
ann(id="a13", src="bps-kalsel", t="2026-11-09 15:00",
    title="BPS Kalsel Tetapkan 26 Desa Cantik 2026, Dua dari Tiap Kabupaten/Kota",
    text="""BANJARBARU – BPS Provinsi Kalimantan Selatan menetapkan 26 desa dan kelurahan sebagai lokasi pembinaan Desa Cinta Statistik (Desa Cantik) tahun 2026. Penetapan diumumkan dalam rapat koordinasi daring bersama BPS kabupaten/kota pada {D9}.

Setiap kabupaten/kota mendapat dua lokasi. Perangkat desa terpilih akan didampingi agen statistik untuk menyusun data desa, membuat papan data dan menyajikannya dalam rapat desa. Agen statistik adalah pegawai BPS kabupaten/kota yang datang setiap bulan dan melatih operator desa mengolah data sederhana. "Desa Cantik bukan lomba papan, tetapi soal membiasakan keputusan desa berbasis data," kata Kepala Bagian Umum BPS Provinsi Kalsel, Fitriani Mahmudah.

Pembinaan berlangsung hingga Maret 2027. Desa terbaik akan diusulkan ke penilaian nasional pada Agustus 2027. (bps-kalsel/fm)""",
    S="BPS Kalsel tetapkan 26 Desa Cantik (Desa Cinta Statistik) 2026, dua lokasi per kabupaten/kota; pendampingan agen statistik sampai Maret 2027, terbaik diusulkan ke nasional Agustus 2027.",
    L=None,
    P="Ada 26 Desa Cantik baru se-Kalsel jar BPS, dua sa kabupaten/kota 📊 Perangkat desanya kaina diajari agen statistik maulah data desa wan papan data. Jar Bu Fitriani, bukan lomba papan, tapi supaya desa mamutus parkara pakai data. Mantap!",
    R="BPS Kalsel tetapkan 26 Desa Cantik 2026",
    N=[("kim-keraton", 100, "a kabupaten's own village-data board contest, another programme", "Desa-desa di Kecamatan Martapura ikut lomba papan informasi desa yang digelar kecamatan. Penilaian Kamis depan, kriterianya kerapian, kelengkapan APBDes dan foto kegiatan."),
       ("kim-tatakan", 60, "rumour that the village is chosen, denied", "Katanya desa kita terpilih jadi Desa Cantik BPS? Kata pak sekdes belum ada info resmi, yang ditunjuk di Tapin desa lain. Jadi jangan dulu dishare."),
       ("kim-pandawan", 260, "2025 Desa Cantik memory, another year", "Setahun lalu Desa Pandawan ikut pembinaan Desa Cantik 2025. Papan datanya masih terpasang di balai desa dan tetap diperbarui tiap tiga bulan oleh operator.")],
    B=None)

ann(id="a14", src="pemkab-hst", t="2026-11-20 13:40",
    title="Desa Haruyan Dinilai Tim Desa Cantik, Pamerkan Dasbor Data Posyandu",
    text="""BARABAI – Desa Haruyan di Kecamatan Haruyan, Kabupaten Hulu Sungai Tengah, dikunjungi tim penilai Desa Cinta Statistik (Desa Cantik) dari BPS Provinsi Kalsel pada {D20}. Desa ini mewakili HST bersama Desa Pandawan.

Perangkat desa memaparkan dasbor data posyandu, data 1.106 penduduk menurut pekerjaan dan peta rumah tidak layak huni yang disusun sendiri. Tim juga meninjau pojok statistik di balai desa. "Dulu kami usul bantuan hanya berdasarkan perasaan, sekarang kami punya angka sendiri," kata Kepala Desa Haruyan, Masrani.

Wakil Bupati HST, Hasbullah Rahman, yang mendampingi tim meminta desa lain belajar ke Haruyan. Hasil penilaian provinsi diumumkan pada pertengahan Desember. (mc-hst/hr)""",
    S="Desa Haruyan (HST) dinilai tim Desa Cantik BPS Kalsel: dasbor posyandu, data 1.106 penduduk per pekerjaan, peta RTLH dan pojok statistik. Hasil diumumkan pertengahan Desember.",
    L="Jumat (20/11) tim penilai Desa Cantik BPS Kalsel datang ke Desa Haruyan, wakil HST bersama Pandawan. Perangkat desa memamerkan dasbor data posyandu, data 1.106 penduduk menurut pekerjaan, dan peta rumah tidak layak huni buatan sendiri. Pembakal Masrani bilang dulu usul bantuan pakai perasaan, sekarang ada angka. Wabup HST Hasbullah Rahman minta desa lain belajar ke Haruyan. Hasil diumumkan pertengahan Desember.",
    P="Babangga urang Haruyan 😍 Desa kita dinilai tim Desa Cantik BPS, mamamerkan dasbor posyandu wan peta rumah kada layak huni gawian saurang. Jar pambakal, bahari usul bantuan pakai parasaan haja, wayah ini ada angkanya. Hasilnya kaina pertengahan Desember.",
    R="tim Desa Cantik menilai Desa Haruyan (HST)",
    N=[("kim-pandawan", 50, "the other HST Desa Cantik village with its own preparation, another place", "Perangkat desa Pandawan kerja bakti mengecat pojok statistik di balai desa. Kata pak sekdes, giliran desa kami dikunjungi penilai nanti, jadwalnya belum pasti."),
       ("kim-haruyan", 75, "same village, posyandu's own monthly weighing", "Posyandu Mawar Haruyan hari ini menimbang 64 balita. Ada 3 balita yang berat badannya kurang, langsung dirujuk ke puskesmas. Terima kasih kader yang selalu semangat."),
       ("kim-barabai-timur", 4, "same Wabup same day at another event", "Wakil Bupati HST Hasbullah Rahman sore ini meresmikan jembatan gantung di Barabai Timur. Jembatan sepanjang 48 meter ini menghubungkan dua RT yang dulu harus memutar.")],
    B=("kim-haruyan", 22, "the day's preparation posted before the release", "Besok desa kita kedatangan tim penilai dari BPS provinsi. Perangkat desa lembur menyiapkan papan data dan pojok statistik di balai desa. Mohon warga yang bisa hadir jam 9 pagi."))

ann(id="a15", src="pemkot-banjarbaru", t="2026-11-26 16:00",
    title="Guntung Paikat Raih Kelurahan Cantik Terbaik Banjarbaru, Lengkapi Data 14 RT",
    text="""BANJARBARU – Kelurahan Guntung Paikat ditetapkan sebagai Kelurahan Cinta Statistik (Kelurahan Cantik) terbaik tingkat Kota Banjarbaru tahun 2026. Penghargaan diserahkan Wali Kota Banjarbaru di Aula Gawi Sabarataan, Balai Kota, pada {D26}.

Guntung Paikat dinilai berhasil melengkapi data kependudukan, usaha mikro dan sarana lingkungan di seluruh 14 RT, lalu menampilkannya di papan data digital kantor kelurahan. Kelurahan Sungai Besar berada di posisi kedua. "Data RT yang rapi membuat kami cepat menyalurkan bantuan ketika banjir Februari lalu," kata Lurah Guntung Paikat, Norhayati Sari.

Kepala Diskominfo Banjarbaru, Rudy Hartawan, menyebut dasbor Guntung Paikat akan dijadikan contoh bagi 19 kelurahan lain mulai Januari 2027. (mc-bjb/rh)""",
    S="Guntung Paikat jadi Kelurahan Cantik terbaik Banjarbaru 2026 (data 14 RT di papan data digital); Sungai Besar kedua. Dasbornya jadi contoh 19 kelurahan lain mulai Januari 2027.",
    L=None,
    P="Salamat gasan Guntung Paikat, Kalurahan Cantik tabaik sa Banjarbaru 🏆 Data 14 RT lengkap, dipajang di papan digital kantor lurah. Sungai Besar nomor dua. Jar bu lurah, data rapi tuh mambantu banar pas banjir Februari tadi.",
    R="Guntung Paikat Kelurahan Cantik terbaik Banjarbaru",
    N=[("kim-sungai-besar", 50, "runner-up kelurahan's own thank-you and plans, told locally with its own facts", "Terima kasih warga Sungai Besar, kelurahan kita juara dua. Tahun depan kita mau lengkapi data UMKM di 21 RT supaya bisa menyalip. Kader yang mau bantu silakan daftar di kantor kelurahan."),
       ("kim-syamsudin-noor", 2, "same Aula Gawi Sabarataan same day, another award", "Di Aula Gawi Sabarataan tadi juga diserahkan penghargaan sekolah adiwiyata tingkat kota. SDN 2 Syamsudin Noor juara satu."),
       ("kim-guntung-paikat", 170, "the kelurahan's flood-aid data from February recalled as a new flood alert, another event", "Siaga banjir: hujan deras sejak subuh, air mulai naik di RT 07 dan RT 11 Guntung Paikat. Posko kelurahan buka, data warga lansia sudah disiapkan untuk evakuasi bila perlu.")],
    B=None)

# ---- family F: survei harga / SP2KP ----
ann(id="a16", src="disdag-kalsel", t="2026-11-11 10:15",
    title="Disdag Kalsel Latih 39 Kontributor Data Harga SP2KP dari 13 Kabupaten/Kota",
    text="""BANJARMASIN – Dinas Perdagangan Provinsi Kalimantan Selatan melatih 39 kontributor data harga Sistem Pemantauan Pasar dan Kebutuhan Pokok (SP2KP) dari 13 kabupaten/kota di Hotel Roditha, Banjarmasin, pada {D11}. Setiap daerah mengirim tiga petugas.

Kontributor bertugas mencatat harga 22 komoditas di pasar acuan setiap pagi sebelum pukul 10.00 Wita dan mengunggahnya ke aplikasi. Pelatihan menekankan cara mengambil harga yang benar, yakni menanyakan minimal tiga pedagang untuk setiap komoditas. "Kalau satu pasar salah input, rata-rata provinsi ikut melenceng dan bisa memicu kebijakan yang keliru," kata Kepala Bidang Perdagangan Dalam Negeri Disdag Kalsel, Gusti Rina Amalia.

Disdag akan mengevaluasi ketepatan waktu unggah setiap kabupaten pada akhir Desember. Kontributor yang tertib akan diberi penghargaan awal 2027. (disdag-kalsel/gra)""",
    S="Disdag Kalsel latih 39 kontributor data harga SP2KP (3 per kabupaten/kota): harga 22 komoditas dicatat tiap pagi sebelum 10.00 Wita, minimal tanya 3 pedagang per komoditas.",
    L=None,
    P="Patugas pancatat rega pasar, 39 urang matan 13 kabupaten/kota, dilatih Disdag Kalsel di Banjarmasin. Tiap pagi sabalum jam 10 mancatat rega 22 macam barang, wan musti batakun ka tiga padagang 🧅🌶️ Jar Bu Rina, amun salah input kaina rata-rata sa provinsi jadi kada pas.",
    R="39 kontributor data harga SP2KP dilatih Disdag Kalsel",
    N=[("kim-teluk-dalam", 28, "same Hotel Roditha same week, a tourism meeting", "Rakor promosi wisata susur sungai digelar di Hotel Roditha Banjarmasin hari ini. Pengusaha kelotok wisata minta jadwal Pasar Terapung dipromosikan lebih luas."),
       ("kim-pekauman", 50, "a market's own price report (22 komoditas) posted by a trader group, not the training", "Harga di Pasar Pekauman pagi ini: bawang merah Rp34 ribu, cabai rawit Rp42 ribu, telur Rp1.900 per butir, beras lokal siam Rp16 ribu. Pantauan pedagang, bukan data resmi."),
       ("kim-tebing-tinggi", 190, "Balangan's own price officer hiring, another step", "Dinas Perdagangan Balangan membuka lowongan satu petugas pencatat harga di Pasar Paringin untuk Januari 2027. Syarat minimal SMA dan punya HP Android. Lamaran diantar ke kantor dinas.")],
    B=None)

ann(id="a17", src="pemkab-tabalong", t="2026-11-13 14:30",
    title="Survei Harga Perdesaan Tabalong Kini Pantau 18 Pasar Desa",
    text="""TANJUNG – BPS Kabupaten Tabalong bersama Dinas Koperasi, UKM dan Perdagangan memperluas Survei Harga Perdesaan menjadi 18 pasar desa mulai November 2026. Sebelumnya survei hanya mencakup 11 pasar. Perluasan diumumkan di Pendopo Bersinar, Tanjung, {D13}.

Petugas mencatat harga jual produk petani, seperti gabah, karet, ayam kampung dan pisang, serta harga barang yang dibeli petani. Pasar tambahan antara lain Pasar Kelua, Pasar Haruai dan Pasar Muara Uya. "Dengan 18 pasar, kita bisa melihat perbedaan harga antara hulu dan hilir Tabalong," kata Asisten Perekonomian dan Pembangunan Setda Tabalong, Herliansyah Putra.

Hasil survei dipakai untuk menghitung Nilai Tukar Petani Tabalong. Pedagang pasar desa diminta melayani petugas yang datang setiap tanggal 15. (mc-tabalong/hp)""",
    S="Survei Harga Perdesaan Tabalong diperluas dari 11 ke 18 pasar desa (antara lain Kelua, Haruai, Muara Uya); petugas datang tiap tanggal 15 mencatat harga gabah, karet, ayam kampung, pisang.",
    L="Tabalong: mulai November Survei Harga Perdesaan BPS Tabalong dan Diskopukmdag mencakup 18 pasar desa, sebelumnya 11. Tambahannya antara lain Pasar Kelua, Pasar Haruai dan Pasar Muara Uya. Petugas mencatat harga jual gabah, karet, ayam kampung, pisang dan harga barang yang dibeli petani. Kata Asisten II Herliansyah Putra, dengan 18 pasar beda harga hulu–hilir kelihatan. Pedagang diminta melayani petugas tiap tanggal 15.",
    P="Padagang pasar desa sa Tabalong, wayah ini ada 18 pasar nang dipantau rega ulih BPS, tambahannya Pasar Kelua, Haruai wan Muara Uya 🛒 Tiap tanggal 15 patugas datang manakuni rega gabah, gatah, hayam kampung, pisang. Layani baik-baik lah!",
    R="survei harga perdesaan Tabalong jadi 18 pasar",
    N=[("kim-pasar-panas", 60, "Pasar Kelua's own renovation, same market another event", "Atap los ikan Pasar Kelua mulai diperbaiki hari ini, pedagang sementara pindah ke halaman parkir selama dua minggu. Mohon maaf atas ketidaknyamanannya."),
       ("kim-mabuun", 3, "same Pendopo Bersinar same day, another event", "Pendopo Bersinar Tanjung sore ini ramai, ada penyerahan bantuan 120 paket sembako untuk lansia dari Baznas Tabalong."),
       ("kim-pembataan", 220, "students surveying prices for coursework at Pasar Haruai, not the BPS survey", "Tadi pagi ada mahasiswa KKN keliling Pasar Haruai bertanya harga ayam kampung dan pisang ke pedagang untuk tugas kuliah. Harga ayam kampung Rp85 ribu per ekor kata pedagang.")],
    B=None)

ann(id="a18", src="pemkab-tanbu", t="2026-11-21 09:00",
    title="Disdag Tanbu Pasang Papan Rekap Harga Mingguan di Empat Pasar",
    text="""BATULICIN – Dinas Perdagangan Kabupaten Tanah Bumbu mulai menempelkan rekap harga mingguan hasil pencatatan petugas di empat pasar, yakni Pasar Batulicin, Pasar Pagatan, Pasar Satui dan Pasar Sebamban, pada {D21}. Rekap dicetak setiap Sabtu dan ditempel di pintu masuk pasar.

Rekap memuat harga rata-rata sepekan untuk 15 bahan pokok beserta tanda naik atau turun dibanding pekan sebelumnya. Data berasal dari pencatatan harian empat petugas pasar yang juga dikirim ke aplikasi SP2KP. "Warga bisa menawar dengan tenang kalau tahu harga rata-rata pekan ini," ujar Kepala Dinas Perdagangan Tanah Bumbu, Syarifuddin Lamba.

Rekap yang sama juga diunggah ke akun media sosial Disdag Tanbu setiap Sabtu sore. Dinas menerima masukan pedagang bila ada harga yang dinilai keliru. (mc-tanbu/sl)""",
    S="Disdag Tanbu tempel rekap harga mingguan (15 bahan pokok, naik/turun) di Pasar Batulicin, Pagatan, Satui dan Sebamban tiap Sabtu; juga diunggah ke medsos Disdag.",
    L=None,
    P="Wayah ini di lawang Pasar Batulicin, Pagatan, Satui wan Sebamban ada karatas rekap rega saminggu, 15 macam bahan pokok, ada tanda naik turunnya 📈 Ditempel tiap Sabtu. Jadi kawa manawar tanang, jar Kadisdag 😄",
    R="rekap harga mingguan di 4 pasar Tanbu",
    N=[("kim-pagatan", 30, "Pasar Pagatan's own weekend night market, same market", "Pasar malam akhir pekan di Pasar Pagatan dimulai lagi Sabtu ini, ada 40 lapak kuliner. Parkir di halaman kantor camat."),
       ("kim-sungai-danau", 70, "complaint that Satui's price board is wrong, a local dispute", "Pedagang Pasar Satui protes harga ikan layang di kertas harga pasar katanya Rp28 ribu, padahal di lapak Rp35 ribu. Mohon dinas cek lagi datanya."),
       ("kim-sungai-danau", 150, "gas-station price notice, another thing", "Info: harga Pertalite di SPBU Sungai Danau tetap Rp10.000. Antrean panjang sore tadi karena truk tangki telat datang, bukan karena kenaikan harga.")],
    B=None)

# ---- family G: portal Satu Data & publikasi statistik sektoral ----
ann(id="a19", src="diskominfo-kalsel", t="2026-11-17 10:45",
    title="Portal Satu Data Kalsel Versi Baru Sajikan 2.140 Dataset dan Layanan API",
    text="""BANJARMASIN – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan meluncurkan tampilan baru portal Satu Data Kalsel pada {D17} di Command Center Diskominfo Kalsel. Portal kini memuat 2.140 dataset dari 46 perangkat daerah.

Pengguna dapat mengunduh data dalam format CSV dan Excel, melihat grafik interaktif, serta mengakses layanan API untuk pengembang aplikasi dan peneliti. Dataset paling banyak diunduh adalah jumlah sekolah, luas panen padi dan kasus demam berdarah. "Data pemerintah yang sudah terbuka harus mudah dipakai warga, mahasiswa dan wartawan tanpa harus bersurat," kata Kepala Bidang Statistik Diskominfo Kalsel, Faisal Noorrahman.

Diskominfo akan menggelar kelas singkat pemanfaatan portal untuk mahasiswa dan jurnalis pada awal Desember. Warga dapat mengusulkan dataset baru melalui menu permintaan data. (mc-kalsel/fn)""",
    S="Portal Satu Data Kalsel tampil baru: 2.140 dataset dari 46 perangkat daerah, unduh CSV/Excel, grafik interaktif dan API. Kelas pemanfaatan untuk mahasiswa dan jurnalis awal Desember.",
    L="Diskominfo Kalsel meluncurkan portal Satu Data Kalsel versi baru, Selasa (17/11) di Command Center. Isinya 2.140 dataset dari 46 perangkat daerah, bisa diunduh CSV/Excel, ada grafik interaktif dan API untuk pengembang. Paling banyak diunduh: jumlah sekolah, luas panen padi, kasus DBD. Kabid Statistik Faisal Noorrahman: data terbuka harus mudah dipakai tanpa bersurat. Ada menu usul dataset baru, dan kelas singkat untuk mahasiswa/jurnalis awal Desember.",
    P="Bubuhan mahasiswa nang handak maulah skripsi, portal Satu Data Kalsel sudah baru, ada 2.140 dataset, kawa diunduh CSV wan Excel, ada API jua gasan nang pintar ngoding 💻 Kada usah basurat lagi. Awal Desember ada kelas singkat jar Diskominfo.",
    R="portal Satu Data Kalsel versi baru, 2.140 dataset",
    N=[("kim-sungai-miai", 30, "same Command Center same day, another use (CCTV monitoring for Nataru)", "Command Center Diskominfo Kalsel hari ini juga dipakai rapat pemantauan CCTV jalan untuk persiapan Nataru. Ada 86 titik kamera yang terhubung."),
       ("kim-basirih-selatan", 120, "kelurahan's own data board, not the portal", "Kelurahan Basirih Selatan memasang papan data penduduk di depan kantor: 9.812 jiwa, 2.904 KK, 14 RT. Diperbarui tiap tiga bulan."),
       ("kim-keraton", 330, "the December class itself, a later event", "Kelas pemanfaatan portal data untuk jurnalis dan mahasiswa digelar hari ini di Banjarmasin. Peserta praktik mengunduh data luas panen dan membuat grafik sendiri. Kabarnya akan ada kelas kedua tahun depan.")],
    B=None)

ann(id="a20", src="pemkot-banjarbaru", t="2026-11-05 15:20",
    title="Klinik Data Banjarbaru Layani 314 Permintaan Data Mahasiswa Sepanjang 2026",
    text="""BANJARBARU – Klinik Data yang dikelola Dinas Komunikasi dan Informatika Kota Banjarbaru telah melayani 314 permintaan data sepanjang Januari hingga Oktober 2026. Capaian itu dipaparkan dalam evaluasi layanan di Kantor Diskominfo Banjarbaru pada {D5}.

Sebanyak 71 persen permohonan datang dari mahasiswa, sisanya dari peneliti, wartawan dan pelaku usaha. Waktu layanan rata-rata tiga hari kerja. Mulai Desember, klinik juga membuka jadwal konsultasi tatap muka setiap Selasa dan Kamis. "Banyak mahasiswa datang hanya butuh satu tabel, jadi kami bantu mencarikannya di portal lebih dulu," kata Kepala Diskominfo Banjarbaru, Rudy Hartawan.

Diskominfo menargetkan waktu layanan turun menjadi dua hari kerja pada 2027. Permohonan tetap dapat diajukan secara daring. (mc-bjb/rh)""",
    S="Klinik Data Diskominfo Banjarbaru layani 314 permintaan data Jan–Okt 2026 (71 persen mahasiswa), rata-rata 3 hari kerja; mulai Desember konsultasi tatap muka tiap Selasa dan Kamis.",
    L=None,
    P="Klinik Data Banjarbaru sudah malayani 314 urang nang maminta data tahun ini, 71 persen mahasiswa 🎓 Rata-rata tiga hari gawi. Mulai Desember kawa konsultasi langsung tiap Salasa wan Kamis. Mantap gasan nang bagawi skripsi!",
    R="Klinik Data Banjarbaru: 314 permintaan data",
    N=[("kim-sungai-besar", 60, "71 persen meaning a vaccination rate in a kelurahan", "Cakupan imunisasi campak di Kelurahan Sungai Besar baru 71 persen. Puskesmas buka layanan tambahan Sabtu pagi untuk anak yang belum."),
       ("kim-syamsudin-noor", 130, "a campus library data corner, another institution", "Perpustakaan kampus di Banjarbaru membuka pojok referensi statistik untuk mahasiswa tingkat akhir, buka Senin sampai Jumat. Ada buku-buku BPS edisi cetak lama."),
       ("kim-guntung-paikat", 36, "same Kantor Diskominfo Banjarbaru, a podcast recording", "Tadi rekaman podcast Diskominfo Banjarbaru bersama ketua RT Guntung Paikat soal kerja bakti. Tayang pekan depan di kanal YouTube pemkot.")],
    B=None)

ann(id="a21", src="pemkab-tapin", t="2026-11-25 10:30",
    title="Tapin Terbitkan Buku Statistik Sektoral 2026 Berisi 412 Tabel",
    text="""RANTAU – Pemerintah Kabupaten Tapin menerbitkan buku Statistik Sektoral Kabupaten Tapin 2026 yang berisi 412 tabel dari 31 perangkat daerah. Buku diserahkan kepada Bupati Tapin di Ruang Rapat Bupati pada {D25}.

Buku memuat data pendidikan, kesehatan, pertanian, jalan, hingga jumlah tempat ibadah per kecamatan. Sebanyak 300 eksemplar cetak dibagikan ke sekolah, perpustakaan desa dan kantor kecamatan, sedangkan versi digital dapat diunduh di portal data Tapin. "Setiap OPD wajib mengutip buku ini saat menyusun rencana kerja, bukan lagi memakai angka masing-masing," kata Kepala Diskominfo Tapin, Akhmad Rusdiansyah.

Penyusunan edisi 2027 akan dimulai Februari dengan pengumpulan data dari OPD. Diskominfo menerima koreksi data sampai akhir Desember. (mc-tapin/ar)""",
    S="Tapin terbitkan buku Statistik Sektoral 2026: 412 tabel dari 31 OPD; 300 eksemplar untuk sekolah, perpustakaan desa, kecamatan; versi digital di portal data Tapin. Koreksi sampai akhir Desember.",
    L=None,
    P="Buku Statistik Sektoral Tapin 2026 sudah tabit, isinya 412 tabel matan 31 OPD 📘 Ada 300 buku dibagi ka sakulah, pustaka desa wan kantor camat, nang digital kawa diunduh. Amun ada data nang salah, padahi sampai ujung Desember.",
    R="buku Statistik Sektoral Tapin 2026 (412 tabel)",
    N=[("kim-binuang", 48, "Kecamatan Binuang's own profile booklet, another publication", "Kecamatan Binuang menerbitkan buku profil kecamatan tahun ini, isinya data 11 desa dan potensi wisata. Bisa dibaca di kantor camat."),
       ("kim-tatakan", 120, "a school receives other books, another donation", "SDN Tatakan menerima 300 buku cerita anak dari komunitas literasi Rantau. Buku langsung disusun di pojok baca kelas."),
       ("kim-margasari", 5, "same Bupati's meeting room same day, another meeting", "Ruang rapat Bupati Tapin hari ini dipakai rapat persiapan Hari Jadi Tapin. Ada lomba perahu hias di Margasari yang direncanakan masuk agenda.")],
    B=None)

# ---- family H: pemusnahan & pemindahan arsip inaktif ----
ann(id="a22", src="dispersip-kalsel", t="2026-11-10 11:30",
    title="Dispersip Kalsel Musnahkan 3,6 Ton Arsip Inaktif dari 12 Perangkat Daerah",
    text="""BANJARBARU – Dinas Perpustakaan dan Kearsipan (Dispersip) Provinsi Kalimantan Selatan memusnahkan 3,6 ton arsip inaktif yang telah habis masa simpannya pada {D10} di Depo Arsip Dispersip Kalsel, Banjarbaru. Arsip berasal dari 12 perangkat daerah.

Pemusnahan dilakukan dengan mesin pencacah kertas dan disaksikan perwakilan inspektorat serta kepolisian. Arsip yang dimusnahkan antara lain kuitansi perjalanan dinas tahun 2008–2014 dan berkas pengadaan yang sudah melewati jadwal retensi. "Yang dimusnahkan hanya arsip yang sudah dinilai dan disetujui; arsip bernilai sejarah justru kami pindahkan ke arsip statis," ujar Kepala Dispersip Kalsel, Nurul Hikmah Baihaqi.

Pemusnahan tahap berikutnya direncanakan pada triwulan kedua 2027. Perangkat daerah diminta menyusun daftar arsip usul musnah sesuai jadwal retensi. (dispersip-kalsel/nh)""",
    S="Dispersip Kalsel musnahkan 3,6 ton arsip inaktif (kuitansi 2008–2014, berkas pengadaan) dari 12 perangkat daerah di Depo Arsip Banjarbaru, disaksikan inspektorat dan polisi.",
    L="Dispersip Kalsel memusnahkan 3,6 ton arsip inaktif milik 12 perangkat daerah pada Selasa (10/11) di Depo Arsip Banjarbaru. Isinya kuitansi perjalanan dinas 2008–2014 dan berkas pengadaan yang masa retensinya habis, dicacah mesin dengan saksi inspektorat dan polisi. Kadis Nurul Hikmah Baihaqi: yang bernilai sejarah tidak dimusnahkan tapi masuk arsip statis. Tahap berikutnya triwulan II 2027.",
    P="3,6 ton karatas arsip lawas dimusnahakan Dispersip Kalsel, dicacah pakai masin 🗂️ Isinya kuitansi badinas 2008–2014 wan berkas pangadaan nang sudah habis masa simpan. Nang ada nilai sajarah kada dibuang, jar Bu Kadis, malah disimpan. Tahap dudi kaina 2027.",
    R="Dispersip Kalsel musnahkan 3,6 ton arsip inaktif",
    N=[("kim-syamsudin-noor", 70, "a school's own paper recycling of 3,6 kuintal, another event", "Bank sampah SDN 1 Syamsudin Noor hari ini menjual kertas bekas hasil kumpulan siswa, total 3,6 kuintal. Uangnya untuk membeli tanaman hias sekolah."),
       ("kim-keraton", 100, "same Kadis at a library event, another event", "Kepala Dispersip Kalsel Nurul Hikmah Baihaqi hadir di lomba bercerita anak di Perpustakaan Daerah Martapura. Juara satu dari TK Keraton."),
       ("kim-sungai-alang", 240, "a village burning its old papers, another event with a warning", "Kantor desa kami bersih-bersih gudang, tumpukan kertas lama mau dibakar. Kata pak camat jangan dibakar dulu sebelum dipilah, siapa tahu ada arsip tanah desa.")],
    B=None)

ann(id="a23", src="pemkab-balangan", t="2026-11-23 14:15",
    title="Record Center Balangan Mulai Tampung 1.140 Boks Arsip Inaktif dari 36 OPD",
    text="""PARINGIN – Pemerintah Kabupaten Balangan mulai memindahkan arsip inaktif dari 36 organisasi perangkat daerah ke gedung record center di kompleks perkantoran Paringin pada {D23}. Pada tahap pertama, 1.140 boks arsip diterima dan didata.

Gedung record center memiliki rak besi berkapasitas 6.000 boks, pendingin ruangan dan alat pemadam kebakaran. Setiap boks diberi label kode klasifikasi, sehingga berkas dapat ditemukan kembali dalam waktu kurang dari sepuluh menit. "Ruang kerja OPD tidak lagi penuh tumpukan berkas, dan arsip terlindungi dari banjir maupun rayap," kata Sekretaris Daerah Balangan, Muhammad Sufyan Hadi.

Pemindahan tahap kedua untuk dinas yang belum siap dijadwalkan Januari 2027. Dinas Perpustakaan dan Kearsipan Balangan menyiapkan petugas untuk membantu pelabelan. (mc-balangan/sh)""",
    S="Balangan mulai pindahkan arsip inaktif 36 OPD ke record center Paringin: 1.140 boks tahap pertama (kapasitas 6.000 boks); tahap kedua Januari 2027.",
    L=None,
    P="Arsip lawas bubuhan kantor di Balangan wayah ini dipindah ka record center di Paringin, 1.140 boks dahulu matan 36 OPD 📦 Raknya muat 6.000 boks, ada AC wan pamadam api. Jar Pak Sekda, kada takutan banjir wan rayap lagi.",
    R="record center Balangan tampung 1.140 boks arsip",
    N=[("kim-paringin-kota", 40, "same perkantoran complex, a blood drive", "Donor darah di kompleks perkantoran Paringin hari ini dapat 76 kantong. Terima kasih ASN dan warga yang ikut."),
       ("kim-batu-piring", 130, "a village office buys its own filing cabinets, another activity", "Kantor desa Batu Piring membeli dua lemari arsip besi dari dana desa. Berkas surat-menyurat sejak 2015 mulai disusun per tahun."),
       ("kim-tebing-tinggi", 5, "same Sekda same day, another meeting", "Sekda Balangan Muhammad Sufyan Hadi memimpin rapat penanganan jalan longsor di Tebing Tinggi hari ini. Perbaikan darurat ditargetkan selesai sebelum Natal.")],
    B=None)
