"""A lowercase plan or programme is named by its topic once signed or adopted ("signed an executive
programme for naval cooperation for the year 2028", "a plan of bilateral air force cooperation for
2028"); not one merely discussed, nor one still to be signed."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_signed_plan_and_programme_named_by_topic(nlp):
    x = extract_text(nlp, "At the close of the talks, Chile and Peru signed an executive programme for naval cooperation "
                          "for the year 2028, building on earlier accords.")
    assert framework_kinds(x).get("executive programme for naval cooperation for the year 2028") == "Agreement"
    y = extract_text(nlp, "The ministers of Chile and Peru signed a joint statement and a plan of bilateral air force cooperation for 2028.")
    assert framework_kinds(y).get("plan of bilateral air force cooperation for 2028") == "Agreement"


def test_plan_discussed_or_to_come_is_no_name(nlp):
    for text in ("The ministers of Chile and Peru discussed a plan for joint production of shells.",
                 "The ministers of Chile and Peru will sign a plan of naval cooperation for 2028 next month."):
        assert not any(name.startswith("plan") for name in framework_kinds(extract_text(nlp, text))), text
