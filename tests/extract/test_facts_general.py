"""General extraction rules for frameworks, memberships and meetings, on sentences written for
these tests (other names and countries than any test article)."""

from __future__ import annotations

from datetime import date

from diplokg.facts import extract_document
from diplokg.model import Document


def _extract(nlp, text, published=date(2025, 3, 12), header=True):
    if header:
        head = f" date {published.isoformat()} \n"
        return extract_document(Document("t", head + text, published, body_start=len(head)), nlp)
    return extract_document(Document("t", text, None), nlp)


def _framework(x, word):
    return next((f for f in x.frameworks if word.lower() in f.name.lower()), None)


def _members(x, word, role="member"):
    fw = _framework(x, word)
    assert fw is not None, [f.name for f in x.frameworks]
    return {mb.country for mb in x.memberships if mb.framework == fw.key and mb.role == role}


def _pairs(x):
    names = {p.key: p.name for p in x.persons}
    return {tuple(sorted(names[k] for k in mt.participants)) for mt in x.meetings}


# -- frameworks ----------------------------------------------------------------------------------


def test_a_sentence_initial_article_does_not_hide_an_acronym_framework(nlp):
    x = _extract(nlp, "The Mutual Logistics Support Agreement (MLSA), signed by Vietnam and Indonesia in 2023, allows refuelling.")
    fw = _framework(x, "Mutual Logistics Support Agreement")
    assert fw is not None and fw.kind == "Agreement" and fw.acronym == "MLSA"


def test_the_kind_word_after_an_acronym_names_the_framework(nlp):
    x = _extract(nlp, "Chile joined the Coastal Surveillance Capacity (CSC) programme of the United States last year.")
    fw = _framework(x, "Coastal Surveillance Capacity")
    assert fw is not None and fw.kind == "Initiative" and fw.acronym == "CSC"


def test_community_and_union_are_framework_heads(nlp):
    x = _extract(nlp, "Ghana is a member of the Economic Community of West African States (ECOWAS), which comprises Benin, Togo and Niger.")
    fw = _framework(x, "Economic Community")
    assert fw is not None and fw.acronym == "ECOWAS"


def test_a_lowercase_memorandum_of_understanding_is_an_agreement_between_the_countries(nlp):
    x = _extract(nlp, "Peru and Brazil signed a memorandum of understanding on submarine rescue between the navies of Peru and "
                      "Brazil in Lima on Monday.")
    fw = _framework(x, "memorandum of understanding on submarine rescue")
    assert fw is not None and fw.kind == "Agreement"
    assert {"PER", "BRA"} <= set(fw.countries)


def test_memorandum_and_its_abbreviation_are_one_framework(nlp):
    x = _extract(nlp, "Ghana and Senegal signed a Memorandum of Understanding (MoU) on coastal patrols in Accra. "
                      "The MoU on coastal patrols takes effect in June.")
    mous = [f for f in x.frameworks if "coastal patrols" in f.name]
    assert len(mous) == 1 and len(mous[0].evidence) == 2


def test_a_memorandum_without_a_subject_is_not_a_framework(nlp):
    x = _extract(nlp, "The two sides signed a memorandum of understanding in Lima on Monday.")
    assert not [f for f in x.frameworks if "memorandum" in f.name.lower()]


def test_a_group_described_as_a_company_is_not_a_framework(nlp):
    x = _extract(nlp, "The minister toured the plant of the Falcon Group, the country's largest defence manufacturer, on Monday.")
    assert _framework(x, "Falcon Group") is None


def test_a_group_of_states_is_still_a_framework(nlp):
    x = _extract(nlp, "Officials from the Coastal Security Group, a forum of Ghana, Togo and Benin, met in Lome.")
    assert _framework(x, "Coastal Security Group") is not None


# -- memberships ---------------------------------------------------------------------------------


def test_whose_member_states_are(nlp):
    x = _extract(nlp, "The ministers discussed the Gulf of Guinea Commission (GGC), whose member states are Angola, Cameroon, "
                      "Gabon and Nigeria.")
    assert _members(x, "Gulf of Guinea Commission") == {"AGO", "CMR", "GAB", "NGA"}


def test_member_of_which_also_includes_keeps_the_subject_and_stops_at_the_list(nlp):
    x = _extract(nlp, "Norway is a member of the Nordic Defence Forum (NDF), which also includes Sweden, Finland "
                      "and Denmark, and has bought tanks from Germany.")
    assert _members(x, "Nordic Defence Forum") == {"NOR", "SWE", "FIN", "DNK"}


def test_countries_are_members_of_a_framework_with_a_trailing_clause(nlp):
    x = _extract(nlp, "Peru and Mexico are both members of the Pacific Alliance (PA) and regularly join the U.S.-led "
                      "UNITAS exercise.")
    assert _members(x, "Pacific Alliance") == {"PER", "MEX"}


def test_which_comprises_after_a_framework(nlp):
    x = _extract(nlp, "Benin hosts the Maritime Security Commission (MSC), which comprises Benin, Togo, Ghana and Nigeria.")
    assert _members(x, "Maritime Security Commission") == {"BEN", "TGO", "GHA", "NGA"}


def test_made_up_of(nlp):
    x = _extract(nlp, "The talks covered the Southern Ocean Forum, made up of Chile, Argentina and Uruguay.")
    assert _members(x, "Southern Ocean Forum") == {"CHL", "ARG", "URY"}


def test_countries_in_brackets_after_a_framework(nlp):
    x = _extract(nlp, "The four-nation Andean Defence Council (Peru, Bolivia, Ecuador and Colombia) met in Quito.")
    assert _members(x, "Andean Defence Council") == {"PER", "BOL", "ECU", "COL"}


def test_a_pact_described_after_its_name_and_kind_word(nlp):
    x = _extract(nlp, "Officials reviewed the SCO partnership, the security pact between China, Russia and Kazakhstan, "
                      "in Astana.")
    assert _members(x, "SCO") == {"CHN", "RUS", "KAZ"}
