"""Resolution of people: name variants of one person are one node where the evidence agrees, two where not."""
from __future__ import annotations

import json

from rdflib import Graph

from thaigovkg import iris
from thaigovkg.pipeline import build
from thaigovkg.resolve import ArticleSummary, near_identical, one_edit, person_key, resolve, resolve_people, slip
from thaigovkg.vocab import FOAF, ORG, SCHEMA


def article(doc_id: str, *people: tuple[str, list[tuple[str, str]]]) -> ArticleSummary:
    """A summary naming ``people``: (spelling, [(title, organisation key)])."""
    return ArticleSummary(str(iris.article_iri(doc_id)), doc_id,
                          tuple((person_key(name), name, ()) for name, _ in people),
                          posts=tuple((person_key(name), title, org) for name, posts in people for title, org in posts))


def person(name: str) -> str:
    return str(iris.person_iri(person_key(name)))


def merged(summaries: list[ArticleSummary]) -> dict[str, str]:
    return {k: v for k, v in resolve_people(summaries, {}).renames.items() if "/person/" in k}


def test_one_edit_is_one_letter_added_dropped_changed_or_swapped():
    assert one_edit("การย์กวินพงศ์", "การย์กวินพงษ์") and one_edit("ชมเชย", "ชมเลย")
    assert one_edit("จันทร์โอชา", "จันท์โอชา") and one_edit("จันท์โอชา", "จันทร์โอชา")
    assert one_edit("ab", "ba") and not one_edit("abc", "cba")
    assert not one_edit("ศรีสุข", "ศรีสุข") and not one_edit("สมจิต", "สมจิตรา")


def test_a_slip_is_an_alike_letter_a_tone_mark_or_a_doubled_letter_not_another_vowel():
    assert slip("เนติพงษ์", "เนติพงศ์") and slip("จิรัฏฐ์", "จิรัฎฐ์") and slip("นัสที", "นัสธี")    # sound or look alike
    assert slip("ประยุทธ", "ประยุทธ์") and slip("ซูฮยอน", "ซูฮย็อน") and slip("สเตลล่า", "สเตลลา")  # silencer, marks
    assert slip("อังศุวรรรณ", "อังศุวรรณ") and slip("กิตติพงษ์", "กิติพงษ์")                        # a letter doubled
    assert not slip("มานี", "มานะ") and not slip("สมชาย", "สมชัย")        # another vowel: another name
    assert not slip("สมจิต", "สมจิตร") and not slip("นัทวุฒิ", "นันทวุฒิ") and not slip("ศส", "สศ")


def test_a_slip_of_the_pen_in_either_part_is_one_person_another_vowel_is_not():
    assert merged([article("a1", ("ประยุทธ์ จันทร์โอชา", [])), article("a2", ("ประยุทธ์ จันทร์โอชา", [])),
                   article("a3", ("ประยุทธ จันทร์โอชา", []))]) == \
        {person("ประยุทธ จันทร์โอชา"): person("ประยุทธ์ จันทร์โอชา")}
    assert merged([article("a1", ("ดำรง โอกาศ", [])), article("a2", ("ดำรง โอกาศ", [])),
                   article("a3", ("ดำรง โอกาส", []))]) == {person("ดำรง โอกาส"): person("ดำรง โอกาศ")}
    assert merged([article("a1", ("มานี ศรีสุข", [])), article("a2", ("มานะ ศรีสุข", []))]) == {}


def test_a_chiefs_title_read_as_an_honorific_leaves_the_same_name():
    # "นายกนที ดำรงค์" (the mayor นที) read as นาย + กนที
    summaries = [article("a1", ("นที ดำรงค์", [("นายกเทศมนตรีตำบลสันทรายหลวง", "")])), article("a2", ("นที ดำรงค์", [])),
                 article("a3", ("กนที ดำรงค์", []))]
    assert merged(summaries) == {person("กนที ดำรงค์"): person("นที ดำรงค์")}
    assert merged([article("a1", ("กมล ใจดี", [])), article("a2", ("กมลา ใจดี", []))]) == {}


def test_near_identical_names_are_spacing_or_one_part_one_edit_off():
    names = {"a": "ประยุทธ์ จันทร์โอชา", "b": "ประยุทธ์จันทร์ โอชา", "c": "ประยุทธ์ จันท์โอชา",
             "d": "ประยุทธ จันทร์โอชา", "e": "สมชาย ใจดี", "f": "สมศรี ใจดี"}
    pairs = {(how, a, b) for how, a, b in near_identical(names)}
    assert ("spacing", "a", "b") in pairs and ("surname", "a", "c") in pairs and ("given name", "a", "d") in pairs
    assert not any({"e", "f"} == {a, b} for _, a, b in pairs)      # two given names two letters apart


def test_a_surname_one_letter_off_with_the_same_post_is_one_person_and_one_post():
    main, variant = "อนุกูล ปีดแก้ว", "อนุกูล ปีดแล้ว"
    post = ("ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "mso")
    summaries = [article("a1", (main, [post])), article("a2", (main, [post])), article("a3", (variant, [post]))]
    found = resolve(summaries)
    assert found.renames[person(variant)] == person(main)
    assert found.renames[str(iris.post_iri(person_key(variant), *post))] == str(iris.post_iri(person_key(main), *post))
    [merge] = [m for m in found.merges if m.kind == "person"]
    assert merge.into == person(main) and merge.merged == (person(variant),) and "the same post" in merge.reason
    names = {str(o) for s, p, o in found.triples if str(s) == person(main) and p == FOAF.name}
    alternates = {str(o) for s, p, o in found.triples if str(s) == person(main) and p == SCHEMA.alternateName}
    assert names == {main} and variant in alternates          # the spelling most articles use names the person
    assert not any(str(s) == person(variant) for s, _, _ in found.triples)


def test_a_long_surname_one_letter_off_needs_no_other_evidence_a_short_one_does():
    long = [article("a1", ("โอภาส การย์กวินพงศ์", [])), article("a2", ("โอภาส การย์กวินพงษ์", []))]
    assert merged(long) == {person("โอภาส การย์กวินพงษ์"): person("โอภาส การย์กวินพงศ์")} or \
        merged(long) == {person("โอภาส การย์กวินพงศ์"): person("โอภาส การย์กวินพงษ์")}
    short = [article("a1", ("เกรียงศักดิ์ สมจิต", [("ปลัดจังหวัดบุรีรัมย์", "")])),
             article("a2", ("เกรียงศักดิ์ สมจิตร", [("นายอำเภอเมืองน่าน", "")]))]
    assert merged(short) == {}                                  # สมจิต and สมจิตร are two surnames
    same_org = [article("a1", ("อมร ชมเชย", [("รองเลขาธิการสำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ", "ncsa")])),
                article("a2", ("อมร ชมเชย", [])),
                article("a3", ("อมร ชมเลย", [("เลขาธิการสำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ", "ncsa")]))]
    assert merged(same_org) == {person("อมร ชมเลย"): person("อมร ชมเชย")}


def test_a_given_name_one_letter_off_but_no_slip_is_merged_only_with_a_post_in_common():
    post = ("ผู้ช่วยปลัดกระทรวงอุตสาหกรรม", "ops-moi")
    agree = [article("a1", ("ทาวัน ทวีถาวรสวัสดิ์", [post])), article("a2", ("ทาวัน ทวีถาวรสวัสดิ์", [])),
             article("a3", ("ทาวัญ ทวีถาวรสวัสดิ์", [post]))]
    assert merged(agree) == {person("ทาวัญ ทวีถาวรสวัสดิ์"): person("ทาวัน ทวีถาวรสวัสดิ์")}
    # brothers of one family (one surname), or a given name misspelt with nothing to tell: kept apart
    apart = [article("a1", ("สมชาย เลิศประสิทธิพันธ์", [("อธิบดีกรมการปกครอง", "dopa")])),
             article("a2", ("สมชัย เลิศประสิทธิพันธ์", [("ผู้ว่าราชการจังหวัดเพชรบุรี", "")]))]
    assert merged(apart) == {}
    together = [article("a1", ("สมชาย เลิศประสิทธิพันธ์", []), ("สมชัย เลิศประสิทธิพันธ์", []))]
    assert merged(together) == {}        # both named in one article: a given name one letter off is no evidence


def test_two_spellings_each_with_other_posts_in_one_article_are_two_people():
    both = [article("a1", ("วิชัย ไชยมงคล", [("ปลัดกระทรวงมหาดไทย", "moi")]),
                    ("วิชัย ไชมงคล", [("เลขาธิการสำนักงานคณะกรรมการป้องกันและปราบปรามยาเสพติด", "oncb")])),
            article("a2", ("วิชัย ไชยมงคล", [("ปลัดกระทรวงมหาดไทย", "moi")]))]
    assert merged(both) == {}
    spaced = [article("a1", ("ประยุทธ์ จันทร์โอชา", [("นายกรัฐมนตรี", "")])),
              article("a2", ("ประยุทธ์จันทร์ โอชา", []))]
    assert merged(spaced) == {person("ประยุทธ์จันทร์ โอชา"): person("ประยุทธ์ จันทร์โอชา")}


def test_a_group_of_variants_joins_only_where_no_member_contradicts_another():
    # ไชยมงคน is ไชยมงคล's variant (the same post); ไชมงคน shares a post with ไชยมงคน, but holds another
    # post beside ไชยมงคล in one article: it stays apart from the group they make
    moi, oncb = ("ปลัดกระทรวงมหาดไทย", "moi"), ("เลขาธิการสำนักงานคณะกรรมการป้องกันและปราบปรามยาเสพติด", "oncb")
    summaries = [article("a1", ("วิชัย ไชยมงคล", [moi]), ("วิชัย ไชมงคน", [oncb])),
                 article("a2", ("วิชัย ไชยมงคล", [moi])),
                 article("a3", ("วิชัย ไชยมงคน", [moi, oncb]))]
    assert merged(summaries) == {person("วิชัย ไชยมงคน"): person("วิชัย ไชยมงคล")}


def test_summaries_keep_posts_and_read_those_stored_before_posts_were_kept():
    summary = article("a1", ("อนุกูล ปีดแก้ว", [("ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "mso")]))
    assert ArticleSummary.from_json(json.loads(summary.dumps())) == summary
    old = summary.to_json()
    del old["posts"]
    assert ArticleSummary.from_json(old).posts == ()


FIRST = ("พม. ลงพื้นที่\n\nนายอนุกูล ปีดแก้ว ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ลงพื้นที่ตรวจเยี่ยม\n")
SECOND = ("พม. มอบนโยบาย\n\nนายอนุกูล ปีดแก้ว ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ มอบนโยบาย\n")
MISSPELT = ("พม. ลงนาม\n\nนายอนุกูล ปีดแล้ว ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ลงนามบันทึกความร่วมมือ\n")


def test_the_build_makes_one_person_with_one_post_and_reports_the_merge(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("a1.txt", FIRST), ("a2.txt", SECOND), ("a3.txt", MISSPELT)):
        (folder / name).write_text(text, encoding="utf-8")
    report = build([folder], tmp_path / "graph.ttl", validate=False, jobs=1)
    graph = Graph().parse(report.output)
    people = set(graph.subjects(predicate=None, object=FOAF.Person))
    assert {str(p) for p in people} == {person("อนุกูล ปีดแก้ว")}
    [node] = people
    assert {str(n) for n in graph.objects(node, FOAF.name)} == {"อนุกูล ปีดแก้ว"}
    assert "อนุกูล ปีดแล้ว" in {str(n) for n in graph.objects(node, SCHEMA.alternateName)}
    posts = set(graph.subjects(ORG.heldBy, node))
    assert len(posts) == 1                  # the post both spellings hold is one post, read in three articles
    rows = [json.loads(line) for line in report.report_path.read_text(encoding="utf-8").splitlines()]
    [row] = [r for r in rows if r.get("kind") == "person"]
    assert row["into"] == person("อนุกูล ปีดแก้ว") and row["merged"] == [person("อนุกูล ปีดแล้ว")]
    assert "ปีดแล้ว" in row["reason"] and "the same post" in row["reason"]


# ------------------------------------------------------------------ posts given without their organisation

def post(name: str, title: str, org: str | None) -> str:
    return str(iris.post_iri(person_key(name), title, org))


def test_a_post_given_without_its_organisation_is_the_one_another_article_names():
    title = "ผู้อำนวยการกองระบาดวิทยา"
    summaries = [article("a1", ("จักรรัฐ พิทยาวงศ์อานนท์", [(title, "x-epi")])),
                 article("a2", ("จักรรัฐ พิทยาวงศ์อานนท์", [(title, "")])),
                 article("a3", ("สมชาย ใจดี", [(title, "")]))]        # another person: nothing to say which division
    found = resolve(summaries)
    assert found.renames == {post("จักรรัฐ พิทยาวงศ์อานนท์", title, None): post("จักรรัฐ พิทยาวงศ์อานนท์", title, "x-epi")}
    [merge] = [m for m in found.merges if m.kind == "post"]
    assert "x-epi" in merge.reason and title in merge.reason


def test_a_post_named_with_two_organisations_elsewhere_stays_without_one():
    title = "ผู้อำนวยการกองการต่างประเทศ"
    summaries = [article("a1", ("สมชาย ใจดีมาก", [(title, "x-one")])), article("a2", ("สมชาย ใจดีมาก", [(title, "x-two")])),
                 article("a3", ("สมชาย ใจดีมาก", [(title, "")]))]
    assert not [m for m in resolve(summaries).merges if m.kind == "post"]


def test_a_misspelt_holders_bare_post_joins_the_post_of_the_person_it_is_merged_into():
    title = "รองปลัดกระทรวงอุตสาหกรรม"
    summaries = [article("a1", ("วรวรรณ ชิตอรุณ", [(title, "x-moi")])), article("a2", ("วรวรรณ ชิตอรุณ", [])),
                 article("a3", ("วรวรรณ ชิดอรุณ", [(title, "")]))]
    found = resolve(summaries)
    assert found.renames[person("วรวรรณ ชิดอรุณ")] == person("วรวรรณ ชิตอรุณ")
    assert found.renames[post("วรวรรณ ชิดอรุณ", title, None)] == post("วรวรรณ ชิตอรุณ", title, "x-moi")


def test_spellings_spaced_otherwise_inside_a_part_are_one_node_already_not_a_merge():
    # "ชิต ยวงษ์" / "ชิตยวงษ์": two keys of resolution, one IRI (IRIs compare names without spaces); before, the
    # "merge" renamed the node to itself (a circle for compose) and the build report listed it
    summaries = [article("a1", ("สุเทพ ชิตยวงษ์", [("ผู้อำนวยการ", "x-กองคลัง")])), article("a2", ("สุเทพ ชิตยวงษ์", [])),
                 article("a3", ("สุเทพ ชิต ยวงษ์", [("ผู้อำนวยการ", "x-กองคลัง")]))]
    assert person("สุเทพ ชิตยวงษ์") == person("สุเทพ ชิต ยวงษ์")
    found = resolve_people(summaries, {})
    assert all(source != into for source, into in found.renames.items())
    assert not [m for m in found.merges if m.kind == "person"]
    # a real variant beside them is still merged, once
    summaries.append(article("a4", ("สุเทพ ชิตยวงศ์", [("ผู้อำนวยการ", "x-กองคลัง")])))
    found = resolve_people(summaries, {})
    assert {k: v for k, v in found.renames.items() if "/person/" in k} == \
        {person("สุเทพ ชิตยวงศ์"): person("สุเทพ ชิตยวงษ์")}
    assert [m.merged for m in found.merges if m.kind == "person"] == [(person("สุเทพ ชิตยวงศ์"),)]
