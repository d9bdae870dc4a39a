# -*- coding: utf-8 -*-
"""heldout52, hand-written: releases a21-a30 (see anns_a.py for the layout)."""

ANNS = [
dict(id="a21", src="pemkab-tanbu", at="11-24 11:35",
     slug="pos-jaga-hutan-mantewe-diresmikan-enam-polhut-dan-12-warga-bertugas",
     title="Pos Jaga Hutan Mantewe Diresmikan, Enam Polhut dan 12 Warga Bertugas Bergiliran",
     text="""BATULICIN – Bupati Tanah Bumbu, Andi Hasrullah Mappiare, meresmikan pos jaga hutan di Desa Mantewe, Kecamatan Mantewe, Selasa (24/11/2026). Pos yang dibangun dengan biaya Rp420 juta itu dilengkapi menara pantau setinggi 15 meter, ruang istirahat dan radio komunikasi. Enam polisi kehutanan KPH Kusan dan 12 warga Mantewe akan bertugas bergiliran, dengan patroli ke kawasan hutan produksi tiga kali seminggu. Menara pantau itu dapat melihat jalan hutan sejauh kurang lebih tiga kilometer.

“Mantewe adalah pintu masuk hutan kita. Dengan pos ini, kendaraan yang keluar masuk membawa kayu akan lebih mudah diawasi,” kata Bupati.

Pemkab Tanah Bumbu berencana membangun pos serupa di Kecamatan Kusan Hulu pada tahun anggaran 2027. (diskominfo-tanbu/ar)""",
     short="Bupati Tanbu meresmikan pos jaga hutan di Desa Mantewe (24/11), dibangun Rp420 juta dengan menara pantau 15 m. Enam polhut KPH Kusan dan 12 warga berjaga bergiliran, patroli tiga kali seminggu.",
     long="""Tanah Bumbu kini punya pos jaga hutan di Desa Mantewe. Bupati meresmikannya Selasa (24/11). Pos senilai Rp420 juta itu punya menara pantau 15 meter, ruang istirahat dan radio.

Enam polhut KPH Kusan dan 12 warga Mantewe bertugas bergiliran dan berpatroli ke hutan produksi tiga kali seminggu. Menurut Bupati, Mantewe adalah pintu masuk hutan sehingga kendaraan pembawa kayu lebih mudah diawasi. Pos serupa direncanakan di Kusan Hulu pada 2027.""",
     para="Di Mantewe wayahini ada pos jaga hutan, dangsanak 🌲 Salasa tadi diresmiakan Pa Bupati Tanbu. Baisi manara pantau lima walas meter, wadah baistirahat wan radio, biayanya ampat ratus dua puluh juta. Anam polhut KPH Kusan wan dua walas warga Mantewe bajaga bagantian, patroli talu kali saminggu. Truk nang mambawa kayu kaluar masuk kawa diawasi.",
     looks=[
       dict(kim="kim-mantewe", pl="facebook", at="11-26 17:20",
            t="Menara pantau di SMPN Mantewe yang dibangun siswa dan guru dari bambu kini dipakai untuk mengamati burung di tepi hutan sekolah. Tingginya 6 meter, naiknya bergiliran dan wajib didampingi guru.",
            d="a school's bamboo bird-watching tower, not the forest guard post"),
       dict(kim="kim-sungai-dua", pl="facebook", at="11-25 10:00",
            t="Rencana pos jaga hutan di Kusan Hulu tahun depan masih sebatas rencana. Warga di sana berharap pos dibangun dekat jalan tambang lama, karena truk kayu malam hari sering lewat situ.",
            d="the Kusan Hulu post planned for 2027, a hope, nothing built"),
       dict(kim="kim-pagatan", pl="telegram", at="11-24 20:50",
            t="Bupati Tanbu selepas dari Mantewe sore tadi menyerahkan bantuan 420 paket sembako kepada warga terdampak banjir di Kecamatan Kusan Hilir.",
            d="same Bupati, same day and the same number (420) but food parcels in Kusan Hilir"),
       dict(kim="kim-mantewe", pl="facebook", at="12-02 07:30",
            t="Patroli pertama dari pos jaga hutan Mantewe menemukan bekas tebangan kecil dan satu pondok kosong di dalam kawasan. Petugas memasang garis dan mencatat koordinatnya untuk dilaporkan ke KPH.",
            d="the first patrol's finding a week later, its own event"),
     ],
     before=[dict(kim="kim-mantewe", pl="facebook", at="11-23 16:45",
            t="Besok Bupati ke Mantewe meresmikan pos jaga hutan. Hari ini warga bergotong royong membersihkan halaman pos dan memasang tenda.",
            d="preparations the day before the inauguration")]),

dict(id="a22", src="dishut-kalsel", at="11-16 14:05",
     slug="46-meter-kubik-kayu-ulin-sitaan-dihibahkan-untuk-masjid-dan-jembatan-desa",
     title="46 Meter Kubik Kayu Ulin Sitaan Dihibahkan untuk Masjid, Langgar dan Jembatan Desa",
     text="""BANJARBARU – Dinas Kehutanan Kalimantan Selatan menghibahkan 46 meter kubik kayu ulin hasil sitaan pembalakan liar yang perkaranya telah berkekuatan hukum tetap kepada lima desa di Hulu Sungai Tengah dan Hulu Sungai Selatan, Senin (16/11/2026). Kayu akan dipakai untuk membangun dua masjid, satu langgar dan dua jembatan titian. Penyerahan dilakukan di gudang barang bukti Dishut di Banjarbaru dengan berita acara dari kejaksaan. Kayu tersebut berasal dari tiga perkara pembalakan liar tahun 2024 dan 2025.

“Kayu ini dulu ditebang secara ilegal. Sekarang setidaknya kembali bermanfaat bagi warga di sekitar hutan,” kata Kepala Bidang Perlindungan Hutan Dishut Kalsel, Syahril Abdi Nugraha.

Pengangkutan kayu ke lima desa dilakukan bertahap mulai pekan depan dengan pengawalan petugas. (dishut-kalsel/sa)""",
     short="Dishut Kalsel menghibahkan 46 m³ kayu ulin sitaan pembalakan liar (perkara inkrah) kepada lima desa di HST dan HSS untuk dua masjid, satu langgar dan dua jembatan titian, Senin 16 November.",
     long=None,
     para="Kayu ulin sitaan matan pambalakan liar, ampat puluh anam kubik, dibariakan ka lima desa di HST wan HSS 🙏 Gasan mambangun masjid dua, langgar asa wan titian dua. Sanayan tadi diserahakan di gudang barang bukti Dishut di Banjarbaru. Ujar Pa Kabid, kayu nitu dahulu ditabang kada sah, wayahini kawa bamanfaat gasan warga. Dibawa ka desa bahanu-bahanu mulai minggu dapan.",
     looks=[
       dict(kim="kim-hantakan", pl="facebook", at="11-24 15:15",
            t="Truk pertama pembawa kayu ulin hibah tiba di Desa Hantakan siang ini, dikawal dua petugas. Warga langsung bergotong royong menurunkan balok untuk pembangunan langgar. Jumlah yang datang hari ini 9 meter kubik.",
            d="the first truck arriving in one village a week later, with that day's volume"),
       dict(kim="kim-pandawan", pl="facebook", at="11-17 21:00",
            t="Panitia pembangunan masjid di Pandawan masih mencari donatur kayu ulin untuk rangka atap. Kebutuhan sekitar 6 kubik. Yang ingin berwakaf bisa menghubungi pengurus masjid setelah salat isya.",
            d="a mosque committee appealing for timber donations; not the seized timber"),
       dict(kim="kim-angkinang", pl="telegram", at="11-18 09:40",
            t="Kejari HSS melelang barang rampasan negara berupa 46 unit sepeda motor dan dua mobil pikap. Lelang dilakukan daring, jadwal dan syarat bisa dilihat di papan pengumuman kantor Kejari.",
            d="same figure (46) but a prosecutor's auction of vehicles"),
     ],
     before=[]),

dict(id="a23", src="pemkab-tapin", at="11-11 10:20",
     slug="razia-angkutan-kayu-di-binuang-tiga-truk-tanpa-dokumen-diamankan",
     title="Razia Angkutan Kayu di Binuang, Tiga Truk Tanpa Dokumen Diamankan",
     text="""RANTAU – Tim gabungan Dinas Lingkungan Hidup Tapin, KPH Kayu Tangi dan Polres Tapin memeriksa dokumen 27 truk pengangkut kayu di Jalan Ahmad Yani, Kecamatan Binuang, Selasa (10/11/2026). Tiga truk tidak dapat menunjukkan surat keterangan sah hasil hutan, dan muatannya berupa 18 meter kubik kayu meranti olahan diamankan di halaman Polres Tapin. Pemeriksaan berlangsung dari pukul 22.00 hingga 04.00 Wita. Para sopir truk yang muatannya diamankan dimintai keterangan oleh penyidik.

“Kayu boleh diangkut, asal jelas asal-usulnya dan dokumennya lengkap. Yang tidak lengkap akan kami proses,” ujar Asisten Perekonomian Setda Tapin, Rusmansyah Effendi.

Razia serupa akan dilakukan tanpa jadwal di jalur Tapin Selatan dan Hatungun hingga akhir tahun. (diskominfo-tapin/re)""",
     short="Razia gabungan DLH Tapin, KPH Kayu Tangi dan Polres memeriksa 27 truk kayu di Jl. A. Yani Binuang, Selasa malam 10 November; 3 truk tanpa dokumen sah, 18 m³ meranti olahan diamankan.",
     long="""Selasa malam (10/11) hingga subuh, tim gabungan DLH Tapin, KPH Kayu Tangi dan Polres Tapin menghentikan 27 truk pengangkut kayu di Jalan Ahmad Yani, Binuang.

Tiga truk tidak punya surat keterangan sah hasil hutan. Muatannya, 18 meter kubik meranti olahan, kini ditahan di halaman Polres Tapin. Asisten Perekonomian Rusmansyah Effendi menegaskan kayu boleh diangkut asal dokumennya lengkap. Razia berikutnya tanpa jadwal di jalur Tapin Selatan dan Hatungun sampai akhir tahun.""",
     para="Salasa malam tadi di Jalan A. Yani Binuang ada razia truk kayu, dangsanak 🚛 Dua puluh pitu truk diperiksa matan jam sapuluh malam sampai jam ampat subuh. Talu truk kada baisi surat sah, muatannya dalapan walas kubik kayu meranti diamanakan di halaman Polres Tapin. Ujar Pa Asisten, kayu kawa haja diangkut asal suratnya langkap. Razia lagi kaina, kada bajadwal, di Tapin Selatan wan Hatungun.",
     looks=[
       dict(kim="kim-hatungun", pl="facebook", at="11-20 06:50",
            t="Tadi malam ada razia di jalan poros Hatungun. Menurut warga yang lewat, sekitar sepuluh truk diperiksa surat-suratnya, tapi tidak ada yang ditahan. Antrean kendaraan sempat panjang sampai jembatan.",
            d="a later checkpoint in Hatungun (19-20 Nov) with nothing seized"),
       dict(kim="kim-hatungun", pl="facebook", at="11-12 18:25",
            t="Warga Hatungun yang menebang pohon di kebun sendiri untuk membangun rumah tetap perlu surat keterangan dari kepala desa kalau kayunya dibawa keluar desa. Kantor desa melayani pembuatan surat tersebut setiap hari kerja.",
            d="paperwork for timber from one's own garden, a village service notice"),
       dict(kim="kim-rantau-kiwa", pl="telegram", at="11-13 13:00",
            t="Satlantas Polres Tapin menggelar razia kendaraan di Jalan A. Yani Binuang. Dari 27 kendaraan yang diperiksa, tiga truk kelebihan muatan batu bara dan ditilang.",
            d="same road and same counts (27 checked, 3 trucks) but overloaded coal trucks ticketed by traffic police"),
       dict(kim="kim-hatungun", pl="facebook", at="11-27 21:15",
            t="Kabarnya kayu yang ditahan di Polres akan dilelang dan uangnya dibagi ke desa. Itu belum tentu benar, dangsanak. Kasusnya saja masih diproses. Tunggu info resmi.",
            d="a rumour about auctioning the seized timber, denied"),
     ],
     before=[]),

dict(id="a24", src="pemkab-batola", at="11-20 15:10",
     slug="pemkab-batola-data-31-sawmill-sembilan-tak-berizin-diberi-waktu-60-hari",
     title="Pemkab Batola Data 31 Sawmill, Sembilan Tak Berizin Diberi Waktu 60 Hari",
     text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala menuntaskan pendataan 31 usaha penggergajian kayu (sawmill) di Kecamatan Kuripan, Tabukan dan Bakumpai, Jumat (20/11/2026). Dari jumlah itu, sembilan sawmill belum memiliki izin usaha industri dan tidak bisa menunjukkan asal bahan baku kayu. Pemilik sawmill tersebut diberi waktu 60 hari untuk mengurus izin melalui mal pelayanan publik, dan selama itu dilarang menerima kayu bulat baru. Pendataan dilakukan sejak awal Oktober oleh tim gabungan dari tiga dinas.

“Kami tidak ingin menutup usaha warga, tetapi bahan bakunya harus jelas dan tidak berasal dari kawasan hutan,” kata Kepala Dinas Penanaman Modal dan PTSP Batola, Yusransyah Hidayat.

Setelah tenggat berakhir, tim akan memeriksa ulang kesembilan sawmill pada pertengahan Januari 2027. (mc-batola/yh)""",
     short="Pemkab Batola mendata 31 sawmill di Kuripan, Tabukan dan Bakumpai (selesai 20/11); sembilan belum berizin dan tak bisa menunjukkan asal kayu. Mereka diberi 60 hari mengurus izin dan dilarang menerima kayu bulat baru.",
     long=None,
     para="Pendataan sawmill di Kuripan, Tabukan wan Bakumpai sudah tuntung, dangsanak. Tiga puluh asa samunyaan, sanga kada baisi izin usaha wan kada kawa manunjukakan kayunya matan mana 🪵 Nang sanga nitu dibari waktu anam puluh hari maurus izin di mal pelayanan, salawas itu kada bulih manarima kayu bulat hanyar. Ujar Pa Kadis, usaha warga kada ditutup, asal kayunya jalas.",
     looks=[
       dict(kim="kim-kuripan", pl="facebook", at="11-21 19:10",
            t="Sawmill milik Haji Darmawi di Kuripan tetap buka seperti biasa. Beliau bilang izinnya lengkap sejak 2019 dan kayunya dibeli dari kebun karet tua warga. Pesanan papan untuk rumah panggung masih ramai.",
            d="one licensed sawmill continuing business; its own story"),
       dict(kim="kim-jejangkit-muara", pl="telegram", at="11-23 11:30",
            t="Mal Pelayanan Publik Batola mulai Senin melayani pengurusan izin usaha mikro secara gratis setiap hari kerja. Sudah 31 pelaku usaha mendaftar pada hari pertama, kebanyakan pedagang makanan.",
            d="same service hall and the same 31 but a free micro-business permit service"),
       dict(kim="kim-tabunganen-muara", pl="facebook", at="11-25 16:40",
            t="Bengkel kapal kayu di Tabunganen kesulitan mendapat papan ulin dan meranti. Harga naik menjadi Rp6 juta per kubik. Pemilik bengkel khawatir pesanan jukung dan klotok menjelang akhir tahun tidak terpenuhi.",
            d="boatyards complaining about timber prices, not the sawmill survey"),
     ],
     before=[]),

dict(id="a25", src="bpdas-barito", at="11-03 08:50",
     slug="persemaian-permanen-guntung-payung-bagikan-150-ribu-bibit-gratis",
     title="Persemaian Permanen Guntung Payung Bagikan 150 Ribu Bibit Gratis untuk Warga",
     text="""BANJARBARU – Balai Pengelolaan Daerah Aliran Sungai (BPDAS) Barito membagikan 150.000 bibit tanaman secara gratis dari Persemaian Permanen Guntung Payung, Banjarbaru, mulai Selasa (3/11/2026). Bibit yang tersedia antara lain durian, jengkol, petai, alpukat, gaharu dan mahoni. Warga perorangan dapat mengambil paling banyak 25 batang dengan menunjukkan KTP, sedangkan sekolah, kelompok tani dan rumah ibadah dapat mengajukan surat permohonan untuk jumlah lebih besar. Persemaian tersebut mampu memproduksi hingga satu juta bibit per tahun.

“Bibit ini untuk ditanam, bukan dijual lagi. Kami akan mengecek lokasi tanam penerima dalam jumlah besar,” kata Kepala BPDAS Barito, Ir. Budi Santoso Ramli.

Pengambilan bibit dilayani Senin sampai Jumat pukul 08.00–15.00 Wita hingga stok habis. (bpdas-barito/bs)""",
     short="BPDAS Barito membagikan 150.000 bibit gratis (durian, jengkol, petai, alpukat, gaharu, mahoni) dari Persemaian Permanen Guntung Payung, Banjarbaru, mulai 3 November. Perorangan maksimal 25 batang dengan KTP; lembaga lewat surat permohonan.",
     long="""Ada 150 ribu bibit gratis di Persemaian Permanen Guntung Payung, Banjarbaru. BPDAS Barito mulai membagikannya Selasa (3/11): durian, jengkol, petai, alpukat, gaharu sampai mahoni.

Perorangan boleh membawa pulang paling banyak 25 batang dengan menunjukkan KTP. Sekolah, kelompok tani dan rumah ibadah yang perlu lebih banyak cukup mengirim surat permohonan. Kepala BPDAS Barito Budi Santoso Ramli mengingatkan bibit untuk ditanam, bukan dijual, dan lokasi penerima besar akan dicek. Layanan Senin–Jumat, pukul 08.00–15.00 Wita, sampai stok habis.""",
     para="Nah, ada bibit gratis saratus lima puluh ribu batang di Persemaian Guntung Payung, Banjarbaru 🌱 Ada durian, jaring, patai, alpukat, gaharu wan mahoni. Saurang paling banyak dua puluh lima batang, bawa KTP. Sakulahan, kalompok tani atawa masigit kawa maulah surat gasan labih banyak. Ujar Pa Kepala BPDAS, bibit nitu gasan ditanam, jangan dijual pulang lah. Sanayan sampai Jumat, jam walu sampai jam talu.",
     looks=[
       dict(kim="kim-guntung-manggis", pl="facebook", at="11-05 17:15",
            t="Tadi antre ambil bibit di Guntung Payung, ramai sekali. Stok durian musang sudah habis, tinggal durian lokal, jengkol dan mahoni. Saran kami datang pagi dan bawa karung sendiri.",
            d="a personal experience of the queue two days later; not the announcement"),
       dict(kim="kim-bangkal", pl="facebook", at="11-09 10:30",
            t="Penjual bibit di Jalan Trikora menawarkan durian okulasi Rp35.000 per batang dan alpukat Rp25.000. Katanya pembeli tetap ramai walau ada bibit gratis, karena yang dijual sudah berbuah lebih cepat.",
            d="a commercial nursery's prices"),
       dict(kim="kim-loktabat-utara", pl="telegram", at="11-04 19:45",
            t="Hati-hati, ada akun yang menjual \"bibit gratis BPDAS\" dengan ongkos kirim Rp50.000. Bibit gratis hanya diambil langsung di persemaian, tidak dikirim lewat kurir.",
            d="a scam warning about paid shipping of 'free' seedlings"),
       dict(kim="kim-sungai-tabuk-kota", pl="facebook", at="11-12 08:10",
            t="Kebun Bibit Desa Sungai Tabuk Kota membagikan 1.500 bibit rambutan dan jeruk nipis hasil semaian ibu-ibu PKK kepada warga yang mau menanam di pekarangan. Ambil di balai desa hari Sabtu.",
            d="a village's own nursery with its own 1.500 seedlings"),
     ],
     before=[]),

dict(id="a26", src="pemkab-tabalong", at="11-10 13:10",
     slug="gerakan-satu-asn-satu-pohon-4200-bibit-buah-dibagikan-ke-asn-tabalong",
     title="Gerakan Satu ASN Satu Pohon, 4.200 Bibit Buah Dibagikan ke ASN Tabalong",
     text="""TANJUNG – Pemerintah Kabupaten Tabalong meluncurkan Gerakan Satu ASN Satu Pohon dengan membagikan 4.200 bibit mangga, rambutan dan kelengkeng kepada aparatur sipil negara di halaman Pendopo Bersinar, Selasa (10/11/2026). Setiap ASN wajib menanam bibit di rumah atau lingkungannya, lalu mengunggah foto tanaman melalui aplikasi Tanjung Hijau. Batas unggah foto pertama adalah Kamis (10/12/2026). Peluncuran diikuti kepala perangkat daerah, camat dan perwakilan pegawai dari setiap unit kerja.

“Kalau setiap pegawai menanam satu pohon, dalam setahun Tabalong punya ribuan pohon baru tanpa menunggu proyek,” ujar Sekretaris Daerah Tabalong, Hj. Hamida Munawarah.

Dinas Lingkungan Hidup akan mengumumkan unit kerja dengan tingkat tanam tertinggi dan memberi penghargaan pada peringatan Hari Jadi Tabalong tahun depan. (prokom-tbl/hm)""",
     short="Pemkab Tabalong meluncurkan Gerakan Satu ASN Satu Pohon: 4.200 bibit mangga, rambutan, kelengkeng dibagikan ke ASN di Pendopo Bersinar (10/11). Foto tanaman diunggah di aplikasi Tanjung Hijau paling lambat 10 Desember.",
     long=None,
     para="Pegawai Tabalong, bibitnya sudah dibagi lah 🌳 ampat ribu dua ratus batang pelam, rambutan wan kelengkeng, saurang ASN sabatang. Salasa tadi di halaman Pendopo Bersinar. Tanam di rumah, imbah itu foto wan unggah di aplikasi Tanjung Hijau, paling lambat 10 Disember. Unit gawian nang paling rajin menanam dapat penghargaan pas Hari Jadi Tabalong.",
     looks=[
       dict(kim="kim-mabuun", pl="facebook", at="11-12 15:40",
            t="Guru dan murid SDN Mabuun menanam 40 bibit pohon buah di halaman sekolah sebagai kegiatan Jumat Bersih. Bibit berasal dari sumbangan orang tua murid. Setiap kelas bertanggung jawab menyiram dua pohon.",
            d="a school's own planting with donated seedlings"),
       dict(kim="kim-jaro", pl="telegram", at="11-18 20:25",
            t="Aplikasi Tanjung Hijau sejak sore susah dibuka, banyak teman ASN gagal unggah foto. Admin dinas bilang server sedang diperbaiki dan batas unggah belum diubah.",
            d="an app outage a week later"),
       dict(kim="kim-muara-uya", pl="facebook", at="11-11 11:00",
            t="Halaman Pendopo Bersinar kemarin sore dipakai untuk pelepasan kontingen Tabalong ke Pekan Olahraga Pelajar tingkat provinsi. Kontingen terdiri atas 42 atlet dan 9 pelatih.",
            d="same venue (Pendopo Bersinar) the next day, a sports team send-off"),
     ],
     before=[]),

dict(id="a27", src="pemkab-hst", at="11-18 14:25",
     slug="7500-bibit-gaharu-dan-jengkol-untuk-petani-batang-alai-timur-dan-limpasu",
     title="7.500 Bibit Gaharu dan Jengkol untuk Petani Batang Alai Timur dan Limpasu",
     text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah menyerahkan 7.500 bibit gaharu dan jengkol kepada 15 kelompok petani di Kecamatan Batang Alai Timur dan Limpasu, Rabu (18/11/2026). Bibit akan ditanam secara tumpang sari di kebun karet dan lahan kritis di lereng bukit untuk menahan erosi sekaligus menjadi sumber penghasilan jangka panjang. Setiap kelompok menerima 500 bibit beserta pupuk kandang. Penyerahan dilakukan di halaman Kantor Kecamatan Batang Alai Timur.

“Gaharu butuh waktu, tetapi nilainya tinggi. Jengkol bisa dipanen lebih dulu. Keduanya menjaga tanah di lereng tetap kuat,” ujar Bupati Hulu Sungai Tengah, Ahmad Ridwan Syukri.

Penyuluh kehutanan akan mendampingi penanaman dan mengecek tanaman pada Februari 2027. (humas-hst/sr)""",
     short="Pemkab HST menyerahkan 7.500 bibit gaharu dan jengkol (500 per kelompok) kepada 15 kelompok petani di Batang Alai Timur dan Limpasu, Rabu 18 November, untuk tumpang sari di kebun karet dan lahan kritis.",
     long=None,
     para="Bubuhan patani Batang Alai Timur wan Limpasu dapat bibit gaharu wan jaring, samunyaan pitung ribu lima ratus batang 🌱 Lima walas kalompok, sakalompok lima ratus batang tambah pupuk kandang. Ditanam di sala-sala gatah wan di lereng gunung nang kritis, supaya tanah kada longsor. Ujar Pa Bupati, gaharu lawas pang, tapi mahal; jaring kawa dipanen badahulu.",
     looks=[
       dict(kim="kim-pandawan", pl="facebook", at="11-19 16:50",
            t="Harga jengkol di Pasar Barabai minggu ini Rp28.000 per kilo, naik karena pasokan dari Batang Alai sedang sedikit. Pedagang memperkirakan harga turun lagi bulan depan saat musim panen.",
            d="market price of jengkol, no seedlings"),
       dict(kim="kim-hantakan", pl="facebook", at="11-21 08:20",
            t="Kelompok tani di Hantakan menanam 500 bibit kayu manis di lereng bukit hari Jumat. Bibit dibeli dari kas kelompok, ditanam gotong royong oleh 25 anggota.",
            d="another group planting 500 cinnamon seedlings bought with its own money"),
       dict(kim="kim-pagat", pl="telegram", at="11-19 10:30",
            t="Bupati HST kemarin sore juga membuka pasar wadai di halaman Murakata. Ada 60 lapak UMKM yang menjual kue tradisional sampai Sabtu.",
            d="same Bupati, same day, at a cake market"),
     ],
     before=[]),

dict(id="a28", src="pemkab-batola", at="11-05 16:20",
     slug="titian-mangrove-380-meter-di-tabunganen-muara-dibuka-gratis-sampai-akhir-tahun",
     title="Titian Mangrove 380 Meter di Tabunganen Muara Dibuka, Gratis sampai Akhir Tahun",
     text="""MARABAHAN – Bupati Barito Kuala, Mukhlis Hadiansyah, membuka titian ekowisata mangrove sepanjang 380 meter di Desa Tabunganen Muara, Kecamatan Tabunganen, Kamis (5/11/2026). Titian kayu ulin itu menembus hutan bakau dan nipah di muara Sungai Barito dan berujung di menara pandang setinggi 10 meter untuk melihat bekantan dan burung air. Pengelolaan diserahkan kepada badan usaha milik desa. Di sepanjang titian dipasang papan nama jenis mangrove dan satwa yang hidup di sana.

“Mangrove yang terjaga bisa mendatangkan penghasilan tanpa harus ditebang. Warga menjadi pemandu dan penjual makanan,” kata Bupati.

Kunjungan gratis hingga 31 Desember 2026, dan mulai Januari 2027 pengunjung dikenai tiket Rp5.000 per orang untuk perawatan titian. (mc-batola/bi)""",
     short="Bupati Batola membuka titian ekowisata mangrove 380 meter dengan menara pandang 10 m di Tabunganen Muara, Kamis 5 November. Dikelola BUMDes; gratis sampai 31 Desember, mulai Januari tiket Rp5.000.",
     long="""Tabunganen Muara, Barito Kuala, kini punya titian ekowisata mangrove. Bupati membukanya Kamis (5/11). Titian ulin sepanjang 380 meter menembus bakau dan nipah di muara Barito dan berakhir di menara pandang 10 meter, tempat melihat bekantan dan burung air.

BUMDes mengelola kawasan ini; warga jadi pemandu dan penjual makanan. Menurut Bupati, mangrove yang terjaga bisa menghasilkan tanpa ditebang. Masuk gratis sampai 31 Desember 2026, lalu Rp5.000 per orang mulai Januari.""",
     para="Ayo bajalan ka Tabunganen Muara 🌿 wayahini ada titian di hutan bakau wan nipah, panjangnya talu ratus walu puluh meter, di ujungnya ada manara pandang sapuluh meter gasan maliat bakantan wan burung banyu. Kamis tadi dibuka Pa Bupati Batola. Gratis sampai ujung Disember, bulan Januari hanyar bayar lima ribu. Nang mangalola BUMDes, warga jadi pamandu wan bajualan.",
     looks=[
       dict(kim="kim-tabunganen-muara", pl="facebook", at="11-08 18:00",
            t="Minggu pertama titian mangrove ramai, tapi parkir motor di depan balai desa penuh sampai ke jalan. Pengelola BUMDes meminta pengunjung parkir di lapangan sekolah dan berjalan kaki 200 meter.",
            d="parking trouble in the first week; not the opening"),
       dict(kim="kim-jejangkit-muara", pl="facebook", at="11-10 13:15",
            t="Pemuda Jejangkit Muara membuat jalur susur sungai dengan jukung di antara rumpun rumbia dan nipah. Tarif Rp15.000 per orang, berangkat dari dermaga desa. Lumayan untuk wisata keluarga.",
            d="another village's boat trail with its own price"),
       dict(kim="kim-kuripan", pl="telegram", at="11-06 09:45",
            t="Bupati Batola kemarin pagi, sebelum ke Tabunganen, meresmikan puskesmas pembantu di Desa Kuripan. Pustu ini melayani pemeriksaan ibu hamil dan imunisasi setiap Selasa.",
            d="same Bupati, same day, a health post in Kuripan"),
     ],
     before=[dict(kim="kim-tabunganen-muara", pl="facebook", at="11-04 17:30",
            t="Besok pagi Bupati datang ke Tabunganen Muara. Warga diminta hadir di ujung titian mangrove jam sembilan. Ibu-ibu PKK menyiapkan kue untuk tamu.",
            d="invitation the day before the opening")]),

dict(id="a29", src="pemkab-tanah-laut", at="11-13 11:15",
     slug="survival-tanaman-mangrove-2025-hanya-58-persen-7500-bibit-disulam",
     title="Tanaman Mangrove 2025 Hanya Tumbuh 58 Persen, 7.500 Bibit Disulam di Pagatan Besar dan Tabanio",
     text="""PELAIHARI – Dinas Lingkungan Hidup Tanah Laut menyulam 7.500 bibit mangrove di pesisir Desa Pagatan Besar dan Tabanio, Kecamatan Takisung, Jumat (13/11/2026). Penyulaman dilakukan setelah pemantauan bulan lalu menunjukkan hanya 58 persen bibit yang ditanam tahun 2025 bertahan hidup, sebagian besar mati tergerus ombak dan dimakan kambing. Bibit baru ditanam lebih rapat dan dilindungi pagar bambu setinggi satu meter.

“Menanam itu mudah, yang sulit menjaga sampai tumbuh. Kami minta warga ikut mengawasi ternak agar tidak masuk area mangrove,” ujar Kepala DLH Tanah Laut, Syarifuddin Noor Rahman.

Kelompok warga di kedua desa akan menerima upah pemeliharaan selama enam bulan untuk menyiram, membersihkan sampah dan memperbaiki pagar. (diskominfo-tala/sn)""",
     short="DLH Tanah Laut menyulam 7.500 bibit mangrove di Pagatan Besar dan Tabanio, Takisung (13/11), karena tanaman 2025 hanya 58 persen hidup (ombak, kambing). Bibit baru dipagari bambu; warga diupah memelihara enam bulan.",
     long="""Tanaman mangrove tahun 2025 di pesisir Takisung ternyata hanya 58 persen yang hidup. Sisanya tergerus ombak atau dimakan kambing. Karena itu DLH Tanah Laut, Jumat (13/11), menyulam 7.500 bibit di Pagatan Besar dan Tabanio.

Bibit baru ditanam lebih rapat dan dikelilingi pagar bambu setinggi satu meter. Kepala DLH Syarifuddin Noor Rahman meminta warga menjaga ternak agar tidak masuk area mangrove. Kelompok warga di kedua desa akan diupah enam bulan untuk menyiram, membersihkan sampah dan memperbaiki pagar.""",
     para="Bakau nang ditanam tahun 2025 di Takisung ternyata lima puluh walu persen haja nang hidup, dangsanak. Banyak nang mati kana ombak wan dimakan kambing 🐐 Jumat tadi DLH Tala manyulam pitung ribu lima ratus bibit di Pagatan Besar wan Tabanio, ditanam labih rapat wan dipagari paring. Tolong ingon kambingnya dijaga lah, jangan masuk ka wadah bakau. Kalompok warga dibayar maharagu anam bulan.",
     looks=[
       dict(kim="kim-tabanio", pl="facebook", at="11-15 16:30",
            t="Kambing warga yang masuk ke area mangrove di Tabanio mulai ditangkap dan dikandangkan di balai desa. Pemilik boleh mengambil setelah membayar denda adat Rp50.000 sesuai kesepakatan musyawarah desa.",
            d="a village rule fining stray goats, its own measure"),
       dict(kim="kim-swarangan", pl="facebook", at="11-14 09:00",
            t="Siswa SMPN Jorong menanam 300 bibit cemara laut di Pantai Swarangan dalam rangka kegiatan Sabtu Hijau. Bibit sumbangan perusahaan perkebunan di Jorong.",
            d="students planting she-oak at another beach"),
       dict(kim="kim-swarangan", pl="telegram", at="11-16 12:20",
            t="Tingkat kelulusan ujian paket C di PKBM Jorong tahun ini 58 persen, kata pengelola. Peserta yang belum lulus bisa ikut ujian susulan bulan depan.",
            d="same percentage (58 %) about an exam pass rate"),
     ],
     before=[]),

dict(id="a30", src="pemkab-tanbu", at="11-06 10:00",
     slug="perbup-perlindungan-mangrove-14-dapur-arang-bakau-di-kusan-hilir-ditutup",
     title="Perbup Perlindungan Mangrove Berlaku, 14 Dapur Arang Bakau di Kusan Hilir Ditutup",
     text="""BATULICIN – Pemerintah Kabupaten Tanah Bumbu mulai memberlakukan Peraturan Bupati tentang Perlindungan Ekosistem Mangrove, Jumat (6/11/2026). Aturan itu melarang penebangan bakau untuk arang, kayu bakar dan bahan bangunan di seluruh pesisir Tanah Bumbu. Sebagai tindak lanjut, 14 dapur arang bakau di Kecamatan Kusan Hilir ditutup, dan para pemiliknya diarahkan membuat arang dari kayu karet tua dengan bantuan tungku baru. Pemilik dapur arang sebelumnya diundang dalam rapat di kantor kecamatan.

“Bakau adalah benteng kampung pesisir dari abrasi dan tempat ikan bertelur. Kami tidak menghilangkan mata pencaharian, kami mengalihkannya,” kata Wakil Bupati Tanah Bumbu, Hamdan Lapawawoi.

Dinas Lingkungan Hidup akan menyerahkan 14 tungku arang kayu karet kepada pemilik dapur arang pada Rabu (25/11/2026). (diskominfo-tanbu/bs)""",
     short="Perbup Perlindungan Mangrove Tanbu berlaku 6 November: penebangan bakau untuk arang, kayu bakar dan bangunan dilarang. 14 dapur arang bakau di Kusan Hilir ditutup; pemiliknya dialihkan ke arang kayu karet dengan 14 tungku baru.",
     long=None,
     para="Mulai Jumat tadi di Tanbu kada bulih lagi manabang bakau gasan arang, kayu api atawa bahan rumah, sudah ada Perbup-nya. Ampat walas dapur arang bakau di Kusan Hilir ditutup, tapi pamiliknya diarahakan maulah arang matan kayu gatah tuha, dibari tungku hanyar. Ujar Pa Wabup, bakau tu banteng kampung matan ombak wan wadah iwak batalur 🐟",
     looks=[
       dict(kim="kim-pagatan", pl="facebook", at="11-25 18:40",
            t="Hari ini DLH Tanbu menyerahkan tungku arang kayu karet kepada para pemilik dapur arang di Kusan Hilir. Satu pemilik langsung mencoba membakar kayu karet sore ini, katanya asapnya lebih sedikit.",
            d="the handover of the kilns on 25 Nov, the announced next step as its own news"),
       dict(kim="kim-sungai-dua", pl="facebook", at="11-09 14:00",
            t="Harga arang batok kelapa di Simpang Empat naik menjadi Rp9.000 per kilo. Penjual sate dan warung ikan bakar mulai mencari arang dari Pelaihari.",
            d="coconut-shell charcoal prices"),
       dict(kim="kim-pagatan", pl="telegram", at="11-07 11:10",
            t="Wakil Bupati Tanah Bumbu Jumat kemarin juga meninjau abrasi di pantai Pagatan yang sudah menggerus 14 meter daratan dalam lima tahun. Pemkab akan mengusulkan pemecah ombak ke provinsi.",
            d="same Wakil Bupati, same day and the same 14 but a coastal-erosion visit"),
     ],
     before=[]),
]
