"""A framework's other names ("X, known as the Y", "the Joint Working Group" after "the A-B Joint
Working Group on Defence Cooperation"), body names going on with "of the ..." and organisations that
states leave ("broke with", "withdrawal from"), and a think tank's "program director" (no programme);
each with a negative a careless rule would over-fire on."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, members_stated


def _framework(x, name: str):
    return next(f for f in x.frameworks if f.name == name)


def test_name_set_off_by_known_as_is_another_name_of_the_framework(nlp):
    cases = (
        ("The Chile-Peru Mutual Defence Treaty, known as the Andes Pact, was signed in Lima on May 3, 2024. "
         "Officials said the Andes Pact would deepen ties.", "Chile-Peru Mutual Defence Treaty", "Andes Pact"),
        ("Ghana and Togo signed the Ghana-Togo Framework Agreement on Defence Cooperation, also known as the "
         "Volta Accord, in Accra.", "Ghana-Togo Framework Agreement on Defence Cooperation", "Volta Accord"),
        ("The Kenya-Uganda Maritime Security Agreement, better known as the Nile Treaty, took effect in March. "
         "The Nile Treaty binds both navies.", "Kenya-Uganda Maritime Security Agreement", "Nile Treaty"),
        ("The Kenya-Uganda Maritime Security Agreement, dubbed the Nile Treaty by the press, took effect in March.",
         "Kenya-Uganda Maritime Security Agreement", "Nile Treaty"),
    )
    for text, name, alias in cases:
        x = extract_text(nlp, text)
        assert list(framework_kinds(x)) == [name], text
        assert alias in _framework(x, name).aliases, text


def test_two_frameworks_named_side_by_side_stay_two(nlp):
    x = extract_text(nlp, "The Chile-Peru Mutual Defence Treaty and the Andes Pact were both discussed in Lima.")
    assert set(framework_kinds(x)) == {"Chile-Peru Mutual Defence Treaty", "Andes Pact"}


def test_short_name_of_a_pair_body_with_its_topic(nlp):
    cases = (
        ("Ghana and Togo will hold the next session of the Ghana-Togo Joint Working Group on Maritime Security "
         "in Lome. The Joint Working Group last met in Accra in May.",
         "Ghana-Togo Joint Working Group on Maritime Security", "Joint Working Group"),
        ("The Peru-Chile High Level Committee for Security and Defence met in Lima. The High Level Committee was set "
         "up in 2001.", "Peru-Chile High Level Committee for Security and Defence", "High Level Committee"),
    )
    for text, name, short in cases:
        x = extract_text(nlp, text)
        assert list(framework_kinds(x)) == [name], text
        assert short in _framework(x, name).aliases, text


def test_a_longer_name_is_no_short_form():
    from diplokg.facts import _pair_prefixed_form_of

    assert _pair_prefixed_form_of("Kenya-Uganda Joint Commission on Defence", "Joint Commission")
    assert not _pair_prefixed_form_of("Kenya-Uganda Joint Commission Secretariat", "Joint Commission")
    assert not _pair_prefixed_form_of("Kenya Joint Commission on Defence", "Joint Commission")


def test_body_name_goes_on_with_of_the(nlp):
    members = lambda body, *isos: {(iso, body, "member") for iso in isos}  # noqa: E731
    assert members_stated("Kenya and Ghana are members of the Organisation of the Coastal States, which met in Accra.", nlp) \
        == members("Organisation of the Coastal States", "KEN", "GHA")
    assert members_stated("Peru and Bolivia are members of the Conference of Defence Ministers of the Andes, a forum "
                          "created in 1998.", nlp) == members("Conference of Defence Ministers of the Andes", "PER", "BOL")
    assert members_stated("Peru joined the Council for the Andean Nations last year.", nlp) \
        == members("Council for the Andean Nations", "PER")


def test_lowercase_words_after_of_the_end_the_name(nlp):
    assert members_stated("Chile and Peru are members of the Pacific Defence Organisation of the region.", nlp) \
        == {("CHL", "Pacific Defence Organisation", "member"), ("PER", "Pacific Defence Organisation", "member")}


def test_organisation_states_leave_is_kept(nlp):
    for text in ("Venezuela broke with the OAS in 2017 and has not returned.",
                 "After splitting with the OAS, Nicaragua sought new partners.",
                 "Nicaragua's withdrawal from the OAS took effect in November.",
                 "The departure of Venezuela from the OAS was completed in 2019."):
        assert "OAS" in framework_kinds(extract_text(nlp, text)), text


def test_organisation_merely_spoken_with_is_dropped(nlp):
    for text in ("The minister spoke with the OAS about the elections.", "Venezuela accused the OAS of bias."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text


def test_programme_word_before_a_post_is_no_programme(nlp):
    for text in ("The Harbour Institute's Pacific program director, Ana Ruiz, said the visit mattered.",
                 "Maria Silva, the Centre's Africa programme manager, said the deal was overdue."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text
    assert framework_kinds(extract_text(nlp, "Chile joined the Eurodrone programme in 2023.")) == {"Eurodrone": "Initiative"}


def test_organisation_a_party_to_cooperation_or_whose_members_are_spoken_of_is_kept(nlp):
    for text, body in (("Kenya has pushed for greater coordination between the AU and the OAS.", "OAS"),
                       ("Chile wants closer cooperation between the OAS and the AU.", "OAS"),
                       ("The OAS, whose members meet yearly, issued a statement.", "OAS"),
                       ("Peru praised the Organization of American States (OAS), whose 35 members met in Lima.", "OAS")):
        assert body in framework_kinds(extract_text(nlp, text)), text


def test_organisation_a_party_to_a_document_made_between_it_and_another_side_is_kept(nlp):
    for text in ("The ministers discussed the Code of Conduct on the Coral Sea being negotiated between the OAS and Japan.",
                 "They recalled the accord signed between the OAS and Peru in 2019."):
        assert "OAS" in framework_kinds(extract_text(nlp, text)), text


def test_organisation_merely_criticised_or_located_is_dropped(nlp):
    for text in ("The OAS, whose headquarters is in Washington, issued a statement.",
                 "The AU criticised the OAS over the vote.",
                 "The talks between the ministers were held at the OAS headquarters."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text
