"""A post written with "-designate" tight after it is its holder's post, named without the suffix;
an under secretary's remit run into a name the model missed ends where the name starts, when the
name's country follows in "of <country>"."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def test_minister_designate_holds_the_post(nlp):
    x = extract_text(nlp, "Estonian Defence Minister-designate Tomas Veller met Chile's Defence Minister Anton Krasic "
                          "in Tallinn on Monday. The two discussed training.")
    assert ("Tomas Veller", "Defence Minister", "EST") in holdings(x)


def test_a_hyphened_word_other_than_designate_is_no_suffix(nlp):
    x = extract_text(nlp, "Defence Minister-level talks were held in Tallinn on Monday. Estonian Defence Minister "
                          "Tomas Veller met Chile's Defence Minister Anton Krasic.")
    assert not any(title.endswith("level") for _, title, _ in holdings(x))


def test_under_secretary_remit_then_name_then_country(nlp):
    x = extract_text(nlp, "Under Secretary for Defence Policy Maren Holt of Estonia met Chilean Defence Minister "
                          "Anton Krasic in Tallinn on Monday.")
    assert "Maren Holt" in person_names(x)
    assert any(person == "Maren Holt" and title == "Under Secretary for Defence Policy" for person, title, _ in holdings(x))


def test_portfolio_before_country_with_no_name_inside(nlp):
    x = extract_text(nlp, "Minister of Defence and Military Production of Egypt Anton Krasic met Estonian Defence "
                          "Minister Tomas Veller in Tallinn on Monday.")
    assert any(person == "Anton Krasic" and "Military Production" in title for person, title, _ in holdings(x))
