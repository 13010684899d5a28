"""An agreement "the two countries / both sides / the two ministers signed", or one "that the
countries signed", binds the article's pair of countries; a document signed by a subject that names
no pair ("the minister signed") or whose countries are already named keeps its own (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text


def _countries(text: str, nlp) -> dict[str, list[str]]:
    return {f.name: sorted(f.countries) for f in extract_text(nlp, text).frameworks}


def test_agreement_the_two_countries_signed_is_the_pairs(nlp):
    text = ("The defence minister of Chile will pay an official visit to Peru next week. It will be the first such visit "
            "since the two countries signed the Memorandum of Understanding on Coastal Training in Lima in 2024.")
    assert _countries(text, nlp).get("Memorandum of Understanding on Coastal Training") == ["CHL", "PER"]


def test_agreement_the_two_ministers_signed_is_the_pairs(nlp):
    text = ("Chile's defence minister met his Peruvian counterpart in Lima on Tuesday. After the talks, the two ministers "
            "signed the Implementing Arrangement on Harbour Drone Co-Production, the first concluded under the "
            "Memorandum of Understanding on Coastal Training that the countries signed in 2024.")
    found = _countries(text, nlp)
    assert found.get("Implementing Arrangement on Harbour Drone Co-Production") == ["CHL", "PER"]
    assert found.get("Memorandum of Understanding on Coastal Training") == ["CHL", "PER"]


def test_a_lone_signer_names_no_pair(nlp):
    text = ("Chile's defence minister met his Peruvian counterpart in Lima on Tuesday. Later, the minister signed the "
            "Memorandum of Understanding on Coastal Training with a local university.")
    assert _countries(text, nlp).get("Memorandum of Understanding on Coastal Training") == []
