# Hand-written releases a31-a40 of heldout55 (same layout as anns_a.py).

ANNS = [
dict(id="a31", src="pemkab-batola", at="11-11 15:10",
title="17 TKSK Barito Kuala Terima Sepeda Motor Operasional",
text="""MARABAHAN – Bupati Barito Kuala, H. Bahrul Ilmi, S.Sos., menyerahkan 17 unit sepeda motor operasional kepada Tenaga Kesejahteraan Sosial Kecamatan (TKSK) dari 17 kecamatan, Rabu (11/11/2026), di halaman Kantor Bupati Batola. Motor trail bertuliskan "Layanan Sosial" itu dibeli dari APBD 2026 untuk menjangkau desa-desa di ujung handil dan jalan tanah.

Bupati mengatakan selama ini TKSK memakai motor pribadi dan uang bensin sendiri. “Kalau ada warga lumpuh di Kuripan atau nenek terlantar di Tabukan, TKSK harus datang hari itu juga. Motor ini untuk kerja, bukan untuk dibawa ke pasar,” tegasnya.

Setiap TKSK menandatangani surat perjanjian pinjam pakai dan wajib mengisi buku perjalanan. Dinas Sosial Batola akan memeriksa kondisi motor setiap enam bulan. (diskominfo-batola/bi)""",
S="Bupati Batola serahkan 17 sepeda motor operasional untuk TKSK dari 17 kecamatan (11/11), dibeli APBD 2026 untuk menjangkau desa ujung handil. Pinjam pakai, wajib isi buku perjalanan, dicek tiap 6 bulan.",
L=None,
P="Bubuhan TKSK Batola wayahini kada lagi mamakai motor saurangan wan duit bensin saurangan 😄 Bupati manyarahakan 17 motor trail gasan TKSK 17 kecamatan, gasan manjangkau kampung di ujung handil. Tapi ingat jar Bupati, motor gasan bagawi, kada gasan ka pasar! 🏍️ #Batola",
N=[
("kim-tabunganen-muara", "11-11 19:15", "Hari ini juga 17 unit motor dinas diserahkan kepada penyuluh pertanian lapangan Batola di Balai Penyuluhan Marabahan. Penyuluh diminta rajin turun ke sawah.", "17 motorbikes for farm extension officers, another recipient"),
("kim-jejangkit-muara", "11-20 13:40", "TKSK Jejangkit datang ke desa kami naik motor barunya, mengecek seorang warga lumpuh yang baru dilaporkan. Warga sempat mengira petugas PLN karena motornya trail.", "a later visit told as a village story"),
("kim-marabahan-kota", "11-28 16:00", "Halaman Kantor Bupati Batola hari Sabtu ini dipakai pameran UMKM dan lomba mewarnai. Ada 40 stan kuliner.", "same yard, another event"),
],
B=[]),

dict(id="a32", src="pemkab-tapin", at="11-26 16:30",
title="Tapin Beri Penghargaan kepada 12 Pekerja Sosial Masyarakat Teladan",
text="""RANTAU – Pemerintah Kabupaten Tapin memberikan penghargaan kepada 12 Pekerja Sosial Masyarakat (PSM) teladan, masing-masing satu dari setiap kecamatan, Kamis (26/11/2026), di Gedung Pertemuan Rantau Baru. Mereka dinilai paling aktif mendampingi lansia, penyandang disabilitas dan keluarga miskin di desanya sepanjang 2026.

Wakil Bupati Tapin, H. Juanda, S.E., mengatakan para PSM bekerja tanpa gaji. “Mereka mengantar warga ke rumah sakit dengan motor sendiri, mengurus surat di malam hari. Penghargaan ini kecil dibanding kerja mereka,” ujarnya.

Setiap PSM teladan menerima piagam, seragam dan tabungan pendidikan untuk anaknya. PSM teladan dari Kecamatan Binuang, Hj. Siti Aminah, akan mewakili Tapin pada pemilihan PSM berprestasi tingkat provinsi tahun depan. (diskominfo-tpn/jd)""",
S="Pemkab Tapin beri penghargaan 12 Pekerja Sosial Masyarakat teladan, satu per kecamatan (26/11) di Gedung Pertemuan Rantau Baru; Hj. Siti Aminah dari Binuang mewakili Tapin ke tingkat provinsi.",
L=None,
P="Salamat gasan 12 urang PSM teladan Tapin, sabuting matan tiap kecamatan 👏 Bagawi kada bagaji, maantar warga ka rumah sakit pakai motor saurangan, maurus surat sampai malam. Samalam dibari piagam wan tabungan pendidikan gasan anak. Hj. Siti Aminah matan Binuang kaina mawakili Tapin ka provinsi. Mantap ulun bangga!",
N=[
("kim-binuang", "11-30 10:00", "Kader posyandu teladan Kecamatan Binuang tahun ini diraih Ibu Rusmiati dari Desa Raya Belanti. Beliau akan mewakili Tapin di lomba kader tingkat provinsi.", "a posyandu-cadre award in Binuang, another award"),
("kim-hatungun", "11-26 20:30", "Gedung Pertemuan Rantau Baru siang tadi juga dipakai pelantikan 12 kepala desa hasil pilkades antarwaktu.", "same venue, same day; 12 means village heads"),
("kim-hatungun", "12-03 09:00", "PSM di desa kami kerjanya luar biasa tapi tidak pernah dapat penghargaan. Semoga tahun depan penilaiannya lebih terbuka, jangan hanya yang dekat dengan kecamatan.", "a complaint; no facts of the awards"),
],
B=[("kim-hatungun", "11-25 18:40", "Besok di Rantau ada penyerahan penghargaan PSM teladan. Kabarnya PSM dari Hatungun ikut dipanggil, semoga betul!", "hearsay the evening before the award")]),

dict(id="a33", src="pemprov-kalsel", at="11-24 13:00",
title="Puncak HKSN 2026 Kalsel Digelar di Batulicin, Target 1.000 Kantong Darah dan 40 Bedah Rumah",
text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menetapkan Batulicin, Tanah Bumbu, sebagai tuan rumah puncak peringatan Hari Kesetiakawanan Sosial Nasional (HKSN) 2026 pada 20 Desember. Keputusan itu diambil dalam rapat koordinasi bersama 13 kabupaten/kota di Kantor Gubernur Kalsel, Selasa (24/11/2026).

Gubernur Kalimantan Selatan, H. Muhidin, mengajak seluruh kabupaten/kota mengisi bulan kesetiakawanan dengan aksi nyata. “Targetnya 1.000 kantong darah, 40 rumah warga miskin dibedah dan dapur umum untuk 5.000 porsi di hari puncak. Kesetiakawanan harus terasa sampai ke kampung,” ujarnya.

Rangkaian HKSN dimulai dengan donor darah serentak pada 1 Desember. Perusahaan, Baznas dan organisasi kemasyarakatan diundang bergabung melalui Dinas Sosial Provinsi, yang juga membuka posko relawan. (biro-adpim/hm)""",
S="Puncak HKSN 2026 Kalsel di Batulicin, Tanah Bumbu, 20 Desember (rakor 24/11). Target 1.000 kantong darah, 40 bedah rumah warga miskin, dapur umum 5.000 porsi; donor darah serentak 1 Desember.",
L="""Batulicin, Tanah Bumbu, jadi tuan rumah puncak Hari Kesetiakawanan Sosial Nasional (HKSN) 2026 tingkat Kalsel pada 20 Desember. Keputusan ini diambil dalam rakor di Kantor Gubernur, Selasa (24/11).

Gubernur H. Muhidin memasang target 1.000 kantong darah, 40 rumah warga miskin dibedah dan dapur umum 5.000 porsi di hari puncak. Rangkaian HKSN dimulai dengan donor darah serentak 1 Desember; perusahaan, Baznas dan ormas bisa bergabung lewat Dinsos Provinsi.""",
P="Tahun ini puncak HKSN Kalsel di Batulicin lah, 20 Desember. Jar Gubernur targetnya 1.000 kantung darah, 40 rumah urang miskin dibedah, dapur umum 5.000 porsi. Dimulai donor darah sarentak 1 Desember. Ayo bubuhan Tanbu, umpat basumbang darah 🩸🤝 #HKSN2026",
N=[
("kim-batulicin", "12-01 11:30", "Donor darah serentak di Batulicin pagi ini dapat 86 kantong di halaman kantor Dinsos Tanbu. Yang belum sempat bisa datang ke PMI sampai sore.", "the 1 Dec blood drive in Batulicin with its own count"),
("kim-pagatan", "11-27 14:00", "PMI Tanah Bumbu mengingatkan stok darah golongan O tinggal 12 kantong. Warga yang sehat diharapkan mendonorkan darah di UDD PMI Batulicin.", "a PMI stock appeal, not HKSN"),
("kim-mantewe", "12-04 16:20", "Katanya rumah-rumah yang dibedah waktu HKSN nanti sudah ada daftarnya dari desa. Rumah kami sudah difoto petugas, tapi belum ada kabar lagi.", "hearsay about the house list; no official facts"),
],
B=[]),

dict(id="a34", src="pemkab-tanah-laut", at="11-27 11:30",
title="Bulan Kesetiakawanan Tanah Laut Dimulai, Seribu Paket untuk Lansia Tunggal Dikumpulkan",
text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut membuka Bulan Kesetiakawanan Sosial di Lapangan Parade Pelaihari, Jumat (27/11/2026). Selama 27 November hingga 20 Desember, warga, sekolah dan perusahaan diajak mengumpulkan seribu paket kebutuhan harian bagi lansia yang tinggal sendiri di 11 kecamatan.

Bupati Tanah Laut, H. Rahmat Trianto, S.Sos., mengatakan paket berisi sabun, selimut, susu, obat gosok dan kebutuhan dapur. “Lansia tunggal jangan hanya dikunjungi saat kamera ada. Setiap RT bisa mengangkat satu nenek atau kakek sebagai keluarga sendiri,” ujarnya.

Titik pengumpulan paket ada di kantor kecamatan dan Dinas Sosial Tanah Laut. Paket dibagikan oleh kader desa dan TKSK pada pekan ketiga Desember. (diskominfo-tala/rt)""",
S="Pemkab Tanah Laut buka Bulan Kesetiakawanan Sosial (27/11–20/12) di Lapangan Parade Pelaihari: kumpulkan 1.000 paket kebutuhan harian untuk lansia tunggal di 11 kecamatan, titik kumpul kecamatan dan Dinsos; dibagikan pekan ketiga Desember.",
L=None,
P="Bubuhan Tala, ayo umpat! Mulai samalam sampai 20 Desember ada Bulan Kesetiakawanan, mangumpulakan saribu paket gasan kai nini nang diam saurangan di 11 kecamatan: sabun, salimut, susu, minyak urut, barang dapur. Antar ka kantor kecamatan atawa Dinsos Tala. Jar Bupati, tiap RT kawa maangkat sorang nini atawa kai jadi keluarga 🤲",
N=[
("kim-angsau", "11-28 07:30", "Lapangan Parade Pelaihari pagi ini ramai senam massal dan jalan sehat HUT Korpri. Ada doorprize kulkas dan sepeda.", "same field the next day, another event"),
("kim-kintap", "12-05 10:00", "Siswa SDN 1 Kintap mengumpulkan 75 paket sabun, susu dan selimut untuk nenek-nenek yang tinggal sendiri di sekitar sekolah. Diantar langsung oleh guru dan murid.", "a school's own drive with its own count"),
("kim-kintap", "11-27 19:00", "Bupati Tala H. Rahmat Trianto sore ini meninjau jalan rusak di Kintap yang dikeluhkan warga. Perbaikan dijanjikan awal tahun.", "same Bupati the same day, a road"),
("kim-takisung", "12-02 15:45", "Karang Taruna Takisung mengantar paket ke 12 lansia tunggal di desa. Paketnya dari sumbangan warga dan pemilik tambak.", "a village youth group's own delivery"),
],
B=[]),

dict(id="a35", src="bpbd-kalsel", at="11-26 14:10",
title="Gudang Logistik Regional Utara Diresmikan di Amuntai, Percepat Bantuan ke Lima Kabupaten Banua Enam",
text="""AMUNTAI – Badan Penanggulangan Bencana Daerah Provinsi Kalimantan Selatan meresmikan Gudang Logistik Regional Utara di Amuntai, Kamis (26/11/2026). Gudang seluas 450 meter persegi itu melayani Hulu Sungai Utara, Hulu Sungai Tengah, Hulu Sungai Selatan, Balangan dan Tabalong.

Kepala Pelaksana BPBD Kalsel, Ir. H. Raden Suria Fadliansyah, M.T., mengatakan selama ini bantuan dari gudang di Banjarbaru butuh enam hingga delapan jam perjalanan ke desa-desa rawa. “Dengan gudang di Amuntai, perahu karet, tenda keluarga dan genset bisa tiba di lokasi dalam dua jam,” ujarnya.

Gudang kini menyimpan 40 perahu karet, 120 tenda keluarga, 30 genset dan 2.000 paket makanan siap saji. Stok diperbarui setiap tiga bulan bersama Dinas Sosial provinsi. (bpbd-kalsel/rs)""",
S="BPBD Kalsel resmikan Gudang Logistik Regional Utara di Amuntai (26/11), 450 m², untuk HSU, HST, HSS, Balangan, Tabalong: 40 perahu karet, 120 tenda keluarga, 30 genset, 2.000 paket makanan siap saji.",
L=None,
P="Bubuhan Banua Anam, wayahini BPBD Kalsel baisi gudang logistik di Amuntai, luasnya 450 meter. Isinya 40 parahu karet, 120 tenda, 30 genset, 2.000 paket makanan. Jadi amun banyu ganal, bantuan kada lagi lawas matan Banjarbaru anam sampai walu jam, dua jam haja sudah sampai 🛶 #SiagaBencana",
N=[
("kim-sungai-malang", "11-30 10:20", "BPBD HSU hari ini melatih 40 relawan desa mengemudikan perahu karet di Sungai Tabalong. Latihan berlanjut dua hari.", "a boat-driving training with another 40"),
("kim-babirik", "11-26 18:00", "Gudang pupuk kios tani di Babirik kebanjiran pupuk subsidi jatah musim tanam. Petani diminta menebus sesuai RDKK.", "a fertiliser store; no disaster logistics"),
("kim-tanjung", "12-04 13:10", "Tabalong kapan punya gudang logistik sendiri? Tiap banjir di Muara Uya bantuan selalu telat. Jangan semua ditaruh di Amuntai.", "a complaint; no facts of the warehouse"),
],
B=[("kim-sungai-malang", "11-25 16:30", "Besok ada peresmian gedung baru di jalan lingkar Amuntai, katanya gudang bencana milik provinsi. Jalan depan mungkin ditutup sebentar.", "road notice the day before the opening")]),

dict(id="a36", src="pemkab-kotabaru", at="11-17 16:50",
title="22 Pengasuh dari Tujuh Panti Asuhan Kotabaru Ikuti Bimtek Standar Pengasuhan",
text="""KOTABARU – Dinas Sosial Kabupaten Kotabaru menggelar bimbingan teknis standar pengasuhan bagi 22 pengasuh dari tujuh Lembaga Kesejahteraan Sosial Anak (LKSA), Selasa (17/11/2026), di Aula Bamega Kantor Bupati Kotabaru. Materi meliputi disiplin tanpa kekerasan, pencatatan perkembangan anak dan cara menjaga hubungan anak dengan keluarga kandungnya.

Sekretaris Daerah Kotabaru, H. Eka Saprudin, S.Pd., M.M., mengatakan pengasuh adalah pengganti orang tua bagi anak panti. “Anak-anak tidak boleh dibentak atau dipukul atas nama mendidik. Pengasuh juga perlu dilatih, bukan hanya diberi tugas,” katanya.

Bimtek berlangsung dua hari dengan narasumber dari Dinas Sosial Provinsi dan psikolog. Setiap LKSA wajib menyusun rencana pengasuhan anak hingga akhir Desember. (humas-ktb/es)""",
S="Dinsos Kotabaru gelar bimtek standar pengasuhan untuk 22 pengasuh dari 7 LKSA (17–18/11) di Aula Bamega: disiplin tanpa kekerasan, catatan perkembangan anak, hubungan dengan keluarga kandung.",
L=None,
P="Pangasuh panti asuhan di Kotabaru, 22 urang matan 7 panti, balajar cara maasuh nang baik di Aula Bamega, dua hari. Jar Sekda, kakanakan panti kada bulih dibantak atawa dipukul ngarannya mandidik. Pangasuh jua parlu dilatih 👍",
N=[
("kim-stagen", "11-24 15:00", "Anak-anak panti asuhan di Stagen ikut lomba cerdas cermat antar-TPA tingkat kecamatan dan meraih juara dua. Selamat!", "orphans winning a quiz; no training"),
("kim-serongga", "11-17 20:10", "Aula Bamega hari ini juga menjadi tempat rapat persiapan Festival Saijaan. Panitia membahas 22 mata lomba.", "same hall, same day; 22 means contests"),
("kim-hampang", "12-01 16:30", "Panti asuhan di Hampang belum pernah ikut pelatihan apa pun dari kabupaten. Jaraknya jauh dan jalannya rusak kalau hujan. Semoga ada pelatihan di kecamatan.", "a complaint from a home not invited"),
],
B=[]),

dict(id="a37", src="pemkab-balangan", at="11-07 12:30",
title="146 Petugas Groundcheck DTSEN Balangan Dilatih Sebelum Turun ke Lapangan",
text="""PARINGIN – Dinas Sosial Kabupaten Balangan melatih 146 petugas verifikasi lapangan Data Tunggal Sosial Ekonomi Nasional (DTSEN), Sabtu (7/11/2026), di Gedung Pertemuan Paringin. Petugas yang berasal dari pendamping sosial, operator desa dan TKSK itu akan mendatangi 3.920 rumah tangga desil 1 dan 2 di delapan kecamatan.

Kepala Dinas Sosial Balangan, H. Taufik Rahman Noor, S.Hut., M.Si., meminta petugas memotret rumah dari depan, samping dan dapur sesuai panduan. “Jangan mengisi dari balai desa. Data yang tidak dicek ke rumah akan kami kembalikan,” ujarnya.

Verifikasi di Balangan dimulai Senin (9/11/2026) dan harus selesai dalam tiga pekan. Setiap petugas membawa surat tugas bertanda tangan Kepala Dinas Sosial dan mengenakan rompi bertuliskan Groundcheck DTSEN. (diskominfo-blg/tr)""",
S="Dinsos Balangan latih 146 petugas groundcheck DTSEN (7/11) di Gedung Pertemuan Paringin; mulai 9/11 mereka datangi 3.920 rumah tangga desil 1–2 di 8 kecamatan selama 3 pekan, bawa surat tugas dan rompi.",
L=None,
P="Bubuhan Balangan, mulai Senin kaina ada patugas barompi 'Groundcheck DTSEN' datang ka rumah. Ada 146 urang nang sudah dilatih di Gedung Pertemuan Paringin, mandatangi 3.920 rumah tangga desil 1 wan 2 di walu kecamatan. Rumah difoto matan hadapan, samping wan dapur. Tarima haja, asal bawa surat tugas 👍",
N=[
("kim-juai", "11-16 14:30", "Petugas berompi datang ke rumah-rumah di Juai memotret dapur dan kamar mandi. Ternyata petugas survei sanitasi dari Dinkes untuk program jamban sehat.", "another survey photographing kitchens (sanitation)"),
("kim-halong", "11-07 20:15", "Gedung Pertemuan Paringin hari ini dipakai gladi resik pelantikan pengurus KNPI Balangan. Pelantikan besok pagi.", "same venue, same day, another event"),
("kim-juai", "11-28 09:40", "Sudah tiga minggu, rumah kami belum didatangi petugas verifikasi data. Padahal tetangga sudah. Apa kami tidak masuk daftar?", "a complaint near the end; no training facts"),
],
B=[]),

dict(id="a38", src="pemkab-banjar", at="11-24 17:20",
title="Lima Panti Asuhan di Martapura Terima Perlengkapan Dapur Sehat dan Pelatihan Gizi",
text="""MARTAPURA – Pemerintah Kabupaten Banjar melalui Dinas Sosial menyerahkan perlengkapan dapur sehat kepada lima panti asuhan di Martapura, Selasa (24/11/2026). Setiap panti menerima kompor gas dua tungku, lemari pendingin, rak piring tertutup dan timbangan makanan, disertai pelatihan gizi bagi juru masak.

Wakil Bupati Banjar, H. Habib Idrus Al Habsyi, S.Ag., M.I.Kom., mengatakan 240 anak di lima panti itu makan dari dapur yang sama setiap hari. “Kalau dapurnya bersih dan menunya seimbang, kesehatan anak ikut terjaga. Juru masak panti adalah garda depan gizi anak,” ujarnya.

Pelatihan gizi diberikan ahli gizi dari Dinas Kesehatan Banjar selama dua hari. Dinsos Banjar akan memantau menu mingguan panti melalui kunjungan bulanan. (diskominfo-banjar/hi)""",
S="Pemkab Banjar serahkan perlengkapan dapur sehat ke 5 panti asuhan di Martapura (24/11): kompor 2 tungku, kulkas, rak piring tertutup, timbangan; juru masak dilatih gizi 2 hari. 240 anak makan dari dapur itu.",
L=None,
P="Lima panti asuhan di Martapura samalam dibari pakakas dapur sehat matan Pemkab Banjar: kompor dua tungku, kulkas, rak piring batutup, timbangan. Juru masaknya dilatih gizi dua hari lawan ahli gizi Dinkes. Ada 240 kakanakan nang makan matan dapur itu tiap hari, mudahan sehat barataan 🍲",
N=[
("kim-sungai-tabuk-keramat", "11-27 10:50", "Dapur SPPG Sungai Tabuk mulai memasak makan bergizi untuk 2.400 siswa. Juru masaknya 40 orang warga sekitar.", "a school-meal kitchen, another programme"),
("kim-kiram", "11-24 21:00", "Wabup Banjar H. Habib Idrus Al Habsyi malam ini menghadiri haul di Karang Intan bersama ribuan jemaah.", "same Wabup the same day, a haul"),
("kim-pengaron", "12-02 13:20", "Panti asuhan di Pengaron juga butuh kulkas dan kompor, yang sekarang sudah rusak. Kenapa yang dapat hanya di Martapura? Mohon perhatian Dinsos.", "a complaint from a home not included"),
],
B=[]),

dict(id="a39", src="pemkot-banjarbaru", at="11-23 16:05",
title="40 Petugas Mal Pelayanan Publik Banjarbaru Belajar Bahasa Isyarat",
text="""BANJARBARU – Pemerintah Kota Banjarbaru melatih 40 petugas Mal Pelayanan Publik (MPP) dan loket perangkat daerah berbahasa isyarat Indonesia (Bisindo), Senin (23/11/2026). Pelatihan lima kali pertemuan di aula MPP ini dipandu dua pengajar Tuli dari Gerkatin Banjarbaru.

Wakil Wali Kota Banjarbaru, Wartono, S.Pd., M.Pd., mengatakan warga Tuli sering pulang tanpa hasil karena petugas tidak memahami maksud mereka. “Minimal petugas bisa menyapa, bertanya keperluan dan menjelaskan syarat berkas. Sisanya kita tulis bersama,” ujarnya.

Petugas yang lulus akan mengenakan pin bertuliskan "Saya Bisa Bisindo" agar mudah dikenali. Pemkot menargetkan setiap loket layanan di MPP memiliki minimal satu petugas Bisindo pada Januari 2027. (kominfo-bjb/wt)""",
S="Pemkot Banjarbaru latih 40 petugas MPP dan loket perangkat daerah berbahasa isyarat Bisindo (mulai 23/11), 5 pertemuan, pengajar Tuli dari Gerkatin. Lulusan pakai pin 'Saya Bisa Bisindo'.",
L=None,
P="Nah ini baru bagus 👏 40 urang patugas MPP Banjarbaru balajar bahasa isyarat Bisindo, diajari dua urang guru Tuli matan Gerkatin. Nang lulus kaina pakai pin 'Saya Bisa Bisindo'. Jadi dangsanak Tuli kada bulik hampa lagi amun maurus barkas 🤟",
N=[
("kim-bangkal", "11-27 11:15", "MPP Banjarbaru hari ini membuka layanan perpanjangan SIM sampai pukul 19.00 khusus akhir bulan. Antrean dibatasi 150 orang.", "same MPP, another service"),
("kim-loktabat-utara", "11-23 19:30", "Wawali Banjarbaru Wartono sore tadi melepas 40 peserta Jambore PKK ke Tanah Laut.", "same Wawali the same day; 40 means PKK members"),
("kim-bangkal", "12-03 14:00", "Hari Disabilitas di sekolah luar biasa Banjarbaru dirayakan dengan pentas tari isyarat oleh 25 murid Tuli. Orang tua hadir menyaksikan.", "an SLB's own celebration"),
],
B=[]),

dict(id="a40", src="pemkab-tabalong", at="11-25 15:35",
title="Dinsos Tabalong Buka Layanan Servis dan Ganti Baterai Alat Bantu Dengar Gratis",
text="""TANJUNG – Dinas Sosial Kabupaten Tabalong membuka layanan servis dan penggantian baterai alat bantu dengar (ABD) gratis di Kantor Dinas Sosial Tabalong, Rabu (25/11/2026). Pada hari pertama, 38 pengguna ABD dari Tanjung, Murung Pudak dan Kelua memeriksakan alatnya, 11 di antaranya harus mengganti selang dan cetakan telinga.

Kepala Dinas Sosial Tabalong, H. Rusdiansyah Noor, S.H., mengatakan banyak ABD bantuan tidak lagi dipakai hanya karena baterainya habis. “Baterai kecil ini sulit dicari di toko dan harganya mahal bagi lansia. Jangan sampai alat yang bagus tersimpan di laci,” ujarnya.

Layanan dibuka setiap Rabu pukul 09.00–12.00 WITA hingga akhir Desember. Setiap pengguna mendapat enam baterai cadangan dan kartu servis. (prokom-tbl/ry)""",
S="Dinsos Tabalong buka servis dan ganti baterai alat bantu dengar gratis tiap Rabu 09.00–12.00 sampai akhir Desember (mulai 25/11); hari pertama 38 pengguna, 11 ganti selang dan cetakan telinga; dapat 6 baterai cadangan.",
L=None,
P="Kai nini nang baisi alat bantu dangar tapi kada dipakai lagi gara-gara batrenya habis, bawa ka Dinsos Tabalong tiap Rabu jam 9 sampai 12, gratis diservis wan diganti batrenya, dibari 6 batre cadangan. Hari partama ada 38 urang datang. Jangan disimpan di laci haja lah alatnya 👂",
N=[
("kim-haruai", "12-02 11:00", "Rabu ini layanan servis alat bantu dengar di Dinsos Tabalong didatangi 19 lansia dari Haruai dan Muara Uya, diantar mobil desa. Terima kasih Pak Pembakal.", "a later Wednesday's own visit from Haruai (19 elders)"),
("kim-mabuun", "11-29 10:30", "Puskesmas Mabuun mengadakan pemeriksaan pendengaran gratis untuk 38 siswa SD sebagai bagian dari UKS. Dua anak dirujuk ke dokter THT.", "a school hearing screening with the same 38"),
("kim-haruai", "11-25 19:45", "Kadinsos Tabalong H. Rusdiansyah Noor hari ini juga meninjau rumah warga Haruai yang terbakar dan menyerahkan paket sembako dan tikar.", "same Kadinsos the same day at a house fire"),
("kim-tanjung", "11-27 09:15", "Toko optik di Tanjung menjual baterai alat bantu dengar Rp15 ribu per keping. Yang mau beli sendiri bisa ke sana.", "a shop's price notice; no Dinsos service"),
],
B=[]),
]
