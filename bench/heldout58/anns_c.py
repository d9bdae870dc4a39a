"""Hand-written releases a23-a32 of heldout58 (labels, expired goods, BPSK and consumer disputes, halal). Fields as in anns_a."""

ANNS = [
dict(id="a23", src="pemkab-hss", pub="2026-11-17 13:15", reg="hss",
 title="23 Produk Oleh-Oleh di Kandangan Pakai Nomor PIRT Palsu atau Kedaluwarsa",
 text="""KANDANGAN – Dinas Kesehatan Kabupaten Hulu Sungai Selatan memeriksa 120 produk pangan olahan di 11 toko oleh-oleh di Kota Kandangan pada Senin (16/11/2026). Petugas menemukan 23 produk mencantumkan nomor P-IRT yang tidak terdaftar atau masa berlakunya sudah habis, antara lain dodol, kerupuk dan abon ikan.

“Nomor P-IRT bukan hiasan kemasan. Nomor itu menandakan produsen sudah dibina soal keamanan pangan,” kata Kepala Dinas Kesehatan HSS, dr. Mardiansyah.

Produk bermasalah diturunkan dari rak untuk sementara. Para produsennya diundang mengikuti penyuluhan keamanan pangan gratis pada Kamis (26/11/2026) di Aula Dinas Kesehatan HSS, sebagai syarat mengurus nomor P-IRT yang sah. Pembeli diminta memeriksa nomor tersebut sebelum membeli oleh-oleh. (mc-hss/nr)""",
 s="Dinkes HSS cek 120 produk di 11 toko oleh-oleh Kandangan (Senin 16/11): 23 produk pakai nomor P-IRT tak terdaftar atau kedaluwarsa (dodol, kerupuk, abon ikan). Diturunkan dari rak; produsen ikut penyuluhan gratis 26/11.",
 l=("Nomor P-IRT Palsu di Produk Oleh-Oleh, Dinkes HSS Turunkan 23 Produk",
    "Pemeriksaan Dinas Kesehatan HSS di 11 toko oleh-oleh Kandangan pada Senin (16/11) menemukan 23 dari 120 produk pangan memakai nomor P-IRT yang tidak terdaftar atau sudah habis masa berlakunya. Produk itu antara lain dodol, kerupuk dan abon ikan.\n\nKepala Dinkes, dr. Mardiansyah, menegaskan nomor P-IRT menandakan produsen sudah dibina soal keamanan pangan. Produk diturunkan dari rak sementara, dan produsennya diundang ke penyuluhan keamanan pangan gratis pada 26 November di Aula Dinkes HSS."),
 p="Bubuhan toko oleh-oleh di Kandangan, Dinkes HSS sudah mamariksa 120 produk di 11 toko hari Senin. 23 produk nomor P-IRT-nya palsu atau sudah habis, ada dodol, krupuk, abon iwak. Diturunakan dulu matan rak. Produsennya diundang panyuluhan gratis Kamis 26/11. 📦 #HSS",
 n=[
  ("Penyuluhan keamanan pangan di Aula Dinkes HSS hari ini diikuti 31 produsen rumahan. Usai ujian tertulis, 27 peserta langsung dinyatakan lulus.",
   "the counselling day of 26 Nov with its own figures, the later step as its own news", 9.0, "hss", None),
  ("Toko oleh-oleh di Jalan Hasan Basry Kandangan menambah rak khusus produk UMKM Loksado: gula aren, kopi dan madu. Ada 40 produk baru.",
   "a shop's new shelf; no inspection", 6.0, "hss", None),
  ("Dodol Kandangan asli atau palsu? Pedagang di Angkinang bilang banyak dodol dari luar daerah dikemas ulang dengan nama Kandangan. Belum ada pemeriksaan soal ini.",
   "a rumour about repackaged dodol; explicitly no check", 3.4, "hss", None),
 ],
 b=[]),

dict(id="a24", src="bbpom-banjarmasin", pub="2026-11-26 15:20", reg=None,
 title="BBPOM di Banjarmasin Musnahkan 1,8 Ton Pangan dan Kosmetik Kedaluwarsa Senilai Rp412 Juta",
 text="""BANJARMASIN – Balai Besar Pengawas Obat dan Makanan (BBPOM) di Banjarmasin memusnahkan 4.100 item pangan olahan dan kosmetik seberat 1,8 ton pada Rabu (25/11/2026) di halaman kantornya. Barang senilai Rp412 juta itu merupakan hasil pengawasan sepanjang 2026, terdiri atas produk kedaluwarsa, rusak kemasan dan tanpa izin edar.

“Sebagian besar kami temukan di gudang distributor dan toko grosir, bukan hanya di warung kecil,” ujar Kepala BBPOM di Banjarmasin, Dra. Herlina Susanti.

Pemusnahan dilakukan dengan cara dihancurkan dan dibakar dalam insinerator, disaksikan kepolisian dan dinas perdagangan. Masyarakat diimbau melaporkan produk mencurigakan melalui aplikasi BPOM Mobile dan selalu memeriksa kemasan, izin edar, label dan tanggal kedaluwarsa. (bbpom/hs)""",
 s="BBPOM di Banjarmasin musnahkan 4.100 item pangan dan kosmetik (1,8 ton, Rp412 juta) kedaluwarsa, rusak dan tanpa izin edar, Rabu 25/11, hasil pengawasan 2026. Laporkan produk mencurigakan lewat BPOM Mobile.",
 l=("1,8 Ton Produk Kedaluwarsa dan Ilegal Dimusnahkan BBPOM",
    "BBPOM di Banjarmasin memusnahkan 4.100 item pangan olahan dan kosmetik seberat 1,8 ton senilai Rp412 juta pada Rabu (25/11). Barang hasil pengawasan sepanjang 2026 itu kedaluwarsa, rusak kemasan atau tanpa izin edar.\n\nKepala BBPOM, Dra. Herlina Susanti, menyebut sebagian besar ditemukan di gudang distributor dan toko grosir. Barang dihancurkan dan dibakar di insinerator dengan disaksikan polisi dan dinas perdagangan. Warga diminta melapor lewat aplikasi BPOM Mobile dan mengecek kemasan, izin edar, label dan tanggal kedaluwarsa."),
 p="Satu koma walu ton barang kadaluarsa wan kosmetik kada baizin dimusnahkan BBPOM di Banjarmasin, Rabu tadi. Haraganya Rp412 juta! Kabanyakan tadapat di gudang distributor wan toko grosir, bukan di warung halus haja. Cek KLIK: kemasan, label, izin edar, kadaluarsa. 🔥",
 n=[
  ("Polres Banjarbaru hari ini memusnahkan barang bukti 1,8 kilogram sabu dan 4.100 butir obat terlarang di halaman mapolres.",
   "a police destruction of drugs with look-alike figures (1,8; 4.100)", 1.1, "bjb", None),
  ("BBPOM di Banjarmasin menggelar sosialisasi cek KLIK untuk 120 pelajar SMA di Gedung Sultan Suriansyah hari ini.",
   "the same office, a school campaign", 5.1, "bjm", None),
  ("Minimarket di Gambut menjual susu kotak lewat tanggal. Sudah saya tunjukkan ke kasir, katanya akan dilapor ke atasan. Teliti sebelum membeli, sanak.",
   "a shopper's own find; no destruction", 3.3, "bjr", None),
 ],
 b=[]),

dict(id="a25", src="pemkab-tapin", pub="2026-11-03 16:25", reg="tapin",
 title="61 Produk Kedaluwarsa Ditemukan di Warung Jalur Trans Kalimantan Binuang",
 text="""RANTAU – Dinas Koperasi, UKM dan Perdagangan Kabupaten Tapin menyisir 26 warung dan kios di sepanjang jalan Trans Kalimantan di Kecamatan Binuang dan Tapin Selatan pada Senin (2/11/2026). Petugas menemukan 61 item produk kedaluwarsa, terutama roti kemasan, susu kotak dan mi instan, yang banyak dibeli sopir dan penumpang.

“Warung di jalur lintas ramai pembeli yang sekali lewat, sehingga jarang ada yang mengembalikan barang. Ini celah yang harus kami tutup,” ujar Kepala Bidang Perdagangan Tapin, Gusti Arief Rahman.

Pemilik warung membuat surat pernyataan tidak mengulangi dan barang langsung dikembalikan kepada sales. Penyisiran serupa akan menyasar warung di Kecamatan Candi Laras Selatan dan Candi Laras Utara dua pekan mendatang. (tapin/hr)""",
 s="Tapin sisir 26 warung di jalur Trans Kalimantan Binuang & Tapin Selatan (Senin 2/11): 61 item kedaluwarsa (roti, susu kotak, mi instan). Pemilik teken surat pernyataan; Candi Laras Selatan & Utara dua pekan lagi.",
 l=None,
 p="Sopir wan panumpang nang singgah di warung jalur Trans Kalimantan Binuang, tiring tanggal kadaluarsa lah. Dinas di Tapin manamuakan 61 barang kadaluarsa di 26 warung hari Senin: roti, susu kotak, mi instan. Pemiliknya baulah surat pernyataan. Candi Laras dua minggu lagi. 🍞",
 n=[
  ("Warung di Desa Margasari Ilir hari ini ikut disisir petugas. Dari 14 warung, ditemukan 9 bungkus roti lewat tanggal. Pemilik langsung mengembalikannya ke sales.",
   "the Candi Laras Selatan round two weeks later (14 stalls, 9 items), the later step as its own news", 14.0, "tapin", None),
  ("Rumah makan di jalur Trans Kalimantan Binuang mulai buka 24 jam melayani sopir truk batu bara. Menu andalan ikan haruan bakar.",
   "a restaurant's opening hours on the same road; no sweep", 6.5, "tapin", None),
  ("Sales roti bilang barang yang dikembalikan warung Binuang akan dimusnahkan di gudang Banjarbaru. Ada yang tanya bisa dijual murah? Tidak boleh.",
   "talk about returned goods; no new inspection facts", 2.7, "tapin", None),
 ],
 b=[]),

dict(id="a26", src="pemkab-batola", pub="2026-11-24 16:50", reg="btl",
 title="420 Karton Produk Rusak dan Kedaluwarsa Ditemukan di Gudang Distributor Handil Bakti",
 text="""MARABAHAN – Tim pengawasan barang beredar Kabupaten Barito Kuala memeriksa gudang tiga distributor bahan pokok dan makanan ringan di Kecamatan Alalak pada Senin (23/11/2026). Di gudang di kawasan Handil Bakti, petugas menemukan 420 karton produk rusak dan kedaluwarsa, antara lain susu kental manis dalam kaleng penyok dan minuman dalam kemasan rembes.

“Barang rusak seharusnya dipisahkan dan dikembalikan ke pabrik, bukan ditumpuk bersama barang layak jual,” kata Kepala Disperindag Barito Kuala, Hj. Rusmiati.

Ke-420 karton itu dipisahkan dan disegel di gudang masing-masing. Disperindag meminta ketiga distributor membuat berita acara pengembalian ke pabrik atau pemusnahan paling lambat pertengahan Desember. Pengecer diimbau tidak menerima barang dengan kemasan rusak dari sales. (btl/rh)""",
 s="Tim pengawasan Batola cek gudang 3 distributor di Alalak (Senin 23/11); di Handil Bakti ditemukan 420 karton produk rusak/kedaluwarsa: kaleng susu penyok, minuman rembes. Disegel; distributor wajib retur atau musnahkan sebelum pertengahan Desember.",
 l=None,
 p="Di gudang distributor Handil Bakti tadapat 420 karton barang rusak wan kadaluarsa: kaleng susu panyuk, minuman rembes. Tim Batola mariksa talu gudang hari Senin. Barangnya disegel, distributor musti mambulikakan ka pabrik atau dimusnahkan sabalum pertengahan Desember. Jangan manukar kaleng panyuk lah! 🥫",
 n=[
  ("Banjir rob masuk ke gudang beras di Handil Bakti tadi malam. Pemilik memindahkan 200 karung ke lantai dua.",
   "a tidal flood at a warehouse in the same area; no inspection", 3.2, "btl", None),
  ("Disperindag Batola hari ini menggelar pasar murah di halaman Kantor Camat Alalak: 420 paket sembako habis dalam dua jam.",
   "the same office, a cheap-market day with the same figure 420", 8.1, "btl", None),
  ("Warung di Anjir Pasar masih menjual susu kental manis kaleng penyok dengan harga setengah. Pembeli bilang asal belum lewat tanggal tidak apa-apa. Benar begitu?",
   "a question about dented cans at a warung; not the warehouse inspection", 5.3, "btl", None),
 ],
 b=[]),

dict(id="a27", src="pemprov-kalsel", pub="2026-11-05 13:00", reg=None,
 title="Wagub Lantik 18 Anggota BPSK Tabalong dan Tanah Bumbu",
 text="""BANJARBARU – Wakil Gubernur Kalimantan Selatan melantik 18 anggota Badan Penyelesaian Sengketa Konsumen (BPSK) Kabupaten Tabalong dan Kabupaten Tanah Bumbu masa jabatan 2026–2031 di Gedung Idham Chalid, Banjarbaru, pada Rabu (4/11/2026). Masing-masing BPSK beranggotakan sembilan orang dari unsur pemerintah, konsumen dan pelaku usaha.

“Sengketa konsumen tidak harus berakhir di pengadilan. BPSK hadir agar warga di daerah bisa menyelesaikannya dengan cepat, murah dan adil,” kata Kepala Biro Perekonomian Setdaprov Kalsel, Dr. Hj. Nurlaila Agustina, membacakan sambutan Wagub.

Dengan pelantikan ini, BPSK di Kalimantan Selatan kini ada di tujuh kabupaten/kota. Kedua BPSK baru akan mulai menerima pengaduan setelah sekretariat di masing-masing kabupaten siap, paling lambat akhir November. (prov/ad)""",
 s="Wagub Kalsel lantik 18 anggota BPSK Tabalong dan Tanah Bumbu (2026–2031) di Gedung Idham Chalid, Rabu 4/11; masing-masing 9 orang dari unsur pemerintah, konsumen, pelaku usaha. BPSK kini di 7 kabupaten/kota; layanan dibuka akhir November.",
 l=("BPSK Hadir di Tabalong dan Tanah Bumbu, Sengketa Konsumen Tak Perlu ke Pengadilan",
    "Sebanyak 18 anggota Badan Penyelesaian Sengketa Konsumen (BPSK) Kabupaten Tabalong dan Tanah Bumbu dilantik Wakil Gubernur Kalsel di Gedung Idham Chalid, Banjarbaru, Rabu (4/11). Masing-masing BPSK beranggotakan sembilan orang dari unsur pemerintah, konsumen dan pelaku usaha, untuk masa 2026–2031.\n\nDalam sambutan Wagub yang dibacakan Kepala Biro Perekonomian, Dr. Hj. Nurlaila Agustina, BPSK disebut sebagai jalan penyelesaian sengketa yang cepat, murah dan adil. Kalsel kini punya BPSK di tujuh kabupaten/kota; kedua BPSK baru mulai menerima pengaduan paling lambat akhir November."),
 p="Hanyar dilantik Wagub di Gedung Idham Chalid hari Rabu: 18 anggota BPSK gasan Tabalong wan Tanah Bumbu, masing-masing sanga urang. Jadi bila ada sengketa lawan toko atau leasing, kada usah ka pengadilan, kawa ka BPSK. Wayahini BPSK sudah ada di pitu kabupaten/kota. ⚖️",
 n=[
  ("Gedung Idham Chalid hari ini dipakai untuk pelantikan pengurus KONI Kalsel periode baru. Ratusan atlet dan pelatih hadir.",
   "the same hall, another inauguration", 2.1, None, None),
  ("Warga Tanjung bertanya: kalau sengketa dengan dealer motor, sekarang sudah bisa lapor ke BPSK Tabalong? Kata staf Disdag, sekretariatnya belum buka, tunggu pengumuman.",
   "a resident's question; explicitly no service yet", 6.3, "tbl", None),
  ("BPSK Kota Banjarbaru genap sepuluh tahun. Sepanjang 2016–2026 lembaga ini menangani 412 perkara, kebanyakan soal kredit kendaraan.",
   "another BPSK's anniversary with its own figures", 12.0, "bjb", None),
 ],
 b=[]),

dict(id="a28", src="pemkot-banjarmasin", pub="2026-11-09 14:05", reg="bjm",
 title="BPSK Banjarmasin Terima 46 Pengaduan Sepanjang 2026, Terbanyak Soal Leasing",
 text="""BANJARMASIN – Badan Penyelesaian Sengketa Konsumen (BPSK) Kota Banjarmasin mencatat 46 pengaduan sejak Januari hingga Oktober 2026. Sebanyak 31 pengaduan terkait pembiayaan atau leasing kendaraan, delapan soal jual beli daring dan tujuh terkait perumahan. Rekap itu disampaikan dalam rapat evaluasi di Balai Kota pada Senin (9/11/2026).

“Sebanyak 29 perkara selesai lewat mediasi tanpa sidang. Konsumen sering tidak tahu bahwa layanan BPSK gratis,” ujar Ketua BPSK Kota Banjarmasin, H. Abdul Gafur.

Mulai pekan depan, BPSK menambah hari sidang menjadi setiap Selasa dan Kamis. Pengaduan dapat disampaikan langsung ke sekretariat BPSK di lantai dua Mal Pelayanan Publik dengan membawa bukti transaksi dan identitas. (mc-bjm/dn)""",
 s="BPSK Banjarmasin terima 46 pengaduan Jan–Okt 2026: 31 leasing, 8 jual beli daring, 7 perumahan; 29 selesai lewat mediasi. Mulai pekan depan sidang tiap Selasa dan Kamis di lantai 2 MPP. Layanan gratis.",
 l=("46 Aduan Konsumen Masuk BPSK Banjarmasin, 31 Soal Leasing",
    "BPSK Kota Banjarmasin menerima 46 pengaduan dari Januari sampai Oktober 2026: 31 soal pembiayaan atau leasing kendaraan, delapan jual beli daring dan tujuh perumahan. Angka itu disampaikan dalam rapat evaluasi di Balai Kota, Senin (9/11).\n\nKetua BPSK H. Abdul Gafur menyebut 29 perkara selesai lewat mediasi dan mengingatkan layanan BPSK gratis. Mulai pekan depan sidang digelar setiap Selasa dan Kamis; pengaduan diterima di sekretariat lantai dua Mal Pelayanan Publik dengan membawa bukti transaksi dan identitas."),
 p="Bila ada masalah lawan leasing, toko online atau pengembang rumah, BPSK Banjarmasin gratis pang. Tahun ini 46 aduan masuk, 31 soal leasing, 29 sudah baras lewat mediasi. Minggu dapan sidang tiap Salasa wan Kamis di lantai dua MPP. Bawa bukti wan KTP. ⚖️ #Banjarmasin",
 n=[
  ("Debt collector menarik motor warga di Jalan Kelayan A siang tadi. Warga sempat ribut karena penarikan tanpa surat pengadilan. Polisi datang menengahi.",
   "a repossession quarrel; no BPSK recap", 3.2, "bjm", None),
  ("Mal Pelayanan Publik Banjarmasin buka hari Sabtu selama Desember untuk layanan KTP dan KK. BPSK tidak termasuk layanan Sabtu.",
   "the same building, Saturday opening of other services", 12.0, "bjm", None),
  ("Sidang BPSK Banjarmasin hari Kamis ini memutus sengketa pembelian kulkas: toko wajib mengganti unit baru dalam 14 hari. Konsumen dari Kelayan Selatan.",
   "one later hearing and decision, its own case", 10.1, "bjm", None),
 ],
 b=[]),

dict(id="a29", src="pemkot-banjarbaru", pub="2026-11-23 10:30", reg="bjb",
 title="BPSK Banjarbaru Buka Pengaduan Daring Lewat Formulir Lapor BPSK",
 text="""BANJARBARU – Badan Penyelesaian Sengketa Konsumen (BPSK) Kota Banjarbaru mulai menerima pengaduan secara daring melalui formulir Lapor BPSK di laman resmi Pemkot Banjarbaru sejak Senin (23/11/2026). Warga cukup mengisi identitas, kronologi dan mengunggah foto bukti transaksi tanpa harus datang ke sekretariat.

“Banyak konsumen enggan mengadu karena harus izin kerja. Lewat formulir ini, pengaduan bisa dikirim malam hari dari rumah,” kata Ketua BPSK Kota Banjarbaru, Hj. Nor Aida.

Pengadu akan dihubungi sekretariat paling lama tiga hari kerja untuk menentukan jalur penyelesaian, yakni mediasi, konsiliasi atau arbitrase. Seluruh layanan tetap gratis. BPSK juga akan menyosialisasikan layanan ini ke 20 kelurahan hingga akhir Desember. (bjb/fz)""",
 s="BPSK Banjarbaru buka pengaduan daring lewat formulir Lapor BPSK di laman Pemkot sejak Senin 23/11: isi identitas, kronologi, unggah bukti. Dihubungi paling lama 3 hari kerja; gratis. Sosialisasi ke 20 kelurahan sampai akhir Desember.",
 l=None,
 p="Wayahini mangadu ka BPSK Banjarbaru kawa matan rumah, kada usah izin bagawi. Isi formulir Lapor BPSK di laman Pemkot, tulis kronologi, unggah foto bukti. Talu hari karja dihubungi. Gratis! Mulai Senin 23/11. 📱 #Banjarbaru",
 n=[
  ("Laman resmi Pemkot Banjarbaru sempat tidak bisa dibuka Selasa pagi. Diskominfo menyebut ada pemeliharaan server dan sudah normal pukul 10.00.",
   "a website outage on the same portal; not the complaint form", 1.1, "bjb", None),
  ("Sosialisasi BPSK hari ini sampai di Kelurahan Guntung Manggis. Sekitar 40 warga hadir, kebanyakan bertanya soal cicilan motor.",
   "one of the later kelurahan sessions, with its own figures", 9.3, "bjb", None),
  ("Aplikasi pengaduan layanan publik Banjarbaru juga menerima laporan jalan rusak dan lampu mati. Ini beda dengan Lapor BPSK yang khusus sengketa konsumen, jangan keliru pilih.",
   "a comparison with another complaint channel; no launch news", 4.0, "bjb", None),
 ],
 b=[]),

dict(id="a30", src="disdag-kalsel", pub="2026-11-18 15:30", reg=None,
 title="Lewat Klinik Konsumen, 37 Pembeli Mebel Kredit di Martapura Terima Pengembalian Rp186 Juta",
 text="""BANJARBARU – Klinik Konsumen Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Selatan memediasi sengketa antara 37 konsumen dan sebuah toko mebel kredit di Martapura pada Selasa (17/11/2026). Toko tersebut sepakat mengembalikan uang muka dan angsuran senilai total Rp186 juta kepada konsumen yang barangnya tak kunjung dikirim sejak Juli.

“Mediasi berhasil karena para konsumen menyimpan kuitansi dan bukti transfer. Bukti transaksi adalah kunci,” ujar Kepala Bidang Perlindungan Konsumen Disperindag Kalsel, Hj. Aulia Rahmawati.

Pengembalian dibayar dalam tiga tahap, terakhir pada 15 Desember 2026, disaksikan petugas Klinik Konsumen. Jika toko ingkar, konsumen dapat melanjutkan sengketa ke BPSK atau pengadilan. Konsumen lain yang merasa dirugikan toko yang sama masih bisa mengadu. (dpp/rs)""",
 s="Klinik Konsumen Disperindag Kalsel mediasi 37 konsumen dan toko mebel kredit di Martapura (Selasa 17/11): toko kembalikan Rp186 juta uang muka dan angsuran barang yang tak dikirim sejak Juli, dalam 3 tahap sampai 15/12.",
 l=("Mebel Tak Kunjung Dikirim, 37 Konsumen Dapat Kembali Rp186 Juta",
    "Sebanyak 37 konsumen sebuah toko mebel kredit di Martapura yang barangnya tak dikirim sejak Juli akhirnya mendapat kepastian. Lewat mediasi Klinik Konsumen Disperindag Kalsel pada Selasa (17/11), toko sepakat mengembalikan Rp186 juta uang muka dan angsuran.\n\nKabid Perlindungan Konsumen Hj. Aulia Rahmawati mengatakan kuitansi dan bukti transfer menjadi kunci keberhasilan mediasi. Uang dikembalikan dalam tiga tahap hingga 15 Desember, dan konsumen masih bisa ke BPSK atau pengadilan jika toko ingkar."),
 p="Alhamdulillah, 37 urang nang manukar lamari wan kursi kredit di toko Martapura, barangnya kada datang-datang matan Juli, duitnya dibulikakan Rp186 juta. Dimediasi Klinik Konsumen Disperindag Kalsel hari Salasa. Dibayar talu kali, tarakhir 15 Desember. Simpan kuitansi lah dangsanak! 🪑",
 n=[
  ("Toko mebel di Jalan A. Yani Martapura buka cabang baru di Astambul. Promo cicilan tanpa DP sampai akhir tahun.",
   "a furniture shop's promotion; no dispute", 4.6, "bjr", None),
  ("Tahap pertama pengembalian uang konsumen mebel di Martapura sudah dibayar tadi siang, Rp62 juta untuk 12 orang. Sisanya dua tahap lagi.",
   "the first instalment of the refund, a later event with its own figures", 7.9, "bjr", None),
  ("Konsumen perumahan di Gambut melapor ke Disperindag karena sertifikat rumah belum diterima setelah lunas dua tahun. Mediasi belum dijadwalkan.",
   "another complaint at the same office, no mediation yet", 11.2, "bjr", None),
 ],
 b=[("Puluhan warga mendatangi kantor Disperindag di Banjarbaru pagi ini, katanya pembeli mebel kredit yang barangnya tidak dikirim. Semoga ada jalan keluar.",
     "seen the morning of the mediation, before the release, without outcome", -0.3)]),

dict(id="a31", src="diskominfo-kalsel", pub="2026-11-27 11:15", reg=None,
 title="Waspada Petugas Tera Palsu, Tera Ulang Resmi Tidak Dipungut Bayaran di Tempat",
 text="""BANJARBARU – Dinas Komunikasi dan Informatika bersama Disperindag Provinsi Kalimantan Selatan mengingatkan pedagang agar waspada terhadap orang yang mengaku petugas tera ulang dan meminta bayaran di tempat. Laporan penipuan itu diterima dari Pasar Martapura, Pasar Binuang dan Pasar Rantau pada Kamis (26/11/2026), dengan permintaan uang Rp50.000 hingga Rp150.000 per timbangan.

“Petugas metrologi resmi membawa surat tugas, berseragam dinas, dan retribusi dibayar lewat bank atau kanal resmi, bukan tunai kepada petugas,” kata Kepala Dinas Kominfo Kalsel, H. Muhammad Rifani.

Pedagang yang didatangi orang mencurigakan diminta mencatat ciri-cirinya dan melapor ke kantor pasar atau UPTD Metrologi Legal terdekat. Diskominfo juga meminta KIM menyebarkan imbauan ini ke grup warga. (mc-kalsel/fr)""",
 s="Diskominfo & Disperindag Kalsel ingatkan pedagang: ada petugas tera palsu minta Rp50.000–150.000 per timbangan di Pasar Martapura, Binuang, Rantau (26/11). Petugas resmi bersurat tugas, berseragam; bayar lewat bank, bukan tunai.",
 l=("Awas Petugas Tera Palsu di Pasar, Ini Ciri Petugas Resmi",
    "Diskominfo dan Disperindag Kalsel menerima laporan dari Pasar Martapura, Pasar Binuang dan Pasar Rantau pada Kamis (26/11) tentang orang yang mengaku petugas tera ulang dan meminta Rp50.000 sampai Rp150.000 per timbangan secara tunai.\n\nKadis Kominfo H. Muhammad Rifani menjelaskan petugas metrologi resmi membawa surat tugas dan berseragam dinas, sedangkan retribusi dibayar melalui bank atau kanal resmi. Pedagang diminta mencatat ciri-ciri orang mencurigakan dan melapor ke kantor pasar atau UPTD Metrologi Legal, dan KIM diminta ikut menyebarkan imbauan."),
 p="Acil, julak, bubuhan padagang! Ada urang ngaku petugas tera ulang, minta duit Rp50 ribu sampai Rp150 ribu satu timbangan, di Pasar Martapura, Binuang wan Rantau. Itu palsu! Petugas asli bawa surat tugas, baseragam, bayarnya lewat bank. Catat cirinya, lapor ka kantor pasar. 🚨",
 n=[
  ("Tera ulang timbangan pedagang Pasar Rantau dijadwalkan resmi tahun depan, jar kantor pasar. Sampai sekarang belum ada surat pemberitahuan. Jangan bayar siapa pun yang datang sebelum ada surat.",
   "a market office's note about a future schedule; no fraud report", 7.2, "tapin", None),
  ("Penipuan berkedok petugas PLN di Banjarbaru: pelaku mengaku mengganti meteran listrik dan meminta Rp200.000. Warga Cempaka sudah dua yang tertipu.",
   "another impersonation scam (PLN meters), other place", 3.4, "bjb", None),
  ("Pelaku yang mengaku petugas tera di Pasar Binuang ternyata hanya salah paham: dia teknisi servis timbangan swasta yang menawarkan jasa kalibrasi, bukan petugas dinas.",
   "a later clarification about one man in Binuang; not the warning release", 6.0, "tapin", None),
 ],
 b=[]),

dict(id="a32", src="kemenag-kalsel", pub="2026-11-20 10:00", reg=None,
 title="Kemenag Kalsel Siapkan 300 Kuota Sertifikat Halal untuk Pedagang Soto Banjar dan Ketupat Kandangan",
 text="""BANJARBARU – Kantor Wilayah Kementerian Agama Provinsi Kalimantan Selatan meluncurkan program sertifikasi halal bagi pedagang soto Banjar dan ketupat Kandangan pada Kamis (19/11/2026) di Aula Kanwil Kemenag Kalsel. Program ini menyediakan 300 kuota sertifikat halal jalur pernyataan mandiri bagi pedagang kuliner khas Banjar di 13 kabupaten/kota.

“Soto Banjar dan ketupat Kandangan adalah wajah kuliner Kalsel. Pedagangnya pantas mendapat sertifikat halal seperti rumah makan besar,” ujar Kepala Kanwil Kemenag Kalsel, Dr. H. Ahmad Fauzan.

Pendaftaran dibuka sampai Jumat (4/12/2026) melalui pendamping proses produk halal di kecamatan. Pedagang yang memotong ayam sendiri diminta menunjukkan bukti pemotongan di rumah potong unggas bersertifikat. (kemenag/hm)""",
 s="Kanwil Kemenag Kalsel luncurkan 300 kuota sertifikat halal self declare untuk pedagang soto Banjar dan ketupat Kandangan di 13 kabupaten/kota (Kamis 19/11). Daftar lewat pendamping PPH kecamatan sampai 4/12; yang memotong ayam sendiri wajib bukti RPU bersertifikat.",
 l=None,
 p="Bubuhan padagang soto Banjar wan katupat Kandangan, ada 300 kuota sertifikat halal gratis matan Kemenag Kalsel! Daftar lewat pendamping halal di kecamatan sampai 4 Desember. Nang manyumbalih hayam saurang, bawa bukti matan rumah potong unggas nang basertifikat. 🍜",
 n=[
  ("Festival soto Banjar di Siring Menara Pandang hari ini diikuti 30 pedagang. Juara favorit soto dari Kuin dengan kuah rempah kental.",
   "a soto festival; no certification", 6.2, "bjm", None),
  ("Sertifikat halal untuk warung ketupat Kandangan di Angkinang? Pemilik warung bilang sudah punya sejak tahun lalu lewat program Pemkab HSS, bukan yang dari Kemenag sekarang.",
   "a warung certified last year through another programme", 4.3, "hss", None),
  ("Aula Kanwil Kemenag Kalsel hari ini dipakai untuk pembinaan 300 penghulu se-Kalsel. Materi soal pencatatan nikah digital.",
   "the same hall, 300 marriage registrars (same figure)", 9.0, None, None),
 ],
 b=[("Dengar-dengar Kemenag mau bikin program halal khusus pedagang soto. Ada yang sudah dapat informasi resminya?",
     "a rumour before the launch, no figures", -2.3)]),
]
