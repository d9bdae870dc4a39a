# -*- coding: utf-8 -*-
"""heldout61, hand-written releases a01-a21 with their short summary (S), optional long summary (L),
paraphrase (P), look-alikes (N: when, region, text, how it differs) and `before` posts (B).

`when` of a look-alike: a number = days after the release; "MM-DD HH:MM" = that moment (a later step told
on its own day). `when` of a before post: a negative number = days before the release.
Dates in release texts are written [[d/m]] and become "Hari (d/m/2026)" in build.py."""

ANNS = [
    # ------------------------------------------------------------------ F1 armada layanan keliling
    dict(id="a01", src="dispersip-kalsel", at="11-03 10:20", region="prov",
         title="Dispersip Kalsel Serahkan Empat Mobil Perpustakaan Keliling untuk Tapin, HSU, Tanah Bumbu dan Balangan",
         text="""BANJARBARU – Dinas Perpustakaan dan Kearsipan (Dispersip) Provinsi Kalimantan Selatan menyerahkan empat unit mobil perpustakaan keliling kepada Kabupaten Tapin, Hulu Sungai Utara, Tanah Bumbu dan Balangan, [[3/11]], di halaman Perpustakaan Palnam. Setiap mobil membawa 1.200 buku, layar televisi, pengeras suara dan jaringan internet satelit. Pengadaan empat unit itu bernilai Rp3,12 miliar dari APBD provinsi.

“Empat kabupaten ini armadanya paling tua, ada yang sudah lebih dari lima belas tahun. Mobil baru ini harus benar-benar turun ke desa, jangan hanya parkir di halaman kantor,” kata Kepala Dispersip Kalsel, H. Rusdiansyah Noor.

Keempat kabupaten diminta menyerahkan rute dan jadwal kunjungan paling lambat [[30/11]]. Dispersip akan memantau pemakaian armada melalui laporan bulanan. (dispersip/mr)""",
         S="Dispersip Kalsel menyerahkan 4 mobil perpustakaan keliling (masing-masing 1.200 buku, TV dan internet satelit, total Rp3,12 miliar) untuk Tapin, HSU, Tanah Bumbu dan Balangan. Rute kunjungan wajib disetor paling lambat 30 November.",
         L="Kabar gembira untuk Tapin, HSU, Tanah Bumbu dan Balangan. Selasa 3 November di halaman Perpustakaan Palnam, Dispersip Kalsel menyerahkan empat mobil perpustakaan keliling baru. Isinya masing-masing 1.200 buku, ada televisi, pengeras suara dan internet satelit. Nilainya Rp3,12 miliar dari APBD provinsi. Kepala Dispersip H. Rusdiansyah Noor berpesan mobil ini harus masuk desa, bukan parkir di kantor. Kabupaten penerima wajib menyetor rute dan jadwal sebelum 30 November, lalu melapor tiap bulan.",
         P="Dangsanak, Tapin lawan HSU, Tanbu, Balangan dapat mobil pustaka keliling hanyar 🚐📚 ampat buting sakalian, sabuting isinya 1.200 buku, ada tipi lawan internet satelit jua. Jar Kadis Dispersip, mobilnya kada bulih cuma baparkir di kantor, musti masuk ka kampung-kampung. Rutenya ditunggu sampai 30 November. #PustakaKeliling #Kalsel",
         N=[(9.0, "tpn", "Mobil perpustakaan keliling Tapin mampir di halaman SDN Bungur 2 tadi pagi. Ini masih mobil lama yang catnya mengelupas itu, anak-anak tetap antusias pinjam buku cerita. Kata petugasnya jadwal ke Bungur tiap Kamis pekan kedua.", "a routine stop of Tapin's old vehicle at one school, not the handover of the new cars"),
            (5.2, "hsu", "Ada yang tahu kapan mobil pustaka yang baru itu masuk Babirik? Dari tadi ulun tanya di grup kecamatan belum ada yang jawab. Semoga jangan cuma di kota Amuntai saja 🙏", "a question about when a car will come, no facts of the handover"),
            (12.0, "tbl", "Perpustakaan Keliling Tabalong mengumumkan mobil layanannya masuk bengkel untuk ganti kopling selama sepekan. Layanan di Tanta dan Muara Uya diganti dengan penitipan buku di kantor desa.", "Tabalong's own vehicle in the workshop; Tabalong was not among the four recipients")],
         B=[(-1.1, "prov", "Di halaman Perpustakaan Palnam pagi ini berjejer empat mobil boks putih bertuliskan Perpustakaan Keliling, masih ada plastik di kursinya. Sepertinya besok ada acara serah terima, tenda sudah dipasang.", "seen the day before the handover; no figures, no named recipients")]),

    dict(id="a02", src="pemkab-batola", at="11-10 14:05", region="btl",
         title="Kelotok Pustaka Mulai Layani 16 Desa Pesisir Sungai di Tabunganen, Tamban dan Mekarsari",
         text="""MARABAHAN – Pemerintah Kabupaten Barito Kuala meluncurkan Kelotok Pustaka, perahu perpustakaan yang akan melayani 16 desa di tepi sungai di Kecamatan Tabunganen, Tamban dan Mekarsari, [[10/11]], di dermaga Marabahan. Kelotok sepanjang 12 meter itu membawa 900 buku, tikar baca dan tiga awak, dan singgah di setiap desa dua kali sebulan.

“Banyak desa kita yang lebih dekat dijangkau lewat sungai daripada jalan darat. Anak-anak di sana jarang melihat buku baru, sekarang bukunya yang datang ke dermaga mereka,” ujar Kepala Dinas Perpustakaan dan Kearsipan Barito Kuala, Hj. Norlaila.

Pelayaran pertama dijadwalkan [[14/11]] menuju Desa Tabunganen Pemurus. Warga cukup menunjukkan kartu keluarga untuk meminjam. (mc-batola/hn)""",
         S="Batola meluncurkan Kelotok Pustaka: perahu 12 meter dengan 900 buku yang singgah dua kali sebulan di 16 desa tepi sungai Tabunganen, Tamban dan Mekarsari. Pelayaran pertama 14 November ke Tabunganen Pemurus, pinjam cukup dengan KK.",
         P="Bubuhan Tabunganen, Tamban, Mekarsari 🛶 wayahini ada Kelotok Pustaka, kelotok 12 meter mambawa 900 buku, mampir ka 16 desa dua kali sabulan. Kakanakan kada usah jauh-jauh lagi, bukunya nang datang ka batang. Pinjam cukup bawa KK haja. Tulak partama tanggal 14 ka Tabunganen Pemurus. #KelotokPustaka #Batola",
         N=[("11-14 16:40", "btl", "Kelotok Pustaka sampai juga di Tabunganen Pemurus siang tadi. Puluhan anak duduk di tikar di atas batang, ada yang pinjam tiga buku sekaligus. Kata awaknya dua pekan lagi kembali ke sini.", "the first voyage told on its own day, its own scene"),
            (8.0, "bjm", "Susur sungai Martapura bersama komunitas literasi kampung Sungai Jingah: kami bawa dua keranjang buku naik jukung ke rumah-rumah lanting di Banjarmasin Utara, Minggu pagi. Kegiatan swadaya, siapa mau ikut silakan DM.", "a Banjarmasin community's own jukung reading trip, not the Batola boat"),
            (6.1, "btl", "Dermaga Marabahan sore ini ramai, bukan kelotok buku, tapi lomba jukung hias menyambut Hari Jadi. Peserta 22 jukung dari tujuh kecamatan.", "same dermaga, another event (jukung hias)")],
         B=[(-2.2, "btl", "Ada kelotok baru dicat hijau kuning sandar di dermaga Marabahan, di lambungnya tulisan 'PUSTAKA'. Kata penjaga dermaga masih menunggu peresmian dari Pemkab.", "the boat seen before its launch; no route, no figures")]),

    dict(id="a03", src="pemkab-kotabaru", at="11-18 11:30", region="ktb",
         title="Enam Motor Pustaka Jangkau 18 Desa Perbukitan di Pulau Laut",
         text="""KOTABARU – Pemerintah Kabupaten Kotabaru mengoperasikan enam motor pustaka untuk menjangkau 18 desa perbukitan di Kecamatan Pulau Laut Tengah, Pulau Laut Sigam dan Pulau Laut Timur, [[18/11]]. Setiap motor trail dilengkapi kotak berisi 120 buku dan ditugaskan ke tiga desa, dengan koleksi yang ditukar setiap pekan di gudang perpustakaan daerah.

“Mobil kami tidak bisa naik ke desa-desa di punggung bukit, apalagi musim hujan. Motor ini pilihan paling masuk akal, dan pengendaranya warga desa setempat yang kami beri honor,” kata Asisten Administrasi Umum Setda Kotabaru, Drs. Fahrul Anwar.

Putaran pertama dimulai [[23/11]]. Desa yang belum terjangkau dapat mengusulkan diri melalui kantor kecamatan sampai akhir Desember. (prokom-ktb/yd)""",
         S="Kotabaru mengoperasikan 6 motor pustaka (kotak 120 buku, koleksi ditukar tiap pekan) untuk 18 desa perbukitan di Pulau Laut Tengah, Sigam dan Timur. Putaran pertama 23 November; desa lain bisa mengusulkan sampai akhir Desember.",
         P="Kotabaru wayahini baisi motor pustaka 🏍️📚 anam buting motor trail, kotaknya isi 120 buku, naik ka 18 desa di gunung Pulau Laut Tengah, Sigam lawan Timur. Nang bamotor urang kampung saurang, dibari honor. Mulai 23 November. Desa nang balum dapat kawa mangusulakan lewat kecamatan sampai ujung Desember.",
         N=[(2.0, "ktb", "Jalan menuju desa-desa di punggung bukit Pulau Laut Tengah putus lagi di dua titik karena longsor kecil semalam. Pengendara motor diminta hati-hati, truk sawit tidak bisa lewat.", "a road report from the same hills, nothing about books"),
            (6.4, "ktb", "Relawan literasi Sebelimbingan naik perahu ke Pulau Sembilan membawa tiga kardus buku sumbangan alumni. Ini kegiatan tahunan kami sejak 2023, biayanya patungan.", "a volunteer island trip, another place, self-funded"),
            ("11-30 15:20", "ktb", "Laporan pekan pertama motor pustaka Pulau Laut Sigam: pengendara kami sampai di Desa Tanjung Seloka setelah dua jam, 46 buku dipinjam anak-anak, tiga kembali basah kena hujan. Minggu depan ganti koleksi.", "a report of the first week at one village, its own figures")]),

    # ------------------------------------------------------------------ F2 pustaka desa berdaya
    dict(id="a04", src="dispersip-kalsel", at="11-05 15:10", region="prov",
         title="Program Pustaka Desa Berdaya Direplikasi di 30 Desa, Tiap Desa Dapat Pendamping",
         text="""BANJARBARU – Dispersip Kalimantan Selatan mereplikasi program Pustaka Desa Berdaya di 30 desa pada enam kabupaten mulai bulan ini. Penetapan desa dan pembagian tugas pendamping disampaikan dalam rapat koordinasi, [[5/11]], di Aula Dispersip Kalsel. Setiap perpustakaan desa mendapat satu pendamping, dana kegiatan Rp15 juta, dan empat lokakarya: kerajinan, olahan pangan, literasi digital dan pembukuan usaha.

“Perpustakaan desa jangan hanya tempat menyimpan buku. Kalau warga datang belajar membuat keripik lalu pulang membawa buku resepnya, itu perpustakaan yang hidup,” kata Kepala Bidang Pengembangan Perpustakaan Dispersip Kalsel, Wahyuni Fitriani.

Lokakarya pertama digelar [[16/11]] sampai [[19/12]]. Pendamping wajib mengirim laporan kegiatan setiap bulan, dilengkapi daftar hadir warga. (dispersip/ws)""",
         S="Pustaka Desa Berdaya direplikasi di 30 desa enam kabupaten: tiap perpustakaan desa dapat pendamping, dana Rp15 juta dan empat lokakarya (kerajinan, olahan pangan, literasi digital, pembukuan). Lokakarya 16 November–19 Desember.",
         P="Pustaka desa jangan cuma gasan manyimpan buku ujar Dispersip Kalsel 👍 Tahun ini 30 desa di anam kabupaten masuk program Pustaka Desa Berdaya, saban desa dapat pandamping, duit kegiatan 15 juta, lawan ampat lokakarya: karajinan, olahan makanan, literasi digital, pambukuan usaha. Mulai 16 November. #PustakaDesa",
         N=[(4.0, "bjr", "Perpustakaan Desa Sungai Alang menggelar kelas membuat tas dari purun untuk ibu-ibu, dibiayai dana desa Rp4 juta. Pesertanya 18 orang. Desa kami bukan peserta program provinsi, ini inisiatif sendiri.", "a village's own class from dana desa, explicitly not in the provincial programme"),
            (10.0, "hss", "Tahun lalu 12 desa ikut Pustaka Desa Berdaya angkatan pertama, salah satunya Angkinang. Sampai sekarang kelas menjahit di perpustakaan kami masih jalan tiap Rabu.", "recalls the 2025 first round (12 villages)"),
            (1.8, "prov", "Aula Dispersip Kalsel hari ini dipakai pelatihan pengelolaan arsip untuk 40 sekretaris desa dari Kabupaten Banjar. Materi soal surat masuk-keluar dan pemberkasan.", "same hall, another event")]),

    dict(id="a05", src="pemkab-hss", at="11-12 13:40", region="hss",
         title="Delapan Perpustakaan Desa di HSS Gelar Kelas Olahan Pangan untuk 160 Ibu Rumah Tangga",
         text="""KANDANGAN – Delapan perpustakaan desa di Kecamatan Telaga Langsat dan Angkinang menggelar kelas olahan pangan untuk 160 ibu rumah tangga, [[12/11]]. Peserta belajar membuat dodol kacang, keripik pisang dan kemasan sederhana, memakai buku resep dan panduan usaha yang kini menjadi koleksi perpustakaan.

“Kami ingin perpustakaan menjadi tempat warga menambah penghasilan. Setiap peserta pulang membawa satu buku resep pinjaman dan wajib mengembalikannya dengan cerita hasil praktiknya,” ujar Kepala Dinas Perpustakaan dan Kearsipan Hulu Sungai Selatan, Ir. Syahriani.

Kelas lanjutan tentang izin PIRT dan penjualan daring dijadwalkan [[3/12]] di tempat yang sama dengan narasumber dari dinas kesehatan. Produk terbaik akan dipamerkan di Pasar Kandangan pada akhir Desember. (diskominfo-hss/ar)""",
         S="Delapan perpustakaan desa di Telaga Langsat dan Angkinang (HSS) menggelar kelas olahan pangan untuk 160 ibu rumah tangga: dodol kacang, keripik pisang dan kemasan. Kelas lanjutan soal PIRT dan jualan daring 3 Desember.",
         P="Ibu-ibu Telaga Langsat lawan Angkinang himung banar 😍 dalapan pustaka desa maulah kelas olahan makanan gasan 160 urang binian: dodol kacang, keripik pisang, lawan cara mambungkus. Bulik mambawa buku resep pinjaman. Tanggal 3 Desember ada kelas lanjutan PIRT lawan jualan online.",
         N=[(2.5, "hss", "Harga kacang tanah di Pasar Kandangan pekan ini Rp32 ribu per kilo, naik dua ribu. Pedagang dodol mengeluh ongkos produksi bertambah menjelang akhir tahun.", "market prices of the same ingredient"),
            ("12-03 14:10", "hss", "Kelas lanjutan di Perpustakaan Desa Telaga Langsat hari ini: 21 ibu belajar mengisi formulir PIRT dan memotret produk pakai HP. Dua peserta sudah mulai jualan keripik di marketplace.", "the follow-up class told on its own day, own figures"),
            (7.0, "hst", "PKK Desa Birayang mengadakan pelatihan membuat amplang dan kerupuk ikan di balai desa, 30 peserta, narasumber dari Dinas Perikanan HST.", "a PKK cooking class in another kabupaten, not at a library")]),

    dict(id="a06", src="pemkab-tanah-laut", at="11-20 16:00", region="tla",
         title="12 Pustakawan Desa Dilatih Jadi Fasilitator Literasi Digital, Targetkan 600 Warga",
         text="""PELAIHARI – Sebanyak 12 pustakawan desa di Tanah Laut mengikuti pelatihan fasilitator literasi digital selama tiga hari, [[18/11]] sampai [[20/11]], di Gedung Pertemuan Dinas Perpustakaan dan Kearsipan. Mereka dibekali materi keamanan akun, mengenali penipuan daring, dan berjualan lewat media sosial, untuk diteruskan kepada warga di desa masing-masing.

“Warga lebih percaya kepada orang kampungnya sendiri. Karena itu yang kami latih adalah pustakawan desa, bukan pegawai dinas,” kata Kepala Dinas Perpustakaan dan Kearsipan Tanah Laut, Muhammad Arsyad.

Setiap fasilitator menargetkan 50 warga, sehingga 600 warga terlatih hingga Februari 2027. Sesi pertama di desa dimulai awal Desember dengan modul cetak dan video panduan dari dinas. (humas-tala/ir)""",
         S="Tanah Laut melatih 12 pustakawan desa (18–20 November) menjadi fasilitator literasi digital: keamanan akun, penipuan daring, jualan di media sosial. Masing-masing menargetkan 50 warga, total 600 warga sampai Februari 2027.",
         P="Pustakawan desa di Tala dilatih tiga hari jadi fasilitator literasi digital 📱 bahari ulun kada tahu akun kawa dibajak, wayahini ada nang maajari di kampung saurang. Dua walas pustakawan, saikung 50 warga, jadi 600 urang sampai Februari 2027. Mulai awal Desember di desa. #LiterasiDigital #Tala",
         N=[(1.2, "tla", "Waspada penipuan undangan nikah berformat APK di WhatsApp! Dua warga Ambungan kehilangan saldo m-banking pekan ini. Jangan klik file kiriman nomor tak dikenal.", "a scam warning, no training"),
            (9.5, "tla", "Gedung Pertemuan Dinas Perpustakaan Tala penuh lagi, kali ini untuk lomba mewarnai tingkat TK se-Kecamatan Pelaihari. 120 anak ikut, juara dapat paket buku gambar.", "same building, another event"),
            ("12-04 19:30", "tla", "Malam ini sesi pertama literasi digital di Perpustakaan Desa Tabanio, 17 warga datang, kebanyakan nelayan muda. Belajar bikin kata sandi yang kuat dan cek tautan. Sesi kedua Jumat depan.", "one village's first session, its own turnout")]),

    # ------------------------------------------------------------------ F3 kampanye membaca keluarga
    dict(id="a07", src="pemprov-kalsel", at="11-02 09:45", region="prov",
         title="Gubernur Terbitkan Surat Edaran Jam Baca Keluarga, Televisi dan Gawai Dimatikan Pukul 19.30-20.30",
         text="""BANJARBARU – Pemerintah Provinsi Kalimantan Selatan menerbitkan Surat Edaran tentang Gerakan Jam Baca Keluarga, [[2/11]]. Edaran meminta setiap keluarga mematikan televisi dan gawai pukul 19.30 sampai 20.30 Wita untuk membaca bersama, dimulai dari keluarga aparatur sipil negara di lingkungan pemerintah provinsi.

“Satu jam saja setiap malam. Orang tua membaca, anak ikut membaca. Kebiasaan ini lebih kuat daripada seribu spanduk,” kata Sekretaris Daerah Provinsi Kalimantan Selatan, Ir. H. Muhammad Syarifuddin.

Pemerintah kabupaten dan kota diminta meneruskan edaran sampai tingkat RT paling lambat [[30/11]]. Evaluasi pertama dilakukan melalui survei singkat kepada 1.300 keluarga ASN pada Januari 2027, dan hasilnya menjadi dasar perluasan gerakan ke sekolah. (biro-adpim/fz)""",
         S="Pemprov Kalsel menerbitkan SE Gerakan Jam Baca Keluarga: tiap malam 19.30–20.30 Wita TV dan gawai dimatikan untuk membaca bersama, mulai dari keluarga ASN. Kabupaten/kota meneruskan ke RT paling lambat 30 November.",
         L="Ada surat edaran baru dari Pemprov Kalsel tertanggal 2 November: Gerakan Jam Baca Keluarga. Setiap malam pukul 19.30 sampai 20.30 Wita keluarga diminta mematikan televisi dan HP lalu membaca bersama. Yang pertama dijalankan keluarga ASN Pemprov. Sekda Ir. H. Muhammad Syarifuddin bilang satu jam tiap malam lebih kuat dari seribu spanduk. Kabupaten dan kota diminta meneruskannya sampai RT sebelum 30 November, dan Januari 2027 ada survei ke 1.300 keluarga ASN untuk evaluasi.",
         P="Jar Pak Sekda, tiap malam jam satangah dalapan sampai satangah sangkal tipi lawan HP dimatiakan dulu, sabarataan sakeluarga mambaca 📖 Ngarannya Jam Baca Keluarga, surat edarannya hanyar kaluar. Nang bamula bubuhan ASN provinsi, imbah tu diterusakan sampai RT. Kaya apa, pian sanggup kah? 😄",
         N=[(3.3, "bjm", "Jam Belajar Masyarakat di RT 12 Kelurahan Teluk Dalam tetap jalan: pukul 18.00–20.00 anak sekolah diminta belajar, ronda ingatkan yang nongkrong di gang. Aturan ini sudah sejak 2019 dari kesepakatan warga.", "a neighbourhood study-hour rule from 2019, different hours and origin"),
            (1.4, "prov", "Sekda Provinsi pagi ini membuka rapat koordinasi pengendalian inflasi di Banjarbaru. Harga beras dan cabai jadi perhatian menjelang Natal dan tahun baru.", "same official, another meeting"),
            (6.0, "hsu", "Ada yang dengar HP harus dikumpulkan ke ketua RT tiap malam? Itu hoaks ya. Tidak ada aturan seperti itu, yang ada cuma ajakan membaca bersama keluarga.", "a denial of a rumour; it mentions no facts of the circular")],
         B=[(-0.8, "prov", "Bocoran dari kawan di kantor gubernur: besok mau keluar edaran soal jam membaca di rumah, katanya malam hari. Tunggu saja pengumuman resminya.", "a rumour the day before, no hours, no deadline")]),

    dict(id="a08", src="pemkot-banjarbaru", at="11-09 14:30", region="bjb",
         title="Kader 24 Posyandu di Banjarbaru Dilatih Membacakan Buku untuk Balita",
         text="""BANJARBARU – Dinas Perpustakaan dan Kearsipan Kota Banjarbaru melatih 48 kader dari 24 posyandu untuk membacakan buku bergambar kepada balita, [[9/11]], di Aula Gawi Sabarataan. Setiap posyandu menerima satu tas baca berisi 40 buku bergambar, dan sesi baca nyaring sepuluh menit akan digelar setiap hari buka posyandu, sambil ibu menunggu giliran menimbang.

“Anak yang sering dibacakan sebelum usia tiga tahun lebih cepat berbicara dan lebih betah dengan buku. Waktu menunggu di posyandu itu sayang kalau hanya dipakai bermain HP,” ujar Kepala Dinas Perpustakaan dan Kearsipan Banjarbaru, Siti Hamidah.

Tas baca akan ditukar antarposyandu setiap tiga bulan. Dinas juga menyiapkan kartu catatan baca untuk ibu yang ingin melanjutkan di rumah. (kominfo-bjb/ra)""",
         S="Dinas Perpustakaan Banjarbaru melatih 48 kader dari 24 posyandu membacakan buku untuk balita. Tiap posyandu dapat tas baca isi 40 buku bergambar; sesi baca nyaring 10 menit tiap hari posyandu, tas ditukar tiap tiga bulan.",
         P="Ibu-ibu Banjarbaru, wayahini mun ka posyandu jangan bahira bamainan HP haja 😁 Kader di 24 posyandu sudah dilatih mambacaakan buku gasan kakanakan halus, ada tas baca isi 40 buku bagambar. Sapuluh menit haja sambil mahadang giliran manimbang. #BacaNyaring #Banjarbaru",
         N=[(2.7, "bjb", "Posyandu Melati Loktabat Selatan bulan ini: 63 balita ditimbang, 4 berat badannya kurang, kader memberi PMT bubur kacang hijau. Jangan lupa bawa buku KIA.", "an ordinary posyandu day, no reading"),
            (11.0, "bjr", "Kader posyandu Astambul mengikuti pelatihan pengukuran tinggi badan dengan alat baru dari Dinkes Banjar, 48 kader dari 24 desa.", "same figures (48 cadres, 24 units) for another training in another kabupaten"),
            (5.5, "bjb", "Aula Gawi Sabarataan ramai lagi siang ini: penyerahan SK 310 PPPK paruh waktu Pemkot Banjarbaru.", "same hall, another event")]),

    dict(id="a09", src="pemkab-hsu", at="11-16 11:15", region="hsu",
         title="40 Ayah Ikuti Kelas Mendongeng di Perpustakaan Daerah Amuntai",
         text="""AMUNTAI – Dinas Perpustakaan dan Kearsipan Hulu Sungai Utara membuka Kelas Ayah Mendongeng untuk 40 ayah, [[16/11]], di Perpustakaan Daerah Amuntai. Kelas digelar empat Sabtu berturut-turut, [[21/11]] sampai [[12/12]], dengan materi memilih buku, mengatur suara, dan memakai boneka tangan sederhana.

“Selama ini yang mendongeng di rumah hampir selalu ibu. Padahal anak juga butuh suara ayahnya, walau hanya sepuluh menit sebelum tidur,” kata Kepala Dinas Perpustakaan dan Kearsipan HSU, Akhmad Ridhani.

Pendaftar sudah melebihi kuota sehingga dinas membuka daftar tunggu untuk angkatan kedua pada Februari 2027. Peserta yang hadir penuh mendapat paket sepuluh buku cerita untuk dibawa pulang dan dibacakan kepada anak-anak di rumah. (mc-hsu/rz)""",
         S="Dinas Perpustakaan HSU membuka Kelas Ayah Mendongeng untuk 40 ayah di Perpusda Amuntai, empat Sabtu 21 November–12 Desember. Peserta yang hadir penuh dapat 10 buku cerita; angkatan kedua Februari 2027.",
         P="Abah-abah HSU, wayahini bukan mama haja nang bakisah sabalum guring 😄 Ampat puluh abah ikut Kelas Ayah Mendongeng di Perpusda Amuntai, ampat Sabtu mulai 21 November. Nang hadir taruus dapat sapuluh buku carita. Nang kada kabagian, angkatan kadua Februari.",
         N=[(5.1, "hsu", "Sabtu ini di Perpusda Amuntai ada lomba mewarnai dan menggambar untuk anak TK, pendaftaran di loket layanan. Sekalian bapak-ibu bisa bikin kartu anggota.", "same library, another activity"),
            (8.8, "hsu", "Kelas parenting Ayah Hebat di Balai Penyuluhan KB Amuntai Tengah diikuti 40 bapak, materi tentang mengasuh remaja dan bahaya judi online.", "same count of fathers, another class on parenting"),
            ("11-28 17:40", "hsu", "Pertemuan kedua kelas ayah mendongeng tadi pagi seru, bapak-bapak belajar suara kancil dan buaya 🐊. Saya sendiri ikut, ternyata susah juga ya. Sabtu depan materi boneka tangan.", "a participant's note of the second session")]),

    # ------------------------------------------------------------------ F4 lomba mendongeng guru & orang tua
    dict(id="a10", src="dispersip-kalsel", at="11-06 10:00", region="prov",
         title="Lomba Mendongeng Guru PAUD/TK Tingkat Provinsi Dibuka, Pendaftaran Sampai 18 November",
         text="""BANJARBARU – Dispersip Kalimantan Selatan membuka pendaftaran Lomba Mendongeng Guru PAUD dan TK tingkat provinsi, [[6/11]]. Setiap kabupaten dan kota mengirim dua guru terbaik hasil seleksi daerah, dengan pendaftaran paling lambat [[18/11]]. Babak final digelar [[26/11]] di Auditorium Perpustakaan Palnam.

“Guru PAUD adalah pendongeng pertama yang didengar banyak anak di luar rumah. Kami ingin cara mereka bercerita makin hidup dan memakai cerita daerah kita sendiri,” kata Kepala Bidang Layanan Dispersip Kalsel, Fauziah Rahmah.

Juara pertama sampai ketiga menerima Rp7,5 juta, Rp5 juta dan Rp3 juta, serta paket buku untuk lembaganya. Dongeng wajib berdurasi tujuh sampai sepuluh menit dan boleh memakai alat peraga buatan sendiri. (dispersip/fr)""",
         S="Dispersip Kalsel membuka Lomba Mendongeng Guru PAUD/TK tingkat provinsi: dua guru per kabupaten/kota, daftar sampai 18 November, final 26 November di Auditorium Palnam. Hadiah Rp7,5 juta, Rp5 juta, Rp3 juta; durasi 7–10 menit.",
         L="Bapak/Ibu guru PAUD dan TK, ada lomba mendongeng tingkat provinsi dari Dispersip Kalsel. Tiap kabupaten/kota mengirim dua guru hasil seleksi daerah, pendaftaran ditutup 18 November, finalnya Kamis 26 November di Auditorium Perpustakaan Palnam. Juara 1–3 dapat Rp7,5 juta, Rp5 juta dan Rp3 juta plus paket buku untuk sekolahnya. Durasi dongeng 7 sampai 10 menit, boleh pakai alat peraga buatan sendiri, dan panitia berharap cerita daerah banyak dipakai.",
         P="Pian guru TK atawa PAUD nang rancak bakisah? 🎙️ Dispersip Kalsel maulah lomba mandongeng guru tingkat provinsi, saban kabupaten dua urang. Daftar sampai 18 November, final 26 November di Palnam. Juara satu dapat 7,5 juta! Kisah urang Banjar haja, nyaman didangar kakanakan.",
         N=[(4.3, "bjr", "Seleksi lomba bercerita siswa SD tingkat Kabupaten Banjar diikuti 36 murid di Perpustakaan Daerah Martapura. Juara satu akan mewakili Banjar ke provinsi bulan depan.", "a pupils' storytelling selection, not the teachers' contest"),
            (2.0, "bjb", "Kapan ya lomba mendongeng untuk guru SD? Yang dibuka cuma untuk guru PAUD dan TK. Semoga tahun depan ada kategori SD juga 🙏", "a wish about another category"),
            ("11-26 19:05", "prov", "Auditorium Perpustakaan Palnam malam ini dipakai pemutaran film dokumenter tentang sungai-sungai Banjarmasin, gratis untuk umum, 150 kursi.", "same auditorium, the same day, another event")],
         B=[(-3.0, "hss", "Pengumuman untuk guru PAUD se-Kecamatan Kandangan: seleksi pendongeng tingkat kabupaten hari Sabtu di Gedung Wanita, dua terbaik akan dikirim ke lomba provinsi. Siapkan cerita rakyat HSS ya.", "a local selection notice before the provincial call was released")]),

    dict(id="a11", src="pemkab-tabalong", at="11-19 16:20", region="tbl",
         title="Rusmilawati Juarai Festival Dongeng Ibu Berbahasa Banjar di Tabalong",
         text="""TANJUNG – Rusmilawati dari Desa Pembataan, Kecamatan Murung Pudak, menjadi juara pertama Festival Dongeng Ibu Berbahasa Banjar yang digelar Dinas Perpustakaan dan Kearsipan Tabalong, [[19/11]], di Aula Perpustakaan Daerah Tabalong. Juara kedua diraih Nor Hasanah dari Kelua dan juara ketiga Marlina dari Tanta. Festival diikuti 28 ibu dari 12 kecamatan.

“Dongeng berbahasa Banjar hampir hilang dari rumah kita. Ibu-ibu hari ini membuktikan cerita lama masih bisa membuat anak-anak tertawa dan terdiam,” ujar Kepala Dinas Perpustakaan dan Kearsipan Tabalong, Hj. Mariatul Kiptiah.

Pemenang menerima Rp5 juta, Rp3,5 juta dan Rp2,5 juta. Rekaman dongeng para juara akan diputar di radio dan kanal daring dinas mulai Desember. (prokom-tbl/nh)""",
         S="Rusmilawati (Pembataan, Murung Pudak) juara 1 Festival Dongeng Ibu Berbahasa Banjar Tabalong; juara 2 Nor Hasanah (Kelua), juara 3 Marlina (Tanta). 28 ibu dari 12 kecamatan; hadiah Rp5 juta, Rp3,5 juta, Rp2,5 juta.",
         P="Salamat gasan Ibu Rusmilawati urang Pembataan 🏆 juara satu Festival Dongeng Ibu babahasa Banjar di Tabalong! Juara dua Nor Hasanah urang Kelua, juara talu Marlina urang Tanta. Dua puluh walu ibu ikut. Kisah bahari masih kawa maulah kakanakan tatawa. Rekamannya kaina diputar di radio Desember.",
         N=[(3.0, "tbl", "Alhamdulillah ibu-ibu PKK Desa Pembataan juara dua lomba cipta menu B2SA tingkat Kabupaten Tabalong. Menu andalan: nasi jagung, haruan bakar dan sayur kelakai.", "same village, another contest"),
            (9.0, "tbl", "Tahun lalu juara dongeng ibu Tabalong dari Desa Mabuun, ceritanya Si Palui. Masih ingat ada yang sampai menangis di kursi penonton 😂", "the 2025 winner"),
            (0.9, "tbl", "Aula Perpusda Tabalong besok pagi dipakai rapat pembentukan panitia Hari Jadi Kabupaten. Layanan baca tetap buka di lantai satu.", "same hall, another event")]),

    dict(id="a12", src="pemkot-banjarmasin", at="11-24 10:50", region="bjm",
         title="Banjarmasin Gelar Lomba Dongeng Lansia, Kakek dan Nenek Bercerita untuk Cucu",
         text="""BANJARMASIN – Dinas Perpustakaan dan Kearsipan Kota Banjarmasin membuka Lomba Dongeng Lansia untuk warga berusia 60 tahun ke atas, [[24/11]]. Setiap kelurahan boleh mengirim satu peserta, pendaftaran dibuka sampai [[3/12]], dan babak final digelar [[10/12]] di Taman Kamboja bersamaan dengan hari bermain anak.

“Banyak kakek dan nenek menyimpan cerita Banjar yang tidak tertulis di buku mana pun. Kami ingin cerita itu didengar cucu-cucu mereka sebelum hilang,” kata Kepala Dinas Perpustakaan dan Kearsipan Banjarmasin, Hj. Rahmawati Noor.

Dongeng boleh disampaikan dalam bahasa Banjar, berdurasi paling lama delapan menit. Hadiah juara pertama Rp3 juta, dan seluruh dongeng peserta akan direkam untuk koleksi arsip suara perpustakaan. (diskominfotik-bjm/sn)""",
         S="Banjarmasin membuka Lomba Dongeng Lansia (60 tahun ke atas), satu peserta per kelurahan: daftar sampai 3 Desember, final 10 Desember di Taman Kamboja. Maksimal 8 menit, boleh bahasa Banjar, juara 1 Rp3 juta; semua dongeng direkam.",
         P="Kai lawan nini di Banjarmasin, ayo bakisah! 👵👴 Ada Lomba Dongeng Lansia, umur 60 ka atas, saban kalurahan saikung. Daftar sampai 3 Desember, final 10 Desember di Taman Kamboja. Paling lawas dalapan menit, babahasa Banjar kawa. Juara satu 3 juta, kisahnya dirakam gasan arsip.",
         N=[(1.6, "bjm", "Senam lansia rutin Posbindu Kelurahan Pekapuran Raya pindah ke Taman Kamboja mulai pekan ini, tiap Jumat pukul 07.00. Gratis, cek tensi sesudahnya.", "same park, a weekly elderly exercise"),
            (6.3, "bjm", "Kakek saya (78 tahun) masih hafal cerita Datu Ayuh dari Loksado, tadi malam cucu-cucu dikumpulkan di teras. Sayang tidak direkam, besok mau coba pakai HP.", "a family moment, no contest"),
            ("12-05 10:15", "bjm", "Info dari kelurahan: peserta lomba dongeng lansia dari Alalak Selatan sudah ditetapkan, Nenek Salmah (71). Latihan di balai RT tiap sore, warga boleh menonton.", "one kelurahan's own participant, told as local news after registration closed")]),

    # ------------------------------------------------------------------ F5 indeks literasi
    dict(id="a13", src="dispersip-kalsel", at="11-11 13:00", region="prov",
         title="IPLM Kalimantan Selatan 2026 Naik Menjadi 71,36, Banjarbaru Tertinggi",
         text="""BANJARBARU – Indeks Pembangunan Literasi Masyarakat (IPLM) Kalimantan Selatan tahun 2026 tercatat 71,36, naik dari 66,82 pada 2025. Hasil pengukuran itu dipaparkan Dispersip Kalsel, [[11/11]], bersama angka Tingkat Gemar Membaca (TGM) yang mencapai 68,42. Kota Banjarbaru mencatat IPLM tertinggi, 78,10, sedangkan tiga kabupaten masih di bawah 60.

“Kenaikan terbesar datang dari jumlah perpustakaan desa yang aktif dan bertambahnya tenaga pengelola. Tetapi koleksi per penduduk kita masih rendah,” kata Kepala Dispersip Kalsel, H. Rusdiansyah Noor.

Pengumpulan data IPLM 2027 dimulai Februari. Kabupaten dan kota diminta menunjuk operator data perpustakaan paling lambat [[15/12]]. Dispersip juga akan melatih para operator itu sebelum pendataan dimulai. (dispersip/mr)""",
         S="IPLM Kalsel 2026 naik ke 71,36 (2025: 66,82); Tingkat Gemar Membaca 68,42. Banjarbaru tertinggi (78,10), tiga kabupaten masih di bawah 60. Operator data ditunjuk paling lambat 15 Desember, pendataan 2027 mulai Februari.",
         P="Indeks literasi Kalsel naik, dangsanak 📈 tahun ini 71,36, tahun tadi 66,82. Tingkat gemar mambaca 68,42. Banjarbaru paling tinggi, 78,10, tapi masih ada talu kabupaten di bawah 60. Jar Kadis, pustaka desa bahanu aktif, tapi buku gasan saban urang masih sadikit.",
         N=[(2.2, "bjb", "IPM Kota Banjarbaru 2026 tercatat 81,94, tertinggi di Kalsel menurut rilis statistik. Selamat untuk kota kita!", "another index (human development), another figure"),
            (7.0, "prov", "Kemarin Kadis Dispersip Kalsel menyerahkan piala lomba cerdas cermat arsip tingkat SMA di aula dinas. Juara umum SMAN 2 Banjarbaru.", "same official, another event"),
            (4.4, "tpn", "Katanya angka gemar membaca Tapin paling rendah se-Kalsel ya? Belum ada rilis resmi per kabupaten sepertinya, jangan langsung percaya potongan gambar di grup.", "a rumour about a per-kabupaten ranking that the release does not give")]),

    dict(id="a14", src="pemkab-balangan", at="11-17 15:35", region="blg",
         title="IPLM Balangan Naik ke 64,20, Pemkab Targetkan 70 pada 2027",
         text="""PARINGIN – Indeks Pembangunan Literasi Masyarakat (IPLM) Kabupaten Balangan tahun 2026 mencapai 64,20, naik dari 58,70 tahun sebelumnya. Angka tersebut disampaikan dalam rapat evaluasi program literasi, [[17/11]], di Ruang Rapat Setda Balangan.

“Kita keluar dari kelompok di bawah 60, tapi belum boleh puas. Kekurangan kita ada pada jumlah kunjungan perpustakaan dan koleksi di desa-desa Halong dan Tebing Tinggi,” ujar Sekretaris Daerah Balangan, H. Akhmad Fauzi.

Pemkab menargetkan IPLM 70 pada 2027 dengan menambah 40 perpustakaan desa aktif dan menganggarkan Rp600 juta untuk koleksi. Setiap desa diminta mencatat kunjungan perpustakaan secara bulanan mulai Januari dan melaporkannya kepada camat setiap triwulan. (diskominfo-blg/hl)""",
         S="IPLM Balangan 2026 naik ke 64,20 (sebelumnya 58,70). Target 70 pada 2027: tambah 40 perpustakaan desa aktif dan Rp600 juta untuk koleksi; desa wajib mencatat kunjungan bulanan mulai Januari.",
         P="Balangan sudah kaluar matan kalompok di bawah 60 🎉 indeks literasi 64,20, tahun tadi 58,70. Tapi jar Pak Sekda jangan katuju dulu, urang ka pustaka masih sadikit, buku di Halong lawan Tebing Tinggi kurang. Tahun 2027 targetnya 70, tambah 40 pustaka desa, anggaran 600 juta.",
         N=[(3.4, "blg", "Ruang Rapat Setda Balangan hari ini dipakai rapat persiapan Haul Guru Sekumpul, pengaturan rombongan dan kendaraan dari Paringin.", "same room, another meeting"),
            (10.2, "blg", "Perpustakaan Desa Halong baru terima 300 buku dari KKN mahasiswa. Pengunjung kami sebulan paling 20 orang, semoga dengan buku baru bertambah.", "one library's donation and own visitor count"),
            (5.0, "blg", "Nilai 64,20 itu ternyata juga rata-rata nilai tes kemampuan akademik SMP di kecamatan kami tahun ini 😅 kebetulan saja sama.", "the same figure as another score")]),

    dict(id="a15", src="pemkot-banjarmasin", at="11-04 10:40", region="bjm",
         title="Survei Tingkat Gemar Membaca Digelar di 52 Kelurahan, 2.080 Warga Jadi Responden",
         text="""BANJARMASIN – Dinas Perpustakaan dan Kearsipan Kota Banjarmasin menggelar survei Tingkat Gemar Membaca (TGM) di 52 kelurahan mulai [[9/11]] sampai [[28/11]]. Sebanyak 30 pencacah akan mewawancarai 2.080 warga, 40 orang di setiap kelurahan, tentang frekuensi membaca, lama membaca dan akses internet. Pembekalan pencacah digelar [[4/11]] di Balai Kota.

“Ini pertama kali Banjarmasin punya angka gemar membaca sendiri, tidak hanya meminjam angka provinsi. Mohon warga menerima pencacah yang membawa surat tugas,” kata Kepala Bidang Pembinaan Perpustakaan, Ahmad Syarwani.

Pencacah mengenakan rompi hijau dan kartu identitas dinas, dan tidak memungut biaya apa pun. Hasil survei diumumkan pada akhir Desember dan dipakai untuk merencanakan layanan perpustakaan kelurahan. (diskominfotik-bjm/ak)""",
         S="Survei Tingkat Gemar Membaca Banjarmasin 9–28 November di 52 kelurahan: 30 pencacah berompi hijau mewawancarai 2.080 warga (40 per kelurahan), tanpa biaya. Hasil diumumkan akhir Desember.",
         P="Mun ada pencacah barompi hijau mampir ka rumah, jangan takutan 😊 Tu survei gemar mambaca Pemko Banjarmasin, 9 sampai 28 November di 52 kalurahan, 2.080 warga ditakuni. Kada bayar sapasir-pasir acan. Hasilnya ujung Desember.",
         N=[(8.5, "bjm", "Warga Kelurahan Teluk Dalam, petugas pendataan keluarga untuk program bansos (bukan survei perpustakaan) akan datang mulai Senin. Siapkan KK dan KTP.", "another data collection in the same city"),
            (2.9, "bjm", "Balai Kota Banjarmasin siang ini: pelantikan 14 pejabat administrator. Jalan di depan Balai Kota sempat padat.", "same venue, another event"),
            (13.0, "bjm", "Lapor, ada orang mengaku petugas survei minta Rp20 ribu untuk 'kartu responden' di gang Alalak Selatan. Itu bukan petugas resmi, yang resmi tidak memungut biaya. Sudah dilaporkan ke kelurahan.", "a fake surveyor incident")]),

    # ------------------------------------------------------------------ F6 alih media audiovisual
    dict(id="a16", src="dispersip-kalsel", at="11-13 09:30", region="prov",
         title="Dispersip Kalsel Alih Media 1.240 Kaset Audio dan 310 Video VHS Era 1972-1998",
         text="""BANJARBARU – Dispersip Kalimantan Selatan memulai alih media 1.240 kaset audio dan 310 kaset video VHS yang merekam kegiatan pemerintahan provinsi tahun 1972 sampai 1998, [[13/11]]. Rekaman itu berasal dari gudang Biro Administrasi Pimpinan dan Diskominfo Kalsel, sebagian mulai berjamur. Enam operator bekerja bergiliran dengan target selesai [[31/12]].

“Rekaman pidato, peresmian jembatan sampai siaran penerangan desa ini tidak bisa diulang. Kalau pitanya putus, hilang untuk selamanya,” kata Kepala Bidang Kearsipan Dispersip Kalsel, Abdul Hakim.

Hasil alih media disimpan dalam format digital di ruang server arsip statis. Masyarakat dan peneliti dapat meminta salinan mulai Februari 2027 melalui layanan arsip dengan surat permohonan. (dispersip/ah)""",
         S="Dispersip Kalsel mengalihmediakan 1.240 kaset audio dan 310 VHS kegiatan pemprov 1972–1998 dari gudang Biro Adpim dan Diskominfo; enam operator, target selesai 31 Desember. Salinan bisa diminta mulai Februari 2027.",
         L="Arsip suara dan video lama Pemprov Kalsel diselamatkan. Sejak 13 November Dispersip Kalsel memindahkan 1.240 kaset audio dan 310 kaset VHS (rekaman 1972–1998) ke format digital. Kasetnya dari gudang Biro Adpim dan Diskominfo, sebagian sudah berjamur. Ada enam operator bergiliran dan targetnya selesai 31 Desember. Kata Kabid Kearsipan Abdul Hakim, pidato, peresmian jembatan dan siaran penerangan desa itu tidak bisa diulang. Mulai Februari 2027 warga dan peneliti bisa minta salinan dengan surat permohonan.",
         P="Kaset bahari pemprov, 1.240 kaset suara lawan 310 VHS tahun 1972 sampai 1998, wayahini dipindah ka digital ulih Dispersip 📼➡️💾 Ada nang sudah bajamur jar. Anam operator bagawi sampai 31 Desember. Februari 2027 kawa minta salinan.",
         N=[(6.0, "bjm", "Jasa transfer kaset VHS dan handycam ke flashdisk, Rp35 ribu per kaset, bisa antar jemput wilayah Banjarmasin. Kenangan nikahan jangan sampai berjamur!", "a private transfer service advert"),
            (3.5, "prov", "Diskominfo Kalsel menertibkan gudang di lantai dasar: meja dan kursi rusak akan dilelang bulan depan.", "same office's storeroom, another object (furniture auction)"),
            (15.0, "hst", "Bapak saya menemukan kaset rekaman MTQ Barabai tahun 1989 di lemari. Ada yang tahu cara memutarnya? Tape recorder di rumah sudah rusak.", "a family's own cassette")]),

    dict(id="a17", src="pemkab-hst", at="11-23 14:45", region="hst",
         title="86 Rekaman VHS Hari Jadi dan MTQ Barabai Didigitalkan, Salinan untuk Keluarga Tokoh",
         text="""BARABAI – Dinas Perpustakaan dan Kearsipan Hulu Sungai Tengah menuntaskan digitalisasi 86 kaset VHS rekaman peringatan Hari Jadi dan MTQ kabupaten tahun 1985 sampai 2004. Hasilnya diserahkan secara simbolis kepada lima keluarga tokoh daerah, [[23/11]], di Gedung Murakata Barabai.

“Ada keluarga yang belum pernah melihat wajah kakeknya bergerak dan bersuara. Hari ini mereka menonton bersama kami, dan beberapa tidak bisa menahan air mata,” kata Kepala Dinas Perpustakaan dan Kearsipan HST, Mahyuni.

Seluruh kaset asli disimpan di ruang arsip statis ber-AC. Keluarga lain yang merasa kerabatnya terekam dapat mengajukan permintaan salinan ke dinas sampai [[31/1]] tahun depan, cukup membawa KTP dan bukti hubungan keluarga. (prokom-hst/my)""",
         S="Dinas Perpustakaan HST menuntaskan digitalisasi 86 VHS Hari Jadi dan MTQ 1985–2004, diserahkan simbolis ke lima keluarga tokoh di Gedung Murakata. Keluarga lain bisa minta salinan sampai 31 Januari dengan KTP dan bukti hubungan keluarga.",
         P="Tarharu banar ulun mambaca kabar ini 🥲 86 kaset VHS Hari Jadi lawan MTQ HST tahun 1985 sampai 2004 sudah didigitalkan, diserahakan ka lima keluarga tokoh di Gedung Murakata. Ada nang hanyar tahu rupa kainya bagarak. Pian nang merasa kaluarganya tarakam, kawa minta salinan sampai 31 Januari, bawa KTP.",
         N=[(1.2, "hst", "Gedung Murakata malam ini dipakai gladi bersih Malam Anugerah Seni HST. Warga sekitar mohon maklum suara musik sampai pukul 22.00.", "same building, another event"),
            (4.8, "hst", "Kenangan MTQ Nasional di Barabai, foto-foto koleksi pribadi almarhum ayah kami saya unggah di album ini. Silakan kalau ada yang mengenali wajah-wajahnya.", "a family's private photo album"),
            (9.3, "hss", "Dinas Perpustakaan HSS masih menginventarisasi kaset rekaman di gudang bekas kantor penerangan, belum tahu jumlahnya. Rencana digitalisasi tahun depan kalau anggaran ada.", "another kabupaten's plan, not done")]),

    dict(id="a18", src="pemkab-kotabaru", at="11-06 15:20", region="ktb",
         title="420 Rol Klise Foto Lama Pulau Laut Dipindai, 14.800 Bingkai Terselamatkan",
         text="""KOTABARU – Bidang Kearsipan Dinas Perpustakaan dan Kearsipan Kotabaru memindai 420 rol klise foto dokumentasi Pulau Laut tahun 1960 sampai 1990, dengan total 14.800 bingkai. Pekerjaan yang dimulai Agustus itu dinyatakan selesai, [[6/11]]. Klise berasal dari studio foto pemerintah daerah yang ditutup pada 1992.

“Ada foto pelabuhan lama, pasar sebelum terbakar, sampai upacara di lapangan yang sekarang menjadi Siring Laut. Semuanya hampir rusak dimakan lembap,” ujar Kepala Bidang Kearsipan Kotabaru, Hendra Saputra.

Dinas akan mengajak warga lanjut usia mengenali orang dan tempat dalam foto pada Januari. Pameran Kotabaru Dulu direncanakan digelar Februari 2027 di gedung perpustakaan daerah, disertai katalog foto yang dapat dibeli warga. (prokom-ktb/hs)""",
         S="Kearsipan Kotabaru selesai memindai 420 rol klise foto Pulau Laut 1960–1990 (14.800 bingkai) dari studio foto pemda yang tutup 1992. Januari warga lansia diajak mengenali foto; pameran Kotabaru Dulu Februari 2027.",
         P="Foto-foto bahari Kotabaru 📷 420 rol klise tahun 1960 sampai 1990, 14.800 bingkai, sudah dipindai ulih Kearsipan. Ada palabuhan lawas, pasar sabalum tabakar, lapangan nang wayahini jadi Siring Laut. Januari kai-nini diundang manyambat siapa haja di foto. Pamerannya Februari 2027.",
         N=[(7.7, "ktb", "Lomba foto Siring Laut bertema 'Kotabaru Hari Ini' dibuka untuk umum, kirim maksimal tiga foto sampai akhir bulan. Hadiah total Rp6 juta.", "a photo contest on today's town"),
            (2.4, "ktb", "Studio foto keluarga kami di Jalan Pangeran Hidayat tutup permanen akhir bulan ini setelah 41 tahun. Terima kasih pelanggan setia; cetak foto terakhir bisa diambil sampai Sabtu.", "a private studio closing"),
            (12.5, "tbu", "Kearsipan Tanah Bumbu menerima hibah 60 foto lama Pelabuhan Batulicin dari keluarga almarhum syahbandar. Foto akan dipajang di lobi kantor.", "another kabupaten's donation of photos")]),

    # ------------------------------------------------------------------ F7 pengawasan kearsipan
    dict(id="a19", src="dispersip-kalsel", at="11-20 10:30", region="prov",
         title="Hasil Pengawasan Kearsipan 48 Perangkat Daerah Provinsi: Sembilan Raih Nilai AA",
         text="""BANJARBARU – Dispersip Kalimantan Selatan mengumumkan hasil pengawasan kearsipan internal terhadap 48 perangkat daerah di lingkungan Pemerintah Provinsi, [[20/11]]. Sembilan perangkat daerah meraih nilai AA (sangat memuaskan), 23 nilai A, 12 nilai BB dan empat nilai B, dengan rata-rata 78,6. Nilai tertinggi diraih Badan Kepegawaian Daerah dengan 94,2.

“Yang kami periksa bukan hanya rak dan boks, tetapi apakah surat bisa ditemukan kembali dalam hitungan menit. Empat perangkat daerah dengan nilai B akan kami dampingi langsung,” kata Kepala Dispersip Kalsel, H. Rusdiansyah Noor.

Perangkat daerah bernilai BB dan B wajib menyusun rencana perbaikan paling lambat [[18/12]]. Piagam untuk sembilan peraih AA diserahkan pada apel gabungan Desember. (dispersip/mr)""",
         S="Hasil pengawasan kearsipan 48 perangkat daerah Pemprov Kalsel: 9 AA, 23 A, 12 BB, 4 B, rata-rata 78,6; tertinggi BKD (94,2). Nilai BB dan B wajib menyusun rencana perbaikan paling lambat 18 Desember.",
         P="Rapor arsip kantor-kantor provinsi kaluar 📁 ampat puluh walu dinas dipariksa: sanga dapat AA, 23 A, 12 BB, ampat B. Nang paling tinggi BKD, 94,2. Jar Kadis Dispersip, nang dipariksa tu kawa kah surat dicari pacang manitan haja. Nang dapat B didampingi, rencana perbaikan sampai 18 Desember.",
         N=[(2.6, "prov", "Hasil evaluasi SAKIP 2026: 48 perangkat daerah Pemprov Kalsel dinilai, rata-rata 76,4 dengan predikat BB.", "another evaluation of the same 48 offices, other figures"),
            (8.1, "tbu", "Pengawasan kearsipan di Kabupaten Tanah Bumbu masih berjalan, tim sudah mengunjungi 20 dari 36 OPD. Hasil diumumkan bulan depan.", "another kabupaten's audit still running"),
            (5.2, "prov", "Kepala Dispersip Kalsel H. Rusdiansyah Noor pagi tadi ikut jalan sehat HUT PGRI di Banjarbaru dan menyerahkan doorprize sepeda untuk guru honorer.", "same official, another event")]),

    dict(id="a20", src="pemkab-tanbu", at="11-10 09:15", region="tbu",
         title="Tim Pengawas Kearsipan Tanah Bumbu Periksa 36 OPD dan 12 Kecamatan",
         text="""BATULICIN – Dinas Perpustakaan dan Kearsipan Tanah Bumbu mulai mengawasi penyelenggaraan kearsipan di 36 organisasi perangkat daerah dan 12 kantor kecamatan, [[10/11]] sampai [[27/11]]. Empat arsiparis memeriksa tata naskah, daftar arsip aktif, ruang penyimpanan dan pemakaian aplikasi surat elektronik di setiap kantor.

“Kecamatan baru pertama kali kami ikutkan. Justru di sanalah banyak arsip kependudukan dan pertanahan desa yang rawan tercecer,” ujar Kepala Dinas Perpustakaan dan Kearsipan Tanah Bumbu, Dra. Hj. Masrah.

Setiap kantor diminta menyiapkan petugas pendamping dan daftar arsip terbaru saat tim datang. Hasil pengawasan beserta peringkat akan diumumkan pada pertengahan Desember dan menjadi dasar pembinaan dan pelatihan arsiparis tahun 2027. (diskominfo-tanbu/mh)""",
         S="Empat arsiparis Tanah Bumbu mengawasi kearsipan di 36 OPD dan 12 kecamatan, 10–27 November (tata naskah, daftar arsip, ruang simpan, aplikasi surat elektronik). Kecamatan pertama kali ikut; hasil dan peringkat pertengahan Desember.",
         P="Bubuhan kantor di Tanbu, siap-siap dipariksa arsipnya 🗂️ ampat arsiparis tulak ka 36 dinas lawan 12 kantor kecamatan, 10 sampai 27 November. Kecamatan hanyar partama ini ikut, jar Kadis arsip kampung banyak nang tacacar. Hasilnya pertengahan Desember.",
         N=[(4.1, "tbu", "Kantor Kecamatan Satui hari ini melayani perekaman KTP-el jemput bola untuk 85 pemilih pemula, dibantu Disdukcapil.", "same kind of office, another service"),
            (11.9, "ktb", "Kotabaru juga mengawasi kearsipan? Setahu saya tahun ini hanya bimtek arsiparis, pengawasannya tahun depan. Belum ada info resmi.", "a question about another kabupaten, no facts"),
            (1.3, "tbu", "Inspektorat Tanah Bumbu memulai audit dana desa di 12 desa Kecamatan Kusan Hilir pekan ini, tim berjumlah empat orang.", "same count of auditors, another audit")]),

    dict(id="a21", src="pemkab-banjar", at="11-25 13:25", region="bjr",
         title="Kearsipan Banjar Dapat Nilai B, 14 OPD di Bawah 60 Wajib Berbenah hingga Maret",
         text="""MARTAPURA – Penyelenggaraan kearsipan Pemerintah Kabupaten Banjar memperoleh nilai 67,4 atau kategori B dalam pengawasan tahun 2026. Hasil itu disampaikan dalam rapat pimpinan, [[25/11]], di Ruang Rapat Bupati Banjar. Dari 41 OPD, 14 di antaranya masih bernilai di bawah 60.

“Nilai ini turun dua poin dari tahun lalu. Penyebabnya banyak arsip yang belum dipindahkan dari kantor lama setelah pindah gedung,” kata Asisten Administrasi Umum Setda Banjar, H. Mirhansyah.

Empat belas OPD itu wajib menyerahkan daftar arsip dan menata ruang simpan paling lambat [[31/3]] 2027, dengan pendampingan arsiparis dinas. Kepala OPD yang tidak menindaklanjuti akan ditegur secara tertulis oleh Sekretaris Daerah pada awal April. (mc-banjar/mi)""",
         S="Kearsipan Pemkab Banjar dapat nilai 67,4 (kategori B), turun dua poin; 14 dari 41 OPD bernilai di bawah 60 dan wajib menata arsip paling lambat 31 Maret 2027, dengan teguran tertulis bagi yang abai.",
         P="Nilai arsip Pemkab Banjar 67,4, kategori B, malah turun dua poin 😬 Ampat walas matan 41 OPD di bawah 60. Jar Pak Asisten, arsipnya banyak nang tatinggal di kantor lawas imbah pindah gedung. Sampai 31 Maret 2027 musti babarasih, mun kada ditagur Sekda.",
         N=[(3.0, "bjr", "Gedung kantor baru OPD di kawasan perkantoran Martapura mulai ditempati tiga dinas pekan ini. Akses jalan masuk masih berdebu.", "an office move, no audit"),
            (0.7, "bjr", "Ruang Rapat Bupati Banjar sore ini: rapat persiapan pengamanan Haul Guru Sekumpul bersama TNI-Polri.", "same room, same day, another meeting"),
            (7.5, "bjr", "Kantor Desa Sungai Alang menata arsip sendiri, surat-surat lama dari 1990-an kami masukkan ke map dan lemari baru. Tidak ada penilaian, biar mudah mencari saja.", "a village's own filing")]),
]
