"""Hand-written releases a34–a42 (BPD allowances and awards; political-party financial aid reports; KIM as
coklit partners; Kampung Pancasila; coklit in Banjarmasin's lapas and panti; Balangan spot check) with their posts."""
from spec import B, L, P

ANNS = [
dict(id="a34", src="pemkab-balangan", at="2026-11-06 16:20", slug="tunjangan-anggota-bpd-balangan-naik-jadi-rp1-5-juta-mulai-2027",
     title="Tunjangan Anggota BPD Balangan Naik Jadi Rp1,5 Juta Mulai 2027",
     text="""PARINGIN – Bupati Balangan menandatangani peraturan bupati yang menaikkan tunjangan anggota Badan Permusyawaratan Desa (BPD) dari Rp1,2 juta menjadi Rp1,5 juta per bulan mulai Januari 2027, Jumat (6/11/2026). Kenaikan berlaku bagi 1.086 anggota BPD di 154 desa.

Bersamaan dengan kenaikan itu, setiap BPD wajib menggelar minimal dua kali rapat dengar aspirasi warga dalam setahun dan melaporkan hasilnya kepada camat. “Tunjangan naik, tanggung jawab juga naik. Kami ingin BPD benar-benar mendengar warga, bukan hanya hadir saat pengesahan APBDes,” kata Bupati Balangan, Ahmad Fikri Zulkarnain.

Dana kenaikan tunjangan dianggarkan melalui alokasi dana desa 2027. DPMD Balangan akan menyosialisasikan aturan baru itu kepada ketua BPD di delapan kecamatan pada Desember. (diskominfo-balangan/sn)""",
     short="Perbup Balangan (Jumat 6/11): tunjangan 1.086 anggota BPD di 154 desa naik dari Rp1,2 juta ke Rp1,5 juta per bulan mulai Januari 2027; BPD wajib dua kali rapat dengar aspirasi setahun.",
     para=P("""Anggota BPD di Balangan, tunjangan naik lah mulai Januari 2027, matan Rp1,2 juta jadi Rp1,5 juta sabulan 💰 Parbupnya ditandatangani Jumat (6/11), baku gasan 1.086 anggota di 154 desa. Tapi ingat, wajib jua dua kali satahun rapat dengar aspirasi warga. Jar Bupati, tunjangan naik tanggung jawab gin naik! #Balangan"""),
     looks=[
         L("kim-halong", "2026-11-09 20:00", "fb", """Insentif guru ngaji dan marbot di Balangan naik menjadi Rp500 ribu per bulan mulai Januari 2027, menurut kabar dari Bagian Kesra. Penerimanya 1.086 orang di delapan kecamatan.""",
           "an allowance rise for Quran teachers and mosque keepers, same 1.086: another group"),
         L("kim-juai", "2026-11-12 17:30", "fb", """BPD Desa Juai menggelar rapat dengar aspirasi pertamanya tahun ini, Kamis (12/11), tentang jalan usaha tani yang rusak. Hadir 45 petani. Hasilnya dibawa ke musdes RKP Desa.""",
           "one village's own hearing with its own facts"),
         L("kim-paringin-timur", "2026-11-07 10:30", "fb", """Ada pesan berantai bahwa setiap anggota BPD di Balangan akan mendapat sepeda motor dinas tahun depan. Kata pegawai DPMD yang kami tanya, itu hoaks dan tidak ada anggarannya. Mohon jangan disebar.""",
           "a hoax about motorbikes for BPD members, denied: another claim, no facts of the release"),
         L("kim-halong", "2026-12-03 18:40", "fb", """DPMD Balangan menyosialisasikan aturan tunjangan dan kewajiban rapat aspirasi kepada ketua BPD se-Kecamatan Halong, Kamis (3/12). Ketua BPD minta contoh format laporan ke camat.""",
           "the December socialisation in Halong, a later step"),
     ],
     before=[]),

dict(id="a35", src="diskominfo-kalsel", at="2026-11-24 16:00", slug="bpd-lawahan-tapin-juara-bpd-berprestasi-kalsel-2026",
     title="BPD Lawahan Tapin Juara BPD Berprestasi Kalsel 2026",
     text="""BANJARBARU – BPD Desa Lawahan, Kabupaten Tapin, meraih juara pertama lomba BPD Berprestasi tingkat Provinsi Kalimantan Selatan 2026 yang diumumkan Dinas Pemberdayaan Masyarakat dan Desa Kalsel di Banjarbaru, Selasa (24/11/2026). Juara kedua diraih BPD Kayu Bawang (Banjar) dan juara ketiga BPD Sungai Rangas (Banjar).

Penilaian meliputi kelengkapan notulen rapat, jumlah rapat dengar aspirasi, dan tindak lanjut usulan warga dalam APBDes. BPD Lawahan menggelar 11 rapat terbuka sepanjang tahun. “BPD Lawahan menunjukkan bahwa rapat terbuka bisa menjadi kebiasaan, bukan acara sekali setahun,” kata Kepala DPMD Kalsel, Ir. Budi Santoso Harun.

Juara pertama akan mewakili Kalimantan Selatan pada penilaian tingkat nasional tahun depan. Setiap pemenang menerima piagam dan dana pembinaan dari Pemprov. (mc-kalsel/di)""",
     short="BPD Desa Lawahan (Tapin) juara 1 BPD Berprestasi Kalsel 2026 (diumumkan Selasa 24/11), juara 2 BPD Kayu Bawang dan 3 BPD Sungai Rangas (Banjar); Lawahan gelar 11 rapat terbuka setahun.",
     para=P("""Salamat gasan BPD Lawahan, Tapin, juara satu BPD Barprestasi sa-Kalsel 2026 🏆 Diumumakan Salasa (24/11) di Banjarbaru. Juara dua BPD Kayu Bawang, juara talu BPD Sungai Rangas. Lawahan satahun baulah 11 rapat tarbuka, notulennya langkap. Tahun dudi mawakili Kalsel ka nasional. Mantap banar!"""),
     looks=[
         L("kim-rangda-malingkung", "2026-11-25 19:00", "fb", """Desa Lawahan juga baru saja meraih juara kebersihan lingkungan tingkat Kabupaten Tapin untuk kategori desa. Penilaiannya soal bank sampah dan pengelolaan selokan. Selamat!""",
           "the same village, another contest and another prize"),
         L("kim-aluh-aluh-besar", "2026-12-01 15:00", "fb", """BPD desa kami belum pernah ikut lomba, tapi tahun ini sudah menggelar empat rapat terbuka. Notulennya kami tempel di papan balai desa supaya warga bisa membaca. Semoga tahun depan bisa ikut.""",
           "a village's own hearings and hopes, not the award"),
         L("kim-binuang", "2026-12-01 18:00", "fb", """DPMD Tapin membuka pendaftaran lomba BPD berprestasi tingkat kabupaten untuk tahun 2027 mulai hari ini. BPD yang ingin ikut diminta mulai merapikan notulen rapat dan daftar hadir warga sejak Januari.""",
           "the next year's kabupaten contest opening, another edition"),
     ],
     before=[
         B("kim-hatungun", "2026-11-23 12:00", "fb", """Katanya pengumuman lomba BPD berprestasi provinsi besok di Banjarbaru. Salah satu finalisnya dari Tapin. Mudahan menang!""",
           "the day before, no winners"),
     ]),

dict(id="a36", src="kesbangpol-kalsel", at="2026-11-02 15:30", slug="delapan-parpol-di-dprd-kalsel-serahkan-lpj-bantuan-keuangan-2025",
     title="Delapan Parpol di DPRD Kalsel Serahkan LPJ Bantuan Keuangan 2025",
     text="""BANJARMASIN – Delapan partai politik yang memiliki kursi di DPRD Provinsi Kalimantan Selatan telah menyerahkan laporan pertanggungjawaban bantuan keuangan partai politik tahun anggaran 2025 yang sudah diaudit Badan Pemeriksa Keuangan, Senin (2/11/2026). Total bantuan yang dilaporkan Rp3,1 miliar dengan besaran Rp1.500 per suara sah.

Satu partai diminta memperbaiki lampiran kuitansi kegiatan pendidikan politik sebelum laporannya dinyatakan lengkap. “Bantuan keuangan partai adalah uang rakyat. Sebagian besarnya wajib dipakai untuk pendidikan politik, dan laporannya harus bisa diperiksa,” kata Kepala Kesbangpol Kalsel, Hasanuddin Basri.

Laporan yang sudah lengkap menjadi syarat pencairan bantuan tahun anggaran 2026. Kesbangpol Kalsel menargetkan verifikasi selesai pada akhir November. (kesbangpol-kalsel/ta)""",
     short="Delapan parpol berkursi di DPRD Kalsel serahkan LPJ banpol 2025 yang diaudit BPK (Senin 2/11): total Rp3,1 miliar, Rp1.500 per suara sah; satu partai perbaiki kuitansi pendidikan politik.",
     long="""Kesbangpol Kalsel menerima laporan pertanggungjawaban bantuan keuangan partai politik 2025 dari delapan partai berkursi di DPRD Provinsi, Senin (2/11). Laporan sudah diaudit BPK, dengan total bantuan Rp3,1 miliar atau Rp1.500 untuk setiap suara sah.

Satu partai masih harus melengkapi kuitansi kegiatan pendidikan politik. Kepala Kesbangpol Hasanuddin Basri mengingatkan bahwa bantuan partai adalah uang rakyat dan sebagian besarnya wajib untuk pendidikan politik. Laporan lengkap menjadi syarat pencairan bantuan 2026; verifikasi ditargetkan tuntas akhir November.""",
     para=P("""Parpol nang baisi kursi di DPRD Kalsel, dalapan buah, sudah manyarahakan LPJ bantuan kauangan 2025, sudah diaudit BPK 🧾 Totalnya Rp3,1 miliar, Rp1.500 tiap suara sah. Ada satu partai disuruh mambaiki kuitansi pandidikan politik. Jar Kesbangpol, itu duit rakyat, harus kawa dipariksa. Kalo kada langkap, bantuan 2026 kada cair."""),
     looks=[
         L("kim-kemuning", "2026-11-03 20:10", "fb", """Sebuah partai di Banjarbaru mengadakan sekolah politik untuk 45 kader muda di kantor DPC, Selasa (3/11). Materinya etika berkampanye di media sosial dan cara menyusun program kerja.""",
           "a party's own training for cadres, not the aid reports"),
         L("kim-guntung-payung", "2026-11-05 14:40", "fb", """BPK Perwakilan Kalsel menyerahkan laporan hasil pemeriksaan keuangan 13 pemerintah kabupaten/kota di Banjarbaru, Kamis (5/11). Tujuh daerah mendapat opini wajar tanpa pengecualian.""",
           "BPK's audit of local governments: same auditor, other object"),
         L("kim-sungai-lulut", "2026-11-30 16:30", "fb", """Kesbangpol Kalsel menyatakan verifikasi LPJ bantuan partai rampung, Senin (30/11). Partai yang tadinya diminta memperbaiki kuitansi sudah melengkapi, sehingga kedelapan partai memenuhi syarat pencairan 2026.""",
           "the end of verification (30 Nov), a later step"),
     ],
     before=[]),

dict(id="a37", src="pemkab-banjar", at="2026-11-18 14:20", slug="dua-parpol-belum-serahkan-lpj-banpol-pencairan-bantuan-bisa-ditunda",
     title="Dua Parpol Belum Serahkan LPJ Banpol, Pencairan Bantuan Bisa Ditunda",
     text="""MARTAPURA – Kesbangpol Kabupaten Banjar mencatat sembilan dari 11 partai politik penerima bantuan keuangan telah menyerahkan laporan pertanggungjawaban tahun anggaran 2025, Rabu (18/11/2026). Dua partai lainnya belum menyerahkan laporan yang diaudit BPK.

Kesbangpol memberi batas hingga Senin (30/11/2026). Jika lewat, pencairan bantuan keuangan tahun berikutnya untuk partai tersebut ditunda sampai laporan diterima. “Aturannya jelas dan sama untuk semua partai. Kami sudah dua kali mengirim surat pengingat,” kata Kepala Kesbangpol Banjar, Gusti Irwansyah Putra.

Bantuan keuangan parpol di Kabupaten Banjar tahun 2025 totalnya Rp1,27 miliar. Kesbangpol akan mengumumkan daftar partai yang laporannya lengkap pada awal Desember melalui laman resmi Pemkab Banjar. (diskominfo-banjar/hr)""",
     short="Kesbangpol Banjar: 9 dari 11 parpol sudah serahkan LPJ banpol 2025 (Rabu 18/11); dua belum, batas Senin 30/11 atau pencairan berikutnya ditunda; total banpol 2025 Rp1,27 miliar.",
     para=P("""Partai di Kabupaten Banjar, sudah sambilan matan 11 nang manyarahakan LPJ banpol 2025 📑 Nang dua balum, diagih waktu sampai Sanin 30 November. Mun lewat, bantuan tahun dudi ditunda. Jar Kesbangpol, sudah dua kali dikirimi surat paingat. Totalnya Rp1,27 miliar tahun 2025."""),
     looks=[
         L("kim-tanjung-rema", "2026-11-19 19:10", "fb", """Pengurus salah satu partai di Martapura membantah partainya belum menyerahkan laporan. Menurut mereka berkas sudah diantar Selasa sore, tetapi tanda terimanya baru diberikan hari ini. "Tolong jangan disebut lalai," kata sekretarisnya.""",
           "a party's denial/response, a new statement by other people"),
         L("kim-mataraman", "2026-11-24 17:40", "fb", """Dinas Sosial Kabupaten Banjar menunda pencairan bantuan lanjut usia bagi 11 penerima yang belum memperbarui data. Penerima diminta datang ke kantor desa membawa KTP.""",
           "another office postponing another aid for 11 people"),
         L("kim-astambul-kota", "2026-12-02 13:10", "fb", """Kesbangpol Banjar mengumumkan hasil akhir: 10 partai laporannya lengkap, satu partai pencairan bantuannya ditunda karena laporan belum diterima sampai batas 30 November.""",
           "the final list in December, a later step with its own result"),
     ],
     before=[]),

dict(id="a38", src="pemkot-banjarmasin", at="2026-11-26 15:10", slug="bantuan-keuangan-parpol-banjarmasin-2027-naik-jadi-rp2-500-per-suara",
     title="Bantuan Keuangan Parpol Banjarmasin 2027 Naik Jadi Rp2.500 per Suara",
     text="""BANJARMASIN – Wali Kota Banjarmasin menandatangani keputusan besaran bantuan keuangan partai politik tahun anggaran 2027, Kamis (26/11/2026). Besarannya naik dari Rp2.000 menjadi Rp2.500 per suara sah, dengan total Rp1,64 miliar untuk 10 partai yang memperoleh kursi di DPRD Kota Banjarmasin.

Kenaikan itu disertai syarat baru: setiap partai wajib mengunggah ringkasan penggunaan bantuan di laman resminya agar bisa dibaca warga. “Kami menaikkan bantuan, tetapi kami juga ingin warga ikut mengawasi. Ringkasannya harus bisa dibuka siapa saja,” kata Wali Kota Banjarmasin, Muhammad Iqbal Fadillah.

Keputusan ini berlaku mulai Januari 2027. Kesbangpol Banjarmasin akan memberi bimbingan teknis penyusunan laporan bagi bendahara partai pada Desember. (humas-bjm/ag)""",
     short="Wali Kota Banjarmasin teken keputusan banpol 2027 (Kamis 26/11): naik dari Rp2.000 ke Rp2.500 per suara sah, total Rp1,64 miliar untuk 10 parpol; wajib unggah ringkasan penggunaan di laman partai.",
     para=P("""Banpol Banjarmasin 2027 naik lah, matan Rp2.000 jadi Rp2.500 satiap suara sah 🗳️ Totalnya Rp1,64 miliar gasan 10 partai nang baisi kursi di DPRD kota. Tapi ada syarat hanyar: tiap partai wajib mamasang ringkasan pamakaian duitnya di laman partai, supaya warga kawa maawasi. Jar Wali Kota, siapa haja kawa mambuka."""),
     looks=[
         L("kim-teluk-tiram", "2026-11-27 11:20", "fb", """Hibah untuk 10 pondok pesantren di Banjarmasin tahun 2027 ditetapkan Rp1,64 miliar, dibagi sesuai jumlah santri. Penandatanganan naskah hibah dijadwalkan Januari.""",
           "a grant to pesantren with the same total: same figure, other object"),
         L("kim-alalak-tengah", "2026-11-26 20:45", "fb", """Kamis siang Wali Kota Banjarmasin Muhammad Iqbal Fadillah juga membuka festival jukung hias di Siring Tendean. Ada 42 jukung peserta dari 5 kecamatan.""",
           "the same official, same day, a boat festival"),
         L("kim-sungai-lulut", "2026-12-04 15:50", "fb", """Bimtek penyusunan laporan bantuan partai untuk bendahara parpol di Banjarmasin digelar hari ini di kantor Kesbangpol. Dari 10 partai, delapan bendahara hadir.""",
           "the December bimtek with its own attendance, a later step"),
     ],
     before=[]),

dict(id="a39", src="diskominfo-kalsel", at="2026-11-13 15:00", slug="65-kim-jadi-mitra-sosialisasi-pemutakhiran-data-pemilih",
     title="65 KIM Jadi Mitra Sosialisasi Pemutakhiran Data Pemilih",
     text="""BANJARMASIN – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan bersama KPU Kalsel menggandeng 65 Kelompok Informasi Masyarakat (KIM) sebagai mitra sosialisasi pemutakhiran data pemilih, Jumat (13/11/2026). Penandatanganan kerja sama berlangsung di Aula Diskominfo Kalsel dan dihadiri pengurus KIM dari 13 kabupaten/kota.

Setiap KIM menerima paket materi berupa poster, video pendek dan naskah siaran untuk grup WhatsApp dan media sosial desa. “KIM paling dekat dengan warga. Informasi cek data pemilih akan lebih cepat sampai lewat mereka daripada lewat baliho,” kata Kepala Diskominfo Kalsel, Muhammad Syarifuddin Aziz.

KIM diminta mengunggah minimal empat konten sosialisasi hingga akhir Desember. Diskominfo akan memberi penghargaan bagi KIM dengan konten paling banyak menjangkau warga. (mc-kalsel/di)""",
     short="Diskominfo Kalsel dan KPU Kalsel gandeng 65 KIM dari 13 kab/kota sebagai mitra sosialisasi pemutakhiran data pemilih (Jumat 13/11); tiap KIM unggah minimal empat konten sampai akhir Desember.",
     para=P("""Bubuhan KIM, kita dapat gawian hanyar nah 😄 Jumat (13/11) Diskominfo wan KPU Kalsel bakarja sama lawan 65 KIM matan 13 kabupaten/kota gasan sosialisasi data pamilih. Dapat poster, video pandik wan naskah gasan grup WA. Sampai ujung Desember minimal ampat konten. Ayo dangsanak, tiring ngaran di daftar pamilih! #KIMKalsel"""),
     looks=[
         L("kim-guntung-payung", "2026-11-14 09:30", "fb", """Aula Diskominfo Kalsel kemarin sore dipakai pelatihan fotografi ponsel untuk humas kecamatan. Pesertanya 40 orang. Hasil fotonya dipajang di lobi selama seminggu.""",
           "the same hall, another training"),
         L("kim-kandangan-kota", "2026-11-20 18:20", "ig", """Konten pertama kami untuk sosialisasi: ayo cek nama di daftar pemilih! Caranya datang ke PPS kelurahan atau posko kecamatan, bawa KTP-el. #CekDataPemilih #KIMKandanganKota""",
           "a KIM's own campaign content, not news about the partnership"),
         L("kim-tabanio", "2026-11-18 20:10", "fb", """KIM Tabanio tidak termasuk 65 KIM mitra tahap ini. Tapi kami tetap akan ikut membagikan info resmi KPU. Yang ingin tahu lokasi posko di Takisung silakan tanya di kolom komentar.""",
           "a KIM saying it is not among the partners; no facts of the event"),
     ],
     before=[]),

dict(id="a40", src="kesbangpol-kalsel", at="2026-11-25 16:40", slug="kampung-pancasila-pertama-di-kalsel-diluncurkan-di-desa-jambu-hilir-hss",
     title="Kampung Pancasila Pertama di Kalsel Diluncurkan di Desa Jambu Hilir, HSS",
     text="""KANDANGAN – Kesbangpol Provinsi Kalimantan Selatan meluncurkan Kampung Pancasila pertama di Kalimantan Selatan di Desa Jambu Hilir, Kecamatan Kandangan, Hulu Sungai Selatan, Rabu (25/11/2026). Desa itu dipilih karena warganya rutin menggelar gotong royong lintas agama dan musyawarah terbuka di balai desa.

Di Kampung Pancasila, warga didorong menyelesaikan perselisihan lewat musyawarah dan menjaga tradisi saling membantu saat hajatan dan musibah. “Pancasila paling terasa bukan di upacara, tetapi ketika tetangga berbeda keyakinan ikut mengangkat kayu rumah yang roboh,” kata Kepala Kesbangpol Kalsel, Hasanuddin Basri.

Kesbangpol Kalsel berencana menetapkan Kampung Pancasila di 12 kabupaten/kota lainnya secara bertahap mulai 2027. Setiap kampung mendapat papan penanda dan pendampingan selama setahun. (kesbangpol-kalsel/ta)""",
     short="Kesbangpol Kalsel luncurkan Kampung Pancasila pertama di Kalsel di Desa Jambu Hilir, Kandangan, HSS (Rabu 25/11); 12 kab/kota lain menyusul bertahap mulai 2027.",
     para=P("""Desa Jambu Hilir, Kandangan, jadi Kampung Pancasila partama di Kalsel, diluncurakan Rabu (25/11) 🇮🇩 Dipilih karna warganya rajin gotong royong lintas agama wan bamusyawarah di balai desa. Jar Kesbangpol, Pancasila tarasa pas tatangga nang beda kayakinan umpat maangkat kayu rumah nang rubuh. Mulai 2027 kabupaten lain manyusul.""", kim="kim-angkinang"),
     looks=[
         L("kim-kandangan-kota", "2026-11-26 10:10", "fb", """Desa Jambu Hilir juga dikenal dengan kerajinan anyaman purun. Kemarin para pengrajin mendapat pesanan 500 tas dari sebuah hotel di Banjarmasin untuk tamu akhir tahun.""",
           "the same village, a craft order"),
         L("kim-padang-batung", "2026-11-29 20:00", "fb", """Warga Padang Batung bergotong royong membangun kembali rumah warga yang roboh diterjang angin, Minggu (29/11). Tetangga dari musala dan gereja di kampung ikut mengangkat kayu. Bantuan bahan bangunan datang dari BPBD HSS.""",
           "a real mutual-help event in another village, not the launch"),
         L("kim-angkinang", "2026-12-02 16:30", "fb", """Kapan Angkinang jadi Kampung Pancasila juga? Kata petugas kecamatan belum ada rencana untuk desa lain di HSS tahun ini. Jadi yang beredar di grup soal "semua desa dapat papan" itu belum benar.""",
           "a hope and denial, no launch facts"),
     ],
     before=[
         B("kim-kandangan-kota", "2026-11-24 15:30", "fb", """Balai Desa Jambu Hilir sedang dihias, katanya besok ada peluncuran kegiatan dari provinsi. Papan besar sudah dipasang tapi masih ditutup kain putih.""",
           "preparations seen the day before"),
     ]),

dict(id="a41", src="kpu-banjarmasin", at="2026-11-13 17:20", slug="kpu-banjarmasin-coklit-1410-warga-binaan-dan-penghuni-panti",
     title="KPU Banjarmasin Coklit 1.410 Warga Binaan dan Penghuni Panti",
     text="""BANJARMASIN – KPU Kota Banjarmasin mencocokkan dan meneliti data pemilih 1.410 warga binaan Lembaga Pemasyarakatan Kelas IIA Banjarmasin dan penghuni tiga panti sosial di Banjarmasin, Jumat (13/11/2026). Kegiatan ini merupakan bagian dari coklit lokasi khusus yang digelar KPU di seluruh Kalsel.

Dari jumlah itu, 1.224 orang berada di lapas dan 186 orang di panti. Petugas menemukan 402 warga binaan yang alamat KTP-nya di luar Banjarmasin sehingga dicatat sebagai pemilih pindahan. “Di lapas, datanya berubah setiap minggu karena ada yang bebas dan ada yang masuk. Karena itu coklit harus cepat,” kata anggota KPU Banjarmasin Divisi Data, Rizal Fahmi Syahputra.

Data hasil coklit akan diperbarui lagi menjelang penetapan daftar pemilih berikutnya dengan bantuan petugas lapas. (kpu-bjm/rf)""",
     short="KPU Banjarmasin coklit 1.410 orang di Lapas Kelas IIA Banjarmasin (1.224) dan tiga panti sosial (186), Jumat 13/11; 402 warga binaan ber-KTP luar Banjarmasin dicatat sebagai pemilih pindahan.",
     para=P("""KPU Banjarmasin, Jumat (13/11), mancocokakan data 1.410 urang di lapas wan tiga panti sosial 🏢 Di lapas 1.224 urang, di panti 186. Ada 402 warga binaan nang KTP-nya di luar Banjarmasin, jadi dicatat pamilih pindahan. Jar KPU, data di lapas baubah tiap minggu, ada nang bebas ada nang masuk. #KPUBanjarmasin"""),
     looks=[
         L("kim-teluk-tiram", "2026-11-14 19:30", "fb", """Lapas Banjarmasin menggelar lomba azan dan tilawah antarblok untuk warga binaan, Sabtu (14/11). Juaranya akan tampil di peringatan Maulid di aula lapas.""",
           "the same lapas the next day, another activity"),
         L("kim-sungai-lulut", "2026-11-16 11:40", "fb", """Panti sosial lansia di Banjarmasin Timur menerima kunjungan mahasiswa keperawatan yang memeriksa tekanan darah 186 penghuni panti di wilayah kota. Kegiatan ini rutin setiap semester.""",
           "a health check for 186 residents: same figure, other activity"),
         L("kim-teluk-tiram", "2026-12-01 09:10", "fb", """Keluarga warga binaan bertanya: apakah yang bebas bulan depan harus mendaftar ulang sebagai pemilih di kampungnya? Dari PPS kelurahan kami: cukup lapor pindah ke PPS tempat tinggal, tidak perlu daftar ulang dari awal. Belum ada info resmi soal jadwal khusus.""",
           "a family's question and a local answer; no coklit facts"),
     ],
     before=[]),

dict(id="a42", src="bawaslu-balangan", at="2026-11-17 18:50", slug="uji-petik-bawaslu-balangan-di-halong-dan-juai-temukan-19-masalah",
     title="Uji Petik Bawaslu Balangan di Halong dan Juai Temukan 19 Masalah",
     text="""PARINGIN – Bawaslu Kabupaten Balangan melakukan uji petik daftar pemilih di 300 rumah di Kecamatan Halong dan Juai pada 10–16 November dan menemukan 19 masalah. Hasilnya disampaikan kepada KPU Balangan sebagai saran perbaikan, Selasa (17/11/2026).

Temuan terdiri atas 11 warga yang sudah berusia 17 tahun tetapi belum terdaftar, 5 pemilih meninggal yang masih tercatat dan 3 pemilih yang tercatat di desa yang salah. “Halong dan Juai kami pilih karena banyak permukiman jauh dari jalan utama dan sering luput dari petugas,” kata Ketua Bawaslu Balangan, Syahrul Mubarak.

Bawaslu Balangan akan memeriksa tindak lanjut KPU di 19 titik itu pada awal Desember. Warga yang merasa belum terdaftar dapat melapor ke panwaslu kecamatan. (bawaslu-blg/nr)""",
     short="Bawaslu Balangan uji petik 300 rumah di Halong dan Juai (10–16/11): 19 masalah — 11 belum terdaftar, 5 meninggal masih tercatat, 3 salah desa; saran perbaikan ke KPU Selasa 17/11.",
     para=P("""Bawaslu Balangan mandatangi 300 rumah di Halong wan Juai, tanggal 10 sampai 16 November 🏡 Ada 19 masalah: 11 urang nang sudah 17 tahun balum tadaftar, 5 nang sudah maninggal masih tacatat, 3 salah desa. Sudah disampaiakan ka KPU Salasa (17/11). Awal Desember dipariksa lagi. Mun marasa balum tadaftar, lapor ka panwaslu kecamatan. #Balangan"""),
     looks=[
         L("kim-halong", "2026-12-02 14:30", "fb", """Hari ini petugas Bawaslu kembali ke Halong memeriksa tindak lanjut KPU. Dari 19 temuan di Halong dan Juai, 16 sudah diperbaiki dan 3 masih menunggu dokumen kematian dari keluarga.""",
           "the December re-check (16 of 19 fixed), a later step with its own result"),
         L("kim-juai", "2026-11-18 09:00", "fb", """Jalan desa menuju permukiman di ujung Juai rusak parah setelah hujan tiga hari. Sepeda motor harus dituntun sepanjang 300 meter. Warga minta perbaikan sebelum musim hujan puncak.""",
           "a road complaint in Juai with 300 m: same place, unrelated"),
         L("kim-paringin-timur", "2026-11-20 16:50", "fb", """Bawaslu Kabupaten Tabalong melakukan uji petik di 250 rumah di Kecamatan Jaro dan Muara Uya pekan ini dan menemukan 14 masalah daftar pemilih.""",
           "Tabalong's own spot check (250/14), another kabupaten"),
     ],
     before=[
         B("kim-juai", "2026-11-11 17:20", "fb", """Tadi ada petugas Bawaslu datang ke rumah-rumah di RT kami, menanyakan siapa saja yang sudah 17 tahun dan apakah ada keluarga yang meninggal. Katanya untuk uji petik daftar pemilih.""",
           "the visit during the fieldwork, before the results"),
     ]),
]
