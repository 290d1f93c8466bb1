"""Resolution of learned organisations: name variants of one body are one node where the evidence agrees."""
from __future__ import annotations

import json

from thaigovkg import iris
from thaigovkg.resolve import ArticleSummary, person_key, resolve, resolve_orgs

DOA = "doa"          # a department of the tables (กรมวิชาการเกษตร), parent of the learned units below


def article(doc_id: str, *orgs: tuple[str, str, str, str], posts: tuple[tuple[str, str, str], ...] = ()) -> ArticleSummary:
    """A summary that learned ``orgs`` (key, name, parent, kind) and holds ``posts`` (person, title, org key)."""
    return ArticleSummary(str(iris.article_iri(doc_id)), doc_id, tuple((person_key(p), p, ()) for p, _, _ in posts),
                          posts=tuple((person_key(p), t, o) for p, t, o in posts), orgs=orgs)


def org(key: str) -> str:
    return str(iris.org_iri(key))


def merged(summaries: list[ArticleSummary]) -> dict[str, str]:
    return {k: v for k, v in resolve_orgs(summaries, {}).renames.items() if "/org/" in k}


def test_the_same_name_spaced_or_dotted_otherwise_under_one_parent_is_one_body():
    summaries = [article("a1", ("x-1", "ศูนย์วิจัยพืชไร่ขอนแก่น", DOA, "unit")),
                 article("a2", ("x-1", "ศูนย์วิจัยพืชไร่ขอนแก่น", DOA, "unit")),
                 article("a3", ("x-2", "ศูนย์วิจัยพืชไร่ ขอนแก่น", DOA, "unit")),
                 article("a4", ("x-3", "ศูนย์ ก.พ.ร.", DOA, "unit")), article("a5", ("x-4", "ศูนย์ กพร", DOA, "unit"))]
    assert merged(summaries) == {org("x-2"): org("x-1"), org("x-4"): org("x-3")}
    found = resolve_orgs(summaries, {})
    assert [m.kind for m in found.merges] == ["organization", "organization"]
    assert "spaced or punctuated otherwise" in found.merges[0].reason


def test_the_same_name_under_two_unrelated_parents_is_two_bodies():
    summaries = [article("a1", ("x-1", "กองคลัง", DOA, "unit")), article("a2", ("x-2", "กองคลัง", "rid", "unit")),
                 article("a3", ("x-3", "กองคลัง", "", "unit"))]      # with no parent: which department's is not known
    assert merged(summaries) == {}


def test_the_same_name_under_no_parent_or_its_parents_parent_is_left_apart():
    # one unit, maybe, but the node would keep both parents and both classes the articles give it
    summaries = [article("a1", ("x-1", "สถาบันวิจัยข้าวนาปรังแห่งภาคกลาง", DOA, "unit")),
                 article("a2", ("x-1", "สถาบันวิจัยข้าวนาปรังแห่งภาคกลาง", DOA, "unit")),
                 article("a3", ("x-2", "สถาบันวิจัยข้าวนาปรัง แห่งภาคกลาง", "", "unit")),
                 article("a4", ("x-3", "ศูนย์วิจัยพืชไร่ชัยนาท", DOA, "unit")),
                 article("a5", ("x-4", "ศูนย์วิจัยพืชไร่ชัยนาท", "moac", "unit"))]
    assert merged(summaries) == {}


def test_a_slip_of_the_pen_under_one_parent_is_one_body_and_another_word_is_not():
    summaries = [article("a1", ("x-1", "ศูนย์วิจัยและพัฒนาการเกษตรศรีสะเกษ", DOA, "unit")),
                 article("a2", ("x-1", "ศูนย์วิจัยและพัฒนาการเกษตรศรีสะเกษ", DOA, "unit")),
                 article("a3", ("x-2", "ศูนย์วิจัยและพัฒนาการเกษตรศีสะเกษ", DOA, "unit")),   # a letter dropped (long name)
                 article("a4", ("x-3", "กองอาหาร", DOA, "unit")), article("a5", ("x-4", "กองอาคาร", DOA, "unit")),  # food / buildings
                 article("a6", ("x-5", "กองแผนงานและสารสนเทศ", DOA, "unit")),
                 article("a7", ("x-6", "กองแผนงานและสารสนเทส", DOA, "unit")),                   # ส for ศ
                 article("a8", ("x-7", "บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน)", "", "company")),
                 article("a9", ("x-8", "บริษัท ไทยเบฟเวอเรจ์ จำกัด (มหาชน)", "", "company"))]   # a silencer added
    assert merged(summaries) == {org("x-2"): org("x-1"), org("x-6"): org("x-5"), org("x-8"): org("x-7")}


def test_places_one_letter_apart_in_a_bodys_name_are_two_bodies():
    moph_office = "mophps"
    summaries = [article("a1", ("x-1", "องค์การบริหารส่วนตำบลแม่ทา", "prov_chiang_mai", "local")),
                 article("a2", ("x-2", "องค์การบริหารส่วนตำบลแม่สา", "prov_chiang_mai", "local")),
                 article("a3", ("x-3", "โรงพยาบาลท่าฉาง", moph_office, "hospital")),
                 article("a4", ("x-4", "โรงพยาบาลท่ายาง", moph_office, "hospital")),
                 article("a5", ("x-5", "โรงพยาบาลบ้านแพง", moph_office, "hospital")),      # a slip, but a short name:
                 article("a6", ("x-6", "โรงพยาบาลบ้านแพ้ง", moph_office, "hospital"))]     # another district's?
    assert merged(summaries) == {}


def test_numbered_units_and_offices_of_two_provinces_stay_apart():
    summaries = [article("a1", ("x-1", "ศูนย์ปฏิบัติการฝนหลวงเขต 1", DOA, "unit")),
                 article("a2", ("x-2", "ศูนย์ปฏิบัติการฝนหลวงเขต 7", DOA, "unit")),
                 article("a3", ("x-3", "ศูนย์ปฏิบัติการฝนหลวงเขต 10", DOA, "unit")),
                 article("a4", ("x-4", "สำนักงานเกษตรและสหกรณ์จังหวัดตาก", DOA, "unit")),
                 article("a5", ("x-5", "สำนักงานเกษตรและสหกรณ์จังหวัดตาด", DOA, "unit")),
                 article("a6", ("x-6", "ศูนย์ปฏิบัติการฝนหลวงเขตหนึ่ง", "", "unit")),
                 article("a7", ("x-7", "ศูนย์ปฏิบัติการฝนหลวงเขตหนี่ง", "moph", "unit"))]    # a slip, but other parents
    assert merged(summaries) == {}


def test_long_names_ending_with_two_provinces_one_letter_apart_stay_apart():
    """ระยอง and ระนอง are a letter apart and two provinces: two branches, however long the rest of the name."""
    summaries = [article("a1", ("x-1", "สำนักงานเจ้าท่าภูมิภาคสาขาระยอง", "md", "office")),
                 article("a2", ("x-2", "สำนักงานเจ้าท่าภูมิภาคสาขาระนอง", "md", "office")),
                 article("a3", ("x-3", "ศูนย์วิจัยและพัฒนาการเกษตรระยอง", DOA, "unit")),
                 article("a4", ("x-4", "ศูนย์วิจัยและพัฒนาการเกษตรระยองง", DOA, "unit"))]    # one province, a slip: one
    assert merged(summaries) == {org("x-4"): org("x-3")}


def test_posts_in_a_merged_body_are_the_kept_bodys_and_name_one_person():
    title = "ผู้อำนวยการศูนย์วิจัยพืชไร่ขอนแก่น"
    summaries = [article("a1", ("x-1", "ศูนย์วิจัยพืชไร่ขอนแก่น", DOA, "unit"), posts=(("สมชาย ใจดี", title, "x-1"),)),
                 article("a2", ("x-1", "ศูนย์วิจัยพืชไร่ขอนแก่น", DOA, "unit")),
                 article("a3", ("x-2", "ศูนย์วิจัยพืชไร่ ขอนแก่น", DOA, "unit"), posts=(("สมชาย ใจดี", title, "x-2"),))]
    renames = resolve(summaries).renames
    kept_post = str(iris.post_iri(person_key("สมชาย ใจดี"), title, "x-1"))
    assert renames[str(iris.post_iri(person_key("สมชาย ใจดี"), title, "x-2"))] == kept_post
    assert renames[org("x-2")] == org("x-1")
    merges = resolve(summaries).merges
    assert any(m.kind == "organization" for m in merges)


def test_a_post_that_would_meet_one_titled_otherwise_stays_apart():
    toyota = ("x-1", "บริษัท โตโยต้า มอเตอร์ (ประเทศไทย) จำกัด", "", "company")
    spaced = ("x-2", "บริษัท โตโยต้ามอเตอร์ (ประเทศไทย) จำกัด", "", "company")
    bracketed, plain = "กรรมการผู้จัดการใหญ่บริษัทโตโยต้ามอเตอร์(ประเทศไทย)จำกัด", "กรรมการผู้จัดการใหญ่บริษัทโตโยต้ามอเตอร์ประเทศไทยจำกัด"
    summaries = [article("a1", toyota, posts=(("โนริอากิ ยามาชิตะ", bracketed, "x-1"),)), article("a2", toyota),
                 article("a3", spaced, posts=(("โนริอากิ ยามาชิตะ", plain, "x-2"),))]
    renames = resolve(summaries).renames
    assert renames[org("x-2")] == org("x-1")
    assert not any("/post/" in source for source in renames)


def test_summaries_keep_learned_bodies_and_read_those_stored_before():
    summary = article("a1", ("x-1", "ศูนย์วิจัยพืชไร่ขอนแก่น", DOA, "unit"))
    assert ArticleSummary.from_json(json.loads(summary.dumps())) == summary
    old = summary.to_json()
    del old["orgs"]
    assert ArticleSummary.from_json(old).orgs == ()


def test_a_body_of_that_name_but_another_kind_is_not_joined():
    summaries = [article("a1", ("x-1", "โรงพยาบาลรามาธิบดี", "mahidol", "hospital")),
                 article("a2", ("x-1", "โรงพยาบาลรามาธิบดี", "mahidol", "hospital")),
                 article("a3", ("x-2", "โรงพยาบาลรามาธิบดี", "", "private_hospital"))]
    assert merged(summaries) == {}


def test_a_merged_bodys_name_is_another_name_of_the_kept_node_which_has_one_name():
    summaries = [article("a1", ("x-1", "ศูนย์ ก.พ.ร.", DOA, "unit")), article("a2", ("x-1", "ศูนย์ ก.พ.ร.", DOA, "unit")),
                 article("a3", ("x-2", "ศูนย์ กพร", DOA, "unit")), article("a4", ("x-3", "กองคลัง", DOA, "unit"))]
    labels = {(str(s), str(p).rsplit("#", 1)[1], str(o)) for s, p, o in resolve(summaries).triples if "/org/" in str(s)}
    assert labels == {(org("x-1"), "prefLabel", "ศูนย์ ก.พ.ร."), (org("x-1"), "altLabel", "ศูนย์ กพร"),
                      (org("x-3"), "prefLabel", "กองคลัง")}


def titled(doc_id: str, named: tuple[str, ...], *orgs: tuple[str, str, str, str],
           posts: tuple[tuple[str, str, str], ...] = ()) -> ArticleSummary:
    summary = article(doc_id, *orgs, posts=posts)
    return ArticleSummary(summary.iri, summary.doc_id, summary.people, posts=summary.posts, orgs=summary.orgs,
                          named=named)


def post_in(summaries: list[ArticleSummary]) -> dict[str, str]:
    found = resolve(summaries)
    post_in = {str(s): str(o) for s, p, o in found.triples if str(p).endswith("#postIn")}
    return {source: post_in.get(target) for source, target in found.renames.items() if "/post/" in source}


def test_a_bare_title_naming_one_body_of_the_corpus_is_a_post_in_it_where_the_article_names_a_body_above():
    unit = ("x-1", "ศูนย์วิจัยพืชไร่ขอนแก่น", DOA, "unit")
    head = ("สมชาย ใจดี", "ผู้อำนวยการศูนย์วิจัยพืชไร่ขอนแก่น", "")
    acting = ("สมหญิง ใจงาม", "รักษาราชการแทนผู้อำนวยการศูนย์วิจัยพืชไร่ ขอนแก่น", "")
    summaries = [titled("a1", (DOA,), unit), titled("a2", ("moac",), posts=(head,)),      # the ministry above it
                 titled("a3", (), posts=(acting,)), titled("a4", (DOA,), posts=(acting,))]
    assert post_in(summaries) == {str(iris.post_iri(person_key(head[0]), head[1], None)): org("x-1"),
                                  str(iris.post_iri(person_key(acting[0]), acting[1], None)): org("x-1")}


def test_a_bare_title_several_bodies_have_is_the_one_whose_department_the_article_names_alone():
    head = ("สมชาย ใจดี", "ผู้อำนวยการกองคลัง", "")
    deputy = ("สมหญิง ใจงาม", "รองผู้อำนวยการกองคลัง", "")
    inspector = ("สมศรี ใจดี", "ผู้อำนวยการกองตรวจราชการ", "")
    summaries = [titled("a1", (DOA,), ("x-1", "กองคลัง", DOA, "unit")), titled("a2", ("rid",), ("x-2", "กองคลัง", "rid", "unit")),
                 titled("a3", (DOA, "moac"), posts=(head,)),           # the department (and its ministry) named
                 titled("a4", ("x-1",), posts=(deputy,)),              # the unit itself named
                 titled("a5", ("dopa",), ("x-4", "กองตรวจราชการ", "dopa", "unit")),
                 titled("a6", ("moac_ops",), ("x-5", "กองตรวจราชการ", "moac_ops", "unit")),
                 titled("a7", ("moac",), posts=(inspector,))]          # only its ministry: the one under it
    assert post_in(summaries) == {str(iris.post_iri(person_key(head[0]), head[1], None)): org("x-1"),
                                  str(iris.post_iri(person_key(deputy[0]), deputy[1], None)): org("x-1"),
                                  str(iris.post_iri(person_key(inspector[0]), inspector[1], None)): org("x-5")}


def test_a_bare_title_stays_bare_when_several_bodies_have_the_name_and_the_article_names_both_or_their_ministry_or_none():
    summaries = [titled("a1", (DOA,), ("x-1", "กองคลัง", DOA, "unit")), titled("a2", ("rid",), ("x-2", "กองคลัง", "rid", "unit")),
                 titled("a3", (DOA, "rid"), posts=(("สมชาย ใจดี", "ผู้อำนวยการกองคลัง", ""),)),       # both departments
                 titled("a3b", ("moac",), posts=(("สมใจ ใจดี", "ผู้อำนวยการกองคลัง", ""),)),          # their ministry only
                 titled("a3c", ("dopa",), posts=(("สมปอง ใจดี", "ผู้อำนวยการกองคลัง", ""),)),         # another department
                 titled("a3d", (DOA,), posts=(("สมหมาย ใจดี", "ผู้อำนวยการกองคลัง", ""),)),           # one person, two
                 titled("a3e", ("rid",), posts=(("สมหมาย ใจดี", "ผู้อำนวยการกองคลัง", ""),)),         # articles, two bodies
                 titled("a4", (DOA,), ("x-3", "ศูนย์วิจัยพืชไร่ขอนแก่น", DOA, "unit")),
                 titled("a5", ("moph",), posts=(("สมหญิง ใจงาม", "ผู้อำนวยการศูนย์วิจัยพืชไร่ขอนแก่น", ""),)),
                 titled("a6", (DOA,), posts=(("สมศรี ใจดี", "นักวิชาการศูนย์วิจัยพืชไร่ขอนแก่น", ""),))]  # no head
    assert post_in(summaries) == {}


def test_an_award_to_a_merged_body_is_the_award_to_the_kept_one():
    bank, misspelt = ("x-1", "ธนาคารไทยเครดิต จำกัด (มหาชน)", "", "company"), ("x-2", "ธนาคารไทยเครดิตจำกัด (มหาชน)", "", "company")
    to_bank = ("psea", "2566", "x-1", "", "", "", "", "")
    to_misspelt = ("psea", "2566", "x-2", "", "", "", "", "")
    to_other_year = ("psea", "2565", "x-3", "", "", "", "", "")
    summaries = [ArticleSummary("a1", "a1", orgs=(bank,), awards=(to_bank,)), ArticleSummary("a2", "a2", orgs=(bank,)),
                 ArticleSummary("a3", "a3", orgs=(misspelt,), awards=(to_misspelt, to_other_year))]
    found = resolve(summaries)
    assert {k: v for k, v in found.renames.items() if "/award/" in k} == {
        str(iris.award_iri(*to_misspelt)): str(iris.award_iri(*to_bank))}
    assert [(m.into, m.merged) for m in found.merges if m.kind == "award"] == [
        (str(iris.award_iri(*to_bank)), (str(iris.award_iri(*to_misspelt)),))]
    assert ArticleSummary.from_json(json.loads(summaries[2].dumps())) == summaries[2]


def test_the_award_fields_of_a_summary_make_the_iri_the_article_graph_gives_its_award():
    from pathlib import Path

    from thaigovkg.article import read_article
    from thaigovkg.extract import extract_article
    from thaigovkg.resolve import award_fields
    from thaigovkg.to_rdf import article_graph
    from thaigovkg.vocab import RDF, TGK

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    extraction = extract_article(read_article(next(iter(sorted(seeds.glob("000_*.txt"))))))
    assert extraction.awards
    nodes = {str(node) for node in article_graph(extraction).subjects(RDF.type, TGK.AwardConferral)}
    assert nodes == {str(iris.award_iri(*award_fields(award))) for award in extraction.awards}


def test_a_merged_persons_post_that_would_meet_one_titled_otherwise_keeps_its_own_body():
    toyota = ("x-1", "บริษัท โตโยต้า มอเตอร์ (ประเทศไทย) จำกัด", "", "company")
    spaced = ("x-2", "บริษัท โตโยต้ามอเตอร์ (ประเทศไทย) จำกัด", "", "company")
    bracketed, plain = "รองกรรมการผู้จัดการใหญ่บริษัทโตโยต้ามอเตอร์(ประเทศไทย)จำกัด", "รองกรรมการผู้จัดการใหญ่บริษัทโตโยต้ามอเตอร์ประเทศไทยจำกัด"
    summaries = [article("a1", toyota, posts=(("สุรเชษฐ์ อิทธิรัตนวงศ์", bracketed, "x-1"),)), article("a2", toyota),
                 article("a3", toyota, posts=(("สุรเชษฐ์ อิทธิรัตนวงศ์", bracketed, "x-1"),)),
                 article("a4", spaced, posts=(("สุรเชษฐ์ อิทธิรัตนวงค์", plain, "x-2"),))]   # ค for ศ: one man
    found = resolve(summaries)
    kept, other = person_key("สุรเชษฐ์ อิทธิรัตนวงศ์"), person_key("สุรเชษฐ์ อิทธิรัตนวงค์")
    assert found.renames[person("สุรเชษฐ์ อิทธิรัตนวงค์")] == person("สุรเชษฐ์ อิทธิรัตนวงศ์")
    assert found.renames[org("x-2")] == org("x-1")
    # the post the article wrote ends as the kept person's post of x-2 (renamed to x-1 by its postIn), not the
    # bracketed post of x-1: one IRI for the two would carry both titles
    assert found.renames[str(iris.post_iri(other, plain, "x-2"))] == str(iris.post_iri(kept, plain, "x-2"))
    assert str(iris.post_iri(kept, plain, "x-2")) != str(iris.post_iri(kept, bracketed, "x-1"))


def person(name: str) -> str:
    return str(iris.person_iri(person_key(name)))


def test_a_unit_and_the_same_unit_with_its_parents_name_after_it_are_one_body():
    summaries = [article("a1", ("x-1", "สำนักโฆษก", "spm", "unit")), article("a2", ("x-1", "สำนักโฆษก", "spm", "unit")),
                 article("a3", ("x-2", "สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี", "spm", "unit")),
                 # another parent's name after it, or the parent's name under another parent: two bodies
                 article("a4", ("x-3", "กองคลัง", DOA, "unit")),
                 article("a5", ("x-4", "กองคลัง สำนักเลขาธิการนายกรัฐมนตรี", DOA, "unit")),
                 article("a6", ("x-5", "กองคลัง สำนักเลขาธิการนายกรัฐมนตรี", "spm", "unit"))]
    assert merged(summaries) == {org("x-2"): org("x-1")}
    assert "parent's name written after it" in resolve_orgs(summaries, {}).merges[0].reason


def test_one_edit_neighbours_brought_up_to_date_equal_those_found_again():
    """A parent's names one edit apart, kept from the last resolution and updated with names added and gone
    (a daily update), are those found from all its names at once."""
    from thaigovkg.resolve import _one_edit_neighbours

    def buckets(names):
        found: dict = {}
        for parent, text in names:
            found.setdefault((parent, len(text)), []).append(text)
        return found
    before = [("", "กองคลัง"), ("", "กองคลังก"), ("", "กองคลน"), ("x-1", "ศูนย์ข้อมูล"), ("x-1", "ศูนย์ข้อมูน"),
              ("x-2", "สำนักงานเขต")]
    after = [name for name in before if name not in {("", "กองคลน"), ("x-2", "สำนักงานเขต")}] + [
        ("", "กองคลังข"), ("", "กองคลงั"), ("x-1", "ศูนยข้อมูล"), ("x-3", "สำนักงานเขต")]
    kept: dict = {}
    _one_edit_neighbours(buckets(before), kept)
    assert _one_edit_neighbours(buckets(after), kept) == _one_edit_neighbours(buckets(after), {})
    assert "x-2" not in kept
    again: dict = {}
    _one_edit_neighbours(buckets(after), again)
    assert kept == again
