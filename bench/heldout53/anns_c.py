# Hand-written releases a29-a42 (same fields as anns_a.py).
A = []

A.append(dict(
    id="a29", src="pupr-kalsel", t="11-19 10:10", slug="empat-pintu-air-sungai-tabuk-dan-kertak-hanyar-dibangun",
    title="Empat Pintu Air Sungai Tabuk dan Kertak Hanyar Dibangun",
    text="""MARTAPURA – Dinas PUPR Provinsi Kalimantan Selatan mulai membangun empat pintu air di saluran primer Kecamatan Sungai Tabuk dan Kertak Hanyar, Kabupaten Banjar, Kamis (19/11/2026). Pintu air itu mengatur aliran dari permukiman padat ke Sungai Martapura dan mencegah air pasang masuk ke kampung.

Proyek senilai Rp7,6 miliar ini juga meninggikan tanggul saluran sepanjang 900 meter. Kawasan tersebut setiap tahun tergenang saat pasang tinggi Desember hingga Februari. “Pintu air dibuka saat surut dan ditutup saat pasang. Operatornya kami latih dari warga desa setempat,” ujar Kepala Dinas PUPR Kalsel, Ir. H. Bambang Suryadharma, M.T.

Pekerjaan ditargetkan selesai dalam 150 hari. Selama pembangunan, lalu lintas perahu di saluran primer dialihkan ke saluran sekunder. (pupr-kalsel/bs)""",
    s="PUPR Kalsel bangun 4 pintu air + tanggul 900 m di Sungai Tabuk dan Kertak Hanyar (Rp7,6 M), 150 hari; perahu dialihkan ke saluran sekunder.",
    p="PUPR Kalsel mambangun ampat pintu banyu di Sungai Tabuk wan Kertak Hanyar, Rp7,6 miliar 💪 Supaya banyu pasang kada masuk kampung lagi Desember–Februari. Operatornya urang kampung sorang. Jukung lewat saluran sekunder dulu salawas digawi",
    it="PUPR Kalsel bangun 4 pintu air Sungai Tabuk–Kertak Hanyar",
    n=[("banjar", 70, "village's own wooden sluice repair",
        "Warga Sungai Tabuk Keramat memperbaiki tabat kayu di handil dengan swadaya, supaya air pasang tidak masuk sawah."),
       ("banjar", 130, "flood-tide warning, not works",
        "Peringatan BMKG: pasang tinggi diperkirakan 28–30 November di muara Barito dan Martapura. Warga bantaran diminta waspada."),
       ("bjm", -200, "2025 pintu air in Banjarmasin (other place)",
        "Setahun lalu pintu air di Sungai Kelayan diresmikan. Sejak itu genangan di kampung kami berkurang jauh.")],
    b=("banjar", 30, "the day before: boats told to move",
       "Pengumuman dari desa: mulai besok perahu jangan lewat saluran primer dekat jembatan, ada pekerjaan pintu air. Lewat saluran sekunder dulu."),
))

A.append(dict(
    id="a30", src="pemkab-tabalong", t="11-26 09:40", slug="empat-pompa-mobile-siagakan-tanjung-dari-genangan",
    title="Empat Pompa Mobile Siagakan Tanjung dari Genangan",
    text="""TANJUNG – Pemerintah Kabupaten Tabalong menyiagakan empat unit pompa mobile di titik rawan genangan Kota Tanjung, Kamis (26/11/2026). Pompa berkapasitas 250 liter per detik itu ditempatkan di Jalan Tanjung Raya, Pembataan, Mabuun dan Kelurahan Tanjung.

Penyiagaan dilakukan menjelang puncak musim hujan. Setiap pompa dilengkapi genset sehingga tetap bekerja saat listrik padam. “Begitu genangan mencapai sepuluh sentimeter di jalan utama, operator langsung menyalakan pompa tanpa menunggu perintah,” kata Kepala Dinas PUPR Tabalong, Ir. Syaiful Bahri Hamid.

Operator pompa disiagakan 24 jam secara bergiliran. Dinas juga membersihkan 14 gorong-gorong di pusat kota sepanjang pekan ini. Warga dapat melaporkan genangan melalui kanal aduan Pemkab Tabalong. (diskominfo-tbl/sb)""",
    s="Tabalong siagakan 4 pompa mobile 250 l/detik bergenset di Tanjung Raya, Pembataan, Mabuun dan Kelurahan Tanjung; 14 gorong-gorong dibersihkan.",
    p="Ampat pompa mobile disiagaakan di Tanjung, Pembataan wan Mabuun ⛈️ Ada gensetnya jadi mun lampu padam tatap bagawi. Banyu sapuluh senti di jalan, langsung dihidupakan. Gorong-gorong 14 buting dibarasihi jua",
    it="Tabalong siagakan 4 pompa mobile di Tanjung",
    n=[("tbl", 50, "same day: PLN outage in Mabuun",
        "Info PLN: pemadaman di sebagian Mabuun Jumat 10.00–14.00 karena penggantian tiang."),
       ("tbl", 120, "fire truck hoses a road after a landslide, not flood pump",
        "Damkar Tabalong menyemprot lumpur sisa longsor kecil di jalan menuju Jaro supaya tidak licin."),
       ("tbl", -280, "2025 flood in Tanjung",
        "Arsip Desember 2025: genangan di Jalan Tanjung Raya setinggi lutut, motor banyak mogok.")],
))

A.append(dict(
    id="a31", src="pemkab-kotabaru", t="11-04 15:00", slug="padat-karya-drainase-12-desa-pulau-laut-serap-360-pekerja",
    title="Padat Karya Drainase 12 Desa Pulau Laut Serap 360 Pekerja",
    text="""KOTABARU – Program padat karya tunai pembangunan saluran drainase lingkungan di 12 desa Kecamatan Pulau Laut Utara dan Pulau Laut Sigam dimulai Rabu (4/11/2026). Program ini melibatkan 360 pekerja dari warga setempat dengan upah Rp120.000 per hari.

Saluran yang dibangun berupa pasangan batu dengan panjang total 4,6 kilometer. Pekerja diutamakan kepala keluarga yang tidak memiliki penghasilan tetap. “Uangnya berputar di desa, salurannya untuk desa. Upah dibayar setiap pekan langsung ke rekening pekerja,” kata Kepala Dinas PUPR Kotabaru, H. Ahmad Jauhari, S.T.

Pekerjaan berlangsung 45 hari kerja dan diawasi pendamping teknik dari dinas. Kepala desa diminta memastikan daftar pekerja sesuai hasil musyawarah desa. (prokom-kotabaru/aj)""",
    s="Padat karya drainase 4,6 km di 12 desa Pulau Laut Utara dan Pulau Laut Sigam, 360 pekerja lokal, upah Rp120 ribu/hari, 45 hari kerja.",
    s2="PKT saluran lingkungan Kotabaru dimulai 4/11. Upah dibayar tiap pekan ke rekening; pekerja diutamakan KK tanpa penghasilan tetap.",
    p="Padat karya saluran di 12 desa Pulau Laut, 360 urang bagawi, upah 120 ribu sahari 💪 Dibayar tiap minggu ka rekening. Nang diutamaakan kapala kaluarga nang kada baisi gawian tetap #Kotabaru",
    it="Kotabaru PKT drainase 12 desa, 360 pekerja",
    n=[("ktb", 70, "same upah figure, other work: a road cleaning crew",
        "Lowongan tenaga kebersihan pantai Siring Laut, upah Rp120 ribu per hari, 20 orang. Daftar di kelurahan Baharu."),
       ("ktb", 160, "a village's own gotong royong drain, unpaid",
        "Warga Semayap gotong royong menggali saluran di RT 7 sepanjang 150 meter Sabtu pagi. Konsumsi dari ibu-ibu PKK."),
       ("ktb", -220, "2025 padat karya in another kecamatan",
        "Tahun lalu padat karya saluran di Pulau Laut Timur menyerap 200 pekerja. Sekarang salurannya masih bagus.")],
    b=("ktb", 40, "list of workers being gathered before the start",
       "Kepala desa mengumpulkan nama warga yang mau ikut kerja saluran padat karya, paling lambat besok sore. Bawa KTP dan KK."),
))

A.append(dict(
    id="a32", src="pemkab-tapin", t="11-18 14:50", slug="saluran-padat-karya-24-km-di-binuang-dan-hatungun",
    title="Saluran Padat Karya 2,4 Km di Binuang dan Hatungun",
    text="""RANTAU – Pemerintah Kabupaten Tapin membangun saluran drainase lingkungan sepanjang 2,4 kilometer dengan pola padat karya di sembilan desa Kecamatan Binuang dan Hatungun. Pekerjaan dimulai Rabu (18/11/2026) dengan 180 pekerja warga desa.

Saluran dibangun di kawasan permukiman yang kerap tergenang setelah hujan lebat, terutama di sepanjang jalan nasional Binuang. Anggaran Rp1,1 miliar berasal dari APBD. “Saluran ini menyambung ke saluran jalan nasional yang sudah ada, supaya air tidak lagi menggenang di halaman rumah warga,” kata Bupati Tapin, H. Muhammad Yamani Hasan.

Material batu dan semen disediakan dinas. Upah pekerja Rp115.000 per hari dibayar setiap Sabtu. Pekerjaan ditargetkan rampung sebelum 31 Desember. (tapin/my)""",
    s="Tapin bangun saluran padat karya 2,4 km di 9 desa Binuang dan Hatungun, 180 pekerja, upah Rp115 ribu/hari dibayar tiap Sabtu.",
    p="Di Binuang wan Hatungun ada gawian saluran padat karya 2,4 kilo, 180 urang desa nang bagawi 💪 Upahnya 115 ribu sahari, dibayar tiap Sabtu. Supaya halaman rumah kada tagenang lagi imbah hujan labat #Tapin",
    it="Tapin padat karya saluran 2,4 km Binuang–Hatungun",
    n=[("tapin", 60, "flooded yard complaint in Rantau, other kecamatan",
        "Halaman rumah di Rantau Kiwa tergenang lagi setelah hujan tadi sore. Saluran depan mampet sampah plastik."),
       ("tapin", -160, "same road: national road patching",
        "Perbaikan lubang jalan nasional Binuang–Hatungun dikerjakan malam hari minggu ini. Pengendara harap berhati-hati."),
       ("tapin", 110, "same Bupati same day at a harvest",
        "Bupati Tapin panen raya padi di Candi Laras Utara Rabu pagi, hasilnya 5,8 ton per hektare.")],
))

A.append(dict(
    id="a33", src="pemkab-balangan", t="11-24 11:30", slug="enam-desa-paringin-selatan-bangun-saluran-padat-karya",
    title="Enam Desa Paringin Selatan Bangun Saluran Padat Karya",
    text="""PARINGIN – Enam desa di Kecamatan Paringin Selatan, Balangan, mulai membangun saluran drainase lingkungan melalui program padat karya, Selasa (24/11/2026). Saluran sepanjang 1,7 kilometer itu dikerjakan 96 warga dengan upah Rp110.000 per hari.

Program ini menyasar permukiman di tepi jalan kabupaten yang airnya kerap masuk ke rumah warga. Dananya berasal dari bantuan keuangan Pemkab Balangan kepada desa. “Desa yang merencanakan, desa yang mengerjakan. Dinas hanya memberi gambar dan mengawasi mutu,” ujar Wakil Bupati Balangan, H. Rizali Mahfuzh.

Pekerja dipilih melalui musyawarah desa dan diutamakan warga yang belum bekerja. Pekerjaan dijadwalkan selesai 23 Desember. Setiap desa wajib memasang papan informasi anggaran di lokasi pekerjaan. (mc-balangan/rm)""",
    s="6 desa di Paringin Selatan bangun saluran padat karya 1,7 km, 96 pekerja, upah Rp110 ribu/hari, selesai 23 Desember.",
    p="Anam desa di Paringin Selatan mambangun saluran 1,7 kilo, padat karya, 96 urang bagawi, upah 110 ribu sahari 👷 Desa nang marencana, desa nang bagawi jar Pa Wabup. Tuntung 23 Desember insyaallah",
    it="Balangan padat karya saluran 6 desa Paringin Selatan",
    n=[("blg", 80, "same Wabup: volleyball tournament",
        "Wakil Bupati Balangan membuka turnamen bola voli antar-desa di Paringin Selatan Selasa malam."),
       ("blg", 150, "another kecamatan (Awayan) village drain from dana desa, own figures",
        "Desa di Awayan menyelesaikan saluran 300 meter dari dana desa 2026, dikerjakan 20 warga selama dua minggu."),
       ("blg", -90, "flood water entering houses (the problem, before any programme)",
        "Hujan deras sore ini, air dari jalan kabupaten masuk ke rumah warga di Paringin Selatan. Saluran tidak mampu menampung.")],
    b=("blg", 20, "the day before: tools distributed",
       "Cangkul dan gerobak sudah dibagikan di balai desa, besok pagi mulai kerja saluran. Yang sudah terdaftar harap hadir jam 7."),
))

A.append(dict(
    id="a34", src="disdik-kalsel", t="11-10 10:25", slug="86-sma-smk-dapat-rehab-toilet-dan-tempat-cuci-tangan",
    title="86 SMA/SMK Dapat Rehab Toilet dan Tempat Cuci Tangan",
    text="""BANJARMASIN – Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan merehabilitasi toilet dan membangun tempat cuci tangan di 86 SMA, SMK dan SLB negeri. Program senilai Rp12,9 miliar itu diluncurkan Selasa (10/11/2026) di SMAN 2 Banjarmasin.

Setiap sekolah mendapat toilet terpisah untuk siswa putra dan putri, satu toilet ramah difabel dan tempat cuci tangan dengan sabun. “Masih ada sekolah dengan satu toilet untuk tiga ratus siswa. Anak perempuan memilih pulang daripada ke toilet sekolah,” kata Kepala Disdikbud Kalsel, Dr. H. Syarifuddin Amin, M.Pd.

Pekerjaan dilakukan saat libur semester Desember agar tidak mengganggu kegiatan belajar. Kepala sekolah diminta membentuk petugas kebersihan toilet bersama OSIS. (disdikbud-kalsel/sa)""",
    s="Disdikbud Kalsel rehab toilet dan bangun tempat cuci tangan di 86 SMA/SMK/SLB negeri (Rp12,9 M), dikerjakan saat libur Desember.",
    s2="Program toilet sekolah provinsi diluncurkan di SMAN 2 Banjarmasin 10/11: toilet putra-putri terpisah, satu ramah difabel, tempat cuci tangan bersabun.",
    p="86 SMA, SMK wan SLB negeri dapat toilet hanyar matan Disdikbud Kalsel 🚻 Ada nang sabuting toilet gasan 300 murid jar Pa Kadis, jadi binian labih baik bulik 😔 Digawi wayah libur Desember",
    it="Disdikbud Kalsel rehab toilet 86 SMA/SMK/SLB",
    n=[("bjm", 30, "same school same day: OSIS election",
        "Hari ini di SMAN 2 Banjarmasin juga ada pemilihan ketua OSIS, 4 pasangan calon. Pemungutan suara pakai tablet."),
       ("tanbu", 120, "a school's own toilet renovation by alumni",
        "Alumni angkatan 2010 merenovasi dua toilet di SMAN 1 Kusan Hilir sebagai hadiah reuni. Terima kasih kakak-kakak alumni."),
       ("hst", -300, "complaint about dirty school toilets, before the programme",
        "Anak saya tidak mau ke toilet sekolah karena kotor dan tidak ada air. Mohon pihak sekolah memperhatikan.")],
    b=("bjm", 18, "the day before: preparation at the school",
       "SMAN 2 Banjarmasin bersiap, besok ada peluncuran program dari dinas provinsi. Siswa diminta datang lebih pagi."),
))

A.append(dict(
    id="a35", src="pemkot-banjarbaru", t="11-21 13:40", slug="40-sd-di-banjarbaru-bangun-toilet-ramah-anak",
    title="40 SD di Banjarbaru Bangun Toilet Ramah Anak",
    text="""BANJARBARU – Pemerintah Kota Banjarbaru membangun toilet ramah anak di 40 sekolah dasar negeri, Sabtu (21/11/2026). Toilet dirancang dengan kloset dan wastafel setinggi anak, pintu yang bisa dibuka dari luar dalam keadaan darurat, serta pencahayaan yang cukup.

Sekolah penerima berada di lima kecamatan dengan jumlah siswa terbanyak. Total anggaran Rp4,8 miliar dari APBD Kota. “Anak kelas satu sering menahan buang air karena kloset terlalu tinggi dan toilet gelap. Itu mengganggu kesehatan dan konsentrasi belajar,” ujar Kepala Dinas Pendidikan Banjarbaru, Hj. Nurul Hasanah, M.Pd.

Pembangunan dimulai pekan depan dan ditargetkan selesai sebelum semester genap dimulai Januari 2027. Komite sekolah dilibatkan dalam pengawasan. (humas-bjb/nh)""",
    s="Banjarbaru bangun toilet ramah anak di 40 SD negeri (Rp4,8 M): kloset dan wastafel setinggi anak; selesai sebelum semester genap Januari 2027.",
    p="40 SD negeri di Banjarbaru dapat toilet ramah anak, klosetnya randah, wastafelnya sasuai tinggi kakanakan 🚸 Jar Bu Kadis, anak kelas satu banyak nang manahan hadas. Tuntung sabalum Januari 2027",
    it="Banjarbaru toilet ramah anak 40 SD",
    n=[("bjb", 80, "same figure 40 SD, other programme: reading corners",
        "Sebanyak 40 SD di Banjarbaru menerima pojok baca dari perpustakaan daerah minggu ini, masing-masing 200 buku."),
       ("bjb", 150, "a school's own handwashing station from the PTA",
        "Komite SDN Guntung Manggis 2 membuat 6 tempat cuci tangan dari drum bekas hasil iuran orang tua. Anak-anak semangat cuci tangan sebelum makan."),
       ("bjm", 60, "Banjarmasin kindergarten toilet, other city",
        "TK Pembina Banjarmasin memasang toilet mini untuk anak usia dini, sumbangan bank daerah.")],
))

A.append(dict(
    id="a36", src="pemkab-hsu", t="11-25 10:15", slug="24-sd-dan-mi-di-hsu-dapat-toilet-dan-sumur-bor",
    title="24 SD dan MI di HSU Dapat Toilet dan Sumur Bor",
    text="""AMUNTAI – Sebanyak 24 SD dan MI di Hulu Sungai Utara menerima bangunan toilet baru lengkap dengan sumur bor, Rabu (25/11/2026). Sekolah penerima berada di Kecamatan Amuntai Selatan, Sungai Tabukan dan Babirik yang kerap kekurangan air bersih.

Selama ini sebagian sekolah memakai air sungai atau meminta siswa membawa air dari rumah. Pembangunan senilai Rp2,6 miliar itu memakai dana alokasi khusus pendidikan dan APBD. “Toilet tanpa air sama saja tidak ada toilet. Karena itu setiap sekolah kami beri sumur bor dan tandon,” kata Sekretaris Daerah HSU, Drs. H. Adi Lesmana.

Sekolah diminta mencatat pemakaian air dan melaporkan kerusakan pompa ke dinas pendidikan. Pemeliharaan ringan dibiayai dana BOS. (diskominfo-hsu/al)""",
    s="24 SD dan MI di Amuntai Selatan, Sungai Tabukan, Babirik terima toilet baru plus sumur bor dan tandon (Rp2,6 M).",
    p="24 SD wan MI di Amuntai Selatan, Sungai Tabukan wan Babirik dapat toilet hanyar, ada sumur bor wan tandonnya 💧 Dahulu murid disuruh mambawa banyu matan rumah. Toilet kada ba-banyu sama haja kada ada jar Pa Sekda",
    it="HSU: 24 SD/MI dapat toilet + sumur bor",
    n=[("hsu", 90, "same Sekda same day at a teacher award",
        "Sekda HSU menyerahkan penghargaan guru berprestasi di Aula Bappeda Rabu siang. 12 guru menerima piagam."),
       ("hsu", -120, "a madrasah's own well by donation",
        "MI di Sungai Tabukan kini punya sumur bor dari sumbangan jamaah masjid. Alhamdulillah anak-anak tidak bawa air lagi."),
       ("hsu", 170, "2027 plan for Danau Panggang schools told as own news",
        "Dinas Pendidikan HSU mendata 15 sekolah di Danau Panggang untuk usulan toilet dan sumur bor 2027. Baru usulan.")],
))

A.append(dict(
    id="a37", src="diskominfo-kalsel", t="11-27 10:30", slug="pemasangan-tandon-air-hujan-tuntas-1200-unit-terpasang",
    title="Pemasangan Tandon Air Hujan Tuntas, 1.200 Unit Terpasang",
    text="""BANJARBARU – Pemasangan 1.200 tandon penampungan air hujan bantuan Pemerintah Provinsi Kalimantan Selatan di 24 desa dinyatakan tuntas, Jumat (27/11/2026). Hasil pemeriksaan fasilitator menunjukkan seluruh unit terpasang dan 1.164 di antaranya sudah terisi air hujan.

Sebanyak 36 unit belum terisi karena talang rumah perlu diganti. Disperkim Kalsel akan mengganti talang tersebut pekan depan. “Kami cek satu per satu. Yang paling penting, warga tahu cara membersihkan saringan supaya air tetap layak,” kata Kepala Bidang Kawasan Permukiman Disperkim Kalsel, Lailatul Fitri, S.T.

Disperkim akan mengambil sampel air dari 48 tandon pada Desember untuk diuji di laboratorium kesehatan daerah. Usulan desa baru untuk 2027 ditutup 31 Januari. (mc-kalsel/lf)""",
    s="Pemasangan 1.200 tandon air hujan provinsi di 24 desa tuntas: 1.164 sudah terisi, 36 menunggu talang baru; sampel 48 tandon diuji Desember.",
    p="Tandon banyu hujan provinsi 1.200 buting sudah tapasang samunyaan di 24 desa ✅ 1.164 sudah baisi banyu, 36 lagi talangnya haruh diganti. Desember banyunya diuji di lab. Usulan 2027 tutup 31 Januari",
    it="tandon air hujan provinsi tuntas: 1.200 terpasang",
    n=[("batola", 30, "the Tabunganen count only, told by a village (own figures)",
        "Di desa kami di Tabunganen 58 tandon sudah terisi penuh setelah hujan dua hari. Warga senang, tidak beli air lagi."),
       ("banjar", 100, "lab sampling of well water (another object)",
        "Puskesmas Aluh-Aluh mengambil sampel air sumur dari 20 rumah untuk uji bakteri. Hasilnya diumumkan dua minggu lagi."),
       ("bjb", 60, "same official, other event: slum-area survey in Banjarbaru",
        "Kabid Kawasan Permukiman Disperkim Kalsel meninjau kawasan padat di Loktabat Selatan bersama lurah, mendata rumah tanpa saluran.")],
))

A.append(dict(
    id="a38", src="pemkot-banjarmasin", t="11-27 15:30", slug="31-dari-48-bangunan-a-yani-ajukan-pbg.html",
    title="31 dari 48 Bangunan A. Yani Ajukan PBG",
    text="""BANJARMASIN – Sebanyak 31 dari 48 pemilik bangunan di Jalan A. Yani kilometer 1 hingga 6 yang ditegur karena tidak memiliki Persetujuan Bangunan Gedung (PBG) telah mengajukan permohonan, Jumat (27/11/2026). Sembilan di antaranya sudah terbit.

Sisanya, 17 bangunan, belum merespons teguran meski tenggat berakhir 30 November. Dinas PUPR menyiapkan teguran kedua untuk mereka. “Respons pemilik cukup baik. Kebanyakan mengaku tidak tahu bahwa renovasi besar juga perlu PBG,” kata Kepala Bidang Tata Bangunan PUPR Banjarmasin, Ir. Nadia Puspitasari.

Teguran kedua akan dikirim Selasa (1/12/2026) dengan tenggat 14 hari. Setelah itu, bangunan yang tetap tidak mengurus akan disegel bersama Satpol PP. (humas-bjm/np)""",
    s="Update PBG A. Yani: 31 dari 48 bangunan sudah mengajukan, 9 terbit; 17 belum merespons dan dapat teguran kedua 1/12 (tenggat 14 hari).",
    p="Kabar PBG di A. Yani: 31 matan 48 bangunan sudah maurus, 9 sudah tabit 👍 17 lagi kada manyahuti, 1 Desember kana teguran kadua, 14 hari, imbah tu disegel lawan Satpol PP",
    it="PBG A. Yani: 31 dari 48 sudah mengajukan",
    n=[("bjm", 50, "same Kabid, other object: a mosque's PBG guidance",
        "Kabid Tata Bangunan PUPR Banjarmasin memberikan sosialisasi PBG untuk pengurus 30 masjid di Banjarmasin Utara Jumat sore."),
       ("bjm", 120, "rumour of segel on Jalan Veteran, denied",
        "Ada kabar bangunan di Jalan Veteran mau disegel minggu ini. Sudah dicek, belum ada info resmi. Teguran yang ada baru untuk A. Yani."),
       ("bjm", -150, "a shop in A. Yani announces it closed for renovation",
        "Toko kami di A. Yani km 3 tutup sementara untuk renovasi, buka kembali pertengahan Desember. Mohon maaf pelanggan.")],
))

A.append(dict(
    id="a39", src="pemkot-banjarmasin", t="11-24 16:10", slug="262-tangki-septik-biofilter-sudah-terpasang.html",
    title="262 Tangki Septik Biofilter Sudah Terpasang",
    text="""BANJARMASIN – Sebanyak 262 dari 400 tangki septik biofilter untuk rumah warga bantaran sungai telah terpasang hingga Selasa (24/11/2026). Pemasangan di Kelurahan Alalak Utara sudah selesai seluruhnya, sedangkan Sungai Jingah dan Basirih masih berjalan.

Sebagian rumah di Basirih memerlukan penguatan kolong karena tiang rumah sudah lapuk, sehingga pemasangan lebih lama. “Kami tidak mau memasang tangki di kolong yang bisa ambruk. Untuk 41 rumah, kami kuatkan dulu tiangnya,” kata Kepala Dinas PUPR Kota Banjarmasin, H. Fauzi Rakhman Noor.

Pemkot tetap menargetkan 400 unit selesai 20 Desember. Setelah selesai, petugas akan melatih warga memeriksa tangki dan menjadwalkan penyedotan pertama pada 2029. (humas-bjm/fr)""",
    s="Tangki septik bantaran sungai Banjarmasin: 262 dari 400 terpasang, Alalak Utara selesai; 41 rumah Basirih perlu penguatan tiang dulu. Target 20/12.",
    p="Update septik tank biofilter bantaran: 262 matan 400 sudah tapasang 👍 Alalak Utara tuntung, Sungai Jingah wan Basirih masih bagawi. Ada 41 rumah di Basirih tiangnya lapuk, dikuatakan dahulu. Target 20 Desember",
    it="Banjarmasin: 262 dari 400 tangki septik terpasang",
    n=[("bjm", 40, "same figure 262 other meaning",
        "Sebanyak 262 peserta ikut lomba mewarnai di Siring Menara Pandang Minggu pagi. Terima kasih para orang tua."),
       ("bjm", 110, "a resident complains his house was skipped",
        "Rumah saya di Basirih belum dipasang septik, padahal tetangga sudah. Katanya tiang rumah harus diperbaiki dulu. Kapan ya?"),
       ("bjm", -30, "Alalak Utara's own syukuran told as its own event",
        "Malam ini warga Alalak Utara menggelar syukuran di langgar karena kampung kami bersih dari buangan ke sungai. Terima kasih semua.")],
))

A.append(dict(
    id="a40", src="dinkes-kalsel", t="11-19 11:00", slug="hari-toilet-sedunia-dinkes-kalsel-audit-120-toilet-umum",
    title="Hari Toilet Sedunia, Dinkes Kalsel Audit 120 Toilet Umum",
    text="""BANJARBARU – Memperingati Hari Toilet Sedunia, Dinas Kesehatan Provinsi Kalimantan Selatan mengumumkan hasil audit 120 toilet umum di terminal, SPBU, pasar dan objek wisata, Kamis (19/11/2026). Hanya 47 toilet yang memenuhi standar kebersihan, ketersediaan air dan sabun.

Temuan terbanyak adalah tidak ada sabun, lantai licin dan pintu yang tidak bisa dikunci. Toilet di objek wisata paling banyak tidak memenuhi standar. “Toilet umum adalah wajah daerah. Pengunjung menilai kita dari toiletnya,” kata Kepala Dinkes Kalsel, dr. Hj. Meilani Kartika, M.Kes.

Pengelola toilet yang belum memenuhi standar diberi waktu tiga bulan untuk memperbaiki. Dinkes akan mengumumkan hasil audit ulang pada Maret 2027. (dinkes-kalsel/mk)""",
    s="Hari Toilet Sedunia: audit Dinkes Kalsel atas 120 toilet umum (terminal, SPBU, pasar, wisata), hanya 47 memenuhi standar; audit ulang Maret 2027.",
    s2="Hasil audit toilet umum Kalsel 19/11: masalah terbanyak tidak ada sabun, lantai licin, pintu tak bisa dikunci. Pengelola diberi waktu tiga bulan.",
    p="Hari Toilet Sedunia, Dinkes Kalsel maaudit 120 toilet umum, nang lulus 47 haja 😬 Kadada sabun, lantai licin, lawang kada kawa dikunci. Toilet di objek wisata paling parah. Tiga bulan dibari waktu mambaiki #HariToiletSedunia",
    it="Hari Toilet Sedunia: hanya 47 dari 120 toilet umum standar",
    n=[("bjb", 30, "same day, same theme: a school's own toilet clean-up for World Toilet Day",
        "Hari Toilet Sedunia di SMPN 3 Banjarbaru diperingati dengan lomba toilet terbersih antarkelas. Kelas 8B juara."),
       ("hss", 100, "a complaint about a tourist-site toilet",
        "Toilet di tempat wisata Loksado kemarin tidak ada air, terpaksa numpang ke rumah warga. Mohon pengelola perhatikan."),
       ("bjb", -290, "Hari Toilet Sedunia 2025",
        "Peringatan Hari Toilet Sedunia 2025 di Banjarbaru diisi jalan sehat dan pemeriksaan jamban sehat di 5 kelurahan.")],
    b=("bjb", 20, "invitation the day before",
       "Besok Hari Toilet Sedunia. Dinkes Kalsel kabarnya akan mengumumkan hasil pemeriksaan toilet umum. Penasaran toilet terminal kita lulus atau tidak 😅"),
))

A.append(dict(
    id="a41", src="pemkab-hss", t="11-26 13:50", slug="hanya-11-dari-36-toilet-umum-di-kandangan-layak.html",
    title="Hanya 11 dari 36 Toilet Umum di Kandangan Layak",
    text="""KANDANGAN – Dinas Kesehatan Hulu Sungai Selatan menemukan hanya 11 dari 36 toilet umum di Kandangan yang layak, dalam pemeriksaan lanjutan Hari Toilet Sedunia, Kamis (26/11/2026). Pemeriksaan menyasar pasar, terminal, masjid besar dan kawasan wisata.

Toilet Pasar Kandangan dan Terminal Kandangan termasuk yang belum layak karena saluran pembuangan tersumbat. Dinkes meminta pengelola menambah petugas kebersihan. “Kami ikut audit provinsi, tapi di Kandangan kami periksa lebih banyak titik, termasuk toilet masjid yang dipakai musafir,” kata Kepala Dinkes HSS, dr. H. Gazali Rahman.

Hasil pemeriksaan dikirim ke pengelola dan pemerintah kecamatan. Toilet yang dibenahi akan diberi stiker layak pada Februari 2027. (diskominfo-hss/gr)""",
    s="Dinkes HSS: hanya 11 dari 36 toilet umum di Kandangan layak (pasar, terminal, masjid, wisata); stiker layak Februari 2027.",
    p="Di Kandangan, 36 toilet umum dipariksa Dinkes HSS, nang layak 11 haja 😅 Toilet pasar wan terminal saluran pambuangnya tasumbat. Nang dibaiki kaina dibari stiker layak Februari 2027",
    it="HSS: 11 dari 36 toilet umum Kandangan layak",
    n=[("hss", 40, "same market, other event: a fire drill at Pasar Kandangan",
        "Simulasi kebakaran di Pasar Kandangan Kamis sore diikuti pedagang dan Damkar HSS. Pedagang diajari memakai APAR."),
       ("hss", -50, "mosque's own new toilets for travellers",
        "Masjid di jalan Kandangan–Negara kini punya 6 toilet baru untuk musafir, bersih dan gratis. Dibangun dari infak jamaah."),
       ("tapin", 80, "Tapin's terminal toilet renovated, another kabupaten",
        "Toilet Terminal Rantau sudah direnovasi, sekarang ada air bersih dan sabun. Tarif tetap Rp2.000.")],
))

A.append(dict(
    id="a42", src="pemkab-tanbu", t="11-23 09:50", slug="warga-pagatan-dilatih-jadi-tukang-tangki-septik",
    title="Warga Pagatan Dilatih Jadi Tukang Tangki Septik",
    text="""BATULICIN – Sebanyak 40 warga Kecamatan Kusan Hilir, Tanah Bumbu, mengikuti pelatihan membuat tangki septik kedap sesuai standar, Senin–Rabu (23–25/11/2026), di Balai Desa Pagatan Besar. Peserta terdiri atas tukang bangunan dan pemuda desa.

Mereka berlatih membuat cetakan cincin beton, memasang pipa ventilasi dan menguji kebocoran. Setelah pelatihan, peserta akan dilibatkan dalam pembangunan 120 tangki septik desa pada 2027. “Selama ini tukang membuat septik tanpa dasar kedap, sehingga meresap ke sumur. Itu yang ingin kami ubah,” kata Kepala Dinas Perkim Tanah Bumbu, Ir. Darmawan Syarif.

Peserta yang lulus uji praktik menerima sertifikat pelatihan. Dinas juga menyusun daftar tukang terlatih yang bisa dihubungi warga. (mc-tanbu/ds)""",
    s="40 tukang dan pemuda Kusan Hilir dilatih membuat tangki septik kedap di Balai Desa Pagatan Besar, 23–25/11; akan terlibat 120 tangki septik 2027.",
    p="40 urang Kusan Hilir baajar maulah septik tank nang kedap di Pagatan Besar 👷 Salawas ini tukang maulah septik kada badasar, marembes ka sumur. Nang lulus dapat sertifikat, kaina umpat mambangun 120 septik 2027",
    it="Tanbu latih 40 tukang tangki septik di Pagatan Besar",
    n=[("tanbu", 60, "same hall, other training: fish processing",
        "Balai Desa Pagatan Besar minggu depan dipakai pelatihan pengolahan ikan asin untuk 30 ibu nelayan."),
       ("tanbu", 130, "a septic tank collapse story, other village",
        "Septik tank rumah warga di Batulicin ambruk karena tanah lembek, untung tidak ada korban. Tukang bilang dasarnya tidak dicor."),
       ("ktb", 40, "Kotabaru tukang certification, other trade",
        "Sebanyak 35 tukang kayu di Kotabaru mengikuti uji sertifikasi kompetensi di gedung BLK, difasilitasi dinas tenaga kerja.")],
    b=("tanbu", 20, "call for participants the day before",
       "Masih dibuka 3 kursi lagi untuk pelatihan tukang septik di Pagatan Besar mulai besok. Yang berminat datang ke balai desa bawa KTP."),
))
