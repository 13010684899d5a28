""""The two ministers met ..." right after a sentence whose subject names the pair without telling a
meeting ("A and B agreed on Tuesday to ..."), and "the two ministers held a call with C" after their
meeting: "the two" is that pair, and with a third person named it is one meeting of the three."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_the_two_ministers_met_after_a_pair_subject(nlp):
    text = (
        "Czech Defence Minister Jan Novak and Polish Defence Minister Adam Kowal agreed on Tuesday to expand joint "
        "training.\n\nThe two ministers met at the Defence Ministry in Prague and reviewed the plan."
    )
    x = extract_text(nlp, text)
    met = meetings_by_participants(x)
    assert set(met) == {("Adam Kowal", "Jan Novak")}
    assert place_name(x, met[("Adam Kowal", "Jan Novak")]) == "Prague"


def test_the_two_generals_held_talks_after_a_pair_subject(nlp):
    text = (
        "Jordanian army chief General Sami Nasser and Iraqi army chief General Omar Haddad pledged on Monday to "
        "step up border patrols. The two generals held talks in Amman on intelligence sharing."
    )
    x = extract_text(nlp, text)
    met = meetings_by_participants(x)
    assert set(met) == {("Omar Haddad", "Sami Nasser")}
    assert place_name(x, met[("Omar Haddad", "Sami Nasser")]) == "Amman"


def test_the_two_leaders_had_talks_after_a_pair_subject(nlp):
    text = (
        "Swedish Foreign Minister Lina Berg and Finnish Foreign Minister Mikko Laine vowed closer cooperation in "
        "the Baltic Sea region.\n\nEarlier, the two ministers had talks in Helsinki."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert set(met) == {("Lina Berg", "Mikko Laine")}


def test_the_two_ministers_meet_a_third_later_in_the_day(nlp):
    text = (
        "Czech Defence Minister Jan Novak and Polish Defence Minister Adam Kowal agreed on Tuesday to expand joint "
        "training.\n\nThe two ministers met at the Defence Ministry in Prague and reviewed the plan.\n\n"
        "Novak said his country would send radars to Poland.\n\n"
        "Later in the day, the two ministers held a video conference with Austrian Defence Minister Klaus Berger."
    )
    x = extract_text(nlp, text)
    met = meetings_by_participants(x)
    assert set(met) == {("Adam Kowal", "Jan Novak"), ("Adam Kowal", "Jan Novak", "Klaus Berger")}
    assert met[("Adam Kowal", "Jan Novak", "Klaus Berger")].place is None  # a video call has no place


def test_the_two_ministers_spoke_with_a_third_after_their_talks(nlp):
    text = (
        "Defence Minister Tomas Varga hosted his Slovak counterpart Peter Hudak in Budapest on Monday.\n\n"
        "Later, the two ministers spoke by telephone with Romanian Defence Minister Ion Popa."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert ("Ion Popa", "Peter Hudak", "Tomas Varga") in met


def test_the_two_ministers_after_someone_else_speaks_is_no_pair(nlp):
    # the sentence right before has one person as its subject: "the two" has no pair to point at
    text = (
        "Czech Defence Minister Jan Novak and Polish Defence Minister Adam Kowal agreed on Tuesday to expand joint "
        "training.\n\nArmy chief General Karel Dvorak told reporters the plan was ready.\n\n"
        "The two ministers met at the Defence Ministry in Prague."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert ("Adam Kowal", "Jan Novak") not in met


def test_a_pair_subject_of_three_persons_is_no_pair(nlp):
    text = (
        "Czech Defence Minister Jan Novak, Polish Defence Minister Adam Kowal and Austrian Defence Minister Klaus "
        "Berger agreed on Tuesday to expand joint training.\n\n"
        "The two ministers met at the Defence Ministry in Prague."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert not any(len(k) == 2 for k in met)
