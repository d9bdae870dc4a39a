# Hand-written releases a01-a10 of heldout55 with their summaries, paraphrases, look-alikes and `before` posts.
# N / B entries: (kim or None, "mm-dd HH:MM" Wita, text, how it differs from the release)

ANNS = [
dict(id="a01", src="dinsos-kalsel", at="11-03 15:40",
title="Bengkel Kursi Roda Keliling Dinsos Kalsel Perbaiki 87 Alat Bantu di Martapura",
text="""MARTAPURA – Dinas Sosial Provinsi Kalimantan Selatan memulai layanan Bengkel Kursi Roda Keliling di halaman Kantor Kecamatan Martapura, Selasa (3/11/2026). Pada hari pertama, petugas memperbaiki 64 kursi roda dan 23 kruk milik penyandang disabilitas dan lansia tanpa biaya, mulai dari ban, rem, bantalan duduk hingga sandaran kaki.

Kepala Bidang Rehabilitasi Sosial Dinsos Kalsel, Hj. Norlaila Rahmah, mengatakan banyak alat bantu dari tahun-tahun sebelumnya rusak ringan tetapi tidak pernah diservis. “Kursi roda yang macet membuat pemiliknya kembali terkurung di rumah. Karena itu bengkelnya yang kami bawa mendekat, warga cukup datang membawa alatnya,” ujarnya.

Bengkel keliling berikutnya singgah di Rantau pada 10 November, Amuntai 17 November dan Pelaihari 24 November. Warga dapat mendaftar melalui TKSK kecamatan masing-masing. (dinsos/nr)""",
S="Dinsos Kalsel buka Bengkel Kursi Roda Keliling. Hari pertama di Kantor Kecamatan Martapura (3/11) 64 kursi roda dan 23 kruk diperbaiki gratis. Jadwal berikutnya Rantau 10/11, Amuntai 17/11, Pelaihari 24/11.",
L="""Kabar baik untuk penyandang disabilitas dan lansia. Dinas Sosial Provinsi Kalsel sekarang punya Bengkel Kursi Roda Keliling. Selasa kemarin bengkel ini buka pertama kali di halaman Kantor Kecamatan Martapura dan dalam sehari memperbaiki 64 kursi roda serta 23 kruk, gratis: ban, rem, bantalan sampai sandaran kaki.

Menurut Kabid Rehabilitasi Sosial Hj. Norlaila Rahmah, banyak alat bantu lama sebenarnya cuma rusak ringan tapi tidak pernah diservis. Bengkel ini akan pindah ke Rantau (10 November), Amuntai (17 November) dan Pelaihari (24 November). Daftarnya lewat TKSK kecamatan.""",
P="Dangsanak, nang baisi kursi roda rusak, bannya kampis atawa remnya kada bafungsi lagi, Dinsos Kalsel ada bengkel keliling, gratis haja 🙏 Samalam di Kecamatan Martapura sudah 64 kursi roda wan 23 kruk dibaiki. Kaina singgah ka Rantau tanggal 10, Amuntai 17, Pelaihari 24 Nopember. Bapadah ka TKSK kecamatan dulu lah ♿ #BengkelKursiRoda #DinsosKalsel",
N=[
("kim-rantau-kiwa", "11-10 13:25", "Hari ini bengkel kursi roda keliling Dinsos Kalsel buka di halaman Kantor Kecamatan Tapin Utara. Sampai pukul 12.00 sudah 41 kursi roda dan 9 tongkat yang diservis, antrean masih panjang. Warga Rantau Kiwa yang belum sempat datang masih bisa menyusul sampai sore.", "the 10 Nov Rantau stop with its own counts (41 wheelchairs, 9 sticks), not the Martapura opening"),
("kim-sungai-malang", "11-17 15:05", "Alhamdulillah, bengkel kursi roda keliling sampai juga di Amuntai. Di halaman Kecamatan Amuntai Tengah hari ini tercatat 52 kursi roda diperbaiki, beberapa harus ganti ban dalam. Terima kasih petugas yang sabar melayani kai-kai dan nini-nini kami.", "the 17 Nov Amuntai stop told as its own news (52 wheelchairs)"),
("kim-pengaron", "11-07 09:12", "Salut untuk Pak Jumadi, tukang las di Pengaron, yang memperbaiki kursi roda tetangganya tanpa dibayar. Rangka yang patah dilas ulang dan diberi roda bekas motor mainan. Gotong royong kecil seperti ini yang membuat kampung kita hangat.", "a village welder's private repair, no Dinsos workshop, no figures"),
("kim-sungai-besar", "11-03 19:48", "Sore tadi Kabid Rehabilitasi Sosial Dinsos Kalsel Hj. Norlaila Rahmah berkunjung ke sebuah panti asuhan di Banjarbaru Selatan dan menyerahkan perlengkapan sekolah untuk 23 anak asuh. Anak-anak menyambut dengan shalawat.", "same official on the same day at another event; 23 means school kits for 23 children"),
],
B=[("kim-sungai-tabuk-keramat", "11-02 19:35", "Info dari TKSK: besok pagi ada bengkel kursi roda gratis dari Dinsos provinsi di Kantor Kecamatan Martapura. Yang kursi rodanya macet atau kruknya goyang bawa saja ke sana, kabarnya mulai jam 8.", "invitation the evening before the first stop, before the release")]),

dict(id="a02", src="pemkot-banjarmasin", at="11-05 14:05",
title="Banjarmasin Luncurkan Bank Alat Bantu Pinjam Pakai, 52 Alat Siap Dipinjam Warga",
text="""BANJARMASIN – Pemerintah Kota Banjarmasin meluncurkan Bank Alat Bantu Pinjam Pakai di gudang Dinas Sosial Kota Banjarmasin, Jalan Brigjen H. Hasan Basri, Kamis (5/11/2026). Sebanyak 52 alat, terdiri atas 20 kursi roda, 14 walker, 10 kasur antidekubitus dan 8 tempat tidur pasien, dapat dipinjam gratis oleh keluarga yang merawat warga sakit menahun atau pascastroke.

Wakil Wali Kota Banjarmasin, H. Fahrurrazi Anshari, berharap alat yang menganggur di gudang kini berputar ke rumah-rumah yang membutuhkan. “Jangan sampai keluarga berutang hanya untuk membeli kasur pasien. Pinjam di sini, pakai, lalu kembalikan agar giliran warga lain,” katanya.

Peminjaman berlaku tiga bulan dan dapat diperpanjang, cukup dengan surat pengantar kelurahan. Alat diantar petugas ke rumah peminjam. (humas-bjm/ak)""",
S="Pemkot Banjarmasin luncurkan Bank Alat Bantu Pinjam Pakai (5/11): 52 alat (20 kursi roda, 14 walker, 10 kasur antidekubitus, 8 tempat tidur pasien) bisa dipinjam gratis 3 bulan dengan surat pengantar kelurahan.",
L="""Warga Banjarmasin yang merawat keluarga sakit menahun atau pascastroke sekarang bisa meminjam alat bantu secara gratis. Pemkot meluncurkan Bank Alat Bantu Pinjam Pakai di gudang Dinsos Kota, Jalan Brigjen H. Hasan Basri, Kamis (5/11).

Isinya 52 alat: 20 kursi roda, 14 walker, 10 kasur antidekubitus dan 8 tempat tidur pasien. Masa pinjam tiga bulan, bisa diperpanjang, syaratnya surat pengantar kelurahan, dan alat diantar petugas ke rumah. Wawali H. Fahrurrazi Anshari minta alat dikembalikan tepat waktu supaya bisa dipakai warga lain.""",
P="Bubuhan Banjarmasin, amun ada kuitan atawa dangsanak nang sakit lawas, habis stroke kah, kada usah bautang gasan manukar kasur pasien. Pemkot wayahini ada bank alat bantu, kawa dipinjam gratis: kursi roda, walker, kasur antidekubitus, ranjang pasien, 52 buting samunyaan. Pinjam tiga bulan, kawa dipanjangakan, cukup surat pengantar kelurahan, diantarakan ka rumah pulang 👍 #BanjarmasinBaiman",
N=[
("kim-teluk-dalam", "11-09 10:20", "Gudang Dinsos Kota di Jalan Brigjen H. Hasan Basri pagi ini dipakai untuk pengepakan 800 paket sembako bantuan banjir rob. Relawan Karang Taruna ikut membantu sampai siang. Warga yang lewat diminta berhati-hati karena truk keluar masuk.", "same warehouse, another activity (packing 800 flood-aid parcels)"),
("kim-pekapuran-raya", "11-12 20:15", "Masjid Al-Ikhlas Pekapuran Raya punya lemari alat kesehatan wakaf jamaah: 6 kursi roda, 3 tongkat dan 2 tabung oksigen. Siapa pun jamaah yang perlu boleh pinjam, cukup lapor ke marbot. Semoga jadi amal jariyah para donatur.", "a mosque's own lending cupboard with its own items, not the Pemkot bank"),
("kim-teluk-dalam", "11-20 16:40", "Ada warga RT 12 yang menanyakan: katanya bisa pinjam kasur pasien di Dinsos, tapi waktu ditanya ke kelurahan, surat pengantarnya belum bisa dibuat karena kasurnya sedang habis dipinjam semua. Mohon info, apakah bisa antre dulu?", "a later question that the mattresses are all lent out; no launch facts"),
("kim-alalak-utara", "11-05 19:30", "Malam ini Wakil Wali Kota H. Fahrurrazi Anshari hadir di Alalak Utara membuka lomba lampion maulid antar-RT. Ada 20 RT yang ikut, hadiahnya dibagikan langsung di panggung.", "same Wawali on the same day at a lantern contest; 20 means RTs"),
],
B=[]),

dict(id="a03", src="pemkab-hss", at="11-16 16:20",
title="30 Tunanetra HSS Ikuti Pelatihan Orientasi Mobilitas dan Terima Tongkat Putih",
text="""KANDANGAN – Sebanyak 30 penyandang tunanetra dari sembilan kecamatan di Hulu Sungai Selatan mengikuti pelatihan orientasi dan mobilitas di Aula Dinas Sosial HSS, Kandangan, mulai Senin (16/11/2026). Selama empat hari peserta belajar memakai tongkat putih, menyeberang jalan, naik angkutan umum dan mengenali uang kertas dengan perabaan.

Kepala Dinas Sosial HSS, Drs. H. Ahmad Syairani, mengatakan setiap peserta pulang membawa tongkat putih lipat yang baru. “Tongkat tanpa latihan hanya jadi pajangan. Kami ingin kawan-kawan tunanetra berani berangkat sendiri ke pasar, ke masjid, ke tempat kerja,” ujarnya.

Pelatihan dipandu dua instruktur tunanetra dari Banjarmasin dan berakhir Kamis (19/11/2026). Dinsos HSS berencana membuka kelas lanjutan untuk keluarga pendamping tahun depan. (mc-hss/fz)""",
S="Dinsos HSS latih 30 tunanetra dari 9 kecamatan orientasi & mobilitas di Aula Dinsos Kandangan, 16–19 November; tiap peserta dapat tongkat putih lipat baru.",
L=None,
P="Salut gasan bubuhan tunanetra matan sanga kecamatan di HSS, 30 urang balajar bajalan saurangan pakai tongkat putih di Aula Dinsos Kandangan, ampat hari sampai Kamis. Diajari manyubarang jalan, naik angkot, maraba duit karatas. Mulih kaina dibari tongkat lipat nang hanyar. Mudahan makin wani tulak ka pasar wan ka masjid saurangan 🤍 #HSS #Disabilitas",
N=[
("kim-angkinang", "11-21 10:05", "Sabtu ini Persatuan Tunanetra cabang HSS mengadakan lomba baca Al-Qur'an braille di Masjid Agung Nurul Hidayah Kandangan. Diikuti 14 peserta dari Kandangan dan Daha. Juara pertama mendapat mushaf braille 30 juz.", "the blind association's braille Quran contest, no training or canes"),
("kim-jambu-hilir", "11-26 08:50", "Pagi tadi ada bapak tunanetra yang tersesat di simpang Jambu Hilir, tongkatnya patah terlindas motor. Warga mengantar beliau pulang ke Sungai Raya. Mari lebih peduli, jangan parkir di trotoar yang ada jalur kuningnya.", "a street incident with a blind man; not the training"),
("kim-negara", "11-18 14:30", "Pelatihan pijat refleksi untuk 12 tunanetra digelar di balai desa kami bersama Dinsos HSS, tiga hari sampai Jumat. Peserta lulusan akan dibantu membuka jasa pijat di rumah.", "another Dinsos HSS class the same week: massage training for 12 in Daha Utara"),
],
B=[("kim-jambu-hilir", "11-15 20:10", "Dengar-dengar besok ada kawan-kawan tunanetra dari berbagai kecamatan yang menginap di Kandangan untuk pelatihan di Dinsos. Kalau ketemu di jalan, tolong dibantu kalau mereka minta arah ya.", "the evening before the training, hearsay, before the release")]),

dict(id="a04", src="dinsos-kalsel", at="11-06 10:30",
title="Mulai 9 November, Panti Lansia Mitra Sakinah Atur Jam Besuk dan Buka Pendaftaran Relawan",
text="""BANJARBARU – UPTD Panti Sosial Lanjut Usia Mitra Sakinah milik Dinas Sosial Provinsi Kalimantan Selatan memberlakukan jam besuk baru mulai Senin (9/11/2026). Keluarga dan tamu dapat berkunjung pukul 09.00–11.30 dan 15.00–17.00 WITA, sedangkan jam makan dan istirahat siang 78 penghuni tidak lagi diganggu kunjungan.

Kepala UPTD Panti Sosial Lanjut Usia Mitra Sakinah, Hj. Siti Mahmudah, S.Sos., juga membuka pendaftaran 40 relawan pendamping untuk membacakan buku, menemani senam dan menulis surat bagi penghuni. “Banyak kakek dan nenek di sini jarang dikunjungi. Relawan yang datang rutin bisa menjadi cucu kedua bagi mereka,” tuturnya.

Pendaftaran relawan dibuka hingga 30 November melalui formulir di kantor panti. Calon relawan mengikuti orientasi satu hari sebelum bertugas. (dinsos/sm)""",
S="Panti Lansia Mitra Sakinah (UPTD Dinsos Kalsel, Banjarbaru) berlakukan jam besuk baru mulai 9/11: 09.00–11.30 dan 15.00–17.00. Juga buka 40 kuota relawan pendamping untuk 78 penghuni, daftar sampai 30 November.",
L="""Buat yang punya keluarga di Panti Sosial Lanjut Usia Mitra Sakinah, Banjarbaru: mulai Senin 9 November jam besuk berubah jadi pukul 09.00–11.30 dan 15.00–17.00 WITA. Jam makan dan istirahat siang penghuni tidak lagi dipakai untuk kunjungan.

Panti milik Dinsos Kalsel ini juga mencari 40 relawan pendamping untuk 78 kakek-nenek penghuninya: membacakan buku, menemani senam, menuliskan surat. Pendaftaran sampai 30 November lewat formulir di kantor panti, dan relawan ikut orientasi sehari sebelum bertugas.""",
P="Dangsanak, nang handak manjanguk kai wan nini di Panti Lansia Mitra Sakinah Banjarbaru, mulai Senin ini jamnya baubah lah: isuk jam 9 sampai setengah 12, sanja jam 3 sampai jam 5. Panti jua mancari 40 relawan gasan mambacaakan buku, baturan senam, manuliskan surat gasan 78 kai nini di sana. Daftar sampai 30 Nopember di kantor panti 🥹🙏",
N=[
("kim-loktabat-utara", "11-14 09:30", "Mahasiswa Kesejahteraan Sosial dari kampus di Banjarbaru berbagi kue dan menyanyi bersama penghuni panti lansia Mitra Sakinah pagi ini. Kegiatan ini bagian dari bakti sosial angkatan mereka, 35 mahasiswa ikut.", "a student visit to the same home, no rules, no volunteer call"),
("kim-guntung-manggis", "11-09 18:20", "Panti wreda swasta Rumah Teduh di Guntung Manggis membuka pendaftaran relawan akhir pekan, kuotanya 15 orang. Relawan diminta bisa mengaji atau bermain musik untuk menghibur 22 lansia penghuni.", "a private home's own volunteer call, other numbers"),
("kim-sungai-besar", "11-25 11:10", "Orientasi relawan angkatan pertama di Panti Lansia Mitra Sakinah hari ini diikuti 26 orang. Mereka belajar cara memapah lansia dan mengenali tanda kelelahan. Mulai Senin depan mereka bergiliran bertugas.", "the later orientation day of the first volunteer batch (26 people), told as its own news"),
("kim-alalak-utara", "11-08 21:00", "Katanya panti jompo sekarang tidak boleh dijenguk lagi di hari Minggu? Kasihan yang kerja, cuma bisa datang akhir pekan. Ada yang tahu aturan panti di Banjarmasin?", "a confused rumour about Sunday visits at homes in Banjarmasin"),
],
B=[]),

dict(id="a05", src="pemkot-banjarbaru", at="11-11 13:15",
title="Griya Lansia Siang Dibuka di Banjarbaru, Tampung 25 Lansia Setiap Hari Kerja",
text="""BANJARBARU – Pemerintah Kota Banjarbaru membuka Griya Lansia Siang di bekas Kantor Kelurahan Loktabat Selatan, Rabu (11/11/2026). Tempat penitipan siang ini menampung 25 lansia setiap Senin sampai Jumat pukul 08.00–14.00 WITA, sehingga keluarga yang bekerja tidak perlu meninggalkan orang tua sendirian di rumah.

Wali Kota Banjarbaru, Hj. Raudah Mufidah, mengatakan layanan ini gratis dan menyediakan makan siang, senam ringan, pengajian serta pemeriksaan tekanan darah oleh petugas puskesmas. “Lansia tetap pulang dan tidur bersama keluarganya. Kami hanya menemani di jam-jam kerja, supaya mereka tidak kesepian,” ujarnya.

Pendaftaran dilakukan di Dinas Sosial Kota Banjarbaru dengan membawa KTP lansia dan kartu keluarga. Jika peminat melebihi kuota, pemkot akan membuka griya kedua di Landasan Ulin. (kominfo-bjb/hr)""",
S="Pemkot Banjarbaru buka Griya Lansia Siang di bekas Kantor Kelurahan Loktabat Selatan (11/11): 25 lansia, Senin–Jumat 08.00–14.00, gratis, daftar di Dinsos Kota dengan KTP dan KK.",
L="""Griya Lansia Siang resmi dibuka Pemkot Banjarbaru, Rabu (11/11), di bekas Kantor Kelurahan Loktabat Selatan. Konsepnya penitipan siang: lansia diantar pagi, dijemput siang, 25 orang per hari kerja dari pukul 08.00 sampai 14.00.

Di sana ada makan siang, senam ringan, pengajian dan cek tensi dari puskesmas, semua gratis. Kata Wali Kota Hj. Raudah Mufidah, lansia tetap tidur di rumah bersama keluarga. Daftar di Dinsos Kota Banjarbaru membawa KTP lansia dan KK. Kalau peminat lebih dari kuota, griya kedua akan dibuka di Landasan Ulin.""",
P="Nah, bubuhan Banjarbaru nang bagawi sampai siang, kada usah bingung lagi maninggalakan kuitan saurangan di rumah. Pemkot wayahini ada Griya Lansia Siang di bekas kantor Kelurahan Loktabat Selatan. Kawa 25 urang, Senin sampai Jumat, jam 8 sampai jam 2. Ada makan siang, senam, pangajian, cek tensi, gratis pulang. Daftar ka Dinsos kota bawa KTP wan KK 👵👴",
N=[
("kim-guntung-manggis", "11-30 09:40", "Kabar yang ditunggu warga Landasan Ulin: pemkot sedang mengecek bekas gedung posyandu di Guntung Manggis untuk dijadikan griya lansia kedua. Belum ada tanggal buka, masih survei.", "a later survey for a second home in Landasan Ulin, no opening yet"),
("kim-bangkal", "11-13 15:00", "Posyandu lansia Bangkal bulan ini diikuti 48 orang. Selain timbang dan cek tensi, ada senam bersama dan pembagian bubur kacang hijau. Jadwal berikutnya Jumat kedua Desember.", "a village elderly posyandu with its own figures"),
("kim-loktabat-utara", "11-11 19:05", "Wali Kota Banjarbaru Hj. Raudah Mufidah sore tadi meninjau perbaikan drainase di Jalan Trikora. Beliau minta pekerjaan selesai sebelum puncak musim hujan.", "same mayor the same day, drainage inspection"),
("kim-bangkal", "11-19 20:30", "Ada yang tahu, penitipan lansia di Loktabat itu bisa untuk lansia yang pakai kursi roda tidak? Ibu saya di Cempaka, tapi jauh sekali kalau harus antar tiap pagi. Semoga nanti ada juga di Cempaka.", "a question and a wish for Cempaka; no facts of the opening"),
],
B=[("kim-sungai-besar", "11-10 17:45", "Bekas Kantor Kelurahan Loktabat Selatan kelihatan dicat ulang dan dipasang pegangan tangan di tangga. Kabarnya mau dipakai untuk kegiatan lansia. Ada yang tahu pastinya?", "the building being prepared, the day before the opening")]),

dict(id="a06", src="pemkab-tabalong", at="11-13 17:00",
title="Dinsos Tabalong Pertemukan Empat Lansia Terlantar dengan Keluarganya",
text="""TANJUNG – Dinas Sosial Kabupaten Tabalong memulangkan empat lansia terlantar kepada keluarganya, Jumat (13/11/2026). Keempatnya sebelumnya ditemukan hidup sendiri di pondok kebun dan emperan toko di Murung Pudak dan Tanjung, lalu dirawat sementara di rumah singgah Dinsos sejak September.

Kepala Dinas Sosial Tabalong, H. Rusdiansyah Noor, S.H., menjelaskan keluarga mereka dilacak lewat foto yang disebarkan pekerja sosial ke grup-grup warga dan KIM. “Dua keluarga ternyata tinggal di Barito Timur, satu di Amuntai dan satu di Kelua. Mereka kira orang tuanya sudah meninggal,” katanya.

Pekerja sosial akan mengunjungi keempat lansia itu sebulan sekali selama enam bulan untuk memastikan mereka dirawat dengan baik. Warga yang menemukan lansia terlantar diminta melapor ke Dinsos atau kantor desa. (prokom-tbl/ry)""",
S="Dinsos Tabalong pulangkan 4 lansia terlantar ke keluarganya (13/11). Keluarga dilacak lewat foto di grup warga dan KIM: 2 di Barito Timur, 1 Amuntai, 1 Kelua. Pekerja sosial akan berkunjung sebulan sekali selama 6 bulan.",
L=None,
P="Tarharu banar habarnya 🥹 Ampat urang kai nini nang dulu tadapat saurangan di pondok kabun wan di emperan toko Murung Pudak wan Tanjung, samalam sudah dibulikakan Dinsos Tabalong ka keluarganya. Keluarganya dicari lewat foto di grup warga wan KIM, ada nang di Barito Timur, Amuntai, Kelua. Kaina pekerja sosial manjanguk sabulan sakali, anam bulan. Amun ada malihat kai nini saurangan di jalan, bapadah ka Dinsos lah.",
N=[
("kim-haruai", "11-18 08:15", "Mohon dibantu sebar: seorang kakek berkaus biru, kira-kira 70 tahun, sejak kemarin duduk di halte Haruai dan tidak ingat alamatnya. Sementara dirawat di rumah pembakal. Kalau ada yang kenal, hubungi kantor desa Haruai.", "a new found-elder appeal in Haruai, not the four reunited"),
("kim-mabuun", "11-21 10:45", "Alhamdulillah, kakek yang kemarin kami tanyakan sudah dijemput anaknya dari Tanta. Terima kasih warga Mabuun yang ikut menyebarkan fotonya. Ternyata beliau hanya salah naik angkot.", "a lost grandfather found by his son through a village post; no Dinsos reunification"),
("kim-tanjung", "11-27 16:20", "Dinsos Tabalong hari ini meresmikan rumah singgah baru di Jalan Ir. P. H. M. Noor, dengan 6 kamar untuk orang terlantar. Rumah singgah lama akan dipakai sebagai gudang logistik.", "the same office with another object: a new shelter building"),
("kim-haruai", "12-02 14:00", "Warga Haruai bertanya: kalau menampung nenek tetangga yang anak-anaknya merantau, apakah bisa dapat bantuan dari Dinsos? Belum ada info resmi, katanya masih didata.", "a question about support for a neighbour's grandmother; no official info"),
],
B=[("kim-haruai", "11-12 19:50", "Tadi ada mobil Dinsos di Haruai menanyakan keluarga seorang nenek yang dirawat di Tanjung. Kata petugas, fotonya sudah disebar di beberapa grup. Semoga segera ketemu keluarganya.", "the tracing the day before the reunification; the release comes later")]),

dict(id="a07", src="dinsos-kalsel", at="11-09 11:20",
title="1.150 Petugas Mulai Groundcheck DTSEN, 48.600 Rumah Tangga Desil 1 dan 2 Diverifikasi",
text="""BANJARBARU – Dinas Sosial Provinsi Kalimantan Selatan memulai verifikasi lapangan (groundcheck) Data Tunggal Sosial Ekonomi Nasional (DTSEN) di 13 kabupaten/kota, Senin (9/11/2026). Sebanyak 1.150 petugas akan mendatangi 48.600 rumah tangga yang tercatat di desil 1 dan 2 hingga 28 November untuk mencocokkan kondisi rumah, pekerjaan dan jumlah anggota keluarga.

Kepala Dinas Sosial Kalsel, Dr. H. Muhammad Irfansyah, M.Si., meminta warga menerima petugas yang membawa surat tugas dan kartu identitas. “Petugas tidak memungut biaya apa pun dan tidak meminta foto KTP lewat WhatsApp. Data yang benar membuat program tepat sasaran,” tegasnya.

Hasil groundcheck akan dibahas dalam musyawarah desa dan kelurahan pada awal Desember sebelum dikirim ke Kementerian Sosial. (dinsos/mi)""",
S="Groundcheck DTSEN di Kalsel mulai 9 November: 1.150 petugas Dinsos datangi 48.600 rumah tangga desil 1–2 di 13 kabupaten/kota sampai 28 November. Petugas bawa surat tugas, tidak pungut biaya, tidak minta foto KTP via WA.",
L="""Mulai Senin (9/11) petugas verifikasi lapangan DTSEN akan mendatangi rumah warga di seluruh Kalsel. Dinsos Kalsel menurunkan 1.150 petugas untuk mengecek 48.600 rumah tangga yang tercatat di desil 1 dan 2, sampai 28 November. Yang dicocokkan: kondisi rumah, pekerjaan dan jumlah anggota keluarga.

Kadinsos Dr. H. Muhammad Irfansyah mengingatkan, petugas resmi membawa surat tugas dan kartu identitas, tidak memungut biaya dan tidak meminta foto KTP lewat WhatsApp. Hasilnya dibahas di musyawarah desa/kelurahan awal Desember sebelum dikirim ke Kemensos.""",
P="Dangsanak sabarataan, mulai Senin ini ada patugas Dinsos nang datang ka rumah gasan mancocokakan data DTSEN, 1.150 urang patugasnya, 48.600 rumah tangga desil 1 wan 2 di sabarataan Kalsel, sampai 28 Nopember. Tarima haja, asal inya bawa surat tugas wan kartu. Ingat lah, patugas kada minta duit, kada minta foto KTP lewat WA. Amun ada nang kaya itu, hoaks tu! #DTSEN #CekData",
N=[
("kim-sungai-danau", "11-12 13:10", "Waspada! Beredar pesan berantai yang minta warga mengirim foto KTP dan KK ke nomor WhatsApp dengan alasan verifikasi data bansos. Perangkat desa Sungai Danau menegaskan tidak ada pendataan lewat WA. Jangan dikirim.", "a WhatsApp scam warning in a village; no groundcheck facts"),
("kim-kiram", "12-03 09:20", "Hari ini musyawarah desa Kiram membahas hasil verifikasi data sosial. Dari 142 rumah tangga yang dicek, 17 diusulkan keluar dan 9 keluarga baru diusulkan masuk. Berita acaranya ditandatangani pembakal dan BPD.", "the later village musyawarah in December with its own figures"),
("kim-basirih", "11-16 16:00", "Petugas sensus pertanian BPS sedang keliling Basirih minggu ini, mendata rumah tangga yang masih memelihara ternak dan menanam padi. Mohon warga bersedia memberikan jawaban yang benar.", "a BPS survey visiting homes, another survey"),
("kim-takisung", "11-24 19:40", "Ada tetangga yang rumahnya sudah dicek petugas data sosial, tapi katanya hasilnya baru bisa dilihat tahun depan. Apakah benar bantuan langsung dihentikan kalau rumah sudah bagus? Belum ada penjelasan resmi dari desa.", "a worried rumour about aid being stopped; no official facts"),
],
B=[]),

dict(id="a08", src="pemkab-banjar", at="11-13 15:30",
title="Pemkab Banjar Buka Posko Sanggah Data Sosial di 20 Kecamatan Mulai 16 November",
text="""MARTAPURA – Pemerintah Kabupaten Banjar membuka posko sanggah data sosial di 20 kantor kecamatan mulai Senin (16/11/2026) hingga 30 November. Warga yang merasa kondisi keluarganya salah dicatat dalam Data Tunggal Sosial Ekonomi Nasional (DTSEN), misalnya masuk desil terlalu tinggi, dapat mengajukan sanggahan secara langsung.

Sekretaris Daerah Kabupaten Banjar, Ir. H. Mokhamad Hilman, M.Si., mengatakan setiap posko dijaga operator Dinas Sosial dan TKSK. “Bawa kartu keluarga dan KTP, ceritakan kondisi sebenarnya. Sanggahan yang masuk akan kami verifikasi ke rumah, bukan diputuskan di meja,” ujarnya.

Posko buka pukul 08.00–15.00 WITA pada hari kerja. Hasil verifikasi sanggahan akan diumumkan di kantor desa masing-masing pada pertengahan Desember. (diskominfo-banjar/hm)""",
S="Pemkab Banjar buka posko sanggah DTSEN di 20 kantor kecamatan, 16–30 November, 08.00–15.00 hari kerja. Bawa KK dan KTP; sanggahan diverifikasi ke rumah, hasil diumumkan di kantor desa pertengahan Desember.",
L="""Merasa data keluarga di DTSEN salah, misalnya tercatat di desil yang terlalu tinggi? Pemkab Banjar membuka posko sanggah di 20 kantor kecamatan mulai Senin 16 November sampai 30 November, pukul 08.00–15.00 WITA setiap hari kerja.

Posko dijaga operator Dinsos dan TKSK. Syaratnya membawa kartu keluarga dan KTP lalu menjelaskan kondisi sebenarnya. Sekda Banjar Ir. H. Mokhamad Hilman menyebut setiap sanggahan akan diverifikasi langsung ke rumah. Hasilnya diumumkan di kantor desa pertengahan Desember.""",
P="Bubuhan Kabupaten Banjar, nang marasa datanya tasalah di DTSEN, desilnya kaganalan kah, kawa manyanggah wayahini. Ada posko di 20 kantor kecamatan, mulai 16 sampai 30 Nopember, jam 8 sampai jam 3 hari bagawi. Bawa KK wan KTP, kaina didatangi ka rumah gasan dicek. Hasilnya diumumakan di kantor desa tangah Desember 👍",
N=[
("kim-sungai-tabuk-keramat", "11-23 11:30", "Kantor Kecamatan Sungai Tabuk hari ini ramai warga mengurus surat pindah dan KTP-el karena ada layanan jemput bola Disdukcapil. Antrean sampai ke halaman, mohon bersabar.", "same kecamatan office, another service (Disdukcapil)"),
("kim-kiram", "11-16 20:10", "Sekda Banjar Ir. H. Mokhamad Hilman hari ini membuka turnamen voli antarkecamatan di Karang Intan. Ada 20 tim putra dan putri yang bertanding sampai akhir bulan.", "same Sekda on the posko's first day at a volleyball tournament; 20 means teams"),
("kim-pengaron", "11-28 09:00", "Tahun lalu warga kami sudah menyanggah lewat desa, tapi sampai sekarang hasilnya tidak pernah diumumkan. Semoga yang sekarang tidak begitu lagi. Ada yang sudah dapat kabar?", "a complaint about last year's objections; no posko facts"),
],
B=[]),

dict(id="a09", src="pemkab-hsu", at="11-19 16:45",
title="Hasil Musdes, 1.264 Data Penerima Program Sosial di HSU Dinonaktifkan",
text="""AMUNTAI – Dinas Sosial Kabupaten Hulu Sungai Utara menonaktifkan 1.264 data penerima program perlindungan sosial setelah rangkaian musyawarah desa di 219 desa dan kelurahan, Kamis (19/11/2026). Data itu terdiri atas 702 warga yang sudah meninggal, 311 yang pindah domisili dan 251 data ganda.

Kepala Dinas Sosial HSU, Hj. Rahmawati, S.E., M.M., mengatakan penonaktifan tidak menghapus hak warga yang masih memenuhi syarat. “Kalau ada warga yang ternyata masih hidup dan masih di desa tetapi ikut tercoret, silakan melapor ke kantor desa. Kami perbaiki dalam bulan berikutnya,” katanya.

Tempat yang kosong akan diisi usulan baru hasil musdes, yang tahun ini berjumlah 1.580 keluarga, setelah disetujui Kementerian Sosial. (hsu/rw)""",
S="Dinsos HSU nonaktifkan 1.264 data penerima program sosial hasil musdes di 219 desa/kelurahan: 702 meninggal, 311 pindah, 251 ganda. Yang tercoret padahal masih berhak diminta lapor ke kantor desa; 1.580 keluarga baru diusulkan.",
L="""Dinsos Hulu Sungai Utara mengumumkan hasil musyawarah desa di 219 desa dan kelurahan: 1.264 data penerima program perlindungan sosial dinonaktifkan. Rinciannya 702 sudah meninggal, 311 pindah domisili dan 251 data ganda.

Kadinsos HSU Hj. Rahmawati menegaskan, warga yang masih berhak tapi ikut tercoret bisa melapor ke kantor desa dan akan diperbaiki bulan berikutnya. Kuota yang kosong diisi usulan baru musdes, tahun ini 1.580 keluarga, setelah disetujui Kemensos.""",
P="Habar matan Amuntai: Dinsos HSU manonaktifakan 1.264 data panarima program sosial, hasil musdes di 219 desa wan kelurahan. Nang 702 sudah maninggal, 311 pindah, 251 data ganda. Amun pian masih hidup, masih di kampung, tapi ikut tacurit, bapadah ka kantor desa lah, kaina dibaiki bulan dudi. Ada 1.580 keluarga hanyar nang diusulakan 🙏",
N=[
("kim-babirik", "11-25 10:15", "Hasil musdes Babirik tahun ini: 38 nama dicoret dari daftar penerima karena meninggal dan pindah, 21 keluarga baru diusulkan. Daftarnya ditempel di papan pengumuman kantor desa.", "one village's own musdes list, its own numbers"),
("kim-danau-panggang", "11-22 15:30", "Kadinsos HSU Hj. Rahmawati hari ini menyerahkan bantuan perahu untuk 6 keluarga nelayan korban angin puting beliung di Danau Panggang.", "same Kadinsos days later, another activity (boats for storm victims)"),
("kim-sungai-malang", "11-20 19:00", "KPU HSU mencoret 702 pemilih yang sudah meninggal dari daftar pemilih berkelanjutan triwulan ini. Warga diminta melapor jika ada anggota keluarga yang meninggal belum dilaporkan.", "the same figure 702 in KPU's voter list cleaning"),
],
B=[("kim-babirik", "11-05 20:05", "Malam ini musyawarah desa Babirik membahas data penerima bantuan sosial. Semua ketua RT diharapkan hadir di balai desa jam 20.00 membawa catatan warga yang meninggal atau pindah.", "the village musdes invitation before the kabupaten's result")]),

dict(id="a10", src="dinsos-banjarmasin", at="11-02 17:30",
title="Shelter Malam Tunawisma Dibuka di Teluk Dalam, Sediakan 24 Tempat Tidur Selama Musim Hujan",
text="""BANJARMASIN – Dinas Sosial Kota Banjarmasin membuka Shelter Malam Tunawisma di gedung bekas Puskesmas Pembantu Teluk Dalam, Senin (2/11/2026). Shelter menyediakan 24 tempat tidur, makan malam dan sarapan, serta kamar mandi bagi warga yang tidak punya tempat berteduh selama musim hujan hingga akhir Februari 2027.

Kepala Dinas Sosial Kota Banjarmasin, Dra. Hj. Norhayati Adenan, mengatakan shelter buka pukul 18.00 hingga 07.00 WITA. “Kami tidak menangkap siapa pun. Yang mau berteduh silakan datang sendiri atau diantar warga, petugas piket ada setiap malam,” ujarnya.

Tim penjangkauan Dinsos akan berkeliling ke kolong jembatan dan emperan pasar setiap Rabu malam untuk menawarkan shelter. Penghuni juga dibantu mengurus dokumen kependudukan. (dinsos-bjm/na)""",
S="Dinsos Banjarmasin buka Shelter Malam Tunawisma di eks Pustu Teluk Dalam (2/11): 24 tempat tidur, makan malam dan sarapan, buka 18.00–07.00 sampai akhir Februari 2027. Tim penjangkauan keliling tiap Rabu malam.",
L="""Mulai Senin (2/11) warga Banjarmasin yang tidak punya tempat berteduh bisa bermalam di Shelter Malam Tunawisma, gedung bekas Pustu Teluk Dalam. Ada 24 tempat tidur, makan malam, sarapan dan kamar mandi, buka pukul 18.00 sampai 07.00 WITA selama musim hujan hingga akhir Februari 2027.

Kadinsos Kota Dra. Hj. Norhayati Adenan menegaskan tidak ada penangkapan: siapa pun boleh datang sendiri atau diantar warga. Tim penjangkauan berkeliling ke kolong jembatan dan emperan pasar setiap Rabu malam, dan penghuni dibantu mengurus dokumen kependudukan.""",
P="Bubuhan Banjarmasin, amun ada malihat urang nang guring di kolong jambatan atawa emperan pasar wayah hujan, habari lah: Dinsos kota wayahini ada shelter malam di bekas Pustu Teluk Dalam. Ada 24 ranjang, makan malam wan sarapan, jam 6 sanja sampai jam 7 isuk, sampai Pebruari. Kada ditangkap, datang haja saurangan atawa diantar 🙏🌧️",
N=[
("kim-teluk-dalam", "11-04 22:10", "Rabu malam ini tim Dinsos menyisir kolong Jembatan Merdeka dan menemukan 7 orang tidur beralas kardus. Tiga orang mau ikut ke shelter, empat lainnya menolak dan diberi selimut.", "the first Wednesday outreach night, its own findings"),
("kim-pekapuran-raya", "11-15 08:40", "Gedung bekas pustu di Pekapuran Raya minggu ini dibersihkan warga untuk dipakai sekretariat Karang Taruna. Kunci sudah diserahkan kelurahan.", "another former pustu building with another use"),
("kim-teluk-dalam", "11-27 20:30", "Warga RT 5 Teluk Dalam mengeluhkan ada penghuni shelter yang duduk-duduk di depan rumah warga sampai larut. Mohon petugas piket lebih mengawasi. Kami tidak keberatan ada shelter, asal tertib.", "a later residents' complaint about shelter guests; no opening facts"),
("kim-basirih", "11-02 21:15", "Hujan deras sejak sore, beberapa ruas jalan di Basirih tergenang 20–30 cm. Hati-hati yang pulang malam, banyak lubang tertutup air.", "same evening, rain and flooding; no shelter"),
],
B=[("kim-teluk-dalam", "10-30 16:00", "Bekas pustu di ujung gang kami dicat ulang dan dimasukkan kasur-kasur. Kata petugas kelurahan nanti jadi tempat menginap orang yang tidak punya rumah. Warga masih bertanya-tanya aturannya seperti apa.", "preparations seen three days before the opening")]),
]
