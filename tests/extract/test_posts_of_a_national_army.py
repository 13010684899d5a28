"""A known post held in a country's own armed service ("the Chief Operations Officer of the Royal
Moroccan Army, Lt Gen X") is the country's post, also named without the service; the service may be
named by the acronym the article gave it ("of the RMA, Lt Gen X")."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names

from diplokg.mentions import _post_of_national_force
from diplokg.nlp import _force_acronym


def _aliases(x, person: str) -> set[str]:
    offices = {o.key: o for o in x.offices}
    names = {p.key: p.name for p in x.persons}
    return {a for h in x.holdings if names[h.person] == person for a in [offices[h.office].title, *offices[h.office].aliases]}


def test_chief_operations_officer_of_a_royal_army_in_apposition(nlp):
    x = extract_text(nlp, "The Army chief held talks with the Chief Operations Officer of the Royal Moroccan Army, "
                          "Lt Gen Nabil Quarzazi, at the army headquarters in Rabat on Monday.")
    assert "Nabil Quarzazi" in person_names(x)
    assert any(p == "Nabil Quarzazi" and c == "MAR" for p, _, c in holdings(x))
    assert "Chief Operations Officer" in _aliases(x, "Nabil Quarzazi")


def test_bare_post_only_for_a_known_title_of_a_country_service():
    assert _post_of_national_force("Chief Operations Officer of the Royal Moroccan Army") == "Chief Operations Officer"
    assert _post_of_national_force("Chief Operations Officer of the Western Army") is None  # no country's service
    assert _post_of_national_force("Senior Liaison Officer of the Royal Moroccan Army") is None  # no known title


def test_post_of_a_service_named_by_its_acronym(nlp):
    x = extract_text(nlp, "The visit was hosted by the Royal Moroccan Army (RMA). The Army chief held talks with the "
                          "Chief Operations Officer of the RMA, Lt Gen Nabil Quarzazi, in Rabat on Monday.")
    assert "Nabil Quarzazi" in person_names(x)
    assert any(p == "Nabil Quarzazi" and t == "Chief Operations Officer" for p, t, _ in holdings(x))


def test_acronym_of_a_body_that_is_no_force_is_not_taken(nlp):
    doc = nlp("The Moroccan Space Agency (MSA) and the Royal Moroccan Army (RMA) met. The head of the MSA, X, spoke, "
              "as did the chief of the RMA, Y.")
    msa = [t.i for t in doc if t.text == "MSA"][-1]
    rma = [t.i for t in doc if t.text == "RMA"][-1]
    assert not _force_acronym(doc, msa)
    assert _force_acronym(doc, rma)
