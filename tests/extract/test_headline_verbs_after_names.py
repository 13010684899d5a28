"""A title-case headline's verb right after a name ("Minister X Y Visits Z") is no part of the name."""

from __future__ import annotations

from extract_helpers import extract_text, person_names


def test_headline_verb_after_a_titled_name_ends_the_name(nlp):
    x = extract_text(nlp, "Defence Minister Ana Duarte Visits Senegal\n\nDefence Minister Ana Duarte of Portugal arrived "
                          "in Dakar on Monday for talks with her Senegalese counterpart Moussa Diallo.")
    assert person_names(x) == ["Ana Duarte", "Moussa Diallo"]


def test_headline_verb_and_its_object_stay_out_of_a_model_name(nlp):
    x = extract_text(nlp, "Army Chief General Tomas Berg Holds Talks With Finnish Counterpart\n\nArmy Chief General Tomas "
                          "Berg of Sweden held talks with Finnish Army Commander Lieutenant General Eero Lahti in Helsinki on Monday.")
    assert "Tomas Berg" in person_names(x)
    assert not any("Holds" in name for name in person_names(x))


def test_surname_ending_like_a_plural_stays_whole(nlp):
    # a surname ending in "s" that is no headline verb keeps its last word
    x = extract_text(nlp, "Defence Minister Paul Rhodes met his Irish counterpart Sean Walsh in Dublin on Monday.")
    assert person_names(x) == ["Paul Rhodes", "Sean Walsh"]
