"""Hand-written releases a01-a14 of heldout63 with their own-words posts and look-alikes.

Each entry: id, source, published (Wita), title, text ([[d/m]] becomes "Weekday (d/m/2026)"),
s = short summary, l = long summary (some), p = Banjar or casual paraphrase, tags = hashtags,
n = look-alikes (kim, hours after the release, text, how it differs), b = optional `before`
post (kim, hours, negative = before the release, text, how it differs).
"""

ANNS = []


def A(**kw):
    ANNS.append(kw)


A(id="a01", src="pemkab-tabalong", t="2026-11-03 15:10", fam="isbat",
  title="58 Pasangan di Muara Uya Ikuti Sidang Isbat Terpadu, Pulang Bawa Buku Nikah dan KK",
  text="""TANJUNG – Sebanyak 58 pasangan suami istri di Kecamatan Muara Uya mengikuti sidang isbat nikah terpadu di Aula Kantor Camat Muara Uya, [[3/11]]. Layanan ini digelar Pemkab Tabalong bersama Pengadilan Agama Tanjung, Kantor Kemenag dan Disdukcapil Tabalong.

Dua majelis hakim menyidangkan perkara sejak pagi. Pasangan yang permohonannya dikabulkan langsung menerima buku nikah dari KUA Muara Uya, lalu kartu keluarga baru dan akta kelahiran anak dari Disdukcapil. Hari itu tercetak 58 KK dan 71 akta kelahiran. “Banyak pasangan di sini menikah secara agama puluhan tahun lalu tanpa tercatat. Sekarang semua urusan selesai di satu meja dan tanpa biaya,” kata Kepala Bagian Kesra Setda Tabalong, H. Rusdiansyah Noor.

Layanan serupa dijadwalkan untuk Kecamatan Haruai pada Februari 2027. Warga diminta mendaftar melalui kantor desa masing-masing. (prokom-tbg/dn)""",
  s="Sidang isbat nikah terpadu di Aula Kantor Camat Muara Uya (3/11): 58 pasangan disahkan PA Tanjung, langsung dapat buku nikah, plus 58 KK baru dan 71 akta kelahiran anak. Semuanya gratis.",
  l="Pemkab Tabalong menggandeng PA Tanjung, Kemenag dan Disdukcapil menggelar isbat nikah terpadu di Muara Uya hari Selasa. Ada 58 pasangan yang selama ini menikah secara agama tapi tidak tercatat. Dua majelis hakim bersidang sejak pagi, dan yang dikabulkan langsung membawa pulang buku nikah dari KUA, KK baru, serta akta kelahiran anak (71 lembar). Kabag Kesra H. Rusdiansyah Noor bilang semua selesai di satu meja tanpa biaya. Giliran Haruai Februari 2027.",
  p="Alhamdulillah dangsanak, di kantor camat Muara Uya 58 pasang laki bini nang dahulu kawin kada tacatat wayahini sudah disahkan hakim PA Tanjung 🙏 Langsung dapat buku nikah, KK hanyar, akta anak jua, kada bayar sapeser 👍 #IsbatTerpadu #Tabalong",
  tags="#IsbatNikah #Tabalong #MuaraUya",
  n=[("kim-muara-uya", 640, "Pendaftaran isbat nikah terpadu untuk warga Kecamatan Haruai sudah dibuka di kantor desa masing-masing sampai 15 Januari 2027. Sidangnya direncanakan Februari di aula kecamatan Haruai. Syarat: KTP, KK, surat keterangan dari penghulu kampung atau dua orang saksi. Info dari Pambakal Haruai, silakan disebarkan.", "Haruai's registration for the February 2027 round: the next step, told as its own news"),
     ("kim-kelua", 100, "#Kilasbalik setahun lalu: 40 pasangan di Kecamatan Upau ikut sidang isbat keliling PA Tanjung (November 2025). Waktu itu buku nikah baru bisa diambil dua minggu kemudian di KUA, belum ada KK dan akta langsung jadi.", "last year's Upau round, 40 couples, documents weeks later"),
     ("kim-mabuun", 3, "Sore ini Kabag Kesra Setda Tabalong H. Rusdiansyah Noor menyerahkan 12 kursi roda dan 20 tongkat untuk lansia di Aula Kelurahan Mabuun. Bantuan berasal dari dana tanggung jawab sosial perusahaan. Terima kasih pak 🙏 #Mabuun #PeduliLansia", "same Kabag Kesra, same day, another event (wheelchairs in Mabuun)")],
  b=("kim-muara-uya", -20, "Besok pagi di aula kantor camat Muara Uya ada sidang isbat nikah dari Pengadilan Agama. Yang sudah mendaftar harap hadir jam 8 membawa KTP, KK dan dua saksi. Katanya buku nikah bisa langsung dibagikan hari itu jua.", "invitation the day before the sidang, before the release"))

A(id="a02", src="pemkab-kotabaru", t="2026-11-12 16:45", fam="isbat",
  title="Tim Isbat Terpadu Seberangi Laut, 41 Pasangan di Pulau Laut Kepulauan Disahkan",
  text="""KOTABARU – Tim layanan isbat nikah terpadu menyeberang dengan speedboat ke Kecamatan Pulau Laut Kepulauan, [[12/11]]. Di aula kantor camat, Pengadilan Agama Kotabaru menyidangkan 45 permohonan dan mengabulkan 41 di antaranya.

Empat permohonan ditunda karena saksi tidak hadir. Pasangan yang dikabulkan menerima buku nikah dari KUA setempat, sedangkan Disdukcapil mencetak 36 kartu keluarga dan 52 akta kelahiran anak di tempat. “Ongkos ke kota bagi warga pulau bisa lebih mahal dari biaya perkaranya. Karena itu kami yang datang,” ujar Asisten Pemerintahan dan Kesra Setda Kotabaru, Hj. Noorlatifah Amin.

Empat pasangan yang ditunda akan disidangkan ulang di kantor Pengadilan Agama Kotabaru pada Desember dengan biaya perjalanan ditanggung pemkab. Pada 2027 layanan ini direncanakan menjangkau Pulau Sembilan. (dkp-ktb/sr)""",
  s="Isbat nikah terpadu di Pulau Laut Kepulauan (12/11): PA Kotabaru kabulkan 41 dari 45 permohonan, 36 KK dan 52 akta anak dicetak di tempat. 4 pasangan disidang ulang Desember.",
  p="Tim PA Kotabaru nyamun ka Pulau Laut Kepulauan naik spedbot, 41 pasang laki bini disahkan kawinnya 💍 Ampat pasang lagi ditunda gara-gara saksi kada datang, Desember kaina disidang ulang di kota, ongkos ditanggung pemkab. Mantap! #Kotabaru #IsbatNikah",
  tags="#IsbatNikah #Kotabaru #PulauLautKepulauan",
  n=[("kim-semayap", 120, "Pengadilan Agama Kotabaru membuka sidang keliling di Balai Desa Sungai Bali, Pulau Sebuku, Sabtu ini. Perkara yang dilayani gugatan cerai dan dispensasi kawin, bukan isbat nikah. Warga diminta datang sendiri membawa berkas, biaya perkara tetap bayar sesuai ketentuan.", "PA's ordinary circuit court on Pulau Sebuku for divorce and dispensation cases, not isbat"),
     ("kim-stagen", 70, "Kisah Kai Darman dan Nini Salmah dari Stagen: 41 tahun menikah, baru minggu ini buku nikah mereka jadi setelah sidang isbat di kantor PA Kotabaru. Mereka mengurus sendiri, bolak-balik tiga kali. \"Biar anak cucu kada susah urusan warisan,\" ujar Kai Darman.", "one couple's own isbat at the PA office in town; same figure 41 meaning years of marriage"),
     ("kim-serongga", 400, "Ada yang tanya, kapan isbat terpadu ke Kelumpang Hilir? Sampai hari ini belum ada info resmi dari pemkab maupun PA. Yang beredar di grup itu jadwal kecamatan lain. Nanti kalau ada surat dari kecamatan kami umumkan di sini.", "question about Kelumpang Hilir, no schedule yet")],
  b=None)

A(id="a03", src="pemkab-banjar", t="2026-11-24 13:30", fam="isbat",
  title="Isbat Nikah Terpadu di Aluh-Aluh: 72 Pasangan Disahkan, Sembilan Berkas Belum Lengkap",
  text="""MARTAPURA – Pemkab Banjar melalui Bagian Kesra bersama Pengadilan Agama Martapura dan Disdukcapil menggelar isbat nikah terpadu di Aula Kantor Camat Aluh-Aluh, [[23/11]]. Dari 81 pasangan yang hadir, 72 disahkan dan sembilan diminta melengkapi berkas.

Sebagian besar peserta adalah pasangan lanjut usia dari desa-desa pesisir seperti Tanipah dan Kuin Besar. Buku nikah diserahkan KUA Aluh-Aluh di tempat, disusul 72 kartu keluarga baru. “Tanpa buku nikah, anak-anak mereka kesulitan mengurus akta, beasiswa sampai warisan. Isbat terpadu memotong semua itu,” kata Kepala Bagian Kesra Setda Banjar, Ahmad Fauzan Rahmani.

Sembilan pasangan yang berkasnya belum lengkap bisa mengikuti putaran berikutnya di Kecamatan Sungai Tabuk pada Januari 2027. Pendaftaran dibuka di kantor desa mulai 1 Desember. (kominfo-bjr/hn)""",
  s="Isbat terpadu di Aula Kantor Camat Aluh-Aluh (23/11): 72 dari 81 pasangan disahkan, buku nikah dan 72 KK langsung diserahkan. 9 pasangan diminta lengkapi berkas, bisa ikut di Sungai Tabuk Januari 2027.",
  l="Pemkab Banjar, PA Martapura dan Disdukcapil membawa layanan isbat nikah ke Aluh-Aluh hari Senin. Hadir 81 pasangan, kebanyakan lansia dari Tanipah dan Kuin Besar; 72 disahkan dan langsung menerima buku nikah dari KUA Aluh-Aluh serta KK baru. Sembilan pasangan berkasnya belum lengkap. Menurut Kabag Kesra Ahmad Fauzan Rahmani, tanpa buku nikah anak-anak susah urus akta dan warisan. Putaran berikutnya di Sungai Tabuk Januari 2027, daftar mulai 1 Desember di kantor desa.",
  p="Bubuhan Aluh-Aluh, 72 pasang kai nini wan laki bini kita sudah sah tacatat lawan nagara 🥰 Isbat terpadu di aula kecamatan kamarian, buku nikah wan KK langsung dibari. Nang sangang pasang berkasnya balum lengkap jangan sadih, Januari kaina ada lagi di Sungai Tabuk. #AluhAluh #Banjar",
  tags="#IsbatNikah #KabupatenBanjar #AluhAluh",
  n=[("kim-sungai-tabuk-kota", 196, "Hari pertama pendaftaran isbat nikah putaran Januari di Kantor Desa Sungai Tabuk Kota: 14 pasangan sudah mendaftar sampai siang ini, kebanyakan kai nini yang menikah tahun 70-an. Kuota untuk Kecamatan Sungai Tabuk 60 pasangan, bawa KTP, KK dan nama dua saksi.", "the first registration day in Sungai Tabuk (1/12) for the January round: a later step with its own figures (14 of 60)"),
     ("kim-aluh-aluh-besar", 2, "Hari ini di Aula Kantor Camat Aluh-Aluh ada bimbingan perkawinan untuk 30 calon pengantin dari KUA Aluh-Aluh. Materi kesehatan reproduksi dan keuangan keluarga. Aulanya masih penuh hiasan janur sisa acara kemarin 😄", "same hall, next day, pre-marriage course for 30 brides and grooms"),
     ("kim-bangkal", 90, "Disdukcapil jemput bola ke Kelurahan Bangkal: 72 anak direkam dan menerima Kartu Identitas Anak (KIA) hari ini. Orang tua cukup bawa KK dan akta kelahiran. #Bangkal #KIA", "same figure 72 meaning children's ID cards in Bangkal")],
  b=("kim-aluh-aluh-besar", -42, "Besok Senin di kantor camat ada hakim Pengadilan Agama Martapura datang gasan sidang isbat nikah. Nang sudah didata pembakal harap hadir jam 8 pagi. Kursi disiapkan 90 buah, kada usah bawa apa-apa salain berkas.", "invitation on the eve of the sidang, before the release"))

A(id="a04", src="baznas-kalsel", t="2026-11-22 15:30", fam="nikah",
  title="Baznas Kalsel Nikahkan 25 Pasangan Mustahik di Masjid Raya Sabilal Muhtadin",
  text="""BANJARMASIN – Baznas Provinsi Kalimantan Selatan bersama Kanwil Kemenag Kalsel menggelar nikah massal bagi 25 pasangan mustahik di Masjid Raya Sabilal Muhtadin, [[22/11]]. Akad nikah dipimpin penghulu dari KUA Banjarmasin Tengah secara bergiliran sejak pukul 08.00 Wita.

Setiap pasangan menerima mahar seperangkat alat salat, cincin, pakaian pengantin dan uang pembinaan keluarga Rp2 juta yang bersumber dari dana zakat. Pasangan berasal dari Banjarmasin, Banjarbaru, Banjar dan Barito Kuala. “Menikah itu ibadah. Jangan sampai karena tidak punya biaya, pasangan memilih nikah tidak tercatat,” kata Ketua Baznas Kalsel, H. Muhammad Sya’rani.

Baznas Kalsel akan mendampingi ke-25 keluarga baru ini selama setahun melalui pembinaan usaha dan majelis taklim. Pendaftaran angkatan berikutnya dibuka menjelang Ramadan 1448 Hijriah. (baznas-ks/mr)""",
  s="Nikah massal Baznas Kalsel di Masjid Raya Sabilal Muhtadin (22/11): 25 pasangan mustahik dari Banjarmasin, Banjarbaru, Banjar dan Batola, masing-masing dapat mahar, cincin dan uang pembinaan Rp2 juta dari dana zakat.",
  l="Minggu pagi Masjid Raya Sabilal Muhtadin jadi tempat akad 25 pasangan mustahik dalam nikah massal Baznas Kalsel dan Kanwil Kemenag. Penghulu KUA Banjarmasin Tengah menikahkan mereka bergiliran mulai jam 8. Tiap pasangan dapat alat salat, cincin, baju pengantin dan Rp2 juta dari dana zakat. Ketua Baznas H. Muhammad Sya'rani berpesan agar tidak ada yang memilih nikah tak tercatat karena biaya. Ke-25 keluarga dibina setahun; angkatan berikutnya menjelang Ramadan.",
  p="Masya Allah, tadi pagi di Sabilal Muhtadin 25 pasang pengantin bakawinan sakaligus, dibiayai Baznas Kalsel matan duit zakat 😍 Dapat cincin, alat salat, baju pengantin wan duit dua juta. Samoga sakinah mawaddah warahmah lah bubuhannya 🤲 #NikahMassal #Baznas",
  tags="#NikahMassal #BaznasKalsel #SabilalMuhtadin",
  n=[("kim-teluk-dalam", 2, "Alhamdulillah akad nikah anak kami Rahmi dan Fadhil berlangsung di serambi Masjid Raya Sabilal Muhtadin ba'da Zuhur tadi. Terima kasih keluarga besar RT 12 Teluk Dalam yang membantu. Resepsi sederhana di rumah malam ini ya 🙏", "a private family wedding at the same mosque the same day"),
     ("kim-alalak-selatan", 250, "Kemenag Kota Banjarmasin mengingatkan: pendaftaran nikah di KUA tidak dipungut biaya bila akad di kantor KUA pada jam kerja. Akad di luar kantor Rp600 ribu disetor ke bank. Jangan mau dimintai lebih.", "same office's circular on marriage fees, not the mass wedding"),
     ("kim-guntung-manggis", 180, "Ingat tahun lalu? Nikah massal Hari Jadi Kota Banjarbaru 2025 menikahkan 18 pasangan di Balai Kota. Tahun ini jadwalnya belum diumumkan, pantau terus ya.", "last year's Banjarbaru city wedding (18 couples), nothing new")],
  b=("kim-teluk-dalam", -24, "Nampak tenda dan kursi putih dipasang di halaman Masjid Raya Sabilal Muhtadin sore ini. Kabarnya Minggu pagi ada nikah massal puluhan pasangan dari Baznas. Jalan Sudirman mungkin agak padat besok pagi.", "preparations seen two days before, before the release"))

A(id="a05", src="pemkab-batola", t="2026-11-14 14:05", fam="nikah",
  title="44 Pasangan dari 17 Kecamatan Ikuti Nikah Massal di Marabahan",
  text="""MARABAHAN – Sebanyak 44 pasangan dari 17 kecamatan mengikuti nikah massal yang digelar Pemkab Barito Kuala di Aula Kantor Bupati, [[14/11]]. Kegiatan ini terselenggara atas kerja sama Bagian Kesra, Kantor Kemenag dan Baznas Barito Kuala.

Sebanyak 29 pasangan sebelumnya sudah menikah secara agama dan kini dicatat resmi, sedangkan 15 pasangan adalah pengantin baru. Mereka menerima buku nikah, kartu keluarga baru, seserahan dari Baznas dan mahar uang Rp500 ribu dari pemkab. “Pencatatan nikah melindungi hak istri dan anak, terutama bila terjadi sesuatu pada kepala keluarga,” ujar Wakil Bupati Barito Kuala, H. Syarifuddin Anwar, yang menjadi saksi bagi beberapa pasangan.

Pemkab berencana menjadikan nikah massal agenda tahunan menjelang hari jadi kabupaten. Desa diminta mendata pasangan yang belum tercatat sejak awal 2027. (mc-batola/ad)""",
  s="Nikah massal Pemkab Batola di Aula Kantor Bupati (14/11): 44 pasangan dari 17 kecamatan, 29 di antaranya nikah siri yang dicatat resmi. Dapat buku nikah, KK, seserahan Baznas dan mahar Rp500 ribu.",
  p="Wayah Sabtu di aula kantor bupati Batola ada 44 pasang bakawinan, matan 17 kecamatan 💐 Dua puluh sangang pasang nang dahulu kawin siri, wayahini sudah tacatat. Dapat buku nikah, KK, sasarahan Baznas wan mahar limaratus ribu. Wabup gin jadi saksi 😁 #Batola #NikahMassal",
  tags="#NikahMassal #BaritoKuala #Marabahan",
  n=[("kim-anjir-pasar-kota", 160, "Di Langgar Nurul Huda Anjir Pasar, tiga pasangan muda menikah bersama setelah Subuh tadi. Biaya akad dan makan ditanggung jemaah langgar secara urunan. Penghulu dari KUA Anjir Pasar. Barakallah! #AnjirPasar", "a langgar's own joint wedding of three couples funded by its jemaah"),
     ("kim-kuripan", 300, "Ada yang japri tanya apakah Desember ada nikah massal lagi di Marabahan. Sampai hari ini belum ada info resmi. Yang kemarin itu agenda tahunan, berikutnya paling cepat tahun depan. Jangan percaya pesan berantai yang minta biaya pendaftaran.", "rumour of another December round, denied"),
     ("kim-marabahan-kota", 20, "Aula Kantor Bupati Barito Kuala hari ini dipakai untuk seleksi calon Duta Wisata Batola 2027. Ada 36 peserta putra-putri. Hiasan pelaminan bekas nikah massal kemarin masih terpasang di panggung 😄", "same hall the next day, tourism ambassador selection")],
  b=None)

A(id="a06", src="pemkot-banjarbaru", t="2026-11-06 10:20", fam="nikah",
  title="Pemko Banjarbaru Buka Pendaftaran Nikah Massal Akhir Tahun untuk 40 Pasangan",
  text="""BANJARBARU – Pemerintah Kota Banjarbaru membuka pendaftaran nikah massal akhir tahun untuk 40 pasangan, mulai [[9/11]] hingga [[27/11]]. Pendaftaran dilayani di KUA sesuai domisili dan di Bagian Kesra Setdako Banjarbaru.

Peserta wajib berdomisili di Banjarbaru, membawa surat pengantar kelurahan, fotokopi KTP dan KK, serta surat keterangan belum pernah menikah tercatat. Pasangan yang sudah menikah secara agama juga boleh mendaftar. Seluruh biaya akad, mahar dan perlengkapan ditanggung pemko. “Kami ingin tidak ada lagi warga yang menunda pencatatan nikah karena alasan biaya,” kata Kepala Bagian Kesra Setdako Banjarbaru, Rina Marlina Fitri.

Verifikasi berkas dijadwalkan 30 November sampai 4 Desember, sedangkan akad nikah massal akan digelar di Balai Kota pada 27 Desember 2026. (humas-bjb/fz)""",
  s="Daftar nikah massal Pemko Banjarbaru dibuka 9–27 November di KUA atau Bagian Kesra, kuota 40 pasangan, gratis. Syarat: domisili Banjarbaru, pengantar kelurahan, KTP/KK. Akad 27 Desember di Balai Kota.",
  l="Pemko Banjarbaru membuka kuota 40 pasangan untuk nikah massal akhir tahun. Pendaftaran 9 sampai 27 November di KUA domisili atau Bagian Kesra. Syaratnya domisili Banjarbaru, pengantar kelurahan, fotokopi KTP dan KK, serta keterangan belum pernah nikah tercatat; yang sudah nikah siri juga boleh. Semua biaya ditanggung pemko. Verifikasi 30 November–4 Desember, akadnya 27 Desember di Balai Kota.",
  p="Gaes yang di Banjarbaru dan belum sempat nikah resmi karena mikir biaya, ini kesempatan 😍 Pemko buka daftar nikah massal 40 pasangan, gratis semua. Daftar 9–27 Nov di KUA atau Kesra, akadnya 27 Des di Balai Kota. Gas lah! #Banjarbaru",
  tags="#NikahMassal #Banjarbaru #PemkoBanjarbaru",
  n=[("kim-sungai-besar", 610, "Verifikasi berkas nikah massal hari ini di Bagian Kesra Setdako: 36 pasangan datang, empat diminta menyusulkan surat pengantar kelurahan. Antrean lancar, jangan lupa bawa berkas asli ya. #Banjarbaru", "the verification day (1/12) told as its own news, with its own count 36"),
     ("kim-angsau", 140, "Pemkab Tanah Laut membuka pendaftaran nikah massal 30 pasangan sampai 20 Desember di KUA masing-masing kecamatan. Akad dijadwalkan Januari 2027 di Pelaihari. Syarat berdomisili Tanah Laut.", "another kabupaten's registration (Tanah Laut, 30 couples, January)"),
     ("kim-guntung-manggis", 220, "Saya mau tanya min, kenapa nikah massal Banjarbaru wajib KTP Banjarbaru? Keponakan saya KTP-nya masih Martapura padahal tinggal di sini sudah tiga tahun. Kasian mau daftar ditolak. Semoga bisa dipertimbangkan pemko 🙏", "complaint about the domicile requirement, not an amplification")],
  b=None)

A(id="a07", src="kemenag-kalsel", t="2026-11-04 11:00", fam="manasik",
  title="Kemenag Kalsel Buka Manasik Haji Sepanjang Tahun di 156 KUA",
  text="""BANJARMASIN – Kanwil Kemenag Kalimantan Selatan mulai menggelar manasik haji sepanjang tahun di 156 KUA kecamatan. Sesi pertama serentak dilaksanakan [[7/11]] dan diikuti calon jemaah yang diperkirakan berangkat pada 2027 dan 2028.

Setiap KUA menjadwalkan delapan pertemuan dalam setahun, masing-masing dua jam, dengan materi fikih haji, kesehatan, dan tata cara di Arafah, Muzdalifah dan Mina. Pembimbingnya penyuluh agama dan pembimbing manasik bersertifikat. “Jemaah kita makin banyak yang lansia. Belajar sedikit demi sedikit sepanjang tahun lebih mudah diingat daripada manasik padat dua hari,” kata Kepala Bidang Penyelenggaraan Haji dan Umrah Kanwil Kemenag Kalsel, H. Abdul Halim Mubarak.

Jadwal tiap KUA diumumkan lewat kantor kemenag kabupaten/kota. Calon jemaah cukup membawa bukti setor awal saat hadir pertama kali. (kemenag-ks/ab)""",
  s="Kemenag Kalsel mulai manasik haji sepanjang tahun di 156 KUA; sesi pertama serentak Sabtu 7/11. Delapan pertemuan setahun, untuk calon jemaah estimasi berangkat 2027–2028. Bawa bukti setor awal.",
  l="Kanwil Kemenag Kalsel menggelar manasik haji sepanjang tahun di 156 KUA. Pertemuan pertama serentak Sabtu 7 November, total delapan pertemuan dua jam per tahun: fikih haji, kesehatan, tata cara Armuzna. Pembimbingnya penyuluh dan pembimbing bersertifikat. Kabid PHU H. Abdul Halim Mubarak bilang belajar bertahap lebih mudah diingat jemaah lansia. Jadwal per KUA lewat kemenag kabupaten/kota; bawa bukti setor awal.",
  p="Bubuhan calon haji nang ba'antri, mulai Sabtu 7 November ini ada manasik di KUA masing-masing, salawas satahun 🕋 Dalapan kali batamu, dua jam haja sakali. Bawa bukti satoran awal. Jar Kabid PHU, baguru sadikit-sadikit labih ingat daripada dua hari langsung. #ManasikHaji #Kemenag",
  tags="#ManasikHaji #KemenagKalsel #KUA",
  n=[("kim-pelambuan", 80, "KBIH Al-Barokah Banjarmasin Barat membuka manasik intensif untuk jemaah binaannya tiap Ahad di aula yayasan, berbayar sesuai paket bimbingan. Jadwal dimulai 15 November. Info di sekretariat.", "a private KBIH's paid intensive manasik, not the KUA programme"),
     ("kim-kandangan-kota", 200, "Pertemuan kedua manasik di KUA Kandangan baru Desember ya bapak ibu, bukan minggu ini. Yang hadir Sabtu lalu 64 orang. Nanti jadwal persisnya diumumkan penyuluh lewat grup jemaah.", "a KUA's own attendance note and schedule, not the release"),
     ("kim-angsau", 240, "Kepala Bidang PHU Kanwil Kemenag Kalsel H. Abdul Halim Mubarak hadir di Pelaihari hari ini untuk silaturahmi alumni haji 2026 kloter 9. Ratusan alumni berkumpul di rumah makan dekat pasar, berbagi cerita dan doa. #Pelaihari", "same Kabid PHU at another event (alumni gathering in Pelaihari)")],
  b=("kim-kandangan-kota", -50, "Dengar-dengar mulai bulan ini manasik haji bisa diikuti di KUA terdekat, tidak harus tunggu setahun sebelum berangkat. Ada yang sudah dapat info resmi? Orang tua saya antre berangkat 2027.", "rumour two days before the release"))

A(id="a08", src="pemkab-hss", t="2026-11-18 15:40", fam="manasik",
  title="1.100 Anak RA dan TK Ikuti Manasik Haji Cilik di Lapangan Dipanegara",
  text="""KANDANGAN – Sebanyak 1.100 anak dari 64 Raudhatul Athfal dan taman kanak-kanak di Hulu Sungai Selatan mengikuti manasik haji cilik di Lapangan Dipanegara Kandangan, [[18/11]]. Mereka mengenakan kain ihram dan mukena putih kecil.

Panitia menyiapkan replika Kakbah setinggi empat meter, jalur sai sepanjang 60 meter dan tiga tugu jumrah dari kardus. Anak-anak didampingi guru dan orang tua melakukan tawaf, sai dan melontar jumrah secara berurutan. “Manasik ini cara sederhana mengenalkan rukun Islam kelima sejak dini. Yang penting mereka senang dan ingat,” kata Kepala Kantor Kemenag HSS, H. Mahyuni Ridwan, yang melepas rombongan tawaf pertama.

Kegiatan yang digelar bersama IGRA dan Dinas Pendidikan HSS ini akan dijadikan agenda tahunan. Tahun depan panitia berencana menggelar manasik cilik di Kecamatan Daha Selatan. (kominfo-hss/rn)""",
  s="Manasik haji cilik di Lapangan Dipanegara Kandangan (18/11): 1.100 anak dari 64 RA/TK se-HSS, replika Kakbah 4 m, jalur sai 60 m. Dilepas Kepala Kemenag HSS.",
  p="Lucu banar kakanakan RA wan TK se-HSS tadi di Lapangan Dipanegara, saribu saratus ikung bamanasik haji cilik, baihram putih halus-halus 🥹 Ada Kakbah tiruan ampat meter, jalur sai anam puluh meter. #ManasikCilik #Kandangan",
  tags="#ManasikHajiCilik #HSS #Kandangan",
  n=[("kim-hamalau", 30, "TK Islam Nurul Iman Hamalau menggelar manasik haji sendiri di halaman sekolah, 46 murid ikut tawaf mengelilingi Kakbah dari kardus buatan wali murid. Tidak ikut ke Kandangan karena jauh. #Hamalau", "one kindergarten's own manasik in Hamalau with 46 pupils"),
     ("kim-padang-batung", 120, "Lapangan Dipanegara Kandangan besok pagi dipakai untuk jalan santai Hari Guru, start jam 6.30. Kupon dibagikan di sekolah masing-masing. Panggung sisa manasik cilik kemarin dipakai lagi untuk pengundian hadiah.", "same field, another event (Hari Guru walk)"),
     ("kim-malinau", 380, "Kapan manasik cilik di Loksado? Anak-anak RA di sini juga ingin ikut, tapi ke Kandangan jauh dan mahal ongkosnya. Semoga tahun depan ada giliran ke hulu, bukan hanya Daha.", "question about Loksado, no schedule")],
  b=("kim-kandangan-kota", -23, "Di Lapangan Dipanegara sore ini panitia sudah memasang Kakbah tiruan dari triplek dan kain hitam. Besok pagi ada manasik haji anak-anak TK/RA se-HSS, jalan sekitar lapangan kemungkinan ditutup.", "preparations the evening before, before the release"))

A(id="a09", src="pemkab-tanah-laut", t="2026-11-10 16:00", fam="manasik",
  title="96 Calon Jemaah Lansia Tanah Laut Ikuti Manasik Khusus dengan Kursi Roda",
  text="""PELAIHARI – Sebanyak 96 calon jemaah haji lanjut usia asal Tanah Laut yang berusia 75 tahun ke atas mengikuti manasik khusus lansia di Aula Kantor Kemenag Tanah Laut, [[10/11]]. Tiap jemaah didampingi satu anggota keluarga.

Materi disederhanakan: tata cara tawaf dan sai dengan kursi roda, pembadalan lontar jumrah, cara minum obat di tengah cuaca panas, dan penggunaan gelang identitas. Panitia menyiapkan 20 kursi roda untuk latihan bergantian. “Lansia tidak harus hafal semua doa. Yang harus mereka pahami adalah menjaga tenaga dan tidak terpisah dari rombongan,” kata Kepala Seksi Penyelenggaraan Haji dan Umrah Kemenag Tanah Laut, Hj. Siti Aminah Rasyid.

Manasik lansia akan diulang dua kali lagi sebelum keberangkatan. Pendamping keluarga juga diminta mengikuti pemeriksaan kesehatan di puskesmas masing-masing. (diskominfo-tala/wn)""",
  s="Manasik khusus lansia Kemenag Tanah Laut (10/11): 96 calon jemaah usia 75+ dan pendamping latihan tawaf/sai pakai kursi roda, badal jumrah, minum obat saat panas. Diulang dua kali lagi.",
  l="Di Aula Kemenag Tanah Laut hari Selasa, 96 calon haji usia 75 tahun ke atas ikut manasik khusus lansia, tiap orang ditemani satu keluarga. Latihannya disederhanakan: tawaf dan sai di kursi roda (ada 20 kursi roda latihan), badal lontar jumrah, minum obat saat panas dan gelang identitas. Kasi PHU Hj. Siti Aminah Rasyid menekankan jaga tenaga dan jangan terpisah rombongan. Akan diulang dua kali sebelum berangkat.",
  p="Ulun tadi maantar abah ka aula Kemenag Tala, manasik gasan calon haji nang umurnya tujuh puluh lima ka atas, ada sambilan puluh anam urang 🤲 Balajar tawaf wan sai bakursi roda, lontar jumrah dibadalakan haja. Jar Bu Kasi, kada harus hapal doa, nang penting jangan tapisah rombongan. #Tala #Haji",
  tags="#ManasikLansia #TanahLaut #Haji2027",
  n=[("kim-tambang-ulang", 96, "Puskesmas Tambang Ulang mulai Senin melayani pemeriksaan kesehatan pendamping keluarga calon jemaah haji. Cukup bawa KTP dan surat keterangan dari Kemenag. Dilayani pagi jam 8–11. #TambangUlang", "the puskesmas check for companions (later step), its own service notice"),
     ("kim-kintap", 60, "Posyandu lansia Desa Kintapura hari ini: 96 lansia ditimbang dan dicek tensi, 11 dirujuk ke puskesmas karena darah tinggi. Terima kasih kader 🙏 #Kintap", "same figure 96 meaning elderly at a posyandu"),
     ("kim-angsau", 150, "Aula Kantor Kemenag Tanah Laut dipakai hari ini untuk pembinaan 40 guru madrasah diniyah se-Pelaihari. Jadwal pelatihan kurikulum berlanjut sampai Jumat.", "same hall, another activity (madrasah teachers)")],
  b=None)

A(id="a10", src="kemenag-kalsel", t="2026-11-16 13:15", fam="berangkat",
  title="3.818 Calon Jemaah Kalsel Berhak Lunasi Biaya Haji 2027, Tahap I Dibuka 23 November",
  text="""BANJARMASIN – Kanwil Kemenag Kalimantan Selatan mengumumkan 3.818 calon jemaah haji reguler asal Kalsel berhak melunasi biaya perjalanan ibadah haji tahun 1448 Hijriah/2027 Masehi. Pengumuman disampaikan dalam rapat koordinasi di Banjarmasin, [[16/11]].

Pelunasan tahap I dibuka mulai 23 November hingga 18 Desember 2026 melalui bank penerima setoran. Jemaah lunas tunda tahun lalu dan lansia prioritas termasuk dalam daftar. Nama-nama jemaah dapat dicek di kantor kemenag kabupaten/kota dan aplikasi resmi Kemenag. “Silakan cek nama dan estimasi keberangkatan sendiri. Jangan mengandalkan kabar dari calo yang menjanjikan percepatan,” kata Kepala Kanwil Kemenag Kalsel, H. Syaifullah Arsyad.

Jemaah yang tidak melunasi pada tahap I masih dapat mengikuti tahap II yang jadwalnya akan diumumkan kemudian. Keberangkatan kloter pertama Embarkasi Banjarmasin diperkirakan awal Mei 2027. (kemenag-ks/ab)""",
  s="3.818 calon jemaah haji reguler Kalsel berhak lunas BPIH 2027. Pelunasan tahap I 23 Nov–18 Des 2026 di bank penerima setoran; cek nama di kemenag kab/kota atau aplikasi resmi. Kloter pertama diperkirakan awal Mei 2027.",
  l="Kanwil Kemenag Kalsel merilis 3.818 nama calon jemaah reguler yang berhak melunasi biaya haji 2027. Tahap I pelunasan 23 November sampai 18 Desember lewat bank penerima setoran; lunas tunda dan lansia prioritas ikut masuk daftar. Kakanwil H. Syaifullah Arsyad minta jemaah cek nama sendiri di kemenag kabupaten/kota atau aplikasi resmi dan tidak percaya calo. Tahap II diumumkan kemudian; kloter pertama Embarkasi Banjarmasin perkiraan awal Mei 2027.",
  p="Pengumuman gasan calon haji 2027: 3.818 urang jemaah Kalsel sudah kawa malunasi 💰 Tahap satu mulai 23 November sampai 18 Desember di bank. Cek ngaran pian di kantor kemenag atawa aplikasi, jangan picaya calo nang bajanji kawa bacapat. #Haji2027 #Kalsel",
  tags="#Haji2027 #PelunasanBPIH #KemenagKalsel",
  n=[("kim-barabai-timur", 170, "Kemenag HST: 209 calon jemaah asal Hulu Sungai Tengah masuk daftar berhak lunas tahun 2027. Petugas PHU membuka meja bantuan cek nama di kantor kemenag Barabai setiap hari kerja sampai Desember.", "a kabupaten's own count and help desk (209 in HST)"),
     ("kim-paliwara", 260, "WASPADA! Beredar pesan atas nama petugas haji yang menawarkan 'percepatan berangkat 2027' dengan biaya Rp25 juta. Itu penipuan. Pelunasan hanya lewat bank penerima setoran, tidak ada jalur cepat. #StopCalo", "scam warning about fake acceleration offers"),
     ("kim-babirik", 390, "Kisah jemaah lunas tunda dari Babirik: Pak Syahrani sudah melunasi sejak 2025 tapi batal berangkat karena sakit. Tahun ini ia berharap bisa berangkat bersama istrinya. \"Mudahan sehat,\" katanya. #Babirik", "one pilgrim's personal story, no release facts")],
  b=None)

A(id="a11", src="pemprov-kalsel", t="2026-11-09 15:20", fam="berangkat",
  title="Renovasi Gedung Mina Asrama Haji Rampung, Embarkasi Banjarmasin Siap Layani Musim Haji 2027",
  text="""BANJARBARU – Pemprov Kalimantan Selatan menyerahkan hasil renovasi Gedung Mina dan dua unit bus jemaah kepada UPT Asrama Haji Embarkasi Banjarmasin di Landasan Ulin, [[9/11]]. Renovasi senilai Rp6,4 miliar dari APBD itu menambah 120 kamar ber-AC dan lift untuk jemaah lansia.

Asrama haji ini melayani jemaah dari Kalsel, Kalteng dan sebagian Kaltim. Selain Gedung Mina, pemprov juga memperbaiki klinik asrama dan ruang tunggu keluarga. “Jemaah menginap semalam sebelum terbang. Malam terakhir di tanah air itu harus nyaman, apalagi bagi lansia,” kata Kepala Biro Kesejahteraan Rakyat Setda Kalsel, Drs. H. Gusti Riduansyah.

Bus jemaah akan dipakai untuk antar-jemput dari asrama ke Bandara Syamsudin Noor. Pemprov juga menyiapkan renovasi Gedung Arafah pada 2027 setelah musim haji selesai. (mc-kalsel/ry)""",
  s="Pemprov Kalsel serahkan renovasi Gedung Mina Asrama Haji Embarkasi Banjarmasin (Rp6,4 M, 120 kamar ber-AC, lift lansia) dan 2 bus jemaah (9/11). Siap untuk musim haji 2027; Gedung Arafah menyusul.",
  p="Asrama haji di Landasan Ulin wayahini tambah nyaman, Gedung Mina hudah direnovasi pemprov anam koma ampat miliar, ada saratus dua puluh kamar ba-AC wan lift gasan kai nini 👍 Ditambahi dua bis gasan maantar ka bandara. Siap gasan musim haji 2027! #AsramaHaji #Kalsel",
  tags="#AsramaHaji #Embarkasi #PemprovKalsel",
  n=[("kim-guntung-manggis", 40, "Sore ini Asrama Haji Landasan Ulin ramai, ada pameran UMKM dan bazar buku Islami sampai Minggu. Parkir di belakang Gedung Arafah. Masuk gratis. #LandasanUlin", "same venue, a bazaar, not the renovation"),
     ("kim-bangkal", 210, "Rencana renovasi Gedung Arafah Asrama Haji tahun depan katanya mulai Juni 2027 ya, setelah jemaah pulang. Kontraktor belum ditentukan. Warga sekitar berharap akses jalan juga diperbaiki.", "the planned Arafah renovation, a later step and hopes"),
     ("kim-sungai-besar", 120, "Dua bus baru Dinas Perhubungan Kota Banjarbaru untuk angkutan pelajar gratis mulai beroperasi Senin, rute Cempaka–Banjarbaru Selatan. Jadwal pagi 06.15 dan siang 13.00.", "two new buses meaning school buses of another office")],
  b=("kim-guntung-manggis", -30, "Tadi lewat Asrama Haji, gedung yang lama direnovasi sudah dicat ulang dan ada dua bus putih baru parkir di depan. Kabarnya besok diserahkan pemprov. Ada yang tahu?", "things seen the day before the handover, before the release"))

A(id="a12", src="pemkab-balangan", t="2026-11-20 14:10", fam="berangkat",
  title="142 Calon Jemaah Haji Balangan Rekam Paspor Kolektif di Paringin, Biaya Ditanggung Pemkab",
  text="""PARINGIN – Sebanyak 142 calon jemaah haji Balangan yang masuk daftar berhak lunas 2027 mengikuti perekaman paspor kolektif di Pendopo Kabupaten Balangan, [[19/11]] dan [[20/11]]. Layanan diberikan petugas Kantor Imigrasi yang datang langsung ke Paringin.

Biaya penerbitan paspor seluruh jemaah ditanggung APBD Balangan. Jemaah yang sudah memiliki paspor berlaku cukup menyerahkan fotokopi untuk didata. Petugas juga memperbaiki perbedaan nama antara KTP dan bukti setor. “Jemaah kita banyak dari Halong dan Juai. Ke Banjarmasin pulang pergi bisa dua hari, jadi layanan kami bawa ke sini,” ujar Sekretaris Daerah Balangan, H. Akhmad Rifani Yusuf.

Paspor akan dibagikan melalui Kantor Kemenag Balangan mulai pekan kedua Desember. Jemaah yang belum sempat merekam dapat datang ke kantor imigrasi dengan surat pengantar kemenag. (dkisp-blg/tr)""",
  s="Rekam paspor kolektif 142 calon haji Balangan di Pendopo Kabupaten (19–20/11), biaya ditanggung APBD. Paspor dibagikan lewat Kemenag Balangan mulai pekan kedua Desember.",
  p="Kai nini calon haji Balangan, 142 urang sudah marekam paspor di pendopo Paringin Kamis wan Jumat, kada usah ka Banjarmasin lagi 🙏 Biaya paspor ditanggung pemkab. Paspornya kaina dibagi di kantor Kemenag Balangan pakan kadua Desember. #Balangan #Haji2027",
  tags="#Haji2027 #Balangan #Paspor",
  n=[("kim-juai", 70, "Warga Juai yang mau urus paspor umrah atau kerja, layanan imigrasi masuk desa hadir di Kantor Camat Juai Selasa depan, kuota 50 orang, bayar PNBP sendiri. Daftar ke kantor camat.", "immigration service for umrah/work travellers, self-paid, another place"),
     ("kim-halong", 110, "Jemaah yang belum ikut rekam paspor di pendopo minggu lalu, Kemenag Balangan buka meja pengantar di kantornya tiap Senin–Kamis. Jangan tunggu mepet, bu pak.", "follow-up desk for those who missed it, later step"),
     ("kim-paringin-kota", 24, "Pendopo Kabupaten Balangan malam ini jadi tempat pelantikan pengurus Karang Taruna kabupaten periode 2026–2031. Dihadiri Sekda H. Akhmad Rifani Yusuf.", "same pendopo and Sekda, another event")],
  b=None)

A(id="a13", src="baznas-kalsel", t="2026-11-05 14:40", fam="zakat",
  title="Baznas Kalsel Salurkan Zakat Rp600 Juta untuk 1.200 Lansia Dhuafa di 13 Kabupaten/Kota",
  text="""BANJARMASIN – Baznas Provinsi Kalimantan Selatan menyalurkan zakat konsumtif senilai Rp600 juta untuk 1.200 lansia dhuafa di 13 kabupaten/kota. Penyerahan simbolis berlangsung di Kantor Baznas Kalsel, [[5/11]].

Setiap penerima mendapat Rp500 ribu. Penerima adalah lansia berusia 65 tahun ke atas yang hidup sendiri atau tanpa penghasilan tetap, didata melalui UPZ kecamatan dan diverifikasi amil. Penyaluran di daerah dilakukan langsung ke rumah penerima, bukan dengan mengumpulkan mereka di satu tempat. “Lansia jangan disuruh antre. Amil yang datang, sekalian memastikan datanya benar,” kata Wakil Ketua II Baznas Kalsel bidang pendistribusian, Hj. Rahmawati Hasan.

Penyaluran ke seluruh penerima ditargetkan selesai pada 30 November. Warga yang mengetahui lansia dhuafa yang belum terdata dapat melapor ke UPZ kecamatan. (baznas-ks/mr)""",
  s="Baznas Kalsel salurkan zakat Rp600 juta untuk 1.200 lansia dhuafa (65+) di 13 kab/kota, Rp500 ribu per orang, diantar langsung ke rumah oleh amil. Target selesai 30 November.",
  l="Baznas Kalsel menyalurkan zakat konsumtif Rp600 juta untuk 1.200 lansia dhuafa di 13 kabupaten/kota, Rp500 ribu per orang. Penerimanya lansia 65+ yang hidup sendiri atau tanpa penghasilan tetap, didata UPZ kecamatan. Amil mengantar ke rumah, lansia tidak disuruh antre, kata Wakil Ketua II Hj. Rahmawati Hasan. Target selesai 30 November; lansia yang belum terdata bisa dilaporkan ke UPZ kecamatan.",
  p="Baznas Kalsel mambagi zakat gasan kai nini nang miskin wan hidup saurangan, saribu dua ratus urang se-Kalsel, masing-masing limaratus ribu 🤲 Kada usah antre, amil nang datang ka rumah. Lamun ada kai nini di kampung pian balum didata, padahi ka UPZ kecamatan. #Baznas #Lansia",
  tags="#Zakat #BaznasKalsel #Lansia",
  n=[("kim-kandangan-kota", 150, "UPZ Kecamatan Kandangan hari ini mengantar zakat ke 26 lansia di Kandangan Kota dan Jambu Hilir. Ada nini yang menangis karena tidak menyangka didatangi. Terima kasih amil 🙏", "one kecamatan's own delivery round with its own count (26)"),
     ("kim-teluk-dalam", 60, "Di halaman Kantor Baznas Kalsel pagi ini ada donor darah Baznas bersama PMI. Terkumpul 64 kantong. Yang belum sempat bisa datang Kamis depan.", "same office, another activity (blood donation)"),
     ("kim-binuang", 300, "Lansia di desa kami kok belum dapat zakat Baznas yang Rp500 ribu itu? Sudah didata RT bulan lalu. Ada yang tahu harus lapor ke mana? Mohon dibantu min.", "a complaint about not receiving, no release facts repeated")],
  b=None)

A(id="a14", src="pemkot-banjarmasin", t="2026-11-19 16:25", fam="zakat",
  title="Dana Zakat Bangun Ulang 15 Rumah Warga Kelayan dan Pemurus, Lima Sudah Diserahkan",
  text="""BANJARMASIN – Baznas Kota Banjarmasin menuntaskan rehabilitasi lima dari 15 rumah tidak layak huni milik mustahik di Kelurahan Kelayan Barat dan Pemurus Dalam. Kunci lima rumah pertama diserahkan di Kelayan Barat, [[19/11]].

Setiap rumah dibangun ulang dengan anggaran Rp35 juta dari dana zakat, termasuk lantai ulin baru, atap seng dan jamban sehat. Pengerjaan dilakukan tukang setempat dibantu warga secara gotong royong. “Rumah di atas air rawan lapuk dan roboh. Zakat dari ASN dan warga kota kembali ke warga kota,” kata Sekretaris Daerah Kota Banjarmasin, H. Ikhsan Budiman, saat menyerahkan kunci kepada Nenek Jamilah, penerima tertua yang berusia 81 tahun.

Sepuluh rumah lainnya di Pemurus Dalam ditargetkan selesai pada pertengahan Desember. Baznas Kota juga membuka usulan penerima tahun 2027 melalui kelurahan. (diskominfotik-bjm/ss)""",
  s="Baznas Kota Banjarmasin serahkan 5 dari 15 rumah mustahik yang dibangun ulang dengan zakat (Rp35 juta/rumah) di Kelayan Barat (19/11). 10 rumah di Pemurus Dalam selesai pertengahan Desember.",
  l="Lima rumah mustahik di Kelayan Barat yang dibangun ulang dengan dana zakat diserahkan Sekda Kota Banjarmasin H. Ikhsan Budiman hari Kamis, antara lain kepada Nenek Jamilah (81). Total ada 15 rumah, masing-masing Rp35 juta: lantai ulin, atap seng, jamban sehat, dikerjakan tukang setempat dan warga. Sepuluh rumah di Pemurus Dalam ditargetkan rampung pertengahan Desember; usulan 2027 lewat kelurahan.",
  p="Nini Jamilah umur dalapan puluh satu tahun di Kelayan Barat wayahini baisi rumah hanyar, lantai ulin, atap seng, jamban bersih 😭🙏 Dibangun ulang matan duit zakat Baznas Kota, tiga puluh lima juta sabuting. Lima rumah sudah, sapuluh lagi di Pemurus Dalam. #Banjarmasin #Zakat",
  tags="#Zakat #Banjarmasin #BedahRumah",
  n=[("kim-teluk-dalam", 100, "Program bedah rumah dari Dinas Perkim Kota Banjarmasin tahun ini menyasar 120 rumah di 12 kelurahan dengan dana APBD Rp20 juta per rumah. Pengerjaan di Teluk Dalam mulai minggu depan.", "the city housing office's own RTLH programme (APBD, 120 houses)"),
     ("kim-alalak-selatan", 290, "Rumah kayu di RT 5 Alalak Selatan ambruk ke sungai tadi pagi karena tiang lapuk. Penghuninya selamat, sementara mengungsi ke rumah keluarga. Warga urunan membeli ulin untuk tiang baru.", "another house collapse and a self-help collection"),
     ("kim-pelambuan", 340, "Pemurus Dalam: tukang mulai memasang atap rumah Pak Udin, salah satu dari sepuluh rumah bantuan zakat yang dijanjikan selesai Desember. Warga bergantian mengantar kopi. Progres sekitar 60 %.", "progress report of one of the remaining ten houses (later step)")],
  b=None)
