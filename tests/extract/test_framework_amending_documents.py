"""A lowercase document signed to extend or amend another is named by what it does: "signed a
protocol extending the programme of X until 2030", "an agreement amending the treaty on Y" (the
participle's clause to the first comma, with a new end year the parse leaves outside it); not one
still to be signed or only discussed, nor one whose clause says nothing of what it extends, nor one
extending a named framework (part of that one: "an addendum extending the X Agreement")."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_signed_amending_documents_are_named_by_their_clause(nlp):
    cases = {
        "At the end of the visit, the ministers of Chile and Peru signed a protocol extending the programme of pilot "
        "exchanges until 2031.": "protocol extending the programme of pilot exchanges until 2031",
        "The ministers of Chile and Peru signed an agreement amending the 2015 treaty on border patrols, officials said.":
            "agreement amending the 2015 treaty on border patrols",
        "Chile and Peru concluded an addendum renewing the memorandum on naval training for five years.":
            "addendum renewing the memorandum on naval training for five years",
    }
    for text, name in cases.items():
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Agreement", text


def test_amending_documents_to_come_or_of_nothing_said_are_no_name(nlp):
    for text in ("Chile and Peru will sign a protocol extending the agreement on naval training next year.",
                 "The ministers of Chile and Peru discussed a protocol extending the programme of pilot exchanges.",
                 "Chile and Peru signed a protocol extending it.",
                 "The two countries signed an addendum extending the Chile-Peru Defence Cooperation Agreement."):
        kinds = framework_kinds(extract_text(nlp, text))
        assert not any(n.startswith(("protocol", "agreement", "addendum")) for n in kinds), (text, kinds)
