"""A capitalised name whose apposition says it is a document or policy ("the Granite Guard
Concord, a mutual defence treaty signed in 2019") is a framework of that kind, though its own
last word is no kind word; not a person described by a job ("Rua Kamau, a policy adviser")."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_name_said_to_be_a_document_or_policy(nlp):
    for text, name, kind in (
            ("Chile relies on Peru under the Joint Highland Dogma, a doctrine agreed between the two countries in 1993.",
             "Joint Highland Dogma", "Policy"),
            ("The talks followed the Granite Guard Concord, a mutual defence treaty signed in 2019.", "Granite Guard Concord", "Agreement"),
            ("Kenya and Uganda renewed the Blue Reef Understanding, an agreement on naval patrols.", "Blue Reef Understanding", "Agreement"),
            ("Both navies operate under the Coral Gate Compact, a pact signed in 2001.", "Coral Gate Compact", "Agreement")):
        assert framework_kinds(extract_text(nlp, text)).get(name) == kind, text


def test_a_person_described_by_a_job_is_no_framework(nlp):
    for text in ("Kenya hired Ms Rua Kamau, a policy adviser, last year.",
                 "The minister met Rua Kamau, a strategy expert, in Nairobi.",
                 "The ministers toured Port Blue Harbour, a treaty port, on Monday."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text
