"""Hand-written releases a23–a33 (FPK Tanah Laut; ormas registers; pilkades e-voting, postponement, disputes,
interim heads, voter data for pilkades; BPD hearings) with their posts."""
from spec import B, L, P

ANNS = [
dict(id="a23", src="pemkab-tala", at="2026-11-12 18:20", slug="fpk-tanah-laut-gelar-dialog-kebangsaan-bersama-60-tokoh-paguyuban",
     title="FPK Tanah Laut Gelar Dialog Kebangsaan Bersama 60 Tokoh Paguyuban",
     text="""PELAIHARI – Forum Pembauran Kebangsaan (FPK) Kabupaten Tanah Laut menggelar dialog kebangsaan bersama 60 tokoh paguyuban etnis di Balairung Tuntung Pandang, Pelaihari, Kamis (12/11/2026). Dialog membahas hubungan warga asli dan pendatang di kawasan perkebunan serta permukiman transmigrasi.

Peserta menyepakati pembentukan tim kecil di lima kecamatan yang bertugas menengahi perselisihan warga sebelum dibawa ke aparat. “Di Tanah Laut hampir semua suku ada. Masalah kecil seperti batas kebun bisa membesar kalau dibiarkan,” kata Ketua FPK Tanah Laut, Imam Syafii Rahman.

Tim kecil itu akan dikukuhkan pada Desember. Pemkab Tanah Laut melalui Kesbangpol menyiapkan pelatihan mediasi bagi anggotanya sebelum tim itu mulai bertugas. (diskominfo-tala/ra)""",
     short="FPK Tanah Laut gelar dialog kebangsaan dengan 60 tokoh paguyuban etnis di Balairung Tuntung Pandang, Kamis 12/11; sepakat bentuk tim kecil penengah di lima kecamatan.",
     para=P("""Tokoh paguyuban di Tanah Laut, 60 urang, Kamis (12/11) badialog di Balairung Tuntung Pandang 🤝 Bapandir urang asli wan pandatang di kabun wan kampung transmigrasi. Hasilnya ada tim halus di lima kecamatan gasan mahalusi paparangan warga, misalnya batas kabun, sabalum dibawa ka aparat. Desember kaina dikukuhakan."""),
     looks=[
         L("kim-asam-asam", "2026-11-14 16:45", "fb", """Warga dua RT di Asam Asam berselisih soal batas kebun sawit. Kemarin sore dimediasi pembakal dan Bhabinkamtibmas di balai desa, dan kedua pihak sepakat memasang patok baru bersama-sama Minggu depan.""",
           "an actual boundary dispute mediated in one village, no FPK dialogue"),
         L("kim-sarang-halang", "2026-11-13 10:20", "fb", """Balairung Tuntung Pandang kemarin malam dipakai malam puncak lomba kasidah se-Tanah Laut. Juara umumnya dari Kecamatan Bati-Bati.""",
           "the same hall, another event the same evening"),
         L("kim-asam-asam", "2026-12-04 15:10", "fb", """Tim penengah FPK untuk Kecamatan Jorong dikukuhkan hari ini di kantor kecamatan. Anggotanya tujuh orang dari paguyuban Jawa, Banjar, Bugis dan Madura. Mereka akan dilatih mediasi pekan depan.""",
           "the December induction of one kecamatan's team, a later step"),
     ],
     before=[]),

dict(id="a24", src="pemkot-banjarmasin", at="2026-11-10 15:10", slug="157-ormas-di-banjarmasin-diminta-perbarui-data-sebelum-15-desember",
     title="157 Ormas di Banjarmasin Diminta Perbarui Data Sebelum 15 Desember",
     text="""BANJARMASIN – Kesbangpol Kota Banjarmasin mencatat 412 organisasi kemasyarakatan (ormas) terdaftar di Banjarmasin, tetapi 157 di antaranya tidak pernah memperbarui data kepengurusan lebih dari tiga tahun. Hal itu disampaikan dalam sosialisasi pemutakhiran data ormas di Balai Kota Banjarmasin, Selasa (10/11/2026).

Ormas yang tidak memperbarui data hingga Selasa (15/12/2026) akan dikeluarkan dari daftar penerima undangan dan fasilitasi kegiatan Pemkot. “Kami tidak membubarkan siapa pun. Kami hanya ingin tahu ormas mana yang masih hidup,” kata Kepala Kesbangpol Banjarmasin, Fathurrahman Nizar.

Pembaruan dapat dilakukan dengan mengisi formulir di kantor Kesbangpol, Jalan Pramuka, atau melalui tautan yang dibagikan kepada pengurus. Dokumen yang diperlukan adalah susunan pengurus dan alamat sekretariat terbaru. (humas-bjm/ag)""",
     short="Kesbangpol Banjarmasin: dari 412 ormas terdaftar, 157 tak perbarui data lebih dari tiga tahun; batas pembaruan Selasa 15 Desember (sosialisasi Selasa 10/11 di Balai Kota).",
     para=P("""Pangurus ormas di Banjarmasin, ingatakan lah 📝 Kesbangpol kota mancatat 412 ormas, tapi 157 kada suah mambaharui data pangurus labih tiga tahun. Mun sampai 15 Desember kada dibaharui, kada diundang lagi wan kada dibantu fasilitas Pemkot. Bukan dibubarakan jar sidin, handak tahu haja ormas mana nang masih hidup 😅"""),
     looks=[
         L("kim-teluk-tiram", "2026-11-11 19:40", "fb", """Rapat anggota tahunan koperasi nelayan Teluk Tiram memilih pengurus baru dan memperbarui data 157 anggota. Simpanan wajib naik menjadi Rp20 ribu per bulan mulai Januari.""",
           "a cooperative updating 157 members: same figure, other organisation type"),
         L("kim-teluk-tiram", "2026-11-30 09:30", "fb", """Ada kabar di grup RT bahwa ormas yang tidak daftar ulang akan dibubarkan. Kami tanya langsung ke kelurahan, katanya itu tidak benar dan kelurahan tidak pernah mengirim pesan seperti itu. Mohon tidak panik dan tidak ikut menyebar.""",
           "a denial of a dissolution rumour, no new facts"),
         L("kim-alalak-tengah", "2026-11-19 15:30", "fb", """Kesbangpol Banjarmasin membuka pendaftaran lomba ormas berprestasi 2026 untuk kategori kepemudaan, sosial dan keagamaan. Berkas kegiatan dikirim paling lambat 4 Desember, pemenang diumumkan saat peringatan Hari Jadi Kota.""",
           "the same office's contest for ormas, another object"),
     ],
     before=[]),

dict(id="a25", src="pemkab-banjar", at="2026-11-26 16:30", slug="kesbangpol-banjar-minta-286-ormas-serahkan-laporan-kegiatan-tahunan",
     title="Kesbangpol Banjar Minta 286 Ormas Serahkan Laporan Kegiatan Tahunan",
     text="""MARTAPURA – Kesbangpol Kabupaten Banjar mengumpulkan 120 pengurus organisasi kemasyarakatan di Aula Barakat, Martapura, Kamis (26/11/2026), untuk sosialisasi laporan kegiatan tahunan. Dari 286 ormas yang terdata di Kabupaten Banjar, baru 94 yang rutin menyerahkan laporan.

Laporan cukup memuat daftar kegiatan, jumlah anggota yang terlibat dan sumber dana setiap kegiatan. “Laporan ini bukan untuk mempersulit. Ormas yang aktif justru lebih mudah kami libatkan dalam kegiatan pemerintah daerah,” kata Kepala Kesbangpol Banjar, Gusti Irwansyah Putra.

Batas penyerahan laporan tahun 2026 ditetapkan Jumat (29/1/2027). Kesbangpol Banjar menyediakan meja pendampingan di kantornya setiap Selasa dan Kamis bagi pengurus yang kesulitan menyusun laporan kegiatan tahunan. (diskominfo-banjar/hr)""",
     short="Kesbangpol Banjar kumpulkan 120 pengurus ormas di Aula Barakat (Kamis 26/11): baru 94 dari 286 ormas rutin lapor kegiatan tahunan; batas laporan 2026 Jumat 29 Januari 2027.",
     para=P("""Pangurus ormas di Kabupaten Banjar, 120 urang bakumpul di Aula Barakat, Kamis (26/11) 📋 Matan 286 ormas nang tadata, hanyar 94 nang rajin manyarahakan laporan kagiatan. Laporannya kada ribut: daftar kagiatan, barapa anggota nang umpat, duitnya matan mana. Batasnya 29 Januari 2027, ada meja pandampingan tiap Salasa wan Kamis."""),
     looks=[
         L("kim-astambul-kota", "2026-11-27 08:30", "fb", """Aula Barakat kemarin sore juga dipakai penyerahan SK 22 kepala desa antarwaktu oleh Bupati Banjar. Keluarga para kades datang ramai sehingga parkir meluber ke jalan.""",
           "the same hall, another event (interim kades SK)"),
         L("kim-mataraman", "2026-12-02 20:00", "fb", """Ormas pemuda di Mataraman mengadakan rapat akhir tahun dan menyusun laporan kegiatan 2026: ada 14 kegiatan, dari donor darah sampai bersih-bersih sungai. Laporannya akan diserahkan ke Kesbangpol bulan depan.""",
           "one ormas's own year-end meeting with its own facts"),
     ],
     before=[]),

dict(id="a26", src="pemkab-batola", at="2026-11-21 17:10", slug="simulasi-e-voting-pilkades-di-tiga-desa-batola-diikuti-1240-warga",
     title="Simulasi E-Voting Pilkades di Tiga Desa Batola Diikuti 1.240 Warga",
     text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala melalui Dinas Pemberdayaan Masyarakat dan Desa menggelar simulasi pemungutan suara elektronik (e-voting) untuk pemilihan kepala desa di Desa Bagus, Karang Bunga dan Sungai Gampa, Sabtu (21/11/2026). Simulasi diikuti 1.240 warga dengan calon fiktif.

Setiap pemilih menyentuh layar untuk memilih, lalu mesin mencetak struk bukti yang dimasukkan ke kotak. Rata-rata waktu memilih tercatat 52 detik per orang. “Hasil simulasi ini akan kami pakai untuk memutuskan apakah pilkades 2027 di Batola memakai e-voting atau tetap mencoblos,” kata Kepala DPMD Batola, Suriansyah Rasyid.

DPMD akan memaparkan hasil evaluasi kepada Bupati Barito Kuala pada Desember. Warga yang belum sempat mencoba dapat mengikuti simulasi lanjutan di kantor kecamatan. (kominfo-batola/jn)""",
     short="DPMD Batola gelar simulasi e-voting pilkades di Desa Bagus, Karang Bunga dan Sungai Gampa, Sabtu 21/11: 1.240 warga mencoba, rata-rata 52 detik per pemilih, evaluasi ke Bupati Desember.",
     long="""Warga tiga desa di Barito Kuala mencoba cara baru memilih kepala desa. Sabtu, 21 November 2026, DPMD Batola menggelar simulasi e-voting di Desa Bagus, Karang Bunga dan Sungai Gampa dengan calon fiktif, diikuti 1.240 warga.

Pemilih cukup menyentuh layar, lalu mesin mencetak struk yang dimasukkan ke kotak. Waktu memilih rata-rata 52 detik. Kepala DPMD Batola Suriansyah Rasyid mengatakan hasil simulasi menentukan apakah pilkades 2027 memakai e-voting. Evaluasi dipaparkan ke Bupati pada Desember.""",
     para=P("""Warga Bagus, Karang Bunga wan Sungai Gampa, Sabtu (21/11) mancuba milih pambakal pakai layar sentuh 📱 Calonnya bapura-pura haja, tapi 1.240 urang umpat mancuba. Rata-rata 52 detik haja sudah tuntung, kaluar struknya dimasukakan ka kotak. Kaina Desember hanyar diputusakan pilkades 2027 pakai e-voting atawa mancoblos. Kaya apa jar pian? #Batola""", kim="kim-anjir-pasar-kota"),
     looks=[
         L("kim-marabahan-kota", "2026-11-28 13:00", "fb", """Simulasi lanjutan e-voting di Kantor Kecamatan Marabahan hari ini diikuti 186 warga. Sempat ada gangguan printer struk selama 15 menit, tapi lalu normal lagi. Yang belum mencoba, masih dibuka sampai sore.""",
           "the follow-up simulation at the kecamatan (186), a later round with its own facts"),
         L("kim-handil-bakti", "2026-11-22 09:40", "fb", """Banyak yang tanya: apakah pilkades Handil Bakti tahun depan pasti pakai e-voting? Jawaban dari kantor desa: untuk desa kami belum ada keputusan apa pun, jadwal pilkades pun belum keluar. Jadi jangan percaya dulu kabar "pasti e-voting".""",
           "a hedged answer and denial, no simulation facts"),
         L("kim-anjir-pasar-kota", "2026-11-21 20:30", "fb", """Sabtu ini Desa Anjir Pasar Kota juga memilih ketua karang taruna baru lewat pemungutan suara di balai desa. Ada 3 calon dan 212 pemilih. Terpilih saudara Rahmadi dengan 108 suara.""",
           "a youth-group election in another village the same Saturday"),
     ],
     before=[
         B("kim-marabahan-kota", "2026-11-20 18:30", "fb", """Besok di Desa Bagus ada simulasi pilkades pakai layar sentuh. Kata panitia calonnya pura-pura, warga boleh coba semua. Mesinnya sudah datang tadi sore, ditutup terpal di balai desa.""",
           "the machines arriving the evening before, no figures"),
     ]),

dict(id="a27", src="pemkab-tala", at="2026-11-13 11:40", slug="pilkades-serentak-2027-di-52-desa-tanah-laut-tetap-mencoblos",
     title="Pilkades Serentak 2027 di 52 Desa Tanah Laut Tetap Mencoblos",
     text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut memutuskan pemilihan kepala desa serentak 2027 di 52 desa tetap menggunakan surat suara yang dicoblos, bukan e-voting. Keputusan itu diambil dalam rapat bersama DPMD, camat dan perwakilan kepala desa di Pelaihari, Jumat (13/11/2026).

Alasan utamanya adalah keterbatasan jaringan listrik dan internet di sebagian desa serta anggaran pengadaan perangkat yang belum tersedia. “Kami tidak menolak teknologi. Tetapi pilkades harus bisa dilaksanakan dengan cara yang sama di seluruh desa,” kata Bupati Tanah Laut, Rahmat Hidayat Yusuf.

Tahapan pilkades serentak 2027 akan dimulai dengan pembentukan panitia di tingkat desa pada Maret. DPMD Tanah Laut diminta menyusun petunjuk teknis paling lambat Februari. (diskominfo-tala/ra)""",
     short="Pemkab Tanah Laut putuskan pilkades serentak 2027 di 52 desa tetap mencoblos, bukan e-voting (rapat Jumat 13/11), karena listrik/internet dan anggaran; panitia desa dibentuk Maret.",
     para=P("""Pilkades 2027 di Tanah Laut, 52 desa, tatap mancoblos lah, kada pakai e-voting 🗳️ Diputusakan Jumat (13/11) di Pelaihari. Alasannya listrik wan internet di sabagian desa balum tantu, duit gasan mamatuk alatnya gin balum ada. Jar Bupati, bukannya kada hakun teknologi. Maret kaina hanyar dibantuk panitia di desa."""),
     looks=[
         L("kim-asam-asam", "2026-11-15 20:00", "fb", """Listrik di Asam Asam padam lagi hampir enam jam, Minggu sore sampai malam. Warga berharap PLN memperbaiki gardu di ujung kampung sebelum musim hujan makin deras.""",
           "a power cut in a village; no pilkades"),
         L("kim-tabanio", "2026-11-19 16:30", "fb", """Kata tetangga, ada yang sudah pasang baliho calon kepala desa Tabanio untuk 2027, padahal tahapannya belum dimulai. Panitia pun belum dibentuk. Mohon bersabar dulu sampai ada jadwal resmi dari kabupaten.""",
           "a premature banner complaint; no decision reported"),
         L("kim-sarang-halang", "2026-11-14 09:00", "fb", """Pemerintah Kabupaten Tanah Bumbu menyatakan masih mengkaji e-voting untuk pilkades 2027 di 37 desanya. Keputusannya baru akan diumumkan awal tahun.""",
           "Tanah Bumbu's undecided study (37 villages): another kabupaten"),
     ],
     before=[]),

dict(id="a28", src="pemkab-tapin", at="2026-11-03 15:20", slug="bupati-tapin-tetapkan-hasil-pilkades-dua-desa-setelah-keberatan-diselesaikan",
     title="Bupati Tapin Tetapkan Hasil Pilkades Dua Desa Setelah Keberatan Diselesaikan",
     text="""RANTAU – Bupati Tapin menetapkan hasil pemilihan kepala desa di Desa Tambarangan dan Desa Sungai Bahalang setelah tim penyelesaian perselisihan menyelesaikan keberatan dari calon yang kalah, Selasa (3/11/2026). Kedua desa merupakan bagian dari 14 desa yang menggelar pilkades serentak pada Oktober lalu.

Tim menghitung ulang surat suara yang disengketakan dan memeriksa 11 saksi. Hasilnya, perolehan suara tidak berubah dan calon terpilih tetap dinyatakan menang. “Keberatan itu hak calon. Yang penting semua diperiksa terbuka dan warga bisa menerima hasilnya,” kata Bupati Tapin, Muhammad Yamin Arifin.

Kepala desa terpilih di 14 desa akan dilantik bersama di Rantau pada pertengahan Desember. DPMD Tapin meminta panitia desa segera menyerahkan seluruh berkas. (prokopim-tapin/sy)""",
     short="Bupati Tapin tetapkan hasil pilkades Desa Tambarangan dan Sungai Bahalang (Selasa 3/11) setelah tim hitung ulang dan periksa 11 saksi; suara tak berubah, pelantikan 14 kades pertengahan Desember.",
     para=P("""Pilkades di Tambarangan wan Sungai Bahalang sudah tuntung urusannya 🙏 Tim mahitung ulang surat suara nang diparmasalahakan wan mamariksa 11 saksi, hasilnya tatap kaya samalam, nang manang tatap manang. Ditetapakan Bupati Tapin Salasa (3/11). Pertengahan Desember kaina 14 pambakal dilantik basama di Rantau."""),
     looks=[
         L("kim-hatungun", "2026-11-04 18:20", "fb", """Desa kami termasuk 14 desa yang memilih kepala desa Oktober lalu. Alhamdulillah di Hatungun tidak ada keberatan, semua calon bersalaman di balai desa setelah penghitungan. Sekarang tinggal menunggu jadwal pelantikan.""",
           "a village's own calm pilkades recalled; not the two-village dispute"),
         L("kim-hatungun", "2026-11-20 09:00", "fb", """Ada yang menyebar kabar pilkades di desa tetangga akan diulang. Kami tanya ke panitia: tidak benar, tidak ada jadwal pemungutan suara ulang di desa mana pun. Mohon tidak ikut menyebar.""",
           "a denial of a re-run rumour"),
         L("kim-rangda-malingkung", "2026-11-11 12:30", "fb", """Tim penyelesaian perselisihan pilkades Kabupaten HSS memeriksa keberatan di Desa Hamalau, Rabu (11/11). Hasil pemeriksaan akan diumumkan pekan depan.""",
           "the same procedure in HSS (Hamalau), another kabupaten"),
         L("kim-binuang", "2026-12-05 11:10", "fb", """Kabar dari DPMD Tapin, pelantikan 14 kepala desa hasil pilkades Oktober dimajukan menjadi Senin 14 Desember di Gedung Rantau Baru. Undangan sudah dikirim ke desa.""",
           "the inauguration date fixed in December, a later step"),
     ],
     before=[
         B("kim-binuang", "2026-11-02 19:30", "fb", """Tim dari kabupaten hari ini menghitung ulang surat suara pilkades di salah satu desa di Tapin Selatan. Warga menunggu di luar balai desa sampai sore. Hasilnya katanya diumumkan bupati.""",
           "the recount day before the decision, without the result"),
     ]),

dict(id="a29", src="pemkab-kotabaru", at="2026-11-19 16:40", slug="empat-desa-di-pulau-laut-gelar-musdes-pemilihan-kades-antarwaktu",
     title="Empat Desa di Pulau Laut Gelar Musdes Pemilihan Kades Antarwaktu",
     text="""KOTABARU – Empat desa di Kecamatan Pulau Laut Utara dan Pulau Laut Tengah akan memilih kepala desa antarwaktu melalui musyawarah desa pada Kamis (26/11/2026). Jabatan kepala desa di empat desa itu kosong karena kepala desanya meninggal dunia atau mengundurkan diri.

Peserta musyawarah terdiri atas BPD, perangkat desa, tokoh masyarakat, perwakilan perempuan dan ketua RT, masing-masing desa sekitar 60 orang. “Kepala desa antarwaktu dipilih musyawarah, bukan pemilihan langsung. Karena itu pesertanya harus mewakili semua unsur warga,” kata Kepala DPMD Kotabaru, Aidil Fitriansyah.

Calon yang ingin maju sudah bisa mendaftar ke panitia di kantor desa masing-masing hingga Senin (23/11/2026). Kepala desa terpilih akan menjabat sampai akhir masa jabatan kepala desa sebelumnya. (kominfo-kotabaru/dr)""",
     short="Empat desa di Pulau Laut Utara dan Pulau Laut Tengah pilih kepala desa antarwaktu lewat musdes Kamis 26/11 (sekitar 60 peserta per desa); pendaftaran calon sampai Senin 23/11.",
     para=P("""Ampat desa di Pulau Laut Utara wan Pulau Laut Tengah handak mamilih pambakal antarwaktu, Kamis (26/11) 🗳️ Bukan pamilihan langsung, tapi musdes, sakitar 60 urang tiap desa: BPD, parangkat, tokoh, bibinian wan ketua RT. Pambakalnya kosong karna maninggal atawa mundur. Nang handak maju, daftar ka panitia di kantor desa sampai Sanin 23/11.""", kim="kim-serongga"),
     looks=[
         L("kim-semayap", "2026-11-26 18:30", "fb", """Musdes pemilihan kepala desa antarwaktu di salah satu desa tetangga Semayap hari ini berlangsung tertib. Dari 58 peserta, 37 memilih calon dari unsur perangkat desa. Terima kasih kepada BPD yang memimpin rapat.""",
           "the musdes day itself (26 Nov) in one village with its own result"),
         L("kim-sungai-bali", "2026-11-20 11:30", "fb", """Warga Sungai Bali bertanya apakah desa kami ikut pemilihan kades antarwaktu. Jawabannya tidak, karena kepala desa kami masih menjabat sampai 2028. Yang ada di Pulau Sebuku bulan ini hanya musdes APBDes.""",
           "an explicit 'not our village' clarification; another meeting"),
         L("kim-serongga", "2026-11-30 17:40", "fb", """BPD Desa Serongga memilih sekretaris desa baru lewat musyawarah, Senin (30/11), setelah sekdes lama pensiun. Terpilih salah satu staf kaur keuangan.""",
           "a village's own musyawarah for a secretary, not a kepala desa"),
     ],
     before=[]),

dict(id="a30", src="pemkab-hst", at="2026-11-25 15:00", slug="kpu-hst-serahkan-data-pemilih-untuk-pilkades-2027-di-42-desa",
     title="KPU HST Serahkan Data Pemilih untuk Pilkades 2027 di 42 Desa",
     text="""BARABAI – KPU Kabupaten Hulu Sungai Tengah menyerahkan data pemilih terbaru kepada Dinas Pemberdayaan Masyarakat dan Desa (DPMD) HST sebagai bahan daftar pemilih pilkades serentak 2027 di 42 desa, Rabu (25/11/2026). Data yang diserahkan mencakup 58.316 pemilih.

Panitia pilkades di desa nantinya hanya perlu mencocokkan data itu dengan kondisi terbaru, bukan mendata dari awal. “Selama ini panitia pilkades mendata sendiri dan sering berbeda dengan data KPU. Dengan data yang sama, keberatan warga bisa dikurangi,” kata Sekretaris Daerah HST, Muhammad Yusran Fikri, saat menerima data.

DPMD HST akan membagikan data per desa setelah panitia pilkades terbentuk pada Februari 2027. Kerahasiaan data dijaga dengan berita acara serah terima. (diskominfo-hst/fk)""",
     short="KPU HST serahkan data 58.316 pemilih ke DPMD sebagai bahan daftar pemilih pilkades 2027 di 42 desa (Rabu 25/11); dibagikan per desa setelah panitia terbentuk Februari 2027.",
     para=P("""Pilkades 2027 di HST, 42 desa, kaina kada mandata matan nol lagi 👍 KPU HST sudah manyarahakan data 58.316 pamilih ka DPMD, Rabu (25/11). Panitia di desa tinggal mancocokakan haja lawan kaadaan wayahini. Jar Sekda, supaya kada banyak urang bakaberatan. Dibagi per desa Februari kaina pas panitia sudah ada."""),
     looks=[
         L("kim-birayang", "2026-11-26 19:10", "fb", """Desa kami bukan termasuk 42 desa yang pilkades 2027. Kepala desa Birayang baru dilantik tahun lalu. Jadi kalau ada yang menawarkan jadi panitia pilkades di sini, itu tidak benar.""",
           "a 'not our village' notice warning of false offers"),
         L("kim-haruyan", "2026-11-27 10:40", "fb", """KPU HST menggelar rapat pleno rekapitulasi daftar pemilih berkelanjutan triwulan IV, Jumat (27/11). Jumlah pemilih HST tercatat 198.740.""",
           "KPU HST's quarterly pleno with the kabupaten total: another event of the same office"),
         L("kim-birayang", "2026-12-03 09:20", "fb", """Panitia musyawarah desa di Birayang menyusun daftar hadir rapat APBDes 2027 dari data warga terbaru. Undangan untuk 86 perwakilan RT dan kelompok warga dibagikan hari ini.""",
           "a village meeting attendance list from resident data; not pilkades voter data"),
     ],
     before=[
         B("kim-pandawan", "2026-11-24 17:10", "fb", """Katanya besok KPU HST menyerahkan data pemilih ke pemkab untuk pilkades. Desa Pandawan termasuk yang pilkades 2027 atau tidak ya? Ada yang tahu?""",
           "a question the day before, no details"),
     ]),

dict(id="a31", src="pemkab-tabalong", at="2026-11-27 09:10", slug="dps-pilkades-31-desa-di-tabalong-diumumkan-warga-diminta-cek-hingga-30-november",
     title="DPS Pilkades 31 Desa di Tabalong Diumumkan, Warga Diminta Cek hingga 30 November",
     text="""TANJUNG – Panitia pemilihan kepala desa di 31 desa Kabupaten Tabalong mengumumkan daftar pemilih sementara (DPS) pilkades serentak, Jumat (27/11/2026). DPS ditempel di kantor desa, masjid dan warung yang sering dikunjungi warga, dengan total 41.208 pemilih.

Warga diminta memeriksa nama sendiri dan keluarganya hingga Senin (30/11/2026). Keberatan atau perbaikan disampaikan langsung kepada panitia desa dengan membawa KTP-el atau kartu keluarga. “Jangan menunggu hari pemilihan baru protes. Waktu untuk memperbaiki ada sekarang,” kata Kepala DPMD Tabalong, Hairil Anwar Saleh.

Setelah masa tanggapan, panitia akan menetapkan daftar pemilih tetap pilkades pada pekan kedua Desember. Pemungutan suara di 31 desa dijadwalkan pada Januari 2027. (diskominfo-tabalong/ms)""",
     short="Panitia pilkades 31 desa Tabalong umumkan DPS (41.208 pemilih) Jumat 27/11, ditempel di kantor desa, masjid dan warung; tanggapan sampai Senin 30/11, DPT pilkades pekan kedua Desember.",
     para=P("""Warga 31 desa di Tabalong nang handak pilkades, DPS-nya sudah ditampal di kantor desa, masjid wan warung 📜 Jumlahnya 41.208 pamilih. Tiring ngaran pian wan kaluarga sampai Sanin 30 November, mun ada nang salah bawa KTP-el atawa KK ka panitia. Jangan hari pamilihan hanyar ribut lah! #Tabalong"""),
     looks=[
         L("kim-jaro", "2026-11-28 15:30", "fb", """DPS pilkades di desa kami sudah ditempel di masjid sejak kemarin: 1.312 pemilih. Ada beberapa nama warga yang sudah pindah ke Tanjung masih tercantum. Silakan sampaikan ke panitia di kantor desa.""",
           "one village's own list (1.312) and its observations"),
         L("kim-jaro", "2026-12-05 10:00", "fb", """Panitia pilkades desa kami mengundi nomor urut tiga calon kepala desa di balai desa, Sabtu (5/12). Calon nomor 1 guru SD, nomor 2 mantan sekdes, nomor 3 pengusaha karet.""",
           "a village's ballot-number draw in December: another step"),
         L("kim-muara-uya", "2026-11-29 14:00", "fb", """Daftar peserta BPJS Kesehatan PBI yang dinonaktifkan ditempel di kantor desa dan masjid sejak Jumat. Warga yang namanya ada di daftar dapat mengurus reaktivasi di Dinas Sosial Tabalong.""",
           "another list posted at the same places the same weekend"),
     ],
     before=[
         B("kim-jaro", "2026-11-26 20:10", "fb", """Panitia pilkades sedang memfotokopi daftar pemilih sementara untuk ditempel besok pagi di masjid dan warung. Katanya warga diberi waktu beberapa hari saja untuk cek.""",
           "the evening before the list is posted"),
         B("kim-mabuun", "2026-11-25 13:30", "fb", """Ada yang tahu kapan daftar pemilih pilkades diumumkan? Keluarga kami baru pindah dari Kelua dan ingin memastikan bisa memilih di sini.""",
           "a question two days before the list, no facts"),
     ]),

dict(id="a32", src="pemkab-hsu", at="2026-11-16 16:00", slug="forum-dengar-aspirasi-bpd-se-hsu-tampung-2140-usulan-warga",
     title="Forum Dengar Aspirasi BPD se-HSU Tampung 2.140 Usulan Warga",
     text="""AMUNTAI – Badan Permusyawaratan Desa (BPD) di 219 desa se-Kabupaten Hulu Sungai Utara menampung 2.140 usulan warga melalui Forum Dengar Aspirasi yang digelar serentak pada 1–14 November. Hasilnya dilaporkan kepada Bupati HSU di Amuntai, Senin (16/11/2026).

Usulan terbanyak menyangkut jalan titian dan jembatan desa, lampu penerangan, serta air bersih saat kemarau. “BPD adalah rumah aspirasi warga desa. Usulan ini harus masuk musyawarah desa, bukan berhenti di map,” kata Bupati HSU, Husairi Mansyur Effendi.

BPD diminta membawa usulan itu ke musyawarah desa penyusunan rencana kerja pemerintah desa 2027. DPMD HSU akan memantau berapa usulan yang akhirnya masuk APBDes tahun depan. (diskominfo-hsu/ys)""",
     short="BPD di 219 desa HSU tampung 2.140 usulan lewat Forum Dengar Aspirasi (1–14/11), dilaporkan ke Bupati Senin 16/11; terbanyak jalan titian, jembatan, lampu jalan dan air bersih.",
     long="""Selama dua pekan, 1–14 November, BPD di 219 desa Hulu Sungai Utara membuka Forum Dengar Aspirasi serentak. Hasilnya 2.140 usulan warga, dilaporkan kepada Bupati HSU di Amuntai pada Senin, 16 November 2026.

Paling banyak warga meminta perbaikan jalan titian dan jembatan desa, lampu penerangan jalan, serta air bersih pada musim kemarau. Bupati Husairi Mansyur Effendi meminta agar usulan dibawa ke musyawarah desa penyusunan RKP Desa 2027, dan DPMD akan memantau berapa yang masuk APBDes.""",
     para=P("""BPD di 219 desa HSU, tanggal 1 sampai 14 November, mambuka Forum Dengar Aspirasi 🗣️ Tangkumpul 2.140 usulan warga, nang banyak titian wan jambatan, lampu jalan, wan banyu bersih musim kamarau. Jar Bupati, usulan jangan mandak di map haja, harus dibawa ka musdes RKP Desa 2027. Mantap BPD kita!""", kim="kim-danau-panggang"),
     looks=[
         L("kim-babirik", "2026-11-17 20:30", "fb", """BPD desa kami menggelar musyawarah khusus soal titian kayu yang patah di RT 02, Selasa malam (17/11). Disepakati perbaikan darurat swadaya Sabtu ini, sambil menunggu anggaran desa tahun depan.""",
           "one village's own BPD meeting on one broken walkway"),
         L("kim-palampitan-hulu", "2026-11-16 21:00", "fb", """Senin siang tadi Bupati HSU Husairi Mansyur Effendi juga menyerahkan 2.140 paket seragam sekolah gratis untuk siswa SD kelas 1 di Pendopo Amuntai.""",
           "the same official, same day, 2.140 uniforms: same figure, other event"),
         L("kim-danau-panggang", "2026-11-24 15:20", "fb", """Masih banyak warga Danau Panggang yang belum tahu ada forum aspirasi BPD bulan ini. Di desa kami pengumumannya hanya di grup WA, padahal banyak nenek-nenek tidak pakai HP. Semoga tahun depan diumumkan di masjid juga.""",
           "a complaint about how one village announced it; no new facts"),
     ],
     before=[
         B("kim-palampitan-hulu", "2026-11-05 19:00", "fb", """BPD desa tetangga kami membuka meja aspirasi di balai desa setiap sore minggu ini. Silakan datang kalau ada usulan jalan atau lampu. Catatannya nanti dibawa ke rapat.""",
           "a village's open desk in the first week, before the kabupaten report"),
     ]),

dict(id="a33", src="pemkab-batola", at="2026-11-08 13:30", slug="bpd-semangat-dalam-gelar-rapat-dengar-pendapat-terbuka-soal-pasar-desa",
     title="BPD Semangat Dalam Gelar Rapat Dengar Pendapat Terbuka Soal Pasar Desa",
     text="""MARABAHAN – Badan Permusyawaratan Desa (BPD) Semangat Dalam, Kecamatan Alalak, menggelar rapat dengar pendapat terbuka tentang rencana pembangunan pasar desa, Sabtu (7/11/2026). Rapat di balai desa itu dihadiri 140 warga, pedagang kaki lima dan pemilik toko di sepanjang jalan desa.

Warga meminta pasar tidak dibangun di bantaran sungai dan pedagang lama mendapat lapak lebih dulu. BPD mencatat 23 masukan yang akan dibahas bersama kepala desa. “Rapat terbuka seperti ini jarang dilakukan BPD. Padahal cara ini paling jujur untuk mendengar warga,” kata Camat Alalak, Rizky Amalia Sari, yang hadir dalam rapat.

BPD dan pemerintah desa dijadwalkan menyepakati lokasi pasar dalam musyawarah desa pada Desember. DPMD Batola mendorong BPD lain meniru cara ini. (kominfo-batola/jn)""",
     short="BPD Semangat Dalam (Alalak) gelar rapat dengar pendapat terbuka soal rencana pasar desa, Sabtu 7/11: 140 warga hadir, 23 masukan, lokasi pasar disepakati di musdes Desember.",
     para=P("""BPD Semangat Dalam, Alalak, Sabtu (7/11) mambuka rapat dengar pendapat gasan rencana pasar desa 🏪 Nang datang 140 urang, pedagang kaki lima sampai nang baisi toko. Warga kada hakun pasar di pinggir sungai, pedagang lawas minta lapak badahulu. Ada 23 masukan, Desember kaina diputusakan di musdes. Nah kaya ini BPD nang bujur!""", kim="kim-anjir-pasar-kota"),
     looks=[
         L("kim-handil-bakti", "2026-11-09 17:10", "fb", """Pasar Handil Bakti mulai Senin ini ditata ulang: pedagang ikan dipindah ke bagian belakang dan jalur parkir diperlebar. Penataan dilakukan pengelola pasar bersama pemerintah desa dan pedagang.""",
           "a neighbouring market's reorganisation, not the Semangat Dalam hearing"),
         L("kim-marabahan-kota", "2026-11-15 20:00", "fb", """BPD Desa Ulu Benteng mengadakan rapat dengar pendapat tentang pembagian air bersih dari pamsimas, Minggu (15/11). Hadir 60 warga dan pengurus pamsimas. Disepakati giliran aliran per RT.""",
           "another village's BPD hearing on water (60), another event"),
         L("kim-handil-bakti", "2026-12-05 16:00", "fb", """Hari ini musyawarah desa Semangat Dalam menetapkan lokasi pasar desa di lahan kas desa dekat jalan poros, bukan di bantaran sungai. Pedagang lama akan diprioritaskan.""",
           "the December musdes decision, a later step with its own result"),
     ],
     before=[
         B("kim-handil-bakti", "2026-11-06 18:40", "fb", """Besok pagi BPD Semangat Dalam mengundang semua warga dan pedagang ke balai desa untuk membicarakan rencana pasar desa. Yang punya usulan silakan datang.""",
           "the invitation the day before"),
     ]),
]
