"""Hand-written releases a23-a40 of heldout48 (same fields as anns_a.py)."""
A = []
A.append(dict(id="a23", src="pemkab-tanah-laut", t="2026-11-27T16:45:00",
 title="Jumat Dengar Pasien di RSUD Hadji Boejasin: 35 Keluhan Disampaikan Langsung ke Direksi",
 text="""PELAIHARI – RSUD Hadji Boejasin Pelaihari menggelar forum Jumat Dengar Pasien, tempat pasien dan keluarga menyampaikan keluhan langsung kepada direksi rumah sakit.

Forum perdana berlangsung Jumat (27/11/2026) di ruang tunggu poliklinik dan dihadiri 80 warga. Sebanyak 35 keluhan disampaikan, terutama soal jadwal dokter yang sering terlambat, AC ruang rawat yang rusak dan kantin yang tutup terlalu cepat. Sebagian langsung dijawab di tempat. “Kalau dokter terlambat, pasien berhak tahu alasannya. Mulai Senin, papan jadwal dokter akan diperbarui setiap pagi,” janji Plt. Direktur RSUD Hadji Boejasin, dr. Ahmad Zaini Fikri.

Forum akan digelar setiap Jumat terakhir bulan berjalan. Keluhan yang belum terjawab dicatat dan hasilnya diumumkan pada forum berikutnya. (diskominfo-tala/hr)""",
 s="RSUD Hadji Boejasin Pelaihari gelar Jumat Dengar Pasien perdana, Jumat 27/11: 80 warga, 35 keluhan (dokter terlambat, AC rusak, kantin). Forum tiap Jumat terakhir tiap bulan.",
 L=None,
 p="Di RSUD Hadji Boejasin Pelaihari ada acara hanyar, Jumat Dengar Pasien. Pasien wan kaluarga kawa bapandir langsung wan direktur. Tadi 80 urang datang, 35 kaluhan: dokter talambat, AC rusak, kantin lakas tutup. Kaina tiap Jumat tarakhir sabulan ada pulang 👂",
 n=[("Forum warga bersama Puskesmas Bati-Bati Jumat ini membahas jam buka puskesmas pada hari libur. Dua puluh warga hadir.", "a puskesmas forum in the same kabupaten"),
    ("Ruang tunggu poliklinik RSUD Hadji Boejasin Jumat ini juga dipakai untuk penyuluhan gizi lansia oleh ahli gizi rumah sakit.", "same room, another activity")],
 b=None))

A.append(dict(id="a24", src="pemkab-kotabaru", t="2026-11-09T10:30:00",
 title="Unit Hemodialisa RSUD Pangeran Jaya Sumitra Beroperasi dengan 10 Mesin",
 text="""KOTABARU – RSUD Pangeran Jaya Sumitra Kotabaru mengoperasikan unit hemodialisa dengan 10 mesin cuci darah. Pasien gagal ginjal dari Pulau Laut tidak perlu lagi menyeberang ke Batulicin atau terbang ke Banjarmasin dua kali seminggu.

Unit mulai melayani pasien Senin (9/11/2026). Pada pekan pertama terjadwal 28 pasien dalam dua sif, pagi dan siang. Seluruh tindakan ditanggung JKN. Tim terdiri atas satu dokter spesialis penyakit dalam dan delapan perawat bersertifikat dialisis. “Ada pasien kami yang menghabiskan hampir setengah gajinya untuk ongkos kapal dan penginapan setiap minggu,” ujar Bupati Kotabaru, H. Sayed Jafar Alaydrus.

Pasien baru perlu membawa surat rujukan dan hasil laboratorium terakhir. Rumah sakit menyiapkan sif malam jika jumlah pasien bertambah. (mc-kotabaru/iz)""",
 s="RSUD Pangeran Jaya Sumitra Kotabaru operasikan unit hemodialisa 10 mesin mulai Senin 9/11; pekan pertama 28 pasien dua sif, ditanggung JKN.",
 L="Kotabaru akhirnya punya unit cuci darah sendiri. Sejak Senin 9 November, RSUD Pangeran Jaya Sumitra menjalankan 10 mesin hemodialisa, dengan 28 pasien terjadwal di pekan pertama dalam sif pagi dan siang, semuanya ditanggung JKN. Bupati H. Sayed Jafar Alaydrus bercerita ada pasien yang menghabiskan separuh gaji untuk kapal dan penginapan. Pasien baru membawa rujukan dan hasil lab terakhir; sif malam disiapkan bila pasien bertambah.",
 p="Urang Pulau Laut nang cuci darah, kada usah lagi manyubarang ka Batulicin atau tulak ka Banjarmasin. RSUD Pangeran Jaya Sumitra Kotabaru sudah baisi sapuluh mesin HD, mulai Senin. Minggu partama 28 pasien. Ditanggung BPJS. Ongkos kapal wan panginapan kawa dihemat 🙏",
 n=[("Pasien cuci darah asal Sungai Bali bercerita harus menyeberang ke Batulicin dua kali seminggu sejak 2024. Ongkos habis untuk kapal dan makan.", "a patient's story of the old situation, before the unit, without the new facts"),
    ("Sif malam unit hemodialisa RSUD Pangeran Jaya Sumitra dibuka karena pasien bertambah menjadi 41 orang.", "the later night shift step"),
    ("Bupati Kotabaru H. Sayed Jafar Alaydrus Senin ini juga melepas kapal perintis rute Kotabaru–Pulau Sembilan di Pelabuhan Stagen.", "same official same day, a ship send-off")],
 b=("Katanya bulan ini RSUD Kotabaru sudah bisa cuci darah. Mesinnya sudah datang, perawat baru pulang pelatihan. Mudahan lah, kasihan yang tiap minggu ke Batulicin.", 70)))

A.append(dict(id="a25", src="pemkab-balangan", t="2026-11-16T14:15:00",
 title="RSUD Balangan Tambah Empat Mesin Cuci Darah, Buka Sif Malam",
 text="""PARINGIN – RSUD Balangan menambah empat mesin hemodialisa sehingga kini memiliki 12 mesin. Rumah sakit juga membuka sif malam untuk pasien cuci darah yang bekerja pada siang hari.

Mesin tambahan mulai digunakan Senin (16/11/2026). Sif malam berjalan pukul 18.00 hingga 23.00. Daftar tunggu pasien baru yang sebelumnya mencapai 15 orang kini bisa dilayani seluruhnya. Sebanyak 52 pasien rutin menjalani cuci darah di Paringin. “Ada pasien yang harus memilih antara bekerja di kebun karet atau cuci darah. Dengan sif malam, dia tidak perlu memilih,” tutur Wakil Bupati Balangan, H. Supiani Ramli.

Pengadaan mesin bersumber dari dana alokasi khusus 2026. Rumah sakit menyiapkan dua perawat dialisis tambahan yang akan mengikuti pelatihan di Banjarmasin pada Januari. (prokom-blg/sr)""",
 s="RSUD Balangan tambah 4 mesin HD jadi 12 dan buka sif malam 18.00–23.00 mulai Senin 16/11; daftar tunggu 15 pasien baru terlayani, 52 pasien rutin.",
 L=None,
 p="Bubuhan Balangan nang cuci darah: RSUD Balangan tambah ampat mesin, wayahini 12. Ada sif malam jua, jam anam sampai jam sabalas. Jadi nang bagawi di kabun karit siang, malamnya kawa cuci darah. 15 urang nang mahadang antrean sudah kawa dilayani samunyaan.",
 n=[("Empat mesin cuci darah di RSUD Damanhuri Barabai rusak bersamaan pekan ini, pasien dijadwal ulang ke sif sore.", "another hospital, broken machines"),
    ("Sembilan pasien cuci darah asal Juai memilih tetap berobat ke Tanjung karena lebih dekat, kata kepala desa.", "patients of one village choosing another hospital"),
    ("Listrik padam satu jam di RSUD Balangan Senin malam, genset menyala dan pasien cuci darah sif malam tetap dilayani.", "same hospital, a power cut")],
 b=None))

A.append(dict(id="a26", src="rsud-ulin", t="2026-11-20T13:00:00",
 title="Jam Besuk RSUD Ulin Berubah Mulai 1 Desember, Maksimal Dua Pengunjung",
 text="""BANJARMASIN – RSUD Ulin Banjarmasin memberlakukan aturan jam besuk baru mulai 1 Desember 2026. Setiap pasien hanya boleh dijenguk maksimal dua orang sekaligus, dan anak di bawah 12 tahun tidak diperkenankan masuk ruang rawat inap.

Aturan diumumkan Jumat (20/11/2026). Jam besuk dibatasi pukul 11.00–13.00 dan 17.00–19.00 Wita. Setiap pengunjung wajib mengenakan stiker tamu dari pos keamanan. Penunggu pasien tetap satu orang dengan kartu penunggu. “Ruang rawat bukan tempat arisan. Pasien butuh istirahat, dan anak kecil mudah tertular infeksi di rumah sakit,” kata Direktur RSUD Ulin, dr. Dwi Anggraini Ramli.

Selama November, petugas akan membagikan brosur di pintu masuk. Pengunjung yang melanggar diminta menunggu di selasar luar gedung. (humas-ulin/fi)""",
 s="RSUD Ulin berlakukan jam besuk baru mulai 1/12: maks 2 pengunjung, anak <12 tahun dilarang masuk, jam 11.00–13.00 & 17.00–19.00, wajib stiker tamu.",
 L=None,
 p="Ingatakan dangsanak, mulai 1 Desember jam besuk di Ulin baubah. Sakali datang dua urang haja, kakanakan di bawah 12 tahun kada buleh tamasuk. Jamnya 11 sampai 1 siang, wan 5 sampai 7 sanja. Kada usah barombongan sakampung lah 😅",
 n=[("RSUD Ansari Saleh juga melarang anak di bawah 12 tahun masuk ruang rawat, aturan ini sudah berlaku sejak 2023.", "another hospital's older rule"),
    ("Hari pertama aturan jam besuk baru di RSUD Ulin: puluhan pengunjung tertahan di pos keamanan karena datang lewat jam. Ada yang protes karena datang jauh dari Kandangan.", "the first day of the rule, later, a complaint"),
    ("Satpam RSUD Ulin menangkap pencuri telepon genggam di ruang tunggu bangsal anak Jumat ini.", "same hospital, a theft")],
 b=None))

A.append(dict(id="a27", src="pemkab-banjar", t="2026-11-21T10:05:00",
 title="RSUD Ratu Zalecha Terapkan Kartu Penunggu Pasien, Satu Pasien Satu Penunggu",
 text="""MARTAPURA – RSUD Ratu Zalecha Martapura menerapkan kartu penunggu pasien rawat inap. Setiap pasien hanya boleh ditunggui satu anggota keluarga yang memegang kartu berfoto.

Kartu mulai dibagikan Sabtu (21/11/2026) di ruang pendaftaran rawat inap. Langkah ini diambil setelah rumah sakit menerima keluhan ruang rawat yang sesak dan kehilangan barang pasien. Dalam sepekan terakhir, tercatat rata-rata empat penunggu per pasien di bangsal kelas III. “Kami paham budaya kita suka menjaga beramai-ramai. Tapi pasien sebelah juga berhak tidur tenang,” kata Direktur RSUD Ratu Zalecha, dr. Yusran Hafidzi.

Penunggu dapat berganti sekali sehari dengan menyerahkan kartu di pos jaga. Rumah sakit menyediakan ruang istirahat keluarga di gedung belakang. (mc-banjar/nh)""",
 s="RSUD Ratu Zalecha Martapura terapkan kartu penunggu berfoto mulai Sabtu 21/11: satu pasien satu penunggu (sebelumnya rata-rata 4 per pasien di kelas III), ganti sekali sehari.",
 L=None,
 p="Di RSUD Ratu Zalecha Martapura wayahini satu pasien satu urang panunggu haja, pakai kartu bafoto. Bahari sampai ampat urang manunggui sa-ranjang, sasak banar. Panunggu kawa baganti sakali sahari di pos jaga. Ada ruang bamamai gasan kaluarga di balakang, eh ruang istirahat maksudnya 😁",
 n=[("Barang milik keluarga pasien hilang di bangsal RSUD Ratu Zalecha, sebuah tas berisi dompet. Keluarga sudah melapor ke satpam.", "a theft incident on its own"),
    ("Kartu berobat baru RSUD Ratu Zalecha bisa dicetak di loket pendaftaran, pasien lama diminta mengganti kartu lama.", "same hospital, another card"),
    ("Dr. Yusran Hafidzi, direktur RSUD Ratu Zalecha, hari Sabtu ini menjadi pembicara seminar kesehatan jemaah haji di Masjid Agung Al Karomah.", "same official same day, a seminar")],
 b=None))

A.append(dict(id="a28", src="dinkes-kalsel", t="2026-11-03T11:30:00",
 title="64 Dokter Internsip Angkatan IV Ditempatkan di Sembilan Rumah Sakit Kalsel",
 text="""BANJARBARU – Dinas Kesehatan Provinsi Kalimantan Selatan menerima 64 dokter internsip angkatan IV tahun 2026. Mereka ditempatkan di sembilan rumah sakit dan 18 puskesmas selama satu tahun.

Penyerahan dilakukan Selasa (3/11/2026) di Aula Bapelkes Banjarbaru. Sebanyak 26 dokter ditempatkan di RSUD kabupaten hulu sungai, sisanya di Banjarmasin, Banjarbaru, Tanah Laut dan Kotabaru. Setiap dokter didampingi satu dokter pendamping. “Di rumah sakit kabupaten, dokter internsip sering jadi tenaga pertama di IGD malam hari. Bimbing mereka, jangan dilepas sendirian,” kata Sekretaris Dinkes Kalsel, dr. Rosalina Effendi.

Para dokter mulai bertugas pekan depan. Dinkes mengevaluasi kehadiran dan keluhan pasien terhadap dokter internsip setiap tiga bulan. (mc-kalsel/fz)""",
 s="Dinkes Kalsel terima 64 dokter internsip angkatan IV 2026, ditempatkan di 9 RS & 18 puskesmas selama setahun (26 di RSUD hulu sungai). Penyerahan Selasa 3/11 di Bapelkes.",
 L=None,
 p="Ada 64 urang dokter internsip hanyar gasan Kalsel, ditugasakan di sanga rumah sakit wan 18 puskesmas, satahun. Dua puluh anam urang ka RSUD di hulu sungai. Pesan Sekretaris Dinkes: jangan dilapas saurangan di IGD malam. Salamat bagawi dokter-dokter muda! 🩺",
 n=[("Sebanyak 64 bidan desa di Kabupaten Banjar menerima SK perpanjangan kontrak tahun 2027 di Aula Dinkes Martapura.", "the same figure 64 for village midwives"),
    ("Aula Bapelkes Banjarbaru Selasa ini juga dipakai untuk pelatihan tenaga sanitasi puskesmas dari 13 kabupaten/kota.", "same hall same day, another training"),
    ("Dokter internsip angkatan III yang bertugas sejak November tahun lalu selesai masa tugasnya. Pelepasan dilakukan di RSUD Ulin.", "the previous batch's farewell")],
 b=None))

A.append(dict(id="a29", src="pemkab-tanah-bumbu", t="2026-11-18T16:00:00",
 title="Tanah Bumbu Rekrut Tujuh Dokter Spesialis dengan Insentif Rp25 Juta per Bulan",
 text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu membuka perekrutan tujuh dokter spesialis untuk RSUD dr. H. Andi Abdurrahman Noor. Setiap dokter akan menerima insentif daerah Rp25 juta per bulan di luar gaji dan jasa pelayanan.

Pengumuman disampaikan Rabu (18/11/2026). Spesialis yang dicari adalah anestesi, jantung, paru, saraf, mata, THT dan rehabilitasi medik. Pendaftaran dibuka hingga 18 Desember. Selama ini pasien Tanah Bumbu dengan keluhan saraf dan jantung dirujuk ke Banjarmasin. “Kami sudah punya alatnya, gedungnya, tetapi dokternya belum ada. Insentif ini supaya dokter mau menetap di Batulicin,” ujar Sekretaris Daerah Tanah Bumbu, H. Ambo Sakka Latif.

Dokter yang diterima terikat kontrak minimal tiga tahun. Pemkab juga menyediakan rumah dinas di kompleks rumah sakit. (mc-tanbu/ds)""",
 s="Tanah Bumbu rekrut 7 dokter spesialis (anestesi, jantung, paru, saraf, mata, THT, rehab medik) untuk RSUD Andi Abdurrahman Noor, insentif Rp25 juta/bulan, daftar s.d. 18/12, kontrak min. 3 tahun.",
 L=None,
 p="Pemkab Tanbu mancari pitu urang dokter spesialis gasan RSUD Andi Abdurrahman Noor. Insentifnya Rp25 juta sabulan, ditambah rumah dinas. Pendaftaran sampai 18 Desember. Amun ada kulawarga pian dokter spesialis, padahakan lah, supaya urang Tanbu kada parlu ka Banjarmasin lagi.",
 n=[("Insentif guru di daerah terpencil Tanah Bumbu naik menjadi Rp2,5 juta per bulan mulai Januari, kata Disdik.", "another incentive, for teachers"),
    ("Kotabaru juga sedang mencari dokter spesialis anestesi dan berjanji memberi rumah dinas, tetapi besaran insentif belum ditetapkan.", "another kabupaten's recruitment"),
    ("RSUD Andi Abdurrahman Noor menerima satu dokter spesialis anak dari program penempatan Kementerian Kesehatan, tanpa insentif daerah.", "a national placement, not the local recruitment")],
 b=None))

A.append(dict(id="a30", src="pemkab-hst", t="2026-11-11T15:10:00",
 title="Lima Dokter HST Terima Beasiswa Pendidikan Dokter Spesialis",
 text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah memberikan beasiswa pendidikan dokter spesialis kepada lima dokter umum yang bertugas di RSUD H. Damanhuri dan puskesmas. Setelah lulus, mereka wajib kembali mengabdi di HST.

Penandatanganan perjanjian berlangsung Rabu (11/11/2026) di Pendopo Murakata, Barabai. Kelima dokter akan menempuh spesialis anak, kandungan, penyakit dalam, bedah dan anestesi di universitas negeri. Beasiswa mencakup biaya kuliah dan tunjangan hidup hingga Rp1,2 miliar untuk lima orang. “Lebih murah menyekolahkan anak banua sendiri daripada terus mencari spesialis dari luar yang datang lalu pergi,” kata Bupati Hulu Sungai Tengah, H. Aulia Rahman Syarif.

Penerima wajib mengabdi dua kali masa studi. Pendaftaran beasiswa angkatan berikutnya dibuka Maret 2027. (diskominfo-hst/lh)""",
 s="Pemkab HST beri beasiswa PPDS untuk 5 dokter (anak, kandungan, penyakit dalam, bedah, anestesi), total hingga Rp1,2 miliar; teken Rabu 11/11 di Pendopo Murakata, wajib mengabdi 2× masa studi.",
 L=None,
 p="Lima urang dokter urang HST dapat beasiswa sakulah spesialis matan Pemkab: anak, kandungan, panyakit dalam, bedah wan bius. Imbah tuntung wajib bulik bagawi di Barabai. Kata Bupati, labih murah manyakulahakan anak banua saurang. Setuju banar ulun 👍",
 n=[("Pemkab HST menyerahkan beasiswa kuliah kepada 120 mahasiswa berprestasi di Pendopo Murakata, Rabu ini.", "same pendopo same day, student scholarships"),
    ("Seorang dokter asal Barabai lulus spesialis anak dengan biaya sendiri dan mulai praktik di klinik swasta.", "a private story, no scholarship"),
    ("Pemkab Balangan menandatangani perjanjian beasiswa spesialis untuk dua dokter di Paringin, spesialis anak dan anestesi.", "another kabupaten's scholarship")],
 b=("Besok lima dokter teken perjanjian beasiswa spesialis di Pendopo Murakata, katanya mereka wajib balik ke HST.", 18)))

A.append(dict(id="a31", src="pemprov-kalsel", t="2026-11-14T11:15:00",
 title="Gubernur Resmikan Ruang Kateterisasi Jantung Kedua RSUD Ulin",
 text="""BANJARMASIN – Gubernur Kalimantan Selatan meresmikan ruang kateterisasi jantung (cath lab) kedua di RSUD Ulin Banjarmasin. Dengan dua ruang, rumah sakit dapat menangani pasien serangan jantung selama 24 jam tanpa menunggu jadwal.

Peresmian berlangsung Sabtu (14/11/2026). Sepanjang 2026, RSUD Ulin melakukan 1.180 tindakan pemasangan ring jantung, dengan daftar tunggu pasien terencana mencapai enam minggu. Ruang kedua dibangun dengan anggaran Rp34 miliar dari APBD provinsi. “Untuk serangan jantung, waktu adalah otot jantung. Setiap jam menunggu berarti kerusakan yang lebih besar,” ujar Gubernur Kalimantan Selatan, H. Rahmat Hidayatullah.

Pemprov menargetkan daftar tunggu turun menjadi dua minggu pada pertengahan 2027. Rumah sakit kabupaten diminta segera merujuk pasien nyeri dada ke RSUD Ulin. (mc-kalsel/ra)""",
 s="Gubernur resmikan cath lab kedua RSUD Ulin, Sabtu 14/11 (Rp34 miliar APBD): layanan jantung 24 jam; 2026 sudah 1.180 pemasangan ring, daftar tunggu 6 minggu ditarget jadi 2 minggu.",
 L=None,
 p="RSUD Ulin wayahini baisi dua ruang cath lab gasan pasang ring jantung, Sabtu tadi diresmikan Gubernur. Jadi pasien sarangan jantung kawa ditangani 24 jam. Tahun ini sudah 1.180 tindakan, mahadang sampai anam minggu. Mudahan kaina cuma dua minggu. Amun dada sakit, lakasi ka rumah sakit! ❤️",
 n=[("Senam jantung sehat massal di halaman Kantor Gubernur Sabtu pagi diikuti 2.000 ASN sebelum gubernur berangkat ke Banjarmasin.", "same official same morning, a mass exercise"),
    ("RSUD Ulin pertama kali membuka cath lab pada 2019. Saat itu hanya bisa melayani pada jam kerja.", "the first cath lab recalled"),
    ("RSUD Ansari Saleh merencanakan cath lab pertamanya pada 2028, lahan sudah disiapkan di samping gedung IGD.", "another hospital's plan")],
 b=None))

A.append(dict(id="a32", src="pemkab-hsu", t="2026-11-05T10:20:00",
 title="RSUD Pambalah Batung Miliki CT Scan 128 Slice Pertama di Banua Anam",
 text="""AMUNTAI – RSUD Pambalah Batung Amuntai mulai mengoperasikan CT scan 128 slice, yang pertama di kawasan Banua Anam. Alat ini mempercepat diagnosis stroke, cedera kepala dan tumor.

CT scan mulai digunakan Kamis (5/11/2026) di instalasi radiologi yang direnovasi. Pada hari pertama, 19 pasien diperiksa, tujuh di antaranya pasien stroke dari IGD. Pengadaan alat senilai Rp18 miliar bersumber dari dana alokasi khusus. “Dulu pasien stroke dari Amuntai harus dibawa tiga jam ke Banjarmasin hanya untuk difoto kepalanya. Sekarang hasilnya keluar dalam hitungan menit,” kata Bupati Hulu Sungai Utara, H. Sahrujani Ismail.

Rumah sakit di Balangan, Tabalong dan HST dipersilakan merujuk pasien untuk pemeriksaan CT scan. Layanan dibuka 24 jam untuk kasus gawat darurat. (diskominfo-hsu/rm)""",
 s="RSUD Pambalah Batung Amuntai operasikan CT scan 128 slice (Rp18 miliar DAK) mulai Kamis 5/11, pertama di Banua Anam; hari pertama 19 pasien, 7 stroke. 24 jam untuk gawat darurat.",
 L=None,
 p="Bubuhan Banua Anam, RSUD Pambalah Batung Amuntai wayahini baisi CT scan 128 slice, nang partama di hulu sungai. Hari partama 19 pasien, pitu urang stroke. Bahari harus tulak tiga jam ka Banjarmasin gasan foto kapala haja. Wayahini sapanggal jam ja hasilnya kaluar 👍",
 n=[("RSUD Damanhuri Barabai masih menunggu perbaikan CT scan lama yang rusak sejak September, pasien dirujuk ke Amuntai.", "another hospital's broken scanner"),
    ("Bupati HSU H. Sahrujani Ismail hari Kamis juga meninjau lomba perahu hias di Sungai Negara, Amuntai.", "same official same day, a boat contest"),
    ("Pasien stroke yang diperiksa CT scan di RSUD Pambalah Batung selama sebulan pertama mencapai 212 orang, kata radiolog rumah sakit.", "a later monthly tally, told as its own news")],
 b=None))

A.append(dict(id="a33", src="pemkab-kotabaru", t="2026-11-21T13:20:00",
 title="RS Pratama Pulau Sebuku Mulai Layani Rawat Jalan",
 text="""KOTABARU – Rumah Sakit Pratama Pulau Sebuku mulai melayani pasien rawat jalan. Warga pulau tidak lagi harus menyeberang ke Kotabaru untuk pemeriksaan dokter dan laboratorium dasar.

Layanan dibuka Sabtu (21/11/2026) dengan poli umum, poli gigi, laboratorium dan IGD 24 jam. Pada hari pertama, 87 pasien berobat. Rumah sakit berkapasitas 25 tempat tidur itu akan membuka rawat inap setelah izin operasional lengkap. “Warga Sebuku selama ini bergantung pada cuaca untuk berobat. Kalau ombak tinggi, pasien menunggu di rumah,” kata Kepala Dinas Kesehatan Kotabaru, dr. Hasanuddin Latief.

Rawat inap ditargetkan dibuka pertengahan Desember. Dua dokter umum dan 14 perawat telah ditempatkan, dan dokter spesialis akan berkunjung terjadwal dari RSUD Pangeran Jaya Sumitra. (mc-kotabaru/iz)""",
 s="RS Pratama Pulau Sebuku (Kotabaru) mulai layani rawat jalan Sabtu 21/11: poli umum, gigi, lab, IGD 24 jam; hari pertama 87 pasien. Rawat inap (25 TT) ditarget pertengahan Desember.",
 L=None,
 p="Alhamdulillah urang Pulau Sebuku, rumah sakit pratama sudah buka gasan rawat jalan. Ada poli umum, gigi, lab, wan IGD 24 jam. Hari partama 87 urang baubat. Kada usah lagi mahadang ombak taduh gasan ka Kotabaru. Rawat inap kaina pertengahan Desember.",
 n=[("Rawat inap RS Pratama Pulau Sebuku dibuka lebih cepat dari jadwal, pasien pertama seorang ibu yang melahirkan dengan selamat.", "the later in-patient step told as its own news"),
    ("Kapal ambulans untuk warga Pulau Sebuku rusak mesin, pasien sementara diangkut kapal nelayan.", "a boat ambulance breakdown"),
    ("Puskesmas Sungai Bali di Pulau Sebuku menggelar posyandu lansia Sabtu ini, 40 lansia diperiksa tekanan darah.", "a puskesmas event on the same island and day")],
 b=None))

A.append(dict(id="a34", src="pemkab-batola", t="2026-11-25T09:00:00",
 title="RS Pratama Tabunganen Resmi Beroperasi, Layani Warga Pesisir Batola",
 text="""MARABAHAN – Rumah Sakit Pratama Tabunganen di Kabupaten Barito Kuala resmi beroperasi untuk melayani warga pesisir di Tabunganen, Tamban dan sekitarnya. Rumah sakit berkapasitas 20 tempat tidur ini dibangun dengan dana APBD Rp46 miliar.

Peresmian berlangsung Rabu (25/11/2026) oleh Bupati Barito Kuala. Layanan awal meliputi IGD 24 jam, rawat inap umum, persalinan dan laboratorium. Sebelumnya warga Tabunganen harus menempuh dua jam perjalanan sungai dan darat ke Marabahan atau Banjarmasin. “Ibu hamil di pesisir kini punya tempat bersalin yang dekat. Itu yang paling kami pikirkan saat membangun rumah sakit ini,” kata Bupati Barito Kuala, Hj. Rusmini Hairiyah.

Ambulans air akan ditempatkan di dermaga rumah sakit bulan depan. Dokter spesialis kandungan dari RSUD Abdul Aziz dijadwalkan hadir setiap Selasa. (mc-batola/ar)""",
 s="RS Pratama Tabunganen (Batola) diresmikan Rabu 25/11: 20 tempat tidur, Rp46 miliar APBD; IGD 24 jam, rawat inap, persalinan, lab; dokter kandungan tiap Selasa.",
 L=None,
 p="Warga Tabunganen wan Tamban, wayahini ada rumah sakit parak. RS Pratama Tabunganen diresmiakan Rabu, 20 ranjang, ada IGD 24 jam wan ruang baranak. Kada parlu lagi dua jam di jalan ka Marabahan. Dokter kandungan datang tiap Salasa 🤰",
 n=[("Ambulans air RS Pratama Tabunganen tiba di dermaga rumah sakit dan langsung dipakai mengantar pasien dari Tamban Catur.", "the next month's water ambulance step"),
    ("Puskesmas Tabunganen membuka ruang bersalin baru dengan dua tempat tidur pada Agustus lalu.", "the puskesmas's earlier maternity room"),
    ("Bupati Batola Hj. Rusmini Hairiyah Rabu sore juga membuka festival jeruk di lapangan Tabunganen.", "same official same day, a fruit festival")],
 b=("Rabu nanti bupati datang ke Tabunganen meresmikan rumah sakit pratama. Warga diminta ikut hadir di halaman RS jam 8.", 48)))

A.append(dict(id="a35", src="pemkot-banjarmasin", t="2026-11-17T15:40:00",
 title="IGD Baru RSUD Sultan Suriansyah Dilengkapi 20 Tempat Tidur dan Ruang Triase Terpisah",
 text="""BANJARMASIN – RSUD Sultan Suriansyah Banjarmasin menempati gedung Instalasi Gawat Darurat baru dengan 20 tempat tidur. IGD ini dilengkapi ruang triase terpisah, ruang resusitasi dan ruang isolasi.

IGD baru mulai dipakai Selasa (17/11/2026) menggantikan IGD lama yang hanya berisi delapan tempat tidur. Ruang triase memilah pasien dengan label warna merah, kuning dan hijau sejak pintu masuk. Rata-rata 95 pasien datang ke IGD setiap hari. “Pasien yang paling gawat harus ditangani lebih dulu, bukan yang datang lebih dulu. Itu yang sering disalahpahami keluarga pasien,” jelas Kepala Dinas Kesehatan Banjarmasin, dr. Muhammad Ramadhani Aziz.

Gedung IGD lama akan diubah menjadi ruang poliklinik sore. Warga diminta memakai pintu IGD di sisi Jalan Rantauan Darat. (mc-bjm/ht)""",
 s="IGD baru RSUD Sultan Suriansyah Banjarmasin mulai dipakai Selasa 17/11: 20 tempat tidur (lama 8), triase warna merah-kuning-hijau, ruang resusitasi & isolasi; pintu di Jl. Rantauan Darat.",
 L=None,
 p="IGD RSUD Sultan Suriansyah pindah ka gedung hanyar, 20 ranjang, bahari cuma walu. Ada ruang triase, pasien dipilah pakai warna. Nang paling gawat dulu ditangani, lain nang paling dulu datang, jadi jangan sarik lah amun dipadahi mahadang. Pintunya di Jalan Rantauan Darat.",
 n=[("Kebakaran kecil di panel listrik IGD lama RSUD Sultan Suriansyah cepat dipadamkan satpam, tidak ada korban.", "the old IGD building, a small fire"),
    ("IGD Puskesmas Pekauman yang buka 24 jam kini menambah dua tempat tidur observasi.", "a puskesmas's emergency room"),
    ("Jalan Rantauan Darat ditutup sebagian Selasa malam untuk perbaikan saluran air, pengendara diminta memutar.", "the same street, a roadwork notice")],
 b=None))

A.append(dict(id="a36", src="pemkab-kotabaru", t="2026-11-26T11:00:00",
 title="Gudang Instalasi Farmasi Kotabaru Pindah ke Gedung Baru Berpendingin",
 text="""KOTABARU – Instalasi Farmasi Kabupaten Kotabaru menempati gudang obat baru seluas 600 meter persegi yang dilengkapi pendingin ruangan dan ruang penyimpanan vaksin. Gudang lama sering bocor dan panas sehingga obat cepat rusak.

Gudang baru digunakan sejak Kamis (26/11/2026). Sebanyak 1.240 jenis obat dan bahan medis habis pakai dipindahkan dalam tiga hari. Tahun lalu, obat senilai Rp310 juta harus dimusnahkan karena rusak dan kedaluwarsa. “Obat yang rusak di gudang sama saja dengan uang rakyat yang terbuang. Dengan gudang baru, kerugian itu harus nol,” tegas Sekretaris Daerah Kotabaru, H. Said Akhmad Alhabsyi.

Puskesmas di pulau-pulau kecil akan menerima distribusi obat tiga bulanan mulai Januari untuk mengantisipasi cuaca buruk. (mc-kotabaru/iz)""",
 s="Instalasi Farmasi Kotabaru pindah ke gudang baru 600 m² berpendingin mulai Kamis 26/11; 1.240 jenis obat & BMHP dipindah. Tahun lalu obat Rp310 juta rusak dimusnahkan.",
 L=None,
 p="Gudang ubat Kotabaru pindah ka gedung hanyar, ada AC wan ruang vaksin. Gudang lawas bahari bucur wan panas, tahun tadi ubat Rp310 juta tapaksa dibuang karna rusak. Mudahan wayahini kada lagi. Puskesmas di pulau-pulau kaina dikirimi ubat tiga bulan sakali.",
 n=[("Pemusnahan obat kedaluwarsa senilai Rp310 juta di halaman Dinkes Kotabaru disaksikan Inspektorat, Rabu Maret lalu.", "last year's destruction event recalled, no new warehouse"),
    ("Gudang Bulog Kotabaru menerima 600 ton beras untuk cadangan akhir tahun.", "another warehouse, another object"),
    ("Gudang obat Puskesmas Sungai Bali kebanjiran saat air pasang, 20 dus obat basah dan dipisahkan.", "a puskesmas store-room flooded")],
 b=None))

A.append(dict(id="a37", src="diskominfo-kalsel", t="2026-11-19T09:30:00",
 title="Warga Kini Bisa Cek Ketersediaan Kamar 27 Rumah Sakit Lewat Dasbor Info Kamar Kalsel",
 text="""BANJARMASIN – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan bersama Dinas Kesehatan meluncurkan dasbor Info Kamar Kalsel. Warga dapat melihat jumlah tempat tidur kosong di 27 rumah sakit pemerintah dan swasta secara daring.

Dasbor diluncurkan Kamis (19/11/2026) di Command Center Diskominfo Kalsel. Data diperbarui setiap jam langsung dari sistem rumah sakit, dipisah menurut kelas, ICU, NICU dan isolasi. Rumah sakit yang terlambat memperbarui data lebih dari tiga jam akan ditandai merah. “Keluarga pasien tidak perlu lagi menelepon satu per satu rumah sakit tengah malam. Cukup buka dasbor, lihat yang kosong,” kata Kepala Diskominfo Kalsel, H. Muhammad Syarifuddin.

Tautan dasbor dapat diakses melalui situs resmi Pemprov Kalsel. Rumah sakit swasta lain diajak bergabung pada Desember. (mc-kalsel/rzn)""",
 s="Diskominfo & Dinkes Kalsel luncurkan dasbor Info Kamar Kalsel, Kamis 19/11: tempat tidur kosong 27 RS (kelas, ICU, NICU, isolasi) diperbarui tiap jam; RS telat >3 jam ditandai merah.",
 L="Diskominfo Kalsel dan Dinkes meluncurkan dasbor Info Kamar Kalsel pada Kamis 19 November di Command Center. Warga bisa melihat tempat tidur kosong di 27 rumah sakit pemerintah dan swasta, per kelas, ICU, NICU dan isolasi, yang diperbarui setiap jam. Rumah sakit yang telat memperbarui lebih dari tiga jam ditandai merah. Kadiskominfo H. Muhammad Syarifuddin: keluarga pasien tak perlu menelepon satu per satu tengah malam. RS swasta lain diajak bergabung Desember.",
 p="Dangsanak, wayahini kawa maitihi kamar rumah sakit nang puang lewat dasbor Info Kamar Kalsel. Ada 27 rumah sakit, ICU, NICU, isolasi samunyaan. Diganti tiap jam. Jadi tangah malam kada usah lagi manalipun rumah sakit sa-ikung-sa-ikung. Mantap Diskominfo 👍",
 n=[("Command Center Diskominfo Kalsel Kamis ini juga menerima kunjungan 40 mahasiswa teknik informatika untuk belajar pengelolaan data.", "same venue same day, a student visit"),
    ("Grup WhatsApp relawan ambulans di Banjarmasin membagikan info kamar kosong tiap malam secara manual. Admin mengaku sering kewalahan.", "a volunteer group's manual practice"),
    ("Ternyata dasbor kamar yang beredar di grup itu bukan resmi, dibuat mahasiswa untuk tugas kuliah dan datanya tahun lalu.", "a denial about an unofficial dashboard")],
 b=None))

A.append(dict(id="a38", src="pemkab-hss", t="2026-11-27T10:30:00",
 title="Obat Sempat Kosong, RSUD Hasan Basry Kembalikan Biaya 73 Pasien yang Beli di Luar",
 text="""KANDANGAN – RSUD Brigjend H. Hasan Basry Kandangan mengembalikan biaya obat kepada 73 pasien JKN yang terpaksa membeli obat di apotek luar saat stok rumah sakit kosong pada Oktober. Total penggantian mencapai Rp41,6 juta.

Penggantian dibayarkan Jumat (27/11/2026) di kantor keuangan rumah sakit setelah pasien menunjukkan kuitansi dan resep. Kekosongan terjadi karena keterlambatan pengiriman obat jantung dan insulin dari distributor. “Pasien JKN tidak boleh menanggung biaya obat yang menjadi tanggung jawab rumah sakit. Ini kesalahan kami dan kami perbaiki,” kata Direktur RSUD Hasan Basry, dr. Rina Marlina Effendi.

Pasien lain yang memiliki kuitansi pembelian serupa dapat mengajukan penggantian hingga 31 Desember di loket pengaduan. (mc-hss/fr)""",
 s="RSUD Hasan Basry Kandangan kembalikan Rp41,6 juta ke 73 pasien JKN yang beli obat jantung/insulin di luar saat stok kosong Oktober; dibayar Jumat 27/11, pengajuan lain s.d. 31/12.",
 L=None,
 p="Pasien BPJS di RSUD Hasan Basry Kandangan nang bulan Oktober tapaksa manukar ubat di apotek luar, duitnya dibulikakan! Ada 73 urang, samunyaan Rp41,6 juta. Nang masih manyimpan kuitansi, bawa ka loket pengaduan sabalum 31 Desember lah.",
 n=[("Seorang pasien di Kandangan mengeluh harus membeli insulin sendiri Rp180 ribu karena stok rumah sakit kosong pada Oktober.", "the October complaint itself (posted later), no refund"),
    ("RSUD Hasan Basry Kandangan menerima tambahan 73 tempat tidur baru dari Kementerian Kesehatan untuk ruang kelas standar.", "same hospital, the same figure 73 meaning beds"),
    ("Apotek Kimia Farma Kandangan memberi diskon 10 persen untuk obat diabetes selama Hari Diabetes.", "a pharmacy discount")],
 b=None))

A.append(dict(id="a39", src="pemkab-tapin", t="2026-11-23T13:50:00",
 title="RSUD Datu Sanggul Buka Loket dan Poli Khusus Lansia",
 text="""RANTAU – RSUD Datu Sanggul Rantau membuka loket pendaftaran dan poliklinik geriatri khusus bagi pasien berusia 60 tahun ke atas. Lansia tidak lagi antre bersama pasien umum.

Layanan dibuka Senin (23/11/2026) di sayap timur gedung poliklinik. Lansia dilayani satu pintu: pendaftaran, pemeriksaan dokter, laboratorium sederhana dan pengambilan obat di ruangan yang sama. Pada hari pertama 64 lansia berobat, rata-rata selesai dalam 70 menit. “Nenek-nenek kita sering pingsan menunggu di kursi plastik berjam-jam. Di poli ini mereka duduk sekali dan semua urusan datang kepada mereka,” kata Wakil Bupati Tapin, H. Syafrudin Noor.

Kursi roda dan petugas pendamping disiagakan di pintu masuk. Pemkab berencana membuka layanan serupa di Puskesmas Binuang tahun depan. (prokom-tapin/ys)""",
 s="RSUD Datu Sanggul Rantau buka loket & poli geriatri khusus lansia ≥60 th mulai Senin 23/11 (satu pintu: daftar, dokter, lab, obat); hari pertama 64 lansia, rata-rata 70 menit.",
 L=None,
 p="Kai nini di Tapin, wayahini di RSUD Datu Sanggul ada loket wan poli khusus lansia, umur 60 ka atas. Daftar, paraksa, lab, ubat samunyaan di satu ruangan. Kada usah lagi duduk bajam-jam di kursi plastik. Hari partama 64 urang lansia, rata-rata 70 manit tuntung 👵👴",
 n=[("Posyandu lansia Desa Tatakan, Tapin Selatan, Senin ini memeriksa 64 lansia dan membagikan makanan tambahan.", "a village posyandu with the same 64"),
    ("Puskesmas Binuang membuka poli lansia setiap Senin dan Kamis mulai bulan ini.", "the puskesmas step told as its own news"),
    ("Wabup Tapin H. Syafrudin Noor Senin siang juga menyerahkan alat tangkap kepada 30 nelayan Danau Bangkau.", "same official same day")],
 b=None))

A.append(dict(id="a40", src="pemkab-hsu", t="2026-11-26T09:45:00",
 title="RSUD Pambalah Batung Ubah 60 Tempat Tidur Jadi Ruang Rawat Kelas Standar",
 text="""AMUNTAI – RSUD Pambalah Batung Amuntai merampungkan renovasi 60 tempat tidur menjadi ruang rawat inap kelas standar. Setiap kamar kini berisi maksimal empat tempat tidur dengan kamar mandi di dalam dan tirai pemisah.

Ruang kelas standar mulai dipakai Kamis (26/11/2026) di Gedung Anggrek dan Gedung Melati. Sebelumnya satu bangsal kelas III berisi hingga sepuluh tempat tidur dengan kamar mandi bersama di ujung lorong. Renovasi menelan anggaran Rp7,4 miliar. “Pasien kelas tiga juga manusia yang butuh privasi. Tidak ada lagi pasien antre kamar mandi dengan infus di tangan,” ujar Sekretaris Daerah Hulu Sungai Utara, H. Adi Lesmana Putra.

Sebanyak 48 tempat tidur lain akan direnovasi tahun depan. Selama itu, rumah sakit tetap menerima pasien di bangsal lama. (diskominfo-hsu/rm)""",
 s="RSUD Pambalah Batung Amuntai selesai renovasi 60 tempat tidur jadi kelas standar (maks 4 per kamar, kamar mandi dalam), dipakai Kamis 26/11 di Gedung Anggrek & Melati; Rp7,4 miliar.",
 L=None,
 p="Kamar rawat inap di RSUD Pambalah Batung Amuntai sudah dibaiki, 60 ranjang jadi kelas standar. Sa-kamar paling banyak ampat urang, WC di dalam. Bahari sa-bangsal sampai sapuluh ranjang, antre WC mambawa infus. Wayahini nyaman sudah 🙏",
 n=[("Kantin baru dibuka di samping Gedung Melati RSUD Pambalah Batung, menjual makanan untuk keluarga pasien sampai malam.", "same building, a canteen"),
    ("RSUD Balangan juga menyiapkan ruang kelas standar, tetapi baru 20 tempat tidur yang selesai.", "another hospital's own figure")],
 b=None))
