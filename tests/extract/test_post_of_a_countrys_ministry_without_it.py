"""A post of a country's ministry written with the country's possessive inside ("Permanent Secretary
of Ruritania's Ministry of Defence, X") is that country's post, also named without the country and
joined to the ministry as written: "of the Ministry of Defence" after "of", "in the Ministry" after
"in". Invented names."""

from __future__ import annotations

from extract_helpers import extract_text


def _aliases(nlp, text: str, person: str) -> set[tuple[str, str]]:
    x = extract_text(nlp, text)
    names = {p.key: p.name for p in x.persons}
    offices = {o.key: o for o in x.offices}
    return {(form, offices[h.office].country) for h in x.holdings if names[h.person] == person
            for form in [offices[h.office].title, *offices[h.office].aliases]}


def test_secretary_of_a_countrys_ministry_named_in_commas(nlp):
    text = "The Permanent Secretary of Kenya's Ministry of Defence, Dr Jane Mwangi, received the visitors in Nairobi."
    assert ("Permanent Secretary of the Ministry of Defence", "KEN") in _aliases(nlp, text, "Jane Mwangi")


def test_secretary_general_of_a_countrys_defence_ministry(nlp):
    text = "The talks were co-chaired by the Secretary General of Ghana's Ministry of Defence, Kofi Mensah, on Monday."
    assert ("Secretary General of the Ministry of Defence", "GHA") in _aliases(nlp, text, "Kofi Mensah")


def test_secretary_in_a_countrys_ministry_keeps_in(nlp):
    text = "Poland's delegation was led by the Secretary of State in Poland's Ministry of National Defence, Jan Kowalczyk, in Warsaw."
    assert ("Secretary of State in the Ministry of National Defence", "POL") in _aliases(nlp, text, "Jan Kowalczyk")


def test_secretary_of_the_ministry_of_a_country_after_it(nlp):
    text = "The Permanent Secretary of the Ministry of Defence of Uganda, Grace Akello, received the visitors in Kampala."
    assert ("Permanent Secretary of the Ministry of Defence", "UGA") in _aliases(nlp, text, "Grace Akello")


def test_a_post_of_the_countrys_army_is_not_of_a_ministry(nlp):
    text = "The Chief of Staff of Nigeria's Army, Lt Gen Bala Sani, received the visitors in Abuja."
    assert not any("Ministry" in form for form, _ in _aliases(nlp, text, "Bala Sani"))
