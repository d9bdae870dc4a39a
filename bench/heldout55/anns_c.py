# Hand-written releases a21-a30 of heldout55 (same layout as anns_a.py).

ANNS = [
dict(id="a21", src="pemkab-batola", at="11-24 15:50",
title="Batola Latih 30 Kader Rehabilitasi Berbasis Masyarakat dari 15 Desa",
text="""MARABAHAN – Dinas Sosial Kabupaten Barito Kuala melatih 30 kader Rehabilitasi Berbasis Masyarakat (RBM) dari 15 desa di Aula Kantor Bupati Batola, Marabahan, mulai Selasa (24/11/2026). Selama tiga hari kader belajar mendata penyandang disabilitas di desanya, melatih gerak sederhana di rumah dan menghubungkan keluarga dengan puskesmas serta sekolah.

Kepala Dinas Sosial Barito Kuala, H. Zulkifli Hidayat, S.Sos., mengatakan banyak penyandang disabilitas di desa-desa pasang surut tidak pernah keluar rumah. “Kader RBM adalah tetangga yang paling dekat. Mereka yang pertama tahu kalau ada anak yang tidak sekolah karena disabilitas,” ujarnya.

Setiap desa akan menerima satu tas perlengkapan terapi sederhana. Kader diminta menyerahkan data disabilitas desanya paling lambat 31 Desember. (diskominfo-batola/zh)""",
S="Dinsos Batola latih 30 kader Rehabilitasi Berbasis Masyarakat (RBM) dari 15 desa di Aula Kantor Bupati, Marabahan, 24–26 November: mendata disabilitas, latihan gerak di rumah, rujukan. Data desa diserahkan paling lambat 31 Desember.",
L="""Dinsos Barito Kuala menyiapkan 30 kader Rehabilitasi Berbasis Masyarakat (RBM) dari 15 desa. Pelatihan tiga hari dimulai Selasa (24/11) di Aula Kantor Bupati, Marabahan.

Kader belajar mendata penyandang disabilitas di desa, melatih gerak sederhana di rumah dan menghubungkan keluarga dengan puskesmas dan sekolah. Tiap desa dapat satu tas perlengkapan terapi sederhana, dan data disabilitas desa harus masuk paling lambat 31 Desember. Kadinsos H. Zulkifli Hidayat bilang kader adalah tetangga yang paling dulu tahu kalau ada anak tidak sekolah karena disabilitas.""",
P="Bubuhan Batola, 30 urang kader RBM matan 15 desa wayahini balajar di Aula Kantor Bupati Marabahan, tiga hari. Diajari mandata dangsanak disabilitas di kampung, malatih gerak di rumah, maantar ka puskesmas wan sakulah. Tiap desa dibari tas alat terapi. Mudahan kada ada lagi kakanakan nang kada sakulah gara-gara disabilitas 🤝",
N=[
("kim-jejangkit-muara", "11-27 14:00", "Bidan desa Jejangkit Muara bersama kader posyandu mendata balita dan ibu hamil untuk pemberian makanan tambahan bulan Desember. Ada 46 balita yang terdata.", "a posyandu data collection, not disability rehab"),
("kim-marabahan-kota", "11-24 20:10", "Aula Kantor Bupati Batola malam ini dipakai untuk malam final lomba dai cilik. 15 peserta dari 15 kecamatan tampil.", "same hall, same day; 15 means kecamatan contestants"),
("kim-anjir-pasar-kota", "12-03 16:00", "Kader RBM desa kami mulai berkeliling. Sejauh ini tercatat 11 warga penyandang disabilitas, dua anak belum pernah sekolah. Pak kader akan mengajak orang tuanya ke SLB Marabahan.", "a village's own later round with its own count"),
],
B=[]),

dict(id="a22", src="dinsos-kalsel", at="11-16 11:10",
title="Hasil Akreditasi LKSA 2026: 21 dari 34 Panti Asuhan di Kalsel Terakreditasi",
text="""BANJARBARU – Dinas Sosial Provinsi Kalimantan Selatan mengumumkan hasil akreditasi Lembaga Kesejahteraan Sosial Anak (LKSA) tahun 2026, Senin (16/11/2026). Dari 34 panti asuhan yang dinilai sejak Agustus, 21 dinyatakan terakreditasi, yakni 6 dengan nilai A, 9 nilai B dan 6 nilai C.

Kepala Bidang Pemberdayaan Sosial Dinsos Kalsel, Hj. Rina Marlina, S.E., M.AP., mengatakan penilaian mencakup pengasuhan, kamar tidur, gizi, pencatatan anak dan kompetensi pengasuh. “Akreditasi bukan soal papan nama, melainkan jaminan bahwa anak diasuh dengan benar,” katanya.

Tiga belas LKSA yang belum lolos akan didampingi selama enam bulan dan dapat dinilai ulang pada Juni 2027. Daftar lengkap hasil akreditasi dapat dilihat di kantor Dinas Sosial kabupaten/kota. (dinsos/rm)""",
S="Hasil akreditasi LKSA 2026 Dinsos Kalsel (16/11): 21 dari 34 panti asuhan terakreditasi (A 6, B 9, C 6). 13 yang belum lolos didampingi 6 bulan, nilai ulang Juni 2027.",
L="""Dinsos Kalsel mengumumkan hasil akreditasi Lembaga Kesejahteraan Sosial Anak (LKSA) 2026, Senin (16/11). Dari 34 panti asuhan yang dinilai sejak Agustus, 21 terakreditasi: enam bernilai A, sembilan B dan enam C.

Yang dinilai pengasuhan, kamar tidur, gizi, pencatatan anak dan kompetensi pengasuh. Tiga belas LKSA yang belum lolos didampingi enam bulan dan bisa dinilai ulang Juni 2027. Daftar lengkapnya ada di kantor Dinsos kabupaten/kota.""",
P="Habar matan Dinsos Kalsel: 34 panti asuhan dinilai akreditasinya, 21 lulus, nang dapat A ada 6, B 9, C 6. Nang 13 balum lulus kaina didampingi anam bulan, dinilai pulang Juni 2027. Nang dinilai bukan papan ngaran haja lah, tapi cara maasuh, kamar, makanan kakanakan. Mantap 👍 #LKSA",
N=[
("kim-sungai-besar", "11-20 15:40", "Panti Asuhan Nurul Hikmah Sungai Besar menerima kunjungan tim penilai lomba kebersihan panti tingkat kota. Anak-anak membersihkan halaman sejak pagi.", "a city cleanliness contest visit, not accreditation"),
("kim-pekapuran-raya", "11-23 10:30", "Hasil akreditasi madrasah tahun ini: 21 madrasah di Banjarmasin Timur mendapat nilai A dan B. Selamat untuk para kepala madrasah.", "madrasah accreditation, the same 21"),
(None, "11-30 09:00", "Pengurus panti asuhan kami masih bingung, kenapa tahun ini tidak ikut dinilai. Katanya berkasnya belum lengkap. Semoga tahun depan bisa ikut.", "a home left out; no results"),
],
B=[("kim-loktabat-utara", "11-15 20:00", "Para pengurus panti asuhan se-Kalsel besok pagi diundang ke Dinsos provinsi, katanya untuk pengumuman hasil penilaian. Deg-degan juga.", "invitation the evening before the result")]),

dict(id="a23", src="pemkab-balangan", at="11-20 16:00",
title="Balangan Verifikasi Izin Operasional Sembilan Panti Asuhan Mulai 23 November",
text="""PARINGIN – Dinas Sosial Kabupaten Balangan akan memverifikasi izin operasional sembilan panti asuhan mulai Senin (23/11/2026). Tim yang terdiri atas pekerja sosial, petugas kesehatan dan petugas pemadam kebakaran akan mengunjungi setiap panti untuk memeriksa dokumen anak, kamar tidur, dapur dan jalur evakuasi.

Kepala Dinas Sosial Balangan, H. Taufik Rahman Noor, S.Hut., M.Si., mengingatkan izin operasional wajib diperbarui setiap tiga tahun. “Panti yang izinnya habis tidak boleh menerima anak baru. Kami bantu melengkapi, bukan mencari kesalahan,” ujarnya.

Verifikasi berlangsung hingga 4 Desember. Pengurus panti diminta menyiapkan akta yayasan, daftar anak asuh beserta surat penyerahan dari keluarga dan laporan keuangan satu tahun terakhir. (diskominfo-blg/tr)""",
S="Dinsos Balangan verifikasi izin operasional 9 panti asuhan mulai 23/11 sampai 4/12: tim pekerja sosial, kesehatan dan damkar cek dokumen anak, kamar, dapur, jalur evakuasi. Izin wajib diperbarui tiap 3 tahun.",
L=None,
P="Pengurus panti asuhan di Balangan, siapakan barkas lah: mulai Senin 23 Nopember Dinsos datang mangecek izin operasional 9 panti, umpat jua patugas kesehatan wan damkar. Dicek dokumen kakanakan, kamar, dapur, jalur evakuasi. Izin wajib diparpanjang tiap tiga tahun. Kada mancari salah, jar Kadinsos, handak mambantu haja 👍",
N=[
("kim-juai", "11-26 15:20", "Petugas pemadam kebakaran Balangan memeriksa jalur evakuasi dan APAR di pasar Juai. Pedagang diminta tidak menumpuk barang di lorong.", "the same fire service inspecting a market"),
("kim-halong", "12-01 10:40", "Panti asuhan di Halong yang baru berdiri mengajak warga menjadi donatur tetap. Saat ini ada 16 anak asuh, sebagian dari desa-desa Halong.", "a new home's donor appeal, no verification"),
("kim-juai", "11-23 19:00", "Kadinsos Balangan H. Taufik Rahman Noor hari ini menyerahkan kursi roda untuk dua warga Juai yang lumpuh. Mereka didampingi pembakal.", "same Kadinsos on the first verification day, another activity"),
("kim-batu-piring", "12-05 08:30", "Verifikasi panti asuhan tahap kedua katanya dilanjutkan Januari untuk panti yang baru mengajukan izin. Belum ada jadwal resmi.", "hearsay about a later stage, no facts of the release"),
],
B=[("kim-juai", "11-19 20:30", "Dengar-dengar Dinsos mau keliling ke panti-panti asuhan di Balangan minggu depan, memeriksa izin. Pengurus panti di Juai sudah sibuk mengumpulkan berkas.", "hearsay the day before the release")]),

dict(id="a24", src="pemkab-hst", at="11-12 17:10",
title="18 Anak Panti Asuhan di Barabai Kini Diasuh 12 Keluarga Melalui Program Keluarga Asuh",
text="""BARABAI – Dinas Sosial Kabupaten Hulu Sungai Tengah menempatkan 18 anak dari dua panti asuhan di Barabai ke dalam pengasuhan 12 keluarga asuh, Kamis (12/11/2026). Penempatan dilakukan setelah keluarga calon pengasuh menjalani asesmen rumah dan pelatihan pengasuhan selama dua bulan.

Bupati Hulu Sungai Tengah, H. Aulia Oktafiandi, S.Kom., M.M., mengatakan anak tetap terhubung dengan panti dan keluarga kandungnya. “Anak paling baik tumbuh di dalam keluarga. Panti menjadi pilihan terakhir, bukan pilihan pertama,” ujarnya saat menyerahkan anak-anak kepada keluarga asuh di Pendopo Bupati HST.

Pekerja sosial akan mengunjungi setiap keluarga asuh sebulan sekali. Dinsos HST membuka pendaftaran keluarga asuh gelombang kedua pada Februari 2027. (hst/ao)""",
S="Dinsos HST tempatkan 18 anak dari dua panti asuhan di Barabai ke 12 keluarga asuh (12/11) setelah asesmen dan pelatihan 2 bulan. Pekerja sosial berkunjung sebulan sekali; gelombang kedua Februari 2027.",
L="""Delapan belas anak dari dua panti asuhan di Barabai sekarang tinggal bersama 12 keluarga asuh. Penyerahannya dilakukan Bupati HST H. Aulia Oktafiandi di Pendopo Bupati, Kamis (12/11).

Calon keluarga asuh lebih dulu menjalani asesmen rumah dan pelatihan pengasuhan dua bulan. Anak tetap terhubung dengan panti dan keluarga kandung, dan pekerja sosial berkunjung sebulan sekali. Pendaftaran keluarga asuh gelombang kedua dibuka Februari 2027.""",
P="Tarharu 🥹 18 urang kakanakan matan dua panti asuhan di Barabai wayahini baisi keluarga asuh, 12 keluarga nang sudah dilatih dua bulan. Diserahakan Bupati di Pendopo HST samalam. Jar Bupati, kakanakan paling baik ganal di dalam keluarga. Nang handak jadi keluarga asuh, tunggu gelombang kadua Pebruari 2027 lah.",
N=[
("kim-barabai-darat", "11-14 16:00", "Keluarga besar panti asuhan di Barabai Darat mengadakan syukuran wisuda tahfiz 18 santri yatim. Ada yang sudah hafal 5 juz.", "a home's own tahfiz graduation of 18; no foster care"),
("kim-hantakan", "11-12 20:40", "Bupati HST H. Aulia Oktafiandi sore ini menghadiri aruh adat di Hantakan dan menyerahkan bantuan bibit karet.", "same Bupati the same day at an aruh"),
("kim-barabai-darat", "12-02 11:15", "Sebulan jadi keluarga asuh, Bu Rahimah bercerita anak asuhnya mulai mau memanggilnya Umak. Cerita kecil dari kunjungan pekerja sosial pertama.", "a later first-visit story told on its own"),
],
B=[]),

dict(id="a25", src="diskominfo-kalsel", at="11-04 10:45",
title="Siaran Pemprov Kalsel Kini Dilengkapi Juru Bahasa Isyarat",
text="""BANJARBARU – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan mulai menghadirkan juru bahasa isyarat (JBI) dalam siaran resmi Pemerintah Provinsi, Rabu (4/11/2026). Empat JBI dari komunitas Tuli Banua bertugas bergiliran pada siaran langsung di kanal YouTube Pemprov, konferensi pers dan rapat paripurna yang disiarkan.

Kepala Diskominfo Kalsel, Dr. H. Muhammad Muslim, S.Pd., M.Kes., mengatakan sekitar 9.800 warga Tuli di Kalsel selama ini hanya bisa menebak isi siaran. “Informasi publik harus sampai ke semua warga. Wajah juru bahasa isyarat kini hadir di pojok layar kami,” katanya.

Diskominfo juga menyiapkan teks terjemahan untuk video pendek di media sosial Pemprov. Kabupaten/kota diminta melakukan hal yang sama pada siaran mereka mulai tahun depan. (mc-kalsel/mm)""",
S="Diskominfo Kalsel hadirkan juru bahasa isyarat di siaran resmi Pemprov mulai 4/11: 4 JBI dari komunitas Tuli Banua bergiliran di YouTube Pemprov, konferensi pers, paripurna. Video pendek diberi teks.",
L="""Mulai Rabu (4/11) siaran resmi Pemprov Kalsel dilengkapi juru bahasa isyarat (JBI). Empat JBI dari komunitas Tuli Banua bertugas bergiliran di siaran langsung YouTube Pemprov, konferensi pers dan rapat paripurna yang disiarkan.

Menurut Kadiskominfo Dr. H. Muhammad Muslim, sekitar 9.800 warga Tuli di Kalsel selama ini hanya bisa menebak isi siaran. Video pendek di media sosial Pemprov juga akan diberi teks, dan kabupaten/kota diminta menyusul tahun depan.""",
P="Mantap Diskominfo Kalsel 👏 Wayahini siaran Pemprov di YouTube, konpers, sampai paripurna ada juru bahasa isyaratnya di pojok layar. Ampat urang JBI matan komunitas Tuli Banua bagiliran. Dangsanak Tuli kita, kira-kira 9.800 urang, kada lagi manabak-nabak isi siaran 🤟 #InklusiKalsel",
N=[
("kim-teluk-dalam", "11-10 18:00", "Komunitas Tuli Banua membuka kelas bahasa isyarat gratis untuk umum di Taman Kamboja setiap Minggu sore. Sudah 40 orang mendaftar.", "the community's own public class"),
("kim-guntung-manggis", "11-04 15:30", "Kadiskominfo Kalsel Dr. H. Muhammad Muslim siang ini membuka pelatihan pengelola media sosial desa untuk 60 admin KIM dari Banjar dan Banjarbaru.", "same Kadiskominfo the same day, another training"),
("kim-kiram", "11-18 20:00", "Siaran pertandingan final sepak bola Porprov di TVRI Kalsel malam ini dilengkapi teks berjalan skor. Penonton di Kiram nobar di balai desa.", "a sports broadcast with a score ticker; no sign interpreters"),
],
B=[]),

dict(id="a26", src="pemkot-banjarmasin", at="11-12 14:00",
title="Audit Aksesibilitas: Baru 5 dari 18 Kantor Layanan Banjarmasin Punya Ramp Sesuai Standar",
text="""BANJARMASIN – Pemerintah Kota Banjarmasin merilis hasil audit aksesibilitas terhadap 18 kantor layanan publik, Kamis (12/11/2026). Audit bersama organisasi penyandang disabilitas itu menemukan hanya 5 kantor yang memiliki ramp sesuai standar, 7 kantor memiliki toilet untuk pengguna kursi roda dan belum satu pun memasang guiding block yang tersambung hingga loket.

Wali Kota Banjarmasin, H. Muhammad Yamin HR, S.H., M.H., memerintahkan seluruh kepala perangkat daerah memperbaiki temuan tersebut. “Kalau warga kursi roda harus digotong untuk mengurus KTP, artinya kantor kita yang cacat, bukan warganya,” tegasnya.

Perbaikan dianggarkan bertahap mulai 2027, dimulai dari Mal Pelayanan Publik, Disdukcapil dan puskesmas. Hasil audit lengkap ditempel di setiap kantor yang diperiksa. (humas-bjm/my)""",
S="Audit aksesibilitas Pemkot Banjarmasin (12/11) di 18 kantor layanan: baru 5 punya ramp standar, 7 punya toilet kursi roda, belum ada guiding block tersambung ke loket. Perbaikan bertahap mulai 2027 dari MPP, Disdukcapil, puskesmas.",
L=None,
P="Jujur banar hasil audit Pemkot Banjarmasin: matan 18 kantor layanan, nang ramp-nya sasuai standar cuma 5, toilet gasan kursi roda 7, guiding block nang tasambung sampai loket kada ada sabuting-buting 😅 Jar Wali Kota, amun warga kursi roda musti diangkat gasan maurus KTP, kantornya nang cacat. Dibaiki mulai 2027 matan MPP, Dukcapil, puskesmas.",
N=[
("kim-pekapuran-raya", "11-18 09:20", "Kelurahan Pekapuran Raya memasang ramp kayu darurat di pintu kantor setelah ada warga kursi roda yang kesulitan masuk. Dibuat swadaya oleh Linmas.", "a kelurahan's own makeshift ramp"),
("kim-alalak-utara", "11-12 18:30", "Wali Kota Banjarmasin H. Muhammad Yamin HR hari ini meresmikan 18 unit lampu jalan tenaga surya di Alalak Utara.", "same mayor the same day; 18 means solar lamps"),
("kim-basirih", "11-26 11:45", "Di puskesmas kami toilet untuk kursi roda sudah ada sejak tahun lalu, tapi pintunya sering dikunci dan dipakai jadi gudang. Mohon diperhatikan.", "a complaint about a puskesmas toilet; no audit facts"),
],
B=[]),

dict(id="a27", src="pemkab-hst", at="11-20 15:20",
title="HST Gelar Pekan Hari Disabilitas Internasional 3–5 Desember di Lapangan Dwi Warna",
text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah akan menggelar Pekan Hari Disabilitas Internasional (HDI) pada 3–5 Desember 2026 di Lapangan Dwi Warna, Barabai. Rencana ini disampaikan dalam rapat persiapan di Aula Murakata, Jumat (20/11/2026), yang dihadiri organisasi penyandang disabilitas dan perangkat daerah.

Kepala Dinas Sosial HST, Hj. Noorhidayah, S.Pd., M.Pd., mengatakan sekitar 300 penyandang disabilitas akan mengikuti lomba lari kursi roda, catur tunanetra, menyanyi dan bazar produk karya disabilitas. “Kami ingin mereka tampil di tengah lapangan kota, bukan hanya menerima bantuan di aula,” ujarnya.

Pendaftaran peserta lomba dan stan bazar dibuka hingga 28 November melalui kantor kecamatan. Pembukaan Pekan HDI dijadwalkan dihadiri Bupati HST. (hst/nh)""",
S="Pemkab HST gelar Pekan Hari Disabilitas Internasional 3–5 Desember di Lapangan Dwi Warna Barabai: sekitar 300 peserta, lomba lari kursi roda, catur tunanetra, menyanyi, bazar. Daftar via kecamatan sampai 28 November.",
L="""Pemkab Hulu Sungai Tengah menyiapkan Pekan Hari Disabilitas Internasional (HDI) 3–5 Desember di Lapangan Dwi Warna, Barabai. Rencananya dibahas dalam rapat persiapan di Aula Murakata, Jumat (20/11).

Sekitar 300 penyandang disabilitas akan ikut lomba lari kursi roda, catur tunanetra, menyanyi dan bazar produk karya mereka. Pendaftaran lomba dan stan bazar lewat kantor kecamatan sampai 28 November. Kadinsos Hj. Noorhidayah ingin mereka tampil di tengah lapangan kota, bukan hanya menerima bantuan di aula.""",
P="Bubuhan HST, catat lah: 3 sampai 5 Desember ada Pekan Hari Disabilitas di Lapangan Dwi Warna Barabai. Kira-kira 300 urang dangsanak disabilitas umpat lomba balapan kursi roda, catur tunanetra, banyanyi, wan ada bazar hasil karya. Daftar lomba wan stan lewat kecamatan sampai 28 Nopember 🎉♿",
N=[
("kim-pandawan", "12-03 10:30", "Pagi ini Lapangan Dwi Warna ramai, jalan sehat peringatan HUT PGRI diikuti ribuan guru dan siswa. Hadiah utama sepeda motor.", "same field on 3 Dec, a teachers' walk"),
("kim-barabai-darat", "11-25 16:00", "Atlet NPCI HST berangkat ke Banjarbaru untuk Peparprov. Ada 14 atlet di cabang atletik, renang dan catur.", "the disabled sports committee's team leaving for a provincial games"),
("kim-hantakan", "11-29 13:00", "Tahun lalu peringatan Hari Disabilitas di HST cuma seremoni di aula. Semoga tahun ini benar-benar ramai dan kawan-kawan dari Hantakan bisa ikut, tapi transportnya bagaimana?", "a wish about last year and transport; no facts"),
],
B=[]),

dict(id="a28", src="dinsos-kalsel", at="11-10 16:00",
title="Dinsos Kalsel Latih 60 Fasilitator Layanan Dukungan Psikososial dari 13 Kabupaten/Kota",
text="""BANJARBARU – Dinas Sosial Provinsi Kalimantan Selatan melatih 60 fasilitator Layanan Dukungan Psikososial (LDP) dari 13 kabupaten/kota di Banjarbaru, Selasa (10/11/2026). Selama tiga hari peserta dari unsur Tagana, pekerja sosial dan relawan belajar menenangkan penyintas bencana, memimpin permainan terapeutik untuk anak dan mengenali tanda trauma berat.

Kepala Seksi Perlindungan Sosial Korban Bencana Sosial Dinsos Kalsel, Hj. Lailatul Fitri, S.Psi., mengatakan kebutuhan pengungsi tidak berhenti pada makanan dan tenda. “Anak yang rumahnya hanyut butuh ruang aman untuk bermain dan bercerita. Fasilitator inilah yang menyiapkan ruang itu,” ujarnya.

Setiap kabupaten/kota kini memiliki sedikitnya empat fasilitator LDP. Dinsos Kalsel juga membagikan 13 kotak permainan terapeutik yang disimpan di dinas sosial setempat. (dinsos/lf)""",
S="Dinsos Kalsel latih 60 fasilitator Layanan Dukungan Psikososial (LDP) dari 13 kabupaten/kota di Banjarbaru mulai 10/11, 3 hari; tiap daerah kini punya minimal 4 fasilitator, plus 13 kotak permainan terapeutik.",
L=None,
P="Korban bancana kada cukup dibari makan wan tenda haja lah, kakanakan nang rumahnya hanyut parlu jua dihibur wan diajak bakisah. Dinsos Kalsel malatih 60 urang fasilitator dukungan psikososial matan 13 kabupaten/kota, tiga hari di Banjarbaru. Tiap daerah dibari kotak parmainan gasan terapi jua. Mantap 🧸",
N=[
("kim-loktabat-utara", "11-13 14:40", "Mahasiswa psikologi di Banjarbaru mengadakan seminar kesehatan mental remaja, 60 pelajar SMA ikut. Materinya tentang cemas menghadapi ujian.", "a student seminar on exam stress; 60 means pupils"),
("kim-pagatan", "11-19 10:10", "Relawan Tagana Tanbu yang baru pulang pelatihan di Banjarbaru berbagi cerita: mereka belajar permainan untuk menenangkan anak-anak pengungsi. Semoga ilmunya tidak perlu sering dipakai.", "a participant's own later story without the release's facts"),
("kim-sungai-besar", "11-10 20:00", "Gedung pelatihan di Jalan A. Yani Km 33 hari ini juga dipakai ujian kompetensi satpam. Jalan di depan gedung padat kendaraan.", "same venue, same day, another event"),
],
B=[]),

dict(id="a29", src="pemkab-tanbu", at="11-14 18:20",
title="85 Anak Penyintas Banjir Kusan Hulu Ikuti Trauma Healing di Teluk Kepayang",
text="""KUSAN HULU – Dinas Sosial Kabupaten Tanah Bumbu bersama Tagana menggelar kegiatan dukungan psikososial bagi 85 anak penyintas banjir di Desa Teluk Kepayang, Kecamatan Kusan Hulu, Sabtu (14/11/2026). Anak-anak diajak menggambar, bernyanyi, bermain peran dan menceritakan pengalaman mereka saat air naik pekan lalu.

Wakil Bupati Tanah Bumbu, H. Bahsanuddin, S.E., yang hadir di lokasi mengatakan banyak anak masih takut tidur ketika hujan turun. “Rumah bisa kita bersihkan dalam sehari, tetapi rasa takut anak perlu waktu. Kegiatan ini akan kami ulang setiap pekan,” ujarnya.

Selain kegiatan anak, Dinsos membagikan 85 paket perlengkapan sekolah dan membuka pos konsultasi bagi orang tua. Kegiatan berikutnya digelar di Desa Karang Mulya pada 21 November. (prokopim-tanbu/bs)""",
S="Dinsos Tanbu dan Tagana gelar trauma healing untuk 85 anak penyintas banjir di Desa Teluk Kepayang, Kusan Hulu (14/11): menggambar, bernyanyi, bermain peran; 85 paket perlengkapan sekolah. Berikutnya Karang Mulya 21/11.",
L=None,
P="Kakanakan Teluk Kepayang nang rumahnya kabanyuan minggu tadi, samalam diajak bagambar, banyanyi, bakisah wan bubuhan Dinsos wan Tagana Tanbu. 85 urang kakanakan, dibari paket alat sakulah jua. Jar Wabup, rumah kawa dibarasihi sahari, tapi takutnya kakanakan parlu waktu. Minggu dudi ka Karang Mulya pulang 🎨",
N=[
("kim-mantewe", "11-21 15:10", "Kegiatan bermain bersama anak-anak korban banjir hari ini pindah ke Desa Karang Mulya. Ada 64 anak yang ikut, relawan juga membuka pojok baca.", "the 21 Nov stop in Karang Mulya with its own count"),
("kim-sungai-danau", "11-16 10:00", "Banjir di Satui mulai surut. Warga membersihkan lumpur dari rumah dan sekolah. Bantuan air bersih datang dari PDAM dengan dua tangki.", "flood clean-up in Satui, no psychosocial activity"),
("kim-batulicin", "11-14 21:00", "Wabup Tanbu H. Bahsanuddin malam ini membuka MTQ tingkat kecamatan di Batulicin. 85 qari dan qariah ikut bertanding.", "same Wabup the same day; 85 contestants"),
],
B=[("kim-mantewe", "11-13 19:30", "Besok relawan dan Tagana katanya mau ke Teluk Kepayang menghibur anak-anak korban banjir. Yang punya buku cerita atau krayon bekas layak pakai bisa dititipkan.", "announcement the evening before the activity")]),

dict(id="a30", src="pemprov-kalsel", at="11-05 16:40",
title="150 TKSK se-Kalsel Ikuti Bimtek Penanganan Kasus Sosial di Banjarbaru",
text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan melalui Dinas Sosial menggelar bimbingan teknis bagi 150 Tenaga Kesejahteraan Sosial Kecamatan (TKSK) se-Kalsel, Kamis (5/11/2026), di Aula Gawi Sabarataan, Banjarbaru. Bimtek dua hari ini membahas penanganan kasus lansia terlantar, anak putus sekolah, korban kekerasan dan warga tanpa dokumen kependudukan.

Sekretaris Daerah Provinsi Kalsel, H. Roy Rizali Anwar, S.STP., M.Si., menyebut TKSK sebagai ujung tombak pemerintah di kecamatan. “Ketika ada warga yang jatuh dan tidak tahu harus mengadu ke mana, TKSK yang pertama mengetuk pintunya,” ujarnya.

Peserta juga dilatih menggunakan aplikasi pelaporan kasus yang terhubung ke dinas sosial kabupaten/kota. Laporan kasus bulanan TKSK akan mulai dievaluasi pada Januari 2027. (biro-adpim/rr)""",
S="Pemprov Kalsel gelar bimtek 150 TKSK se-Kalsel di Aula Gawi Sabarataan, Banjarbaru (5–6/11): penanganan lansia terlantar, anak putus sekolah, korban kekerasan, warga tanpa dokumen; dilatih aplikasi pelaporan kasus.",
L=None,
P="Bubuhan TKSK 150 urang matan sabarataan kecamatan di Kalsel kumpul di Aula Gawi Sabarataan, bimtek dua hari. Balajar manangani kai nini taluntang, kakanakan putus sakulah, korban kakarasan, warga nang kada baisi KTP. Jar Sekda, TKSK nang partama mangatuk lawang amun ada warga nang jatuh 👊",
N=[
("kim-guntung-manggis", "11-05 19:40", "Aula Gawi Sabarataan malam ini dipakai resepsi pernikahan putra seorang pejabat. Parkir meluber ke Jalan Trikora.", "same hall, same evening, a wedding"),
("kim-angkinang", "11-12 10:30", "TKSK Kecamatan Angkinang mendampingi seorang nenek yang tinggal sendiri untuk dirujuk ke rumah sakit. Terima kasih Pak TKSK yang sigap.", "a kecamatan worker's case, not the bimtek"),
("kim-sungai-tabuk-keramat", "11-06 14:00", "Sekda Kalsel H. Roy Rizali Anwar hari ini meninjau panen padi di Sungai Tabuk. Hasilnya 5,2 ton per hektare.", "same Sekda on the bimtek's second day at a harvest"),
],
B=[]),
]
