# -*- coding: utf-8 -*-
"""heldout52, hand-written: releases a01-a10 with their short/long summary, Banjar paraphrase,
look-alikes (each with how it differs) and `before` posts. Times are 2026, Wita."""

ANNS = [
dict(id="a01", src="bksda-kalsel", at="11-03 10:40",
     slug="bksda-kalsel-evakuasi-buaya-muara-34-meter-dari-tambak-warga-kusan-hilir",
     title="BKSDA Kalsel Evakuasi Buaya Muara 3,4 Meter dari Tambak Warga Kusan Hilir",
     text="""PAGATAN – Balai Konservasi Sumber Daya Alam (BKSDA) Kalimantan Selatan bersama Damkar Tanah Bumbu mengevakuasi seekor buaya muara sepanjang 3,4 meter dari tambak udang milik warga Desa Juku Eja, Kecamatan Kusan Hilir, Minggu (1/11/2026) malam. Evakuasi memakan waktu hampir lima jam. Buaya jantan seberat sekitar 190 kilogram itu sebelumnya memangsa sembilan ekor itik dan merusak dua pintu air tambak, lalu dibawa ke kandang transit BKSDA di Banjarbaru.

“Buaya ini tidak kami musnahkan karena termasuk satwa dilindungi. Warga yang melihat buaya sebaiknya segera melapor dan jangan mencoba menangkap sendiri,” kata Kepala Seksi Konservasi Wilayah II BKSDA Kalsel, Ruspandi Hairani.

BKSDA akan menggelar sosialisasi bagi pemilik tambak di Kusan Hilir pada Selasa (10/11/2026). (bksda/nr)""",
     short="BKSDA Kalsel dan Damkar Tanbu mengevakuasi buaya muara 3,4 meter (±190 kg) dari tambak udang warga Juku Eja, Kusan Hilir, Minggu malam 1 November. Buaya yang memangsa 9 itik itu dibawa ke kandang transit BKSDA di Banjarbaru.",
     long="""Kabar dari Kusan Hilir: tambak udang seorang warga Desa Juku Eja didatangi buaya muara sepanjang 3,4 meter. Tim BKSDA Kalsel dan Damkar Tanah Bumbu butuh hampir lima jam pada Minggu malam (1/11) untuk mengikat buaya jantan sekitar 190 kg itu.

Sebelum ditangkap, buaya sudah memangsa sembilan itik dan merusak dua pintu air. Satwa dilindungi ini tidak dibunuh, tetapi dibawa ke kandang transit BKSDA di Banjarbaru. Kasi Konservasi Wilayah II, Ruspandi Hairani, minta warga melapor dan tidak menangkap sendiri. Sosialisasi untuk pemilik tambak dijadwalkan 10 November.""",
     para="Dangsanak, buhaya ganal haja naik ka tambak urang Juku Eja, Kusan Hilir 😱 panjangnya tiga koma ampat meter, baratnya kira-kira saratus sembilan puluh kilo. Itik sanga ikung sudah dimakannya, pintu banyu tambak rusak dua. Minggu malam tadi bubuhan BKSDA lawan Damkar Tanbu hampir lima jam maikat buhaya nitu, wayahini dibawa ka kandang BKSDA di Banjarbaru. Ujar Pa Ruspandi, jangan ditangkap surang, lapor haja lakas. #KusanHilir #BuhayaMuara",
     looks=[
       dict(kim="kim-pagatan", pl="facebook", at="11-04 17:05",
            t="Warga Desa Sungai Danau, Kecamatan Satui, diminta waspada. Senin sore seekor buaya kurang lebih 2 meter terlihat berjemur di tepi Sungai Satui dekat jembatan lama. Sampai malam ini buaya belum ditangkap, petugas desa sudah memasang tanda larangan mandi di sungai. Anak-anak jangan dulu bermain di batang.",
            d="another kecamatan (Satui), a sighting of a 2 m crocodile on Monday; nobody caught it"),
       dict(kim="kim-pagatan", pl="telegram", at="11-10 15:40",
            t="Balai Desa Juku Eja siang tadi penuh. Sekitar 40 pemilik tambak ikut sosialisasi dari BKSDA: cara memasang pagar jaring di sekeliling tambak, apa yang harus dilakukan kalau buaya masuk, dan ke mana melapor. Tiap peserta dapat stiker dan selebaran.",
            d="the socialisation of 10 November for pond owners told as its own event (next step), not the evacuation"),
       dict(kim="kim-sungai-dua", pl="facebook", at="11-05 08:30",
            t="Damkar Tanah Bumbu kembali bergerak. Rabu malam petugas menangkap ular sanca sepanjang 3,4 meter yang masuk ke kandang ayam warga di Kelurahan Kampung Baru, Simpang Empat. Ular dilepas ke hutan di luar permukiman pagi ini. Jangan panik kalau ketemu ular, hubungi pos Damkar terdekat.",
            d="same Damkar and the same length (3,4 m) but a python in a chicken coop in Simpang Empat"),
     ],
     before=[dict(kim="kim-pagatan", pl="facebook", at="11-01 22:10",
            t="Malam ini ramai di Juku Eja, buaya besar masuk ke tambak udang warga dekat muara. Petugas Damkar sudah datang, katanya orang BKSDA dalam perjalanan. Yang tidak berkepentingan jangan mendekat dulu ya, gelap dan licin.",
            d="live post on the night of 1 Nov while the evacuation was still going on, before the release")]),

dict(id="a02", src="pemkab-batola", at="11-09 14:15",
     slug="pemkab-batola-pasang-16-papan-peringatan-buaya-di-tabunganen-dan-tamban",
     title="Pemkab Batola Pasang 16 Papan Peringatan Buaya di Tabunganen dan Tamban",
     text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala memasang 16 papan peringatan buaya di sepanjang tepian Sungai Barito dan anjir di Kecamatan Tabunganen dan Tamban, Senin (9/11/2026). Pemasangan dilakukan setelah warga melaporkan lima kali kemunculan buaya sepanjang Oktober, dua di antaranya di dekat dermaga tempat anak-anak biasa mandi. Papan dipasang di dermaga desa, titian sekolah dan lanting warga.

“Kami minta warga tidak mandi dan mencuci di sungai setelah magrib serta tidak membuang bangkai ternak ke sungai, karena itu mengundang buaya,” ujar Kepala Pelaksana BPBD Batola, Syamsul Hadi Rahman.

Pada Kamis (19/11/2026) BPBD bersama BKSDA akan menyosialisasikan langkah aman di sungai kepada warga dan guru di kedua kecamatan. (mc-batola/sh)""",
     short="Pemkab Batola memasang 16 papan peringatan buaya di tepian Sungai Barito dan anjir di Tabunganen dan Tamban (9/11), setelah lima kali buaya muncul sepanjang Oktober. Warga diminta tidak mandi di sungai setelah magrib.",
     long=None,
     para="Bubuhan Tabunganen wan Tamban, ingat lah 🙏 wayahini sudah dipasang anam walas papan peringatan buhaya di dermaga, titian sakulahan wan lanting. Bulan Oktober tadi buhaya timbul sampai lima kali, dua kali parak dermaga wadah kakanakan bamandi. Ujar Pa Syamsul matan BPBD, amun sudah magrib jangan bamandi atawa mambasuh di sungai, bangkai ingon jangan dibuang ka sungai. #Batola #AwasBuhaya",
     looks=[
       dict(kim="kim-jejangkit-muara", pl="facebook", at="11-11 09:20",
            t="Pemerintah Desa Jejangkit Muara memasang dua papan bertuliskan \"AWAS BUAYA\" di dermaga desa, dibuat sendiri dari kayu bekas dan dicat oleh pemuda karang taruna. Belum ada laporan buaya di sini, hanya berjaga-jaga setelah ramai kabar dari hilir. Terima kasih pemuda yang sudah bergotong royong.",
            d="a village's own two hand-painted signs in Jejangkit, not the 16 signs of the Pemkab in Tabunganen/Tamban"),
       dict(kim="kim-tabunganen-muara", pl="telegram", at="11-19 13:50",
            t="Pagi ini di SDN Tabunganen Muara ada sosialisasi dari BPBD dan BKSDA. Murid diajari tidak mandi di sungai sendirian, tidak mendekat ke rumpun nipah, dan langsung memberi tahu orang tua kalau melihat buaya. Guru-guru dapat poster untuk ditempel di kelas.",
            d="the 19 November socialisation at a school, the next step told as its own news"),
       dict(kim="kim-kuripan", pl="facebook", at="11-12 16:45",
            t="BPBD Batola hari ini membagikan 16 pelampung dan dua perahu karet ke desa-desa di Kecamatan Kuripan sebagai persiapan musim air pasang. Kepala desa diminta menyimpan peralatan di balai desa dan memeriksanya tiap bulan.",
            d="same BPBD and the same count (16) but buoys for the flood season in Kuripan"),
     ],
     before=[]),

dict(id="a03", src="pemkab-kotabaru", at="11-18 11:05",
     slug="kotabaru-bentuk-tim-reaksi-cepat-konflik-buaya-24-anggota",
     title="Kotabaru Bentuk Tim Reaksi Cepat Konflik Buaya Beranggotakan 24 Orang",
     text="""KOTABARU – Pemerintah Kabupaten Kotabaru membentuk Tim Reaksi Cepat (TRC) penanganan konflik buaya beranggotakan 24 orang dari Damkar, BPBD, polisi perairan dan nelayan setempat. Pengukuhan berlangsung di Aula Kecamatan Kelumpang Hilir, Rabu (18/11/2026), sebulan setelah seorang nelayan di Sungai Serongga terluka di kaki akibat serangan buaya. Tim dibekali tali jerat, tongkat penjepit dan satu perahu motor. Pembentukan tim ini disepakati dalam rapat bersama camat dan kepala desa pesisir.

“Nelayan adalah orang pertama yang melihat buaya. Karena itu mereka kami libatkan agar laporan cepat sampai dan warga tidak bertindak sendiri,” kata Sekretaris Daerah Kotabaru, Ahmad Fauzi Mahyuni.

Tim akan mulai berjaga bergiliran di Kelumpang Hilir dan Pulau Laut Timur mulai Senin (23/11/2026). (kominfo-ktb/af)""",
     short="Pemkab Kotabaru mengukuhkan TRC konflik buaya (24 orang: Damkar, BPBD, polair, nelayan) di Kelumpang Hilir, 18 November, sebulan setelah nelayan Sungai Serongga diserang buaya. Jaga bergiliran mulai 23 November.",
     long="""Kotabaru kini punya Tim Reaksi Cepat khusus konflik buaya. Sebanyak 24 anggota dari Damkar, BPBD, polisi perairan dan nelayan dikukuhkan di Aula Kecamatan Kelumpang Hilir, Rabu 18 November. Latar belakangnya: sebulan lalu seorang nelayan di Sungai Serongga terluka di kaki diserang buaya.

Tim membawa tali jerat, tongkat penjepit dan satu perahu motor. Sekda Ahmad Fauzi Mahyuni menyebut nelayan sengaja dilibatkan karena merekalah yang pertama melihat buaya. Mulai Senin 23 November tim berjaga bergantian di Kelumpang Hilir dan Pulau Laut Timur.""",
     para="Kotabaru sudah baisi tim khusus buhaya, ngarannya TRC, anggotanya dua puluh ampat urang: Damkar, BPBD, polair wan nelayan jua. Dikukuhakan di Aula Kecamatan Kelumpang Hilir hari Rabu, marga bulan tadi ada nelayan di Sungai Serongga dikakah buhaya batisnya. Mulai Sanayan 23 November bubuhannya bajaga bagantian. Nelayan nang maliat buhaya lapor ka tim haja, jangan bagarak surang lah 🐊",
     looks=[
       dict(kim="kim-serongga", pl="facebook", at="11-18 19:30",
            t="Alhamdulillah, Pak Mahdan, nelayan Serongga yang bulan lalu digigit buaya di kaki, hari ini sudah bisa turun ke perahu lagi walau belum jauh. Beliau berterima kasih kepada tetangga yang dulu menolong dan membawanya ke puskesmas. Semoga sehat terus, Pak.",
            d="the injured fisherman's recovery, a personal story on the same day, not the team's inauguration"),
       dict(kim="kim-serongga", pl="telegram", at="11-23 20:15",
            t="Malam pertama jaga TRC buaya di Kelumpang Hilir: empat anggota menyusuri muara Sungai Serongga dengan perahu motor sampai jam sepuluh malam. Tidak ada buaya terlihat, hanya jejak di lumpur dekat pondok nelayan. Jadwal berikutnya Rabu malam.",
            d="the first patrol night on 23 November, a later step told as its own news"),
       dict(kim="kim-stagen", pl="facebook", at="11-19 10:10",
            t="Sekda Kotabaru kemarin sore juga meninjau pembangunan dermaga nelayan di Stagen. Progres fisik sudah 70 persen, tiang-tiang ulin sudah terpasang. Warga berharap dermaga bisa dipakai sebelum musim angin barat.",
            d="the same Sekda on the same day (18 Nov) at another event, a jetty in Stagen"),
       dict(kim="kim-serongga", pl="facebook", at="11-25 07:50",
            t="Katanya TRC buaya akan dibagi senapan bius. Itu belum benar, dangsanak. Ketua tim sudah menjelaskan di grup desa: peralatan hanya tali, tongkat penjepit dan perahu. Jangan ikut menyebar kabar yang belum jelas.",
            d="a rumour about tranquiliser guns and its denial, a week later"),
     ],
     before=[dict(kim="kim-serongga", pl="facebook", at="11-17 18:20",
            t="Besok pagi di Aula Kecamatan Kelumpang Hilir ada pengukuhan tim penanganan buaya. Nelayan yang sudah didaftar kepala desa diminta hadir jam sembilan, pakai baju rapi.",
            d="invitation the evening before the inauguration")]),

dict(id="a04", src="bksda-kalsel", at="11-05 13:25",
     slug="orangutan-jantan-masuk-kebun-sawit-muara-uya-dievakuasi-bksda",
     title="Orangutan Jantan Masuk Kebun Sawit di Muara Uya Dievakuasi BKSDA",
     text="""TANJUNG – Tim BKSDA Kalimantan Selatan mengevakuasi seekor orangutan jantan berusia sekitar 15 tahun dari kebun sawit warga di Kecamatan Muara Uya, Kabupaten Tabalong, Rabu (4/11/2026). Satwa seberat 62 kilogram itu sudah tiga hari berada di kebun dan merusak sekitar 40 pelepah sawit muda. Orangutan dibius oleh dokter hewan, lalu dibawa ke klinik satwa untuk pemeriksaan kesehatan.

“Kondisinya cukup baik, hanya ada luka lama di tangan kiri. Kami berterima kasih kepada warga yang tidak mengusir atau melukainya dan langsung melapor,” kata Kepala BKSDA Kalsel, Dwi Haryanto Saleh.

Jika hasil pemeriksaan baik, orangutan tersebut akan ditranslokasi ke hutan lindung di perbatasan Tabalong dalam dua pekan. (bksda/dh)""",
     short="BKSDA Kalsel mengevakuasi orangutan jantan ±15 tahun (62 kg) dari kebun sawit warga di Muara Uya, Tabalong, Rabu 4 November. Setelah cek kesehatan, ia akan dipindahkan ke hutan lindung dalam dua pekan.",
     long="""Seekor orangutan jantan sekitar 15 tahun bertahan tiga hari di kebun sawit warga Muara Uya, Tabalong, dan merusak kira-kira 40 pelepah sawit muda. Rabu (4/11) tim BKSDA Kalsel membiusnya dan membawanya ke klinik satwa.

Bobotnya 62 kg, kondisinya baik kecuali luka lama di tangan kiri. Kepala BKSDA Kalsel Dwi Haryanto Saleh berterima kasih karena warga tidak mengusir atau melukai satwa itu. Kalau sehat, orangutan itu ditranslokasi ke hutan lindung di perbatasan Tabalong dalam dua minggu.""",
     para="Ada urang utan ganal masuk kabun sawit urang Muara Uya, dangsanak 🦧 tiga hari inya di situ, pelepah sawit anum rusak kira-kira ampat puluh. Hari Rabu tadi bubuhan BKSDA mambius wan mambawa ka klinik satwa. Baratnya anam puluh dua kilo, umurnya kira-kira lima walas tahun, ada luka lawas di tangan kiri haja. Amun sehat, dua minggu lagi dipindah ka hutan lindung. Salut gasan warga nang kada manyakiti inya 👍",
     looks=[
       dict(kim="kim-muara-uya", pl="facebook", at="11-06 18:40",
            t="Warga Desa Binjai, Muara Uya, melaporkan jejak dan sarang orangutan di pohon dekat ladang mereka. Belum ada satwa yang terlihat langsung. Kepala desa meminta warga tidak menebang pohon sarang dan menunggu kedatangan petugas.",
            d="another village's report of a nest and tracks, no animal seen or rescued"),
       dict(kim="kim-jaro", pl="facebook", at="11-19 15:00",
            t="Orangutan yang bulan ini diselamatkan dari kebun sawit di Muara Uya hari ini dilepas ke hutan lindung di perbatasan Tabalong. Tim berangkat sejak subuh, perjalanan enam jam dengan mobil dan berjalan kaki. Menurut petugas, orangutan langsung memanjat dan membuat sarang.",
            d="the translocation of 19 November, a later step told as its own news, not the rescue"),
       dict(kim="kim-mabuun", pl="instagram", at="11-08 12:10",
            t="Kebun sawit plasma di Mabuun panen raya minggu ini, 62 kepala keluarga ikut menimbang TBS di koperasi. Harga hari ini Rp2.940 per kilo. #Tabalong #SawitRakyat",
            d="same figure (62) but oil-palm growers weighing fruit in Mabuun"),
     ],
     before=[dict(kim="kim-muara-uya", pl="facebook", at="11-03 19:05",
            t="Sudah dua hari ada orangutan di kebun sawit dekat jalan desa, Muara Uya. Banyak yang datang menonton dan memotret. Tolong jangan dilempari, sudah dilaporkan ke kecamatan dan katanya petugas segera datang.",
            d="residents' post on 3 Nov while the animal was still in the garden, before the rescue and release")]),

dict(id="a05", src="pemkab-balangan", at="11-12 15:30",
     slug="beruang-madu-terjerat-di-kebun-karet-halong-diselamatkan-warga-dibongkar-27-jerat",
     title="Beruang Madu Terjerat di Kebun Karet Halong Diselamatkan, 27 Jerat Dibongkar",
     text="""PARINGIN – Seekor beruang madu betina seberat sekitar 40 kilogram ditemukan terjerat tali baja di kebun karet Desa Liyu, Kecamatan Halong, Balangan, Selasa (10/11/2026). Tim DLH Balangan, BKSDA dan warga melepas jerat dan merawat luka di kaki kanan beruang. Dalam penyisiran sehari berikutnya, petugas membongkar 27 jerat babi di sekitar kebun. Beruang itu diperkirakan sudah dua hari terjerat sebelum ditemukan pemilik kebun yang hendak menyadap karet.

“Jerat babi tidak memilih korban. Kami minta warga tidak lagi memasang jerat tali baja, apalagi di dekat hutan,” ujar Wakil Bupati Balangan, Rahmat Yani Fahrudin.

Beruang madu akan dilepasliarkan setelah lukanya sembuh, dan penyisiran jerat dilanjutkan di Kecamatan Tebing Tinggi pada Senin (23/11/2026). (diskominfo-blg/ry)""",
     short="Beruang madu betina (±40 kg) yang terjerat tali baja di kebun karet Desa Liyu, Halong, diselamatkan DLH Balangan, BKSDA dan warga, Selasa 10 November. Petugas juga membongkar 27 jerat babi di sekitar kebun.",
     long=None,
     para="Kasihan banar, baruang madu bibinian kana jarat tali baja di kabun gatah Liyu, Halong 😢 Salasa tadi dilapas bubuhan DLH, BKSDA wan warga, batis kanannya luka. Imbah itu dicari-cari, dapat dua puluh tujuh jarat babi di sakuliling kabun, dibungkar samunyaan. Ujar Pa Wabup, jangan lagi masang jarat tali baja, jarat kada mamilih. #Balangan #BaruangMadu",
     looks=[
       dict(kim="kim-juai", pl="facebook", at="11-14 08:45",
            t="Kebun karet warga Juai didatangi beruang madu dua malam berturut-turut. Sarang lebah di pohon dekat pondok dirusak, tetapi tidak ada warga yang terluka. Petani diminta tidak menginap di pondok kebun sampai keadaan aman.",
            d="another kecamatan (Juai), a bear raiding beehives; no snare, no rescue"),
       dict(kim="kim-juai", pl="telegram", at="11-23 16:20",
            t="Penyisiran jerat di Kecamatan Tebing Tinggi hari ini: tim DLH dan warga menemukan 11 jerat tali baja di tiga kebun. Semua sudah dibongkar dan dikumpulkan di kantor desa.",
            d="the Tebing Tinggi sweep of 23 November with its own figure (11 snares), the announced next step"),
       dict(kim="kim-halong", pl="facebook", at="11-13 10:30",
            t="Wakil Bupati Balangan Rabu kemarin membuka turnamen sepak takraw antardesa di Lapangan Halong. Ada 27 tim yang ikut, pertandingan berlangsung sampai Minggu.",
            d="same Wakil Bupati, same number 27, a sepak takraw tournament"),
       dict(kim="kim-juai", pl="facebook", at="11-26 19:00",
            t="Ada yang bilang beruang madu yang terjerat di Liyu sudah mati di kandang. Itu tidak benar ya. Kata petugas DLH waktu rapat di kecamatan tadi, lukanya masih dirawat dan beruang itu mau makan.",
            d="a rumour of the bear's death, denied two weeks later"),
     ],
     before=[]),

dict(id="a06", src="pemkot-banjarmasin", at="11-20 10:15",
     slug="induk-dan-anak-bekantan-terjebak-di-permukiman-sungai-jingah-dievakuasi",
     title="Induk dan Anak Bekantan Terjebak di Permukiman Sungai Jingah Dievakuasi",
     text="""BANJARMASIN – Tim gabungan Damkar Banjarmasin, DLH dan BKSDA Kalsel mengevakuasi seekor bekantan betina dan anaknya yang terjebak di antara rumah warga Kelurahan Sungai Jingah, Banjarmasin Utara, Kamis (19/11/2026). Kedua satwa itu diduga terpisah dari kelompoknya setelah pohon rambai di tepi sungai ditebang untuk pembangunan turap. Evakuasi berlangsung tiga jam dan disaksikan ratusan warga. Induk bekantan sempat melompat ke atap beberapa rumah sebelum berhasil dijaring.

“Bekantan adalah maskot Kalimantan Selatan. Kami minta warga tidak memberi makanan atau mendekat ketika ada bekantan masuk permukiman,” kata Kepala DLH Kota Banjarmasin, Irwan Syahrani.

Setelah diperiksa dokter hewan, induk dan anak bekantan itu akan dilepas di kawasan rambai yang masih alami di hilir Sungai Kuin. (diskominfo-bjm/is)""",
     short="Bekantan betina dan anaknya yang terjebak di permukiman Sungai Jingah, Banjarmasin Utara, dievakuasi Damkar, DLH dan BKSDA, Kamis 19 November. Keduanya diduga terpisah dari kelompok setelah pohon rambai ditebang untuk turap.",
     long="""Warga Sungai Jingah, Banjarmasin Utara, Kamis (19/11) menyaksikan evakuasi seekor bekantan betina bersama anaknya yang terjebak di antara rumah. Tim Damkar, DLH dan BKSDA Kalsel bekerja sekitar tiga jam.

Keduanya diduga terpisah dari kelompok karena pohon rambai di tepi sungai ditebang untuk proyek turap. Kepala DLH Irwan Syahrani meminta warga tidak memberi makan atau mendekati bekantan. Setelah diperiksa dokter hewan, induk dan anak akan dilepas di rambai alami di hilir Sungai Kuin.""",
     para="Dangsanak Sungai Jingah, Kamis tadi ada bakantan induk wan anaknya tasasat di antara rumah urang. Bubuhan Damkar, DLH wan BKSDA tiga jam manangkap, urang nang manunton ratusan. Ujar urang DLH, bakantan tapisah lawan kawanannya marga puhun rambai di pinggir sungai ditabang gasan turap. Kaina dilapas di rambai hilir Sungai Kuin. Jangan diumpani makanan lah amun ada bakantan datang.",
     looks=[
       dict(kim="kim-sungai-andai", pl="facebook", at="11-21 07:40",
            t="Pagi ini serombongan bekantan, kira-kira tujuh ekor, terlihat bergelantungan di pohon rambai belakang kompleks di Sungai Andai. Mereka tidak masuk rumah, hanya makan daun lalu menyeberang ke arah sungai. Warga cukup memotret dari jauh, jangan diberi makan.",
            d="a group of seven seen in Sungai Andai the next day; no one trapped, no evacuation"),
       dict(kim="kim-sungai-andai", pl="facebook", at="11-22 14:30",
            t="Pekerjaan turap Sungai Jingah jalan terus. Warga bertanya kenapa pohon rambai di tepi sungai ikut ditebang. Kontraktor menyebut akan menanam 50 bibit rambai baru setelah turap selesai tahun depan. Kami tunggu janjinya.",
            d="complaint about the turap works and tree felling, no animal rescue"),
       dict(kim="kim-pelambuan", pl="instagram", at="11-20 16:00",
            t="Damkar Banjarmasin siang tadi dipanggil ke Pelambuan untuk mengevakuasi sarang tawon di plafon rumah warga. Tiga jam petugas bekerja karena sarangnya besar. Terima kasih bapak-bapak Damkar! #Banjarmasin #Damkar",
            d="same Damkar, same three hours, a wasp nest in Pelambuan"),
     ],
     before=[dict(kim="kim-sungai-andai", pl="facebook", at="11-19 11:40",
            t="Ramai di Sungai Jingah, ada induk bekantan dengan anaknya terjebak di atap rumah warga. Petugas Damkar sudah datang, jalan gang penuh orang. Mohon beri ruang supaya petugas bisa bekerja.",
            d="live post during the evacuation on 19 Nov, before the release")]),

dict(id="a07", src="bksda-kalsel", at="11-10 16:50",
     slug="214-burung-kicau-selundupan-di-trisakti-190-dilepasliarkan-di-tahura",
     title="214 Burung Kicau Selundupan Digagalkan di Trisakti, 190 Dilepasliarkan di Tahura",
     text="""BANJARMASIN – BKSDA Kalimantan Selatan bersama Balai Karantina Kalsel menggagalkan pengiriman 214 ekor burung kicau tanpa dokumen di Pelabuhan Trisakti, Minggu (8/11/2026). Burung cucak hijau, murai batu dan kacer itu disembunyikan dalam 38 keranjang buah di bak truk yang hendak naik kapal ke Surabaya. Sebanyak 24 ekor ditemukan mati, sedangkan 190 ekor yang sehat dilepasliarkan di Tahura Sultan Adam pada Selasa (10/11/2026). Truk tersebut diperiksa karena petugas mencium bau kotoran burung dari tumpukan keranjang.

“Pengiriman satwa liar tanpa dokumen merugikan alam kita. Burung yang masih sehat harus segera kembali ke habitatnya,” kata Kepala Bidang Teknis BKSDA Kalsel, Mariana Juwita.

Sopir dan pemilik muatan kini diperiksa penyidik Balai Gakkum untuk proses hukum lebih lanjut. (bksda/mj)""",
     short="BKSDA dan Karantina Kalsel menggagalkan pengiriman 214 burung kicau (cucak hijau, murai batu, kacer) dalam 38 keranjang di Pelabuhan Trisakti, 8 November. 24 mati, 190 dilepasliarkan di Tahura Sultan Adam, 10 November.",
     long="""Pengiriman 214 burung kicau tanpa dokumen digagalkan di Pelabuhan Trisakti, Minggu (8/11). Cucak hijau, murai batu dan kacer itu disembunyikan dalam 38 keranjang buah di truk tujuan Surabaya.

Sebanyak 24 burung sudah mati. Sisanya, 190 ekor, dilepas ke Tahura Sultan Adam pada Selasa (10/11). Kabid Teknis BKSDA Kalsel Mariana Juwita menegaskan burung yang sehat harus cepat kembali ke habitatnya. Sopir dan pemilik muatan kini diperiksa penyidik Balai Gakkum.""",
     para="Bubuhan pahumaan burung, dangar nah: dua ratus ampat walas ikung burung kicau nang handak dikirim ka Surabaya tatangkap di Trisakti hari Minggu. Cucak hijau, murai batu, kacer disumpatakan dalam tiga puluh walu karanjang buah 😤 Dua puluh ampat ikung sudah mati, nang sehat saratus sambilan puluh dilapas di Tahura Sultan Adam hari Salasa. Sopir wan nang ampun muatan diperiksa Gakkum. #BKSDAKalsel",
     looks=[
       dict(kim="kim-pelambuan", pl="facebook", at="11-12 10:00",
            t="Karantina Kalsel kemarin menahan 38 ekor sapi asal Jawa di Pelabuhan Trisakti karena surat kesehatan hewannya belum lengkap. Sapi dirawat di kandang karantina sampai dokumen dilengkapi pemilik.",
            d="same port and the same 38 but cattle held for incomplete health papers"),
       dict(kim="kim-mandiangin-timur", pl="facebook", at="11-16 17:20",
            t="Sore tadi di jalur menuju Bukit Batu, Tahura Sultan Adam, ramai kicau burung. Kata penjaga pos, ratusan burung baru saja dilepas di sini minggu lalu. Pengunjung diminta tidak memasang pulut atau jaring di kawasan Tahura.",
            d="a visitor's note a week later about birds singing and a ban on traps; no release reported"),
       dict(kim="kim-kelayan-barat", pl="telegram", at="11-27 09:30",
            t="Lagi, pengiriman burung tanpa dokumen digagalkan. Kamis dini hari petugas menemukan 86 ekor burung pleci dalam kardus di bus tujuan Palangka Raya di terminal Km 6. Burung diserahkan ke BKSDA.",
            d="another smuggling case later in November: 86 white-eyes on a bus at the Km 6 terminal"),
     ],
     before=[]),

dict(id="a08", src="pemkab-hsu", at="11-16 09:40",
     slug="pos-penyerahan-satwa-dlh-hsu-terima-sembilan-satwa-dilindungi",
     title="Pos Penyerahan Satwa DLH HSU Terima Sembilan Satwa Dilindungi dalam Sepekan",
     text="""AMUNTAI – Pos penyerahan sukarela satwa dilindungi yang dibuka Dinas Lingkungan Hidup Hulu Sungai Utara di halaman kantornya sejak Senin (9/11/2026) telah menerima sembilan satwa dalam sepekan. Satwa yang diserahkan warga terdiri atas dua elang brontok, tiga kukang dan empat burung beo. Seluruh satwa dititipkan ke BKSDA untuk direhabilitasi sebelum dilepas. Sebagian besar satwa itu dipelihara bertahun-tahun di rumah warga.

“Warga tidak akan dipidana jika menyerahkan sendiri satwa dilindungi yang dipelihara. Yang penting kesadaran bahwa tempat satwa itu di hutan, bukan di kandang,” ujar Kepala DLH HSU, Hj. Noorlatifah Hamdi.

Pos penyerahan dibuka setiap hari kerja hingga akhir Desember, dan warga yang menyerahkan satwa mendapat piagam penghargaan. (mc-hsu/nh)""",
     short="Pos penyerahan sukarela satwa dilindungi di DLH HSU (dibuka 9 November) menerima sembilan satwa dalam sepekan: 2 elang brontok, 3 kukang, 4 beo. Pos buka tiap hari kerja sampai akhir Desember.",
     long="""Dalam seminggu sejak dibuka Senin (9/11), pos penyerahan satwa di halaman kantor DLH Hulu Sungai Utara sudah menerima sembilan satwa dilindungi dari warga: dua elang brontok, tiga kukang dan empat beo.

Semua dititipkan ke BKSDA untuk rehabilitasi. Kepala DLH HSU Noorlatifah Hamdi menegaskan warga yang menyerahkan sendiri tidak dipidana. Pos buka tiap hari kerja sampai akhir Desember dan penyerah mendapat piagam.""",
     para="Urang Amuntai nang baingon elang, kukang atawa beo, nah ada pos gasan manyarahakan di halaman DLH HSU 🦅 Saminggu haja sudah sanga ikung: elang brontok dua, kukang talu, beo ampat. Ujar Bu Kadis, kada dipidana amun manyarahakan surang, malah dapat piagam. Pos bukah tiap hari gawi sampai ujung Disember. Ayu ja, tampat binatang nitu di hutan, lain di kurungan.",
     looks=[
       dict(kim="kim-babirik", pl="facebook", at="11-17 20:10",
            t="Pak Rusdi dari Babirik sudah enam tahun memelihara beo yang pandai berucap salam. Ketika ditanya apakah akan diserahkan, beliau bilang berat hati, beonya sudah seperti keluarga. Menurut warga, burung itu dibeli di pasar ketika masih anakan.",
            d="one resident who keeps a mynah and hesitates to hand it over; no handover"),
       dict(kim="kim-sungai-tabukan", pl="facebook", at="11-30 11:15",
            t="DLH HSU hari ini menyerahkan piagam kepada tujuh warga yang pekan lalu menyerahkan satwa dilindungi. Ada yang membawa landak, ada yang membawa elang ular. Acaranya singkat di aula kantor DLH.",
            d="a later certificate ceremony on 30 November for seven other donors (porcupine, serpent eagle)"),
       dict(kim="kim-paminggir", pl="telegram", at="11-18 13:00",
            t="Kantor DLH HSU minggu ini juga membuka layanan pengaduan bau dan limbah usaha. Warga bisa datang langsung ke loket di halaman kantor pada hari kerja. Sudah ada sembilan aduan, kebanyakan soal kandang itik yang dekat rumah.",
            d="same office, same yard, same count (9) but complaints about smells and waste"),
     ],
     before=[]),

dict(id="a09", src="pemkot-banjarbaru", at="11-24 14:40",
     slug="mulai-2027-lomba-burung-kicau-di-banjarbaru-wajib-burung-bercincin-penangkaran",
     title="Mulai 2027, Lomba Burung Kicau di Banjarbaru Wajib Pakai Burung Bercincin Penangkaran",
     text="""BANJARBARU – Pemerintah Kota Banjarbaru bersama BKSDA Kalsel menetapkan bahwa mulai 1 Januari 2027 setiap lomba burung kicau di Banjarbaru hanya boleh diikuti burung hasil penangkaran yang bercincin resmi. Ketentuan itu disosialisasikan kepada 45 pedagang burung dan pengurus komunitas kicau mania di Aula Gawi Sabarataan, Selasa (24/11/2026). Panitia lomba wajib memeriksa cincin dan surat asal burung sebelum penjurian. Sosialisasi juga diikuti penyelenggara lomba dari kecamatan Cempaka, Landasan Ulin dan Liang Anggang.

“Kami tidak melarang hobi, tetapi burung yang dilombakan harus dari penangkaran, bukan tangkapan hutan,” kata Wali Kota Banjarbaru, Hj. Nurlaila Rahmawati.

BKSDA akan membuka layanan pendataan penangkar kecil di Banjarbaru setiap Kamis mulai pekan depan. (humas-bjb/el)""",
     short="Mulai 1 Januari 2027 lomba burung kicau di Banjarbaru hanya boleh diikuti burung penangkaran bercincin resmi. Aturan dari Pemkot Banjarbaru dan BKSDA ini disosialisasikan ke 45 pedagang dan komunitas kicau mania, Selasa 24 November.",
     long=None,
     para="Pian nang hobi lomba burung di Banjarbaru, catat lah 📝 mulai 1 Januari 2027 burung nang dilombakan wajib hasil panangkaran, bacincin resmi. Kada kawa lagi burung tangkapan hutan. Salasa tadi ampat puluh lima padagang wan pangurus kicau mania dikumpulakan di Aula Gawi Sabarataan. Ujar Bu Wali, hobi kada dilarang, asal burungnya matan panangkaran. Panitia lomba harus mamariksa cincin wan surat asal burung.",
     looks=[
       dict(kim="kim-guntung-manggis", pl="facebook", at="11-29 17:45",
            t="Lomba burung kicau Piala Guntung Manggis hari Minggu ini diikuti 140 gantangan. Juara murai batu diraih peserta dari Martapura, kacer dari Banjarmasin. Panitia mengucapkan terima kasih kepada semua kicau mania yang hadir dengan tertib.",
            d="an ordinary bird contest held on 29 November with its own winners; not the 2027 rule"),
       dict(kim="kim-loktabat-utara", pl="telegram", at="11-26 18:00",
            t="Info dari teman penangkar: pendataan penangkar kecil oleh BKSDA katanya dibuka Kamis depan, tapi belum ada info resmi soal tempat dan syaratnya. Nanti kami kabari kalau sudah jelas.",
            d="hearsay about the registration service, explicitly without official information"),
       dict(kim="kim-bangkal", pl="facebook", at="11-25 09:00",
            t="Aula Gawi Sabarataan kemarin juga dipakai untuk pelantikan 45 ketua RT se-Kecamatan Cempaka. Wali Kota berpesan agar RT aktif mendata warga baru dan menjaga kebersihan lingkungan.",
            d="same hall, same day and the same count (45), but RT heads' inauguration"),
     ],
     before=[dict(kim="kim-loktabat-utara", pl="facebook", at="11-22 20:30",
            t="Dengar-dengar Pemkot mau bikin aturan lomba burung harus pakai burung cincin. Katanya Selasa nanti pedagang dan komunitas kicau dipanggil ke Balai Kota. Semoga tidak memberatkan peternak kecil.",
            d="rumour two days before the socialisation and the release")]),

dict(id="a10", src="dishut-kalsel", at="11-04 09:10",
     slug="tahura-sultan-adam-terapkan-tiket-elektronik-mulai-15-november",
     title="Tahura Sultan Adam Terapkan Tiket Elektronik Mulai 15 November",
     text="""BANJARBARU – UPTD Taman Hutan Raya Sultan Adam, Dinas Kehutanan Kalimantan Selatan, menerapkan tiket masuk elektronik di pintu Mandiangin dan pintu Riam Kanan mulai Minggu (15/11/2026). Pengunjung membayar dengan QRIS atau kartu uang elektronik. Tarif masuk Rp10.000 per orang pada hari kerja dan Rp15.000 pada akhir pekan dan hari libur, sedangkan pelajar berseragam dan anak di bawah lima tahun gratis.

“Dengan tiket elektronik, jumlah pengunjung tercatat rapi dan pendapatan langsung masuk kas daerah. Tidak ada lagi karcis kertas,” ujar Kepala UPTD Tahura Sultan Adam, Rahmadi Nor Iskandar.

Selama sepekan pertama petugas tetap melayani pembayaran tunai di loket bantu sambil mengenalkan cara pembayaran baru. (dishut-kalsel/rn)""",
     short="Mulai Minggu 15 November, masuk Tahura Sultan Adam (pintu Mandiangin dan Riam Kanan) pakai tiket elektronik, bayar QRIS atau uang elektronik. Tarif Rp10.000 hari kerja, Rp15.000 akhir pekan; pelajar berseragam dan balita gratis.",
     long="""Karcis kertas di Tahura Sultan Adam segera pensiun. Mulai Minggu (15/11), pintu Mandiangin dan pintu Riam Kanan hanya menerima tiket elektronik, dibayar lewat QRIS atau kartu uang elektronik.

Tarifnya Rp10.000 per orang di hari kerja dan Rp15.000 di akhir pekan serta hari libur. Pelajar berseragam dan anak di bawah lima tahun tidak bayar. Kepala UPTD Tahura Rahmadi Nor Iskandar mengatakan pengunjung tercatat rapi dan uang langsung masuk kas daerah. Selama seminggu pertama loket bantu masih menerima tunai.""",
     para="Nang handak bajalan ka Tahura Sultan Adam, mulai Minggu 15 November tiketnya elektronik dah, kada karcis karatas lagi. Bayar pakai QRIS atawa kartu. Hari gawi sapuluh ribu, Sabtu-Minggu wan hari libur lima walas ribu. Kakanakan halus wan pelajar nang bapakaian sakulah gratis. Saminggu partama masih kawa tunai di loket bantu 👍 #Tahura #Mandiangin",
     looks=[
       dict(kim="kim-mandiangin-timur", pl="facebook", at="11-15 10:20",
            t="Hari pertama tiket elektronik di pintu Mandiangin, antrean pengunjung sempat memanjang karena banyak yang belum punya aplikasi pembayaran. Petugas di loket bantu sibuk mengajari. Sampai pukul sepuluh tercatat 230 pengunjung.",
            d="the first day (15 Nov) told as its own news with the day's figure"),
       dict(kim="kim-kiram", pl="facebook", at="11-07 15:30",
            t="Objek wisata air terjun milik Desa Kiram menaikkan karcis masuk menjadi Rp10.000 per orang mulai bulan ini untuk perawatan jalan setapak dan toilet. Pembayaran tetap tunai di pos pemuda desa.",
            d="a village attraction in Kiram, same Rp10.000 price, cash; not Tahura"),
       dict(kim="kim-aranio", pl="telegram", at="11-09 19:00",
            t="Ada yang tanya apakah warga Aranio yang lewat pintu Riam Kanan untuk ke kebun juga harus bayar tiket elektronik. Sampai sekarang belum ada info resmi, kami sedang menanyakan ke kantor UPTD. Jangan dulu percaya kabar di grup sebelah.",
            d="a question about residents passing the gate; no official answer yet"),
       dict(kim="kim-aranio", pl="facebook", at="11-20 08:15",
            t="Pengunjung mengeluh sinyal di pintu Riam Kanan sering hilang sehingga QRIS gagal dibayar. Akhir pekan lalu ada rombongan yang menunggu setengah jam. Mohon pengelola menyediakan jaringan yang lebih baik.",
            d="complaint about the signal at the gate, days after the start"),
     ],
     before=[]),
]
