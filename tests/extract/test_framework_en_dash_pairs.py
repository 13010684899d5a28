"""An en dash written with no space either side joins a country pair as a hyphen does ("the
Chile–Peru Joint Commission on Defence"): the pair is part of the name, and no country on its own
is taken for the framework; a spaced en dash still sets a clause off."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_unspaced_en_dash_joins_the_pair(nlp):
    for text, name in (
            ("The Chile–Peru Joint Commission on Defence met in Lima.", "Chile–Peru Joint Commission on Defence"),
            ("The two ministers will co-chair the 14th session of the Kenya–Uganda Joint Permanent Commission on Defence (JPCD) "
             "in Kampala in May, the ministry said.", "Kenya–Uganda Joint Permanent Commission on Defence"),
            ("New Zealand–Fiji Defence Policy Dialogue talks were held in Suva.", "New Zealand–Fiji Defence Policy Dialogue")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert name in kinds, (text, kinds)
        assert not any(other in ("Kenya", "Chile", "New Zealand") for other in kinds), kinds


def test_spaced_en_dash_is_no_join(nlp):
    kinds = framework_kinds(extract_text(nlp, "Kenya – the host – signed the Defence Cooperation Agreement."))
    assert set(kinds) == {"Defence Cooperation Agreement"}, kinds


def test_en_dash_pair_before_a_topic_named_memorandum(nlp):
    """Review mend: the pair before "MoU on ..." is in the name whether a hyphen or an en dash joins it."""
    for dash in ("-", "–"):
        text = f"Officials signed the Chile{dash}Peru MoU on Naval Cooperation in Lima."
        name = f"Chile{dash}Peru Memorandum of Understanding on Naval Cooperation"
        assert name in framework_kinds(extract_text(nlp, text)), text


def test_pair_with_an_accented_country_name_is_one_framework(nlp):
    kinds = framework_kinds(extract_text(nlp, "The 9th meeting of the Türkiye-Chile High-Level Naval Dialogue Group (HLNDG) "
                                              "will be held in Lima next year, the ministry said."))
    assert "Türkiye-Chile High-Level Naval Dialogue Group" in kinds, kinds
    assert "High-Level Naval Dialogue Group" not in kinds, kinds
