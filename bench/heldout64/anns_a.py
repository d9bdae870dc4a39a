"""Hand-written releases a01–a21 of heldout64, each with its own-words summaries, a paraphrase,
look-alikes (another event a careful reader would tell apart) and, for some, a `before` post.

Look-alike / before tuples: (region code, "yyyy-mm-dd HH:MM", text, how it differs).
Region codes: bjm bjb bjr tla tpn hss hst hsu blg tbl btl ktb tbu.
"""
from common import H

ANNS = []


def A(**kw):
    ANNS.append(kw)


# ---------------------------------------------------------------- F1 kader siaga api pelajar
A(id="a01", source="damkar-banjarmasin", at="2026-11-02 10:20", slug="60-pelajar-smp-dilatih-jadi-kader-siaga-api",
  title="60 Pelajar SMP Dilatih Jadi Kader Siaga Api",
  text=f"""BANJARMASIN – Dinas Pemadam Kebakaran dan Penyelamatan (DPKP) Kota Banjarmasin melatih 60 pelajar dari 30 SMP negeri menjadi Kader Siaga Api Pelajar. Pelatihan berlangsung tiga hari, {H('3/11')} sampai {H('5/11')}, di aula Markas DPKP.

Setiap sekolah mengirim dua siswa pengurus OSIS. Mereka belajar mengenali bahaya api di laboratorium dan kantin, memakai alat pemadam api ringan (APAR), serta memimpin evakuasi kelas. “Anak-anak ini akan jadi mata dan telinga kami di sekolah. Kalau ada asap, mereka tahu apa yang pertama dilakukan,” kata Kepala DPKP Banjarmasin, Hairil Anwar Fadli.

Setelah pelatihan, setiap kader wajib menggelar simulasi evakuasi di sekolahnya masing-masing paling lambat 30 November dan melaporkannya ke DPKP. (dpkp-bjm/rz)""",
  short="DPKP Banjarmasin latih 60 pelajar dari 30 SMP negeri jadi Kader Siaga Api, 3–5 November di Markas DPKP.",
  long="""Pelajar SMP di Banjarmasin sekarang punya kader siaga api. DPKP Kota Banjarmasin melatih 60 siswa pengurus OSIS dari 30 SMP negeri, dua orang tiap sekolah, selama tiga hari (3–5 November) di aula markas. Materinya: bahaya api di lab dan kantin, cara pakai APAR, dan memimpin evakuasi kelas. Tugas berikutnya, tiap kader menggelar simulasi evakuasi di sekolahnya sebelum 30 November.""",
  para="""Bubuhan OSIS SMP se-Banjarmasin dilatih DPKP jadi Kader Siaga Api 🔥🧯 Anam puluh ikung kakanakan, dua ikung tiap sakulah, talu hari di markas damkar. Baajar mamakai APAR wan mamimpin kawan sakelas bukah mun ada asap. Kaina sabalum 30 November musti simulasi di sakulah masing-masing. Mantap lah! #KaderSiagaApi #Banjarmasin""",
  looks=[
      ("bjm", "2026-11-20 09:10", """Alhamdulillah SMPN di Kelayan tadi pagi bagawi simulasi kebakaran. 412 siswa keluar kelas dalam 4 menit, dipimpin dua kader OSIS kami sendiri. Guru olahraga mencatat waktu, ada satu kelas yang masih bingung jalur tangga belakang. Evaluasi Senin depan.""",
       "one school's own drill afterwards (412 pupils, 4 minutes), not the DPKP training itself"),
      ("bjm", "2026-11-09 16:40", """Info dari Disdikbud Kota: 30 SMP negeri Banjarmasin ikut lomba kebersihan kantin sehat mulai Senin (16/11). Penilaian meliputi cuci tangan, tempat sampah terpilah dan menu bergizi. Juri dari puskesmas dan dinas kesehatan.""",
       "the same 30 SMP negeri in a canteen-cleanliness contest, another office"),
      ("bjm", "2026-11-04 20:05", """Tadi sore anak ulun cerita di sekolahnya ada pelatihan P3K dari PMR, gasan siswa kelas 8. Belajar balut luka wan tandu darurat. Kada ada hubungannya wan damkar ujar guru, ini program PMR sekolah haja.""",
       "a school's own PMR first-aid session, explicitly not the damkar programme"),
  ],
  before=("bjm", "2026-11-01 19:30", """Besok anak ulun disuruh bawa baju ganti wan botol minum, katanya ada pelatihan di markas damkar sampai Kamis. Ada yang tahu ini kegiatan apa kah? Surat dari sekolah cuma bilang 'kegiatan OSIS'.""",
          "a parent's eve question before the release, no facts of the training"))

A(id="a02", source="pemkab-hsu", at="2026-11-09 14:05", slug="simulasi-evakuasi-kebakaran-serentak-di-18-sma-smk-ma-amuntai",
  title="Simulasi Evakuasi Kebakaran Serentak di 18 SMA, SMK dan MA Amuntai",
  text=f"""AMUNTAI – Pemkab Hulu Sungai Utara melalui Bidang Pemadam Kebakaran Satpol PP dan Damkar menggelar simulasi evakuasi kebakaran serentak di 18 SMA, SMK dan MA se-Kota Amuntai pada {H('11/11')} pukul 09.00 Wita. Sebanyak 7.400 siswa dan guru dijadwalkan ikut.

Sebelumnya, 36 kader pelajar, dua dari setiap sekolah, dibekali cara membunyikan tanda bahaya, membuka jalur keluar dan menghitung teman sekelas di titik kumpul. “Kami ingin tahu berapa menit sebuah sekolah bisa kosong. Angka itu yang nanti kami perbaiki bersama kepala sekolah,” ujar Kepala Bidang Pemadam Kebakaran HSU, Rusdiansyah Noor.

Hasil waktu evakuasi setiap sekolah akan diumumkan pekan berikutnya, dan sekolah dengan waktu terlama mendapat pendampingan ulang. (hsu/nf)""",
  short="Simulasi evakuasi kebakaran serentak di 18 SMA/SMK/MA Amuntai, Rabu 11 November pukul 09.00, diikuti 7.400 siswa dan guru.",
  long="""Rabu 11 November jam 9 pagi, 18 SMA, SMK dan MA di Kota Amuntai serentak latihan evakuasi kebakaran. Kurang lebih 7.400 siswa dan guru ikut. Sebelumnya 36 kader pelajar (dua per sekolah) sudah dibekali cara membunyikan tanda bahaya dan menghitung teman di titik kumpul. Waktu evakuasi tiap sekolah akan diumumkan pekan depannya, yang paling lama dapat pendampingan lagi.""",
  para="""Rabu 11 November jam sanga pagi, 18 SMA, SMK wan MA se-Amuntai simulasi bukah mun ada kebakaran 🏫🔥 Tujuh ribu ampat ratus urang siswa wan guru umpat. Talu puluh anam kader pelajar sudah dilatih mambunyiakan tanda bahaya. Kaina waktunya diumumkan, sakulah nang paling lambat dibina pulang. #HSU #Amuntai""",
  looks=[
      ("hsu", "2026-11-18 10:30", """Hasil simulasi Rabu pekan lalu diumumkan: SMKN di Jalan Basuki Rahmat paling cepat, 3 menit 40 detik. MA di Sungai Malang paling lama, 11 menit, karena tangga cuma satu. Pendampingan ulang dijadwalkan Desember.""",
       "the announced results a week later (times per school), a later step told as its own news"),
      ("hsu", "2026-11-12 08:15", """Simulasi gempa di SD-SD Babirik hari ini dari BPBD, anak-anak sembunyi di bawah meja lalu keluar ke lapangan. Ada 9 SD yang ikut, total 1.100 murid.""",
       "an earthquake drill at primary schools in Babirik, another office and hazard"),
      ("tbl", "2026-11-20 13:00", """SMAN di Tanjung ikut simulasi evakuasi kebakaran juga hari ini, 18 kelas kosong dalam 5 menit. Kader OSIS yang pegang peluit. Ini inisiatif sekolah bersama damkar Tabalong.""",
       "a Tabalong school's own drill, another kabupaten and day"),
  ])

A(id="a03", source="pemkab-tanbu", at="2026-11-16 11:40", slug="48-kader-pelajar-siaga-api-dikukuhkan-di-12-smp",
  title="48 Kader Pelajar Siaga Api Dikukuhkan di 12 SMP Simpang Empat dan Batulicin",
  text=f"""BATULICIN – Dinas Pemadam Kebakaran Tanah Bumbu mengukuhkan 48 kader pelajar siaga api dari 12 SMP di Kecamatan Simpang Empat dan Batulicin, {H('16/11')}, di halaman Kantor Bupati Tanah Bumbu. Setiap sekolah menempatkan empat kader, satu untuk setiap lantai atau sayap gedung.

Kader menerima rompi, peluit dan satu APAR enam kilogram untuk sekolahnya. “Kader ini bukan untuk memadamkan api besar. Tugasnya memastikan tidak ada satu siswa pun tertinggal di kelas,” kata Kepala Dinas Pemadam Kebakaran Tanah Bumbu, Muhammad Yusran Efendi.

Mulai Desember, setiap sekolah wajib menggelar “Jumat Siaga Api”, latihan evakuasi singkat pada Jumat pertama setiap bulan, dengan petugas damkar yang datang bergiliran. (tanbu/hm)""",
  short="Damkar Tanbu kukuhkan 48 kader pelajar siaga api dari 12 SMP Simpang Empat dan Batulicin; mulai Desember ada Jumat Siaga Api tiap bulan.",
  long=None,
  para="""Ampat puluh walu kakanakan SMP di Simpang Empat wan Batulicin dikukuhkan jadi kader siaga api, Senin (16/11) di halaman kantor bupati 👏 Tiap sakulah ampat ikung, dibari rompi, paluit wan satu APAR. Mulai Desember ada Jumat Siaga Api, latihan bukah tiap Jumat partama. #TanahBumbu""",
  looks=[
      ("tbu", "2026-11-16 15:20", """Siang tadi di halaman Kantor Bupati Tanah Bumbu juga ada penyerahan 120 paket seragam bagi murid SD kurang mampu dari Baznas. Ramai banar, orang tua datang mengantar.""",
       "the same yard on the same day, another event (uniform packages from Baznas)"),
      ("tbu", "2026-12-04 09:45", """Jumat Siaga Api perdana di SMP kami pagi ini! 386 siswa turun ke lapangan dalam 6 menit, petugas damkar datang bawa satu unit mobil. Kader kami yang pegang peluit di tiap lantai.""",
       "one school's first monthly drill in December, the next step told as its own news"),
      ("ktb", "2026-11-24 19:10", """Kotabaru kapan ada kader siaga api pelajar kayak di Tanbu? Sekolah anak ulun di Baharu belum pernah latihan kebakaran sama sekali.""",
       "a wish from Kotabaru, no programme there"),
  ])

# ---------------------------------------------------------------- F2 alarm asap pasar
A(id="a04", source="pemkot-banjarmasin", at="2026-11-04 15:30", slug="96-detektor-asap-dan-6-sirine-terpasang-di-pasar-sudimampir",
  title="96 Detektor Asap dan 6 Sirine Terpasang di Pasar Sudimampir",
  text=f"""BANJARMASIN – Pemerintah Kota Banjarmasin memasang 96 detektor asap dan enam sirine kebakaran di empat blok Pasar Sudimampir. Pemasangan senilai Rp640 juta itu selesai {H('3/11')} dan akan diuji coba {H('7/11')} pukul 06.00 Wita sebelum toko buka.

Detektor dipasang di langit-langit lorong dan gudang, tersambung ke panel di kantor pengelola pasar yang dijaga 24 jam. “Sebagian besar kebakaran pasar terjadi malam hari saat tidak ada orang. Sirine ini membangunkan penjaga dan warga sekitar dalam hitungan detik,” kata Kepala Dinas Perdagangan Kota Banjarmasin, Noorlaila Safitri.

Pedagang diminta tidak menutup atau mencabut detektor. Pemkot menyiapkan pemasangan serupa di Pasar Lama pada 2027. (bjm/ds)""",
  short="Pemkot Banjarmasin pasang 96 detektor asap dan 6 sirine di Pasar Sudimampir (Rp640 juta); uji coba Sabtu 7 November pukul 06.00.",
  long="""Pasar Sudimampir sekarang dipasangi 96 detektor asap dan enam sirine kebakaran di empat bloknya. Nilainya Rp640 juta, selesai dipasang 3 November, dan dites Sabtu 7 November jam 6 pagi sebelum toko buka. Detektor di lorong dan gudang tersambung ke panel di kantor pengelola yang dijaga 24 jam. Pedagang diminta jangan menutup atau mencabut detektornya. Tahun 2027 giliran Pasar Lama.""",
  para="""Pasar Sudimampir wayahini sudah baisi 96 detektor asap wan anam sirine 🚨 Mun ada asap malam-malam, sirine babunyi manggugahakan panjaga wan warga. Sabtu isuk jam anam diuji coba, jadi jangan takajut lah dangsanak. Pedagang jangan manutup detektornya. #Sudimampir #Banjarmasin""",
  looks=[
      ("bjm", "2026-11-07 06:25", """Pagi-pagi sudah bunyi sirine di Pasar Lama, ulun kira ada kebakaran, rupanya alarm toko emas korslet. Sudah dimatikan satpam toko. Aman dangsanak.""",
       "a shop's own alarm fault at Pasar Lama on the trial morning, not the Sudimampir sirens"),
      ("bjm", "2026-11-13 11:00", """Dinas Perdagangan Kota hari ini menggelar pasar murah di halaman Pasar Sudimampir: beras SPHP, minyak goreng dan gula. Ada 96 paket sembako untuk lansia pedagang.""",
       "the same office and market with another event; the same figure 96 meaning sembako packages"),
      ("bjm", "2026-11-26 21:40", """Info pedagang: blok C Sudimampir tadi malam ada asap dari kabel kipas, tapi cepat dipadamkan penjaga pakai APAR. Kerusakan kecil, satu lapak kain.""",
       "a small incident at the market later, no facts of the installation"),
  ])

A(id="a05", source="pemkab-tapin", at="2026-11-12 09:50", slug="pasar-binuang-dipasangi-40-detektor-asap",
  title="Pasar Binuang Dipasangi 40 Detektor Asap, Pedagang Bentuk Regu Piket Malam",
  text=f"""BINUANG – Pemkab Tapin memasang 40 detektor asap dan dua sirine di Pasar Binuang. Pemasangan oleh Dinas Koperasi, Usaha Kecil, Perdagangan dan Perindustrian bersama Damkar Tapin itu rampung {H('11/11')}.

Selain alat, 12 pedagang membentuk regu piket malam yang bergiliran tiga orang setiap malam. Mereka dilatih membaca panel alarm dan memakai APAR. “Alat bagus tidak ada artinya kalau tidak ada yang mendengar. Karena itu pedagang sendiri yang berjaga,” kata Kepala Bidang Perdagangan Tapin, Fahriannor Saleh.

Panel alarm ditempatkan di pos keamanan pasar, tepat di samping pintu masuk utama. Regu piket mulai bertugas {H('16/11')} dan jadwalnya ditempel di papan pengumuman pasar. (tapin/ar)""",
  short="Pasar Binuang dipasangi 40 detektor asap dan 2 sirine; 12 pedagang bentuk regu piket malam mulai Senin 16 November.",
  long=None,
  para="""Pasar Binuang dipasangi ampat puluh detektor asap wan dua sirine 🔔 Bubuhan padagang jua maulah regu piket malam, dua walas urang, talu ikung tiap malam. Mulai Senin 16 November bajaga. Mantap Binuang! #Tapin""",
  looks=[
      ("tpn", "2026-11-19 07:40", """Pasar Rantau Baru mulai besok ada ronda malam pedagang juga, tapi ini swadaya paguyuban, 20 orang bergiliran. Belum ada alat pendeteksi asap, baru kentongan.""",
       "another market's own night watch with a kentongan, no detectors"),
      ("tpn", "2026-11-12 16:10", """Bidang Perdagangan Tapin hari ini juga tera ulang 40 timbangan pedagang ikan di Pasar Binuang. Tiga timbangan disegel karena selisih lebih dari 50 gram.""",
       "the same office, market and count (40) with another object: scales"),
      ("tpn", "2026-11-28 22:30", """Malam Minggu piket pasar Binuang, kami bertiga keliling blok sayur. Aman, cuma ada kucing bikin lampu gudang jatuh. Ngopi dulu 😁""",
       "a night of the watch later, no facts of the installation"),
  ],
  before=("tpn", "2026-11-10 17:15", """Ada tukang pasang kabel-kabel putih di langit-langit Pasar Binuang dari kemarin. Kata penjaga itu alat asap. Semoga betul-betul berfungsi.""",
          "workers seen installing before the release; no figures"))

A(id="a06", source="pemkab-hst", at="2026-11-19 13:25", slug="alarm-kebakaran-pasar-barabai-tersambung-ke-pos-damkar",
  title="Alarm Kebakaran Pasar Barabai Tersambung Langsung ke Pos Damkar",
  text=f"""BARABAI – Sebanyak 54 detektor asap di Pasar Barabai kini tersambung langsung ke Pos Pemadam Kebakaran Barabai melalui alarm nirkabel. Sistem itu diresmikan Wakil Bupati Hulu Sungai Tengah, {H('19/11')}.

Begitu detektor menangkap asap, panel di pos damkar menyala dan menunjukkan blok yang terbakar, sehingga regu bisa berangkat tanpa menunggu telepon warga. Pos damkar berjarak sekitar 700 meter dari pasar. “Selisih lima menit menentukan apakah yang terbakar satu kios atau satu blok,” kata Kepala Satpol PP dan Damkar HST, Ahmad Fauzan Rifani.

Dalam dua pekan ke depan petugas akan mencatat alarm palsu untuk menyetel kepekaan alat. Pemkab berencana menyambungkan pasar kecamatan mulai 2027. (hst/sa)""",
  short="54 detektor asap Pasar Barabai kini tersambung nirkabel ke pos damkar yang berjarak 700 meter; diresmikan Wabup HST 19 November.",
  long="""Pasar Barabai punya alarm kebakaran yang langsung terhubung ke pos damkar. Ada 54 detektor asap; kalau satu menangkap asap, panel di Pos Damkar Barabai (sekitar 700 meter dari pasar) menyala dan menunjukkan bloknya, jadi regu bisa berangkat tanpa menunggu telepon. Diresmikan Wakil Bupati HST, Kamis 19 November. Dua pekan ke depan alarm palsu dicatat untuk menyetel alat; pasar kecamatan menyusul 2027.""",
  para="""Pasar Barabai wayahini alarmnya langsung tasambung ka pos damkar 🚒 Limapuluh ampat detektor asap, mun ada asap panel di pos nyala wan kaliatan blok mana. Kada usah manunggu warga batilpun lagi. Diresmikan Wabup Kamis tadi. #HST #Barabai""",
  looks=[
      ("hst", "2026-11-19 20:00", """Wakil Bupati HST hari ini juga meninjau perbaikan jalan di Pandawan, 2,1 km diaspal ulang. Warga minta drainase sekalian diperbaiki.""",
       "the same official on the same day at another event (a road)"),
      ("hst", "2026-11-27 14:00", """Dua kali alarm bunyi di Pasar Barabai minggu ini padahal tidak ada api, kata pedagang karena asap dari tukang sate di blok depan 😅 Petugas sudah datang mengecek.""",
       "complaint about false alarms later; no facts of the launch"),
      ("hst", "2026-11-22 09:10", """Pasar Birayang kapan dapat alarm kayak Barabai? Tahun lalu ada kebakaran 3 kios di sana.""",
       "a wish about another market"),
  ],
  before=("hst", "2026-11-18 19:45", """Kabar dari pedagang, besok wabup datang ke Pasar Barabai, ada peresmian alat apa begitu. Lapak depan disuruh rapi.""",
          "eve rumour of the launch, no facts"))

# ---------------------------------------------------------------- F3 jalur akses damkar
A(id="a07", source="damkar-banjarmasin", at="2026-11-06 16:00", slug="14-gang-di-pekapuran-raya-dan-kelayan-barat-ditandai-jalur-damkar",
  title="14 Gang di Pekapuran Raya dan Kelayan Barat Ditandai Jalur Damkar",
  text=f"""BANJARMASIN – DPKP Kota Banjarmasin menandai 14 gang di Kelurahan Pekapuran Raya dan Kelayan Barat sebagai Jalur Damkar. Pengecatan garis kuning dan pemasangan papan larangan parkir dilakukan {H('5/11')} dan {H('6/11')} bersama ketua RT setempat.

Gang-gang itu dipilih karena selebar 2,5 sampai 3 meter, cukup untuk mobil pemadam kecil, tetapi sering tertutup motor dan gerobak. “Kami pernah kehilangan tujuh menit hanya untuk memindahkan motor di satu gang. Jalur ini harus kosong siang dan malam,” kata Kepala Bidang Operasi DPKP Banjarmasin, Syarifuddin Hadi.

Mulai {H('16/11')}, petugas akan berkeliling sepekan sekali. Kendaraan yang menghalangi jalur akan ditempeli stiker peringatan. (dpkp-bjm/rz)""",
  short="DPKP Banjarmasin tandai 14 gang di Pekapuran Raya dan Kelayan Barat sebagai Jalur Damkar (garis kuning, dilarang parkir), patroli mulai 16 November.",
  long=None,
  para="""Bubuhan Pekapuran Raya wan Kelayan Barat, ada 14 gang nang wayahini dicat garis kuning, JALUR DAMKAR 🚒 Jangan parkir motor atau gerobak di situ lah. Damkar pernah hilang tujuh menit cuma gasan mamindahakan motor. Mulai 16 November ada patroli saminggu sakali. #Banjarmasin""",
  looks=[
      ("bjm", "2026-11-16 10:20", """RT kami di Kelayan Selatan mengecat sendiri garis kuning di gang depan langgar, pakai cat sisa kerja bakti. Belum dari damkar, tapi warga sepakat tidak parkir di situ.""",
       "an RT's own painting in another kelurahan"),
      ("bjm", "2026-11-08 19:00", """Ketua RT se-Kelurahan Pekapuran Raya rapat di aula kelurahan tadi malam membahas pendataan warga penerima bantuan beras. Ada 14 RT yang hadir.""",
       "the same kelurahan and figure 14 (RT) at another meeting"),
      ("bjm", "2026-11-29 15:30", """Tadi siang kebakaran kecil di gang Kelayan, mobil damkar bisa masuk cepat karena jalannya kosong. Satu dapur hangus, penghuni selamat.""",
       "a later fire in the area, an event not the marking"),
  ])

A(id="a08", source="pemkab-kotabaru", at="2026-11-13 10:45", slug="lapak-malam-pasar-kemakmuran-digeser-jalur-damkar-6-meter",
  title="Lapak Malam Pasar Kemakmuran Digeser, Jalur Damkar 6 Meter Dibuka",
  text=f"""KOTABARU – Pemkab Kotabaru menggeser 38 lapak pedagang malam di Pasar Kemakmuran agar jalur selebar enam meter di sisi timur pasar selalu bisa dilalui mobil pemadam. Penataan mulai berlaku {H('16/11')}.

Lapak dipindah ke lahan parkir sisi barat yang sudah diberi lampu dan atap terpal. Pedagang tidak dipungut biaya tambahan. “Waktu kebakaran tahun lalu mobil kami tertahan di mulut jalan. Kami tidak mau itu terulang,” kata Kepala UPT Pemadam Kebakaran Kotabaru, Andi Rahmat Syahputra, saat rapat dengan paguyuban pedagang, {H('12/11')}.

Pekan pertama, petugas pasar dan damkar berjaga mulai pukul 17.00 untuk membantu pedagang menata gerobak di lokasi baru. (ktb/yn)""",
  short="Mulai Senin 16 November, 38 lapak malam Pasar Kemakmuran Kotabaru digeser ke parkiran barat agar jalur damkar 6 meter tetap kosong.",
  long="""Pedagang malam Pasar Kemakmuran pindah tempat. Mulai Senin 16 November, 38 lapak digeser ke lahan parkir sisi barat yang sudah diberi lampu dan terpal, tanpa biaya tambahan. Tujuannya jalur enam meter di sisi timur pasar selalu bisa dilewati mobil pemadam; tahun lalu mobil damkar sempat tertahan di mulut jalan. Pekan pertama, petugas pasar dan damkar berjaga dari jam 5 sore membantu penataan.""",
  para="""Dangsanak padagang malam Pasar Kemakmuran, mulai Senin 16 November lapak pindah ka parkiran subalah barat lah 🙏 Talu puluh walu lapak digeser supaya jalan anam meter gasan mubil damkar kada tatutup. Kada dibayar tambahan jar. #Kotabaru""",
  looks=[
      ("ktb", "2026-11-17 21:15", """Malam kedua di parkiran barat Pasar Kemakmuran, pembeli masih bingung mencari lapak nasi kuning langganan. Tapi jalan sebelah timur memang lega sekarang.""",
       "a later night's impressions at the new site, no facts of the decision"),
      ("ktb", "2026-11-20 11:30", """Pasar Kemakmuran mulai Desember tarif retribusi kebersihan naik jadi Rp3.000 per hari per lapak, kata pengelola. Pedagang minta ditunda.""",
       "the same market with another matter (cleaning fee)"),
      ("tbu", "2026-11-25 18:00", """Pasar malam Batulicin juga ditata, 38 gerobak dipindah ke Jalan Raya Batulicin sisi kiri karena proyek drainase. Sementara sampai Januari.""",
       "another kabupaten's market, same figure 38, other reason (drainage work)"),
  ])

A(id="a09", source="pemkab-balangan", at="2026-11-23 15:10", slug="tiga-lorong-pasar-paringin-dilebarkan-untuk-mobil-pemadam",
  title="Tiga Lorong Pasar Paringin Dilebarkan untuk Mobil Pemadam",
  text=f"""PARINGIN – Pemkab Balangan melebarkan tiga lorong utama Pasar Paringin dari dua meter menjadi empat meter agar mobil pemadam dapat masuk hingga ke tengah pasar. Pekerjaan dimulai {H('23/11')} dan ditargetkan selesai dalam 12 hari.

Emperan kios yang menjorok ke lorong dipotong, sementara 16 pedagang yang terdampak mendapat tempat di blok baru. Dua titik kumpul evakuasi juga disiapkan di depan masjid pasar dan di lapangan parkir. “Pasar ini sekarang ramai sampai malam. Kalau terjadi kebakaran, mobil kami harus bisa sampai ke sumber api, bukan berhenti di jalan raya,” kata Sekretaris Daerah Balangan, Hairiadi Mukhlis.

Setelah selesai, lorong akan diberi marka dan diuji dengan masuknya satu unit mobil pemadam. (blg/hn)""",
  short="Pemkab Balangan lebarkan 3 lorong Pasar Paringin dari 2 jadi 4 meter untuk mobil pemadam, mulai 23 November, target 12 hari.",
  long=None,
  para="""Pasar Paringin lagi digawi, talu lurung dilebarakan matan dua meter jadi ampat meter supaya mubil pemadam kawa masuk sampai ka tangah pasar 🚒 Anam walas padagang dipindah ka blok hanyar. Target tuntung dua walas hari. #Balangan""",
  looks=[
      ("blg", "2026-11-23 20:30", """Sekda Balangan siang ini juga membuka lomba masak nasi sop antar-PKK kecamatan di Gedung Pertemuan Paringin. Juara satu dari Awayan.""",
       "the same official on the same day at another event"),
      ("blg", "2026-12-05 10:00", """Uji coba mobil pemadam masuk lorong Pasar Paringin tadi pagi lancar, sampai ke depan masjid pasar dalam dua menit. Pedagang bertepuk tangan 👏""",
       "the test run after the work, the next step told as its own news"),
      ("blg", "2026-11-26 08:50", """Di Juai pasar kami juga sempit, lorongnya kada sampai dua meter. Mudahan tahun depan giliran Juai dilebarakan.""",
       "a wish from another market, no programme"),
  ])

# ---------------------------------------------------------------- F4 APAR kendaraan, isi ulang, bola pemadam
A(id="a10", source="pemkot-banjarbaru", at="2026-11-03 14:40", slug="damkar-dan-dishub-periksa-apar-86-angkutan-umum",
  title="Damkar dan Dishub Periksa APAR di 86 Angkutan Umum, 31 Tak Layak",
  text=f"""BANJARBARU – Dinas Pemadam Kebakaran dan Penyelamatan bersama Dinas Perhubungan Kota Banjarbaru memeriksa alat pemadam api ringan (APAR) di 86 angkutan umum, {H('3/11')}. Pemeriksaan menyasar mobil travel, angkutan kota dan bus antar-jemput sekolah di tiga pangkalan.

Hasilnya, 31 kendaraan tidak layak: 19 tanpa APAR sama sekali, sementara 12 membawa tabung yang kedaluwarsa atau tekanannya nol. Kendaraan yang lolos ditempeli stiker “APAR Siap”. “Kebakaran mobil biasanya berawal dari korsleting kecil. Satu tabung dua kilogram sudah cukup kalau sopir tahu cara memakainya,” kata Kepala Bidang Pencegahan Damkar Banjarbaru, Indra Maulana Putra.

Pemilik 31 kendaraan diberi waktu hingga 30 November untuk melengkapi APAR sebelum diperiksa ulang. (bjb/ws)""",
  short="Damkar-Dishub Banjarbaru periksa APAR 86 angkutan umum, 31 tak layak (19 tanpa APAR, 12 kedaluwarsa); batas melengkapi 30 November.",
  long="""Banjarbaru memeriksa APAR di angkutan umum. Selasa 3 November, Damkar dan Dishub mengecek 86 kendaraan (travel, angkot, bus antar-jemput sekolah) di tiga pangkalan. Ada 31 yang tidak layak: 19 tidak punya APAR, 12 tabungnya kedaluwarsa atau tekanannya nol. Yang lolos dapat stiker "APAR Siap". Pemilik 31 kendaraan itu harus melengkapi APAR paling lambat 30 November, lalu diperiksa ulang.""",
  para="""Bubuhan sopir travel wan angkot Banjarbaru, damkar wan dishub mamariksa APAR di mubil 🚐🧯 Matan 86 mubil, 31 kada layak, ada nang kada baisi APAR, ada nang tabungnya kadaluwarsa. Dibari waktu sampai 30 November. Nang lulus dapat stiker APAR Siap. #Banjarbaru""",
  looks=[
      ("bjb", "2026-12-01 10:00", """Pemeriksaan ulang APAR angkutan di pangkalan Guntung Manggis pagi ini, dari 31 kendaraan yang kemarin gagal sudah 24 yang lengkap. Tujuh belum datang.""",
       "the re-inspection in December, a later step told with its own figures"),
      ("bjb", "2026-11-10 09:30", """Dishub Banjarbaru uji KIR massal 86 angkutan kota di terminal hari ini: rem, lampu dan ban. Sembilan kendaraan harus kembali pekan depan.""",
       "the same office and figure 86 with another check (KIR, brakes and lights)"),
      ("bjr", "2026-11-18 14:20", """Sopir travel Martapura-Banjarmasin kami sepakat patungan beli APAR 2 kg untuk tiap mobil setelah kejadian mobil terbakar di Gambut bulan lalu. Ada 12 mobil di pangkalan kami.""",
       "drivers' own initiative in Banjar, no inspection"),
  ],
  before=("bjb", "2026-11-02 20:40", """Info grup sopir: besok pagi ada pemeriksaan di pangkalan, siapkan surat-surat dan tabung pemadam kalau ada. Katanya dari damkar sama dishub.""",
          "drivers' eve notice before the release, no results"))

A(id="a11", source="pemkab-hss", at="2026-11-10 11:15", slug="150-apar-warung-makan-kandangan-diisi-ulang-gratis",
  title="150 APAR Warung Makan di Kandangan Diisi Ulang Gratis",
  text=f"""KANDANGAN – Damkar Hulu Sungai Selatan mengisi ulang secara gratis 150 alat pemadam api ringan (APAR) milik warung makan dan rumah makan di Kandangan. Layanan dibuka {H('17/11')} sampai {H('19/11')} di halaman Gedung Wanita Kandangan, pukul 08.00–14.00 Wita.

Pemilik warung cukup membawa tabung yang sudah kedaluwarsa atau kosong. Pengisian dikerjakan teknisi damkar dan rekanan, lalu tabung diberi label tanggal isi ulang. Kuota 150 tabung berlaku untuk ukuran tiga kilogram ke bawah. “Banyak warung punya APAR, tapi isinya sudah mengeras karena tak pernah diisi ulang sejak dibeli,” kata Kepala Bidang Damkar HSS, Gusti Rizal Mahmudi.

Pendaftaran melalui kantor kelurahan paling lambat {H('14/11')}. (hss/ln)""",
  short="Damkar HSS isi ulang gratis 150 APAR warung makan Kandangan, 17–19 November di Gedung Wanita; daftar di kelurahan sampai 14 November.",
  long=None,
  para="""Pian nang bajualan nasi di Kandangan, APAR di warung sudah kadaluwarsa kah? Bawa haja ka halaman Gedung Wanita 17–19 November, diisi ulang gratis ulih damkar 🧯 Kuotanya saratus limapuluh tabung, daftar di kalurahan sampai 14 November. #HSS #Kandangan""",
  looks=[
      ("hss", "2026-11-18 12:00", """Di halaman Gedung Wanita Kandangan juga ada bazar UMKM PKK sampai Kamis, 40 stand dodol, kue dan kerajinan. Mampir lah.""",
       "the same venue and days with another event (a PKK bazaar)"),
      ("hss", "2026-11-25 16:30", """Ada yang menawarkan isi ulang APAR keliling di Angkinang, Rp85 ribu per tabung, ngaku dari damkar. Hati-hati, yang gratis kemarin cuma di Gedung Wanita dan sudah selesai.""",
       "a warning about a paid peddler claiming to be damkar, explicitly not the free service"),
      ("hss", "2026-11-11 13:10", """Rumah makan kami di Jalan Aluh Idut sudah beli 2 APAR baru bulan ini, 6 kg. Harganya lumayan, tapi demi aman.""",
       "a restaurant's own purchase"),
  ])

A(id="a12", source="pemkab-batola", at="2026-11-18 10:05", slug="240-bola-pemadam-untuk-rumah-kayu-di-tepian-sungai-barito",
  title="240 Bola Pemadam untuk Rumah Kayu di Tepian Sungai Barito",
  text=f"""MARABAHAN – Pemkab Barito Kuala membagikan 240 bola pemadam api kepada warga rumah kayu di tepian Sungai Barito, Kelurahan Marabahan Kota dan Desa Ulu Benteng, {H('18/11')}. Setiap rumah menerima satu bola seberat 1,3 kilogram.

Bola dipasang di dinding dekat dapur. Jika terkena api, bola pecah sendiri dan menyemburkan serbuk pemadam dalam beberapa detik. “Rumah kayu yang berdempetan bisa habis dalam sepuluh menit. Bola ini membeli waktu sampai mobil pemadam tiba,” kata Kepala Pelaksana Damkar Barito Kuala, Hendra Saputra Yamani.

Petugas damkar akan memasang bola dan menjelaskan cara kerjanya dari rumah ke rumah hingga 28 November. Desa lain di tepian sungai didata untuk tahap berikutnya. (batola/ed)""",
  short="Pemkab Batola bagikan 240 bola pemadam ke rumah kayu tepian Sungai Barito di Marabahan Kota dan Ulu Benteng; dipasang hingga 28 November.",
  long="""Warga rumah kayu di tepi Sungai Barito, Marabahan Kota dan Ulu Benteng, dapat bola pemadam api. Total 240 bola (satu per rumah, 1,3 kg) dibagikan Rabu 18 November. Bola dipasang di dinding dekat dapur; kalau kena api akan pecah sendiri dan menyemburkan serbuk pemadam. Petugas damkar memasang dan menjelaskan dari rumah ke rumah sampai 28 November. Desa tepian sungai lain sedang didata untuk tahap berikutnya.""",
  para="""Rumah kayu di pinggir Sungai Barito, Marabahan Kota wan Ulu Benteng, dibari bola pemadam ulih damkar ⚽🔥 Duaratus ampat puluh bigi, satu rumah satu. Mun kana api, bolanya pacah saurang wan manyambur sarbuk. Dipasang di dinding parak dapur. #Batola #Marabahan""",
  looks=[
      ("btl", "2026-11-21 09:00", """Warga Tabunganen tanya, kami juga rumah kayu di pinggir sungai, kapan dapat bola pemadam? Belum ada pendataan di desa kami.""",
       "a village not included asking about it"),
      ("btl", "2026-11-18 15:40", """Pemkab Batola hari ini membagikan 240 paket sembako bagi korban angin puting beliung di Jejangkit. Bantuan diserahkan di balai desa.""",
       "the same day and figure 240 meaning sembako packages for storm victims"),
      ("btl", "2026-11-30 19:20", """Bola pemadam di rumah tetangga jatuh dari paku, kakanakan mengira bola mainan 😅 Untung tidak pecah. Ingatkan anak-anak ya.""",
       "an anecdote later, no facts of the programme"),
  ])

# ---------------------------------------------------------------- F5 keselamatan pertamini
A(id="a13", source="pemkab-banjar", at="2026-11-05 15:50", slug="damkar-periksa-64-pertamini-di-martapura-dan-astambul",
  title="Damkar Periksa 64 Pertamini di Martapura dan Astambul",
  text=f"""MARTAPURA – Damkar Kabupaten Banjar bersama Dinas Perdagangan memeriksa 64 kios bensin eceran jenis pertamini di Kecamatan Martapura dan Astambul, {H('4/11')} dan {H('5/11')}. Pemeriksaan menyasar keselamatan, bukan takaran.

Petugas menemukan 19 kios tidak memiliki APAR, tujuh kios berjarak kurang dari tiga meter dari kompor warung, dan lima kios menyimpan jeriken di dalam rumah. “Pertamini itu menyimpan puluhan liter bensin di pinggir jalan. Kami tidak melarang usahanya, tetapi syarat aman harus dipenuhi,” kata Kepala Damkar Kabupaten Banjar, Rudiansyah Mawardi.

Pemilik kios diberi surat pembinaan dan waktu dua pekan untuk memenuhi syarat. Pemeriksaan berikutnya akan menyasar Kecamatan Gambut dan Kertak Hanyar. (banjar/mf)""",
  short="Damkar Banjar periksa keselamatan 64 pertamini di Martapura dan Astambul: 19 tanpa APAR, 7 terlalu dekat kompor, 5 simpan jeriken di rumah.",
  long="""Damkar Kabupaten Banjar dan Dinas Perdagangan mengecek keselamatan 64 pertamini di Martapura dan Astambul pada 4–5 November. Yang dicek bukan takaran, tapi keamanan: 19 kios tidak punya APAR, 7 kios kurang dari 3 meter dari kompor warung, dan 5 kios menyimpan jeriken bensin di dalam rumah. Pemilik diberi surat pembinaan dan dua pekan untuk membenahi. Berikutnya giliran Gambut dan Kertak Hanyar.""",
  para="""Pertamini di Martapura wan Astambul diparaksa damkar ⛽🧯 Matan 64 kios, 19 kada baisi APAR, 7 parak banar wan kumpur warung, 5 manyimpan jeriken di dalam rumah. Kada dilarang bajualan, tapi musti aman. Dibari waktu dua minggu. #Banjar #Martapura""",
  looks=[
      ("bjr", "2026-11-24 10:30", """Hari ini damkar dan disperindag keliling pertamini Gambut, 22 kios didatangi, 6 belum punya APAR. Pemilik diberi surat yang sama dengan di Martapura.""",
       "the Gambut round later, the next step told with its own figures"),
      ("bjr", "2026-11-12 17:00", """Disperindag Banjar tera ulang nozzle pertamini di Astambul, 3 kios kurang takaran 100 ml per liter. Langsung disegel sementara.""",
       "the same office and kiosks checked for measurement, not safety"),
      ("bjr", "2026-11-09 21:30", """Innalillahi, pertamini di pinggir jalan Sungai Tabuk terbakar sore tadi, diduga kena percikan dari knalpot. Satu motor ikut hangus, tidak ada korban.""",
       "an actual fire at a kiosk in another kecamatan"),
  ])

A(id="a14", source="pemkab-hsu", at="2026-11-17 10:35", slug="40-kios-bensin-botol-di-amuntai-wajib-pakai-rak-besi",
  title="40 Kios Bensin Botol di Amuntai Wajib Pakai Rak Besi",
  text=f"""AMUNTAI – Pemkab Hulu Sungai Utara meminta 40 kios bensin botol di Kecamatan Amuntai Tengah dan Amuntai Selatan mengganti rak kayu dengan rak besi paling lambat 15 Desember. Kesepakatan itu diambil dalam pertemuan dengan pemilik kios di Aula Kantor Camat Amuntai Tengah, {H('16/11')}.

Selain rak, kios wajib menyediakan pasir satu ember dan tidak menjual bensin di dekat tungku atau kompor. Damkar HSU menyiapkan 40 stiker “Kios Aman Api” untuk kios yang memenuhi syarat. “Botol bensin di rak kayu di bawah matahari itu sama dengan bom kecil. Rak besi jauh lebih aman,” ujar Kepala Bidang Pemadam Kebakaran HSU, Rusdiansyah Noor.

Petugas akan mengecek kios satu per satu mulai {H('16/12')}. (hsu/nf)""",
  short="HSU minta 40 kios bensin botol di Amuntai Tengah dan Amuntai Selatan ganti rak kayu dengan rak besi paling lambat 15 Desember.",
  long=None,
  para="""Bubuhan nang bajualan bensin botol di Amuntai, raknya musti diganti rak basi sabalum 15 Desember lah ⛽ Ampat puluh kios nang kana. Musti ada pasir saimbar jua, wan jangan bajualan parak tungku. Nang lulus dapat stiker Kios Aman Api. #HSU""",
  looks=[
      ("hsu", "2026-11-16 20:10", """Aula Kantor Camat Amuntai Tengah tadi juga dipakai rapat persiapan lomba perahu hias Hari Jadi, 40 peserta mendaftar. Latihan mulai minggu depan.""",
       "the same hall and day, another meeting; the same figure 40"),
      ("hsu", "2026-12-02 11:45", """Tukang las di Babirik kebanjiran pesanan rak besi bensin botol, katanya dari pedagang Amuntai semua 😄 Satu rak Rp350 ribu.""",
       "a welder's anecdote later, no facts of the rule"),
      ("hsu", "2026-11-20 08:20", """Ada yang bilang kios bensin botol di Alabio mau ditutup semua sama pemda. Benar kah? Belum ada pengumuman resmi yang ulun baca.""",
       "a rumour of closure, denied/unconfirmed"),
  ])

A(id="a15", source="pemkab-tanbu", at="2026-11-24 14:15", slug="tiga-pertamini-di-satui-ditutup-sementara",
  title="Tiga Pertamini di Satui Ditutup Sementara Usai Pemeriksaan Damkar",
  text=f"""SATUI – Dinas Pemadam Kebakaran Tanah Bumbu menutup sementara tiga kios pertamini di Kecamatan Satui setelah memeriksa 28 kios di sepanjang jalan provinsi, {H('23/11')} dan {H('24/11')}. Ketiganya berada di dalam bangunan tempat tinggal dan menyimpan lebih dari 200 liter bensin.

Sebanyak 25 kios lain boleh tetap berjualan, tetapi 11 di antaranya wajib menambah APAR dalam sepekan. “Penutupan ini sementara. Begitu tangki dipindah keluar rumah dan ada APAR, kios boleh buka lagi,” kata Kepala Dinas Pemadam Kebakaran Tanah Bumbu, Muhammad Yusran Efendi.

Pemilik kios yang ditutup juga diminta mengurus ulang izin usaha di kecamatan. Pemeriksaan di Kecamatan Angsana dan Sungai Loban dijadwalkan pada pekan kedua Desember. (tanbu/hm)""",
  short="Damkar Tanbu tutup sementara 3 pertamini di Satui (tangki di dalam rumah, >200 liter) dari 28 yang diperiksa; 11 wajib tambah APAR.",
  long=None,
  para="""Talu pertamini di Satui ditutup sampai sementara ulih damkar 🚫⛽ Tangkinya di dalam rumah, labih duaratus liter. Matan 28 kios nang diparaksa, 25 kawa tatap bajualan tapi 11 musti manambah APAR saminggu. #TanahBumbu #Satui""",
  looks=[
      ("tbu", "2026-11-29 10:10", """Pertamini dekat rumah kami di Sungai Danau sudah buka lagi, tangkinya dipindah ke depan dan ada APAR baru. Kata pemilik sudah dicek ulang damkar kemarin.""",
       "one kiosk reopening later, a follow-up told on its own"),
      ("tbu", "2026-12-05 15:00", """Hari ini damkar ke Angsana periksa kios bensin, 17 kios, semua diminta pasang APAR. Tidak ada yang ditutup.""",
       "the Angsana round in December with its own figures"),
      ("tbu", "2026-11-24 18:30", """Antrean solar di SPBU Satui panjang lagi sore ini, truk sampai ke jembatan. Katanya stok baru masuk besok pagi.""",
       "same place and day, fuel queue at an SPBU, not the inspection"),
  ],
  before=("tbu", "2026-11-22 16:00", """Besok katanya ada pemeriksaan pertamini sepanjang jalan Satui. Pemilik kios di grup RT disuruh siapkan izin usaha.""",
          "eve notice before the inspection, no results"))

# ---------------------------------------------------------------- F6 relawan BPK: perlindungan, tertib, sertifikasi
A(id="a16", source="pemkot-banjarmasin", at="2026-11-09 13:00", slug="1400-relawan-bpk-banjarmasin-dilindungi-bpjs-ketenagakerjaan",
  title="1.400 Relawan BPK Banjarmasin Dilindungi BPJS Ketenagakerjaan",
  text=f"""BANJARMASIN – Sebanyak 1.400 relawan dari 86 Barisan Pemadam Kebakaran (BPK) swasta di Banjarmasin akan dilindungi BPJS Ketenagakerjaan mulai 1 Desember 2026. Kesepakatan ditandatangani Wali Kota Banjarmasin dan BPJS Ketenagakerjaan Cabang Banjarmasin, {H('9/11')}, di Balai Kota.

Iuran jaminan kecelakaan kerja dan jaminan kematian sebesar Rp16.800 per relawan setiap bulan dibayar dari APBD. “Relawan BPK datang paling cepat ke lokasi kebakaran, tanpa dibayar. Paling tidak, kalau mereka celaka, keluarganya tidak ditinggal sendirian,” kata Wali Kota Banjarmasin.

Setiap BPK diminta menyerahkan daftar anggota beserta fotokopi KTP ke DPKP paling lambat 25 November. Relawan yang tidak terdaftar tidak bisa diikutkan, dan daftar akan diperbarui setiap enam bulan. (bjm/ds)""",
  short="1.400 relawan dari 86 BPK Banjarmasin ikut BPJS Ketenagakerjaan mulai 1 Desember, iuran Rp16.800/bulan dari APBD; daftar anggota ke DPKP sampai 25 November.",
  long="""Relawan pemadam swasta di Banjarmasin mendapat perlindungan. Sebanyak 1.400 relawan dari 86 BPK didaftarkan ke BPJS Ketenagakerjaan (jaminan kecelakaan kerja dan kematian) mulai 1 Desember 2026. Iurannya Rp16.800 per orang per bulan, dibayar APBD. Kesepakatan diteken Wali Kota dan BPJS Ketenagakerjaan di Balai Kota, Senin 9 November. Setiap BPK wajib menyetor daftar anggota dan fotokopi KTP ke DPKP paling lambat 25 November.""",
  para="""Kabar baik gasan bubuhan relawan BPK Banjarmasin 🚒🙏 Saribu ampat ratus urang matan 86 BPK dibayarakan BPJS Ketenagakerjaan ulih pemkot mulai 1 Desember. Iurannya Rp16.800 sabulan, APBD nang mambayar. Daftar anggota wan KTP musti masuk ka DPKP sabalum 25 November lah! #BPK #Banjarmasin""",
  looks=[
      ("bjm", "2026-11-09 19:20", """Di Balai Kota tadi siang juga ada penyerahan santunan BPJS Ketenagakerjaan untuk ahli waris tiga pekerja informal, masing-masing Rp42 juta. Diserahkan langsung wali kota.""",
       "the same hall and day, death-benefit hand-over to informal workers"),
      ("bjm", "2026-11-22 14:00", """BPK kami di Sungai Jingah sudah ada asuransi swadaya sejak 2024, iuran anggota Rp10 ribu sebulan, dikelola bendahara. Tahun ini 58 anggota.""",
       "a BPK's own self-funded insurance scheme"),
      ("bjm", "2026-11-27 20:45", """Pendataan anggota BPK untuk BPJS katanya diperpanjang? Ada yang tahu benar kah? Di grup kami belum ada surat resmi, jangan sampai telat.""",
       "a rumour of an extended deadline, unconfirmed"),
  ])

A(id="a17", source="damkar-banjarmasin", at="2026-11-20 15:45", slug="tata-tertib-armada-bpk-berlaku-1-desember",
  title="Tata Tertib Armada BPK Berlaku 1 Desember, Maksimal Tiga Unit per BPK",
  text=f"""BANJARMASIN – DPKP Kota Banjarmasin memberlakukan tata tertib baru armada Barisan Pemadam Kebakaran (BPK) mulai 1 Desember 2026. Aturan itu disosialisasikan kepada ketua BPK se-Banjarmasin di aula Markas DPKP, {H('19/11')}.

Isinya antara lain: setiap BPK paling banyak mengirim tiga unit ke satu lokasi, kecepatan di jalan kota paling tinggi 40 kilometer per jam, semua unit wajib memakai frekuensi Radio Komando, dan sirine hanya dibunyikan saat menuju lokasi. “Yang sering terjadi, jalan macet oleh mobil pemadam sendiri. Api padam lebih cepat kalau kita tertib,” kata Kepala DPKP Banjarmasin, Hairil Anwar Fadli.

BPK yang melanggar tiga kali akan dibekukan izin operasionalnya selama sebulan. (dpkp-bjm/rz)""",
  short="Mulai 1 Desember, BPK Banjarmasin maksimal kirim 3 unit per lokasi, kecepatan 40 km/jam, wajib Radio Komando; tiga kali melanggar dibekukan sebulan.",
  long="""DPKP Banjarmasin membuat tata tertib armada BPK yang berlaku 1 Desember 2026. Poinnya: tiap BPK maksimal tiga unit ke satu lokasi kebakaran, kecepatan di jalan kota paling tinggi 40 km/jam, semua unit memakai frekuensi Radio Komando, dan sirine hanya saat menuju lokasi. Sosialisasi ke ketua-ketua BPK dilakukan Kamis 19 November di aula markas. Melanggar tiga kali, izin operasional BPK dibekukan sebulan.""",
  para="""Bubuhan BPK Banjarmasin, mulai 1 Desember ada aturan hanyar 🚒📻 Satu BPK paling banyak talu unit ka satu lokasi, laju paling kancang 40 km/jam, wajib Radio Komando, sirine cuma pas manuju lokasi haja. Mun talu kali malanggar, dibekukan sabulan. Tertib kita lah! #BPK #Banjarmasin""",
  looks=[
      ("bjm", "2026-12-02 23:10", """Malam ini kebakaran di Pemurus, BPK yang datang tertib banar, masing-masing cuma bawa beberapa unit dan semua di satu frekuensi. Api padam 25 menit.""",
       "a fire after the rules started, an event not the rules"),
      ("bjm", "2026-11-19 21:00", """Aula Markas DPKP tadi pagi dipakai pelantikan pengurus Forum Komunikasi BPK periode 2026–2029, ketua terpilih dari BPK Kelayan. Selamat bertugas!""",
       "the same hall and day, another event (a forum's inauguration)"),
      ("bjb", "2026-11-28 10:40", """Damkar Banjarbaru juga mau bikin aturan konvoi relawan? Kemarin di Landasan Ulin ada mobil relawan hampir menabrak pengendara. Belum ada info resmi.""",
       "a question about another city, no rules there"),
  ])

A(id="a18", source="pemkot-banjarbaru", at="2026-11-11 10:25", slug="320-relawan-damkar-banjarbaru-terima-kartu-bpjs-dan-helm",
  title="320 Relawan Damkar Banjarbaru Terima Kartu BPJS Ketenagakerjaan dan Helm",
  text=f"""BANJARBARU – Wali Kota Banjarbaru menyerahkan kartu BPJS Ketenagakerjaan kepada 320 relawan pemadam dari 24 BPK dan kelompok relawan kebakaran, {H('11/11')}, di Lapangan Murjani. Relawan juga menerima helm dan sarung tangan tahan panas.

Perlindungan jaminan kecelakaan kerja dan kematian itu berlaku setahun penuh sejak November dan dibayar dari APBD Kota. Helm dan sarung tangan dibagikan satu set untuk setiap relawan yang hadir. “Musim kemarau kemarin relawan ikut memadamkan kebakaran lahan berhari-hari. Mereka pantas mendapat perlindungan,” kata Kepala Damkar Banjarbaru, Ahmad Zainuddin Noor.

Penyerahan disaksikan para lurah dan ketua BPK. Relawan yang baru bergabung dapat didaftarkan pada gelombang kedua, Februari 2027, melalui kelurahan masing-masing. (bjb/ws)""",
  short="320 relawan dari 24 BPK/kelompok relawan Banjarbaru terima kartu BPJS Ketenagakerjaan, helm dan sarung tangan di Lapangan Murjani, 11 November.",
  long=None,
  para="""Talu ratus dua puluh relawan damkar Banjarbaru dapat kartu BPJS Ketenagakerjaan wan helm 🪖🔥 Diserahakan wali kota di Lapangan Murjani, Rabu tadi. Satahun panuh, APBD nang mambayar. Relawan hanyar kawa badaftar Februari 2027 lewat kalurahan. #Banjarbaru""",
  looks=[
      ("bjb", "2026-11-11 17:30", """Lapangan Murjani sore ini ramai senam massal lansia se-Banjarbaru, 320 peserta, dalam rangka Hari Kesehatan Nasional.""",
       "same venue and day; the same figure 320 meaning senam participants"),
      ("bjb", "2026-11-30 09:00", """Relawan kelompok kami di Cempaka belum terdaftar BPJS karena SK kelompok baru terbit Oktober. Kata kelurahan ikut gelombang Februari.""",
       "a group left out, told later; no facts of the hand-over"),
      ("bjr", "2026-11-25 13:15", """Relawan damkar di Martapura minta disamakan dengan Banjarbaru, dapat BPJS juga. Sudah dibawa ke musrenbang kecamatan.""",
       "a request in another kabupaten"),
  ])

A(id="a19", source="pemkab-hst", at="2026-11-05 16:20", slug="41-dari-48-relawan-bpk-barabai-dinyatakan-kompeten",
  title="41 dari 48 Relawan BPK Barabai Dinyatakan Kompeten",
  text=f"""BARABAI – Sebanyak 41 dari 48 relawan Barisan Pemadam Kebakaran (BPK) di Barabai dinyatakan kompeten dalam uji kompetensi pemadam tingkat dasar, {H('4/11')} dan {H('5/11')}. Uji digelar Lembaga Sertifikasi Profesi bersama Satpol PP dan Damkar Hulu Sungai Tengah di lapangan Pos Damkar Barabai.

Peserta diuji memasang selang, mengoperasikan pompa portabel, memadamkan api kelas A dan B, serta menyelamatkan korban dari ruang berasap. Tujuh relawan belum kompeten pada materi pompa. “Sertifikat ini membuat relawan diakui, bukan sekadar ikut-ikutan. Mereka bisa direkrut sebagai tenaga pemadam,” kata Kepala Satpol PP dan Damkar HST, Ahmad Fauzan Rifani.

Tujuh relawan itu dapat mengikuti uji ulang pada Januari 2027. (hst/sa)""",
  short="41 dari 48 relawan BPK Barabai lulus uji kompetensi pemadam tingkat dasar, 4–5 November; 7 lainnya uji ulang Januari 2027.",
  long=None,
  para="""Alhamdulillah, ampat puluh satu matan ampat puluh walu relawan BPK Barabai dinyatakan kompeten 🎖️ Diuji masang selang, mambawa pompa, mamadamakan api wan manyalamatakan urang di ruangan baasap. Pitu urang musti ulang Januari. #HST #Barabai""",
  looks=[
      ("hst", "2026-11-14 08:30", """Uji kompetensi 48 operator ekskavator di Barabai digelar LSP pekan depan, peserta dari proyek jalan dan tambang galian C.""",
       "the same LSP and figure 48 with another profession"),
      ("hst", "2026-11-06 18:45", """BPK Batu Benawa latihan gabungan tadi sore, 26 anggota pakai pompa baru hasil swadaya warga. Belum ikut sertifikasi, insya Allah tahun depan.""",
       "a BPK's own exercise in another kecamatan"),
      ("hst", "2026-11-28 11:00", """Pos Damkar Barabai hari ini menerima kunjungan 60 murid TK. Anak-anak naik mobil pemadam dan mencoba selang kecil.""",
       "the same venue later, a kindergarten visit"),
  ])

# ---------------------------------------------------------------- F7 personel damkar
A(id="a20", source="bpsdm-kalsel", at="2026-11-02 13:35", slug="90-petugas-damkar-13-kabupaten-kota-ikuti-diklat-pemadam-tingkat-i",
  title="90 Petugas Damkar dari 13 Kabupaten/Kota Ikuti Diklat Pemadam Tingkat I",
  text=f"""BANJARBARU – Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Kalimantan Selatan menggelar Diklat Pemadam Kebakaran Tingkat I bagi 90 petugas dari 13 kabupaten/kota. Diklat dibuka {H('9/11')} dan berlangsung hingga {H('20/11')} di kampus BPSDM Banjarbaru.

Materi mencakup teori api, hidrolika, pemadaman gedung bertingkat, penyelamatan dan penggunaan alat pelindung pernapasan. Sepertiga waktu dipakai praktik di menara latihan. “Banyak petugas damkar bekerja bertahun-tahun tanpa pernah diklat resmi. Tahun ini kami kejar agar setiap kabupaten punya regu bersertifikat,” kata Kepala BPSDM Kalsel, Khairul Saleh Wardhana.

Peserta yang lulus berhak menjadi pemadam pemula bersertifikat. Setiap kabupaten/kota mengirim enam sampai delapan peserta. Diklat Tingkat II dijadwalkan pada Maret 2027. (bpsdm/kl)""",
  short="BPSDM Kalsel gelar Diklat Pemadam Tingkat I untuk 90 petugas damkar dari 13 kabupaten/kota, 9–20 November di kampus BPSDM Banjarbaru.",
  long="""Sebanyak 90 petugas damkar dari seluruh 13 kabupaten/kota di Kalsel ikut Diklat Pemadam Kebakaran Tingkat I yang digelar BPSDM Provinsi, 9 sampai 20 November di kampus BPSDM Banjarbaru. Materinya teori api, hidrolika, pemadaman gedung bertingkat, penyelamatan dan alat bantu napas; sepertiga waktunya praktik di menara latihan. Yang lulus jadi pemadam pemula bersertifikat. Tingkat II dijadwalkan Maret 2027.""",
  para="""Sembilan puluh patugas damkar matan 13 kabupaten/kota baajar di BPSDM Banjarbaru, 9 sampai 20 November 🔥📚 Diklat Pemadam Tingkat I, ada praktik di manara latihan jua. Mun lulus dapat sertifikat pemadam pemula. Tingkat II Maret 2027. #Kalsel #Damkar""",
  looks=[
      ("bjb", "2026-11-23 10:00", """Penutupan diklat di kampus BPSDM: dari 90 peserta, 86 lulus, 4 harus mengulang praktik menara. Peserta terbaik dari Tabalong. Selamat bertugas!""",
       "the closing result later, its own figures"),
      ("bjb", "2026-11-10 14:30", """Kampus BPSDM Banjarbaru pekan ini juga menggelar Latsar CPNS angkatan 14, 90 peserta dari Pemprov. Jadi ramai banar di asrama.""",
       "the same campus, same week and figure 90, another course (CPNS)"),
      ("tla", "2026-11-12 08:40", """Petugas damkar kami di pos Jorong belum pernah ikut diklat, katanya kuota Tala cuma enam orang tahun ini. Mudahan tahun depan giliran Jorong.""",
       "a post left out, a complaint"),
  ])

A(id="a21", source="pemkab-tanah-laut", at="2026-11-12 15:05", slug="pemkab-tala-rekrut-30-tenaga-pemadam-kontrak",
  title="Pemkab Tala Rekrut 30 Tenaga Pemadam Kontrak, Tes Fisik 23 November",
  text=f"""PELAIHARI – Pemkab Tanah Laut membuka rekrutmen 30 tenaga pemadam kebakaran kontrak untuk pos Pelaihari, Jorong, Kintap dan Bati-Bati. Pendaftaran dibuka {H('12/11')} sampai {H('19/11')} di kantor Satpol PP dan Damkar Tanah Laut.

Pelamar laki-laki berusia 20–30 tahun, berpendidikan minimal SMA, dan berdomisili di Tanah Laut. Tes fisik berupa lari 12 menit, naik tangga dengan beban dan renang digelar {H('23/11')}. “Kami butuh orang yang kuat dan tidak takut ketinggian. Tetapi yang paling penting, mau tinggal di pos yang jauh dari kota,” kata Kepala Bidang Pemadam Kebakaran Tanah Laut, Sapriansyah Akbar.

Peserta yang lolos akan mengikuti pelatihan dasar satu bulan sebelum bertugas pada Januari 2027. (tala/rf)""",
  short="Pemkab Tanah Laut rekrut 30 tenaga pemadam kontrak untuk pos Pelaihari, Jorong, Kintap dan Bati-Bati; daftar 12–19 November, tes fisik 23 November.",
  long="""Tanah Laut membuka lowongan 30 tenaga pemadam kebakaran kontrak untuk pos Pelaihari, Jorong, Kintap dan Bati-Bati. Pendaftaran 12–19 November di kantor Satpol PP dan Damkar Tala. Syarat: laki-laki 20–30 tahun, minimal SMA, ber-KTP Tanah Laut. Tes fisik (lari 12 menit, naik tangga dengan beban, renang) Senin 23 November. Yang lolos dilatih sebulan dan mulai bertugas Januari 2027.""",
  para="""Lowongan damkar Tanah Laut, talu puluh urang 🚒 Gasan pos Pelaihari, Jorong, Kintap wan Bati-Bati. Lalakian umur 20–30, tamat SMA, KTP Tala. Daftar 12–19 November, tes fisik 23 November: bukah, naik tangga bawa baban, wan bakunyung. Siap manjaga pos jauh? #TanahLaut""",
  looks=[
      ("tla", "2026-11-13 09:20", """Lowongan 30 petugas kebersihan pantai Takisung dibuka desa, gaji harian, pendaftaran di kantor desa sampai akhir bulan.""",
       "a village's own job call for beach cleaners, same figure 30"),
      ("tla", "2026-11-23 17:10", """Sore ini di lapangan ada tes fisik calon satpam perusahaan tambang di Asam Asam, 80-an pelamar. Bukan yang damkar ya, yang damkar di Pelaihari.""",
       "another physical test on the same day, explicitly not the damkar one"),
      ("tla", "2026-12-03 11:30", """Pengumuman hasil tes calon tenaga pemadam Tala sudah keluar di papan kantor damkar: 30 nama lolos dari 214 pelamar, 6 untuk pos Jorong.""",
       "the result later, its own figures"),
  ],
  before=("tla", "2026-11-11 20:15", """Dengar-dengar damkar Tala mau buka lowongan honorer, betul kah? Anak ulun lulusan SMA handak mandaftar.""",
          "a rumour before the call, no facts"))
