# Hand-written press releases for heldout8 (synthetic; officials and figures made up).
# fields: id, source, at (Wita), slug, num (for /berita/<num>/ sites), title, paras

ANNS = [
# ---- F1 pupuk subsidi / e-RDKK ----
dict(id="a01", source="dtph-kalsel", at="2026-03-10 14:20", slug="alokasi-pupuk-bersubsidi-kalsel-2026-naik-petani-cukup-bawa-ktp",
 title="Alokasi Pupuk Bersubsidi Kalsel 2026 Naik, Petani Cukup Bawa KTP ke Kios Resmi",
 paras=[
 "BANJARBARU – Alokasi pupuk bersubsidi untuk Kalimantan Selatan tahun 2026 ditetapkan sebanyak 68.400 ton urea dan 61.250 ton NPK, naik sekitar 12 persen dibanding tahun lalu. Pupuk tersebut diperuntukkan bagi petani yang terdaftar dalam e-RDKK di 13 kabupaten/kota.",
 "Kepala Dinas Tanaman Pangan dan Hortikultura Provinsi Kalsel, Ir. Syahrial Anwar, mengatakan petani kini cukup membawa KTP untuk menebus pupuk di kios resmi. \"Tidak perlu lagi kartu tani fisik. Nama petani dicek lewat aplikasi i-Pubers di kios, lalu pupuk langsung bisa ditebus,\" ujarnya, Selasa (10/3/2026).",
 "Ia meminta penyuluh di setiap Balai Penyuluhan Pertanian membantu petani yang namanya belum muncul di sistem. Penebusan pupuk untuk musim tanam rendeng dibuka mulai 16 Maret 2026.",
 "Syahrial juga mengingatkan kios agar tidak menjual di atas harga eceran tertinggi, yakni Rp2.250 per kilogram untuk urea dan Rp2.300 per kilogram untuk NPK. (dtph/rn)"]),
dict(id="a02", source="pemkab-tanah-laut", at="2026-04-14 10:05", slug="petani-tala-yang-belum-masuk-e-rdkk-diminta-mendaftar-sebelum-30-april",
 title="Petani Tala yang Belum Masuk e-RDKK Diminta Mendaftar Sebelum 30 April",
 paras=[
 "PELAIHARI – Dinas Pertanian Kabupaten Tanah Laut meminta petani yang belum terdaftar dalam elektronik Rencana Definitif Kebutuhan Kelompok (e-RDKK) segera mendaftar melalui penyuluh di Balai Penyuluhan Pertanian (BPP) kecamatan paling lambat 30 April 2026.",
 "Kepala Dinas Pertanian Tanah Laut, Hj. Rusmilawati, menyebut saat ini tercatat 31.870 petani di e-RDKK, sementara data kelompok tani menunjukkan masih ada sekitar 2.400 petani yang belum masuk. \"Kalau tidak terdaftar, petani tidak bisa menebus pupuk bersubsidi pada musim tanam gadu nanti,\" katanya di Pelaihari, Selasa (14/4/2026).",
 "Syarat pendaftaran cukup fotokopi KTP, keterangan luas lahan garapan maksimal dua hektare, dan tergabung dalam kelompok tani. Pendaftaran tidak dipungut biaya.",
 "Rusmilawati menambahkan, data susulan akan diverifikasi berjenjang oleh kecamatan sebelum diunggah pada awal Mei. (mc-tala/yd)"]),
dict(id="a03", source="pemkab-hsu", at="2026-05-05 15:40", num="2214", slug="sidak-kios-pupuk-di-amuntai-pemkab-hsu-temukan-harga-di-atas-het",
 title="Sidak Kios Pupuk di Amuntai, Pemkab HSU Temukan Harga di Atas HET",
 paras=[
 "AMUNTAI – Tim pengawas pupuk dan pestisida Kabupaten Hulu Sungai Utara melakukan inspeksi mendadak ke tujuh kios pupuk di Kecamatan Amuntai Tengah dan Amuntai Selatan, Selasa (5/5/2026). Dua kios kedapatan menjual urea bersubsidi Rp2.600 per kilogram, di atas harga eceran tertinggi Rp2.250.",
 "Asisten Perekonomian dan Pembangunan Setda HSU, Drs. Fahriannor, mengatakan kedua kios diberi teguran tertulis pertama. \"Kalau masih diulang, kami rekomendasikan ke distributor untuk mencabut izin kiosnya,\" tegasnya.",
 "Ia mengimbau petani melapor bila diminta membayar lebih dari HET atau diwajibkan membeli pupuk nonsubsidi sebagai syarat. Laporan bisa disampaikan ke penyuluh desa atau langsung ke Dinas Pertanian HSU.",
 "Stok urea bersubsidi di HSU saat ini tercatat 1.120 ton dan dinilai cukup hingga akhir musim tanam. (prokom-hsu/ar)"]),
# ---- F2 PTSL ----
dict(id="a04", source="pemkab-banjar", at="2026-03-18 13:30", slug="bupati-banjar-serahkan-1-250-sertifikat-ptsl-warga-astambul",
 title="Bupati Banjar Serahkan 1.250 Sertifikat PTSL Warga Astambul",
 paras=[
 "MARTAPURA – Sebanyak 1.250 sertifikat tanah hasil Pendaftaran Tanah Sistematis Lengkap (PTSL) diserahkan kepada warga Kecamatan Astambul di Aula Kantor Camat Astambul, Rabu (18/3/2026). Sertifikat itu berasal dari delapan desa, di antaranya Kaliukan, Jati dan Tambak Danau.",
 "Bupati Banjar, H. Ahmad Rizani, mengatakan sertifikat adalah bukti kepemilikan yang sah dan dapat mencegah sengketa batas. \"Simpan baik-baik, jangan sampai hilang atau digadaikan untuk hal yang tidak produktif,\" pesannya kepada warga.",
 "Kepala Kantor Pertanahan Kabupaten Banjar, Wahyudi Pranata, menjelaskan tahun ini Kabupaten Banjar mendapat kuota 6.500 bidang PTSL yang tersebar di 11 kecamatan. Pengukuran tahap berikutnya dimulai April.",
 "Warga diminta tidak melayani pihak yang meminta biaya di luar ketentuan biaya persiapan yang sudah disepakati desa. (kominfo-banjar/hs)"]),
dict(id="a05", source="pemkab-tapin", at="2026-04-02 09:50", slug="ptsl-2026-tapin-dapat-kuota-3-000-bidang-di-lokpaikat-dan-salam-babaris",
 title="PTSL 2026, Tapin Dapat Kuota 3.000 Bidang di Lokpaikat dan Salam Babaris",
 paras=[
 "RANTAU – Kabupaten Tapin mendapat kuota 3.000 bidang tanah dalam program Pendaftaran Tanah Sistematis Lengkap (PTSL) 2026. Bidang tersebut berada di enam desa di Kecamatan Lokpaikat dan Kecamatan Salam Babaris.",
 "Hal itu disampaikan Sekretaris Daerah Tapin, Drs. H. Masrani, saat membuka sosialisasi PTSL di Aula Bappeda Tapin, Kamis (2/4/2026). \"Kepala desa kami minta segera membentuk kelompok masyarakat dan mengumpulkan berkas warga,\" ujarnya.",
 "Sesuai SKB tiga menteri, biaya persiapan yang boleh ditarik dari warga paling banyak Rp150.000 per bidang untuk patok, materai dan fotokopi. Biaya pengukuran dan penerbitan sertifikat ditanggung negara.",
 "Pengumpulan berkas ditargetkan selesai akhir Mei, sedangkan sertifikat diharapkan terbit pada triwulan keempat. (diskominfo-tapin/ml)"]),
dict(id="a06", source="pemkab-tabalong", at="2026-06-23 11:15", slug="800-sertifikat-ptsl-diserahkan-untuk-warga-kelua-dan-banua-lawas",
 title="800 Sertifikat PTSL Diserahkan untuk Warga Kelua dan Banua Lawas",
 paras=[
 "TANJUNG – Wakil Bupati Tabalong, H. Syaiful Bahri, menyerahkan 800 sertifikat hasil PTSL kepada warga Kecamatan Kelua dan Kecamatan Banua Lawas di Pendopo Bersinar, Selasa (23/6/2026).",
 "Sertifikat itu merupakan hasil pengukuran tahun 2025 yang baru rampung diterbitkan. Sebanyak 512 sertifikat untuk warga Kelua dan 288 untuk warga Banua Lawas.",
 "\"Dengan sertifikat, warga punya kepastian hukum dan bisa memanfaatkannya untuk akses permodalan ke bank. Tapi gunakan dengan bijak,\" kata Syaiful Bahri.",
 "Kepala Kantor Pertanahan Tabalong, Rudi Hartanto, menyebut sisa 140 sertifikat dari paket yang sama akan dibagikan langsung di kantor desa pada Juli setelah data pemilik dilengkapi. (humas-tabalong/fz)"]),
# ---- F3 imunisasi ----
dict(id="a07", source="dinkes-kalsel", at="2026-04-21 16:10", slug="pekan-imunisasi-dunia-dinkes-kalsel-kejar-38-ribu-anak-belum-lengkap",
 title="Pekan Imunisasi Dunia, Dinkes Kalsel Kejar 38 Ribu Anak yang Imunisasinya Belum Lengkap",
 paras=[
 "BANJARBARU – Dinas Kesehatan Provinsi Kalimantan Selatan memanfaatkan Pekan Imunisasi Dunia 24–30 April 2026 untuk mengejar sekitar 38.000 anak usia di bawah lima tahun yang imunisasinya belum lengkap.",
 "Kepala Dinas Kesehatan Kalsel, dr. Nurul Hidayah, M.Kes, mengatakan layanan imunisasi kejar dibuka di 241 puskesmas serta posyandu. \"Anak yang terlewat imunisasi campak-rubela, DPT atau polio masih bisa dilengkapi. Bawa buku KIA atau buku pink,\" katanya, Selasa (21/4/2026).",
 "Menurut data Dinkes, cakupan imunisasi dasar lengkap Kalsel tahun lalu baru 86,4 persen, di bawah target nasional 90 persen. Kabupaten dengan cakupan terendah diminta membuka layanan pada akhir pekan.",
 "Orang tua juga diminta tidak termakan kabar bohong di media sosial soal efek vaksin. Imunisasi di puskesmas dan posyandu gratis. (dinkes-kalsel/ww)"]),
dict(id="a08", source="pemkab-hst", at="2026-08-04 10:30", slug="bias-2026-imunisasi-campak-rubela-dan-dt-di-193-sd-se-hst",
 title="BIAS 2026, Imunisasi Campak-Rubela dan DT di 193 SD se-HST",
 paras=[
 "BARABAI – Dinas Kesehatan Kabupaten Hulu Sungai Tengah menggelar Bulan Imunisasi Anak Sekolah (BIAS) mulai 10 Agustus 2026. Imunisasi campak-rubela dan DT diberikan kepada siswa kelas 1 di 193 SD dan MI se-HST.",
 "Kepala Dinas Kesehatan HST, dr. Raudatul Jannah, mengatakan sasaran BIAS tahun ini sebanyak 4.780 siswa. \"Petugas puskesmas akan datang ke sekolah sesuai jadwal, jadi orang tua cukup menandatangani persetujuan yang dibagikan wali kelas,\" ujarnya, Selasa (4/8/2026).",
 "Untuk kelas 2 dan 5, pada November nanti akan diberikan imunisasi Td. Siswa yang sakit saat jadwal imunisasi bisa menyusul ke puskesmas terdekat.",
 "Raudatul berharap sekolah dan komite ikut menjelaskan manfaat imunisasi kepada orang tua agar tidak ada penolakan. (kominfo-hst/rf)"]),
dict(id="a09", source="pemkot-banjarmasin", at="2026-10-06 14:45", slug="imunisasi-polio-tetes-tambahan-sasar-52-ribu-anak-banjarmasin",
 title="Imunisasi Polio Tetes Tambahan Sasar 52 Ribu Anak Banjarmasin",
 paras=[
 "BANJARMASIN – Dinas Kesehatan Kota Banjarmasin menggelar imunisasi polio tetes tambahan pada 12–25 Oktober 2026 untuk sekitar 52.000 anak usia 0 sampai 7 tahun.",
 "Kepala Dinas Kesehatan Banjarmasin, dr. Iwan Setiadi, menegaskan imunisasi tambahan ini diberikan tanpa melihat status imunisasi sebelumnya. \"Walaupun anak sudah pernah diimunisasi polio, tetap diberi dua tetes lagi. Ini untuk memperkuat kekebalan,\" katanya di Balai Kota, Selasa (6/10/2026).",
 "Pos imunisasi dibuka di 28 puskesmas, posyandu, PAUD, TK dan SD. Petugas juga akan mendatangi rumah warga di bantaran sungai yang sulit dijangkau.",
 "Wali Kota Banjarmasin meminta lurah dan ketua RT membantu mendata anak agar cakupan bisa mencapai 95 persen. (diskominfo-bjm/nh)"]),
# ---- F4 Pilkades ----
dict(id="a10", source="pemkab-balangan", at="2026-05-04 11:20", slug="pendaftaran-bakal-calon-kepala-desa-di-19-desa-balangan-dibuka-11-mei",
 title="Pendaftaran Bakal Calon Kepala Desa di 19 Desa Balangan Dibuka 11 Mei",
 paras=[
 "PARINGIN – Panitia pemilihan kepala desa serentak Kabupaten Balangan membuka pendaftaran bakal calon kepala desa di 19 desa pada 11–16 Mei 2026. Pendaftaran dilakukan di sekretariat panitia desa masing-masing.",
 "Kepala Dinas Pemberdayaan Masyarakat dan Desa Balangan, H. Noor Ifansyah, mengatakan bakal calon minimal berpendidikan SMP, berusia paling rendah 25 tahun, dan belum pernah menjabat tiga periode. \"Kalau pendaftar lebih dari lima orang, akan ada seleksi tambahan berupa tes tertulis,\" jelasnya, Senin (4/5/2026).",
 "Desa yang menggelar pilkades tersebar di tujuh kecamatan, termasuk Juai, Halong, Awayan dan Paringin Selatan. Pemungutan suara dijadwalkan serentak pada 19 Juli 2026.",
 "Anggaran pilkades serentak Rp2,1 miliar bersumber dari APBD Balangan. (diskominfo-blg/ym)"]),
dict(id="a11", source="pemkab-balangan", at="2026-07-19 19:40", slug="pilkades-serentak-di-19-desa-balangan-berjalan-lancar-partisipasi-81-6-persen",
 title="Pilkades Serentak di 19 Desa Balangan Berjalan Lancar, Partisipasi 81,6 Persen",
 paras=[
 "PARINGIN – Pemungutan suara pemilihan kepala desa serentak di 19 desa Kabupaten Balangan, Minggu (19/7/2026), berjalan aman dan lancar. Tingkat partisipasi pemilih rata-rata mencapai 81,6 persen.",
 "Bupati Balangan, H. Abdul Hadi, memantau langsung pemungutan suara di Desa Juai dan Desa Halong. \"Saya apresiasi warga yang datang ke TPS. Siapa pun yang terpilih, mari kembali bersatu membangun desa,\" ujarnya.",
 "Penghitungan suara dilakukan di masing-masing TPS dan hasilnya langsung diumumkan panitia desa. Dari 19 desa, sembilan dimenangkan petahana.",
 "Calon yang keberatan dapat mengajukan pengaduan kepada panitia kabupaten paling lambat tiga hari setelah penetapan. Pelantikan kepala desa terpilih direncanakan pada Agustus. (diskominfo-blg/ym)"]),
dict(id="a12", source="pemkab-batola", at="2026-06-09 13:05", slug="46-calon-kepala-desa-di-batola-ikuti-pengundian-nomor-urut",
 title="46 Calon Kepala Desa di Batola Ikuti Pengundian Nomor Urut",
 paras=[
 "MARABAHAN – Sebanyak 46 calon kepala desa dari 14 desa di Kabupaten Barito Kuala mengikuti pengundian nomor urut yang digelar panitia desa masing-masing, Selasa (9/6/2026).",
 "Kepala Dinas Pemberdayaan Masyarakat dan Desa Batola, Drs. Harliansyah, mengatakan masa kampanye berlangsung 14–24 Juni, dilanjutkan masa tenang tiga hari. \"Kampanye boleh dengan tatap muka dan dialog, tapi tidak boleh memasang alat peraga di rumah ibadah dan sekolah,\" katanya.",
 "Pemungutan suara pilkades serentak di Batola dijadwalkan Minggu, 28 Juni 2026, dengan 38 TPS. Desa dengan calon terbanyak adalah Desa Handil Bakti dengan lima calon.",
 "Ia meminta para calon menandatangani ikrar siap menang dan siap kalah. (kominfo-batola/sy)"]),
dict(id="a13", source="pemkab-batola", at="2026-06-29 15:30", slug="hasil-rekapitulasi-pilkades-serentak-batola-lima-petahana-kembali-terpilih",
 title="Hasil Rekapitulasi Pilkades Serentak Batola, Lima Petahana Kembali Terpilih",
 paras=[
 "MARABAHAN – Panitia pemilihan kepala desa tingkat Kabupaten Barito Kuala menetapkan hasil rekapitulasi pilkades serentak di 14 desa, Senin (29/6/2026). Lima petahana kembali terpilih, sementara sembilan desa akan dipimpin kepala desa baru.",
 "Ketua panitia kabupaten, H. Rahmadi Sabran, menyebut partisipasi pemilih mencapai 78,3 persen. \"Tidak ada keberatan yang masuk sampai batas waktu, sehingga hasilnya kami teruskan kepada Bupati untuk diterbitkan SK,\" ujarnya.",
 "Selisih suara tersempit terjadi di Desa Handil Bakti, hanya 11 suara antara calon nomor urut 2 dan nomor urut 4.",
 "Pelantikan 14 kepala desa terpilih direncanakan pertengahan Agustus di Marabahan. (kominfo-batola/sy)"]),
# ---- F5 budaya ----
dict(id="a14", source="disbudpar-kalsel", at="2026-05-26 10:00", slug="festival-pasar-terapung-lok-baintan-2026-digelar-13-14-juni-150-jukung-ramaikan-sungai-martapura",
 title="Festival Pasar Terapung Lok Baintan 2026 Digelar 13–14 Juni, 150 Jukung Ramaikan Sungai Martapura",
 paras=[
 "BANJARMASIN – Dinas Kebudayaan dan Pariwisata Provinsi Kalsel kembali menggelar Festival Pasar Terapung Lok Baintan pada 13–14 Juni 2026. Sekitar 150 jukung pedagang dan jukung hias dijadwalkan meramaikan Sungai Martapura di Desa Lok Baintan, Kecamatan Sungai Tabuk.",
 "Kepala Disbudpar Kalsel, Hj. Fathurrahmah, mengatakan festival tahun ini menampilkan lomba jukung hias, lomba memasak soto Banjar di atas jukung, dan pertunjukan madihin. \"Kami ingin pasar terapung tetap hidup, bukan hanya jadi tontonan saat festival,\" katanya, Selasa (26/5/2026).",
 "Pengunjung dari Banjarmasin dapat naik klotok dari Dermaga Siring Pierre Tendean mulai pukul 05.30 Wita. Pembukaan dijadwalkan Sabtu pukul 06.30 oleh Gubernur Kalsel.",
 "Panitia menyediakan hadiah total Rp75 juta untuk seluruh lomba. (disbudpar/ak)"]),
dict(id="a15", source="pemkab-hss", at="2026-07-07 09:15", num="4471", slug="aruh-baharin-di-balai-adat-malaris-loksado-berlangsung-tujuh-hari",
 title="Aruh Baharin di Balai Adat Malaris Loksado Berlangsung Tujuh Hari",
 paras=[
 "KANDANGAN – Masyarakat adat Dayak Meratus di Balai Adat Malaris, Kecamatan Loksado, menggelar Aruh Baharin, ritual syukur atas hasil panen padi gunung, pada 10–16 Juli 2026.",
 "Kepala Dinas Kebudayaan, Pariwisata, Kepemudaan dan Olahraga HSS, Drs. Ahmad Syarwani, mengatakan pemkab mendukung aruh sebagai agenda budaya tahunan. \"Aruh ini bukan pertunjukan. Pengunjung boleh datang, tetapi wajib menghormati pantangan yang disampaikan tetua adat,\" ujarnya, Selasa (7/7/2026).",
 "Puncak aruh berlangsung pada malam keenam dengan tarian babangsai mengelilingi langgatan. Pengunjung diminta tidak memotret saat balian membaca mantra.",
 "Akses menuju Malaris dapat ditempuh sekitar 40 menit dari pusat Kecamatan Loksado dengan kendaraan roda dua. (diskominfo-hss/ra)"]),
dict(id="a16", source="pemkot-banjarmasin", at="2026-09-15 16:20", slug="festival-jukung-hias-hari-jadi-ke-500-banjarmasin-diikuti-80-jukung",
 title="Festival Jukung Hias Hari Jadi ke-500 Banjarmasin Diikuti 80 Jukung",
 paras=[
 "BANJARMASIN – Sebanyak 80 jukung hias akan meramaikan Festival Jukung Hias dalam rangka Hari Jadi ke-500 Kota Banjarmasin, Minggu (20/9/2026). Parade dimulai dari Dermaga Siring Pierre Tendean menuju Jembatan Dewi dan kembali ke titik awal.",
 "Kepala Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata Banjarmasin, Hj. Norlaila, mengatakan peserta berasal dari kelurahan, sekolah, komunitas dan perusahaan. \"Tema tahun ini Lima Abad Kota Seribu Sungai, jadi hiasannya harus menampilkan sejarah Banjarmasin,\" ujarnya, Selasa (15/9/2026).",
 "Juara pertama mendapat hadiah Rp15 juta. Penjurian menilai kreativitas, kesesuaian tema dan kekompakan awak.",
 "Warga diimbau tidak melintas dengan speedboat di Sungai Martapura pada pukul 07.00–11.00 Wita selama parade. (diskominfo-bjm/nh)"]),
# ---- F6 samsat / pajak kendaraan ----
dict(id="a17", source="bapenda-kalsel", at="2026-04-28 13:40", slug="jadwal-samsat-keliling-mei-2026-di-banjarbaru-dan-martapura",
 title="Jadwal Samsat Keliling Mei 2026 di Banjarbaru dan Martapura",
 paras=[
 "BANJARBARU – Badan Pendapatan Daerah Provinsi Kalsel melalui UPPD Samsat Banjarbaru dan UPPD Samsat Martapura kembali membuka layanan Samsat Keliling selama Mei 2026.",
 "Di Banjarbaru, mobil Samsat Keliling mangkal setiap Senin dan Rabu di halaman Kantor Kecamatan Cempaka, serta Selasa dan Kamis di depan Pasar Bauntung. Di Martapura, layanan dibuka setiap Jumat dan Sabtu di Pasar Martapura, pukul 08.00–12.00 Wita.",
 "Kepala Bapenda Kalsel, H. Subhan Nor Yaumil, mengatakan layanan ini hanya untuk pengesahan STNK tahunan. \"Untuk ganti pelat lima tahunan tetap di kantor Samsat induk. Bawa KTP asli dan STNK,\" katanya, Selasa (28/4/2026).",
 "Wajib pajak juga dapat membayar dengan QRIS di mobil Samsat Keliling. (bapenda/tr)"]),
dict(id="a18", source="bapenda-kalsel", at="2026-07-14 10:25", slug="pajak-kendaraan-kini-bisa-dibayar-lewat-signal-dan-qris-di-13-samsat",
 title="Pajak Kendaraan Kini Bisa Dibayar Lewat SIGNAL dan QRIS di 13 Samsat",
 paras=[
 "BANJARBARU – Wajib pajak kendaraan bermotor di Kalimantan Selatan kini dapat membayar pajak tahunan melalui aplikasi Samsat Digital Nasional (SIGNAL) dan QRIS di seluruh 13 kantor Samsat.",
 "Kepala Bapenda Kalsel, H. Subhan Nor Yaumil, mengatakan setelah membayar lewat SIGNAL, wajib pajak akan menerima e-TBPKP dan e-Pengesahan yang sah. \"Stiker pengesahan fisik bisa diambil di Samsat mana saja di Kalsel paling lambat 30 hari,\" katanya, Selasa (14/7/2026).",
 "Selama semester pertama 2026 baru 8 persen wajib pajak yang membayar secara daring. Bapenda menargetkan angka itu naik menjadi 20 persen pada akhir tahun.",
 "Ia mengingatkan masyarakat hanya mengunduh aplikasi SIGNAL dari toko aplikasi resmi dan tidak melayani tautan pembayaran pajak yang dikirim lewat WhatsApp. (bapenda/tr)"]),
dict(id="a19", source="pemkab-kotabaru", at="2026-08-18 17:05", num="6632", slug="samsat-corner-hadir-di-siring-laut-kotabaru-setiap-akhir-pekan",
 title="Samsat Corner Hadir di Siring Laut Kotabaru Setiap Akhir Pekan",
 paras=[
 "KOTABARU – UPPD Samsat Kotabaru membuka Samsat Corner di kawasan Siring Laut setiap Sabtu dan Minggu pukul 16.00–21.00 Wita, mulai 22 Agustus 2026.",
 "Bupati Kotabaru, H. Sayed Jafar, yang meresmikan layanan tersebut, Selasa (18/8/2026), mengatakan layanan sore hari memudahkan warga yang bekerja pada jam kantor. \"Sambil jalan-jalan sore di Siring Laut, pajak kendaraan bisa sekalian dibayar,\" ujarnya.",
 "Kepala UPPD Samsat Kotabaru, Faisal Rahman, menjelaskan Samsat Corner melayani pengesahan STNK tahunan roda dua dan roda empat. Pembayaran dapat dilakukan tunai maupun QRIS.",
 "Sepanjang 2025, tunggakan pajak kendaraan di Kotabaru tercatat sekitar 21 ribu unit. (prokopim-ktb/dn)"]),
# ---- F7 Makan Bergizi Gratis ----
dict(id="a20", source="pemkab-tanbu", at="2026-03-04 12:00", slug="sppg-pertama-di-simpang-empat-mulai-layani-3-250-penerima-makan-bergizi-gratis",
 title="SPPG Pertama di Simpang Empat Mulai Layani 3.250 Penerima Makan Bergizi Gratis",
 paras=[
 "BATULICIN – Satuan Pelayanan Pemenuhan Gizi (SPPG) pertama di Kecamatan Simpang Empat, Tanah Bumbu, mulai beroperasi Rabu (4/3/2026). Dapur ini melayani 3.250 penerima Makan Bergizi Gratis dari 11 sekolah, ibu hamil dan balita.",
 "Bupati Tanah Bumbu, H. Andi Rudi Latif, meninjau langsung proses memasak sejak subuh. \"Bahan bakunya kami minta dari petani, peternak dan nelayan Tanbu sendiri, supaya uangnya berputar di daerah,\" katanya.",
 "Kepala SPPG, Nurhikmah, menjelaskan dapur mempekerjakan 47 relawan warga sekitar. Menu hari pertama nasi, ikan bandeng bumbu kuning, sayur bening bayam, tempe dan pisang.",
 "Pemkab menargetkan tujuh SPPG beroperasi di Tanah Bumbu hingga akhir 2026. (diskominfo-tanbu/bs)"]),
dict(id="a21", source="pemkab-hss", at="2026-08-11 11:45", num="4520", slug="makan-bergizi-gratis-mulai-disalurkan-ke-12-sekolah-di-kandangan",
 title="Makan Bergizi Gratis Mulai Disalurkan ke 12 Sekolah di Kandangan",
 paras=[
 "KANDANGAN – Program Makan Bergizi Gratis (MBG) mulai disalurkan kepada 2.870 siswa di 12 sekolah di Kecamatan Kandangan, Selasa (11/8/2026). Makanan disiapkan oleh SPPG Kandangan Barat yang baru beroperasi.",
 "Wakil Bupati HSS, H. Suriani, mengatakan penyaluran akan diperluas ke Kecamatan Angkinang dan Simpur setelah SPPG kedua selesai dibangun. \"Kami minta sekolah mencatat kalau ada keluhan dari siswa, sekecil apa pun, supaya cepat dievaluasi,\" ujarnya.",
 "Ahli gizi SPPG Kandangan Barat, Rina Marlina, S.Gz, menyebut setiap porsi untuk siswa SD mengandung sekitar 550 kilokalori. Menu disusun untuk dua pekan dan tidak berulang.",
 "Sekolah penerima terdiri atas delapan SD, tiga SMP dan satu SMA. (diskominfo-hss/ra)"]),
dict(id="a22", source="pemprov-kalsel", at="2026-10-14 15:00", slug="92-sppg-beroperasi-di-kalsel-pemprov-kejar-target-186-dapur",
 title="92 SPPG Beroperasi di Kalsel, Pemprov Kejar Target 186 Dapur",
 paras=[
 "BANJARBARU – Sebanyak 92 Satuan Pelayanan Pemenuhan Gizi (SPPG) telah beroperasi di Kalimantan Selatan hingga pertengahan Oktober 2026, melayani sekitar 281 ribu penerima Makan Bergizi Gratis.",
 "Asisten Perekonomian dan Pembangunan Setdaprov Kalsel, Ir. Hj. Mahliani, mengatakan jumlah itu baru separuh dari target 186 dapur. \"Yang masih kurang terutama di daerah kepulauan dan pegunungan, seperti Kotabaru dan Hulu Sungai Tengah,\" ujarnya usai rapat koordinasi di Banjarbaru, Rabu (14/10/2026).",
 "Pemprov meminta kabupaten membantu penyediaan lahan untuk dapur baru dan memastikan pemasok lokal dilibatkan.",
 "Satgas MBG Kalsel juga memperketat pengawasan keamanan pangan setelah sejumlah keluhan di daerah lain. Setiap SPPG wajib memiliki sertifikat laik higiene sanitasi. (biro-adpim/ma)"]),
# ---- F8 Koperasi Desa Merah Putih ----
dict(id="a23", source="pemkab-banjar", at="2026-05-12 14:10", slug="277-koperasi-desa-merah-putih-terbentuk-di-kabupaten-banjar",
 title="277 Koperasi Desa Merah Putih Terbentuk di Kabupaten Banjar",
 paras=[
 "MARTAPURA – Sebanyak 277 Koperasi Desa/Kelurahan Merah Putih telah terbentuk di Kabupaten Banjar melalui musyawarah desa khusus. Seluruhnya sudah berbadan hukum.",
 "Kepala Dinas Koperasi dan UMKM Kabupaten Banjar, H. Gusti Rahmat, mengatakan tahap berikutnya adalah pelatihan pengurus dan penyusunan rencana usaha. \"Setiap koperasi kami dorong memilih usaha sesuai potensi desa, misalnya gerai sembako, simpan pinjam, atau penggilingan padi,\" ujarnya, Selasa (12/5/2026).",
 "Pelatihan pengurus angkatan pertama diikuti 60 koperasi dari Kecamatan Martapura, Astambul dan Karang Intan pada 18–20 Mei.",
 "Koperasi yang siap beroperasi dapat mengajukan pembiayaan melalui bank milik negara dengan plafon sesuai kelayakan usaha. (kominfo-banjar/hs)"]),
dict(id="a24", source="pemkab-tanah-laut", at="2026-07-21 09:30", slug="35-gerai-koperasi-desa-merah-putih-di-tanah-laut-mulai-beroperasi",
 title="35 Gerai Koperasi Desa Merah Putih di Tanah Laut Mulai Beroperasi",
 paras=[
 "PELAIHARI – Sebanyak 35 gerai Koperasi Desa Merah Putih di Kabupaten Tanah Laut mulai beroperasi serentak, Selasa (21/7/2026). Peresmian dipusatkan di Desa Sungai Bakar, Kecamatan Bajuin.",
 "Bupati Tanah Laut, H. Rahmat Trianto, mengatakan gerai koperasi menjual sembako, elpiji 3 kilogram dan pupuk dengan harga sesuai ketentuan. \"Koperasi jangan mematikan warung warga. Justru warung bisa kulakan di koperasi,\" katanya.",
 "Dari 135 koperasi yang sudah terbentuk di Tanah Laut, 35 gerai yang beroperasi ini dinilai paling siap dari sisi tempat dan pengurus. Sisanya ditargetkan menyusul sebelum akhir tahun.",
 "Pemkab juga menyiapkan pendampingan pembukuan dari Dinas Koperasi selama enam bulan pertama. (mc-tala/yd)"]),
# ---- F9 tera ulang ----
dict(id="a25", source="pemkab-batola", at="2026-06-02 10:40", slug="tera-ulang-timbangan-gratis-di-pasar-marabahan-8-10-juni",
 title="Tera Ulang Timbangan Gratis di Pasar Marabahan 8–10 Juni",
 paras=[
 "MARABAHAN – UPTD Metrologi Legal Dinas Perdagangan Barito Kuala menggelar tera ulang timbangan dan alat ukur secara gratis di Pasar Marabahan pada 8–10 Juni 2026, pukul 08.00–14.00 Wita.",
 "Kepala UPTD Metrologi Legal Batola, Syamsul Hadi, mengatakan pedagang cukup membawa timbangan, anak timbangan dan takaran ke posko di depan los ikan. \"Timbangan yang lolos diberi tanda tera sah tahun 2026. Yang tidak lolos kami sarankan diperbaiki dulu,\" ujarnya, Selasa (2/6/2026).",
 "Tahun lalu, dari 812 alat ukur yang diperiksa di Batola, sebanyak 64 dinyatakan batal karena selisihnya melebihi batas toleransi.",
 "Setelah Marabahan, layanan berlanjut ke Pasar Wangkang dan pasar-pasar kecamatan sesuai jadwal yang akan diumumkan. (kominfo-batola/sy)"]),
dict(id="a26", source="pemkot-banjarbaru", at="2026-09-08 14:25", slug="tera-ulang-di-pasar-bauntung-14-16-september-pedagang-diminta-bawa-timbangan",
 title="Tera Ulang di Pasar Bauntung 14–16 September, Pedagang Diminta Bawa Timbangan",
 paras=[
 "BANJARBARU – Dinas Koperasi, UKM dan Perdagangan Kota Banjarbaru melalui UPTD Metrologi menggelar sidang tera ulang di Pasar Bauntung pada 14–16 September 2026.",
 "Kepala UPTD Metrologi Banjarbaru, Ahmad Zaini, mengatakan layanan tera ulang tidak dipungut biaya. \"Kami juga memeriksa pompa ukur BBM di SPBU dalam kota pada minggu berikutnya,\" katanya di Banjarbaru, Selasa (8/9/2026).",
 "Selain timbangan meja dan timbangan gantung, petugas akan memeriksa timbangan elektronik pedagang emas di Cempaka pada 17 September.",
 "Warga yang merasa dirugikan oleh timbangan pedagang dapat melapor ke pos pengaduan konsumen di kantor pengelola Pasar Bauntung. (humas-bjb/fr)"]),
# ---- F10 isbat / nikah massal ----
dict(id="a27", source="pemkab-hsu", at="2026-03-31 16:00", num="2170", slug="64-pasangan-ikuti-isbat-nikah-terpadu-di-pendopo-amuntai",
 title="64 Pasangan Ikuti Isbat Nikah Terpadu di Pendopo Amuntai",
 paras=[
 "AMUNTAI – Sebanyak 64 pasangan suami istri mengikuti sidang isbat nikah terpadu di Pendopo Bupati Hulu Sungai Utara, Selasa (31/3/2026). Sidang digelar Pengadilan Agama Amuntai bersama Kemenag dan Disdukcapil HSU.",
 "Bupati HSU, H. Sahrujani, mengatakan banyak pasangan yang menikah secara agama puluhan tahun lalu belum tercatat negara. \"Dengan isbat, anak-anak bisa punya akta kelahiran yang mencantumkan nama ayah dan ibunya,\" ujarnya.",
 "Usai sidang, pasangan langsung menerima salinan penetapan, buku nikah dan kartu keluarga baru dalam satu hari. Pasangan tertua berusia 78 tahun dari Kecamatan Babirik.",
 "Biaya sidang ditanggung APBD HSU melalui anggaran Bagian Kesra. (prokom-hsu/ar)"]),
dict(id="a28", source="pemkot-banjarmasin", at="2026-09-10 10:50", slug="nikah-massal-hari-jadi-ke-500-banjarmasin-50-pasangan-sudah-mendaftar",
 title="Nikah Massal Hari Jadi ke-500 Banjarmasin, 50 Pasangan Sudah Mendaftar",
 paras=[
 "BANJARMASIN – Pemerintah Kota Banjarmasin menggelar nikah massal gratis dalam rangka Hari Jadi ke-500 Kota Banjarmasin pada Rabu, 23 September 2026, di Masjid Raya Sabilal Muhtadin.",
 "Kepala Bagian Kesejahteraan Rakyat Setdako Banjarmasin, H. Muhammad Ramli, mengatakan hingga Kamis (10/9/2026) sudah 50 pasangan mendaftar. \"Kuotanya 60 pasangan. Pendaftaran ditutup 16 September atau saat kuota penuh,\" katanya.",
 "Pendaftaran dilakukan di KUA kecamatan dengan membawa KTP, KK, surat pengantar kelurahan dan pas foto. Pasangan mendapat mahar, seperangkat alat salat dan cincin dari panitia.",
 "Pasangan berusia di bawah 19 tahun tidak dapat mengikuti kegiatan ini. (diskominfo-bjm/nh)"]),
# ---- F11 katarak / baksos ----
dict(id="a29", source="pemkab-balangan", at="2026-06-16 13:15", slug="operasi-katarak-gratis-150-mata-di-rsud-balangan-20-21-juni",
 title="Operasi Katarak Gratis 150 Mata di RSUD Balangan 20–21 Juni",
 paras=[
 "PARINGIN – Pemerintah Kabupaten Balangan bekerja sama dengan Perdami Kalsel menggelar operasi katarak gratis untuk 150 mata di RSUD Balangan pada 20–21 Juni 2026.",
 "Direktur RSUD Balangan, dr. Hendra Wijaya, Sp.PD, mengatakan pendaftaran dibuka di puskesmas sampai 18 Juni. \"Pasien akan diskrining dulu, termasuk gula darah dan tekanan darah. Yang lolos langsung dijadwalkan operasi,\" ujarnya, Selasa (16/6/2026).",
 "Pasien cukup membawa KTP dan kartu BPJS bila ada. Pendamping pasien disediakan konsumsi dan tempat menunggu.",
 "Sejak 2023, program operasi katarak gratis ini sudah menangani 612 mata warga Balangan. (diskominfo-blg/ym)"]),
dict(id="a30", source="pemkab-kotabaru", at="2026-07-28 12:30", num="6571", slug="bakti-sosial-kesehatan-di-pulau-sebuku-layani-640-warga",
 title="Bakti Sosial Kesehatan di Pulau Sebuku Layani 640 Warga",
 paras=[
 "KOTABARU – Bakti sosial kesehatan yang digelar Dinas Kesehatan Kotabaru bersama RSUD Pangeran Jaya Sumitra di Kecamatan Pulau Sebuku melayani 640 warga selama dua hari, 25–26 Juli 2026.",
 "Layanan meliputi pengobatan umum, pemeriksaan gigi, pemeriksaan mata dan pembagian 210 kacamata baca. Sebanyak 14 warga dirujuk untuk operasi katarak di RSUD.",
 "Kepala Dinas Kesehatan Kotabaru, dr. Muhammad Fadli, mengatakan layanan dipusatkan di Puskesmas Sungai Bali dan SDN Sungai Bali. \"Warga pulau jarang bisa ke dokter spesialis karena biaya kapal. Jadi spesialisnya yang kami bawa ke pulau,\" katanya, Selasa (28/7/2026).",
 "Bakti sosial berikutnya direncanakan di Kecamatan Pulau Sembilan pada Oktober. (prokopim-ktb/dn)"]),
# ---- F12 puting beliung / cuaca ----
dict(id="a31", source="pemkab-tapin", at="2026-03-13 18:10", slug="puting-beliung-rusak-37-rumah-di-pualam-sari-bpbd-tapin-salurkan-bantuan",
 title="Puting Beliung Rusak 37 Rumah di Pualam Sari, BPBD Tapin Salurkan Bantuan",
 paras=[
 "RANTAU – Angin puting beliung menerjang Desa Pualam Sari, Kecamatan Binuang, Jumat (13/3/2026) sekitar pukul 14.30 Wita. Sebanyak 37 rumah rusak, enam di antaranya rusak berat, dan satu musala kehilangan atap.",
 "Kepala Pelaksana BPBD Tapin, H. Zainal Arifin, mengatakan tidak ada korban jiwa. Dua warga mengalami luka ringan karena tertimpa seng. \"Kami sudah salurkan terpal, makanan siap saji dan selimut. Besok kerja bakti bersama TNI dan Polri untuk memperbaiki atap,\" ujarnya.",
 "Warga yang rumahnya rusak berat sementara mengungsi ke rumah kerabat. Pemkab akan mendata kebutuhan material untuk perbaikan.",
 "BPBD mengimbau warga memangkas dahan pohon yang menjorok ke atap rumah selama musim pancaroba. (diskominfo-tapin/ml)"]),
dict(id="a32", source="bpbd-kalsel", at="2026-10-27 11:00", slug="peralihan-musim-bpbd-kalsel-minta-warga-waspada-angin-kencang-dan-puting-beliung",
 title="Peralihan Musim, BPBD Kalsel Minta Warga Waspada Angin Kencang dan Puting Beliung",
 paras=[
 "BANJARBARU – Badan Penanggulangan Bencana Daerah Provinsi Kalsel meminta warga mewaspadai angin kencang, puting beliung dan hujan lebat disertai petir selama masa peralihan musim hingga pertengahan November 2026.",
 "Kepala Pelaksana BPBD Kalsel, H. Rahmadi Hidayat, mengatakan sepanjang Oktober tercatat 19 kejadian angin kencang di tujuh kabupaten, merusak 146 rumah. \"Kejadiannya singkat, biasanya sore hari setelah cuaca panas terik. Kalau langit tiba-tiba gelap dan angin dingin, segera masuk ke bangunan yang kokoh,\" ujarnya, Selasa (27/10/2026).",
 "BPBD meminta kabupaten/kota menyiagakan tim reaksi cepat dan logistik terpal.",
 "Warga dapat melaporkan kejadian bencana melalui Pusdalops BPBD Kalsel yang siaga 24 jam. (bpbd-kalsel/hn)"]),
# ---- F13 haji ----
dict(id="a33", source="kemenag-kalsel", at="2026-04-22 15:20", num="118203", slug="kloter-pertama-embarkasi-banjarmasin-masuk-asrama-haji-23-april",
 title="Kloter Pertama Embarkasi Banjarmasin Masuk Asrama Haji 23 April",
 paras=[
 "BANJARBARU – Jemaah calon haji kelompok terbang pertama (BDJ-01) Embarkasi Banjarmasin dijadwalkan masuk Asrama Haji Landasan Ulin pada Kamis, 23 April 2026, dan diberangkatkan ke Madinah keesokan harinya.",
 "Kepala Kanwil Kementerian Agama Kalsel, Dr. H. Muhammad Tambrin, mengatakan kloter pertama berisi 360 jemaah asal Kota Banjarmasin. \"Tahun ini Embarkasi Banjarmasin memberangkatkan 5.902 jemaah dalam 17 kloter, termasuk dari Kalimantan Tengah,\" ujarnya, Rabu (22/4/2026).",
 "Keluarga pengantar diminta tidak masuk ke area asrama dan cukup mengantar sampai gerbang. Jemaah diminta membawa obat pribadi untuk 40 hari.",
 "Kloter terakhir dijadwalkan berangkat pada 20 Mei 2026. (kemenag-kalsel/sr)"]),
dict(id="a34", source="pemkab-tanbu", at="2026-03-17 10:30", slug="231-calon-jemaah-haji-tanah-bumbu-ikuti-manasik-massal",
 title="231 Calon Jemaah Haji Tanah Bumbu Ikuti Manasik Massal",
 paras=[
 "BATULICIN – Sebanyak 231 calon jemaah haji Kabupaten Tanah Bumbu mengikuti manasik haji massal tingkat kabupaten di Gedung Mahligai Bersujud, Selasa (17/3/2026).",
 "Wakil Bupati Tanah Bumbu, H. Bahsanuddin, meminta jemaah menjaga kesehatan sejak sekarang. \"Ibadah haji itu ibadah fisik. Mulai biasakan jalan kaki setiap pagi paling tidak tiga kilometer,\" pesannya.",
 "Kepala Kantor Kemenag Tanah Bumbu, H. Abdul Wahid, menyebut jemaah Tanbu tergabung dalam kloter 9 dan 10 yang dijadwalkan berangkat awal Mei. Sebanyak 42 jemaah berusia di atas 65 tahun.",
 "Manasik berlangsung dua hari dengan praktik tawaf dan sai menggunakan miniatur Ka'bah. (diskominfo-tanbu/bs)"]),
dict(id="a35", source="pemkab-hst", at="2026-04-29 20:15", slug="bupati-hst-lepas-178-jemaah-calon-haji-di-masjid-agung-riyadhus-shalihin",
 title="Bupati HST Lepas 178 Jemaah Calon Haji di Masjid Agung Riyadhus Shalihin",
 paras=[
 "BARABAI – Bupati Hulu Sungai Tengah, H. Aulia Oktafiandi, melepas 178 jemaah calon haji asal HST di Masjid Agung Riyadhus Shalihin Barabai, Rabu (29/4/2026) malam.",
 "Jemaah HST tergabung dalam kloter 6 Embarkasi Banjarmasin dan akan diberangkatkan dari Barabai menuju Asrama Haji Landasan Ulin pada Kamis pagi dengan enam bus.",
 "\"Doakan HST aman, sejahtera dan berkah. Jaga kekompakan rombongan dan patuhi petugas kloter,\" pesan Bupati. Jemaah tertua berusia 86 tahun asal Kecamatan Batang Alai Utara, sedangkan yang termuda 21 tahun.",
 "Pemkab HST memberikan uang saku tambahan Rp1 juta per jemaah dari APBD. (kominfo-hst/rf)"]),
# ---- F14 seragam gratis ----
dict(id="a36", source="pemkab-tanah-laut", at="2026-07-13 11:40", slug="9-800-siswa-baru-sd-dan-smp-di-tanah-laut-terima-seragam-gratis",
 title="9.800 Siswa Baru SD dan SMP di Tanah Laut Terima Seragam Gratis",
 paras=[
 "PELAIHARI – Sebanyak 9.800 siswa baru SD dan SMP negeri maupun swasta di Kabupaten Tanah Laut menerima seragam sekolah gratis pada hari pertama tahun ajaran 2026/2027, Senin (13/7/2026).",
 "Bupati Tanah Laut, H. Rahmat Trianto, menyerahkan secara simbolis di SDN 1 Angsau. Setiap siswa mendapat dua stel seragam, yakni seragam nasional dan seragam batik sasirangan. \"Orang tua tidak perlu lagi membeli seragam di awal tahun ajaran,\" katanya.",
 "Kepala Dinas Pendidikan Tala, Drs. Hairil Anwar, mengatakan penjahitan seragam melibatkan 64 penjahit lokal dan UMKM konveksi. Anggarannya Rp4,3 miliar.",
 "Sekolah yang siswanya belum menerima ukuran yang sesuai dapat menukar di Disdik hingga akhir Juli. (mc-tala/yd)"]),
dict(id="a37", source="pemkot-banjarbaru", at="2026-07-16 09:20", slug="5-400-siswa-baru-banjarbaru-dapat-seragam-dan-sepatu-gratis",
 title="5.400 Siswa Baru Banjarbaru Dapat Seragam dan Sepatu Gratis",
 paras=[
 "BANJARBARU – Pemerintah Kota Banjarbaru membagikan seragam dan sepatu gratis kepada 5.400 siswa baru SD dan SMP negeri, Kamis (16/7/2026). Penyerahan perdana berlangsung di SMPN 3 Banjarbaru.",
 "Wali Kota Banjarbaru, Hj. Erna Lisa Halaby, mengatakan setiap siswa menerima satu stel seragam putih merah atau putih biru, sepasang sepatu hitam dan kaus kaki. \"Ukurannya sudah didata dari sekolah sejak Juni, jadi mudah-mudahan pas semua,\" ujarnya.",
 "Kepala Dinas Pendidikan Banjarbaru menyebut total anggaran program ini Rp2,9 miliar dan penyaluran ke seluruh sekolah rampung dalam sepekan.",
 "Siswa madrasah negeri di Banjarbaru akan menerima bantuan serupa melalui Kemenag pada Agustus. (humas-bjb/fr)"]),
# ---- F15 benih ikan ----
dict(id="a38", source="pemkab-hsu", at="2026-05-19 10:10", num="2236", slug="150-ribu-benih-ikan-ditebar-di-perairan-rawa-danau-panggang",
 title="150 Ribu Benih Ikan Ditebar di Perairan Rawa Danau Panggang",
 paras=[
 "AMUNTAI – Dinas Perikanan Hulu Sungai Utara menebar 150 ribu benih ikan lokal di perairan rawa Kecamatan Danau Panggang, Selasa (19/5/2026). Benih terdiri atas 90 ribu ekor papuyu, 40 ribu ekor biawan dan 20 ribu ekor baung.",
 "Kepala Dinas Perikanan HSU, Ir. H. Gusti Syarifuddin, mengatakan penebaran bertujuan memulihkan populasi ikan rawa yang terus menurun. \"Kami minta nelayan tidak menyetrum dan tidak memakai racun. Itu yang membuat ikan rawa habis,\" ujarnya.",
 "Pemkab bersama kelompok pengawas masyarakat (pokmaswas) akan menetapkan tiga lokasi reservat yang tidak boleh ditangkap selama enam bulan.",
 "Penebaran serupa dijadwalkan di Kecamatan Paminggir pada Juli. (prokom-hsu/ar)"]),
dict(id="a39", source="pemkab-batola", at="2026-08-26 13:50", slug="restocking-120-ribu-benih-nila-dan-patin-di-sungai-barito-marabahan",
 title="Restocking 120 Ribu Benih Nila dan Patin di Sungai Barito Marabahan",
 paras=[
 "MARABAHAN – Dinas Perikanan Barito Kuala menebar 120 ribu benih ikan nila dan patin di Sungai Barito, tepatnya di kawasan Dermaga Marabahan, Rabu (26/8/2026).",
 "Kegiatan restocking ini dirangkai dengan peringatan Hari Jadi Batola. Bupati Barito Kuala, H. Bahrul Ilmi, mengatakan sungai adalah sumber penghidupan warga Batola. \"Sungai yang sehat berarti dapur nelayan tetap berasap,\" katanya.",
 "Kepala Dinas Perikanan Batola, Ir. Sri Wahyuni, menyebut benih berasal dari Balai Benih Ikan Anjir dan dua pembudidaya lokal. Ukuran benih 5–7 sentimeter.",
 "Sepanjang 2026, Batola menargetkan restocking 400 ribu benih di lima kecamatan. (kominfo-batola/sy)"]),
# ---- F16 perpustakaan keliling ----
dict(id="a40", source="pemkab-tabalong", at="2026-09-22 10:15", slug="mobil-perpustakaan-keliling-sambangi-24-desa-selama-oktober",
 title="Mobil Perpustakaan Keliling Sambangi 24 Desa Selama Oktober",
 paras=[
 "TANJUNG – Dinas Perpustakaan dan Kearsipan Tabalong menjadwalkan mobil perpustakaan keliling menyambangi 24 desa di delapan kecamatan selama Oktober 2026, dalam rangka Bulan Gemar Membaca.",
 "Kepala Dinas Perpustakaan dan Kearsipan Tabalong, Hj. Siti Rahmah, mengatakan setiap mobil membawa sekitar 1.500 buku anak, buku pertanian dan novel. \"Anak-anak boleh membaca di tempat dan meminjam paling banyak dua buku selama satu bulan,\" ujarnya, Selasa (22/9/2026).",
 "Mobil perpustakaan akan mangkal di sekolah atau balai desa pukul 09.00–13.00 Wita. Jadwal lengkap dibagikan melalui camat.",
 "Pada kunjungan pertama, 1 Oktober, mobil perpustakaan dijadwalkan berada di Desa Pudak Setegal, Kecamatan Kelua. (humas-tabalong/fz)"]),
# ---- F17 PPPK paruh waktu ----
dict(id="a41", source="pemkab-hss", at="2026-03-27 17:30", num="4302", slug="hasil-seleksi-pppk-paruh-waktu-hss-diumumkan-1-084-peserta-lulus",
 title="Hasil Seleksi PPPK Paruh Waktu HSS Diumumkan, 1.084 Peserta Lulus",
 paras=[
 "KANDANGAN – Badan Kepegawaian dan Pengembangan SDM Hulu Sungai Selatan mengumumkan hasil seleksi PPPK paruh waktu tahun anggaran 2025, Jumat (27/3/2026). Sebanyak 1.084 peserta dinyatakan lulus.",
 "Kepala BKPSDM HSS, H. Rahmadi Fauzi, mengatakan peserta yang lulus terdiri atas 612 tenaga teknis, 318 tenaga guru dan 154 tenaga kesehatan. \"Pengumuman resmi ada di laman BKPSDM dan papan pengumuman kantor. Jangan percaya pihak yang menjanjikan kelulusan dengan imbalan,\" ujarnya.",
 "Peserta yang lulus wajib mengisi daftar riwayat hidup di portal SSCASN paling lambat 6 April 2026 dan melengkapi dokumen fisik.",
 "Penyerahan surat keputusan pengangkatan dijadwalkan setelah nomor induk PPPK terbit. (diskominfo-hss/ra)"]),
dict(id="a42", source="pemkab-hss", at="2026-06-30 13:00", num="4433", slug="bupati-hss-serahkan-sk-pppk-paruh-waktu-kepada-1-079-pegawai",
 title="Bupati HSS Serahkan SK PPPK Paruh Waktu kepada 1.079 Pegawai",
 paras=[
 "KANDANGAN – Bupati Hulu Sungai Selatan, H. Syafrudin Noor, menyerahkan surat keputusan pengangkatan kepada 1.079 PPPK paruh waktu di Lapangan 5 Desember Kandangan, Selasa (30/6/2026).",
 "Masa kontrak PPPK paruh waktu berlaku satu tahun mulai 1 Juli 2026 dan dapat diperpanjang berdasarkan evaluasi kinerja. \"Status ini amanah. Datang tepat waktu, kerjakan tugas dengan sungguh-sungguh,\" pesan Bupati.",
 "Kepala BKPSDM HSS, H. Rahmadi Fauzi, menjelaskan lima peserta yang sebelumnya dinyatakan lulus tidak menerima SK karena mengundurkan diri atau tidak melengkapi berkas.",
 "Para pegawai langsung diambil sumpahnya dan menandatangani perjanjian kerja usai upacara. (diskominfo-hss/ra)"]),
# ---- F18 mudik gratis ----
dict(id="a43", source="dishub-kalsel", at="2026-03-05 11:10", slug="mudik-gratis-idulfitri-2026-dishub-kalsel-sediakan-1-500-kursi",
 title="Mudik Gratis Idulfitri 2026, Dishub Kalsel Sediakan 1.500 Kursi",
 paras=[
 "BANJARBARU – Dinas Perhubungan Provinsi Kalsel menyediakan 1.500 kursi mudik gratis Idulfitri 1447 H dengan 30 bus tujuan kabupaten di Kalimantan Selatan. Pendaftaran dibuka 6–11 Maret 2026 secara daring.",
 "Kepala Dishub Kalsel, Ir. H. Fitri Hernadi, mengatakan bus berangkat dari Terminal Pal 6 Banjarmasin dan Terminal Gayam Banjarbaru pada 17 Maret 2026. \"Tujuannya antara lain Kotabaru, Batulicin, Tanjung, Barabai, Amuntai dan Kandangan. Motor pemudik juga bisa diangkut gratis dengan truk,\" katanya, Kamis (5/3/2026).",
 "Pendaftar wajib mengunggah KTP dan KK. Satu akun dapat mendaftarkan paling banyak empat orang dalam satu KK.",
 "Kuota angkutan motor gratis sebanyak 200 unit. (dishub-kalsel/ea)"]),
# ---- F19 zakat fitrah ----
dict(id="a44", source="baznas-hsu", at="2026-02-26 14:00", slug="zakat-fitrah-hsu-1447-h-ditetapkan-rp45-000-atau-3-1-liter-beras",
 title="Zakat Fitrah HSU 1447 H Ditetapkan Rp45.000 atau 3,1 Liter Beras",
 paras=[
 "AMUNTAI – Baznas Kabupaten Hulu Sungai Utara bersama Kementerian Agama dan MUI HSU menetapkan besaran zakat fitrah 1447 H sebesar 3,1 liter beras atau setara uang Rp45.000 per jiwa.",
 "Ketua Baznas HSU, H. Murjani, mengatakan besaran itu mengacu pada harga beras yang paling banyak dikonsumsi warga HSU, yakni Rp14.500 per liter. \"Warga yang biasa makan beras lebih mahal dianjurkan menyesuaikan,\" ujarnya, Kamis (26/2/2026).",
 "Untuk fidyah, ditetapkan Rp25.000 per hari. Zakat fitrah dapat disalurkan melalui UPZ masjid, langgar atau kantor Baznas HSU.",
 "Baznas HSU menargetkan penghimpunan zakat fitrah tahun ini Rp3,2 miliar. (baznas-hsu/mm)"]),
dict(id="a45", source="pemkot-banjarbaru", at="2026-03-03 10:45", slug="zakat-fitrah-banjarbaru-2026-rp50-000-per-jiwa",
 title="Zakat Fitrah Banjarbaru 2026 Rp50.000 per Jiwa",
 paras=[
 "BANJARBARU – Besaran zakat fitrah di Kota Banjarbaru untuk Ramadan 1447 H/2026 ditetapkan Rp50.000 per jiwa atau 3,5 liter beras. Keputusan itu diambil dalam rapat Baznas Kota Banjarbaru, Kemenag dan MUI di Balai Kota, Selasa (3/3/2026).",
 "Wakil Wali Kota Banjarbaru, Wartono, mengatakan besaran itu naik Rp5.000 dari tahun lalu karena harga beras naik. \"Bagi yang mampu, silakan membayar lebih sebagai sedekah,\" ujarnya.",
 "Fidyah ditetapkan Rp30.000 per hari. Baznas membuka gerai zakat di Mal Q Mall dan Balai Kota setiap sore selama Ramadan.",
 "Zakat fitrah yang terhimpun akan disalurkan kepada mustahik paling lambat sebelum salat Idulfitri. (humas-bjb/fr)"]),
]

SOURCES = {
 "dtph-kalsel": ("https://dtph.kalselprov.go.id/berita/{slug}", False),
 "pemkab-tanah-laut": ("https://tanahlautkab.go.id/berita/{slug}", False),
 "pemkab-hsu": ("https://hulusungaiutarakab.go.id/berita/{num}/{slug}", False),
 "pemkab-banjar": ("https://banjarkab.go.id/{y}/{m}/{d}/{slug}/", True),
 "pemkab-tapin": ("https://tapinkab.go.id/berita/detail/{slug}", False),
 "pemkab-tabalong": ("https://tabalongkab.go.id/{y}/{m}/{slug}/", True),
 "dinkes-kalsel": ("https://dinkes.kalselprov.go.id/{y}/{m}/{d}/{slug}/", True),
 "pemkab-hst": ("https://hstkab.go.id/berita/{slug}", False),
 "pemkot-banjarmasin": ("https://banjarmasinkota.go.id/{y}/{m}/{slug}.html", False),
 "pemkab-balangan": ("https://balangankab.go.id/berita/detail/{slug}", False),
 "pemkab-batola": ("https://baritokualakab.go.id/berita/{slug}", False),
 "disbudpar-kalsel": ("https://disbudpar.kalselprov.go.id/{y}/{m}/{d}/{slug}/", True),
 "pemkab-hss": ("https://hulusungaiselatankab.go.id/berita/{num}/{slug}", False),
 "bapenda-kalsel": ("https://bapenda.kalselprov.go.id/berita/{slug}", False),
 "pemkab-kotabaru": ("https://kotabarukab.go.id/berita/{num}/{slug}", False),
 "pemkab-tanbu": ("https://tanahbumbukab.go.id/berita/{slug}", False),
 "pemprov-kalsel": ("https://kalselprov.go.id/berita/{slug}", False),
 "pemkot-banjarbaru": ("https://banjarbarukota.go.id/{y}/{m}/{d}/{slug}/", True),
 "bpbd-kalsel": ("https://bpbd.kalselprov.go.id/{y}/{m}/{d}/{slug}/", True),
 "kemenag-kalsel": ("https://kalsel.kemenag.go.id/berita/{num}/{slug}", False),
 "dishub-kalsel": ("https://dishub.kalselprov.go.id/berita/{slug}", False),
 "baznas-hsu": ("https://hsu.baznas.go.id/berita/{slug}", False),
}
