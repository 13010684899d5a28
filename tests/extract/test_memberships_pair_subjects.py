"""The article's pair as the subject of a role: "The two countries, along with C, are members of F"
(a fellow phrase set off after the subject), "The two countries also co-chair F" (the parse often
reads "co-chair" as a noun), and "the two countries" paragraphs after the lead that named them;
each with a negative a careless rule would over-read."""

from __future__ import annotations

from extract_helpers import members_stated

PAIR = "Chile and Peru signed a fisheries pact on Monday. "


def _members(countries: tuple[str, ...], body: str, role: str = "member") -> set[tuple[str, str, str]]:
    return {(iso, body, role) for iso in countries}


def test_subject_before_a_set_off_fellow_phrase(nlp):
    for text in (PAIR + "The two countries, along with Ecuador, are members of the Pacific Alliance.",
                 PAIR + "The two countries, together with Ecuador, are members of the Pacific Alliance.",
                 PAIR + "Both countries, alongside Ecuador, are founding members of the Pacific Alliance.",
                 PAIR + "They, along with Ecuador, are members of the Pacific Alliance."):
        assert members_stated(text, nlp) == _members(("CHL", "PER", "ECU"), "Pacific Alliance"), text


def test_people_before_a_fellow_phrase_are_no_countries(nlp):
    text = "The ministers met in Lima. The two leaders, along with Ecuador, are members of the Pacific Alliance."
    assert members_stated(text, nlp) == _members(("ECU",), "Pacific Alliance")


def test_pair_co_chairs_a_body(nlp):
    for text in (PAIR + "The two countries also co-chair the Andean Maritime Security Working Group.",
                 PAIR + "Both countries co-chair the Andean Maritime Security Working Group.",
                 PAIR + "They also co-chair the Andean Maritime Security Working Group.",
                 "Chile and Peru also co-chair the Andean Maritime Security Working Group."):
        assert members_stated(text, nlp) == _members(("CHL", "PER"), "Andean Maritime Security Working Group", "co-chair"), text


def test_pair_that_attends_does_not_co_chair(nlp):
    text = PAIR + "The two countries also attended the Andean Maritime Security Working Group."
    assert members_stated(text, nlp) == set()


def test_the_two_countries_are_the_leads_pair_paragraphs_later(nlp):
    text = ("Ghana and Chile signed a pact on Monday. Ghana's minister praised the talks. Ghana hosts the regional "
            "depot. Chile trains pilots. The two countries also co-chair the Atlantic Maritime Security Working Group.")
    assert members_stated(text, nlp) == _members(("GHA", "CHL"), "Atlantic Maritime Security Working Group", "co-chair")


def test_no_pair_in_the_lead_no_members(nlp):
    text = ("The minister of Ghana met officials on Monday. Ghana hosts the regional depot. Chile trains pilots. "
            "Peru sent ships. The two countries also co-chair the Atlantic Maritime Security Working Group.")
    assert members_stated(text, nlp) == set()


def test_co_chairs_of_a_body_described_after_its_name(nlp):
    cases = {
        "Members of the Baltic Five include Estonia, Latvia, Lithuania, Poland and Finland; Poland and Finland "
        "co-chair the format.": "Baltic Five",
        "Officials discussed the Andean Maritime Security Working Group. Chile and Peru co-chair the group.":
            "Andean Maritime Security Working Group",
        "Officials discussed the Chile-Peru Joint Defence Committee. The committee, co-chaired by Chile and Peru, "
        "meets twice a year.": "Chile-Peru Joint Defence Committee",
    }
    for text, body in cases.items():
        co_chairs = {(iso, name) for iso, name, role in members_stated(text, nlp) if role == "co-chair"}
        assert co_chairs == {("POL", body), ("FIN", body)} or co_chairs == {("CHL", body), ("PER", body)}, text


def test_co_chaired_description_of_no_body_named_before(nlp):
    assert members_stated("Officials praised the summit. Chile and Peru co-chair the group.", nlp) == set()
    # "the committee" is not the Working Group named before
    text = "Officials discussed the Andean Maritime Security Working Group. The committee, co-chaired by Chile and Peru, meets."
    assert members_stated(text, nlp) == set()


def test_misparsed_co_chair_takes_no_listed_country_as_a_body(nlp):
    got = members_stated("Members of the Baltic Five include Estonia, Latvia, Lithuania, Poland and Finland; Poland and "
                         "Finland co-chair the format.", nlp)
    assert {body for _, body, _ in got} == {"Baltic Five"}


def test_the_two_countries_after_another_pair_just_named_are_not_the_leads(nlp):
    text = ("Ghana and Chile signed a pact on Monday. Ghana's minister praised the talks. Chile also backed talks "
            "between Peru and Ecuador. The two countries also co-chair the Atlantic Maritime Security Working Group.")
    assert not any(iso in ("GHA", "CHL") for iso, _, _ in members_stated(text, nlp))
