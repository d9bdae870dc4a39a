"""Hand-written releases a01-a14 of heldout50 (ESDM area) with their own-words posts and look-alikes.

Each entry: id, source, published (Wita), title, text (three paragraphs), short (own-words summary),
long (optional longer summary), para (Banjar paraphrase), looks (look-alikes: region, text, how it differs,
optional hours after the release), before (optional: text, how it differs, hours before the release).
"""

ANNS = [
dict(
    id="a01", source="esdm-kalsel", published="2026-11-02T15:20",
    title="Tiga PLTS Komunal Diresmikan, 207 Rumah di Desa Terpencil Kini Berlistrik",
    text="""BARABAI – Dinas ESDM Provinsi Kalimantan Selatan meresmikan tiga Pembangkit Listrik Tenaga Surya (PLTS) komunal di desa terpencil, Senin (2/11/2026), dipusatkan di Desa Juhu, Kecamatan Batang Alai Timur, Hulu Sungai Tengah. Ketiganya adalah PLTS Juhu 60 kWp untuk 84 rumah, PLTS Dambung Raya (Tabalong) 40 kWp untuk 57 rumah, dan PLTS Marajai (Balangan) 50 kWp untuk 66 rumah, dengan anggaran Rp11,4 miliar dari APBD provinsi.

“Selama ini warga mengandalkan genset dan pelita. Sekarang 207 rumah bisa menyalakan lampu dan mengisi daya ponsel tanpa membeli solar,” kata Kepala Dinas ESDM Kalsel, Hairil Anwar Sidik.

Pengelolaan PLTS akan diserahkan kepada BUMDes masing-masing desa, dan operator desa dilatih pada 10–12 November di Banjarbaru. (esdm-kalsel/rh)""",
    short="Dinas ESDM Kalsel resmikan 3 PLTS komunal (Juhu HST 60 kWp, Dambung Raya Tabalong 40 kWp, Marajai Balangan 50 kWp) untuk 207 rumah, Rp11,4 miliar.",
    long="Tiga desa terpencil di Kalsel sekarang punya PLTS komunal. Peresmiannya Senin 2 November di Desa Juhu, Batang Alai Timur. Juhu dapat 60 kWp untuk 84 rumah, Dambung Raya di Tabalong 40 kWp untuk 57 rumah, Marajai di Balangan 50 kWp untuk 66 rumah. Totalnya 207 rumah, dananya Rp11,4 miliar APBD provinsi. Nanti BUMDes yang mengelola, operatornya dilatih 10–12 November di Banjarbaru.",
    para="Alhamdulillah dangsanak, Juhu, Dambung Raya wan Marajai wayahini sudah baisi listrik matahari 🌞 Duaratus pitu buting rumah kada perlu lagi manukar solar gasan genset. Senin tadi diresmikan Dinas ESDM provinsi di Juhu, duitnya sawalas miliar labih. Operator desa kaina baajar di Banjarbaru 👍 #PLTS #Meratus",
    looks=[
        ("hst", "Warga Desa Nateh, Batang Alai Timur, masih bahimat pakai genset. Kami dengar Juhu sudah ada PLTS, mudahan tahun depan Nateh kebagian. Sampai sekarang belum ada info resmi untuk Nateh, baru diusulkan lewat musrenbang desa.", "another village's hope; Nateh has no PLTS and no decision", 30),
        ("tbl", "Kerja bakti membersihkan rumput di sekitar panel PLTS Dambung Raya pagi ini. PLTS yang dibangun tahun 2023 untuk balai desa dan masjid ini masih menyala baik, 12 panel kami lap seminggu sekali. Terima kasih bubuhan pemuda yang turun.", "the village's own older PLTS (2023) for the balai and mosque, a clean-up, not the new 40 kWp plant", 70),
        ("blg", "Kadis ESDM Kalsel Hairil Anwar Sidik hari ini juga hadir di Paringin membuka bimtek keselamatan kerja tambang untuk 60 pengawas perusahaan. Peserta diminta melaporkan setiap kecelakaan kerja paling lambat 1×24 jam.", "same official on the same day at another event (mining safety bimtek in Paringin)", 4),
        ("hst", "Ulun baru pulang dari Juhu mengantar sembako bantuan pengajian. Jalan ke sana masih babatuan, 4 jam naik motor dari Hantakan. Di Juhu sudah terang malam-malam, anak-anak mengaji pakai lampu. Perjalanan kami lanjutkan ke Kiyu besok.", "a charity trip's diary; mentions the lights only in passing, the news is the sembako delivery", 100),
    ],
    before=("Besok pagi rombongan Dinas ESDM provinsi dijadwalkan datang ke Juhu. Warga diminta berkumpul di balai desa jam 9. Katanya ada acara listrik surya, mudahan lancar.", "an invitation the day before; no capacity, houses or budget", 20),
),
dict(
    id="a02", source="pemkab-hst", published="2026-11-05T14:05",
    title="Pengelolaan PLTS Juhu Diserahkan ke BUMDes Juhu Bacahaya",
    text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah menyerahkan pengelolaan PLTS komunal Desa Juhu kepada BUMDes Juhu Bacahaya, Kamis (5/11/2026), di Balai Desa Juhu, Kecamatan Batang Alai Timur. PLTS 60 kWp bantuan Pemprov Kalsel itu melayani 84 rumah. Enam pemuda desa ditunjuk sebagai operator, dan setiap rumah membayar iuran Rp20.000 per bulan untuk tabungan penggantian baterai.

“PLTS ini milik warga. Kalau dirawat bersama, listriknya bisa dinikmati sampai anak cucu,” ujar Wakil Bupati Hulu Sungai Tengah, Rahmadi Fitriansyah.

Pemkab HST juga mengusulkan Desa Nateh dan Desa Aing Bantai sebagai lokasi PLTS komunal berikutnya pada tahun 2027. Pendampingan teknis tetap dilakukan Dinas ESDM provinsi selama satu tahun. (prokopim-hst/nf)""",
    short="PLTS Juhu 60 kWp (84 rumah) diserahkan ke BUMDes Juhu Bacahaya, 6 operator, iuran Rp20.000/bulan untuk tabungan baterai.",
    long=None,
    para="Kabar matan Juhu 👉 PLTS nang 60 kWp tu wayahini dikalola BUMDes Juhu Bacahaya. Anam urang pamuda jadi operator, tiap rumah mambayar duapuluh ribu sabulan gasan manabung baterai. Kata Pak Wabup, PLTS ini ampun warga, rawat bahimat lah 🙏",
    looks=[
        ("hst", "Rapat BUMDes Juhu Bacahaya malam tadi membahas usaha baru: penggilingan kemiri dan jualan pulsa. Modal Rp15 juta dari dana desa 2026. Pengurus sepakat laporan keuangan ditempel di balai tiap bulan.", "the same BUMDes's other business (kemiri mill, pulsa), not the PLTS handover", 50),
        ("hst", "Wakil Bupati HST Rahmadi Fitriansyah siang ini meninjau pasar Kamis di Barabai dan memastikan stok beras aman menjelang akhir tahun. Harga beras lokal Rp14.500 per liter.", "same official on the same day, another event (market visit)", 3),
        ("hst", "Pian tahu kah iuran PLTS di Aing Bantai barapa? Kami dengar ada yang bilang Rp50 ribu. Padahal PLTS di Aing Bantai belum dibangun, masih usulan 2027. Jangan percaya dulu kalau ada yang memungut duit.", "rumour about a fee in Aing Bantai, where nothing is built yet", 120),
    ],
    before=None,
),
dict(
    id="a03", source="pemkab-kotabaru", published="2026-11-10T11:40",
    title="PLTS Hibrida 45 kWp Mulai Menyala di Sungai Bali, Pulau Sebuku",
    text="""KOTABARU – Pemerintah Kabupaten Kotabaru mulai mengoperasikan PLTS hibrida 45 kWp di Desa Sungai Bali, Kecamatan Pulau Sebuku, Selasa (10/11/2026). Pembangkit yang dibiayai APBD Kotabaru Rp3,1 miliar ini menggabungkan panel surya dan genset cadangan, sehingga 112 rumah nelayan kini mendapat listrik 24 jam, dari sebelumnya hanya enam jam pada malam hari.

“Nelayan sekarang bisa menyimpan ikan di lemari pendingin dan anak-anak belajar dengan terang,” kata Kepala Dinas Perumahan dan Kawasan Permukiman Kotabaru, Syaiful Bahri Lamase.

Pemkab akan menambah 60 kWp di Desa Tanjung Mangkok pada 2027 dan melatih empat teknisi desa bulan depan. Warga diminta menghemat pemakaian listrik pada malam hari agar baterai tahan lama. (diskominfo-ktb/ar)""",
    short="Kotabaru operasikan PLTS hibrida 45 kWp di Sungai Bali (Pulau Sebuku), APBD Rp3,1 miliar, 112 rumah nelayan kini listrik 24 jam.",
    long="Warga Sungai Bali di Pulau Sebuku sekarang dapat listrik 24 jam. PLTS hibrida 45 kWp (panel surya plus genset cadangan) dibangun Pemkab Kotabaru dengan APBD Rp3,1 miliar dan mulai beroperasi Selasa 10 November. Sebelumnya 112 rumah nelayan hanya menyala enam jam malam hari. Tahun 2027 menyusul 60 kWp di Tanjung Mangkok, dan empat teknisi desa akan dilatih bulan depan.",
    para="Bubuhan nelayan Sungai Bali wayahini kawa manyimpan iwak di kulkas 😁 PLTS hibrida 45 kWp sudah manyala, saratus dua balas rumah dapat listrik 24 jam, kada anam jam haja lagi. Duitnya matan APBD Kotabaru talu miliar labih. Tahun dudi giliran Tanjung Mangkok. #PulauSebuku",
    looks=[
        ("ktb", "Pulau Sebuku, Desember nanti: Pemkab Kotabaru berencana menambah PLTS 60 kWp untuk Desa Tanjung Mangkok. Survei lokasi dilakukan minggu depan, pembangunan fisik paling cepat pertengahan 2027.", "the next site (Tanjung Mangkok, 2027) told as its own news: a survey, no plant yet", 190),
        ("ktb", "Genset desa Sungai Bali rusak lagi tadi malam, warga gelap dari jam 10. Teknisi sudah dipanggil dari Kotabaru. Untuk sementara masjid pakai genset pinjaman.", "a breakdown of the old village genset (a complaint), before the plant ran", -60),
        ("ktb", "Kadis Perkim Kotabaru Syaiful Bahri Lamase hari ini menyerahkan kunci 25 rumah layak huni di Desa Stagen. Bedah rumah tahap II ini dikerjakan sejak Agustus.", "same office and official, another object (bedah rumah in Stagen)", 26),
    ],
    before=("Info dari kawan di Sungai Bali, panel surya yang dibangun di lapangan dekat dermaga sudah terpasang semua. Katanya minggu ini dinyalakan. Betul kah? Ada yang tahu tanggalnya?", "a question about when the plant will run; no official facts", 40),
),
dict(
    id="a04", source="esdm-kalsel", published="2026-11-04T10:30",
    title="860 Rumah Belum Berlistrik Dapat Paket Panel Surya Atap",
    text="""BANJARBARU – Dinas ESDM Provinsi Kalimantan Selatan mulai menyalurkan 860 paket panel surya atap untuk rumah yang belum terjangkau jaringan listrik, Rabu (4/11/2026). Setiap paket berisi panel 200 Wp, baterai, empat lampu dan stopkontak. Paket dibagi ke enam kabupaten: Kotabaru 210, Hulu Sungai Tengah 165, Hulu Sungai Selatan 140, Tanah Laut 130, Tabalong 120 dan Balangan 95.

“Kami utamakan rumah yang jaraknya lebih dari dua kilometer dari tiang listrik terdekat,” jelas Kepala Bidang Ketenagalistrikan Dinas ESDM Kalsel, Nurul Huda Ramadhani.

Pemasangan dikerjakan 9–30 November oleh penyedia. Setiap paket bergaransi tiga tahun, dan kerusakan dapat dilaporkan lewat kepala desa. Daftar penerima sudah diverifikasi bersama pemerintah desa. (esdm-kalsel/nh)""",
    short="ESDM Kalsel salurkan 860 paket panel surya atap 200 Wp untuk rumah belum berlistrik di 6 kabupaten (Kotabaru 210, HST 165, HSS 140, Tala 130, Tabalong 120, Balangan 95), dipasang 9–30 November.",
    long="Ada 860 rumah di Kalsel yang belum tersambung listrik akan dapat paket panel surya atap dari Dinas ESDM Kalsel. Isinya panel 200 Wp, baterai, empat lampu dan stopkontak. Pembagiannya: Kotabaru 210, HST 165, HSS 140, Tanah Laut 130, Tabalong 120, Balangan 95. Yang diutamakan rumah yang lebih dari 2 km dari tiang listrik. Pemasangan 9–30 November, garansi tiga tahun, kerusakan dilapor lewat kepala desa.",
    para="Dangsanak nang rumahnya jauh matan tiang listrik, ada kabar baik 🙌 Dinas ESDM provinsi mambagi dalapan ratus anam puluh paket panel surya atap, isinya panel, baterai, ampat lampu wan colokan. Dipasang tanggal 9 sampai 30 November, garansi talu tahun. Kotabaru paling banyak dapat, duaratus sapuluh. #ListrikDesa",
    looks=[
        ("tala", "Toko elektronik di Pelaihari buka promo panel surya 100 Wp plus baterai, cicilan 6 bulan tanpa DP. Cocok gasan pondok di kebun. Ini bukan program pemerintah ya, jualan biasa.", "a shop's promotion of solar kits, explicitly not the programme", 60),
        ("blg", "Ada yang minta Rp300 ribu 'uang pendaftaran panel surya gratis' di Kecamatan Tebing Tinggi. Pihak kecamatan menegaskan tidak ada pungutan dan tidak ada pendaftaran lewat calo. Laporkan ke pembakal kalau ada yang meminta.", "a scam warning about a fee, no distribution facts", 75),
        ("hst", "Tahun 2024 dulu ulun dapat lampu tenaga surya hemat energi (LTSHE) dari pusat, sekarang baterainya sudah soak. Ada yang tahu servis di mana di Barabai?", "a 2024 lamp of another programme, a repair question", 150),
        ("ktb", "Tim pendata dari kecamatan hari ini keliling Desa Hampang mencatat rumah yang belum ada listrik. Hasilnya 46 rumah, akan diusulkan untuk program tahun 2027.", "a survey for a 2027 proposal in Hampang, not the current 860 kits", 96),
    ],
    before=("Kata pembakal tadi di pengajian, insya Allah bulan ini ada bantuan panel surya untuk rumah yang belum ada listrik. Jumlahnya belum tahu, tunggu surat dari kabupaten.", "a hope voiced by the village head before the release, no numbers", 30),
),
dict(
    id="a05", source="pemkab-hss", published="2026-11-16T13:10",
    title="140 Paket Panel Surya Bantuan Provinsi Dipasang di Haratai dan Lok Lahung",
    text="""KANDANGAN – Pemasangan 140 paket panel surya atap bantuan Dinas ESDM Provinsi Kalimantan Selatan di Kabupaten Hulu Sungai Selatan dimulai Senin (16/11/2026) di Desa Haratai, Kecamatan Loksado. Sebanyak 96 paket dipasang di Haratai dan 44 paket di Desa Lok Lahung, seluruhnya untuk rumah warga yang belum terjangkau jaringan listrik.

“Rumah-rumah ini berada di lereng bukit dan jauh dari jalan. Panel dipikul warga bergotong royong,” kata Kepala Bagian Perekonomian Setda HSS, Akhmad Zainuddin Noor, yang meninjau pemasangan.

Pemasangan ditargetkan selesai 28 November. Pemkab HSS meminta warga tidak memindahkan panel ke pondok kebun agar garansi tetap berlaku. Daftar penerima ditempel di kantor kedua desa. (diskominfo-hss/zk)""",
    short="Pemasangan 140 paket panel surya atap (bantuan ESDM Kalsel) di HSS dimulai 16/11: Haratai 96, Lok Lahung 44, target selesai 28 November.",
    long=None,
    para="Di Haratai wan Lok Lahung panel surya sudah mulai dipasang, dangsanak 💪 Saratus ampat puluh paket bantuan provinsi, sambilan puluh anam di Haratai, ampat puluh ampat di Lok Lahung. Panelnya dipikul warga baimbai naik ka bukit. Jangan dipindah ka pondok kebun lah, kaina garansinya hilang. Tuntung tanggal 28 November.",
    looks=[
        ("hss", "Warga Loksado antusias menyambut musim durian. Di Haratai harga durian lokal Rp25 ribu per biji, wisatawan ramai datang naik ojek. Jalan ke Lok Lahung licin habis hujan, hati-hati.", "tourism and durian season in the same villages, no panels", 55),
        ("hss", "Angkinang kapan dapat panel surya? Di Desa Bamban masih ada 11 rumah di ujung sawah yang belum berlistrik, tapi katanya HSS tahun ini hanya Loksado. Belum ada info resmi untuk Angkinang.", "a complaint/hope for Angkinang, which is not in the programme", 80),
        ("hss", "Kabag Perekonomian HSS Akhmad Zainuddin Noor hari ini memantau harga bapokok di Pasar Kandangan. Cabai rawit turun ke Rp38 ribu per kilo.", "same official on the same day, another object (market prices)", 5),
    ],
    before=("Panel-panel surya sudah diturunkan di balai Desa Haratai, ditutup terpal. Kabarnya Senin dipasang, tapi belum ada pengumuman dari kecamatan.", "material seen arriving, no official facts", 50),
),
dict(
    id="a06", source="pemkab-tabalong", published="2026-11-19T16:00",
    title="Tabalong Tambah 75 Paket Listrik Surya dari APBD untuk Bintang Ara",
    text="""TANJUNG – Pemerintah Kabupaten Tabalong menyalurkan 75 paket listrik surya rumah dari APBD 2026 untuk warga Desa Hegarmanah dan Desa Panaan, Kecamatan Bintang Ara, Kamis (19/11/2026). Bantuan ini di luar 120 paket dari provinsi. Setiap paket berisi panel 100 Wp, baterai lithium dan tiga lampu LED, dengan nilai seluruhnya Rp1,2 miliar.

“Kami menyisir rumah yang belum masuk daftar provinsi, terutama pondok-pondok di kebun karet yang dihuni keluarga sepanjang tahun,” kata Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan Tabalong, Eko Prasetyo Wibisono.

Penerima wajib merawat panel dan melapor kerusakan ke kantor desa. Tahun depan Pemkab menyiapkan 100 paket lagi untuk Kecamatan Haruai. (diskominfo-tbl/ep)""",
    short="Tabalong salurkan 75 paket listrik surya (APBD, Rp1,2 miliar) untuk Hegarmanah dan Panaan, Bintang Ara, di luar 120 paket provinsi.",
    long="Selain 120 paket dari provinsi, Pemkab Tabalong menambah 75 paket listrik surya rumah dari APBD 2026. Penerimanya warga Desa Hegarmanah dan Panaan di Kecamatan Bintang Ara, terutama keluarga yang tinggal di pondok kebun karet. Isinya panel 100 Wp, baterai lithium dan tiga lampu LED, total nilainya Rp1,2 miliar. Tahun depan ada 100 paket lagi untuk Kecamatan Haruai.",
    para="Tabalong kada mahadang provinsi haja, dangsanak 👏 Tujuh puluh lima paket listrik surya matan APBD dibagi ka Hegarmanah wan Panaan di Bintang Ara, gasan urang nang diam di pondok kabun gatah. Panel saratus watt, baterai lithium, talu lampu. Tahun dudi Haruai pulang kabagian saratus paket.",
    looks=[
        ("tbl", "Warga Jaro bertanya kapan giliran panel surya. Desa Namun masih gelap, padahal tiang listrik sudah ditanam sejak tahun lalu tapi kabel belum ditarik. Dinas bilang Jaro bukan tahun ini.", "Jaro's complaint about unfinished grid poles, not the 75 kits", 80),
        ("tbl", "Haruai tahun depan dapat 100 paket listrik surya. Desa-desa di Haruai diminta menyetor data rumah belum berlistrik paling lambat 15 Januari 2027 ke kecamatan.", "the next step (Haruai 2027) as its own notice: a data deadline", 160),
        ("tbl", "Harga karet di Bintang Ara minggu ini Rp12.800 per kilo di tingkat petani, naik tipis. Pengepul dari Tanjung datang hari Sabtu.", "rubber prices in the same kecamatan", 30),
    ],
    before=None,
),
dict(
    id="a07", source="pemkab-banjar", published="2026-11-03T15:45",
    title="240 PJU Tenaga Surya Diserahkan ke 16 Desa, 32 Kader Teknisi Dilatih",
    text="""MARTAPURA – Pemerintah Kabupaten Banjar menyerahkan aset 240 titik lampu penerangan jalan umum tenaga surya (PJUTS) kepada 16 pemerintah desa di Kecamatan Sungai Tabuk dan Kertak Hanyar, Selasa (3/11/2026), di Aula Barakat Setda Banjar. Bersamaan dengan itu, 32 kader teknisi desa, dua orang dari setiap desa, dilatih membersihkan panel, memeriksa baterai dan mengganti lampu.

“Setelah diserahkan, desa yang menganggarkan pemeliharaan. Lampu yang padam jangan dibiarkan sampai berbulan-bulan,” tegas Kepala Dinas Perumahan Rakyat, Kawasan Permukiman dan Pertanahan Banjar, Muhammad Syarifuddin Halim.

Desa diminta memasukkan biaya pemeliharaan PJUTS dalam APBDes 2027, sekitar Rp150 ribu per titik per tahun. Kader yang sudah dilatih menjadi tempat lapor pertama bila lampu padam. (mc-banjar/sh)""",
    short="Pemkab Banjar serahkan aset 240 PJUTS ke 16 desa di Sungai Tabuk dan Kertak Hanyar, latih 32 kader teknisi; desa wajib anggarkan pemeliharaan ±Rp150 ribu/titik/tahun di APBDes 2027.",
    long="Mulai sekarang 240 lampu jalan tenaga surya di Sungai Tabuk dan Kertak Hanyar jadi aset 16 desa. Serah terimanya Selasa 3 November di Aula Barakat. Setiap desa mengirim dua kader teknisi (32 orang) untuk dilatih membersihkan panel, cek baterai dan ganti lampu. Biaya perawatan sekitar Rp150 ribu per titik per tahun harus masuk APBDes 2027.",
    para="PJU tanaga surya di Sungai Tabuk wan Kertak Hanyar wayahini ampun desa, dangsanak. Duaratus ampat puluh titik disarahkan ka anam balas desa, talu puluh dua kader baajar mambarasihi panel wan maganti lampu. Jadi kalu lampu padam, lapor ka desa, jangan dibiarakan babulan-bulan 😅",
    looks=[
        ("bjr", "Lampu jalan surya di depan langgar RT 4 Desa Gudang Tengah sudah tiga minggu padam. Warga patungan beli lampu LED baru Rp175 ribu dan dipasang sendiri sore tadi.", "residents fixing one lamp with their own money; no handover", 90),
        ("bjr", "Aula Barakat Setda Banjar hari ini dipakai untuk pelatihan 40 operator Siskeudes dari 20 desa. Pelatihan berlangsung dua hari.", "same hall, another event", 5),
        ("bjr", "Kecamatan Aluh-Aluh tahun depan dapat 120 titik PJUTS dari APBD 2027, lokasi masih disurvei. Belum ada jadwal pemasangan.", "another kecamatan's plan for 2027", 140),
        ("bjr", "Dua baterai PJUTS di jalan desa Sungai Lakum hilang dicuri malam Minggu. Pembakal sudah melapor ke Polsek Kertak Hanyar.", "a theft report", 120),
    ],
    before=None,
),
dict(
    id="a08", source="pemkab-tapin", published="2026-11-11T10:20",
    title="118 Baterai PJU Tenaga Surya Ruas Rantau–Margasari Diganti",
    text="""RANTAU – Dinas Perhubungan Kabupaten Tapin mengganti 118 baterai lampu penerangan jalan umum tenaga surya yang mati di ruas Rantau–Margasari, Rabu (11/11/2026). Baterai lama terpasang sejak 2021 dan sebagian besar tidak lagi mampu menyalakan lampu sepanjang malam. Selain itu, 40 tiang di titik rawan pencurian dipasangi kotak baterai berkunci setinggi empat meter.

“Keluhan pengendara soal ruas gelap di Margasari sudah lama kami terima. Penggantian ini memakai anggaran perubahan Rp640 juta,” kata Kepala Dinas Perhubungan Tapin, Hendra Gunawan Saputra.

Penggantian dikerjakan bertahap hingga 25 November, dimulai dari Desa Margasari Ilir. Warga diminta melapor bila melihat orang mencurigakan memanjat tiang lampu. (mc-tapin/hg)""",
    short="Dishub Tapin ganti 118 baterai PJU surya ruas Rantau–Margasari (Rp640 juta) dan pasang 40 kotak baterai berkunci, selesai 25 November.",
    long=None,
    para="Jalan Rantau–Margasari nang pancar kalam tu insya Allah lakas tarang pulang 😄 Dishub Tapin maganti saratus walu balas baterai PJU surya nang sudah mati, wan ampat puluh tiang dibari kotak baterai bakunci gasan manangkal urang mancuri. Rampung tanggal 25 November. Kalu maliat urang mamanjat tiang malam-malam, lapor lah.",
    looks=[
        ("tpn", "Kecelakaan tunggal di ruas Rantau–Margasari dekat Desa Sungai Rutas tadi malam, pengendara motor menabrak sapi yang lepas. Korban dibawa ke RSUD Datu Sanggul.", "an accident on the same road, no lamps", 20),
        ("tpn", "Dishub Tapin mengecat ulang 60 zebra cross dan marka di depan sekolah di Rantau minggu ini, anggaran Rp180 juta.", "same office, another object (road markings)", 48),
        ("tpn", "Kotak berkunci juga dipasang di gardu tandon air PDAM Binuang setelah dua kali kemalingan pompa. Kerja sama PDAM dan Polsek.", "locked boxes for PDAM pumps, not lamp batteries", 100),
    ],
    before=("Lampu jalan di ruas Margasari banyak yang mati, tiap malam gelap gulita. Sudah dilapor ke Dishub bulan lalu, katanya menunggu anggaran perubahan.", "a complaint before the replacement was announced", 60),
),
dict(
    id="a09", source="pemkot-banjarbaru", published="2026-11-20T09:50",
    title="Warga Bisa Lapor Lampu Jalan Surya Padam Lewat Layanan Lampu Kita",
    text="""BANJARBARU – Pemerintah Kota Banjarbaru meluncurkan layanan aduan “Lampu Kita” untuk 1.460 titik penerangan jalan umum tenaga surya di lima kecamatan, Jumat (20/11/2026), di Balai Kota Banjarbaru. Warga cukup memotret lampu yang padam, mengirim lokasi lewat aplikasi Banjarbaru Sigap, lalu enam regu perbaikan Dinas Perhubungan akan datang paling lambat tiga hari.

“Setiap tiang sekarang punya nomor. Sebutkan nomornya supaya regu langsung tahu baterai mana yang harus diperiksa,” ujar Wali Kota Banjarbaru, yang diwakili Asisten Administrasi Umum, Ratna Kartika Dewi.

Selama uji coba sampai 31 Desember, hasil penanganan aduan akan diumumkan setiap pekan di media sosial Pemkot. Nomor tiang tertera pada stiker kuning di setiap tiang. (humas-bjb/rk)""",
    short="Banjarbaru luncurkan layanan aduan \"Lampu Kita\" (via Banjarbaru Sigap) untuk 1.460 PJU surya; 6 regu Dishub datang paling lambat 3 hari; uji coba sampai 31 Desember.",
    long="Lampu jalan surya padam di Banjarbaru sekarang bisa dilaporkan lewat layanan \"Lampu Kita\" di aplikasi Banjarbaru Sigap. Caranya potret lampunya, kirim lokasi dan sebut nomor tiang. Ada 1.460 titik PJU surya di lima kecamatan dan enam regu perbaikan Dishub yang janji datang paling lambat tiga hari. Uji coba sampai 31 Desember, hasilnya diumumkan tiap pekan.",
    para="Lampu jalan surya di gang pian padam? Wayahini kawa dilapor lewat \"Lampu Kita\" di aplikasi Banjarbaru Sigap, dangsanak 📸 Foto lampunya, kirim lokasi, sabut nomor tiangnya. Anam regu Dishub datang paling lambat talu hari. Ada saribu ampat ratus anam puluh titik nang diurus.",
    looks=[
        ("bjb", "Balai Kota Banjarbaru hari ini juga jadi tempat penyerahan hadiah lomba kebersihan kelurahan. Juara satu Kelurahan Guntung Payung, hadiah Rp50 juta.", "same venue, same day, another event", 4),
        ("bjb", "Lampu Kita? Yang di Bangkal sudah tiga kali lapor lewat grup RT, belum ada yang datang. Ternyata lampu di jalan kami bukan PJU kota, itu lampu swadaya warga. Jadi harus diurus RT sendiri.", "a resident's confusion: the lamp is a private, community one", 170),
        ("bjb", "Rekap pekan pertama Lampu Kita belum keluar, tapi warga Kemuning sudah melihat regu Dishub mengganti baterai di Jalan Karang Anyar. Kami tunggu pengumuman resminya.", "a neighbour's sighting before the weekly results, no official figures", 120),
    ],
    before=("Tiang-tiang PJU surya di Jalan Trikora sekarang ada stiker nomornya. Kira-kira untuk apa ya? Ada yang tahu?", "numbers stickers seen before the launch; a question", 40),
),
dict(
    id="a10", source="distanbun-kalsel", published="2026-11-06T16:30",
    title="45 Peternak Ikuti Sekolah Lapang Biogas: Rawat Digester dan Olah Bio-slurry",
    text="""BANJARBARU – Dinas Perkebunan dan Peternakan Provinsi Kalimantan Selatan menutup Sekolah Lapang Biogas angkatan pertama, Jumat (6/11/2026), di UPTD Balai Pelatihan Pertanian Banjarbaru. Sebanyak 45 peternak sapi dari Banjar, Tanah Laut, Tanah Bumbu dan Hulu Sungai Tengah belajar selama tiga hari cara merawat digester, menambal kebocoran, dan mengolah ampas biogas atau bio-slurry menjadi pupuk padat dan cair.

“Banyak digester di desa mangkrak bukan karena rusak berat, tetapi karena pipa tersumbat atau kotoran yang dimasukkan terlalu sedikit,” kata Kepala Bidang Peternakan, Dewi Sartika Anwar.

Setiap peserta membawa pulang alat penguji kebocoran dan wajib mendampingi lima rumah tangga pengguna biogas di desanya hingga Maret 2027. (distanbun/ds)""",
    short="Distanbun Kalsel tutup Sekolah Lapang Biogas angkatan I: 45 peternak (Banjar, Tala, Tanbu, HST) belajar rawat digester dan olah bio-slurry, tiap peserta dampingi 5 rumah tangga sampai Maret 2027.",
    long="Sekolah Lapang Biogas angkatan pertama ditutup Jumat 6 November di UPTD Balai Pelatihan Pertanian Banjarbaru. Pesertanya 45 peternak sapi dari Banjar, Tanah Laut, Tanah Bumbu dan HST. Tiga hari mereka belajar merawat digester, menambal kebocoran dan mengolah bio-slurry jadi pupuk padat dan cair. Pulangnya dibekali alat uji kebocoran dan wajib mendampingi lima rumah tangga pengguna biogas sampai Maret 2027.",
    para="Ampat puluh lima urang paternak sapi tuntung baajar di Sekolah Lapang Biogas, dangsanak 🐄🔥 Talu hari baajar mambaiki digester, manambal nang bocor, wan maulah pupuk matan ampas biogas. Kata ibu kabid, banyak digester mangkrak gara-gara pipa tasumbat haja. Baulih alat uji bocor, wajib mandampingi lima rumah sampai Maret.",
    looks=[
        ("bjr", "UPTD Balai Pelatihan Pertanian Banjarbaru pekan ini juga menggelar pelatihan pembuatan silase jagung untuk 30 peternak kambing dari Tapin dan HSS.", "same venue, same week, another training (silage)", 30),
        ("tala", "Digester biogas di kandang Kelompok Tani Ternak Sumber Rejeki, Desa Ambungan, sudah dua tahun mangkrak. Kami berharap ada yang datang memeriksa. Sampai sekarang belum ada kabar pendampingan.", "a broken digester complaint; no training", 90),
        ("tanbu", "Pelatihan biogas di Tanah Bumbu tahun 2024 dulu diikuti 20 peternak Kusan Hulu, tapi alatnya tidak dibagi. Mudahan sekarang lebih serius.", "the 2024 edition recalled", 140),
        ("hst", "Bu Kabid Peternakan Dewi Sartika Anwar hari ini juga menyerahkan 40 ekor sapi bantuan ke kelompok ternak di Pandawan.", "same official, same day, another object (cattle aid)", 2),
    ],
    before=("Hari kedua belajar biogas di Banjarbaru. Tadi praktik menambal kubah digester yang bocor pakai lem khusus. Besok penutupan.", "a participant's live post during the course, before the closing release", 26),
),
dict(
    id="a11", source="pemkab-banjar", published="2026-11-12T14:15",
    title="15 Digester Biogas Mangkrak di Karang Intan Kembali Menyala",
    text="""MARTAPURA – Dinas Pertanian Kabupaten Banjar merevitalisasi 15 digester biogas yang mangkrak di Kecamatan Karang Intan, Kamis (12/11/2026). Digester bantuan tahun 2019–2021 itu tersebar di Desa Mandikapau Barat, Lihung dan Sungai Arfat. Setelah pipa dan kubah diperbaiki serta kotoran sapi kembali diisi rutin, 11 digester sudah menyala untuk memasak, sedangkan empat lainnya menunggu penggantian kompor.

“Biayanya hanya Rp180 juta, jauh lebih murah daripada membangun baru,” ujar Kepala Dinas Pertanian Kabupaten Banjar, Fathurrahman Asyari.

Dua alumni Sekolah Lapang Biogas provinsi dari Karang Intan ditunjuk mendampingi pemilik digester, dan pemeriksaan ulang dijadwalkan pada 30 November. Pemilik digester juga diajari mengolah ampas menjadi pupuk. (mc-banjar/fa)""",
    short="Distan Banjar revitalisasi 15 digester biogas mangkrak di Karang Intan (Mandikapau Barat, Lihung, Sungai Arfat), Rp180 juta; 11 sudah menyala, 4 tunggu kompor.",
    long=None,
    para="Digester biogas nang mangkrak di Karang Intan wayahini hurip pulang 🔥 Sawalas digester di Mandikapau Barat, Lihung wan Sungai Arfat dibaiki Dinas Pertanian Banjar, sawalas sudah kawa gasan bamasak, ampat lagi mahadang kompor. Biayanya saratus walu puluh juta haja, murah daripada maulah hanyar.",
    looks=[
        ("bjr", "Karang Intan juga dapat 2.000 bibit karet okulasi dari Dinas Perkebunan minggu ini, dibagi untuk 40 petani di Mandikapau Barat.", "same kecamatan and village, another programme (rubber seedlings)", 50),
        ("bjr", "Kadis Pertanian Banjar Fathurrahman Asyari hari ini panen raya padi di Desa Sungai Tabuk Keramat, produktivitas 5,2 ton per hektare.", "same official, same day, another event", 3),
        ("bjr", "Pemeriksaan ulang digester biogas Karang Intan hari ini: dari 15, sekarang 13 sudah menyala setelah kompor baru datang. Dua lagi bocor di sambungan.", "the next step (30 November re-inspection) told as its own result", 427),
    ],
    before=None,
),
dict(
    id="a12", source="pemkab-hsu", published="2026-11-17T11:25",
    title="Peternak Haur Gading Olah Ampas Biogas Jadi 9.000 Liter Pupuk Cair",
    text="""AMUNTAI – Kelompok peternak sapi di Kecamatan Haur Gading, Hulu Sungai Utara, mengolah ampas biogas (bio-slurry) menjadi 9.000 liter pupuk organik cair dalam tiga bulan terakhir. Hasilnya diserahkan kepada 30 kelompok tani, Selasa (17/11/2026), di Desa Palimbangan Sari. Sebanyak 22 peternak terlibat, memanfaatkan digester yang dibangun dari dana desa.

“Dulu ampasnya dibuang ke parit. Sekarang dijual Rp5.000 per liter dan petani sawah rawa sudah merasakan hasilnya,” kata Kepala Dinas Pertanian Hulu Sungai Utara, Syahrani Mahfuz.

Pemkab HSU akan membantu kemasan dan label agar pupuk cair ini bisa dijual di kios tani mulai Januari 2027. Petani yang berminat dapat memesan melalui penyuluh di kecamatan. (diskominfo-hsu/sm)""",
    short="22 peternak Haur Gading (HSU) olah bio-slurry jadi 9.000 liter pupuk cair, diserahkan ke 30 poktan 17/11, dijual Rp5.000/liter; kemasan dibantu Pemkab mulai Januari 2027.",
    long="Ampas biogas yang dulu dibuang ke parit sekarang jadi pupuk cair di Haur Gading. Dalam tiga bulan 22 peternak sapi menghasilkan 9.000 liter pupuk organik cair dari digester dana desa. Selasa 17 November pupuknya diserahkan ke 30 kelompok tani di Desa Palimbangan Sari. Harganya Rp5.000 per liter, dan mulai Januari 2027 Pemkab HSU bantu kemasan dan label supaya bisa dijual di kios tani.",
    para="Bubuhan paternak di Haur Gading pintar banar 👍 Ampas biogas nang dahulu dibuang ka parit wayahini jadi pupuk cair, sanggan sambilan ribu liter! Dijual lima ribu haja saliter ka talu puluh kalompok tani. Januari kaina dibantu kemasan wan label. Mantap HSU!",
    looks=[
        ("hsu", "Kelompok tani di Desa Palimbangan Sari mulai tanam padi rawa serentak pekan ini, 120 hektare. Bibit dari Dinas Pertanian.", "same village, another event (planting)", 70),
        ("hsu", "Jual pupuk kandang kering karungan, Rp15 ribu per karung, ambil sendiri di Haur Gading. Minat japri.", "a private sale of dry manure", 40),
        ("hsu", "Pupuk cair biogas dari Haur Gading sudah masuk kios tani? Belum, katanya baru Januari. Yang beredar sekarang di Alabio itu merek lain, bukan dari kelompok peternak.", "a clarification that a product in Alabio is another brand", 150),
    ],
    before=None,
),
dict(
    id="a13", source="pemprov-kalsel", published="2026-11-09T13:40",
    title="Kuota LPG 3 Kg Kalsel 2027 Ditetapkan 231.600 Metrik Ton",
    text="""BANJARMASIN – Kuota LPG 3 kilogram untuk Kalimantan Selatan tahun 2027 ditetapkan sebesar 231.600 metrik ton, naik 1,8 persen dari kuota 2026 sebesar 227.500 metrik ton. Angka itu disampaikan dalam rapat koordinasi Pemprov Kalsel bersama Pertamina Patra Niaga dan BPH Migas, Senin (9/11/2026), di Gedung Mahligai Pancasila, Banjarmasin.

“Kenaikannya kecil, jadi pembagian per kabupaten harus sesuai jumlah rumah tangga dan usaha mikro yang benar-benar berhak,” kata Asisten Perekonomian dan Pembangunan Setdaprov Kalsel, Gusti Rizky Ananda.

Pembagian kuota untuk 13 kabupaten/kota akan ditetapkan dengan keputusan gubernur paling lambat pertengahan Desember, setelah data pangkalan diverifikasi. Pemprov juga meminta pengawasan penyaluran di tingkat pengecer diperketat. (biro-ekbang/gr)""",
    short="Kuota LPG 3 kg Kalsel 2027: 231.600 metrik ton (naik 1,8% dari 227.500 MT); pembagian per kabupaten/kota ditetapkan gubernur paling lambat pertengahan Desember.",
    long="Kalsel dapat kuota LPG 3 kg sebanyak 231.600 metrik ton untuk 2027. Itu naik 1,8 persen dari kuota 2026 yang 227.500 metrik ton. Angkanya dibahas Pemprov, Pertamina Patra Niaga dan BPH Migas dalam rakor Senin 9 November di Mahligai Pancasila. Pembagian ke 13 kabupaten/kota ditetapkan dengan keputusan gubernur paling lambat pertengahan Desember, setelah data pangkalan dicek.",
    para="Kuota gas malon 3 kilo gasan Kalsel tahun 2027 sudah ditetapkan, dangsanak: duaratus talu puluh saribu anam ratus metrik ton, naik sadikit haja matan tahun ini. Pambagian ka kabupaten kaina pertengahan Desember. Jadi kalu ada nang bapandir 'gas naik dua kali lipat', itu hoaks lah 😅 #LPG3kg",
    looks=[
        ("bjm", "Gedung Mahligai Pancasila hari ini ramai, rakor TPID membahas harga beras menjelang Nataru. Inflasi Kalsel Oktober 2,06 persen.", "same venue, same day, another meeting (inflation)", 3),
        ("prov", "Kuota solar subsidi Kalsel 2027 juga dibahas BPH Migas, tetapi angkanya belum diumumkan. Jangan percaya pesan berantai yang menyebut solar dibatasi 20 liter per hari mulai Januari.", "a denial about diesel quota, not the LPG figure", 60),
        ("bjb", "Naik 1,8 persen! Jumlah penumpang Bandara Syamsudin Noor Oktober 2026 naik 1,8 persen dibanding September, total 412 ribu orang.", "the same percentage meaning something else", 80),
        ("prov", "Asisten II Setdaprov Gusti Rizky Ananda siang ini membuka pameran UMKM Banua di Duta Mall, 120 stan sampai Minggu.", "same official, same day, another event", 5),
    ],
    before=None,
),
dict(
    id="a14", source="pemkab-hst", published="2026-11-13T10:05",
    title="HST Dapat Kuota LPG 3 Kg 9.840 Metrik Ton untuk 2027, Tiga Pangkalan Baru untuk Meratus",
    text="""BARABAI – Kabupaten Hulu Sungai Tengah mendapat kuota LPG 3 kilogram sebanyak 9.840 metrik ton untuk tahun 2027, naik 240 metrik ton dari tahun ini. Rincian itu disampaikan dalam rapat evaluasi distribusi LPG, Jumat (13/11/2026), di Aula Murakata, Barabai, bersama agen dan 212 pangkalan.

“Tambahan ini kami arahkan ke desa-desa Meratus yang selama ini membeli gas jauh di atas HET. Akan ada tiga pangkalan baru di Batang Alai Timur,” jelas Kepala Bagian Perekonomian Setda HST, Noorhidayah Rusmini.

Pangkalan baru di Desa Hinas Kiri, Aing Bantai dan Juhu ditargetkan beroperasi Februari 2027. Pangkalan yang menjual di atas HET tetap akan dievaluasi setiap tiga bulan. (prokopim-hst/nr)""",
    short="HST dapat kuota LPG 3 kg 9.840 metrik ton untuk 2027 (naik 240 MT); tiga pangkalan baru di Batang Alai Timur (Hinas Kiri, Aing Bantai, Juhu) mulai Februari 2027.",
    long=None,
    para="Kuota gas malon HST tahun dudi sambilan ribu walu ratus ampat puluh metrik ton, naik duaratus ampat puluh. Tambahannya diarahkan ka desa-desa Meratus, ada talu pangkalan hanyar di Hinas Kiri, Aing Bantai wan Juhu, buka Februari 2027. Bubuhan di gunung kada usah lagi manukar gas mahal 🙏",
    looks=[
        ("hst", "Di Hantakan gas 3 kilo hari ini dijual pengecer Rp45 ribu per tabung. Pangkalan di Barabai kosong sejak Rabu. Ada yang tahu kapan kiriman datang?", "a price complaint in Hantakan; no quota facts", 40),
        ("hst", "Aula Murakata hari ini dipakai rapat persiapan MTQ kabupaten 2027. Panitia dibentuk, tuan rumah Kecamatan Pandawan.", "same hall, same day, another meeting", 2),
        ("hst", "Pangkalan LPG baru resmi buka hari ini di Desa Pandawan, milik koperasi desa, jatah 560 tabung per bulan. Letaknya di samping pasar.", "another new pangkalan, in Pandawan, opening now (not the Meratus three of 2027)", 100),
    ],
    before=None,
),
]
