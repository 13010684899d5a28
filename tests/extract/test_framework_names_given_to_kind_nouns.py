"""Names given to a lower-case framework kind noun: "the modernisation programme known as X", "a naval
drill off the Azores, provisionally named X"; not a person named to a post, nor a name after a noun
that is no framework kind."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_name_known_as_after_a_kind_noun_is_a_framework(nlp):
    cases = (
        ("Officials in Lisbon discussed the modernisation programme known as Horizon 2035, which will "
         "reshape the Portuguese Navy.", "Horizon 2035"),
        ("Chile and Peru agreed to hold a joint naval drill off the Galapagos, provisionally named Blue Condor 2028, "
         "in the autumn.", "Blue Condor 2028"),
        ("Kenya and Tanzania plan a joint exercise, tentatively named Coral Sentinel, next year.", "Coral Sentinel"),
    )
    for text, name in cases:
        x = extract_text(nlp, text)
        assert name in framework_kinds(x), (text, framework_kinds(x))


def test_named_without_a_kind_noun_is_no_framework(nlp):
    cases = (
        "The minister, recently named Chief Negotiator, met his Peruvian counterpart in Lima.",
        "Chile and Peru met in Lima, provisionally named Southern Talks by the press, on Monday.",
        "The ministry said the new frigate, provisionally named Santa Maria, will be delivered in 2028.",
    )
    for text in cases:
        x = extract_text(nlp, text)
        assert not {"Chief Negotiator", "Southern Talks", "Santa Maria"} & set(framework_kinds(x)), (text, framework_kinds(x))
