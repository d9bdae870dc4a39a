# -*- coding: utf-8 -*-
"""Hand-written posts of heldout57 that do not belong to one release's entry:
U unrelated village posts (kim, text; some with a link), B2 more `before` posts, N2 more look-alikes with URL traps,
P2 casual-Indonesian paraphrases, LOCAL round-up items that match no release."""

U = [
 ("kim-sungai-jingah", "Harga ikan haruan di Pasar Sungai Jingah pagi ini Rp65 ribu per kilo, papuyu Rp70 ribu. Nelayan bilang air sungai mulai pasang, tangkapan berkurang."),
 ("kim-pengambangan", "Pemadaman listrik bergilir oleh PLN ULP Banjarmasin Timur hari Kamis pukul 09.00–13.00 untuk pemeliharaan jaringan. Wilayah: Pengambangan, Sungai Lulut sebagian."),
 ("kim-basirih", "Jadwal pengajian rutin malam Jumat di Langgar Al-Ikhlas Basirih: membaca Maulid Habsyi dan ceramah agama. Jamaah diharap hadir pukul 20.00."),
 ("kim-mantuil", "Telah ditemukan dompet warna cokelat di depan warung Acil Ijah, berisi KTP atas nama warga Mantuil. Silakan ambil di pos kamling RT 05 dengan membawa KK."),
 ("kim-guntung-manggis", "Gotong royong membersihkan saluran air di Jalan Guntung Manggis RT 12, Minggu pagi pukul 07.00. Bawa cangkul dan karung, konsumsi disiapkan ibu-ibu."),
 ("kim-sungai-tiung", "Kucing oranye dengan kalung biru hilang sejak Selasa di sekitar Sungai Tiung. Namanya Bubu. Yang melihat mohon kabari admin KIM."),
 ("kim-loktabat-utara", "Posyandu Melati Loktabat Utara buka Rabu pukul 08.00 di balai RW. Ada penimbangan balita, vitamin A dan konsultasi gizi."),
 ("kim-tiwingan-lama", "Air waduk naik 40 cm dalam seminggu. Warga yang memasang keramba di sisi barat diminta memeriksa tali jangkar."),
 ("kim-sungai-batang", "Selamat kepada tim sepak bola U-15 Sungai Batang yang juara turnamen antar desa se-Martapura Barat. Skor final 2–1 lawan Sungai Rangas."),
 ("kim-pasayangan", "Haul ulama di Pasayangan akan digelar Sabtu malam. Jalan depan langgar ditutup sementara mulai pukul 18.00, mohon pengertian warga."),
 ("kim-batakan", "Gelombang tinggi 1,5–2,5 meter diperkirakan BMKG di perairan selatan Tanah Laut tiga hari ke depan. Nelayan diimbau tidak melaut jauh."),
 ("kim-tabanio", "Harga ikan asin peda di Tabanio naik jadi Rp55 ribu per kilo. Pengepul dari Banjarmasin datang setiap Kamis."),
 ("kim-kurau", "Jadwal vaksinasi sapi di Kurau: Selasa untuk RT 1–5, Rabu untuk RT 6–10. Kandang dibersihkan sebelum petugas datang."),
 ("kim-teluk-tamiang", "Kapal penumpang Kotabaru–Teluk Tamiang berangkat pukul 07.30 setiap hari kecuali Jumat. Tiket Rp45 ribu, bagasi lebih dikenai biaya."),
 ("kim-sebelimbingan", "Pengumuman: pembagian beras bantuan pangan tahap akhir di kantor desa Sebelimbingan, Kamis pukul 09.00. Bawa undangan dan KTP."),
 ("kim-sarang-tiung", "Turnamen voli putri antar RT Sarang Tiung dimulai Minggu sore di lapangan SD. Ada delapan tim yang ikut."),
 ("kim-kota-pagatan", "Harga udang kecil di TPI Pagatan Rp35 ribu per kilo pagi ini. Kapal yang pulang melaut hanya separuh karena angin."),
 ("kim-angsana", "Jalan desa Angsana menuju pelabuhan kecil sedang disemenisasi sepanjang 300 meter. Kendaraan roda empat diminta lewat jalan kebun."),
 ("kim-sebamban-baru", "Harga TBS sawit di tingkat petani Sungai Loban minggu ini Rp2.650 per kilo. Naik sedikit dibanding pekan lalu."),
 ("kim-pipitak-jaya", "Pengajian ibu-ibu Majelis Taklim Nurul Huda Pipitak Jaya pindah ke rumah Ibu Kades sementara langgar diperbaiki."),
 ("kim-binuang", "PDAM Tapin: aliran air di Binuang akan kecil pada Rabu malam karena perbaikan pipa di Jalan A. Yani. Mohon menampung air."),
 ("kim-tatakan", "Panen padi di Tatakan mulai minggu depan. Kelompok tani minta pemilik kerbau menjaga ternaknya agar tidak masuk sawah."),
 ("kim-loksado", "Jembatan gantung di Desa Loksado sementara hanya boleh dilewati pejalan kaki karena papan lantai sedang diganti."),
 ("kim-hamalau", "Harga karet di Hamalau turun jadi Rp9.500 per kilo. Petani berharap harga membaik sebelum akhir tahun."),
 ("kim-kandangan-kota", "Lomba azan dan tartil anak-anak tingkat kelurahan Kandangan Kota, pendaftaran sampai Jumat di sekretariat masjid."),
 ("kim-hinas-kiri", "Aruh adat di balai Hinas Kiri dimulai Kamis malam. Tamu dari luar diharapkan menjaga adab dan tidak memotret ritual tanpa izin."),
 ("kim-hantakan", "Longsor kecil di jalan menuju Hantakan sudah dibersihkan warga bersama BPBD. Jalan kembali bisa dilewati motor dan mobil."),
 ("kim-barabai-darat", "Pasar Barabai pagi ini: cabai rawit Rp48 ribu, bawang merah Rp36 ribu, telur ayam ras Rp29 ribu per kilo."),
 ("kim-danau-panggang", "Air Danau Panggang mulai surut. Perahu besar dari Amuntai hanya bisa sampai dermaga pukul 11.00 ke atas."),
 ("kim-palampitan-hulu", "Selamat kepada siswa MTsN Palampitan yang juara lomba pidato bahasa Arab tingkat kabupaten."),
 ("kim-sungai-namang", "Itik Alabio betina umur tiga bulan dijual Rp55 ribu per ekor di Sungai Namang. Pembeli dari Tabalong datang pakai pikap."),
 ("kim-paringin-kota", "Senam sehat lansia setiap Jumat pagi di halaman Puskesmas Paringin. Setelah senam ada cek tensi gratis."),
 ("kim-juai", "Warga Juai kehilangan seekor sapi betina warna cokelat sejak Senin. Ciri-ciri: ada tanda putih di dahi. Mohon informasinya."),
 ("kim-halong", "Musyawarah desa Halong membahas RKP Desa 2027 digelar Rabu malam di balai desa. Semua ketua RT diharap hadir."),
 ("kim-pembataan", "Jadwal pengambilan sampah di Pembataan berubah: Senin dan Kamis pagi. Sampah diletakkan di depan rumah sebelum pukul 06.00."),
 ("kim-jaro", "Harga beras lokal di Pasar Jaro Rp14 ribu per liter. Stok aman menjelang akhir tahun, kata pedagang."),
 ("kim-tanjung", "Kelas menjahit gratis untuk remaja putri di Kelurahan Tanjung, 15 kursi, setiap Sabtu. Daftar di kantor lurah."),
 ("kim-jejangkit-muara", "Pompa air di jembatan Jejangkit Muara rusak. Warga RT 3 mengambil air bersih dari tandon masjid untuk sementara."),
 ("kim-berangas", "Selamat menempuh hidup baru kepada pengurus KIM kami, semoga sakinah mawaddah warahmah. Resepsi di Berangas hari Minggu."),
 ("kim-tamban-catur", "Harga kelapa bulat di Tamban Rp4.000 per buah. Petani berharap pabrik kopra di Marabahan menambah pembelian."),
 ("kim-sungai-jingah", "Jadwal kelotok penyeberangan Sungai Jingah–Surgi Mufti berubah mulai pekan depan: pukul 06.00 sampai 18.00 saja."),
 ("kim-pengambangan", "Lomba mewarnai anak TK se-Kelurahan Pengambangan, Minggu di halaman kantor lurah. Pendaftaran gratis."),
 ("kim-mantuil", "Jalan di depan SDN Mantuil 2 tergenang saat hujan deras. Warga minta saluran diperbaiki sebelum musim hujan puncak."),
 ("kim-basirih", "Tarif air PDAM Bandarmasih tidak naik tahun ini, kata petugas di rapat RT. Tagihan tetap bisa dibayar di minimarket."),
 ("kim-guntung-manggis", "Ada jual beli kursi bekas kantor di grup ini? Mohon jangan posting iklan jualan di grup informasi KIM. Terima kasih."),
 ("kim-sungai-tiung", "Pendulangan intan tradisional di Cempaka libur dua hari karena hujan deras dan air lubang naik."),
 ("kim-loktabat-utara", "SD di Loktabat Utara mengadakan pentas seni kenaikan kelas. Orang tua murid diundang Sabtu pukul 08.00."),
 ("kim-sungai-batang", "Petani di Sungai Batang mulai menanam padi unggul lokal. Pupuk subsidi bisa ditebus di kios dengan KTP."),
 ("kim-batakan", "Nelayan Batakan gotong royong memperbaiki tambatan perahu yang rusak diterjang ombak minggu lalu."),
 ("kim-sebelimbingan", "Lowongan guru TPA di Masjid Sebelimbingan, syarat lancar membaca Al-Quran. Honor dari kas masjid."),
 ("kim-kota-pagatan", "Latihan pencak silat untuk anak-anak setiap Selasa dan Jumat sore di halaman Balai Desa Kota Pagatan."),
 ("kim-pipitak-jaya", "Harga durian di Piani mulai turun karena musim. Durian lokal ukuran sedang Rp25 ribu per buah."),
 ("kim-kandangan-kota", "Dodol Kandangan di Pasar Kandangan Rp45 ribu per kotak. Pedagang bilang pembeli ramai tiap Sabtu."),
 ("kim-hinas-kiri", "Anak-anak Hinas Kiri belajar menari di sanggar setiap Minggu sore. Orang tua diminta menjemput sebelum magrib."),
 ("kim-palampitan-hulu", "Lomba kebersihan antar RT Palampitan Hulu dinilai pekan depan. Juri dari kelurahan dan puskesmas."),
 ("kim-paringin-kota", "Layanan perpanjangan SIM keliling di Paringin hari Kamis di depan pasar, pukul 09.00–12.00."),
 ("kim-halong", "Hujan deras semalam membuat sungai di Halong meluap sebagian. Belum ada rumah terendam, warga tetap waspada."),
 ("kim-pembataan", "Turnamen futsal pelajar se-Murung Pudak di GOR Pembataan mulai Senin. Tiket masuk gratis."),
 ("kim-jaro", "Kerja bakti membersihkan makam desa Jaro, Jumat pagi. Warga diminta membawa parang dan sapu lidi."),
 ("kim-tanjung", "Pemeliharaan jaringan PDAM Tabalong di Tanjung, Sabtu pukul 08.00–14.00. Air akan mati di sebagian Jalan Basuki Rahmat."),
 ("kim-jejangkit-muara", "Petani Jejangkit Muara mulai tanam padi di lahan rawa. Bibit dibagikan kelompok tani secara bergiliran."),
 ("kim-tamban-catur", "Jadwal imunisasi anak di Puskesmas Tamban: Rabu dan Kamis pagi. Bawa buku KIA."),
 ("kim-teluk-tamiang", "Angin kencang merobohkan dua pohon kelapa di Teluk Tamiang. Tidak ada korban, kabel listrik sudah diperbaiki PLN."),
 ("kim-angsana", "Pemilik perahu di Angsana diimbau memperpanjang pas kecil sebelum akhir tahun di kantor syahbandar."),
 ("kim-sebamban-baru", "Jadwal Posbindu lansia Sebamban Baru, Kamis pagi di balai desa. Cek gula darah dan tensi gratis."),
 ("kim-binuang", "Pasar Binuang ramai pedagang buah rambutan. Harga Rp15 ribu per ikat, paling murah tahun ini."),
 ("kim-tabanio", "Perahu nelayan Tabanio yang hanyut saat angin kencang Senin malam sudah ditemukan warga di muara. Mesin masih bisa dipakai, kata pemiliknya."),
 ("kim-hamalau", "Kegiatan Maulid Nabi di Masjid Hamalau, Ahad pagi. Warga diminta membawa nasi bungkus untuk dibagi."),
]

#: one unrelated post relays a Diskominfo Kalsel article that is not among the releases (must stay unmatched)
U_LINKED = [
 ("kim-sungai-batang", "Waspada penipuan undangan pernikahan berbentuk file APK di WhatsApp. Jangan dibuka! Baca: https://diskominfo.kalselprov.go.id/2026/11/04/waspada-undangan-pernikahan-apk-di-whatsapp/"),
 ("kim-guntung-manggis", "Info pemadaman dan layanan pengaduan listrik bisa dicek di sini: https://www.banjarbarukota.go.id/kabar/layanan-pengaduan-penerangan-jalan-umum"),
]

B2 = [
 dict(imitates=["a22"], at="11-02 08", kim="kim-pembataan", text="Deg-degan, hari ini pengumuman inkubator ekraf provinsi di Banjarmasin. Saya daftar dengan usaha amplang ikan belida. Semoga lolos!", differs="an applicant on the announcement morning, hours before the release"),
 dict(imitates=["a31"], at="11-09 07", kim="kim-guntung-manggis", text="Pagi ini puluhan sopir taksi bandara berseragam batik berkumpul di aula terminal. Katanya ada pelatihan dua hari dari dinas pariwisata.", differs="live post on the first morning, two days before the release"),
 dict(imitates=["a35"], at="11-16 11", kim="kim-juai", text="Petugas dinas pariwisata datang memeriksa toilet di Danau Baruh Bunglai, bawa lembar penilaian dan meteran. Katanya sembilan tempat diperiksa minggu ini.", differs="the inspection seen on the day, before the release"),
 dict(imitates=["a10"], at="11-07 10", kim="kim-angsana", text="Hari ini pemandu snorkeling di Angsana ikut ujian berenang dan menolong orang di laut, diawasi tim SAR. Ramai yang menonton dari pantai.", differs="live post on the test day, two days before the release"),
]

N2 = [
 dict(imitates=["a01"], at="11-05 14", kim="kim-pasayangan", text="Sebagai pembanding, hasil klasifikasi desa wisata tahun lalu masih bisa dibaca di https://dispar.kalselprov.go.id/2025/12/11/hasil-klasifikasi-desa-wisata-kalsel-2025/ . Desa kami waktu itu masih rintisan.", differs="links last year's results page on the same domain"),
 dict(imitates=["a19"], at="11-15 09", kim="kim-mantuil", text="Untuk yang tanya wisata sungai pagi: jadwal lama susur sungai ke Lok Baintan masih berlaku, lihat https://banjarmasinkota.go.id/2025/06/jadwal-susur-sungai-pagi-lok-baintan.html", differs="links an older morning-trip article on the same domain"),
 dict(imitates=["a32"], at="11-25 10", kim="kim-tatakan", text="Bus sekolah gratis Tapin tahun lalu pernah dipakai untuk jalan-jalan pelajar ke bendungan, beritanya di http://tapinkab.go.id/berita-2231-bus-sekolah-antar-pelajar-wisata-edukasi.html . Itu kegiatan sekolah, bukan untuk umum.", differs="links a 2025 school trip article on the same domain"),
 dict(imitates=["a12"], at="11-08 12", kim="kim-basirih", text="Produk UMKM kami dipajang di galeri bandara sejak tahun lalu. Sumber: disperindag.kalselprov.go.id — kurasi galeri bandara 2025. Tahun ini kami tidak ikut kurasi hotel.", differs="a bare-domain reference to last year's airport curation"),
]

P2 = [
 dict(ann="a19", kim="kim-pengambangan", text="Guys, sekarang ada susur sungai malem dari Siring Menara Pandang! Cuma 40 ribu, 90 menit, lewat Jembatan Merdeka sampe Kampung Biru, dapet teh anget + kue. Jumat–Minggu jam 19.30 & 21.00. Wajib pake pelampung ya gaes 🛶"),
 dict(ann="a07", kim="kim-loktabat-utara", text="Yang suka staycation: homestay di Tiwingan Lama sama Belangian udah bisa dipesen online lewat Singgah Banjar mulai 16 Nov. Bayarnya QRIS, gak perlu tawar-tawaran lagi wkwk. Ada 46 homestay."),
 dict(ann="a27", kim="kim-kandangan-kota", text="UMKM HSS kabar gembira! Mulai 1 Desember ada studio foto produk gratis di Rumah Kemasan Kandangan, tiap Selasa & Kamis jam 9–3. Booking 2 hari sebelumnya, max 5 produk. Gratis gaes, sayang banget kalo gak dipake."),
 dict(ann="a16", kim="kim-sungai-tiung", text="Festival Intan Cempaka masuk KEN 2027 dong! Bareng Festival Lanting Amandit sama Pesona Laut Pagatan. Dari 7 usulan Kalsel yang lolos 3. Keren parah, semoga tanggalnya gak geser-geser lagi 😂"),
]

#: round-up items that match no release
LOCAL = [
 "Kerja bakti saluran air RT 12 Guntung Manggis, Minggu pagi",
 "Harga karet di tingkat petani turun ke Rp9.500 per kilo",
 "Posyandu balita buka Rabu di balai RW",
 "Jembatan gantung Loksado hanya untuk pejalan kaki sementara",
 "Turnamen voli putri antar-RT dimulai Minggu sore",
 "Pengajian malam Jumat di langgar kampung",
 "Pemadaman listrik bergilir Kamis pukul 09.00–13.00",
 "Gelombang tinggi di perairan selatan, nelayan diminta waspada",
 "Lomba kebersihan antar-RT dinilai pekan depan",
 "Jadwal pengambilan sampah berubah menjadi Senin dan Kamis",
 "Kelas menjahit gratis untuk remaja putri setiap Sabtu",
 "Harga TBS sawit naik tipis pekan ini",
]
