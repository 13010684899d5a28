"""Named plans ("the Joint Action Plan 2025-2029", "Kenya's Force Structure Plan"), an owner of
several words kept out of a name ("Papua New Guinea's National Security Policy") and names an
apposition says are a country's programme or plan ("Blue Ridge, Chile's national programme to ...");
each with a negative a careless rule would over-fire on."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def _frameworks(text: str, nlp) -> dict[str, tuple[str, list[str]]]:
    return {f.name: (f.kind, f.countries) for f in extract_text(nlp, text).frameworks}


def test_title_case_plan_is_a_framework(nlp):
    assert _frameworks("The ministers discussed the implications of Kenya's Force Structure Plan.", nlp) == \
        {"Force Structure Plan": ("Policy", ["KEN"])}
    assert framework_kinds(extract_text(nlp, "Officials reviewed the Joint Action Plan 2025-2029 of the partnership.")) == \
        {"Joint Action Plan 2025-2029": "Agreement"}
    assert framework_kinds(extract_text(nlp, "The two sides later adopted an Action Plan for 2025-2029 to implement it.")) == \
        {"Action Plan for 2025-2029": "Agreement"}
    assert framework_kinds(extract_text(nlp, "They adopted the Action Plan for the Strategic Partnership for 2025-2029 in Lima.")) == \
        {"Action Plan for the Strategic Partnership for 2025-2029": "Agreement"}


def test_plan_whose_title_goes_on_uncaught_is_not_cut(nlp):
    for text in ("Italy said the Adriatic Plan for Africa included security.",
                 "The two sides adopted an Action Plan for the implementation of the treaty in May."):
        assert not any(name.endswith("Plan") for name in framework_kinds(extract_text(nlp, text))), text


def test_plan_as_a_headline_verb_is_no_framework(nlp):
    for text in ("Chile, Peru Plan Joint Patrols in Pacific", "Ruiz and Okello Plan Closer Ties"):
        assert framework_kinds(extract_text(nlp, text)) == {}, text


def test_owner_of_several_words_is_not_in_the_name(nlp):
    assert _frameworks("Papua New Guinea's National Security Policy was released in May.", nlp) == \
        {"National Security Policy": ("Policy", ["PNG"])}


def test_name_apposed_to_a_countrys_programme_or_plan(nlp):
    cases = (
        ("General Mwangi briefed Defence Secretary Otieno on Blue Ridge, Kenya's national programme to guard "
         "its northern border.", "Blue Ridge", "Initiative", ["KEN"]),
        ("The talks covered Baltic Sentinel, Estonia's coastal defence programme, and air policing.",
         "Baltic Sentinel", "Initiative", ["EST"]),
        ("The minister presented Safe Seas, Papua New Guinea's maritime security plan for the coast.",
         "Safe Seas", "Policy", ["PNG"]),
        ("Kenya briefed them on Blue Horizon, a naval modernisation initiative launched in 2022.",
         "Blue Horizon", "Initiative", []),
    )
    for text, name, kind, countries in cases:
        assert _frameworks(text, nlp) == {name: (kind, countries)}, text


def test_person_or_place_apposed_to_a_post_or_port_is_no_programme(nlp):
    for text in ("John Okello, Kenya's programme director, said it was useful.",
                 "They met Ana Ruiz, Chile's policy adviser, in Lima.",
                 "The port of Mombasa, Kenya's flagship project, was upgraded."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text


def test_a_policy_named_by_its_apposition_is_its_countrys_policy(nlp):
    x = extract_text(nlp, "The minister presented Safe Seas, Papua New Guinea's maritime security plan for the coast.")
    assert [(f.name, f.owner) for f in x.frameworks] == [("Safe Seas", "PNG")]
    x = extract_text(nlp, "Kenya briefed them on Blue Horizon, a naval modernisation initiative launched in 2022.")
    assert [(f.name, f.owner) for f in x.frameworks] == [("Blue Horizon", None)]  # no owner said
