"""Hand-written releases a01–a11 (KPU: coklit at special locations, cleaning the list, checking one's name,
voters with disabilities; Bawaslu cadre school) with their summaries, paraphrases, look-alikes and `before` posts."""
from spec import B, L, P

ANNS = [
dict(id="a01", src="kpu-kalsel", at="2026-11-09 14:10", slug="kpu-kalsel-mulai-coklit-pemilih-di-46-lokasi-khusus",
     title="KPU Kalsel Mulai Coklit Pemilih di 46 Lokasi Khusus",
     text="""BANJARMASIN – Komisi Pemilihan Umum (KPU) Provinsi Kalimantan Selatan memulai pencocokan dan penelitian (coklit) data pemilih di lokasi khusus, Senin (9/11/2026). Sasarannya 1.870 calon pemilih yang tinggal di 46 lokasi, yaitu lembaga pemasyarakatan, rumah tahanan, pondok pesantren berasrama dan mes perusahaan di 13 kabupaten/kota.

Coklit berlangsung hingga Sabtu (21/11/2026) dan dikerjakan petugas KPU kabupaten/kota bersama pengelola lokasi. “Warga yang tinggal di lokasi khusus sering tercecer dari daftar karena alamat KTP-nya jauh dari tempat tinggalnya sekarang. Kami datangi satu per satu,” kata Ketua KPU Kalsel, Hairiyadi Mansur.

Hasil coklit akan direkap dalam rapat pleno pada akhir November, lalu diserahkan kepada KPU kabupaten/kota untuk pemutakhiran daftar pemilih berikutnya. Pengelola lokasi diminta menyiapkan daftar penghuni yang lengkap. (kpu-kalsel/nh)""",
     short="KPU Kalsel mulai coklit 1.870 calon pemilih di 46 lokasi khusus (lapas, rutan, pesantren berasrama, mes perusahaan) sejak Senin 9 November sampai 21 November 2026.",
     long="""Pemilih yang tinggal di lapas, rutan, pesantren berasrama atau mes perusahaan kini didatangi petugas. KPU Provinsi Kalsel sejak Senin, 9 November 2026, menjalankan coklit di 46 lokasi khusus yang tersebar di 13 kabupaten/kota, dengan sasaran 1.870 orang.

Menurut Ketua KPU Kalsel Hairiyadi Mansur, penghuni lokasi seperti ini sering tidak tercatat karena alamat di KTP berbeda dengan tempat tinggal sekarang. Kegiatan berlangsung sampai 21 November dan hasilnya direkap dalam pleno akhir bulan. Pengelola asrama dan mes diminta menyiapkan daftar penghuninya.""",
     para=P("""Bubuhan nang tinggal di lapas, rutan, pondok wan mes parusahaan, dangarakan 🙏 Mulai Senin 9 November tadi KPU Kalsel turun coklit ka 46 lokasi khusus, ada 1.870 urang nang handak dicocokakan datanya. Sampai tanggal 21 haja lah. Pengurus asrama tulung siapakan daftar panghuni, supaya kadada nang tacicir ngarannya 👍 #CoklitKalsel"""),
     looks=[
         L("kim-sungai-lulut", "2026-11-10 20:15", "fb", """Kilas balik: bulan Agustus 2025 petugas KPU Banjarmasin mendatangi Lapas Teluk Dalam untuk mendata warga binaan. Waktu itu tercatat 1.050 orang, ratusan di antaranya belum punya KTP-el sehingga perekaman dilakukan di tempat. Foto-foto ini dari arsip kegiatan KIM tahun lalu, kami bagikan lagi sebagai kenangan.""",
           "a 2025 visit to Lapas Teluk Dalam (1.050 inmates) from the KIM's archive, not the 2026 provincial coklit of 46 locations"),
         L("kim-handil-bakti", "2026-11-12 16:40", "fb", """Data sementara PPS Desa Handil Bakti: jumlah pemilih di desa kami 1.870 orang setelah dicocokkan ulang dari rumah ke rumah oleh ketua RT bulan ini. Yang pindah rumah atau punya anggota keluarga baru berumur 17 tahun silakan lapor ke kantor desa hari kerja.""",
           "a village's own voter total that happens to be 1.870, house-to-house, not special locations"),
         L("kim-guntung-payung", "2026-11-30 15:20", "tg", """📌 KPU Kalsel menggelar rapat pleno rekapitulasi hasil coklit lokasi khusus, Senin (30/11). Dari 46 lokasi tercatat 1.912 pemilih memenuhi syarat, bertambah 42 orang dari perkiraan awal karena ada penghuni baru di dua pondok pesantren dan satu mes. Berita acara pleno dikirim ke KPU kabupaten/kota pekan ini.""",
           "the later pleno (30 Nov) with its own result 1.912, a later step told as its own news"),
     ],
     before=[
         B("kim-tanjung-rema", "2026-11-08 19:05", "fb", """Pengurus pondok di kampung kami sudah diminta menyiapkan daftar santri yang umurnya 17 tahun ke atas. Katanya pekan ini ada petugas KPU yang datang mendata. Santri yang sempat pulang kampung diminta kembali dulu ke asrama, jangan sampai terlewat.""",
           "the evening before the coklit, hearsay from one pondok, no figures"),
     ]),

dict(id="a02", src="kpu-tabalong", at="2026-11-12 17:30", slug="kpu-tabalong-coklit-612-pekerja-di-mes-perusahaan",
     title="KPU Tabalong Coklit 612 Pekerja di Mes Perusahaan Murung Pudak dan Tanta",
     text="""TANJUNG – KPU Kabupaten Tabalong mendatangi tiga mes perusahaan tambang dan perkebunan sawit di Kecamatan Murung Pudak dan Tanta untuk mencocokkan data pemilih para pekerja, Kamis (12/11/2026). Dari 612 pekerja yang didata, 431 orang ternyata masih terdaftar sebagai pemilih di daerah asalnya.

Petugas membantu pekerja yang ingin tercatat di Tabalong mengisi formulir pindah memilih, sedangkan yang memilih tetap di kampung halaman cukup dicatat keterangannya. “Pekerja mes itu ribuan jumlahnya di Tabalong. Kalau tidak dijemput, mereka tidak sempat mengurus sendiri karena jadwal kerjanya bergilir,” ujar Ketua KPU Tabalong, Rusdiansyah Noor.

KPU Tabalong menjadwalkan kunjungan ke empat mes lainnya di Kecamatan Muara Uya pada pekan depan. Perusahaan diminta mengatur jam istirahat pekerja saat petugas datang. (kpu-tbl/ar)""",
     short="KPU Tabalong coklit 612 pekerja di tiga mes perusahaan tambang dan sawit di Murung Pudak dan Tanta (Kamis 12/11); 431 masih terdaftar di daerah asal, dibantu isi formulir pindah memilih.",
     para=P("""Pekerja mes di Murung Pudak wan Tanta, KPU Tabalong sudah datang ka mes pian hari Kamis (12/11) 👷 Ada 612 urang nang didata, 431 ternyata masih tadaftar di kampung asal. Mun handak pindah milih ka Tabalong, bujur kawa, petugas mambantui isi formulirnya. Minggu dudi giliran ampat mes di Muara Uya. #KPUTabalong"""),
     looks=[
         L("kim-jaro", "2026-11-19 18:10", "fb", """Hari ini (Kamis, 19/11) petugas KPU Tabalong datang ke mes perusahaan kayu di wilayah Muara Uya dan Jaro. Ada 238 pekerja yang didata, kebanyakan dari Jawa Timur dan Sulawesi Selatan. Sebanyak 71 orang mengisi formulir pindah memilih. Terima kasih kepada pengelola mes yang mengatur jam istirahat.""",
           "the next week's Muara Uya/Jaro visit with its own figures (238 workers, 71 forms)"),
         L("kim-mabuun", "2026-11-13 09:30", "fb", """Mes karyawan di Mabuun kembali dipenuhi pekerja baru bulan ini. Pengurus RT minta para penghuni mes melapor sebagai penduduk nonpermanen ke kelurahan paling lambat 2 × 24 jam, sesuai aturan kependudukan. Formulirnya bisa diambil di pos RT 04.""",
           "RT asks mes residents to register as non-permanent residents with the kelurahan; not KPU, not voter data"),
         L("kim-juku-eja", "2026-11-16 20:00", "fb", """Petugas KPU Tanah Bumbu mendata 505 pekerja di mes perusahaan batu bara dan pelabuhan di Kecamatan Kusan Hilir dan Satui, Senin (16/11). Sebanyak 377 pekerja masih tercatat di kabupaten asalnya. Kegiatan ini bagian dari coklit lokasi khusus di Tanah Bumbu.""",
           "the same kind of work in Tanah Bumbu (505 workers, 377), another kabupaten"),
     ],
     before=[
         B("kim-jaro", "2026-11-11 12:40", "fb", """Pengumuman dari pengelola mes di grup karyawan: besok (Kamis) ada petugas KPU yang datang ke mes, semua karyawan yang libur sif diminta membawa KTP dan berkumpul di aula mes jam 09.00. Yang sif pagi menyusul saat istirahat.""",
           "an invitation posted the day before the visit, no results"),
     ]),

dict(id="a03", src="kpu-banjar", at="2026-11-10 16:00", slug="kpu-banjar-coklit-940-santri-di-lima-pondok-pesantren-martapura",
     title="KPU Banjar Coklit 940 Santri di Lima Pondok Pesantren Martapura",
     text="""MARTAPURA – KPU Kabupaten Banjar mencocokkan dan meneliti data 940 santri berusia 17 tahun ke atas di lima pondok pesantren berasrama di Kecamatan Martapura, Selasa (10/11/2026). Sebanyak 288 santri diketahui belum memiliki KTP elektronik sehingga belum bisa masuk daftar pemilih.

Untuk mereka, KPU Banjar menggandeng Dinas Kependudukan dan Pencatatan Sipil yang membuka perekaman KTP-el langsung di asrama. “Santri yang baru genap 17 tahun jangan sampai kehilangan hak pilih hanya karena belum rekam. Kami bawa layanan ke pondok,” kata Ketua KPU Banjar, Muhammad Ridha Fahmi.

Perekaman susulan dijadwalkan pada Sabtu (14/11/2026) di aula pondok. Santri yang sedang pulang kampung diminta kembali ke asrama atau mendatangi kantor Disdukcapil di Martapura. (kpu-bjr/sf)""",
     short="KPU Banjar coklit 940 santri (17 tahun ke atas) di lima pondok pesantren berasrama Martapura, Selasa 10/11; 288 belum punya KTP-el, perekaman susulan Sabtu 14/11 di aula pondok.",
     para=P("""Santri di pondok Martapura, ada kabar nah 📋 KPU Banjar hari Salasa tadi mancocokakan data 940 santri nang umur 17 ka atas di lima pondok. Tagal 288 urang balum baisi KTP-el, jadi balum kawa masuk daftar pamilih. Disdukcapil umpat datang, parekaman susulan hari Sabtu 14/11 di aula pondok. Nang bulik kampung, tulak ka pondok dahulu lah 😊""", kim="kim-tanjung-rema"),
     looks=[
         L("kim-astambul-kota", "2026-11-14 13:10", "fb", """Sabtu pagi tadi Disdukcapil Banjar membuka perekaman KTP-el di SMA negeri Astambul. Ada 96 siswa kelas XII yang sudah berusia 17 tahun ikut merekam. Kepala sekolah berharap bulan depan KTP-nya bisa dibagikan sebelum libur semester.""",
           "KTP-el recording at a school in Astambul (96 pupils) on the same Saturday, not the pondok follow-up"),
         L("kim-mataraman", "2026-11-11 21:00", "fb", """Pondok pesantren di desa kami menerima 288 santri baru tahun ajaran ini, terbanyak dalam lima tahun terakhir. Asrama putra sedang ditambah satu lantai. Warga yang ingin beramal untuk pembangunan bisa menghubungi pengurus pondok langsung.""",
           "a pondok's 288 new students and building works: the same figure with another meaning"),
         L("kim-tanjung-rema", "2026-11-14 17:45", "ig", """Alhamdulillah, perekaman susulan di aula pondok tadi pagi berjalan lancar. Menurut petugas Disdukcapil, 241 santri sudah direkam hari ini, sisanya yang masih pulang kampung bisa ke kantor Disdukcapil Martapura. KTP-el dicetak bertahap mulai pekan depan. #Martapura #KTPel #Santri""",
           "the follow-up recording day (14 Nov) with its own count 241, a later step"),
     ],
     before=[]),

dict(id="a04", src="kpu-banjarmasin", at="2026-11-16 19:00", slug="3412-pemilih-meninggal-dicoret-dari-daftar-pemilih-banjarmasin",
     title="3.412 Pemilih Meninggal Dicoret dari Daftar Pemilih Banjarmasin",
     text="""BANJARMASIN – KPU Kota Banjarmasin mencoret 3.412 pemilih yang telah meninggal dunia dari daftar pemilih dalam rapat pleno terbuka, Senin (16/11/2026). Data itu diperoleh dari padanan akta kematian yang diterbitkan Disdukcapil Banjarmasin sepanjang Januari hingga Oktober 2026.

Dalam pleno yang sama, 129 pemilih yang beralih status menjadi anggota TNI dan Polri juga dinyatakan tidak memenuhi syarat. “Data kematian sering tidak dilaporkan keluarga. Karena itu kami mengandalkan akta kematian dan laporan ketua RT,” ujar Ketua KPU Banjarmasin, Siti Rahmah Yulianti.

KPU Banjarmasin meminta keluarga yang anggotanya meninggal tetapi belum mengurus akta kematian agar segera melapor ke kelurahan. Rekap pleno dikirim ke KPU Kalsel pekan ini. (kpu-bjm/rf)""",
     short="KPU Banjarmasin mencoret 3.412 pemilih meninggal (padanan akta kematian Januari–Oktober 2026) dan 129 pemilih yang menjadi TNI/Polri dalam pleno Senin 16/11.",
     long="""Dalam rapat pleno terbuka pada Senin (16/11), KPU Kota Banjarmasin menghapus 3.412 nama pemilih yang sudah meninggal dunia. Angka itu didapat setelah daftar pemilih dipadankan dengan akta kematian dari Disdukcapil yang terbit Januari sampai Oktober 2026. Selain itu, 129 orang yang kini menjadi anggota TNI/Polri juga dinyatakan tidak memenuhi syarat.

Ketua KPU Banjarmasin Siti Rahmah Yulianti mengingatkan bahwa kematian sering tidak dilaporkan keluarga. Warga yang keluarganya meninggal tetapi belum punya akta kematian diminta melapor ke kelurahan.""",
     para=P("""Dangsanak di Banjarmasin, KPU kota sudah mancoret 3.412 ngaran pamilih nang sudah maninggal, hasil dicocokakan lawan akta kematian Januari sampai Oktober. Ada jua 129 urang nang wayahini jadi TNI/Polri, dicoret jua. Mun ada kaluarga nang maninggal tapi balum maurus akta, lapor ka kalurahan lah 🙏 #PemiluBersih"""),
     looks=[
         L("kim-teluk-tiram", "2026-11-17 10:20", "fb", """Warga RT 09 Teluk Tiram mengeluh: nama almarhum ayah saya masih muncul di daftar pemilih sementara yang ditempel di musala tahun lalu, padahal beliau wafat 2023. Sudah lapor ke ketua RT tapi belum ada kabar. Ada yang tahu harus ke mana mengurusnya? Apakah harus punya akta kematian dulu?""",
           "one family's complaint/question about a deceased father on an old list; no pleno, no figures"),
         L("kim-alalak-tengah", "2026-11-18 15:00", "tg", """Disdukcapil Banjarmasin mencatat 3.412 akta kelahiran terbit sepanjang Oktober 2026 lewat layanan daring, naik dari 2.980 pada September. Warga cukup mengunggah surat keterangan lahir dari bidan atau rumah sakit.""",
           "Disdukcapil's 3.412 birth certificates in October: the same figure, another document"),
         L("kim-sungai-lulut", "2026-11-23 19:30", "fb", """KPU Kota Banjarbaru juga menggelar pleno pencoretan pemilih, Senin (23/11). Sebanyak 1.287 pemilih meninggal dan 44 pemilih beralih status TNI/Polri dicoret. Kawan-kawan yang tinggal di Banjarbaru silakan cek lagi data keluarganya.""",
           "the same kind of pleno in Banjarbaru a week later (1.287 / 44)"),
         L("kim-teluk-tiram", "2026-11-20 08:15", "fb", """Ada pesan berantai di grup WA yang bilang "nama yang sudah meninggal dipakai untuk memilih, segera cek". Kami sudah tanya ke PPS kelurahan: belum ada info resmi seperti itu dan tidak ada pemilihan apa pun dalam waktu dekat. Mohon jangan disebar dulu sebelum jelas sumbernya.""",
           "a chain message about dead voters 'used to vote', denied at the kelurahan: rumour, no pleno"),
     ],
     before=[
         B("kim-sungai-lulut", "2026-11-15 20:30", "fb", """Besok (Senin) KPU Banjarmasin mengadakan rapat pleno terbuka tentang data pemilih di hotel di Jalan Lambung Mangkurat. Ketua RT diundang sebagai peninjau. Kata undangan, salah satu agendanya data pemilih yang sudah meninggal.""",
           "an invitation the evening before the pleno, no result"),
     ]),

dict(id="a05", src="kpu-hsu", at="2026-11-18 15:40", slug="kpu-hsu-temukan-816-data-pemilih-ganda-uji-publik-di-10-kecamatan",
     title="KPU HSU Temukan 816 Data Pemilih Ganda, Uji Publik Digelar di 10 Kecamatan",
     text="""AMUNTAI – KPU Kabupaten Hulu Sungai Utara menemukan 816 data pemilih ganda setelah mencocokkan nomor induk kependudukan, nama dan tanggal lahir di seluruh daftar pemilih, Rabu (18/11/2026). Sebagian besar terjadi karena warga pindah desa di dalam kabupaten tanpa mencabut data lamanya.

Sebelum dihapus, data ganda itu akan diuji publik di 10 kantor kecamatan pada Senin hingga Rabu (23–25/11/2026). “Kami ingin warga ikut melihat. Bisa saja ada dua orang berbeda yang namanya dan tanggal lahirnya sama,” kata Ketua KPU HSU, Ahmad Fauzan Rifani.

Warga dipersilakan datang membawa KTP-el dan kartu keluarga bila ingin memeriksa atau menyanggah data. Hasil uji publik menjadi bahan rapat pleno pada awal Desember. (kpu-hsu/mz)""",
     short="KPU HSU temukan 816 data pemilih ganda (Rabu 18/11); uji publik di 10 kantor kecamatan 23–25 November, warga bawa KTP-el dan KK untuk memeriksa atau menyanggah.",
     para=P("""Warga Hulu Sungai Utara, ada 816 data pamilih ganda nang ditamukan KPU HSU, rata-rata gara-gara pindah desa kada mancabut data lawas 😅 Sabalum dihapus, kawa dilihat dahulu di kantor kecamatan tanggal 23 sampai 25 November. Bawa KTP-el wan KK mun handak maniring atawa manyanggah. #KPUHSU""", kim="kim-danau-panggang"),
     looks=[
         L("kim-babirik", "2026-11-24 11:30", "fb", """Uji publik data pemilih ganda di Kantor Kecamatan Babirik hari ini didatangi sekitar 60 warga. Dari 74 nama yang ditempel untuk Babirik, dua ternyata orang berbeda dengan nama dan tanggal lahir sama, jadi tidak jadi dihapus. Terima kasih PPK Babirik.""",
           "one kecamatan's hearing day (24 Nov) with its own figures (74 names, 2 kept)"),
         L("kim-palampitan-hulu", "2026-11-19 19:20", "fb", """Disdukcapil HSU menemukan 816 KK yang datanya belum diperbarui setelah ada anggota keluarga menikah atau pindah. Pemilik KK diminta datang ke Mal Pelayanan Publik Amuntai sebelum akhir tahun untuk mencetak KK baru secara gratis.""",
           "816 outdated family cards at Disdukcapil, not duplicate voters"),
         L("kim-muara-uya", "2026-11-27 09:00", "fb", """KPU Tabalong juga mulai menyisir data ganda. Sampai pekan ini ditemukan 302 data yang sama persis. Warga bisa mengecek lewat operator desa masing-masing paling lambat 4 Desember.""",
           "Tabalong's own duplicate search (302), another kabupaten"),
     ],
     before=[]),

dict(id="a06", src="kpu-tanbu", at="2026-11-20 16:20", slug="kpu-tanah-bumbu-dan-149-kades-lurah-teken-kesepakatan-lapor-kematian",
     title="KPU Tanah Bumbu dan 149 Kades/Lurah Teken Kesepakatan Lapor Kematian",
     text="""BATULICIN – KPU Kabupaten Tanah Bumbu menandatangani kesepakatan bersama 144 kepala desa dan 5 lurah tentang pelaporan warga yang meninggal dunia, Jumat (20/11/2026). Kesepakatan ini dibuat karena KPU masih menemukan 1.275 nama pemilih yang diduga sudah meninggal tetapi belum didukung akta kematian.

Setiap bulan, desa dan kelurahan akan mengirim daftar warga yang wafat kepada panitia pemungutan suara setempat. “Pencatatan kematian di desa biasanya ada di buku imam masjid atau ketua RT. Itu yang ingin kami jemput,” kata Ketua KPU Tanah Bumbu, Lukmanul Hakim Saputra.

Laporan pertama dari desa ditunggu paling lambat Kamis (10/12/2026). KPU bersama Disdukcapil akan memverifikasi setiap nama sebelum dicoret dari daftar pemilih. (kpu-tanbu/yd)""",
     short="KPU Tanah Bumbu teken kesepakatan lapor kematian dengan 144 kades dan 5 lurah (Jumat 20/11); masih ada 1.275 nama diduga meninggal tanpa akta, laporan pertama desa paling lambat 10 Desember.",
     para=P("""Pambakal wan lurah sa-Tanah Bumbu sudah tandatangan lawan KPU, Jumat (20/11) 🖊️ Mulai wayahini, mun ada warga nang maninggal, desa malapor tiap bulan ka PPS. Masalahnya masih ada 1.275 ngaran nang dikira sudah maninggal tapi kadada akta kematiannya. Laporan partama paling lambat 10 Desember. #TanahBumbu"""),
     looks=[
         L("kim-sungai-danau", "2026-11-21 18:40", "fb", """Pemerintah Desa Sungai Danau bersama imam masjid dan ketua RT menyalin buku catatan kematian sejak 2019 ke dalam satu daftar digital. Ada 212 nama yang tercatat. Daftar ini nantinya dipakai untuk membantu warga mengurus akta kematian secara kolektif.""",
           "a village's own record of deaths (212) for collective death certificates, not the KPU agreement"),
         L("kim-kampung-baru", "2026-11-20 21:05", "fb", """Jumat siang tadi Ketua KPU Tanah Bumbu Lukmanul Hakim Saputra juga menjadi juri lomba pidato pelajar tentang demokrasi di aula SMA negeri di Simpang Empat. Juara pertama diraih siswi kelas XI dengan judul "Suara Kecil dari Pulau". Selamat!""",
           "the same official on the same day at a student speech contest"),
         L("kim-juku-eja", "2026-12-04 16:00", "fb", """Desa kami sudah mengirim laporan kematian bulan November ke PPS: 6 warga wafat, semuanya sudah diurus akta kematiannya lewat pemerintah desa. Terima kasih kepada keluarga yang cepat melapor.""",
           "a village's first monthly report under the scheme (6 deaths), a later step with its own facts"),
     ],
     before=[]),

dict(id="a07", src="pemkot-banjarbaru", at="2026-11-15 13:15", slug="lapak-cek-data-pemilih-di-car-free-day-214-warga-periksa-nama",
     title="Lapak Cek Data Pemilih di Car Free Day, 214 Warga Periksa Nama",
     text="""BANJARBARU – Sebanyak 214 warga memeriksa namanya di Lapak Cek Data Pemilih yang dibuka KPU Kota Banjarbaru bersama Pemerintah Kota Banjarbaru di area car free day Lapangan Murjani, Minggu (15/11/2026). Dari jumlah itu, 37 warga mengajukan perbaikan data dan 9 orang baru tercatat sebagai pemilih.

Lapak dibuka sejak pukul 06.00 hingga 10.00 dengan empat petugas dan dua laptop. “Banyak warga tidak sempat ke kantor KPU pada hari kerja. Karena itu kami yang datang ke tempat mereka berolahraga,” kata Asisten Pemerintahan Setdako Banjarbaru, Noor Aina Latifah.

Lapak serupa akan dibuka setiap Minggu pagi sampai akhir Desember. Warga diminta membawa KTP-el atau kartu keluarga agar perbaikan bisa langsung dicatat. (humas-bjb/ws)""",
     short="Lapak Cek Data Pemilih KPU Banjarbaru di car free day Lapangan Murjani (Minggu 15/11): 214 warga cek nama, 37 perbaikan, 9 pemilih baru; buka tiap Minggu pagi sampai akhir Desember.",
     para=P("""Nang rajin ulahraga Minggu pagi di Murjani 🏃‍♀️ ada lapak KPU gasan maniring ngaran di daftar pamilih. Minggu (15/11) tadi 214 urang sudah maniring, 37 minta dibaiki, 9 urang baru tadaftar. Lapaknya ada tiap Minggu pagi sampai ujung Desember, bawa KTP-el atawa KK haja. #Banjarbaru"""),
     looks=[
         L("kim-palam", "2026-11-22 10:45", "ig", """Minggu kedua Lapak Cek Data Pemilih di CFD Murjani pagi ini lebih ramai, katanya sampai 300-an warga. Antrean di depan lapak sempat panjang jadi petugas membagikan nomor. Ada juga yang sekalian cek tekanan darah di stan sebelah 😄 #CFDBanjarbaru #CekDataPemilih""",
           "the second Sunday (22 Nov) with its own crowd, a later round told as own news"),
         L("kim-kemuning", "2026-11-15 19:00", "fb", """CFD Lapangan Murjani tadi pagi juga diisi senam lansia dan pemeriksaan gula darah gratis dari puskesmas. Ada 214 peserta senam yang terdaftar. Terima kasih panitia, semoga rutin setiap bulan.""",
           "the same car-free-day, another activity, same number 214 with another meaning"),
         L("kim-palam", "2026-11-28 08:10", "fb", """Apakah di Cempaka ada lapak cek data pemilih juga? Jauh kalau harus ke Murjani tiap Minggu. Sudah tanya ke kelurahan, katanya belum ada info resmi untuk dibuka di kecamatan. Semoga ada.""",
           "a question/hope for a lapak in Cempaka: no such event"),
         L("kim-guntung-payung", "2026-11-29 12:30", "fb", """KPU Banjarbaru membuka meja layanan data pemilih di Mal Pelayanan Publik Banjarbaru setiap Senin–Jumat mulai Senin (30/11). Layanan meliputi cek nama, pindah memilih dan perbaikan data. Bagi yang tidak bisa hadir di CFD hari Minggu.""",
           "a new weekday desk at MPP from 30 Nov, another service"),
     ],
     before=[
         B("kim-kemuning", "2026-11-14 18:00", "fb", """Besok pagi di CFD Murjani ada lapak KPU untuk cek nama di daftar pemilih. Jangan lupa bawa KTP ya dangsanak, sambil jalan santai bisa sekalian cek 🙂""",
           "an invitation the day before, no figures"),
     ]),

dict(id="a08", src="pemkab-tala", at="2026-11-17 10:30", slug="kpu-tanah-laut-buka-posko-tanggapan-data-pemilih-di-11-kecamatan",
     title="KPU Tanah Laut Buka Posko Tanggapan Data Pemilih di 11 Kecamatan",
     text="""PELAIHARI – KPU Kabupaten Tanah Laut membuka posko tanggapan masyarakat atas data pemilih di 11 kantor kecamatan mulai Selasa (17/11/2026) hingga Sabtu (28/11/2026). Di posko itu warga bisa memeriksa nama, melaporkan keluarga yang sudah meninggal, atau mendaftarkan anggota keluarga yang baru berusia 17 tahun.

Sekretaris Daerah Tanah Laut, Gusti Rahmadani, meminta camat menyediakan ruang dan petugas pendamping. “Jangan sampai ada warga Tanah Laut yang baru tahu namanya hilang pada hari pemungutan suara. Cek sekarang selagi posko dibuka,” ujarnya saat membuka posko di Kecamatan Pelaihari.

Posko buka setiap hari kerja pukul 08.00–15.00. Tanggapan warga akan dibahas dalam pleno KPU Tanah Laut pada pekan pertama Desember. (diskominfo-tala/ra)""",
     short="KPU Tanah Laut buka posko tanggapan data pemilih di 11 kantor kecamatan, 17–28 November, hari kerja 08.00–15.00: cek nama, lapor keluarga meninggal, daftarkan yang baru 17 tahun.",
     para=P("""Warga Tanah Laut, posko KPU gasan maniring data pamilih sudah dibuka di 11 kantor kecamatan, mulai 17 sampai 28 November, jam 8 sampai jam 3 hari bagawi ⏰ Kawa maniring ngaran, malapor kaluarga nang sudah maninggal, atawa mandaftarakan anak nang hanyar umur 17. Jangan kaina hanyar tahu ngaran hilang pas hari pamilihan lah! #TanahLaut"""),
     looks=[
         L("kim-asam-asam", "2026-11-18 14:30", "fb", """Kantor Kecamatan Jorong hari ini ramai warga yang mengurus surat pindah untuk anak sekolah di Pelaihari. Petugas kecamatan minta warga datang sebelum pukul 12.00 karena layanan tanda tangan camat hanya sampai siang.""",
           "the same kind of office, another service (moving letters), no voter posko"),
         L("kim-sarang-halang", "2026-11-17 20:10", "fb", """Selasa pagi tadi Sekda Tanah Laut Gusti Rahmadani juga melepas 120 peserta jalan sehat ASN di halaman kantor bupati. Rutenya lewat Jalan A. Syairani dan kembali ke halaman kantor. Hadiah utama sepeda motor dimenangkan staf Dinas PUPR.""",
           "the same official, same morning, another event (ASN jalan sehat)"),
         L("kim-asam-asam", "2026-12-03 16:20", "fb", """KPU Tanah Laut menggelar pleno hasil tanggapan masyarakat, Kamis (3/12). Selama 12 hari posko dibuka, masuk 1.046 tanggapan: 622 laporan warga meninggal, 301 pemilih baru dan 123 perbaikan alamat. Untuk Jorong ada 87 tanggapan.""",
           "the December pleno with its own totals, a later step"),
         L("kim-tabanio", "2026-11-25 09:15", "fb", """Info untuk warga Tabanio: petugas posko di kecamatan bilang pendaftaran pemilih baru hanya untuk yang sudah punya KTP-el. Yang belum rekam harus ke Disdukcapil dulu. Jadi bukan semua anak 17 tahun bisa langsung didaftar ya.""",
           "a clarification/complaint about who can register; no announcement of the posko itself"),
     ],
     before=[
         B("kim-asam-asam", "2026-11-16 17:30", "fb", """Dengar-dengar mulai besok ada posko KPU di kantor kecamatan untuk cek nama pemilih. Belum tahu sampai kapan. Nanti kami kabari lagi kalau sudah ada pengumuman resmi.""",
           "a rumour the evening before, no dates or details"),
     ]),

dict(id="a09", src="kpu-kalsel", at="2026-11-19 15:00", slug="11420-pemilih-disabilitas-tercatat-dengan-ragam-disabilitasnya",
     title="11.420 Pemilih Disabilitas Tercatat Lengkap dengan Ragam Disabilitasnya",
     text="""BANJARMASIN – KPU Provinsi Kalimantan Selatan mencatat 11.420 pemilih penyandang disabilitas dalam daftar pemilih hasil pemutakhiran hingga Kamis (19/11/2026). Dari jumlah itu, 2.306 orang baru terverifikasi tahun ini setelah petugas mendatangi rumah mereka bersama pendamping dari organisasi penyandang disabilitas.

Setiap pemilih kini dicatat ragam disabilitasnya, misalnya fisik, sensorik netra, sensorik rungu, intelektual atau mental. “Catatan ragam itu penting untuk menyiapkan alat bantu coblos huruf braille, petugas pendamping dan tempat pemungutan suara yang bisa dilalui kursi roda,” kata anggota KPU Kalsel Divisi Data, Nurul Hidayah Akbar.

KPU Kalsel meminta keluarga yang memiliki anggota penyandang disabilitas dan belum didatangi petugas agar melapor ke PPS di desa atau kelurahan. (kpu-kalsel/dn)""",
     short="KPU Kalsel catat 11.420 pemilih disabilitas beserta ragam disabilitasnya (hingga 19/11); 2.306 baru terverifikasi lewat kunjungan rumah bersama organisasi penyandang disabilitas.",
     long="""Data pemilih penyandang disabilitas di Kalimantan Selatan kini lebih rinci. KPU Kalsel per Kamis, 19 November 2026, mencatat 11.420 pemilih disabilitas, termasuk 2.306 yang baru diverifikasi lewat kunjungan rumah bersama pendamping organisasi penyandang disabilitas.

Setiap nama kini disertai ragam disabilitasnya: fisik, netra, rungu, intelektual atau mental. Menurut anggota KPU Kalsel Nurul Hidayah Akbar, catatan itu dipakai untuk menyiapkan template braille, pendamping dan TPS yang ramah kursi roda. Keluarga yang belum didatangi petugas diminta melapor ke PPS.""",
     para=P("""Kaluarga nang baisi dangsanak disabilitas, dangarakan nah 🙏 KPU Kalsel sudah mancatat 11.420 pamilih disabilitas, 2.306 hanyar haja diverifikasi lawan mandatangi rumah. Wayahini dicatat jua jenis disabilitasnya, gasan manyiapakan braille, pandamping wan TPS nang kawa dilalui kursi roda. Mun balum didatangi, lapor ka PPS di desa lah. #PemiluInklusif"""),
     looks=[
         L("kim-kemuning", "2026-11-20 19:45", "fb", """Dinas Sosial Banjarbaru menyerahkan 38 kursi roda dan 12 alat bantu dengar kepada warga penyandang disabilitas di Aula Gawi Sabarataan, Jumat (20/11). Penerima didata dari usulan kelurahan sejak Juli.""",
           "Dinsos hands out wheelchairs (38/12): another office, another object"),
         L("kim-binuang", "2026-11-21 11:00", "fb", """Adik kami yang tunanetra di Binuang sampai sekarang belum pernah didatangi petugas mana pun. Tahun lalu waktu pemilihan kepala daerah juga tidak ada pendamping di TPS. Semoga kali ini benar-benar didata, jangan cuma angka di berita.""",
           "a family's complaint about never being visited; no figures, no KPU announcement"),
         L("kim-paringin-timur", "2026-11-26 20:00", "fb", """Dinas Sosial Balangan mencatat 2.306 penerima bantuan pangan nontunai tahap akhir tahun di delapan kecamatan. Penyaluran berlangsung di kantor pos Paringin mulai Senin depan.""",
           "2.306 food-aid recipients: the same figure with another meaning"),
     ],
     before=[]),

dict(id="a10", src="kpu-hsu", at="2026-11-24 14:10", slug="kpu-hsu-datangi-318-pemilih-disabilitas-di-desa-rawa-dengan-jukung",
     title="KPU HSU Datangi 318 Pemilih Disabilitas di Desa Rawa dengan Jukung",
     text="""AMUNTAI – Petugas KPU Kabupaten Hulu Sungai Utara bersama Dinas Sosial HSU mendatangi 318 pemilih penyandang disabilitas di desa-desa rawa Kecamatan Babirik, Danau Panggang dan Paminggir menggunakan jukung, Selasa (24/11/2026). Kunjungan dilakukan karena sebagian besar dari mereka tidak bisa datang ke kantor desa saat air pasang.

Petugas mencocokkan data sekaligus mencatat kebutuhan alat bantu di tempat pemungutan suara. “Ada rumah yang hanya bisa dicapai lewat sungai kecil. Tanpa jukung, warga ini tidak pernah tersentuh pendataan,” kata Ketua KPU HSU, Ahmad Fauzan Rifani.

Kunjungan berlanjut ke Kecamatan Sungai Tabukan pada awal Desember. KPU HSU meminta pambakal melaporkan warga disabilitas yang belum terdata. (kpu-hsu/mz)""",
     short="KPU HSU dan Dinsos naik jukung mendatangi 318 pemilih disabilitas di desa rawa Babirik, Danau Panggang dan Paminggir (Selasa 24/11); awal Desember berlanjut ke Sungai Tabukan.",
     para=P("""Bubuhan KPU HSU wan Dinsos naik jukung ka desa-desa rawa di Babirik, Danau Panggang wan Paminggir, Salasa (24/11) 🛶 Ada 318 warga disabilitas nang didatangi ka rumah, gasan mancocokakan data wan mancatat alat bantu di TPS kaina. Bujur ai, mun banyu pasang kada kawa sidin ka kantor desa. Awal Desember giliran Sungai Tabukan. #KPUHSU""", kim="kim-danau-panggang"),
     looks=[
         L("kim-babirik", "2026-12-02 17:00", "fb", """Hari ini petugas KPU HSU dan Dinsos sampai ke desa-desa di Sungai Tabukan dengan jukung. Ada 74 warga disabilitas yang didata di rumahnya. Seorang kakek tunanetra bercerita baru sekarang namanya dicocokkan langsung.""",
           "the Sungai Tabukan visit in December (74), the next step told as its own news"),
         L("kim-danau-panggang", "2026-11-25 19:30", "fb", """Air pasang di Danau Panggang sejak Senin membuat jalan desa terendam 40 sentimeter. Anak sekolah diantar jukung ke SD. Warga diminta waspada karena hujan masih turun di hulu.""",
           "high water in Danau Panggang: the same place and jukung, unrelated event"),
         L("kim-palampitan-hulu", "2026-11-28 10:00", "fb", """Relawan Jukung Peduli Amuntai mengantar 318 paket sembako ke warga lansia di tepian Sungai Tabalong, Sabtu (28/11). Donasi dikumpulkan dari jamaah masjid dan pedagang pasar.""",
           "a volunteer food-parcel run with the same number 318: another event"),
     ],
     before=[]),

dict(id="a11", src="bawaslu-kalsel", at="2026-11-05 18:00", slug="bawaslu-kalsel-luluskan-180-kader-pengawas-partisipatif",
     title="Bawaslu Kalsel Luluskan 180 Kader Pengawas Partisipatif",
     text="""BANJARBARU – Badan Pengawas Pemilu Provinsi Kalimantan Selatan meluluskan 180 peserta Sekolah Kader Pengawasan Partisipatif angkatan 2026 di Banjarbaru, Kamis (5/11/2026). Para kader berasal dari 13 kabupaten/kota dan mengikuti pelatihan tiga hari sejak Selasa (3/11/2026).

Materinya antara lain cara mengenali politik uang, memeriksa daftar pemilih di lingkungan sendiri dan melapor lewat kanal resmi Bawaslu. “Kader ini menjadi mata dan telinga kami di kampung. Mereka tidak digaji, tetapi mereka paling tahu keadaan desanya,” kata Ketua Bawaslu Kalsel, Fadliansyah Ramli.

Setiap kader diwajibkan mengadakan satu kegiatan pengawasan di desanya paling lambat akhir Desember dan melaporkannya kepada Bawaslu kabupaten/kota setempat beserta foto dan daftar hadir. (bawaslu-kalsel/hm)""",
     short="Bawaslu Kalsel luluskan 180 kader Sekolah Kader Pengawasan Partisipatif 2026 dari 13 kab/kota (pelatihan 3–5 November di Banjarbaru); tiap kader wajib satu kegiatan pengawasan di desa sebelum akhir Desember.",
     long="""Sebanyak 180 warga dari 13 kabupaten/kota resmi menjadi kader pengawas partisipatif setelah lulus dari Sekolah Kader Pengawasan Partisipatif Bawaslu Kalsel angkatan 2026. Penutupan berlangsung di Banjarbaru pada Kamis, 5 November, setelah tiga hari pelatihan.

Para kader belajar mengenali politik uang, memeriksa daftar pemilih di lingkungannya dan melapor lewat kanal resmi. Ketua Bawaslu Kalsel Fadliansyah Ramli menyebut mereka "mata dan telinga" Bawaslu di kampung. Sampai akhir Desember setiap kader harus mengadakan satu kegiatan pengawasan di desanya.""",
     para=P("""Salamat lah gasan 180 kader pangawas partisipatif nang lulus Kamis (5/11) di Banjarbaru 🎓 Tiga hari baajar maampihi duit politik, maniring daftar pamilih di kampung, wan malapor lawan kanal Bawaslu. Kadada gajinya, tapi bubuhannya nang paling tahu kampung saurang. Sampai ujung Desember tiap kader wajib baulah kagiatan di desa. #Bawaslu"""),
     looks=[
         L("kim-palam", "2026-11-06 09:40", "fb", """Gedung tempat penutupan sekolah kader Bawaslu kemarin, malam ini dipakai wisuda santri tahfiz se-Banjarbaru. 64 santri diwisuda dengan hafalan 5 sampai 30 juz. Selamat untuk para orang tua!""",
           "the same venue hosting a tahfiz graduation"),
         L("kim-pandawan", "2026-11-21 20:30", "fb", """Kader pengawas di Pandawan, lulusan sekolah kader tahun lalu, mengadakan diskusi pemuda tentang bahaya hoaks di musala desa, Sabtu (21/11). Hadir 25 pemuda. Kegiatan swadaya ini tanpa dana dari mana pun.""",
           "a village activity by a 2025 graduate with its own facts, not the 2026 graduation"),
         L("kim-astambul-kota", "2026-12-01 14:00", "fb", """Pendaftaran Sekolah Kader Pengawasan Partisipatif tingkat nasional dibuka sampai 20 Desember secara daring oleh Bawaslu RI. Kuotanya 60 orang per provinsi. Persyaratannya usia 17–30 tahun dan tidak menjadi anggota partai.""",
           "the national intake of the school, another edition/level"),
     ],
     before=[
         B("kim-kemuning", "2026-11-03 11:00", "fb", """Pagi ini 180 peserta sekolah kader pengawasan dari seluruh Kalsel mulai berdatangan di Banjarbaru. Tiga hari ke depan mereka belajar tentang pengawasan pemilu. Semoga lancar!""",
           "the opening day, two days before the graduation release"),
     ]),
]
