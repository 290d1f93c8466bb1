"""Where a unit's name ends and whether it names one unit or a kind of unit.

The genre writes prose on to names (``โรงพยาบาลภาชีจึงเปิด…``) and names kinds as if they were bodies
(``โรงพยาบาลชุมชน``, ``สำนักงานขนส่งจังหวัด``); every finder of the package cuts and checks names here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import Gazetteer
from ..reading import Reading


_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
# A hospital named by a common word is a kind of hospital: field, sub-district health promoting,
# (guarded where a town's name starts like the word: สตูล, จะนะ, มีนบุรี, หลักสี่)
# regional, general, private, community, network hub, state, temporary, model hospitals …
_GENERIC_HOSPITAL = re.compile(
    r"โรงพยาบาล(?:สนาม|ส่งเสริมสุขภาพ|สต(?![\u0e01-\u0e4e])|สต\.|ศูนย์|ทั่วไป|เอกชน|ชุมชน|แม่ข่าย|ลูกข่าย|เครือข่าย|(?:ใน)?สังกัด|ต่าง"
    r"|รัฐ|ของ|ใน|ใกล้บ้าน|อัจฉริยะ|แล้ว|ที่|ขนาด|ใหญ่|ทุก|ทั้ง|และ|หรือ|เอง|จังหวัด|อำเภอ|ประจำ|เฉพาะ|ระดับ"
    r"|คู่|เป้าหมาย|นำร่อง|กว่า|ปลายทาง|ต้นทาง|พี่เลี้ยง|หลัก(?!สี่|หก)|เดียว|นั้น|นี้|แห่ง|จำนวน|เพื่อ|ได้|จะ(?!นะ)|มี(?!น)|เป็น"
    r"|ชั่วคราว|ตาม|ต้นแบบ|แต่ละ|ชั้นนำ|มาก|ให้|ต้อง|ทันที|ประมาณ)"
    # … and so is a university named by one: Thai, state, private, leading, each, which …
    r"|มหาวิทยาลัย(?:ที่|และ|หรือ|ต้อง|ไทย|ไม่|ของ|ใน|ทุก|ต่าง|แห่ง|รัฐ|เอกชน|ให้|แล้ว|จะ|มี|เป็น|ได้|ก็|ทั้ง"
    r"|นั้น|นี้|มาก|ชั้นนำ|ชื่อดัง|กลุ่ม|เครือข่าย|แต่ละ|เหล่านี้|ใด|พร้อม|กับ|จึง|สามารถ|ศาสนา|สงฆ์|พันธมิตร|คู่|สี|วิจัย|ยั่งยืน|ดิจิทัล|อัจฉริยะ|ต้นแบบ"
    # a group of universities named without its place: "มหาวิทยาลัยราชภัฏ", "มหาวิทยาลัยเทคโนโลยีราชมงคล"
    r"|ราชภัฏ(?:(?![\u0e01-\u0e4e])|เขต|ภาค|กลุ่ม|ทั้ง|ทั่ว)|(?:เทคโนโลยี)?ราชมงคล(?![\u0e01-\u0e4e]))")
# Titles of a unit's head or staff that its name is written on to ("ผู้อำนวยการกองระบาดวิทยา กรมควบคุมโรค").
_HEADS_BEFORE_UNIT = ("ผู้อำนวยการ", "หัวหน้า", "ผู้บัญชาการ", "ผู้บังคับการ", "ประธาน", "เลขาธิการ", "โฆษก", "ที่ปรึกษา",
                      "ผู้จัดการ", "เจ้าหน้าที่", "ผู้แทน")
# Where a name glued to the next words ends: receive, win, about, by, which, is, held …
# … or clause words no unit name holds: still, let, that, -ly, from now on, new (branch), until,
# at once, already; and / or before the next unit of a list.
_NAME_END = re.compile(r"(?<=[\u0e01-\u0e4e]{3})(?:ได้รับ|คว้า|เข้ารับ|เรื่อง|ได้|โดย|ซึ่ง|เป็น|(?<!ความ)ร่วม|ที่ได้|ในการ|จำนวน|(?<!การ)มี|ทุกแห่ง"
                       r"|ยัง|ให้|(?<![กห])ว่า(?!ง|ราชการ|การ|ด้วย)|อย่าง|ต่อไป|แห่งใหม่|จนถึง|ทันที|แล้ว|สามารถ|ต้อง|ดังกล่าว|กล่าว"
                       r"|(?<!เตรียม)พร้อม(?!เพรียง)|กำลัง(?!พล|คน|ใจ|สำรอง|ผลิต|ทหาร)"
                       # "in order to" after a province's or district's office named in the abstract is the clause's
                       # purpose ("สำนักงานจังหวัดเพื่อขับเคลื่อน…"); elsewhere เพื่อ may be the name's own
                       # ("หน่วยวิจัยเพื่อขับเคลื่อนนโยบายสุขภาพ", "สถาบันเพื่อการยุติธรรม…")
                       r"|(?<=จังหวัด)เพื่อ|(?<=อำเภอ)เพื่อ"
                       # จัด (holds, organises) ends a name, but not as a word of one: management (บริหารจัดการ,
                       # การจัดการ, และจัดการ), elimination (ขจัด, กำจัด), expediting (เร่งรัดจัดการ)
                       r"|(?<!บริหาร)(?<!การ)(?<!การข)(?<!และข)(?<!เพื่อข)(?<!กำ)(?<!เร่งรัด)(?<!และ)จัด|(?<=และ)จัด(?!การ)"
                       r"|(?:และ|หรือ)(?=โรงพยาบาล|รพ\.|สำนักงาน|สำนัก|มหาวิทยาลัย|วิทยาลัย|ศูนย์|สถานี|สถาน|คณะ|ผู้|กอง|กรม"
                       r"|ภาคี|หน่วย|เรือนจำ|ค่าย|โรงเรียน|องค์การ|เทศบาล))")

# A unit named by what it is to the body rather than by its work: head office, branch, the units
# reporting directly, the central or regional part, the units concerned.
_GENERIC_UNIT = re.compile(r"(?:ศูนย์|กอง|กลุ่ม|สำนัก(?:งาน)?|หน่วย|สถาบัน|ฝ่าย)(?:ใหญ่|สาขา|ขึ้นตรง|ในสังกัด|ส่วนกลาง|ส่วนภูมิภาค"
                           r"|ภูมิภาค|ต่าง ?ๆ|ทั้งหมด|ที่เกี่ยวข้อง|เครือข่าย|ย่อย|นี้|ดังกล่าว|เหล่านี้|เลขานุการ|ราชการ|จากส่วนกลาง|เขต"
                           r"|บริการ|ร้อย|พัน)(?![\u0e01-\u0e4e])"
                           # the unit that owns a work, the unit that won: a role, the name comes after it
                           r"|หน่วย(?:งาน)?(?:เจ้าของ|ที่ได้รับ|ผู้ได้รับ|ผู้ส่ง|ผู้เสนอ|(?:ที่)?รับผิดชอบ|ดำเนินการ)"
                           # the administrative officials ("ฝ่ายปกครอง"), no unit
                           r"|ฝ่าย(?:การ)?ปกครอง(?![\u0e01-\u0e4e])"
                           # a class of institution: financial, educational, higher-education, research institutions
                           r"|สถาบัน(?:การเงิน|การศึกษา|อุดมศึกษา|วิจัย)(?![\u0e01-\u0e4e])"
                           # … and with more words: a class ("สถาบันการเงินเฉพาะกิจ", specialised financial institutions) or
                           # prose ("สถาบันอุดมศึกษากับ…"); an institution in the abstract: the monarchy, religion, the family
                           r"|สถาบัน(?:การเงิน|การศึกษา|อุดมศึกษา|อาชีวศึกษา|พระมหากษัตริย์|ศาสนา(?!ศาสตร์)|ครอบครัว|ชาติ(?![\u0e01-\u0e4e]))"
                           # a rank, no unit: "ผู้อำนวยการฝ่ายอาวุโส" is a senior director; "work group" alone ("หัวหน้ากลุ่มงาน")
                           r"|ฝ่ายอาวุโส|กลุ่มงาน(?![\u0e01-\u0e4e])"
                           # the unit responsible for a matter, or concerned with it: a role ("กองที่รับผิดชอบสินค้าข้าว")
                           r"|(?:ศูนย์|กอง|กลุ่ม|สำนัก(?:งาน)?|สถาบัน|ฝ่าย|องค์การ|องค์กร)ที่(?:รับผิดชอบ|เกี่ยวข้อง|ดูแล)"
                           # a site a body opens for a time, no unit of it: a shelter, an evacuation, vaccination,
                           # quarantine or waiting centre, a waste-sorting site ("ศูนย์พักพิงชั่วคราว … มรภ.เชียงราย")
                           r"|ศูนย์(?:พักพิง|อพยพ|ฉีดวัคซีน|พักคอย|แยกกัก|กักกัน|คัดแยกขยะ)")

# Words that make a unit's name a kind or a quality: of the state, in the line, every one; "of the future / of the next
# decade" (a goal: "สู่โรงพยาบาลมะเร็งแห่งทศวรรษหน้า"); a name ending in "of", "under" whose object is cut off
# ("สถาบันอุดมศึกษาสังกัด สป.อว." = higher-education institutions under the ministry).
_GENERIC_UNIT_WORDS = re.compile(r"(?:ของรัฐ|ในสังกัด|ทั่วโลก|ทั่วประเทศ|ทุกแห่ง|แห่ง(?:อนาคต|ทศวรรษ|ศตวรรษ|ยุค))"
                                 r"|(?:(?<!ท้อง)(?<!หน้า)(?<!พื้น)ที่|ในพื้นที่|ทั้ง|ต่างๆ|ต่าง ๆ|ภูมิภาค|ของ|สังกัด)$"
                                 # a clause about the unit ("หน่วยบริการที่ล่าช้านี้", the service units that were late)
                                 r"|ที่[\u0e01-\u0e4e]+(?:นี้|นั้น)$"
                                 # an area office with no area written: "สำนักงานสรรพากรพื้นที่" (whichever area)
                                 r"|^(?:สำนักงาน|สำนัก|ศูนย์)[\u0e01-\u0e4e]{3,}พื้นที่$")

# Words that start prose, not a unit's own name, when glued after "โรงพยาบาล<X>", "สถานีตำรวจ<X>",
# "มหาวิทยาลัย<X>" …: conjunctions, prepositions, auxiliaries, and the verbs the genre writes right
# after a unit that acts ("โรงพยาบาลภาชีจึงเปิด…", "โรงพยาบาลจุฬารัตน์มารับ…", "สถานีตำรวจภูธรถลางเพื่อดำเนินคดี").
# Matched against whole words (pythainlp newmm), so "มา" inside "มหาราช" or "ใน" inside a place is safe.
_PROSE_WORDS = frozenset("""
จึง จะ นั้น นี้ ที่ ซึ่ง เพื่อ ใน กับ แก่ แต่ ก็ ด้วย จาก โดย ยัง คือ ว่า เมื่อ ขณะ ขณะนี้ ตาม ต่อ ถึง สู่
ไป มา ไว้ ได้ ให้ แล้ว อยู่ เป็น มี ต้อง อาจ ควร ไม่ เคย กว่า เพียง เกือบ ประมาณ ส่วน ทั้ง ทุก หลาย อื่น อื่นๆ ใด ใดๆ
เหล่านี้ ดังกล่าว อัน สำหรับ ระหว่าง ภายใน ภายนอก เช่น รวมทั้ง พร้อม พร้อมทั้ง อีก เพิ่มเติม เรียบร้อย
รับ ส่ง ส่งต่อ นำ เปิด ปิด พบ เกิด ดำเนินการ กำหนด ประสบ เริ่ม ขาด ขาดแคลน ช่วย ดูแล ทำ ใช้ จัด ร่วม ออก เข้า
เพิ่ม ลด เตรียม เตรียมพร้อม แจ้ง ประสาน ประกาศ ให้บริการ รักษา ฉีด ตรวจ เยี่ยม มอบ รายงาน แก้ไข ปรับปรุง
เลื่อน ยกระดับ สนับสนุน ติดตั้ง อนุมัติ เสีย เลี่ยง ปฏิบัติ ประยุกต์ใช้ นำไป เร่ง เดินหน้า ยืนยัน
เพิ่มขึ้น ลดลง เข้าร่วม เข้าไป เปลี่ยน มุ่งเน้น บางแห่ง เพียงแต่ เรา ผลิต
""".split())
# … and words that make "โรงพยาบาล<word>" a kind or a quality of hospital rather than one hospital:
# first, nearest, other, average, late, quality, economy, branch, private, state sector, psychiatric.
_GENERIC_FIRST_WORDS = frozenset("""
แรก ใกล้ ใกล้เคียง ใกล้ที่สุด เฉลี่ย ช้า คุณภาพ เศรษฐกิจ สาขา เอกชน ภาครัฐ ภาคเอกชน รัฐบาล ท้องถิ่น ต้นแบบ มาตรฐาน
ขนาด ระดับ ระดับโลก ระดับชาติ เหล่าทัพ เศรษฐกิจพอเพียง ทุติยภูมิ ตติยภูมิ ปฐมภูมิ ดีเด่น เสมือนจริง ด้าน ผู้ป่วย ครบ เจ็บป่วย หัวหน้า ฝ่าย กลุ่ม หนึ่ง สำคัญ
""".split())
_DANGLING_WORDS = frozenset("แห่ง ทั่ว บาง และ หรือ".split())
_CLAUSE_END_WORDS = frozenset("ที่ นั้น นี้ แล้ว ด้วย เรียบร้อย เพิ่มเติม ดังกล่าว เหล่านี้ ทั้งหมด".split())
# A unit whose whole name is one such word is a kind ("โรงพยาบาลจิตเวช" = psychiatric hospitals).
_GENERIC_ONLY_WORDS = frozenset("จิตเวช ทหาร ประกันสังคม ชุมชน เครือข่าย สนาม ส่งเสริมสุขภาพ".split())
_SELF_NAMED_HEADS = ("โรงพยาบาล", "สถานสงเคราะห์", "สถานคุ้มครอง", "สถานธนานุบาล", "สถานีตำรวจภูธร", "สถานีตำรวจนครบาล",
                     "สถานีตำรวจ", "มหาวิทยาลัย", "ศูนย์บริการจัดหางาน")


@lru_cache(maxsize=4)
def _unit_kinds(gazetteer: Gazetteer) -> tuple[str, ...]:
    return tuple(sorted((h for h in gazetteer.unit_heads if "จังหวัด" not in h), key=lambda h: (-len(h), h)))


@lru_cache(maxsize=4096)
def _words(run: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize   # lazily: the tokenizer's dictionary loads once
    return tuple(word_tokenize(run, engine="newmm", keep_whitespace=False))


def _before_prose(name: str, kinds: tuple[str, ...] = ()) -> str | None:
    """A self-named unit's name up to the first word of prose glued after it; None where the words
    after its head are prose or a kind from the start ("โรงพยาบาลเมื่อ…", "โรงพยาบาลใกล้ที่สุด").
    The head is the longest kind the name starts with (``kinds``: the unit-head table's,
    "สถานคุ้มครองและพัฒนาคนพิการ"), so the words of the kind itself are never read as prose."""
    head = next((h for h in sorted(kinds + _SELF_NAMED_HEADS, key=len, reverse=True) if name.startswith(h)), None)
    if head is None:
        return name
    run = re.match(r"[\u0e01-\u0e4e]*", name[len(head):]).group()
    words = _words(run) if run else ()
    if not words or words[0] in _GENERIC_FIRST_WORDS or (len(words) == 1 and words[0] in _GENERIC_ONLY_WORDS):
        return None
    if words[0] in _PROSE_WORDS and (len(words) == 1 or len(run) - len(words[0]) >= 3):
        return None     # "โรงพยาบาลเมื่อ…", "มหาวิทยาลัยเข้า…" (but "จะนะ" = จะ|นะ is a town)
    kept = 0
    for word in words:
        # an unknown place name splits into dictionary pieces ("แกลง" = แก|ลง, "จะนะ" = จะ|นะ): a prose
        # word cuts only where more prose follows it, or where it ends a clause ("…ราชวิถีนั้น")
        if word in _PROSE_WORDS and (len(run) - kept - len(word) >= 3 or word in _CLAUSE_END_WORDS):
            break
        kept += len(word)
    else:
        return name
    kept_words = _words(run[:kept])
    while kept_words and kept_words[-1] in _DANGLING_WORDS:     # "มหาวิทยาลัยป่าไม้แห่ง|นี้"
        kept -= len(kept_words[-1])
        kept_words = kept_words[:-1]
    if kept == 0 or (len(kept_words) == 1 and kept_words[0] in _GENERIC_ONLY_WORDS):
        return None
    return name[:len(head) + kept]


def _without_trailing_prose(gazetteer: Gazetteer, name: str) -> str:
    """A self-named unit's name without a word of prose of three letters or more that ends it
    ("โรงพยาบาลราชทัณฑ์ดูแล", "…ราชทัณฑ์เรา", "…อภัยภูเบศรผลิต"), unless the whole is a place's name
    split into dictionary pieces ("ภูเพียง" = ภู|เพียง)."""
    head = next((h for h in _SELF_NAMED_HEADS if name.startswith(h)), None)
    if head is None:
        return name
    run = re.match(r"[\u0e01-\u0e4e]*", name[len(head):]).group()
    words = _words(run) if run else ()
    if len(words) < 2 or words[-1] not in _PROSE_WORDS or len(words[-1]) < 3 or gazetteer.places.provinces_of(run):
        return name
    return name[:len(head) + len(run) - len(words[-1])]


_COUNTING_WORD = re.compile(r"(?:ทั้ง|ระดับ|เฟส|ละ|ใน|ผ่าน|เข็ม|ที่|มา|มี|ลำดับ|รุ่น|กลุ่ม|ภาค|เป็น|กับ|นัด|วัน|ขนาด)[ \t][1-9]$")

# Words that no name of a place-named unit goes on with: verbs and the rest of the clause written on to it
# ("โรงพยาบาลขอนแก่นเริ่ม…", "สถานีตำรวจภูธรสระแก้วดำเนินคดี", "โรงพยาบาลเพชรบูรณ์ถูกแฮก").
_AFTER_PLACE_PROSE = frozenset("""
ถูก ทราบ ดัง เริ่ม ขนาด ทุกคน เนื่องจาก ครั้ง สั้น หาก กลับ ขอ ลงพื้นที่ ดำเนินคดี ดำเนินโครงการ ปี อาคาร บูรณาการ ขยาย
เห็นชอบ แนะ ได้รับ จัด ร่วม คว้า ชนะ ผ่าน ประกาศ ส่ง หลัง ภายหลัง กำลัง ก่อน ตั้งแต่ ทั่วโลก
ยึด จับ จับกุม ตรวจค้น ตรวจยึด สืบสวน เข้าตรวจ นำตัว ควบคุมตัว ส่วนขยาย ปลด พัฒนา จังหวัด อำเภอ ตำบล
ศึกษา จน โดดเด่น เผย แจง ชี้ สู้ ยัน ติดตาม ขึ้น หาย ตั้งเป้า ทำการ หยุด ล่าช้า บริการ ยินดี วันนี้ มุ่งมั่น ปลูกถ่าย ด้าน คง รวม
เจ้าของ
""".split())


def _place_named(gazetteer: Gazetteer, name: str) -> str | None:
    """A police station is named after a real place (and ends with it where a clause is written on to
    it); so does a hospital named after a place. None for a station named after no place
    ("สถานีตำรวจท้องที่เกิดเหตุ", "สถานีตำรวจและหน่วยงาน")."""
    head = next((h for h in ("สถานีตำรวจภูธร", "สถานีตำรวจนครบาล", "สถานีตำรวจ", "โรงพยาบาล") if name.startswith(h)), None)
    if head is None:
        return name
    rest = name[len(head):]
    district = "อำเภอ" if rest.startswith("อำเภอ") and head.startswith("สถานีตำรวจ") else ""
    place = _naming_place(gazetteer, rest[len(district):])
    if place is None:
        return None if head.startswith("สถานีตำรวจ") else name
    after = rest[len(district) + len(place):]
    if after and (_starts_prose(_words(after)[0]) or after in ("จ", "อ")):
        return head + district + place      # ("จ", "อ": a province's or district's short form glued on, "…บ้านไร่จ.อุทัยธานี")
    return name


_LONG_PROSE_WORDS = tuple(sorted((w for w in _PROSE_WORDS | _AFTER_PLACE_PROSE if len(w) >= 3), key=len, reverse=True))


def _starts_prose(word: str) -> bool:
    """A word of prose, or a compound the tokenizer keeps whole that starts with one ("ประสบปัญหา", "รับมอบ")."""
    return word in _AFTER_PLACE_PROSE or word in _PROSE_WORDS or word.startswith(_LONG_PROSE_WORDS)


def _without_stray_number(name: str) -> str:
    """Only a hospital's own name carries a branch number; a number after another unit
    ("มหาวิทยาลัยบูรพา 8") or after a counting word ("… ทั้ง 2", "… ระดับ 1") is not part of it."""
    if re.search(r"[ \t][1-9]$", name) and (not name.startswith("โรงพยาบาล") or _COUNTING_WORD.search(name)):
        return name[:-1].rstrip()
    return name


def _cut_name(run: str) -> str:
    """A unit name glued to the words after it ends before them (past its head word)."""
    match = _NAME_END.search(run, 6)
    return run[:match.start()] if match else run


# The name of a group of hospitals, each named with its place after it ("โรงพยาบาลสมเด็จพระยุพราช (รพร.) 21 แห่ง",
# "โรงพยาบาลสมเด็จพระยุพราชสระแก้ว", "โรงพยาบาลเฉลิมพระเกียรติ 80 พรรษา" of the King's 80th birthday; but the
# district hospital "โรงพยาบาลเฉลิมพระเกียรติ" is one).
_HOSPITAL_GROUPS = re.compile(r"โรงพยาบาล(?:สมเด็จพระยุพราช|เฉลิมพระเกียรติ[ \t]?\d{2,3}[ \t]?พรรษา)")


def _generic(reading: Reading, name: str, start: int) -> bool:
    """A kind of unit rather than one unit: "11 สถานคุ้มครองคนไร้ที่พึ่ง", "สำนักงานขนส่งจังหวัด",
    "สำนักงานขนส่งทุกแห่งทั่วประเทศ" (every office in the country)."""
    if name in reading.gazetteer.unit_heads or name.endswith("จังหวัด"):
        return True
    if _HOSPITAL_GROUPS.fullmatch(name):
        return True
    if re.search(r"ทุกแห่ง|ทั่วประเทศ|ต่างๆ|ต่าง ๆ|ทุกจังหวัด", name) or _GENERIC_HOSPITAL.match(name) \
            or _kind_words(reading.gazetteer, name):
        return True
    return counted_before(reading.text, start)


def _kind_words(gazetteer: Gazetteer, name: str) -> bool:
    """Words that make the name a kind (``_GENERIC_UNIT_WORDS``), unless the word closing it is the end of the real
    place the unit is named after ("โรงพยาบาลสมเด็จพระยุพราชเชียงของ": Chiang Khong, not a dangling "of")."""
    kind = _GENERIC_UNIT_WORDS.search(name)
    if kind is None:
        return False
    return kind.end() < len(name) or not any(gazetteer.places.provinces_of(name[i:])
                                             for i in range(max(0, kind.start() - 20), kind.start()))


_NUMBER_BEFORE = re.compile(r"\d[ \t]*$")
# A number that counts nothing stands before a unit's name: an item's number first on its line ("1 รพ.นครพิงค์"), an
# ordinal or a rank ("เขตสุขภาพที่ 1 โรงพยาบาล…", "อันดับ 2 โรงพยาบาล…"), the 19 of COVID-19, a year.
_NOT_A_COUNT = re.compile(r"(?:(?:^|\n)[ \t]*\d{1,2}|(?:ที่|อันดับ|ลำดับ|ข้อ)[ \t]?\d{1,3}|(?:โควิด|COVID|Covid|covid)[ \t]?-?[ \t]?19"
                          r"|(?<!\d)\d{4})[ \t]*$")


def counted_before(text: str, start: int) -> bool:
    """A count right before a unit's name makes it a kind ("11 สถานคุ้มครองคนไร้ที่พึ่ง", "3 โรงพยาบาล…")."""
    return bool(_NUMBER_BEFORE.search(text, max(0, start - 6), start)) \
        and not _NOT_A_COUNT.search(text, max(0, start - 24), start)


# Words after a place that make the name a kind or a trade, not a place's hospital: "โรงพยาบาลตรวจโรค…"
_NOT_AFTER_A_PLACE = ("โรค", "แพทย์", "เวช", "การแพทย์", "และ", "หรือ")


def _naming_place(gazetteer: Gazetteer, rest: str) -> str | None:
    """The place a hospital's or a station's name is built on: the whole name, or a place of four letters
    or more with more name after it that is no kind of care ("เชียงรายประชานุเคราะห์"); a short
    place-like start ("สิ|นแพทย์", "ราม|าธิบดี") is none."""
    place = place_prefix(gazetteer, rest, minimum=3)
    if place is None or place == rest:
        return place
    after = rest[len(place):]
    if len(place) < 4 or after.startswith(_NOT_AFTER_A_PLACE):
        return None
    return place


def place_prefix(gazetteer: Gazetteer, run: str, minimum: int = 2) -> str | None:
    """The longest real place (province, district or subdistrict) the run of letters starts with."""
    places = gazetteer.places
    for size in range(min(len(run), 30), minimum - 1, -1):
        if places.provinces_of(run[:size]):
            return run[:size]
    return None
