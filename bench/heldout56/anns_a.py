"""Hand-written releases a01–a11 (heldout56): sport qualifiers and camps, talent scouting, youth exchange, youth business.

Each entry: the release (src, reg, at, title, text), a short summary, sometimes a long one, a paraphrase
(`pk` banjar/casual), look-alikes (`look`: t text, d how it differs, h hours after the release, r region code or kim id)
and sometimes a `before` post (h hours before the release).
"""

A = [
dict(id="a01", src="dispora-kalsel", reg="prov", at="2026-11-02T14:20",
title="Pelatda PON XXII Kalsel Tahap I Dimulai, 112 Atlet dari 17 Cabor Jalani Pemusatan Latihan",
text="""BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan melalui Dinas Pemuda dan Olahraga (Dispora) memulai Pemusatan Latihan Daerah (Pelatda) PON XXII 2028 tahap I, Senin (2/11/2026). Sebanyak 112 atlet dari 17 cabang olahraga menjalani latihan terpusat di kompleks Stadion 17 Mei Banjarmasin hingga 30 April 2027. Setiap atlet menerima uang saku Rp2,5 juta per bulan serta pemeriksaan kesehatan berkala.

“Pelatda ini bukan sekadar latihan rutin. Kami ingin atlet Kalsel datang ke babak kualifikasi dalam kondisi puncak, jadi program fisik, gizi dan psikologi kami susun sejak hari pertama,” kata Kepala Dispora Kalsel, Ir. Rahmadi Syarif.

Evaluasi tahap I dijadwalkan Januari 2027. Atlet yang tidak memenuhi target catatan waktu atau peringkat akan digantikan atlet cadangan hasil seleksi cabor. (dspr/ha)""",
short="Pelatda PON XXII Kalsel tahap I mulai Senin (2/11): 112 atlet dari 17 cabor latihan terpusat di Stadion 17 Mei Banjarmasin sampai 30 April 2027, uang saku Rp2,5 juta per bulan.",
long="""Mulai Senin kemarin 112 atlet Kalsel dari 17 cabang olahraga masuk Pelatda PON XXII tahap I di kompleks Stadion 17 Mei Banjarmasin. Latihan terpusat berjalan sampai akhir April 2027, dengan uang saku Rp2,5 juta sebulan dan cek kesehatan berkala. Kadispora Kalsel Rahmadi Syarif menyebut program fisik, gizi dan psikologi disusun sejak hari pertama. Januari nanti ada evaluasi; atlet yang tidak mencapai target diganti atlet cadangan dari seleksi cabor.""",
para="""Bubuhan atlet Kalsel wayahini sudah bakumpul di Stadion 17 Mei, dangsanak ai 🔥 Saratus dua walas urang matan tujuh walas cabor masuk Pelatda PON, balatihan tarus sampai April 2027. Duit saku dua juta satangah sabulan, kasihatan dipariksa jua. Januari kaina dievaluasi, nang kada mancapai target diganti cadangan. Samangat lah pian barataan! #PONKalsel #Pelatda""", pk="banjar",
look=[
dict(t="""Pemko Banjarmasin mulai Puslatkot (pemusatan latihan kota) menuju Porprov XIII, Senin (9/11). Ada 86 atlet dari 14 cabor yang dikumpulkan di GOR Hasanuddin HM, latihan tiga kali seminggu sampai Maret. Kadispora kota berpesan jaga disiplin dan jangan ada yang main HP waktu latihan 😄""",
     d="Banjarmasin's own city camp for the provincial games (Porprov), 86 athletes at GOR Hasanuddin HM, a week later", h=170, r="bjm"),
dict(t="""Alhamdulillah ujian kenaikan sabuk INKAI ranting Kelayan tadi pagi lancar. Sebanyak 112 karateka ikut ujian di GOR Hasanuddin HM, dari sabuk putih sampai coklat. Terima kasih para sensei dan orang tua yang mendampingi.""",
     d="same figure 112 but a karate belt exam, nothing to do with the PON training camp", h=130, r="bjm"),
dict(t="""Ulun handak batakun ja, kanapa atlet dayung matan Aranio kada ada nang dipanggil Pelatda? Padahal tahun tadi juara di Riam Kanan. Ujar pelatihnya seleksi cabor dayung belum tuntung. Mudahan ja kena ada tahap kadua.""",
     d="a village's complaint about not being picked; about selection, does not relay the start of the camp", h=60, r="kim-aranio"),
],
before=dict(t="""Info dari pelatih: besok pagi atlet yang dipanggil Pelatda PON sudah harus lapor di asrama Stadion 17 Mei, bawa surat izin sekolah atau kantor. Anak-anak silat kita ada tiga orang yang berangkat, doakan lancar 🙏""",
     d="posted the evening before the camp starts and before the release; the writer's own club news", h=20),
),

dict(id="a02", src="pemprov-kalsel", reg="banjar", at="2026-11-12T10:05",
title="Kalsel Tuan Rumah Pra-PON Dayung Zona Kalimantan di Waduk Riam Kanan",
text="""MARTAPURA – Kalimantan Selatan menjadi tuan rumah babak kualifikasi (Pra-PON) cabang olahraga dayung zona Kalimantan di Waduk Riam Kanan, Kecamatan Aranio, Kabupaten Banjar, Senin (16/11/2026) hingga Jumat (20/11/2026). Sebanyak 146 atlet dari lima provinsi akan bertanding di nomor kano, kayak dan perahu naga untuk memperebutkan tiket ke PON XXII 2028.

“Riam Kanan punya lintasan alam yang tenang dan panjang. Kami minta warga sekitar ikut menjaga kebersihan dan keamanan, karena mata tamu dari empat provinsi tertuju ke sini,” ujar Asisten Pemerintahan dan Kesra Setdaprov Kalsel, Drs. H. Syaiful Anwar Lubis.

Panitia menyiapkan dermaga apung sementara dan membuka area penonton gratis di Tahura Sultan Adam. Jadwal lomba diumumkan Minggu (15/11/2026) setelah rapat teknik. (humprov/sy)""",
short="Pra-PON dayung zona Kalimantan di Waduk Riam Kanan, Aranio, Senin–Jumat (16–20/11): 146 atlet dari lima provinsi, nomor kano, kayak dan perahu naga; area penonton gratis.",
long="""Waduk Riam Kanan di Aranio jadi tuan rumah Pra-PON dayung zona Kalimantan 16–20 November. Ada 146 atlet dari lima provinsi yang turun di kano, kayak dan perahu naga, berebut tiket PON XXII 2028. Asisten Setdaprov Syaiful Anwar Lubis minta warga ikut menjaga kebersihan dan keamanan. Panitia siapkan dermaga apung sementara, area penonton gratis, dan jadwal lomba keluar Minggu 15/11 setelah rapat teknik.""",
para="""Dangsanak, Riam Kanan kaina ramian banar! 🛶 Tanggal 16 sampai 20 November ada Pra-PON dayung zona Kalimantan, saratus ampat puluh anam atlet matan lima provinsi. Ada kano, kayak wan perahu naga. Urang kampung dijapai gasan bajaga kabarasihan. Manonton kada bayar, di Tahura. #PraPON #RiamKanan""", pk="banjar",
look=[
dict(t="""Lomba dayung jukung antar-RT di Waduk Riam Kanan hari ini meriah 🛶 Ada 18 jukung dari desa Tiwingan Lama dan Tiwingan Baru, juaranya RT 03. Hadiahnya kambing dan beras. Acara tahunan bubuhan pemuda desa.""",
     d="a village's own jukung race among RTs on the same reservoir, after the qualifier", h=560, r="kim-aranio"),
dict(t="""Hasil Pra-PON dayung hari ketiga: Kalsel tambah dua tiket PON di K-2 500 meter putri dan perahu naga 200 meter. Total sudah lima tiket. Besok nomor kano 1.000 meter 💪""",
     d="results of day three of the qualifier (19/11), a later step with its own figures, not the hosting announcement", h=175, r="banjar"),
dict(t="""Tahun lalu Pra-PON dayung zona Kalimantan digelar di Sungai Mahakam, Samarinda, dan Kalsel pulang dengan tiga tiket. Masih ingat? Foto-foto lama dari grup dayung kita.""",
     d="last edition in Samarinda (2025), a recollection", h=30, r="kim-karang-intan"),
],
before=dict(t="""Dermaga apung di Riam Kanan sudah mulai dipasang tadi sore, katanya gasan lomba dayung tingkat Kalimantan. Banyak truk bawa kano jua. Ada yang tahu kapan mulai lombanya?""",
     d="eyewitness question about floats being installed, before the release"),
),

dict(id="a03", src="pemkab-tabalong", reg="tbl", at="2026-11-17T09:30",
title="Bupati Lepas Sembilan Atlet Tabalong ke Pelatda PON Kalsel",
text="""TANJUNG – Bupati Tabalong melepas sembilan atlet asal Tabalong yang dipanggil mengikuti Pemusatan Latihan Daerah (Pelatda) PON XXII Kalimantan Selatan, Selasa (17/11/2026), di Pendopo Bersinar, Tanjung. Mereka berasal dari cabang tinju, angkat besi, panjat tebing dan atletik. Pemkab memberi bekal transportasi Rp1,5 juta per atlet serta asuransi kecelakaan selama pelatda.

“Sembilan anak Tabalong ini hasil pembinaan panjang klub-klub kita. Bawa nama daerah dengan sikap baik, jaga kesehatan, dan jangan ragu menelepon dinas bila ada kendala,” pesan Kepala Dinas Kepemudaan dan Olahraga Tabalong, Hj. Noorhasanah Arbain.

Kesembilan atlet berangkat ke Banjarmasin Rabu (18/11/2026) pagi dengan kendaraan dinas dan didampingi dua pelatih daerah. (tbl/nh)""",
short="Sembilan atlet Tabalong (tinju, angkat besi, panjat tebing, atletik) dilepas ke Pelatda PON Kalsel Selasa (17/11) di Pendopo Bersinar; bekal Rp1,5 juta per atlet plus asuransi, berangkat Rabu pagi.",
para="""Salamat jalan bubuhan atlet Tabalong! Sanga urang nang dipanggil Pelatda PON dilapas di Pendopo Bersinar. Ada tinju, angkat basi, panjat tebing wan atletik. Pemkab mambari duit ungkos sajuta satangah surang wan asuransi jua. Baisukan Rabu bangkat ka Banjarmasin. Jaga awak lah 💪 #Tabalong""", pk="banjar",
look=[
dict(t="""Tadi di Pendopo Bersinar Bupati juga melepas 9 peserta MTQ tingkat nasional cabang tilawah dan tahfiz. Semoga lancar dan membawa nama Tabalong 🤲""",
     d="same pendopo and same figure nine, but MTQ participants", h=4, r="tbl"),
dict(t="""Klub panjat tebing Tanjung buka latihan rutin untuk pelajar tiap Sabtu sore di dinding panjat Stadion Pembataan. Gratis, bawa sepatu sendiri. Siapa tahu nanti bisa dipanggil Pelatda seperti kakak-kakaknya.""",
     d="a club's own training invitation, no send-off", h=96, r="tbl"),
dict(t="""Balangan melepas 4 atlet ke Pelatda PON hari ini dari Kantor Dispora Paringin, cabang pencak silat dan dayung. Dapat uang saku dari Pemkab Rp1 juta.""",
     d="another kabupaten's send-off (Balangan, four athletes, Rp1 juta)", h=26, r="blg"),
],
),

dict(id="a04", src="dispora-kalsel", reg="prov", at="2026-11-04T11:40",
title="Seleksi PPLP Kalsel 2027 Dibuka, Kuota 40 Pelajar untuk Lima Cabor",
text="""BANJARBARU – Dinas Pemuda dan Olahraga Kalimantan Selatan membuka seleksi Pusat Pendidikan dan Latihan Pelajar (PPLP) angkatan 2027, Rabu (4/11/2026). Kuota tersedia 40 pelajar kelas 7 sampai 10 untuk lima cabang, yaitu atletik, dayung, pencak silat, gulat dan angkat besi. Pendaftaran dibuka 9 hingga 21 November melalui sekolah masing-masing, sedangkan tes fisik dan keterampilan digelar Sabtu (28/11/2026) dan Minggu (29/11/2026) di Lapangan Murjani.

“Pelajar yang lolos tinggal di asrama, sekolah tetap jalan, dan seluruh biaya makan serta perlengkapan ditanggung provinsi,” jelas Kepala Bidang Peningkatan Prestasi Dispora Kalsel, Fahriansyah Noor, S.Or.

Hasil seleksi diumumkan pertengahan Desember. Orang tua diminta menyiapkan surat izin dan rapor dua semester terakhir. (dspr/fn)""",
short="Seleksi PPLP Kalsel 2027: kuota 40 pelajar kelas 7–10 untuk atletik, dayung, pencak silat, gulat, angkat besi; daftar 9–21 Nov lewat sekolah, tes 28–29 Nov di Lapangan Murjani.",
long="""Dispora Kalsel membuka seleksi PPLP angkatan 2027 dengan kuota 40 pelajar kelas 7 sampai 10. Cabornya atletik, dayung, pencak silat, gulat dan angkat besi. Daftar lewat sekolah 9–21 November, tes fisik dan keterampilan Sabtu–Minggu 28–29 November di Lapangan Murjani. Yang lolos tinggal di asrama, tetap sekolah, makan dan perlengkapan ditanggung provinsi. Pengumuman pertengahan Desember; siapkan surat izin orang tua dan rapor dua semester.""",
para="""Kakanakan nang hubaya olahraga, nah ada paluang! 🏃 PPLP Kalsel 2027 mambuka ampat puluh kursi gasan palajar kelas 7 sampai 10: atletik, dayung, silat, gulat, angkat basi. Badaptar lewat sakulah tanggal 9 sampai 21 November, tesnya 28–29 di Murjani. Nang lulus tinggal di asrama, makan ditanggung. #PPLPKalsel""", pk="banjar",
look=[
dict(t="""Pengumuman PPLP Kalsel angkatan 2025 dulu ada 36 pelajar yang lolos, termasuk dua dari desa kita. Sekarang satu sudah juara Kejurnas gulat remaja. Bangga!""",
     d="an earlier intake (2025) and a village pride story", h=50, r="tanbu"),
dict(t="""Tes fisik PPLP hari pertama di Lapangan Murjani pagi ini ramai, sekitar 300 pelajar antre lari 1.200 meter. Panas sekali, orang tua banyak yang berteduh di bawah pohon. Hasil belum keluar.""",
     d="the test day itself (28/11), a later step told as its own news", h=574, r="bjb"),
dict(t="""Sekolah kami, SMPN 2 Bati-Bati, juga bikin seleksi tim atletik internal untuk O2SN tahun depan. Ada 40 siswa daftar, latihan tiap Selasa dan Kamis sore.""",
     d="a school's own athletics squad with the same figure 40, not the PPLP", h=140, r="tala"),
],
before=dict(t="""Kabar dari guru olahraga: katanya sebentar lagi PPLP buka seleksi, ada dayung dan gulat. Anak-anak yang minat siapkan rapor dulu. Tunggu info resminya ya.""",
     d="hearsay before the official call is released"),
),

dict(id="a05", src="pemkab-hss", reg="hss", at="2026-11-09T13:10",
title="620 Siswa SD di HSS Ikuti Pemanduan Bakat Olahraga",
text="""KANDANGAN – Dinas Kepemudaan, Olahraga dan Pariwisata Kabupaten Hulu Sungai Selatan menggelar pemanduan bakat olahraga bagi 620 siswa kelas 5 SD dari 11 kecamatan, Senin (9/11/2026) sampai Kamis (12/11/2026), di Stadion Kandangan. Anak-anak menjalani tes lari 40 meter, lompat tegak, lempar bola dan kelentukan yang hasilnya dipetakan ke cabang olahraga yang paling cocok.

“Banyak anak berbakat di kampung yang tidak pernah ketahuan karena tidak ada alat ukur. Lewat tes sederhana ini kami temukan mereka lebih awal,” kata Kepala Disporapar HSS, H. M. Ridhani Akbar.

Sebanyak 60 anak dengan nilai tertinggi akan dibina di klub mitra mulai Januari 2027 dengan biaya latihan ditanggung Pemkab. (hss/ra)""",
short="HSS: 620 siswa kelas 5 SD dari 11 kecamatan ikut pemanduan bakat olahraga 9–12 Nov di Stadion Kandangan; 60 terbaik dibina di klub mitra mulai Januari 2027, biaya ditanggung Pemkab.",
para="""Bubuhan anak SD kelas 5 di HSS diukur bakat olahraganya, anam ratus dua puluh urang matan sabalas kacamatan 🏅 Ada tes bukah ampat puluh meter, malumpat, malimpar bola. Anam puluh nang paling bagus kaina dibina di klub, Januari 2027, ungkosnya ditanggung Pemkab. #HSS""", pk="banjar",
look=[
dict(t="""Hari ini di Stadion Kandangan juga ada seleksi tim sepak bola pelajar Piala Soeratin, 620 meter lintasan belum selesai diperbaiki jadi latihan pindah ke lapangan samping.""",
     d="same stadium, another selection (football), same figure 620 used for a track", h=28, r="hss"),
dict(t="""Desa Loksado punya cara sendiri: tiap Jumat sore anak-anak lomba lari dan panjat bambu, juaranya dapat buku tulis. Kata kepala desa, tujuannya biar anak tidak main HP terus.""",
     d="a village's own weekly children's races, no scouting programme", h=100, r="kim-loksado"),
dict(t="""HST juga mulai pemanduan bakat pekan depan untuk 450 siswa SD di Barabai, kata Disdik. Tunggu jadwal per sekolah.""",
     d="another kabupaten (HST), 450 pupils, next week", h=70, r="hst"),
],
before=dict(t="""Besok anak kelas 5 ikut tes bakat olahraga di Stadion Kandangan, diantar guru pakai pick up desa. Jangan lupa sarapan dan bawa botol minum ya nak 😊""",
     d="a parent's/village reminder the day before", h=18),
),

dict(id="a06", src="pemkot-banjarbaru", reg="bjb", at="2026-11-19T15:45",
title="Pemko Banjarbaru Buka Kelas Khusus Olahraga di SMPN 11, Tersedia 32 Kursi",
text="""BANJARBARU – Pemerintah Kota Banjarbaru membuka Kelas Khusus Olahraga (KKO) di SMP Negeri 11 Banjarbaru untuk tahun ajaran 2027/2028, Kamis (19/11/2026). Kelas ini menampung 32 siswa baru untuk tiga cabang, yaitu bola voli, renang dan panahan. Pendaftaran dibuka hingga 10 Desember 2026 secara daring, dilanjutkan tes fisik dan wawancara orang tua pada Januari 2027.

“Siswa KKO belajar kurikulum yang sama, tetapi jam latihan mereka terjadwal setiap pagi dengan pelatih bersertifikat. Kami ingin prestasi dan nilai rapor berjalan bersama,” ujar Kepala Dinas Pendidikan Kota Banjarbaru, Drs. Hairil Mahfudz.

Calon siswa harus berusia paling tinggi 13 tahun pada Juli 2027 dan memiliki surat keterangan sehat dari puskesmas. (bjb/hm)""",
short="Banjarbaru buka Kelas Khusus Olahraga di SMPN 11 untuk 2027/2028: 32 kursi (bola voli, renang, panahan), daftar daring sampai 10 Desember, tes Januari 2027.",
long="""Pemko Banjarbaru membuka Kelas Khusus Olahraga (KKO) di SMP Negeri 11 untuk siswa baru 2027/2028. Ada 32 kursi untuk bola voli, renang dan panahan. Pendaftaran daring sampai 10 Desember, tes fisik dan wawancara orang tua Januari 2027. Kurikulumnya sama dengan kelas biasa tapi ada latihan pagi dengan pelatih bersertifikat. Syarat: maksimal 13 tahun pada Juli 2027 dan surat sehat dari puskesmas.""",
para="""Guys, buat adik-adik yang mau masuk SMP dan jago voli, renang atau panahan: SMPN 11 Banjarbaru buka Kelas Khusus Olahraga, cuma 32 kursi lho 😮 Daftarnya online sampai 10 Desember, tesnya Januari. Sekolah tetap biasa, tapi tiap pagi latihan sama pelatih. Umur max 13 tahun pas Juli 2027 ya. Gas daftar!""", pk="casual",
look=[
dict(t="""SMPN 11 Banjarbaru juara umum lomba gerak jalan indah antar-SMP se-Banjarbaru kemarin. Selamat untuk 32 peserta barisan dan pelatihnya!""",
     d="same school, same figure 32, a marching contest", h=40, r="bjb"),
dict(t="""Klub renang Tirta Banua buka kelas pemula untuk anak 7–12 tahun di kolam renang Idaman, Rp200 ribu sebulan. Bukan program sekolah ya, ini kursus swasta.""",
     d="a private swimming course, not the school's sports class", h=120, r="bjb"),
dict(t="""Katanya Banjarmasin juga mau bikin kelas olahraga di SMP, tapi belum ada info resmi dari Disdik kota. Jangan percaya dulu yang minta uang pendaftaran.""",
     d="rumour about another city, explicitly unconfirmed", h=66, r="bjm"),
],
),

dict(id="a07", src="dispora-kalsel", reg="prov", at="2026-11-06T10:25",
title="148 Pemuda Ikuti Seleksi PPAN Kalsel, 30 Lolos ke Tahap Wawancara",
text="""BANJARBARU – Sebanyak 148 pemuda mengikuti seleksi Pertukaran Pemuda Antar Negara (PPAN) tingkat Provinsi Kalimantan Selatan tahap administrasi dan tes tertulis, Jumat (6/11/2026). Dari jumlah itu, 30 peserta dinyatakan lolos ke tahap wawancara dan unjuk bakat seni yang digelar Kamis (12/11/2026) dan Jumat (13/11/2026) di Aula Dispora Kalsel, Banjarbaru.

“Kami mencari anak muda yang bukan hanya pintar berbahasa asing, tetapi juga bisa menampilkan budaya Banjar dan Dayak di negara tujuan,” kata Kepala Bidang Pengembangan Pemuda Dispora Kalsel, Dra. Lailatul Qamariah.

Peserta terbaik akan dikirim ke seleksi nasional untuk program Kanada, Korea Selatan, Jepang, Malaysia dan kapal pemuda ASEAN-Jepang. Daftar 30 nama dapat dilihat di papan pengumuman dinas. (dspr/lq)""",
short="Seleksi PPAN Kalsel: dari 148 pendaftar, 30 pemuda lolos ke wawancara dan unjuk bakat seni 12–13 Nov di Aula Dispora Kalsel; yang terbaik maju ke seleksi nasional.",
long="""Seleksi Pertukaran Pemuda Antar Negara (PPAN) tingkat Kalsel: 148 pemuda ikut tes administrasi dan tertulis Jumat (6/11), 30 di antaranya lolos ke wawancara dan unjuk bakat seni Kamis–Jumat 12–13 November di Aula Dispora Kalsel. Kabid Pengembangan Pemuda Lailatul Qamariah mencari anak muda yang bisa menampilkan budaya Banjar dan Dayak di luar negeri. Yang terbaik dikirim ke seleksi nasional (Kanada, Korea Selatan, Jepang, Malaysia, kapal pemuda ASEAN-Jepang).""",
para="""Dangsanak, saratus ampat puluh walu pamuda umpat tes PPAN, talu puluh urang lulus ka wawancara 🌏 Tanggal 12 wan 13 November di aula Dispora, harus bisa bapandir bahasa asing wan manampilakan kasanian Banjar atawa Dayak. Nang pambagusnya bangkat ka seleksi nasional. Ngaran nang lulus ada di papan pangumuman dinas. #PPAN""", pk="banjar",
look=[
dict(t="""Dispora Kalsel juga membuka pendaftaran Duta Pemuda Anti Narkoba, kuota 30 peserta, tes di aula yang sama bulan depan. Beda program dengan pertukaran pemuda ya.""",
     d="same office, same hall, same figure 30, a different programme", h=150, r="prov"),
dict(t="""Alumni PPAN Kanada 2019 dari desa kita, Kak Nurul, berbagi cerita di SMA tadi siang tentang tinggal di rumah keluarga angkat. Anak-anak antusias bertanya.""",
     d="an alumni talk at a school, not the current selection", h=220, r="kim-sungai-malang"),
dict(t="""Ada yang tanya: seleksi PPAN Kalsel bayar berapa? Jawabannya tidak bayar sama sekali. Kalau ada yang menawarkan "jalur khusus" dengan uang, itu penipuan. Tahun lalu ada korban di Banjarmasin.""",
     d="scam warning about fake paid paths, no selection facts", h=80, r="bjm"),
],
),

dict(id="a08", src="dispora-kalsel", reg="prov", at="2026-11-25T16:10",
title="Enam Pemuda Kalsel Wakili Provinsi di Seleksi Nasional PPAN 2027",
text="""BANJARBARU – Dinas Pemuda dan Olahraga Kalimantan Selatan mengumumkan enam pemuda yang akan mewakili Kalsel pada seleksi nasional Pertukaran Pemuda Antar Negara (PPAN) 2027, Rabu (25/11/2026). Mereka adalah Raihan Azmi (Banjarbaru), Siti Nadia Ulfah (Tabalong), Ahmad Fikri Maulana (Hulu Sungai Utara), Dwi Anggraini (Tanah Laut), Muhammad Zaki (Kotabaru) dan Nor Hikmah (Barito Kuala).

“Keenamnya kuat di bahasa, dan tiap orang membawa satu kesenian daerah, dari madihin sampai tari Dayak Meratus. Sekarang kami bekali mereka selama dua pekan,” ujar Kepala Dispora Kalsel, Ir. Rahmadi Syarif.

Pembekalan berlangsung 30 November hingga 12 Desember 2026 di Banjarbaru. Seleksi nasional dijadwalkan Februari 2027 di Jakarta. (dspr/ha)""",
short="Enam pemuda Kalsel lolos ke seleksi nasional PPAN 2027 (dari Banjarbaru, Tabalong, HSU, Tanah Laut, Kotabaru, Batola); pembekalan 30 Nov–12 Des di Banjarbaru, nasional Februari 2027.",
long="""Hasil seleksi PPAN Kalsel: enam pemuda mewakili provinsi ke seleksi nasional 2027 — Raihan Azmi (Banjarbaru), Siti Nadia Ulfah (Tabalong), Ahmad Fikri Maulana (HSU), Dwi Anggraini (Tanah Laut), Muhammad Zaki (Kotabaru) dan Nor Hikmah (Batola). Menurut Kadispora Rahmadi Syarif tiap orang membawa satu kesenian daerah, dari madihin sampai tari Dayak Meratus. Mereka dibekali 30 November–12 Desember di Banjarbaru; seleksi nasional Februari 2027 di Jakarta.""",
para="""Alhamdulillah, anam pamuda Kalsel lulus ka seleksi nasional PPAN 2027! 🎉 Salah surangnya dangsanak kita Ahmad Fikri Maulana matan HSU. Bubuhannya dibekali dua minggu di Banjarbaru mulai 30 November, imbahtu Februari ka Jakarta. Masing-masing mambawa kasanian, ada nang bamadihin. Doakan lah! #PPAN2027""", pk="banjar",
look=[
dict(t="""Selamat untuk Siti Nadia Ulfah yang terpilih jadi Duta Wisata Tabalong 2026 tadi malam di Pendopo Bersinar! Juara favorit diraih peserta dari Kelua.""",
     d="a namesake winning a tourism pageant, another event", h=100, r="tbl"),
dict(t="""Pembekalan peserta PPAN Kalsel hari pertama dimulai pagi ini di Banjarbaru, ada kelas protokol dan latihan tari. Foto kiriman salah satu pendamping.""",
     d="the first day of the briefing (30/11), a later step told as its own news", h=112, r="bjb"),
dict(t="""Kabar gembira dari Kalteng: tujuh pemuda mereka lolos ke seleksi nasional pertukaran pemuda. Semoga Kalsel juga banyak yang lolos.""",
     d="another province's results", h=20, r="batola"),
],
before=dict(t="""Hari ini wawancara terakhir seleksi PPAN di Aula Dispora, anak kami tampil bamadihin di depan juri. Hasilnya kapan diumumkan belum tahu, deg-degan 😅""",
     d="live post from the interview days (13/11), before the result release", h=290),
),

dict(id="a09", src="pemkab-kotabaru", reg="kotabaru", at="2026-11-16T14:00",
title="Kotabaru Sambut 12 Peserta Bakti Pemuda Antar Provinsi dari Sulawesi Barat",
text="""KOTABARU – Pemerintah Kabupaten Kotabaru menyambut 12 peserta Bakti Pemuda Antar Provinsi (BPAP) asal Sulawesi Barat di Aula Kantor Bupati, Senin (16/11/2026). Selama 30 hari mereka akan tinggal bersama keluarga angkat di Desa Sarang Tiung, Kecamatan Pulau Laut Sigam, dan menjalankan kegiatan pengolahan hasil laut, mengajar di sekolah dasar serta penanaman cemara pantai.

“Pertukaran ini dua arah. Pemuda kita belajar dari pengalaman mereka, dan mereka pulang membawa cerita tentang Saijaan,” ujar Kepala Dinas Pemuda dan Olahraga Kotabaru, H. Abdul Rasyid Mappiasse.

Pada akhir program, Selasa (15/12/2026), para peserta akan menampilkan hasil kegiatan dalam malam budaya bersama karang taruna desa. Dua belas pemuda Kotabaru dijadwalkan berangkat ke Sulawesi Barat tahun depan. (kb/ar)""",
short="Kotabaru sambut 12 peserta Bakti Pemuda Antar Provinsi dari Sulawesi Barat (16/11): 30 hari tinggal di Desa Sarang Tiung, olah hasil laut, mengajar di SD, tanam cemara pantai; malam budaya 15/12.",
para="""Ada tamu pamuda matan Sulawesi Barat, dua walas urang, tinggal sabulan di Sarang Tiung 🤝 Bubuhannya bausaha wan ulah hasil laut, maajar kakanakan SD, manangkar cemara pantai. Tanggal 15 Desember ada malam budaya baimbai karang taruna. Tahun dudi pamuda Kotabaru gantian nang bangkat. #Saijaan""", pk="banjar",
look=[
dict(t="""KKN mahasiswa ULM gelombang II tiba di Desa Sarang Tiung hari ini, 12 orang akan tinggal 40 hari. Program mereka air bersih dan administrasi desa.""",
     d="student community-service group in the same village with the same figure 12", h=170, r="kotabaru"),
dict(t="""Tanam cemara pantai di Pantai Gedambaan pagi ini bersama Lanal dan pelajar, 500 bibit. Pantainya makin teduh nanti.""",
     d="a coast-planting event at another beach, no exchange youths", h=90, r="kim-serongga"),
dict(t="""Tanah Bumbu juga kedatangan 10 peserta pertukaran pemuda dari NTB, ditempatkan di Desa Pagatan Besar selama sebulan. Mereka disambut dengan tari dan pencak silat.""",
     d="another kabupaten (Tanah Bumbu) receiving ten exchange youths from NTB", h=75, r="tanbu"),
],
),

dict(id="a10", src="pemkot-banjarmasin", reg="bjm", at="2026-11-03T10:50",
title="Pemko Banjarmasin Buka Youthpreneur Class untuk 60 Pemuda",
text="""BANJARMASIN – Pemerintah Kota Banjarmasin melalui Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata membuka Youthpreneur Class angkatan pertama, Selasa (3/11/2026). Sebanyak 60 pemuda berusia 18 hingga 30 tahun terpilih dari 214 pendaftar dan akan mengikuti delapan pertemuan setiap Sabtu mulai 7 November di Gedung Sultan Suriansyah. Materinya meliputi perhitungan harga pokok, foto produk, pemasaran daring dan pembukuan sederhana.

“Banyak anak muda kita sudah jualan, tetapi belum tahu untungnya berapa. Di kelas ini mereka didampingi 12 pelaku usaha yang sudah berhasil,” kata Wakil Wali Kota Banjarmasin, H. Ahmad Fauzan Rasyidi.

Di akhir kelas, sepuluh rencana usaha terbaik mendapat bantuan peralatan senilai Rp5 juta. Peserta yang hadir kurang dari enam kali tidak diikutkan penilaian. (bjm/af)""",
short="Youthpreneur Class Banjarmasin angkatan I: 60 pemuda (dari 214 pendaftar), delapan Sabtu mulai 7/11 di Gedung Sultan Suriansyah, didampingi 12 pelaku usaha; 10 rencana terbaik dapat alat Rp5 juta.",
long="""Pemko Banjarmasin membuka Youthpreneur Class angkatan pertama untuk 60 pemuda umur 18–30, terpilih dari 214 pendaftar. Kelasnya delapan kali, tiap Sabtu mulai 7 November di Gedung Sultan Suriansyah: harga pokok, foto produk, jualan online dan pembukuan. Wawali Ahmad Fauzan Rasyidi bilang peserta didampingi 12 pengusaha yang sudah berhasil. Sepuluh rencana usaha terbaik dapat bantuan alat Rp5 juta; yang hadir kurang dari enam kali tidak dinilai.""",
para="""Gaes, Pemko Banjarmasin bikin Youthpreneur Class 😎 60 anak muda kepilih dari 214 yang daftar. Tiap Sabtu mulai 7 November di Gedung Sultan Suriansyah, delapan kali, belajar ngitung harga pokok sampai foto produk. Mentornya 12 pengusaha yang udah sukses. 10 ide usaha terbaik dapet alat 5 juta, wkwk semoga temen kita ada yang tembus.""", pk="casual",
look=[
dict(t="""Gedung Sultan Suriansyah Sabtu ini dipakai Expo Pernikahan, 45 vendor rias dan katering. Gratis masuk.""",
     d="same venue, same Saturdays, a wedding expo", h=80, r="bjm"),
dict(t="""Karang taruna Kelurahan Basirih bikin pelatihan sablon kaos untuk 15 pemuda, dananya swadaya. Hasilnya dijual di pasar Minggu.""",
     d="a kelurahan youth group's own screen-printing class", h=150, r="kim-basirih"),
dict(t="""Bank Kalsel cabang Pasar Lama menawarkan kredit usaha pemuda sampai Rp5 juta tanpa agunan, syaratnya punya NIB. Ini produk bank, bukan program Pemko.""",
     d="a bank's loan product with the same figure Rp5 juta", h=200, r="bjm"),
],
before=dict(t="""Yang kemarin daftar kelas usaha pemuda di Pemko, katanya pengumuman peserta keluar hari ini atau besok. Sudah ada yang dapat WA belum?""",
     d="question before the opening release"),
),

dict(id="a11", src="pemkab-hsu", reg="hsu", at="2026-11-10T09:35",
title="Rumah Usaha Pemuda Amuntai Diresmikan, 24 Tenant Dapat Ruang Kerja Gratis",
text="""AMUNTAI – Bupati Hulu Sungai Utara meresmikan Rumah Usaha Pemuda (RUPA) di bekas gedung Dinas Koperasi, Jalan Basuki Rahmat, Amuntai, Selasa (10/11/2026). Gedung dua lantai itu kini menampung 24 tenant usaha anak muda, mulai dari kerajinan eceng gondok, olahan itik Alabio hingga jasa desain. Tenant mendapat ruang kerja, internet dan studio foto produk tanpa biaya selama enam bulan.

“Banyak pemuda HSU punya usaha di rumah tapi tidak punya tempat bertemu pembeli dan mentor. Rumah ini jawabannya,” kata Kepala Dinas Pemuda dan Olahraga HSU, Ir. Mahdiannur Ramli.

Kurasi tenant dilakukan setiap enam bulan. Pendaftaran gelombang kedua dibuka Januari 2027 untuk 16 tenant tambahan. RUPA buka Senin sampai Sabtu pukul 08.00–21.00. (hsu/mr)""",
short="Rumah Usaha Pemuda (RUPA) Amuntai diresmikan Selasa (10/11) di bekas gedung Dinas Koperasi: 24 tenant anak muda dapat ruang kerja, internet dan studio foto gratis enam bulan; gelombang II Januari 2027.",
long="""Bupati HSU meresmikan Rumah Usaha Pemuda (RUPA) di bekas gedung Dinas Koperasi, Jalan Basuki Rahmat. Ada 24 tenant usaha anak muda (kerajinan eceng gondok, olahan itik Alabio, jasa desain) yang dapat ruang kerja, internet dan studio foto produk gratis selama enam bulan. Kadispora HSU Mahdiannur Ramli bilang pemuda butuh tempat bertemu pembeli dan mentor. Tenant dikurasi tiap enam bulan; gelombang kedua (16 tenant) dibuka Januari 2027. Buka Senin–Sabtu 08.00–21.00.""",
para="""Pamuda HSU nang bausaha, ayu bubuhan RUPA sudah dibuka di Amuntai 🏠 Bakas kantor Koperasi di Basuki Rahmat, duwa tingkat. Dua puluh ampat tenant dapat ruangan, internet wan studio foto, kada babayar anam bulan. Ada nang maulah kerajinan ilung, ada itik Alabio. Gelombang kadua Januari. #HSU #RUPA""", pk="banjar",
look=[
dict(t="""Pasar Amuntai malam ini ada bazar UMKM pemuda 24 stan di halaman Masjid Raya. Dari jam 7 sampai 11 malam.""",
     d="a one-night bazaar with the same figure 24", h=80, r="hsu"),
dict(t="""Di Babirik, bubuhan pemuda membuka pondok kerajinan eceng gondok sorang, swadaya, tiap sore bagawi di halaman balai desa.""",
     d="a village's own craft shed, not the RUPA building", h=180, r="kim-babirik"),
dict(t="""Balangan juga lagi menyiapkan rumah kreatif pemuda di Paringin, katanya selesai tahun depan. Belum dibuka.""",
     d="another kabupaten's plan, not opened", h=60, r="blg"),
],
before=dict(t="""Gedung bekas Koperasi di Basuki Rahmat lagi dicat ulang, ada tulisan RUPA di depannya. Besok katanya diresmikan Bupati.""",
     d="eyewitness of painting the day before the opening", h=20),
),
]
