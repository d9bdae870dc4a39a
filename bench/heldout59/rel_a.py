# -*- coding: utf-8 -*-
"""Hand-written releases a01-a14 of heldout59 with their summaries, paraphrases, look-alikes and `before` posts.

Each entry: key, src, at (Wita), title, text (3 paragraphs), S short summary, L long summary (some), P Banjar
paraphrase, N look-alikes [(text, differs, days after the release, kim or None, platform or None)],
B `before` posts [(text, differs, hours before the release, kim or None)].
"""

R = []

R.append(dict(
    key="a01", src="dp3a-kalsel", at="2026-11-02 15:20", region="prov", place="Banjarbaru",
    title="Kongres Forum Anak Daerah Kalsel Pilih Ketua Baru Periode 2026-2028",
    text="""BANJARBARU – Sebanyak 78 delegasi anak dari 13 kabupaten/kota mengikuti Kongres Forum Anak Daerah (FAD) Kalimantan Selatan di Gedung Idham Chalid, Banjarbaru, Senin (2/11/2026). Kongres memilih Nayla Rahmadina, pelajar asal Kotabaru, sebagai ketua FAD periode 2026-2028, menggantikan Fathur Rizqi dari Hulu Sungai Utara.

"Forum anak bukan pelengkap acara. Mereka kami libatkan menyusun program, termasuk mengawasi apakah suara anak benar-benar masuk perencanaan daerah," ujar Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Kalsel, Hj. Rusdiana Maulida.

Pengurus baru berjumlah 21 orang dan akan dikukuhkan pada Senin (23/11/2026). Selama sebulan ke depan mereka menyusun program kerja, antara lain kampanye 2P (pelopor dan pelapor) di sekolah dan kunjungan ke forum anak kabupaten. (dp3a/rn)""",
    S="Kongres Forum Anak Daerah Kalsel di Gedung Idham Chalid (2/11) diikuti 78 delegasi dari 13 kabupaten/kota dan memilih Nayla Rahmadina dari Kotabaru sebagai ketua FAD 2026-2028. Pengurus 21 orang dikukuhkan 23 November.",
    L="""Forum Anak Daerah Kalimantan Selatan punya ketua baru. Dalam kongres di Gedung Idham Chalid Banjarbaru hari Senin 2 November, 78 delegasi anak dari 13 kabupaten/kota memilih Nayla Rahmadina, pelajar dari Kotabaru, memimpin FAD untuk periode 2026-2028. Ia menggantikan Fathur Rizqi dari HSU.

Kepala DP3A Kalsel Hj. Rusdiana Maulida menegaskan forum anak dilibatkan menyusun program dan ikut mengawasi agar suara anak masuk perencanaan daerah. Kepengurusan 21 orang dikukuhkan Senin 23 November, lalu menyusun program kampanye pelopor dan pelapor (2P) ke sekolah-sekolah.""",
    P="Bubuhan kakanakan Banua ada ketua hanyar! 🎉 Kongres Forum Anak Daerah di Gedung Idham Chalid tadi, 78 utusan matan 13 kabupaten kota, nang tapilih Nayla Rahmadina urang Kotabaru. Pengurusnya 21 ikung, dikukuhakan tanggal 23 Nopember. Salamat lah ading! #ForumAnak #Kalsel",
    N=[("Forum Anak Kabupaten Balangan melaksanakan musyawarah anak di Aula Bappeda Paringin, Sabtu (7/11). Sebanyak 34 anak perwakilan delapan kecamatan memilih Dimas Alfarizi dari Batumandi sebagai ketua forum anak kabupaten yang baru. Selamat bertugas!",
        "the Balangan kabupaten forum's own election (34 children, Paringin), not the provincial congress", 5.2, "kim-paringin-kota", None),
       ("Pengurus Forum Anak Daerah Kalsel periode 2026-2028 resmi dikukuhkan hari ini di Banjarbaru. Ketua FAD Nayla Rahmadina membacakan ikrar bersama 20 pengurus lainnya dan langsung menyerahkan tiga usulan program kepada pemerintah provinsi: kampanye 2P, pojok curhat di sekolah, dan lomba video anti perundungan.",
        "the later pengukuhan on 23 Nov told as its own news (with the forum's three proposals), not the 2 Nov congress", 21.0, None, None),
       ("Gedung Idham Chalid Banjarbaru hari ini ramai oleh 300 ASN muda peserta seminar layanan publik digital. Acara dibuka Sekdaprov dan berlangsung hingga sore.",
        "same venue (Gedung Idham Chalid), another event (an ASN seminar)", 2.1, "kim-sungai-besar", None),
       ],
    B=[("Besok pagi anak-anak delegasi Forum Anak dari 13 kabupaten/kota berkumpul di Gedung Idham Chalid untuk kongres FAD Kalsel. Utusan dari Kotabaru sudah berangkat sejak subuh tadi. Doakan lancar ya 🙏",
        "invitation the day before the congress, no result yet", 20.0, None)],
))

R.append(dict(
    key="a02", src="pemkab-tapin", at="2026-11-05 11:05", region="Kabupaten Tapin", place="Rantau",
    title="Forum Anak Kecamatan Terbentuk di 12 Kecamatan Tapin",
    text="""RANTAU – Pemerintah Kabupaten Tapin menyerahkan surat keputusan pembentukan Forum Anak Kecamatan untuk 12 kecamatan di Gedung Bakula, Rantau, Kamis (5/11/2026). Sebanyak 180 anak berusia 12 sampai 17 tahun tercatat sebagai pengurus, masing-masing 15 anak per kecamatan.

"Dengan forum di tingkat kecamatan, suara anak dari desa yang jauh bisa sampai ke kabupaten. Jangan hanya datang saat ada acara, tapi sampaikan apa yang kalian alami di lingkungan," kata Wakil Bupati Tapin, H. Syahrian Noor, saat menyerahkan SK.

Dinas Pengendalian Penduduk, KB, Pemberdayaan Perempuan dan Perlindungan Anak Tapin menargetkan forum anak desa terbentuk di seluruh 135 desa dan kelurahan pada 2027. Pendampingan pengurus kecamatan dilakukan oleh fasilitator dari tiap puskesmas. (tapin/hr)""",
    S="Tapin kini punya Forum Anak Kecamatan di 12 kecamatan. SK diserahkan Wabup H. Syahrian Noor di Gedung Bakula (5/11): 180 pengurus anak, 15 tiap kecamatan. Target 2027 forum anak di 135 desa/kelurahan.",
    P="Dangsanak Tapin, wayahini Forum Anak sudah ada di 12 kecamatan! SK-nya diunjukakan Wabup di Gedung Bakula Kamis tadi. Pengurusnya saratus dalapan puluh ikung kakanakan, limawalas ikung sakecamatan. Tahun 2027 kaina handak sampai ka 135 desa. Mantap 👍 #Tapin",
    N=[("Forum Anak Desa Bakarangan terbentuk! Malam tadi di balai desa, 19 anak memilih pengurus sendiri dengan disaksikan pambakal. Kegiatan pertama: bersih-bersih langgar dan lomba baca puisi bulan depan. Forum ini dibentuk atas inisiatif desa sendiri dan belum ber-SK kabupaten.",
        "one village's own forum (19 children, Bakarangan), formed on village initiative, not the 12 kecamatan SK", 8.3, "kim-bakarangan", None),
       ("Gedung Bakula Rantau pagi ini dipakai untuk penyerahan SK 180 guru honorer yang diangkat menjadi PPPK paruh waktu. Wakil Bupati berpesan agar disiplin dan tetap semangat mengajar.",
        "same hall and same Wakil Bupati, same count 180, but PPPK teachers' SK", 12.1, "kim-bakarangan", None),
       ("Pengurus Forum Anak Kecamatan Binuang hari ini mengadakan rapat pertama dengan camat. Mereka mengusulkan lampu jalan di jalur sekolah dan lapangan voli untuk anak perempuan. Rapat berikutnya Januari.",
        "the Binuang forum's own first meeting with the camat and its proposals, weeks after the SK", 16.0, "kim-binuang", None),
       ],
))

R.append(dict(
    key="a03", src="pemkot-banjarbaru", at="2026-11-10 14:40", region="Kota Banjarbaru", place="Banjarbaru",
    title="Musrenbang Anak Banjarbaru Hasilkan 64 Usulan, 12 Masuk Rancangan 2027",
    text="""BANJARBARU – Sebanyak 64 usulan dari anak-anak di 20 kelurahan dibahas dalam Musyawarah Perencanaan Pembangunan (Musrenbang) Anak Kota Banjarbaru di Aula Gawi Sabarataan, Selasa (10/11/2026). Dari jumlah itu, 12 usulan disepakati masuk rancangan kegiatan 2027, antara lain zebra cross di depan sekolah, taman baca di kelurahan dan lampu penerangan di jalur pulang sekolah.

"Anak-anak paling tahu apa yang membuat mereka tidak aman di jalan atau tidak nyaman di taman. Usulan ini akan kami kawal sampai anggaran," ujar Wakil Wali Kota Banjarbaru, Hj. Ratna Juwita Sari.

Usulan terpilih diserahkan ke Bappeda pada Selasa (17/11/2026). Forum Anak Kota Banjarbaru diminta memantau pelaksanaannya tahun depan. (bjb/dy)""",
    S="Musrenbang Anak Banjarbaru (10/11) membahas 64 usulan anak dari 20 kelurahan; 12 masuk rancangan 2027, seperti zebra cross di depan sekolah, taman baca dan lampu jalur pulang sekolah. Usulan diserahkan ke Bappeda 17 November.",
    L="""Banjarbaru menggelar Musrenbang Anak di Aula Gawi Sabarataan, Selasa 10 November. Anak-anak dari 20 kelurahan membawa 64 usulan, dan 12 di antaranya disepakati masuk rancangan kegiatan 2027: zebra cross di depan sekolah, taman baca kelurahan, serta lampu di jalur pulang sekolah.

Wakil Wali Kota Hj. Ratna Juwita Sari berjanji mengawal usulan itu sampai anggaran. Hasilnya diserahkan ke Bappeda Selasa 17 November, dan Forum Anak Kota diminta ikut memantau pelaksanaannya tahun depan.""",
    P="Kakanakan Banjarbaru bulih jua bausul gasan pembangunan kota! Musrenbang Anak di Aula Gawi Sabarataan tadi, ada 64 usulan matan 20 kelurahan, nang diterima 12: zebra cross di muka sakulahan, taman baca, lampu jalan bulik sakulah. Tanggal 17 diunjukakan ka Bappeda. Kawal ading ai ✊",
    N=[("Musrenbang Kelurahan Guntung Manggis untuk tahun 2027 digelar tadi pagi di aula kelurahan. Warga mengajukan 27 usulan, paling banyak perbaikan drainase dan jalan lingkungan. Hasilnya dibawa ke musrenbang kecamatan Januari.",
        "the adult kelurahan musrenbang in Guntung Manggis (27 proposals, drainage), not the children's", 6.2, "kim-guntung-manggis", None),
       ("Hasil Musrenbang Anak tahun lalu mulai terlihat: zebra cross di depan SDN Loktabat Selatan 2 sudah dicat hari ini. Usulan ini diajukan anak-anak pada Musrenbang Anak 2025.",
        "work from last year's (2025) children's musrenbang being carried out, not the 2026 session", 3.1, "kim-loktabat-selatan", None),
       ("Dengar-dengar usulan taman baca dari anak-anak Sungai Besar tidak lolos di musrenbang anak kemarin ya? Ada yang tahu kenapa? Padahal sudah disiapkan lahannya oleh RT.",
        "a complaint/question about one rejected proposal, with no facts of the session", 2.0, "kim-sungai-besar", None),
       ],
    B=[("Anak-anak Forum Anak Kelurahan Sungai Besar sore ini latihan presentasi usulan untuk Musrenbang Anak Selasa depan. Mereka menyiapkan usulan taman baca dan lampu gang. Semangat!",
        "rehearsal days before the session; no outcome", 80.0, "kim-sungai-besar")],
))

R.append(dict(
    key="a04", src="pemkot-banjarmasin", at="2026-11-04 10:15", region="Kota Banjarmasin", place="Banjarmasin",
    title="Enam Taman di Banjarmasin Lolos Penilaian Ruang Bermain Ramah Anak",
    text="""BANJARMASIN – Enam taman kota di Banjarmasin dinyatakan lolos penilaian sebagai Ruang Bermain Ramah Anak (RBRA), diumumkan di Balai Kota, Rabu (4/11/2026). Keenamnya adalah Taman Kamboja, Taman Siring Sudirman, Taman Edukasi Pelambuan, Taman Sungai Miai, Taman Kelayan dan Taman Teluk Dalam.

"Penilaian melihat hal-hal sederhana tapi penting: permukaan lantai yang empuk, tidak ada sudut tajam, ada pengawas, toilet, dan jarak aman dari jalan raya. Enam taman ini memenuhi 41 dari 45 kriteria," kata Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Banjarmasin, Dra. Hj. Nurul Fitriani.

Pemkot menargetkan empat taman lain menyusul dinilai tahun depan. Warga diminta ikut menjaga fasilitas dan melaporkan alat bermain yang rusak melalui kelurahan. (mc-bjm/za)""",
    S="Enam taman di Banjarmasin lolos penilaian Ruang Bermain Ramah Anak (4/11): Taman Kamboja, Siring Sudirman, Edukasi Pelambuan, Sungai Miai, Kelayan dan Teluk Dalam. Memenuhi 41 dari 45 kriteria; empat taman lain menyusul tahun depan.",
    P="Kabar baik gasan kuitan di Banjarmasin 😊 Anam taman sudah lulus jadi Ruang Bermain Ramah Anak: Kamboja, Siring Sudirman, Pelambuan, Sungai Miai, Kelayan wan Teluk Dalam. Lantainya empuk, kada ada sudut tajam, ada nang manjaga. Ampat taman lagi tahun dudi. Jaga baimbai lah, jangan dirusak!",
    N=[("Perosotan di taman dekat Pasar Sungai Miai patah lagi, anak-anak jangan dulu naik ya. Sudah kami lapor ke kelurahan sejak minggu lalu tapi belum diganti. Hati-hati bapak ibu 🙏",
        "a broken slide complaint at a small neighbourhood park near the market, not the certification", 9.4, "kim-sungai-miai", None),
       ("Taman Kamboja malam Minggu ini jadi lokasi festival kuliner kaki lima. Ada 60 stan, buka dari jam 4 sore sampai jam 11 malam. Parkir di sisi Jalan Anang Adenansi.",
        "same park (Taman Kamboja), another event (food festival)", 10.4, "kim-teluk-dalam", None),
       ("Banjarbaru juga punya RBRA: Taman Van der Pijl dinyatakan memenuhi standar ruang bermain ramah anak dalam penilaian tim provinsi hari ini. Fasilitasnya ditambah pagar dan pos pengawas.",
        "another city (Banjarbaru), another park's assessment", 14.2, "kim-loktabat-selatan", None),
       ],
))

R.append(dict(
    key="a05", src="pemkab-hsu", at="2026-11-12 09:30", region="Kabupaten Hulu Sungai Utara", place="Amuntai",
    title="Tim Kabupaten Verifikasi 30 Calon Desa Layak Anak di HSU",
    text="""AMUNTAI – Tim verifikasi Kabupaten Hulu Sungai Utara mulai menilai 30 desa calon Desa Layak Anak pada 16 hingga 27 November 2026. Rencana itu disampaikan dalam rapat persiapan di Aula Bappelitbangda Amuntai, Kamis (12/11/2026), yang dihadiri perwakilan 10 kecamatan.

"Desa layak anak bukan soal papan nama. Kami akan melihat akta kelahiran anak, ada tidaknya forum anak desa, peraturan desa tentang perlindungan anak, sampai anggaran desa untuk kegiatan anak," ujar Sekretaris Daerah HSU, Ir. H. Arifin Syahrani.

Desa yang memenuhi nilai minimal akan ditetapkan dengan keputusan bupati pada Desember. Pemerintah desa diminta menyiapkan dokumen dan menghadirkan anak-anak saat tim datang. (hsu/sl)""",
    S="HSU memverifikasi 30 calon Desa Layak Anak pada 16-27 November; yang dinilai akta kelahiran anak, forum anak desa, perdes perlindungan anak dan anggaran desa untuk anak. Penetapan lewat keputusan bupati Desember.",
    L="""Pemkab Hulu Sungai Utara menyiapkan penilaian Desa Layak Anak. Dalam rapat di Aula Bappelitbangda Amuntai, Kamis 12 November, diumumkan bahwa tim kabupaten akan mendatangi 30 desa calon pada 16-27 November.

Sekda HSU Ir. H. Arifin Syahrani mengingatkan bahwa yang dinilai bukan papan nama, melainkan akta kelahiran anak, forum anak desa, perdes perlindungan anak dan anggaran desa untuk kegiatan anak. Desa yang lolos ditetapkan dengan keputusan bupati bulan Desember.""",
    P="Pambakal wan parangkat desa di HSU, siapakan berkas lah! Tim kabupaten handak turun ka 30 desa calon Desa Layak Anak, tanggal 16 sampai 27 Nopember. Nang dicek akta kakanakan, forum anak desa, perdes, wan dana desa gasan anak. Desember kaina ditetapakan bupati. #HSU",
    N=[("Hari ini tim verifikasi Desa Layak Anak tiba di Desa Sungai Malang. Anak-anak menampilkan hadrah dan tim memeriksa 212 akta kelahiran serta buku kegiatan forum anak desa. Hasilnya baru diumumkan bulan depan.",
        "the visit day in one village (Sungai Malang, 212 birth certificates), told as its own news", 6.1, "kim-sungai-malang", None),
       ("Alhamdulillah, Desa Paliwara tahun lalu sudah ditetapkan sebagai Desa Layak Anak. Tahun ini kami fokus membangun taman baca di samping balai desa, dananya dari swadaya warga Rp12 juta.",
        "a village already named last year, building its own reading park", 8.2, "kim-paliwara", None),
       ("Rapat persiapan Hari Jadi Kabupaten HSU di Aula Bappelitbangda tadi pagi dihadiri perwakilan 10 kecamatan. Tiap kecamatan diminta mengirim satu kafilah pawai budaya.",
        "same hall and same 10 kecamatan, another meeting (anniversary preparations)", 7.0, None, None),
       ],
    B=[("Kabarnya sebentar lagi ada penilaian desa layak anak di HSU, tapi surat resminya belum sampai ke desa kami. Ada yang sudah dapat info jadwalnya?",
        "hearsay before the plan was announced", 26.0, "kim-paliwara")],
))

R.append(dict(
    key="a06", src="pemkab-kotabaru", at="2026-11-16 16:10", region="Kabupaten Kotabaru", place="Kotabaru",
    title="Taman Bermain Ramah Anak Siring Laut Diresmikan, Gratis untuk Umum",
    text="""KOTABARU – Bupati Kotabaru meresmikan Taman Bermain Ramah Anak di kawasan Siring Laut, Senin (16/11/2026). Taman seluas 2.400 meter persegi itu memiliki 14 wahana bermain, jalur sepeda roda tiga, ruang menyusui dan pos pengawas, dibangun dengan anggaran Rp1,85 miliar.

"Anak-anak di pesisir juga berhak punya tempat bermain yang aman. Taman ini gratis, buka setiap hari dari pukul 06.00 sampai 21.00 Wita," kata Bupati Kotabaru, H. Syarifuddin Aman, saat peresmian.

Pengelolaan taman diserahkan kepada Dinas Pemberdayaan Perempuan dan Perlindungan Anak bersama kelurahan setempat. Pengunjung diminta tidak membawa hewan peliharaan, menjaga kebersihan, dan mendampingi anak di bawah lima tahun selama bermain. (kotabaru/ys)""",
    S="Taman Bermain Ramah Anak Siring Laut Kotabaru diresmikan Bupati (16/11): 2.400 m², 14 wahana, jalur sepeda roda tiga, ruang menyusui; biaya Rp1,85 miliar. Gratis, buka 06.00-21.00 Wita.",
    P="Bubuhan kuitan di Kotabaru, ayo bawa kakanakan bamain ka Siring Laut 🛝 Taman bamain ramah anak hanyar haja diresmikan Bupati: 14 wahana, ada jalur sepeda, ada ruang gasan manyusui. Gratis, buka jam anam isuk sampai jam sambilan malam. Jangan bawa hayam wan kucing lah 😄",
    N=[("Siring Laut Kotabaru akhir pekan ini jadi lokasi Festival Kuliner Pesisir, 45 stan UMKM. Panggung hiburan mulai pukul 19.00 Wita.",
        "same setting (Siring Laut), another event (coastal food festival)", 4.3, "kim-semayap", None),
       ("Taman bermain di Desa Stagen akhirnya punya ayunan baru hasil gotong royong pemuda desa. Dananya dari kas karang taruna Rp3,2 juta. Anak-anak langsung antre mencoba sore tadi.",
        "a village's own playground made by the youth group (Stagen), not the Siring Laut park", 9.0, "kim-serongga", None),
       ("Warga mengeluhkan lampu taman bermain Siring Laut sebagian padam sejak dua malam terakhir. Kata petugas, kabelnya kena air pasang dan sedang diperbaiki.",
        "later complaint about lights going out, no release facts", 12.4, "kim-baharu-utara", None),
       ],
    B=[("Taman bermain baru di Siring Laut kelihatannya sudah hampir jadi, tinggal pengecatan. Kapan dibuka ya? Anak-anak sudah tidak sabar 😁",
        "seen under construction before the opening", 52.0, "kim-serongga")],
))

R.append(dict(
    key="a07", src="dp3a-kalsel", at="2026-11-03 13:50", region="prov", place="Banjarbaru",
    title="120 Aktivis PATBM dari 40 Desa Dilatih Tangani Laporan Kekerasan Anak",
    text="""BANJARBARU – Sebanyak 120 aktivis Perlindungan Anak Terpadu Berbasis Masyarakat (PATBM) dari 40 desa di 13 kabupaten/kota mengikuti pelatihan di Balai Diklat BPSDM Kalsel, Banjarbaru, 3-5 November 2026. Pelatihan dibuka Selasa (3/11/2026) dan membahas cara menerima laporan, merujuk korban dan menjaga kerahasiaan anak.

"Aktivis PATBM adalah tetangga yang paling dekat dengan anak. Mereka harus tahu ke mana melapor dan tidak menyebarkan identitas korban di grup percakapan," kata Kepala DP3A Kalsel, Hj. Rusdiana Maulida.

Setelah pelatihan, setiap desa peserta diminta membuka pos pengaduan di balai desa paling lambat akhir Desember. Desa juga didorong mengalokasikan dana desa untuk kegiatan PATBM, termasuk biaya pendampingan korban ke puskesmas. (dp3a/rn)""",
    S="DP3A Kalsel melatih 120 aktivis PATBM dari 40 desa di 13 kabupaten/kota di Balai Diklat BPSDM Banjarbaru, 3-5 November: menerima laporan, merujuk korban, menjaga kerahasiaan anak. Tiap desa buka pos pengaduan paling lambat akhir Desember.",
    L="""Pelatihan Perlindungan Anak Terpadu Berbasis Masyarakat (PATBM) tingkat provinsi dibuka Selasa 3 November di Balai Diklat BPSDM Kalsel, Banjarbaru. Pesertanya 120 aktivis dari 40 desa di 13 kabupaten/kota, dan selama tiga hari sampai 5 November mereka belajar menerima laporan kekerasan, merujuk korban dan menjaga kerahasiaan anak.

Kepala DP3A Kalsel Hj. Rusdiana Maulida mengingatkan agar identitas korban tidak disebar di grup percakapan. Setiap desa peserta wajib membuka pos pengaduan di balai desa paling lambat akhir Desember dan didorong menganggarkan dana desa untuk PATBM.""",
    P="Dangsanak, saratus duapuluh urang aktivis PATBM matan 40 desa sa-Kalsel lagi baajar di Balai Diklat BPSDM Banjarbaru, tiga hari sampai tanggal 5. Baajar manarima laporan, maantar korban, wan jangan sampai ngaran kakanakan tasebar di grup WA. Akhir Disimbir tiap desa musti ada pos pangaduan. 👏",
    N=[("Pelatihan 120 kader posyandu se-Kecamatan Martapura digelar di aula puskesmas hari ini. Materinya pengukuran tinggi badan balita dan pengisian buku KIA.",
        "same count 120, posyandu cadres in Martapura, another programme", 2.1, "kim-sungai-paring", None),
       ("Desa Mandiangin Timur hari ini meresmikan pos pengaduan PATBM di balai desa. Pos buka setiap Senin dan Kamis, dijaga dua aktivis bergantian. Pembentukannya didanai dana desa Rp8 juta.",
        "a later step (one village opens its complaint post), told as its own news", 24.0, "kim-mandiangin-timur", None),
       ("Tahun lalu PATBM di Kalsel baru ada di 18 desa. Banyak yang belum tahu, PATBM itu relawan, bukan aparat, jadi tugasnya mendampingi dan melapor, bukan menghakimi.",
        "general explainer with last year's figure, no training event", 9.3, None, "instagram"),
       ],
))

R.append(dict(
    key="a08", src="pemkab-tanah-bumbu", at="2026-11-11 11:25", region="Kabupaten Tanah Bumbu", place="Batulicin",
    title="PATBM Dibentuk di 10 Desa Tanah Bumbu, Masing-masing Dapat Rp5 Juta",
    text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu membentuk kelompok Perlindungan Anak Terpadu Berbasis Masyarakat (PATBM) di 10 desa di Kecamatan Kusan Hilir dan Batulicin. Surat keputusan dan dana operasional Rp5 juta per desa diserahkan di Pendopo Bersujud, Rabu (11/11/2026).

"Kasus kekerasan anak sering baru terungkap setelah berbulan-bulan. Dengan PATBM, warga punya tempat bertanya tanpa takut," ujar Asisten Pemerintahan dan Kesra Setda Tanah Bumbu, H. Muhammad Ridhani.

Setiap kelompok beranggotakan tujuh orang, terdiri dari tokoh agama, kader PKK, guru dan pemuda. Dinas P3A akan mendampingi rapat pertama kelompok di desa masing-masing mulai pekan depan hingga akhir November, sekaligus membagikan formulir pencatatan laporan. (tanbu/fa)""",
    S="Tanah Bumbu membentuk PATBM di 10 desa Kusan Hilir dan Batulicin; SK dan dana Rp5 juta per desa diserahkan di Pendopo Bersujud (11/11). Tiap kelompok tujuh orang; Dinas P3A dampingi rapat pertama sampai akhir November.",
    P="Bubuhan warga Kusan Hilir wan Batulicin, di 10 desa wayahini ada kelompok PATBM, nang manjaga kakanakan. SK wan duit operasional lima juta sadesa diunjukakan di Pendopo Bersujud. Anggotanya pitu ikung: tuan guru, kader PKK, guru wan pemuda. Amun ada apa-apa lawan anak, bapandir haja lawan sidin. #Tanbu",
    N=[("Rapat pertama PATBM Desa Gunung Tinggi berlangsung di rumah pambakal malam tadi. Tujuh anggota membagi tugas piket dan sepakat membuat kotak surat untuk anak-anak di depan langgar.",
        "one group's first meeting later (Gunung Tinggi), with its own decisions", 7.4, "kim-gunung-tinggi", None),
       ("Pendopo Bersujud siang ini dipakai untuk penyerahan bantuan Rp5 juta kepada 40 pelaku UMKM korban banjir di Satui.",
        "same venue and same Rp5 juta, another programme (flood-hit small businesses)", 6.1, "kim-satui-barat", None),
       ("Satui kapan dapat PATBM? Di desa kami belum ada, padahal kasus anak juga ada. Semoga tahun depan giliran kecamatan kami.",
        "hope/complaint from another kecamatan not covered", 3.2, "kim-satui-barat", None),
       ],
))

R.append(dict(
    key="a09", src="pemkab-balangan", at="2026-11-17 10:00", region="Kabupaten Balangan", place="Paringin",
    title="PATBM Balangan Terima 37 Laporan Sejak Juli, Ditambah 48 Aktivis Baru",
    text="""PARINGIN – Kelompok Perlindungan Anak Terpadu Berbasis Masyarakat (PATBM) di Kabupaten Balangan menerima 37 laporan sejak Juli 2026, sebagian besar soal pengasuhan anak dan perundungan di sekolah. Data itu dipaparkan saat pengukuhan 48 aktivis baru dari 16 desa di Aula Benteng Tundakan, Paringin, Selasa (17/11/2026).

"Tidak semua laporan harus berujung polisi. Banyak yang selesai dengan pendampingan keluarga, asal cepat ditangani," ucap Kepala Dinas Sosial, PPPA Balangan, Hj. Mariatul Kiptiah.

Dengan tambahan ini, aktivis PATBM di Balangan berjumlah 120 orang di 40 desa. Mereka akan menerima buku saku penanganan laporan dan mengikuti pertemuan rutin setiap tiga bulan di kecamatan, dimulai Februari 2027. (balangan/ad)""",
    S="PATBM Balangan menerima 37 laporan sejak Juli, terbanyak soal pengasuhan dan perundungan. 48 aktivis baru dari 16 desa dikukuhkan di Aula Benteng Tundakan Paringin (17/11); kini 120 aktivis di 40 desa.",
    P="PATBM Balangan sudah manarima talu puluh pitu laporan matan bulan Juli, banyak pasal pangasuhan wan parundungan. Hari ini ditambah ampat puluh walu aktivis hanyar matan 16 desa, dikukuhakan di Aula Benteng Tundakan. Jadi wayahini 120 urang di 40 desa. Mantap Balangan 💪",
    N=[("Di Desa Halong, laporan warga soal anak yang ditinggal orang tuanya merantau ditangani bersama pambakal dan PATBM kecamatan. Anak kini tinggal bersama neneknya dan tetap sekolah.",
        "one case handled in a village, no release facts", 8.0, "kim-halong", None),
       ("Aula Benteng Tundakan pagi ini menjadi tempat pengukuhan 48 pengurus Karang Taruna kecamatan se-Balangan oleh Bupati.",
        "same hall and same count 48, Karang Taruna officers", 9.1, "kim-halong", None),
       ("Tahun lalu laporan yang masuk ke PATBM Balangan hanya 19 sepanjang tahun. Relawan kami berharap warga makin berani melapor, tapi jangan lewat status Facebook ya.",
        "last year's figure and an appeal; no new event", 2.3, "kim-halong", None),
       ],
))

R.append(dict(
    key="a10", src="pemkab-banjar", at="2026-11-02 10:40", region="Kabupaten Banjar", place="Martapura",
    title="PUSPAGA Kabupaten Banjar Dibuka, Konsultasi Psikolog Gratis Selasa dan Kamis",
    text="""MARTAPURA – Pusat Pembelajaran Keluarga (PUSPAGA) Kabupaten Banjar resmi beroperasi di Kompleks Perkantoran Pemkab Banjar, Martapura, Senin (2/11/2026). Layanan ini menyediakan konsultasi gratis dengan psikolog setiap Selasa dan Kamis pukul 08.00 hingga 14.00 Wita, serta konseling pranikah dan pengasuhan anak.

"Banyak masalah keluarga yang sebenarnya bisa dicegah kalau orang tua punya tempat bercerita sejak awal. PUSPAGA bukan tempat mengadu kasus, tapi tempat belajar menjadi keluarga," kata Kepala Dinas PPKBPPPA Kabupaten Banjar, Hj. Siti Hadijah.

PUSPAGA memiliki dua psikolog dan empat konselor. Mulai Desember, layanan keliling dijadwalkan ke Kecamatan Gambut dan Aranio, menyusul kecamatan lain tahun depan. Warga tidak perlu membuat janji lebih dulu. (banjar/mf)""",
    S="PUSPAGA Kabupaten Banjar mulai beroperasi (2/11) di Kompleks Perkantoran Pemkab Banjar, Martapura: konsultasi psikolog gratis Selasa dan Kamis 08.00-14.00 Wita, konseling pranikah dan pengasuhan. Desember layanan keliling ke Gambut dan Aranio.",
    L="""Kabupaten Banjar kini punya PUSPAGA (Pusat Pembelajaran Keluarga). Layanan yang dibuka Senin 2 November di Kompleks Perkantoran Pemkab Banjar, Martapura, ini menyediakan konsultasi gratis dengan psikolog setiap Selasa dan Kamis pukul 08.00-14.00 Wita, juga konseling pranikah dan pengasuhan.

Kepala Dinas PPKBPPPA Hj. Siti Hadijah menyebut PUSPAGA sebagai tempat belajar menjadi keluarga, bukan tempat mengadu kasus. Ada dua psikolog dan empat konselor, dan mulai Desember layanan keliling akan ke Gambut dan Aranio.""",
    P="Kuitan di Kabupaten Banjar, amun ada masalah di rumah atawa bingung mangasuh anak, kawa bakisah lawan psikolog, gratis! PUSPAGA hanyar dibuka di perkantoran Pemkab di Martapura, Salasa wan Kamis jam walu sampai jam dua. Disimbir kaina bakaliling ka Gambut wan Aranio. 🙏",
    N=[("Layanan PUSPAGA keliling hari ini singgah di Balai Desa Pengaron. Ada 14 keluarga yang berkonsultasi, sebagian soal anak remaja yang kecanduan gawai. Jadwal berikutnya belum diumumkan.",
        "a later mobile session in Pengaron (14 families), its own news", 30.0, "kim-pengaron", None),
       ("Kompleks Perkantoran Pemkab Banjar hari ini membuka Mal Pelayanan Publik hari Sabtu untuk pembuatan KTP dan KK. Antrean sudah panjang sejak pukul 07.00.",
        "same office complex, another service (Saturday MPP)", 5.1, "kim-sungai-paring", None),
       ("Ada yang bilang konsultasi di PUSPAGA bayar Rp100 ribu per sesi? Itu bukan yang gratis dari pemkab ya, mungkin biro psikologi swasta. Tolong jangan bikin bingung warga.",
        "a rumour about a paid private bureau, denied", 4.0, "kim-mandiangin-timur", None),
       ],
    B=[("Katanya Pemkab Banjar mau buka layanan konsultasi keluarga dengan psikolog, ruangannya sudah dicat di kompleks perkantoran. Semoga gratis ya 🤲",
        "seen being prepared before the opening", 40.0, "kim-sungai-paring")],
))

R.append(dict(
    key="a11", src="pemkab-tabalong", at="2026-11-09 08:50", region="Kabupaten Tabalong", place="Tanjung",
    title="PUSPAGA Keliling Sambangi 12 Kecamatan di Tabalong hingga 28 November",
    text="""TANJUNG – Pusat Pembelajaran Keluarga (PUSPAGA) Kabupaten Tabalong menggelar layanan keliling ke 12 kecamatan mulai Senin (9/11/2026) hingga 28 November 2026. Hari pertama layanan dibuka di Kantor Camat Kelua dengan konsultasi pengasuhan, konseling remaja dan kelas singkat untuk calon pengantin.

"Tidak semua keluarga sempat datang ke Tanjung. Karena itu kami yang datang, membawa psikolog dan konselor ke kecamatan," ujar Kepala Dinas P3AP2KB Tabalong, drg. H. Mursalin Fadli.

Layanan keliling menggunakan mobil PUSPAGA dan berlangsung pukul 09.00-15.00 Wita. Jadwal per kecamatan diumumkan melalui kantor camat dan akun media sosial dinas. Setelah putaran ini, PUSPAGA keliling dijadwalkan kembali setiap tiga bulan. (tabalong/ry)""",
    S="PUSPAGA Tabalong keliling ke 12 kecamatan 9-28 November, dimulai di Kantor Camat Kelua: konsultasi pengasuhan, konseling remaja, kelas calon pengantin, pukul 09.00-15.00 Wita. Putaran berikutnya tiap tiga bulan.",
    P="Kuitan di Tabalong, PUSPAGA wayahini badatang ka kecamatan pian, kada usah jauh-jauh ka Tanjung! Mulai Kelua hari ini, sampai 28 Nopember ka 12 kecamatan. Ada psikolog wan konselor, jam sambilan sampai jam talu. Tiga bulan kaina ada pulang. #Tabalong #PUSPAGA",
    N=[("Mobil PUSPAGA hari ini ada di Kantor Camat Murung Pudak. Tercatat 22 orang tua berkonsultasi, paling banyak soal anak yang malas sekolah. Besok mobil bergeser ke Tanta.",
        "one day of the tour in Murung Pudak with its own count", 6.2, "kim-mabuun", None),
       ("Kantor Camat Kelua hari ini menjadi lokasi perekaman KTP-el untuk pemilih pemula, 85 pelajar SMA ikut.",
        "same venue (Kantor Camat Kelua), another service", 2.0, "kim-tanjung-kota", None),
       ("PUSPAGA Tabalong tahun lalu keliling hanya ke enam kecamatan dan melayani 310 keluarga. Tahun ini katanya diperluas, semoga desa kami kebagian.",
        "last year's tour and a hope, no facts of this one", 1.3, "kim-pembataan", None),
       ],
))

R.append(dict(
    key="a12", src="pemkot-banjarmasin", at="2026-11-19 15:30", region="Kota Banjarmasin", place="Banjarmasin",
    title="PUSPAGA Banjarmasin Layani 1.140 Sesi Konseling, Kini Buka Hari Sabtu",
    text="""BANJARMASIN – Pusat Pembelajaran Keluarga (PUSPAGA) Kota Banjarmasin mencatat 1.140 sesi konseling sejak Januari hingga Oktober 2026. Untuk menampung orang tua yang bekerja, layanan kini dibuka juga pada hari Sabtu pukul 08.00-12.00 Wita mulai 21 November 2026, diumumkan di Balai Kota, Kamis (19/11/2026).

"Banyak ayah dan ibu yang bekerja dari Senin sampai Jumat. Mereka yang paling sering bilang tidak sempat konsultasi, jadi kami buka Sabtu," ujar Kepala DP3A Banjarmasin, Dra. Hj. Nurul Fitriani.

Sebagian besar sesi membahas komunikasi orang tua dan remaja, disusul persiapan pernikahan dan anak yang kecanduan gawai. Warga dapat datang langsung ke kantor PUSPAGA di Jalan Pangeran Antasari tanpa perlu mendaftar. (mc-bjm/za)""",
    S="PUSPAGA Banjarmasin mencatat 1.140 sesi konseling Januari-Oktober 2026 dan mulai 21 November buka juga Sabtu 08.00-12.00 Wita, tanpa daftar, di Jalan Pangeran Antasari. Topik terbanyak komunikasi orang tua-remaja.",
    L="""Sepanjang Januari sampai Oktober 2026, PUSPAGA Kota Banjarmasin sudah melayani 1.140 sesi konseling. Topik terbanyak komunikasi orang tua dengan remaja, lalu persiapan pernikahan dan kecanduan gawai.

Karena banyak orang tua bekerja di hari kerja, mulai Sabtu 21 November PUSPAGA juga buka hari Sabtu pukul 08.00-12.00 Wita, kata Kepala DP3A Dra. Hj. Nurul Fitriani di Balai Kota, Kamis 19 November. Datang langsung ke kantor PUSPAGA di Jalan Pangeran Antasari, tanpa mendaftar.""",
    P="Gasan kuitan nang bagawi Sanin sampai Jumahat, PUSPAGA Banjarmasin wayahini buka jua hari Sabtu, jam walu sampai jam dua walas, mulai tanggal 21! Kada usah badaftar, datangi haja kantornya di Jalan Pangeran Antasari. Tahun ini sudah saribu saratus ampat puluh sesi konseling. 👨‍👩‍👧",
    N=[("Sabtu pertama PUSPAGA Banjarmasin buka pagi tadi langsung didatangi 17 keluarga. Petugas sampai menambah satu meja konseling. Sabtu depan dibuka lagi jam yang sama.",
        "the first Saturday itself (17 families), told later as its own news", 1.85, "kim-teluk-dalam", None),
       ("Posko pengaduan harga di Pasar Pangeran Antasari mencatat 1.140 laporan timbangan dan harga sejak Januari. Pedagang yang curang diberi teguran.",
        "same figure 1.140 and same street name, market complaints", 6.3, "kim-sungai-miai", None),
       ("Banjarbaru kapan ya PUSPAGA buka Sabtu? Kami di Landasan Ulin kerjanya juga Senin-Jumat. Semoga pemkot dengar.",
        "a wish from another city, no event", 3.4, "kim-guntung-manggis", None),
       ],
    B=[("Ada kabar PUSPAGA Banjarmasin mau buka hari Sabtu, tapi belum ada info resmi jam berapa. Tunggu pengumuman dari dinas saja ya.",
        "hearsay before the announcement", 30.0, "kim-sungai-miai")],
))

R.append(dict(
    key="a13", src="dp3a-kalsel", at="2026-11-11 16:05", region="prov", place="Banjarbaru",
    title="Sekolah Pengasuhan Banua Dibuka untuk 200 Orang Tua, Empat Sabtu Berturut-turut",
    text="""BANJARBARU – Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Kalsel membuka Sekolah Pengasuhan Banua untuk 200 orang tua dari Banjarmasin, Banjarbaru dan Kabupaten Banjar. Program diumumkan Rabu (11/11/2026) dan berlangsung empat Sabtu berturut-turut, 14, 21 dan 28 November serta 5 Desember 2026, di Aula Dharma Wanita Persatuan Provinsi, Banjarbaru.

"Orang tua hari ini menghadapi anak yang hidupnya separuh di layar. Materi kami mulai dari mengatur waktu gawai sampai cara berbicara dengan remaja tanpa bentakan," kata Kepala Bidang Kualitas Keluarga DP3A Kalsel, Rahmiati Ulfah, M.Psi.

Pendaftaran dibuka hingga Kamis (12/11/2026) melalui kelurahan atau desa. Peserta yang mengikuti keempat sesi akan mendapat sertifikat. (dp3a/rn)""",
    S="DP3A Kalsel membuka Sekolah Pengasuhan Banua untuk 200 orang tua dari Banjarmasin, Banjarbaru dan Banjar: empat Sabtu (14, 21, 28/11 dan 5/12) di Aula DWP Provinsi. Daftar lewat kelurahan/desa sampai 12 November.",
    P="Ayo kuitan, baajar mangasuh anak di Sekolah Pengasuhan Banua! Ampat Sabtu: 14, 21, 28 Nopember wan 5 Disimbir, di Aula DWP Provinsi Banjarbaru. Gasan 200 urang kuitan matan Banjarmasin, Banjarbaru wan Banjar. Badaftar lewat kelurahan sampai Kamis haja lah. 📚",
    N=[("TK Pertiwi di Sungai Besar mengadakan parenting untuk wali murid Sabtu pagi ini. Pembicaranya guru BK dari SMP terdekat, temanya anak dan gawai. Hadir 35 orang tua.",
        "a kindergarten's own parenting talk (35 parents), not the provincial programme", 3.7, "kim-sungai-besar", None),
       ("Sesi ketiga Sekolah Pengasuhan Banua, Sabtu 28 November, membahas cara berbicara dengan remaja. Peserta yang hadir tinggal 162 orang dari 200 yang terdaftar. Sesi terakhir 5 Desember.",
        "the third session's own report (162 attendees) told later", 16.8, None, None),
       ("Aula Dharma Wanita Persatuan Provinsi hari ini menjadi tempat lomba merangkai bunga antar-anggota DWP. Ada 24 tim yang ikut.",
        "same hall, another event (flower arranging)", 8.9, None, None),
       ],
))

R.append(dict(
    key="a14", src="pemkab-hss", at="2026-11-18 10:20", region="Kabupaten Hulu Sungai Selatan", place="Kandangan",
    title="Kelas Ayah Hebat Digelar di Kandangan, 60 Ayah Ikut Belajar Mengasuh",
    text="""KANDANGAN – Sebanyak 60 ayah dari 11 kecamatan mengikuti Kelas Ayah Hebat di Pendopo Bupati Hulu Sungai Selatan, Kandangan, Rabu (18/11/2026). Kelas ini mengajak para ayah terlibat dalam pengasuhan, mulai dari membacakan cerita, mengantar anak ke posyandu hingga mendampingi anak remaja.

"Selama ini urusan anak dianggap urusan ibu. Padahal anak yang dekat dengan ayahnya lebih percaya diri dan lebih terlindungi," ujar Kepala Dinas PPKBPPPA Hulu Sungai Selatan, H. Ahmad Rizani, S.Sos.

Kelas kedua dijadwalkan Rabu (2/12/2026) dengan tema menjadi teman bicara bagi anak remaja. Peserta diminta membawa catatan pengalaman mengasuh selama dua pekan sebagai bahan diskusi bersama fasilitator dan psikolog. (hss/bn)""",
    S="60 ayah dari 11 kecamatan ikut Kelas Ayah Hebat di Pendopo Bupati HSS, Kandangan (18/11): membacakan cerita, ke posyandu, mendampingi remaja. Kelas kedua Rabu 2 Desember.",
    P="Bubuhan abah-abah di HSS, nah ini gasan pian! Kelas Ayah Hebat di Pendopo Kandangan, anam puluh urang abah matan 11 kecamatan baajar mangasuh: mambacakan carita, maantar ka posyandu, mandampingi anak nang sudah ganal. Kelas kadua Rabu 2 Disimbir. Jangan supan, abah jua kawa mangasuh 💪",
    N=[("Kelas kedua Ayah Hebat di Kandangan hari ini membahas cara menjadi teman bicara anak remaja. Dari 60 peserta, 51 ayah hadir dan membawa catatan pengasuhan mereka.",
        "the second class on 2 Dec told as its own news", 14.1, "kim-kandangan-kota", None),
       ("Pendopo Bupati HSS pagi ini dipakai untuk lomba masak nasi sop antar-ibu PKK se-Kecamatan Kandangan. Ada 18 tim.",
        "same venue, another event", 3.0, "kim-hamalau", None),
       ("Di Desa Hamalau, bapak-bapak majelis taklim sepakat giliran mengajar mengaji anak-anak setiap malam Jumat. Ini gerakan warga sendiri, bukan program pemerintah.",
        "a village's own fathers' initiative, not the class", 6.0, "kim-hamalau", None),
       ],
    B=[("Abah-abah di Kandangan, Rabu besok ada kelas ayah di pendopo, katanya bahas cara mengasuh anak. Yang sudah didaftarkan kecamatan jangan lupa datang jam 8 ya.",
        "invitation the day before", 22.0, "kim-kandangan-kota")],
))
