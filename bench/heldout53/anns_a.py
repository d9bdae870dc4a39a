# Hand-written releases a01-a14 with their summaries (s, s2), paraphrase (p), round-up item (it),
# look-alikes (n: kabupaten, hours after the release (negative = before it), how it differs, text)
# and an optional `before` post (b: kabupaten, hours before the release, how it differs, text).
A = []

A.append(dict(
    id="a01", src="disperkim-kalsel", t="11-02 10:15", slug="disperkim-kalsel-salurkan-1200-tandon-penampung-air-hujan-ke-24-desa",
    title="Disperkim Kalsel Salurkan 1.200 Tandon Penampung Air Hujan ke 24 Desa",
    text="""BANJARBARU – Dinas Perumahan Rakyat dan Kawasan Permukiman (Disperkim) Provinsi Kalimantan Selatan mulai menyalurkan 1.200 unit penampungan air hujan (PAH) berkapasitas 2.200 liter ke 24 desa di lahan gambut dan pesisir. Penyaluran dilepas Senin (2/11/2026) dari halaman kantor Disperkim di Banjarbaru.

Desa penerima tersebar di Barito Kuala, Banjar, Tanah Laut, Hulu Sungai Utara dan Kotabaru. Setiap unit dilengkapi talang, saringan pasir dan kran. “Di desa gambut, air hujan masih sumber utama warga saat kemarau. Tandon ini supaya air yang ditampung tidak bercampur lumpur dan jentik,” kata Kepala Disperkim Kalsel, Ir. Rahmadi Fauzan.

Pemasangan dikerjakan kelompok warga dengan pendampingan fasilitator kecamatan dan ditargetkan tuntas akhir November. Desa yang belum terdata dapat mengusulkan melalui camat untuk tahap 2027. (disperkim/rz)""",
    s="Disperkim Kalsel mulai membagikan 1.200 tandon PAH 2.200 liter ke 24 desa gambut dan pesisir di lima kabupaten, pemasangan target akhir November.",
    s2="Tandon air hujan dari provinsi sudah dilepas dari Banjarbaru: 1.200 unit, tiap unit ada talang, saringan pasir dan kran. Desa yang belum dapat bisa mengusulkan lewat camat untuk 2027.",
    p="Dangsanak, Disperkim Kalsel mambagi 1.200 tandon banyu hujan gasan 24 desa gambut wan pesisir 💧 sabuting isinya 2.200 liter, ada saringan pasirnya jua. Nang kada tadata, usulakan haja lewat camat gasan tahun 2027 #PAH #banyuhujan",
    it="1.200 tandon air hujan provinsi untuk 24 desa gambut/pesisir",
    n=[("tala", 52, "village's own 40 tanks from dana desa, 1.000 l, not the provincial 1.200",
        "Alhamdulillah, Pemdes Tabanio memasang 40 tandon air hujan ukuran 1.000 liter di rumah warga RT 3 dan RT 5. Dananya dari dana desa tahun ini, dipasang bergotong royong Minggu kemarin. Terima kasih bapak-bapak yang sudah bantu angkat talang."),
       ("banjar", -320, "last year's edition: 800 tanks for 15 villages (2025)",
        "KILAS BALIK 2025 📸 Tahun lalu Disperkim Kalsel membagikan 800 tandon air hujan ke 15 desa, termasuk Aluh-Aluh Besar. Setahun dipakai, warga bilang airnya jauh lebih bersih waktu kemarau. Semoga tahun ini ada lagi."),
       ("bjb", 75, "shop advert for 2.200-litre tanks, not the programme",
        "PROMO AKHIR TAHUN toko bangunan kami: tandon 2.200 liter warna biru, free antar wilayah Banjarbaru–Martapura, bonus kran dan pelampung. Cocok untuk tampung air hujan. Inbox aja ya kak 🙏")],
    b=("bjb", 17, "the evening before: trucks loading at the Disperkim yard, no figures",
       "Sore ini halaman kantor Disperkim Kalsel di Banjarbaru penuh truk yang memuat tandon biru. Kata petugas yang jaga, besok pagi dilepas ke desa-desa gambut. Kita tunggu kabar resminya."),
))

A.append(dict(
    id="a02", src="pemkab-batola", t="11-11 15:40", slug="260-tandon-air-hujan-tiba-di-tabunganen",
    title="260 Tandon Air Hujan Tiba di Tabunganen",
    text="""MARABAHAN – Sebanyak 260 unit tandon penampungan air hujan bantuan Pemerintah Provinsi Kalimantan Selatan tiba di Kecamatan Tabunganen, Barito Kuala, Rabu (11/11/2026). Tandon berkapasitas 2.200 liter itu diangkut dengan kelotok dari dermaga Handil Bakti karena sebagian desa belum terhubung jalan darat.

Penerimanya tersebar di empat desa, dengan prioritas rumah yang belum memiliki sumur atau sambungan PDAM. “Saat musim kemarau warga Tabunganen membeli air Rp5.000 per jeriken. Dengan tandon ini, air hujan bisa disimpan sampai dua bulan,” ujar Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Batola, Hj. Sri Wahyuni Ardiansyah.

Pemasangan dijadwalkan selesai Sabtu (21/11/2026), dikerjakan warga bersama fasilitator kecamatan. Pemkab meminta kepala desa melaporkan foto pemasangan setiap unit. (prokom-batola/sw)""",
    s="260 tandon air hujan bantuan provinsi sudah sampai di Tabunganen, diangkut kelotok dari Handil Bakti. Untuk empat desa, pemasangan target selesai 21/11.",
    p="Alhamdulillah tandon banyu hujan 260 buting sudah datang di Tabunganen, dibawa lawan kelotok matan Handil Bakti 🚤 Biasanya kemarau warga manukar banyu Rp5.000 sajeriken, insyaallah kada lagi. Dipasang sampai 21/11 #Batola",
    it="260 tandon PAH provinsi tiba di Tabunganen (pasang sampai 21/11)",
    n=[("batola", 140, "PDAM tanker schedule for Tabunganen, not tanks",
        "Info jadwal mobil tangki PDAM Batola ke Tabunganen minggu ini: Selasa dan Jumat, titik di dermaga desa. Warga diminta membawa jeriken sendiri, 4 jeriken per KK."),
       ("batola", 200, "another kecamatan (Jejangkit) asking when its tanks come; not in the list",
        "Warga Jejangkit banyak yang tanya, tandon air hujan itu kapan ke sini? Sampai sekarang belum ada info resmi untuk Jejangkit, camat bilang masih diusulkan untuk tahun depan. Jadi jangan percaya dulu kalau ada yang minta uang pendaftaran."),
       ("bjm", 90, "same dock, another cargo: school books by kelotok",
        "Pagi ini dari dermaga Handil Bakti berangkat kelotok bermuatan 2.000 buku bacaan untuk SD di pesisir Barito Kuala. Sumbangan komunitas literasi Banjarmasin, diantar langsung oleh relawan.")],
))

A.append(dict(
    id="a03", src="pemkab-hsu", t="11-16 09:20", slug="pemkab-hsu-pasang-90-tandon-air-hujan-di-paminggir",
    title="Pemkab HSU Pasang 90 Tandon Air Hujan di Paminggir",
    text="""AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara memasang 90 tandon penampungan air hujan di Kecamatan Paminggir dengan dana APBD 2026. Tandon berkapasitas 1.500 liter itu diserahkan Senin (16/11/2026) kepada warga Desa Paminggir, Paminggir Seberang dan Tampakang, di luar bantuan provinsi yang menyasar desa lain.

Setiap tandon ditempatkan di atas panggung kayu ulin setinggi satu meter agar tidak terendam saat air pasang. “Rumah di Paminggir berdiri di atas rawa. Kami pilih ukuran 1.500 liter supaya kuat ditopang panggung rumah,” kata Kepala Dinas PUPRP HSU, H. Muhammad Arsyad Nawawi.

Dinas akan memantau pemakaian selama tiga bulan sebelum menambah unit di Danau Panggang pada 2027. Warga diminta rutin membersihkan saringan setiap selesai hujan deras. (diskominfo-hsu/an)""",
    s="HSU pakai APBD sendiri: 90 tandon air hujan 1.500 liter untuk Paminggir, Paminggir Seberang dan Tampakang, dipasang di atas panggung ulin.",
    p="Bubuhan Paminggir, Pemkab HSU mamasang 90 tandon banyu hujan, 1.500 liter sabuting, ditaruh di panggung ulin supaya kada tarandam wayah banyu pasang. Nang dapat Paminggir, Paminggir Seberang wan Tampakang 🙏",
    it="HSU 90 tandon air hujan (APBD) di Paminggir",
    n=[("hsu", 110, "a family's own homemade tank from drums",
        "Inspirasi dari Danau Panggang: Pak Arbain bikin penampung air hujan sendiri dari tiga drum bekas yang disambung pipa, ditaruh di atas lanting. Biayanya cuma sekitar Rp600 ribu. Ada yang mau coba?"),
       ("hsu", 160, "Danau Panggang 2027 plan told as its own news (survey)",
        "Tim Dinas PUPRP HSU hari ini mendata rumah di Danau Panggang untuk usulan tandon air hujan tahun 2027. Baru pendataan, belum ada pembagian. Warga diminta siapkan KK saat didatangi petugas."),
       ("hsu", -200, "same villages, another aid: speedboat for the puskesmas",
        "Puskesmas Paminggir menerima satu unit speedboat ambulans baru untuk melayani Paminggir Seberang dan Tampakang. Sekarang pasien rujukan bisa lebih cepat sampai ke Amuntai.")],
    b=("hsu", 20, "the day before: tanks seen on a barge, rumour",
       "Tadi sore lewat kapal di depan rumah membawa tandon oranye banyak banar, katanya gasan Paminggir. Betul kah dapat bantuan tandon? Siapa yang tahu info resminya?"),
))

A.append(dict(
    id="a04", src="pupr-kalsel", t="11-05 16:30", slug="150-pengurus-bpspams-ikuti-pelatihan-pengelolaan-air-desa",
    title="150 Pengurus BPSPAMS Ikuti Pelatihan Pengelolaan Air Desa",
    text="""BANJARBARU – Dinas PUPR Provinsi Kalimantan Selatan melatih 150 pengurus Badan Pengelola Sistem Penyediaan Air Minum dan Sanitasi (BPSPAMS) dari 75 desa, Rabu–Kamis (4–5/11/2026), di Aula Bidang Cipta Karya, Banjarbaru. Setiap desa mengirim ketua dan bendahara pengelola air bersih perpipaan.

Materi meliputi pencatatan meter, penyusunan iuran, perawatan pompa dan pembukuan sederhana. “Banyak SPAM desa berhenti bukan karena pipanya rusak, tapi karena iurannya tidak dicatat dan tidak ada dana perbaikan,” kata Kepala Bidang Cipta Karya PUPR Kalsel, Ir. Fitriani Lubis.

Peserta pulang membawa buku kas dan aplikasi pencatatan meter di ponsel. Pendamping kabupaten akan mengecek laporan iuran setiap bulan mulai Desember. (pupr-kalsel/fl)""",
    s="PUPR Kalsel melatih 150 pengurus BPSPAMS dari 75 desa soal pencatatan meter, iuran dan perawatan pompa, 4–5 November di Banjarbaru.",
    s2="Pelatihan pengelola air desa di Aula Cipta Karya Banjarbaru: ketua dan bendahara BPSPAMS 75 desa dapat buku kas dan aplikasi catat meter, laporan iuran dicek tiap bulan mulai Desember.",
    p="Pengurus banyu desa 150 urang matan 75 desa dilatih PUPR Kalsel di Banjarbaru, baajar mancatat meter, maatur iuran, marawat pompa. Jar Bu Kabid, banyak SPAM desa mati bukan pipanya rusak tapi iurannya kada tacatat 😅",
    it="pelatihan 150 pengurus BPSPAMS 75 desa (PUPR Kalsel)",
    n=[("bjb", 30, "same hall, next day: training for road-works supervisors",
        "Jumat pagi di Aula Bidang Cipta Karya Banjarbaru digelar bimtek 60 pengawas lapangan jalan dan jembatan. Materinya soal uji kepadatan aspal dan laporan harian proyek."),
       ("tapin", 96, "a village BPSPAMS meeting raising its own iuran",
        "Hasil rapat BPSPAMS Desa Rantau Kiwa malam tadi: iuran air naik jadi Rp3.500 per meter kubik mulai Januari, untuk ganti pompa yang sudah tua. Rapat dihadiri 48 pelanggan."),
       ("banjar", -260, "the 2025 training (100 pengurus, 50 desa)",
        "Tahun lalu kami ikut pelatihan pengurus air desa di Banjarbaru, waktu itu 100 orang dari 50 desa. Ilmunya masih dipakai sampai sekarang, terutama buku kasnya.")],
    b=("hsu", 34, "departure of the village's two delegates, before the release",
       "Ketua dan bendahara pengelola air Desa Sungai Malang berangkat ke Banjarbaru pagi ini untuk ikut pelatihan dua hari. Semoga pulang bawa ilmu supaya air lancar terus."),
))

A.append(dict(
    id="a05", src="pemkab-tabalong", t="11-09 14:05", slug="tarif-air-desa-tabalong-diseragamkan-rp3000-per-kubik",
    title="Tarif Air Desa Tabalong Diseragamkan Rp3.000 per Kubik",
    text="""TANJUNG – Pemerintah Kabupaten Tabalong menetapkan tarif air minum perdesaan seragam Rp3.000 per meter kubik bagi 48 BPSPAMS melalui Peraturan Bupati yang diumumkan Senin (9/11/2026). Sebelumnya iuran di desa berkisar Rp2.000 hingga Rp6.000 dan sebagian dipungut tanpa meter.

Bersamaan dengan itu, Pemkab memasang 2.100 meter air baru di rumah pelanggan yang selama ini membayar iuran rata. “Tarif seragam ini adil: yang pakai banyak bayar banyak, yang pakai sedikit bayar sedikit. Sebagian iuran wajib disisihkan untuk perawatan,” kata Asisten Perekonomian Setda Tabalong, Drs. Yusran Hakim.

Tarif baru berlaku pada tagihan Januari 2027. BPSPAMS wajib menempel daftar tarif di balai desa paling lambat 30 November. (diskominfo-tbl/yh)""",
    s="Tabalong seragamkan tarif air desa Rp3.000/m³ untuk 48 BPSPAMS, plus 2.100 meter air baru. Berlaku tagihan Januari 2027.",
    s2="Perbup tarif air perdesaan Tabalong: Rp3.000 per kubik, dulu Rp2.000–6.000. Daftar tarif wajib ditempel di balai desa paling lambat 30/11.",
    p="Tarif banyu desa di Tabalong wayah ini sama haja, Rp3.000 sakubik, kada lagi ada nang Rp6.000. Meteran hanyar 2.100 buting dipasang jua. Mulai tagihan Januari 2027 lah dangsanak 💧 #Tabalong",
    it="Tabalong tarif air desa seragam Rp3.000/m³ (Jan 2027)",
    n=[("tbl", 50, "a village already at Rp3.000 under its own rule, announcing its SHU",
        "BPSPAMS Desa Mabuun membagikan laporan tahunan: 310 pelanggan, kas perawatan Rp41 juta. Tarif kami memang sudah Rp3.000 per kubik sejak 2024 lewat musyawarah desa."),
       ("tbl", 120, "complaint about a high bill from the town PDAM, not village tariff",
        "Tagihan PDAM bulan ini kok naik terus ya, rumah kami di Tanjung cuma bertiga tapi Rp186 ribu. Ada yang sama? Mau tanya ke kantor besok."),
       ("blg", 70, "Balangan rumour of a tariff change, denied",
        "Ada pesan berantai katanya tarif air desa di Balangan naik jadi Rp5.000 mulai Desember. Kami sudah tanya ke dinas: belum ada info resmi, itu tidak benar. Mohon jangan disebar.")],
))

A.append(dict(
    id="a06", src="pemkab-hst", t="11-13 11:10", slug="12-spam-perdesaan-mangkrak-di-hst-dihidupkan-lagi",
    title="12 SPAM Perdesaan Mangkrak di HST Dihidupkan Lagi",
    text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah menghidupkan kembali 12 sistem penyediaan air minum (SPAM) perdesaan yang mangkrak, dengan anggaran Rp2,4 miliar. Pekerjaan dimulai Jumat (13/11/2026) di Kecamatan Batang Alai Timur, Hantakan dan Limpasu.

Perbaikan meliputi penggantian pompa, pipa transmisi yang bocor dan bak penampung. Sebagian SPAM dibangun lewat Pamsimas sepuluh tahun lalu dan berhenti karena pengelolanya bubar. “Kami tidak mau hanya memperbaiki besi. Setiap desa wajib membentuk ulang pengelolanya sebelum air dialirkan,” kata Kepala Dinas PUPR HST, Ir. Gusti Rahmat Hidayat.

Sebanyak 1.640 sambungan rumah ditargetkan mengalir lagi pada pertengahan Desember. Desa yang belum membentuk pengelola akan ditunda. (humas-hst/gr)""",
    s="HST perbaiki 12 SPAM desa yang mangkrak (Rp2,4 M) di Batang Alai Timur, Hantakan, Limpasu; 1.640 SR ditarget mengalir pertengahan Desember.",
    p="SPAM desa nang mati di HST, 12 buting, dibaiki pulang Rp2,4 miliar 💪 Di Batang Alai Timur, Hantakan wan Limpasu. Tapi pengelolanya wajib dibantuk ulang dulu, mun kada ditunda jar Kadis. Target banyu mangalir pertengahan Desember #HST",
    it="HST hidupkan 12 SPAM desa mangkrak (1.640 SR)",
    n=[("hst", 140, "a hamlet repairs its own gravity pipe with swadaya",
        "Warga Kampung Kiyu gotong royong mengganti 200 meter selang air dari mata air yang putus kena longsor kecil. Semua swadaya, selesai dalam sehari. Air sudah mengalir lagi ke 35 rumah."),
       ("hst", -150, "last year's complaint about an idle SPAM",
        "Sudah dua tahun bak air Pamsimas di desa kami cuma jadi pajangan. Pompa rusak, pengurus tidak ada. Kapan ada perhatian?"),
       ("hss", 60, "HSS Pamsimas inauguration with other figures",
        "Peresmian SPAM Desa Angkinang Selatan: 210 sambungan rumah, dana desa Rp380 juta, diresmikan camat Rabu kemarin. Iuran awal Rp2.500 per kubik.")],
    b=("hst", 30, "the day before: excavator arriving in Batang Alai Timur",
       "Ekskavator kecil sudah turun di dekat bak SPAM desa kami di Batang Alai Timur. Katanya mulai besok pipa diganti. Moga-moga kali ini air betul-betul mengalir."),
))

A.append(dict(
    id="a07", src="pemkot-banjarmasin", t="11-09 13:25", slug="400-tangki-septik-biofilter-untuk-warga-bantaran-sungai.html",
    title="400 Tangki Septik Biofilter untuk Warga Bantaran Sungai",
    text="""BANJARMASIN – Pemerintah Kota Banjarmasin mulai memasang 400 tangki septik biofilter di rumah warga bantaran sungai, Senin (9/11/2026). Tahap pertama menyasar Kelurahan Alalak Utara, Sungai Jingah dan Basirih, tempat sebagian rumah masih membuang tinja langsung ke sungai.

Tangki fiber berkapasitas 1.000 liter itu dipasang di kolong rumah panggung dan disambungkan ke kloset yang sudah ada. Warga tidak dipungut biaya. “Sungai adalah dapur dan kamar mandi kita bersama. Kalau tinja masuk sungai, yang sakit kita semua,” ujar Kepala Dinas PUPR Kota Banjarmasin, H. Fauzi Rakhman Noor.

Pemasangan dikerjakan empat kelompok tukang setempat dan ditargetkan rampung 20 Desember. Ketua RT diminta mendampingi petugas saat pengukuran. (humas-bjm/fr)""",
    s="Banjarmasin pasang 400 tangki septik biofilter gratis di rumah bantaran Alalak Utara, Sungai Jingah dan Basirih, mulai 9/11, target 20 Desember.",
    s2="Septik tank fiber 1.000 liter dipasang di kolong rumah panggung warga bantaran sungai Banjarmasin, tanpa biaya. Empat kelompok tukang lokal, RT diminta mendampingi pengukuran.",
    p="Warga bantaran Alalak Utara, Sungai Jingah wan Basirih, ada septik tank biofilter gratis matan Pemkot, 400 buting 🚽 Ditaruh di kolong rumah, kada usah bayar. Supaya tahi kada langsung ka sungai lagi lah 🙏 #sungaibersih",
    it="Banjarmasin 400 tangki septik biofilter bantaran sungai",
    n=[("bjm", 60, "a private desludging/septic advert",
        "JASA SEDOT WC & PASANG SEPTIC TANK FIBER area Banjarmasin, garansi 1 tahun, harga mulai Rp2,8 juta. Pengerjaan 1 hari. Hubungi admin lewat inbox."),
       ("bjm", -340, "last year's 120 latrines in Kelayan from Baznas",
        "Alhamdulillah 120 jamban sehat bantuan Baznas untuk warga Kelayan sudah selesai dipasang semua. Terima kasih para donatur. (Oktober 2025)"),
       ("bjm", 170, "same kelurahan, another thing: a floating-trash boom",
        "Di Sungai Jingah hari ini dipasang jaring penahan sampah apung sepanjang 40 meter oleh DLH. Warga diminta tidak membuang sampah dari jembatan.")],
))

A.append(dict(
    id="a08", src="pemkab-tanah-laut", t="11-19 15:50", slug="150-tangki-septik-individual-diserahkan-di-takisung",
    title="150 Tangki Septik Individual Diserahkan di Takisung",
    text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut menyerahkan 150 tangki septik individual kepada warga Desa Tabanio dan Desa Takisung, Kamis (19/11/2026). Bangunan dari beton pracetak itu dikerjakan sejak September dengan Dana Alokasi Khusus sanitasi Rp1,35 miliar.

Desa pesisir dipilih karena tinggi muka air tanahnya dangkal, sehingga cubluk lama mencemari sumur gali. “Sekarang limbah tertampung rapat, sumur warga aman. Kami minta tangki disedot paling lama tiga tahun sekali,” kata Sekretaris Daerah Tanah Laut, Dr. H. Ahmad Fadillah.

Penyerahan ditandai dengan uji alir di rumah warga RT 4 Tabanio. Penyedotan pertama dapat dipesan melalui UPTD pengelolaan limbah. Pemkab juga membentuk kelompok pemanfaat untuk mencatat jadwal penyedotan. (kominfo-tala/af)""",
    s="Tala serahkan 150 tangki septik individual di Tabanio dan Takisung, DAK sanitasi Rp1,35 M. Disedot paling lama 3 tahun sekali.",
    p="150 tangki septik hanyar sudah diserahakan lawan warga Tabanio wan Takisung 🙏 Di pesisir banyu tanahnya dangkal, cubluk lawas marusak sumur. Wayah ini aman, asal disadut 3 tahun sakali jar Pak Sekda #Tala",
    it="Tala serahkan 150 tangki septik di Tabanio–Takisung",
    n=[("tala", 100, "sedot tinja truck schedule in Pelaihari, different service",
        "Jadwal truk sedot tinja UPTD Pelaihari minggu depan: Kelurahan Angsau Selasa, Karang Taruna Rabu. Tarif Rp250 ribu per rumah, daftar di kantor kelurahan."),
       ("tala", 30, "same Sekda the same day at a football opening",
        "Sekda Tanah Laut membuka Turnamen Sepak Bola Antar-Desa Piala Bupati di Lapangan Takisung sore tadi. 24 tim ikut, final direncanakan 6 Desember."),
       ("tala", -240, "the works in progress in October (casting), told as its own news",
        "Tukang di RT 4 Tabanio sedang mengecor bak septik untuk program sanitasi. Sudah separuh rumah dikerjakan, katanya selesai November.")],
    b=("tala", 6, "morning of the handover: tent being set up",
       "Tenda sudah berdiri di depan rumah warga RT 4 Tabanio, katanya siang ini ada penyerahan tangki septik. Ramai bapak-bapak dinas."),
))

A.append(dict(
    id="a09", src="pemkab-tapin", t="11-06 10:40", slug="220-calon-penerima-tangki-septik-diverifikasi",
    title="220 Calon Penerima Tangki Septik Diverifikasi",
    text="""RANTAU – Dinas Perumahan dan Kawasan Permukiman Kabupaten Tapin memverifikasi 220 calon penerima tangki septik individual tahun 2027, Jumat (6/11/2026). Petugas mendatangi rumah di Kecamatan Tapin Utara dan Candi Laras Selatan untuk mengukur lahan dan memeriksa kloset.

Syaratnya, rumah dihuni sendiri, belum memiliki tangki septik kedap dan tersedia lahan minimal 1,5 meter persegi. “Verifikasi ini supaya bantuan tidak salah sasaran. Rumah yang tidak memenuhi syarat akan kami catat untuk jamban sehat program lain,” kata Kepala Disperkim Tapin, Noor Hidayati, S.T.

Verifikasi berlangsung hingga 20 November. Daftar penerima akan diumumkan di kantor desa pada Desember dan pembangunan dimulai Maret 2027. (tapin/nh)""",
    s="Disperkim Tapin verifikasi 220 calon penerima tangki septik 2027 di Tapin Utara dan Candi Laras Selatan, sampai 20/11; bangun Maret 2027.",
    p="Nang handak dapat septik tank gratis di Tapin Utara wan Candi Laras Selatan, petugas Disperkim datang ka rumah maukur lahan, 220 calon. Syaratnya rumah sorangan, balum baisi septik, lahan 1,5 meter. Sampai 20/11 lah 👍",
    it="Tapin verifikasi 220 calon penerima tangki septik 2027",
    n=[("tapin", 150, "a village posting its own shortlist of 18 households for jamban",
        "Pengumuman Desa Margasari: 18 KK penerima jamban sehat dari dana desa 2026, daftar lengkap ditempel di kantor desa. Pembangunan mulai minggu depan."),
       ("tapin", 40, "same office, another object: house-numbering data",
        "Disperkim Tapin mengumumkan pendataan nomor rumah dan nama jalan di Kelurahan Rangda Malingkung. Petugas akan memasang stiker nomor sementara."),
       ("tapin", 60, "scam warning: fee for 'pendaftaran septik'",
        "HATI-HATI! Ada orang mengaku petugas yang minta Rp150 ribu untuk daftar bantuan septik tank. Verifikasi resmi TIDAK dipungut biaya. Laporkan ke RT.")],
))

A.append(dict(
    id="a10", src="pemkab-banjar", t="11-07 17:05", slug="64-jamban-apung-di-sungai-martapura-dibongkar",
    title="64 Jamban Apung di Sungai Martapura Dibongkar",
    text="""MARTAPURA – Sebanyak 64 jamban apung di sepanjang Sungai Martapura, Kelurahan Sungai Paring dan Pasayangan, dibongkar dalam gotong royong Sabtu (7/11/2026). Sebagai pengganti, Pemkab Banjar membangun enam MCK komunal di tepi sungai yang mulai dipakai hari itu.

Setiap MCK memiliki empat bilik, tangki septik bersama dan air dari sumur bor. Pengelolaannya diserahkan kepada kelompok warga dengan iuran Rp10.000 per keluarga per bulan. “Jamban apung itu tradisi lama, tapi kita juga mengambil air sungai yang sama untuk mandi dan mencuci,” kata Bupati Banjar, H. Saidi Mansyur Rahman.

Pemkab menargetkan seluruh jamban apung di Martapura Kota hilang pada akhir 2027. Warga yang masih memakai jamban apung akan didata RT. (mc-banjar/sm)""",
    s="Gotong royong bongkar 64 jamban apung di Sungai Martapura (Sungai Paring, Pasayangan), diganti 6 MCK komunal dengan iuran Rp10 ribu/bulan.",
    s2="Jamban apung di Martapura dibongkar 7/11: ada 6 MCK komunal baru, masing-masing 4 bilik dan sumur bor. Target semua jamban apung Martapura Kota hilang akhir 2027.",
    p="Batang wan jamban di Sungai Martapura 64 buting dibungkar bubuhan warga Sungai Paring wan Pasayangan 💪 Gantinya MCK 6 buting, ampat bilik, iuran sapuluh ribu sabulan. Jar Pa Bupati, kita mandi wan mambasuh di banyu nang sama jua 😅",
    it="Banjar bongkar 64 jamban apung, 6 MCK komunal",
    n=[("banjar", 100, "Astambul kampung's own latrine from dana desa",
        "Desa Tambak Danau di Astambul meresmikan satu WC umum di dekat langgar, dibangun dari dana desa Rp45 juta. Airnya dari PDAM."),
       ("banjar", -190, "rumour and hope before any official plan, different village",
        "Dengar-dengar jamban di sungai Kampung Keraton mau dibongkar semua, tapi belum ada info resmi. Kalau dibongkar kami mandi di mana?"),
       ("banjar", 48, "same riverside, another event: a kelotok race",
        "Lomba balap kelotok di Sungai Martapura depan Sungai Paring ramai sekali Minggu sore. Juara 1 dari Pasayangan, hadiah Rp5 juta.")],
    b=("banjar", 16, "the evening before: announcement from the langgar",
       "Pengumuman dari langgar: besok pagi jam 7 warga Sungai Paring kumpul di tepi sungai bawa parang dan tali, gotong royong. Ada pembongkaran jamban, konsumsi disiapkan."),
))

A.append(dict(
    id="a11", src="pemkab-hss", t="11-12 14:20", slug="delapan-mck-komunal-di-daha-utara-siap-dipakai.html",
    title="Delapan MCK Komunal di Daha Utara Siap Dipakai",
    text="""KANDANGAN – Delapan MCK komunal di tepi Sungai Nagara, Kecamatan Daha Utara, diresmikan Wakil Bupati Hulu Sungai Selatan, Kamis (12/11/2026). Fasilitas itu dibangun untuk menggantikan sekitar 120 jamban apung milik warga Desa Pandak Daun dan sekitarnya.

Setiap MCK dibangun di atas tiang ulin, lantainya setinggi batas banjir tahun lalu, dan menggunakan tangki septik bersusun. Total anggaran Rp1,6 miliar dari APBD. “Kalau banjir datang, MCK ini tetap bisa dipakai. Itu yang membuat warga mau meninggalkan jamban apung,” ujar Wakil Bupati HSS, H. Abdul Latif Syahrani.

Pembongkaran jamban apung dilakukan bertahap oleh warga setelah MCK dipakai sebulan. Camat Daha Utara akan melaporkan perkembangannya setiap pekan. (diskominfo-hss/al)""",
    s="Wabup HSS resmikan 8 MCK komunal di tepi Sungai Nagara, Daha Utara (Rp1,6 M), pengganti ±120 jamban apung; bongkar bertahap.",
    p="Di Daha Utara wayah ini ada 8 MCK komunal di pinggir Sungai Nagara, tiangnya ulin, kada tarandam mun banjir 🙏 Gantinya jamban apung kurang labih 120 buting, dibungkar pelan-pelan. Pandak Daun mantap!",
    it="HSS resmikan 8 MCK komunal Daha Utara",
    n=[("hss", 45, "same Wabup same day, other event (MTQ opening)",
        "Wakil Bupati HSS membuka MTQ tingkat Kecamatan Daha Selatan malam tadi di Halaman Masjid Baangkat. 9 desa mengirim kafilah."),
       ("hss", 210, "the dismantling told as its own later news, different number",
        "Hari ini 23 jamban apung di Pandak Daun dibongkar warga sendiri, sisanya menyusul. Warga sudah terbiasa ke MCK baru."),
       ("hss", -400, "2025 flood that swept away latrines, background",
        "Foto lama banjir 2025: jamban apung di Sungai Nagara banyak yang hanyut terbawa arus. Semoga tidak terulang.")],
))

A.append(dict(
    id="a12", src="pemkab-batola", t="11-24 10:00", slug="mck-plus-kuripan-gunakan-panel-surya-untuk-pompa",
    title="MCK Plus Kuripan Gunakan Panel Surya untuk Pompa",
    text="""MARABAHAN – Lima MCK Plus di Kecamatan Kuripan, Barito Kuala, mulai beroperasi Selasa (24/11/2026). Berbeda dengan MCK biasa, fasilitas ini dilengkapi pompa bertenaga panel surya sehingga air sungai yang disaring bisa dialirkan tanpa listrik PLN.

Setiap MCK melayani sekitar 30 keluarga yang selama ini memakai jamban di atas sungai. Pembangunannya didanai Rp950 juta dari APBD Batola 2026. “Di Kuripan listrik sering padam, jadi pompa tenaga surya adalah pilihan yang masuk akal,” kata Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Batola, Hj. Sri Wahyuni Ardiansyah.

Kelompok pemanfaat sudah dilatih merawat panel dan membersihkan saringan. Dinas akan mengevaluasi pemakaian pada Februari 2027 sebelum membangun di kecamatan lain. (prokom-batola/sw)""",
    s="5 MCK Plus di Kuripan, Batola, beroperasi 24/11 dengan pompa tenaga surya (APBD Rp950 juta), masing-masing untuk ±30 KK.",
    p="MCK Plus di Kuripan 5 buting sudah kawa dipakai, pompanya pakai panel surya, jadi mun PLN padam banyu tatap mangalir ☀️ Sabuting gasan 30-an KK. Mantap Batola!",
    it="Batola 5 MCK Plus tenaga surya di Kuripan",
    n=[("batola", 60, "a household solar-lamp story, not a latrine",
        "Warga Kuripan kini banyak yang pasang lampu tenaga surya sendiri karena listrik sering padam. Harganya sekitar Rp350 ribu satu set."),
       ("batola", 150, "same Kadis visiting a rusunawa on another day",
        "Kepala Disperkim Batola meninjau kebersihan rusunawa Marabahan Kamis kemarin dan meminta penghuni rutin kerja bakti."),
       ("batola", -70, "the village's own wish list in musrenbang",
        "Hasil musrenbang Desa Kuripan: usulan nomor satu tahun depan adalah WC umum di pasar. Semoga diakomodir.")],
    b=("batola", 22, "the day before: trial of the solar pump",
       "Tadi siang teknisi mencoba pompa tenaga surya di MCK baru Kuripan, airnya keluar deras. Katanya besok mulai dibuka untuk warga."),
))

A.append(dict(
    id="a13", src="bp2p-kalimantan", t="11-04 09:30", slug="bsps-2026-kalsel-1340-rumah-dana-cair-lewat-toko-bangunan",
    title="BSPS 2026 Kalsel: 1.340 Rumah, Dana Cair Lewat Toko Bangunan",
    text="""BANJARBARU – Balai Pelaksana Penyediaan Perumahan Kalimantan II menetapkan 1.340 rumah di Kalimantan Selatan sebagai penerima Bantuan Stimulan Perumahan Swadaya (BSPS) 2026. Penetapan diumumkan Rabu (4/11/2026) di Banjarbaru.

Setiap rumah mendapat Rp20 juta, terdiri atas Rp17,5 juta untuk bahan bangunan dan Rp2,5 juta untuk upah tukang. Dana tidak diterima tunai, melainkan disalurkan ke toko bangunan yang dipilih kelompok penerima. “Warga tetap bergotong royong. Bantuan ini stimulan, bukan rumah jadi,” kata Kepala Balai, Ir. Hendra Kusumawijaya, M.T.

Pencairan tahap pertama ke toko bangunan dimulai 9 November. Daftar penerima per kabupaten dapat dilihat di kantor dinas perkim setempat. Fasilitator lapangan akan memotret rumah pada kondisi 0, 50 dan 100 persen. (bp2p-kal2/hk)""",
    s="BSPS 2026 di Kalsel: 1.340 rumah, Rp20 juta per rumah (17,5 juta bahan, 2,5 juta upah), dana lewat toko bangunan mulai 9/11.",
    s2="Bantuan bedah rumah swadaya BSPS bukan uang tunai: disalurkan ke toko bangunan pilihan kelompok penerima. Total 1.340 rumah se-Kalsel tahun ini.",
    p="BSPS tahun ini di Kalsel 1.340 buah rumah, sabuting dapat Rp20 juta, 17,5 bahan wan 2,5 upah tukang. Duitnya kada dibari tunai, langsung ka toko bangunan 👷 Cair mulai 9 November. Tatap bagawi basama lah dangsanak",
    it="BSPS 2026: 1.340 rumah di Kalsel, Rp20 juta/rumah",
    n=[("bjb", 80, "a building-supply shop advert mentioning BSPS",
        "Toko kami melayani pembelian material untuk kelompok penerima bantuan rumah. Semen, seng, kayu, kusen lengkap. Antar gratis Banjarbaru–Martapura."),
       ("blg", -300, "last year's BSPS handover in Balangan (2025)",
        "Rumah Pak Juhran di Juai selesai dibedah lewat BSPS 2025, sekarang sudah berdinding papan baru dan beratap seng. Terima kasih semua yang bergotong royong."),
       ("tanbu", 140, "hoax: BSPS registration link via WhatsApp",
        "AWAS HOAKS! Beredar link pendaftaran 'bantuan rumah Rp50 juta' lewat WhatsApp. Itu bukan dari pemerintah, jangan isi data pribadi.")],
    b=("tbl", 40, "rumour before the list is out",
       "Katanya daftar penerima bantuan rumah swadaya tahun ini sudah turun, tapi di desa belum ada pengumuman. Sabar dulu ya bapak ibu."),
))

A.append(dict(
    id="a14", src="pemkab-tabalong", t="11-17 16:15", slug="160-rumah-bsps-di-muara-harus-dan-tanta-mulai-dibangun",
    title="160 Rumah BSPS di Muara Harus dan Tanta Mulai Dibangun",
    text="""TANJUNG – Pembangunan 160 rumah penerima Bantuan Stimulan Perumahan Swadaya (BSPS) di Kecamatan Muara Harus dan Tanta, Tabalong, dimulai Selasa (17/11/2026). Material tahap pertama berupa semen, seng dan kayu diantar toko bangunan ke 11 desa penerima.

Rumah penerima tahun ini bagian dari kuota BSPS Kalimantan Selatan. Sebagian besar rumah berdinding papan lapuk dan berlantai tanah. “Tukangnya warga sendiri, bahan dari toko yang dipilih kelompok. Kami di kabupaten memastikan tidak ada potongan,” kata Kepala Dinas Perumahan dan Permukiman Tabalong, H. Jarkasi Mukhlis, S.T.

Pekerjaan ditargetkan selesai 120 hari. Warga yang menemukan pungutan dapat melapor ke kantor dinas atau kanal aduan Pemkab. (diskominfo-tbl/jm)""",
    s="Tabalong mulai bangun 160 rumah BSPS di Muara Harus dan Tanta (11 desa), material tahap 1 sudah diantar; target 120 hari.",
    p="Rumah BSPS di Muara Harus wan Tanta, 160 buting, mulai digawi 💪 Samen, seng, kayu sudah diantar toko ka 11 desa. Tukangnya urang kampung sorang. Mun ada nang mamutung duit, lapurakan haja jar Kadis #Tabalong",
    it="Tabalong mulai bangun 160 rumah BSPS (Muara Harus, Tanta)",
    n=[("tbl", 90, "a Baznas house renovation in Tanta, one house",
        "Baznas Tabalong menyerahkan kunci satu rumah layak huni untuk Nenek Siti di Tanta, dibangun dari dana zakat Rp45 juta."),
       ("tbl", 200, "the same number 160 meaning something else: 160 food parcels in Muara Harus",
        "Sebanyak 160 paket sembako dari CSR perusahaan dibagikan di balai Desa Muara Harus Sabtu pagi, untuk lansia dan janda. Terima kasih atas kepeduliannya."),
       ("tbl", -500, "2025 edition: 95 rumah in Jaro",
        "Arsip: BSPS 2025 di Kecamatan Jaro, 95 rumah, selesai Desember tahun lalu. Dokumentasi kegiatan ada di album kami.")],
))
