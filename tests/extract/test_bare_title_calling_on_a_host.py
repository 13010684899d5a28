""""On Tuesday, the Minister paid a courtesy call on Prime Minister X" (or "was received by X"): a
bare title calling on a host is the visitor, the holder of another country than the host's, not
the host's own minister named last or most; with no holder of the host's country, the bare title
reads as before (the latest or most spoken-of holder). Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import meetings_by_participants, extract_text

PUBLISHED = date(2026, 3, 12)


def test_visitor_with_two_portfolios_pays_the_courtesy_call(nlp):
    x = extract_text(nlp, "Estonia's Minister for Foreign Affairs and Minister for Defence, Orla Brennick, today "
                     "concluded a two-day visit to Uruguay.\n\nOn Monday, the Minister held talks with the Minister of "
                     "National Defence of Uruguay, Tomas Velk, at the Ministry of National Defence in Montevideo.\n\n"
                     "On Tuesday, the Minister paid a courtesy call on Prime Minister Ivo Sarn of Uruguay at the "
                     "Government House in Montevideo.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Ivo Sarn", "Orla Brennick") in met
    assert ("Ivo Sarn", "Tomas Velk") not in met


def test_visitor_is_received_though_the_host_minister_is_spoken_of_more(nlp):
    x = extract_text(nlp, "MONTEVIDEO, March 10 - Uruguayan Defence Minister Tomas Velk received Estonia's Defence "
                     "Minister Orla Brennick in Montevideo on Monday.\n\nVelk said the two countries shared a long "
                     "history. Velk also thanked Estonia for its support.\n\nOn Tuesday, the Minister was received by "
                     "Prime Minister Ivo Sarn of Uruguay at the Government House.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Ivo Sarn", "Orla Brennick") in met
    assert ("Ivo Sarn", "Tomas Velk") not in met


def test_bare_title_holding_talks_is_not_read_as_a_visitor(nlp):
    # "held talks with" is no call on a host: the general reading stands (the host's minister,
    # most spoken of, meeting his own Prime Minister)
    x = extract_text(nlp, "MONTEVIDEO, March 10 - Uruguayan Defence Minister Tomas Velk received Estonia's Defence "
                     "Minister Orla Brennick in Montevideo on Monday.\n\nVelk said the two countries shared a long "
                     "history. Velk also thanked Estonia for its support.\n\nOn Tuesday, the Minister briefed "
                     "Prime Minister Ivo Sarn of Uruguay at the Government House.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Ivo Sarn", "Orla Brennick") not in met


def test_visitor_received_by_a_host_named_after_his_title(nlp):
    # "was received by the Commander of X, Colonel Y": the host is the name in apposition to the
    # agent's title, and the bare title received is the visitor, not the host's minister named last
    x = extract_text(nlp, "Estonia's Minister for Defence, Orla Brennick, today concluded a two-day visit to "
                     "Uruguay.\n\nEarlier in the day, Minister Brennick called on the Minister of Internal Affairs, "
                     "the Hon Tomas Velk, whose portfolio includes the National Guard.\n\nOn Tuesday, the Minister "
                     "was received by the Commander of the Uruguayan National Guard, Colonel Ruben Ostal, at the "
                     "Artigas Barracks in Montevideo.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Orla Brennick", "Ruben Ostal") in met
    assert ("Ruben Ostal", "Tomas Velk") not in met


def test_bare_title_briefing_a_host_named_after_his_title_is_not_the_visitor(nlp):
    x = extract_text(nlp, "Estonia's Minister for Defence, Orla Brennick, today concluded a two-day visit to "
                     "Uruguay.\n\nEarlier in the day, Minister Brennick called on the Minister of Internal Affairs, "
                     "the Hon Tomas Velk, whose portfolio includes the National Guard.\n\nOn Tuesday, the Minister "
                     "briefed the Commander of the Uruguayan National Guard, Colonel Ruben Ostal, at the "
                     "Artigas Barracks in Montevideo.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Orla Brennick", "Ruben Ostal") not in met


RELEASE = ("MEDIA RELEASE\n\nThe Hon Orla Brennick MP\nMinister for Defence Industry\n\nEstonia and Uruguay deepen "
           "security partnership\n\nToday the Minister for Defence Industry, the Hon Orla Brennick MP, held talks with "
           "the Prime Minister of Uruguay, the Hon Ivo Sarn MP, in Montevideo.\n\nEarlier in the day, Minister "
           "Brennick {verb} the Minister of Internal Affairs, the Hon Tomas Velk MP, whose portfolio includes the "
           "National Guard.\n\nOn Tuesday, the Minister {act} the Commander of the National Guard, Colonel Ruben "
           "Ostal, at the Artigas Barracks in Montevideo.\n")


def test_minister_called_on_before_is_a_host_not_the_visitor_received(nlp):
    # a home release: the host minister's post took no country of its own, but he was the one
    # called on; the bare title received afterwards is the release's own minister
    met = meetings_by_participants(extract_text(nlp, RELEASE.format(verb="called on", act="was received by"), PUBLISHED))
    assert ("Orla Brennick", "Ruben Ostal") in met
    assert ("Ruben Ostal", "Tomas Velk") not in met


def test_bare_title_briefing_after_a_meeting_reads_as_before(nlp):
    met = meetings_by_participants(extract_text(nlp, RELEASE.format(verb="met", act="briefed"), PUBLISHED))
    assert ("Orla Brennick", "Ruben Ostal") not in met
