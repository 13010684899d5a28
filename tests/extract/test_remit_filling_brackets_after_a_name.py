"""A minister's title with an "in charge of" remit written alone in brackets after the holder's name,
with or without the country closing them ("X (Minister Delegate in charge of the Defence
Administration, Ruritania)"), is the name's post: the brackets end the remit as a name after it
would, and the country after a comma or "of" is the post's, not part of the remit. Invented names."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_delegate_minister_with_remit_then_comma_country(nlp):
    x = extract_text(nlp, "Talks in Rabat brought together Karim Bennani (Minister Delegate in charge of the Defence "
                          "Administration, Morocco) and Spain's Defence Minister Lucia Ferrer on Monday.")
    assert ("Karim Bennani", "Minister Delegate in charge of the Defence Administration", "MAR") in holdings(x)


def test_minister_with_remit_then_of_country(nlp):
    x = extract_text(nlp, "Awa Diallo (Minister in charge of the Armed Forces of Senegal) received the visitors in Dakar on Monday.")
    assert ("Awa Diallo", "Minister in charge of the Armed Forces", "SEN") in holdings(x)


def test_remit_alone_in_brackets_with_no_country(nlp):
    x = extract_text(nlp, "Jean Kaboré (Minister Delegate in charge of Regional Cooperation) received the visitors in "
                          "Ouagadougou on Monday.")
    assert ("Jean Kaboré", "Minister Delegate in charge of Regional Cooperation", "BFA") in holdings(x)


def test_known_portfolio_remit_then_comma_country(nlp):
    x = extract_text(nlp, "The talks in Dakar brought together Aminata Sall (Minister in charge of Veterans Affairs, Senegal) "
                          "and Mali's Defence Minister Sadio Camara.")
    assert ("Aminata Sall", "Veterans Affairs Minister", "SEN") in holdings(x)


def test_bracket_with_more_than_the_remit_names_no_post(nlp):
    x = extract_text(nlp, "Karim Bennani (who met the Minister Delegate in charge of the Defence Administration, Morocco) "
                          "spoke in Rabat on Monday.")
    assert not any(person == "Karim Bennani" for person, _, _ in holdings(x))
