"""A title-case headline's verb ("..., Reaffirms Maritime Security Partnership", "A, B Renew Defence
Pact") makes the words after it what is done, no framework name, unless the body writes them too
(invented names)."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, framework_kinds


@pytest.mark.parametrize(
    "text",
    [
        "Varnian Navy Chief Visits Oskaria, Reaffirms Maritime Security Partnership\n\nThe chief of the Varnian Navy "
        "visited Oskaria on Monday and met the defence minister.",
        "Defence Minister Tours Lurvik, Strengthens Defence Cooperation Framework\n\nThe minister toured the port on Monday.",
        "Chile, Peru Renew Maritime Security Partnership\n\nThe two navies met in Lima on Monday.",
    ],
)
def test_headline_verb_phrase_is_no_framework(nlp, text):
    assert framework_kinds(extract_text(nlp, text)) == {}


def test_name_the_body_writes_too_stays(nlp):
    x = extract_text(nlp, "Chile Reaffirms Blue Ocean Partnership With Peru\n\nChile and Peru launched the Blue Ocean "
                          "Partnership in Lima on Monday.")
    assert framework_kinds(x).get("Blue Ocean Partnership") == "Agreement"
