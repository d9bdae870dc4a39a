# Hand-written releases, families I–M and a40 (heldout45). Same fields as anns_a.py.
from anns_a import ann

# ---- family I: akuisisi arsip statis / foto lama / arsip lisan ----
ann(id="a24", src="dispersip-kalsel", t="2026-11-19 13:30",
    title="Keluarga Gubernur Pertama Serahkan 212 Naskah Pidato ke Dispersip Kalsel",
    text="""BANJARBARU – Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Selatan menerima 212 naskah pidato, surat dan foto dari keluarga salah satu gubernur pertama Kalsel pada {D19} di Gedung Layanan Arsip Statis, Banjarbaru. Penyerahan dilakukan melalui program akuisisi arsip tokoh.

Koleksi itu berasal dari kurun 1957 hingga 1963, sebagian ditulis tangan dan mulai rapuh. Petugas akan melakukan fumigasi, perbaikan kertas dan pemindaian sebelum arsip dapat diakses peneliti. "Arsip keluarga seperti ini sering tersimpan di lemari rumah dan rusak tanpa disadari; kami siap menjemputnya," kata Kepala Bidang Pengelolaan Arsip Statis Dispersip Kalsel, Ahmad Zaki Mubarak.

Dispersip membuka kesempatan bagi keluarga tokoh, sekolah tua dan organisasi untuk menyerahkan arsip bersejarah. Salinan digital akan diberikan kepada keluarga penyerah. (dispersip-kalsel/azm)""",
    S="Dispersip Kalsel terima 212 naskah pidato, surat dan foto (1957–1963) dari keluarga salah satu gubernur pertama Kalsel; akan difumigasi, diperbaiki dan dipindai sebelum dibuka untuk peneliti.",
    L=None,
    P="Kaluarga salah satu gubernur bahari manyarahakan 212 naskah pidato, surat wan foto tahun 1957–1963 ka Dispersip Kalsel 📜 Sabagian tulisan tangan, sudah rapuh. Jar Pak Zaki, amun di rumah pian ada arsip lawas tokoh, sarahakan haja, kaina dibari salinan digital.",
    R="212 naskah pidato gubernur pertama diserahkan ke Dispersip",
    N=[("kim-teluk-dalam", 80, "a museum exhibition of old photos, not the acquisition", "Pameran foto Banjarmasin tempo dulu di Museum Wasaka dibuka sampai akhir bulan. Ada foto Pasar Sudimampir tahun 1950-an. Masuk gratis."),
       ("kim-guntung-paikat", 5, "same Gedung Layanan Arsip Statis same day, a student visit", "Siswa SMPN 3 Banjarbaru berkunjung ke gedung arsip Dispersip Kalsel hari ini, belajar cara merawat surat lama dan melihat koran tahun 1970-an."),
       ("kim-sungai-besar", 210, "a family keeps their grandfather's letters, no handover", "Rapikan lemari kakek, ketemu surat-surat tahun 1960-an dan foto pernikahan di Kandangan. Ada yang tahu cara menyimpan kertas lama supaya tidak rapuh?")],
    B=None)

ann(id="a25", src="pemkot-banjarmasin", t="2026-11-14 10:00",
    title="Gerakan Serahkan Foto Lama Banjarmasin Kumpulkan 640 Foto dari Warga",
    text="""BANJARMASIN – Gerakan Serahkan Foto Lama yang digagas Dinas Perpustakaan dan Kearsipan Kota Banjarmasin telah mengumpulkan 640 foto dari warga sejak September. Capaian itu diumumkan di Balai Kota Banjarmasin pada {D14}.

Foto-foto itu merekam suasana Pasar Terapung Kuin, Jembatan Dewi, bioskop lama dan banjir besar era 1980-an. Warga cukup meminjamkan foto untuk dipindai, lalu foto asli dikembalikan pada hari yang sama. "Setiap foto kami catat siapa pemiliknya, tahun dan lokasi, sehingga menjadi arsip kota yang bisa dipelajari anak cucu," kata Kepala Dinas Perpustakaan dan Kearsipan Kota Banjarmasin, Syarifah Nurjannah.

Penerimaan foto diperpanjang hingga {E18}. Sebanyak 100 foto terpilih akan dipamerkan pada peringatan Hari Jadi Kota Banjarmasin tahun depan. (mc-bjm/sn)""",
    S="Gerakan Serahkan Foto Lama Banjarmasin kumpulkan 640 foto warga (Pasar Terapung Kuin, Jembatan Dewi, bioskop lama, banjir 1980-an). Foto dipindai dan dikembalikan; penerimaan diperpanjang sampai 18 Desember.",
    L="Dinas Perpustakaan dan Kearsipan Banjarmasin mengumumkan Sabtu (14/11) bahwa Gerakan Serahkan Foto Lama sudah mengumpulkan 640 foto sejak September: Pasar Terapung Kuin, Jembatan Dewi, bioskop lama, banjir 1980-an. Foto cuma dipinjam untuk dipindai, dikembalikan hari itu juga. Kadis Syarifah Nurjannah: pemilik, tahun dan lokasi dicatat. Penerimaan diperpanjang sampai 18 Desember, 100 foto terpilih dipamerkan saat Hari Jadi kota tahun depan.",
    P="Amun di rumah pian ada foto bahari Banjarmasin, Pasar Terapung Kuin, Jembatan Dewi, bioskop lawas, banjir tahun 80-an, bawa haja ka Dinas Arsip Kota 📷 Discan haja, fotonya dibulikakan hari itu jua. Sudah 640 foto takumpul, dipanjangakan sampai 18 Desember!",
    R="640 foto lama Banjarmasin terkumpul dari warga",
    N=[("kim-sungai-miai", 60, "a photo contest of today's river life, another event", "Lomba foto 'Sungai Kita Hari Ini' untuk pelajar SMA se-Banjarmasin dibuka. Tema kehidupan sungai sekarang, pengumpulan sampai 30 November, hadiah total Rp7,5 juta."),
       ("kim-basirih-selatan", 8, "same Balai Kota same day, another event", "Di Balai Kota Banjarmasin siang ini ada penyerahan SK 112 PPPK paruh waktu. Selamat untuk guru-guru dari Basirih Selatan."),
       ("kim-pekauman", 160, "a resident's own nostalgia post about Jembatan Dewi, no programme", "Siapa yang masih ingat Jembatan Dewi zaman dulu sebelum dibangun ulang? Almarhum abah sering cerita naik sepeda lewat sana tiap pagi ke pasar.")],
    B=("kim-sungai-miai", 40, "a resident hands in photos before the announcement, personal story", "Tadi mengantar album foto almarhumah nenek ke dinas arsip kota, ada foto pasar terapung tahun 1975. Discan di tempat, albumnya langsung dibawa pulang lagi. Terharu petugasnya teliti sekali."))

ann(id="a26", src="pemkab-hss", t="2026-11-26 09:45",
    title="Dinas Arsip HSS Rekam Kesaksian 12 Pelaku Sejarah Perjuangan Kandangan",
    text="""KANDANGAN – Dinas Perpustakaan dan Kearsipan Kabupaten Hulu Sungai Selatan menuntaskan program sejarah lisan dengan merekam kesaksian 12 pelaku dan saksi sejarah perjuangan kemerdekaan di Kandangan. Hasilnya diserahkan kepada Bupati HSS di Pendopo Kandangan pada {D26}.

Wawancara berlangsung sejak Agustus di Kecamatan Kandangan, Padang Batung dan Angkinang. Rekaman berdurasi total 31 jam itu telah ditranskripsi dan disimpan sebagai arsip statis daerah. "Sebagian narasumber sudah berusia di atas 90 tahun, jadi ini berpacu dengan waktu," kata Kepala Dinas Perpustakaan dan Kearsipan HSS, Ahmad Syaukani.

Petikan rekaman akan diputar di sekolah-sekolah mulai semester genap. Dinas juga menerima informasi tentang saksi sejarah lain yang belum direkam. (mc-hss/as)""",
    S="Dinas Arsip HSS rekam kesaksian 12 pelaku/saksi sejarah perjuangan Kandangan (31 jam, Kandangan, Padang Batung, Angkinang); petikannya diputar di sekolah mulai semester genap.",
    L=None,
    P="Kisah pajuang bahari di Kandangan sudah dirakam, 12 urang saksi sajarah, 31 jam lawasnya 🇮🇩 Ada nang umurnya labih 90 tahun. Kaina rakamannya diputar di sakulah. Amun pian tahu saksi lain, padahi ka Dinas Arsip HSS lah.",
    R="sejarah lisan: kesaksian 12 pelaku perjuangan Kandangan",
    N=[("kim-padang-batung", 50, "a veteran's funeral, another event", "Innalillahi, telah berpulang veteran pejuang asal Padang Batung dalam usia 94 tahun. Dimakamkan dengan upacara militer siang tadi."),
       ("kim-kandangan-kota", 4, "same Pendopo same day, another event", "Pendopo Kandangan hari ini juga jadi tempat penyerahan hadiah lomba dodol se-HSS. Juara satu dari Angkinang."),
       ("kim-hamalau", 190, "a school's own history project, another activity", "Siswa MTsN Hamalau membuat video wawancara dengan tetua kampung tentang sejarah Hamalau. Videonya diputar saat upacara Senin.")],
    B=None)

# ---- family J: digitalisasi dokumen ----
ann(id="a27", src="pemkab-batola", t="2026-11-09 14:20",
    title="Disdukcapil Batola Alih Media 186.400 Lembar Register Akta Lama",
    text="""MARABAHAN – Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala menuntaskan alih media 186.400 lembar register akta kelahiran, perkawinan dan kematian yang diterbitkan sejak 1976. Penuntasan itu dilaporkan di Kantor Disdukcapil Batola pada {D9}.

Pemindaian dikerjakan enam petugas selama delapan bulan. Register asli yang sebagian rusak karena lembab kini disimpan dalam boks bebas asam, sedangkan versi digitalnya dapat dicari berdasarkan nama dan tahun. "Dulu mencari akta tahun 1980-an bisa setengah hari, sekarang cukup lima menit," kata Kepala Disdukcapil Batola, Rahmadi Syahbana.

Warga yang membutuhkan salinan akta lama kini dapat mengajukannya di kantor kecamatan tanpa harus datang ke Marabahan. Layanan ini berlaku mulai {E1}. (mc-batola/rs)""",
    S="Disdukcapil Batola selesai alih media 186.400 lembar register akta (lahir, kawin, mati) sejak 1976; mulai 1 Desember salinan akta lama bisa diminta di kantor kecamatan.",
    L="Disdukcapil Batola selesai memindai 186.400 lembar register akta lahir, kawin dan mati sejak 1976 (dilaporkan Senin 9/11). Enam petugas bekerja delapan bulan; register asli disimpan di boks bebas asam dan versi digitalnya bisa dicari per nama dan tahun. Kadis Rahmadi Syahbana: cari akta 1980-an dulu setengah hari, sekarang lima menit. Mulai 1 Desember salinan akta lama bisa diurus di kantor kecamatan.",
    P="Register akta lawas di Batola sudah discan samuaan, 186.400 lambar matan tahun 1976 📂 Jadi mulai 1 Desember, handak minta salinan akta lawas kada usah ka Marabahan lagi, cukup ka kantor camat. Bahari mancari satangah hari, wayah ini lima manit haja jar Pak Kadis.",
    R="Disdukcapil Batola digitalkan 186.400 lembar register akta",
    N=[("kim-berangas", 30, "Disdukcapil mobile service for KTP in Alalak, another service", "Disdukcapil Batola jemput bola perekaman KTP-el di Kantor Camat Alalak hari ini. Sasaran pemilih pemula dan lansia. Bawa KK ya."),
       ("kim-anjir-pasar", 100, "a resident's lost birth certificate story, not the programme", "Akta kelahiran anak saya hilang waktu banjir. Kemarin urus ke Disdukcapil, ternyata harus bawa surat kehilangan dari polsek dulu. Semoga membantu yang mengalami hal sama."),
       ("kim-marabahan-kota", 3, "same office same day, another object", "Kantor Disdukcapil Batola hari ini juga menyerahkan 45 akta kelahiran untuk anak panti asuhan di Marabahan.")],
    B=None)

ann(id="a28", src="pemkab-tabalong", t="2026-11-20 10:10",
    title="42 OPD Tabalong Wajib Pakai Srikandi, Surat Kertas Dihentikan Mulai 1 Desember",
    text="""TANJUNG – Pemerintah Kabupaten Tabalong mewajibkan 42 organisasi perangkat daerah menggunakan aplikasi Srikandi untuk seluruh naskah dinas mulai {E1}. Surat edaran Bupati Tabalong tentang penghentian surat kertas diumumkan di Pendopo Bersinar pada {D20}.

Srikandi mencatat surat masuk, disposisi hingga pengarsipan secara elektronik. Selama masa uji coba sejak Juli, 18 OPD telah mengirim lebih dari 9.600 naskah lewat aplikasi tersebut. Surat kepada instansi luar daerah masih boleh dikirim dalam bentuk kertas. "Disposisi yang dulu tercecer di meja kini bisa dilacak sampai siapa yang terakhir membaca," kata Sekretaris Daerah Tabalong, Hamdani Fikri.

Dinas Perpustakaan dan Kearsipan Tabalong membuka kelas pendampingan bagi operator OPD setiap Rabu sepanjang November. (mc-tabalong/hf)""",
    S="Tabalong: 42 OPD wajib pakai Srikandi untuk naskah dinas, surat kertas dihentikan mulai 1 Desember (uji coba: 18 OPD, 9.600 naskah). Kelas operator tiap Rabu di November.",
    L=None,
    P="Mulai 1 Desember kantor-kantor di Tabalong kada pakai surat karatas lagi, 42 OPD wajib pakai Srikandi 📨 Pas uji coba sudah 9.600 naskah lewat aplikasi. Jar Pak Sekda, disposisi kada tacicir lagi di meja 😄",
    R="Tabalong: 42 OPD wajib Srikandi mulai 1 Desember",
    N=[("kim-mabuun", 50, "a school's own paperless exam, another institution", "SMAN 1 Murung Pudak melaksanakan ujian semester tanpa kertas mulai Senin. Siswa memakai HP masing-masing, sekolah menyiapkan 60 tablet cadangan."),
       ("kim-pasar-panas", 2, "same Pendopo Bersinar same day, another circular", "Edaran Bupati Tabalong lainnya hari ini: ASN diminta memakai baju adat Banjar setiap Kamis minggu pertama. Mulai berlaku Desember."),
       ("kim-pembataan", 140, "a village's own letter-by-WhatsApp service, another object", "Desa Pembataan kini melayani surat pengantar lewat WhatsApp desa, surat jadi bisa diambil sore harinya. Masih tetap bawa KTP saat mengambil.")],
    B=None)

ann(id="a29", src="pemkab-banjar", t="2026-11-12 15:45",
    title="DPMPTSP Banjar Digitalkan 9.800 Berkas Izin Bangunan Lama",
    text="""MARTAPURA – Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kabupaten Banjar menyelesaikan digitalisasi 9.800 berkas izin mendirikan bangunan yang terbit antara 1995 dan 2021. Hasilnya dipaparkan di Mahligai Sultan Adam, Martapura, pada {D12}.

Berkas yang telah dipindai dapat dicari berdasarkan nama pemilik, alamat dan nomor izin. Digitalisasi diprioritaskan bagi berkas di Kecamatan Martapura, Gambut dan Sungai Tabuk yang paling sering dicari untuk jual beli rumah dan pengajuan kredit. "Warga yang kehilangan salinan izin lama tidak perlu lagi menunggu pencarian manual berhari-hari," kata Kepala DPMPTSP Kabupaten Banjar, Riduan Mahfudz.

Mulai Desember, permohonan salinan legalisir izin lama dapat diajukan di Mal Pelayanan Publik Martapura dengan waktu layanan satu hari kerja. (mc-banjar/rm)""",
    S="DPMPTSP Banjar selesai digitalkan 9.800 berkas IMB lama (1995–2021), prioritas Martapura, Gambut, Sungai Tabuk; mulai Desember salinan legalisir di MPP Martapura jadi dalam satu hari kerja.",
    L=None,
    P="Bubuhan nang kahilangan salinan IMB lawas, DPMPTSP Banjar sudah manyecan 9.800 berkas izin bangunan tahun 1995–2021 🏠 Mulai Desember minta legalisir di MPP Martapura, sahari haja jadi. Kada usah bahari-hari mahadangi lagi.",
    R="9.800 berkas IMB lama Kabupaten Banjar didigitalkan",
    N=[("kim-keraton", 4, "same Mahligai Sultan Adam same day, another event", "Mahligai Sultan Adam Martapura malam ini jadi tempat pembukaan Festival Kuliner Banjar. Ada 40 stan, buka sampai Minggu."),
       ("kim-lok-baintan", 90, "PBG socialisation for new houses, another service", "Sosialisasi persetujuan bangunan gedung (PBG) untuk rumah baru di Kantor Camat Sungai Tabuk hari ini. Warga yang mau membangun diminta mengurus sebelum mulai."),
       ("kim-sungai-alang", 200, "a land-certificate (PTSL) queue, another agency", "Pembagian sertifikat tanah PTSL di Karang Intan hari ini, 240 bidang. Yang belum dipanggil tunggu tahap berikutnya.")],
    B=None)

# ---- family K: penyelamatan & perlindungan arsip vital ----
ann(id="a30", src="pemkab-hst", t="2026-11-03 16:30",
    title="Arsip Basah Pascabanjir di Barabai Dikeringkan, 420 Boks Berhasil Diselamatkan",
    text="""BARABAI – Dinas Perpustakaan dan Kearsipan Kabupaten Hulu Sungai Tengah menyelamatkan 420 boks arsip yang terendam banjir di gedung arsip lama Barabai. Proses pengeringan dilaporkan rampung pada {D3}.

Arsip yang basah antara lain peta tanah desa, berkas kepegawaian dan dokumen pengadaan. Petugas mengeringkan lembar demi lembar dengan kipas angin dan kertas penyerap, lalu membekukan berkas yang paling parah agar tidak berjamur. Dari 450 boks yang terendam, 30 boks dinyatakan rusak total. "Arsip vital harus disimpan di lantai atas; pelajaran ini mahal sekali bagi kami," kata Kepala Dinas Perpustakaan dan Kearsipan HST, Muhammad Yusran Effendi.

Seluruh arsip yang diselamatkan akan dipindahkan ke gedung baru di Jalan Perintis Kemerdekaan pada Desember. Dinas juga menyusun daftar arsip vital setiap OPD. (mc-hst/mye)""",
    S="Dispersip HST selamatkan 420 dari 450 boks arsip yang terendam banjir di gedung arsip lama Barabai (30 rusak total); dipindah ke gedung baru Jalan Perintis Kemerdekaan Desember.",
    L=None,
    P="Arsip nang tarandam banyu di gedung arsip lawas Barabai sudah dikaringakan salambar-salambar, 420 boks salamat, 30 boks habis 😢 Ada peta tanah desa wan berkas pagawai. Jar Pak Kadis, arsip panting musti di lantai atas. Pindah ka gedung hanyar Desember.",
    R="420 boks arsip basah pascabanjir Barabai diselamatkan",
    N=[("kim-barabai-timur", 20, "flood clean-up of houses, another event", "Warga Barabai Timur kerja bakti membersihkan lumpur sisa banjir di jalan dan musala. Bantuan air bersih dari PMI datang sore ini."),
       ("kim-pandawan", 130, "a village's own wet documents dried, local story", "Berkas kantor desa Pandawan yang kena banjir dijemur di halaman balai desa. Ada buku register penduduk tahun 1990-an, semoga masih bisa dibaca."),
       ("kim-haruyan", 300, "the new archive building's construction, another object", "Gedung baru di Jalan Perintis Kemerdekaan Barabai terlihat hampir selesai, tinggal pengecatan. Kabarnya untuk kantor dinas.")],
    B=("kim-barabai-timur", 40, "live flood post before the release", "Air masuk ke gedung arsip lama di Barabai, petugas sibuk mengangkat boks ke mobil bak. Semoga dokumen penting sempat diselamatkan."))

ann(id="a31", src="pemkab-kotabaru", t="2026-11-13 11:10",
    title="24 Desa Rawan Bencana di Kotabaru Terima Lemari Arsip Tahan Api",
    text="""KOTABARU – Pemerintah Kabupaten Kotabaru menyerahkan lemari arsip tahan api dan tahan air kepada 24 desa rawan banjir dan kebakaran di Kantor Bupati Kotabaru pada {D13}. Lemari akan dipakai menyimpan arsip vital desa.

Arsip vital yang wajib disimpan antara lain peta batas desa, surat tanah kas desa, peraturan desa dan buku induk penduduk. Setiap desa juga menerima pelatihan singkat tentang cara memilah arsip vital dan membuat salinan digitalnya. "Saat kebakaran di Sungai Bali tahun lalu, surat tanah desa ikut habis; kejadian itu tidak boleh terulang," kata Asisten Administrasi Umum Setda Kotabaru, Agus Salim Nasution.

Bantuan bersumber dari APBD Kotabaru 2026 senilai Rp312 juta. Dinas Perpustakaan dan Kearsipan akan memeriksa isi lemari di setiap desa pada Februari 2027. (mc-kotabaru/asn)""",
    S="Kotabaru serahkan lemari arsip tahan api/air ke 24 desa rawan bencana (APBD Rp312 juta) untuk peta batas, surat tanah kas desa, perdes dan buku induk penduduk; dicek Februari 2027.",
    L="Pemkab Kotabaru menyerahkan lemari arsip tahan api dan tahan air untuk 24 desa rawan banjir dan kebakaran, Jumat (13/11). Isinya wajib arsip vital: peta batas desa, surat tanah kas desa, perdes dan buku induk penduduk. Desa juga dilatih memilah dan menyalin arsip. Asisten III Agus Salim Nasution mengingatkan kebakaran di Sungai Bali tahun lalu yang menghanguskan surat tanah desa. Nilainya Rp312 juta; pengecekan Februari 2027.",
    P="24 desa rawan banjir wan kabakaran di Kotabaru dapat lamari arsip tahan api 🔥💧 Gasan manyimpan peta batas desa, surat tanah kas desa, perdes wan buku induk panduduk. Ingat kabakaran di Sungai Bali tahun tadi, surat tanah desa habis. Jangan sampai taulang lagi.",
    R="24 desa Kotabaru terima lemari arsip tahan api",
    N=[("kim-sebelimbingan", 70, "a house fire in a village, another event", "Kebakaran satu rumah di Sebelimbingan dini hari tadi, api cepat dipadamkan warga dan damkar. Tidak ada korban, dokumen keluarga sebagian terbakar."),
       ("kim-semayap", 4, "same Kantor Bupati same day, another handover", "Di Kantor Bupati Kotabaru siang ini juga diserahkan 24 unit motor dinas untuk penyuluh KB kecamatan."),
       ("kim-tanjung-lalak", 230, "a 2025 Rp312 juta road project, same amount another thing", "Jalan desa kami dibangun tahun lalu dengan dana Rp312 juta, sekarang sudah berlubang lagi di tiga titik. Mohon dinas PU cek.")],
    B=None)

ann(id="a32", src="dispersip-kalsel", t="2026-11-27 10:00",
    title="Dispersip Kalsel Susun Daftar Arsip Vital 13 Kabupaten/Kota Hadapi Musim Hujan",
    text="""BANJARBARU – Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Selatan mengumpulkan lembaga kearsipan 13 kabupaten/kota untuk menyusun daftar arsip vital menghadapi puncak musim hujan. Rapat berlangsung di Aula Dispersip Kalsel, Banjarbaru, pada {D27}.

Setiap daerah diminta mendata lokasi penyimpanan arsip vital, seperti sertifikat aset, peta batas dan dokumen kepegawaian, serta menandai gedung yang pernah terendam. Hasil sementara menunjukkan tujuh daerah masih menyimpan arsip vital di lantai dasar. "Daftar ini menjadi peta penyelamatan; saat banjir datang, petugas tahu boks mana yang diangkat lebih dulu," kata Kepala Dispersip Kalsel, Nurul Hikmah Baihaqi.

Daftar final ditargetkan rampung {E18}. Dispersip juga menyiapkan tim reaksi cepat penyelamatan arsip yang dapat dikirim ke daerah terdampak. (dispersip-kalsel/nh)""",
    S="Dispersip Kalsel dan 13 kabupaten/kota susun daftar arsip vital jelang puncak musim hujan; 7 daerah masih simpan arsip vital di lantai dasar. Daftar final 18 Desember, plus tim reaksi cepat.",
    L=None,
    P="Musim hujan sudah datang, Dispersip Kalsel mangumpulakan 13 kabupaten/kota maulah daftar arsip panting, sertifikat aset, peta batas, berkas pagawai ☔ Masih ada 7 daerah nang manyimpan di lantai bawah. Jar Bu Kadis, daftar ni gasan peta panyalamatan amun banjir.",
    R="Dispersip Kalsel susun daftar arsip vital 13 daerah",
    N=[("kim-sungai-besar", 5, "same Aula Dispersip same day, a librarian meeting", "Aula Dispersip Kalsel Banjarbaru sore ini dipakai pertemuan pustakawan sekolah se-Kalsel. Dibahas lomba perpustakaan sekolah tahun depan."),
       ("kim-berangas", 100, "BPBD flood alert for Batola, another warning", "BPBD Batola mengingatkan warga bantaran Sungai Barito di Alalak waspada air pasang tinggi tiga hari ke depan. Simpan dokumen penting di tempat tinggi."),
       ("kim-palampitan", 140, "HSU's own rapid-response drill, another event", "Dinas Arsip HSU simulasi penyelamatan dokumen saat banjir di halaman kantor Amuntai. Petugas berlatih mengangkat boks arsip ke perahu karet.")],
    B=None)

# ---- family L: rekrutmen & pelatihan mitra statistik ----
ann(id="a33", src="bps-kalsel", t="2026-11-08 09:00",
    title="BPS Kalsel Buka Rekrutmen Mitra Statistik 2027, Butuh 6.400 Orang",
    text="""BANJARBARU – BPS Provinsi Kalimantan Selatan membuka rekrutmen mitra statistik untuk kegiatan survei tahun 2027. Pendaftaran dibuka {D10} hingga {D24} melalui laman rekrutmen resmi BPS.

Sebanyak 6.400 mitra dibutuhkan di 13 kabupaten/kota, terdiri atas pencacah dan pengawas lapangan. Pelamar minimal berusia 18 tahun, berpendidikan SMA sederajat, mampu mengoperasikan ponsel pintar, dan diutamakan bertempat tinggal di wilayah tugas. Seleksi dilakukan melalui tes daring pada awal Desember. "Mitra bukan pegawai tetap; mereka dibayar per dokumen sesuai survei yang diikuti," kata Kepala BPS Provinsi Kalsel, Hendra Wiratmaja.

BPS menegaskan pendaftaran tidak dipungut biaya apa pun. Pengumuman hasil seleksi dijadwalkan pada pekan ketiga Desember 2026. (bps-kalsel/hms)""",
    S="BPS Kalsel rekrut 6.400 mitra statistik 2027 (pencacah & pengawas), daftar 10–24 November lewat laman resmi, min. SMA dan 18 tahun, tes daring awal Desember. Gratis.",
    L="BPS Kalsel membuka rekrutmen mitra statistik 2027, butuh 6.400 orang di 13 kabupaten/kota. Daftar Selasa 10 sampai Selasa 24 November di laman rekrutmen resmi BPS. Syarat: 18 tahun ke atas, minimal SMA, bisa pakai HP pintar, diutamakan warga wilayah tugas. Tes daring awal Desember, pengumuman pekan ketiga Desember. Kepala BPS Hendra Wiratmaja: mitra dibayar per dokumen, bukan pegawai tetap. Pendaftaran gratis.",
    P="Lowongan nah dangsanak! BPS Kalsel mancari 6.400 mitra statistik gasan 2027 👷 Daftar 10 sampai 24 November, minimal SMA umur 18, bisa pakai HP. Gratis, jangan mau disuruh bayar sapir-pun! Tapi ingat lah, bukan pagawai tetap, dibayar sa-dokumen.",
    R="BPS Kalsel rekrut 6.400 mitra statistik 2027",
    N=[("kim-kampung-baru", 60, "fake recruitment message asking a fee, denied", "Ada pesan berantai 'pendaftaran mitra BPS Tanbu bayar Rp150 ribu untuk seragam'. Itu HOAKS. Kata petugas BPS, pendaftaran gratis dan tidak ada seragam berbayar."),
       ("kim-sungai-danau", 150, "a mining company job vacancy, another recruitment", "Lowongan operator alat berat di salah satu kontraktor di Satui, syarat SIO dan pengalaman 2 tahun. Lamaran diantar ke kantor site, bukan lewat calo."),
       ("kim-pandawan", 420, "a village's own youth data volunteers, another activity", "Karang Taruna Pandawan membentuk relawan data desa, 12 pemuda membantu operator desa memperbarui data penduduk tiap bulan. Tidak digaji, tapi dapat sertifikat dari desa.")],
    B=None)

ann(id="a34", src="pemkab-tanah-laut", t="2026-11-14 13:00",
    title="Diskominfo Tala Buka Posko Bantu Daftar Mitra BPS di 11 Kecamatan",
    text="""PELAIHARI – Dinas Komunikasi dan Informatika Kabupaten Tanah Laut membuka posko bantuan pendaftaran mitra statistik BPS di 11 kantor kecamatan mulai {D16}. Posko ditujukan bagi warga yang kesulitan mengunggah berkas atau tidak memiliki kuota internet.

Setiap posko dilengkapi komputer dan jaringan Wi-Fi, dan dijaga satu operator kecamatan setiap hari kerja pukul 08.00–14.00 Wita. BPS Tanah Laut membutuhkan 520 mitra untuk tahun 2027, terutama di Kecamatan Jorong, Kintap dan Batu Ampar. "Anak muda di desa jangan sampai kehilangan kesempatan hanya karena sinyal," kata Kepala Diskominfo Tanah Laut, Yusuf Hamdani Rizal.

Posko dibuka hingga penutupan pendaftaran {D24}. Warga cukup membawa KTP, ijazah terakhir dan pas foto. (mc-tala/yhr)""",
    S="Diskominfo Tala buka posko bantu daftar mitra BPS di 11 kantor kecamatan (16–24 November, 08.00–14.00, komputer + Wi-Fi). BPS Tala butuh 520 mitra 2027; bawa KTP, ijazah, pas foto.",
    L=None,
    P="Amun handak daftar mitra BPS tapi kada baisi kuota, ka kantor camat haja, ada posko Diskominfo Tala di 11 kecamatan, ada komputer wan wifi 💻 Jam 8 sampai jam 2, sampai 24 November. Bawa KTP, ijazah wan pas foto. BPS Tala parlu 520 urang!",
    R="posko bantu daftar mitra BPS di 11 kecamatan Tala",
    N=[("kim-kintap", 40, "kecamatan office Wi-Fi for students, another service", "Kantor Camat Kintap sekarang punya Wi-Fi gratis di ruang tunggu, banyak pelajar datang sore untuk mengerjakan tugas. Dibuka sampai jam 5."),
       ("kim-karang-taruna", 6, "same Kadiskominfo same day, another event", "Kepala Diskominfo Tanah Laut hari ini meninjau menara telekomunikasi baru di Batu Ampar. Sinyal 4G di tiga desa sudah mulai bisa dipakai."),
       ("kim-tabanio", 300, "a job-seeker card (AK1) service at the kecamatan, another service", "Pelayanan kartu kuning (AK1) keliling Disnaker Tala hadir di Kantor Camat Takisung hari ini. Bawa KTP, ijazah terakhir dan pas foto.")],
    B=None)

ann(id="a35", src="pemkab-hsu", t="2026-11-22 10:20",
    title="BPS dan Pemkab HSU Latih 96 Petugas Survei Ubinan Palawija dan Survei Harga",
    text="""AMUNTAI – BPS Kabupaten Hulu Sungai Utara bersama Bagian Perekonomian Setda HSU melatih 96 mitra statistik untuk survei ubinan palawija dan survei harga produsen di Aula Bappelitbangda HSU, Amuntai, pada {D22}. Pelatihan berlangsung dua hari.

Peserta dibekali cara menimbang hasil panen jagung dan kacang tanah di plot sampel, serta mencatat harga jual di tingkat produsen. Sebanyak 40 peserta merupakan mitra baru dari Kecamatan Danau Panggang, Babirik dan Sungai Tabukan. "Petugas lapangan adalah wajah data kita; kalau mereka teliti, angka HSU bisa dipercaya," kata Asisten Perekonomian dan Pembangunan Setda HSU, Abdul Wahid Zakaria.

Pencacahan lapangan dimulai {D30} dan berakhir pertengahan Januari 2027. (mc-hsu/awz)""",
    S="BPS & Pemkab HSU latih 96 mitra (40 baru dari Danau Panggang, Babirik, Sungai Tabukan) untuk survei ubinan palawija dan harga produsen; lapangan 30 November–pertengahan Januari.",
    L=None,
    P="96 mitra BPS HSU dilatih maubin jagung wan kacang tanah wan mancatat rega produsen 🌽🥜 40 urang hanyar matan Danau Panggang, Babirik wan Sungai Tabukan. Turun lapangan 30 November. Jar Pak Asisten, patugas tuh muha data kita.",
    R="96 mitra BPS HSU dilatih survei ubinan palawija",
    N=[("kim-sungai-karias", 6, "same Aula Bappelitbangda same day, a stunting meeting", "Aula Bappelitbangda HSU sore ini dipakai rembuk stunting tingkat kabupaten. Desa dengan balita stunting terbanyak diminta menyusun rencana aksi."),
       ("kim-danau-panggang", 90, "a corn harvest at Danau Panggang, another event", "Panen jagung di lahan pasang surut Danau Panggang, 2 hektare milik poktan. Hasilnya dijual ke pengepul Amuntai Rp5.200 per kilo."),
       ("kim-palampitan", 260, "a later pencacahan sighting in Babirik, told after the period", "Tadi ada dua petugas BPS di kebun kacang tanah warga Babirik, menimbang hasil panen satu petak. Pemiliknya diberi kenang-kenangan buku catatan.")],
    B=None)

# ---- family M: wilkerstat / persiapan SP2030 ----
ann(id="a36", src="bps-kalsel", t="2026-11-24 14:00",
    title="BPS Kalsel Mulai Pemutakhiran Peta Wilkerstat 8.400 SLS untuk Persiapan SP2030",
    text="""BANJARBARU – BPS Provinsi Kalimantan Selatan memulai pemutakhiran peta Wilayah Kerja Statistik (Wilkerstat) untuk 8.400 satuan lingkungan setempat (SLS) pada {D24}. Kegiatan ini menjadi bagian persiapan Sensus Penduduk 2030.

Petugas akan menelusuri batas setiap RT dan menandai bangunan baru menggunakan citra satelit dan aplikasi peta. Ketua RT akan dilibatkan untuk memastikan batas wilayah sesuai kenyataan di lapangan, terutama di kawasan perumahan baru Banjarbaru dan Banjar. "Sensus yang baik dimulai dari peta yang benar; satu RT yang terlewat berarti ratusan warga tak terhitung," kata Kepala BPS Provinsi Kalsel, Hendra Wiratmaja.

Pemutakhiran berlangsung hingga Februari 2027. BPS meminta pemerintah desa dan kelurahan menyiapkan daftar RT terbaru. (bps-kalsel/hms)""",
    S="BPS Kalsel mulai pemutakhiran peta Wilkerstat 8.400 SLS (RT) untuk persiapan Sensus Penduduk 2030, sampai Februari 2027; ketua RT dilibatkan, desa/kelurahan siapkan daftar RT terbaru.",
    L="BPS Kalsel mulai memperbarui peta Wilkerstat untuk 8.400 SLS pada Selasa (24/11) sebagai persiapan Sensus Penduduk 2030. Petugas menyusuri batas RT dan menandai bangunan baru memakai citra satelit dan aplikasi peta, bersama ketua RT, terutama di perumahan baru Banjarbaru dan Banjar. Kepala BPS Hendra Wiratmaja: satu RT terlewat berarti ratusan warga tak terhitung. Berlangsung sampai Februari 2027.",
    P="Pak RT, siap-siap lah, patugas BPS kaina manyusur batas RT pian gasan peta Sensus Penduduk 2030 🗺️ Ada 8.400 RT sa Kalsel, sampai Februari 2027. Apalagi di parumahan hanyar Banjarbaru wan Banjar, jangan sampai ada RT nang tatinggal.",
    R="BPS mulai perbarui peta Wilkerstat 8.400 SLS",
    N=[("kim-syamsudin-noor", 80, "a new housing estate's RT split, another event", "Perumahan baru di Syamsudin Noor resmi dimekarkan jadi dua RT, RT 21 dan RT 22. Ketua RT baru dipilih lewat musyawarah malam tadi."),
       ("kim-lok-baintan", 150, "village boundary dispute meeting, another event", "Rapat penegasan batas desa antara Lok Baintan dan desa tetangga di kantor camat Sungai Tabuk. Patok batas akan dipasang ulang bulan depan."),
       ("kim-guntung-paikat", 4, "same Kepala BPS same day at another event", "Kepala BPS Kalsel Hendra Wiratmaja sore ini menjadi juri lomba infografis pelajar di Banjarbaru. Juara satu dari SMAN 1 Banjarbaru.")],
    B=None)

ann(id="a37", src="pemkab-tanbu", t="2026-11-26 13:30",
    title="Ketua RT di Tanah Bumbu Diminta Dampingi Petugas Peta Wilkerstat",
    text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu meminta seluruh ketua RT mendampingi petugas BPS yang memutakhirkan peta wilayah kerja statistik. Permintaan itu disampaikan dalam rapat bersama camat dan lurah di Kantor Bupati Tanah Bumbu pada {D26}.

BPS Tanah Bumbu mencatat 1.046 SLS yang harus ditelusuri, termasuk permukiman baru di sekitar kawasan industri Batulicin dan perkebunan di Kecamatan Kusan Hulu. Sejumlah RT hasil pemekaran belum tercatat dalam peta lama. "Kalau ada RT baru yang belum dilaporkan ke kecamatan, segera laporkan sebelum petugas datang," kata Asisten Pemerintahan Setda Tanah Bumbu, Andi Sulaiman Patiroi.

Penelusuran di Tanah Bumbu dimulai {D30} dan dijadwalkan selesai akhir Januari 2027. Camat diminta menyerahkan daftar RT terbaru paling lambat {E4}. (mc-tanbu/asp)""",
    S="Tanbu minta ketua RT dampingi petugas BPS peta Wilkerstat: 1.046 SLS, termasuk permukiman baru kawasan industri Batulicin dan Kusan Hulu; mulai 30 November, daftar RT terbaru paling lambat 4 Desember.",
    L=None,
    P="Pak RT di Tanbu, amun ada patugas BPS datang manyusur peta RT, dampingi lah 🙏 Ada 1.046 RT nang diukur, termasuk parumahan hanyar dakat kawasan industri Batulicin. RT hasil pemekaran nang balum dilapurakan, lakasi lapur ka kecamatan.",
    R="ketua RT Tanbu diminta dampingi petugas Wilkerstat",
    N=[("kim-pagatan", 50, "RT election in Pagatan, another event", "Pemilihan ketua RT 04 Kelurahan Pagatan digelar Minggu depan di musala. Calon ada dua orang, warga yang sudah punya KTP diharap datang."),
       ("kim-kampung-baru", 5, "same Kantor Bupati same day, another meeting", "Rapat persiapan Mappanretasi 2027 digelar di Kantor Bupati Tanah Bumbu siang ini. Jadwal pesta pantai Pagatan direncanakan April."),
       ("kim-sungai-danau", 200, "house numbering by the village, another activity", "Desa Sungai Danau memasang papan nama gang dan nomor rumah di RT 09, dibiayai dana desa. Selanjutnya RT 10 dan RT 11.")],
    B=None)

ann(id="a38", src="pemkot-banjarmasin", t="2026-11-27 15:30",
    title="Uji Coba Sensus Penduduk Daring Digelar di Kelurahan Kuin Cerucuk",
    text="""BANJARMASIN – BPS Kota Banjarmasin bersama Pemerintah Kota Banjarmasin menggelar uji coba pengisian sensus penduduk secara daring di Kelurahan Kuin Cerucuk pada {D27} hingga {E6}. Uji coba ini menjadi bahan persiapan Sensus Penduduk 2030.

Sebanyak 640 keluarga diminta mengisi formulir daring menggunakan nomor KK, sementara keluarga yang tidak mengisi akan didatangi petugas pada pekan berikutnya. Kantor kelurahan menyediakan pojok bantuan pengisian setiap hari. "Kami ingin tahu berapa persen warga yang mau mengisi sendiri dan di bagian mana mereka kesulitan," kata Wakil Wali Kota Banjarmasin, Khairul Umam Hidayat.

Hasil uji coba akan dilaporkan kepada BPS RI untuk memperbaiki aplikasi. Warga Kuin Cerucuk diminta mewaspadai tautan palsu yang tidak berakhiran go.id. (mc-bjm/kuh)""",
    S="Uji coba sensus penduduk daring di Kelurahan Kuin Cerucuk Banjarmasin 27 November–6 Desember: 640 keluarga isi formulir pakai nomor KK, yang tidak mengisi didatangi petugas; waspada tautan bukan go.id.",
    L="BPS Kota dan Pemko Banjarmasin menggelar uji coba sensus penduduk daring di Kuin Cerucuk, 27 November–6 Desember, persiapan SP2030. 640 keluarga diminta mengisi sendiri pakai nomor KK; yang tidak mengisi didatangi petugas pekan berikutnya. Ada pojok bantuan di kelurahan. Wawali Khairul Umam Hidayat ingin tahu berapa persen yang mau mengisi sendiri. Waspadai tautan palsu yang tidak berakhiran go.id.",
    P="Warga Kuin Cerucuk, ada uji coba sensus daring, 640 kaluarga diminta mangisi saurang pakai nomor KK 📱 Sampai 6 Desember. Amun bingung, ka pojok bantuan di kalurahan. Ingat, tautan nang kada baujung go.id itu palsu!",
    R="uji coba sensus penduduk daring di Kuin Cerucuk",
    N=[("kim-sungai-miai", 6, "same Wawali same day, another event", "Wakil Wali Kota Banjarmasin Khairul Umam Hidayat sore ini membuka lomba jukung hias di Sungai Kuin. Ada 28 jukung peserta."),
       ("kim-teluk-dalam", 80, "a fake census link, scam warning", "Awas link palsu 'sensus-penduduk-online.com' yang minta foto KTP dan KK. Itu bukan situs resmi! Situs pemerintah berakhiran go.id."),
       ("kim-pekauman", 160, "another kelurahan's question whether it also gets the trial", "Kelurahan Pekauman apakah ikut uji coba sensus online? Kata pak RT belum ada info, yang ditunjuk cuma satu kelurahan di Banjarmasin Utara.")],
    B=("kim-sungai-miai", 20, "posters seen before the release", "Di kantor Kelurahan Kuin Cerucuk sudah terpasang spanduk 'Isi Sendiri Data Keluargamu'. Sepertinya mau ada pendataan online mulai besok."))

# ---- a39, a40: BPS releases (family A) and arsip (family H) ----
ann(id="a39", src="bps-kalsel", t="2026-11-02 14:40",
    title="TPK Hotel Berbintang di Kalsel September 2026 Capai 56,8 Persen",
    text="""BANJARBARU – BPS Provinsi Kalimantan Selatan mencatat Tingkat Penghunian Kamar (TPK) hotel berbintang pada September 2026 sebesar 56,8 persen, naik 4,3 poin dibanding Agustus. Data itu dirilis dalam Berita Resmi Statistik pada {D2}.

Rata-rata lama menginap tamu hotel berbintang mencapai 1,74 malam, sedangkan tamu asing tercatat 1.212 kunjungan. Kenaikan TPK terjadi seiring banyaknya kegiatan pemerintahan dan pertemuan di Banjarmasin dan Banjarbaru. "Hotel non-bintang juga naik, tetapi lebih lambat, yaitu 1,2 poin," jelas Statistisi Ahli Madya BPS Kalsel, Rizky Amalia Putri.

BPS mengingatkan pengelola hotel untuk mengisi kuesioner bulanan secara lengkap agar data pariwisata daerah akurat. TPK Oktober akan dirilis awal Desember. (bps-kalsel/rap)""",
    S="BPS: TPK hotel berbintang Kalsel September 2026 56,8 persen (naik 4,3 poin), rata-rata menginap 1,74 malam, tamu asing 1.212 kunjungan.",
    L=None,
    P="Hotel babintang di Kalsel bulan September rami, kamar nang tahuni 56,8 persen jar BPS, naik 4,3 poin 🏨 Rata-rata tamu bamalam 1,74 malam. Banyak acara pamarintah di Banjarmasin wan Banjarbaru pang.",
    R="TPK hotel berbintang Kalsel September 56,8 persen",
    N=[("kim-teluk-dalam", 60, "a hotel's own promo, not the BPS figure", "Promo akhir tahun hotel di Jalan Lambung Mangkurat: menginap 2 malam gratis makan malam untuk 2 orang. Berlaku sampai 31 Desember."),
       ("kim-sungai-besar", 120, "56,8 persen meaning a kelurahan's own satisfaction survey", "Hasil survei kepuasan warga terhadap layanan Kelurahan Sungai Besar: 56,8 persen menilai puas, sisanya minta antrean dipercepat. Terima kasih atas masukannya."),
       ("kim-semayap", 200, "tourist arrivals to Pantai Gedambaan, local count", "Libur panjang kemarin Pantai Gedambaan dikunjungi sekitar 3.000 orang kata pengelola. Parkir penuh sampai sore.")],
    B=None)

ann(id="a40", src="dispersip-kalsel", t="2026-11-04 13:20",
    title="Dispersip Kalsel Latih 52 Arsiparis OPD Menilai Arsip Usul Musnah",
    text="""BANJARBARU – Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Selatan melatih 52 arsiparis dan pengelola arsip dari perangkat daerah provinsi untuk menilai arsip usul musnah. Bimbingan teknis berlangsung di Aula Dispersip Kalsel, Banjarbaru, pada {D4} dan {D5}.

Peserta belajar membaca jadwal retensi arsip, memilah arsip yang boleh dimusnahkan, yang harus dinilai ulang, dan yang wajib diserahkan sebagai arsip statis. Setiap peserta membawa contoh daftar arsip dari kantornya untuk dibedah bersama. "Salah memilah bisa berujung hilangnya bukti hukum, jadi pemusnahan tidak boleh asal bersih-bersih gudang," kata Kepala Bidang Pembinaan Kearsipan Dispersip Kalsel, Siti Raudah Fauziah.

Daftar arsip usul musnah dari setiap OPD harus masuk ke Dispersip paling lambat akhir Januari 2027 untuk diverifikasi. (dispersip-kalsel/srf)""",
    S="Dispersip Kalsel bimtek 52 arsiparis OPD provinsi menilai arsip usul musnah (4–5 November); daftar usul musnah tiap OPD masuk paling lambat akhir Januari 2027.",
    L=None,
    P="52 arsiparis kantor-kantor provinsi balajar di Dispersip Kalsel mamilah arsip nang bulih dimusnahakan wan nang kada 🗃️ Jar Bu Raudah, jangan asal babarasih gudang, kaina bukti hukum hilang. Daftarnya dikumpul paling lambat ujung Januari.",
    R="52 arsiparis OPD dilatih menilai arsip usul musnah",
    N=[("kim-keraton", 30, "a mosque's own record-keeping of donations, another activity", "Pengurus masjid di Keraton mulai mencatat kas infak di buku besar dan menyimpannya di lemari arsip masjid. Laporan ditempel tiap Jumat."),
       ("kim-sungai-alang", 120, "52 meaning the number of participants in another training", "Pelatihan pengolahan ikan untuk 52 ibu-ibu PKK Karang Intan selesai hari ini. Mereka belajar membuat abon haruan dan kerupuk ikan."),
       ("kim-sungai-besar", 8, "same Aula Dispersip same day, a book donation", "Aula Dispersip Kalsel sore ini juga menerima sumbangan 800 buku dari komunitas pecinta buku Banjarbaru untuk perpustakaan desa.")],
    B=None)
