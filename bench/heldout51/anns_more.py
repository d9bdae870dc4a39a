# -*- coding: utf-8 -*-
"""heldout51, hand-written: one more sentence for each release (paragraph index, sentence), added by build.py
after the first drafts came out too short for the 100-140 word frame."""

MORE = {
    "a01": (0, "Ketiga kawasan itu dipilih karena lahannya sudah bersih dan bebas dari klaim."),
    "a02": (0, "Perjalanan rombongan dari Pelabuhan Batulicin ke lokasi memakan waktu sekitar lima jam dengan bus."),
    "a03": (0, "Rombongan tiba di lokasi sehari sebelumnya setelah menempuh perjalanan darat dari Banjarmasin."),
    "a04": (1, "Tahun ini pendaftar juga wajib mengikuti penyuluhan singkat tentang kehidupan di permukiman transmigrasi."),
    "a05": (1, "Penilaian dilakukan tim gabungan dari dinas, puskesmas dan penyuluh pertanian."),
    "a06": (1, "Selain kelas, peserta praktik langsung di kebun percontohan milik BLK dan belajar merawat ternak ayam kampung."),
    "a07": (0, "Penyerahan simbolis berlangsung di aula Kanwil BPN dengan menghadirkan perwakilan warga dari setiap UPT."),
    "a08": (0, "Sertipikat diterima langsung oleh pemilik lahan yang membawa KTP dan kartu keluarga."),
    "a09": (1, "Sejumlah warga sepuh yang dulu datang sebagai transmigran pertama hadir dan menerima sertipikat secara langsung."),
    "a10": (0, "Sengketa ini sudah berlangsung sejak 2024 dan sempat memicu aksi warga di kantor desa."),
    "a11": (1, "Mediator berasal dari Kantah, bagian hukum Setda dan camat setempat."),
    "a12": (1, "Mediasi dihadiri camat, kepala sekolah, komite sekolah dan perwakilan Kantah Tabalong."),
    "a13": (1, "Peserta dari kabupaten banyak menyoroti tumpang tindih kawasan tambang dengan kebun warga."),
    "a14": (0, "Konsultasi pertama telah digelar pada Agustus lalu dan menghasilkan 74 catatan perbaikan dari warga dan desa."),
    "a15": (0, "Setiap kantor kecamatan menerima peta cetak ukuran besar dan salinan peta desa yang bisa difoto warga."),
    "a16": (1, "Pada hari pertama, 23 pelaku usaha langsung mendaftar, sebagian besar pedagang makanan dan penjahit."),
    "a17": (0, "Sosialisasi juga menghadirkan petugas OSS dari DPMPTSP Tanah Laut."),
    "a18": (1, "Sejauh ini baru 17 dari 64 gedung yang mengajukan permohonan."),
    "a19": (0, "Dua gedung lain yang semula diperiksa masih harus memperlebar tangga darurat sebelum dinilai ulang. "
               "SLF diserahkan kepada kepala sekolah dan kepala puskesmas."),
    "a20": (0, "Pelatihan ini merupakan yang pertama di Tanah Bumbu dan dibiayai APBD tahun 2026, dengan narasumber dari "
               "kementerian dan perguruan tinggi."),
    "a21": (0, "Patok disediakan secara swadaya oleh pemilik tanah, sebagian dibantu pemerintah desa dan perusahaan sekitar "
               "lokasi."),
    "a22": (0, "Patok beton berukuran 10 kali 10 sentimeter itu dipasang di setiap sudut bidang dan diberi cat merah pada "
               "bagian atas."),
    "a23": (1, "Di beberapa titik, petugas harus memakai jukung karena lahan masih tergenang air."),
    "a24": (1, "Rapat juga dihadiri perwakilan Kemendagri dan Badan Informasi Geospasial."),
    "a25": (0, "Setiap pilar berupa tugu beton setinggi satu meter yang diberi nomor dan nama kedua kabupaten. Pemasangan "
               "disaksikan camat dan kepala desa."),
    "a26": (0, "Tim melibatkan camat, lurah, kepala desa dan petugas dari kedua dinas kependudukan."),
    "a27": (0, "Pengurusan sertipikat tersebut dimulai sejak awal tahun dengan anggaran dari APBD kota."),
    "a28": (0, "Penyerahan disaksikan para kepala sekolah dan pengawas. Sebagian sertipikat merupakan hasil pengukuran tahun "
               "lalu."),
    "a29": (1, "Pengurusan dilakukan bersama pemerintah desa dan ahli waris pemberi tanah."),
    "a30": (0, "Ketiga balai itu masing-masing mengajukan peta yang disusun bersama tokoh adat sejak tahun lalu."),
    "a31": (0, "Pelatihan digelar di balai adat setempat selama dua hari dengan pendamping dari dinas dan sebuah "
               "perguruan tinggi di Banjarbaru."),
    "a32": (0, "Selama pekan itu loket pengecekan di setiap kantor pertanahan dibuka khusus tanpa antrean layanan lain."),
    "a33": (0, "Para kepala desa juga menerima contoh format buku register SKT dan daftar periksa sebelum menandatangani "
               "surat tanah."),
    "a34": (0, "Proses konsolidasi berjalan sejak Maret dengan enam kali musyawarah warga di kantor kelurahan."),
    "a35": (1, "Proses musyawarah dengan pemilik berjalan sejak Juli lalu."),
    "a36": (0, "Pameran ini baru pertama kali digelar di ruang terbuka di Banjarmasin dan melibatkan dekranasda."),
    "a37": (0, "Jagung ditanam pada Agustus lalu di lahan usaha yang dibuka bertahap sejak penempatan tahun 2024."),
    "a38": (0, "Penyerahan dilakukan kepada para ketua pengurus dan kepala madrasah yang hadir."),
    "a39": (1, "Pesan tersebut memakai logo BPN dan nama kegiatan yang dibuat mirip program resmi."),
    "a40": (0, "Ini merupakan pertama kalinya Banjarbaru membuka pendaftaran di mal pelayanan publik."),
}
