""""Head of Government X" is a post (a premier's under a monarch, and a minister may serve "the
Head of Government"); French-style general officers' ranks ("Army Corps General X", "Division
General Y") open no name, on articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2027, 2, 11)


def test_head_of_government_before_a_name_is_the_post(nlp):
    text = ("Dakar - On Wednesday, Head of Government Omar Tazi received Defence Minister Karl Lindqvist of Norway in "
            "Dakar. Senegal and Norway signed a pact.\n")
    assert ("Omar Tazi", "Head of Government", "SEN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_minister_delegate_to_the_head_of_government_keeps_the_whole_post(nlp):
    text = ("Dakar - The Minister Delegate to the Head of Government in charge of the National Defence Administration, "
            "Karim Tazi, held talks on Tuesday in Dakar with Norway's Minister of Defence, Karl Lindqvist.\n")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Karim Tazi", "Minister Delegate to the Head of Government in charge of the National Defence Administration",
            "SEN") in held


def test_corps_and_division_general_ranks_are_no_part_of_the_name(nlp):
    text = ("Dakar - The Norwegian minister was received by Army Corps General Moussa Diallo, Inspector General of the "
            "Armed Forces, and by Division General Amadou Sow at the General Staff headquarters in Dakar.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert "Moussa Diallo" in names and "Amadou Sow" in names
    assert not any("General" in name for name in names)
