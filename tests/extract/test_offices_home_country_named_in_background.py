"""The article's home country is not the one country left that is named once in background (no
person in its sentence), on sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_a_country_named_once_in_background_is_no_home(nlp):
    # every other country is a foreign title's: a partnership's seat, named once, says nothing of whose posts
    text = ("Defence Minister Aino Virtanen will embark on a three-day official visit to Portugal tomorrow. She "
            "will hold talks with Nuno Reis, Minister of Defence of Portugal, in Lisbon. The Ambassador of Finland "
            "to Portugal, Timo Koski, will join the talks. Finland joined a naval partnership based in Bahrain in 2023.")
    held = holdings(extract_text(nlp, text))
    assert not any(country == "BHR" for _, _, country in held)
    assert ("Nuno Reis", "Defence Minister", "PRT") in held


def test_a_country_named_once_beside_a_person_is_still_the_home(nlp):
    text = ("Defence Minister Aino Virtanen met Nuno Reis, Minister of Defence of Portugal, in Helsinki, Finland, "
            "on Monday.")
    assert ("Aino Virtanen", "Defence Minister", "FIN") in holdings(extract_text(nlp, text))


def test_where_one_leaves_for_is_not_ones_country(nlp):
    # the one country named is where the minister goes: his post is not of it (the Seychellois President's is)
    text = ("Defence Minister Aino Virtanen will leave for Seychelles on Tuesday, where she is scheduled to meet "
            "President Patrick Michel.")
    held = holdings(extract_text(nlp, text))
    assert ("Aino Virtanen", "Defence Minister", "SYC") not in held
    assert ("Patrick Michel", "President", "SYC") in held
    # "left Seychelles" is where one was, not where one goes: no journey's end to keep out
    text = "Defence Minister Aino Virtanen met President Patrick Michel before she left Seychelles on Tuesday."
    assert ("Patrick Michel", "President", "SYC") in holdings(extract_text(nlp, text))


# a national daily: a headline and a standfirst, then a lead whose subject's title names no country
# beside a foreign title; the home country is also named inside a title ("of Cyprus"), so it is no
# plain candidate, and the lead's city is the foreign minister's
DAILY_HEAD = ("Cyprus and Greece to deepen naval ties as Andreou visits Athens\n\n"
              "Minister holds talks with Stavrou; National Guard to receive two boats\n\n")
DAILY_BODY = ("Interior Minister Petros Andreou held talks with Greek Defence Minister Nikos Stavrou at the ministry in "
              "Athens on Monday. The Commander of the National Guard of Cyprus, General Andreas Kyriakou, who accompanied "
              "the minister, conferred separately with General Yannis Pappas. {background} Opposition spokesman on "
              "defence Maria Ioannou said the deal was welcome.")


def test_an_untitled_lead_beside_a_foreign_title_is_of_the_country_named_most(nlp):
    background = "Greece will train crews for two patrol boats that Cyprus is buying, and Cyprus will host a joint drill in May."
    held = holdings(extract_text(nlp, DAILY_HEAD + DAILY_BODY.format(background=background), header=False))
    assert ("Petros Andreou", "Interior Minister", "CYP") in held
    assert ("Maria Ioannou", "Opposition Spokesman on Defence", "CYP") in held
    assert ("Nikos Stavrou", "Defence Minister", "GRC") in held


def test_an_untitled_lead_is_of_no_country_when_two_are_named_as_often(nlp):
    # Cyprus and Malta are each named twice, once inside a title: neither is told to be the home
    background = ("The Commander of the Armed Forces of Malta, Brigadier John Borg, joined them. "
                  "Greece will train crews for boats that Malta and Cyprus are buying.")
    text = DAILY_HEAD.replace("Cyprus and Greece", "Greece") + DAILY_BODY.format(background=background)
    held = holdings(extract_text(nlp, text, header=False))
    assert not any(person == "Petros Andreou" and country in ("CYP", "MLT") for person, _, country in held)
