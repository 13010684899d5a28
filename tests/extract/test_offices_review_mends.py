"""Offices and persons, mends of a review of the persons/offices rules: a word telling when a post
is held is no part of the post, offices of different bodies or hosts keep apart, visitors and
counterparts are placed by what the sentence says of them: on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

from diplokg.facts import extract_document
from diplokg.model import Document
from diplokg.resolve import resolve

PUBLISHED = date(2025, 6, 4)


def _extract(nlp, text):
    return extract_text(nlp, text, PUBLISHED)


def _office_labels(nlp, *texts):
    """The offices of the resolved graph of ``texts``, one article each."""
    head = f" date {PUBLISHED.isoformat()} \n"
    xs = [extract_document(Document(f"d{n}", head + t, PUBLISHED, body_start=len(head)), nlp) for n, t in enumerate(texts)]
    return sorted(iri for iri, node in resolve(xs).nodes.items() if node.cls == "Office")


def test_a_former_word_between_the_country_and_the_title_makes_the_post_a_past_one(nlp):
    for text, person in (
        ("NEW DELHI: He met Kenya's Former Navy Chief Admiral Peter Otieno in Mombasa on Monday. India and Kenya are friends.", "Peter Otieno"),
        ("NEW DELHI: Brazil's Late Army Chief General Carlos Souza was honoured on Monday.", "Carlos Souza"),
        ("Chile's Retired Defence Minister Ana Torres met reporters in Santiago on Monday.", "Ana Torres"),
    ):
        x = _extract(nlp, text)
        assert not [h for h in holdings(x) if h[0] == person], (text, holdings(x))
    # the country is still the person's
    x = _extract(nlp, "NEW DELHI: He met Kenya's Former Navy Chief Admiral Peter Otieno in Mombasa on Monday.")
    assert {p.name: p.country for p in x.persons}.get("Peter Otieno") == "KEN"


def test_a_word_telling_when_the_post_is_held_is_no_part_of_the_post(nlp):
    x = _extract(nlp, "TOKYO: Chile's New Defence Minister Ana Torres met reporters on Monday.")
    held = [h for h in holdings(x) if h[0] == "Ana Torres"]
    assert [c for _, _, c in held] == ["CHL"], held
    office = next(o for o in x.offices if o.country == "CHL")
    assert not any(a.startswith("New ") for a in office.aliases), office.aliases
    # positive: a word qualifying the post is still part of it
    x = _extract(nlp, "TOKYO: Chile's Acting Defence Minister Ana Torres met reporters on Monday.")
    office = next(o for o in x.offices if o.country == "CHL")
    assert "Acting Defence Minister" in office.aliases, office.aliases


def test_a_qualified_envoy_post_keeps_its_host_and_offices_of_two_hosts_stay_apart(nlp):
    texts = ("LIMA: Chile's Acting Ambassador to Peru Pablo Rojas met officials on Monday. Peru and Chile agreed to train together.",
             "QUITO: Chile's Acting Ambassador to Ecuador Diego Soto met officials on Monday. Ecuador and Chile agreed to train together.")
    x = _extract(nlp, texts[0])
    office = next(o for o in x.offices if o.country == "CHL")
    assert office.title == "Ambassador to Peru"
    assert "Acting Ambassador to Peru" in office.aliases and "Ambassador" not in office.aliases, office.aliases
    offices = _office_labels(nlp, *texts)
    assert "office/chl/ambassador-to-peru" in offices and "office/chl/ambassador-to-ecuador" in offices, offices


def test_heads_of_two_bodies_of_one_country_stay_two_offices(nlp):
    texts = ("NEW DELHI: A delegation from Kenya's National Defence University led by its Commandant, Lieutenant General Peter Otieno, visited India. Kenya and India agreed to train together.",
             "NEW DELHI: A delegation from Kenya's Army War College led by its Commandant, Major General John Mwangi, visited India. Kenya and India agreed to train together.")
    offices = [o for o in _office_labels(nlp, *texts) if o.startswith("office/ken/")]
    assert len(offices) == 2, offices
    # the same body's head in two articles is still one office
    same = [o for o in _office_labels(nlp, texts[0], texts[0].replace("Peter Otieno", "Paul Kamau")) if o.startswith("office/ken/")]
    assert len(same) == 1, same


def test_a_home_city_not_the_visits_place_keeps_the_visitor_at_home(nlp):
    for text in (
        "NEW DELHI: India and Ghana signed five agreements on Tuesday. The agreements will be reviewed in New Delhi after Prime Minister Narendra Modi's tour of Africa. India and Ghana are old friends.",
        "NEW DELHI: The United States has signed a trade deal with India. After Prime Minister Narendra Modi's visit, the cabinet met in New Delhi to approve the deal. The United States welcomed the step.",
    ):
        x = _extract(nlp, text)
        assert [c for p, _, c in holdings(x) if p == "Narendra Modi"] == ["IND"], (text, holdings(x))


def test_a_visitor_to_a_home_city_is_still_of_the_other_country(nlp):
    text = ("ACCRA: Ghana and India signed five agreements on Tuesday. Ghana and India are old friends. "
            "The agreements were signed in Accra during Prime Minister Narendra Modi's visit.")
    x = _extract(nlp, text)
    assert [c for p, _, c in holdings(x) if p == "Narendra Modi"] == ["IND"], holdings(x)
    # "the visit of X": X is the visitor, no destination
    text = ("ACCRA: India is a close partner of Ghana. India sent a ship in May. Both sides reviewed the pact signed in Accra on April 5, 2025 "
            "during the visit of Prime Minister Narendra Modi, and agreed to expedite the proposals.")
    x = _extract(nlp, text)
    assert [c for p, _, c in holdings(x) if p == "Narendra Modi"] == ["IND"], holdings(x)


def test_a_topic_country_is_not_the_visitors(nlp):
    base = ("NEW DELHI: India and Ghana signed five agreements on Tuesday. India and Ghana are old friends. "
            "The agreements were signed in New Delhi during the State Visit of President John Mahama to India{}.")
    x = _extract(nlp, base.format(", as both sides discussed the war in Sudan"))
    assert [c for p, _, c in holdings(x) if p == "John Mahama"] == ["GHA"], holdings(x)
    # positive: the one other country the sentence names is the visitor's
    text = ("NEW DELHI: India and Ghana are old friends. Nigeria and India signed five agreements on Tuesday "
            "during the State Visit of President Bola Tinubu to India.")
    x = _extract(nlp, text)
    assert [c for p, _, c in holdings(x) if p == "Bola Tinubu"] == ["NGA"], holdings(x)


def test_a_city_of_one_of_two_sides_acting_together_places_no_post_in_the_home_country(nlp):
    for sides in ("India and Samoa", "India, Japan and Samoa"):
        text = (f"NEW DELHI: India has sent a naval ship to Samoa, Defence Minister Rajnath Singh said in New Delhi. {sides} held "
                "talks in Apia on Monday, where Prime Minister Fiame Mataafa spoke about the ship. India will train sailors.")
        x = _extract(nlp, text)
        assert not [h for h in holdings(x) if h[0] == "Fiame Mataafa" and h[2] in ("IND", "JPN")], (sides, holdings(x))
        # positive: the home country's minister is still placed
        assert ("Rajnath Singh", "Defence Minister", "IND") in holdings(x)
    # positive: the home country's own city places the home country's post, list or not
    text = ("NEW DELHI: India and Samoa agreed to expand cooperation, as Defence Minister Rajnath Singh held talks with "
            "his Samoan counterpart Fiame Mataafa in New Delhi.")
    assert ("Rajnath Singh", "Defence Minister", "IND") in holdings(_extract(nlp, text))
    # positive: a city of the sentence with no list of sides places the post
    x = _extract(nlp, "NEW DELHI: India has sent a naval ship to Samoa. Prime Minister Fiame Mataafa spoke about the ship in Apia on Monday.")
    assert [c for p, _, c in holdings(x) if p == "Fiame Mataafa"] == ["WSM"], holdings(x)


def test_a_counterpart_is_not_found_past_and_in_another_persons_title(nlp):
    text = ("OTTAWA: Canadian Defence Minister Bill Blair held talks with his Korean counterpart and French Armed Forces "
            "Minister Sebastien Lecornu in Ottawa on Monday. Canada and South Korea agreed to deepen ties.")
    held = [(t, c) for p, t, c in holdings(_extract(nlp, text)) if p == "Sebastien Lecornu"]
    assert "KOR" not in [c for _, c in held], held
    # positive: the counterpart named after a title is still the country's before "counterpart"
    text = ("OTTAWA: Canadian Defence Minister Bill Blair met his Korean counterpart, Minister of National Defense Ahn Gyu-back, "
            "in Ottawa. Canada and South Korea signed a pact.")
    assert [c for p, _, c in holdings(_extract(nlp, text)) if p == "Ahn Gyu-back"] == ["KOR"]


def test_a_force_post_with_the_forces_country_after_it_is_that_countrys(nlp):
    text = ("NEW DELHI: Defence Minister Rajnath Singh met the Chief of the General Staff of the Armed Forces of Zambia, "
            "General Peter Banda, in New Delhi on Monday. India and Zambia agreed to train together. India will send trainers to Lusaka.")
    x = _extract(nlp, text)
    assert [(t, c) for p, t, c in holdings(x) if p == "Peter Banda"] == [("Chief of General Staff", "ZMB")], holdings(x)
    assert ("Rajnath Singh", "Defence Minister", "IND") in holdings(x)


def test_an_envoys_staff_post_at_a_mission_is_the_missions_countrys(nlp):
    for mission in ("the Embassy of Brazil in Accra", "the Brazilian Embassy"):
        text = (f"ACCRA: The Military Adviser at {mission}, Colonel Paulo Lima, met officials on Monday. "
                "Ghana and India agreed to train together.")
        x = _extract(nlp, text)
        assert [(t, c) for p, t, c in holdings(x) if p == "Paulo Lima"] == [("Military Adviser", "BRA")], (mission, holdings(x))


def test_a_person_named_before_residence_stays_a_person_unless_a_street(nlp):
    from diplokg.mentions import _named_thing

    doc = nlp("Officials gathered at the Imran Qureshi residence in Lahore on Monday.")
    span = doc[4:6]
    assert span.text == "Imran Qureshi" and not _named_thing(doc, span)
    doc = nlp("Officials gathered at his Ridge Road residence in Lahore on Monday.")
    span = doc[4:6]
    assert span.text == "Ridge Road" and _named_thing(doc, span)
