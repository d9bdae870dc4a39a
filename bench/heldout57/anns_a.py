# -*- coding: utf-8 -*-
"""Hand-written releases a01-a14 of heldout57, with their summaries, paraphrases, look-alikes and `before` posts.

Fields: id, src, at ("MM-DD HH:MM", Wita), slug, title, text ({D:MM-DD} renders "Senin (9/11/2026)"),
S short summary, L long summary (some), P paraphrase (casual=True: casual Indonesian instead of Banjar),
N look-alikes (at, kim, text, differs), B `before` posts (at, kim, text, differs).
"""

ANNS = [
dict(id="a01", src="dispar-kalsel", at="11-03 15:20",
     slug="tim-verifikasi-klasifikasi-desa-wisata-turun-ke-18-desa",
     title="Tim Verifikasi Klasifikasi Desa Wisata Turun ke 18 Desa",
     text="""BANJARBARU – Dinas Pariwisata Provinsi Kalimantan Selantan menurunkan tim verifikasi klasifikasi desa wisata ke 18 desa di sembilan kabupaten. Verifikasi lapangan berlangsung {D:11-09} sampai {D:11-13} dan menilai empat jenjang status, yaitu rintisan, berkembang, maju dan mandiri.

Tim beranggotakan tujuh orang dari Dispar, akademisi dan asosiasi pelaku wisata. “Kami tidak mencari desa yang paling ramai, tetapi desa yang pengelolaannya tertib, punya data kunjungan dan melibatkan warga,” kata Kepala Bidang Destinasi Pariwisata Dispar Kalsel, Nurhidayati Rahmah. Setiap desa diminta menyiapkan buku tamu, laporan keuangan Pokdarwis dan peta atraksi.

Hasil klasifikasi akan diumumkan pada 10 Desember 2026 dan menjadi dasar pembinaan tahun depan. Desa yang belum masuk daftar verifikasi tahun ini dapat mengajukan diri melalui dinas kabupaten masing-masing. (dispar/nr)""".replace("Selantan", "Selatan"),
     S="Dispar Kalsel menurunkan tim verifikasi klasifikasi ke 18 desa wisata di sembilan kabupaten pada 9–13 November. Statusnya rintisan, berkembang, maju atau mandiri; hasil diumumkan 10 Desember.",
     L="Tim tujuh orang dari Dispar Kalsel, kampus dan asosiasi wisata mendatangi 18 desa wisata di sembilan kabupaten mulai Senin 9 sampai Jumat 13 November untuk verifikasi klasifikasi (rintisan, berkembang, maju, mandiri). Menurut Kabid Destinasi Nurhidayati Rahmah yang dinilai ketertiban pengelolaan, data kunjungan dan keterlibatan warga, bukan ramainya pengunjung. Desa diminta siapkan buku tamu, laporan keuangan Pokdarwis dan peta atraksi. Hasilnya diumumkan 10 Desember dan jadi dasar pembinaan 2027.",
     P="Dangsanak, bubuhan Dispar Kalsel handak turun ka 18 desa wisata tanggal 9 sampai 13 November, manilai status desa: rintisan, berkembang, maju atawa mandiri. Kada dilihat ramai haja lah, tapi buku tamu, laporan duit Pokdarwis wan peta atraksi. Hasilnya diumumakan 10 Desember. Siapakan pang! 🏡",
     N=[
      dict(at="11-10 10", kim="kim-tiwingan-lama", text="Alhamdulillah hari ini desa kami didatangi tim penilai dari Kementerian Pariwisata untuk ADWI 2027 tahap dokumen. Tim hanya dua orang dan melihat video profil desa serta homestay. Terima kasih warga yang sudah bersih-bersih sejak Minggu.", differs="a national ADWI document visit by a two-person ministry team, not the provincial classification team"),
      dict(at="11-12 16", kim="kim-pasayangan", text="Kabar dari kecamatan: desa-desa di Martapura yang mau naik status desa wisata tahun depan diminta mengisi formulir di Disbudpar Banjar paling lambat 15 Desember. Verifikasi provinsi tahun ini tidak termasuk kita, jadi kita siap-siap untuk 2027.", differs="Banjar's own registration for next year; this village is explicitly not in the current verification"),
      dict(at="11-25 09", kim="kim-loktabat-utara", text="Ada yang tanya di grup: kapan hasil klasifikasi desa wisata keluar? Sampai hari ini belum ada info resmi, jangan percaya tangkapan layar daftar 'desa mandiri' yang beredar. Itu daftar tahun 2024.", differs="a warning about a fake/old list, nothing about the verification visits themselves"),
      dict(at="11-13 14", kim="kim-batakan", text="Tim dari kampus ULM melakukan penelitian daya dukung Pantai Batakan selama tiga hari, menghitung jumlah pengunjung akhir pekan dan kapasitas parkir. Hasil penelitian akan diserahkan ke pemerintah desa bulan Januari.", differs="a university carrying-capacity study at a beach, not a classification visit"),
     ],
     B=[
      dict(at="11-02 19", kim="kim-tiwingan-lama", text="Info untuk Pokdarwis: minggu depan katanya ada tim provinsi yang datang menilai desa wisata. Yang pegang buku tamu tolong dirapikan ya, jangan sampai ada halaman kosong berbulan-bulan.", differs="hearsay the evening before the release about the coming visit"),
     ]),

dict(id="a02", src="pemkab-tapin", at="11-12 10:40",
     slug="pipitak-jaya-resmi-naik-status-desa-wisata-berkembang",
     title="Pipitak Jaya Resmi Naik Status Jadi Desa Wisata Berkembang",
     text="""RANTAU – Desa Pipitak Jaya, Kecamatan Piani, resmi naik status dari desa wisata rintisan menjadi desa wisata berkembang. Surat keputusan diserahkan di Pendopo Bupati Tapin pada {D:11-11} kepada Kepala Desa dan Ketua Pokdarwis Pipitak Jaya.

Sepanjang Januari hingga Oktober 2026 desa di tepi Bendungan Tapin itu mencatat 3.420 kunjungan, dengan atraksi perahu keliling waduk, kebun durian dan kuliner ikan salai. “Naik status bukan hadiah, melainkan tanggung jawab baru: kebersihan, keamanan dan pencatatan harus lebih rapi,” ujar Kepala Dinas Kebudayaan dan Pariwisata Tapin, Fahriannor Syukri.

Disbudpar Tapin akan mendampingi Pokdarwis menyusun paket wisata satu hari dan memasang papan petunjuk arah di simpang Piani pada Desember. Desa lain di Tapin diminta mencontoh pencatatan kunjungan Pipitak Jaya. (prokom-tapin/ay)""",
     S="Desa Pipitak Jaya (Piani, Tapin) naik status dari desa wisata rintisan menjadi berkembang; SK diserahkan Rabu 11/11 di Pendopo Bupati. Tercatat 3.420 kunjungan Jan–Okt 2026.",
     P="Kabar baik matan Piani! Pipitak Jaya wayahini sudah jadi desa wisata berkembang, kada rintisan lagi. SK-nya dibari di Pendopo Bupati hari Rabu. Tahun ini sudah 3.420 urang bailang ka sana, naik parahu di waduk, makan iwak salai, mancari durian. Salamat lah Pokdarwis! 🎉",
     N=[
      dict(at="11-16 11", kim="kim-tatakan", text="Desa kami di Tapin Selatan masih berstatus desa wisata rintisan. Kepala desa bilang target naik status baru tahun 2028 karena pencatatan kunjungan kami baru dimulai bulan Agustus. Mohon dukungan warga untuk mengisi buku tamu di pintu masuk embung.", differs="another Tapin village that remains rintisan"),
      dict(at="11-19 08", kim="kim-tatakan", text="Pendopo Bupati Tapin pagi ini dipakai untuk penyerahan SK 87 guru PPPK paruh waktu. Suasana haru, ada guru honorer yang sudah mengabdi 14 tahun.", differs="same pendopo, another handover (PPPK decrees)"),
      dict(at="11-21 15", kim="kim-binuang", text="Rombongan dari Pipitak Jaya berkunjung ke Binuang untuk belajar membuat ikan salai dengan asap serbuk kayu. Ada 12 ibu-ibu yang ikut, katanya untuk oleh-oleh pengunjung waduk.", differs="a study visit by the village's women; no status change"),
      dict(at="12-02 10", kim="kim-binuang", text="Papan petunjuk arah ke Bendungan Tapin mulai dipasang di simpang Piani hari ini. Ada empat papan, satu di antaranya berbahasa Inggris.", differs="the later step (signposts in December) told as its own news"),
     ],
     B=[
      dict(at="11-10 20", kim="kim-tatakan", text="Dengar-dengar Pipitak Jaya bakal dapat SK naik status besok di pendopo. Benar kah? Kalau iya hebat, kunjungan ke waduk memang ramai tahun ini.", differs="rumour the evening before the handover, before the release"),
     ]),

dict(id="a03", src="pemkab-hsu", at="11-17 14:05",
     slug="klinik-penilaian-mandiri-desa-wisata-untuk-tujuh-desa",
     title="Klinik Penilaian Mandiri Desa Wisata untuk Tujuh Desa",
     text="""AMUNTAI – Dinas Pemuda, Olahraga dan Pariwisata Hulu Sungai Utara menggelar klinik penilaian mandiri desa wisata bagi tujuh desa pada {D:11-16} di Aula Bappeda HSU. Peserta berasal dari Desa Sungai Namang, Danau Panggang, Palampitan Hulu, Sungai Tabukan, Pasar Sabtu, Banyu Hirang dan Paminggir.

Setiap desa mendapat formulir 42 indikator, mulai dari kebersihan, keamanan, pemandu hingga pencatatan tamu. “Penilaian mandiri ini cermin: desa menilai dirinya sendiri dulu sebelum dinilai orang lain,” tutur Kepala Bidang Pariwisata Disporapar HSU, Rahmadi Noor.

Formulir yang sudah diisi dikumpulkan paling lambat 30 November 2026. Disporapar akan membahas hasilnya bersama Pokdarwis pada pertengahan Desember untuk menentukan desa yang diusulkan ke verifikasi provinsi tahun depan. (disporapar-hsu/mf)""",
     S="Disporapar HSU menggelar klinik penilaian mandiri untuk tujuh desa wisata (Senin 16/11, Aula Bappeda). Formulir 42 indikator dikumpulkan paling lambat 30 November.",
     L="Tujuh desa di HSU — Sungai Namang, Danau Panggang, Palampitan Hulu, Sungai Tabukan, Pasar Sabtu, Banyu Hirang dan Paminggir — ikut klinik penilaian mandiri desa wisata di Aula Bappeda, Senin 16 November. Tiap desa mengisi formulir 42 indikator (kebersihan, keamanan, pemandu, pencatatan tamu) dan mengumpulkannya paling lambat 30 November. Pertengahan Desember Disporapar membahas hasilnya bersama Pokdarwis untuk memilih desa yang diusulkan ke verifikasi provinsi 2027.",
     P="Bubuhan Pokdarwis tujuh desa di HSU tadi ikut klinik di Aula Bappeda, disuruh manilai diri surang dulu. Ada 42 indikator, matan kabarsihan sampai buku tamu. Kumpulakan formulirnya sabalum 30 November lah, jangan tahapan!",
     N=[
      dict(at="11-18 09", kim="kim-palampitan-hulu", text="Aula Bappeda HSU hari ini ramai untuk musrenbang tematik perempuan dan anak. Ada 42 usulan dari kelompok PKK yang dibahas sampai sore.", differs="same hall, another meeting; the 42 here are proposals"),
      dict(at="11-30 16", kim="kim-danau-panggang", text="Formulir penilaian desa wisata kami sudah diantar ke Disporapar tadi siang. Nilai sementara kami sendiri: kebersihan bagus, pemandu masih kurang. Semoga tahun depan bisa diusulkan.", differs="one village's own hand-in on the deadline day, with its own results"),
      dict(at="11-20 13", kim="kim-sungai-namang", text="Warga Sungai Namang kerja bakti membersihkan siring dan dermaga kecil di depan masjid. Kata pambakal, ini persiapan kalau ada tamu yang datang naik perahu dari Amuntai.", differs="a village clean-up, no clinic, form or deadline"),
     ],
     B=[]),

dict(id="a04", src="pemprov-kalsel", at="11-20 16:30",
     slug="malinau-dan-tiwingan-lama-raih-sertifikat-desa-wisata-berkelanjutan",
     title="Malinau dan Tiwingan Lama Raih Sertifikat Desa Wisata Berkelanjutan",
     text="""BANJARMASIN – Dua desa di Kalimantan Selatan, Desa Malinau di Kecamatan Loksado, Hulu Sungai Selatan, dan Desa Tiwingan Lama di Kecamatan Aranio, Kabupaten Banjar, meraih sertifikat desa wisata berkelanjutan dari Kementerian Pariwisata. Sertifikat diterima di Jakarta pada {D:11-19}.

Keduanya lolos dari 64 desa se-Indonesia yang mengikuti audit tahun ini, dengan penilaian pengelolaan sampah, pelestarian budaya dan pembagian pendapatan kepada warga. “Sertifikat ini menunjukkan desa kita bisa maju tanpa merusak hutan dan sungainya,” kata Sekretaris Daerah Provinsi Kalsel, H. Fadlurrahman Anwar.

Pemprov berencana menjadikan Malinau dan Tiwingan Lama sebagai tempat belajar bagi desa wisata lain mulai Februari 2027. Sertifikat berlaku tiga tahun dan akan diaudit ulang pada 2029. (biro-adpim/hd)""",
     S="Desa Malinau (Loksado, HSS) dan Tiwingan Lama (Aranio, Banjar) meraih sertifikat desa wisata berkelanjutan dari Kemenpar, diterima di Jakarta Kamis 19/11; lolos dari 64 desa yang diaudit.",
     P="Bangga banar! Malinau di Loksado wan Tiwingan Lama di Aranio dapat sertifikat desa wisata berkelanjutan matan kementerian. Dibari di Jakarta hari Kamis, lulus matan 64 desa sa-Indonesia. Artinya desa kita kawa maju kada marusak hutan wan sungai. Mantap dangsanak!",
     N=[
      dict(at="11-23 10", kim="kim-loksado", text="Warga Loksado menyambut rombongan Pokdarwis Malinau yang pulang dari Jakarta. Ada arak-arakan kecil dan makan bersama di balai adat. Sertifikatnya dipajang di balai desa.", differs="the welcome-home on 23 Nov, a later local event"),
      dict(at="11-24 15", kim="kim-tiwingan-lama", text="Tahun lalu desa kami baru ikut pelatihan pengelolaan sampah wisata dari bank sampah kabupaten. Hari ini pengurus bank sampah desa menimbang 312 kg botol plastik dari area dermaga selama bulan November.", differs="the village's own waste-bank weighing, with its own figures"),
      dict(at="11-26 19", kim="kim-hamalau", text="Kenapa desa wisata di Hamalau tidak pernah ikut sertifikasi? Padahal arung jeram kita ramai. Semoga dinas memperhatikan desa lain juga, jangan itu-itu saja.", differs="a complaint from another village not certified"),
     ],
     B=[]),

dict(id="a05", src="pemkab-hst", at="11-25 11:15",
     slug="lima-pokdarwis-terima-penghargaan-kinerja-pariwisata",
     title="Lima Pokdarwis Terima Penghargaan Kinerja Pariwisata",
     text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah memberikan penghargaan kinerja kepada lima kelompok sadar wisata (Pokdarwis) pada {D:11-24} di Gedung Murakata. Penilaian memakai data kunjungan, laporan keuangan dan keluhan pengunjung selama setahun.

Kelima penerima ialah Pokdarwis Hinas Kiri, Hantakan, Pagat, Batu Benawa dan Patikalain. Masing-masing menerima piagam dan dana pembinaan Rp15 juta. “Kami menghargai kelompok yang rajin mencatat, bukan hanya yang fotonya bagus di media sosial,” ucap Wakil Bupati HST, H. Saiful Bahri Jamal.

Dana pembinaan wajib dipakai untuk sarana kebersihan atau keselamatan pengunjung dan dilaporkan paling lambat Maret 2027. Disbudporapar HST juga akan menggelar pertemuan Pokdarwis se-kabupaten pada Januari. (kominfo-hst/zn)""",
     S="Pemkab HST memberi penghargaan kinerja kepada lima Pokdarwis (Hinas Kiri, Hantakan, Pagat, Batu Benawa, Patikalain) Selasa 24/11 di Gedung Murakata; masing-masing Rp15 juta dana pembinaan.",
     L="Di Gedung Murakata, Selasa 24 November, Wabup HST H. Saiful Bahri Jamal menyerahkan penghargaan kinerja kepada lima Pokdarwis: Hinas Kiri, Hantakan, Pagat, Batu Benawa dan Patikalain. Penilaiannya berdasarkan data kunjungan, laporan keuangan dan keluhan pengunjung setahun. Tiap kelompok dapat piagam dan Rp15 juta dana pembinaan, yang harus dipakai untuk sarana kebersihan atau keselamatan dan dilaporkan paling lambat Maret 2027. Pertemuan Pokdarwis se-HST digelar Januari.",
     P="Salamat gasan lima Pokdarwis di HST: Hinas Kiri, Hantakan, Pagat, Batu Benawa wan Patikalain! Tadi di Gedung Murakata dibari piagam wan duit pembinaan Rp15 juta sorang satu. Kata Wabup yang dihargai tu nang rajin mancatat, kada nang bagus foto di medsos haja 😄",
     N=[
      dict(at="11-26 09", kim="kim-hantakan", text="Gedung Murakata kemarin sore dipakai untuk pelantikan pengurus KONI HST. Ada 15 cabang olahraga yang menerima bendera.", differs="same building, next event, another '15'"),
      dict(at="11-27 14", kim="kim-barabai-darat", text="Pokdarwis Pagat mengadakan lomba foto wisata berhadiah total Rp15 juta untuk umum, pendaftaran sampai 10 Desember. Foto harus diambil di kawasan Batu Benawa.", differs="a photo contest run by a Pokdarwis, same amount"),
      dict(at="12-03 10", kim="kim-hinas-kiri", text="Pokdarwis Hinas Kiri membeli 20 pelampung dan satu tandu lipat untuk jalur sungai. Kata ketua, ini pembelian rutin dari kas kelompok hasil tiket parkir bulan Oktober.", differs="equipment bought from the group's own cash, explicitly not the award money"),
     ],
     B=[
      dict(at="11-23 18", kim="kim-barabai-darat", text="Besok pagi ada acara penghargaan Pokdarwis di Gedung Murakata. Katanya ada lima kelompok yang dipanggil, tapi belum tahu siapa saja.", differs="invitation the evening before the ceremony"),
     ]),

dict(id="a06", src="pemkab-kotabaru", at="11-05 13:50",
     slug="enam-belas-homestay-teluk-tamiang-dapat-bantuan-perbaikan",
     title="Enam Belas Homestay Teluk Tamiang Dapat Bantuan Perbaikan",
     text="""KOTABARU – Sebanyak 16 pemilik homestay di Desa Teluk Tamiang, Kecamatan Pulau Laut Tanjung Selayar, menerima bantuan perbaikan dari Pemerintah Kabupaten Kotabaru. Perjanjian bantuan ditandatangani pada {D:11-04} di Kantor Camat Pulau Laut Tanjung Selayar.

Setiap homestay mendapat Rp12 juta untuk memperbaiki kamar mandi, mengganti kasur dan memasang jaring nyamuk. Pekerjaan dilakukan pemilik sendiri dan diawasi fasilitator dari Dinas Pariwisata. “Tamu yang datang ke Teluk Tamiang ingin laut yang indah dan kamar yang bersih. Dua hal itu harus jalan bersama,” kata Kepala Dinas Pariwisata Kotabaru, Ir. Hendra Kusumawijaya.

Perbaikan harus selesai paling lambat 15 Desember 2026 agar siap menyambut libur akhir tahun. Homestay yang terlambat melapor tidak akan diusulkan untuk bantuan promosi tahun depan. (diskominfo-ktb/rn)""",
     S="16 homestay di Teluk Tamiang (Pulau Laut Tanjung Selayar, Kotabaru) menerima bantuan perbaikan Rp12 juta per homestay; perjanjian diteken Rabu 4/11, perbaikan selesai paling lambat 15 Desember.",
     L="Pemkab Kotabaru membantu 16 pemilik homestay di Desa Teluk Tamiang, Pulau Laut Tanjung Selayar, masing-masing Rp12 juta untuk kamar mandi, kasur baru dan jaring nyamuk. Perjanjian diteken Rabu 4 November di kantor camat. Pemilik mengerjakan sendiri dengan pengawasan fasilitator Dinas Pariwisata, dan semuanya harus selesai 15 Desember menjelang libur akhir tahun. Yang terlambat lapor tidak diusulkan untuk bantuan promosi 2027.",
     P="Bubuhan pemilik homestay di Teluk Tamiang, 16 buting, dapat bantuan Rp12 juta sorang gasan mamparbaiki kamar mandi, ganti kasur wan pasang kalambu. Bagawi surang, diawasi urang dinas. Harus tuntung sabalum 15 Desember, supaya libur akhir tahun tamu nyaman 🏝️",
     N=[
      dict(at="11-09 09", kim="kim-sarang-tiung", text="Homestay di Sarang Tiung belum ada yang dapat bantuan perbaikan. Kami sudah usulkan delapan rumah lewat musrenbang desa, semoga masuk tahun 2027.", differs="another village's proposal, no aid"),
      dict(at="11-11 16", kim="kim-sarang-tiung", text="Kantor Camat Pulau Laut Tanjung Selayar kemarin dipakai untuk penandatanganan hibah 16 unit perahu fiber kepada kelompok nelayan. Nilainya Rp12 juta per perahu.", differs="same office, 16 boats (fishing aid), same amount"),
      dict(at="11-28 11", kim="kim-teluk-tamiang", text="Salah satu homestay di desa kami sudah selesai pasang keramik kamar mandi, tapi kasurnya belum datang karena kapal barang dari Batulicin terlambat. Mudah-mudahan minggu depan.", differs="an individual progress note later, no new facts of the aid"),
      dict(at="11-18 20", kim="kim-sebelimbingan", text="Banyak yang tanya bantuan homestay: itu hanya untuk Teluk Tamiang, bukan untuk rumah yang disewakan di kota Kotabaru. Belum ada info resmi untuk Pulau Laut Utara.", differs="a clarification that the town is not included"),
     ],
     B=[
      dict(at="11-03 17", kim="kim-sarang-tiung", text="Besok katanya pemilik homestay di Teluk Tamiang dipanggil ke kantor camat untuk tanda tangan bantuan. Semoga desa kami kebagian tahun depan.", differs="hearsay the day before the signing"),
     ]),

dict(id="a07", src="pemkab-banjar", at="11-10 09:25",
     slug="46-homestay-aranio-masuk-portal-pemesanan-singgah-banjar",
     title="46 Homestay Aranio Masuk Portal Pemesanan Singgah Banjar",
     text="""MARTAPURA – Sebanyak 46 homestay di Desa Tiwingan Lama dan Belangian, Kecamatan Aranio, bisa dipesan secara daring melalui portal Singgah Banjar mulai {D:11-16}. Portal dikelola Dinas Pariwisata Kabupaten Banjar bersama Pokdarwis setempat.

Tamu dapat melihat foto kamar, harga dan jadwal perahu dari Dermaga Tiwingan sebelum memesan. Pembayaran memakai QRIS dan langsung masuk ke rekening pemilik, dengan potongan biaya layanan 5 persen untuk kas Pokdarwis. “Selama ini tamu sering datang tanpa kepastian kamar. Dengan portal ini pemilik juga bisa merencanakan belanja,” ujar Kepala Dinas Pariwisata Banjar, Rakhmat Hidayat.

Pemilik homestay di desa lain di sekitar Waduk Riam Kanan dapat mendaftar mulai Januari 2027 setelah lolos pemeriksaan kamar oleh tim dinas. (dispar-banjar/sr)""",
     S="46 homestay di Tiwingan Lama dan Belangian (Aranio) bisa dipesan daring lewat portal Singgah Banjar mulai Senin 16/11; bayar QRIS, potongan 5 persen untuk kas Pokdarwis.",
     P="Handak bamalam di Riam Kanan? Mulai 16 November 46 homestay di Tiwingan Lama wan Belangian kawa dipesan lewat portal Singgah Banjar. Kawa malihat foto kamar, rega wan jadwal kelotok. Bayar pakai QRIS, duitnya langsung ka pemilik, 5 persen gasan kas Pokdarwis. Nyaman banar wayahini!",
     N=[
      dict(at="11-12 13", kim="kim-pasayangan", text="Warga yang punya rumah di Martapura dan ingin menyewakan kamar untuk peziarah haul tanya apakah bisa masuk portal Singgah Banjar. Jawaban dinas: untuk sekarang belum bisa, portal hanya untuk Aranio.", differs="a question from elsewhere; explicitly not included"),
      dict(at="11-17 08", kim="kim-pasayangan", text="Mulai hari ini parkir di Dermaga Tiwingan dibayar pakai QRIS, Rp5.000 untuk motor dan Rp10.000 untuk mobil. Petugas dari Dishub Banjar berjaga sampai pukul 17.00.", differs="QRIS parking at the same jetty, another service"),
      dict(at="11-22 19", kim="kim-sungai-batang", text="Awas penipuan! Ada akun Instagram mengaku 'Singgah Banjar Official' minta transfer DP ke rekening pribadi. Portal resmi tidak pernah minta transfer manual. Sudah dua warga kami tertipu Rp300 ribu.", differs="a scam warning about a fake account"),
     ],
     B=[
      dict(at="11-08 10", kim="kim-tiwingan-lama", text="Bapak-bapak pemilik homestay tadi difoto satu-satu kamarnya oleh petugas dinas. Katanya untuk aplikasi pemesanan, tapi belum tahu kapan mulai.", differs="photographing rooms two days before the release"),
     ]),

dict(id="a08", src="pemkab-hss", at="11-19 15:35",
     slug="perbup-tarif-homestay-loksado-berlaku-1-desember",
     title="Perbup Tarif Homestay Loksado Berlaku 1 Desember",
     text="""KANDANGAN – Pemerintah Kabupaten Hulu Sungai Selatan menetapkan batas tarif homestay di Kecamatan Loksado melalui peraturan bupati yang berlaku mulai {D:12-01}. Tarif paling rendah Rp175.000 dan paling tinggi Rp300.000 per kamar per malam, termasuk sarapan.

Aturan berlaku untuk 38 homestay terdaftar. Setiap pemilik wajib memasang daftar harga di dekat pintu masuk dan mencatat tamu di buku register. “Kami menerima keluhan tamu yang ditagih berbeda-beda pada malam yang sama. Tarif yang jelas melindungi tamu dan pemilik,” kata Kepala Dinas Kebudayaan dan Pariwisata HSS, Hj. Nor Aida Mahmudah.

Disbudpar HSS akan membagikan papan daftar harga pada 26 November di Balai Desa Loksado. Pelanggaran pertama dikenai teguran tertulis, dan homestay yang berulang kali melanggar dicoret dari daftar promosi dinas. (kominfo-hss/ah)""",
     S="Perbup HSS: tarif 38 homestay di Loksado Rp175.000–Rp300.000 per kamar per malam termasuk sarapan, berlaku Selasa 1/12; daftar harga wajib dipasang.",
     L="Mulai Selasa 1 Desember, 38 homestay terdaftar di Loksado harus memakai tarif Rp175.000 sampai Rp300.000 per kamar per malam (sudah termasuk sarapan) sesuai Perbup HSS. Daftar harga wajib dipasang di dekat pintu, tamu dicatat di buku register. Kadisbudpar Hj. Nor Aida Mahmudah menyebut banyak keluhan tamu ditagih berbeda pada malam yang sama. Papan harga dibagikan 26 November di Balai Desa Loksado; pelanggar pertama ditegur, pelanggar berulang dicoret dari promosi dinas.",
     P="Gasan nang handak ka Loksado: mulai 1 Desember rega homestay ada aturannya, paling murah Rp175 ribu, paling larang Rp300 ribu samalam, sudah tamasuk sarapan. 38 homestay wajib mamasang daftar rega. Jadi kada kawa lagi bada-bada rega dalam samalam 👍",
     N=[
      dict(at="11-26 14", kim="kim-loksado", text="Tadi di Balai Desa Loksado pemilik homestay menerima papan daftar harga dari dinas. Ada yang protes karena papannya terlalu kecil dan tulisannya tidak kelihatan dari jalan.", differs="the handout of price boards on 26 Nov, a later step"),
      dict(at="11-21 10", kim="kim-hamalau", text="Tarif rakit bambu di Hamalau naik jadi Rp300 ribu per rakit mulai bulan depan, kata ketua kelompok joki. Alasannya harga bambu dan upah naik.", differs="a raft fee in another village, same amount"),
      dict(at="12-04 20", kim="kim-kandangan-kota", text="Pengalaman kami menginap di Loksado minggu ini: kamar bersih, sarapan nasi kuning, pemiliknya ramah. Harganya Rp250 ribu semalam. Rekomendasi untuk keluarga!", differs="a traveller's review after the rule took effect"),
     ],
     B=[
      dict(at="11-18 12", kim="kim-loksado", text="Ada yang sudah dengar? Katanya pemerintah mau mengatur harga homestay di Loksado supaya tidak ada yang pasang harga sesukanya. Belum ada info resmi.", differs="rumour a day before the Perbup release"),
     ]),

dict(id="a09", src="pemkab-banjar", at="11-06 17:10",
     slug="40-peserta-ikuti-pelatihan-pemandu-wisata-religi-martapura",
     title="40 Peserta Ikuti Pelatihan Pemandu Wisata Religi Martapura",
     text="""MARTAPURA – Sebanyak 40 pemuda dan pengurus masjid mengikuti pelatihan pemandu wisata religi yang digelar Dinas Pariwisata Kabupaten Banjar pada {D:11-05} hingga {D:11-07} di Mahligai Sultan Adam, Martapura.

Peserta mempelajari sejarah ulama Banjar, adab ziarah, cara menghadapi rombongan besar dan pertolongan pertama. Di hari terakhir mereka praktik memandu di tiga situs ziarah di sekitar Martapura. “Peziarah datang dari banyak provinsi. Mereka butuh pemandu yang santun, paham sejarah dan tidak memungut biaya sembarangan,” kata Sekretaris Daerah Kabupaten Banjar, H. Mukhlis Baihaqi.

Peserta yang lulus evaluasi akan menerima sertifikat dan rompi pemandu pada Desember. Dinas Pariwisata juga menyiapkan daftar tarif pemandu yang disepakati bersama pengurus situs ziarah. (dispar-banjar/mi)""",
     S="Dispar Banjar melatih 40 pemandu wisata religi pada 5–7 November di Mahligai Sultan Adam, Martapura; yang lulus menerima sertifikat dan rompi pada Desember.",
     P="Ada 40 urang pemuda wan pengurus masjid balajar jadi pemandu wisata religi di Mahligai Sultan Adam, Kamis sampai Sabtu. Balajar sajarah ulama Banjar, adab ziarah, sampai P3K. Nang lulus dapat sertifikat wan rompi bulan Desember. Mudahan paziarah makin nyaman datang ka Martapura 🤲",
     N=[
      dict(at="11-09 10", kim="kim-pasayangan", text="Pengurus masjid di Pasayangan mengadakan pelatihan khatib muda untuk 40 remaja masjid selama tiga hari. Materinya tata cara khutbah dan membaca kitab.", differs="a mosque's own preacher training, same count"),
      dict(at="11-12 15", kim="kim-pasayangan", text="Mahligai Sultan Adam kemarin dipakai untuk pameran batu permata dan perhiasan. Pengunjung ramai sampai malam, banyak rombongan dari Kalteng.", differs="same venue, another event"),
      dict(at="12-03 09", kim="kim-sungai-batang", text="Alhamdulillah anak kami yang ikut pelatihan pemandu religi sudah menerima rompi dan sertifikat hari ini. Ia langsung diminta memandu rombongan dari Samarinda ke makam ulama.", differs="the later certificate/vest handover in December told as its own news"),
      dict(at="11-15 11", kim="kim-tiwingan-lama", text="Pelatihan pemandu arung perahu di Riam Kanan diikuti 18 pemuda desa. Materi: membaca arus, pelampung dan berenang penyelamatan. Diadakan oleh Pokdarwis dan Pos SAR.", differs="another guide training (boats), other organiser and place"),
     ],
     B=[
      dict(at="11-05 07", kim="kim-pasayangan", text="Pagi ini ramai di Mahligai Sultan Adam, anak-anak muda pakai baju koko dan peci putih antre daftar ulang. Katanya pelatihan pemandu ziarah, tiga hari.", differs="live post on the first morning, before the release"),
     ]),

dict(id="a10", src="pemkab-tanah-bumbu", at="11-09 14:45",
     slug="14-pemandu-snorkeling-pantai-angsana-kantongi-sertifikat",
     title="14 Pemandu Snorkeling Pantai Angsana Kantongi Sertifikat",
     text="""BATULICIN – Sebanyak 14 pemandu snorkeling di Pantai Angsana, Kecamatan Angsana, resmi mengantongi sertifikat kompetensi setelah mengikuti pelatihan dan uji praktik pada {D:11-07} dan {D:11-08}. Pelatihan digelar Dinas Kebudayaan dan Pariwisata Tanah Bumbu bersama Pos SAR Batulicin.

Para pemandu diuji berenang 200 meter, menolong wisatawan yang panik di air dan mengenalkan aturan tidak menginjak terumbu karang. “Angsana terkenal dengan airnya yang jernih, tetapi keselamatan tamu tetap nomor satu,” kata Kepala Disbudpar Tanah Bumbu, Drs. Yusran Effendi.

Mulai Desember, perahu wisata di Angsana hanya boleh membawa tamu snorkeling jika didampingi pemandu bersertifikat. Disbudpar juga membagikan 14 set pelampung dan peluit kepada para pemandu. (diskominfo-tanbu/ws)""",
     S="14 pemandu snorkeling di Pantai Angsana (Tanah Bumbu) lulus uji kompetensi 7–8 November bersama Pos SAR Batulicin; mulai Desember tamu snorkeling wajib didampingi pemandu bersertifikat.",
     L="Disbudpar Tanah Bumbu dan Pos SAR Batulicin menguji 14 pemandu snorkeling Pantai Angsana pada Sabtu–Minggu 7–8 November: berenang 200 meter, menolong tamu panik, dan aturan tidak menginjak karang. Semuanya lulus dan bersertifikat. Mulai Desember perahu wisata di Angsana hanya boleh membawa tamu snorkeling bila ada pemandu bersertifikat. Dinas juga membagikan 14 set pelampung dan peluit.",
     P="Bubuhan pemandu snorkeling di Angsana wayahini sudah basertifikat, 14 urang! Diuji bakunyung 200 meter, manolong tamu nang takutan di banyu, wan kada bulih manjajak karang. Mulai Desember tamu snorkeling wajib ditemani pemandu basertifikat. Aman wan nyaman 🐠🌊",
     N=[
      dict(at="11-14 09", kim="kim-angsana", text="Pantai Angsana hari ini ramai lomba renang antar pelajar SD se-Kecamatan Angsana. Jarak lomba 200 meter di area yang sudah dipasangi tali pembatas.", differs="a school swimming race at the same beach, same distance"),
      dict(at="11-16 16", kim="kim-sebamban-baru", text="Pos SAR Batulicin melatih 30 nelayan Sungai Loban cara memakai radio dan menolong korban kapal terbalik. Latihan dua hari di Pelabuhan Sebamban.", differs="same SAR office, fishermen's training elsewhere"),
      dict(at="12-01 12", kim="kim-kota-pagatan", text="Mulai hari ini pemandu snorkeling di Angsana berjaga pakai rompi oranye, kata teman yang baru pulang dari sana. Tamu tidak boleh turun tanpa pemandu.", differs="the first day of the December rule seen by a visitor, later"),
     ],
     B=[]),

dict(id="a11", src="pemkot-banjarmasin", at="11-25 10:20",
     slug="pemandu-wisata-sungai-wajib-kenakan-kartu-tanda-anggota",
     title="Pemandu Wisata Sungai Wajib Kenakan Kartu Tanda Anggota",
     text="""BANJARMASIN – Pemerintah Kota Banjarmasin mewajibkan 34 pemandu wisata sungai yang beroperasi di kawasan Siring Menara Pandang mengenakan kartu tanda anggota (KTA) mulai {D:12-01}. KTA dicetak gratis di kantor Disbudporapar Banjarmasin sampai 30 November.

Pemandu cukup membawa KTP, pas foto dan surat keterangan dari kelompok pemandu. Setiap KTA memuat nama, nomor dan kode QR yang bisa dipindai wisatawan untuk memastikan pemandu itu terdaftar. “Wisatawan sering bingung siapa pemandu resmi dan siapa calo. Dengan KTA, mereka bisa memeriksa sendiri,” kata Kepala Bidang Pariwisata Disbudporapar Banjarmasin, M. Ridhani Fauzi.

Petugas akan berkeliling di dermaga setiap akhir pekan pada Desember. Pemandu tanpa KTA diminta berhenti memandu sampai kartunya selesai dibuat. (diskominfo-bjm/yl)""",
     S="Pemkot Banjarmasin mewajibkan 34 pemandu wisata sungai di Siring Menara Pandang memakai KTA ber-QR mulai 1 Desember; KTA dicetak gratis di Disbudporapar sampai 30 November.",
     P="Gasan pemandu wisata sungai di Siring Menara Pandang, 34 urang: mulai 1 Desember wajib mamakai KTA nang ada kode QR-nya. Ulah gratis di kantor Disbudporapar sampai 30 November, bawa KTP wan pas foto haja. Wisatawan kawa mamindai, jadi tahu mana pemandu resmi, mana calo 😉",
     N=[
      dict(at="11-27 11", kim="kim-pengambangan", text="Motoris kelotok wisata di Siring Menara Pandang dapat pelatihan keselamatan dan pelampung baru dari Dishub. Ada 25 motoris yang ikut, semuanya wajib bawa pelampung cadangan.", differs="boat drivers' safety training, a different group and office"),
      dict(at="12-05 17", kim="kim-sungai-jingah", text="Sabtu ini petugas Disbudporapar berkeliling di dermaga Siring, dua pemandu diminta berhenti karena belum punya kartu. Petugas bilang mereka bisa mengurus Senin.", differs="the first weekend patrol in December, later step"),
      dict(at="11-28 10", kim="kim-basirih", text="Pedagang kuliner di Siring Menara Pandang kini wajib memakai kartu identitas pedagang dari Dinas Perdagangan. Sudah 46 pedagang yang menerima kartunya.", differs="ID cards for vendors at the same place, another office"),
     ],
     B=[]),

dict(id="a12", src="disperindag-kalsel", at="11-04 16:00",
     slug="27-produk-lolos-kurasi-pojok-suvenir-banua-di-12-hotel",
     title="27 Produk Lolos Kurasi Pojok Suvenir Banua di 12 Hotel",
     text="""BANJARMASIN – Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Selatan menetapkan 27 produk dari 60 yang mendaftar untuk dipajang di Pojok Suvenir Banua. Kurasi dilakukan pada {D:11-02} dan {D:11-03} di Gedung Dekranasda Kalsel oleh tim kurator dari perhotelan, desainer dan akademisi.

Produk yang lolos antara lain tas purun bermotif, gantungan kunci kayu ulin, kain sasirangan ukuran syal dan amplang dalam kemasan kaleng. Pojok Suvenir Banua akan hadir di lobi 12 hotel di Banjarmasin dan Banjarbaru mulai 16 November. “Tamu hotel sering bertanya oleh-oleh khas Kalsel yang mudah dibawa naik pesawat. Kurasi ini menjawab itu,” ujar Kepala Disperindag Kalsel, Ir. Sulaiman Hadi.

Produk yang belum lolos akan mendapat pendampingan kemasan dan bisa mendaftar pada kurasi berikutnya di bulan Maret 2027. (disperindag/lr)""",
     S="Disperindag Kalsel meloloskan 27 dari 60 produk suvenir untuk Pojok Suvenir Banua di lobi 12 hotel di Banjarmasin dan Banjarbaru, mulai 16 November.",
     L="Kurasi Pojok Suvenir Banua berlangsung Senin–Selasa 2–3 November di Gedung Dekranasda Kalsel. Dari 60 produk, 27 lolos: di antaranya tas purun bermotif, gantungan kunci ulin, syal sasirangan dan amplang kaleng. Produk akan dipajang di lobi 12 hotel di Banjarmasin dan Banjarbaru mulai 16 November, karena menurut Kadisperindag Ir. Sulaiman Hadi tamu hotel mencari oleh-oleh yang mudah dibawa naik pesawat. Yang belum lolos dapat pendampingan kemasan dan bisa ikut kurasi Maret 2027.",
     P="Kabar gasan UMKM: matan 60 produk, 27 nang lulus kurasi Pojok Suvenir Banua. Ada tas purun, gantungan kunci ulin, syal sasirangan, amplang kalengan. Mulai 16 November dipajang di lobi 12 hotel di Banjarmasin wan Banjarbaru. Nang balum lulus, ayo baiki kemasan, Maret kawa badaftar pulang 💪",
     N=[
      dict(at="11-07 10", kim="kim-sungai-jingah", text="Kelompok perajin purun Sungai Jingah menerima pesanan 600 tas untuk suvenir seminar nasional di sebuah hotel Banjarmasin. Pesanan harus selesai dua minggu.", differs="a private order for a seminar, not the curated hotel corners"),
      dict(at="11-18 19", kim="kim-guntung-manggis", text="Tadi lihat rak Pojok Suvenir di lobi hotel dekat bandara, tapi amplangnya sudah habis dan belum diisi. Semoga pengelola rajin mengisi ulang.", differs="a complaint after the corners opened, later"),
      dict(at="11-10 14", kim="kim-pengambangan", text="Produk kerupuk ikan kami tidak lolos kurasi oleh-oleh bandara bulan lalu karena label gizi belum ada. Sekarang kami sedang mengurus label ke dinas kesehatan.", differs="another curation (airport, last month)"),
      dict(at="11-24 09", kim="kim-basirih", text="Gedung Dekranasda Kalsel hari ini dipakai untuk rapat kerja pengurus Dekranasda kabupaten/kota. Ada 60 undangan yang hadir.", differs="same building, another meeting, another 60"),
     ],
     B=[
      dict(at="11-02 09", kim="kim-basirih", text="Pagi ini kami membawa tiga contoh produk ke Gedung Dekranasda untuk dikurasi. Antreannya panjang, katanya ada puluhan UMKM. Doakan lolos ya.", differs="a participant on the curation morning, before the release"),
     ]),

dict(id="a13", src="pemkab-hst", at="11-13 15:40",
     slug="19-produk-lolos-kurasi-gerai-cinderamata-murakata",
     title="19 Produk Lolos Kurasi Gerai Cinderamata Murakata",
     text="""BARABAI – Sebanyak 19 dari 45 produk perajin Hulu Sungai Tengah lolos kurasi Gerai Cinderamata Murakata. Kurasi digelar Dinas Perdagangan, Koperasi dan UKM HST bersama Dekranasda HST pada {D:11-12} di Pendopo Murakata.

Produk yang lolos didominasi anyaman bamban, kerajinan kayu manis, gelang manik Dayak Meratus dan dodol kandangan kemasan kecil. Penilaian mencakup kerapian, kemasan, label dan kesanggupan perajin memasok minimal 20 buah setiap bulan. “Gerai ini bukan etalase pajangan. Barangnya harus laku dan stoknya terus ada,” kata Ketua Dekranasda HST, Hj. Rahmawati Saiful.

Gerai Cinderamata Murakata dibuka di kompleks Terminal Barabai pada awal Desember. Perajin yang lolos diminta menyerahkan stok pertama paling lambat 28 November 2026. (kominfo-hst/rs)""",
     S="Kurasi Gerai Cinderamata Murakata (Kamis 12/11, Pendopo Murakata): 19 dari 45 produk perajin HST lolos; gerai di kompleks Terminal Barabai dibuka awal Desember, stok pertama paling lambat 28/11.",
     P="Dangsanak perajin HST, 19 matan 45 produk lulus kurasi Gerai Cinderamata Murakata. Banyak anyaman bamban, karajinan kayu manis, galang manik Meratus. Gerai di Terminal Barabai dibuka awal Desember, stok pertama antarakan sabalum 28 November lah!",
     N=[
      dict(at="11-16 10", kim="kim-barabai-darat", text="Pendopo Murakata hari Sabtu dipakai untuk lomba anyaman bamban tingkat pelajar. Ada 45 peserta dari SMP se-HST, juaranya dari Batang Alai Selatan.", differs="same venue, a pupils' weaving contest with 45 entrants"),
      dict(at="12-02 09", kim="kim-hantakan", text="Gerai oleh-oleh milik BUMDes Hantakan di pinggir jalan ke Batu Benawa mulai menjual gelang manik dan kayu manis ikat. Harga mulai Rp10 ribu.", differs="a BUMDes's own shop, not the curated outlet"),
      dict(at="11-20 15", kim="kim-barabai-darat", text="Terminal Barabai mulai dicat ulang dan ruang tunggunya diperbaiki. Kata petugas Dishub, pekerjaan selesai sebelum arus libur akhir tahun.", differs="repair of the terminal building, nothing about the shop or curation"),
     ],
     B=[]),

dict(id="a14", src="pemkab-tanah-bumbu", at="11-23 16:15",
     slug="lima-suvenir-resmi-tanah-bumbu-ditetapkan",
     title="Lima Suvenir Resmi Tanah Bumbu Ditetapkan",
     text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu menetapkan lima suvenir resmi daerah yang akan diberikan kepada tamu kenegaraan dan tamu dinas mulai Januari 2027. Penetapan diumumkan pada {D:11-23} di Kantor Bupati Tanah Bumbu setelah seleksi terhadap 38 karya perajin.

Kelima suvenir itu ialah miniatur perahu bagang, tas anyaman daun nipah, kain tenun Pagatan, piring kayu bermotif ombak dan gantungan kunci kerang. “Setiap tamu yang pulang dari Tanah Bumbu harus membawa cerita tentang laut dan pesisir kita,” kata Bupati Tanah Bumbu melalui Asisten Perekonomian, H. Syahrani Ardiansyah.

Perajin pembuat lima suvenir itu akan menandatangani kontrak pengadaan pada Desember. Pemkab juga meminta hotel dan rumah makan di Batulicin menyediakan sudut penjualan suvenir yang sama. (diskominfo-tanbu/fa)""",
     S="Pemkab Tanah Bumbu menetapkan lima suvenir resmi daerah (miniatur perahu bagang, tas nipah, tenun Pagatan, piring kayu motif ombak, gantungan kunci kerang) dari 38 karya, untuk tamu dinas mulai Januari 2027.",
     L="Senin 23 November di Kantor Bupati, Pemkab Tanah Bumbu mengumumkan lima suvenir resmi daerah hasil seleksi 38 karya: miniatur perahu bagang, tas anyaman daun nipah, kain tenun Pagatan, piring kayu motif ombak dan gantungan kunci kerang. Suvenir ini diberikan kepada tamu kenegaraan dan tamu dinas mulai Januari 2027. Kontrak pengadaan dengan perajin diteken Desember, dan hotel serta rumah makan di Batulicin diminta menyediakan sudut penjualan suvenir yang sama.",
     P="Wayahini Tanbu punya lima suvenir resmi: miniatur parahu bagang, tas nipah, tenun Pagatan, piring kayu motif ombak wan gantungan kunci karang. Dipilih matan 38 karya perajin. Mulai Januari 2027 tamu dinas dibari oleh-oleh ini. Bangga lah lawan karya urang pesisir 🌊",
     N=[
      dict(at="11-25 11", kim="kim-kota-pagatan", text="Penenun di Pagatan kewalahan pesanan kain untuk seragam pengantin bulan Desember. Ada 38 lembar yang belum selesai, harga per lembar Rp750 ribu.", differs="weavers' wedding orders, another 38"),
      dict(at="11-26 15", kim="kim-angsana", text="Kelompok pengrajin kerang Angsana ikut pameran di Banjarbaru dan menjual 200 gantungan kunci dalam dua hari. Mereka berharap ada kios tetap di Pantai Angsana.", differs="a group's sales at a fair elsewhere"),
      dict(at="12-04 10", kim="kim-sebamban-baru", text="Hari ini Kantor Bupati Tanah Bumbu menerima tamu dari Kabupaten Paser yang studi banding tentang pengelolaan pasar. Tamu diberi cendera mata berupa buku profil daerah.", differs="same office, a visit with another gift"),
     ],
     B=[]),
]
