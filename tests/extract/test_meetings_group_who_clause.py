""""The ministers, who first met in X last June ..., noted ...": a who-clause on a group of a post
describes the story's pair holding that post, a meeting of theirs; told of a month long before
the story, it moves no one (the next meetings stay where the visit is). A second verb of the
clause ("... and last spoke by telephone in January") is a second recalled meeting. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2027, 2, 27)

LEAD = ("SANTIAGO - Latvian Defence Minister Orla Brennick held talks with Chilean Defence Minister Tomas Velk in "
        "Santiago on February 23.\n\n")


def _places(x):
    return {p.key: p.name for p in x.places}


def test_the_ministers_who_first_met_are_the_storys_pair(nlp):
    x = extract_text(nlp, LEAD + "The ministers, who first met on the sidelines of the ASEAN defence ministers' meeting "
                     "in Vientiane last June, noted that the visit had given a new impetus to the partnership.\n\n"
                     "On Wednesday, Brennick was received by Prime Minister Ravi Talwar.\n", PUBLISHED)
    recalled = [mt for mt in x.meetings if mt.date is not None and mt.date.iso == "2026-06"]
    assert [participant_names(x, mt) for mt in recalled] == [["Orla Brennick", "Tomas Velk"]]
    (pm,) = [mt for mt in x.meetings if "Ravi Talwar" in participant_names(x, mt)]
    assert pm.place is None or _places(x)[pm.place] != "Vientiane"


def test_officials_who_met_are_no_pair_of_ministers(nlp):
    x = extract_text(nlp, LEAD + "The officials, who first met in Vientiane last June, noted that the visit had given "
                     "a new impetus to the partnership.\n", PUBLISHED)
    assert not [mt for mt in x.meetings if mt.date is not None and mt.date.iso == "2026-06"]


def test_a_meeting_of_months_before_moves_no_one(nlp):
    # "had met in Vientiane last June": the later reception is not in Vientiane
    x = extract_text(nlp, LEAD + "Brennick and Velk, who first met in Vientiane last June, noted that the visit had "
                     "given a new impetus to the partnership.\n\n"
                     "On Wednesday, Brennick was received by Prime Minister Ravi Talwar.\n", PUBLISHED)
    (pm,) = [mt for mt in x.meetings if "Ravi Talwar" in participant_names(x, mt)]
    assert pm.place is None or _places(x)[pm.place] != "Vientiane"


def _calls(x):
    return [mt for mt in x.meetings if mt.kind == "telephone"]


def test_a_second_verb_of_the_who_clause_is_a_second_recalled_meeting(nlp):
    for subject in ("The ministers", "Brennick and Velk"):
        x = extract_text(nlp, LEAD + f"{subject}, who first met in Vientiane last June and last spoke by telephone in "
                         "January, noted that the visit had given a new impetus to the partnership.\n", PUBLISHED)
        assert [(participant_names(x, mt), mt.date.iso) for mt in _calls(x)] == [(["Orla Brennick", "Tomas Velk"], "2027-01")]


def test_one_who_spoke_by_telephone_had_no_call_with_the_other(nlp):
    for subject in ("The officials", "Brennick"):
        x = extract_text(nlp, LEAD + f"{subject}, who spoke by telephone in January, said that the visit had given a "
                         "new impetus to the partnership.\n", PUBLISHED)
        assert not _calls(x)
