"""Hand-written releases a15-a28 of heldout63 (same fields as anns63_a)."""

ANNS = []


def A(**kw):
    ANNS.append(kw)


A(id="a15", src="pemkab-tapin", t="2026-11-10 13:50", fam="zakat",
  title="Baznas Tapin Bantu Ongkos Pulang-Pergi 210 Pasien Cuci Darah Selama Enam Bulan",
  text="""RANTAU – Baznas Kabupaten Tapin menyalurkan zakat untuk ongkos transportasi 210 pasien cuci darah yang rutin berobat ke RSUD Datu Sanggul Rantau dan rumah sakit di Banjarmasin. Penyerahan tahap pertama dilakukan di Aula Kantor Baznas Tapin, [[10/11]].

Setiap pasien menerima Rp300 ribu per bulan selama enam bulan, ditransfer ke rekening pasien atau keluarga. Data penerima berasal dari rumah sakit dan diverifikasi amil ke rumah masing-masing. “Cuci darah dua kali seminggu. Biaya berobatnya ditanggung BPJS, tetapi ongkos mobil dari Tapin Selatan atau Piani itu yang berat,” kata Ketua Baznas Tapin, H. Muhammad Ridha Asnawi.

Pencairan berikutnya dilakukan setiap tanggal 10. Baznas Tapin meminta keluarga pasien melapor bila pasien pindah rumah sakit atau meninggal dunia agar bantuan dialihkan kepada pasien lain. (diskominfo-tpn/mh)""",
  s="Baznas Tapin bantu 210 pasien cuci darah Rp300 ribu/bulan selama 6 bulan untuk ongkos ke RSUD Datu Sanggul atau RS di Banjarmasin. Tahap pertama diserahkan 10/11, pencairan tiap tanggal 10.",
  l="Zakat Baznas Tapin kini membantu ongkos 210 pasien cuci darah: Rp300 ribu per bulan selama enam bulan, ditransfer ke rekening pasien atau keluarga. Datanya dari rumah sakit dan diverifikasi amil. Ketua Baznas H. Muhammad Ridha Asnawi bilang BPJS menanggung berobat, tapi ongkos mobil dari Tapin Selatan atau Piani yang berat. Pencairan tiap tanggal 10; lapor bila pasien pindah RS atau meninggal.",
  p="Kabar baik gasan dangsanak nang cuci darah, Baznas Tapin mambari ongkos tiga ratus ribu sabulan salawas anam bulan, ada 210 urang pasien 🙏 Duitnya ditransfer tiap tanggal sapuluh. Jar Ketua Baznas, nang barat tu ongkos mobil matan Piani ka Rantau. #Tapin #Zakat",
  tags="#Zakat #BaznasTapin #CuciDarah",
  n=[("kim-margasari-hilir", 120, "RSUD Datu Sanggul Rantau menambah 6 mesin hemodialisa sehingga kini ada 20 mesin. Pasien dari Candi Laras Utara dan Selatan tidak perlu lagi ke Banjarmasin. Jadwal baru berlaku Desember.", "the hospital's new dialysis machines, not the zakat aid"),
     ("kim-binuang", 200, "Ambulans gratis Masjid Al-Ikhlas Binuang melayani antar pasien cuci darah ke Rantau setiap Selasa dan Jumat, dari infak jemaah. Daftar ke marbot sehari sebelumnya.", "a mosque's own free ambulance for dialysis patients"),
     ("kim-rangda-malingkung", 36, "Aula Kantor Baznas Tapin hari ini dipakai untuk pelatihan 40 amil UPZ desa tentang pencatatan zakat. Materi dari bagian keuangan Baznas.", "same hall, amil training, next day")],
  b=None)

A(id="a16", src="pemprov-kalsel", t="2026-11-13 15:55", fam="infak",
  title="Gerakan Infak Beras ASN Kumpulkan 18,4 Ton, Disalurkan ke 46 Panti Asuhan",
  text="""BANJARBARU – Gerakan Infak Beras aparatur sipil negara Pemprov Kalimantan Selatan selama Juli sampai Oktober 2026 mengumpulkan 18,4 ton beras. Beras itu diserahkan kepada 46 panti asuhan di Kalsel dalam acara di halaman Kantor Gubernur, [[13/11]].

Setiap ASN menyisihkan minimal dua liter beras per bulan melalui koordinator di tiap perangkat daerah. Pembagian kepada panti dihitung berdasarkan jumlah anak asuh, mulai 150 kilogram hingga satu ton per panti. Panti di luar Banjarbaru menerima kiriman lewat truk Dinas Sosial. “Infak kecil dari ribuan ASN ternyata cukup untuk makan anak-anak panti selama berbulan-bulan,” kata Kepala Biro Kesejahteraan Rakyat Setda Kalsel, Drs. H. Gusti Riduansyah.

Gerakan ini dilanjutkan periode November 2026 sampai Februari 2027. Sasaran berikutnya adalah pondok pesantren kecil dan rumah singgah pasien. (mc-kalsel/ry)""",
  s="Infak beras ASN Pemprov Kalsel (Juli–Oktober) terkumpul 18,4 ton, dibagikan ke 46 panti asuhan di halaman Kantor Gubernur (13/11), 150 kg–1 ton per panti. Periode berikutnya sasar pesantren kecil.",
  l="Selama empat bulan ASN Pemprov Kalsel menyisihkan minimal dua liter beras sebulan dan terkumpul 18,4 ton. Hari Jumat beras itu diserahkan ke 46 panti asuhan di halaman Kantor Gubernur, 150 kg sampai satu ton per panti sesuai jumlah anak; panti di luar Banjarbaru dikirimi truk Dinsos. Karo Kesra Drs. H. Gusti Riduansyah menyebut infak kecil ribuan ASN cukup untuk makan anak panti berbulan-bulan. Lanjut November–Februari untuk pesantren kecil dan rumah singgah.",
  p="ASN pemprov tiap bulan mainfakakan baras dua liter, ampat bulan takumpul dalapan walas koma ampat ton 🍚 Hari Jumat dibagi ka ampat puluh anam panti asuhan. Alhamdulillah kakanakan panti kawa makan nyaman babulan-bulan. #InfakBeras #Kalsel",
  tags="#InfakBeras #PemprovKalsel #PantiAsuhan",
  n=[("kim-sungai-besar", 70, "Panti Asuhan Al-Hidayah Banjarbaru Selatan menerima sumbangan 2 ton beras dari komunitas pengemudi ojol hari ini. Terima kasih bapak-bapak ojol! #Banjarbaru", "a drivers' community's own rice gift to one orphanage"),
     ("kim-guntung-manggis", 26, "Halaman Kantor Gubernur Kalsel besok pagi jadi lokasi senam massal dan cek kesehatan gratis, mulai 06.30. Sekalian ada pasar murah beras SPHP 5 kg.", "same yard next morning, gym and cheap rice market"),
     ("kim-barabai-timur", 330, "ASN Pemkab HST juga mulai infak beras dua liter per bulan lewat UPZ dinas, pertama kali dikumpulkan Desember ini. Sasarannya 12 panti di HST.", "HST's own rice infaq starting in December")],
  b=None)

A(id="a17", src="pemkab-tabalong", t="2026-11-23 14:00", fam="infak",
  title="Infak Seribu Sehari Pelajar Tabalong Terkumpul Rp412 Juta, Jadi 340 Paket Sekolah untuk Anak Yatim",
  text="""TANJUNG – Gerakan Infak Seribu Sehari pelajar Tabalong dari Januari sampai Oktober 2026 mengumpulkan Rp412 juta dari 96 sekolah. Dana itu disalurkan dalam bentuk 340 paket perlengkapan sekolah untuk anak yatim dan dhuafa di Pendopo Bersinar, [[23/11]].

Setiap paket berisi dua setel seragam, sepatu, tas, alat tulis dan uang saku Rp300 ribu. Penerima berasal dari jenjang SD sampai SMA di 12 kecamatan dan didata oleh guru bimbingan konseling. “Anak-anak belajar bahwa seribu rupiah bisa menolong teman sebangkunya sendiri,” kata Kepala Dinas Pendidikan dan Kebudayaan Tabalong, Hj. Nurhayati Saleh.

Sisa dana Rp38 juta disimpan untuk bantuan darurat siswa yang tertimpa musibah. Gerakan infak di sekolah berlanjut pada 2027 dengan laporan keuangan yang dibacakan tiap upacara bulanan. (prokom-tbg/dn)""",
  s="Infak Seribu Sehari pelajar Tabalong (Jan–Okt) terkumpul Rp412 juta dari 96 sekolah; disalurkan sebagai 340 paket sekolah untuk anak yatim/dhuafa di Pendopo Bersinar (23/11). Sisa Rp38 juta untuk darurat siswa.",
  p="Kakanakan sakulahan se-Tabalong tiap hari bainfak saribu, ampih sapuluh bulan takumpul ampat ratus duawalas juta 😲 Dijadiakan 340 paket gasan anak yatim: saragam, sapatu, tas, duit saku. Bangga lawan bubuhan pelajar Tabalong! #InfakPelajar #Tabalong",
  tags="#InfakPelajar #Tabalong #AnakYatim",
  n=[("kim-kelua", 90, "SMPN 1 Kelua menyerahkan hasil infak Jumat siswanya, Rp7,3 juta, untuk teman sekelas yang rumahnya terbakar pekan lalu. Kepala sekolah memuji kepedulian anak-anak. #Kelua", "one school's own Friday infaq for a classmate"),
     ("kim-mabuun", 48, "Pendopo Bersinar Tanjung dua hari ke depan dipakai untuk pameran produk UMKM dan lomba mewarnai TK. Pengunjung dipersilakan parkir di Jalan Tanjung Raya.", "same pendopo, another event"),
     ("kim-muara-uya", 200, "Seragam sekolah gratis dari Disdikbud Tabalong untuk siswa baru SD tahun ajaran 2027 mulai didata bulan depan, kata kepala sekolah. Itu program APBD, beda dengan paket infak pelajar.", "the free-uniform programme of the same office, a different programme")],
  b=("kim-kelua", -50, "Tadi pagi siswa SD di Kelua didata guru BK: siapa yang yatim dan perlu seragam. Katanya nanti ada pembagian paket dari infak pelajar se-Tabalong. Semoga tepat sasaran.", "the data collection seen days before the release"))

A(id="a18", src="pemkab-hst", t="2026-11-07 13:20", fam="infak",
  title="Infak Jumat 142 Masjid Terkumpul Rp186 Juta untuk Korban Kebakaran Barabai Darat",
  text="""BARABAI – Infak Jumat serentak di 142 masjid se-Hulu Sungai Tengah pada [[6/11]] mengumpulkan Rp186 juta untuk warga korban kebakaran di Kelurahan Barabai Darat. Dana tersebut diserahkan kepada 31 kepala keluarga di Kantor Kelurahan Barabai Darat, [[7/11]].

Kebakaran pada 29 Oktober lalu menghanguskan 23 rumah dan membuat 31 keluarga mengungsi. Setiap keluarga menerima Rp6 juta, sisanya untuk membeli seng dan tiang ulin secara bersama. Pengumpulan infak dikoordinasikan Bagian Kesra dan Dewan Masjid Indonesia HST. “Dalam satu Jumat, jemaah HST menunjukkan kepedulian yang luar biasa,” kata Wakil Bupati Hulu Sungai Tengah, H. Hamdani Syukur.

Pembangunan kembali rumah warga akan dibantu Dinas Perkim dan relawan. Pemkab mengimbau masjid tidak lagi membuka kotak infak khusus untuk kebakaran ini karena kebutuhan sudah tercukupi. (diskominfo-hst/ha)""",
  s="Infak Jumat serentak 142 masjid se-HST (6/11) terkumpul Rp186 juta untuk korban kebakaran Barabai Darat; 31 KK masing-masing terima Rp6 juta (7/11). Masjid diminta tak lagi buka kotak khusus.",
  p="Jumat tadi 142 masjid se-HST bainfak gasan bubuhan nang rumahnya tatunu di Barabai Darat, takumpul saratus dalapan puluh anam juta 😢🤲 Tiap KK dapat anam juta. Sudah cukup jar pemkab, kotak infak khusus kada usah dibuka lagi. #HST #BarabaiDarat",
  tags="#InfakJumat #HST #BarabaiDarat",
  n=[("kim-pagat", 300, "Kebakaran lagi: dapur rumah warga di Desa Pagat Batu Benawa terbakar tadi malam, api cepat dipadamkan BPK swasta. Tidak ada korban jiwa. Hati-hati kompor ditinggal!", "another fire in Pagat, not the infaq"),
     ("kim-birayang", 140, "Masjid Jami Birayang mengumumkan hasil infak Jumat pekan ini Rp4,8 juta untuk renovasi tempat wudu. Terima kasih jemaah.", "a mosque's ordinary weekly infaq report for its own renovation"),
     ("kim-barabai-timur", 500, "Rumah korban kebakaran Barabai Darat mulai dibangun kembali, 12 tiang ulin sudah berdiri. Relawan dan Dinas Perkim bekerja sejak Senin. Butuh tenaga gotong royong Sabtu pagi.", "the rebuilding weeks later (next step)")],
  b=("kim-barabai-timur", -40, "Pengumuman: Jumat besok (6/11) kotak infak di masjid-masjid se-HST khusus untuk korban kebakaran Barabai Darat. Mohon jemaah menyiapkan infak terbaik.", "the call the day before the Friday collection, before the release"))

A(id="a19", src="kesbangpol-kalsel", t="2026-11-17 16:10", fam="fkub",
  title="180 Tokoh Agama dan Adat Teken Ikrar Banua Rukun di Mahligai Pancasila",
  text="""BANJARMASIN – Sebanyak 180 tokoh agama dan tokoh adat dari 13 kabupaten/kota menandatangani Ikrar Banua Rukun dalam sarasehan kerukunan umat beragama di Gedung Mahligai Pancasila, [[17/11]]. Sarasehan digelar Badan Kesbangpol bersama FKUB Provinsi Kalimantan Selatan.

Ikrar berisi tujuh butir, antara lain saling menghormati hari besar agama, menyelesaikan perselisihan lewat musyawarah, serta menolak penyebaran kebencian melalui media sosial. Peserta berasal dari unsur Islam, Kristen, Katolik, Hindu, Buddha, Konghucu dan tokoh adat Dayak Meratus. “Kalsel dikenal rukun. Ikrar ini mengikat kebiasaan baik itu menjadi janji bersama,” kata Kepala Badan Kesbangpol Kalsel, Drs. H. Fathurrahman Yusuf.

Naskah ikrar akan dibacakan ulang oleh FKUB kabupaten/kota dalam pertemuan masing-masing sepanjang Desember. Salinannya dipasang di kantor kecamatan se-Kalsel. (kesbangpol-ks/ls)""",
  s="Sarasehan kerukunan Kesbangpol–FKUB Kalsel di Gedung Mahligai Pancasila (17/11): 180 tokoh agama dan adat teken Ikrar Banua Rukun berisi 7 butir. Dibacakan ulang FKUB kab/kota sepanjang Desember.",
  l="Di Gedung Mahligai Pancasila hari Selasa, 180 tokoh agama (Islam, Kristen, Katolik, Hindu, Buddha, Konghucu) dan tokoh adat Dayak Meratus dari 13 kabupaten/kota menandatangani Ikrar Banua Rukun. Tujuh butirnya antara lain menghormati hari besar agama, musyawarah bila berselisih, dan menolak ujaran kebencian di medsos. Kepala Kesbangpol Drs. H. Fathurrahman Yusuf menyebutnya janji bersama. FKUB daerah membacakannya lagi sepanjang Desember.",
  p="Tokoh agama wan tokoh adat saratus dalapan puluh urang se-Kalsel bakumpul di Mahligai Pancasila, batandatangan Ikrar Banua Rukun 🤝 Ada tujuh butir, salah satunya kada manyabar kabancian di medsos. Banua kita rukun, jangan sampai bacakut! #BanuaRukun #FKUB",
  tags="#BanuaRukun #FKUBKalsel #Kerukunan",
  n=[("kim-sungai-tabuk-kota", 360, "FKUB Kabupaten Banjar membacakan Ikrar Banua Rukun di Aula Kantor Camat Sungai Tabuk pagi ini, dihadiri 60 tokoh lintas agama dan pambakal. Acara diakhiri makan bersama. #Banjar #FKUB", "the kabupaten reading in December (next step), its own news"),
     ("kim-teluk-dalam", 3, "Gedung Mahligai Pancasila malam ini dipakai untuk lomba pidato kebangsaan tingkat SMA se-Banjarmasin. 28 peserta. Juara pertama dari SMAN 2.", "same building, same evening, a speech contest"),
     ("kim-pelambuan", 170, "Badan Kesbangpol Kalsel hari ini menggelar sosialisasi wawasan kebangsaan untuk 120 pengurus ormas di sebuah hotel di Banjarmasin. Materi tentang pelaporan keberadaan ormas dan dana hibah. #Kesbangpol", "same office, another activity (ormas socialisation)")],
  b=None)

A(id="a20", src="pemkab-tanbu", t="2026-11-08 12:30", fam="fkub",
  title="Festival Harmoni FKUB Tanah Bumbu di Karang Bintang Dihadiri 600 Warga Lintas Agama",
  text="""BATULICIN – FKUB Kabupaten Tanah Bumbu menggelar Festival Harmoni di Lapangan Kecamatan Karang Bintang, [[7/11]]. Sekitar 600 warga dari berbagai agama dan suku hadir hingga malam.

Festival menampilkan hadrah, tari Bali dari pemuda pura setempat, paduan suara gereja, barongsai dan kuda lumping. Sebelum pentas, 40 tokoh agama berdialog tentang menjaga kerukunan di desa transmigrasi yang warganya beragam. “Di Karang Bintang, tetangga kita bisa berbeda agama dan suku dalam satu gang. Festival ini merayakan itu,” ujar Ketua FKUB Tanah Bumbu, KH. Muhammad Nor Ilyas.

FKUB berencana menggelar festival serupa bergiliran di kecamatan lain setiap tahun. Pada 2027 giliran jatuh ke Kecamatan Sungai Loban. Pemkab juga menyiapkan pembentukan forum kerukunan tingkat desa di lima desa percontohan. (diskominfo-tnb/aw)""",
  s="Festival Harmoni FKUB Tanbu di Lapangan Kecamatan Karang Bintang (7/11): 600 warga lintas agama, hadrah, tari Bali, paduan suara gereja, barongsai; 40 tokoh berdialog. 2027 giliran Sungai Loban.",
  p="Malam Minggu di lapangan Karang Bintang rami banar, Festival Harmoni FKUB Tanbu, anam ratus urang matan macam-macam agama wan suku 🎶 Ada hadrah, tari Bali, paduan suara gereja, barongsai. Satu gang beda agama, tatap bakawan. Taun dudi giliran Sungai Loban! #Tanbu #Harmoni",
  tags="#FestivalHarmoni #TanahBumbu #FKUB",
  n=[("kim-kusan-hulu", 160, "Pemuda pura di Kusan Hulu mengadakan persembahyangan Galungan bersama dan bakti sosial bersih makam umum, dibantu remaja masjid. Kompak terus! #KusanHulu", "a temple youth's own Galungan and clean-up, another kecamatan"),
     ("kim-batulicin", 4, "Lapangan Kecamatan Karang Bintang sore ini kembali ramai: turnamen voli antardesa dibuka Camat, 16 tim. Panggung festival Sabtu malam dipakai lagi untuk pembukaan.", "same field the next afternoon, volleyball tournament"),
     ("kim-sungai-danau", 260, "Kemarin FKUB Tanbu rapat pleno di kantor Kesbangpol membahas rancangan forum kerukunan desa. Lima desa percontohan belum ditetapkan, masih usulan kecamatan.", "the later planning meeting for village forums")],
  b=("kim-batulicin", -52, "Besok malam ada Festival Harmoni di lapangan Karang Bintang. Panitia mengajak warga semua agama datang, ada hadrah, tari Bali dan barongsai. Gratis! Jangan lupa bawa tikar.", "invitation the day before, before the release"))

A(id="a21", src="pemkab-balangan", t="2026-11-25 15:00", fam="fkub",
  title="FKUB Balangan Gelar Rembuk Rukun di Balai Adat Halong, Sepakati Kalender Kegiatan Bersama",
  text="""PARINGIN – FKUB Kabupaten Balangan menggelar Rembuk Rukun di balai adat Desa Kapul, Kecamatan Halong, [[25/11]]. Sebanyak 90 peserta hadir, terdiri atas tokoh Islam, Kristen, Katolik dan penganut kepercayaan Dayak, kepala desa serta Bhabinkamtibmas.

Rembuk menyepakati kalender kegiatan bersama agar perayaan Natal, Maulid dan aruh adat tidak berbenturan jadwal serta saling dibantu pengamanannya. Peserta juga menyepakati bahwa perselisihan antarwarga dibawa dulu ke musyawarah desa sebelum ke aparat. “Di Halong, satu keluarga besar bisa berbeda keyakinan. Kalender bersama membuat semua bisa hadir di acara saudaranya,” kata Ketua FKUB Balangan, H. Zainal Ilmi Murtadha.

Kalender kegiatan 2027 akan dicetak dan dibagikan ke semua desa di Halong, Tebing Tinggi dan Juai pada Desember. FKUB juga akan menggelar rembuk serupa di Kecamatan Awayan tahun depan. (dkisp-blg/tr)""",
  s="Rembuk Rukun FKUB Balangan di balai adat Desa Kapul, Halong (25/11): 90 tokoh lintas agama, kepercayaan Dayak, kades dan Bhabinkamtibmas sepakati kalender bersama Natal, Maulid dan aruh. Dicetak Desember.",
  p="Di balai adat Kapul, Halong, sambilan puluh tokoh agama wan adat baparak bapandir, sapakat kalender acara basamaan, Natal, Maulid wan aruh jangan sampai baadu hari 🤝 Lamun ada bacakut, bawa ka musyawarah desa dulu. Rukun tarus Balangan! #FKUB #Halong",
  tags="#FKUBBalangan #Halong #RembukRukun",
  n=[("kim-halong", 40, "Aruh Ganal di Balai Adat Kapul dimulai Jumat malam sampai Senin. Warga dari luar desa dipersilakan hadir dengan menjaga adab. Parkir di halaman sekolah.", "an aruh at the same balai adat, the ritual itself"),
     ("kim-juai", 200, "Kalender kegiatan bersama FKUB sudah sampai di Kantor Desa Juai? Belum ya, kata pembakal dicetak dulu bulan depan. Jadi jadwal Natal dan Maulid di desa kita ikut rapat desa dulu.", "question on the calendar's delivery, not yet printed"),
     ("kim-paringin-kota", 230, "Kecamatan Awayan mengadakan musyawarah desa tentang sengketa batas kebun antara dua desa, dimediasi camat dan Bhabinkamtibmas. Kedua pihak sepakat memasang patok baru.", "a land-boundary mediation in Awayan, not the FKUB forum")],
  b=None)

A(id="a22", src="diskominfo-kalsel", t="2026-11-20 11:40", fam="fkub",
  title="70 Pemuda Lintas Agama Ikuti Kelas Konten Damai Diskominfo dan FKUB Kalsel",
  text="""BANJARBARU – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan bersama FKUB Kalsel menggelar Kelas Konten Damai bagi 70 pemuda lintas agama di Aula Gawi Sabarataan, [[19/11]]. Peserta berasal dari organisasi kepemudaan Islam, Kristen, Katolik, Hindu dan Buddha.

Selama sehari peserta belajar membuat video pendek, membedakan kritik dan ujaran kebencian, serta memeriksa kabar bohong bernuansa agama sebelum membagikannya. Setiap kelompok yang beranggotakan pemuda berbeda agama membuat satu video tentang tetangga yang saling membantu. “Konten provokatif menyebar lebih cepat. Anak muda harus bisa membalasnya dengan konten yang lebih menarik,” kata Kepala Bidang Informasi dan Komunikasi Publik Diskominfo Kalsel, Muhammad Hafiz Rizani.

Sepuluh video terbaik akan diunggah di kanal media sosial Diskominfo Kalsel pada Desember. Kelas berikutnya direncanakan untuk pengelola KIM. (mc-kalsel/ed)""",
  s="Kelas Konten Damai Diskominfo–FKUB Kalsel di Aula Gawi Sabarataan (19/11): 70 pemuda lintas agama belajar video pendek, bedakan kritik vs ujaran kebencian, cek hoaks agama. 10 video terbaik tayang Desember.",
  p="Kamis tadi tujuh puluh pamuda lintas agama baguru bagaimana maulah konten damai di Gawi Sabarataan 📱 Balajar video handap, mambedakan kritik wan ujaran kabancian, mancek hoaks. Sapuluh video pambaiknya kaina ditayangkan Diskominfo Desember. #KontenDamai",
  tags="#KontenDamai #DiskominfoKalsel #FKUB",
  n=[("kim-sungai-besar", 360, "Video pendek pemuda GKE dan remaja masjid Banjarbaru tentang gotong royong membersihkan parit viral di TikTok, ditonton 80 ribu kali. Dibuat sendiri oleh kelompok pemuda kelurahan.", "a youth group's own viral video, not the class"),
     ("kim-guntung-manggis", 50, "Aula Gawi Sabarataan hari ini dipakai untuk rapat koordinasi persiapan Nataru bersama Forkopimda. Akses parkir terbatas.", "same hall, next day, Christmas security meeting"),
     ("kim-bangkal", 150, "Diskominfo Kalsel membuka lomba foto HUT Korpri untuk ASN, hadiah total Rp15 juta, batas unggah 30 November. Syarat lengkap di akun resmi.", "same office, another contest")],
  b=None)

A(id="a23", src="kemenag-kalsel", t="2026-11-11 15:30", fam="masjid",
  title="120 Bendahara Masjid Raya dan Agung Dilatih Susun Laporan Keuangan Standar",
  text="""BANJARMASIN – Kanwil Kemenag Kalimantan Selatan menggelar bimbingan teknis pengelolaan keuangan masjid bagi 120 bendahara masjid raya, masjid agung dan masjid besar se-Kalsel di Aula Kanwil Kemenag, [[9/11]] hingga [[11/11]].

Peserta dilatih mencatat penerimaan infak, wakaf dan hibah secara terpisah, menyusun laporan kas bulanan, serta mengumumkan laporan kepada jemaah secara terbuka. Mereka juga diajari mengisi data masjid di Sistem Informasi Masjid Kemenag. “Jemaah makin percaya bila laporan keuangan masjid jelas. Uang infak harus tercatat sampai rupiah terakhir,” kata Kepala Bidang Penerangan Agama Islam, Zakat dan Wakaf Kanwil Kemenag Kalsel, H. Rasyidi Hamdan.

Setiap peserta wajib melatih bendahara masjid lain di kecamatannya dalam tiga bulan ke depan. Kanwil akan memeriksa laporan keuangan 20 masjid contoh pada Maret 2027. (kemenag-ks/ab)""",
  s="Bimtek keuangan masjid Kanwil Kemenag Kalsel (9–11/11): 120 bendahara masjid raya/agung/besar belajar memisah infak, wakaf, hibah, laporan kas bulanan dan isi SIMAS. Wajib latih bendahara lain dalam 3 bulan.",
  l="Tiga hari di Aula Kanwil Kemenag Kalsel, 120 bendahara masjid raya, agung dan besar belajar mencatat infak, wakaf dan hibah terpisah, membuat laporan kas bulanan yang diumumkan ke jemaah, dan mengisi Sistem Informasi Masjid. Kabid Penais Zawa H. Rasyidi Hamdan: infak harus tercatat sampai rupiah terakhir. Peserta wajib melatih bendahara lain di kecamatannya dalam tiga bulan; laporan 20 masjid contoh dicek Maret 2027.",
  p="Bendahara masjid raya wan masjid agung se-Kalsel, saratus dua puluh urang, tiga hari baguru manyusun laporan duit masjid 📒 Infak, wakaf, hibah dicatat bapisah, laporan dibacakan ka jamaah. Kaina bubuhannya wajib maajari bendahara lain di kecamatan. #MasjidKalsel",
  tags="#ManajemenMasjid #KemenagKalsel #KeuanganMasjid",
  n=[("kim-rangda-malingkung", 150, "Bendahara Masjid Agung Rantau membacakan laporan keuangan bulan Oktober setelah salat Jumat: saldo Rp86 juta, pengeluaran terbesar untuk listrik dan honor imam. Begini harusnya, transparan 👍", "a mosque's own monthly report, not the training"),
     ("kim-alalak-selatan", 40, "Aula Kanwil Kemenag Kalsel besok dipakai untuk seleksi petugas haji daerah 2027, 210 peserta tes tulis. Peserta diminta datang 07.00.", "same hall next day, selection of hajj officers"),
     ("kim-margasari-hilir", 500, "Bendahara langgar kami ikut latihan pembukuan dari bendahara Masjid Agung, hasil bimtek Kanwil kemarin. Ada 18 bendahara langgar se-Candi Laras Selatan. Praktik pakai buku kas tiga kolom.", "the cascaded local session weeks later (next step)")],
  b=None)

A(id="a24", src="pemkot-banjarmasin", t="2026-11-04 15:45", fam="masjid",
  title="70 Pengurus Masjid Banjarmasin Dilatih Jadikan Masjid Ramah Anak dan Lansia",
  text="""BANJARMASIN – Bagian Kesra Setdako Banjarmasin melatih 70 pengurus masjid dari lima kecamatan agar mengelola masjid yang ramah anak dan lansia. Pelatihan berlangsung di Aula Kayuh Baimbai Balai Kota, [[3/11]] dan [[4/11]].

Materi meliputi penyediaan jalur landai dan pegangan tangan di tempat wudu, kursi salat untuk lansia, pojok bermain anak yang aman, serta cara menegur anak yang ribut tanpa membentak. Peserta juga merancang jadwal kajian yang tidak terlalu larut bagi jemaah lansia. “Anak yang diusir dari masjid hari ini bisa tidak kembali lagi saat dewasa,” kata Kepala Bagian Kesra Setdako Banjarmasin, H. Muhammad Ramli Effendi.

Pemko menyiapkan bantuan Rp10 juta untuk 20 masjid yang paling cepat memasang jalur landai dan pojok anak. Penilaian dilakukan pada Januari 2027. (diskominfotik-bjm/ss)""",
  s="70 pengurus masjid Banjarmasin dilatih Bagian Kesra di Aula Kayuh Baimbai (3–4/11) soal masjid ramah anak dan lansia: jalur landai, kursi salat, pojok anak. Bantuan Rp10 juta untuk 20 masjid tercepat, dinilai Januari.",
  p="Masjid ramah kakanakan wan kai nini, itu nang diajarakan ka tujuh puluh pangurus masjid Banjarmasin di Balai Kota 🕌 Jalur landai, kursi gasan salat, pojok bamain. Jar Kabag Kesra, kakanakan nang diusir matan masjid kaina kada babulik lagi. Dua puluh masjid tacapat dapat sapuluh juta! #Banjarmasin",
  tags="#MasjidRamahAnak #Banjarmasin #Kesra",
  n=[("kim-teluk-dalam", 100, "Masjid Nurul Falah Teluk Dalam meresmikan pojok baca anak hasil swadaya jemaah, lengkap dengan rak buku dan karpet. Anak-anak boleh membaca selama ibu-bapaknya kajian.", "a mosque's own children's corner, before any grant"),
     ("kim-pelambuan", 20, "Aula Kayuh Baimbai Balai Kota hari ini dipakai untuk sosialisasi pajak reklame kepada 90 pelaku usaha. Panggilan dari Bapenda Kota.", "same hall, next day, tax socialisation"),
     ("kim-alalak-selatan", 700, "Penilaian masjid ramah anak katanya bulan depan, tapi sampai sekarang belum ada formulir. Masjid kami sudah pasang jalur landai sendiri. Semoga dihitung 🙏", "a question about the later assessment, no release facts")],
  b=None)

A(id="a25", src="pemkab-kotabaru", t="2026-11-21 13:40", fam="masjid",
  title="90 Pengurus Remaja Masjid Kotabaru Dilatih Kelola Program dan Keuangan",
  text="""KOTABARU – Sebanyak 90 pengurus remaja masjid dari 22 kecamatan di Kotabaru mengikuti pelatihan manajemen organisasi remaja masjid di Gedung Pemuda Kotabaru, [[20/11]] dan [[21/11]]. Pelatihan digelar Bagian Kesra bersama Kantor Kemenag Kotabaru.

Peserta belajar menyusun program kerja tahunan, membuat proposal kegiatan, mencatat keuangan sederhana, dan mengelola akun media sosial masjid. Pada hari kedua mereka berlatih memimpin rapat dan membagi tugas saat masjid menggelar peringatan hari besar. “Remaja masjid sering hanya dipanggil saat ada acara. Kami ingin mereka punya program sendiri sepanjang tahun,” ujar Asisten Pemerintahan dan Kesra Setda Kotabaru, Hj. Noorlatifah Amin.

Setiap remaja masjid peserta diminta menyerahkan program kerja 2027 paling lambat 31 Desember. Program terbaik dari tiap kecamatan akan mendapat bantuan kegiatan dari Bagian Kesra. (dkp-ktb/sr)""",
  s="Pelatihan manajemen remaja masjid di Gedung Pemuda Kotabaru (20–21/11): 90 pengurus dari 22 kecamatan belajar program kerja, proposal, keuangan, medsos masjid. Program 2027 diserahkan paling lambat 31/12.",
  p="Bubuhan remaja masjid Kotabaru sambilan puluh urang dua hari baguru di Gedung Pemuda, maulah program, proposal, mancatat duit, mangalola medsos masjid 💪 Jar Bu Asisten, jangan dikiau pas ada acara haja. Program 2027 dikumpul sampai 31 Desember! #IRMA #Kotabaru",
  tags="#RemajaMasjid #Kotabaru #Kesra",
  n=[("kim-semayap", 50, "Remaja Masjid Al-Ikhlas Semayap mengadakan lomba azan dan kaligrafi antar-TPA hari Minggu, 34 peserta. Hadiah dari infak jemaah. #Semayap", "a mosque youth's own contest"),
     ("kim-stagen", 24, "Gedung Pemuda Kotabaru malam ini dipakai untuk konser amal band pelajar. Tiket Rp20 ribu, hasilnya untuk korban angin puting beliung di Pulau Laut Timur.", "same building, same evening, charity concert"),
     ("kim-serongga", 300, "Pengurus Remaja Masjid Serongga baru terbentuk bulan ini, belum sempat ikut pelatihan di kota. Ketuanya Ahmad Rizki, siswa SMA. Semoga tahun depan bisa ikut.", "a newly formed group that did not attend")],
  b=None)

A(id="a26", src="pemkab-hsu", t="2026-11-06 14:25", fam="masjid",
  title="84 Pengurus Masjid HSU Belajar Merawat Bangunan Bersama Insinyur PUPR",
  text="""AMUNTAI – Bagian Kesra Setda Hulu Sungai Utara bersama Dinas PUPR melatih 84 pengurus masjid dari 10 kecamatan dalam pemeliharaan bangunan masjid di Aula Paliwara Kantor Bupati, [[5/11]] dan [[6/11]].

Insinyur PUPR mengajarkan cara memeriksa tiang dan lantai kayu di tanah rawa, mendeteksi retak pada kubah, merawat instalasi listrik dan pengeras suara, serta membersihkan tandon air. Hari kedua peserta praktik di Masjid Raya Amuntai. “Banyak masjid kita dibangun megah tapi jarang dirawat. Kerusakan kecil yang dibiarkan menjadi mahal,” kata Kepala Bagian Kesra Setda HSU, H. Ahmad Syarwani Lutfi.

Setiap masjid peserta menerima buku panduan dan daftar periksa bulanan. Pemkab akan memprioritaskan bantuan rehabilitasi 2027 bagi masjid yang rutin mengisi daftar periksa tersebut. (diskominfo-hsu/nr)""",
  s="Bagian Kesra dan PUPR HSU latih 84 pengurus masjid dari 10 kecamatan merawat bangunan (5–6/11): tiang kayu di rawa, retak kubah, listrik, tandon. Praktik di Masjid Raya Amuntai; dapat daftar periksa bulanan.",
  p="Pangurus masjid se-HSU, dalapan puluh ampat urang, baguru wan insinyur PUPR cara marawat masjid 🔧 Mancek tihang kayu di banyu rawa, kubah nang ratak, listrik, tandon. Jar Kabag Kesra, rusak sadikit dibiarakan jadi larang. #HSU #Masjid",
  tags="#Masjid #HSU #Kesra",
  n=[("kim-danau-panggang", 90, "Tiang langgar di Desa Danau Panggang miring dan lantainya bolong-bolong. Jemaah mulai urunan ulin. Yang mau bantu hubungi pengurus langgar ya.", "a langgar's own repair appeal"),
     ("kim-paliwara", 20, "Aula Paliwara Kantor Bupati HSU dipakai hari ini untuk penyerahan SK 310 PPPK paruh waktu. Antrean mengular sejak pagi.", "same hall next day, PPPK decrees"),
     ("kim-babirik", 400, "Pengeras suara dan kabel lama Masjid Raya Amuntai diganti teknisi Sabtu kemarin, biayanya dari infak jemaah. Suara azan sekarang lebih jernih sampai ke Pasar Amuntai.", "same mosque later, sound system replaced")],
  b=None)

A(id="a27", src="kemenag-kalsel", t="2026-11-18 16:50", fam="penyuluh",
  title="Penyuluh Masuk Lapas: 96 Penyuluh Agama Sapa 4.800 Warga Binaan di 12 Lapas dan Rutan",
  text="""BANJARMASIN – Kanwil Kemenag Kalimantan Selatan meluncurkan program Penyuluh Masuk Lapas di Lapas Kelas IIA Banjarmasin, [[18/11]]. Sebanyak 96 penyuluh agama akan bergiliran membina sekitar 4.800 warga binaan di 12 lapas dan rutan se-Kalsel.

Setiap lapas mendapat kunjungan penyuluh dua kali sepekan untuk bimbingan salat, baca Al-Qur’an, konseling keluarga dan persiapan kembali ke masyarakat. Penyuluh agama Kristen dan Hindu juga dilibatkan sesuai kebutuhan warga binaan. “Mereka sudah menjalani hukuman. Tugas kami menyiapkan mereka pulang sebagai tetangga yang baik,” kata Kepala Kanwil Kemenag Kalsel, H. Syaifullah Arsyad.

Kanwil dan Kanwil Kementerian Imigrasi dan Pemasyarakatan akan mengevaluasi program setiap tiga bulan. Warga binaan yang aktif mengikuti bimbingan mendapat sertifikat sebagai bahan pertimbangan pembinaan. (kemenag-ks/ab)""",
  s="Kemenag Kalsel luncurkan Penyuluh Masuk Lapas di Lapas Kelas IIA Banjarmasin (18/11): 96 penyuluh agama bergiliran membina ±4.800 warga binaan di 12 lapas/rutan, dua kali sepekan.",
  l="Program Penyuluh Masuk Lapas diluncurkan Kanwil Kemenag Kalsel di Lapas Kelas IIA Banjarmasin hari Rabu. 96 penyuluh bergiliran ke 12 lapas dan rutan, dua kali sepekan, untuk sekitar 4.800 warga binaan: bimbingan salat, mengaji, konseling keluarga dan persiapan pulang. Penyuluh Kristen dan Hindu ikut dilibatkan. Kakanwil H. Syaifullah Arsyad: siapkan mereka pulang jadi tetangga yang baik. Evaluasi tiap tiga bulan; peserta aktif dapat sertifikat.",
  p="Penyuluh agama wayahini masuk lapas, sambilan puluh anam urang bagiliran ka duawalas lapas wan rutan se-Kalsel 🙏 Dua kali saminggu maajari salat, mangaji, konseling kaluarga. Jar Pak Kakanwil, supaya kaina babulik jadi tatangga nang baik. #PenyuluhAgama",
  tags="#PenyuluhAgama #KemenagKalsel #Lapas",
  n=[("kim-teluk-dalam", 60, "Lapas Kelas IIA Banjarmasin membuka layanan kunjungan keluarga hari Sabtu mulai pekan ini, pendaftaran online sehari sebelumnya. Dilarang membawa makanan berkuah.", "same prison, family visiting rules"),
     ("kim-kandangan-kota", 220, "Warga binaan Rutan Kandangan khatam Al-Qur'an bersama, 27 orang, dibimbing ustaz relawan dari majelis taklim setempat sejak Juli. Haru.", "a local khataman with volunteer teachers since July"),
     ("kim-pelambuan", 250, "Penyuluh agama KUA Banjarmasin Barat mengisi kajian rutin di majelis taklim ibu-ibu Pelambuan tiap Kamis sore, tema fikih wanita. Terbuka untuk umum.", "a counsellor's regular women's study group, not the prison programme")],
  b=None)

A(id="a28", src="pemkab-batola", t="2026-11-25 16:20", fam="penyuluh",
  title="Penyuluh Susur Sungai: Penyuluh Agama Batola Kunjungi 11 Desa dengan Kelotok",
  text="""MARABAHAN – Kantor Kemenag Barito Kuala bersama Pemkab Batola memulai program Penyuluh Susur Sungai, [[24/11]]. Dengan kelotok, delapan penyuluh agama mengunjungi 11 desa di tepian Sungai Barito di Kecamatan Kuripan, Bakumpai dan Tabukan yang sulit dijangkau lewat darat.

Di tiap desa penyuluh menggelar kajian di langgar, konsultasi keluarga, dan pendataan pasangan yang belum memiliki buku nikah. Mereka juga membawa mushaf dan buku Iqra untuk taman pendidikan Al-Qur’an. Kunjungan pertama di Desa Jarenang dihadiri 140 warga. “Penyuluh tidak boleh menunggu di kantor. Warga di hulu sungai juga berhak dilayani,” kata Kepala Kantor Kemenag Barito Kuala, H. Abdul Wahid Fachrudin.

Setiap desa akan dikunjungi sebulan sekali. Data pasangan tanpa buku nikah akan diteruskan untuk program isbat nikah pemkab pada 2027. (mc-batola/ad)""",
  s="Penyuluh Susur Sungai Kemenag Batola mulai 24/11: 8 penyuluh naik kelotok ke 11 desa tepi Barito di Kuripan, Bakumpai dan Tabukan; kajian, konsultasi, data pasangan tanpa buku nikah. Tiap desa sebulan sekali.",
  p="Penyuluh agama Batola wayahini manyusur sungai naik kalotok, ka sabalas desa di Kuripan, Bakumpai wan Tabukan 🚤 Bapangajian di langgar, konsultasi kaluarga, mandata nang balum baisi buku nikah. Di Jarenang saratus ampat puluh urang hadir! #Batola #Penyuluh",
  tags="#PenyuluhAgama #BaritoKuala #SusurSungai",
  n=[("kim-kuripan", 60, "Kelotok puskesmas keliling singgah di Desa Kuripan hari ini: imunisasi balita dan cek ibu hamil. Jadwal berikutnya dua minggu lagi.", "the health boat, not the counsellors"),
     ("kim-marabahan-kota", 140, "Kantor Kemenag Barito Kuala mengumumkan jadwal pembagian insentif guru TPA triwulan IV mulai 7 Desember lewat rekening masing-masing.", "same office, another object (TPA teachers' incentive)"),
     ("kim-anjir-pasar-kota", 200, "Hasil pendataan penyuluh di desa kami: 23 pasangan belum punya buku nikah. Semoga tahun depan bisa ikut isbat. Yang belum terdata segera lapor ke pembakal.", "one village's own data count (23 couples), a later local step")],
  b=("kim-kuripan", -46, "Dapat kabar dari pembakal, besok ada rombongan penyuluh agama datang naik kelotok ke langgar kita. Ibu-ibu majelis taklim diminta siapkan wadai. Jam 9 pagi.", "invitation the day before the first visit, before the release"))
