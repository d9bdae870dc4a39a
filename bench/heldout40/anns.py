# -*- coding: utf-8 -*-
"""heldout40: hand-written releases (part 1: families 1-6, a01-a18).

Each release: id, src, at (Wita), title, slug, paras (3), short (8-20 words), long (own words or None),
para (Banjar / casual paraphrase), looks (look-alikes: region, day offset, text, differs), before (or None).
Regions: kabupaten codes of kims (BJM BJB BJR TLA TPN HSS HST HSU BLG TBL BTL KTB TBU) or None (any).
"""

ANNS = []


def A(**kw):
    ANNS.append(kw)


# ---------------------------------------------------------------- 1 zona integritas (call -> result; kabupaten own)
A(id="a01", src="pemprov-kalsel", at="2026-11-05 15:20", slug="tpi-pemprov-kalsel-mulai-nilai-14-unit-kerja-menuju-wbk-wbbm",
  title="TPI Pemprov Kalsel Mulai Nilai 14 Unit Kerja Menuju WBK/WBBM",
  paras=[
    "BANJARBARU – Tim Penilai Internal (TPI) Pemerintah Provinsi Kalimantan Selatan mulai menilai 14 unit kerja yang diusulkan membangun zona integritas menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM), Kamis (5/11/2026). Penilaian dibuka di Aula Gawi Sabumi dan berlangsung sampai 19 November.",
    "Kepala Biro Organisasi Setdaprov Kalsel, Hj. Rahmi Fitriani, mengatakan setiap unit kerja dinilai pada enam area pengungkit, mulai manajemen perubahan sampai peningkatan kualitas pelayanan. “Tim tidak hanya memeriksa dokumen. Kami datang ke loket, mencoba layanan sebagai warga biasa, dan menanyai pengunjung yang sedang antre,” ujarnya. Tahun ini yang diusulkan antara lain UPT PPD Samsat Martapura, UPTD Balai Latihan Kerja dan tiga rumah sakit milik provinsi.",
    "Unit kerja yang memperoleh nilai minimal 75 akan diusulkan ke Kementerian PANRB paling lambat 30 November untuk penilaian tim nasional. Hasil penilaian internal diumumkan setelah rapat pleno TPI. (biro-org/nr)"],
  short="TPI Pemprov Kalsel menilai 14 unit kerja calon WBK/WBBM, 5–19 November, nilai minimal 75.",
  long="Pemprov Kalsel mulai menilai 14 unit kerja yang mengusulkan diri jadi zona integritas WBK/WBBM. Penilai internal turun langsung ke loket pelayanan sampai 19 November dan menilai enam area pengungkit. Yang nilainya 75 ke atas dikirim ke Kementerian PANRB sebelum 30 November. Di antaranya Samsat Martapura dan BLK provinsi.",
  para="Bubuhan tim penilai provinsi wayahini turun ka loket-loket, umpat bakuriling kaya urang biasa handak baurusan. Ada 14 kantor nang handak jadi WBK/WBBM, dinilai sampai tanggal 19 Nopember. Nang nilainya 75 ka atas haja nang dikirim ka Jakarta. Samsat Martapura gin umpat jua, dangsanak ai 👀",
  looks=[
    ("BJR", 9, "Samsat Martapura hari ini ramai lawan wajib pajak, antrean sampai ke parkiran karena ada gangguan sistem pagi tadi. Petugas minta maaf dan layanan kembali normal jam 10. Sabar ya dangsanak.",
     "same unit (Samsat Martapura) in a service-disruption notice; nothing about the zona integritas assessment"),
    (None, -330, "Kilas balik Desember 2025: tiga unit kerja Pemprov Kalsel meraih predikat WBK dari KemenPANRB, di antaranya UPTD Laboratorium Kesehatan. Semoga tahun depan bertambah.",
     "last year's national WBK award, another edition and another stage (national result, not the internal assessment)"),
    ("BJB", 2, "Aula Gawi Sabumi pagi ini dipakai untuk rapat koordinasi persiapan Hari Jadi Banjarbaru. Para camat dan lurah hadir lengkap.",
     "same venue, another event (hari jadi coordination)")],
  before=("BJB", "Kabarnya minggu depan tim dari Biro Organisasi mau datang ke beberapa kantor layanan provinsi buat penilaian zona integritas. Petugas loket sudah disuruh rapi-rapi ruang tunggu 😅"))

A(id="a02", src="pemprov-kalsel", at="2026-11-23 16:40", slug="9-dari-14-unit-kerja-pemprov-kalsel-lolos-diusulkan-ke-kemenpanrb",
  title="9 dari 14 Unit Kerja Pemprov Kalsel Lolos Diusulkan ke KemenPANRB",
  paras=[
    "BANJARBARU – Rapat pleno Tim Penilai Internal (TPI) Pemprov Kalsel, Senin (23/11/2026), menetapkan sembilan dari 14 unit kerja calon zona integritas lolos diusulkan ke Kementerian PANRB. Nilai tertinggi diraih UPT PPD Samsat Martapura dengan 88,6, disusul UPTD Balai Latihan Kerja dengan 86,2.",
    "Kepala Biro Organisasi Setdaprov Kalsel, Hj. Rahmi Fitriani, menyebut lima unit kerja lain masih lemah pada area penguatan pengawasan dan survei kepuasan pengguna. “Yang belum lolos tidak perlu berkecil hati. Catatan tim sudah kami serahkan satu per satu, dan tahun depan mereka kami dampingi dari awal,” katanya. Rata-rata nilai 14 unit kerja tahun ini 79,3, naik dibanding 2025.",
    "Berkas sembilan unit kerja dikirim ke KemenPANRB sebelum 30 November. Tim penilai nasional dijadwalkan melakukan evaluasi lapangan pada awal 2027. (biro-org/nr)"],
  short="Sembilan unit kerja Pemprov Kalsel lolos ke KemenPANRB, Samsat Martapura tertinggi 88,6.",
  long="Hasil penilaian internal zona integritas Pemprov Kalsel keluar: 9 dari 14 unit kerja lolos dan berkasnya dikirim ke KemenPANRB. Samsat Martapura dapat nilai tertinggi 88,6, BLK provinsi 86,2. Lima unit lain masih lemah di pengawasan dan survei kepuasan, dan akan didampingi tahun depan. Evaluasi tim nasional awal 2027.",
  para="Alhamdulillah, Samsat Martapura dapat nilai paling tinggi, 88,6, di penilaian zona integritas provinsi. Samunyaan ada sanga kantor nang lulus, dikirim ka KemenPANRB. Nang lima kada lulus, kaina diajari pulang tahun dudi. Mudahan kaina pas tim pusat datang, kada malu-maluakan banua kita 🤲",
  looks=[
    (None, 12, "Sertifikat WBK untuk UPTD Laboratorium Kesehatan Kalsel diserahkan ulang dalam apel pagi, setelah tahun lalu diterima di Jakarta. Petugas diingatkan menjaga predikat.",
     "last year's national WBK certificate handed over again; not the 2026 internal result"),
    ("BJR", 4, "UPT Samsat Martapura buka layanan Samsat Keliling di Pasar Martapura hari Kamis–Sabtu minggu ini. Bawa KTP asli dan STNK.",
     "same unit as the top scorer, another activity (mobile tax service)"),
    ("BJB", 1, "Hasil rapat pleno panitia lomba kebersihan kantor lingkup Pemprov: juara 1 Dinas Kesehatan, juara 2 BPKAD. Nilai 88,6 untuk juara pertama.",
     "same figure 88,6 and same kind of plenary, another contest (office cleanliness)")],
  before=None)

A(id="a03", src="pemkab-tabalong", at="2026-11-10 11:05", slug="tabalong-canangkan-zona-integritas-di-12-puskesmas-dan-rsud",
  title="Tabalong Canangkan Zona Integritas di 12 Puskesmas dan RSUD",
  paras=[
    "TANJUNG – Pemerintah Kabupaten Tabalong mencanangkan pembangunan zona integritas di 12 puskesmas dan RSUD H. Badaruddin Kasim, Selasa (10/11/2026), di Pendopo Bersinar. Pencanangan ditandai penandatanganan pakta integritas oleh kepala puskesmas dan direktur rumah sakit, disaksikan Forkopimda.",
    "Wakil Bupati Tabalong, H. Syahrial Noor, meminta pencanangan tidak berhenti di spanduk dan seremoni. “Warga Tabalong tidak menilai dari papan nama WBK. Mereka menilai dari berapa lama menunggu obat dan apakah petugas ramah. Itu yang harus berubah,” tegasnya. Dinas Kesehatan menargetkan semua puskesmas memiliki kotak dan kanal pengaduan yang dibuka setiap Jumat.",
    "Inspektorat akan memantau kemajuan setiap tiga bulan. Unit yang siap pada akhir 2027 diusulkan ke penilaian provinsi. (prokom-tbl/ys)"],
  short="Tabalong canangkan zona integritas di 12 puskesmas dan RSUD Badaruddin Kasim, Selasa 10/11.",
  long="Dua belas puskesmas di Tabalong dan RSUD H. Badaruddin Kasim menandatangani pakta integritas sebagai awal pembangunan zona integritas. Wabup Syahrial Noor minta perubahan terasa di antrean obat dan keramahan petugas, bukan di spanduk. Kotak dan kanal pengaduan dibuka tiap Jumat; Inspektorat memantau tiap tiga bulan.",
  para="Puskesmas di Tabalong wayahini sudah tandatangan pakta integritas, dua walas buah ditambah RSUD. Kata Wabup, jangan wara spanduk haja, nang dinilai urang tu lawas kadanya manunggu ubat lawan petugasnya ramah kah kada. Kotak pangaduan dibuka tiap Jumahat. Ayu ai, kita tagih 😁",
  looks=[
    ("TBL", 0, "Pendopo Bersinar hari ini jadi tempat penyerahan santunan anak yatim dari Baznas Tabalong. Wabup H. Syahrial Noor hadir menyerahkan langsung.",
     "same day, same venue and same official, another event (Baznas charity)"),
    ("TBL", 15, "Puskesmas Jaro buka pelayanan sore mulai Senin depan, jam 14.00–17.00, khusus poli umum dan KIA.",
     "a single puskesmas' own opening-hours notice; no zona integritas"),
    ("TBL", -365, "Arsip November 2025: RSUD H. Badaruddin Kasim menerima akreditasi paripurna. Terima kasih semua tenaga kesehatan.",
     "last year's hospital accreditation, another programme")],
  before=("TBL", "Besok pagi ada acara di Pendopo Bersinar, kepala puskesmas se-Tabalong dikumpulkan, katanya tanda tangan pakta integritas. Nanti admin kabari hasilnya."))

# ---------------------------------------------------------------- 2 survei kepuasan masyarakat (programme -> relay -> own)
A(id="a04", src="pemprov-kalsel", at="2026-11-02 14:10", slug="survei-kepuasan-masyarakat-serentak-di-48-unit-layanan-pemprov",
  title="Survei Kepuasan Masyarakat Serentak di 48 Unit Layanan Pemprov",
  paras=[
    "BANJARMASIN – Pemerintah Provinsi Kalimantan Selatan menggelar survei kepuasan masyarakat (SKM) serentak di 48 unit layanan mulai Senin (2/11/2026) sampai 20 November. Warga yang baru menerima layanan cukup memindai kode QR di meja loket dan mengisi sembilan pertanyaan, mulai dari persyaratan, waktu, biaya hingga penanganan pengaduan.",
    "Plt Kepala Biro Organisasi Setdaprov Kalsel, Ahmad Zaini Rahman, menargetkan 19.200 responden, atau 400 untuk setiap unit. “Isi saja dengan jujur. Kalau lambat, tulis lambat. Nama tidak kami minta, dan hasilnya kami umumkan terbuka,” ujarnya. Kabupaten dan kota juga diajak memakai formulir yang sama agar hasilnya bisa dibandingkan.",
    "Hasil SKM akan dipakai sebagai bahan penilaian kinerja kepala unit dan diumumkan pada Desember. Bagi warga lanjut usia, petugas menyediakan formulir kertas. (biro-org/hs)"],
  short="Survei kepuasan warga di 48 unit layanan Pemprov Kalsel, 2–20 November, cukup pindai QR di loket.",
  long="Sampai 20 November, warga yang selesai berurusan di 48 unit layanan Pemprov Kalsel diminta mengisi survei kepuasan lewat kode QR di loket: sembilan pertanyaan soal syarat, waktu, biaya dan pengaduan. Targetnya 19.200 responden, tanpa nama. Lansia bisa pakai formulir kertas. Hasilnya diumumkan Desember.",
  para="Dangsanak, amun pian habis baurusan di kantor layanan provinsi, pindai haja QR di meja loket tu. Isi sanga pertanyaan, kada usah tulis ngaran. Kata Pak Zaini, amun lambat tulis haja lambat 😂 Sampai tanggal 20 Nopember. Nang sudah bausia dibari karatas.",
  looks=[
    ("BJM", 20, "Survei kepuasan pelanggan PDAM Bandarmasih sedang berjalan, petugas datang ke rumah-rumah di Pekapuran Raya. Mohon dibantu ya warga.",
     "another institution's customer survey (PDAM) door to door; not the Pemprov SKM"),
    (None, -400, "Hasil SKM Pemprov Kalsel 2025: nilai rata-rata 84,1 kategori baik. Terima kasih warga yang sudah mengisi.",
     "last year's SKM result, another edition"),
    ("BJB", 3, "Kode QR baru di loket Disdukcapil dipakai untuk antrean online, bukan survei. Scan dari rumah lalu datang sesuai jam.",
     "same QR-at-the-counter device, another purpose (online queue)")],
  before=None)

A(id="a05", src="pemkot-banjarbaru", at="2026-11-04 10:30", slug="banjarbaru-ikut-survei-kepuasan-provinsi-di-20-kelurahan",
  title="Banjarbaru Ikut Survei Kepuasan Provinsi di 20 Kelurahan",
  paras=[
    "BANJARBARU – Pemerintah Kota Banjarbaru mengikuti survei kepuasan masyarakat (SKM) yang digelar Pemprov Kalsel dengan memasang kode QR di 20 kantor kelurahan dan Mal Pelayanan Publik Banjarbaru, Rabu (4/11/2026). Formulir yang dipakai sama dengan formulir provinsi sehingga hasilnya dapat dibandingkan.",
    "Kepala Bagian Organisasi Setdako Banjarbaru, Dewi Kartikasari, menargetkan 4.000 responden sampai 20 November. “Petugas kelurahan kami minta membantu warga yang tidak memakai ponsel pintar. Tapi petugas tidak boleh ikut memilih jawaban, cukup membacakan,” katanya. Warga juga dapat mengisi survei untuk layanan di puskesmas dan kantor kecamatan.",
    "Hasil survei Banjarbaru akan dibahas bersama camat dan lurah pada pekan pertama Desember. Kelurahan dengan nilai terendah akan didampingi untuk memperbaiki layanan. (humas-bjb/ar)"],
  short="Survei kepuasan di 20 kelurahan dan MPP Banjarbaru, target 4.000 responden sampai 20 November.",
  long="Banjarbaru memasang QR survei kepuasan provinsi di 20 kantor kelurahan dan MPP Banjarbaru. Target 4.000 responden sampai 20 November; petugas boleh membacakan pertanyaan untuk warga tanpa ponsel pintar tapi tidak boleh ikut memilih jawaban. Hasilnya dibahas dengan camat dan lurah awal Desember.",
  para="Kantor kalurahan di Banjarbaru wayahini ada QR survei kepuasan. Pian nang baurusan surat, isi lah, jangan supan. Nang kada baisi hp, petugas mambacaakan haja, tapi jawabannya pian saurang nang mamilih. Target ampat ribu urang sampai 20 Nopember.",
  looks=[
    ("BJB", 16, "MPP Banjarbaru tutup sementara hari Jumat karena pemeliharaan listrik gedung. Layanan dibuka lagi Senin.",
     "same venue (MPP Banjarbaru), a closure notice"),
    ("BJB", 34, "Hasil SKM Kelurahan Guntung Manggis semester II: 87,2 kategori baik. Terima kasih warga atas penilaiannya.",
     "a later stage: a kelurahan's result published in December, not the survey call"),
    ("BJB", -2, "Lurah-lurah se-Banjarbaru ikut rapat di Balai Kota soal pendataan warga miskin ekstrem. Hasilnya disampaikan minggu depan.",
     "same officials at the city hall, another programme (poverty data)")],
  before=("BJB", "Dengar-dengar kantor kelurahan mau dipasangi QR buat survei kepuasan dari provinsi. Ada yang sudah lihat kah?"))

A(id="a06", src="pemkab-hsu", at="2026-11-19 13:45", slug="ikm-rsud-pembalah-batung-semester-ii-81-2-antrean-farmasi-dikeluhkan",
  title="IKM RSUD Pembalah Batung Semester II 81,2, Antrean Farmasi Dikeluhkan",
  paras=[
    "AMUNTAI – Hasil survei kepuasan masyarakat semester II di RSUD Pembalah Batung menunjukkan indeks 81,2 atau kategori baik, diumumkan Kamis (19/11/2026). Survei yang dikelola sendiri oleh rumah sakit itu melibatkan 612 pasien dan keluarga pasien rawat jalan serta rawat inap.",
    "Direktur RSUD Pembalah Batung, dr. Fitri Handayani, mengakui dua keluhan paling banyak adalah antrean obat di instalasi farmasi dan lahan parkir yang sempit. “Kami tidak mau menunggu tahun depan. Mulai Desember apotek rawat jalan buka dua loket tambahan, dan obat pasien kronis bisa diantar,” katanya. Nilai terendah berada pada unsur waktu pelayanan, yakni 72,5.",
    "Rumah sakit berjanji mengumumkan perbaikan yang sudah dilakukan di papan informasi dan media sosial RSUD setiap bulan. Survei semester I 2027 dijadwalkan Mei. (diskominfo-hsu/fn)"],
  short="IKM RSUD Pembalah Batung 81,2; antrean farmasi dikeluhkan, Desember tambah dua loket.",
  long="RSUD Pembalah Batung Amuntai mengumumkan hasil survei kepuasan semester II: indeks 81,2 (baik) dari 612 responden. Keluhan terbanyak antrean obat dan parkir sempit; unsur waktu pelayanan paling rendah, 72,5. Mulai Desember apotek rawat jalan buka dua loket tambahan dan obat pasien kronis bisa diantar.",
  para="RSUD Pembalah Batung dapat nilai 81,2 matan survei pasien. Nang paling banyak dikiuhakan urang: antri ubat lawas banar wan parkiran sampit. Kata dokter Fitri, bulan Disember ditambah dua loket, ubat gasan pasien panyakit lawas kawa diantar ka rumah. Nah mantap, kada usah bacakut di parkiran lagi 😅",
  looks=[
    ("HSU", -20, "RSUD Pembalah Batung buka poli jantung setiap Selasa dan Kamis mulai bulan ini. Daftar lewat aplikasi atau loket.",
     "same hospital, another service (cardiology clinic)"),
    ("HSU", 6, "Puskesmas Sungai Karias umumkan hasil survei kepuasan: 88,0. Terima kasih warga, kritik tetap kami terima.",
     "another unit's own survey result (a puskesmas), different figure"),
    ("HSU", 1, "Antrean farmasi panjang di RSUD Pembalah Batung? Bukan. Ini antrean vaksin ternak di Balai Penyuluhan Amuntai tadi pagi 🐄",
     "same word 'antrean' and town, another event (livestock vaccination)")],
  before=None)

# ---------------------------------------------------------------- 3 kepatuhan standar pelayanan (result -> relay -> own)
A(id="a07", src="diskominfo-kalsel", at="2026-11-10 15:55", slug="sembilan-pemda-di-kalsel-masuk-zona-hijau-kepatuhan-pelayanan-publik",
  title="Sembilan Pemda di Kalsel Masuk Zona Hijau Kepatuhan Pelayanan Publik",
  paras=[
    "BANJARMASIN – Ombudsman RI Perwakilan Kalimantan Selatan mengumumkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2026, Selasa (10/11/2026). Sembilan dari 13 pemerintah kabupaten/kota masuk zona hijau atau kualitas tertinggi, sedangkan empat lainnya berada di zona kuning. Pemprov Kalsel meraih nilai 91,4.",
    "Kepala Perwakilan Ombudsman RI Kalsel, Dr. Hairul Anwar, mengatakan penilaian tahun ini memeriksa 186 unit layanan, termasuk Disdukcapil, DPMPTSP, dinas kesehatan dan dinas sosial. “Masih ada loket yang tidak memasang maklumat pelayanan dan tidak punya sarana untuk penyandang disabilitas. Itu hal dasar yang mudah diperbaiki,” katanya dalam penyerahan hasil di Banjarmasin.",
    "Empat daerah zona kuning diminta menyusun rencana perbaikan dalam 30 hari. Ombudsman akan melakukan pemeriksaan ulang secara acak pada Februari 2027. (mc-kalsel/dn)"],
  short="Ombudsman Kalsel: sembilan kabupaten/kota zona hijau, empat zona kuning, Pemprov nilai 91,4.",
  long="Hasil penilaian kepatuhan pelayanan publik 2026 dari Ombudsman RI Kalsel: dari 13 kabupaten/kota, sembilan zona hijau dan empat zona kuning; Pemprov Kalsel nilai 91,4. Diperiksa 186 unit layanan. Masih ditemukan loket tanpa maklumat pelayanan dan tanpa sarana disabilitas. Zona kuning wajib menyusun rencana perbaikan dalam 30 hari; cek ulang acak Februari 2027.",
  para="Ombudsman Kalsel hudah mengumumakan nilai kepatuhan palayanan. Sanga kabupaten/kota hijau, ampat masih kuning. Provinsi dapat 91,4. Nang jadi catatan: masih ada loket kada mamasang maklumat, kadada jalan gasan kursi roda. Padahal itu gampang haja maulahnya, kata sidin.",
  looks=[
    ("BJM", 7, "Ombudsman Kalsel buka posko pengaduan di Pasar Sentra Antasari hari ini sampai Sabtu. Warga yang punya keluhan layanan publik bisa datang langsung.",
     "same institution, another activity (complaint booth at a market)"),
    (None, -365, "Tahun 2025 Ombudsman menempatkan tujuh kabupaten/kota di Kalsel pada zona hijau. Semoga tahun ini bertambah.",
     "last year's edition with other figures"),
    ("BJM", 0, "Dr. Hairul Anwar jadi narasumber seminar hukum di kampus ULM siang ini, membahas maladministrasi di sekolah.",
     "same official, same day, another event (campus seminar)")],
  before=None)

A(id="a08", src="pemkab-tapin", at="2026-11-13 09:50", slug="zona-kuning-ombudsman-24-opd-tapin-wajib-pasang-maklumat-pelayanan",
  title="Zona Kuning Ombudsman, 24 OPD Tapin Wajib Pasang Maklumat Pelayanan",
  paras=[
    "RANTAU – Menindaklanjuti hasil penilaian kepatuhan Ombudsman RI Perwakilan Kalsel yang menempatkan Tapin di zona kuning dengan nilai 74,8, Pemkab Tapin menggelar rapat perbaikan bersama 24 perangkat daerah, Jumat (13/11/2026), di Aula Rumah Dinas Bupati.",
    "Sekretaris Daerah Tapin, H. Masrani Jamal, memerintahkan setiap OPD yang memberi layanan langsung memasang maklumat pelayanan, standar pelayanan dan alur pengaduan paling lambat 30 November. “Nilai 74,8 itu bukan aib, tapi peringatan. Saya sendiri yang akan keliling mengecek loket satu per satu,” tegasnya. Disdukcapil dan DPMPTSP juga diminta menyediakan kursi roda dan ruang laktasi.",
    "Rencana perbaikan Tapin akan dikirim ke Ombudsman sebelum batas 30 hari. Bagian Organisasi membuka konsultasi setiap hari kerja bagi OPD yang membutuhkan contoh dokumen. (prokom-tapin/ma)"],
  short="Tapin zona kuning 74,8: 24 OPD wajib pasang maklumat pelayanan sebelum 30 November.",
  long="Karena nilai kepatuhan pelayanan dari Ombudsman hanya 74,8 (zona kuning), Sekda Tapin H. Masrani Jamal mengumpulkan 24 OPD. Semua OPD pelayanan wajib memasang maklumat, standar pelayanan dan alur pengaduan sebelum 30 November; Disdukcapil dan DPMPTSP juga harus menyediakan kursi roda dan ruang laktasi. Sekda akan mengecek loket sendiri.",
  para="Tapin masih kuning lah di penilaian Ombudsman, nilai 74,8. Pak Sekda mahabari 24 kantor dinas musti mamasang maklumat palayanan sampai ahir Nopember. Kata sidin, inya saurang nang bakuriling maitihi loket. Nah bubuhan pagawai, bagancang ai 😬",
  looks=[
    ("TPN", 9, "Aula Rumah Dinas Bupati Tapin dipakai untuk pelepasan kafilah MTQ Tapin ke tingkat provinsi. Semoga juara!",
     "same venue, another event (MTQ send-off)"),
    ("TPN", 30, "Ombudsman Kalsel cek acak loket Disdukcapil Tapin hari ini. Maklumat pelayanan sudah terpasang rapi.",
     "a later stage (December spot check) with its own date"),
    ("TPN", 2, "Sekda Tapin H. Masrani Jamal membuka rapat TPID soal harga beras di Rantau. Stok dinilai aman.",
     "same official, another meeting (inflation control)")],
  before=None)

A(id="a09", src="pemkab-kotabaru", at="2026-11-24 14:20", slug="inspektorat-kotabaru-audit-standar-pelayanan-22-puskesmas",
  title="Inspektorat Kotabaru Audit Standar Pelayanan 22 Puskesmas",
  paras=[
    "KOTABARU – Inspektorat Kabupaten Kotabaru menyelesaikan audit mandiri standar pelayanan di 22 puskesmas dan Disdukcapil, Selasa (24/11/2026). Hasilnya, 18 unit sudah lengkap, sementara empat puskesmas di wilayah kepulauan belum memasang maklumat pelayanan dan belum memiliki jalur kursi roda.",
    "Inspektur Kabupaten Kotabaru, Drs. Agus Salim Nasution, menjelaskan audit dilakukan sendiri sebelum penilaian Ombudsman tahun depan. “Kami tidak mau menunggu diperiksa orang luar. Puskesmas di pulau kecil memang punya keterbatasan, tapi papan maklumat dan alur aduan tidak butuh biaya besar,” ujarnya. Empat puskesmas tersebut berada di Pulau Sebuku, Pulau Laut Kepulauan dan Pulau Sembilan.",
    "Empat puskesmas diberi waktu hingga 31 Desember untuk melengkapi kekurangan. Inspektorat akan memeriksa ulang melalui panggilan video dan kunjungan lapangan. (prokom-ktb/sa)"],
  short="Audit standar pelayanan Kotabaru: 18 dari 22 puskesmas lengkap, empat di pulau kecil belum.",
  long="Inspektorat Kotabaru mengaudit sendiri standar pelayanan 22 puskesmas dan Disdukcapil sebelum penilaian Ombudsman. Delapan belas unit lengkap; empat puskesmas di Pulau Sebuku, Pulau Laut Kepulauan dan Pulau Sembilan belum punya maklumat pelayanan dan jalur kursi roda. Batas perbaikan 31 Desember, dicek ulang lewat video dan kunjungan.",
  para="Inspektorat Kotabaru maaudit puskesmas saurang, kada manunggu Ombudsman. Walas buah hudah langkap, ampat di pulau halus balum baisi maklumat lawan jalan kursi roda. Kata Pak Inspektur, papan maklumat tu kada mahal. Dibari waktu sampai 31 Disember.",
  looks=[
    ("KTB", 5, "Puskesmas Pulau Sebuku menerima kapal ambulans baru dari Dinkes. Warga pulau bisa rujuk lebih cepat.",
     "same puskesmas, another programme (sea ambulance)"),
    ("KTB", -9, "Inspektorat Kotabaru periksa pengelolaan dana BOS di 14 SD Pulau Laut Utara minggu ini.",
     "same office, another audit (school funds) earlier in the month"),
    ("KTB", 0, "Hari ini di Kotabaru: Drs. Agus Salim Nasution melantik pengurus Ikatan Auditor Intern daerah. Selamat bertugas.",
     "same official, same day, another event")],
  before=None)

# ---------------------------------------------------------------- 4 gratifikasi Nataru (circular -> relay -> own result)
A(id="a10", src="inspektorat-kalsel", at="2026-11-16 10:25", slug="se-gubernur-asn-pemprov-dilarang-terima-parsel-nataru",
  title="SE Gubernur: ASN Pemprov Dilarang Terima Parsel Nataru",
  paras=[
    "BANJARBARU – Gubernur Kalimantan Selatan menerbitkan surat edaran pencegahan gratifikasi menjelang Natal 2026 dan Tahun Baru 2027, Senin (16/11/2026). Edaran itu melarang 9.600 aparatur sipil negara lingkup Pemprov Kalsel meminta atau menerima parsel, uang, voucher maupun fasilitas yang berkaitan dengan jabatan.",
    "Inspektur Provinsi Kalsel, Ir. H. Syamsul Bahri, menegaskan pemberian yang telanjur diterima wajib dilaporkan kepada Unit Pengendalian Gratifikasi (UPG) paling lambat 30 hari kerja. “Kalau ada kiriman parsel ke rumah, jangan dibuka dulu. Foto, laporkan, nanti UPG yang menentukan. Melapor itu melindungi diri sendiri,” ujarnya. Edaran juga melarang pemakaian mobil dinas untuk mudik dan liburan.",
    "UPG membuka layanan laporan di Kantor Inspektorat dan melalui laman gratifikasi milik KPK. Bupati dan wali kota diminta menerbitkan edaran serupa untuk jajarannya. (insp-kalsel/rf)"],
  short="SE Gubernur: 9.600 ASN Pemprov dilarang terima parsel Nataru; lapor UPG dalam 30 hari kerja.",
  long="Menjelang Natal dan Tahun Baru, Gubernur Kalsel melarang 9.600 ASN Pemprov menerima parsel, uang, voucher atau fasilitas terkait jabatan. Yang telanjur diterima wajib dilaporkan ke Unit Pengendalian Gratifikasi dalam 30 hari kerja, lewat Inspektorat atau laman KPK. Mobil dinas juga dilarang dipakai mudik.",
  para="Bubuhan ASN provinsi, ingat lah: parsel Natal lawan Tahun Baru kada bulih ditarima. Amun tamasuk kiriman ka rumah, jangan dibuka, poto lalu lapurakan ka UPG, 30 hari gawi. Mubil dinas gin kada bulih dibawa bulik kampung. Kata Pak Inspektur, malapur tu malindungi diri saurang 👍",
  looks=[
    (None, -360, "SE larangan gratifikasi Lebaran 2026 dari Gubernur: ASN jangan terima parsel Idulfitri. Laporkan ke UPG.",
     "another edition (Idulfitri circular earlier in the year)"),
    ("BJB", 3, "Inspektorat Kalsel mengadakan senam dan jalan santai dalam rangka HUT KORPRI. Ir. H. Syamsul Bahri melepas peserta.",
     "same office and official, another event (KORPRI fun walk)"),
    ("BJR", 10, "Toko kue di Martapura terima pesanan parsel Natal dan tahun baru. Harga mulai Rp250 ribu, bisa kirim.",
     "shop advertising parcels; nothing about the ban")],
  before=None)

A(id="a11", src="pemkab-banjar", at="2026-11-18 15:35", slug="pemkab-banjar-teruskan-larangan-gratifikasi-nataru-ke-camat-dan-kades",
  title="Pemkab Banjar Teruskan Larangan Gratifikasi Nataru ke Camat dan Kades",
  paras=[
    "MARTAPURA – Pemerintah Kabupaten Banjar meneruskan surat edaran Gubernur Kalsel tentang pencegahan gratifikasi Natal dan Tahun Baru kepada 20 camat dan seluruh kepala desa, Rabu (18/11/2026), dalam rapat koordinasi di Aula Barakat.",
    "Sekretaris Daerah Kabupaten Banjar, H. Ahmad Fauzan Rifai, meminta camat dan kepala desa tidak menerima bingkisan dari rekanan proyek maupun pengusaha menjelang akhir tahun. “Kades juga penyelenggara negara. Bingkisan dari kontraktor jalan desa itu bukan rezeki, itu masalah,” katanya. Pemkab Banjar juga menerbitkan edaran bupati dengan isi yang sama, ditambah larangan memakai kendaraan dinas desa untuk liburan.",
    "Laporan gratifikasi di Kabupaten Banjar diterima UPG di Kantor Inspektorat Martapura. Camat diminta menempelkan edaran di kantor kecamatan dan balai desa sebelum akhir November. (diskominfo-banjar/hr)"],
  short="Banjar teruskan larangan parsel Nataru ke 20 camat dan kades; edaran ditempel di balai desa.",
  long="Sekda Banjar H. Ahmad Fauzan Rifai meneruskan edaran gubernur soal gratifikasi Nataru kepada 20 camat dan para kepala desa di Aula Barakat. Kades tidak boleh menerima bingkisan dari rekanan proyek; mobil dinas desa tidak boleh dipakai liburan. Laporan ke UPG di Inspektorat Martapura; edaran wajib ditempel di kecamatan dan balai desa.",
  para="Pambakal-pambakal di Kabupaten Banjar diingatakan Pak Sekda: bingkisan matan kontraktor jalan desa tu lain rajaki, itu masalah! Edaran gubernur larangan parsel Nataru diterusakan ka 20 camat. Mubil dinas desa kada bulih dibawa bajalanan. Tempel edarannya di balai desa, ujar sidin.",
  looks=[
    ("BJR", 0, "Aula Barakat Martapura sore ini dipakai untuk rapat persiapan Haul Guru Sekumpul bersama camat se-Kabupaten Banjar.",
     "same venue, same day, the same camat, another agenda (haul preparation)"),
    ("BJR", -30, "Pemkab Banjar gelar bimtek pengelolaan keuangan desa untuk bendahara desa di Martapura, Oktober lalu.",
     "same audience (villages), another earlier programme"),
    ("BJR", 5, "Kades Sungai Alang mengumumkan pembagian sembako dari donatur untuk warga lansia di balai desa. Bukan dari kontraktor ya 😄",
     "a village's charity distribution; no circular")],
  before=None)

A(id="a12", src="pemkab-balangan", at="2026-11-27 11:15", slug="upg-balangan-terima-tujuh-laporan-gratifikasi-senilai-rp11-4-juta",
  title="UPG Balangan Terima Tujuh Laporan Gratifikasi Senilai Rp11,4 Juta",
  paras=[
    "PARINGIN – Unit Pengendalian Gratifikasi (UPG) Kabupaten Balangan menerima tujuh laporan gratifikasi sepanjang 2026 dengan nilai total Rp11,4 juta. Rekapitulasi itu disampaikan Inspektorat Balangan, Jumat (27/11/2026), dalam rapat evaluasi pengendalian gratifikasi di Paringin.",
    "Inspektur Kabupaten Balangan, Hj. Normiati Yusran, menyebut barang yang dilaporkan berupa parsel makanan, voucher belanja dan satu jam tangan. Lima parsel yang mudah rusak sudah diserahkan ke panti asuhan dan pondok pesantren, sedangkan voucher dan jam tangan diteruskan ke KPK. “Tujuh laporan itu sedikit, tapi artinya pegawai mulai berani melapor. Dulu nol,” ujarnya.",
    "Inspektorat Balangan akan menggelar sosialisasi tambahan bagi bendahara dan pejabat pengadaan pada Desember. Pegawai yang melapor dijamin kerahasiaannya. (diskominfo-blg/nm)"],
  short="UPG Balangan terima 7 laporan gratifikasi 2026 senilai Rp11,4 juta; parsel diserahkan ke panti.",
  long="Sepanjang 2026 Unit Pengendalian Gratifikasi Balangan menerima tujuh laporan senilai Rp11,4 juta: parsel makanan, voucher belanja dan sebuah jam tangan. Lima parsel sudah diberikan ke panti asuhan dan pesantren, voucher dan jam tangan diteruskan ke KPK. Inspektur Hj. Normiati Yusran: tahun-tahun sebelumnya nol laporan.",
  para="Di Balangan tahun ini ada pitu laporan gratifikasi, Rp11,4 juta. Ada parsel, voucher, sampai jam tangan. Parsel nang kawa busuk dibari ka panti asuhan wan pondok, jamnya dikirim ka KPK. Kata Bu Inspektur, bahari nol, wayahini pagawai sudah wani malapur. Nah kaya itu pang 👏",
  looks=[
    ("BLG", 4, "Bazar amal Dharma Wanita Balangan, hasil penjualan untuk panti asuhan di Paringin. Terima kasih yang sudah belanja!",
     "charity for the same panti asuhan, another source (bazar)"),
    ("BLG", -345, "Desember 2025: Inspektorat Balangan bentuk UPG dan lantik pengurusnya. Belum ada laporan masuk.",
     "last year's formation of the unit, an earlier step"),
    ("BLG", 0, "Rapat evaluasi pengendalian inflasi Balangan digelar di Paringin hari ini. Harga cabai turun.",
     "same day and town, another evaluation meeting")],
  before=None)

# ---------------------------------------------------------------- 5 LHKPN (call -> result; kabupaten own)
A(id="a13", src="inspektorat-kalsel", at="2026-11-03 09:40", slug="186-pejabat-baru-belum-lapor-lhkpn-inspektorat-buka-klinik",
  title="186 Pejabat Baru Belum Lapor LHKPN, Inspektorat Buka Klinik",
  paras=[
    "BANJARBARU – Inspektorat Provinsi Kalimantan Selatan membuka klinik pengisian e-LHKPN bagi 186 pejabat yang baru dilantik dan belum menyampaikan laporan harta kekayaan, Selasa (3/11/2026). Klinik berlangsung setiap hari kerja sampai 13 November di ruang rapat lantai II Kantor Inspektorat.",
    "Inspektur Pembantu Wilayah I, Hj. Nurhasanah Iskandar, mengatakan dari 2.340 wajib lapor di lingkungan Pemprov, kepatuhan baru 92 persen karena banyak pejabat hasil mutasi September. “Bawa NPWP, buku tabungan, BPKB dan sertifikat tanah. Satu jam biasanya selesai, asal datanya lengkap,” katanya. Petugas KPK juga akan hadir secara daring pada 6 November untuk menjawab pertanyaan.",
    "Pejabat yang belum melapor sampai batas waktu akan mendapat teguran tertulis dari Sekretaris Daerah. Hasil kepatuhan diumumkan akhir November. (insp-kalsel/hn)"],
  short="Klinik e-LHKPN Inspektorat Kalsel 3–13 November untuk 186 pejabat baru yang belum lapor.",
  long="Kepatuhan LHKPN di Pemprov Kalsel baru 92 persen dari 2.340 wajib lapor, karena 186 pejabat hasil mutasi September belum melapor. Inspektorat membuka klinik e-LHKPN setiap hari kerja 3–13 November; bawa NPWP, buku tabungan, BPKB dan sertifikat. KPK hadir daring 6 November. Yang terlambat ditegur tertulis oleh Sekda.",
  para="Pajabat baru di provinsi nang balum malapur harta, ada 186 urang, ayu ka klinik LHKPN di Inspektorat, sampai 13 Nopember. Bawa NPWP, buku tabungan, BPKB, sertipikat. Sajam haja tuntung amun langkap. Nang kada malapur kaina ditegur Sekda, kisahnya 😅",
  looks=[
    (None, -220, "Batas lapor LHKPN periodik 31 Maret sudah lewat. Inspektorat mencatat kepatuhan tahap periodik 2026 sebesar 97 persen.",
     "the periodic reporting round earlier in the year, another stage"),
    ("BJB", 8, "Klinik konsultasi pajak SPT Tahunan dibuka KPP Pratama Banjarbaru untuk ASN. Datang saja bawa bukti potong.",
     "another kind of clinic for civil servants (tax), not LHKPN"),
    ("BJB", 1, "Ruang rapat lantai II Kantor Inspektorat Kalsel dipakai untuk ekspose hasil audit BLUD rumah sakit hari ini.",
     "same room, another programme")],
  before=None)

A(id="a14", src="inspektorat-kalsel", at="2026-11-26 14:50", slug="klinik-lhkpn-tuntas-171-pejabat-melapor-15-ditegur",
  title="Klinik LHKPN Tuntas, 171 Pejabat Melapor, 15 Ditegur",
  paras=[
    "BANJARBARU – Klinik pengisian e-LHKPN yang dibuka Inspektorat Provinsi Kalsel pada 3–13 November membuat 171 dari 186 pejabat baru menyampaikan laporan harta kekayaannya. Rekap itu diumumkan Kamis (26/11/2026), sekaligus menaikkan kepatuhan LHKPN lingkup Pemprov menjadi 99,4 persen.",
    "Inspektur Pembantu Wilayah I, Hj. Nurhasanah Iskandar, menyebut 15 pejabat yang belum melapor sudah diberi teguran tertulis dari Sekretaris Daerah. “Sebagian besar terkendala data kendaraan lama dan tanah warisan yang belum balik nama. Itu kami dampingi, tapi batasnya tetap 15 Desember,” katanya. Klinik menerima 412 kunjungan, termasuk pejabat yang hanya berkonsultasi.",
    "Nama pejabat yang belum melapor setelah 15 Desember akan diteruskan kepada Gubernur untuk diberi sanksi sesuai aturan kepegawaian. (insp-kalsel/hn)"],
  short="Hasil klinik LHKPN: 171 dari 186 pejabat baru melapor, kepatuhan Pemprov 99,4 persen.",
  long="Setelah klinik e-LHKPN 3–13 November, 171 dari 186 pejabat baru Pemprov Kalsel sudah melaporkan hartanya dan kepatuhan naik menjadi 99,4 persen. Lima belas pejabat lainnya ditegur tertulis oleh Sekda dan diberi batas 15 Desember. Kendalanya data kendaraan lama dan tanah warisan. Klinik menerima 412 kunjungan.",
  para="Klinik LHKPN di Inspektorat sudah tuntung. Matan 186 pajabat hanyar, 171 sudah malapur, kapatuhan jadi 99,4 parsen. Nang lima walas urang ditegur Sekda, dibari waktu sampai 15 Disember. Banyak nang tasangkut tanah warisan balum babalik ngaran, kisahnya.",
  looks=[
    (None, 17, "Kepatuhan LHKPN anggota DPRD Kalsel masih 80 persen, kata KPK dalam rapat di Banjarmasin.",
     "another group (DPRD members) and another figure, a later report"),
    ("BJB", 2, "412 peserta ikut jalan sehat HUT KORPRI di halaman Kantor Gubernur. Ada doorprize sepeda!",
     "same figure 412 with another meaning (fun walk participants)"),
    ("BJB", -1, "Inspektorat Kalsel rapat dengan BPK soal jadwal pemeriksaan interim LKPD 2026.",
     "same office a day earlier, another agenda")],
  before=None)

A(id="a15", src="pemkab-hss", at="2026-11-11 13:20", slug="inspektorat-hss-dampingi-412-asn-isi-lhkpn-dan-lhkasn",
  title="Inspektorat HSS Dampingi 412 ASN Isi LHKPN dan LHKASN",
  paras=[
    "KANDANGAN – Inspektorat Kabupaten Hulu Sungai Selatan mendampingi 412 aparatur sipil negara mengisi laporan harta kekayaan, Rabu (11/11/2026). Pendampingan untuk LHKPN bagi pejabat dan LHKASN bagi pegawai lainnya digelar di Aula Kantor Inspektorat HSS selama tiga hari, 11–13 November.",
    "Inspektur Kabupaten HSS, H. Rusdiansyah Effendi, mengatakan kepala puskesmas, kepala sekolah dan bendahara menjadi prioritas karena tingkat kepatuhannya paling rendah. “Yang paling sering keliru itu mengisi nilai tanah. Pakai NJOP atau harga pasar yang wajar, jangan dikosongkan,” jelasnya. Peserta dibagi ke dalam empat sesi sehari dan membawa laptop masing-masing.",
    "Inspektorat HSS menargetkan kepatuhan 100 persen sebelum akhir Desember. Pegawai yang berhalangan dapat berkonsultasi melalui layanan daring Inspektorat. (prokom-hss/ru)"],
  short="Inspektorat HSS dampingi 412 ASN isi LHKPN/LHKASN, 11–13 November di Kandangan.",
  long="Selama 11–13 November Inspektorat HSS mendampingi 412 ASN mengisi LHKPN dan LHKASN, dengan kepala puskesmas, kepala sekolah dan bendahara sebagai prioritas. Kekeliruan paling sering: nilai tanah dikosongkan; pakai NJOP atau harga pasar wajar. Target kepatuhan 100 persen akhir Desember.",
  para="Bubuhan pagawai HSS, ampat ratus dua walas urang, didampingi Inspektorat maisi laporan harta, 11 sampai 13 Nopember di Kandangan. Kapala sakulah wan kapala puskesmas didahuluakan. Pasan Pak Inspektur: nilai tanah jangan dikosongakan, bawa laptop saurang-saurang!",
  looks=[
    ("HSS", 0, "Aula Kantor Inspektorat HSS hari ini juga dipakai untuk pelatihan operator SIPD bagi bendahara desa. Ramai banar.",
     "same venue and day, another training (SIPD operators)"),
    ("HSS", 21, "Inspektorat Tapin umumkan kepatuhan LHKASN 96 persen, pegawai yang belum melapor diminta segera mengisi.",
     "another kabupaten's (Tapin) report, another figure"),
    ("HSS", -4, "Kepala sekolah se-Kecamatan Simpur dikumpulkan untuk rapat persiapan ANBK SD. Bawa laptop masing-masing.",
     "same audience (heads of schools) and 'bawa laptop', another programme")],
  before=("HSS", "Info: Rabu sampai Jumat ada pendampingan isi LHKASN di Inspektorat HSS. Kepsek dan bendahara wajib datang, bawa laptop. Jadwal sesi menyusul."))

# ---------------------------------------------------------------- 6 Saber Pungli (province -> relay -> own)
A(id="a16", src="pemprov-kalsel", at="2026-11-12 16:05", slug="upp-saber-pungli-kalsel-terima-38-aduan-tiga-kasus-ke-aph",
  title="UPP Saber Pungli Kalsel Terima 38 Aduan, Tiga Kasus ke APH",
  paras=[
    "BANJARMASIN – Unit Pemberantasan Pungutan Liar (UPP) Saber Pungli Provinsi Kalimantan Selatan menerima 38 pengaduan sepanjang Januari–Oktober 2026. Dalam rapat evaluasi, Kamis (12/11/2026), disebutkan 21 aduan sudah selesai ditindaklanjuti, 14 masih diklarifikasi dan tiga kasus dilimpahkan ke aparat penegak hukum.",
    "Wakil Ketua III UPP Saber Pungli Kalsel, Hj. Nurul Aini, mengatakan aduan terbanyak menyangkut pungutan di sekolah, pengurusan surat tanah dan layanan di pelabuhan. “Aduan tanpa nama tetap kami proses, asal ada tempat, waktu dan kronologinya,” ujarnya. UPP juga menyiapkan sosialisasi di 10 titik layanan publik sampai Desember bersama UPP kabupaten/kota.",
    "Warga dapat melapor melalui kanal aduan di laman resmi Pemprov Kalsel atau datang ke sekretariat UPP di Kantor Inspektorat. (biro-hukum/na)"],
  short="Saber Pungli Kalsel terima 38 aduan Januari–Oktober; 21 selesai, tiga kasus ke APH.",
  long="UPP Saber Pungli Kalsel mencatat 38 pengaduan Januari–Oktober 2026: 21 selesai, 14 masih diklarifikasi, tiga dilimpahkan ke aparat penegak hukum. Terbanyak soal pungutan sekolah, surat tanah dan pelabuhan. Aduan tanpa nama tetap diproses bila jelas tempat, waktu dan kronologinya. Sosialisasi di 10 titik layanan sampai Desember.",
  para="Saber Pungli provinsi tahun ini manarima 38 aduan. Talu kasus sudah dibawa ka aparat hukum, 21 tuntung. Nang rancak dilapurakan: pungutan di sakulah, urusan surat tanah, wan di palabuhan. Kada baisi ngaran gin kawa malapur, asal jalas di mana, bila, wan kaya apa kisahnya.",
  looks=[
    ("BJM", -200, "Satgas Saber Pungli Kota Banjarmasin OTT juru parkir liar di kawasan Pasar Lama, April lalu.",
     "an earlier Banjarmasin case, another event"),
    ("BJM", 3, "Pungutan uang perpisahan di salah satu SD dikeluhkan wali murid, sekolah sudah membatalkan setelah rapat komite.",
     "a school fee complaint settled by the school committee; not the UPP evaluation"),
    (None, 0, "Rapat evaluasi program Sekolah Rakyat tingkat provinsi digelar hari ini di Banjarmasin, dihadiri Hj. Nurul Aini.",
     "same official, same day, another evaluation")],
  before=None)

A(id="a17", src="pemkab-tanah-bumbu", at="2026-11-17 12:30", slug="upp-saber-pungli-tanbu-pasang-25-spanduk-tolak-pungli-di-pelabuhan-batulicin",
  title="UPP Saber Pungli Tanbu Pasang 25 Spanduk Tolak Pungli di Pelabuhan Batulicin",
  paras=[
    "BATULICIN – Unit Pemberantasan Pungli (UPP) Kabupaten Tanah Bumbu menindaklanjuti program sosialisasi UPP Saber Pungli Provinsi Kalsel dengan memasang 25 spanduk dan papan “Tolak Pungli” di Pelabuhan Batulicin dan kantor Samsat, Selasa (17/11/2026). Sebanyak 60 petugas pelabuhan, juru parkir dan pegawai Samsat juga mendapat pembekalan.",
    "Sekretaris UPP Saber Pungli Tanbu, M. Rafiq Hidayat, mengatakan pelabuhan dipilih karena tiga dari aduan yang masuk ke provinsi menyangkut biaya tambahan saat naik kapal. “Tiket ya tiket. Kalau ada yang minta uang rokok untuk bongkar muat motor, foto dan laporkan,” katanya. Spanduk memuat kanal pengaduan dan tarif resmi pelabuhan.",
    "Sosialisasi berikutnya digelar di Pasar Batulicin dan Mal Pelayanan Publik Tanbu pada awal Desember. (diskominfo-tanbu/rh)"],
  short="Tanbu pasang 25 spanduk Tolak Pungli di Pelabuhan Batulicin dan Samsat; 60 petugas dibekali.",
  long="Melanjutkan program Saber Pungli provinsi, UPP Tanbu memasang 25 spanduk dan papan Tolak Pungli di Pelabuhan Batulicin dan kantor Samsat, lengkap dengan tarif resmi dan kanal aduan. Enam puluh petugas pelabuhan, juru parkir dan pegawai Samsat dibekali. Pungutan uang rokok saat bongkar muat motor diminta difoto dan dilaporkan.",
  para="Di Palabuhan Batulicin wayahini ada 25 spanduk Tolak Pungli. Amun ada nang minta duit rukuk gasan manaikakan muturan ka kapal, poto haja, lapurakan. Tikit ya tikit, ujar Pak Rafiq. Anam puluh petugas sudah dibari pambakalan.",
  looks=[
    ("TBU", 2, "Jadwal kapal Batulicin–Kotabaru berubah minggu ini karena cuaca. Cek pengumuman di loket pelabuhan.",
     "same port, ship schedule change"),
    ("TBU", 16, "Sosialisasi Tolak Pungli di Pasar Batulicin pagi ini, pedagang dibagi stiker.",
     "the next step (market socialisation in December) with its own date"),
    ("TBU", -6, "Polres Tanbu pasang spanduk larangan balap liar di Jalan Transmigrasi Batulicin.",
     "banners of another campaign (street racing)")],
  before=("TBU", "Besok ada kegiatan di Pelabuhan Batulicin, katanya tim Saber Pungli datang pasang spanduk. Petugas diminta kumpul jam 8."))

A(id="a18", src="pemkab-hst", at="2026-11-23 15:10", slug="saber-pungli-hst-ingatkan-169-kades-soal-pungutan-surat-tanah",
  title="Saber Pungli HST Ingatkan 169 Kades soal Pungutan Surat Tanah",
  paras=[
    "BARABAI – UPP Saber Pungli Kabupaten Hulu Sungai Tengah mengumpulkan 169 kepala desa dalam sosialisasi pencegahan pungutan liar, Senin (23/11/2026), di Gedung Murakata. Sosialisasi difokuskan pada pengurusan surat keterangan tanah dan surat pengantar yang kerap dikeluhkan warga.",
    "Ketua UPP Saber Pungli HST, H. Fahrurrazi, menjelaskan desa boleh memungut biaya hanya jika diatur dalam peraturan desa dan ada tanda terimanya. “Uang ‘tanda terima kasih’ dua ratus ribu untuk tanda tangan surat tanah itu pungli, walaupun warga memberi dengan ikhlas,” tegasnya. Dari tujuh aduan di HST tahun ini, lima menyangkut surat tanah.",
    "Setiap desa diminta memasang daftar biaya resmi di balai desa sebelum 31 Desember. UPP akan mengecek secara acak pada Januari 2027. (diskominfo-hst/fz)"],
  short="Saber Pungli HST kumpulkan 169 kades: biaya surat tanah harus ada perdes dan tanda terima.",
  long="UPP Saber Pungli HST mengingatkan 169 kepala desa di Gedung Murakata bahwa pungutan hanya sah jika diatur perdes dan ada tanda terima. 'Tanda terima kasih' Rp200 ribu untuk tanda tangan surat tanah termasuk pungli. Lima dari tujuh aduan tahun ini soal surat tanah. Daftar biaya resmi wajib dipasang di balai desa sebelum 31 Desember.",
  para="Pambakal sa-HST dikumpulakan di Gedung Murakata. Pasannya: duit 'tarima kasih' dua ratus ribu gasan tandatangan surat tanah tu pungli ngarannya, biar warga mambari ikhlas. Biaya nang resmi musti ada di perdes, ditempel di balai desa sabalum ahir tahun.",
  looks=[
    ("HST", 0, "Gedung Murakata sore ini: pelantikan pengurus KONI HST periode baru. Selamat!",
     "same venue and day, another event"),
    ("HST", 40, "UPP Saber Pungli cek daftar biaya di balai desa Haruyan, sudah terpasang rapi.",
     "the later spot check (January) with its own date"),
    ("HST", -12, "Sosialisasi PTSL di Desa Pagat: pengukuran tanah gratis, warga hanya menyiapkan patok dan materai.",
     "land certification programme; another topic about land papers")],
  before=None)
