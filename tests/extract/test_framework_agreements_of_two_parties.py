"""A lowercase agreement described by lowercase words, signed or implemented by the two parties its
clause names (countries, or capitals standing for them), is named "A-B <description>" when "the" or a
"with" party picks it out; not one merely discussed, nor one with no description, nor one that
describes a named one."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_parties_named_by_subject_and_with(nlp):
    x = extract_text(nlp, "Kenya, which trains Somali officers, signed a maritime security protocol with Valletta in May 2024.")
    assert framework_kinds(x).get("Kenya-Malta maritime security protocol") == "Agreement"


def test_capitals_as_subject_of_the_verb_completed(nlp):
    x = extract_text(nlp, "The talks come as Quito and Lima move to ratify the border demarcation treaty initialed in Brasilia in March.")
    assert framework_kinds(x).get("Ecuador-Peru border demarcation treaty") == "Agreement"


def test_discussed_or_undescribed_agreement_is_not_named(nlp):
    for text in ("Quito and Lima discussed a border demarcation treaty in Brasilia in March.",
                 "Chile signed a new agreement with Peru."):
        assert not framework_kinds(extract_text(nlp, text)), text


def test_description_of_a_named_agreement_is_not_another(nlp):
    x = extract_text(nlp, "Chile and Peru signed a Memorandum of Understanding on Naval Training on May 2, 2025, the first such "
                          "framework agreement between the two countries.")
    assert not any(name.startswith("Chile-Peru") for name in framework_kinds(x))
    y = extract_text(nlp, "Days after Fiji and Tonga signed a mutual defence treaty, officials praised the Coral Mutual Defence "
                          "Treaty, which the two signed in Suva.")
    assert not any(name.startswith("Fiji-Tonga") for name in framework_kinds(y))
