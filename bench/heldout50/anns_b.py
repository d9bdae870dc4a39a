"""Hand-written releases a15-a28 of heldout50 (same layout as anns_a.py)."""

ANNS = [
dict(
    id="a15", source="pemkab-balangan", published="2026-11-25T15:10",
    title="Balangan Usulkan Tambahan Kuota LPG 3 Kg 1.150 Metrik Ton",
    text="""PARINGIN – Pemerintah Kabupaten Balangan mengusulkan tambahan kuota LPG 3 kilogram sebanyak 1.150 metrik ton untuk tahun 2027 kepada BPH Migas melalui Pemprov Kalsel, Rabu (25/11/2026). Usulan disusun karena kuota Balangan tahun 2026 sebesar 6.420 metrik ton diperkirakan habis pada pekan pertama Desember, sementara jumlah rumah tangga pengguna tercatat 41.200 kepala keluarga.

“Kami tidak ingin warga di Halong dan Juai antre panjang setiap akhir tahun. Data usulan sudah kami cocokkan dengan data desa,” kata Kepala Bagian Perekonomian dan Sumber Daya Alam Setda Balangan, Ahmad Fauzi Ridhani.

Sambil menunggu jawaban, Pemkab meminta Pertamina menambah pasokan fakultatif untuk Desember dan mengimbau warga mampu beralih ke LPG 5,5 kilogram. (diskominfo-blg/af)""",
    short="Balangan usulkan tambahan kuota LPG 3 kg 1.150 metrik ton untuk 2027; kuota 2026 (6.420 MT) diperkirakan habis pekan pertama Desember; 41.200 KK pengguna.",
    long="Pemkab Balangan minta tambahan kuota LPG 3 kg 1.150 metrik ton untuk 2027. Usulannya dikirim ke BPH Migas lewat Pemprov pada Rabu 25 November. Alasannya kuota 2026 (6.420 metrik ton) diperkirakan habis pekan pertama Desember, padahal penggunanya 41.200 KK. Untuk Desember Pemkab minta Pertamina menambah pasokan fakultatif, dan warga yang mampu diminta pindah ke LPG 5,5 kg.",
    para="Kuota gas malon di Balangan kaina habis awal Desember, dangsanak. Makanya Pemkab mausulakan tambahan saribu saratus lima puluh metrik ton gasan 2027. Nang mampu dihimbau bapindah ka tabung 5,5 kilo lah, supaya nang kada mampu kada antri panjang di Halong wan Juai 🙏",
    looks=[
        ("blg", "Antrean gas melon di pangkalan Desa Juai pagi ini mengular sampai jalan. Satu orang hanya boleh satu tabung. Stok habis jam 9.", "a queue at a pangkalan (an event), no proposal", 10),
        ("blg", "Balangan terima 1.150 paket sembako dari Baznas untuk lansia dan dhuafa, dibagi di 8 kecamatan pekan ini.", "the same figure 1.150 meaning food parcels", 60),
        ("blg", "Pertamina menambah 12.000 tabung LPG 3 kg untuk Balangan mulai 1 Desember, dibagi ke 98 pangkalan. Tambahan ini untuk Desember saja.", "the extra supply for December (the next step) told as its own news", 140),
    ],
    before=("Katanya kuota gas melon Balangan tahun ini tinggal sedikit, Desember bisa kosong. Betul kah? Di Halong sudah mulai susah.", "a rumour and complaint before the proposal", 30),
),
dict(
    id="a16", source="diskominfo-kalsel", published="2026-11-05T16:15",
    title="Kampanye Cek Selang Cek Tabung: 1.240 Tabung Bocor Ditukar Selama Oktober",
    text="""BANJARMASIN – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan bersama Pertamina Patra Niaga meluncurkan kampanye “Cek Selang, Cek Tabung” di 13 kabupaten/kota, Kamis (5/11/2026). Selama Oktober, sebanyak 1.240 tabung LPG 3 kilogram yang bocor atau katupnya rusak sudah ditukar gratis di pangkalan. Kampanye ini memakai video pendek, poster dan siaran radio.

“Pengelola KIM kami minta ikut menyebarkan cara memeriksa selang dengan air sabun. Satu unggahan bisa mencegah kebakaran dapur,” kata Kepala Diskominfo Kalsel, Muhammad Ansyari Yusuf.

Warga yang menerima tabung bocor dapat menukarnya di pangkalan tempat membeli tanpa biaya, dengan menunjukkan tabung dalam keadaan tersegel. Kampanye berlangsung hingga akhir Desember. (mc-kalsel/ma)""",
    short="Diskominfo Kalsel + Pertamina luncurkan kampanye \"Cek Selang, Cek Tabung\" di 13 kab/kota; 1.240 tabung LPG 3 kg bocor ditukar gratis selama Oktober; berlangsung sampai akhir Desember.",
    long=None,
    para="Pian pernah dapat tabung gas bocor? Ganti haja di pangkalan, gratis, asal segelnya masih utuh 👍 Diskominfo wan Pertamina maulah kampanye \"Cek Selang, Cek Tabung\". Bulan Oktober sudah saribu duaratus ampat puluh tabung ditukar. Cek selang pakai banyu sabun, dangsanak, jangan sampai dapur tabakar 🔥",
    looks=[
        ("bjm", "Kebakaran dapur di Jalan Kelayan A gang 5 tadi sore, diduga selang kompor gas bocor. Api cepat dipadamkan warga dan BPK, tidak ada korban.", "a kitchen fire (an incident), no campaign", 40),
        ("prov", "Diskominfo Kalsel hari ini juga menggelar lomba video pendek KIM bertema pariwisata. Hadiah total Rp30 juta, pendaftaran sampai 20 November.", "same office, same day, another object (video contest)", 6),
        ("tpn", "Warga Binuang mengeluh tabung 3 kg yang dibeli di pengecer cepat habis, diduga isinya kurang. Sudah dilapor ke Disdag untuk ditimbang.", "a complaint about underfilled cylinders bought from a retailer", 90),
    ],
    before=None,
),
dict(
    id="a17", source="pemkot-banjarmasin", published="2026-11-17T14:50",
    title="400 Pedagang Pasar Teluk Dalam Dapat Regulator dan Selang Gas SNI Gratis",
    text="""BANJARMASIN – Dinas Pemadam Kebakaran dan Penyelamatan Kota Banjarmasin membagikan 400 paket regulator dan selang gas berlabel SNI kepada pedagang makanan di Pasar Teluk Dalam, Selasa (17/11/2026). Sebelum paket dipasang, petugas memeriksa kompor di 186 lapak dan menemukan 73 selang retak serta 29 regulator tanpa label SNI.

“Sebagian besar kebakaran pasar di Banjarmasin bermula dari dapur lapak. Selang murah yang retak itu bom waktu,” kata Kepala Dinas Pemadam Kebakaran dan Penyelamatan Banjarmasin, Ahmad Rizali Hakim.

Pemeriksaan serupa akan dilanjutkan ke Pasar Kuripan pada 1 Desember. Pedagang yang belum kebagian paket dapat mendaftar ke pengelola pasar. Pedagang juga diajari memeriksa kebocoran dengan air sabun. (humas-bjm/ar)""",
    short="Damkar Banjarmasin bagikan 400 paket regulator + selang gas SNI ke pedagang Pasar Teluk Dalam (17/11); dari 186 lapak ditemukan 73 selang retak dan 29 regulator non-SNI; lanjut Pasar Kuripan 1 Desember.",
    long="Pedagang makanan di Pasar Teluk Dalam dapat 400 paket regulator dan selang gas SNI gratis dari Damkar Banjarmasin, Selasa 17 November. Sebelum dipasang, petugas memeriksa 186 lapak dan menemukan 73 selang retak dan 29 regulator tanpa label SNI. Pemeriksaan berikutnya di Pasar Kuripan 1 Desember, dan pedagang yang belum kebagian bisa daftar ke pengelola pasar.",
    para="Pedagang di Pasar Teluk Dalam dapat regulator wan selang gas SNI gratis matan Damkar, ampat ratus paket 🔥🧯 Pas dipariksa, tujuh puluh talu selang sudah ratak! Kata Pak Kadis, selang murah nang ratak tu bom waktu. Tanggal 1 Desember giliran Pasar Kuripan.",
    looks=[
        ("bjm", "Pemeriksaan selang gas di Pasar Kuripan hari ini: dari 94 lapak, 31 selang harus diganti. Pedagang dapat 120 paket regulator.", "the next market (Kuripan, 1 December) as its own news", 330),
        ("bjm", "Pasar Teluk Dalam hari ini juga dikunjungi tim Disdag untuk tera ulang timbangan, 214 timbangan diperiksa.", "same market, same day, another object (scales)", 5),
        ("bjm", "Damkar Banjarmasin mengevakuasi ular sanca sepanjang 3 meter dari plafon rumah warga di Sungai Lulut tadi malam.", "same office, another rescue event", 30),
    ],
    before=("Besok Damkar mau datang ke Pasar Teluk Dalam memeriksa kompor gas lapak. Pedagang diminta jangan tutup dulu jam 9 sampai 11.", "an announcement the evening before, no findings or numbers", 18),
),
dict(
    id="a19", source="esdm-kalsel", published="2026-11-12T09:30",
    title="Tiga Titik BBM Satu Harga Baru di Kalsel: Paminggir, Hampang dan Pulau Sembilan",
    text="""BANJARBARU – Dinas ESDM Provinsi Kalimantan Selatan mencatat tiga lembaga penyalur BBM Satu Harga baru beroperasi pada November 2026, yakni di Kecamatan Paminggir (Hulu Sungai Utara), Hampang dan Pulau Sembilan (Kotabaru). Dengan tambahan itu, Kalsel kini memiliki 11 titik BBM Satu Harga. Hal itu disampaikan dalam rapat bersama Pertamina, Kamis (12/11/2026).

“Di titik-titik ini warga membeli Pertalite Rp10.000 per liter, sama dengan di kota. Sebelumnya harga eceran bisa Rp16.000,” kata Kepala Dinas ESDM Kalsel, Hairil Anwar Sidik.

Dinas ESDM akan memantau ketersediaan stok di ketiga titik setiap bulan dan meminta pemerintah kecamatan melaporkan jika ada penjualan di atas harga. (esdm-kalsel/rh)""",
    short="ESDM Kalsel: 3 penyalur BBM Satu Harga baru (Paminggir HSU, Hampang dan Pulau Sembilan Kotabaru), total 11 titik; Pertalite Rp10.000/liter, dulu eceran sampai Rp16.000.",
    long="Kalsel sekarang punya 11 titik BBM Satu Harga. Tiga yang baru beroperasi November 2026 ada di Paminggir (HSU), Hampang dan Pulau Sembilan (Kotabaru). Di sana Pertalite dijual Rp10.000 per liter, sama dengan di kota, padahal dulu eceran bisa Rp16.000. Dinas ESDM memantau stok setiap bulan dan minta kecamatan melapor kalau ada yang menjual di atas harga.",
    para="Urang Paminggir, Hampang wan Pulau Sembilan wayahini kawa manukar Pertalite sapuluh ribu haja saliter, sama lawan di kota ⛽ Dahulu eceran sampai anam balas ribu. Kalsel wayahini baisi sawalas titik BBM Satu Harga. Kalu ada nang manjual labih mahal, lapor ka kecamatan!",
    looks=[
        ("ktb", "Kadis ESDM Kalsel Hairil Anwar Sidik hari ini di Kotabaru menyerahkan 30 unit alat pemadam api ringan untuk pelabuhan rakyat Stagen.", "same official, same day, another object", 6),
        ("hsu", "Harga Pertalite eceran di Danau Panggang hari ini masih Rp14.000 per botol. Titik BBM Satu Harga kan baru ada di Paminggir, kami di Danau Panggang belum.", "a neighbouring kecamatan's price complaint", 60),
        ("prov", "Sebelas titik! Kalsel kini punya 11 titik pos pantau banjir otomatis di sungai-sungai besar, data bisa dilihat di web BPBD.", "the same figure 11 meaning flood gauges", 100),
    ],
    before=None,
),
dict(
    id="a20", source="pemkab-hsu", published="2026-11-16T15:35",
    title="BBM Satu Harga Paminggir Diresmikan, Pertalite Kini Rp10.000",
    text="""AMUNTAI – Bupati Hulu Sungai Utara meresmikan penyalur BBM Satu Harga di Desa Paminggir, Kecamatan Paminggir, Senin (16/11/2026). Penyalur berbentuk dermaga terapung ini melayani perahu dan motor warga dengan kuota 60 kiloliter per bulan, buka setiap hari pukul 07.00–17.00 Wita. Sebelumnya, warga membeli bensin eceran Rp15.000 hingga Rp16.000 per liter yang diangkut dari Amuntai.

“Nelayan dan pedagang ikan Paminggir paling banyak memakai bensin untuk perahu. Selisih harganya sekarang bisa jadi tabungan,” kata Bupati Hulu Sungai Utara, Sahrujani Iskandar.

Pengelola diwajibkan memasang papan harga dan tidak melayani pembelian dengan jeriken tanpa surat rekomendasi desa. Penyalur ini menjadi yang pertama di wilayah rawa Hulu Sungai Utara. (diskominfo-hsu/si)""",
    short="Bupati HSU resmikan BBM Satu Harga di Paminggir (16/11): dermaga terapung, kuota 60 kL/bulan, buka 07.00–17.00, Pertalite Rp10.000; jeriken wajib rekomendasi desa.",
    long=None,
    para="Paminggir wayahini baisi pom bansin satu harga, dangsanak ⛽🚤 Dermaga tarapung, buka jam 7 sampai 5 sore, Pertalite sapuluh ribu. Dahulu manukar eceran sampai lima balas, anam balas ribu. Kuotanya anam puluh kiloliter sabulan. Kalu handak bajiriken, bawa surat rekomendasi desa lah.",
    looks=[
        ("hsu", "Dermaga apung baru untuk speedboat penumpang di Danau Panggang diresmikan Dishub hari ini, rute ke Amuntai dua kali sehari.", "another floating dock, passenger boats, other kecamatan", 30),
        ("hsu", "Bupati HSU Sahrujani Iskandar sore ini menghadiri lomba perahu tradisional di Sungai Tabalong, Amuntai. Juara satu dari Desa Sungai Malang.", "same official, same day, another event", 3),
        ("hsu", "Hari pertama BBM Satu Harga Paminggir antrean perahu sampai 40 buah, stok sempat habis jam 2 siang. Pengelola janji tambah mobil tangki besok.", "a neighbour's report of the first day's queue (a later event, no release facts)", 26),
    ],
    before=("Besok Bupati ke Paminggir meresmikan pom bensin terapung. Warga yang punya perahu dihimbau meramaikan, acara mulai jam 9.", "an invitation the day before", 22),
),
dict(
    id="a21", source="pemkab-kotabaru", published="2026-11-23T10:45",
    title="Penyalur BBM Satu Harga Hampang Mulai Salurkan Pertalite dan Solar",
    text="""KOTABARU – Penyalur BBM Satu Harga di Desa Hampang, Kecamatan Hampang, mulai menyalurkan Pertalite dan solar kepada warga, Senin (23/11/2026). Penyalur yang dikelola koperasi desa ini mendapat pasokan 45 kiloliter per bulan dari terminal BBM Kotabaru. Pertalite dijual Rp10.000 per liter dan solar Rp6.800 per liter, turun jauh dari harga eceran sebelumnya yang mencapai Rp17.000.

“Petani sawit dan sopir truk kayu di Hampang tidak perlu lagi ke Kotabaru hanya untuk membeli solar,” kata Asisten Perekonomian dan Pembangunan Setda Kotabaru, Rusmaidi Harun.

Penyalur buka Senin sampai Sabtu. Pemkab bersama Polsek Hampang akan mengawasi agar tidak ada pembelian berulang untuk dijual kembali. (diskominfo-ktb/rh)""",
    short="BBM Satu Harga Hampang (Kotabaru) mulai salurkan BBM 23/11: 45 kL/bulan, Pertalite Rp10.000, solar Rp6.800 (eceran dulu sampai Rp17.000), buka Senin–Sabtu.",
    long=None,
    para="Bubuhan Hampang, pom satu harga sudah buka lah! ⛽ Pertalite sapuluh ribu, solar anam ribu walu ratus. Dahulu eceran sampai tujuh balas ribu. Buka Sanin sampai Sabtu, dikalola koperasi desa. Jangan manukar bulik-bulik gasan dijual pulang, diawasi Polsek 😁",
    looks=[
        ("ktb", "Pulau Sembilan: penyalur BBM Satu Harga di Desa Tengah sempat tutup tiga hari karena kapal pengangkut terlambat akibat gelombang. Hari ini buka lagi.", "another BBM Satu Harga point (Pulau Sembilan), a closure", 50),
        ("ktb", "Truk kayu terguling di jalan poros Hampang–Sungai Kupang pagi tadi, jalan sempat macet dua jam.", "an accident in the same kecamatan", 20),
        ("ktb", "Koperasi desa Hampang juga membuka gerai pupuk bersubsidi mulai bulan ini, melayani 310 petani.", "the same cooperative, another object (fertiliser)", 90),
    ],
    before=None,
),
dict(
    id="a22", source="dkp-kalsel", published="2026-11-03T11:15",
    title="Kuota Solar Nelayan Desember Ditetapkan 3.420 Kiloliter, Naik 8 Persen",
    text="""BANJARBARU – Dinas Kelautan dan Perikanan Provinsi Kalimantan Selatan menetapkan kuota solar bersubsidi untuk nelayan pada Desember 2026 sebesar 3.420 kiloliter, naik 8 persen dari kuota bulanan biasa. Kuota itu dibagi ke sembilan kabupaten/kota pesisir dan sungai, dengan porsi terbesar untuk Kotabaru 1.060 kiloliter dan Tanah Bumbu 780 kiloliter. Penetapan dilakukan Selasa (3/11/2026).

“Desember musim angin barat, perahu butuh mesin lebih lama di laut. Tambahan delapan persen ini untuk itu,” kata Kepala Bidang Perikanan Tangkap DKP Kalsel, Lukman Hakim Nasution.

Penyaluran di SPBUN dan SPBU yang ditunjuk dimulai 1 Desember. Nelayan tetap wajib membawa surat rekomendasi yang masih berlaku. (dkp-kalsel/lh)""",
    short="DKP Kalsel tetapkan kuota solar nelayan Desember 2026 3.420 kL (naik 8%), terbesar Kotabaru 1.060 kL dan Tanbu 780 kL; penyaluran mulai 1 Desember dengan surat rekomendasi.",
    long="Untuk Desember 2026, kuota solar subsidi nelayan di Kalsel 3.420 kiloliter, naik 8 persen dari kuota bulanan biasa karena musim angin barat. DKP Kalsel membaginya ke sembilan kabupaten/kota; Kotabaru dapat paling banyak, 1.060 kiloliter, lalu Tanah Bumbu 780 kiloliter. Penyaluran di SPBUN dan SPBU yang ditunjuk mulai 1 Desember, nelayan tetap harus membawa surat rekomendasi yang masih berlaku.",
    para="Bubuhan nelayan, kuota solar bulan Desember naik walu persen, jadi talu ribu ampat ratus duapuluh kiloliter sa-Kalsel 🚤 Kotabaru paling banyak, saribu anam puluh. Mulai tanggal 1 Desember, jangan kalupaan surat rekomendasinya lah, dangsanak. Musim angin barat, hati-hati di laut.",
    looks=[
        ("tala", "BMKG: gelombang 2,5 sampai 3 meter di perairan Tanah Laut 4–7 November. Nelayan Tabanio diimbau tidak melaut dulu.", "a weather warning, no fuel quota", 20),
        ("ktb", "Kuota solar nelayan Kotabaru bulan November habis tanggal 24, SPBUN Stagen tutup sampai akhir bulan. Nelayan mengeluh harus beli eceran Rp9.000.", "November's quota running out, a complaint", 500),
        ("prov", "DKP Kalsel hari ini juga melepas 200 ribu benih ikan patin ke Sungai Barito di Marabahan dalam rangka Hari Ikan Nasional.", "same office, same day, another object (fish seeding)", 4),
    ],
    before=None,
),
dict(
    id="a23", source="pemkab-tanah-laut", published="2026-11-13T15:55",
    title="1.120 Nelayan Kecil Panyipatan dan Kintap Dapat Kartu Kendali Pertalite",
    text="""PELAIHARI – Dinas Perikanan Kabupaten Tanah Laut menyerahkan kartu kendali Pertalite kepada 1.120 nelayan perahu kecil di Kecamatan Panyipatan dan Kintap, Jumat (13/11/2026). Dengan kartu bernomor ini, setiap nelayan dapat membeli Pertalite maksimal 5 liter per hari di SPBU Kintap dan SPBU Batakan tanpa perlu membawa surat rekomendasi kertas setiap kali membeli.

“Perahu ketinting kecil memakai Pertalite, bukan solar, jadi selama ini tidak tercatat. Dengan kartu ini kuotanya jelas dan tidak dipakai orang lain,” kata Kepala Dinas Perikanan Tanah Laut, Yuliansyah Ramli.

Kartu berlaku hingga Desember 2027. Nelayan yang belum menerima kartu diminta mendaftar ke penyuluh perikanan di kecamatan paling lambat 30 November. (diskominfo-tala/yr)""",
    short="Tala serahkan kartu kendali Pertalite ke 1.120 nelayan kecil Panyipatan dan Kintap (13/11): maks 5 liter/hari di SPBU Kintap dan Batakan; daftar susulan sampai 30 November.",
    long="Nelayan perahu kecil di Panyipatan dan Kintap sekarang punya kartu kendali Pertalite. Dinas Perikanan Tanah Laut menyerahkan 1.120 kartu pada Jumat 13 November. Dengan kartu itu nelayan bisa membeli maksimal 5 liter Pertalite per hari di SPBU Kintap dan SPBU Batakan tanpa surat rekomendasi kertas. Kartu berlaku sampai Desember 2027; yang belum dapat daftar ke penyuluh di kecamatan paling lambat 30 November.",
    para="Nelayan ketinting di Panyipatan wan Kintap wayahini baisi kartu kendali Pertalite, saribu saratus duapuluh buting 🎣 Sahari kawa manukar lima liter di SPBU Kintap atawa Batakan, kada usah lagi mambawa surat karatas. Nang balum dapat, badaftar ka penyuluh sabalum 30 November lah.",
    looks=[
        ("tala", "Nelayan Takisung juga minta kartu kendali Pertalite. Kata penyuluh, Takisung belum masuk, kemungkinan tahun depan. Belum ada jadwal.", "another kecamatan's request, no cards", 70),
        ("tala", "SPBU Kintap hari ini antre panjang karena pasokan Pertalite terlambat dari Banjarmasin, baru datang jam 3 sore.", "a queue at the same SPBU, a supply delay", 100),
        ("tala", "Kadis Perikanan Tala Yuliansyah Ramli pagi tadi melepas 50 ribu benih udang vaname di tambak percontohan Desa Kandangan Lama.", "same official, same day, another event", 4),
        ("tala", "Kartu kendali BBM untuk angkutan desa di Asam Asam dibagikan Dishub, 64 kartu untuk pick-up pengangkut hasil kebun.", "fuel control cards for village pick-ups, not fishermen", 150),
    ],
    before=("Besok nelayan Panyipatan diminta kumpul di balai desa bawa KTP dan pas kecil, katanya ada pembagian kartu BBM. Info dari penyuluh.", "an invitation before the handover", 20),
),
dict(
    id="a24", source="pemkab-tanbu", published="2026-11-20T16:40",
    title="Tim Pengawas Sidak Tiga SPBUN, Dua Pelansir Solar Nelayan Dicegat",
    text="""BATULICIN – Tim pengawas penyaluran BBM bersubsidi Kabupaten Tanah Bumbu melakukan inspeksi mendadak ke tiga SPBUN di Pagatan, Sungai Loban dan Satui, Jumat (20/11/2026). Di Sungai Loban, tim mencegat dua pelansir yang membawa 14 jeriken solar dengan surat rekomendasi nelayan milik orang lain. SPBUN Satui mendapat teguran karena tidak mencatat nomor kapal pembeli.

“Solar nelayan itu untuk nelayan. Kalau dipakai truk dan alat berat, nelayan yang akhirnya kehabisan,” tegas Asisten Perekonomian dan Pembangunan Setda Tanah Bumbu, Andi Muhammad Yusran.

Kasus dua pelansir diserahkan ke Polres Tanah Bumbu. Tim akan kembali melakukan sidak tanpa jadwal hingga akhir Desember. Nelayan diminta melapor bila mengetahui penyalahgunaan surat rekomendasi. (diskominfo-tanbu/amy)""",
    short="Tim pengawas BBM Tanbu sidak 3 SPBUN (Pagatan, Sungai Loban, Satui) 20/11: dua pelansir dengan 14 jeriken solar dicegat di Sungai Loban, SPBUN Satui ditegur.",
    long=None,
    para="Ada dua urang palansir solar nelayan tatangkap di Sungai Loban, dangsanak 😤 Ampat balas jiriken, surat rekomendasinya ampun urang lain. SPBUN Satui ditegur jua. Kasusnya diserahkan ka Polres. Solar nelayan gasan nelayan, bukan gasan truk!",
    looks=[
        ("tanbu", "Polres Tanah Bumbu mengamankan satu truk bermuatan 2 ton solar tanpa dokumen di jalan Batulicin–Sungai Danau. Sopir mengaku solar dibeli dari pengecer.", "a police seizure on the road, not the SPBUN inspection", 120),
        ("tanbu", "SPBUN Pagatan libur hari Jumat depan karena perbaikan pompa. Nelayan diminta mengisi sebelum Kamis.", "a service notice of the same station", 60),
        ("tanbu", "Nelayan Sungai Danau minta dibangun SPBUN sendiri, karena ke Satui 20 kilometer. Sudah diusulkan lewat musrenbang, belum ada jawaban.", "a request for a new station in Sungai Danau", 100),
    ],
    before=None,
),
dict(
    id="a25", source="esdm-kalsel", published="2026-11-10T14:20",
    title="ESDM Kalsel Usulkan 12 Blok Wilayah Pertambangan Rakyat Seluas 940 Hektare",
    text="""BANJARBARU – Dinas ESDM Provinsi Kalimantan Selatan mengusulkan 12 blok Wilayah Pertambangan Rakyat (WPR) seluas 940 hektare kepada Kementerian ESDM, Selasa (10/11/2026). Blok itu berada di Cempaka, Banjarbaru (3 blok intan), Hampang, Kotabaru (4 blok emas), Pengaron, Banjar (3 blok emas) dan Kintap, Tanah Laut (2 blok emas). Setelah WPR ditetapkan, koperasi pendulang dapat mengajukan Izin Pertambangan Rakyat (IPR).

“Selama ini pendulang bekerja tanpa izin dan selalu waswas. Dengan WPR dan IPR, mereka legal dan wajib memakai cara yang aman, tanpa merkuri,” kata Kepala Bidang Mineral dan Batubara Dinas ESDM Kalsel, Fahriannor Saleh.

Dinas ESDM akan mendampingi koperasi menyusun dokumen pengelolaan lingkungan mulai Desember. (esdm-kalsel/fs)""",
    short="ESDM Kalsel usulkan 12 blok WPR (940 ha): Cempaka 3 blok intan, Hampang 4, Pengaron 3, Kintap 2 blok emas; koperasi pendulang lalu bisa ajukan IPR, pendampingan mulai Desember.",
    long="Dinas ESDM Kalsel mengusulkan 12 blok Wilayah Pertambangan Rakyat seluas 940 hektare ke Kementerian ESDM pada 10 November. Lokasinya Cempaka (3 blok intan), Hampang (4 blok emas), Pengaron (3 blok emas) dan Kintap (2 blok emas). Kalau WPR ditetapkan, koperasi pendulang bisa mengajukan Izin Pertambangan Rakyat dan bekerja legal tanpa merkuri. Pendampingan dokumen lingkungan mulai Desember.",
    para="Bubuhan pandulang intan wan amas, ada kabar 👇 ESDM provinsi mausulakan dua balas blok wilayah pertambangan rakyat, sambilan ratus ampat puluh hektare: Cempaka, Hampang, Pengaron wan Kintap. Kalu sudah ditetapkan, koperasi kawa maurus izin IPR, kada waswas lagi. Tapi wajib kada pakai merkuri lah.",
    looks=[
        ("bjb", "Pendulang di Cempaka menemukan intan 4 karat di lubang Pumpung kemarin sore. Ramai warga datang melihat. Harga belum ditawar.", "a diamond find (an event), no WPR", 30),
        ("bjr", "Polres Banjar menutup dua lubang tambang emas ilegal di Pengaron dan menyita 3 mesin dompeng. Pemilik dipanggil ke Polres.", "a police closure of illegal pits", 90),
        ("prov", "Kabid Minerba ESDM Kalsel Fahriannor Saleh hari ini memimpin evaluasi laporan produksi triwulan III dari 38 perusahaan batubara.", "same official, same day, another object (coal reports)", 5),
    ],
    before=None,
),
dict(
    id="a26", source="pemkot-banjarbaru", published="2026-11-16T16:10",
    title="180 Pendulang Intan Cempaka Ikuti Sosialisasi Izin Pertambangan Rakyat",
    text="""BANJARBARU – Pemerintah Kota Banjarbaru menggelar sosialisasi Izin Pertambangan Rakyat (IPR) bagi 180 pendulang intan tradisional di Kecamatan Cempaka, Senin (16/11/2026), di Aula Kantor Kecamatan Cempaka. Sosialisasi ini menindaklanjuti usulan tiga blok Wilayah Pertambangan Rakyat di Cempaka oleh Dinas ESDM Provinsi. Para pendulang diminta bergabung dalam empat koperasi yang sudah berbadan hukum.

“Mendulang intan itu warisan Cempaka. Kami ingin pendulang bekerja aman dan lubang bekas dulangan direklamasi, tidak ditinggal begitu saja,” ujar Sekretaris Daerah Kota Banjarbaru, Hamdani Syarwani.

Pendaftaran anggota koperasi dibuka sampai 15 Desember di kantor kelurahan Sungai Tiung, Bangkal dan Palam. Pendulang yang sudah berusia lanjut tetap dapat didaftarkan oleh keluarganya. (humas-bjb/hs)""",
    short="Banjarbaru sosialisasikan IPR ke 180 pendulang intan Cempaka (16/11), tindak lanjut usulan 3 blok WPR; pendulang gabung 4 koperasi, daftar sampai 15 Desember di kelurahan Sungai Tiung, Bangkal, Palam.",
    long=None,
    para="Pandulang intan Cempaka, ayo masuk koperasi 💎 Saratus walu puluh urang sudah umpat sosialisasi izin pertambangan rakyat di kantor kecamatan. Ada ampat koperasi nang sudah babadan hukum. Daftar di kelurahan Sungai Tiung, Bangkal atawa Palam sampai 15 Desember. Lubang bekas dulangan jangan ditinggal ngalih lah, kata Pak Sekda.",
    looks=[
        ("bjb", "Aula Kecamatan Cempaka hari ini juga dipakai untuk pelatihan kader posyandu, 45 kader dari 6 kelurahan.", "same hall, same day, another event", 6),
        ("bjb", "Seorang anak tenggelam di kolam bekas dulangan intan di Bangkal sore tadi, berhasil diselamatkan warga. Orang tua diminta mengawasi anak.", "an incident at an old pit", 70),
        ("bjb", "Koperasi pendulang intan Pumpung Jaya menggelar RAT hari ini, SHU Rp48 juta dibagi untuk 62 anggota.", "one cooperative's annual meeting", 120),
        ("bjb", "Pendaftaran koperasi pendulang sudah banyak? Di Bangkal katanya baru 20 orang. Ada yang masih ragu karena takut dipungut biaya. Lurah menegaskan gratis.", "a mid-registration rumour and clarification", 200),
    ],
    before=("Warga Sungai Tiung yang mendulang diminta datang ke kantor kecamatan Senin pagi. Katanya ada penjelasan soal izin dulang. Bawa KTP.", "an invitation before the session", 40),
),
dict(
    id="a27", source="pemkab-kotabaru", published="2026-11-25T11:05",
    title="Kotabaru Data 312 Pendulang Emas Hampang, Kartu Pendulang Dibagikan",
    text="""KOTABARU – Pemerintah Kabupaten Kotabaru mendata 312 pendulang emas tradisional di Kecamatan Hampang dan membagikan kartu pendulang sebagai tanda terdaftar, Rabu (25/11/2026), di Balai Desa Hampang. Pendataan ini dilakukan Pemkab sendiri untuk menyiapkan koperasi yang kelak mengelola empat blok yang diusulkan menjadi wilayah pertambangan rakyat.

“Kartu ini belum izin tambang. Tetapi dengan data yang jelas kita tahu siapa yang benar-benar pendulang lokal dan siapa pemodal dari luar,” kata Kepala Bagian Sumber Daya Alam Setda Kotabaru, Jumriansyah Idris.

Pemegang kartu wajib mengikuti pelatihan pengolahan emas tanpa merkuri yang dijadwalkan Januari 2027. Dulang yang memakai alat berat tidak boleh didata. Data pendulang juga akan dipakai untuk program kesehatan kerja. (diskominfo-ktb/ji)""",
    short="Kotabaru data 312 pendulang emas Hampang dan bagikan kartu pendulang (25/11), persiapan koperasi untuk 4 blok WPR usulan; kartu belum izin tambang; pelatihan tanpa merkuri Januari 2027.",
    long="Pemkab Kotabaru mendata 312 pendulang emas tradisional di Hampang dan membagikan kartu pendulang, Rabu 25 November di Balai Desa Hampang. Kartunya hanya tanda terdaftar, bukan izin tambang, untuk menyiapkan koperasi yang nanti mengelola empat blok usulan WPR. Pemegang kartu wajib ikut pelatihan pengolahan emas tanpa merkuri pada Januari 2027; pendulang yang memakai alat berat tidak didata.",
    para="Talu ratus dua balas pandulang amas di Hampang sudah didata wan dapat kartu, dangsanak. Tapi ingat, kartu ini balum izin tambang lah. Gasan mahadapi koperasi kaina. Januari 2027 wajib baajar maulah amas kada pakai merkuri. Nang pakai alat barat kada didata 🙅",
    looks=[
        ("ktb", "Balai Desa Hampang hari ini dipakai untuk vaksinasi rabies, 140 anjing pemburu divaksin gratis.", "same venue, same day, another event", 4),
        ("ktb", "Harga emas di toko Kotabaru hari ini Rp1,48 juta per gram. Pendulang Hampang menjual di pengepul Rp1,3 juta.", "gold prices", 50),
        ("ktb", "Kartu pendulang? Di Sampanahan ada yang jual 'kartu izin dulang' Rp200 ribu. Itu palsu, Pemkab tidak mendata Sampanahan.", "a scam in another kecamatan", 150),
    ],
    before=None,
),
dict(
    id="a28", source="pemprov-kalsel", published="2026-11-10T10:55",
    title="Klinik Perizinan SIPB Batuan di MPP: 48 Pemohon, 19 Izin Terbit",
    text="""BANJARMASIN – Dinas Penanaman Modal dan PTSP Provinsi Kalimantan Selatan bersama Dinas ESDM membuka klinik perizinan Surat Izin Penambangan Batuan (SIPB) di Mal Pelayanan Publik Banjarmasin selama sepekan, 2–6 November. Hasilnya diumumkan Selasa (10/11/2026): 48 pemohon usaha tanah urug, pasir dan batu gunung berkonsultasi, 19 SIPB terbit dan 29 berkas masih dilengkapi.

“Banyak usaha galian kecil sebenarnya mau legal, tetapi tidak paham peta wilayah dan dokumen lingkungannya. Di klinik ini dibantu sampai selesai,” kata Kepala DPMPTSP Kalsel, Rahmat Hidayatullah Syarif.

Klinik serupa akan dibuka di MPP Tanjung pada 7–11 Desember untuk pemohon dari Tabalong, Balangan dan Hulu Sungai Utara. (dpmptsp-kalsel/rh)""",
    short="Klinik SIPB batuan DPMPTSP + ESDM Kalsel di MPP Banjarmasin (2–6/11): 48 pemohon, 19 SIPB terbit, 29 berkas dilengkapi; berikutnya MPP Tanjung 7–11 Desember.",
    long=None,
    para="Usaha tanah urug, pasir wan batu gunung nang handak legal, ada klinik izin SIPB 👷 Di MPP Banjarmasin kamarian ampat puluh walu nang bakonsultasi, sambilan balas izin tuntung. Nang di Tabalong, Balangan, HSU tunggu di MPP Tanjung 7 sampai 11 Desember.",
    looks=[
        ("bjm", "MPP Banjarmasin pekan ini buka gerai layanan paspor tambahan untuk jemaah umrah, kuota 80 per hari.", "same venue, another service", 30),
        ("tbl", "MPP Tanjung, Desember: klinik izin SIPB dibuka 7–11 Desember. Pemohon dari Tabalong, Balangan dan HSU membawa peta lokasi dan KTP. Hari ini baru 6 yang mendaftar.", "the next clinic in Tanjung told as its own notice", 500),
        ("bjr", "Warga Desa Awang Bangkal mengeluh debu dan jalan rusak karena truk tanah urug dari galian di bukit belakang desa. Sudah dilapor ke pembakal.", "a complaint about one pit", 70),
    ],
    before=None,
),
]
