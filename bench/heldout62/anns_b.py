"""Hand-written releases a15-a28 of heldout62 (same fields as anns_a)."""

B = [
dict(id="a15", src="pemkab-banjar", at="2026-11-18 10:10",
 title="Martapura Timur Uji Coba Register Kematian Desa di 16 Desa",
 text="""MARTAPURA – Pemerintah Kabupaten Banjar melalui Dinas PMD mengujicobakan register kematian desa di 16 desa Kecamatan Martapura Timur mulai Rabu (18/11/2026). Di setiap desa ditunjuk satu kader pencatat yang mencatat tanggal, tempat dan perkiraan sebab kematian warga dalam tujuh hari setelah pemakaman.

Kepala Dinas PMD Banjar, Gusti Rahmadi, mengatakan register ini menutup celah data desa yang sering tertinggal. “Keluarga kadang tidak langsung mengurus akta kematian. Kader cukup bertanya kepada keluarga atau pengurus masjid, lalu mencatat di buku register,” ujarnya.

Sebanyak 16 kader mendapat honor Rp300 ribu per bulan dari dana desa. Jika uji coba berjalan baik, register akan diperluas ke seluruh kecamatan di Kabupaten Banjar pada 2027. (diskominfo-banjar/gr)""",
 short="Dinas PMD Banjar uji coba register kematian desa di 16 desa Martapura Timur mulai 18 November; 16 kader pencatat, honor Rp300 ribu/bulan dari dana desa. Rencana diperluas 2027.",
 long="""Mulai 18 November, 16 desa di Kecamatan Martapura Timur menjadi lokasi uji coba register kematian desa. Setiap desa punya satu kader pencatat yang mencatat tanggal, tempat dan perkiraan sebab kematian dalam tujuh hari setelah pemakaman.

Kadis PMD Banjar Gusti Rahmadi menyebut register ini menutup celah karena keluarga sering tidak langsung mengurus akta kematian. Kader mendapat honor Rp300 ribu per bulan dari dana desa; jika berhasil, program diperluas ke seluruh kecamatan pada 2027.""",
 para="Di Martapura Timur wayahini ada kader pancatat kamatian, sa-urang satiap desa, 16 desa samuaan. Amun ada warga maninggal, kader manakuni kaluarga atawa pangurus masigit, dicatat dalam tujuh hari. Ujar Pa Kadis PMD, banyak kaluarga kada langsung baurus akta kamatian. Kadernya dibari honor 300 ribu sabulan matan dana desa. Amun lancar, 2027 sa-Kabupaten Banjar.",
 item="Uji coba register kematian desa di 16 desa Martapura Timur",
 neg=[
  ("kim-antasan-senor", 30, "a mosque's own funeral-fund book (death register of a mosque) in the same kecamatan; not the DPMD register",
   "Pengurus Masjid Jami di Antasan Senor membuka buku kas rukun kematian yang baru. Setiap keluarga anggota iuran Rp10 ribu sebulan, dan uang duka Rp1 juta diberikan bila ada anggota yang meninggal. Saat ini ada 212 keluarga terdaftar."),
  ("kim-sungai-tabuk-keramat", 100, "the same Rp300 ribu as another honor: Posyandu cadres' monthly incentive in Sungai Tabuk",
   "Kabar gembira untuk kader posyandu Sungai Tabuk Keramat: insentif naik menjadi Rp300 ribu per bulan mulai Januari 2027, dibayar dari dana desa. Kader diminta tetap rajin menimbang balita setiap bulan."),
  ("kim-astambul-kota", 350, "hearsay that Astambul will get the register next month; belum ada info resmi",
   "Ada yang tanya apakah Astambul juga dapat kader pencatat kematian seperti Martapura Timur. Sampai sekarang belum ada info resmi ke desa kami. Kalau nanti ada, operator desa siap membantu."),
 ],
 bef=[]),

dict(id="a16", src="diskop-kalsel", at="2026-11-06 09:00",
 title="Diskop UKM Kalsel Buka Rekrutmen 450 Enumerator Pendataan UMKM",
 text="""BANJARBARU – Dinas Koperasi dan UKM Provinsi Kalimantan Selatan membuka rekrutmen 450 enumerator untuk pendataan lengkap usaha mikro, kecil dan menengah (UMKM) 2026. Pendaftaran dibuka secara daring mulai Jumat (6/11/2026) hingga Jumat (13/11/2026).

Kepala Diskop UKM Kalsel, Nor Aidah, mengatakan pelamar minimal lulusan SMA, berusia 20–45 tahun, memiliki ponsel Android dan berdomisili di kecamatan tempat bertugas. “Enumerator akan mendatangi warung, bengkel, pengrajin dan pedagang kaki lima selama satu bulan. Kami utamakan warga setempat yang kenal wilayahnya,” katanya.

Enumerator terpilih menerima honor Rp3,2 juta untuk satu bulan kerja. Pengumuman hasil seleksi dijadwalkan Jumat (20/11/2026), dilanjutkan pelatihan pada pekan berikutnya. Pendaftar wajib mengunggah ijazah terakhir. (diskop-kalsel/na)""",
 short="Diskop UKM Kalsel cari 450 enumerator pendataan UMKM: daftar daring 6–13 November, minimal SMA, umur 20–45, punya HP Android. Honor Rp3,2 juta sebulan; pengumuman 20 November.",
 long="""Dinas Koperasi dan UKM Kalsel membuka 450 lowongan enumerator untuk pendataan lengkap UMKM. Pendaftaran daring berlangsung 6–13 November.

Syaratnya minimal lulus SMA, umur 20–45 tahun, punya ponsel Android, dan tinggal di kecamatan tempat bertugas. Selama sebulan enumerator akan mendatangi warung, bengkel, pengrajin dan PKL, dengan honor Rp3,2 juta. Hasil seleksi diumumkan 20 November, lalu pelatihan pekan berikutnya.""",
 para="Nah dangsanak nang masih bagawi sarabutan, ada lowongan enumerator pandataan UMKM matan Diskop UKM Kalsel, 450 urang! Syaratnya tamat SMA, umur 20 sampai 45, baisi HP Android, wan diam di kecamatan situ jua. Gawiannya badatangan ka warung, bengkel, pangrajin sabulan, honornya 3,2 juta. Daftar daring 6 sampai 13 November 🔥",
 item="Rekrutmen 450 enumerator pendataan UMKM Diskop UKM Kalsel (6–13/11)",
 neg=[
  ("kim-angsana", 20, "a scam: a paid 'registration fee' for the enumerator job; warning, no official release",
   "HATI-HATI 🚫 Beredar pesan berantai lowongan 'petugas pendataan UMKM' dengan biaya pendaftaran Rp150 ribu ditransfer ke rekening pribadi. Pendaftaran resmi pemerintah tidak pernah memungut biaya. Kalau ragu, tanya ke kantor kecamatan."),
  ("kim-angsana", 140, "same Rp3,2 juta as the price of a stall rental in Angsana market",
   "Kios di pasar Angsana yang baru direnovasi disewakan Rp3,2 juta per tahun. Pedagang lama diprioritaskan. Pendaftaran di kantor UPT pasar sampai akhir bulan."),
  ("kim-guntung-manggis", 350, "the later training of selected enumerators in another kabupaten's own UMKM registry (Banjarbaru's pendataan UMKM kelurahan)",
   "Kelurahan Guntung Manggis mendata sendiri UMKM di wilayahnya: 87 usaha, mulai warung kopi sampai jasa laundry. Datanya untuk katalog produk kelurahan yang akan dibagikan saat pameran HUT kota. Pendata adalah ibu-ibu PKK."),
 ],
 bef=[("kim-angsana", 35, "a question before the opening whether there will be enumerator jobs; no facts",
   "Ada yang tahu kapan buka lowongan pendataan UMKM? Tahun lalu katanya ada dari provinsi. Adik saya baru lulus dan cari kerja sementara.")]),

dict(id="a17", src="pemkot-banjarbaru", at="2026-11-16 13:30",
 title="Pemkot Banjarbaru Cari 60 Enumerator untuk Pendataan Penyandang Disabilitas",
 text="""BANJARBARU – Pemerintah Kota Banjarbaru melalui Dinas Sosial membuka lowongan 60 enumerator pendataan penyandang disabilitas di 20 kelurahan. Pendaftaran dibuka Senin (16/11/2026) hingga Sabtu (21/11/2026) di kantor kelurahan masing-masing.

Kepala Dinas Sosial Banjarbaru, Fitri Handayani, mengatakan pendataan memakai kuesioner fungsi, bukan sekadar menanyakan jenis disabilitas. “Enumerator akan bertanya apakah seseorang kesulitan melihat, berjalan, mengingat atau berkomunikasi. Karena itu kami mencari pelamar yang sabar, dan kami sangat terbuka bagi pelamar penyandang disabilitas,” ujarnya.

Setiap kelurahan mendapat tiga enumerator yang bertugas selama 20 hari mulai Senin (30/11/2026). Data digunakan untuk rencana layanan sosial dan aksesibilitas kota tahun 2027. Pelamar diminta membawa fotokopi ijazah dan KTP. (humas-bjb/fh)""",
 short="Dinsos Banjarbaru buka 60 lowongan enumerator pendataan penyandang disabilitas, tiga per kelurahan di 20 kelurahan; daftar 16–21 November di kelurahan, tugas 20 hari mulai 30 November.",
 long=None,
 para="Banjarbaru handak mandata panyandang disabilitas, parlu 60 urang enumerator, tiga sa-kelurahan. Daftar di kantor kelurahan 16 sampai 21 November. Ujar Bu Kadinsos, nang ditakuni kaya apa sulit maliat, bajalan, maingat atawa bapander, jadi cari nang sabar. Dangsanak disabilitas jua dipersilakan mandaftar 💪",
 item="Dinsos Banjarbaru cari 60 enumerator pendataan penyandang disabilitas",
 neg=[
  ("kim-bangkal", 22, "a therapy service for disabled children opened in Cempaka the same week; disability but not data",
   "Layanan terapi wicara dan fisioterapi gratis untuk anak berkebutuhan khusus dibuka di Puskesmas Cempaka setiap Rabu. Orang tua cukup membawa surat rujukan dari posyandu. Ada 12 anak yang sudah terdaftar."),
  ("kim-loktabat-utara", 75, "same Kadinsos Banjarbaru at another event: distribution of wheelchairs",
   "Kadinsos Banjarbaru Fitri Handayani menyerahkan 14 kursi roda dan 6 tongkat kepada warga di Aula Kelurahan Loktabat Utara, Kamis. Penerima adalah warga yang diusulkan RT sejak pertengahan tahun."),
  ("kim-guntung-manggis", 380, "the enumerators at work in one kelurahan later as a report, with its own count; a next step told as its own news",
   "Tiga enumerator pendataan disabilitas mulai keliling di Guntung Manggis hari ini. Sampai sore mereka sudah mengunjungi 41 rumah. Pak Lurah minta warga yang punya anggota keluarga dengan kesulitan berjalan atau melihat tidak malu untuk didata."),
 ],
 bef=[]),

dict(id="a18", src="pemkab-tanbu", at="2026-11-19 10:20",
 title="Diskan Tanah Bumbu Rekrut 36 Enumerator Statistik Perikanan di 9 Titik Pendaratan Ikan",
 text="""BATULICIN – Dinas Perikanan Kabupaten Tanah Bumbu merekrut 36 enumerator statistik perikanan untuk mencatat hasil tangkapan di sembilan titik pendaratan ikan, mulai Kamis (19/11/2026). Pendaftaran dibuka hingga Rabu (25/11/2026) di kantor dinas dan kantor kecamatan pesisir.

Kepala Dinas Perikanan Tanbu, Andi Baso Mappiare, mengatakan enumerator akan mencatat jenis ikan, berat tangkapan dan harga di dermaga setiap pagi. “Angka tangkapan kita selama ini banyak perkiraan. Kami butuh pencatat yang tinggal dekat dermaga, bisa membedakan jenis ikan dan mau datang subuh,” katanya.

Enumerator dikontrak satu tahun mulai Januari 2027 dengan honor Rp1,8 juta per bulan. Titik pendaratan antara lain Pagatan, Sungai Loban, Angsana dan Satui. (diskominfo-tanbu/ab)""",
 short="Diskan Tanbu rekrut 36 enumerator statistik perikanan untuk sembilan titik pendaratan ikan (Pagatan, Sungai Loban, Angsana, Satui…); daftar 19–25 November; kontrak setahun mulai Januari 2027, Rp1,8 juta/bulan.",
 long=None,
 para="Bubuhan anak nalayan di Pagatan, Sungai Loban, Angsana, Satui: Diskan Tanbu mancari 36 urang pancatat hasil tangkapan iwak di dermaga. Gawiannya mancatat jenis iwak, barat wan harga tiap baisukan, musti kawa datang subuh 😄 Kontrak satahun mulai Januari, 1,8 juta sabulan. Daftar sampai 25 November.",
 item="Diskan Tanbu rekrut 36 enumerator statistik perikanan",
 neg=[
  ("kim-angsana", 30, "fish price news at the Angsana landing the same week; same place, no recruitment",
   "Harga ikan di dermaga Angsana pagi ini: tenggiri Rp85 ribu per kilo, bawal Rp60 ribu, udang kecil Rp45 ribu. Tangkapan sedikit karena angin kencang semalam. Nelayan berharap cuaca membaik akhir pekan."),
  ("kim-pagatan", 140, "the same office, another object: Diskan Tanbu distributes 36 coolboxes",
   "Dinas Perikanan Tanah Bumbu menyerahkan 36 kotak pendingin ikan kepada nelayan kecil di Pagatan. Kotak itu diharapkan menjaga kesegaran ikan sampai ke pasar. Penerima dipilih dari kelompok nelayan yang aktif."),
  ("kim-angsana", 400, "a fishermen's own logbook initiative in Angsana (its own facts, no enumerators)",
   "Kelompok nelayan Bina Bahari Angsana mulai membuat buku catatan tangkapan sendiri. Setiap perahu mencatat hasil dan solar yang dipakai. Ketua kelompok bilang catatan ini untuk mengajukan bantuan mesin tahun depan."),
 ],
 bef=[]),

dict(id="a19", src="bps-kalsel", at="2026-11-21 16:30",
 title="Hari Literasi Statistik di Siring Menara Pandang Dikunjungi 2.100 Warga",
 text="""BANJARMASIN – BPS Provinsi Kalimantan Selatan menggelar Hari Literasi Statistik di kawasan Siring Menara Pandang Banjarmasin, Sabtu (21/11/2026). Kegiatan yang berlangsung sejak pagi itu dikunjungi sekitar 2.100 warga, pelajar dan mahasiswa.

Pengunjung dapat mengikuti kuis angka, membuat grafik dari data belanja keluarga, dan berkonsultasi data di pojok layanan statistik. Kepala BPS Kalsel, Darmawan Sutikno, mengatakan literasi statistik penting agar warga tidak mudah percaya angka palsu. “Di media sosial banyak angka tanpa sumber. Kami ingin warga terbiasa bertanya: data ini dari mana dan dihitung bagaimana?” katanya.

Pemenang lomba infografis pelajar diumumkan di panggung utama. BPS Kalsel berencana menggelar kegiatan serupa di Kandangan dan Tanjung pada 2027. (bps-kalsel/hms)""",
 short="Hari Literasi Statistik BPS Kalsel di Siring Menara Pandang (21/11) dikunjungi sekitar 2.100 warga: kuis angka, membuat grafik, konsultasi data, lomba infografis pelajar.",
 long="""Sabtu 21 November, kawasan Siring Menara Pandang ramai oleh Hari Literasi Statistik dari BPS Kalsel. Sekitar 2.100 pengunjung ikut kuis angka, membuat grafik dari data belanja keluarga dan berkonsultasi di pojok layanan statistik.

Kepala BPS Kalsel Darmawan Sutikno mengajak warga selalu bertanya dari mana angka berasal, karena banyak angka tanpa sumber beredar di media sosial. Pemenang lomba infografis pelajar diumumkan di panggung; tahun depan acara serupa dibawa ke Kandangan dan Tanjung.""",
 para="Siring Menara Pandang tadi ramai banar, bubuhan BPS Kalsel maulah Hari Literasi Statistik. Kira-kira 2.100 urang datang, ada kuis angka, maulah grafik matan data balanja rumah, wan ada lomba infografis palajar. Pasan Pa Kepala BPS: amun ada angka di medsos, takuni dahulu, matan mana datanya? 📊 #LiterasiStatistik",
 item="Hari Literasi Statistik BPS Kalsel di Siring Menara Pandang (2.100 pengunjung)",
 neg=[
  ("kim-pelambuan", 4, "same Siring Menara Pandang the same evening: a music stage for a youth festival",
   "Malam minggu di Siring Menara Pandang diramaikan panggung musik Festival Pemuda Banjarmasin. Grup panting dan band SMA tampil bergantian sampai jam sepuluh malam. Parkir penuh sampai ke Jalan Sudirman."),
  ("kim-sungai-miai", 60, "a school's own 'literasi statistik' class with its own activities, different event",
   "SMP di Sungai Miai mengadakan pekan literasi angka: siswa kelas 8 menghitung rata-rata tinggi badan teman sekelas dan membuat diagram batang di karton. Karya terbaik dipajang di mading. Gurunya bilang ini latihan sebelum ujian matematika."),
  ("kim-tamban-catur", 260, "hearsay about next year's edition coming to Marabahan — not announced (the release names Kandangan and Tanjung)",
   "Katanya tahun depan ada acara statistik besar-besaran juga di Marabahan? Setahu kami yang diumumkan cuma Kandangan dan Tanjung. Belum ada info resmi untuk Batola, nanti kami kabari kalau ada."),
 ],
 bef=[("kim-pelambuan", 28, "tents being set up at Siring the day before; no facts of the event",
   "Di Siring Menara Pandang lagi pasang tenda-tenda putih, ada tulisan BPS. Besok ada acara apa ya? Sepertinya untuk anak sekolah.")]),

dict(id="a20", src="bps-banjarbaru", at="2026-11-18 09:20",
 title="Program BPS Masuk Sekolah Sambangi 12 SMA/SMK di Banjarbaru",
 text="""BANJARBARU – BPS Kota Banjarbaru menjalankan program BPS Masuk Sekolah di 12 SMA, SMK dan MA, mulai Rabu (18/11/2026) hingga Kamis (26/11/2026). Di setiap sekolah, dua statistisi mengajar satu jam pelajaran tentang membaca tabel, grafik dan persentase dalam berita.

Kepala BPS Banjarbaru, Yusuf Mahendra, mengatakan siswa diajak memakai data kota sendiri, seperti jumlah penduduk per kecamatan dan harga beras. “Anak-anak sering mendengar persentase, tapi tidak tahu dari mana asalnya. Kami tunjukkan cara mencari data resmi dan mengecek grafik yang menyesatkan,” katanya.

Sekolah pertama yang dikunjungi adalah SMAN 1 Banjarbaru. Setiap sekolah menerima poster dan buku saku statistik untuk perpustakaan. (bps-bjb/ym)""",
 short="BPS Masuk Sekolah: statistisi BPS Banjarbaru mengajar membaca tabel dan grafik di 12 SMA/SMK/MA, 18–26 November, mulai dari SMAN 1 Banjarbaru.",
 long=None,
 para="Bubuhan palajar SMA di Banjarbaru, jangan takajut amun ada urang BPS maajar di kalas 😁 Ngarannya BPS Masuk Sakulah, 12 sakulah, 18 sampai 26 November. Diajari mambaca tabel, grafik, wan persen nang sering ada di barita. Panambaian di SMAN 1 Banjarbaru. Sakulah dibari poster wan buku saku statistik.",
 item="BPS Masuk Sekolah di 12 SMA/SMK/MA Banjarbaru",
 neg=[
  ("kim-guntung-manggis", 26, "same SMAN 1 Banjarbaru, another event: a campus expo visiting the school",
   "Expo kampus di SMAN 1 Banjarbaru hari ini menghadirkan 15 perguruan tinggi, termasuk ULM dan Poliban. Siswa kelas 12 antusias menanyakan jalur beasiswa. Acara berlangsung di lapangan sekolah."),
  ("kim-bangkal", 90, "the same number 12 schools meaning another programme: 12 schools in Cempaka get clean-water taps",
   "Sebanyak 12 sekolah di Kecamatan Cempaka menerima bantuan tandon air bersih dan wastafel cuci tangan. Bantuan dari program CSR perusahaan ini dipasang pekan lalu. Kepala sekolah berterima kasih."),
  ("kim-loktabat-utara", 200, "a teacher's own statistics project in one school (students survey canteen prices), different event",
   "Siswa MA di Loktabat Utara membuat survei kecil harga jajanan kantin, lalu membuat grafik batang di kelas. Gurunya ingin siswa belajar menghitung rata-rata dari data sendiri. Hasilnya dipresentasikan Jumat."),
 ],
 bef=[]),

dict(id="a21", src="bps-hsu", at="2026-11-24 13:40",
 title="Kelas Statistik Santri Digelar di Empat Pondok Pesantren Amuntai",
 text="""AMUNTAI – BPS Kabupaten Hulu Sungai Utara menggelar Kelas Statistik Santri di empat pondok pesantren di Amuntai, Selasa (24/11/2026). Sebanyak 280 santri tingkat aliyah belajar menghitung rata-rata, membaca grafik dan mengenal data kependudukan kabupaten.

Kepala BPS HSU, Nurlaila Fitriani, mengatakan kelas ini sengaja dibawa ke pesantren karena banyak santri kelak menjadi pemimpin di desanya. “Pengurus masjid dan kepala desa sering diminta data jamaah, zakat atau warga miskin. Kalau sejak santri sudah paham angka, data desa kita akan lebih baik,” katanya.

Setiap pesantren menerima paket buku statistik daerah. Kelas lanjutan tentang penyusunan data zakat desa direncanakan pada Februari 2027. Santri terbaik diberi hadiah buku. (bpshsu/nf)""",
 short="Kelas Statistik Santri BPS HSU di empat pondok pesantren Amuntai (24/11): 280 santri aliyah belajar rata-rata, grafik dan data kependudukan. Lanjutan Februari 2027.",
 long=None,
 para="Santri aliyah di Amuntai hanyar baajar statistik, 280 urang di ampat pondok. Bubuhan BPS HSU nang maajari: baitung rata-rata, mambaca grafik, wan data panduduk. Ujar Bu Kepala BPS, santri kaina banyak jadi pamimpin di kampung, pangurus masigit, pambakal, jadi musti paham angka 📚 Februari 2027 ada kalas lanjutan.",
 item="BPS HSU gelar Kelas Statistik Santri di empat pondok pesantren Amuntai",
 neg=[
  ("kim-alabio", 20, "same Kepala BPS HSU the next day at another event (BPS HSU Susenas evaluation meeting)",
   "Rapat evaluasi lapangan survei rumah tangga di kantor BPS HSU dipimpin Kepala BPS Nurlaila Fitriani, Rabu. Pengawas melaporkan sebagian besar kuesioner sudah masuk. Rapat juga membahas honor petugas yang menyeberang pakai kelotok."),
  ("kim-babirik", 110, "a pesantren's own event: a zakat-data training by the local Baznas (the planned Feb 2027 topic, but another organiser and now)",
   "Baznas HSU melatih 30 amil dari pondok pesantren dan masjid di Babirik cara mencatat penerima zakat di buku dan aplikasi. Pelatihan satu hari itu dibuka ketua Baznas. Amil diminta memperbarui daftar mustahik tiap tahun."),
  ("kim-paminggir", 220, "the same figure 280 meaning another thing: 280 santri at a tahfiz graduation",
   "Wisuda tahfiz di sebuah pondok di Amuntai diikuti 280 santri, disaksikan ribuan orang tua. Ada santri asal Paminggir yang hafal 30 juz. Bangga banar kami 🤲"),
 ],
 bef=[]),

dict(id="a22", src="dpmd-kalsel", at="2026-11-16 15:20",
 title="Tim Provinsi Verifikasi Data IDM 2026 di 130 Desa Sampel",
 text="""BANJARBARU – Tim verifikasi Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Provinsi Kalimantan Selatan turun ke 130 desa sampel untuk memeriksa data Indeks Desa Membangun (IDM) 2026, Senin (16/11/2026) hingga Jumat (27/11/2026). Desa sampel dipilih dari 13 kabupaten, sepuluh desa per kabupaten.

Kepala Bidang Pemerintahan Desa DPMD Kalsel, Wahyudi Akbar, mengatakan tim mencocokkan isian desa dengan kenyataan di lapangan. “Kalau desa mengisi punya posyandu aktif, tim akan melihat buku kunjungannya. Kalau mengisi jalan sudah diaspal, tim akan datang melihat jalannya,” ujarnya.

Hasil verifikasi menjadi bahan penetapan status IDM 2026. Desa yang datanya tidak sesuai akan diminta memperbaiki isian paling lambat Kamis (10/12/2026). (dpmd-kalsel/wa)""",
 short="DPMD Kalsel verifikasi data IDM 2026 di 130 desa sampel (10 per kabupaten), 16–27 November: isian dicocokkan dengan kondisi lapangan. Perbaikan paling lambat 10 Desember.",
 long="""Dari 16 sampai 27 November, tim verifikasi DPMD Kalsel mendatangi 130 desa sampel, sepuluh per kabupaten, untuk memeriksa data Indeks Desa Membangun 2026.

Kabid Pemdes Wahyudi Akbar menjelaskan, isian desa dicocokkan langsung: klaim posyandu aktif dibuktikan dengan buku kunjungan, klaim jalan beraspal dilihat ke lokasi. Desa yang datanya tidak sesuai harus memperbaiki isian paling lambat 10 Desember, sebelum status IDM 2026 ditetapkan.""",
 para="Pambakal, hati-hati mangisi data IDM lah 😅 Tim DPMD Kalsel lagi turun ka 130 desa sampel, sapuluh sa-kabupaten, mancocokakan isian lawan kanyataan. Amun maisi posyandu aktif, buku kunjungannya dilihat. Amun maisi jalan sudah baaspal, jalannya didatangi. Nang kada cocok musti dibaiki sabalum 10 Desember.",
 item="DPMD Kalsel verifikasi data IDM 2026 di 130 desa sampel",
 neg=[
  ("kim-upau", 48, "a village celebrating last year's IDM status (2025), different year and no verification",
   "Syukuran kecil di balai Desa Upau: tahun lalu status desa kami naik jadi Desa Berkembang menurut IDM 2025. Pambakal berterima kasih kepada warga yang ikut gotong royong membangun jalan usaha tani. Target berikutnya desa maju."),
  ("kim-sarigadung", 100, "same DPMD Kalsel Kabid at another event: village head election regulations socialisation",
   "Kabid Pemerintahan Desa DPMD Kalsel Wahyudi Akbar memberi materi sosialisasi pemilihan kepala desa serentak 2027 di Batulicin. Panitia desa diingatkan soal syarat calon dan jadwal tahapan. Peserta dari 40 desa di Tanah Bumbu."),
  ("kim-muara-uya", 300, "a village's complaint about a verification visit that never came to them (not in the sample)",
   "Kami sudah rapikan buku posyandu dan foto jalan, ternyata desa kami tidak termasuk yang didatangi tim verifikasi provinsi. Kata kecamatan cuma sepuluh desa sampel per kabupaten. Ya tidak apa-apa, setidaknya arsip desa jadi rapi."),
 ],
 bef=[("kim-muara-uya", 40, "a village preparing before any announcement on hearsay of a provincial visit; no facts",
   "Operator desa lembur merapikan berkas, katanya ada tim dari provinsi mau cek data desa. Belum tahu desa mana yang didatangi. Yang penting siap saja.")]),

dict(id="a23", src="pemkab-batola", at="2026-11-20 11:45",
 title="Batola Verifikasi IDM 195 Desa Lewat Musyawarah Desa",
 text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala memverifikasi data Indeks Desa Membangun (IDM) 195 desa melalui musyawarah desa khusus, Jumat (20/11/2026) hingga Senin (30/11/2026). Setiap musyawarah dihadiri pendamping desa, BPD dan perwakilan warga yang ikut memeriksa isian desa.

Kepala Dinas PMD Batola, Hairil Anwar, mengatakan warga dilibatkan supaya isian tidak hanya dibuat operator di kantor. “Warga paling tahu apakah air bersih sudah lancar atau sekolah sudah punya guru. Isian yang disepakati musyawarah ditandatangani ketua BPD,” katanya.

Tahun lalu Batola memiliki 12 desa berstatus mandiri. Berita acara musyawarah wajib diunggah ke aplikasi paling lambat Jumat (4/12/2026). Pendamping desa diminta menyerahkan jadwal musyawarah kepada camat sebelum kegiatan dimulai. (diskominfo-batola/ha)""",
 short="Batola verifikasi data IDM 195 desa lewat musyawarah desa khusus, 20–30 November, dihadiri pendamping, BPD dan warga. Berita acara diunggah paling lambat 4 Desember.",
 long=None,
 para="Desa-desa di Batola wayahini bamusyawarah gasan mamariksa isian IDM, 195 desa samunyaan, 20 sampai 30 November. Warga diundang jua, kada operator haja nang maisi di kantor. Ujar Pa Kadis PMD, warga nang paling tahu banyu bersih lancar kah kada. Isian ditandatangani katua BPD. #Batola #IDM",
 item="Musyawarah verifikasi IDM di 195 desa Batola",
 neg=[
  ("kim-berangas", 28, "a regular musdes on the 2027 village budget in Berangas; musyawarah but another agenda",
   "Musyawarah desa Berangas malam tadi membahas rancangan APBDes 2027. Prioritasnya jalan titian kayu ulin di RT 04 dan bantuan bibit jeruk. BPD meminta laporan dana desa tahun ini dibacakan terbuka."),
  ("kim-ulu-benteng", 100, "same Kadis PMD Batola at a village-owned-enterprise (BUMDes) expo",
   "Kadis PMD Batola Hairil Anwar membuka pameran BUMDes di halaman kantor bupati Marabahan. Ada 28 BUMDes yang memamerkan beras lokal, kerupuk ikan dan anyaman purun. Pameran berlangsung dua hari."),
  ("kim-tamban-catur", 330, "the same 12 figure: 12 desa in Tamban get street lights; unrelated programme",
   "Sebanyak 12 desa di Kecamatan Tamban mendapat lampu jalan tenaga surya dari pemerintah provinsi. Pemasangan selesai pekan ini. Warga senang jalan antardesa tidak gelap lagi."),
 ],
 bef=[]),

dict(id="a24", src="pemkab-tala", at="2026-11-23 15:10",
 title="DPMD Tanah Laut Buka Klinik IDM untuk Operator Desa",
 text="""PELAIHARI – Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Tanah Laut membuka Klinik IDM di kantornya, Senin (23/11/2026) hingga Jumat (27/11/2026). Klinik melayani operator desa yang kesulitan mengisi atau memperbaiki data Indeks Desa Membangun sebelum batas akhir pengiriman.

Kepala DPMD Tanah Laut, Suryani Kartika, mengatakan dalam sepekan terakhir banyak desa salah memahami pertanyaan. “Misalnya soal jarak ke rumah sakit, ada yang mengisi dalam kilometer, ada yang dalam menit. Klinik ini supaya 130 desa mengisi dengan ukuran yang sama,” ujarnya.

Klinik dibuka pukul 08.00 sampai 15.00 WITA dengan empat petugas pendamping. Operator diminta membawa laptop dan berkas isian desanya. Layanan ini tidak dipungut biaya apa pun. (diskominfo-tala/sk)""",
 short="Klinik IDM di kantor DPMD Tanah Laut, 23–27 November, 08.00–15.00: bantu operator dari 130 desa mengisi dan memperbaiki data IDM.",
 long=None,
 para="Operator desa Tanah Laut nang bingung maisi IDM, DPMD Tala mambuka Klinik IDM di kantornya, 23 sampai 27 November, jam 8 sampai jam 3. Ujar Bu Kadis, ada nang maisi jarak ka rumah sakit pakai kilo, ada nang pakai menit 🤭 Bawa laptop wan barkas isian pian. Ampat urang pandamping siap mambantu.",
 item="DPMD Tala buka Klinik IDM untuk operator desa",
 neg=[
  ("kim-asam-asam", 24, "a clinic with a similar name: a free health clinic (Klinik Sehat Desa) opens in Asam Asam",
   "Klinik Sehat Desa dibuka di Asam Asam, melayani pemeriksaan gratis setiap Selasa dan Jumat pukul 08.00–12.00. Dokter jaga dari puskesmas Jorong. Warga cukup membawa KTP."),
  ("kim-kurau", 96, "same DPMD Tala office, another service: village-head-election committee consultation",
   "DPMD Tanah Laut membuka meja konsultasi untuk panitia pemilihan pembakal di 18 desa yang masa jabatannya habis tahun depan. Panitia diminta membawa SK dan rencana anggaran. Konsultasi setiap Rabu."),
  ("kim-bati-bati", 250, "a village operator's own account of fixing IDM data in the office, with own figures, after the clinic closed",
   "Operator Desa Bati-Bati akhirnya selesai memperbaiki isian data desa: 64 pertanyaan dicek ulang, jarak ke RSUD Hadji Boejasin ditulis 27 km. Terima kasih teman-teman operator yang saling bantu di grup. Tinggal tanda tangan pambakal."),
 ],
 bef=[]),

dict(id="a25", src="bps-kalsel", at="2026-11-25 10:00",
 title="Pendataan Potensi Desa 2026 Dimulai di 2.008 Desa dan Kelurahan Kalsel",
 text="""BANJARBARU – BPS Provinsi Kalimantan Selatan memulai pendataan Potensi Desa (Podes) 2026 di 2.008 desa dan kelurahan, Rabu (25/11/2026). Petugas akan mewawancarai kepala desa atau lurah tentang sarana pendidikan, kesehatan, ekonomi, bencana dan infrastruktur hingga Selasa (15/12/2026).

Kepala BPS Kalsel, Darmawan Sutikno, mengatakan Podes adalah satu-satunya pendataan yang memotret seluruh desa sekaligus. “Data Podes menunjukkan desa mana yang jauh dari puskesmas, mana yang belum punya SMP, atau mana yang sering banjir. Kami minta kepala desa menyiapkan profil desa dan data sarana,” ujarnya.

Pendataan Podes melibatkan 680 petugas. Hasilnya dirilis pada pertengahan 2027 dan dapat diakses gratis di laman BPS. (bps-kalsel/hms)""",
 short="Podes 2026 mulai 25 November: BPS Kalsel wawancarai kepala desa/lurah di 2.008 desa dan kelurahan soal sarana, ekonomi dan bencana sampai 15 Desember. 680 petugas; rilis pertengahan 2027.",
 long="""BPS Kalsel memulai pendataan Potensi Desa (Podes) 2026 pada Rabu, 25 November. Sampai 15 Desember, 680 petugas mewawancarai kepala desa atau lurah di 2.008 desa dan kelurahan tentang sarana pendidikan, kesehatan, ekonomi, bencana dan infrastruktur.

Kepala BPS Kalsel Darmawan Sutikno menyebut Podes satu-satunya pendataan yang memotret seluruh desa sekaligus, dan meminta kepala desa menyiapkan profil desa. Hasilnya dirilis pertengahan 2027.""",
 para="Pambakal wan lurah sa-Kalsel, siapakan profil desa pian lah. BPS Kalsel mulai Podes 2026, mandata 2.008 desa wan kelurahan: sakulah, puskesmas, pasar, banjir, jalan. 680 petugas nang badatangan, 25 November sampai 15 Desember. Hasilnya kaina pertengahan 2027, ujar Pa Kepala BPS. #Podes2026",
 item="Podes 2026 mulai di 2.008 desa dan kelurahan Kalsel",
 neg=[
  ("kim-pengambangan", 20, "a kelurahan's own profile update (monografi) in Banjarmasin, own figures; not Podes",
   "Kelurahan Pengambangan memperbarui papan monografi di kantor kelurahan: penduduk 9.640 jiwa, 3 SD, 1 SMP, 2 posyandu dan 1 pasar subuh. Warga boleh memberi koreksi bila ada yang keliru."),
  ("kim-pengambangan", 150, "a fake-link warning about 'Podes' forms online",
   "Jangan klik tautan 'formulir Podes online' yang beredar di WhatsApp, isinya minta data KTP dan nomor rekening. Pendataan desa oleh BPS dilakukan lewat wawancara petugas ke kepala desa/lurah, bukan isian warga lewat tautan."),
  ("kim-lampihong", 210, "the next step as its own news: a Podes officer's visit to one village in Lampihong",
   "Petugas Podes sudah mewawancarai Pambakal Lampihong hari ini, sekitar dua jam. Yang ditanya mulai jumlah langgar, jarak ke puskesmas, sampai kejadian banjir tahun ini. Sekdes membantu membuka arsip desa."),
 ],
 bef=[("kim-pengambangan", 30, "an invitation to lurah meeting the day before; no facts",
   "Pak Lurah besok pagi dipanggil rapat di kecamatan, katanya soal pendataan dari BPS. Staf kelurahan diminta siapkan data sarana dan prasarana.")]),

dict(id="a26", src="bps-tala", at="2026-11-26 14:15",
 title="BPS Tanah Laut Latih 38 Petugas Podes, Kepala Desa Jadi Narasumber Utama",
 text="""PELAIHARI – BPS Kabupaten Tanah Laut melatih 38 petugas pendataan Potensi Desa (Podes) 2026 di Aula Kantor BPS Tanah Laut, Kamis (26/11/2026). Petugas akan mewawancarai kepala desa dan lurah di 135 desa dan kelurahan mulai Senin (30/11/2026).

Kepala BPS Tanah Laut, Hadi Prasetyo, mengatakan petugas diajari mengecek jawaban kepala desa dengan dokumen. “Kalau kepala desa bilang ada tiga posyandu, petugas minta melihat SK atau bukunya. Podes memotret desa apa adanya, bukan yang ingin dicapai,” katanya.

Setiap petugas memegang tiga sampai empat desa. Pemerintah kecamatan diminta membantu menjadwalkan wawancara di kantor desa agar kepala desa tidak bolak-balik. Pelatihan ditutup dengan ujian tertulis dan simulasi wawancara berpasangan. (bps-tala/hp)""",
 short="BPS Tala latih 38 petugas Podes (26/11); wawancara kepala desa dan lurah di 135 desa/kelurahan mulai 30 November, jawaban dicek dengan dokumen.",
 long=None,
 para="38 urang petugas Podes Tanah Laut sudah dilatih di aula BPS Tala. Mulai 30 November bubuhannya mandatangi pambakal wan lurah di 135 desa wan kelurahan. Ujar Pa Kepala BPS, amun pambakal bapandir ada tiga posyandu, SK-nya ditakuni jua 😄 Podes mamotret desa apa adanya.",
 item="BPS Tala latih 38 petugas Podes untuk 135 desa dan kelurahan",
 neg=[
  ("kim-kurau", 24, "same Aula BPS Tala next day: a meeting with village operators about Sakernas results, different object",
   "Aula BPS Tanah Laut dipakai pertemuan dengan camat se-Tala membahas jadwal pendataan usaha tahun depan. Camat diminta menyiapkan daftar pasar desa dan kios. Rapat selesai sebelum zuhur."),
  ("kim-asam-asam", 120, "same figure 38 meaning another thing: 38 participants of a village midwife training",
   "Sebanyak 38 bidan desa se-Tanah Laut mengikuti pelatihan penanganan persalinan darurat di RSUD Hadji Boejasin. Bidan dari Asam Asam dan Jorong ikut karena jarak ke rumah sakit jauh."),
  ("kim-bati-bati", 200, "a village head's own reflection after a Podes interview; one village's experience after the training",
   "Pambakal Bati-Bati sudah diwawancarai petugas pendataan desa. Ia mengaku sempat kelabakan karena SK posyandu tahun lalu hilang. Untung ada foto di grup desa. Pelajaran: arsip desa harus rapi."),
 ],
 bef=[]),

dict(id="a27", src="pemkab-balangan", at="2026-11-27 10:30",
 title="Bupati Balangan Minta 157 Kepala Desa dan Lurah Siapkan Data untuk Podes",
 text="""PARINGIN – Bupati Balangan meminta 157 kepala desa dan lurah menyiapkan data sarana dan prasarana untuk pendataan Potensi Desa (Podes) 2026. Instruksi itu disampaikan dalam rapat koordinasi di Aula Benteng Tundakan, Jumat (27/11/2026).

Asisten Pemerintahan Setda Balangan, Hj. Rusdiana Safitri, yang membacakan sambutan Bupati mengatakan jawaban desa dalam Podes akan memengaruhi perencanaan daerah. “Jangan menjawab sekadar perkiraan. Kalau desa kekurangan guru atau jembatan rusak, katakan apa adanya, karena data itu dibaca sampai ke kementerian,” ujarnya.

Camat diminta memastikan kepala desa berada di tempat ketika petugas BPS datang. Pendataan Podes di Balangan berlangsung hingga Selasa (15/12/2026). Rapat dihadiri seluruh camat, kepala desa dan lurah se-Kabupaten Balangan. (prokom-blg/rs)""",
 short="Rakor di Aula Benteng Tundakan (27/11): Bupati Balangan minta 157 kepala desa dan lurah siapkan data sarana untuk Podes 2026, jawab apa adanya; pendataan sampai 15 Desember.",
 long=None,
 para="Pambakal wan lurah Balangan, 157 urang samunyaan, diminta Bupati manyiapakan data sarana gasan Podes. Ujar Bu Asisten, jangan maisi kira-kira haja. Amun kurang guru atawa titian rusak, padahi apa adanya, data itu dibaca sampai ka kamantarian. Jangan bajalan jauh pas petugas BPS datang lah 😁",
 item="Bupati Balangan minta 157 kepala desa dan lurah siapkan data Podes",
 neg=[
  ("kim-awayan", 5, "same Aula Benteng Tundakan same day, another event (a blood drive)",
   "Donor darah di Aula Benteng Tundakan Paringin siang ini terkumpul 64 kantong. PMI Balangan berterima kasih kepada ASN dan warga yang ikut. Kegiatan serupa digelar lagi bulan depan."),
  ("kim-halong", 96, "same Asisten Pemerintahan at another event: Halong border markers between villages",
   "Asisten Pemerintahan Setda Balangan Rusdiana Safitri memimpin penyelesaian tapal batas antara dua desa di Kecamatan Halong. Kedua pambakal sepakat memasang patok di dekat sungai. Berita acara ditandatangani di kantor camat."),
  ("kim-lampihong", 190, "a complaint about a damaged bridge using the 'katakan apa adanya' theme; village issue, not the Podes instruction",
   "Titian di RT 03 Lampihong sudah lapuk sejak banjir Oktober. Kami sudah lapor ke desa dan berharap masuk usulan tahun depan. Tolong yang berwenang lihat langsung sebelum ada yang jatuh."),
 ],
 bef=[]),

dict(id="a28", src="pemkab-hsu", at="2026-11-09 14:00",
 title="Kader KB HSU Verifikasi Data 4.812 Keluarga Berisiko Stunting",
 text="""AMUNTAI – Dinas Pengendalian Penduduk dan KB Kabupaten Hulu Sungai Utara memverifikasi data 4.812 keluarga berisiko stunting hasil Pendataan Keluarga 2026, Senin (9/11/2026) hingga Sabtu (28/11/2026). Verifikasi dilakukan 214 kader KB desa dengan mendatangi rumah keluarga satu per satu.

Kepala DPPKB HSU, Muhammad Hafiz Ansyari, mengatakan kader memeriksa empat hal: akses air minum, jamban, usia ibu dan jarak kelahiran. “Ada keluarga yang sudah punya jamban tapi masih tercatat belum. Kalau tidak diperbaiki, bantuan salah sasaran,” katanya.

Hasil verifikasi dimasukkan ke aplikasi pendataan keluarga dan dibahas dalam rapat tim percepatan penurunan stunting kabupaten pada awal Desember. Keluarga diminta menunjukkan KMS balita bila ada. (diskominfo-hsu/mha)""",
 short="214 kader KB HSU verifikasi data 4.812 keluarga berisiko stunting dari Pendataan Keluarga 2026, 9–28 November: air minum, jamban, usia ibu, jarak kelahiran.",
 long=None,
 para="Kader KB di HSU lagi badatangan ka rumah-rumah, 214 urang, mamariksa data 4.812 kaluarga nang barisiko stunting. Nang dicek: banyu minum, jamban, umur mama wan jarak baranak. Ujar Pa Kadis, ada nang sudah baisi jamban tapi masih tacatat balum. Amun kada dibaiki, bantuan salah sasaran. Sampai 28 November.",
 item="Kader KB HSU verifikasi 4.812 keluarga berisiko stunting",
 neg=[
  ("kim-alabio", 30, "posyandu weighing day in Alabio with stunting counts of one village",
   "Penimbangan balita di Posyandu Melati Alabio pagi ini: 46 balita ditimbang, 3 anak berat badan di bawah garis merah dan langsung dirujuk ke puskesmas. Ibu-ibu juga mendapat PMT bubur kacang hijau."),
  ("kim-babirik", 150, "a toilet (jamban) aid programme in Babirik, same risk factor but another programme",
   "Sebanyak 25 keluarga di Babirik menerima bantuan jamban sehat dari program sanitasi desa. Pembangunan dikerjakan gotong royong dan ditargetkan selesai sebelum akhir tahun."),
  ("kim-paminggir", 555, "the stunting team meeting in December told as its own news with its own decisions",
   "Rapat tim percepatan penurunan stunting HSU di Amuntai memutuskan Paminggir dan Danau Panggang jadi prioritas bantuan air bersih 2027. Camat diminta mengusulkan lokasi tandon. Angka akhir belum diumumkan."),
 ],
 bef=[]),
]
