"""The counterpart of a minister whose post joins two portfolios ("Minister for Defence and National
Service") holds the first portfolio's plain post in his own country ("Defence Minister"), not the
host's joined one, which his government need not have."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_counterpart_of_joined_portfolio_minister(nlp):
    x = extract_text(nlp, "The Minister for Defence and National Service, Dr Amara Toleni, hosted her Peruvian "
                          "counterpart, Mr Davor Ruskan, for talks in Lilongwe yesterday.")
    assert ("Davor Ruskan", "Defence Minister", "PER") in holdings(x)
    assert not any(p == "Davor Ruskan" and "National Service" in t for p, t, _ in holdings(x))


def test_counterpart_of_joined_home_affairs_minister(nlp):
    x = extract_text(nlp, "Malawi's Minister of Home Affairs and Immigration, Amara Toleni, hosted her Peruvian "
                          "counterpart, Davor Ruskan, in Lilongwe on Monday.")
    assert ("Davor Ruskan", "Home Affairs Minister", "PER") in holdings(x)


def test_counterpart_of_unknown_first_portfolio_keeps_the_post(nlp):
    # "Culture" is no portfolio the tables know: the host's post is mirrored whole, as before
    x = extract_text(nlp, "Malawi's Minister of Youth and Sports, Amara Toleni, hosted her Peruvian counterpart, "
                          "Davor Ruskan, in Lilongwe on Monday.")
    assert not any(p == "Davor Ruskan" and t in ("Youth Minister", "Sports Minister") for p, t, _ in holdings(x))


def test_counterparts_own_post_of_the_second_portfolio_stands(nlp):
    # his own post told, of the joined post's second portfolio: no mirrored post of the first
    x = extract_text(nlp, "Malawi and Peru agreed to deepen maritime co-operation after the Minister for Foreign "
                          "Affairs and Defence, Amara Toleni, hosted her Peruvian counterpart, Davor Ruskan, in "
                          "Lilongwe on Monday. Mr Ruskan, Peru's Minister of National Defence, thanked his host.")
    assert not any(p == "Davor Ruskan" and t == "Foreign Affairs Minister" for p, t, _ in holdings(x))
