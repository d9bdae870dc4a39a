# -*- coding: utf-8 -*-
"""heldout61, hand-written posts that are not tied to one release's record in anns_*.py:
U  unrelated village posts (when "MM-DD HH:MM", region, text)
B2 more `before` posts (imitates, days before (negative), region, text, differs)
N2 more look-alikes with URL traps or bare domains (imitates, when, region, text, differs)
L2 more long summaries (ann, text); S2 casual-Indonesian admin summaries (ann, text)
P2 casual-Indonesian paraphrases (ann, text); LOCAL round-up items that match no release."""

U = [
    ("10-20 07:15", "bjm", "Pemadaman listrik terencana PLN UP3 Banjarmasin hari ini pukul 09.00–13.00 di sebagian Kelurahan Pekapuran Raya untuk pemeliharaan jaringan. Mohon maaf atas ketidaknyamanannya."),
    ("10-21 17:40", "hsu", "Harga itik Alabio di Pasar Amuntai pagi tadi Rp65 ribu per ekor untuk itik petelur siap bertelur. Telur asin Rp4.500 sebutir."),
    ("10-22 20:05", "tbl", "Turnamen voli antar-RT Pembataan memasuki semifinal. Besok sore RT 07 lawan RT 11 di lapangan kantor desa, ayo dukung!"),
    ("10-23 06:50", "btl", "Jadwal kelotok Marabahan–Tabunganen pekan ini berangkat pukul 07.00 dan 13.00. Hari Jumat hanya satu kali karena perbaikan mesin."),
    ("10-24 09:30", "bjb", "Ditemukan dompet cokelat di parkiran Pasar Bauntung, isi KTP atas nama warga Guntung Payung. Silakan ambil di pos satpam pasar."),
    ("10-25 16:20", "hss", "Panen raya padi di Angkinang, hasil sekitar 4,8 ton per hektar. Harga gabah kering panen di tingkat petani Rp6.700."),
    ("10-26 19:10", "tla", "Pengajian malam Selasa di Langgar Al-Amin Ambungan, bersama Ustaz Fahmi. Jamaah ibu-ibu diharap membawa kue untuk dibagi."),
    ("10-27 12:00", "ktb", "Gelombang tinggi 1,5–2,5 meter di Selat Laut dua hari ke depan. Nelayan kecil Sebelimbingan diimbau tidak melaut jauh."),
    ("10-28 08:15", "hst", "Gotong royong membersihkan makam kampung Birayang Minggu pagi, bawa parang dan karung. Konsumsi dari warga RT 2."),
    ("10-29 15:45", "blg", "Harga karet di Paringin minggu ini Rp11.200 per kilo kering. Naik sedikit dibanding pekan lalu."),
    ("10-30 21:00", "bjr", "Hilang kucing oren jantan, kalung merah, di sekitar Jalan Pasayangan. Yang melihat mohon kabari, ada imbalan."),
    ("10-31 10:25", "tpn", "PDAM Tapin: air di wilayah Binuang mengalir kecil hari ini karena perbaikan pipa transmisi di Jalan A. Yani. Normal kembali malam."),
    ("11-01 07:40", "tbu", "Senam sehat bersama Puskesmas Batulicin setiap Minggu pagi di lapangan kantor camat. Gratis, sekalian cek tensi."),
    ("11-01 18:30", "hsu", "Lomba perahu dayung tradisional di Danau Panggang diikuti 28 regu. Juara satu regu Desa Paminggir."),
    ("11-02 11:50", "bjm", "Kemacetan di Jembatan Antasari siang ini karena truk mogok di lajur kanan. Pilih jalur lain sementara."),
    ("11-03 20:20", "tla", "Harga semangka di Tabanio Rp5 ribu per kilo, panen melimpah. Pedagang dari Banjarmasin mulai datang."),
    ("11-04 06:30", "btl", "Air pasang tinggi pagi ini menggenangi jalan Anjir Muara Kota sampai 20 cm. Pengendara motor hati-hati."),
    ("11-05 14:15", "hss", "Posyandu Mawar Jambu Hilir: imunisasi campak rubela untuk balita 9 bulan, Kamis pukul 09.00. Bawa buku KIA."),
    ("11-06 19:45", "tbl", "Selamat kepada tim futsal SMPN 1 Tanta juara turnamen pelajar se-Tabalong!"),
    ("11-07 09:10", "blg", "Kehilangan kambing betina warna hitam putih di Desa Juai sejak kemarin sore. Yang melihat mohon hubungi pembakal."),
    ("11-07 16:40", "bjb", "Banjarbaru diguyur hujan deras sore ini, genangan di Jalan Panglima Batur. Drainase sedang dibersihkan petugas."),
    ("11-08 12:30", "ktb", "Jadwal feri Batulicin–Tanjung Serdang normal kembali setelah docking. Keberangkatan tiap jam dari pukul 06.00."),
    ("11-09 08:00", "hst", "Harga kayu manis kering di Barabai Rp28 ribu per kilo. Petani Hantakan mulai panen kulit."),
    ("11-09 20:50", "bjr", "Haul ke-12 almarhum Guru H. Abdul Muis di Astambul, Sabtu malam ba'da Isya. Undangan untuk umum."),
    ("11-10 17:05", "tpn", "Latihan rutin drumband SDN Lokpaikat 1 tiap sore untuk persiapan Hari Jadi. Mohon pengendara pelan saat melintas."),
    ("11-11 07:20", "hsu", "Pasar Alabio Rabu ini ramai, harga cabai rawit Rp48 ribu per kilo, bawang merah Rp34 ribu."),
    ("11-11 21:15", "tbu", "Karang Taruna Satui menggelar turnamen mobile legends antar desa, pendaftaran sampai Jumat, biaya Rp50 ribu per tim."),
    ("11-12 15:30", "bjm", "Warga Alalak Selatan bergotong royong memperbaiki titian ulin di gang Perintis yang patah. Terima kasih bapak-bapak!"),
    ("11-13 10:45", "tla", "Pemadaman bergilir di Jorong dan Asam Asam malam ini pukul 22.00–02.00 karena gangguan pembangkit. Mohon dimaklumi."),
    ("11-13 19:30", "hss", "Bazar UMKM malam minggu di Lapangan Lapak Kandangan, ada ketupat Kandangan dan kerajinan bambu Loksado."),
    ("11-14 08:25", "blg", "Pembagian bibit durian dan petai untuk kelompok tani Halong di balai penyuluhan. Bawa KTP dan kartu anggota poktan."),
    ("11-14 17:55", "btl", "Sungai Barito sedang surut, kelotok besar harus menunggu pasang untuk merapat di Marabahan."),
    ("11-15 11:10", "ktb", "Harga ikan layang di TPI Kotabaru pagi tadi Rp25 ribu per kilo, cumi Rp60 ribu."),
    ("11-15 20:40", "tbl", "Malam ini latihan pencak silat Perisai Diri di halaman masjid Mabuun, anak-anak mulai usia 7 tahun boleh ikut."),
    ("11-16 06:45", "bjb", "Jalan sehat HUT PGRI Banjarbaru Minggu depan, start Lapangan Dr. Murjani pukul 06.30. Kupon di sekolah masing-masing."),
    ("11-16 16:30", "hst", "Banjir kiriman di Hantakan mulai surut, warga membersihkan lumpur di rumah. Bantuan sembako dari BPBD tiba sore ini."),
    ("11-17 09:35", "tpn", "Harga gabah di Candi Laras Selatan turun ke Rp6.300, petani menahan jual menunggu harga membaik."),
    ("11-17 19:15", "bjr", "Lomba masak nasi kuning ibu-ibu majelis taklim Pasayangan, hadiah kompor dan panci. Pendaftaran ke Bu Idah."),
    ("11-18 13:20", "hsu", "Jembatan Paliwara ditutup sementara untuk pengecoran lantai, kendaraan roda empat dialihkan lewat Sungai Karias."),
    ("11-19 07:50", "tla", "Sapi milik warga Ambungan lepas dan masuk kebun sawit tetangga. Pemiliknya mohon segera dijemput 🐄"),
    ("11-19 18:00", "tbu", "Pasar malam di lapangan Pagatan dibuka sampai akhir bulan, ada bianglala dan kuliner khas Bugis."),
    ("11-20 12:15", "bjm", "Harga emas di Pasar Sudimampir hari ini Rp1,38 juta per gram untuk 24 karat. Turun tipis."),
    ("11-20 20:30", "hss", "Kajian tafsir malam Sabtu di Masjid Telaga Langsat dilanjutkan, jamaah ikhwan dan akhwat dipisah tirai."),
    ("11-21 08:40", "blg", "Ada yang tahu bengkel las yang buka hari Minggu di Paringin? Pagar rumah saya roboh kena angin."),
    ("11-21 16:05", "ktb", "Gotong royong warga Stagen membersihkan pantai dari sampah kiriman. Terkumpul 40 karung."),
    ("11-22 10:10", "tbl", "Lowongan kerja operator alat berat di sebuah kontraktor tambang Tabalong. Lamaran dikirim langsung ke kantor perusahaan, hati-hati penipuan."),
    ("11-22 19:20", "btl", "Penyaluran beras cadangan pangan untuk 240 KPM di Tabunganen, Senin di kantor desa, bawa KTP dan KK."),
    ("11-23 07:30", "bjb", "Jalur Trans Banjarbakula koridor 3 dialihkan sementara karena perbaikan aspal di Jalan Golf. Halte Landasan Ulin tidak disinggahi."),
    ("11-23 18:45", "hst", "Festival kuliner Barabai malam ini, ada apam Barabai dan lemang. Parkir motor di halaman kantor pos."),
    ("11-24 09:05", "tpn", "Harga daging sapi di Pasar Rantau Rp140 ribu per kilo, stabil sejak sebulan."),
    ("11-24 20:10", "hsu", "Latihan hadrah remaja masjid Sungai Karias tiap malam Kamis, yang mau bergabung silakan datang."),
    ("11-25 11:35", "tla", "Tabanio: dermaga nelayan selesai diperbaiki, kapal bisa merapat saat surut. Terima kasih dinas terkait."),
    ("11-25 17:20", "bjr", "Pemeliharaan jaringan PDAM Intan Banjar di Karang Intan, air mati pukul 10.00–15.00 besok."),
    ("11-26 07:55", "tbu", "Harga sawit TBS di Satui Rp2.650 per kilo di tingkat pengepul, naik Rp50."),
    ("11-26 15:40", "bjm", "Lomba kebersihan gang se-Kelurahan Teluk Dalam, penilaian Jumat. Mari rapikan pot bunga dan tong sampah."),
    ("11-27 09:25", "ktb", "Kapal perintis ke Pulau Sembilan berangkat Sabtu pukul 08.00 dari Pelabuhan Kotabaru. Tiket dijual di loket mulai Jumat."),
    ("11-27 19:50", "hss", "Turnamen sepak bola Piala Camat Angkinang final Minggu sore. Tiket masuk Rp5 ribu, untuk kas panitia."),
    ("11-28 08:10", "blg", "Penyemprotan fogging DBD di Paringin Kota, Sabtu pagi. Warga diminta membuka pintu dan jendela."),
    ("11-28 17:00", "tbl", "Pemadaman PLN Tanjung hari Minggu 07.00–11.00 di Pembataan dan Mabuun, pemasangan trafo baru."),
    ("11-29 10:30", "btl", "Harga ikan saluang di Pasar Marabahan Rp60 ribu per kilo, haruan Rp75 ribu."),
    ("11-29 19:00", "bjb", "Konser amal untuk korban kebakaran Guntung Manggis di halaman Balai Kota, Sabtu malam. Donasi bisa lewat panitia."),
    ("11-30 07:45", "tpn", "Jalan menuju Desa Harakit licin setelah hujan semalam, kendaraan roda empat disarankan menunggu siang."),
    ("11-30 16:25", "hst", "Selamat untuk santri Birayang yang lolos seleksi MTQ tingkat provinsi cabang tilawah remaja."),
    ("12-01 09:00", "hsu", "Pembagian kartu tani baru di BPP Danau Panggang, Selasa–Rabu. Bawa KTP dan bukti RDKK."),
    ("12-01 20:00", "bjr", "Haul Guru Sekumpul: warga Martapura diminta tidak memarkir kendaraan di bahu jalan arah Sekumpul mulai Jumat."),
    ("12-02 13:10", "tla", "Musim angin barat, harga ikan di Takisung naik karena nelayan jarang melaut."),
    ("12-03 08:35", "ktb", "Perbaikan jalan Sebelimbingan–Stagen sepanjang 800 meter dimulai pekan ini, harap bersabar dengan antrean."),
    ("12-03 18:15", "tbu", "Karnaval sepeda hias anak-anak Batulicin Minggu pagi, start kantor camat. Hadiah untuk sepeda paling kreatif."),
    ("12-04 11:20", "bjm", "Air PDAM Bandarmasih keruh di sebagian Banjarmasin Utara karena pencucian reservoir. Diperkirakan jernih kembali sore."),
    ("12-05 09:45", "blg", "Pelatihan budidaya madu kelulut untuk warga Halong di balai desa, 25 peserta, narasumber dari Dinas Kehutanan."),
]

#: an out-of-set Diskominfo Kalsel article (URL trap for unrelated posts)
DISKOMINFO_TRAP = ("11-18 19:40", "prov",
                   "Info dari Diskominfo Kalsel soal pengamanan akun WhatsApp menjelang Nataru, baca di sini: "
                   "https://diskominfo.kalselprov.go.id/2026/11/18/amankan-akun-whatsapp-anda-jelang-libur-akhir-tahun/")

B2 = [
    ("a04", -1.5, "hss", "Ada kabar Perpustakaan Desa Angkinang mau dapat pendamping dari provinsi untuk kelas-kelas usaha. Belum pasti, masih menunggu rapat di Banjarbaru.", "hearsay before the coordination meeting; no figures"),
    ("a05", -2.0, "hss", "Ibu-ibu, besok lusa kelas bikin dodol kacang di perpustakaan desa kita, bawa wajan sendiri kalau ada. Bahan disiapkan panitia.", "an invitation to the class before it was held"),
    ("a08", -1.2, "bjb", "Kader posyandu kita diundang pelatihan membacakan buku untuk balita di Aula Gawi Sabarataan hari Senin. Yang bisa hadir kabari Bu Ketua.", "an invitation before the training"),
    ("a09", -3.2, "hsu", "Bapak-bapak yang mau ikut kelas mendongeng di Perpusda Amuntai, pendaftaran katanya dibuka pekan depan. Saya sudah titip nama ke petugas.", "a rumour of the class before its opening; no dates"),
    ("a11", -0.3, "tbl", "Pagi ini Aula Perpusda Tabalong penuh ibu-ibu berkebaya, festival dongeng berbahasa Banjar dimulai. Peserta dari Kelua sudah tampil, lucu sekali!", "live post of the festival before the result release"),
    ("a13", -2.8, "prov", "Dispersip sebentar lagi mengumumkan angka literasi Kalsel terbaru. Tebakan saya naik, perpustakaan desa makin banyak yang aktif.", "a guess before the release; no figure"),
    ("a16", -1.0, "prov", "Lihat di gudang lantai dasar kantor, ratusan kaset dan video lama diangkut ke mobil Dispersip. Ada tulisan tangan 'Peresmian Jembatan 1978' di salah satu kotak.", "the cassettes moved, seen before the release"),
    ("a17", -0.5, "hst", "Besok di Gedung Murakata ada penyerahan rekaman video lama Hari Jadi untuk keluarga tokoh. Keluarga kami diundang, kakek dulu panitia MTQ 1989.", "an invitation the day before"),
    ("a19", -3.5, "prov", "Minggu ini tim pengawas arsip dari Dispersip masih keliling dinas-dinas provinsi. Di kantor kami mereka membuka boks satu per satu 😅", "the audit still running, before its result"),
    ("a20", -1.3, "tbu", "Surat dari Dinas Perpustakaan dan Arsip sudah sampai ke kecamatan: mulai pekan depan ada tim pemeriksa arsip. Staf sibuk merapikan lemari.", "the notice received before the release"),
    ("a25", -2.4, "prov", "Relawan sedang menyortir ribuan buku sumbangan di gudang Palnam. Buku pelajaran lama dipisah, banyak sekali.", "sorting seen before the handover"),
    ("a28", -0.3, "bjm", "Malam ini Ka Mahrita dari TBM Lentera Sungai berangkat ke Mahligai Pancasila, katanya masuk nominasi penghargaan literasi. Doakan ya warga Alalak!", "posted hours before the award night, outcome unknown"),
    ("a29", -1.8, "hst", "Tim penilai TBM dari dinas datang ke TBM Pelita Hantakan tadi, memeriksa buku pinjaman dan rak. Semoga hasilnya baik.", "the judging visit before the result"),
    ("a35", -1.1, "hss", "Guru-guru mulai berangkat ke Malaris untuk bengkel menulis cerita rakyat. Jalan ke Loksado licin, hati-hati semua.", "departure before the workshop release"),
    ("a37", -0.9, "bjm", "Halaman Sabilal Muhtadin penuh rak besi dan kardus buku, pengurus masjid dari kabupaten berdatangan. Ada acara Kemenag besok pagi katanya.", "preparations seen the day before"),
    ("a41", -2.1, "bjr", "Warga binaan Lapas Karang Intan ikut pelatihan pengelola perpustakaan dua hari ini, kata keluarga yang berkunjung. Ruang bacanya dibuka akhir pekan.", "hearsay of the training before the opening"),
]

N2 = [
    ("a25", 5.3, "prov", "Kilas balik: tahun lalu Gerakan Sedekah Buku mengumpulkan 6.100 buku. Arsip beritanya: https://dispersip.kalselprov.go.id/warta/2291/gerakan-sedekah-buku-2025-kumpulkan-6100-buku", "the 2025 round, with its old URL on the same site"),
    ("a13", 8.0, "tpn", "Angka IPLM Tapin 2025 dulu 57,9. Sumber: dispersip.kalselprov.go.id", "last year's kabupaten figure; bare domain"),
    ("a31", 11.2, "bjb", "Panduan daftar anggota perpustakaan Palnam versi lama (2024) masih bisa dibaca di https://dispersip.kalselprov.go.id/warta/1874/cara-daftar-anggota-perpustakaan-palnam", "an older article on the same site"),
]

L2 = [
    ("a04", "Kabar untuk pengelola perpustakaan desa: program Pustaka Desa Berdaya diperluas ke 30 desa di enam kabupaten. Dalam rakor di Aula Dispersip Kalsel, Kamis 5 November, diputuskan setiap perpustakaan desa peserta mendapat satu pendamping dan dana kegiatan Rp15 juta. Ada empat lokakarya: kerajinan, olahan pangan, literasi digital dan pembukuan usaha, dijadwalkan 16 November sampai 19 Desember. Pendamping wajib melapor tiap bulan."),
    ("a13", "Angka literasi Kalsel 2026 sudah keluar. Dispersip menyebut IPLM provinsi 71,36, naik dari 66,82 tahun lalu, sedangkan Tingkat Gemar Membaca 68,42. Banjarbaru tertinggi dengan 78,10, tapi masih ada tiga kabupaten di bawah 60. Kenaikan terbesar dari perpustakaan desa yang aktif; kelemahannya koleksi per penduduk. Kabupaten/kota diminta menunjuk operator data sebelum 15 Desember, pendataan 2027 mulai Februari."),
    ("a19", "Rapor kearsipan kantor-kantor Pemprov Kalsel diumumkan Jumat 20 November. Dari 48 perangkat daerah, 9 mendapat AA, 23 A, 12 BB dan 4 B; rata-ratanya 78,6 dan nilai tertinggi BKD (94,2). Menurut Kepala Dispersip, yang diuji adalah apakah surat bisa ditemukan dalam hitungan menit. Yang bernilai BB dan B harus menyerahkan rencana perbaikan paling lambat 18 Desember; piagam AA diserahkan pada apel Desember."),
    ("a31", "Perpustakaan sekarang ada di saku. Aplikasi Pustaka Banua Digital dari Dispersip Kalsel resmi diluncurkan Senin 2 November di Palnam: 4.500 judul e-book, pinjam gratis tiga judul selama tujuh hari. Saat uji coba Oktober sudah 2.300 warga mendaftar. Daftarnya pakai NIK dan surel. Januari nanti ditambah 1.000 judul termasuk buku berbahasa Banjar; keluhan teknis lewat menu bantuan."),
    ("a34", "Sayembara Menulis Cerita Anak Banua sudah punya pemenang: 40 naskah dari 212 yang masuk. Penulisnya beragam, dari guru sampai pensiunan penyuluh pertanian, dan ceritanya tentang sungai, kebun karet, pasar terapung dan Meratus. Tiap naskah dicetak 200 eksemplar (total 8.000) untuk perpustakaan desa dan TBM, penulis mendapat honor Rp4 juta. Buku mulai dibagikan Maret 2027."),
    ("a36", "Buku cerita rakyat Pulau Laut akhirnya terbit. Dinas Perpustakaan dan Kearsipan Kotabaru mencetak 12 judul, 3.000 eksemplar, untuk 60 SD; setiap sekolah mendapat 50 buku plus panduan guru. Ceritanya dikumpulkan dari warga Sebelimbingan, Tanjung Serudung dan Pulau Sebuku, dengan ilustrasi pelukis lokal. Penyerahan dimulai 1 Desember di Pulau Laut Utara lalu kecamatan lain sampai akhir Desember."),
    ("a40", "Tontonan sore untuk anak: kanal video Dongeng Banua dari Diskominfo dan Dispersip Kalsel. Sudah 24 episode direkam bersama guru, pustakawan dan pegiat TBM, dalam bahasa Indonesia dan Banjar. Tayang tiap Sabtu pukul 16.00 Wita mulai 14 November. Masyarakat juga bisa mengirim video dongeng; yang lolos kurasi ditayangkan dan pendongeng terpilih diundang rekaman Januari."),
    ("a42", "Di Tapin Utara kini buku ada di ujung gang. Gerakan Satu RT Satu Rak Buku dimulai Kamis 26 November di 64 RT: tiap RT mendapat rak kayu dan 50 buku keluarga, ditaruh di pos ronda, teras ketua RT atau langgar. Ketua RT menunjuk penjaga rak, 20 buku ditukar tiap tiga bulan, dan tahun 2027 program meluas ke Bungur dan Lokpaikat."),
]

S2 = [
    ("a15", "Admin mau info nih: mulai 9 sampai 28 November ada survei gemar membaca dari Pemko di 52 kelurahan, 2.080 warga bakal ditanya-tanya. Petugasnya pakai rompi hijau dan nggak minta duit sama sekali ya. Hasilnya akhir Desember."),
    ("a27", "Buat yang tinggal di Banjarbaru: Minggu 8 November ada tukar buku di CFD Murjani, jam 6 sampai 9 pagi. Satu buku tukar satu buku, atau sumbang aja juga boleh. Sisanya nanti buat 12 TBM. Buku pelajaran sama majalah bekas nggak diterima."),
]

P2 = [
    ("a03", "Gaes, Kotabaru keren juga nih 🏍️ 6 motor trail bawa kotak buku naik ke 18 desa di bukit Pulau Laut, bukunya ganti tiap minggu. Yang bawa motor orang desa sendiri. Mulai 23 November, desa lain bisa ngusulin sampe akhir Desember."),
    ("a12", "Wkwk nenek gue pasti daftar nih 😂 Banjarmasin bikin lomba dongeng buat lansia 60+, tiap kelurahan satu orang, daftar sampe 3 Desember, final 10 Desember di Taman Kamboja. Juara satu 3 juta, semua dongengnya direkam."),
    ("a32", "Nunggu bus sekarang gak gabut lagi 😎 ada 12 kios baca digital di taman sama halte Banjarmasin, 800 e-book, bisa scan QR terus lanjut baca di HP. Buka jam 6 pagi sampe jam 10 malem."),
    ("a38", "Guys pondok-pondok di Batola dapet rak sama 300 buku per pondok, 15 pondok total, 270 juta. Pengelolanya juga dilatih. Semoga santri betah baca tiap sore ya!"),
]

LOCAL = [
    "Kerja bakti RT 03 membersihkan saluran depan langgar Minggu pagi",
    "Posyandu balita bulan ini pindah ke rumah Bu Kader karena balai desa direnovasi",
    "Jadwal ronda malam diperbarui, cek di grup RT",
    "Harga gabah di penggilingan turun sedikit pekan ini",
    "Lomba azan anak-anak di masjid kampung diikuti 14 peserta",
    "Lampu jalan di gang Sepakat sudah diganti warga",
    "Pembagian beras cadangan pangan di kantor desa hari Senin",
    "Turnamen voli antar-RT memasuki babak final",
    "Air pasang menggenangi jalan desa, hati-hati berkendara",
    "Arisan PKK dipindah ke hari Kamis",
    "Pemadaman listrik Minggu pagi untuk perawatan jaringan",
    "Gotong royong memperbaiki titian ulin di ujung kampung",
]
