"""heldout41, hand-written: releases (religious affairs), per release a short summary S, sometimes a long one L,
a Banjar/casual paraphrase P, three look-alikes N (region, text, how it differs) and sometimes a `before` post B
(text, hours before the release). Dates in the text are written "@d/m" and expanded to "Hari (d/m/2026)"."""

A = []


def ann(i, src, when, title, text, S, P, N, L=None, B=None):
    A.append(dict(id=i, src=src, when=when, title=title, text=text, S=S, L=L, P=P, N=N, B=B))


# ---- F1 istithaah kesehatan calon haji 2027 -------------------------------------------------
ann("a01", "kemenag-kalsel", "2026-11-03 10:20",
    "Kanwil Kemenag Kalsel Mulai Pemeriksaan Istithaah 4.120 Calon Jemaah Haji 2027",
    """BANJARMASIN – Kantor Wilayah Kementerian Agama Provinsi Kalimantan Selatan bersama Dinas Kesehatan mulai memeriksa kesehatan istithaah 4.120 calon jemaah haji yang masuk kuota keberangkatan 2027.

Pemeriksaan tahap pertama berlangsung @9/11 sampai @19/12 di 13 puskesmas rujukan kabupaten/kota. Calon jemaah diminta membawa kartu BPJS, hasil laboratorium terakhir dan surat panggilan dari Kemenag kabupaten/kota.

“Istithaah kesehatan kini menjadi syarat pelunasan. Jemaah yang belum memenuhi syarat akan dibina dulu, jadi jangan cemas,” kata Kepala Bidang Penyelenggaraan Haji dan Umrah Kanwil Kemenag Kalsel, H. Rusdiansyah Noor.

Hasil pemeriksaan dimasukkan ke Siskohatkes paling lambat akhir Desember, lalu diumumkan melalui kantor Kemenag kabupaten/kota. (kemenag-kalsel/rn)""",
    S="Calon jemaah haji 2027 Kalsel (4.120 orang) diperiksa istithaah kesehatan 9 Nov–19 Des di 13 puskesmas rujukan, bawa kartu BPJS dan surat panggilan.",
    L="Kanwil Kemenag Kalsel dan Dinkes memulai pemeriksaan istithaah kesehatan untuk 4.120 calon jemaah haji kuota 2027. Jadwalnya 9 November sampai 19 Desember di 13 puskesmas rujukan. Jemaah membawa kartu BPJS, hasil lab terakhir dan surat panggilan. Kata Kabid PHU H. Rusdiansyah Noor, istithaah jadi syarat pelunasan, yang belum memenuhi akan dibina dulu. Hasil masuk Siskohatkes akhir Desember.",
    P="Dangsanak bubuhan calon haji 2027 🕋 mulai tanggal 9 November sampai 19 Desember dipariksa kesehatan (istithaah) di puskesmas rujukan, ampun Kanwil Kemenag Kalsel. Ampat ribu saratus duapuluh urang nang dipanggil. Bawai kartu BPJS, hasil lab, wan surat panggilan lah. Jangan takutan, nang balum mamanuhi kaina dibina dulu ujar Kabid PHU. #haji2027 #istithaah",
    N=[("Kabupaten Hulu Sungai Tengah", "Puskesmas Barabai hari ini melayani senam dan cek tensi 140 jemaah haji yang SUDAH pulang tahun ini (haji 2026). Sekalian silaturahmi ikatan alumni haji kecamatan. Terima kasih para nakes 🙏", "post-hajj check of returned 2026 pilgrims by one puskesmas, not the 2027 istithaah exam"),
       ("Kota Banjarmasin", "Mengingatkan: pemeriksaan istithaah calon haji tahun lalu (kuota 2026) di Banjarmasin sudah selesai Januari 2026 ya. Yang sekarang ditanyakan warga kami belum terima surat panggilan dari Kemenag kota, mohon sabar menunggu, belum ada info resmi jadwal per kecamatan.", "last year's round and a local 'no official schedule yet' note, not the release's announcement"),
       ("Kabupaten Tanah Laut", "Kelompok bimbingan ibadah haji (KBIH) Al-Falah Pelaihari menggelar jalan sehat calon jemaah Minggu pagi, diikuti 65 orang, persiapan fisik sebelum berangkat 2027. Acara swadaya KBIH.", "a KBIH's own fitness walk, no health examination by Kemenag/Dinkes")],
    B=("Info dari grup pengurus KBIH: katanya bulan ini calon haji 2027 bakal dipanggil periksa kesehatan di puskesmas. Betul kah? Tunggu pengumuman resmi Kemenag dulu ya dangsanak.", 30))

ann("a02", "pemkab-hsu", "2026-11-10 15:05",
    "286 Calon Haji HSU Jalani Pemeriksaan Istithaah di RSUD Pambalah Batung",
    """AMUNTAI – Sebanyak 286 calon jemaah haji Kabupaten Hulu Sungai Utara yang berangkat tahun 2027 akan menjalani pemeriksaan istithaah kesehatan di RSUD Pambalah Batung Amuntai.

Pemeriksaan digelar tiga hari, @17/11 hingga @19/11, mulai pukul 07.30 Wita. Selain cek darah dan rontgen, jemaah mengikuti tes kebugaran jalan enam menit. Jemaah dibagi per kecamatan agar antrean tidak menumpuk.

“Kami minta jemaah puasa sejak pukul sepuluh malam sebelum diperiksa dan tetap minum obat rutin,” ujar Kepala Dinas Kesehatan HSU, dr. Nurul Aini Fitriyani.

Jemaah yang dinyatakan perlu pembinaan akan didampingi puskesmas masing-masing selama tiga bulan. (prokom-hsu/ad)""",
    S="HSU: 286 calon haji 2027 diperiksa istithaah di RSUD Pambalah Batung 17–19 November, ada tes jalan enam menit; puasa dari jam 10 malam.",
    P="Bubuhan calon haji HSU, 286 urang, dipariksa di RSUD Pambalah Batung Amuntai tanggal 17 sampai 19 Nopember. Ada tes bajalan anam menit jua 😅 Puasa dulu mulai jam sapuluh malam, ubat rutin tatap diminum lah. #HSU #calonhaji",
    N=[("Kabupaten Balangan", "Calon haji Balangan 2027 diperiksa di RSUD Balangan minggu depan, jumlahnya 198 orang. Jadwal per kecamatan ditempel di kantor Kemenag Paringin.", "Balangan's examination of 198 at RSUD Balangan, not HSU's 286 at Pambalah Batung"),
       ("Kabupaten Hulu Sungai Utara", "RSUD Pambalah Batung hari ini membuka poli jantung baru. Warga Amuntai tidak perlu lagi rujuk ke Banjarmasin untuk echo jantung. Jam layanan Senin–Jumat.", "same hospital, another event (new cardiac clinic)"),
       ("Kabupaten Hulu Sungai Utara", "Puskesmas Alabio mulai kelas pembinaan bagi calon jemaah yang gula darahnya tinggi. Pertemuan tiap Kamis sampai Februari 2027, ada senam dan konsultasi gizi. Informasi di loket puskesmas.", "the later coaching class of one puskesmas, told as its own news")],
    B=("Katanya calon haji HSU akan diperiksa kesehatan di RSUD Pambalah Batung pertengahan bulan ini, tapi jadwal per kecamatan belum keluar. Yang sudah dapat kabar tolong bagi info.", 40))

ann("a03", "pemkab-tanah-bumbu", "2026-11-18 11:40",
    "Hasil Istithaah: 212 Calon Haji Tanah Bumbu Memenuhi Syarat, 19 Dibina",
    """BATULICIN – Dinas Kesehatan Tanah Bumbu merampungkan pemeriksaan istithaah 231 calon jemaah haji 2027. Sebanyak 212 orang dinyatakan memenuhi syarat, sedangkan 19 orang memenuhi syarat dengan pendampingan.

Pemeriksaan berlangsung di Puskesmas Batulicin 1 dan Puskesmas Sungai Loban sejak @9/11. Sebagian besar jemaah yang didampingi memiliki diabetes dan tekanan darah tinggi yang belum terkendali.

“Tidak ada jemaah kami yang gugur. Yang 19 orang akan kami kawal agar gula darah dan tensinya stabil sebelum pelunasan,” kata Kepala Dinas Kesehatan Tanah Bumbu, dr. Andi Rahmat Saleh.

Daftar hasil akan diserahkan ke Kantor Kemenag Tanah Bumbu untuk proses pelunasan biaya haji. (humas-tanbu/sy)""",
    S="Tanbu: dari 231 calon haji 2027, 212 memenuhi syarat istithaah dan 19 dibina (diabetes, hipertensi); tidak ada yang gugur.",
    L="Hasil pemeriksaan istithaah di Tanah Bumbu sudah keluar. Dari 231 calon jemaah haji 2027, 212 memenuhi syarat dan 19 perlu pendampingan, kebanyakan karena diabetes dan tensi tinggi. Pemeriksaan di Puskesmas Batulicin 1 dan Sungai Loban sejak 9 November. Kadinkes dr. Andi Rahmat Saleh memastikan tidak ada jemaah yang gugur; datanya diserahkan ke Kemenag untuk pelunasan.",
    P="Alhamdulillah kabar baik gasan calon haji Tanbu 🤲 Dua ratus dua walas urang sudah mamanuhi syarat, sambilan walas urang lagi dibina haja, kada ada nang gugur. Nang dibina tu rata-rata gula wan tensi. Ayo dijaga makan, dangsanak! #TanahBumbu #haji2027",
    N=[("Kabupaten Kotabaru", "Kotabaru: 231 calon jemaah umrah dari dua travel diberangkatkan lewat Bandara Syamsudin Noor pekan ini. Semoga lancar ibadahnya.", "same number 231, but umrah pilgrims of travel agencies in Kotabaru"),
       ("Kabupaten Tanah Bumbu", "Puskesmas Sungai Loban buka posbindu lansia tiap Rabu di balai desa Sebamban Baru, cek gula darah dan tensi gratis untuk umum.", "same puskesmas, general elderly screening"),
       ("Kabupaten Tanah Bumbu", "Kemenag Tanah Bumbu: jadwal pelunasan biaya haji 2027 menunggu keputusan pemerintah pusat, kemungkinan Januari. Belum ada info resmi besaran Bipih, jangan percaya pesan berantai.", "a later step (payment) with no date yet; a denial of chain messages")])

# ---- F2 pengawasan travel umrah (PPIU) -----------------------------------------------------
ann("a04", "kemenag-kalsel", "2026-11-05 09:30",
    "Kemenag Kalsel Awasi 34 Travel Umrah Berizin Jelang Musim Umrah Desember",
    """BANJARBARU – Kanwil Kementerian Agama Kalimantan Selatan menurunkan tim pengawasan ke 34 Penyelenggara Perjalanan Ibadah Umrah (PPIU) yang berkantor di Kalsel menjelang musim umrah akhir tahun.

Tim memeriksa izin, paket harga, kontrak hotel, tiket pulang-pergi dan pelaporan keberangkatan di aplikasi Siskopatuh. Pengawasan berjalan @9/11 sampai @20/11 di Banjarmasin, Banjarbaru, Martapura, Barabai dan Batulicin.

“Kami ingin jemaah berangkat dengan tenang. Travel yang lalai melapor akan kami tegur, yang tidak berizin kami laporkan ke aparat,” tegas Kepala Bidang Penyelenggaraan Haji dan Umrah, H. Rusdiansyah Noor.

Warga diminta mengecek izin travel melalui laman resmi Kemenag sebelum menyetor uang. (kemenag-kalsel/fz)""",
    S="Kemenag Kalsel periksa 34 travel umrah berizin (PPIU) 9–20 November: izin, paket, hotel, tiket dan laporan Siskopatuh.",
    L="Menjelang musim umrah Desember, Kanwil Kemenag Kalsel mengawasi 34 PPIU di Banjarmasin, Banjarbaru, Martapura, Barabai dan Batulicin pada 9–20 November. Yang dicek izin, harga paket, kontrak hotel, tiket PP dan pelaporan di Siskopatuh. Travel lalai ditegur, yang tak berizin dilaporkan ke aparat. Cek izin travel sebelum setor uang.",
    P="Handak umrah Desember? 🕋 Kemenag Kalsel lagi mamariksa 34 travel umrah nang baizin, tanggal 9 sampai 20 Nopember. Dicek izin, harga paket, hotel, tiket, samunyaan. Pasan ulun: cek dulu izin travelnya di laman Kemenag sabalum manyatur duit, jangan tatipu!",
    N=[("Kabupaten Hulu Sungai Selatan", "Kemenag HSS kemarin mendatangi empat kantor cabang travel umrah di Kandangan. Semua izin lengkap, jemaah Desember 112 orang. Pemeriksaan rutin kabupaten.", "HSS office's own check of 4 branch offices"),
       ("Kabupaten Banjar", "Polres Banjar menerima laporan 17 warga Martapura yang gagal berangkat umrah karena biro tidak memberi tiket. Penyidik masih memanggil pemilik biro.", "a police case about a failed departure, not Kemenag's supervision"),
       ("Kota Banjarbaru", "Promo! Travel kami berangkat 14 Desember, paket 12 hari, hotel dekat Masjidil Haram. Kuota tinggal 9 kursi. Izin PPIU resmi. Daftar di kantor Jl. A. Yani km 33.", "a travel agency's advertisement")],
    B=("Ada yang tahu kabar kalau travel umrah mau diperiksa Kemenag? Soalnya ulun sudah setor DP buat Desember, takut kenapa-napa.", 20))

ann("a05", "kemenag-kalsel", "2026-11-24 14:10",
    "Hasil Pengawasan: 31 Travel Umrah Patuh, Tiga Ditegur Kemenag Kalsel",
    """BANJARBARU – Tim pengawasan Kanwil Kementerian Agama Kalimantan Selatan menyelesaikan pemeriksaan 34 travel umrah berizin yang dimulai @9/11. Sebanyak 31 travel dinyatakan patuh dan tiga travel menerima teguran tertulis.

Ketiga travel itu tidak melaporkan jadwal keberangkatan 214 jemaah di Siskopatuh. Tim juga menemukan dua biro tanpa izin yang menawarkan paket umrah lewat media sosial di Banjarmasin dan Martapura.

“Dua biro tanpa izin sudah kami laporkan ke Polda Kalsel. Jemaah yang terlanjur mendaftar silakan mengadu ke kantor Kemenag terdekat,” ujar Kepala Bidang Penyelenggaraan Haji dan Umrah, H. Rusdiansyah Noor.

Kemenag membuka posko pengaduan umrah sampai @31/12. (kemenag-kalsel/fz)""",
    S="Hasil pengawasan umrah Kemenag Kalsel: 31 dari 34 travel patuh, 3 ditegur (214 jemaah tak dilapor), 2 biro ilegal dilaporkan ke Polda.",
    L="Pemeriksaan 34 travel umrah oleh Kemenag Kalsel selesai: 31 patuh, tiga mendapat teguran tertulis karena tidak melaporkan jadwal 214 jemaah di Siskopatuh. Dua biro tanpa izin yang jualan paket lewat medsos di Banjarmasin dan Martapura dilaporkan ke Polda Kalsel. Posko pengaduan umrah dibuka sampai 31 Desember.",
    P="Hasil pamariksaan travel umrah sudah kaluar gais. Talu puluh satu travel patuh, talu ditegur, wan dua biro kada baizin sudah dilapurakan ka Polda. Nang sudah tadaftar di biro ilegal, mangadu ka Kemenag lah. Posko dibuka sampai 31 Desember. #umrah #kalsel",
    N=[("Kota Banjarmasin", "Hasil pengawasan travel umrah tahun lalu: 29 travel diperiksa, dua ditegur. Mohon jangan dibagikan lagi ya, itu berita 2025.", "the 2025 result"),
       ("Kabupaten Banjar", "Ada yang bilang travel langganan kami ditegur Kemenag. Kami tegaskan travel kami tidak termasuk yang ditegur dan jemaah 7 Desember tetap berangkat.", "a travel's denial, not the release"),
       ("Kota Banjarbaru", "Kanwil Kemenag Kalsel hari ini mengadakan lomba kebersihan kantor dan pelayanan terbaik antar-kabupaten. Kemenag Tabalong juara satu.", "the same office, another object")])

ann("a06", "pemkot-banjarmasin", "2026-11-12 16:30",
    "Pemko Banjarmasin Sosialisasikan Umrah Aman kepada 150 Calon Jemaah dan Majelis Taklim",
    """BANJARMASIN – Pemerintah Kota Banjarmasin bersama Kantor Kemenag Kota menggelar sosialisasi Umrah Aman bagi 150 calon jemaah umrah dan pengurus majelis taklim di Aula Kayuh Baimbai Balai Kota, @12/11.

Peserta dibekali cara mengecek izin travel, memahami isi paket, jadwal penerbangan, dan hak jemaah bila keberangkatan batal. Materi disampaikan petugas Kemenag dan penyidik Polresta Banjarmasin.

“Banyak jemaah kita ditawari umrah murah di pengajian. Pengurus majelis taklim harus menjadi benteng pertama,” kata Asisten Pemerintahan dan Kesra Setdako Banjarmasin, Hj. Marlina Hayati.

Sosialisasi serupa akan dibawa ke lima kecamatan mulai Januari 2027. (diskominfotik-bjm/ys)""",
    S="Banjarmasin sosialisasi Umrah Aman untuk 150 calon jemaah dan pengurus majelis taklim di Aula Kayuh Baimbai, 12 November.",
    P="Ibu-ibu majelis taklim Banjarmasin, tadi di Aula Kayuh Baimbai ada sosialisasi Umrah Aman, 150 urang umpat. Diajari mancek izin travel wan hak jemaah amun kada jadi tulak. Pasan Asisten Pemko: jangan tagiur umrah murah di pangajian! 😊",
    N=[("Kota Banjarmasin", "Aula Kayuh Baimbai pagi tadi dipakai pelantikan pengurus PKK kelurahan se-Banjarmasin Selatan. Dihadiri ketua TP PKK kota.", "same hall, another event"),
       ("Kota Banjarmasin", "Majelis taklim Nurul Iman Kelurahan Kelayan Tengah bikin arisan umrah sendiri, setoran Rp500 ribu per bulan. Pengurus bilang ini bukan program pemerintah.", "a majelis taklim's own saving scheme"),
       ("Kota Banjarmasin", "Sosialisasi Umrah Aman sampai kecamatan Banjarmasin Timur dijadwalkan Januari 2027, lokasinya di aula kantor camat. Pendaftaran peserta dibuka bulan depan.", "the later kecamatan round, Jan 2027, told as its own news")],
    B=("Besok Kamis ada sosialisasi umrah di Balai Kota, yang diundang pengurus majelis taklim. Kalau ada yang berangkat dari Kelayan kabari ya.", 28))

# ---- F3 zakat ASN / UPZ -------------------------------------------------------------------
ann("a07", "baznas-kalsel", "2026-11-04 13:00",
    "Zakat ASN Pemprov Kalsel Tembus Rp18,6 Miliar, Baznas Beri Penghargaan UPZ Terbaik",
    """BANJARBARU – Badan Amil Zakat Nasional (Baznas) Provinsi Kalimantan Selatan mencatat penghimpunan zakat aparatur sipil negara lingkup Pemprov Kalsel mencapai Rp18,6 miliar sejak Januari hingga Oktober 2026.

Dana itu dihimpun 41 Unit Pengumpul Zakat (UPZ) di dinas dan badan. Penghargaan UPZ terbaik diberikan kepada UPZ Dinas PUPR, UPZ RSUD Ulin dan UPZ Dinas Pendidikan dalam rapat koordinasi @4/11 di Gedung Idham Chalid.

“Target tahun ini Rp24 miliar. Seluruh dana disalurkan kembali untuk beasiswa, kesehatan dan usaha mustahik,” kata Ketua Baznas Kalsel, KH. Ahmad Syarwani Zain.

Baznas akan mengumumkan laporan penyaluran secara terbuka pada Januari 2027. (baznas-kalsel/hr)""",
    S="Zakat ASN Pemprov Kalsel Jan–Okt 2026 Rp18,6 miliar dari 41 UPZ; UPZ terbaik Dinas PUPR, RSUD Ulin, Disdik; target Rp24 miliar.",
    L="Baznas Kalsel mencatat zakat ASN Pemprov sudah Rp18,6 miliar (Januari–Oktober 2026) dari 41 UPZ. Dalam rakor 4 November di Gedung Idham Chalid, UPZ Dinas PUPR, RSUD Ulin dan Dinas Pendidikan mendapat penghargaan. Ketua Baznas KH. Ahmad Syarwani Zain menyebut target Rp24 miliar, dana kembali ke beasiswa, kesehatan dan usaha mustahik.",
    P="Mantap ASN Pemprov 👏 zakatnya sudah dalapan walas koma anam miliar sampai Oktober, ujar Baznas Kalsel. UPZ nang paling rajin: PUPR, RSUD Ulin wan Disdik. Targetnya duapuluh ampat miliar, samunyaan dibagi gasan beasiswa, kesehatan wan modal usaha mustahik.",
    N=[("Kota Banjarbaru", "Ketua Baznas Kalsel hari ini menyerahkan satu unit ambulans untuk layanan gratis warga kurang mampu di Banjarbaru. Ambulans bisa dipanggil lewat kantor Baznas.", "same official, another event (ambulance)"),
       ("Kabupaten Tapin", "Zakat ASN Tapin sampai Oktober Rp4,2 miliar, kata Baznas Tapin dalam rapat di Rantau. UPZ terbaik Dinas Kesehatan.", "another kabupaten's figure"),
       ("Kota Banjarmasin", "Flashback: tahun 2025 zakat ASN Pemprov Rp16,2 miliar setahun penuh. Semoga tahun ini lebih banyak berkahnya.", "the 2025 figure")],
    B=("Kabarnya besok ada rakor UPZ se-Pemprov di Idham Chalid, katanya ada penghargaan UPZ terbaik. Semoga dinas kita masuk 😁", 22))

ann("a08", "pemkab-banjar", "2026-11-11 10:45",
    "Perbup Baru: Zakat Profesi ASN Banjar Dipotong Langsung Mulai Januari 2027",
    """MARTAPURA – Pemerintah Kabupaten Banjar menerbitkan Peraturan Bupati tentang pengelolaan zakat profesi aparatur sipil negara. Mulai Januari 2027 zakat 2,5 persen dari penghasilan ASN yang mencapai nisab dipotong langsung melalui bendahara gaji.

Aturan itu berlaku bagi sekitar 6.800 ASN dan PPPK. Sosialisasi kepada bendahara organisasi perangkat daerah digelar @11/11 di Mahligai Sultan Adam Martapura.

“Potensinya sekitar Rp9 miliar setahun. ASN yang penghasilannya di bawah nisab tidak dipotong, cukup berinfak sukarela,” ujar Sekretaris Daerah Kabupaten Banjar, H. Fahrurrazi Mahdi.

Dana dikelola Baznas Kabupaten Banjar untuk beasiswa santri, bedah rumah dan modal usaha warga miskin. (diskominfo-banjar/mf)""",
    S="Banjar: Perbup zakat profesi, mulai Januari 2027 zakat 2,5% ASN yang mencapai nisab dipotong lewat bendahara gaji; ±6.800 ASN, potensi Rp9 miliar.",
    L="Pemkab Banjar menerbitkan Perbup zakat profesi ASN. Sejak Januari 2027, 2,5 persen penghasilan ASN/PPPK yang mencapai nisab langsung dipotong bendahara gaji; yang di bawah nisab cukup infak sukarela. Sosialisasi ke bendahara OPD digelar 11 November di Mahligai Sultan Adam. Potensinya sekitar Rp9 miliar setahun dan dikelola Baznas Banjar.",
    P="ASN Kabupaten Banjar, catat lah: mulai Januari 2027 zakat profesi 2,5 persen langsung dipotong bendahara gaji, asal panghasilan sampai nisab. Nang di bawah nisab kada dipotong, infak haja sukarela. Duitnya dikalola Baznas gasan santri, bedah rumah wan modal usaha. #Banjar #zakat",
    N=[("Kabupaten Tapin", "Rumor di grup guru: gaji ASN Tapin mau dipotong zakat juga mulai Januari. Sampai sekarang belum ada info resmi dari Pemkab Tapin, tolong jangan disebar dulu.", "a rumour about Tapin with a denial"),
       ("Kabupaten Banjar", "Mahligai Sultan Adam malam ini menjadi tempat gala dinner Festival Budaya Martapura. Tamu dari 5 kabupaten hadir.", "same venue, another event"),
       ("Kabupaten Banjar", "UPZ Masjid Jami Sungai Tabuk mengumumkan penerimaan zakat mal hasil panen tiap Jumat setelah salat. Amil siap menjemput ke rumah.", "a mosque's own zakat collection")],
    B=("Gaji kita katanya mau dipotong zakat 2,5 persen mulai tahun depan kah? Ada yang sudah dengar dari bendahara? #ASNBanjar", 50))

ann("a09", "pemkab-hss", "2026-11-19 15:20",
    "148 UPZ Desa se-HSS Dikukuhkan, Zakat Dihimpun dari Desa",
    """KANDANGAN – Bupati Hulu Sungai Selatan mengukuhkan pengurus 148 Unit Pengumpul Zakat (UPZ) desa dan kelurahan di Pendopo Kandangan, @19/11. Setiap UPZ terdiri atas lima orang, termasuk imam masjid dan perangkat desa.

UPZ desa bertugas menghimpun zakat, infak dan sedekah warga, mendata mustahik dan menyetorkan hasil ke Baznas HSS setiap bulan. Seluruh pengurus mendapat pelatihan pembukuan sehari.

“Dengan UPZ di tiap desa, warga tidak perlu jauh ke kota untuk berzakat dan bantuan tepat sasaran,” kata Wakil Bupati HSS, H. Syamsuri Arsyad.

Baznas HSS akan mengevaluasi kinerja UPZ desa setiap triwulan mulai April 2027. (prokopim-hss/zn)""",
    S="HSS kukuhkan 148 UPZ desa/kelurahan (5 pengurus tiap UPZ) di Pendopo Kandangan 19 November; hasil disetor ke Baznas HSS tiap bulan.",
    P="Bubuhan desa di HSS, wayah ini sudah ada UPZ saurang-saurang! 148 UPZ dikukuhkan di Pendopo Kandangan, tiap UPZ limaan urang, ada imam masjid wan perangkat desa. Bazakat kada usah jauh ka kota lagi 👍 #HSS",
    N=[("Kabupaten Hulu Sungai Selatan", "148 guru honorer madrasah di HSS menerima insentif akhir tahun dari Pemkab, diserahkan di aula Kemenag Kandangan.", "the same figure 148 for another thing"),
       ("Kabupaten Hulu Sungai Tengah", "Baznas HST membentuk UPZ di 12 sekolah negeri Barabai, mengumpulkan infak Jumat siswa untuk teman yang yatim.", "HST's school UPZ, another kabupaten"),
       ("Kabupaten Hulu Sungai Selatan", "Warga Desa Jambu Hilir sepakat membentuk kas sosial kematian, iuran Rp5.000 per KK tiap bulan, dikelola RT.", "a village's own death fund, not a UPZ")])

# ---- F4 Baznas modal usaha mustahik ---------------------------------------------------------
ann("a10", "pemkot-banjarbaru", "2026-11-06 11:15",
    "Baznas dan Pemko Banjarbaru Serahkan 60 Gerobak dan Modal Usaha kepada Pedagang Kecil",
    """BANJARBARU – Baznas Kota Banjarbaru bersama Pemerintah Kota menyerahkan bantuan 60 gerobak dagang beserta modal usaha Rp3 juta per orang kepada pedagang kecil mustahik di halaman Balai Kota Banjarbaru, @6/11.

Penerima berasal dari 20 kelurahan dan telah diverifikasi lurah serta pendamping Baznas. Mereka berjualan gorengan, minuman, sayur keliling dan kue tradisional.

“Bantuan ini bukan sekali lewat. Pendamping akan datang tiap bulan untuk memantau usaha dan pencatatan keuangan,” ujar Asisten Perekonomian Setdako Banjarbaru, Ir. Gusti Irwansyah.

Penerima yang usahanya berkembang akan diikutkan program kredit usaha tanpa bunga pada tahun 2027. (humas-bjb/ln)""",
    S="Banjarbaru: Baznas dan Pemko serahkan 60 gerobak + modal Rp3 juta ke pedagang kecil dari 20 kelurahan di Balai Kota, 6 November.",
    L="Di halaman Balai Kota Banjarbaru, Baznas dan Pemko menyerahkan 60 gerobak dan modal Rp3 juta per orang kepada pedagang kecil mustahik dari 20 kelurahan (gorengan, minuman, sayur keliling, kue). Pendamping akan memantau tiap bulan, dan yang berkembang ikut kredit tanpa bunga 2027.",
    P="Alhamdulillah, anam puluh pedagang halus di Banjarbaru dapat garubak hanyar wan modal talu juta 🛒 ampun Baznas wan Pemko. Ada nang bajualan gorangan, es, sayur kaliling. Kaina tiap bulan didatangi pendamping. Samangat bausaha dangsanak!",
    N=[("Kota Banjarbaru", "Tahap kedua bantuan gerobak Baznas Banjarbaru direncanakan Desember nanti untuk 40 pedagang lagi, pendataan lewat kelurahan masih berjalan.", "the next stage in December, told as its own news"),
       ("Kota Banjarbaru", "Halaman Balai Kota Banjarbaru ramai pameran UMKM binaan Dekranasda hari ini sampai Minggu. Ada kain sasirangan dan kuliner.", "same venue, another event"),
       ("Kota Banjarbaru", "Koperasi pemuda Kelurahan Guntung Manggis menyerahkan 5 gerobak kopi untuk anggotanya dari hasil SHU. Swadaya, bukan bantuan Baznas.", "a cooperative's own handover")],
    B=("Pedagang yang dapat undangan Baznas, besok jam 8 kumpul di Balai Kota ya. Katanya ada penyerahan gerobak.", 24))

ann("a11", "pemkab-tapin", "2026-11-13 14:00",
    "Baznas Tapin Bantu Modal Rp2,5 Juta untuk 45 Pedagang Kecil di Rantau",
    """RANTAU – Baznas Kabupaten Tapin menyalurkan bantuan modal usaha Rp2,5 juta kepada 45 pedagang kecil di Kecamatan Tapin Utara dan Tapin Tengah, @13/11 di Aula Rumah Dinas Bupati Tapin.

Sebelum menerima bantuan, para pedagang mengikuti pelatihan dua hari tentang pencatatan keuangan sederhana dan cara mengemas dagangan. Sebagian besar penerima adalah ibu rumah tangga penjual wadai dan pedagang pasar subuh.

“Kami ingin mustahik hari ini menjadi muzaki lima tahun lagi. Karena itu pelatihan kami wajibkan,” kata Ketua Baznas Tapin, H. Jamaluddin Asy'ari.

Baznas Tapin membuka pendaftaran penerima tahun depan melalui kantor desa mulai Februari 2027. (humas-tapin/rk)""",
    S="Baznas Tapin beri modal Rp2,5 juta ke 45 pedagang kecil Tapin Utara dan Tapin Tengah, setelah pelatihan dua hari (13 November).",
    P="Baznas Tapin mambari modal duajuta satangah ka ampat puluh lima pedagang halus di Rantau 💰 kabanyakan acil-acil panjual wadai wan pedagang pasar subuh. Sabalumnya baajar dulu dua hari manulis pambukuan. Mudahan kaina jadi muzaki, aamiin.",
    N=[("Kabupaten Tapin", "Aula Rumah Dinas Bupati Tapin tadi siang dipakai penyerahan beasiswa Baznas untuk 60 mahasiswa. Masing-masing Rp2,5 juta per semester.", "same venue and same amount, another programme (scholarships)"),
       ("Kabupaten Hulu Sungai Selatan", "Baznas HSS menyalurkan modal usaha untuk 45 penjual ikan di Pasar Kandangan. Nilainya Rp2 juta per orang.", "another kabupaten with the same count 45"),
       ("Kabupaten Tapin", "Pasar subuh Rantau mulai pindah ke lokasi sementara pekan depan karena renovasi los. Pedagang diminta membongkar lapak sebelum Sabtu.", "the market itself, unrelated to Baznas")])

ann("a12", "pemkab-balangan", "2026-11-20 10:05",
    "Baznas Balangan Serahkan 90 Kambing untuk 30 Keluarga Mustahik di Halong dan Juai",
    """PARINGIN – Baznas Kabupaten Balangan menyerahkan 90 ekor kambing kepada 30 keluarga mustahik di Kecamatan Halong dan Juai, @20/11. Setiap keluarga menerima tiga ekor, terdiri atas dua betina dan satu jantan.

Penerima dipilih dari data desa dan sudah mengikuti pelatihan beternak bersama penyuluh Dinas Pertanian. Kandang dibangun secara gotong royong oleh warga penerima.

“Anak kambing pertama nanti digulirkan kepada keluarga lain di desa yang sama, supaya manfaatnya bergulir,” ujar Wakil Ketua Baznas Balangan, Hj. Siti Rabiatul Adawiyah.

Baznas Balangan menargetkan program kambing bergulir ini menjangkau 100 keluarga pada akhir 2027. (diskominfo-balangan/ik)""",
    S="Baznas Balangan serahkan 90 kambing (3 per keluarga) ke 30 keluarga mustahik di Halong dan Juai, 20 November; anak pertama digulirkan.",
    L="Baznas Balangan memberi 90 kambing kepada 30 keluarga mustahik di Halong dan Juai, masing-masing dua betina satu jantan. Penerima sudah dilatih penyuluh Dinas Pertanian dan membangun kandang bergotong royong. Anak kambing pertama digulirkan ke keluarga lain; target 100 keluarga akhir 2027.",
    P="Urang Halong wan Juai, talu puluh kaluarga dapat kambing matan Baznas Balangan 🐐 tiap kaluarga talu ikung, dua bibinian wan sa'ikung lakian. Anak partama kaina digulirakan ka tatangga. Rancak-rancak mahurupi rumput lah!",
    N=[("Kabupaten Balangan", "Dinas Pertanian Balangan menyalurkan 60 ekor sapi kepada 6 kelompok tani di Awayan dari APBD. Ini bukan program Baznas.", "an agriculture office's cattle aid"),
       ("Kabupaten Balangan", "Kambing bergulir Baznas tahun lalu di Desa Halong sudah beranak 14 ekor, cerita peternak Pak Juhri. Anak kambing akan diserahkan ke tetangga bulan depan.", "last year's round and its offspring"),
       ("Kabupaten Tabalong", "Baznas Tabalong menyerahkan kambing untuk 30 keluarga di Kecamatan Haruai. Penyerahan di kantor camat.", "same count 30, another kabupaten")],
    B=("Warga penerima kambing Baznas di Juai, kandangnya sudah siap? Katanya kambingnya datang akhir pekan ini.", 60))

# ---- F5 QRIS infaq masjid -----------------------------------------------------------------
ann("a13", "pemprov-kalsel", "2026-11-02 12:30",
    "Pemprov, Bank Kalsel dan DMI Luncurkan QRIS Infak di 500 Masjid",
    """BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan, Bank Kalsel dan Dewan Masjid Indonesia (DMI) Kalsel meluncurkan QRIS infak di 500 masjid se-Kalsel, ditandai pemasangan kode pertama di Masjid Raya Sabilal Muhtadin, @1/11.

Jemaah cukup memindai kode di kotak amal atau di papan pengumuman. Setiap masjid mendapat rekening khusus dan laporan mutasi harian yang bisa dibuka pengurus.

“Infak digital membuat laporan keuangan masjid lebih rapi dan terbuka. Kotak amal tunai tetap ada untuk jemaah yang terbiasa,” kata Kepala Biro Kesejahteraan Rakyat Setdaprov Kalsel, H. Akhmad Rijani.

Pemasangan di 500 masjid dituntaskan bertahap sampai akhir Desember 2026. (biro-adpim/dn)""",
    S="QRIS infak diluncurkan di 500 masjid Kalsel (Pemprov, Bank Kalsel, DMI); kode pertama di Masjid Raya Sabilal Muhtadin 1 November.",
    L="Pemprov Kalsel, Bank Kalsel dan DMI meluncurkan QRIS infak untuk 500 masjid. Kode pertama dipasang di Sabilal Muhtadin 1 November. Jemaah memindai kode di kotak amal, tiap masjid punya rekening khusus dan laporan mutasi harian. Kotak tunai tetap ada. Pemasangan bertahap sampai akhir Desember.",
    P="Wayah ini bainfak di masjid kawa pakai QRIS haja 📱 Pemprov, Bank Kalsel wan DMI mamasang di 500 masjid, nang partama di Sabilal Muhtadin. Kutak amal biasa masih ada jua gasan kakai-nini nang kada baHP 😄",
    N=[("Kota Banjarmasin", "AWAS! Beredar stiker QRIS palsu ditempel di kotak amal beberapa masjid di Banjarmasin Utara. Cek nama rekening sebelum transfer. Pengurus masjid diminta memeriksa kotak amal masing-masing.", "a scam warning about fake stickers"),
       ("Kota Banjarmasin", "Masjid Raya Sabilal Muhtadin menggelar kajian Subuh bersama ulama dari Martapura pagi ini, jemaah memenuhi serambi.", "same mosque, another event"),
       ("Kabupaten Banjar", "Bank Kalsel memasang QRIS di 300 lapak Pasar Martapura untuk pembayaran retribusi dan belanja. Pedagang dilatih di kantor cabang.", "same bank, QRIS at a market")])

ann("a14", "pemkot-banjarmasin", "2026-11-16 15:45",
    "120 Masjid dan 60 Langgar di Banjarmasin Terapkan QRIS Infak",
    """BANJARMASIN – Sebanyak 120 masjid dan 60 langgar di Kota Banjarmasin kini menerima infak melalui QRIS. Pemerintah Kota melatih 180 bendahara rumah ibadah tersebut di Gedung Sultan Suriansyah, @16/11.

Pelatihan mencakup cara membuka laporan mutasi, mencatat infak tunai dan digital dalam satu buku, serta menempelkan laporan mingguan di papan masjid. Langgar kecil di gang sempit ikut menjadi sasaran.

“Jemaah muda jarang membawa uang tunai. Dengan QRIS, langgar di gang pun tetap menerima infak,” ujar Kepala Bagian Kesejahteraan Rakyat Setdako Banjarmasin, Muhammad Hafizh Ridha.

Pemko menargetkan 300 rumah ibadah memakai QRIS infak pada pertengahan 2027. (diskominfotik-bjm/ys)""",
    S="Banjarmasin: 120 masjid dan 60 langgar pakai QRIS infak; 180 bendaharanya dilatih di Gedung Sultan Suriansyah 16 November, target 300 pada 2027.",
    P="Langgar di gang pun wayah ini kawa bainfak pakai QRIS! Di Banjarmasin ada 120 masjid wan 60 langgar, bendaharanya 180 urang diajari di Gedung Sultan Suriansyah. Laporan mingguan ditempel di papan masjid, jadi tarang. Mantap ☺️",
    N=[("Kota Banjarmasin", "Gedung Sultan Suriansyah hari ini dipakai wisuda 300 santri TPA se-Banjarmasin Barat, orang tua datang sejak pagi.", "same building, another event"),
       ("Kota Banjarmasin", "Langgar Al-Hidayah RT 07 Kelayan Selatan memasang QRIS sendiri dari bank swasta sejak bulan lalu, hasil rapat pengurus. Terima kasih jemaah.", "a langgar's own QRIS before and outside the programme"),
       ("Kota Banjarmasin", "Pemko Banjarmasin melatih 120 bendahara RT tentang laporan kas RT dan iuran sampah di aula kecamatan. Peserta membawa buku kas.", "the same count 120 for RT treasurers")])

ann("a15", "pemkab-tanah-laut", "2026-11-23 09:50",
    "80 Pengurus Masjid Tanah Laut Dilatih Laporan Keuangan dan QRIS Infak",
    """PELAIHARI – Pemerintah Kabupaten Tanah Laut melatih 80 pengurus dari 40 masjid di Kecamatan Pelaihari dan Bati-Bati tentang laporan keuangan masjid dan penggunaan QRIS infak, @23/11 di Aula Kantor Kemenag Tanah Laut.

Tiap masjid mengirim ketua dan bendahara. Mereka belajar menyusun laporan bulanan, membedakan dana infak, zakat dan wakaf, serta memantau setoran QRIS dari telepon genggam.

“Masjid yang transparan akan makin dipercaya jemaah. Kami mulai dari 40 masjid, lalu kecamatan lain menyusul,” kata Kepala Bagian Kesra Setda Tanah Laut, H. Mukhlis Fadillah.

Pelatihan gelombang kedua untuk Kecamatan Jorong dan Kintap dijadwalkan Februari 2027. (humas-tala/an)""",
    S="Tala latih 80 pengurus dari 40 masjid Pelaihari dan Bati-Bati soal laporan keuangan dan QRIS infak, 23 November di Aula Kemenag.",
    P="Pengurus masjid Pelaihari wan Bati-Bati, 80 urang matan 40 masjid, baajar manyusun laporan kauangan wan QRIS infak di Aula Kemenag Tala. Dibedakan duit infak, zakat, wakaf. Jorong wan Kintap kaina Februari 👍",
    N=[("Kabupaten Tanah Laut", "Pelatihan laporan keuangan masjid untuk Jorong dan Kintap jadi digelar Februari, pendaftaran dibuka lewat KUA kecamatan mulai Januari.", "the second wave (Feb 2027), another kecamatan"),
       ("Kabupaten Tanah Laut", "Lomba kebersihan masjid se-Kabupaten Tanah Laut diikuti 40 masjid. Juara satu Masjid Al-Ikhlas Kurau.", "the same count 40 for another contest"),
       ("Kabupaten Tanah Laut", "Aula Kemenag Tanah Laut pagi tadi dipakai bimbingan perkawinan 30 pasang calon pengantin.", "same hall, another event")])

# ---- F6 Safari Subuh -----------------------------------------------------------------------
ann("a16", "pemprov-kalsel", "2026-11-07 08:40",
    "Safari Subuh Pemprov Kalsel Dimulai di Masjid Agung Al-Karomah Martapura",
    """MARTAPURA – Pemerintah Provinsi Kalimantan Selatan memulai program Safari Subuh Berjamaah di Masjid Agung Al-Karomah Martapura, @6/11. Sekitar 1.500 jemaah salat Subuh bersama jajaran Pemprov dan Pemkab Banjar.

Usai salat, pejabat berdialog dengan warga tentang jalan lingkungan, air bersih dan layanan kesehatan. Pemprov juga menyerahkan bantuan Rp50 juta untuk pemeliharaan masjid.

“Subuh adalah waktu terbaik bertemu warga tanpa sekat. Keluhan yang kami catat pagi ini akan dibahas di rapat dinas pekan depan,” ujar Kepala Biro Kesejahteraan Rakyat Setdaprov Kalsel, H. Akhmad Rijani.

Safari Subuh berikutnya digelar di Masjid Agung Rantau, Kabupaten Tapin, pada @4/12. (biro-adpim/dn)""",
    S="Safari Subuh Pemprov Kalsel pertama di Masjid Agung Al-Karomah Martapura (6 November, ±1.500 jemaah), bantuan Rp50 juta; berikutnya Rantau 4 Desember.",
    L="Program Safari Subuh Berjamaah Pemprov Kalsel dimulai Jumat 6 November di Masjid Agung Al-Karomah Martapura dengan sekitar 1.500 jemaah. Setelah salat ada dialog warga (jalan, air bersih, kesehatan) dan bantuan Rp50 juta untuk pemeliharaan masjid. Keluhan dibahas di rapat dinas; safari berikutnya di Masjid Agung Rantau 4 Desember.",
    P="Subuh tadi di Al-Karomah Martapura ramai banar, saribu lima ratus jamaah basubuh bamamai wan pajabat Pemprov 🕌 Habis salat bapandiran soal jalan, banyu barasih, wan puskesmas. Masjid dapat limapuluh juta gasan pamaliharaan. Safari bulan dapan di Rantau. #SafariSubuh",
    N=[("Kabupaten Tapin", "Persiapan Safari Subuh di Masjid Agung Rantau 4 Desember: panitia meminta warga membantu parkir dan kebersihan. Rapat panitia Rabu malam.", "the next safari in Rantau, told as its own news"),
       ("Kabupaten Banjar", "Polres Banjar menggelar Jumat Curhat di Masjid Agung Al-Karomah usai salat Subuh, warga mengadukan balap liar di Jalan A. Yani.", "same mosque, police event"),
       ("Kabupaten Banjar", "Kepala Biro Kesra Pemprov siang ini membuka lomba azan pelajar se-Kalsel di Martapura. Pesertanya 90 pelajar SMP.", "same official, same day, another event")],
    B=("Insyaallah besok Subuh pejabat Pemprov salat berjamaah di Masjid Al-Karomah. Ayo datang ramai-ramai, ada dialog juga.", 40))

ann("a17", "pemkab-hst", "2026-11-14 09:10",
    "Bupati HST Safari Subuh di Masjid Agung Riadhussalihin, Serap Aspirasi 700 Jemaah",
    """BARABAI – Bupati Hulu Sungai Tengah melaksanakan Safari Subuh di Masjid Agung Riadhussalihin Barabai, @14/11. Sekitar 700 jemaah dari Kecamatan Barabai dan Pandawan hadir.

Dalam dialog usai salat, warga menyampaikan keluhan banjir di Jalan Hikmah Banjar, lampu jalan padam dan jadwal air PDAM. Kepala dinas terkait diminta menjawab langsung di depan jemaah.

“Safari Subuh ini akan bergilir ke 11 kecamatan. Setiap keluhan dicatat dan kami tagih penyelesaiannya,” kata Kepala Bagian Kesejahteraan Rakyat Setda HST, H. Zainal Hakim.

Safari Subuh kedua direncanakan di Masjid Jami Birayang pada Desember. (diskominfo-hst/ra)""",
    S="Bupati HST Safari Subuh di Masjid Agung Riadhussalihin Barabai (14 November), 700 jemaah; keluhan banjir, lampu jalan, PDAM; bergilir 11 kecamatan.",
    P="Subuh tadi Bupati HST basubuh di Masjid Agung Riadhussalihin, tujuh ratus jamaah. Warga manyampaiakan banjir di Jalan Hikmah Banjar, lampu jalan mati, banyu PDAM. Kadis langsung manjawab di hadapan jamaah 😁 Bulan dapan giliran Birayang.",
    N=[("Kabupaten Hulu Sungai Tengah", "Masjid Jami Birayang bersiap menyambut Safari Subuh bupati bulan Desember, remaja masjid kerja bakti mengecat pagar Minggu ini.", "the second safari in Birayang (December)"),
       ("Kabupaten Hulu Sungai Tengah", "Masjid Agung Riadhussalihin Barabai menggelar tabligh akbar peringatan hari jadi masjid malam ini. Penceramah dari Amuntai.", "same mosque, another event"),
       ("Kabupaten Hulu Sungai Selatan", "Wakil Bupati HSS salat Subuh keliling di Masjid Daha Selatan pagi tadi dan menyerahkan 20 sajadah.", "another kabupaten's subuh visit")])

ann("a18", "pemkot-banjarbaru", "2026-11-21 07:55",
    "Subuh Keliling Wali Kota Banjarbaru Dimulai di Masjid Jami Landasan Ulin",
    """BANJARBARU – Pemerintah Kota Banjarbaru memulai program Subuh Keliling di Masjid Jami Landasan Ulin, @21/11. Program ini akan bergiliran ke masjid di 20 kelurahan setiap Sabtu pekan ketiga.

Sekitar 450 jemaah hadir. Usai salat, Wali Kota mendengar keluhan drainase, sampah di pinggir jalan dan pelayanan kelurahan, lalu sarapan bersama warga di serambi masjid.

“Kami ingin lurah dan camat ikut hadir, sehingga masalah kecil bisa langsung diputuskan di tempat,” ujar Kepala Bagian Kesejahteraan Rakyat Setdako Banjarbaru, Ahmad Fauzan Rifa'i.

Jadwal lengkap Subuh Keliling diumumkan melalui akun resmi Pemko Banjarbaru. (humas-bjb/ln)""",
    S="Banjarbaru mulai Subuh Keliling Wali Kota di Masjid Jami Landasan Ulin (21 November, ±450 jemaah), bergilir ke 20 kelurahan tiap Sabtu pekan ketiga.",
    P="Subuh Kaliling Wali Kota Banjarbaru dimulai di Masjid Jami Landasan Ulin 🕌 ampat ratus lima puluh jamaah, habis salat bapandiran soal drainase wan sampah, imbah tu sarapan basama di serambi. Tiap Sabtu minggu katiga bagiliran ka 20 kalurahan.",
    N=[("Kota Banjarbaru", "Masjid Jami Landasan Ulin membuka pendaftaran khitanan gratis untuk 30 anak, pelaksanaan akhir Desember. Daftar ke sekretariat masjid.", "same mosque, another programme"),
       ("Kota Banjarbaru", "Wali Kota Banjarbaru pagi tadi juga meresmikan taman bermain di Kelurahan Syamsudin Noor usai acara subuh. Taman dilengkapi jalur lari.", "the same official, same morning, another event"),
       ("Kota Banjarmasin", "Wali Kota Banjarmasin menggelar subuh berjamaah di Masjid Hasanuddin Majedi, dialog soal banjir rob.", "another city's subuh programme")])

# ---- F7 dai pedalaman ---------------------------------------------------------------------
ann("a19", "kemenag-kalsel", "2026-11-09 13:25",
    "Kemenag Kalsel Berangkatkan 40 Dai ke Desa Pedalaman Meratus",
    """BANJARBARU – Kanwil Kementerian Agama Kalimantan Selatan memberangkatkan 40 dai dan daiyah ke 40 desa pedalaman di kawasan Pegunungan Meratus, @9/11. Mereka bertugas tiga bulan di Kabupaten Hulu Sungai Tengah, Hulu Sungai Selatan, Balangan dan Kotabaru.

Para dai mengajar baca Al-Qur'an, membimbing ibadah warga mualaf, membantu guru TPA dan ikut kegiatan sosial desa. Setiap dai menerima honor Rp2 juta per bulan dan perlengkapan mengajar.

“Mereka harus menghormati adat setempat dan hidup seperti warga desa. Dakwah itu lewat teladan,” pesan Kepala Bidang Penerangan Agama Islam Kanwil Kemenag Kalsel, H. Saifullah Anshari.

Laporan para dai akan dievaluasi pada Februari 2027 sebelum pengiriman angkatan berikutnya. (kemenag-kalsel/fz)""",
    S="Kemenag Kalsel kirim 40 dai/daiyah ke 40 desa pedalaman Meratus (HST, HSS, Balangan, Kotabaru) selama tiga bulan, honor Rp2 juta/bulan.",
    L="Sebanyak 40 dai dan daiyah diberangkatkan Kanwil Kemenag Kalsel ke 40 desa pedalaman Meratus di HST, HSS, Balangan dan Kotabaru untuk tiga bulan. Mereka mengajar baca Al-Qur'an, membina mualaf, membantu TPA dan kegiatan sosial, dengan honor Rp2 juta per bulan. Evaluasi Februari 2027.",
    P="Ampat puluh dai wan daiyah ditulakakan ka desa-desa di Pagunungan Meratus 🏞️ talu bulan, maajar ngaji, mambimbing mualaf, mambantu TPA. Pasan Kabid Penais: hurmati adat kampung. Salamat bajuang ustadz ustadzah!",
    N=[("Kabupaten Hulu Sungai Selatan", "Sembilan dai Ramadan tahun ini sudah pulang dari Loksado, cerita pengalaman mereka dibukukan oleh KKN mahasiswa. Peluncuran buku di Kandangan.", "the Ramadan 2026 dai and a book launch"),
       ("Kota Banjarbaru", "Kabid Penais Kanwil Kemenag Kalsel hari ini juga membuka lomba penyuluh agama teladan, 26 peserta dari 13 kabupaten/kota.", "the same official, same day, another event"),
       ("Kabupaten Balangan", "Ormas dakwah di Paringin mengirim 5 relawan mengajar ngaji ke Desa Ajung selama libur semester. Swadaya jemaah pengajian.", "an ormas's own volunteers")])

ann("a20", "pemkab-hst", "2026-11-17 10:30",
    "12 Dai Kemenag Mulai Bertugas di Batang Alai Timur dan Hantakan",
    """BARABAI – Dua belas dai kiriman Kanwil Kemenag Kalsel diterima Pemerintah Kabupaten Hulu Sungai Tengah di Aula Murakata, @16/11, sebelum berangkat ke desa tugas di Kecamatan Batang Alai Timur dan Hantakan.

Mereka akan tinggal di rumah warga di desa seperti Juhu, Hinas Kiri dan Batu Perahu. Pemkab menyiapkan transport ke desa terjauh dan menitipkan para dai kepada kepala desa.

“Jalan ke sebagian desa hanya bisa ditempuh berjalan kaki. Kami titipkan mereka kepada warga, semoga betah,” ujar Asisten Pemerintahan dan Kesra Setda HST, Drs. Mahyuni Asnawi.

Pemkab HST akan memberi tambahan insentif Rp500 ribu per bulan dari APBD. (diskominfo-hst/ra)""",
    S="HST terima 12 dai Kemenag Kalsel (16 November) untuk desa Batang Alai Timur dan Hantakan; tambahan insentif Rp500 ribu/bulan dari APBD.",
    P="Dua walas dai sudah sampai di Barabai, kaina bagawi di Batang Alai Timur wan Hantakan. Ada nang ka Juhu, bajalan batis haja jalannya 😅 Pemkab HST manambahi insentif lima ratus ribu sabulan. Salamat datang ustadz!",
    N=[("Kabupaten Hulu Sungai Tengah", "12 guru honorer SD di Hantakan menerima sepeda motor trail untuk ke sekolah terpencil. Diserahkan di Aula Murakata.", "same count 12, same hall, teachers"),
       ("Kabupaten Hulu Sungai Selatan", "HSS menerima 9 dai Kemenag untuk Loksado, Padang Batung dan Telaga Langsat. Mereka ditempatkan di rumah kepala desa.", "the HSS share of the same programme"),
       ("Kabupaten Hulu Sungai Tengah", "Jalan ke Desa Juhu longsor lagi setelah hujan deras, warga bergotong royong membuka jalur setapak.", "a landslide in a village named in the release")])

ann("a21", "pemkab-kotabaru", "2026-11-25 11:00",
    "Kotabaru Kirim 10 Dai ke Pulau-Pulau Terluar dengan Dana APBD",
    """KOTABARU – Pemerintah Kabupaten Kotabaru mengirim 10 dai ke desa-desa pulau terluar di Kecamatan Pulau Sembilan, Pulau Laut Kepulauan dan Pulau Sebuku, @25/11. Program ini dibiayai APBD dan terpisah dari dai Kemenag.

Para dai berangkat dengan kapal dari Pelabuhan Stagen dan akan bertugas enam bulan. Selain mengajar Al-Qur'an, mereka melatih imam langgar dan membantu pendataan anak putus sekolah.

“Desa pulau sering tertinggal dalam pembinaan keagamaan karena jarak dan cuaca. Enam bulan cukup untuk membentuk kader di tiap desa,” kata Kepala Bagian Kesra Setda Kotabaru, H. Ramli Daeng Masiga.

Setiap dai menerima insentif Rp2,5 juta per bulan dan biaya perjalanan pulang-pergi. (diskominfo-kotabaru/mt)""",
    S="Kotabaru kirim 10 dai ber-APBD ke pulau terluar (Pulau Sembilan, Pulau Laut Kepulauan, Pulau Sebuku) selama enam bulan, insentif Rp2,5 juta/bulan.",
    L="Pemkab Kotabaru memberangkatkan 10 dai dari Pelabuhan Stagen ke desa pulau terluar di Pulau Sembilan, Pulau Laut Kepulauan dan Pulau Sebuku. Programnya dari APBD, bukan dai Kemenag. Enam bulan mereka mengajar Al-Qur'an, melatih imam langgar dan mendata anak putus sekolah, dengan insentif Rp2,5 juta per bulan.",
    P="Sapuluh dai tulak matan Palabuhan Stagen ka pulau-pulau, Pulau Sambilan, Pulau Laut Kepulauan, Sebuku ⛴️ anam bulan di sana. Duitnya matan APBD Kotabaru, lain dai Kemenag. Mudahan kada mabuk laut ustadz 😄",
    N=[("Kabupaten Kotabaru", "Kapal perintis dari Pelabuhan Stagen ke Pulau Sembilan ditunda dua hari karena gelombang tinggi. Penumpang diminta menunggu info syahbandar.", "same port, ferry delay"),
       ("Kabupaten Kotabaru", "10 guru kontrak dikirim Disdik Kotabaru ke SD di Pulau Sebuku mulai semester depan. Insentif daerah terpencil menyusul.", "same count 10, teachers not dai"),
       ("Kabupaten Tanah Bumbu", "Tanah Bumbu berencana mengirim dai ke desa pesisir tahun 2027, kata anggota DPRD dalam reses. Belum dianggarkan.", "another kabupaten's plan, not yet budgeted")])

# ---- F8 Kampung Moderasi Beragama ---------------------------------------------------------
ann("a22", "kemenag-kalsel", "2026-11-12 14:40",
    "Kemenag Kalsel Tetapkan 13 Kampung Moderasi Beragama, Peluncuran di Pekapuran Raya",
    """BANJARMASIN – Kanwil Kementerian Agama Kalimantan Selatan menetapkan 13 Kampung Moderasi Beragama, satu di setiap kabupaten/kota. Peluncuran dipusatkan di Kelurahan Pekapuran Raya, Banjarmasin Timur, @12/11.

Pekapuran Raya dipilih karena warga muslim, Kristen, Katolik, Buddha dan Konghucu hidup berdampingan dan rutin bergotong royong. Setiap kampung akan mendapat pendampingan penyuluh agama dan papan nama kampung.

“Kerukunan di kampung seperti ini perlu dirawat dan ditularkan, bukan hanya dirayakan sekali,” kata Kepala Kanwil Kemenag Kalsel, H. Muhammad Tambrin Syarbani.

Kabupaten/kota diminta meluncurkan kampung masing-masing paling lambat akhir Desember 2026. (kemenag-kalsel/fz)""",
    S="Kemenag Kalsel tetapkan 13 Kampung Moderasi Beragama (satu per kab/kota); peluncuran di Kelurahan Pekapuran Raya, Banjarmasin Timur, 12 November.",
    L="Kanwil Kemenag Kalsel menetapkan 13 Kampung Moderasi Beragama dan meluncurkannya di Pekapuran Raya, Banjarmasin Timur, 12 November. Kelurahan itu dipilih karena warga lima agama hidup berdampingan. Tiap kampung didampingi penyuluh dan diberi papan nama; kabupaten/kota meluncurkan kampungnya sampai akhir Desember.",
    P="Pekapuran Raya jadi Kampung Moderasi Beragama, dangsanak! 🤝 Di sini urang Islam, Kristen, Katolik, Buddha wan Konghucu hidup badampingan, bagotong royong tarus. Ada talu walas kampung se-Kalsel, sa'asa tiap kabupaten. Rukun tarus kita lah.",
    N=[("Kota Banjarmasin", "Kelurahan Pekapuran Raya juara lomba kampung bersih tingkat kecamatan, hadiah Rp10 juta dipakai untuk taman baca.", "same kelurahan, another event"),
       ("Kota Banjarmasin", "FKUB Banjarmasin rapat rutin bulanan di sekretariat, membahas persiapan Natal dan tahun baru. Dihadiri 17 pengurus.", "FKUB's routine meeting"),
       ("Kabupaten Tapin", "Tapin belum menentukan desa untuk Kampung Moderasi, kata penyuluh Kemenag. Calon terkuat Desa Pualam Sari, tapi belum ada info resmi.", "a later kabupaten step, still undecided")])

ann("a23", "pemkab-tabalong", "2026-11-16 16:10",
    "Pembataan Diluncurkan Jadi Kampung Moderasi Beragama Tabalong",
    """TANJUNG – Pemerintah Kabupaten Tabalong bersama Kantor Kemenag meluncurkan Kelurahan Pembataan, Kecamatan Murung Pudak, sebagai Kampung Moderasi Beragama, @16/11.

Di kelurahan itu berdiri masjid, gereja dan vihara dalam radius 500 meter. Peluncuran diisi penandatanganan ikrar kerukunan oleh 60 tokoh agama, tokoh adat dan ketua RT, serta makan bersama warga.

“Pembataan menjadi contoh, warga pendatang dan warga asli menjaga kerukunan sejak puluhan tahun,” kata Kepala Kantor Kemenag Tabalong, H. Rahmadi Sulaiman.

Pemkab akan membentuk forum warga lintas agama di Pembataan yang bertemu tiap tiga bulan. (diskominfo-tabalong/bh)""",
    S="Tabalong luncurkan Kelurahan Pembataan (Murung Pudak) sebagai Kampung Moderasi Beragama 16 November; ikrar kerukunan 60 tokoh.",
    P="Pembataan resmi jadi Kampung Moderasi Beragama Tabalong 🙏 masjid, gereja wan vihara parak haja, kada sampai lima ratus meter. Anam puluh tokoh batandatangan ikrar, imbah tu makan basama. Rukun-rukun haja kita!",
    N=[("Kabupaten Tabalong", "Kampung Moderasi berikutnya di Tabalong rencananya Desa Jaro, Desember nanti, setelah Pembataan. Warga Jaro mulai menyiapkan sanggar.", "the next village (Jaro) later"),
       ("Kabupaten Tabalong", "Gereja di Pembataan menggelar bakti sosial pengobatan gratis bagi warga sekitar, dibantu remaja masjid.", "a church's own social service in the same kelurahan"),
       ("Kabupaten Tabalong", "60 ketua RT se-Murung Pudak mengikuti pelatihan administrasi kependudukan di kantor kecamatan.", "same 60, RT administration")])

ann("a24", "pemkab-batola", "2026-11-26 10:20",
    "Karang Indah Jadi Kampung Moderasi Beragama Barito Kuala",
    """MARABAHAN – Desa Karang Indah, Kecamatan Mandastana, diluncurkan sebagai Kampung Moderasi Beragama Kabupaten Barito Kuala, @26/11. Desa transmigrasi itu dihuni warga muslim, Hindu dan Kristen.

Peluncuran ditandai penanaman pohon kerukunan, pentas seni warga dan pembacaan ikrar oleh kepala desa serta pemuka agama. Kemenag Batola menugaskan dua penyuluh agama untuk mendampingi desa.

“Warga Karang Indah terbiasa saling membantu saat hari raya masing-masing. Itu yang ingin kami jaga,” ujar Asisten Pemerintahan Setda Batola, H. Abdul Muis Rahman.

Desa akan menyusun kalender kegiatan bersama dan melaporkannya ke Kemenag setiap semester. (diskominfo-batola/wd)""",
    S="Batola luncurkan Desa Karang Indah (Mandastana), desa transmigrasi muslim-Hindu-Kristen, sebagai Kampung Moderasi Beragama 26 November.",
    P="Desa Karang Indah di Mandastana wayah ini jadi Kampung Moderasi Beragama Batola. Urang Islam, Hindu wan Kristen di sana biasa bantu-mambantu pas hari raya. Ada tanam pohon kerukunan wan pantas seni. Salut gasan warga Karang Indah!",
    N=[("Kabupaten Barito Kuala", "Desa Karang Indah panen raya padi unggul bersama Dinas Pertanian, hasil 5,8 ton per hektare.", "same village, harvest"),
       ("Kabupaten Barito Kuala", "Pemuda lintas agama Mandastana mengadakan turnamen voli persahabatan, swadaya karang taruna.", "a youth tournament, not the launch"),
       ("Kabupaten Barito Kuala", "Penyuluh agama Kemenag Batola mengadakan kursus pra-nikah di KUA Marabahan untuk 25 pasangan.", "same office, another object")])

# ---- F9 FKUB: PBM rumah ibadah & sekretariat ------------------------------------------------
ann("a25", "diskominfo-kalsel", "2026-11-04 16:00",
    "FKUB Kalsel Sosialisasikan Aturan Pendirian Rumah Ibadah kepada 200 Camat dan Kades",
    """BANJARBARU – Forum Kerukunan Umat Beragama (FKUB) Kalimantan Selatan menyosialisasikan Peraturan Bersama Menteri tentang pendirian rumah ibadah kepada 200 camat, lurah dan kepala desa di Gedung Idham Chalid, @4/11.

Peserta mempelajari syarat 90 pengguna dan 60 dukungan warga, alur rekomendasi FKUB kabupaten/kota, serta cara meredam penolakan sebelum menjadi konflik.

“Sebagian besar perselisihan muncul karena informasi yang tidak lengkap. Camat dan kades adalah pintu pertama,” kata Ketua FKUB Kalsel, Prof. Dr. H. Hamdan Rusyadi.

FKUB Kalsel menyiapkan buku saku panduan yang akan dibagikan ke seluruh desa pada Desember. (mc-kalsel/rd)""",
    S="FKUB Kalsel sosialisasikan PBM pendirian rumah ibadah ke 200 camat, lurah dan kades di Gedung Idham Chalid 4 November; syarat 90 pengguna dan 60 dukungan.",
    L="FKUB Kalsel mengumpulkan 200 camat, lurah dan kades di Gedung Idham Chalid pada 4 November untuk sosialisasi Peraturan Bersama Menteri tentang rumah ibadah: syarat 90 pengguna dan 60 dukungan warga, alur rekomendasi FKUB, dan cara meredam penolakan. Buku saku dibagikan ke desa pada Desember.",
    P="Camat, lurah wan pambakal, 200 urang, dikumpulakan FKUB Kalsel di Gedung Idham Chalid. Dijalasakan aturan mandiriakan rumah ibadah: 90 pangguna, 60 dukungan warga, wan rekomendasi FKUB. Kaina Desember ada buku saku gasan tiap desa.",
    N=[("Kota Banjarbaru", "Gedung Idham Chalid hari ini dipakai seleksi tilawah MTQ pelajar tingkat provinsi, 120 peserta.", "same venue, another event"),
       ("Kabupaten Banjar", "FKUB Banjar menerima kunjungan studi FKUB dari Kalimantan Tengah, berbagi pengalaman menjaga kerukunan di Martapura.", "another FKUB, a study visit"),
       ("Kota Banjarmasin", "Ada yang menawarkan buku saku 'panduan kerukunan' Rp50 ribu ke kantor kelurahan atas nama FKUB. Pengurus FKUB kota menegaskan tidak pernah menjual buku, laporkan bila ditawari.", "a scam selling booklets in FKUB's name, denied")])

ann("a26", "pemkab-hsu", "2026-11-20 13:35",
    "FKUB HSU Bekali 60 Kepala Desa Soal Rekomendasi Rumah Ibadah",
    """AMUNTAI – FKUB Kabupaten Hulu Sungai Utara membekali 60 kepala desa dari Kecamatan Amuntai Tengah, Amuntai Selatan dan Sungai Pandan tentang tata cara rekomendasi pendirian rumah ibadah, @20/11 di Aula Bappelitbangda HSU.

Dalam pembekalan itu FKUB menjelaskan berkas yang harus disiapkan panitia pembangunan, peran kepala desa dalam verifikasi dukungan, dan batas waktu 90 hari bagi pemerintah daerah memberi keputusan.

“Kepala desa jangan menandatangani dukungan tanpa mengecek nama dan KTP warga satu per satu,” pesan Ketua FKUB HSU, KH. Abdul Wahid Hasani.

Pembekalan untuk kepala desa di tujuh kecamatan lain dijadwalkan awal 2027. (prokom-hsu/ad)""",
    S="FKUB HSU bekali 60 kades (Amuntai Tengah, Amuntai Selatan, Sungai Pandan) tentang rekomendasi rumah ibadah, 20 November di Aula Bappelitbangda.",
    P="Anam puluh pambakal di Amuntai Tengah, Amuntai Selatan wan Sungai Pandan dibari pambekalan ulih FKUB HSU. Pasannya: jangan asal tandatangan dukungan, cek ngaran wan KTP warga sa'ikung-sa'ikung. Kacamatan lain tahun dapan.",
    N=[("Kabupaten Hulu Sungai Utara", "60 kepala desa HSU mengikuti bimtek pengelolaan dana desa di Aula Bappelitbangda selama dua hari.", "same count and hall, village funds"),
       ("Kabupaten Hulu Sungai Utara", "Pembekalan FKUB untuk kepala desa Babirik dan Danau Panggang dijadwalkan Februari 2027, menurut sekretaris FKUB.", "the later round in other kecamatan"),
       ("Kabupaten Hulu Sungai Tengah", "FKUB HST membagikan kalender kerukunan 2027 ke masjid, gereja dan balai adat di Barabai.", "another FKUB's calendar")])

ann("a27", "pemkab-kotabaru", "2026-11-09 15:15",
    "Rumah Kerukunan dan Sekretariat FKUB Kotabaru Diresmikan",
    """KOTABARU – Bupati Kotabaru meresmikan Rumah Kerukunan yang sekaligus menjadi sekretariat FKUB Kabupaten Kotabaru di Jalan Berangas, Kecamatan Pulau Laut Utara, @9/11.

Gedung dua lantai itu dibangun dengan APBD Rp1,4 miliar. Lantai bawah untuk ruang dialog dan perpustakaan lintas agama, lantai atas untuk kantor pengurus. Gedung terbuka bagi pelajar dan organisasi kepemudaan.

“Selama ini pengurus FKUB rapat berpindah-pindah. Sekarang warga punya rumah bersama untuk berdialog,” ujar Ketua FKUB Kotabaru, Pdt. Yohanes Lukas Simanjorang.

FKUB Kotabaru akan menggelar dialog pelajar lintas agama di gedung baru itu setiap bulan mulai Januari 2027. (diskominfo-kotabaru/mt)""",
    S="Rumah Kerukunan sekaligus sekretariat FKUB Kotabaru di Jalan Berangas diresmikan 9 November; gedung dua lantai APBD Rp1,4 miliar.",
    L="Bupati Kotabaru meresmikan Rumah Kerukunan/sekretariat FKUB di Jalan Berangas, Pulau Laut Utara, 9 November. Gedung dua lantai senilai Rp1,4 miliar itu berisi ruang dialog, perpustakaan lintas agama dan kantor pengurus, terbuka untuk pelajar. Mulai Januari 2027 ada dialog pelajar lintas agama tiap bulan.",
    P="Rumah Kerukunan Kotabaru sudah diresmiakan Bupati di Jalan Berangas 🏠 dua lantai, ada ruang dialog wan perpustakaan lintas agama. Pengurus FKUB kada baganti-ganti tampat rapat lagi. Pelajar kawa umpat dialog mulai Januari.",
    N=[("Kabupaten Kotabaru", "Perpustakaan daerah Kotabaru membuka layanan malam di Jalan Berangas, buka sampai pukul 21.00.", "same street, library service"),
       ("Kabupaten Kotabaru", "Dialog pelajar lintas agama pertama di Rumah Kerukunan dijadwalkan Januari, sekolah diminta mengirim dua siswa. Pendaftaran lewat Disdik.", "the later dialogue programme"),
       ("Kabupaten Tanah Bumbu", "FKUB Tanah Bumbu masih menumpang di ruang rapat Kemenag, usulan gedung sekretariat masuk APBD 2027.", "another FKUB still without a building")])

# ---- F10 Gerakan Magrib Mengaji ----------------------------------------------------------
ann("a28", "pemkab-hss", "2026-11-05 17:00",
    "Bupati HSS Canangkan Gerakan Magrib Mengaji di 1.200 Langgar dan TPA",
    """KANDANGAN – Bupati Hulu Sungai Selatan mencanangkan Gerakan Magrib Mengaji di Masjid Agung Taqwa Kandangan, @5/11. Gerakan ini melibatkan sekitar 1.200 langgar, masjid dan TPA di 11 kecamatan.

Melalui surat edaran, warga diajak mematikan televisi dan telepon genggam pukul 18.00 sampai 19.30 Wita, lalu mendampingi anak mengaji di rumah atau di langgar terdekat. Pembakal diminta memantau pelaksanaan di desanya.

“Ini ajakan, bukan sanksi. Kami ingin suara orang mengaji kembali terdengar dari setiap rumah selepas Magrib,” kata Kepala Bagian Kesra Setda HSS, H. Muhammad Aini Zubair.

Penyuluh agama akan melaporkan pelaksanaan gerakan ini setiap bulan kepada bupati. (prokopim-hss/zn)""",
    S="HSS canangkan Gerakan Magrib Mengaji (5 November, Masjid Agung Taqwa): TV dan HP dimatikan 18.00–19.30, melibatkan ±1.200 langgar, masjid, TPA.",
    L="Bupati HSS mencanangkan Gerakan Magrib Mengaji di Masjid Agung Taqwa Kandangan pada 5 November. Lewat surat edaran, warga diajak mematikan TV dan HP pukul 18.00–19.30 Wita dan mendampingi anak mengaji. Sekitar 1.200 langgar, masjid dan TPA di 11 kecamatan terlibat; sifatnya ajakan, bukan sanksi.",
    P="Mulai wayah ini di HSS, habis magrib TV wan HP dimatiakan dulu, jam anam sampai satangah dalapan 📵📖 Gerakan Magrib Mengaji, ada saribu dua ratus langgar wan TPA nang umpat. Kada ada sanksi, ajakan haja ujar Kabag Kesra. Ayo kakanakan mangaji!",
    N=[("Kabupaten Hulu Sungai Selatan", "Katanya kalau ketahuan nonton TV waktu magrib didenda pembakal? Itu TIDAK benar, surat edaran tidak ada sanksi. Jangan sebar hoaks.", "a hoax about fines, denied"),
       ("Kabupaten Hulu Sungai Selatan", "Langgar Nurul Huda Wasah Hulu mengadakan lomba tartil anak-anak malam Minggu, hadiahnya Al-Qur'an dan tas sekolah.", "a langgar's own contest"),
       ("Kabupaten Hulu Sungai Selatan", "1.200 paket sembako dibagikan Dinsos HSS untuk lansia di 11 kecamatan minggu ini.", "same figure 1.200 and 11 kecamatan, food aid")])

ann("a29", "pemkab-banjar", "2026-11-18 16:25",
    "Magrib Mengaji Banjar Dimulai dari Martapura Timur",
    """MARTAPURA – Pemerintah Kabupaten Banjar memulai Gerakan Magrib Mengaji secara bertahap, diawali dari 12 desa di Kecamatan Martapura Timur, @18/11. Desa Dalam Pagar menjadi tempat pencanangan.

Selama uji coba dua bulan, setiap desa menunjuk dua guru mengaji pendamping. Mereka mendata anak yang belum lancar membaca Al-Qur'an dan mengatur jadwal di langgar. Lampu langgar dinyalakan sejak azan Magrib hingga Isya.

“Kalau Martapura Timur berhasil, kami perluas ke seluruh 290 desa pada pertengahan 2027,” ujar Kepala Bagian Kesra Setda Banjar, H. Noor Ifansyah.

Pemkab menyiapkan insentif untuk guru mengaji pendamping yang akan diumumkan pada Januari. (diskominfo-banjar/mf)""",
    S="Banjar mulai Gerakan Magrib Mengaji dari 12 desa Martapura Timur, dicanangkan di Dalam Pagar 18 November; tiap desa dua guru pendamping.",
    P="Martapura Timur duluan, dangsanak! Gerakan Magrib Mengaji dimulai di Dalam Pagar, 12 desa, tiap desa dua guru mangaji pandamping. Lampu langgar dihidupakan matan magrib sampai isya. Kaina amun baik, sa-Kabupaten Banjar.",
    N=[("Kabupaten Banjar", "Dalam Pagar bersiap menyambut haul ulama besar akhir bulan, panitia membuka posko relawan dan dapur umum.", "same village, a haul"),
       ("Kabupaten Banjar", "Guru mengaji di Desa Keraton protes belum dilibatkan dalam Magrib Mengaji, padahal sudah mengajar 20 tahun di langgar. Pembakal berjanji mengusulkan ke kecamatan.", "a complaint from a village outside the pilot kecamatan"),
       ("Kabupaten Tapin", "Tapin juga punya program mengaji selepas Magrib sejak 2024 namanya Tapin Mengaji, sekarang diikuti 140 langgar.", "another kabupaten's older programme")])

ann("a30", "pemkab-batola", "2026-11-27 09:15",
    "Surat Edaran Bupati Batola Ajak Warga Matikan Gawai Saat Magrib",
    """MARABAHAN – Bupati Barito Kuala menerbitkan surat edaran Gerakan Magrib Mengaji yang berlaku di 17 kecamatan mulai @1/12. Warga diajak mematikan gawai dan televisi selama 90 menit setelah azan Magrib.

Surat edaran juga meminta sekolah memberi tugas membaca Al-Qur'an harian yang ditandatangani orang tua. Penyuluh agama di 17 kecamatan ditugaskan memantau dan memberi pembinaan ke langgar yang belum memiliki guru mengaji.

“Kita mulai dari rumah. Orang tua yang mematikan gawai lebih dulu, anak akan mengikuti,” kata Kepala Bagian Kesra Setda Batola, Hj. Rusmilawati.

Pemkab juga akan memberikan penghargaan kepada desa paling aktif pada peringatan Hari Jadi Batola 2027. (diskominfo-batola/wd)""",
    S="SE Bupati Batola: Gerakan Magrib Mengaji mulai 1 Desember di 17 kecamatan, gawai dan TV mati 90 menit setelah azan Magrib; sekolah beri tugas mengaji harian.",
    P="Batola mulai 1 Disimbar, habis azan magrib gawai wan TV dimatiakan 90 menit 📵 Sakulah jua mambari tugas mangaji, ditandatangani kuitan. Pasan Kabag Kesra: kuitan dulu nang mamatiakan HP, kakanakan umpat haja. Betul jua lah 😅",
    N=[("Kabupaten Barito Kuala", "Surat edaran Bupati Batola tentang jam malam pelajar warnet dan game online sudah berlaku sejak Oktober. Razia dilakukan Satpol PP.", "another circular of the same office"),
       ("Kabupaten Barito Kuala", "Penyuluh agama Kecamatan Belawang membuka kelas tahsin bagi ibu-ibu setiap Selasa sore di balai desa.", "a penyuluh's own class"),
       ("Kabupaten Barito Kuala", "Desa Anjir Muara Kota sudah lebih dulu menjalankan jam belajar masyarakat pukul 19.00–21.00 sejak 2025 lewat Perdes, sirene desa berbunyi tiap malam.", "a village's own older study-hour rule")],
    B=("Dengar-dengar Bupati mau bikin edaran supaya HP dimatikan waktu magrib. Setuju kah warga? #Batola", 26))

# ---- F11 skrining skabies pesantren --------------------------------------------------------
ann("a31", "dinkes-kalsel", "2026-11-06 14:45",
    "Dinkes Kalsel Skrining Skabies 9.400 Santri di 30 Pesantren",
    """BANJARBARU – Dinas Kesehatan Provinsi Kalimantan Selatan menggelar skrining skabies dan penyakit kulit bagi 9.400 santri di 30 pondok pesantren, @10/11 hingga @28/11.

Tim puskesmas memeriksa kulit santri, membagikan salep permetrin bagi yang positif, dan memberi penyuluhan tentang menjemur kasur, tidak bertukar handuk serta mencuci pakaian dengan air panas.

“Skabies sering dianggap biasa di pesantren, padahal mengganggu belajar dan tidur santri. Kami ingin memutus rantainya sekaligus,” kata Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinkes Kalsel, dr. Hj. Erlina Rahmawati.

Pesantren dengan kasus di atas 20 persen akan dikunjungi ulang pada Januari 2027. (dinkes-kalsel/tr)""",
    S="Dinkes Kalsel skrining skabies 9.400 santri di 30 pesantren, 10–28 November; salep permetrin bagi yang positif, kunjungan ulang Januari.",
    L="Dinkes Kalsel memeriksa kulit 9.400 santri di 30 pondok pesantren pada 10–28 November. Santri positif skabies diberi salep permetrin, semua mendapat penyuluhan: jemur kasur, jangan bertukar handuk, cuci pakaian dengan air panas. Pesantren dengan kasus di atas 20 persen dikunjungi ulang Januari 2027.",
    P="Bubuhan santri, jangan supan amun gatal-gatal 😅 Dinkes Kalsel mamariksa kudis (skabies) di 30 pondok, sambilan ribu ampat ratus santri. Nang positif dibari salep. Ingat: kasur dijamur, anduk jangan basambatan!",
    N=[("Kabupaten Hulu Sungai Selatan", "Skrining TBC di dua pondok pesantren Kandangan menemukan 4 santri perlu pengobatan lanjutan, kata Puskesmas Kandangan.", "a TB screening, not scabies"),
       ("Kota Banjarbaru", "Kabid P2P Dinkes Kalsel hari ini mengingatkan lonjakan DBD awal musim hujan, fogging hanya bila ada kasus.", "same official, dengue warning"),
       ("Kabupaten Tanah Laut", "Pondok pesantren Darul Ulum Pelaihari kerja bakti menjemur kasur dan mengecat asrama, kegiatan rutin tiap akhir bulan.", "a pesantren's own clean-up")],
    B=("Info wali santri: minggu depan ada petugas puskesmas periksa kulit santri di pondok. Mohon anak-anak tidak pulang dulu.", 44))

ann("a32", "pemkab-banjar", "2026-11-13 11:55",
    "186 Santri Martapura Positif Skabies, Puskesmas Langsung Obati",
    """MARTAPURA – Puskesmas Martapura 1 menemukan 186 santri positif skabies dari 2.100 santri yang diperiksa di empat pondok pesantren di Martapura, @10/11 hingga @12/11. Pemeriksaan ini bagian dari skrining yang digelar Dinas Kesehatan Provinsi.

Seluruh santri yang positif langsung mendapat salep permetrin dan obat gatal. Pengurus pondok diminta memisahkan handuk dan menjemur kasur setiap Jumat.

“Angka 8,8 persen masih bisa dikendalikan. Yang penting pengobatan serentak satu kamar, jangan hanya yang gatal saja,” ujar Kepala Dinas Kesehatan Kabupaten Banjar, dr. H. Ikhwansyah Putra.

Puskesmas akan memeriksa ulang empat pondok tersebut dua pekan setelah pengobatan. (diskominfo-banjar/mf)""",
    S="Martapura: 186 dari 2.100 santri di empat pondok positif skabies (skrining 10–12 November, Puskesmas Martapura 1), langsung diobati.",
    L="Dalam skrining provinsi, Puskesmas Martapura 1 memeriksa 2.100 santri di empat pondok pesantren Martapura (10–12 November) dan menemukan 186 positif skabies (8,8 persen). Semua diberi salep permetrin; pondok diminta memisahkan handuk dan menjemur kasur tiap Jumat. Pemeriksaan ulang dua pekan setelah pengobatan.",
    P="Di Martapura sa ratus dalapan puluh anam santri kana kudis matan dua ribu saratus nang dipariksa 😬 Puskesmas Martapura 1 langsung mambari salep. Pasan Kadinkes: ubati sa-kamar sakaligus, lain nang gatal haja!",
    N=[("Kabupaten Banjar", "Puskesmas Martapura 1 membuka layanan imunisasi kejar untuk balita setiap Sabtu, bawa buku KIA.", "same puskesmas, immunisation"),
       ("Kabupaten Banjar", "Pemeriksaan ulang skabies di pondok Martapura jadwalnya pekan depan, santri diminta tetap di asrama. Hasil belum ada.", "the follow-up check later, no result yet"),
       ("Kabupaten Banjar", "Pondok pesantren di Gambut membeli mesin cuci dan pengering untuk asrama putra dari sumbangan alumni.", "a pesantren's own purchase")])

ann("a33", "pemkab-hsu", "2026-11-24 15:30",
    "Jumat Bersih Pesantren HSU: 1.450 Santri di Enam Pondok Bergerak",
    """AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara meluncurkan program Jumat Bersih Pesantren di enam pondok pesantren, @20/11. Sebanyak 1.450 santri membersihkan asrama, menjemur kasur dan mencuci perlengkapan tidur bersama.

Program ini dirancang Dinas Kesehatan HSU sebagai pencegahan penyakit kulit dan dibiayai APBD kabupaten. Pemkab membagikan 3.000 sabun, 60 jemuran lipat dan 12 ember besar ke setiap pondok.

“Kami tidak menunggu santri sakit. Kebiasaan bersih harus menjadi jadwal, bukan imbauan,” kata Kepala Dinas Kesehatan HSU, dr. Nurul Aini Fitriyani.

Dinkes HSU akan menilai kebersihan asrama setiap bulan dan memberi penghargaan pada Maret 2027. (prokom-hsu/ad)""",
    S="HSU luncurkan Jumat Bersih Pesantren (20 November): 1.450 santri di enam pondok, bantuan 3.000 sabun dan jemuran, program APBD Dinkes HSU.",
    P="Jumat Barasih Pesantren di HSU 🧹 saribu ampat ratus limapuluh santri di anam pondok bagawi mambarasihi asrama, manjamur kasur. Pemkab mambari talu ribu sabun wan jamuran. Kada manunggu garing dulu, ujar Kadinkes.",
    N=[("Kabupaten Hulu Sungai Utara", "Kadinkes HSU meninjau puskesmas terapung di Danau Panggang dan meminta jadwal layanan ditambah.", "same official, another event"),
       ("Kabupaten Hulu Sungai Utara", "Santri pondok di Alabio juara lomba kebersihan asrama tingkat Kemenag kabupaten, hadiah Rp5 juta.", "a Kemenag contest"),
       ("Kabupaten Balangan", "Balangan berencana meniru Jumat Bersih untuk pondok pesantren tahun depan, kata anggota DPRD. Belum ada jadwal resmi.", "another kabupaten's plan")])

# ---- F12 beasiswa tahfiz -----------------------------------------------------------------
ann("a34", "pemprov-kalsel", "2026-11-10 10:00",
    "Pemprov Kalsel Buka Beasiswa untuk 150 Penghafal Al-Qur'an",
    """BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan membuka pendaftaran beasiswa bagi 150 penghafal Al-Qur'an tingkat SMA, pesantren dan perguruan tinggi, @10/11 sampai @24/11.

Kuota dibagi untuk hafalan 30 juz (30 orang), 20 juz (50 orang) dan 10 juz (70 orang). Seleksi hafalan dilaksanakan @1/12 di Masjid Raya Sabilal Muhtadin. Berkas didaftarkan secara daring.

“Penghafal Al-Qur'an banyak dari keluarga sederhana. Beasiswa ini agar mereka tetap sekolah dan menjaga hafalan,” kata Kepala Biro Kesejahteraan Rakyat Setdaprov Kalsel, H. Akhmad Rijani.

Penerima beasiswa diumumkan pada pertengahan Desember melalui laman resmi Pemprov Kalsel. (biro-adpim/dn)""",
    S="Beasiswa Pemprov Kalsel untuk 150 penghafal Al-Qur'an (30/20/10 juz), daftar 10–24 November, seleksi 1 Desember di Sabilal Muhtadin.",
    L="Pemprov Kalsel membuka beasiswa bagi 150 penghafal Al-Qur'an (SMA, pesantren, mahasiswa): 30 orang hafalan 30 juz, 50 orang 20 juz, 70 orang 10 juz. Pendaftaran daring 10–24 November, seleksi hafalan 1 Desember di Masjid Raya Sabilal Muhtadin, pengumuman pertengahan Desember.",
    P="Nang hafal Qur'an, ayo badaftar beasiswa Pemprov! 📖 Saratus limapuluh urang: talu puluh juz, duapuluh juz, sapuluh juz. Daftar online sampai 24 Nopember, tes hafalan 1 Disimbar di Sabilal. Sampaiakan ka kakawalan di pondok lah.",
    N=[("Kota Banjarmasin", "Hasil seleksi beasiswa tahfiz Pemprov tahun 2025: 120 penerima. Ini pengumuman lama, jangan dikirim ulang ya.", "the 2025 edition"),
       ("Kota Banjarmasin", "Universitas swasta di Banjarmasin memberi beasiswa penuh bagi mahasiswa baru hafal 10 juz, pendaftaran sampai Januari.", "a university's own scholarship"),
       ("Kota Banjarmasin", "Kepala Biro Kesra Pemprov sore ini menyerahkan bantuan perahu untuk guru TPA di Kuin, kegiatan Pemprov juga.", "same official, same day, another event")],
    B=("Tahun ini ada lagi kah beasiswa hafiz dari Pemprov? Anak ulun hafal 20 juz, lagi menunggu infonya.", 70))

ann("a35", "pemkot-banjarbaru", "2026-11-19 13:20",
    "40 Mahasiswa Penghafal Al-Qur'an Banjarbaru Terima Beasiswa Rp6 Juta",
    """BANJARBARU – Pemerintah Kota Banjarbaru menyerahkan beasiswa kepada 40 mahasiswa penghafal Al-Qur'an asal Banjarbaru di Aula Gawi Sabarataan, @19/11. Setiap penerima mendapat Rp6 juta untuk satu tahun kuliah.

Penerima telah lulus tes hafalan minimal 10 juz yang diuji oleh Lembaga Pengembangan Tilawatil Qur'an kota. Sebanyak 16 penerima hafal 30 juz.

“Kami minta mereka mengajar di TPA kelurahan minimal sekali sepekan sebagai bentuk terima kasih kepada kota,” ujar Asisten Pemerintahan dan Kesra Setdako Banjarbaru, H. Syarifuddin Amin.

Pendaftaran beasiswa tahun berikutnya akan dibuka bersamaan dengan penerimaan mahasiswa baru 2027. (humas-bjb/ln)""",
    S="Banjarbaru serahkan beasiswa Rp6 juta ke 40 mahasiswa penghafal Al-Qur'an (min. 10 juz, 16 hafal 30 juz) di Aula Gawi Sabarataan, 19 November.",
    P="Ampat puluh mahasiswa hafiz Banjarbaru dapat beasiswa anam juta 🎓 anam walas urang sudah hafal talu puluh juz! Syaratnya maajar di TPA kalurahan saminggu sakali. Barakallah!",
    N=[("Kota Banjarbaru", "Aula Gawi Sabarataan pagi ini dipakai pelantikan 40 pejabat fungsional Pemko Banjarbaru.", "same hall and count, another event"),
       ("Kota Banjarbaru", "LPTQ Banjarbaru menggelar seleksi kafilah MTQ tingkat provinsi untuk cabang tahfiz, 64 peserta di masjid kota.", "the LPTQ's MTQ selection"),
       ("Kota Banjarbaru", "TPA Kelurahan Sungai Ulin membuka kelas tahfiz sore untuk anak SD, diajar relawan mahasiswa.", "a TPA's own class")])

ann("a36", "pemkab-tanah-bumbu", "2026-11-26 14:50",
    "25 Santri Tahfiz Tanah Bumbu Terima Beasiswa, Tiga Terbaik Diberangkatkan Umrah",
    """BATULICIN – Pemerintah Kabupaten Tanah Bumbu menyerahkan beasiswa kepada 25 santri tahfiz dari 9 pondok pesantren di Pendopo Bersujud, @26/11. Masing-masing menerima Rp5 juta untuk biaya pendidikan.

Tiga santri dengan hafalan dan bacaan terbaik, dua putri dan satu putra, akan diberangkatkan umrah bersama orang tua pada Februari 2027 dengan biaya Pemkab.

“Anak-anak ini kelak menjadi imam dan guru mengaji di kampung. Kami ingin mereka bangga menjadi penghafal Al-Qur'an,” ucap Kepala Bagian Kesra Setda Tanah Bumbu, H. Andi Muhammad Yusran.

Seleksi beasiswa tahfiz berikutnya dijadwalkan Agustus 2027 bersamaan dengan MTQ kabupaten. (humas-tanbu/sy)""",
    S="Tanbu beri beasiswa Rp5 juta ke 25 santri tahfiz dari 9 pondok (26 November, Pendopo Bersujud); tiga terbaik umrah Februari 2027.",
    L="Di Pendopo Bersujud, Pemkab Tanah Bumbu menyerahkan beasiswa Rp5 juta kepada 25 santri tahfiz dari sembilan pondok. Tiga terbaik (dua putri, satu putra) berangkat umrah bersama orang tua pada Februari 2027 atas biaya Pemkab. Seleksi berikutnya Agustus 2027 bersamaan MTQ kabupaten.",
    P="Duapuluh lima santri tahfiz Tanbu dapat beasiswa lima juta, wan talu nang paling baik kaina umrah Februari basama kuitan 🕋😭 Barakallah gasan anak-anak pondok. Kaina jadi imam di kampung!",
    N=[("Kabupaten Tanah Bumbu", "Pendopo Bersujud malam ini menggelar tablig akbar dan doa bersama hari jadi desa Batulicin.", "same venue, another event"),
       ("Kabupaten Tanah Bumbu", "Sebuah travel di Batulicin menghadiahkan umrah gratis untuk 3 marbot masjid terpilih, diundi di kantor travel.", "another giveaway with three umrah seats"),
       ("Kabupaten Kotabaru", "Kotabaru menyerahkan beasiswa untuk 25 santri pondok pesantren di Pulau Laut Utara, masing-masing Rp3 juta.", "another kabupaten, same count 25")])

# ---- F13 pengawasan wajib halal ------------------------------------------------------------
ann("a37", "kemenag-kalsel", "2026-11-02 15:30",
    "Satgas Halal Kalsel Awasi Produk Makanan Usai Batas Wajib Halal 17 Oktober",
    """BANJARBARU – Satuan Tugas Halal Kanwil Kementerian Agama Kalimantan Selatan mulai mengawasi kewajiban sertifikasi halal produk makanan dan minuman setelah batas waktu 17 Oktober 2026 berakhir.

Pengawasan dilakukan @3/11 sampai @30/11 di 12 pasar tradisional dan 200 rumah makan di 13 kabupaten/kota. Pelaku usaha yang belum bersertifikat diberi pembinaan dan dibantu mendaftar, bukan langsung disanksi.

“Tahap ini kami utamakan pembinaan. Namun produk yang mencantumkan logo halal palsu akan kami tindak,” tegas Kepala Satgas Halal Kanwil Kemenag Kalsel, H. Lutfi Mubarak.

Hasil pengawasan akan dilaporkan kepada Badan Penyelenggara Jaminan Produk Halal pada Desember. (kemenag-kalsel/fz)""",
    S="Satgas Halal Kemenag Kalsel awasi kewajiban halal 3–30 November di 12 pasar dan 200 rumah makan; yang belum bersertifikat dibina, logo palsu ditindak.",
    L="Setelah batas wajib halal 17 Oktober 2026, Satgas Halal Kanwil Kemenag Kalsel mengawasi 12 pasar tradisional dan 200 rumah makan di 13 kabupaten/kota pada 3–30 November. Yang belum bersertifikat dibina dan dibantu mendaftar; logo halal palsu ditindak. Laporan ke BPJPH pada Desember.",
    P="Bubuhan panjual makanan, Satgas Halal Kemenag lagi kaliling pasar wan rumah makan sampai akhir Nopember. Amun balum ada sertifikat halal, kada langsung disanksi, dibina haja wan dibantu mandaftar. Tapi amun logo halal palsu, siap-siap ditindak!",
    N=[("Kota Banjarbaru", "Kuota sertifikat halal gratis (SEHATI) 2027 belum dibuka, kata pendamping PPH. Yang minta bayar untuk daftar gratis patut dicurigai.", "the free-certificate quota, not the supervision"),
       ("Kota Banjarmasin", "BPOM Banjarmasin menyita 340 produk kedaluwarsa dari dua toko di Pasar Lama.", "BPOM's expired goods raid"),
       ("Kabupaten Banjar", "Rumah makan kami di Martapura sudah bersertifikat halal sejak 2024. Terima kasih pelanggan atas kepercayaannya.", "a restaurant's own notice")])

ann("a38", "pemkot-banjarmasin", "2026-11-09 12:10",
    "Cek Halal di Pasar Sentra Antasari: 27 dari 85 Lapak Belum Bersertifikat",
    """BANJARMASIN – Tim gabungan Pemko Banjarmasin dan Satgas Halal Kemenag memeriksa 85 lapak makanan olahan di Pasar Sentra Antasari, @9/11. Hasilnya, 27 lapak belum memiliki sertifikat halal.

Pedagang yang belum bersertifikat kebanyakan penjual ikan asin olahan, kerupuk dan bumbu giling. Mereka langsung didaftarkan ke program pendampingan dan diberi waktu tiga bulan. Tidak ditemukan logo halal palsu.

“Pedagang kecil jangan takut. Kami datang untuk membantu, pendamping akan menemui mereka di lapak,” kata Kepala Dinas Perdagangan dan Perindustrian Banjarmasin, H. Ichwan Noor Chalik.

Pemeriksaan akan berlanjut ke Pasar Lama dan Pasar Kalindo pada pekan berikutnya. (diskominfotik-bjm/ys)""",
    S="Pemeriksaan halal di Pasar Sentra Antasari 9 November: 27 dari 85 lapak makanan olahan belum bersertifikat, diberi waktu tiga bulan.",
    P="Tadi di Pasar Sentra Antasari dicek sertifikat halal, 85 lapak dipariksa, 27 balum baisi. Kabanyakan panjual iwak karing olahan, karupuk, bumbu giling. Kada disanksi, dibantu mandaftar haja. Logo palsu kada ada, alhamdulillah.",
    N=[("Kota Banjarmasin", "Giliran Pasar Lama: Senin depan tim cek halal mendatangi sekitar 60 lapak bumbu dan kue. Pedagang diminta menyiapkan NIB dan KTP.", "the next market, later"),
       ("Kota Banjarmasin", "Pasar Sentra Antasari lantai dua mati listrik sejak pagi karena gangguan panel, PLN sedang memperbaiki.", "same market, power cut"),
       ("Kota Banjarmasin", "27 lapak di Pasar Kalindo direlokasi sementara karena perbaikan atap, kata pengelola pasar.", "same figure 27 at another market for another reason")],
    B=("Pedagang Sentra Antasari: besok katanya ada tim cek halal keliling lapak. Siapkan NIB ya.", 18))

ann("a39", "pemkab-hst", "2026-11-23 14:35",
    "Pengawasan Halal di Barabai: 11 dari 30 Rumah Makan Dapat Pendampingan",
    """BARABAI – Tim pengawasan halal Pemerintah Kabupaten Hulu Sungai Tengah bersama Kantor Kemenag HST memeriksa 30 rumah makan di Barabai dan Pandawan, @23/11. Sebanyak 11 rumah makan belum bersertifikat halal dan langsung mendapat pendampingan.

Tim memeriksa asal daging, bumbu instan, minyak dan kebersihan dapur. Tiga rumah makan diminta mengganti pemasok daging ayam karena tidak memiliki bukti penyembelihan halal.

“Kami ingin wisatawan yang singgah di Barabai tidak ragu makan di sini,” ujar Asisten Perekonomian dan Pembangunan Setda HST, Ir. H. Fathurrahman Basri.

Rumah makan yang sudah lolos akan diberi stiker Diawasi Halal untuk ditempel di pintu masuk. (diskominfo-hst/ra)""",
    S="HST periksa halal 30 rumah makan di Barabai dan Pandawan (23 November): 11 didampingi, 3 diminta ganti pemasok ayam.",
    P="Rumah makan di Barabai wan Pandawan dipariksa halal, talu puluh buting. Sabalas balum basertifikat, talu disuruh baganti pamasok hayam. Nang lulus kaina dapat stiker 'Diawasi Halal' di lawang 👍",
    N=[("Kabupaten Hulu Sungai Tengah", "Dinkes HST uji sampel makanan di 30 warung sekitar sekolah, dua positif boraks.", "a food-safety test of school stalls"),
       ("Kabupaten Hulu Sungai Tengah", "Rumah makan di Barabai mengeluh harga ayam naik jadi Rp42 ribu per kilo, pemasok dari Kandangan terlambat.", "a price complaint"),
       ("Kabupaten Hulu Sungai Selatan", "Kemenag HSS mengecek halal 20 rumah makan di Kandangan pekan depan, jadwal belum diumumkan lengkap.", "another kabupaten later")])

# ---- F14 Zona KHAS ------------------------------------------------------------------------
ann("a40", "diskominfo-kalsel", "2026-11-14 19:20",
    "Zona KHAS Pertama Kalsel Diresmikan di Siring Menara Pandang",
    """BANJARMASIN – Zona Kuliner Halal, Aman dan Sehat (KHAS) pertama di Kalimantan Selatan diresmikan di kawasan Siring Menara Pandang, Banjarmasin, @14/11. Sebanyak 46 pedagang di kawasan itu sudah bersertifikat halal.

Penetapan zona dilakukan Kanwil Kemenag Kalsel bersama Pemprov dan Pemko Banjarmasin. Selain halal, pedagang lolos uji higiene dan memakai air bersih dari PDAM. Setiap lapak memasang papan Zona KHAS dan kode QR sertifikat.

“Pengunjung cukup memindai kode untuk melihat sertifikat halal lapak. Ini jaminan bagi wisatawan,” kata Kepala Bidang Urusan Agama Islam Kanwil Kemenag Kalsel, H. Syahrani Ma'ruf.

Zona KHAS berikutnya diusulkan di kawasan kuliner Tanjung dan Pelaihari. (mc-kalsel/rd)""",
    S="Zona KHAS (Kuliner Halal, Aman, Sehat) pertama Kalsel diresmikan di Siring Menara Pandang 14 November: 46 pedagang bersertifikat halal, kode QR di lapak.",
    L="Zona KHAS pertama di Kalsel diresmikan di Siring Menara Pandang Banjarmasin pada 14 November. 46 pedagang sudah bersertifikat halal, lolos uji higiene dan memakai air PDAM; tiap lapak memasang papan dan kode QR sertifikat. Berikutnya diusulkan di Tanjung dan Pelaihari.",
    P="Siring Menara Pandang wayah ini jadi Zona KHAS 🍢✅ ampat puluh anam pedagang sudah basertifikat halal, banyunya PDAM, wan ada kode QR di lapak. Tinggal dipindai, langsung tahu sertifikatnya. Ayo bakulineran di siring!",
    N=[("Kota Banjarmasin", "Festival Kuliner Banjar digelar di Siring Menara Pandang akhir pekan ini, 80 stan dari 13 kabupaten/kota.", "same venue, food festival"),
       ("Kota Banjarmasin", "Pedagang kaki lima siring mengeluh diminta pindah karena tidak termasuk 46 pedagang zona, mereka minta diberi lokasi.", "a complaint by traders outside the zone"),
       ("Kota Banjarbaru", "Banjarbaru mengusulkan Zona KHAS di kawasan Murjani tahun depan, masih pendataan pedagang. Belum ada info resmi peresmian.", "another city's proposal")],
    B=("Malam ini katanya ada peresmian zona kuliner halal di siring. Ada yang mau ke sana?", 5))

ann("a41", "pemkab-tabalong", "2026-11-21 16:40",
    "32 Pedagang Taman Kota Tanjung Masuk Zona KHAS Tabalong",
    """TANJUNG – Pemerintah Kabupaten Tabalong meresmikan Zona Kuliner Halal, Aman dan Sehat (KHAS) di Taman Kota Tanjung, @21/11. Sebanyak 32 pedagang kuliner malam di kawasan itu telah bersertifikat halal melalui pendampingan gratis.

Pemkab menyediakan wastafel umum, tempat sampah terpilah dan seragam bagi pedagang. Dinas Kesehatan akan mengambil sampel makanan secara acak setiap tiga bulan.

“Taman Kota ramai keluarga tiap malam. Dengan Zona KHAS, orang tua bisa tenang memilih jajanan untuk anak,” kata Sekretaris Daerah Tabalong, H. Muhammad Noor Iswan.

Pedagang baru yang ingin bergabung wajib memiliki sertifikat halal dan lolos uji sampel Dinkes. (diskominfo-tabalong/bh)""",
    S="Tabalong resmikan Zona KHAS di Taman Kota Tanjung (21 November): 32 pedagang kuliner malam bersertifikat halal, wastafel dan uji sampel tiap tiga bulan.",
    P="Taman Kota Tanjung resmi Zona KHAS! Talu puluh dua pedagang malam sudah basertifikat halal, ada wastafel wan tong sampah bapilah. Kuitan kada usah ragu manukarakan jajan anak 😋 #Tabalong",
    N=[("Kabupaten Tabalong", "Taman Kota Tanjung ditutup dua malam untuk panggung hiburan Hari Jadi, pedagang dipindah sementara ke halaman Pendopo.", "same park, event closure"),
       ("Kabupaten Tabalong", "32 pedagang Pasar Tanjung menerima bantuan timbangan digital dari Disperindag.", "same count 32, scales"),
       ("Kabupaten Tabalong", "Pedagang pentol di luar Taman Kota Tanjung mengeluh sepi pembeli sejak kawasan kuliner ditata, minta dibolehkan berjualan di dekat pintu masuk.", "a complaint by vendors outside the zone")])

ann("a42", "pemkab-tanah-laut", "2026-11-27 10:30",
    "Pelaihari Siapkan Zona KHAS di Kawasan Kuliner Gagas, 28 Pedagang Didampingi",
    """PELAIHARI – Pemerintah Kabupaten Tanah Laut menyiapkan Zona Kuliner Halal, Aman dan Sehat (KHAS) di kawasan kuliner Gagas, Pelaihari. Sebanyak 28 pedagang mulai didampingi mengurus sertifikat halal, @27/11.

Pendampingan dilakukan enam pendamping proses produk halal dari Kemenag Tanah Laut. Pemkab juga memperbaiki saluran air dan menambah lampu kawasan sebelum zona diresmikan.

“Target kami seluruh 28 pedagang bersertifikat sebelum Maret 2027, lalu zona kami resmikan bersama Kanwil,” ujar Kepala Dinas Koperasi, UKM dan Perdagangan Tanah Laut, H. Rizali Hafiz.

Pedagang yang belum memiliki NIB dibantu membuatnya di lokasi pada hari pendampingan. (humas-tala/an)""",
    S="Tala siapkan Zona KHAS di kawasan kuliner Gagas Pelaihari: 28 pedagang didampingi sertifikasi halal mulai 27 November, target sebelum Maret 2027.",
    P="Pedagang kawasan kuliner Gagas Pelaihari, 28 urang, mulai didampingi mangurus sertifikat halal gasan Zona KHAS. Saluran banyu wan lampu diperbaiki jua. Targetnya Maret sudah basertifikat samunyaan. NIB kawa dibuat di tampat!",
    N=[("Kabupaten Tanah Laut", "Kawasan kuliner Gagas akan ditata ulang dengan atap baru, kata Dinas PUPR, lelang proyek Januari.", "same place, construction plan"),
       ("Kabupaten Tanah Laut", "Enam pendamping halal Kemenag Tala juga melayani UMKM keripik di Bati-Bati minggu ini, sudah 15 pelaku usaha daftar.", "same helpers, another group"),
       ("Kabupaten Tanah Bumbu", "Tanah Bumbu menggelar bazar kuliner halal di Pantai Pagatan, 28 stan ikut.", "another kabupaten's bazaar with 28 stalls")])

# one more hand-written sentence per release, appended to its facts paragraph (lengths 100–140 words)
ADD = {
    "a01": "Jemaah lansia di atas 80 tahun didahulukan dan boleh didampingi satu anggota keluarga selama pemeriksaan berlangsung.",
    "a02": "Kemenag HSU menyiapkan dua bus untuk menjemput jemaah dari kecamatan yang jauh, seperti Danau Panggang dan Paminggir.",
    "a03": "Pemeriksaan meliputi cek darah, rontgen dada, rekam jantung dan tes kebugaran, dikerjakan tim dokter puskesmas dan RSUD Dr. H. Andi Abdurrahman Noor.",
    "a04": "Setiap travel juga diminta menunjukkan rekening penampungan dana jemaah dan daftar pembimbing ibadah yang sudah bersertifikat.",
    "a05": "Jemaah dari ketiga travel itu tetap dapat berangkat sesuai jadwal setelah data mereka dilengkapi, sehingga tidak ada keberangkatan yang dibatalkan.",
    "a06": "Setiap peserta mendapat lembar panduan berisi daftar pertanyaan yang perlu diajukan kepada travel sebelum membayar uang muka.",
    "a07": "Penghimpunan tahun ini naik sekitar 12 persen dibandingkan periode yang sama tahun lalu, terutama karena bertambahnya pegawai PPPK.",
    "a08": "Setiap ASN akan menerima bukti setor zakat bulanan yang dapat dipakai sebagai pengurang penghasilan kena pajak.",
    "a09": "Setiap UPZ menerima buku kas, stempel dan papan nama yang dipasang di masjid atau kantor desa masing-masing.",
    "a10": "Gerobak dibuat oleh bengkel las lokal di Cempaka dan sudah dilengkapi rak, payung serta tabung gas kecil.",
    "a11": "Bantuan diberikan dalam bentuk barang dagangan dan peralatan sesuai kebutuhan, bukan uang tunai, agar tidak terpakai untuk keperluan lain.",
    "a12": "Kambing jenis kacang itu dibeli dari peternak lokal di Paringin sehingga sudah terbiasa dengan pakan dan cuaca setempat.",
    "a13": "Pada hari peluncuran, infak digital yang masuk ke rekening Masjid Raya tercatat dari sekitar 300 jemaah dalam satu hari.",
    "a14": "Setiap rumah ibadah menerima papan akrilik berisi kode QRIS dan nama rekening resmi agar jemaah tidak tertipu kode palsu.",
    "a15": "Peserta juga diajari memasang kode QRIS di tempat yang mudah diawasi pengurus agar tidak ditempeli stiker orang lain.",
    "a16": "Jemaah yang datang dari Astambul dan Karang Intan difasilitasi angkutan gratis sejak pukul empat pagi.",
    "a17": "Kepala Dinas PUPR berjanji membersihkan saluran di Jalan Hikmah Banjar dalam dua pekan, sedangkan PDAM menjanjikan jadwal distribusi tertulis.",
    "a18": "Camat Landasan Ulin dan empat lurah hadir, sehingga beberapa keluhan, seperti lampu jalan di gang sempit, langsung dijadwalkan perbaikannya.",
    "a19": "Sebelum berangkat, mereka mengikuti pembekalan lima hari tentang adat masyarakat Meratus dan pertolongan pertama.",
    "a20": "Dinas Kesehatan juga membekali setiap dai dengan kotak obat sederhana.",
    "a21": "Mereka juga membawa Al-Qur'an, buku Iqra dan papan tulis untuk langgar di desa tujuan.",
    "a22": "Ke-13 kampung dipilih dari 41 usulan kantor Kemenag kabupaten/kota berdasarkan penilaian tim yang melibatkan FKUB dan akademisi.",
    "a23": "Warga juga menampilkan tari daerah, hadrah dan paduan suara gereja secara bergantian di panggung yang sama, disaksikan sekitar 400 warga.",
    "a24": "Sebanyak 320 warga hadir, termasuk pemuda karang taruna yang menyiapkan panggung dan konsumsi secara gotong royong.",
    "a25": "Peserta juga melakukan simulasi penanganan keberatan warga dalam kelompok kecil yang dipandu pengurus FKUB kabupaten/kota.",
    "a26": "Setiap kepala desa menerima contoh formulir dukungan warga dan daftar periksa berkas yang harus lengkap sebelum diajukan ke FKUB.",
    "a27": "Peresmian dihadiri tokoh Islam, Kristen, Katolik, Hindu dan Buddha, serta perwakilan pelajar dari enam sekolah menengah.",
    "a28": "Pencanangan ditandai pembacaan Surah Yasin bersama oleh sekitar 800 anak TPA dari kecamatan Kandangan, Sungai Raya dan Simpur.",
    "a29": "Pencanangan dihadiri sekitar 500 anak dan orang tua yang membaca Al-Qur'an bersama di halaman masjid desa.",
    "a30": "Camat diminta menyebarkan surat edaran ke seluruh desa dan kelurahan paling lambat akhir November.",
    "a31": "Pesantren sasaran dipilih berdasarkan laporan puskesmas tentang kasus penyakit kulit selama satu tahun terakhir.",
    "a32": "Empat pondok itu menampung santri dari berbagai kabupaten dan sebagian tinggal dalam kamar berisi lebih dari 20 orang.",
    "a33": "Pencanangan dilakukan di salah satu pondok di Amuntai Selatan dan diikuti pengasuh dari lima pondok lainnya.",
    "a34": "Pendaftar wajib melampirkan surat keterangan hafalan dari pondok atau lembaga tahfiz serta kartu keluarga dengan alamat di Kalsel.",
    "a35": "Beasiswa diberikan kepada mahasiswa dari 11 perguruan tinggi, baik di dalam maupun di luar Kalimantan Selatan.",
    "a36": "Seleksi dilakukan Oktober lalu oleh dewan hakim LPTQ kabupaten dengan menguji hafalan, tajwid dan kefasihan bacaan.",
    "a37": "Pengawas juga memeriksa kemasan produk di toko oleh-oleh, terutama dodol, amplang dan kerupuk yang banyak dibeli wisatawan.",
    "a38": "Pemeriksaan berlangsung sejak pukul 08.00 hingga siang dengan membagi tim menjadi empat kelompok per blok pasar.",
    "a39": "Pemeriksaan dilakukan tanpa pemberitahuan sebelumnya agar kondisi dapur yang dilihat tim sesuai keadaan sehari-hari.",
    "a40": "Peresmian malam itu dimeriahkan pertunjukan panting dan dihadiri ratusan pengunjung yang memadati kawasan siring.",
    "a41": "Sebagian besar pedagang menjual nasi goreng, sate, pentol dan minuman, dan ada yang berjualan sejak lebih dari sepuluh tahun.",
    "a42": "Kawasan Gagas selama ini ramai dikunjungi pengendara lintas Banjarmasin–Batulicin yang singgah untuk makan malam.",
}
