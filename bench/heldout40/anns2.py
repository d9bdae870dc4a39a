# -*- coding: utf-8 -*-
"""heldout40: hand-written releases (part 2: families 7-12, a19-a36). Same fields as anns.py."""
from anns import A

# ---------------------------------------------------------------- 7 evaluasi SAKIP (release -> result; kabupaten own)
A(id="a19", src="inspektorat-kalsel", at="2026-11-04 11:30", slug="inspektorat-evaluasi-akip-52-perangkat-daerah-hingga-20-november",
  title="Inspektorat Evaluasi AKIP 52 Perangkat Daerah hingga 20 November",
  paras=[
    "BANJARBARU – Inspektorat Provinsi Kalimantan Selatan mulai mengevaluasi akuntabilitas kinerja instansi pemerintah (AKIP) di 52 perangkat daerah, Rabu (4/11/2026). Evaluasi berlangsung hingga 20 November melalui telaah dokumen dan wawancara dengan kepala perangkat daerah.",
    "Inspektur Provinsi Kalsel, Ir. H. Syamsul Bahri, menjelaskan evaluasi menilai apakah anggaran benar-benar membiayai sasaran yang dijanjikan dalam perjanjian kinerja. “Pertanyaannya sederhana: uang sudah habis, lalu apa yang berubah di masyarakat? Kalau jawabannya hanya ‘kegiatan terlaksana’, nilainya pasti rendah,” katanya. Tahun lalu rata-rata nilai AKIP perangkat daerah Pemprov 77,42 dengan predikat BB.",
    "Hasil evaluasi akan diumumkan akhir November dan menjadi bahan penyusunan perjanjian kinerja 2027. Perangkat daerah diminta menyiapkan data capaian triwulan III. (insp-kalsel/sb)"],
  short="Evaluasi AKIP 52 perangkat daerah Pemprov Kalsel, 4–20 November; tahun lalu rata-rata 77,42.",
  long="Inspektorat Kalsel mengevaluasi akuntabilitas kinerja 52 perangkat daerah sampai 20 November lewat telaah dokumen dan wawancara kepala dinas. Yang ditanya: anggaran sudah habis, apa yang berubah di masyarakat. Rata-rata tahun lalu 77,42 (BB). Hasilnya akhir November, jadi bahan perjanjian kinerja 2027.",
  para="Kapala dinas di provinsi wayahini ditakuni Inspektorat: duit hudah habis, napa nang barubah di masyarakat? Amun jawabnya 'kagiatan tarlaksana' haja, nilainya randah, ujar Pak Inspektur. Evaluasi AKIP 52 dinas sampai 20 Nopember. Tahun tadi rata-rata 77,42.",
  looks=[
    (None, -380, "Hasil evaluasi SAKIP 2025 dari KemenPANRB: Pemprov Kalsel predikat BB. Terima kasih seluruh perangkat daerah.",
     "last year's national result"),
    ("BJB", 6, "Wawancara calon kepala sekolah penggerak digelar di Banjarbaru pekan ini, 52 peserta ikut seleksi.",
     "same figure 52 and 'wawancara', another selection"),
    ("BJB", 0, "Ir. H. Syamsul Bahri menyerahkan bantuan korban kebakaran di Kelurahan Loktabat Utara mewakili Gubernur siang tadi.",
     "same official, same day, another event")],
  before=None)

A(id="a20", src="inspektorat-kalsel", at="2026-11-25 16:15", slug="hasil-evaluasi-akip-11-perangkat-daerah-pemprov-raih-predikat-a",
  title="Hasil Evaluasi AKIP: 11 Perangkat Daerah Pemprov Raih Predikat A",
  paras=[
    "BANJARBARU – Inspektorat Provinsi Kalsel mengumumkan hasil evaluasi akuntabilitas kinerja 52 perangkat daerah, Rabu (25/11/2026). Sebanyak 11 perangkat daerah meraih predikat A, 33 predikat BB dan delapan predikat B. Rata-rata nilai naik menjadi 79,06 dari 77,42 tahun lalu.",
    "Nilai tertinggi diraih Dinas Perindustrian dan Perdagangan dengan 84,7, disusul Dinas Ketahanan Pangan 83,9. Inspektur Provinsi Kalsel, Ir. H. Syamsul Bahri, mengatakan delapan perangkat daerah predikat B umumnya belum menghubungkan kegiatan dengan indikator sasaran. “Kami tidak mengumumkan ini untuk mempermalukan siapa pun. Catatan perbaikan kami kirim minggu ini, dan kami dampingi sampai perjanjian kinerja 2027 diteken,” ujarnya.",
    "Rekomendasi evaluasi wajib ditindaklanjuti paling lambat Februari 2027. Hasil ini juga dilaporkan kepada Gubernur sebagai bahan penilaian kinerja kepala perangkat daerah. (insp-kalsel/sb)"],
  short="AKIP Pemprov Kalsel: 11 perangkat daerah predikat A, rata-rata 79,06; Disperindag tertinggi 84,7.",
  long="Evaluasi akuntabilitas kinerja 2026 selesai: dari 52 perangkat daerah Pemprov Kalsel, 11 predikat A, 33 BB dan 8 B, rata-rata 79,06 (tahun lalu 77,42). Disperindag tertinggi 84,7, Dinas Ketahanan Pangan 83,9. Yang predikat B belum menghubungkan kegiatan dengan sasaran; rekomendasi wajib ditindaklanjuti sampai Februari 2027.",
  para="Hasil evaluasi kinerja dinas-dinas provinsi sudah kaluar: sawalas dapat A, 33 BB, walu masih B. Nang paling tinggi Disperindag 84,7. Rata-rata naik jadi 79,06. Kata Pak Inspektur, kada handak mampermalukan siapa-siapa, nang B kaina didampingi.",
  looks=[
    (None, 20, "KemenPANRB umumkan hasil evaluasi RB 2026, Kalsel naik ke kategori A. Info lengkap menyusul.",
     "a later national result of another evaluation (reformasi birokrasi)"),
    ("BJB", 3, "Disperindag Kalsel gelar pasar murah di halaman kantornya, beras SPHP Rp62 ribu per 5 kg.",
     "the top-scoring office in another activity (cheap market)"),
    ("BJB", -2, "84,7 persen peserta didik SMA di Banjarbaru sudah ikut ANBK gelombang pertama, kata panitia.",
     "same figure 84,7 with another meaning")],
  before=("BJB", "Katanya besok hasil evaluasi SAKIP dinas-dinas provinsi diumumkan. Ada yang tahu jam berapa? Penasaran dinas mana yang dapat A 😁"))

A(id="a21", src="pemkab-tanah-laut", at="2026-11-09 10:40", slug="38-opd-tala-ikuti-bimtek-cascading-kinerja",
  title="38 OPD Tala Ikuti Bimtek Cascading Kinerja",
  paras=[
    "PELAIHARI – Pemkab Tanah Laut menggelar bimbingan teknis cascading dan pohon kinerja untuk 38 organisasi perangkat daerah, Senin (9/11/2026), di Balairung Tuntung Pandang. Bimtek diikuti sekretaris dan kepala subbagian perencanaan setiap OPD selama dua hari.",
    "Asisten Administrasi Umum Setda Tanah Laut, Hj. Siti Rahmah Juwita, mengatakan nilai AKIP Tala tahun lalu 71,3 atau BB dan ditargetkan naik pada evaluasi 2027. “Sering kali indikator kinerja dinas tidak nyambung dengan visi bupati. Pohon kinerja membantu melihat kegiatan mana yang tidak berbuah,” ujarnya. Narasumber berasal dari BPKP Perwakilan Kalsel dan Inspektorat.",
    "Setiap OPD wajib menyerahkan pohon kinerja yang sudah direvisi paling lambat 4 Desember sebelum penyusunan perjanjian kinerja 2027. (kominfo-tala/sr)"],
  short="Bimtek pohon kinerja untuk 38 OPD Tala di Balairung Tuntung Pandang; revisi dikumpul 4 Desember.",
  long="Sekretaris dan perencana dari 38 OPD Tanah Laut mengikuti bimtek cascading dan pohon kinerja dua hari di Balairung Tuntung Pandang, dengan narasumber BPKP dan Inspektorat. AKIP Tala tahun lalu 71,3 (BB). Pohon kinerja revisi wajib diserahkan sebelum 4 Desember untuk perjanjian kinerja 2027.",
  para="Bubuhan parencana matan 38 dinas di Tala baajar maulah pohon kinerja di Tuntung Pandang, dua hari. Ujar Bu Asisten, rancak indikator dinas kada nyambung lawan visi bupati, jadi kagiatan nang kada babuah kaina kalihatan. Nilai tahun tadi 71,3. Dikumpulakan 4 Disember.",
  looks=[
    ("TLA", 0, "Balairung Tuntung Pandang hari ini juga ramai: pameran UMKM Tala Berkarya di halaman depan.",
     "same venue and day, another event"),
    ("TLA", 25, "OPD Tala kumpulkan pohon kinerja revisi hari ini, Bappeda mulai menyusun perjanjian kinerja 2027.",
     "the next step (submission in December) reported later"),
    ("TLA", -360, "November 2025: BPKP latih auditor Inspektorat Tala soal reviu RKA. Arsip kegiatan.",
     "last year's training by the same narasumber, another topic")],
  before=None)

# ---------------------------------------------------------------- 8 tindak lanjut temuan (province -> relay -> own)
A(id="a22", src="inspektorat-kalsel", at="2026-11-06 14:25", slug="tindak-lanjut-rekomendasi-bpk-di-pemprov-kalsel-capai-87-6-persen",
  title="Tindak Lanjut Rekomendasi BPK di Pemprov Kalsel Capai 87,6 Persen",
  paras=[
    "BANJARBARU – Tindak lanjut rekomendasi hasil pemeriksaan (TLHP) BPK di lingkungan Pemprov Kalsel mencapai 87,6 persen dari 1.284 rekomendasi. Capaian itu dipaparkan dalam rapat percepatan TLHP, Jumat (6/11/2026), yang diikuti bendahara dan pejabat pengadaan 52 perangkat daerah.",
    "Inspektur Provinsi Kalsel, Ir. H. Syamsul Bahri, meminta rekomendasi yang menyangkut kelebihan bayar proyek segera diselesaikan. “Sisa rekomendasi paling banyak soal kekurangan volume pekerjaan. Rekanan sudah kami surati, dan yang tidak menyetor akan diteruskan ke majelis TPTGR,” katanya. Target Pemprov mencapai 92 persen sebelum pemantauan semester II bersama BPK pada 15 Desember.",
    "Perangkat daerah yang tidak menyerahkan bukti tindak lanjut dalam dua pekan akan dipanggil langsung oleh Sekretaris Daerah. (insp-kalsel/sb)"],
  short="TLHP BPK Pemprov Kalsel 87,6 persen dari 1.284 rekomendasi; target 92 persen 15 Desember.",
  long="Dari 1.284 rekomendasi BPK, Pemprov Kalsel sudah menindaklanjuti 87,6 persen. Sisanya terutama kelebihan bayar proyek karena kekurangan volume; rekanan yang tidak menyetor diteruskan ke majelis TPTGR. Target 92 persen sebelum pemantauan bersama BPK 15 Desember. OPD yang lalai dua pekan dipanggil Sekda.",
  para="Rekomendasi BPK di provinsi hudah ditindaklanjuti 87,6 parsen, matan 1.284. Nang tasisa rata-rata proyek kurang volume. Kontraktor sudah disurati, amun kada manyetor, dibawa ka majelis TPTGR. Target 92 parsen sabalum 15 Disember.",
  looks=[
    ("BJB", 30, "BPK Perwakilan Kalsel dan Inspektorat gelar pemantauan TLHP semester II di Banjarbaru hari ini.",
     "the later monitoring step on 15 December with its own date"),
    ("BJB", -8, "Bendahara pengeluaran 52 perangkat daerah Pemprov ikut bimtek pajak pengadaan di Banjarbaru.",
     "same audience (52 OPD treasurers), another training"),
    (None, -300, "LHP BPK atas LKPD Kalsel 2025 diserahkan, Pemprov kembali WTP. Rekomendasi tetap harus ditindaklanjuti.",
     "an earlier step: the audit report and opinion, not the follow-up figures")],
  before=None)

A(id="a23", src="pemkab-batola", at="2026-11-16 16:30", slug="majelis-tptgr-batola-tagih-rp1-18-miliar-dari-14-pihak",
  title="Majelis TPTGR Batola Tagih Rp1,18 Miliar dari 14 Pihak",
  paras=[
    "MARABAHAN – Sejalan dengan percepatan tindak lanjut temuan yang digelar Pemprov Kalsel, Majelis Tuntutan Perbendaharaan dan Tuntutan Ganti Rugi (TPTGR) Kabupaten Barito Kuala menggelar sidang, Senin (16/11/2026). Majelis menetapkan pengembalian kerugian daerah Rp1,18 miliar dari 14 pihak, terdiri atas rekanan proyek dan mantan pegawai.",
    "Sekretaris Daerah Batola sekaligus Ketua Majelis TPTGR, H. Zulkifli Anshari, mengatakan sebagian pihak memilih mencicil. “Ada yang sudah menyetor lunas hari ini, ada yang minta cicilan 12 bulan. Kami izinkan, tapi dengan jaminan,” ujarnya. Dengan sidang ini, tindak lanjut rekomendasi BPK di Batola mencapai 89 persen.",
    "Pihak yang tidak menyetor sesuai jadwal akan diserahkan ke Kejaksaan Negeri Batola sebagai jaksa pengacara negara. (diskominfo-batola/za)"],
  short="Majelis TPTGR Batola tetapkan pengembalian Rp1,18 miliar dari 14 pihak; TLHP jadi 89 persen.",
  long="Sidang Majelis TPTGR Barito Kuala menetapkan 14 pihak, rekanan proyek dan mantan pegawai, mengembalikan kerugian daerah Rp1,18 miliar. Sebagian lunas, sebagian mencicil 12 bulan dengan jaminan. Tindak lanjut rekomendasi BPK di Batola naik menjadi 89 persen; yang tidak menyetor diserahkan ke Kejari sebagai jaksa pengacara negara.",
  para="Di Batola ada 14 urang, kontraktor wan bekas pagawai, musti mambulikakan duit daerah Rp1,18 miliar. Ada nang hudah lunas, ada nang mancicil dua walas bulan. Amun kada manyetor, dibawa ka Kejaksaan. Tindak lanjut BPK di Batola jadi 89 parsen.",
  looks=[
    ("BTL", 0, "Sekda Batola H. Zulkifli Anshari membuka Festival Jukung di Marabahan sore ini.",
     "same official and day, another event"),
    ("BTL", 12, "Kejari Batola terima penyerahan SKU dari Pemkab untuk tagihan tunggakan retribusi pasar.",
     "same prosecutor's office as lawyer of the state, another debt (market fees)"),
    ("BTL", -5, "Rekanan proyek jalan Marabahan–Anjir diminta menambah lapisan aspal karena kurang tebal, kata pengawas.",
     "project quality complaint, no TPTGR session")],
  before=None)

A(id="a24", src="pemkot-banjarmasin", at="2026-11-20 10:55", slug="inspektorat-banjarmasin-serahkan-lhp-52-kelurahan-64-temuan-administrasi",
  title="Inspektorat Banjarmasin Serahkan LHP 52 Kelurahan, 64 Temuan Administrasi",
  paras=[
    "BANJARMASIN – Inspektorat Kota Banjarmasin menyerahkan laporan hasil pemeriksaan (LHP) reguler 2026 kepada 52 kelurahan, Jumat (20/11/2026), di Aula Kayuh Baimbai Balai Kota. Pemeriksaan menemukan 64 temuan administrasi, sebagian besar menyangkut bukti belanja dan buku kas yang tidak tertib.",
    "Inspektur Kota Banjarmasin, Hj. Lailatul Fitriah, menegaskan tidak ada temuan yang menimbulkan kerugian daerah. “Ini temuan kecil, tapi kalau dibiarkan bisa jadi besar. Kuitansi tanpa stempel toko, pajak belum disetor, itu yang paling banyak,” katanya. Kelurahan dengan temuan terbanyak tercatat di Kecamatan Banjarmasin Selatan.",
    "Lurah diberi waktu 60 hari untuk menindaklanjuti rekomendasi. Inspektorat membuka konsultasi setiap Selasa bagi bendahara kelurahan. (diskominfo-bjm/lf)"],
  short="LHP Inspektorat Banjarmasin untuk 52 kelurahan: 64 temuan administrasi, tindak lanjut 60 hari.",
  long="Inspektorat Banjarmasin menyerahkan LHP reguler 2026 ke 52 kelurahan di Aula Kayuh Baimbai: 64 temuan administrasi, tanpa kerugian daerah. Paling banyak kuitansi tanpa stempel dan pajak belum disetor; temuan terbanyak di Banjarmasin Selatan. Lurah punya 60 hari; konsultasi bendahara tiap Selasa.",
  para="Kalurahan di Banjarmasin dapat rapot matan Inspektorat: 64 tamuan, tapi kadada karugian daerah. Rata-rata kwitansi kada bastempel, pajak balum disetor. Banjarmasin Selatan paling banyak. Lurah dibari 60 hari. Bandahara, Salasa datang ai ka Inspektorat batakun 😊",
  looks=[
    ("BJM", 0, "Aula Kayuh Baimbai hari ini: penyerahan hadiah lomba kampung bersih tingkat kota. Selamat untuk RT pemenang!",
     "same venue and day, another ceremony"),
    ("BJM", 14, "Kelurahan Basirih Selatan sudah menyetor pajak belanja yang tertunda dan merapikan buku kas, kata lurahnya di rapat RT.",
     "a kelurahan's own later step, reported by the lurah; not the release"),
    ("BJM", -40, "Inspektorat Banjarmasin mulai memeriksa kelurahan, Oktober. Mohon bendahara siapkan dokumen.",
     "the earlier step (start of the audit in October)")],
  before=None)

# ---------------------------------------------------------------- 9 inovasi pelayanan (call -> winners; city own)
A(id="a25", src="brida-kalsel", at="2026-11-02 09:15", slug="pendaftaran-anugerah-inovasi-banua-2026-dibuka-hingga-13-november",
  title="Pendaftaran Anugerah Inovasi Banua 2026 Dibuka hingga 13 November",
  paras=[
    "BANJARBARU – Badan Riset dan Inovasi Daerah (Brida) Provinsi Kalimantan Selatan membuka pendaftaran Anugerah Inovasi Banua 2026, Senin (2/11/2026). Pendaftaran berlangsung hingga Jumat (13/11/2026) untuk empat kategori: perangkat daerah provinsi, kabupaten/kota, desa/kelurahan, dan masyarakat umum.",
    "Kepala Brida Kalsel, Dr. Ir. Bambang Suryadi, mengatakan inovasi yang didaftarkan harus sudah berjalan minimal enam bulan dan memiliki bukti manfaat. “Kami tidak mencari ide di atas kertas. Kami mencari layanan yang sudah memotong antrean, menghemat ongkos warga atau menjangkau kampung terpencil,” katanya. Total hadiah Rp120 juta disiapkan untuk 12 pemenang.",
    "Inovasi yang lolos seleksi administrasi akan dipresentasikan di depan juri pada 18–19 November. Pemenang diumumkan akhir November. (brida-kalsel/bs)"],
  short="Anugerah Inovasi Banua 2026: daftar sampai 13 November, empat kategori, hadiah Rp120 juta.",
  long="Brida Kalsel membuka Anugerah Inovasi Banua 2026 sampai 13 November untuk OPD provinsi, kabupaten/kota, desa/kelurahan dan masyarakat. Syaratnya inovasi sudah jalan minimal enam bulan dengan bukti manfaat. Presentasi juri 18–19 November, pemenang akhir bulan; total hadiah Rp120 juta untuk 12 pemenang.",
  para="Nah, nang baisi inovasi palayanan, daptarakan ka Anugerah Inovasi Banua, sampai 13 Nopember. Ampat kategori, desa gin bulih umpat. Hadiahnya Rp120 juta gasan 12 juara. Tapi ingat, musti hudah bajalan anam bulan, lain wara ide di karatas haja.",
  looks=[
    (None, -350, "Pemenang Anugerah Inovasi Banua 2025: Kelurahan Kemuning dengan layanan surat online. Selamat!",
     "last year's winners, another edition"),
    ("BJB", 5, "Lomba karya tulis ilmiah remaja Brida Kalsel dibuka untuk pelajar SMA. Hadiah total Rp30 juta.",
     "same agency, another contest (student papers)"),
    ("BJB", 9, "Kemendagri buka pendaftaran Innovative Government Award 2027. Pemda diminta unggah data inovasi di indeks inovasi daerah.",
     "a national award of another organiser")],
  before=None)

A(id="a26", src="brida-kalsel", at="2026-11-27 15:45", slug="jemput-bola-lansia-hatungun-juara-anugerah-inovasi-banua-2026",
  title="Jemput Bola Lansia Hatungun Juara Anugerah Inovasi Banua 2026",
  paras=[
    "BANJARMASIN – Layanan “Jemput Bola Lansia” Puskesmas Hatungun, Kabupaten Tapin, menjadi juara kategori kabupaten/kota Anugerah Inovasi Banua 2026. Pemenang diumumkan Brida Kalsel, Jumat (27/11/2026), di Gedung Mahligai Pancasila, setelah 96 inovasi yang mendaftar dinilai juri.",
    "Kategori perangkat daerah provinsi dimenangkan “Samsat Subuh” UPT PPD Samsat Banjarbaru, kategori desa/kelurahan oleh “Surat Kilat Desa” Desa Sungai Alang, Kabupaten Banjar, dan kategori masyarakat oleh aplikasi jadwal klotok “Jukung Info” karya pemuda Tabunganen. Kepala Brida Kalsel, Dr. Ir. Bambang Suryadi, mengatakan juri terkesan karena banyak inovasi lahir dari keluhan warga. “Inovasi Hatungun sederhana: perawat datang ke rumah lansia membawa obat bulanan. Tapi dampaknya nyata,” ujarnya.",
    "Dua belas pemenang menerima total hadiah Rp120 juta dan akan diikutkan dalam lomba inovasi tingkat nasional 2027. (brida-kalsel/bs)"],
  short="Juara Anugerah Inovasi Banua 2026: Jemput Bola Lansia Puskesmas Hatungun, Tapin.",
  long="Dari 96 inovasi, juara Anugerah Inovasi Banua 2026 diumumkan di Mahligai Pancasila: 'Jemput Bola Lansia' Puskesmas Hatungun (kabupaten/kota), 'Samsat Subuh' Samsat Banjarbaru (OPD provinsi), 'Surat Kilat Desa' Sungai Alang (desa) dan aplikasi 'Jukung Info' pemuda Tabunganen (masyarakat). Hadiah total Rp120 juta untuk 12 pemenang; mereka maju ke tingkat nasional 2027.",
  para="Puskesmas Hatungun juara Anugerah Inovasi Banua! Parawatnya datang ka rumah urang tuha mambawa ubat bulanan, sadarhana haja tapi tarasa banar. Desa Sungai Alang umpat juara lawan Surat Kilat Desa, pemuda Tabunganen lawan aplikasi jadwal klotok. Salamat lah, bangga kita 🏆",
  looks=[
    ("TPN", 6, "Puskesmas Hatungun buka posyandu lansia di Desa Batu Hapu setiap Rabu pertama. Ada cek tensi dan gula darah.",
     "same puskesmas, another service"),
    ("BJM", 0, "Gedung Mahligai Pancasila malam ini: gala dinner HUT PGRI Kalsel. Guru-guru berprestasi diberi penghargaan.",
     "same venue and day, another award night"),
    ("BTL", 10, "Pemuda Tabunganen bikin grup info jadwal klotok di WA, biar warga tidak ketinggalan. Silakan gabung.",
     "the youth's own group notice, no mention of the award")],
  before=("TPN", "Dengar-dengar puskesmas Hatungun masuk nominasi lomba inovasi provinsi. Jumat diumumkan katanya, mudahan juara!"))

A(id="a27", src="pemkot-banjarmasin", at="2026-11-19 11:20", slug="gelar-inovasi-pelayanan-publik-banjarmasin-tampilkan-64-inovasi",
  title="Gelar Inovasi Pelayanan Publik Banjarmasin Tampilkan 64 Inovasi",
  paras=[
    "BANJARMASIN – Pemerintah Kota Banjarmasin membuka Gelar Inovasi Pelayanan Publik di halaman Balai Kota, Kamis (19/11/2026). Selama tiga hari hingga 21 November, 64 inovasi dari perangkat daerah, puskesmas, sekolah dan kelurahan dipamerkan kepada warga.",
    "Wali Kota Banjarmasin, H. Ikhsan Budiman, meminta setiap stan tidak hanya memajang banner. “Warga yang datang harus bisa mencoba. Kalau inovasinya layanan surat online, ajari warga membuatnya di stan itu juga,” ujarnya. Pengunjung dapat memilih inovasi favorit melalui kotak suara, dan tiga inovasi terbanyak dipilih akan dikembangkan ke semua kecamatan.",
    "Pameran buka pukul 08.00–16.00 Wita dan gratis. Hasil pilihan warga diumumkan pada penutupan, Sabtu (21/11/2026). (diskominfo-bjm/ib)"],
  short="Gelar Inovasi Pelayanan Publik Banjarmasin, 64 inovasi di Balai Kota, 19–21 November.",
  long="Tiga hari, 19–21 November, Pemkot Banjarmasin memamerkan 64 inovasi pelayanan dari OPD, puskesmas, sekolah dan kelurahan di halaman Balai Kota. Wali Kota minta stan bisa dicoba warga, bukan sekadar banner. Pengunjung memilih favorit lewat kotak suara; tiga terbanyak dikembangkan ke semua kecamatan. Gratis, 08.00–16.00.",
  para="Ayuja ka Balai Kota Banjarmasin, ada 64 inovasi palayanan dipamerakan sampai Sabtu. Kawa dicuba langsung, kada wara banner. Pilih nang pian katuju di kotak suara, talu nang paling banyak dipilih kaina dipakai di samunyaan kacamatan. Gratis, jam walu sampai ampat sore.",
  looks=[
    ("BJM", 2, "Halaman Balai Kota Banjarmasin ramai lomba mewarnai PAUD Sabtu pagi, ratusan anak ikut.",
     "same venue during the exhibition days, another event"),
    ("BJM", -365, "Tahun lalu Gelar Inovasi Banjarmasin diikuti 41 inovasi. Tahun ini lebih banyak kah?",
     "last year's edition, other figure"),
    ("BJM", 9, "Inovasi 'Lurah Menyapa' Kelurahan Teluk Dalam mulai diterapkan, lurah keliling RT setiap Kamis malam.",
     "a kelurahan's own innovation in practice, not the exhibition")],
  before=None)

# ---------------------------------------------------------------- 10 dialog pengaduan warga (event -> follow-up result; another kabupaten own)
A(id="a28", src="pemkab-tanah-laut", at="2026-11-07 17:10", slug="bupati-mendengar-di-jorong-tampung-46-aduan-warga",
  title="Bupati Mendengar di Jorong Tampung 46 Aduan Warga",
  paras=[
    "JORONG – Program dialog pengaduan “Bupati Mendengar” digelar di Balai Desa Asam Asam, Kecamatan Jorong, Sabtu (7/11/2026). Dalam tiga jam, Bupati Tanah Laut menampung 46 aduan warga, paling banyak soal jalan rusak (17), air bersih (9) dan administrasi kependudukan (8).",
    "Bupati Tanah Laut, H. Rahmat Hidayat, langsung meminta kepala dinas yang hadir menjawab di tempat. “Yang bisa selesai hari ini, selesaikan hari ini. Yang butuh anggaran, saya minta jawaban tertulis dalam 14 hari,” katanya. Disdukcapil membuka layanan di lokasi dan mencetak 23 KTP elektronik serta 11 kartu keluarga pada hari yang sama.",
    "Setiap aduan dicatat dengan nomor registrasi agar warga dapat memantau perkembangannya. Bupati Mendengar berikutnya dijadwalkan di Kecamatan Kintap pada Desember. (kominfo-tala/rh)"],
  short="Bupati Mendengar di Asam Asam, Jorong: 46 aduan, jalan rusak terbanyak; jawaban tertulis 14 hari.",
  long="Dialog 'Bupati Mendengar' di Balai Desa Asam Asam, Jorong, menampung 46 aduan dalam tiga jam: jalan rusak 17, air bersih 9, adminduk 8. Bupati H. Rahmat Hidayat meminta yang butuh anggaran dijawab tertulis dalam 14 hari. Disdukcapil mencetak 23 KTP-el dan 11 KK di tempat. Setiap aduan diberi nomor registrasi.",
  para="Tadi di Balai Desa Asam Asam ada Bupati Mandangar. Ampat puluh anam aduan warga, paling banyak jalan rusak. Kata Pak Bupati, nang kawa tuntung hari ini, tuntungakan; nang parlu duit, dijawab 14 hari. KTP gin langsung dicitak di situ, 23 lambar. Mantap jar 👍",
  looks=[
    ("TLA", 30, "Bupati Mendengar digelar di Kecamatan Kintap hari ini, warga antusias menyampaikan aduan jalan dan listrik.",
     "the next edition in another kecamatan (Kintap, December)"),
    ("TLA", 0, "Balai Desa Asam Asam sore ini dipakai untuk posyandu balita dan pemberian makanan tambahan.",
     "same village and day, another activity"),
    ("TLA", -365, "Bupati Mendengar perdana 2025 di Kecamatan Takisung menampung 38 aduan.",
     "last year's first edition, other place and figure")],
  before=("TLA", "Besok Sabtu Bupati datang ke Asam Asam, acara Bupati Mendengar di balai desa. Yang mau menyampaikan aduan siapkan KTP dan fotokopi KK."))

A(id="a29", src="pemkab-tanah-laut", at="2026-11-23 13:35", slug="31-dari-46-aduan-bupati-mendengar-jorong-tuntas",
  title="31 dari 46 Aduan Bupati Mendengar Jorong Tuntas",
  paras=[
    "PELAIHARI – Sebanyak 31 dari 46 aduan yang disampaikan warga dalam program Bupati Mendengar di Desa Asam Asam, Kecamatan Jorong, sudah tuntas ditindaklanjuti. Rekap itu disampaikan Bagian Organisasi Setda Tanah Laut, Senin (23/11/2026), tepat 16 hari setelah dialog.",
    "Kepala Bagian Organisasi Setda Tanah Laut, Nor Aidah Rahmi, merinci aduan yang tuntas antara lain penambalan jalan desa sepanjang 600 meter, perbaikan pipa air bersih di dua RT dan penerbitan 34 dokumen kependudukan. “Lima belas aduan lain butuh anggaran besar, seperti pengaspalan jalan ke Simpang Empat Sumpol. Itu sudah masuk usulan APBD 2027, dan warga bisa cek nomor aduannya,” jelasnya.",
    "Warga yang belum puas dengan jawaban dapat mengajukan keberatan ke Bagian Organisasi dalam 14 hari. (kominfo-tala/na)"],
  short="Tindak lanjut Bupati Mendengar Jorong: 31 dari 46 aduan tuntas, 15 masuk usulan APBD 2027.",
  long="Enam belas hari setelah Bupati Mendengar di Asam Asam, 31 dari 46 aduan sudah tuntas: jalan desa 600 meter ditambal, pipa air dua RT diperbaiki, 34 dokumen kependudukan terbit. Lima belas aduan yang butuh anggaran besar, misalnya aspal ke Simpang Empat Sumpol, masuk usulan APBD 2027. Keberatan bisa diajukan 14 hari.",
  para="Aduan warga Asam Asam wayah Bupati Mandangar tadi, 31 hudah tuntung. Jalan ditambal anam ratus meter, pipa banyu dibaiki, dukumen kependudukan 34 talah tabit. Nang lima walas parlu duit ganal, masuk APBD 2027. Nomor aduan kawa dicek, dangsanak.",
  looks=[
    ("TLA", 4, "Penambalan jalan poros Desa Kurau dikerjakan PUPR Tala minggu ini, pengendara diminta hati-hati.",
     "road patching in another village by the same office"),
    ("TLA", -3, "31 pelajar Tala ikut seleksi Paskibraka tingkat provinsi untuk 2027. Doakan lolos.",
     "same figure 31, another meaning"),
    ("TLA", 11, "Rapat Banggar DPRD Tala bahas usulan APBD 2027, beberapa jalan desa masuk prioritas.",
     "budget talks in general, later, no mention of the complaints")],
  before=None)

A(id="a30", src="pemkab-batola", at="2026-11-20 16:50", slug="jumat-bakisah-di-tabunganen-bupati-batola-terima-28-aduan",
  title="Jumat Bakisah di Tabunganen, Bupati Batola Terima 28 Aduan",
  paras=[
    "TABUNGANEN – Bupati Barito Kuala menggelar dialog pengaduan “Jumat Bakisah” usai salat Jumat di Masjid Jami Tabunganen Muara, Jumat (20/11/2026). Sebanyak 28 aduan disampaikan warga, di antaranya air PDAM yang sering mati, jadwal kapal penyeberangan dan listrik padam.",
    "Bupati Barito Kuala, Hj. Nurlela Zainuddin, meminta Perumda Air Minum dan Dinas Perhubungan memberi jawaban dalam tujuh hari. “Warga Tabunganen jauh dari Marabahan. Jangan sampai mereka harus datang ke kantor bupati hanya untuk bertanya kapan air mengalir,” ujarnya. Pemkab juga akan menempatkan satu petugas penghubung pengaduan di kantor kecamatan.",
    "Jumat Bakisah digelar bergiliran di 17 kecamatan setiap bulan. Edisi berikutnya direncanakan di Kecamatan Kuripan. (diskominfo-batola/nz)"],
  short="Jumat Bakisah di Tabunganen: Bupati Batola terima 28 aduan, PDAM dan kapal; jawaban 7 hari.",
  long="Usai salat Jumat di Masjid Jami Tabunganen Muara, Bupati Batola Hj. Nurlela Zainuddin menerima 28 aduan warga dalam dialog 'Jumat Bakisah': air PDAM sering mati, jadwal kapal penyeberangan, listrik padam. Perumda Air Minum dan Dishub harus menjawab dalam tujuh hari; petugas penghubung aduan ditempatkan di kantor kecamatan.",
  para="Imbah Jumahatan di Tabunganen Muara, Bu Bupati bakisah lawan warga. 28 aduan, rata-rata banyu PDAM rancak mati, jadwal kapal, lampu padam. PDAM wan Dishub dibari tujuh hari gasan manjawab. Kaina ada petugas di kantor camat, jadi kada usah jauh-jauh ka Marabahan.",
  looks=[
    ("BTL", 0, "Masjid Jami Tabunganen Muara: santunan anak yatim dari jamaah usai Jumatan hari ini.",
     "same mosque and day, another activity"),
    ("BTL", 28, "Jumat Bakisah di Kecamatan Kuripan, warga minta perbaikan dermaga.",
     "the next edition in another kecamatan (Kuripan)"),
    ("BTL", 2, "PDAM Batola: gangguan pompa di IPA Tabunganen, air mati sampai malam. Mohon maaf.",
     "a utility outage notice, not the dialogue")],
  before=("BTL", "Nanti Jumat Bu Bupati ke Tabunganen, ada Jumat Bakisah habis salat Jumat. Siapkan keluhan PDAM nya warga 😅"))

# ---------------------------------------------------------------- 11 uji kompetensi JF (call -> result; kabupaten own)
A(id="a31", src="bkd-kalsel", at="2026-11-03 14:05", slug="640-asn-ikuti-uji-kompetensi-kenaikan-jenjang-jabatan-fungsional",
  title="640 ASN Ikuti Uji Kompetensi Kenaikan Jenjang Jabatan Fungsional",
  paras=[
    "BANJARBARU – Badan Kepegawaian Daerah Provinsi Kalimantan Selatan menggelar uji kompetensi kenaikan jenjang jabatan fungsional bagi 640 aparatur sipil negara pada 9–13 November. Jadwal dan pembagian sesi diumumkan Selasa (3/11/2026) melalui laman BKD.",
    "Kepala BKD Kalsel, H. Iwan Syahrani, menyebut peserta terdiri atas guru SMA/SMK, perawat, pranata komputer, analis kebijakan dan penyuluh. Ujian memakai sistem CAT di UPT Asesmen Kompetensi Banjarbaru dengan empat sesi setiap hari. “Tidak ada titipan dan tidak ada bocoran. Nilai langsung muncul di layar begitu peserta selesai,” tegasnya. Peserta wajib hadir 45 menit sebelum sesi dan membawa KTP.",
    "Hasil uji kompetensi diumumkan paling lambat 18 November. Peserta yang lulus diusulkan kenaikan jenjangnya mulai 1 Januari 2027. (bkd-kalsel/is)"],
  short="Uji kompetensi kenaikan jenjang 640 ASN fungsional, 9–13 November, CAT di Banjarbaru.",
  long="BKD Kalsel menguji 640 ASN fungsional (guru SMA/SMK, perawat, pranata komputer, analis kebijakan, penyuluh) untuk kenaikan jenjang pada 9–13 November dengan CAT di UPT Asesmen Kompetensi Banjarbaru. Nilai langsung tampil di layar; hadir 45 menit lebih awal membawa KTP. Hasil paling lambat 18 November.",
  para="Guru, parawat, panyuluh nang handak naik jenjang, ujian kompetensi 9 sampai 13 Nopember di Banjarbaru, 640 urang. Pakai CAT, nilai langsung kaluar di layar. Kata Pak Kepala BKD, kadada titipan, kadada bocoran. Datang 45 menit sabalumnya, bawa KTP.",
  looks=[
    (None, -60, "Jadwal seleksi PPPK tahap II Kalsel diumumkan BKN, ujian CAT di Banjarmasin.",
     "another selection (PPPK recruitment), another organiser"),
    ("BJB", 10, "UPT Asesmen Kompetensi Banjarbaru dipakai untuk tes seleksi calon Paskibraka minggu ini.",
     "same venue, another test"),
    (None, -365, "Uji kompetensi jabatan fungsional tahun lalu diikuti 512 ASN, kelulusan 85 persen.",
     "last year's edition")],
  before=None)

A(id="a32", src="bkd-kalsel", at="2026-11-18 15:30", slug="571-dari-640-asn-lulus-uji-kompetensi-jabatan-fungsional",
  title="571 dari 640 ASN Lulus Uji Kompetensi Jabatan Fungsional",
  paras=[
    "BANJARBARU – Sebanyak 571 dari 640 aparatur sipil negara dinyatakan lulus uji kompetensi kenaikan jenjang jabatan fungsional yang digelar BKD Kalsel pada 9–13 November. Hasil diumumkan Rabu (18/11/2026), dengan tingkat kelulusan 89,2 persen.",
    "Kepala BKD Kalsel, H. Iwan Syahrani, mengatakan kelulusan tertinggi pada jabatan perawat (94 persen) dan terendah pada analis kebijakan (71 persen). “Yang belum lulus jangan patah semangat. Kami buka ujian ulang pada Februari, dan modul latihannya bisa diunduh dari sekarang,” ujarnya. Sebanyak 69 peserta yang belum lulus berhak ikut ujian ulang tanpa mendaftar kembali.",
    "Kenaikan jenjang peserta yang lulus diusulkan ke BKN dan berlaku mulai 1 Januari 2027. (bkd-kalsel/is)"],
  short="571 dari 640 ASN lulus ujikom jenjang fungsional (89,2 persen); 69 ujian ulang Februari.",
  long="Hasil uji kompetensi kenaikan jenjang BKD Kalsel: 571 dari 640 ASN lulus (89,2 persen). Perawat paling tinggi 94 persen, analis kebijakan paling rendah 71 persen. Enam puluh sembilan peserta yang belum lulus ikut ujian ulang Februari tanpa daftar ulang. Kenaikan jenjang berlaku 1 Januari 2027.",
  para="Hasil ujian naik jenjang hudah kaluar: 571 matan 640 lulus. Parawat paling banyak lulus, 94 parsen; analis kebijakan paling sadikit. Nang 69 balum lulus jangan baputus asa, Pebruari ujian pulang, modul kawa diunduh wayahini.",
  looks=[
    (None, 8, "Pengumuman kelulusan Latsar CPNS angkatan IV Pemprov Kalsel: 118 peserta lulus.",
     "another training result (basic training of new civil servants)"),
    ("BJB", 1, "571 warga Banjarbaru ikut vaksinasi influenza gratis di Lapangan Murjani kemarin.",
     "same figure 571, another meaning"),
    ("TLA", 12, "Perawat RSUD Hadji Boejasin ikut pelatihan BTCLS selama tiga hari.",
     "perawat in another training, no ujikom")],
  before=None)

A(id="a33", src="pemkab-kotabaru", at="2026-11-12 10:10", slug="120-perawat-dan-bidan-puskesmas-kepulauan-ikut-uji-kompetensi-di-kotabaru",
  title="120 Perawat dan Bidan Puskesmas Kepulauan Ikut Uji Kompetensi di Kotabaru",
  paras=[
    "KOTABARU – BKPSDM Kabupaten Kotabaru menggelar uji kompetensi kenaikan jenjang bagi 120 perawat dan bidan dari puskesmas kepulauan, Kamis (12/11/2026), di Aula RSUD Kotabaru. Ujian diselenggarakan di Kotabaru agar peserta dari Pulau Sebuku, Pulau Laut Kepulauan dan Pulau Sembilan tidak perlu menyeberang ke Banjarbaru.",
    "Kepala BKPSDM Kotabaru, Hj. Yuliani Mastura, mengatakan Pemkab menanggung ongkos kapal peserta. “Dulu perawat dari pulau harus meninggalkan puskesmas tiga hari untuk ujian. Sekarang cukup satu hari, pelayanan tidak kosong,” ujarnya. Ujian terdiri atas tes tertulis dan praktik keterampilan klinis yang dinilai asesor dari Poltekkes.",
    "Hasil uji diumumkan dalam dua pekan. Peserta yang lulus diusulkan naik jenjang mulai April 2027. (prokom-ktb/ym)"],
  short="Ujikom 120 perawat dan bidan puskesmas kepulauan digelar di RSUD Kotabaru, ongkos kapal ditanggung.",
  long="BKPSDM Kotabaru menguji 120 perawat dan bidan puskesmas kepulauan di Aula RSUD Kotabaru supaya mereka tidak perlu ke Banjarbaru; ongkos kapal dari Pulau Sebuku, Pulau Laut Kepulauan dan Pulau Sembilan ditanggung Pemkab. Tes tertulis dan praktik klinis dinilai asesor Poltekkes. Hasil dua pekan lagi, naik jenjang April 2027.",
  para="Parawat wan bidan matan pulau-pulau di Kotabaru kada usah lagi manyubarang ka Banjarbaru gasan ujian naik jenjang. Saratus dua puluh urang diuji di RSUD Kotabaru, ungkos kapal ditanggung Pemkab. Sahari haja, puskesmas kada kosong. Nyaman kalu 😊",
  looks=[
    ("KTB", 0, "Aula RSUD Kotabaru hari ini juga jadi tempat pertemuan kader posyandu se-kecamatan Pulau Laut Utara.",
     "same venue and day, another meeting"),
    ("KTB", 15, "Hasil ujikom perawat Kotabaru diumumkan di papan BKPSDM, cek nama masing-masing.",
     "the later result notice with its own date, no release content"),
    ("KTB", -10, "Kapal perintis ke Pulau Sembilan berangkat Senin, warga dan petugas puskesmas diminta tepat waktu.",
     "ferry schedule for the same islands")],
  before=None)

# ---------------------------------------------------------------- 12 redistribusi guru ASN (province -> kabupaten own x2)
A(id="a34", src="disdikbud-kalsel", at="2026-11-06 10:50", slug="disdikbud-kalsel-redistribusi-214-guru-asn-ke-61-sekolah",
  title="Disdikbud Kalsel Redistribusi 214 Guru ASN ke 61 Sekolah",
  paras=[
    "BANJARMASIN – Dinas Pendidikan dan Kebudayaan Provinsi Kalsel meredistribusi 214 guru ASN SMA, SMK dan SLB ke 61 sekolah yang kekurangan guru, Jumat (6/11/2026). Surat keputusan pemindahan diserahkan di Aula Disdikbud dan berlaku mulai 1 Desember.",
    "Kepala Disdikbud Kalsel, Dr. H. Anwar Syarifuddin, mengatakan selama ini guru menumpuk di sekolah perkotaan, sementara sekolah di Kotabaru, Tanah Bumbu dan Balangan kekurangan guru mata pelajaran. “Ada SMA di Hampang yang guru fisikanya honorer satu orang untuk enam kelas. Itu yang kami benahi,” katanya. Guru yang dipindah ke daerah terpencil mendapat tunjangan khusus sesuai aturan.",
    "Guru yang keberatan dapat mengajukan sanggahan dalam tujuh hari kerja dengan alasan kesehatan atau keluarga. (disdikbud-kalsel/as)"],
  short="Disdikbud Kalsel pindahkan 214 guru ASN SMA/SMK/SLB ke 61 sekolah kekurangan guru, efektif 1 Desember.",
  long="Sebanyak 214 guru ASN SMA, SMK dan SLB dipindah ke 61 sekolah yang kekurangan guru, terutama di Kotabaru, Tanah Bumbu dan Balangan; SK berlaku 1 Desember. Kadisdikbud mencontohkan SMA di Hampang yang hanya punya satu guru fisika honorer untuk enam kelas. Guru di daerah terpencil dapat tunjangan khusus; sanggahan tujuh hari kerja.",
  para="Guru SMA/SMK nang numpuk di kuta dipindah ka sakulah nang kakurangan, 214 urang ka 61 sakulah. Ada SMA di Hampang nang guru fisikanya wara saikung, honorer pulang, gasan anam kalas. Mulai 1 Disember. Nang kada kawa pindah ulah sakit atawa urusan keluarga, kawa manyanggah tujuh hari.",
  looks=[
    ("KTB", 9, "SMA Negeri di Hampang terima bantuan 20 komputer untuk ANBK dari Disdikbud.",
     "same school, another aid"),
    (None, -30, "Mutasi kepala SMA/SMK se-Kalsel: 38 kepala sekolah dilantik Gubernur, Oktober.",
     "an earlier, different personnel move (headmasters)"),
    ("BJM", 0, "Aula Disdikbud Kalsel hari ini: lomba pidato bahasa Banjar tingkat SMA. Seru banar!",
     "same venue and day, another event")],
  before=("BJM", "Kabar dari guru-guru: katanya Jumat ini ada penyerahan SK pindah guru SMA ke daerah. Yang dapat Kotabaru siap-siap nyebrang 😅"))

A(id="a35", src="pemkab-hsu", at="2026-11-17 09:35", slug="86-guru-sd-smp-dipindah-ke-danau-panggang-dan-paminggir",
  title="86 Guru SD-SMP Dipindah ke Danau Panggang dan Paminggir",
  paras=[
    "AMUNTAI – Pemerintah Kabupaten Hulu Sungai Utara memindahkan 86 guru ASN SD dan SMP ke sekolah-sekolah di Kecamatan Danau Panggang dan Paminggir, Selasa (17/11/2026). Penyerahan SK dilakukan di Pendopo Bupati HSU dan berlaku mulai semester genap, Januari 2027.",
    "Kepala Dinas Pendidikan HSU, H. Mahyuni Ilmi, menjelaskan 19 sekolah di wilayah rawa itu selama ini bergantung pada guru honorer. “Guru yang dipindah kami bekali perahu bermesin untuk tiap gugus, karena banyak sekolah hanya bisa dicapai lewat sungai,” ujarnya. Pemkab menambah insentif daerah terpencil Rp1 juta per bulan bagi guru di Paminggir.",
    "Guru yang dipindah akan diperkenalkan kepada kepala desa dan komite sekolah pada pekan kedua Desember. (diskominfo-hsu/mi)"],
  short="HSU pindahkan 86 guru ASN SD/SMP ke Danau Panggang dan Paminggir, berlaku Januari 2027.",
  long="Pemkab HSU memindahkan 86 guru ASN SD dan SMP ke 19 sekolah di Danau Panggang dan Paminggir yang selama ini bergantung pada honorer; SK berlaku semester genap Januari 2027. Tiap gugus dapat perahu bermesin karena sekolahnya lewat sungai, dan guru di Paminggir dapat insentif Rp1 juta per bulan.",
  para="Guru SD wan SMP 86 urang dipindah ka Danau Panggang wan Paminggir, mulai Januari. Tiap gugus dibari parahu bamesin, ulah sakulahnya kawa dijapai lewat sungai haja. Guru di Paminggir dapat tambahan sajuta sabulan. Salamat datang di banua rawa, Pak Bu guru 🛶",
  looks=[
    ("HSU", 3, "Pendopo Bupati HSU ramai: penyerahan bantuan perahu untuk nelayan Danau Panggang.",
     "same venue, boats for fishermen (another programme)"),
    ("HSU", 24, "Guru-guru baru diperkenalkan ke warga Desa Paminggir dalam rapat komite sekolah malam ini.",
     "the later introduction step with its own date, reported by the village"),
    ("HSU", -400, "Tahun lalu HSU mengangkat 42 guru honorer Paminggir jadi PPPK.",
     "last year's recruitment of contract teachers, another programme")],
  before=None)

A(id="a36", src="pemkab-tanah-bumbu", at="2026-11-25 11:40", slug="tanbu-tempatkan-64-guru-asn-di-kusan-hulu-dan-mantewe",
  title="Tanbu Tempatkan 64 Guru ASN di Kusan Hulu dan Mantewe",
  paras=[
    "BATULICIN – Pemerintah Kabupaten Tanah Bumbu menempatkan 64 guru ASN SD dan SMP di Kecamatan Kusan Hulu dan Mantewe, Rabu (25/11/2026). Penempatan ini bagian dari pemerataan guru kabupaten, terpisah dari redistribusi guru SMA/SMK yang dilakukan provinsi.",
    "Kepala Dinas Pendidikan Tanah Bumbu, Dra. Hj. Salmiah Anwar, mengatakan sebagian besar guru berasal dari sekolah di Batulicin dan Simpang Empat yang kelebihan guru. “Anak-anak di Kusan Hulu berhak mendapat guru matematika yang sama baiknya dengan anak di kota,” katanya. Guru yang ditempatkan mendapat rumah dinas atau bantuan sewa Rp750 ribu per bulan.",
    "SK penempatan berlaku mulai 4 Januari 2027. Dinas Pendidikan akan mengevaluasi penempatan setelah satu semester. (diskominfo-tanbu/sa)"],
  short="Tanbu tempatkan 64 guru ASN SD/SMP di Kusan Hulu dan Mantewe mulai 4 Januari 2027.",
  long="Disdik Tanah Bumbu menempatkan 64 guru ASN SD dan SMP, kebanyakan dari Batulicin dan Simpang Empat yang kelebihan guru, ke Kusan Hulu dan Mantewe. Ini program kabupaten, terpisah dari redistribusi SMA/SMK provinsi. Guru dapat rumah dinas atau bantuan sewa Rp750 ribu per bulan; SK berlaku 4 Januari 2027.",
  para="Anam puluh ampat guru SD wan SMP matan Batulicin wan Simpang Ampat dipindah ka Kusan Hulu wan Mantewe. Dibari rumah dinas atawa duit sewa 750 ribu sabulan. Kata Bu Kadis, anak di Kusan Hulu baharap guru matematika nang sama bagusnya lawan di kuta. Mulai 4 Januari.",
  looks=[
    ("TBU", 0, "Dra. Hj. Salmiah Anwar membuka lomba gerak jalan pelajar HUT Tanbu di Simpang Empat pagi ini.",
     "same official and day, another event"),
    ("TBU", 7, "Rumah dinas guru SDN Mantewe diperbaiki swadaya warga dan komite. Terima kasih gotong royongnya.",
     "village's own repair of teachers' housing"),
    ("TBU", -18, "64 atlet Tanbu berangkat ke Porprov, dilepas Bupati di Batulicin.",
     "same figure 64, another meaning")],
  before=None)
