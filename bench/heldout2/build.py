"""Writes a second, larger held-out labelled set (same format as the dev set).

Written by hand before looking at how the matcher scores it: 20 announcements on topics that
are in neither the dev set nor ``bench/heldout`` (rabies vaccination, scheduled PLN outages
relayed by a city, village roads, scholarships, a food festival, Satpol PP recruitment, house
renovation aid, tour-guide training, a cleanliness contest, a farmers' market, stunting round 2,
tree planting, PMK livestock vaccination, CPNS), with near-sibling families (the same template
for another kabupaten or date), and 140 KIM posts in every style of the dev set.

Run: python bench/heldout2/build.py && python bench/eval_match.py bench/heldout2
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).parent

KIMS = """kims:
  - {id: kim-bitahan, name: KIM Bitahan, region: Kabupaten Tapin, district: Lokpaikat, village: Bitahan}
  - {id: kim-binuang, name: KIM Binuang, region: Kabupaten Tapin, district: Binuang, village: Binuang}
  - {id: kim-kandangan-kota, name: KIM Kandangan Kota, region: Kabupaten Hulu Sungai Selatan, district: Kandangan, village: Kandangan Kota}
  - {id: kim-padang-batung, name: KIM Padang Batung, region: Kabupaten Hulu Sungai Selatan, district: Padang Batung, village: Padang Batung}
  - {id: kim-kuin-utara, name: KIM Kuin Utara, region: Kota Banjarmasin, district: Banjarmasin Utara, village: Kuin Utara}
  - {id: kim-pemurus-dalam, name: KIM Pemurus Dalam, region: Kota Banjarmasin, district: Banjarmasin Selatan, village: Pemurus Dalam}
  - {id: kim-birayang, name: KIM Birayang, region: Kabupaten Hulu Sungai Tengah, district: Batang Alai Selatan, village: Birayang}
  - {id: kim-simpang-empat, name: KIM Simpang Empat, region: Kabupaten Tanah Bumbu, district: Simpang Empat, village: Batulicin Irigasi}
  - {id: kim-anjir-pasar, name: KIM Anjir Pasar, region: Kabupaten Barito Kuala, district: Anjir Pasar, village: Anjir Pasar Kota}
  - {id: kim-babirik, name: KIM Babirik, region: Kabupaten Hulu Sungai Utara, district: Babirik, village: Babirik Hulu}
  - {id: kim-guntung-manggis, name: KIM Guntung Manggis, region: Kota Banjarbaru, district: Landasan Ulin, village: Guntung Manggis}
  - {id: kim-astambul, name: KIM Astambul, region: Kabupaten Banjar, district: Astambul, village: Astambul Kota}
  - {id: kim-kelua, name: KIM Kelua, region: Kabupaten Tabalong, district: Kelua, village: Pulau}
  - {id: kim-takisung, name: KIM Takisung, region: Kabupaten Tanah Laut, district: Takisung, village: Takisung}
  - {id: kim-paringin-timur, name: KIM Paringin Timur, region: Kabupaten Balangan, district: Paringin, village: Paringin Timur}
  - {id: kim-sigam, name: KIM Sigam, region: Kabupaten Kotabaru, district: Pulau Laut Utara, village: Sigam}
"""

A = [
    # family: rabies vaccination (a01 Tapin, a02 HSS)
    ("g-a01", "pemkab-tapin", "https://tapinkab.go.id/berita/vaksinasi-rabies-massal-tapin-2025",
     "Distan Tapin Gelar Vaksinasi Rabies Massal, Sasar 6.500 Hewan Penular", "2025-02-11T09:10:00+08:00",
     "RANTAU – Dinas Pertanian Kabupaten Tapin menggelar vaksinasi rabies massal bagi anjing, kucing dan kera peliharaan di 12 kecamatan mulai Selasa (11/2/2025) hingga 28 Februari 2025.\n\n"
     "Sasaran vaksinasi tahun ini 6.500 ekor hewan penular rabies (HPR). Petugas keliling dari desa ke desa dan warga juga dapat membawa hewannya ke Puskeswan Rantau setiap hari kerja.\n\n"
     "Kepala Dinas Pertanian Tapin, Rusdiansyah, mengatakan sepanjang 2024 tercatat 37 kasus gigitan anjing di Tapin, sebagian besar di Kecamatan Piani dan Bungur.\n\n"
     "\"Vaksin ini gratis. Kami minta pemilik anjing dan kucing tidak melepas hewannya sampai petugas datang,\" ujar Rusdiansyah.\n\n"
     "Warga yang tergigit diminta segera mencuci luka dengan sabun di air mengalir selama 15 menit lalu ke puskesmas terdekat. (humas-tapin/rn)"),
    ("g-a02", "pemkab-hss", "https://hulusungaiselatankab.go.id/berita/vaksinasi-rabies-gratis-hss-februari-2025",
     "Dispertan HSS Vaksinasi Rabies Gratis, Target 4.200 Hewan Penular", "2025-02-20T10:30:00+08:00",
     "KANDANGAN – Dinas Pertanian Kabupaten Hulu Sungai Selatan menggelar vaksinasi rabies gratis bagi anjing, kucing dan kera peliharaan di 11 kecamatan mulai Kamis (20/2/2025) hingga 15 Maret 2025.\n\n"
     "Sasaran vaksinasi tahun ini 4.200 ekor hewan penular rabies (HPR). Petugas keliling ke desa-desa, terutama di Loksado dan Padang Batung yang banyak memelihara anjing pemburu.\n\n"
     "Kepala Dinas Pertanian HSS, Muhammad Noor Iriansyah, mengatakan pada 2024 ada 21 kasus gigitan anjing di HSS dan satu kasus positif rabies di Loksado.\n\n"
     "\"Hewan yang sudah divaksin akan diberi kalung penanda. Vaksinnya gratis, jadi jangan ragu,\" kata Noor Iriansyah.\n\n"
     "Warga yang tergigit diminta mencuci luka dengan sabun lalu segera ke puskesmas untuk mendapat vaksin antirabies. (mc-hss/dy)"),
    # family: scheduled PLN outages relayed by Pemkot Banjarmasin (a03, a04)
    ("g-a03", "pemkot-banjarmasin", "https://banjarmasinkota.go.id/2025/02/pemadaman-listrik-terjadwal-banjarmasin-utara.html",
     "PLN Padamkan Listrik di Banjarmasin Utara Sabtu Ini untuk Pemeliharaan Jaringan", "2025-02-19T14:20:00+08:00",
     "BANJARMASIN – Pemerintah Kota Banjarmasin meneruskan pemberitahuan PLN UP3 Banjarmasin tentang pemadaman listrik terjadwal pada Sabtu (22/2/2025) pukul 08.00 hingga 15.00 Wita.\n\n"
     "Pemadaman meliputi Kelurahan Kuin Utara, Pangeran, Sungai Miai dan Alalak Utara di Kecamatan Banjarmasin Utara. PLN akan mengganti 14 tiang dan memangkas pohon di sepanjang Jalan Brigjen Hasan Basri.\n\n"
     "Kepala Bagian Prokopim Setdako Banjarmasin, Doyo Pudjadi, meminta warga menyiapkan air bersih dan mengisi daya ponsel sebelum pemadaman.\n\n"
     "\"Kami minta PLN menyelesaikan pekerjaan tepat waktu karena banyak usaha kecil di kawasan itu,\" ujar Doyo.\n\n"
     "Informasi gangguan dapat disampaikan melalui aplikasi PLN Mobile atau call center 123. (prokopim-bjm/ha)"),
    ("g-a04", "pemkot-banjarmasin", "https://banjarmasinkota.go.id/2025/03/pemadaman-listrik-terjadwal-banjarmasin-selatan.html",
     "Minggu Ini Listrik Padam di Banjarmasin Selatan, PLN Pasang Trafo Baru", "2025-03-05T15:00:00+08:00",
     "BANJARMASIN – Pemerintah Kota Banjarmasin meneruskan pemberitahuan PLN UP3 Banjarmasin tentang pemadaman listrik terjadwal pada Minggu (9/3/2025) pukul 09.00 hingga 16.00 Wita.\n\n"
     "Pemadaman meliputi Kelurahan Pemurus Dalam, Pemurus Baru, Kelayan Selatan dan Tanjung Pagar di Kecamatan Banjarmasin Selatan. PLN memasang dua trafo baru berkapasitas 250 kVA di Jalan AMD dan Jalan Tembus Mantuil.\n\n"
     "Kepala Bagian Prokopim Setdako Banjarmasin, Doyo Pudjadi, mengatakan pemadaman sengaja dipilih hari Minggu agar tidak mengganggu sekolah dan kantor.\n\n"
     "\"Setelah trafo baru terpasang, tegangan listrik di Pemurus tidak lagi turun pada malam hari,\" kata Doyo.\n\n"
     "Warga dapat memantau perkembangan pekerjaan melalui aplikasi PLN Mobile atau call center 123. (prokopim-bjm/ha)"),
    ("g-a05", "pemprov-kalsel", "https://kalselprov.go.id/berita/beasiswa-kalsel-cerdas-2025-dibuka",
     "Pendaftaran Beasiswa Kalsel Cerdas 2025 Dibuka, Kuota 1.200 Mahasiswa", "2025-04-08T10:00:00+08:00",
     "BANJARBARU – Pemerintah Provinsi Kalimantan Selatan membuka pendaftaran Beasiswa Kalsel Cerdas 2025 mulai Selasa (8/4/2025) hingga 30 April 2025 melalui laman beasiswa.kalselprov.go.id.\n\n"
     "Kuota tahun ini 1.200 mahasiswa D3, S1 dan S2, masing-masing menerima Rp6.000.000 per semester. Total anggaran yang disiapkan Rp7.200.000.000.\n\n"
     "Kepala Biro Kesejahteraan Rakyat Setdaprov Kalsel, Faried Fakhmansyah, mengatakan pelamar harus ber-KTP Kalsel, berkuliah di perguruan tinggi terakreditasi dan memiliki IPK minimal 3,00.\n\n"
     "\"Sepertiga kuota kami sediakan untuk mahasiswa dari keluarga kurang mampu dan penghafal Al-Qur'an,\" ujar Faried.\n\n"
     "Pengumuman penerima dijadwalkan pada 2 Juni 2025. (mc-kalsel/ni)"),
    # family: village roads (a06 HST, a07 Tapin)
    ("g-a06", "pemkab-hst", "https://hulusungaitengahkab.go.id/berita/detail/pembangunan-jalan-desa-batang-alai-2025",
     "Pemkab HST Bangun Jalan Desa 18 Kilometer di Batang Alai", "2025-05-06T11:15:00+08:00",
     "BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah memulai pembangunan jalan desa sepanjang 18 kilometer di Kecamatan Batang Alai Selatan, Batang Alai Utara dan Hantakan, Selasa (6/5/2025).\n\n"
     "Jalan cor beton selebar 4 meter itu menghubungkan 9 desa dengan pusat kecamatan dan dibiayai APBD 2025 sebesar Rp24.500.000.000. Pekerjaan ditargetkan selesai pada November 2025.\n\n"
     "Kepala Dinas PUPR HST, Ahmad Yani, mengatakan selama ini warga Desa Datar Batung dan Hinas Kiri harus menempuh jalan tanah yang licin saat hujan.\n\n"
     "\"Dengan jalan ini, hasil karet dan kayu manis warga bisa diangkut ke pasar Birayang dalam setengah jam,\" ujar Ahmad Yani.\n\n"
     "Ia meminta warga ikut mengawasi mutu pekerjaan dan melapor bila menemukan penyimpangan. (mc-hst/fz)"),
    ("g-a07", "pemkab-tapin", "https://tapinkab.go.id/berita/jalan-desa-tapin-selatan-mulai-dibangun",
     "Jalan Desa 11 Kilometer di Tapin Selatan dan Salam Babaris Mulai Dibangun", "2025-05-14T09:45:00+08:00",
     "RANTAU – Pemerintah Kabupaten Tapin memulai pembangunan jalan desa sepanjang 11 kilometer di Kecamatan Tapin Selatan dan Salam Babaris, Rabu (14/5/2025).\n\n"
     "Jalan cor beton selebar 3,5 meter itu menghubungkan 6 desa dengan jalan provinsi dan dibiayai APBD 2025 sebesar Rp15.800.000.000. Pekerjaan ditargetkan selesai pada Oktober 2025.\n\n"
     "Kepala Dinas PUPR Tapin, Ismail Ibrahim, mengatakan ruas Desa Suato Tatakan dan Pantai Cabe selama ini hanya berupa jalan tanah yang sering putus saat banjir.\n\n"
     "\"Anak-anak sekolah tidak lagi harus menyeberang dengan sampan bila banjir datang,\" kata Ismail.\n\n"
     "Pemkab Tapin juga menyiapkan dua jembatan beton di ruas tersebut. (humas-tapin/ar)"),
    ("g-a08", "pemkot-banjarmasin", "https://banjarmasinkota.go.id/2025/06/festival-kuliner-banua-2025-siring-menara-pandang.html",
     "Festival Kuliner Banua 2025 Digelar di Siring Menara Pandang, Hadirkan 120 Stan", "2025-06-10T13:30:00+08:00",
     "BANJARMASIN – Festival Kuliner Banua 2025 akan digelar di kawasan Siring Menara Pandang, Banjarmasin, pada Sabtu dan Minggu, 14–15 Juni 2025, mulai pukul 15.00 hingga 23.00 Wita.\n\n"
     "Sebanyak 120 stan menyajikan masakan khas Banjar seperti soto Banjar, ketupat Kandangan, nasi itik gambut, bingka dan amparan tatak. Ada pula lomba memasak gangan asam untuk ibu-ibu PKK.\n\n"
     "Kepala Dinas Kebudayaan dan Pariwisata Kota Banjarmasin, Ikhsan Alhak, mengatakan festival ditargetkan mendatangkan 30 ribu pengunjung dan perputaran uang Rp1,5 miliar.\n\n"
     "\"Semua pedagang wajib memakai wadah ramah lingkungan, tidak ada styrofoam,\" tegas Ikhsan.\n\n"
     "Pengunjung diimbau memarkir kendaraan di halaman Balai Kota karena Jalan Piere Tendean ditutup selama festival. (disbudpar-bjm/ms)"),
    ("g-a09", "pemkab-tanah-bumbu", "https://tanahbumbukab.go.id/berita/1187/rekrutmen-satpol-pp-tanah-bumbu-2025",
     "Satpol PP Tanah Bumbu Buka Rekrutmen 60 Anggota Baru", "2025-02-25T08:30:00+08:00",
     "BATULICIN – Satuan Polisi Pamong Praja (Satpol PP) Kabupaten Tanah Bumbu membuka rekrutmen 60 anggota baru berstatus tenaga kontrak mulai Selasa (25/2/2025) hingga 10 Maret 2025.\n\n"
     "Pelamar harus berusia 18 hingga 30 tahun, berpendidikan minimal SMA, tinggi badan minimal 165 cm untuk pria dan 155 cm untuk wanita, serta ber-KTP Tanah Bumbu.\n\n"
     "Kepala Satpol PP Tanah Bumbu, Gusti Rahmadi, mengatakan seleksi meliputi tes administrasi, tes kesamaptaan di Lapangan Gagas Simpang Empat dan wawancara.\n\n"
     "\"Seluruh tahapan tidak dipungut biaya. Jangan percaya pada calo yang menjanjikan kelulusan,\" tegas Gusti.\n\n"
     "Berkas lamaran diantar langsung ke Kantor Satpol PP di Jalan Dharma Praja, Gunung Tinggi. (hms-tanbu/rz)"),
    # family: house renovation aid (a10 Batola, a11 HSU)
    ("g-a10", "pemkab-barito-kuala", "https://baritokualakab.go.id/berita/bantuan-bedah-rumah-batola-2025",
     "Pemkab Batola Salurkan Bantuan Bedah Rumah untuk 250 Keluarga", "2025-03-18T10:10:00+08:00",
     "MARABAHAN – Pemerintah Kabupaten Barito Kuala menyalurkan bantuan bedah rumah tidak layak huni (RTLH) untuk 250 keluarga di 17 kecamatan, Selasa (18/3/2025).\n\n"
     "Setiap keluarga menerima bantuan bahan bangunan senilai Rp20.000.000, sehingga total anggaran mencapai Rp5.000.000.000. Pengerjaan dilakukan secara swadaya dan gotong royong oleh warga.\n\n"
     "Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Batola, Rahmadi Noor, mengatakan penerima diprioritaskan bagi lansia, janda dan penyandang disabilitas di Anjir Pasar, Tamban dan Kuripan.\n\n"
     "\"Rumah harus selesai dalam 60 hari dan kami akan memeriksa hasilnya,\" ujar Rahmadi.\n\n"
     "Warga yang belum terdata dapat mengusulkan melalui kepala desa untuk tahun anggaran berikutnya. (mc-batola/ys)"),
    ("g-a11", "pemkab-hsu", "https://hulusungaiutarakab.go.id/berita/program-bedah-rumah-hsu-180-unit",
     "Program Bedah Rumah HSU 2025 Sasar 180 Unit di 10 Kecamatan", "2025-03-27T09:00:00+08:00",
     "AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara meluncurkan program bedah rumah tidak layak huni (RTLH) tahun 2025 untuk 180 unit rumah di 10 kecamatan, Kamis (27/3/2025).\n\n"
     "Setiap rumah mendapat bantuan Rp17.500.000 berupa bahan bangunan dan upah tukang. Total anggaran mencapai Rp3.150.000.000 dari APBD HSU.\n\n"
     "Kepala Dinas Perkim HSU, Rahmat Hidayat, mengatakan penerima terbanyak berada di Kecamatan Babirik, Danau Panggang dan Paminggir yang rumahnya berdiri di atas rawa.\n\n"
     "\"Untuk rumah panggung di rawa, tiang ulin kami ganti dengan tiang beton agar lebih tahan lama,\" kata Rahmat.\n\n"
     "Pekerjaan ditargetkan rampung sebelum Hari Jadi HSU pada Agustus 2025. (hms-hsu/nh)"),
    ("g-a12", "diskominfo-kalsel", "https://diskominfo.kalselprov.go.id/2025/04/23/pelatihan-pemandu-wisata-geopark-meratus/",
     "40 Pemuda Ikuti Pelatihan Pemandu Wisata Geopark Meratus", "2025-04-23T14:00:00+08:00",
     "BANJARBARU – Sebanyak 40 pemuda dari desa-desa di kawasan Geopark Meratus mengikuti pelatihan pemandu wisata yang digelar Dinas Pariwisata Kalsel di Banjarbaru, Rabu (23/4/2025).\n\n"
     "Pelatihan berlangsung lima hari hingga 27 April. Peserta belajar teknik interpretasi geologi, bahasa Inggris dasar, pertolongan pertama dan keselamatan penelusuran sungai.\n\n"
     "Kepala Dinas Pariwisata Kalsel, Ramadhan, mengatakan peserta berasal dari Kabupaten Banjar, Tapin, HSS, HST, Balangan, Tabalong dan Kotabaru.\n\n"
     "\"Wisatawan datang bukan hanya untuk melihat batu, tapi mendengar cerita. Pemandu lokal yang bisa bercerita itulah kuncinya,\" ujar Ramadhan.\n\n"
     "Lulusan pelatihan akan mendapat sertifikat kompetensi dari BNSP. (mc-kalsel/rd)"),
    ("g-a13", "pemkot-banjarbaru", "https://banjarbarukota.go.id/2025/05/13/lomba-kebersihan-antar-rt-banjarbaru-2025/",
     "Pemkot Banjarbaru Gelar Lomba Kebersihan Antar-RT, Hadiah Total Rp150 Juta", "2025-05-13T16:00:00+08:00",
     "BANJARBARU – Pemerintah Kota Banjarbaru menggelar Lomba Kebersihan Antar-RT 2025 yang diikuti 564 RT di lima kecamatan. Penilaian berlangsung 19 Mei hingga 20 Juni 2025.\n\n"
     "Tim juri menilai pemilahan sampah, bank sampah, saluran air, tanaman obat keluarga dan partisipasi warga. Hadiah total Rp150.000.000 untuk 15 RT terbaik, dengan juara pertama Rp25.000.000.\n\n"
     "Kepala Dinas Lingkungan Hidup Banjarbaru, Sirajoni, mengatakan lomba ini mendukung target pengurangan sampah ke TPA Hutan Panjang sebesar 30 persen.\n\n"
     "\"Penilaian dilakukan tanpa pemberitahuan, jadi kebersihan harus dijaga setiap hari, bukan hanya saat juri datang,\" ujar Sirajoni.\n\n"
     "Pemenang diumumkan pada peringatan Hari Lingkungan Hidup tingkat kota. (humas-bjb/tr)"),
    ("g-a14", "pemkab-banjar", "https://banjarkab.go.id/berita/pasar-tani-martapura-setiap-sabtu",
     "Pasar Tani Kabupaten Banjar Hadir Setiap Sabtu di Halaman Kantor Distan", "2025-06-03T08:40:00+08:00",
     "MARTAPURA – Dinas Pertanian Kabupaten Banjar membuka Pasar Tani setiap Sabtu pukul 06.00 hingga 10.00 Wita di halaman Kantor Distan, Jalan Ahmad Yani Km 40, mulai Sabtu (7/6/2025).\n\n"
     "Sebanyak 35 kelompok tani dari Astambul, Karang Intan, Mataraman dan Sungai Tabuk menjual sayur, buah, telur, ikan air tawar dan beras lokal langsung kepada pembeli.\n\n"
     "Kepala Distan Banjar, Abdul Rahmani, mengatakan harga di Pasar Tani rata-rata 10 hingga 15 persen lebih murah daripada pasar umum karena tanpa perantara.\n\n"
     "\"Petani mendapat harga lebih baik, warga mendapat sayur segar. Dua-duanya untung,\" ujar Abdul Rahmani.\n\n"
     "Pembeli diimbau membawa tas belanja sendiri. (humas-banjar/dn)"),
    ("g-a15", "pemkab-tabalong", "https://tabalongkab.go.id/berita/sosialisasi-stunting-tahap-dua-tabalong",
     "Sosialisasi Cegah Stunting Tahap Dua Sasar Calon Pengantin dan Ibu Hamil di Tabalong", "2025-03-26T10:00:00+08:00",
     "TANJUNG – Dinas Pengendalian Penduduk dan KB Kabupaten Tabalong menggelar sosialisasi cegah stunting tahap dua di 12 kecamatan mulai Rabu (26/3/2025) hingga 17 April 2025.\n\n"
     "Berbeda dengan tahap pertama yang menyasar kader posyandu, tahap dua menyasar 1.800 calon pengantin, ibu hamil dan ibu menyusui. Angka stunting Tabalong tercatat 18,2 persen pada 2024.\n\n"
     "Kepala DPPKB Tabalong, Nurul Hidayati, mengatakan calon pengantin wajib memeriksakan kadar hemoglobin dan lingkar lengan tiga bulan sebelum menikah.\n\n"
     "\"Stunting dicegah sejak sebelum hamil. Makanya calon pengantin jadi sasaran utama tahap dua ini,\" ujar Nurul.\n\n"
     "Peserta mendapat paket tablet tambah darah dan telur gratis dari Baznas Tabalong. (diskominfo-tbl/ya)"),
    ("g-a16", "pemprov-kalsel", "https://kalselprov.go.id/berita/gerakan-tanam-pohon-serentak-revolusi-hijau-2025",
     "Gerakan Tanam 100 Ribu Pohon Serentak di 13 Kabupaten/Kota Kalsel", "2025-01-21T09:00:00+08:00",
     "BANJARBARU – Pemerintah Provinsi Kalimantan Selatan mengajak masyarakat mengikuti gerakan tanam pohon serentak pada Sabtu (25/1/2025) di 13 kabupaten/kota sebagai bagian dari program Revolusi Hijau.\n\n"
     "Dinas Kehutanan Kalsel menyiapkan 100.000 bibit, terdiri atas bibit ulin, meranti, jengkol, durian, kemiri dan mangga kasturi. Bibit dapat diambil gratis di 9 persemaian permanen dan kantor KPH.\n\n"
     "Kepala Dinas Kehutanan Kalsel, Fathimatuzzahra, mengatakan lokasi penanaman diprioritaskan pada lahan kritis, bantaran sungai dan halaman sekolah.\n\n"
     "\"Satu orang satu pohon. Kalau dirawat, lima tahun lagi kita sudah bisa merasakan teduhnya,\" ujar Fathimatuzzahra.\n\n"
     "Warga dapat mengunggah foto penanaman dengan tagar #RevolusiHijauKalsel. (mc-kalsel/hr)"),
    # family: PMK livestock vaccination (a17 Tanah Laut, a18 Balangan)
    ("g-a17", "pemkab-tanah-laut", "https://tanahlautkab.go.id/berita/vaksinasi-pmk-ternak-sapi-tanah-laut-februari",
     "Jadwal Vaksinasi PMK Ternak di Tanah Laut, 8.000 Dosis Disiapkan", "2025-02-04T13:00:00+08:00",
     "PELAIHARI – Dinas Peternakan dan Kesehatan Hewan Kabupaten Tanah Laut mulai menyuntikkan vaksin penyakit mulut dan kuku (PMK) kepada sapi, kerbau dan kambing, Selasa (4/2/2025).\n\n"
     "Sebanyak 8.000 dosis disiapkan untuk tahap pertama. Jadwalnya: Kecamatan Pelaihari, Bajuin dan Takisung pada 4–8 Februari, Jorong dan Kintap 10–14 Februari, serta Batu Ampar dan Panyipatan 17–21 Februari.\n\n"
     "Kepala Disnakkeswan Tanah Laut, Dwi Ratmini, mengatakan peternak tidak perlu membawa ternak ke kantor karena petugas mendatangi kandang.\n\n"
     "\"Ternak yang sakit tidak kami suntik dulu. Laporkan gejala seperti air liur berlebih dan kuku melepuh,\" ujar Dwi.\n\n"
     "Peternak dapat menghubungi Posko PMK di nomor 0812-5000-3411. (humas-tala/ak)"),
    ("g-a18", "pemkab-balangan", "https://balangankab.go.id/berita/detail/vaksinasi-pmk-balangan-3500-dosis",
     "Distan Balangan Suntikkan 3.500 Dosis Vaksin PMK untuk Sapi dan Kambing", "2025-02-13T11:30:00+08:00",
     "PARINGIN – Dinas Pertanian Kabupaten Balangan mulai menyuntikkan vaksin penyakit mulut dan kuku (PMK) kepada sapi, kerbau dan kambing di delapan kecamatan, Kamis (13/2/2025).\n\n"
     "Sebanyak 3.500 dosis disiapkan. Jadwalnya: Paringin dan Paringin Selatan pada 13–15 Februari, Lampihong dan Batumandi 17–19 Februari, serta Juai, Halong, Awayan dan Tebing Tinggi 20–26 Februari.\n\n"
     "Kepala Distan Balangan, Hendri Rahman, mengatakan populasi sapi di Balangan naik menjadi 11.400 ekor sehingga vaksinasi harus diulang setiap enam bulan.\n\n"
     "\"Peternak cukup menunggu di kandang, petugas yang datang. Gratis,\" kata Hendri.\n\n"
     "Pedagang ternak dari luar daerah wajib membawa surat keterangan kesehatan hewan. (diskominfo-blg/sa)"),
    # family: CPNS (a19 provinsi, a20 Balangan)
    ("g-a19", "pemprov-kalsel", "https://kalselprov.go.id/berita/pengumuman-seleksi-cpns-pemprov-kalsel-2025",
     "Pemprov Kalsel Buka 412 Formasi CPNS 2025, Pendaftaran Lewat SSCASN", "2025-06-17T10:00:00+08:00",
     "BANJARBARU – Pemerintah Provinsi Kalimantan Selatan membuka 412 formasi calon pegawai negeri sipil (CPNS) tahun 2025. Pendaftaran dibuka Selasa (17/6/2025) hingga 6 Juli 2025 melalui laman sscasn.bkn.go.id.\n\n"
     "Formasi terdiri atas 205 tenaga guru SMA dan SMK, 118 tenaga kesehatan untuk RSUD Ulin dan RSUD Ansari Saleh, serta 89 tenaga teknis.\n\n"
     "Kepala Badan Kepegawaian Daerah Kalsel, Sulkan, mengatakan pelamar hanya boleh memilih satu formasi dan wajib mengunggah ijazah, transkrip serta swafoto dengan KTP.\n\n"
     "\"Seleksi berbasis komputer, nilainya langsung tampil. Tidak ada titipan, tidak ada uang pelicin,\" tegas Sulkan.\n\n"
     "Pengumuman hasil seleksi administrasi dijadwalkan 15 Juli 2025. (mc-kalsel/bk)"),
    ("g-a20", "pemkab-balangan", "https://balangankab.go.id/berita/detail/pengumuman-cpns-balangan-2025-97-formasi",
     "Pemkab Balangan Buka 97 Formasi CPNS 2025", "2025-06-24T09:30:00+08:00",
     "PARINGIN – Pemerintah Kabupaten Balangan membuka 97 formasi calon pegawai negeri sipil (CPNS) tahun 2025. Pendaftaran dibuka Selasa (24/6/2025) hingga 10 Juli 2025 melalui laman sscasn.bkn.go.id.\n\n"
     "Formasi terdiri atas 41 guru SD dan SMP, 34 tenaga kesehatan untuk puskesmas dan RSUD Balangan, serta 22 tenaga teknis.\n\n"
     "Kepala Badan Kepegawaian dan Pengembangan SDM Balangan, Akhmad Fauzi, mengatakan pelamar lulusan luar daerah diperbolehkan mendaftar asalkan bersedia bertugas minimal 10 tahun di Balangan.\n\n"
     "\"Kami butuh tenaga kesehatan yang mau ditempatkan di puskesmas Halong dan Tebing Tinggi,\" kata Akhmad Fauzi.\n\n"
     "Pelamar dapat bertanya langsung di meja layanan BKPSDM di Kantor Bupati Balangan. (diskominfo-blg/ra)"),
]

ann = {a[0]: a for a in A}
POSTS: list[dict] = []


def body(aid: str) -> str:
    return ann[aid][5]


def paras(aid: str) -> list[str]:
    return body(aid).split("\n\n")


def title(aid: str) -> str:
    return ann[aid][3]


def url(aid: str) -> str:
    return ann[aid][2]


def at(aid: str, hours: float) -> str:
    """The announcement's time shifted by ``hours`` (negative: before it), ISO with +08:00."""
    stamp = datetime.fromisoformat(ann[aid][4]) + timedelta(hours=hours)
    return stamp.isoformat()


def curly(text: str) -> str:
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out).replace("'", "\u2019")


def post(kim: str, platform: str, when: str, text: str, gold: list[str], style: str,
         links: list[str] | None = None, title_: str = "") -> None:
    POSTS.append({"id": f"g-p{len(POSTS) + 1:03d}", "kim": kim, "platform": platform, "when": when,
                  "text": text, "gold": gold, "style": style, "links": links or [], "title": title_})


# ---------------------------------------------------------------- copy (18)
post("kim-bitahan", "website", at("g-a01", 20), body("g-a01").replace("RANTAU –", "LOKPAIKAT –").replace("(humas-tapin/rn)", "Sumber: tapinkab.go.id"),
     ["g-a01"], "copy", title_=title("g-a01"))
post("kim-padang-batung", "facebook", at("g-a02", 3), "📢 INFO VAKSIN RABIES GRATIS\n\n" + curly(body("g-a02")).replace("(mc-hss/dy)", "#HSS #KIMPadangBatung #StopRabies"),
     ["g-a02"], "copy")
post("kim-kuin-utara", "facebook", at("g-a03", 1.5), body("g-a03").replace("\n\n", " ").replace("pemadaman", "pemadamam", 1).replace("–", "-"),
     ["g-a03"], "copy")
post("kim-pemurus-dalam", "website", at("g-a04", 26), "Oleh: Admin KIM Pemurus Dalam\n\n" + body("g-a04").replace("(prokopim-bjm/ha)", "(KIM Pemurus Dalam)"),
     ["g-a04"], "copy", title_=title("g-a04"))
post("kim-guntung-manggis", "facebook", at("g-a05", 6), title("g-a05").upper() + "\n\n" + curly(body("g-a05")), ["g-a05"], "copy")
post("kim-birayang", "website", at("g-a06", 48), body("g-a06").replace("BARABAI –", "BIRAYANG, KIM –").replace("kilometer", "kilometr", 1).replace("(mc-hst/fz)", "Sumber: Diskominfo HST"),
     ["g-a06"], "copy", title_="Jalan Desa 18 Km Dibangun di Batang Alai")
post("kim-binuang", "facebook", at("g-a07", 30), body("g-a07").replace("\n\n", "\n"), ["g-a07"], "copy")
post("kim-kuin-utara", "website", at("g-a08", 20), body("g-a08").replace("–", "-").replace("(disbudpar-bjm/ms)", "Sumber: https://banjarmasinkota.go.id"),
     ["g-a08"], "copy", links=["https://banjarmasinkota.go.id"], title_=title("g-a08"))
post("kim-simpang-empat", "facebook", at("g-a09", 2), "LOWONGAN SATPOL PP TANBU!!\n" + body("g-a09").replace("(hms-tanbu/rz)", "") + "\n#TanahBumbu #Lowongan #SatpolPP",
     ["g-a09"], "copy")
post("kim-anjir-pasar", "website", at("g-a10", 50), body("g-a10").replace("MARABAHAN –", "ANJIR PASAR –").replace("bahan bangunan", "bahan bangunnan", 1),
     ["g-a10"], "copy", title_=title("g-a10"))
post("kim-babirik", "facebook", at("g-a11", 4), curly(body("g-a11")).replace("\n\n", " ").replace("(hms-hsu/nh)", "(sumber: Humas HSU)"), ["g-a11"], "copy")
post("kim-padang-batung", "website", at("g-a12", 72), body("g-a12").replace("(mc-kalsel/rd)", "Sumber: diskominfo.kalselprov.go.id"),
     ["g-a12"], "copy", title_=title("g-a12"))
post("kim-guntung-manggis", "website", at("g-a13", 18), body("g-a13").replace("BANJARBARU –", "GUNTUNG MANGGIS – ").replace("(humas-bjb/tr)", "(KIM Guntung Manggis/ed)"),
     ["g-a13"], "copy", title_="Ayo Ikut Lomba Kebersihan Antar-RT 2025")
post("kim-astambul", "facebook", at("g-a14", 5), "Kabar gembira untuk petani Astambul!\n\n" + body("g-a14") + "\n\n#PasarTani #KabupatenBanjar", ["g-a14"], "copy")
post("kim-kelua", "website", at("g-a15", 24), body("g-a15").replace("persen", "persn", 1).replace("\n\n", " "), ["g-a15"], "copy", title_=title("g-a15"))
post("kim-takisung", "facebook", at("g-a17", 2.5), "JADWAL VAKSIN PMK TALA\n\n" + body("g-a17").replace("PELAIHARI –", "TAKISUNG –").replace("(humas-tala/ak)", "Sumber: Humas Tala"),
     ["g-a17"], "copy")
post("kim-paringin-timur", "website", at("g-a18", 1), curly(body("g-a18")), ["g-a18"], "copy", title_=title("g-a18"))
post("kim-sigam", "facebook", at("g-a19", 8), body("g-a19").replace("(mc-kalsel/bk)", "Sumber : Pemprov Kalsel\n#CPNS2025 #Kalsel"), ["g-a19"], "copy")

# ---------------------------------------------------------------- excerpt (16)
post("kim-bitahan", "facebook", at("g-a01", 2), paras("g-a01")[0] + "\n\n" + paras("g-a01")[3], ["g-a01"], "excerpt")
post("kim-kandangan-kota", "facebook", at("g-a02", 30), paras("g-a02")[0] + "\n\n" + paras("g-a02")[1][:150] + "... Lihat selengkapnya", ["g-a02"], "excerpt")
post("kim-pemurus-dalam", "telegram", at("g-a04", 3), "Info pemadaman untuk warga Pemurus:\n\n" + paras("g-a04")[0] + "\n\n" + paras("g-a04")[1], ["g-a04"], "excerpt")
post("kim-bitahan", "facebook", at("g-a05", 28), paras("g-a05")[1] + "\n\n" + paras("g-a05")[2] + "\n\nAyo adik-adik mahasiswa Tapin daftar!", ["g-a05"], "excerpt")
post("kim-birayang", "facebook", at("g-a06", 3), curly(paras("g-a06")[3]), ["g-a06"], "excerpt")
post("kim-pemurus-dalam", "instagram", at("g-a08", 40), paras("g-a08")[0] + " " + paras("g-a08")[1] + " ... Lihat selengkapnya", ["g-a08"], "excerpt")
post("kim-simpang-empat", "telegram", at("g-a09", 30), paras("g-a09")[1] + "\n\n" + paras("g-a09")[3] + "\n\n(dikutip dari Humas Tanbu)", ["g-a09"], "excerpt")
post("kim-babirik", "website", at("g-a11", 52), paras("g-a11")[0] + "\n\n" + paras("g-a11")[2] + "\n\n" + paras("g-a11")[3], ["g-a11"], "excerpt",
     title_="Bedah Rumah HSU, Babirik Terbanyak")
post("kim-sigam", "facebook", at("g-a12", 5), paras("g-a12")[0] + "\n\n" + paras("g-a12")[2], ["g-a12"], "excerpt")
post("kim-guntung-manggis", "instagram", at("g-a13", 60), paras("g-a13")[1] + "\n\nSemangat warga Guntung Manggis! 💪 #LombaKebersihan", ["g-a13"], "excerpt")
post("kim-astambul", "telegram", at("g-a14", 100), paras("g-a14")[1] + "\n\n" + paras("g-a14")[2], ["g-a14"], "excerpt")
post("kim-kelua", "facebook", at("g-a15", 6), "Sosialisasi stunting tahap 2 👇\n\n" + paras("g-a15")[0] + "\n\n" + paras("g-a15")[3], ["g-a15"], "excerpt")
post("kim-takisung", "facebook", at("g-a16", 12), paras("g-a16")[0] + "\n\n" + paras("g-a16")[1], ["g-a16"], "excerpt")
post("kim-takisung", "telegram", at("g-a17", 50), paras("g-a17")[1], ["g-a17"], "excerpt")
post("kim-paringin-timur", "facebook", at("g-a18", 20), paras("g-a18")[1] + "\n\n" + paras("g-a18")[3], ["g-a18"], "excerpt")
post("kim-paringin-timur", "facebook", at("g-a20", 4), paras("g-a20")[0] + "\n\n" + paras("g-a20")[1][:110] + "... Lihat selengkapnya", ["g-a20"], "excerpt")

# ---------------------------------------------------------------- summary (18)
post("kim-binuang", "facebook", at("g-a01", 26),
     "Dinas Pertanian Tapin mengadakan vaksinasi rabies gratis untuk anjing, kucing dan kera sampai akhir Februari. Targetnya 6.500 ekor. "
     "Tahun lalu ada 37 kasus gigitan anjing, terbanyak di Piani dan Bungur. Hewan peliharaan jangan dilepas dulu sampai petugas datang ke desa.",
     ["g-a01"], "summary")
post("kim-kandangan-kota", "website", at("g-a02", 50),
     "Mulai Kamis (20/2) Dispertan HSS keliling desa memberi vaksin rabies gratis, sasarannya 4,2 ribu hewan penular rabies di sebelas kecamatan sampai 15 Maret. "
     "Tahun lalu tercatat 21 kasus gigitan dan 1 kasus positif rabies di Loksado. Hewan yang sudah divaksin diberi kalung penanda.",
     ["g-a02"], "summary", title_="Vaksin Rabies Gratis di HSS")
post("kim-kuin-utara", "facebook", at("g-a03", 20),
     "Warga Kuin Utara, Pangeran, Sungai Miai dan Alalak Utara, listrik akan padam hari Sabtu 22 Februari dari jam 8 pagi sampai jam 3 sore. "
     "PLN mengganti 14 tiang dan memangkas pohon di Jalan Brigjen Hasan Basri. Siapkan air bersih dan cas HP dari sekarang ya.",
     ["g-a03"], "summary")
post("kim-pemurus-dalam", "facebook", at("g-a04", 40),
     "Pengumuman: Minggu, 9 Maret, listrik padam pukul 09.00-16.00 di Pemurus Dalam, Pemurus Baru, Kelayan Selatan dan Tanjung Pagar. "
     "PLN memasang 2 trafo 250 kVA di Jalan AMD dan Jalan Tembus Mantuil supaya tegangan malam tidak turun lagi.",
     ["g-a04"], "summary")
post("kim-anjir-pasar", "website", at("g-a05", 72),
     "Pemprov Kalsel membuka Beasiswa Kalsel Cerdas 2025 untuk 1.200 mahasiswa D3, S1 dan S2. Besarnya Rp6 juta per semester, total anggaran Rp7,2 miliar. "
     "Syaratnya KTP Kalsel, kampus terakreditasi dan IPK minimal 3. Daftar di beasiswa.kalselprov.go.id sampai 30 April, pengumuman 2 Juni.",
     ["g-a05"], "summary", title_="Beasiswa Kalsel Cerdas Dibuka")
post("kim-birayang", "website", at("g-a06", 96),
     "Kabar baik untuk warga Batang Alai dan Hantakan: Pemkab HST membangun jalan cor beton 18 km lebar 4 meter yang menghubungkan sembilan desa. "
     "Anggarannya Rp24,5 miliar dari APBD 2025 dan ditargetkan rampung November. Warga Datar Batung dan Hinas Kiri tidak lagi lewat jalan tanah.",
     ["g-a06"], "summary", title_="Jalan Cor Beton 18 Km untuk Batang Alai")
post("kim-binuang", "website", at("g-a07", 70),
     "Pembangunan jalan desa 11 km di Tapin Selatan dan Salam Babaris sudah dimulai Rabu kemarin. Jalan beton 3,5 meter ini menghubungkan enam desa ke jalan provinsi, "
     "biayanya Rp15,8 miliar dan selesai Oktober 2025. Ruas Suato Tatakan dan Pantai Cabe yang sering putus saat banjir akhirnya dicor, plus dua jembatan beton.",
     ["g-a07"], "summary", title_="Jalan Desa Tapin Selatan")
post("kim-pemurus-dalam", "facebook", at("g-a08", 50),
     "Catat tanggalnya: 14-15 Juni ada Festival Kuliner Banua di Siring Menara Pandang, jam 3 sore sampai 11 malam. Ada 120 stan soto Banjar, ketupat Kandangan, nasi itik gambut, bingka. "
     "Parkir di Balai Kota karena Jalan Piere Tendean ditutup. Pedagang dilarang pakai styrofoam.",
     ["g-a08"], "summary")
post("kim-simpang-empat", "website", at("g-a09", 75),
     "Satpol PP Tanah Bumbu mencari 60 anggota kontrak baru. Pendaftaran 25 Februari sampai 10 Maret. Syarat: usia 18-30 tahun, minimal SMA, tinggi 165 cm (pria) dan 155 cm (wanita), KTP Tanbu. "
     "Tes kesamaptaan di Lapangan Gagas. Gratis, awas calo!",
     ["g-a09"], "summary", title_="Rekrutmen Satpol PP Tanbu")
post("kim-anjir-pasar", "facebook", at("g-a10", 30),
     "Dua ratus lima puluh keluarga di Batola dapat bantuan bedah rumah tahun ini, masing-masing bahan bangunan senilai Rp20 juta (total Rp5 miliar). "
     "Prioritas lansia, janda dan disabilitas, termasuk di Anjir Pasar. Rumah dikerjakan gotong royong dan harus selesai dalam dua bulan.",
     ["g-a10"], "summary")
post("kim-babirik", "facebook", at("g-a11", 100),
     "Program bedah rumah HSU tahun 2025 untuk 180 rumah di 10 kecamatan, bantuan Rp17,5 juta per rumah. Babirik, Danau Panggang dan Paminggir paling banyak. "
     "Rumah panggung di rawa tiang ulinnya diganti tiang beton. Target selesai sebelum Hari Jadi HSU bulan Agustus.",
     ["g-a11"], "summary")
post("kim-sigam", "website", at("g-a12", 60),
     "Empat puluh pemuda dari desa di kawasan Geopark Meratus, termasuk dari Kotabaru, ikut pelatihan pemandu wisata lima hari di Banjarbaru sampai 27 April. "
     "Materinya interpretasi geologi, bahasa Inggris, P3K dan keselamatan susur sungai. Lulusannya dapat sertifikat BNSP.",
     ["g-a12"], "summary", title_="Pemuda Dilatih Jadi Pemandu Geopark")
post("kim-guntung-manggis", "facebook", at("g-a13", 120),
     "Lomba Kebersihan Antar-RT Banjarbaru diikuti 564 RT. Penilaian 19/5 s.d. 20/6, juri datang tanpa kabar. Yang dinilai pemilahan sampah, bank sampah, saluran air dan toga. "
     "Hadiah total Rp150 juta untuk 15 RT terbaik, juara 1 dapat Rp25 juta.",
     ["g-a13"], "summary")
post("kim-astambul", "website", at("g-a14", 80),
     "Mulai 7 Juni, setiap Sabtu jam 6 sampai 10 pagi ada Pasar Tani di halaman Kantor Distan Banjar Km 40. 35 kelompok tani dari Astambul, Karang Intan, Mataraman dan Sungai Tabuk "
     "menjual sayur, buah, telur, ikan dan beras. Harganya 10-15% lebih murah dari pasar.",
     ["g-a14"], "summary", title_="Pasar Tani Tiap Sabtu")
post("kim-kelua", "website", at("g-a15", 60),
     "DPPKB Tabalong melanjutkan sosialisasi cegah stunting tahap dua sampai 17 April. Sasarannya 1.800 catin, ibu hamil dan ibu menyusui. "
     "Catin wajib cek Hb dan lingkar lengan 3 bulan sebelum menikah. Stunting Tabalong 2024 masih 18,2%. Peserta dapat tablet tambah darah dan telur dari Baznas.",
     ["g-a15"], "summary", title_="Stunting Tahap Dua")
post("kim-takisung", "website", at("g-a16", 40),
     "Sabtu 25 Januari ada gerakan tanam pohon serentak se-Kalsel. Dishut menyiapkan 100 ribu bibit ulin, meranti, jengkol, durian, kemiri dan mangga kasturi, "
     "gratis diambil di persemaian dan kantor KPH. Utamakan lahan kritis, bantaran sungai dan halaman sekolah. Unggah fotonya pakai #RevolusiHijauKalsel.",
     ["g-a16"], "summary", title_="Tanam Pohon Serentak")
post("kim-paringin-timur", "website", at("g-a18", 45),
     "Vaksinasi PMK di Balangan: Paringin dan Paringin Selatan 13-15 Februari, Lampihong dan Batumandi 17-19 Februari, lalu Juai, Halong, Awayan dan Tebing Tinggi 20-26 Februari. "
     "Ada 3,5 ribu dosis untuk sapi, kerbau dan kambing. Petugas datang ke kandang, gratis.",
     ["g-a18"], "summary", title_="Jadwal Vaksin PMK Balangan")
post("kim-sigam", "facebook", at("g-a19", 30),
     "CPNS Pemprov Kalsel 2025: 412 formasi (205 guru SMA/SMK, 118 nakes RSUD Ulin dan Ansari Saleh, 89 teknis). Daftar 17 Juni s.d. 6 Juli di SSCASN, cuma boleh pilih satu formasi. "
     "Hasil administrasi diumumkan 15 Juli.",
     ["g-a19"], "summary")

# ---------------------------------------------------------------- paraphrase (12)
post("kim-bitahan", "facebook", at("g-a01", 60),
     "Dangsanak barataan nang baisi hayam... eh anjing wan kucing 😅 Dinas Pertanian Tapin lagi keliling mambari vaksin rabies gratis sampai akhir Februari! "
     "Jangan dilapas dulu hewannya sampai petugas datang lah. Kalau tagigit, basuh pakai sabun 15 menit, langsung ka puskesmas 🙏 #StopRabies #Tapin",
     ["g-a01"], "paraphrase")
post("kim-padang-batung", "instagram", at("g-a02", 100),
     "Bubuhan Padang Batung wan Loksado nang baisi anjing pemburu, vaksin rabies gratis sudah datang! 🐕💉 Sampai 15 Maret haja lah. "
     "Hewan nang sudah divaksin dibari kalung. Kada usah ragu, gratis jar Pak Kadis 👍 #HSS #Rabies",
     ["g-a02"], "paraphrase")
post("kim-kuin-utara", "facebook", at("g-a03", 44),
     "Ayuha warga Kuin Utara, Alalak Utara, Sungai Miai wan Pangeran, isuk Sabtu lampu padam dari jam 8 sampai jam 3 sore lah ⚡😩 "
     "PLN handak baganti tiang di Jalan Hasan Basri. Isi banyu wan cas HP dulu! #PemadamanListrik #Banjarmasin",
     ["g-a03"], "paraphrase")
post("kim-birayang", "facebook", at("g-a06", 150),
     "Alhamdulillah, jalan ka Datar Batung wan Hinas Kiri kada bapacak lagi! 🛣️ Pemkab HST mambangun jalan cor 18 kilo di Batang Alai, sampai November. "
     "Karet wan kayu manis kawa diangkut ka pasar Birayang satangah jam haja. Ayo kita awasi pambangunannya 👀 #HST #JalanDesa",
     ["g-a06"], "paraphrase")
post("kim-kuin-utara", "instagram", at("g-a08", 60),
     "Siapa nang handak bakulineran? 🍜 Festival Kuliner Banua tanggal 14-15 Juni di Siring Menara Pandang! Ada soto Banjar, katupat Kandangan, nasi itik, bingka, amparan tatak 😋 "
     "Parkir di Balai Kota lah, jalan Tendean ditutup. #FestivalKulinerBanua #Banjarmasin",
     ["g-a08"], "paraphrase")
post("kim-simpang-empat", "instagram", at("g-a09", 120),
     "Pemuda Tanbu nang handak jadi Satpol PP, ini kesempatan pian! 👮 Ada 60 lowongan, umur 18-30, minimal SMA. Daftar sampai 10 Maret lah. "
     "Ingat, kada bayar sapir-pun, jangan percaya calo! #SatpolPPTanbu #Lowongan",
     ["g-a09"], "paraphrase")
post("kim-anjir-pasar", "facebook", at("g-a10", 150),
     "Bubuhan Anjir Pasar nang rumahnya sudah reyot, ada bantuan bedah rumah dari Pemkab Batola 🏠 250 kaluarga dapat bahan bangunan 20 juta. "
     "Nang diutamakan nini-nini, janda wan disabilitas. Bagawi bagotong royong lah kita 💪 #BedahRumah #Batola",
     ["g-a10"], "paraphrase")
post("kim-babirik", "instagram", at("g-a11", 170),
     "Rumah lanting wan rumah panggung di rawa Babirik kawa dibedah! 🏡 Pemkab HSU mambari 17,5 juta sabuah rumah, 180 unit. Tihang ulin diganti tihang beton, jar Pak Kadis. "
     "Mudahan rampung sabalum Hari Jadi HSU 🙏 #HSU #BedahRumah",
     ["g-a11"], "paraphrase")
post("kim-guntung-manggis", "instagram", at("g-a13", 200),
     "Warga RT bubuhan kita, ayo barasih-barasih! 🧹 Lomba Kebersihan Antar-RT Banjarbaru, juri datang kada bapadah. Juara satu dapat 25 juta lah 🤩 "
     "Pilah sampah, bank sampah, saluran banyu, toga. #BanjarbaruBersih",
     ["g-a13"], "paraphrase")
post("kim-kelua", "instagram", at("g-a15", 120),
     "Gasan pian nang handak kawin 💍 wan nang lagi bapadaran, ada sosialisasi cegah stunting tahap dua di Tabalong sampai 17 April. "
     "Catin wajib cek Hb wan lingkar lengan 3 bulan sabalum nikah. Ada tablet tambah darah wan hintalu gratis! #CegahStunting #Tabalong",
     ["g-a15"], "paraphrase")
post("kim-takisung", "facebook", at("g-a17", 90),
     "Bubuhan peternak Takisung, vaksin PMK sudah datang 🐄 Kada usah mambawa sapi ka kantor, petugas nang datang ka kandang. "
     "Sapi nang sakit kada disuntik dulu, lapor ka posko PMK lah. #PMK #TanahLaut",
     ["g-a17"], "paraphrase")
post("kim-paringin-timur", "instagram", at("g-a20", 48),
     "Pian nang handak jadi PNS di Balangan 👔 ada 97 formasi CPNS, guru, nakes wan teknis. Daftar di SSCASN sampai 10 Juli. "
     "Urang luar daerah kawa haja asal siap bagawi 10 tahun di Balangan 😊 #CPNSBalangan",
     ["g-a20"], "paraphrase")

# ---------------------------------------------------------------- link (18)
U = url
post("kim-binuang", "facebook", at("g-a01", 0.5), "Vaksin rabies gratis di Tapin, info lengkap:", ["g-a01"], "link",
     links=[U("g-a01") + "?utm_source=facebook&utm_medium=social&fbclid=IwAR3kQx9"])
post("kim-kandangan-kota", "facebook", at("g-a02", 5), "Baca: " + U("g-a02").replace("https://", "http://"), ["g-a02"], "link",
     links=[U("g-a02").replace("https://", "http://")])
post("kim-kuin-utara", "telegram", at("g-a03", 0.25), "Jadwal padam Sabtu 👇 " + U("g-a03").replace("https://", "https://www."), ["g-a03"], "link",
     links=[U("g-a03").replace("https://", "https://www.")])
post("kim-pemurus-dalam", "facebook", at("g-a04", 1), "Info pemadaman Minggu", ["g-a04"], "link",
     links=[U("g-a04") + "?m=1"])
post("kim-guntung-manggis", "facebook", at("g-a05", 2), "Beasiswa Kalsel Cerdas sudah dibuka! Sumber: kalselprov.go.id", ["g-a05"], "link",
     links=["https://m.kalselprov.go.id/berita/beasiswa-kalsel-cerdas-2025-dibuka/"])
post("kim-birayang", "facebook", at("g-a06", 7), "Jalan desa Batang Alai", ["g-a06"], "link",
     links=["http://www." + U("g-a06")[len("https://"):] + "/?fbclid=IwZXh0bgNhZW0CMTEAAR0"])
post("kim-binuang", "telegram", at("g-a07", 10), U("g-a07") + "/", ["g-a07"], "link", links=[U("g-a07") + "/"])
post("kim-pemurus-dalam", "facebook", at("g-a08", 4), "Festival Kuliner Banua 2025 😋", ["g-a08"], "link",
     links=[U("g-a08") + "?utm_campaign=fkb2025"])
post("kim-simpang-empat", "facebook", at("g-a09", 12), "Lowongan Satpol PP Tanbu, cek syaratnya di sini " + U("g-a09"), ["g-a09"], "link", links=[U("g-a09")])
post("kim-anjir-pasar", "facebook", at("g-a10", 1), "Bedah rumah Batola 2025", ["g-a10"], "link",
     links=[U("g-a10").replace("https://", "https://www.") + "?fbclid=IwAR1bedah"])
post("kim-babirik", "telegram", at("g-a11", 2), "Program bedah rumah HSU: " + U("g-a11"), ["g-a11"], "link", links=[U("g-a11")])
post("kim-sigam", "facebook", at("g-a12", 9), "Pelatihan pemandu wisata Geopark Meratus", ["g-a12"], "link",
     links=[U("g-a12") + "amp/"])
post("kim-padang-batung", "facebook", at("g-a12", 30), "Selamat buat pemuda Meratus 👏 " + U("g-a12").rstrip("/").replace("https://", "http://"), ["g-a12"], "link",
     links=[U("g-a12").rstrip("/").replace("https://", "http://")])
post("kim-guntung-manggis", "facebook", at("g-a13", 3), "Lomba kebersihan antar-RT", ["g-a13"], "link",
     links=[U("g-a13") + "?utm_source=wa&utm_medium=share"])
post("kim-astambul", "facebook", at("g-a14", 20), "Pasar Tani tiap Sabtu, info:", ["g-a14"], "link", links=["https://www.banjarkab.go.id/berita/pasar-tani-martapura-setiap-sabtu/"])
post("kim-kelua", "telegram", at("g-a15", 3), "Sosialisasi stunting tahap 2 " + U("g-a15"), ["g-a15"], "link", links=[U("g-a15")])
post("kim-takisung", "facebook", at("g-a16", 1), "Ayo tanam pohon Sabtu ini 🌳", ["g-a16"], "link",
     links=["http://kalselprov.go.id/berita/gerakan-tanam-pohon-serentak-revolusi-hijau-2025?fbclid=IwAR0tanam"])
post("kim-paringin-timur", "facebook", at("g-a20", 1.5), "CPNS Balangan 2025", ["g-a20"], "link",
     links=["https://m.balangankab.go.id/berita/detail/pengumuman-cpns-balangan-2025-97-formasi?utm_source=fb"])

# ---------------------------------------------------------------- roundup (8)
post("kim-bitahan", "facebook", at("g-a02", 60),
     "Kilas info sepekan KIM Bitahan:\n\n1. Vaksinasi rabies gratis di Tapin masih berjalan sampai 28 Februari. Target 6.500 hewan, jangan lepas anjing dan kucing sebelum petugas datang.\n\n"
     "2. Di HSS vaksinasi rabies gratis juga dimulai Kamis (20/2), sasaran 4.200 hewan sampai 15 Maret, hewan yang divaksin diberi kalung penanda.\n\n"
     "3. Kerja bakti membersihkan langgar Nurul Huda hari Minggu pagi.",
     ["g-a01", "g-a02"], "roundup")
post("kim-pemurus-dalam", "facebook", at("g-a04", 80),
     "Rangkuman info warga minggu ini:\n- Listrik padam Minggu 9 Maret jam 09.00-16.00 di Pemurus Dalam, Pemurus Baru, Kelayan Selatan dan Tanjung Pagar, PLN pasang 2 trafo baru 250 kVA.\n"
     "- Posyandu Melati buka Selasa depan.\n- Pendaftaran TPA Al-Falah untuk anak usia 5-12 tahun masih dibuka.",
     ["g-a04"], "roundup")
post("kim-binuang", "website", at("g-a07", 100),
     "Info Pekan Ini\n\n(1) Jalan desa 11 kilometer di Tapin Selatan dan Salam Babaris mulai dibangun, anggaran Rp15,8 miliar, selesai Oktober 2025.\n\n"
     "(2) Di HST, jalan cor beton 18 km di Batang Alai dan Hantakan juga mulai dikerjakan, menghubungkan 9 desa, dana Rp24,5 miliar.\n\n"
     "(3) Pasar Binuang pindah sementara ke lapangan karena renovasi.",
     ["g-a07", "g-a06"], "roundup", title_="Info Pekan Ini")
post("kim-anjir-pasar", "facebook", at("g-a11", 40),
     "Info sepekan:\n1️⃣ Bedah rumah Batola: 250 keluarga menerima bahan bangunan Rp20 juta, prioritas lansia, janda dan disabilitas, selesai 60 hari.\n"
     "2️⃣ Di HSU ada program serupa untuk 180 rumah, Rp17,5 juta per rumah, terbanyak di Babirik dan Danau Panggang.\n3️⃣ Panen padi di Anjir Pasar mundur karena hujan.",
     ["g-a10", "g-a11"], "roundup")
post("kim-guntung-manggis", "website", at("g-a08", 30),
     "Rekap berita sepekan:\n\n• Festival Kuliner Banua 14–15 Juni di Siring Menara Pandang, 120 stan, parkir di Balai Kota karena Jalan Piere Tendean ditutup.\n\n"
     "• Pasar Tani Distan Banjar buka tiap Sabtu mulai 7 Juni di Km 40 Martapura, harga 10–15 persen lebih murah.\n\n• Senam sehat RW 04 tiap Minggu pagi.",
     ["g-a08", "g-a14"], "roundup", title_="Rekap Berita Sepekan")
post("kim-kelua", "facebook", at("g-a15", 200),
     "Kabar Kelua minggu ini 📌\n1. Sosialisasi cegah stunting tahap dua untuk catin, ibu hamil dan menyusui sampai 17 April, catin cek Hb 3 bulan sebelum nikah.\n"
     "2. Pengajian akbar di Masjid Al-Muttaqin Kamis malam.\n3. Jembatan gantung Desa Pulau sudah diperbaiki warga.",
     ["g-a15"], "roundup")
post("kim-paringin-timur", "facebook", at("g-a18", 80),
     "Rangkuman info:\n\n1) Vaksinasi PMK Balangan 3.500 dosis, jadwal Paringin 13-15 Februari, Lampihong-Batumandi 17-19 Februari, Juai, Halong, Awayan, Tebing Tinggi 20-26 Februari.\n\n"
     "2) Di Tanah Laut vaksinasi PMK tahap pertama 8.000 dosis, Jorong dan Kintap tanggal 10-14 Februari.\n\n3) Turnamen voli antar-RT Paringin Timur dimulai Sabtu.",
     ["g-a18", "g-a17"], "roundup")
post("kim-sigam", "website", at("g-a20", 60),
     "Ringkasan Informasi Lowongan Pekan Ini\n\nA. CPNS Pemprov Kalsel: 412 formasi (205 guru SMA/SMK, 118 nakes, 89 teknis), daftar sampai 6 Juli di SSCASN.\n\n"
     "B. CPNS Balangan: 97 formasi, daftar sampai 10 Juli, pelamar luar daerah boleh asal siap bertugas 10 tahun.\n\n"
     "C. Koperasi nelayan Sigam membuka lowongan juru tulis, hubungi kantor koperasi.",
     ["g-a19", "g-a20"], "roundup", title_="Info Lowongan Pekan Ini")

# ---------------------------------------------------------------- negative-topic (24)
NT = "negative-topic"
post("kim-takisung", "facebook", at("g-a01", 120),
     "Petugas Puskeswan Takisung menyuntik 45 ekor anjing dan kucing warga Desa Kuala Tambangan, Sabtu (15/2/2025). Vaksinasi rabies ini bagian dari program rutin Disnakkeswan Tanah Laut. Warga diminta mengikat anjingnya.",
     [], NT)
post("kim-bitahan", "facebook", at("g-a01", 200),
     "Seorang anak di Desa Bitahan Baru digigit anjing liar, Rabu sore. Korban langsung dibawa ke Puskesmas Lokpaikat dan mendapat vaksin antirabies. Warga diminta waspada dengan anjing tak bertuan di sekitar kebun karet.",
     [], NT)
post("kim-astambul", "website", at("g-a02", 96),
     "ASTAMBUL – Dinas Pertanian Kabupaten Banjar menggelar vaksinasi rabies gratis bagi anjing, kucing dan kera peliharaan di 20 kecamatan mulai Senin (24/2/2025) hingga 22 Maret 2025. "
     "Sasaran vaksinasi tahun ini 5.100 ekor hewan penular rabies. Warga Astambul dapat membawa hewannya ke kantor kecamatan setiap Selasa.",
     [], NT, title_="Vaksinasi Rabies Gratis di Kabupaten Banjar")
post("kim-kuin-utara", "facebook", at("g-a03", 110),
     "Listrik di Kuin Utara padam mendadak tadi malam sekitar 3 jam karena gangguan jaringan akibat pohon tumbang di Jalan Kuin Utara. Petugas PLN sudah memperbaiki pukul 01.00 Wita. Mohon maaf warga.",
     [], NT)
post("kim-pemurus-dalam", "facebook", at("g-a04", 300),
     "Pemberitahuan pemadaman listrik terjadwal pada Sabtu (22/3/2025) pukul 08.00 hingga 14.00 Wita di Kelurahan Sungai Lulut, Pengambangan dan Kuripan, Kecamatan Banjarmasin Timur. "
     "PLN akan mengganti kabel jaringan di Jalan Sultan Adam. Siapkan air bersih sebelum pemadaman.",
     [], NT)
post("kim-anjir-pasar", "facebook", at("g-a05", 150),
     "Baznas Barito Kuala membuka beasiswa untuk 50 mahasiswa kurang mampu asal Batola, masing-masing Rp2.500.000 per semester. Pendaftaran di kantor Baznas Marabahan sampai 25 April 2025.",
     [], NT)
post("kim-birayang", "facebook", at("g-a06", 200),
     "Warga Desa Pantai Hambawang bergotong royong menimbun jalan tanah sepanjang 400 meter dengan batu koral swadaya, Minggu (11/5/2025). Jalan ini belum masuk program pembangunan kabupaten.",
     [], NT)
post("kim-padang-batung", "website", at("g-a07", 140),
     "KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan memulai pembangunan jalan desa sepanjang 7 kilometer di Kecamatan Loksado dan Padang Batung, Senin (19/5/2025). "
     "Jalan cor beton selebar 3 meter itu dibiayai APBD 2025 sebesar Rp9.600.000.000 dan ditargetkan selesai Desember 2025.",
     [], NT, title_="Jalan Desa Loksado Mulai Dibangun")
post("kim-bitahan", "facebook", at("g-a07", 120),
     "Jalan usaha tani di Desa Bitahan sepanjang 350 meter selesai dicor dari Dana Desa 2025 sebesar Rp180 juta. Petani karet sekarang bisa membawa hasil panen dengan motor.",
     [], NT)
post("kim-kuin-utara", "facebook", at("g-a08", 200),
     "Komunitas pedagang Kuin menggelar Bazar Kuliner Kampung Kuin di Taman Kamboja, 21–22 Juni 2025. Ada 40 stan jajanan, lomba makan soto dan musik panting. Masuk gratis!",
     [], NT)
post("kim-simpang-empat", "facebook", at("g-a09", 100),
     "Satpol PP Tanah Bumbu menertibkan 23 lapak pedagang kaki lima di trotoar Pasar Batulicin, Jumat (28/2/2025). Pedagang diarahkan pindah ke los pasar yang masih kosong.",
     [], NT)
post("kim-sigam", "facebook", at("g-a09", 150),
     "Satpol PP dan Damkar Kotabaru membuka penerimaan 40 tenaga kontrak, pendaftaran 3-14 Maret 2025 di kantor Satpol PP Kotabaru. Syarat usia 18-28 tahun dan minimal SMA.",
     [], NT)
post("kim-anjir-pasar", "facebook", at("g-a10", 200),
     "Baznas Batola dan warga RT 04 Anjir Pasar Kota bergotong royong membedah rumah Nenek Salamah (78). Dinding papan dan atap yang bocor diganti, selesai dalam 10 hari.",
     [], NT)
post("kim-babirik", "facebook", at("g-a11", 150),
     "Satgas TMMD Kodim 1001 Amuntai merehab 6 rumah tidak layak huni di Desa Babirik Hulu sebagai sasaran fisik TMMD ke-123. Prajurit bekerja bersama warga selama 30 hari.",
     [], NT)
post("kim-kelua", "website", at("g-a11", 110),
     "TANJUNG – Pemerintah Kabupaten Tabalong meluncurkan program bedah rumah tidak layak huni tahun 2025 untuk 120 unit di 12 kecamatan, Senin (31/3/2025). "
     "Setiap rumah mendapat bantuan Rp15.000.000 berupa bahan bangunan. Kelua mendapat 14 unit.",
     [], NT, title_="Bedah Rumah Tabalong 120 Unit")
post("kim-padang-batung", "facebook", at("g-a12", 100),
     "Pokdarwis Loksado berlatih penyelamatan di sungai untuk joki lanting bambu, Minggu (27/4/2025), bersama relawan BPBD HSS. Ada 22 joki yang ikut.",
     [], NT)
post("kim-guntung-manggis", "facebook", at("g-a13", 150),
     "SDN 2 Guntung Manggis menjadi juara lomba sekolah Adiwiyata tingkat Kota Banjarbaru. Siswa mengelola bank sampah dan kebun sekolah sendiri. Selamat!",
     [], NT)
post("kim-astambul", "facebook", at("g-a14", 150),
     "Gerakan Pangan Murah di Kantor Kecamatan Astambul, Kamis (12/6/2025): beras SPHP 5 kg Rp62.500, minyak goreng, gula dan telur. Disediakan 600 paket.",
     [], NT)
post("kim-kelua", "facebook", at("g-a15", 90),
     "Rembuk stunting Desa Pulau digelar di balai desa, Sabtu (29/3/2025). Ada 11 balita stunting di desa ini. Dana desa dialokasikan untuk PMT dan jamban sehat.",
     [], NT)
post("kim-takisung", "facebook", at("g-a16", 100),
     "Mahasiswa KKN ULM bersama warga menanam 500 bibit mangrove di Pantai Takisung, Minggu (26/1/2025), untuk menahan abrasi. Bibit dari Balai Pengelolaan DAS Barito.",
     [], NT)
post("kim-takisung", "facebook", at("g-a17", 150),
     "Dua ekor sapi milik warga Desa Tabanio menunjukkan gejala air liur berlebih. Petugas Disnakkeswan datang mengambil sampel, ternak diisolasi sambil menunggu hasil lab.",
     [], NT)
post("kim-sigam", "website", at("g-a18", 90),
     "KOTABARU – Dinas Ketahanan Pangan dan Pertanian Kabupaten Kotabaru mulai menyuntikkan vaksin penyakit mulut dan kuku (PMK) kepada sapi dan kambing, Senin (17/2/2025). "
     "Sebanyak 2.000 dosis disiapkan untuk Pulau Laut Utara, Pulau Laut Sigam dan Kelumpang Hilir.",
     [], NT, title_="Vaksinasi PMK di Kotabaru")
post("kim-sigam", "facebook", at("g-a20", 60),
     "Pemkab Kotabaru membuka 160 formasi CPNS 2025, pendaftaran 26 Juni sampai 12 Juli melalui sscasn.bkn.go.id. Formasi terbanyak guru SD di pulau-pulau.",
     [], NT)
post("kim-binuang", "facebook", at("g-a19", 100),
     "Tips lolos SKD CPNS dari alumni KIM Binuang: perbanyak latihan soal TWK, atur waktu, dan jangan percaya calo. Semangat pejuang NIP!",
     [], NT)

# ---------------------------------------------------------------- negative-unrelated (18)
NU = "negative-unrelated"
post("kim-bitahan", "facebook", "2025-02-14T16:00:00+08:00", "Panen jeruk di kebun warga Bitahan tahun ini melimpah. Harga di pengepul Rp8.000 per kilo. Alhamdulillah.", [], NU)
post("kim-binuang", "facebook", "2025-05-20T07:00:00+08:00", "Selamat Hari Kebangkitan Nasional! Upacara di halaman Kantor Kecamatan Binuang diikuti pelajar dan ASN.", [], NU)
post("kim-kandangan-kota", "facebook", "2025-02-22T10:00:00+08:00",
     "Baca juga dari Pemkab HSS: peresmian rumah singgah pasien di Banjarmasin https://hulusungaiselatankab.go.id/berita/rumah-singgah-pasien-hss-diresmikan",
     [], NU, links=["https://hulusungaiselatankab.go.id/berita/rumah-singgah-pasien-hss-diresmikan"])
post("kim-kuin-utara", "facebook", "2025-02-25T09:00:00+08:00",
     "Gangguan air PDAM Bandarmasih di Kuin Utara hari ini karena perbaikan pipa. Air normal kembali sore hari.", [], NU)
post("kim-pemurus-dalam", "facebook", "2025-03-08T20:00:00+08:00",
     "Pemkot Banjarmasin: jadwal pelayanan adminduk keliling bulan Maret https://banjarmasinkota.go.id/2025/03/jadwal-adminduk-keliling-maret.html",
     [], NU, links=["https://banjarmasinkota.go.id/2025/03/jadwal-adminduk-keliling-maret.html"])
post("kim-birayang", "website", "2025-05-10T11:00:00+08:00",
     "Tim futsal pemuda Birayang juara turnamen antar-kecamatan se-HST setelah menang 4-2 di final. Piala diserahkan Camat Batang Alai Selatan.", [], NU, title_="Futsal Birayang Juara")
post("kim-simpang-empat", "facebook", "2025-03-01T08:00:00+08:00", "Jalan santai HUT Kabupaten Tanah Bumbu diikuti ribuan warga di Lapangan Gagas Simpang Empat. Hadiah utama sepeda motor.", [], NU)
post("kim-anjir-pasar", "facebook", "2025-03-20T15:00:00+08:00", "Harga gabah kering panen di Anjir Pasar turun ke Rp5.800 per kilo. Petani berharap Bulog segera menyerap.", [], NU)
post("kim-babirik", "facebook", "2025-04-02T09:00:00+08:00", "Lomba jukung hias memeriahkan lebaran di Sungai Babirik. 18 jukung ikut, juara pertama dari Desa Murung Panti.", [], NU)
post("kim-guntung-manggis", "facebook", "2025-05-15T20:00:00+08:00",
     "Sumber: banjarbarukota.go.id — Pemkot Banjarbaru membuka pendaftaran sekolah rakyat. Info lebih lanjut ke Dinas Sosial.", [], NU)
post("kim-guntung-manggis", "facebook", "2025-06-01T08:00:00+08:00",
     "Berita lain dari Pemkot: https://banjarbarukota.go.id/2025/05/28/penataan-taman-van-der-pijl/",
     [], NU, links=["https://banjarbarukota.go.id/2025/05/28/penataan-taman-van-der-pijl/"])
post("kim-astambul", "facebook", "2025-06-05T17:00:00+08:00", "Maulid Habsyi di Masjid Jami Astambul malam Jumat. Warga diundang hadir, konsumsi dari jemaah.", [], NU)
post("kim-kelua", "facebook", "2025-03-30T07:00:00+08:00", "Minal aidin wal faizin, mohon maaf lahir dan batin dari pengurus KIM Kelua 🙏", [], NU)
post("kim-takisung", "facebook", "2025-02-09T10:00:00+08:00", "Pantai Takisung ramai dikunjungi wisatawan akhir pekan ini. Pedagang jagung bakar kebanjiran pembeli.", [], NU)
post("kim-paringin-timur", "facebook", "2025-02-20T19:00:00+08:00",
     "Baca: Bupati Balangan resmikan gedung PAUD https://balangankab.go.id/berita/detail/bupati-resmikan-gedung-paud-paringin",
     [], NU, links=["https://balangankab.go.id/berita/detail/bupati-resmikan-gedung-paud-paringin"])
post("kim-sigam", "facebook", "2025-06-20T06:00:00+08:00",
     "Artikel pendaftaran PPPK Kalsel tahun lalu masih sering dibagikan, hati-hati informasi lama: https://kalselprov.go.id/berita/pendaftaran-pppk-kalsel-2024",
     [], NU, links=["https://kalselprov.go.id/berita/pendaftaran-pppk-kalsel-2024"])
post("kim-kandangan-kota", "website", "2025-03-10T12:00:00+08:00",
     "Warga Kandangan Kota menggelar lomba memasak ketupat Kandangan antar-RT dalam rangka Hari Jadi HSS. Juara pertama RT 07.", [], NU, title_="Lomba Ketupat Kandangan")
post("kim-padang-batung", "telegram", "2025-04-25T18:00:00+08:00", "Jadwal ronda malam RT 02 bulan Mei sudah ditempel di pos kamling. Mohon dicek masing-masing.", [], NU)

# ---------------------------------------------------------------- before (8)
B = "before"
post("kim-kuin-utara", "facebook", at("g-a03", -20),
     "Kabar dari Lurah Kuin Utara: Sabtu ini kemungkinan ada pemadaman listrik untuk penggantian tiang di Jalan Hasan Basri. Tunggu pengumuman resmi PLN ya.", [], B)
post("kim-birayang", "facebook", at("g-a06", -22),
     "Besok Bupati HST dijadwalkan meninjau dimulainya pembangunan jalan desa di Batang Alai Selatan. Alat berat sudah tiba di Birayang sore ini.", [], B)
post("kim-simpang-empat", "facebook", at("g-a09", -70),
     "Kabarnya Satpol PP Tanbu akan membuka rekrutmen anggota baru dalam waktu dekat. Siapkan ijazah SMA dan KTP, tunggu info resminya.", [], B)
post("kim-takisung", "facebook", at("g-a16", -30),
     "Bibit pohon gratis dari KPH Tanah Laut sudah bisa diambil untuk gerakan tanam pohon akhir pekan ini. Ada bibit durian dan jengkol.", [], B)
post("kim-sigam", "facebook", at("g-a19", -100),
     "Formasi CPNS Pemprov Kalsel 2025 kabarnya segera diumumkan minggu depan. Siapkan ijazah, transkrip dan swafoto dengan KTP.", [], B)
post("kim-pemurus-dalam", "facebook", at("g-a08", -240),
     "Pendaftaran stan Festival Kuliner Banua 2025 dibuka untuk UMKM Banjarmasin sampai akhir bulan. Hubungi Disbudpar Kota.", [], B)
post("kim-guntung-manggis", "facebook", at("g-a13", -40),
     "Warga RT 05 Guntung Manggis gotong royong membersihkan saluran dan membuat pojok pilah sampah, bersiap kalau ada lomba kebersihan RT tahun ini.", [], B)
post("kim-takisung", "facebook", at("g-a17", -18),
     "Vaksin PMK untuk ternak sudah tiba di kantor Disnakkeswan Pelaihari siang ini. Petugas akan mulai turun ke kandang-kandang warga.", [], B)


def main() -> None:
    (HERE / "kims.yaml").write_text(KIMS, encoding="utf-8")
    with (HERE / "announcements.jsonl").open("w", encoding="utf-8") as out:
        for aid, source, link, head, when, text in A:
            out.write(json.dumps({"id": aid, "source": source, "url": link, "title": head, "text": text,
                                  "published_at": when}, ensure_ascii=False) + "\n")
    with (HERE / "posts.jsonl").open("w", encoding="utf-8") as out, \
            (HERE / "labels.jsonl").open("w", encoding="utf-8") as labels:
        for p in POSTS:
            out.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"],
                                  "url": f"https://example.org/{p['kim']}/{p['id']}", "title": p["title"],
                                  "text": p["text"], "published_at": p["when"], "links": p["links"]},
                                 ensure_ascii=False) + "\n")
            labels.write(json.dumps({"post": p["id"], "announcements": p["gold"], "style": p["style"]}) + "\n")


def check() -> None:
    """Timing rule of the dev set: every gold pair 10 min – 20 days after its announcement."""
    for p in POSTS:
        for aid in p["gold"]:
            delay = datetime.fromisoformat(p["when"]) - datetime.fromisoformat(ann[aid][4])
            assert timedelta(minutes=10) <= delay <= timedelta(days=20), (p["id"], aid, delay)


if __name__ == "__main__":
    check()
    main()
