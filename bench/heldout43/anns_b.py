# Hand-written releases of heldout43, families 8-14 (same layout as anns_a.py).

ANNS_B = [
dict(id="a22", src="bpbd-kalsel", at="11-02 10:30", region="prov",
 title="BPBD Kalsel Pasang 400 Rambu Jalur Evakuasi di 20 Desa Rawan Banjir",
 text="""BANJARBARU – Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Kalimantan Selatan mulai memasang 400 rambu jalur evakuasi dan titik kumpul di 20 desa rawan banjir pada [[2/11]]. Pemasangan berlangsung hingga 30 November di lima kabupaten: Banjar, Hulu Sungai Selatan, Hulu Sungai Tengah, Hulu Sungai Utara, dan Tabalong.

Rambu dipasang berdasarkan peta risiko yang disusun bersama warga desa, sehingga arah panah menuju tempat yang benar-benar lebih tinggi, seperti sekolah, masjid, atau tanggul. "Saat banjir datang malam hari, orang tidak sempat berpikir. Rambu membantu mereka tahu harus ke mana," ujar Kepala Pelaksana BPBD Kalsel, Raden Suryadi Winata.

Setelah rambu terpasang, setiap desa diminta menggelar jalan santai menyusuri jalur evakuasi agar warga hafal rutenya. (bpbd-kalsel/rs)""",
 short="BPBD Kalsel pasang 400 rambu jalur evakuasi & titik kumpul di 20 desa rawan banjir (Banjar, HSS, HST, HSU, Tabalong) 2-30 Nov.",
 long="""Rambu evakuasi banjir: BPBD Kalsel memasang 400 rambu jalur evakuasi dan titik kumpul di 20 desa rawan banjir di Banjar, HSS, HST, HSU dan Tabalong, 2–30 November. Arah panah mengikuti peta risiko yang disusun bersama warga, menuju sekolah, masjid atau tanggul. Kalak Raden Suryadi Winata: saat banjir malam hari orang tak sempat berpikir. Tiap desa lalu diminta jalan santai menyusuri jalurnya.""",
 para="Ampat ratus rambu jalur evakuasi dipasang BPBD di duapuluh kampung nang rancak kabanjiran, di Banjar, HSS, HST, HSU wan Tabalong. Panahnya manunjuk ka wadah nang tinggi, sakulahan, masigit, tanggul. Kaina bubuhan warga disuruh bajalan babarengan manyusuri jalurnya 🗺️⬆️",
 look=[(-380, "Dokumentasi 2025: warga Desa Pajukungan menggambar peta risiko banjir di balai desa bersama mahasiswa KKN.", "an older mapping exercise"),
       (15, "Jalan santai menyusuri jalur evakuasi di Desa Sungai Buluh pagi tadi diikuti 180 warga, dari rumah ke titik kumpul di SDN 1 hanya 12 menit.", "a village walk under the programme with its own facts"),
       (4, "BPBD Kalsel menyalurkan 400 paket logistik untuk korban angin puting beliung di Tapin Selatan minggu ini, berisi beras, mi instan, dan terpal.", "the same figure 400 meaning aid packages")],
 before=None),

dict(id="a23", src="pemkab-hss", at="11-11 15:00", region="Kabupaten Hulu Sungai Selatan",
 title="60 Rambu Evakuasi Banjir Terpasang di Daha Selatan",
 text="""NEGARA – Sebanyak 60 rambu jalur evakuasi dan titik kumpul telah terpasang di empat desa Kecamatan Daha Selatan pada [[11/11]]. Rambu tersebut merupakan bagian dari 400 rambu program BPBD Provinsi Kalimantan Selatan tahun ini.

Keempat desa yang mendapat rambu adalah Tumbukan Banyu, Bayanan, Baruh Jaya, dan Muning Tengah, yang setiap musim hujan tergenang luapan Sungai Negara. Titik kumpul ditetapkan di dua sekolah dan satu masjid yang lantainya tidak pernah terendam. "Rambu ini ditempatkan sesuai usulan warga sendiri, bukan ditentukan dari kantor," kata Kepala Pelaksana BPBD HSS, Ahmad Rifani Jamal.

BPBD HSS bersama camat akan mengecek rambu setiap tiga bulan dan mengganti rambu yang rusak atau tertutup tanaman. (humas-hss/ar)""",
 short="60 rambu evakuasi banjir terpasang di 4 desa Daha Selatan (Tumbukan Banyu, Bayanan, Baruh Jaya, Muning Tengah), bagian 400 rambu BPBD Kalsel.",
 long=None,
 para="Di Daha Selatan sudah tapasang anam puluh rambu evakuasi, di Tumbukan Banyu, Bayanan, Baruh Jaya wan Muning Tengah. Titik kumpulnya di sakulahan wan masigit nang kada suah karam. Wadahnya usulan warga saurang, bukan matan kantor 👍🌊",
 look=[(9, "Rambu evakuasi di Desa Bayanan ada yang roboh ditabrak truk pasir kemarin. Sudah dilaporkan ke desa, semoga cepat diganti.", "one damaged sign, a later mishap"),
       (-7, "Sungai Negara mulai naik, warga Tumbukan Banyu sudah menaikkan perabot ke para-para. Belum masuk rumah.", "the river rising, not the signs"),
       (3, "Hulu Sungai Tengah juga dapat 60 rambu evakuasi katanya, di Desa Pajukungan dan sekitarnya. Sama jumlahnya dengan Daha Selatan.", "another kabupaten's share with the same count")],
 before=None),

dict(id="a24", src="pemkab-banjar", at="11-17 14:10", region="Kabupaten Banjar",
 title="Pemkab Banjar Tetapkan 15 Titik Kumpul Evakuasi di Aluh-Aluh",
 text="""MARTAPURA – Pemerintah Kabupaten Banjar menetapkan 15 titik kumpul evakuasi dan memasang 45 rambu penunjuk arah di Kecamatan Aluh-Aluh pada [[17/11]]. Program ini dibiayai APBD kabupaten, terpisah dari program rambu BPBD provinsi.

Aluh-Aluh dipilih karena wilayahnya rendah dan rawan banjir rob saat pasang purnama. Titik kumpul berada di sekolah, kantor desa, dan rumah warga berlantai dua yang pemiliknya bersedia. "Kami berterima kasih kepada warga yang merelakan rumahnya menjadi titik kumpul. Itu gotong royong yang sesungguhnya," kata Bupati Banjar, H. Saidi Mansyur Rahman, saat menyerahkan piagam kepada pemilik rumah.

Pada Desember, BPBD Banjar akan menggelar simulasi evakuasi malam hari di Desa Aluh-Aluh Besar. (diskominfo-banjar/hs)""",
 short="Pemkab Banjar tetapkan 15 titik kumpul + 45 rambu evakuasi di Aluh-Aluh (APBD). Rumah warga berlantai dua ikut jadi titik kumpul.",
 long="""Titik kumpul evakuasi Aluh-Aluh: Pemkab Banjar menetapkan 15 titik kumpul dan memasang 45 rambu penunjuk arah, Selasa 17/11, dari APBD kabupaten (bukan program BPBD provinsi). Aluh-Aluh rendah dan rawan rob saat pasang purnama. Titik kumpul: sekolah, kantor desa, rumah warga berlantai dua yang pemiliknya bersedia — Bupati menyerahkan piagam. Desember ada simulasi evakuasi malam di Aluh-Aluh Besar.""",
 para="Di Aluh-Aluh wayah ini ada limawalas titik kumpul wan ampat puluh lima rambu. Ada jua rumah warga nang batingkat dua nang relaan dijadiakan titik kumpul, dibari piagam ulih Bupati. Mun rob pasang purnama, tahu sudah ka mana bukah 🏠🌊",
 look=[(20, "Simulasi evakuasi malam hari di Desa Aluh-Aluh Besar tadi malam, sirene dibunyikan jam 21.00, 230 warga berjalan ke titik kumpul dalam 18 menit.", "the December drill itself, its own news"),
       (-5, "Rob masuk ke jalan desa Aluh-Aluh Kecil subuh tadi setinggi mata kaki, surut jam 9.", "a tide flood, not the programme"),
       (2, "Bupati Banjar H. Saidi Mansyur Rahman hari ini juga menyerahkan bantuan 200 paket sembako ke warga Aluh-Aluh korban rob.", "the same official and kecamatan, aid")],
 before=(28, "Besok ada penyerahan piagam untuk warga yang rumahnya dijadikan titik kumpul evakuasi, Pak Bupati rencana hadir di Aluh-Aluh Besar.", "an invitation before the release")),

dict(id="a25", src="pemkab-hsu", at="11-08 09:15", region="Kabupaten Hulu Sungai Utara",
 title="20 Desa di HSU Terima Ambulans Desa dari Dana Desa",
 text="""AMUNTAI – Sebanyak 20 desa di Kabupaten Hulu Sungai Utara menerima ambulans desa yang dibeli dari dana desa 2026. Penyerahan kunci dilakukan Bupati HSU di halaman Pendopo Amuntai pada [[8/11]].

Setiap ambulans dilengkapi tandu, tabung oksigen, dan kotak pertolongan pertama, dan dikelola oleh pemerintah desa tanpa memungut biaya dari warga. Desa penerima tersebar di Amuntai Utara, Sungai Tabukan, Babirik, dan Haur Gading. "Dulu warga sakit malam hari diantar pakai becak motor atau jukung. Sekarang desa punya kendaraan yang layak," ujar Bupati Hulu Sungai Utara, H. Sahrujani Bahrul.

Dinas Kesehatan akan melatih dua sopir dari setiap desa tentang cara mengangkat pasien dan penggunaan oksigen pada akhir November. (prokopim-hsu/sb)""",
 short="20 desa di HSU terima ambulans desa dari dana desa 2026 (Amuntai Utara, Sungai Tabukan, Babirik, Haur Gading). Gratis untuk warga.",
 long=None,
 para="Duapuluh desa di HSU dapat ambulans desa matan dana desa, kuncinya diunjuk Bupati di Pendopo Amuntai. Ada tandu, oksigen wan kotak P3K, gratis gasan warga. Bahari urang garing malam diantar pakai bentor atawa jukung, wayah ini kada lagi 🚑",
 look=[(-22, "Ambulans desa Tambalang Kecil yang dibeli 2024 sampai sekarang masih dipakai, sudah mengantar 300-an pasien. Terima kasih sopirnya Pak Amat.", "an older village ambulance"),
       (19, "Pelatihan sopir ambulans desa se-HSU di aula Dinkes hari ini, 40 sopir belajar mengangkat pasien dan memakai tabung oksigen.", "the drivers' training, its own later event"),
       (5, "Pendopo Amuntai malam ini ramai, ada festival musik panting pelajar.", "the same venue, another event")],
 before=(14, "Berjejer mobil putih di halaman Pendopo Amuntai sejak pagi, ternyata ambulans untuk desa-desa. Kapan diserahkan ya?", "the cars seen before the handover release")),

dict(id="a26", src="pemkab-balangan", at="11-15 15:25", region="Kabupaten Balangan",
 title="12 Ambulans Desa dan Pelatihan Sopir untuk Desa Terpencil Balangan",
 text="""PARINGIN – Pemerintah Kabupaten Balangan menyerahkan 12 ambulans desa kepada desa-desa terpencil di Kecamatan Halong, Tebing Tinggi, dan Awayan pada [[15/11]]. Ambulans berpenggerak empat roda itu dibeli dari APBD kabupaten senilai Rp4,1 miliar.

Bersamaan dengan penyerahan, 24 sopir mengikuti pelatihan pertolongan pertama dan mengemudi di jalan tanah selama dua hari. "Jalan di desa-desa ini berbukit dan licin saat hujan. Mobil biasa tidak sanggup, jadi kami pilih penggerak empat roda," kata Wakil Bupati Balangan, Hj. Rusmiati Ningsih.

Pemkab menanggung bahan bakar ambulans melalui anggaran puskesmas, sehingga warga tidak dipungut biaya. Setiap ambulans juga terhubung ke radio puskesmas kecamatan. Nomor lambung setiap ambulans dicatat di puskesmas kecamatan. (prokopim-balangan/rn)""",
 short="Balangan serahkan 12 ambulans desa 4x4 (Rp4,1 M APBD) ke desa terpencil Halong, Tebing Tinggi, Awayan. 24 sopir dilatih, BBM ditanggung puskesmas.",
 long="""Ambulans 4x4 untuk desa terpencil Balangan: 12 unit diserahkan Minggu 15/11 ke desa-desa di Halong, Tebing Tinggi dan Awayan, senilai Rp4,1 miliar APBD. 24 sopir ikut pelatihan P3K dan mengemudi di jalan tanah dua hari. Wabup Hj. Rusmiati Ningsih: jalan berbukit dan licin. BBM ditanggung anggaran puskesmas, warga tidak bayar; tiap ambulans terhubung radio puskesmas.""",
 para="Duabalas ambulans gardan ampat dibari ka desa-desa di Halong, Tebing Tinggi wan Awayan. Jalan pahumaan nang licin mun hujan kawa ditembus. Sopirnya duapuluh ampat urang dilatih P3K. Minyaknya ditanggung puskesmas, warga kada bayar 🚑⛰️",
 look=[(6, "Ambulans desa Tebing Tinggi pertama kali dipakai tadi malam mengantar ibu melahirkan ke Puskesmas, tiba dengan selamat.", "the first trip of one ambulance, days later"),
       (-35, "Warga Desa Sungsum menandu pasien 3 km ke jalan besar karena mobil tidak bisa masuk saat hujan.", "an older stretcher story before the ambulances"),
       (3, "HSU juga dapat ambulans desa 20 unit, tapi dari dana desa, bukan APBD. Beda skema ya.", "another kabupaten's ambulances")],
 before=None),

dict(id="a27", src="pemkab-tabalong", at="11-22 10:40", region="Kabupaten Tabalong",
 title="Tabalong Siagakan 15 Ambulans Desa Terhubung Call Center 112",
 text="""TANJUNG – Pemerintah Kabupaten Tabalong menghubungkan 15 ambulans desa ke layanan Call Center 112 mulai [[22/11]]. Dengan sistem ini, petugas 112 dapat langsung mengarahkan ambulans desa terdekat ke lokasi pasien.

Ambulans desa tersebut berada di Kecamatan Kelua, Muara Uya, Jaro, dan Banua Lawas. Setiap sopir dibekali telepon dengan aplikasi pelacak lokasi. Dalam uji coba sepekan, waktu tunggu pasien di Muara Uya turun dari rata-rata 50 menit menjadi 20 menit. "Ambulansnya sudah ada di desa, tinggal disambungkan. Tidak perlu semua dari kota," kata Kepala Dinas Kominfo Tabalong, Eko Prasetyo Wibowo.

Tabalong menargetkan seluruh 40 ambulans desa terhubung ke 112 pada Maret 2027. Warga tetap dapat menghubungi puskesmas terdekat. (diskominfo-tabalong/ep)""",
 short="Tabalong sambungkan 15 ambulans desa (Kelua, Muara Uya, Jaro, Banua Lawas) ke Call Center 112. Waktu tunggu di Muara Uya turun 50 jadi 20 menit.",
 long=None,
 para="Ambulans desa di Kelua, Muara Uya, Jaro wan Banua Lawas, limawalas buting, wayah ini tasambung ka 112. Mun pian manelpon 112, ambulans nang paling parak haja nang datang. Di Muara Uya manunggu ambulans matan limapuluh menit jadi duapuluh menit haja 👍🚑",
 look=[(-30, "Call Center 112 Tabalong melayani 1.200-an panggilan selama Oktober, kebanyakan laporan kebakaran lahan dan pohon tumbang.", "a 112 monthly tally, not the ambulances"),
       (9, "Ambulans desa Pembataan mengantar korban kecelakaan di jalan Tanjung-Kelua sore tadi. Terima kasih sopir yang sigap.", "one trip by an ambulance not in the 15"),
       (2, "Kadis Kominfo Tabalong Eko Prasetyo Wibowo hari ini meluncurkan wifi gratis di 12 taman desa.", "the same official, another programme")],
 before=None),

dict(id="a28", src="pemprov-kalsel", at="11-09 14:00", region="prov",
 title="500 Guru Olahraga Dilatih Bantuan Hidup Dasar",
 text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan melalui Dinas Kesehatan melatih 500 guru olahraga SMA, SMK, dan SLB dalam bantuan hidup dasar (BHD) mulai [[10/11]]. Pelatihan digelar dalam lima angkatan hingga 14 November di Gedung Idham Chalid.

Peserta berlatih pijat jantung pada manekin, memberi napas bantuan, dan memakai alat kejut jantung otomatis (AED). Pelatihan ini diadakan setelah dua siswa di Kalsel meninggal karena henti jantung saat olahraga tahun ini. "Guru olahraga adalah orang pertama yang ada di lapangan. Empat menit pertama menentukan," ujar Kepala Dinas Kesehatan Kalsel, dr. Irawati Sulistyo.

Pemprov juga akan menempatkan 50 unit AED di sekolah-sekolah dengan jumlah siswa terbanyak pada awal 2027. (dinkes-kalsel/is)""",
 short="Dinkes Kalsel latih 500 guru olahraga SMA/SMK/SLB bantuan hidup dasar (pijat jantung, napas bantuan, AED), 10-14 Nov di Gedung Idham Chalid.",
 long="""Pelatihan bantuan hidup dasar untuk 500 guru olahraga SMA, SMK dan SLB digelar Dinkes Kalsel dalam lima angkatan, 10–14 November di Gedung Idham Chalid: pijat jantung pada manekin, napas bantuan, AED. Latar: dua siswa meninggal karena henti jantung saat olahraga tahun ini. Kadinkes dr. Irawati Sulistyo: empat menit pertama menentukan. Awal 2027 ada 50 AED untuk sekolah terbesar.""",
 para="Limaratus guru olahraga SMA, SMK wan SLB baajar bantuan hidup dasar di Gedung Idham Chalid, mamijat jantung, manyambung napas, wan mamakai AED. Bapandir Kadinkes, ampat menit partama nang manantuakan. Awal 2027 ada limapuluh AED gasan sakulahan 💓",
 look=[(-16, "Innalillahi, siswa SMA di Banjarbaru pingsan saat lari pagi di sekolah dan tidak tertolong. Semoga keluarga diberi ketabahan.", "one of the deaths that preceded the training"),
       (4, "Gedung Idham Chalid hari ini dipakai wisuda 600 lulusan Poltekkes. Parkir penuh sampai jalan raya.", "the same venue, another event"),
       (12, "PMI Banjarbaru latih 40 siswa KSR SMA pertolongan pertama di markas PMI, Sabtu kemarin. Ada praktik pembidaian juga.", "PMI's own first-aid session for students")],
 before=None),

dict(id="a29", src="pemkot-banjarbaru", at="11-14 16:30", region="Kota Banjarbaru",
 title="80 Pengemudi Ojek Daring Dilatih Pertolongan Pertama Kecelakaan",
 text="""BANJARBARU – Pemerintah Kota Banjarbaru melatih 80 pengemudi ojek daring dalam pertolongan pertama korban kecelakaan lalu lintas pada [[14/11]] di Aula Gawi Sabarataan Balai Kota Banjarbaru.

Materi mencakup cara mengamankan lokasi kejadian, menghentikan perdarahan, memposisikan korban yang tidak sadar, dan melapor ke Call Center 112. Peserta juga diajari agar tidak memindahkan korban dengan dugaan patah tulang leher. "Pengemudi ojek sering paling dulu sampai di lokasi kecelakaan. Niat menolong harus dibekali cara yang benar," ujar Wali Kota Banjarbaru, Hj. Lisa Andriani Utami.

Setiap peserta mendapat kotak pertolongan pertama kecil yang dapat disimpan di jok motor. Angkatan kedua dijadwalkan pada Desember untuk pengemudi ojek pangkalan. (mc-bjb/la)""",
 short="Pemkot Banjarbaru latih 80 ojol pertolongan pertama kecelakaan di Aula Gawi Sabarataan, Sabtu (14/11). Tiap peserta dapat kotak P3K untuk jok motor.",
 long=None,
 para="Walu puluh urang ojol di Banjarbaru baajar manulung korban kacalakaan, manyumpal darah, maatur posisi korban nang pingsan, wan manelpon 112. Jangan sampai korban nang patah gulu dipindahi sambarangan. Masing-masing dibari kotak P3K gasan di jok 🛵🩹",
 look=[(18, "Angkatan kedua pelatihan pertolongan pertama untuk ojek pangkalan Banjarbaru diikuti 45 orang di aula kecamatan Cempaka hari ini.", "the December second batch with its own facts"),
       (2, "Kecelakaan beruntun di Jl. A. Yani Km 33 pagi tadi, dua pengendara luka ringan, lalu lintas sempat macet.", "an accident, no training"),
       (-9, "Komunitas ojol Banjarbaru gelar santunan anak yatim di Aula Gawi Sabarataan, 80 anak menerima tas sekolah.", "the same venue and the same count 80, charity")],
 before=None),

dict(id="a30", src="pemkab-hst", at="11-24 10:15", region="Kabupaten Hulu Sungai Tengah",
 title="60 Pengurus Masjid di HST Belajar Pijat Jantung dan Pakai AED",
 text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah melatih 60 pengurus masjid dalam bantuan hidup dasar pada [[24/11]] di Aula Murakata, Barabai. Pelatihan dari Dinas Kesehatan HST ini didukung PMI kabupaten.

Masjid dipilih karena banyak jamaah lansia, dan beberapa kasus jamaah pingsan saat salat Subuh terjadi tahun ini. Setiap peserta berlatih pijat jantung 30 kali tekan dan dua kali napas bantuan pada manekin. "Kalau ada jamaah yang kolaps, pengurus masjid tidak boleh hanya menunggu ambulans," kata Kepala Dinas Kesehatan HST, dr. Rahmah Yuliani.

Tiga masjid besar di Barabai, Birayang, dan Pantai Hambawang akan menerima alat AED pada Januari 2027, dan pengurusnya diwajibkan melatih ulang jamaah. (humas-hst/ry)""",
 short="Dinkes HST latih 60 pengurus masjid bantuan hidup dasar di Aula Murakata, Selasa (24/11). Jan 2027 AED untuk 3 masjid besar.",
 long="""Bantuan hidup dasar untuk pengurus masjid: Dinkes HST dan PMI melatih 60 pengurus masjid di Aula Murakata, Barabai, Selasa 24/11. Latar: jamaah lansia, beberapa kasus pingsan saat Subuh. Latihan pijat jantung 30 tekan + 2 napas pada manekin. Kadinkes dr. Rahmah Yuliani: pengurus jangan hanya menunggu ambulans. Januari 2027 AED untuk masjid besar di Barabai, Birayang, Pantai Hambawang.""",
 para="Anam puluh pangurus masigit di HST baajar mamijat jantung di Aula Murakata, talu puluh kali tekan, dua kali napas. Jamaah kita banyak nang sudah tuha, mun ada nang rabah wayah Subuh, jangan cuma manunggu ambulans. Januari kaina talu masigit dapat AED 🕌💓",
 look=[(-8, "Jamaah lansia pingsan saat salat Subuh di langgar Desa Pagat, alhamdulillah sadar setelah diberi minyak angin dan dibawa ke puskesmas.", "an incident, before the training"),
       (3, "Aula Murakata kemarin jadi tempat lomba cerdas cermat PKK tingkat kabupaten.", "the same hall, another event"),
       (10, "Pengurus masjid Nurul Huda Birayang menggelar latihan pijat jantung sendiri untuk remaja masjid, 25 peserta, pakai manekin pinjaman puskesmas.", "a mosque's own session with its own facts")],
 before=None),

dict(id="a31", src="pemkot-banjarbaru", at="11-03 12:20", region="Kota Banjarbaru",
 title="35 Papan Larangan Berenang Dipasang di Kolam Bekas Galian Cempaka",
 text="""BANJARBARU – Pemerintah Kota Banjarbaru memasang 35 papan larangan berenang di kolam-kolam bekas galian tambang intan dan pasir di Kecamatan Cempaka pada [[3/11]]. Pemasangan dilakukan BPBD bersama kelurahan dan ketua RT.

Sepanjang 2026, tiga anak meninggal tenggelam di kolam bekas galian di Cempaka. Kolam-kolam itu tampak tenang, tetapi dalam hingga delapan meter dan dasarnya berlumpur. "Anak-anak melihatnya seperti kolam renang. Padahal tepinya bisa langsung curam," kata Kepala Pelaksana BPBD Kota Banjarbaru, Fajar Nugraha Saleh.

Selain papan, BPBD meminta pemilik lahan memasang pagar di kolam yang dekat permukiman. Orang tua diminta mengawasi anak-anak terutama sepulang sekolah dan pada akhir pekan. Warga yang melihat papan rusak atau hilang diminta melapor kepada ketua RT. (mc-bjb/fn)""",
 short="BPBD Banjarbaru pasang 35 papan larangan berenang di kolam bekas galian Cempaka. Tahun ini 3 anak tenggelam; kolam dalam sampai 8 m.",
 long="""Awas kolam bekas galian: BPBD Banjarbaru, kelurahan dan ketua RT memasang 35 papan larangan berenang di kolam bekas tambang intan dan pasir di Cempaka, Selasa 3/11. Tahun 2026 tiga anak tenggelam di sana; kolam tampak tenang tapi dalam hingga 8 meter dan berlumpur. Kalak Fajar Nugraha Saleh minta pemilik lahan memagar kolam dekat permukiman, orang tua mengawasi anak sepulang sekolah.""",
 para="Talu puluh lima papan larangan bakunyung dipasang di kolam bekas galian di Cempaka. Tahun ini sudah talu ikung kakanakan nang karam di situ. Kolamnya kaliatan tanang, padahal dalamnya sampai walu meter. Kakanakan dijaga lah mun bulik sakulah 🙏⚠️",
 look=[(-15, "Innalillahi, seorang anak 11 tahun tenggelam di kolam bekas galian di Sungai Tiung sore tadi, jenazah ditemukan warga setelah 2 jam.", "one of the drownings, before the signs"),
       (7, "Kolam bekas galian intan di Cempaka mau dijadikan tempat pemancingan berbayar oleh kelompok pemuda, sudah izin kelurahan.", "a youth fishing business at the pits"),
       (12, "Papan larangan berenang di kolam dekat RT 12 Bangkal sudah hilang lagi, entah dicabut siapa. Tolong warga ikut jaga.", "a complaint about one missing sign")],
 before=None),

dict(id="a32", src="pemkab-tapin", at="11-10 15:45", region="Kabupaten Tapin",
 title="Tapin Pasang Papan Peringatan di 12 Titik Rawan Tenggelam Sungai Tapin",
 text="""RANTAU – Pemerintah Kabupaten Tapin memasang papan peringatan di 12 titik rawan tenggelam di sepanjang Sungai Tapin pada [[10/11]]. Titik-titik itu dipilih berdasarkan catatan kejadian tenggelam lima tahun terakhir.

Papan dipasang di dekat jembatan, lanting tempat mandi warga, dan tikungan sungai yang berarus deras di Tapin Utara, Tapin Tengah, dan Candi Laras Selatan. Di empat titik juga digantung pelampung lempar yang bisa dipakai siapa saja. "Kami tidak melarang warga mandi di sungai karena itu kebiasaan turun-temurun. Kami minta waspada di titik tertentu," ujar Kepala Pelaksana BPBD Tapin, Muhammad Ilmi Rosyadi.

Ketua RT setempat diminta memeriksa pelampung lempar setiap pekan dan melapor bila hilang. (diskominfo-tapin/mi)""",
 short="BPBD Tapin pasang papan peringatan di 12 titik rawan tenggelam Sungai Tapin (dekat jembatan, lanting, tikungan deras); 4 titik ada pelampung lempar.",
 long=None,
 para="Di Sungai Tapin ada duabalas wadah nang rancak urang karam, wayah ini dipasangi papan paringatan. Di ampat wadah ada pelampung nang kawa dihambur siapa haja. Kada dilarang mandi di sungai, asal ingat haja di wadah nang dalam wan deras 🌊",
 look=[(5, "Pelampung lempar di lanting dekat Jembatan Rantau sudah hilang dua hari setelah dipasang. Ayo jaga fasilitas bersama.", "a missing float, a later mishap"),
       (-50, "Anak 9 tahun hanyut saat mandi di Sungai Tapin dekat Desa Rangda Malingkung, ditemukan 1 km ke hilir.", "an older drowning"),
       (2, "Tapin pasang 12 titik CCTV baru di sekitar Pasar Rantau, terhubung ke kantor Satpol PP.", "the same count 12, CCTV")],
 before=None),

dict(id="a33", src="diskominfo-kalsel", at="11-19 16:20", region="prov",
 title="Gubernur Imbau Warga Awasi Anak Bermain di Sungai dan Kolam Selama Musim Hujan",
 text="""BANJARMASIN – Gubernur Kalimantan Selatan mengeluarkan imbauan kepada kepala daerah, camat, dan kepala desa agar meningkatkan pengawasan terhadap anak-anak yang bermain di sungai, danau, dan kolam selama musim hujan. Imbauan itu disampaikan pada [[19/11]].

Data Basarnas dan BPBD mencatat 47 orang meninggal tenggelam di Kalsel sejak Januari 2026, 19 di antaranya anak-anak. Sebagian besar terjadi pada sore hari tanpa pengawasan orang dewasa. "Satu nyawa anak terlalu mahal. Para pembakal dan ketua RT diminta mengingatkan warga setiap pekan," kata Kepala Diskominfo Kalsel, Muhammad Firdaus Ramli, saat membacakan surat edaran Gubernur.

Sekolah juga diminta menyampaikan imbauan ini kepada orang tua melalui grup kelas. Imbauan juga disebarkan melalui radio daerah. (mc-kalsel/fr)""",
 short="Gubernur imbau awasi anak main di sungai, danau, kolam selama musim hujan. Sejak Jan 2026 47 orang tenggelam di Kalsel, 19 anak-anak.",
 long="""Imbauan Gubernur Kalsel (Kamis 19/11): kepala daerah, camat dan pembakal diminta meningkatkan pengawasan anak yang bermain di sungai, danau dan kolam selama musim hujan. Data Basarnas–BPBD: 47 meninggal tenggelam sejak Januari 2026, 19 anak-anak, kebanyakan sore hari tanpa orang dewasa. Sekolah diminta meneruskan imbauan ke orang tua lewat grup kelas.""",
 para="Pesan Gubernur, dangsanak: jaga kakanakan mun bamain di sungai, danau wan kolam, apalagi musim hujan. Sejak Januari ampat puluh tujuh urang karam di Kalsel, sambilan walas kakanakan. Pembakal wan ketua RT disuruh maingatakan warga tiap minggu 🙏",
 look=[(3, "Hoaks! Beredar pesan berantai soal denda Rp500 ribu bagi orang tua yang anaknya mandi di sungai. Itu pesan lama tahun 2023 dari luar daerah, bukan aturan di Kalsel. Cek dulu sebelum sebar.", "a hoax about a fine, an old chain message, not the governor's appeal"),
       (-28, "BMKG: curah hujan tinggi diperkirakan di Kalsel hingga Desember, waspada banjir dan pohon tumbang.", "a weather outlook"),
       (6, "Pembakal Desa Hatungun mengumumkan lewat pengeras suara masjid: anak-anak dilarang main di bendungan kecil setelah Asar.", "a village head's own ban with its own place")],
 before=None),

dict(id="a34", src="pemkot-banjarmasin", at="11-15 13:10", region="Kota Banjarmasin",
 title="Gerakan Cek Listrik Rumah Sasar 500 Rumah di Kelayan dan Pemurus",
 text="""BANJARMASIN – Pemerintah Kota Banjarmasin meluncurkan Gerakan Cek Listrik Rumah yang menyasar 500 rumah di kawasan padat Kelayan dan Pemurus pada [[16/11]] hingga 28 November. Program ini melibatkan Damkar, PLN, dan asosiasi instalatir listrik.

Petugas akan memeriksa kabel yang sudah lapuk, stopkontak bertumpuk, dan sambungan liar. Menurut Damkar, 61 persen kebakaran di Banjarmasin tahun ini dipicu korsleting listrik. "Kebanyakan rumah di kawasan padat memakai kabel yang umurnya lebih dari 20 tahun. Satu percikan bisa menghanguskan satu gang," ujar Wakil Wali Kota Banjarmasin, H. Ananda Rizki Fahmi.

Rumah warga kurang mampu yang kabelnya rusak akan diperbaiki gratis, dengan kuota 150 rumah. Warga diminta berada di rumah saat petugas datang dan tidak membayar apa pun. (humas-bjm/ar)""",
 short="Gerakan Cek Listrik Rumah Banjarmasin 16-28 Nov: 500 rumah di Kelayan & Pemurus dicek Damkar, PLN, instalatir. 150 rumah kurang mampu diperbaiki gratis.",
 long=None,
 para="Rumah di Kelayan wan Pemurus, limaratus buting, dicek listriknya ulih Damkar wan PLN mulai Sanayan. Kabel lapuk, colokan batumpuk, sambungan liar. Anam puluh satu persen kebakaran tahun ini gara-gara korsleting. Nang kurang mampu dibaiki gratis, kuotanya saratus limapuluh 🔌🔥",
 look=[(-20, "Kebakaran di gang padat Kelayan Dalam dini hari, 6 rumah hangus, dugaan awal korsleting.", "a fire before the programme"),
       (7, "PLN UP3 Banjarmasin umumkan pemadaman bergilir Kamis depan di Pemurus Dalam jam 09.00-14.00 untuk perawatan jaringan.", "a PLN outage notice in the same area"),
       (4, "Ketua RT 21 Pemurus Baru minta warganya berhati-hati: ada orang mengaku petugas cek listrik dan minta bayaran Rp150 ribu. Petugas resmi tidak memungut biaya.", "a scam warning using the programme's name")],
 before=(19, "Besok petugas damkar dan PLN mulai keliling cek kabel rumah di Kelayan, mohon ada yang di rumah ya warga RT 07.", "an RT notice before the release")),

dict(id="a35", src="pemkab-batola", at="11-20 10:25", region="Kabupaten Barito Kuala",
 title="200 Rumah di Alalak Dapat Perbaikan Instalasi Listrik Gratis",
 text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala memperbaiki instalasi listrik 200 rumah warga kurang mampu di Kecamatan Alalak mulai [[20/11]]. Perbaikan dikerjakan oleh 25 teknisi lulusan pelatihan BLK Batola selama dua pekan.

Rumah penerima dipilih dari data desa, terutama rumah kayu dengan kabel terbuka dan meteran yang dipakai bersama beberapa keluarga. Setiap rumah mendapat kabel baru, pemutus arus, dan stopkontak standar. "Rumah kayu di bantaran sungai sangat mudah terbakar. Kabel yang aman adalah pencegahan paling murah," kata Bupati Barito Kuala, Hj. Nurhayati Sjarkawi.

Total biaya program mencapai Rp640 juta dari APBD. Pemkab berencana melanjutkan program ke Kecamatan Anjir Pasar pada 2027. Setiap rumah yang selesai diperbaiki akan diberi stiker tanda aman. (diskominfo-batola/ns)""",
 short="Batola perbaiki gratis instalasi listrik 200 rumah kurang mampu di Alalak mulai Jumat (20/11), dikerjakan 25 teknisi alumni BLK. Rp640 juta APBD.",
 long="""Listrik aman untuk rumah kayu: Pemkab Batola memperbaiki instalasi 200 rumah warga kurang mampu di Alalak mulai Jumat 20/11, dua pekan, oleh 25 teknisi lulusan BLK. Sasaran: rumah kayu berkabel terbuka dan meteran dipakai bersama. Tiap rumah dapat kabel baru, pemutus arus, stopkontak standar; Rp640 juta APBD. Anjir Pasar menyusul 2027.""",
 para="Duaratus rumah urang kurang mampu di Alalak dibaiki listriknya gratis, kabel hanyar, MCB, colokan standar. Nang bagawi duapuluh lima teknisi alumni BLK. Rumah kayu di pinggir sungai tuh gampang tatunu, jadi kabel nang aman tuh pancegahan nang paling murah jar Bupati 🔌🏠",
 look=[(3, "Pelatihan instalatir listrik angkatan baru di BLK Batola dibuka, 25 peserta, 3 minggu.", "a new BLK course, the same count 25"),
       (-14, "Korsleting di rumah warga Handil Bakti sore tadi, api cepat dipadamkan tetangga, tidak ada korban.", "a small fire"),
       (9, "Anjir Pasar kapan dapat perbaikan listrik gratis? Rumah ibu saya kabelnya sudah ditempel lakban semua.", "a question about next year's area")],
 before=None),

dict(id="a36", src="pemkab-banjar", at="11-26 09:40", region="Kabupaten Banjar",
 title="Kabel 420 Kios Pasar Martapura Diperiksa Jelang Akhir Tahun",
 text="""MARTAPURA – Pemerintah Kabupaten Banjar memeriksa instalasi listrik 420 kios di kompleks Pasar Martapura pada [[26/11]] hingga 3 Desember. Pemeriksaan dilakukan Dinas Perdagangan bersama Damkar Banjar dan PLN.

Pada hari pertama, petugas menemukan 37 kios dengan sambungan kabel tidak standar dan delapan kios yang memakai kompor di dekat tumpukan kain. Pemilik kios diberi teguran tertulis dan waktu satu pekan untuk memperbaiki. "Pasar Martapura punya sejarah kebakaran. Menjelang akhir tahun pasar makin ramai, jadi kita tidak boleh lengah," kata Sekretaris Daerah Kabupaten Banjar, H. Mokhamad Hilman Fauzi.

Kios yang tidak memperbaiki hingga batas waktu akan diputus sambungan listriknya sementara oleh pengelola pasar. Pedagang menyambut baik pemeriksaan tersebut. (diskominfo-banjar/mh)""",
 short="Listrik 420 kios Pasar Martapura diperiksa 26 Nov-3 Des. Hari pertama: 37 kios kabel tidak standar, 8 pakai kompor dekat kain. Waktu perbaiki 1 pekan.",
 long=None,
 para="Ampat ratus duapuluh kios di Pasar Martapura dicek kabelnya. Hari partama haja talu puluh tujuh kios kabelnya kada standar, walu kios bakompor parak kain. Dibari waktu saminggu, mun kada dibaiki listriknya diputus 😬🔌",
 look=[(-10, "Pasar Martapura ramai jelang Maulid, pedagang kain kebanjiran pembeli. Parkir sampai ke Jalan Pangeran Hidayatullah.", "a busy-market post"),
       (7, "Pasar Gambut juga katanya mau dicek kabelnya, tapi pedagang belum dapat pemberitahuan resmi. Semoga bukan cuma isu.", "a rumour about another market"),
       (2, "Sekda Banjar H. Mokhamad Hilman Fauzi membuka rapat persiapan Haul Guru Sekumpul di Aula Barakat.", "the same official, another event")],
 before=None),

dict(id="a37", src="pemkab-tapin", at="11-06 10:00", region="Kabupaten Tapin",
 title="Program Damkar Sahabat Anak Sambangi 24 TK dan PAUD di Tapin",
 text="""RANTAU – Dinas Pemadam Kebakaran Kabupaten Tapin meluncurkan program Damkar Sahabat Anak pada [[6/11]]. Sepanjang November, petugas akan mengunjungi 24 TK dan PAUD di enam kecamatan.

Dalam setiap kunjungan, anak-anak diajak mengenal mobil pemadam, mencoba menyemprotkan air dari selang kecil, dan belajar tiga langkah sederhana: berteriak minta tolong, menjauhi api, dan tidak bersembunyi di bawah kasur. "Anak kecil sering bersembunyi saat kebakaran karena takut. Itu yang paling berbahaya," ujar Kepala Damkar Tapin, Rahmadani Yusuf.

Setiap sekolah mendapat buku cerita bergambar tentang keselamatan dari api. Program ini akan dilanjutkan ke sekolah dasar pada semester depan. Jadwal kunjungan disampaikan melalui kepala sekolah masing-masing. (diskominfo-tapin/ry)""",
 short="Damkar Tapin luncurkan Damkar Sahabat Anak: November sambangi 24 TK & PAUD di 6 kecamatan, ajarkan 3 langkah selamat dari api.",
 long="""Damkar Sahabat Anak di Tapin: sejak Jumat 6/11, Damkar Tapin mengunjungi 24 TK dan PAUD di enam kecamatan sepanjang November. Anak-anak mengenal mobil pemadam, mencoba selang kecil dan belajar tiga langkah: berteriak minta tolong, menjauhi api, tidak bersembunyi di bawah kasur. Kadis Rahmadani Yusuf: bersembunyi itu paling berbahaya. Tiap sekolah dapat buku cerita; SD menyusul semester depan.""",
 para="Kakanakan TK wan PAUD di Tapin didatangi Damkar, duapuluh ampat sakulahan salawas November. Baajar tiga hal: bakuriak minta tulung, bukah jauh matan api, jangan basambunyi di bawah kasur. Ada buku carita jua gasan sakulahan. Kakanakan pasti himung basemprot banyu 🚒👧",
 look=[(3, "TK Pertiwi Binuang hari ini berwisata ke kebun buah naga di Tapin Selatan, anak-anak senang memetik sendiri.", "a kindergarten outing, not Damkar"),
       (11, "Kunjungan Damkar ke TK Al-Hidayah Tambarangan pagi tadi, 42 anak ikut menyemprot air dan naik mobil pemadam. Ini salah satu dari rangkaian kunjungan bulan ini.", "one visit with its own facts"),
       (-30, "Lomba mewarnai mobil pemadam untuk anak TK se-Kabupaten Tapin dalam rangka HUT Damkar, juara 1 dari TK Islam Rantau.", "an older colouring contest")],
 before=None),

dict(id="a38", src="pemkab-hst", at="11-13 11:50", region="Kabupaten Hulu Sungai Tengah",
 title="Damkar HST Ajari Siswa 15 SD Cara Keluar Saat Kebakaran",
 text="""BARABAI – Dinas Pemadam Kebakaran Kabupaten Hulu Sungai Tengah menggelar edukasi keselamatan kebakaran di 15 sekolah dasar pada [[13/11]] hingga 27 November. Kegiatan ini menyasar sekitar 2.300 siswa kelas 4 sampai 6.

Siswa berlatih keluar dari ruang kelas berasap dengan merangkak, menutup hidung dengan kain basah, dan berkumpul di lapangan. Guru juga dilatih memakai alat pemadam api ringan yang dipasang di setiap sekolah. "Kebakaran di sekolah jarang, tapi kebakaran di rumah sering. Ilmu ini mereka bawa pulang," kata Kepala Damkar HST, Ahmad Zaini Mursyid.

Siswa yang aktif dipilih menjadi Duta Damkar Cilik dan akan tampil pada peringatan HUT Kabupaten HST tahun depan. (humas-hst/az)""",
 short="Damkar HST edukasi keselamatan kebakaran di 15 SD, 13-27 Nov, sekitar 2.300 siswa kelas 4-6: merangkak, kain basah, titik kumpul.",
 long=None,
 para="Damkar HST datang ka limawalas SD, kira-kira duaribu talu ratus murid kelas ampat sampai anam baajar kaluar matan kelas nang baasap: marangkak, manutup hidung lawan kain basah, bakumpul di lapangan. Ilmunya dibawa bulik ka rumah 🏫🔥",
 look=[(2, "SDN Barabai Darat 2 juara umum lomba drumband pelajar se-HST, selamat adik-adik!", "a school news item"),
       (-20, "Kebakaran rumah di Birayang sore tadi, seorang anak berhasil keluar lewat jendela belakang.", "an actual fire"),
       (16, "Duta Damkar Cilik dari SDN Pagat 1 bercerita di radio Barabai tentang latihan keluar kelas berasap. Dia diajak Damkar tampil di HUT HST tahun depan.", "a pupil's later radio appearance")],
 before=None),

dict(id="a39", src="pemkot-banjarmasin", at="11-27 15:30", region="Kota Banjarmasin",
 title="30 Guru PAUD Banjarmasin Dikukuhkan Jadi Duta Cegah Kebakaran",
 text="""BANJARMASIN – Sebanyak 30 guru PAUD di Kota Banjarmasin dikukuhkan sebagai Duta Cegah Kebakaran pada [[27/11]] di Markas Damkar Banjarmasin, Jalan Pangeran Antasari.

Para guru sebelumnya mengikuti pelatihan dua hari tentang penggunaan alat pemadam, jalur evakuasi sekolah, dan cara mengajarkan keselamatan kebakaran lewat lagu dan permainan. Mereka berasal dari kelurahan-kelurahan padat seperti Kelayan, Pekapuran, dan Sungai Jingah. "Guru PAUD bertemu anak dan orang tua setiap hari. Pesan dari mereka lebih didengar daripada spanduk," ujar Kepala Damkar Kota Banjarmasin, Rusdiansyah Mahrif.

Setiap duta wajib menggelar satu latihan evakuasi di sekolahnya sebelum akhir Januari 2027 dan melaporkannya kepada Damkar. Pengukuhan dihadiri perwakilan dinas pendidikan dan himpunan guru PAUD. (humas-bjm/rm)""",
 short="30 guru PAUD Banjarmasin dikukuhkan jadi Duta Cegah Kebakaran di Markas Damkar, Jumat (27/11). Wajib gelar latihan evakuasi di sekolah sebelum akhir Jan 2027.",
 long="""Duta Cegah Kebakaran dari PAUD: 30 guru PAUD Banjarmasin dari Kelayan, Pekapuran, Sungai Jingah dan kelurahan padat lain dikukuhkan di Markas Damkar Jl. Pangeran Antasari, Jumat 27/11, setelah pelatihan dua hari (APAR, jalur evakuasi, lagu dan permainan). Kadis Rusdiansyah Mahrif: pesan guru PAUD lebih didengar daripada spanduk. Tiap duta wajib menggelar latihan evakuasi sebelum akhir Januari 2027.""",
 para="Talu puluh guru PAUD di Banjarmasin dijadiakan Duta Cegah Kebakaran di markas Damkar. Baajar APAR, jalur evakuasi, wan maajari kakanakan lawan lagu. Jar sidin, guru PAUD tiap hari tatamu urang tuha, jadi pandirnya labih didangar pada spanduk 👩‍🏫🚒",
 look=[(4, "Latihan evakuasi kebakaran di PAUD Mawar Kelayan Timur pagi tadi, anak-anak keluar kelas sambil bernyanyi. Dipandu gurunya yang baru jadi duta.", "one school's drill days later"),
       (-24, "Markas Damkar Banjarmasin di Jl. Pangeran Antasari jadi lokasi donor darah HUT Damkar, terkumpul 74 kantong.", "the same venue, another event"),
       (6, "Lomba mewarnai tingkat PAUD se-Banjarmasin Utara diikuti 30 sekolah di Taman Kamboja.", "the same count 30, a colouring contest")],
 before=None),

dict(id="a40", src="basarnas-banjarmasin", at="11-17 19:40", region="Kabupaten Barito Kuala",
 title="Tim SAR Gabungan Cari Penumpang Kelotok Tenggelam di Sungai Barito Marabahan",
 text="""MARABAHAN – Tim SAR gabungan mencari seorang penumpang kelotok yang hilang setelah kelotok terbalik di Sungai Barito dekat Desa Ulu Benteng, Marabahan, pada [[17/11]] sekitar pukul 15.30 Wita. Korban adalah laki-laki berusia 34 tahun asal Kecamatan Kuripan.

Kelotok mengangkut enam penumpang dan bermuatan hasil kebun. Lima penumpang berhasil berenang ke tepi dan ditolong warga. Pencarian hari pertama melibatkan 45 personel dari Basarnas, Polairud, BPBD Batola, dan relawan dengan lima perahu. "Arus Barito sedang deras karena hujan di hulu. Pencarian kami lanjutkan besok pagi dengan radius lima kilometer," kata Koordinator Pos SAR Marabahan, Hendri Gunawan Putra.

Warga yang menemukan tanda-tanda korban diminta melapor ke posko di Dermaga Ulu Benteng. (humas-sar-bjm/hg)""",
 short="Kelotok terbalik di Barito dekat Ulu Benteng, Marabahan, Selasa sore. 5 penumpang selamat, 1 (34 th, asal Kuripan) dicari tim SAR gabungan 45 personel.",
 long=None,
 para="Kelotok tabalik di Barito parak Ulu Benteng sanja tadi. Lima urang panumpang bakunyung ka pinggir, salamat. Sabuting lagi, lakian umur talu puluh ampat asal Kuripan, masih dicari. Isuk dilanjut lagi, radius lima kilo. Mun ada nang malihat tanda-tandanya lapur ka posko Dermaga Ulu Benteng 🙏",
 look=[(-9, "Pemuda 17 tahun tenggelam saat mandi di Sungai Martapura, Desa Sungai Tabuk, tim SAR masih mencari hingga malam ini.", "another drowning in another river"),
       (12, "Penumpang kelotok dari Kuripan kini wajib pakai pelampung, kata pemilik kelotok di Dermaga Marabahan. Banyak yang masih enggan.", "an aftermath note about life jackets"),
       (-400, "Kelotok terbalik di Barito dekat Jejangkit tahun lalu, semua penumpang selamat. Semoga tak terulang.", "last year's capsizing")],
 before=None),

dict(id="a41", src="basarnas-banjarmasin", at="11-19 12:10", region="Kabupaten Barito Kuala",
 title="Korban Kelotok Terbalik di Marabahan Ditemukan, Operasi SAR Ditutup",
 text="""MARABAHAN – Penumpang kelotok yang hilang di Sungai Barito dekat Desa Ulu Benteng, Marabahan, ditemukan dalam keadaan meninggal dunia pada [[19/11]] sekitar pukul 09.20 Wita, sekitar 3,2 kilometer dari lokasi kejadian.

Korban ditemukan oleh relawan dari Kuripan yang menyisir tepi sungai dengan jukung pada hari ketiga pencarian. Jenazah telah diserahkan kepada keluarga dan dimakamkan di kampung halamannya. Dengan ditemukannya korban, operasi SAR yang melibatkan 62 personel dinyatakan ditutup. "Terima kasih kepada relawan dan warga yang tidak berhenti mencari. Kami turut berduka," ujar Koordinator Pos SAR Marabahan, Hendri Gunawan Putra.

Basarnas mengimbau pemilik kelotok menyediakan pelampung untuk setiap penumpang, terutama saat arus sungai deras. (humas-sar-bjm/hg)""",
 short="Korban kelotok terbalik di Barito (Ulu Benteng) ditemukan meninggal hari ketiga, 3,2 km dari lokasi, oleh relawan Kuripan. Operasi SAR 62 personel ditutup.",
 long="""Operasi SAR kelotok terbalik Marabahan ditutup: korban ditemukan meninggal Kamis 19/11 pukul 09.20 Wita, hari ketiga pencarian, 3,2 km dari lokasi, oleh relawan Kuripan yang menyisir tepi dengan jukung. Jenazah diserahkan ke keluarga. 62 personel terlibat. Koordinator Pos SAR Hendri Gunawan Putra berterima kasih; Basarnas minta pemilik kelotok menyediakan pelampung untuk tiap penumpang.""",
 para="Innalillahi, panumpang kelotok nang hilang di Barito parak Ulu Benteng sudah dapat, hari katiga, talu koma dua kilo ka hilir. Nang manamuakan bubuhan relawan Kuripan bajukung. Operasi SAR ditutup. Pamilik kelotok, sadiaakan pelampung lah gasan panumpang 🤲",
 look=[(2, "Tahlilan hari ketiga untuk almarhum korban kelotok di rumah duka Desa Kuripan malam ini, warga berdatangan.", "a memorial gathering, not the release"),
       (7, "Relawan Kuripan yang menemukan korban kelotok diundang Bupati Batola untuk menerima penghargaan pekan depan.", "the next step, an award to be given"),
       (-35, "Operasi SAR pencarian pemancing hilang di Danau Bangkau ditutup setelah 7 hari tanpa hasil.", "another SAR operation")],
 before=None),

dict(id="a42", src="pemkab-hsu", at="11-23 18:05", region="Kabupaten Hulu Sungai Utara",
 title="Dua Nelayan Danau Panggang yang Hilang Ditemukan Selamat",
 text="""AMUNTAI – Dua nelayan Desa Paminggir, Kecamatan Paminggir, yang dilaporkan hilang sejak Minggu malam ditemukan selamat pada [[23/11]] sekitar pukul 11.00 Wita di rawa sebelah timur Danau Panggang. Keduanya terjebak setelah jukung mereka bocor dan kehabisan bahan bakar.

Pencarian dilakukan BPBD HSU, Pos SAR Amuntai, dan 30 nelayan setempat dengan 12 jukung. Kedua nelayan, berusia 52 dan 27 tahun, dalam kondisi lemas dan langsung dibawa ke Puskesmas Danau Panggang. "Nelayan setempat yang paling hafal jalur rawa. Tanpa mereka, pencarian bisa berhari-hari," kata Kepala Pelaksana BPBD HSU, Suriansyah Hamdan.

BPBD HSU akan membagikan 50 senter kedap air dan peluit kepada nelayan Paminggir pada pekan depan. (prokopim-hsu/sh)""",
 short="2 nelayan Paminggir yang hilang sejak Minggu malam ditemukan selamat di rawa timur Danau Panggang, Senin siang. Jukung bocor & BBM habis.",
 long=None,
 para="Alhamdulillah, dua urang nelayan Paminggir nang hilang matan Minggu malam sudah dapat, salamat, di rawa subalah timur Danau Panggang. Jukungnya bocor wan minyaknya habis. Nang mancari bubuhan nelayan saurang, duabalas jukung. Kaina dibagiakan sintir wan pluit gasan nelayan 🙏🛶",
 look=[(8, "Pembagian 50 senter kedap air dan peluit untuk nelayan Paminggir di balai desa hari ini. Terima kasih BPBD.", "the handout promised for the next week, as its own news"),
       (-14, "Musim ikan di Danau Panggang, harga papuyu turun jadi Rp35 ribu per kilo di pasar Amuntai.", "fish prices"),
       (2, "Dua pencari purun di Desa Sapala hilang semalam? Tidak benar, keduanya sudah pulang sore tadi, hanya telat karena hujan. Mohon tidak sebar kabar tanpa cek.", "a rumour denied, another village")],
 before=(12, "Mohon doa, dua nelayan Paminggir belum pulang sejak semalam, warga dan BPBD masih menyisir rawa. Kalau ada kabar tolong kabari.", "posted during the search, before the rescue release")),
]
