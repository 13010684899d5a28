"""The signed-document rules read "signed" and "inked" (not "concluded") as the done signing, and
"had / have / has" before it ("that the two countries had signed"): pins `SIGNED_FORMS` and
`_verb_after_signers` (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds

LEAD = "Defence Minister Ana Soto of Chile met her Peruvian counterpart Luis Vera in Lima on Tuesday. "


def test_inked_and_a_perfect_before_signed(nlp):
    for text, name in (
            ("The two ministers inked a naval logistics cooperation agreement in Lima.",
             "naval logistics cooperation agreement"),
            ("The ministers reviewed the military cooperation agreement that the two countries had signed in 2019.",
             "military cooperation agreement")):
        x = extract_text(nlp, LEAD + text)
        assert framework_kinds(x).get(name) == "Agreement", (text, framework_kinds(x))


def test_concluded_is_not_read_as_signed(nlp):
    x = extract_text(nlp, LEAD + "The two ministers concluded a naval logistics cooperation agreement in Lima.")
    assert "naval logistics cooperation agreement" not in framework_kinds(x), framework_kinds(x)
