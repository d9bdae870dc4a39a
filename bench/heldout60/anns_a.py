# heldout60, hand-written releases a01-a13 with their summaries, paraphrases, look-alikes and `before` posts.
# neg/bef entries: d = "YYYY-MM-DD HH:MM" (local Wita), k = KIM id (None: the generator picks one in the region),
# t = text, why = how it differs from the release it imitates.

ANNS = [
dict(id="a01", src="bws", at="2026-11-02 11:20", region="Kabupaten Barito Kuala",
 slug="pengerukan-saluran-sekunder-dir-tabunganen-dimulai",
 title="Pengerukan Saluran Sekunder DIR Tabunganen Sepanjang 18,6 Km Dimulai",
 text="""MARABAHAN – Balai Wilayah Sungai (BWS) Kalimantan III mulai mengeruk saluran sekunder Daerah Irigasi Rawa (DIR) Tabunganen, Kabupaten Barito Kuala, Senin (2/11/2026). Dua ekskavator amfibi dikerahkan untuk membersihkan endapan lumpur sepanjang 18,6 kilometer yang selama ini membuat air pasang tidak sampai ke petak sawah.

Kepala Satuan Kerja Operasi dan Pemeliharaan SDA BWS Kalimantan III, Ardiansyah Noor, mengatakan pekerjaan ini akan mengairi kembali sekitar 1.940 hektare sawah pasang surut. “Kalau saluran sekundernya dalam lagi, air pasang bisa masuk dan surutnya bisa membuang air masam. Petani tidak perlu lagi menunggu hujan,” ujarnya.

Pengerukan ditargetkan rampung 15 Januari 2027, sebelum musim tanam rendeng berikutnya. Warga diminta tidak menambatkan jukung di jalur kerja alat berat. (bws3/ra)""",
 sum="BWS Kalimantan III mulai mengeruk saluran sekunder DIR Tabunganen sepanjang 18,6 km pakai dua ekskavator amfibi sejak Senin 2 November. Targetnya 1.940 ha sawah pasang surut kembali dapat air, rampung 15 Januari 2027.",
 lsum="""Kabar baik untuk petani pasang surut di Tabunganen. Sejak Senin (2/11) Balai Wilayah Sungai Kalimantan III menurunkan dua ekskavator amfibi untuk mengeruk lumpur di saluran sekunder Daerah Irigasi Rawa Tabunganen. Panjangnya 18,6 km.

Menurut Kasatker OP SDA BWS Kalimantan III Ardiansyah Noor, selama ini air pasang tidak sampai ke petak sawah. Setelah dikeruk, sekitar 1.940 hektare sawah bisa dialiri lagi dan air masam bisa dibuang saat surut. Pekerjaan ditarget selesai 15 Januari 2027. Warga diminta tidak menambatkan jukung di jalur alat berat.""",
 par="Dangsanak, saluran sekunder di Tabunganen wayahini lagi dikeruk BWS, ada dua ekskavator amfibi nang bagawi sejak hari Senin tadi. Panjangnya dalapan walas koma anam kilo! Cagaran banyu pasang kawa masuk pulang ka pahumaan, kira-kira 1.940 hektar. Ujar pian Kasatker, rampung bulan Januari 2027. Jangan manambat jukung di jalur alat berat lah 🙏 #Tabunganen #SawahPasangSurut",
 neg=[
  dict(d="2026-11-06 16:40", k="kim-jejangkit-muara", t="Alhamdulillah hari ini warga Jejangkit Muara gotong royong mengeruk handil di belakang sekolah pakai cangkul dan sekop, panjang kurang lebih 600 meter. Dana dari swadaya warga dan sedikit kas desa. Belum ada alat berat ke sini, semoga tahun depan kebagian seperti desa lain. 💪", why="a village's own hand-dug handil in Jejangkit (600 m, swadaya), not BWS's 18,6 km secondary canal in Tabunganen"),
  dict(d="2026-11-19 09:10", k=None, t="Ekskavator amfibi yang di Tabunganen itu katanya bulan depan pindah ke saluran di Tamban. Ada yang tahu info resminya? Sawah kami di Tamban juga kering waktu pasang kecil.", why="a question/rumour about the excavator moving to Tamban next month; no official info, another kecamatan"),
  dict(d="2026-11-24 13:05", k="kim-tabunganen-muara", t="Update dari lapangan: pengerukan saluran sekunder sudah sampai kilometer 7. Pagi ini satu ekskavator amfibi sempat macet karena tersangkut batang galam, sudah ditarik lagi siang tadi. Warga yang lewat jukung harap pelan-pelan di sekitar titik kerja.", why="a later progress note (km 7, an excavator stuck on 24 Nov), its own event"),
  dict(d="2026-11-12 19:30", k="kim-tabunganen-muara", t="Musyawarah kelompok tani di balai desa malam ini membahas jadwal tanam setelah saluran dikeruk. Disepakati semai serentak paling lambat 20 Januari. Yang belum ikut pendataan luas lahan silakan ke rumah ketua poktan.", why="a farmers' group meeting on sowing dates, not the dredging release"),
 ],
 bef=[dict(d="2026-11-01 17:25", k="kim-tabunganen-muara", t="Sore ini dua ekskavator amfibi sudah sampai di dermaga Tabunganen, diangkut pakai ponton. Katanya besok mulai bagawi di saluran sekunder. Ayo kita jaga bersama ya.", why="excavators arriving the day before the release; no figures")]),

dict(id="a02", src="batola", at="2026-11-04 14:05", region="Kabupaten Barito Kuala",
 slug="enam-ekskavator-mini-dipinjamkan-ke-24-desa",
 title="Enam Ekskavator Mini Dipinjamkan ke 24 Desa untuk Keruk Saluran Tersier",
 text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala meminjamkan enam ekskavator mini kepada 24 desa di Kecamatan Belawang dan Wanaraya untuk mengeruk saluran tersier sepanjang 31 kilometer. Penyerahan alat dilakukan di halaman Dinas PUPR Batola, Rabu (4/11/2026).

Kepala Dinas PUPR Batola, Hairil Anwar, menjelaskan alat dipinjamkan bergiliran sampai 28 November 2026. Operator disediakan dinas, sedangkan bahan bakar ditanggung desa melalui dana desa. “Saluran tersier itu urat nadi sawah. Desa yang paling tahu ruas mana yang dangkal, jadi desa yang menentukan urutannya,” kata Hairil.

Setiap desa mendapat giliran rata-rata tiga hari. Desa yang ingin menambah hari dapat mengajukan permohonan tertulis ke bidang sumber daya air paling lambat 20 November. (batola/hn)""",
 sum="Pemkab Batola pinjamkan 6 ekskavator mini ke 24 desa di Belawang dan Wanaraya untuk keruk 31 km saluran tersier, bergiliran sampai 28 November. Operator dari PUPR, BBM dari dana desa.",
 lsum=None,
 par="Bubuhan Belawang wan Wanaraya, Pemkab Batola mainjami anam ekskavator mini gasan 24 desa, handak mangaruk saluran tersier tiga puluh satu kilo. Operatornya matan PUPR, minyaknya pakai dana desa. Bagiliran sampai 28 November, rata-rata tiga hari satu desa. Amun handak tambah hari, bawa surat ka PUPR sabalum 20 November lah.",
 neg=[
  dict(d="2026-11-13 10:20", k=None, t="Belawang 2025: waktu itu desa kami sewa ekskavator sendiri Rp2,5 juta per hari untuk keruk saluran. Tahun ini alhamdulillah ada yang gratis dari kabupaten, tapi antreannya panjang. Desa kami kebagian giliran tanggal 25.", why="recollection of a 2025 private hire plus a village's turn; a comment, no release facts"),
  dict(d="2026-11-21 15:45", k="kim-anjir-muara-kota", t="Warga Anjir Muara bertanya, kenapa kecamatan kami tidak termasuk pinjaman ekskavator mini? Saluran di RT 4 sudah penuh eceng. Semoga PUPR bisa menambah alat setelah tanggal 28.", why="a complaint from another kecamatan that was not included"),
  dict(d="2026-11-16 08:35", k="kim-belawang", t="Pagi ini ekskavator mini giliran Desa Belawang mulai bekerja di saluran tersier blok C. Panjang yang dikeruk desa kami 1,4 km, bahan bakar 180 liter dibeli dari dana desa. Terima kasih operator yang sudah datang dari subuh.", why="one village's own turn with its own 1,4 km and 180 litres"),
 ]),

dict(id="a03", src="tala", at="2026-11-10 09:40", region="Kabupaten Tanah Laut",
 slug="saluran-primer-kurau-utara-dikeruk-3-2-km",
 title="Saluran Primer Kurau Utara Dikeruk 3,2 Km, Jalur Perahu Nelayan Ikut Lancar",
 text="""PELAIHARI – Dinas PUPR Kabupaten Tanah Laut mengeruk saluran primer di Desa Kurau Utara, Kecamatan Kurau, sepanjang 3,2 kilometer dengan anggaran Rp1,4 miliar. Pekerjaan dimulai Selasa (10/11/2026) dan dijadwalkan selesai dalam 45 hari kalender.

Kepala Bidang Sumber Daya Air PUPR Tanah Laut, Yuliani Rahmah, mengatakan saluran ini menjadi jalan air pasang bagi sekitar 620 hektare sawah sekaligus jalur perahu nelayan menuju muara. “Dua fungsi sekaligus. Sawah dapat air, perahu nelayan tidak kandas lagi saat air surut,” katanya.

Lumpur hasil kerukan akan ditempatkan di sisi kiri saluran untuk memperkuat jalan tani. Warga diminta melapor ke kantor desa bila ada titik yang terlewat. (tala/yr)""",
 sum="PUPR Tanah Laut keruk saluran primer Kurau Utara 3,2 km (Rp1,4 M) mulai Selasa 10 November, 45 hari. Sekitar 620 ha sawah dapat air pasang dan perahu nelayan tidak kandas lagi.",
 lsum="""Mulai Selasa (10/11) Dinas PUPR Tanah Laut mengeruk saluran primer di Desa Kurau Utara. Panjangnya 3,2 km, anggarannya Rp1,4 miliar, waktu kerja 45 hari kalender.

Kabid SDA PUPR Tala Yuliani Rahmah menyebut saluran ini punya dua fungsi: mengalirkan air pasang ke sekitar 620 ha sawah dan menjadi jalur perahu nelayan ke muara. Lumpur kerukan ditaruh di sisi kiri untuk memperkuat jalan tani. Kalau ada titik terlewat, laporkan ke kantor desa.""",
 par="Kurau Utara, saluran primer kita dikaruk PUPR Tala, tiga koma dua kilo, duitnya Rp1,4 miliar. Mulai Salasa ni, ampat puluh lima hari. Pahumaan kira-kira 620 hektar kawa dapat banyu, parahu nelayan kada kandas lagi wayah surut. Lumpurnya ditaruh di higa kiri gasan jalan tani. Ada nang talewat, habari kantor desa 👍",
 neg=[
  dict(d="2026-11-17 11:15", k="kim-kurau", t="Nelayan Kurau hari ini menurunkan 12 rumpon baru di depan muara, hasil swadaya kelompok. Semoga tangkapan udang dan kepiting membaik. Terima kasih bapak-bapak yang sudah turun dari subuh.", why="fishermen's own rumpon at the same river mouth; not dredging"),
  dict(d="2026-11-26 14:20", k=None, t="Takisung juga minta saluran primernya dikeruk seperti di Kurau. Ketua poktan sudah mengantar proposal ke Pelaihari hari ini, panjang sekitar 2 km. Mudahan tahun depan masuk anggaran.", why="another village's proposal for next year"),
  dict(d="2026-11-29 07:50", k="kim-kurau", t="Hati-hati yang lewat jalan tani sisi kiri saluran, tanah bekas kerukan masih lembek dan licin kena hujan semalam. Motor sudah ada dua yang terperosok. Tunggu kering dulu ya.", why="a warning about slippery spoil on the farm road weeks later; no release facts"),
 ],
 bef=[dict(d="2026-11-09 20:05", k="kim-kurau", t="Info dari pambakal: besok pagi mulai ada alat berat masuk ke saluran primer Kurau Utara. Yang punya jukung tertambat di situ mohon dipindah malam ini.", why="invitation/notice the evening before the release")]),

dict(id="a04", src="bjm", at="2026-11-06 15:30", region="Kota Banjarmasin",
 slug="tujuh-pintu-air-anak-sungai-banjarmasin-utara-diperbaiki",
 title="Tujuh Pintu Air di Anak Sungai Banjarmasin Utara Diperbaiki Jelang Musim Pasang",
 text="""BANJARMASIN – Pemerintah Kota Banjarmasin memperbaiki tujuh pintu air di muara anak sungai wilayah Banjarmasin Utara, antara lain di Sungai Jingah, Sungai Andai dan Alalak Utara. Pekerjaan senilai Rp2,1 miliar berlangsung 9 hingga 30 November 2026, dimulai Senin (9/11/2026).

Kepala Bidang Sumber Daya Air Dinas PUPR Banjarmasin, Muhammad Fadillah, mengatakan daun pintu yang keropos diganti dan engkol pengangkatnya diperbaiki. “Saat pasang tinggi Desember nanti, pintu harus bisa ditutup rapat supaya air tidak masuk ke permukiman,” ujarnya.

Selama perbaikan, lalu lintas jukung di tujuh titik itu dialihkan sementara. Jadwal per titik diumumkan melalui kelurahan masing-masing. Warga diminta tidak membuang sampah di sekitar pintu air. (bjm/mf)""",
 sum="Pemkot Banjarmasin perbaiki 7 pintu air di muara anak sungai Banjarmasin Utara (Sungai Jingah, Sungai Andai, Alalak Utara), Rp2,1 M, 9–30 November, supaya bisa ditutup rapat saat pasang Desember.",
 lsum=None,
 par="Warga Banjarmasin Utara, tujuh pintu banyu di muara anak sungai dibaiki Pemkot, di Sungai Jingah, Sungai Andai, Alalak Utara. Duitnya Rp2,1 miliar, bagawi 9 sampai 30 November. Daun pintu nang karopos diganti, engkolnya dibaiki jua, supaya Disember kaina wayah pasang ganal kawa ditutup rapat. Jukung dialihkan dulu, jadwalnya tanya ka kelurahan 🙏",
 neg=[
  dict(d="2026-11-11 18:10", k="kim-basirih", t="Pintu air di ujung gang kami di Basirih juga sudah bocor dari tahun lalu. Tiap pasang air masuk ke halaman. Kemarin RT sudah foto dan kirim ke kelurahan, katanya belum masuk daftar perbaikan tahun ini.", why="a leaking gate in Basirih (Banjarmasin Barat) not on the list; a complaint"),
  dict(d="2026-12-02 06:45", k="kim-sungai-jingah", t="Subuh tadi pasang tinggi, air naik sampai 30 cm di jalan Sungai Jingah. Pintu air yang baru diperbaiki ditutup petugas jam 4, tapi air masuk dari saluran samping yang tidak ada pintunya. Waspada sampai Jumat.", why="a high tide event on 2 Dec after the repairs; water entering through another channel"),
  dict(d="2026-11-14 09:00", k="kim-alalak-utara", t="Kerja bakti Sabtu pagi di RT 12 Alalak Utara: bersihkan sampah di depan pintu air supaya tidak menyangkut. Terkumpul 14 karung plastik dan kayu. Terima kasih warga yang hadir.", why="an RT clean-up of rubbish at a gate, its own event"),
  dict(d="2026-11-27 16:30", k="kim-basirih", t="Wali Kota hari ini meninjau rumah pompa di kawasan Basirih dan menyebut dua pompa akan ditambah tahun depan. Warga berharap pompa itu bisa mengurangi genangan di Jalan Barito Hilir.", why="the city government at a pump house in Basirih, another object"),
 ]),

dict(id="a05", src="hsu", at="2026-11-12 10:50", region="Kabupaten Hulu Sungai Utara",
 slug="tiga-pintu-air-utama-polder-alabio-diganti-baja",
 title="Tiga Pintu Air Utama Polder Alabio Diganti dengan Pintu Baja",
 text="""AMUNTAI – Tiga pintu air utama Polder Alabio di Kabupaten Hulu Sungai Utara diganti dari pintu kayu menjadi pintu baja. Pekerjaan senilai Rp3,6 miliar itu ditinjau Wakil Bupati HSU, Syarifuddin Aman, Kamis (12/11/2026).

Menurut Syarifuddin, pintu kayu lama sudah berusia lebih dari 20 tahun dan sering macet saat air Sungai Negara naik. “Polder ini melindungi sekitar 4.200 hektare sawah. Kalau satu pintu saja macet, seluruh kawasan bisa terendam,” katanya.

Pemasangan pintu baja ditargetkan selesai 20 Desember 2026. Setelah itu, Dinas PUPRP HSU akan menyusun jadwal latihan buka-tutup bersama penjaga pintu air dan kelompok tani di sekitar polder. Petani diminta melapor bila melihat rembesan di sekitar pintu. (hsu/sa)""",
 sum="Tiga pintu air utama Polder Alabio di HSU diganti dari kayu ke baja, Rp3,6 M, ditinjau Wabup Syarifuddin Aman Kamis 12/11. Melindungi ±4.200 ha sawah, target rampung 20 Desember.",
 lsum="""Wakil Bupati HSU Syarifuddin Aman meninjau penggantian tiga pintu air utama Polder Alabio, Kamis (12/11). Pintu kayu lama yang sudah lebih dari 20 tahun dan sering macet saat Sungai Negara naik diganti pintu baja, nilainya Rp3,6 miliar.

Polder ini melindungi sekitar 4.200 ha sawah, jadi satu pintu macet saja bisa merendam seluruh kawasan. Target selesai 20 Desember 2026, lalu PUPRP HSU menyusun jadwal latihan buka-tutup bersama penjaga pintu dan kelompok tani.""",
 par="Pintu banyu utama Polder Alabio tiga buting diganti, matan kayu jadi baja, duitnya Rp3,6 miliar. Pak Wabup Syarifuddin Aman tadi Kamis turun maninjau. Pintu lawas tu sudah labih 20 tahun, rancak macet wayah banyu Sungai Negara naik. Sawah nang dijaga kira-kira ampat ribu dua ratus hektar. Target tuntung 20 Disember ✅",
 neg=[
  dict(d="2026-11-18 13:25", k="kim-sungai-turak", t="Pintu air kecil di handil Sungai Turak patah engselnya, warga ganti sendiri pakai kayu ulin sumbangan pambakal. Kerja dari pagi sampai asar, alhamdulillah bisa ditutup lagi.", why="a small handil gate repaired by villagers with ulin, not the polder's main gates"),
  dict(d="2026-12-03 10:05", k=None, t="Wakil Bupati HSU pagi ini membuka lomba jukung hias di Sungai Negara, diikuti 22 jukung dari 10 kecamatan. Juara satu dari Danau Panggang.", why="the same Wabup at a boat contest, another event"),
  dict(d="2026-11-23 20:40", k="kim-sungai-tabukan", t="Air Sungai Negara malam ini naik lagi kira-kira 15 cm dari kemarin. Sawah yang di luar polder sudah mulai tergenang di Sungai Tabukan. Petani diminta siaga memindahkan bibit.", why="river rise outside the polder; no gate facts"),
 ]),

dict(id="a06", src="tapin", at="2026-11-18 16:15", region="Kabupaten Tapin",
 slug="sebelas-pintu-air-ulin-candi-laras-selatan-diserahterimakan",
 title="Sebelas Pintu Air Ulin di Candi Laras Selatan Diserahterimakan",
 text="""RANTAU – Dinas PUPR Kabupaten Tapin menyerahterimakan sebelas pintu air baru dari kayu ulin di Kecamatan Candi Laras Selatan kepada pemerintah desa, Rabu (18/11/2026). Pintu-pintu itu menggantikan pintu lama yang rusak akibat banjir awal tahun.

Kepala Dinas PUPR Tapin, Akhmad Rizani, mengatakan nilai pekerjaan Rp860 juta dan tersebar di lima desa, termasuk Margasari Ilir. “Kami pilih ulin karena tahan di air rawa dan bisa diperbaiki tukang desa sendiri. Pemeliharaannya sekarang tanggung jawab desa,” ujarnya.

Setiap desa diminta menunjuk satu penjaga pintu air dan mencatat tinggi air setiap pagi. Catatan dikirim ke kecamatan setiap akhir bulan untuk bahan perencanaan tahun depan. (tapin/ar)""",
 sum="PUPR Tapin serahkan 11 pintu air ulin baru (Rp860 juta) ke lima desa di Candi Laras Selatan, termasuk Margasari Ilir, Rabu 18/11. Desa wajib tunjuk penjaga pintu dan catat tinggi air tiap pagi.",
 lsum=None,
 par="Sabalas pintu banyu ulin hanyar di Candi Laras Selatan sudah diserahakan PUPR Tapin ka desa, hari Rabu tadi. Ada di lima desa, Margasari Ilir tamasuk. Duitnya Rp860 juta. Ulin dipilih karena tahan di banyu rawa, tukang desa kawa mambaiki saurangan. Tiap desa musti manunjuk panjaga pintu, mancatat tinggi banyu tiap baisukan 📋",
 neg=[
  dict(d="2026-11-25 09:30", k="kim-rantau-kiwa", t="Harga ulin di Rantau naik lagi, balok 10x10 sekarang Rp9 juta per kubik. Yang mau bangun titian atau pintu air swadaya siap-siap biaya lebih besar.", why="ulin prices in Rantau; no release facts"),
  dict(d="2026-11-22 15:00", k="kim-candi-laras", t="Penjaga pintu air Margasari Ilir, Pak Saberi, hari ini mulai mencatat tinggi air pakai papan yang dicat sendiri. Pagi ini 1,12 meter. Nanti tiap hari kami bagikan di grup ini.", why="a village's own first gauge reading (1,12 m), its own event"),
  dict(d="2026-12-04 11:40", k="kim-rantau-kiwa", t="Kadis PUPR Tapin hari ini meninjau pengaspalan jalan Rantau–Tambarangan yang sudah 80 persen. Ditargetkan rampung sebelum akhir Desember.", why="the same Kadis PUPR at a road project"),
  dict(d="2026-11-27 19:20", k="kim-hatungun", t="Desa kami di Hatungun belum pernah dapat pintu air baru. Saluran ke sawah masih pakai tutup papan yang disumbat tanah. Semoga tahun depan giliran kami.", why="another kecamatan without gates; a hope"),
 ]),

dict(id="a07", src="pupr", at="2026-11-05 13:10", region=None,
 slug="64-penjaga-pintu-air-terima-insentif-dan-pelatihan",
 title="64 Penjaga Pintu Air di Sembilan Daerah Irigasi Terima Insentif dan Pelatihan",
 text="""BANJARBARU – Sebanyak 64 penjaga pintu air dari sembilan daerah irigasi dan irigasi rawa kewenangan provinsi mengikuti pelatihan operasi dan pemeliharaan di Banjarbaru, Kamis–Jumat (5–6/11/2026). Mulai November, mereka juga menerima insentif Rp1,2 juta per bulan.

Kepala Dinas PUPR Provinsi Kalimantan Selatan, Syahriani Kadir, mengatakan penjaga pintu adalah orang pertama yang tahu jika ada kebocoran atau pintu macet. “Mereka bekerja tengah malam saat pasang dan subuh saat surut. Sudah sepantasnya dihargai dan dibekali,” katanya.

Materi pelatihan meliputi pelumasan roda gigi, pencatatan tinggi muka air dan pelaporan kerusakan melalui formulir digital. Setiap peserta membawa pulang satu set kunci dan buku catatan lapangan. (pupr-kalsel/sk)""",
 sum="Dinas PUPR Kalsel latih 64 penjaga pintu air dari 9 daerah irigasi/irigasi rawa provinsi di Banjarbaru 5–6 November; mulai November mereka dapat insentif Rp1,2 juta per bulan.",
 lsum="""Sebanyak 64 penjaga pintu air dari sembilan daerah irigasi dan irigasi rawa kewenangan provinsi dilatih di Banjarbaru, Kamis–Jumat (5–6/11). Mulai November mereka juga mendapat insentif Rp1,2 juta per bulan.

Kadis PUPR Kalsel Syahriani Kadir menyebut penjaga pintu sebagai orang pertama yang tahu bila ada bocor atau pintu macet, karena bekerja tengah malam saat pasang dan subuh saat surut. Materinya: pelumasan roda gigi, mencatat tinggi muka air, melapor kerusakan lewat formulir digital. Tiap peserta pulang membawa satu set kunci dan buku catatan lapangan.""",
 par="Panjaga pintu banyu, anam puluh ampat urang matan sambilan daerah irigasi, dilatih PUPR Kalsel di Banjarbaru, Kamis-Jumat. Mulai November dapat insentif Rp1,2 juta sabulan. Ujar Bu Kadis, bubuhannya nang bagawi tangah malam wayah pasang, subuh wayah surut, pantas dihargai. Balajar minyaki roda gigi, mancatat tinggi banyu, malapor lewat formulir digital 🔧",
 neg=[
  dict(d="2026-11-20 10:10", k=None, t="Di HSS, 64 guru honor madrasah hari ini menerima insentif akhir tahun di aula Kemenag, masing-masing Rp1,2 juta. Terima kasih atas perhatian pemerintah untuk para pendidik.", why="the same 64 and Rp1,2 juta for madrasah teachers, another event"),
  dict(d="2026-11-15 21:00", k="kim-aranio", t="Penjaga pintu air di DI kami sudah tiga bulan belum terima honor dari desa. Katanya yang insentif provinsi itu hanya untuk daerah irigasi kewenangan provinsi, bukan yang kecil-kecil punya desa. Benar begitu?", why="a village-level gate keeper not covered; a question"),
  dict(d="2026-11-30 08:15", k="kim-candi-laras", t="Penjaga pintu air di desa kami mengusulkan dibuatkan pos jaga kecil, karena selama ini berteduh di bawah terpal kalau hujan malam. Usulan sudah dibawa ke musdes Sabtu lalu.", why="a village post proposal at a musdes; no release facts"),
 ]),

dict(id="a08", src="batola", at="2026-11-14 08:25", region="Kabupaten Barito Kuala",
 slug="jadwal-buka-tutup-18-pintu-air-anjir-mekarsari",
 title="Jadwal Buka-Tutup 18 Pintu Air Anjir–Mekarsari Mengikuti Tabel Pasang Surut",
 text="""MARABAHAN – Bidang Sumber Daya Air Dinas PUPR Barito Kuala menetapkan jadwal buka-tutup 18 pintu air di jalur Anjir Muara sampai Mekarsari mulai Senin (16/11/2026). Jadwal disusun mengikuti tabel pasang surut sehingga air tawar bisa masuk dan air masam terbuang.

Kepala Bidang SDA PUPR Batola, Nurul Hikmah, mengatakan pintu dibuka ketika air pasang mulai naik dan ditutup dua jam sebelum puncak surut. “Selama ini ada pintu yang dibuka sesuka hati sehingga desa di hilir kekurangan air. Dengan jadwal bersama, semua kebagian,” tuturnya.

Jadwal dicetak dan ditempel di setiap pintu serta dibagikan kepada penjaga pintu dan kelompok tani. Jadwal berlaku sampai akhir musim tanam dan akan dievaluasi pada Februari 2027. (batola/nh)""",
 sum="PUPR Batola tetapkan jadwal bersama buka-tutup 18 pintu air jalur Anjir Muara–Mekarsari mulai Senin 16/11, ikut tabel pasang surut, supaya desa hilir kebagian air. Evaluasi Februari 2027.",
 lsum=None,
 par="Pintu banyu di jalur Anjir Muara sampai Mekarsari, sawalas buting, wayahini ada jadwal buka-tutup basamaan mulai Senin 16 November, maumpati tabel pasang surut. Dibuka wayah pasang naik, ditutup dua jam sabalum puncak surut. Ujar Bu Kabid, supaya desa di hilir kada kakurangan banyu. Jadwalnya ditampil di tiap pintu 📄",
 neg=[
  dict(d="2026-11-20 05:55", k="kim-anjir-muara-kota", t="Tabel pasang surut pekan ini untuk Anjir Muara: pasang tertinggi Sabtu pukul 07.40 (2,1 m), surut terendah Minggu pukul 14.10. Sumber papan informasi di dermaga. Yang mau menanam bibit perhatikan jamnya.", why="a weekly tide table from the jetty board; no gate schedule facts"),
  dict(d="2026-12-01 17:15", k="kim-belawang", t="Petani di ujung hilir Belawang bilang minggu ini air masih belum sampai walau sudah ada jadwal pintu. Ada satu pintu di hulu yang katanya masih dibuka sembarangan. Mohon PUPR cek.", why="a complaint two weeks later about one gate; its own event"),
  dict(d="2026-11-26 13:30", k=None, t="Banjarmasin juga membuat jadwal buka tutup pintu air, tapi untuk pengendalian rob di kota, bukan untuk sawah. Jadwalnya diumumkan tiap kelurahan.", why="another city's gate schedule for tidal flooding"),
 ],
 bef=[dict(d="2026-11-12 19:45", k="kim-anjir-muara-kota", t="Rapat penjaga pintu air se-Anjir tadi sore di kantor kecamatan. Katanya sebentar lagi ada jadwal resmi buka tutup dari PUPR. Tunggu pengumumannya ya.", why="meeting before the schedule was announced")]),

dict(id="a09", src="banjar", at="2026-11-20 11:35", region="Kabupaten Banjar",
 slug="20-penjaga-pintu-air-aluh-aluh-dibekali-radio-ht",
 title="20 Penjaga Pintu Air di Aluh-Aluh dan Beruntung Baru Dibekali Radio HT",
 text="""MARTAPURA – Dinas PUPR Kabupaten Banjar membekali 20 penjaga pintu air di Kecamatan Aluh-Aluh dan Beruntung Baru dengan radio HT dan jadwal piket bergilir, Jumat (20/11/2026). Penyerahan berlangsung di Kantor Kecamatan Aluh-Aluh.

Kepala Dinas PUPR Banjar, Gusti Irfansyah, mengatakan radio dipakai untuk saling memberi kabar saat air pasang naik lebih cepat dari perkiraan. “Kalau pintu di muara sudah ditutup, pintu di hulu harus tahu. Selama ini kabarnya lewat telepon dan sering tidak ada sinyal,” katanya.

Piket dibagi dua regu, siang dan malam, selama musim pasang tinggi November sampai Januari. Kecamatan akan mengumpulkan catatan piket setiap pekan dan melaporkannya ke dinas. (banjar/gi)""",
 sum="PUPR Banjar serahkan radio HT dan jadwal piket bergilir ke 20 penjaga pintu air di Aluh-Aluh dan Beruntung Baru, Jumat 20/11 di kantor kecamatan Aluh-Aluh. Piket siang-malam November–Januari.",
 lsum="""Dua puluh penjaga pintu air di Aluh-Aluh dan Beruntung Baru sekarang punya radio HT. Alat itu diserahkan Dinas PUPR Banjar di Kantor Kecamatan Aluh-Aluh, Jumat (20/11), bersama jadwal piket bergilir.

Kadis PUPR Banjar Gusti Irfansyah bilang selama ini kabar antarpintu lewat telepon dan sering tanpa sinyal. Sekarang kalau pintu muara ditutup, pintu hulu langsung tahu. Piketnya dua regu, siang dan malam, selama musim pasang tinggi November–Januari; catatannya dilaporkan tiap pekan.""",
 par="Panjaga pintu banyu di Aluh-Aluh wan Beruntung Baru, dua puluh urang, dibari radio HT lawan jadwal piket ulih PUPR Banjar, hari Jumat di kantor kacamatan. Ujar Pak Kadis, amun pintu di muara sudah ditutup, nang di hulu musti tahu, salawas ini lewat talipon kada baisi sinyal. Piket siang malam sampai Januari 📻",
 neg=[
  dict(d="2026-11-24 10:45", k="kim-aluh-aluh-besar", t="Kantor Kecamatan Aluh-Aluh hari ini ramai, ada pelayanan rekam KTP-el keliling untuk warga lansia dan pemula. Sampai siang sudah 73 orang. Besok masih buka.", why="the same kecamatan office with another service"),
  dict(d="2026-11-28 21:30", k="kim-aluh-aluh-besar", t="Malam ini regu piket pintu air di Aluh-Aluh Besar lapor lewat HT: air naik 20 cm dalam satu jam, pintu muara sudah ditutup jam 9. Warga di bantaran diharap naikkan barang.", why="a live report of one night's piket (28 Nov), its own event"),
  dict(d="2026-11-30 16:20", k=None, t="Relawan Orari di Banjarbaru membuka kelas dasar radio HT untuk umum, dua hari Sabtu–Minggu depan. Peserta dapat sertifikat.", why="a radio class, unrelated to the gates"),
 ]),

dict(id="a10", src="pupr", at="2026-11-10 15:50", region=None,
 slug="126-p3a-terima-akta-badan-hukum-gratis",
 title="126 P3A Terima Akta Badan Hukum Gratis dari Pemprov Kalsel",
 text="""BANJARBARU – Sebanyak 126 Perkumpulan Petani Pemakai Air (P3A) di Kalimantan Selatan menerima akta badan hukum secara gratis dari Dinas PUPR Provinsi Kalimantan Selatan, Selasa (10/11/2026). Penyerahan simbolis dilakukan di Aula Dinas PUPR Kalsel di Banjarbaru.

Kepala Bidang Irigasi PUPR Kalsel, Nor Aida, mengatakan akta dibuat melalui kerja sama dengan notaris dan seluruh biayanya ditanggung provinsi. “Dengan badan hukum, P3A bisa menerima bantuan, membuka rekening sendiri dan bermitra dengan pihak lain tanpa meminjam nama desa,” jelasnya.

Tahun depan, giliran 140 P3A lain yang sedang melengkapi anggaran dasar dan daftar anggota. Pengurus diminta mengirim berkas melalui dinas PU kabupaten paling lambat Maret 2027. (pupr-kalsel/na)""",
 sum="PUPR Kalsel serahkan akta badan hukum gratis untuk 126 P3A, Selasa 10/11 di Banjarbaru. Biaya notaris ditanggung provinsi; 140 P3A lain menyusul, berkas paling lambat Maret 2027.",
 lsum=None,
 par="Saratus dua puluh anam P3A di Kalsel dapat akta badan hukum gratis matan PUPR Kalsel, Salasa tadi di Banjarbaru. Notarisnya dibayari provinsi. Ujar Bu Kabid Irigasi, lawan badan hukum P3A kawa manarima bantuan, baisi rekening saurangan, kada lagi minjam ngaran desa. Nang balum, 140 P3A, kirim berkas sabalum Maret 2027 lah.",
 neg=[
  dict(d="2026-11-16 11:05", k=None, t="Koperasi tani di kecamatan kami juga baru terima akta badan hukum dari notaris, biaya Rp3,5 juta dari kas koperasi. Sekarang sedang mengurus NIB.", why="a cooperative paying for its own deed; not a P3A, not free"),
  dict(d="2026-11-23 14:30", k="kim-aranio", t="P3A di desa kami belum dapat akta karena anggaran dasarnya belum disahkan rapat anggota. Rapatnya direncanakan pertengahan Desember. Mohon bapak-bapak anggota hadir ya.", why="a P3A still preparing its by-laws; a meeting notice"),
  dict(d="2026-12-02 09:40", k=None, t="Aula Dinas PUPR Kalsel hari ini dipakai untuk bimtek penyusunan harga satuan bagi 90 konsultan. Jalan depan kantor agak padat.", why="the same hall with another event"),
 ]),

dict(id="a11", src="hst", at="2026-11-11 17:05", region="Kabupaten Hulu Sungai Tengah",
 slug="musyawarah-gp3a-di-batang-alai-pilih-ketua-baru",
 title="Musyawarah GP3A Daerah Irigasi Batang Alai Pilih Ketua Baru",
 text="""BARABAI – Gabungan Perkumpulan Petani Pemakai Air (GP3A) Daerah Irigasi Batang Alai menggelar musyawarah besar di Balai Penyuluhan Pertanian Batang Alai Selatan, Rabu (11/11/2026). Musyawarah diikuti utusan 38 P3A yang mengelola air untuk sekitar 3.100 hektare sawah.

Musyawarah memilih Basran, petani asal Birayang, sebagai ketua GP3A periode 2026–2031. Kepala Dinas PUPRP HST, Fahrurrazi, yang membuka acara berharap pengurus baru menertibkan pembagian air antara hulu dan hilir. “Keluhan yang paling sering kami terima adalah sawah di ujung saluran tidak kebagian,” katanya.

Pengurus baru diberi waktu satu bulan untuk menyusun jadwal giliran air dan menyerahkannya ke dinas sebelum musim tanam Desember. (hst/fr)""",
 sum="GP3A DI Batang Alai (38 P3A, ±3.100 ha) pilih Basran dari Birayang sebagai ketua 2026–2031 dalam musyawarah besar di BPP Batang Alai Selatan, Rabu 11/11. Jadwal giliran air diminta selesai dalam sebulan.",
 lsum=None,
 par="GP3A Daerah Irigasi Batang Alai baisi katua hanyar, Pak Basran urang Birayang, dipilih musyawarah basar di BPP Batang Alai Selatan hari Rabu. Ada 38 P3A, sawahnya kira-kira 3.100 hektar. Pak Kadis PUPRP HST bapasan, tolong tertibakan pambagian banyu hulu wan hilir, jangan sawah di ujung kada kabagian. Jadwal giliran banyu sabulan musti tuntung 👍",
 neg=[
  dict(d="2026-11-19 10:30", k="kim-birayang", t="BPP Batang Alai Selatan hari ini penuh, ada pembagian 4 ton benih padi unggul untuk 16 poktan. Poktan yang belum ambil ditunggu sampai Sabtu.", why="the same BPP with a seed distribution"),
  dict(d="2026-12-03 20:15", k="kim-birayang", t="Jadwal giliran air dari GP3A sudah dibagikan malam ini ke ketua-ketua P3A. Desa kami dapat giliran Senin dan Kamis, mulai pukul 6 pagi. Silakan cek di papan balai desa.", why="the later giliran schedule (3 Dec), its own news"),
  dict(d="2026-11-26 16:45", k=None, t="P3A di Pandawan memilih ketua baru hari ini secara aklamasi, Pak Jumri. Anggotanya 52 petani, sawahnya 80 hektare.", why="a single P3A's own election in Pandawan, not the GP3A"),
 ]),

dict(id="a12", src="tabalong", at="2026-11-19 14:40", region="Kabupaten Tabalong",
 slug="p3a-karya-bersama-pasar-panas-juara-lomba-p3a",
 title="P3A Karya Bersama Pasar Panas Juara Lomba P3A Berprestasi Tabalong",
 text="""TANJUNG – P3A Karya Bersama dari Kelurahan Pasar Panas, Kecamatan Kelua, meraih juara pertama Lomba P3A Berprestasi Kabupaten Tabalong 2026. Pengumuman dan penyerahan hadiah berlangsung di Pendopo Bersinar, Kamis (19/11/2026).

Lomba diikuti 21 P3A dan dinilai dari kerapian saluran, catatan iuran anggota serta keaktifan rapat. Kepala Dinas PUPR Tabalong, Rusdiansyah, menyebut Karya Bersama unggul karena mampu memungut iuran Rp25.000 per hektare per musim dan mencatatnya terbuka. “Uang iuran itu mereka pakai memperbaiki saluran sendiri, tanpa menunggu proyek,” katanya.

Juara pertama menerima Rp15 juta dan satu unit mesin pemotong rumput. P3A terbaik akan mewakili Tabalong pada penilaian tingkat provinsi tahun depan. (tabalong/rd)""",
 sum="P3A Karya Bersama Pasar Panas (Kelua) juara Lomba P3A Berprestasi Tabalong 2026 dari 21 peserta, diumumkan Kamis 19/11 di Pendopo Bersinar. Hadiah Rp15 juta plus mesin potong rumput.",
 lsum="""P3A Karya Bersama dari Pasar Panas, Kelua, jadi juara pertama Lomba P3A Berprestasi Kabupaten Tabalong 2026. Hadiah diserahkan di Pendopo Bersinar, Kamis (19/11).

Ada 21 P3A yang ikut, dinilai dari kerapian saluran, catatan iuran dan keaktifan rapat. Menurut Kadis PUPR Tabalong Rusdiansyah, Karya Bersama unggul karena memungut iuran Rp25.000 per hektare per musim, dicatat terbuka, dan dipakai memperbaiki saluran sendiri. Juara dapat Rp15 juta dan satu mesin pemotong rumput, lalu mewakili Tabalong ke tingkat provinsi tahun depan.""",
 par="Salamat gasan P3A Karya Bersama Pasar Panas! Juara satu Lomba P3A Berprestasi Tabalong, mangalahakan 20 P3A lain. Diumumakan di Pendopo Bersinar hari Kamis. Rahasianya iuran Rp25 ribu sahektar samusim, dicatat tarang, dipakai mambaiki saluran saurangan. Hadiahnya Rp15 juta lawan mesin potong rumput 🏆 #Kelua",
 neg=[
  dict(d="2026-11-25 19:00", k="kim-kelua", t="Syukuran P3A Karya Bersama malam ini di musala Pasar Panas. Hadiah lomba sudah dimusyawarahkan: Rp10 juta untuk semen saluran di blok timur, sisanya kas. Terima kasih semua anggota.", why="the winner's own thanksgiving and spending decision a week later"),
  dict(d="2026-11-21 09:20", k="kim-muara-uya", t="Pendopo Bersinar kemarin sore dipakai penyerahan hadiah lomba kebersihan sekolah. SDN Muara Uya 1 juara dua, dapat Rp7,5 juta. Selamat untuk guru dan murid.", why="the same pendopo the next day with a school contest"),
  dict(d="2026-12-04 13:10", k=None, t="Lomba P3A tingkat Kabupaten Balangan baru dibuka pendaftarannya, penilaian Januari 2027. P3A yang ingin ikut hubungi PUPR Balangan.", why="another kabupaten's contest opening"),
 ]),

dict(id="a13", src="bws", at="2026-11-03 10:30", region=None,
 slug="p3-tgai-tahap-dua-86-desa-kalsel",
 title="P3-TGAI Tahap II Sasar 86 Desa di Kalimantan Selatan",
 text="""BANJARMASIN – Balai Wilayah Sungai Kalimantan III menyalurkan Program Percepatan Peningkatan Tata Guna Air Irigasi (P3-TGAI) tahap II untuk 86 desa di Kalimantan Selatan. Kontrak swakelola dengan P3A penerima ditandatangani di Banjarmasin, Selasa (3/11/2026).

Setiap desa mendapat Rp195 juta untuk membangun atau memperbaiki saluran irigasi tersier. Pejabat Pembuat Komitmen Irigasi dan Rawa BWS Kalimantan III, Dwi Kusumawati, menegaskan pekerjaan wajib memakai tenaga kerja setempat. “Ini program padat karya. Uangnya harus berputar di desa, dibayar sebagai upah petani sendiri,” katanya.

Pekerjaan harus selesai dalam 60 hari. Pendamping lapangan akan memotret kemajuan fisik setiap pekan, dan pencairan tahap kedua dilakukan setelah kemajuan mencapai 50 persen. (bws3/dk)""",
 sum="BWS Kalimantan III teken kontrak swakelola P3-TGAI tahap II untuk 86 desa di Kalsel, Selasa 3/11: Rp195 juta per desa untuk saluran tersier, wajib pakai tenaga lokal, 60 hari kerja.",
 lsum="""Sebanyak 86 desa di Kalimantan Selatan kebagian P3-TGAI tahap II. Kontraknya diteken BWS Kalimantan III bersama P3A penerima di Banjarmasin, Selasa (3/11).

Tiap desa mendapat Rp195 juta untuk membangun atau memperbaiki saluran tersier. PPK Irigasi dan Rawa BWS Kalimantan III Dwi Kusumawati menegaskan ini program padat karya: tenaga kerja harus warga setempat dan uangnya berputar di desa sebagai upah. Waktu kerja 60 hari, kemajuan difoto pendamping tiap pekan, dan pencairan tahap kedua setelah fisik 50 persen.""",
 par="P3-TGAI tahap dua sudah diteken BWS Kalimantan III, Salasa tadi di Banjarmasin, ada 86 desa di Kalsel nang dapat. Satu desa Rp195 juta gasan saluran tersier. Ingat lah, musti pakai tanaga urang kampung saurangan, duitnya baputar di desa jadi upah patani. Anam puluh hari harus tuntung 💪 #P3TGAI",
 neg=[
  dict(d="2026-11-09 15:35", k=None, t="Ada yang tahu kenapa desa kami tidak masuk P3-TGAI tahun ini? Tahun lalu dapat, tahun ini katanya harus ganti tahun dulu. Belum ada info resmi dari balai.", why="a village asking why it is left out; no official info"),
  dict(d="2026-11-28 11:00", k="kim-loklahung", t="Warning: ada oknum yang mengaku bisa memasukkan desa ke daftar P3-TGAI 2027 asal bayar Rp10 juta. Itu tidak benar, pendaftaran lewat usulan resmi. Jangan tertipu.", why="a scam warning about next year's list"),
  dict(d="2026-11-18 08:50", k=None, t="Dana desa tahap III Rp195 juta sudah masuk rekening desa kemarin. Rencana dipakai untuk semenisasi jalan lingkungan RT 3 dan RT 5, panjang 420 meter.", why="the same Rp195 juta figure, village funds for roads"),
  dict(d="2026-11-13 10:00", k="kim-stagen", t="Sosialisasi P3-TGAI tahun 2025 di desa kami dulu bagus, salurannya sekarang sudah retak di dua titik. Semoga yang tahun ini pengawasannya lebih ketat.", why="recollection of the 2025 programme with cracks"),
 ],
 bef=[dict(d="2026-11-02 21:10", k=None, t="Besok ketua P3A penerima P3-TGAI diminta hadir di Banjarmasin jam 8 pagi untuk tanda tangan kontrak. Bawa stempel dan KTP ya.", why="an invitation the evening before")]),
]
