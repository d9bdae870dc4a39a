# Hand-written releases, families A–E (heldout45). {Dn} = weekday + (n/11/2026); {En} = weekday + (n/12/2026).
# Each entry: id, source, time, title, text, S short summary, L long summary or None, P paraphrase, R round-up item,
# N look-alikes (kim, hours after the release, how it differs, text), B before-post or None (kim, hours before, differs, text).

A = []


def ann(**kw):
    A.append(kw)


# ---- family A: BPS Kalsel monthly/annual releases ----
ann(id="a01", src="bps-kalsel", t="2026-11-05 11:20",
    title="TPT Kalimantan Selatan Agustus 2026 Turun Jadi 4,08 Persen",
    text="""BANJARBARU – Badan Pusat Statistik (BPS) Provinsi Kalimantan Selatan merilis hasil Survei Angkatan Kerja Nasional (Sakernas) Agustus 2026 pada {D5} di Aula BPS Kalsel, Banjarbaru. Tingkat pengangguran terbuka (TPT) tercatat 4,08 persen, turun dari 4,31 persen pada Agustus 2025.

Jumlah angkatan kerja mencapai 2,31 juta orang, dengan sektor pertanian masih menyerap tenaga kerja terbanyak, yakni 29,6 persen. Pengangguran tertinggi berada pada lulusan SMK. "Penurunan ini ditopang pulihnya sektor perdagangan dan konstruksi, namun lulusan SMK perlu perhatian khusus," kata Kepala BPS Provinsi Kalsel, Hendra Wiratmaja.

BPS mengajak pemerintah daerah memanfaatkan data ini untuk merancang pelatihan kerja tahun 2027. Tabel lengkap dapat diunduh gratis melalui laman resmi BPS Kalsel. (bps-kalsel/hms)""",
    S="BPS Kalsel: pengangguran terbuka Agustus 2026 turun jadi 4,08 persen (tahun lalu 4,31 persen). Angkatan kerja 2,31 juta orang, pengangguran tertinggi dari lulusan SMK.",
    L="Kabar dari BPS Kalsel: hasil Sakernas Agustus 2026 dirilis hari Kamis kemarin di Banjarbaru. Angka pengangguran terbuka kita turun ke 4,08 persen, sebelumnya 4,31 persen. Pertanian masih jadi lapangan kerja terbesar (29,6 persen), tapi yang paling banyak menganggur justru lulusan SMK. Kepala BPS Kalsel Hendra Wiratmaja minta pemda pakai data ini untuk rencana pelatihan kerja 2027.",
    P="Bubuhan dangsanak, BPS Kalsel baru mangumumakan pengangguran di banua kita turun, tinggal 4,08 persen haja, tahun tadi 4,31 🙏 Tapi nang kada bagawi paling banyak malah lulusan SMK, jar Pak Hendra kapala BPS. Mudahan pelatihan kerja 2027 kawa manjawab 💪 #Sakernas #KalselBabungas",
    R="TPT Kalsel Agustus 2026 turun ke 4,08 persen (BPS)",
    N=[("kim-pembataan", 30, "Tabalong's own labour figures from Disnaker job fair, not the BPS release", "Job fair Disnakertrans Tabalong di Gedung Pusat Informasi Murung Pudak hari ini diikuti 23 perusahaan, lowongan 640 posisi. Kata panitia, pelamar paling banyak lulusan SMK. Yang belum sempat datang, besok masih buka sampai jam 3 sore."),
       ("kim-tatakan", 52, "2025 Sakernas figure recalled in a student quiz, another event", "Selamat buat siswa SMAN 1 Tapin Selatan juara 2 lomba cerdas cermat ekonomi tingkat kabupaten. Salah satu soalnya: berapa TPT Kalsel Agustus 2025? Jawabannya 4,31 persen, dan tim kita jawab benar 👏"),
       ("kim-sungai-danau", 96, "a mining company lay-off rumour in Satui, not the BPS release", "Dengar-dengar ada PHK di salah satu kontraktor tambang di Satui, katanya sampai ratusan orang. Belum ada info resmi dari Disnaker Tanbu, jadi jangan dulu disebar kalau belum jelas sumbernya ya dangsanak.")],
    B=None)

ann(id="a02", src="bps-kalsel", t="2026-11-02 10:05",
    title="NTP Kalsel Oktober 2026 Naik 1,12 Persen, Subsektor Perkebunan Terangkat Harga Karet",
    text="""BANJARBARU – BPS Provinsi Kalimantan Selatan mengumumkan Nilai Tukar Petani (NTP) Oktober 2026 sebesar 109,42 pada {D2}. Angka ini naik 1,12 persen dibanding September 2026 yang tercatat 108,21.

Kenaikan tertinggi terjadi pada subsektor tanaman perkebunan rakyat sebesar 3,05 persen, terutama karena naiknya harga karet dan kelapa sawit di tingkat petani. Sebaliknya, subsektor hortikultura turun 0,86 persen. "Harga jual karet yang membaik membuat daya beli petani kebun ikut naik bulan ini," ujar Fungsional Statistisi Ahli Madya BPS Kalsel, Nurlaila Ramadhani.

Data NTP dihimpun dari survei harga perdesaan di 13 kabupaten/kota setiap bulan. Rilis NTP November 2026 dijadwalkan awal Desember mendatang. (bps-kalsel/nr)""",
    S="NTP Kalsel Oktober 2026 = 109,42, naik 1,12 persen dari September. Perkebunan rakyat naik paling tinggi (3,05 persen) karena harga karet dan sawit.",
    L=None,
    P="Alhamdulillah pahumaan wan pakabunan, NTP Kalsel bulan Oktober naik ka 109,42, jar BPS. Nang paling naik bubuhan pakabun (3,05 persen) sabab rega gatah wan sawit bagus. Nang hortikultura malah turun saitik. Mudahan tatap baik sampai akhir tahun 🌴",
    R="NTP Oktober 2026 naik 1,12 persen menjadi 109,42",
    N=[("kim-batu-piring", 20, "a KUD's rubber price notice in Balangan, not the NTP release", "Info harga gatah di KUD Batu Piring minggu ini Rp13.400/kg kering angin. Naik Rp600 dibanding minggu lalu. Timbang hari Kamis seperti biasa ya."),
       ("kim-sungai-alang", 75, "a farmer group's own harvest report, another event", "Poktan Karya Bersama Sungai Alang panen cabai rawit 1,2 ton di lahan 2 hektare. Harga di pengepul turun jadi Rp38 ribu, petani harap harga naik lagi menjelang akhir tahun."),
       ("kim-pasar-panas", 130, "November NTP expected in December, a later release told as a wish", "Kapan keluar data NTP November? Jar kawan di dinas, BPS baru merilis awal Desember. Mudahan harga karet kada turun lagi bulan ini, soalnya hujan terus, kada kawa menyadap.")],
    B=None)

ann(id="a03", src="bps-kalsel", t="2026-11-16 14:10",
    title="IPM Kalimantan Selatan 2026 Capai 74,36, Banjarbaru Tertinggi",
    text="""BANJARBARU – BPS Provinsi Kalimantan Selatan merilis Indeks Pembangunan Manusia (IPM) 2026 pada {D16}. IPM Kalsel tercatat 74,36, naik 0,71 poin dari tahun sebelumnya dan masuk kategori tinggi.

Kota Banjarbaru mencatat IPM tertinggi sebesar 81,94, disusul Kota Banjarmasin 80,12, sedangkan Kabupaten Balangan dan Hulu Sungai Utara masih di bawah 70. Umur harapan hidup saat lahir mencapai 70,4 tahun. "Kenaikan terbesar datang dari dimensi pengeluaran per kapita, sementara rata-rata lama sekolah naik lebih lambat," kata Kepala BPS Provinsi Kalsel, Hendra Wiratmaja.

Rincian IPM per kabupaten/kota dapat dilihat dalam Berita Resmi Statistik di laman BPS Kalsel. BPS siap memaparkan hasilnya kepada Bappeda kabupaten/kota yang meminta. (bps-kalsel/hms)""",
    S="IPM Kalsel 2026 = 74,36 (naik 0,71 poin). Tertinggi Banjarbaru 81,94, Banjarmasin 80,12; Balangan dan HSU masih di bawah 70.",
    L="BPS Kalsel baru merilis IPM 2026 pada Senin (16/11). Angka provinsi 74,36, naik 0,71 poin, kategori tinggi. Banjarbaru paling tinggi dengan 81,94, lalu Banjarmasin 80,12. Dua kabupaten, Balangan dan HSU, masih di bawah 70. Umur harapan hidup 70,4 tahun. Kata Kepala BPS Kalsel Hendra Wiratmaja, naiknya paling banyak dari pengeluaran per kapita, sedangkan lama sekolah naiknya pelan.",
    P="IPM Kalsel tahun ini 74,36 jar BPS, naik 0,71. Banjarbaru paling tinggi 81,94 🏆 Balangan wan HSU masih di bawah 70, jadi PR gasan pamarintah. Nang lambat naik tuh lawas sakulah, jadi ayo kakanakan jangan bahinti sakulah lah 📚",
    R="IPM Kalsel 2026: 74,36, Banjarbaru tertinggi 81,94",
    N=[("kim-tebing-tinggi", 40, "Balangan's own school-participation drive using the same 'di bawah 70' talk, another event", "Camat Tebing Tinggi kumpulkan kepala desa hari ini bahas anak putus sekolah. Ada 37 anak usia SMP di kecamatan kita yang tidak lanjut sekolah. Tiap desa diminta mendata ulang dan mengantar anaknya ke sekolah terdekat sebelum Januari."),
       ("kim-guntung-paikat", 5, "same Kepala BPS the same day at a campus talk, another event", "Kuliah umum di Universitas Lambung Mangkurat Banjarbaru sore ini menghadirkan Kepala BPS Kalsel Hendra Wiratmaja. Temanya cara membaca data untuk skripsi. Mahasiswa banyak bertanya soal akses data mikro untuk penelitian."),
       ("kim-palampitan", 150, "HSU health office life-expectancy campaign with 70,4 meaning another thing", "Puskesmas Amuntai Tengah gelar senam lansia di lapangan Palampitan Hilir. 70 lansia hadir, rata-rata umur 70,4 tahun kata bidan sambil bercanda, paling tua 91 tahun. Selesai senam ada cek tensi dan gula darah gratis.")],
    B=None)

# ---- family B: survei ubinan & KSA padi ----
ann(id="a04", src="pemkab-tapin", t="2026-11-04 09:40",
    title="BPS Tapin dan Distan Laksanakan Survei Ubinan Padi di 120 Plot Candi Laras",
    text="""RANTAU – Petugas BPS Kabupaten Tapin bersama penyuluh Dinas Pertanian Tapin melaksanakan survei ubinan padi subround III pada {D3} hingga {D13}. Sebanyak 120 plot sawah di Kecamatan Candi Laras Selatan dan Candi Laras Utara dipilih secara acak untuk ditimbang hasil panennya.

Setiap plot berukuran 2,5 x 2,5 meter dipanen, dirontok dan ditimbang di depan pemilik lahan. Hasil ubinan menjadi dasar perhitungan produktivitas padi Tapin tahun 2026. "Kami minta petani yang sawahnya terpilih tidak memanen lebih dulu sebelum petugas datang," kata Kepala Dinas Pertanian Kabupaten Tapin, Syahrani Fauzi.

Petani yang plotnya terpilih akan dihubungi penyuluh desa dua hari sebelum jadwal. Produktivitas hasil survei akan diumumkan BPS pada Maret 2027. (mc-tapin/ys)""",
    S="Survei ubinan padi di 120 plot sawah Candi Laras Selatan dan Candi Laras Utara, Tapin, 3–13 November. Petani yang sawahnya terpilih diminta jangan panen duluan sebelum petugas datang.",
    L=None,
    P="Pahumaan di Candi Laras, bubuhan BPS wan panyuluh turun ka sawah 3 sampai 13 November, maubin 120 plot. Amun sawah pian tapilih, jangan dulu diatam sabalum patugas datang lah, jar Kadistan Tapin 🌾 Kaina dikabari panyuluh dua hari sabalumnya.",
    R="ubinan padi 120 plot di Candi Laras (Tapin)",
    N=[("kim-tatakan", 60, "Tapin harvest festival (panen raya) with the Bupati, not the survey", "Panen raya padi di Desa Tatakan dihadiri Bupati Tapin pagi tadi. Hasil panen poktan Sumber Rezeki rata-rata 4,6 ton per hektare. Petani minta bantuan combine harvester tambahan untuk musim depan."),
       ("kim-margasari", 170, "a village's own harvest weighing contest with the same plot size, another event", "Lomba ubinan antarkelompok tani Margasari Ilir selesai. Plot ukuran 2,5 x 2,5 meter ditimbang panitia desa, juara satu Poktan Harapan Jaya 3,9 kg per plot. Hadiahnya pupuk dari BUMDes."),
       ("kim-binuang", 90, "BPS Tapin training for another survey (harga produsen), another event", "BPS Tapin latih 14 mitra statistik untuk survei harga produsen gabah di penggilingan padi se-Kabupaten Tapin. Pencacahan dimulai pekan depan di 22 penggilingan.")],
    B=("kim-margasari", 20, "villagers see officers arrive the day before the release, no release content", "Tadi siang ada petugas pakai rompi BPS di sawah Margasari, motong padi satu petak kecil terus ditimbang. Pemilik sawahnya bilang sawahnya kepilih sampel. Ada yang tahu ini survei apa?"))

ann(id="a05", src="pemkab-hss", t="2026-11-10 15:30",
    title="48 Petugas KSA di HSS Dilatih Gunakan Aplikasi Pengamatan Fase Tumbuh Padi",
    text="""KANDANGAN – Dinas Pertanian bersama BPS Kabupaten Hulu Sungai Selatan melatih 48 petugas Survei Kerangka Sampel Area (KSA) di Aula Dinas Pertanian HSS pada {D10}. Pelatihan membahas pengamatan fase tumbuh padi dan jagung menggunakan aplikasi di ponsel.

Setiap petugas mengamati titik-titik sampel pada tujuh hari terakhir setiap bulan dan memotret kondisi lahan, mulai dari persiapan lahan, fase vegetatif, generatif hingga panen. "Data KSA yang akurat membuat perkiraan panen HSS bisa dipakai untuk mengatur distribusi pupuk dan benih," kata Sekretaris Dinas Pertanian HSS, Rahmat Hidayatullah.

Pengamatan KSA periode November dimulai {D23}. Warga yang melihat petugas berompi BPS di sawah diminta tidak khawatir dan membantu memberi akses jalan. (mc-hss/rt)""",
    S="Dinas Pertanian & BPS HSS melatih 48 petugas Survei KSA di Kandangan. Pengamatan fase tumbuh padi/jagung periode November mulai Senin 23 November.",
    L="HSS: 48 petugas Survei Kerangka Sampel Area (KSA) dilatih di Aula Dinas Pertanian HSS pada Selasa (10/11). Mereka mengamati titik sampel sawah tiap tujuh hari terakhir setiap bulan lewat aplikasi di HP, dari olah lahan sampai panen. Kata Sekretaris Distan HSS Rahmat Hidayatullah, datanya dipakai mengatur pupuk dan benih. Pengamatan November mulai Senin 23/11, warga diminta membantu akses jalan bagi petugas berompi BPS.",
    P="Jangan takutan amun ada urang barompi BPS di sawah pian, itu patugas KSA, 48 urang sudah dilatih Distan wan BPS HSS. Inya mamotret sawah tiap ujung bulan, mulai 23 November ni. Tulungi haja babari jalan lah dangsanak 🙏",
    R="48 petugas Survei KSA HSS dilatih",
    N=[("kim-padang-batung", 500, "KSA officers in another kabupaten (HST) next month, another event", "Petugas KSA dari BPS HST mulai turun ke sawah Batang Alai Selatan untuk pengamatan bulan Desember. Warga diminta tidak heran kalau ada yang memotret sawah dari pematang."),
       ("kim-kandangan-kota", 28, "same Aula Dinas Pertanian HSS, a fertiliser meeting", "Rapat alokasi pupuk bersubsidi 2027 di Aula Distan HSS hari ini. Kuota urea HSS diusulkan 9.200 ton. Kelompok tani diminta segera melengkapi e-RDKK sebelum 30 November."),
       ("kim-hamalau", 120, "a drone mapping of rice fields by a university, not KSA", "Mahasiswa KKN ULM menerbangkan drone di persawahan Hamalau untuk memetakan lahan sawah desa. Peta ini nanti diserahkan ke pembakal untuk profil desa.")],
    B=None)

ann(id="a06", src="pemkab-batola", t="2026-11-19 10:00",
    title="Ubinan Padi Batola Catat Rata-rata 4,21 Ton per Hektare di Anjir",
    text="""MARABAHAN – Hasil sementara survei ubinan padi di Kabupaten Barito Kuala menunjukkan produktivitas rata-rata 4,21 ton gabah kering panen per hektare. Angka ini disampaikan dalam rapat evaluasi di Kantor Bappelitbangda Batola pada {D19}.

Survei dilakukan BPS Batola bersama penyuluh pada 96 plot di Kecamatan Anjir Pasar, Anjir Muara dan Tamban sejak Oktober. Produktivitas tertinggi tercatat di Anjir Muara dengan 4,58 ton per hektare. "Angka ini masih sementara, tetapi sudah memperlihatkan dampak perbaikan saluran tersier tahun lalu," ujar Kepala Bappelitbangda Batola, Muhammad Ridwan Arifin.

Angka final produktivitas akan dirilis BPS bersama angka luas panen pada awal 2027. Dinas Pertanian diminta memakai hasil sementara untuk rencana tanam musim berikut. (mc-batola/fa)""",
    S="Ubinan padi Batola (96 plot di Anjir Pasar, Anjir Muara, Tamban): rata-rata sementara 4,21 ton GKP per hektare, tertinggi Anjir Muara 4,58 ton.",
    L=None,
    P="Hasil maubin padi di Batola, rata-rata 4,21 ton sa hektar jar Bappelitbangda, nang paling banyak di Anjir Muara 4,58 ton 🌾 Masih angka sementara, nang pasti kaina awal 2027 dari BPS. Alhamdulillah saluran nang dibaiki tahun tadi ada hasilnya.",
    R="ubinan Batola: rata-rata 4,21 ton per hektare",
    N=[("kim-anjir-pasar", 48, "a farmer group's own yield claim in Anjir Pasar, not the survey result", "Poktan Maju Bersama Anjir Pasar panen perdana varietas Inpari 32 di demplot 1 hektare. Hasilnya 5,1 ton kata penyuluh. Petani lain diajak mencoba varietas ini musim depan."),
       ("kim-berangas", 100, "same Bappelitbangda hall, a musrenbang, another event", "Musrenbang tematik kecamatan Alalak di Kantor Bappelitbangda Batola hari ini. Usulan terbanyak soal jalan lingkungan dan lampu jalan di Berangas Barat."),
       ("kim-marabahan-kota", 230, "2025 productivity recalled, another year", "Tahun lalu produktivitas padi Batola tercatat sekitar 3,9 ton per hektare. Moga tahun ini lebih baik, soalnya banyak sawah di Marabahan yang kebanjiran bulan Mei.")],
    B=None)

# ---- family C: Regsosek verifikasi ----
ann(id="a07", src="pemprov-kalsel", t="2026-11-06 13:15",
    title="Verifikasi Lapangan Regsosek 2026 di Kalsel Sasar 1,38 Juta Keluarga",
    text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan bersama BPS memulai verifikasi lapangan Registrasi Sosial Ekonomi (Regsosek) 2026 pada {D9} hingga {D30}. Sebanyak 1,38 juta keluarga di 13 kabupaten/kota akan didatangi petugas.

Pencanangan dilakukan di Gedung Mahligai Pancasila, Banjarmasin, {D6}. Sekitar 6.200 petugas akan mencocokkan kondisi rumah, pekerjaan dan kepemilikan aset keluarga dengan data sebelumnya. "Kami minta warga menjawab apa adanya, karena data ini dipakai untuk banyak program, bukan hanya bantuan sosial," kata Asisten Pemerintahan dan Kesra Setdaprov Kalsel, Ahmad Fikri Zulkarnain.

Petugas membawa surat tugas dan kartu identitas BPS. Warga diminta tidak memberikan uang kepada siapa pun yang mengatasnamakan petugas Regsosek. (mc-kalsel/af)""",
    S="Verifikasi lapangan Regsosek 2026 di Kalsel 9–30 November: 6.200 petugas mendatangi 1,38 juta keluarga di 13 kabupaten/kota. Petugas bawa surat tugas & ID BPS, jangan beri uang.",
    L="Regsosek 2026 dicanangkan Jumat (6/11) di Mahligai Pancasila. Mulai Senin 9 sampai 30 November, sekitar 6.200 petugas mendatangi 1,38 juta keluarga di seluruh Kalsel untuk mencocokkan kondisi rumah, pekerjaan dan aset. Asisten Pemerintahan dan Kesra Ahmad Fikri Zulkarnain minta warga jawab apa adanya karena data dipakai untuk banyak program. Petugas resmi bawa surat tugas dan ID BPS, dan tidak boleh minta uang.",
    P="Dangsanak, mulai 9 sampai 30 November ada patugas Regsosek mandatangi rumah, 1,38 juta kaluarga sa Kalsel 🏠 Jawab haja apa adanya, kada usah malu. Patugas nang asli mambawa surat tugas wan kartu BPS, wan kada bulih maminta duit sapir-pun! Amun ada nang maminta duit, lapurakan ka RT.",
    R="Regsosek 2026: verifikasi 1,38 juta keluarga, 9–30 November",
    N=[("kim-teluk-dalam", 30, "same Mahligai Pancasila, another event", "Malam ini di Gedung Mahligai Pancasila ada pelantikan pengurus Karang Taruna Provinsi Kalsel periode 2026–2031. Ketua terpilih dari Banjarbaru."),
       ("kim-pekauman", 80, "a fake Regsosek officer asking money, a warning about a scam incident", "Hati-hati, tadi di gang kami ada orang ngaku petugas Regsosek minta uang Rp50 ribu untuk 'biaya input data bansos'. Waktu ditanya surat tugas, dia pergi. Petugas resmi tidak pernah minta uang!"),
       ("kim-sungai-alang", 260, "DTSEN bansos list announced at the village, another programme", "Daftar penerima bansos sembako tahap IV sudah ditempel di kantor desa Sungai Alang. Yang merasa layak tapi belum masuk bisa usul lewat musyawarah desa bulan depan.")],
    B=("kim-basirih-selatan", 30, "invitation to the launch before the release", "Besok pagi ketua RT se-Banjarmasin Selatan diundang ke Mahligai Pancasila, katanya pencanangan pendataan keluarga oleh BPS. Jangan lupa pakai baju batik ya pak RT."))

ann(id="a08", src="pemkab-balangan", t="2026-11-07 16:45",
    title="214 Petugas Regsosek Balangan Dilantik, Siap Datangi 41 Ribu Keluarga",
    text="""PARINGIN – Sebanyak 214 petugas verifikasi Registrasi Sosial Ekonomi (Regsosek) Kabupaten Balangan dilantik di Pendopo Bupati Balangan pada {D7}. Mereka akan mendatangi sekitar 41.300 keluarga di delapan kecamatan mulai {D9}.

Para petugas terdiri atas 186 pencacah dan 28 pemeriksa yang direkrut BPS Balangan dari warga setempat. Wilayah tersulit berada di Kecamatan Halong dan Tebing Tinggi karena jarak antarpermukiman yang jauh. "Kepala desa harus mendampingi petugas, terutama di kampung yang jauh dari jalan utama," kata Wakil Bupati Balangan, Ruslan Effendi.

Verifikasi di Balangan ditargetkan selesai {D28}, lebih cepat dua hari dari jadwal provinsi. Warga yang belum didatangi hingga tanggal itu dapat melapor ke kantor desa. (mc-balangan/re)""",
    S="Balangan lantik 214 petugas Regsosek (186 pencacah, 28 pemeriksa) untuk mendatangi sekitar 41.300 keluarga di 8 kecamatan, 9–28 November.",
    L=None,
    P="Balangan sudah malantik 214 patugas Regsosek di Pendopo, gasan mandatangi 41 ribuan kaluarga di walu kecamatan 🙏 Nang paling jauh di Halong wan Tebing Tinggi. Amun sampai 28 November rumah pian balum didatangi, padahi ka kantor desa lah.",
    R="Balangan lantik 214 petugas Regsosek",
    N=[("kim-tebing-tinggi", 110, "Tebing Tinggi village's own house numbering, another activity", "Pemerintah desa mulai memasang nomor rumah di semua rumah warga Tebing Tinggi, total 412 rumah. Kata pembakal, nomor ini untuk memudahkan surat-menyurat dan petugas yang datang."),
       ("kim-paringin-kota", 4, "same Wabup the same evening at another event", "Wakil Bupati Balangan Ruslan Effendi malam ini membuka turnamen bola voli antar-RT di lapangan Paringin Kota. 16 tim ikut, final direncanakan Sabtu depan."),
       ("kim-tebing-tinggi", 330, "a complaint that officers skipped a hamlet, told as its own local problem after the round", "Dusun kami di ujung Tebing Tinggi sampai hari ini belum didatangi petugas pendataan. Jalan ke sini memang rusak habis hujan. Sudah lapor ke pak pembakal, katanya akan disampaikan ke kecamatan.")],
    B=None)

ann(id="a09", src="pemkot-banjarmasin", t="2026-11-12 11:00",
    title="Pemko Banjarmasin Buka Posko Aduan Regsosek di 52 Kelurahan",
    text="""BANJARMASIN – Pemerintah Kota Banjarmasin membuka posko aduan Registrasi Sosial Ekonomi (Regsosek) di 52 kantor kelurahan mulai {D12}. Posko melayani warga yang belum didatangi petugas atau merasa datanya tidak sesuai.

Hingga pekan pertama verifikasi, petugas BPS Kota Banjarmasin telah mendatangi 61.400 dari sekitar 188 ribu keluarga. Posko buka setiap hari kerja pukul 08.00–15.00 Wita dan dilayani staf kelurahan bersama kader PKK. "Jangan menunggu di rumah saja; kalau sampai akhir bulan belum didata, datanglah ke posko kelurahan dengan membawa kartu keluarga," kata Sekretaris Daerah Kota Banjarmasin, Iwan Syahputra.

Seluruh aduan dari posko akan diteruskan ke BPS setiap Jumat. Pemko juga meminta ketua RT menempelkan jadwal kunjungan petugas di lingkungan masing-masing. (mc-bjm/is)""",
    S="Banjarmasin buka posko aduan Regsosek di 52 kantor kelurahan mulai 12 November (hari kerja 08.00–15.00). Baru 61.400 dari sekitar 188 ribu keluarga yang didatangi; bawa KK kalau belum didata.",
    L="Pemko Banjarmasin membuka posko aduan Regsosek di 52 kelurahan mulai Kamis (12/11). Posko buka Senin–Jumat jam 8 sampai 3 sore, dijaga staf kelurahan dan kader PKK. Sampai pekan pertama baru 61.400 dari sekitar 188 ribu keluarga yang didatangi petugas BPS. Sekda Iwan Syahputra: kalau sampai akhir bulan belum didata, datang ke posko bawa KK. Aduan diteruskan ke BPS tiap Jumat.",
    P="Warga Banjarmasin, amun rumah pian balum didatangi patugas Regsosek, wayah ini ada posko di 52 kalurahan, bukanya jam 8 sampai jam 3 hari gawi 📝 Bawa KK haja. Baru 61 ribuan kaluarga nang didata matan 188 ribu, jadi santai haja, tapi jangan kalupaan!",
    R="posko aduan Regsosek di 52 kelurahan Banjarmasin",
    N=[("kim-sungai-miai", 40, "a kelurahan's own posko for flood reports with the same hours", "Kelurahan Sungai Miai membuka posko siaga banjir rob mulai hari ini, buka jam 08.00–15.00 di kantor kelurahan. Warga yang rumahnya terendam bisa melapor dengan membawa KK."),
       ("kim-pekauman", 140, "the posko's own later count at one kelurahan, told as local news", "Posko di Kelurahan Pekauman sudah menerima 37 warga yang mengaku belum didata. Kata pak lurah, petugas akan datang ke rumah mereka pekan depan. Yang belum lapor masih bisa sampai akhir bulan."),
       ("kim-teluk-dalam", 300, "a Banjarbaru posko opened later, another city", "Pemko Banjarbaru juga membuka layanan aduan pendataan keluarga di 20 kelurahan mulai hari ini, kata teman di Loktabat. Semoga cepat selesai.")],
    B=None)
