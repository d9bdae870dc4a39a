# Hand-written releases of heldout43, families 1-7, with the posts that hang on each release.
# [[d/m]] in a release is expanded by build.py to "Weekday (d/m/2026)".
# look: (day offset from the release, text, how it differs); before: (hours before the release, text, how it differs)

ANNS_A = [
dict(id="a01", src="pemkot-banjarmasin", at="11-02 15:10", region="Kota Banjarmasin",
 title="Damkar dan PDAM Bandarmasih Uji 146 Hidran, 38 Tidak Berfungsi",
 text="""BANJARMASIN – Dinas Pemadam Kebakaran dan Penyelamatan (Damkar) Kota Banjarmasin bersama PDAM Bandarmasih mulai menguji seluruh hidran kebakaran milik kota pada [[2/11]]. Pengujian berlangsung hingga 13 November dan menyasar 146 hidran di lima kecamatan.

Dari pemeriksaan awal di Banjarmasin Tengah dan Banjarmasin Selatan, 38 hidran tidak mengeluarkan air atau katupnya macet. "Hidran yang mati sama saja dengan tidak punya hidran. Saat kebakaran di permukiman padat, setiap menit sangat berarti," kata Kepala Damkar Kota Banjarmasin, Rusdiansyah Mahrif.

Hidran yang rusak akan diperbaiki PDAM secara bertahap mulai pekan depan, dimulai dari kawasan Kelayan dan Pekapuran. Warga diminta tidak menutup hidran dengan lapak atau parkir kendaraan. Pemeriksaan juga mencatat hidran yang tertutup aspal. (humas-bjm/rn)""",
 short="Damkar & PDAM uji 146 hidran Banjarmasin sampai 13 Nov. Hasil awal: 38 hidran mati/katup macet. Jangan tutup hidran pakai lapak atau parkir ya.",
 long="""Pemeriksaan hidran di Banjarmasin: Damkar kota bersama PDAM Bandarmasih mengecek 146 hidran di lima kecamatan, 2 sampai 13 November. Dari cek awal di Banjarmasin Tengah dan Selatan, 38 hidran tidak keluar air atau katupnya macet. Perbaikan oleh PDAM dimulai pekan depan dari Kelayan dan Pekapuran. Kepala Damkar Rusdiansyah Mahrif mengingatkan, hidran mati sama dengan tidak ada hidran.""",
 para="Dangsanak, hidran nang di pinggir jalan tuh kada samunyaan hidup lah. Bubuhan Damkar wan PDAM maiji 146 buting, talu puluh walu kadada banyunya atawa katupnya macet. Kaina dibaiki mulai di Kelayan wan Pekapuran. Jangan ditutupi lapak atawa motor pang 🙏🚒",
 look=[(9, "Hidran di depan langgar RT 07 Basirih Selatan akhirnya dicat ulang warga. Tiap Jumat bersih-bersih kami cek juga pakai selang, alhamdulillah masih keluar air deras. Terima kasih bubuhan pemuda yang mau repot 🙏", "a residents' repaint and own test of one hydrant in Basirih, no city test, no 146/38"),
       (-330, "Kilas balik Desember 2025: waktu kebakaran di Pekapuran Raya, mobil damkar harus menyedot air sungai karena hidran terdekat kering. Semoga tahun ini tidak terulang.", "a memory of a 2025 fire, not the 2026 test"),
       (4, "Banjarbaru juga katanya mau pasang hidran baru di Cempaka, tapi sampai sekarang kami belum lihat tukangnya. Ada yang tahu jadwalnya?", "a question about Banjarbaru's new hydrants (another city, not the Banjarmasin test)")],
 before=(20, "Besok pagi petugas PDAM dan damkar keliling buka hidran di Jl. Pangeran Samudera, mohon kendaraan jangan parkir di dekat hidran dulu ya. Air mungkin keruh sebentar.", "the eve notice, posted before the test was announced")),

dict(id="a02", src="pemkot-banjarbaru", at="11-10 10:40", region="Kota Banjarbaru",
 title="Pemkot Banjarbaru Pasang 24 Hidran Baru di Cempaka dan Landasan Ulin",
 text="""BANJARBARU – Pemerintah Kota Banjarbaru memasang 24 hidran kebakaran baru di Kecamatan Cempaka dan Liang Anggang. Pekerjaan senilai Rp1,9 miliar itu dimulai [[10/11]] dan ditargetkan rampung akhir Desember 2026.

Sebanyak 14 hidran dipasang di sepanjang Jalan Mistar Cokrokusumo dan 10 hidran di kawasan Landasan Ulin, yang selama ini jauh dari sumber air. "Dengan hidran baru ini, waktu isi ulang mobil pemadam bisa dipangkas dari 25 menit menjadi sekitar 8 menit," ujar Kepala Dinas Pemadam Kebakaran Kota Banjarbaru, Hendra Saputra Noor.

Setelah terpasang, Damkar akan melatih ketua RT di sekitar hidran agar bisa membuka katup dengan benar sambil menunggu petugas. Lokasi setiap hidran juga akan ditandai cat merah di tepi jalan. (mc-bjb/hs)""",
 short="Banjarbaru pasang 24 hidran baru (Cempaka 14, Landasan Ulin 10), Rp1,9 M, target selesai akhir Des. Isi ulang mobil damkar dari 25 jadi 8 menit.",
 long=None,
 para="Bubuhan Cempaka wan Landasan Ulin, hanyar ada kabar baik nah: duapuluh ampat hidran hanyar dipasang Pemkot, ampat walas di Mistar Cokrokusumo, sapuluh di Landasan Ulin. Mun sudah jadi, mobil damkar kada lawas lagi manunggu banyu. Kaina ketua RT dilatih mambuka katupnya jua.",
 look=[(12, "Latihan membuka katup hidran untuk ketua RT se-Kelurahan Loktabat Utara sudah dilaksanakan Sabtu kemarin di halaman kantor lurah. 21 ketua RT hadir, materi dari Damkar, ditutup simulasi selang.", "a hydrant-valve session in Loktabat Utara with its own 21 RT heads, not the 24 new hydrants"),
       (-20, "Kebakaran lahan di belakang perumahan Bangkal sore tadi berhasil dipadamkan, tapi mobil damkar bolak-balik cari air ke kolam warga. Semoga ke depan ada hidran di sini.", "a land fire and a wish, before and apart from the hydrant project"),
       (6, "Pemkot Banjarbaru juga memasang 24 titik lampu jalan tenaga surya baru di Jalan Mistar Cokrokusumo minggu ini. Kalau malam lewat sana sekarang terang.", "the same count 24 and the same road, but street lights")],
 before=None),

dict(id="a03", src="pemkab-hsu", at="11-18 13:25", region="Kabupaten Hulu Sungai Utara",
 title="Enam Hidran Pasar Amuntai Kembali Tersambung ke Pipa PDAM",
 text="""AMUNTAI – Enam hidran kebakaran di kompleks Pasar Amuntai yang bertahun-tahun kering kini kembali tersambung ke jaringan PDAM. Penyambungan selesai [[18/11]] setelah pipa lama diganti sepanjang 420 meter.

Uji coba bersama Damkar HSU menunjukkan tekanan air cukup untuk dua selang sekaligus. "Pasar adalah titik paling rawan kebakaran di Amuntai. Kios berdempet, banyak kabel. Hidran harus siap kapan pun," kata Sekretaris Daerah HSU, Fahrurazi Ilham, saat meninjau uji coba.

Pemkab juga meminta pedagang tidak menaruh barang di depan hidran. Damkar HSU akan memeriksa keenam hidran itu setiap awal bulan dan mengajarkan cara memakainya kepada petugas keamanan pasar. Uji tekanan berikutnya dijadwalkan awal Desember bersama PDAM. (prokopim-hsu/fi)""",
 short="6 hidran Pasar Amuntai hidup lagi, pipa 420 m diganti. Damkar HSU cek tiap awal bulan. Pedagang jangan taruh barang di depan hidran.",
 long="""Kabar dari Pasar Amuntai: enam hidran yang lama kering kembali tersambung ke pipa PDAM setelah pipa sepanjang 420 meter diganti, selesai Rabu 18/11. Uji coba dengan Damkar HSU menunjukkan tekanan cukup untuk dua selang. Sekda Fahrurazi Ilham menyebut pasar titik paling rawan. Damkar akan cek hidran tiap awal bulan dan melatih satpam pasar.""",
 para="Hidran di Pasar Amuntai nang bahari karing, wayah ini sudah baisi banyu pulang lah dangsanak. Anam buting, pipanya diganti ampat ratus duapuluh meter. Bubuhan padagang, jangan manaruh barang di muka hidran lah, mun ada api kaina susah. 🔥🚫",
 look=[(5, "Pasar Alabio juga perlu hidran! Kios kami berdempet, kabel bergelantungan, hidran terdekat jauh di jalan raya. Semoga pemkab ingat pasar kecamatan juga.", "a complaint asking for hydrants at Pasar Alabio, not the Amuntai hydrants"),
       (-300, "Arsip Januari 2026: kebakaran 4 kios di Pasar Amuntai dini hari, api padam setelah 1 jam. Kerugian ditaksir puluhan juta.", "an older market fire"),
       (2, "Sekda HSU Fahrurazi Ilham hari ini juga membuka bimtek penyusunan APBDes 2027 di aula Bappeda. Peserta dari 214 desa.", "the same Sekda at another event")],
 before=(26, "Pagi ini ada pekerja gali pipa di gang samping Pasar Amuntai, katanya buat hidran. Jalan masuk parkir agak sempit ya dangsanak.", "the works seen on the spot before the release")),

dict(id="a04", src="basarnas-banjarmasin", at="11-03 16:00", region="Kota Banjarmasin",
 title="Kantor SAR Banjarmasin Latih 120 Potensi SAR Teknik Water Rescue",
 text="""BANJARMASIN – Kantor Pencarian dan Pertolongan (Basarnas) Banjarmasin melatih 120 potensi SAR dari 13 kabupaten/kota di Kalimantan Selatan dalam teknik water rescue. Pelatihan dibuka [[4/11]] dan berlangsung empat hari di dermaga Kantor SAR dan perairan Sungai Martapura.

Peserta berasal dari relawan, BPBD, Damkar, dan organisasi kepemudaan. Mereka berlatih membaca arus, melempar tali penyelamat, membalik perahu karet, dan mengangkat korban ke tepi. "Sebagian besar kecelakaan air di Kalsel terjadi di sungai. Relawan di desa adalah yang pertama tiba," ujar Kepala Kantor SAR Banjarmasin, Agus Salim Pratama.

Peserta yang lulus akan tercatat sebagai potensi SAR dan dapat dilibatkan dalam operasi pencarian di wilayah masing-masing. Pelatihan ditutup dengan uji praktik. (humas-sar-bjm/as)""",
 short="Basarnas Banjarmasin latih 120 potensi SAR dari 13 kab/kota teknik water rescue, 4 hari mulai Rabu (4/11) di Sungai Martapura.",
 long="""Pelatihan water rescue Kantor SAR Banjarmasin diikuti 120 potensi SAR dari 13 kabupaten/kota: relawan, BPBD, Damkar, OKP. Empat hari sejak Rabu (4/11) di dermaga Kantor SAR dan Sungai Martapura: membaca arus, lempar tali, membalik perahu karet, mengangkat korban. Kakansar Agus Salim Pratama: kebanyakan kecelakaan air terjadi di sungai. Yang lulus tercatat sebagai potensi SAR.""",
 para="Saratus duapuluh urang relawan matan samunyaan kabupaten baajar manulung urang tacabur di sungai, di Sungai Martapura ampat hari. Baajar mahambur tali, mambalik parahu karet, maangkat korban ka pinggir. Jar Kepala SAR, relawan di kampung nang paling dahulu datang. Mantap bubuhan! 💪🛶",
 look=[(-365, "Setahun lalu, November 2025, 90 relawan ikut diklat SAR dasar di Mandiangin. Dokumentasinya baru kami temukan di HP admin 😄", "last year's basic SAR course at Mandiangin with 90"),
       (10, "Relawan Karang Taruna Sungai Miai latihan sendiri berenang menyeberang Sungai Martapura tiap Minggu pagi. Pelatihnya alumni pelatihan SAR. Yang mau ikut, bawa pelampung sendiri.", "a youth club's own weekly swim practice"),
       (1, "Kepala Kantor SAR Banjarmasin Agus Salim Pratama siang ini menerima kunjungan siswa SMK Pelayaran. Siswa melihat peralatan selam dan perahu karet di gudang.", "the same official on a school visit")],
 before=None),

dict(id="a05", src="pemkab-batola", at="11-14 11:30", region="Kabupaten Barito Kuala",
 title="40 Relawan Kuripan dan Tabunganen Ikut Pelatihan Water Rescue Basarnas",
 text="""MARABAHAN – Sebanyak 40 relawan dari Kecamatan Kuripan dan Tabunganen mengikuti pelatihan water rescue yang digelar Basarnas Banjarmasin bersama BPBD Barito Kuala pada [[16/11]] dan Selasa (17/11/2026) di Dermaga Marabahan.

Pelatihan ini kelanjutan program potensi SAR provinsi, khusus untuk desa-desa di tepi Sungai Barito yang warganya bergantung pada kelotok. Setiap kecamatan mendapat satu perahu karet dan 20 pelampung. "Kuripan dan Tabunganen hanya bisa dijangkau lewat sungai. Kalau ada orang tenggelam, relawan setempat harus bisa bergerak sebelum tim dari kota datang," kata Kepala Pelaksana BPBD Batola, Zainal Hakim.

Usai pelatihan, relawan akan membuat jadwal piket di dermaga desa saat air pasang tinggi. Relawan juga dibekali radio genggam. (diskominfo-batola/zh)""",
 short="40 relawan Kuripan & Tabunganen ikut water rescue Basarnas-BPBD Batola, 16-17 Nov di Dermaga Marabahan. Tiap kecamatan dapat 1 perahu karet + 20 pelampung.",
 long=None,
 para="Ampat puluh urang relawan Kuripan wan Tabunganen baajar water rescue di Dermaga Marabahan Sanayan-Salasa. Masing-masing kecamatan dibari parahu karet sabuting wan pelampung duapuluh. Kampung kita nih cuma kawa dijapai lewat sungai, jadi relawan saurang nang harus bagarak dahulu. Kaina ada piket di dermaga mun banyu pasang. 🛶",
 look=[(11, "Relawan Tabunganen Muara sudah mulai piket di dermaga desa tiap malam air pasang. Malam ini giliran 4 orang, perahu karet standby. Terima kasih para pemuda.", "the next step (the piket) told as its own news days later"),
       (3, "Kelotok dari Kuripan tadi pagi mogok di tengah Barito, untung ditarik kelotok lain. Penumpang selamat semua, cuma telat sampai pasar.", "a boat breakdown, no training"),
       (-12, "Info BPBD: pelatihan water rescue untuk relawan Alalak dan Mandastana dijadwalkan awal Desember, tunggu undangan resmi.", "another kecamatan's later round")],
 before=(30, "Sore ini perahu karet dan pelampung sudah diturunkan di Dermaga Marabahan untuk kegiatan besok. Relawan Kuripan berangkat subuh naik kelotok.", "preparations before the release")),

dict(id="a06", src="pemkab-kotabaru", at="11-20 14:15", region="Kabupaten Kotabaru",
 title="Kotabaru Latih 35 Nelayan Pulau Laut Utara Jadi Relawan SAR Laut",
 text="""KOTABARU – Pemerintah Kabupaten Kotabaru melatih 35 nelayan dari Pulau Laut Utara menjadi relawan SAR laut. Pelatihan berlangsung [[20/11]] hingga Sabtu (21/11/2026) di Pelabuhan Perikanan Stagen, dengan biaya APBD kabupaten.

Materinya antara lain pertolongan orang jatuh ke laut, penggunaan radio, dan pencarian perahu mogok saat gelombang tinggi. Setiap nelayan peserta menerima satu jaket pelampung dan satu lampu isyarat. "Nelayan paling sering menjadi penolong pertama di laut. Kami ingin mereka menolong dengan aman," ujar Asisten II Setda Kotabaru, Syahrul Anwar Ramli.

Pemkab berencana mengadakan pelatihan serupa untuk nelayan Pulau Laut Sigam pada Februari 2027. Peserta juga dibekali nomor kontak posko SAR di Kotabaru agar laporan lebih cepat masuk. (humas-ktb/sar)""",
 short="Kotabaru latih 35 nelayan Pulau Laut Utara jadi relawan SAR laut di Pelabuhan Perikanan Stagen, 20-21 Nov. Tiap peserta dapat jaket pelampung & lampu isyarat.",
 long="""Nelayan jadi relawan SAR laut: Pemkab Kotabaru melatih 35 nelayan Pulau Laut Utara, Jumat–Sabtu 20–21 November di Pelabuhan Perikanan Stagen (APBD). Materi: menolong orang jatuh ke laut, radio, mencari perahu mogok saat gelombang tinggi. Tiap peserta menerima jaket pelampung dan lampu isyarat. Pulau Laut Sigam menyusul Februari 2027.""",
 para="Talu puluh lima urang nelayan Pulau Laut Utara dilatih jadi relawan SAR laut di Stagen. Baajar manulung urang tagugur ka laut, pakai radio, wan mancari parahu mogok. Masing-masing dibari jaket pelampung wan lampu. Nelayan Sigam sabar haja, Februari kaina giliran pian 🌊",
 look=[(75, "Jadwal pelatihan relawan SAR laut untuk nelayan Pulau Laut Sigam: Februari 2027, pendaftaran lewat ketua kelompok nelayan. Kuota 35 orang.", "the Sigam round of 2027, registration only"),
       (2, "Dua nelayan Stagen sempat hilang kontak semalam karena mesin mati, pagi ini ditemukan teman-temannya di dekat Pulau Denawan. Alhamdulillah selamat.", "an actual rescue by fishermen, no training"),
       (-40, "Pembagian 35 jaket pelampung dari CSR perusahaan untuk nelayan Semayap, Oktober ini. Terima kasih donatur.", "the same count of 35 jackets from a company donation")],
 before=None),

dict(id="a07", src="basarnas-banjarmasin", at="11-09 09:30", region="Kota Banjarmasin",
 title="Basarnas Gelar SAREX Kelotok Tenggelam di Sungai Barito",
 text="""BANJARMASIN – Kantor SAR Banjarmasin akan menggelar latihan gabungan pencarian dan pertolongan (SAREX) dengan skenario kelotok penumpang tenggelam di Sungai Barito, [[11/11]] pukul 08.00 Wita, di perairan depan Pelabuhan Trisakti.

Latihan melibatkan 210 personel dari Basarnas, Polairud, TNI AL, BPBD, Damkar, KSOP, dan relawan, dengan 18 perahu dan satu kapal patroli. Skenarionya kelotok berpenumpang 14 orang terbalik dihantam gelombang kapal tongkang. "Kami ingin mengukur berapa cepat semua unsur bisa tiba dan berkoordinasi di satu frekuensi radio," kata Kepala Kantor SAR Banjarmasin, Agus Salim Pratama.

Warga dan pengguna sungai diimbau tidak panik dan menjauhi area latihan selama kegiatan berlangsung. Latihan diperkirakan selesai sekitar pukul 11.00 Wita. (humas-sar-bjm/rd)""",
 short="Rabu (11/11) jam 8 ada latihan SAR gabungan (SAREX) di Sungai Barito depan Trisakti: 210 personel, 18 perahu, skenario kelotok 14 penumpang terbalik. Jangan panik ya.",
 long=None,
 para="Dangsanak, Rabu isuk jam walu di Barito muka Trisakti ada latihan SAR, bukan kajadian bujuran lah! Duaratus sapuluh personel, walu walas parahu, skenarionya kelotok ampat walas urang tabalik. Jangan panik wan jangan parak-parak ka situ. 🚤",
 look=[(-370, "SAREX 2025 dulu di Danau Riam Kanan, skenarionya perahu wisata terbalik. Lumayan seru nontonnya dari bukit.", "the 2025 SAREX at Riam Kanan"),
       (5, "Latihan pemadaman kebakaran kapal di Pelabuhan Trisakti sore ini oleh KSOP dan Damkar. Asap hitam yang terlihat dari Jl. Barito Hilir itu latihan, bukan kebakaran.", "another drill at the same harbour, fire not capsizing"),
       (8, "Speedboat jurusan Marabahan hari ini tidak beroperasi karena ada perbaikan dermaga. Penumpang dialihkan ke kelotok reguler.", "a harbour notice")],
 before=(18, "Banyak perahu karet oranye di dermaga Trisakti sore ini, katanya ada latihan besar. Ada yang tahu kapan?", "a question before the release")),

dict(id="a08", src="basarnas-banjarmasin", at="11-12 10:20", region="Kota Banjarmasin",
 title="Hasil SAREX Sungai Barito: 14 Korban Simulasi Dievakuasi dalam 22 Menit",
 text="""BANJARMASIN – Latihan gabungan SAR (SAREX) di Sungai Barito pada [[11/11]] berhasil mengevakuasi seluruh 14 korban simulasi dalam 22 menit sejak laporan pertama diterima. Evaluasi latihan disampaikan Kantor SAR Banjarmasin pada Kamis (12/11/2026).

Perahu pertama tiba di lokasi dalam 6 menit, sedangkan dua korban yang terseret arus ditemukan tim Polairud 800 meter di hilir. Catatan utama adalah komunikasi: tiga unsur masih memakai frekuensi radio berbeda. "Targetnya di bawah 20 menit. Kita hampir sampai, tapi soal radio harus diperbaiki sebelum musim hujan puncak," ujar Kepala Seksi Operasi Kantor SAR Banjarmasin, Dedi Firmansyah.

Basarnas akan membagikan daftar frekuensi bersama kepada semua unsur sebelum akhir November. Latihan berikutnya direncanakan tahun depan. (humas-sar-bjm/df)""",
 short="Hasil SAREX Barito: 14 korban simulasi dievakuasi dalam 22 menit, perahu pertama tiba 6 menit. Catatan: 3 unsur masih beda frekuensi radio.",
 long="""Evaluasi SAREX Sungai Barito (Rabu 11/11): seluruh 14 korban simulasi dievakuasi dalam 22 menit sejak laporan pertama, perahu pertama tiba dalam 6 menit, dua korban yang hanyut ditemukan Polairud 800 m di hilir. Kasi Operasi Dedi Firmansyah: target di bawah 20 menit; masalahnya tiga unsur masih beda frekuensi radio. Daftar frekuensi bersama dibagikan sebelum akhir November.""",
 para="Hasil latihan SAR di Barito kamarian: ampat walas korban bohongan diangkat samunyaan dalam duapuluh dua menit. Parahu nang partama datang anam menit haja. Cuma radionya masih balain-lain frekuensi, talu instansi. Kaina dibaiki jar Basarnas 👍",
 look=[(14, "Daftar frekuensi radio bersama untuk relawan SAR se-Banjarmasin sudah dibagikan di rapat koordinasi tadi siang. Relawan kelurahan yang belum dapat, hubungi posko.", "the frequency list handed out later, as its own news"),
       (3, "Dua pemancing terseret arus di Sungai Martapura dekat Jembatan Sungai Tabuk kemarin sore, keduanya selamat ditolong warga.", "a real rescue, no drill"),
       (1, "Kasi Operasi Kantor SAR Dedi Firmansyah jadi narasumber seminar keselamatan pendakian di kampus ULM pagi ini. Materinya navigasi hutan Meratus.", "the same official at a seminar")],
 before=None),

dict(id="a09", src="pemkab-tanbu", at="11-25 15:40", region="Kabupaten Tanah Bumbu",
 title="Latihan Gabungan Kebakaran Kapal di Pelabuhan Batulicin",
 text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu bersama KSOP Batulicin dan Damkar menggelar latihan gabungan penanganan kebakaran kapal di Pelabuhan Batulicin pada [[25/11]]. Latihan diikuti 95 personel dan empat mobil pemadam.

Skenarionya kapal motor penumpang terbakar di ruang mesin saat bersandar, dengan 30 penumpang yang harus turun lewat tangga darurat. Api simulasi dapat dipadamkan dalam 17 menit. "Pelabuhan kita ramai menjelang Natal dan tahun baru. Semua pihak harus hafal perannya sebelum itu," ujar Wakil Bupati Tanah Bumbu, Muhammad Irfan Azhari, yang memantau langsung.

Hasil latihan akan dibahas dalam rapat evaluasi bersama operator kapal pada awal Desember. Kapal yang dipakai latihan adalah kapal milik operator swasta yang sedang tidak berlayar. (humas-tanbu/ia)""",
 short="Latihan gabungan kebakaran kapal di Pelabuhan Batulicin Rabu (25/11): 95 personel, 4 mobil damkar, api simulasi padam 17 menit. Evaluasi awal Desember.",
 long="""Simulasi kapal terbakar di Pelabuhan Batulicin, Rabu 25/11: Pemkab Tanbu, KSOP dan Damkar mengerahkan 95 personel dan empat mobil pemadam. Skenario: kapal motor penumpang terbakar di ruang mesin saat sandar, 30 penumpang turun lewat tangga darurat, api padam 17 menit. Wabup Muhammad Irfan Azhari: pelabuhan ramai jelang Nataru. Rapat evaluasi dengan operator kapal awal Desember.""",
 para="Jangan takajut mun ada asap di Palabuhan Batulicin tadi, itu latihan haja lah. Kapal babunyi api di ruang mesin, talu puluh panumpang turun lewat tangga darurat. Api bohongan padam dalam tujuh walas menit. Sambil manunggu Natal wan tahun baru nang rami. 🚢🔥",
 look=[(8, "Rapat evaluasi latihan kebakaran kapal dengan operator kapal di kantor KSOP Batulicin hari ini. Disepakati setiap kapal wajib gladi evakuasi sebulan sekali.", "the evaluation meeting in December, its own news"),
       (-6, "Kapal tongkang batu bara kandas di alur Sungai Batulicin pagi ini, lalu lintas kapal kecil sempat tersendat dua jam.", "a grounding, not a drill"),
       (2, "Wabup Tanbu Muhammad Irfan Azhari meninjau pasar murah Nataru di halaman kantor camat Simpang Empat. Beras SPHP habis dalam dua jam.", "the same official at another event")],
 before=None),

dict(id="a10", src="pemkab-tanah-laut", at="11-06 14:50", region="Kabupaten Tanah Laut",
 title="24 Penjaga Pantai Siaga di Takisung dan Batakan Mulai 14 November",
 text="""PELAIHARI – Pemerintah Kabupaten Tanah Laut menempatkan 24 penjaga pantai di objek wisata Pantai Takisung dan Pantai Batakan mulai [[14/11]]. Mereka bertugas setiap Sabtu, Minggu, dan hari libur hingga akhir Januari 2027.

Para penjaga pantai adalah pemuda setempat yang telah lulus uji renang dan pertolongan pertama. Zona berenang ditandai bendera merah-kuning, sedangkan bendera merah berarti dilarang masuk air. "Gelombang di pantai selatan bisa berubah cepat. Ikuti arahan penjaga pantai dan jangan berenang di luar bendera," kata Kepala Dinas Pariwisata Tanah Laut, Noorhasanah Fitri.

Dinas Pariwisata juga memasang dua pos pantau dan papan informasi pasang-surut di masing-masing pantai. Pengunjung juga diminta mengawasi anak-anak setiap saat di tepi pantai. (humas-tala/nf)""",
 short="Mulai Sabtu (14/11) ada 24 penjaga pantai di Takisung & Batakan tiap akhir pekan/libur s.d. Jan 2027. Berenang hanya di antara bendera merah-kuning!",
 long="""Libur ke pantai? Mulai Sabtu 14 November, Pemkab Tanah Laut menempatkan 24 penjaga pantai di Pantai Takisung dan Pantai Batakan setiap Sabtu, Minggu dan hari libur sampai akhir Januari 2027. Mereka pemuda setempat yang lulus uji renang dan P3K. Zona berenang bertanda bendera merah-kuning; bendera merah berarti dilarang masuk air. Ada juga dua pos pantau dan papan pasang-surut di tiap pantai.""",
 para="Bubuhan nang handak bakunjang ka Takisung wan Batakan, mulai Sabtu ada duapuluh ampat panjaga pantai. Bakunyung di antara bandera habang-kuning haja lah, mun bandera habang jangan turun ka banyu. Ombak pantai salatan tuh kada kawa dipicayai 🌊🚩",
 look=[(-355, "Desember tahun lalu pantai Takisung ramai sekali saat libur sekolah, sampai macet dari simpang empat. Siapa yang ikut terjebak? 😅", "memories of last year's crowds"),
       (9, "Pengumuman: Minggu besok Pantai Batakan ditutup sementara untuk umum sampai jam 12 karena ada lomba perahu nelayan. Sore bisa berkunjung lagi.", "a closure notice for a boat race at the same beach"),
       (16, "Pemuda Desa Takisung dirikan warung apung dan penyewaan ban di pinggir pantai, modal swadaya. Harga sewa ban Rp10 ribu seharian.", "a village business at the same beach")],
 before=(40, "Ada yang lihat menara kayu baru di Pantai Batakan? Katanya buat pos penjaga pantai. Mudah-mudahan benar ada petugasnya nanti.", "a sighting before the release")),

dict(id="a11", src="pemkab-tanbu", at="11-16 10:05", region="Kabupaten Tanah Bumbu",
 title="Tiga Menara Pantau dan 12 Penjaga Pantai Hadir di Pantai Pagatan",
 text="""PAGATAN – Pemerintah Kabupaten Tanah Bumbu meresmikan tiga menara pantau di Pantai Pagatan pada [[16/11]]. Menara setinggi enam meter itu akan dijaga 12 penjaga pantai yang telah dilatih Basarnas dan PMI.

Pemasangan menara menyusul dua kejadian wisatawan terseret arus di pantai itu selama 2026. Setiap menara dilengkapi pelampung lempar, papan luncur penyelamat, dan pengeras suara. "Kami tidak ingin melarang orang berenang. Kami ingin mereka berenang di tempat yang diawasi," kata Kepala Dinas Pemuda, Olahraga dan Pariwisata Tanah Bumbu, Akhmad Fauzan Rahim.

Penjaga pantai bertugas pukul 08.00–17.00 Wita pada akhir pekan dan setiap hari selama libur sekolah Desember. Pengunjung yang membutuhkan bantuan dapat mendatangi menara terdekat. (humas-tanbu/af)""",
 short="Pantai Pagatan sekarang punya 3 menara pantau + 12 penjaga pantai (dilatih Basarnas & PMI). Jaga 08.00-17.00 akhir pekan, tiap hari saat libur Desember.",
 long=None,
 para="Pantai Pagatan wayah ini baisi talu manara pantau, tinggi anam meter, wan duabalas panjaga pantai nang dilatih Basarnas wan PMI. Kada dilarang bakunyung, asal di wadah nang diawasi haja. Jaga jam walu sampai jam lima, libur Desember tiap hari 👀🏖️",
 look=[(20, "Pesta adat Mappanretasi tahun depan katanya kembali di Pantai Pagatan bulan April. Panitia mulai rapat.", "a festival at the same beach"),
       (-100, "Seorang wisatawan asal Batulicin terseret arus di Pantai Pagatan sore tadi, berhasil ditolong nelayan yang kebetulan melintas.", "one of the earlier accidents, before the towers"),
       (4, "Pantai Angsana juga minta menara pantau seperti Pagatan. Kepala desa sudah mengusulkan lewat musrenbang kecamatan.", "another beach asking for the same")],
 before=None),

dict(id="a12", src="dispora-kalsel", at="11-24 13:00", region="prov",
 title="60 Penjaga Kolam Renang dan Pantai Ikuti Sertifikasi Lifeguard",
 text="""BANJARBARU – Dinas Pemuda dan Olahraga Provinsi Kalimantan Selatan menggelar sertifikasi lifeguard untuk 60 penjaga kolam renang dan pantai dari 11 kabupaten/kota pada [[24/11]] hingga Kamis (26/11/2026) di Kolam Renang Idaman Banjarbaru.

Peserta diuji renang 400 meter, menyelam mengambil benda di kedalaman tiga meter, menarik korban, dan resusitasi jantung paru. Penguji berasal dari asosiasi lifeguard nasional. "Banyak kolam renang umum kita dijaga orang yang tidak pernah diuji. Sertifikat ini menjadi syarat bagi kolam yang dikelola pemerintah mulai 2027," ujar Kepala Bidang Keolahragaan Dispora Kalsel, Rahmadi Saleh.

Peserta yang belum lulus dapat mengikuti ujian ulang pada Maret 2027. Hasil kelulusan diumumkan sepekan setelah ujian. (dispora-kalsel/rs)""",
 short="Dispora Kalsel sertifikasi lifeguard 60 penjaga kolam & pantai dari 11 kab/kota, 24-26 Nov di Kolam Renang Idaman Banjarbaru. Wajib untuk kolam pemerintah mulai 2027.",
 long="""Sertifikasi lifeguard pertama Dispora Kalsel: 60 penjaga kolam renang dan pantai dari 11 kabupaten/kota diuji 24–26 November di Kolam Renang Idaman Banjarbaru — renang 400 m, selam 3 m, menarik korban, RJP. Kabid Keolahragaan Rahmadi Saleh: sertifikat jadi syarat kolam yang dikelola pemerintah mulai 2027. Ujian ulang Maret 2027.""",
 para="Bubuhan panjaga kolam wan pantai, anam puluh urang diuji di Kolam Idaman Banjarbaru: bakunyung ampat ratus meter, manyalam talu meter, manarik korban, wan RJP. Mulai 2027 kolam pamarintah wajib baisi panjaga nang basertifikat. Nang balum lulus, Maret kaina kawa baulang 🏊",
 look=[(3, "Kolam Renang Idaman Banjarbaru tutup Senin–Selasa depan untuk pengurasan dan perbaikan keramik. Buka lagi Rabu.", "a closure of the same pool"),
       (-12, "Kejurprov renang antarklub di Kolam Renang Idaman diikuti 340 atlet, tuan rumah juara umum.", "a swim meet at the same pool"),
       (9, "Info Dispora: jadwal ujian ulang lifeguard Maret 2027 nanti diumumkan Februari, kuotanya 40 orang. Yang kemarin belum lulus, latihan renang jarak jauh dulu.", "the March 2027 resit, told as its own notice")],
 before=None),

dict(id="a13", src="pemkot-banjarmasin", at="11-04 11:15", region="Kota Banjarmasin",
 title="Oktober, Damkar Banjarmasin Tangani 87 Sarang Tawon dan 23 Ular",
 text="""BANJARMASIN – Dinas Pemadam Kebakaran dan Penyelamatan Kota Banjarmasin mencatat 121 permintaan penyelamatan non-kebakaran sepanjang Oktober 2026. Rekap itu disampaikan pada [[4/11]].

Rinciannya 87 evakuasi sarang tawon, 23 evakuasi ular, dan 11 pelepasan cincin yang tersangkut di jari. Jumlah itu naik hampir dua kali lipat dibanding September. "Musim hujan membuat ular dan tawon mencari tempat kering di rumah warga. Jangan mencoba membakar sarang tawon sendiri, itu justru sering memicu kebakaran," kata Kepala Bidang Penyelamatan Damkar Banjarmasin, Muhammad Yusran Effendi.

Damkar menegaskan layanan penyelamatan ini gratis dan dapat diminta melalui pos damkar terdekat atau Call Center 112. Petugas juga mengimbau warga tidak memukul ular yang masuk rumah. (humas-bjm/my)""",
 short="Oktober Damkar Banjarmasin tangani 121 penyelamatan non-kebakaran: 87 sarang tawon, 23 ular, 11 cincin. Layanan gratis, jangan bakar sarang tawon sendiri.",
 long="""Rekap Oktober 2026 Damkar Banjarmasin: 121 permintaan penyelamatan non-kebakaran — 87 sarang tawon, 23 ular, 11 cincin tersangkut — hampir dua kali September. Kabid Penyelamatan Muhammad Yusran Effendi: musim hujan bikin ular dan tawon cari tempat kering; membakar sarang sendiri malah sering memicu kebakaran. Layanan gratis lewat pos damkar atau 112.""",
 para="Bulan Oktober haja, Damkar Banjarmasin mambuang sarang tawon walu puluh tujuh, manangkap ular duapuluh talu, wan malapas cincin nang tasangkut sabalas. Gratis lah dangsanak, kada usah mambakar sarang tawon saurang, kaina rumah pian nang tatunu 😅🐝🐍",
 look=[(7, "Tadi siang petugas damkar datang ke SDN Teluk Dalam 3 mengevakuasi sarang tawon di plafon kelas 4. Anak-anak dipulangkan lebih cepat.", "a single evacuation at a school, not the October tally"),
       (-25, "Warga Kelayan Timur menangkap ular sanca 3 meter di kandang ayam subuh tadi, lalu diserahkan ke BKSDA.", "residents caught a python, no Damkar"),
       (12, "Rekap bulan lalu dari Pos Damkar relawan Sungai Miai: 9 kebakaran ditangani, 3 di antaranya akibat korsleting.", "a volunteer post's fire tally")],
 before=None),

dict(id="a14", src="pemkab-banjar", at="11-13 15:30", region="Kabupaten Banjar",
 title="Damkar Banjar Bentuk Tim Rescue Satwa 12 Personel",
 text="""MARTAPURA – Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Banjar membentuk Tim Rescue Satwa beranggotakan 12 personel pada [[13/11]]. Tim ini khusus menangani ular, biawak, tawon, dan buaya muara yang masuk ke permukiman.

Anggota tim telah mengikuti pelatihan penanganan satwa bersama BKSDA Kalimantan Selatan selama tiga hari. Tim dilengkapi grab stick, kandang, dan pakaian pelindung tawon. "Tahun ini ada lebih dari 200 laporan satwa di Kabupaten Banjar, terbanyak dari Sungai Tabuk dan Martapura Barat," ujar Kepala Damkar Kabupaten Banjar, Syarifuddin Noor.

Satwa yang ditangkap akan diserahkan ke BKSDA untuk dilepasliarkan, bukan dibunuh. Warga dapat melapor ke pos damkar terdekat. Tim bekerja dalam dua regu yang bergantian setiap 12 jam. (diskominfo-banjar/sn)""",
 short="Damkar Banjar bentuk Tim Rescue Satwa 12 personel (ular, biawak, tawon, buaya muara), dilatih BKSDA. Satwa diserahkan ke BKSDA, bukan dibunuh.",
 long=None,
 para="Damkar Banjar baisi tim hanyar, Tim Rescue Satwa, duabalas urang. Gawiannya manangkap ular, biawak, tawon, sampai buaya nang masuk kampung. Tahun ini lapuran satwa labih duaratus, paling banyak matan Sungai Tabuk. Satwanya kada dibunuh, dibari ka BKSDA 🐊🐍",
 look=[(6, "Buaya muara sepanjang 2 meter terlihat di Sungai Martapura dekat Desa Pingaran, warga diimbau tidak mandi di sungai dulu.", "a sighting warning, no team"),
       (-60, "Damkar Banjar memadamkan kebakaran rumah di Martapura Barat, 2 rumah rusak berat.", "a fire, months earlier"),
       (9, "Damkar Banjarbaru juga ternyata punya grup khusus evakuasi hewan, kemarin menangkap biawak di dapur warga Guntung Manggis.", "another city's Damkar")],
 before=(22, "Personel damkar Banjar lagi latihan pegang ular di halaman kantor BKSDA, seru juga lihatnya. Katanya mau ada tim khusus.", "the training seen before the release")),

dict(id="a15", src="pemkab-tabalong", at="11-23 09:45", region="Kabupaten Tabalong",
 title="Damkar Tabalong Evakuasi 40 Sarang Tawon di Sekolah",
 text="""TANJUNG – Dinas Pemadam Kebakaran Kabupaten Tabalong mengevakuasi 40 sarang tawon di 26 sekolah selama dua pekan hingga [[23/11]]. Penyisiran dilakukan setelah 11 siswa SD di Murung Pudak tersengat tawon pada awal November.

Sarang terbanyak ditemukan di plafon kelas, pohon halaman, dan gudang sekolah. Evakuasi dilakukan sore hari setelah jam pelajaran. "Jangan semprot atau bakar sarang tawon. Catat lokasinya, jauhkan anak-anak, lalu panggil kami," kata Kepala Damkar Tabalong, Hairil Anwar Syah.

Damkar juga menitipkan poster cara melapor sarang tawon di setiap sekolah. Penyisiran berikutnya akan menyasar puskesmas dan balai desa pada Desember. Sekolah yang menemukan sarang baru dapat melapor melalui kepala sekolah ke pos damkar kecamatan. (diskominfo-tabalong/ha)""",
 short="Damkar Tabalong evakuasi 40 sarang tawon di 26 sekolah dalam 2 pekan, usai 11 siswa SD Murung Pudak tersengat. Desember giliran puskesmas & balai desa.",
 long="""Penyisiran tawon di sekolah Tabalong: dalam dua pekan hingga Senin 23/11, Damkar Tabalong mengevakuasi 40 sarang tawon di 26 sekolah, terbanyak di plafon kelas, pohon halaman dan gudang. Dipicu 11 siswa SD Murung Pudak tersengat awal November. Kadis Hairil Anwar Syah: jangan semprot atau bakar, jauhkan anak, panggil damkar. Desember: puskesmas dan balai desa.""",
 para="Ampat puluh sarang tawon diambil Damkar matan duapuluh anam sakulahan di Tabalong, habis sabalas kakanakan SD di Murung Pudak kana sengat. Jangan disemprot atawa ditunu, jauhakan kakanakan, lalu kiyau damkar haja 🐝",
 look=[(-18, "Sebelas siswa SD di Murung Pudak tersengat tawon saat upacara pagi tadi, sudah ditangani puskesmas, semua boleh pulang.", "the stinging incident itself, before the sweep (its own event)"),
       (14, "Damkar Tabalong mulai menyisir sarang tawon di puskesmas dan balai desa minggu ini, hari pertama di Puskesmas Kelua ditemukan 3 sarang.", "the December next step"),
       (5, "Kepala Damkar Tabalong Hairil Anwar Syah hari ini melepas 4 personel ikut kejuaraan ketangkasan damkar di Banjarbaru.", "the same official at another event")],
 before=None),

dict(id="a16", src="pemprov-kalsel", at="11-07 13:35", region="prov",
 title="Pemprov Audit Sistem Proteksi Kebakaran 32 Gedung Publik",
 text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan mengaudit sistem proteksi kebakaran di 32 gedung publik di Banjarmasin dan Banjarbaru mulai [[9/11]] hingga 20 November. Gedung yang diperiksa meliputi hotel, pusat perbelanjaan, rumah sakit, dan kantor pemerintah.

Tim gabungan dari Dinas Perumahan dan Kawasan Permukiman, Damkar, dan BPBD akan memeriksa alat pemadam api ringan, alarm, sprinkler, tangga darurat, dan titik kumpul. "Banyak gedung punya alatnya, tapi tidak pernah diuji. Kita mau tahu mana yang benar-benar siap," ujar Kepala Dinas Perkim Kalsel, Ahmad Riduan Hasbi.

Hasil audit akan diumumkan akhir November, dan gedung yang tidak memenuhi syarat akan diberi waktu perbaikan tiga bulan. Pengelola gedung sudah menerima surat pemberitahuan sejak akhir Oktober. (biro-adpim/ar)""",
 short="Pemprov audit proteksi kebakaran 32 gedung publik (hotel, mal, RS, kantor) di Banjarmasin & Banjarbaru 9-20 Nov: APAR, alarm, sprinkler, tangga darurat.",
 long=None,
 para="Hotel, mal, rumah sakit wan kantor di Banjarmasin-Banjarbaru, talu puluh dua gedung, dipariksa Pemprov: APAR, alarm, sprinkler, tangga darurat. Jar Kadis Perkim, banyak nang baisi alat tapi kada suah diuji. Hasilnya kaina akhir November. 🏢🔥",
 look=[(3, "Simulasi evakuasi kebakaran di Duta Mall pagi tadi sebelum jam buka, melibatkan karyawan tenant. Sirene berbunyi sekitar 15 menit.", "a mall's own drill"),
       (-200, "Kebakaran kecil di dapur sebuah hotel di Jl. A. Yani Km 2 bulan April lalu cepat dipadamkan karyawan pakai APAR.", "an older kitchen fire"),
       (6, "Kadis Perkim Kalsel Ahmad Riduan Hasbi meninjau rumah susun Teluk Tiram, 96 unit segera dihuni.", "the same official at another object")],
 before=None),

dict(id="a17", src="pemprov-kalsel", at="11-26 14:20", region="prov",
 title="Hasil Audit: 19 dari 32 Gedung Publik Layak, 13 Wajib Berbenah",
 text="""BANJARMASIN – Tim audit Pemerintah Provinsi Kalimantan Selatan menyatakan 19 dari 32 gedung publik di Banjarmasin dan Banjarbaru memenuhi standar proteksi kebakaran. Hasil audit 9–20 November itu diumumkan pada [[26/11]].

Sebanyak 13 gedung lainnya mendapat catatan, antara lain alat pemadam kedaluwarsa di 9 gedung, tangga darurat terkunci atau dipakai gudang di 5 gedung, dan alarm mati di 4 gedung. "Tangga darurat yang terkunci itu yang paling berbahaya. Itu bisa menjadi jebakan," kata Kepala Dinas Perkim Kalsel, Ahmad Riduan Hasbi.

Ketiga belas gedung diberi waktu perbaikan hingga akhir Februari 2027. Nama gedung tidak diumumkan, tetapi pengelolanya sudah menerima surat resmi. Tim akan memeriksa ulang seluruh gedung tersebut pada Maret 2027. (biro-adpim/ar)""",
 short="Hasil audit Pemprov: 19 dari 32 gedung publik layak proteksi kebakaran, 13 wajib berbenah sampai akhir Feb 2027 (APAR kedaluwarsa, tangga darurat terkunci, alarm mati).",
 long="""Hasil audit proteksi kebakaran: dari 32 gedung publik di Banjarmasin–Banjarbaru, 19 memenuhi standar. 13 dapat catatan: APAR kedaluwarsa (9 gedung), tangga darurat terkunci/jadi gudang (5), alarm mati (4). Kadis Perkim Ahmad Riduan Hasbi: tangga darurat terkunci paling berbahaya. Batas perbaikan akhir Februari 2027; nama gedung tidak diumumkan.""",
 para="Hasil pamariksaan gedung: sambilan walas gedung ok, talu walas masih bamasalah, APAR kadaluarsa, tangga darurat dikunci, alarm mati. Dibari waktu sampai Februari. Ngarannya kada disambat, tapi pangalolanya sudah dapat surat 📋",
 look=[(5, "Pengelola pasar swalayan di Jl. Veteran bilang gedungnya lolos audit pemadam dari dinas kota tahun lalu. Sertifikatnya dipajang di pintu masuk.", "a shop's own certificate from another audit"),
       (-1, "Gudang mebel di Banjarbaru terbakar dini hari, damkar kesulitan masuk karena pintu belakang terkunci.", "a real warehouse fire"),
       (7, "Pemkab Banjar katanya menyusul audit gedung sendiri tahun depan, mulai dari RSUD dan Pasar Martapura.", "a kabupaten's plan for next year")],
 before=None),

dict(id="a18", src="pemkab-hss", at="11-19 10:50", region="Kabupaten Hulu Sungai Selatan",
 title="HSS Periksa Proteksi Kebakaran Sembilan Gedung di Kandangan",
 text="""KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan memeriksa kesiapan proteksi kebakaran di sembilan gedung di Kandangan pada [[19/11]]. Pemeriksaan dilakukan Damkar HSS bersama Dinas PUPR dengan anggaran daerah sendiri.

Gedung yang diperiksa antara lain Pasar Kandangan, RSUD Hasan Basry, dua hotel, dan gedung pertemuan. Di pasar, petugas menemukan 14 alat pemadam yang sudah kedaluwarsa dan jalur darurat yang terhalang barang dagangan. "Kami tidak menunggu kejadian. Pasar Kandangan ramai setiap hari, jadi harus aman," ujar Kepala Damkar HSS, Mahyuni Ramadhan.

Pengelola gedung diminta mengganti alat yang kedaluwarsa dalam sebulan, dan Damkar akan datang lagi untuk pemeriksaan ulang pada pertengahan Desember. Hasil pemeriksaan juga dilaporkan kepada Bupati HSS. (humas-hss/mr)""",
 short="Damkar & PUPR HSS periksa 9 gedung di Kandangan (pasar, RSUD Hasan Basry, 2 hotel). Di pasar 14 APAR kedaluwarsa. Cek ulang pertengahan Des.",
 long=None,
 para="Damkar HSS maparaiksa sambilan gedung di Kandangan, pasar, rumah sakit, hotel. Di Pasar Kandangan ada ampat walas APAR nang sudah kadaluarsa, jalan darurat tatutup barang dagangan. Dibari waktu sabulan, pertengahan Desember dicek pulang 🧯",
 look=[(14, "Damkar HSS datang lagi ke Pasar Kandangan hari ini, lebih cepat dari jadwal: dari 14 alat pemadam yang kedaluwarsa, 11 sudah diganti pedagang. Sisanya diberi waktu seminggu.", "the re-inspection weeks later, its own news"),
       (2, "RSUD Hasan Basry membuka poli saraf baru mulai Senin depan, jadwal Selasa dan Kamis.", "the same hospital, another matter"),
       (-9, "Kebakaran lapak sayur di Pasar Negara subuh tadi, 3 lapak hangus.", "a fire in another market")],
 before=None),

dict(id="a19", src="pemkab-balangan", at="11-05 16:10", region="Kabupaten Balangan",
 title="Pos Damkar Halong Diresmikan, Dilengkapi Dua Mobil Pemadam",
 text="""PARINGIN – Bupati Balangan meresmikan Pos Pemadam Kebakaran Kecamatan Halong pada [[5/11]]. Pos ini dilengkapi dua mobil pemadam berkapasitas 4.000 liter dan dijaga 16 personel secara bergiliran.

Sebelumnya, kebakaran di Halong harus ditangani dari Paringin yang berjarak sekitar 30 kilometer, sehingga mobil pemadam baru tiba setelah 45 menit. "Dengan pos ini, kami targetkan petugas sampai di lokasi dalam 15 menit untuk seluruh desa di Halong," kata Bupati Balangan, H. Abdul Hadi Rasyid.

Pembangunan pos menghabiskan Rp2,3 miliar dari APBD 2026. Pos serupa direncanakan di Kecamatan Juai pada 2027. Warga Halong menyambut peresmian dengan tarian dan doa bersama di halaman pos. (prokopim-balangan/ah)""",
 short="Pos Damkar Kecamatan Halong diresmikan Kamis (5/11): 2 mobil pemadam 4.000 l, 16 personel. Target tiba 15 menit, dulu 45 menit dari Paringin.",
 long="""Halong punya pos damkar sendiri: diresmikan Bupati Balangan H. Abdul Hadi Rasyid, Kamis 5 November. Dua mobil pemadam 4.000 liter, 16 personel bergiliran, biaya Rp2,3 miliar APBD 2026. Dulu bantuan datang dari Paringin (30 km) setelah 45 menit; sekarang target 15 menit ke semua desa di Halong. Juai menyusul 2027.""",
 para="Halong wayah ini baisi pos damkar saurang, dua mobil pemadam wan anam walas urang patugas. Bahari mun ada api, mobil datang matan Paringin ampat puluh lima menit, wayah ini handak limawalas menit haja. Juai sabar, 2027 jar Bupati 🚒",
 look=[(3, "Kebakaran kebun karet di Desa Uren, Halong, siang tadi berhasil dipadamkan warga dibantu damkar. Sekitar 1 hektare terbakar.", "a fire in Halong, not the opening"),
       (-300, "Peletakan batu pertama pos damkar Halong, Januari 2026. Dulu masih tanah kosong di samping kantor camat.", "the groundbreaking months earlier"),
       (8, "Pemuda Juai sudah bikin tim relawan pemadam sendiri sambil menunggu pos damkar 2027. Punya satu mesin pompa swadaya.", "Juai's own volunteer team")],
 before=None),

dict(id="a20", src="pemkab-tapin", at="11-12 11:05", region="Kabupaten Tapin",
 title="Tapin Terima Tiga Mobil Pemadam Baru, Satu untuk Binuang",
 text="""RANTAU – Pemerintah Kabupaten Tapin menerima tiga unit mobil pemadam kebakaran baru pada [[12/11]]. Dua unit ditempatkan di markas Damkar Rantau dan satu unit di pos Damkar Binuang.

Ketiga mobil berkapasitas 5.000 liter dan dilengkapi pompa bertekanan tinggi untuk menjangkau rumah panggung di gang sempit. Pengadaannya senilai Rp5,4 miliar dari APBD 2026. "Binuang terus berkembang dan kebakaran di sana cukup sering. Selama ini pos Binuang hanya punya satu mobil tua," ujar Wakil Bupati Tapin, Syarifah Nurul Aini.

Sebelum dioperasikan, 12 sopir dan operator pompa akan mengikuti pelatihan dari penyedia kendaraan selama tiga hari. Mobil lama di pos Binuang akan dijadikan cadangan dan tetap dirawat oleh petugas. (diskominfo-tapin/sn)""",
 short="Tapin terima 3 mobil pemadam baru 5.000 l (Rp5,4 M): 2 di Rantau, 1 di pos Binuang. 12 sopir & operator dilatih dulu 3 hari.",
 long=None,
 para="Tapin dapat talu mobil pemadam hanyar, masing-masing lima ribu liter. Dua di Rantau, sabuting gasan pos Binuang nang salawas ini cuma baisi mobil tuha. Sopirnya dilatih talu hari dahulu sabalum tulak ka lapangan 🚒👍",
 look=[(-40, "Mobil damkar tua pos Binuang mogok di tanjakan waktu menuju kebakaran di Pualam Sari, warga sempat kecewa.", "an older breakdown"),
       (4, "Tiga unit ambulans baru juga diterima RSUD Datu Sanggul minggu ini.", "the same count, ambulances"),
       (1, "Wabup Tapin Syarifah Nurul Aini membuka lomba masak serba ikan di Lapangan Tapin Bina Praja.", "the same official at another event")],
 before=None),

dict(id="a21", src="pemkab-batola", at="11-21 09:20", region="Kabupaten Barito Kuala",
 title="Batola Operasikan Perahu Pemadam untuk Permukiman Tepi Sungai",
 text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala mulai mengoperasikan satu perahu pemadam kebakaran pada [[21/11]]. Perahu berpompa 1.500 liter per menit ini bersandar di Dermaga Marabahan dan melayani permukiman tepi Sungai Barito.

Banyak rumah di Marabahan, Cerbon, dan Bakumpai berdiri di atas air dan tidak bisa dijangkau mobil pemadam. Perahu ini menyedot air langsung dari sungai. "Di kampung atas air, mobil pemadam hanya bisa menonton dari jalan. Perahu ini menjawab masalah itu," kata Sekretaris Daerah Barito Kuala, Rahmat Hidayatullah.

Perahu dijaga enam personel Damkar selama 24 jam. Pemkab berencana menambah satu perahu lagi untuk wilayah Tabunganen pada tahun depan. Warga diminta tidak menambatkan jukung di depan perahu pemadam agar perahu bisa berangkat kapan saja. (diskominfo-batola/rh)""",
 short="Batola mulai operasikan perahu pemadam (pompa 1.500 l/menit) di Dermaga Marabahan untuk rumah tepi Barito. 6 personel jaga 24 jam.",
 long="""Perahu pemadam Batola beroperasi sejak Sabtu 21 November: bersandar di Dermaga Marabahan, pompa 1.500 liter per menit menyedot air sungai, melayani permukiman atas air di Marabahan, Cerbon dan Bakumpai yang tak terjangkau mobil pemadam. Dijaga enam personel 24 jam. Sekda Rahmat Hidayatullah; Tabunganen dapat perahu tahun depan.""",
 para="Rumah-rumah di atas banyu di Marabahan wan Bakumpai, wayah ini ada parahu pemadam nang manyadot banyu langsung matan sungai. Bahari mobil damkar cuma kawa manuntun di jalan. Ada anam urang jaga siang malam. 🚤🔥",
 look=[(6, "Lomba perahu hias di Dermaga Marabahan Minggu kemarin meriah, juara 1 dari Desa Ulu Benteng.", "a boat contest at the same jetty"),
       (-3, "Rumah panggung di Desa Sungai Gampa terbakar sore tadi, warga memadamkan pakai ember dari sungai.", "a fire before the boat started"),
       (12, "Usulan perahu pemadam untuk Tabunganen sudah masuk rancangan APBD 2027, tunggu pengesahan DPRD.", "the next step for Tabunganen")],
 before=(15, "Ada perahu merah besar tulisan DAMKAR sandar di Dermaga Marabahan sejak kemarin. Kapan mulai dipakai ya?", "the boat seen before it started")),
]
