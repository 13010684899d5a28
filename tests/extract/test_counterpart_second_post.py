"""The post a counterpart holds when the article also gives him another one, on sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, offices_held

PUBLISHED = date(2025, 6, 3)


def _holds(nlp, text):
    return holdings(extract_text(nlp, text, PUBLISHED))


def test_a_second_post_told_elsewhere_does_not_hide_the_counterparts(nlp):
    text = (
        "Defence Minister Tomas Herrera hosted his Peruvian counterpart Luis Salazar in Santiago on Monday. "
        "Talks between Herrera and Salazar, who is also Peru's Deputy Prime Minister, lasted two hours. "
        "Chile and Peru signed a training pact. Chile will host the next round."
    )
    held = _holds(nlp, text)
    assert ("Luis Salazar", "Deputy Prime Minister", "PER") in held
    assert ("Luis Salazar", "Defence Minister", "PER") in held


def test_a_post_told_with_the_counterpart_is_the_one_he_holds(nlp):
    # his post is written where he is called a counterpart: nothing is mirrored from the host's
    text = (
        "Defence Minister Tomas Herrera hosted his Peruvian counterpart, Army chief General Luis Salazar, in "
        "Santiago on Monday. Chile and Peru signed a training pact. Chile will host the next round."
    )
    held = _holds(nlp, text)
    assert ("Luis Salazar", "Defence Minister", "PER") not in held


HOST_OF_TWO_POSTS = ("LIMA, June 2 (AP) – Commander-in-Chief of the Armed Forces and Minister of Defence and Coast Guard "
                     "General Pablo Soto received on Monday his Chilean counterpart Ana Rojas, who is on an official "
                     "visit to Peru.")


def test_a_counterpart_mirrors_the_hosts_ministers_post_not_his_command(nlp):
    held = _holds(nlp, HOST_OF_TWO_POSTS)
    # the joined post's first portfolio, plain (see test_counterpart_of_joined_portfolios)
    assert ("Ana Rojas", "Defence Minister", "CHL") in held
    assert ("Ana Rojas", "Commander-in-Chief of the Armed Forces", "CHL") not in held


def test_the_counterparts_own_ministers_post_stands_for_the_mirrored_one(nlp):
    text = HOST_OF_TWO_POSTS + " For her part, Ana Rojas, Minister of National Defence of Chile, thanked her host."
    held = {h for h in _holds(nlp, text) if h[0] == "Ana Rojas"}
    assert held == {("Ana Rojas", "Defence Minister", "CHL")}


def test_a_head_of_governments_post_does_not_stand_for_the_mirrored_ministers_post(nlp):
    # "Prime Minister" is no minister's post of a portfolio: the host's post is still mirrored
    text = HOST_OF_TWO_POSTS + " Ana Rojas, who is also Chile's Prime Minister, thanked her host."
    held = {h for h in _holds(nlp, text) if h[0] == "Ana Rojas"}
    assert ("Ana Rojas", "Defence Minister", "CHL") in held


def test_a_host_of_a_known_portfolio_is_mirrored_as_before(nlp):
    held = _holds(nlp, "Army Chief and Defence Minister General Pablo Soto received on Monday his Chilean counterpart "
                       "Ana Rojas in Lima.")
    assert ("Ana Rojas", "Defence Minister", "CHL") in held
    assert ("Ana Rojas", "Army Chief", "CHL") not in held


def test_a_post_whose_country_is_untold_is_still_mirrored_to_the_counterpart(nlp):
    # Berg's country is nowhere in the text, so her post waits for one; Soto's is still hers, his country's
    text = "Defence Minister Anna Berg met her Chilean counterpart Jorge Soto on Monday."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Jorge Soto", "Defence Minister", "CHL") in held
    assert not any(person == "Anna Berg" for person, _, _ in held)


def test_a_counterpart_without_a_post_on_the_other_side_gets_none(nlp):
    text = "Anna Berg met her Chilean counterpart Jorge Soto on Monday."
    assert not any(person == "Jorge Soto" for person, _, _ in holdings(extract_text(nlp, text, PUBLISHED)))


def test_the_country_of_a_counterpart_is_not_lent_to_the_one_whose_counterpart_he_is(nlp):
    # Hanoi and "Vietnamese" make Vietnam the only country of the text: still not Patel's
    held = _holds(nlp, "Defence Minister Arjun Patel met his Vietnamese counterpart Nguyen Van Long in Hanoi on Monday.")
    assert ("Nguyen Van Long", "Defence Minister", "VNM") in held
    assert not any(person == "Arjun Patel" for person, _, _ in held)


def test_a_country_written_with_the_title_is_kept_beside_a_counterparts(nlp):
    held = _holds(nlp, "Australian Defence Minister Ruth Cole met his Japanese counterpart Kenji Ono in Tokyo on Monday.")
    assert ("Ruth Cole", "Defence Minister", "AUS") in held
    assert ("Kenji Ono", "Defence Minister", "JPN") in held


def test_a_post_with_no_country_named_is_of_the_datelines_country_beside_a_foreign_counterpart(nlp):
    held = _holds(nlp, "LIMA: Defence Minister Ana Ruiz met her Chilean counterpart Jorge Soto on Monday.")
    assert ("Ana Ruiz", "Defence Minister", "PER") in held
    assert ("Jorge Soto", "Defence Minister", "CHL") in held


def test_a_dateline_in_the_counterparts_country_lends_no_country(nlp):
    held = _holds(nlp, "SANTIAGO: Defence Minister Ana Ruiz met her Chilean counterpart Jorge Soto on Monday.")
    assert not any(person == "Ana Ruiz" for person, _, _ in held)


def test_a_second_post_told_with_also_beside_the_counterpart_leaves_the_mirrored_one(nlp):
    # "who is also ..." adds a post: the one he holds as the host's counterpart is still mirrored
    text = ("Estonian Defence Minister Mart Kask and his Latvian counterpart Janis Berzins, who is also "
            "Latvia's Deputy Prime Minister, held talks in Tallinn today.")
    held = _holds(nlp, text)
    assert ("Janis Berzins", "Deputy Prime Minister", "LVA") in held
    assert ("Janis Berzins", "Defence Minister", "LVA") in held


def test_a_post_apposed_without_also_beside_the_counterpart_is_his_only_one(nlp):
    text = ("Estonian Defence Minister Mart Kask and his Latvian counterpart Janis Berzins, Latvia's Deputy "
            "Prime Minister, held talks in Tallinn today.")
    assert ("Janis Berzins", "Defence Minister", "LVA") not in _holds(nlp, text)


def test_the_mirrored_post_is_spelled_as_the_hosts(nlp):
    text = ("MANILA - Defense Minister Jose Reyes met visiting officers on Tuesday. On Monday, Reyes held a "
            "video call with his Irish counterpart, Mary Walsh, on maritime security.")
    assert "Defense Minister" in offices_held(extract_text(nlp, text, PUBLISHED))["Mary Walsh"].aliases


def test_the_mirrored_post_keeps_the_lexicons_spelling_after_a_british_host(nlp):
    text = "Defence Minister Jose Reyes met his Irish counterpart, Mary Walsh, in Dublin on Monday."
    assert "Defense Minister" not in offices_held(extract_text(nlp, text, PUBLISHED))["Mary Walsh"].aliases


def test_an_armed_forces_ministers_post_stands_for_a_mirrored_defence_post(nlp):
    # the ministry of the armed forces is a defence ministry: her own post, told later, is the one she holds
    text = ("Spain's Defence Minister Margarita Robles will host her Italian counterpart, Giulia Conti, in Madrid "
            "on 3 March. Ms Conti, Italy's Minister for the Armed Forces, said the talks mattered.")
    held = _holds(nlp, text)
    assert ("Giulia Conti", "Armed Forces Minister", "ITA") in held
    assert ("Giulia Conti", "Defence Minister", "ITA") not in held


def test_a_post_of_another_portfolio_leaves_the_mirrored_defence_post(nlp):
    text = ("Spain's Defence Minister Margarita Robles will host her Italian counterpart, Giulia Conti, in Madrid "
            "on 3 March. Ms Conti, Italy's Minister of Culture, said the talks mattered.")
    assert ("Giulia Conti", "Defence Minister", "ITA") in _holds(nlp, text)


def test_the_mirrored_post_keeps_the_american_spelling_of_a_hosts_post_written_with_of(nlp):
    # "Minister of Defense" spelt American: the counterpart's "Defence Minister" is also the "Defense Minister"
    text = ("Chile's Minister of Defense, Rosa Quintero, received her Latvian counterpart, Tomas Verhaal, at the "
            "ministry in Santiago on Wednesday.")
    office = offices_held(extract_text(nlp, text, PUBLISHED))["Tomas Verhaal"]
    assert office.title == "Defence Minister" and "Defense Minister" in office.aliases


def test_the_mirrored_post_of_a_british_spelt_post_written_with_of_stays_british(nlp):
    text = ("Chile's Minister of Defence, Rosa Quintero, received her Latvian counterpart, Tomas Verhaal, at the "
            "ministry in Santiago on Wednesday.")
    assert "Defense Minister" not in offices_held(extract_text(nlp, text, PUBLISHED))["Tomas Verhaal"].aliases
