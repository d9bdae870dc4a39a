"""Hand-written releases a01-a11 of heldout58 (metrology: fuel pumps, water meters, commodity scales).

Per release: text (3 paragraphs), s = short summary, l = (title, long summary) or None, p = paraphrase,
n = look-alikes (text, how it differs, offset in days after the release, region or None, platform or None),
b = `before` posts (text, how it differs, offset in days, negative).
"""

ANNS = [
dict(id="a01", src="disdag-kalsel", pub="2026-11-03 10:42", reg=None,
 title="Metrologi Legal Uji 148 Nozel di 22 SPBU Banjarbaru dan Banjar, Enam Disegel",
 text="""BANJARBARU – Unit Pelaksana Teknis Daerah (UPTD) Metrologi Legal Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Selatan menguji 148 nozel pompa ukur bahan bakar minyak di 22 SPBU di Kota Banjarbaru dan Kabupaten Banjar pada Senin (2/11/2026). Pengujian memakai bejana ukur standar 20 liter. Hasilnya, enam nozel menyalurkan BBM kurang dari batas toleransi 0,5 persen dan langsung disegel petugas.

“Konsumen berhak menerima BBM sesuai angka yang tertera di pompa. Nozel yang kami segel baru boleh dipakai lagi setelah diperbaiki dan diuji ulang,” kata Kepala UPTD Metrologi Legal Disperindag Kalsel, Rahmadi Saputra, di SPBU Jalan A. Yani Km 32.

Pengujian berlanjut ke SPBU di Tanah Laut dan Tanah Bumbu mulai Senin (16/11/2026). Warga yang curiga takaran BBM dapat melapor ke kantor UPTD di Banjarbaru dengan menyertakan struk pembelian. (dpp/rs)""",
 s="Metrologi Legal Disperindag Kalsel menguji 148 nozel di 22 SPBU Banjarbaru dan Banjar, Senin 2/11. Enam nozel kurang takaran lebih dari 0,5 persen dan disegel sampai diperbaiki. Giliran SPBU Tala dan Tanbu mulai 16/11.",
 l=("Enam Nozel SPBU Disegel, Ini Cara Melapor Bila Takaran BBM Kurang",
    "Petugas UPTD Metrologi Legal Disperindag Kalsel turun ke 22 SPBU di Banjarbaru dan Kabupaten Banjar pada Senin (2/11). Sebanyak 148 nozel diuji dengan bejana ukur 20 liter, dan enam di antaranya menyalurkan BBM kurang dari batas toleransi 0,5 persen sehingga disegel.\n\nKepala UPTD, Rahmadi Saputra, menegaskan nozel bersegel tidak boleh dipakai sebelum diperbaiki dan lulus uji ulang. Pemeriksaan akan berlanjut ke Tanah Laut dan Tanah Bumbu pada 16 November. Warga yang merasa dirugikan bisa melapor ke kantor UPTD di Banjarbaru dengan membawa struk pembelian."),
 p="Dangsanak, bubuhan metrologi provinsi hari Senin tadi maukur 148 nozel di 22 SPBU Banjarbaru wan Banjar. Anam nozel takarannya kurang labih 0,5 persen, langsung disegel, kada kawa dipakai sampai dibaiki wan diuji pulang. Bila pian curiga, simpan struknya lalu lapor ka kantor UPTD di Banjarbaru. ⛽ #TakaranBBM #KIM",
 n=[
  ("Hari ini petugas metrologi provinsi datang ke SPBU Jalan A. Yani Pelaihari dan SPBU Bati-Bati. Ada 31 nozel yang diuji pakai bejana ukur, semuanya lulus, tidak ada yang disegel. Antrean sempat tersendat sekitar setengah jam. #TanahLaut",
   "the Tanah Laut round on 16 Nov (31 nozzles, all passed) – the next step told as its own news, not the Banjarbaru/Banjar test of 2 Nov", 13.2, "tala", None),
  ("Dua nozel SPBU di Liang Anggang yang kemarin disegel sudah dibuka lagi. Kamis (12/11) pengelola memanggil teknisi, lalu petugas menguji ulang dan selisihnya tinggal 0,1 persen. Pertalite di jalur itu sudah normal.",
   "the re-test and re-opening of two nozzles on 12 Nov, a later event with its own figure (0,1 %)", 9.3, "bjb", None),
  ("Ada yang merasa isi Pertalite di SPBU Martapura kurang? Motor ulun biasanya full tank 4,2 liter, kemarin cuma masuk 3,8. Ulun kada tahu apakah SPBU itu termasuk yang disegel atau kada, jangan asal tuduh dulu, tapi simpan struk haja.",
   "a resident's complaint about one purchase, no test, no figures of the release", 4.5, "bjr", None),
 ],
 b=[("Tadi pagi ada mobil dinas metrologi di SPBU Km 32, petugas bawa bejana besi ukuran 20 liter. Antrean agak tertahan. Ada yang tahu lagi memeriksa apa?",
     "seen during the test on 2 Nov, posted before the release, without the results", -0.9)]),

dict(id="a02", src="pemkab-hss", pub="2026-11-05 15:10", reg="hss",
 title="Diskopdag HSS Tera Ulang 17 Pertashop, Dua Diberi Waktu Kalibrasi",
 text="""KANDANGAN – Dinas Koperasi, UKM dan Perdagangan (Diskopdag) Kabupaten Hulu Sungai Selatan melakukan tera ulang terhadap 17 Pertashop yang tersebar di 11 kecamatan pada Rabu (4/11/2026). Dari hasil pengujian, dua Pertashop di Kecamatan Daha Utara dan Sungai Raya tercatat kurang 80 mililiter untuk setiap 20 liter yang disalurkan.

“Pertashop sangat membantu warga desa yang jauh dari SPBU, karena itu takarannya harus benar. Kami tidak menyegel, tetapi memberi waktu 14 hari untuk kalibrasi,” ujar Kepala Bidang Perdagangan Diskopdag HSS, Noorhasanah.

Setelah kalibrasi, kedua Pertashop akan diuji kembali sebelum diberi tanda tera tahun 2026. Diskopdag meminta pengelola memasang salinan surat keterangan tera di dinding kios agar bisa dilihat pembeli. (mc-hss/nr)""",
 s="HSS tera ulang 17 Pertashop di 11 kecamatan (Rabu 4/11). Dua Pertashop, di Daha Utara dan Sungai Raya, kurang 80 ml per 20 liter dan diberi 14 hari untuk kalibrasi sebelum diuji lagi.",
 l=None,
 p="Pertashop di HSS dicek barataan, 17 buting di 11 kecamatan, hari Rabu. Dua nang di Daha Utara wan Sungai Raya kurang 80 mili tiap 20 liter. Kada disegel pang, dibari waktu 14 hari gasan kalibrasi, imbah itu diuji pulang. Pengelola disuruh mamasang surat tera di dinding kios. 👍",
 n=[
  ("Pertashop di Desa Bayanan Daha Selatan hari ini tutup sementara karena pengelolanya ikut pelatihan keselamatan dari Pertamina di Kandangan. Buka lagi besok pagi.",
   "a Pertashop closed for a safety course, no metrology check", 2.1, "hss", None),
  ("Alhamdulillah, Pertashop Daha Utara nang kemarin kurang takaran sudah diuji pulang tadi siang, lulus, wan sudah ditempel tanda tera 2026. Selisihnya tinggal 10 mili.",
   "the re-test after calibration (later event, 10 ml), told on the day it happened", 15.0, "hss", None),
  ("Warga Loksado berharap ada Pertashop di Desa Hulu Banyu. Kini warga harus membeli bensin botolan Rp15.000 per liter karena SPBU terdekat di Kandangan.",
   "a wish for a new Pertashop in Loksado; no test, no figures", 6.4, "hss", None),
 ],
 b=[]),

dict(id="a03", src="pemkab-hsu", pub="2026-11-10 13:25", reg="hsu",
 title="Takaran Bensin Botolan di Amuntai Banyak yang Kurang, Pemkab HSU Bagikan Gelas Ukur Bertanda Tera",
 text="""AMUNTAI – Dinas Perdagangan Kabupaten Hulu Sungai Utara memeriksa takaran 40 kios bensin eceran di Kecamatan Amuntai Tengah dan Sungai Tabukan pada Senin (9/11/2026). Hasilnya, botol “literan” di 23 kios ternyata hanya berisi 850 hingga 900 mililiter, sementara enam mesin pertamini digital belum pernah ditera.

“Kami tidak ingin mematikan usaha kecil, tetapi pembeli harus mendapat satu liter penuh. Botol bekas air mineral tidak bisa dijadikan alat ukur,” kata Kepala Dinas Perdagangan HSU, H. Fahrurrazi.

Pemkab HSU akan membagikan 40 gelas ukur satu liter bertanda tera kepada para pengecer pada Senin (16/11/2026) di Kantor Kecamatan Amuntai Tengah. Pemilik pertamini diminta mendaftarkan mesinnya untuk ditera paling lambat akhir Desember. (hsu/ms)""",
 s="Dinas Perdagangan HSU cek 40 kios bensin eceran di Amuntai Tengah & Sungai Tabukan (9/11): botol literan di 23 kios cuma 850–900 ml, 6 pertamini belum ditera. Gelas ukur 1 liter bertanda tera dibagikan 16/11.",
 l=("Botol Literan Cuma 850 Mililiter, Pengecer Bensin di HSU Dapat Gelas Ukur",
    "Pemeriksaan Dinas Perdagangan HSU pada Senin (9/11) di 40 kios bensin eceran Amuntai Tengah dan Sungai Tabukan menemukan botol literan di 23 kios hanya berisi 850–900 mililiter. Enam mesin pertamini digital juga belum pernah ditera.\n\nKepala Dinas Perdagangan, H. Fahrurrazi, mengatakan botol bekas air mineral tidak bisa dipakai sebagai alat ukur. Pemkab akan membagikan 40 gelas ukur satu liter bertanda tera pada 16 November di Kantor Kecamatan Amuntai Tengah, dan pemilik pertamini diminta mendaftar tera sebelum akhir Desember."),
 p="Pantas haja motor lakas habis minyak 😅 Jar Dinas Perdagangan HSU, botol literan di 23 kios bensin di Amuntai wan Sungai Tabukan isinya cuma 850 sampai 900 mili. Anam pertamini gin balum suah ditera. Senin 16/11 kena dibagiakan 40 gelas ukur satu liter nang batanda tera. #AmuntaiBungas",
 n=[
  ("Tadi pagi di Kantor Kecamatan Amuntai Tengah, 40 pengecer bensin menerima gelas ukur satu liter bertanda tera. Ada juga yang langsung mencoba menakar di halaman kantor. Pengecer dari Babirik bertanya kapan desanya dapat giliran.",
   "the hand-over day itself (16 Nov), a later step told as its own news", 6.0, "hsu", None),
  ("Harga bensin botolan di Danau Panggang naik jadi Rp14.000 per botol sejak jalan ke Amuntai tergenang. Pengecer bilang ongkos angkut kelotok bertambah.",
   "bottled-petrol price in Danau Panggang; no check, no measuring cups", 3.2, "hsu", None),
  ("Pertamini baru di Desa Ampukung, Kelua, mesinnya sudah bertanda tera dari UPT Metrologi Tabalong sejak dibuka pekan tadi. Pemiliknya memajang surat keterangan tera di kaca kios.",
   "a pertamini in Tabalong that was already calibrated; other kabupaten, no HSU check", 7.5, "tbl", None),
 ],
 b=[("Bubuhan dinas tadi mampir ke kios bensin di Jalan Basuki Rahmat, botol literan dituang ke gelas ukur. Kada tahu hasilnya, kena kita tunggu ja.",
     "seen during the check of 9 Nov, before the release, without results", -0.6)]),

dict(id="a04", src="pemkab-tanah-bumbu", pub="2026-11-19 16:05", reg="tanbu",
 title="31 Mobil Tangki BBM Industri Ditera Ulang di Batulicin, Empat Segel Rusak",
 text="""BATULICIN – Dinas Perdagangan Kabupaten Tanah Bumbu menguji ulang volume 31 mobil tangki pengangkut BBM industri dan pelansir di halaman Terminal Batulicin pada Rabu (18/11/2026). Setiap kompartemen diisi air dengan meter induk, lalu dicocokkan dengan tanda batas di leher tangki. Empat tangki didapati bersegel rusak sehingga kapasitasnya tidak bisa dipastikan.

“Pembeli solar industri, termasuk kelompok nelayan dan kontraktor, membayar berdasarkan kapasitas tangki. Segel yang rusak harus diganti dan tangki diuji lagi,” tegas Kepala Dinas Perdagangan Tanah Bumbu, Ahmad Rizani.

Empat mobil tangki itu dilarang mengangkut BBM sampai menjalani tera ulang pada Rabu (25/11/2026). Tangki yang lulus menerima surat keterangan tera yang berlaku satu tahun. (tanbu/ah)""",
 s="Tanbu tera ulang 31 mobil tangki BBM industri & pelansir di Terminal Batulicin, Rabu 18/11. Empat tangki segelnya rusak, dilarang angkut BBM sampai diuji lagi 25/11. Yang lulus dapat surat tera berlaku 1 tahun.",
 l=None,
 p="Di Terminal Batulicin, 31 mobil tangki BBM industri wan pelansir diuji ulang isinya, hari Rabu. Ampat tangki segelnya rusak, jadi kada kawa dipastikan kapasitasnya. Sidin Kadis Perdagangan Tanbu bapadah kada boleh maangkut BBM dulu sampai diuji pulang tanggal 25 kaina. 🚚 #TanahBumbu",
 n=[
  ("Razia gabungan di Jalan Provinsi Simpang Empat malam tadi memeriksa 31 truk angkutan batu bara; empat truk dikandangkan karena KIR mati. Petugas Dishub dan Satlantas ikut berjaga sampai tengah malam.",
   "a traffic raid on coal trucks with the same figures (31 checked, 4 held), not a tank metrology test", 2.3, "tanbu", None),
  ("Empat mobil tangki nang kemarin segelnya rusak sudah diuji pulang tadi di Terminal Batulicin. Tiga lulus, satu masih harus ganti katup. Surat tera langsung dibari.",
   "the re-test of 25 Nov (three pass, one still fails), a later event", 6.1, "tanbu", None),
  ("Antrean solar di SPBU Sungai Danau kembali panjang sejak Senin. Sopir truk sawit mengaku menunggu sampai tiga jam.",
   "a diesel queue at an SPBU; no tank test", 4.4, "tanbu", None),
 ],
 b=[("Ramai mobil tangki parkir di Terminal Batulicin pagi ini, katanya mau diperiksa dinas. Jalan masuk terminal agak macet.",
     "tankers gathering on 18 Nov, posted before the release without results", -0.3)]),

dict(id="a05", src="pemkot-banjarmasin", pub="2026-11-06 11:30", reg="bjm",
 title="2.400 Meter Air Tua di Banjarmasin Utara Diganti Gratis Mulai 9 November",
 text="""BANJARMASIN – Perumda PAM Bandarmasih bersama Dinas Perdagangan dan Perindustrian Kota Banjarmasin akan mengganti 2.400 meter air pelanggan yang berusia lebih dari lima tahun di Kelurahan Kuin Utara, Sungai Jingah dan Surgi Mufti. Penggantian dimulai Senin (9/11/2026) dan ditargetkan tuntas pada 30 November, tanpa biaya bagi pelanggan.

“Meter air yang sudah tua cenderung tidak akurat, bisa terlalu cepat atau terlalu lambat. Semua meter pengganti sudah ditera dan bersegel,” jelas Direktur Operasional Perumda PAM Bandarmasih, Ir. Syahriani.

Petugas datang dengan seragam dan kartu identitas serta tidak memungut bayaran apa pun. Setelah Banjarmasin Utara, penggantian dilanjutkan ke Banjarmasin Timur pada Januari 2027. (mc-bjm/dn)""",
 s="PAM Bandarmasih ganti gratis 2.400 meter air berusia lebih dari 5 tahun di Kuin Utara, Sungai Jingah, Surgi Mufti, 9–30 November. Meter baru sudah ditera; petugas berseragam, tidak memungut bayaran.",
 l=("Meter Air Lebih dari Lima Tahun Diganti Gratis, Ini Jadwal dan Kelurahannya",
    "Pelanggan PAM Bandarmasih di Kuin Utara, Sungai Jingah dan Surgi Mufti yang meter airnya berusia lebih dari lima tahun akan mendapat meter baru tanpa biaya. Penggantian 2.400 meter berjalan mulai Senin, 9 November, sampai 30 November.\n\nMenurut Direktur Operasional Ir. Syahriani, meter tua bisa berputar terlalu cepat atau terlalu lambat; semua meter pengganti sudah ditera dan bersegel. Warga diminta memastikan petugas berseragam dan berkartu identitas, dan tidak membayar apa pun. Banjarmasin Timur menyusul pada Januari 2027."),
 p="Warga Kuin Utara, Sungai Jingah wan Surgi Mufti, meteran banyu nang umurnya labih lima tahun diganti PDAM, gratis! Mulai Senin 9/11 sampai 30/11, 2.400 buting. Meteran hanyar sudah ditera. Ingat lah, petugasnya baseragam, kada minta duit. Bila ada nang minta bayar, jangan dibari. 💧",
 n=[
  ("Di Kelurahan Pekauman, PAM Bandarmasih mengganti pipa dinas sepanjang 300 meter di Gang Mesjid mulai hari ini. Air mati bergilir pukul 09.00 sampai 15.00.",
   "pipe work in Pekauman with an outage, not meter replacement", 3.0, "bjm", None),
  ("Hati-hati, ada orang mengaku petugas PDAM keliling di Basirih menawarkan ganti meter air Rp250.000. Penggantian meter gratis itu untuk Banjarmasin Utara, bukan di sini, dan petugas resmi tidak memungut bayaran.",
   "a fraud warning in Basirih: paid meter swap by fake officers, not the programme", 5.2, "bjm", None),
  ("Meter air di rumah ulun di Teluk Dalam baputar tarus padahal kran ditutup, tagihan bulan ini Rp412.000. Sudah lapor ke kantor PDAM, disuruh menunggu pemeriksaan.",
   "one customer's complaint about a running meter in another kelurahan; no programme facts", 8.7, "bjm", None),
 ],
 b=[("Ada yang dapat surat edaran dari RT soal meteran banyu mau diganti? Di Gang Kuin Utara sudah ditempel, tapi tanggalnya kada jelas.",
     "a question about a notice before the release, no dates or figures", -1.4)]),

dict(id="a06", src="pemkab-tapin", pub="2026-11-12 09:50", reg="tapin",
 title="Tagihan Air Membengkak? Perumda Air Minum Tapin Buka Layanan Uji Meter Gratis",
 text="""RANTAU – Perumda Air Minum Tapin membuka layanan uji meter air gratis bagi pelanggan yang merasa tagihannya tidak wajar. Layanan yang diberi nama Bengkel Meter itu diresmikan pada Rabu (11/11/2026) di kantor pusat Perumda di Rantau. Sejak uji coba Oktober, tercatat 57 permintaan uji, dan sembilan meter terbukti berputar lebih cepat dari empat persen.

“Bila meter terbukti keliru, kelebihan tagihan kami kembalikan dalam bentuk potongan rekening bulan berikutnya,” kata Direktur Perumda Air Minum Tapin, Muhammad Iqbal Firdaus.

Pelanggan cukup membawa rekening terakhir ke loket pengaduan. Petugas akan mencabut meter, mengujinya di bangku uji, dan memasang meter pengganti sementara. Hasil uji diumumkan paling lama tujuh hari kerja. (tapin/hr)""",
 s="Perumda Air Minum Tapin buka Bengkel Meter, layanan uji meter air gratis, diresmikan Rabu 11/11 di Rantau. Dari 57 permintaan sejak Oktober, 9 meter berputar >4 % lebih cepat; kelebihan tagihan dipotong di rekening bulan berikutnya.",
 l=None,
 p="Nah, bila tagihan banyu pian di Tapin tiba-tiba ganal, kawa minta meteran diuji gratis di Bengkel Meter Perumda di Rantau, dibuka Rabu tadi. Dari 57 nang minta uji, sanga meteran tabukti baputar labih lakas. Kalabihan tagihan dibulikakan lewat potongan rekening. Bawa ja rekening tarakhir. 💧#Tapin",
 n=[
  ("Air Perumda di Binuang mati sejak subuh karena pipa transmisi bocor di Jalan Raya Binuang–Pualam Sari. Petugas menargetkan perbaikan selesai malam ini.",
   "an outage in Binuang, no meter testing", 1.6, "tapin", None),
  ("Perumda Air Minum Tapin menambah 57 sambungan rumah baru di Desa Margasari Ilir pekan ini lewat program hibah air minum. Warga tidak dipungut biaya pemasangan.",
   "57 new house connections (the same figure 57, another programme)", 9.2, "tapin", None),
  ("Bulan tadi ulun minta meteran diuji di kantor PDAM, hasilnya meteran normal haja, jadi tagihan tetap. Memang pemakaian banyak karena ada acara kawinan di rumah.",
   "one resident's own test result, no launch and no programme figures", 11.5, "tapin", None),
 ],
 b=[]),

dict(id="a07", src="pemkab-balangan", pub="2026-11-17 14:40", reg="blg",
 title="Balangan Kini Punya Bangku Uji Meter Air Senilai Rp486 Juta",
 text="""PARINGIN – Pemerintah Kabupaten Balangan menerima satu unit bangku uji meter air senilai Rp486 juta untuk UPT Metrologi Legal di Paringin pada Senin (16/11/2026). Alat tersebut mampu menguji sepuluh meter air sekaligus dalam waktu sekitar 40 menit, sehingga warga tidak perlu lagi menunggu petugas dari provinsi.

“Selama ini meter air PDAM kita hanya diuji sampel. Dengan alat ini seluruh meter bisa diperiksa bergiliran,” ujar Sekretaris Daerah Kabupaten Balangan, H. Ahmad Syarwani, saat menerima alat tersebut.

Pengujian rutin terhadap 9.200 meter air pelanggan PDAM Balangan dimulai Desember 2026. Tahap pertama menyasar 600 meter di Kecamatan Paringin Selatan. Pelanggan akan diberi tahu lewat ketua RT sebelum meternya dicabut untuk diuji. (blg/sy)""",
 s="Balangan terima bangku uji meter air Rp486 juta untuk UPT Metrologi Paringin, Senin 16/11. Bisa uji 10 meter sekaligus. Mulai Desember 9.200 meter PDAM diuji bergiliran, pertama 600 meter di Paringin Selatan.",
 l=("Alat Uji Meter Air Tiba, 9.200 Meter Pelanggan PDAM Balangan Diperiksa Mulai Desember",
    "UPT Metrologi Legal Balangan kini memiliki bangku uji meter air senilai Rp486 juta yang diterima Pemkab pada Senin (16/11). Alat itu menguji sepuluh meter sekaligus dalam sekitar 40 menit.\n\nSekda Balangan, H. Ahmad Syarwani, mengatakan selama ini meter PDAM hanya diuji secara sampel. Mulai Desember, 9.200 meter pelanggan akan diperiksa bergiliran, diawali 600 meter di Paringin Selatan; pelanggan diberi tahu melalui ketua RT."),
 p="Kabar matan Paringin: UPT Metrologi Balangan hanyar dapat alat uji meteran banyu, haraganya Rp486 juta. Sapuluh meteran sakali uji, kira-kira 40 menit. Desember kena 9.200 meteran PDAM diuji bagilir, mulai 600 di Paringin Selatan. Ketua RT nang mambari tahu dulu. 👌 #BalanganBersinar",
 n=[
  ("Sekda Balangan H. Ahmad Syarwani hari ini juga membuka turnamen voli antar-desa di Lapangan Halong. Ada 24 tim yang bertanding sampai akhir bulan.",
   "the same Sekda the same day at a volleyball tournament", 0.2, "blg", None),
  ("Pagi ini petugas mulai mencabut meter air di Jalan Ahmad Yani Paringin Selatan untuk diuji. Rumah yang meternya dicabut dipasangi meter sementara, air tetap mengalir.",
   "the first day of testing in December, a later step as its own news", 17.0, "blg", None),
  ("PDAM Balangan menaikkan tarif golongan niaga mulai Januari 2027, rata-rata Rp600 per meter kubik. Golongan rumah tangga tidak berubah.",
   "a tariff change of the same PDAM; no test bench", 8.5, "blg", None),
 ],
 b=[]),

dict(id="a08", src="pemkab-tanah-bumbu", pub="2026-11-09 10:15", reg="tanbu",
 title="Tiga Jembatan Timbang Pabrik dan Ramp Sawit di Tanah Bumbu Disegel",
 text="""BATULICIN – Tim metrologi Dinas Perdagangan Kabupaten Tanah Bumbu menguji 14 jembatan timbang milik pabrik kelapa sawit dan ramp penampung tandan buah segar di Kecamatan Satui, Angsana dan Kusan Hulu pada Kamis hingga Sabtu (5–7/11/2026). Tiga jembatan timbang menunjukkan selisih di atas batas, salah satunya kurang 40 kilogram untuk setiap 10 ton muatan.

“Selisih 40 kilogram tampak kecil, tetapi bagi petani yang menjual setiap minggu kerugiannya besar. Ketiga timbangan kami segel,” kata Kepala Dinas Perdagangan Tanah Bumbu, Ahmad Rizani.

Pemilik diberi waktu dua pekan untuk memperbaiki sebelum diuji ulang. Petani diimbau meminta tiket timbang dan mencocokkan berat di ramp dengan timbangan pabrik. (tanbu/ah)""",
 s="Metrologi Tanbu uji 14 jembatan timbang PKS dan ramp sawit di Satui, Angsana, Kusan Hulu (5–7/11). Tiga disegel, satu kurang 40 kg tiap 10 ton. Pemilik diberi dua pekan perbaikan; petani diminta menyimpan tiket timbang.",
 l=("Jembatan Timbang Sawit Kurang 40 Kg per 10 Ton, Tiga Disegel di Tanah Bumbu",
    "Selama tiga hari, 5 sampai 7 November, tim metrologi Dinas Perdagangan Tanah Bumbu menguji 14 jembatan timbang di pabrik kelapa sawit dan ramp TBS di Satui, Angsana dan Kusan Hulu. Tiga di antaranya menunjukkan selisih di atas batas; yang terbesar kurang 40 kilogram setiap 10 ton muatan.\n\nKadis Ahmad Rizani mengatakan ketiganya disegel dan baru boleh dipakai setelah diperbaiki serta lulus uji ulang dalam dua pekan. Petani sawit diimbau selalu meminta tiket timbang dan mencocokkan berat di ramp dengan timbangan pabrik."),
 p="Bubuhan patani sawit di Satui, Angsana wan Kusan Hulu, dangarakan. Jembatan timbang di 14 pabrik wan ramp sudah diuji dinas. Talu disegel, ada nang kurang 40 kilo tiap 10 ton! Dua minggu dibari waktu mambaiki. Jangan kada minta tiket timbang, cocokakan beratnya lah. 🌴",
 n=[
  ("Harga TBS di ramp Sungai Danau hari ini Rp2.940 per kilogram untuk buah umur di atas 10 tahun, turun Rp60 dari pekan lalu. Ramp di Angsana membeli Rp2.910.",
   "TBS prices at ramps; no scale test", 3.1, "tanbu", None),
  ("Jembatan timbang di PKS Kusan Hulu nang disegel dua minggu tadi sudah diuji pulang hari ini, jar bubuhan dinas sudah lulus. Truk sawit mulai antre lagi dari siang.",
   "the re-test two weeks later, a later event", 14.2, "tanbu", None),
  ("Tim dari Dinas Perdagangan Kotabaru menguji delapan jembatan timbang PKS di Kecamatan Kelumpang Hulu pekan ini. Hasilnya belum diumumkan.",
   "a similar check in Kotabaru (8 weighbridges), another kabupaten and event", 6.3, "ktb", None),
 ],
 b=[("Truk sawit tertahan lama di PKS Angsana sore ini, katanya jembatan timbang lagi diuji petugas dari kabupaten. Sabar, dangsanak.",
     "seen during the three-day test, posted before the release without results", -3.0)]),

dict(id="a09", src="pemkab-balangan", pub="2026-11-04 12:20", reg="blg",
 title="Timbangan Pengepul Karet di Halong dan Juai Ditera, 11 Disegel",
 text="""PARINGIN – UPT Metrologi Legal Dinas Koperasi, UKM dan Perdagangan Kabupaten Balangan melakukan tera ulang terhadap timbangan milik 46 pengepul karet di Kecamatan Halong dan Juai pada Selasa (3/11/2026). Petugas menguji timbangan gantung dan timbangan duduk dengan anak timbangan standar. Sebanyak 11 timbangan disegel karena selisihnya melebihi batas yang diizinkan.

“Petani karet menjual lump setiap pekan. Jika timbangan pengepul tidak benar, yang dirugikan petani,” ujar Kepala Bidang Metrologi, Sri Wahyuni Lestari.

Pengepul yang timbangannya disegel wajib memperbaiki atau membeli timbangan baru sebelum kembali membeli karet. Tera ulang berikutnya dilakukan di Kecamatan Awayan dan Batumandi pada Selasa–Rabu (24–25/11/2026), dengan jadwal per desa yang diumumkan melalui kantor kecamatan. (blg/sy)""",
 s="Balangan tera ulang timbangan 46 pengepul karet di Halong dan Juai, Selasa 3/11; 11 timbangan disegel karena selisih melebihi batas. Awayan & Batumandi menyusul 24–25/11.",
 l=None,
 p="Patani gatah di Halong wan Juai, timbangan pengepul sudah ditera hari Salasa. Dari 46 pengepul, 11 timbangan disegel karena kada pas. Pengepul kada boleh manukar gatah lagi sampai timbangannya dibaiki atau manukar nang hanyar. Awayan wan Batumandi giliran 24–25 November. #Balangan",
 n=[
  ("Harga karet di pengepul Juai pekan ini Rp9.800 per kilogram untuk lump kering seminggu, naik Rp300. Pengepul bilang permintaan pabrik di Banjarmasin bertambah.",
   "rubber prices in Juai; no scale test", 5.2, "blg", None),
  ("Tera ulang timbangan karet hari ini sampai di Awayan. Petugas memeriksa 29 timbangan pengepul di Desa Baruh Bahinu Dalam, empat di antaranya disegel.",
   "the Awayan round on 24 Nov (29 scales, 4 sealed), the later step as its own news", 20.1, "blg", None),
  ("Pengepul karet di Halong yang kemarin timbangannya disegel mengeluh harus beli timbangan baru Rp1,8 juta. Ada yang meminjam timbangan tetangga dulu.",
   "a complaint about the cost of replacing a sealed scale; no test facts", 2.4, "blg", None),
  ("Kelompok tani Halong Sejahtera hari ini menimbang bersama lump karet anggotanya di gudang desa, 2,3 ton, dijual langsung ke pabrik tanpa pengepul.",
   "a farmers' group's joint sale; no metrology", 9.6, "blg", None),
 ],
 b=[("Pengepul karet di Halong pina sibuk bapadah timbangan kena periksa besok. Ada nang langsung manukar timbangan hanyar.",
     "traders preparing the day before the check, before the release", -1.3)]),

dict(id="a10", src="pemkab-batola", pub="2026-11-13 15:35", reg="btl",
 title="Delapan Timbangan Penggilingan Padi di Batola Tidak Lulus Tera",
 text="""MARABAHAN – Dinas Perindustrian dan Perdagangan Kabupaten Barito Kuala menera ulang timbangan di 60 penggilingan padi di Kecamatan Anjir Muara, Anjir Pasar dan Belawang pada Kamis (12/11/2026). Delapan timbangan tidak lulus uji, sebagian besar timbangan duduk tua yang jarumnya sudah bergeser.

“Petani menjual gabah kepada penggilingan dengan hitungan kilogram. Satu kilogram saja yang hilang per karung akan terasa saat panen raya,” kata Kepala Disperindag Barito Kuala, Hj. Rusmiati.

Pemilik delapan penggilingan tersebut diberi waktu sepuluh hari untuk mengganti timbangan. Petani diimbau memastikan timbangan penggilingan memiliki tanda tera tahun 2026. Tera ulang di Kecamatan Tabukan dan Kuripan dijadwalkan Selasa (1/12/2026). (btl/rh)""",
 s="Disperindag Batola tera ulang timbangan di 60 penggilingan padi Anjir Muara, Anjir Pasar, Belawang (Kamis 12/11). Delapan tidak lulus, diberi 10 hari untuk mengganti. Tabukan dan Kuripan 1/12.",
 l=("Delapan dari 60 Timbangan Penggilingan Padi di Batola Tak Lulus Tera",
    "Disperindag Barito Kuala memeriksa timbangan di 60 penggilingan padi di Anjir Muara, Anjir Pasar dan Belawang pada Kamis (12/11). Delapan timbangan, kebanyakan timbangan duduk tua yang jarumnya bergeser, tidak lulus uji.\n\nKepala Disperindag Hj. Rusmiati mengingatkan bahwa selisih satu kilogram per karung akan terasa saat panen raya. Pemilik penggilingan diberi sepuluh hari untuk mengganti timbangan, sementara petani diminta memeriksa tanda tera 2026. Giliran Tabukan dan Kuripan pada 1 Desember."),
 p="Patani banih di Anjir Muara, Anjir Pasar wan Belawang, timbangan di 60 panggilingan sudah ditera Kamis tadi. Walu nang kada lulus, kabanyakan timbangan bahari nang jarumnya sudah bagasar. Sapuluh hari dibari waktu gasan maganti. Jangan lupa tiring tanda tera 2026 lah sabalum bajual gabah. 🌾",
 n=[
  ("Harga gabah kering panen di penggilingan Anjir Pasar hari ini Rp6.900 per kilogram. Petani Belawang menahan gabah karena berharap harga naik menjelang Desember.",
   "grain prices; no scale check", 4.0, "btl", None),
  ("Hari ini tera ulang timbangan penggilingan di Tabukan dan Kuripan. Dari 22 penggilingan, dua timbangan diminta diganti. Petugas datang pakai kelotok ke Desa Tabukan.",
   "the Tabukan/Kuripan round of 1 Dec (22 mills), the next step as its own news", 17.8, "btl", None),
  ("Penggilingan padi keliling di Anjir Muara makin banyak. Warga bilang lebih praktis karena tidak perlu mengangkut gabah ke penggilingan besar.",
   "mobile rice mills; no metrology", 8.0, "btl", None),
 ],
 b=[]),

dict(id="a11", src="pemkab-hst", pub="2026-11-20 17:20", reg="hst",
 title="Mulai 21 November, Sapi di Pasar Ternak Pantai Hambawang Dijual Berdasarkan Timbangan",
 text="""BARABAI – Pemerintah Kabupaten Hulu Sungai Tengah memasang timbangan ternak digital berkapasitas dua ton di Pasar Ternak Pantai Hambawang. Mulai Sabtu (21/11/2026), jual beli sapi dan kerbau di pasar tersebut dianjurkan berdasarkan bobot hasil timbangan yang sudah ditera, bukan lagi taksiran mata. Sosialisasi kepada 28 pedagang sapi digelar Kamis (19/11/2026).

“Dengan timbangan bertanda tera, peternak tahu harga yang adil untuk sapinya dan pembeli tidak merasa tertipu,” ujar Kepala Dinas Pertanian HST, drh. Yusran Effendi.

Penimbangan tidak dipungut biaya selama Desember. Petugas pasar akan mencetak kartu bobot untuk setiap ternak yang ditimbang, dan harga acuan per kilogram bobot hidup diumumkan di papan informasi pasar setiap Sabtu. (hst/mf)""",
 s="Pasar Ternak Pantai Hambawang (HST) pasang timbangan ternak digital 2 ton yang sudah ditera. Mulai Sabtu 21/11 sapi & kerbau dianjurkan dijual berdasar bobot, bukan taksiran. Penimbangan gratis selama Desember.",
 l=None,
 p="Sapi di Pasar Ternak Pantai Hambawang wayahini kada ditaksir pakai mata lagi, sudah ada timbangan digital dua ton nang sudah ditera. Mulai Sabtu 21/11. Bulan Desember manimbang gratis, dapat kartu bobot jua. Harga acuan per kilo ditempel tiap Sabtu. 🐄 #HST",
 n=[
  ("Harga sapi bali di Pasar Ternak Pantai Hambawang Sabtu ini berkisar Rp14 juta sampai Rp17 juta per ekor. Pasokan dari Batang Alai mulai bertambah.",
   "cattle prices at the same market; no scale rule", 8.0, "hst", None),
  ("Dinas Pertanian HST menggelar vaksinasi PMK untuk 28 ekor sapi di Desa Birayang hari ini. Peternak diminta mengandangkan ternak sehari sebelumnya.",
   "the same office, vaccination of 28 cattle (same figure 28)", 4.2, "hst", None),
  ("Di Pasar Hewan Rantau, kambing masih ditimbang pakai timbangan gantung pinjaman kelompok tani. Pedagang berharap Tapin juga punya timbangan sapi sendiri.",
   "a goat market in Tapin with a borrowed scale; other place, no digital scale", 11.0, "tapin", None),
 ],
 b=[("Di Pasar Ternak Pantai Hambawang ada bangunan hanyar di dekat kandang, jar urang pasar gasan timbangan sapi. Kapan dipakai kah?",
     "a question about the building before the release, no start date", -2.2)]),
]
