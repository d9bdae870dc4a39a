"""The *event* of a single-event text: the kind of action it reports (a handover, a training, an
inspection …) — what tells a post about one step of a programme from a release on another step.

A release on the start of a programme ("Kodim dan Pemkab Kotabaru Mulai Bedah 25 Rumah") and a
village's post on a later step of it ("Serah terima kunci 25 rumah hari ini") share the programme,
the place and even a figure; what differs is the action. :func:`event_kinds` reads the kinds of
action a text reports, from a small lexicon of Indonesian and Banjar verbs and nouns grouped into
kinds (:data:`EVENT_KINDS`, written for kimwatch from general knowledge of the language and of
government news; published with it under its licence). What a text says will come later ("akan",
"pekan depan", "besok" …) is not its own event; a release's title and lead always are.

The kinds of a release are read once and stored with its other facts (``EventMarks.kinds``, kept
in ``announcement_terms.facts``); a post's with its other marks when it is read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crawler.matching.textcache import short_text_cache

# Kinds of action, each with its words: regular-expression alternatives matched whole-word on
# lower-case text (one word, or a phrase). A text reports a kind when it writes one of them.
EVENT_KINDS: dict[str, str] = {
    # start, launch, opening, groundbreaking
    "mulai": r"mulai|dimulai|dimulainya|memulai|bamula|dicanangkan|mencanangkan|pencanangan|diluncurkan|"
             r"meluncurkan|peluncuran|launching|groundbreaking|beroperasi|dibuka|membuka|pembukaan|dibukanya|"
             r"peletakan\s+batu\s+pertama|kick\s+off",
    # handing over, distribution, receiving — and aid or charity handed out (santunan, zakat …)
    "serah": r"santunan|disantuni|menyantuni|manyantuni|zakat|sedekah|sadakah|infak|infaq|"
             r"serah\s+terima|diserahkan|menyerahkan|penyerahan|diserahakan|manyerahakan|menerima|diterima|"
             r"menerimakan|manarima|ditarima|dibagikan|membagikan|pembagian|dibagiakan|mambagiakan|"
             r"diserahterimakan|menyerahterimakan|disalurkan|menyalurkan|penyaluran|disalurakan|manyalurakan|distribusi|didistribusikan|"
             r"mendistribusikan|pencairan|dicairkan|mencairkan|cair",
    # training, technical guidance, courses
    "latih": r"pelatihan|dilatih|melatih|latihan|berlatih|balatih|bimtek|bimbingan\s+teknis|diklat|workshop|"
             r"lokakarya|pembekalan|kursus|training|magang",
    # inspection, monitoring, checks, raids
    "periksa": r"pemeriksaan|diperiksa|memeriksa|inspeksi|sidak|monitoring|monev|pemantauan|dipantau|memantau|"
               r"meninjau|peninjauan|ditinjau|pengecekan|dicek|mengecek|pengawasan|diawasi|mengawasi|razia|"
               r"patroli|dirazia|merazia|"
               # visits: a visit is how a release often tells an inspection ("kunker ke lokasi")
               r"kunjungan|kunker|berkunjung|mengunjungi|dikunjungi|bailang|mailangi|dilangi|"
               # health services: a check-up, screening, immunisation, treatment
               r"imunisasi|diimunisasi|vaksinasi|divaksin|vaksin|pengobatan|berobat|diobati|cek\s+kesehatan|"
               r"skrining|screening",
    # completion, inauguration
    "resmi": r"diresmikan|meresmikan|peresmian|rampung|dirampungkan|merampungkan|selesai|diselesaikan|"
             r"menyelesaikan|penyelesaian|tuntas|dituntaskan|menuntaskan|"
             r"pengguntingan\s+pita",
    # registration, data collection, selection
    "daftar": r"pendaftaran|mendaftar|mendaftarkan|didaftarkan|daftar|registrasi|pendataan|didata|mendata|"
              r"badaftar|mandaftar|seleksi|diseleksi|verifikasi|validasi|ujian|wawancara|penjaringan|rekrutmen|"
              r"penilaian|penilai|dinilai|menilai|juri|penjurian|pencacahan|dicacah|mencacah|responden|sensus",
    # a schedule or a routine: "jadwal jemput sampah tiap Kamis"
    "jadwal": r"jadwal|jadwalnya|terjadwal|rutin|bergiliran|bagiliran|(?:se)?tiap\s+(?:hari|pekan|minggu|bulan|senin|selasa|rabu|"
              r"kamis|jumat|sabtu|ahad|pagi|sore|malam)|(?:seminggu|sepekan|sebulan)\s+sekali|"
              r"sekali\s+(?:seminggu|sepekan|sebulan)",
    # contests, tournaments, festivals, and their results, winners, who passed
    "hasil": r"lomba|perlombaan|dilombakan|balomba|turnamen|kejuaraan|festival|pertandingan|bertanding|"
             r"kompetisi|olimpiade|sayembara|menjuarai|juarai|dimenangi|"
             r"juara|pemenang|memenangkan|menang|dinobatkan|kelulusan|lulus|terpilih|diumumkan|pengumuman",
    # information sessions, counselling
    "sosialisasi": r"sosialisasi|disosialisasikan|penyuluhan|disuluh|edukasi|diedukasi",
    # exhibitions, expos and bazaars a group takes part in
    "pamer": r"pameran|dipamerkan|memamerkan|mamerkan|expo|bazar|bazaar",
    # ceremonies: a graduation, a Quran completion, a swearing-in, a confirmation
    "upacara": r"wisuda|diwisuda|wisudawan|wisudawati|khataman|khatam|batamat|pelantikan|dilantik|melantik|"
               r"lantik|pengukuhan|dikukuhkan|mengukuhkan|kukuhkan|pengambilan\s+sumpah|pisah\s+sambut|"
               r"lepas\s+sambut",
    # commemorations held as an event ("peringatan dini" is a warning; "memperingati Hari X", "HUT",
    # "hari jadi" mostly name the occasion of another action, and "2 hari jadi" is "done in 2 days");
    # a gathering of prayer for the dead or for a household (tahlilan on the third night, yasinan,
    # selamatan, kenduri) and a condolence visit (takziah, melayat): the mourners' own occasion, no
    # step of the search, the aid or the programme whose object the dead person was
    "peringatan": r"peringatan(?!\s+dini)|upacara|haul|tahlilan|tahlil|batahlil|batahlilan|yasinan|bayasinan|"
                  r"selamatan|baselamatan|kenduri|takziah|takziyah|melayat|malayat",
    # meetings, deliberations, hearings
    "rapat": r"rapat|rakor|rakorda|rakornis|raker|rakerda|musyawarah|bamusyawarah|musrenbang|musdes|musdus|"
             r"audiensi|beraudiensi|fgd|sarasehan|rembuk|rembug|hearing",
    # issuing a rule: a circular, a regulation, a decree, an instruction
    "aturan": r"edaran|surat\s+edaran|peraturan|perbup|perwali|perda|pergub|perdes|instruksi|diinstruksikan|"
              r"menginstruksikan|surat\s+keputusan|sk|maklumat",
    # cleaning and mutual help
    "gotong": r"gotong\s+royong|bagotong\s+royong|kerja\s+bakti|gawi\s+sabumi|jumat\s+bersih|"
              r"bersih(?:-|\s+)bersih|babarasih",
    # construction, repair works under way ("digawi" = "dikerjakan"; not Banjar "bagawi", which
    # is "bekerja", to work at anything: "santri bagawi mambarasihi asrama")
    "bangun": r"dibangun|membangun|pembangunan|dikerjakan|pengerjaan|digawi|perbaikan|diperbaiki|memperbaiki|"
              r"direhab|rehabilitasi|pengecoran|dicor",
}

# Kinds that name a whole occasion (a graduation, a meeting, a circular, a commemoration, a clean-up)
# rather than a step of a programme: a release's body names them as the setting or the background
# of its own action ("… melaksanakan reses, … tiga pertemuan", "sesuai surat edaran …"), so in a
# release they are its own only in its title and lead; a post reports them wherever it writes them
OCCASION_KINDS = frozenset({"upacara", "peringatan", "rapat", "aturan", "gotong"})

# Words by which a sentence says what comes later (besides lexicon.NEXT_EVENT_WORDS): what it
# names there is not the text's own event
_FUTURE = re.compile(r"\b(?:(?:pekan|minggu|bulan|tahun|edisi|senin|selasa|rabu|kamis|jumat|sabtu|ahad)\s+depan|"
                     r"besok|esok|isuk|lusa)\b")
_FUTURE_WORDS = frozenset("depan besok esok isuk lusa".split())
# … a target or a wish ("Target selesai 90 hari", "mudahan rampung"): not yet happened
_WISH_WORDS = frozenset("target targetnya ditargetkan mudahan mudah-mudahan semoga diharapkan harapannya agar supaya "
                        "rencana rencananya rancana rancananya".split())
# Words by which a post reports what someone said ("KTP dicek jar panitia", "kata Kadis"): the
# release's words relayed, not an event the post reports itself
_SAID_WORDS = frozenset("jar kata ujar ucap ungkap tutur katanya ujarnya ungkapnya tuturnya menurut pesan "
                        "imbau mengimbau minta meminta diminta harap berharap".split())
# A request to share the post ("Mohon dibagikan"): no handover
_SHARE = re.compile(r"\b(?:mohon|tolong|silakan|bantu|yuk|ayo)\s+(?:di)?(?:bagi|sebar)\w*")
# Receiving reports, complaints or proposals ("kanal aduan menerima 300 laporan", Banjar "manarima
# laporan", "aduan yang diterima"): a service taking in what people send, no handover of aid
_RECEIVED_REPORTS = re.compile(
    r"\b(?:menerima|manarima|diterima|ditarima|terima)\s+(?:[\w,.]+\s+){0,4}?"
    r"(?:laporan|aduan|pengaduan|keluhan|usulan|masukan|saran|permohonan)\b"
    r"|\b(?:laporan|aduan|pengaduan|keluhan|usulan|masukan|saran|permohonan)\s+(?:yang\s+|nang\s+)?"
    r"(?:diterima|ditarima|masuk)\b")
_RECEIVED_WORDS = frozenset("menerima manarima diterima ditarima terima".split())
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_LETTERS = re.compile(r"[^\W\d_]+")

@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, frozenset[str]], tuple[tuple[frozenset[str], str, re.Pattern[str]], ...]]:
    """The lexicon split for speed: its one-word alternatives by word (with their kinds), and its
    phrases, each looked for only in a text holding the word it starts with."""
    words: dict[str, set[str]] = {}
    phrases = []
    for kind, pattern in EVENT_KINDS.items():
        for alternative in _split(pattern):
            if re.fullmatch(r"[a-z]+", alternative):
                words.setdefault(alternative, set()).add(kind)
            else:
                phrases.append((_leading(alternative), kind, re.compile(rf"\b(?:{alternative})\b")))
    return {w: frozenset(k) for w, k in words.items()}, tuple(phrases)


def _leading(alternative: str) -> frozenset[str]:
    """The words a phrase may start with: "(?:se)?tiap …" → tiap, setiap; "(?:seminggu|sepekan)
    sekali" → seminggu, sepekan."""
    group = re.match(r"\(\?:([a-z|]+)\)(\??)([a-z]*)", alternative)
    if group is None:
        first = re.match(r"[a-z]+", alternative)
        assert first, alternative
        return frozenset((first.group(0),))
    options = {option + group.group(3) for option in group.group(1).split("|")}
    return frozenset(options | ({group.group(3)} if group.group(2) else set()))


def _split(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``|`` outside parentheses)."""
    found, depth, current = [], 0, ""
    for char in pattern:
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            found.append(current)
            current = ""
        else:
            current += char
    return [*found, current]


def _found(lower: str, present: set[str] | frozenset[str]) -> list[tuple[str | re.Pattern[str], frozenset[str]]]:
    """What of the lexicon a text writes: each word with its kinds, each phrase with its kind."""
    words, phrases = _patterns()
    found: list[tuple[str | re.Pattern[str], frozenset[str]]] = [
        (word, words[word]) for word in present.intersection(words)]
    if not _phrase_words().isdisjoint(present):
        found.extend((pattern, frozenset((kind,))) for first, kind, pattern in phrases
                     if not first.isdisjoint(present) and pattern.search(lower))
    return found


@lru_cache(maxsize=1)
def _phrase_words() -> frozenset[str]:
    """Every word a phrase of the lexicon may start with."""
    return frozenset().union(*(first for first, _kind, _pattern in _patterns()[1]))


@lru_cache(maxsize=2)
def _later_pattern(broad: bool) -> re.Pattern[str]:
    """A sentence about what comes later, wished or targeted — or, in a post (not ``broad``),
    said by someone: any of those words, or a future phrase ("pekan depan")."""
    from crawler.matching.lexicon import NEXT_EVENT_WORDS

    words = NEXT_EVENT_WORDS | _WISH_WORDS | (frozenset() if broad else _SAID_WORDS)
    return re.compile(rf"\b(?:{'|'.join(sorted(words, key=len, reverse=True))})\b|{_FUTURE.pattern}")


@lru_cache(maxsize=2)
def _trigger_words(broad: bool) -> frozenset[str]:
    from crawler.matching.lexicon import NEXT_EVENT_WORDS

    return NEXT_EVENT_WORDS | _WISH_WORDS | _FUTURE_WORDS | (frozenset() if broad else _SAID_WORDS)


def event_kinds(lower: str, present: set[str] | frozenset[str], *, broad: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds of action (:data:`EVENT_KINDS`) a lower-case text with the words ``present``
    reports as its own, and those it names only in its sentences about what comes later (or
    is wished, targeted, or — in a post — said by someone: "KTP dicek jar panitia"). ``broad``
    reads a release: its first two lines (its title and lead) are its own event whatever they
    say, and what its sources say is its own."""
    if not broad and "bagi" in lower and _SHARE.search(lower):
        lower = _SHARE.sub(" ", lower)
        present = set(_LETTERS.findall(lower))
    if not _RECEIVED_WORDS.isdisjoint(present) and _RECEIVED_REPORTS.search(lower):
        lower = _RECEIVED_REPORTS.sub(" ", lower)
        present = set(_LETTERS.findall(lower))
    found = _found(lower, present)
    if not found:
        return frozenset(), frozenset()
    if broad and any(not kinds.isdisjoint(OCCASION_KINDS) for _what, kinds in found):
        found = _lead_occasions(lower, found)
    every = frozenset().union(*(kinds for _what, kinds in found))
    if _trigger_words(broad).isdisjoint(present):
        return every, frozenset()
    # which sentences write each word or phrase found, and whether they are about what comes later
    later_pattern = _later_pattern(broad)
    own: set[str] = set()
    later: set[str] = set()
    for i, sentence in enumerate(s for s in _SENTENCE_END.split(lower) if s.strip()):
        kinds = [k for what, k in found if (what in sentence if isinstance(what, str) else what.search(sentence))]
        if kinds:
            (own if (broad and i < 2) or not later_pattern.search(sentence) else later).update(*kinds)
    return frozenset(own), frozenset(later - own)


def _lead_occasions(lower: str, found: list[tuple[str | re.Pattern[str], frozenset[str]]]
                    ) -> list[tuple[str | re.Pattern[str], frozenset[str]]]:
    """``found`` with the occasion kinds (:data:`OCCASION_KINDS`) of a release kept only where its
    title and lead (its first two sentences) write them."""
    lead = " ".join([s for s in _SENTENCE_END.split(lower) if s.strip()][:2])
    kept = []
    for what, kinds in found:
        if not kinds.isdisjoint(OCCASION_KINDS) and not (what in _LETTERS.findall(lead) if isinstance(what, str)
                                                         else what.search(lead)):
            kinds = kinds - OCCASION_KINDS
        if kinds:
            kept.append((what, kinds))
    return kept


def occasion_kinds(lower: str, present: set[str] | frozenset[str]) -> frozenset[str]:
    """The occasion kinds (:data:`OCCASION_KINDS`) a lower-case text writes anywhere: a release
    whose body names a musyawarah desa as the way to propose oneself is not contradicted by a post
    naming the musdes."""
    return frozenset().union(*(kinds & OCCASION_KINDS for _what, kinds in _found(lower, present)))


# Words by which a text tells its event as done or happening (not as coming): "kemarin", "tadi",
# "akhirnya", "sudah", "telah", "barusan", Banjar "hudah", "tadi"; and a step told as moved up —
# "lebih cepat / lebih awal dari jadwal / rencana", "dimajukan". Not "mulai" (a relay's "mulai 2 Juni").
_DONE = re.compile(r"\b(?:hari\s+ini|pagi\s+ini|kemarin|kemaren|tadi|barusan|akhirnya|ahirnya|sudah|udah|hudah|telah|"
                   r"(?:lebih|labih)\s+(?:cepat|capat|awal|dulu|dahulu)\s+(?:dari|daripada)\s+"
                   r"(?:jadwal|rencana|rancana|target)\w*|dimajukan)\b")
# Words by which a text tells its event as coming; Banjar "dudi" (later: "minggu dudi", "Januari dudi"),
# "imbah ini" (after this)
_COMING_TEXT = re.compile(r"\b(?:akan|nanti|nantinya|selanjutnya|berikutnya|rencananya|direncanakan|"
                          r"dijadwalkan|menjadwalkan|terjadwal|bergeser|berlanjut|dilanjutkan|lanjut|mendatang|bakal|handak|kaina|ditargetkan|berencana|"
                          r"merencanakan|besok|esok|isuk|lusa|dudi|(?:pekan|minggu|bulan|tahun)\s+depan|(?:imbah|habis|setelah)\s+ini|"
                          r"giliran|menunggu|mahadang|semoga|mudahan|moga|kapan)\b")


_MOVED_UP = re.compile(r"(?:lebih|labih)\s|dimajukan")


def moved_up(done: str) -> bool:
    """Whether a word of done (:func:`done_sentences`) tells a step moved up ("lebih cepat dari
    jadwal", "dimajukan"): only a scheduled step can come early."""
    return _MOVED_UP.match(done) is not None


# a sentence: up to a full stop, "!", "?" or a line's end (a dot inside a figure, "Rp16.200", is kept)
#: the sentences of a text (a point inside a word or figure does not end one)
SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\S))+")


@short_text_cache()
def done_sentences(text: str) -> tuple[tuple[str, str], ...]:
    """The sentences of a text that tell their event as done or happening, each with its first
    word of done (:data:`_DONE`: "kemarin", "akhirnya", "sudah", "hari ini", "lebih cepat dari
    jadwal"), when the sentence writes no word of what comes (:data:`_COMING_TEXT`: "akan",
    "dijadwalkan", "berlanjut", "pekan depan", "giliran", "semoga", "kapan"). A relay of a
    schedule writes the step as coming ("Berikutnya di Kecamatan X, 14 Agustus"); a post on that
    step as its own news writes it done ("Tim kemarin sudah di Kecamatan X, 30 warga dilayani");
    a relay that tells the release's own event done and its next step in another sentence
    ("Razia sudah digelar di A. Desember ke B") has the two apart."""
    found = []
    for sentence in SENTENCE.finditer(text):
        lower = sentence.group(0).lower()
        if _COMING_TEXT.search(lower):
            continue
        if done := _DONE.search(lower):
            found.append((done.group(0), sentence.group(0)))
    return tuple(found)


# A word telling what came of an event: cancelled or put off; a turnout (those who came, "yang hadir",
# Banjar "nang datang"; "hadir tinggal / cuma"); a result. Read in posts (decisions._aftermath) and in
# releases (:func:`told_outcomes`, stored with a release's facts).
AFTERMATH = re.compile(r"\b(?:batal|dibatalkan|dibatalakan|ditunda|diundur|tertunda|urung|"
                       r"(?:tidak|tak|kada|kahada|ndak)\s+jadi|(?:yang|nang|nan)\s+(?:hadir|datang)|"
                       r"(?:hadir|datang)\s+(?:tinggal|cuma|hanya|haja|sekitar|kurang)|tersisa|lulus|terjual|laku|"
                       r"berhasil)\b")
_OUTCOME_KINDS = (("batal", re.compile(r"batal|urung|jadi")), ("tunda", re.compile(r"tunda|undur")),
                  ("hadir", re.compile(r"hadir|datang")), ("sisa", re.compile(r"sisa")),
                  ("lulus", re.compile(r"lulus")), ("jual", re.compile(r"jual|laku")),
                  ("hasil", re.compile(r"hasil")))
# a condition ("dibatalkan jika hujan deras"): what would come of the event, not what came
_CONDITION = re.compile(r"\b(?:jika|kalau|apabila|bila|bilamana|amun|mun|seandainya)\b")
#: where a clause ends inside a sentence
CLAUSE_MARK = re.compile(r"[,;:()]")


def outcome_kind(word: str) -> str:
    """The kind of an outcome word (:data:`AFTERMATH`): "batal", "tunda", "hadir", "sisa", "lulus",
    "jual", "hasil"."""
    return next(kind for kind, pattern in _OUTCOME_KINDS if pattern.search(word))


def told_outcomes(text: str) -> frozenset[str]:
    """The kinds of outcome (:func:`outcome_kind`) a text tells as its own news: a release that is
    itself a report ("14 OBH lulus akreditasi") is relayed with its outcome. Not an outcome under a
    condition, in its clause or before it in its sentence ("dibatalkan jika hujan deras", "Jika
    hujan deras, lomba dibatalkan"); not a wish, an instruction or what is to come in its clause
    (:data:`_NOT_TOLD`: "Semoga kegiatan ini berhasil", "yang lulus seleksi akan mengikuti …");
    not those who come addressed ("Warga yang hadir diminta membawa KTP"): a turnout is told with
    its count beside it (:data:`_TURNOUT_TOLD`: "yang hadir 200 orang")."""
    told: set[str] = set()
    for sentence in SENTENCE.finditer(text.lower()):
        whole = sentence.group(0)
        for found in AFTERMATH.finditer(whole):
            begin = max(whole.rfind(mark, 0, found.start()) for mark in ",;:()") + 1
            clause = whole[begin:found.end()] + CLAUSE_MARK.split(whole[found.end():], maxsplit=1)[0]
            if _CONDITION.search(whole[:found.end()]) or _CONDITION.search(clause) or _NOT_TOLD.search(clause):
                continue
            kind = outcome_kind(found.group(0))
            if kind == "hadir" and not _TURNOUT_TOLD.match(whole, found.end()):
                continue
            told.add(kind)
    return frozenset(told)


# what is wished, asked or to come, not told done: "semoga … berhasil", "diminta", "akan"
_NOT_TOLD = re.compile(r"\b(?:semoga|mudah-mudahan|moga|diharapkan|harap|diminta|wajib|harus|mohon|silakan|"
                       r"akan|bakal|nantinya|dijadwalkan|rencananya|agar|supaya)\b")
# a turnout's count right after it: "yang hadir 200 orang", "yang hadir sekitar 300", "hadir tinggal 12"
_TURNOUT_TOLD = re.compile(r"(?:\s+(?:cuma|hanya|haja|sekitar|kurang|lebih|dari|tinggal|ada|mencapai|sebanyak|"
                           r"hampir|kira-kira|sampai|capai))*\s+(?:\d|[a-z]+\s+(?:orang|warga|peserta|urang)\b)")
