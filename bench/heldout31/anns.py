# Hand-written releases for heldout31 (outside writer). Each: id, src, reg, date, title, text, S (short own-words),
# L (long own-words or ""), P (Banjar/casual paraphrase), N (look-alikes: (region, text, differs)), B (before post or "").
A = []
def ann(**k): A.append(k)

# ---------------- F1 inseminasi buatan sapi
ann(id="a01", src="disbunnak-kalsel", reg="prov", date="2026-11-03 10:20", title="Disbunnak Kalsel Targetkan 6.000 Sapi Betina Ikut Inseminasi Buatan Gratis",
text="BANJARBARU – Dinas Perkebunan dan Peternakan Provinsi Kalimantan Selatan memulai program inseminasi buatan (IB) gratis bagi 6.000 ekor sapi betina milik peternak di 13 kabupaten/kota, Selasa (3/11/2026). Program berjalan hingga 18 Desember 2026 dengan 74 petugas inseminator.\n\nKepala Disbunnak Kalsel, Rahmadi Syahrani, mengatakan IB mempercepat kelahiran pedet dengan bibit unggul. “Peternak cukup lapor ke penyuluh desa saat sapinya birahi, petugas datang tanpa biaya,” ujarnya.\n\nSemen beku jenis Limousin dan Simental disediakan dari UPTD Pembibitan Ternak Banjarbaru. (disbunnak/rs)",
S="IB gratis utk 6.000 sapi betina se-Kalsel sampai 18 Des. Lapor penyuluh kalau sapi birahi.",
L="Disbunnak Provinsi Kalsel membuka inseminasi buatan gratis untuk 6.000 sapi betina di semua kabupaten/kota sampai 18 Desember. Ada 74 inseminator yang siap datang; peternak tinggal melapor ke penyuluh desa saat sapinya birahi. Semen beku Limousin dan Simental dari UPTD Pembibitan Ternak Banjarbaru.",
P="Pian nang bepiara sapi, dangarakan 🐄 Disbunnak Kalsel ada kawin suntik gratis, anam ribu ikung sapi bibinian se-Banua, sampai 18 Disimbir. Amun sapi pian birahi, padahi haja ka penyuluh, petugas datang kada bebayar. #IB #Kalsel",
N=[("tla","Kelompok ternak Sumber Rejeki Tambang Ulang syukuran, 12 pedet hasil IB tahun lalu lahir sehat bulan ini.","result of last year's IB round, own figures"),
   ("prov","Kilas balik: tahun 2025 program IB provinsi menyasar 4.500 sapi betina. Angka kelahirannya diumumkan Maret.","last year's edition"),
   ("tbl","Petugas UPTD Pembibitan Ternak Banjarbaru hari ini melayani penjualan bibit kambing PE, bukan sapi.","same venue, another livestock service")],
B="Katanya bulan ini ada kawin suntik sapi gratis dari provinsi, betul kah? Kelompok ternak kami belum dapat surat.")

ann(id="a02", src="pemkab-tanah-laut", reg="tla", date="2026-11-10 09:30", title="850 Sapi di Pelaihari dan Tambang Ulang Dapat Inseminasi Buatan Program Provinsi",
text="PELAIHARI – Dinas Peternakan Tanah Laut mulai melayani inseminasi buatan bagi 850 ekor sapi betina di Kecamatan Pelaihari dan Tambang Ulang, Selasa (10/11/2026). Layanan ini bagian dari program IB gratis Disbunnak Provinsi Kalsel.\n\nKepala Dinas Peternakan Tanah Laut, Sugianor Basri, menyebut sembilan inseminator bertugas bergiliran di 21 desa. “Sapi yang sudah IB akan kami periksa kebuntingannya dua bulan lagi,” katanya.\n\nKecamatan Bati-Bati dan Kurau menyusul mulai 24 November 2026. (diskominfo-tala/sb)",
S="Tanah Laut: 850 sapi betina di Pelaihari & Tambang Ulang dapat IB gratis mulai 10/11.",
L="Program IB gratis provinsi sudah masuk Tanah Laut. Sembilan inseminator melayani 850 sapi betina di 21 desa Kecamatan Pelaihari dan Tambang Ulang mulai Selasa 10 November. Dua bulan lagi sapinya diperiksa bunting atau belum; Bati-Bati dan Kurau menyusul 24 November.",
P="Di Pelaihari wan Tambang Ulang sudah datang petugas kawin suntik sapi, dalapan ratus limapuluh ikung nang dilayani. Sapi pian kaina diparaksa bunting kadanya dua bulan lagi. Bati-Bati wan Kurau sabar dulu, 24 Nopember baru 👍",
N=[("tla","Jadwal IB gelombang berikutnya di Kurau: tanggal 25/11, 230 sapi di 6 desa. Peternak dimohon siapkan kandang jepit.","next stage: the other kecamatan's round, own date and figure"),
   ("tbu","Tanah Bumbu juga mulai IB sapi hari ini, 850 ekor di Kusan Hulu dan Mentewe.","another kabupaten's edition, same figure, told apart by place"),
   ("tla","Pemeriksaan kebuntingan (PKb) 140 sapi hasil IB Agustus di Tambang Ulang, 96 positif bunting.","earlier round's pregnancy check, own figures")],
B="Besok pagi petugas IB mampir ke kandang kelompok di Tambang Ulang, sapi jangan dilepas dulu ya.")

ann(id="a03", src="pemkab-tabalong", reg="tbl", date="2026-11-17 14:10", title="Tabalong Gelar Gertak Birahi dan IB untuk 400 Sapi di Muara Uya",
text="TANJUNG – Pemerintah Kabupaten Tabalong menggelar program gertak birahi dan inseminasi buatan bagi 400 ekor sapi betina di Kecamatan Muara Uya, Selasa (17/11/2026). Program ini dibiayai APBD Tabalong dan terpisah dari kuota provinsi.\n\nKepala Dinas Pertanian Tabalong, Hairil Anwar Rifani, mengatakan sapi lebih dulu disuntik hormon agar birahi serentak. “Dengan birahi serentak, satu petugas bisa melayani 30 ekor sehari,” ujarnya.\n\nPeternak juga menerima vitamin dan obat cacing. Kegiatan berlangsung hingga 5 Desember 2026. (prokopim-tbl/ha)",
S="Tabalong: gertak birahi + IB utk 400 sapi di Muara Uya, dana APBD, s.d. 5 Des.",
L="Tabalong jalankan program sendiri: 400 sapi betina di Muara Uya disuntik hormon supaya birahi serentak lalu di-IB, dibiayai APBD kabupaten. Peternak juga dapat vitamin dan obat cacing. Berlangsung sampai 5 Desember.",
P="Bubuhan peternak Muara Uya, ampat ratus ikung sapi bibinian disuntik gertak birahi lalu di-IB lah, duitnya matan APBD Tabalong. Dapat vitamin wan ubat cacing jua. Sampai 5 Disimbir haja 🐄",
N=[("tbl","Gertak birahi 2025 di Muara Uya dulu 250 sapi, sekarang katanya lebih banyak.","last year's edition"),
   ("blg","Balangan adakan gertak birahi 400 sapi di Halong, mulai hari ini.","another kabupaten's edition, same figure"),
   ("tbl","Pembagian obat cacing gratis untuk kambing di Banua Lawas, Rabu ini.","same give-away, other animals and place")],
B="")

# ---------------- F2 ayam KUB
ann(id="a04", src="pemprov-kalsel", reg="prov", date="2026-11-04 13:00", title="Pemprov Kalsel Salurkan 12.000 Ayam KUB ke 120 Kelompok Wanita Tani",
text="BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menyalurkan 12.000 ekor ayam Kampung Unggul Balitbangtan (KUB) kepada 120 kelompok wanita tani (KWT) di 13 kabupaten/kota, Rabu (4/11/2026). Setiap kelompok menerima 100 ekor ayam umur tiga minggu beserta pakan untuk dua bulan.\n\nAsisten Perekonomian Setdaprov Kalsel, Muhammad Ridwan Saleh, mengatakan ayam KUB bertelur lebih banyak dibanding ayam kampung biasa. “Telurnya bisa dijual, bisa juga untuk gizi anak di rumah,” katanya.\n\nPenyaluran ke kabupaten berlangsung bertahap hingga 20 November 2026. (adpim/mrs)",
S="12.000 ayam KUB utk 120 KWT se-Kalsel, 100 ekor per kelompok plus pakan 2 bulan.",
L="Pemprov Kalsel membagikan 12 ribu ayam KUB umur tiga minggu ke 120 kelompok wanita tani di semua kabupaten/kota. Tiap kelompok dapat 100 ekor dan pakan untuk dua bulan. Penyaluran bertahap sampai 20 November; telurnya untuk dijual atau gizi anak.",
P="Bubuhan KWT, Pemprov ada mambagi hayam KUB, sapuluh ribu dua ribu ikung gasan saratus dua puluh kelompok 🐔 Saikung kelompok dapat saratus ikung wan makanannya dua bulan. Hintalunya kawa dijual, kawa jua gasan anak 😋",
N=[("bjb","Bantuan 2025: waktu itu 8.000 ayam KUB untuk 80 KWT. Tahun ini kabarnya naik lagi.","last year's edition"),
   ("bjm","Pasar ayam potong Basirih hari ini Rp36 ribu/kg, DOC broiler langka.","same animal, unrelated market news"),
   ("prov","Asisten Perekonomian Setdaprov hari ini membuka rapat penyaluran pupuk, bukan ayam.","same official, another event")],
B="Dengar-dengar KWT bakal dapat ayam kampung unggul dari provinsi. Ada yang tahu jadwalnya?")

ann(id="a05", src="pemkab-hsu", reg="hsu", date="2026-11-12 10:45", title="15 KWT di Babirik dan Haur Gading Terima 1.500 Ayam KUB Bantuan Provinsi",
text="AMUNTAI – Sebanyak 15 kelompok wanita tani di Kecamatan Babirik dan Haur Gading menerima 1.500 ekor ayam KUB bantuan Pemerintah Provinsi Kalsel, Kamis (12/11/2026). Penyerahan dilakukan di Balai Penyuluhan Pertanian Babirik.\n\nKepala Dinas Pertanian HSU, Fahrurrazi Mahdi, meminta kelompok membuat kandang panggung agar ayam aman dari banjir. “Wilayah kita rawa, kandang harus tinggi,” ujarnya.\n\nPenyuluh akan mendampingi pemeliharaan hingga ayam mulai bertelur sekitar bulan Maret 2027. (diskominfo-hsu/fm)",
S="HSU: 1.500 ayam KUB utk 15 KWT Babirik & Haur Gading, kandang harus panggung.",
L="Bantuan ayam KUB provinsi sampai di HSU. 15 KWT di Babirik dan Haur Gading menerima 1.500 ekor di BPP Babirik, Kamis 12 November. Dinas Pertanian minta kandang dibuat panggung karena rawa, dan penyuluh mendampingi sampai ayam bertelur sekitar Maret 2027.",
P="KWT di Babirik wan Haur Gading dapat hayam KUB saribu lima ratus ikung 🐔 Pesan kadis, kandangnya bapanggung, daerah kita rawa, kaina banyu naik hayam hanyut. Maret tahun depan mudahan sudah behintalu.",
N=[("hsu","KWT Mawar Haur Gading panen telur itik Alabio 400 butir minggu ini.","same KWT, other poultry"),
   ("hsu","Di BPP Babirik besok ada pelatihan pembuatan pakan itik, bukan penyerahan ayam.","same venue, another event"),
   ("tpn","Tapin juga terima ayam KUB, 1.500 ekor untuk 15 KWT di Bakarangan dan Tapin Tengah.","another kabupaten's edition, same figures")],
B="")

ann(id="a06", src="pemkab-batola", reg="btl", date="2026-11-19 15:30", title="40 Peternak Belawang Dilatih Beternak Ayam Kampung Petelur",
text="MARABAHAN – Pemkab Barito Kuala melatih 40 peternak dari Kecamatan Belawang beternak ayam kampung petelur di Aula Kantor Camat Belawang, Kamis (19/11/2026). Pelatihan dua hari ini dibiayai APBD Batola.\n\nKepala Dinas Pertanian dan Peternakan Batola, Noor Hidayat Akbar, mengatakan peserta belajar menetaskan telur dengan mesin tetas sederhana. “Setelah pelatihan, setiap peternak membawa pulang satu mesin tetas kapasitas 100 butir,” katanya.\n\nPelatihan serupa untuk Kecamatan Wanaraya dijadwalkan Februari 2027. (kominfo-batola/nh)",
S="40 peternak Belawang ikut pelatihan ayam kampung petelur, bawa pulang mesin tetas 100 butir.",
L="",
P="Ampat puluh peternak Belawang baajar bepiara hayam kampung behintalu, dua hari di kantor camat. Bulik-bulik masing-masing mambawa mesin tetas saratus butir. Wanaraya kaina Pebruari 👍",
N=[("btl","Pelatihan ayam kampung untuk Wanaraya ditunda ke Februari 2027, pendaftaran dibuka Januari.","next stage: another kecamatan's round"),
   ("btl","Aula Kantor Camat Belawang dipakai musyawarah BUMDes hari ini.","same venue, unrelated event"),
   ("bjr","Pelatihan ayam kampung 40 peternak juga di Astambul minggu ini, dari kelompok swadaya.","same figure, another place and organiser")],
B="Besok 40 orang peternak dari desa-desa Belawang kumpul di kantor camat, ada pelatihan ayam. Bawa alat tulis.")

# ---------------- F3 pas kecil kapal nelayan
ann(id="a07", src="dishub-kalsel", reg="prov", date="2026-11-05 09:15", title="Dishub Kalsel Buka Gerai Pas Kecil Gratis untuk 600 Kapal Nelayan",
text="BANJARBARU – Dinas Perhubungan Provinsi Kalimantan Selatan membuka gerai layanan pas kecil gratis bagi 600 kapal nelayan di bawah 7 GT di enam kabupaten pesisir, Kamis (5/11/2026). Gerai berpindah dari Tanah Laut, Tanah Bumbu, Kotabaru, Barito Kuala, Banjar hingga Banjarmasin.\n\nKepala Dishub Kalsel, Arief Budiman Saputra, mengatakan pas kecil adalah surat kebangsaan kapal yang wajib dibawa saat melaut. “Banyak nelayan belum punya karena mengira harus ke kantor pelabuhan dan berbayar,” ujarnya.\n\nNelayan membawa KTP, foto kapal dan surat keterangan kepala desa. Gerai dibuka hingga 30 November 2026. (dishub/abs)",
S="Pas kecil gratis utk 600 kapal nelayan <7 GT, gerai keliling 6 kabupaten s.d. 30 Nov.",
L="Dishub Kalsel membuat gerai keliling pas kecil gratis untuk 600 kapal nelayan di bawah 7 GT di enam kabupaten pesisir. Cukup bawa KTP, foto kapal dan surat keterangan kades. Buka sampai 30 November.",
P="Nelayan dangsanak, pas kecil gasan kapal di bawah 7 GT wahini gratis lah, kada usah ka pelabuhan. Gerainya bajalan ka anam kabupaten sampai 30 Nopember. Bawa KTP, gambar kapal, wan surat pambakal 🚤",
N=[("tla","KSOP Kotabaru tarik tarif pas besar kapal di atas 7 GT, bukan yang gratis ya.","other document, other office"),
   ("prov","Tahun 2025 gerai pas kecil Dishub Kalsel melayani 420 kapal.","last year's edition"),
   ("tbu","Pemeriksaan kelengkapan jaket pelampung kapal nelayan oleh Polairud di Sungai Loban pagi ini.","same boats, another check")],
B="Ada kabar Dishub provinsi mau bikin layanan surat kapal gratis untuk nelayan. Surat apa ya? Tunggu pengumuman.")

ann(id="a08", src="pemkab-kotabaru", reg="ktb", date="2026-11-13 11:20", title="Gerai Pas Kecil Hadir di Pulau Laut Sigam, 180 Kapal Didata",
text="KOTABARU – Gerai pas kecil gratis Dinas Perhubungan Provinsi Kalsel hadir di Kantor Camat Pulau Laut Sigam, Jumat (13/11/2026). Pada hari pertama 180 kapal nelayan didata dan diukur.\n\nKepala Dishub Kotabaru, Syahriansyah Putra, mengatakan petugas mengukur panjang dan lebar kapal di dermaga desa. “Data ukuran itu yang dicetak di pas kecil, jadi kapal harus dibawa,” ujarnya.\n\nPas kecil diserahkan kepada nelayan paling lambat 27 November 2026. (diskominfo-ktb/sp)",
S="Kotabaru: 180 kapal nelayan didata utk pas kecil di Pulau Laut Sigam, 13/11.",
L="Gerai pas kecil provinsi mampir di Kantor Camat Pulau Laut Sigam hari Jumat 13 November. Di hari pertama 180 kapal nelayan diukur di dermaga desa; kapalnya harus dibawa karena ukurannya dicetak di surat. Pas kecil diserahkan paling lambat 27 November.",
P="Di Sigam tadi ramai nelayan mambawa kapal ka dermaga, saratus dalapan puluh buting diukur gasan pas kecil. Kapalnya wajib dibawa lah, kada kawa cuma gambar. Suratnya diserahkan paling lambat 27 Nopember 🚤",
N=[("ktb","Pengukuran ulang kapal di Pulau Laut Barat minggu depan, khusus kapal di atas 7 GT.","another place, other vessels"),
   ("tbu","Di Angsana gerai pas kecil mendata 180 kapal hari ini.","another kabupaten's stop, same figure"),
   ("ktb","Dermaga desa Sigam diperbaiki, papan ulin diganti 40 lembar.","same venue, unrelated")],
B="Besok gerai surat kapal datang ke kantor camat Sigam, nelayan bawa kapalnya ke dermaga ya.")

ann(id="a09", src="pemkab-kotabaru", reg="ktb", date="2026-11-27 10:00", title="212 Nelayan Kotabaru Terima Pas Kecil Gratis",
text="KOTABARU – Sebanyak 212 nelayan Kotabaru menerima pas kecil gratis dalam penyerahan di Siring Laut, Jumat (27/11/2026). Pas kecil ini hasil pendataan gerai Dishub Provinsi Kalsel di Pulau Laut Sigam dan Pulau Laut Utara.\n\nSekretaris Daerah Kotabaru, Akhmad Fauzan Ridha, meminta nelayan menyimpan pas kecil di kapal. “Kalau diperiksa petugas di laut, surat ini yang menyelamatkan,” katanya.\n\nNelayan yang belum terdata bisa mendaftar pada gerai berikutnya tahun 2027. (diskominfo-ktb/afr)",
S="212 nelayan Kotabaru terima pas kecil gratis di Siring Laut 27/11.",
L="Hasil gerai pas kecil provinsi di Kotabaru: 212 nelayan dari Pulau Laut Sigam dan Pulau Laut Utara menerima surat kebangsaan kapal gratis di Siring Laut, Jumat 27 November. Sekda minta surat disimpan di kapal; yang belum terdata menunggu gerai 2027.",
P="Alhamdulillah dua ratus dua walas nelayan Kotabaru sudah bapagang pas kecil, diserahakan di Siring Laut. Simpan di kapal lah, amun diparaksa di laut aman 👍",
N=[("ktb","Siring Laut ramai lomba perahu hias hari Minggu, tidak ada hubungannya dengan pas kecil.","same venue, another event"),
   ("tbu","Tanah Bumbu serahkan 212 pas kecil di Pagatan minggu depan.","another kabupaten's result, same figure"),
   ("ktb","Sekda Kotabaru melantik pengurus HNSI kecamatan di aula kantor bupati.","same official, another event")],
B="")

# ---------------- F4 merek UMKM
ann(id="a10", src="disperindag-kalsel", reg="prov", date="2026-11-02 08:40", title="Disperindag Kalsel Buka Fasilitasi Pendaftaran Merek Gratis untuk 500 UMKM",
text="BANJARMASIN – Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Selatan membuka fasilitasi pendaftaran merek gratis bagi 500 pelaku UMKM, Senin (2/11/2026). Pendaftaran dibuka hingga Sabtu (14/11/2026) melalui dinas perdagangan kabupaten/kota.\n\nKepala Disperindag Kalsel, Nurhasanah Fitriani, mengatakan biaya pendaftaran merek ke DJKI ditanggung APBD provinsi. “Merek yang terdaftar melindungi produk UMKM dari penjiplakan, apalagi kalau mau masuk toko modern,” ujarnya.\n\nSyaratnya KTP, NIB dan contoh label produk. Hasil seleksi diumumkan akhir November 2026. (disperindag/nf)",
S="Daftar merek gratis utk 500 UMKM, dibuka s.d. 14 Nov, syarat KTP, NIB, label.",
L="Disperindag Kalsel menanggung biaya pendaftaran merek ke DJKI untuk 500 UMKM. Daftar lewat dinas perdagangan kabupaten/kota sampai 14 November dengan KTP, NIB dan contoh label. Hasil seleksi diumumkan akhir November.",
P="Pian nang bejualan wadai atawa kripik, mereknya daftarakan gratis lah 😍 Disperindag Kalsel nanggung biayanya gasan lima ratus UMKM, sampai 14 Nopember. Bawa KTP, NIB wan label. Supaya produk pian kada ditiru urang.",
N=[("bjm","Pelatihan desain label kemasan untuk UMKM Basirih minggu ini, gratis, bukan pendaftaran merek.","related service, another event"),
   ("prov","Tahun 2025 fasilitasi merek Disperindag untuk 300 UMKM, sertifikat keluar Juni.","last year's edition"),
   ("tpn","Sosialisasi sertifikasi halal untuk UMKM Bakarangan oleh Kemenag, Kamis.","same audience, another certificate")],
B="Info dari grup UMKM: katanya provinsi mau bayarin daftar merek. Siapkan NIB dulu dari sekarang.")

ann(id="a11", src="pemkot-banjarmasin", reg="bjm", date="2026-11-09 13:30", title="80 UMKM Banjarmasin Didampingi Daftar Merek Gratis",
text="BANJARMASIN – Dinas Perdagangan dan Perindustrian Kota Banjarmasin mendampingi 80 pelaku UMKM mengisi formulir pendaftaran merek gratis program Disperindag Kalsel, Senin (9/11/2026), di Gedung Kayuh Baimbai.\n\nKepala Disdagperin Banjarmasin, Ikhsan Maulana Yusuf, mengatakan banyak UMKM ditolak karena nama mereknya mirip merek orang lain. “Kami cek dulu di pangkalan data merek supaya tidak sia-sia,” ujarnya.\n\nPendampingan kedua dibuka Kamis (12/11/2026) untuk 40 UMKM lagi. (diskominfo-bjm/imy)",
S="Banjarmasin dampingi 80 UMKM daftar merek gratis di Kayuh Baimbai, 9/11.",
L="",
P="Di Kayuh Baimbai tadi dalapan puluh UMKM Banjarmasin diajari maisi formulir daftar merek gratis. Nama merek dicek dulu, amun mirip urang lain kaina ditolak. Kamis ada pulang gasan ampat puluh lagi.",
N=[("bjm","Gedung Kayuh Baimbai hari ini dipakai bazar UMKM akhir pekan, 60 stan.","same venue, another event"),
   ("bjm","Pendampingan kedua merek Kamis nanti khusus 40 UMKM kuliner, kuota sudah penuh.","next stage: the second round"),
   ("bjb","Banjarbaru juga dampingi 80 UMKM daftar merek, di Mess L.","another city's edition, same figure")],
B="")

ann(id="a12", src="disperindag-kalsel", reg="prov", date="2026-11-26 16:00", title="412 UMKM Lolos Seleksi Fasilitasi Merek Gratis Disperindag Kalsel",
text="BANJARMASIN – Disperindag Kalsel mengumumkan 412 dari 631 pelaku UMKM pendaftar lolos seleksi fasilitasi pendaftaran merek gratis, Kamis (26/11/2026). Terbanyak dari Banjarmasin 71 UMKM, Kabupaten Banjar 58 dan Hulu Sungai Selatan 39.\n\nKepala Disperindag Kalsel, Nurhasanah Fitriani, mengatakan permohonan merek segera diajukan ke DJKI. “Sertifikat biasanya terbit enam sampai sembilan bulan,” katanya.\n\nDaftar nama lengkap dapat dilihat di kantor dinas perdagangan kabupaten/kota. (disperindag/nf)",
S="412 UMKM lolos fasilitasi merek gratis, terbanyak Banjarmasin 71.",
L="Hasil seleksi merek gratis Disperindag Kalsel: 412 dari 631 pendaftar lolos. Banjarmasin paling banyak (71), lalu Banjar (58) dan HSS (39). Permohonan diajukan ke DJKI, sertifikat terbit 6–9 bulan lagi.",
P="Alhamdulillah, ampat ratus dua walas UMKM lulus daftar merek gratis. Banjarmasin paling banyak, tujuh puluh satu. Sertifikatnya agak lawas, anam sampai sanga bulan 😅",
N=[("hss","Sertifikat merek UMKM HSS dari fasilitasi 2025 akhirnya terbit, 22 pelaku usaha menerima.","earlier edition's certificates"),
   ("prov","Disperindag Kalsel umumkan 412 pedagang pasar dapat bantuan gerobak.","same figure, another programme"),
   ("bjr","UMKM Martapura Barat belum lolos kurasi toko oleh-oleh bandara, coba lagi Januari.","another selection")],
B="")

# ---------------- F5 APILL / lampu lalu lintas
ann(id="a13", src="pemkot-banjarbaru", reg="bjb", date="2026-11-06 10:10", title="Dishub Banjarbaru Pasang Enam APILL Baru di Simpang Rawan",
text="BANJARBARU – Dinas Perhubungan Kota Banjarbaru memasang enam alat pemberi isyarat lalu lintas (APILL) baru di simpang rawan kecelakaan, Jumat (6/11/2026). Lokasinya antara lain simpang Jalan Trikora–Guntung Manggis dan simpang Golf Landasan Ulin.\n\nKepala Dishub Banjarbaru, Rizal Fahmi Hasbi, mengatakan pemasangan didasarkan data 37 kecelakaan selama 2025. “APILL baru ini memakai hitung mundur supaya pengendara tidak menerobos,” ujarnya.\n\nUji coba berlangsung dua pekan sebelum APILL dinyalakan penuh pada Senin (23/11/2026). (humas-bjb/rfh)",
S="Banjarbaru pasang 6 lampu merah baru di simpang rawan, menyala penuh 23/11.",
L="Dishub Banjarbaru memasang enam APILL dengan hitung mundur di simpang rawan, termasuk Trikora–Guntung Manggis dan simpang Golf Landasan Ulin. Dasarnya 37 kecelakaan tahun 2025. Dua pekan uji coba, menyala penuh Senin 23 November.",
P="Wahini ada anam lampu merah hanyar di Banjarbaru, salah satunya di simpang Trikora–Guntung Manggis. Ada hitungan mundurnya, jadi jangan manarubus lagi lah 🚦 Mulai 23 Nopember nyala panuh.",
N=[("bjb","Lampu merah simpang empat Banjarbaru mati sejak pagi, petugas mengatur manual.","outage of an old light, not the new ones"),
   ("bjb","Simpang Golf Landasan Ulin macet karena truk mogok, hindari dulu.","same place, traffic incident"),
   ("bjm","Dishub Banjarmasin pasang enam CCTV ATCS di simpang Jalan A. Yani.","same figure, other equipment and city")],
B="Ada tiang lampu merah didirikan di simpang Trikora Guntung Manggis, kapan nyala ya?")

ann(id="a14", src="pemkab-hss", reg="hss", date="2026-11-16 09:00", title="Tiga APILL Baru Mulai Menyala di Kandangan",
text="KANDANGAN – Pemkab Hulu Sungai Selatan menyalakan tiga APILL baru di Kota Kandangan, Senin (16/11/2026). APILL dipasang di simpang Jalan Aluh Idut, simpang Pasar Kandangan dan depan SMPN 1 Kandangan.\n\nKepala Dinas Perhubungan HSS, Mahfuzh Rahmatullah, mengatakan APILL di depan sekolah menyala kuning berkedip di luar jam sekolah. “Pagi dan siang saat anak-anak menyeberang, lampunya penuh,” katanya.\n\nDishub menempatkan petugas di ketiga simpang selama sepekan pertama. (kominfo-hss/mr)",
S="3 lampu merah baru nyala di Kandangan mulai 16/11, satu di depan SMPN 1.",
L="",
P="Kandangan wahini ada talu lampu merah hanyar: simpang Aluh Idut, simpang pasar, wan di muka SMPN 1. Nang di muka sakulahan nyala panuh pas kakanakan bamula wan bulik sakulah. Hati-hati bubuhan pengendara 🚦",
N=[("hss","Lampu merah simpang Pasar Kandangan tadi sempat mati 20 menit karena listrik padam.","incident after, no release facts"),
   ("hss","Zebra cross depan SMPN 1 Kandangan dicat ulang oleh OSIS hari Sabtu.","same place, another activity"),
   ("tpn","Rantau juga dapat tiga APILL baru, dinyalakan hari ini di simpang Jalan Brigjen Hasan Basry.","another kabupaten's edition, same figure")],
B="")

ann(id="a15", src="pemkab-tanbu", reg="tbu", date="2026-11-20 14:00", title="Tanah Bumbu Pasang APILL Tenaga Surya di Empat Simpang Simpang Empat",
text="BATULICIN – Pemkab Tanah Bumbu memasang APILL bertenaga surya di empat persimpangan Kecamatan Simpang Empat, Jumat (20/11/2026). Anggarannya Rp1,1 miliar dari APBD 2026.\n\nKepala Dinas Perhubungan Tanbu, Andi Muhammad Yusran, mengatakan tenaga surya dipilih agar lampu tetap menyala saat listrik padam. “Baterainya tahan 18 jam tanpa matahari,” ujarnya.\n\nDishub juga memasang 20 rambu peringatan di jalur angkutan batu bara. (diskominfo-tanbu/amy)",
S="Tanbu pasang APILL tenaga surya di 4 simpang Simpang Empat, Rp1,1 M.",
L="Empat simpang di Kecamatan Simpang Empat kini punya APILL tenaga surya yang tetap menyala saat listrik padam (baterai 18 jam). Biayanya Rp1,1 miliar APBD 2026. Dishub Tanbu juga menambah 20 rambu di jalur angkutan batu bara.",
P="Lampu merah di Simpang Empat wahini pakai tenaga matahari, ampat simpang. Amun PLN padam kada mati lampunya, baterai tahan dalapan walas jam ☀️🚦 #Tanbu",
N=[("tbu","PJU tenaga surya dipasang di jalan desa Sungai Loban, 30 titik, swadaya desa.","same technology, other equipment"),
   ("tbu","Rambu di jalur hauling batu bara Angsana rusak ditabrak truk.","same road type, incident"),
   ("tbu","Kecelakaan di simpang Kodim Batulicin, dua motor bersenggolan.","same area, unrelated incident")],
B="Pekerja memasang tiang dan panel surya di simpang dekat kantor bupati. Ada yang tahu untuk apa?")

# ---------------- F6 melon greenhouse
ann(id="a16", src="distph-kalsel", reg="prov", date="2026-11-03 15:40", title="Distan TPH Kalsel Bangun 20 Greenhouse Melon untuk Petani Milenial",
text="BANJARBARU – Dinas Tanaman Pangan dan Hortikultura Provinsi Kalimantan Selatan membangun 20 unit greenhouse melon untuk kelompok petani milenial di sembilan kabupaten/kota, Selasa (3/11/2026). Setiap greenhouse berukuran 8 x 24 meter dan berisi 600 tanaman.\n\nKepala Distan TPH Kalsel, Yusuf Effendi Noor, mengatakan melon greenhouse bisa dipanen 70 hari setelah tanam. “Petani muda kami harapkan melihat bertani sebagai usaha, bukan sekadar warisan orang tua,” ujarnya.\n\nPembangunan selesai pertengahan November dan penanaman serentak dimulai awal Desember 2026. (distph/yen)",
S="20 greenhouse melon utk petani milenial di 9 kab/kota, tanam serentak awal Desember.",
L="Distan TPH Kalsel membangun 20 greenhouse melon 8x24 meter (600 tanaman per unit) untuk kelompok petani milenial di sembilan kabupaten/kota. Melon bisa dipanen 70 hari setelah tanam; penanaman serentak awal Desember.",
P="Bubuhan anak muda nang handak batani, Distan Kalsel mambangun dua puluh rumah kaca gasan batanam melon 🍈 Saunit anam ratus batang, tujuh puluh hari sudah kawa diambil. Awal Disimbir batanam baimbai.",
N=[("bjb","Panen melon di greenhouse SMK PP Banjarbaru, 1,2 ton, milik sekolah sendiri.","school's own greenhouse"),
   ("prov","Tahun 2024 provinsi membangun 8 greenhouse cabai, bukan melon.","other crop, earlier year"),
   ("hss","Petani Daha Utara tanam semangka di lahan terbuka 3 hektare.","other crop, open field")],
B="Di lahan BPP ada rangka besi didirikan, katanya mau jadi greenhouse melon dari provinsi.")

ann(id="a17", src="pemkab-banjar", reg="bjr", date="2026-11-13 10:30", title="Dua Greenhouse Melon Bantuan Provinsi Berdiri di Astambul",
text="MARTAPURA – Dua unit greenhouse melon bantuan Distan TPH Provinsi Kalsel selesai dibangun di Desa Astambul Kota, Kecamatan Astambul, Jumat (13/11/2026). Pengelolanya Kelompok Tani Milenial Tunas Harapan yang beranggotakan 18 pemuda.\n\nKepala Dinas Pertanian Kabupaten Banjar, Gusti Rafiqi Ansyari, meminta kelompok mencatat biaya tanam sejak awal. “Catatan itu penting supaya kelihatan untungnya dan bisa ditiru kelompok lain,” katanya.\n\nBenih melon varietas Golden dan Inthanon akan disemai pada 1 Desember 2026. (diskominfo-banjar/gra)",
S="2 greenhouse melon bantuan provinsi berdiri di Astambul Kota, dikelola 18 pemuda.",
L="Bantuan greenhouse melon provinsi sudah berdiri di Desa Astambul Kota. Pengelolanya Poktan Milenial Tunas Harapan (18 pemuda). Dinas Pertanian Banjar minta biaya dicatat dari awal. Semai benih Golden dan Inthanon 1 Desember.",
P="Di Astambul sudah badiri dua rumah kaca melon, bubuhan pemuda Tunas Harapan nang maurus, dalapan walas ikung. Tanggal 1 Disimbir bamula manyamai banih 🍈 Mudahan bungas hasilnya!",
N=[("bjr","Kelompok Tunas Harapan Astambul panen timun suri untuk Ramadan lalu, 2 ton.","same group, earlier other crop"),
   ("bjr","Greenhouse hidroponik sayur swadaya pemuda Sungai Rangas diresmikan kades.","village's own version, other crop"),
   ("tbl","Tabalong juga dapat dua greenhouse melon, di Banua Lawas, dikelola 18 pemuda.","another kabupaten's edition, same figures")],
B="")

ann(id="a18", src="pemkot-banjarbaru", reg="bjb", date="2026-11-24 09:20", title="Panen Perdana Melon Greenhouse di Cempaka Capai 2,4 Ton",
text="BANJARBARU – Kelompok Tani Milenial Bangkal Jaya di Kecamatan Cempaka memanen perdana melon dari dua greenhouse, Selasa (24/11/2026). Hasilnya 2,4 ton dengan harga jual Rp22.000 per kilogram.\n\nWali Kota Banjarbaru melalui Kepala Dinas Ketahanan Pangan dan Pertanian, Hendra Wijaya Lubis, mengatakan greenhouse ini dibangun dengan dana kota pada Agustus. “Setengah hasil panen sudah dipesan toko buah di Banjarbaru dan Martapura,” ujarnya.\n\nKelompok akan menanam ulang pada pekan kedua Desember 2026. (humas-bjb/hwl)",
S="Panen perdana melon greenhouse Bangkal Jaya, Cempaka: 2,4 ton, Rp22 ribu/kg.",
L="Petani milenial Bangkal Jaya di Cempaka panen perdana melon dari dua greenhouse yang dibangun Pemkot Agustus lalu: 2,4 ton, dijual Rp22.000/kg, separuhnya sudah dipesan toko buah. Tanam ulang pekan kedua Desember.",
P="Alhamdulillah, panen melon hanyar di Bangkal, dua ton ampat kuintal! Rega dua puluh dua ribu sakilo. Satangahnya sudah dipasan toko buah Banjarbaru wan Martapura 🍈🍈",
N=[("bjb","Panen melon kedua Bangkal Jaya nanti akhir Februari, pemesan boleh daftar dari sekarang.","next harvest, later"),
   ("bjb","Pasar buah Cempaka: melon lokal Rp18 ribu/kg, semangka Rp7 ribu.","market prices, no event"),
   ("bjr","Panen perdana melon 2,4 ton juga di Astambul? belum, yang di Astambul baru semai bulan depan.","another place's greenhouse, not harvested")],
B="")

# ---------------- F7 RMU / penggilingan padi
ann(id="a19", src="pemprov-kalsel", reg="prov", date="2026-11-06 13:50", title="Pemprov Kalsel Serahkan 15 Unit Penggilingan Padi Modern ke Gapoktan",
text="BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menyerahkan 15 unit mesin penggilingan padi modern (rice milling unit/RMU) kepada gabungan kelompok tani di delapan kabupaten, Jumat (6/11/2026), di halaman Kantor Gubernur. Setiap unit berkapasitas 1,5 ton gabah per jam.\n\nSekretaris Daerah Provinsi Kalsel, Harun Al Rasyid Mahfud, mengatakan RMU membuat gapoktan bisa menjual beras, bukan hanya gabah. “Selisih harga gabah dan beras itu keuntungan yang selama ini dinikmati orang lain,” ujarnya.\n\nRMU dikirim ke lokasi mulai pekan depan dan dipasang oleh teknisi penyedia. (adpim/hrm)",
S="15 RMU modern utk gapoktan di 8 kabupaten, 1,5 ton gabah/jam.",
L="Pemprov Kalsel menyerahkan 15 mesin penggilingan padi modern (RMU) kapasitas 1,5 ton gabah per jam kepada gapoktan di delapan kabupaten, Jumat 6 November. Tujuannya gapoktan bisa menjual beras sendiri. Mesin dikirim dan dipasang mulai pekan berikutnya.",
P="Gapoktan di dalapan kabupaten dapat mesin panggilingan banih modern, lima walas unit. Sajam kawa manggiling sa ton satangah 🌾 Jadi kawa bajual baras saurang, kada banih haja.",
N=[("bjr","Penggilingan padi milik H. Abdul di Aluh-Aluh tutup sementara karena mesin rusak.","private mill, incident"),
   ("prov","Gubernur serahkan 15 unit traktor roda empat ke brigade pangan, Juni 2026.","same figure, other machine, earlier"),
   ("hsu","Harga beras giling lokal Babirik naik Rp500/liter.","market news")],
B="Besok penyerahan mesin giling padi di kantor gubernur, perwakilan gapoktan diminta datang jam 8.")

ann(id="a20", src="pemkab-hst", reg="hst", date="2026-11-18 10:40", title="Dua RMU Bantuan Provinsi Mulai Beroperasi di Haruyan dan Batang Alai Selatan",
text="BARABAI – Dua unit penggilingan padi modern bantuan Pemprov Kalsel mulai beroperasi di Gapoktan Harapan Makmur Haruyan dan Gapoktan Sepakat Birayang, Rabu (18/11/2026).\n\nKepala Dinas Pertanian HST, Ahmad Rasyidi Nafarin, mengatakan beras hasil RMU akan dikemas lima kilogram dengan merek gapoktan. “Petani menjual gabah ke gapoktan dengan harga Rp200 di atas harga tengkulak,” katanya.\n\nUji giling pertama menghasilkan 3,2 ton beras dari 5 ton gabah. (prokom-hst/arn)",
S="HST: 2 RMU bantuan provinsi beroperasi di Haruyan & Birayang, uji giling 3,2 ton beras.",
L="",
P="Mesin giling banih bantuan provinsi sudah bagawi di Haruyan wan Birayang. Gapoktan manukar banih patani Rp200 labih mahal pada tangkulak. Uji giling partama talu ton dua kuintal baras 🌾👍",
N=[("hst","Gapoktan Harapan Makmur Haruyan gelar rapat tahunan, bahas iuran anggota.","same group, other event"),
   ("hst","Harga gabah di Birayang Rp6.900/kg kering panen minggu ini.","market prices"),
   ("blg","Balangan juga dapat dua RMU, beroperasi di Lampihong dan Batumandi.","another kabupaten's edition")],
B="Mesin penggilingan baru sudah sampai di gudang gapoktan Haruyan, tinggal dipasang teknisi.")

ann(id="a21", src="pemkab-batola", reg="btl", date="2026-11-23 11:15", title="Batola Operasikan Tiga RMU Keliling untuk Petani Tamban dan Anjir",
text="MARABAHAN – Pemkab Barito Kuala mengoperasikan tiga unit RMU keliling yang dipasang di atas truk untuk melayani petani di Kecamatan Tamban dan Anjir Pasar, Senin (23/11/2026). Program ini dibiayai APBD Batola Rp2,4 miliar.\n\nKepala Dinas Pertanian dan Peternakan Batola, Noor Hidayat Akbar, mengatakan RMU keliling datang ke desa sesuai jadwal. “Petani tidak perlu mengangkut gabah jauh-jauh ke penggilingan,” ujarnya.\n\nOngkos giling Rp350 per kilogram beras. Jadwal desa diumumkan melalui kantor desa. (kominfo-batola/nh)",
S="Batola: 3 RMU keliling di atas truk layani petani Tamban & Anjir Pasar, ongkos Rp350/kg.",
L="Batola punya penggilingan padi keliling: tiga RMU di atas truk yang datang ke desa-desa Tamban dan Anjir Pasar sesuai jadwal. Dana APBD Rp2,4 miliar; ongkos giling Rp350/kg beras. Jadwal diumumkan di kantor desa.",
P="Di Tamban wan Anjir wahini ada mesin giling banih nang bajalan, naik truk, talu buting. Kada usah maangkut banih jauh. Upahnya tiga ratus limapuluh sakilo baras. Lihati jadwalnya di kantor desa lah.",
N=[("btl","Truk pengangkut gabah terguling di jalan Anjir Pasar, muatan tumpah.","same place and vehicle type, incident"),
   ("btl","Penggilingan padi swadaya desa Tamban naikkan ongkos giling jadi Rp400/kg.","village's own mill, other figure"),
   ("hsu","HSU siapkan RMU keliling tahun 2027, masih tahap usulan.","another kabupaten's plan")],
B="")

# ---------------- F8 e-katalog lokal
ann(id="a22", src="bpbj-kalsel", reg="prov", date="2026-11-05 14:20", title="Biro PBJ Kalsel Ajak UMKM Tayangkan Produk di E-Katalog Lokal",
text="BANJARBARU – Biro Pengadaan Barang dan Jasa Setdaprov Kalimantan Selatan mengajak pelaku UMKM menayangkan produknya di e-katalog lokal Kalsel, Kamis (5/11/2026). Targetnya 300 produk baru tayang hingga akhir November 2026.\n\nKepala Biro PBJ Kalsel, Siti Rahmah Wardhani, mengatakan belanja pemerintah wajib mengutamakan produk dalam negeri dan UMKM. “Kursi, seragam, makanan rapat, semua bisa dibeli dari UMKM kalau produknya ada di katalog,” ujarnya.\n\nBiro membuka klinik pendampingan tiap Selasa dan Kamis di Gedung Idham Chalid. (biro-pbj/srw)",
S="UMKM diajak tayang di e-katalog lokal Kalsel, target 300 produk, klinik tiap Selasa/Kamis.",
L="Biro PBJ Setdaprov Kalsel mengajak UMKM menayangkan produk di e-katalog lokal supaya bisa dibeli instansi pemerintah. Targetnya 300 produk baru sampai akhir November. Klinik pendampingan tiap Selasa dan Kamis di Gedung Idham Chalid.",
P="UMKM handak bajualan ka kantor pamarintah? Tayangakan produk pian di e-katalog lokal Kalsel. Biro PBJ manarget talu ratus produk. Ada klinik tiap Salasa wan Kamis di Gedung Idham Chalid 👍",
N=[("prov","Gedung Idham Chalid hari ini dipakai ujian PPPK, parkir penuh.","same venue, other event"),
   ("bjm","Lelang tender jalan lingkungan Basirih diumumkan di LPSE kota.","procurement, other channel"),
   ("prov","Tahun 2025 e-katalog lokal Kalsel menayangkan 120 produk UMKM.","last year's figure")],
B="Katanya ada klinik e-katalog buat UMKM di kantor gubernur, gratis. Sudah ada yang ikut?")

ann(id="a23", src="pemkab-tabalong", reg="tbl", date="2026-11-12 09:50", title="60 UMKM Tabalong Ikuti Bimtek E-Katalog Lokal",
text="TANJUNG – Sebanyak 60 pelaku UMKM Tabalong mengikuti bimbingan teknis penayangan produk di e-katalog lokal Kalsel di Gedung Pusat Informasi Tanjung, Kamis (12/11/2026). Narasumber berasal dari Biro PBJ Setdaprov Kalsel.\n\nKepala Bagian PBJ Setda Tabalong, Zainal Arifin Muthalib, mengatakan peserta langsung mengunggah foto dan harga produk. “Hari ini juga 24 produk sudah masuk antrean verifikasi,” ujarnya.\n\nBimtek gelombang kedua akan digelar di Kelua pada 3 Desember 2026. (prokopim-tbl/zam)",
S="60 UMKM Tabalong ikut bimtek e-katalog lokal, 24 produk antre verifikasi.",
L="",
P="Anam puluh UMKM Tabalong baajar manayangakan produk di e-katalog lokal di Tanjung. Hari itu jua dua puluh ampat produk sudah maantri verifikasi. Gelombang kadua di Kelua 3 Disimbir.",
N=[("tbl","Bimtek e-katalog gelombang kedua di Kelua tanggal 3/12, peserta 45 UMKM.","next stage"),
   ("tbl","Gedung Pusat Informasi Tanjung dipakai pameran batu akik akhir pekan.","same venue"),
   ("blg","Balangan gelar bimtek e-katalog untuk 60 UMKM di Paringin hari ini.","another kabupaten's edition, same figure")],
B="")

ann(id="a24", src="bpbj-kalsel", reg="prov", date="2026-11-27 15:10", title="318 Produk UMKM Tayang di E-Katalog Lokal Kalsel, Lampaui Target",
text="BANJARBARU – Sebanyak 318 produk UMKM tayang di e-katalog lokal Kalimantan Selatan hingga Jumat (27/11/2026), melampaui target 300 produk. Produk terbanyak adalah makanan olahan, konveksi dan mebel.\n\nKepala Biro PBJ Kalsel, Siti Rahmah Wardhani, mengatakan transaksi pertama sudah terjadi. “Dinas pendidikan memesan 1.200 paket seragam dari konveksi di Banjarmasin senilai Rp240 juta,” katanya.\n\nKlinik pendampingan tetap dibuka pada 2027 untuk UMKM yang belum mendaftar. (biro-pbj/srw)",
S="318 produk UMKM tayang di e-katalog lokal Kalsel, lampaui target 300.",
L="Target terlampaui: 318 produk UMKM sudah tayang di e-katalog lokal Kalsel per 27 November, kebanyakan makanan olahan, konveksi dan mebel. Transaksi pertama 1.200 paket seragam senilai Rp240 juta dari konveksi Banjarmasin. Klinik tetap buka 2027.",
P="Mantap, talu ratus dalapan walas produk UMKM sudah tayang di e-katalog lokal. Ada konveksi Banjarmasin nang dapat pasanan saragam saribu dua ratus paket 😍 Nang balum badaftar, 2027 masih buka.",
N=[("bjm","Konveksi di Sungai Lulut terima pesanan 1.200 seragam sekolah swasta untuk tahun ajaran baru.","same figure, private order"),
   ("prov","Pasar digital UMKM Kalsel di marketplace daerah sudah 318 toko.","same figure, other platform"),
   ("bjr","Mebel Martapura tampil di pameran kerajinan nasional, bukan e-katalog.","same product, other channel")],
B="")

# ---------------- F9 ganti rugi lahan jalan
ann(id="a25", src="pupr-kalsel", reg="prov", date="2026-11-04 10:00", title="PUPR Kalsel Bayar Ganti Rugi 96 Bidang Lahan Pelebaran Jalan Gambut–Aluh-Aluh",
text="MARTAPURA – Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Kalimantan Selatan membayar ganti rugi 96 bidang lahan warga untuk pelebaran ruas jalan Gambut–Aluh-Aluh, Rabu (4/11/2026). Nilai ganti rugi seluruhnya Rp14,6 miliar dan ditransfer langsung ke rekening pemilik lahan.\n\nKepala Dinas PUPR Kalsel, Bambang Hermawan Sidik, mengatakan harga ditetapkan tim penilai independen. “Tidak ada potongan apa pun, kalau ada yang meminta, laporkan,” tegasnya.\n\nPelebaran jalan dari 5 menjadi 9 meter sepanjang 11 kilometer dimulai Januari 2027. (pupr/bhs)",
S="Ganti rugi Rp14,6 M utk 96 bidang lahan pelebaran jalan Gambut–Aluh-Aluh, tanpa potongan.",
L="PUPR Kalsel membayar ganti rugi Rp14,6 miliar untuk 96 bidang lahan warga di ruas Gambut–Aluh-Aluh, langsung ke rekening pemilik. Harga dari penilai independen, tanpa potongan. Jalan dilebarkan dari 5 ke 9 meter sepanjang 11 km mulai Januari 2027.",
P="Warga Gambut–Aluh-Aluh nang tanahnya kana palebaran jalan, duit ganti rugi sudah ditransfer, sambilan puluh anam bidang, ampat walas miliar labih. Kada ada potongan lah, amun ada nang minta, laporakan! Jalan dilebarakan Januari.",
N=[("bjr","Musyawarah harga ganti rugi lahan jalan Martapura–Astambul ditunda, warga minta dinilai ulang.","another road, earlier stage"),
   ("bjr","Jalan Gambut–Aluh-Aluh berlubang di km 6, pengendara hati-hati.","same road, condition"),
   ("prov","Tahun 2024 PUPR Kalsel bayar ganti rugi 60 bidang jalan Liang Anggang.","earlier year, other road")],
B="Besok pemilik lahan di pinggir jalan Aluh-Aluh diminta datang ke kantor kecamatan bawa buku tabungan. Katanya soal ganti rugi.")

ann(id="a26", src="pemkab-tanah-laut", reg="tla", date="2026-11-11 14:30", title="41 Pemilik Lahan di Kurau Terima Ganti Rugi Jalan Poros Desa",
text="PELAIHARI – Pemkab Tanah Laut menyerahkan ganti rugi kepada 41 pemilik lahan yang terkena pembangunan jalan poros Desa Kurau–Handil Negara, Rabu (11/11/2026). Total nilai ganti rugi Rp3,8 miliar.\n\nSekretaris Daerah Tanah Laut, Dahnial Kifli Hasan, mengatakan pembayaran ini menuntaskan sengketa yang berjalan sejak 2025. “Semua pemilik sudah sepakat, jadi pekerjaan bisa dilanjutkan,” ujarnya.\n\nPengaspalan jalan sepanjang 4,2 kilometer dilanjutkan pada Desember 2026. (diskominfo-tala/dkh)",
S="Tala: 41 pemilik lahan Kurau terima ganti rugi Rp3,8 M utk jalan poros desa.",
L="Pemkab Tanah Laut menuntaskan ganti rugi 41 pemilik lahan di jalan poros Kurau–Handil Negara, totalnya Rp3,8 miliar. Sengketa sejak 2025 selesai, dan pengaspalan 4,2 km dilanjutkan Desember.",
P="Urusan tanah jalan poros Kurau sudah tuntas, ampat puluh satu urang bapagang duit ganti rugi, talu miliar dalapan ratus juta. Desember jalannya diaspal pulang 🙏",
N=[("tla","Pengaspalan jalan poros Kurau dimulai 7 Desember, pengendara diminta lewat jalur alternatif.","next stage, later"),
   ("tla","Ganti rugi tanam tumbuh sawit di Jorong untuk jalan tambang dibayar perusahaan.","other payer, other road"),
   ("tpn","Tapin bayar ganti rugi 41 bidang lahan jalan Tatakan.","another kabupaten's edition, same figure")],
B="")

ann(id="a27", src="pemkab-hsu", reg="hsu", date="2026-11-25 10:20", title="HSU Serahkan Ganti Rugi 28 Bidang Lahan Jalan Haur Gading",
text="AMUNTAI – Pemkab Hulu Sungai Utara menyerahkan ganti rugi 28 bidang lahan untuk pembangunan jalan penghubung Haur Gading–Sungai Namang, Rabu (25/11/2026), di Aula Kantor Bupati HSU. Nilainya Rp1,9 miliar.\n\nAsisten Perekonomian dan Pembangunan Setda HSU, Muhammad Zaini Arsyad, mengatakan jalan ini memotong waktu tempuh warga ke Amuntai hingga 30 menit. “Selama ini warga harus memutar lewat Babirik,” katanya.\n\nPenimbunan badan jalan dimulai Desember 2026 setelah air surut. (diskominfo-hsu/mza)",
S="HSU serahkan ganti rugi 28 bidang Rp1,9 M utk jalan Haur Gading–Sungai Namang.",
L="",
P="Warga Haur Gading nang tanahnya kana jalan hanyar, duit ganti rugi sudah diserahakan, dua puluh dalapan bidang. Amun jalan ini jadi, ka Amuntai kada usah bailang lewat Babirik lagi 👍",
N=[("hsu","Air di Haur Gading naik lagi, jalan desa tergenang 30 cm.","same place, flood"),
   ("hsu","Aula Kantor Bupati HSU dipakai pelantikan pengurus PKK.","same venue"),
   ("hsu","Ganti rugi lahan irigasi Danau Panggang belum dibayar, warga bertanya ke DPRD.","another project, not paid")],
B="")

# ---------------- F10 konversi motor listrik
ann(id="a28", src="esdm-kalsel", reg="prov", date="2026-11-02 11:30", title="Dinas ESDM Kalsel Buka Pendaftaran Konversi Gratis 150 Motor Listrik",
text="BANJARBARU – Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Selatan membuka pendaftaran konversi gratis sepeda motor bensin menjadi motor listrik untuk 150 unit, Senin (2/11/2026). Prioritas bagi ojek pangkalan, pedagang keliling dan kurir.\n\nKepala Dinas ESDM Kalsel, Ilham Noor Fadillah, mengatakan konversi dilakukan di bengkel bersertifikat. “Biaya perawatan motor listrik jauh lebih murah, tidak perlu ganti oli dan beli bensin,” ujarnya.\n\nPendaftaran dibuka hingga Selasa (10/11/2026) dan penerima diumumkan 16 November 2026. (esdm/inf)",
S="Konversi gratis 150 motor bensin jadi listrik, daftar s.d. 10 Nov, prioritas ojek & pedagang.",
L="ESDM Kalsel menyiapkan konversi gratis 150 motor bensin menjadi motor listrik di bengkel bersertifikat. Prioritasnya ojek pangkalan, pedagang keliling dan kurir. Daftar sampai 10 November, penerima diumumkan 16 November.",
P="Bubuhan ojek wan padagang kuliling, motor bansin pian kawa diganti jadi motor listrik gratis 🏍️⚡ ESDM Kalsel manyiapakan saratus limapuluh unit. Daftar sampai 10 Nopember lah.",
N=[("bjb","Bengkel di Landasan Ulin buka jasa konversi motor listrik berbayar Rp12 juta.","private service, paid"),
   ("prov","Dinas ESDM Kalsel resmikan PLTS atap di kantor dinas.","same office, other programme"),
   ("bjm","Dealer motor listrik baru buka di Jalan A. Yani km 4.","trade, unrelated")],
B="Ada yang dengar soal motor diganti listrik gratis dari provinsi? Kata kawan ojek di pangkalan besok dibuka.")

ann(id="a29", src="esdm-kalsel", reg="prov", date="2026-11-16 15:00", title="150 Penerima Konversi Motor Listrik Gratis Diumumkan",
text="BANJARBARU – Dinas ESDM Kalsel mengumumkan 150 penerima konversi motor listrik gratis dari 1.034 pendaftar, Senin (16/11/2026). Penerima terdiri atas 82 ojek pangkalan, 51 pedagang keliling dan 17 kurir.\n\nKepala Dinas ESDM Kalsel, Ilham Noor Fadillah, mengatakan penerima wajib membawa motor, STNK dan BPKB asli ke bengkel yang ditunjuk. “Pengerjaan satu motor sekitar tiga hari,” katanya.\n\nKonversi berlangsung 23 November hingga 12 Desember 2026 di empat bengkel di Banjarbaru dan Banjarmasin. (esdm/inf)",
S="150 penerima konversi motor listrik diumumkan: 82 ojek, 51 pedagang, 17 kurir.",
L="Dari 1.034 pendaftar, 150 orang terpilih untuk konversi motor listrik gratis: 82 ojek pangkalan, 51 pedagang keliling, 17 kurir. Bawa motor, STNK dan BPKB asli ke bengkel yang ditunjuk; pengerjaan 23 November–12 Desember di empat bengkel Banjarbaru dan Banjarmasin.",
P="Hasil undian motor listrik gratis sudah kaluar, saratus limapuluh urang matan saribu labih nang badaftar. Nang tapilih, bawa motor, STNK wan BPKB asli ka bengkel. Tiga hari haja dikerjaakan ⚡",
N=[("bjm","Daftar penerima bantuan gerobak PKL Banjarmasin diumumkan, 150 orang.","same figure, another programme"),
   ("prov","Pengumuman 2025: 90 penerima konversi motor listrik.","last year's result"),
   ("bjb","Bengkel konversi di Banjarbaru ramai, tapi itu pelanggan berbayar.","same bengkel, other customers")],
B="")

ann(id="a30", src="pemkab-tanbu", reg="tbu", date="2026-11-09 10:30", title="40 Ojek Pangkalan Batulicin Dapat Konversi Motor Listrik dari Pemkab Tanbu",
text="BATULICIN – Pemkab Tanah Bumbu memberikan konversi motor listrik gratis kepada 40 pengemudi ojek pangkalan di Kecamatan Batulicin, Senin (9/11/2026). Program ini dibiayai APBD Tanbu dan terpisah dari program provinsi.\n\nKepala Dinas Perhubungan Tanbu, Andi Muhammad Yusran, mengatakan Pemkab juga memasang dua titik pengisian daya di Pelabuhan Samudera dan Terminal Batulicin. “Ojek bisa mengisi baterai sambil menunggu penumpang,” ujarnya.\n\nKonversi dikerjakan bengkel lokal yang sudah dilatih selama November 2026. (diskominfo-tanbu/amy)",
S="Tanbu: 40 ojek pangkalan Batulicin dapat konversi motor listrik gratis, ada 2 titik isi daya.",
L="",
P="Ojek pangkalan Batulicin ampat puluh buting motor diganti listrik gratis matan Pemkab Tanbu. Ada tampat ngecas di Pelabuhan Samudera wan Terminal Batulicin, kawa ngecas sambil mahadangi panumpang ⚡🏍️",
N=[("tbu","Terminal Batulicin direnovasi, atap ruang tunggu diganti.","same venue, works"),
   ("tbu","Ojek pangkalan Simpang Empat bentuk paguyuban baru, 40 anggota.","same group type, same figure, other event"),
   ("ktb","Kotabaru rencanakan konversi motor listrik untuk ojek tahun depan.","another kabupaten's plan")],
B="Ojek pangkalan Batulicin diminta kumpul di terminal Senin pagi, ada pengarahan dari Dishub.")

# ---------------- F11 dana bergulir / pinjaman UMKM
ann(id="a31", src="diskopukm-kalsel", reg="prov", date="2026-11-06 09:10", title="Dana Bergulir Rp5 Miliar untuk 250 UMKM Kalsel, Bunga 3 Persen",
text="BANJARBARU – Dinas Koperasi dan UKM Provinsi Kalimantan Selatan menyalurkan dana bergulir Rp5 miliar kepada 250 pelaku UMKM, Jumat (6/11/2026). Setiap pelaku usaha menerima pinjaman Rp20 juta dengan bunga 3 persen per tahun dan tenor dua tahun.\n\nKepala Diskop UKM Kalsel, Rusmaniah Hafizah, mengatakan dana bergulir ditujukan bagi usaha yang belum bisa mengakses bank. “Angsurannya kembali ke kas dan digulirkan lagi ke UMKM lain,” katanya.\n\nPenyaluran tahap kedua direncanakan pada Maret 2027. (diskopukm/rh)",
S="Dana bergulir Rp5 M: 250 UMKM dapat pinjaman Rp20 juta, bunga 3%/tahun.",
L="Diskop UKM Kalsel menyalurkan dana bergulir Rp5 miliar: 250 UMKM masing-masing Rp20 juta, bunga 3% setahun, tenor dua tahun. Untuk usaha yang belum bisa pinjam ke bank. Tahap kedua Maret 2027.",
P="UMKM nang kada kawa minjam ka bank, Diskop UKM Kalsel ada dana bagulir, dua ratus limapuluh urang dapat dua puluh juta, bunga talu persen haja satahun. Bayarnya dua tahun 👍",
N=[("bjr","KUR Bank Kalsel untuk petani Astambul, plafon Rp50 juta.","other loan scheme"),
   ("prov","Penagihan dana bergulir tahap 2024 yang macet, Diskop surati 40 UMKM.","earlier round, collection"),
   ("hss","Koperasi simpan pinjam Simpur buka pinjaman anggota Rp20 juta.","same figure, cooperative's own")],
B="")

ann(id="a32", src="pemkab-hss", reg="hss", date="2026-11-13 13:40", title="60 UMKM HSS Terima Dana Bergulir Provinsi",
text="KANDANGAN – Sebanyak 60 pelaku UMKM Hulu Sungai Selatan menerima dana bergulir dari Dinas Koperasi dan UKM Provinsi Kalsel di Pendopo Kandangan, Jumat (13/11/2026). Total dana yang diterima Rp1,2 miliar.\n\nKepala Dinas Koperasi, UKM dan Perdagangan HSS, Ahmad Khairuddin Suriansyah, meminta penerima membayar angsuran tepat waktu. “Kalau lancar, kuota HSS tahap berikutnya bisa ditambah,” ujarnya.\n\nPenerima terbanyak adalah pembuat dodol dan kerupuk dari Kandangan dan Sungai Raya. (kominfo-hss/aks)",
S="60 UMKM HSS terima dana bergulir provinsi Rp1,2 M di Pendopo Kandangan.",
L="",
P="Anam puluh UMKM HSS bapagang dana bagulir provinsi, total sa miliar dua ratus juta. Kabanyakan pambuat dodol wan kurupuk Kandangan wan Sungai Raya. Bayar angsuran tapat waktu lah, supaya tahun depan ditambahi 🙏",
N=[("hss","Pendopo Kandangan dipakai lomba pidato bahasa Banjar.","same venue"),
   ("hss","Harga dodol Kandangan naik jelang akhir tahun.","same product, prices"),
   ("tpn","Tapin juga salurkan dana bergulir ke 60 UMKM Rantau.","another kabupaten's edition, same figure")],
B="Besok penerima pinjaman dana bergulir HSS kumpul di pendopo, bawa KTP asli.")

ann(id="a33", src="pemkab-balangan", reg="blg", date="2026-11-20 10:00", title="Balangan Luncurkan Pinjaman Tanpa Bunga untuk 100 Pedagang Pasar Paringin",
text="PARINGIN – Pemkab Balangan meluncurkan pinjaman tanpa bunga bagi 100 pedagang Pasar Paringin, Jumat (20/11/2026). Setiap pedagang dapat meminjam hingga Rp5 juta dengan angsuran mingguan selama 10 bulan. Dana Rp500 juta berasal dari APBD Balangan.\n\nKepala Dinas Perdagangan Balangan, Sarbaini Hakim Fadli, mengatakan pinjaman ini untuk melawan rentenir di pasar. “Pedagang kecil sering terjerat bunga harian,” katanya.\n\nPendaftaran dilayani di kantor UPT Pasar Paringin hingga 4 Desember 2026. (mc-balangan/shf)",
S="Pinjaman tanpa bunga Rp5 juta utk 100 pedagang Pasar Paringin, daftar s.d. 4 Des.",
L="Balangan melawan rentenir: 100 pedagang Pasar Paringin bisa pinjam sampai Rp5 juta tanpa bunga, dicicil mingguan 10 bulan. Dana Rp500 juta dari APBD. Daftar di UPT Pasar Paringin sampai 4 Desember.",
P="Padagang Pasar Paringin, ada pinjaman kada babunga lima juta, dicicil saminggu sakali. Jangan lagi minjam ka rentenir nang bunganya harian. Daftar di UPT pasar sampai 4 Disimbir 🙏",
N=[("blg","Pasar Paringin tutup setengah hari untuk kerja bakti Jumat.","same place"),
   ("blg","Warga Awayan mengeluh rentenir keliling, minta pemerintah turun tangan.","same issue, no programme"),
   ("blg","Koperasi pasar Paringin bagi SHU ke 100 anggota.","same figure, another event")],
B="Pedagang pasar dengar kabar ada pinjaman tanpa bunga dari pemkab. Benarkah? Kapan daftarnya?")

# ---------------- F12 budikdamber
ann(id="a34", src="dkp-kalsel", reg="prov", date="2026-11-05 16:00", title="DKP Kalsel Latih 300 Keluarga Budidaya Ikan dalam Ember",
text="BANJARBARU – Dinas Kelautan dan Perikanan Provinsi Kalimantan Selatan melatih 300 keluarga di lima kabupaten/kota budidaya ikan dalam ember (budikdamber), Kamis (5/11/2026). Setiap keluarga menerima satu ember 80 liter, 60 benih lele dan bibit kangkung.\n\nKepala DKP Kalsel, Hamdani Rusli Effendi, mengatakan budikdamber cocok untuk pekarangan sempit di kota. “Dalam dua bulan keluarga bisa panen lele dan kangkung sekaligus,” ujarnya.\n\nPelatihan dilanjutkan di tiap kabupaten dengan penyuluh perikanan. (dkp/hre)",
S="DKP Kalsel latih 300 keluarga budikdamber: ember 80 L, 60 benih lele, kangkung.",
L="DKP Provinsi Kalsel melatih 300 keluarga di lima kabupaten/kota memelihara lele dalam ember. Tiap keluarga dapat ember 80 liter, 60 benih lele dan bibit kangkung; dua bulan bisa panen keduanya. Pendampingan lanjut oleh penyuluh kabupaten.",
P="Pakarangan sampit? Kawa bepiara iwak di ember 🐟 DKP Kalsel maajari talu ratus keluarga, dapat ember, anam puluh banih lele, wan bibit kangkung. Dua bulan kawa panen iwak wan sayur sakalian.",
N=[("bjm","Ibu-ibu PKK Basirih panen kangkung hidroponik di gang, swadaya.","village's own version"),
   ("prov","Tahun 2025 DKP Kalsel bagikan 200 ember budikdamber.","last year's edition"),
   ("tpn","Harga benih lele di Tatakan Rp300 per ekor.","prices")],
B="Kata penyuluh perikanan bakal ada pelatihan pelihara lele di ember dari provinsi. Yang minat kumpulkan nama.")

ann(id="a35", src="pemkot-banjarmasin", reg="bjm", date="2026-11-17 09:30", title="500 Ember Budikdamber Dibagikan di Alalak Utara",
text="BANJARMASIN – Pemkot Banjarmasin melalui Dinas Ketahanan Pangan, Pertanian dan Perikanan membagikan 500 ember budikdamber kepada warga Kelurahan Alalak Utara, Selasa (17/11/2026). Pembagian lanjutan dari pelatihan DKP Provinsi Kalsel.\n\nKepala DKP3 Banjarmasin, Muhammad Syarifuddin Noor, mengatakan kelurahan dipilih karena banyak rumah tanpa pekarangan. “Ember bisa ditaruh di teras atau titian,” katanya.\n\nPanen bersama direncanakan pertengahan Januari 2027. (diskominfo-bjm/msn)",
S="500 ember budikdamber dibagikan ke warga Alalak Utara, panen Januari.",
L="Lanjutan pelatihan provinsi, Pemkot Banjarmasin membagikan 500 ember budikdamber ke warga Alalak Utara yang kebanyakan tidak punya pekarangan. Embernya bisa ditaruh di teras atau titian. Panen bersama pertengahan Januari 2027.",
P="Warga Alalak Utara dapat ember gasan bepiara iwak, lima ratus buting. Kada bapakarangan kada papa, taruh di palataran atawa titian haja 😄🐟 Januari panen baimbai.",
N=[("bjm","Panen bersama budikdamber Alalak Utara nanti Januari, warga diminta jaga air tetap bersih.","next stage, later"),
   ("bjm","Basirih juga dapat 500 ember budikdamber dari kelurahan.","another kelurahan, same figure"),
   ("bjm","Titian di Alalak Utara diperbaiki swadaya.","same place")],
B="")

ann(id="a36", src="pemkab-tapin", reg="tpn", date="2026-11-24 14:20", title="150 Keluarga di Tatakan Ikut Budikdamber Program Pemkab Tapin",
text="RANTAU – Pemkab Tapin melalui Dinas Perikanan membagikan 150 paket budikdamber kepada keluarga di Kecamatan Tapin Selatan, Selasa (24/11/2026), di Balai Desa Tatakan. Paket berisi ember, 50 benih ikan nila dan bibit sawi, dibiayai APBD Tapin.\n\nKepala Dinas Perikanan Tapin, Syaiful Anwar Hamdi, mengatakan nila dipilih karena lebih disukai warga. “Kami prioritaskan keluarga dengan balita untuk tambahan gizi,” ujarnya.\n\nPenyuluh akan berkunjung tiap dua pekan hingga panen. (kominfo-tapin/sah)",
S="Tapin: 150 paket budikdamber (ember, 50 benih nila) utk keluarga di Tatakan.",
L="",
P="Di Tatakan saratus limapuluh keluarga dapat paket bepiara iwak nila di ember, tamasuk bibit sawi. Nang ada balita didahuluakan gasan gizi anak. Penyuluh datang tiap dua minggu 🐟",
N=[("tpn","Balai Desa Tatakan dipakai posyandu lansia Selasa.","same venue"),
   ("tpn","Kolam nila swadaya warga Bakarangan panen 300 kg.","village's own version"),
   ("tpn","Tapin bagikan 150 paket bibit sayur di Bakarangan.","same figure, other programme")],
B="")
