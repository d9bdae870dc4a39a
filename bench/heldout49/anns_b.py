"""Hand-written releases a12–a22 (Bawaslu cadres, Saka Adhyasta, spot checks of the coklit, KKN; Kesbangpol
national-unity schools and political education; FPK) with their posts."""
from spec import B, L, P

ANNS = [
dict(id="a12", src="bawaslu-hss", at="2026-11-14 16:50", slug="40-kader-pengawas-desa-ditugaskan-di-20-desa-hss",
     title="40 Kader Pengawas Desa Ditugaskan di 20 Desa HSS",
     text="""KANDANGAN – Bawaslu Kabupaten Hulu Sungai Selatan menugaskan 40 kader pengawas desa di 20 desa pada Kecamatan Kandangan, Angkinang, Simpur dan Telaga Langsat, Sabtu (14/11/2026). Setiap desa mendapat dua kader yang dibekali buku saku pengawasan dan papan Pos Kader di teras rumahnya.

Pos Kader menjadi tempat warga bertanya tentang daftar pemilih dan menyampaikan dugaan pelanggaran. “Kami ingin pengawasan tidak hanya terjadi saat pemilu. Di Pos Kader, warga bisa bertanya kapan saja,” ujar Ketua Bawaslu HSS, Rini Maulidawati, saat menyerahkan surat tugas di Kandangan.

Pada Desember, para kader akan mendampingi Bawaslu dalam uji petik daftar pemilih di desanya masing-masing. Bawaslu HSS menargetkan Pos Kader hadir di 40 desa pada 2027. (bawaslu-hss/ik)""",
     short="Bawaslu HSS tugaskan 40 kader pengawas desa di 20 desa (Kandangan, Angkinang, Simpur, Telaga Langsat), Sabtu 14/11; tiap desa dua kader dan papan Pos Kader untuk bertanya soal daftar pemilih.",
     para=P("""Di kampung kita wayahini ada Pos Kader Bawaslu nah 🪧 Sabtu (14/11) Bawaslu HSS manugasakan 40 kader di 20 desa Kandangan, Angkinang, Simpur wan Telaga Langsat, dua urang tiap desa. Mun handak batakun masalah daftar pamilih atawa malapor palanggaran, singgah haja ka teras rumah kadernya. Desember kaina bubuhannya umpat uji petik. #BawasluHSS""", kim="kim-angkinang"),
     looks=[
         L("kim-padang-batung", "2026-11-16 18:00", "fb", """Papan "Pos Kader" baru terpasang di depan rumah warga RT 03 desa kami. Ternyata itu Pos Kader Posyandu untuk konsultasi gizi balita, bukan pos Bawaslu seperti yang ramai ditanyakan di grup. Jadwal konsultasi setiap Kamis sore.""",
           "a posyandu 'Pos Kader' sign, explicitly not Bawaslu"),
         L("kim-kandangan-kota", "2026-11-14 21:10", "fb", """Sabtu sore tadi Ketua Bawaslu HSS Rini Maulidawati juga hadir di final lomba lagu daerah pelajar di Taman Kota Kandangan. Beliau menyerahkan piala untuk kategori vokal grup. Juaranya SMP dari Simpur.""",
           "the same official on the same day at a school music final"),
         L("kim-haruyan", "2026-11-26 16:15", "fb", """Bawaslu Hulu Sungai Tengah mengukuhkan 22 kader pengawas di 11 desa Kecamatan Haruyan dan Batu Benawa, Kamis (26/11). Para kader akan membantu sosialisasi pengawasan di pengajian dan posyandu.""",
           "HST's own cadres (22 in 11 villages), another kabupaten"),
     ],
     before=[
         B("kim-angkinang", "2026-11-13 20:20", "fb", """Tetangga kami terpilih jadi kader pengawas desa, katanya besok menerima surat tugas dari Bawaslu di Kandangan. Mudahan amanah ya pak 🙏""",
           "a neighbour's congratulation the evening before the assignment, no figures"),
     ]),

dict(id="a13", src="bawaslu-balangan", at="2026-11-23 17:20", slug="48-pramuka-penegak-dilantik-jadi-anggota-saka-adhyasta-pemilu-balangan",
     title="48 Pramuka Penegak Dilantik Jadi Anggota Saka Adhyasta Pemilu Balangan",
     text="""PARINGIN – Bawaslu Kabupaten Balangan bersama Kwartir Cabang Gerakan Pramuka Balangan melantik 48 pramuka penegak dan pandega sebagai anggota Satuan Karya (Saka) Adhyasta Pemilu di Paringin, Senin (23/11/2026). Mereka berasal dari 12 sekolah menengah atas dan dua pondok pesantren di delapan kecamatan.

Anggota saka akan belajar pengawasan pemilu lewat kegiatan kepramukaan, mulai dari simulasi pemungutan suara hingga kampanye antipolitik uang. “Anak muda lebih mudah mendengar teman sebayanya. Karena itu pesan pengawasan kami titipkan lewat pramuka,” kata Ketua Bawaslu Balangan, Syahrul Mubarak.

Latihan rutin digelar setiap Sabtu sore di sekretariat Bawaslu Balangan. Perkemahan bakti saka direncanakan pada libur semester Desember di Bumi Perkemahan Tebing Tinggi. (bawaslu-blg/nr)""",
     short="Bawaslu Balangan dan Kwarcab Pramuka lantik 48 pramuka penegak/pandega dari 12 SMA dan 2 pesantren sebagai anggota Saka Adhyasta Pemilu (Senin 23/11, Paringin); latihan tiap Sabtu sore.",
     para=P("""Salamat gasan 48 pramuka Balangan nang dilantik jadi anggota Saka Adhyasta Pemilu, Sanin (23/11) di Paringin ⚜️ Bubuhannya matan 12 SMA wan 2 pondok. Kaina baajar mangawasi pamilu lawan cara pramuka, simulasi coblos sampai kampanye anti duit politik. Latihan tiap Sabtu sore di Bawaslu, kemah bakti libur Desember. #SakaAdhyastaPemilu"""),
     looks=[
         L("kim-juai", "2026-11-24 19:10", "fb", """Kwarcab Pramuka Balangan melantik 36 anggota Saka Bhayangkara di Mapolres Balangan, Selasa (24/11). Mereka akan dilatih tentang lalu lintas dan ketertiban bersama anggota kepolisian.""",
           "another saka (Saka Bhayangkara, 36) of the same kwarcab the next day"),
         L("kim-halong", "2026-11-28 12:00", "ig", """Latihan rutin pramuka SMA di Halong Sabtu siang ini: materi tali-temali dan pertolongan pertama. Ada 48 anggota yang hadir, lengkap dengan seragam baru. #PramukaHalong #Balangan""",
           "a school's ordinary scout practice with 48 present: same number, another activity"),
         L("kim-paringin-timur", "2026-12-05 18:30", "fb", """Perkemahan bakti pramuka gabungan SMA se-Paringin di Tebing Tinggi dibuka sore ini. Kegiatannya bersih-bersih mata air dan menanam 300 bibit pohon. Berlangsung sampai Senin.""",
           "a joint school camp at Tebing Tinggi (tree planting), not the saka induction"),
     ],
     before=[]),

dict(id="a14", src="bawaslu-kalsel", at="2026-11-25 15:30", slug="uji-petik-bawaslu-di-2600-rumah-temukan-214-masalah-daftar-pemilih",
     title="Uji Petik Bawaslu di 2.600 Rumah Temukan 214 Masalah Daftar Pemilih",
     text="""BANJARMASIN – Bawaslu Provinsi Kalimantan Selatan menyerahkan hasil uji petik daftar pemilih kepada KPU Kalsel, Rabu (25/11/2026). Uji petik dilakukan di 2.600 rumah yang dipilih acak di 13 kabupaten/kota selama 9–20 November dan menemukan 214 masalah.

Rinciannya, 131 warga yang memenuhi syarat belum terdaftar, 58 pemilih yang sudah meninggal masih tercatat, dan 25 pemilih sudah pindah domisili. “Angka ini bukan untuk menyalahkan siapa pun. Kami ingin setiap temuan ditindaklanjuti sebelum daftar ditetapkan,” kata anggota Bawaslu Kalsel Koordinator Divisi Pencegahan, Mariatul Kiptiah Hasan.

Bawaslu Kalsel meminta KPU menyampaikan tindak lanjut setiap temuan secara tertulis paling lambat dua pekan setelah saran perbaikan diterima. (bawaslu-kalsel/hm)""",
     short="Bawaslu Kalsel serahkan hasil uji petik di 2.600 rumah (9–20/11) ke KPU, Rabu 25/11: 214 masalah — 131 belum terdaftar, 58 meninggal masih tercatat, 25 pindah domisili.",
     long="""Bawaslu Kalsel menguji daftar pemilih dengan cara sederhana: mendatangi 2.600 rumah yang dipilih acak di 13 kabupaten/kota pada 9–20 November. Hasilnya diserahkan ke KPU Kalsel pada Rabu, 25 November 2026.

Ditemukan 214 masalah: 131 warga yang memenuhi syarat belum terdaftar, 58 orang yang sudah meninggal masih tercatat, dan 25 orang sudah pindah. Anggota Bawaslu Kalsel Mariatul Kiptiah Hasan menegaskan temuan itu untuk ditindaklanjuti, bukan untuk menyalahkan. KPU diminta menjawab secara tertulis paling lambat dua pekan.""",
     para=P("""Bawaslu Kalsel mandatangi 2.600 rumah acak di sa-Kalsel, 9 sampai 20 November 🏠 Hasilnya 214 masalah: 131 urang nang baisi hak balum tadaftar, 58 nang sudah maninggal masih ada ngarannya, 25 sudah pindah. Rabu (25/11) sudah disarahakan ka KPU. Bujur jar sidin, kada gasan manyalahakan, tapi gasan dibaiki. #Bawaslu"""),
     looks=[
         L("kim-kemuning", "2026-11-27 20:40", "fb", """Bawaslu Kota Banjarbaru menyampaikan hasil uji petiknya sendiri di 300 rumah: ada 19 warga yang belum terdaftar dan 6 pemilih meninggal yang masih tercatat. Saran perbaikan sudah dikirim ke KPU Banjarbaru, Jumat (27/11).""",
           "Banjarbaru's own spot check (300 houses, 19/6), a kabupaten-level sibling"),
         L("kim-alalak-tengah", "2026-11-26 09:00", "fb", """Dinas Perumahan Banjarmasin mendata 2.600 rumah tidak layak huni yang diusulkan untuk bedah rumah 2027. Data diverifikasi lurah dan ketua RT sampai akhir Desember.""",
           "2.600 houses in a housing programme: same figure, other meaning"),
         L("kim-rangda-malingkung", "2026-12-03 10:30", "fb", """Sudah dua pekan sejak Bawaslu menyerahkan temuan uji petik, tapi menurut PPS kelurahan kami belum ada surat tindak lanjut dari KPU. Ada tiga warga RT 05 yang dulu didata petugas dan sampai sekarang belum jelas namanya masuk atau belum.""",
           "a local complaint about follow-up, no new results"),
     ],
     before=[
         B("kim-sungai-lulut", "2026-11-12 16:00", "fb", """Siang tadi dua orang dari Bawaslu datang ke rumah-rumah di gang kami, menanyakan siapa saja penghuni yang sudah 17 tahun dan mencocokkan dengan daftar di tabletnya. Katanya rumah dipilih acak. Jangan kaget kalau didatangi ya.""",
           "a spot-check visit seen in one lane on 12 Nov, before the results"),
     ]),

dict(id="a15", src="bawaslu-hss", at="2026-11-11 18:30", slug="bawaslu-hss-awasi-coklit-di-rutan-kandangan-17-tahanan-belum-punya-ktp-el",
     title="Bawaslu HSS Awasi Coklit di Rutan Kandangan, 17 Tahanan Belum Punya KTP-el",
     text="""KANDANGAN – Bawaslu Kabupaten Hulu Sungai Selatan mengawasi langsung pencocokan dan penelitian data pemilih di Rumah Tahanan Negara Kelas IIB Kandangan, Rabu (11/11/2026). Dari 63 tahanan dan warga binaan yang berusia 17 tahun ke atas, 17 orang belum memiliki KTP elektronik.

Bawaslu HSS langsung menyampaikan saran perbaikan agar KPU HSS dan Disdukcapil menjadwalkan perekaman di dalam rutan. “Status tahanan tidak menghapus hak pilih. Yang kami awasi adalah jangan sampai mereka tertinggal karena urusan administrasi,” kata anggota Bawaslu HSS, Hendra Wijaya Saputra.

Bawaslu HSS juga akan mengawasi coklit di dua pondok pesantren di Kecamatan Daha Selatan pada pekan berikutnya bersama panwaslu kecamatan. (bawaslu-hss/ik)""",
     short="Bawaslu HSS awasi coklit di Rutan Kandangan, Rabu 11/11: dari 63 tahanan/warga binaan usia 17+, 17 belum punya KTP-el; saran perbaikan agar perekaman dilakukan di rutan.",
     para=P("""Di rutan Kandangan, Rabu (11/11) Bawaslu HSS umpat maawasi coklit data pamilih 👀 Ada 63 tahanan nang umur 17 ka atas, 17 urang balum baisi KTP-el. Jar Bawaslu, tahanan tatap baisi hak pilih, jadi parekaman KTP-el haruslah didatangakan ka rutan. Minggu dudi giliran dua pondok di Daha Selatan. #BawasluHSS"""),
     looks=[
         L("kim-kandangan-kota", "2026-11-12 12:10", "fb", """Rutan Kandangan membuka layanan kunjungan keluarga tambahan setiap Sabtu mulai bulan ini. Keluarga wajib membawa KTP asli dan tidak boleh membawa makanan berkuah. Pendaftaran dibuka pukul 08.00.""",
           "the same rutan, another matter (visiting hours)"),
         L("kim-padang-batung", "2026-11-18 17:50", "fb", """Bawaslu HSS hari ini mengawasi coklit di dua pondok pesantren di Daha Selatan. Tercatat 205 santri usia 17 tahun ke atas, 41 di antaranya belum merekam KTP-el. Disdukcapil akan datang Senin depan.""",
           "the pesantren visit a week later (205 / 41), the announced next step as own news"),
         L("kim-hatungun", "2026-11-13 08:40", "fb", """Petugas Lapas Rantau bersama Disdukcapil Tapin merekam KTP-el 23 warga binaan, Kamis (12/11). Menurut kepala lapas, ini perekaman ketiga tahun ini.""",
           "KTP-el recording at Lapas Rantau in Tapin (23): another place, another office"),
     ],
     before=[]),

dict(id="a16", src="bawaslu-kalsel", at="2026-11-01 15:00", slug="bawaslu-kalsel-lepas-120-mahasiswa-kkn-tematik-pengawasan-partisipatif",
     title="Bawaslu Kalsel Lepas 120 Mahasiswa KKN Tematik Pengawasan Partisipatif",
     text="""BANJARMASIN – Bawaslu Provinsi Kalimantan Selatan bersama Universitas Lambung Mangkurat melepas 120 mahasiswa Kuliah Kerja Nyata (KKN) Tematik Pengawasan Partisipatif, Minggu (1/11/2026). Para mahasiswa akan tinggal selama 40 hari di 24 desa di Kabupaten Banjar dan Barito Kuala.

Setiap kelompok wajib membentuk forum warga peduli pemilu dan membantu desa menyusun papan informasi daftar pemilih. “Mahasiswa membawa cara baru, warga desa membawa pengalaman. Keduanya kami pertemukan,” kata Ketua Bawaslu Kalsel, Fadliansyah Ramli, dalam pelepasan di halaman rektorat.

KKN berakhir pada Kamis (10/12/2026). Hasil kegiatan tiap desa akan dipamerkan dalam ekspose bersama di Banjarmasin pada pertengahan Desember dan dilaporkan kepada kepala desa. (bawaslu-kalsel/hm)""",
     short="Bawaslu Kalsel dan ULM lepas 120 mahasiswa KKN Tematik Pengawasan Partisipatif (Minggu 1/11) ke 24 desa di Banjar dan Batola selama 40 hari, sampai 10 Desember.",
     para=P("""Bubuhan mahasiswa ULM, 120 urang, dilapas Bawaslu Kalsel Minggu (1/11) gasan KKN tematik pengawasan 🎒 Bubuhannya tinggal 40 hari di 24 desa di Banjar wan Batola, baulah forum warga peduli pamilu wan papan info daftar pamilih. Salamat bagawi lah dangsanak! Sampai 10 Desember. #KKNTematik""", kim="kim-anjir-pasar-kota"),
     looks=[
         L("kim-aluh-aluh-besar", "2026-11-03 19:00", "fb", """Selamat datang adik-adik mahasiswa KKN dari Politeknik di Aluh-Aluh Besar! Tujuh mahasiswa ini akan membantu pembukuan BUMDes dan pemasaran ikan asin selama sebulan. Warga mohon dibantu tempat tinggalnya.""",
           "another campus's KKN on BUMDes bookkeeping in a village: another programme"),
         L("kim-marabahan-kota", "2026-11-20 16:30", "ig", """Kelompok KKN di desa kami membuat papan informasi jadwal posyandu dan bank sampah di depan balai desa. Warga bisa menempel pengumuman di sana juga. #KKN #Marabahan""",
           "a KKN group's board on posyandu and waste bank, not voter-list work"),
         L("kim-handil-bakti", "2026-11-16 20:20", "fb", """Malam ini mahasiswa KKN Tematik Pengawasan di desa kami mengadakan nonton bareng film dokumenter pemilu di balai desa dan membentuk Forum Warga Peduli Pemilu Handil Bakti. Ketuanya Pak Suriansyah, anggotanya 15 orang dari RT dan karang taruna.""",
           "one village's own forum formed by the KKN group (16 Nov), its own event and facts"),
     ],
     before=[]),

dict(id="a17", src="kesbangpol-kalsel", at="2026-11-17 16:10", slug="sekolah-kebangsaan-kalsel-2026-diikuti-150-pelajar-dari-13-kabupaten-kota",
     title="Sekolah Kebangsaan Kalsel 2026 Diikuti 150 Pelajar dari 13 Kabupaten/Kota",
     text="""BANJARBARU – Badan Kesatuan Bangsa dan Politik (Kesbangpol) Provinsi Kalimantan Selatan membuka Sekolah Kebangsaan 2026 bagi 150 pelajar SMA, SMK dan madrasah aliyah dari 13 kabupaten/kota di Banjarbaru, Selasa (17/11/2026). Kegiatan berlangsung empat hari hingga Jumat (20/11/2026) dengan sistem asrama.

Peserta belajar sejarah perjuangan rakyat Kalimantan Selatan, Pancasila dalam kehidupan sehari-hari dan cara berdebat tanpa saling merendahkan. “Kami tidak ingin anak muda hanya menghafal sila. Kami ingin mereka mampu hidup berdampingan dengan teman yang berbeda,” kata Kepala Kesbangpol Kalsel, Hasanuddin Basri.

Pada hari terakhir peserta akan mempresentasikan rencana aksi kebangsaan di sekolah masing-masing. Tiga rencana terbaik mendapat pendampingan Kesbangpol selama 2027. (kesbangpol-kalsel/ta)""",
     short="Kesbangpol Kalsel buka Sekolah Kebangsaan 2026 untuk 150 pelajar SMA/SMK/MA dari 13 kab/kota di Banjarbaru, 17–20 November (asrama); tiga rencana aksi terbaik didampingi selama 2027.",
     long="""Sekolah Kebangsaan 2026 dibuka Kesbangpol Kalsel di Banjarbaru pada Selasa, 17 November. Pesertanya 150 pelajar SMA, SMK dan MA dari 13 kabupaten/kota yang tinggal di asrama selama empat hari sampai Jumat, 20 November.

Materinya sejarah perjuangan rakyat Kalsel, Pancasila dalam keseharian dan cara berdebat tanpa merendahkan. Kepala Kesbangpol Kalsel Hasanuddin Basri berharap peserta tidak sekadar menghafal sila. Di hari terakhir peserta memaparkan rencana aksi untuk sekolahnya, dan tiga terbaik akan didampingi sepanjang 2027.""",
     para=P("""Anak sakulahan matan 13 kabupaten/kota, 150 urang, masuk Sekolah Kebangsaan Kesbangpol Kalsel di Banjarbaru 🇮🇩 Ampat hari, 17 sampai 20 November, baasrama. Baajar sijarah parjuangan urang Banua, Pancasila sahari-hari, wan bapandir badebat kada saling marandahakan. Tiga rencana aksi nang tabaik didampingi sampai 2027. Mantap!"""),
     looks=[
         L("kim-palam", "2026-11-18 19:30", "fb", """Asrama tempat Sekolah Kebangsaan minggu ini, pekan depan dipakai untuk pelatihan 90 calon paskibraka kabupaten/kota se-Kalsel. Pengelola asrama meminta warga sekitar tidak parkir di bahu jalan depan gerbang.""",
           "the same dormitory, another event the next week"),
         L("kim-tabanio", "2026-11-21 18:00", "fb", """SMA di Takisung mengirim dua siswa ke Sekolah Kebangsaan provinsi minggu ini. Hari ini keduanya pulang dan langsung berbagi cerita di upacara sekolah Sabtu pagi. Sekolah berencana membuat klub debat kebangsaan mulai Januari.""",
           "a school's own follow-up with its own plan, not the provincial school itself"),
         L("kim-birayang", "2026-11-17 20:50", "fb", """Siswa SMA di Birayang ikut lomba cerdas cermat empat pilar kebangsaan tingkat kabupaten hari ini dan meraih juara dua. Selamat untuk tim dan guru pembimbing!""",
           "a regional quiz on the same theme the same day, another event"),
     ],
     before=[
         B("kim-haruyan", "2026-11-15 20:00", "fb", """Dua siswa SMA di Haruyan terpilih ikut Sekolah Kebangsaan di Banjarbaru minggu depan. Katanya empat hari menginap. Doakan lancar ya!""",
           "a village note two days before the opening, no programme details"),
     ]),

dict(id="a18", src="pemkab-hst", at="2026-11-19 17:40", slug="90-pemuda-hst-ikuti-pendidikan-wawasan-kebangsaan-di-barabai",
     title="90 Pemuda HST Ikuti Pendidikan Wawasan Kebangsaan di Barabai",
     text="""BARABAI – Kesbangpol Kabupaten Hulu Sungai Tengah menggelar pendidikan wawasan kebangsaan bagi 90 pemuda dari 11 kecamatan di Gedung Murakata, Barabai, Kamis (19/11/2026). Peserta terdiri atas pengurus karang taruna, remaja masjid dan pemuda adat dari kawasan Pegunungan Meratus.

Kegiatan diisi diskusi tentang kerukunan di kampung yang warganya beragam, bahaya ujaran kebencian di media sosial dan kisah perjuangan Brigade ALRI Divisi IV di Hulu Sungai. “Persatuan di HST bukan cerita lama. Pemuda harus merawatnya dengan cara hari ini, termasuk di grup WhatsApp,” kata Wakil Bupati HST, Abdul Hadi Mukhlis.

Peserta diminta menyampaikan materi kepada minimal 10 teman di kampungnya. Kesbangpol HST akan menilai laporan mereka pada Desember. (diskominfo-hst/fk)""",
     short="Kesbangpol HST beri pendidikan wawasan kebangsaan kepada 90 pemuda (karang taruna, remaja masjid, pemuda adat Meratus) dari 11 kecamatan di Gedung Murakata, Kamis 19/11.",
     para=P("""Pemuda HST, 90 urang matan 11 kecamatan, Kamis (19/11) bakumpul di Gedung Murakata Barabai gasan pandidikan wawasan kebangsaan 🇮🇩 Ada karang taruna, ramaja masjid, wan pemuda adat Meratus. Jar Wabup, rukun di HST harus dijaga sampai di grup WA jua 😄 Tiap paserta wajib mambagi ilmu ka 10 kawan di kampung."""),
     looks=[
         L("kim-birayang", "2026-11-20 08:30", "fb", """Gedung Murakata kemarin sore, setelah acara pemuda, dipakai gladi bersih pelantikan pengurus KONI HST. Pelantikannya Sabtu malam. Warga yang melintas mohon hati-hati karena parkir penuh.""",
           "the same hall, another event (KONI)"),
         L("kim-pandawan", "2026-11-19 21:30", "fb", """Kamis siang ini Wakil Bupati HST Abdul Hadi Mukhlis meninjau pasar murah di halaman Kecamatan Pandawan. Disediakan 1.200 kilogram beras dan 600 liter minyak goreng dengan harga di bawah pasar.""",
           "the same official, the same day, at a cheap market"),
         L("kim-birayang", "2026-12-01 20:10", "fb", """Sesuai tugas dari pendidikan kebangsaan di Barabai, dua pemuda Birayang berbagi materi kepada 14 remaja masjid di desa kami malam ini. Temanya hidup rukun dan tidak menyebar hoaks.""",
           "a village's own follow-up session with its own facts (14 youths)"),
     ],
     before=[
         B("kim-birayang", "2026-11-18 16:00", "fb", """Karang taruna Birayang mengirim tiga pengurus ke pendidikan wawasan kebangsaan di Barabai besok. Mohon doanya. Bawa bekal dan pakaian putih hitam ya.""",
           "an invitation/notice the day before"),
     ]),

dict(id="a19", src="pemkab-kotabaru", at="2026-11-21 15:50", slug="wawasan-kebangsaan-menyeberang-ke-pulau-70-pelajar-pulau-sebuku-ikut-dialog",
     title="Wawasan Kebangsaan Menyeberang ke Pulau, 70 Pelajar Pulau Sebuku Ikut Dialog",
     text="""KOTABARU – Kesbangpol Kabupaten Kotabaru membawa pendidikan wawasan kebangsaan ke Kecamatan Pulau Sebuku, Sabtu (21/11/2026). Sebanyak 70 pelajar SMP dan SMA dari enam desa mengikuti dialog di aula kantor kecamatan setelah tim menyeberang dengan kapal cepat dari Kotabaru.

Dialog membahas sejarah Kotabaru sebagai daerah kepulauan, keragaman suku di pesisir dan sikap bijak bermedia sosial. “Anak-anak di pulau jarang mendapat kegiatan seperti ini karena jauh. Sekarang kami yang datang,” kata Kepala Kesbangpol Kotabaru, Rusmini Hairani.

Setelah Pulau Sebuku, kegiatan serupa dijadwalkan di Kecamatan Pulau Laut Kepulauan pada Desember. Kesbangpol juga membagikan 70 buku saku Pancasila kepada perpustakaan sekolah di enam desa tersebut. (kominfo-kotabaru/dr)""",
     short="Kesbangpol Kotabaru bawa wawasan kebangsaan ke Pulau Sebuku (Sabtu 21/11): 70 pelajar SMP/SMA dari enam desa ikut dialog di aula kecamatan; Desember ke Pulau Laut Kepulauan.",
     para=P("""Bubuhan Kesbangpol Kotabaru manyubarang naik kapal cepat ka Pulau Sebuku, Sabtu (21/11) ⛴️ 70 anak sakulahan SMP wan SMA matan anam desa umpat dialog wawasan kebangsaan di aula kecamatan. Bapandir sijarah Kotabaru kapulauan, suku-suku di pasisir wan bijak di medsos. Desember kaina giliran Pulau Laut Kepulauan. #Kotabaru""", kim="kim-serongga"),
     looks=[
         L("kim-sungai-bali", "2026-11-22 10:00", "fb", """Kapal cepat jurusan Kotabaru–Sebuku kemarin penuh penumpang karena ada rombongan dari kabupaten. Mulai pekan depan jadwal keberangkatan pagi dimajukan ke pukul 07.00 karena pasang surut.""",
           "the same crossing, a ferry schedule change"),
         L("kim-semayap", "2026-11-26 14:20", "fb", """Perpustakaan Daerah Kotabaru membagikan 70 paket buku bacaan anak ke taman baca di Pulau Laut Utara, Kamis (26/11). Paket berisi cerita rakyat dan buku bergambar.""",
           "70 book packages by the library: same figure, other office"),
         L("kim-serongga", "2026-12-04 19:00", "fb", """Pelajar SMA di Kelumpang Hilir mengikuti lomba pidato kebangsaan tingkat kecamatan hari ini. Juara pertama bertema "Laut yang Menyatukan". Pemenang akan mewakili kecamatan ke tingkat kabupaten tahun depan.""",
           "a kecamatan speech contest on the same theme, another event"),
     ],
     before=[]),

dict(id="a20", src="kesbangpol-kalsel", at="2026-11-04 17:00", slug="120-perempuan-ikuti-pendidikan-politik-kesbangpol-kalsel",
     title="120 Perempuan Ikuti Pendidikan Politik Kesbangpol Kalsel",
     text="""BANJARMASIN – Kesbangpol Provinsi Kalimantan Selatan menggelar pendidikan politik bagi 120 perempuan dari kelompok PKK, majelis taklim dan kader posyandu di Banjarmasin, Rabu (4/11/2026). Peserta berasal dari Banjarmasin, Banjarbaru, Kabupaten Banjar dan Barito Kuala.

Materinya meliputi hak memilih dan dipilih, cara membaca visi misi calon, serta peran perempuan dalam musyawarah desa. “Perempuan sering hadir di rapat tetapi jarang bicara. Kami ingin mereka berani menyampaikan pendapat dan tahu haknya,” kata Sekretaris Kesbangpol Kalsel, Dewi Anggraini Saleh.

Kesbangpol Kalsel berencana menggelar kegiatan serupa untuk perempuan di wilayah Banua Anam pada tahun depan. Setiap peserta mendapat modul yang dapat dibagikan di kelompoknya. (kesbangpol-kalsel/ta)""",
     short="Kesbangpol Kalsel beri pendidikan politik kepada 120 perempuan PKK, majelis taklim dan kader posyandu dari Banjarmasin, Banjarbaru, Banjar dan Batola, Rabu 4/11 di Banjarmasin.",
     para=P("""Ibu-ibu PKK, majelis taklim wan kader posyandu, 120 urang, Rabu (4/11) umpat pandidikan politik Kesbangpol Kalsel di Banjarmasin 👩‍🦱 Baajar hak mamilih wan dipilih, mambaca visi misi calon, wan bapandir di musyawarah desa. Jar sidin, bibinian jangan cuma hadir haja, wani bapandir jua! #PerempuanBerdaya"""),
     looks=[
         L("kim-sungai-lulut", "2026-11-05 11:00", "fb", """TP PKK Kecamatan Banjarmasin Timur mengadakan pelatihan membuat kue kering untuk 40 ibu-ibu di aula kecamatan, Kamis (5/11). Hasilnya akan dijual di bazar akhir tahun.""",
           "PKK baking class the next day: same groups, other activity"),
         L("kim-aluh-aluh-besar", "2026-11-12 20:15", "fb", """Majelis taklim ibu-ibu desa kami membahas hak perempuan dalam rumah tangga dan warisan dalam pengajian rutin Kamis malam, bersama ustazah dari Martapura. Hadir 55 jamaah.""",
           "a majelis taklim talk on family rights, not political education"),
         L("kim-alalak-tengah", "2026-11-04 20:30", "fb", """Rabu siang tadi Sekretaris Kesbangpol Kalsel Dewi Anggraini Saleh juga membuka rapat koordinasi pengawasan orang asing di hotel yang sama. Hadir perwakilan imigrasi dan kepolisian.""",
           "the same official, same day and hotel, another meeting"),
     ],
     before=[]),

dict(id="a21", src="pemkab-tapin", at="2026-11-11 16:30", slug="75-perempuan-kepala-keluarga-di-tapin-ikuti-pendidikan-politik",
     title="75 Perempuan Kepala Keluarga di Tapin Ikuti Pendidikan Politik",
     text="""RANTAU – Kesbangpol Kabupaten Tapin menggelar pendidikan politik bagi 75 perempuan kepala keluarga dari 12 kecamatan di Aula Rantau Baru, Rabu (11/11/2026). Mereka adalah ibu yang menghidupi keluarga sendiri karena suami meninggal, bercerai atau merantau.

Peserta diajak memahami cara mengurus data diri dalam daftar pemilih, menyampaikan usulan di musyawarah desa dan mengenali janji politik yang tidak masuk akal. “Ibu-ibu ini paling sibuk dan paling jarang diajak rapat. Padahal keputusan desa menyangkut hidup anak-anak mereka,” ujar Bupati Tapin, Muhammad Yamin Arifin.

Kesbangpol Tapin akan membentuk kelompok diskusi perempuan di setiap kecamatan dengan pendamping dari kecamatan. Pertemuan pertamanya dijadwalkan pada Januari 2027. (prokopim-tapin/sy)""",
     short="Kesbangpol Tapin beri pendidikan politik kepada 75 perempuan kepala keluarga dari 12 kecamatan di Aula Rantau Baru, Rabu 11/11; kelompok diskusi perempuan per kecamatan mulai Januari 2027.",
     para=P("""Mama-mama kapala kaluarga di Tapin, 75 urang matan 12 kecamatan, Rabu (11/11) umpat pandidikan politik di Aula Rantau Baru 💪 Baajar mangurus data di daftar pamilih, maajukan usulan di musdes, wan maulah janji politik nang kada masuk akal. Jar Bupati, bubuhan mama ni nang paling sibuk tapi jarang diundang rapat. Januari kaina ada kalompok diskusi tiap kecamatan."""),
     looks=[
         L("kim-hatungun", "2026-11-12 09:10", "fb", """Kemarin Aula Rantau Baru juga dipakai seleksi duta wisata Tapin. Ada 24 pasang finalis yang tampil memperkenalkan kuliner dan kerajinan desa masing-masing.""",
           "the same hall, another event"),
         L("kim-binuang", "2026-11-11 20:40", "fb", """Rabu pagi Bupati Tapin Muhammad Yamin Arifin meresmikan jembatan gantung di Binuang sebelum berangkat ke Rantau. Jembatan sepanjang 64 meter ini menghubungkan dua RT yang selama ini menyeberang dengan jukung.""",
           "the same official, same morning, a bridge inauguration"),
         L("kim-hatungun", "2026-11-27 19:20", "fb", """Kelompok perempuan kepala keluarga di Hatungun bertemu di rumah ketua kelompok untuk arisan dan belajar menjahit. Ada 18 anggota. Mereka berharap ada bantuan mesin jahit dari dinas. Bukan kegiatan politik ya, murni usaha ibu-ibu.""",
           "a village women-headed-household group's sewing meeting, explicitly not political"),
     ],
     before=[
         B("kim-hatungun", "2026-11-10 14:30", "fb", """Tiga ibu dari Hatungun diundang Kesbangpol ikut pendidikan politik di Rantau besok. Katanya khusus untuk ibu yang jadi kepala keluarga. Transportasi ditanggung panitia.""",
           "an invitation the day before, no details of the session"),
     ]),

dict(id="a22", src="kesbangpol-kalsel", at="2026-11-23 14:40", slug="pengurus-forum-pembauran-kebangsaan-kalsel-2026-2031-dikukuhkan",
     title="Pengurus Forum Pembauran Kebangsaan Kalsel 2026–2031 Dikukuhkan",
     text="""BANJARMASIN – Sebanyak 41 pengurus Forum Pembauran Kebangsaan (FPK) Provinsi Kalimantan Selatan masa bakti 2026–2031 dikukuhkan di Mahligai Pancasila, Banjarmasin, Senin (23/11/2026). Pengurus berasal dari 19 paguyuban etnis yang tinggal di Kalimantan Selatan, antara lain Banjar, Dayak Meratus, Jawa, Bugis, Madura, Tionghoa dan Bali.

FPK bertugas menampung aspirasi antaretnis dan mendahului potensi gesekan sebelum menjadi konflik. “Kalsel selama ini damai karena warganya mau duduk bersama. Forum ini tempat duduk bersama itu,” kata Wakil Gubernur Kalimantan Selatan dalam sambutan yang dibacakan Kepala Kesbangpol Kalsel, Hasanuddin Basri.

Pengurus FPK diminta menyusun program kerja dalam 30 hari dan membentuk kepengurusan FPK di kabupaten/kota yang belum memilikinya. (kesbangpol-kalsel/ta)""",
     short="41 pengurus FPK Kalsel 2026–2031 dari 19 paguyuban etnis dikukuhkan di Mahligai Pancasila, Senin 23/11; program kerja disusun dalam 30 hari.",
     para=P("""Pangurus Forum Pembauran Kebangsaan Kalsel, 41 urang matan 19 paguyuban, dikukuhakan di Mahligai Pancasila, Sanin (23/11) 🤝 Ada urang Banjar, Dayak Meratus, Jawa, Bugis, Madura, Tionghoa, Bali wan lainnya. Gawiannya manampung aspirasi antarsuku wan mancagah gesekan sabalum jadi ribut. Kalsel damai karna urangnya hakun duduk basama 😊"""),
     looks=[
         L("kim-teluk-tiram", "2026-11-24 20:00", "fb", """Paguyuban warga Bugis di Banjarmasin Barat melantik pengurus barunya, Selasa malam (24/11), di gedung serbaguna kelurahan. Ada 25 pengurus. Acara diisi tari pakarena dan makan bersama.""",
           "one ethnic association's own installation, not the provincial forum"),
         L("kim-sungai-lulut", "2026-11-23 21:15", "fb", """Sore tadi Mahligai Pancasila ramai karena resepsi pernikahan warga Sungai Lulut. Jalan depan sempat macet sekitar setengah jam. Terima kasih petugas Dishub yang membantu mengatur.""",
           "the same venue, a wedding the same evening"),
         L("kim-tabanio", "2026-12-02 15:40", "fb", """FPK Kabupaten Tanah Laut menggelar rapat kerja di Pelaihari, Rabu (2/12), untuk menyusun program 2027. Salah satunya festival kuliner antaretnis di Takisung pada Agustus.""",
           "the kabupaten FPK's own work meeting in December"),
     ],
     before=[]),
]
