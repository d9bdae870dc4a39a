# -*- coding: utf-8 -*-
"""heldout51, hand-written: transmigration releases (a01-a09, a36, a37, a40) with their own-words
summaries (S short, L long), a Banjar/casual paraphrase (P), look-alikes (N) and `before` posts (B).
Each look-alike says how it differs from the release (d)."""

A = {}

A["a01"] = dict(
    src="disnakertrans-kalsel", at="2026-11-02T15:20",
    title="Kalsel Siapkan Penempatan 150 KK Transmigran Baru di Tiga Kawasan",
    text=[
        "BANJARBARU – Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Provinsi Kalimantan Selatan menyiapkan penempatan "
        "150 kepala keluarga (KK) transmigran baru tahun 2026 di tiga kawasan: 60 KK di UPT Hampang SP-2 Kotabaru, 50 KK di "
        "UPT Mantewe SP-6 Tanah Bumbu, dan 40 KK di UPT Haruai SP-4 Tabalong. Rapat koordinasi dengan tiga kabupaten digelar "
        "Senin (2/11/2026) di Banjarbaru.",
        "“Rumah, jalan poros dan sumur bor di tiga lokasi sudah kami cek. Rombongan pertama kami perkirakan tiba "
        "pertengahan November,” kata Kepala Disnakertrans Kalsel, Muhammad Rifani Akbar. Ia menambahkan, separuh warga baru "
        "berasal dari Pulau Jawa dan sisanya penduduk setempat.",
        "Setiap keluarga akan menerima jatah hidup selama 12 bulan, lahan pekarangan 0,25 hektare dan pendampingan usaha "
        "tani. (mc-kalsel/dnt)",
    ],
    S="Disnakertrans Kalsel siapkan 150 KK transmigran baru 2026: 60 KK Hampang, 50 KK Mantewe, 40 KK Haruai. Tiba mulai pertengahan November.",
    L="Tahun ini Kalsel kedatangan 150 KK transmigran baru yang dibagi ke tiga kawasan: UPT Hampang SP-2 di Kotabaru (60 KK), "
      "UPT Mantewe SP-6 di Tanah Bumbu (50 KK) dan UPT Haruai SP-4 di Tabalong (40 KK). Kadisnakertrans Kalsel Muhammad Rifani "
      "Akbar bilang rumah, jalan poros dan sumur bor sudah dicek, rombongan pertama tiba pertengahan November. Tiap keluarga "
      "dapat jatah hidup 12 bulan dan lahan pekarangan seperempat hektare.",
    P="Dangsanak, tahun ini ada saratus limapuluh KK transmigran hanyar nang ditampatakan di Kalsel 🏡 Anam puluh KK ka Hampang "
      "Kotabaru, limapuluh ka Mantewe Tanbu, ampat puluh ka Haruai Tabalong. Jar Kadisnakertrans rumah wan sumur bor sudah "
      "dicek, rombongan partama datang tangah bulan November. Dapat jatah hidup satahun jua. #transmigrasi #Kalsel",
    N=[
        dict(t="Alhamdulillah, 50 KK warga transmigran baru tiba di UPT Mantewe SP-6 tadi sore, Rabu 25 November. Rombongan dari "
               "Jawa Timur dan Tanah Bumbu disambut Camat Mantewe dan warga SP-5 dengan nasi kuning. Kunci rumah dibagikan besok pagi. "
               "Selamat datang di kampung baru, dulur! 🙏",
             d="the arrival itself at Mantewe on 25 Nov, told as its own news (a01 is the provincial plan of 2 Nov; no release covers the Mantewe arrival)"),
        dict(t="Kilas balik: tahun 2025 Kalsel menempatkan 110 KK transmigran di dua kawasan, Hampang SP-1 dan Sungai Loban. "
               "Sebagian warga SP-1 kini sudah panen sawit pertama. Bagaimana kabar dangsanak di sana?",
             d="last year's placement (110 KK, 2025), a look-back"),
        dict(t="Rapat koordinasi di Banjarbaru hari ini juga membahas pelatihan kerja di BLK untuk 300 pencari kerja muda, "
               "bukan hanya soal transmigran. Pendaftaran pelatihan dibuka Desember di kantor Disnaker kabupaten masing-masing.",
             d="same office and day, another object (BLK training of 300 job seekers)", kim="kim-cempaka"),
    ],
    B=dict(t="Info: besok Senin ada rapat koordinasi transmigrasi di Banjarbaru, kabarnya bahas penempatan warga baru tahun ini "
             "di Kotabaru, Tanbu dan Tabalong. Ditunggu rilis resminya.",
           d="the day before the coordination meeting, announcing it; no figures", h=20),
)

A["a02"] = dict(
    src="pemkab-kotabaru", at="2026-11-11T19:10",
    title="60 KK Transmigran Tiba di UPT Hampang SP-2, Disambut Wakil Bupati",
    text=[
        "KOTABARU – Sebanyak 60 kepala keluarga (KK) atau 242 jiwa transmigran tiba di UPT Hampang SP-2, Kecamatan Hampang, "
        "Rabu (11/11/2026). Mereka terdiri atas 40 KK transmigran asal Jawa Tengah dan Daerah Istimewa Yogyakarta serta 20 KK "
        "transmigran penduduk setempat dari Kotabaru.",
        "Rombongan disambut Wakil Bupati Kotabaru, Rahmadi Saputra, di balai pertemuan UPT. “Mulai hari ini bapak ibu adalah "
        "warga Kotabaru. Lahan di sini subur, tinggal kita garap bersama,” ujarnya. Setiap keluarga menempati rumah kayu "
        "tipe 36 yang sudah dilengkapi sumur bor bersama.",
        "Kunci rumah dan lahan pekarangan 0,25 hektare dibagikan Kamis pagi, sedangkan pengukuran lahan usaha dijadwalkan "
        "Desember. (kb/hms)",
    ],
    S="60 KK (242 jiwa) transmigran tiba di UPT Hampang SP-2, Rabu 11/11, disambut Wabup Kotabaru Rahmadi Saputra.",
    L="Rabu malam (11/11) 60 KK transmigran, 242 jiwa, sampai di UPT Hampang SP-2. Empat puluh KK dari Jawa Tengah dan DIY, "
      "dua puluh KK warga lokal Kotabaru. Wakil Bupati Rahmadi Saputra menyambut di balai pertemuan UPT dan bilang lahan di "
      "Hampang subur. Rumahnya rumah kayu tipe 36 dengan sumur bor bersama; kunci rumah dan pekarangan seperempat hektare "
      "dibagi Kamis pagi, lahan usaha diukur Desember.",
    P="Rami banar di Hampang tadi, 60 KK transmigran hanyar datang ka SP-2, urangnya 242 ikung 😊 Ampat puluh KK matan Jawa "
      "Tangah wan Jogja, dua puluh KK urang Kotabaru saurang. Pa Wabup Rahmadi manyambut, jar sidin tanahnya subur, tinggal "
      "digawi baimbai. Isuk kunci rumah dibagi. Salamat datang dulur! #Hampang #transmigrasi",
    N=[
        dict(t="Warga UPT Hampang SP-1 gotong royong membersihkan saluran air di jalan poros, Minggu pagi. Sudah empat tahun "
               "kami di sini, alhamdulillah kebun sawit mulai berbuah.",
             d="the older settlement SP-1 and its own clean-up, not the arrival at SP-2"),
        dict(t="Kabar dari Sampanahan: 35 KK transmigran baru dijadwalkan masuk UPT Sampanahan SP-3 bulan depan, rumahnya masih "
               "dicat. Belum ada tanggal pasti dari dinas.",
             d="another settlement (Sampanahan) and a later, undated placement"),
        dict(t="Wakil Bupati Kotabaru Rahmadi Saputra pagi tadi (11/11) membuka turnamen voli antarkecamatan di lapangan Siring "
               "Laut. 18 tim ikut bertanding sampai akhir pekan.",
             d="same official, same day, another event (volleyball tournament)"),
    ],
    B=dict(t="Persiapan di UPT Hampang SP-2: warga SP-1 bantu bersih-bersih rumah yang akan ditempati transmigran baru. "
             "Katanya rombongan berangkat dari pelabuhan hari ini. 🏠",
           d="preparations on the morning of the arrival day, before the evening release", h=9),
)

A["a03"] = dict(
    src="pemkab-tabalong", at="2026-11-19T16:40",
    title="40 KK Warga Baru UPT Haruai SP-4 Terima Kunci Rumah",
    text=[
        "TANJUNG – Sebanyak 40 kepala keluarga transmigran yang baru tiba di UPT Haruai SP-4, Kecamatan Haruai, menerima kunci "
        "rumah dan dokumen lahan pekarangan, Kamis (19/11/2026). Dari 151 jiwa itu, 25 KK berasal dari Jawa Timur dan 15 KK "
        "warga Tabalong yang mendaftar sebagai transmigran penduduk setempat.",
        "Sekretaris Daerah Tabalong, Wahyudi Rakhman, menyerahkan kunci secara simbolis di halaman balai desa persiapan. "
        "“Jalan poros sudah bisa dilalui mobil dan listrik desa masuk Desember. Kami minta warga lama dan warga baru saling "
        "membantu,” katanya.",
        "Pembayaran jatah hidup bulan pertama dimulai Desember, sedangkan posyandu dan kelas jauh SD dibuka awal Januari "
        "2027. (tbl/prokom)",
    ],
    S="Tabalong: 40 KK transmigran UPT Haruai SP-4 (151 jiwa) terima kunci rumah dari Sekda Wahyudi Rakhman, Kamis 19/11.",
    L=None,
    P="Bubuhan warga hanyar di Haruai SP-4 sudah dapat kunci rumah, hari Kamis tadi 🔑 Ampat puluh KK, saratus limapuluh "
      "asa ikung, ada nang matan Jawa Timur ada jua urang Tabalong saurang. Pa Sekda Wahyudi nang manyarahakan, jar sidin "
      "listrik masuk Desember. Jatah hidup mulai bulan Desember jua. Ayuha baimbai bagawi!",
    N=[
        dict(t="Warga Haruai SP-3 menunggu janji listrik desa yang katanya masuk tahun ini. Sudah dua tahun pakai genset "
               "patungan, Rp150 ribu sebulan per rumah. Semoga tidak lupa kami yang lama. 🙏",
             d="complaint of the older settlement SP-3 about electricity"),
        dict(t="Sekda Tabalong Wahyudi Rakhman siang ini (19/11) meninjau pembangunan pasar Haruai yang sudah 70 persen. "
               "Ditargetkan selesai Januari.",
             d="same official and day, another object (market construction)", kim="kim-muara-uya"),
        dict(t="Rumor beredar warga Muara Uya bisa daftar jadi transmigran di SP-4 Haruai tahun depan dan dapat rumah gratis. "
               "Kami tanya ke kecamatan, belum ada info resmi soal kuota 2027.",
             d="rumour about a 2027 quota, denied (no official info)", kim="kim-muara-uya"),
    ],
    B=None,
)

A["a04"] = dict(
    src="pemkot-banjarmasin", at="2026-11-03T10:15",
    title="Pemkot Banjarmasin Buka Pendaftaran Calon Transmigran, Kuota 20 KK",
    text=[
        "BANJARMASIN – Pemerintah Kota Banjarmasin melalui Dinas Tenaga Kerja membuka pendaftaran calon transmigran asal "
        "Banjarmasin untuk penempatan tahun 2027. Kuota yang tersedia 20 kepala keluarga, dan pendaftaran dibuka Selasa "
        "(3/11/2026) sampai Jumat (27/11/2026) di kantor Disnaker, Jalan Pramuka.",
        "“Syaratnya pasangan suami istri berusia 20 sampai 49 tahun, sehat, dan punya kemauan bertani. Semua layanan gratis, "
        "jangan percaya calo,” kata Kepala Disnaker Kota Banjarmasin, Ahmad Fauzan Rizali. Ia menyebut tujuan penempatan "
        "adalah kawasan transmigrasi di Kalimantan Selatan dan Kalimantan Utara.",
        "Pendaftar yang lolos berkas akan mengikuti seleksi dan wawancara pada 1–3 Desember 2026. (hms-bjm/ry)",
    ],
    S="Disnaker Banjarmasin buka pendaftaran calon transmigran 2027, kuota 20 KK, 3–27 November di Jalan Pramuka. Gratis.",
    L="Warga Banjarmasin yang mau ikut transmigrasi tahun 2027 bisa mendaftar di kantor Disnaker Jalan Pramuka mulai 3 sampai "
      "27 November. Kuotanya 20 KK. Syarat: pasangan suami istri umur 20–49 tahun, sehat, mau bertani. Kadisnaker Ahmad Fauzan "
      "Rizali menegaskan tidak dipungut biaya. Seleksi dan wawancara 1–3 Desember, lokasi tujuan di Kalsel dan Kaltara.",
    P="Gaes, Pemkot Banjarmasin buka pendaftaran transmigrasi buat tahun 2027 nih, kuotanya 20 KK doang. Daftar di Disnaker "
      "Jl. Pramuka sampai 27 November. Syaratnya suami istri umur 20-49, sehat, mau bertani. Gratis ya, jangan ketipu calo! "
      "Seleksinya awal Desember. #transmigrasi #Banjarmasin",
    N=[
        dict(t="Disnaker Banjarmasin juga membuka pendaftaran pelatihan barista dan servis AC, kuota 20 orang per kelas, "
               "sampai akhir November. Daftar langsung di Jalan Pramuka.",
             d="same office, same quota figure 20, another programme (job training)", kim="kim-sungai-andai"),
        dict(t="Ada yang tanya: transmigrasi 2026 masih bisa daftar? Sudah tutup sejak Mei, warga Banjarmasin yang lolos "
               "tahun ini 14 KK dan sudah berangkat ke Kaltara bulan lalu.",
             d="the 2026 intake (14 KK, closed in May), not the 2027 registration", kim="kim-sungai-andai"),
        dict(t="⚠️ Hati-hati, beredar pesan berantai \"daftar transmigrasi bayar Rp2 juta dapat rumah dan 2 hektare\". Itu "
               "bukan dari dinas. Info transmigrasi resmi cuma dari kantor dinas, tidak ada biaya.",
             d="a warning about a paid scam message, no registration facts"),
    ],
    B=None,
)

A["a40"] = dict(
    src="pemkot-banjarbaru", at="2026-11-10T09:00",
    title="Banjarbaru Buka Pendaftaran Transmigrasi 2027, Kuota 10 KK",
    text=[
        "BANJARBARU – Dinas Tenaga Kerja Kota Banjarbaru membuka pendaftaran calon transmigran untuk penempatan 2027 dengan "
        "kuota 10 kepala keluarga. Berkas diterima mulai Selasa (10/11/2026) di loket Disnaker pada Mal Pelayanan Publik "
        "Banjarbaru hingga 4 Desember 2026.",
        "Kepala Disnaker Banjarbaru, Siti Rahmah Handayani, mengatakan peminat tahun lalu mencapai 37 keluarga. “Kuota kita "
        "terbatas, jadi yang kami prioritaskan keluarga muda yang sudah punya pengalaman bertani atau beternak,” katanya. "
        "Pendaftar wajib membawa KK, surat nikah dan surat keterangan sehat.",
        "Hasil seleksi administrasi diumumkan pertengahan Desember, disusul pelatihan dasar pertanian di Banjarbaru. (bjb/kmf)",
    ],
    S="Banjarbaru buka pendaftaran transmigrasi 2027, kuota 10 KK, di loket Disnaker MPP sampai 4 Desember.",
    L=None,
    P="Urang Banjarbaru nang handak tulak transmigrasi, pendaftaran gasan 2027 sudah dibuka di loket Disnaker MPP, sampai "
      "4 Desember. Kuotanya sapuluh KK haja, tahun tadi nang baminat talu puluh tujuh kaluarga. Nang diutamakan kaluarga "
      "anum nang biasa bahuma atawa bingkalaan ternak. Bawa KK, surat nikah, surat sehat lah.",
    N=[
        dict(t="Loket Disnaker di MPP Banjarbaru hari ini ramai pencari kartu kuning AK1, antre dari jam 8. Bawa KTP dan "
               "ijazah, fotokopi dua lembar.",
             d="same counter, another service (AK1 job cards)", kim="kim-cempaka"),
        dict(t="Tetangga tanya apa transmigrasi Banjarbaru bisa pilih lokasi sendiri. Kata petugas di MPP belum ada info "
               "lokasi 2027, nanti diumumkan setelah seleksi. Jadi jangan percaya yang bilang sudah pasti ke Kaltara.",
             d="a question and denial about destinations; no quota/date facts", kim="kim-cempaka"),
        dict(t="Pendaftaran transmigrasi 2027 di Kabupaten Banjar juga dibuka, kuota 15 KK, di kantor Disnakertrans Martapura "
               "sampai 11 Desember.",
             d="the same programme in another kabupaten (Banjar, 15 KK)"),
    ],
    B=None,
)

A["a05"] = dict(
    src="pemkab-hss", at="2026-11-12T14:00",
    title="32 Keluarga Ikuti Seleksi Calon Transmigran HSS, Kuota 15 KK",
    text=[
        "KANDANGAN – Sebanyak 32 keluarga mengikuti seleksi calon transmigran Kabupaten Hulu Sungai Selatan di Aula "
        "Disnakertrans HSS, Kandangan, Kamis (12/11/2026). Mereka memperebutkan kuota 15 kepala keluarga untuk penempatan "
        "tahun 2027 di kawasan transmigrasi Kalimantan Selatan.",
        "Seleksi meliputi tes kesehatan, wawancara dan praktik sederhana mengolah lahan. “Yang kami cari bukan hanya yang "
        "kuat fisik, tapi keluarga yang siap tinggal lama dan tidak pulang di tahun pertama,” ujar Kepala Disnakertrans HSS, "
        "Hj. Nurul Aina Fitriani. Peserta terbanyak berasal dari Kecamatan Daha Selatan dan Angkinang.",
        "Hasil seleksi diumumkan Kamis (26/11/2026) di kantor dinas dan kantor kecamatan. (hss/prokom)",
    ],
    S="HSS seleksi 32 keluarga calon transmigran untuk kuota 15 KK, Kamis 12/11 di Kandangan. Pengumuman 26/11.",
    L="Di aula Disnakertrans HSS, Kamis 12 November, 32 keluarga ikut seleksi calon transmigran. Kuota cuma 15 KK untuk "
      "penempatan 2027. Ada tes kesehatan, wawancara, dan praktik mengolah lahan. Kadisnakertrans Hj. Nurul Aina Fitriani "
      "bilang yang dicari keluarga yang siap menetap, tidak pulang di tahun pertama. Peserta paling banyak dari Daha Selatan "
      "dan Angkinang. Hasilnya diumumkan 26 November.",
    P="Talu puluh dua kaluarga umpat seleksi transmigrasi di Kandangan hari Kamis, padahal kuota limabalas KK haja 😅 Ada tes "
      "sehat, wawancara, wan praktik maulah lahan. Jar Bu Kadis, nang dicari kaluarga nang siap bamukim lawas, kada bulik "
      "di tahun partama. Pengumuman tanggal 26. Mudahan lulus lah dangsanak Angkinang! #HSS",
    N=[
        dict(t="Alhamdulillah, dua keluarga dari desa kami lolos seleksi transmigrasi tahun lalu dan sekarang sudah setahun di "
               "UPT Hampang. Katanya jagungnya sudah panen dua kali.",
             d="last year's selection and its outcome", kim="kim-angkinang"),
        dict(t="Aula Disnakertrans HSS hari Kamis juga dipakai ujian sertifikasi operator alat berat, 24 peserta. Jangan salah "
               "ruang ya.",
             d="same hall, same day, another event (24 operators certification)", kim="kim-angkinang"),
        dict(t="Seleksi calon transmigran Kabupaten HST digelar pekan depan di Barabai, kuota 12 KK. Pendaftar sudah 27 keluarga.",
             d="the same programme in HST next week"),
    ],
    B=dict(t="Besok pagi seleksi calon transmigran di aula Disnakertrans Kandangan, peserta diminta datang jam 7.30 bawa "
             "pakaian olahraga untuk praktik lapangan.",
           d="invitation on the eve, no results or figures", h=18, kim="kim-angkinang"),
)

A["a06"] = dict(
    src="pemkab-balangan", at="2026-11-23T09:45",
    title="12 KK Calon Transmigran Balangan Ikuti Pelatihan Pra-Penempatan",
    text=[
        "PARINGIN – Sebanyak 12 kepala keluarga calon transmigran asal Balangan mengikuti pelatihan pra-penempatan di Balai "
        "Latihan Kerja Balangan, Senin (23/11/2026) hingga Jumat (27/11/2026). Setiap keluarga diwakili suami dan istri, "
        "sehingga pesertanya 24 orang.",
        "Materinya meliputi budi daya jagung dan cabai, pembuatan pupuk kompos, pengelolaan keuangan rumah tangga serta "
        "kehidupan bermasyarakat di permukiman baru. “Lima hari ini bekal awal supaya di lokasi nanti mereka tidak kaget,” "
        "kata Kepala Dinas Tenaga Kerja dan Transmigrasi Balangan, Fahrul Razi Anwar.",
        "Ke-12 keluarga dijadwalkan berangkat ke UPT Mantewe SP-6 Tanah Bumbu pada Februari 2027. (blg/dkp)",
    ],
    S="Balangan latih 12 KK (24 orang) calon transmigran 23–27 Nov di BLK, berangkat ke UPT Mantewe SP-6 Februari 2027.",
    L=None,
    P="Dua balas KK calon transmigran Balangan lagi baajar di BLK samingguan, 23 sampai 27 November 🌽 Laki bini umpat "
      "barataan, jadi 24 ikung. Diajari batanam jagung wan lombok, maulah kompos, wan maatur duit rumah. Jar Pa Kadis, "
      "bakal supaya kada takajut di lokasi. Tulak ka Mantewe bulan Pebruari. #Balangan",
    N=[
        dict(t="BLK Balangan membuka pelatihan las dan menjahit gelombang III, 24 kursi, mulai Senin depan. Pendaftaran di "
               "kantor Disnakertrans Paringin.",
             d="same BLK, same count 24, another training (welding/sewing)"),
        dict(t="Pelatihan budi daya jagung untuk 30 petani milenial Halong digelar Dinas Pertanian di BPP Halong pekan ini.",
             d="same subject (jagung) for farmers, another office and event", kim="kim-halong"),
        dict(t="Kepala Disnakertrans Balangan Fahrul Razi Anwar hari ini menerima 8 perusahaan sawit yang melapor data tenaga "
               "kerja asing. Semua wajib lapor tiap semester.",
             d="same official, another object (foreign-worker reports)"),
    ],
    B=dict(t="Insya Allah Senin nanti 12 keluarga calon transmigran dari Balangan mulai pelatihan di BLK. Doakan lancar ya.",
           d="eve-of-event note, no content", h=40, kim="kim-halong"),
)

A["a07"] = dict(
    src="kanwil-bpn-kalsel", at="2026-11-06T13:30",
    title="1.860 Sertipikat Lahan Transmigrasi Diserahkan Bertahap Tahun Ini",
    text=[
        "BANJARBARU – Kantor Wilayah Badan Pertanahan Nasional (BPN) Kalimantan Selatan bersama Disnakertrans Kalsel "
        "menargetkan 1.860 sertipikat hak milik (SHM) lahan transmigrasi terbit pada 2026. Tahap pertama berupa 540 sertipikat "
        "diserahkan Jumat (6/11/2026) kepada warga dari sembilan UPT di enam kabupaten.",
        "“Banyak warga sudah 10 sampai 15 tahun menggarap lahan usaha tanpa sertipikat. Sekarang status hukumnya jelas dan "
        "bisa diwariskan,” kata Kepala Kanwil BPN Kalsel, Bambang Hermawan Susilo. Sertipikat meliputi lahan pekarangan, "
        "lahan usaha I dan lahan usaha II.",
        "Tahap kedua sebanyak 1.320 sertipikat diserahkan bertahap oleh kantor pertanahan kabupaten hingga Desember. "
        "(bpn-kalsel/hm)",
    ],
    S="BPN Kalsel targetkan 1.860 SHM lahan transmigrasi 2026; tahap I 540 sertipikat diserahkan Jumat 6/11, sisanya 1.320 s.d. Desember.",
    L="Kanwil BPN Kalsel dan Disnakertrans menargetkan 1.860 sertipikat hak milik lahan transmigrasi terbit tahun ini. "
      "Tahap pertama 540 sertipikat diserahkan Jumat 6 November untuk warga sembilan UPT di enam kabupaten. Kakanwil Bambang "
      "Hermawan Susilo bilang banyak warga sudah 10–15 tahun menggarap lahan tanpa sertipikat. Sisanya 1.320 sertipikat "
      "dibagikan lewat kantah kabupaten sampai Desember.",
    P="Kabar nyaman gasan warga transmigrasi 📜 Tahun ini BPN Kalsel handak manarbitakan saribu dalapan ratus anam puluh "
      "sertipikat lahan transmigrasi. Tahap partama lima ratus ampat puluh sudah diserahakan hari Jumat. Jar Pa Kakanwil, "
      "banyak nang sudah limabalas tahun bahuma kadada sertipikatnya. Sisanya sampai Desember. #sertipikat #transmigrasi",
    N=[
        dict(t="Penyerahan 540 sertipikat PTSL untuk warga Kecamatan Kurau dilakukan Kantah Tanah Laut hari ini. Warga diminta "
               "menyimpan sertipikat di tempat aman dan tidak menggadaikan ke rentenir.",
             d="same count 540, but PTSL certificates in Kurau, not transmigration land", kim="kim-jorong"),
        dict(t="Kapan sertipikat lahan usaha II kami di SP-3 keluar? Sudah diukur 2024, sampai sekarang belum ada kabar. "
               "Mohon info dari dinas.",
             d="a complaint that certificates have not come; no handover facts"),
        dict(t="Tahun 2025 BPN Kalsel menyerahkan 1.240 SHM lahan transmigrasi. Arsip beritanya masih ada di "
               "https://kanwilbpn-kalsel.atrbpn.go.id/publikasi/berita/1240-shm-lahan-transmigrasi-2025",
             d="last year's figure, with the old article's URL (trap)"),
    ],
    B=None,
)

A["a08"] = dict(
    src="pemkab-tanbu", at="2026-11-17T11:00",
    title="420 SHM Lahan Usaha Diserahkan kepada Warga Transmigrasi Mantewe",
    text=[
        "BATULICIN – Pemerintah Kabupaten Tanah Bumbu bersama Kantor Pertanahan Tanah Bumbu menyerahkan 420 sertipikat hak "
        "milik lahan usaha II kepada warga UPT Mantewe SP-2 dan SP-3, Selasa (17/11/2026), di aula Kantor Kecamatan Mantewe. "
        "Warga kedua permukiman itu ditempatkan sejak 2012.",
        "Wakil Bupati Tanah Bumbu, Darmawan Saleh, meminta warga tidak menjual lahan yang baru bersertipikat. “Sertipikat ini "
        "modal untuk usaha, bukan untuk dilepas ke pihak luar. Kalau mau pinjam ke bank, pilih yang resmi,” katanya. Lahan "
        "usaha II di dua SP itu sebagian besar ditanami sawit dan karet.",
        "Penyerahan berikutnya, 180 sertipikat untuk warga SP-4, dijadwalkan tahun 2027. (tanbu/dkisp)",
    ],
    S="Tanbu serahkan 420 SHM lahan usaha II untuk warga UPT Mantewe SP-2 dan SP-3, Selasa 17/11. SP-4 (180) menyusul 2027.",
    L="Selasa 17 November di aula Kecamatan Mantewe, Pemkab dan Kantah Tanah Bumbu menyerahkan 420 SHM lahan usaha II "
      "untuk warga UPT Mantewe SP-2 dan SP-3 yang tinggal di sana sejak 2012. Wabup Darmawan Saleh minta lahan jangan dijual "
      "dan kalau pinjam ke bank pilih yang resmi. 180 sertipikat untuk SP-4 menyusul tahun 2027.",
    P="Alhamdulillah, warga Mantewe SP-2 wan SP-3 dapat ampat ratus duapuluh sertipikat lahan usaha 🙌 Padahal bamukim "
      "di sana sudah matan 2012. Pa Wabup bapasan, jangan dijual lahannya, amun handak bautang ka bank pilih nang resmi. "
      "SP-4 kaina tahun 2027. #Tanbu #Mantewe",
    N=[
        dict(t="Warga SP-4 Mantewe tanya kenapa belum kebagian sertipikat. Kata petugas kecamatan, pengukuran SP-4 baru "
               "selesai dan sertipikatnya diproses tahun depan. Sabar dulu, dulur.",
             d="SP-4's question, its certificates come later"),
        dict(t="Kantah Tanah Bumbu juga menyerahkan 420 sertipikat PTSL untuk warga Kecamatan Kusan Hilir pekan lalu. "
               "Jumlahnya kebetulan sama, tapi itu program PTSL biasa.",
             d="same count 420 and office, PTSL in Kusan Hilir, an earlier event"),
        dict(t="Aula Kantor Kecamatan Mantewe siang ini dipakai musyawarah pembentukan koperasi sawit warga SP-2. Pengurus "
               "terpilih 7 orang.",
             d="same hall and settlement, another event (cooperative)"),
    ],
    B=dict(t="Info warga SP-2 dan SP-3: kata Pak Kades, besok Selasa ada pembagian sertipikat lahan usaha di kecamatan. "
             "Bawa KTP asli. Belum tahu berapa yang sudah jadi.",
           d="announcement on the eve, no count", h=22),
)

A["a09"] = dict(
    src="pemkab-batola", at="2026-11-25T15:00",
    title="Warga Eks Transmigrasi Wanaraya Terima 310 Sertipikat Lahan Usaha",
    text=[
        "MARABAHAN – Sebanyak 310 sertipikat lahan usaha II diserahkan kepada warga eks permukiman transmigrasi di Kecamatan "
        "Wanaraya, Rabu (25/11/2026), di Balai Desa Sumber Rahayu. Lahan itu sudah digarap sejak penempatan awal tahun 1980-an, "
        "namun baru sekarang bersertipikat setelah status kawasan hutan dilepaskan.",
        "“Ini penantian lebih dari 40 tahun. Kami berterima kasih kepada Kementerian dan BPN yang membantu pelepasan kawasan,” "
        "kata Bupati Barito Kuala, Hj. Normiliani Rasyid. Sertipikat dibagikan untuk warga empat desa dengan luas rata-rata "
        "satu hektare per bidang.",
        "Pemkab meminta kepala desa mendata warga yang belum menerima agar bisa diusulkan pada tahap 2027. (batola/kom)",
    ],
    S="Batola: 310 sertipikat lahan usaha II untuk warga eks transmigrasi Wanaraya, Rabu 25/11 di Balai Desa Sumber Rahayu.",
    L=None,
    P="Ampat puluh tahun lawasnya, akhirnya warga eks transmigrasi Wanaraya dapat sertipikat lahan usaha 😭🙏 Talu ratus "
      "sapuluh buting diserahakan di Balai Desa Sumber Rahayu hari Rabu. Bu Bupati bapadah tarima kasih wan BPN nang "
      "mambantu. Nang balum dapat, lapor ka pambakal gasan tahap 2027.",
    N=[
        dict(t="Balai Desa Sumber Rahayu tadi pagi dipakai posyandu lansia dan cek gula darah gratis, 64 warga datang.",
             d="same hall, same day, another event (posyandu lansia)", kim="kim-anjir-pasar"),
        dict(t="Warga Kolam Kanan di Barambai masih menunggu sertipikat lahan transmigrasi, katanya masuk usulan 2027. "
               "Belum ada pengukuran ulang.",
             d="another kecamatan, still waiting, no handover", kim="kim-anjir-pasar"),
        dict(t="Bupati Batola Hj. Normiliani Rasyid sore ini (25/11) meresmikan jembatan gantung di Anjir Pasar. Jembatan "
               "sepanjang 60 meter itu menggantikan titian kayu lama.",
             d="same official, same day, another event (bridge)", kim="kim-anjir-pasar"),
    ],
    B=dict(t="Dengar-dengar sertipikat lahan usaha warga Wanaraya sudah jadi dan mau dibagi minggu ini. Betul kah? Ada yang "
             "sudah dapat undangan?",
           d="rumour two days before, no facts", h=50),
)

A["a36"] = dict(
    src="disnakertrans-kalsel", at="2026-11-26T16:00",
    title="24 Stan Produk Kawasan Transmigrasi Meriahkan Siring 0 Km",
    text=[
        "BANJARMASIN – Disnakertrans Kalimantan Selatan menggelar Pameran Produk Kawasan Transmigrasi di Siring 0 Km, "
        "Banjarmasin, Jumat (27/11/2026) sampai Minggu (29/11/2026). Sebanyak 24 stan diisi kelompok usaha dari sembilan UPT, "
        "mulai gula aren, keripik pisang, beras organik hingga madu kelulut.",
        "“Warga transmigran bukan hanya bertani, mereka sudah mengolah hasil kebun menjadi produk yang layak dijual di kota,” "
        "kata Kepala Bidang Transmigrasi Disnakertrans Kalsel, Yuliani Kusumawardani. Pameran dibuka pukul 16.00 sampai "
        "22.00 Wita dan terbuka untuk umum.",
        "Panitia juga menyiapkan lomba masak nasi goreng berbahan beras transmigran pada Minggu sore. (mc-kalsel/yk)",
    ],
    S="Pameran produk kawasan transmigrasi, 24 stan dari 9 UPT, di Siring 0 Km Banjarmasin 27–29 November, 16.00–22.00 Wita.",
    L="Jumat–Minggu (27–29 November) ada Pameran Produk Kawasan Transmigrasi di Siring 0 Km Banjarmasin. Isinya 24 stan "
      "dari sembilan UPT: gula aren, keripik pisang, beras organik sampai madu kelulut. Buka jam 4 sore sampai 10 malam. "
      "Kabid Transmigrasi Yuliani Kusumawardani bilang warga transmigran sudah bisa mengolah hasil kebunnya. Minggu sore ada "
      "lomba masak nasi goreng pakai beras transmigran.",
    P="Jalan-jalan ka Siring 0 Km Jumat sampai Ahad kaina, ada pameran produk warga transmigrasi 🛍️ Duapuluh ampat stan "
      "matan sanga UPT, ada gula habang, keripik pisang, baras organik, madu kelulut. Buka jam ampat sanja sampai jam "
      "sapuluh malam. Ahad sanja ada lomba masak nasi goreng. Ayu ramiakan!",
    N=[
        dict(t="Siring 0 Km akhir pekan ini juga dipakai Festival Kuliner Wadai Banjar, 40 stan UMKM kota. Parkir penuh, "
               "sebaiknya naik angkot.",
             d="same venue, same weekend, another event (40 stan food festival)", kim="kim-sungai-andai"),
        dict(t="Tahun lalu pameran produk transmigrasi digelar di Duta Mall, 18 stan. Madu kelulut dari Hampang habis hari "
               "pertama.",
             d="last year's edition at another venue"),
        dict(t="Bazar gula aren dan keripik pisang warga UPT Hampang SP-1 tiap Sabtu di halaman kantor kecamatan. Harga gula "
               "aren Rp28 ribu per kilo.",
             d="a settlement's own weekly bazaar with its own facts"),
    ],
    B=None,
)

A["a37"] = dict(
    src="pemkab-kotabaru", at="2026-11-21T15:00",
    title="Warga Transmigran Sampanahan Panen Perdana Jagung 40 Hektare",
    text=[
        "KOTABARU – Warga UPT Sampanahan SP-1, Kecamatan Sampanahan, memanen perdana jagung di lahan usaha seluas 40 hektare, "
        "Sabtu (21/11/2026). Produktivitasnya mencapai 6,2 ton pipilan kering per hektare, di atas rata-rata kabupaten.",
        "Bupati Kotabaru, Hj. Rosalina Hamid, ikut memetik jagung bersama 85 KK warga. “Dua tahun lalu ini masih semak. "
        "Sekarang warga sudah bisa panen dan menjual ke pabrik pakan di Batulicin,” katanya. Benih dan pupuk disalurkan lewat "
        "program bina lanjut kawasan transmigrasi.",
        "Pemkab menyiapkan pengering jagung bertenaga surya di UPT itu pada awal 2027 agar harga jual tidak jatuh saat hujan. "
        "(kb/hms)",
    ],
    S="Panen perdana jagung 40 ha di UPT Sampanahan SP-1, Sabtu 21/11, 6,2 ton/ha, bersama Bupati Kotabaru Rosalina Hamid.",
    L=None,
    P="Warga transmigran Sampanahan SP-1 panen jagung partama, ampat puluh hektare 🌽 Hasilnya anam koma dua ton sahektare, "
      "labih banyak pada rata-rata kabupaten. Bu Bupati umpat mamutik wan 85 KK warga. Jar sidin dua tahun nang lalu masih "
      "padang halalang. Tahun 2027 kaina dibari pangaring jagung tanaga matahari.",
    N=[
        dict(t="Panen jagung di UPT Hampang SP-1 pekan depan, sekitar 25 hektare. Warga mengundang pembeli dari Batulicin "
               "datang langsung.",
             d="another settlement (Hampang SP-1), next week, its own figures"),
        dict(t="Harga jagung pipilan kering di Sampanahan turun jadi Rp4.300 per kilo karena hujan. Petani berharap ada "
               "pengering.",
             d="a price complaint about jagung, no harvest event"),
        dict(t="Bupati Kotabaru Rosalina Hamid Sabtu pagi (21/11) juga melepas peserta jalan sehat HUT PGRI di Siring Laut.",
             d="same official, same day, another event"),
    ],
    B=dict(t="Besok Sabtu Ibu Bupati dijadwalkan panen jagung bareng warga SP-1 Sampanahan. Warga yang punya motor diminta "
             "bantu antar tamu dari jalan poros.",
           d="eve-of-event note", h=20),
)
