"""A multinational corps', command's or force's posts are the body's, of no country: "The Commander
of Balticorps, Lt Gen X", "the corps' Chief of Staff, Brig Gen Y", "the peacekeeping force EUFOR X ...
its commander, Maj. Gen. Z of Austria", whatever the dateline's country; a national force's post
keeps its country (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, meeting_pairs, posts_held

CORPS = ("Oslo (NTB) - Belgium, Denmark and Estonia are the framework nations of Balticorps, a multinational corps "
         "based in Oslo. ")


def test_commander_of_a_named_corps_is_the_corps_post(nlp):
    x = extract_text(nlp, CORPS + "The Commander of Balticorps, Lieutenant General Aarne Kulvik, presented the corps' report on Monday.")
    assert posts_held(x).get("Aarne Kulvik") == [("Commander", "", "Balticorps")]


def test_the_corps_chief_of_staff_is_the_corps_post_not_the_datelines(nlp):
    x = extract_text(nlp, CORPS + "The corps' Chief of Staff, Brigadier General Lars Ekdahl, said the headquarters was ready.")
    assert posts_held(x).get("Lars Ekdahl") == [("Chief of Staff", "", "Balticorps")]


def test_the_commander_of_the_corps_named_again_meets(nlp):
    x = extract_text(nlp, CORPS + "The Commander of Balticorps, Lieutenant General Aarne Kulvik, presented the corps' report. "
                     "On Tuesday, Latvia's Chief of Defence, General Janis Ozolins, was received by the Commander of Balticorps "
                     "at the corps' headquarters in Oslo.")
    assert ("Aarne Kulvik", "Janis Ozolins") in meeting_pairs(x)


def test_its_commander_after_a_named_peacekeeping_force(nlp):
    x = extract_text(nlp, "Sarajevo (AA) - Minister Jens Halvorsrud visited the headquarters of the EU-led peacekeeping force "
                     "EUFOR Varnia, where he held a meeting with its commander, Maj. Gen. Pieter Vandamme of Austria.")
    assert posts_held(x).get("Pieter Vandamme") == [("Commander", "", "EUFOR Varnia")]


def test_a_commander_of_a_body_the_article_never_reads_as_one_is_no_post(nlp):
    # no multinational body called so: not a post of the dateline's country either
    x = extract_text(nlp, "Oslo (NTB) - The Commander of Balticorps, Lieutenant General Aarne Kulvik, presented a report on Monday.")
    assert "Aarne Kulvik" not in posts_held(x)


def test_a_national_armys_commander_keeps_its_country(nlp):
    x = extract_text(nlp, "Oslo (NTB) - The Commander of the Norwegian Army, Major General Lars Ekdahl, met Defence Minister "
                     "Jens Halvorsrud on Monday.")
    assert posts_held(x).get("Lars Ekdahl") == [("Army Commander", "NOR", None)]


def test_a_commander_of_a_spelt_out_national_team_is_no_bodys_post(nlp):
    # regression (holdout30 gained "Commandant of <a national training team>"): the acronym of a
    # country's team spelt out before is left to the rules that read a body's acronym
    x = extract_text(nlp, "Oslo (NTB) - Norway's army chief reviewed the work of the Norwegian Mentoring Team (NORMENT), which "
                     "has trained Ghanaian officers since 1998. He was accompanied by the Commandant of NORMENT, Colonel Lars Ekdahl.")
    assert not any(body for _, _, body in posts_held(x).get("Lars Ekdahl", []))
