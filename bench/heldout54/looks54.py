"""heldout54 — hand-written look-alikes (negative-topic) and `before` posts.

N(ann, days, region, text, differs[, kim]) — a post that shares much with release `ann` but is another event;
`days` is its time relative to the release (negative = earlier), `region` the kabupaten/kota whose KIM posts it.
B(ann, hours, region, text, differs[, kim]) — posted `hours` before the release, about the same event, not copying it.
Regions: bjm bjb banjar batola tala tapin hss hst hsu blg tbl tanbu kb.
"""

LOOK, BEFORE = [], []


def N(ann, days, region, text, differs, kim=None):
    LOOK.append(dict(ann=ann, days=days, region=region, text=text.strip(), differs=differs, kim=kim))


def B(ann, hours, region, text, differs, kim=None):
    BEFORE.append(dict(ann=ann, hours=hours, region=region, text=text.strip(), differs=differs, kim=kim))


# a01–a04 pos pinjam pelampung / rompi
N("a01", 3.2, "batola", "Kelotok karam di Sungai Barito dekat Ulu Benteng tadi sore, tiga penumpang selamat karena sempat berpegangan ke jeriken. Motoris bilang pelampung di kelotoknya sudah lama hilang. Mohon doanya, barang dagangan warga banyak yang hanyut.",
  "a capsizing near Ulu Benteng (an accident report), not the opening of the 40 lending posts")
N("a01", 5.0, "banjar", "Pelampung gratis dari CSR perusahaan tambang dibagikan ke 60 motoris kelotok wisata Lok Baintan Minggu pagi. Pelampung jadi milik motoris, bukan pinjaman. Terima kasih kepada pihak perusahaan 🙏",
  "a company's CSR handout of 60 life jackets to Lok Baintan boatmen, not the Dishub lending posts", "kim-lok-baintan")
N("a01", 9.5, "bjm", "Pos pelampung di Dermaga Alalak kosong lagi sejak pagi, petugasnya bilang belum dikembalikan dari seberang. Anak-anak sekolah tetap naik kelotok tanpa pelampung. Tolong diperhatikan, Pak.",
  "a complaint about one empty post on one morning; no figures of the programme", "kim-pekapuran-raya")
N("a02", 4.0, "batola", "Warga RT 04 Jejangkit Pasar gotong royong memperbaiki batang (lanting) dermaga yang lapuk. Papan ulin sumbangan warga, 40 lembar. Terima kasih yang sudah ikut bagawi.",
  "a village's own repair of its jetty, no life jackets")
N("a02", 1.0, "batola", "Dengar-dengar pelampung di dermaga Kuripan nanti dijual ke penumpang Rp50 ribu. Belum ada info resmi dari Dishub, jangan percaya dulu ya.",
  "a rumour that life jackets will be sold, explicitly unconfirmed; no handover facts")
N("a02", 7.0, "batola", "Dishub Batola hari ini memeriksa 22 kelotok di Dermaga Marabahan: kelengkapan mesin, atap dan jumlah kursi. Enam kelotok diminta mengurangi muatan. Pemeriksaan berikutnya di Tamban bulan depan.",
  "a kelotok inspection at the same jetty by the same office (seats, engines), not the handover of 320 life jackets")
N("a03", 6.0, "bjm", "Lomba jukung hias di Siring Pierre Tendean Minggu pagi diikuti 35 jukung dari Kuin dan Alalak. Juara satu jukung bertema Hari Pahlawan dari Kuin Cerucuk.",
  "a decorated-boat contest at the same Siring, no life vests")
N("a03", 2.0, "bjm", "Katanya pedagang Pasar Terapung Lok Baintan juga dapat rompi pelampung? Belum ada info resmi, yang dapat kemarin cuma yang di Siring. Ada yang tahu?",
  "a question about Lok Baintan traders (another place), no handover happened there")
N("a03", 12.0, "bjm", "Asisten II Setdako Banjarmasin, Ahmad Rudiansyah Noor, membuka pelatihan kemasan produk untuk 40 UMKM di Aula Kayuh Baimbai hari ini. Peserta belajar label halal dan kemasan vakum.",
  "the same official at another event (UMKM packaging training)", "kim-pekapuran-raya")
N("a04", 1.5, "batola", "Rekap bulan November Dermaga Marabahan: 1.130 penumpang kelotok naik dari dermaga ini selama dua pekan terakhir, naik dari bulan lalu. Pendapatan retribusi tambat Rp4,2 juta.",
  "the same figure 1.130 but meaning passengers/retribusi at the jetty, not life-jacket loans")
N("a04", 3.0, "hsu", "Pelampung di pos Dermaga Danau Panggang hilang lima buah dalam seminggu. Petugas minta warga yang meminjam untuk mengembalikan, tidak usah dibawa pulang ke rumah.",
  "one jetty's own loss notice, not the provincial three-week evaluation")
N("a04", 6.0, "bjm", "Tahun lalu Dishub Kalsel juga membagikan 400 pelampung ke dermaga wisata, tapi sekarang sudah banyak yang robek. Semoga tahun depan ada penggantian. #dermaga #banjarmasin",
  "last year's handout of 400 (a memory/complaint), not the 2026 evaluation and December addition")
B("a01", 20, "bjm", "Besok pagi katanya di Dermaga Alalak ada pos pelampung gratis dari Dishub provinsi. Pelampungnya sudah diturunkan dari truk sore ini, warna oranye semua.",
  "posted the evening before the launch: material arriving, no figures")
B("a03", 18, "bjm", "Acil-acil pedagang jukung di Siring diminta kumpul besok jam 8 pagi, ada pembagian rompi dari Pemko. Bawa KTP ya.",
  "an invitation the day before the handover")

# a05–a08 lampu navigasi
N("a05", 8.0, "hsu", "Speedboat rute Amuntai–Paminggir tabrakan dengan kelotok ikan di tikungan Sungai Tabukan tadi malam. Dua penumpang luka ringan. Kelotok ikan tidak pakai lampu.",
  "a collision at night (accident), not the inspection and lamp installation", "kim-paminggir")
N("a05", 2.0, "hsu", "Dishub HSU memeriksa 40 angkutan desa di Terminal Amuntai pagi ini: ban, lampu rem dan sabuk pengaman. Sembilan angkutan diminta ganti ban.",
  "the same office checking land minibuses (lampu rem) at the terminal, not boats")
N("a05", 15.0, "hsu", "Tahun lalu Dishub juga sempat membagikan lampu senter ke motoris, tapi cuma 30 buah dan sekarang sudah rusak semua. Mudahan yang sekarang lebih awet.",
  "last year's 30 torches, a comment; no 2026 figures")
N("a06", 2.0, "hsu", "Lampu navigasi di kelotok kami sudah mati lagi, padahal baru dipasang. Panel suryanya kena air hujan. Ada yang tahu harus lapor ke mana?",
  "a complaint about one broken lamp, not the completion of 146 lamps", "kim-paminggir")
N("a06", 5.0, "hsu", "Kelompok motoris Babirik patungan beli lampu sorot untuk kelotok malam, 12 buah, Rp150 ribu per buah. Hasil arisan bulan ini.",
  "motorists buying their own searchlights with arisan money, not the Dishub lamps")
N("a06", 9.0, "hsu", "Pemeriksaan malam Dishub HSU di Dermaga Amuntai diulang tadi malam, 40 kelotok diperiksa, semuanya sudah berlampu. Pemeriksaan berikutnya bulan Januari.",
  "the later monthly night check (40 boats, all lit), not the Danau Panggang/Babirik installation")
N("a07", 1.5, "kb", "Kapal ferry Stagen–Tanjung Serdang batal berangkat sore ini karena angin kencang. Penumpang diminta menunggu jadwal besok pagi.",
  "a ferry cancellation at the same port, not speedboat lamps")
N("a07", 6.0, "kb", "Kepala Dishub Kotabaru Gusti Rizky Fahrurazi meninjau lahan parkir baru di depan Pelabuhan Stagen hari ini. Lahan parkir itu bisa menampung 80 motor.",
  "the same official at the same port on another matter (parking)")
N("a07", 10.0, "kb", "Motoris speedboat Sebuku mengeluh: lampu bantuan cuma 120, padahal speedboat di jalur ini lebih dari 150. Yang tidak kebagian bagaimana, masih boleh berangkat sore atau tidak?",
  "a complaint asking about boats left out; no handover facts", "kim-sungai-bali")
N("a08", 3.0, "hss", "Lomba balap jukung tradisional di Sungai Negara memperingati Hari Jadi Desa Habirau diikuti 24 jukung. Juaranya dari Tambak Bitin.",
  "a jukung race on the same river, no lamps")
N("a08", 7.0, "hss", "Kepala Dishub HSS Hendra Juniansyah menyerahkan 30 helm ke tukang ojek pangkalan Kandangan pagi ini. Helm SNI bantuan Jasa Raharja.",
  "the same official handing out helmets to ojek drivers")
N("a08", 12.0, "hss", "Pendataan kelotok di Daha Barat jadi dilaksanakan hari ini di Bajayau, 42 kelotok didata untuk usulan lampu tahun 2027. Belum ada pemasangan.",
  "the Daha Barat listing announced as the next step (2027 proposal), no lamps installed")
B("a05", 30, "hsu", "Nanti malam ada pemeriksaan speedboat di Dermaga Amuntai oleh Dishub dan Polairud. Motoris diminta sandar jam 7 malam, bawa surat kapal.",
  "the day's notice before the night inspection; no result")
B("a07", 22, "kb", "Besok pagi motoris speedboat rute Sebuku diminta kumpul di Dermaga Stagen, katanya ada pembagian lampu dari Dishub. Jangan sampai tidak datang.",
  "an invitation the day before the handover", "kim-sungai-bali")
B("a08", 5, "hss", "Sore ini petugas Dishub HSS sudah sampai di Dermaga Negara, kelotok-kelotok disuruh berbaris. Katanya mau dipasangi lampu.",
  "a live post hours before the release, no figures")

# a09–a11 jadwal kapal perintis / speedboat / kelotok perintis
N("a09", 3.0, "kb", "Jadwal kapal perintis November sempat berubah karena gelombang tinggi, pelayaran Jumat kemarin ke Pulau Sembilan ditunda sampai Sabtu. Mohon maklum.",
  "a November delay (this month's voyage), not the December schedule")
N("a09", 7.0, "kb", "Warga Pulau Matasirih berharap kapal perintis bisa singgah tiap minggu, bukan cuma dua kali. Selama ini warga sewa kelotok Rp400 ribu sekali jalan ke Kotabaru.",
  "a wish/complaint by islanders, no schedule released")
N("a09", 14.0, "kb", "Kapal Pelni dari Pelabuhan Batulicin ke Surabaya bulan Desember berangkat tiap Rabu. Tiket sudah bisa dibeli daring. Harga kelas ekonomi Rp285 ribu.",
  "another ship, another port and route (Pelni Batulicin–Surabaya)")
N("a10", 4.0, "kb", "Speedboat reguler swasta Kotabaru–Sungai Bali naik tarif jadi Rp45 ribu mulai bulan depan karena harga solar. Yang subsidi masih Rp20 ribu.",
  "a private operator's fare rise, not the subsidised second trip", "kim-sungai-bali")
N("a10", 8.0, "kb", "Tahun lalu speedboat subsidi ke Sebuku sempat berhenti dua bulan karena mesinnya rusak. Semoga sekarang tidak terulang.",
  "last year's stoppage (memory), not this year's schedule change")
N("a10", 11.0, "kb", "Pemkab Kotabaru membuka speedboat subsidi rute Stagen–Pulau Laut Tanjung Selayar mulai Desember, sekali sehari pukul 08.00. Tarif Rp25 ribu.",
  "another subsidised route (Tanjung Selayar), its own times and fare")
N("a11", 3.0, "batola", "Kelotok pasar Tabunganen–Banjarmasin sekarang berangkat jam 5 subuh, bukan jam 6 lagi, karena pasar Lama buka lebih awal. Tarif tetap Rp20 ribu.",
  "the private market kelotok (its own time and fare), not the subsidised Kelotok Perintis")
N("a11", 6.0, "batola", "Dishub Batola menyerahkan bantuan satu unit kelotok untuk pelajar Desa Tabunganen Kecil, kapasitas 15 orang, dikelola sekolah.",
  "a school boat handover in another village, not the passenger route")
N("a11", 16.0, "batola", "Kepala Dishub Batola Syamsul Bahri Ardiansyah hari ini meninjau pembangunan halte di Jalan Trans Kalimantan Handil Bakti. Halte dijadwalkan selesai akhir Desember.",
  "the same official inspecting a bus stop construction")
B("a10", 40, "kb", "Katanya mulai Senin speedboat ke Sungai Bali ada yang siang juga. Belum tahu jam berapa, tunggu pengumuman resmi dari Dishub ya.",
  "a rumour two days before the change, no times", "kim-sungai-bali")
B("a11", 16, "batola", "Besok kelotok baru dari Pemkab mulai jalan dari Tabunganen Muara ke Pasar Lama, katanya. Kelotoknya sudah sandar di dermaga sore ini, cat biru putih.",
  "the evening before the launch: the boat at the jetty")

# a12–a14 KIR / BLU-e
N("a12", 2.0, "bjb", "Antrean uji KIR di UPT PKB Jalan Trikora pagi ini panjang sampai ke jalan, truk ekspedisi banyak yang datang sekaligus. Sabar ya dulur.",
  "a queue report at the same UPT, no BLU-e facts", "kim-cempaka")
N("a12", 6.0, "bjb", "Hati-hati penipuan: ada akun WhatsApp mengaku petugas Dishub menawarkan kartu BLU-e tanpa uji, bayar Rp500 ribu. Dishub tidak pernah menjual kartu uji.",
  "a scam warning using the card's name; not the card launch", "kim-cempaka")
N("a12", 12.0, "bjb", "Kepala Dishub Banjarbaru Rusdiansyah Putra meninjau halte Trans Banjarbakula di Jalan A. Yani Km 27 yang rusak ditabrak truk. Halte akan diperbaiki pekan depan.",
  "the same official at another matter (damaged bus stop)")
N("a13", 3.0, "tala", "Truk pasir milik warga Kintap tidak lulus uji KIR karena remnya blong, disuruh kembali dua minggu lagi. Jangan malas servis rem, dulur.",
  "one truck's failed test (individual story), no new lane facts", "kim-kintap")
N("a13", 8.0, "tala", "Dishub Tala menggelar uji emisi gratis kendaraan pribadi di halaman Kantor Bupati Tanah Laut. Dari 150 mobil, 23 tidak lolos emisi.",
  "free emission test of private cars, not the KIR lane opening", "kim-kintap")
N("a13", 13.0, "tala", "Mulai Januari 2027 pendaftaran uji KIR di Pelaihari katanya wajib online. Kami belum dapat info resminya, nanti diinfokan lagi.",
  "an unconfirmed future rule, not the lane inauguration")
N("a14", 2.0, "tbl", "Pick-up sawit terbalik di tanjakan Haruai tadi pagi karena muatan berlebih. Sopir selamat, TBS tumpah ke parit.",
  "an accident at Haruai, not the mobile test", "kim-muara-uya")
N("a14", 6.0, "tbl", "Samsat keliling Tabalong hadir di lapangan Kecamatan Muara Uya hari Sabtu. Bisa bayar pajak tahunan, bawa KTP dan STNK asli.",
  "another service at the same field (Samsat), not KIR", "kim-muara-uya")
N("a14", 10.0, "tbl", "Tahun 2025 uji KIR keliling juga pernah ke Kelua, waktu itu cuma 30 kendaraan yang datang. Semoga yang sekarang lebih ramai.",
  "last year's Kelua edition (30 vehicles)", "kim-muara-uya")
B("a13", 26, "tala", "Jalur uji KIR baru di Pelaihari katanya mulai dipakai besok. Alatnya sudah terpasang, tinggal peresmian.",
  "the day before the inauguration, no figures", "kim-kintap")
B("a14", 20, "tbl", "Besok Dishub Tabalong buka uji KIR di lapangan kecamatan Muara Uya. Pemilik pick-up sawit bawa buku uji dan STNK ya.",
  "an invitation the day before", "kim-muara-uya")

# a15–a18 bus wisata
N("a15", 4.0, "bjm", "Kapal susur sungai dari Menara Pandang ke Pasar Terapung naik tarif jadi Rp35 ribu per orang mulai bulan ini. Anak-anak Rp20 ribu.",
  "river boat tours from the same start point, paid, not the free bus")
N("a15", 7.0, "bjm", "Bus tingkat wisata mogok di depan Masjid Raya Sabilal Muhtadin tadi malam, penumpang diturunkan dan berjalan kaki ke Menara Pandang. Semoga cepat diperbaiki.",
  "a breakdown incident, not the launch")
N("a15", 1.0, "bjm", "Katanya bus wisata keliling kota nanti bayar Rp10 ribu? Ada yang tahu pastinya? Kalau gratis alhamdulillah.",
  "a question on a fare (rumour) after the launch; no schedule", "kim-pekapuran-raya")
N("a16", 3.0, "bjm", "Pengunjung Menara Pandang akhir pekan kemarin mencapai 480 orang per malam, banyak yang foto di jembatan. Parkir penuh sampai Siring.",
  "the same number 480 meaning visitors at Menara Pandang, not bus passengers")
N("a16", 6.0, "bjm", "Pemandu wisata sungai Banjarmasin ikut pelatihan bercerita sejarah kampung tua di Balai Kota, 25 orang. Materinya soal Kuin dan Sungai Jingah.",
  "guide storytelling training (another event), not the bus trip addition")
N("a16", 10.0, "bjm", "Jumat malam kemarin naik bus wisata ternyata penuh juga, kami tidak kebagian. Akhirnya jalan kaki ke Siring. Harus datang lebih awal rupanya.",
  "a personal Friday-night experience, no figures of the evaluation", "kim-pekapuran-raya")
N("a17", 3.0, "bjb", "Car free day Lapangan Murjani Minggu ini ditiadakan karena ada gladi upacara Hari Guru. CFD kembali normal minggu depan.",
  "CFD cancelled at the same place, not the bus service", "kim-cempaka")
N("a17", 9.0, "bjb", "Kebun Raya Banua menambah jam kunjung hari Minggu sampai pukul 17.00 mulai Desember. Tiket masuk tetap Rp10 ribu.",
  "the destination's own opening hours, not the free bus", "kim-cempaka")
N("a17", 14.0, "banjar", "Pemkab Banjar juga berencana bus gratis ke Kebun Raya Banua dari Martapura, tapi masih kajian, belum ada jadwal.",
  "another kabupaten's plan, no service yet")
N("a18", 2.0, "hst", "Objek wisata Pagat ramai sekali akhir pekan ini, air sungai jernih. Pengelola minta pengunjung tidak membuang sampah di batu.",
  "crowds at Pagat (destination), no bus")
N("a18", 7.0, "hst", "Lapangan Dwi Warna Barabai hari Minggu dipakai untuk jalan sehat HUT PGRI, peserta 2.000 orang. Jalan sekitar lapangan ditutup sampai jam 9.",
  "another event at the same field", "kim-birayang")
N("a18", 11.0, "hst", "Dispar HST membuka pendaftaran pokdarwis untuk pelatihan homestay di Hantakan, 20 kuota. Pelatihan tanggal 12 Desember.",
  "the same office, another programme (homestay training)")
B("a18", 28, "hst", "Besok mulai ada bus gratis dari Dwi Warna ke Pagat kata petugas Dispar tadi. Busnya sudah parkir di lapangan, warnanya hijau.",
  "the day before the start: the bus parked, no schedule", "kim-birayang")

# a19–a21, a42 terminal
N("a19", 3.0, "hss", "Angkutan Kandangan–Loksado mogok jalan dua hari ini, sopir protes setoran ke terminal. Penumpang ke Loksado terpaksa naik ojek.",
  "a drivers' strike (complaint), not the relocation itself")
N("a19", 8.0, "hss", "Pasar Kandangan dibersihkan besar-besaran hari Minggu oleh pedagang dan DLH, 12 truk sampah diangkut.",
  "a market clean-up at the same place, no transport")
N("a19", 13.0, "hss", "Di Daha, angkutan perdesaan masih mangkal di depan Pasar Negara. Kapan ya dipindah ke terminal juga seperti di Kandangan? Belum ada info.",
  "another town (Negara), no relocation happened")
N("a20", 3.0, "tanbu", "Bus antarkota Batulicin–Banjarmasin naik tarif Rp10 ribu mulai Desember, jadi Rp160 ribu, kata agen di terminal.",
  "a fare rise reported by an agent, not the waiting room opening")
N("a20", 6.0, "tanbu", "Sekda Tanbu Muhammad Arsyad Fikri membuka rapat koordinasi persiapan Hari Jadi Tanah Bumbu di Aula Bersujud pagi ini.",
  "the same official at another event")
N("a20", 15.0, "tanbu", "Ruang tunggu Pelabuhan Batulicin juga direnovasi oleh KSOP, 120 kursi baru dan AC. Selesai minggu lalu.",
  "another building (port waiting room) by another office")
N("a21", 2.0, "tapin", "Bus Banjarmasin–Barabai masih menurunkan penumpang di bahu jalan Rantau pagi ini, belum semua masuk terminal. Petugas tidak kelihatan.",
  "a complaint after the reopening, no release facts", "kim-margasari-ilir")
N("a21", 7.0, "tapin", "Terminal Binuang dipakai untuk bazar UMKM akhir pekan ini, 40 stan. Ada lomba mewarnai anak juga.",
  "another terminal used for a bazaar", "kim-margasari-ilir")
N("a21", 12.0, "tapin", "Tahun lalu Terminal Rantau juga pernah dicat ulang, tapi atapnya tetap bocor waktu hujan. Semoga sekarang sudah benar.",
  "last year's repaint (memory)")
B("a21", 30, "tapin", "Katanya mulai besok bus AKDP tidak boleh lagi menurunkan penumpang di pinggir jalan Rantau, harus masuk terminal. Terminalnya sudah selesai direnovasi.",
  "the day before the reopening (hearsay)", "kim-margasari-ilir")
B("a19", 20, "hss", "Besok angkutan perdesaan mulai pindah ke terminal baru. Sore ini sopir-sopir dikumpulkan di Dishub HSS untuk tanda tangan.",
  "the evening before: drivers gathered, no figures")
B("a20", 4, "tanbu", "Pagi ini ada tenda dan kursi di halaman Terminal Bersujud, katanya mau ada peresmian ruang tunggu. Pak Sekda sudah datang.",
  "hours before the inauguration, a live post")
N("a42", 1.0, "hss", "Angkutan malam Kandangan–Loksado kapan ada ya? Kami di Loksado masih susah pulang malam dari kota, ojek mahal sekali.",
  "a question about the Loksado route (not opened)")
N("a42", 3.0, "hss", "Ojek pangkalan Terminal Bina Banua sekarang tarif malam Rp15 ribu ke Angkinang. Lumayan buat yang tidak kebagian angkutan.",
  "ojek fares at the same terminal, not the night routes")
N("a42", 6.0, "hss", "Kabid Angkutan Dishub HSS Siti Rahmah Fauziah hari ini memimpin rapat tarif angkutan sekolah dengan 18 sopir antar-jemput.",
  "the same official at another meeting (school transport tariff)")

# a22–a25 putar balik / median
N("a22", 2.0, "bjb", "Kecelakaan motor di putaran balik depan Pasar Bauntung tadi malam, pengendara luka di kepala. Putaran itu memang rawan, tolong Dishub perhatikan.",
  "an accident at another U-turn (Pasar Bauntung)", "kim-cempaka")
N("a22", 6.0, "bjb", "Jalan A. Yani Km 30 macet panjang sore ini karena truk mogok di lajur kanan. Hindari dulu kalau bisa.",
  "a traffic jam report on the same road, no closure facts")
N("a22", 10.0, "bjb", "Warga Guntung Payung usul putaran balik dibuka di depan SMPN 3, anak-anak sekolah susah menyeberang. Usulan sudah disampaikan lewat musrenbang kelurahan.",
  "a proposal for a new U-turn elsewhere, not the closures")
N("a23", 2.0, "bjb", "Dishub Banjarbaru menutup bukaan median di Jalan Trikora depan Kampus ULM untuk uji coba dua minggu mulai Senin. Putar balik di bundaran Trikora.",
  "another median closure trial (Jalan Trikora), its own dates", "kim-cempaka")
N("a23", 5.0, "bjb", "Survei kepuasan warga terhadap layanan Dishub Banjarbaru tahun ini: 68 persen responden puas dengan layanan parkir.",
  "the same percentage 68 meaning parking satisfaction")
N("a23", 9.0, "bjb", "Beton pemisah di A. Yani ditabrak mobil tadi subuh, pecahannya berserakan di jalan. Hati-hati yang lewat Km 31.",
  "an accident with the barrier later, not the decision")
N("a24", 3.0, "banjar", "Pasar Martapura hari Jumat sangat ramai menjelang Maulid, parkir sampai ke jembatan. Kalau bisa naik angkot saja.",
  "crowds at the same market, no U-turn")
N("a24", 8.0, "banjar", "Putaran balik depan RSUD Ratu Zalecha juga sering macet, semoga ikut ditata seperti yang di depan pasar. Belum ada info dari Dishub.",
  "a wish about another U-turn, no action")
N("a24", 13.0, "banjar", "Kepala Dishub Banjar Akhmad Rizani Ghazali melepas 12 bus rombongan ziarah dari Terminal Martapura pagi ini, setelah semua bus diperiksa rem dan bannya.",
  "the same official at another event (pilgrimage buses)", "kim-lok-baintan")
N("a25", 1.0, "tapin", "Ambulans desa Hatungun diresmikan hari ini, bantuan dana desa, lengkap dengan tabung oksigen. Siap antar warga ke RSUD Datu Sanggul.",
  "a village ambulance handover (mentions the hospital), not the U-turn", "kim-margasari-ilir")
N("a25", 4.0, "tapin", "Putaran balik di Simpang Empat Rantau ditutup sementara dua hari karena perbaikan aspal. Kendaraan berputar di depan kantor bupati.",
  "a temporary closure of another U-turn for asphalt repair", "kim-margasari-ilir")
N("a25", 8.0, "tapin", "Kadishub Tapin Rahmadi Sulaiman menyerahkan 50 rompi reflektor kepada juru parkir Pasar Rantau pagi tadi.",
  "the same official, another object (vests for parking attendants)")
B("a22", 14, "bjb", "Besok pagi tiga putaran balik di A. Yani sekitar Km 29 sampai 32 katanya ditutup, water barrier sudah dijejer di pinggir jalan malam ini.",
  "the night before the closure (barriers lined up)")
B("a24", 16, "banjar", "Ada kabar putaran balik depan Pasar Martapura mau ditutup mulai besok. Betul kah? Soalnya water barrier sudah diturunkan di situ.",
  "a rumour the evening before", "kim-lok-baintan")
B("a25", 6, "tapin", "Pagi ini cat marka putaran baru dekat RSUD Datu Sanggul sudah selesai, tinggal pasang rambu. Katanya hari ini dibuka.",
  "hours before the opening, no release facts")

# a26–a29 jam truk
N("a26", 2.0, "bjm", "Truk kontainer terguling di Jalan Lingkar Selatan dini hari tadi, muatannya semen. Arus dialihkan sementara.",
  "an accident on the ring road (not the 12 city roads)", "kim-pekapuran-raya")
N("a26", 5.0, "bjm", "Jalan Sutoyo S. diaspal ulang mulai malam ini pukul 22.00 sampai subuh selama tiga malam. Pengendara hati-hati.",
  "night asphalting of a road in the list, not the truck ban")
N("a26", 1.0, "bjm", "Katanya Jembatan Basirih mau dibatasi untuk kendaraan di atas 10 ton tahun depan karena ada retakan. Belum ada info resmi dari PUPR, tunggu saja.",
  "a rumour about a bridge load limit (another rule, another office)", "kim-pekapuran-raya")
N("a27", 2.0, "bjm", "Kantong parkir truk di Lingkar Selatan malam ini sudah penuh, sopir-sopir parkir di bahu jalan. Kasihan juga mereka menunggu jam 9.",
  "a night scene at the parking pocket, no figures")
N("a27", 5.0, "bjm", "Satlantas Polresta Banjarmasin menilang 86 pengendara motor yang tidak memakai helm dalam razia Jalan A. Yani pagi ini.",
  "the same number 86 but helmet tickets, another operation", "kim-pekapuran-raya")
N("a27", 8.0, "bjm", "Sopir truk material di Basirih minta jam larangan dikurangi, karena proyek rumah warga butuh kiriman pasir siang hari. Mereka berencana mengadu ke DPRD.",
  "a complaint/plan by drivers, no evaluation facts")
N("a28", 3.0, "tala", "Pelajar SMPN 1 Pelaihari diajari menyeberang jalan yang aman oleh Satlantas Polres Tala hari ini. Ada peragaan zebra cross.",
  "a safety lesson at one of the same schools, no truck ban")
N("a28", 7.0, "tala", "Truk tambang di Jorong sekarang lewat jalan khusus hauling, tidak lagi lewat jalan desa. Warga bersyukur jalan tidak berdebu lagi.",
  "another town and another arrangement (hauling road)", "kim-kintap")
N("a28", 12.0, "tala", "Kadishub Tala Ahmad Zaini Mahfuz memimpin pemeriksaan bus rombongan study tour SMA di halaman Kantor Bupati, 6 bus dinyatakan laik.",
  "the same official inspecting study-tour buses", "kim-kintap")
N("a29", 1.0, "tbl", "Antrean truk tangki CPO di SPBU Mabuun sampai ke jalan pagi ini. Pengendara motor harap berhati-hati.",
  "a queue at a petrol station, no time restriction", "kim-muara-uya")
N("a29", 5.0, "tbl", "Jalan lingkar Mabuun berlubang di beberapa titik, belum diperbaiki. Kalau truk tangki dialihkan ke sini, jalan bisa makin rusak.",
  "a complaint about the ring road's condition")
N("a29", 10.0, "tbl", "Perusahaan sawit di Muara Uya mengumumkan jam bongkar TBS di pabrik mulai pukul 07.00–16.00 selama Desember.",
  "a mill's own unloading hours, not the city truck hours", "kim-muara-uya")
B("a28", 14, "tala", "Besok mulai ada jam larangan truk di depan sekolah-sekolah A. Yani Pelaihari, kata guru anak kami. Papan larangannya sudah dipasang sore ini.",
  "the evening before: signs put up, no release facts", "kim-kintap")

# a30–a32 penutupan jalan acara
N("a30", 5.0, "bjm", "Hasil Banua Night Run: juara putra 10K dari Banjarbaru dengan waktu 34 menit, putri dari Tabalong. Selamat!",
  "the race results (sport news), not the road closure")
N("a30", 9.0, "bjm", "Jalan Pierre Tendean ditutup lagi Minggu pagi untuk lomba sepeda hias anak-anak PAUD, pukul 06.00–09.00.",
  "another closure of one road for another event")
N("a30", 14.0, "bjm", "Tahun lalu lomba lari malam di Banjarmasin juga menutup jalan, waktu itu banyak warga protes karena tidak ada pemberitahuan. Semoga sekarang lebih tertib.",
  "last year's race (memory)")
N("a31", 4.0, "hst", "Harga stan di Festival Kuliner Malam Murakata katanya Rp1,5 juta, pedagang kecil keberatan. Panitia belum menanggapi.",
  "a complaint about stall fees, no closure", "kim-birayang")
N("a31", 8.0, "hst", "Jalan Murakata kembali ditutup Sabtu pagi untuk senam massal dan jalan sehat Hari KORPRI, pukul 06.00–10.00.",
  "another closure of the same road for another event", "kim-birayang")
N("a31", -6.0, "hst", "Festival kuliner tahun lalu di Barabai diadakan di halaman Pasar Barabai, tidak menutup jalan. Tahun ini pindah ke mana ya? Belum ada kabar.",
  "a question about last year's venue, no announcement")
N("a32", 2.0, "tbl", "Pendaftaran Gowes Hari Guru ditutup karena kuota 1.800 peserta sudah penuh, kata panitia PGRI Tabalong.",
  "registration closed (event organisation), not the road closure", "kim-muara-uya")
N("a32", 6.0, "tbl", "Pendopo Bersinar Tanjung malam ini jadi tempat pentas seni Hari Guru, penampilan tari dari 12 sekolah.",
  "another event at the same venue")
N("a32", 9.0, "tbl", "Jalan Tanjung Raya ditutup sebagian untuk perbaikan gorong-gorong mulai Senin selama tiga hari. Kendaraan lewat satu lajur bergantian.",
  "a closure of the same road for drainage works")
B("a30", 30, "bjm", "Sabtu malam ada Banua Night Run, jalan-jalan di pusat kota pasti ditutup. Tunggu pengumuman resmi rutenya ya dulur.",
  "before the closure announcement, no routes")
B("a31", 26, "hst", "Stan-stan festival kuliner mulai dibangun di sepanjang Jalan Murakata. Katanya nanti jalannya ditutup beberapa malam, tapi belum ada pengumuman.",
  "stalls being built, before the release", "kim-birayang")
B("a32", 40, "tbl", "Guru-guru Tabalong diminta daftar gowes Hari Guru lewat sekolah masing-masing. Katanya start di Pendopo Bersinar hari Minggu.",
  "registration notice before the closure release", "kim-muara-uya")

# a33–a35 cermin cembung
N("a33", 4.0, "hss", "Cermin cembung di tikungan Desa Hamalau pecah dilempar batu orang tidak bertanggung jawab. Padahal itu dipasang tahun lalu oleh desa.",
  "a village's own mirror from last year, vandalised")
N("a33", 8.0, "hst", "Longsor kecil di tikungan jalan menuju Batu Benawa, tanah menutupi separuh jalan. Hati-hati yang lewat malam.",
  "a landslide on a curve, no mirrors")
N("a33", 12.0, "tapin", "Kabid Lalu Lintas Dishub Kalsel Nurul Hidayah Azhari memberi materi keselamatan jalan untuk 120 pelajar SMK di Rantau hari ini.",
  "the same official at another event", "kim-margasari-ilir")
N("a34", 2.0, "blg", "Kecelakaan truk di tikungan Halong dekat jembatan, sopir selamat. Tikungan itu belum ada cerminnya.",
  "an accident at a curve without a mirror", "kim-juai")
N("a34", 6.0, "blg", "Warga Juai gotong royong memangkas bambu di tikungan jalan desa supaya pandangan tidak tertutup. Ada 6 tikungan yang dibersihkan.",
  "a village's own clearing of curves", "kim-juai")
N("a34", 9.0, "blg", "Dishub Balangan mengecat ulang marka zebra cross di depan 12 sekolah di Paringin. Pengecatan dilakukan malam hari.",
  "the same office, the same number 12, but zebra crossings at schools", "kim-juai")
N("a35", 3.0, "tanbu", "Perusahaan sawit di Sungai Loban memangkas pohon di pinggir jalan kebun, tapi sisa dahan dibiarkan di bahu jalan. Tolong dibersihkan.",
  "a complaint about pruning debris")
N("a35", 7.0, "tanbu", "Dishub Tanbu memasang 30 rambu batas kecepatan di jalan Simpang Empat–Pagatan, 40 km per jam di kawasan pasar.",
  "the same office and figure 30 but speed-limit signs on another road")
N("a35", 12.0, "kb", "Jalan Gunung Jambangan Kotabaru banyak tikungan tajam, kapan dipasang cermin juga? Sudah beberapa kali ada kecelakaan.",
  "a request in another kabupaten; nothing installed")
B("a34", 60, "blg", "Tiang-tiang cermin mulai dipasang di tikungan jalan Halong–Juai, kata warga Binjai Punggal. Katanya dari provinsi.",
  "installation seen before the Balangan release", "kim-juai")

# a36–a38 travel gelap / taksi / perizinan
N("a36", 3.0, "hst", "Travel Barabai–Banjarmasin langganan kami sekarang sudah punya izin dan stiker resmi, tarif naik jadi Rp120 ribu.",
  "one travel's licence and fare, no operation")
N("a36", 7.0, "tbl", "Kecelakaan minibus travel di Kelua tadi malam, empat penumpang luka. Travel tersebut katanya tidak berizin.",
  "an accident involving a travel van")
N("a36", 12.0, "bjm", "AKBP Benny Wiratama Surya membuka lomba cipta lagu keselamatan lalu lintas tingkat SMA di Mapolda Kalsel.",
  "the same official at another event (song contest)")
N("a37", 1.0, "bjb", "Taksi online sekarang boleh menjemput di titik khusus depan kedatangan Bandara Syamsudin Noor, dekat parkir motor. Ada papan petunjuknya.",
  "the pickup point for app taxis (another arrangement), not the enforcement")
N("a37", 4.0, "bjb", "Tarif taksi resmi bandara ke Banjarmasin sekarang Rp180 ribu, ke Martapura Rp100 ribu. Bayar di loket sebelum naik.",
  "official taxi fares, no enforcement", "kim-cempaka")
N("a37", 8.0, "bjb", "Bandara Syamsudin Noor ramai penumpang umrah keberangkatan Desember, antrean di pintu keberangkatan sampai 30 menit.",
  "crowds at the same airport for umrah flights")
N("a38", 2.0, "hsu", "Pengusaha travel di Amuntai mengeluh, izin penyelenggaraan angkutan katanya susah dan mahal. Ada yang sudah tiga bulan belum selesai.",
  "a complaint about the licence process, not the clinic")
N("a38", 5.0, "hsu", "Aula Dishub HSU hari ini dipakai untuk pelatihan juru parkir, 40 peserta. Diajari cara menggunakan karcis QR.",
  "another event at the same hall")
N("a38", 10.0, "hsu", "Kadishub HSU Masrani Effendi menerima kunjungan kerja Dishub Balangan soal pengelolaan dermaga. Mereka meninjau Dermaga Amuntai.",
  "the same official, another matter (study visit)")
B("a37", 20, "bjb", "Sopir-sopir mobil pribadi yang biasa mangkal di kedatangan bandara sudah diberi tahu, mulai besok akan ada penertiban.",
  "the day before the enforcement")
B("a38", 24, "hsu", "Besok pengusaha travel Amuntai diundang ke Aula Dishub HSU, katanya ada klinik izin. Bawa STNK dan KTP.",
  "an invitation the day before")

# a39–a41 lajur sepeda
N("a39", 3.0, "bjb", "Komunitas sepeda Banjarbaru gowes bareng ke Kebun Raya Banua Minggu pagi, 80 pesepeda ikut. Start di Lapangan Murjani.",
  "a community ride, no lane facts", "kim-cempaka")
N("a39", 9.0, "bjb", "Lajur sepeda di Jalan Panglima Batur sudah dipakai parkir mobil lagi tiap sore. Mana petugasnya?",
  "a complaint about parked cars, no release facts")
N("a39", 14.0, "banjar", "Martapura juga mau punya lajur sepeda katanya, tapi belum ada kepastian kapan. Semoga tidak cuma wacana.",
  "a rumour about another town, not Banjarbaru's lane")
N("a40", 1.0, "bjm", "Gowes bersama komunitas di Siring Pierre Tendean Minggu pagi, 200 pesepeda dari 14 komunitas. Sarapan bareng di Menara Pandang.",
  "a community ride with the same number 200, not the lane inauguration")
N("a40", 4.0, "bjm", "Pembatas karet lajur sepeda di Jalan Sudirman sudah ada yang lepas, ditabrak motor. Semoga segera diganti.",
  "a damage report after the opening")
N("a40", 8.0, "bjm", "Sekda Kota Banjarmasin Haris Fadhillah Ansyari melantik 22 pejabat administrator di Balai Kota hari ini.",
  "the same official at another event")
N("a41", 2.0, "banjar", "Taman Cahaya Bumi Selamat Martapura malam ini ramai, ada pentas madihin dan bazar UMKM sampai jam 10.",
  "another event at the same park", "kim-lok-baintan")
N("a41", 6.0, "banjar", "Gerobak pentol di sekitar Taman CBS diminta pindah ke pujasera oleh Satpol PP. Pedagang keberatan karena sepi pembeli.",
  "a street-vendor relocation at the same park")
N("a41", 10.0, "banjar", "Kadishub Banjar Akhmad Rizani Ghazali meninjau halte bus baru di depan Masjid Agung Al Karomah.",
  "the same official inspecting a bus stop")
B("a41", 18, "banjar", "Sore ini petugas Dishub mengecat marka biru di sekitar Taman CBS, katanya lajur sepeda. Mulai dipakai besok?",
  "the evening before the trial")

# ---------------------------------------------------------------- look-alikes needing a further look (the ones with long notes)
N("a01", 14.0, "hsu", "Dishub HSU menambah 40 pelampung di pos pinjam Dermaga Paminggir dari APBD kabupaten karena pelampung provinsi sering habis di pagi hari. Pos buka pukul 06.00–18.00.",
  "a kabupaten's own top-up at one post (40, APBD), later and its own facts", "kim-paminggir")
N("a03", 20.0, "bjm", "Pemeriksaan rompi pelampung pedagang jukung Minggu pagi di Siring: dari 310 pedagang, 262 sudah memakai rompi, 48 lupa dibawa. Dishub akan mengulang pemeriksaan pekan depan.",
  "the December Sunday check (its own figures), announced as the next step")
N("a09", -20.0, "kb", "Jadwal kapal perintis bulan November: KM Intan Bahari berlayar dari Kotabaru ke Pulau Sembilan setiap Rabu, empat kali sebulan. Tiket Rp25 ribu.",
  "the previous month's schedule (November, Wednesdays, four voyages)")
N("a15", -10.0, "bjm", "Bus tingkat wisata milik Pemko sedang diuji jalan keliling kota tanpa penumpang. Belum dibuka untuk umum, tunggu pengumuman ya.",
  "a test drive without passengers long before the launch; no schedule", "kim-pekapuran-raya")
N("a17", 18.0, "bjb", "Bus Wisata Idaman tidak beroperasi Minggu ini karena dipakai mengantar kontingen Porprov. Layanan kembali minggu depan.",
  "a one-week suspension notice, not the launch")
N("a26", -9.0, "bjm", "Truk tanah proyek drainase di Kelayan sering lewat siang hari, debunya masuk rumah warga. Mohon diatur jam lewatnya.",
  "a residents' complaint before any rule; another area", "kim-pekapuran-raya")
N("a33", -12.0, "blg", "Dishub Balangan mendata tikungan rawan di jalan kabupaten Paringin–Lampihong, 19 titik diusulkan untuk cermin cembung tahun 2027.",
  "a survey of kabupaten roads for a 2027 proposal", "kim-juai")
N("a34", 14.0, "blg", "Marka jalan di tikungan Halong dicat ulang hari ini. Pengendara diminta hati-hati karena cat masih basah.",
  "the re-painting named as a later step, its own day", "kim-juai")
N("a25", 9.0, "tapin", "Dishub Tapin memasang dua lampu kedip kuning di persimpangan Pasar Binuang karena sering terjadi tabrakan motor.",
  "the same kind of flashing lamp at another junction", "kim-margasari-ilir")
N("a28", 16.0, "tala", "Truk sawit dilarang masuk Kota Pelaihari pada hari pasar Minggu pukul 06.00–10.00, kata petugas di pintu masuk kota. Belum ada surat resmi.",
  "an unconfirmed market-day rule, another hour band", "kim-kintap")
